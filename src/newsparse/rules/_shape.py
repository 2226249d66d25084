"""Shape tests shared by the default rules: how a line of text reads."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from newsparse._source import LINE_BREAK, Block
from newsparse.model import Span
from newsparse.ruler import Document

if TYPE_CHECKING:
    from newsparse._patterns import Patterns

# The range of widths that hard-wrapped copy is wrapped at.
_MIN_WRAP = 40
_MAX_WRAP = 100
# How close to the widest line a wrapped line plus the next word must come.
_FIT = 0.8

# A sentence end: a stop (Chinese and Japanese have their own), then any
# closing quotes or brackets, and perhaps an emoji or two ("… soon! 🙂").
_SENTENCE_END = regex.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*(?:[ ]?\p{So}){0,3}$")
# A closed sentence: a stop, a question or an exclamation mark (no colon).
_CLOSED_SENTENCE = regex.compile(r"[.!?…。！？][\"'”’»)\]」』）]*(?:[ ]?\p{So}){0,3}$")
# A document with this many blocks or more puts blank lines between paragraphs.
_BLANK_LINE_LAYOUT = 4
_FULL_STOP_END = regex.compile(r"(?:(?<!\.)\.|。)[\"'”’»)\]」』）]*$")
_WORD = regex.compile(r"\S+")
# A list item's bullet and the space after it; matched at a position, so no ^.
BULLET = regex.compile(r"[-–•*·▪][ ]")


def word_count(text: str) -> int:
    """The number of whitespace-separated words in ``text``."""
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends as a sentence does (``.``, ``!``, ``?``, ``:``)."""
    return _SENTENCE_END.search(text[-8:]) is not None


def closes_sentence(text: str) -> bool:
    """True when ``text`` ends with ``.``, ``!``, ``?`` or ``…`` (a colon leads on instead)."""
    return _CLOSED_SENTENCE.search(text[-8:]) is not None


def has_blank_line_layout(doc: Document) -> bool:
    """True when the document puts blank lines between its paragraphs.

    Then a block is a paragraph (or a list), and single line breaks inside it
    are not paragraph breaks.
    """
    return len(doc.blocks) >= _BLANK_LINE_LAYOUT


def ends_full_stop(text: str) -> bool:
    """True when ``text`` ends with one full stop (an ellipsis does not count)."""
    return _FULL_STOP_END.search(text[-8:]) is not None


def is_title_like(text: str, max_words: int = 30) -> bool:
    """A short line with no sentence-ending full stop: a headline, link or subhead."""
    if len(text) > 300 or "\n" in text or "\r" in text:
        return False
    words = word_count(text)
    return 1 <= words <= max_words and not ends_full_stop(text) and not text.endswith((",", ";"))


def is_running_text(text: str) -> bool:
    """Text that reads as a paragraph: a long line, or a sentence of a dozen words.

    Chinese and Japanese put no spaces between words: there a sentence of two
    dozen characters is running text.

    Examples:
        >>> is_running_text("運航会社は「ご迷惑をおかけして申し訳ない」とコメントした。")
        True
    """
    if len(text) > 300:
        return True
    if not ends_sentence(text):
        return False
    return word_count(text) >= 12 or (
        not text.isascii() and len(_HAN_OR_KANA.findall(text)) >= _CJK_SENTENCE
    )


# A character of Chinese or Japanese script (Han, hiragana, katakana), and how
# many of them make a sentence running text.
_HAN_OR_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_CJK_SENTENCE = 24


def _overlaps(lines: Sequence[Span], spans: Sequence[Span]) -> Iterator[tuple[Span, Span]]:
    """Each line with each span that overlaps it, as ``(line, overlap)``.

    Both sequences are sorted and free of overlaps within themselves, so one
    walk over both finds every pair: linear, however many lines and spans.
    """
    j = 0
    for line in lines:
        while j < len(spans) and spans[j].end <= line.start:
            j += 1
        k = j
        while k < len(spans) and spans[k].start < line.end:
            yield line, Span(max(line.start, spans[k].start), min(line.end, spans[k].end))
            k += 1


def line_spans(doc: Document, block: Block) -> list[Span]:
    """The unclaimed parts of the block's lines, one span per line piece."""
    if doc.is_free(block):
        return list(block.lines)
    return list(doc.memo("line_spans", block, lambda: _line_pieces(doc, block)))


def _line_pieces(doc: Document, block: Block) -> tuple[Span, ...]:
    return tuple(piece for _, piece in _overlaps(block.lines, doc.free_spans(block)))


def free_lines(doc: Document, block: Block) -> list[Span]:
    """The block's lines that no claim touches, whole."""
    claims = doc.claims(block)
    if not claims:
        return list(block.lines)
    # One walk over the lines and the (sorted) claims, as in _overlaps, with
    # no overlap spans made: only whether a claim touches each line counts.
    spans = [c.span for c in claims]
    free: list[Span] = []
    j = 0
    for line in block.lines:
        while j < len(spans) and spans[j].end <= line.start:
            j += 1
        if j == len(spans) or spans[j].start >= line.end:
            free.append(line)
    return free


def is_hard_wrapped(doc: Document, block: Block) -> bool:
    """True when the block's unclaimed lines are one paragraph wrapped at a fixed width."""
    if len(block.lines) < 2:
        return False  # one line is no wrapped paragraph (and needs no memo)
    return doc.memo("hard_wrapped", block, lambda: _hard_wrapped(doc, block))


def _hard_wrapped(doc: Document, block: Block) -> bool:
    """True when the block's unclaimed lines are one paragraph wrapped at a fixed width.

    Wrapped lines fill most of the width; one-line-per-paragraph copy, lists
    and menus have lines of very different lengths, or lines wider than any
    wrap column. Claimed lines (a closing ``Reuter``) do not count.
    """
    lines = _unclaimed_lines(doc, block)
    if len(lines) > 2 and _BRACKETED.fullmatch(doc.text(lines[-1])):
        lines = lines[:-1]  # a note under the paragraph: "(See ECRA for Spotlight Index)"
    if len(lines) < 2:
        return False
    widths = [len(line) for line in lines]
    widest = max(widths)
    if not _MIN_WRAP <= widest <= _MAX_WRAP:
        return False
    floor = max(20, widest // 2)
    if not all(w >= floor for w in widths[:-1]):
        return False
    # A wrap breaks a line where the next word would not fit: the line and the
    # next line's first word together come close to the widest line.
    return all(
        widths[i] + 1 + _first_word_length(doc.text(lines[i + 1])) > _FIT * widest
        for i in range(len(lines) - 1)
    )


# A line wholly in brackets.
_BRACKETED = regex.compile(r"\([^()\n]{1,80}\)")


def _first_word_length(text: str) -> int:
    head = text.split(maxsplit=1)
    return len(head[0]) if head else 0


def _unclaimed_lines(doc: Document, block: Block) -> tuple[Span, ...]:
    """The block's lines that hold some unclaimed text."""
    if not doc.claims(block):
        return block.lines
    holding = {line.start for line, _ in _overlaps(block.lines, doc.free_spans(block))}
    return tuple(line for line in block.lines if line.start in holding)


def is_wrapped_paragraph(doc: Document, block: Block) -> bool:
    """A hard-wrapped block that surely is running text, not a few header lines.

    Two short lines (a byline over a timestamp) can look wrapped, and so can a
    stack of titles; wrapped lines that end a sentence, or three or more that
    run on mostly in lower case, cannot.
    """
    if not is_hard_wrapped(doc, block):
        return False
    lines = _unclaimed_lines(doc, block)
    if ends_sentence(doc.text(lines[-1])):
        return True
    # Unfinished: wrapped prose still runs on in lower case from line to line;
    # a stack of capitalised titles of like length does not.
    lower = sum(1 for line in lines[1:] if doc.source[line.start].islower())
    return len(lines) >= 3 and lower * 2 >= len(lines) - 1


def first_line_end(source: str, span: Span) -> int:
    """Where the first line of ``span`` ends (the span's end if it has one line)."""
    found = LINE_BREAK.search(source, span.start, span.end)
    if found is None:
        return span.end
    return span.start + len(source[span.start : found.start()].rstrip())


def words(text: str) -> list[str]:
    """The words of ``text``."""
    return _WORD.findall(text)


def end_button(pats: Patterns, text: str) -> str | None:
    """The show-more or show-less button a line ends with (`` less``), if any."""
    end = text[-16:].casefold()
    if not end.endswith(pats.toggle_tails):
        return None
    return next(tail for tail in pats.toggle_tails if end.endswith(tail))


# A line this long, with the next one opening in lower case, is wrapped prose.
_WRAPPED_LINE = 40


def carries_on(above: str, below: str) -> bool:
    """``below`` carries on a sentence that the long line ``above`` broke where it was full."""
    return len(above) >= _WRAPPED_LINE and below[:1].islower()


# How a menu's or a link list's entry never ends: with a stop, a colon or a
# closing mark.
ENTRY_END = regex.compile(r"[.!?:;\"”’»)]$")
FIGURE = regex.compile(r"\d")
# A bullet point or a figure: a body list's item or a table's row, not a link.
BULLET_OR_FIGURE = regex.compile(r"^[-–•*·▪][ ]|\d")

# A headline or a label under the story is at most this many words; a longer
# line there is running text, not furniture.
TITLE_LINE_WORDS = 20


def title_line(text: str) -> bool:
    """A headline or label: a few words, no sentence end, no table cells."""
    return "\t" not in text and len(text.split()) <= TITLE_LINE_WORDS and not closes_sentence(text)
