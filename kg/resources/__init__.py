"""Files the package reads at run time (lexicons, frameworks, rules, ontology, queries), found with importlib.resources."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

# A wheel installs into a folder, so the package's files are plain paths (no zip import here).
ROOT = Path(str(files(__name__)))
LEXICONS_DIR = ROOT / "lexicons"
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ROOT / "queries"
SITE_DIR = ROOT / "site"
FRAMEWORKS_DIR = ROOT / "frameworks"
RULES_DIR = ROOT / "rules"


def rule_file(name: str) -> Path:
    """The extraction rule file `name`: from $KG_RULES_DIR when that folder has it (how a user changes or
    extends the rules without touching the package), else the packaged one."""
    override = os.environ.get("KG_RULES_DIR")
    if override and (Path(override) / name).is_file():
        return Path(override) / name
    return RULES_DIR / name


def rule_files() -> list[Path]:
    """Every rule file extraction reads, as rule_file() resolves it."""
    names = {p.name for p in RULES_DIR.glob("*") if p.is_file() and not p.name.startswith(".")}
    return [rule_file(n) for n in sorted(names)]


def load_yaml(text: str):
    """A YAML file of the package's kind (rules, frameworks), read with libyaml when PyYAML has it: ten
    times faster than the pure-Python reader, and the same data (the same safe constructors build it)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

