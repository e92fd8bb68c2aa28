"""Benchmarks for the events table, each against a reference measured in the same run.

Run from the repository root (needs ``annotate[events]`` and pandas; the machine is shared and
noisy, so runs are interleaved and medians reported; these are not pass/fail tests)::

    python -m tests.benchmarks.events               # both
    python -m tests.benchmarks.events overhead

1. overhead: ``annotate batch`` in-process (annotate + JSON lines, model loaded once) with
   ``--events`` as Parquet and as CSV versus the same batch without it; rounds interleaved,
   median and range of the per-round ratios (bar: at most 1.05);
2. summarise: ``annotate events summarise --by month --dyad --type`` (DuckDB) over one million
   generated rows in Parquet versus a plain pandas ``read_parquet`` + ``groupby`` of the same
   file, interleaved repeats, medians; both must give the same counts.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

from . import run
from .corpus import write_corpus

WORK = Path(tempfile.mkdtemp(prefix="annotate-bench-events-"))
COUNTRIES = ["USA", "RUS", "UKR", "FRA", "CHN", "IRN", "TUR", None]
CODES = ["036", "0874", "111", "1823", "057", "130", "190", "042", "1724", "-"]
PLOVER = ["CONSULT", "AID", "ACCUSE", "ASSAULT", "AGREE", "THREATEN", None]


def generated_records(count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``count`` one-action records with varied dates, dyads and codes (some values missing),
    streamed, so a million of them never sit in memory at once."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    for number in range(count):
        day = start + timedelta(days=rng.randrange(2000))
        yield {"id": f"g{number}", "source": "generated", "text": "",
               "reference_date": None if number % 50 == 0 else day.isoformat(),
               "people": [], "dates": [],
               "actions": [{"id": "A1", "cameo": rng.choice(CODES), "plover": rng.choice(PLOVER),
                            "negated": False,
                            "actor": {"text": "a", "country": rng.choice(COUNTRIES)},
                            "target": {"text": "t", "country": rng.choice(COUNTRIES)}}]}


def overhead(count: int = 60, rounds: int = 5) -> dict[str, Any]:
    """Batch time with --events (Parquet, CSV) over batch time without, per interleaved round."""
    from annotate.input.stories import iter_stories
    from annotate.pipeline.annotator import Annotator
    from annotate.running.batch import run_batch
    from annotate.running.writers import JsonlWriter, open_events

    corpus = write_corpus(WORK / "overhead.jsonl", count)
    annotator = Annotator()
    list(annotator.annotate_stories(iter_stories(corpus)))  # warm up (and import pyarrow once)
    open_events(JsonlWriter.open(WORK / "warm.jsonl"), WORK / "warm.jsonl",
                WORK / "warm.parquet").close()

    def one(events: str | None) -> float:
        output = WORK / "out.jsonl"
        started = time.perf_counter()
        writer: Any = JsonlWriter.open(output)
        if events is not None:
            writer = open_events(writer, output, WORK / f"events.{events}")
        summary = run_batch(annotator.annotate_stories(iter_stories(corpus)), writer)
        assert summary.annotated == count
        return time.perf_counter() - started

    ratios: dict[str, list[float]] = {"parquet": [], "csv": []}
    plain_seconds = []
    for _ in range(rounds):
        plain = one(None)
        plain_seconds.append(plain)
        for kind in ratios:
            ratios[kind].append(one(kind) / plain)
    result: dict[str, Any] = {"stories": count, "rounds": rounds,
                              "batch_s_median": round(statistics.median(plain_seconds), 2)}
    for kind, values in ratios.items():
        result[f"{kind}_ratio_median"] = round(statistics.median(values), 3)
        result[f"{kind}_ratio_range"] = [round(min(values), 3), round(max(values), 3)]
    return result


def summarise(rows: int = 1_000_000, repeats: int = 3) -> dict[str, Any]:
    """DuckDB summarise versus a pandas group-by over the same Parquet file."""
    import pandas

    from annotate.output.events import write_events
    from annotate.output.summary import summarise as duck_summarise

    table = WORK / "million.parquet"
    started = time.perf_counter()
    write_events(generated_records(rows), table)
    write_s = time.perf_counter() - started
    keys = ["month", "actor_country", "target_country", "plover_type"]

    def with_pandas() -> dict[tuple[Any, ...], int]:
        frame = pandas.read_parquet(table, columns=["event_date", "actor_country",
                                                    "target_country", "plover_type",
                                                    "intensity"])
        frame["month"] = pandas.to_datetime(frame["event_date"]).dt.strftime("%Y-%m")
        grouped = frame.groupby(keys, dropna=False).agg(
            events=("intensity", "size"), mean_intensity=("intensity", "mean"))
        return {tuple(None if pandas.isna(v) else v for v in key): int(n)
                for key, n in grouped["events"].items()}

    def with_duckdb() -> dict[tuple[Any, ...], int]:
        summary = duck_summarise(table, by="month", dyad=True, plover_type=True)
        return {tuple(row[:4]): row[4] for row in summary.rows}

    duck_times, pandas_times = [], []
    for _ in range(repeats):  # interleaved
        started = time.perf_counter()
        duck = with_duckdb()
        duck_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        panda = with_pandas()
        pandas_times.append(time.perf_counter() - started)
    duck_s, pandas_s = statistics.median(duck_times), statistics.median(pandas_times)
    return {"rows": rows, "repeats": repeats, "write_parquet_s": round(write_s, 2),
            "duckdb_summarise_s": round(duck_s, 3), "pandas_groupby_s": round(pandas_s, 3),
            "duckdb_range_s": [round(min(duck_times), 3), round(max(duck_times), 3)],
            "pandas_range_s": [round(min(pandas_times), 3), round(max(pandas_times), 3)],
            "pandas_over_duckdb": round(pandas_s / duck_s, 2), "same_counts": duck == panda,
            "groups": len(duck)}


BENCHMARKS = {"overhead": overhead, "summarise": summarise}


if __name__ == "__main__":
    run(BENCHMARKS, sys.argv[1:])
