"""The actions layer: who did what to whom, coded in CAMEO and PLOVER.

A trigger is a verb or noun in ``models/actions.tsv``. Actor and target come from the dependency
parse (subject, passive agent, object, "with/to/on/against" phrases, possessives of nominal
triggers, the "from" phrase of a withdrawal or seizure) and are resolved to a country through the shared gazetteer, and to a person of the
people layer where one is named. The clause decides negation and modality; announced
cooperation is coded as intent (AGREE / 03) and announced conflict as a threat (THREATEN / 13),
as both ontologies prescribe. Speech verbs are not triggers: "X said Russia would expel ..."
codes the expulsion, and a sentence the lexicon does not cover gets no action.

Precision first: what a verbal act demands, offers, alleges or threatens is its content, not a
second event; participles describing a noun, an attack's casualties and a protest's demands are
part of another event. Pronoun parties get a light resolution: the subject of the reporting
verb ("Iraq said IT would"), else "it" -> the previous sentence's country subject and "he"/"she"
-> the last person mentioned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer, load_gazetteer
from ..pipeline.extensions import register_extensions
from . import parties
from .lexicon import Lexicon, TriggerRule, load_domestic_groups, load_lexicon, quad_of
from .modality import FUTURE_AUXILIARIES, is_negated, modality_of

register_extensions()

_TARGET_PREPOSITIONS = ("with", "to", "on", "against", "at", "into", "toward", "towards", "from",
                        "of", "over", "in")
_RECIPROCAL_ROOTS = {4}  # CONSULT: meetings, calls, talks involve both parties alike
# Verbal acts with a propositional content: statements, appeals, intents, demands, accusations,
# rejections and threats. What they demand, propose, allege, refuse or threaten is the content
# of the act, not an event of its own ("urged Iran TO RELEASE", "accused Kyiv OF SHELLING").
_GOVERNING_ROOTS = frozenset({1, 2, 3, 10, 11, 12, 13})
_CONTENT_PREPOSITIONS = ("of", "for")
_PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
_THING_PRONOUNS = {"it", "its"}
_GROUP_PRONOUNS = {"they", "them", "their"}
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
_PARTICLES = {"off", "out", "down", "up", "back", "over", "away"}
# A meeting noun in one of these phrases, with no party of its own, names the setting of the
# sentence's event ("raised it AT THE TALKS", "AHEAD OF the summit"), not an event it reports.
_SETTING_PREPOSITIONS = {"in", "at", "ahead", "before", "of", "on", "over", "with", "until"}
_SETTING_ROOTS = {4}  # meetings, talks and summits are where other things happen
# Codes whose parties are in one country by definition (models/actions_domestic.tsv, rule 3):
# protests, administrative sanctions and their lifting, crowd control.
_DOMESTIC_CODES = ("14", "1721", "1722", "1723", "1724", "1321", "1322", "1323", "1324", "0813",
                   "0814", "175")
_HOME_GROUPS = ("government", "state", "civil")  # groups that take a country from the context
_STATE_ALIASES = ("name", "short", "capital", "institution")  # gazetteer kinds naming a state
_PLACE_ALIASES = _STATE_ALIASES + ("place",)  # ... or a place in it ("rallied IN KIRKUK")


@dataclass
class Party:
    text: str
    start: int
    end: int
    country: str | None
    person: str | None


@dataclass
class Action:
    id: str
    start: int
    end: int
    trigger: str
    plover: str | None
    mode: str | None
    cameo: str
    actor: Party | None
    target: Party | None
    date: str | None
    negated: bool
    modality: str  # asserted, future, hypothetical, conditional, historical
    quad: str  # verbal/material cooperation/conflict, for colouring and summaries
    token: int


@Language.factory(
    "annotate_actions",
    assigns=["doc._.annotate_actions"],
    requires=["token.dep", "token.lemma", "doc._.annotate_people", "doc._.annotate_dates"],
    default_config={"lexicon_file": "actions.tsv"},
)
def make_actions_component(nlp: Language, name: str, lexicon_file: str) -> "ActionsComponent":
    return ActionsComponent(load_lexicon(lexicon_file), load_gazetteer())


class ActionsComponent:
    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.groups = load_domestic_groups()

    def __call__(self, doc: Doc) -> Doc:
        person_at = {i: person for person in (doc._.annotate_people or [])
                     for m in person.mentions for i in range(m.token_start, m.token_end)}
        dates = doc._.annotate_dates or []
        matches = [m for m in self._match(doc) if not _is_modifier(m[0])]
        matches = _without_co_events(matches)
        kept, content = _resolve_content(matches)
        context = _Context(doc, person_at, dates)
        actions: list[Action] = []
        for token, rule, used in kept:
            for action in self._code(context, token, rule, used, content.get(token.i, [])):
                action.id = f"A{len(actions) + 1}"
                actions.append(action)
        doc._.annotate_actions = actions
        return doc

    # -- triggers -------------------------------------------------------------------------
    def _match(self, doc: Doc) -> list[tuple[Token, TriggerRule, list[Token]]]:
        """Every trigger token with its lexicon row and the objects the row consumed.

        A token a row consumed ("imposed SANCTIONS", "refused to MEET") and a noun trigger that
        is the object of a verb trigger ("called off the TALKS") are part of that event, not
        events of their own.
        """
        matches: list[tuple[Token, TriggerRule, list[Token]]] = []
        consumed: set[int] = set()
        people = {i for person in (doc._.annotate_people or []) for m in person.mentions
                  for i in range(m.token_start, m.token_end)}
        for token in doc:
            pos = _coarse_pos(token)
            if pos is None or not self.lexicon.candidates(token.lemma_.lower(), pos):
                continue
            if pos == "NOUN" and token.dep_ == "compound":
                continue  # a modifier, not an event: "AID workers", "SANCTIONS relief"
            if _is_idiom(token):
                continue
            # The small model often parses the particle of "stepped down" or "walked out of"
            # as an adverb or preposition: those count as particles too.
            particles = {child.lower_ for child in token.children if child.dep_ == "prt"
                         or child.dep_ in ("advmod", "prep") and child.lower_ in _PARTICLES}
            objects = parties.object_tokens_of(token)
            direct = {f"={o.lemma_.lower()}" for o in parties.direct_objects_of(token)} if pos == "VERB" \
                else set()
            rule = self.lexicon.select(token.lemma_.lower(), pos, particles,
                                       {o.lemma_.lower() for o in objects} | direct
                                       | _prep_keys(token) | self._party_keys(token, people))
            if rule is None:
                continue
            used = [o for o in objects if rule.names(o.lemma_.lower())]
            if pos == "VERB" and "party:dobj" not in rule.objects:  # "defended IRAQ": target
                used += [o for o in objects if o.dep_ in ("dobj", "nsubjpass") and o not in used]
            # The infinitive's object in "threatened to launch an OFFENSIVE" is the content of
            # the threat, not part of the trigger: only the trigger's own objects and the
            # objects its row names are consumed.
            consumed.update(o.i for o in used if o.head.i == token.i
                            or rule.names(o.lemma_.lower()))
            matches.append((token, rule, used))
        return [(token, rule, used) for token, rule, used in matches if token.i not in consumed]

    def _party_keys(self, token: Token, people: set[int]) -> set[str]:
        """"party:dobj" when the direct object names a country or organisation, so a row can
        tell "defended IRAQ" (052) from "defended the city" (no event); "party:with" when the
        with-phrase names a country, organisation or person of the people layer ("spoke WITH
        MACRON", not "spoke with reporters")."""
        keys = {"party:dobj" for child in token.children if child.dep_ == "dobj"
                and self.gazetteer.code_in(parties.noun_phrase_of(child)) is not None}
        if any(owner.i in people or self.gazetteer.code_in(parties.noun_phrase_of(owner)) is not None
               for head in parties.pobjs_of(token, ("with",)) for owner in (head, *head.conjuncts)):
            keys.add("party:with")
        if token.pos_ == "VERB" and any(self._names_party(subject, people)
                                        for subject in _obliged(token)):
            keys.add("party:must")
        return keys

    def _names_party(self, head: Token, people: set[int]) -> bool:
        """The phrase names a country, organisation, person or domestic group."""
        return (head.i in people or self.gazetteer.code_in(parties.noun_phrase_of(head)) is not None
                or self.groups.get(head.lemma_.lower()) is not None)

    # -- coding one trigger -----------------------------------------------------------------
    def _code(self, context: "_Context", token: Token, rule: TriggerRule, used: list[Token],
              content: list[tuple[Token, TriggerRule, list[Token]]]) -> list[Action]:
        doc = context.doc
        clause_verb = parties.clause_verb_of(token)
        actor_heads = parties.actor_heads(token, clause_verb)
        actor_tokens = {t.i for head in actor_heads for t in parties.noun_phrase_of(head)}
        negated = is_negated(token, clause_verb)
        modality = "asserted" if _is_background(token, clause_verb) else modality_of(clause_verb)
        plover, mode, cameo = _refine(rule, content)
        if modality == "future" or (modality == "conditional" and _is_consequence(clause_verb)):
            # Announcing a verbal act ("will demand") is that act; other acts become intents or
            # threats, also when they hang on a condition ("if ..., the EU would impose").
            plover, mode, cameo = _announced(rule, plover, mode, cameo)
        date_id = context.date_of(clause_verb, token)
        if modality == "asserted" and date_id is not None and _before_reference_year(
                doc, context.date_by_id[date_id]):
            modality = "historical"
        base = Action(
            id="", start=token.idx, end=token.idx + len(token.text), trigger=token.text,
            plover=plover, mode=mode, cameo=cameo, actor=None, target=None, date=date_id,
            negated=negated, modality=modality, quad=quad_of(plover, cameo), token=token.i)
        candidates = [c for c in parties.target_candidates(token, clause_verb, used,
                                                    rule.cameo.startswith("042"),
                                                    rule.mode in parties.SOURCE_MODES)
                      if c.i not in actor_tokens and c.i != token.i]
        targets = self._best_parties(context, candidates, used)
        if not any(t.country or t.person for t in targets):
            # "demanded that HAMAS renounce ...": who is asked; "threatened ... unless
            # BAGHDAD accepted": who is threatened.
            named = [t for t in self._best_parties(context, _addressees(token, rule, used), [])
                     if t.country is not None or t.person is not None]
            targets = named or targets
        if not targets and content:
            # "threatened to impose sanctions ON IRAN": the content names the target
            inner, _, inner_used = content[0]
            inner_candidates = [c for c in parties.target_candidates(inner, parties.clause_verb_of(inner), inner_used)
                                if c.i not in actor_tokens]
            targets = [t for t in self._best_parties(context, inner_candidates, inner_used)
                       if t.country is not None or t.person is not None]
        if not any(t.country or t.person for t in targets):
            # "police dispersed DEMONSTRATORS (with tear gas)": an object the row consumed is
            # the target when it is a domestic group (models/actions_domestic.tsv)
            targets = [self._party(context, u) for u in used if u.pos_ in ("NOUN", "PROPN")
                       and self.groups.get(u.lemma_.lower()) in _HOME_GROUPS
                       and u.i not in actor_tokens][:1] or targets
        actors = [self._party(context, head) for head in actor_heads] or [None]
        if rule.root in _SETTING_ROOTS and token.pos_ == "NOUN" and actors == [None] and (
                not targets) and _in_setting(
                token, clause_verb):
            return []
        if rule.root in _RECIPROCAL_ROOTS and not targets and len(actors) > 1:
            # "Orlov and Hale met": one meeting between the two, not two one-sided ones.
            return [self._finish(context, token, clause_verb, base, actors[0], actors[1])]
        return [self._finish(context, token, clause_verb, base, actor, target)
                for actor in actors for target in (targets or [None])]

    # -- domestic groups (models/actions_domestic.tsv) ---------------------------------------
    def _finish(self, context: "_Context", token: Token, clause_verb: Token, base: Action,
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
        actor, target = self._domestic_parties(context, token, clause_verb, base.cameo,
                                               actor, actor_kind, target)
        return replace(base, actor=actor, target=target)

    def _domestic_parties(self, context: "_Context", token: Token, clause_verb: Token, cameo: str,
                          actor: Party | None, actor_kind: str | None,
                          target: Party | None) -> tuple[Party | None, Party | None]:
        """The three rules of models/actions_domestic.tsv: place, counterpart, domestic code."""
        doc = context.doc
        target_kind = self._group_kind(doc, target)
        domestic = cameo.startswith(_DOMESTIC_CODES)
        # 1. place: "students demonstrated IN JAKARTA"
        for kind in (actor_kind, target_kind):
            if kind in _HOME_GROUPS and None in (
                    actor.country if actor and actor_kind == kind else 0,
                    target.country if target and target_kind == kind else 0):
                place = self._place_country(token, clause_verb)
                if place is not None:
                    if actor is not None and actor_kind in _HOME_GROUPS and actor.country is None:
                        actor = replace(actor, country=place)
                    if target is not None and target_kind in _HOME_GROUPS and (
                            target.country is None):
                        target = replace(target, country=place)
                break
        # 2. counterpart: a government against its own opposition, police against protesters
        if actor is not None and target is not None:
            if target.country is None and actor.country is not None and (
                    (target_kind == "civil" and (actor_kind in ("government", "state") or domestic))
                    or (target_kind in ("government", "state") and actor_kind == "civil")
                    or (domestic and target_kind in _HOME_GROUPS)):
                target = replace(target, country=actor.country)
            elif actor.country is None and target.country is not None and (
                    (actor_kind == "civil" and target_kind in ("government", "state"))
                    or (actor_kind in ("government", "state") and target_kind == "civil")
                    or (domestic and actor_kind in _HOME_GROUPS)):
                actor = replace(actor, country=target.country)
        # 3. a domestic code with no target: the actor's own country ("Algerian landowners
        # began a hunger strike": against their authorities; a curfew: on its population)
        if domestic and target is None and actor is not None and actor.country is not None:
            eligible = (actor_kind in _HOME_GROUPS or self._is_people(doc, actor)) \
                if cameo.startswith("14") else True
            if eligible:
                target = self._country_word(doc, actor) or self._place_word(
                    token, clause_verb, actor.country)
        return actor, target

    def _group_kind(self, doc: Doc, party: Party | None) -> str | None:
        """government, state, civil or military when the party's head noun, or the head of its
        "of" phrase ("members OF parliament", "thousands OF students"), is a domestic group."""
        if party is None or party.person is not None and party.country is not None:
            return None
        span = doc.char_span(party.start, party.end)
        if span is None or not len(span) or self.gazetteer.lookup(span.text) is not None:
            return None  # a country or organisation by name: "the Soviet UNION" is no trade union
        head = span.root
        for _ in range(3):
            kind = self.groups.get(head.lemma_.lower())
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

    def _is_people(self, doc: Doc, party: Party) -> bool:
        """The party is a people noun: "young ALGERIANS", "thousands of NIGERIANS"."""
        span = doc.char_span(party.start, party.end)
        if span is None or not len(span):
            return False
        head = span.root
        for _ in range(3):
            if head.tag_ in ("NNS", "NNPS") and self.gazetteer.kind(head.text) == "demonym":
                # "ETHNIC Turks" are an ethnic group, not the people of a country
                return not any(c.lower_ == "ethnic" for c in head.children)
            owners = parties.pobjs_of(head, ("of",))
            if not owners:
                return False
            head = owners[0]
        return False

    def _country_word(self, doc: Doc, party: Party) -> Party | None:
        """The word of the party's phrase that names its country, as a party of its own."""
        span = doc.char_span(party.start, party.end)
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
                found = self.gazetteer.find(parties.noun_phrase_of(place))
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
                phrase = parties.noun_phrase_of(place)
                found = self.gazetteer.find(phrase)
                if found is not None and self.gazetteer.kind(
                        _alias_text(phrase.doc, found)) in _PLACE_ALIASES:
                    return found[0]
        return None

    def _best_parties(self, context: "_Context", candidates: list[Token],
                      used: list[Token]) -> list[Party]:
        """The first candidate that names a country or person, with its conjuncts that do too
        ("defended IRAQ and LIBYA"), else the first candidate that is not the event's object."""
        parties = [self._party(context, head) for head in candidates]
        named = [(head, party) for head, party in zip(candidates, parties)
                 if party.country is not None or party.person is not None]
        if named:
            first, party = named[0]
            siblings = {c.i for c in first.conjuncts}
            return [party] + [p for head, p in named[1:] if head.i in siblings]
        used_ids = {u.i for u in used}
        return [party for head, party in zip(candidates, parties) if head.i not in used_ids][:1]

    def _party(self, context: "_Context", head: Token, resolve: bool = True) -> Party:
        if resolve and head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # "Sharon, WHO has vowed ...": the noun the clause modifies
        span = parties.noun_phrase_of(head)
        person = context.person_at.get(head.i)
        country = self.gazetteer.code_in(span)
        if country is None and person is not None:
            country = person.affiliation
        if country is None and person is not None:
            # "Kenzo Oshima, the UNITED NATIONS relief coordinator"
            country = next((c for c in (self.gazetteer.code_in(parties.noun_phrase_of(a))
                                        for a in head.children if a.dep_ == "appos") if c), None)
        if country is None and person is None and head.pos_ in ("NOUN", "PROPN"):
            # "leaders OF ROMANIA's government", "the government OF LIBERIA", "security forces
            # IN GUINEA"
            # "a group BASED IN TRINIDAD"
            based = [p for c in head.children if c.dep_ == "acl" and c.lower_ == "based"
                     for p in parties.pobjs_of(c, ("in",))]
            for owner in parties.pobjs_of(head, ("of", "in")) + based:
                inner = parties.noun_phrase_of(owner)
                person = context.person_at.get(owner.i)
                country = self.gazetteer.code_in(inner) or (person.affiliation if person else None)
                if country is not None or person is not None:
                    span = head.doc[span.start:max(span.end, inner.end)]
                    break
        party = Party(text=span.text, start=span.start_char, end=span.end_char, country=country,
                      person=person.id if person is not None else None)
        if resolve and country is None and person is None and head.lower_ in (
                _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS):
            antecedent = self._antecedent(context, head)
            if antecedent is not None:
                party.country, party.person = antecedent.country, antecedent.person
        return party

    def _antecedent(self, context: "_Context", pronoun: Token) -> Party | None:
        """A light, precise resolution of "it", "they", "he": the subject of the speech or
        intent verb the pronoun's clause reports ("IRAQ said it would allow ..."), the subject
        of its own clause for a possessive ("ISRAEL mounted its invasion"), else "it" -> the
        last country subject of the previous sentence and "he"/"she" -> the last person
        mentioned in this or the previous sentence."""
        wants_person = pronoun.lower_ in _PERSON_PRONOUNS
        wants_thing = pronoun.lower_ in _THING_PRONOUNS

        def fits(party: Party) -> bool:
            if wants_person:
                return party.person is not None
            if wants_thing:
                return party.person is None and party.country is not None
            return party.country is not None

        for subject in _reporting_subjects(pronoun):
            party = self._party(context, subject, resolve=False)
            if fits(party):
                return party
            return None  # the nearest reporting subject decides; no guessing past it
        if wants_thing:
            return self._previous_country_subject(context, pronoun)
        if wants_person:
            person = context.last_person_before(pronoun)
            if person is not None:
                return Party(text=person.name, start=0, end=0, country=person.affiliation,
                             person=person.id)
        return None

    def _previous_country_subject(self, context: "_Context", pronoun: Token) -> Party | None:
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        previous = pronoun.doc[sentence.start - 1].sent
        for token in reversed(previous):
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in (
                    _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS):
                party = self._party(context, token, resolve=False)
                if party.person is None and party.country is not None:
                    return party
        return None


@dataclass
class _Context:
    """What coding a story's actions needs besides the trigger: people and dates."""

    doc: Doc
    person_at: dict
    dates: list
    date_at: dict[int, tuple[int, str]] = field(init=False)
    date_by_id: dict = field(init=False)

    def __post_init__(self) -> None:
        self.date_at = _date_index(self.doc, self.dates)
        self.date_by_id = {d.id: d for d in self.dates}

    def date_of(self, clause_verb: Token, trigger: Token) -> str | None:
        """The date expression attached to the trigger's clause ("expelled ... on Monday"):
        of the expressions that reach the trigger or its clause verb, the first in the story."""
        found = [self.date_at[i] for i in (clause_verb.i, trigger.i) if i in self.date_at]
        return min(found)[1] if found else None

    def last_person_before(self, token: Token):  # type: ignore[no-untyped-def]
        """The person mentioned last before ``token`` in its or the previous sentence."""
        sentence = token.sent
        floor = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for i in range(token.i - 1, floor - 1, -1):
            if i in self.person_at:
                return self.person_at[i]
        return None


def _reporting_subjects(pronoun: Token) -> list[Token]:
    """Subjects that can stand for a pronoun subject or possessive in the same sentence."""
    if pronoun.dep_ == "poss":
        clause = parties.clause_verb_of(pronoun.head)
        return [s for s in parties.subjects_of(clause) if s.i != pronoun.i
                and s.lower_ not in _RELATIVE_PRONOUNS][:1] or _reporting_subjects_of(clause)
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return _reporting_subjects_of(pronoun.head)


def _reporting_subjects_of(clause: Token) -> list[Token]:
    """The subject of the speech or intent verb whose content ``clause`` is."""
    current = clause
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [s for s in subjects if s.lower_ not in _RELATIVE_PRONOUNS][:1]
    return []


def _obliged(verb: Token) -> list[Token]:
    """Who a speech verb's that-clause says MUST act ("said SUDAN must return"): the clause's
    subjects. A pronoun subject counts only when the verb names whom it addresses ("told IRAN
    that IT must"); otherwise it is the speaker's own obligation ("said it must")."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in _RELATIVE_PRONOUNS:
                continue
            if subject.pos_ == "PRON":  # "told IRAQ that it must": the addressee
                found += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
                continue
            found += [subject, *subject.conjuncts]
    return found


def _is_that_clause(clause: Token) -> bool:
    """A noun's content clause: "its demand THAT ISRAEL EASE restrictions" (acl with "that";
    a relative clause, "the demand that he made", is relcl)."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _addressees(token: Token, rule: TriggerRule, used: list[Token] = ()) -> list[Token]:
    """The party a verbal act is addressed to when it has no object: the subject of what an
    appeal, demand or accusation says ("demanded that HAMAS renounce", "charged that U.S.
    AGENTS abused"), or of the condition of a threat ("threatened ... unless BAGHDAD ...")."""
    if rule.root in (2, 10, 11):
        # "demanded THAT ...", "its demand THAT ...", "insisted on its demands THAT ..."
        clauses = [c for c in token.children if c.dep_ == "ccomp"] + [
            c for noun in (token, *used) for c in noun.children if _is_that_clause(c)]
    elif rule.root == 13:
        clauses = [c for c in token.subtree if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
    else:
        return []
    return [s for clause in clauses for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
            and s.lower_ not in _RELATIVE_PRONOUNS]


def _without_co_events(matches: list["Match"]) -> list["Match"]:
    """Drop what is part of another event rather than an event of its own: the casualties of
    an attack ("shelled Juba, KILLING 20", "raids in which 20 people WERE KILLED") and the
    demands a protest makes ("staged rallies TO DEMAND reforms": PLOVER codes protests that
    make demands as PROTEST)."""
    root_at = {token.i: rule.root for token, rule, _ in matches}

    def host_root(token: Token) -> int | None:
        head = token.head
        if head.i in root_at:
            return root_at[head.i]
        # the light verb of a nominal trigger: "STAGED demonstrations to demand"
        return next((root_at[c.i] for c in head.children
                     if c.dep_ in ("dobj", "attr") and c.i in root_at), None)

    # "a roadside BOMBING killed", "killed in a suicide BOMBING": one event, told by the verb
    # (its parties) with the more specific of the two codes
    rule_at = {token.i: rule for token, rule, _ in matches}
    merged: dict[int, TriggerRule] = {}
    absorbed: set[int] = set()
    for token, rule, _ in matches:
        if rule.root < 18 or token.pos_ != "VERB":
            continue
        means = next((m for m in _means(token) if m.pos_ == "NOUN" and m.i not in absorbed
                      and m.i in rule_at and rule_at[m.i].root >= 18 and (
                          rule.cameo == "190" or rule_at[m.i].root == rule.root)), None)
        if means is not None:
            absorbed.add(means.i)
            if rule.cameo == "190":
                merged[token.i] = rule_at[means.i]
    matches = [(token, merged.get(token.i, rule), used) for token, rule, used in matches
               if token.i not in absorbed]
    kept = []
    for token, rule, used in matches:
        violent = rule.root >= 18
        if token.pos_ == "VERB" and token.dep_ in ("advcl", "xcomp", "conj", "acl"):
            host = host_root(token)
            if violent and host is not None and host >= 18 and token.tag_ == "VBG":
                continue
            if rule.root in (2, 10, 11, 14) and host == 14:
                continue
        if violent and token.pos_ == "VERB" and _in_relative_clause(token) and any(
                c.dep_ == "auxpass" for c in token.children) and not any(
                c.dep_ == "agent" for c in token.children):
            continue  # "an attack in which 20 people were killed": its casualties
        kept.append((token, rule, used))
    return kept


def _means(verb: Token) -> list[Token]:
    """The subject, passive agent and "in" phrase of a verb: what killed or wounded."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + parties.passive_agents_of(verb) + parties.pobjs_of(
        verb, ("in",))


def _in_relative_clause(token: Token) -> bool:
    current = token
    for _ in range(3):
        if current.dep_ == "relcl":
            return True
        if current.dep_ not in ("conj",) or current.head.i == current.i:
            return False
        current = current.head
    return False


def _in_setting(token: Token, clause_verb: Token) -> bool:
    """The noun sits in an adjunct phrase of its clause whose preposition names a setting
    rather than a prior event ("AT the talks", "IN an attack", "AHEAD OF a summit")."""
    current = token
    for _ in range(6):
        if current.i == clause_verb.i or current.head.i == current.i:
            return False
        if current.dep_ in ("pobj", "pcomp") and current.head.dep_ == "prep":
            word = current.head.lower_
            if word in _BACKGROUND_PREPOSITIONS:
                return False
            if word in _SETTING_PREPOSITIONS:
                return True
        if current.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT"):
            return False
        current = current.head
    return False


def _is_modifier(token: Token) -> bool:
    """A participle modifying a noun describes it, it does not report an event: "the BESIEGED
    town", "a UN-BROKERED deal", "athletes KILLED at the Games"."""
    return token.pos_ == "VERB" and (token.dep_ == "amod" or (
        token.dep_ == "acl" and token.tag_ in ("VBN", "VBG")))


def _is_idiom(token: Token) -> bool:
    """"will be MET with a united response": a reception, not a meeting."""
    return token.lemma_ == "meet" and any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children)


def _prep_keys(token: Token) -> set[str]:
    """Prepositions whose object names someone, as pseudo-objects "prep:on" for lexicon rows
    ("called ON Israel to ..."). A date is not someone ("called on Tuesday")."""
    keys = {f"prep:{child.lower_}" for child in token.children if child.dep_ == "prep"
            and any(g.dep_ == "pobj" and g.ent_type_ not in parties.NOT_PARTIES for g in child.children)}
    if any(c.dep_ == "ccomp" or _is_that_clause(c) for c in token.children):
        keys.add("clause:that")  # "agreed THAT there was a need": accord, not a commitment
    if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children):
        keys.add("clause:to")  # "DECLINED TO resign" (a refusal), not "prices declined"
    return keys


Match = tuple[Token, TriggerRule, list[Token]]


def _resolve_content(matches: list[Match]) -> tuple[list[Match], dict[int, list[Match]]]:
    """Split matches into events and the content of verbal acts.

    What a verbal act (appeal, intent, demand, accusation, rejection, threat) demands, offers,
    alleges, refuses or threatens is not an event of its own; it refines the act's code. A
    nominal verbal act that is the object of another ("rejected the CALL for aid") is what is
    answered, not a second event. An intent whose content is a conflictual act ("agreed to
    expel") gives way to that act, which the clause codes as a threat.
    """
    at = {token.i: (token, rule, used) for token, rule, used in matches}
    content: dict[int, list[Match]] = {}
    dropped: set[int] = set()
    for token, rule, _ in matches:
        if rule.root not in _GOVERNING_ROOTS or token.i in dropped:
            continue
        inside = [at[i] for i in sorted(_content_scope(token, rule)) if i in at and i != token.i]
        if rule.root == 3 and any(not r.is_cooperative for _, r, _ in inside):
            dropped.add(token.i)
            continue
        content[token.i] = inside
        dropped.update(t.i for t, _, _ in inside)
    return [m for m in matches if m[0].i not in dropped], content


def _content_scope(token: Token, rule: TriggerRule) -> set[int]:
    """Token indices of a verbal act's content: its clausal complements, its "of"/"for"
    phrases (a comment's "about"/"over" topic too), and a nominal verbal act as its object
    ("rejected the CALL")."""
    heads: list[Token] = []
    prepositions = _CONTENT_PREPOSITIONS + (("about", "over", "on") if rule.root == 1 else ())
    for child in token.rights:  # content follows the act; a fronted clause is a quote or a
        # mis-parsed headline ("Poland expels diplomats; Moscow vows to retaliate")
        if child.dep_ in ("xcomp", "ccomp") or (token.pos_ == "NOUN" and child.dep_ == "acl"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in prepositions:
            heads.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
        elif child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            heads.append(child)
    scope: set[int] = set()
    stack = heads
    while stack:
        current = stack.pop()
        scope.add(current.i)
        for child in current.children:
            if child.dep_ in ("relcl", "appos", "parataxis"):
                continue  # "against Sharon, WHO HAS VOWED ...": the target's own deeds
            if child.dep_ == "prep" and child.lower_ in _BACKGROUND_PREPOSITIONS:
                continue  # "agreed to resume swaps AFTER TALKS": the talks happened
            stack.append(child)
    return scope


def _refine(rule: TriggerRule, content: list[Match]) -> tuple[str | None, str | None, str]:
    """A generic threat or intent takes its specific code from its content: "threatened to
    launch an offensive" is 1384, "offered to provide aid" 033."""
    plover, mode, cameo = rule.plover, rule.mode, rule.cameo
    if rule.root not in (3, 13) or cameo not in ("030", "130"):
        return plover, mode, cameo
    for _, inner, _ in content:
        future = inner.future_cameo or ("030" if inner.is_cooperative else "130")
        if rule.root == 13 and not inner.is_cooperative and future.startswith("13"):
            return "THREATEN", _threat_mode(inner) or mode, future
        if rule.root == 3 and inner.is_cooperative and future.startswith("03"):
            return plover, mode, future
    return plover, mode, cameo


def _announced(rule: TriggerRule, plover: str | None, mode: str | None,
               cameo: str) -> tuple[str | None, str | None, str]:
    """The code of an act announced ahead: the ontologies code future cooperation as intent
    (AGREE / 03) and future conflict as a threat (THREATEN / 13)."""
    if rule.future_cameo == rule.cameo:
        return plover, mode, cameo  # a verbal act: "will demand" is still a demand
    if rule.is_cooperative and rule.root != 3:
        return "AGREE", None, rule.future_cameo or "030"
    if not rule.is_cooperative and rule.root != 13:
        return "THREATEN", _threat_mode(rule), rule.future_cameo or "130"
    return plover, mode, cameo


def _is_consequence(verb: Token) -> bool:
    """The main clause of a condition, announced with will/would ("if ..., the EU WOULD
    impose"), as opposed to the if-clause itself."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    is_condition = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    return not is_condition and bool(auxiliaries & (FUTURE_AUXILIARIES | {"would"}))


def _coarse_pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        return "ADJ"  # a predicate adjective: "he was OPTIMISTIC about the talks"
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ == "talks"):
        return "NOUN"
    return None


def _alias_text(doc: Doc, found: tuple[str, int, int]) -> str:
    """The text of a gazetteer match (code, start, end)."""
    return doc[found[1]:found[2]].text


def _threat_mode(rule: TriggerRule) -> str | None:
    """The PLOVER THREATEN mode (the content of the threat) for an announced conflictual act."""
    if rule.mode in ("expel", "arrest"):
        return rule.mode
    if rule.root == 19 and rule.cameo.startswith("192"):
        return "territory"
    return {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence",
            "MOBILIZE": "violence"}.get(rule.plover or "")


_BACKGROUND_PREPOSITIONS = {"after", "since", "following", "despite", "amid", "during"}


def _is_background(token: Token, clause_verb: Token) -> bool:
    """A nominal trigger in a temporal or background phrase ("agreed to resume exchanges AFTER
    TALKS") happened already, whatever the clause says of its main verb."""
    head = token.head
    return (token.pos_ == "NOUN" and token.dep_ == "pobj" and head.lower_ in _BACKGROUND_PREPOSITIONS
            and head.head.i == clause_verb.i)


def _date_index(doc: Doc, dates: list) -> dict[int, tuple[int, str]]:
    """Token index -> (position in the story, id) of the first date expression attached to
    it, built once per story so that dating an action is a look-up: each expression's head
    and its ancestors, at most four, stopping at the first verb above it (its clause)."""
    index: dict[int, tuple[int, str]] = {}
    for order, expression in enumerate(dates):
        head = doc[expression.token_start:expression.token_end].root
        for _ in range(4):
            index.setdefault(head.i, (order, expression.id))
            if head.head.i == head.i or (head.pos_ == "VERB" and head.dep_ != "prep"):
                break
            head = head.head
    return index


def _before_reference_year(doc: Doc, expression) -> bool:  # type: ignore[no-untyped-def]
    """An action dated in an earlier year than the story is history, not news."""
    reference = doc._.annotate_reference_date
    value = expression.value or ""
    return reference is not None and value[:4].isdigit() and int(value[:4]) < reference.year
