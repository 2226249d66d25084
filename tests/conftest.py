"""Test configuration: Hypothesis profiles.

``dev`` (the default) is quick; ``ci`` runs at least 300 examples per property;
``thorough`` runs 10,000, for a fuzzing pass. Pick one with
``HYPOTHESIS_PROFILE=ci``; where the ``CI`` variable is set, ``ci`` is the default.
"""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
for name, examples in (("ci", 300), ("thorough", 10_000)):
    settings.register_profile(
        name,
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        print_blob=True,
    )
# CI (which sets CI=true) runs the ci profile unless a profile is named.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_aa8b4faea0fba326.txt"


def write_articles(folder: Path, count: int) -> list[str]:
    """Write ``count`` small articles into ``folder``; return their paths in order."""
    names = []
    for i in range(count):
        path = folder / f"{i:03}.txt"
        path.write_text(f"Headline number {i} here\n\nBody {i}.", encoding="utf-8")
        names.append(str(path))
    return names


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
