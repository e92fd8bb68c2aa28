"""Very long and pathological stories: is the whole pipeline linear in the story's length?

Run from the repository root (the machine is shared and noisy, so only ratios are reported;
these are not pass/fail tests)::

    python -m tests.benchmarks.long                      # all three
    python -m tests.benchmarks.long scaling memory tokenizer
    python -m tests.benchmarks.long scaling --inputs normal,dates --chunk 100000

1. scaling: each input at a small and a large size (10x), through ``parse_long`` and the
   three annotate_* layers; seconds per 100,000 characters at both sizes and their ratio
   (bar: ~1), and the share of the time spent in our layers rather than in spaCy;
2. memory: peak resident memory of one process annotating a 1M-character story, per chunk
   size, next to the model alone;
3. tokenizer: spaCy's tokenizer alone on a run of punctuation without white space (quadratic)
   versus ``longtext.make_doc`` on 100k and 1M characters of such runs (linear).

Each measurement runs in a fresh process (so that the vocabulary one input grows does not slow
the next) and counts CPU seconds of that process, which the neighbours' load disturbs less than
wall time.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .corpus import FAMILY, GIVEN, _paragraphs, make_story

if TYPE_CHECKING:
    from spacy.tokens import Doc

PYTHON = sys.executable
ROOT = Path(__file__).resolve().parents[2]
PIPES = ("annotate_people", "annotate_dates", "annotate_actions")
CHUNK_CHARS = 25_000  # annotate.longtext.DEFAULT_CHUNK_CHARS, without importing spaCy here


# -- inputs: each builds a text of about ``size`` characters ---------------------------------

def normal(size: int) -> str:
    """Wire stories varied from the samples (tests/benchmarks/corpus.py), one after another."""
    stories = _paragraphs()
    parts, length, number = [], 0, 0
    while length < size:
        story = make_story(number, stories)
        parts.append(story)
        length += len(story) + 2
        number += 1
    return "\n\n".join(parts)[:size]


def one_line(size: int) -> str:
    """The stories with every space and line break taken out: one line, no white space."""
    return "".join(normal(size * 6 // 5).split())[:size]


def random_unicode(size: int) -> str:
    """Code points drawn from the first 12,288 (Latin to CJK punctuation), control characters
    and white space included; no surrogates."""
    rng = random.Random(size)
    return "".join(chr(code) for code in (rng.randrange(0x3000) for _ in range(size)))


def mr_smith(size: int) -> str:
    """ "Mr. Smith said. " over and over: one person, a sentence every four tokens."""
    return "Mr. Smith said. " * (size // 16)


def names(size: int) -> str:
    """A list of capitalised names, many sharing a surname, made up from syllables."""
    rng = random.Random(size)
    syllables = ["ka", "ro", "lin", "ta", "vesh", "mi", "dor", "an", "el", "su", "bek", "ra"]
    parts, length = [], 0
    while length < size:
        given = rng.choice(GIVEN) if rng.random() < 0.5 else \
            "".join(rng.choice(syllables) for _ in range(3)).capitalize()
        part = f"{given} {rng.choice(FAMILY)}, "
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def dates(size: int) -> str:
    """ "March 3, 2024, " and the like, one after another (15 characters each)."""
    rng = random.Random(size)
    months = ["March", "April", "June", "July"]
    return "".join(f"{rng.choice(months)} {rng.randint(1, 9)}, {rng.randint(2000, 2029)}, "
                   for _ in range(size // 15))


def holidays(size: int) -> str:
    """ "Christmas Day, " over and over: thousands of holidays the model tags in part."""
    return "Christmas Day, " * (size // 15)


INPUTS: dict[str, tuple[Callable[[int], str], int, int]] = {
    # name: (builder, small size, large size) in characters
    "normal": (normal, 100_000, 1_000_000),
    "one_line": (one_line, 100_000, 1_000_000),
    "random_unicode": (random_unicode, 100_000, 1_000_000),
    "mr_smith": (mr_smith, 320_000, 3_200_000),  # 20,000 and 200,000 copies
    "names": (names, 100_000, 1_000_000),
    "dates": (dates, 75_000, 750_000),  # 5,000 and 50,000 dates
    "holidays": (holidays, 100_000, 1_000_000),
}


# -- the measurement, in a child process ----------------------------------------------------

def _child(kind: str, size: int, chunk_chars: int) -> dict[str, float]:
    """Annotate one input; CPU seconds of each step, tokens, and peak memory."""
    from annotate.pipeline.annotator import Annotator
    from annotate.pipeline.longtext import parse_long

    nlp = Annotator().nlp  # the annotator's own pipeline: model, segmenter, three layers
    loaded_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # One short story first, so that what loads on first use (dateparser's tables) is not
    # counted against the small size only.
    warm = _with_reference(parse_long(nlp, normal(30_000), chunk_chars, skip=PIPES))
    for name in PIPES:
        nlp.get_pipe(name)(warm)
    text = INPUTS[kind][0](size)
    started = time.process_time()
    doc = parse_long(nlp, text, chunk_chars, skip=PIPES)
    seconds = {"spacy": time.process_time() - started}
    doc = _with_reference(doc)
    for name in PIPES:
        started = time.process_time()
        doc = nlp.get_pipe(name)(doc)
        seconds[name.removeprefix("annotate_")] = time.process_time() - started
    return {"chars": len(text), "tokens": len(doc),
            **{f"{step}_s": round(value, 2) for step, value in seconds.items()},
            "total_s": round(sum(seconds.values()), 2),
            "model_mib": round(loaded_mib, 1),
            "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _with_reference(doc: "Doc") -> "Doc":
    """What the annotator sets on a story's doc before its layers run."""
    from datetime import date

    doc._.annotate_reference_date = date(2026, 3, 4)
    doc._.annotate_reference_source = "argument"
    doc._.annotate_warnings = []
    return doc


def _measure(kind: str, size: int, chunk_chars: int = CHUNK_CHARS) -> dict[str, float]:
    output = subprocess.run([PYTHON, "-m", "tests.benchmarks.long", "--child", kind, str(size),
                             str(chunk_chars)], check=True, capture_output=True, text=True,
                            cwd=ROOT).stdout
    return json.loads(output.splitlines()[-1])


def _per_100k(result: dict[str, float], key: str = "total_s") -> float:
    return result[key] / result["chars"] * 100_000


def scaling(inputs: list[str] | None = None, chunk_chars: int = CHUNK_CHARS) -> dict[str, object]:
    """Seconds per 100k characters at the small and the large size of each input."""
    table = {}
    for kind in inputs or list(INPUTS):
        _, small, large = INPUTS[kind]
        a, b = _measure(kind, small, chunk_chars), _measure(kind, large, chunk_chars)
        ours = sum(b[f"{step}_s"] for step in ("people", "dates", "actions"))
        table[kind] = {
            "chars": [a["chars"], b["chars"]], "tokens": [a["tokens"], b["tokens"]],
            "seconds": [a["total_s"], b["total_s"]],
            "s_per_100k": [round(_per_100k(a), 3), round(_per_100k(b), 3)],
            "ratio": round(_per_100k(b) / max(_per_100k(a), 1e-9), 2),
            # per layer, large over small per character: which one is not linear, if any
            "layer_ratios": {step: round(_per_100k(b, f"{step}_s")
                                         / max(_per_100k(a, f"{step}_s"), 1e-3), 2)
                             for step in ("spacy", "people", "dates", "actions")},
            "our_layers_share": round(ours / max(b["total_s"], 1e-9), 3),
            "seconds_by_step_large": {step: b[f"{step}_s"]
                                      for step in ("spacy", "people", "dates", "actions")},
        }
        print(json.dumps({kind: table[kind]}), flush=True)
    return {"chunk_chars": chunk_chars, "table": table}


def memory(chunks: tuple[int, ...] = (10_000, 25_000, 100_000, 250_000), size: int = 1_000_000) -> dict[str, object]:
    """Peak resident memory annotating a 1M-character story, per chunk size."""
    rows = {}
    for chunk_chars in chunks:
        result = _measure("normal", size, chunk_chars)
        rows[chunk_chars] = {"peak_mib": result["peak_mib"], "model_mib": result["model_mib"],
                             "story_mib": round(result["peak_mib"] - result["model_mib"], 1),
                             "total_s": result["total_s"]}
        print(json.dumps({"chunk_chars": chunk_chars, **rows[chunk_chars]}), flush=True)
    return {"chars": size, "by_chunk_chars": rows}


def tokenizer() -> dict[str, object]:
    """spaCy's tokenizer on runs of punctuation (quadratic) versus make_doc (linear)."""
    from annotate.pipeline.longtext import make_doc
    from annotate.pipeline.model import load_model

    nlp = load_model()
    rng = random.Random(7)

    def run(size: int) -> str:
        return "".join(rng.choice("$#*,;:?!'\"()[]—%&") for _ in range(size))

    spacy_s = {}
    for size in (2_000, 8_000):
        text = run(size)
        started = time.process_time()
        nlp.tokenizer(text)
        spacy_s[size] = time.process_time() - started
    ours_s = {}
    for size in (100_000, 1_000_000):
        text = run(size)
        started = time.process_time()
        doc = make_doc(nlp, text)
        ours_s[size] = time.process_time() - started
        assert doc.text == text
    return {"spacy_tokenizer_s": {k: round(v, 3) for k, v in spacy_s.items()},
            "spacy_ratio_for_4x_chars": round(spacy_s[8_000] / spacy_s[2_000], 1),
            "make_doc_s": {k: round(v, 3) for k, v in ours_s.items()},
            "make_doc_ratio_per_char": round(ours_s[1_000_000] / 10 / ours_s[100_000], 2)}


BENCHMARKS: dict[str, Callable[..., dict[str, object]]] = {
    "scaling": scaling, "memory": memory, "tokenizer": tokenizer}


def main(arguments: list[str]) -> None:
    if arguments[:1] == ["--child"]:
        kind, size, chunk_chars = arguments[1], int(arguments[2]), int(arguments[3])
        print(json.dumps(_child(kind, size, chunk_chars)))
        return
    inputs, chunk_chars, names_ = None, CHUNK_CHARS, []
    words = iter(arguments)
    for word in words:
        if word == "--inputs":
            inputs = next(words).split(",")
        elif word == "--chunk":
            chunk_chars = int(next(words))
        else:
            names_.append(word)
    for name in names_ or list(BENCHMARKS):
        started = time.perf_counter()
        if name == "scaling":
            result = scaling(inputs, chunk_chars)
        else:
            result = BENCHMARKS[name]()
        result["benchmark_seconds"] = round(time.perf_counter() - started, 1)
        print(json.dumps({name: result}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
