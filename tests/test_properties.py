"""Properties that hold for every input: Hypothesis checks them on generated text."""

import itertools
import json

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from newsparse.model import collapse
from newsparse.testing import ArticleSpec, articles, unusual_text

TEXT = unusual_text()


def _owners(article: Article) -> list[int]:
    owners = [0] * len(article.source)
    for part in article.parts:
        for i in range(part.span.start, part.span.end):
            owners[i] += 1
    return owners


@given(TEXT)
@example("\ud800 lone surrogate\x00")
@example("READ MORE\r\rREAD MORE\u2028– Agencies")
@example("\n_\x1f\x0b\n\tD" + "i" * 33 + "\np")  # found by atheris: exponential backtracking
def test_parse_never_raises_on_any_str(text: str) -> None:
    assert isinstance(newsparse.parse(text), Article)


@given(TEXT)
def test_lossless_every_non_space_character_is_in_exactly_one_part(text: str) -> None:
    article = newsparse.parse(text)
    for char, owners in zip(text, _owners(article), strict=True):
        assert owners == 1 or (owners == 0 and char.isspace())


@given(TEXT)
def test_parts_are_sorted_and_do_not_overlap(text: str) -> None:
    spans = [p.span for p in newsparse.parse(text).parts]
    assert spans == sorted(spans)
    for left, right in itertools.pairwise(spans):
        assert left.end <= right.start


@given(TEXT)
def test_part_text_is_the_collapsed_slice_of_its_span(text: str) -> None:
    article = newsparse.parse(text)
    for part in article.parts:
        assert part.text == collapse(text[part.span.start : part.span.end])
        assert part.text  # a part always covers some text


@given(TEXT)
def test_parsing_is_deterministic(text: str) -> None:
    assert newsparse.parse(text) == newsparse.parse(text)


def _shape(article: Article) -> list[tuple[str, str, str]]:
    return [(p.kind, p.rule, p.text) for p in article.parts]


@given(TEXT.map(lambda t: t.replace("\r", "")))
def test_lf_crlf_and_cr_give_the_same_structure(text: str) -> None:
    lf = _shape(newsparse.parse(text))
    assert lf == _shape(newsparse.parse(text.replace("\n", "\r\n")))
    assert lf == _shape(newsparse.parse(text.replace("\n", "\r")))


@given(articles())
def test_a_generated_article_parses_back_to_its_structure(spec: ArticleSpec) -> None:
    assert [] == spec.matches(newsparse.parse(spec.render()))


@given(articles(), st.sampled_from(["\r\n", "\r", "\u2028"]))
def test_a_generated_article_parses_alike_with_any_line_break(
    spec: ArticleSpec, newline: str
) -> None:
    assert [] == spec.matches(newsparse.parse(spec.render(newline)))


@given(st.one_of(TEXT, articles().map(ArticleSpec.render)))
def test_to_dict_round_trips_through_json(text: str) -> None:
    article = newsparse.parse(text)
    data = article.to_dict()
    assert article == Article.from_dict(data)
    assert article == Article.from_dict(json.loads(json.dumps(data)))


@given(st.text(st.sampled_from(" \t\n\r\u2028\u2029\u0085\u00a0\u3000\x0b\x0c"), max_size=40))
def test_blank_text_gives_the_empty_article(text: str) -> None:
    article = newsparse.parse(text)
    assert () == article.parts
    assert text == article.source
    assert article.headline is None
    assert article.standfirst is None
    assert article.byline is None
    assert article.dateline is None
    assert article.agency_credit is None
    assert article.contributors is None
    assert () == article.captions
    assert () == article.body
    assert () == article.read_more
