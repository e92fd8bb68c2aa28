"""Reading saved news web pages: the article body and its metadata, extracted with trafilatura.

trafilatura is an optional extra (``pip install 'annotate[html]'``). It is imported only when a
page is read, so the CLI starts fast and plain-text users never need it. Nothing here touches
the network: the page is parsed from the string given, and no URL is passed to the extractor.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .. import errors
from ..errors import AnnotateError

_SNIFF_CHARS = 1024
# A document-level tag anywhere in the first kilobyte settles it.
_DOCUMENT_TAG = re.compile(r"<!doctype\s+html|<(?:html|head|body)(?:\s[^<>]*)?>", re.IGNORECASE)
# Otherwise (a fragment, e.g. curl output of a bare article) ask for several common tags, so
# that a wire story mentioning "<b>" once stays plain text.
_COMMON_TAG = re.compile(
    r"</?(p|div|span|a|br|img|meta|link|script|style|title|h[1-6]|ul|ol|li|table|tr|td"
    r"|article|section|header|footer|nav|main|figure|time|strong|em|b|i)(?:\s[^<>]*)?/?>",
    re.IGNORECASE)
_MIN_COMMON_TAGS = 4
_MIN_DISTINCT_TAGS = 2

# Characters XML (hence lxml) refuses; a scraped page sometimes carries them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
# A page whose paragraphs are all short or unpunctuated (a section front's headline list, a
# video page's menus) holds no article: prose has a few words and ends a sentence.
_MIN_PROSE_WORDS = 4
_CLOSERS = "\"'\u201d\u2019)]"
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})

_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


@dataclass(frozen=True)
class Page:
    """A web page's article: its body as wire copy and what the page says about it."""

    text: str  # the article body, paragraphs separated by one blank line; no title
    title: str | None
    author: str | None  # as the page gives it; several authors are joined with "; "
    date: date | None  # the original publication date, not the date it was last modified
    url: str | None  # the canonical URL the page declares
    sitename: str | None = None
    warning: str | None = None  # set when the page could only be read as plain text


def looks_like_html(text: str) -> bool:
    """Whether text arriving without a file suffix (standard input) is an HTML page.

    Only the first kilobyte is sniffed: a doctype or an html/head/body tag, or several common
    tags (a bare fragment). Plain text that mentions a tag or two is not HTML.
    """
    head = text[:_SNIFF_CHARS]
    if _DOCUMENT_TAG.search(head):
        return True
    tags = [name.lower() for name in _COMMON_TAG.findall(head)]
    return len(tags) >= _MIN_COMMON_TAGS and len(set(tags)) >= _MIN_DISTINCT_TAGS


def extract_page(html: str, source: str) -> Page:
    """Extract the article body, title, author, publication date and URL of a web page.

    ``source`` names the input in error messages. Raises AnnotateError when trafilatura is not
    installed (HTML_EXTRACTOR_MISSING) or when the page holds no article (INPUT_NO_TEXT).
    """
    bare_extraction = _load_extractor(source)
    html = _XML_INVALID.sub("", html)
    document = _extract(bare_extraction, html)
    paragraphs = _paragraphs(document)
    if document is None or not any(map(_is_prose, paragraphs)):
        fallback = _deep_page_text(html)
        if fallback is not None:
            return fallback
        raise AnnotateError(errors.INPUT_NO_TEXT, f"{source}: no article text found in this HTML page")
    title = _clean(document.title)
    if title and _same_words(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the headline, which the caller puts first itself
    return Page(text="\n\n".join(paragraphs), title=title, author=_clean(document.author),
                date=_parse_date(document.date), url=_clean(document.url),
                sitename=_clean(document.sitename))


# lxml (under trafilatura) stops building a tree this deep: the page then seems empty.
LXML_MAX_DEPTH = 255
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr"
                       .split())
_BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr section article blockquote".split())


def _deep_page_text(html: str) -> Page | None:
    """A page nested deeper than lxml reads, as its plain text (one paragraph per block
    element, script and style left out), or None if the page is not that deep or holds no
    prose. Python's own HTML parser has no depth limit and keeps no tree."""
    from html.parser import HTMLParser

    class TextCollector(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = self.deepest = self.skipping = 0
            self.blocks: list[list[str]] = [[]]

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in _BLOCK_TAGS:
                self.blocks.append([])
            if tag in ("script", "style"):
                self.skipping += 1
            if tag not in _VOID_TAGS:
                self.depth += 1
                self.deepest = max(self.deepest, self.depth)

        def handle_endtag(self, tag: str) -> None:
            if tag in _BLOCK_TAGS:
                self.blocks.append([])
            if tag in ("script", "style"):
                self.skipping = max(0, self.skipping - 1)
            if tag not in _VOID_TAGS:
                self.depth = max(0, self.depth - 1)

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.blocks[-1].append(data)

    collector = TextCollector()
    collector.feed(html)
    collector.close()
    if collector.deepest <= LXML_MAX_DEPTH:
        return None
    paragraphs = [text for block in collector.blocks if (text := _clean("".join(block)))]
    if not any(map(_is_prose, paragraphs)):
        return None
    return Page(text="\n\n".join(paragraphs), title=None, author=None, date=None, url=None,
                warning=f"HTML nested {collector.deepest} levels deep, deeper than the "
                        f"extractor reads: annotated as the page's plain text")


def _load_extractor(source: str) -> Any:
    """trafilatura's ``bare_extraction``, imported on first use, with its logging quietened."""
    try:
        from trafilatura import bare_extraction
    except ImportError as error:
        missing = f" ({error.name} is missing)" if error.name else ""
        raise AnnotateError(errors.HTML_EXTRACTOR_MISSING,
                            f"{source}: HTML input needs the html extra{missing}: "
                            "pip install 'annotate[html]'") from None
    _quiet_library_logs()
    return bare_extraction


def _quiet_library_logs() -> None:
    """Keep the extractors' warnings ("discarding data", parse errors) off stderr. They are
    silent only until something configures logging (a dask worker, a user's basicConfig); then a
    50,000-page batch would print them page after page. A page with no article is reported once,
    as our own error. A level someone set on purpose (to debug) is left alone."""
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.CRITICAL)


def _extract(bare_extraction: Any, html: str) -> Any:
    """One trafilatura pass over the page (a Document, or None when it finds nothing)."""
    date_options = {
        "original_date": True,  # the publication date, not the last-modified one
        # No guessing from free text: on a page without date metadata it returns the copyright
        # year as January 1, a wrong reference date for every relative date in the story.
        "extensive_search": False,
        # trafilatura's default ceiling is today; a day more for pages dated east of here.
        "max_date": (date.today() + timedelta(days=1)).isoformat(),
    }
    return bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        # A table in a news page is a data box ("| Party | Seats |" rows would become junk
        # sentences) or page layout, whose cells trafilatura then flattens into one line; without
        # tables, the paragraphs of a layout-table page are still found.
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        # deduplicate=True would keep a cache across pages, dropping text seen in an earlier
        # story of the batch: every page must be read on its own.
        deduplicate=False,
        date_extraction_params=date_options,
    )


def _paragraphs(document: Any) -> list[str]:
    """The body's paragraphs, whitespace collapsed. trafilatura ends every block and every
    <br> with a newline; a line starting in lower case continues the sentence a <br> broke."""
    if document is None or not document.text:
        return []
    paragraphs: list[list[str]] = []  # each paragraph's lines
    for line in document.text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        if paragraphs and line[0].islower():
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(lines) for lines in paragraphs]


def _is_prose(paragraph: str) -> bool:
    return (paragraph.rstrip(_CLOSERS).endswith((".", "!", "?"))
            and len(paragraph.split(maxsplit=_MIN_PROSE_WORDS)) >= _MIN_PROSE_WORDS)


def _clean(value: str | None) -> str | None:
    value = _SPACES.sub(" ", value).strip() if value else None
    return value or None


def _same_words(paragraph: str, title: str) -> bool:
    """Whether a paragraph repeats the title (ignoring case, spacing and curly quotes)."""
    return paragraph.translate(_QUOTES).casefold() == title.translate(_QUOTES).casefold()


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
