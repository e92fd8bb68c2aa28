"""Finding triggers: the words of a sentence that the lexicon (``models/actions.tsv``) codes.

A trigger is a verb, noun or predicate adjective whose lemma has a lexicon row; the row that
applies may need a particle ("call off"), an object ("expel" + "diplomat"), a prepositional
phrase ("called ON Israel"), a clause ("declined TO resign") or a party as the object
("defended IRAQ"). Objects a row consumes are part of its event, not events of their own.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import LEMMA, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from ..people.titles import title_kinds
from . import clauses, parties, phrases
from .antecedents import PEOPLE_PRONOUNS, stands_for
from .collectives import counts_people
from .deployments import RECEIVER_KEYS, deployment_keys, entry_keys
from .event_objects import is_amount
from .frames import content_clauses, kind_keys, people_of, prep_keys
from .labels import characterisation, label_key
from .lexicon import Lexicon, TriggerRule
from .mishaps import VIOLENCE_ROOTS, caused_by_mishap
from .objects import (
    CURRENCIES,
    direct_objects_of,
    object_tokens_of,
    per_share_price,
    recipients_of,
)
from .resultatives import freed_by
from .senses import CRITICISED_WORKS, WRITINGS, no_action
from .territory import named_as_place, place_nouns
from .trigger_words import coarse_pos, hyphenated_lemma, is_idiom, particles_of

# the pseudo-objects that describe the direct object (the others describe phrases or clauses)
_LABEL_KEYS = frozenset({"label:negative", "label:positive", "label:neutral"})
_DIRECT_KEYS = frozenset({"party:dobj", "party:people", "arrest:people", "object:money",
                          "party:official", "price:share", "force:to", "force:into",
                          "force:strike", "force:means"}) | _LABEL_KEYS
_OFFICE_KINDS = ("head", "government", "legislative")
# the keys _object_keys reads (harm:people needs party:people)
_OBJECT_KEYS = frozenset({"party:people", "object:money", "object:place", "party:to", "harm:people", "force:to",
                          "object:work", "force:into", "force:strike", "force:means", "arrest:people"})
# the kinds of domestic group (models/actions_domestic.tsv) that act for the state
_STATE_KINDS = ("government", "state", "military")
# the gazetteer kinds of a name that stands for a state ("IRAN seized", "MOSCOW detained")
_STATE_NAMES = ("name", "short", "capital", "institution")

# What moves in market reports ("STOCKS rallied", "the DOLLAR retreated"): securities, prices,
# markets and their indexes (with models/currencies.tsv), no party that rallies or retreats.
_MARKET_WORDS = frozenset({"stock", "share", "equity", "market", "price", "index", "bond",
                           "yield", "future", "commodity", "currency", "dow", "nasdaq",
                           "nikkei", "ftse", "dax", "sensex", "kospi"})

# Weapons that strike from afar and are subjects of the verbs of their impact ("MISSILES hit
# the port", "SHELLS fell on the town"): the aerial and heavy weapons of CAMEO 194 and 195, as
# the lexicon's firing rows list them, without the words of other senses ("a ROUND of talks",
# "a BARRAGE of criticism", "a SALVO of tariffs") and without the nouns that are events of
# their own ("a possible AIRSTRIKE hit the port", "a BOMB": the noun tells the event).
_WEAPON_NOUNS = frozenset({"missile", "rocket", "drone", "projectile", "shell", "mortar",
                           "grenade", "artillery", "howitzer"})
_DASH = get_string_id("-")
_LEMMA_IDS_LIMIT = 200_000  # lemma ids remembered (an archive of many stories cannot grow it)
Match = tuple[Token, TriggerRule, list[Token]]  # trigger, lexicon row, objects the row consumed


class TriggerFinder:
    """Finds the triggers of a story with the lexicon, the gazetteer and the domestic groups."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, groups: dict[str, str],
                 people_nouns: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.groups = groups
        self.people_nouns = people_nouns
        # titles of office: a person holding one is someone a leader calls ("called KING
        # SALMAN"); honorifics, roles and sport positions are not
        self.office_titles = frozenset(title for title, kind in title_kinds().items()
                                       if kind in _OFFICE_KINDS)
        self._lemmas = frozenset(lemma for lemma, _pos in lexicon.rules)
        self._place_nouns = place_nouns(lexicon)  # "KHERSON, a port CITY": a place
        self._lemma_ids: dict[int, bool] = {}

    def _lexicon_lemma(self, lemma: int, doc: Doc) -> bool:
        """Whether the lemma (a string id) lowercased is a lemma of some lexicon row."""
        known = self._lemma_ids.get(lemma)
        if known is None:
            if len(self._lemma_ids) > _LEMMA_IDS_LIMIT:
                self._lemma_ids.clear()
            known = self._lemma_ids[lemma] = (doc.vocab.strings[lemma].lower()
                                              in self._lemmas)
        return known

    def match(self, doc: Doc, people: Collection[int]) -> list[Match]:
        """Every trigger token with its lexicon row and the objects the row consumed;
        ``people`` holds the tokens of the people layer's mentions (context.people_at).

        A token a row consumed ("imposed SANCTIONS", "refused to MEET") and a noun trigger that
        is the object of a verb trigger ("called off the TALKS") are part of that event, not
        events of their own.
        """
        matches: list[Match] = []
        consumed: set[int] = set()
        # a word split at a hyphen has its dash right before or after the token (the check
        # on every token cost 2% of a story's time); any other trigger's lemma is a lexicon
        # word, so only those tokens are looked at (read from the arrays, without making a
        # Token object for every word of the story)
        rows = doc.to_array([ORTH, LEMMA]).tolist()  # each token's [orth, lemma], read at once
        dashes = {i for i, (orth, _lemma) in enumerate(rows) if orth == _DASH}
        for token in (doc[i] for i, (_orth, lemma) in enumerate(rows)
                      if self._lexicon_lemma(lemma, doc) or i - 1 in dashes or i + 1 in dashes):
            pos = coarse_pos(token)
            lemma = token.lemma_.lower()
            hyphenated = (hyphenated_lemma(token)
                          if token.i - 1 in dashes or token.i + 1 in dashes else None)
            if hyphenated and self.lexicon.candidates(hyphenated, "NOUN"):
                lemma, pos = hyphenated, "NOUN"  # "a SIT-IN", whatever the parse says
            if pos is None or not self.lexicon.candidates(lemma, pos):
                continue
            if pos == "NOUN" and token.dep_ == "compound" and parties.event_node(token) is token:
                continue  # a modifier, not an event: "AID workers", "SANCTIONS relief"
            if is_idiom(token):
                continue
            # "stepped down", "stepped DOWN" as an adverb, "set them FREE": a word with such rows
            particles = particles_of(token) if self.lexicon.particles.get((lemma, pos)) else set()
            named = self.lexicon.named.get((lemma, pos), frozenset())  # none: skip the frames
            objects = object_tokens_of(token) if named or pos == "VERB" else []
            direct = ({f"={o.lemma_.lower()}" for o in direct_objects_of(token)}
                      if pos == "VERB" and named else set())
            keys = (prep_keys(token, named) | self._party_keys(token, people, named)
                    | kind_keys(token, pos, named)) if named else set()
            rule = self.lexicon.select(lemma, pos, particles,
                                       {o.lemma_.lower() for o in objects} | direct | keys,
                                       frozenset({d[1:] for d in direct} | direct
                                                 | (keys & _DIRECT_KEYS)))
            if rule is None or rule.no_event:
                continue  # no row, or a row that says this sense is no event
            if pos == "VERB" and rule.root in VIOLENCE_ROOTS and caused_by_mishap(token):
                continue  # "a STORM killed 12", "killed in a bus CRASH": harm nobody does
            if pos == "VERB" and no_action(token, rule.root, lambda s: self._names_party(
                    s, people) or self._names_people(s, people)):
                continue  # "attacked the BALL", "invaded the LIVER", "the FILM attacked"
            used = [o for o in objects if rule.names(o.lemma_.lower())]
            if pos == "VERB" and "party:dobj" not in rule.objects:  # "defended IRAQ": target
                used += [o for o in objects if o.dep_ in ("dobj", "nsubjpass") and o not in used]
            # The infinitive's object in "threatened to launch an OFFENSIVE" is the content of
            # the threat, not part of the trigger: only the trigger's own objects and the
            # objects its row names are consumed.
            consumed.update(o.i for o in used if o.head.i == token.i
                            or rule.names(o.lemma_.lower()))
            amounts = [c for c in token.children if c.dep_ == "dobj" and is_amount(c)]
            if pos == "VERB" and amounts:
                # "gave $20 million IN AID": what the amount is, part of the giving
                consumed.update(o.i for word in (token, *amounts)
                                for o in parties.pobjs_of(word, ("in",)))
            if any(key.startswith("label:") for key in rule.objects):
                # "called the sanctions A VIOLATION": the name is the judgement's content,
                # not an event of its own (nor the target: that is what was judged)
                consumed.update(c.i for c in (characterisation(token),) if c is not None)
            matches.append((token, rule, used))
        return [(token, rule, used) for token, rule, used in matches if token.i not in consumed]

    def _party_keys(self, token: Token, people: Collection[int], named: set[str]) -> set[str]:
        """"party:dobj" when the direct object names a country or organisation, so a row can
        tell "defended IRAQ" (052) from "defended the city" (no event); "party:with" when the
        with-phrase names a country, organisation or person of the people layer ("spoke WITH
        MACRON", not "spoke with reporters")."""
        # each frame is read only for a word whose rows name it: a key no row names cannot
        # select a row
        keys = {"party:dobj" for child in (token.children if "party:dobj" in named else ())
                if child.dep_ == "dobj" and self.gazetteer.find(phrases.noun_phrase_of(child))}
        keys |= people_of(token, named, lambda head: self._names_people(head, people))
        if "party:with" in named and any(
                owner.i in people or self.gazetteer.code_in(phrases.noun_phrase_of(owner))
                is not None for head in parties.pobjs_of(token, ("with",))
                for owner in (head, *head.conjuncts)):
            keys.add("party:with")
        if "party:must" in named and token.pos_ == "VERB" and any(
                self._names_party(subject, people) for subject in clauses.obliged(token)):
            keys.add("party:must")
        if "party:blame" in named and token.pos_ == "VERB" and any(
                self._names_party(subject, people) for subject in clauses.blamed(token)):
            keys.add("party:blame")  # "said TALIBAN MILITANTS were responsible"
        if "clause:thing" in named and any(self._forecast(c, people) for c in content_clauses(
                token)):
            keys.add("clause:thing")  # "warned that the RAINS would cause landslides"
        if "of:thing" in named and token.pos_ == "NOUN":
            owners = parties.pobjs_of(token, ("of",))
            if owners and not any(self._names_party(o, people) or self._names_people(o, people)
                                  for o in owners):
                keys.add("of:thing")  # "a demonstration OF STRENGTH", not "of 5,000 STUDENTS"
        if "price:share" in named and per_share_price(token):
            keys.add("price:share")  # "offered $125 A SHARE": a company deal
        if "party:official" in named and token.pos_ == "VERB" and any(
                self._official(child) for child in token.children if child.dep_ == "dobj"):
            keys.add("party:official")  # "called SAUDI ARABIA'S KING SALMAN on Saturday"
        if token.pos_ == "VERB":
            if named & _OBJECT_KEYS:
                keys |= self._object_keys(token, people, named)
            # the frames that read beyond the verb's objects, read only for a verb whose
            # rows name them (``named``: the objects of the lemma's rows)
            if "subject:force" in named and any(
                    self._is_force(subject) for subject in parties.subjects_of(token)):
                keys.add("subject:force")
            if "force:entered" in named:  # "Russian TANKS rolled INTO UKRAINE"
                keys |= entry_keys(token, self._is_force, self.gazetteer)
            if "subject:market" in named and any(
                    parties.counted(subject).lemma_.lower() in _MARKET_WORDS | CURRENCIES
                    for subject in parties.subjects_of(token)):
                keys.add("subject:market")  # "STOCKS rallied", "oil PRICES retreated"
            if "subject:weapon" in named and any(
                    parties.counted(subject).lemma_.lower() in _WEAPON_NOUNS
                    for subject in parties.subjects_of(token)):
                keys.add("subject:weapon")  # "Russian MISSILES hit Kyiv", "was hit by DRONES"
            if "subject:writing" in named and any(parties.counted(s).lemma_.lower() in WRITINGS
                                                  for s in parties.subjects_of(token)):
                keys.add("subject:writing")  # "an EDITORIAL attacked Washington": in words
            if "visit:on" in named and self._courtesy_call(token, people):
                keys.add("visit:on")  # "the envoy CALLED ON THE PRESIDENT at State House"
            if "harm:people" in named and "party:people" in keys and any(
                    self._names_party(doer, people) or self._names_people(doer, people)
                    or doer.lower_ in PEOPLE_PRONOUNS for doer in parties.subjects_of(token)):
                keys.add("harm:people")  # "POLICE wounded four PROTESTERS", "THEY executed"
            if "arrest:people" in named and "party:people" in keys and any(
                    self._acts_for_state(doer) for subject in parties.subjects_of(token)
                    for doer in stands_for(subject)):  # "POLICE said THEY seized ..."
                keys.add("arrest:people")  # "POLICE seized the ship's captain": an arrest
            label = label_key(token) if named & _LABEL_KEYS else None  # "called him A LIAR"
            if label is not None:
                keys.add(label)
        return keys

    def _courtesy_call(self, verb: Token, people: Collection[int]) -> bool:
        """"Called on" a person with nothing asked of them: no infinitive, clause or
        for-phrase saying what for ("called on the president", not "called on the president
        TO resign" or "FOR restraint"): a visit, as CAMEO codes a call paid on someone."""
        hosts = [h for h in parties.pobjs_of(verb, ("on",)) if h.ent_type_ not in parties.NOT_PARTIES]
        return bool(hosts) and all(self._names_people(h, people) for h in hosts) and not any(
            c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ == "for"
            for c in verb.children) and not any(
            c.dep_ in ("relcl", "acl") for h in hosts for c in h.children)

    def _acts_for_state(self, head: Token) -> bool:
        """The phrase names the state: police, the authorities, a government body or armed
        forces (models/actions_domestic.tsv), or a country, capital or institution by name."""
        if self.groups.get(head.lemma_.lower()) in _STATE_KINDS or self._is_force(head):
            return True
        return self.gazetteer.kind(phrases.noun_phrase_of(head).text) in _STATE_NAMES

    def _is_force(self, head: Token) -> bool:
        """Armed forces or peacekeepers: a military group of models/actions_domestic.tsv, also
        as what a number or unit counts ("dozens OF PEACEKEEPERS", "contingents OF TROOPS")."""
        for word in (head, *parties.pobjs_of(head, ("of",))):
            lemma = word.lemma_.lower()
            if self.groups.get(lemma) == "military" or lemma.startswith("peacekeep"):
                return True
        return False

    def _object_keys(self, verb: Token, people: Collection[int], named: set[str]) -> set[str]:
        """What a verb's direct object is, for rows that depend on its class rather than its
        word: "party:people" when it names people ("freed 19 CHRISTIANS", "released the
        DETAINED LEADERS"); "object:money" when it is an amount of money ("gave 20 MILLION
        EUROS"); "party:to" when it has one and a to-phrase or indirect object names a country,
        organisation or person ("returned the painting TO ITALY")."""
        direct = [d for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  for d in (c, *c.conjuncts)] + freed_by(verb)  # "let THE HOSTAGES go"
        keys: set[str] = set()
        if any(self._names_people(d, people) for d in direct):
            keys.add("party:people")
        if any(d.ent_type_ == "MONEY" or d.lemma_.lower() in CURRENCIES for d in direct):
            keys.add("object:money")
        if any(d.ent_type_ in ("GPE", "LOC") or self.gazetteer.kind(d.text) in (
                "place", "capital") or named_as_place(d, self._place_nouns) for d in direct):
            keys.add("object:place")  # "rebels seized GOMA", "troops occupied the GOLAN HEIGHTS"
        if any(d.pos_ == "NOUN" and d.lemma_.lower() in CRITICISED_WORKS for d in direct):
            keys.add("object:work")  # "attacked THE FILM" (not "a FILM crew"): criticism
        if not named & RECEIVER_KEYS:  # no row names a key the receivers give: skip them
            return keys
        receivers = recipients_of(verb) + [
            r for c in verb.children if c.dep_ == "dative"  # "to" parsed as a dative: its object
            for r in ([g for g in c.children if g.dep_ == "pobj"] if c.pos_ == "ADP" else [c])]
        if direct and any(self._names_party(r, people) or r.ent_type_ == "ORG" for r in receivers):
            # a country, organisation or person; also an organisation the gazetteer does
            # not know ("returned the painting TO THE ART LOSS REGISTER")
            keys.add("party:to")
        return keys | deployment_keys(verb, direct, receivers, self._is_force, self.gazetteer,
                                      self._violent)

    def _violent(self, verb: Token) -> str | None:
        """"event" when a lexicon row of violence (CAMEO 18-20) codes the verb with its
        objects ("to ATTACK militants"), "act" when its rows are violence but none applies
        ("to DESTROY the reactor"), else None."""
        lemma = verb.lemma_.lower()
        if not any(row.root in VIOLENCE_ROOTS for row in self.lexicon.candidates(lemma, "VERB")):
            return None
        row = self.lexicon.select(lemma, "VERB", set(),
                                  {o.lemma_.lower() for o in object_tokens_of(verb)})
        return "event" if row is not None and row.root in VIOLENCE_ROOTS else "act"

    def _forecast(self, clause: Token, people: Collection[int]) -> bool:
        """A clause about a thing, not a party or an event: its subject is a common noun that
        names neither people nor a party, and no lexicon row makes it an event ("the RAINS
        will cause landslides", "PRICES could rise"; not "WASHINGTON would act", "the
        SANCTIONS would hurt", "there will be no deal")."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.pos_ == "NOUN" and not self._names_party(s, people)
            and not self._names_people(s, people)
            and not self.lexicon.candidates(s.lemma_.lower(), "NOUN") for s in subjects)

    def _official(self, head: Token) -> bool:
        """The phrase names a person of the people layer who holds an office of state."""
        return any(head.i in range(m.token_start, m.token_end) and _holds_office(
            person.title, self.office_titles) for person in (head.doc._.annotate_people or [])
            for m in person.mentions)

    def _names_people(self, head: Token, people: Collection[int]) -> bool:
        """The phrase names people: a PERSON or NORP entity, a person of the people layer, a
        noun of models/people_nouns.tsv or a domestic group, also as what a number counts
        ("dozens OF PRISONERS")."""
        # a PERSON tag on a name the gazetteer knows as a place is the model's misreading
        # ("rebels seized GOMA"), as is any tag on a name called a place ("KIDAL, a town")
        if named_as_place(head, self._place_nouns):
            return False
        return (head.i in people or head.ent_type_ == "NORP" or head.ent_type_ == "PERSON" and (
                self.gazetteer.kind(head.text) not in ("place", "capital"))
                or head.lemma_.lower() in self.people_nouns or head.lemma_.lower() in self.groups
                or counts_people(head, lambda owner: self._names_people(owner, people)))

    def _names_party(self, head: Token, people: Collection[int]) -> bool:
        """The phrase names a country, organisation, person or domestic group, also as the
        apposition of a place ("to Venafro, ITALY")."""
        return (head.i in people or self.gazetteer.code_in(phrases.noun_phrase_of(head)) is not None
                or self.groups.get(head.lemma_.lower()) is not None
                or head.ent_type_ == "GPE" and any(
                    c.dep_ == "appos" and self.gazetteer.code_in(phrases.noun_phrase_of(c))
                    for c in head.children))


def _holds_office(title: str | None, offices: frozenset[str]) -> bool:
    """The title, or its last words ("former Foreign Minister"), is an office of state."""
    words = (title or "").split()
    return any(" ".join(words[i:]) in offices for i in range(len(words)))
