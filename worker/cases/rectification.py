"""Art. 16: the correction stated in the mail is kept with the case and applied only by a person
(`gdpr-worker cases rectify`, worker.cases.staff.rectify), after the owner of the address
confirmed the request. A new contact address is a change of who the data belongs to: it is
confirmed from the new address as well, and applied here once that confirmation came."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from worker.cases.rights import Reply, RightContext, RightOutcome, handles, obtain_proof
from worker.datamap import DataMap, DataMapError
from worker.domain import (
    CaseStatus,
    EventKind,
    Flag,
    MessageKind,
    Proof,
    RequestType,
    data_subject_of,
)
from worker.proof import Authorisation
from worker.store import repo
from worker.store.models import Case


def subject_address(case: Case) -> str:
    """Where the company's data of the case's data subject is (staff may have set another
    person than the sender: `cases subject`)."""
    subject = data_subject_of(case.framing, case.requester_email, case.requester_name)
    return subject.email or case.requester_email


def apply_changes(
    session: Session, case: Case, datamap: DataMap, actor: str, changes: dict[str, str], proof: str
) -> list[dict[str, str]]:
    """Write the corrections (`table.field` → value) to the company's data, each an event; the
    fields corrected (never the values), for the reply. DataMapError when one cannot be."""
    applied = []
    for target, value in changes.items():
        table, _, column = target.partition(".")
        try:
            report = datamap.rectify(subject_address(case), table, column, value)
        except DataMapError as exc:
            raise DataMapError(f"{target}: {exc}") from None
        applied.append({"table": table, "field": column})
        repo.add_event(
            session,
            case,
            actor,
            EventKind.RECTIFIED,
            table=table,
            field=column,
            report=report,
            proof=proof,
        )
    case.flags = [f for f in case.flags if f != Flag.RECTIFICATION_PENDING.value]
    case.proposed_rectification = {}
    return applied


def labelled(datamap: DataMap, changes: list[dict[str, str]], lang: str) -> list[dict[str, str]]:
    """The fields corrected as the reply names them: the data map's labels in `lang` (the
    field's and its table's), never the column names where the map has a label."""
    out = []
    for change in changes:
        field, table = datamap.field_labels(change["table"], change["field"], lang)
        out.append({"table": table, "field": field})
    return out


@handles(RequestType.RECTIFICATION)
def rectification(ctx: RightContext) -> RightOutcome:
    """A change of contact address a person approved and both addresses confirmed is applied;
    otherwise the case waits (for the new address, or for the person who applies it)."""
    pending: dict[str, Any] = (ctx.case.proposed_rectification or {}).get("contact_change") or {}
    if pending and not pending.get("confirmed_at"):
        return RightOutcome(done=False, status=CaseStatus.AWAITING_CONFIRMATION)
    if pending:
        proof = "mailbox_confirmation (old and new address) + staff_approval"
        actor = f"handler:{ctx.right.value}"
        applied = apply_changes(
            ctx.session, ctx.case, ctx.datamap, actor, pending["changes"], proof
        )
        lang = ctx.app.replies.language_of(ctx.case).value
        lang_labels = labelled(ctx.datamap, applied, lang)
        return RightOutcome(
            done=True,
            replies=[Reply(MessageKind.RESPONSE, "rectification_done", {"changes": lang_labels})],
            detail={"fields": [f"{c['table']}.{c['field']}" for c in applied]},
        )
    return obtain_proof(
        ctx, Authorisation(False, next_proof=Proof.STAFF_APPROVAL, missing=(Proof.STAFF_APPROVAL,))
    )
