"""Aid is aimed at the named party its for-phrase names: "a loan for Kenya", "military aid for
Ukraine". A for-phrase that names no country, organisation, nationality or person names no
target. Short original sentences."""

from __future__ import annotations

import pytest

from .readers import Annotate


def _aid(annotate: Annotate, sentence: str) -> list[tuple[str | None, str | None]]:
    return [(a["actor"] and a["actor"]["text"], a["target"] and a["target"]["text"])
            for a in annotate(sentence)["actions"] if a["plover"] == "AID"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The World Bank approved a $500 million loan for Kenya.", [("World Bank", "Kenya")]),
    ("Washington unveiled $2 billion in military aid for Ukraine.",
     [("Washington", "Ukraine")]),
    ("The EU announced humanitarian aid for Gaza on Monday.", [("EU", "Gaza")]),
])
def test_the_named_party_aid_is_for_is_its_target(
        annotate: Annotate, sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _aid(annotate, sentence) == expected


def test_a_thing_aid_is_for_is_no_target(annotate: Annotate) -> None:
    assert _aid(annotate, "The IMF approved a loan for the project.") == [("IMF", None)]
