"""The readers of models/: the whole-file readers give what a reader line by line gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate import resources
from annotate.resources import models_dir, read_column, read_fields, read_groups, read_table


def _table_line_by_line(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if columns is None:
                columns = [field.strip() for field in fields]
                continue
            fields += [""] * (len(columns) - len(fields))
            rows.append({column: value.strip() for column, value in zip(columns, fields)})
    return rows


def _column_line_by_line(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        rows = [line.split("\t", 1)[0].rstrip("\n") for line in lines
                if line[:1] not in ("#", "\n")]
    return rows[1:]


TABLES = sorted(path.name for path in models_dir().glob("*.tsv"))


@pytest.mark.parametrize("name", TABLES)
def test_every_table_reads_as_line_by_line(name: str) -> None:
    path = models_dir() / name
    assert read_table(name) == _table_line_by_line(path)
    assert read_column(name) == _column_line_by_line(path)
    assert read_column(name, lower=True) == [word.lower() for word in _column_line_by_line(path)]
    rows = _table_line_by_line(path)
    columns = list(rows[0]) if rows else []
    assert read_fields(name, *columns) == [tuple(row.values()) for row in rows]
    assert read_fields(name, *columns[::-1]) == [tuple(row.values())[::-1] for row in rows]


ODD_FILES = {
    "empty": "",
    "header only": "# what the table holds\nname\trank\n",
    "comment and blank lines among the rows": "# header\nname\trank\nSmith\t1\n\n# note\nJones\t2",
    "old line ends": "word\nWells\r\nHart\rLowe\n\n",
    "short, long and blank-looking rows": "a\tb\tc\n x \t y\nsolo\n  \n1\t2\t3\t4\n",
    "blank lines before the column names": "\n\nname\tkind\n\tempty first field\nLee\n",
}


@pytest.mark.parametrize("content", ODD_FILES.values(), ids=ODD_FILES.keys())
def test_odd_files_read_as_line_by_line(content: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "odd.tsv").write_text(content, encoding="utf-8", newline="")
    monkeypatch.setattr(resources, "models_dir", lambda: tmp_path)
    assert read_table("odd.tsv") == _table_line_by_line(tmp_path / "odd.tsv")
    assert read_column("odd.tsv") == _column_line_by_line(tmp_path / "odd.tsv")
    rows = _table_line_by_line(tmp_path / "odd.tsv")
    if rows:
        assert read_fields("odd.tsv", *rows[0]) == [tuple(row.values()) for row in rows]


def test_read_fields_names_a_missing_column() -> None:
    with pytest.raises(ValueError):
        read_fields("valence.tsv", "word", "no such column")


def test_read_column_keeps_file_order_and_first_field() -> None:
    assert read_column("surnames.tsv")[:3] == ["Smith", "Johnson", "Williams"]
    assert read_column("surnames.tsv", lower=True)[:2] == ["smith", "johnson"]


def test_read_groups_gathers_a_column_by_another() -> None:
    rows = read_table("prospective.tsv")
    groups = read_groups("prospective.tsv", "frame", "word")
    assert set(groups) == {row["frame"] for row in rows}
    assert groups["adjective"] == {row["word"] for row in rows if row["frame"] == "adjective"}
    assert "poised" in groups["adjective"] and "verge" in groups["noun"]
