""""Now," opening a sentence, a paragraph or a quotation and set off by a comma is a discourse
marker (it turns the talk to a new point), not PRESENT_REF; "now" anywhere else names the
present and stays a time (TimeML: PRESENT_REF).

Rows: (an original AP-style sentence, its story date, the tense the clause is in, the
(text, type, value) of each time expression the pipeline finds, in order). The tense column
shows that the class does not depend on it: a marker in a future or a past clause is no time
either.
"""

from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.dates.tense import clause_tense
from annotate.dates.tokens import TokenView
from annotate.dates.untagged import _discourse_now
from annotate.pipeline.annotator import Annotator

Annotate = Callable[..., dict[str, Any]]
SPRING = "2026-04-15"

ROWS = [
    # the discourse marker: first in its sentence, paragraph or quotation, then a comma
    ("Now, the mayor said, the city must pay for the repairs.", SPRING, "future", []),
    ("The talks failed last year. Now, the envoy says, both sides will sign.", SPRING,
     "future", [("last year", "DATE", "2025")]),
    ('The talks failed last year. "Now, we are ready to sign," the envoy said.', SPRING,
     "present", [("last year", "DATE", "2025")]),
    ("Now, as then, the council met behind closed doors.", SPRING, "past", []),
    # "now" naming the present: no comma after it, or not first
    ("Now the company plans to close two plants.", SPRING, "future",
     [("Now", "DATE", "PRESENT_REF")]),
    ("The rebels now control the port.", SPRING, "present",
     [("now", "DATE", "PRESENT_REF")]),
    ("The bank, now the largest in the region, said profit rose.", SPRING, "past",
     [("now", "DATE", "PRESENT_REF")]),
    ("For now, the border will stay shut.", SPRING, "future",
     [("now", "DATE", "PRESENT_REF")]),
    ("The mill closed in 2019, and now, after repairs, it is a museum.", SPRING, "present",
     [("2019", "DATE", "2019"), ("now", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "story_date", "tense", "expected"), ROWS)
def test_now_is_a_time_unless_it_is_a_discourse_marker(
        annotator: Annotator, annotate: Annotate, text: str, story_date: str, tense: str,
        expected: list[tuple[str, str, str]]) -> None:
    doc = annotator.nlp(text)
    now = next(token for token in doc if token.lower_ == "now")
    assert clause_tense(doc[now.i:now.i + 1]) == tense
    record = annotate(text, date=story_date)
    assert [(d["text"], d["type"], d["value"]) for d in record["dates"]] == expected


WORDS = ["Now", "now", ",", ".", '"', "\n\n", "the", "rebels", "said", "control", "port", "for"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_only_a_now_set_off_by_a_comma_can_be_a_marker(annotator: Annotator,
                                                      words: list[str]) -> None:
    """Whatever the words around it, a "now" with no comma right after it stays a time, and one
    that opens the text and has a comma after it is a marker."""
    doc = annotator.nlp(" ".join(words))
    view = TokenView.of(doc)
    for token in doc:
        if token.lower_ != "now":
            continue
        comma_after = token.i + 1 < len(doc) and doc[token.i + 1].text == ","
        marker = _discourse_now(view, doc[token.i:token.i + 1])
        if not comma_after:
            assert not marker
        elif token.i == 0:
            assert marker
