"""The terminal view at 80, 100 and 140 columns: no line wider than the terminal, and no code
or word of a party ever broken across lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.output.view import fitted_width, piped_width

from ..conftest import ROOT

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
# An original story whose parties have long names, to squeeze the actions.
LONG_NAMES = """Regional bloc sanctions shipping firms

ADDIS ABABA, Ethiopia (AP) — The Intergovernmental Authority on Development and the Economic
Community of West African States on Monday imposed sanctions on the Trans-Saharan Maritime
Logistics and Warehousing Corporation, officials said. The Democratic Republic of the Congo
condemned the decision.
"""


def view(text_or_path: str | Path, width: int) -> tuple[str, dict]:
    runner = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": str(width)})
    args, stdin = ([str(text_or_path)], None) if isinstance(text_or_path, Path) else (["-"],
                                                                                      text_or_path)
    shown = runner.invoke(app, args, input=stdin)
    record = runner.invoke(app, [*args, "--json"], input=stdin)
    assert shown.exit_code == 0 and record.exit_code == 0
    return shown.stdout, json.loads(record.stdout)


def unbroken(word: str, lines: list[str]) -> bool:
    return any(word in line for line in lines)


@pytest.mark.parametrize("width", [80, 100, 140])
@pytest.mark.parametrize("source", [*SAMPLES, LONG_NAMES],
                         ids=[p.stem for p in SAMPLES] + ["long-names"])
def test_view_fits_and_breaks_no_word(source: str | Path, width: int) -> None:
    shown, record = view(source, width)
    lines = shown.split("\n")
    assert max(len(line) for line in lines) <= width
    actions_at = next(i for i, line in enumerate(lines) if line.startswith("Actions"))
    actions = lines[actions_at:]
    for action in record["actions"]:
        codes = [action["cameo"], "/".join(x for x in (action["plover"], action["mode"]) if x)]
        for code in codes + [c for p in (action["actor"], action["target"]) if p
                             for c in [p["country"]] if c]:
            assert unbroken(code, actions), (code, width)
        names = {person["id"]: person["name"] for person in record["people"]}
        for party in (action["actor"], action["target"]):
            if party is not None:  # the view names a person by the people layer's name
                label = names.get(party["person"] or "", party["text"])
                for word in label.split():
                    assert unbroken(word, actions), (word, width)
    for expression in record["dates"]:
        if expression["value"]:
            assert unbroken(expression["value"], lines), (expression["value"], width)


def widest(text: str) -> int:
    return max(len(line) for line in text.split("\n"))


def test_piped_view_without_columns_fits_its_widest_table() -> None:
    # A people table wider than 80 columns: long names and long titles.
    story = ("Nigerian Deputy Foreign Minister Maximiliana Oyelaran-Castellanos-Adebayo met "
             "Brazilian Deputy Foreign Minister Bartholomew Featherstonehaugh-Villanueva in "
             "Geneva on Monday. Oyelaran-Castellanos-Adebayo said the talks were useful.")
    runner = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None})
    shown = runner.invoke(app, ["-"], input=story)
    record = json.loads(runner.invoke(app, ["-", "--json"], input=story).stdout)
    assert shown.exit_code == 0 and "\x1b[" not in shown.stdout
    width = fitted_width(record)
    assert 80 < width <= 160 and widest(shown.stdout) == width
    people = shown.stdout[shown.stdout.index("People"):]
    for person in record["people"]:  # one line each: nothing wrapped in the table
        assert any(person["name"] in line and (person["title"] or "") in line
                   for line in people.split("\n"))


def test_piped_view_uses_columns_and_colour_only_when_forced() -> None:
    runner = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": "90"})
    sample = str(SAMPLES[4])
    plain = runner.invoke(app, [sample])
    coloured = runner.invoke(app, [sample, "--color"])
    assert plain.exit_code == coloured.exit_code == 0
    assert "\x1b[" not in plain.stdout and "\x1b[" in coloured.stdout
    # only colour (SGR) sequences, which less -R shows, no cursor moves or links
    escapes = re.findall(r"\x1b[^m]*m?", coloured.stdout)
    assert escapes and all(re.fullmatch(r"\x1b\[[0-9;]*m", code) for code in escapes)
    assert widest(plain.stdout) <= 90
    assert piped_width({}, {"COLUMNS": "123"}) == 123


def test_view_written_to_a_file_has_no_escape_codes(tmp_path: Path) -> None:
    out = tmp_path / "view.txt"
    runner = CliRunner(env={"NO_COLOR": None, "FORCE_COLOR": "1", "COLUMNS": None})
    result = runner.invoke(app, [str(SAMPLES[0]), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "\x1b[" not in text and "Actions" in text and widest(text) >= 80
