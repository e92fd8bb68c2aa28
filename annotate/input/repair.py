"""Repairing decoded story text with ftfy: mojibake, entities, controls, line breaks, curly
quotes (:func:`repair_text`).

Repair names (``Repaired.repairs``), in this order, each listed at most once:

* ``line_breaks``: CR LF, CR, U+2028 and U+2029 became LF;
* ``mojibake``: text once decoded with the wrong codec (e.g. "donâ€™t") was decoded again
  correctly; includes C1 control characters (U+0080-U+009F) read as Windows-1252 punctuation;
* ``html_entities``: entities such as "&amp;" or "&#8217;" in plain text became characters
  (skipped when the text holds a "<", i.e. looks like markup, as ftfy does);
* ``control_characters``: control characters, terminal escape codes and stray byte-order marks
  were removed (tab, LF and form feed are kept);
* ``quotes``: curly quotes and apostrophes became straight ones, so downstream rules need only
  match ' and ";
* ``width``: full-width and half-width forms became ordinary ones ("ＡＢＣ" -> "ABC");
* ``ligatures``: Latin ligatures were split ("ﬁ" -> "fi");
* ``surrogates``: UTF-16 surrogate pairs left in the text were joined;
* ``unicode_normalization``: characters were composed (NFC);
* ``other``: a change ftfy made under a name this module does not know (a newer ftfy).

Replacement characters (U+FFFD): a lossy decoder upstream put one wherever a byte did not fit,
and the byte is gone. One pattern is restored: "â€\ufffd" not followed by a letter or digit is
the mojibake of a closing curly quote (UTF-8 E2 80 9D, whose last byte Windows-1252 does not
define, so a strict decoder replaced it), the commonest scraping damage in wire copy; the missing
byte is put back so ftfy decodes it ("mojibake"). Everywhere else ftfy cannot restore them, and
guessing ("Ukraine\ufffds" -> "Ukraine's") would invent text: they stay, and
``Repaired.warnings`` holds ``replacement_characters`` so the user is told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import ftfy

REPAIR_NAMES = ("line_breaks", "mojibake", "html_entities", "control_characters", "quotes",
                "width", "ligatures", "surrogates", "unicode_normalization", "other")
REPLACEMENT_CHARACTERS = "replacement_characters"


@dataclass(frozen=True)
class Repaired:
    """Repaired text, the names of the repairs made (empty when unchanged), and warnings."""

    text: str
    repairs: tuple[str, ...]
    warnings: tuple[str, ...] = ()


# ftfy's explanation steps -> repair names. Encoding steps ("encode", "decode", "transcode")
# all mean mojibake; "normalize" is NFC.
_STEP_NAMES = {
    "unescape_html": "html_entities",
    "decode_inconsistent_utf8": "mojibake",
    "fix_c1_controls": "mojibake",
    "fix_latin_ligatures": "ligatures",
    "fix_character_width": "width",
    "uncurl_quotes": "quotes",
    "fix_line_breaks": "line_breaks",
    "fix_surrogates": "surrogates",
    "remove_terminal_escapes": "control_characters",
    "remove_control_chars": "control_characters",
}
# ftfy's own limit on the length of one piece it decodes (TextFixerConfig.max_decode_length).
_MAX_SEGMENT = 1_000_000
# Dashes and curly quotes are what clean AP copy carries beyond ASCII. A line whose only
# non-ASCII characters are these cannot hold mojibake: each is a continuation byte (0x82-0x97)
# in Windows-1252, 1250 and 1251 and a lead byte (0xD0-0xD5) in MacRoman, so no run of them
# and ASCII is valid UTF-8 in any encoding ftfy tries. Such a line only needs its quotes
# straightened, done here exactly as ftfy's uncurl_quotes does, so that ftfy (80 ms to import,
# 1 ms a line to run) is not needed for it.
_QUOTES = {**{ord(c): "'" for c in "\u02bc\u2018\u2019\u201a\u201b"},
           **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f"}}
_TYPOGRAPHY = {**{ord(c): None for c in "\u2013\u2014"}, **{code: None for code in _QUOTES}}
# "â€" + U+FFFD in closing-quote position (see the module docstring); other E2 80 xx characters
# whose xx Windows-1252 leaves undefined (a hyphen, joiners) sit between word characters.
_LOSSY_CLOSING_QUOTE = re.compile("\u00e2\u20ac\ufffd(?!\\w)")
# The only ASCII characters any ftfy fixer acts on: "&" (entities), CR, ESC and the other
# controls it removes (tab, LF and FF are kept). A line of ASCII without them is left exactly as
# ftfy would leave it (its mojibake test also skips ASCII), so it is not passed in. Bytes, not a
# regular expression: bytes.translate scans a story in microseconds, a character class in 50.
_ASCII_TRIGGERS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0D, 0x20), 0x7F, ord("&")])


def repair_text(text: str) -> Repaired:
    """Repair decoded story text with ftfy and name what was repaired (see module docstring).

    Line breaks become LF first; then each line is fixed on its own, as ``ftfy.fix_text`` does
    (lines of one scraped page may carry different mojibake), in time linear in the length.
    Lines of plain ASCII with nothing to fix are skipped: a clean story costs almost nothing.
    """
    unified = _unify_line_breaks(text)
    found = {"line_breaks"} if unified != text else set()
    if _nothing_to_fix(unified):
        return Repaired(unified, _ordered(found))
    markup = "<" in unified
    pieces: list[str] = []
    for segment in _segments(unified, _MAX_SEGMENT):
        if _nothing_to_fix(segment):
            pieces.append(segment)
            continue
        if _nothing_to_fix(segment.translate(_TYPOGRAPHY)):
            straightened = segment.translate(_QUOTES)
            pieces.append(straightened)
            if straightened != segment:
                found.add("quotes")
            continue
        fixed, steps = _fix_segment(segment, _config(markup))
        pieces.append(fixed)
        if fixed != segment:
            named = {_step_name(action, detail) for action, detail in steps}
            found |= named or {"other"}
    repaired = "".join(pieces)
    warnings = (REPLACEMENT_CHARACTERS,) if "\ufffd" in repaired else ()
    return Repaired(repaired, _ordered(found), warnings)


@lru_cache(maxsize=2)
def _config(markup: bool) -> "ftfy.TextFixerConfig":
    """ftfy's settings; entities are left alone in text that holds markup."""
    import ftfy  # imported on the first line that needs it: clean copy never pays for it

    return ftfy.TextFixerConfig(unescape_html=not markup)


def _unify_line_breaks(text: str) -> str:
    """CR LF, CR, U+2028 and U+2029 as LF (NEL is left to ftfy, which reads it as "…")."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text


def _nothing_to_fix(text: str) -> bool:
    """True for plain ASCII that no ftfy fixer would change."""
    if not text.isascii():
        return False
    data = text.encode("ascii")
    return len(data.translate(None, _ASCII_TRIGGERS)) == len(data)


def _fix_segment(segment: str,
                 config: ftfy.TextFixerConfig) -> tuple[str, list[tuple[str, str]]]:
    """ftfy on one line, until the lost closing-quote bytes that its fixes uncover are restored
    too (in "â€\ufffdÂ\x80" the quote's context is a letter until "Â\x80" becomes "€")."""
    steps: list[tuple[str, str]] = []
    for _ in range(8):  # each round restores a quote; a bound in case ftfy ever makes new ones
        fixed = _fix_once(segment, config)
        steps += fixed.explanation or []
        if fixed.text == segment or not _LOSSY_CLOSING_QUOTE.search(fixed.text):
            break
        segment = fixed.text
    return fixed.text, steps


def _fix_once(segment: str, config: ftfy.TextFixerConfig) -> ftfy.ExplainedText:
    """ftfy on one line, with the byte lost from a closing quote's mojibake put back first."""
    import ftfy

    if "\ufffd" in segment:
        restored = _LOSSY_CLOSING_QUOTE.sub("\u00e2\u20ac\x9d", segment)
        if restored != segment:
            fixed = ftfy.fix_and_explain(restored, config)
            if "\u00e2\u20ac\x9d" not in fixed.text:  # decoded: keep it; else as it came
                return fixed
    return ftfy.fix_and_explain(segment, config)


def _segments(text: str, longest: int) -> Iterator[str]:
    """Lines of ``text`` with their LF; lines longer than ``longest`` in pieces of that size."""
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        end = min(end, start + longest)
        yield text[start:end]
        start = end


def _step_name(action: str, detail: str) -> str:
    if action in ("encode", "decode", "transcode"):
        return "mojibake"
    if action == "normalize":
        return "unicode_normalization"
    return _STEP_NAMES.get(detail, "other")


def _ordered(names: set[str]) -> tuple[str, ...]:
    return tuple(name for name in REPAIR_NAMES if name in names)
