"""Articles to and from JSON-ready dicts.

The dict holds the source and the parts, which are the whole truth; the
typed views are written beside them for readers of the JSON, and rebuilt from
the parts when the dict is read back, so ``from_dict(to_dict(a)) == a``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from newsparse.model import Article, DataValue, Part, Span, collapse

__all__ = ["SCHEMA_VERSION", "article_from_dict", "article_to_dict", "json_schema"]

SCHEMA_VERSION = 1
"""The version of the dict layout; bumped on any change a reader would notice."""


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _value(value: DataValue) -> str | int | list[str] | None:
    return list(value) if isinstance(value, tuple) else value


def _views(article: Article) -> dict[str, Any]:
    def simple(view: Any, *fields: str) -> dict[str, Any] | None:  # noqa: ANN401 (any view)
        if view is None:
            return None
        out: dict[str, Any] = {"text": view.text, "span": _span(view.span)}
        for name in fields:
            value = getattr(view, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    return {
        "headline": simple(article.headline),
        "standfirst": simple(article.standfirst),
        "byline": simple(article.byline, "authors"),
        "dateline": simple(article.dateline, "place", "date", "agency"),
        "captions": [
            {
                "text": c.text,
                "span": _span(c.span),
                "credit": simple(c.credit, "label", "sources"),
                "repeats": [_span(r) for r in c.repeats],
            }
            for c in article.captions
        ],
        "body": [simple(p) for p in article.body],
        "read_more": [simple(m, "label", "index", "links") for m in article.read_more],
        "agency_credit": simple(article.agency_credit, "agencies"),
        "contributors": simple(article.contributors, "names"),
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as a JSON-ready dict (see :meth:`newsparse.Article.to_dict`)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": article.source,
        "parts": [
            {
                "kind": p.kind,
                "span": _span(p.span),
                "text": p.text,
                "rule": p.rule,
                "data": {k: _value(v) for k, v in p.data},
            }
            for p in article.parts
        ],
        **_views(article),
    }


def _data_value(key: str, value: object) -> DataValue:
    if (
        value is None
        or isinstance(value, str)
        or (isinstance(value, int) and not isinstance(value, bool))
    ):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise TypeError(f"part data {key!r} holds {value!r}; allowed: str, int, null or a list of str")


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article from :func:`article_to_dict` output.

    Raises:
        ValueError: the dict is not a newsparse article of a known schema version.
    """
    if not isinstance(data, dict):
        raise TypeError(f"from_dict() takes a dict, not {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ValueError(
            f"unknown schema_version {version!r}; this newsparse reads version {SCHEMA_VERSION}"
        )
    source = data.get("source")
    if not isinstance(source, str):
        raise TypeError(f"an article dict needs 'source' as a string; got {type(source).__name__}")
    parts: list[Part] = []
    for i, item in enumerate(data.get("parts", ())):
        try:
            start, end = item["span"]
            span = Span(int(start), int(end))
            part_data = tuple((str(k), _data_value(k, v)) for k, v in item.get("data", {}).items())
            parts.append(
                Part(
                    str(item["kind"]), span, collapse(span.of(source)), str(item["rule"]), part_data
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"part {i} is malformed: {exc}") from exc
        if span.end > len(source):
            raise ValueError(f"part {i} is malformed: span {span} runs past the end of the source")
    return Article(source, tuple(parts))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`newsparse.Article.to_dict` output, as shipped in the package."""
    text = resources.files("newsparse").joinpath("article.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
