"""Classes of the fourth pass on issue 14, found by auditing what the layer emits on copy no
date rule was tuned on. One table each:
- look-alikes that name no time: the noun "fall", a fraction of a thing, an award's title, a
  possessive before "day", a person's age;
- a fraction of a unit ("half a century", "a quarter of an hour", "two and a half years");
- an ordinal century, spelled out or before the common era ("the sixteenth century", "the
  fifth century BC");
- a part of a period placed by a modifier ("earlier in the day", "early in the morning");
- a clock time on the day named after it ("9:30 a.m. EST on Thursday");
- a day right after a past verb ("said Tuesday it would"), and the simple present of a
  scheduled start or end ("the trial begins in September");
- "this", "last" and "next" before a season.

Normaliser rows: (expression, reference date, last date placed, tense, type, value). Sentence
rows: (an original AP-style sentence, its story date, the (text, type, value) of each time
expression the pipeline finds, in order); an empty list is a sentence that must give no date.
"""

from datetime import date
from typing import Any, Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.dates.tables import in_context_test, normaliser_test

Annotate = Callable[..., dict[str, Any]]
SPRING = date(2026, 4, 15)  # a Wednesday in April
LATE_FALL = date(2026, 11, 20)  # a Friday in November
DEEP_WINTER = date(2026, 1, 10)  # inside the winter that began in December 2025

NORMALISED = [
    # a fraction of a unit, written in the next smaller unit
    ("half a century", SPRING, None, "past", "DURATION", "P50Y"),
    ("almost half a century", SPRING, None, "past", "DURATION", "P50Y"),
    ("a quarter of a century", SPRING, None, "past", "DURATION", "P25Y"),
    ("a quarter-century", SPRING, None, "past", "DURATION", "P25Y"),
    ("half an hour", SPRING, None, "past", "DURATION", "PT30M"),
    ("a half-hour", SPRING, None, "past", "DURATION", "PT30M"),
    ("a quarter of an hour", SPRING, None, "past", "DURATION", "PT15M"),
    ("three quarters of an hour", SPRING, None, "past", "DURATION", "PT45M"),
    ("half a decade", SPRING, None, "past", "DURATION", "P5Y"),
    ("half a year", SPRING, None, "past", "DURATION", "P6M"),
    ("half a day", SPRING, None, "past", "DURATION", "PT12H"),
    # "and a half" before the unit belongs to the amount
    ("two and a half years", SPRING, None, "past", "DURATION", "P2Y6M"),
    ("the past two and a half years", SPRING, None, "past", "DURATION", "P2Y6M"),
    ("two and a half hours", SPRING, None, "past", "DURATION", "PT2H30M"),
    ("a year and a half", SPRING, None, "past", "DURATION", "P1Y6M"),
    # a half or a quarter of a year keeps its calendar reading
    ("the first half of the year", SPRING, None, "past", "DATE", "2026-H1"),
    ("the third quarter", LATE_FALL, None, "past", "DATE", "2026-Q3"),
    # one century named by its ordinal is a DATE, digits or words; BC takes the prefix
    ("the 20th century", SPRING, None, "past", "DATE", "19"),
    ("the sixteenth century", SPRING, None, "past", "DATE", "15"),
    ("the twenty-first century", SPRING, None, "present", "DATE", "20"),
    ("the early 19th century", SPRING, None, "past", "DATE", "18"),
    ("the fifth century BC", SPRING, None, "past", "DATE", "BC04"),
    ("the 7th century B.C.", SPRING, None, "past", "DATE", "BC06"),
    # a count of centuries is still a duration
    ("a century", SPRING, None, "past", "DURATION", "P100Y"),
    # a modifier placing a part of a period leaves the period's value
    ("earlier in the day", SPRING, None, "past", "DATE", "2026-04-15"),
    ("later in the day", SPRING, None, "past", "DATE", "2026-04-15"),
    ("earlier in the week", SPRING, None, "past", "DATE", "2026-W16"),
    ("earlier in the year", SPRING, None, "past", "DATE", "2026"),
    ("later in the month", SPRING, None, "future", "DATE", "2026-04"),
    ("early in the morning", SPRING, None, "past", "TIME", "2026-04-15TMO"),
    ("early in the morning", SPRING, date(2026, 4, 13), "past", "TIME", "2026-04-13TMO"),
    # with no date to place it, still a DATE, not the length of the period
    ("earlier in the day", None, None, "past", "DATE", None),
    ("the end of the month", None, None, "past", "DATE", None),
    # a clock time read with the day named after it
    ("9:30 a.m. EST Thursday", date(2026, 3, 4), None, "future", "TIME", "2026-03-05T09:30"),
    ("9:30 a.m. EST", date(2026, 3, 4), date(2026, 3, 3), "future", "TIME", "2026-03-03T09:30"),
    # seasons: the one the story is written in is "this" one
    ("this spring", SPRING, None, "past", "DATE", "2026-SP"),
    ("last spring", SPRING, None, "past", "DATE", "2025-SP"),
    ("next spring", SPRING, None, "future", "DATE", "2027-SP"),
    ("this winter", DEEP_WINTER, None, "past", "DATE", "2025-WI"),
    ("last winter", DEEP_WINTER, None, "past", "DATE", "2024-WI"),
    ("next winter", DEEP_WINTER, None, "future", "DATE", "2026-WI"),
    # another season: "last" is the latest begun, "next" the first ahead
    ("last winter", SPRING, None, "past", "DATE", "2025-WI"),
    ("last winter", LATE_FALL, None, "past", "DATE", "2025-WI"),
    ("next winter", SPRING, None, "future", "DATE", "2026-WI"),
    ("last summer", SPRING, None, "past", "DATE", "2025-SU"),
    # "this" season by the clause's tense: just past, ahead, or the nearer one
    ("this winter", SPRING, None, "past", "DATE", "2025-WI"),
    ("this winter", SPRING, None, "future", "DATE", "2026-WI"),
    ("this winter", LATE_FALL, None, "present", "DATE", "2026-WI"),
    ("this summer", SPRING, None, "present", "DATE", "2026-SU"),
    ("this summer", LATE_FALL, None, "present", "DATE", "2026-SU"),
    ("this summer", LATE_FALL, None, "past", "DATE", "2026-SU"),
]


test_expression_is_normalised = normaliser_test(NORMALISED)


IN_CONTEXT = [
    # the noun fall: a collapse or a decline, not autumn
    ("Rebels were captured after the fall of the town.", "2026-04-15", []),
    ("Oil prices fell sharply, and the fall in prices hurt exporters.", "2026-04-15", []),
    # the season is placed by a word before it, or stands after "in", and takes a place
    ("Three soldiers were killed last fall in the capital.", "2026-04-15",
     [("last fall", "DATE", "2025-FA")]),
    ("The school opened in the fall in a new building.", "2026-04-15",
     [("the fall", "DATE", "2025-FA")]),
    # the season keeps a year or a time word after "of"
    ("The plant will reopen in the fall of 2027.", "2026-04-15",
     [("the fall of 2027", "DATE", "2027-FA")]),
    ("The museum will reopen next fall.", "2026-04-15", [("next fall", "DATE", "2026-FA")]),
    # a season or holiday that only classifies the noun after it is no time
    ("Militants threatened to shell the 30-foot Christmas tree on the hill.", "2026-04-15", []),
    ("Britain must not undermine the Good Friday Agreement.", "2026-04-15", []),
    ("The first openly gay U.S. winter olympian refused to meet him.", "2026-04-15", []),
    # before a time noun, or alone, it is a time
    ("Students left for summer vacation.", "2026-04-15", [("summer", "DATE", "2025-SU")]),
    ("Talks resumed after Christmas.", "2026-04-15", [("Christmas", "DATE", "2025-12-25")]),
    # "months-long" is some months, as "monthslong" is; the span is the whole compound
    ("The strike ended a months-long standoff.", "2026-04-15",
     [("months-long", "DURATION", "PXM")]),
    # a fraction of a thing is no time; an ordinal quarter is a period
    ("Half of the voters stayed home, and a quarter of the people live abroad.",
     "2026-04-15", []),
    ("One quarter of the world's people live in two countries.", "2026-04-15", []),
    ("Acme posted a loss for the third quarter of $12 million.", "2026-11-20",
     [("the third quarter", "DATE", "2026-Q3")]),
    # a fraction of a unit is a duration, taken whole
    ("The meeting lasted a quarter of an hour.", "2026-04-15",
     [("a quarter of an hour", "DURATION", "PT15M")]),
    ("The treaty has stood for almost half a century.", "2026-04-15",
     [("almost half a century", "DURATION", "P50Y")]),
    # an award's title names no time; a period of a thing does
    ("She was named employee of the month.", "2026-04-15", []),
    ("It was the best film of the year.", "2026-04-15", [("the year", "DATE", "2026")]),
    # someone's day is an era or an occasion
    ("Those men were the great scientists of their day.", "2026-04-15", []),
    ("He says he deserves his day in court.", "2026-04-15", []),
    # two year-like figures with a dash, the second smaller, are a score; a range runs forward
    ("The measure passed 2015-1990 in the assembly.", "2026-04-15", []),
    ("The plant ran from 1985-1990.", "2026-04-15",
     [("1985", "DATE", "1985"), ("1990", "DATE", "1990")]),
    # a person's age is no time expression: after a word comparing ages, or in commas
    ("The program serves children ages 3 to 5 years.", "2026-04-15", []),
    ("Babies under 6 months should not get the drug.", "2026-04-15", []),
    ("The drug is for patients older than 12 years.", "2026-04-15", []),
    ("Twins, 3 months, were among the victims.", "2026-04-15", []),
    ("Madam Speaker, nearly one year ago, the law was signed.", "2026-04-15",
     [("nearly one year ago", "DATE", "2025")]),
    ("Passengers over 65 years ride free.", "2026-04-15", []),
    # a stretch after a person noun that measures the verb stays a duration
    ("The company paid workers over five years.", "2026-04-15",
     [("five years", "DURATION", "P5Y")]),
    ("He served under two presidents over 10 years.", "2026-04-15",
     [("10 years", "DURATION", "P10Y")]),
    ("The rebels held the town for 3 months, officials said.", "2026-04-15",
     [("3 months", "DURATION", "P3M")]),
    # ordinal centuries, with an era after them
    ("The church was built in the sixteenth century.", "2026-04-15",
     [("the sixteenth century", "DATE", "15")]),
    ("The philosopher taught in the fourth century BC.", "2026-04-15",
     [("the fourth century BC", "DATE", "BC03")]),
    # a part of the day or year placed by a modifier is a DATE (or a TIME), not a length
    ("The fighting stopped earlier in the day.", "2026-04-15",
     [("earlier in the day", "DATE", "2026-04-15")]),
    ("Sales fell earlier in the year, the company said Tuesday.", "2026-04-15",
     [("earlier in the year", "DATE", "2026"), ("Tuesday", "DATE", "2026-04-14")]),
    # a clock time is on the day named after it, not on the day placed before
    ("The talks ended Monday. The envoy will speak at 9:30 a.m. EST on Thursday.",
     "2026-03-04", [("Monday", "DATE", "2026-03-02"), ("9:30 a.m. EST", "TIME", "2026-03-05T09:30"),
                    ("Thursday", "DATE", "2026-03-05")]),
    ("The talks ended Monday. The blast came at 10:15 p.m., police said.", "2026-03-04",
     [("Monday", "DATE", "2026-03-02"), ("10:15 p.m.", "TIME", "2026-03-02T22:15")]),
    # a day right after a past verb is when that verb happened, whatever the reported clause
    # after it says
    ("The company said Tuesday it would open the plant in November.", "2026-04-15",
     [("Tuesday", "DATE", "2026-04-14"), ("November", "DATE", "2026-11")]),
    ("The army announced Sunday it would withdraw.", "2026-04-15",
     [("Sunday", "DATE", "2026-04-12")]),
    # the year of a month without one, by the clause's tense
    ("The company cut 200 jobs in November, the union said.", "2026-04-15",
     [("November", "DATE", "2025-11")]),
    ("The mayor said the bridge will reopen in November.", "2026-04-15",
     [("November", "DATE", "2026-11")]),
    # "at that point" is the period the story last named, when that came after its last day
    ("He was elected in 1998. At that point, the party had no money.", "2026-04-15",
     [("1998", "DATE", "1998"), ("that point", "DATE", "1998")]),
    ("The talks collapsed on Friday. At that point, the envoy left the city.", "2026-04-15",
     [("Friday", "DATE", "2026-04-10"), ("that point", "DATE", "2026-04-10")]),
    ("At that point, nobody knew the answer.", "2026-04-15",
     [("that point", "DATE", "PAST_REF")]),
    # a part of the day the story placed, named by "that" or "the same"
    ("The storm hit on March 3. That night, crews began clearing roads.", "2026-04-15",
     [("March 3", "DATE", "2026-03-03"), ("That night", "DATE", "2026-03-03TNI")]),
    ("The storm hit on March 3. Crews returned the same evening.", "2026-04-15",
     [("March 3", "DATE", "2026-03-03"), ("the same evening", "TIME", "2026-03-03TEV")]),
    # a counted stretch "after that" is "later": a DATE counted from the last time placed
    ("The storm hit on March 3. Two days after that, crews began clearing roads.",
     "2026-04-15", [("March 3", "DATE", "2026-03-03"),
                    ("Two days after that", "DATE", "2026-03-05")]),
    ("The plant opened in 1985. Ten years after that, it closed.", "2026-04-15",
     [("1985", "DATE", "1985"), ("Ten years after that", "DATE", "1995")]),
    # "that" before a noun is the noun's: the stretch stays a duration
    ("He was jailed for two years after that conviction.", "2026-04-15",
     [("two years", "DURATION", "P2Y")]),
    # the simple present of a scheduled start or end points ahead (the futurate present)
    ("The trial begins in September.", "2026-04-15", [("September", "DATE", "2026-09")]),
    ("The law takes effect in July.", "2026-04-15", [("July", "DATE", "2026-07")]),
    ("He leaves office in January.", "2026-04-15", [("January", "DATE", "2027-01")]),
    ("The talks resume Monday.", "2026-04-15", [("Monday", "DATE", "2026-04-20")]),
    # its past, and a present report, point back
    ("The trial began in September.", "2026-04-15", [("September", "DATE", "2025-09")]),
    ("Russia says Monday it will respond.", "2026-04-15", [("Monday", "DATE", "2026-04-13")]),
    # seasons by tense
    ("The museum closed this winter for repairs.", "2026-04-15",
     [("this winter", "DATE", "2025-WI")]),
    ("The museum closed last winter.", "2026-11-20", [("last winter", "DATE", "2025-WI")]),
    ("Farmers will plant in the spring.", "2026-11-20", [("the spring", "DATE", "2027-SP")]),
]


test_expressions_are_found_in_context = in_context_test(IN_CONTEXT)


_WORDS = ["the", "a", "fall", "of", "in", "quarter", "half", "an", "hour", "century", "BC",
          "player", "year", "their", "day", "children", "under", "6", "months", ",", "2015",
          "-", "1990", "Christmas", "tree", "at", "9:30", "a.m.", "on", "Thursday", "said",
          "two", "days", "after", "that", "night", "same", "evening", "point", "."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16))
def test_any_sentence_of_these_words_is_annotated(annotate: Annotate,
                                                  words: list[str]) -> None:
    """Whatever order the words of these classes come in, the layer gives well-formed
    expressions: spans inside the text, in order, each with its own text."""
    text = " ".join(words)
    record = annotate(text, date="2026-04-15")
    ends = [0]
    for expression in record["dates"]:
        assert ends[-1] <= expression["start"] < expression["end"] <= len(text)
        assert text[expression["start"]:expression["end"]] == expression["text"]
        assert expression["type"] in ("DATE", "TIME", "DURATION", "SET")
        ends.append(expression["end"])
