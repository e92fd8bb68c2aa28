"""The indexed attribute ruler against spaCy's own, on the development documents.

Run from the repository root::

    python -m tests.benchmarks.ruler            # both
    python -m tests.benchmarks.ruler same cpu

1. same: every document of every JSONL file under ``../shared/eval/`` through the model as
   spaCy loads it and through the same model with its ruler swapped; counts the documents
   whose tokens all have the same POS, TAG, MORPH, LEMMA, DEP, HEAD, entity and sentence
   start values (they must be all of them);
2. cpu: the ruler's own CPU time on the 183 TimeBank documents (tagged and parsed once
   beforehand, each run on fresh copies), spaCy's ruler and the indexed one as three
   interleaved pairs, median and range; also the lemmatizer's, for scale.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from . import run
from .speed import NEWS, PAIRS, _pairs, _spread

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _pair() -> tuple[Any, Any]:
    from annotate.pipeline.attribute_index import swap_attribute_ruler
    from annotate.pipeline.model import load_model

    stock, indexed = load_model(), load_model()
    assert swap_attribute_ruler(indexed)
    return stock, indexed


def same() -> dict[str, Any]:
    """Documents whose token attributes are identical under both rulers, per file."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    compared = [POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
    stock, indexed = _pair()
    result: dict[str, Any] = {}
    for path in sorted(EVAL.rglob("*.jsonl")):
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        identical = tokens = 0
        for expected, got in zip(stock.pipe(texts, batch_size=32),
                                 indexed.pipe(texts, batch_size=32)):
            tokens += len(got)
            identical += bool((got.to_array(compared) == expected.to_array(compared)).all()
                              and [str(t.morph) for t in got] == [str(t.morph) for t in expected])
        result[str(path.relative_to(EVAL))] = {"documents": len(texts), "identical": identical,
                                               "tokens": tokens}
    return result


def cpu(pairs: int = PAIRS) -> dict[str, Any]:
    """CPU seconds of each ruler alone over the TimeBank documents."""
    stock, indexed = _pair()
    texts = [json.loads(line)["text"] for line in NEWS.open(encoding="utf-8")]
    parsed = {}
    for nlp in (stock, indexed):  # each model's documents hold its own strings
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
            parsed[id(nlp)] = list(nlp.pipe(texts, batch_size=32))

    def timed(nlp: Any, name: str = "attribute_ruler") -> float:
        docs = [doc.copy() for doc in parsed[id(nlp)]]
        ruler = nlp.get_pipe("attribute_ruler")
        if name != "attribute_ruler":
            docs = [ruler(doc) for doc in docs]
        component = nlp.get_pipe(name)
        started = time.process_time()
        for doc in docs:
            component(doc)
        return time.process_time() - started

    timed(stock), timed(indexed)  # warm up: the index fills its table on first sight
    spacy_s, indexed_s = _pairs(lambda: timed(stock), lambda: timed(indexed), pairs)
    lemmatizer_s = [timed(indexed, "lemmatizer") for _ in range(pairs)]
    return {"documents": len(texts), "tokens": sum(len(doc) for doc in parsed[id(stock)]),
            "spacy_ruler_cpu_s": _spread(spacy_s), "indexed_ruler_cpu_s": _spread(indexed_s),
            "ratio": _spread([b / a for a, b in zip(spacy_s, indexed_s)]),
            "lemmatizer_cpu_s": _spread(lemmatizer_s)}


BENCHMARKS = {"same": same, "cpu": cpu}

if __name__ == "__main__":
    run(BENCHMARKS, sys.argv[1:])
