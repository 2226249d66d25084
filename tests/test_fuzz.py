"""The core properties at fuzzing scale; run with HYPOTHESIS_PROFILE=thorough (see tests/fuzz)."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from newsparse.testing import unusual_text

from .test_robustness import assert_sound

pytestmark = pytest.mark.fuzz

MARKERS = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "READ MORE",
                "Read more: ",
                "Photograph: ",
                " – Agencies",
                "(Reuters) - ",
                "By ",
                "By . ",
                "—",
                "–",
                "-",
                "(AP Photo/",
                ")",
                "Image source, ",
                "Image caption, ",
                "© ",
                "Reporting by ",
                "contributed to this report.",
                "Published",
                "Reuter",
                "\n",
                "\n\n",
                "\r\n",
                "\r",
                "\u2028",
                "    ",
                "LONDON, Sept 17 ",
                "(AP) — ",
            ]
        ),
        st.text(max_size=10),
    ),
    max_size=50,
).map("".join)
BYTES = st.binary(max_size=500).map(lambda b: b.decode("utf-8", errors="replace"))
ANY = st.text(st.characters(exclude_categories=()), max_size=200)


@given(st.one_of(ANY, MARKERS, BYTES, unusual_text()))
def test_no_exception_lossless_consistent_and_round_trips(text: str) -> None:
    assert_sound(text)


@given(st.one_of(ANY, MARKERS, BYTES))
def test_json_output_is_valid_json(text: str) -> None:
    data = json.loads(json.dumps(newsparse.parse(text).to_dict()))
    assert Article.from_dict(data).source == text
