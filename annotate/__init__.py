"""annotate: who is in a news story, when things happened, and which diplomatic actions it reports.

The Python API is the same code the command line runs::

    from annotate import annotate_text
    result = annotate_text(story_text, date="2026-03-04")

or, for many stories, one reusable :class:`Annotator`; ``annotate_file`` reads a story file,
``annotate_archive`` runs a batch and ``evaluate`` scores the annotator on gold files.

The package follows the path of a story: ``input`` (read, decode, extract, clean), ``pipeline``
(the spaCy model and our components on it), the three layers ``people``, ``dates`` and
``actions``, ``output`` (the JSON record and the terminal view) and ``running`` (batches and
engines); ``evaluation`` measures the layers and ``cli`` is the command line. Beside them,
modules the layers share: ``gazetteer`` (countries, organisations and places), ``casing``
(headlines in title case), ``resources`` (the tables of ``models/``) and ``errors``.
"""

from typing import Any

__all__ = ["Annotator", "annotate_text", "annotate_file", "annotate_archive", "evaluate",
           "__version__"]

# Looked up lazily: `import annotate` (and so `annotate --help`) must not pay for spaCy,
# nor for importlib.metadata, which alone costs more than the rest of the help.
_PUBLIC = {
    "Annotator": "annotate.pipeline.annotator",
    "annotate_text": "annotate.pipeline.annotator",
    "annotate_file": "annotate.pipeline.annotator",
    "annotate_archive": "annotate.running.batch",
    "evaluate": "annotate.evaluation.run",
}


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        from importlib import import_module

        return getattr(import_module(_PUBLIC[name]), name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("annotate")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'annotate' has no attribute {name!r}")
