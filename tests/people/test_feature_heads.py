"""A name ending in, or followed by, a capitalised noun of a structure, a facility, a way, a
landform, a water, a school, a statue or an award (models/feature_heads.tsv, from WordNet) is
a thing named after a person ("Thomas Hale Dam", "the Ana Ortiz Conservatory"), not the
person; the person named alone stays, and so does a given name and a rare surname that is
such a noun ("Lena Rotunda")."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def _mentions(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


@pytest.mark.parametrize("text", [
    "She visited Thomas Hale Dam with her son.",
    "Ana Ortiz Glacier has retreated two miles since 1950.",
    "Her father took her to Thomas Hale Auditorium every Sunday.",
    "Ana Ortiz Conservatory is closed on Mondays.",
    "She visited Thomas Hale Pavilion with her son.",
    "Ana Ortiz Mausoleum is open to visitors on Sundays.",
    "She visited Thomas Hale Observatory with her son.",
    "They walked along Thomas Hale Esplanade at dusk.",
])
def test_a_name_ending_in_a_feature_noun_is_no_person(annotate: Annotate, text: str) -> None:
    assert _mentions(annotate(text)) == []


@pytest.mark.parametrize("text, mentions", [
    ("Abraham Lincoln spoke at the new dam for two hours. Lincoln then left by train.",
     ["Abraham Lincoln", "Lincoln"]),
    ("Ana Ruiz, PhD, joined the faculty in May.", ["Ana Ruiz"]),
    ("Thomas Hale built the dam in 1931. Hale said the dam would last.",
     ["Thomas Hale", "Hale"]),
    ("President Gerald Ford visited the tunnel. Ford said on Friday that it was safe.",
     ["Gerald Ford", "Ford"]),
    ("Katrina Ortiz said the tunnel was safe.", ["Katrina Ortiz"]),
    ("Lena Rotunda said the tunnel was safe.", ["Lena Rotunda"]),
])
def test_a_person_near_such_a_noun_stays(annotate: Annotate, text: str,
                                         mentions: list[str]) -> None:
    assert _mentions(annotate(text)) == mentions
