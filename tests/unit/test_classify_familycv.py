"""Leave-one-family-out cross-validation (worker.classify.familycv): it reads tuned mails only,
holds families out whole, and describes each type the rules proposed by how it was proposed."""

import pytest

from worker.classify import corpus
from worker.classify.familycv import candidate_features, keeper_cv, tuned, tuned_mails
from worker.classify.reader import read
from worker.domain import RequestType as T


@pytest.fixture(scope="module")
def unread():
    return tuned_mails(read_mail=lambda e: None)  # which mails and families, nothing read


def test_no_held_out_mail_and_no_blind10_letter_is_ever_used(unread):
    splits = {m.example.split for m in unread}
    assert not any(s.startswith("heldout") for s in splits)
    assert "blind10" not in splits
    assert not tuned("heldout") and not tuned("heldout2") and not tuned("blind10")
    assert {"train", "train2", "tuning", "dev", "blind7"} <= splits


def test_a_family_is_one_template_family_or_one_short_mail_split(unread):
    by_family = {}
    for m in unread:
        by_family.setdefault(m.family, set()).add(m.example.split)
    assert all(len(splits) == 1 for splits in by_family.values())
    letters = [m for m in unread if m.corpus == "letters"]
    assert {m.family for m in letters} == {f"letters:{m.example.family}" for m in letters}
    assert {m.family for m in unread if m.corpus == "short"} == {
        f"short:{m.example.split}" for m in unread if m.corpus == "short"
    }
    assert len(by_family) >= 40


ACCESS_WITH_ITEMS = """Dear Sir or Madam,

I hereby request access to my personal data under art. 15 GDPR. Please tell me:
- the purposes of the processing;
- the existence of the right to request rectification or erasure of personal data or \
restriction of processing or to object to such processing;
- the right to lodge a complaint with a supervisory authority.

Kind regards,
Jan Peeters"""


def test_every_right_a_letter_cites_is_a_candidate_with_the_role_it_was_found_in():
    reading = read("Access request", ACCESS_WITH_ITEMS)
    assert reading.classification.request_types == (T.ACCESS,)
    found = candidate_features(reading)
    assert {T.ACCESS, T.ERASURE, T.COMPLAINT} <= set(found)
    assert found[T.ACCESS]["kept"] == 1.0 and found[T.ACCESS]["wished"] == 1.0
    for t in (T.ERASURE, T.COMPLAINT):
        assert found[t]["kept"] == 0.0
        assert found[t]["role=information"] == 1.0 and found[t]["list_item"] == 1.0


def test_the_keeper_is_trained_without_the_family_it_reads():
    pytest.importorskip("sklearn")
    chosen = [
        e
        for e in corpus.load()
        if e.split in ("dev", "fresh", "lists") and e.language.value == "en"
    ]
    from worker.classify.familycv import Mail

    mails = [Mail("short", f"short:{e.split}", e, read(e.subject, e.text)) for e in chosen]
    got = keeper_cv(mails)
    assert set(got) == {e.id for e in chosen}
    # it only ever drops what the rules read
    for m in mails:
        assert set(got[m.example.id]) <= set(m.reading.classification.request_types)
