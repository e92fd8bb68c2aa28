"""The batch report at 10,000 stories: its size, and its cost against reading the output alone.

Run from the repository root (the machine is shared and noisy: rounds are interleaved and
medians reported; not a pass/fail test)::

    python -m tests.benchmarks.report

The stories are the samples' records repeated under new ids (10,000 of them, written as JSONL
once). Reference: reading and parsing that JSONL line by line, measured in the same run.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from annotate.output.report import read_records, write_report
from annotate.pipeline.annotator import shared_annotator

from . import run

ROOT = Path(__file__).resolve().parents[2]
STORIES, ROUNDS = 10_000, 3


def size() -> dict[str, Any]:
    annotator = shared_annotator()
    samples = [annotator.annotate(path.read_text(encoding="utf-8"), story_id=path.stem)
               for path in sorted((ROOT / "samples").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        output, page = Path(folder) / "out.jsonl", Path(folder) / "report.html"
        with output.open("w", encoding="utf-8") as stream:
            for number in range(STORIES):
                record = dict(samples[number % len(samples)], id=f"story-{number:05d}")
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        reading, reporting = [], []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            count = sum(1 for _ in read_records(output))
            reading.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = write_report(output, page)
            reporting.append(time.perf_counter() - started)
        assert count == report.stories == STORIES
        read_s, report_s = statistics.median(reading), statistics.median(reporting)
        return {"stories": STORIES, "jsonl_bytes": output.stat().st_size,
                "report_bytes": page.stat().st_size,
                "bytes_per_story": round(page.stat().st_size / STORIES),
                "read_jsonl_s": round(read_s, 2), "write_report_s": round(report_s, 2),
                "report_over_read": round(report_s / read_s, 2)}


BENCHMARKS = {"size": size}


if __name__ == "__main__":
    run(BENCHMARKS, sys.argv[1:])
