"""Shared fixtures: stores built once per test session from the bundled sample and the seed articles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLE = ROOT / "data" / "sample"
KG = str(Path(sys.executable).parent / "kg")


def kg(*args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run the real `kg` command line."""
    res = subprocess.run([KG, *args], capture_output=True, text=True, cwd=ROOT, **kw)
    if check and res.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {res.returncode}: {res.stderr[-2000:]}")
    return res


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    # The seeds live beside the project (../shared); CI always has them. Fail loudly, never skip.
    assert SEEDS.is_dir(), f"{SEEDS} is missing: clone the project with ../shared beside it"
    return SEEDS


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store built from data/sample (read-only for tests: copy it before writing)."""
    path = tmp_path_factory.mktemp("stores") / "sample"
    kg("build", str(SAMPLE), "--store", str(path), "-q")
    return path


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_dir) -> Path:
    """A store built from the five seed articles (read-only for tests: copy it before writing)."""
    path = tmp_path_factory.mktemp("stores") / "seeds"
    kg("build", str(seeds_dir), "--store", str(path), "-q")
    return path


@pytest.fixture
def copy_store(tmp_path):
    """Copy a session store so a test can write to it."""
    def _copy(src: Path) -> Path:
        dst = tmp_path / ("copy-" + src.name)
        shutil.copytree(src, dst)
        return dst
    return _copy


os.environ.setdefault("PYTHONHASHSEED", "0")
