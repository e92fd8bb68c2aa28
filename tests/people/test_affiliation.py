"""A person's country where the story implies it, on short original sentences: the dateline
of a capital, a to- or of-phrase after a title, a nationality before a person noun."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def affiliation(record: dict[str, Any], name: str) -> str | None:
    return next(p["affiliation"] for p in record["people"] if p["name"] == name)


# An official of the state whose capital datelines the story.

@pytest.mark.parametrize("text, name, country", [
    ("MOSCOW (AP) — Foreign Minister Sergei Orlov said Tuesday that talks would resume.",
     "Sergei Orlov", "RUS"),
    ("NAIROBI, Kenya (AP) — Defense Minister Samuel Otieno said troops would stay in the north.",
     "Samuel Otieno", "KEN"),
    ("ANKARA, Turkey (AP) — Interior Minister Kemal Arslan ordered the arrests on Friday.",
     "Kemal Arslan", "TUR"),
    ("BEIRUT (AP) — Parliament Speaker Nabil Aoun called a session for Thursday.",
     "Nabil Aoun", "LBN"),
    # other countries after the name are what the official speaks of
    ("MOSCOW (AP) — Foreign Minister Sergei Orlov said Tuesday that talks with Ukraine would "
     "resume next week.", "Sergei Orlov", "RUS"),
])
def test_an_official_serves_the_country_of_a_capital_dateline(
        annotate: Annotate, text: str, name: str, country: str) -> None:
    assert affiliation(annotate(text), name) == country


@pytest.mark.parametrize("text, name", [
    # a diplomat serves one country in another
    ("MOSCOW (AP) — Ambassador Helen Marsh met officials at the ministry on Tuesday.",
     "Helen Marsh"),
    # AP copy abroad writes the American president without "U.S."
    ("MOSCOW (AP) — President Thomas Whitfield arrived Tuesday for two days of talks.",
     "Thomas Whitfield"),
    ("MOSCOW (AP) — Secretary of State Margaret Hale arrived Tuesday for talks.",
     "Margaret Hale"),
    # a city that is no capital
    ("LYON, France (AP) — Mayor Claire Dubois opened the bridge on Sunday.", "Claire Dubois"),
    # no office of state
    ("MOSCOW (AP) — Spokesman Pavel Dorin gave no date for the talks.", "Pavel Dorin"),
    # a meeting in the capital: the sentence names the official's own country
    ("JAKARTA, Indonesia (AP) — Vietnam sent Deputy Prime Minister Tran Van Minh to the talks.",
     "Tran Van Minh"),
    # an organisation's official
    ("BRUSSELS (AP) — EU Trade Commissioner Pieter Claes signed the deal on Tuesday.",
     "Pieter Claes"),
    # talks hosted in the capital bring other sides' generals
    ("DOHA, Qatar (AP) — The army delegation was led by Maj. Gen. Hamid Suleiman, officials said.",
     "Hamid Suleiman"),
])
def test_no_country_from_a_capital_dateline(annotate: Annotate, text: str, name: str) -> None:
    assert affiliation(annotate(text), name) is None


def test_a_later_surname_keeps_the_country_and_gives_it_to_the_action(annotate: Annotate) -> None:
    record = annotate("MOSCOW (AP) — Foreign Minister Sergei Orlov said Tuesday that talks would "
                      "resume. Orlov accused Ukraine of shelling the border town.")
    orlov = next(p for p in record["people"] if p["name"] == "Sergei Orlov")
    assert orlov["affiliation"] == "RUS"
    assert [m["text"] for m in orlov["mentions"]] == ["Sergei Orlov", "Orlov"]
    actors = [a["actor"] for a in record["actions"] if a["actor"] and a["actor"]["text"] == "Orlov"]
    assert actors and all(actor["country"] == "RUS" for actor in actors)


# Whom a title's holder serves, in a phrase after it.

@pytest.mark.parametrize("text, name, country", [
    ("Sergei Orlov, a senior adviser to the Russian president, denied the claim.",
     "Sergei Orlov", "RUS"),
    ("Tom Keller, an adviser to Kenya's government, resigned on Monday.", "Tom Keller", "KEN"),
    ("Ivan Petrov, an adviser to the Kremlin, declined to comment.", "Ivan Petrov", "RUS"),
])
def test_a_to_phrase_after_a_title_gives_the_country(
        annotate: Annotate, text: str, name: str, country: str) -> None:
    assert affiliation(annotate(text), name) == country


@pytest.mark.parametrize("text, name, country", [
    # sent TO a country: the stated country is the person's, not the host's
    ("Amina Yusuf, the U.S. envoy to Kenya, arrived Monday.", "Amina Yusuf", "USA"),
    ("Tom Keller, the ambassador to France, left Paris on Sunday.", "Tom Keller", None),
    ("Tom Keller, an adviser to the Russian-language newspaper, resigned.", "Tom Keller", None),
])
def test_a_to_phrase_that_names_no_office_gives_no_country(
        annotate: Annotate, text: str, name: str, country: str | None) -> None:
    assert affiliation(annotate(text), name) == country


# A nationality before a person noun that is no title.

@pytest.mark.parametrize("text, name, country", [
    ("Kenyan runner Grace Wanjiru won the race. Wanjiru finished in 2 hours, 21 minutes.",
     "Grace Wanjiru", "KEN"),
    ("NAIROBI, Kenya (AP) — Kenyan runner Grace Wanjiru withdrew from the race on Monday.",
     "Grace Wanjiru", "KEN"),
    ("U.S. journalist Ann Hale was freed after 40 days in custody.", "Ann Hale", "USA"),
    ("Chilean author Isabel Fuentes will read from her new novel.", "Isabel Fuentes", "CHL"),
])
def test_a_nationality_before_a_person_noun_gives_the_country(
        annotate: Annotate, text: str, name: str, country: str) -> None:
    assert affiliation(annotate(text), name) == country


@pytest.mark.parametrize("text, name", [
    # a birthplace, not a nationality
    ("Iranian-born author Leyla Farahani spoke at the festival on Saturday.", "Leyla Farahani"),
    ("The Russian-language newspaper editor Pavel Dorin was detained.", "Pavel Dorin"),
    ("A British-made drone operator, Tom Keller, testified on Monday.", "Tom Keller"),
    # a language or a subject
    ("French teacher Paul Girard retired after 30 years at the school.", "Paul Girard"),
])
def test_a_nationality_that_is_no_affiliation_gives_no_country(
        annotate: Annotate, text: str, name: str) -> None:
    assert affiliation(annotate(text), name) is None


# A country in brackets after a name in prose, or a country's possessive before it.

@pytest.mark.parametrize("text, name, country", [
    ("Grace Wanjiru (Kenya) won in 2:21:04, ahead of Almaz Tesfaye (Ethiopia).",
     "Almaz Tesfaye", "ETH"),
    ("Lukas Brandt (GER) took the bronze medal on Friday.", "Lukas Brandt", "DEU"),
    ("Kenya's Grace Wanjiru won the race. Wanjiru led from the start.", "Grace Wanjiru", "KEN"),
])
def test_a_country_beside_a_name_gives_the_country(
        annotate: Annotate, text: str, name: str, country: str) -> None:
    assert affiliation(annotate(text), name) == country


@pytest.mark.parametrize("text, name", [
    ("Moscow's Ivan Petrov scored twice for the home side.", "Ivan Petrov"),
    ("Ivan Petrov (Moscow) finished third on Saturday.", "Ivan Petrov"),
    ("Grace Wanjiru (pictured) won the race on Sunday.", "Grace Wanjiru"),
])
def test_a_city_beside_a_name_gives_no_country(annotate: Annotate, text: str, name: str) -> None:
    assert affiliation(annotate(text), name) is None


@pytest.mark.parametrize("text, name", [
    # in Washington, a diplomat is as likely a foreign one
    ("WASHINGTON (AP) — Ambassador Helen Marsh met officials at the State Department on Tuesday.",
     "Helen Marsh"),
    # an international official serves no country
    ("WASHINGTON (AP) — Secretary-General Ana Ruiz addressed the conference on Monday.",
     "Ana Ruiz"),
    # the U.S. government has secretaries, not ministers
    ("WASHINGTON (AP) — Secretary of State Margaret Hale met Foreign Minister Sergei Orlov on "
     "Monday.", "Sergei Orlov"),
])
def test_no_home_country_for_diplomats_and_international_officials(
        annotate: Annotate, text: str, name: str) -> None:
    assert affiliation(annotate(text), name) is None


AGATE = """BERLIN (AP) — Results Sunday from the Berlin Marathon:
Women: 1. Grace Wanjiru, Kenya, 2:21:04. 2. Almaz Tesfaye, Ethiopia, 2:21:30. 3. Anna Keller,
Germany, 2:23:11.
"""


def test_agate_rows_with_a_country_between_commas_name_people(annotate: Annotate) -> None:
    record = annotate(AGATE)
    assert {p["name"]: p["affiliation"] for p in record["people"]} == {
        "Grace Wanjiru": "KEN", "Almaz Tesfaye": "ETH", "Anna Keller": "DEU"}


def test_a_ranked_place_with_its_country_is_no_person(annotate: Annotate) -> None:
    record = annotate("The most visited cities: 1. Paris, France, 19 million. 2. Rome, Italy, "
                      "10 million. 3. Lisbon, Portugal, 6 million.")
    assert record["people"] == []


# A U.S. state that shares a country's name is the state in a U.S. story.

@pytest.mark.parametrize("text, name", [
    ("MACON, Ga. (AP) — Georgia's Dale Whitfield signed the water bill on Monday.",
     "Dale Whitfield"),
    ("WASHINGTON (AP) — Georgia's Dale Whitfield pressed for the water bill on Monday.",
     "Dale Whitfield"),
    ("The co-sponsor of the bill, Nora Kimball of Georgia, voted no.\n\n"
     "Nora Kimball, R-Ga., said the bill cost too much.", "Nora Kimball"),
])
def test_a_us_state_that_is_a_country_name_gives_no_country_in_a_us_story(
        annotate: Annotate, text: str, name: str) -> None:
    assert affiliation(annotate(text), name) != "GEO"


@pytest.mark.parametrize("text, name", [
    ("TBILISI, Georgia (AP) — Georgia's Levan Beridze spoke to reporters on Monday.",
     "Levan Beridze"),
    ("Georgia's Levan Beridze won the bronze medal in the men's 73-kilogram class.",
     "Levan Beridze"),
])
def test_georgia_is_the_country_outside_a_us_story(annotate: Annotate, text: str,
                                                   name: str) -> None:
    assert affiliation(annotate(text), name) == "GEO"
