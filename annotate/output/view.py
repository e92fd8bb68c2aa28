"""Show an annotated story in the terminal: colour-coded text, a legend and three tables.

Renders from the JSON record (not the spaCy Doc), so what the user sees is what they export.
The story is added as ``rich.text.Text`` and styled by offsets, never pasted into markup, so a
"[bracket]" in a story stays as written.
"""

from __future__ import annotations

import io
import os
import sys
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

PERSON_STYLE = "bold cyan"
DATE_STYLE = "bold green"
ACTION_STYLES = {
    "verbal cooperation": "bold blue",
    "material cooperation": "bold bright_blue reverse",
    "verbal conflict": "bold magenta",
    "material conflict": "bold red reverse",
}


# Piped output with no $COLUMNS is as wide as its widest table or action line, within these.
FIT_MIN, FIT_MAX = 80, 160


def make_console(file: Any = None, color: bool | None = None, stderr: bool = False,
                 width: int | None = None) -> Console:
    """A console for results (or diagnostics, with ``stderr``); ``color`` None means automatic.

    Automatic honours the terminal, NO_COLOR and FORCE_COLOR (rich reads both). ``width``
    None lets rich ask the terminal.
    """
    options: dict[str, Any] = {"highlight": False, "markup": False, "emoji": False,
                               "stderr": stderr, "file": file, "width": width,
                               # a diagnostic is one line, however long its path: never wrapped
                               "soft_wrap": stderr}
    if color is True:
        options["force_terminal"] = True
    elif color is False:
        options["color_system"] = None
    return Console(**options)


def view_console(record: dict[str, Any], file: Any = None,
                 color: bool | None = None) -> Console:
    """The console to print ``record``'s view on: the terminal's width on a terminal; piped or
    written to a file, ``$COLUMNS`` when set, else :func:`fitted_width` (never escape codes
    there unless colour is forced, for ``less -R``)."""
    stream = file if file is not None else sys.stdout
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError, OSError):
        terminal = False
    return make_console(file=file, color=color,
                        width=None if terminal else piped_width(record, os.environ))


def piped_width(record: dict[str, Any], environ: Any) -> int:
    """``$COLUMNS`` when it is a positive number, else the width the content needs."""
    columns = (environ.get("COLUMNS") or "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return fitted_width(record)


def fitted_width(record: dict[str, Any]) -> int:
    """The natural width of the view's tables and action lines (the story text wraps to it),
    at least FIT_MIN and at most FIT_MAX: no 80-column crush in a file, no endless lines."""
    console = Console(width=FIT_MAX, file=io.StringIO(), color_system=None)
    widest = max([console.measure(table(record)).maximum
                  for layer, table in (("people", people_table), ("dates", dates_table),
                                       ("actions", actions_table)) if record[layer]],
                 default=FIT_MIN)
    return max(FIT_MIN, min(FIT_MAX, widest))


def legend() -> Text:
    text = Text("Legend: ")
    text.append("person", PERSON_STYLE)
    text.append("  ")
    text.append("date", DATE_STYLE)
    for quad, style in ACTION_STYLES.items():
        text.append("  ")
        text.append(f"action ({quad})", style)
    return text


def story_text(record: dict[str, Any]) -> Text:
    """The story with every annotation styled in place."""
    text = Text(record["text"].strip("\n"))
    offset = len(record["text"]) - len(record["text"].lstrip("\n"))
    length = len(text.plain)

    def stylize(start: int, end: int, style: str) -> None:
        start, end = max(0, start - offset), min(length, end - offset)
        if start < end:
            text.stylize(style, start, end)

    for date in record["dates"]:
        stylize(date["start"], date["end"], DATE_STYLE)
    for person in record["people"]:
        for mention in person["mentions"]:
            stylize(mention["start"], mention["end"], PERSON_STYLE)
    for action in record["actions"]:
        stylize(action["start"], action["end"], ACTION_STYLES.get(action["quad"], "bold"))
    return text


def _party(party: dict[str, Any] | None, people: dict[str, str]) -> str:
    if party is None:
        return "?"
    label = people.get(party["person"] or "", party["text"])
    return f"{label} ({party['country']})" if party["country"] else label


def people_table(record: dict[str, Any]) -> Table:
    table = Table(title="People", box=box.SIMPLE_HEAD, title_justify="left", expand=False)
    for column in ("id", "name", "title", "country", "mentions"):
        table.add_column(column, overflow="fold")
    for person in record["people"]:
        table.add_row(person["id"], Text(person["name"], PERSON_STYLE), person["title"] or "",
                      person["affiliation"] or "", str(len(person["mentions"])))
    return table


def dates_table(record: dict[str, Any]) -> Table:
    table = Table(title="Dates", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("id", "text", "type", "value", "anchor"):
        table.add_column(column, overflow="fold")
    for date in record["dates"]:
        table.add_row(date["id"], Text(date["text"], DATE_STYLE), date["type"],
                      date["value"] or "-", date["anchor"] or "")
    return table


def actions_table(record: dict[str, Any]) -> Table:
    """One short block per action, readable from 80 columns up: who -> did what -> to whom on
    the first line, then its codes, date, modality and place. Lines wrap only between words,
    and no code holds a space, so none is ever split."""
    names = {p["id"]: p["name"] for p in record["people"]}
    dates = {d["id"]: d["value"] or d["text"] for d in record["dates"]}
    table = Table.grid(padding=(0, 2), pad_edge=True)
    table.title, table.title_justify = "Actions", "left"
    table.add_column("id", no_wrap=True)
    table.add_column("action", overflow="fold")
    for action in record["actions"]:
        what = Text(_party(action["actor"], names) + " ")
        what.append(action["trigger"], ACTION_STYLES.get(action["quad"], "bold"))
        if action["target"] is not None:
            what.append(" → " + _party(action["target"], names))
        plover = "/".join(x for x in (action["plover"], action["mode"]) if x)
        details = [f"CAMEO {action['cameo']}", plover or "no PLOVER type",
                   dates.get(action["date"] or "", ""),
                   action["modality"] + (", negated" if action["negated"] else ""),
                   _where(action, record.get("dateline"))]
        what.append("\n" + " · ".join(d for d in details if d), "dim")
        table.add_row(action["id"], what)
    return table


def _where(action: dict[str, Any], dateline: dict[str, Any] | None) -> str:
    """The place the action's clause names, with its country ("in Geneva (CHE)"); a place
    taken from the dateline is not repeated (the view shows the dateline above)."""
    place = action.get("location")
    if not place or (dateline and dateline["start"] <= place["start"]
                     and place["end"] <= dateline["end"]):
        return ""
    country = f" ({place['country']})" if place["country"] else ""
    return f"in {place['text']}{country}"


def input_summary(record: dict[str, Any]) -> str:
    """What was done to the input before annotation, in a few words ("" when nothing was)."""
    done = record.get("input") or {}
    notes = []
    if done.get("format") == "html":
        notes.append("article extracted from a web page")
    if done.get("encoding") not in (None, "utf-8"):
        notes.append(f"decoded from {done['encoding']}")
    if done.get("repairs"):
        notes.append("repaired " + ", ".join(r.replace("_", " ") for r in done["repairs"]))
    if done.get("dropped"):
        notes.append(f"dropped {len(done['dropped'])} boilerplate lines")
    if done.get("joined_lines"):
        notes.append(f"joined {done['joined_lines']} wrapped lines")
    if notes and done.get("cleaned"):
        notes.append("--keep-raw annotates it as read")
    return "; ".join(notes)


def dateline_summary(record: dict[str, Any]) -> str:
    dateline = record.get("dateline")
    if not dateline:
        return ""
    agency = f" ({dateline['agency']})" if dateline.get("agency") else ""
    date = f", {dateline['date_text']}" if dateline.get("date_text") else ""
    return f"{dateline['place']}{date}{agency}"


# Control characters (C0 but newline and tab, DEL, C1) of the story or a file name would
# reach the terminal as escape sequences (retitle it, clear it): each is shown as U+FFFD, one
# character for one, so every span's offsets still index the text. The JSON keeps the text.
_CONTROLS = {code: "\ufffd" for code in (*range(0x20), *range(0x7F, 0xA0))
             if chr(code) not in "\n\t"}


def printable(value: Any) -> Any:
    """The record with every string made safe for a terminal (see ``_CONTROLS``)."""
    if isinstance(value, str):
        return value.translate(_CONTROLS)
    if isinstance(value, dict):
        return {key: printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [printable(item) for item in value]
    return value


def render(record: dict[str, Any]) -> Group:
    """The full view of one story."""
    record = printable(record)
    reference = record["reference_date"] or "none"
    if record.get("reference_date_source"):
        reference += f" (from {record['reference_date_source']})"
    header = Text(f"{record['source']}  ·  reference date: {reference}", style="dim")
    parts: list[Any] = [header]
    for label, summary in (("dateline", dateline_summary(record)),
                           ("input", input_summary(record))):
        if summary:
            parts.append(Text(f"{label}: {summary}", style="dim"))
    parts += [legend(), Text(""), story_text(record), Text("")]
    for layer, table in (("people", people_table), ("dates", dates_table),
                         ("actions", actions_table)):
        if record[layer]:
            parts.append(table(record))
        else:
            parts.append(Text(f"{layer.capitalize()}: none found", style="dim"))
            parts.append(Text(""))
    for warning in record["warnings"]:
        parts.append(Text(f"note: {warning}", style="yellow"))
    return Group(*parts)
