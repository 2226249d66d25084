"""The scripts in examples/ run and print what they promise."""

import subprocess
import sys

from .conftest import ROOT, SEED


def test_parse_file_example_prints_the_seed_parts() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "parse_file.py"), str(SEED)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    assert "headline: North Korea’s Kim Jong-un heads home after Russia visit" in result.stdout
    assert "paragraphs: 11" in result.stdout
