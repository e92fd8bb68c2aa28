"""The terminal view never passes a story's control characters to the terminal: an escape
sequence in a scraped story (kept with --keep-raw) could retitle or clear the user's terminal.
The JSON keeps the text exactly."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from annotate.cli import app

STORY = "Title\x1b]0;retitled\x07 line\x1b[2J\n\nThe Kenyan president met the king on Monday.\n"


def test_the_view_shows_control_characters_as_replacement_marks(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, [str(story), "--keep-raw"])
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Title\ufffd]0;retitled\ufffd line" in result.stdout
    assert "The Kenyan president met the king on Monday." in result.stdout


def test_the_json_keeps_the_text_exactly(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, [str(story), "--keep-raw", "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == STORY
