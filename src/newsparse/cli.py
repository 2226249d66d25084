"""The ``newsparse`` command: parse article files and print their structure.

Exit codes: 0 when every input parsed, 1 when any input could not be read,
2 for a usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from newsparse import __version__
from newsparse.model import Article, ReadMore
from newsparse.parser import Parser

__all__ = ["main", "render"]

FORMATS = ("text", "json", "jsonl", "markdown")


class InputError(Exception):
    """An input that could not be read; the message is one line that names it."""


def _inputs(names: Sequence[str]) -> Iterator[str]:
    """Expand directories to their ``*.txt`` files, recursively and sorted."""
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                print(
                    f"newsparse: warning: {name}: no .txt files in this directory", file=sys.stderr
                )
            yield from (str(p) for p in found)
        else:
            yield name


def read_input(name: str, encoding: str) -> str:
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


def _first_words(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render_text(article: Article, name: str) -> str:
    """A readable summary of the parts, one line each."""
    lines = [f"== {name}"]
    if article.headline:
        lines.append(f"headline       {article.headline.text}")
    if article.standfirst:
        lines.append(f"standfirst     {article.standfirst.text}")
    if article.byline:
        lines.append(f"byline         {article.byline.text}")
    if article.dateline:
        lines.append(f"dateline       {article.dateline.text}")
    for caption in article.captions:
        credit = f" [{caption.credit.text}]" if caption.credit else ""
        repeats = f" (+{len(caption.repeats)} repeat)" if caption.repeats else ""
        lines.append(f"caption        {_first_words(caption.text)}{credit}{repeats}")
    markers = {m.index: m for m in article.read_more}
    for i, paragraph in enumerate(article.body):
        if i in markers:
            lines.append(_marker_line(markers.pop(i)))
        lines.append(f"paragraph {i + 1:<4} {_first_words(paragraph.text)}")
    lines.extend(_marker_line(m) for m in markers.values())
    if article.contributors:
        lines.append(f"contributors   {article.contributors.text}")
    if article.agency_credit:
        lines.append(f"agency_credit  {article.agency_credit.text}")
    if not article.parts:
        lines.append("(empty)")
    return "\n".join(lines)


def _marker_line(marker: ReadMore) -> str:
    links = "; ".join(marker.links)
    return f"read_more      {marker.label} (index {marker.index})" + (f": {links}" if links else "")


def render_explain(article: Article, name: str) -> str:
    """Each part's kind, rule, span and first words: to see which rule made what."""
    lines = [f"== {name}", f"{'kind':<14} {'rule':<14} {'span':<13} text"]
    for part in article.parts:
        span = f"{part.span.start}:{part.span.end}"
        lines.append(f"{part.kind:<14} {part.rule:<14} {span:<13} {_first_words(part.text, 50)}")
    return "\n".join(lines)


def render_markdown(article: Article) -> str:
    """The article as Markdown: heading, standfirst, figures, body, links, credits."""
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline.text}")
    if article.standfirst:
        out.append(f"*{article.standfirst.text}*")
    if article.byline or article.dateline:
        out.append(" · ".join(v.text for v in (article.byline, article.dateline) if v))
    for caption in article.captions:
        credit = f" ({caption.credit.text})" if caption.credit else ""
        out.append(f"> **Figure:** {caption.text}{credit}".rstrip())
    markers = {m.index: m for m in article.read_more}
    for i, paragraph in enumerate(article.body):
        if i in markers:
            out.append(_markdown_marker(markers.pop(i)))
        out.append(paragraph.text)
    out.extend(_markdown_marker(m) for m in markers.values())
    if article.contributors:
        out.append(f"*{article.contributors.text}*")
    if article.agency_credit:
        out.append(f"— {article.agency_credit.text}")
    return "\n\n".join(out) + "\n"


def _markdown_marker(marker: ReadMore) -> str:
    lines = [f"**{marker.label}**"] + [f"- {link}" for link in marker.links]
    return "\n".join(lines)


def render(article: Article, name: str, fmt: str, *, explain: bool = False) -> str:
    """Render one article in the format named (``text``, ``json``, ``jsonl``, ``markdown``)."""
    if explain:
        return render_explain(article, name)
    if fmt == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return json.dumps({"input": name, **article.to_dict()}, ensure_ascii=False)
    if fmt == "markdown":
        return render_markdown(article)
    return render_text(article, name)


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse plain-text news articles into headline, standfirst, byline, "
        "dateline, captions, body, read-more links and credits.",
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
        "--encoding",
        default="utf-8",
        help="encoding of the inputs (default utf-8; a BOM is accepted)",
    )
    ap.add_argument(
        "--explain", action="store_true", help="list each part with the rule that made it"
    )
    ap.add_argument(
        "--languages",
        metavar="CODES",
        help="comma-separated language packs to use, e.g. en,de (default: all)",
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return ap


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    languages = args.languages.split(",") if args.languages else None
    try:
        parser = Parser.default(languages)
    except ValueError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return 2
    failed = 0
    for name in _inputs(args.inputs):
        try:
            text = read_input(name, args.encoding)
        except InputError as exc:
            print(f"newsparse: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        if not text.strip():
            print(f"newsparse: warning: {name}: empty input", file=sys.stderr)
        article = parser.parse(text)
        out.write(render(article, name, args.format, explain=args.explain))
        out.write("\n")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code."""
    args = _arguments().parse_args(argv)
    try:
        if args.output:
            try:
                with open(args.output, "w", encoding="utf-8") as out:  # noqa: PTH123
                    return _run(args, out)
            except OSError as exc:
                print(
                    f"newsparse: error: {args.output}: cannot write: {exc.strerror}",
                    file=sys.stderr,
                )
                return 1
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
