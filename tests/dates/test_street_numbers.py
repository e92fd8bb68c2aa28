"""The number of a building in an address (issue 14): "1999 Broadway", "2000 Pennsylvania Ave.",
"1812 Main St." (AP Stylebook, "addresses") number a building on a named street; the figure is
part of the address, not a year, so TimeML 1.2.1 marks no TIMEX3. The cue is a bare figure
followed, within three capitalised words, by a street word.

Guards: a year after a preposition of time before a capitalised name ("In 1995 Main Street
merchants sued", "In 1999 Congress passed").

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

STREET_NUMBERS = [
    ("The firm moved to 1999 Broadway in Denver.", "2026-04-15", []),
    ("The offices are at 2000 Pennsylvania Ave.", "2026-04-15", []),
    ("He lives at 1812 Main St.", "2026-04-15", []),
    # guards
    ("In 1995 Main Street merchants sued the city.", "2026-04-15", [("1995", "DATE", "1995")]),
    ("In 1999 Congress passed the bill.", "2026-04-15", [("1999", "DATE", "1999")]),
]


test_street_numbers = in_context_test(STREET_NUMBERS)
