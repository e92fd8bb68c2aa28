"""Harm nobody does (annotate/actions/mishaps.py, models/mishaps.tsv): violence verbs whose doer
is weather, a natural force, an accident, a fire or an illness give no action; the same verbs
with people as doers stay assaults. Wounding and injuring people is violence when a party does
it (the `harm:people` rows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from annotate.actions.mishaps import MISHAPS

from ..conftest import coded, load_tool

Annotate = Callable[..., dict[str, Any]]

wordnet_mishaps = load_tool("wordnet_mishaps")

# A made-up database in WordNet's format, with the real offsets of two roots (weather
# 11425580, accident 07314427): "storm" is weather by its first sense, "crash" an accident by
# its second, "landslide" only by its third, "clang" is a noise.
INDEX_NOUN = """\
  1 This is a made-up index for a test.
storm n 1 1 @ 1 0 00000010  
crash n 2 1 @ 2 0 00000030 00000020  
landslide n 3 1 @ 3 0 00000040 00000041 00000021  
clang n 1 1 @ 1 0 00000030  
gale n 1 1 @ 1 0 00000011  
heat_wave n 1 1 @ 1 0 00000010  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
11425580 19 n 01 atmospheric_phenomenon 0 002 ~ 00000010 n 0000 ~ 00000011 n 0000 | weather
07314427 11 n 01 mishap 0 002 ~ 00000020 n 0000 ~ 00000021 n 0000 | a misfortune
00000010 19 n 01 storm 0 001 @ 11425580 n 0000 | a storm
00000011 19 n 01 gale 0 001 @ 11425580 n 0000 | a wind
00000020 11 n 01 crash 0 001 @ 07314427 n 0000 | an accident
00000021 11 n 01 landslide 0 001 @ 07314427 n 0000 | a slide
00000030 11 n 01 clang 0 000 | a noise
00000040 11 n 01 landslide 0 000 | a victory
00000041 11 n 01 landslide 0 000 | a lot
"""


def test_the_script_takes_the_two_most_frequent_senses(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    rows = wordnet_mishaps.derive(tmp_path, left_out={"gale"})
    assert rows == [("crash", "accident", "00000020"), ("storm", "weather", "00000010")]


def test_the_script_without_a_wordnet_folder_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert wordnet_mishaps.main(["wordnet_mishaps.py", str(tmp_path)]) == 2
    assert "usage" in capsys.readouterr().err


def test_the_shipped_list_has_the_classes_and_none_of_the_lexicon_words() -> None:
    assert {"storm", "earthquake", "crash", "virus", "flood", "avalanche"} <= MISHAPS
    # an armed act is never removed: the lexicon's nouns and object words, the domestic groups
    # ("force") and nouns of people are not mishaps
    assert not MISHAPS & wordnet_mishaps.lexicon_words()
    assert not {"fire", "explosion", "blast", "force", "attack", "strike"} & MISHAPS


@pytest.mark.parametrize("text", [
    "A strong earthquake struck central Chile on Monday.",
    "Heavy rains pounded the coast of Ecuador for a third day.",
    "Lightning struck a church in rural Ohio.",
    "The virus has killed 40 people in Brazil since March.",
    "A bus crash killed 12 tourists in southern Egypt.",
    "Two people were killed in a car crash on Monday.",
    "The storm swept the Gulf Coast, killing 12 people.",
    "Four hikers were killed by an avalanche in the Alps.",
    "A storm injured 12 people in Texas.",
    "The striker injured his knee in the first half.",
    "Two soldiers were wounded in the attack.",  # the attack is the event, not the wounds
])
def test_harm_nobody_does_is_no_assault(annotate: Annotate, text: str) -> None:
    assert [a for a in coded(annotate(text)) if a[2] == "ASSAULT" and a[0] != "attack"] == []


@pytest.mark.parametrize("text, expected", [
    ("Rebels killed 12 soldiers in an ambush in northern Mali.", ("killed", "190")),
    ("Israeli troops killed two Palestinians during clashes in Gaza.", ("killed", "190")),
    ("Militants struck a police post in Kabul on Sunday.", ("struck", "190")),
    ("Kenyan police wounded four protesters in Nairobi.", ("wounded", "190")),
    ("Israeli troops injured 30 Palestinians at the border fence.", ("injured", "190")),
    ("Two soldiers were wounded by a Taliban sniper.", ("wounded", "190")),
])
def test_violence_people_do_stays_an_assault(annotate: Annotate, text: str,
                                             expected: tuple[str, str]) -> None:
    assert expected in [(a[0], a[1]) for a in coded(annotate(text)) if a[2] == "ASSAULT"]


def test_wounding_names_both_sides(annotate: Annotate) -> None:
    assert ("wounded", "190", "ASSAULT", "KEN", "KEN", "asserted", False) in coded(
        annotate("Kenyan police wounded four Kenyan protesters in Nairobi."))
