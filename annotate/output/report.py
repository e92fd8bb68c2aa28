"""The corpus page of a batch: ``annotate batch PATH -o out.jsonl --report report.html``.

It aggregates, never inlines: per month, the actions by PLOVER type and by quad class (a
stacked SVG bar chart and a table), the most frequent dyads (actor country -> target
country), the most mentioned people, the failures, and one short index row per story with
an anchor (``#story-N``) and a link to its source file where it has one. Actions are counted
as the events table counts them (:func:`annotate.output.events.record_rows`: negated ones
left out, dated by their resolved date, else the story's). Memory and page size grow with
the number of months, types, dyads and people kept (top lists are capped) and one index row
per story; the README gives the size for 10,000 stories.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .events import record_rows
from .figures import QUAD_CLASS
from .files import atomic_output

TOP = 25  # rows kept in each top list
NO_DATE = "no date"
CHART_HEIGHT, CHART_LEFT, CHART_TOP, CHART_BOTTOM = 220, 48, 12, 56


@dataclass
class CorpusReport:
    """Counts over a batch's records; :meth:`add` one record at a time."""

    stories: int = 0
    actions: int = 0
    by_month: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    people: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    people_stories: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    index: list[tuple[Any, ...]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, record: dict[str, Any]) -> None:
        self.stories += 1
        rows = record_rows(record)
        self.actions += len(rows)
        types: Counter[str] = Counter()
        for row in rows:
            month = row["event_date"].strftime("%Y-%m") if row["event_date"] else NO_DATE
            self.by_month[month, row["plover_type"] or "-", row["quad"] or "-"] += 1
            types[row["plover_type"] or "-"] += 1
            if row["actor_country"] and row["target_country"]:
                self.dyads[row["actor_country"], row["target_country"]] += 1
        for person in record["people"]:
            key = (person["name"], person["title"] or "", person["affiliation"] or "")
            self.people[key] += len(person["mentions"])
            self.people_stories[key] += 1
        self.index.append((record.get("id"), record.get("source"),
                           record.get("reference_date"), len(record["people"]),
                           len(record["dates"]), len(rows),
                           ", ".join(name for name, _ in types.most_common(3))))

    def fail(self, message: str) -> None:
        self.failures.append(message)


def read_records(output: Path) -> Iterator[dict[str, Any]]:
    """The records a batch wrote: the lines of a JSONL file, or the ``.json`` files of a
    folder (sorted, recursive). A torn last line (an interrupted run) is skipped."""
    if output.is_dir():
        for path in sorted(output.rglob("*.json")):
            with path.open(encoding="utf-8") as stream:
                yield json.load(stream)
        return
    with output.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue


def build_report(records: Iterable[dict[str, Any]],
                 failures: Iterable[str] = ()) -> CorpusReport:
    report = CorpusReport()
    for record in records:
        report.add(record)
    for failure in failures:
        report.fail(failure)
    return report


def month_chart(report: CorpusReport) -> dict[str, Any]:
    """Stacked bars, one per month (then one for actions with no date), by quad class."""
    months = _calendar(sorted({month for month, _, _ in report.by_month} - {NO_DATE}))
    if any(month == NO_DATE for month, _, _ in report.by_month):
        months.append(NO_DATE)
    totals = Counter()
    for (month, _, quad), count in report.by_month.items():
        totals[month, quad] += count
    peak = max([sum(totals[m, q] for q in QUAD_CLASS) for m in months], default=0) or 1
    step = max(6, min(36, 900 // max(1, len(months))))
    every = -(-56 // step)  # a month label is about 56 px wide: label every n-th bar
    bars = []
    for index, month in enumerate(months):
        x, base = CHART_LEFT + index * step, CHART_TOP + CHART_HEIGHT
        segments = []
        for quad, cls in QUAD_CLASS.items():
            count = totals[month, quad]
            if count:
                height = CHART_HEIGHT * count / peak
                base -= height
                segments.append({"cls": cls, "y": round(base, 1), "h": round(height, 1),
                                 "title": f"{month}: {count} {quad}"})
        bars.append({"x": x, "w": max(2, step - 2), "segments": segments, "month": month,
                     "label": month if index % every == 0 or month == NO_DATE else "",
                     "total": sum(totals[month, q] for q in QUAD_CLASS)})
    ticks = [{"y": round(CHART_TOP + CHART_HEIGHT * (1 - value / peak), 1), "value": value}
             for value in sorted({0, peak // 2, peak})]
    return {"bars": bars, "ticks": ticks, "width": CHART_LEFT + len(months) * step + 16,
            "height": CHART_TOP + CHART_HEIGHT + CHART_BOTTOM, "left": CHART_LEFT,
            "base": CHART_TOP + CHART_HEIGHT}


def _calendar(months: list[str], limit: int = 240) -> list[str]:
    """Every month from the first to the last, so bars sit in time order with gaps shown;
    past ``limit`` months (an archive spanning decades) only the months with actions."""
    if not months:
        return []
    (y1, m1), (y2, m2) = (map(int, months[0].split("-")), map(int, months[-1].split("-")))
    span = (y2 - y1) * 12 + m2 - m1 + 1
    if span > limit:
        return months
    return [f"{y1 + (m1 - 1 + i) // 12:04d}-{(m1 - 1 + i) % 12 + 1:02d}" for i in range(span)]


def month_table(report: CorpusReport) -> dict[str, Any]:
    """Rows: months; columns: the PLOVER types seen (most frequent first) and the quads."""
    types = Counter()
    for (_, plover, _), count in report.by_month.items():
        types[plover] += count
    columns = [name for name, _ in types.most_common()]
    cells: dict[str, Counter[str]] = {}
    for (month, plover, quad), count in report.by_month.items():
        cells.setdefault(month, Counter())[plover] += count
        cells[month]["quad:" + quad] += count
    months = sorted(set(cells) - {NO_DATE}) + ([NO_DATE] if NO_DATE in cells else [])
    return {"types": columns, "quads": list(QUAD_CLASS),
            "rows": [{"month": m, "counts": cells[m]} for m in months]}


def story_index(report: CorpusReport, report_path: Path) -> list[dict[str, Any]]:
    """One row per story; its source links to the file when it is a local file."""
    folder = report_path.resolve().parent
    rows = []
    for number, (story_id, source, date, people, dates, actions, types) in enumerate(
            report.index, 1):
        link = None
        if source and "#" not in str(source) and Path(source).is_file():
            link = Path(os.path.relpath(Path(source).resolve(), folder)).as_posix()
        rows.append({"n": number, "id": story_id, "source": source, "link": link,
                     "date": date or "", "people": people, "dates": dates,
                     "actions": actions, "types": types})
    return rows


def render_report(report: CorpusReport, report_path: Path, title: str) -> str:
    from .html import render

    return render("report.html.j2", title=title, report=report, chart=month_chart(report),
                  table=month_table(report), dyads=report.dyads.most_common(TOP),
                  people=[{"name": n, "title": t, "country": c, "mentions": count,
                           "stories": report.people_stories[n, t, c]}
                          for (n, t, c), count in report.people.most_common(TOP)],
                  index=story_index(report, report_path), top=TOP)


def write_report(output: Path, report_path: Path, failures: Iterable[str] = (),
                 title: str | None = None) -> CorpusReport:
    """Read the records a batch wrote to ``output`` and write the corpus page."""
    report = build_report(read_records(output), failures)
    page = render_report(report, report_path, title or f"annotate batch: {output.name}")
    with atomic_output(report_path) as stream:  # a failed write leaves any old page intact
        stream.write(page)
    return report
