"""The command line's analysis commands: ``annotate evaluate`` (score the annotator on gold
files) and ``annotate events summarise`` (count and weigh an events table). Thin Typer
functions around :func:`annotate.evaluation.run.evaluate` and
:func:`annotate.output.summary.summarise`; registered on :data:`annotate.cli.app`.
"""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import errors
from .cli import ModelOption, app, fail
from .errors import AnnotateError, UsageError


class Layer(str, enum.Enum):
    people = "people"
    dates = "dates"
    actions = "actions"


class Half(str, enum.Enum):
    even = "even"
    odd = "odd"


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[list[Path], typer.Argument(
        help="Gold JSONL files, scored as one set: {\"id\", \"text\", \"date\", and "
             "\"people\", \"dates\" and/or \"actions\"} a line.", show_default=False)],
    layer: Annotated[Optional[list[Layer]], typer.Option(
        "--layer", "-l", help="Score only this layer (repeatable). Default: every layer the "
                              "file carries.")] = None,
    half: Annotated[Optional[Half], typer.Option(
        "--half", help="Score only the documents on even (0, 2, 4, ...) or odd lines of each "
                       "file: tune on one half, check on the other.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    model: ModelOption = None,
) -> None:
    """Score the annotator on gold annotations, beside the baselines, and time each layer.

    Examples:

    \b
      annotate evaluate ../shared/eval/dates/timebank.jsonl ../shared/eval/dates/aquaint.jsonl
      annotate evaluate ../shared/eval/people/meantime_wikinews.jsonl --json
      annotate evaluate ../shared/eval/actions/plover_plv_train.jsonl --half odd
    """
    from .evaluation.run import evaluate
    from .pipeline.annotator import shared_annotator

    for path in gold:
        if not path.is_file():
            fail(UsageError(errors.INPUT_MISSING, f"{path}: no such file"))
    try:
        result = evaluate(gold, [item.value for item in layer] if layer else None,
                          shared_annotator(model), half.value if half else None)
    except (ValueError, KeyError) as error:
        fail(AnnotateError(errors.INPUT_BAD_JSON, f"{gold}: not a gold file ({error})"))
    except AnnotateError as error:
        fail(error)
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
        return
    from .evaluation.report import evaluation_tables
    from .output.view import make_console

    make_console().print(evaluation_tables(result.as_dict()))


events_app = typer.Typer(help="Work with the events table of annotate batch --events.",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(events_app, name="events")


class Period(str, enum.Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"
    none = "none"


@events_app.command("summarise")
def summarise_command(
    table: Annotated[Path, typer.Argument(
        help="An events table (.parquet or .csv) from annotate batch --events.",
        show_default=False)],
    by: Annotated[Period, typer.Option(
        "--by", help="Period of event_date to group by (none: no period).")] = Period.month,
    dyad: Annotated[bool, typer.Option(
        "--dyad", help="Group by dyad: actor country, target country.")] = False,
    plover_type: Annotated[bool, typer.Option(
        "--type", help="Group by PLOVER type.")] = False,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Also write the summary to this CSV file.",
        show_default=False)] = None,
) -> None:
    """Count events and average their intensity per period, dyad and PLOVER type.

    Examples:

    \b
      annotate events summarise events.parquet
      annotate events summarise events.csv --by year --dyad --type -o summary.csv
    """
    from .output.summary import summarise, summary_table, write_summary_csv
    from .output.view import make_console

    stderr = make_console(stderr=True)
    try:
        with stderr.status(f"summarising {table}", spinner="dots") if stderr.is_terminal \
                else _nothing():
            summary = summarise(table, None if by is Period.none else by.value, dyad, plover_type)
        if output is not None:
            write_summary_csv(summary, output)
    except AnnotateError as error:
        fail(error)
    make_console().print(summary_table(summary, f"{summary.events} events in {table}"))


def _nothing() -> Any:
    import contextlib

    return contextlib.nullcontext()
