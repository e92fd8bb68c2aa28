"""Aid a clause names with no giver of its own comes from whom its from-phrase names: "food aid
FROM JAPAN arrived", "donations came to the town FROM IRELAND". A from-phrase that names no
party, and aid a subject gives or withholds, keep their readings. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate


def _aid(annotate: Annotate, sentence: str) -> list[tuple[str | None, str | None]]:
    return [(a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(sentence)["actions"] if a["plover"] == "AID"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Food aid from Japan arrived in Nepal on Monday.", [("Japan", "Nepal")]),
    ("Humanitarian assistance from the European Union reached the camps on Tuesday.",
     [("European Union", None)]),
    ("Thousands of donations had come to the flooded town from Ireland by Friday.",
     [("Ireland", None)]),
    ("Ukraine depends on military aid from the United States.", [("United States", None)]),
])
def test_the_from_phrase_of_aid_names_its_giver(
        annotate: Annotate, sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _aid(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nepal received aid from Japan on Monday.", [("Japan", "Nepal")]),
    ("Food aid from the warehouse arrived in the camps on Monday.", []),
    ("Germany sent aid from its reserves to Nepal.", [("Germany", "Nepal")]),
])
def test_a_giver_of_its_own_or_no_party_stays(
        annotate: Annotate, sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _aid(annotate, sentence) == expected
