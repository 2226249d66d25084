"""Read-more markers ("READ MORE") and the related headlines listed under them."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import free_lines, is_title_like

# A related headline is a short line; anything longer is running text.
_MAX_LINK = 200


def read_more(doc: Document) -> Iterator[Claim]:
    """Claim read-more markers and their related links.

    A marker alone on its line (``READ MORE``, ``Mehr zum Thema``) takes the
    short, title-like lines right under it in its block as ``related_link``
    parts; the first line that reads as running text ends the list. An inline
    marker (``Read more: Some headline``) is a marker with that one link.
    """
    pats = doc.patterns
    for block in doc.blocks:
        lines = free_lines(doc, block)
        i = 0
        while i < len(lines):
            line = lines[i]
            text = doc.text(line)
            if len(text) > 400:
                i += 1
                continue
            alone = pats.read_more_alone.match(text)
            if alone is not None:
                yield Claim("read_more", line, {"label": alone.group("label")})
                i += 1
                while (
                    i < len(lines)
                    and lines[i].start > line.end
                    and len(lines[i]) <= _MAX_LINK
                    and is_title_like(doc.text(lines[i]), max_words=25)
                    and not pats.read_more_alone.match(doc.text(lines[i]))
                ):
                    yield Claim("related_link", lines[i])
                    i += 1
                continue
            inline = pats.read_more_inline.match(text)
            if inline is not None and is_title_like(inline.group("link"), max_words=30):
                link_start = line.start + inline.start("link")
                yield Claim(
                    "read_more",
                    Span(line.start, link_start),
                    {"label": inline.group("label")},
                )
                yield Claim("related_link", Span(link_start, line.end))
            i += 1
