"""Stopping a batch on SIGTERM or SIGHUP the way Ctrl-C stops it.

Python's default for SIGTERM and SIGHUP ends the process on the spot: no message, and the worker
processes left to the parent-death signal. :func:`stop_on_signals` turns both into a
:class:`Stopped` exception (a ``KeyboardInterrupt``, so every ``finally`` and every handler of
Ctrl-C runs): the writer closes, the workers stop, and the command says how to continue and
exits with 128 + the signal's number, as a shell reports a process a signal ended.
"""

from __future__ import annotations

import contextlib
import signal
from typing import Any, Iterator

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Stopped(KeyboardInterrupt):
    """The run was stopped by a signal (``signum``)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def exit_code(interrupt: KeyboardInterrupt) -> int:
    """128 + the signal's number: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP."""
    return 128 + (interrupt.signum if isinstance(interrupt, Stopped) else signal.SIGINT)


def _raise_stopped(signum: int, frame: Any) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Stopped`; the previous handlers come
    back after it. A signal the caller set to be ignored (``nohup``) stays ignored; outside the
    main thread (where Python cannot set handlers) nothing changes."""
    previous = {}
    try:
        for signum in SIGNALS:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, _raise_stopped)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
