"""The HTML page of one story, without a browser: the highlight tree, escaping, the figures'
data, the CLI option, and that ``--help`` never imports the HTML writer. The same pages are
opened in a real browser in test_browser.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from annotate.cli import app
from annotate.output.figures import actor_diagram, timeline
from annotate.output.html import render_page, text_tree

from ..conftest import ROOT

STORY = ("Kelmaria's foreign minister, Ana Rusk, met Denmark's ambassador on Monday. "
         "Russia expelled two Polish diplomats on Tuesday, and Poland condemned the move.")


def flatten(nodes: list[dict[str, Any]]) -> str:
    return "".join(n["text"] if n["kind"] == "text" else flatten(n["children"]) for n in nodes)


def marked(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for node in nodes:
        if node["kind"] != "text":
            found.append(node)
            found += marked(node["children"])
    return found


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12),
                                                st.sampled_from(["person", "date", "action"])),
                                      max_size=12))
def test_tree_keeps_the_text_and_a_highlight_for_every_span(text: str, raw: list) -> None:
    spans = [{"start": min(s, len(text)), "end": min(s + n, len(text)), "kind": kind,
              "uid": f"u{i}"} for i, (s, n, kind) in enumerate(raw)]
    tree = text_tree(text, spans)
    assert flatten(tree) == text
    kept = {node["uid"] for node in marked(tree)}
    assert kept == {span["uid"] for span in spans if span["end"] > span["start"]}


def test_overlapping_spans_nest_and_are_cut_at_the_outer_end() -> None:
    spans = [{"start": 0, "end": 6, "kind": "date", "uid": "d"},
             {"start": 3, "end": 9, "kind": "person", "uid": "p"}]
    (outer, rest) = text_tree("abcdefghij", spans)
    assert outer["uid"] == "d" and flatten([outer]) == "abcdef"
    assert marked(outer["children"])[0]["uid"] == "p" and flatten(outer["children"]) == "abcdef"
    assert rest == {"kind": "text", "text": "ghij"}


class Elements(HTMLParser):
    """Tags, with their attributes, of a page (to read it without a browser)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def parse(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(page)
    return parser.tags


def test_story_markup_is_escaped_and_nothing_is_loaded(annotate) -> None:
    record = annotate('<script>alert(1)</script> Russia expelled two Polish diplomats '
                      'on Monday. <img src="http://127.0.0.1:9/x.png">', date="2026-03-04")
    page = render_page(record)
    tags = parse(page)
    assert not [t for t, _ in tags if t in ("script", "img", "link", "iframe")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not [a for _, a in tags if a.get("src") or (a.get("href") or "#")[:1] not in "#"]


def test_every_annotation_is_a_mark_with_its_details(annotate) -> None:
    record = annotate(STORY, date="2026-03-04")
    tags = parse(render_page(record))
    marks = [attrs for tag, attrs in tags if tag == "mark" and attrs.get("data-ann")]
    by_id: dict[str, list] = {}
    for attrs in marks:
        by_id.setdefault(attrs["data-ann"], []).append(attrs)
    for person in record["people"]:
        assert len(by_id[person["id"]]) == len(person["mentions"])
        assert person["name"] in by_id[person["id"]][0]["title"]
    for item in record["dates"]:
        assert item["value"] in by_id[item["id"]][0]["title"]
    assert record["actions"]
    for action in record["actions"]:
        (attrs,) = by_id[action["id"]]
        assert f"CAMEO {action['cameo']}" in attrs["title"] and action["plover"] in attrs["title"]
        assert attrs["tabindex"] == "0" and action["modality"] in attrs["title"]


def test_timeline_orders_dated_actions_and_diagram_draws_every_action(annotate) -> None:
    record = annotate("Russia expelled two Polish diplomats on Tuesday. Poland had recalled "
                      "its ambassador from Moscow last month.", date="2026-03-04")
    line = timeline(record)
    assert [row["value"] for row in line["rows"]] == ["2026-02", "2026-03-03"]
    assert line["rows"][0]["x"] < line["rows"][1]["x"]
    diagram = actor_diagram(record)
    assert len(diagram["edges"]) == len(record["actions"])
    assert {"RUS", "POL"} <= {node["key"] for node in diagram["nodes"]}


def test_cli_writes_the_page_to_a_file_or_stdout(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "story.html"
    sample = str(ROOT / "samples" / "01-diplomats-expelled.txt")
    written = runner.invoke(app, [sample, "--format", "html", "-o", str(out)])
    assert written.exit_code == 0 and written.stdout == "" and written.stderr == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="timeline"' in page
    shown = runner.invoke(app, [sample, "--format", "html"])
    assert shown.exit_code == 0 and shown.stdout == page
    clash = runner.invoke(app, [sample, "--format", "html", "--json"])
    assert clash.exit_code == 2 and "contradict" in clash.stderr and clash.stdout == ""


def test_help_imports_neither_the_html_writer_nor_jinja2() -> None:
    code = ("import sys\nfrom annotate.cli import app\nfrom typer.testing import CliRunner\n"
            "r = CliRunner().invoke(app, ['--help'])\nassert 'html' in r.stdout\n"
            "print(json.dumps([m in sys.modules for m in "
            "('jinja2', 'annotate.output.html', 'annotate.output.report')]))")
    output = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True,
                            text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert json.loads(output.stdout) == [False, False, False]
