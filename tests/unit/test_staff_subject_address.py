"""The data subject's address staff type (`cases subject --email`, worker/cases/reading.py): one
mailbox in the canonical form cases compare, never a list. For a request passed on it becomes
the address every reply goes to."""

from __future__ import annotations

import pytest

from worker.cases.reading import _address
from worker.cases.staff import StaffError


@pytest.mark.parametrize(
    "typed",
    [
        "rik@mail.example,piet@other.example",
        "rik@mail.example;piet@other.example",
        "Rik <rik@mail.example>",
        "rik(comment)@mail.example",
        "rik@mail",
        "rik",
        "@mail.example",
        "rik @mail.example",
        "rik@mail.example\r\nBcc: x@y.example",
    ],  # fmt: skip
)
def test_not_one_address_is_refused(typed):
    with pytest.raises(StaffError, match="e-mail address"):
        _address(typed)


def test_one_address_in_the_form_cases_compare():
    assert _address(" Rik.Vos@Mail.Example ") == "rik.vos@mail.example"
    assert _address("jörg@exämple.de") == "jörg@xn--exmple-cua.de"
