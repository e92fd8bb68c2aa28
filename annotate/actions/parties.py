"""Who did it and to whom: the parties of an action, read from the dependency parse.

Subjects (through conjoined and infinitive verbs), passive agents, and the modifiers and
possessors of an event noun that name its actor; the noun phrase a party is named by is in
:mod:`.phrases`, the target side in :mod:`.targets`, what content clauses say of parties in
:mod:`.clauses`, where an event noun sits in its clause in :mod:`.event_objects`. The actions layer decides which of these is the actor and which the
target; this module only reads the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..gazetteer import load_gazetteer
from .blame import blamed_for
from .context import memoized
from .event_objects import in_object_of, made_into, undergone
from .misplaced_subjects import misplaced_subjects
from .modality import headline_infinitive_subject, prospective
from .objects import by_phrases, by_place, done_by_the_sent, is_money, pobjs_of
from .phrases import after_fronted_phrase, coordinated, headline_conjuncts, rejoins_main_clause
from .ranked_doers import ranked_doers
from .relatives import in_own_clause, is_relative, pseudo_cleft_doer
from .shared_subjects import supplemented, undergone_complement, verb_before, without_appositions
from .summoners import summoning_offices
from .wordclasses import (
    GOING_BETWEEN_VERBS,
    PREVENTING_VERBS,
    PROPOSAL_NOUNS,
    RELATING_VERBS,
    RESPONDING_VERBS,
    WANTING_VERBS,
    names_its_object,
)


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


@memoized
def subjects_of(verb: Token) -> list[Token]:
    """Subjects of a verb, following conjoined and infinitive verbs up to the one that has them."""
    current, adjunct = verb, False
    for _ in range(4):
        subjects = without_appositions([c for c in current.children if c.dep_ in (
            "nsubj", "csubj")]) or [
            # "the rebels WERE ARRESTED after attacking the convoy": who was arrested attacked
            c for c in (current.children if adjunct else ()) if c.dep_ == "nsubjpass"]
        if subjects:
            return [subject for s in subjects  # "KENYA, Uganda sign": a headline's comma
                    for subject in headline_conjuncts(s) + coordinated(s)] + companions(
                current, subjects)
        agents = passive_agents_of(current) if current is verb or (
            current.lemma_.lower() not in GOING_BETWEEN_VERBS) else []
        if agents:
            return agents
        misparsed = [c for c in current.children if c.i < current.i and c.dep_ in (
            "advmod", "npadvmod", "dep") and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")]
        if misparsed:  # "USAID had announced": a name before the verb parsed as an adverb
            return misparsed[:1]
        misplaced = misplaced_subjects(current)  # "Kenya HAS in the past ACCUSED"
        if misplaced:
            return [subject for s in misplaced for subject in coordinated(s)]
        fronted = after_fronted_phrase(current)
        if fronted is not None:
            return [fronted]
        misread = _misread_as_modifier(current) or headline_infinitive_subject(current)
        if misread is not None:
            return coordinated(misread)  # "THE CHINESE AMBASSADOR called on ..."
        main = rejoins_main_clause(current)
        if main is not None:  # "denied that the men had been mistreated and ACCUSED them"
            current = main
            continue
        if current.dep_ in ("conj", "xcomp", "advcl", "acomp", "ccomp") and (
                current.head.i != current.i) and not undergone_complement(current):
            # "Syria is WILLING to withdraw": acomp leads to the subject; a clause with no
            # subject of its own is the head's infinitive ("Ethiopia let FREE 70 prisoners")
            # "Ethiopia IS POISED to deport", "Kenya is SET to expel": the prospective
            # predicate the parse reads as a passive raises the act's subject
            current, adjunct = current.head, adjunct or done_by_the_sent(current) or (
                current.dep_ == "xcomp" and prospective(current))
            continue
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.lower_ in (
                _ADJUNCT_PREPOSITIONS) and current.head.head.pos_ in ("VERB", "AUX"):
            # "the army withdrew without FIRING a shot", "responded by SHELLING the town",
            # "AFTER MEETING Putin, Xi flew to Paris": the manner, means or time of a verb in a
            # gerund has that verb's subject as its own
            current, adjunct = current.head.head, True
            continue
        ranked = ranked_doers(current)  # "Kenya WAS THE FIRST TO condemn" (ranked_doers.py)
        if ranked:
            current = ranked[0].head
            continue
        break
    return []


# Prepositions of manner, means and time whose gerund takes the subject of the verb the phrase
# modifies (subject control of adjunct clauses). Not "for": "criticized Russia FOR ANNEXING
# Crimea" is about the object's deed.
_ADJUNCT_PREPOSITIONS = frozenset({"without", "by", "after", "before", "while", "since", "upon",
                                   "on", "despite", "through",
                                   "in"})  # "joined Uganda IN CONDEMNING the coup"


def _misread_as_modifier(verb: Token) -> Token | None:
    """The noun a sentence's only verb was hung on as a modifier ("The Chinese ambassador
    CALLED on the president." read as "the ambassador (who was) called", "A delegation of the
    party CALLED on ..."): a past-tense verb in a sentence headed by a noun, with no verb
    before it. That noun is the verb's subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return None  # tested first: reading the sentence's root costs more
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.i < root.i or verb_before(verb, root):
        return None
    return root


# Words that make a with-phrase a quasi-coordinator of the subject (Quirk et al. 1985, 13.65):
# "Kenya, ALONG WITH Uganda, condemned", "Kenya TOGETHER WITH Uganda sent".
_COMPANION_WORDS = frozenset({"along", "together"})


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """The parties a subject's "along with" or "together with" phrase adds, on the subject or
    on the verb before it: "Kenya, along with UGANDA, condemned the coup" (after the verb it may
    go with the object: "arrested the leader along with 12 FOLLOWERS")."""
    withs = [w for word in (verb, *subjects) for p in word.children if p.dep_ == "prep"
             and (word.i != verb.i or p.i < verb.i)
             for w in ([p] if p.lower_ == "with" else [g for g in p.children if g.dep_ == "prep"
                                                       and g.lower_ == "with"])
             if w.head.lower_ in _COMPANION_WORDS or any(
                 c.lower_ in _COMPANION_WORDS for c in w.children)]
    return [c for w in withs for o in w.children if o.dep_ == "pobj" for c in coordinated(o)]


def passive_agents_of(verb: Token) -> list[Token]:
    """The passive agents: "were expelled BY RUSSIA", "was signed BY SUDAN AND SOUTH SUDAN"."""
    return [agent for child in by_phrases(verb) for grand in child.children
            if grand.dep_ == "pobj" and not by_place(grand) for agent in coordinated(grand)]


def shared_agents_of(verb: Token) -> list[Token]:
    """The by-agent of a passive participle conjoined after a passive verb with none, which the
    two share: "two journalists were DETAINED and beaten BY SOLDIERS". The caller asks it only
    for coercion (CAMEO 17: arrest, detention), which the state's forces do: "was EXPELLED and
    replaced by a new ambassador" names no expeller."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or passive_agents_of(verb):
        return []
    return [agent for conj in verb.children if conj.dep_ == "conj" and conj.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            for agent in passive_agents_of(conj)]


def actor_heads(token: Token, clause_verb: Token, patient_named: bool = False,
                given: bool = False) -> list[Token]:
    """Actor head tokens, one per conjoined actor. With ``patient_named`` (investigations,
    arrests, trials) a person named on the event noun is whom it concerns, not its actor; with
    ``given`` (aid) whoever needs or awaits it is not its giver."""
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
        return [a for head in supplemented(token) or authors or misplaced_subjects(token)
                for a in coordinated(head)]  # "AMONG THOSE condemning it WAS X" (last)
    # "THE REBELS were responsible for the killings", "held THE MILITIA responsible for the
    # attack": whom an adjective of blame is said of did the event (:mod:`.blame`)
    blame = blamed_for(token)
    culprits = [] if blame is None else [blame.head] if blame.dep_ == "amod" else [
        c for c in blame.children if c.dep_ == "nsubj"] or (
        subjects_of(blame.head) if blame.dep_ == "acomp" else [])
    if culprits:
        return [a for head in culprits for a in coordinated(head)]
    # "Kenyan police ARREST 20 protesters": a headline verb the parse tags a noun, yet heads
    # the sentence with a subject of its own, is read as the verb it is
    if token.pos_ in ("VERB", "ADJ") or token.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" for c in token.children):
        if is_stative_passive(token):  # "Israel IS OPPOSED TO French mediation"
            actors = [c for c in token.children if c.dep_ == "nsubjpass"]
        elif any(c.dep_ == "nsubjpass" for c in token.children):
            # "was summoned TO THE FOREIGN MINISTRY": who summons (summoners.py)
            actors = passive_agents_of(token) or summoning_offices(token)
        else:
            actors = subjects_of(token)
    else:
        # "RUSSIA's offensive"; not "LAST FRIDAY's bombings"
        owners = [c for c in token.children if c.dep_ == "poss" and c.ent_type_ not in NOT_PARTIES]
        suffered = undergone(token, clause_verb)
        # "an appeal FROM Russia": who makes a request or offer; "faces criticism FROM the UN":
        # who does what the subject undergoes
        by = pobjs_of(token, ("by", "from") if suffered or token.lemma_.lower() in PROPOSAL_NOUNS
                      else ("by",)) + (pobjs_of(clause_verb, ("by", "from")) if suffered else [])
        # "a RUSSIAN raid", "ISRAELI artillery fire", "a U.S. military airstrike": a name or
        # nationality among the noun's modifiers, or their own modifiers, names the actor
        modifiers = [c for c in _modifiers(token) if _names_an_actor(c) and not (
            patient_named and c.ent_type_ == "PERSON")]  # "the BIN LADEN investigation"
        # a name's own modifiers are part of its phrase, not parties of their own
        # ("PRESIDENT LEE Jae-myung": one party, not three)
        modifiers = [c for c in modifiers if not any(c.head.i == m.i for m in modifiers)]
        # "talks BETWEEN X and Y": the parties; but a mediation between them is someone else's
        between = [] if token.lemma_.lower() in MEDIATION_NOUNS else pobjs_of(
            token, ("between", "among"))
        # "a rally OF SEVERAL THOUSAND SCIENTISTS": who marches in it
        crowd = [c for c in pobjs_of(token, ("of",)) if c.tag_ in ("NNS", "NNPS") or (
            c.ent_type_ in ("NORP", "PERSON", "ORG"))] if (
            token.lemma_.lower() in GATHERING_NOUNS) else []
        actors = owners or by or crowd or modifiers or between
        if suffered:  # the subject is the target, not the actor
            return [counted(a) for head in actors for a in coordinated(head)]
        if not actors and token.dep_ == "pobj" and token.head.head.i == clause_verb.i and (
                clause_verb.lemma_.lower() in _STATE_VERBS and token.head.lower_ in _STATE_PREPS
                or token.head.lower_ == "on"
                and token.lemma_.lower() in _JOURNEY_NOUNS):
            # ... and "ON A VISIT to Zimbabwe, Ramaphosa voiced": who is on the journey
            # "troops REMAINED on high ALERT", "workers WENT on STRIKE": who is in the state
            actors = subjects_of(clause_verb)
        if not actors and token.dep_ == "pobj" and token.head.lower_ == "with" and (
                token.head.head.i == clause_verb.i
                and clause_verb.lemma_.lower() in RESPONDING_VERBS
                and not any(c.dep_ == "nsubjpass" for c in clause_verb.children)):
            # "Moscow ANSWERED WITH EXPULSIONS", "retaliated with airstrikes": the means of
            # the response is the responder's
            actors = subjects_of(clause_verb)
        if not actors and made_into(token, clause_verb):
            # "the rebels USED villagers AS HUMAN SHIELDS": what the object is made to be is
            # the subject's doing
            actors = subjects_of(clause_verb)
        if not actors and in_object_of(token, clause_verb) and (
                clause_verb.lemma_.lower() not in PREVENTING_VERBS | RELATING_VERBS | (
                    WANTING_VERBS if given else set())) \
                and not names_its_object(clause_verb):
            # "HELD a new round of talks", "IMPOSED sanctions"; but whoever PREVENTED a
            # demonstration did not stage it
            actors = subjects_of(clause_verb)
        actors = [a for head in actors for a in coordinated(head)]
    actors = [in_own_clause(a, token, clause_verb) or a for a in actors]  # "the gunmen WHO"
    actors = [pseudo_cleft_doer(a) or a for a in actors]  # "What KENYA did was expel ..."
    return [counted(a) for a in actors if not is_relative(a) and not is_money(a)]


# Nouns of a protest gathering, whose of-phrase names who gathered ("a rally OF students").
# Not a meeting: "chaired a meeting OF THE CABINET" is the chair's, who convened it.
GATHERING_NOUNS = frozenset({"rally", "demonstration", "march", "protest", "strike", "sit-in",
                             "walkout", "vigil", "procession"})


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


MEDIATION_NOUNS = {"mediation", "effort", "bid", "initiative", "mission"}
_JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "mission", "journey"})
_STATE_VERBS = {"be", "remain", "stay", "go", "come", "put", "place", "keep"}
# the prepositions of a state one is in ("ON strike", "IN talks", "UNDER investigation"), not of time
# ("remains divided AFTER the invasion": no one in an invasion)
_STATE_PREPS = {"on", "in", "at", "into", "under"}
_STATIVE_PASSIVES = {"oppose"}  # "is opposed to": a stance of the subject, not a passive


def is_stative_passive(token: Token) -> bool:
    """"X is opposed TO Y": the grammatical passive names the one who opposes, when it has no
    agent and a "to" phrase."""
    return token.lemma_.lower() in _STATIVE_PASSIVES and any(
        c.dep_ == "auxpass" for c in token.children) and not passive_agents_of(token) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
