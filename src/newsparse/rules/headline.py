"""The headline, and the section lines (kickers) above it."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import (
    byline_claim,
    dateline_opens,
    is_timestamp,
    looks_like_other_header,
    next_line,
    top_blocks,
)
from newsparse.rules._shape import (
    ends_full_stop,
    is_running_text,
    is_title_like,
    is_wrapped_paragraph,
    line_spans,
    word_count,
)

_SENTENCE_INSIDE = regex.compile(r"[.!?][\"”’)]?\s+\S")

# A line that ends with a full stop, perhaps with a bracketed credit after it.
_SENTENCE_END = regex.compile(r"\p{Ll}\.[\"”’]?(?:\s+\([^()]{1,60}\))?$")


def _section_like(text: str) -> bool:
    """A section name: ALL CAPS, Title Case, one word in lower case, or split by a separator.

    A site may print its section in lower case (``mumbai``, ``world``); no
    headline is one word in lower case.
    """
    if _strong_section(text):
        return True
    letters = [w for w in text.split() if w[:1].isalpha()]
    if not letters:
        return False
    if len(letters) == 1 and text.islower():
        return True
    return len(letters) <= 3 and all(w[0].isupper() or w in _SMALL_WORDS for w in letters)


def _strong_section(text: str) -> bool:
    """A breadcrumb or section line at any length: separators, a wide gap, ALL CAPS.

    ``&`` and ``/`` count only in a line of capitalised words
    (``Home News Science & Astronomy``), not in a title such as
    ``Bike & Style book with soundtrack review``.
    """
    if "  " in text or any(sep in text for sep in (" | ", "›", "»", " > ")):
        return True
    letters = [w for w in text.split() if w[:1].isalpha()]
    if not letters:
        return False
    if len(letters) <= 3 and all(w.isupper() for w in letters):
        return True  # "WORLD", "EARNINGS REPORT"; wire headlines are longer capitals
    return any(sep in text for sep in (" & ", " / ")) and all(w[0].isupper() for w in letters)


def _title_case(text: str) -> bool:
    """Most words capitalised, as in a US-style headline."""
    letters = [w for w in text.split() if w[:1].isalpha()]
    big = sum(1 for w in letters if w[0].isupper())
    return len(letters) >= 3 and big >= 0.7 * len(letters)


_SMALL_WORDS = frozenset({"of", "and", "the", "in", "for", "on", "to", "a", "de", "du", "la", "et"})

# How many lines from the top the headline is looked for in.
_HEAD_LINES = 40

# A line that opens with a dash or a bullet is an attribution or a list item.
_LEADING_MARK = regex.compile(r"^[\p{Pd}•·*▪►]")
_ALPHA_WORD = regex.compile(r"\b\p{L}[\p{L}\p{M}'’\-]*")


def _is_head_line(doc: Document, line: Span) -> bool:
    """An unclaimed standfirst-like or byline line: a sign that a title stands above it."""
    if doc.is_claimed(line.start, line.end):
        return False
    text = doc.text(line)
    if byline_claim(doc.patterns, text, line) is not None:
        return True
    # A title-like line, but not a sentence that runs on to a credit ("… rose. – Agencies").
    return is_title_like(text, max_words=60) and not _SENTENCE_INSIDE.search(text)


def _reads_as_body(text: str) -> bool:
    """Running text that ends the search for a headline (a question may be a title)."""
    words = word_count(text)
    return len(text) > 250 or words > 40 or (words >= 12 and ends_full_stop(text))


def _next_kind(pats: Patterns, text: str, words: int) -> str:
    """What the line after a headline candidate is: byline, time, running, title or other."""
    if not text:
        return "other"
    if byline_claim(pats, text, Span(0, 1)) or pats.byline_flat.match(text):
        return "byline"
    if is_timestamp(pats, text):
        return "time"
    if dateline_opens(pats, text):
        return "running"
    if _title_case(text) and 4 <= word_count(text) <= 30:
        return "title"
    if is_running_text(text):
        return "running"
    if is_title_like(text, max_words=60) and word_count(text) > words:
        return "title"
    return "other"


def _verdict(
    pats: Patterns,
    text: str,
    following: str,
    *,
    third_is_head: bool = False,
    same_block: bool = False,
) -> str:
    """Whether a line is the headline, a section line above it, or neither."""
    if _LEADING_MARK.match(text):
        return "skip"
    if text.endswith(":"):
        return "section"
    words = word_count(text)
    alpha = len(_ALPHA_WORD.findall(text))
    nxt = _next_kind(pats, following, words)
    if not is_title_like(text, max_words=40):
        # A Title Case headline may end with a stop; a byline under it tells.
        return "headline" if nxt == "byline" and words <= 30 else "skip"
    if alpha * 3 < words * 2:
        return "skip"  # mostly numbers and marks: "Image 1 of / 9"
    if alpha >= 4 and words >= 4:
        return "section" if _strong_section(text) and nxt == "title" else "headline"
    if _section_like(text) and (
        nxt in ("title", "time")
        or (following and is_title_like(following) and _section_like(following))
    ):
        return "section"
    if words <= 3 and nxt == "title" and (third_is_head or same_block):
        # Three head lines in a row (a section line, the title, a standfirst or
        # byline), or a short line set right over a longer title with no blank
        # line between, as web pages print a section over its headline.
        return "section"
    if alpha >= 1 and nxt in ("byline", "running", "title", "time", "other"):
        return "headline" if not (alpha < 2 and nxt == "title") else "section"
    return "skip"


def headline(doc: Document) -> Iterator[Claim]:
    """Claim the headline, and the section lines (kickers) above it.

    The headline is the first title-like line at the top that is not a
    byline, a timestamp or a section name. A section name (``WORLD``,
    ``Home News Science & Astronomy``, ``Opinion``) is a short line, often in
    capitals or with separators, that stands over a longer title line; those
    above the headline become ``kicker`` parts. The search ends at the first
    paragraph of running text.
    """
    pats = doc.patterns
    sections: list[Span] = []
    seen = 0
    for block in top_blocks(doc):
        if is_wrapped_paragraph(doc, block):
            return
        for line in line_spans(doc, block):
            seen += 1
            if seen > _HEAD_LINES:
                return
            text = doc.text(line)
            if looks_like_other_header(pats, text):
                continue
            after = next_line(doc, block, line)
            third = next_line(doc, *after) if after else None
            verdict = _verdict(
                pats,
                text,
                doc.text(after[1]) if after else "",
                third_is_head=third is not None and _is_head_line(doc, third[1]),
                same_block=after is not None and after[0] is block,
            )
            if verdict != "headline" and _reads_as_body(text):
                return
            if verdict == "headline":
                weak = _weak_title(text)
                better = _title_over_byline(doc, block, line, far=not weak)
                if better is not None:
                    # A whole page: the lines from its first title down to the
                    # story's are the page's (menus, promotions), not the story's.
                    # A section or menu line first is a kicker, and so is a line
                    # set right over the story's title in its block.
                    home = doc.block_at(better.start)
                    over = home.line_before(better) if home is not None else None
                    kicker = weak and _strong_section(text)
                    for above in _lines_between(doc, line, better):
                        first_kicker = kicker and above == line
                        kind = "kicker" if first_kicker or above == over else "boilerplate"
                        yield Claim(kind, above)
                    yield Claim("headline", better)  # the page's own title, under its menus
                    return
                for section in sections:
                    yield Claim("kicker", section)
                yield Claim("headline", line)
                return
            if verdict == "section":
                sections.append(line)


def _weak_title(text: str) -> bool:
    """A short line that a page's menu may have put first: a section, a skip link, a brand."""
    return word_count(text) <= 2 or _strong_section(text)


# How many free lines below a weak first title the byline is looked for in,
# and how far above the byline the title may stand (a standfirst between).
_BYLINE_REACH = 25
_TITLE_OVER_BYLINE = 2

# A first title this many lines or more above the byline is a page's, not the
# story's: menus and teasers stand between it and the story's head.
_FAR_BYLINE = 7


def _title_over_byline(doc: Document, block: Block, first: Span, *, far: bool) -> Span | None:
    """The title right over the first byline below ``first``, if that is another line.

    In a whole page the first title-like line may be a menu's or a section's;
    the story's headline stands over its byline, perhaps with a standfirst
    between. A ``far`` search starts from a title of full length: it gives way
    only to a byline at least ``_FAR_BYLINE`` lines below it with no running
    text between (a byline under the story is a teaser's).
    """
    seen: list[Span] = []
    index = block.index
    for later in doc.blocks[index : index + _BYLINE_REACH]:
        # A paragraph wrapped at a fixed width is running text, and holds no byline.
        wrapped = later.index > index and is_wrapped_paragraph(doc, later)
        if far and wrapped:
            return None  # the story runs under the first title: a byline below is a teaser's
        for line in line_spans(doc, later):
            if line.start <= first.start:
                continue
            text = doc.text(line)
            if far and _reads_as_body(text):
                return None  # the story runs under the first title: a byline below is a teaser's
            if not wrapped and (
                byline_claim(doc.patterns, text, line) is not None
                or _name_over_time(doc, later, line)
            ):
                if far and _lines_apart(doc, first, line) < _FAR_BYLINE:
                    return None  # a title set near its byline is the headline
                return _title_above(doc, seen)
            seen.append(line)
            if len(seen) > _BYLINE_REACH:
                return None
    return None


def _title_above(doc: Document, seen: list[Span]) -> Span | None:
    """The title among the last lines of ``seen``: a standfirst may stand between.

    Time lines and sentences (a caption: ``… campaign. (onmeth.com)``) are
    passed over. Two title-like lines over the byline are a title and its
    standfirst when the upper is the shorter: a standfirst with no final stop
    reads like a title, but sums the story up in more words.
    """
    tried = 0
    for index in range(len(seen) - 1, -1, -1):
        title = doc.text(seen[index])
        if looks_like_other_header(doc.patterns, title) or _SENTENCE_END.search(title):
            continue
        if _story_title(title):
            upper = doc.text(seen[index - 1]) if index else ""
            if upper and _story_title(upper) and word_count(upper) < word_count(title):
                return seen[index - 1]  # the title over its standfirst
            return seen[index]
        tried += 1
        if tried == _TITLE_OVER_BYLINE:
            break
    return None


def _story_title(text: str) -> bool:
    """A line that may be the story's title over its byline: title-like, four words or more."""
    return is_title_like(text) and word_count(text) >= 4 and not _weak_title(text)


def _lines_apart(doc: Document, upper: Span, lower: Span) -> int:
    """How many lines of the text, claimed or free, stand between two lines."""
    top, bottom = doc.block_at(upper.start), doc.block_at(lower.start)
    if top is None or bottom is None:
        return 0
    lines = sum(len(block.lines) for block in doc.blocks[top.index : bottom.index])
    return lines - top.line_index(upper.start) + bottom.line_index(lower.start) - 1


def _name_over_time(doc: Document, block: Block, line: Span) -> bool:
    """A bare name over a time line: ``Jane Roe`` / ``November 19th, 2019 at 8:40 AM``."""
    text = doc.text(line)
    if len(text) > 100 or doc.patterns.name_line.match(text) is None:
        return False
    after = next_line(doc, block, line)
    return after is not None and is_timestamp(doc.patterns, doc.text(after[1]).lstrip("-–— "))


def _lines_between(doc: Document, first: Span, last: Span) -> Iterator[Span]:
    """The free line pieces from ``first`` up to ``last``."""
    start = doc.block_at(first.start)
    end = doc.block_at(last.start)
    if start is None or end is None:
        return
    for block in doc.blocks[start.index : end.index + 1]:
        yield from (
            span for span in line_spans(doc, block) if first.start <= span.start < last.start
        )
