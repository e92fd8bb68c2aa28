"""Values that are wrong whatever a gold file says, fixed as classes by the TimeML/TIMEX3
guidelines (issue 14):
- "the past decade", "the past century" measure the stretch up to the story, DURATION P10Y
  and P100Y, as "the past two decades" does; "the last decade" may name the calendar decade;
- a round hundred before 2000 ("the 1800s", "the late 1900s") names its century, 18, as
  "the 19th century" does; a decade ("the early 1990s") stays its three digits;
- a present passive "set for" (or "booked", "fixed", "rescheduled for") fixes a time ahead,
  as "scheduled for" does: "The vote is set for Nov. 3" in February is this November; active
  "set a record for November" fixes nothing, and past "was set for" may report a past time;
- the month of a contract ("crude for November delivery", "the December contract", "March
  futures") is when it is delivered or expires, ahead of the story whatever the verb's tense;
- "five past the hour" is a clock time with the hour left open (TXX:05), not five hours;
- a time word in a compound opened by a preposition ("after-hours trading", "out-of-hours
  care", bare "after hours") names no time;
- a range of weekdays runs forward: in a past clause the start moves a week back ("ran from
  Monday through Friday" on a Wednesday is the week before), in a future one the end ahead;
- a count left open after its unit ("a year or two", "a week or two") is a vague DURATION
  (PXY), and "a year or two ago" a vague past (PAST_REF), as "a few years ago" is; a span the
  model ends on the "or" ("a year or") takes the figure after it;
- an ordinal half in a compound ("second-half profit") is that half, H2, not one second (PT1S);
  before a noun of a match ("a second-half goal") it is a stage of the match, no time.

Normaliser rows: (expression, reference date, last date placed, tense, type, value).
Sentence rows: (an original AP-style sentence, its story date, the (text, type, value) the
pipeline must find; None where the sentence must hold no time expression at that text).
"""

from datetime import date

from tests.dates.tables import in_context_test, normaliser_test

SPRING = date(2026, 4, 15)  # a Wednesday in April

NORMALISED = [
    # the past decade: a stretch
    ("the past decade", date(1989, 5, 10), None, "past", "DURATION", "P10Y"),
    ("the past century", date(1989, 5, 10), None, "past", "DURATION", "P100Y"),
    # guards: the last decade and century, and the past year, stay calendar periods
    ("the last decade", date(1989, 5, 10), None, "past", "DATE", "197"),
    ("the last century", date(1989, 5, 10), None, "past", "DATE", "18"),
    ("the past two decades", date(1989, 5, 10), None, "past", "DURATION", "P20Y"),
    # a round hundred: the century
    ("the 1800s", SPRING, None, "past", "DATE", "18"),
    ("the late 1800s", SPRING, None, "past", "DATE", "18"),
    ("the early 1900s", SPRING, None, "past", "DATE", "19"),
    ("the mid-1700s", SPRING, None, "past", "DATE", "17"),
    # guards: a decade stays a decade
    ("the early 1990s", SPRING, None, "past", "DATE", "199"),
    ("the late 1880s", SPRING, None, "past", "DATE", "188"),
    ("the 2000s", SPRING, None, "past", "DATE", "200"),
    # a minute of an unnamed hour
    ("five past the hour", SPRING, None, "past", "TIME", "2026-04-15TXX:05"),
    ("a quarter to the hour", SPRING, None, "past", "TIME", "2026-04-15TXX:45"),
    ("10 minutes after the hour", SPRING, None, "past", "TIME", "2026-04-15TXX:10"),
    # guards: hours counted stay a duration
    ("five hours", SPRING, None, "past", "DURATION", "PT5H"),
    ("two hours before the hour", SPRING, None, "past", "DURATION", "PT2H"),
    # a count left open
    ("a year or two", SPRING, None, "future", "DURATION", "PXY"),
    ("a week or two", SPRING, None, "future", "DURATION", "PXW"),
    ("a year or two ago", SPRING, None, "past", "DATE", "PAST_REF"),
    # guards: "or so" keeps the count; counted figures stay
    ("a day or so", SPRING, None, "future", "DURATION", "P1D"),
    # an ordinal half in a compound
    ("second-half", date(2026, 8, 5), None, "past", "DATE", "2026-H2"),
    ("first-half", SPRING, None, "past", "DATE", "2026-H1"),
    ("three days ago", SPRING, None, "past", "DATE", "2026-04-12"),
]


test_expression_is_normalised = normaliser_test(NORMALISED)


IN_CONTEXT: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    ("The mill was built in the late 1800s.", "2026-04-15",
     [("the late 1800s", "DATE", "18")]),
    ("The vote is set for Nov. 3.", "2026-02-10", [("Nov. 3", "DATE", "2026-11-03")]),
    ("The runoff, set for Nov. 3, will decide the seat.", "2026-02-10",
     [("Nov. 3", "DATE", "2026-11-03")]),
    ("The hall is booked for Dec. 5, the mayor said.", "2026-02-10",
     [("Dec. 5", "DATE", "2026-12-05")]),
    # guards: active "set" fixes nothing; a past perfect stays past
    ("The store set a sales record for November.", "2026-02-10",
     [("November", "DATE", "2025-11")]),
    ("The trial had been set for Nov. 3.", "2026-02-10", [("Nov. 3", "DATE", "2025-11-03")]),
    ("The vote was set for Nov. 3.", "2026-02-10", [("Nov. 3", "DATE", "2025-11-03")]),
    ("Crude oil for November delivery fell 40 cents a barrel.", "2026-04-15",
     [("November", "DATE", "2026-11")]),
    ("The December contract rose 2 cents.", "2026-04-15", [("December", "DATE", "2026-12")]),
    ("March futures fell sharply.", "2026-04-15", [("March", "DATE", "2027-03")]),
    ("Corn for delivery in July fell 3 cents.", "2026-04-15", [("July", "DATE", "2026-07")]),
    # guards: a delivery that happened, and the day of the trading, stay in the past
    ("The plant made its March delivery of jets.", "2026-04-15",
     [("March", "DATE", "2026-03")]),
    ("Gold for June delivery closed at $1,200 an ounce on Friday.", "2026-04-15",
     [("Friday", "DATE", "2026-04-10")]),
    ("The bells ring at five past the hour.", "2026-04-15",
     [("five past the hour", "TIME", "2026-04-15TXX:05")]),
    ("Shares of the airline fell 4% in after-hours trading.", "2026-04-15",
     [("hours", None, None)]),
    ("The clinic offers out-of-hours care.", "2026-04-15", [("hours", None, None)]),
    ("Shares fell 3% after hours.", "2026-04-15", [("hours", None, None)]),
    # guards: hours counted after "after"
    ("The deal came after hours of talks.", "2026-04-15", [("hours", "DURATION", "PTXH")]),
    ("The deal came after 12 hours of talks.", "2026-04-15",
     [("12 hours", "DURATION", "PT12H")]),
    ("The strike ran from Monday through Friday.", "2026-04-15",
     [("Monday", "DATE", "2026-04-06"), ("Friday", "DATE", "2026-04-10")]),
    ("Schools were closed Tuesday to Thursday, officials said.", "2026-04-15",
     [("Tuesday", "DATE", "2026-04-07"), ("Thursday", "DATE", "2026-04-09")]),
    ("The fair will run from Monday through Friday.", "2026-04-15",
     [("Monday", "DATE", "2026-04-20"), ("Friday", "DATE", "2026-04-24")]),
    # guards: ends already in order stay
    ("The talks ran from Friday to Monday.", "2026-04-15",
     [("Friday", "DATE", "2026-04-10"), ("Monday", "DATE", "2026-04-13")]),
    ("The office was closed between Monday and Tuesday.", "2026-04-15",
     [("Monday", "DATE", "2026-04-13"), ("Tuesday", "DATE", "2026-04-14")]),
    ("The plant could close in a year or two.", "2026-04-15",
     [("a year or two", "DURATION", "PXY")]),
    # guard: a count of something else after "or"
    ("The warranty runs three years or 36,000 miles.", "2026-04-15",
     [("three years", "DURATION", "P3Y")]),
    ("Second-half profit rose 8%.", "2026-08-05", [("Second-half", "DATE", "2026-H2")]),
    ("Ruiz scored a second-half goal for Leeds.", "2026-08-05", [("second-half", None, None)]),
]


test_expressions_in_context = in_context_test(IN_CONTEXT, exact=False)
