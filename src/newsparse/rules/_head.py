"""What the head rules share: where the head is, and how a time line or a byline reads.

The ``headline``, ``byline``, ``timestamp`` and ``standfirst`` rules each
have a module of their own; each asks the same questions of the top of the
text (which blocks hold the head, whether a line is a time or a byline), and
the answers are here, so that the four agree.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import ends_full_stop, free_lines, is_running_text, word_count

# The head of an article ends before its second block of running text, and
# never runs past this many blocks.
_MAX_HEAD_BLOCKS = 16

# Words that may stand on a timestamp line beside the date and time.
_TIME_WORDS = frozenset(
    (
        "am",
        "pm",
        "a.m",
        "p.m",
        "gmt",
        "bst",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "utc",
        "cet",
        "cest",
        "eet",
        "eest",
        "ist",
        "jst",
        "kst",
        "aest",
        "aedt",
        "et",
        "pt",
        "ct",
        "mt",
        "uhr",
        "h",
        "hrs",
        "hr",
        "min",
        "mins",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "ago",
        "read",
        "at",
        "on",
        "le",
        "am",
        "um",
        "de",
        "del",
        "à",
        "às",
        "alle",
        "el",
        "the",
        "of",
        "updated",
        "published",
        "posted",
    )
)
# A word, an apostrophe inside it ("aujourd’hui" is one word).
_LETTERS = regex.compile(r"\p{L}(?:[\p{L}.]|['’](?=\p{L}))*")
_SPLIT_NAMES = regex.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*", regex.I)

# A dateline stands in a line's first characters.
_DATELINE_CHARS = 200


def opens_with_dateline(doc: Document, line: Span) -> bool:
    """The line opens with a dateline, which opens the story: the head is above it."""
    end = min(line.end, line.start + _DATELINE_CHARS)
    return doc.patterns.dateline_at(doc.source, line.start, end) is not None


def dateline_opens(pats: Patterns, text: str) -> bool:
    """``text`` opens with a dateline: ``LONDON, Sept 17 (Reuters) -``."""
    return pats.dateline_at(text, 0, _DATELINE_CHARS) is not None


def top_blocks(doc: Document) -> Iterator[Block]:
    """The first blocks that hold unclaimed text, up to ``_MAX_HEAD_BLOCKS`` of them.

    A page's menus, split into many blocks by lines of no-break spaces and
    claimed already, do not count: the story's head may stand under them.
    """
    counted = 0
    for block in doc.blocks:
        if doc.free_spans(block):
            counted += 1
            if counted > _MAX_HEAD_BLOCKS:
                return
        yield block


def head_blocks(doc: Document) -> list[Block]:
    """The blocks that may hold the article's head.

    These are the blocks before its second block of running text (the first
    may be a standfirst that ends with a stop), and before a dateline, which
    opens the story. A block counts as running text when it opens with it: a
    web page's block may open with a byline and a share row and only then run
    into the story.
    """
    head: list[Block] = []
    running = 0
    for block in top_blocks(doc):
        lines = free_lines(doc, block)
        if lines and opens_with_dateline(doc, lines[0]):
            break  # the dateline opens the story: the head is above it
        if lines and is_running_text(doc.text(lines[0])):
            running += 1
            if running == 2:
                break
        head.append(block)
    return head


# A run of dashes standing alone, as a table prints an empty cell.
_TABLE_CELL = regex.compile(r"(?:^|\s)-{2,}(?:\s|$)")


def is_timestamp(pats: Patterns, text: str) -> bool:
    """True for a publication-time line.

    ``Sun 17 Sep 2023 10.24 BST``, ``Updated 4:12 PM EDT, March 5, 2024``,
    ``Published`` and ``3 hours ago`` are such lines, and so is a time with
    the story's sources after it (``19. November 2019, 10:31 Uhr Quelle: ZEIT
    ONLINE, dpa``).
    """
    if len(text) > 120:
        return False
    if ":" in text:  # the sources named after the time: "… 10:31 Uhr Quelle: ZEIT ONLINE, dpa"
        sources = pats.source_tail.search(text)
        if sources is not None:
            text = text[: sources.start()]
    lead = pats.timestamp_word.match(text)
    rest = text[lead.end() :] if lead else text
    dates = pats.dates_in(rest)
    if not dates and not lead:
        return False
    for match in reversed(dates):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    if dates and _TABLE_CELL.search(rest):
        return False  # empty cells left over: a table's row, "Faro 3.15 --- ---"
    known = pats.time_words
    stray = [
        w
        for w in _LETTERS.findall(rest)
        if w.casefold().rstrip(".") not in _TIME_WORDS and w.casefold().rstrip(".") not in known
    ]
    return len(stray) <= 1 if dates else not stray


def time_lines_end(
    doc: Document, lines: Sequence[Span], start: int, most: int | None = None
) -> int:
    """Where the run of time lines from line ``start`` ends (``start`` itself if none).

    A related link's date under it is such a run: ``Published`` / ``1 February``.
    ``most`` bounds how many lines are read.
    """
    stop = len(lines) if most is None else min(len(lines), start + most)
    end = start
    while end < stop and is_timestamp(doc.patterns, doc.text(lines[end])):
        end += 1
    return end


def split_names(names: str) -> tuple[str, ...]:
    """The authors in a byline's names, each without the place it files from."""
    parts = (_FILED_FROM.sub("", part) for part in _SPLIT_NAMES.split(names))
    return tuple(n for n in (" ".join(p.split()) for p in parts) if n)


# The place a writer files from, after the name: "Sam Roe in Madrid".
_FILED_FROM = regex.compile(r"\s+in\s+\p{Lu}.*$")


def first_free(doc: Document) -> tuple[Block, Span] | None:
    """The first unclaimed stretch of the text, with its block."""
    for block in doc.blocks:
        free = doc.free_spans(block)
        if free:
            return block, free[0]
    return None


def next_line(doc: Document, block: Block, span: Span) -> tuple[Block, Span] | None:
    """The line after the one ``span`` ends on: in its block, else the next block's first."""
    line = block.line_after(span)
    if line is not None:
        return block, line
    if block.index + 1 < len(doc.blocks):
        nxt = doc.blocks[block.index + 1]
        return nxt, nxt.lines[0]
    return None


def looks_like_other_header(pats: Patterns, text: str) -> bool:
    """A byline, a dateline or a timestamp line: a head line that is not a title.

    Bylines include a time run on to a name (``5:45 AM PST 11/19/2019 by
    Jane Roe``), a desk (``Staff and agencies``) and names with an agency or
    a role (``Jane Roe and John Doe, Associated Press``, ``Jane Roe - Staff
    Writer``).
    """
    return bool(
        pats.byline.match(text)
        or pats.byline_flat.match(text)
        or dateline_opens(pats, text)
        or is_timestamp(pats, text)
        or _unmarked_byline(pats, text, Span(0, len(text))) is not None
        or _signed_name(pats, text)
    )


def _signed_name(pats: Patterns, text: str) -> bool:
    """A bare name line with its role or wire: ``Jane Roe, Associated Press``."""
    named = pats.name_line.match(text) if len(text) <= 100 else None
    return named is not None and signed(pats, named)


def signed(pats: Patterns, named: regex.Match[str]) -> bool:
    """A name with a role or a wire after it: ``Jane Roe, Political Editor``, ``Jane Roe | AP``.

    Not ``Storm Ciaran, explained``; and not a place alone (``Jane Roe in
    Lisbon``), which a deck in Title Case reads as too (``Officials Signal
    Cuts in Lisbon``).
    """
    role = named.group("role")
    return role is not None and (
        pats.role_line.match(role) is not None or pats.agency_line.match(role) is not None
    )


def byline_claim(pats: Patterns, text: str, line: Span) -> Claim | None:
    """A byline claim for ``line`` when its text reads as a byline on its own.

    A line opening with a byline word (``By``, ``Von``, ``Par``), a desk, a
    name and a time on one line, or a blog's meta line.
    """
    # A byline has no final stop, unless its time ends it ("… at 11:08 a.m.").
    unfinished = not ends_full_stop(text) or _CLOCK_END.search(text) is not None
    if len(text) <= 120 and unfinished:
        authors = named_authors(pats, text)
        if authors is not None:
            return Claim("byline", line, {"authors": authors})
    return _unmarked_byline(pats, text, line)


def named_authors(pats: Patterns, text: str) -> tuple[str, ...] | None:
    """The authors a line opening with a byline word names, or None when it is no byline."""
    match = pats.byline.match(text)
    if match is None:
        return None
    names = match.group("names")
    words = names.split()
    # "By Nov 19, 2019" is a date; "By Jan Meier" and "By April Hollis" name people.
    if words[0].casefold().rstrip(".,") in pats.calendar_words and (
        len(words) == 1 or words[1][:1].isdigit()
    ):
        return None
    # "By Jane Roe and Reuters", "By Reuters Staff": a wire or a desk is no author;
    # nor is the article of "By The Associated Press", whose names stop at the wire
    return tuple(
        n
        for n in split_names(names)
        if pats.agency_line.match(n) is None
        and pats.staff_byline.match(n) is None
        and n.casefold() != "the"
    )


def _unmarked_byline(pats: Patterns, text: str, line: Span) -> Claim | None:
    """A byline with no ``By``: a desk, a name and a time on one line, a blog's meta line."""
    if len(text) > 120:
        return None
    if pats.staff_byline.match(text) is not None:
        return Claim("byline", line, {"authors": ()})
    if not text.isascii():
        caseless = pats.caseless_byline.match(text)
        if caseless is not None:  # Korean and Japanese names have no capitals
            return Claim("byline", line, {"authors": (caseless.group("names"),)})
    # A name and a time on one line, either way round: a name (its social handle
    # may follow), a dash, bar, dot or slash and a time (Chris Davies - Nov 19, 2019,
    # 10:31 pm CST; Jane Roe • 5 March 2024 • 4 min read; Jane Roe@janeroe / 2:05 pm
    # EST • November 19, 2019), or a time and "by" a name (5:45 AM PST 11/19/2019 by
    # Jane Roe).
    for pattern, cue in ((_NAME_THEN_TIME, _SEPARATOR), (_TIME_THEN_NAME, _BY)):
        found = pattern.match(text) if cue.search(text) else None
        if found is None:
            continue
        name = pats.name_line.match(found.group("names"))
        if name is not None and is_timestamp(pats, found.group("time")):
            return Claim("byline", line, {"authors": split_names(name.group("names"))})
    return _meta_line(pats, text, line)


# A blog's meta line splits its items with slashes or bars.
_META_SPLIT = regex.compile(r"\s*[/|]\s*")
_META_ITEM_WORDS = 4


def _meta_line(pats: Patterns, text: str, line: Span) -> Claim | None:
    """A blog's meta line: a date, the author and a few short items, split by ``/`` or ``|``.

    Example: ``October 12, 2018/0 Comments/in Promotions /by jdadmin``.
    """
    if "/" not in text and "|" not in text:
        return None
    items = [item for item in _META_SPLIT.split(text) if item]
    if len(items) < 3 or any(word_count(item) > _META_ITEM_WORDS for item in items):
        return None
    authors = [item[3:] for item in items if item[:3].lower() == "by "]
    dated = any(pats.dates_in(item) for item in items)
    if len(authors) != 1 or not dated:
        return None
    return Claim("byline", line, {"authors": split_names(authors[0])})


_CLOCK_END = regex.compile(r"\d[ ]?[ap]\.m\.$", regex.IGNORECASE)

# What each shape needs, looked for before the larger pattern runs.
_SEPARATOR = regex.compile(r" [|–—·•\-/] ")
_BY = regex.compile(r" by ", regex.IGNORECASE)
_NAME_THEN_TIME = regex.compile(
    r"^(?P<names>[^|–—•\-/@]{3,60}?)(?:@\w{1,30})?[ ]+[|–—·•\-/][ ]+(?P<time>.{4,60})$"
)
# A blog's meta line may end with its comment count: "November 19, 2019 by Jane Roe 4 Comments".
_TIME_THEN_NAME = regex.compile(
    r"""^(?P<time>.{4,60}?)[ ]+by[ ]+(?P<names>[^|–—\-]{3,60}?)
    (?:[ ]+(?:\d{1,5}|no)[ ]+comments?|[ ]+leave[ ]a[ ]comment)?$""",
    regex.I | regex.X,
)


def body_after(doc: Document, line: Span) -> bool:
    """Some text is left unclaimed after ``line``: a story for it to sum up."""
    block = doc.block_at(line.start)
    if block is None:
        return False
    return any(
        span.start >= line.end for blk in doc.blocks[block.index :] for span in doc.free_spans(blk)
    )
