"""Art. 16: the correction stated in the mail is kept with the case and applied only by a person
(`gdpr-worker cases rectify`, worker.cases.staff.rectify), after the owner of the address
confirmed the request; a new contact address is confirmed at the new address as well."""

from __future__ import annotations

from worker.cases.rights import RightContext, RightOutcome, handles, obtain_proof
from worker.domain import Proof, RequestType
from worker.proof import Authorisation


@handles(RequestType.RECTIFICATION)
def rectification(ctx: RightContext) -> RightOutcome:
    """Everything the requester can prove is proven: the case waits for the person who applies
    the correction (nothing automatic changes data here)."""
    return obtain_proof(
        ctx, Authorisation(False, next_proof=Proof.STAFF_APPROVAL, missing=(Proof.STAFF_APPROVAL,))
    )
