"""The minutes of a meeting are its written record, no length of time (issue 14, false hits:
words of time that refer to no time; WordNet's own sense of "minutes"; TimeML 1.2.1 marks
only what refers to a time). "the minutes" before "of" or "from" and a meeting is the record.

Guards: "the minutes before the blast", "in the minutes after the crash" and a count ("90
minutes") stay lengths of time.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

MEETING_MINUTES = [
    ("The minutes of the Fed's September meeting were released on Thursday.", "2000-04-05",
     [("September", "DATE", "1999-09"), ("Thursday", "DATE", "2000-03-30")]),
    ("The minutes of the council session were posted online.", "2000-04-05", []),
    # guards (the first gave nothing already)
    ("Reporters read the minutes from the board's closed session.", "2000-04-05", []),
    ("The minutes before the blast were calm.", "2000-04-05",
     [("The minutes", "DURATION", "PTXM")]),
    ("In the minutes after the crash, rescuers arrived.", "2000-04-05",
     [("the minutes", "DURATION", "PTXM")]),
    ("The meeting lasted 90 minutes.", "2000-04-05", [("90 minutes", "DURATION", "PT90M")]),
]


test_meeting_minutes = in_context_test(MEETING_MINUTES)
