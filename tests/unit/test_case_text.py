"""`cases show` as text names whom each mail of the thread came from or went to: the requester,
the data subject staff set (their confirmation goes to them), or another address."""

from worker.case_text import case_text

CASE = {
    "ref": "GDPR-2026-0001",
    "status": "awaiting_review",
    "requester": {"email": "zoon@mail.example", "name": "Zoon"},
    "request_types": ["erasure"],
    "language": "nl",
    "data_subject": {"name": "Maria Peeters", "email": "maria@mail.example"},
    "received_at": "2026-12-01T09:00:00+00:00",
    "deadline": "2027-01-01",
    "id_check": {"status": "not_required", "reasons": []},
    "flags": ["on_behalf"],
    "log": [],
}


def mail(direction: str, **kw: str) -> dict:
    return {"message_id": "<m@x>", "direction": direction, "kind": "request",
            "at": "2026-12-01T09:00:00+00:00", "subject": "s", "text": "t", **kw}  # fmt: skip


def arrows(thread: list[dict]) -> list[str]:
    text = case_text({**CASE, "thread": thread}, "Europe/Brussels")
    return [line.split("  ")[1] for line in text.splitlines() if line.startswith("--- 2026")]


def test_each_mail_names_its_party():
    assert arrows([
        mail("in", party="requester", address="zoon@mail.example"),
        mail("out", party="data subject", address="maria@mail.example"),
        mail("in", party="data subject", address="maria@mail.example"),
        mail("in", party="other", address="buur@mail.example"),
    ]) == [
        "from the requester", "to the data subject", "from the data subject",
        "from buur@mail.example",
    ]  # fmt: skip


def test_the_contract_object_without_parties_reads_as_before():
    assert arrows([mail("in"), mail("out")]) == ["from the requester", "to the requester"]
