"""Scoring the actions layer per sentence: CAMEO roots, (root, unordered actor-target
countries) and PLOVER types, the share of no-event sentences left without an action, the
coarse class (pentacode) of the first action, and, where the gold names the parties only as
text, party recall.

Gold PLOVER types may come with ``plover_alt``: the current types an older label was split
into (YIELD into CONCEDE and RETREAT). The label or any of its alternatives counts.
"""

from __future__ import annotations

import re
from typing import Any

from .scores import Score

# Words that say nothing about who a party is: "the", "a", "of"; the rest are content words.
FUNCTION_WORDS = frozenset(
    "a an the of and or in on at to for from by with its their his her our your my this that "
    "these those some any s".split())


def _root(code: str | None) -> str | None:
    return code[:2] if code else None


# The five coarse classes of CAMEO roots (the "pentacode" of event-data work): statements and
# appeals, verbal cooperation, material cooperation, verbal conflict, material conflict.
PENTACODE = {**{r: "statement" for r in ("01", "02")},
             **{r: "verbal cooperation" for r in ("03", "04", "05")},
             **{r: "material cooperation" for r in ("06", "07", "08")},
             **{r: "verbal conflict" for r in ("09", "10", "11", "12", "13", "16")},
             **{r: "material conflict" for r in ("14", "15", "17", "18", "19", "20")}}
# A gold action with a PLOVER type only: the CAMEO root its type translates (YIELD is 08).
_PLOVER_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08",
                "COOPERATE": "06", "AID": "07", "RETREAT": "08", "YIELD": "08",
                "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13",
                "SANCTION": "16", "PROTEST": "14", "MOBILIZE": "15", "COERCE": "17",
                "ASSAULT": "18"}


def coarse_class(action: dict[str, Any]) -> str | None:
    """The pentacode class of an action, from its CAMEO root or, without one, its PLOVER type."""
    root = _root(action.get("cameo")) or _PLOVER_ROOT.get(action.get("plover") or "")
    return PENTACODE.get(root or "")


def _macro_f1(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Macro-averaged F1 over the gold classes of (gold, predicted) pairs."""
    classes = sorted({gold for gold, _ in pairs})
    per_class = {}
    for name in classes:
        score = Score()
        score.add(sum(g == p == name for g, p in pairs), sum(p == name for _, p in pairs),
                  sum(g == name for g, _ in pairs))
        per_class[name] = round(score.f1, 4)
    return {"macro_f1": round(sum(per_class.values()) / len(per_class), 4) if per_class else 0.0,
            "sentences": len(pairs), "per_class": per_class}


def content_words(text: str | None) -> set[str]:
    """The lower-case content words of a party's text (no determiners or prepositions)."""
    return {word for word in re.findall(r"[a-z0-9]+", (text or "").lower())
            if word not in FUNCTION_WORDS}


def _accepted(gold_action: dict[str, Any]) -> frozenset[str]:
    """The PLOVER types that count for a gold action: its label and its ``plover_alt``."""
    return frozenset([gold_action["plover"], *(gold_action.get("plover_alt") or [])])


def _type_counts(gold: list[dict[str, Any]], found: set[str]) -> tuple[int, int, int]:
    """(matched, predicted, gold) for PLOVER types: each gold label (with its alternatives)
    is matched by at most one found type, and each found type matches at most one label."""
    labels = {_accepted(a) for a in gold if a["plover"]}
    unused = set(found)
    matched = 0
    for accepted in sorted(labels, key=len):
        hit = sorted(accepted & unused)
        if hit:
            unused.discard(hit[0])
            matched += 1
    return matched, len(found), len(labels)


def _party_found(gold_action: dict[str, Any], side: str, coded: list[dict[str, Any]]) -> bool:
    """Whether an action of the gold's PLOVER type has a ``side`` party sharing a content word
    with the gold's ``<side>_text``."""
    wanted = content_words(gold_action.get(f"{side}_text"))
    accepted = _accepted(gold_action)
    return any(action["plover"] in accepted and action[side]
               and wanted & content_words(action[side]["text"]) for action in coded)


def score_actions(scored: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> dict[str, Any]:
    """Sets per sentence: CAMEO roots; (root, unordered pair of actor and target countries)
    where the gold gives both countries; PLOVER types where the gold gives one; party recall
    where the gold gives parties as text."""
    roots, dyads, plover = Score(), Score(), Score()
    parties = {"actor": Score(), "target": Score()}
    no_event = no_event_quiet = 0
    first: list[tuple[str, str]] = []
    for gold, record, _ in scored:
        coded = [a for a in record["actions"] if not a["negated"]]
        gold_first = coarse_class(gold["actions"][0]) if gold["actions"] else None
        if gold_first is not None:
            first.append((gold_first, (coarse_class(coded[0]) or "none") if coded else "none"))
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
        if any(a["plover"] for a in gold["actions"]):
            plover.add(*_type_counts(gold["actions"], {a["plover"] for a in coded if a["plover"]}))
        for action in gold["actions"]:
            for side, score in parties.items():
                if action["plover"] and content_words(action.get(f"{side}_text")):
                    score.add(_party_found(action, side, coded), 0, 1)
        if not gold["actions"]:
            no_event += 1
            no_event_quiet += not coded
    result: dict[str, Any] = {
        "sentences": len(scored), "cameo_root": roots.as_dict(), "cameo_root_dyad": dyads.as_dict(),
        "plover_type": plover.as_dict(),
        "no_event_sentences": no_event,
        "no_event_without_action": round(no_event_quiet / no_event, 4) if no_event else None,
        "first_action_class": _macro_f1(first) if first else None,
    }
    for side, score in parties.items():
        result[f"{side}_found"] = ({"recall": round(score.recall, 4), "found": score.true_positives,
                                    "gold": score.gold} if score.gold else None)
    return result
