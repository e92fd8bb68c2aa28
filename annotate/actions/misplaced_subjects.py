"""Subjects the parse hung on another word than the verb they are the subject of.

- A phrase between the auxiliary and the verb ("Kenya HAS IN THE PAST accused Uganda") makes
  the small model hang the subject on the auxiliary: the verb's subject is the auxiliary's.
- A fronted participle with subject-verb inversion after it ("ALSO CONDEMNING the attack WAS
  THE AFRICAN UNION", "Joining them were ..."; Quirk et al. 1985, 18.23, fronted predication)
  is parsed as the clausal subject of "be": the one who condemns is the subject after "be".
  So with a fronted among-phrase ("AMONG THOSE CONDEMNING the attack WAS THE AFRICAN UNION"):
  the subject after "be" is one of those who did.
"""

from __future__ import annotations

from spacy.tokens import Token


def misplaced_subjects(verb: Token) -> list[Token]:
    """The subject of ``verb`` that the parse hung on its auxiliary, or the subject after "be"
    of a fronted participle; [] for any other verb."""
    if verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
        return [c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.head.i]
    if among_inverted(verb):
        # "AMONG THOSE CONDEMNING the attack WAS THE AFRICAN UNION": one of those who did
        copula = verb.head.head.head
        return [c for c in copula.children if c.dep_ == "nsubj" and c.i > copula.i]
    # (an auxiliary after its verb is that inversion too: "Also criticizing the decision WERE
    # EGYPT and Jordan")
    return [g for c in verb.children if c.dep_ in ("aux", "auxpass")
            for g in c.children if g.dep_ == "nsubj"]


def among_inverted(verb: Token) -> bool:
    """A present participle on the object of a fronted "among" before "be" with its subject
    after it: "Among those CONDEMNING the attack was the African Union" reports an act of the
    subject, it does not only describe "those"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "pobj":
        return False
    among = verb.head.head
    return among.lower_ == "among" and among.head.lemma_ == "be" and among.i < among.head.i
