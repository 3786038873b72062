"""The fast paths of the build give exactly what the slow ones they replace gave."""

from __future__ import annotations


def test_yaml_files_read_as_the_pure_python_reader_reads_them():
    import yaml

    from kg.resources import FRAMEWORKS_DIR, RULES_DIR, load_yaml

    files = sorted(RULES_DIR.glob("*.yaml")) + sorted(FRAMEWORKS_DIR.glob("*.y*ml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path
