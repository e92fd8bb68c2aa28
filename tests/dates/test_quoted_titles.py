"""Names (issue 14): a time word that makes up a quoted composition title, or part of one
(NBC's "Today" show, "Fox News Sunday", CBS' "Sunday Morning" program), is part of a name, and
TimeML marks no TIMEX3 inside a name. AP style puts such titles in quotation marks; a quoted
remark ("Today is a sad day") or a time outside the title is still a time expression. Unquoted,
a capitalised "Today" or "Tonight" inside a sentence names a programme ("The Tonight Show"),
whichever finder of the layer found it; a holiday's capitalised name stays a date.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

QUOTED_TITLES = [
    ("Reno told NBC's ``Today'' show that the boy would be returned.", "2026-04-15", "past",
     ("Today", None, None)),
    ('Gingrich said on "Fox News Sunday" that the bill would pass.', "2026-04-15", "past",
     ("Sunday", None, None)),
    ('The mayor spoke on CBS\' "Sunday Morning" program about the flood.', "2026-04-15", "past",
     ("Sunday Morning", None, None)),
    ("The senator told ABC's ``Sunday'' that she would run again.", "2026-04-15", "past",
     ("Sunday", None, None)),
    ("The Tonight Show drew its largest audience in years.", "2026-04-15", "past",
     ("Tonight", None, None)),
    # guards: quoted remarks, a time outside the title, holidays, a sentence's first word
    ("``Today is a sad day for this town,'' the mayor said.", "2026-04-15", "present",
     ("Today", "DATE", "2026-04-15")),
    ("When will the vote be held? ``Tuesday,'' the clerk said.", "2026-04-15", "past",
     ("Tuesday", "DATE", "2026-04-14")),
    ("The lawyer appeared on ABC's ``This Week'' on Sunday.", "2026-04-15", "past",
     ("Sunday", "DATE", "2026-04-12")),
    ('He said the talks would resume "on Monday."', "2026-04-15", "future",
     ("Monday", "DATE", "2026-04-20")),
    ("The boy was found at sea on Thanksgiving Day.", "2026-04-15", "past",
     ("Thanksgiving Day", "DATE", "2025-11-27")),
    ("The bill passed Tuesday. Tonight, the governor will sign it.", "2026-04-15", "future",
     ("Tonight", "TIME", "2026-04-15TNI")),
]


test_time_word_in_quoted_title = tensed_test(QUOTED_TITLES)
