"""Ages given as a limit are no time expressions (issue 14, false hits: ages and measures).
"as young as" before a count of time always gives an age ("Patients as young as 6 months");
"up to" gives one only between a person noun subject and its verb ("Infants up to 12 months
should ride"), as "under" and "over" already did.

Guards: "up to" that measures how long something lasts ("pays jobless workers up to 26 weeks
of benefits", "could last up to two weeks") or how late someone is ("Prisoners up to six
months behind") stays a length of time.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

AGE_LIMITS = [
    ("Infants up to 12 months should ride facing the rear, the agency said.", "2000-04-05",
     []),
    ("Babies up to six months sleep on their backs in the ward.", "2000-04-05", []),
    ("Patients as young as 6 months have been treated at the clinic.", "2000-04-05", []),
    ("Doctors saw children as young as two years on Tuesday.", "2000-04-05",
     [("Tuesday", "DATE", "2000-04-04")]),
    # guards
    ("The state pays jobless workers up to 26 weeks of benefits.", "2000-04-05",
     [("up to 26 weeks", "DURATION", "P26W")]),
    ("The talks could last up to two weeks.", "2000-04-05",
     [("up to two weeks", "DURATION", "P2W")]),
    ("Prisoners up to six months behind on fines will be freed on Friday.", "2000-04-05",
     [("six months", "DURATION", "P6M"), ("Friday", "DATE", "2000-04-07")]),
    ("Children as young as 3 years old were among the victims.", "2000-04-05", []),
]


test_age_limits = in_context_test(AGE_LIMITS)
