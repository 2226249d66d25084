"""Uses the public API as a user would; mypy --strict checks this file (it is not a test)."""

from collections.abc import Iterator

import newsparse
from newsparse import Article, Claim, Document, Parser, Span


def editor_note(doc: Document) -> Iterator[Claim]:
    for block in doc.free_blocks():
        if block.text.startswith("Editor's note:"):
            yield Claim("editor_note", block.span)


def headline_of(text: str) -> str | None:
    parser: Parser = Parser.default(languages=("en",)).with_rule(editor_note, before="paragraph")
    article: Article = newsparse.parse(text, parser=parser)
    span: Span | None = article.headline.span if article.headline else None
    del span
    return article.headline.text if article.headline else None
