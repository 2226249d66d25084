"""The standfirst: the summary under the headline."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import body_after, dateline_opens
from newsparse.rules._shape import (
    ends_full_stop,
    ends_sentence,
    has_blank_line_layout,
    is_hard_wrapped,
    word_count,
)

# Lines this short under a headline are page furniture ("Editorial", "New, 6 comments").
_META_WORDS = 5

# Kinds that may follow a standfirst that ends with a full stop.
_HEAD_KINDS = ("byline", "timestamp", "caption", "boilerplate")

# A sentence this long under the byline, over a photo or a share row, is a
# lede, not a summary.
_LEDE_WORDS = 15

# How many lines under the headline the standfirst is looked for in.
_STANDFIRST_LINES = 12


def _lines_after(doc: Document, span: Span) -> Iterator[tuple[Span, str | None]]:
    """The lines after ``span``, each with the kind claimed on it (None when free)."""
    block = doc.block_at(span.start)
    if block is None:
        return
    for blk in doc.blocks[block.index :]:
        claims = doc.claims(blk)
        for line in blk.lines:
            if line.start <= span.start:
                continue
            kind = next(
                (c.kind for c in claims if c.span.start < line.end and line.start < c.span.end),
                None,
            )
            yield line, kind


def _head_line_after(doc: Document, following: tuple[Span, str | None]) -> bool:
    """A head line under a standfirst: a byline, time, caption or furniture, or a place.

    A place alone in capitals, a town and its country or state (``BAAR,
    SWITZERLAND``), is a press release's dateline set on its own line; a
    subhead in capitals (``WHAT HAPPENS NEXT``) is the story's, and the
    sentence over it its lede.
    """
    line, kind = following
    if kind is not None:
        return kind in _HEAD_KINDS
    text = doc.text(line)
    return (
        word_count(text) <= _META_WORDS
        and "," in text
        and text.isupper()
        and not ends_sentence(text)
    )


def _over_advert(doc: Document, following: tuple[Span, str | None]) -> bool:
    """Whether the line under a sentence breaks the story for an advert.

    The story goes on under the advert, so the sentence over it is the lede.
    """
    line, kind = following
    return kind == "boilerplate" and doc.patterns.ad_break.match(doc.text(line)) is not None


def _closes_head_block(doc: Document, line: Span) -> bool:
    """The line is the last of a block that holds the headline or its byline or time.

    In a page laid out with blank lines between paragraphs, the lines set
    under the headline with no blank line between are its head; the body
    starts after the blank line.
    """
    block = doc.block_at(line.start)
    if block is None or not has_blank_line_layout(doc) or block.lines[-1] != line:
        return False
    return any(c.kind in ("headline", "byline", "timestamp") for c in doc.claims(block))


def standfirst(doc: Document) -> Iterator[Claim]:
    """Claim the standfirst: the summary under the headline.

    It is the first line under the headline (past any short furniture lines)
    that holds a sentence or two. A line that does not end with a full stop
    is a standfirst when it comes before any byline or timestamp (after them
    it is the lead image's caption). One that does end with a stop is a
    standfirst only when it does not run straight into the body; otherwise it
    is the lede.
    """
    head = next((c for c in doc.claims() if c.kind == "headline"), None)
    if head is None:
        return
    lines = _lines_after(doc, head.span)
    after_byline = False
    for count, (first_line, kind) in enumerate(lines):
        line = first_line
        if count >= _STANDFIRST_LINES:
            return
        if kind is not None:
            if kind in ("byline", "timestamp"):
                after_byline = True
            elif kind not in ("boilerplate", "kicker"):
                return
            continue
        block = doc.block_at(line.start)
        if block is not None and len(block.lines) > 1 and is_hard_wrapped(doc, block):
            # A wrapped paragraph is one candidate, whole.
            if not doc.is_free(block) or line.start != block.start:
                return
            line = block.span
            for skipped in lines:
                if skipped[0].end >= block.end:
                    break
        text = doc.text(line)
        words = word_count(text)
        if words <= _META_WORDS and not ends_full_stop(text):
            continue
        if not 6 <= words <= 90 or len(text) > 700 or dateline_opens(doc.patterns, text):
            return
        if text.startswith(("(", "[")) and text.endswith((")", "]")):
            return  # a bracketed note ("(after extra time)") is body, not a summary
        if text.endswith(":"):
            return  # a line that leads in to what follows ("Pick your topic:") sums up nothing
        following = next(lines, None)
        if ends_full_stop(text):
            if not _closes_head_block(doc, line) and (
                following is None
                or not _head_line_after(doc, following)
                # a sentence over an advert is the lede: the story goes on under it
                or _over_advert(doc, following)
                # under the byline, so is a long sentence over a share row or a photo
                or (
                    after_byline
                    and following[1] in ("boilerplate", "caption")
                    and words >= _LEDE_WORDS
                )
            ):
                return  # the whole story, or a lede that runs straight into the body
        elif after_byline and (following is None or following[1] != "caption"):
            # under the byline, a line with no stop is the lead image's caption,
            # unless that caption stands under it
            return
        if not body_after(doc, line):
            return  # nothing but furniture follows: this is the story, not its summary
        yield Claim("standfirst", line)
        return
