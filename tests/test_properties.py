"""Arbitrary text or bytes never break the annotator, and offsets always index the text."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate import errors
from annotate.errors import AnnotateError
from annotate.input.stories import story_from_bytes
from annotate.pipeline.annotator import Annotator

WIRE_WORDS = ["Russia", "expelled", "U.S.", "diplomats", "on", "Monday", "Foreign", "Minister",
              "Dmitry", "Orlov", "said", "talks", "with", "France", "Feb.", "12", "will", "meet",
              "sanctions", "last", "week", "'s", ",", ".", "\n", "—", "(AP)", "Hale", "not",
              "2019", "the", "1990s", "two", "days", "later", "[bold]", "�", "â€™"]

wire_like = st.lists(st.sampled_from(WIRE_WORDS), max_size=40).map(" ".join)
any_text = st.text(max_size=300)
# What scrapers leave: control characters, every kind of line ending, web-page furniture.
MESSY_PIECES = ["\r\n", "\r", "\n", "\n\n", "\x00", "\x07", "\x1b[31m", "\u2028", "\u00a0",
                "\ufeff", "Advertisement", "Share this article", "Skip to main content",
                "© 2026 The Associated Press.", "WASHINGTON (AP) —", "MOSCOW, March 2 (Reuters) -",
                "Home > News", "Feb.", "12,", "donâ€™t", "â€œ", "â€�", "<p>", "&amp;", "“", "”"]
messy_text = st.lists(st.one_of(st.sampled_from(MESSY_PIECES + WIRE_WORDS), st.text(max_size=8)),
                      max_size=60).map(" ".join)


def assert_offsets_index_the_text(record: dict[str, Any]) -> None:
    text = record["text"]
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
    for part in (record["headline"], record["dateline"]):
        if part is not None:
            assert text[part["start"]:part["end"]] == part["text"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(wire_like, any_text), dated=st.booleans())
def test_offsets_index_the_text_for_any_input(annotator: Annotator, text: str, dated: bool) -> None:
    record = annotator.annotate(text, date="2026-03-04" if dated else None, clean=False)
    assert record["text"] == text
    assert_offsets_index_the_text(record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(messy_text, any_text, wire_like))
def test_cleaning_any_text_keeps_offsets_exact(annotator: Annotator, text: str) -> None:
    record = annotator.annotate(text)
    assert_offsets_index_the_text(record)
    assert "\r" not in record["text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), messy_text.map(lambda t: t.encode("utf-8")),
                      messy_text.map(lambda t: t.encode("cp1252", "replace")),
                      messy_text.map(lambda t: t.encode("utf-16"))))
def test_any_bytes_give_a_record_or_a_one_line_refusal(annotator: Annotator, data: bytes) -> None:
    try:
        story = story_from_bytes(data, "x", "x.txt")
    except AnnotateError as error:
        assert error.code in (errors.INPUT_BINARY, errors.INPUT_NOT_TEXT)
        assert "\n" not in error.message
        return
    [result] = list(annotator.annotate_stories([story]))
    if result.record is None:  # an HTML-looking story with no article in it
        assert result.error is not None and "\n" not in result.error
    else:
        assert_offsets_index_the_text(result.record)
