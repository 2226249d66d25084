"""The newsparse command, run for real in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from newsparse.serialize import json_schema

from .conftest import SEED, write_articles


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


def test_markdown_output_of_the_seed() -> None:
    result = run(str(SEED), "--format", "markdown")
    assert 0 == result.returncode
    assert result.stdout.startswith("# North Korea’s Kim Jong-un heads home after Russia visit\n")
    assert "> **Figure:** North Korean leader" in result.stdout
    assert "**READ MORE**" in result.stdout
    assert result.stdout.rstrip().endswith("— Agencies")


def test_html_output_marks_each_part_with_its_kind_and_rule() -> None:
    result = run(str(SEED), "--format", "html")
    assert 0 == result.returncode
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>")
    for kind in ("headline", "caption", "read_more", "agency_credit"):
        assert f'class="k-{kind}" title="{kind} (rule: {kind})"' in page
    assert 'class="legend"' in page


def test_jsonl_in_parses_each_record_and_reports_bad_lines(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(
        json.dumps({"id": 1, "body": "First headline here\n\nText one."})
        + "\n{not json}\n"
        + json.dumps({"id": 3, "other": "no body"})
        + "\n"
        + json.dumps({"id": 4, "body": "Fourth headline here\n\nText four."})
        + "\n",
        encoding="utf-8",
    )
    result = run(str(data), "--jsonl-in", "body", "--format", "jsonl")
    assert 1 == result.returncode
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = result.stderr.strip().splitlines()
    assert [f"{data}:1", f"{data}:4"] == [r["input"] for r in records]
    assert 2 == len(errors)
    assert "line 2: not valid JSON" in errors[0]
    assert "line 3: no text field 'body'" in errors[1]
    assert 4 == len(records) + len(errors)


def test_jobs_keeps_input_order(tmp_path: Path) -> None:
    names = write_articles(tmp_path, 30)
    result = run(*names, "--jobs", "2", "--format", "jsonl")
    assert 0 == result.returncode, result.stderr
    assert names == [json.loads(line)["input"] for line in result.stdout.splitlines()]


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run(str(SEED), "--format", "json", "--output", str(target))
    assert 0 == result.returncode
    assert "" == result.stdout
    assert "Agencies" == json.loads(target.read_text(encoding="utf-8"))["agency_credit"]["text"]


def test_an_unknown_language_pack_is_a_usage_error() -> None:
    result = run(str(SEED), "--languages", "en,xx")
    assert 2 == result.returncode
    assert "no language pack 'xx'" in result.stderr
