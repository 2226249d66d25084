"""What a page prints under the story's last sentence: headlines, labels, the author's bio."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import is_timestamp
from newsparse.rules._shape import (
    BULLET_OR_FIGURE,
    TITLE_LINE_WORDS,
    closes_sentence,
    free_lines,
    is_running_text,
    line_spans,
)


def page_tail(doc: Document) -> Iterator[Claim]:
    """Claim the title-like lines after the article's last sentence as furniture.

    A story ends with a sentence. Short lines with no sentence end that come
    after it are what a page puts below a story: related headlines, section
    names, prompts to comment or share. It takes two or more such lines; one
    may be the story's own last line. Lines with figures (a wire table's rows)
    are left alone.

    A line among the last few that names the story's own author (from the
    byline) is about the author, not the story: a bio, a contact line, a plug
    for a book (``Write to Jane Roe at …``). It is furniture too, and so is a
    time line under furniture in its block (``Wordcount: 717`` / ``Published:
    Nov. 19, 2019``): the head's times are claimed already. So is a press
    release's note on the company that issued it, under its heading (``About
    Harbourline`` / ``Harbourline is a maker of …``).
    """
    tail = _tail_lines(doc)
    # One short last line may be the story's own (a name), unless furniture
    # stands right over it in its block ("Next Up In Tech" / a teaser's title),
    # or it heads the furniture under it (a rail's title over its links).
    if len(tail) >= 2 or (
        tail and (_under_furniture(doc, tail[0]) or _heads_furniture(doc, tail[0]))
    ):
        yield from (Claim("boilerplate", span) for span in tail)
    else:
        tail = []
    notes = list(_author_notes(doc, {span.start for span in tail}))
    yield from notes
    yield from _company_notes(doc)
    yield from _times_under_furniture(doc, [*tail, *(note.span for note in notes)])


def _times_under_furniture(doc: Document, taken: list[Span]) -> Iterator[Claim]:
    """Time lines right under a furniture line in their block (none of ``taken``)."""
    # ``taken`` are one rule's claims, so they do not overlap: sorted, the one
    # that starts last before a line's end is the only one that may reach it.
    spans = sorted(taken, key=lambda span: span.start)
    starts = [span.start for span in spans]
    for block in doc.blocks:
        if "boilerplate" not in doc.kinds(block):
            continue
        for line in free_lines(doc, block):
            i = bisect.bisect_left(starts, line.end) - 1
            if (
                len(line) <= _TIME_LINE
                and not (i >= 0 and spans[i].end > line.start)
                and _YEAR.search(doc.text(line)) is not None  # not a table's row of figures
                and is_timestamp(doc.patterns, doc.text(line))
                and _under_furniture(doc, line)
            ):
                yield Claim("boilerplate", line)


# A time line is no longer than this, and gives the year.
_TIME_LINE = 120
_YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")


def _under_furniture(doc: Document, line: Span) -> bool:
    """Furniture is claimed on the line right over ``line`` in its block."""
    block = doc.block_at(line.start)
    above = block.line_before(line) if block is not None else None
    return above is not None and any(
        claim.kind == "boilerplate" and claim.span.start <= above.start < claim.span.end
        for claim in doc.claims(block)
    )


def _heads_furniture(doc: Document, line: Span) -> bool:
    """``line`` ends its block, and the next block is furniture whole: a rail's title."""
    block = doc.block_at(line.start)
    if block is None or block.lines[-1] != line or block.index + 1 >= len(doc.blocks):
        return False
    below = doc.blocks[block.index + 1]
    claims = doc.claims(below)
    return not doc.free_spans(below) and all(claim.kind == "boilerplate" for claim in claims)


# A sentence with a bracketed note after it: "… told reporters. (With inputs from agencies)".
_NOTED_SENTENCE = regex.compile(r"[.!?…][\"'”’]?[ ]+\([^()\n]{1,80}\)$")


def _tail_lines(doc: Document) -> list[Span]:
    """The title-like lines after the last sentence, last first (none if a list or no stop)."""
    tail: list[Span] = []
    for block in reversed(doc.blocks):
        for piece in reversed(line_spans(doc, block)):
            text = doc.text(piece)
            if text.endswith(":"):
                return []  # the lines below are a list the story leads in to
            if closes_sentence(text) or _NOTED_SENTENCE.search(text):
                return tail
            if BULLET_OR_FIGURE.search(text):
                return tail
            if len(text.split()) > TITLE_LINE_WORDS:
                return []  # running text with no stop: a story cut off, not furniture
            tail.append(piece)
    return []


# How many of the last lines may be about the story's author.
_AUTHOR_NOTE_LINES = 4

# A note about the author follows at least this many lines of the story.
_STORY_ABOVE_NOTES = 3


def _author_notes(doc: Document, skip: set[int]) -> Iterator[Claim]:
    """The last few lines that name an author of the byline in full, or open a bio."""
    bylines = [claim for claim in doc.claims() if claim.kind == "byline"]
    names = {
        name
        for claim in bylines
        for key, value in claim.data
        if key == "authors" and isinstance(value, tuple)
        for name in value
        if isinstance(name, str) and " " in name.strip()
    }
    if not names:
        return
    # The last lines, last first, and the story's lines above them.
    head_end = bylines[-1].span.end
    last: list[Span] = []
    for block in reversed(doc.blocks):
        if block.end <= head_end or len(last) >= _AUTHOR_NOTE_LINES + _STORY_ABOVE_NOTES:
            break
        last.extend(p for p in reversed(line_spans(doc, block)) if p.start not in skip)
    last = [piece for piece in last if piece.start >= head_end]
    # A bio may call the author by one name: "Julius is a reporter for …".
    words = {word for name in names for word in name.split() if len(word) > 2}
    for i, piece in enumerate(last[:_AUTHOR_NOTE_LINES]):
        if i + _STORY_ABOVE_NOTES >= len(last):
            break
        text = doc.text(piece)
        if any(name in text for name in names) or _opens_bio(text, words):
            yield Claim("boilerplate", piece)


def _opens_bio(text: str, names: set[str]) -> bool:
    """True when ``text`` opens with one of ``names`` and "is a", "is an" or "is the"."""
    head = text.split(maxsplit=3)
    return len(head) == 4 and head[0] in names and head[1] == "is" and head[2] in _BIO_ARTICLES


_BIO_ARTICLES = frozenset({"a", "an", "the"})


# A note on the issuer follows at least this many paragraphs of the release.
_RELEASE_ABOVE_NOTES = 2
_LONGEST_ABOUT_HEAD = 80


def _company_notes(doc: Document) -> Iterator[Claim]:
    """A press release's notes on the companies that issued it, each under its heading.

    ``About Harbourline`` over ``Harbourline Ltd is a maker of …``: the heading
    and the paragraphs under it that open with the company's name. The notes
    close the release: running text under them that opens otherwise is the
    story's, and then the heading is the story's subhead.
    """
    pats = doc.patterns
    # The paragraphs above are counted only once a heading turns up (most texts
    # have none), and each block at most once however many headings there are.
    running = counted = 0
    for block in doc.blocks:
        first = block.line_text(0)
        if (
            len(first) > _LONGEST_ABOUT_HEAD
            or pats.about_head.match(first) is None
            or not doc.is_free(block)
        ):
            continue
        for above in doc.blocks[counted : block.index]:
            running += is_running_text(above.line_text(0))
        counted = block.index
        if running >= _RELEASE_ABOVE_NOTES:
            yield from _notes_from(doc, block)
            return


def _notes_from(doc: Document, start: Block) -> list[Claim]:
    """The headings from ``start`` on and their notes, or none if the story goes on below."""
    pats = doc.patterns
    claims: list[Claim] = []
    name: str | None = None
    noted = False
    for block in doc.blocks[start.index :]:
        if not doc.is_free(block):
            continue
        lines = list(block.lines)
        head = (
            pats.about_head.match(doc.text(lines[0]))
            if len(lines[0]) <= _LONGEST_ABOUT_HEAD
            else None
        )
        if head is not None:
            name = head.group("name").split()[0]
            claims.append(Claim("boilerplate", lines.pop(0)))
            if not lines:
                continue
        first = doc.text(lines[0])
        if not is_running_text(first):
            continue  # a contact's name or address: not the notes, nor the story
        if name is None or first.split(maxsplit=1)[0] != name:
            return []  # the story goes on: the heading was a subhead
        claims.append(Claim("boilerplate", Span(lines[0].start, lines[-1].end)))
        noted = True
    return claims if noted else []
