""""a year earlier", "the year before", "the year after" after a time the story set (issue 14,
anchors; TimeML/TIMEX3 1.2.1: a relative expression is a temporal function anchored on the
time the text last set, the document's date only when it has set none). "He was arrested in
1995. A year earlier, ..." is 1994 and "The year after" 1996, as "A year later" already was;
after a day ("on March 3, 1995") the year before is counted from that day. They had been
counted from the story's date (1999, 2001).

Guards: comparison copy keeps its readings: with no time set "the year before" is the year
before the story's; a quarter reported in the sentence makes it that quarter a year back; a
month named in the sentence that month a year back; "a year ago" counts from the story's date
whatever was named; "the day before" keeps counting from the last day placed.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

PERIOD_BEFORE_A_NAMED_TIME = [
    ("The mayor was indicted in 1995. A year earlier, he had moved to Ohio.", "2000-04-12",
     [("1995", "DATE", "1995"), ("A year earlier", "DATE", "1994")]),
    ("The mayor was indicted in 1995. The year before, he had moved to Ohio.", "2000-04-12",
     [("1995", "DATE", "1995"), ("The year before", "DATE", "1994")]),
    ("The mayor was indicted in 1995. The year after, he resigned.", "2000-04-12",
     [("1995", "DATE", "1995"), ("The year after", "DATE", "1996")]),
    ("The mill earned $5 million in 1998, up from $4 million the year before.", "2000-04-12",
     [("1998", "DATE", "1998"), ("the year before", "DATE", "1997")]),
    ("The mayor was indicted on March 3, 1995. The year before, he had moved to Ohio.",
     "2000-04-12",
     [("March 3, 1995", "DATE", "1995-03-03"), ("The year before", "DATE", "1994")]),
    ("The dam was finished in 1945. The decade after, the valley flooded.", "2000-04-12",
     [("1945", "DATE", "1945"), ("The decade after", "DATE", "195")]),
    # guards
    ("The mill earned $5 million, up from $4 million the year before.", "2000-04-12",
     [("the year before", "DATE", "1999")]),
    ("The mill earned $5 million in the third quarter, up from $4 million the year before.",
     "2000-04-12",
     [("the third quarter", "DATE", "1999-Q3"), ("the year before", "DATE", "1998-Q3")]),
    ("Exports rose 3 percent in February from a year earlier.", "2000-04-12",
     [("February", "DATE", "2000-02"), ("a year earlier", "DATE", "1999-02")]),
    ("The mayor was indicted in 1995. A year ago, he moved to Ohio.", "2000-04-12",
     [("1995", "DATE", "1995"), ("A year ago", "DATE", "1999")]),
    ("The mayor was indicted on March 3. The day before, he had moved to Ohio.", "2000-04-12",
     [("March 3", "DATE", "2000-03-03"), ("The day before", "DATE", "2000-03-02")]),
]


test_period_before_a_named_time = in_context_test(PERIOD_BEFORE_A_NAMED_TIME)
