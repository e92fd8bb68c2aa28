"""The actions layer: who did what to whom, coded in CAMEO and PLOVER.

The component ties the layer's parts together. For each sentence: the triggers the lexicon
codes (:mod:`.triggers`), less those that are part of another event (:mod:`.events`); for each
trigger, its actor and target from the dependency parse (:mod:`.parties`, :mod:`.aims`)
resolved to a country or person (:mod:`.resolve`, :mod:`.domestic`), its negation and
modality (:mod:`.modality`), and its CAMEO code and PLOVER type refined by content and tense
(:mod:`.coding`).

Speech verbs are not triggers: "X said Russia would expel ..." codes the expulsion, and a
sentence the lexicon does not cover gets no action. Precision first: what a verbal act demands,
offers, alleges or threatens is its content, not a second event.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..casing import verb_lemmas
from ..gazetteer import Gazetteer, load_gazetteer
from ..pipeline.extensions import register_extensions
from . import parties, phrases
from .action import Action, Party, offsets, words_of
from .adjuncts import munitions
from .agents import agents_of
from .aims import AimReader
from .claims import claimed_act
from .codeclasses import (
    PATIENT_NAMED_ROOTS,
    RECIPROCAL_ROOTS,
    RECIPROCAL_VERBS,
    SENT_FORCE_CODES,
    SETTING_ROOTS,
    STATE_ACT_VERBS,
)
from .coding import (
    as_military_aid,
    base_action,
)
from .context import StoryContext, parse_memo, people_at
from .domestic import DomesticRules
from .events import (
    in_setting,
    is_absent,
    is_alleged,
    is_modifier,
    is_planned,
    resolve_content,
    without_co_events,
)
from .filters import against_itself, by_mishap, nobody, without_scene, without_slips
from .headline_verbs import past_forms
from .headlines import HeadlineReader, reparser
from .labels import load_valence
from .lexicon import (
    Lexicon,
    TriggerRule,
    load_domestic_groups,
    load_lexicon,
    load_people_nouns,
    quad_of,
)
from .location import Locator
from .nominals import of_subjects
from .parse_repairs import repair_parse
from .places import VIOLENCE_ROOTS, aims_at_place, hosted, of_place, open_water_place, place_party
from .resolve import PartyReader
from .several import conjoined_nationals, joint, meeting_parties
from .triggers import Match, TriggerFinder

register_extensions()


@Language.factory(
    "annotate_actions",
    assigns=["doc._.annotate_actions"],
    requires=["token.dep", "token.lemma", "doc._.annotate_people", "doc._.annotate_dates"],
    default_config={"lexicon_file": "actions.tsv"},
)
def make_actions_component(nlp: Language, name: str, lexicon_file: str) -> "ActionsComponent":
    return ActionsComponent(load_lexicon(lexicon_file), load_gazetteer(), reparser(nlp),
                            verb_lemmas(nlp), past_forms(nlp))


class ActionsComponent:
    """Sets ``doc._.annotate_actions``: one :class:`Action` per trigger and pair of parties."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer,
                 parse: Callable[[str], Doc] | None = None,
                 verbs: frozenset[str] = frozenset(),
                 pasts: dict[str, str] | None = None) -> None:
        # title-case headlines, parsed again in lower case (headlines.py)
        self.headlines = HeadlineReader(parse, verbs, pasts or {}, gazetteer, lexicon) if (
            parse) else None
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.groups = load_domestic_groups()
        people_nouns = load_people_nouns()
        self.triggers = TriggerFinder(lexicon, gazetteer, self.groups, people_nouns)
        self.parties = PartyReader(gazetteer, people_nouns | set(self.groups), frozenset(
            lemma for lemma, kind in self.groups.items() if kind == "military"))
        self.domestic = DomesticRules(gazetteer, self.groups)
        self.locator = Locator(gazetteer)
        self.aims = AimReader(self.parties, self.groups, munitions(lexicon))
        load_valence()  # read now, with the other tables, not on the first story that needs it

    def __call__(self, doc: Doc) -> Doc:
        actions = self._read(doc)
        if self.headlines is not None:
            actions = self.headlines.actions(doc, actions, self._read)
        actions.sort(key=lambda a: a.start)
        for number, action in enumerate(actions, 1):
            action.id = f"A{number}"
        # where the clause names no place, the dateline's place stands for the story
        dateline = self.locator.dateline_place(doc) if actions else None
        for action in actions:
            action.location = action.location or dateline
        doc._.annotate_actions = actions
        return doc

    def _read(self, doc: Doc) -> list[Action]:
        """The actions of a parsed doc, in order, before their ids and dateline places."""
        repair_parse(doc)  # "expels German AMBASSADOR": an object, not an adverb
        with parse_memo(doc):  # the parse is final: each reading of it is made once
            return self._read_final(doc)

    def _read_final(self, doc: Doc) -> list[Action]:
        """:meth:`_read` on the doc whose parse the layer no longer changes."""
        person_at = people_at(doc)
        dates = doc._.annotate_dates or []
        matches = [m for m in self.triggers.match(doc, person_at)
                   if not is_modifier(m[0]) and not is_absent(m[0]) and not is_planned(m[0])]
        # what a protest demands is its content too ("rallied, demanding that the president
        # STEP DOWN"), before the demand itself is dropped as part of the protest
        kept, content = resolve_content(matches)
        kept = [m for m in without_co_events(kept) if not is_alleged(m[0])]
        dateline = self.locator.dateline_place(doc) if kept else None
        context = StoryContext(doc, person_at, dates, contacts=frozenset(
            token.i for token, rule, _ in kept if rule.root == 4),
            home_country=dateline.country if dateline is not None else None)
        actions: list[Action] = []
        seen: set[tuple[int, ...]] = set()
        for token, rule, used in kept:
            for action in self._code(context, token, rule, used, content.get(token.i, [])):
                # one action per trigger and pair of parties, however often the parse leads
                # to them ("the EU and the U.S. ... on Russia and Crimea")
                key = (action.start, *offsets(action.actor), *offsets(action.target))
                if key in seen or against_itself(action) or nobody(action) or (
                        by_mishap(doc, action)):
                    continue
                seen.add(key)
                actions.append(action)
        return without_scene(doc, without_slips(doc, actions))

    def _code(self, context: StoryContext, token: Token, rule: TriggerRule, used: list[Token],
              content: list[Match]) -> list[Action]:
        """The actions of one trigger: its code in its clause, its date, and one action per
        actor and target (a meeting of two conjoined parties is one action between them)."""
        doc = context.doc
        node = parties.event_node(token)  # "a MEDIATION effort": the effort's clause and parties
        clause_verb = parties.clause_verb_of(node)
        actor_heads = parties.actor_heads(node, clause_verb,
                                          patient_named=rule.root in PATIENT_NAMED_ROOTS,
                                          given=rule.root == 7)
        if not actor_heads and rule.root == 17 and node.pos_ == "VERB":
            actor_heads = parties.shared_agents_of(node)  # "DETAINED and beaten BY SOLDIERS"
        # "an attack BY THE REBELS killed", "a bomb PLANTED BY THE TALIBAN" (agents.py)
        actor_heads = list(dict.fromkeys(d for head in actor_heads for d in agents_of(
            head, self.parties.is_party_like) or [head]))  # each head once: no self-pairs
        # "the visit OF THE CHINESE PRESIDENT", "the withdrawal OF U.S. TROOPS" (nominals.py)
        actor_heads = actor_heads or of_subjects(node, self.parties.names_people)
        # "the summit BETWEEN THE EU AND TURKEY failed to reach agreement": the meeting's
        # parties, one facing the other; also the trigger's own ("talks BETWEEN IRAN AND THE
        # IAEA collapsed")
        between = meeting_parties(actor_heads[0]) if len(actor_heads) == 1 else (
            actor_heads if len(actor_heads) > 1 and meeting_parties(node) == actor_heads else [])
        actor_heads = between or actor_heads
        actor_tokens = {t.i for head in actor_heads for t in phrases.party_span(head)}
        # peacekeepers deployed, troops sent to help a partner: military aid, not a show of force
        rule = as_military_aid(rule, token, clause_verb, actor_heads)
        rule = claimed_act(rule, token, self.lexicon)  # PLOVER: the act claimed, the claimant's
        base = base_action(context, token, node, clause_verb, rule, content)
        cameo = base.cameo
        root = int(cameo[:2])  # after refinement: a refusal to release is a rejection (12)
        targets = self.aims.aimed_at(context, token, node, clause_verb, rule, used, content,
                                     cameo, actor_tokens)
        actors = self.parties.actors(context, actor_heads, node, root, self.lexicon) or [None]
        if len(actor_heads) == 1:
            # "ETHIOPIAN AND TIGRAYAN negotiators signed": two parties in one phrase
            actors = conjoined_nationals(actor_heads[0], self.gazetteer,
                                         self.parties.sent_from) or actors
        if actors == [None] and rule.cameo.startswith(SENT_FORCE_CODES):
            # "500 Kenyan police officers WERE DEPLOYED to Haiti": with no one named as the
            # sender, the force sent stands for it (and is not its own target)
            sent = [c for c in token.children if c.dep_ == "nsubjpass"
                    and self.parties.names_people(c)]
            if sent and not parties.passive_agents_of(token):
                actors = [self.parties.party(context, sent[0])]
                targets = [t for t in targets if (t.start, t.end) != (actors[0].start,
                                                                       actors[0].end)]
        base.location = self.locator.clause_place(token, clause_verb, context.person_at,
                                                  actors[0], targets[0] if targets else None,
                                                  given=rule.root == 7)
        if actors == [None] and (root == 17 or token.lemma_.lower() in STATE_ACT_VERBS) and (
                base.location is not None) and base.location.country and any(
                c.dep_ == "nsubjpass" for c in token.children):
            # "was arrested IN NIGER", "were deported FROM ... IN RWANDA", "were expelled FROM
            # UGANDA", "was sentenced ... IN IRAN": arrests, expulsions and judgments nobody is
            # named for are the state's where they happen
            actors = [place_party(base.location)]
        if actors == [None] and rule.cameo.startswith(("161", "174")):
            # "two diplomats WERE ORDERED TO LEAVE UGANDA": the country they must leave
            left = [self.parties.party(context, o) for x in token.children if x.dep_ == "xcomp"
                    and x.lemma_.lower() == "leave" for o in x.children if o.dep_ == "dobj"]
            actors = [p for p in left if p.country][:1] or actors
        if not targets and base.location is not None and not (
                len(actors) > 1 and token.lemma_.lower() in RECIPROCAL_VERBS) and (
                not open_water_place(doc, base.location)) and (
                aims_at_place(root, rule) or aims_at_place(rule.root, rule)
                or len(actors) == 1 and hosted(root, rule, used, actors[0], base.location)):
            # "aid IN IRAQ", "a curfew IN BANGKOK", "airstrikes IN THE GAZA STRIP": the place
            # is whom the act is aimed at when the clause names no one else; a summit abroad
            # or refuge sought in a country is hosted by it
            targets = [place_party(base.location)]
        if not targets and content and aims_at_place(content[0][1].root, content[0][1]):
            # "agreed to lay down their arms IN EASTERN LEBANON": the place of the content
            inner = content[0][0]
            place = self.locator.clause_place(inner, parties.clause_verb_of(inner),
                                              context.person_at, actors[0], None)
            targets = [place_party(place)] if place is not None else targets
        if root in VIOLENCE_ROOTS and base.location is not None and base.location.country:
            targets = [of_place(doc, t, base.location) for t in targets]
        if rule.root in SETTING_ROOTS and token.pos_ == "NOUN" and actors == [None] and (
                not targets) and in_setting(token, clause_verb):
            return []
        if rule.cameo == "150" and self._jointly(token, clause_verb, actors, targets):
            # military exercises two parties hold together are military cooperation (062),
            # as CAMEO codes joint exercises; the columns of one row cannot tell them apart
            base = replace(base, plover="COOPERATE", mode=None, cameo="062",
                           quad=quad_of("COOPERATE", "062"))
            if len(actors) > 1 and not targets:
                return [self.domestic.finish(context, token, clause_verb, base, actors[0],
                                             actors[1])]
        # what is exchanged is no party; "TRADED accusations": the noun a reciprocal verb takes
        mutual = token.lemma_.lower() in RECIPROCAL_VERBS or token.dep_ == "dobj" and (
            token.head.lemma_.lower() in RECIPROCAL_VERBS)
        if joint(actor_heads, actors) and (between or (
                rule.root in RECIPROCAL_ROOTS or mutual) and all(
                t.country is None and t.person is None and (
                    mutual or not self._names_party(doc, t)) for t in targets)):
            # "Orlov and Hale met": one meeting between the two, not two one-sided ones; also
            # when the object is a thing ("India and Pakistan agreed to a cease-fire"), not
            # when it is a party ("Britain and Ireland invited SINN FEIN"). Three or more
            # ("Kenya, Uganda and Tanzania signed") act between each pair of them. A meeting
            # "between" two parties is theirs wherever it is held ("talks IN VIENNA between
            # Iran and the IAEA collapsed": Vienna is where, not whom).
            return [self.domestic.finish(context, token, clause_verb, base, one, other)
                    for one, other in combinations(actors, 2)]
        return [self.domestic.finish(context, token, clause_verb, base, actor, target)
                for actor in actors for target in (targets or [None])]

    def _names_party(self, doc: Doc, target: Party) -> bool:
        """The target is an organisation, a place or people, not a thing."""
        span = words_of(doc, target)
        return span is not None and self.parties.is_party_like(span.root)

    @staticmethod
    def _jointly(token: Token, clause_verb: Token, actors: list[Party | None],
                 targets: list[Party]) -> bool:
        """Two or more countries act ("U.S. and Jordanian forces staged war games"), or one
        acts with another ("held drills WITH Russia")."""
        countries = {a.country for a in actors if a is not None and a.country}
        # not "along its BORDER WITH Belarus", which the parse may hang on the verb: a
        # neighbour named by a border, no partner
        partners = [p for p in parties.pobjs_of(token, ("with",)) + parties.pobjs_of(
            clause_verb, ("with",)) if p.head.i == 0 or p.doc[p.head.i - 1].lemma_.lower() not in (
            "border", "frontier", "boundary")]
        return len(countries) > 1 or bool(partners and any(t.country for t in targets))
