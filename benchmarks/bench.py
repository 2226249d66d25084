"""Speed and memory of newsparse, as ratios to baselines measured in the same run.

    python benchmarks/bench.py [CORPUS_DIR ...] [--quick] [--json OUT]

CORPUS_DIR holds article texts: plain ``*.txt`` files, or the JSON records of
``../shared/corpus`` (their ``text`` or ``text_article`` field). With no
directory, a built-in set of generated articles is used.

Reported:
- corpus: MB/s, articles/s, median ms per article, and parse time divided by
  ``str.splitlines()`` time over the same texts;
- scaling: one article grown from 1 KB to 10 MB by repeating paragraphs, with
  time per MB and tracemalloc peak at each size; linearity is the growth of
  time per MB from 100 KB to 10 MB divided by the same growth for ``str.split``;
- adversarial: hostile inputs at 512 KB and 4 MB; growth of parse time
  divided by the growth of ``str.split`` (2 or less is linear), and cost per
  byte relative to normal text.

Machines are noisy: every timing is the best of several runs, and every
figure that has a target is a ratio taken in the same run.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newsparse

KB = 1024
MB = 1024 * KB

# Paragraphs written for this benchmark: news-like prose with the marks the
# rules look for (a caption with a credit, a read-more marker, a dateline).
PARAGRAPHS = [
    (
        "Harbour officials said on Tuesday that the northern pier would stay closed until "
        "engineers had finished checking the supports, which were damaged in last week's storm."
    ),
    (
        "The council's transport committee is expected to decide next month whether to extend "
        "the trial, after residents complained that buses were being diverted through side streets."
    ),
    "Fishing boats moor beside the old lifeboat station at dawn. Photograph: Jane Roe/Example",
    (
        "\u201cWe have never seen water this high in the forty years I have lived here,\u201d said "
        "one shop owner, who asked not to be named. \u201cThe whole street was a river.\u201d"
    ),
    "READ MORE",
    (
        "A spokesperson for the port authority said that ferries would continue to sail from the "
        "southern terminal \u2013 which was not affected \u2013 and that timetables were unchanged."
    ),
]
HEAD = (
    "Storm damage keeps harbour pier closed for a second week\n\n"
    "Engineers are checking the supports before the pier can reopen to boats and walkers\n\n"
)


def article_of_size(size: int) -> str:
    """A headline and standfirst, then paragraphs repeated until ``size`` characters."""
    parts = [HEAD]
    n = len(HEAD)
    i = 0
    while n < size:
        para = PARAGRAPHS[i % len(PARAGRAPHS)] + "\n\n"
        parts.append(para)
        n += len(para)
        i += 1
    return "".join(parts)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "one line, no newline": lambda n: _repeat("word ", n),
    "blank lines only": lambda n: _repeat("\n", n),
    "READ MORE on every line": lambda n: _repeat("READ MORE\n", n),
    "Photograph: on every line": lambda n: _repeat("Photograph: A/B\n", n),
    "one line of dashes": lambda n: _repeat("-", n),
    "caps lines + (Reuters) -": lambda n: _repeat(
        "A" * min(100_000, max(1, n // 8)) + "\n(Reuters) - ", n
    ),
    "deeply nested brackets": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "'By ' repeated": lambda n: _repeat("By ", n),
    "alternating \\r and \\n": lambda n: _repeat("\r\n\n\r", n),
    "every Unicode line break": lambda n: _repeat("a\nb\rc\r\nd\u2028e\u2029f\u0085", n),
    "one character per line": lambda n: _repeat("x\n", n),
    "one long capitalised word": lambda n: "D" + "i" * (n - 1),
    "10k-word paragraph, no stops": lambda n: _repeat(" ".join(["word"] * 10_000) + "\n\n", n),
}


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` timed runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


# A timing this short is noisy: runs are repeated until they add up to this.
_STEADY_SECONDS = 1.0


def steady_best(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of at least ``repeat`` runs, and of more while they are short.

    A parse that returns in a millisecond (blank lines only), or in half a
    second, is timed as often as it takes to fill a second, so that one slow
    run does not decide a ratio of two such timings.
    """
    best, spent, runs = float("inf"), 0.0, 0
    while runs < repeat or (spent < _STEADY_SECONDS and runs < 200):
        took = best_of(fn, 1)
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def load_texts(dirs: list[Path]) -> list[str]:
    texts: list[str] = []
    for d in dirs:
        for path in sorted(d.rglob("*")):
            if path.suffix == ".txt":
                texts.append(path.read_text(encoding="utf-8"))
            elif path.suffix == ".json":
                record = json.loads(path.read_text(encoding="utf-8"))
                text = record.get("text") or record.get("text_article")
                if isinstance(text, str):
                    texts.append(text)
    return texts


def paired_ratio(
    slow: Callable[[], object], fast: Callable[[], object], rounds: int
) -> tuple[float, float]:
    """The median over ``rounds`` of ``slow``'s time over ``fast``'s, and ``slow``'s best.

    Each round times the two back to back (``fast`` as the best of twenty
    runs), so a machine that speeds up or slows down between rounds moves
    both: the ratio of one round is steadier than a ratio of two bests taken
    a minute apart.
    """
    ratios: list[float] = []
    best = float("inf")
    for _ in range(rounds):
        base = best_of(fast, 20)
        took = best_of(slow, 1)
        ratios.append(took / base)
        best = min(best, took)
    return statistics.median(ratios), best


def corpus_figures(texts: list[str], repeat: int) -> dict[str, float]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    ratio, parse = paired_ratio(
        lambda: [newsparse.parse(t) for t in texts],
        lambda: [t.splitlines() for t in texts],
        max(repeat, 5),
    )
    each = []
    for text in texts:
        start = time.perf_counter()
        newsparse.parse(text)
        each.append(time.perf_counter() - start)
    return {
        "articles": len(texts),
        "mb": size / MB,
        "mb_per_s": size / MB / parse,
        "articles_per_s": len(texts) / parse,
        "median_ms": statistics.median(each) * 1000,
        "ratio_to_splitlines": ratio,
    }


def peak_memory(text: str) -> int:
    gc.collect()
    tracemalloc.start()
    newsparse.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def scaling_figures(sizes: list[int], repeat: int) -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        text = article_of_size(size)
        parse = best_of(lambda text=text: newsparse.parse(text), repeat)
        split = best_of(lambda text=text: text.split(), repeat * 3)
        rows.append(
            {
                "bytes": size,
                "s_per_mb": parse / (size / MB),
                "split_s_per_mb": split / (size / MB),
                "peak_x_input": peak_memory(text) / len(text.encode("utf-8")),
            }
        )
    return rows


def adversarial_figures(small: int, large: int, normal_per_byte: float) -> list[dict[str, float]]:
    rows = []
    for name, make in ADVERSARIAL.items():
        a, b = make(small), make(large)
        ta = steady_best(lambda a=a: newsparse.parse(a), 2)
        tb = steady_best(lambda b=b: newsparse.parse(b), 1)
        sa = steady_best(lambda a=a: a.split(), 5)
        sb = steady_best(lambda b=b: b.split(), 3)
        rows.append(
            {
                "input": name,
                "s_small": ta,
                "s_large": tb,
                "growth_vs_split": (tb / ta) / (sb / sa),
                "per_byte_vs_normal": (tb / len(b)) / normal_per_byte,
            }
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()

    repeat = 2 if args.quick else 3
    texts = (
        load_texts(args.dirs) if args.dirs else [article_of_size(3 * KB + i) for i in range(300)]
    )
    newsparse.parse(texts[0])  # build the default parser and compile its patterns first

    corpus = corpus_figures(texts, repeat)
    print(f"corpus: {corpus['articles']} articles, {corpus['mb']:.2f} MB")
    print(
        f"  throughput          {corpus['mb_per_s']:.2f} MB/s, {corpus['articles_per_s']:.0f} articles/s"
    )
    print(f"  median per article  {corpus['median_ms']:.2f} ms")
    print(f"  parse / splitlines  {corpus['ratio_to_splitlines']:.0f}x   (target <= 40x)")

    sizes = [KB, 10 * KB, 100 * KB, MB] + ([] if args.quick else [10 * MB])
    scaling = scaling_figures(sizes, repeat)
    print("\nscaling: one article grown by repeating paragraphs")
    print(f"  {'size':>8} {'s/MB':>8} {'split s/MB':>11} {'peak/input':>11}")
    for row in scaling:
        print(
            f"  {_size(row['bytes']):>8} {row['s_per_mb']:8.3f} {row['split_s_per_mb']:11.5f}"
            f" {row['peak_x_input']:10.1f}x"
        )
    by_size = {row["bytes"]: row for row in scaling}
    top = max(by_size)
    linearity = (by_size[top]["s_per_mb"] / by_size[100 * KB]["s_per_mb"]) / (
        by_size[top]["split_s_per_mb"] / by_size[100 * KB]["split_s_per_mb"]
    )
    print(f"  linearity ({_size(top)} vs 100 KB, over str.split): {linearity:.2f}  (target <= 1.5)")
    print(
        f"  peak memory at {_size(top)}: {by_size[top]['peak_x_input']:.1f}x the input  (target <= 8x)"
    )

    normal_per_byte = by_size[MB]["s_per_mb"] / MB
    small, large = (128 * KB, MB) if args.quick else (512 * KB, 4 * MB)
    adversarial = adversarial_figures(small, large, normal_per_byte)
    print(f"\nadversarial inputs at {_size(small)} and {_size(large)}")
    print(
        f"  {'input':<30} {'small s':>8} {'large s':>8} {'growth/split':>13} {'per byte/normal':>16}"
    )
    for row in adversarial:
        print(
            f"  {row['input']:<30} {row['s_small']:8.3f} {row['s_large']:8.3f}"
            f" {row['growth_vs_split']:13.2f} {row['per_byte_vs_normal']:16.1f}"
        )
    print("  targets: growth/split <= 2 (linear); per byte/normal <= 30")

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "corpus": corpus,
                    "scaling": scaling,
                    "linearity": linearity,
                    "adversarial": adversarial,
                },
                indent=1,
            )
        )
    return 0


def _size(n: float) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n / KB:g} KB"


if __name__ == "__main__":
    sys.exit(main())
