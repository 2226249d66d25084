"""Batch runs: many articles, in input order, on every core.

:func:`parse_many` parses an iterable of texts and yields articles in input
order. With ``jobs > 1`` the work goes to worker processes in chunks, with a
bounded number of chunks in flight, so memory stays flat however long the
input is. The parser is pure and picklable, which is all a worker needs.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeVar

from newsparse.model import Article
from newsparse.parser import Parser, _default_parser

__all__ = ["map_ordered", "parse_many", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: enough to keep every worker busy, few enough
# that a long input is never read far ahead.
_IN_FLIGHT_PER_JOB = 4


def resolve_jobs(jobs: int) -> int:
    """The number of workers ``jobs`` asks for: 0 means every core.

    Raises:
        ValueError: ``jobs`` is negative.
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (every core) or more; got {jobs}")
    return (os.cpu_count() or 1) if jobs == 0 else jobs


def _quiet_worker() -> None:
    # Ctrl-C goes to the whole process group; the parent handles it and ends
    # the workers, so they ignore it rather than print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _apply_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def map_ordered(
    func: Callable[[T], R], items: Iterable[T], *, jobs: int = 1, chunksize: int = 16
) -> Iterator[R]:
    """Yield ``func(item)`` for each item, in input order, using ``jobs`` processes.

    ``func`` and the items must pickle when ``jobs > 1``. If the consumer
    stops early or is interrupted, the workers are ended.

    Raises:
        ValueError: ``jobs`` is negative or ``chunksize`` is below 1.
    """
    workers = resolve_jobs(jobs)
    if chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more; got {chunksize}")
    if workers == 1:
        yield from map(func, items)
        return
    chunks = _chunks(items, chunksize)
    pool: Pool = multiprocessing.get_context().Pool(workers, initializer=_quiet_worker)
    try:
        pending: deque[AsyncResult[list[R]]] = deque()
        for chunk in itertools.islice(chunks, workers * _IN_FLIGHT_PER_JOB):
            pending.append(pool.apply_async(_apply_chunk, (func, chunk)))
        while pending:
            done = pending.popleft().get()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.apply_async(_apply_chunk, (func, nxt)))
            yield from done
        pool.close()
    finally:
        pool.terminate()
        pool.join()


class _Parse:
    """A picklable callable that parses with one parser (the default when None)."""

    def __init__(self, parser: Parser | None) -> None:
        self.parser = parser

    def __call__(self, text: str) -> Article:
        return (self.parser or _default_parser()).parse(text)


def parse_many(
    texts: Iterable[str], *, jobs: int = 1, parser: Parser | None = None, chunksize: int = 16
) -> Iterator[Article]:
    r"""Parse many texts; yield their articles in input order.

    Args:
        texts: the articles as ``str``; any iterable, read lazily.
        jobs: worker processes; 1 parses here, 0 uses every core.
        parser: the parser to use; the default parser when None.
        chunksize: how many texts go to a worker at a time.

    Examples:
        >>> import newsparse
        >>> [a.headline.text for a in newsparse.parse_many(["First title\n\nBody.", "Second one"])]
        ['First title', 'Second one']

    Raises:
        TypeError: a text is not a ``str``.
        ValueError: ``jobs`` is negative.
    """
    return map_ordered(_Parse(parser), texts, jobs=jobs, chunksize=chunksize)
