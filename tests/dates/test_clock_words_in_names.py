"""A capitalised "Midnight" or "Noon" inside a sentence is part of a name ("the Midnight
Express", the film "High Noon"), not a time (issue 14, false hits; TimeML 1.2.1 follows the
TIDES guidelines in marking nothing inside a name). AP style writes "midnight" and "noon" in
lower case, so the capital marks the name, as it already did for "This Week" or "60 Minutes".

Guards: lower-case "midnight" and "noon", and "Midnight" opening a sentence.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

CLOCK_WORDS_IN_NAMES = [
    ("The Midnight Express left Istanbul late on Tuesday with 300 passengers aboard, officials "
     "said.", "2000-04-05", [("Tuesday", "DATE", "2000-04-04")]),
    ("The film High Noon was shown on television on Sunday night to a large audience.",
     "2000-04-05", [("Sunday night", "TIME", "2000-04-02TNI")]),
    # guards
    ("The deadline is midnight Friday, the officials said.", "2000-04-05",
     [("midnight Friday", "TIME", "2000-04-07T24:00")]),
    ("The talks ended at noon on Tuesday.", "2000-04-05",
     [("noon", "TIME", "2000-04-04T12:00"), ("Tuesday", "DATE", "2000-04-04")]),
    # a past clause's midnight is the one that opened the story's day (test_midnight_past.py)
    ("Midnight came and went without a deal.", "2000-04-05",
     [("Midnight", "TIME", "2000-04-04T24:00")]),
]


test_clock_words_in_names = in_context_test(CLOCK_WORDS_IN_NAMES)
