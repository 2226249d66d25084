"""Read-more markers ("READ MORE") and the related headlines listed under them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import is_timestamp, time_lines_end
from newsparse.rules._shape import closes_sentence, free_lines, is_title_like

# A related headline is a short line; anything longer is running text.
_MAX_LINK = 200


# A marker alone in its block may take this many one-line blocks under it.
_MAX_LINK_BLOCKS = 10
_MAX_LINK_WORDS = 25
# A sentence end with more after it: a paragraph, not a headline.
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’)]*\s")


def _links_below(doc: Document, block: Block) -> Iterator[Claim]:
    """The related links set under a marker alone in its own block.

    ``Read more:`` over blank-line separated headlines, or over a block of
    them one a line, as a page copies a list of links: each short title-like
    line is a link, and a link's date under it (``Published`` / ``1
    February``), in its block or in one of its own, the page's furniture. A
    block with any other line (a sentence, running text) ends the list. A
    teaser's block, its title over a one-sentence summary, is a link too, and
    its summary the page's furniture, when two or more of them close the
    story (``You may also like`` over other stories).
    """
    teasers = _closing_teasers(doc, block)
    for below in teasers:
        yield Claim("related_link", below.lines[0])
        yield Claim("boilerplate", below.lines[1])
    if teasers:
        return
    linked = False
    for below in doc.blocks[block.index + 1 : block.index + 1 + _MAX_LINK_BLOCKS]:
        listed = _listed(doc, below.lines, linked=linked) if doc.is_free(below) else None
        if not listed:
            return
        yield from listed
        linked = True


def _listed(doc: Document, lines: Sequence[Span], *, linked: bool) -> list[Claim] | None:
    """A block's lines as links and their dates, or None when a line is neither.

    A run of time lines counts only under a link (``linked``: one stands above
    the block).
    """
    pats = doc.patterns
    claims: list[Claim] = []
    i = 0
    while i < len(lines):
        dated = time_lines_end(doc, lines, i) if linked else i
        if dated > i:
            claims.append(_date(lines, i, dated))
            i = dated
            continue
        text = doc.text(lines[i])
        if len(text) > _MAX_LINK or not _link_like(doc, text) or is_timestamp(pats, text):
            return None
        claims.append(Claim("related_link", lines[i]))
        linked = True
        i += 1
    return claims


def _date(lines: Sequence[Span], start: int, end: int) -> Claim:
    """A link's date, lines ``start`` to ``end`` (exclusive): the page's furniture."""
    return Claim("boilerplate", Span(lines[start].start, lines[end - 1].end))


def _link_like(doc: Document, text: str) -> bool:
    """A related headline: short, title-like, no sentence in it, no marker of its own."""
    pats = doc.patterns
    return (
        is_title_like(text, max_words=_MAX_LINK_WORDS)
        and not _SENTENCE_BREAK.search(text)  # "… Informationen. (dpa)": a paragraph's end
        and not text.endswith(":")
        and not pats.read_more_alone.match(text)
        and not pats.read_more_inline.match(text)  # a marker of its own: "Read more: …"
    )


# A teaser's summary is one sentence of a few dozen words.
_MAX_SUMMARY = 300


def _closing_teasers(doc: Document, block: Block) -> list[Block]:
    """The teasers under a marker when two or more close the story: a title over a summary.

    Only furniture, claimed already, may follow them; in a story, a subhead
    over its paragraph has the same shape.
    """
    teasers: list[Block] = []
    blocks = doc.blocks
    for index in range(block.index + 1, len(blocks)):  # no copy of the rest: markers may be many
        below = blocks[index]
        if not doc.is_free(below) and not teasers:
            return []
        if doc.is_free(below):
            if (
                len(teasers) == _MAX_LINK_BLOCKS
                or not _teaser(doc, below)
                or (teasers and teasers[-1].index != below.index - 1)
            ):
                return []
            teasers.append(below)
    return teasers if len(teasers) >= 2 else []


def _teaser(doc: Document, block: Block) -> bool:
    """A block of a related headline over a one-sentence summary."""
    if len(block.lines) != 2:
        return False
    title, summary = block.line_text(0), block.line_text(1)
    return (
        len(title) <= _MAX_LINK
        and _link_like(doc, title)
        and len(summary) <= _MAX_SUMMARY
        and closes_sentence(summary)
        and not _SENTENCE_BREAK.search(summary)
    )


def read_more(doc: Document) -> Iterator[Claim]:
    """Claim read-more markers and their related links.

    A marker alone on its line (``READ MORE``, ``Mehr zum Thema``) takes the
    short, title-like lines right under it in its block as ``related_link``
    parts; the first line that reads as running text ends the list. Alone in
    its block, it takes the one-line blocks of headlines under it, or the
    teasers (a headline over a summary) that close the story. An inline
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
                    and not is_timestamp(pats, doc.text(lines[i]))
                ):
                    yield Claim("related_link", lines[i])
                    dated, i = i + 1, time_lines_end(doc, lines, i + 1)
                    if i > dated:  # the link's date under it: "Published" / "1 February"
                        yield _date(lines, dated, i)
                if i == first == len(lines) and line == block.lines[-1]:
                    yield from _links_below(doc, block)
                continue
            yield from _inline(doc, line, text)
            i += 1


# A line wholly in brackets: its opening bracket and the closing one it needs.
_BRACKETS = {"(": ")", "[": "]"}


def _inline_match(pats: Patterns, text: str) -> tuple[int, regex.Match[str] | None]:
    """The inline marker's match on ``text``, inside its brackets if it has them.

    Returns how many characters the opening bracket takes (0 or 1) and the match.
    """
    closing = _BRACKETS.get(text[:1])
    inner = 1 if closing is not None and text.endswith(closing) else 0
    return inner, pats.read_more_inline.match(text[1:-1] if inner else text)


def is_marker_line(pats: Patterns, text: str) -> bool:
    """A read-more marker alone, or inline with its link (in brackets or not)."""
    return pats.read_more_alone.match(text) is not None or _inline_match(pats, text)[1] is not None


def _inline(doc: Document, line: Span, text: str) -> Iterator[Claim]:
    """An inline marker and its one link: ``Read more: Some headline``.

    Some sites set it in brackets, ``[READ MORE: Some headline]`` or
    ``(Leggi anche: …)``; then the marker's part opens with the opening
    bracket, the link's part ends with the closing one, and the link's text
    stops before it.
    """
    inner, inline = _inline_match(doc.patterns, text)
    if inline is None or not is_title_like(inline.group("link"), max_words=30):
        return
    link_start = line.start + inner + inline.start("link")
    yield Claim("read_more", Span(line.start, link_start), {"label": inline.group("label")})
    data = {"text_end": line.end - 1} if inner else {}
    yield Claim("related_link", Span(link_start, line.end), data)
