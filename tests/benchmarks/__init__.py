"""Benchmarks: each module is run as ``python -m tests.benchmarks.NAME [BENCHMARK ...]``."""

from __future__ import annotations

import json
import time
from typing import Any, Callable


def run(benchmarks: dict[str, Callable[[], dict[str, Any]]], names: list[str]) -> None:
    """Run the named benchmarks (all when none is named), printing one JSON line each with the
    seconds the benchmark took and the machine's 1-minute load average as it started and
    ended (the machine is shared: a ratio means little without the load it ran at).
    ``-h``/``--help`` prints the running module's description; an unknown name is a usage
    error (exit 2)."""
    import sys

    if {"-h", "--help"} & set(names):
        print((sys.modules["__main__"].__doc__ or "").strip())
        print("\nbenchmarks: " + " ".join(benchmarks))
        return
    unknown = [name for name in names if name not in benchmarks]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; choose from: {' '.join(benchmarks)}",
              file=sys.stderr)
        sys.exit(2)
    for name in names or list(benchmarks):
        started, load = time.perf_counter(), _load()
        result = benchmarks[name]()
        result["benchmark_seconds"] = round(time.perf_counter() - started, 1)
        result["load_average"] = {"start": load, "end": _load()}
        print(json.dumps({name: result}), flush=True)


def _load() -> float | None:
    """The 1-minute load average (None where the platform has none)."""
    import os

    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None
