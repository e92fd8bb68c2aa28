"""Messy input through the command line: each input class is cleaned, decoded, extracted or
refused with one clear line on stderr, and the exit code says which."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.pipeline.annotator import Annotator

from ..conftest import ROOT

CLEAN = ROOT / "samples" / "01-diplomats-expelled.txt"
SCRAPED = ROOT / "samples" / "scraped" / "01-diplomats-expelled.txt"
WINDOWS = ROOT / "samples" / "scraped" / "01-diplomats-expelled.cp1252.txt"
PAGE = ROOT / "samples" / "scraped" / "01-diplomats-expelled.html"

STORY = ("ANKARA, Turkey (AP) — Turkish Foreign Minister Selin Aydemir met her Greek "
         "counterpart on Monday and said talks would resume next month.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": "100"})


def as_json(runner: CliRunner, *args: str, input: str | bytes | None = None) -> dict:
    result = runner.invoke(app, [*args, "--json"], input=input)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def layers(record: dict) -> dict:
    """What a reader gets from a story, without offsets: people, dates and actions."""
    names = {p["id"]: p["name"] for p in record["people"]}
    return {
        "people": sorted((p["name"], p["title"], p["affiliation"], len(p["mentions"]))
                         for p in record["people"]),
        "dates": sorted((d["text"], d["type"], d["value"]) for d in record["dates"]),
        "actions": sorted(
            (a["trigger"], a["cameo"], a["plover"], a["modality"], a["negated"],
             *((party or {}).get("country") for party in (a["actor"], a["target"])),
             *(names.get((party or {}).get("person") or "") for party in (a["actor"], a["target"])))
            for a in record["actions"]),
    }


# --- the scraped twins of sample 01 -------------------------------------------------------

@pytest.mark.parametrize("scraped", [SCRAPED, WINDOWS, PAGE], ids=["scraped", "cp1252", "html"])
def test_scraped_twin_gives_the_same_people_dates_and_actions(runner: CliRunner,
                                                              scraped: Path) -> None:
    clean = as_json(runner, str(CLEAN))
    messy = as_json(runner, str(scraped))
    if scraped is PAGE:  # a page gives its byline as metadata, not as a line of the article
        byline = clean["text"].index("Published")
        clean["dates"] = [d for d in clean["dates"]
                          if not byline <= d["start"] < clean["text"].index("\n", byline)]
    assert layers(messy) == layers(clean)
    assert messy["reference_date"] == clean["reference_date"] == "2025-09-16"


def test_scraped_text_loses_its_boilerplate_and_keeps_every_paragraph(runner: CliRunner) -> None:
    record = as_json(runner, str(SCRAPED))
    dropped = [line["text"] for line in record["input"]["dropped"]]
    for furniture in ("Skip to main content", "Share this article", "Advertisement",
                      "Leave a Reply", "Related stories", "Terms of Use  |  Privacy Policy  |  "
                      "Cookie Settings"):
        assert furniture in dropped
        assert furniture not in record["text"]
    clean_text = CLEAN.read_text(encoding="utf-8")
    assert " ".join(record["text"].split()) == " ".join(clean_text.split())
    assert record["input"]["repaired"] and "mojibake" in record["input"]["repairs"]
    assert record["input"]["joined_lines"] > 0
    assert record["headline"]["text"] == clean_text.splitlines()[0]
    assert record["dateline"]["place"] == "WARSAW, Poland" and record["dateline"]["agency"] == "AP"


def test_windows_1252_file_is_decoded_and_says_so(runner: CliRunner) -> None:
    record = as_json(runner, str(WINDOWS))
    assert record["input"]["encoding"] == "windows-1252"
    assert "—" in record["text"]
    raw = WINDOWS.read_bytes()
    import hashlib

    assert record["source_sha256"] == hashlib.sha256(raw).hexdigest()


def test_keep_raw_annotates_the_input_unchanged(runner: CliRunner) -> None:
    record = as_json(runner, str(SCRAPED), "--keep-raw")
    assert record["text"] == SCRAPED.read_bytes().decode("utf-8")
    assert record["input"]["cleaned"] is False and record["input"]["dropped"] == []
    assert record["headline"] is None and record["dateline"] is None


def test_the_view_says_what_was_cleaned(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(SCRAPED)])
    assert result.exit_code == 0 and result.stderr == ""
    view = " ".join(result.stdout.split())
    assert "dateline: WARSAW, Poland (AP)" in view
    assert "dropped 15 boilerplate lines" in view and "--keep-raw" in view


# --- HTML ----------------------------------------------------------------------------------

def test_html_page_gives_its_article_and_metadata(runner: CliRunner) -> None:
    record = as_json(runner, str(PAGE))
    assert record["input"]["format"] == "html"
    assert record["page"]["title"] == record["headline"]["text"]
    assert record["page"]["date"] == "2025-09-16"
    assert "<" not in record["text"]


def test_html_on_standard_input_is_recognised(runner: CliRunner) -> None:
    page = PAGE.read_text(encoding="utf-8")
    assert as_json(runner, input=page)["input"]["format"] == "html"
    assert as_json(runner, "--format-in", "html", input=page)["input"]["format"] == "html"


def test_page_date_is_the_reference_date_unless_one_is_given(runner: CliRunner) -> None:
    page = PAGE.read_text(encoding="utf-8").replace("Published 3:05 PM EDT, Sept. 16, 2025", "")
    record = as_json(runner, "--format-in", "html", input=page)
    assert (record["reference_date"], record["reference_date_source"]) == ("2025-09-16", "page")
    record = as_json(runner, "--format-in", "html", "--date", "2025-09-20", input=page)
    assert (record["reference_date"], record["reference_date_source"]) == ("2025-09-20",
                                                                           "argument")


def test_format_in_text_keeps_markup_as_text(runner: CliRunner) -> None:
    record = as_json(runner, "--format-in", "text", input="<p>Orlov met Hale on Monday.</p>")
    assert record["input"]["format"] == "text"
    assert record["text"].startswith("<p>")


def test_page_without_an_article_is_one_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "menu.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = runner.invoke(app, [str(empty), "--json"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("annotate: error: ") and "no article text" in result.stderr
    assert result.stderr.count("\n") == 1


# --- empty, binary and long input -----------------------------------------------------------

@pytest.mark.parametrize("content", ["", "   \n\t\n  ", "\r\n\r\n"])
def test_empty_story_is_a_clear_warning_not_a_crash(runner: CliRunner, content: str) -> None:
    result = runner.invoke(app, ["--json"], input=content)
    assert result.exit_code == 0
    assert result.stderr == "annotate: warning: <stdin>: empty story: nothing to annotate\n"
    record = json.loads(result.stdout)
    assert record["people"] == record["dates"] == record["actions"] == []


def test_story_of_nothing_but_boilerplate_says_so(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--json"], input="Skip to main content\nAdvertisement\n")
    assert result.exit_code == 0
    assert "nothing left after cleaning (2 boilerplate lines dropped" in result.stderr


@pytest.mark.parametrize("name, data, what", [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG"),
    ("story.txt", b"WASHINGTON (AP) \x00\x01\x02\x00\x00 binary \x00", "binary"),
])
def test_binary_file_is_refused_with_one_line(runner: CliRunner, tmp_path: Path, name: str,
                                              data: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"annotate: error: [E012] {path}: ")
    assert what in result.stderr and result.stderr.count("\n") == 1


def test_binary_on_standard_input_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(app, [], input=b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("annotate: error: [E012] <stdin>: ")


def test_batch_reports_bad_files_and_annotates_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    stories = tmp_path / "stories"
    stories.mkdir()
    (stories / "a.txt").write_text(STORY, encoding="utf-8")
    (stories / "b.pdf.txt").write_bytes(b"%PDF-1.4\n\x00\x00")
    (stories / "c.txt").write_bytes(STORY.encode("cp1252"))
    (stories / "d.txt").write_text("  \n")
    (stories / "e.html").write_text("<html><body><p>" + STORY + "</p></body></html>")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(stories), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in lines] == ["a", "c", "d", "e"]
    assert lines[1]["input"]["encoding"] == "windows-1252"
    assert layers(lines[1]) == layers(lines[0])
    assert "annotate: skipped: " in result.stderr and "b.pdf.txt" in result.stderr
    assert "d.txt: empty story" in result.stderr
    assert "1 empty; 1 failed" in result.stderr


def test_long_story_is_annotated_in_chunks_with_exact_offsets(annotator: Annotator) -> None:
    small = Annotator(chunk_chars=400)
    paragraph = ("BRUSSELS (AP) — EU foreign ministers met on Monday. Estonian Foreign Minister "
                 "Kadri Tamm said the bloc would impose new sanctions on Russia next week.")
    text = "\n\n".join([paragraph] + ["Tamm said the talks would resume on Friday."] * 12)
    whole = annotator.annotate(text)
    chunked = small.annotate(text)
    assert chunked["text"] == text
    for date in chunked["dates"]:
        assert text[date["start"]:date["end"]] == date["text"]
    tamm = [p for p in chunked["people"] if p["name"] == "Kadri Tamm"]
    assert len(tamm) == 1 and len(tamm[0]["mentions"]) == 13  # later chunks join the full name
    assert layers(chunked) == layers(whole)


@pytest.mark.parametrize("text", [
    "\n\n".join([STORY.strip()] * 300) + "\n",  # 41,000 characters: two chunks
    "x" * 60_000 + " Turkish Foreign Minister Selin Aydemir met her Greek counterpart.\n",
], ids=["paragraphs", "no-spaces"])
def test_long_story_through_the_command_line(runner: CliRunner, tmp_path: Path, text: str) -> None:
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, [str(path), "--format", "jsonl"])
    assert result.exit_code == 0 and result.stderr == ""
    record = json.loads(result.stdout)
    assert record["text"] == text  # clean copy, however long, comes out as it went in
    assert any(p["name"] == "Selin Aydemir" for p in record["people"])
    for person in record["people"]:
        for mention in person["mentions"]:
            assert record["text"][mention["start"]:mention["end"]] == mention["text"]
