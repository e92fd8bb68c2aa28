"""The people layer: every person a story names, with title, country and all mentions.

``component`` is the spaCy component: ``candidates`` finds candidate names, ``spans`` cleans
each to the name itself, ``grouping`` merges the mentions of one person and ``titles`` reads
title and country from the words around a mention. ``persons`` holds the result types,
``cues`` the word lists and ``story`` the per-story indexes the steps share.
"""
