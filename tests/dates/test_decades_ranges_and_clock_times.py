"""Decades, ranges, periods ending on a date, clock times and anniversaries, each class as the
TimeML/TIMEX3 guidelines say rather than as one error showed:
- a decade is written by the digits it shares, as a century is ("the 1990s" is 199);
- a counted stretch up to a date is two expressions ("the three months to March"), as "the
  12 months ended March 31" is;
- both ends of a range of years, when the model tags only the start ("from 2010 to 2014");
- a period "ending" on a date takes that date from its clause's tense ("will report the
  quarter ending June 30"); "ended" stays in the past;
- an ordinal part of a thing that is no time is no quarter or half of a year ("the fourth
  quarter of the game");
- a clock time takes the zone after it into its span ("10:45 local time", "06:00 GMT");
- a clock time is on the day of the month named right after it ("at midnight on April 30"),
  as it already was on a weekday named after it;
- an anniversary, "three years ago this month", is a DATE: the period named, counted back.

Normaliser rows: (expression, reference date, last date placed, tense, type, value). Sentence
rows: (an original AP-style sentence, its story date, the (text, type, value) of each time
expression the pipeline finds, in order).
"""

from datetime import date

from tests.dates.tables import in_context_test, normaliser_test

SPRING = date(2026, 4, 15)  # a Wednesday in April

NORMALISED = [
    # a decade: its first three digits, with no X (a century is its first two: "19")
    ("the 1990s", SPRING, None, "past", "DATE", "199"),
    ("the late 1970s", SPRING, None, "past", "DATE", "197"),
    ("the '80s", SPRING, None, "past", "DATE", "198"),
    ("the eighties", SPRING, None, "past", "DATE", "198"),
    ("the 2010s", SPRING, None, "past", "DATE", "201"),
    ("the last decade", SPRING, None, "past", "DATE", "201"),
    ("the 20th century", SPRING, None, "past", "DATE", "19"),
    # an anniversary: the period named last, counted back at its own granularity
    ("three years ago this month", SPRING, None, "past", "DATE", "2023-04"),
    ("30 years ago next month", SPRING, None, "future", "DATE", "1996-05"),
    ("a year ago this week", SPRING, None, "past", "DATE", "2025-W16"),
    ("three years ago this month", None, None, "past", "DATE", None),
    ("three years ago", SPRING, None, "past", "DATE", "2023"),
]


test_expression_is_normalised = normaliser_test(NORMALISED)


IN_CONTEXT = [
    ("The band toured Europe in the 1980s.", "2026-04-15", [("the 1980s", "DATE", "198")]),
    ("Crime fell through the nineties, the report said.", "2026-04-15",
     [("the nineties", "DATE", "199")]),
    ("The mill opened in the 1950s and closed a decade later.", "2026-04-15",
     [("the 1950s", "DATE", "195"), ("a decade later", "DATE", "196")]),
    # a stretch and the date it runs to
    ("Profit rose 8% in the three months to March, the bank said.", "2026-04-15",
     [("the three months", "DURATION", "P3M"), ("March", "DATE", "2026-03")]),
    ("Sales fell in the six months to June 30.", "2026-11-20",
     [("the six months", "DURATION", "P6M"), ("June 30", "DATE", "2026-06-30")]),
    # a stretch "of" a year, and one "ended" on a date, stay as they were
    ("Sales rose in the first nine months of 2025.", "2026-04-15",
     [("the first nine months", "DURATION", "P9M"), ("2025", "DATE", "2025")]),
    # both ends of a range of years
    ("He served as mayor from 2010 to 2014.", "2026-04-15",
     [("2010", "DATE", "2010"), ("2014", "DATE", "2014")]),
    ("She led the agency from 1994 until 2001.", "2026-04-15",
     [("1994", "DATE", "1994"), ("2001", "DATE", "2001")]),
    ("Prices doubled between 1998 and 2003, the study found.", "2026-04-15",
     [("1998", "DATE", "1998"), ("2003", "DATE", "2003")]),
    # a period ending on a date: "ending" follows the clause, "ended" is past
    ("The company will report results for the quarter ending June 30.", "2026-04-15",
     [("the quarter", "DATE", "2026-Q2"), ("June 30", "DATE", "2026-06-30")]),
    ("The company reported results for the quarter ending March 31.", "2026-04-15",
     [("the quarter", "DATE", "2026-Q1"), ("March 31", "DATE", "2026-03-31")]),
    ("Profit rose in the quarter ended Sept. 30.", "2026-04-15",
     [("the quarter", "DATE", "2025-Q3"), ("Sept. 30", "DATE", "2025-09-30")]),
    # an ordinal part of a game or a match is a stage of it, not of the calendar
    ("Smith scored 12 points in the fourth quarter of the game.", "2026-04-15", []),
    ("The striker scored early in the second half of the match.", "2026-04-15", []),
    # a part of a year, a date or an amount of money stays a period
    ("Sales rose in the third quarter of the company's fiscal year.", "2026-04-15",
     [("the third quarter", "DATE", "2025-Q3"), ("fiscal year", "DURATION", "P1Y")]),
    ("The plant will open in the first half of 2027.", "2026-04-15",
     [("the first half of 2027", "DATE", "2027-H1")]),
    ("The firm posted a loss in the third quarter of $226 million.", "2026-04-15",
     [("the third quarter", "DATE", "2025-Q3")]),
    # a clock time with its zone: a TIME of the day the clause places it on
    ("The plane left at 10:45 local time, the airline said.", "2026-04-15",
     [("10:45 local time", "TIME", "2026-04-15T10:45")]),
    ("The plane landed at 18:20 local time on Tuesday.", "2026-04-15",
     [("18:20 local time", "TIME", "2026-04-14T18:20"), ("Tuesday", "DATE", "2026-04-14")]),
    ("The truce began at 06:00 GMT.", "2026-04-15", [("06:00 GMT", "TIME", "2026-04-15T06:00")]),
    # a clock time on the day of the month named after it
    ("The ceasefire expires at midnight on April 30.", "2026-04-15",
     [("midnight", "TIME", "2026-04-30T24:00"), ("April 30", "DATE", "2026-04-30")]),
    ("Polls close at 8 p.m. on May 3, the commission said.", "2026-04-15",
     [("8 p.m.", "TIME", "2026-05-03T20:00"), ("May 3", "DATE", "2026-05-03")]),
    # an anniversary
    ("The strike began three years ago this month.", "2026-04-15",
     [("three years ago this month", "DATE", "2023-04")]),
]


test_expressions_are_found_in_context = in_context_test(IN_CONTEXT)
