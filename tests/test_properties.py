"""Arbitrary text never breaks the annotator, and offsets always index the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.annotator import Annotator

WIRE_WORDS = ["Russia", "expelled", "U.S.", "diplomats", "on", "Monday", "Foreign", "Minister",
              "Dmitry", "Orlov", "said", "talks", "with", "France", "Feb.", "12", "will", "meet",
              "sanctions", "last", "week", "'s", ",", ".", "\n", "—", "(AP)", "Hale", "not",
              "2019", "the", "1990s", "two", "days", "later", "[bold]", "�", "â€™"]

wire_like = st.lists(st.sampled_from(WIRE_WORDS), max_size=40).map(" ".join)
any_text = st.text(max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(wire_like, any_text), dated=st.booleans())
def test_offsets_index_the_text_for_any_input(annotator: Annotator, text: str, dated: bool) -> None:
    record = annotator.annotate(text, date="2026-03-04" if dated else None)
    assert record["text"] == text
    for person in record["people"]:
        for mention in person["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
            assert "\n" not in mention["text"] and mention["text"] == mention["text"].strip()
    for date in record["dates"]:
        assert text[date["start"]:date["end"]] == date["text"]
        assert date["type"] in ("DATE", "TIME", "DURATION", "SET")
    for action in record["actions"]:
        assert text[action["start"]:action["end"]] == action["trigger"]
        for party in (action["actor"], action["target"]):
            if party is not None:
                assert text[party["start"]:party["end"]] == party["text"]
