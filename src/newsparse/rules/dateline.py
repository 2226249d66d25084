"""The dateline that opens the first paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.model import DataValue, Span
from newsparse.ruler import Claim, Document
from newsparse.rules._shape import is_title_like

# A dateline is short: only the first characters of a paragraph are searched.
_LEAD_CHARS = 160


def dateline(doc: Document) -> Iterator[Claim]:
    """Claim the dateline at the start of the first body paragraph.

    ``LONDON, Sept 17 (Reuters) -``, ``WASHINGTON (AP) —``, ``(Reuters) -``,
    ``Moscow (CNN) --``, ``Sevilla, 12 mar (EFE).-``, the old wire's
    ``GREENSBORO, N.C., March 3 -``, a Russian wire's ``МОСКВА, 19 ноя — РИА
    Новости.`` and a press release's ``PORTLAND, Maine, Nov. 19, 2019
    /PRNewswire/ --``. The dash belongs to the dateline's span;
    the view's text drops it. The place, date and agency are split out.
    """
    pats = doc.patterns
    for block in doc.blocks:
        spans = doc.free_spans(block)
        if not spans:
            continue
        span = spans[0]
        match = pats.dateline_at(doc.source, span.start, min(span.end, span.start + _LEAD_CHARS))
        if match is None or match.end() >= span.end:
            text = doc.source[span.start : min(span.end, span.start + 400)]
            if is_title_like(text) and span.end - span.start <= 300:
                # A subhead or a stray title line above the first paragraph.
                continue
            return
        lead_end = match.end("lead") if match.group("dash") is None else match.start("dash")
        data: dict[str, DataValue] = {"text_end": lead_end}
        for key in ("place", "date", "agency"):
            value = match.group(key)
            if value:
                # A place may run into the wire's dashes: "PORTLAND, Maine--(BUSINESS WIRE)".
                data[key] = " ".join(value.split()).rstrip("-\u2013\u2014 ")
        yield Claim("dateline", Span(span.start, match.end()), data)
        return
