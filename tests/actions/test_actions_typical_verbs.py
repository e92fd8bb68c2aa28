"""More typical verbs of EVENTS.md that the lexicon lacked (models/actions_phrasal.tsv):
COORDINATED WITH a party (050, as cooperate), ASSURED a party (030), GUARANTEED safe passage
(030) and RESTRICTED movement (172); the same verbs without such an object or partner are no
event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Israel coordinated with Egypt on the aid corridor.", "SUPPORT", "050"),
    ("Russia assured Turkey it would respect the deal.", "AGREE", "030"),
    ("Iran guaranteed safe passage for the convoy.", "AGREE", "030"),
    ("The junta restricted movement in the capital.", "COERCE", "172"),
])
def test_typical_verbs_code_their_type(annotate: Annotate, sentence: str, plover: str,
                                       cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert (plover, cameo) in coded


@pytest.mark.parametrize("sentence", [
    "The constitution guarantees freedom of speech.",
    "The coach assured fans the team would win.",
    "The nurse coordinated the vaccination program.",
    "Doctors restricted access to the ward.",
    "The hens laid eggs in the barn.",
])
def test_other_uses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []
