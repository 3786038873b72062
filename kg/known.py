"""What each source's bytes hashed to when a build last read them, by path and file status: a rebuild of an
unchanged corpus checks each file's status instead of reading and hashing every file (as make and git do)."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from time import time_ns

from .cache import cache_dir

SETTLE_NS = 2_000_000_000  # a file written this close to the save may change again within its timestamp's tick


def _status(path: str) -> tuple[int, ...] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


class KnownHashes:
    """Content ids of sources by path, trusted while a file's size, times, inode and device are those it had
    when it was read. Kept in the cache folder per set of paths built (and working folder)."""

    def __init__(self, paths: list[str]):
        key = hashlib.sha256("\0".join([os.getcwd(), *sorted(paths)]).encode()).hexdigest()[:24]
        self.path = None
        self.old: dict[str, tuple[tuple[int, ...], str]] = {}
        self.new: dict[str, tuple[tuple[int, ...], str]] = {}
        try:
            self.path = cache_dir() / f"hashes-{key}.pickle"
            saved, old = pickle.loads(self.path.read_bytes())
            # Entries whose file was written close to the save are not trusted (a change in the same tick
            # would leave size and times as they were).
            self.old = {p: e for p, e in old.items() if e[0][1] < saved - SETTLE_NS and e[0][2] < saved - SETTLE_NS}
        except Exception:  # none yet, unreadable or from another version: every source is read
            pass

    def get(self, path: str) -> str:
        """The content id of the file at path if it is known and its status unchanged, else ''."""
        entry = self.old.get(path)
        if entry is None:
            return ""
        status = _status(path)
        if status != entry[0]:
            return ""
        self.new[path] = entry
        return entry[1]

    def status(self, path: str) -> tuple[int, ...] | None:
        """The file's status, taken before it is read (a change while it is read shows next time)."""
        return _status(path)

    def put(self, path: str, status: tuple[int, ...] | None, content: str) -> None:
        if status is not None:
            self.new[path] = (status, content)

    def save(self) -> None:
        """Keep what this build met (sources gone since are dropped); a cache that cannot be written is skipped."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, prefix=".hashes-", delete=False) as fh:
                fh.write(pickle.dumps((time_ns(), self.new), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(fh.name, self.path)
        except OSError:
            pass
