"""Use newsparse's Hypothesis strategies in your own tests.

    python -m pytest examples/test_with_strategies.py

`articles()` draws an article structure in a house style; `render()` writes
it as text and `matches()` says what a parse got wrong. `unusual_text()`
draws text that stresses a parser. Here they check a small pipeline of our
own: a function that keeps an article's headline and body as one string.
"""

from hypothesis import given, settings

import newsparse
from newsparse.testing import ArticleSpec, articles, unusual_text


def headline_and_body(text: str) -> str:
    """Our pipeline step: the headline, a blank line, then the body paragraphs."""
    article = newsparse.parse(text)
    head = article.headline.text if article.headline else ""
    return "\n\n".join([head, *(p.text for p in article.body)]).strip()


@settings(max_examples=50, deadline=None)
@given(articles(styles=("guardian", "reuters", "bbc")))
def test_our_step_keeps_the_headline_and_drops_captions(spec: ArticleSpec) -> None:
    out = headline_and_body(spec.render())
    assert out.startswith(spec.headline)
    for caption in spec.captions:
        assert caption.render() not in out


@settings(max_examples=50, deadline=None)
@given(unusual_text())
def test_our_step_never_raises(text: str) -> None:
    headline_and_body(text)
