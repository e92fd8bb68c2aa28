"""Speed benchmarks for `annotate batch`, each a ratio against a reference measured in the same run.

Run from the repository root (the machine is shared and noisy, so only ratios are reported;
these are not pass/fail tests)::

    python -m tests.benchmarks.speed               # all six
    python -m tests.benchmarks.speed bare workers

1. bare: the batch path versus a bare ``nlp.pipe`` loop of the same model over the same news
   stories (batches of 32 in both), as three interleaved pairs, median and range of the
   throughput ratio: in this process with the model loaded (CPU and wall time; the reference
   is a second copy of the model as ``spacy.load`` gives it), and as whole
   processes, model loading included (``annotate batch`` versus a script that loads the model
   and runs the loop; CPU and wall) (bar: >= 1.0);
2. workers: ``annotate batch --workers 2`` versus ``--workers 1`` over the same news stories,
   three interleaved pairs: wall-time speed-up (bar: >= 1.8x), CPU time of the whole process
   tree (bar: at most 1.05x), and the tree's peak memory (proportional set size, so pages
   the workers share with the parent count once); the outputs must be byte-identical;
3. throughput: stories/s and tokens/s of the batch path versus bare ``nlp.pipe`` on the
   generated corpus (the older, shorter form of 1);
4. memory: peak RSS of ``annotate batch`` over 100 versus 5,000 stories (bar: within 1.2x);
5. start-up: ``annotate --help`` (bar: < 0.3 s) and ``annotate STORY`` end to end versus loading
   the model alone (bar: within 1.3x);
6. ceiling: what the machine allows any two-worker engine on these stories, with no annotate
   code at all: a script that loads the model and runs bare ``nlp.pipe`` over every story,
   versus the same script forking after the load into two processes that each run half of the
   stories (halves balanced by characters), three interleaved pairs, whole processes: the
   wall-time speed-up and the CPU ratio of that ideal split (no chunks, no pickling, no
   ordering) bound what ``workers`` can print.

The news stories are the 183 TimeBank documents of ``../shared/eval/dates/timebank.jsonl``
(real news, 339,000 characters; only their ``id``, ``text`` and ``date`` are read), or, where
that file is missing, 200 stories of the generated corpus.
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
from typing import Any, Callable

from . import run
from .corpus import SAMPLES, write_corpus

PYTHON = sys.executable
WORK = Path(tempfile.mkdtemp(prefix="annotate-bench-"))
NEWS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dates" / "timebank.jsonl"
PAIRS = 3


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


# -- news stories, interleaved pairs ---------------------------------------------------------

def news_corpus() -> Path:
    """The TimeBank news documents as an archive of ``id``, ``text``, ``date`` (or 200
    generated stories when they are not there)."""
    if not NEWS.is_file():
        return write_corpus(WORK / "news.jsonl", 200)
    target = WORK / "news.jsonl"
    with NEWS.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            story = json.loads(line)
            out.write(json.dumps({key: story[key] for key in ("id", "text", "date")
                                  if story.get(key)}, ensure_ascii=False) + "\n")
    return target


def _spread(values: list[float], digits: int = 3) -> dict[str, Any]:
    return {"median": round(statistics.median(values), digits),
            "range": [round(min(values), digits), round(max(values), digits)]}


def _pairs(first: Callable[[], Any], second: Callable[[], Any], pairs: int = PAIRS
           ) -> tuple[list[Any], list[Any]]:
    """Run ``first`` and ``second`` alternately, ``pairs`` times each, starting with the
    second every other pair, so the machine's drift hits both alike."""
    a, b = [], []
    for number in range(pairs):
        if number % 2:
            b.append(second())
            a.append(first())
        else:
            a.append(first())
            b.append(second())
    return a, b


_BARE = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
print(tokens)
"""


def bare(pairs: int = PAIRS) -> dict[str, Any]:
    """annotate's batch path versus a bare nlp.pipe loop, both in batches of 32 stories."""
    from annotate.input.stories import iter_stories
    from annotate.pipeline.annotator import Annotator
    from annotate.pipeline.model import load_model, resolve_model_name
    from annotate.running.batch import run_batch
    from annotate.running.writers import JsonlWriter

    model_name = resolve_model_name()
    corpus = news_corpus()
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    annotator = Annotator()
    # bare spaCy: the same model as spacy.load gives it (its own attribute ruler, none of ours)
    nlp = load_model()
    model_only = nlp.pipe_names
    tokens = 0

    def run_bare() -> tuple[float, float]:
        nonlocal tokens
        wall, cpu = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
        return time.perf_counter() - wall, time.process_time() - cpu

    def run_batch_path() -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        writer = JsonlWriter.open(WORK / "bare-batch.jsonl")
        summary = run_batch(annotator.annotate_stories(iter_stories(corpus)), writer)
        assert summary.annotated == len(texts)
        return time.perf_counter() - wall, time.process_time() - cpu

    run_bare(), run_batch_path()  # warm both up once: vocabulary, caches, byte-code
    loaded_bare, loaded_batch = _pairs(run_bare, run_batch_path, pairs)
    script = WORK / "bare.py"
    script.write_text(_BARE, encoding="utf-8")
    whole_bare, whole_batch = _pairs(
        lambda: _timed_both([PYTHON, str(script), str(corpus), model_name]),
        lambda: _timed_both(_annotate("batch", str(corpus), "-o", str(WORK / "bare-cli.jsonl"),
                                      "-q")), pairs)
    result: dict[str, Any] = {"stories": len(texts), "tokens": tokens, "pairs": pairs,
                              "pipes": model_only}
    for label, bare_runs, batch_runs in (("model_loaded", loaded_bare, loaded_batch),
                                         ("whole_process", whole_bare, whole_batch)):
        for kind, index in (("wall", 0), ("cpu", 1)):
            bare_s = [run[index] for run in bare_runs]
            batch_s = [run[index] for run in batch_runs]
            result[label + "_" + kind] = {
                "bare_s": _spread(bare_s, 2), "batch_s": _spread(batch_s, 2),
                "batch_tokens_per_s": round(tokens / statistics.median(batch_s)),
                "batch_stories_per_s": round(len(texts) / statistics.median(batch_s), 2),
                # per pair: the batch path's throughput as a share of bare spaCy's
                "ratio": _spread([b / a for b, a in zip(bare_s, batch_s)])}
    return result


def _tree(root: int) -> list[int]:
    """``root`` and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _memory_kib(pid: int) -> tuple[int, int]:
    """Proportional set size and resident set size of one process, in KiB (0 when gone)."""
    values = {"Pss:": 0, "Rss:": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as rollup:
            for line in rollup:
                key = line.split(None, 1)[0]
                if key in values:
                    values[key] = int(line.split()[1])
    except OSError:
        pass
    return values["Pss:"], values["Rss:"]


def _run_tree(command: list[str]) -> dict[str, float]:
    """Wall and CPU seconds of ``command`` with all its processes, and the peak of the
    tree's summed PSS and RSS, sampled every 0.1 s."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=ENVIRONMENT)
    peak_pss = peak_rss = 0
    while process.poll() is None:
        sizes = [_memory_kib(pid) for pid in _tree(process.pid)]
        peak_pss = max(peak_pss, sum(pss for pss, _ in sizes))
        peak_rss = max(peak_rss, sum(rss for _, rss in sizes))
        time.sleep(0.1)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert process.returncode == 0, command
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime)
            + (after.ru_stime - before.ru_stime), "pss_mib": peak_pss / 1024,
            "rss_mib": peak_rss / 1024}


def workers(pairs: int = PAIRS) -> dict[str, Any]:
    """``--workers 2`` versus ``--workers 1``: wall, CPU of the process tree, peak memory."""
    corpus = news_corpus()
    outputs = {1: WORK / "w1.jsonl", 2: WORK / "w2.jsonl"}

    def run(count: int) -> dict[str, float]:
        return _run_tree(_annotate("batch", str(corpus), "-o", str(outputs[count]), "-q",
                                   "--workers", str(count)))

    run(1)  # one warm-up run writes the byte-code
    ones, twos = _pairs(lambda: run(1), lambda: run(2), pairs)
    same = outputs[1].read_bytes() == outputs[2].read_bytes()
    result: dict[str, Any] = {
        "stories": sum(1 for _ in corpus.open(encoding="utf-8")), "pairs": pairs,
        "cores": len(os.sched_getaffinity(0)), "same_output": same}
    for key in ("wall", "cpu", "pss_mib", "rss_mib"):
        result[key] = {"workers_1": _spread([run[key] for run in ones], 2),
                       "workers_2": _spread([run[key] for run in twos], 2)}
    result["speedup_wall"] = _spread([one["wall"] / two["wall"] for one, two in zip(ones, twos)])
    result["cpu_ratio"] = _spread([two["cpu"] / one["cpu"] for one, two in zip(ones, twos)])
    result["peak_pss_ratio"] = _spread([two["pss_mib"] / one["pss_mib"]
                                        for one, two in zip(ones, twos)])
    return result


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


_SPLIT = """
import json, os, sys
import spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
halves, sizes = ([], []), [0, 0]
for text in sorted(texts, key=len, reverse=True):  # the longest first, to the lighter half
    side = sizes.index(min(sizes))
    halves[side].append(text)
    sizes[side] += len(text)
if sys.argv[3] == "1":
    sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
else:
    child = os.fork()
    sum(len(doc) for doc in nlp.pipe(halves[child == 0], batch_size=32))
    if child == 0:
        os._exit(0)
    os.waitpid(child, 0)
"""


def ceiling(pairs: int = PAIRS) -> dict[str, Any]:
    """Bare spaCy in one process versus forked into two after the load (an ideal split)."""
    from annotate.pipeline.model import resolve_model_name

    corpus = news_corpus()
    script = WORK / "split.py"
    script.write_text(_SPLIT, encoding="utf-8")

    def run(count: int) -> dict[str, float]:
        return _run_tree([PYTHON, str(script), str(corpus), resolve_model_name(), str(count)])

    run(1)  # warm-up
    ones, twos = _pairs(lambda: run(1), lambda: run(2), pairs)
    result: dict[str, Any] = {"stories": sum(1 for _ in corpus.open(encoding="utf-8")),
                              "pairs": pairs, "cores": len(os.sched_getaffinity(0))}
    for key in ("wall", "cpu"):
        result[key] = {"one": _spread([run[key] for run in ones], 2),
                       "two": _spread([run[key] for run in twos], 2)}
    result["speedup_wall"] = _spread([one["wall"] / two["wall"] for one, two in zip(ones, twos)])
    result["cpu_ratio"] = _spread([two["cpu"] / one["cpu"] for one, two in zip(ones, twos)])
    return result


BENCHMARKS = {"bare": bare, "workers": workers, "throughput": throughput, "memory": memory,
              "startup": startup, "ceiling": ceiling}


if __name__ == "__main__":
    run(BENCHMARKS, sys.argv[1:])
