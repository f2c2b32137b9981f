"""Printed words that identity documents carry: pure text matching.

The Belgian eID prints its title and the country in Dutch, French, German and English; other EU
identity cards and passports print theirs in the national language and usually in English too.
Markers only support the machine-readable zone; on their own they verify nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ID_CARD = (
    # Belgium (nl, fr, de, en), the Netherlands, Luxembourg, France, Germany, Austria
    "IDENTITEITSKAART",
    "CARTE D IDENTITE",
    "CARTE NATIONALE D IDENTITE",
    "PERSONALAUSWEIS",
    "IDENTITY CARD",
    "IDENTITATSKARTE",
    "IDENTITEITSBEWIJS",
    # residence cards for foreigners also identify the holder in Belgium
    "VREEMDELINGENKAART",
    "CARTE D ETRANGER",
    "VERBLIJFSKAART",
    "TITRE DE SEJOUR",
    "AUFENTHALTSTITEL",
    "RESIDENCE PERMIT",
    "RESIDENCE CARD",
    # other EU languages
    "CARTA D IDENTITA",
    "DOCUMENTO NACIONAL DE IDENTIDAD",
    "DOCUMENTO DE IDENTIDADE",
    "CARTAO DE CIDADAO",
    "DOWOD OSOBISTY",
    "OBCANSKY PRUKAZ",
    "OBCIANSKY PREUKAZ",
    "SZEMELYAZONOSITO IGAZOLVANY",
    "CARTE DE IDENTITATE",
    "LICNA KARTA",
    "OSOBNA ISKAZNICA",
    "OSEBNA IZKAZNICA",
    "ASMENS TAPATYBES KORTELE",
    "PERSONAS APLIECIBA",
    "ISIKUTUNNISTUS",
    "HENKILOKORTTI",
    "IDENTITETSKORT",
    "NATIONELLT IDENTITETSKORT",
    "LICHNA KARTA",
    "DELTIO TAFTOTITAS",
)
_PASSPORT = (
    "PASPOORT",
    "PASSEPORT",
    "REISEPASS",
    "PASSPORT",
    "PASAPORTE",
    "PASSAPORTE",
    "PASSAPORTO",
    "PASZPORT",
    "CESTOVNI PAS",
    "CESTOVNY PAS",
    "UTLEVELEK",
    "PASAPORT",
    "PUTOVNICA",
    "POTNI LIST",
    "PASAS",
    "PASE",
    "PASS",
    "PASSI",
)
_COUNTRY = (
    "BELGIE",
    "BELGIQUE",
    "BELGIEN",
    "BELGIUM",
    "KONINKRIJK BELGIE",
    "ROYAUME DE BELGIQUE",
    "EUROPESE UNIE",
    "UNION EUROPEENNE",
    "EUROPAISCHE UNION",
    "EUROPEAN UNION",
    "NEDERLAND",
    "LUXEMBOURG",
    "REPUBLIQUE FRANCAISE",
    "BUNDESREPUBLIK DEUTSCHLAND",
)
# Field labels printed on the Belgian card (nl / fr / de / en).
_FIELDS = (
    "NAAM",
    "VOORNAMEN",
    "PRENOMS",
    "VORNAMEN",
    "GIVEN NAMES",
    "SURNAME",
    "GEBOORTEDATUM",
    "DATE DE NAISSANCE",
    "GEBURTSDATUM",
    "DATE OF BIRTH",
    "GELDIG TOT",
    "VALABLE JUSQU",
    "GULTIG BIS",
    "VALID UNTIL",
    "DATE OF EXPIRY",
    "NATIONALITEIT",
    "NATIONALITE",
    "NATIONALITY",
    "KAARTNR",
    "CARD NO",
)


def normalise(text: str) -> str:
    """Upper-case ASCII, punctuation as single spaces: "CARTE D'IDENTITÉ" → "CARTE D IDENTITE"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).upper()
    return " " + re.sub(r"[^A-Z0-9]+", " ", plain).strip() + " "


def _found(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    return tuple(w for w in words if f" {w} " in text)


@dataclass(frozen=True)
class Markers:
    id_card: tuple[str, ...]
    passport: tuple[str, ...]
    country: tuple[str, ...]
    fields: tuple[str, ...]

    @property
    def document_kind(self) -> str:
        """ "id_card", "passport" or "" from the printed titles alone."""
        if len(self.id_card) > len(self.passport):
            return "id_card"
        if self.passport and len(self.passport) >= len(self.id_card):
            return "passport"
        return ""

    @property
    def looks_like_identity_document(self) -> bool:
        titles = len(self.id_card) + len(self.passport)
        return titles >= 1 and (titles + len(self.country) + len(self.fields)) >= 2


def find_markers(text: str) -> Markers:
    norm = normalise(text)
    # "PASS", "PASE" and the like are only titles next to another title or a country
    passport = _found(_PASSPORT, norm)
    strong = tuple(p for p in passport if len(p) > 5)
    if not strong and not _found(_COUNTRY, norm):
        passport = ()
    return Markers(
        id_card=_found(_ID_CARD, norm),
        passport=passport,
        country=_found(_COUNTRY, norm),
        fields=_found(_FIELDS, norm),
    )
