"""One story as a self-contained HTML page: ``annotate STORY --format html -o story.html``.

The page holds the story with every person mention, date and action highlighted (details on
hover via ``title``, on keyboard focus via CSS), the people, dates and actions tables, a
timeline of the dated actions and an actor diagram, both inline SVG (:mod:`.figures`). It
loads nothing from anywhere (style sheet inline, system fonts, no script), so it reads the
same offline and with JavaScript off. Markup lives in Jinja2 templates (``templates/``) with
autoescaping on, so story text can never inject markup. The CLI imports this module only
for ``--format html`` and ``--report``, so ``annotate --help`` never loads Jinja2.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from .figures import QUAD_CLASS, QUAD_SIGN, actor_diagram, party_label, quad_class, timeline

TEMPLATES = Path(__file__).with_name("templates")
KIND_ORDER = {"action": 0, "date": 1, "person": 2}  # outermost first when two spans start at once


@lru_cache(maxsize=1)
def environment() -> Any:
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                              autoescape=jinja2.select_autoescape(["html", "j2"],
                                                                  default_for_string=True),
                              trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


def render(template: str, **context: Any) -> str:
    """Render one of the package's templates (with the shared style sheet and legend)."""
    return environment().get_template(template).render(
        quads=[{"name": name, "cls": cls, "sign": QUAD_SIGN[cls]}
               for name, cls in QUAD_CLASS.items()], **context)


def spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every annotation of the text as a span with its CSS kind and its details line."""
    people = {person["id"]: person["name"] for person in record["people"]}
    values = {item["id"]: item["value"] or item["text"] for item in record["dates"]}
    found = []
    for person in record["people"]:
        tip = " \u00b7 ".join(x for x in (person["name"], person["title"],
                                           person["affiliation"]) if x)
        for number, mention in enumerate(person["mentions"], 1):
            found.append({"start": mention["start"], "end": mention["end"], "kind": "person",
                          "ann": person["id"], "uid": f"{person['id']}-m{number}",
                          "tip": f"{person['id']} person: {tip}"})
    for item in record["dates"]:
        anchor = f", from {item['anchor']}" if item["anchor"] else ""
        found.append({"start": item["start"], "end": item["end"], "kind": "date",
                      "ann": item["id"], "uid": item["id"],
                      "tip": f"{item['id']} {item['type']}: {item['value'] or 'unresolved'}"
                             f"{anchor}"})
    for action in record["actions"]:
        cls = quad_class(action)
        found.append({"start": action["start"], "end": action["end"], "kind": "action",
                      "quad": cls, "sign": QUAD_SIGN.get(cls, ""), "ann": action["id"],
                      "uid": action["id"], "tip": action_details(action, people, values)})
    return found


def action_details(action: dict[str, Any], people: dict[str, str],
                   values: dict[str, str]) -> str:
    plover = "/".join(x for x in (action["plover"], action["mode"]) if x) or "no PLOVER type"
    parts = [f"{party_label(action['actor'], people)} \u2192 "
             f"{party_label(action['target'], people)}",
             f"CAMEO {action['cameo']}", plover, action["quad"],
             action["modality"] + (", negated" if action["negated"] else "")]
    if action.get("date"):
        parts.append(values.get(action["date"], action["date"]))
    return f"{action['id']} action: " + " \u00b7 ".join(parts)


def text_tree(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text as a tree of plain runs and highlights. Spans nest; one that starts inside
    another and runs past its end is cut at that end, so every annotation keeps a highlight."""
    root: dict[str, Any] = {"children": [], "end": len(text)}
    stack, position = [root], 0

    def run(upto: int) -> None:
        nonlocal position
        if upto > position:
            stack[-1]["children"].append({"kind": "text", "text": text[position:upto]})
            position = upto

    for span in sorted(found, key=lambda s: (s["start"], -s["end"], KIND_ORDER[s["kind"]])):
        start, end = max(span["start"], position), span["end"]
        while len(stack) > 1 and stack[-1]["end"] <= start:
            run(stack[-1]["end"])
            stack.pop()
        end = min(end, stack[-1]["end"])
        if end <= start:
            continue
        run(start)
        node = {**span, "end": end, "children": []}
        stack[-1]["children"].append(node)
        stack.append(node)
    while len(stack) > 1:
        run(stack[-1]["end"])
        stack.pop()
    run(len(text))
    return root["children"]


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    people = {person["id"]: person["name"] for person in record["people"]}
    values = {item["id"]: item["value"] or "-" for item in record["dates"]}
    actions = []
    for action in record["actions"]:
        place = action.get("location") or {}
        actions.append({
            "id": action["id"], "actor": party_label(action["actor"], people),
            "trigger": action["trigger"], "target": party_label(action["target"], people),
            "cameo": action["cameo"], "quad": quad_class(action), "quad_name": action["quad"],
            "sign": QUAD_SIGN.get(quad_class(action), ""),
            "plover": "/".join(x for x in (action["plover"], action["mode"]) if x) or "-",
            "date": values.get(action["date"] or "", "-"),
            "modality": action["modality"] + (", negated" if action["negated"] else ""),
            "place": (place.get("text", "") + (f" ({place['country']})"
                                               if place.get("country") else "")) or "-"})
    return {"people": record["people"], "dates": record["dates"], "actions": actions}


def render_page(record: dict[str, Any]) -> str:
    """The whole page for one ``annotate/1`` record."""
    return render("story.html.j2", record=record, title=_title(record),
                  tree=text_tree(record["text"], spans(record)), **table_rows(record),
                  timeline=timeline(record), diagram=actor_diagram(record))


def _title(record: dict[str, Any]) -> str:
    headline = record.get("headline") or {}
    return headline.get("text") or record.get("id") or str(record.get("source"))


def write_page(record: dict[str, Any], output: Path | None,
               opener: Callable[[Path], Any]) -> None:
    """Write the page to ``output`` (opened with ``opener``), or to stdout when None."""
    page = render_page(record)
    if output is None:
        sys.stdout.write(page)
        sys.stdout.flush()
        return
    with opener(output) as stream:
        stream.write(page)
