"""A day judged as an occasion is no time expression (issue 14, date or duration: TimeML reads
the phrase, not the word). After an article, an adjective that judges what happened ("a big day", "a
sad day", "a historic day", models/occasion_adjectives.tsv) makes "day" an event spoken of,
not a length of time (it had been DURATION P1D); the day meant is named elsewhere, if at all.

Guards: adjectives that measure or place the day keep their readings ("a full day", "a
single day", "a cold day in March").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test, tensed_test

OCCASION_DAYS = [
    ("It was a big day for the city.", "2000-04-05", []),
    ("Tuesday is a big day for the president.", "2000-04-05",
     [("Tuesday", "DATE", "2000-04-04")]),
    ("It was a very sad day for the family, the mayor said.", "2000-04-05", []),
    ("Traders had a bad day on Wall Street.", "2000-04-05", []),
    ("The big day came on Saturday.", "2000-04-05", [("Saturday", "DATE", "2000-04-01")]),
    # guards (the first two gave nothing already)
    ("Officials called it a historic day.", "2000-04-05", []),
    ("The talks took a full day.", "2000-04-05", [("a full day", "DURATION", "P1D")]),
    ("The strike lasted a single day.", "2000-04-05", [("a single day", "DURATION", "P1D")]),
    ("It rained on a cold day in March.", "2000-04-05",
     [("a cold day in March", "DATE", "2000-03")]),
]


test_occasion_days = in_context_test(OCCASION_DAYS)


# the definite occasion: "The big day" is not found, and a present "be" that says which day
# a day noun names is futurate, as with a deadline ("The deadline is Friday")
DEFINITE_OCCASION = [
    ("The big day is Saturday.", "2000-04-05", "present", ("The big day", None, None)),
    ("The big day is Saturday.", "2000-04-05", "present", ("Saturday", "DATE", "2000-04-08")),
    # guard: the past
    ("The big day was Saturday.", "2000-04-05", "past", ("Saturday", "DATE", "2000-04-01")),
]


test_definite_occasion = tensed_test(DEFINITE_OCCASION)
