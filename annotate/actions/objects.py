"""What a trigger acts on, read from the dependency parse: its objects (for the lexicon's
object constraints), a verb's direct objects, the compounds that say what kind of thing an
object is, the recipient of a transfer where the parse hung it inside the object, a price
per share (the words of a company deal), an amount of money and a place by which something
happened (never a party).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from ..resources import read_table
from .failed_talks import failed_by
from .particle_phrases import PARTICLE_IDS, by_phrases  # noqa: F401 (by_phrases for parties)
from .resultatives import freed_by

_CURRENCY_TABLE = read_table("currencies.tsv")
# currency nouns by lemma ("euros") and by their ISO 4217 codes ("EUR", "USD")
CURRENCIES = frozenset(row["lemma"] for row in _CURRENCY_TABLE)
_CURRENCY_CODES = frozenset(row["code"] for row in _CURRENCY_TABLE)
# nouns of ways, waters, landforms and barriers, and of positions that need a place named
# (models/by_places.tsv)
_BY_PLACES = {row["lemma"]: row["kind"] for row in read_table("by_places.tsv")}


def by_place(noun: Token) -> bool:
    """The object of a by-phrase names where, not who: "shot dead by THE ROADSIDE", "killed by
    THE RIVER", "found by THE SIDE of the road" (models/by_places.tsv); not "by THE REBELS",
    "by the other SIDE", "by a roadside BOMB"."""
    kind = _BY_PLACES.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    if kind == "part":  # "by the SIDE OF THE ROAD", "by the banks OF THE NILE"
        return any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "NOUN" and _BY_PLACES.get(
            o.lemma_.lower()) == "place" for o in pobjs_of(noun, ("of",)))
    return kind == "place"


def pobjs_of(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the token's own phrases with those prepositions, also of those the parse
    hangs on its particle read as an adverb ("handed the tanker back TO BRITAIN":
    particle_phrases.py)."""
    found = []
    for child in token.children:
        dep = child.dep_
        if dep == "prep" and child.lower_ in prepositions:
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
        elif dep == "advmod" and child.lower in PARTICLE_IDS:
            found.extend(pobjs_of(child, prepositions))
    return found


def is_infinitive(clause: Token) -> bool:
    """A to-infinitive clause: "refused TO MEET", "sent troops TO HELP Niger"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


# Verbs of sending people, whose purpose infinitive the people sent carry out
# (models/sending_verbs.tsv)
_SENDING_VERBS = frozenset(row["lemma"] for row in read_table("sending_verbs.tsv"))


def done_by_the_sent(clause: Token) -> bool:
    """The clause is the purpose infinitive of a passive verb of sending: those sent, the
    passive subject, carry it out ("Police were deployed TO DISPERSE the protesters", "Troops
    were sent TO QUELL the riots"), as the object does in the active ("deployed police TO
    DISPERSE")."""
    head = clause.head
    return clause.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in _SENDING_VERBS and (
        is_infinitive(clause) and any(c.dep_ == "auxpass" for c in head.children))


def shared_passive_subjects(verb: Token) -> list[Token]:
    """The passive subject a participle shares with the passive verb it is conjoined to:
    "two journalists were detained and BEATEN", "the envoy was expelled and REPLACED" (Quirk
    et al. 1985, 13.71: conjoined predicates share the subject); the participle has no
    subject, object or auxiliary of its own ("were detained and HAVE fled" is no passive)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp")
            for c in verb.children) or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]


# Prepositions whose phrase is never what the act is done to: "ended WITHOUT an agreement" did
# not end an agreement, "met DESPITE the sanctions" did not meet sanctions.
_NOT_OBJECT_PREPOSITIONS = frozenset({"without", "despite"})
# Verbs of asking: their about-phrase is the topic of a question, not what is asked for
# ("asked the minister ABOUT THE TALKS" requests no talks).
_QUESTION_VERBS = frozenset({"ask", "question", "quiz", "query"})
# Prepositions of place: beside a verb's direct object their phrase says where the act was
# done, not what it was done to ("seized a bus NEAR THE BORDER" took no border).
_PLACE_PREPOSITIONS = frozenset({"near", "outside", "inside", "along", "beside", "behind",
                                 "within", "around", "across", "in", "at"})


def object_tokens_of(token: Token) -> list[Token]:
    """What the trigger acts on: objects, passive subjects, prepositional objects, xcomp verbs,
    and for a noun its compound modifiers and prepositional objects."""
    found: list[Token] = []
    placed = token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children)
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "compound", "xcomp"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ not in _NOT_OBJECT_PREPOSITIONS and not (
                child.lower_ == "about" and token.lemma_.lower() in _QUESTION_VERBS) and not (
                placed and child.lower_ in _PLACE_PREPOSITIONS):
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
            found.extend(out_of(child))  # "pulled OUT OF the treaty"
        elif child.dep_ == "amod" and token.pos_ == "NOUN":
            found.append(child)
        elif child.dep_ == "ccomp" and child.pos_ == "ADJ":  # "found the bishop GUILTY"
            found.append(child)
        elif child.dep_ == "ccomp" and is_infinitive(child):
            # "declared A CURFEW to begin at midnight": the small model makes the object the
            # subject of the infinitive
            found.extend(g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "NOUN")
    if token.pos_ == "VERB":  # "violated the CEASEFIRE agreement"
        found += shared_passive_subjects(token) + freed_by(token)  # "let THE HOSTAGES go"
        found += kind_modifiers([c for c in found if c.dep_ in ("dobj", "nsubjpass")])
    elif token.dep_ == "nsubj":  # "TALKS collapsed": the verb of failure (failed_talks.py)
        found += failed_by(token)
    for item in list(found):
        found.extend(item.conjuncts)
        if item.pos_ == "VERB":  # "refused to meet": the xcomp verb's object counts too
            found.extend(child for child in item.children if child.dep_ == "dobj")
        else:  # "dozens OF diplomats", "a group OF inspectors"
            found.extend(pobjs_of(item, ("of",)))
    return found


_OUT_PARTICLES = frozenset({get_string_id("out"), get_string_id("away")})


def out_of(particle: Token, prepositions: tuple[str, ...] = ("of", "from")) -> list[Token]:
    """What the complex preposition "out of" (or "away from") after a particle verb names, where
    the parse hangs "of" on the particle: "pulled OUT OF THE TREATY", "backed out of THE DEAL",
    "walked away from THE TALKS"; [] for any other particle or preposition."""
    if particle.lower not in _OUT_PARTICLES:
        return []
    return [grand for prep in particle.children if prep.dep_ == "prep"
            and prep.lower_ in prepositions for grand in prep.children if grand.dep_ == "pobj"]


def direct_objects_of(token: Token) -> list[Token]:
    """A verb's direct objects, passive subjects and infinitives with their direct objects
    ("declined THE INVITATION", "declined to MEET"), without prepositional objects: what the
    "=lemma" objects of a lexicon row must be ("prices declined AFTER THE TALKS" is not a
    refusal of talks)."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "xcomp")]
    for item in list(found):
        if item.dep_ == "xcomp":
            found.extend(c for c in item.children if c.dep_ == "dobj")
    found = [t for item in found for t in (item, *item.conjuncts)]
    return found + kind_modifiers(found)


def kind_modifiers(nouns: list[Token]) -> list[Token]:
    """The common-noun compounds that say what kind of thing an object is: "violated the
    CEASEFIRE agreement" is about a ceasefire, "lifted the TRAVEL ban" about travel."""
    return [c for noun in nouns if noun.pos_ == "NOUN" for c in noun.children
            if c.dep_ == "compound" and c.pos_ == "NOUN"]


# Verbs that take a to-phrase of their own, a destination or a receiver: "returned the envoy who
# had FLOWN TO PARIS", "returned the letter that had been SENT TO her office". A to-phrase such a
# verb governs is not the recipient of the return.
_OWN_TO_VERBS = frozenset({
    "fly", "travel", "go", "come", "move", "flee", "head", "return", "send", "deliver", "ship",
    "transfer", "smuggle", "take", "bring", "carry", "export", "sell", "give", "lend", "hand",
    "donate", "mail", "post", "write", "speak", "talk", "say", "report", "belong", "lead",
    "relocate", "deport", "extradite", "escape", "sail", "drive", "walk"})


def recipients_of(verb: Token) -> list[Token]:
    """The objects of a verb's to-phrase; without one, those of the last to-phrase after its
    direct object that the parse hung lower in the clause. After a long object the small model
    attaches the recipient of a transfer to the nearest word: "returned a bronze helmet
    engraved with a lion TO ITALY" hangs "to Italy" on "lion" (or on "engraved"), and
    "returned coins that date back to the Roman era TO ITALY" on "era". A to-phrase of a verb
    that takes one of its own ("the envoy who had flown TO PARIS") is not the recipient."""
    own = pobjs_of(verb, ("to",))
    if own:
        return own
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    after = max(o.i for o in objects)
    inner: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in ("conj", "ccomp", "parataxis")
             and c.i > verb.i]
    while stack:
        word = stack.pop()
        if word.dep_ == "prep" and word.lower_ == "to" and word.i > after and not (
                word.head.pos_ in ("VERB", "AUX") and word.head.lemma_.lower() in _OWN_TO_VERBS):
            inner.append(word)
        stack.extend(c for c in word.children if c.dep_ not in ("conj", "ccomp", "parataxis")
                     or word.pos_ not in ("VERB", "AUX"))
    last = max(inner, key=lambda p: p.i, default=None)
    return [c for c in last.children if c.dep_ == "pobj"] if last is not None else []


def per_share_price(token: Token) -> bool:
    """Whether the trigger's phrase prices something per share ("offered $125 A SHARE", "a
    $24-a-share offer", "for $13 PER SHARE"); for a noun, also the clause of the verb it hangs
    on ("lowered its offer to $26.50 A SHARE"): the words of a company deal."""
    scope = token.head if token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX") else token
    return any(t.lemma_.lower() == "share"
               and (t.dep_ == "npadvmod" and t.head.like_num
                    or t.dep_ == "pobj" and t.head.lower_ == "per")
               for t in scope.subtree)


def is_money(token: Token) -> bool:
    """An amount of money, which is never a party: a MONEY entity, or a currency noun or ISO
    4217 code counted by a number ("a fine of 201 million EUR": the model tags the code ORG;
    "paid 40,000 euros")."""
    if token.ent_type_ == "MONEY":
        return True
    currency = token.lemma_.lower() in CURRENCIES or token.text in _CURRENCY_CODES
    return currency and any(c.dep_ in ("nummod", "compound", "quantmod")
                            and (c.like_num or c.ent_type_ == "MONEY") for c in token.children)
