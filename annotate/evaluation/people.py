"""Scoring the people layer: exact-span precision, recall and F1 of person-name mentions,
against spaCy's bare PERSON entities on the same documents."""

from __future__ import annotations

from typing import Any

from .scores import Score


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
