"""The article before a time that modifies the noun after it (issue 14): in "The year-ago
results", "a 20th century invention", "The year-earlier loss" the article belongs to the
noun, the head of the phrase; TimeML's TIMEX3 is the time alone ("year-ago", "20th century").
The model tags the article with the time, or the layer added it.

Guards: a time before a noun of time keeps its article ("the 1988 period", "the year-ago
period"); "The next day officials said" is no modifier; "a third-quarter net loss" had no
article to lose.

Rows: (an original AP-style sentence, its story date, every (text, type, value) the pipeline
must find, in order).
"""

from tests.dates.tables import in_context_test

ARTICLE_OF_THE_HEAD = [
    ("The year-ago results included a charge.", "2026-04-15", [("year-ago", "DATE", "2025")]),
    ("It was a 20th century invention.", "2026-04-15", [("20th century", "DATE", "19")]),
    ("The year-earlier loss was smaller.", "2026-04-15", [("year-earlier", "DATE", "2025")]),
    # guards
    ("Profit fell in the 1988 period.", "2026-04-15", [("the 1988 period", "DATE", "1988")]),
    ("The next day officials said the fire was out.", "2026-04-15",
     [("The next day", "DATE", "2026-04-16")]),
    ("The company reported a third-quarter net loss.", "2026-11-15",
     [("third-quarter", "DATE", "2026-Q3")]),
]


test_article_of_the_head = in_context_test(ARTICLE_OF_THE_HEAD)
