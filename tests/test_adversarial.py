"""The benchmark's adversarial inputs, at a small size, parse losslessly.

Their timing lives in benchmarks/bench.py; this test only checks soundness.
"""

import sys

import pytest

from .conftest import ROOT
from .test_robustness import assert_sound

sys.path.insert(0, str(ROOT / "benchmarks"))
import bench


@pytest.mark.parametrize("name", list(bench.ADVERSARIAL), ids=list(bench.ADVERSARIAL))
def test_adversarial_input_parses_losslessly(name: str) -> None:
    assert_sound(bench.ADVERSARIAL[name](16 * 1024))
