"""Where stories are annotated: in this process, in worker processes, or on a Dask cluster.

Every engine takes a stream of stories and yields one :class:`~annotate.annotator.Result` per
story, in input order. Stories travel in chunks; at most a few chunks per worker are in flight,
so memory stays flat however many stories the stream holds. Workers receive the stories (their
text and a few fields) and send back each record already written as a JSON line, which is
cheaper to pickle than the record and is what the parent writes anyway.

Local workers on Linux are forked from the parent after it has loaded the pipeline, so the
model is loaded once for the whole run and its memory pages are shared; elsewhere (no fork)
each worker loads it once, on its first chunk. The objects alive once the pipeline is loaded
are frozen for the collector while stories are annotated, in this process or in the workers
(:mod:`.collector`), and every process keeps the memory its model batches free for the next
ones (:mod:`.allocator`). A Dask worker loads the model once per process.
"""

from __future__ import annotations

import os
from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from ..input.stories import Story, StoryError
from ..pipeline.annotator import DEFAULT_BATCH_SIZE, Result, shared_annotator

Item = Story | StoryError
CHUNKS_IN_FLIGHT_PER_WORKER = 2
SCHEDULER_TIMEOUT_S = 10  # how long to try to reach a Dask scheduler before giving up
# Stories per chunk sent to a local worker process: small enough that both cores stay busy to
# the end of a batch (the last chunk is the only work one worker may do alone), large enough
# for the model's batches (tests/benchmarks/speed.py workers measures the choice). On the 183
# TimeBank documents with two workers, 12 took 0.952-0.997 of 8's CPU for 1.09-1.11x its peak
# PSS, 16 took 0.90-0.98 for 1.27-1.28x (2026-12-07, interleaved, busy machine).
WORKER_CHUNK = 12
# The stream's last stories go out in smaller chunks, about TAIL_CHUNKS per worker, so that the
# workers finish together: on the 183 documents with two workers, the time one worker sat idle
# at the end went from 0.73-1.47 s to 0.13-0.27 s with the same CPU (2026-12-07, load 4-6).
TAIL_CHUNKS = 4
TAIL_MIN = 2


def usable_cores() -> int:
    """The CPUs this process may run on (respects affinity masks and container limits)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_workers(workers: int) -> int:
    """``0`` means every usable core."""
    return usable_cores() if workers == 0 else workers


def annotate_chunk(model: str | None, batch_size: int, chunk: list[Item]) -> list[Result]:
    """Annotate one chunk in the current process (the worker-side task of every engine); each
    result carries its record as a JSON line (:meth:`Result.serialised`)."""
    return [result.serialised()
            for result in shared_annotator(model).annotate_stories(chunk, batch_size)]


def start_method() -> str:
    """"fork" where the platform has it safely (Linux), so workers inherit the loaded model;
    else "spawn"."""
    import multiprocessing
    import sys

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _chunks(stories: Iterable[Item], size: int, workers: int = 1) -> Iterator[list[Item]]:
    """Chunks of ``size`` stories while the stream lasts, and its end in smaller ones, so that
    no worker is left alone with a whole chunk while the others wait.

    The chunker holds ``size * workers`` stories beyond the chunk it hands out; once the stream
    ends, what it holds goes out in about ``TAIL_CHUNKS`` chunks per worker (of ``TAIL_MIN``
    stories at least, ``size`` at most). With one worker (Dask), every chunk but the last has
    ``size`` stories.
    """
    iterator = iter(stories)
    window = size * (workers + 1)
    held = list(islice(iterator, window))
    while len(held) == window:  # the stream may go on
        yield held[:size]
        held = held[size:] + list(islice(iterator, size))
    piece = size if workers <= 1 else min(size, max(TAIL_MIN,
                                                    -(-len(held) // (workers * TAIL_CHUNKS))))
    for start in range(0, len(held), piece):
        yield held[start:start + piece]


def ordered_results(chunks: Iterable[list[Item]], submit: Callable[[list[Item]], Any],
                    in_flight: int) -> Iterator[Result]:
    """Submit chunks, keeping at most ``in_flight`` pending, and yield results in input order.

    ``submit`` returns anything with ``.result()`` (a concurrent.futures or a Dask future).
    """
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def local_results(stories: Iterable[Item], model: str | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE, workers: int = 1) -> Iterator[Result]:
    """Annotate on this machine: in-process for one worker, else in worker processes."""
    from .allocator import reuse_freed_memory
    from .collector import frozen_for_annotation

    workers = resolve_workers(workers)
    if workers <= 1:
        # one process: the model's batches reuse freed memory (as in every worker process)
        reuse_freed_memory()
        annotator = shared_annotator(model)
        with frozen_for_annotation():
            yield from annotator.annotate_stories(stories, batch_size)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = start_method()
    if method == "fork":
        # Loaded here, once: the forked workers find it in shared_annotator's cache. The
        # executor forks all its workers on the first submit, from this thread; the only other
        # thread a CLI run may have is the progress bar's, which the workers never touch.
        shared_annotator(model)
    context = multiprocessing.get_context(method)
    with frozen_for_annotation(), ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker,
            initargs=(os.getpid(),)) as pool:
        def submit(chunk: list[Item]) -> Any:
            return pool.submit(annotate_chunk, model, batch_size, chunk)

        try:
            yield from ordered_results(_chunks(stories, min(batch_size, WORKER_CHUNK), workers),
                                       submit, workers * CHUNKS_IN_FLIGHT_PER_WORKER)
        except BrokenProcessPool:
            from .. import errors
            from ..errors import AnnotateError

            raise AnnotateError(errors.ENGINE_FAILED,
                                "a worker process died (out of memory, or killed); the lines "
                                "written so far are complete: rerun with --resume, and "
                                "--workers 1 to see the cause") from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start_worker(parent: int | None = None) -> None:
    """Worker processes leave Ctrl-C to the parent, which stops the pool, and die with it;
    they keep the memory a model batch frees for the next one (:mod:`.allocator`)."""
    import signal

    from .allocator import reuse_freed_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        die_with_parent(parent)
    reuse_freed_memory()


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent ends, however it ends (kill -9 too),
    so that no worker outlives its batch holding memory and the caller's stderr. Linux only
    (prctl); elsewhere the pool's own end-of-parent detection applies."""
    import signal
    import sys

    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def dask_results(stories: Iterable[Item], model: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, workers: int = 0,
                 scheduler: str | None = None) -> Iterator[Result]:
    """Annotate on a Dask cluster: ``scheduler`` is a ``dask.distributed`` address
    (``tcp://host:8786``); without one, a local cluster of ``workers`` processes is started."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        from .. import errors
        from ..errors import UsageError

        raise UsageError(errors.ENGINE_MISSING,
                         "the Dask engine needs its extra: pip install 'annotate[dask]'") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=resolve_workers(workers), threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)
    try:
        client = Client(cluster if cluster is not None else scheduler,
                        timeout=SCHEDULER_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        from .. import errors
        from ..errors import AnnotateError

        if cluster is not None:
            cluster.close()
        raise AnnotateError(errors.ENGINE_FAILED,
                            f"cannot reach the Dask scheduler {scheduler} ({error}); check the "
                            "address (tcp://HOST:8786) and that the scheduler runs") from None
    try:
        total_threads = sum(client.nthreads().values()) or 1

        def submit(chunk: list[Item]) -> Any:
            # pure=False: two equal chunks are still two tasks (never merged or cached).
            return client.submit(annotate_chunk, model, batch_size, chunk, pure=False)

        yield from ordered_results(_chunks(stories, batch_size), submit,
                                   total_threads * CHUNKS_IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
