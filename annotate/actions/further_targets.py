"""Targets read beyond a trigger's own phrases, which :class:`.aims.AimReader` turns to when
the candidates of :func:`.targets.target_candidates` name no country or person: whom a verbal act
is addressed to (the subject of what an appeal, demand or accusation says, or of the condition of
a threat or refusal), whom a protest's demand names, and the country where forces sent to a
multinational force serve.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import is_that_clause
from .frames import asked_to_act
from .lexicon import TriggerRule
from .objects import is_money, pobjs_of
from .parties import NOT_PARTIES, is_relative

# Conjunctions of a condition whose meeting would end a refusal (Quirk et al. 1985, 15.33-15.36);
# not "before", which as often only dates the refusal
_CONDITION_MARKS = ("until", "unless", "till")


def addressees(token: Token, rule: TriggerRule, used: list[Token] = (),
               root: int | None = None) -> list[Token]:
    """The party a verbal act is addressed to when it has no object: the subject of what an
    appeal, demand or accusation says ("demanded that HAMAS renounce", "charged that U.S.
    AGENTS abused"), or of the condition of a threat ("threatened ... unless BAGHDAD ...") or of
    a refusal ("will not end the strike until THEIR MEMBERS ..."), and
    whom an appeal or demand asks to act ("urged DRIVERS to return")."""
    if rule.root in (2, 10, 11):
        # "demanded THAT ...", "its demand THAT ...", "insisted on its demands THAT ..."
        clauses = [c for c in token.children if c.dep_ == "ccomp"] + [
            c for noun in (token, *used) for c in noun.children if is_that_clause(c)]
    elif rule.root == 13:
        clauses = [c for c in token.subtree if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
    elif root == 12:  # the refined code's root: "will NOT LIFT" is a refusal
        # "will not end the strike UNTIL THEIR MEMBERS approve", "... unless THE MANAGERS
        # are dismissed": a refusal until a condition is met is aimed at whom it asks to act
        clauses = [c for c in token.subtree if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)]
        clauses += [j for c in clauses for j in c.conjuncts]
    else:
        return []
    subjects = [s for clause in clauses for s in clause.children
                if s.dep_ in ("nsubj", "nsubjpass") and not is_relative(s)
                and not (root == 12 and s.pos_ == "PRON")]
    # "urged DRIVERS to return to work": an appeal or demand is addressed to whom it asks to act
    return subjects + (asked_to_act(token) if rule.root in (2, 10) else [])


# Verbs of a protest's purpose that name whom it is aimed at: "rallied TO DEMAND the resignation
# of the governor", "marched, DENOUNCING the junta" (CAMEO 10 demands and 11 disapproval).
_DEMAND_VERBS = frozenset({"demand", "call", "urge", "press", "seek", "protest", "denounce",
                           "condemn", "oppose", "decry", "criticize", "criticise", "accuse"})
# Nouns of leaving or losing office and of pulling out, whose owner names who is to do it
# ("THE PREMIER's resignation", "the withdrawal OF FOREIGN TROOPS"); in "the release of the
# activists" or "the boy's return" it names whom the act is done to.
_DEPARTURE_NOUNS = frozenset({"resignation", "ouster", "removal", "impeachment", "dismissal",
                              "departure", "abdication", "exit", "withdrawal", "pullout",
                              "recall", "sacking", "firing", "retirement", "overthrow"})


def protest_aims(token: Token, clause_verb: Token) -> list[Token]:
    """Whom a protest's demand names, in order: the owner or agent of the object of its
    purpose clause ("to demand THE GOVERNOR's resignation", "the resignation OF THE MAYOR",
    "the release of prisoners BY THE JUNTA") or the object itself ("denouncing THE JUNTA"),
    whom it is made of ("calling ON THE ARMY to"), and the subject of what it demands
    ("demanding that THE PRESIDENT step down")."""
    found: list[Token] = []
    for word in dict.fromkeys((token, clause_verb)):
        for verb in (c for c in word.children if c.dep_ in ("advcl", "xcomp", "acl", "conj")
                     and c.lemma_.lower() in _DEMAND_VERBS):
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if obj.lemma_.lower() in _DEPARTURE_NOUNS:
                    found += [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                    found += pobjs_of(obj, ("of",))
                found += pobjs_of(obj, ("by", "from"))
                if not pobjs_of(obj, ("of", "by", "from")) and not any(
                        c.dep_ == "poss" for c in obj.children):
                    found.append(obj)  # "THE BOY'S return" is an event, not a party
            found += pobjs_of(verb, ("on", "against", "of", "from"))
            found += [c for clause in verb.children if clause.dep_ == "ccomp"
                      for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for t in found if t.ent_type_ not in NOT_PARTIES and not is_money(t)
            and not is_relative(t)]


# Bodies that forces are sent to or join: "contributed troops to the U.N. FORCE in Haiti".
_FORCE_NOUNS = frozenset({"force", "mission", "operation", "contingent", "coalition",
                          "deployment", "presence"})


def host_places(token: Token) -> list[Token]:
    """Where forces sent to join a multinational force go: the place of the force their "to"
    phrase names ("sent troops to the U.N. force IN SOUTH SUDAN", "pledged soldiers to the
    mission IN SOMALIA"). The force is the vehicle; the country it serves in is whom the
    sending is for."""
    verbs = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    bodies = [b for verb in verbs for b in pobjs_of(verb, ("to",))
              if b.lemma_.lower() in _FORCE_NOUNS]
    bodies += [b for verb in verbs for obj in verb.children if obj.dep_ == "dobj"
               for b in pobjs_of(obj, ("to",)) if b.lemma_.lower() in _FORCE_NOUNS]
    return [p for body in bodies for p in pobjs_of(body, ("in",))
            if p.ent_type_ in ("GPE", "LOC")]

