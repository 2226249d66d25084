"""Parse a JSON Lines file in worker processes and write one JSON line per record.

    python examples/jsonl_batch.py IN.jsonl OUT.jsonl [FIELD]

Each input record's FIELD (default "text") is parsed; each output line holds
the record's id, the headline, the body paragraphs and the credits. Records
stream through: parse_many reads its input lazily and keeps input order.
"""

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import newsparse


def texts(path: Path, field: str) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)[field]


def ids(path: Path) -> Iterator[object]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line).get("id")


def main(source: str, target: str, field: str = "text") -> int:
    count = 0
    articles = newsparse.parse_many(texts(Path(source), field), jobs=2)
    with Path(target).open("w", encoding="utf-8") as out:
        for record_id, article in zip(ids(Path(source)), articles, strict=True):
            out.write(
                json.dumps(
                    {
                        "id": record_id,
                        "headline": article.headline.text if article.headline else None,
                        "body": [p.text for p in article.body],
                        "agency_credit": article.agency_credit.text
                        if article.agency_credit
                        else None,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            count += 1
    return count


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    print(f"wrote {main(*sys.argv[1:4])} records")
