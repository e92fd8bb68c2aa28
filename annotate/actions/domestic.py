"""Domestic groups (``models/actions_domestic.tsv``): parties that take their country from the
story rather than from their name.

Students, police, the opposition or lawmakers have no country of their own; the file's three
rules give them one: the place of the clause ("students rallied IN JAKARTA"), the counterpart
(a government against its own opposition, police against protesters), and the actor's own
country as the target of a domestic code (a hunger strike, a curfew). A government's street
"protest" is a diplomatic protest (ACCUSE).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..gazetteer import NON_STATE_CODES, Gazetteer
from . import parties, phrases
from .action import Action, Party, words_of
from .context import StoryContext
from .lexicon import quad_of
from .targets import MISSION_NOUNS

# Codes whose parties are in one country by definition (models/actions_domestic.tsv, rule 3):
# protests, administrative sanctions and their lifting, crowd control.
_DOMESTIC_CODES = ("14", "1721", "1722", "1723", "1724", "1321", "1322", "1323", "1324", "0813",
                   "0814", "175")
HOME_GROUPS = ("government", "state", "civil")  # groups that take a country from the context
_STATE_ALIASES = ("name", "short", "capital", "institution")  # gazetteer kinds naming a state
_PLACE_ALIASES = _STATE_ALIASES + ("place",)  # ... or a place in it ("rallied IN KIRKUK")


class DomesticRules:
    """The three rules of ``models/actions_domestic.tsv`` and the kind of a party's group."""

    def __init__(self, gazetteer: Gazetteer, groups: dict[str, str]) -> None:
        self.gazetteer = gazetteer
        self.groups = groups

    def finish(self, context: StoryContext, token: Token, clause_verb: Token, base: Action,
               actor: Party | None, target: Party | None) -> Action:
        """One action of the trigger: a government's street-protest trigger is a diplomatic
        protest, and domestic groups get the country the story places them in."""
        doc = context.doc
        actor_kind = self._group_kind(doc, actor)
        if base.cameo == "141" and actor is not None and (
                actor_kind == "government" or self.gazetteer.kind(actor.text) in _STATE_ALIASES):
            # "Russia protested to Japan", "the ministry lodged a protest": ACCUSE, not a rally
            base = replace(base, cameo="114", plover="ACCUSE", mode="disapprove",
                           quad=quad_of("ACCUSE", "114"))
        actor, target = self._domestic_parties(context, token, clause_verb, base, actor,
                                               actor_kind, target)
        return replace(base, actor=actor, target=target)

    def _domestic_parties(self, context: StoryContext, token: Token, clause_verb: Token,
                          base: Action, actor: Party | None, actor_kind: str | None,
                          target: Party | None) -> tuple[Party | None, Party | None]:
        """The three rules of models/actions_domestic.tsv: place, counterpart, domestic code."""
        doc, cameo = context.doc, base.cameo
        target_kind = self._group_kind(doc, target)
        domestic = cameo.startswith(_DOMESTIC_CODES)
        # 1. place: "students demonstrated IN JAKARTA"; not a titled person, unless the code
        # is domestic: leaders travel, and the place of a visit or a meeting is the host's
        # ("Former President Carter met Scholz IN BERLIN" is no German act)
        actor_home = actor_kind in HOME_GROUPS and (domestic or actor.person is None)
        target_home = target_kind in HOME_GROUPS and (domestic or target.person is None)
        if (actor_home and actor.country is None) or (target_home and target.country is None):
            # ... or as the location reads it ("in the KENYAN capital")
            place = self._place_country(token, clause_verb) or (
                base.location.country if base.location is not None else None)
            if place is not None:
                if actor_home and actor.country is None:
                    actor = replace(actor, country=place)
                if target_home and target.country is None:
                    target = replace(target, country=place)
        # 2. counterpart: a government against its own opposition, police against protesters;
        # not a mission abroad ("students protested outside the U.S. EMBASSY" are not American)
        if actor is not None and target is not None and not self._is_mission(doc, target):
            if target.country is None and actor.country is not None and (
                    (target_kind == "civil" and (actor_kind in ("government", "state") or domestic))
                    or (target_kind in ("government", "state") and actor_kind == "civil")
                    or (domestic and target_kind in HOME_GROUPS)):
                target = replace(target, country=actor.country)
            elif actor.country is None and target.country is not None and (
                    (actor_kind == "civil" and target_kind in ("government", "state"))
                    or (actor_kind in ("government", "state") and target_kind == "civil")
                    or (domestic and actor_kind in HOME_GROUPS)
                    or (cameo.startswith("14") and actor.person is None and (
                        target.person is not None or target_kind in ("government", "state")))):
                # ... and people who protest against a government or its officials, whoever
                # they are ("fundamentalists began a hunger strike to demand the resignation
                # of the ALGERIAN president"): a protest is made at home
                actor = replace(actor, country=target.country)
        # 1b. with no place in the clause and no counterpart, the dateline's country ("NAIROBI,
        # Kenya (AP) -- Police arrested ...")
        if context.home_country is not None and not self._abroad(
                clause_verb, context.home_country, actor, target):
            if actor_home and actor.country is None:
                actor = replace(actor, country=context.home_country)
            if target_home and target.country is None:
                target = replace(target, country=context.home_country)
        # 3. a domestic code with no target: the actor's own country ("Algerian landowners
        # began a hunger strike": against their authorities; a curfew: on its population)
        if domestic and target is None and actor is not None and actor.country is not None:
            eligible = (actor_kind in HOME_GROUPS or self._is_people(doc, actor)) \
                if cameo.startswith("14") else True
            word = self._country_word(doc, actor) if eligible else None
            if word is not None and (word.start, word.end) == (actor.start, actor.end):
                word = None  # "PALESTINIANS protested": the people, not whom they address
            if eligible:
                target = word or self._place_word(token, clause_verb, actor.country)
        return actor, target

    def _group_kind(self, doc: Doc, party: Party | None) -> str | None:
        """government, state, civil or military when the party's head noun, or the head of its
        "of" phrase ("members OF parliament", "thousands OF students"), is a domestic group."""
        if party is None or party.person is not None and party.country is not None:
            return None
        span = words_of(doc, party)
        if span is None or self.gazetteer.lookup(span.text) is not None:
            return None  # a country or organisation by name: "the Soviet UNION" is no trade union
        head = span.root
        if phrases.of_ethnicity(head):
            return "civil"  # "ethnic Albanians": a people of the place, like its villagers
        for _ in range(3):
            kind = self.groups.get(head.lemma_.lower())
            if kind in ("government", "state") and _several(head):
                return None  # "BOTH GOVERNMENTS", "the two armies": more than one country's
            if kind is not None:
                return kind
            # "OPPOSITION candidates", "PRESIDENT Mugabe": a listed modifier of the head
            kind = next((self.groups[c.lemma_.lower()] for c in head.lefts
                         if c.dep_ == "compound" and c.lemma_.lower() in self.groups), None)
            if kind is not None:
                return kind
            owners = parties.pobjs_of(head, ("of",))
            if not owners:
                return None
            head = owners[0]
        return None

    def _abroad(self, clause_verb: Token, home: str, *parties: Party | None) -> bool:
        """The action's clause names, outside the action's own parties, a country other than
        the dateline's ("BRUSSELS (AP) - The EU imposed sanctions on 14 IRANIAN officials over
        the crackdown on protesters"): the action's domestic groups may be that country's, so
        the dateline does not decide. The action's own parties ("Police arrested 12 UGANDAN
        traders" in a Nairobi story) and clauses of their own ("a day after UGANDA closed the
        border") do not count: the police are still Kenyan."""
        spans = [(p.start, p.end) for p in parties if p is not None]
        return any(
            code is not None and code != home and code not in NON_STATE_CODES
            for word in _own_clause(clause_verb)
            if not any(start <= word.idx < end for start, end in spans)
            for code in (self.gazetteer.lookup(word.text),))

    @staticmethod
    def _is_mission(doc: Doc, party: Party) -> bool:
        """The party is an embassy or consulate, a government's mission in another country."""
        span = words_of(doc, party)
        return span is not None and span.root.lemma_.lower() in MISSION_NOUNS

    def _is_people(self, doc: Doc, party: Party) -> bool:
        """The party is a people noun: "young ALGERIANS", "thousands of NIGERIANS", a people the
        model tags as a group ("Iraqi KURDS")."""
        span = words_of(doc, party)
        if span is None:
            return False
        head = span.root
        for _ in range(3):
            if head.tag_ in ("NNS", "NNPS") and (self.gazetteer.kind(head.text) == "demonym"
                                                 or head.ent_type_ == "NORP"):  # "Iraqi KURDS"
                # "ETHNIC Turks" are an ethnic group, not the people of a country
                return not phrases.of_ethnicity(head)
            owners = parties.pobjs_of(head, ("of",))
            if not owners:
                return False
            head = owners[0]
        return False

    def _country_word(self, doc: Doc, party: Party) -> Party | None:
        """The word of the party's phrase that names its country, as a party of its own."""
        span = words_of(doc, party)
        found = self.gazetteer.find(span) if span is not None else None
        if found is None or found[0] != party.country:
            return None
        words = doc[found[1]:found[2]]
        return Party(text=words.text, start=words.start_char, end=words.end_char,
                     country=party.country, person=None)

    def _place_word(self, token: Token, clause_verb: Token, country: str) -> Party | None:
        """The "in PLACE" phrase naming ``country``, as a party ("rallied IN JAKARTA")."""
        for word in dict.fromkeys((token, clause_verb)):
            for place in parties.pobjs_of(word, ("in",)):
                found = self.gazetteer.find(phrases.noun_phrase_of(place))
                if found is not None and found[0] == country:
                    words = place.doc[found[1]:found[2]]
                    return Party(text=words.text, start=words.start_char, end=words.end_char,
                                 country=country, person=None)
        return None

    def _place_country(self, token: Token, clause_verb: Token) -> str | None:
        """The country of an "in PLACE" phrase of the trigger or its clause verb, PLACE a
        country, capital or institution ("demonstrated IN JAKARTA")."""
        for word in dict.fromkeys((token, clause_verb)):
            for place in parties.pobjs_of(word, ("in",)):
                phrase = phrases.noun_phrase_of(place)
                found = self.gazetteer.find(phrase)
                if found is not None and self.gazetteer.kind(
                        _alias_text(phrase.doc, found)) in _PLACE_ALIASES:
                    return found[0]
        return None


def _alias_text(doc: Doc, found: tuple[str, int, int]) -> str:
    """The text of a gazetteer match (code, start, end)."""
    return doc[found[1]:found[2]].text


def _several(head: Token) -> bool:
    """A plural noun counted or quantified as more than one: "BOTH governments", "the TWO
    armies", "ALL three parliaments"; each may be another country's."""
    return head.tag_ in ("NNS", "NNPS") and any(
        child.dep_ in ("det", "predet", "nummod", "quantmod") and (
            child.lower_ in ("both", "all", "several") or child.like_num)
        for child in head.children)


# Dependents that open a clause of their own, whose words are not the main clause's.
_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "npadvmod",
                      "xcomp", "csubj"})


def _own_clause(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, without the clauses it governs."""
    words, stack = [], [verb]
    while stack:
        word = stack.pop()
        words.append(word)
        stack += [c for c in word.children if c.dep_ not in _CLAUSES]
    return words
