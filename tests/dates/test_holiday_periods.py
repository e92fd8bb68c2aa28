"""A holiday's name before the period it names is one time expression with it (issue 14,
TimeML extent): "over the Labor Day weekend" is "the Labor Day weekend", a DATE, the weekend
nearest the holiday (YYYY-Www-WE); before, the model's "the Labor Day" was taken for a
programme's name (a capitalised "Day") and nothing was found, or "Memorial Day weekend" was
read as a one-day DURATION. Guards: a holiday alone keeps its day, and a holiday that only
classifies a thing ("the Christmas tree") gives nothing.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

HOLIDAY_PERIODS = [
    ("Traffic was heavy over the Labor Day weekend.", "2026-09-09", "past",
     ("the Labor Day weekend", "DATE", "2026-W36-WE")),
    ("Three people died in Memorial Day weekend crashes.", "2026-05-27", "past",
     ("Memorial Day weekend", "DATE", "2026-W21-WE")),
    ("Shoppers crowded the malls over the Thanksgiving weekend.", "2026-12-01", "past",
     ("the Thanksgiving weekend", "DATE", "2026-W48-WE")),
    # guards
    ("Thanksgiving Day fell on a Thursday this year.", "2026-12-03", "past",
     ("Thanksgiving Day", "DATE", "2026-11-26")),
    ("The Christmas tree was lit on Friday.", "2026-12-03", "past", ("Christmas", None, None)),
]


test_holiday_periods = tensed_test(HOLIDAY_PERIODS)
