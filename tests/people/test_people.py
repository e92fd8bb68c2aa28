"""The people layer, one failure class of wire copy per test, on short original sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def people_by_name(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {person["name"]: person for person in record["people"]}


def test_title_before_name_is_kept_out_of_the_name(annotate: Annotate) -> None:
    record = annotate("Russian Foreign Minister Dmitry Orlov arrived in Ankara on Tuesday.")
    orlov = people_by_name(record)["Dmitry Orlov"]
    assert orlov["title"] == "Foreign Minister"
    assert orlov["affiliation"] == "RUS"
    assert [m["text"] for m in orlov["mentions"]] == ["Dmitry Orlov"]


def test_country_before_multiword_title(annotate: Annotate) -> None:
    record = annotate("U.S. Secretary of State Margaret Hale flew to Warsaw.")
    hale = people_by_name(record)["Margaret Hale"]
    assert (hale["title"], hale["affiliation"]) == ("Secretary of State", "USA")


def test_surname_on_second_reference_joins_the_person(annotate: Annotate) -> None:
    record = annotate("Polish Foreign Minister Tomasz Wierzbicki spoke first. "
                      "Wierzbicki said the decision was final. Later, Wierzbicki left.")
    names = people_by_name(record)
    assert len(names["Tomasz Wierzbicki"]["mentions"]) == 3


def test_title_in_apposition_after_the_name(annotate: Annotate) -> None:
    record = annotate("Dmitry Orlov, the Russian foreign minister, rejected the offer.")
    orlov = people_by_name(record)["Dmitry Orlov"]
    assert orlov["title"] == "foreign minister"
    assert orlov["affiliation"] == "RUS"


def test_possessive_is_not_part_of_the_name(annotate: Annotate) -> None:
    record = annotate("Chancellor Katrin Albrecht's office confirmed the visit.")
    mentions = [m["text"] for p in record["people"] for m in p["mentions"]]
    assert "Katrin Albrecht" in mentions
    assert not any(text.endswith("'s") for text in mentions)


def test_country_alone_is_not_a_person(annotate: Annotate) -> None:
    record = annotate("Russia and Ukraine signed the deal in Istanbul on Friday.")
    assert record["people"] == []


def test_abbreviated_title_is_stripped(annotate: Annotate) -> None:
    record = annotate("Sen. Robert Caldwell, R-Ohio, called the sanctions overdue.")
    caldwell = people_by_name(record)["Robert Caldwell"]
    assert caldwell["title"] == "Sen."


def test_every_mention_offset_indexes_the_text(annotate: Annotate) -> None:
    text = ("MOSCOW (AP) — Foreign Minister Dmitry Orlov met Lars Eklund on Monday. "
            "Orlov later told reporters that Eklund had been \"constructive.\"")
    record = annotate(text)
    for person in record["people"]:
        for mention in person["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def mentions_of(record: dict[str, Any], name: str) -> list[str]:
    return [m["text"] for m in people_by_name(record)[name]["mentions"]]


def all_mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


# -- document-level consistency ---------------------------------------------------------------
def test_surnames_the_model_glued_into_an_organisation_still_join(annotate: Annotate) -> None:
    record = annotate("Secretary of State Margaret Hale met Russian Foreign Minister Dmitry Orlov "
                      "in Vienna on Monday. "
                      "State Department spokesman Daniel Reyes said Hale and Orlov will speak again.")
    assert mentions_of(record, "Margaret Hale") == ["Margaret Hale", "Hale"]
    assert mentions_of(record, "Dmitry Orlov") == ["Dmitry Orlov", "Orlov"]


def test_surname_in_headline_joins_the_full_name_below(annotate: Annotate) -> None:
    record = annotate("Kessler vetoes budget bill\n\nCOLUMBUS, Ohio (AP) — Gov. Janet Kessler on "
                      "Friday vetoed the state budget.")
    assert mentions_of(record, "Janet Kessler") == ["Kessler", "Janet Kessler"]


def test_surname_first_name_repeats_its_first_word(annotate: Annotate) -> None:
    record = annotate("Chinese Foreign Minister Wang Jianguo arrived in Jakarta on Tuesday. "
                      "Wang told reporters the hotline would help.")
    assert mentions_of(record, "Wang Jianguo") == ["Wang Jianguo", "Wang"]


def test_country_named_like_a_person_stays_a_country(annotate: Annotate) -> None:
    record = annotate("U.S. special envoy Chad Whitaker arrived in Chad on Monday. Whitaker said "
                      "Chad's foreign minister had agreed to the plan.")
    assert mentions_of(record, "Chad Whitaker") == ["Chad Whitaker", "Whitaker"]
    assert "Chad" not in all_mentions(record)


def test_first_name_that_is_a_city_is_kept(annotate: Annotate) -> None:
    record = annotate("The EU's ambassador in Tbilisi, Paris Nikolaidis, said the bill was "
                      "incompatible with European values. Nikolaidis will travel to Paris next week.")
    assert mentions_of(record, "Paris Nikolaidis") == ["Paris Nikolaidis", "Nikolaidis"]


def test_surname_that_is_also_a_company_is_decided_by_context(annotate: Annotate) -> None:
    record = annotate("French Trade Minister Claire Renault said France had won safeguards. "
                      "The carmaker Renault, which builds cars in Brazil, welcomed the deal.")
    assert mentions_of(record, "Claire Renault") == ["Claire Renault"]


# -- things that are not people -----------------------------------------------------------------
def test_names_of_things_are_not_people(annotate: Annotate) -> None:
    record = annotate("Shares of retailer Best Buy rose after German magazine Der Spiegel reported "
                      "the deal. The plant was the original home of Douglas Aircraft.")
    assert record["people"] == []


def test_lone_word_without_a_person_context_is_not_a_person(annotate: Annotate) -> None:
    record = annotate("Apple unveiled Tiger, the newest version of its operating system, and the "
                      "plane was flown to Toulouse for the ceremony. We love the Beatles.")
    assert record["people"] == []


def test_lone_surname_with_a_title_is_a_person(annotate: Annotate) -> None:
    record = annotate("Mr. Tanaka declined to comment, and President Berezin was not available.")
    assert {"Tanaka", "Berezin"} <= set(all_mentions(record))


# -- titles and boundaries ----------------------------------------------------------------------
def test_lower_case_role_before_a_full_name(annotate: Annotate) -> None:
    record = annotate("In Washington, State Department spokeswoman Georgia Whitlock said the United "
                      "States stands with the people of Georgia. Whitlock did not say more.")
    whitlock = people_by_name(record)["Georgia Whitlock"]
    assert whitlock["title"] == "spokeswoman"
    assert [m["text"] for m in whitlock["mentions"]] == ["Georgia Whitlock", "Whitlock"]


def test_hyphenated_names_are_whole(annotate: Annotate) -> None:
    record = annotate("Lt. Gen. Denise Okafor-Reid commands U.S. forces in Europe. \"Nobody should "
                      "miscalculate,\" Okafor-Reid said.")
    person = people_by_name(record)["Denise Okafor-Reid"]
    assert person["title"] == "Lt. Gen."
    assert [m["text"] for m in person["mentions"]] == ["Denise Okafor-Reid", "Okafor-Reid"]


def test_particles_stay_in_the_name(annotate: Annotate) -> None:
    record = annotate("EU Trade Commissioner Pieter van der Linden signed the text. \"This is a "
                      "good day,\" Van der Linden said.")
    assert mentions_of(record, "Pieter van der Linden") == ["Pieter van der Linden", "Van der Linden"]


def test_initials_are_part_of_the_name(annotate: Annotate) -> None:
    record = annotate("Irish farm leader P.J. Brennan called the deal a betrayal. Brennan said his "
                      "group would fight it.")
    assert mentions_of(record, "P.J. Brennan") == ["P.J. Brennan", "Brennan"]


def test_people_in_a_list(annotate: Annotate) -> None:
    record = annotate("The talks were attended by Leila Haddad, Omar Saleh and Tomas Lindqvist, "
                      "the heads of three U.N. agencies.")
    assert {"Leila Haddad", "Omar Saleh", "Tomas Lindqvist"} <= set(people_by_name(record))


def test_title_across_a_comma_with_a_prepositional_phrase(annotate: Annotate) -> None:
    record = annotate("The African Union's envoy for Sudan, Amadou Diallo-Traoré, said monitors "
                      "would be deployed. Diallo-Traoré gave no date.")
    person = people_by_name(record)["Amadou Diallo-Traoré"]
    assert person["title"] == "envoy"
    assert [m["text"] for m in person["mentions"]] == ["Amadou Diallo-Traoré", "Diallo-Traoré"]


# -- affiliation --------------------------------------------------------------------------------
def test_affiliation_from_possessive_country_and_institution(annotate: Annotate) -> None:
    record = annotate("Ukraine's president, Oleh Marchenko, spoke first. Kremlin spokesman Anton "
                      "Zharkov replied. Lena Kraus, the foreign minister of Germany, said nothing.")
    names = people_by_name(record)
    assert names["Oleh Marchenko"]["affiliation"] == "UKR"
    assert names["Anton Zharkov"]["affiliation"] == "RUS"
    assert (names["Lena Kraus"]["title"], names["Lena Kraus"]["affiliation"]) == ("foreign minister", "DEU")
