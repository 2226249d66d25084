"""The fallback: running text becomes body paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import (
    BULLET,
    ends_sentence,
    has_blank_line_layout,
    is_hard_wrapped,
    line_spans,
)

# The line that signs an embedded social post: "— Jane Roe (@jroe) November 15, 2019".
_POST_SIGNATURE = regex.compile(
    r"^\p{Pd}[ \u00a0]*[^\n]{1,80}\(@\w{1,30}\)[ \u00a0]+[^\n]{3,30}\d{4}$"
)


def _join(doc: Document, pieces: list[Span], belong: Callable[[Span, Span], bool]) -> list[Span]:
    """Join each piece to the one before when ``belong`` says so and no claim lies between."""
    joined: list[Span] = []
    for piece in pieces:
        if joined and belong(joined[-1], piece) and not doc.is_claimed(joined[-1].end, piece.start):
            joined[-1] = Span(joined[-1].start, piece.end)
        else:
            joined.append(piece)
    return joined


def _is_bullet(doc: Document, piece: Span) -> bool:
    return BULLET.match(doc.source, piece.start, piece.end) is not None


def paragraph(doc: Document) -> Iterator[Claim]:
    """Claim what is left as body paragraphs.

    A hard-wrapped block is one paragraph (its line breaks are wraps). In
    other blocks each line is a paragraph, as in one-line-per-paragraph copy,
    except for lines that belong together:

    - bullet lines (`` - item``) make one list;
    - in a document laid out with blank lines between paragraphs, the lines
      that share a block are one paragraph: a blank line is what ends a
      paragraph there, and single line breaks are a list's items or breaks
      inside the paragraph (as a browser copies ``<li>`` and ``<br>``); but
      a line with no sentence end after a sentence is a subhead, and starts
      a paragraph of its own, and so does a table (lines of tab-separated
      cells) and the line after it, and the line that signs an embedded
      social post (``— Jane Roe (@jroe) November 15, 2019``);
    - a drop capital a page put on a line of its own (``H`` / ``ong Kong is…``)
      joins its word.

    A claim in the middle of a block splits the paragraph around it.
    """
    blank_line_layout = has_blank_line_layout(doc)
    source = doc.source

    def belong(before: Span, piece: Span) -> bool:
        if _is_bullet(doc, before) and _is_bullet(doc, piece):
            return True
        if len(before) == 1 and source[before.start].isupper() and source[piece.start].islower():
            return True  # a drop capital
        if not blank_line_layout:
            return False
        # The paragraph so far may be long: read its last line only.
        last_start = max(before.start, source.rfind("\n", before.start, before.end) + 1)
        last_line = source[last_start : before.end]
        line = source[piece.start : piece.end]
        if ("\t" in last_line) != ("\t" in line):
            return False  # a table of tab-separated cells is a paragraph of its own
        if _POST_SIGNATURE.match(last_line) or _POST_SIGNATURE.match(line):
            return False  # an embedded post's signature stands alone
        # A sentence, then a line with no sentence end: the next section's subhead.
        return not ends_sentence(last_line) or ends_sentence(line)

    for block in doc.blocks:
        if is_hard_wrapped(doc, block):
            for span in doc.free_spans(block):
                yield Claim("paragraph", span)
            continue
        for span in _join(doc, line_spans(doc, block), belong):
            yield Claim("paragraph", span)
