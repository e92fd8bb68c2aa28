"""Every sample story through the whole pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotate.input.stories import read_story_file
from annotate.pipeline.annotator import Annotator

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def records(annotator: Annotator) -> dict[str, dict[str, Any]]:
    stories = [read_story_file(path) for path in SAMPLES]
    return {result.story_id: result.record for result in annotator.annotate_stories(stories)}


def spans(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    found = [(m["start"], m["end"], m["text"]) for p in record["people"] for m in p["mentions"]]
    found += [(d["start"], d["end"], d["text"]) for d in record["dates"]]
    found += [(a["start"], a["end"], a["trigger"]) for a in record["actions"]]
    for action in record["actions"]:
        for party in (action["actor"], action["target"]):
            if party is not None:
                found.append((party["start"], party["end"], party["text"]))
    return found


def test_there_are_at_least_eight_samples() -> None:
    assert len(SAMPLES) >= 8


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_offset_indexes_the_text(path: Path, records: dict[str, dict[str, Any]]) -> None:
    record = records[path.stem]
    if record["input"]["dropped"]:  # the scraped sample: cleaned
        assert record["text"] != path.read_text(encoding="utf-8")
    else:  # clean AP copy comes out of cleaning byte for byte
        assert record["text"] == path.read_text(encoding="utf-8")
    for start, end, text in spans(record):
        assert record["text"][start:end] == text


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_layer_finds_something(path: Path, records: dict[str, dict[str, Any]]) -> None:
    # Every sample story names people, dates and at least one diplomatic action.
    record = records[path.stem]
    assert record["people"], "no people"
    assert record["dates"], "no dates"
    assert record["actions"], "no actions"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_ids_are_unique_and_references_resolve(path: Path,
                                               records: dict[str, dict[str, Any]]) -> None:
    record = records[path.stem]
    people = {p["id"] for p in record["people"]}
    dates = {d["id"] for d in record["dates"]}
    assert len(people) == len(record["people"]) and len(dates) == len(record["dates"])
    for action in record["actions"]:
        assert action["date"] is None or action["date"] in dates
        for party in (action["actor"], action["target"]):
            assert party is None or party["person"] is None or party["person"] in people
    for date in record["dates"]:
        assert date["anchor"] in (None, "reference") or date["anchor"] in dates


def test_story_with_byline_resolves_relative_dates(records: dict[str, dict[str, Any]]) -> None:
    record = records["07-relative-dates"]
    assert record["reference_date"] == "2026-03-04"
    assert all(d["value"] for d in record["dates"] if d["text"] in ("Monday", "last week"))


def test_story_without_any_date_leaves_relative_values_null(
        records: dict[str, dict[str, Any]]) -> None:
    record = records["02-leaders-phone-call"]
    assert record["reference_date"] is None
    relative = [d for d in record["dates"] if d["anchor"] == "reference"]
    assert relative and all(d["value"] is None for d in relative)
