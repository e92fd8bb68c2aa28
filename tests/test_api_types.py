"""The Python API refuses wrong argument types with a plain TypeError naming the argument, an
unknown choice with ValueError, and takes a datetime as its date."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from annotate import annotate_archive, annotate_file, annotate_text
from annotate.errors import AnnotateError

STORY = "OSLO (AP) — Norway expelled two Russian diplomats on Monday, the ministry said."


@pytest.mark.parametrize("text", [None, b"OSLO (AP) bytes", 42, ["a list"]],
                         ids=["None", "bytes", "int", "list"])
def test_text_of_the_wrong_type(text: object) -> None:
    with pytest.raises(TypeError, match=r"^text must be a str, not") as raised:
        annotate_text(text)  # type: ignore[arg-type]
    assert not isinstance(raised.value, AnnotateError)


def test_bytes_get_a_hint() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        annotate_text(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [20260304, 2026.0304, ["2026-03-04"]],
                         ids=["int", "float", "list"])
def test_date_of_the_wrong_type(value: object) -> None:
    with pytest.raises(TypeError, match=r"^date must be a 'YYYY-MM-DD' str or a datetime.date"):
        annotate_text(STORY, date=value)  # type: ignore[arg-type]


def test_a_malformed_date_string_is_still_an_annotate_error() -> None:
    with pytest.raises(AnnotateError) as raised:
        annotate_text(STORY, date="")
    assert raised.value.code == "E020"


def test_a_datetime_is_taken_as_its_date() -> None:
    as_datetime = annotate_text(STORY, date=datetime(2026, 3, 4, 12, 30))
    as_date = annotate_text(STORY, date=date(2026, 3, 4))
    assert as_datetime == as_date
    assert as_date["reference_date"] == "2026-03-04"
    monday = [d for d in as_date["dates"] if d["text"] == "Monday"]
    assert monday and "T" not in monday[0]["value"]


def test_clean_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="^clean must be True or False"):
        annotate_text(STORY, clean="no")  # type: ignore[arg-type]


def test_unknown_story_format(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with pytest.raises(ValueError, match="^story_format must be one of auto, text, html, not 'pdf'"):
        annotate_file(story, story_format="pdf")
    with pytest.raises(ValueError, match="^story_format must be one of"):
        annotate_archive(story, tmp_path / "out.jsonl", story_format="pdf")
    assert not (tmp_path / "out.jsonl").exists()


def test_path_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="^path must be a str or a path, not int"):
        annotate_file(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^path must be a str or a path"):
        annotate_archive(None, None)  # type: ignore[arg-type]


def test_workers_must_be_a_whole_number(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with pytest.raises(TypeError, match="^workers must be a whole number"):
        annotate_archive(story, None, workers="2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="^workers must be a whole number"):
        annotate_archive(story, None, workers=-1)
