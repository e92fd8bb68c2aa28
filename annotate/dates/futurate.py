"""The futurate present: the simple present (or the present progressive) that English uses
for a fixed future event ("The trial begins in September", "The deadline is Friday", "The
Senate votes Thursday", "is meeting him on Friday"), and the verbs whose present is no
futurate (verbs of saying, stative verbs, pasts spelled as the present). :mod:`.tense` asks
:func:`futurate` about a clause's verb once no marked future or past has decided it."""

from __future__ import annotations

from spacy.tokens import Token

from .scheduling import SCHEDULING, event_nouns

# Verbs of a scheduled start, end or move, which English puts in the simple present for a
# fixed future event (the "futurate" present of the reference grammars: "The trial begins in
# September", "The law takes effect in July", "The festival runs in November").
_FUTURATE = {"begin", "start", "open", "close", "end", "expire", "resume", "convene", "run",
             "arrive", "depart", "leave", "return", "reopen", "adjourn", "kick", "meet"}
# Verbs of prospect, whose object is an event still ahead of the subject: their simple present
# looks forward with a month too ("The president faces a vote in November", "awaits a ruling
# in June"), as "expect" and "plan" (``SCHEDULING``) already do; their past stays past.
_PROSPECTIVE = {"face", "await", "anticipate", "foresee", "envisage", "envision"}
# Subjects that make a present "be" futurate: the scheduled events of models/
# scheduled_events.tsv, a deadline or a day ("The vote is Tuesday", "The deadline is 9 a.m.
# Friday", "The big day is Saturday": a present "be" that says which day a day noun names).
_DEADLINE_NOUNS = {"deadline", "cutoff", "cut-off", "day"}


def futurate(verb: Token, weekday: bool = False, month: bool = False,
             headline: bool = False) -> bool:
    """The clause's verb is a simple present (not progressive, perfect or passive) of a
    scheduled event: ``_FUTURATE``, "take effect", "go to the polls", or "be" with a scheduled
    event or a deadline as its subject; in running copy (not a ``headline``), with a weekday,
    any event verb (:mod:`.reportive`)."""
    if (weekday or month) and verb.tag_ == "VBG" and verb.pos_ == "VERB" and any(
            child.dep_ == "aux" and child.lemma_ == "be" and child.tag_ in ("VBZ", "VBP")
            for child in verb.children):
        return True  # the present progressive of an arrangement: "is meeting him on Friday",
        # "The plant is closing in December"
    if verb.tag_ not in ("VBZ", "VBP") or any(
            child.dep_ in ("aux", "auxpass") for child in verb.children):
        return False
    if verb.lemma_.lower() == "take" and any(child.lower_ == "effect" and child.dep_ == "dobj"
                                             for child in verb.children):
        return True
    if verb.lemma_.lower() == "be":  # "The hearing is Tuesday", "The deadline is Friday"
        return any(child.dep_ == "nsubj" and (child.lemma_.lower() in event_nouns()
                                              or child.lower_ in _DEADLINE_NOUNS)
                   or child.dep_ == "acomp" and child.lower_ in SCHEDULING  # "is due Friday"
                   for child in verb.children)
    if verb.lemma_.lower() == "go" and any(  # "Voters go to the polls in November"
            child.lower_ == "to" and any(grand.lower_ == "polls" for grand in child.children)
            for child in verb.children):
        return True
    if verb.lemma_.lower() in _FUTURATE or verb.lemma_.lower() in _PROSPECTIVE:
        return True
    # With a weekday, any other event verb in the simple present is futurate too ("The Senate
    # votes Thursday", "The president travels to Moscow on Friday"), but for verbs of saying,
    # which news puts in the present for what was said that day ("Russia says Monday", a verb
    # with a reported clause), and stative verbs, which take no futurate. (A month keeps the
    # list above: "Prices go up in November" may be a habit or a report.)
    lemma = verb.lemma_.lower()
    return weekday and not headline and verb.pos_ == "VERB" and lemma not in _REPORTING \
        and lemma not in _STATIVE and verb.lower_ not in _SAME_IN_PAST \
        and not any(child.dep_ == "ccomp" for child in verb.children)


# Verbs of saying and of stating a view (Quirk et al., "reporting verbs"): their present in
# news tells what was said on the day named ("says Monday", "tells reporters Tuesday").
_REPORTING = {"say", "tell", "announce", "report", "claim", "deny", "confirm", "insist", "warn",
              "admit", "acknowledge", "argue", "contend", "maintain", "note", "explain",
              "declare", "write", "add", "estimate", "predict", "state", "reply", "respond",
              "comment", "complain", "suggest", "urge", "accuse", "charge", "allege", "quote"}
# Irregular verbs whose past is spelled as the present (the grammars' "hit-hit-hit" class):
# "Weakness hurt the index on Friday" is as likely a past the tagger read as present.
_SAME_IN_PAST = {"hurt", "cut", "set", "put", "hit", "cost", "let", "quit", "spread", "shut",
                 "bet", "cast", "burst", "split", "upset", "bid", "broadcast", "forecast",
                 "read", "beat", "thrust", "slit", "shed", "rid", "knit", "wed", "fit"}
# Stative verbs (states, not events: the reference grammars' verbs of state), which have no
# futurate present: "The company has 500 workers", "Analysts believe".
_STATIVE = {"have", "know", "believe", "think", "want", "need", "like", "seem", "own",
            "contain", "cost", "mean", "owe", "belong", "consist", "depend", "deserve", "fear",
            "hope", "wish", "prefer", "understand", "remember", "include", "involve", "lack",
            "exist", "live", "stand", "weigh", "equal", "total", "represent", "hold", "expect"}
