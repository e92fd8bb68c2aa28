"""Long stories: cutting into chunks, exact tokenisation, and parsing in chunks then merging."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from annotate.pipeline.annotator import PIPES, Annotator
from annotate.pipeline.longtext import MAX_RUN, chunk_bounds, make_doc, parse_long

# An original three-paragraph story; each paragraph is under 200 characters, so a 200-character
# chunk limit cuts at every paragraph end. The surname alone in the last paragraph must join
# the full name in the first.
STORY = (
    "LISBON, Portugal (AP) — Foreign Minister Ilse Varga of Hungary met Portuguese officials "
    "on Tuesday and said her government would expel two Russian diplomats.\n\n"
    "The ministry summoned the Russian ambassador on March 2, 2026, to protest what it called "
    "interference in the election.\n\n"
    "Varga told reporters in Lisbon that Hungary would send an envoy to Moscow next week."
)
REFERENCE_DATE = date(2026, 3, 4)


@pytest.fixture(scope="module")
def nlp(annotator: Annotator) -> Language:
    """The annotator's pipeline (model, segmenter and the three layers)."""
    return annotator.nlp


# -- chunk_bounds -------------------------------------------------------------------------------

_WORDS = ["word", "Mr.", "a", "Orlov", "\"", "—", ",", "$$$", "x.y", ""]
_SPACES = [" ", "  ", "\t", "\xa0", ""]
_SENTENCE_ENDS = [". ", "? ", ".\" ", "!” "]
_LINE_BREAKS = ["\n", "\r\n", "\u2028", " \n"]
_BLANK_LINES = ["\n\n", "\n \n", "\r\n\r\n"]
_PIECES = _WORDS + _SPACES + _SENTENCE_ENDS + _LINE_BREAKS + _BLANK_LINES


def _words_between(separators: list[str]) -> st.SearchStrategy[str]:
    pair = st.tuples(st.sampled_from(_WORDS), st.sampled_from(separators)).map("".join)
    return st.lists(pair, min_size=4, max_size=40).map("".join)


# Texts with only some kinds of cut in them, so that each preference is put to the test often.
texts = st.sampled_from([
    _SPACES, _SPACES + _SENTENCE_ENDS, _SPACES + _SENTENCE_ENDS + _LINE_BREAKS,
    _SPACES + _SENTENCE_ENDS + _LINE_BREAKS + _BLANK_LINES,
]).flatmap(_words_between)
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _cut_kind(text: str, position: int) -> int | None:
    """Reference: the kind of cut right before ``position`` (0 paragraph, 1 line, 2 sentence,
    3 word), None where no soft cut goes; found by walking back over the white space."""
    if not 0 < position < len(text) or text[position].isspace() or not text[position - 1].isspace():
        return None
    start = position
    while start > 0 and text[start - 1].isspace():
        start -= 1
    if start == 0:
        return None
    breaks = len(_LINE_BREAK.findall(text[start:position]))
    if breaks:
        return 0 if breaks >= 2 else 1
    return 2 if re.search(r"[.!?…][\"'”’)\]]{0,3}$", text[max(0, start - 4):start]) else 3


def _reference_end(text: str, start: int, limit: int) -> int:
    """The end of the chunk starting at ``start``: the last cut of the best kind in reach."""
    best: tuple[int, int] | None = None
    for position in range(start + 1, min(start + limit, len(text)) + 1):
        kind = _cut_kind(text, position)
        if kind is not None and (best is None or kind <= best[0]):
            best = (kind, position)
    return best[1] if best else start + limit


@given(texts, st.integers(min_value=1, max_value=30))
def test_chunks_cover_the_text_in_pieces_within_the_limit(text: str, limit: int) -> None:
    bounds = chunk_bounds(text, limit)
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= limit for start, end in bounds)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert (bounds[0][0], bounds[-1][1]) == (0, len(text)) if text else bounds == []


@given(texts, st.integers(min_value=1, max_value=30))
def test_each_cut_is_the_last_of_the_best_kind_in_reach(text: str, limit: int) -> None:
    bounds = chunk_bounds(text, limit)
    for start, end in bounds[:-1]:
        assert end == _reference_end(text, start, limit), (text, start)


def test_cuts_prefer_a_paragraph_then_a_line_then_a_sentence() -> None:
    text = "One. Two.\n\nThree four.\nFive. Six seven eight"
    assert chunk_bounds(text, 30) == [(0, 11), (11, 23), (23, len(text))]
    assert chunk_bounds("One two. Three four five", 20) == [(0, 9), (9, 24)]
    assert chunk_bounds("aaaaaaaaaa", 4) == [(0, 4), (4, 8), (8, 10)]  # no white space: hard


def test_a_cut_goes_after_all_the_white_space() -> None:
    text = "First paragraph.\n\n\n   Second one"
    assert chunk_bounds(text, 25) == [(0, 22), (22, len(text))]


def test_chunk_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        chunk_bounds("text", 0)


# -- make_doc -----------------------------------------------------------------------------------

_NASTY = st.sampled_from(["$", "—", "!", "(", ")", "\"", "'", ",", "😀", "a", "ab.", "1%",
                          "http://x.y/", "\x00", "\u0301", "\u200b"])
long_runs = st.lists(_NASTY, min_size=MAX_RUN // 2, max_size=MAX_RUN * 3).map("".join)
stories = st.lists(st.one_of(st.text(max_size=40), long_runs, st.sampled_from(_PIECES)),
                   max_size=12).map("".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(stories, st.integers(min_value=1, max_value=300))
def test_make_doc_keeps_the_text_exactly(nlp, text: str, chunk_chars: int) -> None:  # type: ignore[no-untyped-def]
    assert make_doc(nlp, text, chunk_chars).text == text


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=30), st.sampled_from(_PIECES)), max_size=12).map("".join),
       st.integers(min_value=1, max_value=150))
def test_make_doc_tokenises_ordinary_text_as_spacy_does(nlp, text: str, chunk_chars: int) -> None:  # type: ignore[no-untyped-def]
    if re.search(r"\S{%d}|\s{%d}" % (MAX_RUN + 1, max(chunk_chars, MAX_RUN + 1) + 1), text):
        return  # a long run is cut on purpose, and a cut inside white space is hard
    ours, theirs = make_doc(nlp, text, chunk_chars), nlp.make_doc(text)
    assert [(t.text, t.whitespace_, t.norm_) for t in ours] == \
        [(t.text, t.whitespace_, t.norm_) for t in theirs]


def test_a_long_run_is_cut_into_bounded_tokens_and_the_rest_is_untouched(nlp) -> None:  # type: ignore[no-untyped-def]
    run = "$—!" * 2000
    text = f"Officials didn't comment. {run} The talks ended."
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= MAX_RUN
    head = nlp.make_doc("Officials didn't comment. ")
    assert [(t.text, t.norm_) for t in doc[:len(head)]] == [(t.text, t.norm_) for t in head]
    assert doc[2].norm_ == "not"  # the tokenizer's exceptions survive the joining
    assert [t.text for t in doc[-4:]] == ["The", "talks", "ended", "."]
    assert doc[-5].whitespace_ == " "  # the run's last token keeps the space after it


def test_make_doc_has_no_length_limit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "x" * (nlp.max_length + 10)
    assert make_doc(nlp, text).text == text


# -- parse_long ---------------------------------------------------------------------------------

def _analysis(doc):  # type: ignore[no-untyped-def]
    return [(t.idx, t.text, t.tag_, t.pos_, t.dep_, t.head.idx, t.lemma_, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


def test_merged_doc_is_the_chunks_parses_at_their_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    merged = parse_long(nlp, STORY, 200, skip=PIPES)
    assert merged.text == STORY
    bounds = chunk_bounds(STORY, 200)
    assert len(bounds) == 3
    expected = []
    for start, end in bounds:
        chunk = nlp(STORY[start:end], disable=list(PIPES))
        expected += [(idx + start, text, tag, pos, dep, head + start, lemma, iob, ent, sent)
                     for idx, text, tag, pos, dep, head, lemma, iob, ent, sent in _analysis(chunk)]
    assert _analysis(merged) == expected
    assert [(e.start_char, e.end_char, e.label_) for e in merged.ents] == [
        (e.start_char + start, e.end_char + start, e.label_) for start, end in bounds
        for e in nlp(STORY[start:end], disable=list(PIPES)).ents]
    for sentence in merged.sents:
        assert not any(sentence.start_char < start < sentence.end_char for start, _ in bounds)
    assert all(merged.char_span(start, end, alignment_mode="strict") is not None
               for start, end in bounds)


def test_parse_long_skips_only_the_named_components(nlp) -> None:  # type: ignore[no-untyped-def]
    merged = parse_long(nlp, STORY, 200, skip=PIPES)
    assert merged._.annotate_people is None and merged._.annotate_dates is None
    assert merged.has_annotation("DEP") and merged.has_annotation("LEMMA")


def test_parse_long_of_an_empty_or_short_story(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parse_long(nlp, "", 200, skip=PIPES).text == ""
    short = "Orlov met Hale."
    assert _analysis(parse_long(nlp, short, 200, skip=PIPES)) == \
        _analysis(nlp(short, disable=list(PIPES)))


def _annotations(doc):  # type: ignore[no-untyped-def]
    people = [(p.name, p.title, p.affiliation, [(m.start, m.end, m.text) for m in p.mentions])
              for p in doc._.annotate_people]
    dates = [(d.start, d.end, d.text, d.type, d.value) for d in doc._.annotate_dates]
    actions = [(a.start, a.end, a.trigger, a.cameo, a.actor, a.target, a.date, a.modality)
               for a in doc._.annotate_actions]
    return people, dates, actions


def _with_reference(doc):  # type: ignore[no-untyped-def]
    """What Annotator.make_doc sets before the pipeline runs."""
    doc._.annotate_reference_date = REFERENCE_DATE
    doc._.annotate_reference_source = "argument"
    doc._.annotate_warnings = []
    return doc


def test_chunked_story_is_annotated_as_the_whole_story(nlp) -> None:  # type: ignore[no-untyped-def]
    whole = nlp(_with_reference(nlp.make_doc(STORY)))
    doc = _with_reference(parse_long(nlp, STORY, 200, skip=PIPES))
    for name in PIPES:
        doc = nlp.get_pipe(name)(doc)
    assert _annotations(doc) == _annotations(whole)
    people, dates, actions = _annotations(doc)
    varga = next(p for p in people if p[0] == "Ilse Varga")
    last = STORY.rindex("Varga")
    assert (last, last + len("Varga"), "Varga") in varga[3]  # chunk 3 joins chunk 1
    assert any(d[2] == "March 2, 2026" and d[4] == "2026-03-02" for d in dates)
    assert actions
