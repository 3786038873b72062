"""The command-line layer: lazy imports, the options every command shares, click kept inside kg/cli."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, kg

HEAVY = ("kg.viz", "kg.publish", "kg.serve", "kg.extract", "kg.nlp", "kg.build", "kg.graph", "spacy", "rdflib",
         "pyshacl", "networkx", "pyvis", "starlette", "uvicorn", "trafilatura", "matplotlib")
COMMANDS = ["build", "export", "extract", "load", "publish", "queries", "query", "serve", "stats", "validate", "viz"]


def modules_after(code: str) -> tuple[set[str], str]:
    """The modules a fresh interpreter holds after running CODE, and what CODE printed."""
    script = code + "\nimport json, sys\nprint('\\n' + json.dumps(sorted(sys.modules)))\n"
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    out, _, last = res.stdout.rstrip("\n").rpartition("\n")
    return set(json.loads(last)), out


def test_import_kg_cli_loads_no_command():
    mods, _ = modules_after("import kg.cli")
    assert "kg.cli" in mods
    loaded = sorted(m for m in mods if m in HEAVY or m.split(".")[0] in HEAVY or m == "pyoxigraph"
                    or (m.startswith("kg.cli.") and m != "kg.cli.common"))
    assert loaded == [], f"import kg.cli loads {loaded}"


def test_kg_query_loads_only_what_it_uses(sample_store):
    code = ("from kg.cli import cli\n"
            f"cli.main(['query', 'places', '--store', {str(sample_store)!r}, '--format', 'csv'], "
            "standalone_mode=False)")
    mods, out = modules_after(code)
    assert out.splitlines()[0] == "place" and len(out.splitlines()) > 1  # the query did run
    assert {"kg.cli.query", "kg.store", "pyoxigraph"} <= mods
    loaded = sorted(m for m in mods if m in HEAVY or m.split(".")[0] in HEAVY)
    assert loaded == [], f"kg query imports what it does not use: {loaded}"


def test_named_queries_are_read_from_the_package_resources():
    from kg.query import QUERIES, named_queries
    from kg.resources import QUERIES_DIR

    assert QUERIES.resolve() == QUERIES_DIR.resolve()
    assert "inspections" in named_queries()


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example_and_verbosity(name):
    text = kg(name, "--help").stdout
    assert "Example" in text, name
    assert "-v, --verbose" in text and "-q, --quiet" in text, name


def test_click_only_in_the_command_line_layer():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "kg").rglob("*.py")
                 if "cli" not in p.relative_to(ROOT / "kg").parts
                 and any(line.startswith(("import click", "from click")) or " import click" in line
                         for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []


def test_unknown_command_and_option_are_usage_errors(sample_store):
    assert kg("nosuch", check=False).returncode == 2
    res = kg("stats", "--store", str(sample_store), "--nosuch", check=False)
    assert res.returncode == 2


def test_quiet_silences_every_command(sample_store, tmp_path):
    out = tmp_path / "g.graphml"
    loud = kg("export", "--store", str(sample_store), "-o", str(out))
    assert "wrote" in loud.stderr
    assert kg("export", "--store", str(sample_store), "-o", str(out), "-q").stderr == ""
    assert kg("-q", "stats", "--store", str(sample_store), "-o", str(tmp_path / "s.txt")).stderr == ""
    assert (tmp_path / "s.txt").read_text().startswith("== counts per class")


def test_store_defaults_agree_with_the_library():
    from kg.cli import common
    from kg.store import DEFAULT_STORE, ENV_STORE

    assert (common.ENV_STORE, common.DEFAULT_STORE) == (ENV_STORE, DEFAULT_STORE)


def test_extract_reads_standard_input_for_one_document():
    res = kg("extract", "-", "--format", "json", input="Ofsted has rated Anytown Council's children's services "
                                                       "inadequate.\n")
    facts = json.loads(res.stdout)
    assert facts["document"]["path"] == "<stdin>"
    assert [(j["aspect"], j["grade"]) for j in facts["judgements"]] == [("Overall effectiveness", "Inadequate")]
    html = kg("extract", "-", input="<html><body><article><p>Ofsted has rated Anytown Council inadequate after an "
                                     "inspection in May.</p></article></body></html>")
    assert json.loads(html.stdout)["document"]["format"] == "html"
    assert kg("extract", "-", "--format", "jsonl", input="x", check=False).returncode == 2
    empty = kg("extract", "-", input="", check=False)
    assert empty.returncode == 1 and "<stdin>: empty" in empty.stderr
