"""The byline: the writers' names in the article's head, with their affiliation."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import (
    body_after,
    byline_claim,
    first_free,
    head_blocks,
    is_timestamp,
    named_authors,
    signed,
    split_names,
)
from newsparse.rules._shape import ends_sentence, free_lines, is_running_text, is_wrapped_paragraph


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
        role = _role_block_below(doc, claim)
        if role is not None:
            yield role


def _role_block_below(doc: Document, claim: Claim) -> Claim | None:
    """The writer's role alone in the block under the byline, as a byline part.

    ``By Jane Roe`` / (a blank line) / ``Opinion Columnist``: a claim stays in
    its block, so the role is a second byline part that names no one.
    """
    block = doc.block_at(claim.span.start)
    if block is None or block.index + 1 >= len(doc.blocks) or claim.span.end != block.end:
        return None
    below = doc.blocks[block.index + 1]
    if len(below.lines) != 1 or len(below.span) > _AFFILIATION_CHARS or not doc.is_free(below):
        return None
    if doc.patterns.role_line.match(doc.text(below.span)) is None:
        return None
    return Claim("byline", below.span, {"authors": ()})


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
            claim = byline_claim(pats, text, line)
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
                    or (not story_started and body_after(doc, line))
                ):
                    yield Claim("byline", line, {"authors": ()})
                    return
                continue
            authors = {"authors": split_names(named.group("names"))}
            if _beside_timestamp(doc, block, lines, i) or _agency_over_time(doc, block, line):
                yield _with_affiliation(doc, block, lines, i, Claim("byline", line, authors))
                return
            end = _handle_below(doc, block, line) or _role_below(doc, block, line, named)
            if end is not None:
                yield Claim("byline", Span(line.start, end), authors)
                return
            if signed(pats, named) and _under_headline(doc, block):
                yield Claim("byline", line, authors)
                return
        story_started = story_started or bool(lines and is_running_text(doc.text(lines[0])))
    first = first_free(doc)
    if first is not None and (not head or first[0].index <= head[-1].index + 1):
        _, span = first
        flat = pats.byline_flat.match(doc.source, span.start, min(span.end, span.start + 300))
        if flat is not None:
            names = " ".join(flat.group("names").replace(" . ", " ").split())
            # Read as a byline of its own: "Jane Roe, Science Correspondent" names one author.
            listed = named_authors(pats, f"By {names}")
            yield Claim(
                "byline",
                Span(span.start, flat.end()),
                {"authors": split_names(names) if listed is None else listed},
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
