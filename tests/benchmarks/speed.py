"""Speed benchmarks for `annotate batch`, each a ratio against a reference measured in the same run.

Run from the repository root (the machine is shared and noisy, so only ratios are reported;
these are not pass/fail tests)::

    python -m tests.benchmarks.speed               # all four
    python -m tests.benchmarks.speed throughput workers

1. throughput: stories/s and tokens/s of the batch path (annotate + JSON lines) versus bare
   ``nlp.pipe`` of the same model over the same stories (bar: ratio >= 0.85);
2. workers: wall time of ``annotate batch --workers 2`` versus ``--workers 1`` (bar: >= 1.5x);
3. memory: peak RSS of ``annotate batch`` over 100 versus 5,000 stories (bar: within 1.2x);
4. start-up: ``annotate --help`` (bar: < 0.3 s) and ``annotate STORY`` end to end versus loading
   the model alone (bar: within 1.3x).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import run
from .corpus import SAMPLES, write_corpus

PYTHON = sys.executable
WORK = Path(tempfile.mkdtemp(prefix="annotate-bench-"))


def _annotate(*args: str) -> list[str]:
    return [PYTHON, "-m", "annotate", *args]


# Installed packages run from byte-code pip compiled at install time; let the checkout do the
# same (some environments set PYTHONDONTWRITEBYTECODE, which would recompile every run).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _timed(command: list[str]) -> float:
    return _timed_both(command)[0]


def _timed_both(command: list[str]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=ENVIRONMENT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def throughput(count: int = 300, rounds: int = 2) -> dict[str, float]:
    """Batch path versus bare nlp.pipe, in this process, model loading excluded from both."""
    from annotate.input.stories import iter_stories
    from annotate.pipeline.annotator import Annotator
    from annotate.pipeline.model import load_model
    from annotate.running.batch import run_batch
    from annotate.running.writers import JsonlWriter

    corpus = write_corpus(WORK / "throughput.jsonl", count)
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    bare = load_model()
    annotator = Annotator()
    list(annotator.annotate_stories(iter_stories(corpus)))  # warm both up once
    tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=32))
    bare_seconds, batch_seconds = [], []
    for _ in range(rounds):  # interleaved, best of each: the machine is shared
        started = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=32):
            pass
        bare_seconds.append(time.perf_counter() - started)
        started = time.perf_counter()
        writer = JsonlWriter.open(WORK / "throughput-out.jsonl")
        run_batch(annotator.annotate_stories(iter_stories(corpus)), writer)
        batch_seconds.append(time.perf_counter() - started)
    bare_best, batch_best = min(bare_seconds), min(batch_seconds)
    return {"stories": count, "tokens": tokens,
            "bare_stories_per_s": round(count / bare_best, 2),
            "bare_tokens_per_s": round(tokens / bare_best),
            "batch_stories_per_s": round(count / batch_best, 2),
            "batch_tokens_per_s": round(tokens / batch_best),
            "ratio": round(bare_best / batch_best, 3)}


def workers(count: int = 300) -> dict[str, float]:
    """Wall time of the whole command, model loading included, one worker versus two."""
    corpus = write_corpus(WORK / "workers.jsonl", count)
    one = _timed(_annotate("batch", str(corpus), "-o", str(WORK / "w1.jsonl"), "-q"))
    two = _timed(_annotate("batch", str(corpus), "-o", str(WORK / "w2.jsonl"), "-q",
                           "--workers", "2"))
    same = (WORK / "w1.jsonl").read_bytes() == (WORK / "w2.jsonl").read_bytes()
    return {"stories": count, "cores": len(os.sched_getaffinity(0)),
            "workers_1_s": round(one, 2), "workers_2_s": round(two, 2),
            "speedup": round(one / two, 3), "same_output": same}


_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
         "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def _peak_rss_mib(command: list[str]) -> float:
    output = subprocess.run([PYTHON, "-c", _PEAK, *command], check=True, capture_output=True,
                            text=True).stdout
    return int(output.split()[-1]) / 1024


def memory(small: int = 100, large: int = 5000) -> dict[str, float]:
    """Peak resident memory of a batch over few versus many stories (streaming keeps it flat)."""
    results = {}
    for count in (small, large):
        corpus = write_corpus(WORK / f"memory-{count}.jsonl", count)
        results[count] = _peak_rss_mib(_annotate("batch", str(corpus), "-o",
                                                 str(WORK / f"memory-{count}-out.jsonl"), "-q"))
    return {"stories_small": small, "stories_large": large,
            "peak_mib_small": round(results[small], 1), "peak_mib_large": round(results[large], 1),
            "ratio": round(results[large] / results[small], 3)}


def startup(repeats: int = 9) -> dict[str, float]:
    """`annotate --help`, and one story end to end versus loading the model alone."""
    story = sorted(SAMPLES.glob("*.txt"))[0]
    load_only = [PYTHON, "-c", "from annotate.pipeline.model import load_model; load_model()"]
    _timed(_annotate(str(story)))  # one warm-up run writes the byte-code
    help_s = statistics.median(_timed(_annotate("--help")) for _ in range(repeats))
    story_runs, load_runs = [], []
    for _ in range(repeats):  # interleaved, so that the machine's drift hits both alike
        story_runs.append(_timed_both(_annotate(str(story))))
        load_runs.append(_timed_both(load_only))
    story_s, load_s = (statistics.median(wall for wall, _ in runs) for runs in (story_runs, load_runs))
    story_cpu, load_cpu = (statistics.median(cpu for _, cpu in runs) for runs in (story_runs, load_runs))
    # CPU time is what the program costs; wall time on a shared machine also holds the
    # neighbours' load, so both ratios are reported.
    return {"help_s": round(help_s, 3), "story_s": round(story_s, 3),
            "model_load_s": round(load_s, 3), "story_over_load": round(story_s / load_s, 3),
            "story_cpu_s": round(story_cpu, 3), "model_load_cpu_s": round(load_cpu, 3),
            "story_over_load_cpu": round(story_cpu / load_cpu, 3)}


BENCHMARKS = {"throughput": throughput, "workers": workers, "memory": memory, "startup": startup}


if __name__ == "__main__":
    run(BENCHMARKS, sys.argv[1:])
