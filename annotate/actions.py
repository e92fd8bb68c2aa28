"""The actions layer: who did what to whom, coded in CAMEO and PLOVER.

A trigger is a verb or noun in ``models/actions.tsv``. Actor and target come from the dependency
parse (subject, passive agent, object, "with/to/on/against" phrases, possessives of nominal
triggers) and are resolved to a country through the shared gazetteer, and to a person of the
people layer where one is named. The clause decides negation and modality; announced
cooperation is coded as intent (AGREE / 03) and announced conflict as a threat (THREATEN / 13),
as both ontologies prescribe. Speech verbs are not triggers: "X said Russia would expel ..."
codes the expulsion, and a sentence the lexicon does not cover gets no action.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import register_extensions
from .gazetteer import Gazetteer, load_gazetteer
from .lexicon import Lexicon, TriggerRule, load_lexicon, quad_of

register_extensions()

_TARGET_PREPOSITIONS = ("with", "to", "on", "against", "at", "into", "toward", "towards", "from",
                        "of", "over", "in")
_NOUN_MODIFIER_DEPS = ("compound", "amod", "poss", "det", "nmod", "nummod", "quantmod")
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_HYPOTHETICAL_AUX = {"could", "might", "may", "should", "would", "can", "must"}
_INTENT_HEADS = {"plan", "intend", "expect", "schedule", "set", "prepare", "aim", "hope",
                 "promise", "pledge", "vow", "want", "seek", "propose", "offer", "agree",
                 "decide", "threaten", "consider"}
_SPEECH_HEADS = {"say", "tell", "announce", "report", "state", "add", "warn", "claim",
                 "insist", "predict", "confirm", "suggest", "believe", "think", "signal"}
_RECIPROCAL_ROOTS = {4}  # CONSULT: meetings, calls, talks involve both parties alike
_PARTICLES = {"off", "out", "down", "up", "back", "over", "away"}


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

    def __call__(self, doc: Doc) -> Doc:
        person_at = {i: person for person in (doc._.annotate_people or [])
                     for m in person.mentions for i in range(m.token_start, m.token_end)}
        dates = doc._.annotate_dates or []
        matches = self._match(doc)
        actions: list[Action] = []
        for token, rule, used in matches:
            for action in self._code(doc, token, rule, used, person_at, dates):
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
        for token in doc:
            pos = _coarse_pos(token)
            if pos is None or not self.lexicon.candidates(token.lemma_.lower(), pos):
                continue
            if pos == "NOUN" and token.dep_ == "compound":
                continue  # a modifier, not an event: "AID workers", "SANCTIONS relief"
            # The small model often parses the particle of "stepped down" or "walked out of"
            # as an adverb or preposition: those count as particles too.
            particles = {child.lower_ for child in token.children if child.dep_ == "prt"
                         or child.dep_ in ("advmod", "prep") and child.lower_ in _PARTICLES}
            objects = _object_tokens(token)
            rule = self.lexicon.select(token.lemma_.lower(), pos, particles,
                                       {o.lemma_.lower() for o in objects})
            if rule is None:
                continue
            used = [o for o in objects if o.lemma_.lower() in rule.objects]
            if pos == "VERB":
                used += [o for o in objects if o.dep_ in ("dobj", "nsubjpass") and o not in used]
            consumed.update(o.i for o in used)
            matches.append((token, rule, used))
        return [(token, rule, used) for token, rule, used in matches if token.i not in consumed]

    # -- coding one trigger -----------------------------------------------------------------
    def _code(self, doc: Doc, token: Token, rule: TriggerRule, used: list[Token],
              person_at: dict, dates: list) -> list[Action]:
        clause_verb = _clause_verb(token)
        actor_heads = _actors(token, clause_verb)
        actor_tokens = {t.i for head in actor_heads for t in _noun_phrase(head)}
        negated = _is_negated(token, clause_verb)
        modality = "asserted" if _is_background(token, clause_verb) else _modality(clause_verb)
        plover, mode, cameo = rule.plover, rule.mode, rule.cameo
        if modality == "future" and rule.future_cameo != rule.cameo:
            # Announcing a verbal act ("will demand") is that act; other acts become intents.
            if rule.is_cooperative and rule.root != 3:
                plover, mode, cameo = "AGREE", None, rule.future_cameo or "030"
            elif not rule.is_cooperative and rule.root != 13:
                plover, mode, cameo = "THREATEN", _threat_mode(rule), rule.future_cameo or "130"
        date_id = _date_of(clause_verb, token, dates)
        if modality == "asserted" and date_id is not None and _before_reference_year(
                doc, next(d for d in dates if d.id == date_id)):
            modality = "historical"
        base = Action(
            id="", start=token.idx, end=token.idx + len(token.text), trigger=token.text,
            plover=plover, mode=mode, cameo=cameo, actor=None, target=None, date=date_id,
            negated=negated, modality=modality, quad=quad_of(plover, cameo), token=token.i)
        candidates = [c for c in _target_candidates(token, clause_verb, used)
                      if c.i not in actor_tokens and c.i != token.i]
        target = self._best_party(candidates, used, person_at)
        actors = [self._party(head, person_at) for head in actor_heads] or [None]
        if rule.root in _RECIPROCAL_ROOTS and target is None and len(actors) > 1:
            # "Orlov and Hale met": one meeting between the two, not two one-sided ones.
            return [replace(base, actor=actors[0], target=actors[1])]
        return [replace(base, actor=actor, target=target) for actor in actors]

    def _best_party(self, candidates: list[Token], used: list[Token],
                    person_at: dict) -> Party | None:
        """The first candidate that names a country or person, else the first candidate that
        is not the event's own object."""
        parties = [self._party(head, person_at) for head in candidates]
        for party in parties:
            if party.country is not None or party.person is not None:
                return party
        used_ids = {u.i for u in used}
        return next((party for head, party in zip(candidates, parties)
                     if head.i not in used_ids), None)

    def _party(self, head: Token, person_at: dict) -> Party:
        span = _noun_phrase(head)
        person = person_at.get(head.i)
        country = self.gazetteer.code_in(span)
        if country is None and person is not None:
            country = person.affiliation
        return Party(text=span.text, start=span.start_char, end=span.end_char, country=country,
                     person=person.id if person is not None else None)


def _coarse_pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ == "talks"):
        return "NOUN"
    return None


def _pobjs(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    return [grand for child in token.children if child.dep_ == "prep"
            and child.lower_ in prepositions for grand in child.children if grand.dep_ == "pobj"]


def _object_tokens(token: Token) -> list[Token]:
    """What the trigger acts on: objects, passive subjects, prepositional objects, xcomp verbs,
    and for a noun its compound modifiers and prepositional objects."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "compound", "xcomp"):
            found.append(child)
        elif child.dep_ == "prep":
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
        elif child.dep_ == "amod" and token.pos_ == "NOUN":
            found.append(child)
    for item in list(found):
        found.extend(item.conjuncts)
        if item.pos_ == "VERB":  # "refused to meet": the xcomp verb's object counts too
            found.extend(child for child in item.children if child.dep_ == "dobj")
        else:  # "dozens OF diplomats", "a group OF inspectors"
            found.extend(_pobjs(item, ("of",)))
    return found


def _clause_verb(token: Token) -> Token:
    """The verb whose clause the trigger is in (a noun's governing verb; the verb itself)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, following conjoined and infinitive verbs up to the one that has them."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return [subject for s in subjects for subject in (s, *s.conjuncts)]
        agents = _pobjs_of_agent(current)
        if agents:
            return agents
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            current = current.head
            continue
        break
    return []


def _pobjs_of_agent(verb: Token) -> list[Token]:
    """The passive agent: "were expelled BY RUSSIA"."""
    return [grand for child in verb.children if child.dep_ == "agent"
            for grand in child.children if grand.dep_ == "pobj"]


def _actors(token: Token, clause_verb: Token) -> list[Token]:
    """Actor head tokens, one per conjoined actor."""
    if token.pos_ == "VERB":
        if any(c.dep_ == "nsubjpass" for c in token.children):
            actors = _pobjs_of_agent(token)
        else:
            actors = _subjects(token)
    else:
        owners = [c for c in token.children if c.dep_ == "poss"]
        by = _pobjs(token, ("by",))
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")
                     and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()]
        between = _pobjs(token, ("between", "among"))
        actors = owners or by or modifiers or between
        if not actors and _in_object_of(token, clause_verb):
            actors = _subjects(clause_verb)  # "HELD a new round of talks", "IMPOSED sanctions"
        actors = [a for head in actors for a in (head, *head.conjuncts)]
    return [a for a in actors if a.lower_ not in ("who", "which", "that")]


def _in_object_of(token: Token, verb: Token) -> bool:
    """The noun is the verb's object, or hangs off it by "of" ("a round of talks")."""
    current = token
    for _ in range(4):
        if current.dep_ in ("dobj", "attr", "oprd") and current.head.i == verb.i:
            return True
        if current.dep_ == "pobj" and current.head.lower_ == "of":
            current = current.head.head
            continue
        return False
    return False


_NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def _target_candidates(token: Token, clause_verb: Token, used: list[Token]) -> list[Token]:
    """Possible targets in order of preference: objects, then with/to/on/against phrases."""
    found: list[Token] = []
    used_ids = {u.i for u in used}
    if token.pos_ == "VERB":
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        found += [c for c in token.children
                  if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
        found += _pobjs(token, ("with", "to", "on", "against", "toward", "towards", "into", "at"))
    else:
        found += _pobjs(token, ("of", "on", "against", "with", "to", "into", "over", "from",
                                "toward", "towards"))
        if clause_verb.i != token.i and token.dep_ == "dobj":
            found += _pobjs(clause_verb, ("with", "to", "on", "against", "toward", "towards"))
    for item in used:  # "imposed sanctions ON RUSSIA", "refused to meet THE ENVOYS"
        found += [c for c in item.children if c.dep_ == "dobj"]
        found += _pobjs(item, ("on", "against", "with", "to", "of", "from", "toward"))
    # A consumed object is the target only as a last resort, and only when it names someone
    # ("expelled U.S. DIPLOMATS"), never as a thing ("imposed SANCTIONS").
    found = [t for t in found if t.i not in used_ids] + [t for t in used if t.pos_ != "VERB"]
    found = [t for head in found for t in (head, *head.conjuncts)]
    return [t for t in found if t.ent_type_ not in _NOT_PARTIES
            and t.lower_ not in ("who", "which", "that") and t.pos_ != "VERB"]


def _noun_phrase(head: Token) -> Span:
    """The head with its left modifiers (titles, compounds, possessors): "the U.S. diplomats"."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NOUN_MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:  # keep flat name continuations ("Orlov Jr.")
        if child.dep_ in ("compound", "flat", "appos") and child.i == end and child.dep_ != "appos":
            end = child.i + 1
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    return doc[start:end]


def _is_negated(token: Token, clause_verb: Token) -> bool:
    for word in {token, clause_verb}:
        if any(c.dep_ == "neg" for c in word.children):
            return True
    if token.pos_ == "NOUN" and any(c.lower_ == "no" for c in token.children if c.dep_ == "det"):
        return True
    return False


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


def _modality(verb: Token) -> str:
    """asserted, future, hypothetical or conditional, from the verb's auxiliaries and heads."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if _in_condition(verb):
        return "conditional"
    if auxiliaries & _FUTURE_AUX:
        return "future"
    if "would" in auxiliaries and _reported(verb):
        return "future"  # "said Russia would expel": a future in reported speech
    if auxiliaries & _HYPOTHETICAL_AUX:
        return "hypothetical"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _INTENT_HEADS:
        return "future"  # "plans to visit", "is scheduled to meet"
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and \
            verb.head.lemma_ in ("be", "go"):
        return "future"  # "is to meet", "is going to expel"
    return "asserted"


def _in_condition(verb: Token) -> bool:
    """The trigger is in an if-clause, or its clause depends on one."""
    def is_if_clause(clause: Token) -> bool:
        return clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)

    return is_if_clause(verb) or any(is_if_clause(child) for child in verb.children)


def _reported(verb: Token) -> bool:
    """The verb is the content of a speech verb: "said Russia WOULD EXPEL"."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("ccomp", "xcomp", "conj") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_ in _SPEECH_HEADS:
            return True
    return False


def _date_of(clause_verb: Token, trigger: Token, dates: list) -> str | None:
    """The date expression attached to the trigger's clause ("expelled ... on Monday")."""
    targets = {clause_verb.i, trigger.i}
    for expression in dates:
        head = clause_verb.doc[expression.token_start:expression.token_end].root
        for _ in range(4):
            if head.i in targets:
                return expression.id
            if head.head.i == head.i or (head.pos_ == "VERB" and head.i != head.head.i
                                         and head.i not in targets and head.dep_ != "prep"):
                break
            head = head.head
    return None


def _before_reference_year(doc: Doc, expression) -> bool:  # type: ignore[no-untyped-def]
    """An action dated in an earlier year than the story is history, not news."""
    reference = doc._.annotate_reference_date
    value = expression.value or ""
    return reference is not None and value[:4].isdigit() and int(value[:4]) < reference.year
