"""Throughput of `newsparse --jobs 2` against `--jobs 1` over a few thousand small files.

    python benchmarks/cli_jobs.py [CORPUS_DIR ...] [--files N] [--repeat R]

The files are written to a temporary folder: the texts of CORPUS_DIR (plain
``*.txt`` or corpus JSON records) repeated until N files, or generated
articles. Each setting runs R times; the best time counts, since machines are
noisy. The figure is the ratio of the two throughputs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import article_of_size, load_texts


def best_run(args: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--files", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = (
        load_texts(args.dirs) if args.dirs else [article_of_size(2500 + 7 * i) for i in range(200)]
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = 0
        for i in range(args.files):
            text = texts[i % len(texts)]
            (folder / f"{i:05}.txt").write_text(text, encoding="utf-8")
            size += len(text.encode("utf-8"))
        command = [
            sys.executable,
            "-m",
            "newsparse",
            str(folder),
            "--format",
            "jsonl",
            "-o",
            "/dev/null",
        ]
        one = best_run([*command, "--jobs", "1"], args.repeat)
        two = best_run([*command, "--jobs", "2"], args.repeat)
    mb = size / 1024 / 1024
    print(f"{args.files} files, {mb:.1f} MB")
    print(f"  --jobs 1  {one:6.2f} s  {args.files / one:7.0f} files/s  {mb / one:5.2f} MB/s")
    print(f"  --jobs 2  {two:6.2f} s  {args.files / two:7.0f} files/s  {mb / two:5.2f} MB/s")
    print(f"  speed-up  {one / two:.2f}x  (target >= 1.7x on 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
