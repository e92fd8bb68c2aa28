"""Keep the garbage collector off the loaded model, in forked workers and at exit.

A loaded pipeline is a few hundred thousand long-lived Python objects (the vocabulary's
lexemes, the lemmatizer's tables, the layers' lexicons and gazetteers). CPython's collector
walks every one of them in each full collection, and walking an object writes to its header:

- in a worker forked from the parent, that write copies the page the object lives on, so each
  worker gradually takes a private copy of memory it could share with its siblings;
- at the end of a process, the interpreter's last collections walk the whole model once more
  before exiting: about 0.3 s of CPU (and of wall time, after the last story is written) for
  objects the operating system takes back anyway.

``gc.freeze()`` moves every object alive at that moment to a permanent generation the collector
skips; the CPython documentation recommends it before forking workers for exactly the first
reason (https://docs.python.org/3/library/gc.html#gc.freeze). Objects made afterwards are
collected as usual, and a frozen object is still freed when its last reference goes.

:func:`frozen_for_workers` freezes the parent's objects while a pool of forked workers runs and
gives them back to the collector afterwards, so a program that calls the Python API keeps its
usual collections once the batch is done. :func:`skip_collection_at_exit` is for the command
line, whose process ends right after it (registered with ``atexit``): it freezes everything
just before the interpreter exits.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def frozen_for_workers() -> Iterator[None]:
    """Freeze the objects alive now (the loaded model among them) for the ``with`` block;
    workers forked inside it never walk them. Unfrozen on the way out, however it ends, unless
    the caller had frozen objects of its own before (those stay as the caller left them)."""
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def skip_collection_at_exit() -> None:
    """Freeze every object as the process ends, so the interpreter's final collections do not
    walk the loaded model (they free nothing the operating system would not)."""
    gc.freeze()
