"""Where an action happened (``actions[].location``): the place its clause names, else the
dateline's place, else null. Short original sentences; each says what the location must be."""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest
from typer.testing import CliRunner

from annotate.cli import app

Annotate = Callable[..., dict[str, Any]]


def location_of(record: dict[str, Any], trigger: str) -> dict[str, Any] | None:
    """The location of the one action with this trigger; its offsets must index the text."""
    (action,) = [a for a in record["actions"] if a["trigger"] == trigger]
    location = action["location"]
    if location is not None:
        assert record["text"][location["start"]:location["end"]] == location["text"]
    return location


def place(record: dict[str, Any], trigger: str) -> tuple[str, str | None] | None:
    location = location_of(record, trigger)
    return None if location is None else (location["text"], location["country"])


# -- the place the clause names ----------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # a nominal trigger's own phrase; the model's "the" is dropped, as in party texts
    ("Israeli jets carried out an airstrike in the Gaza Strip on Sunday.", "airstrike",
     ("Gaza Strip", "PSE")),
    # a light verb's phrase: the talks were held in Vienna
    ("Iranian and European negotiators held talks in Vienna on Tuesday.", "talks",
     ("Vienna", "AUT")),
    # "near" is locative; Kharkiv is a city the gazetteer places in Ukraine
    ("Ukrainian and Russian troops clashed near Kharkiv overnight.", "clashed",
     ("Kharkiv", "UKR")),
    # a place noun leads to the place it names: the embassy IN ANKARA
    ("Hundreds of demonstrators protested outside the embassy in Ankara on Saturday.",
     "protested", ("Ankara", "TUR")),
    # a city the gazetteer does not need to know: the apposition gives the country
    ("Security forces arrested 12 protesters in Mosul, Iraq, on Sunday.", "arrested",
     ("Mosul", "IRQ")),
    # a city that is not a capital
    ("The two foreign ministers met in Geneva on Monday.", "met", ("Geneva", "CHE")),
    # the clause names a country and a city: the city, the more specific
    ("Russian and Ukrainian units clashed in eastern Ukraine near Kharkiv on Monday.",
     "clashed", ("Kharkiv", "UKR")),
    # a capital "The" belongs to the name
    ("Protesters rallied in The Hague on Saturday.", "rallied", ("The Hague", "NLD")),
    # an event noun leads to the place it happened: two attacks IN KANDAHAR
    ("Suicide bombers killed 30 people in two attacks in Kandahar on Tuesday.", "killed",
     ("Kandahar", "AFG")),
    ("Two police officers died in clashes in Nairobi on Friday.", "clashes",
     ("Nairobi", "KEN")),
    # the place of a state the verb puts its subject in ("on alert", "on strike")
    ("Israeli troops remained on alert in the occupied West Bank.", "alert",
     ("West Bank", "PSE")),
    # a part of a city leads to the city
    ("A journalist was killed in a car bomb explosion in a residential sector of Beirut.",
     "killed", ("Beirut", "LBN")),
    # a town the gazetteer does not know lies in the country the clause names beside it
    ("Authorities imposed a curfew in the town of Cizre in southeastern Turkey.", "curfew",
     ("Cizre", "TUR")),
])
def test_clause_place(annotate: Annotate, sentence: str, trigger: str,
                      expected: tuple[str, str]) -> None:
    assert place(annotate(sentence), trigger) == expected


def test_domestic_target_does_not_hide_the_place(annotate: Annotate) -> None:
    # The domestic rules make Jakarta stand for Indonesia; the rally still happened there.
    assert place(annotate("Students rallied in Jakarta on Friday."), "rallied") == (
        "Jakarta", "IDN")


# -- places that are parties, and phrases that are no place ------------------------------------
@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Ankara said it would expel two Swedish diplomats.", "expel"),  # Ankara is the actor
    ("Russia attacked Ukraine on Thursday.", "attacked"),  # Ukraine is the target
    ("Canada recalled its ambassador from Caracas.", "recalled"),  # the post left: the target
    ("Poland expelled three Belarusian diplomats in response to Minsk's border policy.",
     "expelled"),  # "in response to" names no place
    ("The minister condemned the decision.", "condemned"),  # no place at all
    # an embassy is named by its owner, not by where it is
    ("Hundreds protested outside the Russian embassy on Friday.", "protested"),
    ("Police are investigating the bombing of the U.S. embassy.", "investigating"),
])
def test_no_clause_place_and_no_dateline_is_null(annotate: Annotate, sentence: str,
                                                  trigger: str) -> None:
    assert location_of(annotate(sentence), trigger) is None


# -- the dateline ------------------------------------------------------------------------------
def test_dateline_place_when_the_clause_names_none(annotate: Annotate) -> None:
    record = annotate("WARSAW, Poland (AP) — Poland expelled three Belarusian diplomats on "
                      "Friday.")
    assert location_of(record, "expelled") == {"text": "WARSAW, Poland", "start": 0, "end": 14,
                                               "country": "POL"}


def test_dateline_city_gives_its_country(annotate: Annotate) -> None:
    record = annotate("MOSCOW (AP) — Russia expelled two Estonian diplomats on Friday.")
    assert place(record, "expelled") == ("MOSCOW", "RUS")


def test_a_us_state_in_the_dateline_gives_the_united_states(annotate: Annotate) -> None:
    record = annotate("SAVANNAH, Ga. (AP) — Dockworkers blocked the port gates on Tuesday.")
    assert place(record, "blocked") == ("SAVANNAH, Ga.", "USA")


def test_parties_that_are_places_leave_the_dateline(annotate: Annotate) -> None:
    record = annotate("KYIV, Ukraine (AP) — Russia attacked Ukraine with drones overnight.")
    assert place(record, "attacked") == ("KYIV, Ukraine", "UKR")


def test_clause_place_wins_over_the_dateline(annotate: Annotate) -> None:
    record = annotate("GENEVA (AP) — Iranian and European negotiators held talks in Vienna on "
                      "Tuesday.")
    assert place(record, "talks") == ("Vienna", "AUT")


# -- a definite noun that stands for a country or its capital ------------------------------------
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # "the capital" of a story datelined in the country: the dateline's country, with the
    # noun as the place (it used to fall back to the whole dateline)
    ("LUSAKA, Zambia (AP) — Police detained 30 opposition supporters in the capital on "
     "Monday.", "detained", ("capital", "ZMB")),
    # its own modifier names the country
    ("Police detained 30 opposition supporters in the Zambian capital on Monday.", "detained",
     ("Zambian capital", "ZMB")),
    # the last country the sentence names before it, over a dateline elsewhere
    ("LONDON (AP) — Zambian police detained 30 opposition supporters in the capital on "
     "Monday.", "detained", ("capital", "ZMB")),
    ("DAKAR, Senegal (AP) — Mali's junta banned all protests across the country on Friday.",
     "banned", ("country", "MLI")),
])
def test_the_capital_or_the_country_is_the_storys_country(annotate: Annotate, text: str,
                                                         trigger: str,
                                                         expected: tuple[str, str]) -> None:
    assert place(annotate(text), trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    # no country to tie it to, or a possessed noun: no location, as before
    ("Police detained 30 opposition supporters in the capital on Monday.", "detained"),
    ("Thousands of refugees fled the fighting in their country.", "fighting"),
])
def test_a_national_noun_with_no_country_is_no_location(annotate: Annotate, text: str,
                                                        trigger: str) -> None:
    assert location_of(annotate(text), trigger) is None


# -- the command line: JSON and view -----------------------------------------------------------
STORY = ("Envoys meet in Vienna\n\nGENEVA (AP) — Iranian and European negotiators held talks "
         "in Vienna on Tuesday. Iran later expelled two British diplomats.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": "100"})


def test_cli_json_has_the_location_of_every_action(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--json"], input=STORY)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert all("location" in action for action in record["actions"])
    assert place(record, "talks") == ("Vienna", "AUT")
    assert place(record, "expelled") == ("GENEVA", "CHE")


def test_cli_keep_raw_has_no_dateline_to_fall_back_to(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "--json", "--keep-raw"], input=STORY)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["dateline"] is None
    assert location_of(record, "expelled") is None


def test_cli_view_shows_a_clause_place_under_the_action(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-"], input=STORY)
    assert result.exit_code == 0 and result.stderr == ""
    shown = " ".join(result.stdout.split())
    assert "in Vienna (AUT)" in shown
    assert "in GENEVA" not in shown  # the dateline is shown once, above the tables


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place the gazetteer lists that the model did not tag as a place
    ("Officials met Russian diplomats in Aleppo on Monday.", ("Aleppo", "SYR")),
    # a place the model tags that the gazetteer does not know: no country
    ("Officials met Russian diplomats in Tromso on Monday.", ("Tromso", None)),
])
def test_places_beyond_the_model_or_the_gazetteer(annotate: Annotate, sentence: str,
                                                  expected: tuple[str, str | None]) -> None:
    assert place(annotate(sentence), "met") == expected
