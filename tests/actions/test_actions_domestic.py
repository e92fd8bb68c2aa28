"""Domestic groups, diplomatic protests, announced offensives, refusals and conversations:
the rules of models/actions_domestic.tsv and their neighbours, on short original sentences.

Each case states what must be coded (or what must not): trigger, CAMEO code, PLOVER type,
actor and target countries.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.actions.lexicon import load_domestic_groups

from ..conftest import coded as coded_actions

Annotate = Callable[..., dict[str, Any]]


def coded(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(trigger, cameo, plover, actor country, target country) per action."""
    return [action[:5] for action in coded_actions(record)]


def test_the_group_list_has_every_kind() -> None:
    groups = load_domestic_groups()
    assert {"government", "state", "civil", "military"} == set(groups.values())
    assert groups["protester"] == "civil" and groups["police"] == "state"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a protest by a domestic group with no target: against its own country's authorities
    ("Kenyan teachers began a hunger strike outside parliament on Monday.",
     ("strike", "142", "PROTEST", "KEN", "KEN")),
    # the group takes the country of the place the story puts it in
    ("Students rallied in Jakarta on Friday.",
     ("rallied", "141", "PROTEST", "IDN", "IDN")),
    # police against protesters: the protesters are the police's country
    ("Police in Lima dispersed protesters with tear gas.",
     ("dispersed", "175", "ASSAULT", "PER", "PER")),
    # a government against rebels: the rebels are the government's country
    ("The Ethiopian government accused rebels of attacking a convoy.",
     ("accused", "112", "ACCUSE", "ETH", "ETH")),
    # a curfew is on the actor's own population
    ("Turkish authorities imposed a curfew in two towns.",
     ("curfew", "1723", "COERCE", "TUR", "TUR")),
    # a government's "protest" is a diplomatic complaint, not a demonstration
    ("Japan protested to the Chinese embassy over the detention.",
     ("protested", "114", "ACCUSE", "JPN", "CHN")),
    # a generic threat takes the code of the attack it announces
    ("Iran threatened to launch a military offensive against Iraq.",
     ("threatened", "1384", "THREATEN", "IRN", "IRQ")),
    # postponing a strike eases dissent, like calling it off
    ("The union agreed to postpone the strike until next month.",
     ("agreed", "0352", "AGREE", None, None)),
    # declined to + infinitive is a refusal
    ("The Serbian government declined to resign.",
     ("declined", "120", "REJECT", "SRB", None)),
    # spoke with + a country or a named person is a consultation
    ("The prime minister spoke with Polish President Andrzej Duda on Monday.",
     ("spoke", "040", "CONSULT", None, "POL")),
    # the victims of a bombing are the bombing, with the verb's parties
    ("A roadside bombing killed two Nigerian soldiers on Sunday.",
     ("killed", "1833", "ASSAULT", None, "NGA")),
])
def test_codes_and_dyads(annotate: Annotate, sentence: str, expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))


@pytest.mark.parametrize(("sentence", "trigger"), [
    # a state's boycott abroad gets no invented domestic target
    ("France boycotted the ceremony.", "boycotted"),
    # an ethnic group is not the people of a country: no invented target
    ("Ethnic Serbs rallied on Sunday.", "rallied"),
    # no country anywhere: nothing to give
    ("Thousands of students protested against the new law.", "protested"),
    # a mobilisation has no domestic target
    ("Britain mobilized army reservists on Tuesday.", "mobilized"),
    # troops do not take a country from the other side
    ("Troops fired on Syrian positions.", "fired"),
])
def test_no_invented_target(annotate: Annotate, sentence: str, trigger: str) -> None:
    for action in annotate(sentence)["actions"]:
        if action["trigger"] == trigger:
            target = action["target"]
            assert target is None or target["country"] is None or (
                action["actor"] is None or target["country"] != action["actor"]["country"])


def test_a_protest_is_still_a_protest_when_people_protest(annotate: Annotate) -> None:
    assert ("protested", "141", "PROTEST") in [
        row[:3] for row in coded(annotate("Egyptian students protested outside the ministry."))]


def test_who_prevents_a_demonstration_does_not_stage_it(annotate: Annotate) -> None:
    record = annotate("Belarusian police prevented a demonstration in Minsk.")
    for action in record["actions"]:
        if action["trigger"] == "demonstration":
            assert action["actor"] is None or action["actor"]["country"] is None


@pytest.mark.parametrize("sentence", [
    "Oil prices declined on Monday.",
    "Support for the party declined to 20 percent.",
    "The prime minister spoke with reporters in London.",
    "The minister talked with students about the exam.",
])
def test_no_action(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


@pytest.mark.parametrize("sentence", [
    # a titled person with no known country does not take the country of the place where the
    # meeting or visit happens: leaders travel, and the place is the host's
    "Former President Jimmy Carter met Chancellor Olaf Scholz in Berlin on Tuesday.",
    "King Abdullah met the Pope in Rome.",
])
def test_a_leader_does_not_take_the_country_of_the_meeting_place(annotate: Annotate,
                                                                 sentence: str) -> None:
    actions = annotate(sentence)["actions"]
    assert actions and all(a["actor"] is not None and a["actor"]["person"] is not None
                           and a["actor"]["country"] is None for a in actions)


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a domestic group still takes the place's country, and police in a city are
    # that city's country's police
    ("Farmers rallied in Nairobi on Thursday.", ("rallied", "141", "PROTEST", "KEN", "KEN")),
    ("Police in Quito arrested two protesters.", ("arrested", "173", "COERCE", "ECU", "ECU")),
])
def test_domestic_groups_still_take_the_place(annotate: Annotate, sentence: str,
                                              expected: tuple[Any, ...]) -> None:
    assert expected in coded(annotate(sentence))
