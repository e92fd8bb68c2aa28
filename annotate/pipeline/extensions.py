"""The custom attributes our components set on a spaCy ``Doc`` (all under ``doc._.annotate_*``)."""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = (
    "annotate_reference_date",  # datetime.date the story's relative dates resolve against
    "annotate_reference_source",  # where it came from: "argument", "input", "dateline", None
    "annotate_dateline",  # dict | None: the cleaned story's dateline (input.cleaning.Dateline)
    "annotate_people",  # list[people.Person]
    "annotate_dates",  # list[dates.TimeExpression]
    "annotate_actions",  # list[actions.Action]
    "annotate_warnings",  # list[str]: what the reader of the JSON should know
)


def register_extensions() -> None:
    """Declare the ``doc._.annotate_*`` attributes once per process."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def add_warning(doc: Doc, message: str) -> None:
    """Record a warning on the story (it appears in the JSON ``warnings`` list)."""
    if doc._.annotate_warnings is None:
        doc._.annotate_warnings = []
    doc._.annotate_warnings.append(message)


register_extensions()
