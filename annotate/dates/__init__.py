"""The dates layer: time expressions, typed and normalised to TIMEX3 values against the
story's own date.

``component`` is the spaCy component: ``candidates`` lists the expressions (the model's
entities shaped by ``spans`` and split into one expression per point by ``splits``, plus what
it leaves ``untagged``), ``refdate`` finds the story's
date, ``tense`` decides which way a weekday points, and ``timex`` normalises each expression,
one module per family of rules.
"""
