"""House-style fixtures: each article, written for the tests, parses to its full expected structure.

The fixtures and their expected structures are written by ``tests/fixtures/build.py``
from one tagged source, so text and labels cannot drift. Every sub-field is
checked: byline authors, dateline place/date/agency, credit label and sources,
read-more links and index, agencies and contributor names.
"""

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Article, Parser

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(FIXTURES.glob("*-[0-9][0-9].txt"))
LANGUAGES = ("de", "fr", "es", "it", "pt", "ru", "id", "ja", "ko")


def structure(article: Article) -> dict[str, Any]:
    """The parsed article in the fixtures' expected layout."""
    dl = article.dateline
    return {
        "headline": article.headline.text if article.headline else None,
        "standfirst": article.standfirst.text if article.standfirst else None,
        "byline": {"text": article.byline.text, "authors": list(article.byline.authors)}
        if article.byline
        else None,
        "dateline": {"text": dl.text, "place": dl.place, "date": dl.date, "agency": dl.agency}
        if dl
        else None,
        "captions": [
            {
                "text": c.text,
                "label": c.credit.label if c.credit else None,
                "sources": list(c.credit.sources) if c.credit else [],
                "repeats": len(c.repeats),
            }
            for c in article.captions
        ],
        "body": [p.text for p in article.body],
        "read_more": [
            {"label": m.label, "index": m.index, "links": list(m.links)} for m in article.read_more
        ],
        "agency_credit": {
            "text": article.agency_credit.text,
            "agencies": list(article.agency_credit.agencies),
        }
        if article.agency_credit
        else None,
        "contributors": {
            "text": article.contributors.text,
            "names": list(article.contributors.names),
        }
        if article.contributors
        else None,
    }


def expected_of(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return result


def test_every_style_has_at_least_five_fixtures() -> None:
    styles: dict[str, int] = {}
    for path in CASES:
        style = path.stem.rsplit("-", 1)[0]
        styles[style] = styles.get(style, 0) + 1
    short = {s: n for s, n in styles.items() if s not in LANGUAGES and n < 5}
    assert {} == short
    assert set(LANGUAGES) <= set(styles)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_parses_to_its_expected_structure(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    assert expected_of(path) == structure(newsparse.parse(text))


@pytest.mark.parametrize(
    "path", [p for p in CASES if p.stem.rsplit("-", 1)[0] in LANGUAGES], ids=lambda p: p.stem
)
def test_language_fixture_parses_alike_with_its_pack_alone(path: Path) -> None:
    language = path.stem.rsplit("-", 1)[0]
    parser = Parser.default(languages=(language,))
    text = path.read_bytes().decode("utf-8")
    assert expected_of(path) == structure(parser.parse(text))


def test_the_fixtures_are_what_build_py_writes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("fixtures_build", FIXTURES / "build.py")
    assert spec is not None
    assert spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for style, items in build.FIXTURES.items():
        for n, (text, expected) in enumerate(items, start=1):
            stem = FIXTURES / f"{style}-{n:02}"
            assert text == stem.with_suffix(".txt").read_bytes().decode("utf-8")
            assert expected == expected_of(stem.with_suffix(".txt"))
