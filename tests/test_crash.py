"""Crashes and full disks: the store always opens, validates, and holds each document wholly old or new."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, kg
from pyoxigraph import DefaultGraph, Store

from kg.build import build
from kg.rdf import DEFAULT_BASE
from kg.store import EmbeddedStore, StoreError

CORPORA = [SAMPLE, ROOT / "tests" / "corpus" / "tune", ROOT / "tests" / "corpus" / "heldout"]
GRAPHS_BY_PATH = """PREFIX ikg: <https://w3id.org/inspection-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?path WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?doc . ?doc ikg:sourcePath ?path } }"""


def write_corpus(folder: Path, n: int, version: int) -> list[str]:
    """n articles made from the bundled ones; every version changes every document."""
    bases = sorted(p for c in CORPORA for p in c.iterdir() if p.suffix in (".txt", ".md", ".html"))
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        src = bases[i % len(bases)]
        text = src.read_text(encoding="utf-8")
        out = folder / f"doc{i:03d}{src.suffix}"
        tail = f"\n\nReference {i}, version {version}.\n"
        out.write_text(text.replace("</body>", f"<p>{tail}</p></body>") if src.suffix == ".html" else text + tail,
                       encoding="utf-8")
        paths.append(str(out))
    return paths


def graphs(store_path: Path) -> dict[str, list[frozenset[str]]]:
    """Source path -> the content of each graph stored for it (triples as N-Triples lines)."""
    s = Store.read_only(str(store_path))
    try:
        out: dict[str, list[frozenset[str]]] = {}
        for sol in s.query(GRAPHS_BY_PATH):
            g = sol["g"]
            triples = frozenset(f"{q.subject} {q.predicate} {q.object}" for q in s.quads_for_pattern(None, None, None, g))
            out.setdefault(sol["path"].value, []).append(triples)
        return out
    finally:
        del s


def merge_is_whole(store_path: Path) -> bool:
    """The default graph (the merge queries read) holds exactly the triples of the named graphs."""
    s = Store.read_only(str(store_path))
    try:
        merged, named = set(), set()
        for q in s:
            (merged if isinstance(q.graph_name, DefaultGraph) else named).add((q.subject, q.predicate, q.object))
        return merged == named
    finally:
        del s


def source_graphs(store_path: Path) -> set[str]:
    s = Store.read_only(str(store_path))
    try:
        return {sol["g"].value for sol in s.query(
            "SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/inspection-kg/ontology#SourceGraph> } }")}
    finally:
        del s


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """Store v1 (a built corpus), and v2 built over a copy of it to the end (the reference)."""
    base = tmp_path_factory.mktemp("crash")
    corpus = base / "corpus"
    paths = write_corpus(corpus, 48, 1)
    v1 = base / "v1"
    kg("build", str(corpus), "--store", str(v1), "-q")
    write_corpus(corpus, 48, 2)
    v2 = base / "v2"
    shutil.copytree(v1, v2)
    kg("build", str(corpus), "--store", str(v2), "-q")
    return base, corpus, paths, v1, v2


def test_kill_9_mid_build_leaves_each_document_old_or_new(versions, tmp_path):
    base, corpus, paths, v1, v2 = versions
    old, new = graphs(v1), graphs(v2)
    assert set(old) == set(new) == set(paths)
    assert all(old[p] != new[p] for p in paths), "every document must change between the versions"

    store = tmp_path / "killed"
    shutil.copytree(v1, store)
    new_graphs = source_graphs(v2)
    # The real command line, with small write batches (300 quads a transaction instead of 50,000: about one
    # document each) so that the build makes many commits and the kill lands between or inside them. Each
    # batch is one update, as in production; only its size differs.
    code = "import kg.writer; kg.writer.BATCH_QUADS = 300; from kg.cli import main; main()"
    # Its own process group, so that the workers and fork server the killed build leaves behind can be reaped.
    proc = subprocess.Popen([sys.executable, "-c", code, "build", str(corpus), "--store", str(store), "-q"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    seen = 0
    try:
        # Watch the store (read-only, beside the writer) and kill once some, but at most half, of the
        # documents have been replaced.
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                seen = len(source_graphs(store) & new_graphs)
            except (OSError, RuntimeError):  # a reader can race the writer's compactions: look again
                continue
            if 0 < seen <= len(paths) // 2:
                break
            time.sleep(0.01)
        assert proc.poll() is None, f"the build ended before it could be killed ({seen} documents replaced)"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(30)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the orphans of the crash: no part of what is tested
        except ProcessLookupError:
            pass
    assert proc.returncode == -signal.SIGKILL

    res = kg("validate", "--store", str(store), check=False)
    assert res.returncode == 0, res.stdout + res.stderr
    got = graphs(store)
    assert set(got) == set(paths)
    states = {}
    for p in paths:
        assert len(got[p]) == 1, f"{p}: {len(got[p])} graphs after the crash"
        assert got[p][0] in (old[p][0], new[p][0]), f"{p}: a graph that is neither the old nor the new one"
        states[p] = "new" if got[p][0] == new[p][0] else "old"
    kinds = set(states.values())
    assert kinds == {"old", "new"}, f"the kill did not land mid-build: {sorted(kinds)}"
    assert merge_is_whole(store), "the merged default graph disagrees with the document graphs"

    # Building again finishes the job: the store ends as if never interrupted.
    kg("build", str(corpus), "--store", str(store), "-q")
    assert graphs(store) == new


# ---------------------------------------------------------------- full disk, write errors

@pytest.fixture
def small_disk(tmp_path):
    """A 64 MB tmpfs (machines run as root); unmounted afterwards."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mnt)], capture_output=True,
                         text=True)
    assert res.returncode == 0, f"cannot mount a tmpfs to fill (needs root): {res.stderr}"
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(mnt: Path, leave_kb: int) -> Path:
    """Fill the disk but for leave_kb KB."""
    st = os.statvfs(mnt)
    free = st.f_bavail * st.f_frsize
    filler = mnt / "filler"
    with open(filler, "wb") as fh:
        left = free - leave_kb * 1024
        chunk = b"\0" * 2**20
        while left > 0:
            fh.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    return filler


def test_full_disk_gives_a_clear_error_and_a_whole_store(small_disk, tmp_path):
    # Enough new documents that their index files outgrow the space left (a bulk write is compact).
    # (every own corpus: a margin over the space left, which a compact write of fewer could fit in)
    tune = [str(ROOT / "tests" / "corpus" / name) for name in ("tune", "tune2", "tune3", "tune4", "tune5", "tune6",
                                                               "tune7", "heldout", "heldout2", "realstyle")]
    reference = tmp_path / "reference"
    kg("build", str(SAMPLE), *tune, "--store", str(reference), "-q")
    want = graphs(reference)

    store = small_disk / "store"
    kg("build", str(SAMPLE), "--store", str(store), "-q")
    filler = fill(small_disk, 256)
    res = kg("build", str(SAMPLE), *tune, "--store", str(store), check=False, timeout=120)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 1 and "No space left on device" in errors[0], res.stderr

    filler.unlink()
    res = kg("validate", "--store", str(store), check=False)
    assert res.returncode == 0, res.stdout
    got = graphs(store)
    assert {str(p) for p in SAMPLE.iterdir()} <= set(got), "documents stored before the failure were lost"
    for path, contents in got.items():
        assert contents == want[path], f"{path}: a partial or duplicate graph after the failed write"
    assert merge_is_whole(store)
    # With room again, the same build completes.
    kg("build", str(SAMPLE), *tune, "--store", str(store), "-q")
    assert graphs(store) == want


class FailingStore:
    """Wraps a pyoxigraph Store: the n-th write (an update, a load or a bulk load, each all or nothing) fails
    as a full disk would."""

    def __init__(self, store: Store, fail_at: int):
        self._store = store
        self.calls = 0
        self.fail_at = fail_at

    def _count(self) -> None:
        self.calls += 1
        if self.calls == self.fail_at:
            raise OSError(28, "No space left on device (injected)")

    def update(self, sparql: str) -> None:
        self._count()
        self._store.update(sparql)

    def load(self, *args, **kwargs) -> None:
        self._count()
        self._store.load(*args, **kwargs)

    def bulk_load(self, *args, **kwargs) -> None:
        self._count()
        self._store.bulk_load(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_oserror_on_write_is_a_store_error_and_keeps_the_store(tmp_path, monkeypatch):
    tune = ROOT / "tests" / "corpus" / "tune"
    path = tmp_path / "store"
    s = EmbeddedStore(str(path))
    build([str(SAMPLE)], s, DEFAULT_BASE, warn=lambda m: None)
    s.close()
    before = graphs(path)

    monkeypatch.setattr("kg.writer.BATCH_QUADS", 1000)  # several transactions, the second one fails
    s = EmbeddedStore(str(path))
    s.store = FailingStore(s.store, fail_at=2)
    with pytest.raises(StoreError, match="write failed.*No space left"):
        build([str(SAMPLE), str(tune)], s, DEFAULT_BASE, warn=lambda m: None)
    assert s.write_failed
    s.close()  # no flush after a failed write, and no second error

    after = graphs(path)
    for p, contents in before.items():
        assert after[p] == contents
    assert all(len(v) == 1 for v in after.values())
    assert 0 < len(set(after) - set(before)) < len(list(tune.iterdir())), "the first batch should be stored"
    assert merge_is_whole(path)
    res = kg("validate", "--store", str(path), check=False)
    assert res.returncode == 0, res.stdout
