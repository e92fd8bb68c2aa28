"""Named days and the week of the church calendar around Easter (issue 14, dates). "Palm
Sunday", "Ash Wednesday", "Holy Thursday", "Pentecost" are days placed from Western Easter
(models/timex_holidays.tsv); "Holy Week" is a week, a DATE of week granularity, as "Easter
week" already was. "Holy Week" had been a length (DURATION P1W) and the days were not found.

Guards: the week the story is in is that one whatever the tense; "Easter week" and "Good
Friday" keep their readings.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order). Easter 2000 fell on April 23.
"""

from tests.dates.tables import in_context_test

CHURCH_CALENDAR = [
    ("Holy Week began on Palm Sunday.", "2000-04-20",
     [("Holy Week", "DATE", "2000-W16"), ("Palm Sunday", "DATE", "2000-04-16")]),
    ("Pilgrims will gather for Holy Week.", "2000-04-20", [("Holy Week", "DATE", "2000-W16")]),
    ("Lent began on Ash Wednesday.", "2000-04-20", [("Ash Wednesday", "DATE", "2000-03-08")]),
    ("The pope washed the feet of 12 priests on Holy Thursday.", "2000-04-21",
     [("Holy Thursday", "DATE", "2000-04-20")]),
    # guards
    ("Easter week is busy.", "2000-04-20", [("Easter week", "DATE", "2000-W16")]),
    ("Cubans marched on Good Friday.", "2000-04-22", [("Good Friday", "DATE", "2000-04-21")]),
]


test_church_calendar = in_context_test(CHURCH_CALENDAR)
