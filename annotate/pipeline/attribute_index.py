"""An indexed equivalent of the model's ``attribute_ruler``, giving the same token attributes.

spaCy's ``AttributeRuler`` runs every pattern through a ``Matcher``. In ``en_core_web_sm`` 170
of its 179 patterns test a single token (its tag, lowercase form, dependency label, whether it
is white space), and each ``IN``/``NOT_IN``/``REGEX`` test is a Python call on every token, so
the ruler costs about as much as the parser. :class:`IndexedAttributeRuler` is an
``AttributeRuler`` (same patterns, same serialisation) that answers those single-token patterns
from a table keyed by the token's values of the attributes they test. The table is filled
lazily: the first time a combination of values is seen, every pattern's token tests are run
on it, in pattern order, once. The same table says which token of which multi-token pattern
(no operators) a token can be, so those patterns are matched by looking at the next tokens'
rows. Any pattern form the index does not understand (operators, extension attributes, other
predicates) stays on a small ``Matcher`` built from the same patterns.

The semantics are AttributeRuler's (``spacy/pipeline/attributeruler.py``): every match is found
before any attribute is set, and matches are applied in pattern order, so a later pattern wins.
Because the attributes a pattern may set here (POS, TAG, MORPH, LEMMA, DEP) are plain fields
of the token, the patterns that match one token can be merged beforehand into one assignment.
A token that a multi-token pattern also matches gets each pattern's attributes one by one, in
pattern order. When a pattern sets anything else (``_`` extensions, lexical attributes, NORM
...), or when a multi-token pattern's index falls outside its match, the component runs the
parent class's own code instead, so another model stays correct.

:func:`swap_attribute_ruler` puts it in place of a loaded model's ``attribute_ruler``, built from
that ruler's own patterns.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Span
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "annotate_attribute_ruler"
# Token attributes an indexed test may read: doc.to_array gives the value the Matcher compares.
TESTABLE = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "IS_SPACE", "IS_PUNCT", "IS_ALPHA",
            "IS_DIGIT", "LIKE_NUM")
STRING_VALUED = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP")
# Attributes a pattern may set for its matches to be merged: each is one field of the token.
MERGEABLE = frozenset((POS, TAG, MORPH, LEMMA, DEP))
# A bound on the table of raw attribute values (the table of classes stays small).
RAW_LIMIT = 200_000


DEFAULT_CONFIG = {"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}}


@Language.factory(FACTORY, default_config=DEFAULT_CONFIG)
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool,
                                 scorer: Any) -> "IndexedAttributeRuler":
    """An empty ruler; its patterns are added with ``add_patterns``, as for AttributeRuler."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def swap_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace ``nlp``'s spaCy ``AttributeRuler`` named ``name`` by an
    :class:`IndexedAttributeRuler` holding its patterns; False (and nothing changed) when there
    is none, or when its patterns set something the index cannot merge."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    original = nlp.get_pipe(name)
    if not original.attrs or not mergeable(original.attrs):
        return False
    patterns = original.patterns
    ruler = nlp.replace_pipe(name, FACTORY, config={"validate": original.validate})
    ruler.scorer = original.scorer
    ruler.add_patterns(patterns)
    ruler.build_index()  # before any fork, so that workers share it
    return True


def mergeable(attrs: list[dict]) -> bool:
    """Whether every pattern's normalised attributes are plain token fields."""
    return all(set(entry) <= MERGEABLE for entry in attrs)


class IndexedAttributeRuler(AttributeRuler):
    """AttributeRuler whose single-token patterns are looked up in a table, not matched."""

    def __init__(self, vocab: "Vocab", name: str = "attribute_ruler", *, validate: bool = False,
                 scorer: Any = attribute_ruler_score) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._index: _Index | None = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None  # rebuilt on the next document

    def build_index(self) -> None:
        """Index the patterns now (else it is done on the first document)."""
        self._index = _Index(self)

    def __call__(self, doc: "Doc") -> "Doc":
        error_handler = self.get_error_handler()
        try:
            if self._index is None:
                self.build_index()
            if not self._index.usable or not self._index.apply(doc):
                self.set_annotations(doc, self.match(doc))  # AttributeRuler's own code
            return doc
        except Exception as error:
            return error_handler(self.name, self, [doc], error)


class _Index:
    """The patterns as tests on a few columns; a Matcher for the forms it does not read."""

    def __init__(self, ruler: IndexedAttributeRuler) -> None:
        self.ruler = ruler
        self.usable = mergeable(ruler.attrs)
        self.names: list[str] = []  # the tested columns, in to_array order
        # single-token entries: (attr_id, alternatives), each alternative a list of tests
        self.entries: list[tuple[int, list[list[tuple[int, str, Any]]]]] = []
        # the others: (attr_id, alternatives, index), each alternative a list of token specs
        self.sequences: list[tuple[int, list[list[list[tuple[int, str, Any]]]], int]] = []
        self.matcher = Matcher(ruler.vocab, validate=ruler.validate)
        self.on_matcher = False
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            patterns = ruler.matcher.get(key)[1]
            compiled = self._compile(patterns)
            index = ruler.indices[attr_id]
            if compiled is None:
                self.matcher.add(key, patterns)
                self.on_matcher = True
            elif index in (0, -1) and all(len(specs) == 1 for specs in compiled):
                self.entries.append((attr_id, [specs[0] for specs in compiled]))
            else:
                self.sequences.append((attr_id, compiled, index))
        self.columns = [IDS[name] for name in self.names]
        self.literals: list[set[int]] = [set() for _ in self.names]
        self.regexes: list[list[re.Pattern]] = [[] for _ in self.names]
        every_spec = [tests for _, alternatives in self.entries for tests in alternatives] + [
            tests for _, alternatives, _ in self.sequences for specs in alternatives
            for tests in specs]
        for tests in every_spec:
            for number, (column, kind, value) in enumerate(tests):
                if kind == "regex":  # tested by its position among the column's
                    tests[number] = (column, kind, len(self.regexes[column]))
                    self.regexes[column].append(value)
                elif kind == "eq":
                    self.literals[column].add(value)
                else:
                    self.literals[column].update(value)
        self.raw: dict[tuple[int, ...], tuple[Any, ...]] = {}
        self.classes: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def _compile(self, patterns: list[list[dict]]) -> list[list[list[tuple[int, str, Any]]]] | None:
        """Each alternative of an entry as a list of token specs, each spec a list of
        (column, kind, value) tests; None when the entry must stay on the Matcher."""
        compiled = []
        for pattern in patterns:
            if not pattern:
                return None
            specs = []
            for spec in pattern:
                if not isinstance(spec, dict):
                    return None
                tests = []
                for attr, value in spec.items():  # an operator ("OP") is not TESTABLE
                    name = attr.upper() if isinstance(attr, str) else None
                    name = "ORTH" if name == "TEXT" else name
                    if name not in TESTABLE:
                        return None
                    test = _test(name, value)
                    if test is None:
                        return None
                    if name not in self.names:
                        self.names.append(name)
                    tests += [(self.names.index(name), kind, operand) for kind, operand in test]
                specs.append(tests)
            compiled.append(specs)
        return compiled

    def apply(self, doc: "Doc") -> bool:
        """Set the attributes of every matched token of ``doc``; False, with nothing set, when
        a multi-token match must be applied by the parent class (its index is out of range)."""
        strings = doc.vocab.strings  # as the Matcher reads a token's string
        rows = (self._rows(doc) if self.columns else [self._lookup((), strings)] * len(doc))
        extra: dict[int, list[int]] = {}
        if self.sequences:
            for attr_id, start, length, index in self._sequence_matches(rows):
                target = index if index >= 0 else length + index  # as Span[index] reads it
                if not 0 <= target < length:
                    return False
                extra.setdefault(start + target, []).append(attr_id)
        if self.on_matcher:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                attr_id = int(self.ruler.vocab.strings[match_id])
                try:
                    token = Span(doc, start, end, label=match_id)[self.ruler.indices[attr_id]]
                except IndexError:
                    return False
                extra.setdefault(token.i, []).append(attr_id)
        attrs = self.ruler.attrs
        for i, (action, _) in enumerate(rows):
            if i in extra:
                token = doc[i]
                order = sorted((action[0] if action else ()) + tuple(extra[i]))
                for attr_id in order:
                    set_token_attrs(token, attrs[attr_id])
            elif action is not None:
                set_token_attrs(doc[i], action[1])
        return True

    def _sequence_matches(self, rows: list[tuple[Any, ...]]) -> list[tuple[int, int, int, int]]:
        """(attr_id, start, length, index) of every match of a multi-token entry: each token
        of the window passes its spec, as the Matcher finds them without operators."""
        found = []
        for start, (_, passes) in enumerate(rows):
            for number, alternative, position in passes:
                if position:
                    continue
                attr_id, alternatives, index = self.sequences[number]
                length = len(alternatives[alternative])
                if start + length <= len(rows) and all(
                        (number, alternative, k) in rows[start + k][1] for k in range(1, length)):
                    found.append((attr_id, start, length, index))
        return found

    def _rows(self, doc: "Doc") -> list[tuple[Any, ...]]:
        raw, lookup, strings = self.raw, self._lookup, doc.vocab.strings
        if len(raw) > RAW_LIMIT:
            raw.clear()
        rows = []
        # one row of column values per token (to_array gives a flat array for one column)
        for values in doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist():
            key = tuple(values)
            try:
                rows.append(raw[key])
            except KeyError:
                raw[key] = row = lookup(key, strings)
                rows.append(row)
        return rows

    def _lookup(self, values: tuple[int, ...], strings: "StringStore") -> tuple[Any, ...]:
        """What a token with these column values gets: (the single-token entries it matches,
        in pattern order, with their attributes merged in that order; or None) and the
        (sequence, alternative, position) specs it passes."""
        key = tuple(self._class(column, value, strings) for column, value in enumerate(values))
        if key not in self.classes:
            matched = tuple(attr_id for attr_id, alternatives in self.entries
                            if any(_all_pass(key, tests) for tests in alternatives))
            merged: dict[int, Any] = {}
            for attr_id in matched:
                merged.update(self.ruler.attrs[attr_id])
            passes = tuple((number, alternative, position)
                           for number, (_, alternatives, _) in enumerate(self.sequences)
                           for alternative, specs in enumerate(alternatives)
                           for position, tests in enumerate(specs) if _all_pass(key, tests))
            self.classes[key] = ((matched, merged) if matched else None, passes)
        return self.classes[key]

    def _class(self, column: int, value: int, strings: "StringStore") -> tuple[Any, ...]:
        """What the tests can tell apart about a value: itself when a test names it (else
        None), and which of the column's regular expressions find a match in its string."""
        literal = value if value in self.literals[column] else None
        if not self.regexes[column]:
            return (literal, ())
        text = strings[value]
        return (literal, tuple(regex.search(text) is not None for regex in self.regexes[column]))


def _all_pass(key: tuple[Any, ...], tests: list[tuple[int, str, Any]]) -> bool:
    return all(_passes(key[column], kind, operand) for column, kind, operand in tests)


def _test(name: str, value: Any) -> list[tuple[str, Any]] | None:
    """One attribute's tests, as the Matcher reads them, or None when not understood."""
    if isinstance(value, bool):
        return [("eq", int(value))]
    if isinstance(value, str):
        return [("eq", get_string_id(value))]
    if isinstance(value, int):
        return [("eq", value)]
    if not isinstance(value, dict) or not value:
        return None
    tests = []
    for predicate, operand in value.items():
        if predicate in ("IN", "NOT_IN") and isinstance(operand, list) and all(
                isinstance(item, str) for item in operand):
            tests.append((predicate.lower(), frozenset(get_string_id(item) for item in operand)))
        elif predicate == "REGEX" and isinstance(operand, str) and name in STRING_VALUED:
            tests.append(("regex", re.compile(operand)))
        else:
            return None
    return tests


def _passes(value: tuple[Any, ...], kind: str, operand: Any) -> bool:
    literal, found = value
    if kind == "eq":
        return literal == operand
    if kind == "in":
        return literal in operand
    if kind == "not_in":
        return literal not in operand
    return found[operand]
