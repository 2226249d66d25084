"""Lines and blocks over the unchanged source.

Nothing here copies or edits the text: a line and a block are offsets into it.
A *block* is the unit a claim must stay inside. Blocks are runs of non-blank
lines; old wire copy, whose paragraphs are marked by an indent rather than a
blank line, is split before each indented line.
"""

from __future__ import annotations

import bisect

import regex
from attrs import field, frozen

from newsparse.model import Span

__all__ = ["Block", "blocks_of", "line_spans"]

# Every line break the parser knows: CRLF first so that it counts once.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\u0085]")

# A wire paragraph starts with a line indented by two or more spaces (or a tab).
_WIRE_INDENT = 2


def line_spans(source: str) -> list[tuple[int, int]]:
    r"""Return ``(start, end)`` of every line, without its line break.

    Examples:
        >>> line_spans("a\r\nb\rc\u2028d")
        [(0, 1), (3, 4), (5, 6), (7, 8)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    if not any(brk in source for brk in _OTHER_BREAKS):
        # Most texts break lines with "\n" alone: str.split finds them faster.
        for line in source.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        if len(spans) > 1 and spans[-1][0] == len(source):
            spans.pop()  # the text ends with a break: no empty line after it
        return spans
    for match in LINE_BREAK.finditer(source):
        spans.append((start, match.start()))
        start = match.end()
    if start < len(source) or not spans:
        spans.append((start, len(source)))
    return spans


# The line breaks other than "\n".
_OTHER_BREAKS = ("\r", "\u2028", "\u2029", "\u0085")


@frozen(repr=False)
class Block:
    """A run of lines that belong together; claims never cross a block.

    ``lines`` are the block's lines with the whitespace at their ends
    trimmed, ``span`` runs from the first line's first character to the last
    line's last one, and ``index`` is the block's position in the document.
    """

    index: int
    span: Span
    lines: tuple[Span, ...]
    source: str = field(eq=False)

    @property
    def text(self) -> str:
        """The block's stretch of the source, line breaks included."""
        return self.source[self.span.start : self.span.end]

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def follows(self, before: Span, after: Span) -> bool:
        """True when line ``after`` comes right after line ``before`` in this block."""
        i = bisect.bisect_left(self.lines, before.start, key=_start)  # lines are in order
        return i + 1 < len(self.lines) and self.lines[i] == before and self.lines[i + 1] == after

    def line_before(self, span: Span) -> Span | None:
        """The block's last line that ends before ``span`` starts, if any."""
        i = bisect.bisect_left(self.lines, span.start, key=_start)  # lines are in order
        return self.lines[i - 1] if i > 0 else None

    def line_after(self, span: Span) -> Span | None:
        """The block's first line that starts after ``span`` ends, if any."""
        i = bisect.bisect_right(self.lines, span.end, key=_start)  # lines are in order
        return self.lines[i] if i < len(self.lines) else None

    def line_index(self, pos: int) -> int:
        """The index of the block's line that holds (or last starts before) ``pos``."""
        return max(0, bisect.bisect_right(self.lines, pos, key=_start) - 1)

    def line_text(self, i: int) -> str:
        """The text of the block's ``i``-th line."""
        line = self.lines[i]
        return self.source[line.start : line.end]

    def __repr__(self) -> str:
        first = self.line_text(0)
        return (
            f"<Block {self.index} {self.start}:{self.end} {len(self.lines)} lines {first[:40]!r}>"
        )


def _start(span: Span) -> int:
    return span.start


def blocks_of(source: str) -> tuple[Block, ...]:
    r"""Split ``source`` into blocks.

    Examples:
        >>> [b.text for b in blocks_of("Title\n\nOne\ntwo\n\n\nThree")]
        ['Title', 'One\ntwo', 'Three']
        >>> wire = "CITY - First line\nwraps here.\n    Second paragraph\nwraps too."
        >>> [b.text for b in blocks_of(wire)]
        ['CITY - First line\nwraps here.', 'Second paragraph\nwraps too.']
    """
    runs: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    for start, end in line_spans(source):
        line = source[start:end]
        stripped = line.lstrip()
        if not stripped:
            if current:
                runs.append(current)
                current = []
            continue
        first = start + len(line) - len(stripped)
        indent = len(line) - len(line.lstrip(" \t"))
        current.append((first, first + len(stripped.rstrip()), indent))
    if current:
        runs.append(current)

    blocks: list[Block] = []
    for run in runs:
        for piece in _split_wire_paragraphs(run):
            lines = tuple(Span(s, e) for s, e, _ in piece)
            blocks.append(Block(len(blocks), Span(lines[0].start, lines[-1].end), lines, source))
    return tuple(blocks)


def _split_wire_paragraphs(
    run: list[tuple[int, int, int]],
) -> list[list[tuple[int, int, int]]]:
    """Split a run of lines before each line indented deeper than the run's margin.

    Old wire copy marks a paragraph with an indent and no blank line. A run
    whose lines are all indented alike (a quoted or pasted block) is one
    paragraph, so only an indent deeper than the shallowest line counts.
    """
    if len(run) < 2:
        return [run]
    margin = min(indent for _, _, indent in run)
    pieces: list[list[tuple[int, int, int]]] = [[run[0]]]
    for line in run[1:]:
        if line[2] >= margin + _WIRE_INDENT:
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return pieces
