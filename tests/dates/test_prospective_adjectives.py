""""is likely to vote on Friday", "is ready to sign the bill on Friday": after a present "be", an
adjective of likelihood or readiness takes an infinitive whose event is still to come (issue
14, the week of a weekday and the year of a month by the clause), as "is set to" and "is
expected to" do: the coming Friday in a Wednesday story, next March in April. They had been
read as the past (models/prospective_adjectives.tsv).

Guards: a past "be" is left to the clause's tense ("was likely to vote on Friday"); an
adjective outside the list keeps the present's reading.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

PROSPECTIVE_ADJECTIVES = [
    ("The Senate is likely to vote on the budget on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The governor is ready to sign the bill on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    ("The union is unlikely to strike before March.", "2000-04-12",
     [("March", "DATE", "2001-03")]),
    # guards
    ("The Senate was likely to vote on the budget on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
    ("The Senate is happy to have voted on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
]


test_prospective_adjectives = in_context_test(PROSPECTIVE_ADJECTIVES)
