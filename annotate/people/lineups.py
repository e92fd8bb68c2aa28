"""Names in the line-ups of sports copy.

Match reports list each team's players after the team's name and a colon, separated by commas
and semicolons (a semicolon between the lines of a formation), substitutes in brackets with the
minute they came on: "Chelsea: Kepa; Azpilicueta, Rudiger, Silva (Christensen 75), Alonso;
Kante, Jorginho; Pulisic, Mount, Havertz; Werner." The model tags few of these names, having no
sentence around them, and most are a surname alone. A list of five or more items of one to three
capitalised words each, after a capitalised name and a colon, up to the end of the sentence or
line, is a line-up: each item is a player, and so is a bracketed substitute. The name before
the colon is a team, wherever the story names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .cues import Cues

_MIN_PLAYERS = 5  # fewer is any list ("Guests: Ana Ruiz, Tom Hale")
_MAX_NAME_WORDS = 3
_SEPARATORS = {",", ";"}


def lineups(doc: Doc, cues: Cues,
            tokens: Sequence[Token] | None = None) -> tuple[list[Span], set[str]]:
    """Every player's name in every line-up of a story, and the names of the teams
    (``tokens``: the doc's, if made)."""
    names: list[Span] = []
    teams: set[str] = set()
    for colon in (t.i for t in (doc if tokens is None else tokens) if t.text == ":"):
        team = _team_before(doc, colon) if colon > 0 else None
        if team is None:
            continue
        found = _players(doc, colon + 1, cues)
        if found is not None and len(found) >= _MIN_PLAYERS:
            names += found
            teams.add(team.text)
    return names, teams


def _team_before(doc: Doc, colon: int) -> Span | None:
    """A capitalised name (a team) right before the colon, opening its line or sentence."""
    start = colon
    while start > 0 and _word(doc[start - 1]) and colon - start < 4:
        start -= 1
    if start < colon and (start == 0 or doc[start].is_sent_start
                          or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text):
        return doc[start:colon]
    return None


def _word(token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text or "'" in token.text)


def _players(doc: Doc, i: int, cues: Cues) -> list[Span] | None:
    """The items of a line-up starting at token ``i``, or None if the list is not one."""
    players: list[Span] = []
    while i < len(doc):
        start = i
        while i < len(doc) and _word(doc[i]) and i - start < _MAX_NAME_WORDS + 2 \
                and doc[i].text not in cues.org_words:
            i += 1
            if i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ \
                    and not doc[i].whitespace_ and _word(doc[i + 1]):
                i += 1  # "Calvert-Lewin" as three tokens
        if i == start:
            return None
        players.append(doc[start:i])
        if i < len(doc) and doc[i].text == "(":  # a substitute: "(Christensen 75)"
            close = i + 1
            while close < len(doc) and _word(doc[close]) and close - i <= _MAX_NAME_WORDS:
                close += 1
            if close == i + 1 or close + 1 >= len(doc) or not doc[close].like_num \
                    or doc[close + 1].text != ")":
                return None
            players.append(doc[i + 1:close])
            i = close + 2
        if i >= len(doc) or doc[i].text == "." or "\n" in doc[i - 1].whitespace_:
            return players
        if doc[i].text not in _SEPARATORS:
            return None
        i += 1
    return players
