"""The dates layer in context: spans, tense, anchoring and the reference date."""

from typing import Any, Callable

from annotate.dates.refdate import find_reference_date

Annotate = Callable[..., dict[str, Any]]


def dates_by_text(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {date["text"]: date for date in record["dates"]}


def test_leading_preposition_is_not_part_of_the_span(annotate: Annotate) -> None:
    record = annotate("The envoys met on Monday in Geneva.", date="2026-03-04")
    assert "Monday" in dates_by_text(record)
    assert all(not d["text"].startswith("on ") for d in record["dates"])


def test_weekday_follows_the_tense_of_its_clause(annotate: Annotate) -> None:
    past = annotate("The ministers met Monday in Vienna.", date="2026-03-04")
    future = annotate("The ministers will meet Monday in Vienna.", date="2026-03-04")
    assert dates_by_text(past)["Monday"]["value"] == "2026-03-02"
    assert dates_by_text(future)["Monday"]["value"] == "2026-03-09"


def test_later_resolves_against_the_previous_date(annotate: Annotate) -> None:
    record = annotate("The talks opened on Feb. 12. Two days later, the delegations left.",
                      date="2026-03-04")
    dates = dates_by_text(record)
    assert dates["Feb. 12"]["value"] == "2026-02-12"
    later = dates["Two days later"]
    assert later["value"] == "2026-02-14"
    assert later["anchor"] == dates["Feb. 12"]["id"]


def test_without_reference_date_relative_values_stay_null(annotate: Annotate) -> None:
    record = annotate("The ministers met Monday. The treaty dates from 2015.")
    dates = dates_by_text(record)
    assert dates["Monday"]["value"] is None
    assert dates["2015"]["value"] == "2015"
    assert record["reference_date"] is None
    assert any("no reference date" in warning for warning in record["warnings"])


def test_byline_date_becomes_the_reference_date(annotate: Annotate) -> None:
    record = annotate("Published 10:22 AM EST, March 4, 2026\n\n"
                      "KYIV, Ukraine (AP) — The two sides met Monday.")
    assert record["reference_date"] == "2026-03-04"
    assert record["reference_date_source"] == "byline"
    assert dates_by_text(record)["Monday"]["value"] == "2026-03-02"


def test_given_date_wins_over_the_byline(annotate: Annotate) -> None:
    record = annotate("Published 10:22 AM EST, March 4, 2026\n\nThey met Monday.",
                      date="2026-01-07")
    assert record["reference_date"] == "2026-01-07"
    assert record["reference_date_source"] == "argument"


def test_adjacent_parts_form_one_expression(annotate: Annotate) -> None:
    record = annotate("The delegations agreed on Tuesday evening to meet again.",
                      date="2026-03-04")
    assert dates_by_text(record)["Tuesday evening"]["value"] == "2026-03-03TEV"


def test_may_the_verb_is_not_a_date(annotate: Annotate) -> None:
    record = annotate("Officials said the embassy may close.", date="2026-03-04")
    assert record["dates"] == []


def test_dateline_forms() -> None:
    assert str(find_reference_date("Updated 7:41 AM GMT, June 3, 2025\nBRUSSELS (AP) —").day) == "2025-06-03"
    assert str(find_reference_date("MOSCOW, March 2, 2022 (Reuters) - Russia said").day) == "2022-03-02"
    assert str(find_reference_date("Headline\n2022-03-02\nText").day) == "2022-03-02"
    assert find_reference_date("GENEVA, May 12 (AP) — No year here.") is None


def test_ranges_are_split_into_their_end_points(annotate: Annotate) -> None:
    record = annotate("The talks ran March 3-5 in Vienna. Exports fell between 2015 and 2017.",
                      date="2026-03-10")
    dates = dates_by_text(record)
    assert dates["March 3"]["value"] == "2026-03-03"
    assert dates["5"]["value"] == "2026-03-05"
    assert dates["2015"]["value"] == "2015" and dates["2017"]["value"] == "2017"


def test_joined_weekdays_are_two_expressions(annotate: Annotate) -> None:
    record = annotate("The envoys met on Monday and Tuesday in Geneva.", date="2026-03-04")
    dates = dates_by_text(record)
    assert dates["Monday"]["value"] == "2026-03-02"
    assert dates["Tuesday"]["value"] == "2026-03-03"


def test_since_is_not_part_of_the_span(annotate: Annotate) -> None:
    record = annotate("The two countries have not held talks since 2017.", date="2026-03-04")
    assert dates_by_text(record)["2017"]["value"] == "2017"


def test_words_the_model_does_not_tag_are_found(annotate: Annotate) -> None:
    record = annotate("The embassy is now closed. Officials recently met, and the ministry "
                      "currently has no envoy in the capital.", date="2026-03-04")
    dates = dates_by_text(record)
    assert dates["now"]["value"] == "PRESENT_REF"
    assert dates["recently"]["value"] == "PAST_REF"
    assert dates["currently"]["value"] == "PRESENT_REF"


def test_ages_are_not_time_expressions(annotate: Annotate) -> None:
    record = annotate("A 44-year-old diplomat and his 6-year-old son left Kyiv.",
                      date="2026-03-04")
    assert record["dates"] == []


def test_a_period_closed_by_a_date_gives_two_expressions(annotate: Annotate) -> None:
    record = annotate("Exports rose 4% in the quarter ended Sept. 30, the ministry said.",
                      date="2025-10-20")
    dates = dates_by_text(record)
    assert dates["the quarter"]["value"] == "2025-Q3"
    assert dates["Sept. 30"]["value"] == "2025-09-30"


def test_a_year_earlier_follows_the_quarter_the_story_named(annotate: Annotate) -> None:
    record = annotate("Exports rose 4% in the third quarter from a year earlier.",
                      date="2025-10-20")
    assert dates_by_text(record)["a year earlier"]["value"] == "2024-Q3"


def test_weekday_in_a_scheduled_clause_is_ahead(annotate: Annotate) -> None:
    record = annotate("The ministers are scheduled to meet Friday in Ankara.", date="2026-03-04")
    assert dates_by_text(record)["Friday"]["value"] == "2026-03-06"


def test_roughly_hourlong_call_is_a_duration(annotate: Annotate) -> None:
    record = annotate("The two leaders held a roughly hourlong phone call on Tuesday.",
                      date="2026-03-04")
    values = {d["value"] for d in record["dates"]}
    assert "PT1H" in values and "2026-03-03" in values


def test_past_perfect_schedules_nothing_ahead(annotate: Annotate) -> None:
    record = annotate("The offer had been scheduled to expire Friday.", date="2026-03-04")
    assert dates_by_text(record)["Friday"]["value"] == "2026-02-27"


def test_a_deadline_is_ahead_of_the_story(annotate: Annotate) -> None:
    record = annotate("Officials gave the family until 9 a.m. Tuesday to respond.",
                      date="2026-03-04")
    assert dates_by_text(record)["9 a.m. Tuesday"]["value"] == "2026-03-10T09:00"


def test_set_to_and_agreed_to_point_ahead(annotate: Annotate) -> None:
    record = annotate("The talks are set to resume Monday in Geneva.", date="2026-03-04")
    assert dates_by_text(record)["Monday"]["value"] == "2026-03-09"
    record = annotate("The two sides agreed to buy the plant in February.", date="2025-10-20")
    assert dates_by_text(record)["February"]["value"] == "2026-02"


def test_that_year_follows_a_month_and_year(annotate: Annotate) -> None:
    record = annotate("He fled to Florida in June 1998 and returned later that year.",
                      date="2000-01-28")
    assert dates_by_text(record)["later that year"]["value"] == "1998"


def test_the_year_period_is_the_quarter_in_that_year(annotate: Annotate) -> None:
    record = annotate("Profit rose 5% in the third quarter. In the 2024 period, the company "
                      "lost $3 million.", date="2025-10-20")
    assert dates_by_text(record)["the 2024 period"]["value"] == "2024-Q3"


def test_greetings_ages_and_noun_modifiers_are_not_dates(annotate: Annotate) -> None:
    record = annotate("Good evening from Central Park. She spoke on a morning talk show "
                      "about her son, who is in his 30s.", date="2026-03-04")
    assert record["dates"] == []


def test_both_is_not_part_of_the_span(annotate: Annotate) -> None:
    record = annotate("The plan would cut earnings in both 2025 and 2026.", date="2024-10-20")
    dates = dates_by_text(record)
    assert dates["2025"]["value"] == "2025" and dates["2026"]["value"] == "2026"


def test_a_date_beyond_the_calendar_is_left_empty_with_a_warning(annotate) -> None:
    record = annotate("The talks will resume next week, the minister said.", date="9999-12-31")
    (expression,) = record["dates"]
    assert (expression["text"], expression["value"]) == ("next week", None)
    assert any("out of the calendar's range" in warning for warning in record["warnings"])
