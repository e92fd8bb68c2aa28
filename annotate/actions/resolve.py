"""Resolving a party: the noun phrase that names it, its country and its person.

A party's country comes from the gazetteer (a country, capital, demonym or organisation in its
phrase), from the person of the people layer it names, from an apposition ("Kenzo Oshima, the
UNITED NATIONS relief coordinator") or an "of"/"in" phrase ("the government OF LIBERIA").
Pronouns get a light, precise resolution: the subject of the reporting verb ("IRAQ said IT
would"), else "it" -> the previous sentence's country subject and "he"/"she" -> the last person
mentioned.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..gazetteer import NON_STATE_CODES, Gazetteer
from ..people.cues import load_cues
from ..resources import read_table
from . import parties, phrases
from .action import Party
from .agents import means_agents
from .announcers import INSTITUTION_NOUNS, announcer
from .antecedents import fronted_clause_subjects, named_by_epithet, reporting_subjects
from .context import StoryContext
from .envoys import is_sent_body
from .lexicon import Lexicon
from .parties import is_relative
from .speakers import is_speaker_pronoun, reports_for_self

_PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
_NOT_NAMES = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
_THING_PRONOUNS = {"it", "its"}
_GROUP_PRONOUNS = {"they", "them", "their"}
_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
# Nouns of a state and its arms: "his COUNTRY", "its GOVERNMENT", "their TROOPS".
_STATE_NOUNS = frozenset({"country", "nation", "state", "government", "administration",
                          "cabinet", "regime", "army", "military", "troop", "troops", "force",
                          "soldier"})


# Kinds of models/titles.tsv that hold an office or a role (not honorifics or sport)
_OFFICE_KINDS = frozenset({"head", "government", "legislative", "military", "judicial",
                           "religious", "role"})


class PartyReader:
    """Reads parties from the parse, with the gazetteer for their countries."""

    def __init__(self, gazetteer: Gazetteer, people_nouns: frozenset[str] = frozenset(),
                 military: frozenset[str] = frozenset()) -> None:
        self.gazetteer = gazetteer
        self.people_nouns = people_nouns
        self.military = military  # the armed forces of models/actions_domestic.tsv
        # words of titles ("President", "Foreign Minister"): never a group's name
        titles = read_table("titles.tsv")
        self.title_words = frozenset(word.lower() for row in titles
                                     for word in row["title"].split())
        # the head nouns of offices and roles that WordNet calls a kind of person ("the former
        # MAYOR", "the defense MINISTER"): an object they head names a person
        self.office_nouns = frozenset(
            row["title"].split()[-1].lower() for row in titles
            if row["kind"] in _OFFICE_KINDS) & load_cues().person_nouns

    def own_forces(self, head: Token) -> bool:
        """Forces named with a possessive pronoun ("withdrew ITS TROOPS", "pulled THEIR
        SOLDIERS out"): in a retreat they are the actor's own, whom it moves, never whom it is
        aimed at."""
        return head.lemma_.lower() in self.military and any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in head.children)

    def _state_or_its_people(self, head: Token) -> bool:
        """A state, its government or forces ("its GOVERNMENT", "their TROOPS"), or people
        who act for it ("its FIGHTERS", "its AMBASSADOR"): what a possessive pronoun owns of
        whom it stands for."""
        lemma = head.lemma_.lower()
        return lemma in _STATE_NOUNS or lemma in self.military or self.names_people(head)

    def names_people(self, head: Token) -> bool:
        """A person or group of people: a PERSON or NORP entity, a people noun, or the head
        noun of an office ("the former MAYOR")."""
        lemma = head.lemma_.lower()
        return head.ent_type_ in ("PERSON", "NORP") or lemma in self.people_nouns or (
            lemma in self.office_nouns)

    def sent_from(self, head: Token) -> bool:
        """People or a body sent ("a DELEGATION", :mod:`.envoys`), whose from-phrase as a
        subject names whom they come from."""
        return self.names_people(head) or is_sent_body(head)

    def is_party_like(self, head: Token) -> bool:
        """An organisation, a place or people by its entity type or noun, or a proper name."""
        return self.names_people(head) or head.ent_type_ in (
            "ORG", "GPE", "LOC", "FAC", "NORP", "PERSON") or (
            head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "TIME", "EVENT", "LAW",
                                                            "WORK_OF_ART", "PRODUCT"))

    def actors(self, context: StoryContext, heads: list[Token], node: Token, root: int,
               lexicon: Lexicon) -> list[Party]:
        """The parties of the actor heads; with none, for an act of force (``root`` 17 to 20)
        the agent of the violent event its passive names as the means ("were killed IN AN
        ISRAELI AIRSTRIKE": agents.py), else the opening speaker of an agentless passive to
        come ("the ministry said the curfew WILL BE LIFTED": announcers.py)."""
        if not heads and root >= 17:
            heads = means_agents(node, lambda n: any(r.root >= 18 for r in lexicon.candidates(
                n.lemma_.lower(), "NOUN")), self.is_party_like)
        speaker = announcer(node) if not heads and node.pos_ == "VERB" else None
        if speaker is not None and (speaker.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or (
                speaker.lemma_.lower() in INSTITUTION_NOUNS | self.office_nouns | self.military)):
            return [self.party(context, speaker)]
        return [self.party(context, head) for head in heads]

    def party(self, context: StoryContext, head: Token, resolve: bool = True) -> Party:
        if resolve and is_relative(head) and head.head.dep_ == "relcl":
            head = head.head.head  # "Sharon, WHO has vowed ...": the noun the clause modifies
        span = phrases.party_span(head)
        person = context.person_at.get(head.i)
        if person is None and (head.pos_ == "NOUN" or head.lower_ in self.title_words):
            # "his Iranian counterpart, MOSTAFA NAJJAR", "Kenya's PRESIDENT WILLIAM RUTO" (a
            # capitalised title): the title phrase and the name in apposition are one party
            named = [a for a in head.children if a.dep_ == "appos" and a.i in context.person_at]
            if named:
                person = context.person_at[named[0].i]
                span = head.doc[span.start:phrases.noun_phrase_of(named[0]).end]
        if person is None and head.pos_ == "PROPN":
            # "AL-QAEDA IN IRAQ", "the ISLAMIC STATE OF IRAQ": a name of the gazetteer that
            # runs on through the phrase's of/in phrase is the longer name
            for owner in parties.pobjs_of(head, ("in", "of")):
                longer = head.doc[span.start:phrases.noun_phrase_of(owner).end]
                if self.gazetteer.lookup(longer.text) is not None:
                    span = longer
                    break
        country = self._own_country(span)
        if country is None and (leader := phrases.leader_named(span)) is not None:
            country = self.gazetteer.lookup(leader)  # "U.S.-led forces"
        if country is None and person is not None:
            country = person.affiliation
        if country is None and person is None and head.pos_ == "NOUN":
            # "PASHINIAN's government", "the PRESIDENT's office": a person's institution
            person = next((context.person_at[c.i] for c in head.children
                           if c.dep_ == "poss" and c.i in context.person_at), None)
            country = person.affiliation if person is not None else None
        if country is None and (person is not None or head.ent_type_ == "GPE"):
            # "Kenzo Oshima, the UNITED NATIONS relief coordinator"; "Venafro, ITALY"
            country = next((c for c in (self.gazetteer.code_in(phrases.noun_phrase_of(a))
                                        for a in head.children if a.dep_ == "appos") if c), None)
        if country is None and person is None and head.pos_ in ("NOUN", "PROPN"):
            # "leaders OF ROMANIA's government", "the government OF LIBERIA", "security forces
            # IN GUINEA"
            # "a group BASED IN TRINIDAD"
            based = [p for c in head.children if c.dep_ == "acl" and c.lower_ == "based"
                     for p in parties.pobjs_of(c, ("in",))]
            # "OFFICIALS FROM KENYA met ...", "a DELEGATION from Kenya visited": people acting,
            # named by where they come from (a subject: "withdrew troops FROM Mali" is a place left)
            origin = parties.pobjs_of(head, ("from",)) if head.dep_ in ("nsubj", "nsubjpass") and (
                self.sent_from(head)) else []
            for owner in parties.pobjs_of(head, ("of", "in")) + based + origin:
                inner = phrases.noun_phrase_of(owner)
                person = context.person_at.get(owner.i)
                country = self.gazetteer.code_in(inner) or (person.affiliation if person else None)
                if country is not None or person is not None:
                    span = head.doc[span.start:max(span.end, inner.end)]
                    break
        if resolve and country is None and person is None and (
                self._state_or_its_people(head) and head.dep_ in ("nsubj", "nsubjpass")):
            # "Putin said HIS country will not lift the ban", "Iraq said ITS troops would ...":
            # a state, its government or its forces that act (the subject) belong to whom the
            # possessive pronoun stands for; as an object ("withdrew ITS TROOPS") they are the
            # actor's own, never a target
            owner = next((c for c in head.children if c.dep_ == "poss"
                          and (c.lower_ in _POSSESSIVE_PRONOUNS or is_speaker_pronoun(c))), None)
            antecedent = self._antecedent(context, owner) if owner is not None else None
            if antecedent is not None:
                country = antecedent.country
        country = self._group_country(context, span, country, person)
        party = Party(text=span.text, start=span.start_char, end=span.end_char, country=country,
                      person=person.id if person is not None else None)
        if resolve and (head.lower_ in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS
                        or is_speaker_pronoun(head)):
            # "THE AFGHAN GOVERNMENT said it would free ...": the pronoun is the reporting
            # subject, who is the party, named as the sentence names it
            reporting = reporting_subjects(head) or fronted_clause_subjects(
                head, self.is_party_like)
            if reporting:
                antecedent = self.party(context, reporting[0], resolve=False)
                if head.lower_ not in _PERSON_PRONOUNS or antecedent.person is not None or (
                        reporting[0].ent_type_ == "PERSON") or reports_for_self(
                        reporting[0], load_cues().person_nouns):  # "the LEADER said HE"
                    return antecedent
        named = named_by_epithet(head) if resolve else None
        if named is not None:  # "HAMAS said THE GROUP would release ...": as a pronoun would
            return self.party(context, named, resolve=False)
        if resolve and country is None and person is None and head.lower_ in (
                _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS):
            antecedent = self._antecedent(context, head)
            if antecedent is not None:
                party.country, party.person = antecedent.country, antecedent.person
        return party

    def _own_country(self, span: Span) -> str | None:
        """The first country or group the phrase names as its own, passing over a name that
        only says who backs, brokered or holds it ("the IRANIAN-backed Houthis") or a people by
        descent ("ethnic SERBS")."""
        start = span.start
        while start < span.end:
            found = self.gazetteer.find(span.doc[start:span.end])
            if found is None:
                return None
            code, first, last = found
            if not (phrases.names_a_sponsor(span.doc, first, last)
                    or phrases.names_an_ethnicity(span.doc, first)):
                return code
            start = last
        return None

    def _group_country(self, context: StoryContext, span: Span, country: str | None,
                       person: object) -> str | None:
        """Learn or apply the country the story ties a group name to: a proper noun that is
        not a person of the people layer nor in the gazetteer, sharing a phrase
        with a country ("YEMEN's HOUTHI rebels", "HOUTHI rebels in YEMEN") gives its country
        to a later phrase with that name alone ("the HOUTHIS fired")."""
        if person is not None or country in NON_STATE_CODES:
            return country  # a person's phrase or a body's: no group name is learnt or applied
        names = [t.lower_.removesuffix("s") for t in span if t.pos_ == "PROPN"
                 and t.text[:1].isupper() and t.i not in context.person_at
                 and self.gazetteer.lookup(t.text) is None and t.ent_type_ not in _NOT_NAMES
                 and t.lower_ not in self.title_words]
        if country is not None:
            for name in names:
                context.group_country.setdefault(name, country)
            return country
        return next((context.group_country[n] for n in names if n in context.group_country),
                    None)

    def _antecedent(self, context: StoryContext, pronoun: Token) -> Party | None:
        """A light, precise resolution of "it", "they", "he": the subject of the speech or
        intent verb the pronoun's clause reports ("IRAQ said it would allow ..."), the subject
        of its own clause for a possessive ("ISRAEL mounted its invasion"), else "it" -> the
        last country subject of the previous sentence and "he"/"she" -> the last person
        mentioned in this or the previous sentence."""
        wants_person = pronoun.lower_ in _PERSON_PRONOUNS
        wants_thing = pronoun.lower_ in _THING_PRONOUNS

        def fits(party: Party) -> bool:
            if wants_person:
                return party.person is not None
            if wants_thing:
                return party.person is None and party.country is not None
            return party.country is not None

        for subject in reporting_subjects(pronoun):
            party = self.party(context, subject, resolve=False)
            if fits(party):
                return party
            return None  # the nearest reporting subject decides; no guessing past it
        if wants_thing:
            return self._previous_country_subject(context, pronoun)
        if wants_person:
            person = context.last_person_before(pronoun)
            if person is not None:
                return Party(text=person.name, start=0, end=0, country=person.affiliation,
                             person=person.id)
        return None

    def _previous_country_subject(self, context: StoryContext, pronoun: Token) -> Party | None:
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        previous = pronoun.doc[sentence.start - 1].sent
        for token in reversed(previous):
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in (
                    _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS):
                party = self.party(context, token, resolve=False)
                if party.person is None and party.country is not None:
                    return party
        return None
