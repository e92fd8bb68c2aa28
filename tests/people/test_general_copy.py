"""The people layer on copy beyond the wire: biography headings, names found in halves, places
and works that look like names. One error class of issue 13 per test, on short original
sentences."""

from typing import Any, Callable

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_heading_line_and_first_line_of_a_profile_are_two_mentions(annotate: Annotate) -> None:
    record = annotate("Owen Mercer\nOwen Thomas Mercer (born June 3, 1979) is an American actor.")
    assert mention_texts(record) == ["Owen Mercer", "Owen Thomas Mercer"]
    record = annotate("Lena Farrow\nDame Lena Ruth Farrow DBE (born 4 May 1950) is a British "
                      "architect.")
    assert mention_texts(record) == ["Lena Farrow", "Lena Ruth Farrow"]


def test_a_line_that_is_no_heading_of_the_next_stays_apart(annotate: Annotate) -> None:
    record = annotate("Early Career\nTomas Brandt joined the orchestra in 1985, the year he "
                      "turned 20.")
    assert "Early Career" not in mention_texts(record)
    assert "Tomas Brandt" in mention_texts(record)


def test_honours_after_a_name_are_not_part_of_it(annotate: Annotate) -> None:
    record = annotate("Dame Helen Marsh DBE FRS, the chemist, opened the new laboratory on "
                      "Tuesday.")
    texts = mention_texts(record)
    assert "Helen Marsh" in texts
    assert not any("DBE" in text or "Dame" in text for text in texts)
