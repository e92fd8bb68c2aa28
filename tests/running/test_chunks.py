"""How a stream of stories is cut into chunks for worker processes: whole chunks while it
lasts, its end in smaller ones, nothing lost or reordered."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.running.engines import TAIL_CHUNKS, TAIL_MIN, _chunks


@given(st.integers(0, 300), st.integers(1, 40), st.integers(1, 6))
def test_chunks_keep_every_item_in_order(count: int, size: int, workers: int) -> None:
    chunks = list(_chunks(iter(range(count)), size, workers))
    assert [item for chunk in chunks for item in chunk] == list(range(count))
    assert all(0 < len(chunk) <= size for chunk in chunks)
    assert all(len(chunk) >= min(size, TAIL_MIN) for chunk in chunks[:-1])


@given(st.integers(0, 300), st.integers(1, 40))
def test_one_worker_gets_whole_chunks(count: int, size: int) -> None:
    sizes = [len(chunk) for chunk in _chunks(range(count), size, 1)]
    assert all(length == size for length in sizes[:-1])


def test_the_end_of_the_stream_goes_out_in_smaller_chunks() -> None:
    sizes = [len(chunk) for chunk in _chunks(range(183), 12, 2)]
    whole = sizes.index(next(length for length in sizes if length < 12))
    assert set(sizes[:whole]) == {12}
    tail = sizes[whole:]
    assert max(tail) < 12 and min(tail) >= TAIL_MIN
    assert 24 <= sum(tail) < 36  # what is held beyond the last whole chunk: under three chunks
    assert len(tail) >= 2 * TAIL_CHUNKS - 1  # about TAIL_CHUNKS for each of the two workers


def test_the_stream_is_read_only_a_few_chunks_ahead() -> None:
    read: list[int] = []

    def stream():
        for number in range(1000):
            read.append(number)
            yield number

    chunks = _chunks(stream(), 10, 2)
    first = next(chunks)
    assert first == list(range(10)) and len(read) == 30
