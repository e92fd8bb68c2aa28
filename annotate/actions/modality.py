"""Negation and modality of an action's clause: did it happen, will it, might it, if?

The rules read the dependency parse around the trigger's clause verb: auxiliaries ("will",
"could"), the verb it depends on ("plans to", "failed to", "said ... would"), and if-clauses.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import read_groups
from .ranked_doers import ranks_its_subject

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo"}
_HYPOTHETICAL_AUXILIARIES = {"could", "might", "may", "should", "would", "can", "must"}
_INTENT_HEADS = {"plan", "intend", "expect", "schedule", "set", "prepare", "aim", "hope",
                 "promise", "pledge", "vow", "want", "seek", "propose", "offer", "agree",
                 "threaten", "consider",
                 # (not "decide": "has DECIDED to lift the sanctions" reports the act decided,
                 # not an intent announced ahead)
                 # predicate adjectives: "is willing to withdraw", "is prepared to impose"
                 "willing", "ready", "prepared", "determined", "committed", "eager", "poised"}
_SPEECH_HEADS = {"say", "tell", "announce", "report", "state", "add", "warn", "claim",
                 "insist", "predict", "confirm", "suggest", "believe", "think", "signal"}
_FAILURE_HEADS = {"fail", "neglect"}
# Verbs of wishing: what their clause says is wished for, not announced ("hope", "wish").
_HOPE_HEADS = {"hope", "wish", "pray", "dream"}
_NOBODY = {"none", "nobody", "nothing"}
# What something is for, not what its actor announces: "a visit MEANT to revive the talks", "in
# a BID to end the strike", "TRIED to broker a truce". The act is an aim, not a fact.
_AIM_HEADS = {"mean", "design", "try", "attempt", "strive", "bid", "effort", "push", "drive",
              "quest", "endeavour", "endeavor"}


@lru_cache(maxsize=1)
def _prospective() -> dict[str, frozenset[str]]:
    """The predicates of the prospective future (models/prospective.tsv), by frame: adjectives
    ("is ABOUT TO expel", "is DUE TO host") and nouns ("is on the VERGE of signing")."""
    return read_groups("prospective.tsv", "frame", "word")


def prospective(word: Token) -> bool:
    """The word is the act of a prospective construction, announced ahead as "will" announces
    it: the to-infinitive of a prospective adjective ("is POISED TO deport", "is about to
    expel"), or the gerund or event noun of "on the verge of" ("is on the verge of SIGNING",
    "on the point of EXPELLING")."""
    head = word.head
    if word.dep_ == "xcomp":
        return head.lower_ in _prospective()["adjective"] and head.dep_ in ("acomp", "ROOT")
    return word.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and (
        head.head.lower_ in _prospective()["noun"] and head.head.dep_ == "pobj"
        and head.head.head.lower_ == "on")


def is_negated(token: Token, clause_verb: Token) -> bool:
    """The action did not happen: "did not expel", "failed to agree", "no talks"."""
    # "did NOT expel"; "will NO LONGER host the talks": an act that stops
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(
            g.dep_ == "neg" and g.lower_ == "no" for g in c.children)
           for word in {token, clause_verb} for c in word.children):
        return True
    if failed(token, clause_verb):  # "FAILED to reach agreement": it did not happen
        return True
    if _yet_to(token) or _yet_to(clause_verb):
        return True  # "has YET TO release the journalists", "are yet to free": not yet done
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "withdrew WITHOUT FIRING a shot", "without using chemicals"
    if instead_of(token) or instead_of(clause_verb):
        return True  # "INSTEAD OF ATTACKING the town, the rebels withdrew"
    if token.pos_ == "NOUN":
        return any(c.lower_ == "no" for c in token.children if c.dep_ == "det")
    # "NONE of the doctors were killed", "NO ONE was hurt", "NO deadline had been set", "set
    # NO date": a subject that says nobody, or a subject or object with "no"; "NEITHER Kenya
    # nor Uganda signed": a subject or object coordinated by neither ... nor
    return token.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _NOBODY
        or c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither")
                for g in c.children)
        for c in token.children)


def _yet_to(verb: Token) -> bool:
    """The infinitive of "has yet to" or "is yet to": what has not happened so far."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children)


def instead_of(word: Token) -> bool:
    """The word is what was done in place of, so not done: the object of "instead of" or of
    "rather than" ("INSTEAD OF TALKS", "rather than MEETING the envoy"), a clause or conjunct
    after "rather than" ("rather than MEET the demands, the army fired"; "chose to resign
    rather than APOLOGIZE")."""
    if word.dep_ in ("pcomp", "pobj") and word.head.lower_ in ("of", "than"):
        return any(c.lower_ == ("instead" if word.head.lower_ == "of" else "rather")
                   for c in word.head.children)
    if word.dep_ == "advcl":
        return any(c.lower_ == "than" and c.dep_ == "mark" for c in word.children) and any(
            c.lower_ == "rather" for c in word.children)
    if word.dep_ == "conj":
        return any(c.lower_ == "than" and c.dep_ == "cc" and c.i < word.i and any(
            g.lower_ == "rather" for g in (*c.children, *word.head.children))
            for c in word.head.children)
    return False


# Modifiers that make an event noun one that is planned or only possible: "a PLANNED visit",
# "the PROPOSED exchange", "a POSSIBLE strike".
_PLANNED = {"planned", "scheduled", "upcoming", "forthcoming", "expected", "intended"}
_POSSIBLE = {"proposed", "possible", "potential", "prospective", "mooted", "suggested",
             "hypothetical", "would-be"}


# Verbs of deliberating (WordNet 3.0 consider.v.03 "think about carefully; weigh": consider,
# debate, moot, turn over, deliberate; with weigh, mull, ponder, contemplate): the event noun
# they take is one still being thought over ("is CONSIDERING aid to Haiti"), coded as an act
# announced ahead, as the lexicon's consider rows code "considering sanctions" (1312, the
# future code of 163).
_DELIBERATING = {"consider", "debate", "moot", "deliberate", "weigh", "mull", "ponder",
                 "contemplate"}


# Verbs of planning (WordNet 3.0 plan.v.01 "have the will and intention to carry out some
# action", with schedule and prepare): the event noun they take in the present is one still
# ahead ("unions PLAN a strike", "is PREPARING an offensive"); in the past it may have
# happened since ("the men who PLANNED the attack"), so the clause decides.
_PLANNING = {"plan", "schedule", "prepare"}
_PRESENT_AUXILIARIES = {"is", "are", "'s", "'re", "am"}


def _planned_now(verb: Token) -> bool:
    """A verb of planning in the present: "plans", "are planning"."""
    if verb.lemma_.lower() not in _PLANNING:
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in _PRESENT_AUXILIARIES for c in verb.children)


# Nouns of what may happen (chance, risk, fear, hope, rumour): the event of their of- or
# for-phrase is one feared, hoped for or rumoured, as a "possible" one is ("amid FEARS OF an
# attack", "the RISK OF war", "HOPES FOR a ceasefire").
_POSSIBILITY_NOUNS = {"fear", "risk", "danger", "prospect", "possibility", "likelihood",
                      "chance", "specter", "spectre", "rumor", "rumour", "brink", "hope"}


def noun_modality(token: Token) -> str | None:
    """future for a planned event noun or one being deliberated, hypothetical for a possible
    or proposed one, or one a noun of possibility names; None for any other token (the clause
    decides)."""
    if token.pos_ != "NOUN":
        return None
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if words & _POSSIBLE or token.dep_ == "pobj" and token.head.lower_ in ("of", "for") and (
            token.head.head.lemma_.lower() in _POSSIBILITY_NOUNS):
        return "hypothetical"
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _DELIBERATING:
        return "future"
    if token.dep_ == "dobj" and _planned_now(token.head):
        return "future"  # "the opposition PLANS another rally on Tuesday"
    if words & _PLANNED or prospective(token):
        return "future"  # "a PLANNED visit"; "on the verge of a DEAL"
    return None


def failed(token: Token, clause_verb: Token) -> bool:
    """The action is what its parties failed to do: "FAILED to reach a deal"."""
    return any(word.dep_ == "xcomp" and word.head.lemma_ in _FAILURE_HEADS
               for word in {token, clause_verb})


def modality_of(verb: Token) -> str:
    """asserted, future, hypothetical or conditional, from the verb's auxiliaries and heads."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if (verb.dep_ == "xcomp" and verb.head.lemma_ in _INTENT_HEADS or prospective(verb)) and (
            not _within_condition(verb.head)):
        # "is willing to withdraw IF it can retain ...": an offer made now, on a condition;
        # the condition qualifies the act offered, not the offer
        return "future"
    if _in_condition(verb) or _within_condition(verb):
        return "conditional"
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _HOPE_HEADS:
        return "hypothetical"  # "officials HOPE the visit WILL REVIVE the talks": a wish
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("likely", "unlikely")):
        return "hypothetical"  # "has not decided WHETHER to expel", "is UNLIKELY to expel"
    if auxiliaries & FUTURE_AUXILIARIES:
        return "future"
    if "would" in auxiliaries and _reported(verb):
        return "future"  # "said Russia would expel": a future in reported speech
    if auxiliaries & _HYPOTHETICAL_AUXILIARIES:
        return "hypothetical"
    if verb.dep_ in ("xcomp", "acl", "advcl") and verb.head.lemma_ in _AIM_HEADS:
        return "hypothetical"
    if verb.dep_ == "pcomp" and verb.head.head.lemma_ in _AIM_HEADS | {"aim"}:
        return "hypothetical"  # "talks AIMED AT ending the war"
    if verb.dep_ == "relcl" and verb.head.head.i != verb.head.i:
        # "must reach an agreement THAT STOPS the conflict": the clause describes something
        # the sentence only wants or foresees
        outer = verb.head.head
        while outer.pos_ not in ("VERB", "AUX") and outer.head.i != outer.i:
            outer = outer.head
        if outer.pos_ in ("VERB", "AUX") and outer.i != verb.i:
            mood = modality_of(outer)
            if mood in ("hypothetical", "conditional"):
                return mood
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _INTENT_HEADS:
        return "future"  # "plans to visit", "is scheduled to meet"
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and (
            verb.head.lemma_ in ("be", "go") and not _yet_to(verb)
            and not ranks_its_subject(verb.head) or _headline_infinitive(verb)):
        return "future"  # "is to meet", "is going to expel"; headlines: "Iran TO FREE ..."
    return "asserted"


def _headline_infinitive(verb: Token) -> bool:
    """A to-infinitive that no verb governs, after its subject: the future of a headline ("Iran
    to free aid worker", "EU to impose new sanctions": headlines write "will" so), the
    sentence's root or a clause the parse hung on the name before it."""
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and (
        head.i < verb.i) or headline_infinitive_subject(verb) is not None


def headline_infinitive_subject(verb: Token) -> Token | None:
    """The name a headline's "to" future hangs on when the parse made that name the root and
    the infinitive its clause ("Brazil's LULA to visit Beijing next week", "LULA to visit"
    with the name even tagged a verb): the infinitive's subject. None for anything else ("a
    plan to visit" in a sentence with a verb of its own; a root with a subject of its own)."""
    if verb.dep_ not in ("acl", "relcl", "advcl") or verb.tag_ != "VB" or verb.i < 2:
        return None
    head, to = verb.head, verb.doc[verb.i - 1]
    if head.dep_ != "ROOT" or head.i != to.i - 1 or to.lower_ != "to" or to.head != verb or (
            head.pos_ not in ("PROPN", "NOUN") and not head.text[:1].isupper()):
        return None
    return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) else head


def _in_condition(verb: Token) -> bool:
    """The trigger is in an if-clause, or its clause depends on one."""
    return _is_if_clause(verb) or any(_is_if_clause(child) for child in verb.children)


def _within_condition(verb: Token) -> bool:
    """The verb, or the verb or adjective it complements, is an if-clause: "IF Iran DECIDES
    to free the sailors", "IF Iran IS WILLING to free them"."""
    current = verb
    for _ in range(3):
        if _is_if_clause(current):
            return True
        if current.dep_ not in ("xcomp", "acomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_if_clause(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


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
