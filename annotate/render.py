"""Show an annotated story in the terminal: colour-coded text, a legend and three tables.

Renders from the JSON record (not the spaCy Doc), so what the user sees is what they export.
The story is added as ``rich.text.Text`` and styled by offsets, never pasted into markup, so a
"[bracket]" in a story stays as written.
"""

from __future__ import annotations

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


def make_console(file: Any = None, color: bool | None = None, stderr: bool = False) -> Console:
    """A console for results (or diagnostics, with ``stderr``); ``color`` None means automatic.

    Automatic honours the terminal, NO_COLOR and FORCE_COLOR (rich reads both).
    """
    options: dict[str, Any] = {"highlight": False, "markup": False, "emoji": False,
                               "stderr": stderr, "file": file,
                               # a diagnostic is one line, however long its path: never wrapped
                               "soft_wrap": stderr}
    if color is True:
        options["force_terminal"] = True
    elif color is False:
        options["color_system"] = None
    return Console(**options)


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
    names = {p["id"]: p["name"] for p in record["people"]}
    dates = {d["id"]: d["value"] or d["text"] for d in record["dates"]}
    table = Table(title="Actions", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("id", "actor", "action", "target", "CAMEO", "PLOVER", "date", "modality"):
        table.add_column(column, overflow="fold",
                         no_wrap=column in ("id", "action", "CAMEO", "date", "modality"))
    for action in record["actions"]:
        modality = action["modality"] + (", negated" if action["negated"] else "")
        plover = " / ".join(x for x in (action["plover"], action["mode"]) if x)
        table.add_row(action["id"], _party(action["actor"], names),
                      Text(action["trigger"], ACTION_STYLES.get(action["quad"], "bold")),
                      _party(action["target"], names), action["cameo"], plover or "-",
                      dates.get(action["date"] or "", ""), modality)
    return table


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


def render(record: dict[str, Any]) -> Group:
    """The full view of one story."""
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


def _score_row(name: str, score: dict[str, Any]) -> list[str]:
    return [name, f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}",
            f"{score['gold']:g}"]


def evaluation_tables(result: dict[str, Any]) -> Group:
    """Metrics of ``annotate evaluate`` as tables, one per layer, and the timing."""
    parts: list[Any] = [Text(f"{result['gold']}: {result['documents']} documents", style="bold")]
    metrics = result["metrics"]
    if "people" in metrics:
        table = Table(title="People: exact-span mentions", box=box.SIMPLE_HEAD, title_justify="left")
        for column in ("system", "precision", "recall", "F1", "gold"):
            table.add_column(column)
        table.add_row(*_score_row("annotate", metrics["people"]["annotate"]))
        table.add_row(*_score_row("spaCy PERSON entities", metrics["people"]["spacy_person_entities"]))
        parts.append(table)
    if "dates" in metrics:
        table = Table(title="Dates: TempEval-3", box=box.SIMPLE_HEAD, title_justify="left")
        for column in ("system", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "type F1",
                       "value F1"):
            table.add_column(column)
        for name, key in (("annotate", "annotate"), ("spaCy + dateparser", "baseline_spacy_dateparser")):
            m = metrics["dates"][key]
            table.add_row(name, f"{m['strict']['f1']:.3f}", f"{m['relaxed']['precision']:.3f}",
                          f"{m['relaxed']['recall']:.3f}", f"{m['relaxed']['f1']:.3f}",
                          f"{m['type_f1']:.3f}", f"{m['value_f1']:.3f}")
        parts.append(table)
        per_type = Table(title="Dates by type (annotate)", box=box.SIMPLE_HEAD, title_justify="left")
        for column in ("type", "gold", "predicted", "F1", "value F1"):
            per_type.add_column(column)
        for kind, m in metrics["dates"]["annotate"]["per_type"].items():
            per_type.add_row(kind, f"{m['gold']:g}", f"{m['predicted']:g}", f"{m['f1']:.3f}",
                             f"{m['value_f1']:.3f}")
        parts.append(per_type)
    if "actions" in metrics:
        m = metrics["actions"]
        table = Table(title=f"Actions: {m['sentences']} sentences", box=box.SIMPLE_HEAD,
                      title_justify="left")
        for column in ("measure", "precision", "recall", "F1", "gold"):
            table.add_column(column)
        table.add_row(*_score_row("CAMEO root", m["cameo_root"]))
        table.add_row(*_score_row("CAMEO root + dyad", m["cameo_root_dyad"]))
        table.add_row(*_score_row("PLOVER type", m["plover_type"]))
        parts.append(table)
        if m["no_event_without_action"] is not None:
            parts.append(Text(f"no-event sentences left without an action: "
                              f"{m['no_event_without_action']:.1%} of {m['no_event_sentences']}"))
    timing = result["timing"]
    line = (f"time: {timing['total_seconds']:.1f} s for {timing['documents']} documents; "
            f"model {timing['model_seconds']:.1f} s")
    for layer in ("people", "dates", "actions"):
        line += f"; {layer} +{timing[f'{layer}_added_over_rest']:.1%}"
    parts.append(Text(line, style="dim"))
    return Group(*parts)
