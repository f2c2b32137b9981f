"""Does a reply deny the request? "I never asked for this", "not me", "do not delete anything",
or a bare "no", in the languages people answer us in. Pure; reads only the sender's new text.

A denial from the owner of the address cancels the case: something was asked in their name that
they did not ask for, so nothing is done and staff look at it (flag `disputed`).
"""

from __future__ import annotations

import re
import unicodedata

_MAX_CHARS = 4000  # a denial is said in the first lines; a long text is read from its start

_PATTERNS = {
    "en": [
        r"\b(i|we)\s+(have\s+|had\s+)?(never|not|didn'?t|did\s+not|haven'?t)\s+"
        r"(ever\s+)?(ask|request|sen[dt]|writ|wrote|ma[dk]e|submit|appl)\w*\b",
        r"\bnever\s+(ask|request|sen[dt])\w*\b",
        r"\b(this|that|it)\s+(was|is|wasn'?t|isn'?t)\s+(not\s+)?(from\s+)?me\b",
        r"\bnot\s+(from\s+)?me\b",
        r"\b(do\s+not|don'?t|please\s+don'?t|never)\s+(delete|erase|remove|change|restrict)\b",
        r"\b(delete|erase|remove|change)\s+nothing\b",
        r"\bcancel\s+(it|this|that|the\s+request)\b",
        r"\b(someone|somebody)\s+else\b.*\b(asked|sent|request)",
        r"\b(fraud|fraudulent|scam|phishing|impersonat\w*|identity\s+theft)\b",
    ],
    "nl": [
        r"\b(ik\s+)?(heb|hebben)\s+(dit|dat|het|niets|nooit|niet)\s+(\w+\s+){0,2}"
        r"(gevraagd|aangevraagd|verzocht|gestuurd)\b",
        r"\bnooit\s+(gevraagd|aangevraagd|verzocht)\b",
        r"\bniet\s+(door\s+mij|van\s+mij|mijn\s+verzoek)\b",
        r"\b(dat|dit)\s+was\s+ik\s+niet\b",
        r"\b(niet|niets)\s+(verwijderen|wissen|schrappen|wijzigen|beperken)\b",
        r"\b(verwijder|wis)\s+(niets|niet)\b",
        r"\b(annuleer|annuleren|trek)\s+(het|dit|dat|mijn|dat)\s+(verzoek|aanvraag)\b",
        r"\b(fraude|oplichting|phishing|identiteitsfraude)\b",
    ],
    "fr": [
        r"\bje\s+n'?(ai|avais)\s+(jamais|pas|rien)\s+(\w+\s+){0,2}"
        r"(demand[ée]|envoy[ée]|sollicit[ée]|fait)\b",
        r"\bjamais\s+demand[ée]\b",
        r"\bce\s+n'?(est|était)\s+pas\s+moi\b",
        r"\bpas\s+de\s+ma\s+part\b",
        r"\bne\s+(supprimez|effacez|modifiez|changez|limitez)\s+(rien|pas)\b",
        r"\b(annulez|annuler)\s+(la|cette|ma)\s+demande\b",
        r"\b(fraude|arnaque|usurpation|hame[çc]onnage|phishing)\b",
    ],
    "de": [
        r"\bich\s+habe\s+(das|dies|nichts|es|keinen?\s+\w+)\s+(\w+\s+){0,2}"
        r"(beantragt|angefordert|verlangt|geschickt|gesendet|angefragt)\b",
        r"\b(nie|niemals|nicht)\s+(beantragt|angefordert|verlangt|angefragt)\b",
        r"\b(das|dies)\s+war\s+(ich\s+)?nicht\s*(ich)?\b",
        r"\bnicht\s+von\s+mir\b",
        r"\b(nicht|nichts)\s+(l[öo]schen|entfernen|[äa]ndern|einschr[äa]nken)\b",
        r"\b(brechen|stornieren)\s+sie\s+(den|diesen|meinen)\s+antrag\b",
        r"\b(betrug|identit[äa]tsdiebstahl|phishing)\b",
    ],
    # Languages we do not write in, but in which people answer (the attacks came in these too).
    "it": [
        r"\bnon\s+ho\s+(mai\s+)?(chiesto|richiesto|inviato)\b",
        r"\bnon\s+(sono\s+stat[oa]\s+io|ero\s+io)\b",
        r"\bnon\s+(cancellate|eliminate|cancellare|eliminare)\b",
    ],
    "es": [
        r"\b(no|nunca)\s+(he|hemos)\s+(pedido|solicitado|enviado)\b",
        r"\bno\s+(fui|he\s+sido)\s+yo\b",
        r"\bno\s+(borren|borr[eé]is|eliminen|borrar|eliminar)\b",
    ],
}
_DENIAL = re.compile("|".join(f"(?:{p})" for ps in _PATTERNS.values() for p in ps), re.IGNORECASE)

# A whole reply that is only a "no".
_BARE_NO = re.compile(
    r"^\W*(no|nee|neen|non|nein|nope|niet|nicht|no\s+thanks?|nee\s+bedankt|non\s+merci)\W*$",
    re.IGNORECASE,
)


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFC", text[:_MAX_CHARS]).replace("\u2019", "'")
    return " ".join(text.split())


def denies_request(new_text: str, subject: str = "", our_subjects: tuple[str, ...] = ()) -> bool:
    """Whether the sender's own words deny having made the request (subject included: people
    write "I DID NOT ASK FOR THIS" there; what a reply copies from `our_subjects` is not theirs)."""
    text = _folded(new_text)
    if _BARE_NO.match(text):
        return True
    if _DENIAL.search(text):
        return True
    subject = re.sub(r"^\s*((re|aw|antw|sv|r|rif|fw|fwd|tr|wg)\s*:\s*)+", "", subject, flags=re.I)
    subject = re.sub(r"\[GDPR-\d{4}-\d{6}\]", " ", subject, flags=re.I)
    for ours in our_subjects:
        ours = re.sub(r"\[GDPR-\d{4}-\d{6}\]", " ", ours, flags=re.I).strip()
        if ours:
            subject = subject.replace(ours, " ")
    return bool(_DENIAL.search(_folded(subject)))
