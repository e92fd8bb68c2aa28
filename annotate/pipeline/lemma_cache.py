"""spaCy's English rule lemmatizer, answering words it has already seen without a Token each.

spaCy's ``Lemmatizer.__call__`` (``spacy/pipeline/lemmatizer.py``) makes a ``Token`` for every
word of a document and calls ``rule_lemmatize`` on it. That method caches only the result of
its suffix rules, keyed by (ORTH, POS, MORPH); before the cache look-up it builds the key from
three Token properties, and the other answers (a base form per ``is_base_form``, which reads the
morphological features; a part of speech without tables; a proper noun) are worked out again
for every occurrence. On the 183 TimeBank news documents that loop costs about 0.2 s of CPU with
a warm cache.

Every answer of the English rule lemmatizer depends only on the word's ORTH, POS and MORPH and
on the lemmatizer's tables: ``rule_lemmatize`` reads the token's text, ``pos_`` and (through
``is_base_form``) ``morph`` and nothing else. :class:`CachedLemmatizer` is an
``EnglishLemmatizer`` (same tables, same serialisation) whose ``__call__`` reads those three
columns and LEMMA with ``doc.to_array``, answers each (ORTH, POS, MORPH) it has seen from a
table of lemma ids, and asks spaCy's own ``lemmatize`` (through a Token) only for the others.
The lemmas are written back with ``doc.from_array``. Like spaCy's loop, a word that already
has a lemma (set by the attribute ruler) keeps it unless ``overwrite`` is set, and a word
without a part of speech is always passed to spaCy (which warns, and does not cache it).

The table's lemma strings are added to the vocabulary outside any memory zone, so an id in the
table always names a string. The table is emptied when it grows past :data:`CACHE_LIMIT` and
when the lemmatizer's tables are loaded again.

:func:`swap_lemmatizer` puts it in place of a loaded model's English rule lemmatizer, with that
lemmatizer's own tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline.lemmatizer import lemmatizer_score

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "annotate_lemmatizer"
# Entries of the (MORPH, ORTH, POS) -> lemma id table before it is emptied.
CACHE_LIMIT = 500_000

DEFAULT_CONFIG = {"model": None, "mode": "rule", "overwrite": False,
                  "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}}


@Language.factory(FACTORY, assigns=["token.lemma"], default_config=DEFAULT_CONFIG,
                  default_score_weights={"lemma_acc": 1.0})
def make_cached_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool,
                           scorer: Callable | None) -> "CachedLemmatizer":
    """An English lemmatizer without tables; they are loaded as for spaCy's (``initialize``)."""
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def swap_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Replace ``nlp``'s English rule lemmatizer named ``name`` by a :class:`CachedLemmatizer`
    sharing its tables; False (and nothing changed) when there is none."""
    if name not in nlp.pipe_names:
        return False
    original = nlp.get_pipe(name)
    if type(original) is not EnglishLemmatizer or original.mode != "rule":
        return False
    lemmatizer = nlp.replace_pipe(name, FACTORY, config={"mode": "rule",
                                                         "overwrite": original.overwrite})
    lemmatizer.scorer = original.scorer
    lemmatizer.lookups = original.lookups
    lemmatizer.cache = original.cache
    lemmatizer._validated = original._validated
    return True


class CachedLemmatizer(EnglishLemmatizer):
    """An ``EnglishLemmatizer`` that lemmatises each (ORTH, POS, MORPH) once."""

    def __init__(self, vocab: "Vocab", model: Any, name: str = "lemmatizer", *,
                 mode: str = "rule", overwrite: bool = False,
                 scorer: Callable | None = lemmatizer_score) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        self.lemma_ids: dict[int, int] = {}  # (MORPH, ORTH, POS) -> lemma id

    def __call__(self, doc: "Doc") -> "Doc":
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._lemmatize(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)

    def _lemmatize(self, doc: "Doc") -> None:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known = self.lemma_ids
        overwrite = self.overwrite
        # One Python int per word as the key, (MORPH, ORTH, POS) side by side in 64 bits each:
        # no tuple or list per word, which would also make the garbage collector run more
        # often (and, in a forked worker, touch the parent's pages).
        columns = (range(len(doc)), rows[:, 0].tolist(), rows[:, 1].tolist(),
                   rows[:, 2].tolist(), rows[:, 3].tolist())
        for i, orth, pos, morph, lemma in zip(*columns):
            if lemma and not overwrite:
                continue
            key = (morph << 128) | (orth << 64) | pos
            found = known.get(key)
            if found is None:
                found = self._lemma_id(doc, i, key, pos)
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)

    def _lemma_id(self, doc: "Doc", i: int, key: int, pos: int) -> int:
        """spaCy's own answer for word ``i`` of ``doc``, kept under ``key`` unless it has no
        part of speech."""
        lemma = self.lemmatize(doc[i])[0]
        found = self.vocab.strings.add(lemma, allow_transient=False)
        if pos:
            if len(self.lemma_ids) >= CACHE_LIMIT:
                self.lemma_ids.clear()
            self.lemma_ids[key] = found
        return found

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        self.lemma_ids.clear()
        super().initialize(*args, **kwargs)

    def from_bytes(self, *args: Any, **kwargs: Any) -> "CachedLemmatizer":
        self.lemma_ids.clear()
        return super().from_bytes(*args, **kwargs)

    def from_disk(self, *args: Any, **kwargs: Any) -> "CachedLemmatizer":
        self.lemma_ids.clear()
        return super().from_disk(*args, **kwargs)
