"""A time named after a preposition of anticipation (issue 14, the week of a weekday and the
year of a holiday by the clause). "Thousands arrived in Havana ahead of Saturday's rally" in a
Wednesday story is the coming Saturday: the rally lies after the arriving, which the story
reports before the rally; "in time for", "in preparation for" likewise. They had been read
by the past verb, as the past Saturday.

Guards: a past perfect stays past; "prior to" and "before" are left to the clause's tense (they
report a past event as often); the day of the clause's own verb keeps the past.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

ANTICIPATION = [
    ("Thousands of farmers arrived in the capital ahead of Saturday's rally.", "2000-04-12",
     [("Saturday", "DATE", "2000-04-15")]),
    ("Workers raced to finish the stage in time for Sunday's concert.", "2000-04-12",
     [("Sunday", "DATE", "2000-04-16")]),
    ("Negotiators met Monday in preparation for Thursday's talks.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10"), ("Thursday", "DATE", "2000-04-13")]),
    ("Shoppers crowded the stores ahead of Easter.", "2000-04-12",
     [("Easter", "DATE", "2000-04-23")]),
    # guards
    ("Troops had massed on the border ahead of Monday's attack.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("Troops massed on the border prior to Monday's attack.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("Troops massed on the border before Monday's attack.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
]


test_anticipation = in_context_test(ANTICIPATION)
