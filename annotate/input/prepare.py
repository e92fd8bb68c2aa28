"""From a story as read to the text the pipeline annotates: extract, repair, clean.

Reading (:mod:`annotate.stories`) only decodes bytes; this step runs where the annotation
runs (in the worker processes of a batch), so HTML extraction, mojibake repair and boilerplate
cleaning use every core. Everything done is recorded, for the JSON's ``input``, ``headline`` and
``dateline`` keys; ``Story.clean=False`` (``--keep-raw``) skips repair and cleaning.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .stories import Story


@dataclass(frozen=True)
class PreparedStory:
    text: str  # what the pipeline annotates and every offset indexes
    input: dict[str, Any]  # what was done to the input: format, encoding, repairs, dropped lines
    headline: dict[str, Any] | None = None
    dateline: dict[str, Any] | None = None
    page: dict[str, Any] | None = None  # an HTML page's title, author, date and url
    warnings: list[str] = field(default_factory=list)

    @property
    def page_date(self) -> date | None:
        """The web page's publication date, the reference date when none is given."""
        return date.fromisoformat(self.page["date"]) if self.page and self.page["date"] else None


def prepare(story: Story) -> PreparedStory:
    """Extract (HTML), repair (mojibake, line breaks, quotes) and clean (boilerplate, hard
    wraps) one story. Raises AnnotateError when an HTML page holds no article."""
    from .webpage import looks_like_html

    story_format = story.format
    if story_format == "auto":
        story_format = "html" if looks_like_html(story.text) else "text"
    info: dict[str, Any] = {"format": story_format, "encoding": story.encoding,
                            "cleaned": story.clean, "repaired": False, "repairs": [],
                            "dropped": [], "joined_lines": 0}
    text, page, warnings = story.text, None, []
    if story_format == "html":
        text, page, warnings = _extract(story)
    if not story.clean:
        if "\ufffd" in text:  # kept raw, but the user is still told of lost characters
            warnings.append(f"{text.count(chr(0xFFFD))} replacement characters (U+FFFD) "
                            "where a decoder lost text; kept as they are")
        return _finish(PreparedStory(text, info, page=page, warnings=warnings))

    from .cleaning import clean_text
    from .repair import REPLACEMENT_CHARACTERS, repair_text

    repaired = repair_text(text)
    info["repaired"] = bool(repaired.repairs)
    info["repairs"] = list(repaired.repairs)
    if REPLACEMENT_CHARACTERS in repaired.warnings:
        warnings.append(f"{repaired.text.count(chr(0xFFFD))} replacement characters (U+FFFD) "
                        "where an earlier decoder lost text; kept as they are")
    cleaned = clean_text(repaired.text)
    info["dropped"] = [{"text": line.text, "rule": line.rule} for line in cleaned.dropped]
    info["joined_lines"] = cleaned.joined_lines
    # Cleaning strips the ends; a final newline stays, so clean copy comes out byte for byte.
    text = cleaned.text + "\n" if cleaned.text and repaired.text.endswith("\n") else cleaned.text
    prepared = PreparedStory(
        text, info,
        headline=asdict(cleaned.headline) if cleaned.headline else None,
        dateline=asdict(cleaned.dateline) if cleaned.dateline else None,
        page=page, warnings=warnings)
    return _finish(prepared)


def _extract(story: Story) -> tuple[str, dict[str, Any], list[str]]:
    """The article of a web page, its title first as a headline (a blank line after it, as in
    wire copy), the page's metadata, and a warning when only its plain text could be read."""
    from .webpage import extract_page

    page = extract_page(story.text, story.source)
    text = f"{page.title}\n\n{page.text}" if page.title else page.text
    metadata = {"title": page.title, "author": page.author,
                "date": page.date.isoformat() if page.date else None, "url": page.url}
    return text, metadata, [page.warning] if page.warning else []


def _finish(prepared: PreparedStory) -> PreparedStory:
    """Warn about a story with no text: valid (no annotations), but the user should know."""
    if not prepared.text.strip():
        dropped = len(prepared.input["dropped"])
        why = (f"nothing left after cleaning ({dropped} boilerplate lines dropped; --keep-raw "
               "annotates the input as it is)" if dropped else "empty story: nothing to annotate")
        prepared.warnings.append(why)
    return prepared
