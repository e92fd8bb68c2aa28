"""A speed is no time expression (issue 14, false hits: quantities of time that are no
temporal expressions). A distance per hour, minute or second ("80 miles an hour") is a unit of
measure; TimeML marks no expression of speed (TimeML guidelines for Spanish, TempEval-2010,
3.2.3), so "an hour" after a count of a unit of length (models/distance_units.tsv) is no SET.

Guards: a rate of money or of things stays a set ("$40,000 a year", "interviews a day"), and
so does a distance per day ("walked 10 miles a day"), which tells how much is done each day.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

SPEEDS = [
    ("Police said the driver was going 80 miles an hour when the bus crashed.", "2000-04-05",
     []),
    ("The new train can reach 300 kilometers an hour, the railway said.", "2000-04-05", []),
    ("The jet cruises at 600 miles an hour.", "2000-04-05", []),
    ("Winds of 150 kilometers per hour knocked down trees.", "2000-04-05", []),
    # guards: rates that are sets; two speeds that gave nothing already
    ("The ball left the bat at 100 feet per second on Tuesday.", "2000-04-05",
     [("Tuesday", "DATE", "2000-04-04")]),
    ("The rock fell 30 feet a second before it hit the road on Tuesday.", "2000-04-05",
     [("Tuesday", "DATE", "2000-04-04")]),
    ("The hikers walked 10 miles a day.", "2000-04-05", [("a day", "SET", "P1D")]),
    ("The mechanic earns $40,000 a year.", "2000-04-05", [("a year", "SET", "P1Y")]),
    ("Agents conducted dozens of interviews a day.", "2000-04-05", [("a day", "SET", "P1D")]),
    ("The winds reached 120 miles per hour on Sunday.", "2000-04-05",
     [("Sunday", "DATE", "2000-04-02")]),
]


test_speeds = in_context_test(SPEEDS)
