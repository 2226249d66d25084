"""The ``newsparse`` command: parse article files and print their structure.

Inputs are files, directories (their ``*.txt`` files, recursively) or ``-``
for standard input; with ``--jsonl-in FIELD`` each input is JSON Lines and
``record[FIELD]`` is parsed. Every input that cannot be read gets one line
on standard error naming it, and the others are still processed.

Exit codes: 0 when every input parsed, 1 when any input failed, 2 for a
usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple

from attrs import frozen

from newsparse import __version__
from newsparse.batch import map_ordered, resolve_jobs
from newsparse.lexicon import LANGUAGES
from newsparse.parser import Parser
from newsparse.render import FORMATS, explain, render

__all__ = ["main", "read_input"]

# A progress bar is drawn for at least this many inputs, and only on a terminal.
_PROGRESS_MIN = 20


class InputError(Exception):
    """An input that could not be read; the message is one line that names it."""


def read_input(name: str, encoding: str = "utf-8") -> str:
    """Read one input, ``-`` being standard input.

    Raises:
        InputError: the input is missing, unreadable, a directory, or not
            text in ``encoding``; the message names it and, for bad bytes,
            the byte offset.
    """
    codec = "utf-8-sig" if encoding.replace("_", "-").lower() in ("utf-8", "utf8") else encoding
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {encoding} at byte offset {exc.start}: {exc.reason}"
        ) from None
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None


class _Job(NamedTuple):
    """One unit of work: a file to read, or a text already read (stdin, JSON Lines).

    Jobs and results are plain tuples: they cross to the workers and back,
    and tuples pickle fastest.
    """

    name: str
    text: str | None = None
    error: str | None = None


class _Done(NamedTuple):
    """What a worker sends back: the rendered output, or an error, and any warning."""

    name: str
    output: str | None = None
    error: str | None = None
    warning: str | None = None


@frozen
class _Work:
    """The picklable function a worker runs on each job."""

    parser: Parser
    fmt: str
    explain: bool
    encoding: str

    def __call__(self, job: _Job) -> _Done:
        if job.error is not None:
            return _Done(job.name, error=job.error)
        try:
            text = job.text if job.text is not None else read_input(job.name, self.encoding)
        except InputError as exc:
            return _Done(job.name, error=str(exc))
        warning = f"{job.name}: empty input" if not text.strip() else None
        article = self.parser.parse(text)
        output = explain(article, job.name) if self.explain else render(article, self.fmt, job.name)
        return _Done(job.name, output=output, warning=warning)


def _expand(names: Sequence[str]) -> Iterator[str]:
    """Expand directories to their ``*.txt`` files, recursively and sorted."""
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                _say(f"warning: {name}: no .txt files in this directory")
            yield from (str(p) for p in found)
        else:
            yield name


def _jsonl_jobs(names: Sequence[str], field: str, encoding: str) -> Iterator[_Job]:
    """One job per JSON Lines record; a bad line is a job that carries its error."""
    for name in _expand(names):
        try:
            text = read_input(name, encoding)
        except InputError as exc:
            yield _Job(name, error=str(exc))
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _Job(where, error=f"{name}: line {number}: not valid JSON: {exc.msg}")
                continue
            value = record.get(field) if isinstance(record, dict) else None
            if not isinstance(value, str):
                yield _Job(where, error=f"{name}: line {number}: no text field {field!r}")
                continue
            yield _Job(where, text=value)


def _jobs(args: argparse.Namespace) -> Iterator[_Job]:
    if args.jsonl_in:
        yield from _jsonl_jobs(args.inputs, args.jsonl_in, args.encoding)
        return
    for name in _expand(args.inputs):
        if name == "-":
            try:
                yield _Job("-", text=read_input("-", args.encoding))
            except InputError as exc:
                yield _Job("-", error=str(exc))
        else:
            yield _Job(name)


def _say(message: str) -> None:
    print(f"newsparse: {message}", file=sys.stderr)


class _Progress:
    """A progress line on standard error, drawn only when it is a terminal."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.done = 0
        self.on = bool(total and total >= _PROGRESS_MIN and sys.stderr.isatty())

    def step(self) -> None:
        self.done += 1
        if self.on and self.total:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "." * (width - filled)
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse plain-text news articles into headline, standfirst, byline, "
        "dateline, captions, body, read-more links and credits.",
        epilog="Exit codes: 0 all parsed, 1 an input failed, 2 usage error, 130 interrupted.",
    )
    ap.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files, directories (their *.txt files) or - for standard input",
    )
    ap.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format")
    ap.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    ap.add_argument(
        "--encoding", default="utf-8", help="encoding of the inputs (default utf-8; a BOM is fine)"
    )
    ap.add_argument(
        "--explain", action="store_true", help="list each part with the rule that made it"
    )
    ap.add_argument(
        "--jsonl-in",
        metavar="FIELD",
        help="read the inputs as JSON Lines and parse each record's FIELD",
    )
    ap.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: every core); output keeps input order",
    )
    ap.add_argument(
        "--languages",
        metavar="CODES",
        help=f"comma-separated language packs (default: all of {','.join(LANGUAGES)})",
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return ap


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    languages = args.languages.split(",") if args.languages else None
    try:
        parser = Parser.default(languages)
        jobs = resolve_jobs(args.jobs)
    except ValueError as exc:
        _say(f"error: {exc}")
        return 2
    work = _Work(parser, args.format, args.explain, args.encoding)
    items = list(_jobs(args)) if not args.jsonl_in else _jobs(args)
    progress = _Progress(len(items) if isinstance(items, list) else None)
    failed = 0
    for done in map_ordered(work, items, jobs=jobs, chunksize=32):
        progress.step()
        if done.error is not None:
            _say(f"error: {done.error}")
            failed += 1
            continue
        if done.warning is not None:
            _say(f"warning: {done.warning}")
        out.write(done.output or "")
        out.write("\n")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code."""
    args = _arguments().parse_args(argv)
    if args.jobs < 0:
        _arguments().error(f"--jobs must be 0 (every core) or more; got {args.jobs}")
    try:
        if args.output:
            try:
                with Path(args.output).open(
                    "w", encoding="utf-8", errors="backslashreplace"
                ) as out:
                    return _run(args, out)
            except OSError as exc:
                _say(f"error: {args.output}: cannot write: {exc.strerror or exc}")
                return 1
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(errors="backslashreplace")
        code = _run(args, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`newsparse big.txt | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    raise SystemExit(main())
