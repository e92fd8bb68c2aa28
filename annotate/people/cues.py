"""What single words say about a name: the word lists of models/people_cues.tsv,
models/person_nouns.tsv, models/given_names.tsv, models/surnames.tsv, models/feature_heads.tsv,
models/street_suffixes.tsv and models/eponym_compounds.tsv (Cues), the determiners that mark a
thing, and which tokens can be part of a name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..resources import person_nouns, read_column, read_table

DETERMINERS = {"the", "a", "an"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class Cues:
    """Word lists from models/people_cues.tsv (see its header)."""

    org_words: frozenset[str]  # a name holding one is an organisation or place
    thing_nouns: frozenset[str]  # a noun right before a name that says it is a thing or animal
    particles: frozenset[str]  # lower-case words inside names ("van der Linden", "bin Nasser")
    postnominals: frozenset[str] = frozenset()  # letters after a name ("FRS", "DBE", "Jr." not)
    person_nouns: frozenset[str] = frozenset()  # models/person_nouns.tsv ("geologist", "daughter")
    kin_groups: frozenset[str] = frozenset()  # "the Bernoulli family": a family, not a person
    place_prefixes: frozenset[str] = frozenset()  # "St. Paul", "Mount Kenya", "Wat Arun": places
    place_nouns: frozenset[str] = frozenset()  # "the island of X", "the town of X": places
    deities: frozenset[str] = frozenset()  # "God", "Allah": names of God, people in copy
    given_names: frozenset[str] = frozenset()  # models/given_names.tsv ("Chad", "Sophie")
    surnames: frozenset[str] = frozenset()  # models/surnames.tsv, lower case ("mccombs")
    legal_forms: frozenset[str] = frozenset()  # "Inc.", "AB", "N.V.": a company's legal form
    proper_person_nouns: frozenset[str] = frozenset()  # person nouns WordNet capitalises ("hun")
    possessions: frozenset[str] = frozenset()  # "X's death", "X's wife": only people have them
    person_verbs: frozenset[str] = frozenset()  # "X died", "X married": only people do them
    vocatives: frozenset[str] = frozenset()  # "thank you", "look": before a name addressed
    namesake_heads: frozenset[str] = frozenset()  # "King Day", "Hussein Bridge": named after
    feature_heads: frozenset[str] = frozenset()  # "Hale Dam", "Ruiz Conservatory": named after
    street_suffixes: frozenset[str] = frozenset()  # "Main St", "Lincoln Ave.": a street
    eponym_compounds: frozenset[str] = frozenset()  # "doppler effect": a term, no person


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The Cues of models/people_cues.tsv, read once per process."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in read_table("people_cues.tsv"):
        kinds[row["kind"]].add(row["word"])
    nouns = person_nouns()
    # An animal is no person: "the gorilla Koko", "Koko, a lowland gorilla," (animal_nouns.tsv).
    animals = {row["lemma"] for row in read_table("animal_nouns.tsv")}
    return Cues(frozenset(kinds["org_word"]), frozenset(kinds["thing_noun"]) | animals,
                frozenset(kinds["particle"]), frozenset(kinds["postnominal"]),
                frozenset(lemma for lemma, _ in nouns),
                frozenset(kinds["kin_group"]), frozenset(kinds["place_prefix"]),
                frozenset(kinds["place_noun"]), frozenset(kinds["deity"]),
                frozenset(read_column("given_names.tsv")), frozenset(ranked_surnames()),
                frozenset(kinds["legal_form"]),
                frozenset(lemma for lemma, proper in nouns if proper == "yes"),
                frozenset(kinds["possession"]), frozenset(kinds["person_verb"]),
                frozenset(kinds["vocative"]), frozenset(kinds["namesake_head"]),
                frozenset(read_column("feature_heads.tsv")),
                frozenset(read_column("street_suffixes.tsv")),
                frozenset(f"{row['name']} {row['noun']}"
                          for row in read_table("eponym_compounds.tsv")))


@lru_cache(maxsize=1)
def ranked_surnames() -> list[str]:
    """The 88,799 surnames of models/surnames.tsv in lower case, by rank, read once per
    process for the Cues and the most frequent ones (words.top_surnames)."""
    return read_column("surnames.tsv", lower=True)


def is_name_token(token: Token) -> bool:
    """A capitalised proper noun that is not part of a date or number ("Thursday")."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in _NOT_NAMES
            and (token.is_alpha or "-" in token.text or is_particle_prefix(token)))


def is_particle_prefix(token: Token) -> bool:
    """An Irish or French elided prefix split off by the tokenizer: "O'" or "D'" ("O' Leary")."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] in "'’"


def census_word_in_capitals(token: Token, cues: Cues) -> bool:
    """A word of a line in capitals that is a census given name or surname and no stop word,
    whatever the tagger calls it: capitals hide the case that tells a name, so the tagger reads
    "CAPTAIN LENA HOLT TAKES COMMAND" with "HOLT" a verb."""
    return token.is_upper and token.is_alpha and len(token) > 1 and not token.is_stop \
        and token.sent.text.isupper() \
        and (token.text.title() in cues.given_names or token.lower_ in cues.surnames)
