"""The newsparse command under faults, each run for real in a subprocess."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SEED, write_articles

COMMAND = [sys.executable, "-m", "newsparse"]


def _without_root_powers() -> list[str]:
    """As root, a prefix that drops the powers to read any file, so permissions apply."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without util-linux's setpriv to drop file-read powers")
    powers = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={powers}", f"--inh-caps={powers}"]


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_directory_where_a_file_is_expected(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "folder.txt").mkdir()  # a directory that looks like a text file
    (tmp_path / "in" / "good.txt").write_text("A good headline here\n\nBody.", encoding="utf-8")
    result = run(str(tmp_path / "in"), "--format", "jsonl")
    assert 0 == result.returncode
    assert ["good.txt"] == [Path(json.loads(x)["input"]).name for x in result.stdout.splitlines()]
    result = run(str(SEED), "--output", str(tmp_path / "in"))
    assert 1 == result.returncode
    assert f"{tmp_path / 'in'}: cannot write" in result.stderr


def test_a_file_without_read_permission(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret headline\n\nBody.", encoding="utf-8")
    locked.chmod(0o000)
    good = tmp_path / "good.txt"
    good.write_text("A good headline here\n\nBody.", encoding="utf-8")
    good.chmod(0o644)
    result = subprocess.run(
        [*_without_root_powers(), *COMMAND, str(locked), str(good), "--format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert 1 == result.returncode
    assert f"newsparse: error: {locked}: permission denied" == result.stderr.strip()
    assert [str(good)] == [json.loads(x)["input"] for x in result.stdout.splitlines()]


def test_a_50_mb_input(tmp_path: Path) -> None:
    paragraph = (
        "The council said on Tuesday that the harbour wall would be repaired before winter, "
        "after engineers found cracks in {} places along its length.\n\n"
    )
    big = tmp_path / "big.txt"
    count = 0
    with big.open("w", encoding="utf-8") as out:
        out.write("A very long article for the test\n\n")
        size = 0
        while size < 50 * 1024 * 1024:
            text = paragraph.format(count)
            out.write(text)
            size += len(text)
            count += 1
    result = run(str(big), "--explain", "--output", str(tmp_path / "out.txt"))
    assert 0 == result.returncode, result.stderr
    lines = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert lines[2].startswith("headline")
    assert count == sum(1 for x in lines if x.startswith("paragraph"))


def test_a_file_that_disappears_while_the_batch_runs(tmp_path: Path) -> None:
    first = tmp_path / "a-first.txt"
    first.write_text("A long first article\n\n" + "Body text runs on. " * 400_000, encoding="utf-8")
    vanishing = tmp_path / "b-vanishing.txt"
    vanishing.write_text("Soon gone\n\nBody.", encoding="utf-8")
    last = tmp_path / "c-last.txt"
    last.write_text("The last headline\n\nBody.", encoding="utf-8")
    process = subprocess.Popen(
        [*COMMAND, str(tmp_path), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")],
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.5)  # the directory is listed at once; the first file takes seconds to parse
    vanishing.unlink()
    _, stderr = process.communicate(timeout=300)
    assert 1 == process.returncode
    assert f"newsparse: error: {vanishing}: no such file" == stderr.strip()
    records = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [str(first), str(last)] == [json.loads(x)["input"] for x in records]


def test_output_to_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    names = write_articles(tmp_path, 200)
    process = subprocess.Popen(
        [*COMMAND, *names], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # like `newsparse … | head -1`
    _, stderr = process.communicate(timeout=120)
    assert "Traceback" not in stderr
    assert "" == stderr
    assert 0 == process.returncode


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to list processes")
def test_an_interrupted_jobs_batch_exits_130_and_leaves_no_workers(tmp_path: Path) -> None:
    marker = tmp_path / "interrupt-marker"
    marker.mkdir()
    for i in range(400):
        (marker / f"{i:03}.txt").write_text(
            f"Headline {i} here\n\n" + "Some body text. " * 20_000, encoding="utf-8"
        )
    process = subprocess.Popen(
        [*COMMAND, str(marker), "--jobs", "2", "-o", os.devnull],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(2.0)
    assert process.poll() is None, "the batch ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    _, stderr = process.communicate(timeout=60)
    assert 130 == process.returncode
    assert "Traceback" not in stderr
    time.sleep(0.5)
    leftovers = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if str(marker).encode() in cmdline:
                leftovers.append(proc.name)
    assert [] == leftovers
