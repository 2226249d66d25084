"""The newsparse command, run for real in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from newsparse.serialize import json_schema

from .conftest import SEED


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )


def test_text_summary_of_the_seed() -> None:
    result = run(str(SEED))
    assert 0 == result.returncode, result.stderr
    assert "headline       North Korea’s Kim Jong-un heads home after Russia visit" in result.stdout
    assert "read_more      READ MORE (index 4)" in result.stdout
    assert "agency_credit  Agencies" in result.stdout
    assert "" == result.stderr


def test_json_output_is_valid_and_passes_the_schema() -> None:
    result = run(str(SEED), "--format", "json")
    assert 0 == result.returncode
    data = json.loads(result.stdout)
    jsonschema.validate(data, json_schema())
    assert "Agencies" == data["agency_credit"]["text"]


def test_bad_inputs_get_one_line_each_and_the_rest_is_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A headline for the good file\n\nSome body text here.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Valid start \xff\xfe broken")
    missing = tmp_path / "missing.txt"
    result = run(str(missing), str(bad), str(good), "--format", "jsonl")
    assert 1 == result.returncode
    errors = result.stderr.strip().splitlines()
    assert 2 == len(errors)
    assert f"newsparse: error: {missing}: no such file" == errors[0]
    assert str(bad) in errors[1]
    assert "byte offset 12" in errors[1]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [str(good)] == [r["input"] for r in records]


def test_an_empty_file_gives_an_empty_article_and_a_warning(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(str(empty), "--format", "json")
    assert 0 == result.returncode
    assert "warning" in result.stderr
    assert str(empty) in result.stderr
    assert [] == json.loads(result.stdout)["parts"]


def test_standard_input_and_a_bom_are_accepted() -> None:
    result = run("-", "--format", "json", stdin="\ufeffA headline from stdin\n\nBody.".encode())
    assert 0 == result.returncode
    assert "A headline from stdin" == json.loads(result.stdout)["headline"]["text"]


def test_a_directory_is_read_for_its_txt_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("First title here\n\nBody.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Second title here\n\nBody.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    result = run(str(tmp_path), "--format", "jsonl")
    assert 0 == result.returncode
    names = [Path(json.loads(line)["input"]).name for line in result.stdout.splitlines()]
    assert ["a.txt", "b.txt"] == names


def test_usage_errors_exit_with_2() -> None:
    assert 2 == run().returncode
    assert 2 == run(str(SEED), "--format", "yaml").returncode


def test_explain_names_the_rule_of_each_part() -> None:
    result = run(str(SEED), "--explain")
    assert 0 == result.returncode
    assert any(
        line.split()[:2] == ["agency_credit", "agency_credit"]
        for line in result.stdout.splitlines()
    )
