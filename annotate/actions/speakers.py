"""The first person in reported speech is the speaker: in '"WE will not lift the sanctions,"
Putin said' and 'The minister said "WE will never negotiate"', "we" points at who utters the
quote (the deixis of direct quotation), so the party is the reporting verb's subject, as for
"it" and "they" in indirect speech ("Iraq said IT would ...").
"""

from __future__ import annotations

from spacy.tokens import Token

SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})


def is_speaker_pronoun(token: Token) -> bool:
    """A first-person pronoun ("we", "our"), not the country written "US"."""
    return token.lower_ in SPEAKER_PRONOUNS and token.pos_ == "PRON" and token.text != "US"


# People whose words report someone else's: "the SPOKESMAN said HE would ..." is usually the
# principal, not the spokesman.
PROXY_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
                            "advisor", "representative", "source", "official", "lawyer",
                            "attorney", "envoy"})


def reports_for_self(subject: Token, person_nouns: frozenset[str]) -> bool:
    """A singular person noun that speaks for itself ("the Kenyan LEADER said he ..."), not
    for a principal ("the SPOKESMAN said he ...")."""
    lemma = subject.lemma_.lower()
    return (lemma in person_nouns and lemma not in PROXY_SPEAKERS
            and subject.tag_ in ("NN", "NNP"))
