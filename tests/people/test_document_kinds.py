"""The people layer's document-level passes of issue 13: a name's kind settled once for a whole
story (a company named with its legal form), on short original AP-style stories."""

from typing import Any, Callable

from annotate.people.companies import opens_company_name
from annotate.people.cues import load_cues
from annotate.pipeline.annotator import Annotator

Annotate = Callable[..., dict[str, Any]]


def mention_texts(record: dict[str, Any]) -> list[str]:
    return [m["text"] for p in record["people"] for m in p["mentions"]]


def test_a_company_named_with_its_legal_form_is_no_person_later(annotate: Annotate) -> None:
    record = annotate("NEW YORK (AP) — Dana Whitlock Co. said Tuesday it would buy a rival boot "
                      "maker for $40 million. Dana Whitlock shares rose 50 cents to $12.50. Dana "
                      "Whitlock said the deal would close in March.")
    assert mention_texts(record) == []


def test_a_founder_the_story_shows_as_a_person_stays_a_person(annotate: Annotate) -> None:
    record = annotate("Tobin Ashcroft Co. agreed to sell its shoe unit. Tobin Ashcroft, 66, "
                      "started the company in 1979.")
    assert mention_texts(record) == ["Tobin Ashcroft"]


def test_a_legal_form_must_close_the_name_on_the_same_line(annotator: Annotator) -> None:
    cues = load_cues()
    doc = annotator.nlp("Ogden Projects Inc. said. Esselte AB rose. Lena Ortiz\nInc. "
                                 "news. Banco Lena Ortiz S.A. fell.")
    words = [token.text for token in doc]
    ogden, esselte = words.index("Ogden"), words.index("Esselte")
    ortiz = [i for i, word in enumerate(words) if word == "Lena"]
    assert opens_company_name(doc, ogden, ogden + 1, cues)  # "Ogden | Projects Inc."
    assert opens_company_name(doc, esselte, esselte + 1, cues)
    assert not opens_company_name(doc, ortiz[0], ortiz[0] + 2, cues)  # a line break first
    assert not opens_company_name(doc, ortiz[1], ortiz[1] + 2, cues)  # inside "Banco ..."


def test_a_line_of_scores_lists_people(annotate: Annotate) -> None:
    record = annotate("Leading scores Thursday in the first round of the Coastal Open:\n"
                      "Jin-ho Park 66, Rafael Soto 67, Derek Wolfe 68, Anders Holm 68, Luca "
                      "Bianchi 69.\nPark made seven birdies.")
    assert mention_texts(record) == ["Jin-ho Park", "Park", "Rafael Soto", "Derek Wolfe",
                                     "Anders Holm", "Luca Bianchi"]


def test_standings_of_clubs_and_a_scoreline_hold_no_people(annotate: Annotate) -> None:
    record = annotate("Standings after Saturday's games:\nAshford United 45, Dover City 43, "
                      "Kingsley Rovers 41, Barton Town 40.\nIn the late game, Harrow Athletic 2, "
                      "Selby Wanderers 1.")
    assert mention_texts(record) == []


def test_a_surname_opening_a_sentence_is_a_later_mention_whatever_its_tag(
        annotate: Annotate) -> None:
    record = annotate("LONDON (AP) — Lowther Brewing PLC said Wednesday its chief executive, "
                      "Graham Pike, will retire in June after 14 years. Pike will be succeeded "
                      "by finance director Ruth Adeyemi.")
    assert mention_texts(record) == ["Graham Pike", "Pike", "Ruth Adeyemi"]


def test_a_role_word_opening_a_sentence_is_not_part_of_the_name(annotate: Annotate) -> None:
    record = annotate("Chef Marisol Vega opened her third restaurant on Friday. Vega said the "
                      "menu would change every week.")
    assert mention_texts(record) == ["Marisol Vega", "Vega"]
    record = annotate("Dean Paul Whitaker opened his third restaurant on Friday.")
    assert mention_texts(record) == ["Dean Paul Whitaker"]  # a given name, not the role


def test_a_name_in_a_headline_in_capitals_stops_at_the_surname(annotate: Annotate) -> None:
    record = annotate("OKAFOR WINS SILVER AS BRANDT FALLS\nBERLIN (AP) — Nneka Okafor of "
                      "Nigeria won the silver medal in the women's 400 meters on Saturday, a day "
                      "after Germany's Lisa Brandt fell in her semifinal.")
    assert sorted(mention_texts(record)) == ["BRANDT", "Lisa Brandt", "Nneka Okafor", "OKAFOR"]


def test_a_dateline_with_an_agency_is_no_table_row(annotate: Annotate) -> None:
    record = annotate("\n\nATLANTA (AP) --\n\nThe owner of a web site that named doctors says a "
                      "court order to shut it down is only a setback.")
    assert mention_texts(record) == []
    record = annotate("1. Ana Ruiz (ESP) 1:58.42\n2. Li Wei (CHN) 1:58.90")
    assert mention_texts(record) == ["Ana Ruiz", "Li Wei"]


def test_a_line_up_is_no_town_and_region(annotate: Annotate) -> None:
    record = annotate("Eastbury: Hughes; Patel, Okonkwo, Lindqvist, Barros; Reid, Tanner, Novak; "
                      "Boateng, Ferreira, Dunne.")
    assert mention_texts(record) == ["Hughes", "Patel", "Okonkwo", "Lindqvist", "Barros", "Reid",
                                     "Tanner", "Novak", "Boateng", "Ferreira", "Dunne"]


def test_quotation_marks_of_old_wire_copy_are_no_part_of_a_name(annotate: Annotate) -> None:
    record = annotate("The daily compared the boy with revolutionary icon Ernesto ``Che'' "
                      "Guevara on Friday.")
    assert mention_texts(record) == ["Ernesto ``Che'' Guevara"]
    record = annotate("``We will win,'' said Marta Quill. ``We are ready.''")
    assert mention_texts(record) == ["Marta Quill"]
