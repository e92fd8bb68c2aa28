"""Coding: the CAMEO code and PLOVER type of a trigger in its clause.

A generic threat or intent takes its specific code from its content ("threatened to launch an
offensive": 1384); an act announced ahead is coded as intent (cooperation, AGREE / 03x) or
threat (conflict, THREATEN / 13x), as both ontologies prescribe; an action dated in an earlier
year than the story is history. :func:`base_action` puts these together: a trigger's action
before its parties.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .action import Action
from .context import StoryContext
from .events import is_background
from .lexicon import TriggerRule, quad_of
from .modality import FUTURE_AUXILIARIES, failed, is_negated, modality_of, noun_modality
from .objects import is_infinitive
from .trigger_words import hyphenated_word
from .triggers import Match


def refine(rule: TriggerRule, content: list[Match]) -> tuple[str | None, str | None, str]:
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


def announced(rule: TriggerRule, plover: str | None, mode: str | None,
              cameo: str) -> tuple[str | None, str | None, str]:
    """The code of an act announced ahead: the ontologies code future cooperation as intent
    (AGREE / 03) and future conflict as a threat (THREATEN / 13)."""
    if rule.future_cameo == rule.cameo:
        if cameo.startswith("03") and plover != "AGREE":
            # "will reach a deal": a deal reached is PLOVER SUPPORT (finalised), one to come
            # an intent, AGREE; CAMEO codes both 03
            return "AGREE", None, cameo
        return plover, mode, cameo  # a verbal act: "will demand" is still a demand
    if rule.is_cooperative and rule.root != 3:
        return "AGREE", None, rule.future_cameo or "030"
    if not rule.is_cooperative and rule.root != 13:
        return "THREATEN", _threat_mode(rule), rule.future_cameo or "130"
    return plover, mode, cameo


# What refusing a cooperative act is in CAMEO 12 (REJECT), by the code of the act refused:
# to meet or negotiate (04) is 125, to cooperate materially (06) 121, to give aid (07) 122, to
# ease sanctions (081, 085) 1241 / 1244, to release (084) 1243, to allow access (086) 1245, to
# de-escalate (087) 1246, to yield otherwise (08) 124; anything else 120.
_REFUSALS = (("081", "1241"), ("084", "1243"), ("085", "1244"), ("086", "1245"),
             ("087", "1246"), ("08", "124"), ("04", "125"), ("06", "121"), ("07", "122"))


def keeps_peace(token: Token, clause_verb: Token, actors: list[Token]) -> bool:
    """Troops deployed as peacekeepers: "peacekeeping" or "peacekeepers" in the trigger's
    phrase, its actor's or a phrase of the verb that governs it ("deployed 230 troops ON A
    PEACEKEEPING MISSION", "Russian PEACEKEEPERS began deploying", "announced a deployment ...
    ON A PEACEKEEPING MISSION"). CAMEO codes such deployments 074, aid, not 15x."""
    phrases = [c for c in clause_verb.children if c.dep_ == "prep"] if clause_verb != token else []
    words = [t for head in (token, *actors, *phrases) for t in head.subtree]
    return any(t.lemma_.lower().startswith("peacekeep") for t in words)


# Verbs of a purpose that make forces sent someone's aid: "sent troops TO HELP Niger".
_HELP_VERBS = frozenset({"help", "assist", "support", "aid", "back", "train", "defend"})


def as_military_aid(rule: TriggerRule, token: Token, clause_verb: Token,
                    actors: list[Token]) -> TriggerRule:
    """A show of force (15) that is military aid (07): troops deployed as peacekeepers
    (074, see :func:`keeps_peace`) or sent to help a partner ("will send 500 troops TO HELP
    NIGER fight militants": 072, arms and personnel for the recipient's benefit, as PLOVER
    defines AID). Announced ahead, it is a promise of such aid (0334, 0332), not a threat."""
    if rule.root != 15:
        return rule
    if keeps_peace(token, clause_verb, actors):
        return replace(rule, plover="AID", mode=None, cameo="074", future_cameo="0334")
    purposes = [c for word in dict.fromkeys((token, clause_verb)) for c in word.children
                if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _HELP_VERBS
                and is_infinitive(c)]
    if purposes:
        return replace(rule, plover="AID", mode=None, cameo="072", future_cameo="0332")
    return rule


def refused(rule: TriggerRule) -> tuple[str, str | None, str]:
    """The code of a cooperative act announced as one that will not happen ("will not lift
    the ban", "won't release the prisoners"): a refusal, PLOVER REJECT."""
    cameo = next((code for prefix, code in _REFUSALS if rule.cameo.startswith(prefix)), "120")
    mode = {"04": "meet", "07": "assist", "08": "yield"}.get(rule.cameo[:2], "change")
    return "REJECT", mode, cameo


def is_consequence(verb: Token) -> bool:
    """The main clause of a condition, announced with will/would ("if ..., the EU WOULD
    impose"), as opposed to the if-clause itself."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    is_condition = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    return not is_condition and bool(auxiliaries & (FUTURE_AUXILIARIES | {"would"}))


def _threat_mode(rule: TriggerRule) -> str | None:
    """The PLOVER THREATEN mode (the content of the threat) for an announced conflictual act."""
    if rule.mode in ("expel", "arrest"):
        return rule.mode
    if rule.cameo.startswith("173"):
        return "arrest"  # "will charge": a charge is PLOVER ACCUSE/allege, CAMEO 173 an arrest
    if rule.root == 19 and rule.cameo.startswith("192"):
        return "territory"
    return {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence",
            "MOBILIZE": "violence"}.get(rule.plover or "")


def before_reference_year(doc: Doc, expression) -> bool:  # type: ignore[no-untyped-def]
    """An action dated in an earlier year than the story is history, not news."""
    reference = doc._.annotate_reference_date
    value = expression.value or ""
    return reference is not None and value[:4].isdigit() and int(value[:4]) < reference.year


def base_action(context: StoryContext, token: Token, node: Token, clause_verb: Token,
                rule: TriggerRule, content: list[Match]) -> Action:
    """The trigger's action before its parties: its code refined by its content, its
    negation and modality (announced acts are intents or threats, refusals announced are
    made now), its date, and the words that name it."""
    doc = context.doc
    negated = is_negated(node, clause_verb)
    modality = "asserted" if is_background(token, clause_verb) else (
        noun_modality(token) or modality_of(clause_verb))
    plover, mode, cameo = refine(rule, content)
    if negated and (plover == "AGREE" or cameo.startswith("03")) and failed(
            node, clause_verb):
        # "FAILED to reach a deal", "failed to agree on": the parties rejected each
        # other's terms, a disagreement that happened (a deal reached is PLOVER SUPPORT,
        # CAMEO 030: its failure too)
        plover, mode, cameo, negated = "REJECT", None, "120", False
    if modality == "future" or (modality == "conditional" and is_consequence(clause_verb)):
        # Announcing a verbal act ("will demand") is that act; other acts become intents or
        # threats, also when they hang on a condition ("if ..., the EU would impose").
        plover, mode, cameo = announced(rule, plover, mode, cameo)
        if negated and modality == "future" and 4 <= rule.root <= 8:
            # "will not lift the ban": announcing that one will not meet, cooperate or
            # yield is a refusal, made now
            plover, mode, cameo = refused(rule)
            negated, modality = False, "asserted"
    date_id = context.date_of(clause_verb, token)
    if modality == "asserted" and date_id is not None and before_reference_year(
            doc, context.date_by_id[date_id]):
        modality = "historical"
    word = hyphenated_word(token)  # "sit-in", "cease-fire": the trigger as a word
    base = Action(
        id="", start=word.start_char, end=word.end_char, trigger=word.text,
        plover=plover, mode=mode, cameo=cameo, actor=None, target=None, date=date_id,
        negated=negated, modality=modality, quad=quad_of(plover, cameo), token=token.i)
    return base
