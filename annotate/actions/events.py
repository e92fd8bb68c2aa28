"""Which triggers report events of their own, and which are part of another event.

A participle describing a noun is no event; an attack's casualties and a protest's demands are
part of that attack or protest; what a verbal act demands, offers, alleges, refuses or
threatens is its content, which refines the act's code rather than being coded apart. A meeting
noun in a setting phrase ("AT the talks") is where something else happened, and one in a
background phrase ("AFTER talks") happened already. Beside an event of its sentence, an event
in a scene-setting clause ("after rebels seized the town", "the farmers who stormed a court")
is background, not news.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import parties
from .lexicon import TriggerRule
from .misplaced_subjects import among_inverted
from .objects import is_infinitive
from .phrases import rejoins_main_clause
from .several import hosted_meeting
from .shared_subjects import supplementive
from .triggers import Match
from .wordclasses import DOCUMENT_NOUNS

# Verbal acts with a propositional content: statements, appeals, intents, demands, accusations,
# rejections and threats. What they demand, propose, allege, refuse or threaten is the content
# of the act, not an event of its own ("urged Iran TO RELEASE", "accused Kyiv OF SHELLING").
_GOVERNING_ROOTS = frozenset({1, 2, 3, 10, 11, 12, 13})
_CONTENT_PREPOSITIONS = ("of", "for")

# A meeting noun in one of these phrases, with no party of its own, names the setting of the
# sentence's event ("raised it AT THE TALKS", "AHEAD OF the summit"), not an event it reports.
_SETTING_PREPOSITIONS = {"in", "at", "ahead", "before", "of", "on", "over", "with", "until"}

BACKGROUND_PREPOSITIONS = {"after", "since", "following", "despite", "amid", "during"}


def is_modifier(token: Token) -> bool:
    """A participle modifying a noun describes it, it does not report an event: "the BESIEGED
    town", "a UN-BROKERED deal", "athletes KILLED at the Games" (also when the tagger reads the
    participle as a past tense in a sentence whose main verb is elsewhere). A document's present
    participle is what the document does, an event ("a resolution CRITICIZING the president")."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ != "acl":
        return token.dep_ == "amod"
    if token.tag_ == "VBG" and (token.head.lemma_.lower() in DOCUMENT_NOUNS
                                or supplementive(token) or among_inverted(token)):
        return False
    if hosted_meeting(token):
        return False  # "the talks, HOSTED by Qatar,": the hosting, as "Qatar hosted the talks"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False  # a clause with a subject of its own: "said in a statement that ETHIOPIA
        # HAD VIOLATED its airspace" (the parse hangs the that-clause on the noun)
    if token.tag_ == "VBD" and token.sent.root.pos_ in ("VERB", "AUX"):
        return True  # "freed peacekeepers HELD captive": a participle tagged as a past tense
    return token.tag_ in ("VBN", "VBG")


# Nouns of an agreement or a plan: an infinitive that says what they provide for is their
# content, not an event ("signed a DEAL TO CUT tariffs", "a PLAN TO WITHDRAW troops").
_PLAN_NOUNS = {"deal", "agreement", "accord", "pact", "treaty", "plan", "proposal", "bill",
               "law", "scheme", "programme", "program", "roadmap", "framework", "blueprint"}


def is_planned(token: Token) -> bool:
    """An infinitive that is the content of an agreement or plan noun: its clause ("a plan TO
    WITHDRAW troops"), also where the parse hung it on the verb whose object that noun is
    ("signed a deal TO CUT tariffs")."""
    if token.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in token.children):
        return False
    if token.dep_ == "acl":
        return token.head.lemma_.lower() in _PLAN_NOUNS
    return token.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PLAN_NOUNS and c.i < token.i
        for c in token.head.children)


# Nouns that say an event is NOT going on: "a LULL in the fighting", "a PAUSE in the strikes",
# "an END to the violence". The event they name is absent, not reported.
_ABSENCE_NOUNS = {"lull", "pause", "respite", "letup", "break", "halt", "end", "cessation",
                  "absence", "stop", "moratorium"}


# Nouns of asking: what their for-phrase names is asked for, not reported as happening ("faced
# CALLS FOR his RESIGNATION", "brushed aside DEMANDS FOR a CEASEFIRE").
_ASKING_NOUNS = {"call", "demand", "appeal", "plea", "request", "push", "clamor", "clamour",
                 "pressure"}


def is_absent(token: Token) -> bool:
    """A noun trigger that a noun of absence governs: "a lull IN THE FIGHTING"; or that a noun
    of asking asks for: "calls FOR HIS RESIGNATION" (when that noun is a trigger, its content)."""
    prep = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    if prep.lower_ == "for" and prep.head.pos_ == "NOUN":
        return prep.head.lemma_.lower() in _ASKING_NOUNS
    return prep.lower_ in ("in", "to", "of", "on") and prep.head.lemma_.lower() in _ABSENCE_NOUNS


# Participles of suspicion and charges: what follows "suspected OF", "charged WITH", "wanted
# FOR" is what someone is alleged to have done, not an event the story reports. A finding
# ("found guilty of", "convicted of") says the act happened, so it is not among them.
_ALLEGATION_WORDS = frozenset({"suspect", "suspected", "accuse", "accused", "charge", "charged",
                               "indict", "indicted", "want", "wanted", "blame", "blamed",
                               "allege", "alleged", "arrest", "arrested"})


def is_alleged(token: Token) -> bool:
    """A gerund after "of", "with" or "for" on a word of suspicion or charges ("three men
    suspected OF ATTACKING a patrol", "arrested for SPYING"): an allegation, not a report."""
    prep = token.head
    return (token.dep_ == "pcomp" and token.tag_ == "VBG" and prep.lower_ in ("of", "with", "for")
            and (prep.head.lower_ in _ALLEGATION_WORDS
                 or prep.head.lemma_.lower() in _ALLEGATION_WORDS))


def without_co_events(matches: list[Match]) -> list[Match]:
    """Drop what is part of another event rather than an event of its own: the casualties of
    an attack ("shelled Juba, KILLING 20", "raids in which 20 people WERE KILLED"), the raid
    an arrest was made in ("arrested 14 people IN A RAID"), and the demands a protest makes
    ("staged rallies TO DEMAND reforms": PLOVER codes protests that make demands as
    PROTEST)."""
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
    # "arrested 14 people IN A RAID": the raid is how the arrest was made, one event (173)
    for token, rule, _ in matches:
        if rule.root < 17 or token.pos_ != "VERB":
            continue
        means = next((m for m in _means(token) if m.pos_ == "NOUN" and m.i not in absorbed
                      and m.i in rule_at and rule_at[m.i].root >= 18 and (
                          rule.cameo == "190" or rule_at[m.i].root == rule.root
                          or rule.cameo.startswith("173"))), None)
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
    """The subject, passive agent and "in" phrase of a verb: what killed or wounded; and the
    "with" phrase: how it was done ("retaliated WITH AIRSTRIKES")."""
    return ([c for c in verb.children if c.dep_ == "nsubj"] + parties.passive_agents_of(verb)
            + parties.pobjs_of(verb, ("in", "with")))


def _in_relative_clause(token: Token) -> bool:
    current = token
    for _ in range(3):
        if current.dep_ == "relcl":
            return True
        if current.dep_ not in ("conj",) or current.head.i == current.i:
            return False
        current = current.head
    return False


def resolve_content(matches: list[Match]) -> tuple[list[Match], dict[int, list[Match]]]:
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
    prepositions = _CONTENT_PREPOSITIONS + (("about", "over", "on") if rule.root == 1 else ()) + (
        # "condemned the strikes AS a flagrant VIOLATION of the truce": the name a comment,
        # a criticism or a rejection gives its object (the object predicative), no event
        ("as",) if rule.root in (1, 11, 12) else ())
    for child in token.rights:  # content follows the act; a fronted clause is a quote or a
        # mis-parsed headline ("Poland expels diplomats; Moscow vows to retaliate")
        if child.dep_ in ("xcomp", "ccomp") or (token.pos_ == "NOUN" and child.dep_ == "acl"):
            heads.append(child)
        elif rule.root in (2, 10) and child.dep_ == "advcl" and is_infinitive(child) and any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                    r.dep_ == "relcl" for o in c.children for r in o.subtree)
                for c in token.children):
            # "pressed SEOUL to drop the tariffs", "called ON FRANCE, WHICH ..., to press
            # Israel" (the relative clause made the parse hang the infinitive on the verb):
            # what is asked of the one addressed. Without a relative, an infinitive after "called
            # on" a person is the purpose of a call paid ("called on the president TO DISCUSS")
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
            if rejoins_main_clause(child) is not None:
                continue  # "denied that they had been mistreated and ACCUSED them": no content
            if child.dep_ == "prep" and child.lower_ in BACKGROUND_PREPOSITIONS:
                continue  # "agreed to resume swaps AFTER TALKS": the talks happened
            stack.append(child)
    return scope


def in_setting(token: Token, clause_verb: Token) -> bool:
    """The noun sits in an adjunct phrase of its clause whose preposition names a setting
    rather than a prior event ("AT the talks", "IN an attack", "AHEAD OF a summit")."""
    current = token
    for _ in range(6):
        if current.i == clause_verb.i or current.head.i == current.i:
            return False
        if current.dep_ in ("pobj", "pcomp") and current.head.dep_ == "prep":
            word = current.head.lower_
            if word in BACKGROUND_PREPOSITIONS:
                return False
            if word in _SETTING_PREPOSITIONS:
                return True
        if current.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT"):
            return False
        current = current.head
    return False


def is_background(token: Token, clause_verb: Token) -> bool:
    """A nominal trigger in a temporal or background phrase ("agreed to resume exchanges AFTER
    TALKS") happened already, whatever the clause says of its main verb."""
    head = token.head
    return (token.pos_ == "NOUN" and token.dep_ == "pobj" and head.lower_ in BACKGROUND_PREPOSITIONS
            and head.head.i == clause_verb.i)


# Subordinating words of a clause that sets the scene of the sentence's event with something
# that happened before it ("AFTER rebels seized the town", "ONCE the talks ended"). A clause of
# something happening at the same time ("AS the opposition threatened to ...") may be news of its
# own and stays.
_SCENE_MARKS = {"after", "since", "once"}
# Phrases of cause and of reaction: what they name happened before the sentence's event and
# is its reason ("suspended aid BECAUSE OF the FIGHTING", "DUE TO the PROTESTS", "IN
# RETALIATION FOR its INVASION of Kuwait").
_CAUSE_WORDS = {"because", "due", "owing"}
_REACTION_NOUNS = {"response", "retaliation", "reaction", "revenge", "reprisal", "answer"}


def continues_narrative(clause: Token) -> bool:
    """A relative clause of place set off by a comma, in the past tense, that tells what
    happened next there ("flew to Cairo, WHERE he MET the president"): the continuative
    relative of narrative (Quirk et al. 1985, 17.23), news of its own, not a description."""
    return clause.tag_ == "VBD" and any(
        c.dep_ == "advmod" and c.lower_ == "where" and c.i > 0 and c.doc[c.i - 1].text == ","
        for c in clause.children)


def in_scene(token: Token) -> bool:
    """The trigger sits in a clause or phrase that sets the scene of the sentence's own event:
    a temporal clause of an earlier event ("after rebels SEIZED the town"), a phrase of an
    earlier or surrounding one ("amid heavy FIGHTING", "following the ATTACK on the embassy",
    "during a DEMONSTRATION"), or a relative clause that describes a noun by what it did or is
    to do ("the farmers who STORMED a court", "a deal that would END the siege"). Wire copy
    repeats such background in every story of a thread; it is reported where it is the news."""
    node = token
    for _ in range(12):
        if node.dep_ == "relcl":
            return not continues_narrative(node)
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SCENE_MARKS
                                        for c in node.children):
            return True
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until"
                                        for c in node.children) and any(
                c.dep_ == "neg" for c in node.head.children):
            return True  # "will NOT end the strike UNTIL their demands are MET": a condition
        if node.dep_ == "pobj" and node.head.dep_ in ("prep", "pcomp") and (
                node.head.lower_ in _CAUSE_WORDS or node.head.head.lower_ in _CAUSE_WORDS or (
                    node.head.head.lemma_.lower() in _REACTION_NOUNS
                    and node.head.head.dep_ == "pobj" and node.head.head.head.lower_ == "in")):
            return True  # "because of the FIGHTING", "in retaliation for its INVASION"
        if node.head.i == node.i:
            return False
        node = node.head
    return False

