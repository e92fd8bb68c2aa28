"""Particle verbs and phrases of the verbal types (models/actions_phrasal.tsv): appeals
("PLEADED WITH Israel", "LOBBIED FOR"), criticism ("SPOKE OUT AGAINST", "RAILED AGAINST"),
rejections and denials ("BRUSHED OFF calls", "WAVED OFF the report"), endorsement ("SIGNED
UP TO", "SIGNED OFF ON", "RALLIED BEHIND"), a courtesy call, joint action and earmarked aid;
the same words in other senses are no event."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("sentence", "plover", "cameo"), [
    ("Egypt pleaded with Israel to allow aid into Gaza.", "REQUEST", "020"),
    ("Business groups lobbied for lower tariffs.", "REQUEST", "020"),
    ("Farmers lobbied against the trade pact with Mercosur.", "ACCUSE", "113"),
    ("Rights groups spoke out against the crackdown.", "ACCUSE", "111"),
    ("The minister railed against the ruling.", "ACCUSE", "111"),
    ("The rebels brushed off calls for a ceasefire.", "REJECT", "120"),
    ("The minister waved off the offer of talks.", "REJECT", "120"),
    ("Sudan signed up to the peace plan.", "SUPPORT", "051"),
    ("The cabinet signed off on the peace plan.", "SUPPORT", "051"),
    ("Arab states rallied behind Egypt.", "SUPPORT", "053"),
    ("The minister paid a call on the president.", "CONSULT", "042"),
    ("Kenya teamed up with Ethiopia to fight al-Shabab.", "COOPERATE", "060"),
    ("The United States earmarked $300 million for Haiti.", "AID", "071"),
    ("Norway channeled $50 million to Afghan charities.", "AID", "071"),
])
def test_phrasal_rows_of_words_code_their_type(annotate: Annotate, sentence: str,
                                               plover: str, cameo: str) -> None:
    coded = {(a["plover"], a["cameo"]) for a in annotate(sentence)["actions"]}
    assert (plover, cameo) in coded


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("The Kremlin brushed off the report.", "016"),
    ("The minister waved off questions about the deal.", "016"),
    ("The ministry shrugged off the accusations.", "016"),
])
def test_dismissed_reports_are_denials(annotate: Annotate, sentence: str, cameo: str) -> None:
    """A report or an accusation brushed off is denied (016, as "dismissed the accusations"),
    no rejection of an offer."""
    assert [(a["cameo"], a["plover"]) for a in annotate(sentence)["actions"]] == [(cameo, None)]


@pytest.mark.parametrize("sentence", [
    "The company teamed up with a software firm.",
    "The doctor signed off on Friday.",
    "She signed up for a yoga class.",
    "The singer brushed off her dress.",
])
def test_other_senses_give_nothing(annotate: Annotate, sentence: str) -> None:
    assert annotate(sentence)["actions"] == []


def test_a_treaty_signed_up_to_stays_signed(annotate: Annotate) -> None:
    """The particle row keeps the signing of sign + treaty (057)."""
    actions = annotate("Ghana signed up to the treaty on Monday.")["actions"]
    coded = {(a["plover"], a["cameo"]) for a in actions}
    assert ("SUPPORT", "057") in coded
