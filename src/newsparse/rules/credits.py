"""The closing credits: contributor lines and the agency credit."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import DataValue, Span
from newsparse.ruler import Claim, Document

# How far back from the end the closing lines are looked for.
_TAIL_BLOCKS = 6
# The last stretch of a long paragraph searched for a closing credit.
_TAIL_CHARS = 400
_MAX_CONTRIBUTOR_LINE = 500

# Where a sentence starts: after a stop and a space, before a capital or a quote;
# not after an initial ("Edith M. Lederer").
_SENTENCE_START = regex.compile(r"(?<=(?<!\b\p{Lu})[.!?][\"”’)]?\s+)(?=[\p{Lu}\"“‘(])")
# A person's name in a contributor line: two to four capitalised words, not
# after "in" (a place: "Leo Grant in Baton Rouge"), and not the outlet of a
# possessive ("CNN's Laura Beck" names Laura Beck).
_NAME = regex.compile(
    r"""
    (?<!\bin[ ]|\bfrom[ ]|\bat[ ])
    (?<!\p{L})(?:\p{Lu}[\p{L}\p{M}.\-]*['’]s[ ])?
    (?P<name>
        \p{Lu}[\p{L}\p{M}'’\-]+
        (?:[ ](?:(?:de|da|van|von|der|del|di|la|le|bin|al)[ ])?\p{Lu}[\p{L}\p{M}'’\-]+){1,3}
    )
    """,
    regex.VERBOSE,
)
# Capitalised words that name an outlet, not a person ("Associated Press writer").
_OUTLET_WORDS = frozenset({"associated", "thomson"})


def _names(pats: Patterns, text: str) -> tuple[str, ...]:
    """The people a contributor line names, without its leads ("Reporting by", "Mitarbeit")."""
    found: dict[str, None] = {}
    not_names = pats.lead_words | _OUTLET_WORDS
    for match in _NAME.finditer(text):
        words = match.group("name").split()
        while words and words[0].casefold() in not_names:
            words = words[1:]
        if len(words) >= 2 and words[0] not in ("Press", "Reuters"):
            found.setdefault(" ".join(words), None)
    return tuple(found)


def _closing_blocks(doc: Document) -> Iterator[Block]:
    """The last blocks that still hold unclaimed text, from the end."""
    seen = 0
    for block in reversed(doc.blocks):
        if not doc.free_spans(block):
            continue
        yield block
        seen += 1
        if seen == _TAIL_BLOCKS:
            return


def contributors(doc: Document) -> Iterator[Claim]:
    """Claim a closing line that credits people rather than an agency.

    ``Reporting by A; Editing by B``, ``(Reporting by …)`` alone or after the
    last sentence, ``Additional reporting by Y``, and a last sentence such as
    ``CNN's Jane Doe contributed to this report.``
    """
    pats = doc.patterns
    for block in _closing_blocks(doc):
        spans = doc.free_spans(block)
        for span in reversed(spans):
            text = doc.text(span)
            if (
                len(text) <= _MAX_CONTRIBUTOR_LINE
                and pats.contributor_lead.match(text)
                and not _SENTENCE_BREAK.search(text)
                # a line naming only agencies ("Avec AFP") is the agency credit's
                and not pats.agency_line.match(text)
            ):
                claimed = _before_agency_line(doc, block, span)
                yield Claim("contributors", claimed, {"names": _names(pats, doc.text(claimed))})
                return
            tail_start = max(span.start, span.end - _TAIL_CHARS)
            tail = doc.source[tail_start : span.end]
            note = pats.contributor_note.search(tail) if tail.endswith(")") else None
            # A note naming only agencies ("(Mit Material von dpa)") is the agency credit's.
            if note is not None and not pats.agency_line.match(note.group()):
                claim = Span(tail_start + note.start(), span.end)
                yield Claim("contributors", claim, {"names": _names(pats, doc.text(claim))})
                return
            match = pats.contributor_tail.search(tail) or _bare_contributed(tail)
            if match is not None:
                starts = [m.start() for m in _SENTENCE_START.finditer(tail, 0, match.start())]
                start = tail_start + (starts[-1] if starts else 0)
                if starts or tail_start == span.start:
                    claim = Span(start, span.end)
                    yield Claim("contributors", claim, {"names": _names(pats, doc.text(claim))})
                    return


def _before_agency_line(doc: Document, block: Block, span: Span) -> Span:
    """``span`` without a last line that is the agency credit's.

    ``Reporting by Jane Roe`` / ``© Reuters 2024`` in one block: the credit
    closes the story for the agency_credit rule.
    """
    last = block.lines[block.line_index(span.end - 1)]
    if last.start <= span.start:
        return span
    if doc.patterns.agency_line.match(doc.text(last)) is None:
        return span
    above = block.line_before(last)
    return Span(span.start, above.end) if above is not None else span


# "Associated Press writer X in Y contributed." names its people by their job.
_BARE_CONTRIBUTED = regex.compile(
    r"(?:\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b|['’]s\b)"
    r"[^.!?]{0,200}\bcontributed[.!]?\)?$"
)
# A sentence break: a stop, a space and a capitalised word.
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’]?\s+\p{Lu}\p{Ll}")


def _bare_contributed(tail: str) -> regex.Match[str] | None:
    found = _BARE_CONTRIBUTED.search(tail)
    if found is None:
        return None
    return regex.search(r"\bcontributed[.!]?\)?$", tail)


# A closing credit line is short; an agency's copyright line may carry its notice.
_CLOSING_LINE = 100
_NOTICE_LINE = 300


def agency_credit(doc: Document) -> Iterator[Claim]:
    """Claim the wire credit that closes the article.

    A closing line of its own (`` Reuter``, ``(AP)``, ``© Reuters``, ``PTI``,
    ``jro/dpa``, ``Source: Al Jazeera and news agencies``), or the end of the
    last paragraph (``… relations. – Agencies``, ``… said. (dpa)``). The dash
    or brackets belong to the credit's span; the view's text drops them.
    """
    pats = doc.patterns
    block = next(_closing_blocks(doc), None)
    if block is None:
        return
    span = doc.free_spans(block)[-1]
    lines = [line for line in block.lines if line.start < span.end and line.end > span.start]
    last = Span(max(lines[-1].start, span.start), span.end) if lines else span
    text = doc.text(last)
    whole = None
    if len(text) <= _CLOSING_LINE:
        whole = pats.agency_line.match(text) or pats.source_line.match(text)
    elif len(text) <= _NOTICE_LINE and text[:9].casefold().startswith(("©", "copyright")):
        whole = pats.agency_line.match(text)  # an agency's copyright and its notice
    if whole is not None:
        data: dict[str, DataValue] = {
            "text_start": last.start + whole.start("agencies"),
            "text_end": last.start + whole.end("agencies"),
            "agencies": _agency_list(whole.group("agencies")),
        }
        yield Claim("agency_credit", last, data)
        return
    tail_start = max(last.start, last.end - 120)
    match = pats.agency_tail.search(doc.source, tail_start, last.end)
    if match is not None:
        start = match.start("dash") if match.group("dash") else match.start("credit")
        data = {
            "text_start": match.start("agencies"),
            "text_end": match.end("agencies"),
            "agencies": _agency_list(match.group("agencies")),
        }
        yield Claim("agency_credit", Span(start, last.end), data)


_AGENCY_SPLIT = regex.compile(r"\s*(?:,|/|\band\b|&)\s*", regex.I)


def _agency_list(text: str) -> tuple[str, ...]:
    return tuple(p for p in (" ".join(a.split()) for a in _AGENCY_SPLIT.split(text)) if p)
