"""A part of the day named by the day after "of" (issue 14): "the morning of Jan. 5" is one
TIMEX3 TIME, that day's morning (2026-01-05TMO), as "Jan. 5 morning" or "Tuesday morning" is;
not a vague part of the day plus a separate DATE. TimeML leaves prepositions out of spans, but
"of" here is inside the expression (the part and the whole it belongs to).

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find).
"""

from tests.dates.tables import tensed_test

PARTS = [
    ("Officers arrived on the morning of Jan. 5.", "2026-04-15", "past",
     ("the morning of Jan. 5", "TIME", "2026-01-05TMO")),
    ("He left the evening of March 3, 2025, and returned later.", "2026-04-15", "past",
     ("the evening of March 3, 2025", "TIME", "2025-03-03TEV")),
    # guards: a part of a day the expression does not place, a weekday's part in the usual
    # order, one the model already tags whole
    ("The fire started on the night of Tuesday.", "2026-04-15", "past",
     ("the night of Tuesday", "TIME", "2026-04-14TNI")),
    ("She ran in the morning of a cold day.", "2026-04-15", "past",
     ("the morning", "TIME", "2026-04-15TMO")),
    ("Officers arrived Tuesday morning.", "2026-04-15", "past",
     ("Tuesday morning", "TIME", "2026-04-14TMO")),
]


test_part_of_day_of_a_day = tensed_test(PARTS)
