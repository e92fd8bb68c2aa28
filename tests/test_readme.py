"""Every example in the README runs as shown."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from annotate.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def command_lines() -> list[str]:
    lines = []
    for block in code_blocks("sh"):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if "annotate " in line and not line.startswith("pip"):
                lines.append(line)
    return lines


@pytest.mark.parametrize("line", command_lines())
def test_readme_command_runs(line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Run where the README's paths hold: samples/ inside, the shared eval data beside.
    shared = ROOT.parent / "shared"
    if "../shared/" in line and not shared.is_dir():
        pytest.skip("the shared evaluation data is not next to this checkout")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "samples").symlink_to(ROOT / "samples")
    if shared.is_dir():
        (tmp_path / "shared").symlink_to(shared)
    monkeypatch.chdir(repo)
    stdin = None
    if line.startswith("cat "):
        source, line = (part.strip() for part in line.split("|", 1))
        stdin = (ROOT / shlex.split(source)[1]).read_text(encoding="utf-8")
    words = shlex.split(line)
    assert words[0] == "annotate"
    result = CliRunner().invoke(app, words[1:], input=stdin)
    assert result.exit_code == 0, result.stderr
    if "-o" in words:
        assert Path(words[words.index("-o") + 1]).exists()
    else:
        assert result.stdout


def test_readme_python_example_prints_what_its_comment_says() -> None:
    (block,) = code_blocks("python")
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(block, "README.md", "exec"), {})
    first_line = output.getvalue().splitlines()[0]
    expected = re.search(r"# (.+)$", block.splitlines()[3]).group(1)
    assert first_line == expected


def test_readme_json_example_matches_a_real_run(annotate: Any) -> None:
    (block,) = code_blocks("json")
    example = json.loads(block)
    path = ROOT / example["source"]
    record = annotate(path.read_text(encoding="utf-8"))
    assert record["reference_date"] == example["reference_date"]
    assert record["reference_date_source"] == example["reference_date_source"]
    assert set(record) >= set(example)
    for key in ("source_sha256", "input", "page", "headline", "dateline"):
        assert record[key] == example[key], f"README example {key} is out of date"
    for layer in ("people", "dates", "actions"):
        for item in example[layer]:
            assert item in record[layer], f"README {layer} example {item['id']} is out of date"


def test_readme_view_excerpt_is_copied_from_a_real_run() -> None:
    (excerpt,) = [block for block in code_blocks("text") if "Legend:" in block]
    command = re.search(r"`annotate (samples/\S+)` prints", README).group(1)
    result = CliRunner(env={"COLUMNS": "100", "NO_COLOR": None, "FORCE_COLOR": None}).invoke(
        app, [str(ROOT / command)])
    shown = [line.rstrip() for line in result.stdout.splitlines()]
    for line in excerpt.splitlines():
        if line.strip() not in ("...", "") and not line.startswith(command):
            assert line.rstrip() in shown, f"README excerpt line not in the output: {line!r}"
