"""The subject of a relative clause is the noun the clause modifies: "the gunmen WHO attacked
the convoy" attacked it. Short original sentences in AP style."""

from typing import Any, Callable

import pytest

from ..conftest import party_texts

Annotate = Callable[..., dict[str, Any]]


def _actors(record: dict[str, Any], trigger: str) -> list[str | None]:
    return [a[3] for a in party_texts(record) if a[0] == trigger]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Police are searching for the gunmen who attacked the convoy.", "attacked", "gunmen"),
    ("Witnesses described the soldiers who shot the protesters.", "shot", "soldiers"),
    ("Officials are questioning the militiamen that kidnapped two engineers.", "kidnapped",
     "militiamen"),
])
def test_a_relative_subject_is_its_antecedent(annotate: Annotate, sentence: str, trigger: str,
                                              actor: str) -> None:
    assert _actors(annotate(sentence), trigger) == [actor]


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # guards: a relative clause beside the main event stays scene; a passive relative clause
    # keeps its agent; a main clause's own subject is unchanged
    ("Police arrested the men who attacked the embassy.", "arrested", "Police"),
    ("The rebels, who have vowed to topple the government, seized the airport.", "seized",
     "rebels"),
    ("Families are waiting for the workers who were kidnapped by gunmen.", "kidnapped",
     "gunmen"),
])
def test_other_subjects_stay(annotate: Annotate, sentence: str, trigger: str,
                             actor: str) -> None:
    assert _actors(annotate(sentence), trigger) == [actor]
    assert all(a[3] not in ("who", "that") for a in party_texts(annotate(sentence)))


def test_a_non_restrictive_clause_is_left_as_background(annotate: Annotate) -> None:
    # set off by a comma, the clause adds background about a party already named: its pronoun
    # stays unresolved, so the act in it names nobody and is not coded
    assert party_texts(annotate("Reporters interviewed Ali Musa, who had led protests last "
                                "week.")) == []


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    # the class its subject is said to belong to: the subject did what the clause says
    ("Kenya was among the countries that condemned the coup.", "condemned", "Kenya"),
    ("Kenya is one of several countries that have expelled Russian diplomats.", "expelled",
     "Kenya"),
])
def test_a_member_of_the_antecedent_class_is_the_actor(annotate: Annotate, sentence: str,
                                                       trigger: str, actor: str) -> None:
    assert _actors(annotate(sentence), trigger) == [actor]


def test_a_relative_subject_of_another_clause_is_not_taken(annotate: Annotate) -> None:
    # guard: the AP formula of an anonymous source reports no talks by the source
    record = annotate("The talks collapsed, according to a French official who spoke on "
                      "condition of anonymity because he was not authorized to discuss the "
                      "matter publicly.")
    assert _actors(record, "discuss") == []
