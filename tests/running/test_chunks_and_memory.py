"""How a stream is cut for worker processes, and the allocator setting a batch process uses."""

from __future__ import annotations

import subprocess
import sys
from typing import Iterator

from hypothesis import given
from hypothesis import strategies as st

from annotate.running.allocator import reuse_freed_memory
from annotate.running.engines import TAIL_CHUNKS_PER_WORKER, guided_chunks


@given(st.integers(0, 400), st.integers(1, 40), st.integers(1, 4))
def test_guided_chunks_hold_every_story_once_in_order(count: int, size: int,
                                                      workers: int) -> None:
    chunks = list(guided_chunks(range(count), size, workers))
    assert [story for chunk in chunks for story in chunk] == list(range(count))
    assert all(1 <= len(chunk) <= size for chunk in chunks)


@given(st.integers(0, 400), st.integers(1, 40), st.integers(1, 4))
def test_full_batches_then_a_tail_of_small_chunks(count: int, size: int, workers: int) -> None:
    """A full batch goes out each time (workers + 1) batches are read ahead; what is left at
    the end (fewer than that) is cut into chunks of equal size (the last one may be smaller),
    about TAIL_CHUNKS_PER_WORKER per worker."""
    ahead = (workers + 1) * size
    full = 0 if count < ahead else (count - ahead) // size + 1
    left = count - full * size
    assert left < ahead and (full == 0 or left >= workers * size)
    tail = -(-left // (workers * TAIL_CHUNKS_PER_WORKER)) if left else 0
    expected = [size] * full + [tail] * (left // tail if tail else 0)
    if tail and left % tail:
        expected.append(left % tail)
    assert [len(chunk) for chunk in guided_chunks(range(count), size, workers)] == expected


def test_guided_chunks_read_a_bounded_distance_ahead() -> None:
    read = []

    def stories() -> Iterator[int]:
        for number in range(1000):
            read.append(number)
            yield number

    for chunk in guided_chunks(stories(), 32, 2):
        assert len(read) - chunk[0] <= 3 * 32  # (workers + 1) batches from the chunk's start


def test_183_stories_for_two_workers_are_three_batches_and_eight_small_chunks() -> None:
    sizes = [len(chunk) for chunk in guided_chunks(range(183), 32, 2)]
    assert sizes == [32, 32, 32, 11, 11, 11, 11, 11, 11, 11, 10]


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
