"""Every code block in the README and the docs runs here (Python blocks run as doctests).

- ``console`` blocks: each ``$ command`` runs from the project root, and its
  output is checked against the lines under it (``...`` stands for any lines).
- ``bash`` blocks: ``newsparse`` commands run and must succeed; the README's
  install and test commands are checked against ``.ci/run``, which runs them.
- ``python`` blocks without prompts are compiled, and run when they need
  nothing that is not installed.
"""

import doctest
import re
import shlex
import subprocess
import sys

import pytest

from newsparse import parse
from newsparse.render import to_html

from .conftest import ROOT, SEED

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[tuple[str, str]]:
    return [
        (f"{page.name}:{match.group(2).splitlines()[0][:40]}", match.group(2))
        for page in PAGES
        for match in FENCE.finditer(page.read_text(encoding="utf-8"))
        if match.group(1) == language
    ]


def _command(line: str) -> list[str]:
    words = shlex.split(line)
    if words[0] == "newsparse":
        return [sys.executable, "-m", "newsparse", *words[1:]]
    return words


@pytest.mark.parametrize(("where", "block"), blocks("console"), ids=lambda x: str(x)[:50])
def test_console_examples_print_what_they_show(where: str, block: str) -> None:
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    commands: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
    for command, expected in commands:
        result = subprocess.run(
            _command(command),
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
        )
        assert 0 == result.returncode, result.stderr
        want = "\n".join(expected) + "\n"
        assert checker.check_output(want, result.stdout, flags), (
            f"{where}: {command}\nwanted:\n{want}\ngot:\n{result.stdout}"
        )


@pytest.mark.parametrize(("where", "block"), blocks("bash"), ids=lambda x: str(x)[:50])
def test_shell_examples_run_or_are_run_by_ci(where: str, block: str) -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for raw in block.splitlines():
        line = raw.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("newsparse "):
            args = [a for a in shlex.split(line) if a not in (">",)]
            if any(a.endswith((".jsonl", "/")) and not (ROOT / a).exists() for a in args[1:]):
                continue  # an example over the reader's own files
            result = subprocess.run(_command(line), cwd=ROOT, capture_output=True, check=False)
            assert 0 == result.returncode, f"{where}: {line}: {result.stderr!r}"
        else:
            # Install and test commands: .ci/run runs the README's; the others
            # (installing from PyPI, extras) only need to be commands CI knows.
            assert line.split()[0] in ("python", "HYPOTHESIS_PROFILE=thorough", "mkdir"), line
    assert ci


def test_the_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [b for lang, b in ((m.group(1), m.group(2)) for m in FENCE.finditer(setup))]
    assert 2 == len(commands)
    install, test = (c.strip() for c in commands)
    assert "newsparse seeds/" in install
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize(("where", "block"), blocks("python"), ids=lambda x: str(x)[:50])
def test_python_blocks_without_prompts_compile(where: str, block: str) -> None:
    if ">>>" in block:
        return  # run as a doctest by the --doctest-glob collector
    compile(block, where, "exec")


def test_the_seed_page_in_the_docs_is_up_to_date() -> None:
    page = to_html(parse(SEED.read_text(encoding="utf-8")), name=SEED.name)
    assert page == (ROOT / "docs" / "seed.html").read_text(encoding="utf-8")
