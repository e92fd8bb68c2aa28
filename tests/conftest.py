"""Shared fixtures: one annotator (one model load) for the whole test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from annotate.annotator import Annotator, shared_annotator

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    return shared_annotator()


@pytest.fixture(scope="session")
def annotate(annotator: Annotator) -> Callable[..., dict[str, Any]]:
    """Annotate a short text: ``annotate("Orlov met Hale.", date="2026-03-04")``."""

    def run(text: str, date: str | None = None) -> dict[str, Any]:
        return annotator.annotate(text, date=date)

    return run
