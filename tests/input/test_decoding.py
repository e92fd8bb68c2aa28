"""Decoding raw story bytes and repairing the text: every input class, and properties."""

from __future__ import annotations

import codecs
import random

import charset_normalizer
import ftfy
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotate import errors
from annotate.errors import AnnotateError
from annotate.input import repair
from annotate.input.decoding import Decoded, decode_bytes, encoding_label, sniff_binary
from annotate.input.repair import REPAIR_NAMES, Repaired, repair_text

# Short original paragraphs in wire style.
CURLY = ("WASHINGTON (AP) \u2014 The senator said Tuesday that talks with Ottawa "
         "\u201cwon\u2019t resume\u201d before spring.")
QUOTED = "\u201cIt\u2019s a new phase,\u201d the minister said. \u2018Not yet,\u2019 she replied."
ACCENTED = ("MEXICO CITY (AP) \u2014 Jos\u00e9 Mar\u00eda N\u00fa\u00f1ez, a spokesman for the "
            "ministry, said Monday that the caf\u00e9 owners\u2019 protest would go on\u2026")
BOGOTA = ("BOGOT\u00c1, Colombia (AP) \u2014 Colombia\u2019s president said Wednesday that talks "
          "with the rebels would resume in Havana, aides said. \u201cWe are ready,\u201d he said.")
SPANISH = ("El ministro dijo el martes que las negociaciones con Espa\u00f1a continuar\u00e1n en "
           "oto\u00f1o. \u00bfQui\u00e9n pagar\u00e1? pregunt\u00f3.")
FRENCH = ("Le ministre a d\u00e9clar\u00e9 mardi que les n\u00e9gociations reprendraient \u00e0 "
          "l'automne, apr\u00e8s l'\u00e9t\u00e9.")
GERMAN = "Der Au\u00dfenminister sagte am Dienstag, die Gespr\u00e4che w\u00fcrden fortgesetzt."
RUSSIAN = "Министр заявил во вторник, что переговоры возобновятся весной."
GREEK = "Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν."


def refusal(data: bytes, source: str = "story.txt") -> AnnotateError:
    with pytest.raises(AnnotateError) as caught:
        decode_bytes(data, source)
    error = caught.value
    assert error.message.startswith(f"{source}: ") and "\n" not in error.message
    return error


# --- decode_bytes: text in each encoding -----------------------------------------------------

def test_plain_utf8_decodes_without_the_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_detector(*args: object, **kwargs: object) -> None:
        raise AssertionError("charset-normalizer called for UTF-8 input")

    monkeypatch.setattr(charset_normalizer, "from_bytes", no_detector)
    assert decode_bytes(CURLY.encode("utf-8"), "s") == Decoded(CURLY, "utf-8")
    assert decode_bytes(b"Plain ASCII copy.\n", "s") == Decoded("Plain ASCII copy.\n", "utf-8")


@pytest.mark.parametrize("text", [CURLY, QUOTED, ACCENTED, BOGOTA])
def test_windows_1252_with_curly_quotes_round_trips(text: str) -> None:
    data = text.encode("cp1252")
    assert any(byte in data for byte in (0x92, 0x93, 0x94, 0x97))  # the bytes that mislead
    assert decode_bytes(data, "s") == Decoded(text, "windows-1252")


@pytest.mark.parametrize("text", [SPANISH, FRENCH, GERMAN, "Caf\u00e9 owners in S\u00e3o Paulo."])
def test_latin1_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("latin-1"), "s") == Decoded(text, "iso-8859-1")


@pytest.mark.parametrize("text, codec, label", [(RUSSIAN, "cp1251", "windows-1251"),
                                                (GREEK, "cp1253", "windows-1253")])
def test_non_latin_code_pages_go_to_the_detector(text: str, codec: str, label: str) -> None:
    assert decode_bytes(text.encode(codec), "s") == Decoded(text, label)


@pytest.mark.parametrize("codec, label", [("utf-16", "utf-16"), ("utf-16-le", "utf-16"),
                                          ("utf-16-be", "utf-16"), ("utf-32", "utf-32"),
                                          ("utf-32-be", "utf-32"), ("utf-8", "utf-8")])
def test_byte_order_marks_pick_the_codec_and_are_dropped(codec: str, label: str) -> None:
    bom = {"utf-16": b"", "utf-32": b"", "utf-16-le": codecs.BOM_UTF16_LE,
           "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE,
           "utf-8": codecs.BOM_UTF8}[codec]
    data = bom + (CURLY + "\n" + RUSSIAN).encode(codec)
    assert decode_bytes(data, "s") == Decoded(CURLY + "\n" + RUSSIAN, label)


def test_utf8_mark_on_windows_1252_bytes_decodes_the_rest() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + CURLY.encode("cp1252"), "s") == Decoded(
        CURLY, "windows-1252")


@pytest.mark.parametrize("data", [codecs.BOM_UTF16_LE + b"A", codecs.BOM_UTF16_BE + b"\xd8\x00",
                                  codecs.BOM_UTF32_BE + b"\x00\x11\x00\x00"])
def test_broken_utf16_or_utf32_after_a_mark_is_refused(data: bytes) -> None:
    error = refusal(data)
    assert error.code == errors.INPUT_NOT_TEXT and "byte-order mark" in error.message


def test_empty_input_is_empty_text() -> None:
    assert decode_bytes(b"", "s") == Decoded("", "utf-8")
    assert decode_bytes(codecs.BOM_UTF8, "s").text == ""


def test_bytes_no_encoding_fits_are_refused_with_the_first_bad_byte() -> None:
    error = refusal(bytes(range(0x80, 0x100)) * 2)
    assert error.code == errors.INPUT_NOT_TEXT
    assert "0x80 at offset 0" in error.message and "iconv" in error.message


def test_every_detector_codec_gets_a_name_python_accepts() -> None:
    from charset_normalizer.constant import IANA_SUPPORTED

    for codec in IANA_SUPPORTED:
        label = encoding_label(codec)
        assert label == label.lower() and "_" not in label
        assert codecs.lookup(label).name == codecs.lookup(codec).name, (codec, label)
    assert [encoding_label(c) for c in ("cp1252", "latin_1", "utf_16_le", "iso8859_5")] == [
        "windows-1252", "iso-8859-1", "utf-16le", "iso-8859-5"]


# --- sniff_binary and refusals ---------------------------------------------------------------

BINARIES = [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document", "pdftotext"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image", "OCR"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image", "OCR"),
    (b"GIF89a\x10\x00\x10\x00", "a GIF image", "OCR"),
    (b"GIF87a\x10\x00\x10\x00", "a GIF image", "OCR"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive (or .docx/.xlsx)", "unzip"),
    (b"PK\x05\x06" + b"\x00" * 18, "a ZIP archive (or .docx/.xlsx)", "unzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "a Microsoft Office document (.doc/.xls)",
     "plain text"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip-compressed data", "gunzip"),
    (b"BZh91AY&SY\x12\x34", "bzip2-compressed data", "bunzip2"),
    (b"\xfd7zXZ\x00\x00\x04", "xz-compressed data", "unxz"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "a 7-Zip archive", "7z x"),
    (b"Rar!\x1a\x07\x01\x00", "a RAR archive", "unrar"),
    (b"\x7fELF\x02\x01\x01\x00", "an executable", "text file"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "an executable", "text file"),
    (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", "an executable", "text file"),
    (b"\xca\xfe\xba\xbe\x00\x00\x00\x02", "an executable", "text file"),
    (b"WASHINGTON (AP) \x00\x01\x02\x00 binary", "binary data", "UTF-8"),
]


@pytest.mark.parametrize("data, what, hint", BINARIES, ids=[b[1] + str(i)
                                                           for i, b in enumerate(BINARIES)])
def test_binary_input_is_named_and_refused_with_a_hint(data: bytes, what: str, hint: str) -> None:
    assert sniff_binary(data) == what
    error = refusal(data, "in/story.txt")
    assert error.code == errors.INPUT_BINARY
    assert error.message.startswith(f"in/story.txt: {what}, not a text story; ")
    assert hint in error.message


def test_random_bytes_are_binary_data() -> None:
    data = random.Random(7).randbytes(4096)
    assert sniff_binary(data) == "binary data"
    assert refusal(data).code == errors.INPUT_BINARY


def test_utf16_without_a_mark_is_binary_and_the_hint_says_how_to_fix_it() -> None:
    error = refusal(CURLY.encode("utf-16-le"))
    assert error.code == errors.INPUT_BINARY and "UTF-16" in error.message


def test_many_control_bytes_are_binary_but_a_few_are_text() -> None:
    story = CURLY.encode("utf-8")
    assert sniff_binary(b"\x01\x02\x03\x04 abc") == "binary data"
    assert sniff_binary(story + b"\x07\x1b[31m\x0c") is None
    assert decode_bytes(story + b"\x07", "s").text == CURLY + "\x07"


@pytest.mark.parametrize("opening", [b"MZUZU, Malawi (AP) \xe2\x80\x94 Rain fell.",
                                     b"BZhang Wei, a trade official, said Monday.",
                                     b"PK Sharma met the envoy.", b"GIF artists protested."])
def test_stories_opening_like_a_signature_are_text(opening: bytes) -> None:
    assert sniff_binary(opening) is None
    assert decode_bytes(opening, "s").text == opening.decode("utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-16-be", "utf-32-be"])
def test_utf16_and_utf32_with_a_mark_are_text(codec: str) -> None:
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")
    assert sniff_binary(bom + CURLY.encode(codec)) is None


# --- repair_text ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, fixed", [
    ("Officials say they don\u00e2\u20ac\u2122t expect a deal.",
     "Officials say they don't expect a deal."),
    ("Poland warned of a \u00e2\u20ac\u0153new phase\u00e2\u20ac\x9d of threats.",
     'Poland warned of a "new phase" of threats.'),
    ("Poland warned of a \u00e2\u20ac\u0153new phase\u00e2\u20ac\ufffd of threats.",
     'Poland warned of a "new phase" of threats.'),
    ("The caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo closed.",
     "The caf\u00e9 in S\u00e3o Paulo closed."),
    ("BERLIN (AP) \u00e2\u20ac\u201d The talks ended.", "BERLIN (AP) \u2014 The talks ended."),
    ("He said \x93not now\x94 and left.", 'He said "not now" and left.'),
])
def test_mojibake_is_repaired(raw: str, fixed: str) -> None:
    result = repair_text(raw)
    assert result.text == fixed and "mojibake" in result.repairs and result.warnings == ()


@pytest.mark.parametrize("raw, fixed, repairs", [
    ("Line one\r\nLine two\rThree\u2028Four\u2029Five", "Line one\nLine two\nThree\nFour\nFive",
     ("line_breaks",)),
    ("Smith &amp; Sons said it&#8217;s done.", "Smith & Sons said it's done.",
     ("html_entities", "quotes")),
    ("\ufeffRain\x00 fell\x07 on \x1b[31mKyiv\x1b[0m.\tYes.", "Rain fell on Kyiv.\tYes.",
     ("control_characters",)),
    (QUOTED, "\"It's a new phase,\" the minister said. 'Not yet,' she replied.", ("quotes",)),
    ("\uff21\uff30 reported \uff13 deaths.", "AP reported 3 deaths.", ("width",)),
    ("The \ufb01nal of\ufb01cial count.", "The final official count.", ("ligatures",)),
    ("Jose\u0301 spoke.", "Jos\u00e9 spoke.", ("unicode_normalization",)),
], ids=["line_breaks", "html_entities", "control_characters", "quotes", "width", "ligatures",
        "unicode_normalization"])
def test_each_kind_of_repair_is_named(raw: str, fixed: str, repairs: tuple[str, ...]) -> None:
    assert repair_text(raw) == Repaired(fixed, repairs)


def test_repairs_come_in_a_stable_order() -> None:
    result = repair_text("It\u00e2\u20ac\u2122s \ufb01ne &amp; done.\r\n")
    assert result.text == "It's fine & done.\n"
    assert result.repairs == ("line_breaks", "mojibake", "html_entities", "quotes", "ligatures")
    assert set(result.repairs) <= set(REPAIR_NAMES)


def test_entities_are_kept_when_the_text_looks_like_markup() -> None:
    assert repair_text("<p>Smith &amp; Sons</p>").text == "<p>Smith &amp; Sons</p>"


def test_replacement_characters_stay_and_are_reported() -> None:
    for raw in ("Ukraine\ufffds cities were hit.", "a well\u00e2\u20ac\ufffdknown envoy"):
        result = repair_text(raw)
        assert "\ufffd" in result.text and result.warnings == ("replacement_characters",)
    assert repair_text("Ukraine\ufffds").repairs == ()


def test_clean_text_is_returned_as_is() -> None:
    for clean in ("", "Plain ASCII wire copy.\n\nSecond paragraph.", ACCENTED.replace(
            "\u2019", "'"), RUSSIAN, "Prices rose 3\u00bd% \u2014 again."):
        assert repair_text(clean) == Repaired(clean, ())


def test_ascii_shortcut_skips_nothing_ftfy_would_fix() -> None:
    # Every ASCII character, alone and in context: the shortcut must agree with ftfy.
    for code in range(128):
        for raw in (chr(code), f"Rain{chr(code)}fell &amp; {chr(code)}"):
            if raw == "\r":
                continue  # a lone CR is a line break to both, checked elsewhere
            assert repair_text(raw).text == ftfy.fix_text(raw.replace("\r", "\n")), repr(raw)


# --- properties -------------------------------------------------------------------------------

WIRE_WORDS = ["The", "minister", "said", "Tuesday", "talks", "caf\u00e9", "S\u00e3o", "Paulo",
              "\u201cwon\u2019t", "resume,\u201d", "\u2014", "na\u00efve", "M\u00fcller",
              "Jos\u00e9", "3\u00bd%", "\u2026", "Ukraine\u2019s", "(AP)", "BOGOT\u00c1,", "\n"]
wire_text = st.lists(st.sampled_from(WIRE_WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=300)
@given(data=st.binary(max_size=600))
def test_any_bytes_decode_or_are_refused_in_one_line(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "x.txt")
    except AnnotateError as error:
        assert error.code in (errors.INPUT_BINARY, errors.INPUT_NOT_TEXT)
        assert "\n" not in error.message
        return
    assert isinstance(decoded, Decoded) and isinstance(decoded.text, str)
    assert codecs.lookup(decoded.encoding)


@settings(max_examples=200)
@given(text=st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t")))
def test_any_utf8_text_round_trips(text: str) -> None:
    assume(not text.startswith(("\ufeff", "%PDF-", "GIF8", "BZh", "Rar!")))
    assert decode_bytes(text.encode("utf-8"), "s") == Decoded(text, "utf-8")


@settings(max_examples=150)
@given(text=wire_text)
def test_wire_text_in_windows_1252_round_trips(text: str) -> None:
    data = text.encode("cp1252")
    assume(not data.isascii())
    assert decode_bytes(data, "s").text == text


@settings(max_examples=300)
@given(text=st.text())
def test_repair_never_raises_and_is_stable(text: str) -> None:
    once = repair_text(text)
    assert isinstance(once, Repaired) and "\r" not in once.text
    assert (once.repairs == ()) == (once.text == text)
    twice = repair_text(once.text)
    assert twice.text == once.text and twice.repairs == ()


@settings(max_examples=200)
@given(text=st.text(st.characters(blacklist_characters="\r\u2028\u2029<\ufffd")))
def test_repair_matches_ftfy_line_by_line(text: str) -> None:
    # What repair_text adds to ftfy.fix_text (shortcuts, unified line breaks, the restored
    # closing quote) must not change ftfy's result where those do not apply.
    assert repair_text(text).text == ftfy.fix_text(text, ftfy.TextFixerConfig(unescape_html=True))


clean_characters = st.sampled_from(
    [chr(c) for c in range(0x20, 0x7F) if chr(c) != "&"]
    + ["\n", "\t", "\r\n", "\r", "\u2028", "\u00e9", "\u00f1", "\u00fc", "\u00c9", "\u2014",
       "\u2013"])


@settings(max_examples=200)
@given(pieces=st.lists(clean_characters, max_size=80))
def test_clean_utf8_text_changes_only_in_line_breaks(pieces: list[str]) -> None:
    text = "".join(pieces)
    result = repair_text(text)
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    assert result.text == expected
    assert result.repairs == (("line_breaks",) if expected != text else ())


def test_segments_cover_the_text_and_respect_the_length_bound() -> None:
    text = "a" * 25 + "\n" + "b\n\nc"
    pieces = list(repair._segments(text, 10))
    assert "".join(pieces) == text and max(map(len, pieces)) <= 10


TYPOGRAPHY = ["\u2013", "\u2014", "\u2018", "\u2019", "\u201a", "\u201b", "\u201c", "\u201d",
              "\u201e", "\u201f", "\u02bc"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09 .,;:'\"-\n") + TYPOGRAPHY), max_size=120))
def test_lines_of_dashes_and_curly_quotes_repair_exactly_as_ftfy_does(text: str) -> None:
    # these lines skip ftfy (see _TYPOGRAPHY); the result must be what ftfy would give
    assert repair_text(text).text == ftfy.fix_text(text)


def test_clean_copy_with_dashes_and_quotes_does_not_load_ftfy() -> None:
    import subprocess
    import sys

    code = ("import sys; from annotate.input.repair import repair_text; "
            "r = repair_text('MADRID (AP) \u2014 \u201cWe agree,\u201d Spain\u2019s minister said.'); "
            "print(r.text, r.repairs, 'ftfy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ("MADRID (AP) \u2014 \"We agree,\" Spain's minister said. "
                                  "('quotes',) False")
