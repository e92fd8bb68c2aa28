"""The people layer on sports, results and business copy: one error class of issue 13 per test,
on short original sentences."""

from typing import Any, Callable

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.people.rows import split_at_versus

Annotate = Callable[..., dict[str, Any]]


def people_by_name(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {person["name"]: person for person in record["people"]}


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


RESULTS_TABLE = """Ruiz leads by three at Valderrama

SOTOGRANDE, Spain (AP) — Leading scores after the third round:

Ana Ruiz (Spain) 68 70 69 -- 207
Tom Hale (GBR) 70 70 70 -- 210
Kenji Sato (Japan) 71 70 70 -- 211
"""


def test_results_table_rows_are_people_with_their_countries(annotate: Annotate) -> None:
    names = people_by_name(annotate(RESULTS_TABLE))
    assert {name: names[name]["affiliation"] for name in ("Ana Ruiz", "Tom Hale", "Kenji Sato")} \
        == {"Ana Ruiz": "ESP", "Tom Hale": "GBR", "Kenji Sato": "JPN"}
    assert "Ruiz" in [m["text"] for m in names["Ana Ruiz"]["mentions"]]  # the headline


def test_ranked_list_with_times(annotate: Annotate) -> None:
    record = annotate("Women's 800 meters: 1. Mia Okafor (Nigeria) 1:58.42; "
                      "2. Sara Lind (SWE) 1:59.10; 3. Eva Brandt (Austria) 1:59.87.")
    names = people_by_name(record)
    assert {"Mia Okafor", "Sara Lind", "Eva Brandt"} <= set(names)
    assert names["Mia Okafor"]["affiliation"] == "NGA"
    assert names["Sara Lind"]["affiliation"] == "SWE"
    assert not any(text[:1].isdigit() for text in mention_texts(record))


def test_bracketed_place_in_prose_is_not_a_table_row(annotate: Annotate) -> None:
    record = annotate("The plant in Springfield (Illinois) will close next year, the company said.")
    assert "Springfield" not in mention_texts(record)


def test_all_caps_headline_names_the_people_of_the_story(annotate: Annotate) -> None:
    record = annotate("KENJI SATO STUNS HALE IN TOKYO FINAL\n\n"
                      "TOKYO (AP) — Kenji Sato of Japan beat Tom Hale of Britain 6-4, 6-3 on "
                      "Sunday. Sato, 24, said he had played his best tennis.")
    names = people_by_name(record)
    assert [m["text"] for m in names["Kenji Sato"]["mentions"]] == ["KENJI SATO", "Kenji Sato", "Sato"]
    assert [m["text"] for m in names["Tom Hale"]["mentions"]] == ["HALE", "Tom Hale"]
    assert names["Kenji Sato"]["affiliation"] == "JPN"  # "of Japan", one for all mentions


def test_club_in_a_scoreline_is_not_a_person(annotate: Annotate) -> None:
    record = annotate("Results on Saturday: Stanley Wood 3, Hale Town 0; Aston Villa 2, Everton 1.")
    assert record["people"] == []


def test_club_words_make_a_club(annotate: Annotate) -> None:
    record = annotate("Ashford United signed striker Leo Marsh from Dunmore FC on Monday.")
    assert mention_texts(record) == ["Leo Marsh"]


def test_ranks_and_positions_stay_out_of_the_name(annotate: Annotate) -> None:
    record = annotate("Midfielder Jonas Weber scored twice and goalkeeper Tom Price saved a "
                      "penalty. Col. Paul Mercer and Maj. Gen. Rita Olsen watched.")
    names = people_by_name(record)
    assert {"Jonas Weber", "Tom Price", "Paul Mercer", "Rita Olsen"} <= set(names)
    assert names["Jonas Weber"]["title"] == "Midfielder"
    assert names["Paul Mercer"]["title"] == "Col."


def test_versus_joins_two_names(annotate: Annotate) -> None:
    record = annotate("Kenji Sato beat Tom Hale on Sunday. Sato vs. Hale is set again for June.")
    assert sorted(mention_texts(record)) == ["Hale", "Kenji Sato", "Sato", "Tom Hale"]


def test_versus_splits_a_span_in_two() -> None:
    doc = spacy.blank("en")("Sato vs. Hale and Lund v. Berg")
    assert [s.text for s in split_at_versus(doc[0:3])] == ["Sato", "Hale"]
    assert [s.text for s in split_at_versus(doc[4:7])] == ["Lund", "Berg"]
    assert [s.text for s in split_at_versus(doc[0:1])] == ["Sato"]


def test_postnominal_letters_and_brackets_are_not_the_name(annotate: Annotate) -> None:
    record = annotate("Dame Zara Holm DBE opened the gallery. Earlier, [Peter] Lund and "
                      "the late Ian Kerr FRS had led it.")
    texts = mention_texts(record)
    assert "Zara Holm" in texts and "Ian Kerr" in texts
    assert not any("DBE" in t or "FRS" in t or "]" in t for t in texts)


def test_story_describes_a_person_the_model_misses(annotate: Annotate) -> None:
    record = annotate("Marit Ulvang (born May 2, 1961) is a Norwegian geologist. Ulvang studied "
                      "in Bergen. Her daughter, Sunniva, is a pilot.")
    texts = mention_texts(record)
    assert "Marit Ulvang" in texts and "Ulvang" in texts and "Sunniva" in texts


def test_place_named_again_and_again_is_not_a_person(annotate: Annotate) -> None:
    record = annotate("Trains to Hadley leave hourly. Hadley has two hotels. In Hadley, the "
                      "market opens on Sunday.")
    assert "Hadley" not in mention_texts(record)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(["Ana Ruiz", "TOM HALE", "Li", "de Vries", "9"]),
                               st.sampled_from(["(Spain)", "(GBR)", "(XX)", "(", ")", ""]),
                               st.sampled_from(["68 70", "1:58.4", "6-3", "2,", "", "vs."])),
                     max_size=6))
def test_any_rows_give_exact_offsets(annotate: Annotate, rows: list[tuple[str, str, str]]) -> None:
    text = "\n".join(" ".join(parts) for parts in rows)
    record = annotate(text)
    for person in record["people"]:
        for m in person["mentions"]:
            assert record["text"][m["start"]:m["end"]] == m["text"]
            assert m["text"] == m["text"].strip() and "\n" not in m["text"]


def test_names_coordinated_with_a_person_are_people(annotate: Annotate) -> None:
    record = annotate("Coach Ines Varga named Lotta Brenner, Ilse Marrow and Fenna Okoye "
                      "to the team on Monday.")
    texts = mention_texts(record)
    assert {"Ines Varga", "Lotta Brenner", "Ilse Marrow", "Fenna Okoye"} <= set(texts)


def test_places_coordinated_with_a_person_stay_places(annotate: Annotate) -> None:
    record = annotate("Coach Ines Varga, Lotta Brenner and La Paz Grande met in Lisbon.")
    texts = mention_texts(record)
    assert "Lotta Brenner" in texts and not any("Paz" in text for text in texts)


def test_ioc_codes_in_a_ranked_list_give_iso_countries(annotate: Annotate) -> None:
    record = annotate("Men's 1,500 meters: 1. Jonas Weber (GER) 3:34.12; 2. Pieter Smit (NED) "
                      "3:34.80; 3. Luca Meier (SUI) 3:35.01; 4. Ana Ruiz (ESP) 3:36.20.")
    names = people_by_name(record)
    assert {name: names[name]["affiliation"] for name in names} == {
        "Jonas Weber": "DEU", "Pieter Smit": "NLD", "Luca Meier": "CHE", "Ana Ruiz": "ESP"}


def test_ioc_table_maps_to_iso_codes_and_never_shadows_one() -> None:
    import pycountry

    from annotate.people.rows import ioc_codes

    iso = {country.alpha_3 for country in pycountry.countries} | {"XKX"}
    table = ioc_codes()
    assert table["GER"] == "DEU" and table["RSA"] == "ZAF"
    assert set(table.values()) <= iso
    assert not set(table) & iso  # a code that is some country's ISO code is read as ISO


def test_an_official_without_a_country_serves_the_dateline_country(annotate: Annotate) -> None:
    record = annotate("WASHINGTON (AP) — Secretary of State Margaret Hale said Monday that talks "
                      "with Russian Foreign Minister Dmitry Orlov would resume next week. "
                      "Spokesman Ned Price gave no date.")
    names = people_by_name(record)
    assert names["Margaret Hale"]["affiliation"] == "USA"
    assert names["Dmitry Orlov"]["affiliation"] == "RUS"  # a country stated wins
    assert names["Ned Price"]["affiliation"] is None  # a spokesman holds no office of state


def test_an_official_in_a_story_datelined_in_a_standalone_us_city_is_american(
        annotate: Annotate) -> None:
    record = annotate("ATLANTA (AP) — Gov. Dana Whitfield signed the bill on Thursday, two days "
                      "after the state Senate approved it.")
    assert people_by_name(record)["Dana Whitfield"]["affiliation"] == "USA"


def test_an_official_in_a_story_datelined_in_a_us_state_is_american(annotate: Annotate) -> None:
    record = annotate("SAVANNAH, Ga. (AP) — Mayor Dana Whitfield said Tuesday the city would "
                      "open two cooling centers.")
    assert people_by_name(record)["Dana Whitfield"]["affiliation"] == "USA"


def test_an_official_in_an_undated_story_gets_no_country(annotate: Annotate) -> None:
    record = annotate("Secretary of State Margaret Hale said Monday that talks would resume.")
    assert people_by_name(record)["Margaret Hale"]["affiliation"] is None


def test_a_party_and_state_designation_is_american(annotate: Annotate) -> None:
    record = annotate("WARSAW, Poland (AP) — Foreign Minister Tomasz Wierzbicki met Sen. Robert "
                      "Caldwell, R-Ohio, on Monday.")
    assert people_by_name(record)["Robert Caldwell"]["affiliation"] == "USA"


def test_a_foreign_dateline_gives_an_unqualified_official_no_country(annotate: Annotate) -> None:
    # U.S. copy abroad still writes "President X" for the American president.
    record = annotate("GENEVA (AP) — President Thomas Whitfield met Russian President Dmitry "
                      "Orlov on Monday.")
    names = people_by_name(record)
    assert names["Thomas Whitfield"]["affiliation"] is None
    assert names["Dmitry Orlov"]["affiliation"] == "RUS"


LINEUP = """LONDON (AP) — Ashford beat Dunmore 2-1 on Saturday.

Ashford: Okafor; Brandt, Silva (Mensah 75), Keller, Lund; Ruiz, Hale; Sato, Reyes-Aquino.
Dunmore: Vance; Ellis, Ward, Moreau; Quinn (Baptiste 60), Novak; Ortiz.
"""


def test_lineup_players_are_people_and_the_team_is_not(annotate: Annotate) -> None:
    texts = mention_texts(annotate(LINEUP))
    assert {"Okafor", "Brandt", "Silva", "Mensah", "Keller", "Lund", "Ruiz", "Hale", "Sato",
            "Reyes-Aquino", "Vance", "Ellis", "Ward", "Moreau", "Quinn", "Baptiste", "Novak",
            "Ortiz"} <= set(texts)
    assert "Ashford" not in texts and "Dunmore" not in texts


def test_a_short_list_after_a_colon_is_no_lineup() -> None:
    from annotate.people.cues import load_cues
    from annotate.people.lineups import lineups

    doc = spacy.blank("en")("Guests: Ruiz, Hale, Sato.")
    assert lineups(doc, load_cues()) == ([], set())


@settings(max_examples=40, deadline=None)
@given(players=st.lists(st.sampled_from(["Okafor", "Brandt", "Van Dijk", "Reyes-Aquino", "Li",
                                         "Silva (Mensah 75)"]), min_size=5, max_size=11),
       separators=st.lists(st.sampled_from([", ", "; "]), min_size=10, max_size=10))
def test_every_player_of_a_lineup_is_found_at_its_offsets(players: list[str],
                                                          separators: list[str]) -> None:
    from annotate.people.cues import load_cues
    from annotate.people.lineups import lineups

    text = "Ashford: " + "".join(p + separators[i] for i, p in enumerate(players[:-1])) \
        + players[-1] + "."
    doc = spacy.blank("en")(text)
    found, teams = lineups(doc, load_cues())
    expected = [name for p in players for name in
                (p.replace(")", "").replace(" 75", "").split(" (") if "(" in p else [p])]
    assert [span.text for span in found] == expected
    assert all(text[span.start_char:span.end_char] == span.text for span in found)
    assert teams == {"Ashford"}

