"""models/tools/wordnet_person_nouns.py on a tiny made-up WordNet: which person nouns are
marked proper (the names of peoples and followers, which are no titles before a name)."""

from __future__ import annotations

from pathlib import Path

from annotate.people.cues import load_cues

from ..conftest import load_tool

wordnet_person_nouns = load_tool("wordnet_person_nouns")

# person.n.01 (00007846) has two hyponyms: ruler.n.01 (10541229) and a made-up "nomad"
# (00000030). "Pharaoh" is a ruler, "Hun" a nomad: WordNet writes both capitalised.
INDEX_NOUN = """\
  1 This is a made-up index for a test.
person n 1 1 ~ 1 0 00007846  
ruler n 1 1 ~ 1 0 10541229  
nomad n 1 1 ~ 1 0 00000030  
pharaoh n 1 1 @ 1 0 00000040  
hun n 1 1 @ 1 0 00000050  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
00007846 03 n 01 person 0 002 ~ 10541229 n 0000 ~ 00000030 n 0000 | a human being
10541229 18 n 01 ruler 0 002 @ 00007846 n 0000 ~ 00000040 n 0000 | a sovereign
00000030 18 n 01 nomad 0 002 @ 00007846 n 0000 ~ 00000050 n 0000 | a wanderer
00000040 18 n 01 Pharaoh 0 001 @ 10541229 n 0000 | a king of Egypt
00000050 18 n 01 Hun 0 001 @ 00000030 n 0000 | a member of a nomadic people
"""


def test_a_capitalised_people_is_proper_and_a_capitalised_ruler_is_not(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    rows = {lemma: proper for lemma, _synset, proper in wordnet_person_nouns.derive(tmp_path)}
    assert rows == {"person": "no", "ruler": "no", "nomad": "no", "pharaoh": "no", "hun": "yes"}


def test_the_shipped_list_marks_peoples_proper() -> None:
    cues = load_cues()
    assert {"hun", "miami", "lutheran"} <= cues.proper_person_nouns
    assert not {"abbot", "pharaoh", "czar", "geologist"} & cues.proper_person_nouns
    assert cues.proper_person_nouns <= cues.person_nouns
