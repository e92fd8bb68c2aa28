"""A present passive in a clause of time under a future ("will face ... when he is sentenced
in November", "will reopen after it is repaired in February") refers to the future, as an
active present there already did ("after the board meets in November"): English puts the
verb of a temporal clause in the present for a future event (the reference grammars'
present for future in subordinate clauses). The passive's participle had been taken for a
past form, so the main clause's future was never looked at (issue 14, the year of a month by
tense).

Guards: a past passive in the same clause ("when he was sentenced") stays past.

Rows: (an original AP-style sentence, its story date, every (text, type, value) found, in
order). 2000-04-05 is in April.
"""

from tests.dates.tables import in_context_test

PASSIVE_IN_FUTURE_CLAUSES = [
    ("He will face up to 10 years in prison when he is sentenced in November.", "2000-04-05",
     [("up to 10 years", "DURATION", "P10Y"), ("November", "DATE", "2000-11")]),
    ("The bridge will reopen after it is repaired in February.", "2000-04-05",
     [("February", "DATE", "2001-02")]),
    ("The museum will open to the public once it is finished in December.", "2000-04-05",
     [("December", "DATE", "2000-12")]),
    # guards
    ("He faced 10 years in prison when he was sentenced in November.", "2000-04-05",
     [("10 years", "DURATION", "P10Y"), ("November", "DATE", "1999-11")]),
    ("The company will pay a dividend after the board meets in November.", "2000-04-05",
     [("November", "DATE", "2000-11")]),
    ("Officials said the treaty was signed in Geneva in November.", "2000-04-05",
     [("November", "DATE", "1999-11")]),
]


test_passive_in_future_clauses = in_context_test(PASSIVE_IN_FUTURE_CLAUSES)
