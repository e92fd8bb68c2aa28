"""Company names opened by a person's name: business copy names a company in full once ("Tony
Lama Co.") and by its first words after that ("Tony Lama"), which are then the company in the
whole story, not the person it is named after.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..gazetteer import Gazetteer
from .consistency import thing_names
from .cues import Cues, is_name_token
from .described import described_as_person
from .story import StoryIndex
from .titles import title_before, title_in_apposition

# Capitalised words of a company's name between its first words and its legal form: "Tony
# Lama | Co.", "Ogden | Projects Inc.", "Booz-Allen | & Hamilton Inc.".
_LONGEST_COMPANY_TAIL = 4


def company_names(story: StoryIndex, candidates: list[Span], gazetteer: Gazetteer,
                   cues: Cues) -> frozenset[tuple[str, ...]]:
    """The candidate names that open a company's name somewhere in the story (see
    ``opens_company_name``), of one word or more, less those that the story shows to be a person
    at some occurrence (a title before or in apposition, an age, "his daughter, X"): "Carla
    Benton Inc." ... "Carla Benton, its founder," keeps the founder."""
    companies = thing_names(story, candidates,
                            lambda start, end: opens_company_name(story.doc, start, end, cues),
                            shortest=1)
    if not companies:
        return companies
    people = {tuple(token.text for token in span) for span in candidates
              if title_before(story, span.start, gazetteer) is not None
              or title_in_apposition(story, span.end, gazetteer)
              or described_as_person(story.doc, span.start, span.end, cues, single=len(span) == 1)}
    return companies - people


def opens_company_name(doc, start: int, end: int, cues: Cues) -> bool:
    """Whether the name at start..end opens a company's name that ends in a legal form on the
    same line ("Tony Lama Co.", "Esselte AB", "Ogden Projects Inc."): business copy names a
    company in full once and by its first words after that, so those words are the company in
    the whole story, not a person its founder was."""
    if start > 0 and is_name_token(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
        return False  # inside a longer name: "Banco | Ana Ruiz S.A."
    for i in range(end, min(end + _LONGEST_COMPANY_TAIL + 1, len(doc))):
        if "\n" in doc[i - 1].whitespace_:
            return False
        if doc[i].text in cues.legal_forms:
            return True
        if not (doc[i].text[:1].isupper() or doc[i].text in ("&", "and")):
            return False
    return False
