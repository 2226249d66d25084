"""Renderings of an article for people and for other tools.

``text`` is a one-line-per-part summary, ``explain`` lists every part with
the rule that made it, ``markdown`` writes the article as Markdown, and
``html`` is a self-contained page that shows the untouched source with each
part highlighted by kind. Every piece of article text in the HTML is escaped,
so markup in an input shows as text and never runs.
"""

from __future__ import annotations

import html
import json

from newsparse.model import Article, ReadMore

__all__ = ["FORMATS", "explain", "render", "to_html", "to_markdown", "to_text"]

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "markdown", "html")
"""The output formats :func:`render` knows."""


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _marker_line(marker: ReadMore) -> str:
    links = "; ".join(marker.links)
    return f"read_more      {marker.label} (index {marker.index})" + (f": {links}" if links else "")


def to_text(article: Article, name: str = "") -> str:
    r"""A readable summary of the article, one line per part.

    Examples:
        >>> import newsparse
        >>> print(to_text(newsparse.parse("Kim heads home\n\nThe train left.")))
        headline       Kim heads home
        paragraph 1    The train left.
    """
    lines = [f"== {name}"] if name else []
    for label, view in (
        ("headline", article.headline),
        ("standfirst", article.standfirst),
        ("byline", article.byline),
        ("dateline", article.dateline),
    ):
        if view is not None:
            lines.append(f"{label:<14} {view.text}")
    for caption in article.captions:
        credit = f" [{caption.credit.text}]" if caption.credit else ""
        repeats = f" (+{len(caption.repeats)} repeat)" if caption.repeats else ""
        lines.append(f"caption        {_clip(caption.text)}{credit}{repeats}")
    markers: dict[int, list[ReadMore]] = {}
    for marker in article.read_more:
        markers.setdefault(marker.index, []).append(marker)
    for i, paragraph in enumerate(article.body):
        lines.extend(_marker_line(m) for m in markers.pop(i, ()))
        lines.append(f"paragraph {i + 1:<4} {_clip(paragraph.text)}")
    lines.extend(_marker_line(m) for rest in markers.values() for m in rest)
    if article.contributors:
        lines.append(f"contributors   {article.contributors.text}")
    if article.agency_credit:
        lines.append(f"agency_credit  {article.agency_credit.text}")
    if not article.parts:
        lines.append("(empty)")
    return "\n".join(lines)


def explain(article: Article, name: str = "") -> str:
    r"""Each part's kind, rule, span and first words: to see which rule made what.

    Examples:
        >>> import newsparse
        >>> print(explain(newsparse.parse("Kim heads home\n\nThe train left.")))
        kind           rule           span          text
        headline       headline       0:14          Kim heads home
        paragraph      paragraph      16:31         The train left.
    """
    lines = [f"== {name}"] if name else []
    lines.append(f"{'kind':<14} {'rule':<14} {'span':<13} text")
    for part in article.parts:
        span = f"{part.span.start}:{part.span.end}"
        lines.append(f"{part.kind:<14} {part.rule:<14} {span:<13} {_clip(part.text, 50)}")
    return "\n".join(lines)


def to_markdown(article: Article) -> str:
    r"""The article as Markdown: heading, standfirst, figures, body, links, credits.

    Examples:
        >>> import newsparse
        >>> print(to_markdown(newsparse.parse("Kim heads home\n\nThe train left. – Agencies")))
        # Kim heads home
        <BLANKLINE>
        The train left.
        <BLANKLINE>
        — Agencies
        <BLANKLINE>
    """
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline.text}")
    if article.standfirst:
        out.append(f"*{article.standfirst.text}*")
    meta = " · ".join(v.text for v in (article.byline, article.dateline) if v is not None)
    if meta:
        out.append(meta)
    for caption in article.captions:
        credit = f" ({caption.credit.text})" if caption.credit else ""
        out.append(f"> **Figure:** {caption.text}{credit}".rstrip())
    markers: dict[int, list[ReadMore]] = {}
    for marker in article.read_more:
        markers.setdefault(marker.index, []).append(marker)
    for i, paragraph in enumerate(article.body):
        out.extend(_markdown_marker(m) for m in markers.pop(i, ()))
        out.append(paragraph.text)
    out.extend(_markdown_marker(m) for rest in markers.values() for m in rest)
    if article.contributors:
        out.append(f"*{article.contributors.text}*")
    if article.agency_credit:
        out.append(f"— {article.agency_credit.text}")
    return "\n\n".join(out) + "\n"


def _markdown_marker(marker: ReadMore) -> str:
    return "\n".join([f"**{marker.label}**", *(f"- {link}" for link in marker.links)])


# One colour per default kind; custom kinds get a neutral grey.
_COLOURS = {
    "kicker": "#e8d5f2",
    "headline": "#ffd7a8",
    "standfirst": "#ffe9c7",
    "byline": "#c8e6ff",
    "timestamp": "#dfeefa",
    "dateline": "#b9f0d8",
    "caption": "#ffc9d6",
    "paragraph": "#ffffff",
    "read_more": "#f7f3a1",
    "related_link": "#fbf8cf",
    "agency_credit": "#c3f0c3",
    "contributors": "#d9f5d9",
    "boilerplate": "#e4e4e4",
    "other": "#f2d0d0",
}
_OTHER_COLOUR = "#dddddd"

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }}
h1 {{ font-size: 1.2rem; }}
.legend span {{ display: inline-block; margin: 0 .4rem .4rem 0; padding: .1rem .5rem;
  border: 1px solid #bbb; border-radius: .3rem; font-size: .85rem; }}
pre {{ white-space: pre-wrap; word-wrap: break-word; font: inherit; background: #fafafa;
  border: 1px solid #ddd; padding: 1rem; }}
mark {{ color: inherit; border-radius: .2rem; outline: 1px solid rgba(0,0,0,.12); }}
{styles}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="legend">{legend}</p>
<pre>{body}</pre>
</body>
</html>
"""


def _css_name(kind: str) -> str:
    return "k-" + "".join(c if c.isalnum() else "_" for c in kind)


def to_html(article: Article, name: str = "") -> str:
    r"""A self-contained page: the source with every part highlighted by kind.

    Each part is a ``<mark>`` whose tooltip names its kind and the rule that
    made it; a legend lists the kinds. All text is escaped.

    Examples:
        >>> import newsparse
        >>> page = to_html(newsparse.parse("<b>Title</b>\n\nBody."))
        >>> "&lt;b&gt;Title&lt;/b&gt;" in page and "<b>" not in page
        True
    """
    source = article.source
    kinds = list(dict.fromkeys(p.kind for p in article.parts))
    styles = "\n".join(
        f".{_css_name(k)} {{ background: {_COLOURS.get(k, _OTHER_COLOUR)}; }}" for k in kinds
    )
    legend = (
        " ".join(f'<span class="{_css_name(k)}">{html.escape(k)}</span>' for k in kinds)
        or "(no parts)"
    )
    pieces: list[str] = []
    pos = 0
    for part in article.parts:
        pieces.append(html.escape(source[pos : part.span.start]))
        tip = html.escape(f"{part.kind} (rule: {part.rule})", quote=True)
        text = html.escape(source[part.span.start : part.span.end])
        pieces.append(f'<mark class="{_css_name(part.kind)}" title="{tip}">{text}</mark>')
        pos = part.span.end
    pieces.append(html.escape(source[pos:]))
    title = "newsparse: " + (name or (article.headline.text if article.headline else "article"))
    return _PAGE.format(
        title=html.escape(title), styles=styles, legend=legend, body="".join(pieces)
    )


def _json(data: object, indent: int | None) -> str:
    """JSON with text as is, or escaped where it holds lone surrogates UTF-8 cannot carry."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent)
    return text


def render(article: Article, fmt: str, name: str = "") -> str:
    """Render one article in the format named (one of :data:`FORMATS`).

    Raises:
        ValueError: the format is not known.
    """
    if fmt == "json":
        return _json(article.to_dict(), indent=2)
    if fmt == "jsonl":
        return _json({"input": name, **article.to_dict()}, indent=None)
    if fmt == "markdown":
        return to_markdown(article)
    if fmt == "html":
        return to_html(article, name)
    if fmt == "text":
        return to_text(article, name)
    raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
