"""Game reports, body processes and works: a trigger verb in sports, health or arts copy
reports no action.

The verbs of conflict and of yielding are the verbs of a game: "the goalkeeper BLOCKED the
penalty kick", "the striker ATTACKED the ball", "the pitcher SURRENDERED three runs", "the
ball STRUCK the post". Event data codes none of these (CAMEO and PLOVER are about what
political actors do to each other). The word families are ``models/sport_nouns.tsv``
(players and athletes, game and sports equipment, scores of a game; derived from WordNet):

* a thing or a score of a game as the verb's subject or direct object (or passive subject)
  makes any trigger a move of the game ("attacked the BALL", "surrendered three RUNS");
* a player as the subject does so for the verbs of physical contest only, the roots of
  yielding, coercion and force (CAMEO 08 and 17-20: "the GOALKEEPER blocked the kick", "the
  PITCHER surrendered"): a player is a person, and "the sprinter ASKED for asylum", "the
  footballer MET the president" or "PLAYERS protested" are acts of a person; a player as the
  object ("gunmen shot two FOOTBALLERS") is a victim and no sign of a game.

Health copy uses the verbs of conflict for what happens in a body: "the parasite INVADED the
liver", "white blood cells ATTACKED the tumor". The word family is ``models/body_nouns.tsv``
(organs, limbs, tissues and cells; derived from WordNet): a part of a body as the direct
object, or as the subject of a verb whose direct object is an illness or a microbe of
models/mishaps.tsv ("white blood CELLS attacked the TUMOR"; not "sleeper CELLS attacked the
base"), makes a trigger a process of a body when its subject is a common noun that names no
party and no people ("SOLDIERS broke his arm" keeps its event, and so does a verb whose doer
is unnamed or a pronoun).

Arts copy says a work does what its author does in it: "the FILM attacked the director's
critics", "the DOCUMENTARY attacked the senator", "the film bombed at the box office". The word
family is ``models/work_nouns.tsv`` (films, shows, plays, novels, poems, songs, paintings;
derived from WordNet): a work as the subject makes any trigger no action of a party. News
pieces ("an EDITORIAL attacked Washington": its paper speaks) and books are not listed.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..resources import read_table
from . import parties
from .mishaps import MISHAP_KINDS, is_mishap

_KINDS = {row["lemma"]: row["kind"] for row in read_table("sport_nouns.tsv")}
_BODY = frozenset(row["lemma"] for row in read_table("body_nouns.tsv"))
_DISEASE = ("illness", "microbe")  # the kinds of mishaps.tsv that a body fights
_WORKS = frozenset(row["lemma"] for row in read_table("work_nouns.tsv"))
# works whose content a verb of attack reaches ("attacked THE FILM"): criticism, not force
CRITICISED_WORKS = frozenset(row["lemma"] for row in read_table("work_objects.tsv"))
# pieces of writing, whose author speaks in them ("an EDITORIAL attacked Washington")
WRITINGS = frozenset(row["lemma"] for row in read_table("work_objects.tsv")
                     if row["source"] == "writing")
# the CAMEO roots whose verbs also name the moves of a physical contest: yielding (08: conceded,
# surrendered), coercion (17: blocked), assault, fighting and mass violence (18-20)
CONTEST_ROOTS = frozenset({8, 17, 18, 19, 20})


def _kind(word: Token) -> str | None:
    word = parties.counted(word)  # "three RUNS", "dozens of PLAYERS"
    return _KINDS.get(word.lemma_.lower()) if word.pos_ == "NOUN" else None


def _direct_objects(verb: Token) -> list[Token]:
    return [d for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for d in (c, *c.conjuncts)]


def game_move(verb: Token, root: int, subjects: list[Token]) -> bool:
    """Whether the verb, coded with a row of CAMEO root ``root``, reports a move of a game: a
    thing or score of a game is one of its ``subjects`` or a direct object, or (for a root of
    contest) a player is its subject."""
    if any(_kind(word) in ("equipment", "score") for word in (*subjects, *_direct_objects(verb))):
        return True
    return root in CONTEST_ROOTS and any(_kind(word) == "player" for word in subjects)


def body_process(verb: Token, party: Callable[[Token], bool], subjects: list[Token]) -> bool:
    """Whether the verb reports a process of a body: its subjects are common nouns of which
    ``party`` (names a party or people) holds none, and a direct object is a part of a body
    ("the parasite invaded the LIVER") or a subject is one and a direct object an illness or a
    microbe ("white blood CELLS attacked the TUMOR")."""
    subjects = [parties.counted(s) for s in subjects]
    if not subjects or any(s.pos_ != "NOUN" or party(s) for s in subjects):
        return False
    direct = [parties.counted(d) for d in _direct_objects(verb)]
    if any(_of_body(d) for d in direct):
        return True
    return any(_of_body(s) for s in subjects) and any(
        is_mishap(d) and MISHAP_KINDS.get(d.lemma_.lower()) in _DISEASE for d in direct)


def _of_body(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.lemma_.lower() in _BODY


def said_by_a_work(subjects: list[Token]) -> bool:
    """Whether one of a verb's ``subjects`` is a work of art or entertainment ("the FILM
    attacked the director's critics")."""
    return any(s.pos_ == "NOUN" and s.lemma_.lower() in _WORKS
               for s in map(parties.counted, subjects))


def no_action(verb: Token, root: int, party: Callable[[Token], bool]) -> bool:
    """Whether the trigger verb, coded with a row of CAMEO root ``root``, is a game move, a
    process of a body or the doing of a work (``party``: the phrase names a party or people).
    The verb's subjects are read from the parse once, for the three."""
    subjects = parties.subjects_of(verb)
    return game_move(verb, root, subjects) or body_process(verb, party, subjects) \
        or said_by_a_work(subjects)
