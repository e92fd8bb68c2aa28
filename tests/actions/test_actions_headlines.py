"""Headlines in title case or capitals, on original headlines: parsed again with their ordinary
words in lower case, so their verbs are found, at the headline's own offsets."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from annotate.actions.headlines import recased
from annotate.casing import is_headline_case
from annotate.gazetteer import load_gazetteer
from annotate.pipeline.annotator import Annotator

Annotate = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(("headline", "trigger", "plover", "actor", "target"), [
    ("Russia Expels 10 US Diplomats", "Expels", "SANCTION", "RUS", "USA"),
    ("RUSSIA EXPELS 10 U.S. DIPLOMATS OVER SPY CASE", "EXPELS", "SANCTION", "RUS", "USA"),
    ("Iran Rejects EU Proposal on Nuclear Talks", "Rejects", "REJECT", "IRN", "IGO"),
    ("China Condemns Japanese Minister's Shrine Visit", "Condemns", "ACCUSE", "CHN", "JPN"),
])
def test_a_title_case_headline_reports_its_action(annotate: Annotate, headline: str,
                                                   trigger: str, plover: str, actor: str,
                                                   target: str) -> None:
    record = annotate(headline + "\n\nThe story follows here.")
    action = next(a for a in record["actions"] if a["trigger"] == trigger)
    assert (action["plover"], action["actor"]["country"], action["target"]["country"]) == (
        plover, actor, target)
    # the offsets are the headline's own
    assert record["text"][action["start"]:action["end"]] == trigger


def test_a_verb_read_as_a_modifier_gives_no_action(annotate: Annotate) -> None:
    # "Lifts Travel Ban" parsed as a kind of ban would turn a lifting into a ban
    record = annotate("U.S. Lifts Travel Ban to Lebanon")
    assert all(a["plover"] != "COERCE" for a in record["actions"])


def test_a_sentence_keeps_its_own_reading(annotate: Annotate) -> None:
    record = annotate("Russia expelled 10 U.S. diplomats on Monday.")
    assert [(a["trigger"], a["plover"]) for a in record["actions"]] == [
        ("expelled", "SANCTION")]


def test_what_is_lower_cased_and_what_is_kept(annotator: Annotator) -> None:
    doc = annotator.nlp("North Korea Fires Missile Over Japan, EU Says")
    sentence = next(iter(doc.sents))
    assert is_headline_case(sentence)
    # names of the gazetteer and short acronyms keep their case; the length never changes
    text = recased(sentence, load_gazetteer(), set())
    assert text == "North Korea fires missile over Japan, EU says"
    assert len(text) == len(sentence.text)


@pytest.mark.parametrize("text", [
    "Russia expelled 10 U.S. diplomats on Monday.",  # a sentence
    "Talks Resume",  # too short to tell a headline from a name
])
def test_sentences_and_short_titles_are_no_headlines(annotator: Annotator, text: str) -> None:
    assert not is_headline_case(next(iter(annotator.nlp(text).sents)))


def test_the_reparse_replaces_what_the_capitalised_parse_read(annotate: Annotate) -> None:
    record = annotate("Biden Meets Xi in Bali, Agrees to Restart Climate Talks")
    meeting = next(a for a in record["actions"] if a["trigger"] == "Meets")
    # a person's name keeps its case in the copy, and the verb between two names is no name
    assert (meeting["actor"]["text"], meeting["target"]["text"]) == ("Biden", "Xi")


def test_the_parties_are_the_words_as_written(annotate: Annotate) -> None:
    record = annotate("Russia Expels 10 US Diplomats")
    # not the lower-cased copy that was parsed ("10 US diplomats")
    assert record["actions"][0]["target"]["text"] == "10 US Diplomats"


@pytest.mark.parametrize(("headline", "trigger", "plover", "actor", "target"), [
    # the small model reads the verb after a name as a plural noun even in lower case; the
    # headline is read again with that verb in the past tense, as a report would put it
    ("U.S. Lifts Travel Ban to Lebanon", "Lifts", "CONCEDE", "USA", "LBN"),
    ("Turkey Summons Swedish Envoy Over Protest", "Summons", "ACCUSE", "TUR", "SWE"),
])
def test_a_headline_verb_read_as_a_noun_is_read_as_a_verb(
        annotate: Annotate, headline: str, trigger: str, plover: str, actor: str,
        target: str) -> None:
    record = annotate(headline + "\n\nThe story follows here.")
    action = next(a for a in record["actions"] if a["trigger"] == trigger)
    assert (action["plover"], action["actor"]["country"], action["target"]["country"]) == (
        plover, actor, target)
    # the offsets are the headline's own, not those of the text with the verb in the past
    assert record["text"][action["start"]:action["end"]] == trigger
    assert record["text"][action["target"]["start"]:action["target"]["end"]] == (
        action["target"]["text"])


@pytest.mark.parametrize("headline", [
    "Apple Shares Fall After Earnings Miss",  # "shares" is the noun here
    "Oil Prices Rise as Talks Stall",
])
def test_a_headline_of_market_news_reports_no_action(annotate: Annotate, headline: str) -> None:
    assert annotate(headline)["actions"] == []


def dyads(annotate: Annotate, text: str) -> list[tuple[Any, ...]]:
    return [(a["trigger"], a["cameo"], a["actor"] and a["actor"]["country"],
             a["target"] and a["target"]["country"]) for a in annotate(text)["actions"]]


@pytest.mark.parametrize(("headline", "expected"), [
    # a sentence-case headline whose present-tense verb the parse read as a noun, or whose
    # name it read as the verb's modifier: read again with the verb in the past tense
    ("Chad expels Italian ambassador.", [("expels", "161", "TCD", "ITA")]),
    ("Peru summons Chilean charge d'affaires.", [("summons", "110", "PER", "CHL")]),
    ("Mali expels French ambassador.", [("expels", "161", "MLI", "FRA")]),
    ("The army attacked the town. Chad expels Italian ambassador.",
     [("attacked", "190", None, None), ("expels", "161", "TCD", "ITA")]),
])
def test_a_sentence_case_headline_verb_after_a_name(annotate: Annotate, headline: str,
                                                    expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, headline) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a plural noun after a name, with the sentence's verb after it, stays a noun
    ("NATO allies have agreed to extend the mission.", [("agreed", "030", "IGO", None)]),
    ("Hamas fighters attacked the base.", [("attacked", "190", "PSE", None)]),
    ("U.S. troops attacked the town.", [("attacked", "190", "USA", None)]),
])
def test_a_plural_noun_after_a_name_is_no_misread_verb(annotate: Annotate, sentence: str,
                                                       expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, sentence) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # the name before the verb tagged anything but a proper noun ("Trump" a common noun): it
    # is a name the re-reading kept, so its verb is still found
    ("Trump Praises Orban", [("Praises", "051", "SUPPORT", None, None, "Orban")]),
    # the verb tagged VERB in a noun's modifier slot ("arrests" a compound of "leader")
    ("Kenya Arrests Opposition Leader.",
     [("Arrests", "173", "COERCE", "KEN", None, "Opposition Leader")]),
    # a participle before its noun is the noun's modifier, not a clause of its own: the
    # noun is the verb's object and the participle no event; also where the parse made the
    # verb the participle's subject
    ("Russia Frees Detained American Reporter",
     [("Frees", "0841", "RETREAT", "RUS", "USA", "Detained American Reporter")]),
    ("Iran Frees Detained Swiss Journalist.",
     [("Frees", "0841", "RETREAT", "IRN", "CHE", "Detained Swiss Journalist")]),
])
def test_a_title_case_headline_verb_after_any_name(annotate: Annotate, headline: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert [(a["trigger"], a["cameo"], a["plover"], a["actor"] and a["actor"]["country"],
             a["target"] and a["target"]["country"], a["target"] and a["target"]["text"])
            for a in annotate(headline)["actions"]] == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # in sentence case too: the verb the parse made the subject of the participle after it
    ("Iran frees detained French tourist.", [("frees", "0841", "IRN", "FRA")]),
    ("Chad expels detained German diplomat.", [("expels", "161", "TCD", "DEU")]),
    # guards: a sentence with an article, a past verb of force, a people noun before the verb
    ("NATO allies attacked the base.", [("attacked", "190", "IGO", None)]),
    ("NATO allies attacked Taliban fighters.", [("attacked", "190", "IGO", "AFG")]),
    ("NATO allies detained Taliban fighters.", [("detained", "173", "IGO", "AFG")]),
])
def test_a_sentence_case_verb_before_a_participle(annotate: Annotate, headline: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, headline) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # guards: a plural noun after a name whose verb follows it stays the subject
    ("NATO Allies Agree to Raise Spending", [("Agree", "030", "IGO", None)]),
    ("NATO Allies Agreed to Raise Spending", [("Agreed", "030", "IGO", None)]),
    ("EU Leaders Agree on Migration Plan", [("Agree", "030", "IGO", None)]),
    ("Oil Prices Rise as Iran Talks Stall", []),
])
def test_a_title_case_plural_subject_is_no_misread_verb(annotate: Annotate, headline: str,
                                                        expected: list[tuple[Any, ...]]) -> None:
    assert dyads(annotate, headline) == expected
