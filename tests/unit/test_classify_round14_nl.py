# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Round 14, Dutch: the classes of wording the blind24 split's Dutch mails showed the reader
misreading (restriction in plain words, pauses of things that are no data, undecided writers,
questions about how a right works, a correction with its object left out). Made-up mails in the
style of each class, positive and near-miss, one test per class."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_a_pause_of_a_delivery_or_a_deduction_is_no_restriction() -> None:
    assert _types("Gelieve de levering van volgende week tijdelijk stop te zetten.") == set()
    text = (
        "Dag, wij hebben de betaling aan onze onderaannemer voorlopig on hold gezet tot de "
        "telling klopt. Kunnen jullie de aantallen nog eens nakijken?"
    )
    assert T.RESTRICTION not in _types(text, "telling")
    assert T.RESTRICTION not in _types("Kunnen we de wasbeurten even pauzeren?", "ophaling")
    # near miss: a pause of the writer's own records stays a restriction
    text = "Kunnen jullie het gebruik van mijn lichaamsmaten tijdelijk stopzetten?"
    assert _types(text) == {T.RESTRICTION}


def test_a_freeze_until_a_dispute_is_settled_is_a_restriction_despite_the_clauses_not() -> None:
    text = (
        "Beste, volgens jullie scans heb ik vier jassen niet teruggebracht, wat niet klopt. "
        "Zolang dat niet opgehelderd is wil ik dat u mijn dossier blokkeert."
    )
    assert _types(text) == {T.RESTRICTION}
    text = "Tot de zaak voor de rechter niet beslecht is, mijn gegevens op pauze zetten aub."
    assert _types(text) == {T.RESTRICTION}
    # near miss: an order held until something arrives is no data
    assert T.RESTRICTION not in _types("Zolang de stoffen niet binnen zijn, de bestelling on hold.")


def test_no_longer_passing_data_on_to_the_employer_is_no_portability() -> None:
    text = (
        "Tot het geschil is uitgeklaard, mijn gegevens bevriezen aub: niet meer doorsturen "
        "naar mijn werkgever."
    )
    assert _types(text) == {T.RESTRICTION}
    # near miss: a copy passed on to a new employer is portability
    text = "Kunnen jullie mijn maten doorsturen naar mijn nieuwe werkgever?"
    assert T.PORTABILITY in _types(text)


def test_not_used_but_not_deleted_either_is_a_restriction_in_either_order() -> None:
    text = (
        "Goeiedag, gelieve mijn badgegegevens niet meer te gebruiken en ook niet te "
        "verwijderen, want ik heb ze nodig voor mijn procedure."
    )
    assert _types(text) == {T.RESTRICTION}
    text = (
        "Beste, ik vraag u alles wat over mij in uw systeem staat op pauze te zetten: niet "
        "meer delen met de klant, maar ook niet wissen."
    )
    assert _types(text) == {T.RESTRICTION}
    # near miss: a state told is no pause asked
    assert T.RESTRICTION not in _types("Mijn dossier staat al twee weken on hold, klopt dat?")


def test_an_undecided_writer_asks_nothing_yet() -> None:
    text = "Misschien vraag ik later om mijn account te laten verwijderen, maar nu nog niet."
    assert _types(text) == set()
    text = (
        "Ik overweeg bezwaar te maken tegen de analyse van mijn maten voor jullie studie, "
        "maar eerst wil ik weten of dat iets verandert aan mijn bestellingen."
    )
    assert _types(text) == set()
    text = (
        "Voor ik beslis of ik om verwijdering van mijn profiel vraag, wil ik weten of mijn "
        "spaarpunten dan verloren gaan."
    )
    assert T.ERASURE not in _types(text)
    # near misses: the decided writer asks
    assert _types("Ik maak bezwaar tegen de analyse van mijn maten voor jullie studie.") == {
        T.OBJECTION
    }
    assert _types("Verwijder mijn account, ik heb het niet meer nodig.") == {T.ERASURE}


def test_a_question_how_a_right_works_is_no_request() -> None:
    text = (
        "Kan ik bezwaar maken tegen het gebruik van mijn foto in jullie folder, en hoe gaat "
        "dat dan in zijn werk?"
    )
    assert _types(text, "foto") == set()
    text = "Hoe lang mag een firma erover doen om een inzageverzoek te beantwoorden? Gewoon uit interesse."
    assert _types(text, "termijn inzage?") == set()
    text = (
        "Een klant heeft bij ons een verzoek tot inzage ingediend. Moeten wij daarin ook de "
        "gegevens opnemen die jullie voor ons beheren?"
    )
    assert _types(text, "Inzageverzoek") == set()
    # near misses: the request made
    assert _types("Hierbij dien ik een inzageverzoek in.", "inzage") == {T.ACCESS}
    assert _types("Ik maak bezwaar tegen het gebruik van mijn foto in jullie folder.") == {
        T.OBJECTION
    }


def test_a_correction_with_its_object_left_out_after_the_value_named() -> None:
    text = (
        "Goeiedag, in jullie brief stond nog mijn oude adres in de Kerkstraat. "
        "Graag wijzigen naar Molenstraat 12, 9000 Gent."
    )
    assert _types(text, "adres") == {T.RECTIFICATION}
    # near miss: an order changed is no correction of data
    text = "Ons leveradres blijft hetzelfde. Graag de bestelling aanpassen naar vijf stuks."
    assert T.RECTIFICATION not in _types(text, "bestelling")
