"""Annotate every sample and every development file into one JSONL, to compare two versions.

A refactoring must not change a single annotation. Run this before and after it and compare::

    python -m tests.benchmarks.snapshot before.jsonl
    ... change the code ...
    python -m tests.benchmarks.snapshot after.jsonl
    cmp before.jsonl after.jsonl && echo identical

Every story goes through the batch route (read, prepare, annotate, one JSON line), in a fixed
order: the samples (``samples/``, recursively, as ``annotate batch samples`` reads them), then
the even lines of each JSONL file under ``../shared/eval/`` (skipped with a message when it is
not there). Only the even lines: they are the half the rules are tuned on, and a diff of two
snapshots must not show anyone the sentences of the half kept for checking. The
records hold no field that records time, so equal code gives byte-equal files. The last line on
stderr counts the records written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotate.input.stories import Story, StoryError, iter_stories
from annotate.output.record import to_json_line
from annotate.pipeline.annotator import shared_annotator

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
EVAL = ROOT.parent / "shared" / "eval"


def sources() -> list[Path]:
    """The samples folder, then every development file, in a stable order."""
    found = [SAMPLES]
    if EVAL.is_dir():
        found += sorted(EVAL.rglob("*.jsonl"))
    else:
        print(f"snapshot: {EVAL} not found; only the samples are annotated", file=sys.stderr)
    return found


def snapshot(output: Path) -> int:
    """Write one JSON line per story (a failed story as an error line); return the count."""
    annotator = shared_annotator()
    count = 0
    with output.open("w", encoding="utf-8") as stream:
        for source in sources():
            stories: list[Story | StoryError] = list(iter_stories(source))
            if source != SAMPLES:  # the studied half only (see the module docstring)
                stories = stories[::2]
            for result in annotator.annotate_stories(stories):
                if result.record is None:
                    stream.write(f'{{"id": "{result.story_id}", "error": "{result.error}"}}\n')
                else:
                    stream.write(to_json_line(result.record))
                count += 1
    return count


def main() -> None:
    if len(sys.argv) != 2:
        print("usage: python -m tests.benchmarks.snapshot OUTPUT.jsonl", file=sys.stderr)
        raise SystemExit(2)
    count = snapshot(Path(sys.argv[1]))
    print(f"snapshot: {count} records written to {sys.argv[1]}", file=sys.stderr)


if __name__ == "__main__":
    main()
