""""the day" meaning an era and "the hour" meaning the present moment are no time expressions
(issue 14, false hits: "the great issues of the day"). "Back in the day" means long ago, and
"the question of the hour" (after a noun other than a part such as "the top of the hour")
means the question of the moment, as "the issues of the day" already did for "the day".

Guards: a day counted from an event after "back in" ("came back in the day after the
storm"), and the parts of an hour or a day ("the top of the hour", "the end of the day").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

ERAS = [
    ("Back in the day, the mill employed 3,000 people.", "2000-04-05", []),
    ("The question of the hour is whether prices will fall.", "2000-04-05", []),
    ("Back in the day when the mill was open, the town had three banks.", "2000-04-05", []),
    # guards
    ("He came back in the day after the storm.", "2000-04-05",
     [("the day", "DATE", "2000-04-06")]),
    ("The news came at the top of the hour.", "2000-04-05",
     [("the top of the hour", "TIME", "2000-04-05TXX:00")]),
    ("The rally ended at the end of the day.", "2000-04-05",
     [("the end of the day", "DATE", "2000-04-05")]),
]


test_eras = in_context_test(ERAS)
