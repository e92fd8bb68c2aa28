"""models/tools/wordnet_eponym_compounds.py on a tiny made-up WordNet: which compounds are kept
(two words, the first a word of an instance of a person, the compound no person, group, act or
event)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_tool

wordnet_eponym_compounds = load_tool("wordnet_eponym_compounds")

# person.n.01 (00007846) has the instance Orlen (00000020, a made-up physicist); "Orlen effect"
# is a phenomenon (file 19), "Orlen administration" a group (file 14), "Pell effect" names no
# person WordNet knows, and "Orlen Day" has no lower-case second word.
DATA_NOUN = """\
  1 This is a made-up data file for a test.
00007846 03 n 01 person 0 001 ~i 00000020 n 0000 | a human being
00000020 18 n 01 Orlen 0 001 @i 00007846 n 0000 | a made-up physicist
00000030 19 n 01 Orlen_effect 0 000 | a made-up effect
00000040 14 n 01 Orlen_administration 0 000 | a made-up group
00000050 19 n 01 Pell_effect 0 000 | a made-up effect
00000060 28 n 01 Orlen_Day 0 000 | a made-up day
"""


def test_compounds_of_a_persons_name_that_are_no_group_are_kept(tmp_path: Path) -> None:
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    assert wordnet_eponym_compounds.derive(tmp_path) == [("orlen", "effect")]
