"""Which marketing channels a person asks to stop, and when an objection is only about direct
marketing (worker/marketing.py); the policy's proportionality rules (config/policy.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from config.policy import Policy, load_policy
from worker.domain import CaseStatus, Classification, Language, RequestType
from worker.marketing import (
    ALL_CHANNELS,
    EMAIL,
    PHONE,
    POST,
    SMS,
    channels_asked,
    direct_marketing_only,
    opt_out_channels,
)
from worker.plan import needs_id, widens_opt_out

POLICY_FILE = Path(__file__).resolve().parents[2] / "config" / "policy.yaml"

EVERY_CHANNEL = [
    "No advertising at all, on all your lists, please.",
    "Please remove me from all your lists.",
    "I do not want any more publicity from you.",
    "Plus aucune publicité, s'il vous plaît.",
    "Retirez-moi de toutes vos listes.",
    "Geen reclame meer, alstublieft.",
    "Haal me uit al uw lijsten.",
    "Keine Werbung mehr, bitte.",
    "Bitte streichen Sie mich aus allen Listen.",
    "Remove me from every contact list you have.",
    "Take me off all of your marketing lists.",
    "Je ne veux plus recevoir de publicité.",
    "Plus de pub, merci.",
    "Haal me van al jullie verzendlijsten.",
    "Schrap me uit alle mailinglijsten.",
    "Entfernen Sie mich aus allen Ihren Kontaktlisten.",
]


@pytest.mark.parametrize("text", EVERY_CHANNEL)
def test_no_advertising_at_all_is_every_channel(text: str) -> None:
    assert channels_asked([text]) == ALL_CHANNELS


@pytest.mark.parametrize(
    ("text", "channels"),
    [
        ("Please also stop post and phone.", (POST, PHONE)),
        ("ook geen reclame per post of telefoon", (POST, PHONE)),  # narrowed by its channels
        ("Plus de publicité par e-mail, merci.", (EMAIL,)),
        ("No advertising at all by post or phone.", (POST, PHONE)),
        ("I don't want any advertising by e-mail.", (EMAIL,)),
        ("Überhaupt keine Werbung per Post.", (POST,)),
        ("Remove me from all your marketing lists and stop calling me.", ALL_CHANNELS),
        ("No more advertising, by any means, including by post.", ALL_CHANNELS),
        ("Ook niet meer per post of telefonisch, aub.", (POST, PHONE)),
        ("Je ne veux plus recevoir vos catalogues par la poste.", (POST,)),
        ("Ne m'appelez plus pour vos offres.", (PHONE,)),
        ("Bitte rufen Sie mich nicht mehr an.", (PHONE,)),
        ("Schicken Sie mir keine Prospekte per Post.", (POST,)),
        ("Please unsubscribe me from the newsletter.", (EMAIL,)),
        ("Stop the text messages.", (SMS,)),
        ("Please unsubscribe me.", ()),
        ("Take me off your list of suppliers' contacts.", ()),  # no list of ours to mail from
        ("By this letter I unsubscribe from your newsletter.", (EMAIL,)),  # the letter is none
    ],
)
def test_the_channels_named(text: str, channels: tuple[str, ...]) -> None:
    assert channels_asked([text]) == channels


def test_an_opt_out_stops_the_default_and_what_it_names() -> None:
    default = (EMAIL, SMS)
    assert opt_out_channels(["Please unsubscribe me."], default) == (EMAIL, SMS)
    assert opt_out_channels(["Also stop the phone calls."], default) == (EMAIL, SMS, PHONE)
    assert opt_out_channels(["Keine Werbung mehr."], default) == ALL_CHANNELS


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("I object to direct marketing.", True),
        ("Je m'oppose à la prospection commerciale par téléphone.", True),
        ("Ik maak bezwaar tegen reclame per post.", True),
        ("Please also stop post and phone.", True),
        ("I object to profiling for marketing purposes.", False),
        ("Ik maak bezwaar tegen de verwerking op grond van uw gerechtvaardigd belang.", False),
        ("I object to the processing of my data.", False),
        ("Ich widerspreche der Verarbeitung wegen meiner besonderen Situation.", False),
        ("", False),
    ],
)
def test_an_objection_to_direct_marketing_alone(text: str, only: bool) -> None:
    assert direct_marketing_only([text]) is only


def _reading(types: tuple[RequestType, ...], sentence: str) -> Classification:
    return Classification(
        request_types=types,
        language=Language.EN,
        confidence=0.9,
        evidence=tuple((t, (sentence,)) for t in types),
    )


def test_no_id_copy_to_stop_marketing_whatever_the_policy_lists() -> None:
    policy = load_policy()
    strict = policy.model_copy(update={"id_required_for": frozenset(RequestType) - {
        RequestType.MARKETING_OPT_OUT}})  # fmt: skip
    dm = _reading((RequestType.OBJECTION,), "Stop sending me catalogues by post.")
    profiling = _reading((RequestType.OBJECTION,), "I object to profiling.")
    assert not needs_id(strict, dm)
    assert needs_id(strict, profiling)
    assert not needs_id(policy, _reading((RequestType.MARKETING_OPT_OUT,), "Unsubscribe me."))


def test_the_policy_refuses_an_id_copy_for_an_opt_out() -> None:
    raw = yaml.safe_load(POLICY_FILE.read_text("utf-8"))
    raw["id_required_for"] = ["access", "marketing_opt_out"]
    with pytest.raises(ValidationError, match="marketing_opt_out"):
        Policy.model_validate(raw)
    raw["id_required_for"] = ["access"]
    raw["marketing"] = {"opt_out_channels": ["marketing_pigeon"]}
    with pytest.raises(ValidationError, match="marketing_pigeon"):
        Policy.model_validate(raw)


def test_the_shipped_policy_is_proportionate() -> None:
    policy = load_policy()
    assert RequestType.OBJECTION not in policy.id_required_for
    assert RequestType.MARKETING_OPT_OUT not in policy.id_required_for
    assert policy.marketing.opt_out_channels == (EMAIL, SMS)
    assert policy.company.general_contact


OPT_OUT = (RequestType.MARKETING_OPT_OUT,)


def test_a_reply_widens_only_a_completed_marketing_case() -> None:
    more = _reading((RequestType.OBJECTION,), "Please also stop post and phone.")
    assert widens_opt_out(CaseStatus.COMPLETED, OPT_OUT, more)
    assert widens_opt_out(CaseStatus.COMPLETED, OPT_OUT, _reading(OPT_OUT, "No post either."))
    # an erasure case, an open case, a reply that asks something else: a new case
    assert not widens_opt_out(CaseStatus.COMPLETED, (RequestType.ERASURE,), more)
    assert not widens_opt_out(CaseStatus.IN_PROGRESS, OPT_OUT, more)
    assert not widens_opt_out(
        CaseStatus.COMPLETED, OPT_OUT, _reading((RequestType.ACCESS,), "Send me my data.")
    )
    assert not widens_opt_out(
        CaseStatus.COMPLETED, OPT_OUT, _reading((RequestType.OBJECTION,), "I object to profiling.")
    )
    assert not widens_opt_out(CaseStatus.COMPLETED, OPT_OUT, _reading((), ""))


def test_no_advertising_at_all_is_an_opt_out_even_where_the_classifier_read_nothing() -> None:
    from worker.plan import with_no_marketing

    nothing = Classification(request_types=(), language=Language.EN, confidence=0.0)
    text = "Hello,\nNo advertising at all, on all your lists, please.\nThanks, Sam"
    read = with_no_marketing(nothing, text)
    assert read.request_types == (RequestType.MARKETING_OPT_OUT,)
    assert read.evidence_for(RequestType.MARKETING_OPT_OUT) == (
        "No advertising at all, on all your lists, please.",
    )
    assert channels_asked(read.evidence_for(RequestType.MARKETING_OPT_OUT)) == ALL_CHANNELS
    # a question, a reading that found something, a mail about something else: unchanged
    assert with_no_marketing(nothing, "Do you sell to all channels?") is nothing
    assert with_no_marketing(nothing, "Where is my order?") is nothing
    access = _reading((RequestType.ACCESS,), "Send me my data.")
    assert with_no_marketing(access, "No advertising at all.") is access
