"""Output: the ``annotate/1`` JSON record of a story (``record``) and the terminal view of it
(``view``)."""
