"""Output: the ``annotate/1`` JSON record of a story (``record``), the terminal view of it
(``view``), the events table of a batch, one row per action (``events``), and its summaries
(``summary``)."""
