"""Error classes of the fourth pass on issue 14, one table each. Sentence rows: (an original
AP-style sentence, its story date, the (text, type, value) of the time expressions the
pipeline must find), so that spans and tense come from the pipeline itself.

A comparison in a sentence that reports a stretch of several quarters ("the nine months")
is with that stretch a year before: TIMEX3 has no value for it finer than the year.
"""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]

COMPARED_STRETCH = [
    ("Profit rose in the third quarter. For the nine months, the chain earned $2 billion, up "
     "from $1.7 billion a year earlier.", "2026-10-28",
     [("the nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2025")]),
    ("Sales fell in the quarter. In the first nine months, the mill lost $30 million, "
     "compared with a profit of $5 million in the 2025 period.", "2026-10-28",
     [("the first nine months", "DURATION", "P9M"), ("the 2025 period", "DATE", "2025")]),
    ("The bank posted a loss for the second quarter. For the first six months, it earned "
     "$4 million, against year-earlier net income of $9 million.", "2026-07-29",
     [("the first six months", "DURATION", "P6M"), ("year-earlier", "DATE", "2025")]),
    # guards: a comparison in the quarter's own sentence, or in the next sentence, stays
    # the quarter
    ("The third quarter was weak. For the nine months, revenue rose. Sales rose 3% from a "
     "year earlier.", "2026-10-28",
     [("a year earlier", "DATE", "2025-Q3")]),
    ("Profit in the third quarter rose to $8 million from $6 million a year earlier.",
     "2026-10-28", [("a year earlier", "DATE", "2025-Q3")]),
]


@pytest.mark.parametrize(("text", "story_date", "expected"), COMPARED_STRETCH)
def test_compared_stretch_is_the_year(annotate: Annotate, text: str, story_date: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    found = [(d["text"], d["type"], d["value"]) for d in annotate(text, date=story_date)["dates"]]
    for expression in expected:
        assert expression in found


def test_a_doc_without_sentences_scopes_no_comparison() -> None:
    import spacy

    from annotate.dates.component import _sentence_start

    doc = spacy.blank("en")("For the nine months, sales rose from a year earlier.")
    assert _sentence_start(doc[1:4]) == -1
