"""The case of a sentence's words: a headline in title case or capitals.

Headlines capitalise every word but a few short ones ("Russia Expels 10 US Diplomats",
"Talks on Trade Resume"); the small model then tags every word a proper noun. The actions
layer parses such a headline again in lower case (actions/headlines.py), and the people layer
does not let a verb of it join two names (people/headlines.py).
"""

from __future__ import annotations

from spacy.tokens import Span

# Short words that title case leaves in lower case ("Talks on Trade", "Return to the Table").
MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                         "to", "for", "by", "with", "from", "as", "into", "over", "vs", "via"})


def is_headline_case(sentence: Span) -> bool:
    """Three or more words, every one capitalised but the minor words title case leaves
    alone ("Russia Expels 10 US Diplomats", "RUSSIA EXPELS 10 U.S. DIPLOMATS")."""
    words = [t for t in sentence if t.is_alpha and t.lower_ not in MINOR_WORDS]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)
