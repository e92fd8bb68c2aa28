"""Scoring the dates layer as TempEval-3 does: strict and relaxed span F1, type F1 and value
F1 (value accuracy over relaxed matches times relaxed F1), overall and per type, against the
plain script (spaCy DATE and TIME entities, each parsed by dateparser against the document
date)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..input.stories import parse_date
from .scores import Score


@dataclass(frozen=True)
class _Timex:
    start: int
    end: int
    type: str
    value: str | None


def _relaxed_pairs(gold: list[_Timex], system: list[_Timex]) -> list[tuple[_Timex, _Timex]]:
    """One-to-one overlapping pairs, as TempEval-3's relaxed match (greedy by overlap size)."""
    candidates = sorted(
        ((min(g.end, s.end) - max(g.start, s.start), gi, si) for gi, g in enumerate(gold)
         for si, s in enumerate(system) if g.start < s.end and s.start < g.end), reverse=True)
    used_gold, used_system, pairs = set(), set(), []
    for _, gi, si in candidates:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gold[gi], system[si]))
    return pairs


def _timex_scores(documents: list[tuple[list[_Timex], list[_Timex]]]) -> dict[str, Any]:
    strict, relaxed = Score(), Score()
    type_correct = value_correct = 0
    per_type: dict[str, Score] = defaultdict(Score)
    per_type_value: dict[str, int] = Counter()
    for gold, system in documents:
        pairs = _relaxed_pairs(gold, system)
        exact = {(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system}
        strict.add(len(exact), len(system), len(gold))
        relaxed.add(len(pairs), len(system), len(gold))
        for g, s in pairs:
            type_correct += g.type == s.type
            value_correct += g.value == s.value
            if g.type == s.type:
                per_type[g.type].true_positives += 1
                per_type_value[g.type] += g.value == s.value
        for g in gold:
            per_type[g.type].gold += 1
        for s in system:
            per_type[s.type].predicted += 1
    matched = relaxed.true_positives
    result: dict[str, Any] = {
        "strict": strict.as_dict(), "relaxed": relaxed.as_dict(),
        "type_f1": round(type_correct / matched * relaxed.f1, 4) if matched else 0.0,
        "value_accuracy": round(value_correct / matched, 4) if matched else 0.0,
        "value_f1": round(value_correct / matched * relaxed.f1, 4) if matched else 0.0,
        "per_type": {},
    }
    for kind, score in sorted(per_type.items()):
        hits = score.true_positives
        result["per_type"][kind] = {
            "gold": score.gold, "predicted": score.predicted, "f1": round(score.f1, 4),
            "value_f1": round(per_type_value[kind] / hits * score.f1, 4) if hits else 0.0}
    return result


def _baseline_timexes(doc: Any, reference: date | None) -> list[_Timex]:
    """The plain script: spaCy DATE/TIME entities, each parsed by dateparser."""
    found = []
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if reference is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        parsed = _cached_parse(ent.text, tuple(sorted(settings.items())))
        value = None
        if parsed is not None:
            value = parsed.date().isoformat() if ent.label_ == "DATE" else \
                parsed.strftime("%Y-%m-%dT%H:%M")
        found.append(_Timex(ent.start_char, ent.end_char, ent.label_, value))
    return found


@lru_cache(maxsize=None)
def _cached_parse(text: str, settings: tuple[Any, ...]) -> Any:
    import dateparser

    return dateparser.parse(text, languages=["en"], settings=dict(settings))


def score_dates(scored: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> dict[str, Any]:
    ours, baseline = [], []
    for gold, record, doc in scored:
        truth = [_Timex(t["start"], t["end"], t["type"], t["value"]) for t in gold["dates"]]
        ours.append((truth, [_Timex(d["start"], d["end"], d["type"], d["value"])
                             for d in record["dates"]]))
        reference = parse_date(gold["date"]) if gold.get("date") else None
        baseline.append((truth, _baseline_timexes(doc, reference)))
    return {"annotate": _timex_scores(ours), "baseline_spacy_dateparser": _timex_scores(baseline)}
