"""The allocator setting a batch process uses: freed memory is kept for the next batch."""

from __future__ import annotations

import subprocess
import sys

from annotate.running.allocator import reuse_freed_memory

ALLOCATE = """
import resource, sys
import numpy as np
if sys.argv[1] == "1":
    from annotate.running.allocator import reuse_freed_memory
    assert reuse_freed_memory()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for number in range(200):
    batch = np.ones((3 + number % 5) * 1024 * 1024 // 8)  # 3-7 MiB, written, then freed
    state = np.ones(64 * 1024)
    del batch, state
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def test_freed_memory_is_reused_without_page_faults() -> None:
    if not sys.platform.startswith("linux"):
        return
    faults = {flag: int(subprocess.run([sys.executable, "-c", ALLOCATE, flag], check=True,
                                       capture_output=True, text=True).stdout)
              for flag in ("0", "1")}
    assert faults["1"] * 2 < faults["0"], faults


def test_reuse_freed_memory_is_set_once_per_process() -> None:
    first = reuse_freed_memory()
    assert reuse_freed_memory() is first
    assert first == sys.platform.startswith("linux")
