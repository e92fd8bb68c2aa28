"""Where an action happened: the place its clause names, else the dateline's, on short
original sentences and through the command line."""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest
from typer.testing import CliRunner

from annotate.cli import app

Annotate = Callable[..., dict[str, Any]]


def located(record: dict[str, Any], trigger: str) -> dict[str, Any] | None:
    action = next(a for a in record["actions"] if a["trigger"] == trigger)
    return action["location"]


@pytest.mark.parametrize(("sentence", "trigger", "text", "country"), [
    ("Iranian and European negotiators held talks in Geneva on Monday.", "talks", "Geneva", "CHE"),
    ("Israeli aircraft struck targets in the Gaza Strip overnight.", "struck", "the Gaza Strip",
     "PSE"),
    ("Protesters rallied outside the embassy in Ankara on Friday.", "rallied", "Ankara", "TUR"),
    ("Police arrested six activists in the northern city of Jaipur, India.", "arrested",
     "Jaipur, India", "IND"),
])
def test_the_clause_names_the_place(annotate: Annotate, sentence: str, trigger: str, text: str,
                                    country: str) -> None:
    record = annotate(sentence)
    place = located(record, trigger)
    assert place is not None and (place["text"], place["country"]) == (text, country)
    assert record["text"][place["start"]:place["end"]] == text


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Ankara said it would retaliate against the sanctions.", "retaliate"),  # the actor
    ("The Iraqi foreign minister paid a visit to Ankara.", "visit"),  # the host, a target
    ("Chile recalled its ambassador from Peru.", "recalled"),  # no place at all
])
def test_a_party_or_no_place_is_no_location(annotate: Annotate, sentence: str,
                                            trigger: str) -> None:
    assert located(annotate(sentence), trigger) is None


STORY = """Norway expels Russian attache

OSLO, Norway (AP) — Norway on Tuesday expelled a Russian military attache, the foreign
ministry said. Officials met Russian diplomats in Stockholm later that day.
"""


def test_the_dateline_stands_for_a_clause_without_a_place() -> None:
    result = CliRunner().invoke(app, ["story", "-", "--json"], input=STORY)
    assert result.exit_code == 0 and result.stderr == ""
    record = json.loads(result.stdout)
    expelled = located(record, "expelled")
    assert expelled is not None and (expelled["text"], expelled["country"]) == ("OSLO, Norway",
                                                                                "NOR")
    assert record["text"][expelled["start"]:expelled["end"]] == "OSLO, Norway"
    met = located(record, "met")
    assert met is not None and (met["text"], met["country"]) == ("Stockholm", "SWE")


def test_the_view_shows_a_clause_place_under_the_action() -> None:
    result = CliRunner(env={"COLUMNS": "120"}).invoke(app, ["story", "-"], input=STORY)
    assert result.exit_code == 0 and result.stderr == ""
    assert "in Stockholm (SWE)" in " ".join(result.stdout.split())
    assert "in OSLO" not in result.stdout  # the dateline is shown once, above


def test_a_place_the_gazetteer_does_not_know_has_no_country(annotate: Annotate) -> None:
    place = located(annotate("Officials met Russian diplomats in Tromso on Monday."), "met")
    assert place is not None and (place["text"], place["country"]) == ("Tromso", None)


def test_an_untagged_place_the_gazetteer_lists_is_a_location(annotate: Annotate) -> None:
    place = located(annotate("Officials met Russian diplomats in Aleppo on Monday."), "met")
    assert place is not None and (place["text"], place["country"]) == ("Aleppo", "SYR")
