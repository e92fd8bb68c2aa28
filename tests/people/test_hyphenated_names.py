"""Names whose words are joined by hyphens: the hyphens are no words of the name, so a name of
five words or fewer stays whole however many hyphens it has ("Abdel-Fattah el-Sissi"); and a
group the gazetteer knows, written as one hyphenated word ("al-Shabab"), is no person. Short
original sentences."""

from typing import Any, Callable

import pytest

Annotate = Callable[..., dict[str, Any]]


def people(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(p["name"], p["title"], p["affiliation"]) for p in record["people"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Egypt's President Abdel-Fattah el-Sissi spoke on Monday.",
     [("Abdel-Fattah el-Sissi", "President", "EGY")]),
    ("Abdel-Fattah el-Sissi, Egypt's president, spoke on Monday.",
     [("Abdel-Fattah el-Sissi", "president", "EGY")]),
])
def test_hyphens_are_no_words_of_a_name(annotate: Annotate, sentence: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    assert people(annotate(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Al-Shabab militants attacked a base near Mogadishu.",
    "The attack was claimed by al-Shabab.",
])
def test_a_hyphenated_group_is_no_person(annotate: Annotate, sentence: str) -> None:
    assert people(annotate(sentence)) == []
