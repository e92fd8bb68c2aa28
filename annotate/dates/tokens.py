"""One view of a story's tokens for the dates layer, made once per story.

spaCy makes a new ``Token`` object each time a doc is iterated or indexed, and looks each
token's lower-case form up in the string store each time it is asked for. The finders of
:mod:`.untagged` each look at every token of the story for a few words; with this view they
look at plain strings, made once, and touch a ``Token`` (the same object each time) only
where a word they look for stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class TokenView:
    doc: Doc
    tokens: list[Token]  # doc[i], made once
    lower: list[str]  # doc[i].lower_
    text: list[str]  # doc[i].text

    @classmethod
    def of(cls, doc: Doc) -> "TokenView":
        tokens = list(doc)
        return cls(doc, tokens, [t.lower_ for t in tokens], [t.text for t in tokens])

    def __len__(self) -> int:
        return len(self.tokens)
