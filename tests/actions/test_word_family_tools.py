"""models/tools/wordnet_sport_nouns.py, wordnet_body_nouns.py and wordnet_work_nouns.py on a tiny
made-up WordNet: which nouns are kept (one lower-case word with a sense under a class, and not
left out)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_tool

wordnet_sport_nouns = load_tool("wordnet_sport_nouns")

# game_equipment (03414162) has the hyponym orb (00000030), first sense of "orb" and second of
# "pellet" (a made-up shooting, 00000050, first); athlete (09820263) has the hyponym "kicker".
INDEX_NOUN = """\
  1 This is a made-up index for a test.
game_equipment n 1 1 ~ 1 0 03414162  
orb n 1 1 @ 1 0 00000030  
pellet n 2 1 @ 2 0 00000050 00000030  
athlete n 1 1 ~ 1 0 09820263  
kicker n 1 1 @ 1 0 00000070  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
03414162 06 n 01 game_equipment 0 001 ~ 00000030 n 0000 | equipment of a game
00000030 06 n 02 orb 0 pellet 0 001 @ 03414162 n 0000 | a made-up ball
00000050 04 n 01 pellet 0 000 | a made-up shooting
09820263 18 n 01 athlete 0 001 ~ 00000070 n 0000 | a made-up athlete
00000070 18 n 01 kicker 0 001 @ 09820263 n 0000 | a made-up kicker
"""


def test_nouns_whose_first_sense_is_of_a_game_are_kept(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    # "game_equipment" is no single word, "athlete" is left out, "pellet" is a shooting first
    assert wordnet_sport_nouns.derive(tmp_path, {"athlete"}) == [
        ("kicker", "player", "00000070"), ("orb", "equipment", "00000030")]


def test_the_lexicon_words_and_the_reviewed_words_are_left_out() -> None:
    left_out = wordnet_sport_nouns.lexicon_words() | wordnet_sport_nouns.LEFT_OUT
    assert {"striker", "shooter", "fighter"} <= left_out  # a labour striker, a gunman, a combatant
    assert "goalkeeper" not in left_out  # named only by a no-event row (fines of sports bodies)


def test_the_body_table_keeps_cells_by_their_second_sense(tmp_path: Path) -> None:
    # models/tools/wordnet_body_nouns.py: a part of a body by its first sense, a cell by one of
    # its two first senses ("cell" is a small room first)
    wordnet_body_nouns = load_tool("wordnet_body_nouns")
    (tmp_path / "index.noun").write_text(
        "  1 A made-up index for a test.\n"
        "liver n 1 1 @ 1 0 05220461  \n"
        "cell n 2 1 @ 2 0 00000090 00006484  \n"
        "wing n 2 1 @ 2 0 00000090 05220461  \n", encoding="utf-8")
    (tmp_path / "data.noun").write_text(
        "  1 A made-up data file for a test.\n"
        "05220461 08 n 02 body_part 0 liver 0 000 | a made-up part\n"
        "00006484 08 n 01 cell 0 000 | a made-up unit of an organism\n"
        "00000090 06 n 02 cell 0 wing 0 000 | a made-up room\n", encoding="utf-8")
    assert wordnet_body_nouns.derive(tmp_path, set()) == [
        ("cell", "cell", "00006484"), ("liver", "part", "05220461")]


def test_the_work_table_keeps_works_by_their_first_sense(tmp_path: Path) -> None:
    # models/tools/wordnet_work_nouns.py: a film by its first sense, not "reel" (a made-up
    # spool first), and not the reviewed "rendition"
    wordnet_work_nouns = load_tool("wordnet_work_nouns")
    (tmp_path / "index.noun").write_text(
        "  1 A made-up index for a test.\n"
        "film n 1 1 @ 1 0 06619065  \n"
        "reel n 2 1 @ 2 0 00000090 06619065  \n"
        "rendition n 1 1 @ 1 0 06619065  \n", encoding="utf-8")
    (tmp_path / "data.noun").write_text(
        "  1 A made-up data file for a test.\n"
        "06619065 10 n 03 film 0 reel 0 rendition 0 000 | a made-up show\n"
        "00000090 06 n 01 reel 0 000 | a made-up spool\n", encoding="utf-8")
    assert wordnet_work_nouns.derive(tmp_path, set(wordnet_work_nouns.LEFT_OUT)) == [
        ("film", "show", "06619065")]
