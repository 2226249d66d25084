"""The seed article parses to exactly its known structure, through the public names."""

import pytest

import newsparse

HEADLINE = "North Korea’s Kim Jong-un heads home after Russia visit"
STANDFIRST = (
    "Kim’s six-day trip and meeting with Vladimir Putin triggered global concerns about "
    "weapons transfer deals between the two countries"
)
CAPTION = (
    "North Korean leader Kim Jong-un (R) shakes hands with Russian defence minister Sergei Shoigu."
)
LAST_PARAGRAPH = (
    "Earlier, Russian media said Kim and Russia’s defence minister had discussed practical "
    "issues to boost military co-operation, in what Pyongyang called a “fresh heyday” for "
    "bilateral relations."
)


@pytest.fixture(params=["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def seed(request: pytest.FixtureRequest, seed_text: str) -> newsparse.Article:
    return newsparse.parse(seed_text.replace("\n", request.param))


def test_headline_and_standfirst(seed: newsparse.Article) -> None:
    assert seed.headline is not None
    assert HEADLINE == seed.headline.text
    assert seed.standfirst is not None
    assert STANDFIRST == seed.standfirst.text


def test_one_caption_with_its_credit_and_one_repeat(seed: newsparse.Article) -> None:
    assert 1 == len(seed.captions)
    caption = seed.captions[0]
    assert CAPTION == caption.text
    assert caption.credit is not None
    assert "Photograph" == caption.credit.label
    assert ("Korean Central News Agency", "Korea News Service", "AP") == caption.credit.sources
    assert "Photograph: Korean Central News Agency/Korea News Service/AP" == caption.credit.text
    assert 1 == len(caption.repeats)


def test_eleven_body_paragraphs(seed: newsparse.Article) -> None:
    assert 11 == len(seed.body)
    assert seed.body[0].text.startswith("North Korean leader Kim Jong-un is on his way home")
    assert LAST_PARAGRAPH == seed.body[-1].text


def test_read_more_marker_stood_before_the_fifth_paragraph(seed: newsparse.Article) -> None:
    assert 1 == len(seed.read_more)
    marker = seed.read_more[0]
    assert "READ MORE" == marker.label
    assert 4 == marker.index
    assert () == marker.links


def test_agency_credit_keeps_its_dash_in_the_span(seed: newsparse.Article) -> None:
    credit = seed.agency_credit
    assert credit is not None
    assert "Agencies" == credit.text
    assert ("Agencies",) == credit.agencies
    assert "– Agencies" == seed.source[credit.span.start : credit.span.end]
    assert seed.source[: credit.span.start].endswith("relations. ")


def test_no_byline_dateline_or_contributors(seed: newsparse.Article) -> None:
    assert seed.byline is None
    assert seed.dateline is None
    assert seed.contributors is None


def test_every_part_is_made_by_a_named_rule(seed: newsparse.Article) -> None:
    assert {"headline", "standfirst", "caption", "paragraph", "read_more", "agency_credit"} == {
        p.kind for p in seed.parts
    }
    assert all(p.rule == p.kind for p in seed.parts)


def test_line_endings_give_the_same_structure(seed_text: str) -> None:
    def shape(article: newsparse.Article) -> list[tuple[str, str]]:
        return [(p.kind, p.text) for p in article.parts]

    lf = newsparse.parse(seed_text)
    assert shape(lf) == shape(newsparse.parse(seed_text.replace("\n", "\r\n")))
    assert shape(lf) == shape(newsparse.parse(seed_text.replace("\n", "\r")))
