"""Word classes the parties of an action are read with: verbs and nouns whose arguments are
not the parties they seem to be.

Each set names a class from a published source where there is one (Levin 1993, English Verb
Classes and Alternations; WordNet 3.0) and says in its comment which reading it stops or
allows; :mod:`.parties` and :mod:`.targets` apply them to the parse.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import read_column

# Nouns that count or group events: what a verb does to "a round OF talks" it does to the
# talks. Other nouns break the chain: whoever remembers "the victims OF the attack" did not
# carry it out.
PARTITIVE_NOUNS = {"round", "series", "wave", "spate", "string", "set", "package", "raft",
                   "barrage", "volley", "flurry", "number", "couple", "dozen", "hundred",
                   "thousand", "day", "week", "month", "year", "hour", "night", "campaign",
                   "program", "programme", "bout", "burst", "lot", "kind", "type", "form"}

# Verbs of responding, whose with-phrase is the means of the response.
RESPONDING_VERBS = {"respond", "answer", "retaliate", "react", "reply", "counter",
                    "reciprocate"}

# Verbs that relate one event to another: the subject of "the expulsion FOLLOWS the arrest"
# did not make the arrest.
RELATING_VERBS = {"follow", "precede", "prompt", "spark", "trigger", "cause", "provoke",
                  "fuel", "mark", "accompany", "overshadow", "coincide", "outweigh", "mirror",
                  "recall", "echo", "resemble"}


@lru_cache(maxsize=1)
def feeling_verbs() -> frozenset[str]:
    """Verbs of causing a feeling (Levin 1993, 31.1, less those of harm; models/
    feeling_verbs.tsv): an event that "ANGERED KENYA" did not hit Kenya."""
    return frozenset(read_column("feeling_verbs.tsv", lower=True))


# Verbs of preventing, opposing and taking away: the subject of "BLOCKED the raid" or
# "CONDEMNED the strike" did not carry out the event its object names.
PREVENTING_VERBS = {"prevent", "stop", "block", "forbid", "prohibit", "ban", "bar", "halt",
                    "thwart", "foil", "avert", "disperse", "break", "crush", "suppress",
                    "outlaw", "oppose", "condemn", "denounce", "criticize", "criticise",
                    # taking a thing away (Levin 1993, 10.5 "steal" verbs; WordNet intercept,
                    # divert) or holding it up (WordNet obstruct, impede, restrict): whoever
                    # SEIZED or DIVERTED the aid did not give it
                    "confiscate", "embezzle", "extort", "filch", "grab", "impound", "pilfer",
                    "purloin", "seize", "snatch", "steal", "swipe", "wrest", "intercept",
                    "divert", "obstruct", "impede", "hinder", "hamper", "stymie", "restrict",
                    "restrain", "throttle",
                    # putting down (WordNet 3.0 suppress 00462092, quell 00463234, oppress
                    # 02424652, repress 02424128): whoever QUELLED the protests did not stage them
                    "quell", "squelch", "quench", "subdue", "inhibit", "curb", "oppress",
                    "repress", "quash", "subjugate"}
# Verbs of wanting (Levin 1993, 32.1 "want" verbs) and of waiting for something: whoever
# NEEDS or AWAITS aid (``given``: CAMEO 07) is its recipient, not its giver
WANTING_VERBS = {"need", "want", "require", "desire", "crave", "covet", "lack", "await",
                 "expect"}


# Verbs that name or judge their object, Levin's (1993) "dub" verbs (29.3) and
# "characterize" verbs (29.2) that take a predicate of the object: "CALLED the attack an act of
# terrorism", "TERMED the talks a waste of time", "DESCRIBED the strike as illegal". Their
# subject judges the event its object names; it did not do it.
NAMING_VERBS = frozenset({"call", "dub", "term", "label", "brand", "name", "style", "pronounce",
                          "describe", "characterize", "characterise", "portray", "depict",
                          "regard", "view", "see", "consider", "deem", "declare"})


def names_its_object(verb: Token) -> bool:
    """A naming or judging verb with a predicate of its object: an object predicative or a
    second object ("branded the raid A PROVOCATION"), an as-phrase ("described it AS
    illegal"), or a quoted adjective after the object ("called the strike "ILLEGAL"")."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (
        len(objects) > 1 or any(c.dep_ in ("oprd", "acomp") for c in verb.children)
        or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        or any(_quoted_after(o) for o in objects))


def _quoted_after(noun: Token) -> bool:
    """An adjective quoted right after the noun, which the parser hangs on it as a modifier:
    the predicate of "called the blockades "UNACCEPTABLE"", not a kind of blockade."""
    return any(c.dep_ == "amod" and c.i > noun.i and noun.doc[noun.i + 1].is_quote
               for c in noun.children)


# Nouns naming what one party asks or offers another: a verb acting on one ("rejected CALLS by
# X", "accepted DEMANDS from X", "welcomed an OFFER by X") answers the party who made it.
PROPOSAL_NOUNS = {"call", "demand", "appeal", "offer", "request", "proposal", "plea",
                  "invitation", "ultimatum", "suggestion", "initiative", "overture", "entreaty",
                  "petition",
                  # and nouns of what a party decides or does: "welcomed the DECISION by X",
                  # "condemned the MOVE by X"
                  "decision", "move", "step", "plan", "announcement", "policy", "action",
                  "measure", "effort", "remark", "comment", "statement"}


# Nouns of documents and decisions that act by what they say: "a resolution CRITICIZING the
# president", "a statement CONDEMNING the attack", "a letter URGING talks".
DOCUMENT_NOUNS = {"resolution", "statement", "letter", "declaration", "communique", "motion",
                  "report", "decree", "order", "ruling", "verdict", "note", "message", "memo",
                  "bill", "law", "petition", "appeal", "editorial", "speech", "tweet", "post",
                  "comment", "remark", "article", "interview", "address", "op-ed"}


# Verbs of going between (WordNet 3.0 mediate.v.01 "act between parties with a view to
# reconciling differences", with broker and arbitrate; facilitate, host): their agent stands
# between the parties of what they made, it does not act through it ("the truce, BROKERED BY
# QATAR, allows convoys" is no act of Qatar's), nor in what is done to it after ("was brokered
# by Qatar and SIGNED in Doha": Qatar signed nothing).
GOING_BETWEEN_VERBS = frozenset({"broker", "mediate", "arbitrate", "facilitate", "host",
                                 "intercede", "shepherd"})
