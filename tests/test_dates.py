"""The dates layer in context: spans, tense, anchoring and the reference date."""

from typing import Any, Callable

from annotate.refdate import find_reference_date

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
