"""Keep the garbage collector off the loaded model: as it loads, while stories are annotated
(in this process or in forked workers) and at exit.

A loaded pipeline is a few hundred thousand long-lived Python objects (the vocabulary's
lexemes, the lemmatizer's tables, the layers' lexicons and gazetteers). CPython's collector
walks every one of them in each full collection, and walking an object writes to its header:

- in a worker forked from the parent, that write copies the page the object lives on, so each
  worker gradually takes a private copy of memory it could share with its siblings;
- at the end of a process, the interpreter's last collections walk the whole model once more
  before exiting: about 0.3 s of CPU (and of wall time, after the last story is written) for
  objects the operating system takes back anyway;
- while a command starts (spaCy's import, the model, the layers' tables: about 200,000 new
  objects, nearly all kept for the life of the process) CPython's default thresholds (a
  collection of the youngest objects every 700 allocations) ran some 300 collections, two of
  them over everything, for 0.14-0.16 s of CPU that freed nothing; and in a one-process batch
  the model was walked again by the full collections of the annotation pass (0.07 s). Even
  one collection of the youngest objects walks every object made since the last one: with
  100,000 allocations between two, start-up still ran one, in spaCy's import, for 0.03 s of
  CPU (2026-12-07).

``gc.freeze()`` moves every object alive at that moment to a permanent generation the collector
skips; the CPython documentation recommends it before forking workers for exactly the first
reason (https://docs.python.org/3/library/gc.html#gc.freeze). Objects made afterwards are
collected as usual, and a frozen object is still freed when its last reference goes.

The command line calls :func:`collect_rarely_while_starting` first: new objects are looked at
every ``START_UP_THRESHOLD`` allocations until annotation starts. :func:`frozen_for_annotation`
then freezes what start-up made (the loaded model among it) and restores the usual thresholds
for the annotation, in this process or in the workers forked inside the block, and gives the
objects back to the collector afterwards, so a program that calls the Python API keeps its
usual collections once the batch is done. :func:`skip_collection_at_exit` is for the command
line, whose process ends right after it (registered with ``atexit``): it freezes everything
just before the interpreter exits.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

# New objects between two collections of the youngest generation while a command starts
# (CPython's default is 700). The count of new objects alive peaks at 150,000-200,000 while a
# command starts (spaCy's import frees many it makes; 2026-12-07, en_core_web_sm): twice that
# leaves no collection before the annotation freezes them, and still bounds what garbage
# could wait for one should a command never reach the annotation.
START_UP_THRESHOLD = 400_000
_usual_thresholds: tuple[int, int, int] | None = None  # saved while start-up runs


def collect_rarely_while_starting() -> None:
    """Look at new objects every ``START_UP_THRESHOLD`` allocations until
    :func:`frozen_for_annotation` (or :func:`usual_collections`) restores the thresholds."""
    global _usual_thresholds
    if _usual_thresholds is None:
        _usual_thresholds = gc.get_threshold()
        gc.set_threshold(START_UP_THRESHOLD, *_usual_thresholds[1:])


def usual_collections() -> None:
    """Restore the thresholds :func:`collect_rarely_while_starting` raised (if it did)."""
    global _usual_thresholds
    if _usual_thresholds is not None:
        gc.set_threshold(*_usual_thresholds)
        _usual_thresholds = None


@contextmanager
def frozen_for_annotation() -> Iterator[None]:
    """Freeze the objects alive now (the loaded model among them) for the ``with`` block, and
    collect as usual from there: neither this process nor workers forked inside the block walk
    them again. Unfrozen on the way out, however it ends, unless the caller had frozen objects
    of its own before (those stay as the caller left them)."""
    ours = gc.get_freeze_count() == 0
    gc.freeze()  # before the thresholds go down: start-up's objects are never walked
    usual_collections()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def skip_collection_at_exit() -> None:
    """Freeze every object as the process ends, so the interpreter's final collections do not
    walk the loaded model (they free nothing the operating system would not)."""
    gc.freeze()
