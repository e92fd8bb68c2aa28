"""The actions layer on short original sentences: one family or parse pattern per test."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ..conftest import coded

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "expected"), [
    # expelled diplomats: CAMEO 161 + PLOVER SANCTION (the lexicon's convention)
    ("Poland expelled five Russian diplomats on Tuesday.",
     ("expelled", "161", "SANCTION", "POL", "RUS", "asserted", False)),
    # passive voice: the agent is the actor
    ("Five Russian diplomats were expelled by Poland.",
     ("expelled", "161", "SANCTION", "POL", "RUS", "asserted", False)),
    # nominal trigger with a possessive actor
    ("Poland's expulsion of the Russian diplomats drew protests.",
     ("expulsion", "161", "SANCTION", "POL", "RUS", "asserted", False)),
    ("France recalled its ambassador to Iran.",
     ("recalled", "161", "SANCTION", "FRA", "IRN", "asserted", False)),
    # a light verb's noun is the event: "imposed SANCTIONS on"
    ("The European Union imposed sanctions on Iran.",
     ("sanctions", "163", "COERCE", "IGO", "IRN", "asserted", False)),
    ("Germany accused Russia of a cyberattack.",
     ("accused", "112", "ACCUSE", "DEU", "RUS", "asserted", False)),
    ("Berlin summoned the Russian ambassador.",
     ("summoned", "110", "ACCUSE", "DEU", "RUS", "asserted", False)),
    ("Russia invaded Ukraine.",
     ("invaded", "192", "ASSAULT", "RUS", "UKR", "asserted", False)),
])
def test_core_diplomatic_actions(annotate: Annotate, sentence: str,
                                 expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


def test_reported_future_conflict_is_a_threat(annotate: Annotate) -> None:
    record = annotate("Orlov said Russia would expel the Polish ambassador.")
    (action,) = [a for a in coded(record) if a[0] == "expel"]
    assert action[1:3] == ("1313", "THREATEN") and action[3:6] == ("RUS", "POL", "future")


def test_reported_speech_codes_the_content_not_the_statement(annotate: Annotate) -> None:
    record = annotate("The minister said Russia would expel the Polish ambassador.")
    assert [a["trigger"] for a in record["actions"]] == ["expel"]


def test_future_cooperation_is_intent(annotate: Annotate) -> None:
    record = annotate("Hale will meet Orlov in Geneva next week.")
    (action,) = record["actions"]
    assert (action["cameo"], action["plover"], action["modality"]) == ("036", "AGREE", "future")


def test_negated_action_is_flagged(annotate: Annotate) -> None:
    record = annotate("Poland did not expel the Russian diplomats.")
    (action,) = record["actions"]
    assert action["negated"] is True


def test_compound_actor_gives_one_action_per_actor(annotate: Annotate) -> None:
    record = annotate("Canada and Norway accused Iran of meddling in the vote.")
    assert {(a[3], a[4]) for a in coded(record)} == {("CAN", "IRN"), ("NOR", "IRN")}


def test_reciprocal_meeting_of_two_parties_is_one_action(annotate: Annotate) -> None:
    record = annotate("Talks between Russia and Ukraine resumed in Istanbul.")
    (action,) = record["actions"]
    assert {action["actor"]["country"], action["target"]["country"]} == {"RUS", "UKR"}


@pytest.mark.parametrize("sentence", [
    "Kenya, Uganda and Tanzania signed a customs pact in Arusha on Monday.",
    "Kenya, Uganda and Tanzania met in Arusha on Monday.",
])
def test_reciprocal_act_of_three_parties_is_one_action_per_pair(annotate: Annotate,
                                                                 sentence: str) -> None:
    record = annotate(sentence)
    pairs = [frozenset((a["actor"]["country"], a["target"]["country"]))
             for a in record["actions"]]
    assert sorted(pairs, key=sorted) == sorted(
        [frozenset(p) for p in (("KEN", "UGA"), ("KEN", "TZA"), ("UGA", "TZA"))], key=sorted)


def test_cancelled_meeting_is_one_rejection(annotate: Annotate) -> None:
    record = annotate("France canceled a planned visit to Iran.")
    (action,) = record["actions"]
    assert (action["cameo"], action["plover"], action["actor"]["country"]) == ("161", "REJECT", "FRA")


def test_phrasal_verb_needs_its_particle(annotate: Annotate) -> None:
    record = annotate("Poland called off the talks with Russia.")
    assert [a["trigger"] for a in record["actions"]] == ["called"]
    assert record["actions"][0]["target"]["country"] == "RUS"


def test_conditional_action(annotate: Annotate) -> None:
    record = annotate("If Iran enriches more uranium, the EU would impose new sanctions on Iran.")
    (sanctions,) = record["actions"]
    assert sanctions["trigger"] == "sanctions" and sanctions["modality"] == "conditional"


def test_action_is_dated_by_its_clause(annotate: Annotate) -> None:
    record = annotate("Poland expelled five Russian diplomats on Tuesday.", date="2025-09-17")
    (action,) = record["actions"]
    date = next(d for d in record["dates"] if d["id"] == action["date"])
    assert (date["text"], date["value"]) == ("Tuesday", "2025-09-16")


@pytest.mark.parametrize("sentence", [
    "The two armies agreed to a weeklong truce.",
    "Kenya and Uganda held two days of talks.",
])
def test_a_duration_does_not_date_an_action(annotate: Annotate, sentence: str) -> None:
    record = annotate(sentence, date="2025-09-17")
    assert record["actions"] and all(a["date"] is None for a in record["actions"])
    assert any(d["type"] == "DURATION" for d in record["dates"])


def test_a_date_beside_a_duration_dates_the_action(annotate: Annotate) -> None:
    record = annotate("The two armies agreed on Saturday to a weeklong truce.", date="2025-09-17")
    (action,) = record["actions"]
    date = next(d for d in record["dates"] if d["id"] == action["date"])
    assert (date["text"], date["type"]) == ("Saturday", "DATE")


def test_person_actor_carries_person_and_country(annotate: Annotate) -> None:
    record = annotate("Russian Foreign Minister Dmitry Orlov accused Poland of espionage.")
    (action,) = record["actions"]
    person = next(p for p in record["people"] if p["name"] == "Dmitry Orlov")
    assert action["actor"]["person"] == person["id"] and action["actor"]["country"] == "RUS"


@pytest.mark.parametrize("sentence", [
    "The weather in Geneva was mild on Tuesday.",
    "Orlov said the talks had been useful.",
    "The ministry released a statement.",
    "Officials said the report would be published next week.",
])
def test_sentences_without_an_action(annotate: Annotate, sentence: str) -> None:
    # "talks" inside reported speech that only describes them is still a meeting, so the
    # second sentence may code the talks but never a bare statement.
    triggers = [a["trigger"] for a in annotate(sentence)["actions"]]
    assert "said" not in triggers and "released" not in triggers
    if "talks" not in sentence:
        assert triggers == []
