"""A weekend or season taken whole ("all weekend", "all summer", "the whole winter") is that
weekend or season, valued with the TIMEX3 codes (WE for the weekend, SP/SU/FA/WI for the
seasons) and placed by the clause's tense as "the weekend" and "the summer" are (issue 14, the
year of a season by tense). They had been DATEs with no value.

Left as they were, with no value: "the Christmas holiday season" (no TIMEX3 code names a
holiday season) and "the past three summers" (ISO 8601 durations have no season unit; its
reading as a set was reverted before).

Normaliser rows: (expression, reference date, date last placed, tense, type, value); sentence
rows: (an original AP-style sentence, its story date, every (text, type, value) found, in
order). 2000-04-05 is a Wednesday in the spring.
"""

from datetime import date

from tests.dates.tables import in_context_test, normaliser_test

SPRING = date(2000, 4, 5)

WHOLE_PERIODS = [
    ("all weekend", SPRING, None, "past", "DATE", "2000-W13-WE"),
    ("all weekend", SPRING, None, "future", "DATE", "2000-W14-WE"),
    ("the whole weekend", SPRING, None, "past", "DATE", "2000-W13-WE"),
    ("all summer", SPRING, None, "past", "DATE", "1999-SU"),
    ("the entire winter", SPRING, None, "future", "DATE", "2000-WI"),
    # guards: the readings already given
    ("the weekend", SPRING, None, "past", "DATE", "2000-W13-WE"),
    ("the summer", SPRING, None, "past", "DATE", "1999-SU"),
    ("all day", SPRING, None, "past", "DURATION", "P1D"),
    ("the Christmas holiday season", SPRING, None, "past", "DATE", None),
]


test_whole_periods = normaliser_test(WHOLE_PERIODS)


IN_CONTEXT = [
    ("The teams played all weekend.", "2000-04-05", [("all weekend", "DATE", "2000-W13-WE")]),
    ("Crews will work all weekend.", "2000-04-05", [("all weekend", "DATE", "2000-W14-WE")]),
    ("The pool stayed open all summer.", "2000-04-05", [("all summer", "DATE", "1999-SU")]),
    # guard
    ("Shares fell in the fall.", "2000-04-05", [("the fall", "DATE", "1999-FA")]),
]


test_in_context = in_context_test(IN_CONTEXT)
