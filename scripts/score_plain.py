"""Score the plain-requests checklist (tests/classify_corpus/plain/) and list what it misses:
`python scripts/score_plain.py`."""

from worker.classify.corpus import DEFAULT_DIR, load
from worker.classify.evaluate import evaluate


def main() -> None:
    report = evaluate(load(DEFAULT_DIR / "plain"))
    print(
        f"plain checklist: {len(report.results)} mails, exact {report.exact_match:.3f}, "
        f"language {report.language_accuracy:.3f}, erasures where none {len(report.false_erasures)}"
    )
    for r in report.wrong:
        e = r.example
        want = ",".join(t.value for t in e.types) or "-"
        got = ",".join(t.value for t in r.got.request_types) or "-"
        print(f"  {e.id} want {want}; got {got} ({r.got.confidence:.2f})")


if __name__ == "__main__":
    main()
