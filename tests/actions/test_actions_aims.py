"""At whom an act is aimed, and whose it is, on short original sentences: the people an
explosion killed rather than the explosion, what weapons were used on, peoples named by
descent ("ethnic Serbs"), who belong to the place they live in, not to the state of their name,
and whom a protest's demand names.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def action(annotate: Annotate, sentence: str, trigger: str) -> dict[str, Any]:
    return next(a for a in annotate(sentence)["actions"] if a["trigger"] == trigger)


def side(party: dict[str, Any] | None) -> tuple[str | None, str | None]:
    return (party["text"], party["country"]) if party else (None, None)


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # the event the trigger's row consumed ("killed IN A BLAST") names a place, but the people
    # it killed are the target, with the place's country
    ("A reporter was killed in a car bomb explosion in Beirut.", "killed", ("reporter", "LBN")),
    ("Three civilians were killed in a car bomb explosion in Kabul.", "killed",
     ("Three civilians", "AFG")),
])
def test_the_people_an_explosion_killed_are_the_target(annotate: Annotate, sentence: str,
                                                       trigger: str,
                                                       target: tuple[str, str | None]) -> None:
    assert side(action(annotate, sentence, trigger)["target"]) == target


def test_a_modifier_of_the_consumed_object_is_not_taken_for_people(annotate: Annotate) -> None:
    # "KENYAN OPPOSITION rallies": the rallies are banned, and they are Kenya's
    found = action(annotate, "President Otieno banned Kenyan opposition rallies on Monday.",
                   "banned")
    assert side(found["target"]) == ("Kenyan opposition rallies", "KEN")


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # weapons used for a purpose: the purpose's object is whom they were used on
    ("Police opened fire to disperse the demonstrators, killing two.", "opened",
     "demonstrators"),
    ("Soldiers fired tear gas to disperse hundreds of protesters.", "fired", "protesters"),
    # an attack with an object of its own is aimed at that object, not at its purpose's
    ("Troops attacked the convoy to free the hostages.", "attacked", "convoy"),
])
def test_what_weapons_were_used_on(annotate: Annotate, sentence: str, trigger: str,
                                   target: str) -> None:
    assert side(action(annotate, sentence, trigger)["target"])[0] == target


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # a people by descent protests where it lives
    ("Ethnic Serbs demonstrated in northern Kosovo on Monday.", "demonstrated",
     ("Ethnic Serbs", "XKX")),
    ("Hundreds of ethnic Albanians rallied in Skopje on Sunday.", "rallied",
     ("ethnic Albanians", "MKD")),
    # with no place, the state of the name is still not theirs
    ("Ethnic Russian separatists shelled the port city.", "shelled",
     ("Ethnic Russian separatists", None)),
    # a demonym without "ethnic" is the state's
    ("Russian troops shelled the port city.", "shelled", ("Russian troops", "RUS")),
])
def test_a_people_by_descent_is_not_the_state_of_its_name(annotate: Annotate, sentence: str,
                                                          trigger: str,
                                                          actor: tuple[str, str | None]) -> None:
    assert side(action(annotate, sentence, trigger)["actor"]) == actor


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # whom a protest's demand names: who is to leave office, whose act is demanded, what the
    # demand says must act
    ("Hundreds of students marched through Jakarta to demand the resignation of President "
     "Halim Suryo.", "marched", "President Halim Suryo"),
    ("Farmers staged a hunger strike to demand the release of their leaders by the Algerian "
     "government.", "staged", "Algerian government"),
    ("Thousands rallied in Caracas on Saturday, demanding that President Maduro step down.",
     "rallied", "President Maduro"),
])
def test_a_protest_is_aimed_at_whom_its_demand_names(annotate: Annotate, sentence: str,
                                                     trigger: str, target: str) -> None:
    assert side(action(annotate, sentence, trigger)["target"])[0] == target


@pytest.mark.parametrize("sentence", [
    # the release or return of someone is done TO them: they are not whom the protest is
    # aimed at
    "Hundreds of students rallied in Manila to demand the release of the detained reporters.",
    "Dock workers marched in Havana to demand the boy's return.",
])
def test_whom_a_demanded_act_is_done_to_is_not_the_target(annotate: Annotate,
                                                          sentence: str) -> None:
    protest = next(a for a in annotate(sentence)["actions"] if a["plover"] == "PROTEST")
    assert protest["target"] is None or protest["target"]["text"] not in (
        "detained reporters", "boy", "boy's return")


def test_what_a_protest_demands_is_no_event(annotate: Annotate) -> None:
    # "demanding that the president STEP DOWN": a demand, not a resignation
    actions = annotate("Thousands rallied in Caracas on Saturday, demanding that President "
                       "Maduro step down.")["actions"]
    assert [a["trigger"] for a in actions] == ["rallied"]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # forces sent to join a multinational force serve the country the force is in
    ("Japan is sending troops to the U.N. peacekeeping force in South Sudan.", "sending",
     ("South Sudan", "SSD")),
    ("Brazil pledged 800 soldiers to the African Union mission in Somalia.", "pledged",
     ("Somalia", "SOM")),
    ("Kenya will contribute 1,000 police officers to a multinational force in Haiti.",
     "contribute", ("Haiti", "HTI")),
    # sent straight to a place, the place is the target as before
    ("Chad deployed troops to northern Mali on Friday.", "deployed", ("northern Mali", "MLI")),
])
def test_forces_sent_to_a_force_serve_its_host(annotate: Annotate, sentence: str, trigger: str,
                                               target: tuple[str, str | None]) -> None:
    assert side(action(annotate, sentence, trigger)["target"]) == target


def test_the_troops_promised_are_the_promisers_own(annotate: Annotate) -> None:
    found = action(annotate, "Fiji pledged 500 soldiers to the peacekeeping operation.",
                   "pledged")
    assert side(found["target"])[0] not in ("500 soldiers", "soldiers")


@pytest.mark.parametrize(("sentence", "trigger", "actor", "target"), [
    # international militarized groups are IMG, as CAMEO codes them: a party of their own
    ("Islamic State fighters attacked a police checkpoint near Kirkuk.", "attacked",
     "IMG", "IRQ"),
    ("A U.S. drone strike killed three al-Qaeda commanders in Yemen.", "killed", "USA", "IMG"),
    # a named group is the target over a person named in a with-phrase of the clause
    ("The Iraqi military carried out air strikes against the Islamic State group in Syria "
     "with the approval of President Omar Haddad.", "strikes", "IRQ", "IMG"),
    # a branch the gazetteer places in one country keeps that country: its name runs on
    # through its in-phrase
    ("Al-Qaeda in Iraq claimed the bombing of a market in Baghdad.", "claimed", "IRQ", "IRQ"),
])
def test_international_militarized_groups(annotate: Annotate, sentence: str, trigger: str,
                                          actor: str, target: str) -> None:
    found = action(annotate, sentence, trigger)
    assert (side(found["actor"])[1], side(found["target"])[1]) == (actor, target)


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # a retreat moves the actor's own forces: they are not whom it is aimed at
    ("Honduras is willing to withdraw its troops from the border zone.", "withdraw",
     "border zone"),
    ("Israel pulled its soldiers out of the town.", "pulled", None),
    ("Russia withdrew its troops from Syria.", "withdrew", "Syria"),
])
def test_a_retreat_is_not_aimed_at_the_actors_own_forces(annotate: Annotate, sentence: str,
                                                         trigger: str,
                                                         target: str | None) -> None:
    assert side(action(annotate, sentence, trigger)["target"])[0] == target


def test_forces_attacked_are_a_target_whoever_owns_them(annotate: Annotate) -> None:
    found = action(annotate, "Russia said NATO attacked its troops.", "attacked")
    assert side(found["target"])[0] == "its troops"


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # people who protest against a government or its official are that country's
    ("Islamic fundamentalists began a hunger strike to demand the resignation of Algerian "
     "President Ahmed Rahal.", "strike", ("Islamic fundamentalists", "DZA")),
    ("Hardliners rallied against the Iranian government on Friday.", "rallied",
     ("Hardliners", "IRN")),
    # an embassy is a government's mission abroad: who protests outside it is not its country's
    ("Students protested outside the U.S. Embassy.", "protested", ("Students", None)),
])
def test_a_protest_is_made_at_home(annotate: Annotate, sentence: str, trigger: str,
                                   actor: tuple[str, str | None]) -> None:
    assert side(action(annotate, sentence, trigger)["actor"]) == actor


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # forces sent to help a partner are military aid to it, promised when announced
    ("France will send 500 troops to help Niger fight militants.", "send",
     ("AGREE", "0332", "NER")),
    ("The United States sent 200 soldiers to train the Iraqi army.", "sent",
     ("AID", "072", "IRQ")),
    # peacekeepers announced are a promise of peacekeeping, not a threat
    ("Rwanda will deploy 1,000 troops on a peacekeeping mission in the Central African "
     "Republic.", "deploy", ("AGREE", "0334", "CAF")),
    # forces sent to pressure someone stay a show of force
    ("Russia deployed troops to the border to pressure Ukraine.", "deployed",
     ("MOBILIZE", "154", None)),
])
def test_forces_sent_to_help_are_military_aid(annotate: Annotate, sentence: str, trigger: str,
                                              expected: tuple[str, str, str | None]) -> None:
    found = action(annotate, sentence, trigger)
    assert (found["plover"], found["cameo"], side(found["target"])[1]) == expected


@pytest.mark.parametrize(("sentence", "trigger", "pair"), [
    # conjoined subjects of a reciprocal verb act on each other: one action between them
    ("Armenia and Azerbaijan exchanged fire along their border overnight.", "exchanged",
     [("ARM", "AZE")]),
    ("India and Pakistan swapped prisoners on Monday.", "swapped", [("IND", "PAK")]),
    # a mediation is aimed at the parties its object is between
    ("Egypt brokered a ceasefire between Israel and Hamas on Friday.", "brokered",
     [("EGY", "ISR"), ("EGY", "PSE")]),
])
def test_reciprocal_verbs_and_mediation(annotate: Annotate, sentence: str, trigger: str,
                                        pair: list[tuple[str, str]]) -> None:
    found = [(side(a["actor"])[1], side(a["target"])[1])
             for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert found == pair


def test_the_raid_an_arrest_was_made_in_is_the_arrest(annotate: Annotate) -> None:
    actions = annotate("Police arrested 14 people in a raid in Nairobi.")["actions"]
    assert [(a["trigger"], a["cameo"]) for a in actions] == [("arrested", "173")]


@pytest.mark.parametrize(("sentence", "trigger", "pairs"), [
    # two nationalities on one head are two parties
    ("Ethiopian and Eritrean negotiators signed a peace deal in Pretoria.", "signed",
     [("ETH", "ERI")]),
    ("Armenian and Azerbaijani troops clashed along the border.", "clashed",
     [("ARM", "AZE")]),
    # two parties acting on a third party each act on it
    ("The British and Irish governments invited Sinn Fein to the talks.", "invited",
     [("GBR", None), ("IRL", None)]),
    # ... and people of two or more countries named after the head ("officials FROM ...")
    ("Officials from Kenya and Uganda met in Arusha on Monday.", "met", [("KEN", "UGA")]),
    ("The foreign ministers of Kenya, Uganda and Tanzania met in Arusha.", "met",
     [("KEN", "UGA"), ("KEN", "TZA"), ("UGA", "TZA")]),
    ("Envoys from Kenya and South Sudan condemned the attack on Monday.", "condemned",
     [("KEN", None), ("SSD", None)]),
])
def test_two_nationalities_in_one_phrase_are_two_parties(annotate: Annotate, sentence: str,
                                                         trigger: str,
                                                         pairs: list[tuple]) -> None:
    found = [(side(a["actor"])[1], side(a["target"])[1])
             for a in annotate(sentence)["actions"] if a["trigger"] == trigger]
    assert found == pairs


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # the munition a weapon verb takes is not what it was used on
    ("Chilean police fired tear gas at students marching in Santiago.", "fired", "students"),
    ("Police used tear gas to disperse the crowd.", "used", "crowd"),
    # what is shot down or seized is the target, whatever it is
    ("Police seized a car bomb on Tuesday.", "seized", "car bomb"),
])
def test_a_munition_is_not_the_target(annotate: Annotate, sentence: str, trigger: str,
                                      target: str) -> None:
    assert side(action(annotate, sentence, trigger)["target"])[0] == target


def test_munitions_are_the_objects_of_the_firing_rows() -> None:
    from annotate.actions.adjuncts import munitions
    from annotate.actions.lexicon import load_lexicon

    found = munitions(load_lexicon())
    # the classes of weapon the firing rows name, and no people or places
    assert {"fire", "gas", "missile", "rocket", "shell", "bomb", "bullet"} <= found
    assert not found & {"crowd", "protester", "town", "border", "convoy"}


@pytest.mark.parametrize(("sentence", "triggers"), [
    # what someone is suspected of, charged with or wanted for is alleged, not reported
    ("Kosovo police arrested three Serbs suspected of attacking a patrol.", ["arrested"]),
    ("Two men wanted for bombing the embassy were arrested in Athens.", ["arrested"]),
    # a finding says the act happened: the conviction and the violation are both reported
    ("The rebels were found guilty of violating the ceasefire.", ["found", "violating"]),
])
def test_what_someone_is_suspected_of_is_no_event(annotate: Annotate, sentence: str,
                                                  triggers: list[str]) -> None:
    assert [a["trigger"] for a in annotate(sentence)["actions"]] == triggers


@pytest.mark.parametrize("sentence", [
    "Turkey offered to mediate between Russia and Ukraine.",
    "Iran offered to help mediate between Russia and Ukraine.",
])
def test_an_offer_to_mediate_is_aimed_at_both_sides(annotate: Annotate, sentence: str) -> None:
    found = [side(a["target"])[1] for a in annotate(sentence)["actions"]]
    assert found == ["RUS", "UKR"]


@pytest.mark.parametrize(("sentence", "trigger", "target"), [
    # a stance owned by one country is aimed at whom it is for or with, also when the text
    # gives that party no country
    ("Erdogan reiterated Turkey's support for the U.N.-backed Government of National Unity.",
     "reiterated", ("U.N.-backed Government of National Unity", None)),
    ("Egypt's foreign ministry expressed Egypt's solidarity with the Sahel Alliance.",
     "expressed", ("Sahel Alliance", None)),
])
def test_a_stance_is_aimed_at_whom_it_is_for(annotate: Annotate, sentence: str, trigger: str,
                                            target: tuple[str, str | None]) -> None:
    assert side(action(annotate, sentence, trigger)["target"]) == target


def test_conjoined_passive_agents_are_each_a_party(annotate: Annotate) -> None:
    found = action(annotate, "The agreement was signed by Sudan and South Sudan in Juba.",
                   "signed")
    assert (side(found["actor"])[1], side(found["target"])[1]) == ("SDN", "SSD")


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # "bar" said of people is a ban on them
    ("The Taliban barred women from working for aid groups.", "barred",
     ("COERCE", "172", "women")),
    # a military or ground operation is an armed attack; its modifier is no target
    ("Azerbaijan launched a military operation in the disputed region.", "operation",
     ("ASSAULT", "190", None)),
])
def test_bans_on_people_and_military_operations(annotate: Annotate, sentence: str,
                                                trigger: str,
                                                expected: tuple[str, str, str | None]) -> None:
    found = action(annotate, sentence, trigger)
    assert (found["plover"], found["cameo"], side(found["target"])[0]) == expected


@pytest.mark.parametrize("sentence", [
    "The bar was closed on Monday.",
    "The hospital performed a heart operation.",
    "The army carried out a rescue operation in the flooded town.",
])
def test_bars_and_operations_that_are_no_event(annotate: Annotate, sentence: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]
            if a["trigger"] in ("bar", "operation")] == []
