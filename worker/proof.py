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
whose data it is. Their authentication and their mailbox confirmation then count for nothing.
A person who checked the mandate (`staff_approval`) lets a disclosure go ahead; a right the
policy has the owner of the address confirm (erasure, restriction, objection, rectification)
needs the DATA SUBJECT's own mailbox confirmation as well (`mailbox_confirmed` then means a
reply from the data subject's address), so that a forged "on behalf of" mail and one click
never erase anyone's data. Without an address of the data subject that confirmation cannot be
asked for: such a right waits for staff, saying so (`Authorisation.reason`). A right the policy
lets go ahead on nothing (an opt-out, a complaint) needs nothing here either.

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
    # the data subject is not the sender: the sender's own proofs prove nothing about them;
    # `mailbox_confirmed` is then the data subject's confirmation, from their own address
    for_another_person: bool = False
    # for another person: staff gave the data subject's address, where a code can be sent
    subject_address_known: bool = True

    @property
    def proofs(self) -> frozenset[Proof]:
        own = not self.for_another_person
        held = {
            Proof.SENDER_AUTHENTICATED: own and self.sender_authenticated,
            Proof.MAILBOX_CONFIRMATION: self.mailbox_confirmed,
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
    reason: str = ""  # why it waits, for staff, when the proofs alone do not say it

    def describe(self) -> str:
        if self.allowed:
            return " + ".join(p.value for p in self.basis) or "none needed"
        return "missing " + " + ".join(p.value for p in self.missing)


# Why a change for another person waits when their address is unknown (cases show, console).
NEEDS_SUBJECT_ADDRESS = (
    "needs the data subject's confirmation: set their address with cases subject --email"
)


# The order in which missing proofs are asked for: the requester first, then a person.
_ASK_ORDER = (Proof.SENDER_AUTHENTICATED, Proof.MAILBOX_CONFIRMATION, Proof.STAFF_APPROVAL)


def authorise(alternatives: tuple[frozenset[Proof], ...], evidence: Evidence) -> Authorisation:
    """Whether `evidence` satisfies one of `alternatives` (each a set of proofs that together
    suffice). With none satisfied, the nearest alternative the requester can still complete
    says what to ask for next; a sender's authentication cannot be obtained afterwards."""
    held = evidence.proofs
    if evidence.for_another_person:
        return _for_another_person(alternatives, evidence, held)
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


def _for_another_person(
    alternatives: tuple[frozenset[Proof], ...], evidence: Evidence, held: frozenset[Proof]
) -> Authorisation:
    """The rule for a request about another person than the sender: nothing for what needs
    nothing; a person who checked the mandate for a disclosure; the data subject's own mailbox
    confirmation and that person for whatever the policy has the owner of the address confirm
    (the data subject is asked first, so that staff see a confirmed request)."""
    if any(not alt for alt in alternatives):
        return Authorisation(True, basis=())
    needed = {Proof.STAFF_APPROVAL}
    if any(Proof.MAILBOX_CONFIRMATION in alt for alt in alternatives):
        needed.add(Proof.MAILBOX_CONFIRMATION)
    if needed <= held:
        return Authorisation(True, basis=tuple(p for p in _ASK_ORDER if p in needed))
    missing = tuple(p for p in _ASK_ORDER if p in needed - held)
    if Proof.MAILBOX_CONFIRMATION in missing and not evidence.subject_address_known:
        # no address to send the data subject a code: a person must give it first; an
        # approval alone never lets this go ahead
        return Authorisation(
            False, next_proof=Proof.STAFF_APPROVAL, missing=missing, reason=NEEDS_SUBJECT_ADDRESS
        )
    return Authorisation(False, next_proof=missing[0], missing=missing)
