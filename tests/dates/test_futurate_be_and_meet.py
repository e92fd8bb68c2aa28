"""The futurate present of "be", "meet" and event verbs before a weekday (issue 14, tense deciding the day). English puts a
scheduled event in the simple present ("The hearing is Tuesday", "The deadline is 9 a.m.
Friday", "The two leaders meet Tuesday in Geneva": the futurate present of the reference
grammars), so the weekday or month lies ahead of the story. The layer reads news's present as
the past ("Russia says Monday"), and had put these on the week before. "be" counts when its
subject is a scheduled event (models/scheduled_events.tsv, now with ceremonies, contests and
gatherings: "Services are Saturday", "The game is Saturday") or a deadline, or when it is
"due" ("is due in Moscow on Friday"). With a weekday, any
other event verb in the simple present is futurate too ("The president travels to Moscow on
Friday", "The talks continue Thursday"), but for verbs of saying, stative verbs, and verbs
whose past is spelled as the present ("hurt", "cut"), which the tagger may misread. So is the
present progressive of an arrangement ("is meeting him on Friday", "The plant is closing in
December", with a month too), and a "call" that fixes
an event for a day ("has called a strike for Monday"), as "set" does.

Guards: the past ("The deadline was Tuesday", "met Tuesday"), a present "be" with another
subject ("The weather is sunny Tuesday"), and a verb of saying ("says Monday").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order). 2000-04-03 is a Monday.
"""

from tests.dates.tables import in_context_test

FUTURATE_BE_AND_MEET = [
    ("The deadline is Tuesday.", "2000-04-03", [("Tuesday", "DATE", "2000-04-04")]),
    ("The deadline is 9 a.m. Tuesday.", "2000-04-03",
     [("9 a.m. Tuesday", "TIME", "2000-04-04T09:00")]),
    ("The vote is on Tuesday.", "2000-04-03", [("Tuesday", "DATE", "2000-04-04")]),
    ("Officials say the boy is healthy and the hearing is Thursday.", "2000-04-03",
     [("Thursday", "DATE", "2000-04-06")]),
    ("The two leaders meet Tuesday in Geneva.", "2000-04-03", [("Tuesday", "DATE", "2000-04-04")]),
    ("The president travels to Moscow on Friday.", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("Ministers gather in Brussels on Friday for the summit.", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("The talks continue Thursday.", "2000-04-05", [("Thursday", "DATE", "2000-04-06")]),
    ("He faces a hearing on Thursday.", "2000-04-05", [("Thursday", "DATE", "2000-04-06")]),
    ("The new law goes into effect Saturday.", "2000-04-05",
     [("Saturday", "DATE", "2000-04-08")]),
    ("The game is Saturday at 7 p.m.", "2000-04-05",
     [("Saturday", "DATE", "2000-04-08"), ("7 p.m.", "TIME", "2000-04-08T19:00")]),
    ("Services are Saturday at St. Mary's Church.", "2000-04-05",
     [("Saturday", "DATE", "2000-04-08")]),
    ("The president is due in Moscow on Friday.", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("The president is meeting the Russian leader on Friday.", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("The union has called a strike for Monday.", "2000-04-05", [("Monday", "DATE", "2000-04-10")]),
    ("Police said the suspect appears in court Friday.", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("The plant is closing in December.", "2000-04-05", [("December", "DATE", "2000-12")]),
    # guards
    ("The plant was closing in December.", "2000-04-05", [("December", "DATE", "1999-12")]),
    ("The president was meeting the Russian leader on Friday.", "2000-04-05",
     [("Friday", "DATE", "2000-03-31")]),
    ("The suspect appears to have fled Friday.", "2000-04-05", [("Friday", "DATE", "2000-03-31")]),
    ("The union called for calm on Monday.", "2000-04-05", [("Monday", "DATE", "2000-04-03")]),
    ("The wedding was Saturday.", "2000-04-05", [("Saturday", "DATE", "2000-04-01")]),
    ("Officials tell reporters Monday that the talks failed.", "2000-04-05",
     [("Monday", "DATE", "2000-04-03")]),
    ("Weakness in technology stocks hurt the index on Monday.", "2000-04-05",
     [("Monday", "DATE", "2000-04-03")]),
    ("The deadline was Tuesday.", "2000-04-03", [("Tuesday", "DATE", "2000-03-28")]),
    ("The two leaders met Tuesday in Geneva.", "2000-04-03", [("Tuesday", "DATE", "2000-03-28")]),
    ("The weather is sunny Tuesday.", "2000-04-03", [("Tuesday", "DATE", "2000-03-28")]),
    ("Russia says Monday it will not attend.", "2000-04-03", [("Monday", "DATE", "2000-04-03")]),
]


test_futurate_be_and_meet = in_context_test(FUTURATE_BE_AND_MEET)
