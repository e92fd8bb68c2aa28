"""A meeting noun's participle of hosting with a by-agent that names a party is the hosting
itself, as "Qatar hosted the talks" is: CAMEO 043, the host its source ("The talks, hosted by
Qatar, ended"). A participle that only describes stays no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "host"), [
    ("The talks, hosted by Qatar, ended without an agreement.", "Qatar"),
    ("Leaders from 20 countries attended a summit hosted by Egypt.", "Egypt"),
    ("Kenya and Uganda held talks hosted by Qatar.", "Qatar"),
])
def test_the_host_hosts(annotate: Annotate, sentence: str, host: str) -> None:
    hosted = [a for a in annotate(sentence)["actions"] if a["trigger"] == "hosted"]
    assert [(a["cameo"], a["plover"], a["actor"]["text"]) for a in hosted] == [
        ("043", "CONSULT", host)]


@pytest.mark.parametrize("sentence", [
    "The conference was attended by students at an event hosted by the university.",
    "Delegates met at a conference hosted by the university.",
    "The Olympics, hosted by Japan, opened on Friday.",
])
def test_other_participles_describe(annotate: Annotate, sentence: str) -> None:
    assert not [a for a in annotate(sentence)["actions"] if a["trigger"] == "hosted"]
