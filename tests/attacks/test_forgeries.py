"""The attack suite: every forgery of the security review, end to end through the command line,
on SQLite and on PostgreSQL. Each must leave every row of the company's data byte-identical and
send no personal data to anyone but the owner of the address; the legitimate paths beside them
still work. (../shared/reviews/security.md findings 1, 3, 4, 5, 10; issue 10.)"""

from __future__ import annotations

import re

import pytest

from tests.attacks import mails
from tests.attacks.conftest import World, body_of, has_report
from tests.attacks.mails import OURS, RECEIVED, authenticated, forged_card, mail, pass_for

pytestmark = pytest.mark.attack

CODE = re.compile(r"CONFIRM(?:-[A-Z0-9]{4}){5}|ERASE-[A-Z0-9]{4}-[A-Z0-9]{4}")
EVIL = "mallory@evil.example"


def confirmation_to(world: World, address: str):
    """The confirmation mail the worker sent to `address`, and the code in it."""
    (message,) = [
        m for m in world.sent_to(address) if "confirmation_request" in str(m["Message-ID"])
    ]
    return message, CODE.search(body_of(message)).group(0)


def assert_nothing_disclosed(world: World, owners: set[str]) -> None:
    """No report left, and nothing went to anyone but the owners of the addresses used."""
    for message in world.sent():
        to = str(message["To"]).lower()
        assert not has_report(message), to
        assert any(owner.lower() in to for owner in owners), to


# --- finding 1a: restriction and objection on a forged From ------------------------------------


def test_a_forged_restriction_and_objection_change_nothing_but_stop_marketing(world: World):
    before = world.crm(marketing_masked=True)
    world.deliver(
        mail(
            "jan.peeters@mail.example",
            "Beperking en bezwaar",
            "Goeiedag,\n\nIk wil dat u de verwerking van mijn gegevens beperkt. Ik maak ook "
            "bezwaar tegen direct marketing en profilering.\n\nIn bijlage mijn "
            "identiteitskaart.\n\nJan Peeters",
            name="Jan Peeters",
            attachments=(forged_card("Peeters", "Jan"),),
        )
    )
    world.run()
    case = world.case_of("jan.peeters@mail.example")
    assert case["status"] in ("awaiting_confirmation", "awaiting_review"), case
    assert "sender_unverified" in case["flags"]
    # restriction and profiling untouched; only the marketing consents, a low-harm wish the
    # policy carries out at once (and tells the owner how to undo)
    assert world.crm(marketing_masked=True) == before
    assert_nothing_disclosed(world, {"jan.peeters@mail.example"})


# --- finding 1b: forged erasures and the victims' answers --------------------------------------


def test_forged_erasures_are_never_carried_out_whatever_the_victims_answer(world: World):
    before = world.crm()
    victims = world.people(6)[1 : 1 + len(mails.VICTIM_ANSWERS)]
    for address, first, last in victims:
        world.deliver(
            mail(
                address,
                "Please delete my data",
                "Please delete all my personal data and my account.",
                name=f"{first} {last}",
                attachments=(forged_card(last, first),),
            )
        )
    world.run()
    for (address, _, _), answer in zip(victims, mails.VICTIM_ANSWERS.values(), strict=True):
        assert world.case_of(address)["status"] == "awaiting_confirmation"
        confirmation, _ = confirmation_to(world, address)
        world.deliver(answer(address, confirmation, body_of(confirmation)))
    world.run()
    outcomes = {}
    for (address, _, _), kind in zip(victims, mails.VICTIM_ANSWERS, strict=True):
        case = world.case_of(address)
        outcomes[kind] = (case["status"], "disputed" in case["flags"])
    assert outcomes == {
        "gmail_denial_with_quote": ("closed", True),
        "empty_reply_with_quote_and_subject": ("closed", True),
        "italian_outlook_denial": ("closed", True),
        "spanish_outlook_html_denial": ("closed", True),
        "bare_forward": ("awaiting_confirmation", False),  # no code in their own words
    }
    assert world.crm() == before
    assert_nothing_disclosed(world, {a for a, _, _ in victims})


def test_a_forged_erasure_confirmed_by_the_owner_still_waits_for_a_person(world: World):
    """The owner typed the code (perhaps fooled into it): without our server's authentication
    of the opening mail a person must approve as well."""
    before = world.crm()
    address, first, last = world.people(8)[7]
    world.deliver(
        mail(
            address,
            "Delete me",
            "Please erase all my personal data.",
            name=f"{first} {last}",
            attachments=(forged_card(last, first),),
        )
    )
    world.run()
    confirmation, code = confirmation_to(world, address)
    world.deliver(
        mails.outlook_reply_code_on_top(address, confirmation, body_of(confirmation), code)
    )
    world.run()
    case = world.case_of(address)
    assert case["status"] == "awaiting_review", case
    assert world.crm() == before
    world.cli.run("cases", "approve", case["ref"])
    assert world.case_of(address)["status"] == "completed"
    assert world.crm_rows(address) == []  # the person approved: now it is erased


# --- finding 5: the code where the requester did not type it, and floods -----------------------


@pytest.fixture
def waiting_erasure(world: World) -> tuple[World, str, object, str]:
    """Jan, authenticated by our server, asked for erasure; the confirmation mail is out."""
    world.deliver(
        mail(
            "jan.peeters@mail.example",
            "Wissing",
            "Ik vraag u al mijn persoonsgegevens te wissen.",
            name="Jan Peeters",
            trace=authenticated("mail.example"),
            attachments=(forged_card("Peeters", "Jan"),),
        )
    )
    world.run()
    assert world.case_of("jan.peeters@mail.example")["status"] == "awaiting_confirmation"
    confirmation, code = confirmation_to(world, "jan.peeters@mail.example")
    return world, "jan.peeters@mail.example", confirmation, code


@pytest.mark.parametrize(
    "where", ["quote", "forward", "attachment", "html_comment", "subject_only"]
)
def test_a_code_the_requester_did_not_type_confirms_nothing(waiting_erasure, where):
    world, jan, confirmation, code = waiting_erasure
    before = world.crm()
    body = body_of(confirmation)
    raw = {
        "quote": lambda: mails.code_in_quote(jan, confirmation, body),
        "forward": lambda: mails.code_in_forward(jan, confirmation, body),
        "attachment": lambda: mails.code_in_attachment(jan, confirmation, body),
        "html_comment": lambda: mails.code_in_html_comment(jan, confirmation, code),
        "subject_only": lambda: mail(jan, f"Re: {confirmation['Subject']} {code}", "ok"),
    }[where]()
    world.deliver(raw)
    world.run()
    assert world.case_of(jan)["status"] == "awaiting_confirmation"
    assert world.crm() == before


def test_a_flood_of_codes_is_one_wrong_try_and_three_stop_the_code(waiting_erasure):
    """(Authenticated, as Jan's own replies: on his authenticated case an unauthenticated
    reply's wrong code is no wrong try, test_followups.py.)"""
    world, jan, confirmation, code = waiting_erasure
    before = world.crm()
    ours = authenticated("mail.example")
    world.deliver(mails.code_flood(jan, confirmation, code, 20_000, trace=ours))
    world.run()
    case = world.show(world.case_of(jan)["ref"])
    assert case["status"] == "awaiting_confirmation"
    subject = f"Re: {confirmation['Subject']}"
    world.deliver(mail(jan, subject, "CONFIRM-AAAA-BBBB-CCCC-DDDD-EEEE", trace=ours))
    world.deliver(mail(jan, subject, "ERASE-AAAA-BBBB", trace=ours))
    world.run()
    case = world.case_of(jan)
    assert case["status"] == "awaiting_review"
    assert "confirmation_failed" in case["flags"]
    # the right code, now: too late, a person decides
    world.deliver(
        mail(
            jan,
            f"Re: {confirmation['Subject']}",
            f"Sorry: {code}",
            trace=authenticated("mail.example"),
        )
    )
    world.run()
    assert world.case_of(jan)["status"] == "awaiting_review"
    assert world.crm() == before


def test_a_ref_or_in_reply_to_from_another_address_touches_nothing(waiting_erasure):
    world, jan, confirmation, code = waiting_erasure
    before = world.crm()
    world.deliver(
        mail(
            EVIL,
            f"Re: {confirmation['Subject']}",
            f"Confirmed: {code}",
            headers=mails.reply_headers(confirmation),
            trace=authenticated("evil.example"),
        )
    )
    world.run()
    assert world.case_of(jan)["status"] == "awaiting_confirmation"
    assert "ref_from_other_sender" in world.case_of(EVIL)["flags"]
    assert world.crm() == before
    assert not [m for m in world.sent_to(EVIL) if has_report(m)]


# --- the legitimate paths ------------------------------------------------------------------------


def test_an_authenticated_erasure_with_a_fresh_code_is_carried_out(waiting_erasure):
    world, jan, confirmation, code = waiting_erasure
    world.deliver(
        mail(
            jan,
            f"Re: {confirmation['Subject']}",
            f"Ik bevestig: {code}\n\nOp 30 nov. 2026 schreef {mails.GDPR}:\n"
            + mails.quoted(body_of(confirmation)),
            headers=mails.reply_headers(confirmation),
        )
    )
    world.run()
    case = world.case_of(jan)
    assert case["status"] == "completed", case
    assert world.crm_rows(jan) == []
    log = world.show(case["ref"]).get("log")
    if log is not None:  # the decision names the proof it rested on
        assert any(
            "sender_authenticated" in str(e) and "mailbox_confirmation" in str(e) for e in log
        )


def test_an_outlook_reply_with_the_code_typed_above_the_quote_is_carried_out(waiting_erasure):
    world, jan, confirmation, code = waiting_erasure
    world.deliver(mails.outlook_reply_code_on_top(jan, confirmation, body_of(confirmation), code))
    world.run()
    assert world.case_of(jan)["status"] == "completed"
    assert world.crm_rows(jan) == []


def test_a_used_code_works_once(waiting_erasure):
    world, jan, confirmation, code = waiting_erasure
    world.deliver(mails.outlook_reply_code_on_top(jan, confirmation, body_of(confirmation), code))
    world.run()
    ref = world.case_of(jan)["ref"]
    assert world.show(ref)["status"] == "completed"


# --- finding 4: take-over through rectification ---------------------------------------------------


def test_a_forged_change_of_address_is_never_applied(world: World):
    before = world.crm()
    world.deliver(
        mail(
            "jan.peeters@mail.example",
            "Nieuw e-mailadres",
            "Mijn e-mailadres is veranderd. Gelieve mijn oude e-mailadres "
            "jan.peeters@mail.example te vervangen door jan.peeters@mailbox-evil.example.\n\n"
            "Jan Peeters",
            name="Jan Peeters",
            attachments=(forged_card("Peeters", "Jan"),),
        )
    )
    world.run()
    case = world.case_of("jan.peeters@mail.example")
    assert case["status"] in ("awaiting_review", "awaiting_confirmation")
    assert case["id_check"]["status"] != "verified" or "sender_unverified" in case["flags"]
    done = world.cli.run(
        "cases",
        "rectify",
        case["ref"],
        "customers.email=jan.peeters@mailbox-evil.example",
        check=False,
    )
    assert done.returncode != 0
    assert "\n" not in done.stderr.strip() and "Traceback" not in done.stderr
    # the attacker asks for the data from the address he owns
    world.deliver(
        mail(
            "jan.peeters@mailbox-evil.example",
            "Inzage",
            "Graag inzage in mijn data.",
            trace=authenticated("mailbox-evil.example"),
        )
    )
    world.run()
    assert world.crm() == before
    for message in world.sent_to("jan.peeters@mailbox-evil.example"):
        assert not has_report(message)


# --- finding 3: the ID copy ---------------------------------------------------------------------


def test_a_card_in_another_name_is_a_name_mismatch_against_our_records(world: World):
    world.deliver(
        mail(
            "jan.peeters@mail.example",
            "Inzage",
            "Graag inzage in mijn gegevens.",
            name="Mallory Evil",
            attachments=(forged_card("Evil", "Mallory"),),
        )
    )
    world.run()
    case = world.case_of("jan.peeters@mail.example")
    assert case["id_check"]["status"] == "name_mismatch", case["id_check"]
    assert_nothing_disclosed(world, {"jan.peeters@mail.example"})


def test_a_card_on_a_follow_up_must_match_the_requester_not_the_follow_ups_name(world: World):
    jan = "jan.peeters@mail.example"
    world.deliver(
        mail(
            jan,
            "Inzage",
            "Graag inzage in mijn gegevens.",
            name="Jan Peeters",
            trace=authenticated("mail.example"),
        )
    )
    world.run()
    case = world.case_of(jan)
    assert case["status"] == "awaiting_id"
    world.deliver(
        mail(
            jan,
            f"Re: [{case['ref']}] Kopie identiteitskaart",
            "Hier is ze.",
            name="Mallory Evil",
            attachments=(forged_card("Evil", "Mallory"),),
        )
    )
    world.run()
    case = world.case_of(jan)
    assert case["id_check"]["status"] == "name_mismatch"
    assert case["status"] == "awaiting_id"
    assert_nothing_disclosed(world, {jan})


# --- finding 10: sender authentication ------------------------------------------------------------


AR_FORGERIES = {
    "second_header_below_ours": (
        ("Authentication-Results", f"{OURS}; dmarc=fail header.from=mail.example"),
        ("Received", RECEIVED),
        ("Authentication-Results", pass_for("mail.example")),
    ),
    "second_header_above_ours": (
        ("Authentication-Results", pass_for("mail.example")),
        ("Authentication-Results", f"{OURS}; dmarc=fail header.from=mail.example"),
        ("Received", RECEIVED),
    ),
    "server_added_none": (
        ("Received", RECEIVED),
        ("Authentication-Results", pass_for("mail.example")),
    ),
    "dmarc_pass_without_header_from": (("Authentication-Results", f"{OURS}; dmarc=pass"),),
    "first_dmarc_token_wins": (
        (
            "Authentication-Results",
            f"{OURS}; spf=none smtp.mailfrom=a;dmarc=pass; dmarc=fail header.from=mail.example",
        ),
    ),
    "quoted_dmarc_pass": (
        (
            "Authentication-Results",
            f'{OURS}; spf=none smtp.helo="x dmarc=pass"; dmarc=fail header.from=mail.example',
        ),
    ),
}


def test_forged_authentication_results_disclose_nothing(world: World):
    before = world.crm()
    victims = world.people(1 + len(AR_FORGERIES))[1:]
    people = dict(zip(AR_FORGERIES, victims, strict=True))
    for kind, (address, first, last) in people.items():
        world.deliver(
            mail(
                address,
                "Access request",
                "Please send me a copy of all personal data you hold about me.",
                name=f"{first} {last}",
                trace=AR_FORGERIES[kind],
                attachments=(forged_card(last, first),),
            )
        )
    world.run()
    for kind, (address, _, _) in people.items():
        case = world.case_of(address)
        assert case["status"] == "awaiting_review", (kind, case)
        assert "sender_unverified" in case["flags"], kind
    assert world.crm() == before
    assert_nothing_disclosed(world, {a for a, _, _ in victims})


def test_two_from_headers_are_quarantined(world: World):
    raw = mail(
        "jan.peeters@mail.example", "Inzage", "Graag inzage.", trace=authenticated("mail.example")
    )
    raw = raw.replace(
        b"From: jan.peeters@mail.example",
        b"From: jan.peeters@mail.example\nFrom: mallory@evil.example",
        1,
    )
    world.deliver(raw)
    world.run()
    (message,) = world.cli.json("messages", "list")
    assert message["disposition"] == "quarantined"
    assert world.sent() == []


def test_differently_cased_and_look_alike_addresses_get_no_ones_data(world: World):
    before = world.crm()
    world.deliver(
        mail(
            "Jan.Peeters@Mail.Example",
            "Inzage",
            "Graag inzage in al mijn gegevens.",
            name="Jan Peeters",
        ),
        # the attacker owns the look-alike domain, so our server authenticates it
        mail(
            "jan.peeters@m\u0430il.example",
            "Inzage",
            "Graag inzage in al mijn gegevens.",
            name="Jan Peeters",
            trace=authenticated("m\u0430il.example"),
        ),
    )
    world.run()
    assert world.crm() == before
    for message in world.sent():
        to = str(message["To"]).lower()
        if has_report(message):  # only ever to the one authenticated address, with its own data
            raise AssertionError(f"a report went to {to}")
