"""Keep the memory a batch frees for its next stories, instead of handing it back to the system.

Each model batch allocates and frees the same large arrays (token vectors, parser and entity
states: a few MiB each). glibc's allocator serves such sizes with ``mmap`` and returns them to
the system when freed, and shrinks the heap when its top is free, so the next batch takes the
same memory again through page faults, which the kernel pays for (zeroing pages, and huge
pages where numpy asks for them). Over the 183 TimeBank news documents that was about 115,000
page faults and 0.3-0.9 s of system CPU per pass through warm caches; with the thresholds below
it is under 100 faults and about 0.01 s, for 5-10 MiB more peak memory.

:func:`reuse_freed_memory` raises glibc's ``mmap`` threshold to 32 MiB (its own largest dynamic
value) and the heap trim threshold to 256 MiB with ``mallopt``. It changes how the process
allocates, never what it computes. A batch run in one process calls it once, and so does
every local worker process as it starts. In forked workers the memory each keeps is private;
with the parent's objects frozen for the collector (:mod:`.collector`) a two-worker tree's
peak PSS grew 1-8% over glibc's defaults, for 0.82-1.01 of the CPU (median 0.95, seven
interleaved pairs) and 116,000 instead of 267,000 page faults.
Elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import sys

# mallopt parameters, from glibc's <malloc.h>
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 256 * 1024 * 1024

_done: list[bool] = []


def reuse_freed_memory() -> bool:
    """Set the allocator's thresholds once per process; return whether they are set."""
    if _done:
        return _done[0]
    applied = False
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            mallopt = ctypes.CDLL(None).mallopt
            mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
            applied = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
                mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
        except (OSError, AttributeError):  # not glibc (musl has no mallopt)
            applied = False
    _done.append(applied)
    return applied
