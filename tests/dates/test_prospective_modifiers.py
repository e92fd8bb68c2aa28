""""announced plans to reopen the bridge on Monday", "Friday's upcoming vote": a noun of intention
introduces, and an adjective such as "upcoming" modifies, an event still to come (issue 14, the
week of a weekday by the clause), as the commissive verbs ("agreed to resume talks Monday")
and "scheduled" do: the coming Monday or Friday in a Wednesday story. They had been read by
the past verb of the clause (models/prospective_modifiers.tsv).

Guards: a noun whose infinitive is as often carried out already keeps the past ("The decision
to close the bridge on Monday angered drivers"); a past verb of proposing keeps the past.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

PROSPECTIVE_MODIFIERS = [
    ("Officials announced plans to reopen the bridge on Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-17")]),
    ("The rebels announced an agreement to free the hostages on Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-17")]),
    ("Senators lobbied hard before Friday's upcoming vote.", "2000-04-12",
     [("Friday", "DATE", "2000-04-14")]),
    # guards
    ("The decision to close the bridge on Monday angered drivers.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("The senator proposed a vote on Friday.", "2000-04-12",
     [("Friday", "DATE", "2000-04-07")]),
]


test_prospective_modifiers = in_context_test(PROSPECTIVE_MODIFIERS)
