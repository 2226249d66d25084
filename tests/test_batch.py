"""parse_many and the process-parallel machinery; pickling of articles and parsers."""

import pickle

import pytest

import newsparse
from newsparse import Parser
from newsparse.batch import map_ordered, resolve_jobs

TEXTS = [
    f"Headline number {i} for the batch\n\nBody paragraph {i} runs on here. – Agencies"
    for i in range(40)
]


def test_parse_many_keeps_input_order_in_one_process() -> None:
    articles = list(newsparse.parse_many(TEXTS))
    assert [f"Headline number {i} for the batch" for i in range(40)] == [
        a.headline.text for a in articles if a.headline
    ]


def test_parse_many_in_workers_equals_a_sequential_run() -> None:
    sequential = [newsparse.parse(t) for t in TEXTS]
    assert sequential == list(newsparse.parse_many(TEXTS, jobs=2, chunksize=3))


def test_parse_many_uses_the_parser_given() -> None:
    bare = Parser.default().only("paragraph")
    kinds = {p.kind for a in newsparse.parse_many(TEXTS[:3], jobs=2, parser=bare) for p in a}
    assert {"paragraph"} == kinds


def test_parse_many_reads_its_input_lazily() -> None:
    def endless():
        i = 0
        while True:
            yield TEXTS[i % len(TEXTS)]
            i += 1

    first = next(iter(newsparse.parse_many(endless(), jobs=2)))
    assert first.headline is not None


def test_map_ordered_passes_errors_from_workers_on() -> None:
    with pytest.raises(TypeError, match="bytes"):
        list(newsparse.parse_many([b"not text"], jobs=2))  # type: ignore[list-item]


def test_jobs_zero_means_every_core_and_negative_is_refused() -> None:
    assert resolve_jobs(0) >= 1
    assert 3 == resolve_jobs(3)
    with pytest.raises(ValueError, match="jobs"):
        resolve_jobs(-1)
    with pytest.raises(ValueError, match="chunksize"):
        list(map_ordered(str, [1], jobs=2, chunksize=0))


def test_articles_and_parsers_pickle_and_unpickle_equal(seed_text: str) -> None:
    article = newsparse.parse(seed_text)
    restored = pickle.loads(pickle.dumps(article))
    assert article == restored
    assert article.captions == restored.captions
    assert article.read_more == restored.read_more
    parser = Parser.default(languages=("en", "de")).without("read_more")
    clone = pickle.loads(pickle.dumps(parser))
    assert parser == clone
    assert parser.parse(seed_text) == clone.parse(seed_text)
