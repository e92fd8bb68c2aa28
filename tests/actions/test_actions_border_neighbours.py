"""A border "with" a country names a neighbour, not a partner, even where the parse hangs the
with-phrase on the verb: "beefed up security along its border with Belarus" is a show of force
(150), not joint military cooperation (062), which "held drills with China" is. Short original
sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Poland beefed up security along its border with Belarus.", "150"),
    ("Russia held naval drills with China in the Sea of Japan.", "062"),
])
def test_a_border_neighbour_is_no_partner(annotate: Annotate, sentence: str,
                                          cameo: str) -> None:
    assert [a["cameo"] for a in annotate(sentence)["actions"]] == [cameo]
