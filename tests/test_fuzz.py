"""The core properties at fuzzing scale; run with HYPOTHESIS_PROFILE=thorough (see tests/fuzz)."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from newsparse.testing import MARKERS, unusual_text

from .test_robustness import assert_sound

pytestmark = pytest.mark.fuzz

SOUP = st.lists(st.one_of(st.sampled_from(MARKERS), st.text(max_size=10)), max_size=50).map("".join)
BYTES = st.binary(max_size=500).map(lambda b: b.decode("utf-8", errors="replace"))
ANY = st.text(st.characters(exclude_categories=()), max_size=200)


@given(st.one_of(ANY, SOUP, BYTES, unusual_text()))
def test_no_exception_lossless_consistent_and_round_trips(text: str) -> None:
    assert_sound(text)


@given(st.one_of(ANY, SOUP, BYTES))
def test_json_output_is_valid_json(text: str) -> None:
    data = json.loads(json.dumps(newsparse.parse(text).to_dict()))
    assert Article.from_dict(data).source == text
