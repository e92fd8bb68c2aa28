"""Input: from bytes on disk (or a line of an archive) to the text the pipeline annotates.

``stories`` reads files, standard input and JSONL archives into :class:`Story` objects, with
``walk`` listing a folder and ``decoding`` turning bytes into text; ``prepare`` then extracts a
web page's article (``webpage``), repairs the text (``repair``) and cleans scraped furniture
(``cleaning``: the rules for web-page furniture in ``boilerplate``, the undoing of hard
line wraps in ``wraps``, the line shapes both read in ``lineshapes``, and the dateline pattern of
``datelines``).
"""
