"""The scripts in examples/ run and print what they promise."""

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEED


def run_example(name: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=180,
    )
    return result.stdout


def test_parse_file_example_prints_the_seed_parts() -> None:
    out = run_example("parse_file.py", str(SEED))
    assert "headline: North Korea’s Kim Jong-un heads home after Russia visit" in out
    assert "paragraphs: 11" in out


def test_dask_bag_example_writes_one_record_per_input(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for part in range(2):
        lines = [
            json.dumps(
                {"id": f"{part}-{i}", "text": seed if i == 0 else f"Title {i} here\n\nBody."}
            )
            for i in range(5)
        ]
        (source / f"batch-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_example("dask_bag.py", str(source), str(out))
    records = [
        json.loads(line)
        for path in sorted(out.glob("part-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert 10 == len(records)
    assert {f"{p}-{i}" for p in range(2) for i in range(5)} == {r["id"] for r in records}
    seeds = [r for r in records if r["id"].endswith("-0")]
    assert all("Agencies" == r["agency_credit"]["text"] for r in seeds)


def test_jsonl_batch_example_keeps_order_and_ids(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    seed = SEED.read_text(encoding="utf-8")
    records = [
        {"id": i, "text": seed if i == 2 else f"Title number {i}\n\nBody {i}."} for i in range(6)
    ]
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert "wrote 6 records" in run_example("jsonl_batch.py", str(source), str(target))
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert list(range(6)) == [r["id"] for r in out]
    assert "Agencies" == out[2]["agency_credit"]
    assert "Title number 5" == out[5]["headline"]


def test_to_markdown_example_renders_the_seed() -> None:
    out = run_example("to_markdown.py", str(SEED))
    assert out.startswith("# North Korea’s Kim Jong-un heads home after Russia visit\n")
    assert out.rstrip().endswith("— Agencies")


def test_strategies_example_runs_as_a_user_test_module() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(ROOT / "examples"),
            str(ROOT / "examples" / "test_with_strategies.py"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=ROOT / "examples",
    )
    assert 0 == result.returncode, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_custom_rule_example_shows_the_new_caption_and_agency() -> None:
    out = run_example("custom_rule.py")
    assert "custom: captions=[('Cars wait at a flooded junction outside the town.'" in out
    assert "agency_credit=Tanjug" in out
