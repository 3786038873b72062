"""The fast paths of the build give exactly what the slow ones they replace gave."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.rglob("*")) if p.is_file()][:40]


def test_phrase_index_finds_what_the_phrase_matchers_find():
    import spacy

    from kg.lexicon import load
    from kg.nlp import PhraseIndex, _patterns

    nlp = spacy.blank("en")
    exact, loose, docs = _patterns(nlp, load())
    indexes = [(exact, PhraseIndex(exact, docs[id(exact)], lower=False)),
               (loose, PhraseIndex(loose, docs[id(loose)], lower=True))]
    texts = _texts() + ["NORFOLK COUNTY COUNCIL and norfolk county council, Ofsted's HM Chief Inspector said."]
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        for matcher, index in indexes:
            want = [(*nlp.vocab.strings[m].split("|", 1), s, e) for m, s, e in matcher(doc)]
            assert index(doc) == want  # the same names, in the same order (ties are kept in that order)
            found += len(want)
    assert found > 100


def test_yaml_files_read_as_the_pure_python_reader_reads_them():
    import yaml

    from kg.resources import FRAMEWORKS_DIR, RULES_DIR, load_yaml

    files = sorted(RULES_DIR.glob("*.yaml")) + sorted(FRAMEWORKS_DIR.glob("*.y*ml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path


@pytest.mark.parametrize("code", [
    "import kg, spacy, sys; assert type(sys.modules['spacy.cli']).__name__ == '_Stub'",
    "import kg, spacy; from spacy.cli import download; assert callable(download)",
    "import kg, spacy; assert spacy.info()['spacy_version'] == spacy.__version__",
])
def test_spacy_without_its_command_line_still_has_it_on_demand(code):
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_a_rebuild_reads_only_the_sources_whose_status_changed(tmp_path, monkeypatch):
    import shutil

    from kg import build as build_module
    from kg import known
    from kg.store import open_store

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "src"
    shutil.copytree(ROOT / "data" / "sample", src)
    read: list[str] = []
    real = build_module.read_bytes
    monkeypatch.setattr(build_module, "read_bytes", lambda item: read.append(item.path) or real(item))

    def run() -> tuple[int, int]:
        read.clear()
        store = open_store(str(tmp_path / "store"))
        try:
            report = build_module.build([str(src)], store, "https://example.org/id/")
        finally:
            store.close()
        return report.read, report.unchanged

    n = len(list(src.iterdir()))
    settle = known.SETTLE_NS
    monkeypatch.setattr(known, "SETTLE_NS", 0)  # files written before the save count as settled
    assert run() == (n, 0) and len(read) == n
    assert run() == (n, n) and read == []  # nothing read: every file's status is what it was
    target = sorted(src.iterdir())[0]
    target.write_bytes(target.read_bytes().replace(b"Suffolk", b"Norfolk"))  # same size
    assert run() == (n, n - 1) and read == [str(target)]
    assert run() == (n, n) and read == []
    # A file written in the tick of the save (its times equal the save's) may change again unseen: it is
    # read by the next build whatever its status says.
    monkeypatch.setattr(known, "SETTLE_NS", settle)
    monkeypatch.setattr(known, "time_ns", lambda: os.stat(target).st_ctime_ns)
    target.write_bytes(target.read_bytes().replace(b"Norfolk", b"Suffolk"))
    assert run() == (n, n - 1) and str(target) in read
    assert run() == (n, n) and str(target) in read  # unchanged, and read again all the same
