"""The common words of models/common_words.tsv (models/tools/wordnet_common_words.py) and how
the people layer reduces a word to its lemma before looking it up."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from annotate.people.cues import load_cues
from annotate.people.words import common_words, common_words_only, is_common_word

from ..conftest import load_tool

wordnet_common_words = load_tool("wordnet_common_words")

# A tiny made-up database in WordNet's format: "fox" is an animal; "lincoln" is first a named
# person (an instance, "@i"); "smith" is first a kind of worker.
INDEX_NOUN = """\
  1 This is a made-up index for a test.
fox n 1 1 @ 1 0 00000010  
lincoln n 1 1 @i 1 0 00000020  
smith n 2 1 @ 2 0 00000030 00000040  
new_york n 1 1 @i 1 0 00000050  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
00000010 05 n 01 fox 0 001 @ 00000099 n 0000 | an animal
00000020 18 n 01 lincoln 0 001 @i 00000098 n 0000 | a president
00000030 18 n 01 smith 0 001 @ 00000097 n 0000 | a metalworker
00000040 18 n 01 smith 0 001 @i 00000098 n 0000 | a writer
00000050 15 n 01 new_york 0 001 @i 00000096 n 0000 | a city
"""


def test_named_instances_and_phrases_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    for pos in ("verb", "adj", "adv"):
        (tmp_path / f"index.{pos}").write_text("  1 empty\n", encoding="utf-8")
    assert wordnet_common_words.common_words(tmp_path) == {"fox", "smith"}


def test_the_shipped_list_has_common_words_and_no_named_instances() -> None:
    words = common_words()
    assert {"speech", "floor", "butter"} <= words
    assert not {"lincoln", "paris"} & words


def test_inflected_words_are_reduced_by_wordnet_detachment_rules() -> None:
    assert is_common_word("Loopholes") and is_common_word("Studies")
    assert is_common_word("Promised") and is_common_word("Closing")
    assert not is_common_word("Vanei")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_a_listed_word_is_common_in_any_case(word: str) -> None:
    if word in common_words():
        assert is_common_word(word.capitalize()) and is_common_word(word.upper())


def test_a_name_of_common_words_unless_a_given_name_or_frequent_surname_is_in_it() -> None:
    tokenizer = spacy.blank("en")
    cues = load_cues()

    def only_common(text: str) -> bool:
        return common_words_only(tokenizer(text)[:], cues)

    assert only_common("Closing Remarks") and only_common("Harvest Plan")
    assert not only_common("Tiger Woods")  # a frequent census surname last
    assert not only_common("Rose Hill")  # a census given name first
    assert not only_common("Lusa Vanei") and not only_common("Remarks")


def test_frequent_surnames_are_the_first_ten_thousand_of_the_census_list() -> None:
    from annotate.people.words import FREQUENT_SURNAMES, frequent_surnames
    from annotate.resources import read_table

    ranked = [row["name"].lower() for row in read_table("surnames.tsv")]
    assert frequent_surnames() == frozenset(ranked[:FREQUENT_SURNAMES])
    assert len(ranked) > FREQUENT_SURNAMES and ranked[FREQUENT_SURNAMES] not in frequent_surnames()
    assert {"smith", "johnson"} <= frequent_surnames()


def test_a_comparative_reading_is_left_out_on_request() -> None:
    # WordNet's "-er" and "-est" rules are for adjectives; "blitz" is a noun and a verb.
    assert is_common_word("Blitzer")
    assert not is_common_word("Blitzer", comparatives=False)
    assert is_common_word("Remarks", comparatives=False)


@pytest.mark.parametrize(("text", "mentions"), [
    ("CNN anchor Wolf Blitzer pressed the senator on the vote Sunday.", ["Wolf Blitzer"]),
])
def test_a_person_named_with_a_surname_in_er_is_kept(annotate, text: str,
                                                      mentions: list[str]) -> None:
    record = annotate(text)
    assert [m["text"] for p in record["people"] for m in p["mentions"]] == mentions


@pytest.mark.parametrize("text", [
    "The Wolf Pack won its third straight game Saturday.",
    "Visitors crowded the Grand Canyon over the holiday weekend.",
    "Closing Remarks\nThe board adjourned at noon.",
])
def test_things_of_common_words_stay_no_person(annotate, text: str) -> None:
    assert annotate(text)["people"] == []
