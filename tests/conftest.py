"""Shared fixtures: one annotator (one model load) for the whole test session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pytest
from hypothesis import settings

from annotate.pipeline.annotator import Annotator, shared_annotator

# Property tests check behaviour, not speed: on a shared machine an example can take longer
# than hypothesis's default 200 ms deadline and fail for no reason in the code.
settings.register_profile("annotate", deadline=None)
settings.load_profile("annotate")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
# Every story a batch over samples/ reads: the samples and their scraped twins (samples/scraped/).
SAMPLE_STORIES = sorted(path for path in (ROOT / "samples").rglob("*")
                        if path.suffix in (".txt", ".html"))


def load_tool(name: str) -> ModuleType:
    """A data-building script of ``models/tools/`` as a module (the scripts are not a package;
    they import their shared readers, such as ``wordnet_files``, from their own folder)."""
    tools = str(ROOT / "models" / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    spec = importlib.util.spec_from_file_location(name, ROOT / "models" / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    return shared_annotator()


@pytest.fixture(scope="session")
def annotate(annotator: Annotator) -> Callable[..., dict[str, Any]]:
    """Annotate a short text: ``annotate("Orlov met Hale.", date="2026-03-04")``."""

    def run(text: str, date: str | None = None) -> dict[str, Any]:
        return annotator.annotate(text, date=date)

    return run


def coded(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(trigger, cameo, plover, actor country, target country, modality, negated) per action:
    the shape the action tests compare."""
    return [(a["trigger"], a["cameo"], a["plover"],
             a["actor"]["country"] if a["actor"] else None,
             a["target"]["country"] if a["target"] else None, a["modality"], a["negated"])
            for a in record["actions"]]


def party_texts(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(trigger, cameo, plover, actor text, target text) per action: who did what to whom as
    the sentence names them."""
    return [(a["trigger"], a["cameo"], a["plover"], a["actor"] and a["actor"]["text"],
             a["target"] and a["target"]["text"]) for a in record["actions"]]
