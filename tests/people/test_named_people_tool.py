"""models/tools/wordnet_named_people.py on a tiny made-up WordNet: which one-word names of
person instances are kept (only those WordNet lists as nothing but people)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_tool

wordnet_named_people = load_tool("wordnet_named_people")

# person.n.01 (00007846) has the hyponym philosopher (00000030). Two made-up philosophers are
# instances of it: "Quintus Varro" and "Orlen". "Orlen" is also a made-up town (00000060).
INDEX_NOUN = """\
  1 This is a made-up index for a test.
person n 1 1 ~ 1 0 00007846  
philosopher n 1 1 @ 1 0 00000030  
varro n 1 1 @ 1 0 00000040  
orlen n 2 1 @ 2 0 00000050 00000060  
town n 1 1 ~ 1 0 00000070  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
00007846 03 n 01 person 0 001 ~ 00000030 n 0000 | a human being
00000030 18 n 01 philosopher 0 003 @ 00007846 n 0000 ~i 00000040 n 0000 ~i 00000050 n 0000 | a thinker
00000040 18 n 02 Quintus_Varro 0 Varro 0 001 @i 00000030 n 0000 | a made-up philosopher
00000050 18 n 01 Orlen 0 001 @i 00000030 n 0000 | another made-up philosopher
00000060 15 n 01 Orlen 0 001 @i 00000070 n 0000 | a made-up town
00000070 15 n 01 town 0 001 ~i 00000060 n 0000 | a settlement
"""


def test_a_name_that_is_also_a_place_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    assert wordnet_named_people.derive(tmp_path) == [("Varro", "00000040")]
