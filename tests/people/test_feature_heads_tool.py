"""models/tools/wordnet_feature_heads.py on a tiny made-up WordNet: which nouns are kept (one
lower-case word whose first sense is a structure, no person or degree, no plural, no adjective,
no frequent census name)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_tool

wordnet_feature_heads = load_tool("wordnet_feature_heads")

# structure.n.01 (04341686) has the hyponyms dam (00000030, first sense of "dam", "steps",
# "hale" and "hq") and keep (00000040, also an adjective); "orlen" is a structure in its second
# sense only; academic_degree.n.01 (06697331) is under award.n.02 (06696483) and holds "phd".
INDEX_NOUN = """\
  1 This is a made-up index for a test.
structure n 1 1 ~ 1 0 04341686  
dam n 1 1 @ 1 0 00000030  
steps n 1 1 @ 1 0 00000030  
hale n 1 1 @ 1 0 00000030  
hq n 1 1 @ 1 0 00000030  
keep n 1 1 @ 1 0 00000040  
orlen n 2 1 @ 2 0 00000050 00000030  
award n 1 1 ~ 1 0 06696483  
phd n 1 1 @ 1 0 06697331  
"""
INDEX_ADJ = """\
  1 This is a made-up index for a test.
keep a 1 0 1 0 00000060  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
04341686 06 n 01 structure 0 002 ~ 00000030 n 0000 ~ 00000040 n 0000 | a made-up structure
00000030 06 n 04 dam 0 steps 0 hale 0 hq 0 001 @ 04341686 n 0000 | a made-up barrier
00000040 06 n 01 keep 0 001 @ 04341686 n 0000 | a made-up tower
00000050 06 n 01 orlen 0 000 | a made-up tool
06696483 04 n 01 award 0 001 ~ 06697331 n 0000 | a made-up award
06697331 04 n 01 phd 0 001 @ 06696483 n 0000 | a made-up degree
"""


def test_structure_nouns_less_plurals_adjectives_degrees_and_names_are_kept(
        tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "index.adj").write_text(INDEX_ADJ, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    assert wordnet_feature_heads.derive(tmp_path, {"hale"}) == [
        ("award", "06696483"), ("dam", "00000030"), ("structure", "04341686")]


def test_the_census_names_hold_given_names_and_frequent_surnames(tmp_path: Path) -> None:
    (tmp_path / "given_names.tsv").write_text("# made up\nname\tsex\nMarina\tF\n",
                                              encoding="utf-8")
    (tmp_path / "surnames.tsv").write_text("name\trank\nHall\t1\nTomb\t2\n", encoding="utf-8")
    assert wordnet_feature_heads.census_names(tmp_path, limit=1) == {"marina", "hall"}
