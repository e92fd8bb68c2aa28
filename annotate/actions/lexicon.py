"""The action trigger lexicon (``models/actions.tsv``): which words code which events.

The file's header documents the columns and the project's coding conventions; this module only
reads the rows and picks the row that applies to a token in its sentence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..people.cues import load_cues
from ..resources import read_table

NO_EVENT = "-"  # the cameo of a row that says a sense of the word is no event


@dataclass(frozen=True)
class TriggerRule:
    lemma: str
    pos: str  # VERB or NOUN
    particle: str  # required verb particle ("off" in "call off"), or ""
    objects: frozenset[str]  # lemmas one of which the trigger's object must have; empty = any
    # ("=talk": only as its direct object or infinitive, not as a prepositional object)
    plover: str | None
    mode: str | None
    cameo: str
    future_cameo: str | None  # the intent (03x) or threat (13x) code when it is announced ahead
    order: int  # row number: the first matching row wins

    def names(self, lemma: str) -> bool:
        """The row's object list names ``lemma``, in either form ("talk" or "=talk")."""
        return lemma in self.objects or f"={lemma}" in self.objects

    @property
    def no_event(self) -> bool:
        """A row that names a sense of the word that reports no event ("met the DEADLINE")."""
        return self.cameo == NO_EVENT

    @cached_property  # read for every row many times per story
    def root(self) -> int:
        """The CAMEO root category, 1-20 (0 for a no-event row)."""
        return 0 if self.no_event else int(self.cameo[:2])

    @property
    def is_cooperative(self) -> bool:
        """Roots 01-08 are (verbal or material) cooperation; 09-20 conflict."""
        return self.root <= 8


# PLOVER's quad class of each event type (PLOVER manual; EVENTS.md section 3).
QUADS = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation", "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict", "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict", "ASSAULT": "material conflict",
}


def quad_of(plover: str | None, cameo: str) -> str:
    """Verbal/material cooperation/conflict; CAMEO statements and appeals (01, 02), which
    PLOVER drops, count as verbal cooperation."""
    if plover in QUADS:
        return QUADS[plover]
    return "verbal cooperation" if int(cameo[:2]) <= 5 else "verbal conflict"


@dataclass(frozen=True)
class Lexicon:
    rules: dict[tuple[str, str], tuple[TriggerRule, ...]]
    particles: dict[tuple[str, str], frozenset[str]]  # particles some row of a lemma requires

    def candidates(self, lemma: str, pos: str) -> tuple[TriggerRule, ...]:
        return self.rules.get((lemma, pos), ())

    @cached_property  # read for every candidate trigger: made once, not per word
    def named(self) -> dict[tuple[str, str], frozenset[str]]:
        """The objects that some row of each (lemma, pos) names; absent: no row names one, so
        no frame key of the word (prep:on, party:dobj, ...) can select among its rows."""
        return {key: frozenset().union(*(row.objects for row in rows))
                for key, rows in self.rules.items() if any(row.objects for row in rows)}

    def select(self, lemma: str, pos: str, particles: set[str], objects: set[str],
               direct: frozenset[str] = frozenset()) -> TriggerRule | None:
        """Return the row for a token: particle rows first, then rows whose object matches
        (those matching a ``direct`` object, the verb's own, before those matching only an
        adjunct phrase: "suspended AID because of the fighting" is about aid), then rows with
        no object constraint; file order within each."""
        rows = self.candidates(lemma, pos)
        if not rows:
            return None
        listed = self.particles.get((lemma, pos), frozenset())
        present = particles & listed
        if present:
            usable = [r for r in rows if r.particle in present]
        else:
            usable = [r for r in rows if not r.particle]
        constrained = [r for r in usable if r.objects and r.objects & objects]
        if constrained:
            return next((r for r in constrained if r.objects & direct), constrained[0])
        free = [r for r in usable if not r.objects]
        return free[0] if free else None


# Rows derived from published sources, read after the curated lexicon; they only add words it
# lacks (models/tools/ holds the scripts that make them, each file's header says how).
SUPPLEMENTS = ("actions_wordnet.tsv", "actions_petrarch.tsv")
# Curated rows kept in files of their own, read with actions.tsv as part of it (each file's
# header says where its rows come from): particle verbs and light verb + event noun phrases.
EXTENSIONS = ("actions_phrasal.tsv",)


@lru_cache(maxsize=4)
def load_lexicon(name: str = "actions.tsv",
                 supplements: tuple[str, ...] = SUPPLEMENTS,
                 extensions: tuple[str, ...] = EXTENSIONS) -> Lexicon:
    """Read the trigger lexicon once per process: the curated file and its extensions, then
    its supplements, whose rows for a word the curated rows have are ignored."""
    rules: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
    particles: dict[tuple[str, str], set[str]] = defaultdict(set)
    curated = read_table(name) + [row for extension in extensions
                                  for row in read_table(extension)]
    listed = {(row["lemma"].lower(), row["pos"].upper()) for row in curated}
    extra = [row for supplement in supplements for row in read_table(supplement)
             if (row["lemma"].lower(), row["pos"].upper()) not in listed]
    for order, row in enumerate(curated + extra):
        rule = TriggerRule(
            lemma=row["lemma"].lower(), pos=row["pos"].upper(), particle=row["particle"].lower(),
            objects=frozenset(o.strip().lower() for o in row["object"].split("|") if o.strip()),
            plover=row["plover"] or None, mode=row["mode"] or None, cameo=row["cameo"],
            future_cameo=row.get("future_cameo") or None, order=order)
        rules[(rule.lemma, rule.pos)].append(rule)
        if rule.particle:
            particles[(rule.lemma, rule.pos)].add(rule.particle)
    return Lexicon(rules={key: tuple(value) for key, value in rules.items()},
                   particles={key: frozenset(value) for key, value in particles.items()})


@lru_cache(maxsize=2)
def load_domestic_groups(name: str = "actions_domestic.tsv") -> dict[str, str]:
    """Domestic group nouns (``models/actions_domestic.tsv``): lemma -> kind (government,
    state, civil or military). The file's header says how the actions layer uses them."""
    return {row["lemma"].lower(): row["kind"].lower() for row in read_table(name)}


# Kinds of person named by a relation to another party, which in diplomatic copy name states as
# often as people ("charging ITS NEIGHBOR with", "a close PARTNER", "the HOST of the talks").
RELATIONAL_NOUNS = frozenset({"neighbor", "neighbour", "friend", "rival", "partner", "adversary",
                              "opponent", "foe", "host", "guest", "member"})


@lru_cache(maxsize=1)
def listed_people_nouns() -> frozenset[str]:
    """The hand list of person and crowd nouns, models/people_nouns.tsv ("tourist",
    "diplomat", "mob")."""
    return frozenset(row["lemma"].lower() for row in read_table("people_nouns.tsv"))


def load_people_nouns() -> frozenset[str]:
    """Nouns whose object or subject names people (the lexicon's ``party:people`` frame, and a
    target when no named party is found): the word family of models/people_nouns.tsv and the
    common nouns whose most frequent WordNet sense is a kind of person
    (models/person_nouns.tsv, generated from WordNet 3.0), but for ``RELATIONAL_NOUNS``."""
    cues = load_cues()  # the people layer's reading of person_nouns.tsv, made once
    return listed_people_nouns() | (cues.person_nouns - cues.proper_person_nouns - RELATIONAL_NOUNS)
