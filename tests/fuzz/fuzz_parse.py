"""Coverage-guided fuzzing of newsparse.parse with atheris.

    python -m pip install atheris
    python tests/fuzz/fuzz_parse.py -max_total_time=60           # about a minute
    python tests/fuzz/fuzz_parse.py -max_total_time=3600 corpus/  # longer, keeping a corpus

Each input is turned into text three ways (UTF-8 with replacement, Latin-1,
and atheris' own Unicode strings) and parsed. Any exception, a part that
breaks losslessness, a part whose text is not its span's collapsed text, or a
to_dict/from_dict round trip that differs is a crash, and atheris saves the
input that caused it.
"""

import json
import sys

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse import Article


def check(text: str) -> None:
    article = newsparse.parse(text)
    owners = [0] * len(text)
    previous_end = 0
    for part in article.parts:
        if part.span.start < previous_end or part.span.end > len(text):
            raise AssertionError(f"parts out of order or out of range: {part!r}")
        previous_end = part.span.end
        if part.text != " ".join(text[part.span.start : part.span.end].split()):
            raise AssertionError(f"part text differs from its span: {part!r}")
        for i in range(part.span.start, part.span.end):
            owners[i] += 1
    for char, n in zip(text, owners, strict=True):
        if n > 1 or (n == 0 and not char.isspace()):
            raise AssertionError(f"lost or doubled character {char!r}")
    if Article.from_dict(json.loads(json.dumps(article.to_dict()))) != article:
        raise AssertionError("to_dict/from_dict round trip differs")


def test_one_input(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"))
    check(data.decode("latin-1"))
    provider = atheris.FuzzedDataProvider(data)
    check(provider.ConsumeUnicodeNoSurrogates(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
