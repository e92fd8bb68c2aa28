"""The dates layer: time expressions, typed and normalised to TIMEX3 values against the
story's own date.

``component`` is the spaCy component: ``candidates`` lists the expressions (the model's
entities shaped by ``spans`` and split into one expression per point by ``splits``, plus what
it leaves ``untagged``), drops the time words that refer to no time (``false_times``) and
gives some a reading of their own (``readings``: "a year" as "per year", "one day" as
someday), ``refdate`` finds the story's date, ``tense`` decides which way a weekday points
(with ``scheduling`` for the words that schedule an event and ``futurate`` for the present
of a fixed future), and ``timex`` normalises each expression, one module per family of rules.
"""
