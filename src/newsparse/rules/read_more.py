"""Read-more markers ("READ MORE") and the related headlines listed under them."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import free_lines, is_title_like

# A related headline is a short line; anything longer is running text.
_MAX_LINK = 200


# A marker alone in its block may take this many one-line blocks under it.
_MAX_LINK_BLOCKS = 10
_MAX_LINK_WORDS = 25
# A sentence end with more after it: a paragraph, not a headline.
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’)]*\s")


def _links_below(doc: Document, block: Block) -> Iterator[Claim]:
    """The related links set one a block under a marker alone in its own.

    ``Read more:`` over blank-line separated headlines, as a page copies a
    list of links: each block of one short title-like line is a link; a
    sentence (an author's note), running text or a longer block ends the
    list.
    """
    pats = doc.patterns
    for below in doc.blocks[block.index + 1 : block.index + 1 + _MAX_LINK_BLOCKS]:
        if len(below.lines) != 1 or not doc.is_free(below) or len(below.span) > _MAX_LINK:
            return
        text = below.line_text(0)
        if (
            not is_title_like(text, max_words=_MAX_LINK_WORDS)
            or _SENTENCE_BREAK.search(text)  # "… Informationen. (dpa)": a paragraph's end
            or text.endswith(":")
            or pats.read_more_alone.match(text)
            or pats.read_more_inline.match(text)  # a marker of its own: "Read more: …"
        ):
            return
        yield Claim("related_link", below.span)


def read_more(doc: Document) -> Iterator[Claim]:
    """Claim read-more markers and their related links.

    A marker alone on its line (``READ MORE``, ``Mehr zum Thema``) takes the
    short, title-like lines right under it in its block as ``related_link``
    parts; the first line that reads as running text ends the list. An inline
    marker (``Read more: Some headline``) is a marker with that one link.
    """
    pats = doc.patterns
    for block in doc.blocks:
        lines = free_lines(doc, block)
        i = 0
        while i < len(lines):
            line = lines[i]
            text = doc.text(line)
            if len(text) > 400:
                i += 1
                continue
            alone = pats.read_more_alone.match(text)
            if alone is not None:
                yield Claim("read_more", line, {"label": alone.group("label")})
                i += 1
                first = i
                while (
                    i < len(lines)
                    and lines[i].start > line.end
                    and len(lines[i]) <= _MAX_LINK
                    and is_title_like(doc.text(lines[i]), max_words=25)
                    and not pats.read_more_alone.match(doc.text(lines[i]))
                ):
                    yield Claim("related_link", lines[i])
                    i += 1
                if i == first == len(lines) and line == block.lines[-1]:
                    yield from _links_below(doc, block)
                continue
            inline = pats.read_more_inline.match(text)
            if inline is not None and is_title_like(inline.group("link"), max_words=30):
                link_start = line.start + inline.start("link")
                yield Claim(
                    "read_more",
                    Span(line.start, link_start),
                    {"label": inline.group("label")},
                )
                yield Claim("related_link", Span(link_start, line.end))
            i += 1
