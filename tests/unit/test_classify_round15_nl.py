# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Round 15, Dutch: the classes of wording the blind25 split's Dutch mails showed the reader
missing beside another request (data let go in everyday words, what is on record asked in
everyday words, a change told verb-first or an old value to replace, a record to complete, nothing
more to be sent by the channels listed, a removal put off, our missed deadline judged). Made-up
mails, positive and near-miss, one test per class."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_data_let_go_in_everyday_words_is_an_erasure() -> None:
    text = "Ik ben geen klant meer, dus mijn adres en telefoonnummer hebben jullie niet meer nodig; die mogen er gewoon uit."
    assert T.ERASURE in _types(text, "klant af")
    assert T.ERASURE in _types(
        "Ik werk niet meer bij de firma. M'n gsm-nummer mag er dus ook af.", "uit dienst"
    )
    text = "Welke gegevens hebben jullie over mij in het klantenportaal? Mag nadien weg, ik gebruik het niet meer."
    assert _types(text, "portaal") == {T.ACCESS, T.ERASURE}
    # near miss: an old value dropped for a new one is a correction, not an erasure
    text = "Mijn e-mailadres is gewijzigd naar piet@voorbeeld.example, het oude mag weg."
    assert T.ERASURE not in _types(text, "nieuw adres")
    text = "Mijn adres is veranderd naar Dorpsstraat 3, het oude mag uit jullie bestand."
    assert T.ERASURE not in _types(text, "nieuw adres")
    # near miss: things that are no data
    assert T.ERASURE not in _types(
        "De levering mag donderdag, de oude dozen mogen er ook uit.", "levering"
    )


def test_a_removal_put_off_asks_nothing_yet() -> None:
    text = "Mijn dossier mag later verwijderd worden, maar nu nog niet, ik wacht eerst op de beslissing."
    assert T.ERASURE not in _types(text, "sollicitatie")
    assert T.ERASURE not in _types("Mijn profiel mag er later af, voorlopig nog niet.", "profiel")
    # near miss: a removal asked now stays one
    assert T.ERASURE in _types(
        "Mijn dossier mag verwijderd worden, ik heb de job niet gekregen.", "sollicitatie"
    )


def test_what_is_on_record_asked_in_everyday_words_is_access() -> None:
    assert T.ACCESS in _types(
        "hey, wat staat er eigenlijk allemaal over mij in jullie systeem?", "systeem"
    )
    text = "Ik schrijf voor mijn vader. Hij wil een overzicht van wat er over hem in het klantenbestand zit."
    assert T.ACCESS in _types(text, "vader")
    # near miss: a story of what was said about the writer asks nothing
    assert T.ACCESS not in _types(
        "Ik las in de krant wat er over mij stond en ik lachte ermee.", "krant"
    )


def test_a_change_told_verb_first_or_an_old_value_to_replace_is_rectification() -> None:
    assert T.RECTIFICATION in _types(
        "Intussen is mijn telefoonnummer veranderd, het is nu 0499 11 22 33.", "nummer"
    )
    assert T.RECTIFICATION in _types(
        "Gelieve mijn vorige adres in jullie systeem te vervangen, ik woon nu in Gent.", "adres"
    )
    # near miss: replacing a product is no correction of data
    assert T.RECTIFICATION not in _types(
        "Kunnen jullie de kapotte rits van mijn jas vervangen?", "jas"
    )


def test_a_record_to_complete_or_put_right_is_rectification() -> None:
    text = "In mijn beoordeling staat dat ik vaak te laat kwam, zonder dat de treinstaking vermeld is. Graag laten aanvullen met die uitleg."
    assert T.RECTIFICATION in _types(text, "beoordeling")
    text = "Ik verzoek u het verslag van het gesprek te corrigeren waar vermeld staat dat ik geen diploma heb: ik heb er wel een."
    assert T.RECTIFICATION in _types(text, "verslag")
    # near miss: the writer completes a form himself; or a form to complete, asked of us
    assert T.RECTIFICATION not in _types(
        "Ik zal het formulier morgen nog aanvullen en terugsturen.", "formulier"
    )
    assert T.RECTIFICATION not in _types(
        "Graag de bestelling aanvullen met twee extra broeken.", "bestelling"
    )


def test_nothing_more_to_be_sent_by_the_channels_listed() -> None:
    text = "Ik heb toen mijn kaartje afgegeven op jullie stand. Ik wens niks meer van u te krijgen, niet via e-mail en niet per post."
    assert _types(text, "stand") == {T.MARKETING_OPT_OUT, T.OBJECTION}
    # near miss: nothing received, told
    assert (
        _types(
            "Ik heb nog niets van jullie ontvangen per post, is mijn pakket vertrokken?", "pakket"
        )
        == set()
    )


def test_our_missed_deadline_judged_is_a_complaint() -> None:
    text = (
        "Ik vroeg in januari een kopie van mijn gegevens. Jullie beloofden een antwoord binnen de maand en "
        "hebben die termijn niet gehaald, dat vind ik niet professioneel."
    )
    assert T.COMPLAINT in _types(text, "kopie")
    # near miss: a reminder that tells the delay without judging it
    text = "Ik vroeg in januari een kopie van mijn gegevens. De termijn van een maand is verstreken; mag ik de kopie alsnog ontvangen?"
    assert T.COMPLAINT not in _types(text, "kopie")
