"""Measure the annotator against gold annotations (the JSONL format of ``shared/eval``).

``evaluate(path)`` runs the annotator over every document of a gold file, scores each layer the
file carries, and measures in the same run the baseline each layer issue names:

- people: exact-span precision, recall and F1 of person mentions, against spaCy's bare PERSON
  entities on the same documents;
- dates: TempEval-3 strict and relaxed span F1, type F1 and value F1 (value accuracy over
  relaxed matches times relaxed F1), overall and per type, against the plain script (DATE and
  TIME entities, each parsed by dateparser against the document date);
- actions: per sentence, P/R/F1 of CAMEO roots, of (root, unordered actor-target countries),
  and of PLOVER types, plus the share of no-event sentences left without an action.

It also times every pipeline component, so each layer's cost is reported beside the model's.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from .annotator import Annotator
from .export import doc_to_record
from .stories import Story, parse_date

LAYERS = ("people", "dates", "actions")
LAYER_PIPES = {"people": "annotate_people", "dates": "annotate_dates", "actions": "annotate_actions"}


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    true_positives: float = 0
    predicted: float = 0
    gold: float = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, true_positives: float, predicted: float, gold: float) -> None:
        self.true_positives += true_positives
        self.predicted += predicted
        self.gold += gold

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "true_positives": self.true_positives,
                "predicted": self.predicted, "gold": self.gold}


@dataclass
class Evaluation:
    path: str
    documents: int
    metrics: dict[str, dict[str, Any]] = field(default_factory=dict)
    timing: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.path, "documents": self.documents, "metrics": self.metrics,
                "timing": self.timing}


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold documents of a JSONL file, one dict per line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate(paths: Path | list[Path], layers: Iterable[str] | None = None,
             annotator: Annotator | None = None) -> Evaluation:
    """Run the annotator over gold files (scored as one set) and score the layers they carry,
    or only ``layers``."""
    paths = [paths] if isinstance(paths, Path) else list(paths)
    gold = [document for path in paths for document in read_gold(path)]
    path = ", ".join(str(p) for p in paths)
    wanted = [layer for layer in (layers or LAYERS)
              if any(layer in document for document in gold)]
    annotator = annotator or Annotator()
    stories = [Story(id=str(document.get("id", i)), text=document["text"], source=path,
                     date=parse_date(document["date"]) if document.get("date") else None,
                     date_origin="input", clean=False)  # gold offsets index the text as given
               for i, document in enumerate(gold)]
    docs, timing = _annotate_timed(annotator, stories)
    records = [doc_to_record(doc, story) for story, doc in zip(stories, docs)]
    evaluation = Evaluation(path=path, documents=len(gold), timing=timing)
    for layer in wanted:
        scored = [(g, r, d) for g, r, d in zip(gold, records, docs) if layer in g]
        evaluation.metrics[layer] = SCORERS[layer](scored)
    return evaluation


def _annotate_timed(annotator: Annotator,
                    stories: list[Story]) -> tuple[list[Any], dict[str, Any]]:
    """Run each pipeline component over all documents in turn, timing each one."""
    nlp = annotator.nlp
    docs = [annotator.make_doc(story) for story in stories]
    seconds: dict[str, float] = {}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=annotator.batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - started
    total = sum(seconds.values())
    ours = {name: value for name, value in seconds.items() if name.startswith("annotate_")}
    model = total - sum(ours.values())
    timing: dict[str, Any] = {
        "documents": len(docs), "total_seconds": round(total, 3),
        "model_seconds": round(model, 3),
        "components": {name: round(value, 4) for name, value in seconds.items()},
    }
    for layer, pipe in LAYER_PIPES.items():
        spent = seconds.get(pipe, 0.0)
        timing[f"{layer}_share_of_story_time"] = round(spent / total, 4) if total else 0.0
        timing[f"{layer}_added_over_rest"] = round(spent / (total - spent), 4) if total > spent else 0.0
    return docs, timing


# -- people -------------------------------------------------------------------------------
def _span(start: int, end: int, text: str) -> tuple[int, int]:
    """Exact span after trimming surrounding white space."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return start, end


def score_people(scored: list[tuple[dict[str, Any], dict[str, Any], Any]]) -> dict[str, Any]:
    ours, spacy_only = Score(), Score()
    for gold, record, doc in scored:
        text = gold["text"]
        truth = {_span(p["start"], p["end"], text) for p in gold["people"]}
        found = {_span(m["start"], m["end"], text) for p in record["people"] for m in p["mentions"]}
        bare = {_span(e.start_char, e.end_char, text) for e in doc.ents if e.label_ == "PERSON"}
        ours.add(len(truth & found), len(found), len(truth))
        spacy_only.add(len(truth & bare), len(bare), len(truth))
    return {"annotate": ours.as_dict(), "spacy_person_entities": spacy_only.as_dict()}


# -- dates --------------------------------------------------------------------------------
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


# -- actions ------------------------------------------------------------------------------
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


SCORERS = {"people": score_people, "dates": score_dates, "actions": score_actions}
