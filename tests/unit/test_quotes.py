"""What the writer wrote now is told apart from quoted mail, forwarded headers and signature."""

import pytest

from worker.mail.html_text import html_to_text, read_html
from worker.mail.quotes import split_body


@pytest.mark.parametrize(
    "attribution",
    [
        "On Tue, 24 Nov 2026 at 10:12, GDPR <GDPR@alsicohightech.com> wrote:",
        "Op di 24 nov. 2026 om 10:12 schreef GDPR <GDPR@alsicohightech.com>:",
        "Le mar. 24 nov. 2026 à 10:12, GDPR <GDPR@alsicohightech.com> a écrit :",
        "Am Di., 24. Nov. 2026 um 10:12 Uhr schrieb GDPR <GDPR@alsicohightech.com>:",
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "-------- Message d'origine --------",
    ],
)
def test_attribution_lines_start_the_quote(attribution):
    body = f"Hierbij mijn identiteitskaart.\n\n{attribution}\n> Stuur ons een kopie.\n"
    split = split_body(body)
    assert split.text == "Hierbij mijn identiteitskaart."
    assert "Stuur ons een kopie" in split.quoted


def test_a_wrapped_gmail_attribution():
    body = (
        "Here it is.\n\nOn Tue, 24 Nov 2026 at 10:12, Some Long Name <someone@example.org>\n"
        "wrote:\n> old"
    )
    assert split_body(body).text == "Here it is."


def test_outlook_header_block():
    body = (
        "Graag ook mijn adres aanpassen.\n\n"
        "________________________________\n"
        "Van: GDPR <GDPR@alsicohightech.com>\n"
        "Verzonden: dinsdag 24 november 2026 10:12\n"
        "Aan: Jan Peeters\n"
        "Onderwerp: [GDPR-2026-000001] Ontvangstbevestiging\n\n"
        "Geachte heer Peeters, ...\n"
    )
    split = split_body(body)
    assert split.text == "Graag ook mijn adres aanpassen."
    assert split.quoted.startswith("____")


def test_signature_after_dash_dash_space():
    split = split_body("Please delete my account.\n\n-- \nJohn Smith\nAcme Ltd")
    assert split.text == "Please delete my account."
    assert split.signature == "John Smith\nAcme Ltd"


def test_interleaved_quote_lines_are_not_the_writers_text():
    split = split_body("> Did you want a copy?\nYes, a copy please.\n> And deletion?\nNo.")
    assert split.text == "Yes, a copy please.\nNo."


def test_a_sentence_that_starts_with_from_is_not_a_header():
    text = "From: my point of view you keep too much data.\nPlease delete it."
    assert split_body(text).text == text


def test_html_to_text_keeps_words_drops_markup_and_marks_blockquotes():
    html = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<p>Beste,</p><p>Ik wil <b>inzage</b>&nbsp;in mijn gegevens.<br>Groeten</p>"
        '<div class="gmail_quote"><p>Oud bericht</p></div>'
        "<blockquote><p>Nog ouder</p></blockquote><script>alert(1)</script></body></html>"
    )
    text = html_to_text(html)
    assert "Ik wil inzage\xa0in mijn gegevens." in text or "Ik wil inzage in mijn gegevens." in text
    assert "color" not in text and "alert" not in text and "<" not in text
    assert "> Nog ouder" in text
    read = read_html(html)
    split = split_body(read.text, quote_at=read.quote_line)
    assert split.text.endswith("Groeten") and "Oud bericht" not in split.text
    assert "Oud bericht" in split.quoted and "Nog ouder" in split.quoted
