"""Accuracy of newsparse on labelled corpora, per source and per field, beside a naive baseline.

    python benchmarks/accuracy.py CORPUS_DIR [...] [--text FIELD] [--markdown]

Each ``*.json`` record under a CORPUS_DIR holds a text (``text``, else
``text_article``; ``--text text_page`` picks another field), ``labels`` and
``label_quality``. The metrics are those of the project's scorer
(``shared/tools/score.py``), so the two tables agree:

- headline, standfirst, byline, dateline, agency_credit, contributors: exact
  match of the part's stretch of the source and the label, both normalised
  (NFKC, one kind of dash and quote, whitespace collapsed, edge punctuation
  and a leading "By" dropped, case folded). A field is scored where its
  quality is gold or silver (must match) or absent (must be missing).
- captions: F1 over the sets of normalised caption stretches.
- read_more: F1 where a gold item counts as found when it lies inside a
  predicted marker that holds little else.
- body paragraphs: F1 over normalised paragraphs, a leftover pair at 0.9
  similarity or more counting as a match.
- body tokens: the mean over records of a bag-of-words F1.
- lossless: the share of records whose parts cover every non-space
  character exactly once; crashes: records where parse raised.

The naive baseline takes the first block as the headline and every other
block as a paragraph.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import difflib
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import newsparse

SCALARS = ("headline", "standfirst", "byline", "dateline", "agency_credit", "contributors")
COLUMNS = (
    *SCALARS,
    "captions",
    "read_more",
    "body_paragraphs",
    "body_tokens",
    "lossless",
    "crashes",
)
SHORT = (
    "head",
    "stand",
    "byline",
    "dateln",
    "agency",
    "contrib",
    "capt",
    "readmr",
    "body_p",
    "body_t",
    "lossl",
    "crash",
)

_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_QUOTES = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′", "'"),
        **dict.fromkeys("“”„‟″", '"'),
    }
)
_EDGES = " \t\n-:;,.|()[]\u00a9\u00b7\u2022"


def normalise(text: str | None) -> str | None:
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    text = " ".join(text.split()).strip(_EDGES)
    if text.lower().startswith("by "):
        text = text[3:].strip(_EDGES)
    return text.casefold() or None


class Prediction:
    """What one parser (or the baseline) says about one text, normalised."""

    def __init__(
        self,
        scalars: dict[str, str | None],
        captions: set[str],
        markers: list[str],
        body: list[str],
        lossless: bool,
    ) -> None:
        self.scalars, self.captions, self.markers = scalars, captions, markers
        self.body, self.lossless = body, lossless


def _stretch(article: newsparse.Article, view: Any) -> str | None:
    return None if view is None else article.source[view.span.start : view.span.end]


def predict(text: str) -> Prediction:
    article = newsparse.parse(text)
    owners = [0] * len(text)
    for part in article.parts:
        for i in range(part.span.start, part.span.end):
            owners[i] += 1
    return Prediction(
        {f: normalise(_stretch(article, getattr(article, f))) for f in SCALARS},
        {n for c in article.captions if (n := normalise(_stretch(article, c)))},
        [normalise(_stretch(article, m)) or "" for m in article.read_more],
        [normalise(p.text) or "" for p in article.body],
        all(n == 1 or (n == 0 and c.isspace()) for n, c in zip(owners, text, strict=True)),
    )


def baseline(text: str) -> Prediction:
    blocks = [b for b in (" ".join(x.split()) for x in text.replace("\r", "\n").split("\n\n")) if b]
    scalars: dict[str, str | None] = dict.fromkeys(SCALARS)
    scalars["headline"] = normalise(blocks[0]) if blocks else None
    return Prediction(scalars, set(), [], [normalise(b) or "" for b in blocks[1:]], True)


def _f1(hits: int, predicted: int, gold: int) -> float:
    if predicted == 0 and gold == 0:
        return 1.0
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _paragraph_hits(gold: list[str], got: list[str]) -> int:
    want, have = collections.Counter(gold), collections.Counter(got)
    exact = want & have
    hits = sum(exact.values())
    spare = list((have - exact).elements())
    for g in (want - exact).elements():
        for i, p in enumerate(spare):
            close = abs(len(g) - len(p)) <= 0.1 * max(len(g), len(p))
            if close and difflib.SequenceMatcher(None, g, p, autojunk=False).ratio() >= 0.9:
                hits += 1
                del spare[i]
                break
    return hits


class Tally:
    def __init__(self) -> None:
        self.records = 0
        self.crashes = 0
        self.exact: collections.Counter[str] = collections.Counter()
        self.scored: collections.Counter[str] = collections.Counter()
        self.sets: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
        self.tokens: list[float] = []
        self.lossless = [0, 0]

    def add(self, record: dict[str, Any], pred: Prediction | None) -> None:
        self.records += 1
        if pred is None:
            self.crashes += 1
            return
        self.lossless[0] += pred.lossless
        self.lossless[1] += 1
        labels, quality = record["labels"], record["label_quality"]
        for field in SCALARS:
            q = quality.get(field, "unknown")
            if q != "unknown":
                gold = normalise(labels.get(field)) if q in ("gold", "silver") else None
                self.scored[field] += 1
                self.exact[field] += pred.scalars[field] == gold
        for field in ("captions", "read_more"):
            q = quality.get(field, "unknown")
            if q == "unknown":
                continue
            gold = (
                {n for x in labels.get(field) or [] if (n := normalise(x))}
                if q != "absent"
                else set()
            )
            tally = self.sets[field]
            if field == "captions":
                tally[0] += len(gold & pred.captions)
                tally[1] += len(pred.captions)
            else:
                good = [m for m in pred.markers if _holds(m, gold)]
                found = sum(any(g in m for m in good) for g in gold)
                tally[0] += found
                tally[1] += found + len(pred.markers) - len(good)
            tally[2] += len(gold)
            self.scored[field] += 1
        if quality.get("body", "unknown") in ("gold", "silver"):
            gold_body = [normalise(x) or "" for x in labels.get("body") or []]
            tally = self.sets["body_paragraphs"]
            tally[0] += _paragraph_hits(gold_body, pred.body)
            tally[1] += len(pred.body)
            tally[2] += len(gold_body)
            self.scored["body_paragraphs"] += 1
            want = collections.Counter(" ".join(gold_body).split())
            have = collections.Counter(" ".join(pred.body).split())
            self.tokens.append(
                _f1(sum((want & have).values()), sum(have.values()), sum(want.values()))
            )

    def row(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for field in SCALARS:
            out[field] = self.exact[field] / self.scored[field] if self.scored[field] else None
        for field in ("captions", "read_more", "body_paragraphs"):
            out[field] = _f1(*self.sets[field]) if self.scored[field] else None
        out["body_tokens"] = sum(self.tokens) / len(self.tokens) if self.tokens else None
        out["lossless"] = self.lossless[0] / self.lossless[1] if self.lossless[1] else None
        out["crashes"] = float(self.crashes)
        return out


def _holds(marker: str, gold: set[str]) -> bool:
    inside = [g for g in gold if g in marker]
    return bool(inside) and len(marker) <= 1.5 * sum(map(len, inside)) + 40


def evaluate(dirs: list[Path], field: str | None) -> dict[str, dict[str, Tally]]:
    tallies: dict[str, dict[str, Tally]] = {"newsparse": {}, "baseline": {}}
    for path in sorted(p for d in dirs for p in d.rglob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if "labels" not in record:
            continue
        text = record.get(field or ("text" if "text" in record else "text_article"))
        if not isinstance(text, str):
            continue
        source = record.get("source", path.parent.name)
        try:
            ours: Prediction | None = predict(text)
        except Exception as exc:
            print(f"crash on {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            ours = None
        for name, pred in (("newsparse", ours), ("baseline", baseline(text))):
            for key in (source, "ALL"):
                tallies[name].setdefault(key, Tally()).add(record, pred)
    return tallies


def _cell(value: float | None, column: str) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if column == "crashes" else f"{value:.3f}"


def table(tallies: dict[str, Tally], markdown: bool) -> str:
    keys = sorted(tallies, key=lambda k: (k == "ALL", k))
    if markdown:
        lines = ["| source | n | " + " | ".join(SHORT) + " |", "|---" * (len(SHORT) + 2) + "|"]
        for key in keys:
            row = tallies[key].row()
            cells = " | ".join(_cell(row[c], c) for c in COLUMNS)
            lines.append(f"| {key} | {tallies[key].records} | {cells} |")
        return "\n".join(lines)
    lines = [f"{'source':<16}{'n':>5} " + " ".join(f"{s:>7}" for s in SHORT)]
    for key in keys:
        row = tallies[key].row()
        lines.append(
            f"{key[:15]:<16}{tallies[key].records:>5} "
            + " ".join(f"{_cell(row[c], c):>7}" for c in COLUMNS)
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--text", help="record field with the text (default: text, else text_article)")
    ap.add_argument(
        "--markdown", action="store_true", help="print Markdown tables with date and commit"
    )
    args = ap.parse_args()
    tallies = evaluate(args.dirs, args.text)
    if args.markdown:
        commit = (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
            ).stdout.strip()
            or "unknown"
        )
        print(
            f"Measured {datetime.date.today().isoformat()} at commit `{commit}`, "
            f"text field: `{args.text or 'text / text_article'}`.\n"
        )
    for name in ("newsparse", "baseline"):
        print(f"{'### ' if args.markdown else ''}{name}\n")
        print(table(tallies[name], args.markdown))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
