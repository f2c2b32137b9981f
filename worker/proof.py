"""Proof proportionate to harm: which proof each right needs before it is carried out. Pure.

A mail's From line proves nothing by itself: anyone can write any address there. What can be
proven about the person behind a request:

- `sender_authenticated`: our own receiving server authenticated the From domain (DMARC pass,
  aligned; worker.sender_trust) for the mail that opened the case;
- `mailbox_confirmation`: the owner of the address answered our confirmation mail with the code
  it carried, typed in their own text (worker.confirmation);
- `staff_approval`: a person of the privacy office looked at the case (its ID copy, the mail,
  the company's records) and approved it.

A request for another person (a representative, a request passed on, once staff set the data
subject, `cases subject`): what the sender proved is about the sender, not about the person
whose data it is. Their authentication and their mailbox confirmation then count for nothing;
only a person who checked the mandate (`staff_approval`) lets the rights go ahead.

An ID copy is evidence a person weighs, never a proof here: a copy proves little about who sent
it (EDPB Guidelines 01/2022 on the right of access, paragraphs 73-78).

The policy (config/policy.yaml, `proof:`) lists, per request type, the combinations of proofs
that suffice; any one combination is enough. `authorise` tells whether a right may go ahead now
and, if not, the next proof to obtain: first the mailbox confirmation (so staff see a confirmed
request), then a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from worker.domain import Proof


@dataclass(frozen=True)
class Evidence:
    """What has been proven on a case so far."""

    sender_authenticated: bool = False
    mailbox_confirmed: bool = False
    staff_approved: bool = False
    # the data subject is not the sender: the sender's own proofs prove nothing about them
    for_another_person: bool = False

    @property
    def proofs(self) -> frozenset[Proof]:
        own = not self.for_another_person
        held = {
            Proof.SENDER_AUTHENTICATED: own and self.sender_authenticated,
            Proof.MAILBOX_CONFIRMATION: own and self.mailbox_confirmed,
            Proof.STAFF_APPROVAL: self.staff_approved,
        }
        return frozenset(p for p, ok in held.items() if ok)


@dataclass(frozen=True)
class Authorisation:
    """`allowed`: go ahead, resting on `basis`. Otherwise `next_proof` is what to obtain next
    (a confirmation mail, or a person), and `missing` every proof of the nearest combination."""

    allowed: bool
    basis: tuple[Proof, ...] = ()
    next_proof: Proof | None = None
    missing: tuple[Proof, ...] = ()

    def describe(self) -> str:
        if self.allowed:
            return " + ".join(p.value for p in self.basis) or "none needed"
        return "missing " + " + ".join(p.value for p in self.missing)


# The order in which missing proofs are asked for: the requester first, then a person.
_ASK_ORDER = (Proof.SENDER_AUTHENTICATED, Proof.MAILBOX_CONFIRMATION, Proof.STAFF_APPROVAL)


def authorise(alternatives: tuple[frozenset[Proof], ...], evidence: Evidence) -> Authorisation:
    """Whether `evidence` satisfies one of `alternatives` (each a set of proofs that together
    suffice). With none satisfied, the nearest alternative the requester can still complete
    says what to ask for next; a sender's authentication cannot be obtained afterwards."""
    held = evidence.proofs
    if evidence.for_another_person:
        # a person checked the mandate, or nothing goes ahead: the sender cannot prove it
        if Proof.STAFF_APPROVAL in held:
            return Authorisation(True, basis=(Proof.STAFF_APPROVAL,))
        return Authorisation(
            False, next_proof=Proof.STAFF_APPROVAL, missing=(Proof.STAFF_APPROVAL,)
        )
    satisfied = [alt for alt in alternatives if alt <= held]
    if satisfied:
        basis = min(satisfied, key=len)
        return Authorisation(True, basis=tuple(p for p in _ASK_ORDER if p in basis))
    reachable = [alt for alt in alternatives if Proof.SENDER_AUTHENTICATED in held or
                 Proof.SENDER_AUTHENTICATED not in alt]  # fmt: skip
    if not reachable:
        return Authorisation(False, next_proof=None, missing=())
    nearest = min(reachable, key=lambda alt: (len(alt - held), sorted(alt - held)))
    missing = tuple(p for p in _ASK_ORDER if p in nearest - held)
    return Authorisation(False, next_proof=missing[0], missing=missing)
