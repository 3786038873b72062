"""The fast paths of the build give exactly what the slow ones they replace gave."""

from __future__ import annotations

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
