"""Files the package reads at run time (lexicons, ontology, queries), found with importlib.resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# A wheel installs into a folder, so the package's files are plain paths (no zip import here).
ROOT = Path(str(files(__name__)))
LEXICONS_DIR = ROOT / "lexicons"
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ROOT / "queries"
SITE_DIR = ROOT / "site"
