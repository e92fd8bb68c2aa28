"""Scoring the actions layer per sentence: CAMEO roots, (root, unordered actor-target
countries) and PLOVER types, plus the share of no-event sentences left without an action."""

from __future__ import annotations

from typing import Any

from .scores import Score


def _root(code: str | None) -> str | None:
    return code[:2] if code else None


def score_actions(scored: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> dict[str, Any]:
    """Sets per sentence: CAMEO roots; (root, unordered pair of actor and target countries)
    where the gold gives both countries; PLOVER types where the gold gives one."""
    roots, dyads, plover = Score(), Score(), Score()
    no_event = no_event_quiet = 0
    for gold, record, _ in scored:
        coded = [a for a in record["actions"] if not a["negated"]]
        gold_roots = {_root(a["cameo"]) for a in gold["actions"] if a["cameo"]}
        found_roots = {_root(a["cameo"]) for a in coded}
        if any(a["cameo"] for a in gold["actions"]) or not gold["actions"]:
            roots.add(len(gold_roots & found_roots), len(found_roots), len(gold_roots))
        gold_dyads = {(_root(a["cameo"]), frozenset((a["actor"], a["target"])))
                      for a in gold["actions"] if a["cameo"] and a["actor"] and a["target"]}
        if gold_dyads:
            found_dyads = {(_root(a["cameo"]), frozenset((a["actor"]["country"], a["target"]["country"])))
                           for a in coded if a["actor"] and a["target"]
                           and a["actor"]["country"] and a["target"]["country"]}
            dyads.add(len(gold_dyads & found_dyads), len(found_dyads), len(gold_dyads))
        gold_types = {a["plover"] for a in gold["actions"] if a["plover"]}
        if gold_types:
            found_types = {a["plover"] for a in coded if a["plover"]}
            plover.add(len(gold_types & found_types), len(found_types), len(gold_types))
        if not gold["actions"]:
            no_event += 1
            no_event_quiet += not coded
    return {
        "sentences": len(scored), "cameo_root": roots.as_dict(), "cameo_root_dyad": dyads.as_dict(),
        "plover_type": plover.as_dict(),
        "no_event_sentences": no_event,
        "no_event_without_action": round(no_event_quiet / no_event, 4) if no_event else None,
    }
