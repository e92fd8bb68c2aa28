"""Who did it and to whom: the parties of an action, read from the dependency parse.

Subjects (through conjoined and infinitive verbs), passive agents, objects, prepositional
phrases, and the noun phrase a party is named by. The actions layer decides which of these is
the actor and which the target; this module only reads the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..gazetteer import load_gazetteer
from .lexicon import TriggerRule
from .objects import pobjs_of, recipients_of

_NOUN_MODIFIER_DEPS = ("compound", "amod", "poss", "det", "nmod", "nummod", "quantmod")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def pobjs_in(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of those prepositions anywhere in the token's phrase, nearest first."""
    return sorted((t for p in token.subtree if p.dep_ == "prep" and p.lower_ in prepositions
                   for t in p.children if t.dep_ == "pobj"), key=lambda t: abs(t.i - token.i))


# Nouns of an undertaking whose compound modifier names the event: a "MEDIATION effort", a
# "BOMBING campaign", an "ARREST warrant", a "RESCUE mission". Other heads make the compound a
# mere modifier ("AID workers", "SANCTIONS relief").
EFFORT_NOUNS = {"effort", "bid", "attempt", "initiative", "mission", "campaign", "drive",
                "process", "operation", "push", "plan", "warrant", "order", "threat", "spree",
                "wave", "offensive"}


def event_node(token: Token) -> Token:
    """Where the parse of an event starts: the trigger, or for a compound of an undertaking
    noun that noun ("launched a mediation EFFORT": the effort is what was launched)."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in EFFORT_NOUNS:
        return token.head
    return token


def counted(head: Token) -> Token:
    """A number stands for what it counts: "against HUNDREDS of banks" -> banks, "TENS of
    thousands of students" -> students."""
    for _ in range(3):
        if not (head.ent_type_ in ("CARDINAL", "QUANTITY") or head.like_num):
            break
        owners = pobjs_of(head, ("of",))
        if not owners:
            break
        head = owners[0]
    return head


def clause_verb_of(token: Token) -> Token:
    """The verb whose clause the trigger is in (a noun's governing verb; the verb itself)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def subjects_of(verb: Token) -> list[Token]:
    """Subjects of a verb, following conjoined and infinitive verbs up to the one that has them."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return [subject for s in subjects for subject in (s, *s.conjuncts)]
        agents = passive_agents_of(current)
        if agents:
            return agents
        misparsed = [c for c in current.children if c.i < current.i and c.dep_ in (
            "advmod", "npadvmod", "dep") and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")]
        if misparsed:  # "USAID had announced": a name before the verb parsed as an adverb
            return misparsed[:1]
        if current.dep_ in ("conj", "xcomp", "advcl", "acomp", "ccomp") and (
                current.head.i != current.i):
            # "Syria is WILLING to withdraw": acomp leads to the subject; a clause with no
            # subject of its own is the head's infinitive ("Ethiopia let FREE 70 prisoners")
            current = current.head
            continue
        break
    return []


def passive_agents_of(verb: Token) -> list[Token]:
    """The passive agent: "were expelled BY RUSSIA"."""
    return [grand for child in verb.children if child.dep_ == "agent"
            for grand in child.children if grand.dep_ == "pobj"]


def actor_heads(token: Token, clause_verb: Token, patient_named: bool = False) -> list[Token]:
    """Actor head tokens, one per conjoined actor. With ``patient_named`` (investigations,
    arrests, trials) a person named on the event noun is whom it concerns, not its actor."""
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBG":
        # "parliament passed A RESOLUTION criticizing ...": the document's author, its
        # possessor or name modifier ("the EU's statement", "a U.N. report"), or the subject
        # of the verb that issued it
        document = token.head
        authors = [c for c in document.children if c.dep_ == "poss"] + [
            c for c in _modifiers(document) if c.text[:1].isupper() and (
                c.pos_ == "PROPN" or load_gazetteer().lookup(c.text) is not None)]
        if not authors and document.dep_ in ("dobj", "nsubjpass"):
            authors = subjects_of(document.head)
        return [a for head in authors for a in (head, *head.conjuncts)]
    if token.pos_ in ("VERB", "ADJ"):
        if is_stative_passive(token):  # "Israel IS OPPOSED TO French mediation"
            actors = [c for c in token.children if c.dep_ == "nsubjpass"]
        elif any(c.dep_ == "nsubjpass" for c in token.children):
            actors = passive_agents_of(token)
        else:
            actors = subjects_of(token)
    else:
        # "RUSSIA's offensive"; not "LAST FRIDAY's bombings"
        owners = [c for c in token.children if c.dep_ == "poss" and c.ent_type_ not in NOT_PARTIES]
        suffered = undergone(token, clause_verb)
        # "an appeal FROM Russia": who makes a request or offer; "faces criticism FROM the UN":
        # who does what the subject undergoes
        by = pobjs_of(token, ("by", "from") if suffered or token.lemma_.lower() in _PROPOSAL_NOUNS
                      else ("by",)) + (pobjs_of(clause_verb, ("by", "from")) if suffered else [])
        # "a RUSSIAN raid", "ISRAELI artillery fire", "a U.S. military airstrike": a name or
        # nationality among the noun's modifiers, or their own modifiers, names the actor
        modifiers = [c for c in _modifiers(token) if _names_an_actor(c) and not (
            patient_named and c.ent_type_ == "PERSON")]  # "the BIN LADEN investigation"
        # "talks BETWEEN X and Y": the parties; but a mediation between them is someone else's
        between = [] if token.lemma_.lower() in _MEDIATION_NOUNS else pobjs_of(
            token, ("between", "among"))
        actors = owners or by or modifiers or between
        if suffered:  # the subject is the target, not the actor
            return [counted(a) for head in actors for a in (head, *head.conjuncts)]
        if not actors and token.dep_ == "pobj" and token.head.head.i == clause_verb.i and (
                clause_verb.lemma_.lower() in _STATE_VERBS):
            # "troops REMAINED on high ALERT", "workers WENT on STRIKE": who is in the state
            actors = subjects_of(clause_verb)
        if not actors and in_object_of(token, clause_verb) and (
                clause_verb.lemma_.lower() not in _PREVENTING_VERBS | _RELATING_VERBS):
            # "HELD a new round of talks", "IMPOSED sanctions"; but whoever PREVENTED a
            # demonstration did not stage it
            actors = subjects_of(clause_verb)
        actors = [a for head in actors for a in (head, *head.conjuncts)]
    return [counted(a) for a in actors if a.lower_ not in ("who", "which", "that")]


# Verbs whose subject undergoes the act their object names: "FACES criticism from the UN",
# "RECEIVED threats from the rebels", "SUFFERED sanctions", "DREW condemnation".
_UNDERGOING_VERBS = {"face", "receive", "suffer", "draw", "incur", "endure", "undergo", "attract"}


def undergone(token: Token, clause_verb: Token) -> bool:
    """The event noun is what its clause's subject undergoes: the object of an undergoing verb,
    or the "under" phrase of "come" or "be" ("the convoy CAME UNDER FIRE")."""
    if token.pos_ != "NOUN" or clause_verb.i == token.i:
        return False
    if clause_verb.lemma_.lower() in _UNDERGOING_VERBS:
        return in_object_of(token, clause_verb)
    return (token.dep_ == "pobj" and token.head.lower_ == "under"
            and token.head.head.i == clause_verb.i and clause_verb.lemma_.lower() in ("come", "be"))


def _names_an_actor(modifier: Token) -> bool:
    """A capitalised modifier of an event noun that can name who did it: a nationality, a
    country, an organisation or a person ("a RUSSIAN raid", "a U.S. airstrike", "a TALIBAN
    attack"), not a date or a place where it happened ("the JANUARY bombing", "the OCT. 23
    shooting", "three ATLANTA attacks")."""
    if not modifier.text[:1].isupper() or modifier.ent_type_ in NOT_PARTIES:
        return False
    gazetteer = load_gazetteer()
    if gazetteer.lookup(modifier.text) is not None:
        return gazetteer.kind(modifier.text) not in ("capital", "place")
    return modifier.pos_ == "PROPN" and modifier.ent_type_ not in ("GPE", "LOC", "FAC")


def _modifiers(noun: Token) -> list[Token]:
    """The compound and adjective modifiers of a noun, and theirs, nearest first."""
    found = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    for item in list(found):
        found += [c for c in item.children if c.dep_ in ("compound", "amod") and c.i < item.i]
    return found


_MEDIATION_NOUNS = {"mediation", "effort", "bid", "initiative", "mission"}
_STATE_VERBS = {"be", "remain", "stay", "go", "come", "put", "place", "keep"}
_STATIVE_PASSIVES = {"oppose"}  # "is opposed to": a stance of the subject, not a passive


def is_stative_passive(token: Token) -> bool:
    """"X is opposed TO Y": the grammatical passive names the one who opposes, when it has no
    agent and a "to" phrase."""
    return token.lemma_.lower() in _STATIVE_PASSIVES and any(
        c.dep_ == "auxpass" for c in token.children) and not passive_agents_of(token) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def in_object_of(token: Token, verb: Token) -> bool:
    """The noun is the verb's object, or hangs off it by "of" ("a round of talks")."""
    current = token
    for _ in range(4):
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "launched artillery, mortar and rocket FIRE"
        if current.dep_ in ("dobj", "attr", "oprd") and current.head.i == verb.i:
            return True
        if current.dep_ == "pobj" and current.head.lower_ == "of" and (
                current.head.head.lemma_.lower() in _PARTITIVE_NOUNS
                or current.head.head.like_num):
            current = current.head.head  # "held a ROUND of talks", "launched DOZENS of raids"
            continue
        return False
    return False


# Nouns that count or group events: what a verb does to "a round OF talks" it does to the
# talks. Other nouns break the chain: whoever remembers "the victims OF the attack" did not
# carry it out.
_PARTITIVE_NOUNS = {"round", "series", "wave", "spate", "string", "set", "package", "raft",
                    "barrage", "volley", "flurry", "number", "couple", "dozen", "hundred",
                    "thousand", "day", "week", "month", "year", "hour", "night", "campaign",
                    "program", "programme", "bout", "burst", "lot", "kind", "type", "form"}

# Verbs that relate one event to another: the subject of "the expulsion FOLLOWS the arrest"
# did not make the arrest.
_RELATING_VERBS = {"follow", "precede", "prompt", "spark", "trigger", "cause", "provoke",
                   "fuel", "mark", "accompany", "overshadow", "coincide", "outweigh", "mirror",
                   "recall", "echo", "resemble"}

_PREVENTING_VERBS = {"prevent", "stop", "block", "forbid", "prohibit", "ban", "bar", "halt",
                     "thwart", "foil", "avert", "disperse", "break", "crush", "suppress",
                     "outlaw", "oppose", "condemn", "denounce", "criticize", "criticise"}


SOURCE_MODES = {"withdraw", "seize"}  # "from" names whom a withdrawal or seizure concerns


# Verbs of aiming an attack: "a raid TARGETING rebel commanders", "strikes AIMED AT depots".
_TARGETING_VERBS = {"target", "hit", "aim", "strike"}

# Nouns of a setting, not a party: "met ON THE SIDELINES of the summit", "on the EVE of".
_SETTING_NOUNS = {"sideline", "sidelines", "margin", "margins", "eve", "occasion", "side",
                  "behalf",  # "on BEHALF of the allies": for whom, not at whom
                  # "at the END of the summit": when, not with whom
                  "end", "start", "beginning", "close", "conclusion", "outset", "height"}

NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def target_candidates(token: Token, clause_verb: Token, used: list[Token],
                       visit: bool = False, source: bool = False,
                       partner: bool = False, force: bool = False,
                       transfer: bool = False, purpose: bool = False) -> list[Token]:
    """Possible targets in order of preference: objects, then with/to/on/against phrases, then
    the objects of an infinitive the trigger governs ("refused to allow U.N. PLANES"). For a
    withdrawal or seizure (``source``), the "from" phrase of the trigger or of its object names
    the party withdrawn from or seized from ("withdraw its troops FROM LEBANON", "confiscated
    weapons FROM PALESTINIAN GROUPS"), after the objects themselves. With a ``partner`` (a
    meeting, cooperation) the with-phrase comes first; for an act of ``force`` an event noun
    that is a subject hits the object of its verb ("artillery FIRE hit THE TOWN"). For a
    ``transfer`` ("returned the statue TO GREECE") the recipient comes first, also where the
    parse hung it inside the object (:func:`recipients_of`). For aid given for a ``purpose``
    the object of the purpose infinitive comes last ("gave money to support FARMERS")."""
    found: list[Token] = []
    used_ids = {u.i for u in used}
    places = ("in",) if visit else ()  # a visit's host: "arrived IN AMMAN on a visit"
    if undergone(token, clause_verb):  # "IRAN faces criticism": who undergoes it
        found += subjects_of(clause_verb)
    if partner:  # "shared evidence WITH INDIA"
        found += pobjs_of(token, ("with",)) + pobjs_of(clause_verb, ("with",))
    if transfer and token.pos_ == "VERB":
        found += recipients_of(token)
    if token.pos_ == "VERB":
        found += proposers_of(token, used)
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        found += [c for c in token.children
                  if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
        found += pobjs_of(token, ("with", "to", "on", "against", "toward", "towards", "into", "at")
                        + places)
        for verb in (c for c in token.children if c.dep_ == "xcomp"):
            found += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            found += pobjs_of(verb, ("with", "to", "on", "against", "toward", "towards"))
            # "refused to allow AN ETHIOPIAN PLANE to land": whom the infinitive lets or makes act
            found += [c for clause in verb.children if clause.dep_ in ("ccomp", "xcomp")
                      for c in clause.children if c.dep_ == "nsubj"]
        # "welcomed PUTIN to mediate", "urged IRAN to return": the subject of a clause the
        # verb governs is whom the act is aimed at
        found += [c for clause in token.children if clause.dep_ in ("ccomp", "xcomp")
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
                  for c in clause.children if c.dep_ == "nsubj"]
        # "found THE BISHOP guilty": the subject of a small clause the verb governs
        found += [c for clause in token.children if clause.dep_ in ("ccomp", "oprd")
                  and clause.pos_ == "ADJ" for c in clause.children if c.dep_ == "nsubj"]
    else:
        if token.lemma_.lower() in _MEDIATION_NOUNS:  # "a mediation BETWEEN X and Y"
            found += pobjs_of(token, ("between",))
        found += pobjs_of(token, ("of", "on", "against", "with", "to", "into", "over", "from",
                                "toward", "towards") + places
                          + (("for",) if token.lemma_.lower() == "warrant" else ()))
        if token.dep_ == "nsubj" and force:  # "artillery FIRE hit THE TOWN", "the STRIKE
            found += [c for c in token.head.children if c.dep_ == "dobj"]  # killed SIX"
        if clause_verb.i != token.i and in_object_of(token, clause_verb):
            # "GAVE THE IVORY COAST 5 million dollars of aid", "held talks WITH ..."
            found += [c for c in clause_verb.children if c.dep_ == "dative"]
            found += pobjs_of(clause_verb, ("with", "to", "on", "against", "toward", "towards")
                            + places)
    for item in used:  # "imposed sanctions ON RUSSIA", "refused to meet THE ENVOYS"
        found += [c for c in item.children if c.dep_ == "dobj"]
        found += pobjs_of(item, ("on", "against", "with", "to", "of", "from", "toward", "for"))
        # "lifted sanctions IMPOSED ON INDIA": the participle that says whom it was aimed at
        found += [p for c in item.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  for p in pobjs_of(c, ("on", "against", "to"))]
    if source:
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + [
            c for verb in token.children if verb.dep_ == "xcomp"
            for c in verb.children if c.dep_ == "dobj"] + found + list(used)
        found += pobjs_of(token, ("from",)) + [
            p for verb in token.children if verb.dep_ == "xcomp" for p in pobjs_of(verb, ("from",))]
        found += [p for item in dict.fromkeys(objects) for p in pobjs_of(item, ("from",))]
    if force:  # "carried out a raid, TARGETING rebel commanders": whom a strike was aimed at
        for word in {token, clause_verb}:
            for clause in (c for c in word.children if c.dep_ in ("advcl", "acl", "xcomp")
                           and c.lemma_.lower() in _TARGETING_VERBS):
                found += [c for c in clause.children if c.dep_ == "dobj"]
                found += pobjs_of(clause, ("at",))
    if purpose and token.pos_ == "VERB":
        # "gave 50 million euros TO SUPPORT FARMERS in Ethiopia": whom aid is meant for
        found += [c for clause in token.children if clause.dep_ in ("advcl", "xcomp")
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
                  for c in clause.children if c.dep_ == "dobj"]
    # A consumed object is the target only as a last resort, and only when it names someone
    # ("expelled U.S. DIPLOMATS"), never as a thing ("imposed SANCTIONS").
    found = [t for t in found if t.i not in used_ids] + [t for t in used if t.pos_ != "VERB"]
    # "sent observers TO Georgia" parsed as a dative: the party is the preposition's object
    found = [o for t in found for o in ([g for g in t.children if g.dep_ == "pobj"]
                                         if t.pos_ == "ADP" else [t])]
    found = [t for head in found for t in (head, *head.conjuncts)]
    found = [counted(t) for t in found]
    return [t for t in found if t.ent_type_ not in NOT_PARTIES
            and t.lemma_.lower() not in _SETTING_NOUNS
            and t.lower_ not in ("who", "which", "that") and t.pos_ != "VERB"]


# Nouns naming what one party asks or offers another: a verb acting on one ("rejected CALLS by
# X", "accepted DEMANDS from X", "welcomed an OFFER by X") answers the party who made it.
_PROPOSAL_NOUNS = {"call", "demand", "appeal", "offer", "request", "proposal", "plea",
                   "invitation", "ultimatum", "suggestion", "initiative", "overture", "entreaty",
                   "petition",
                   # and nouns of what a party decides or does: "welcomed the DECISION by X",
                   # "condemned the MOVE by X"
                   "decision", "move", "step", "plan", "announcement", "policy", "action",
                   "measure", "effort", "remark", "comment", "statement"}


def proposers_of(verb: Token, used: list[Token]) -> list[Token]:
    """The "by"/"from" party of a request or offer the verb acts on: its direct object or
    passive subject, the object of its "to" phrase ("conceded TO DEMANDS from X"), the same of
    an infinitive it governs ("refused to respond to a DEMAND from X"), or an object its row
    consumed."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + pobjs_of(verb, ("to",))
    for inner in (c for c in verb.children if c.dep_ == "xcomp"):
        nouns += [c for c in inner.children if c.dep_ == "dobj"] + pobjs_of(inner, ("to",))
    nouns += used
    found: list[Token] = []
    for noun in dict.fromkeys(n for head in nouns for n in (head, *head.conjuncts)):
        if noun.pos_ == "NOUN":
            # the agent of any event the verb acts on: "condemned a protest BY FARMERS",
            # "welcomed the release BY IRAN of ..."
            found += [p for p in pobjs_of(noun, ("by",)) if p.pos_ in ("NOUN", "PROPN")]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _PROPOSAL_NOUNS:
            # "calls BY X", "demands FROM X", "the demands OF THE DRIVERS", "X's demand",
            # "U.S. calls": who made it
            found += [p for p in pobjs_of(noun, ("from", "of")) if p.pos_ in ("NOUN", "PROPN")]
            found += [c for c in noun.children if c.i < noun.i and (
                c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "compound" and c.pos_ == "PROPN")]
    return found


_NAME_ENTITIES = {"ORG", "GPE", "FAC", "NORP", "PERSON", "LOC"}


def noun_phrase_of(head: Token) -> Span:
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
    if head.ent_type_ in _NAME_ENTITIES:  # "the ORGANIZATION of African Unity": the whole name
        entity = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        if entity is not None and entity.label_ == head.ent_type_:
            start, end = min(start, entity.start), max(end, entity.end)
    # a dateline or a heading glued on by the parse ("KABUL -- A Taliban attack") is not part
    # of the phrase: it starts after the last dash or colon before the head
    breaks = [t.i for t in doc[start:head.i] if t.is_punct and t.text.strip("-:—–") == ""]
    if breaks:
        start = breaks[-1] + 1
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    return doc[start:end]


def obliged(verb: Token) -> list[Token]:
    """Who a speech verb's that-clause says MUST act ("said SUDAN must return"): the clause's
    subjects. A pronoun subject counts only when the verb names whom it addresses ("told IRAN
    that IT must"); otherwise it is the speaker's own obligation ("said it must")."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in RELATIVE_PRONOUNS:
                continue
            if subject.pos_ == "PRON":  # "told IRAQ that it must": the addressee
                found += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
                continue
            found += [subject, *subject.conjuncts]
    return found


def is_that_clause(clause: Token) -> bool:
    """A noun's content clause: "its demand THAT ISRAEL EASE restrictions" (acl with "that";
    a relative clause, "the demand that he made", is relcl)."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def addressees(token: Token, rule: TriggerRule, used: list[Token] = ()) -> list[Token]:
    """The party a verbal act is addressed to when it has no object: the subject of what an
    appeal, demand or accusation says ("demanded that HAMAS renounce", "charged that U.S.
    AGENTS abused"), or of the condition of a threat ("threatened ... unless BAGHDAD ...")."""
    if rule.root in (2, 10, 11):
        # "demanded THAT ...", "its demand THAT ...", "insisted on its demands THAT ..."
        clauses = [c for c in token.children if c.dep_ == "ccomp"] + [
            c for noun in (token, *used) for c in noun.children if is_that_clause(c)]
    elif rule.root == 13:
        clauses = [c for c in token.subtree if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
    else:
        return []
    return [s for clause in clauses for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
            and s.lower_ not in RELATIVE_PRONOUNS]
