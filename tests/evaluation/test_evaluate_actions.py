"""Scoring the actions layer: PLOVER labels with alternatives, party recall, and halves."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from annotate.cli import app
from annotate.evaluation.actions import content_words, score_actions


def gold_action(plover: str, actor: str | None = None, target: str | None = None,
                alt: list[str] | None = None) -> dict[str, Any]:
    action = {"actor": None, "target": None, "cameo": None, "plover": plover,
              "actor_text": actor, "target_text": target}
    if alt:
        action["plover_alt"] = alt
    return action


def found(plover: str, actor: str | None = None, target: str | None = None,
          negated: bool = False) -> dict[str, Any]:
    def party(text: str | None) -> dict[str, Any] | None:
        return {"text": text, "country": None} if text else None
    return {"plover": plover, "cameo": "000", "actor": party(actor), "target": party(target),
            "negated": negated}


def score(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    return score_actions([({"actions": gold}, {"actions": predicted}, None)])


def test_an_alternative_label_counts_as_the_label() -> None:
    result = score([gold_action("YIELD", alt=["CONCEDE", "RETREAT"])], [found("RETREAT")])
    assert result["plover_type"]["true_positives"] == 1
    assert result["plover_type"]["f1"] == 1.0


def test_one_found_type_matches_one_label_only() -> None:
    gold = [gold_action("YIELD", alt=["CONCEDE", "RETREAT"]), gold_action("RETREAT")]
    result = score(gold, [found("RETREAT")])
    assert result["plover_type"]["true_positives"] == 1
    assert result["plover_type"]["gold"] == 2


def test_a_party_is_found_when_it_shares_a_content_word_in_an_action_of_the_type() -> None:
    gold = [gold_action("ACCUSE", actor="the Chilean Foreign Ministry", target="Bolivia")]
    result = score(gold, [found("ACCUSE", actor="Chilean officials", target="the government")])
    assert result["actor_found"] == {"recall": 1.0, "found": 1, "gold": 1}
    assert result["target_found"]["recall"] == 0.0


def test_a_party_of_another_type_or_a_negated_action_is_not_found() -> None:
    gold = [gold_action("ASSAULT", actor="Rebels", target="the army")]
    assert score(gold, [found("PROTEST", actor="rebels")])["actor_found"]["recall"] == 0.0
    assert score(gold, [found("ASSAULT", actor="rebels", negated=True)])["actor_found"]["recall"] == 0.0


def test_function_words_alone_do_not_make_a_match() -> None:
    assert content_words("the minister of the interior") == {"minister", "interior"}
    gold = [gold_action("SUPPORT", actor="the people of the north")]
    assert score(gold, [found("SUPPORT", actor="the leader of the party")])["actor_found"]["recall"] == 0.0


def test_files_without_party_text_report_no_party_recall() -> None:
    gold = [{"actor": "USA", "target": "CHN", "cameo": "040", "plover": "CONSULT"}]
    result = score(gold, [found("CONSULT")])
    assert result["actor_found"] is None and result["target_found"] is None


def test_evaluate_half_keeps_even_or_odd_lines(tmp_path: Path) -> None:
    texts = ["Chile recalled its ambassador from Peru.", "The weather was mild on Sunday.",
             "Peru expelled two Chilean diplomats.", "The market rose slightly."]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": t, "date": None, "actions": []}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    runner = CliRunner()
    even = runner.invoke(app, ["evaluate", str(path), "--half", "even", "--json"])
    odd = runner.invoke(app, ["evaluate", str(path), "--half", "odd", "--json"])
    assert even.exit_code == 0 and odd.exit_code == 0 and even.stderr == ""
    even_result, odd_result = json.loads(even.stdout), json.loads(odd.stdout)
    assert (even_result["half"], even_result["documents"]) == ("even", 2)
    # Both even lines report an action, neither odd line does.
    assert even_result["metrics"]["actions"]["no_event_without_action"] == 0.0
    assert odd_result["metrics"]["actions"]["no_event_without_action"] == 1.0
    table = runner.invoke(app, ["evaluate", str(path), "--half", "odd"])
    assert table.exit_code == 0 and "half): 2 documents" in " ".join(table.stdout.split())


def test_evaluate_half_must_be_even_or_odd(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"), "--half", "first"])
    assert result.exit_code == 2 and result.stdout == ""


def test_first_action_coarse_class_is_macro_f1_over_the_gold_classes() -> None:
    scored = [
        ({"actions": [gold_action("ACCUSE")]}, {"actions": [found("ACCUSE")]}, None),
        ({"actions": [gold_action("AID")]}, {"actions": [found("ASSAULT"), found("AID")]}, None),
        ({"actions": [gold_action("YIELD")]}, {"actions": [found("RETREAT")]}, None),
    ]
    for _, record, _ in scored:
        for action in record["actions"]:
            action["cameo"] = {"ACCUSE": "111", "AID": "070", "ASSAULT": "190",
                               "RETREAT": "0841"}[action["plover"]]
    result = score_actions(scored)["first_action_class"]
    # verbal conflict 1/1; material cooperation: gold AID and YIELD, found once (the first
    # action of the AID sentence is the assault): P 1/1, R 1/2; material conflict has no gold
    assert result["per_class"] == {"verbal conflict": 1.0, "material cooperation": 0.6667}
    assert result["macro_f1"] == round((1.0 + 0.6667) / 2, 4)
