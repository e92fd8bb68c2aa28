"""The corpus page of a batch (``annotate batch ... --report``): its counts on records of known
content, what it holds for 10,000 stories, and the CLI option. test_browser.py opens it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.output.report import NO_DATE, build_report, month_chart, render_report

from ..conftest import ROOT


def party(text: str, country: str | None) -> dict[str, Any]:
    return {"text": text, "start": 0, "end": len(text), "country": country, "person": None}


def action(number: int, plover: str, quad: str, actor: str, target: str, date: str | None,
           negated: bool = False) -> dict[str, Any]:
    return {"id": f"A{number}", "start": 0, "end": 4, "trigger": "word", "plover": plover,
            "mode": None, "cameo": "040", "quad": quad, "actor": party(actor, actor),
            "target": party(target, target), "date": date, "location": None,
            "sentence": {"start": 0, "end": 4}, "negated": negated, "modality": "asserted"}


def record(story_id: str, reference: str | None, actions: list[dict[str, Any]],
           people: list[tuple[str, int]] = ()) -> dict[str, Any]:
    return {"schema": "annotate/1", "id": story_id, "source": f"{story_id}.txt",
            "text": "word", "reference_date": reference,
            "dates": [{"id": "D1", "start": 0, "end": 4, "text": "word", "type": "DATE",
                       "value": "2026-01-20", "granularity": "day", "anchor": None}],
            "people": [{"id": f"P{i}", "name": name, "title": "Foreign Minister",
                        "affiliation": "POL", "mentions": [{"start": 0, "end": 4}] * count}
                       for i, (name, count) in enumerate(people, 1)],
            "actions": actions, "warnings": []}


RECORDS = [
    # dated by its own date (January), by the story's date (March), and negated (left out)
    record("a", "2026-03-04", [action(1, "CONSULT", "verbal cooperation", "POL", "RUS", "D1"),
                               action(2, "ACCUSE", "verbal conflict", "RUS", "POL", None),
                               action(3, "ASSAULT", "material conflict", "RUS", "POL", None,
                                      negated=True)],
           people=[("Tomasz Lis", 3)]),
    record("b", None, [action(1, "ACCUSE", "verbal conflict", "RUS", "POL", None)],
           people=[("Tomasz Lis", 2), ("Ewa Nowak", 1)]),
]


def test_counts_by_month_type_and_class_dyads_and_people() -> None:
    report = build_report(RECORDS, failures=["c.txt: not a text file"])
    assert report.stories == 2 and report.actions == 3
    assert report.by_month == {("2026-01", "CONSULT", "verbal cooperation"): 1,
                               ("2026-03", "ACCUSE", "verbal conflict"): 1,
                               (NO_DATE, "ACCUSE", "verbal conflict"): 1}
    assert report.dyads.most_common() == [(("RUS", "POL"), 2), (("POL", "RUS"), 1)]
    lis = ("Tomasz Lis", "Foreign Minister", "POL")
    assert report.people[lis] == 5 and report.people_stories[lis] == 2
    assert report.failures == ["c.txt: not a text file"]
    chart = month_chart(report)
    # January to March with February empty, then the undated bar
    assert [bar["month"] for bar in chart["bars"]] == ["2026-01", "2026-02", "2026-03", NO_DATE]
    assert [bar["total"] for bar in chart["bars"]] == [1, 0, 1, 1]


def test_page_escapes_and_links_local_sources(tmp_path: Path) -> None:
    story = tmp_path / "stories" / "a.txt"
    story.parent.mkdir()
    story.write_text("word", encoding="utf-8")
    records = [dict(RECORDS[0], source=str(story)), dict(RECORDS[1], id="<b>x</b>")]
    page = render_report(build_report(records, ["<i>bad</i>"]), tmp_path / "report.html", "t")
    assert 'href="stories/a.txt"' in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "&lt;i&gt;bad&lt;/i&gt;" in page
    assert 'id="story-1"' in page and 'id="story-2"' in page


@pytest.fixture(scope="module")
def sample_records(annotator) -> list[dict[str, Any]]:
    return [annotator.annotate(path.read_text(encoding="utf-8"), story_id=path.stem)
            for path in sorted((ROOT / "samples").glob("*.txt"))]


def test_ten_thousand_stories_make_a_small_page(sample_records, tmp_path: Path) -> None:
    """Aggregated, not inlined: about 150 bytes a story for the index, the rest bounded."""
    stories = [dict(sample_records[i % len(sample_records)], id=f"story-{i:05d}")
               for i in range(10_000)]
    page = render_report(build_report(stories), tmp_path / "report.html", "10,000 stories")
    size = len(page.encode("utf-8"))
    assert page.count('<tr id="story-') == 10_000
    assert size < 2_000_000, size
    first_sentence = sample_records[0]["text"].split("\n")[0]
    assert first_sentence not in page  # no story text is inlined


def test_cli_report_needs_an_output_and_lists_failures(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia expelled two Polish diplomats on Monday.",
                                  encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary\x00")
    report = tmp_path / "report.html"
    missing = runner.invoke(app, ["batch", str(folder), "--report", str(report)])
    assert missing.exit_code == 2 and "--report needs -o" in missing.stderr
    assert missing.stdout == "" and not report.exists()
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "out.jsonl"),
                                 "--report", str(report), "--date", "2026-03-04"])
    assert result.exit_code == 1  # one story failed: the batch's own exit code is kept
    page = report.read_text(encoding="utf-8")
    assert "b.txt" in page[page.index('id="failures"'):page.index('id="stories"')]
    assert f"report: {report} (1 stories)" in result.stderr
    (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["actions"][0]["plover"] in page
