"""Where kg keeps what it builds once and reuses between runs (the spaCy pipeline, the vocabulary graph)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """Where built things are kept between runs: $KG_CACHE_DIR, else the user's cache folder."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "inspection-kg"
