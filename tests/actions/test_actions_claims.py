"""A claim of responsibility: CAMEO 015 (Claim responsibility), and as PLOVER, which drops 015,
the act claimed, owned by the claimant (annotate/actions/claims.py). Short original sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def coded(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["plover"], a["mode"],
             a["actor"] and a["actor"]["country"], a["negated"])
            for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Al-Shabab claimed responsibility for a car bombing in Mogadishu on Monday.",
     [("claimed", "015", "ASSAULT", "explosives", "SOM", False)]),
    ("Boko Haram claimed responsibility for the kidnapping of 40 farmers.",
     [("claimed", "015", "ASSAULT", "abduct", "NGA", False)]),
    ("Hamas claimed the rocket attack on Ashkelon.",
     [("claimed", "015", "ASSAULT", "aerial", "PSE", False)]),
])
def test_a_claim_is_the_claimants_act_in_plover(annotate: Annotate, sentence: str,
                                                expected: list[tuple[Any, ...]]) -> None:
    assert coded(annotate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # no one claimed it: negated, as before
    ("No group has claimed responsibility for the ambush.",
     [("claimed", "015", "ASSAULT", None, None, True)]),
    # a claim of something the lexicon does not code keeps no PLOVER type
    ("The rebels claimed responsibility for the deaths of nine soldiers.",
     [("claimed", "015", None, None, None, False)]),
    # a plain claim is a speech verb: no action
    ("The minister claimed that the economy was growing.", []),
])
def test_other_claims(annotate: Annotate, sentence: str,
                      expected: list[tuple[Any, ...]]) -> None:
    assert coded(annotate, sentence) == expected
