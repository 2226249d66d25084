"""Lists of links left among the story's lines: menus, tag lists, teasers for other stories."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

import regex
from attrs import frozen

from newsparse._patterns import Patterns
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import is_timestamp
from newsparse.rules._shape import (
    BULLET,
    BULLET_OR_FIGURE,
    ENTRY_END,
    FIGURE,
    carries_on,
    closes_sentence,
    is_hard_wrapped,
    is_running_text,
    is_title_like,
    line_spans,
    title_line,
    word_count,
)

# A line of a link list or a menu: a few words and no sentence end.
_LIST_ITEM_WORDS = 10
_LETTER = regex.compile(r"\p{L}")


def _list_item(text: str) -> bool:
    """A menu or link-list entry.

    Bullet points, lines with figures (a results table, a wire table's
    rows) and a table's rows of cells are body lists, not furniture.
    """
    return (
        "\t" not in text
        and len(text.split()) <= _LIST_ITEM_WORDS
        and not ENTRY_END.search(text)
        and not BULLET_OR_FIGURE.search(text)
    )


# A longer headline, or one with a figure ("5G", "2020"), is a link too when
# it stands among shorter ones.
_LONG_ITEM_WORDS = 16


def _long_item(text: str) -> bool:
    """A headline too long for :func:`_list_item`, or with one word that holds a figure.

    A table's row has more: figures, or dashes for the cells left empty.
    """
    words = text.split()
    return (
        "\t" not in text
        and len(words) <= _LONG_ITEM_WORDS
        and not ENTRY_END.search(text)
        and BULLET.match(text) is None
        and not words[0][:1].isdigit()
        and _cells(words) <= 1
    )


# A clock time or a year: a timetable's or a timeline's line, not a teaser's age.
_CLOCK_OR_YEAR = regex.compile(r"\d[:.h]\d|\d{4}")


def _time_ago(pats: Patterns, text: str) -> bool:
    """A teaser's age under its title in a list: ``2 hours ago``, ``vor 3 Stunden``.

    A clock time or a year (a timetable's, a timeline's) is the story's.
    """
    return is_timestamp(pats, text) and _CLOCK_OR_YEAR.search(text) is None


def _runs_on(doc: Document, run: list[Span]) -> bool:
    """Lines of a wrapped sentence, each running on to the next: no list.

    A list's entries stand alone; wrapped copy breaks a sentence where the
    line is full, so a long line is followed by one that opens in lower case.
    """
    return any(
        carries_on(doc.text(above), doc.text(below)) for above, below in itertools.pairwise(run)
    )


# An author's handles or contact alone on a line: "@jroe", "@jroe @desk",
# "jroe@example.com @jroe", "twitter.com/jroe".
_HANDLES = regex.compile(
    r"""
    (?:
        [\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}  # jroe@example.com
      | @\w{2,30}  # @jroe
      | (?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin)\.com/[\w.\-]{2,40}/?
    )
    (?:[ ]+@\w{2,30})*
    """,
    regex.VERBOSE,
)

# A link to another story that some sites set in capitals inside a story: a
# long line, every letter a capital, with no sentence end. (A subhead in
# capitals is a few words; a wire's headline in capitals is claimed before.)
_SHOUTED_WORDS = 8


def _shouted_teaser(text: str) -> bool:
    """A long line of words in capitals with no sentence end: a link to another story.

    A table row in capitals is mostly figures, and is no teaser.
    """
    if not text.isupper() or text.endswith((".", "!", "?", ":")):
        return False
    words = text.split()
    return (
        len(words) >= _SHOUTED_WORDS and sum(w[:1].isalpha() for w in words) * 5 >= len(words) * 4
    )


def link_lists(doc: Document) -> Iterator[Claim]:
    """Claim runs of short lines left in a block of running text as furniture.

    Web pages put paragraphs between blank lines; a block whose lines are
    single-spaced and short, with no sentence end, is a list of links, tags
    or menu entries, not body text; longer headlines may stand among the
    short entries, up to half of the list. A list the story leads in to with
    a colon is its own. A line of social handles alone (``@jroe``) is
    furniture too. A block of wrapped copy is left alone, and so is a short
    line that stands alone between paragraphs (a subhead).

    Lists of other stories' teasers go too: titles printed twice (with the
    summary under them), teasers the page cut short, and teasers that give a
    title, an author and a date over each summary.
    """
    taken: set[int] = set()
    # Each block's free line pieces, read once: the claims below are only
    # accepted when the rule is done, so they do not change while it runs.
    pieces_of = [line_spans(doc, block) for block in doc.blocks]
    for block, pieces in zip(doc.blocks, pieces_of, strict=True):
        for line in pieces:
            if _HANDLES.fullmatch(doc.source, line.start, line.end) or _shouted_teaser(
                doc.text(line)
            ):
                taken.add(line.start)
                yield Claim("boilerplate", line)
        if len(block.lines) < 3 or is_hard_wrapped(doc, block):
            continue
        run: list[Span] = []
        items = 0  # the run's short entries; the rest are long headlines among them
        # The line before the run ends with a colon: the story's own list. That
        # line may close the block above.
        above = doc.blocks[block.index - 1] if block.index else None
        lead_in = above is not None and (
            doc.source[above.end - 1] == ":" or _subhead_in_story(doc, above.index)
        )
        for piece in [*pieces, None]:
            if piece is not None and piece.start in taken:
                continue  # a handle line, claimed above
            if piece is not None:
                text = doc.text(piece)
                if _list_item(text):
                    run.append(piece)
                    items += 1
                    continue
                if _long_item(text) or (run and _time_ago(doc.patterns, text)):
                    run.append(piece)
                    continue
            if items >= 2 and items * 2 >= len(run) and not lead_in and not _runs_on(doc, run):
                # One claim a line: claims by earlier rules may sit between them.
                taken.update(item.start for item in run)
                yield from (Claim("boilerplate", item) for item in run)
            run = []
            items = 0
            lead_in = piece is not None and doc.text(piece).endswith(":")
    for claim in _repeated_titles(doc, pieces_of, taken):
        taken.add(claim.span.start)
        yield claim
    yield from _truncated_teasers(doc, pieces_of, taken)
    yield from _dated_teasers(doc, pieces_of, taken)


def _subhead_in_story(doc: Document, index: int) -> bool:
    """Block ``index`` is a subhead inside the story: the list under it is the story's.

    ``What you will need`` / ``A warm coat`` / ``A flask`` …: a how-to's list
    under its heading, with the story's running text above the heading and
    below the list. A heading that the rules before took (``Related
    Articles``, ``Most Read``) is no subhead; a list of links under a heading
    that closes the story has no running text below it.
    """
    blocks = doc.blocks
    if index == 0 or not doc.is_free(heading := blocks[index]) or len(heading.lines) != 1:
        return False
    text = heading.line_text(0)
    if not is_title_like(text, max_words=_LIST_ITEM_WORDS) or text.endswith("?"):
        return False
    above = blocks[index - 1]
    if not (doc.is_free(above) and is_running_text(above.line_text(len(above.lines) - 1))):
        return False
    below = blocks[index + 2 : index + 2 + _STORY_BELOW_LIST]  # past the list's own block
    return any(doc.is_free(block) and is_running_text(block.line_text(0)) for block in below)


# The story's running text goes on within this many blocks under its own list.
_STORY_BELOW_LIST = 2


# A page's list of teasers cut short holds this many at least; a story may
# trail off once or twice.
_TRUNCATED_TEASERS = 3

# How many title-like lines over a cut teaser go with it (a section, the
# title, the byline), and how far from its end a cut is looked for.
_TEASER_HEAD_LINES = 3
_CUT_REACH = 40

# Teasers in a list stand at most this many lines apart (other teasers,
# not cut, may stand between), and a page cuts them at one length, give or
# take this share of it.
_TEASER_GAP = 30
_CUT_LENGTH_SHARE = 10


def _truncated_teasers(
    doc: Document, pieces_of: list[list[Span]], taken: set[int]
) -> Iterator[Claim]:
    """Teasers cut short, and the title lines over each, when a page lists several.

    A page ends its teasers with an excerpt's mark ("… players […]") or a
    link ("… still ... Read More"), or cuts them at a fixed length ("… with
    Realtek Bluetooth..."), and lists them a few lines apart. A story's
    paragraph may trail off ("And then..."), but not three times at one
    length: lines that end with "..." count only when three or more of a
    list are of a length (within a tenth). The title-like lines right over a
    cut teaser (its section, title and byline) go with it.
    """
    pats, source = doc.patterns, doc.source
    cut: list[_Cut] = []
    over: list[Span] = []  # the last few free lines, across blocks
    seen = 0
    for pieces in pieces_of:
        for piece in pieces:
            found = _cut_short(pats, source, piece)
            if found is not None:
                cut.append(
                    _Cut(piece, seen, over[-_TEASER_HEAD_LINES:], found.group("trails") is None)
                )
            over.append(piece)
            seen += 1
            if len(over) > 2 * _TEASER_HEAD_LINES:
                del over[:_TEASER_HEAD_LINES]
    listed = _teaser_lists(cut)
    cut_starts = {item.line.start for item in listed}
    for item in listed:
        head: list[Span] = []
        for line in reversed(item.above):  # up from the cut line, while the lines are titles
            if line.start in taken:
                continue  # a line of the teaser that a list already took
            if line.start in cut_starts or not is_title_like(doc.text(line), 20):
                break
            head.append(line)
        for line in [*reversed(head), item.line]:
            if line.start not in taken:
                taken.add(line.start)
                yield Claim("boilerplate", line)


@frozen
class _Cut:
    """A line cut short: where it is, how many free lines come before it, the lines over it."""

    line: Span
    position: int
    above: list[Span]
    marked: bool  # ended by an excerpt's mark or a link, not only by "..."


def _teaser_lists(cut: list[_Cut]) -> list[_Cut]:
    """The cut lines that make lists: three or more, each near the last."""
    kept: list[_Cut] = []
    run: list[_Cut] = []
    for item in [*cut, None]:
        if item is not None and (not run or item.position - run[-1].position <= _TEASER_GAP):
            run.append(item)
            continue
        listed = _same_cut(run)
        if len(listed) >= _TRUNCATED_TEASERS:
            kept.extend(listed)
        run = [item] if item is not None else []
    return kept


def _same_cut(run: list[_Cut]) -> list[_Cut]:
    """The marked lines of a run, and those ended by "..." that share a length with two more."""
    lengths = sorted(len(item.line) for item in run if not item.marked)

    def of_a_length(size: int) -> bool:
        low = bisect.bisect_left(lengths, size - size // _CUT_LENGTH_SHARE)
        high = bisect.bisect_right(lengths, size + size // _CUT_LENGTH_SHARE)
        return high - low >= _TRUNCATED_TEASERS

    return [item for item in run if item.marked or of_a_length(len(item.line))]


def _cut_short(pats: Patterns, source: str, piece: Span) -> regex.Match[str] | None:
    """How ``piece`` ends, when it ends as a teaser the page cut short."""
    end = piece.end
    last = source[end - 1]
    # Cheap tests first: most lines end with one full stop, or a word that
    # closes no read-more marker.
    if last == ".":
        if not source.startswith("...", end - 3):
            return None
    elif last == "]":
        if not source.startswith("…]", end - 2) and not source.startswith("...]", end - 4):
            return None
    elif last not in "…»›>→":
        tail = source[max(piece.start, end - 16) : end].rsplit(None, 1)
        if not tail or tail[-1].casefold() not in pats.marker_ends:
            return None
    start = max(piece.start, end - _CUT_REACH)
    return pats.teaser_cut.search(source, start, end)


# A list of dated teasers holds this many at least: a title, its author and
# its date, then its summary. Blocks shorter than that are not looked at.
_DATED_TEASERS = 3
_DATED_ITEM_LINES = 4
_AUTHOR_WORDS = 6

# A teaser's date line is short and holds a figure.
_TIMESTAMP_CHARS = 60
_DIGIT = regex.compile(r"\d")


def _dated_teasers(doc: Document, pieces_of: list[list[Span]], taken: set[int]) -> Iterator[Claim]:
    """Teasers of other stories, each a title over its author and date, in one block.

    A page lists its other stories as title, author, date and summary, over
    and over; a story does not put an author and a date under its own lines
    three times in one block.
    """
    pats = doc.patterns
    for block, pieces in zip(doc.blocks, pieces_of, strict=True):
        if len(block.lines) < _DATED_TEASERS * _DATED_ITEM_LINES:
            continue
        dated = [
            i
            for i in range(2, len(pieces))
            if len(pieces[i]) <= _TIMESTAMP_CHARS
            and _DIGIT.search(doc.source, pieces[i].start, pieces[i].end)  # a date has figures
            and is_timestamp(pats, doc.text(pieces[i]))
            and _teaser_head(doc.text(pieces[i - 2]), doc.text(pieces[i - 1]))
        ]
        if len(dated) < _DATED_TEASERS:
            continue
        # From the first teaser's title to the last one's summary.
        last = min(dated[-1] + 1, len(pieces) - 1)
        for piece in pieces[dated[0] - 2 : last + 1]:
            if piece.start not in taken:  # lines of the list may be claimed above
                taken.add(piece.start)
                yield Claim("boilerplate", piece)


def _teaser_head(title: str, author: str) -> bool:
    """A title over an author's name: the head of a teaser."""
    return (
        title_line(title)
        and word_count(author) <= _AUTHOR_WORDS
        and not closes_sentence(author)
        and not author.endswith(":")
    )


def _cells(words: list[str]) -> int:
    """How many of ``words`` are a table's cells: a figure, or no letter ("2.65", "---")."""
    return sum(1 for word in words if FIGURE.search(word) or not _LETTER.search(word))


def _table_row(text: str) -> bool:
    """A row of a table: mostly cells of figures or dashes ("Denver 2.65 2.66 --- ---")."""
    words = text.split()
    cells = _cells(words)
    return cells >= 2 and cells * 2 >= len(words)


def _repeated_titles(
    doc: Document, pieces_of: list[list[Span]], taken: set[int]
) -> Iterator[Claim]:
    """Short title-like lines printed more than once.

    These are section labels and teaser headlines that a page repeats for each
    layout; a story does not repeat its subheads. A single word printed again
    and again may be the story's own label ("SUMMARY" over each section's
    recap): it is furniture only where it stands right by a repeated headline
    ("Business" over a teaser printed twice).
    """
    seen: dict[str, list[Span]] = {}
    neighbours: dict[int, list[str]] = {}
    under: dict[int, Span] = {}  # the line under each title line in its block
    for block, pieces in zip(doc.blocks, pieces_of, strict=True):
        if is_hard_wrapped(doc, block):
            continue
        texts = [doc.text(piece) for piece in pieces]
        for i, (piece, text) in enumerate(zip(pieces, texts, strict=True)):
            if piece.start not in taken and title_line(text):
                seen.setdefault(text, []).append(piece)
                neighbours[piece.start] = texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]
                if i + 1 < len(pieces):
                    under[piece.start] = pieces[i + 1]
    repeated = {text for text, spans in seen.items() if len(spans) >= 2 and " " in text}
    for text, spans in seen.items():
        if len(spans) < 2 or any(
            _table_row(doc.text(under[span.start])) for span in spans if span.start in under
        ):
            continue  # printed once, or a table's column heads printed over each part
        if " " in text:
            yield from (Claim("boilerplate", span) for span in spans)
            summary = _teaser_summary(doc, spans, under, taken)
            if summary is not None:
                yield Claim("boilerplate", summary)
        else:
            for span in spans:
                if any(near in repeated for near in neighbours[span.start]):
                    yield Claim("boilerplate", span)


# A teaser's summary is one short paragraph.
_SUMMARY_WORDS = 60


def _teaser_summary(
    doc: Document, copies: list[Span], under: dict[int, Span], taken: set[int]
) -> Span | None:
    """The summary right under a teaser's title printed twice, in the same block.

    A page prints a teaser's title twice (for two layouts), then the one
    sentence or two that sum the story up; a story repeats no line of its own.
    """
    first, last = copies[-2], copies[-1]
    summary = under.get(last.start)
    if (
        summary is None
        or summary.start in taken
        or doc.block_at(first.start) != doc.block_at(last.start)
    ):
        return None
    text = doc.text(summary)
    if not is_running_text(text) or word_count(text) > _SUMMARY_WORDS:
        return None
    taken.add(summary.start)
    return summary
