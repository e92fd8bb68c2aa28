"""Where stories are annotated: in this process, in worker processes, or on a Dask cluster.

Every engine takes a stream of stories and yields one :class:`~annotate.annotator.Result` per
story, in input order. Stories travel in chunks; at most a few chunks per worker are in flight,
so memory stays flat however many stories the stream holds. Workers receive the stories (their
text and a few fields) and send back each record already written as a JSON line, which is
cheaper to pickle than the record and is what the parent writes anyway.

Local workers on Linux are forked from the parent after it has loaded the pipeline, so the
model is loaded once for the whole run and its memory pages are shared; elsewhere (no fork)
each worker loads it once, on its first chunk. A Dask worker loads it once per process.
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
# Stories per chunk sent to a local worker process: small enough that both cores stay busy to
# the end of a batch (the last chunk is the only work one worker may do alone), large enough
# for the model's batches (tests/benchmarks/speed.py workers measures the choice).
WORKER_CHUNK = 8


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


def _chunks(stories: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(stories)
    while chunk := list(islice(iterator, size)):
        yield chunk


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
    workers = resolve_workers(workers)
    if workers <= 1:
        yield from shared_annotator(model).annotate_stories(stories, batch_size)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method()
    if method == "fork":
        # Loaded here, once: the forked workers find it in shared_annotator's cache. The
        # executor forks all its workers on the first submit, from this thread; the only other
        # thread a CLI run may have is the progress bar's, which the workers never touch.
        shared_annotator(model)
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_quiet_worker) as pool:
        def submit(chunk: list[Item]) -> Any:
            return pool.submit(annotate_chunk, model, batch_size, chunk)

        try:
            yield from ordered_results(_chunks(stories, min(batch_size, WORKER_CHUNK)), submit,
                                       workers * CHUNKS_IN_FLIGHT_PER_WORKER)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _quiet_worker() -> None:
    """Worker processes leave Ctrl-C to the parent, which stops the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
    client = Client(cluster if cluster is not None else scheduler)
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
