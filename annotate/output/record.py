"""The ``annotate/1`` JSON record: built from an annotated spaCy ``Doc``, written as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from spacy.tokens import Doc

from ..input.prepare import PreparedStory
from ..input.stories import Story

SCHEMA = "annotate/1"


def _dateline(dateline: dict[str, Any] | None, dates: list[Any]) -> dict[str, Any] | None:
    """The dateline, with the calendar value of the date written in it (if any)."""
    if dateline is None:
        return None
    inside = [d for d in dates if dateline["start"] <= d.start and d.end <= dateline["end"]]
    return {**dateline, "date": inside[0].value if inside else None}


def _party(party: Any) -> dict[str, Any] | None:
    """A party or location as a dict, or None."""
    return None if party is None else asdict(party)


def _sentence(doc: Doc, token: int) -> dict[str, int] | None:
    """The offsets of the sentence that holds token ``token`` (the events table prints it)."""
    if not 0 <= token < len(doc):
        return None
    sentence = doc[token].sent
    return {"start": sentence.start_char, "end": sentence.end_char}


def doc_to_record(doc: Doc, story: Story, prepared: PreparedStory | None = None) -> dict[str, Any]:
    """Return the story's annotations; every span's offsets index ``record["text"]``."""
    reference = doc._.annotate_reference_date
    dates = doc._.annotate_dates or []
    return {
        "schema": SCHEMA,
        "id": story.id,
        "source": story.source,
        "source_sha256": story.sha256,
        "input": prepared.input if prepared is not None else None,
        "page": prepared.page if prepared is not None else None,
        "headline": prepared.headline if prepared is not None else None,
        "dateline": _dateline(prepared.dateline, dates) if prepared is not None else None,
        "text": doc.text,
        "reference_date": reference.isoformat() if reference else None,
        "reference_date_source": doc._.annotate_reference_source,
        "people": [
            {"id": p.id, "name": p.name, "title": p.title, "affiliation": p.affiliation,
             "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in p.mentions]}
            for p in doc._.annotate_people or []
        ],
        "dates": [
            {"id": d.id, "start": d.start, "end": d.end, "text": d.text, "type": d.type,
             "value": d.value, "granularity": d.granularity, "anchor": d.anchor}
            for d in doc._.annotate_dates or []
        ],
        "actions": [
            {"id": a.id, "start": a.start, "end": a.end, "trigger": a.trigger,
             "plover": a.plover, "mode": a.mode, "cameo": a.cameo, "quad": a.quad,
             "actor": _party(a.actor), "target": _party(a.target), "date": a.date,
             "location": _party(a.location), "sentence": _sentence(doc, a.token),
             "negated": a.negated, "modality": a.modality}
            for a in doc._.annotate_actions or []
        ],
        "warnings": list(doc._.annotate_warnings or []),
    }


def to_json_line(record: dict[str, Any]) -> str:
    """One record as a compact JSON line (non-ASCII kept as is)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_json(record: dict[str, Any]) -> str:
    """One record as indented JSON for a file or a reader (non-ASCII kept as is)."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
