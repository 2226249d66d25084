"""Parse a folder of JSON Lines with dask.bag and write JSON Lines, one record per input.

    python examples/dask_bag.py IN_DIR OUT_DIR [FIELD]

Each input line is a JSON record whose FIELD (default "text") holds an
article. The output has one JSON line per input record: its source file,
its line number and the parsed article. The parser is pure and picklable,
so each Dask worker builds it once and reuses it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import dask
import dask.bag as db

import newsparse


def parse_record(line: str, field: str) -> dict[str, Any]:
    """One output record: the parsed article, or the reason it could not be parsed."""
    try:
        record = json.loads(line)
        text = record[field]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    article = newsparse.parse(text)
    return {"id": record.get("id"), **article.to_dict()}


def main(in_dir: str, out_dir: str, field: str = "text") -> int:
    files = sorted(str(p) for p in Path(in_dir).glob("*.jsonl"))
    lines = db.read_text(files).filter(lambda line: line.strip() != "")
    records = lines.map(parse_record, field=field).map(json.dumps)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    # The local scheduler with processes uses every core; "sync" is handy for debugging.
    with dask.config.set(scheduler="processes", num_workers=2):
        records.to_textfiles(str(Path(out_dir) / "part-*.jsonl"))
    return sum(1 for _ in Path(out_dir).glob("part-*.jsonl"))


if __name__ == "__main__":
    written = main(*sys.argv[1:4])
    print(f"wrote {written} part files")
