"""A reply that denies the request cancels it; an ordinary follow-up does not."""

import pytest

from worker.denial import denies_request

DENIALS = [
    "I never asked for this. Do NOT delete anything!",
    "I did not request this.",
    "This wasn't me.",
    "no",
    "No.",
    "Please don't delete my account, I didn't send that mail.",
    "Ik heb dit nooit gevraagd.",
    "Dat was ik niet, niets verwijderen a.u.b.",
    "Nee",
    "Je n'ai jamais demandé cela. Ne supprimez rien !",
    "Ce n'est pas moi.",
    "Ich habe das nicht beantragt. Bitte nichts löschen.",
    "Das war ich nicht.",
    "Non ho mai chiesto questo. Non cancellate niente!",
    "No he pedido esto.",
    "Someone else sent this request in my name, this is fraud.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_denials_in_the_languages_people_answer_in(text):
    assert denies_request(text)


def test_a_denial_in_the_subject_counts():
    assert denies_request(
        "", "Re: [GDPR-2026-000001] Please confirm -- I DID NOT ASK FOR THIS, STOP"
    )


NOT_DENIALS = [
    "",
    "Here is my code: CONFIRM-ABCD-EFGH-JKMN-PQRS-TUVW",
    "Yes, please go ahead and delete everything.",
    "Ja, ik bevestig mijn verzoek.",
    "Oui, je confirme.",
    "Ja, bitte löschen Sie alles.",
    "Attached is a copy of my identity card.",
    "Thank you. Is there any news about my request?",
    "I have not received an answer yet.",
    "No problem, here is my ID card.",
]


@pytest.mark.parametrize("text", NOT_DENIALS)
def test_ordinary_follow_ups_are_not_denials(text):
    assert not denies_request(text, "Re: [GDPR-2026-000001] Please confirm the erasure")


def test_our_own_subject_copied_into_a_reply_is_not_the_senders_words():
    ours = "[GDPR-2026-000001] Did you ask us for this? I did not ask? Then reply no"
    assert not denies_request("CONFIRM-ABCD", f"Re: {ours}", our_subjects=(ours,))
    assert denies_request("", f"Re: {ours} -- NOT ME", our_subjects=(ours,))
