"""The lexicon rows derived from WordNet synonym families (models/tools/wordnet_synonyms.py)
and how the lexicon reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from annotate.actions.lexicon import load_lexicon

from ..conftest import load_tool

Annotate = Callable[..., dict[str, Any]]

wordnet_synonyms = load_tool("wordnet_synonyms")

# A tiny made-up database in WordNet's format: "rebuke" has one sense, shared with "chide"
# (whose first sense it is too) and "tell" (whose first sense is another: saying).
INDEX = """\
  1 This is a made-up index for a test.
chide v 1 1 @ 1 0 00000010  
rebuke v 1 1 @ 1 0 00000010  
tell v 2 1 @ 2 0 00000020 00000010  
help v 1 1 @ 1 0 00000010  
"""
DATA = """\
  1 This is a made-up data file for a test.
00000010 32 v 04 rebuke 0 chide 0 tell 0 help 0 000 | criticise sharply
00000020 32 v 01 tell 0 000 | say
"""


def derive(tmp_path: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    (tmp_path / "index.verb").write_text(INDEX, encoding="utf-8")
    (tmp_path / "data.verb").write_text(DATA, encoding="utf-8")
    return wordnet_synonyms.derive(tmp_path, rows)


def row(lemma: str, obj: str = "", particle: str = "") -> dict[str, str]:
    return {"lemma": lemma, "pos": "VERB", "particle": particle, "object": obj,
            "plover": "ACCUSE", "mode": "disapprove", "cameo": "111", "future_cameo": "111",
            "note": ""}


def test_a_synonym_whose_first_sense_is_the_verbs_gets_its_codes(tmp_path: Path) -> None:
    (derived,) = derive(tmp_path, [row("rebuke")])
    assert (derived["lemma"], derived["cameo"], derived["plover"]) == ("chide", "111", "ACCUSE")
    assert "rebuke" in derived["note"]


def test_other_first_senses_rejected_words_and_constrained_rows_give_nothing(
        tmp_path: Path) -> None:
    # "tell" is mostly "say"; "help" was rejected on review; a row with an object
    # constraint does not carry its event in the verb alone
    assert [r["lemma"] for r in derive(tmp_path, [row("rebuke")])] == ["chide"]
    assert derive(tmp_path, [row("rebuke", obj="official")]) == []
    assert derive(tmp_path, [row("rebuke"), row("chide")]) == []  # already listed


def test_the_curated_lexicon_wins_and_the_derived_rows_are_read() -> None:
    lexicon = load_lexicon()
    assert lexicon.select("waylay", "VERB", set(), set()) is not None
    bare = load_lexicon(supplements=())
    assert bare.select("waylay", "VERB", set(), set()) is None
    # a word both files could name keeps its curated row
    assert lexicon.select("condemn", "VERB", set(), set()) == bare.select("condemn", "VERB",
                                                                            set(), set())


def test_derived_verbs_in_sentences(annotate: Annotate) -> None:
    record = annotate("Gunmen waylaid a police convoy near the border on Sunday.")
    assert [(a["trigger"], a["plover"]) for a in record["actions"]] == [("waylaid", "ASSAULT")]
    assert annotate("The court exonerated the former mayor.")["actions"][0]["plover"] == "CONCEDE"


# Phrasal verbs: "tear_down" and "take_down" share the first sense of "raze"; "pull_down" and
# "chew_up" were rejected on review; "tell_off" has another first sense.
PHRASAL_INDEX = """\
  1 This is a made-up index for a test.
raze v 1 1 @ 1 0 00000030  
tear_down v 1 1 @ 1 0 00000030  
take_down v 2 1 @ 2 0 00000040 00000030  
pull_down v 1 1 @ 1 0 00000030  
chew_up v 1 1 @ 1 0 00000030  
tell_off v 2 1 @ 2 0 00000040 00000030  
"""
PHRASAL_DATA = """\
  1 This is a made-up data file for a test.
00000030 35 v 06 raze 0 tear_down 0 take_down 0 pull_down 0 chew_up 0 tell_off 0 000 | destroy
00000040 32 v 02 take_down 0 tell_off 0 000 | write down
"""


def test_a_phrasal_verb_whose_first_sense_holds_a_lexicon_verb_gets_its_codes(
        tmp_path: Path) -> None:
    (tmp_path / "index.verb").write_text(PHRASAL_INDEX, encoding="utf-8")
    (tmp_path / "data.verb").write_text(PHRASAL_DATA, encoding="utf-8")
    raze = {**row("raze"), "plover": "ASSAULT", "mode": "destroy", "cameo": "1712"}
    derived = wordnet_synonyms.derive_phrasal(tmp_path, [raze])
    assert [(r["lemma"], r["particle"], r["cameo"], r["plover"]) for r in derived] == [
        ("tear", "down", "1712", "ASSAULT")]
    assert "raze" in derived[0]["note"]
    # a verb the curated file lists gets no supplement row: the lexicon would not read it
    assert wordnet_synonyms.derive_phrasal(tmp_path, [raze, row("tear", obj="house")]) == []


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Israeli forces tore down three Palestinian homes in Hebron.", "tore", "1712"),
    ("Negotiators hashed out a deal in Doha on Sunday.", "hashed", "040"),
    ("Iran turned down the European offer on Monday.", "turned", "120"),
    ("Hamas turned down an invitation to the talks in Cairo.", "turned", "125"),
])
def test_phrasal_verbs_in_sentences(annotate: Annotate, sentence: str, trigger: str,
                                    cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"] if a["trigger"] == trigger] == [
        cameo]


@pytest.mark.parametrize("sentence", [
    "The mayor turned down the volume at the concert.",
    "The band turned down the heat in the studio.",
])
def test_turning_down_a_thing_is_no_refusal(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []
