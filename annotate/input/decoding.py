"""Turning raw input bytes into story text: refuse binary files, then decode.

Two steps, each usable on its own (:mod:`.repair` then fixes what survives decoding):

* :func:`sniff_binary` says what a non-text file is (PDF, image, archive, program...), by magic
  number, then by NUL or control bytes.
* :func:`decode_bytes` finds the encoding: a byte-order mark, else strict UTF-8 (the common case,
  no detection cost), else Windows-1252 when that reading is plausible, else charset-normalizer.

Encoding names (``Decoded.encoding``) are lower-case, hyphenated IANA labels where one exists
("utf-8", "utf-16", "utf-16le", "windows-1252", "iso-8859-1", "iso-8859-5", "koi8-r"), otherwise
Python's codec name with hyphens ("mac-cyrillic", "shift-jis", "cp437"). Every name is accepted by
Python's ``codecs.lookup`` / ``bytes.decode``. A byte-order mark is dropped from the text and not
named ("utf-8", not "utf-8-sig").
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .. import errors
from ..errors import AnnotateError

# How much of the input the binary sniffer looks at: enough for any header, constant cost.
SNIFF_BYTES = 8192
# More than this share of control bytes (other than tab, LF, VT, FF, CR, ESC) means not text.
CONTROL_SHARE = 0.10
# charset-normalizer's sampling: 5 chunks of 512 bytes (its defaults), stated here because
# they bound the detector's cost on large input.
DETECTOR_STEPS = 5
DETECTOR_CHUNK = 512


@dataclass(frozen=True)
class Decoded:
    """Story text and the encoding it was read with (see the module docstring for names)."""

    text: str
    encoding: str


# --- binary input ---------------------------------------------------------------------------

_EXTRACT = "extract its text first"
_DECOMPRESS = "decompress it first"
# (magic prefix, what it is, how to get text out of it). Longest-established signatures only:
# two-letter ones like "MZ" or "BM" also start plain words ("MZUZU, Malawi (AP)"), so they need
# a second clue (see _is_dos_executable) or are left to the NUL-byte test.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", f"{_EXTRACT} (e.g. pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "run OCR on it first (e.g. tesseract)"),
    (b"\xff\xd8\xff", "a JPEG image", "run OCR on it first (e.g. tesseract)"),
    (b"GIF87a", "a GIF image", "run OCR on it first (e.g. tesseract)"),
    (b"GIF89a", "a GIF image", "run OCR on it first (e.g. tesseract)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)",
     f"{_EXTRACT} (e.g. unzip it; pandoc -t plain for a .docx)"),
    (b"PK\x05\x06", "a ZIP archive (or .docx/.xlsx)",
     f"{_EXTRACT} (e.g. unzip it; pandoc -t plain for a .docx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc/.xls)",
     f"{_EXTRACT} (e.g. save it as plain text)"),
    (b"\x1f\x8b", "gzip-compressed data", f"{_DECOMPRESS} (e.g. gunzip)"),
    (b"BZh", "bzip2-compressed data", f"{_DECOMPRESS} (e.g. bunzip2)"),
    (b"\xfd7zXZ\x00", "xz-compressed data", f"{_DECOMPRESS} (e.g. unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", f"{_EXTRACT} (e.g. 7z x)"),
    (b"Rar!\x1a\x07", "a RAR archive", f"{_EXTRACT} (e.g. unrar x)"),
    (b"\x7fELF", "an executable", "pass the story's text file instead"),
    (b"\xfe\xed\xfa\xce", "an executable", "pass the story's text file instead"),
    (b"\xfe\xed\xfa\xcf", "an executable", "pass the story's text file instead"),
    (b"\xce\xfa\xed\xfe", "an executable", "pass the story's text file instead"),
    (b"\xcf\xfa\xed\xfe", "an executable", "pass the story's text file instead"),
    (b"\xca\xfe\xba\xbe", "an executable", "pass the story's text file instead"),
)
_EXECUTABLE = "an executable"
_BINARY = "binary data"
_HINTS = {what: hint for _, what, hint in _MAGIC} | {
    _BINARY: "pass a text file (if it is UTF-16 text without a byte-order mark, re-save it "
             "as UTF-8)"}
# bzip2's "BZh" is followed by a block size digit and the block magic "1AY&SY" (pi in BCD);
# requiring both keeps a story that opens "BZh..." from being refused.
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")

# UTF-32 before UTF-16: the UTF-32-LE mark FF FE 00 00 begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that text does not use: C0 controls except tab, LF, VT, FF, CR and ESC (ESC
# starts terminal colour codes, which repair_text removes), and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])


def sniff_binary(data: bytes) -> str | None:
    """Say what ``data`` is if it is not text ("a PDF document", "binary data"...), else None.

    Magic numbers first; then a NUL byte, or more than 10% control bytes, in the first 8 KB.
    Text starting with a UTF-16 or UTF-32 byte-order mark is text (its NUL bytes are expected).
    """
    for magic, what, _ in _MAGIC:
        if data.startswith(magic):
            if magic == b"BZh" and not _BZIP2.match(data):
                continue
            return what
    if _is_dos_executable(data):
        return _EXECUTABLE
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return None
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return _BINARY
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > CONTROL_SHARE * len(sample):
        return _BINARY
    return None


def _is_dos_executable(data: bytes) -> bool:
    """A Windows/DOS program: "MZ", and NUL bytes in its 64-byte header (text never has them)."""
    return data.startswith(b"MZ") and b"\x00" in data[2:64]


# --- decoding -------------------------------------------------------------------------------

def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode one story's bytes; ``source`` (a path, "<stdin>", "file:LINE") names it in errors.

    Order: refuse binary data (:func:`sniff_binary`); a byte-order mark (UTF-8, UTF-16, UTF-32);
    strict UTF-8; Windows-1252 if the bytes decode in it and read as Western text (see
    :func:`_windows_1252`); otherwise charset-normalizer's best guess. Raises
    :class:`AnnotateError` (``INPUT_BINARY`` or ``INPUT_NOT_TEXT``) when nothing fits.

    Why Windows-1252 before the detector: on Western text the detector cannot tell the Latin
    code pages apart (they differ in a few letters; it named another code page for 17 of 28
    English wire paragraphs, and garbled "São" as mac-latin2), and wire copy in a legacy code
    page is almost always Windows-1252. Text in a non-Latin code page (Cyrillic, Greek, Hebrew, Arabic, CJK) read as
    Windows-1252 is runs of accented letters and symbols that fail both tests, so it still
    reaches the detector. The cost: Central European (cp1250) and Turkish (cp1254) text comes out
    as Windows-1252, with e.g. "³" for "ł".
    """
    if not data:
        return Decoded("", "utf-8")
    what = sniff_binary(data)
    if what is not None:
        raise AnnotateError(errors.INPUT_BINARY,
                            f"{source}: {what}, not a text story; {_HINTS[what]}")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            decoded = _decode_with_bom(data, bom, codec, source)
            if decoded is not None:
                return decoded
            data = data[len(bom):]  # a UTF-8 mark on non-UTF-8 bytes: detect the rest
            break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        not_utf8 = error
    stray = _utf8_with_stray_bytes(data)
    if stray is not None:
        return stray
    legacy = _windows_1252(data)
    if legacy is not None:
        return legacy
    import charset_normalizer  # only for input that is not UTF-8: not paid on start-up

    match = charset_normalizer.from_bytes(data, steps=DETECTOR_STEPS, chunk_size=DETECTOR_CHUNK,
                                          enable_fallback=False).best()
    if match is not None:
        try:
            return Decoded(data.decode(match.encoding), encoding_label(match.encoding))
        except (UnicodeDecodeError, LookupError):
            pass  # the detector samples large input; a bad byte elsewhere means no fit
    offset = not_utf8.start
    raise AnnotateError(
        errors.INPUT_NOT_TEXT,
        f"{source}: not text in UTF-8 (byte 0x{data[offset]:02x} at offset {offset}) or any "
        f"encoding recognised; convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8")


# A well-formed UTF-8 sequence of two to four bytes (RFC 3629, without overlong forms).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                            rb"|[\xe1-\xef][\x80-\xbf]{2}|\xf0[\x90-\xbf][\x80-\xbf]{2}"
                            rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
# At most one stray byte for this many well-formed multi-byte characters.
STRAY_BYTES_RATIO = 4


def _utf8_with_stray_bytes(data: bytes) -> Decoded | None:
    """UTF-8 text damaged by a few stray bytes (a cut character, a byte of another encoding):
    decoded with U+FFFD in their place, which the record's warnings then count. Only when the
    text shows it is UTF-8 (well-formed multi-byte characters outnumber the stray bytes
    ``STRAY_BYTES_RATIO`` to one); text in a legacy code page has no such sequences."""
    text = data.decode("utf-8", "replace")
    already = data.count("\ufffd".encode("utf-8"))
    stray = text.count("\ufffd") - already
    characters = len(_UTF8_SEQUENCE.findall(data)) - already
    if 0 < stray and 0 < characters and stray * STRAY_BYTES_RATIO <= max(
            characters, STRAY_BYTES_RATIO):
        return Decoded(text, "utf-8")
    return None


def _decode_with_bom(data: bytes, bom: bytes, codec: str, source: str) -> Decoded | None:
    """Decode text that starts with a byte-order mark; None for a UTF-8 mark on non-UTF-8."""
    try:
        # Python's "utf-16"/"utf-32" codecs read the mark for the byte order and drop it.
        text = data[len(bom):].decode("utf-8") if codec == "utf-8" else data.decode(codec)
        return Decoded(text, codec)
    except UnicodeDecodeError as error:
        if codec == "utf-8":
            return None
        if bom == codecs.BOM_UTF32_LE:  # FF FE 00 00 may be UTF-16-LE text opening with NUL
            try:
                return Decoded(data.decode("utf-16"), "utf-16")
            except UnicodeDecodeError:
                pass
        raise AnnotateError(
            errors.INPUT_NOT_TEXT,
            f"{source}: starts with a {codec.upper()} byte-order mark but is not valid "
            f"{codec.upper()} ({error.reason} at offset {error.start}); re-save it as UTF-8"
        ) from None


def _windows_1252(data: bytes) -> Decoded | None:
    """The Windows-1252 reading of ``data`` if it decodes and looks like Western text.

    It looks so when charset-normalizer's mess test passes, or else when it has no three
    non-ASCII characters in a row: the mess test misfires on a few bytes ("“won’t" and "3½%"
    score as mess), while Cyrillic, Greek, Hebrew or CJK bytes read as Windows-1252 always give
    such runs ("Ìîñêâà") and Western text almost never does ("ções" is two).

    Named "iso-8859-1" when no byte falls in 0x80-0x9F, the only range where the two differ:
    the text is the same, and the narrower name is the one such a file was most likely saved as.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    import charset_normalizer

    passes_mess_test = charset_normalizer.from_bytes(
        data, steps=DETECTOR_STEPS, chunk_size=DETECTOR_CHUNK, cp_isolation=["cp1252"],
        enable_fallback=False).best() is not None
    if not passes_mess_test and _NON_ASCII_RUN.search(text):
        return None
    return Decoded(text, "windows-1252" if _C1_BYTES.search(data) else "iso-8859-1")


_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3}")
_LABEL_RULES = ((re.compile(r"^cp(125\d)$"), r"windows-\1"),
                (re.compile(r"^iso8859-(\d+)$"), r"iso-8859-\1"),
                (re.compile(r"^utf-(16|32)-(be|le)$"), r"utf-\1\2"))


def encoding_label(codec: str) -> str:
    """The name this module reports for a Python codec name ("cp1252" -> "windows-1252")."""
    name = codecs.lookup(codec).name.replace("_", "-")
    for pattern, label in _LABEL_RULES:
        name = pattern.sub(label, name)
    return name
