"""models/tools/wordnet_name_compounds.py on a tiny made-up WordNet and census: which compound
nouns of census names are kept (those with no sense that is a person)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_tool

wordnet_name_compounds = load_tool("wordnet_name_compounds")

# person.n.01 (00007846) has the hyponym mayor (00000030), of which "Orla Brand" is a made-up
# instance. "brand_house" is a made-up building and "brand_tower" a made-up kind of mayor.
INDEX_NOUN = """\
  1 This is a made-up index for a test.
person n 1 1 ~ 1 0 00007846  
mayor n 1 1 @ 1 0 00000030  
orla_brand n 1 1 @ 1 0 00000040  
brand_house n 1 1 @ 1 0 00000050  
brand_tower n 1 1 @ 1 0 00000060  
keel_house n 1 1 @ 1 0 00000070  
"""
DATA_NOUN = """\
  1 This is a made-up data file for a test.
00007846 03 n 01 person 0 001 ~ 00000030 n 0000 | a human being
00000030 18 n 01 mayor 0 003 @ 00007846 n 0000 ~i 00000040 n 0000 ~ 00000060 n 0000 | an official
00000040 18 n 01 Orla_Brand 0 001 @i 00000030 n 0000 | a made-up mayor
00000050 06 n 01 Brand_House 0 000 | a made-up building
00000060 18 n 01 brand_tower 0 001 @ 00000030 n 0000 | a made-up kind of mayor
00000070 06 n 01 keel_house 0 000 | a made-up shed
"""
GIVEN = "# made up\nname\tsex\tpercent\trank\nOrla\tF\t0.010\t900\n"
SURNAMES = "# made up\nname\trank\nBrand\t10\nHouse\t20\nTower\t30\n"


def test_compounds_of_census_names_that_name_no_person_are_kept(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "given_names.tsv").write_text(GIVEN, encoding="utf-8")
    (tmp_path / "surnames.tsv").write_text(SURNAMES, encoding="utf-8")
    names = wordnet_name_compounds.census_names(tmp_path)
    assert names == {"orla", "brand", "house", "tower"}
    # "orla brand" is a person, "brand tower" a kind of person, "keel" no census name.
    assert wordnet_name_compounds.derive(tmp_path, names) == ["brand house"]
