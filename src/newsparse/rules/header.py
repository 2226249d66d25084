"""The head of an article: kicker, headline, byline, timestamps and standfirst."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import (
    ends_full_stop,
    ends_sentence,
    free_lines,
    has_blank_line_layout,
    is_hard_wrapped,
    is_running_text,
    is_title_like,
    is_wrapped_paragraph,
    line_spans,
    word_count,
)

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
_SENTENCE_INSIDE = regex.compile(r"[.!?][\"”’)]?\s+\S")
# A line that ends with a full stop, perhaps with a bracketed credit after it.
_SENTENCE_END = regex.compile(r"\p{Ll}\.[\"”’]?(?:\s+\([^()]{1,60}\))?$")
_LETTERS = regex.compile(r"\p{L}[\p{L}.]*")
_SPLIT_NAMES = regex.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*", regex.I)


# A dateline stands in a line's first characters.
_DATELINE_CHARS = 200


def _opens_with_dateline(doc: Document, line: Span) -> bool:
    end = min(line.end, line.start + _DATELINE_CHARS)
    return doc.patterns.dateline_at(doc.source, line.start, end) is not None


def _dateline_opens(pats: Patterns, text: str) -> bool:
    """``text`` opens with a dateline: ``LONDON, Sept 17 (Reuters) -``."""
    return pats.dateline_at(text, 0, _DATELINE_CHARS) is not None


def _top_blocks(doc: Document) -> Iterator[Block]:
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
    for block in _top_blocks(doc):
        lines = free_lines(doc, block)
        if lines and _opens_with_dateline(doc, lines[0]):
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
    ``Published`` and ``3 hours ago`` are such lines.
    """
    if len(text) > 120:
        return False
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


def _split_names(names: str) -> tuple[str, ...]:
    """The authors in a byline's names, each without the place it files from."""
    parts = (_FILED_FROM.sub("", part) for part in _SPLIT_NAMES.split(names))
    return tuple(n for n in (" ".join(p.split()) for p in parts) if n)


# The place a writer files from, after the name: "Sam Roe in Madrid".
_FILED_FROM = regex.compile(r"\s+in\s+\p{Lu}.*$")


def _first_free(doc: Document) -> tuple[Block, Span] | None:
    for block in doc.blocks:
        free = doc.free_spans(block)
        if free:
            return block, free[0]
    return None


def _section_like(text: str) -> bool:
    """A section name: ALL CAPS, Title Case, or split by a separator or a wide gap."""
    if _strong_section(text):
        return True
    letters = [w for w in text.split() if w[:1].isalpha()]
    if not letters:
        return False
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
    if _byline_claim(doc.patterns, text, line) is not None:
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
    if _byline_claim(pats, text, Span(0, 1)) or pats.byline_flat.match(text):
        return "byline"
    if is_timestamp(pats, text):
        return "time"
    if _dateline_opens(pats, text):
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
    for block in _top_blocks(doc):
        if is_wrapped_paragraph(doc, block):
            return
        for line in line_spans(doc, block):
            seen += 1
            if seen > _HEAD_LINES:
                return
            text = doc.text(line)
            if looks_like_other_header(pats, text):
                continue
            after = _next_line(doc, block, line)
            third = _next_line(doc, *after) if after else None
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
        for line in line_spans(doc, later):
            if line.start <= first.start:
                continue
            text = doc.text(line)
            if far and _reads_as_body(text):
                return None  # the story runs under the first title: a byline below is a teaser's
            if _byline_claim(doc.patterns, text, line) is not None or _name_over_time(
                doc, later, line
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
    passed over.
    """
    tried = 0
    for above in reversed(seen):
        title = doc.text(above)
        if looks_like_other_header(doc.patterns, title) or _SENTENCE_END.search(title):
            continue
        if is_title_like(title) and word_count(title) >= 4 and not _weak_title(title):
            return above
        tried += 1
        if tried == _TITLE_OVER_BYLINE:
            break
    return None


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
    after = _next_line(doc, block, line)
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


def _next_line(doc: Document, block: Block, span: Span) -> tuple[Block, Span] | None:
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
    Jane Roe``), a desk (``Staff and agencies``) and names with an agency
    (``Jane Roe and John Doe, Associated Press``).
    """
    return bool(
        pats.byline.match(text)
        or pats.byline_flat.match(text)
        or _dateline_opens(pats, text)
        or is_timestamp(pats, text)
        or _unmarked_byline(pats, text, Span(0, len(text))) is not None
        or _names_with_agency(pats, text)
    )


def _names_with_agency(pats: Patterns, text: str) -> bool:
    """A bare name line whose role is an agency: ``Jane Roe, Associated Press``."""
    named = pats.name_line.match(text) if len(text) <= 100 else None
    role = named.group("role") if named is not None else None
    return role is not None and pats.agency_line.match(role) is not None


def _byline_claim(pats: Patterns, text: str, line: Span) -> Claim | None:
    # A byline has no final stop, unless its time ends it ("… at 11:08 a.m.").
    unfinished = not ends_full_stop(text) or _CLOCK_END.search(text) is not None
    if len(text) <= 120 and unfinished:
        authors = _named_authors(pats, text)
        if authors is not None:
            return Claim("byline", line, {"authors": authors})
    return _unmarked_byline(pats, text, line)


def _named_authors(pats: Patterns, text: str) -> tuple[str, ...] | None:
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
        for n in _split_names(names)
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
    # A name and a time on one line, either way round (examples:
    # "Chris Davies - Nov 19, 2019, 10:31 pm CST"; "5:45 AM PST 11/19/2019 by Jane Roe").
    for pattern, cue in ((_NAME_THEN_TIME, _SEPARATOR), (_TIME_THEN_NAME, _BY)):
        found = pattern.match(text) if cue.search(text) else None
        if found is None:
            continue
        name = pats.name_line.match(found.group("names"))
        if name is not None and is_timestamp(pats, found.group("time")):
            return Claim("byline", line, {"authors": _split_names(name.group("names"))})
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
    return Claim("byline", line, {"authors": _split_names(authors[0])})


_CLOCK_END = regex.compile(r"\d[ ]?[ap]\.m\.$", regex.IGNORECASE)
# What each shape needs, looked for before the larger pattern runs.
_SEPARATOR = regex.compile(r" [|–—·\-] ")
_BY = regex.compile(r" by ", regex.IGNORECASE)
_NAME_THEN_TIME = regex.compile(r"^(?P<names>[^|–—\-]{3,60}?)[ ]+[|–—·\-][ ]+(?P<time>.{4,60})$")
_TIME_THEN_NAME = regex.compile(r"^(?P<time>.{4,60}?)[ ]+by[ ]+(?P<names>[^|–—\-]{3,60})$", regex.I)


def byline(doc: Document) -> Iterator[Claim]:
    """Claim the byline in the article's head.

    ``By Jane Doe``, ``Von Jonas Keller, dpa``, ``Staff and agencies`` and the
    flattened ``By . Jane Doe .`` stand alone; a bare name (``Aoife Brennan``,
    ``Helena Marsh in Lisbon``) counts only beside a timestamp line, or with
    a role or wire after it (``Jane Roe, Reuters``) right under the headline,
    and a wire's name alone (``Reuters``) beside one or above the story. A short
    story's head may run to its end: a byline naming no person there, with
    no text after it (``Associated Press``, ``With inputs from PTI``), is the
    story's credit, for the ``agency_credit`` rule.
    """
    for claim in _bylines(doc):
        closes = _TEXT.search(doc.source, claim.span.end) is None
        if closes and dict(claim.data).get("authors") == ():
            return
        yield claim


_TEXT = regex.compile(r"\S")


def _bylines(doc: Document) -> Iterator[Claim]:
    pats = doc.patterns
    head = head_blocks(doc)
    story_started = False
    for block in head:
        if is_wrapped_paragraph(doc, block):
            continue  # a wrapped paragraph's lines are not lines of their own
        lines = free_lines(doc, block)
        for i, line in enumerate(lines):
            text = doc.text(line)
            claim = _byline_claim(pats, text, line)
            if claim is not None:
                yield _with_affiliation(doc, block, lines, i, claim)
                return
            named = pats.name_line.match(text) if len(text) <= 100 else None
            if named is not None and is_timestamp(pats, text):
                named = None  # "Published Tue, Nov 19 2019" is a time, not a name and role
            if named is None:
                # a wire's name alone signs the story above it, or beside its time
                if _agency_signs(pats, text) and (
                    _beside_timestamp(doc, block, lines, i)
                    or (not story_started and _body_after(doc, line))
                ):
                    yield Claim("byline", line, {"authors": ()})
                    return
                continue
            authors = {"authors": _split_names(named.group("names"))}
            if _beside_timestamp(doc, block, lines, i) or _agency_over_time(doc, block, line):
                yield _with_affiliation(doc, block, lines, i, Claim("byline", line, authors))
                return
            end = _handle_below(doc, block, line) or _role_below(doc, block, line, named)
            if end is not None:
                yield Claim("byline", Span(line.start, end), authors)
                return
            if _signed(pats, named) and _under_headline(doc, block):
                yield Claim("byline", line, authors)
                return
        story_started = story_started or bool(lines and is_running_text(doc.text(lines[0])))
    first = _first_free(doc)
    if first is not None and (not head or first[0].index <= head[-1].index + 1):
        _, span = first
        flat = pats.byline_flat.match(doc.source, span.start, min(span.end, span.start + 300))
        if flat is not None:
            names = " ".join(flat.group("names").replace(" . ", " ").split())
            # Read as a byline of its own: "Jane Roe, Science Correspondent" names one author.
            listed = _named_authors(pats, f"By {names}")
            yield Claim(
                "byline",
                Span(span.start, flat.end()),
                {"authors": _split_names(names) if listed is None else listed},
            )


# An affiliation under a byline is a short line: an agency, a place in capitals,
# a role or a newsroom.
_AFFILIATION_CHARS = 40
_CAPITAL_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.\-]+"
_PLACE_IN_CAPITALS = regex.compile(rf"{_CAPITAL_WORD}(?:[ ]{_CAPITAL_WORD}){{0,2}}")
# Where the writer files from: "Reporting from Lisbon", "Reporting from Kyiv, Ukraine".
_REPORTING_FROM = regex.compile(r"(?i:reporting from)[ ]+\p{Lu}[^.!?\n]{0,60}")
# A newsroom, perhaps with its place: "BBC News, Yorkshire", "The Harbour Times".
_NEWSROOM = regex.compile(r"\p{Lu}[\p{L}.'’\-]*(?:(?:[ ]|,[ ])\p{Lu}[\p{L}.'’\-]*){1,5}")


def _with_affiliation(
    doc: Document, block: Block, lines: list[Span], i: int, claim: Claim
) -> Claim:
    """The byline with the affiliation line under it in its block.

    ``Associated Press`` under ``By Jane Roe``, ``NAPOLI`` under ``Redazione ANSA``,
    ``BBC News, Yorkshire`` or ``Economics correspondent`` under ``By Tom Roe``.
    """
    if i + 1 >= len(lines) or not block.follows(lines[i], lines[i + 1]):
        return claim
    below = doc.text(lines[i + 1])
    if len(below) > _AFFILIATION_CHARS or not _is_affiliation(doc.patterns, below):
        return claim
    return Claim("byline", Span(claim.span.start, lines[i + 1].end), claim.data)


def _is_affiliation(pats: Patterns, text: str) -> bool:
    """An agency, a place in capitals, a role, a newsroom and its place, where it is filed from."""
    return (
        pats.agency_line.match(text) is not None
        or _PLACE_IN_CAPITALS.fullmatch(text) is not None
        or pats.role_line.match(text) is not None
        or _REPORTING_FROM.fullmatch(text) is not None
        or (_NEWSROOM.fullmatch(text) is not None and not is_timestamp(pats, text))
    )


# A role between a name and its handle is a short line: "Transport Correspondent".
_ROLE_CHARS = 40
# The author's handle alone on a line, or after a role: "@jroe", "News reporter @jroe".
_HANDLE_LINE = regex.compile(r"(?:(?P<role>[^@\n]{1,40}?)[ ]+)?@\w{2,30}")


def _signed(pats: Patterns, named: regex.Match[str]) -> bool:
    """A name with a role or a wire after it: ``Jane Roe, Political Editor``, ``Jane Roe | AP``.

    Not ``Storm Ciaran, explained``; and not a place alone (``Jane Roe in
    Lisbon``), which a deck in Title Case reads as too (``Officials Signal
    Cuts in Lisbon``).
    """
    role = named.group("role")
    return role is not None and (
        pats.role_line.match(role) is not None or pats.agency_line.match(role) is not None
    )


def _under_headline(doc: Document, block: Block) -> bool:
    """A block of one line right under the headline, or under a line under it, over the story.

    The line under the headline may be a standfirst; below the block, a
    paragraph of running text opens the story.
    """
    if len(block.lines) != 1 or block.index + 1 >= len(doc.blocks):
        return False
    following = doc.blocks[block.index + 1]
    if not doc.is_free(following) or not is_running_text(following.line_text(0)):
        return False
    for above in reversed(doc.blocks[max(0, block.index - 2) : block.index]):
        kinds = doc.kinds(above)
        if kinds:
            return kinds[-1] == "headline"
        if len(above.lines) != 1:
            return False
    return False


def _role_below(doc: Document, block: Block, line: Span, named: regex.Match[str]) -> int | None:
    """Where a byline ends when the writer's role is the line under a bare name.

    ``Laura Pettigrew`` / ``BBC Wales political reporter``: the name and role
    lines are one byline.
    """
    if named.group("role") or named.group("place"):
        return None
    below = block.line_after(line)
    if below is None or len(below) > _AFFILIATION_CHARS:
        return None
    return below.end if doc.patterns.role_line.match(doc.text(below)) else None


def _handle_below(doc: Document, block: Block, line: Span) -> int | None:
    """Where a byline ends when the author's handle is under the name in its block.

    ``Jane Roe`` / ``@jroe`` is the name alone; ``Jane Roe`` / ``News reporter
    @jroe`` takes the role and handle line; ``Jane Roe`` / ``Transport
    Correspondent`` / ``@jroe`` takes the role line.
    """
    nxt = block.line_after(line)
    if nxt is None:
        return None
    handle = _HANDLE_LINE.fullmatch(doc.text(nxt))
    if handle is not None:
        return nxt.end if handle.group("role") else line.end
    role = doc.text(nxt)
    if len(nxt) > _ROLE_CHARS or ends_sentence(role):
        return None
    below = block.line_after(nxt)
    handle = _HANDLE_LINE.fullmatch(doc.text(below)) if below is not None else None
    if handle is None or handle.group("role"):
        return None  # a handle alone under the role
    return nxt.end


def _agency_signs(pats: Patterns, text: str) -> bool:
    """Whether a line is an agency's name alone, as a wire story's byline gives it.

    ``Reuters`` and ``AFP and Reuters`` are; ``(Reuters)`` and ``– Reuters``,
    with a credit's bracket or dash, are not.
    """
    return (
        len(text) <= _AFFILIATION_CHARS
        and text[:1].isalpha()
        and text[-1:].isalpha()
        and pats.agency_line.match(text) is not None
    )


def _agency_over_time(doc: Document, block: Block, line: Span) -> bool:
    """A name over an agency over a time line: ``Jane Roe`` / ``Reuters`` / ``November 19``."""
    nxt = block.line_after(line)
    if nxt is None or len(nxt) > _AFFILIATION_CHARS:
        return False
    if doc.patterns.agency_line.match(doc.text(nxt)) is None:
        return False
    below = block.line_after(nxt)
    return below is not None and is_timestamp(doc.patterns, doc.text(below))


def _beside_timestamp(doc: Document, block: Block, lines: list[Span], i: int) -> bool:
    pats = doc.patterns
    neighbours: list[str] = []
    if i + 1 < len(lines):
        neighbours.append(doc.text(lines[i + 1]))
    elif len(block.lines) == 1 and block.index + 1 < len(doc.blocks):
        neighbours.append(doc.blocks[block.index + 1].line_text(0))
    if i > 0:
        neighbours.append(doc.text(lines[i - 1]))
    elif len(block.lines) == 1 and block.index > 0:
        above = doc.blocks[block.index - 1]
        neighbours.append(above.line_text(len(above.lines) - 1))
    return any(is_timestamp(pats, t) for t in neighbours)


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
    first = _first_free(doc)
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


# Lines this short under a headline are page furniture ("Editorial", "New, 6 comments").
_META_WORDS = 5
# Kinds that may follow a standfirst that ends with a full stop.
_HEAD_KINDS = ("byline", "timestamp", "caption", "boilerplate")
# A time line below the head is short.
_LATE_STAMP = 80
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


def _body_after(doc: Document, line: Span) -> bool:
    """Some text is left unclaimed after ``line``: a story for it to sum up."""
    block = doc.block_at(line.start)
    if block is None:
        return False
    return any(
        span.start >= line.end for blk in doc.blocks[block.index :] for span in doc.free_spans(blk)
    )


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
        if not 6 <= words <= 90 or len(text) > 700 or _dateline_opens(doc.patterns, text):
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
        if not _body_after(doc, line):
            return  # nothing but furniture follows: this is the story, not its summary
        yield Claim("standfirst", line)
        return
