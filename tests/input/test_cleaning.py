"""Cleaning scraped plain text: boilerplate rules, hard wraps, headline and dateline."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.input.boilerplate import boilerplate_rules, matching_rule
from annotate.input.cleaning import CleanedText, clean_text

from ..conftest import ROOT

CLEAN_SAMPLES = sorted(path for path in (ROOT / "samples").glob("*.txt")
                       if not path.name.startswith("08-"))
MESSY = ROOT / "samples" / "08-messy-scraped.txt"

STORY = ("ANKARA, Turkey (AP) — Turkish Foreign Minister Selin Aydemir met her Greek "
         "counterpart on Monday and said talks on maritime borders would resume next month.")


def kept(text: str) -> str:
    return clean_text(text).text


def rules_dropping(text: str) -> list[str]:
    return [line.rule for line in clean_text(text).dropped]


# --- one test per rule class --------------------------------------------------------------

@pytest.mark.parametrize("rule, lines", [
    ("navigation", ["Skip to main content", "Menu    Search", "Home  Sections  Log in",
                    "Markets & Trade Click to expand menu", "Current: Home > World",
                    "Back to top", "Page 2 of 5"]),
    ("navigation", ["Europe | Asia | Africa | Americas", "Home > World > Europe > Poland",
                    "News • Opinion • Sport"]),
    ("share", ["Share this story", "Share", "Facebook   X   Email   Copy link",
               "Share this article   Facebook  Twitter  Email", "Share: Facebook | X | Email",
               "WhatsApp | LinkedIn | Reddit", "Follow us on X and Facebook", "Print"]),
    ("advertisement", ["Advertisement", "ADVERTISEMENT", "Sponsored content",
                       "Story continues below advertisement"]),
    ("subscribe", ["Subscribe", "Subscribe now!", "Newsletter",
                   "Morning briefings delivered to your inbox every weekday. Subscribe",
                   "Already a subscriber? Log in"]),
    ("comments", ["Leave a Reply", "Leave a comment", "14 comments", "View all comments",
                  "Your email address will not be published. Required fields are marked *"]),
    ("copyright", ["© 2026 Example Wire Service. All rights reserved.",
                   "Copyright 2025 The Associated Press. All rights reserved.",
                   "All rights reserved."]),
    ("related-links", ["Related stories", "More coverage:", "Read more",
                       "READ MORE: Baltic ministers meet over gas pipeline damage"]),
    ("media", ["Listen to this article 4 min", "Play video", "3:42", "View gallery"]),
    ("footer", ["Privacy Policy", "Terms of Service", "Cookie Settings", "Contact us"]),
])
def test_each_rule_class_drops_its_lines(rule: str, lines: list[str]) -> None:
    text = "\n\n".join([*lines, STORY])
    cleaned = clean_text(text)
    assert cleaned.text == STORY
    assert [line.rule for line in cleaned.dropped] == [rule] * len(lines)
    assert [line.text for line in cleaned.dropped] == [line.strip() for line in lines]


def test_dropped_lines_keep_their_text_and_line_number() -> None:
    cleaned = clean_text(f"Terms of Use  |  Privacy Policy  |  Cookie Settings\n\n{STORY}\n")
    assert cleaned.dropped[0].text == "Terms of Use  |  Privacy Policy  |  Cookie Settings"
    assert cleaned.dropped[0].line == 1


def test_block_heading_drops_the_links_under_it_up_to_a_blank_line() -> None:
    text = (f"{STORY}\n\nRelated stories\nBaltic states close border crossings with Belarus\n"
            "Czech Republic expels Russian diplomat over spying?\n\nThe talks end on Friday.")
    cleaned = clean_text(text)
    assert cleaned.text == f"{STORY}\n\nThe talks end on Friday."
    assert rules_dropping(text) == ["related-links"] * 3


def test_block_heading_alone_drops_a_following_paragraph_of_links() -> None:
    text = (f"{STORY}\n\nMore stories\n\nBaltic states close border crossings with Belarus\n"
            "Czech Republic expels Russian diplomat over spying\n\nThe talks end on Friday.")
    assert kept(text) == f"{STORY}\n\nThe talks end on Friday."


def test_block_stops_at_story_prose() -> None:
    # One paragraph per line, no blank lines: the block must not swallow the story.
    text = f"Related stories\nBaltic states close border crossings\n{STORY}\nThe talks end Friday."
    cleaned = clean_text(text)
    assert cleaned.text == f"{STORY}\nThe talks end Friday."
    assert len(cleaned.dropped) == 2


def test_newsletter_heading_takes_its_pitch_line_with_it() -> None:
    text = (f"{STORY}\n\nSign up for our newsletter\nThe day's top stories, every morning\n\n"
            "The talks end on Friday.")
    assert kept(text) == f"{STORY}\n\nThe talks end on Friday."
    assert rules_dropping(text) == ["subscribe", "subscribe"]


# --- prose is never dropped ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Subscribe to the idea that sanctions alone will end the war, and you will be disappointed, "
    "the envoy told lawmakers.",  # matches the "subscribe to ..." pattern but is too long
    "Officials urged residents to sign up for emergency alerts after the drone strike.",
    "Share prices in Warsaw fell 3% after the announcement.",
    "Advertisement spending by state broadcasters rose sharply, the report said.",
    "Comments by the foreign minister drew a sharp response from Moscow.",
    "Related talks in Geneva produced no agreement.",
    "Print and broadcast journalists were barred from the hearing.",
    "Home to 2 million people, the city has been shelled daily.",
    "Follow-up talks are planned for March.",
    "Menu prices at the summit banquet were not disclosed.",
    "Eklund said: \"We will not be intimidated.\"",
    "He said the deal was > 10 years in the making.",
])
def test_prose_lines_are_kept(line: str) -> None:
    text = f"{STORY}\n\n{line}"
    assert kept(text) == text
    assert matching_rule(line) is None


def test_length_guard_keeps_a_long_line_that_the_pattern_alone_would_drop() -> None:
    line = "Subscribe to the view that the war must end soon, Eklund said."
    rule = next(rule for rule in boilerplate_rules() if rule.pattern.fullmatch(line))
    assert len(line) > rule.max_chars and matching_rule(line) is None


def test_every_rule_row_is_well_formed() -> None:
    rules = boilerplate_rules()
    assert rules and {rule.kind for rule in rules} == {"line", "block"}
    assert {rule.rule for rule in rules} >= {"navigation", "share", "advertisement", "subscribe",
                                             "comments", "copyright", "related-links"}
    for rule in rules:
        assert rule.pattern.groups == 0, f"{rule.rule}: use (?:...) in {rule.pattern.pattern}"


# --- datelines ----------------------------------------------------------------------------

@pytest.mark.parametrize("opening, place, agency, date_text", [
    ("WASHINGTON (AP) —", "WASHINGTON", "AP", None),
    ("MOSCOW, March 2 (Reuters) -", "MOSCOW", "Reuters", "March 2"),
    ("WARSAW, Poland (AP) —", "WARSAW, Poland", "AP", None),
    ("UNITED NATIONS (AP) —", "UNITED NATIONS", "AP", None),
    ("KYIV, Ukraine, Sept. 16, 2025 (AP) —", "KYIV, Ukraine", "AP", "Sept. 16, 2025"),
    ("BEIRUT (AP) _", "BEIRUT", "AP", None),
    ("LONDON, March 2 (Reuters) -", "LONDON", "Reuters", "March 2"),
    ("GENEVA —", "GENEVA", None, None),
    ("GENEVA, June 11 —", "GENEVA", None, "June 11"),
    ("ST. PETERSBURG, Russia (AP) —", "ST. PETERSBURG, Russia", "AP", None),
    ("N'DJAMENA, Chad (AP) —", "N'DJAMENA, Chad", "AP", None),
    ("KINSHASA, Democratic Republic of Congo (AP) —", "KINSHASA, Democratic Republic of Congo",
     "AP", None),
    ("TEL AVIV, Israel (AP) --", "TEL AVIV, Israel", "AP", None),
])
def test_datelines(opening: str, place: str, agency: str | None, date_text: str | None) -> None:
    text = f"Headline of the story\n\n{opening} Officials met on Monday."
    cleaned = clean_text(text)
    dateline = cleaned.dateline
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.agency, dateline.date_text) == (
        opening, place, agency, date_text)
    assert cleaned.text[dateline.start:dateline.end] == opening


@pytest.mark.parametrize("text", [
    "NATO allies met on Monday.",
    "Moscow (Reuters) said nothing.",  # not capitals, and no dash
    "Headline\n\nThe talks — long delayed — began on Monday.",
    "Headline\n\nBREAKING — Talks collapse in Geneva.",  # a label, not a place
    "Headline\n\nFirst paragraph.\n\nGENEVA — later paragraph without an agency.",
])
def test_no_dateline(text: str) -> None:
    assert clean_text(text).dateline is None


def test_dateline_with_agency_after_an_unknown_byline_line() -> None:
    text = "Headline\n\nBy JANE DOE\nAssociated Press writer\n\nPARIS (AP) — Talks resumed."
    dateline = clean_text(text).dateline
    assert dateline is not None and dateline.place == "PARIS"


def test_bare_dateline_line_is_joined_to_the_story() -> None:
    cleaned = clean_text("WASHINGTON (AP) —\nPresident Whitfield spoke on Friday.")
    assert cleaned.text == "WASHINGTON (AP) — President Whitfield spoke on Friday."
    assert cleaned.dateline is not None and cleaned.dateline.text == "WASHINGTON (AP) —"


# --- headline -----------------------------------------------------------------------------

HEADLINE = "Turkey and Greece agree to resume talks"


@pytest.mark.parametrize("text, headline", [
    (f"Turkey and Greece agree to resume talks\n\n{STORY}", HEADLINE),
    (f"Turkey and Greece agree to resume talks\n{STORY}", HEADLINE),
    ("Will the talks resume?\n\nPublished 3:05 PM EDT, Sept. 16, 2025\n\nText.",
     "Will the talks resume?"),
    ('Iran calls move "regrettable"\n\nPARIS (AP) — Text.', 'Iran calls move "regrettable"'),
    (f"Skip to main content\nAdvertisement\n\nTurkey and Greece agree\n\n{STORY}",
     "Turkey and Greece agree"),
    ("Turkey and Greece agree to resume\ntalks on maritime borders\n\nText.",
     "Turkey and Greece agree to resume talks on maritime borders"),
])
def test_headline(text: str, headline: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.headline is not None and cleaned.headline.text == headline
    assert cleaned.text[cleaned.headline.start:cleaned.headline.end] == headline


@pytest.mark.parametrize("text", [
    STORY,  # a dateline paragraph is not a headline
    "The talks ended on Monday.\n\nMore text.",  # a sentence
    "Published 3:05 PM EDT, Sept. 16, 2025\n\nText.",  # a byline
    "Turkey and Greece agree\nOfficials said talks would go on.",  # followed by prose
    "Turkey and Greece agree",  # nothing follows
    "x" * 250 + "\n\nText.",  # too long
])
def test_no_headline(text: str) -> None:
    assert clean_text(text).headline is None


def test_headline_and_byline_are_not_joined_to_the_next_line() -> None:
    text = ("Poland warns of new phase in drone threats\nPublished 3:05 PM EDT, Sept. 16, 2025\n"
            "WARSAW, Poland (AP) — Poland said on Tuesday.")
    cleaned = clean_text(text)
    assert cleaned.text == text and cleaned.joined_lines == 0
    assert cleaned.headline is not None and cleaned.dateline is not None


# --- hard wraps ---------------------------------------------------------------------------

@pytest.mark.parametrize("wrapped, joined", [
    ("Ministers will meet again in Brussels on Feb.\n12 to review progress.",
     "Ministers will meet again in Brussels on Feb. 12 to review progress."),
    ("The talks resumed on Sept.\n3 in Geneva.", "The talks resumed on Sept. 3 in Geneva."),
    ("The letter was signed by Gov.\nMaria Lopez and two aides.",
     "The letter was signed by Gov. Maria Lopez and two aides."),
    ("at least six additional air defense batteries\nto Ukraine before winter.",
     "at least six additional air defense batteries to Ukraine before winter."),
    ("Allies had\ncommitted to send more.", "Allies had committed to send more."),
    ("Poland, Lithuania and Latvia,\nEstonia and Finland signed.",
     "Poland, Lithuania and Latvia, Estonia and Finland signed."),
    ("The drones flew toward\nPolish cities.", "The drones flew toward Polish cities."),
    ("The ministers said the\n2022 agreement stands.",
     "The ministers said the 2022 agreement stands."),
    ("GENEVA (AP) — Talks were hosted by Swiss Foreign Minister Anna\nKeller and lasted hours.",
     "GENEVA (AP) — Talks were hosted by Swiss Foreign Minister Anna Keller and lasted hours."),
    ("Talks resumed.\nThey were hosted in Geneva by Swiss Foreign Minister Anna\nKeller.",
     "Talks resumed.\nThey were hosted in Geneva by Swiss Foreign Minister Anna Keller."),
    ("The alliance's eastern flank faces what officials call an air-\ndefense gap.",
     "The alliance's eastern flank faces what officials call an air-defense gap."),
    ("Russia was  testing the alliance's   resolve.  ",
     "Russia was testing the alliance's resolve."),
])
def test_hard_wraps_are_undone(wrapped: str, joined: str) -> None:
    cleaned = clean_text(wrapped)
    assert cleaned.text == joined
    assert cleaned.joined_lines == wrapped.count("\n") - joined.count("\n")


@pytest.mark.parametrize("text", [
    "The ministers met on Monday.\nThey agreed to meet again.",  # one paragraph per line
    "He said the deal was done.\nsome officials disagreed.",  # a sentence ends the line
    "The talks end on Friday\n\nthe ministers said.",  # never across a blank line
    "Agreed points:\n- a ceasefire\n- a prisoner swap",  # a list
    "Turkey and Greece agree\nOfficials said talks would go on.",  # short line, capital next
    "The conference was held in the U.S.\nThe ministers left on Friday.",
    "The meeting took place in Feb.\nThe ministers left on Friday.",  # month, no day after it
])
def test_lines_that_are_not_wraps_stay_separate(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.joined_lines == 0


def test_blank_lines_are_collapsed_and_stripped() -> None:
    assert kept("\n\n  \nFirst paragraph.\n\n\n\n\nSecond paragraph.\n \n\n") == (
        "First paragraph.\n\nSecond paragraph.")


def test_ad_inside_a_wrapped_paragraph_is_dropped_and_the_wrap_undone() -> None:
    cleaned = clean_text("Allies had committed to send\nAdvertisement\nsix more batteries.")
    assert cleaned.text == "Allies had committed to send six more batteries."
    assert cleaned.joined_lines == 1 and rules_dropping("Advertisement") == ["advertisement"]


def test_furniture_spelled_across_a_wrap_is_dropped() -> None:
    cleaned = clean_text(f"Skip to\nmain content\n\n{STORY}")
    assert cleaned.text == STORY and clean_text(cleaned.text).text == STORY


# --- the samples --------------------------------------------------------------------------

@pytest.mark.parametrize("path", CLEAN_SAMPLES, ids=lambda path: path.name)
def test_clean_ap_copy_comes_out_unchanged(path: Path) -> None:
    # Exactly what holds: the text with its leading and trailing whitespace stripped, no line
    # dropped or joined, the first line the headline and a dateline found.
    text = path.read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.text == text.strip()
    assert cleaned.dropped == () and cleaned.joined_lines == 0
    assert cleaned.headline is not None and cleaned.headline.text == text.split("\n")[0]
    assert cleaned.dateline is not None and cleaned.dateline.agency == "AP"


def test_messy_sample_loses_its_furniture_and_keeps_its_story() -> None:
    text = MESSY.read_text(encoding="utf-8")
    cleaned = clean_text(text)
    lines = cleaned.text.split("\n")
    for furniture in ("Skip to main content", "Menu", "World", "Advertisement",
                      "Share this article", "Facebook", "Sign up for our newsletter",
                      "Get the day's top stories", "Related stories",
                      "EU agrees new sanctions package against Iran",
                      "Poland expels Russian diplomats over spying", "©", "Terms of Use"):
        assert not any(line.startswith(furniture) for line in lines), furniture
    assert {line.rule for line in cleaned.dropped} == {
        "navigation", "advertisement", "share", "subscribe", "related-links", "copyright"}
    # Every story paragraph is kept, its characters untouched (mojibake is not cleaning's job).
    assert lines[0] == ("NATO ministers pledge more air defense for Ukraine as Poland warns of "
                        "â€œnew phaseâ€\ufffd of Russian threats")
    assert cleaned.headline is not None and cleaned.headline.text == lines[0]
    assert cleaned.dateline is not None and cleaned.dateline.place == "BRUSSELS"
    for paragraph in (
        "BRUSSELS (AP) — NATO foreign ministers agreed on Thursday to speed up deliveries of air "
        "defense systems to Ukraine and to expand patrols over the Baltic Sea, after a two-day "
        "meeting dominated by warnings that Russia was testing the alliance's resolve.",
        "NATO Secretary-General Lars Eklund said allies had committed to send at least six "
        "additional air defense batteries to Ukraine before winter, and that two of them could "
        "arrive within weeks.",
        "Diplomats said the foreign ministers will meet again in Brussels on Feb. 12 to review",
        "Russia dismissed the meeting.",
        "Russian Foreign Minister Dmitry Orlov said on Wednesday that the alliance's",
        "Hrytsenko, who joined the talks on the second day, said Ukraine\ufffds cities",
        "Eklund said allies had not discussed sending troops to Ukraine",
        "Wierzbicki said on Thursday that the incursion marked a \"new phase\" of Russian",
    ):
        assert any(paragraph in line for line in lines), paragraph
    story = [line for line in text.split("\n") if len(line) > 160]
    assert all(" ".join(line.split()) in cleaned.text for line in story)
    assert cleaned.joined_lines == 4


# --- arbitrary text -----------------------------------------------------------------------

PIECES = ["\n", "\n\n", "\n\n\n", " ", "  ", "\t", "\u00a0", "\r", "WASHINGTON (AP) —",
          "MOSCOW, March 2 (Reuters) -", "GENEVA —", "Feb.", "12", "Gov.", "Sen.", "to", "of",
          "the", ",", ".", "?", '"', "Advertisement", "Share this article", "Skip to",
          "main content", "Related stories", "Sign up for our newsletter", "Subscribe",
          "Facebook", "X", "Email", "|", ">", "•", "©", "2026", "Published 3:05 PM EDT,",
          "By", "JANE DOE", "Ukraine", "air-", "defense", "Orlov", "said", "talks", "-", "—",
          "x" * 60, "Officials said the talks in Geneva would resume next month and"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=50).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=50).map(" ".join),
)


def assert_offsets_index_the_text(cleaned: CleanedText) -> None:
    for found in (cleaned.headline, cleaned.dateline):
        if found is not None:
            assert cleaned.text[found.start:found.end] == found.text and found.text


@settings(max_examples=400, deadline=None)
@given(texts)
def test_arbitrary_text_is_cleaned_once_and_for_all(text: str) -> None:
    cleaned = clean_text(text)
    assert_offsets_index_the_text(cleaned)
    assert cleaned.text == cleaned.text.strip() and "\n\n\n" not in cleaned.text
    again = clean_text(cleaned.text)
    assert again.text == cleaned.text
    assert again.dropped == () and again.joined_lines == 0
    assert (again.headline, again.dateline) == (cleaned.headline, cleaned.dateline)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_cleaning_only_removes_whitespace_and_dropped_lines(text: str) -> None:
    # Apart from whitespace, the cleaned text is the input with some lines left out: every
    # character kept is a character of the input, in the same order; nothing is rewritten.
    source = iter("".join(text.split()))
    assert all(char in source for char in "".join(clean_text(text).text.split()))
