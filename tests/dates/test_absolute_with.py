""""With the vote set for Friday, ...": the participle of an absolute clause after "with" fixes
the time of an event, as "the vote, set for Nov. 3" does (issue 14, the week of a weekday by
the clause): the coming Friday in a Wednesday story. It had been read by the main clause's
tense ("police closed the square"), so the past Saturday.

Guards: "set" with "on", not "for", fixes no event ("With the record set on Friday"). The
main clause's own time keeps its tense ("closed the square on Tuesday", in a positive row).

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

ABSOLUTE_WITH = [
    ("With the vote set for Friday, senators are lobbying hard.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("With the rally set for Saturday, police closed the square.", "2000-04-12",
     [("Saturday", "DATE", "2000-04-15")]),
    ("With the vote set for Friday, police closed the square on Tuesday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14"), ("Tuesday", "DATE", "2000-04-11")]),
    # guards
    ("With the record set on Friday, the team celebrated.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
]


test_absolute_with = in_context_test(ABSOLUTE_WITH)
