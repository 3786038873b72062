"""Where kg keeps what it builds once and reuses between runs (the spaCy pipeline, the lexicons, the
vocabulary graph)."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where built things are kept between runs: $KG_CACHE_DIR, else the user's cache folder."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "inspection-kg"


def digest(files: Iterable[Path], *extra: str) -> str:
    """A key that changes with the names and bytes of these files (and the extra strings)."""
    h = hashlib.sha256("\0".join(extra).encode())
    for path in files:
        h.update(path.parent.name.encode() + b"/" + path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:24]


def kept(name: str, key: Callable[[], str], build: Callable[[], T], kind: type) -> T:
    """build(), pickled in the cache folder as NAME-KEY.pickle and loaded from there by later runs. The cache
    is the user's own folder; a file that does not load (or holds no KIND) is built again, a folder that
    cannot be written is done without, and files of older keys are removed."""
    try:
        path = cache_dir() / f"{name}-{key()}.pickle"
    except OSError:
        return build()
    try:
        value = pickle.loads(path.read_bytes())
        if isinstance(value, kind):
            return value
    except Exception:  # missing, truncated or from another version: build it again
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as fh:
            fh.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(fh.name, path)  # atomic: a concurrent reader sees the old file or the whole new one
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # built from older inputs: never loaded again
    except OSError:  # a read-only home: run without the cache
        pass
    return value
