"""Scoring against gold: the metric definitions, and `annotate evaluate` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from annotate.cli import app
from annotate.evaluation.dates import _relaxed_pairs, _Timex, _timex_scores
from annotate.evaluation.run import evaluate
from annotate.evaluation.scores import Score


def test_score_arithmetic() -> None:
    score = Score()
    score.add(true_positives=3, predicted=4, gold=6)
    assert (score.precision, score.recall) == (0.75, 0.5)
    assert round(score.f1, 4) == 0.6


def test_relaxed_match_is_one_to_one() -> None:
    gold = [_Timex(0, 10, "DATE", "2026-03-02")]
    system = [_Timex(0, 4, "DATE", "2026-03-02"), _Timex(5, 10, "DATE", None)]
    assert len(_relaxed_pairs(gold, system)) == 1


def test_value_f1_is_value_accuracy_times_relaxed_f1() -> None:
    gold = [_Timex(0, 6, "DATE", "2026-03-02"), _Timex(10, 20, "DURATION", "P3Y")]
    system = [_Timex(0, 6, "DATE", "2026-03-02"), _Timex(10, 20, "DURATION", "P2Y"),
              _Timex(30, 34, "DATE", "2019")]
    scores = _timex_scores([(gold, system)])
    relaxed_f1 = scores["relaxed"]["f1"]
    assert round(relaxed_f1, 4) == 0.8
    assert scores["value_f1"] == round(0.5 * relaxed_f1, 4)


def write_gold(path: Path) -> Path:
    documents = [
        {"id": "g1", "text": "Polish Foreign Minister Tomasz Wierzbicki met Orlov on Monday.",
         "date": "2026-03-04",
         "people": [{"start": 24, "end": 41, "text": "Tomasz Wierzbicki"}],
         "dates": [{"start": 55, "end": 61, "text": "Monday", "type": "DATE", "value": "2026-03-02"}],
         "actions": [{"actor": "POL", "target": None, "cameo": "040", "plover": "CONSULT"}]},
        {"id": "g2", "text": "The weather was mild.", "date": None, "people": [], "dates": [],
         "actions": []},
    ]
    path.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    return path


def test_evaluate_scores_each_layer_and_times_it(annotator, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = evaluate(write_gold(tmp_path / "gold.jsonl"), annotator=annotator).as_dict()
    metrics = result["metrics"]
    assert metrics["people"]["annotate"]["recall"] == 1.0
    assert metrics["dates"]["annotate"]["value_f1"] == 1.0
    assert metrics["actions"]["cameo_root"]["true_positives"] == 1
    assert metrics["actions"]["no_event_without_action"] == 1.0
    assert result["timing"]["model_seconds"] > 0


def test_evaluate_command_prints_tables_or_json(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl")
    runner = CliRunner()
    table = runner.invoke(app, ["evaluate", str(gold), "--layer", "people"])
    assert table.exit_code == 0 and "People" in table.stdout and "Dates" not in table.stdout
    as_json = runner.invoke(app, ["evaluate", str(gold), "--json"])
    assert set(json.loads(as_json.stdout)["metrics"]) == {"people", "dates", "actions"}


def test_evaluate_missing_file_is_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.stderr
