"""A noun phrase of something else at the start of the model's entity is no part of the time
(issue 14, TimeML extents): "said in an interview two months before the election" holds the
time "two months", not "an interview two months". Guards: words before a count that are no
noun ("the first two weeks", "the next several days") stay in the expression.

Rows: (an original AP-style sentence, its story date, the clause's tense, the (text, type,
value) the pipeline must find; type None where it must hold no time expression at that text).
"""

from tests.dates.tables import tensed_test

LEADING_NOUN_PHRASES = [
    ("The governor said in an interview two months before the election that taxes would rise.",
     "2026-04-15", "past", ("two months", "DURATION", "P2M")),
    ("The governor said in an interview two months before the election that taxes would rise.",
     "2026-04-15", "past", ("an interview two months", None, None)),
    ("The chairman said in an interview several months before he took office that sales would "
     "grow.", "2026-04-15", "past", ("several months", "DURATION", "PXM")),
    # guards
    ("The first two weeks were hard for the new coach.", "2026-04-15", "past",
     ("The first two weeks", "DURATION", "P2W")),
    ("Officials met over the next several days.", "2026-04-15", "past",
     ("the next several days", "DURATION", "PXD")),
    ("She gave a speech a few days after the vote.", "2026-04-15", "past",
     ("a few days", "DURATION", "PXD")),
]


test_leading_noun_phrases = tensed_test(LEADING_NOUN_PHRASES)
