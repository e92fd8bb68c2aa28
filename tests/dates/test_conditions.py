"""Issue 14, the year or week of a date by the clause's tense: a condition ("if", "unless")
of a future or hypothetical main clause lies ahead with it, whatever the form of its own verb.
English backshifts the condition ("would respond if the men WERE NOT FREED by the weekend",
"will act unless Uganda FREES them by Friday"), so its past or present form says nothing of
its time. A condition of a past main clause keeps the past; so does a temporal clause.

Rows: (an original sentence, its story date (a Thursday), the tense the layer should read,
the (text, type, value) the pipeline must find).
"""

from tests.dates.tables import tensed_test

THURSDAY = "2026-12-03"  # ISO week 49; the weekend before is W48, the next W49

CONDITIONS = [
    ("Kenya would respond if the men were not freed by the weekend.", THURSDAY, "future",
     ("the weekend", "DATE", "2026-W49-WE")),
    ("The minister said he would resign if the bill were passed in January.", THURSDAY,
     "future", ("January", "DATE", "2027-01")),
    ("Kenya will act unless the men are released by the weekend.", THURSDAY, "future",
     ("the weekend", "DATE", "2026-W49-WE")),
    ("Kenya would respond if Uganda did not free the men by the weekend.", THURSDAY, "future",
     ("the weekend", "DATE", "2026-W49-WE")),
    # guards: a past main clause, a temporal clause
    ("If the talks failed in January, sanctions followed in March.", THURSDAY, "past",
     ("January", "DATE", "2026-01")),
    ("Kenya responded after the men were not freed over the weekend.", THURSDAY, "past",
     ("the weekend", "DATE", "2026-W48-WE")),
]


test_a_condition_takes_the_time_of_its_main_clause = tensed_test(CONDITIONS)
