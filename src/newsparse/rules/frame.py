"""The story inside a whole web page: what lies around it is the page's frame.

A page copied whole from a browser holds the story somewhere in the middle,
with menus, teaser lists and footers around it. The story is where the
running text is; long runs of other lines before its head and after its end
are furniture.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import looks_like_other_header
from newsparse.rules._shape import (
    closes_sentence,
    is_title_like,
    is_wrapped_paragraph,
    line_spans,
    word_count,
)

# What a line of the page is: running text (GOOD), a sentence-sized line
# (NEAR), a short line (SHORT), a long line with no sentence (BAD: a menu
# row, a tag list), or a line an earlier rule has claimed (CLAIMED).
GOOD, NEAR, SHORT, BAD, CLAIMED = range(5)
Unit = tuple[Span, int]

_GOOD_CHARS = 200
_NEAR_CHARS = 70
# A short line that ends a sentence is a sentence of the story ("So frustrating …").
_SHORT_SENTENCE_WORDS = 2
# Running text may pause for this many other lines (a subhead, a list) and go on.
_MAX_GAP = 3
# A stretch of running text is part of the story when it weighs at least a
# quarter of the heaviest one, or a few paragraphs' worth of characters.
_SHARE = 4
_WEIGHTY = 800
# How far above the story its head (headline, byline, time) is looked for,
# and how many words a headline has (shorter lines are section names).
_HEAD_LINES = 8
_TITLE_WORDS = 4
# How many items a list the story leads in to may have.
_LIST_ITEMS = 15
# A page's frame is long, and fewer than one line in two is a sentence or a
# table row; shorter or wordier runs are the story's own and are left alone.
_MIN_PREFIX = 15
_MIN_SUFFIX = 6
_FRAME_RUNNING = 2
# A table row holds three figures or more; a few such rows make a table,
# which is the story's (a wire's price list), never the frame.
_TABLE_FIGURES = 3
_TABLE_ROWS = 3

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)")
# A figure, or the dashes a wire table prints for a missing one.
_FIGURE = regex.compile(r"\b\d+(?:[.,:]\d+)*\b|(?<!\S)-{2,3}(?!\S)")


def _story(doc: Document) -> tuple[list[Unit], int, int] | None:
    """The page's lines, and where the story's head begins and where the story ends."""
    units = _units(doc)
    stretches = _stretches(units)
    if not stretches:
        return None
    heaviest = max(mass for _, _, mass in stretches)
    weighty = [(a, b) for a, b, mass in stretches if mass * _SHARE >= heaviest or mass >= _WEIGHTY]
    first, last = weighty[0][0], weighty[-1][1]
    return units, _head_start(doc, units, first), last


def frame_top(doc: Document) -> Iterator[Claim]:
    """Claim the page above the story's head as furniture.

    The story runs from the first to the last stretch of running text of real
    weight (a stretch may pause for a few other lines). Above it, its head is
    kept free for the head rules: the lines up to the nearest title over the
    byline or time. A run of lines before the head that is long and mostly
    not sentences (menus, link lists) is the page's frame: its free lines
    become boilerplate.
    """
    top = (unit for block in doc.blocks for unit in _block_units(doc, block))
    if _opens_with_story(top, _MIN_PREFIX):
        return
    found = _story(doc)
    if found is not None:
        units, head, _ = found
        yield from _frame_claims(doc, units[:head], _MIN_PREFIX)


def frame_bottom(doc: Document) -> Iterator[Claim]:
    """Claim the page below the story as furniture: teaser lists, footers, forms.

    It runs after the closing credits are claimed, and takes a run of lines
    after the story's last stretch of running text that is long and mostly
    not sentences.
    """
    bottom = (u for block in reversed(doc.blocks) for u in reversed(_block_units(doc, block)))
    if _opens_with_story(bottom, _MIN_SUFFIX):
        return
    found = _story(doc)
    if found is not None:
        units, _, last = found
        last = _list_end(doc, units, last)
        yield from _frame_claims(doc, units[last + 1 :], _MIN_SUFFIX)


def _list_end(doc: Document, units: list[Unit], last: int) -> int:
    """The story's end, past a list its last line leads in to ("It offers:" / items)."""
    leads_in = doc.text(units[last][0]).endswith(":") or (
        last + 1 < len(units) and doc.text(units[last + 1][0]).endswith(":")
    )
    if not leads_in:
        return last
    end = last + 1
    while end + 1 < len(units) and units[end + 1][1] in (SHORT, BAD, NEAR):
        end += 1
        if end - last > _LIST_ITEMS:
            break
    return end


def _frame_claims(doc: Document, run: list[Unit], least: int) -> Iterator[Claim]:
    if len(run) >= least and _is_frame(doc, run):
        yield from (Claim("boilerplate", span) for span, kind in run if kind != CLAIMED)


def _units(doc: Document) -> list[Unit]:
    """Every line of the page, whole or as its free pieces, with its kind."""
    return [unit for block in doc.blocks for unit in _block_units(doc, block)]


def _block_units(doc: Document, block: Block) -> list[Unit]:
    """The block's lines: its free pieces with their kinds, and claimed lines as such."""
    if is_wrapped_paragraph(doc, block):  # a wrapped paragraph is one unit, not its lines
        return [(span, _kind(doc.text(span))) for span in doc.free_spans(block)]
    pieces = line_spans(doc, block)
    if not doc.claims(block):
        return [(piece, _kind(doc.text(piece))) for piece in pieces]
    units: list[Unit] = []
    j = 0  # lines and pieces are both in order: one walk over the two
    for line in block.lines:
        first = j
        while j < len(pieces) and pieces[j].start < line.end:
            j += 1
        if j == first:
            units.append((line, CLAIMED))
        units.extend((piece, _kind(doc.text(piece))) for piece in pieces[first:j])
    return units


def _opens_with_story(units: Iterable[Unit], within: int) -> bool:
    """A stretch of running text of real weight starts among the first ``within`` lines.

    Then no frame can come first, and the page need not be weighed: most
    texts are plain articles, and this is read from the one end only.
    """
    mass = gap = 0
    started = False
    for i, (span, kind) in enumerate(units):
        if kind in (GOOD, NEAR):
            if not started and i >= within:
                return False
            started = True
            mass += len(span) if kind == GOOD else len(span) // 2
            gap = 0
            if mass >= _WEIGHTY:
                return True
        elif started and kind != CLAIMED:
            gap += 1
            if gap > _MAX_GAP:
                return False
        elif not started and i >= within:
            return False
    return False


def _kind(text: str) -> int:
    ends = _SENTENCE_END.search(text) is not None
    if len(text) < _NEAR_CHARS:
        return NEAR if ends and word_count(text) >= _SHORT_SENTENCE_WORDS else SHORT
    if not ends:
        return BAD
    return GOOD if len(text) >= _GOOD_CHARS else NEAR


def _stretches(units: list[Unit]) -> list[tuple[int, int, int]]:
    """Each stretch of running text: its first and last line, and its weight."""
    found: list[tuple[int, int, int]] = []
    start = last_good = -1
    gap = mass = 0
    for i, (span, kind) in enumerate(units):
        if kind in (GOOD, NEAR):
            if start >= 0 and gap > _MAX_GAP:
                found.append((start, last_good, mass))
                start = -1
            if start < 0:
                start, mass = i, 0
            mass += len(span) if kind == GOOD else len(span) // 2
            last_good, gap = i, 0
        elif kind != CLAIMED:  # a caption or a marker inside the story is no pause
            gap += 1
    if start >= 0:
        found.append((start, last_good, mass))
    return found


def _head_start(doc: Document, units: list[Unit], first: int) -> int:
    """Where the story's head begins.

    The head hangs from the last byline or time line above the story (a
    list of links may stand between the head and the story), or else from
    the story itself. The walk up from there passes short lines, bylines and
    times, and stops after the first line that could be the headline.
    """
    anchor = first
    for i in range(first - 1, -1, -1):
        span, kind = units[i]
        if kind != CLAIMED and looks_like_other_header(doc.patterns, doc.text(span)):
            anchor = i
            break
    head = anchor
    while head > 0 and anchor - head < _HEAD_LINES and units[head - 1][1] != GOOD:
        head -= 1
        span, kind = units[head]
        text = doc.text(span)
        if kind == CLAIMED or word_count(text) < _TITLE_WORDS:
            continue
        if is_title_like(text, max_words=40) and not looks_like_other_header(doc.patterns, text):
            if head > 0 and _summary_under_title(doc, units[head - 1], text):
                head -= 1  # the line found is the standfirst; the headline is over it
            break
    return head


# A standfirst with no final stop is a long line; its headline a shorter one.
_SUMMARY_WORDS = 15


def _summary_under_title(doc: Document, above: Unit, text: str) -> bool:
    """``text`` is a long summary line, and the line ``above`` it a shorter title."""
    span, kind = above
    if kind == CLAIMED or word_count(text) < _SUMMARY_WORDS:
        return False
    title = doc.text(span)
    words = word_count(title)
    return is_title_like(title) and _TITLE_WORDS <= words < _SUMMARY_WORDS


def _is_frame(doc: Document, units: list[Unit]) -> bool:
    """Mostly lines that are not sentences, and no table: menus, link lists, titles.

    Lines claimed already (a share row, a caption) do not count either way.
    """
    free = [doc.text(span) for span, kind in units if kind != CLAIMED]
    sentences = sum(1 for text in free if closes_sentence(text))
    rows = sum(1 for text in free if _table_row(text))
    return rows < _TABLE_ROWS and sentences * _FRAME_RUNNING < len(free)


def _table_row(text: str) -> bool:
    """Three figures or more, and at least one word in two a figure."""
    figures = len(_FIGURE.findall(text))
    return figures >= _TABLE_FIGURES and figures * 2 >= len(text.split())
