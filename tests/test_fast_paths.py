"""The fast paths of the build give exactly what the slow ones they replace gave."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


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
