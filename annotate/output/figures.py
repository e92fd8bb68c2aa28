"""Geometry of the HTML page's two figures, as plain data the templates draw as inline SVG.

:func:`timeline` places a story's dated actions on a time axis (by resolved date, one row
each); :func:`actor_diagram` lays the parties out on a circle, with one labelled arrow per
action from actor to target. Both compute coordinates only: colours, dash patterns and
labels are the template's and the style sheet's, keyed on :data:`QUAD_CLASS`.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from .events import calendar_date

# CSS class of each quad class; the style sheet gives each a colour AND a dash pattern, and
# the legend a sign (+ cooperation, - conflict), so colour is never the only cue.
QUAD_CLASS = {
    "verbal cooperation": "vc",
    "material cooperation": "mc",
    "verbal conflict": "vf",
    "material conflict": "mf",
}
QUAD_SIGN = {"vc": "+", "mc": "+", "vf": "\u2212", "mf": "\u2212"}
UNKNOWN = "?"

TIMELINE_WIDTH, TIMELINE_ROW, TIMELINE_LEFT, TIMELINE_AXIS = 800, 24, 120, 300
DIAGRAM_NODE_R = 26


def quad_class(action: dict[str, Any]) -> str:
    return QUAD_CLASS.get(action.get("quad") or "", "none")


def party_label(party: dict[str, Any] | None, people: dict[str, str]) -> str:
    """How the page names a party: the person's name when it is one, else its text, with
    its country code ("Tomasz Wierzbicki (POL)")."""
    if party is None:
        return UNKNOWN
    label = people.get(party.get("person") or "", party["text"])
    return f"{label} ({party['country']})" if party.get("country") else label


def timeline(record: dict[str, Any]) -> dict[str, Any]:
    """The dated actions in date order, each with its row and x position on a day scale from
    the earliest to the latest date; ``undated`` counts the actions left out."""
    values = {item["id"]: item["value"] for item in record["dates"]}
    people = {item["id"]: item["name"] for item in record["people"]}
    dated = []
    for action in record["actions"]:
        resolved = calendar_date(values.get(action.get("date") or ""))
        if resolved is not None:
            dated.append((resolved[0], resolved[1], values[action["date"]], action))
    dated.sort(key=lambda item: (item[0], item[3]["start"]))
    if not dated:
        return {"rows": [], "undated": len(record["actions"]), "height": 0, "ticks": []}
    first, last = dated[0][0], dated[-1][0]
    span = max(1, (last - first).days)
    axis_end = TIMELINE_LEFT + TIMELINE_AXIS

    def x(day: date) -> float:
        return round(TIMELINE_LEFT + TIMELINE_AXIS * (day - first).days / span, 1)

    rows = []
    for row, (day, precision, value, action) in enumerate(dated):
        rows.append({"id": action["id"], "x": x(day), "y": 40 + row * TIMELINE_ROW,
                     "value": value, "precision": precision, "quad": quad_class(action),
                     "sign": QUAD_SIGN.get(quad_class(action), ""),
                     "label": f"{party_label(action['actor'], people)} {action['trigger']}"
                              + (f" \u2192 {party_label(action['target'], people)}"
                                 if action["target"] else ""),
                     "title": f"{action['id']} {value} ({precision}): {action['trigger']}, "
                              f"{action['plover'] or 'no PLOVER type'}, {action['quad']}"})
    ticks = [{"x": x(day), "label": day.isoformat()} for day in sorted({first, last})]
    return {"rows": rows, "undated": len(record["actions"]) - len(rows), "ticks": ticks,
            "height": 52 + len(rows) * TIMELINE_ROW, "width": TIMELINE_WIDTH,
            "left": TIMELINE_LEFT, "right": axis_end, "label_x": axis_end + 16}


def _node_key(party: dict[str, Any] | None, people: dict[str, str]) -> str:
    """Parties of one country are one node (Poland, Warsaw, Polish officials); a party with
    no country is its person or its words."""
    if party is None:
        return UNKNOWN
    if party.get("country"):
        return party["country"]
    return people.get(party.get("person") or "", party["text"]).lower()


def actor_diagram(record: dict[str, Any]) -> dict[str, Any]:
    """Nodes on a circle and one curved arrow per action; arrows between the same two nodes
    fan out so none hides another, and an action on its own side is a loop."""
    people = {item["id"]: item["name"] for item in record["people"]}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    ends = []
    for action in record["actions"]:
        pair = []
        for party in (action["actor"], action["target"]):
            key = _node_key(party, people)
            names[key][people.get((party or {}).get("person") or "",
                                  (party or {}).get("text", UNKNOWN))] += 1
            pair.append(key)
        ends.append((pair[0], pair[1], action))
    keys = sorted(names, key=lambda key: (-sum(names[key].values()), key))
    count = len(keys)
    radius = 0 if count == 1 else max(110, 34 * count)
    size = 2 * radius + 220
    centre = size / 2
    nodes = {}
    stride = _stride(count)
    for index, key in enumerate(keys):
        # the busiest parties (first in ``keys``) are spread round the circle, not side by side
        angle = 2 * math.pi * (index * stride % max(1, count)) / max(1, count) - math.pi / 2
        label = names[key].most_common(1)[0][0]
        nodes[key] = {"key": key, "x": round(centre + radius * math.cos(angle), 1),
                      "y": round(centre + radius * math.sin(angle), 1),
                      "short": key if key.isupper() or key == UNKNOWN else _initials(label),
                      "label": "(unnamed)" if key == UNKNOWN
                      else label if label.lower() == key
                      else f"{label} ({key})" if key.isupper() else label,
                      "others": sorted(set(names[key]) - {label})}
    edges = []
    seen: Counter[tuple[str, str]] = Counter()
    for source, target, action in ends:
        pair = tuple(sorted((source, target)))
        rank = seen[pair]
        seen[pair] += 1
        edge = {"id": action["id"], "quad": quad_class(action),
                "sign": QUAD_SIGN.get(quad_class(action), ""), "trigger": action["trigger"],
                "title": f"{action['id']}: {party_label(action['actor'], people)} "
                         f"{action['trigger']} \u2192 {party_label(action['target'], people)}"
                         f" (CAMEO {action['cameo']}, {action['plover'] or 'no PLOVER type'}, "
                         f"{action['quad']}, {action['modality']})"}
        edge.update(_loop(nodes[source], rank) if source == target
                    else _arc(nodes[source], nodes[target], rank, source < target))
        edges.append(edge)
    return {"nodes": list(nodes.values()), "edges": edges, "size": round(size),
            "r": DIAGRAM_NODE_R}


def _stride(count: int) -> int:
    """A step round the circle, coprime with ``count``, near a third of it."""
    for stride in range(max(1, count // 3), count):
        if math.gcd(stride, count) == 1:
            return stride
    return 1


def _initials(label: str) -> str:
    """The short name inside a node with no country: "Margaret Hale" -> "MH"."""
    words = [word for word in label.split() if word[:1].isalnum()]
    return "".join(word[0] for word in words[:3]).upper() or label[:3]


def _arc(start: dict[str, Any], end: dict[str, Any], rank: int,
         forward: bool) -> dict[str, Any]:
    """A quadratic curve between two nodes, bent by ``rank`` (alternating sides), trimmed to
    the node circles; its label sits on the curve's midpoint."""
    x1, y1, x2, y2 = start["x"], start["y"], end["x"], end["y"]
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length  # unit normal
    side = 1 if rank % 2 == 0 else -1
    bend = (rank // 2 + 1) * 48 * side * (1 if forward else -1)
    cx, cy = (x1 + x2) / 2 + nx * bend, (y1 + y2) / 2 + ny * bend
    trim = DIAGRAM_NODE_R + 6

    def toward(x: float, y: float, px: float, py: float) -> tuple[float, float]:
        distance = math.hypot(px - x, py - y) or 1.0
        return x + (px - x) * trim / distance, y + (py - y) * trim / distance

    sx, sy = toward(x1, y1, cx, cy)
    ex, ey = toward(x2, y2, cx, cy)
    mx, my = 0.25 * sx + 0.5 * cx + 0.25 * ex, 0.25 * sy + 0.5 * cy + 0.25 * ey
    return {"d": f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}",
            "lx": round(mx, 1), "ly": round(my, 1)}


def _loop(node: dict[str, Any], rank: int) -> dict[str, Any]:
    """An action whose actor and target are one node: a loop above it, larger per rank."""
    x, y, r = node["x"], node["y"], DIAGRAM_NODE_R
    reach = r + 30 + 18 * rank
    return {"d": f"M{x - 10:.1f},{y - r:.1f} C{x - 40 - 8 * rank:.1f},{y - reach:.1f} "
                 f"{x + 40 + 8 * rank:.1f},{y - reach:.1f} {x + 10:.1f},{y - r - 4:.1f}",
            "lx": round(x, 1), "ly": round(y - reach + 8, 1)}
