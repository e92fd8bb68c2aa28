""""Beginning Monday", "starting Monday": a participle used as a preposition heads no clause of
its own, so the time it takes is read by the tense of the clause it modifies (issue 14, the
week of a weekday by the clause's tense). "Beginning Monday, the bridge will be closed" in a
Wednesday story is the coming Monday; it had been read by "beginning" alone (no tense, so the
past Monday).

Guards: the same start in a past clause stays past; a present perfect stays past.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

PARTICIPLE_PREPOSITIONS = [
    ("Beginning Monday, the bridge will be closed to trucks.", "2000-04-12",
     [("Monday", "DATE", "2000-04-17")]),
    ("The new toll takes effect starting Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-17")]),
    # guards
    ("Starting Monday, the bridge was closed to trucks.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
    ("The bridge has been closed to trucks starting Monday.", "2000-04-12",
     [("Monday", "DATE", "2000-04-10")]),
]


test_participle_prepositions = in_context_test(PARTICIPLE_PREPOSITIONS)
