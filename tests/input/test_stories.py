"""Reading stories: files, folders, JSONL, bad input reported per story."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.errors import AnnotateError, UsageError
from annotate.input.decoding import decode_bytes
from annotate.input.stories import STORY_SUFFIXES, Story, StoryError, iter_stories, parse_date
from annotate.input.walk import walk_story_files


def test_folder_walk_is_recursive_sorted_and_skips_dotfiles(tmp_path: Path) -> None:
    for name in ("b.txt", "a/c.md", "a/.hidden.txt", ".git/x.txt", "notes.csv", "z.jsonl"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in walk_story_files(tmp_path, STORY_SUFFIXES)] == [
        "a/c.md", "b.txt", "z.jsonl"]


def test_jsonl_lines_become_stories_and_bad_lines_errors(tmp_path: Path) -> None:
    archive = tmp_path / "wire.jsonl"
    archive.write_text("\n".join([
        json.dumps({"id": "s1", "text": "One.", "date": "2026-03-04", "extra": 1}),
        "{not json",
        json.dumps({"id": "s3"}),
        json.dumps({"id": "s4", "text": "Four.", "date": "March 4"}),
        json.dumps({"text": "No id."}),
    ]) + "\n")
    items = list(iter_stories(archive))
    assert [type(i).__name__ for i in items] == ["Story", "StoryError", "StoryError",
                                                "StoryError", "Story"]
    assert items[0].date.isoformat() == "2026-03-04" and items[0].date_origin == "input"
    assert items[4].id == "wire:5"


def test_latin_1_file_is_decoded_and_a_binary_one_is_a_story_error(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in S\xe3o Paulo.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    binary, latin1 = list(iter_stories(tmp_path))
    assert isinstance(binary, StoryError) and "binary" in binary.message
    assert isinstance(latin1, Story) and latin1.text == "Caf\xe9 talks in S\xe3o Paulo."
    assert latin1.encoding == "iso-8859-1"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        list(iter_stories(tmp_path / "nope"))


def test_bad_date_is_one_clear_message() -> None:
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        parse_date("04/03/2026")


@given(st.binary(max_size=200))
def test_decode_either_returns_text_or_raises_annotate_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "x").text, str)
    except AnnotateError as error:
        assert "x:" in error.message


def test_story_ids_mirror_the_input_tree(tmp_path: Path) -> None:
    (tmp_path / "europe").mkdir()
    (tmp_path / "europe" / "paris.txt").write_text("A story.")
    (story,) = list(iter_stories(tmp_path))
    assert isinstance(story, Story)
    assert (story.id, story.output_name) == ("europe/paris", "europe/paris.json")


def test_jsonl_is_read_line_by_line_and_a_bad_line_fails_alone(tmp_path: Path) -> None:
    archive = tmp_path / "wire.jsonl"
    good = json.dumps({"id": "a", "text": "Line\u2028separator inside a story."}).encode()
    latin1 = b"{\"id\": \"b\", \"text\": \"caf\xe9\"}"
    archive.write_bytes(b"\n".join([good, latin1, b"{\"id\": \"c\", \"te", good]) + b"\n")
    items = list(iter_stories(archive))
    assert [type(i).__name__ for i in items] == ["Story", "Story", "StoryError", "Story"]
    assert items[0].text == "Line\u2028separator inside a story."
    assert (items[1].text, items[1].encoding) == ("caf\xe9", "iso-8859-1")
    assert items[2].source.endswith("wire.jsonl:3") and "not valid JSON" in items[2].message


def test_binary_jsonl_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "blob.jsonl").write_bytes(b"\x00\x01\n" * 50)
    (item,) = list(iter_stories(tmp_path / "blob.jsonl"))
    assert isinstance(item, StoryError) and "binary" in item.message
