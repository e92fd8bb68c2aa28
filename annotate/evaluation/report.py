"""The metrics of ``annotate evaluate`` as terminal tables: one per layer, then the timing."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text


def _score_row(name: str, score: dict[str, Any]) -> list[str]:
    return [name, f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}",
            f"{score['gold']:g}"]


def evaluation_tables(result: dict[str, Any]) -> Group:
    """Metrics of ``annotate evaluate`` as tables, one per layer, and the timing."""
    half = f" ({result['half']} half)" if result.get("half") else ""
    parts: list[Any] = [Text(f"{result['gold']}{half}: {result['documents']} documents",
                             style="bold")]
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
        for name, key in (("CAMEO root", "cameo_root"), ("CAMEO root + dyad", "cameo_root_dyad"),
                          ("PLOVER type", "plover_type")):
            if m[key]["gold"] or m[key]["predicted"]:
                table.add_row(*_score_row(name, m[key]))
        first = m.get("first_action_class")
        if first:
            table.add_row("first action: coarse class (macro)", "", "", f"{first['macro_f1']:.3f}",
                          f"{first['sentences']:g}")
        for side in ("actor", "target"):
            found = m.get(f"{side}_found")
            if found:
                table.add_row(f"{side} found", "", f"{found['recall']:.3f}", "", f"{found['gold']:g}")
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
