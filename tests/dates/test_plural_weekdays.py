"""Sets (issue 14): a weekday or the weekend in the plural, left on its own ("open on
Sundays", "closes Mondays", "on weekends"), recurs, so it is a SET valued as the TIMEX3
guidelines' examples value a recurring calendar point ("every Tuesday" XXXX-WXX-2): Sundays
XXXX-WXX-7, weekends XXXX-WXX-WE. Counted or picked out ("three weekends", "those Sundays") it
names particular days and is no set.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

PLURAL_DAYS = [
    ("The market is open on Sundays.", "2026-04-15", "present",
     ("Sundays", "SET", "XXXX-WXX-7")),
    ("The store closes Mondays.", "2026-04-15", "present", ("Mondays", "SET", "XXXX-WXX-1")),
    ("Most shops close on weekends.", "2026-04-15", "present",
     ("weekends", "SET", "XXXX-WXX-WE")),
    ("Workers get Fridays off.", "2026-04-15", "present", ("Fridays", "SET", "XXXX-WXX-5")),
    # guards: counted or picked out, and a single weekday
    ("He spent three weekends at the lake.", "2026-04-15", "past", ("weekends", None, None)),
    ("He spent several Sundays at the lake.", "2026-04-15", "past", ("Sundays", None, None)),
    ("The shop opened on Sunday.", "2026-04-15", "past", ("Sunday", "DATE", "2026-04-12")),
    ("The club meets on Tuesday nights.", "2026-04-15", "present",
     ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
]


test_plural_weekday_is_a_set = tensed_test(PLURAL_DAYS)
