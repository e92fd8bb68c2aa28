"""Local worker processes: any number of them writes the bytes one process writes, failures
included, and results travel back as JSON lines that say what the records say."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.input.stories import Story
from annotate.output.record import to_json_line
from annotate.pipeline.annotator import Annotator, Result
from annotate.running.batch import annotate_archive

PARAGRAPHS = [
    "Chile recalled its ambassador to Peru on Monday after a dispute over fishing rights.",
    "Foreign Minister Ana Salgado said the talks in Lima would resume next week.",
    "Peru's government condemned the decision and summoned the Chilean envoy.",
    "Officials in both capitals said they hoped to meet again before the end of the month.",
]


def write_folder(folder: Path, count: int) -> Path:
    """``count`` stories of different lengths, plus a binary file and a blank one."""
    folder.mkdir()
    for number in range(count):
        paragraphs = [PARAGRAPHS[(number + k) % len(PARAGRAPHS)]
                      for k in range(1 + number % 7)]
        (folder / f"story-{number:03d}.txt").write_text("\n\n".join(paragraphs) + "\n",
                                                        encoding="utf-8")
    (folder / "story-005b.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    (folder / "story-011b.txt").write_text("\n\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("engines") / "stories", 40)


@pytest.mark.parametrize("workers, batch_size", [(2, 32), (2, 3), (3, 5)])
def test_any_number_of_workers_writes_what_one_writes(annotator: Annotator, folder: Path,
                                                      tmp_path: Path, workers: int,
                                                      batch_size: int) -> None:
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    single = annotate_archive(folder, one, batch_size=batch_size)
    multi = annotate_archive(folder, many, workers=workers, batch_size=batch_size)
    assert many.read_bytes() == one.read_bytes()
    assert len(one.read_bytes().splitlines()) == 41  # 40 stories and the blank one
    assert multi.failures == single.failures and len(single.failures) == 1
    assert (multi.annotated, multi.empty, multi.tokens, multi.people, multi.dates,
            multi.actions) == (single.annotated, single.empty, single.tokens, single.people,
                               single.dates, single.actions)


def test_workers_write_the_same_folder_and_events(annotator: Annotator, folder: Path,
                                                  tmp_path: Path) -> None:
    annotate_archive(folder, tmp_path / "one", events=tmp_path / "one.csv")
    annotate_archive(folder, tmp_path / "two", workers=2, events=tmp_path / "two.csv")
    names = sorted(path.relative_to(tmp_path / "one") for path in (tmp_path / "one").rglob("*"))
    assert names == sorted(path.relative_to(tmp_path / "two")
                           for path in (tmp_path / "two").rglob("*"))
    assert all((tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
               for name in names)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_a_serialised_result_says_what_its_record_says(annotator: Annotator) -> None:
    story = Story(id="s1", text="Chile recalled its ambassador to Peru on Monday.\n",
                  source="s1.txt")
    result = next(annotator.annotate_stories([story]))
    sent = pickle.loads(pickle.dumps(result.serialised()))
    assert sent.json_line() == to_json_line(result.record) == result.json_line()
    assert sent.record == result.record and not sent.failed
    assert sent.counts == result.counts == (0, 1, 1, False)
    assert sent.tokens == result.tokens == len(annotator.nlp.make_doc(result.record["text"]))


def test_a_failed_result_stays_failed_when_serialised() -> None:
    failed = Result("s2", "s2.txt", None, "s2.txt: not text")
    sent = pickle.loads(pickle.dumps(failed.serialised()))
    assert sent.failed and sent.record is None and sent.error == "s2.txt: not text"
    assert sent.counts == (0, 0, 0, False) and sent.tokens == 0


SUMMARY = re.compile(r"^annotated 41 of 42 stories in [\d.]+ s \(([\d.]+) stories/s, "
                     r"([\d,]+) tokens/s\): \d+ people, \d+ dates, \d+ actions; 1 empty; "
                     r"1 failed$", re.MULTILINE)


def test_batch_summary_gives_stories_and_tokens_per_second(folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(tmp_path / "out.jsonl"),
                                      "--workers", "2"])
    assert result.exit_code == 1  # the binary file failed
    assert result.stdout == ""
    match = SUMMARY.search(result.stderr)
    assert match, result.stderr
    assert float(match[1]) > 0 and int(match[2].replace(",", "")) > 0
