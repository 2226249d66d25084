"""Robust on any input: hostile text, bad argument types, threads, and nothing lost.

These are the promises listed in docs/reliability.md, each with its test.
"""

import json
import random
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Parser
from newsparse.render import to_html

from .test_properties import _owners


def assert_sound(text: str) -> Article:
    """Parse ``text`` and check every core promise on the result."""
    article = newsparse.parse(text)
    for char, owners in zip(text, _owners(article), strict=True):
        assert owners == 1 or (owners == 0 and char.isspace())
    for part in article.parts:
        assert part.text == " ".join(text[part.span.start : part.span.end].split())
    data = article.to_dict()
    assert article == Article.from_dict(json.loads(json.dumps(data)))
    return article


HOSTILE = {
    "lone surrogates": "Title \ud800 here\n\nBody \udfff text.",
    "NUL and controls": "Head\x00line\x01\x02\n\nBody\x07 text\x1b[31m red\x7f.",
    "byte order marks": "\ufeffTitle\n\n\ufeffBody with a BOM in the middle.",
    "zero-width and bidi marks": "\u200bTitle\u200d\n\n\u202eBody\u2066 text\u2069 \u200f.",
    "combining marks": "Ti\u0301tle\u0308\n\nBo\u0327dy\u0301\u0301\u0301 text.",
    "emoji": "🚀 Launch day 🎉\n\nThe rocket 🚀 lifted off at dawn 🌅. – Agencies",
    "CJK": "北朝鲜领导人回国\n\n金正恩结束了对俄罗斯的访问。\n\n据报道，他乘坐装甲列车离开。",
    "right-to-left": "زعيم كوريا الشمالية يعود إلى بلاده\n\nغادر الزعيم روسيا يوم الأحد.",
    "form feeds and vertical tabs": "Title\x0c\x0b\n\nBody\x0c text\x0b here.",
    "every line break": "a\nb\rc\r\nd\u2028e\u2029f\u0085g\x1ch\x1di\x1ej",
    "only markers": "READ MORE\nPhotograph:\n– Agencies\n(Reuters) -\nBy\nImage source,\n©",
    "html in the text": '<script>alert(1)</script>\n\n"><img src=x onerror=alert(1)>',
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_parses_losslessly_and_round_trips(text: str) -> None:
    assert_sound(text)


@given(st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace")))
def test_random_bytes_decoded_with_replacement_parse_soundly(text: str) -> None:
    assert_sound(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "READ MORE",
                "Photograph: A/B",
                " – Agencies",
                "(Reuters) - ",
                "By ",
                "By . X . ",
                "—",
                "–",
                "\n",
                "\n\n",
                "\r\n",
                "    ",
                "Image source, X",
                "Image caption, Y",
                "(AP Photo/Z)",
                "© REUTERS",
                "Reporting by A; Editing by B",
                "contributed to this report.",
                "LONDON, Sept 17 (Reuters) - ",
                "Word",
                "word.",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_article_shaped_marker_soup_parses_soundly(text: str) -> None:
    assert_sound(text)


@pytest.mark.parametrize(
    ("value", "name"),
    [(b"bytes", "bytes"), (bytearray(b"x"), "bytearray"), (None, "NoneType"), (3, "int")],
)
def test_non_str_arguments_raise_type_error_naming_the_type(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=name):
        newsparse.parse(value)  # type: ignore[arg-type]


def test_bytes_error_suggests_decode() -> None:
    with pytest.raises(TypeError, match=r"\.decode\("):
        newsparse.parse(b"Headline")  # type: ignore[arg-type]


def test_one_parser_in_eight_threads_gives_the_sequential_results() -> None:
    rng = random.Random(7)
    words = [
        "harbour",
        "council",
        "READ",
        "MORE",
        "Photograph:",
        "–",
        "Agencies",
        "By",
        "(Reuters)",
        "storm",
        "said.",
    ]
    texts = [
        "\n\n".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(3, 40))) for _ in range(6)
        )
        for _ in range(200)
    ]
    parser = Parser.default()
    sequential = [parser.parse(t) for t in texts]
    barrier = threading.Barrier(8)

    def work(chunk: int) -> list[Article]:
        barrier.wait()
        return [parser.parse(t) for t in texts[chunk::8]]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(work, range(8)))
    threaded = [None] * len(texts)
    for chunk, articles in enumerate(results):
        threaded[chunk::8] = articles
    assert sequential == threaded


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "</pre></body><script>evil()</script>",
        "' onmouseover='alert(1)",
        "<!-- comment --><style>body{display:none}</style>",
    ],
)
def test_the_html_view_escapes_every_input(attack: str) -> None:
    def custom(doc: newsparse.Document) -> list[newsparse.Claim]:
        return []

    parser = Parser.default().with_rule(custom, name=attack.replace(" ", "_") or "x")
    article = parser.parse(f"{attack}\n\nBody {attack} text. – Agencies\n\n{attack}")
    page = to_html(article, name=attack)
    body = page.split("<body>", 1)[1]
    assert "<script" not in body
    assert "<img" not in body
    assert "<style" not in body
    assert "onerror=" not in body or "&quot;" in body or "&lt;" in body


def test_nfc_and_nfd_forms_both_parse() -> None:
    text = "Café opens in Zürich\n\nThe café opened on Monday. – Agencies"
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        article = assert_sound(unicodedata.normalize(form, text))
        assert article.agency_credit is not None
