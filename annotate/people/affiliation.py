"""A person's country where the story implies it rather than writing it beside a title.

``titles`` reads the country written with a title ("Russian Foreign Minister ..."). This
module gives a country to the people that rule leaves without one:

- a nationality word before a person noun that is no title ("Kenyan runner Grace Wanjiru",
  "U.S. lawyer Ann Hale"; person nouns are WordNet's, models/person_nouns.tsv). A hyphenated
  word says something else ("Iranian-born author": a birthplace, not a nationality;
  "Russian-language newspaper editor"; "British-made drone operator"), and so does a language
  or a subject ("a French teacher", models/affiliation_titles.tsv);
- a table row's brackets ("Ana Ruiz (ESP) 68"), brackets in prose ("Ana Ruiz (Spain) won"),
  "Ana Ruiz of Spain", "Spain's Ana Ruiz", "Sen. X, R-Ohio";
- an official whose office is one of a state and whose country the story does not state: in
  a U.S.-datelined story, American; in a story datelined in a national capital, that
  country's ("MOSCOW (AP) — Foreign Minister Sergei Orlov"), unless the office is one held
  abroad (a diplomat), in an international organisation, a military rank, or one of the U.S.
  federal offices that AP copy names without "U.S." abroad too (models/affiliation_titles.tsv),
  or the sentence names another country before the name ("South Korea sent Vice Foreign
  Minister X").

A person has one country for all mentions: the first one found over all of them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..gazetteer import US_CODE, Gazetteer, us_states
from .cues import Cues
from .described import of_country_after
from .persons import Person
from .rows import bracketed_country
from .story import StoryIndex
from .titles import POSSESSIVES, STATE_OFFICES, affiliation_titles, title_kind

# The country whose officials U.S. wire copy (the AP style the project follows) names without
# a country word: at home, "Secretary of State X" is American. Abroad the same copy still
# writes "President X" for the American president (the "home" titles of the table).
HOME_COUNTRY = US_CODE

# Kinds of gazetteer alias that say a person's nationality before a noun ("Kenyan", "U.S.",
# "Kenya"); a capital or an institution before a noun names a place or a body instead.
_NATIONALITY_KINDS = ("demonym", "short", "name")
_HYPHENS = {"-", "–"}  # joining words with no space around ("Iranian-born"); not a dash " — "
_MAX_NOUN_MODIFIERS = 2  # "Kenyan MARATHON runner", "Brazilian FORMER STAR striker"


def title_class(title: str) -> str | None:
    """The class of a title whose last words are a row of the table ("former U.S. Secretary of
    State" -> "home"), or None."""
    table = affiliation_titles()
    words = title.lower().split()
    for i in range(len(words)):
        found = table.get(" ".join(words[i:]))
        if found is not None:
            return found
    return None


def dateline_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The country of the story's dateline ("WARSAW, Poland", "WASHINGTON (AP)"): its region's
    country, else its city's; None without a dateline or for a place the gazetteer lacks."""
    dateline = doc._.annotate_dateline
    if not dateline or not dateline.get("place"):
        return None
    return gazetteer.dateline_country(dateline["place"])


def dateline_capital(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The country whose capital the dateline names ("MOSCOW (AP)", "NAIROBI, Kenya (AP)"), or
    None for any other dateline ("GENEVA (AP)", "LYON, France")."""
    dateline = doc._.annotate_dateline
    if not dateline or not dateline.get("place"):
        return None
    city, _, region = (part.strip() for part in dateline["place"].partition(","))
    if gazetteer.kind(city) != "capital":
        return None
    country = gazetteer.lookup(city)
    return country if not region or gazetteer.lookup(region) == country else None


def official_country(doc: Doc, person: Person, gazetteer: Gazetteer,
                     titles_file: str) -> str | None:
    """The country an official without a stated country serves, from the dateline."""
    kind = title_kind(person.title or "", titles_file)
    if kind not in STATE_OFFICES:
        return None
    if dateline_country(doc, gazetteer) == HOME_COUNTRY:
        # a diplomat in Washington is as likely a foreign one, a minister is a foreign one,
        # and an international official serves no country
        if title_class(person.title or "") in ("mission", "international", "foreign"):
            return None
        return HOME_COUNTRY
    if kind not in _CAPITAL_KINDS or title_class(person.title or "") in _ABROAD_CLASSES:
        return None  # a diplomat, an international official, a U.S. office named abroad
    country = dateline_capital(doc, gazetteer)
    first = person.mentions[0].token_start  # where copy introduces the official
    return None if country is None or _other_country_in(doc, first, country, gazetteer) \
        else country


# Offices whose holders the capital's story may leave without a country: its own government,
# parliament and courts. Talks hosted in a capital bring other states' and sides' generals
# ("The army delegation was led by Lt. Gen. X"), so a military rank says nothing there.
_CAPITAL_KINDS = frozenset({"head", "government", "legislative", "judicial"})


def _other_country_in(doc: Doc, i: int, country: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence of token ``i`` names, before it, a country other than ``country``
    or an organisation: a capital's story brings in a visiting delegation or an organisation's
    official with its name first ("South Korea sent Vice Foreign Minister X", "Japan was
    represented by ...", "EU Trade Commissioner X"), while the host's own official's sentence
    goes on to other countries after the name ("... said talks with Ukraine ...")."""
    sentence = doc[i].sent
    for start in range(sentence.start, i):
        for end in range(min(i, start + 3), start, -1):
            text = doc[start:end].text
            if gazetteer.kind(text) in _COUNTRY_KINDS and gazetteer.lookup(text) != country:
                return True
    return False


# Any country, and any organisation or another country's institution: "EU Trade Commissioner X"
# in a Brussels story is the EU's.
_COUNTRY_KINDS = ("name", "short", "demonym", "capital", "institution", "organization")
# Classes of affiliation_titles.tsv whose holders a foreign capital's dateline says nothing of.
_ABROAD_CLASSES = ("mission", "international", "home")


def implied_country(story: StoryIndex, person: Person, gazetteer: Gazetteer,
                    cues: Cues) -> str | None:
    """A country the story gives a person without a title: a nationality before a person noun
    ("Kenyan runner Grace Wanjiru"), the brackets of a table row ("Ana Ruiz (ESP) 68") or of
    prose ("Ana Ruiz (Spain) won"), "of" ("Ana Ruiz of Spain"), a country's possessive ("Spain's
    Ana Ruiz"), or a U.S. party-and-state designation ("Robert Caldwell, R-Ohio"). In a U.S.
    story (``_us_story``) a U.S. state's name there is the state, not a country: "Georgia's
    X" and "X of Georgia" say nothing of the country GEO."""
    doc = story.doc
    home = _us_story(doc, person, gazetteer)
    for m in person.mentions:
        state = home and _state_beside(doc, m.token_start, m.token_end)  # "Georgia's X"
        country = story.row_names.get(m.token_start) \
            or (None if state else of_country_after(doc, m.token_end, gazetteer)) \
            or nationality_before_noun(doc, m.token_start, gazetteer, cues) \
            or (None if state else country_beside(doc, m.token_start, m.token_end, gazetteer))
        if country is not None:
            return country
        if _party_and_state_after(doc, m.token_end):
            return HOME_COUNTRY
    return None


def nationality_before_noun(doc: Doc, start: int, gazetteer: Gazetteer, cues: Cues) -> str | None:
    """The country of "Kenyan runner | Grace Wanjiru", "U.S. marathon runner | X": a nationality
    word, up to two lower-case modifiers and a person noun right before a name; None when a
    hyphen joins the nationality word to another ("Iranian-born author")."""
    noun = start - 1
    if noun < 1 or not _person_noun(doc, noun, cues):
        return None
    if title_class(doc[noun].lemma_) == "subject":
        return None  # "French teacher": a language or a subject
    end = noun
    for _ in range(_MAX_NOUN_MODIFIERS + 1):
        country = _nationality_ending_at(doc, end, gazetteer)
        if country is not None:
            return country
        token = doc[end - 1] if end > 0 else None
        if token is None or not (token.is_alpha and token.is_lower
                                 and token.pos_ in ("NOUN", "ADJ", "PROPN")):
            return None
        end -= 1
    return None


def country_beside(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> str | None:
    """The country of sports and wire copy's short forms: a country's name in brackets right
    after the name ("Grace Wanjiru (Kenya)", "(KEN)") or with a possessive right before it
    ("Kenya's Grace Wanjiru"). A city or a people is no country here ("Moscow's", "(Moscow)")."""
    if end < len(doc) and doc[end].text == "(":
        country = bracketed_country(doc, end, gazetteer)
        if country is not None:
            return country
    if start < 2 or doc[start - 1].text not in POSSESSIVES:
        return None
    for begin in range(max(0, start - 4), start - 1):
        owner = doc[begin:start - 1].text
        if gazetteer.kind(owner) in ("name", "short"):
            return gazetteer.lookup(owner)
    return None


def _person_noun(doc: Doc, i: int, cues: Cues) -> bool:
    token = doc[i]
    return token.is_alpha and token.is_lower and token.pos_ == "NOUN" \
        and (token.lemma_ in cues.person_nouns or token.lower_ in cues.person_nouns)


def _nationality_ending_at(doc: Doc, end: int, gazetteer: Gazetteer) -> str | None:
    """A nationality word ending right before ``end`` ("Kenyan", "South Korean", "U.S."), not
    joined by a hyphen to a word before or after it."""
    if end < 1 or _joined(doc, end):
        return None
    for begin in range(max(0, end - 3), end):
        span = doc[begin:end]
        if any(t.text in _HYPHENS for t in span) or (begin > 0 and _joined(doc, begin - 1)):
            continue
        if gazetteer.kind(span.text) in _NATIONALITY_KINDS:
            return gazetteer.lookup(span.text)
    return None


def _joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen that joins two words: no space on either side."""
    return doc[i].text in _HYPHENS and not doc[i].whitespace_ \
        and (i == 0 or not doc[i - 1].whitespace_)


def _party_and_state_after(doc: Doc, end: int) -> bool:
    """An AP party-and-state designation after a name: "Robert Caldwell, R-Ohio," or "Ann Lee,
    D-N.Y.,", which only members of the U.S. Congress and state legislatures carry."""
    return end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].text in ("R", "D", "I") \
        and doc[end + 2].text in ("-", "–") and doc[end + 3].text[:1].isupper()


def _us_story(doc: Doc, person: Person, gazetteer: Gazetteer) -> bool:
    """Whether a story is American for a person: datelined in the United States
    ("WASHINGTON", "SAVANNAH, Ga."; not "TBILISI, Georgia", which AP writes for the
    country), or the person carries a party-and-state designation
    ("Ann Lee, D-Ga.")."""
    return dateline_country(doc, gazetteer) == HOME_COUNTRY \
        or any(_party_and_state_after(doc, m.token_end) for m in person.mentions)


def _state_beside(doc: Doc, start: int, end: int) -> bool:
    """Whether a U.S. state's name owns the name ("Georgia's X") or follows it after "of"
    ("X of Georgia")."""
    return (start >= 2 and doc[start - 1].text in POSSESSIVES and doc[start - 2].text in us_states()) \
        or (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text in us_states())
