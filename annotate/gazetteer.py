"""Countries and organisations as news names them: names, demonyms, capitals, institutions.

Official names and ISO 3166-1 codes come from ``pycountry``; ``models/groups.tsv`` (generated from
PETRARCH-2's Phoenix actor dictionaries) adds armed groups with their country ("Boko Haram" ->
NGA) and international bodies ("UNHCR" -> IGO); ``models/countries.tsv`` adds what news copy uses
beside them ("U.S.", "Russian", "Moscow", "the Kremlin", "NATO"). They are read in that order, so
on a clash the curated file wins over the generated one, and both over pycountry. The people
layer uses the gazetteer for affiliations and the actions layer for actor and target countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .resources import read_table

if TYPE_CHECKING:
    from spacy.tokens import Span

_SPACE = re.compile(r"\s+")
# Codes of bodies that are no state, as the first three letters of a CAMEO actor code:
# intergovernmental and non-governmental organisations, and international militarized groups.
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG"})
# A dateline writes the city in capitals ("MOSCOW (AP) —"), so capitals match too.
_MAX_ALIAS_TOKENS = 6
US_CODE = "USA"


def _normalise(phrase: str) -> str:
    phrase = _SPACE.sub(" ", phrase).strip()
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    return phrase


@dataclass(frozen=True)
class Gazetteer:
    """Maps an alias (case-sensitive, or its all-capitals form) to a country or group code."""

    codes: dict[str, str]
    kinds: dict[str, str]

    def lookup(self, phrase: str) -> str | None:
        """Return the code for a phrase that is exactly one alias, else None."""
        return self.codes.get(_normalise(phrase))

    def kind(self, phrase: str) -> str | None:
        """Return the alias kind (name, short, demonym, capital, institution, organization)."""
        return self.kinds.get(_normalise(phrase))

    def find(self, span: "Span") -> tuple[str, int, int] | None:
        """Return (code, start, end) token indices of the first, longest alias inside ``span``."""
        # the phrases are joined from the tokens' strings: making a Span for each of them
        # cost more than the lookups
        tokens = list(span)
        texts = [token.text for token in tokens]
        spaced = [token.text_with_ws for token in tokens]
        for first in range(len(tokens)):
            for last in range(min(len(tokens), first + _MAX_ALIAS_TOKENS), first, -1):
                phrase = "".join(spaced[first:last - 1]) + texts[last - 1]
                code = self.codes.get(phrase)
                if code is not None:
                    return code, span.start + first, span.start + last
        return None

    def code_in(self, span: "Span") -> str | None:
        """Return the code of the first alias inside ``span``, or None."""
        found = self.find(span)
        return found[0] if found else None

    def dateline_country(self, place: str) -> str | None:
        """The country of a dateline's place: its region's ("LYON, France"; a U.S. state as AP
        writes it after a city, "SAVANNAH, Ga.", is the United States), else its city's
        ("MOSCOW"), or the United States for a U.S. city AP datelines name alone ("ATLANTA");
        None for a place the gazetteer lacks. A region that is also a country's name is the
        country: AP abbreviates "Georgia" the state ("ATLANTA, Ga.")."""
        city, _, region = (part.strip() for part in place.partition(","))
        if not region:
            code = self.lookup(city)
            return US_CODE if code is None and city.lower() in us_dateline_cities() else code
        code = self.lookup(region)
        return code if code is not None or region not in us_states() else US_CODE


@lru_cache(maxsize=1)
def us_dateline_cities() -> frozenset[str]:
    """models/us_dateline_cities.tsv, lower-cased: the U.S. cities AP datelines name alone
    ("ATLANTA (AP)")."""
    return frozenset(row["city"].lower() for row in read_table("us_dateline_cities.tsv"))


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """models/us_states.tsv: the U.S. states' names and AP abbreviations ("Georgia", "Ga.")."""
    return frozenset(word for row in read_table("us_states.tsv") for word in row.values())


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from pycountry, models/groups.tsv and
    models/countries.tsv, each later source winning on a clash."""
    import pycountry

    codes: dict[str, str] = {}
    kinds: dict[str, str] = {}

    def add(alias: str, code: str, kind: str) -> None:
        alias = _normalise(alias)
        # Later sources overwrite earlier ones: the curated list is read last.
        for form in {alias, alias.upper()}:
            codes[form] = code
            kinds[form] = kind

    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                add(name, country.alpha_3, "name")
    for row in read_table("groups.tsv"):
        add(row["alias"], row["code"], row["kind"])
    for row in read_table("countries.tsv"):
        add(row["alias"], row["code"], row["kind"])
    return Gazetteer(codes=codes, kinds=kinds)
