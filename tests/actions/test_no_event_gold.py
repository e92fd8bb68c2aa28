"""The no-event gold in tests/gold/actions/no_event_heldout.jsonl: well-formed, and scored.

Sixty original one-sentence wire items (weather and disasters, sport, business, crime and
courts, culture, science, background facts about governments) that report no action of one
party towards another, in the eval format with ``"actions": []``. They were written after the
round of rules that added the harm-nobody-does, contest and problem classes, scored once, and
not used to change any rule: the layer's honest figure for the held-out bar "no-event
sentences left clean". The floor sits a little below the figure reached (0.883), so that a
regression fails.
"""

from __future__ import annotations

import json

from annotate.evaluation.run import evaluate
from annotate.pipeline.annotator import Annotator

from ..conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "actions" / "no_event_heldout.jsonl"
CLEAN_FLOOR = 0.85


def test_the_gold_is_well_formed() -> None:
    documents = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == 60
    assert len({d["id"] for d in documents}) == 60
    assert all(d["actions"] == [] and d["text"].strip() == d["text"] for d in documents)


def test_no_event_sentences_are_left_clean(annotator: Annotator) -> None:
    actions = evaluate(GOLD, layers=["actions"], annotator=annotator).metrics["actions"]
    assert actions["no_event_sentences"] == 60
    assert actions["no_event_without_action"] >= CLEAN_FLOOR
