"""A unit the model tags before "-long" heads the compound ("The day-long meeting" -> "day-long",
DURATION P1D; it had been "The day", the story's date). TimeML: the TIMEX3 is the length,
and the determiner belongs to the noun the compound modifies. Issue 14: adjectival durations.

Guards: a compound the model leaves untagged ("held day-long talks") was found already;
"all day long" is no compound.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

LONG_COMPOUNDS = [
    ("The day-long meeting produced no agreement.", "2000-04-05",
     [("day-long", "DURATION", "P1D")]),
    ("A months-long investigation found no wrongdoing.", "2000-04-05",
     [("months-long", "DURATION", "PXM")]),
    ("The weeks-long strike ended.", "2000-04-05", [("weeks-long", "DURATION", "PXW")]),
    # guards
    ("Leaders held day-long talks on Tuesday.", "2000-04-05",
     [("day-long", "DURATION", "P1D"), ("Tuesday", "DATE", "2000-04-04")]),
    ("They stayed all day long.", "2000-04-05", [("all day", "DURATION", "P1D")]),
]


test_long_compounds_after_units = in_context_test(LONG_COMPOUNDS)
