"""Finding the candidate names of a story.

Candidates are the model's PERSON entities plus capitalised names it missed right after a
title ("Foreign Minister Dmitry Orlov") or right before a title in apposition ("Orlov, the
Russian foreign minister,"), each cleaned to the name itself; candidates that the words in or
around them show to be things rather than people are dropped ("the Beatles", "retailer Best
Buy", "Douglas Aircraft").
"""

from __future__ import annotations

from spacy.tokens import Span

from ..gazetteer import Gazetteer
from .address import without_address
from .bylines import in_byline
from .census_names import census_names, subject_names
from .companies import company_names
from .consistency import named_type, person_here, thing_names
from .cues import DETERMINERS, Cues, census_word_in_capitals, is_name_token
from .described import coordinated_people, described_people
from .headlines import (
    capitals_full_names,
    split_at_headline_verb,
    verb_of_headline,
    whole_name_in_capitals,
)
from .lineups import lineups
from .places import predicated_place
from .rows import in_scoreline, leaderboard_names, row_names, split_at_versus
from .spans import (
    MAX_NAME_TOKENS,
    clean_span,
    extend_span,
    initials_after_surname,
    trim_postnominals,
    with_nickname,
)
from .story import StoryIndex
from .things import thing_context, thing_or_place
from .titled_lists import plural_titles, titled_lists
from .titles import title_before, title_in_apposition
from .vocatives import vocative_names
from .words import common_words_only
from .works import (
    named_after_person,
    quoted_title,
    storm_name,
    storm_things,
)

TITLES_FILE = "titles.tsv"

# Entity labels the model gives to things that are not people.
_THING_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def find_candidates(story: StoryIndex, gazetteer: Gazetteer, cues: Cues,
                    verbs: frozenset[str] = frozenset()) -> list[Span]:
    """The candidate names of a story, cleaned, possibly overlapping: the model's PERSON
    entities (split at "vs." and at the verb of a title-case headline, ``verbs``), the names of table rows and ranked lists (``rows``; their
    countries go to ``story.row_names``) and of line-ups (``lineups``), then the names after titles and before appositive
    titles that it missed and those the story describes as people, less those that look like
    things."""
    doc = story.doc
    candidates = [span for span in (clean_span(story, piece, gazetteer, cues) for ent in doc.ents
                                    if ent.label_ == "PERSON" for part in split_at_versus(ent)
                                    for piece in split_at_headline_verb(part, verbs, cues))
                  if span is not None]
    tokens = story.tokens
    for name, country in row_names(doc, set(), gazetteer, cues, tokens):
        story.row_names[name.start] = country
        candidates.append(name)
    for name in leaderboard_names(doc, gazetteer, cues, tokens):  # "Ana Ruiz 66, Li Wei 67, ..."
        story.row_names.setdefault(name.start, None)
        candidates.append(name)
    players, teams = lineups(doc, cues, tokens)  # "Chelsea: Kepa; Azpilicueta, Rudiger, ..."
    for name in players:
        story.row_names.setdefault(name.start, None)
        candidates.append(name)
    for name in titled_lists(doc, plural_titles(TITLES_FILE), tokens):  # "Senators Kelly and Ortiz"
        story.row_names.setdefault(name.start, None)
        candidates.append(name)
    candidates += _names_of_god(story, cues)
    candidates += _names_after_titles(story, candidates, gazetteer, cues, verbs)
    candidates += _names_before_appositive_titles(story, candidates, gazetteer)
    covered = {i for span in candidates for i in range(span.start, span.end)}
    candidates += described_people(story, covered, gazetteer, cues)
    candidates += coordinated_people(story, candidates, gazetteer, cues)
    covered = {i for span in candidates for i in range(span.start, span.end)}
    candidates += census_names(story, covered, gazetteer, cues)  # "opposite Gerard Holm" as ORG
    candidates += subject_names(story, covered, gazetteer, cues)  # "Ana Ruiz spoke" unlabelled
    candidates += capitals_full_names(story, candidates, gazetteer, cues, verbs)  # "TIGER WOODS WINS"
    for name in vocative_names(doc, gazetteer, cues, tokens):  # "Thank you, Jill,"
        story.row_names.setdefault(name.start, None)  # a person by the construction alone
        if name.start not in covered:
            candidates.append(name)
    candidates = [without_address(trim_postnominals(with_nickname(span), cues))
                  for span in candidates]
    candidates = _cut_at_known_names_in_capitals(candidates)
    story.things = thing_names(story, candidates,
                               lambda start, end: thing_context(story, start, end, gazetteer, cues)) \
        | company_names(story, candidates, gazetteer, cues) \
        | thing_names(story, candidates, lambda start, end: predicated_place(doc, start, end, cues),
                      shortest=1) \
        | storm_things(story, candidates, cues)  # "Darwin is the capital of ...", "Haiyan"
    return [span for span in candidates if span.text not in teams
            and (span.start not in story.title_before  # not "PRINCE | EDWARD ISLAND"
                 or whole_name_in_capitals(doc, span.start, span.end, verbs, cues))
            and _looks_like_person(story, span, gazetteer, cues)
            and person_here(story, span, story.things) and not in_byline(span)]


def _cut_at_known_names_in_capitals(candidates: list[Span]) -> list[Span]:
    """A name in capitals that runs on past a name the story writes in small letters is cut
    there: in a headline every word is capitalised, so the model takes the verb after a
    surname into the name ("OKAFOR WINS AS BRANDT FALLS": "BRANDT FALLS", where the story
    names Lisa Brandt). The known names are the full names and surnames of the candidates
    not in capitals; a name in capitals that the story writes out whole is left whole."""
    known: set[tuple[str, ...]] = set()
    for span in candidates:
        if not span.text.isupper():
            words = tuple(token.lower_ for token in span)
            known.update((words, words[-1:]))
    if not known:
        return candidates
    cut: list[Span] = []
    for span in candidates:
        words = tuple(token.lower_ for token in span)
        if len(span) > 1 and span.text.isupper() and words not in known:
            for end in range(len(span) - 1, 0, -1):
                if words[:end] in known:
                    span = span[:end]
                    break
        cut.append(span)
    return cut


def _names_of_god(story: StoryIndex, cues: Cues) -> list[Span]:
    """The names of God ("God", "Allah"; models/people_cues.tsv), which the model seldom
    labels, where they stand alone (``_god_alone``)."""
    return [story.doc[i:i + 1] for word in cues.deities for i in story.positions.get(word, [])
            if _god_alone(story.doc, i)]


def _god_alone(doc, i: int) -> bool:
    """Whether a name of God at token i stands alone: not inside a longer capitalised name
    ("God Save the Queen", "Party of God"), not before "'s" and a capitalised word ("Jehovah's
    Witnesses"), not after a determiner ("the God of the old tribes")."""
    if i + 1 < len(doc) and _capitalised(doc[i + 1]) and "\n" not in doc[i].whitespace_:
        return False
    if i > 0 and _capitalised(doc[i - 1]) and not doc[i].is_sent_start \
            and "\n" not in doc[i - 1].whitespace_:
        return False
    if i + 2 < len(doc) and doc[i + 1].text in ("'s", "’s") and _capitalised(doc[i + 2]):
        return False
    if i >= 2 and doc[i - 1].lower_ == "of" and _capitalised(doc[i - 2]):
        return False
    return i == 0 or doc[i - 1].lower_ not in DETERMINERS


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _names_after_titles(story: StoryIndex, found: list[Span], gazetteer: Gazetteer,
                        cues: Cues, verbs: frozenset[str] = frozenset()) -> list[Span]:
    """Capitalised proper nouns right after a capitalised title, which the model missed; in
    a headline the name ends before its verb ("PRESIDENT HALE | VISITS OHIO")."""
    doc = story.doc
    covered = {i for span in found for i in range(span.start, span.end)}
    title_starts = set(story.title_after)
    names = []
    for start, (title_start, _) in story.title_before.items():
        if start in covered:
            continue
        end = start
        while (end < len(doc) and end - start < MAX_NAME_TOKENS
               and (is_name_token(doc[end]) or census_word_in_capitals(doc[end], cues))
               and end not in title_starts
               and "\n" not in doc[end].whitespace_):
            if end > start and verb_of_headline(doc, end, verbs, cues):
                break
            end += 1
        # A lower-case role word stands before a name in AP style ("spokeswoman Georgia
        # Whitlock"), but also before other capitalised words: ask for a full name there.
        if end - start < (1 if doc[title_start].text[:1].isupper() else 2) \
                or not whole_name_in_capitals(doc, start, end, verbs, cues):
            continue
        if "\n" not in doc[end - 1].whitespace_:
            _, end = extend_span(story, start, end, cues)
            span = doc[start:end]
            ent = story.ent_at[start]
            # A thing's name that merely begins after a title word ("King Abdullah Port"
            # as one facility) runs on past the name; the model's label over the title and
            # the name together ("Spokeswoman Sandy Angers" as ORG) is only the title glued on.
            inside_thing = ent is not None and ent.label_ in _THING_LABELS and ent.end > end
            if gazetteer.lookup(span.text) is None and not inside_thing:
                names.append(span)
    return names


def _names_before_appositive_titles(story: StoryIndex, found: list[Span],
                                    gazetteer: Gazetteer) -> list[Span]:
    """Proper nouns right before ", the foreign minister,", which the model missed."""
    doc = story.doc
    covered = {i for span in found for i in range(span.start, span.end)}
    names = []
    for comma in story.positions.get(",", []):
        if comma == 0 or comma - 1 in covered or not is_name_token(doc[comma - 1]):
            continue
        if title_in_apposition(story, comma, gazetteer) is None:
            continue
        start = comma - 1
        while start > 0 and comma - start < MAX_NAME_TOKENS and is_name_token(doc[start - 1]) \
                and start - 1 not in covered and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        span = doc[start:comma]
        if gazetteer.code_in(span) is None:
            names.append(span)
    return names


def _looks_like_person(story: StoryIndex, span: Span, gazetteer: Gazetteer, cues: Cues) -> bool:
    """False when the words in or around a candidate show it names a thing.

    A side of a scoreline ("Aston Villa 2, Everton 1") is a club or a team.
    "Douglas Aircraft", "Saturn Corporation" (an organisation word inside); "retailer Best
    Buy", "magazine Der Spiegel", "rue Victor Hugo" (a thing noun right before); "Ana Ruiz
    Foundation" (an organisation word right after, as the later-mention pass reads it); "Open
    Tu-Su 10AM-5PM" (digits: no person's name holds one); "the
    Beatles", "named the Worldliner" (a determiner right before: English does not put one
    before a person's name, except before a title, which the title check sees first).
    """
    doc = story.doc
    if any(token.text in cues.org_words for token in span) \
            or (len(span) > 1 and span[0].text in cues.place_prefixes):
        return False  # "Saturn Corporation"; "St. Anne", "Wat Arun" (a place)
    if (len(span) > 1 and storm_name(doc, span.start + 1, span.end, cues)) \
            or storm_name(doc, span.start, span.end, cues):
        return False  # "Cyclone Tracy", "Storm Ciara"; "Storm" is a given name ("Storm Reid")
    if any(char.isdigit() for char in span.text):
        return False  # "Open Tu-Su 10AM-5PM", "John 3:16": hours, a verse; no name has digits
    if span.end < len(doc) and doc[span.end].text in cues.org_words \
            and "\n" not in doc[span.end - 1].whitespace_:
        return False  # the start of a longer name: "Ana Ruiz Foundation", "Ruiz Avenue"
    if named_after_person(story, span, cues, title_before(story, span.start, gazetteer)):
        return False  # "Martin Luther King Day", "MARTIN LUTHER KING DAY", "Hussein Bridge"
    if in_scoreline(doc, span.start, span.end):
        return False  # "Aston Villa 2, Everton 1"
    if initials_after_surname(doc, span.start, span.end):
        return False  # "Roberts, C. J.": a judge's postnominal
    if quoted_title(doc, span.start, span.end) or named_type(span, cues.deities):
        return False  # 'the single "Jolene Carter"': a title; "my Ortega": a drink
    if title_before(story, span.start, gazetteer) is not None:
        return True
    if span.text in cues.deities:
        return _god_alone(doc, span.start)  # also "in God", "of God"
    if span.start in story.row_names:
        return True  # a row of a table or a line-up: "Hughes; Patel, Okonkwo, ..." is no place
    if thing_or_place(story, span.start, span.end, gazetteer, cues) \
            or common_words_only(span, cues):
        return False  # "Closing Remarks", "Harvest Plan": common words
    if span.start == 0:
        return True
    before = doc[span.start - 1]
    if before.lower_ in DETERMINERS:
        return _attributive(story, span, cues)
    return before.lower_ not in cues.thing_nouns and before.text not in cues.thing_nouns


def _attributive(story: StoryIndex, span: Span, cues: Cues) -> bool:
    """Whether a name after "the" modifies the common noun after it, as a person's name does
    ("the Hale administration", "the Ruiz proposal"), the model calling it a person; not when
    that noun is a family ("the Hale family"), nor with nothing after ("the Beatles")."""
    doc = story.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    ent = story.ent_at[span.start]
    return (after.pos_ == "NOUN" and after.is_lower and after.lower_ not in cues.kin_groups
            and ent is not None and ent.label_ == "PERSON")
