"""Idioms built on a time word (issue 14): a fixed phrase whose time word names no time ("at
the end of the day," as an aside, "the 11th-hour deal", "better days", "year after year", "in
this day and age", "The Bloody Sunday inquiry") holds no time expression (TimeML 1.2.1: a
TIMEX3 refers to a time, a length of time or a recurrence). The phrases are
models/time_idioms.tsv (WordNet 3.0's multiword lemmas with a time word and no noun.time
sense, reviewed, and reviewed additions), read by annotate/dates/idioms.py. "One day," opening
a sentence is a vague time with no value and is dropped (the module's docstring says why).

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order). The guards keep a time outside the idiom, a literal "the end of the day"
with no comma after it, "the end of the year" and "one day later"; the idioms that already
gave nothing are guards too.
"""

from tests.dates.tables import in_context_test

IDIOMS = [
    ("At the end of the day, voters will decide who governs the city.", "2026-04-15", []),
    ("The two sides reached an 11th-hour deal to avert a strike.", "2026-04-15", []),
    ("The union hopes for better days after the plant closes.", "2026-04-15", []),
    ("One day, the country will be free, the rebel leader said.", "2026-04-15", []),
    ("Month after month, prices rose in the capital.", "2026-04-15", []),
    ("The river floods the valley year after year.", "2026-04-15", []),
    ("The Bloody Sunday inquiry heard from soldiers on Tuesday.", "2026-04-15",
     [("Tuesday", "DATE", "2026-04-14")]),
    ("In this day and age, no voter reads a printed ballot.", "2026-04-15", []),
    ("Those were the days, the old miner said.", "2026-04-15", []),
    # guards: times outside an idiom, literal uses, idioms that gave nothing before
    ("At the end of the day on Friday, talks broke off without a deal.", "2026-04-15",
     [("the end of the day", "DATE", "2026-04-15"), ("Friday", "DATE", "2026-04-10")]),
    ("Stocks closed lower at the end of the day in Tokyo.", "2026-04-15",
     [("the end of the day", "DATE", "2026-04-15")]),
    ("The budget must pass by the end of the year.", "2026-04-15",
     [("the end of the year", "DATE", "2026")]),
    ("The talks resumed one day later in Geneva.", "2026-04-15",
     [("one day later", "DATE", "2026-04-16")]),
    ("The strike lasted one day, the union said.", "2026-04-15",
     [("one day", "DURATION", "P1D")]),
    ("Shares fell at the end of the day, traders said.", "2026-04-15",
     [("the end of the day", "DATE", "2026-04-15")]),
    ("Day in, day out, the workers dig through the rubble.", "2026-04-15", []),
    ("Crews worked around the clock to restore power.", "2026-04-15", []),
    ("Reform was the order of the day at the party congress.", "2026-04-15", []),
    ("Time after time, the council rejected the plan.", "2026-04-15", []),
    ("The aid arrived a day late and a dollar short, critics said.", "2026-04-15", []),
    ("The mayor decided to call it a day after 30 years in office.", "2026-04-15",
     [("30 years", "DURATION", "P30Y")]),
]

test_time_idioms = in_context_test(IDIOMS)


def test_the_eleventh_hour_of_talks_stays(annotate) -> None:
    """ "the eleventh hour of the talks" counts hours of the talks: no idiom, still found."""
    found = annotate("Negotiators met in the eleventh hour of the talks on Sunday.",
                     date="2026-04-15")["dates"]
    assert [d["text"] for d in found] == ["the eleventh hour", "Sunday"]


def test_a_stretch_before_an_idiom_stays(annotate) -> None:
    """ "for weeks at a time": "at a time" is an idiom (WordNet), "weeks" a length of time."""
    found = annotate("The rebels held the pass for weeks at a time.", date="2026-04-15")["dates"]
    assert [d["type"] for d in found] == ["DURATION"]
