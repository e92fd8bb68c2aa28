"""The people layer: every person a story names, with title, country and all mentions.

``component`` is the spaCy component: ``candidates`` finds candidate names (also in results
tables and ranked lists, ``rows``; line-ups, ``lineups``; lists after a plural title,
``titled_lists``; names the story describes as people, ``described``; full names of the
census lists the model labels as things, ``census_names``), ``spans`` cleans each to the name
itself, ``headlines`` splits names joined by a headline's verb, ``words``, ``places``,
``shared_heads``, ``works``, ``things`` (the constructions that make a name a thing or a
place), ``companies`` (a company's name opened by a person's) and ``consistency`` set aside
headings, places, works and things,
``grouping`` merges the mentions of one person and ``titles`` reads title and country from the
words around a mention. ``persons`` holds the result types, ``cues`` the word lists and
``story`` the per-story indexes the steps share.
"""
