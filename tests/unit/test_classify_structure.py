"""Issue 12, structural mistakes phrase lists cannot fix: a form's numbered section headings,
a writer's own lines under a pasted template's closing, the retold history in a copy of a
complaint to the authority, a forward without a word of its own, access beside portability in
one sentence, an objection "whatever the channel". Phrasings written for these tests; none is
a corpus letter."""

from worker.classify import classify
from worker.classify.reader import read
from worker.domain import RequestType as T

FORM_HEADINGS = """EXERCISE OF DATA PROTECTION RIGHTS

The undersigned Ann Vos exercises the following rights (tick the boxes):

1. Access to personal data (Art. 15)
[X] I request access to my personal data and a copy of them.

2. Erasure (Art. 17)
[ ] all data concerning the undersigned

3. Data portability (Art. 20)
[ ] in a structured, machine-readable format

4. Objection to processing (Art. 21)
[ ] on grounds relating to her particular situation

Place and date: Ghent, 1 December 2026
"""


def test_a_forms_numbered_headings_ask_nothing_the_boxes_decide():
    got = classify("Rights form", FORM_HEADINGS)
    assert got.request_types == (T.ACCESS,)


TEMPLATE_THEN_OWN_LINES = """Hello, I used a template from a consumer site.
My own additions are at the end.

----------------------------------------
Dear Sir or Madam,

Please supply the personal data you hold about me, which I am entitled to receive under data
protection law.

Yours faithfully,
Sam Reed
----------------------------------------

My own notes:
Your website still shows my old phone number 0470 11 22 33 on my profile. Please correct it
to 0470 99 88 77.

Sam Reed
"""


def test_the_writers_own_lines_under_a_pasted_templates_closing_are_read():
    got = classify("Subject access request", TEMPLATE_THEN_OWN_LINES)
    assert got.request_types == (T.ACCESS, T.RECTIFICATION)


def test_a_signature_under_the_closing_is_still_dropped():
    text = "Please delete my account.\n\nKind regards,\nSam Reed\n--\nI object to nothing here.\n"
    assert classify("Delete", text).request_types == (T.ERASURE,)


COPY_ANNOUNCED_AFTER = """Madame, Monsieur,

J'ai déposé ce jour une plainte auprès de l'Autorité de protection des données. En voici le
texte, pour votre information.

« Le 2 octobre 2026, je me suis opposé par écrit aux appels commerciaux de cette société.
Malgré cette opposition, j'ai encore été appelé trois fois. Je demande à l'Autorité de
constater la violation de l'article 21 du RGPD. »

Claire Dumont
"""

COPY_UNDER_A_SEPARATOR = """Sehr geehrte Damen und Herren,

zu Ihrer Kenntnis übersende ich Ihnen nachstehend meine heute eingereichte Beschwerde.

-----------------------------------
An die Landesbeauftragte für Datenschutz

Beschwerde nach Art. 77 DSGVO

Am 1. September habe ich der Verwendung meiner Daten für Werbung widersprochen. Dennoch
erhielt ich weitere Werbe-E-Mails. Ich bitte die Aufsichtsbehörde, den Vorgang zu prüfen.
-----------------------------------

Mit freundlichen Grüßen
Jana Roth
"""

COPY_ENCLOSED = """Dear Sir or Madam,

Enclosed is a copy of the complaint I submitted to the Data Protection Authority today.

"On 5 September I objected to your marketing calls and asked you to delete my phone number.
I was called again twice in October. I ask the Authority to investigate."

Tom Hart
"""


def test_a_copied_complaints_retold_history_asks_nothing_of_us():
    for subject, text in (
        ("Copie de ma plainte", COPY_ANNOUNCED_AFTER),
        ("Kopie: Beschwerde", COPY_UNDER_A_SEPARATOR),
        ("Copy of my complaint", COPY_ENCLOSED),
    ):
        got = classify(subject, text)
        assert got.request_types == (T.COMPLAINT,), subject
        assert got.authority_complaint, subject


def test_the_right_to_complain_among_an_access_requests_items_is_no_copied_complaint():
    text = (
        "I request access to my personal data, with:\n"
        "1. the purposes of the processing;\n"
        "2. the right to lodge a complaint with the Data Protection Commission.\n\n"
        "I have attached a copy of my passport.\n"
    )
    got = classify("Subject access request", text)
    assert got.request_types == (T.ACCESS,)
    assert not got.authority_complaint


AUTOMATIC_FORWARD = """---------- Forwarded message ---------
From: Automatic forwarding info@alsicohightech.com
Date: Mon, 30 Nov 2026 07:41
Subject: my data
To: GDPR@alsicohightech.com

This message was forwarded automatically by the rule "privacy -> GDPR mailbox".

> From: Rita Moens <rita.moens@mail.example>
> Good morning,
> Our firm has closed down. I ask you to delete all my personal data from your systems.
> Kind regards,
> Rita Moens
"""


def test_an_automatic_forward_without_a_word_of_its_own_is_read():
    got = classify("Fwd: my data", AUTOMATIC_FORWARD)
    assert got.request_types == (T.ERASURE,)


def test_a_forward_set_apart_by_the_parser_without_a_word_is_read_when_quoted():
    forwarded = AUTOMATIC_FORWARD.split("To: GDPR@alsicohightech.com\n", 1)[1]
    got = classify("Fwd: my data", "", forwarded=forwarded)
    assert got.request_types == (T.ERASURE,)


def test_a_colleagues_note_over_a_quoted_request_passes_it_on():
    text = (
        "Hello,\n\nOne of our customers asked me to pass this on to the right people. "
        "Her note is below.\n\nBest,\nGreg\n\n"
        "> Could you ask your head office to correct my company name on my account: it is "
        '"Hart Cleaning Ltd", not "Hart Clean Ltd". Thanks, Jo Hart\n'
    )
    got = classify("Fwd: customer note", text)
    assert got.request_types == (T.RECTIFICATION,)
    assert got.passed_on


def test_access_beside_portability_in_one_sentence_when_asked_apart():
    text = (
        "Op 14 september heb ik u gevraagd mij te laten weten welke persoonsgegevens u over mij "
        "verwerkt, en mij daarnaast de gegevens die ik zelf in uw klantenportaal heb ingevoerd te "
        "bezorgen in een CSV-bestand, zodat ik ze kan meenemen naar een andere leverancier. "
        "Ik vraag u alsnog te antwoorden."
    )
    got = classify("Herinnering: mijn verzoek", text)
    assert got.request_types == (T.ACCESS, T.PORTABILITY)


def test_a_copy_of_my_data_for_another_supplier_stays_portability_only():
    text = (
        "Could you send me the data you hold about my account (order history, sizes, delivery "
        "addresses) as a CSV file so I can hand it to the new supplier?"
    )
    assert classify("Data export", text).request_types == (T.PORTABILITY,)


def test_an_objection_whatever_the_channel_covers_every_channel():
    for subject, text in (
        (
            "Prospection",
            "J'ai reçu un e-mail de prospection de votre société. Je m'oppose au traitement de "
            "mes données à des fins de prospection commerciale, quel que soit le canal.",
        ),
        (
            "Marketing",
            "I received a marketing e-mail from you last week. I object to the use of my data "
            "for advertising, whatever the channel.",
        ),
        (
            "Werbung",
            "Ich habe gestern eine Werbe-E-Mail von Ihnen erhalten. Ich widerspreche der "
            "Verwendung meiner Daten für Werbung, unabhängig vom Kanal.",
        ),
        (
            "Reclame",
            "Ik kreeg vorige week een reclamemail van u. Ik maak bezwaar tegen het gebruik van "
            "mijn gegevens voor reclame, ongeacht het kanaal.",
        ),
    ):
        got = classify(subject, text)
        assert got.request_types == (T.OBJECTION, T.MARKETING_OPT_OUT), subject


def test_a_reminder_that_only_asks_to_be_answered_renews_the_earlier_request():
    text = (
        "Dear Sir or Madam,\n\nOn 2 October 2026 I asked you to send me the data I gave your "
        "webshop in a machine-readable format such as CSV, so I can move them to another "
        "supplier. I have had no answer.\n\nPlease send the file without further delay.\n\n"
        "Regards,\nKim Lee"
    )
    got = classify("Reminder: my request of 2 October", text)
    assert got.request_types == (T.PORTABILITY,)
    assert got.reminder


def test_a_question_when_an_answer_comes_asks_nothing_new():
    text = (
        "Goedendag,\n\nOp 3 maart stuurde ik een verzoek om mijn gegevens in te kijken. Ik heb "
        "nog niets gehoord. Wanneer mag ik een antwoord verwachten?\n\nWim"
    )
    assert classify("Stand van zaken?", text).request_types == ()


BARE_NOTE_FORWARD = """Bonjour,

Ce mail est arrivé sur l'adresse info@. C'est pour vous, je pense.

Bonne journée,
Delphine (accueil)

-------- Message transféré --------
Sujet : mes données
Date : Thu, 3 Dec 2026 08:47:12 +0100
De : Marc Piron <m.piron@maboite.example>
Pour : info@alsicohightech.example

Bonjour,

J'ai travaillé chez vous l'été dernier. Je voudrais que vous supprimiez toutes mes données,
je ne compte pas revenir.

Marc Piron
"""


def test_a_short_note_that_asks_nothing_passes_the_forwarded_mail_on():
    got = classify("TR: mes données", BARE_NOTE_FORWARD)
    assert got.request_types == (T.ERASURE,)
    assert got.passed_on


def test_a_note_over_one_of_our_own_mails_passes_nothing_on():
    text = BARE_NOTE_FORWARD.replace(
        "De : Marc Piron <m.piron@maboite.example>",
        "De : Alsico Commandes <orders@alsico.example>",
    )
    # the rules read nothing (the trained second reader may still guess, held for a person)
    assert read("TR: mes données", text).classification.request_types == ()


def test_a_forwarded_block_without_a_sender_is_not_passed_on_by_a_bare_note():
    text = (
        "Hallo, ich habe Ihnen vor einer Woche diese Frage geschickt. Eine Antwort hätte ich "
        "gern. Gruß, Eva\n\n---------- Forwarded message ----------\n"
        "I would like you to delete all my data. Eva\n"
    )
    got = read("Fwd: question", text).classification
    assert got.request_types == ()
    assert not got.passed_on


def test_a_request_put_as_a_question_in_familiar_or_spoken_forms_asks():
    # "könnt ihr", "kunde" (Flemish for "kunt ge"), the spoken "tu peux": a question that asks
    # us to act, as "können Sie", "kunt u" and "peux-tu" already were
    for subject, text in (
        ("Chat", "Hallo, könnt ihr den Chat mit mir wegmachen? Danke, Jonas"),
        ("Foto", "Dag, kunde die foto van mij van jullie website halen? Merci, Sien"),
        ("chat", "Salut, tu peux effacer la conversation de chat avec moi ? Merci, Léa"),
    ):
        assert classify(subject, text).request_types == (T.ERASURE,)


def test_a_flemish_question_about_something_else_asks_nothing():
    assert classify("winkel", "Kunt ge mij zeggen hoe laat de winkel opent?").request_types == ()


def test_art19_cited_in_one_paragraph_does_not_hide_a_question_to_whom_in_another():
    text = (
        "Dear Sir or Madam,\n\nMy date of birth in your customer file is wrong: please correct it "
        "to 14 March 1988. Under Article 19 GDPR, please notify every recipient of this "
        "correction.\n\nMy contract with you ended last spring, and I have received nothing from "
        "you since then, which is fine. I have kept the letters you sent me over the years in a "
        "folder at home.\n\nSeparately, please tell me to which third parties you have disclosed "
        "my data over the last two years.\n\nKind regards,\nSam Lee"
    )
    got = read("Correction", text).classification.request_types
    assert set(got) == {T.ACCESS, T.RECTIFICATION}


def test_a_letter_written_as_we_about_our_data_is_no_notice():
    text = (
        "Geachte,\n\nWij zijn al meer dan tien jaar klant bij u en hebben tot nu toe nooit "
        "problemen gehad met uw diensten of met de levering van de werkkledij voor ons bedrijfje. "
        "Wij vragen u om een kopie van al onze persoonsgegevens die u verwerkt, samen met de "
        "doeleinden, de ontvangers en de bewaartermijn van die gegevens. Gelieve binnen de "
        "wettelijke termijn van een maand te antwoorden op het adres hieronder, per post of via "
        "e-mail naar het adres waarmee wij u schrijven.\n\nMet vriendelijke groeten,\nFamilie Claes"
    )
    assert read("Inzage", text).classification.request_types == (T.ACCESS,)
