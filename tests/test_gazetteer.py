"""The shared country gazetteer: names, demonyms, capitals, institutions, organisations."""

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.resources import models_dir, read_table


@pytest.mark.parametrize(("alias", "code"), [
    ("Russia", "RUS"), ("Russian", "RUS"), ("Moscow", "RUS"), ("MOSCOW", "RUS"), ("Kremlin", "RUS"),
    ("the Kremlin", "RUS"), ("U.S.", "USA"), ("United States", "USA"), ("Pentagon", "USA"),
    ("Washington", "USA"), ("Ukraine", "UKR"), ("Ukrainian", "UKR"), ("Kyiv", "UKR"),
    ("France", "FRA"), ("French", "FRA"), ("Britain", "GBR"), ("NATO", "IGO"),
    ("European Union", "IGO"), ("Germany", "DEU"),
    # historical names map to the successor state, as CAMEO actor codes do
    ("Soviet", "RUS"), ("Yugoslavia", "SRB"), ("Yugoslav", "SRB"), ("European Community", "IGO"),
    ("Czechoslovakia", "CZE"), ("Kampuchea", "KHM"),
])
def test_lookup(alias: str, code: str) -> None:
    assert load_gazetteer().lookup(alias) == code


@pytest.mark.parametrize(("place", "code"), [
    ("MOSCOW", "RUS"), ("LYON, France", "FRA"), ("WASHINGTON", "USA"),
    # a U.S. state as AP writes it after a city: abbreviated, or one of the eight in full
    ("SAVANNAH, Ga.", "USA"), ("AUSTIN, Texas", "USA"), ("HONOLULU, Hawaii", "USA"),
    # "Georgia" written in full is the country: AP abbreviates the state
    ("TBILISI, Georgia", "GEO"), ("SMALLTOWN, Nowhere", None), ("SMALLTOWN", None),
    # the U.S. cities AP datelines name alone (models/us_dateline_cities.tsv)
    ("ATLANTA", "USA"), ("ST. LOUIS", "USA"), ("SALT LAKE CITY", "USA"),
])
def test_dateline_country(place: str, code: str | None) -> None:
    assert load_gazetteer().dateline_country(place) == code


def test_ordinary_words_are_not_countries() -> None:
    gazetteer = load_gazetteer()
    for word in ("turkey", "said", "the", "president", "china"):
        assert gazetteer.lookup(word) is None


def test_every_data_file_has_a_header_explaining_its_fields() -> None:
    for path in models_dir().glob("*.tsv"):
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert head[0].startswith("#"), f"{path.name} has no header"
        assert read_table(path.name), f"{path.name} has no rows"


@pytest.mark.parametrize(("alias", "code"), [
    ("Houthis", "YEM"), ("Fatah", "PSE"), ("Hayat Tahrir al-Sham", "SYR"),
    ("Rapid Support Forces", "SDN"), ("M23", "COD"), ("Wagner Group", "RUS"),
])
def test_current_armed_groups_have_their_country(alias: str, code: str) -> None:
    # groups newer than the generated file's 2013 source, curated in countries.tsv
    assert load_gazetteer().lookup(alias) == code


@pytest.mark.parametrize("name", ["Houston", "Cleveland", "Phoenix", "Dallas"])
def test_a_dateline_city_is_no_alias(name: str) -> None:
    # a surname or given name elsewhere in a story names no country
    assert load_gazetteer().lookup(name) is None
