"""Measure the annotator against gold annotations (the JSONL format of ``shared/eval``).

``evaluate(path)`` runs the annotator over every document of a gold file, scores each layer the
file carries (:mod:`.people`, :mod:`.dates`, :mod:`.actions` hold the scorers, each with the
baseline its layer is compared with, measured in the same run), and times every pipeline
component, so each layer's cost is reported beside the model's.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..input.stories import Story, parse_date
from ..output.record import doc_to_record
from ..pipeline.annotator import Annotator
from .actions import score_actions
from .dates import score_dates
from .people import score_people

LAYERS = ("people", "dates", "actions")
LAYER_PIPES = {"people": "annotate_people", "dates": "annotate_dates", "actions": "annotate_actions"}


@dataclass
class Evaluation:
    path: str
    documents: int
    half: str | None = None
    metrics: dict[str, dict[str, Any]] = field(default_factory=dict)
    timing: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.path, "half": self.half, "documents": self.documents,
                "metrics": self.metrics, "timing": self.timing}


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold documents of a JSONL file, one dict per line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


HALVES = {"even": 0, "odd": 1}


def evaluate(paths: Path | list[Path], layers: Iterable[str] | None = None,
             annotator: Annotator | None = None, half: str | None = None) -> Evaluation:
    """Run the annotator over gold files (scored as one set) and score the layers they carry,
    or only ``layers``. ``half`` ("even" or "odd") keeps only the documents on even (0, 2,
    4, ...) or odd lines of each file: tune on one half, check on the other."""
    paths = [paths] if isinstance(paths, Path) else list(paths)
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    gold = [document for path in paths for index, document in enumerate(read_gold(path))
            if half is None or index % 2 == HALVES[half]]
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
    evaluation = Evaluation(path=path, documents=len(gold), half=half, timing=timing)
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


SCORERS = {"people": score_people, "dates": score_dates, "actions": score_actions}
