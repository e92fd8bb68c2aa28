"""models/tools/wordnet_animal_nouns.py on a tiny made-up WordNet: which nouns are kept (one
lower-case word whose first sense is an animal and no person)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import load_tool

wordnet_animal_nouns = load_tool("wordnet_animal_nouns")

# animal.n.01 (00015388) has the hyponym ape (00000030), first sense of "ape" and of "grape";
# "orlen" names an ape in its second sense only, its first being a made-up tool (00000050).
INDEX_NOUN = """\
  1 This is a made-up index for a test.
animal n 1 1 ~ 1 0 00015388  
ape n 1 1 @ 1 0 00000030  
grape_ape n 1 1 @ 1 0 00000030  
orlen n 2 1 @ 2 0 00000050 00000030  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
00015388 03 n 01 animal 0 001 ~ 00000030 n 0000 | a living organism
00000030 05 n 03 ape 0 grape_ape 0 orlen 0 001 @ 00015388 n 0000 | a made-up primate
00000050 06 n 01 orlen 0 000 | a made-up tool
"""


def test_one_word_nouns_whose_first_sense_is_an_animal_are_kept(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    assert wordnet_animal_nouns.derive(tmp_path) == [("animal", "00015388"), ("ape", "00000030")]


def test_the_command_line_writes_the_table_and_counts_its_rows(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the command line every WordNet table tool shares (models/tools/wordnet_files.write_table)
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    assert wordnet_animal_nouns.main(["wordnet_animal_nouns.py", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(wordnet_animal_nouns.HEADER)
    assert out[len(wordnet_animal_nouns.HEADER):] == (
        "lemma\tsynset\nanimal\t00015388\nape\t00000030\n")
    assert err == "2 rows\n"


def test_the_command_line_without_a_wordnet_folder_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert wordnet_animal_nouns.main(["wordnet_animal_nouns.py", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: wordnet_animal_nouns.py WORDNET_DICT_DIR")
