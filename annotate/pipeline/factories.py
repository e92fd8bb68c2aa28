"""Registration: importing this module registers every ``annotate_*`` component with spaCy.

Each component is defined with ``@Language.factory`` (or ``@Language.component``) in its own
layer's package; this is the one place that imports them all, so that ``nlp.add_pipe`` finds
them by name. The annotator imports it when it builds the pipeline, not before, so that
reading stories and ``annotate --help`` never pay for the layers' imports.
"""

from __future__ import annotations

from ..actions import component as _actions  # noqa: F401 - annotate_actions
from ..dates import component as _dates  # noqa: F401 - annotate_dates
from ..people import component as _people  # noqa: F401 - annotate_people
from . import attribute_index as _attribute_index  # noqa: F401 - annotate_attribute_ruler
from . import hyphenated_names as _hyphenated_names  # noqa: F401 - annotate_hyphenated_names
from . import lemma_cache as _lemma_cache  # noqa: F401 - annotate_lemmatizer
from . import lemmas as _lemmas  # noqa: F401 - annotate_verb_lemmas
from . import segmenter as _segmenter  # noqa: F401 - annotate_segmenter
