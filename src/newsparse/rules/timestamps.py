"""Publication-time lines: in the head, flattened into the first paragraph, or set alone below."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import first_free, head_blocks, is_timestamp
from newsparse.rules._shape import free_lines, has_blank_line_layout, is_wrapped_paragraph


def timestamp(doc: Document) -> Iterator[Claim]:
    """Claim publication-time lines in the article's head.

    Consecutive time lines in one block (``Published`` / ``17 September 2023``)
    are one part. A flattened header time (``PUBLISHED: . 14:11 EST …``) at the
    start of the first paragraph is claimed too.
    """
    pats = doc.patterns
    head = head_blocks(doc)
    for block in head:
        if is_wrapped_paragraph(doc, block):
            continue  # a wrapped paragraph's lines are not lines of their own
        run: list[Span] = []
        for line in free_lines(doc, block):
            if is_timestamp(pats, doc.text(line)):
                if run and block.follows(run[-1], line):
                    run.append(line)
                    continue
                if run:
                    yield Claim("timestamp", Span(run[0].start, run[-1].end))
                run = [line]
            elif run:
                yield Claim("timestamp", Span(run[0].start, run[-1].end))
                run = []
        if run:
            yield Claim("timestamp", Span(run[0].start, run[-1].end))
    first = first_free(doc)
    if first is not None:
        _, span = first
        flat = pats.timestamp_flat.match(doc.source, span.start, min(span.end, span.start + 400))
        if flat is not None and flat.end() < span.end and not _overlaps_head_claims(doc, span):
            yield Claim("timestamp", Span(span.start, flat.end()))
    yield from _late_timestamps(doc, len(head))


# A page's time line has a year or a clock time; "Pay May 1" in a dividend
# notice has neither.
_YEAR_OR_CLOCK = regex.compile(r"\b\d{4}\b|\b\d{1,2}[:.]\d{2}\b")


def _late_timestamps(doc: Document, after: int) -> Iterator[Claim]:
    """Time lines set alone below the head: "First published on May 2, 2024 / 8:16 AM".

    A line of its own block that is only a date (it opens with a time word,
    or names a month or a weekday with a year or a clock time), in a page
    laid out with blank lines, is the page's time stamp wherever it stands; a
    bare figure or clock time is left alone.
    """
    if not has_blank_line_layout(doc):
        return
    pats = doc.patterns
    for block in doc.blocks[after:]:
        if len(block.lines) != 1 or not doc.is_free(block) or len(block.span) > _LATE_STAMP:
            continue
        text = block.line_text(0)
        if not is_timestamp(pats, text):
            continue
        dated = pats.timestamp_word.match(text) or (
            any(w.casefold().rstrip(".,") in pats.calendar_words for w in text.split())
            and _YEAR_OR_CLOCK.search(text) is not None
        )
        if dated:
            yield Claim("timestamp", block.span)


def _overlaps_head_claims(doc: Document, span: Span) -> bool:
    return any(
        c.kind == "timestamp" and c.span.start <= span.start < c.span.end
        for c in doc.claims(doc.block_at(span.start))
    )


# A time line below the head is short.
_LATE_STAMP = 80
