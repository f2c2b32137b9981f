"""Each right done on the demo CRM, end to end through the command line: mail in, work done on
the company's data, the answer in the outbox. Twice is as once."""

from __future__ import annotations

import email
import getpass
import io
import re
import sqlite3
from datetime import date
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import Cli
from tests.fixtures.idcopies import id_card_pdf

REPO = Path(__file__).resolve().parents[2]
OURS = "mx.alsicohightech.com"
JAN = ("Jan Peeters", "jan.peeters@mail.example")
PASSWORD = re.compile(r"\b([A-HJ-NP-Z2-9]{4}(?:-[A-HJ-NP-Z2-9]{4}){4})\b")


@pytest.fixture
def crm_cli(cli: Cli) -> Cli:
    """The CLI with the demo CRM (every `cli` has its copy) and a trusted receiving server."""
    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = OURS
    return cli


_counter = iter(range(1, 10_000))


def send(cli: Cli, who: tuple[str, str], subject: str, body: str, *, id_copy: bool = False,
         authenticated: bool = True, **headers: str) -> str:  # fmt: skip
    n = next(_counter)
    msg = EmailMessage()
    if authenticated:
        domain = who[1].rpartition("@")[2]
        msg["Authentication-Results"] = (
            f"{OURS}; spf=pass; dkim=pass; dmarc=pass header.from={domain}"
        )
    msg["From"] = f"{who[0]} <{who[1]}>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<m{n}@{who[1].rpartition('@')[2]}>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    if id_copy:
        msg.add_attachment(
            id_card_pdf(who[0].split()[-1].upper(), who[0].split()[0].upper(), "592123456",
                        date(1980, 3, 14), date(2031, 5, 2)),
            maintype="application", subtype="pdf", filename="identiteitskaart.pdf",
        )  # fmt: skip
    cli.deliver(f"{n}.M{n}.rights", msg.as_bytes())
    cli.run("run", "--once")
    return msg["Message-ID"]


def outbox(cli: Cli, ref: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in sorted(cli.outbox.glob(f"{ref}-*.eml"))
    ]


def confirm(cli: Cli, who: tuple[str, str], ref: str) -> None:
    """The owner of the address answers our confirmation mail with its code."""
    (confirmation,) = [m for m in outbox(cli, ref) if "confirmation_request" in m["message-id"]]
    code = re.search(
        r"CONFIRM(?:-[A-Z0-9]{4}){5}", confirmation.get_body(("plain",)).get_content()
    ).group(0)
    send(cli, who, f"Re: {confirmation['subject']}", f"Ik bevestig: {code}",
         In_Reply_To=str(confirmation["message-id"]))  # fmt: skip


def only_case(cli: Cli) -> dict:
    (case,) = cli.json("cases", "list")
    return case


def test_marketing_opt_out_is_immediate_and_needs_no_id(crm_cli: Cli):
    send(crm_cli, ("Marie Dubois", "marie.dubois@mail.example"), "Désabonnement",
         "Bonjour, je ne veux plus recevoir votre newsletter. Merci de me désabonner.")  # fmt: skip
    case = only_case(crm_cli)
    assert case["request_types"] == ["marketing_opt_out"]
    assert case["id_check"]["status"] == "not_required"
    assert case["status"] == "completed"
    kinds = [m["kind"] for m in case["messages"] if m["direction"] == "out"]
    assert kinds == ["response"]  # one mail: the confirmation (done at once: no acknowledgement)
    crm_cli.run("run", "--once")
    assert crm_cli.json("cases", "list") == [case]


def test_access_sends_a_sealed_report_and_its_password_apart(crm_cli: Cli):
    send(
        crm_cli,
        JAN,
        "Inzage",
        "Graag inzage in alle gegevens die u over mij bewaart.",
        id_copy=True,
    )
    case = only_case(crm_cli)
    assert case["id_check"]["status"] == "verified"
    # Jan's data holds notes and staff names: a person reads the package first (art. 15(4))
    assert case["status"] == "awaiting_review" and "package_review" in case["flags"], case
    crm_cli.run("cases", "release", case["ref"])
    case = only_case(crm_cli)
    assert case["status"] == "completed", case
    mails = outbox(crm_cli, case["ref"])
    with_pdf = [m for m in mails if any(True for _ in m.iter_attachments())]
    assert len(with_pdf) == 1
    (attachment,) = list(with_pdf[0].iter_attachments())
    sealed = attachment.get_content()
    assert b"Peeters" not in sealed
    bodies = [m.get_body(("plain",)).get_content() for m in mails if m is not with_pdf[0]]
    passwords = [PASSWORD.search(b) for b in bodies]
    (found,) = [m for m in passwords if m]
    password = found.group(1)
    reader = PdfReader(io.BytesIO(sealed))
    assert reader.decrypt(password) != 0
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Peeters" in text
    assert reader.attachments, "the JSON export travels inside the PDF"


def test_access_for_someone_we_do_not_know_says_nothing_was_found(crm_cli: Cli):
    send(crm_cli, ("Nobody Known", "unknown@mail.example"), "Access request",
         "Please send me a copy of all personal data you hold about me.", id_copy=True)  # fmt: skip
    case = only_case(crm_cli)
    assert case["status"] == "completed"
    assert not any(any(True for _ in m.iter_attachments()) for m in outbox(crm_cli, case["ref"]))


def test_an_unauthenticated_sender_gets_no_data_until_staff_approve(crm_cli: Cli):
    send(crm_cli, JAN, "Inzage", "Graag inzage in alle gegevens die u over mij bewaart.",
         id_copy=True, authenticated=False)  # fmt: skip
    case = only_case(crm_cli)
    assert case["status"] == "awaiting_review"
    assert "sender_unverified" in case["flags"]
    assert not any(any(True for _ in m.iter_attachments()) for m in outbox(crm_cli, case["ref"]))
    crm_cli.run("cases", "approve", case["ref"])
    case = only_case(crm_cli)
    assert case["status"] == "awaiting_review" and case["flags"] == ["package_review"], case
    crm_cli.run("cases", "release", case["ref"])
    case = only_case(crm_cli)
    assert case["status"] == "completed"
    # the decision is recorded under the OS user who ran the command, never a typed name
    (approved,) = [e for e in case["log"] if e["event"] == "approved"]
    assert approved["actor"] == f"cli:{getpass.getuser()}"
    # approved, then the package released: the first start is the approval's
    started = next(e for e in case["log"] if e["detail"].startswith("awaiting_review → in_prog"))
    assert "rested on: ID check, staff (cli:" in started["detail"]  # the proof named
    assert any(any(True for _ in m.iter_attachments()) for m in outbox(crm_cli, case["ref"]))


def test_erasure_waits_for_the_code_then_erases_and_lists_what_is_kept(crm_cli: Cli):
    send(crm_cli, JAN, "Wissing", "Ik vraag u al mijn persoonsgegevens te wissen.", id_copy=True)
    case = only_case(crm_cli)
    assert case["status"] == "awaiting_confirmation"
    (confirmation,) = [
        m for m in outbox(crm_cli, case["ref"]) if "confirmation_request" in m["message-id"]
    ]
    code = re.search(
        r"CONFIRM(?:-[A-Z0-9]{4}){5}", confirmation.get_body(("plain",)).get_content()
    ).group(0)
    send(crm_cli, JAN, f"Re: {confirmation['subject']}", f"Ik bevestig: {code}",
         In_Reply_To=str(confirmation["message-id"]))  # fmt: skip
    case = only_case(crm_cli)
    assert case["status"] == "completed", case
    done = outbox(crm_cli, case["ref"])[-1].get_body(("plain",)).get_content()
    assert "10" in done  # the contract data kept for 10 years is named
    before = crm_cli.json("cases", "list")
    crm_cli.run("run", "--once")
    assert crm_cli.json("cases", "list") == before


def test_a_wrong_code_confirms_nothing(crm_cli: Cli):
    send(crm_cli, JAN, "Wissing", "Ik vraag u al mijn persoonsgegevens te wissen.", id_copy=True)
    case = only_case(crm_cli)
    send(crm_cli, JAN, f"Re: [{case['ref']}] bevestiging", "ERASE-AAAA-BBBB")
    assert only_case(crm_cli)["status"] == "awaiting_confirmation"


@pytest.mark.parametrize(
    ("subject", "body", "types", "purposes_in_reply"),
    [
        (
            "Bezwaar",
            "Ik maak bezwaar tegen profilering en wil geen reclame meer per post of telefoon.",
            ["objection"],
            "post",
        ),
        (
            "Beperking",
            "Ik vraag de beperking van de verwerking van mijn persoonsgegevens (art. 18 AVG).",
            ["restriction"],
            "",
        ),
    ],
)
def test_objection_and_restriction_set_their_flags_once(crm_cli: Cli, subject, body, types,
                                                          purposes_in_reply):  # fmt: skip
    send(crm_cli, JAN, subject, body, id_copy=True)
    case = only_case(crm_cli)
    assert case["request_types"] == types
    assert case["status"] == "awaiting_confirmation", case  # a change: the owner confirms first
    confirm(crm_cli, JAN, case["ref"])
    case = only_case(crm_cli)
    assert case["status"] == "completed", case
    reply = outbox(crm_cli, case["ref"])[-1].get_body(("plain",)).get_content()
    assert purposes_in_reply in reply.lower()
    crm_cli.run("run", "--once")
    assert crm_cli.json("cases", "list") == [case]


def test_portability_sends_the_provided_data_as_json_and_csv(crm_cli: Cli):
    send(crm_cli, JAN, "Overdraagbaarheid",
         "Ik wil mijn gegevens in een machineleesbaar formaat ontvangen (art. 20 AVG).",
         id_copy=True)  # fmt: skip
    case = only_case(crm_cli)
    assert case["request_types"] == ["portability"]
    assert case["status"] == "completed", case
    mails = outbox(crm_cli, case["ref"])
    (with_pdf,) = [m for m in mails if any(True for _ in m.iter_attachments())]
    bodies = [m.get_body(("plain",)).get_content() for m in mails]
    password = next(PASSWORD.search(b) for b in bodies if PASSWORD.search(b))
    reader = PdfReader(io.BytesIO(next(with_pdf.iter_attachments()).get_content()))
    assert reader.decrypt(password.group(1)) != 0
    names = set(reader.attachments)
    assert any(n.endswith(".json") for n in names) and any(n.endswith(".csv") for n in names)


def test_rectification_waits_for_staff_then_is_applied(crm_cli: Cli):
    send(crm_cli, JAN, "Adreswijziging",
         "Mijn adres is niet meer correct. Gelieve mijn gegevens te verbeteren: ik woon nu in "
         "de Kerkstraat 12, 9690 Kluisbergen.", id_copy=True)  # fmt: skip
    case = only_case(crm_cli)
    assert case["request_types"] == ["rectification"]
    assert case["status"] == "awaiting_confirmation"
    city = "customers.city=Kluisbergen"
    refused = crm_cli.run("cases", "rectify", case["ref"], city, check=False)
    assert refused.returncode == 1 and "mailbox_confirmation" in refused.stderr
    confirm(crm_cli, JAN, case["ref"])
    case = only_case(crm_cli)
    assert case["status"] == "awaiting_review" and "rectification_pending" in case["flags"]
    done = crm_cli.run("cases", "rectify", case["ref"], "customers.city=Kluisbergen")
    assert done.returncode == 0
    case = only_case(crm_cli)
    assert case["status"] == "completed", case
    assert "rectification_pending" not in case["flags"]
    bad = crm_cli.run("cases", "rectify", case["ref"], "nosuchtable.x=1", check=False)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1


def test_a_complaint_is_acknowledged_and_left_with_staff(crm_cli: Cli):
    send(crm_cli, JAN, "Klacht", "Ik dien een klacht in over de manier waarop u mijn gegevens "
         "hebt doorgegeven aan een andere firma.")  # fmt: skip
    case = only_case(crm_cli)
    assert case["request_types"] == ["complaint"]
    assert case["id_check"]["status"] == "not_required"
    assert case["status"] == "awaiting_review" and "complaint" in case["flags"]
    reply = outbox(crm_cli, case["ref"])[-1].get_body(("plain",)).get_content()
    assert "Gegevensbeschermingsautoriteit" in reply


def test_a_new_contact_address_is_confirmed_at_both_addresses_before_it_is_used(crm_cli: Cli):
    new = ("Jan Peeters", "jan.new@mail.example")
    send(crm_cli, JAN, "Nieuw e-mailadres",
         "Mijn e-mailadres is veranderd. Gelieve mijn oude e-mailadres jan.peeters@mail.example "
         "te vervangen door jan.new@mail.example.\n\nJan Peeters", id_copy=True)  # fmt: skip
    case = only_case(crm_cli)
    assert case["request_types"] == ["rectification"]
    confirm(crm_cli, JAN, case["ref"])  # the old address: the owner asked for it
    assert only_case(crm_cli)["status"] == "awaiting_review"
    crm_cli.run("cases", "rectify", case["ref"], "customers.email=jan.new@mail.example")
    assert only_case(crm_cli)["status"] == "awaiting_confirmation"

    def rows(email: str) -> int:
        with sqlite3.connect(crm_cli.cwd / "var" / "demo-crm.sqlite3") as crm:
            query = "SELECT count(*) FROM customers WHERE email = ?"
            return crm.execute(query, (email,)).fetchone()[0]

    assert rows("jan.new@mail.example") == 0  # nothing yet: the new address confirms first
    (ask,) = [
        m for m in outbox(crm_cli, case["ref"])
        if "confirmation_request" in m["message-id"] and "jan.new@" in m["to"]
    ]  # fmt: skip
    code = re.search(r"CONFIRM(?:-[A-Z0-9]{4}){5}", ask.get_body(("plain",)).get_content())
    send(crm_cli, new, f"Re: {ask['subject']}", f"Ja, dit is mijn adres: {code.group(0)}",
         In_Reply_To=str(ask["message-id"]))  # fmt: skip
    case = only_case(crm_cli)
    assert case["status"] == "completed", case
    assert rows("jan.new@mail.example") == 1 and rows(JAN[1]) == 0
    done = outbox(crm_cli, case["ref"])[-1]
    assert JAN[1] in done["to"]  # the old address is told what changed
