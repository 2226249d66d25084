"""The fallback: running text becomes body paragraphs."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import is_hard_wrapped, line_spans

_BULLET = regex.compile(r"[-–•*·▪][ ]")  # matched at a position, so no ^


def _bullet_runs(doc: Document, pieces: list[Span]) -> list[Span]:
    """Join consecutive bullet lines (`` - item``) into one paragraph: the list is one unit."""
    joined: list[Span] = []
    run = False
    for piece in pieces:
        bullet = _BULLET.match(doc.source, piece.start, piece.end) is not None
        if bullet and run and joined:
            joined[-1] = Span(joined[-1].start, piece.end)
        else:
            joined.append(piece)
        run = bullet
    return joined


def _drop_cap(doc: Document, piece: Span, following: Span | None) -> bool:
    """A lone capital on its own line, its word going on below: ``H`` / ``ong Kong is…``."""
    if following is None or len(piece) != 1 or not doc.text(piece).isupper():
        return False
    return doc.source[following.start].islower()


def paragraph(doc: Document) -> Iterator[Claim]:
    """Claim what is left as body paragraphs.

    A hard-wrapped block is one paragraph (its line breaks are wraps); in any
    other block each line is a paragraph, as in one-line-per-paragraph copy.
    A claim in the middle of a block splits the paragraph around it. A drop
    capital that a web page put on a line of its own joins its paragraph.
    """
    for block in doc.blocks:
        if is_hard_wrapped(doc, block):
            for span in doc.free_spans(block):
                yield Claim("paragraph", span)
            continue
        pieces = _bullet_runs(doc, line_spans(doc, block))
        i = 0
        while i < len(pieces):
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            if following is not None and _drop_cap(doc, pieces[i], following):
                yield Claim("paragraph", Span(pieces[i].start, following.end))
                i += 2
                continue
            yield Claim("paragraph", pieces[i])
            i += 1
