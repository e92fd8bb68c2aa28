"""Whom an action is aimed at: the target chosen among the candidates the parse offers.

:func:`.targets.target_candidates` lists the phrases that may name the target, by the kind of
act (:mod:`.target_kinds`); :class:`AimReader` picks the best of them, the first that names a
country or person, and falls back in turn on whom a verbal act addresses, what its content
names, whom a protest's demand names, a domestic group its row consumed, whom a call reached,
the act's own object and a conflict's adversary deeper in the clause. The parties themselves
are resolved by :class:`.resolve.PartyReader`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..gazetteer import NON_STATE_CODES
from . import parties
from .action import Party
from .codeclasses import PRONOUNS, STRIKE_KEY
from .context import StoryContext
from .domestic import HOME_GROUPS
from .further_targets import addressees, host_places, protest_aims
from .lexicon import TriggerRule
from .parties import pobjs_of
from .places import open_water
from .resolve import PartyReader
from .target_kinds import TargetKinds
from .targets import target_candidates
from .triggers import Match

# Roots whose object is what the act is aimed at even when it is a thing: what is investigated,
# criticised or rejected (09, 11, 12), and what is seized, attacked or destroyed (17 to 20).
_OBJECT_TARGET_ROOTS = {9, 11, 12, 17, 18, 19, 20}
# Acts whose people object is the actor's own: forces mobilised (15), peacekeepers or
# observers sent (074) or promised (0334), protesters rallied (14). Not the other aid codes:
# refugees evacuated or resettled and hostages rescued are whom the act is for.
_OWN_PEOPLE_ROOTS = {14, 15}
_OWN_PEOPLE_CODES = ("074", "0334")


def sends_own_people(root: int, cameo: str) -> bool:
    """Whether the people an act with this code names as its object are the actor's own."""
    return root in _OWN_PEOPLE_ROOTS or cameo.startswith(_OWN_PEOPLE_CODES)


class AimReader:
    """Chooses an action's targets, with the :class:`PartyReader` that resolves them."""

    def __init__(self, reader: PartyReader, groups: dict[str, str],
                 munitions: frozenset[str]) -> None:
        self.reader = reader
        self.groups = groups  # the domestic groups of models/actions_domestic.tsv
        self.munitions = munitions  # the munitions of the lexicon's firing rows (adjuncts.py)

    def aimed_at(self, context: StoryContext, token: Token, node: Token, clause_verb: Token,
                 rule: TriggerRule, used: list[Token], content: list[Match], cameo: str,
                 actor_tokens: set[int]) -> list[Party]:
        """At whom the trigger's act is aimed: the best of its target candidates, else, in
        turn, whom a verbal act addresses, what its content names, whom a protest's demand
        names, a domestic group its row consumed, whom a call or visit reached, its own object,
        and a conflict's adversary deeper in the clause. The place-target rules come after the
        actors (:mod:`.places`). ``cameo`` is the trigger's code refined in its clause."""
        doc = context.doc
        root = int(cameo[:2])  # after refinement: a refusal to release is a rejection (12)
        actor_starts = {doc[i].idx for i in actor_tokens}
        kinds = TargetKinds.of(rule, token, used, cameo, self.munitions)
        candidates = [c for c in target_candidates(node, clause_verb, used, kinds)
                      if c.i not in actor_tokens and c.i != token.i and not (
                          STRIKE_KEY in rule.objects and c in used)]  # not the jets sent
        if sends_own_people(rule.root, rule.cameo):
            # "mobilized thousands OF TROOPS": the actor's own people are not the target;
            # "sent troops to the U.N. force IN SOUTH SUDAN": the country the force serves in
            own = {u.i for u in used} | {p.i for u in used for p in parties.pobjs_of(u, ("of",))}
            candidates = host_places(token) + [
                c for c in candidates if not (c.i in own and self.reader.names_people(c))]
        candidates = [c for c in candidates if not open_water(c)]  # "fired INTO THE SEA"
        if rule.cameo.startswith("087"):
            # "withdrew ITS TROOPS from the zone": a retreat moves the actor's own forces
            candidates = [c for c in candidates if not self.reader.own_forces(c)]
        targets = self.best(context, candidates, used)
        # "Berg called the premier to congratulate HER": an object pronoun is never the
        # subject of its own clause (a reflexive would be), whatever the people layer linked
        own = {context.person_at[i].id for i in actor_tokens if i in context.person_at}
        targets = [t for t in targets if not (t.person in own and t.text.lower() in PRONOUNS)]
        if not any(t.country or t.person for t in targets):
            # "demanded that HAMAS renounce ...": who is asked; "threatened ... unless
            # BAGHDAD accepted": who is threatened.
            addressed = addressees(token, rule, used, root)
            named = [t for t in self.best(context, addressed, [])
                     if t.country is not None or t.person is not None]
            if not named:  # "demanded that YEDIYURAPPA step down": a name the layers miss;
                # "urged DRIVERS to return": whom it asks to act, whatever the noun
                named = [self.reader.party(context, head) for head in addressed if head.dep_
                         == "dobj" or self.reader.is_party_like(head) and head.pos_ == "PROPN"
                         or root == 12 and self.reader.names_people(head)][:1]
            targets = named or targets
        if not targets and content:
            # "threatened to impose sanctions ON IRAN": the content names the target
            inner, inner_rule, inner_used = content[0]
            inner_kinds = TargetKinds(self.munitions,
                                      mediation=inner_rule.cameo.startswith("045"))
            inner_candidates = [c for c in target_candidates(
                inner, parties.clause_verb_of(inner), inner_used, inner_kinds)
                if c.i not in actor_tokens]
            targets = [t for t in self.best(context, inner_candidates, inner_used)
                       if t.country is not None or t.person is not None]
        if rule.root == 14 and not any(t.country or t.person for t in targets):
            # "rallied to demand the resignation OF THE GOVERNOR": whom the protest's demand names
            aims = [c for c in protest_aims(token, clause_verb) if c.i not in actor_tokens]
            targets = [t for t in self.best(context, aims, [])
                       if (t.country or t.person) and t.start not in actor_starts] or targets
        if not any(t.country or t.person for t in targets):
            # "police dispersed DEMONSTRATORS (with tear gas)": an object the row consumed is
            # the target when it is a domestic group (models/actions_domestic.tsv)
            targets = [self.reader.party(context, u) for u in used if u.pos_ in ("NOUN", "PROPN")
                       and self.groups.get(u.lemma_.lower()) in HOME_GROUPS
                       and u.i not in actor_tokens][:1] or targets
        if not any(t.country or t.person for t in targets) and token.dep_ == "advcl" and (
                token.head.i in context.contacts):
            # "called Morrison on Wednesday TO CONGRATULATE him", "phoned the king, DISCUSSING
            # oil": an act done in a call, visit or meeting is aimed at whom it reached
            reached = [c for c in token.head.children if c.dep_ == "dobj"] + parties.pobjs_of(
                token.head, ("with",))
            targets = [t for t in self.best(context, reached, [])
                       if t.country or t.person] or targets
        if not targets:
            targets = self.object_target(context, root, used, actor_tokens,
                                         visit=kinds.visit,
                                         own_people=sends_own_people(root, cameo),
                                         retreat=rule.cameo.startswith("087"),
                                         weapon=kinds.weapon, measures=frozenset(
                                             u.i for u in used if kinds.measure
                                             and rule.names(u.lemma_.lower())))
        if not targets and root >= 13:
            # "mobilized troops for a war AGAINST IRAQ": a conflict's adversary may sit deeper
            targets = self.best(context, [
                t for t in parties.pobjs_in(token, ("against",)) if t.i not in actor_tokens], [])
        return targets

    def best(self, context: StoryContext, candidates: list[Token],
             used: list[Token]) -> list[Party]:
        """The first candidate that names a country or person, with its conjuncts that do too
        ("defended IRAQ and LIBYA"), else the first candidate that is not the event's object."""
        found = [self.reader.party(context, head) for head in candidates]
        named = [(head, party) for head, party in zip(candidates, found)
                 if party.country is not None or party.person is not None]
        used_ids = {u.i for u in used}
        if named and named[0][0].i in used_ids and _means_of_harm(named[0][0]):
            # "a reporter was killed IN A CAR BOMB EXPLOSION in Beirut": the event that did it
            # is no target, though its place names a country; the people it hit are
            hit = [party for head, party in zip(candidates, found)
                   if head.dep_ in ("nsubjpass", "dobj") and head.head.i == named[0][0].head.head.i
                   and self.reader.names_people(head)]
            if hit:
                return hit[:1]
        if named and named[0][0].i in used_ids and any(
                c.dep_ == "poss" for c in named[0][0].children):
            # "reiterated TURKEY's support FOR THE GNA", "expressed Egypt's solidarity WITH
            # JORDAN": the owner of the stance the row consumed is who holds it; whom it is for
            # is the party of its for/with/to phrase
            stance = named[0][0]  # its phrase, or its verb's when the parse hung it there
            owners = [stance] + ([stance.head] if stance.dep_ == "dobj" else [])
            aimed = [h for word in owners for h in pobjs_of(word, ("for", "with", "to"))
                     if self.reader.is_party_like(h)]
            if aimed:
                return [self.reader.party(context, aimed[0])]
        if named:
            first, party = named[0]
            siblings = {c.i for c in first.conjuncts}
            return [party] + [p for head, p in named[1:] if head.i in siblings]
        # no country or person: a party by its kind (an organisation, a group of people) before
        # a thing ("convicted SIEMENS to pay a fine", not "the fine")
        kind = [party for head, party in zip(candidates, found) if self.reader.is_party_like(head)]
        if kind:
            return kind[:1]
        things = [(head, party) for head, party in zip(candidates, found)
                  if head.i not in used_ids][:1]
        for head, _ in things:
            # "lifted restrictions on travel TO CUBA": a thing aimed at a country's people
            # stands for that country
            inner = self.country_inside(context, head)
            if inner is not None:
                return [inner]
        return [party for _, party in things]

    def country_inside(self, context: StoryContext, head: Token) -> Party | None:
        """The nearest phrase a preposition hangs under a thing that names a country."""
        for token in sorted(head.subtree, key=lambda t: abs(t.i - head.i)):
            if token.dep_ == "pobj" and token.head.lower_ in ("to", "on", "in", "against", "for",
                                                             "of", "into"):
                party = self.reader.party(context, token)
                if party.country is not None and party.country not in NON_STATE_CODES:
                    return party
        return None

    def object_target(self, context: StoryContext, root: int, used: list[Token],
                      excluded: set[int], visit: bool = False,
                      own_people: bool = False, retreat: bool = False,
                      weapon: bool = False, measures: frozenset[int] = frozenset()
                      ) -> list[Party]:
        """The target an action's own object gives when nothing else names one: the object's
        possessor ("faulted THE MINISTER's decision"), an object that names people ("arrested
        a rebel COMMANDER", "detained 18 PEOPLE"), or, for acts aimed at a thing (criticism,
        rejection, seizure, attack), the thing ("condemned THE BOMBING"); never the weapon
        used nor the administrative measure its row names (``measures``: "declared a STATE of
        emergency", CAMEO 172)."""
        for head in used:
            if head.pos_ not in ("NOUN", "PROPN") or head.i in excluded or head.dep_ not in (
                    "dobj", "nsubjpass", "pobj", "attr", "oprd", "conj"):
                continue  # a modifier ("AIR strikes") is not what the act is aimed at
            if self.reader.names_people(head):
                if own_people or (retreat and self.reader.own_forces(head)):
                    continue  # "mobilized TROOPS", "withdrew ITS TROOPS": the actor's own
                return [self.reader.party(context, head)]
            if weapon or head.i in measures:
                # "opened FIRE", "fired TEAR GAS": the weapon, not whom it hit; "declared a
                # STATE of emergency", "imposed MARTIAL LAW": the measure, not whom it binds
                continue
            owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"
                      and c.i not in excluded] + _participle_agents(head, excluded)
            if owners:
                return [self.reader.party(context, owners[0])]
            if root in _OBJECT_TARGET_ROOTS or visit:  # a visit's object is its host
                return [self.reader.party(context, head)]
        return []


def _participle_agents(noun: Token, excluded: set[int]) -> list[Token]:
    """The agent of a passive participle on the noun, which owns it as a possessor would:
    "dismissed the appeal FILED BY THE PARTY", "quashed the orders issued BY THE MINISTER"."""
    return [agent for part in noun.children if part.dep_ == "acl" and part.tag_ == "VBN"
            for agent in parties.passive_agents_of(part)
            if agent.pos_ != "PRON" and agent.i not in excluded]


def _means_of_harm(noun: Token) -> bool:
    """The noun is the object of "in" or "by" on a verb ("killed IN AN EXPLOSION", "wounded BY
    A LANDMINE"): the means or occasion of the act, not whom it hit."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") and (
        noun.head.head.pos_ == "VERB")
