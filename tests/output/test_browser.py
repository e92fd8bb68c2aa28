"""The HTML page and the batch report in a real headless browser (the system's Chromium,
driven by Playwright; nothing is downloaded): no request leaves the machine, every
annotation has its highlight, the timeline and diagram are drawn, the page reads with
JavaScript off and in the dark theme, and a screenshot is written.

Screenshots go to a temporary folder, or to ``$ANNOTATE_SCREENSHOTS`` when set (the README's
pictures: ``ANNOTATE_SCREENSHOTS=docs pytest tests/output/test_browser.py``). The browser is
``$ANNOTATE_CHROMIUM``, else ``chromium`` on the PATH (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.output.events import calendar_date

from ..conftest import ROOT, SAMPLES

CHROMIUM = os.environ.get("ANNOTATE_CHROMIUM") or next(
    filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the browser tests need Playwright: pip install '.[test]'")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium found: install it (Debian: apt-get install chromium) "
                             "or set ANNOTATE_CHROMIUM to a Chromium or Chrome executable")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM,
                                              args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ANNOTATE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_page(browser: Any, path: Path, **options: Any) -> tuple[Any, Any, list[str]]:
    """The page at ``path`` in a fresh context, and every URL the browser asked for."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, **options)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url == path.as_uri() else route.abort())
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return context, page, requested


EXTERNAL = r"""[...document.querySelectorAll('[src], [href], link, script, iframe, object')]
  .map(e => e.getAttribute('src') || e.getAttribute('href') || e.tagName)
  .filter(u => !u.startsWith('#'))
  .concat([...document.styleSheets].flatMap(s => [...s.cssRules])
          .map(r => r.cssText).filter(t => /url\((?!["']?#)|@import|@font-face/.test(t)))"""


def external_references(page: Any) -> list[str]:
    """What the page itself asks for beyond its own anchors: the page's Content-Security-Policy
    would block a request, so this checks the markup, not just the traffic."""
    return page.evaluate(EXTERNAL)


def story_page(source: Path, folder: Path) -> tuple[Path, dict[str, Any]]:
    import json

    out = folder / f"{source.stem}.html"
    runner = CliRunner()
    assert runner.invoke(app, [str(source), "--format", "html", "-o", str(out)]).exit_code == 0
    record = json.loads(runner.invoke(app, [str(source), "--json"]).stdout)
    return out, record


def test_the_request_recorder_sees_a_request_leaving(browser: Any, tmp_path: Path) -> None:
    """The control for the checks below: a page that does load something is caught."""
    page_path = tmp_path / "leaks.html"
    page_path.write_text('<img src="http://127.0.0.1:9/pixel.png">', encoding="utf-8")
    context, _, requested = open_page(browser, page_path)
    context.close()
    assert "http://127.0.0.1:9/pixel.png" in requested


@pytest.mark.parametrize("source", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_story_page(browser: Any, source: Path, tmp_path: Path) -> None:
    out, record = story_page(source, tmp_path)
    context, page, requested = open_page(browser, out, java_script_enabled=False)
    assert requested == [out.as_uri()]  # nothing but the page itself
    assert external_references(page) == []
    text = record["text"]
    for person in record["people"]:
        marks = page.locator(f'mark.person[data-ann="{person["id"]}"]')
        assert marks.count() == len(person["mentions"]), person["id"]
        for mark, mention in zip(marks.all(), person["mentions"]):
            assert text[mention["start"]:mention["end"]].startswith(mark.inner_text().strip())
    for item in record["dates"]:
        mark = page.locator(f'mark.date[data-ann="{item["id"]}"]')
        assert mark.count() == 1 and mark.is_visible(), item["id"]
        assert item["text"].startswith(mark.inner_text().strip())
    for action in record["actions"]:
        mark = page.locator(f'mark.action[data-ann="{action["id"]}"]')
        assert mark.count() == 1 and mark.is_visible(), action["id"]
        assert mark.get_attribute("title").startswith(f"{action['id']} action:")
    values = {item["id"]: item["value"] for item in record["dates"]}
    dated = [a for a in record["actions"] if calendar_date(values.get(a["date"] or ""))]
    assert page.locator("#timeline svg g.event").count() == len(dated)
    assert page.locator("#diagram svg g.edge").count() == len(record["actions"])
    assert page.locator("#diagram svg g.node").count() >= (1 if record["actions"] else 0)
    for table, layer in (("#people", "people"), ("#dates", "dates"), ("#actions", "actions")):
        assert page.locator(f"{table} tbody tr").count() == len(record[layer])
    page.screenshot(path=str(tmp_path / f"{source.stem}.png"), full_page=True)
    context.close()
    assert (tmp_path / f"{source.stem}.png").stat().st_size > 50_000


def test_focus_shows_details_and_dark_theme_is_dark(browser: Any, tmp_path: Path,
                                                    shots: Path) -> None:
    out, record = story_page(SAMPLES[6], tmp_path)
    context, page, _ = open_page(browser, out, color_scheme="dark")
    first = record["actions"][0]["id"]
    tip = page.locator(f'mark.action[data-ann="{first}"] > .tip')
    assert not tip.is_visible()
    page.locator(f'mark.action[data-ann="{first}"]').focus()
    assert tip.is_visible() and f"CAMEO {record['actions'][0]['cameo']}" in tip.inner_text()
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(x) for x in background[4:-1].split(","))
    assert max(red, green, blue) < 60, background
    page.locator("#diagram").screenshot(path=str(shots / "story-diagram-dark.png"))
    context.close()
    context, page, _ = open_page(browser, out, color_scheme="light")
    page.locator("#story").screenshot(path=str(shots / "story-text.png"))
    page.locator("#timeline").screenshot(path=str(shots / "story-timeline.png"))
    page.locator("#diagram").screenshot(path=str(shots / "story-diagram.png"))
    context.close()
    assert (shots / "story-diagram.png").stat().st_size > 10_000


def test_batch_report(browser: Any, tmp_path: Path, shots: Path) -> None:
    report = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["batch", str(ROOT / "samples"), "-o",
                                      str(tmp_path / "out.jsonl"), "--report", str(report), "-q"])
    assert result.exit_code == 0, result.stderr
    stories = len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines())
    context, page, requested = open_page(browser, report, java_script_enabled=False)
    assert requested == [report.as_uri()]
    assert {ref for ref in external_references(page)} == {
        row["link"] for row in page.evaluate("[...document.querySelectorAll('#stories a')]"
                                             ".map(a => ({link: a.getAttribute('href')}))")}
    assert page.locator("#months svg g.month").count() >= 2
    assert page.locator("#months svg rect.bar").count() >= 4
    assert page.locator("#dyads tbody tr").count() > 0
    assert page.locator("#people tbody tr").count() > 0
    assert page.locator("#stories tbody tr[id^='story-']").count() == stories
    link = page.locator("#story-1 a")
    assert link.count() == 1 and (report.parent / link.get_attribute("href")).resolve().is_file()
    page.screenshot(path=str(shots / "report.png"), full_page=True)
    page.locator("#months").screenshot(path=str(shots / "report-months.png"))
    context.close()
