"""annotate: who is in a news story, when things happened, and which diplomatic actions it reports.

The Python API is the same code the command line runs::

    from annotate import annotate_text
    result = annotate_text(story_text, date="2026-03-04")

or, for many stories, one reusable :class:`Annotator`.
"""

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("annotate")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["Annotator", "annotate_text", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported lazily: `import annotate` (and so `annotate --help`) must not pay for spaCy.
    if name in ("Annotator", "annotate_text"):
        from . import annotator

        return getattr(annotator, name)
    raise AttributeError(f"module 'annotate' has no attribute {name!r}")
