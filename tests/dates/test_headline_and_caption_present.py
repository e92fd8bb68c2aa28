"""The present of headlines and photo captions tells what has happened (issue 14, tense
deciding the day). Headline grammar puts a past event in the simple present ("Quake jolts
Tokyo on Wednesday") and writes its future with "to" ("Leaders to meet Friday"); an AP photo
caption tells in the present, simple or progressive, what the picture shows. So there a
weekday is the one before the story, not the coming one that the futurate present of running
copy names ("The president travels to Moscow on Friday"). A headline is the story's first line
when it ends with no period; a caption has an AP photo credit.

Guards: running copy keeps the futurate; a headline's scheduled start ("Talks resume on
Friday") stays ahead, as does a caption's "will".

Rows: (an original AP-style text, its story date, every (text, type, value) the pipeline must
find, in order). 2000-04-07 is a Friday, 2000-04-05 a Wednesday.
"""

from tests.dates.tables import in_context_test

HEADLINE_AND_CAPTION_PRESENT = [
    ("Crowds rally in Havana on Wednesday\n\nHAVANA (AP) _ Thousands of people marched "
     "through the capital on Wednesday.", "2000-04-07",
     [("Wednesday", "DATE", "2000-04-05"), ("Wednesday", "DATE", "2000-04-05")]),
    ("Quake jolts Tokyo on Wednesday\n\nTOKYO (AP) _ A strong earthquake shook buildings in "
     "the capital.", "2000-04-07", [("Wednesday", "DATE", "2000-04-05")]),
    ("Crowds rally on Wednesday", "2000-04-07", [("Wednesday", "DATE", "2000-04-05")]),
    ("Crowds rally in Havana on Wednesday against the embargo. (AP Photo/Jose Ruiz)",
     "2000-04-07", [("Wednesday", "DATE", "2000-04-05")]),
    ("Rescuers are searching for survivors Wednesday in Havana. (AP Photo/Jose Ruiz)",
     "2000-04-07", [("Wednesday", "DATE", "2000-04-05")]),
    ("Leaders to meet Friday\n\nGENEVA (AP) _ Foreign ministers gathered in the city.",
     "2000-04-05", [("Friday", "DATE", "2000-04-07")]),
    # guards
    ("The president travels to Moscow on Friday.", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("Crowds rally in Havana on Wednesday against the embargo.", "2000-04-03",
     [("Wednesday", "DATE", "2000-04-05")]),
    ("Talks resume on Friday\n\nGENEVA (AP) _ The talks resume on Friday, officials said.",
     "2000-04-05", [("Friday", "DATE", "2000-04-07"), ("Friday", "DATE", "2000-04-07")]),
    ("Fans will gather on Friday. (AP Photo/Jose Ruiz)", "2000-04-05",
     [("Friday", "DATE", "2000-04-07")]),
    ("Quake jolted Tokyo on Wednesday\n\nTOKYO (AP) _ A strong earthquake shook buildings in "
     "the capital.", "2000-04-07", [("Wednesday", "DATE", "2000-04-05")]),
]


test_headline_and_caption_present = in_context_test(HEADLINE_AND_CAPTION_PRESENT)
