"""Times of day (issue 14): a part of the day reached "into" or "through" ("late into the
night", "through the evening") or given "early" or "late" ("the early morning") is that part
of the day the story last placed, a TIME valued TNI, TEV, TMO (TimeML: a part of a day is a
TIME), not a day counted (DURATION P1D) and not left without a value.

Rows: (expression, reference date, last date placed, tense, type, value).
"""

from datetime import date

from tests.dates.tables import normaliser_test

SPRING = date(2026, 4, 15)  # a Wednesday
FRIDAY = date(2026, 4, 10)

NORMALISED = [
    ("late into the night", SPRING, None, "past", "TIME", "2026-04-15TNI"),
    ("into the night", SPRING, None, "past", "TIME", "2026-04-15TNI"),
    ("through the night", SPRING, FRIDAY, "past", "TIME", "2026-04-10TNI"),
    ("late into the evening", SPRING, None, "past", "TIME", "2026-04-15TEV"),
    ("the early morning", SPRING, None, "past", "TIME", "2026-04-15TMO"),
    ("the late evening", SPRING, FRIDAY, "past", "TIME", "2026-04-10TEV"),
    # guards: a night counted and hours counted stay durations
    ("all night", SPRING, None, "past", "DURATION", "P1D"),
    ("two nights", SPRING, None, "past", "DURATION", "P2D"),
    ("the early hours", SPRING, None, "past", "DURATION", "PTXH"),
]


test_part_of_the_day_is_a_time = normaliser_test(NORMALISED)
