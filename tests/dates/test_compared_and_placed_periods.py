"""Error classes of the third pass on issue 14, one table each: the period an earnings story
compares ("the corresponding period last year"), a stretch placed against an event ("the
weeks before the vote"), a whole period counted in its parts ("24 hours a day"), a range
of years written with a noun ("the 2003-04 season"), one period of a series counted by an
ordinal ("the fifth straight day"), the end of a range of months named without a year
("from June through November"), a stretch counted from the period last named ("in 1985
... ten years later") and a set around a day the model tags alone ("every other Friday").

Normaliser rows: (expression, reference date, last date placed, tense, type, value). Sentence
rows: (an original AP-style sentence, its story date, the (text, type, value) of each time
expression the pipeline finds, in order), so that spans come from the pipeline itself.
"""

from datetime import date

from tests.dates.tables import in_context_test, normaliser_test

SPRING = date(2026, 4, 15)  # a Wednesday in April
AUTUMN = date(2026, 11, 4)  # after the third quarter closed

NORMALISED = [
    # a quarter heads the phrase wherever its year stands: with no quarter named, the last
    # one completed, a year before
    ("the same quarter a year ago", AUTUMN, None, "past", "DATE", "2025-Q3"),
    ("the year-ago quarter", AUTUMN, None, "past", "DATE", "2025-Q3"),
    # an unnamed period with no quarter named is the year
    ("the corresponding period last year", AUTUMN, None, "past", "DATE", "2025"),
    ("the comparable period a year earlier", AUTUMN, None, "past", "DATE", "2025"),
    # a year alone is still the year
    ("last year", AUTUMN, None, "past", "DATE", "2025"),
    ("a year earlier", AUTUMN, None, "past", "DATE", "2025"),
    # an uncounted stretch just before or after an event: a DATE, the month (days, weeks) or
    # the year (months) of the last date placed
    ("the weeks before", SPRING, date(2026, 3, 3), "past", "DATE", "2026-03"),
    ("the days after", SPRING, date(2025, 12, 30), "past", "DATE", "2025-12"),
    ("the months before", SPRING, date(2025, 6, 1), "past", "DATE", "2025"),
    # with no date placed yet, the story's own
    ("the days before", SPRING, None, "past", "DATE", "2026-04"),
    # a counted or vague stretch keeps its reading
    ("a few days later", SPRING, date(2026, 3, 3), "past", "DURATION", "PXD"),
    ("two weeks later", SPRING, date(2026, 3, 3), "past", "DATE", "2026-W12"),
    # one period of a series, counted by an ordinal, is that period: a DATE
    ("the fifth straight day", SPRING, None, "past", "DATE", "2026-04-15"),
    ("a third consecutive week", SPRING, None, "past", "DATE", "2026-W16"),
    ("the second month in a row", SPRING, None, "past", "DATE", "2026-04"),
    ("its 10th year", SPRING, None, "present", "DATE", "2026"),
    # a count of periods stays a duration
    ("the first nine months", SPRING, None, "past", "DURATION", "P9M"),
]


test_expression_is_normalised = normaliser_test(NORMALISED)


IN_CONTEXT = [
    # earnings copy: the compared period is taken whole, and read as a quarter
    ("Acme earned $4 million in the third quarter, up from $3 million in the corresponding "
     "period last year.", "2026-11-04",
     [("the third quarter", "DATE", "2026-Q3"),
      ("the corresponding period last year", "DATE", "2025-Q3")]),
    # a numbered quarter names itself
    ("Acme lost money in the third quarter last year.", "2026-04-15",
     [("the third quarter last year", "DATE", "2025-Q3")]),
    # a stretch placed against a named event is a DATE the text does not place (the event's
    # date is unknown there: event_stretches.py); it does not take the last date placed
    ("The bridge closed on March 3. Inspectors found cracks in the weeks before the closure.",
     "2026-04-15", [("March 3", "DATE", "2026-03-03"), ("the weeks", "DATE", None)]),
    ("Talks stalled in the days that followed.", "2026-04-15",
     [("the days", "DURATION", "PXD")]),
    # a whole period counted in its parts means "all the time": no time expression
    ("The shelter stays open 24 hours a day, seven days a week.", "2026-04-15", []),
    ("The plant runs 365 days a year, the company said.", "2026-04-15", []),
    # a stretch that is not the whole period keeps its duration and its set
    ("Nurses there work 12 hours a day.", "2026-04-15",
     [("12 hours", "DURATION", "PT12H"), ("a day", "SET", "P1D")]),
    # a range of years written with the end's two digits, before the noun it modifies
    ("The 2003-04 season ended early.", "2026-04-15",
     [("2003", "DATE", "2003"), ("04", "DATE", "2004")]),
    ("He coached in the 1998-99 season and the 2001-02 school year.", "2026-04-15",
     [("1998", "DATE", "1998"), ("99", "DATE", "1999"), ("2001", "DATE", "2001"),
      ("02", "DATE", "2002")]),
    # a year and a month stay one date
    ("The 2003-01 report was filed late.", "2026-04-15", [("2003-01", "DATE", "2003-01")]),
    # an ordinal period names the day the story placed: here the one it is written on
    ("The ferry strike is in its fifth straight day, union leaders said.", "2026-04-15",
     [("its fifth straight day", "DATE", "2026-04-15")]),
    ("Today is the sixth day of the rail strike.", "2026-04-15",
     [("Today", "DATE", "2026-04-15"), ("the sixth day", "DATE", "2026-04-15")]),
    # a range runs forward: its end is the first such month or day on or after its start
    ("The hurricane season runs from June through November.", "2026-04-15",
     [("June", "DATE", "2026-06"), ("November", "DATE", "2026-11")]),
    ("The ferry runs between May and September.", "2026-04-15",
     [("May", "DATE", "2026-05"), ("September", "DATE", "2026-09")]),
    ("The strike lasted from November to February.", "2026-04-15",
     [("November", "DATE", "2025-11"), ("February", "DATE", "2026-02")]),
    # (a scheduled run in the simple present is ahead of the story: the coming December)
    ("The exhibit runs from Dec. 1 through Jan. 15.", "2026-04-15",
     [("Dec. 1", "DATE", "2026-12-01"), ("Jan. 15", "DATE", "2027-01-15")]),
    ("The exhibit ran from Dec. 1 through Jan. 15.", "2026-04-15",
     [("Dec. 1", "DATE", "2025-12-01"), ("Jan. 15", "DATE", "2026-01-15")]),
    # two months that are not one range keep the tense's reading
    ("Rates rose in June, and the bank will act again in November.", "2026-04-15",
     [("June", "DATE", "2025-06"), ("November", "DATE", "2026-11")]),
    # a stretch later or earlier than the period last named counts from it, no finer than it
    ("The plant opened in 1985. Ten years later, it closed.", "2026-04-15",
     [("1985", "DATE", "1985"), ("Ten years later", "DATE", "1995")]),
    ("The law was passed in the 1960s and amended a decade later.", "2026-04-15",
     [("the 1960s", "DATE", "196"), ("a decade later", "DATE", "197")]),
    ("The mill was sold in March 2019. Two months later, it shut.", "2026-04-15",
     [("March 2019", "DATE", "2019-03"), ("Two months later", "DATE", "2019-05")]),
    ("The mayor took office in 2010. Three years earlier, she had lost a race.", "2026-04-15",
     [("2010", "DATE", "2010"), ("Three years earlier", "DATE", "2007")]),
    ("The mill was sold in 2019. Two weeks later, it shut.", "2026-04-15",
     [("2019", "DATE", "2019"), ("Two weeks later", "DATE", "2019")]),
    # a month or season named without its year is named all the same
    ("The mayor took office in January and quit two months later.", "2026-04-15",
     [("January", "DATE", "2026-01"), ("two months later", "DATE", "2026-03")]),
    ("The river flooded in the spring of 1993. A year later, the levee was rebuilt.",
     "2026-04-15", [("the spring of 1993", "DATE", "1993-SP"), ("A year later", "DATE", "1994")]),
    # a day placed after the period is the anchor, and a vague stretch stays vague
    ("The mill was sold on March 3, 2019. Two days later, it shut.", "2026-04-15",
     [("March 3, 2019", "DATE", "2019-03-03"), ("Two days later", "DATE", "2019-03-05")]),
    ("The dam was built in 1990. A few years later, it cracked.", "2026-04-15",
     [("1990", "DATE", "1990"), ("A few years later", "DURATION", "PXY")]),
    # a set is whole even where the model tags the day inside it
    ("The newsletter comes out every other Friday.", "2026-04-15",
     [("every other Friday", "SET", "XXXX-WXX-5")]),
    ("The choir sings every Sunday.", "2026-04-15", [("every Sunday", "SET", "XXXX-WXX-7")]),
    ("The fair is held every other year.", "2026-04-15", [("every other year", "SET", "P2Y")]),
]


test_expressions_are_found_in_context = in_context_test(IN_CONTEXT)
