"""Days that are part of a name (issue 14): TimeML 1.2.1, after the TIDES guidelines, marks no
TIMEX3 inside a proper name. "the November 17 group" (a group named after a date) and
"Tuesday Morning stores" (a business) refer to no day; a day that places an event or a meeting
("the Tuesday meeting") is kept.

Rows: (an original AP-style sentence, its story date, the (text, type, value) expected; type
None where the text must hold no time expression).
"""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

NAMES = [
    ("Police questioned members of the November 17 group.", "2026-04-15",
     ("November 17", None, None)),
    ("Tuesday Morning stores reported lower sales.", "2026-04-15",
     ("Tuesday", None, None)),
    ("Sales at Tuesday Morning rose 4 percent.", "2026-04-15",
     ("Tuesday Morning", None, None)),
    ("The April 6 movement called a strike.", "2026-04-15",
     ("April 6", None, None)),
    # guards: a day that places a meeting, a part of the day in lower case, a date after "on"
    ("The Tuesday meeting ran long.", "2026-04-15",
     ("Tuesday", "DATE", "2026-04-14")),
    ("The board met Tuesday morning.", "2026-04-15",
     ("Tuesday morning", "TIME", "2026-04-14TMO")),
    ("The group met on Nov. 17.", "2026-04-15",
     ("Nov. 17", "DATE", "2025-11-17")),
]


@pytest.mark.parametrize(("text", "story_date", "expected"), NAMES)
def test_day_in_a_name(annotate: Annotate, text: str, story_date: str,
                       expected: tuple[str, str | None, str | None]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    if expected[1] is None:
        assert all(expected[0] not in f[0] for f in found), found
    else:
        assert expected in found, found
