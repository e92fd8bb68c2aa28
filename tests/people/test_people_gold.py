"""The hand-annotated people gold in tests/gold/people/: well-formed, and scored with a floor.

``samples.jsonl`` holds six of the bundled samples (``text`` is the exact file text);
``stories.jsonl`` holds six original stories written for these tests. Both were annotated by
hand: every person-name mention, the name part only (no title, no possessive 's).
``heldout.jsonl`` holds eight more original stories, annotated by hand before the annotator
was ever run on them, and not used to write rules: the layer's honest unseen-news figure.
``wirecopy.jsonl`` holds six original AP-style stories of the kinds issue 13 names (a results
table, a line of golf scores, a line-up, an ALL-CAPS headline, a company named with its legal
form, later mentions), annotated by hand before the annotator ran on them; one rule (line-ups)
was fixed after seeing its error there, so it is no held-out figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.evaluation.run import evaluate
from annotate.pipeline.annotator import Annotator

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "people"
SAMPLES = ROOT / "samples"
FILES = sorted(GOLD.glob("*.jsonl"))
# A little below the figures reached (samples 0.994, stories 0.989, held-out 0.936 exact-span
# F1), so that a regression fails; precision must stay at least spaCy's own on the same documents.
F1_FLOOR = {"samples.jsonl": 0.96, "stories.jsonl": 0.94, "heldout.jsonl": 0.90,
            "wirecopy.jsonl": 0.95}


def documents(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_six_samples_and_six_stories() -> None:
    assert [path.name for path in FILES] == ["heldout.jsonl", "samples.jsonl", "stories.jsonl",
                                             "wirecopy.jsonl"]
    assert len(documents(GOLD / "samples.jsonl")) >= 6
    assert len(documents(GOLD / "stories.jsonl")) >= 6


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_gold_is_well_formed(path: Path) -> None:
    ids = set()
    for document in documents(path):
        assert set(document) >= {"id", "text", "date", "people"}
        assert document["id"] not in ids
        ids.add(document["id"])
        text = document["text"]
        previous_end = 0
        for mention in document["people"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
            assert mention["start"] >= previous_end, "mentions are in order and do not overlap"
            assert mention["text"] == mention["text"].strip()
            assert not mention["text"].endswith(("'s", "’s", ",", "."))
            previous_end = mention["end"]


def test_sample_gold_text_is_the_exact_file_text() -> None:
    for document in documents(GOLD / "samples.jsonl"):
        name = document["id"].split(":", 1)[1]
        assert (SAMPLES / f"{name}.txt").read_text(encoding="utf-8") == document["text"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_annotator_scores_above_the_floor(path: Path, annotator: Annotator) -> None:
    people = evaluate(path, layers=["people"], annotator=annotator).metrics["people"]
    ours, spacy = people["annotate"], people["spacy_person_entities"]
    assert ours["f1"] >= F1_FLOOR[path.name]
    assert ours["precision"] >= spacy["precision"]
