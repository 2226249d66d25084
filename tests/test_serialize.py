"""to_dict / from_dict: exact round trips, a schema version, and the shipped JSON Schema."""

import json

import jsonschema
import pytest

import newsparse
from newsparse import Article
from newsparse.serialize import SCHEMA_VERSION, json_schema


def test_the_seed_round_trips_exactly(seed_text: str) -> None:
    article = newsparse.parse(seed_text)
    restored = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert article == restored
    assert article.captions == restored.captions
    assert article.read_more == restored.read_more
    assert article.agency_credit == restored.agency_credit


def test_the_dict_carries_the_schema_version_and_the_views(seed_text: str) -> None:
    data = newsparse.parse(seed_text).to_dict()
    assert SCHEMA_VERSION == data["schema_version"]
    assert "Agencies" == data["agency_credit"]["text"]
    assert 4 == data["read_more"][0]["index"]
    assert ["Korean Central News Agency", "Korea News Service", "AP"] == (
        data["captions"][0]["credit"]["sources"]
    )


def test_real_output_validates_against_the_shipped_schema(seed_text: str) -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for text in (seed_text, "", "Just a line", "A title here\n\nBy Jane Doe\n\nBody text."):
        jsonschema.validate(newsparse.parse(text).to_dict(), schema)


def test_an_unknown_schema_version_is_refused() -> None:
    data = newsparse.parse("Title").to_dict()
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="schema_version 99"):
        Article.from_dict(data)


def test_a_span_past_the_source_is_refused() -> None:
    data = newsparse.parse("Title").to_dict()
    data["parts"][0]["span"] = [0, 50]
    with pytest.raises(ValueError, match="part 0"):
        Article.from_dict(data)


def test_views_are_rebuilt_from_the_parts_not_read_from_the_dict(seed_text: str) -> None:
    data = newsparse.parse(seed_text).to_dict()
    data["headline"] = {"text": "tampered", "span": [0, 1]}
    assert "tampered" != Article.from_dict(data).headline.text  # type: ignore[union-attr]
