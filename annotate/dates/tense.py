"""The tense of the clause a time expression modifies, which decides which Monday "Monday" is:
only a marked future (a modal, "going to", a scheduling word, a deadline) counts as future."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from ..resources import read_column
from .anticipation import anticipated
from .futurate import futurate
from .reportive import reportive_present
from .rescheduled import lasted_until, moved_to
from .scheduling import SCHEDULING, fixed_for, sets_event_for

# "could", "may", "might" report possibility as often about the past ("could be located
# Wednesday") as about the future, so they do not mark it. "must" and "should" without "have"
# (obligation, advice, expectation: "must vote on Friday") look ahead: their past is "must
# have", "should have" (the reference grammars' modal perfect), so they mark it.
_FUTURE_MODALS = {"will", "'ll", "shall", "wo", "would", "'d", "must", "should"}


@dataclass
class ClauseMemo:
    """What :func:`clause_tense` found out about a story's tokens, kept for its other
    expressions: thousands of dates in one long sentence would each walk the tree again."""

    verb_of: dict[int, int] = field(default_factory=dict)  # token -> its clause's verb
    had: dict[int, bool] = field(default_factory=dict)  # verb -> has a "had" auxiliary
    future: dict[int, bool] = field(default_factory=dict)  # verb -> _marks_future(verb)


def clause_tense(span: Span, memo: ClauseMemo | None = None) -> str:
    """The tense of the clause the expression modifies: "past", "present" or "future".

    News mostly reports what has happened, and the present tense in news reports it too
    ("Russia says Monday", "the bank now holds"), so only a marked future counts as future:
    a modal ("will", "would", "could" without "have"), "going to", "is to", a scheduling word
    ("is expected to meet Friday", "planned a rally on Saturday", "effective Feb. 1"), the
    simple present of a scheduled start or end ("the trial begins in September"), or
    "as soon as" / "as early as" before the expression. A clause whose verb is in a past form
    (or has a past auxiliary: "was signed", "did not pay") is "past"; any other clause, with a
    present verb or none at all ("the January talks"), is "present", which the rules read as
    the past except where the year of a month is at stake. Pass one ``memo`` for all the
    expressions of a story.
    """
    memo = memo if memo is not None else ClauseMemo()
    doc = span.doc
    before = doc[max(0, span.start - 3):span.start].text.lower()
    if before.endswith(("as soon as", "as early as", "now and", "now until", "now through",
                        "today through", "today until")):
        return "future"
    if _scheduled_noun(span) or _contract_month(span):
        return "future"  # the noun's own modifier is nearer than any verb's tense
    if _after_past_verb(span):
        return "past"
    verb = _clause_verb(span.root, memo)
    verb = _compared_with(verb)
    if verb.dep_ == "prep" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # "Beginning Monday, the bridge will close": a participle used as a
        # preposition ("beginning", "starting") heads no clause; the clause it modifies does
    clause = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") else [verb]
    if verb.dep_ == "xcomp" and verb.head.dep_ in ("acomp", "xcomp", "attr") \
            and verb.head.head.i != verb.head.i:
        clause.append(verb.head.head)  # "had been due to expire Friday": the "had" is two up
    if any(_has_had(word, memo) for word in clause):
        return "past"  # the past perfect: "had been scheduled to expire Friday"
    if _after_deadline_word(span) and not _done_by(span, verb) or moved_to(span) \
            or anticipated(span):
        return "future"
    if verb.lemma_.lower() in SCHEDULING or verb.lower_ in SCHEDULING:
        return "future"
    if fixed_for(span, verb):
        return "future"
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") else verb
    for clause_verb in (verb, head):
        if clause_verb.i not in memo.future:
            memo.future[clause_verb.i] = _marks_future(clause_verb)
        if memo.future[clause_verb.i]:
            return "future"
        if (clause_verb.tag_ == "VBD" or clause_verb.tag_ == "VBN" and _past_form(clause_verb)) \
                and not clause_verb.lemma_ in SCHEDULING and not _conditional(verb):
            break
    reported = reportive_present(span) if verb.tag_ in ("VBZ", "VBP", "VBG", "VB") else None
    if reported == "headline" and verb.dep_ == "ROOT" and any(
            child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return "future"  # a headline writes its future with "to": "Leaders to meet Friday"
    if reported != "caption" and futurate(
            verb, weekday=any(t.lower_ in _WEEKDAYS for t in span),
            month=any(t.lower_.rstrip(".") in _MONTHS for t in span), headline=bool(reported)):
        return "future"
    return "past" if _past_form(verb) else "present"


# Subordinators of a condition. A condition on a future or hypothetical main clause takes its
# time from that clause whatever the form of its own verb: English puts it in the present or
# past ("would respond if the men WERE NOT FREED by the weekend", "will act if Uganda DOES NOT
# free them by Friday"), the backshift of the first and second conditionals of the reference
# grammars.
_CONDITIONS = {"if", "unless"}


def _conditional(verb: Token) -> bool:
    """The verb heads a condition ("if" or "unless") of another clause."""
    return verb.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in _CONDITIONS
                                        for child in verb.children)


# The words that tell :func:`.futurate.futurate` the expression holds a weekday or a month.
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _after_past_verb(span: Span) -> bool:
    """ "said Tuesday it would open", "announced on Sunday that": an expression right after a
    verb in the past form (or after it and "on") says when that verb's event happened, even
    where the parser hangs it on the reported clause that follows. A scheduling verb ("planned
    Friday") is left to the rules below."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i < 0 or doc[i].tag_ != "VBD" or sets_event_for(span, doc[i]):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        return False  # "awaited Friday's ruling": the day of the object, not of the verb
    return doc[i].lemma_.lower() not in SCHEDULING and doc[i].lower_ not in SCHEDULING


def _compared_with(verb: Token) -> Token:
    """ "Shares rose more than expected on Friday", "earlier than analysts expected", "as
    planned": a scheduling verb in a clause of comparison states what was expected of the
    event the main clause reports, and schedules nothing; the time is read by the main clause
    (the nearest verb above the comparison)."""
    if verb.lemma_.lower() not in SCHEDULING and verb.lower_ not in SCHEDULING:
        return verb
    marked = any(child.dep_ in ("mark", "prep") and child.lower_ in ("than", "as")
                 for child in verb.children)
    if not marked and not (verb.dep_ == "acl" and verb.head.dep_ == "pobj"
                           and verb.head.head.lower_ in ("than", "as")) \
            and not (verb.dep_ == "pcomp" and verb.head.lower_ in ("than", "as")):
        return verb
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else verb


def _past_form(verb: Token) -> bool:
    """The clause's own verb reports the past: a past form ("paid"), a participle with a past
    or perfect auxiliary ("was signed", "has met", "did not pay") or none ("the deal, signed
    in May"); not a participle after a present or infinitive auxiliary ("is heard", "to be
    published")."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.tag_ == "VBD" for child in auxiliaries) or verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    return not auxiliaries or any(child.lemma_ == "have" for child in auxiliaries)


def _clause_verb(token: Token, memo: ClauseMemo) -> Token:
    """The nearest verb (or scheduling word) at or above ``token``, else the sentence root;
    every token on the way up is noted in ``memo``, so no path is walked twice."""
    path = []
    verb = token
    while verb.i not in memo.verb_of and verb.pos_ not in ("VERB", "AUX") \
            and verb.lemma_.lower() not in SCHEDULING and verb.head.i != verb.i:
        path.append(verb.i)
        verb = verb.head
    found = memo.verb_of.get(verb.i, verb.i)
    for i in path + [verb.i]:
        memo.verb_of[i] = found
    return token.doc[found]


def _has_had(word: Token, memo: ClauseMemo) -> bool:
    """ "had" is an auxiliary of ``word`` (the past perfect)."""
    if word.i not in memo.had:
        memo.had[word.i] = any(child.lower_ == "had" and child.dep_ in ("aux", "auxpass")
                               for child in word.children)
    return memo.had[word.i]


def _scheduled_noun(span: Span) -> bool:
    """ "the planned visit in September", "a scheduled vote on Friday": the expression
    modifies a noun that a scheduling word modifies (looked for up to the clause's verb)."""
    token = span.root
    for _ in range(3):
        if token.head.i == token.i or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and any(
                child.dep_ == "amod" and (child.lower_ in SCHEDULING or child.lemma_ in SCHEDULING)
                for child in token.children):
            return True
    return False


# Nouns of a commodity or financial contract named by its month: "the December contract",
# "March futures". Delivery nouns count only in the trading idiom "for November delivery" /
# "for delivery in July" ("made its March delivery" reports one that happened). A contract is
# traded before its month, so the month lies ahead of the story whatever the verb's tense.
_CONTRACT_NOUNS = {"contract", "contracts", "future", "futures", "option", "options"}
_DELIVERY_NOUNS = {"delivery", "shipment", "loading"}


def _contract_month(span: Span) -> bool:
    """ "for November delivery", "the December contract", "delivery in July": the expression
    modifies a contract noun directly or through "in"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.i != head.i:
        head = head.head
    elif root.dep_ not in ("compound", "nmod", "amod", "npadvmod"):
        return False
    if head.i == root.i:
        return False
    if head.lower_ in _DELIVERY_NOUNS:
        return head.dep_ == "pobj" and head.head.lower_ == "for"
    return head.lower_ in _CONTRACT_NOUNS


def _after_deadline_word(span: Span) -> bool:
    """ "by Friday", "until 9 a.m. Tuesday", "till March 6", "no later than Friday": a
    deadline, which news sets
    ahead of the story ("was given until Tuesday"); not "by Monday's attack" or "by the
    Tuesday deadline" (an agent or a noun's modifier)."""
    doc = span.doc
    if span[0].lower_ == "the":
        return False
    than = next((token.i for token in span if token.lower_ == "than"), None)
    if than is not None and _no_later_than(doc, than + 1):
        return True  # the span holds its "(no) later than"
    start = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "at" else 0)
    if start == 0 or doc[start - 1].lower_ not in ("by", "until", "till", "til") \
            and not _no_later_than(doc, start):
        return False
    return not (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))


def _no_later_than(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """ "no later than Friday", "not later than March 1": a deadline, as "by Friday" is."""
    return start >= 3 and doc[start - 1].lower_ == "than" and doc[start - 2].lower_ == "later" \
        and doc[start - 3].lower_ in ("no", "not")


def _done_by(span: Span, verb: Token) -> bool:
    """ "by Friday" after a verb in the simple past ("the men WERE FREED by Friday", "the
    rebels WITHDREW by Monday"): what was done by then, not a deadline still ahead. Not
    "until" ("was given until Tuesday" sets a deadline), nor a verb with a modal or an
    infinitive ("would be freed by Friday", "told to leave by Friday")."""
    doc = span.doc
    start = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "at" else 0)
    if doc[start - 1].lower_ in ("until", "till", "til"):
        return lasted_until(verb)
    if doc[start - 1].lower_ != "by" and not _no_later_than(doc, start) or verb.dep_ == "xcomp":
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.tag_ == "MD" or child.lower_ == "to" for child in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries)


def _marks_future(verb: Token) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_MODALS and not words & {"have", "'ve"}:
        return True
    if verb.lower_ == "going" or "going" in words:
        return True
    if verb.lemma_ in SCHEDULING:
        return True
    # "is to resume trading Tuesday"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and "to" in words:
        return True
    if verb.dep_ == "xcomp" and "to" in words and verb.head.lemma_ in _COMMISSIVE:
        return True  # "agreed to resume talks Monday": what was agreed is still ahead
    if verb.dep_ == "xcomp" and "to" in words and verb.head.lower_ in _prospective_adjectives() \
            and verb.head.head.tag_ in ("VBZ", "VBP"):
        return True  # "is likely to vote Friday", "is ready to sign Friday"
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in SCHEDULING
                                     or verb.head.lower_ in _ABOUT_TO)


@lru_cache(maxsize=1)
def _prospective_adjectives() -> frozenset[str]:
    """models/prospective_adjectives.tsv: "likely", "ready" ... before a to-infinitive."""
    return frozenset(read_column("prospective_adjectives.tsv"))


# Verbs whose "to" clause names something still to be done: agreeing, promising, threatening.
_COMMISSIVE = {"agree", "decide", "promise", "vow", "pledge", "threaten", "hope", "want",
               "intend", "seek", "offer", "vote", "resolve", "undertake", "commit"}


# "set to resume Monday", "poised to sign Friday", "about to leave": only with "to" do these
# schedule ("they set the date Monday" is past).
_ABOUT_TO = {"set", "poised", "about"}
