"""The result model: spans, parts and the typed views of an article.

Everything here is frozen and built from tuples. An :class:`Article` holds the
untouched source and its :class:`Part` list; the typed views (``headline``,
``captions``, ``body`` …) are derived from those two once, when the article is
made, so an article rebuilt from its parts has the same views.

Rules attach structured data to a part as ``(key, value)`` pairs. The keys the
default rules use, and the views read, are:

``text_start`` / ``text_end``
    The stretch of the part that is its content, without separators or labels
    at the edges (the dash before ``Agencies``, the dash after a dateline).
``credit_start``
    Where the credit begins inside a caption part.
``label`` / ``sources``
    A caption credit's label word and its sources; a read-more marker's label.
``authors`` / ``names`` / ``agencies`` / ``place`` / ``date`` / ``agency``
    The sub-fields of bylines, contributor lines, agency credits and datelines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypeAlias

from attrs import field, frozen

__all__ = [
    "AgencyCredit",
    "Article",
    "Byline",
    "Caption",
    "Contributors",
    "Credit",
    "DataValue",
    "Dateline",
    "Headline",
    "Paragraph",
    "Part",
    "ReadMore",
    "Span",
    "Standfirst",
    "collapse",
]

DataValue: TypeAlias = str | int | tuple[str, ...] | None
"""A value a rule may attach to a part: JSON-ready and hashable."""

Data: TypeAlias = tuple[tuple[str, DataValue], ...]


def collapse(text: str) -> str:
    r"""Collapse every run of whitespace to one space and strip the ends.

    Examples:
        >>> collapse("  Hard-wrapped\n   wire   copy ")
        'Hard-wrapped wire copy'
    """
    return " ".join(text.split())


def _preview(text: str, words: int = 6) -> str:
    head = text.split(maxsplit=words)
    return " ".join(head[:words]) + (" …" if len(head) > words else "")


@frozen(repr=False)
class Span:
    r"""A half-open stretch ``[start, end)`` of the source.

    Examples:
        >>> source = "Headline\n\nBody."
        >>> Span(10, 15).of(source)
        'Body.'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(
                f"a span needs 0 <= start <= end; got start={self.start}, end={self.end}"
            )

    def of(self, source: str) -> str:
        """Return the stretch of ``source`` this span covers."""
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end})"

    # Spans sort by start, then end. Written out because they are compared in
    # hot loops, where attrs' generated ordering (tuple building) is slow.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)


@frozen(repr=False)
class Part:
    """One labelled stretch of the source.

    ``text`` is the span's slice of the source with its whitespace collapsed,
    ``rule`` is the name of the rule that claimed it, and ``data`` holds
    ``(key, value)`` pairs the rule attached (see the module docstring).
    """

    kind: str
    span: Span
    text: str
    rule: str
    data: Data = ()

    def get(self, key: str, default: DataValue = None) -> DataValue:
        """Return the data value stored under ``key``, or ``default``."""
        for k, v in self.data:
            if k == key:
                return v
        return default

    def __repr__(self) -> str:
        return (
            f"<Part {self.kind} {self.span.start}:{self.span.end} "
            f"rule={self.rule} {_preview(self.text)!r}>"
        )


class _HasTextAndSpan(Protocol):
    text: str
    span: Span


def _view_repr(self: _HasTextAndSpan) -> str:
    return f"<{type(self).__name__} {self.span.start}:{self.span.end} {_preview(self.text)!r}>"


@frozen(repr=False)
class Headline:
    """The article's title line."""

    text: str
    span: Span
    __repr__ = _view_repr


@frozen(repr=False)
class Standfirst:
    """The summary under the headline, before the byline or the body."""

    text: str
    span: Span
    __repr__ = _view_repr


@frozen(repr=False)
class Byline:
    """The line naming the authors, as printed, with ``authors`` split out."""

    text: str
    span: Span
    authors: tuple[str, ...] = ()
    __repr__ = _view_repr


@frozen(repr=False)
class Dateline:
    """The lead-in of the first paragraph, such as ``LONDON, Sept 17 (Reuters)``.

    ``text`` drops the trailing dash; ``span`` keeps it, because the dash
    belongs to the dateline.
    """

    text: str
    span: Span
    place: str | None = None
    date: str | None = None
    agency: str | None = None
    __repr__ = _view_repr


@frozen(repr=False)
class Credit:
    """A photo credit: its label word (``Photograph``) and its sources."""

    text: str
    span: Span
    label: str | None = None
    sources: tuple[str, ...] = ()
    __repr__ = _view_repr


@frozen(repr=False)
class Caption:
    """An image caption, merged over its pasted repeats.

    ``text`` is the caption without its credit, ``span`` the first copy (credit
    included) and ``repeats`` the spans of later copies.
    """

    text: str
    span: Span
    credit: Credit | None = None
    repeats: tuple[Span, ...] = ()
    __repr__ = _view_repr


@frozen(repr=False)
class Paragraph:
    """One paragraph of the article's running text."""

    text: str
    span: Span
    __repr__ = _view_repr


@frozen(repr=False)
class ReadMore:
    """A "READ MORE" marker and the related headlines listed under it.

    ``index`` is the number of body paragraphs before the marker; ``span``
    runs from the marker to its last link.
    """

    text: str
    span: Span
    label: str
    index: int
    links: tuple[str, ...] = ()
    __repr__ = _view_repr


@frozen(repr=False)
class AgencyCredit:
    """The wire or source credit that closes the article (``– Agencies``)."""

    text: str
    span: Span
    agencies: tuple[str, ...] = ()
    __repr__ = _view_repr


@frozen(repr=False)
class Contributors:
    """A closing line that credits people: ``Reporting by A; Editing by B``."""

    text: str
    span: Span
    names: tuple[str, ...] = ()
    __repr__ = _view_repr


def _str(value: DataValue) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: DataValue) -> int | None:
    return value if isinstance(value, int) else None


def _strs(value: DataValue) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else ()


def _content(source: str, part: Part) -> tuple[str, int, int]:
    """The part's content text: its ``text_start``/``text_end`` stretch, collapsed."""
    start = _int(part.get("text_start"))
    end = _int(part.get("text_end"))
    lo = part.span.start if start is None else max(part.span.start, start)
    hi = part.span.end if end is None else min(part.span.end, end)
    if lo >= hi:
        return part.text, part.span.start, part.span.end
    return collapse(source[lo:hi]), lo, hi


def _credit(source: str, part: Part) -> tuple[str, Credit | None]:
    """Split a caption part into its caption text and its credit.

    The credit is the ``credit_start``/``credit_end`` stretch (to the part's
    end by default); the text is the ``text_start``/``text_end`` stretch, which
    by default runs from the part's start to the credit.
    """
    start, end = part.span.start, part.span.end
    credit_start = _int(part.get("credit_start"))
    if credit_start is None or not start <= credit_start < end:
        return _content(source, part)[0], None
    credit_end = min(end, _int(part.get("credit_end")) or end)
    cspan = Span(credit_start, max(credit_start, credit_end))
    credit = Credit(
        text=collapse(cspan.of(source)),
        span=cspan,
        label=_str(part.get("label")),
        sources=_strs(part.get("sources")),
    )
    text_start = _int(part.get("text_start"))
    text_start = start if text_start is None else max(start, text_start)
    text_end = _int(part.get("text_end"))
    if text_end is None:
        # The text runs up to the credit; a credit-only caption has no text.
        text_end = credit_start if credit_start >= text_start else end
    return collapse(source[text_start : min(end, text_end)]), credit


def _caption_pieces(
    source: str, parts: tuple[Part, ...]
) -> Iterator[tuple[str, Span, Credit | None, str]]:
    """Each caption as (text, span, credit, part text).

    A caption with no credit right before a credit-only caption (a credit
    printed in its own block under the caption) is one caption of both.
    """
    pending: tuple[str, Span, Credit | None, str] | None = None
    for part in parts:
        if part.kind != "caption":
            if pending is not None:
                yield pending
                pending = None
            continue
        text, credit = _credit(source, part)
        if pending is not None and pending[2] is None and not text and credit is not None:
            yield pending[0], Span(pending[1].start, part.span.end), credit, pending[3]
            pending = None
            continue
        if pending is not None:
            yield pending
        pending = (text, part.span, credit, part.text)
    if pending is not None:
        yield pending


def _merge_captions(source: str, parts: tuple[Part, ...]) -> tuple[Caption, ...]:
    """Merge caption parts whose text is equal, keeping the first copy's span."""
    order: list[str] = []
    firsts: dict[str, tuple[str, Span, Credit | None]] = {}
    repeats: dict[str, list[Span]] = {}
    for text, span, credit, part_text in _caption_pieces(source, parts):
        # A credit-only caption has no text to match on; its credit is its identity.
        key = text.casefold() if text else "\0" + part_text.casefold()
        if key not in firsts:
            order.append(key)
            firsts[key] = (text, span, credit)
            repeats[key] = []
        else:
            first_text, first_span, first_credit = firsts[key]
            if first_credit is None and credit is not None:
                firsts[key] = (first_text, first_span, credit)
            repeats[key].append(span)
    return tuple(
        Caption(
            text=firsts[k][0], span=firsts[k][1], credit=firsts[k][2], repeats=tuple(repeats[k])
        )
        for k in order
    )


def _read_more(source: str, parts: tuple[Part, ...]) -> tuple[ReadMore, ...]:
    """Group each marker with the related links that follow it."""
    # Each marker: its part, its index, its links and the end of its last link.
    found: list[tuple[Part, int, list[str], int]] = []
    paragraphs = 0
    for part in parts:
        if part.kind == "paragraph":
            paragraphs += 1
        elif part.kind == "read_more":
            found.append((part, paragraphs, [], part.span.end))
        elif part.kind == "related_link" and found:
            marker, index, links, _ = found[-1]
            links.append(_content(source, part)[0])
            found[-1] = (marker, index, links, part.span.end)
    views = []
    for marker, index, links, end in found:
        label = _str(marker.get("label")) or _content(source, marker)[0]
        views.append(
            ReadMore(
                text=label,
                span=Span(marker.span.start, end),
                label=label,
                index=index,
                links=tuple(links),
            )
        )
    return tuple(views)


def _part_tuple(parts: Iterable[Part]) -> tuple[Part, ...]:
    return tuple(parts)


def _first(parts: tuple[Part, ...], kind: str) -> Part | None:
    return next((p for p in parts if p.kind == kind), None)


@frozen(repr=False)
class Article:
    r"""A parsed article: the untouched source, its parts, and typed views.

    ``parts`` cover the whole document in order: every non-whitespace
    character of ``source`` lies in exactly one part. The views are derived
    from the parts when the article is made.

    Examples:
        >>> import newsparse
        >>> article = newsparse.parse("Storm closes port\n\nFerries stayed in harbour. – Agencies")
        >>> article.headline.text
        'Storm closes port'
        >>> [p.text for p in article.body]
        ['Ferries stayed in harbour.']
        >>> article.agency_credit.text
        'Agencies'
    """

    source: str
    parts: tuple[Part, ...] = field(converter=_part_tuple)

    headline: Headline | None = field(init=False, eq=False)
    standfirst: Standfirst | None = field(init=False, eq=False)
    byline: Byline | None = field(init=False, eq=False)
    dateline: Dateline | None = field(init=False, eq=False)
    captions: tuple[Caption, ...] = field(init=False, eq=False)
    body: tuple[Paragraph, ...] = field(init=False, eq=False)
    read_more: tuple[ReadMore, ...] = field(init=False, eq=False)
    agency_credit: AgencyCredit | None = field(init=False, eq=False)
    contributors: Contributors | None = field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        source, parts = self.source, self.parts
        views: dict[str, object] = {}

        part = _first(parts, "headline")
        views["headline"] = part and Headline(*_content(source, part)[:1], span=part.span)
        part = _first(parts, "standfirst")
        views["standfirst"] = part and Standfirst(*_content(source, part)[:1], span=part.span)
        part = _first(parts, "byline")
        views["byline"] = part and Byline(
            _content(source, part)[0], part.span, _strs(part.get("authors"))
        )
        part = _first(parts, "dateline")
        views["dateline"] = part and Dateline(
            _content(source, part)[0],
            part.span,
            place=_str(part.get("place")),
            date=_str(part.get("date")),
            agency=_str(part.get("agency")),
        )
        views["captions"] = _merge_captions(source, parts)
        views["body"] = tuple(Paragraph(p.text, p.span) for p in parts if p.kind == "paragraph")
        views["read_more"] = _read_more(source, parts)
        part = _first(parts, "agency_credit")
        views["agency_credit"] = part and AgencyCredit(
            _content(source, part)[0], part.span, _strs(part.get("agencies"))
        )
        part = _first(parts, "contributors")
        views["contributors"] = part and Contributors(
            _content(source, part)[0], part.span, _strs(part.get("names"))
        )
        for name, value in views.items():
            object.__setattr__(self, name, value)

    def parts_of(self, kind: str) -> tuple[Part, ...]:
        r"""Return the parts of one kind, in document order.

        Examples:
            >>> import newsparse
            >>> [p.text for p in newsparse.parse("Title\n\nOne.\n\nTwo.").parts_of("paragraph")]
            ['One.', 'Two.']
        """
        return tuple(p for p in self.parts if p.kind == kind)

    def __iter__(self) -> Iterator[Part]:
        return iter(self.parts)

    def __len__(self) -> int:
        return len(self.parts)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict that :meth:`from_dict` turns back into an equal article."""
        from newsparse.serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output.

        Raises:
            ValueError: the dict is not a newsparse article of a known schema version.
        """
        from newsparse.serialize import article_from_dict

        return article_from_dict(data)

    def __repr__(self) -> str:
        kinds: dict[str, int] = {}
        for p in self.parts:
            kinds[p.kind] = kinds.get(p.kind, 0) + 1
        summary = ", ".join(f"{k}={n}" for k, n in kinds.items())
        head = f" {_preview(self.headline.text)!r}" if self.headline else ""
        return f"<Article{head} {len(self.source)} chars; {summary or 'empty'}>"
