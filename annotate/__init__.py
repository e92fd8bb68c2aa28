"""annotate: who is in a news story, when things happened, and which diplomatic actions it reports.

The Python API is the same code the command line runs::

    from annotate import annotate_text
    result = annotate_text(story_text, date="2026-03-04")

or, for many stories, one reusable :class:`Annotator`.
"""

from typing import Any

__all__ = ["Annotator", "annotate_text", "__version__"]


def __getattr__(name: str) -> Any:
    # Looked up lazily: `import annotate` (and so `annotate --help`) must not pay for spaCy,
    # nor for importlib.metadata, which alone costs more than the rest of the help.
    if name in ("Annotator", "annotate_text"):
        from . import annotator

        return getattr(annotator, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("annotate")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'annotate' has no attribute {name!r}")
