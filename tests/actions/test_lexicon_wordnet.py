"""The lexicon rows derived from WordNet synonym families (models/tools/wordnet_synonyms.py)
and how the lexicon reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

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
