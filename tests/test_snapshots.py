"""Behaviour snapshots: what `kg extract --format jsonl` yields on every corpus and the sample store's N-Quads.

A change to extraction or to the graph shows up here first. When it is meant, regenerate with
`KG_UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py` and say why in the commit. Corpora in ../shared
are third-party text, so only a digest of their output is committed.
"""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from conftest import ROOT, SAMPLE, SEEDS, kg

SNAPSHOTS = ROOT / "tests" / "snapshots"
UPDATE = os.environ.get("KG_UPDATE_SNAPSHOTS") == "1"
OWN = {"sample": SAMPLE} | {p.name: p for p in sorted((ROOT / "tests" / "corpus").iterdir()) if p.is_dir()}
SHARED = {"seeds": SEEDS, "real-dev": ROOT.parent / "shared" / "corpus" / "real-dev"}


def _extract(corpus) -> str:
    assert corpus.is_dir(), f"{corpus} is missing"
    return kg("extract", os.path.relpath(corpus, ROOT), "--format", "jsonl", "-q").stdout


def _compare(name: str, got: str, want_path) -> None:
    if UPDATE:
        want_path.parent.mkdir(parents=True, exist_ok=True)
        want_path.write_text(got, encoding="utf-8")
    want = want_path.read_text(encoding="utf-8")
    if got == want:
        return
    # Name the documents and sections that changed, not a wall of JSON.
    old = {json.loads(x)["document"]["path"]: json.loads(x) for x in want.splitlines()}
    new = {json.loads(x)["document"]["path"]: json.loads(x) for x in got.splitlines()}
    changed = [f"{p}: {', '.join(k for k in new.get(p, {}) | old.get(p, {}) if new.get(p, {}).get(k) != old.get(p, {}).get(k))}"
               for p in sorted(old.keys() | new.keys()) if old.get(p) != new.get(p)]
    pytest.fail(f"{name}: extraction changed in {len(changed)} documents:\n" + "\n".join(changed[:40]))


@pytest.mark.parametrize("name", sorted(OWN))
def test_own_corpus_snapshot(name):
    _compare(name, _extract(OWN[name]), SNAPSHOTS / "extract" / f"{name}.jsonl")


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_corpus_digest(name):
    got = hashlib.sha256(_extract(SHARED[name]).encode("utf-8")).hexdigest()
    path = SNAPSHOTS / "shared-digests.json"
    digests = json.loads(path.read_text()) if path.exists() else {}
    if UPDATE:
        digests[name] = got
        path.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n")
    assert got == digests[name], f"{name}: extraction output changed (digest {got[:12]})"


def test_sample_store_nquads(sample_store, tmp_path):
    out = tmp_path / "sample.nq"
    kg("export", "--store", str(sample_store), "--format", "nq", "-o", str(out))
    # The store keeps each source's absolute path: the checkout's own folder is not part of the behaviour.
    text = out.read_text(encoding="utf-8").replace(str(ROOT), "$ROOT")
    got = "".join(sorted(text.splitlines(keepends=True)))
    path = SNAPSHOTS / "sample-store.nq"
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    want = path.read_text(encoding="utf-8")
    if got != want:
        gone = sorted(set(want.splitlines()) - set(got.splitlines()))
        new = sorted(set(got.splitlines()) - set(want.splitlines()))
        pytest.fail(f"sample store changed: {len(gone)} quads gone, {len(new)} new\n- " + "\n- ".join(gone[:10])
                    + "\n+ " + "\n+ ".join(new[:10]))
