"""The 50,000-story archive: ``annotate batch --workers 2`` over many short stories.

Run from the repository root (not a pass/fail test; the machine is shared, so the figures are
what this run saw)::

    python -m tests.benchmarks.archive              # 50,000 stories
    python -m tests.benchmarks.archive 2000         # a shorter run, same measurements

It prints one JSON line: stories/s of the whole run (model loads included), the peak memory of
the whole process tree (the batch, its workers and multiprocessing's resource tracker, summed
at each sample of /proc every 0.2 s), the number of lines written, and whether they are exactly
one per story in input order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import run

WORK = Path(tempfile.mkdtemp(prefix="annotate-archive-"))
SAMPLE_SECONDS = 0.2
CITIES = ["OSLO", "LIMA", "NAIROBI", "ANKARA", "GENEVA", "HANOI", "QUITO", "RIGA", "DAKAR"]
COUNTRIES = ["Norway", "Peru", "Kenya", "Turkey", "Chile", "Vietnam", "Ecuador", "Latvia",
             "Senegal", "Austria", "Brazil", "Japan"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [  # original short wire sentences
    "{city} (AP) — {a} expelled two diplomats from {b} on {day}, the foreign ministry said.",
    "{city} (AP) — {a}'s foreign minister met her counterpart from {b} on {day} to discuss trade.",
    "{city} (AP) — {a} recalled its ambassador to {b} on {day} after a dispute over fishing.",
    "{city} (AP) — Officials from {a} and {b} signed a border agreement on {day}.",
    "{city} (AP) — {a} accused {b} on {day} of violating a ceasefire along their border.",
]


def write_archive(path: Path, count: int) -> Path:
    """``count`` short stories (one or two sentences), each different."""
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            a = COUNTRIES[number % len(COUNTRIES)]
            b = COUNTRIES[(number // len(COUNTRIES) + 1 + number) % len(COUNTRIES)]
            if b == a:
                b = COUNTRIES[(COUNTRIES.index(a) + 1) % len(COUNTRIES)]
            text = TEMPLATES[number % len(TEMPLATES)].format(
                city=CITIES[number % len(CITIES)], a=a, b=b, day=DAYS[number % len(DAYS)])
            if number % 3 == 0:
                text += f" Talks are due to resume in {DAYS[(number + 2) % len(DAYS)]}'s session."
            stream.write(json.dumps({"id": f"n{number:06d}", "text": text,
                                     "date": f"2026-03-{1 + number % 28:02d}"}) + "\n")
    return path


def tree_rss_kib(session: int) -> int:
    """Resident memory (KiB) of every live process of session ``session``, summed."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat[stat.rindex(")") + 2:].split()[3]) != session:  # field 6: session
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total


def archive(count: int = 50_000, workers: int = 2) -> dict[str, float]:
    corpus = write_archive(WORK / f"archive-{count}.jsonl", count)
    output = WORK / f"archive-{count}-out.jsonl"
    command = [sys.executable, "-m", "annotate", "batch", str(corpus), "-o", str(output), "-q",
               "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"the batch failed ({process.returncode}): {stderr.strip()}")
    ids = [json.loads(line)["id"] for line in output.open(encoding="utf-8")]
    return {"stories": count, "workers": workers, "seconds": round(seconds, 1),
            "stories_per_s": round(count / seconds, 1),
            "peak_tree_mib": round(peak / 1024, 1), "lines": len(ids),
            "one_line_per_story_in_order": ids == [f"n{n:06d}" for n in range(count)]}


if __name__ == "__main__":
    stories = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    run({"archive": lambda: archive(stories)}, [])
