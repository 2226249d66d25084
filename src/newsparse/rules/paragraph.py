"""The fallback: running text becomes body paragraphs."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.ruler import Claim, Document
from newsparse.rules._shape import is_hard_wrapped, line_spans


def paragraph(doc: Document) -> Iterator[Claim]:
    """Claim what is left as body paragraphs.

    A hard-wrapped block is one paragraph (its line breaks are wraps); in any
    other block each line is a paragraph, as in one-line-per-paragraph copy.
    A claim in the middle of a block splits the paragraph around it.
    """
    for block in doc.blocks:
        if is_hard_wrapped(doc, block):
            for span in doc.free_spans(block):
                yield Claim("paragraph", span)
        else:
            for span in line_spans(doc, block):
                yield Claim("paragraph", span)
