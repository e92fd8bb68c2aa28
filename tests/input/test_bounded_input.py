"""Input that must not hang, eat memory or be refused: endless devices, oversized stories, a
stray byte in UTF-8, HTML nested deeper than the extractor reads, an empty --date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from annotate.cli import app
from annotate.input.decoding import decode_bytes

STORY = "OSLO (AP) — Norway expelled two Russian diplomats on Monday, the ministry said.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_at_once(runner: CliRunner, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    result = runner.invoke(app, [device])
    assert result.exit_code == 1
    assert result.stderr.startswith("annotate: error: [E019]") and result.stderr.count("\n") == 1


def test_a_device_on_standard_input_is_refused(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with open("/dev/zero", "rb") as endless:
        result = subprocess.run([sys.executable, "-m", "annotate"], stdin=endless,
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "[E019] <stdin>" in result.stderr and "Traceback" not in result.stderr


def test_a_story_over_the_limit_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "long.txt"
    story.write_text(STORY * 20, encoding="utf-8")  # about 1.7 KB
    result = runner.invoke(app, [str(story), "--max-input-mb", "0.001"])
    assert result.exit_code == 1
    assert "[E018]" in result.stderr and "--max-input-mb" in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_the_limit_can_be_raised(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "long.txt"
    story.write_text(STORY * 20, encoding="utf-8")
    result = runner.invoke(app, [str(story), "--json", "--max-input-mb", "0.01"])
    assert result.exit_code == 0, result.stderr


def test_oversized_stories_are_skipped_and_counted_in_a_batch(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(STORY * 30, encoding="utf-8")
    with (folder / "c.jsonl").open("w", encoding="utf-8") as archive:
        archive.write(json.dumps({"id": "big", "text": STORY * 30}) + "\n")
        archive.write(json.dumps({"id": "small", "text": STORY}) + "\n")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(target), "--max-input-mb",
                                 "0.002"])
    assert result.exit_code == 1
    assert result.stderr.count("larger than the 0.002 MB limit") == 2
    assert "annotated 2 of 4 stories" in result.stderr and "2 failed" in result.stderr
    ids = [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "small"]  # the line after the oversized one is read as usual


def test_a_pipe_is_read(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "annotate", "--json"], input=STORY,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"].startswith("OSLO")


# --- a stray byte in UTF-8 ------------------------------------------------------------------

WORDS = st.lists(st.sampled_from(["Zürich", "São", "Paulo", "Kraków", "minister", "said",
                                  "talks", "“quoted”", "Ørsted", "on", "Monday"]),
                 min_size=4, max_size=30)


@settings(max_examples=60, deadline=None)
@given(words=WORDS, where=st.integers(min_value=0), stray=st.sampled_from([0xFF, 0xFE, 0xC0,
                                                                           0x80, 0x9D]))
def test_one_stray_byte_in_utf8_becomes_one_replacement_character(words: list[str], where: int,
                                                                  stray: int) -> None:
    pieces = [word.encode("utf-8") for word in words]
    if sum(any(b >= 0x80 for b in piece) for piece in pieces) < 1:
        return  # nothing shows it is UTF-8
    position = where % (len(pieces) + 1)
    data = b" ".join(pieces[:position] + [bytes([stray])] + pieces[position:])
    decoded = decode_bytes(data, "story.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text == " ".join(words[:position] + ["\ufffd"] + words[position:])


@pytest.mark.parametrize("options", [[], ["--keep-raw"]])
def test_a_stray_byte_is_counted_in_the_warnings(runner: CliRunner, tmp_path: Path,
                                                 options: list[str]) -> None:
    story = tmp_path / "stray.txt"
    story.write_bytes("ZÜRICH (AP) — Switzerland’s envoy met Austria’s minister on Monday "
                      "in Zürich.".encode("utf-8") + b"\xff\n")
    result = runner.invoke(app, [str(story), "--json", *options])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert "\ufffd" in record["text"]
    assert any("replacement character" in warning for warning in record["warnings"])


def test_a_legacy_code_page_is_still_read_as_one(tmp_path: Path) -> None:
    decoded = decode_bytes("The café in Malmö reopened.".encode("cp1252"), "x")
    assert decoded.text == "The café in Malmö reopened." and decoded.encoding != "utf-8"


# --- HTML deeper than lxml reads ------------------------------------------------------------

def test_deep_html_falls_back_to_its_text(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    depth = 400
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * depth + "<p>" + STORY.strip() + "</p>"
                    + "</div>" * depth + "</body></html>", encoding="utf-8")
    result = runner.invoke(app, [str(page), "--json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["text"].startswith("OSLO (AP)")
    assert any("nested" in warning and "plain text" in warning
               for warning in record["warnings"])


def test_an_empty_date_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    for command in ([str(story), "--date", ""], ["batch", str(story), "--date", ""]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2
        assert "[E020]" in result.stderr and result.stderr.count("\n") == 1

