"""The whole path through the real command line: build, query, validate, rebuild; the seeds end to end."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import KG, ROOT, SAMPLE, kg
from pyoxigraph import RdfFormat, Store

CONTRACT = {
    "organisations": ["organisation", "kind"],
    "people": ["person", "role", "organisation"],
    "places": ["place"],
    "inspections": ["inspection", "inspector", "subject", "region", "visited", "published", "kind", "overall"],
    "judgements": ["inspection", "subject", "region", "aspect", "grade"],
    "quotes": ["speaker", "quote"],
    "recommendations": ["inspection", "subject", "number", "text"],
}


def rows(store: Path, name: str, *extra: str) -> list[dict]:
    out = kg("query", name, "--store", str(store), "--format", "csv", *extra).stdout
    return list(csv.DictReader(io.StringIO(out)))


def dump(store: Path) -> list[str]:
    s = Store.read_only(str(store))
    return sorted(s.dump(format=RdfFormat.N_QUADS).decode().splitlines())


def test_seeds_score_end_to_end(seeds_dir):
    res = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), "--corpus",
                          str(seeds_dir), "--gold", str(ROOT.parent / "shared" / "eval" / "gold-seeds.json"),
                          "--kg", KG, "--project", str(ROOT), "--json"], capture_output=True, text=True, timeout=600)
    report = json.loads(res.stdout)
    assert report["problems"] == []
    assert report["overall_f1"] >= 0.95
    assert min(report[t]["f1"] for t in CONTRACT) >= 0.9


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_have_the_contract_columns(sample_store, name):
    out = kg("query", name, "--store", str(sample_store), "--format", "csv").stdout
    assert next(csv.reader(io.StringIO(out))) == CONTRACT[name]
    assert len(out.splitlines()) > 1, f"{name} returned no rows on the sample"


def test_labels_not_iris(sample_store):
    for name in CONTRACT:
        for row in rows(sample_store, name):
            assert not any(v.startswith(("http://", "https://")) for v in row.values()), (name, row)


def test_formats_and_query_sources(sample_store, tmp_path):
    as_json = json.loads(kg("query", "places", "--store", str(sample_store), "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["place"] and as_json["results"]["bindings"]
    tsv = kg("query", "places", "--store", str(sample_store), "--format", "tsv").stdout
    assert tsv.splitlines()[0] == "place"
    table = kg("query", "places", "--store", str(sample_store)).stdout
    assert "row" in table.splitlines()[-1]
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/inspection-kg/ontology#Inspection> }")
    n_file = kg("query", str(rq), "--store", str(sample_store), "--format", "csv").stdout.splitlines()[1]
    n_inline = kg("query", rq.read_text(), "--store", str(sample_store), "--format", "csv").stdout.splitlines()[1]
    assert n_file == n_inline and int(n_file) >= 5
    out = tmp_path / "o.csv"
    kg("query", "places", "--store", str(sample_store), "--format", "csv", "-o", str(out))
    assert out.read_text().startswith("place\n")


def test_bind_values_are_data_not_query_text(sample_store):
    body = rows(sample_store, "organisations")[0]["organisation"]
    bound = rows(sample_store, "rated-inadequate", "--bind", f"body={body}")
    assert all(r["body"] == body for r in bound)
    hostile = rows(sample_store, "rated-inadequate", "--bind", 'body=x" } UNION { ?i ?p ?o } #')
    assert hostile == []
    res = kg("query", "places", "--store", str(sample_store), "--bind", "not a name=1", check=False)
    assert res.returncode == 2 and "error" in res.stderr


def test_validate_passes_on_the_seeds_and_fails_on_a_broken_graph(seeds_store, copy_store):
    assert "conforms" in kg("validate", "--store", str(seeds_store)).stdout
    broken = copy_store(seeds_store)
    s = Store(str(broken))
    # A judgement with two grades, and a recommendation of no inspection.
    s.update("""PREFIX ikg: <https://w3id.org/inspection-kg/ontology#>
        INSERT { GRAPH <urn:x:broken> { ?j ikg:grade <https://w3id.org/inspection-kg/vocab/grade/good>,
                                                      <https://w3id.org/inspection-kg/vocab/grade/inadequate> .
                                         <urn:x:r> a ikg:Recommendation ;
                                              <https://schema.org/text> "Do better." } }
        WHERE { { SELECT ?j WHERE { GRAPH ?g { ?j a ikg:Judgement } } LIMIT 1 } }""")
    s.flush()
    del s
    res = kg("validate", "--store", str(broken), check=False)
    assert res.returncode == 1
    assert "exactly one grade" in res.stdout and "exactly one inspection" in res.stdout


def test_build_twice_changes_nothing_and_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    kg("build", str(SAMPLE), "--store", str(a))
    first = dump(a)
    res = kg("build", str(SAMPLE), "--store", str(a))
    assert "unchanged" in res.stderr
    assert dump(a) == first
    kg("build", str(SAMPLE), "--store", str(b))
    assert dump(b) == first


def test_a_changed_document_replaces_its_own_graph(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SAMPLE, src)
    store = tmp_path / "store"
    kg("build", str(src), "--store", str(store))
    before = {r["person"] for r in rows(store, "people")}
    target = src / "001_council-rated-inadequate.txt"
    target.write_text(target.read_text().replace("Suffolk", "Norfolk"))
    kg("build", str(src), "--store", str(store))
    graphs = Store.read_only(str(store)).named_graphs()
    doc_graphs = [g for g in graphs if "/graph/" in g.value]
    assert len(doc_graphs) == len(list(src.iterdir()))
    orgs = {r["organisation"] for r in rows(store, "organisations")}
    assert "Norfolk County Council" in orgs and "Suffolk County Council" not in orgs
    assert {r["person"] for r in rows(store, "people")} == before


def test_a_file_named_relatively_then_absolutely_is_one_document(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SAMPLE, src)
    store = tmp_path / "store"
    kg("build", os.path.relpath(src, ROOT), "--store", str(store))  # kg runs in ROOT
    target = src / "001_council-rated-inadequate.txt"
    target.write_text(target.read_text() + "\nA correction was added later.\n")
    res = kg("build", str(src.resolve()), "--store", str(store))
    assert "(1 replaced," in res.stderr, res.stderr
    doc_graphs = [g for g in Store.read_only(str(store)).named_graphs() if "/graph/" in g.value]
    assert len(doc_graphs) == len(list(src.iterdir()))


def test_every_fact_is_traceable_to_a_span(sample_store):
    out = kg("query", """PREFIX ikg: <https://w3id.org/inspection-kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT (COUNT(*) AS ?n) WHERE {
          { ?f a ikg:Judgement } UNION { ?f a ikg:Quotation } UNION { ?f a ikg:Recommendation } UNION { ?f a ikg:Post }
          FILTER NOT EXISTS { ?f ikg:evidence ?e . ?e prov:wasDerivedFrom ?d ; ikg:start ?s ; ikg:end ?t ; ikg:rule ?r .
                              ?d ikg:sourcePath ?p }
        }""", "--store", str(sample_store), "--format", "csv").stdout
    assert out.splitlines()[1] == "0"


def test_exit_codes(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLE / "001_council-rated-inadequate.txt", src)
    (src / "bad.txt").write_bytes(b"caf\xe9 and \xc3\x28 are not UTF-8")
    res = kg("build", str(src), "--store", str(tmp_path / "s"), check=False)
    assert res.returncode == 3
    assert [ln for ln in res.stderr.splitlines() if "bad.txt" in ln and "UTF" in ln]
    assert rows(tmp_path / "s", "inspections")
    res = kg("build", str(tmp_path / "nothing-here"), "--store", str(tmp_path / "s2"), check=False)
    assert res.returncode == 1
    res = kg("build", "--no-such-option", check=False)
    assert res.returncode == 2


def test_a_rule_that_fails_keeps_the_document_and_the_facts_read_before_it(tmp_path):
    # A fault in one stage of the rules (planted here) costs the stages after it, not the document or the build.
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SAMPLE / "001_council-rated-inadequate.txt", src)
    code = ("import sys, kg.extract as x\n"
            "def planted(ctx):\n    raise KeyError('planted fault')\n"
            "x._inspections = planted\n"
            "from kg.cli import cli\n"
            f"cli.main(['build', {str(src)!r}, '--store', {str(tmp_path / 's')!r}, '-j', '1'])\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    warned = [ln for ln in res.stderr.splitlines() if ln.startswith("incomplete:")]
    assert len(warned) == 1 and "001_council-rated-inadequate.txt" in warned[0] and "inspections" in warned[0] \
        and "planted fault" in warned[0]
    assert "1 stored incomplete" in res.stderr
    assert rows(tmp_path / "s", "organisations") and rows(tmp_path / "s", "people")  # the stages before it
    assert rows(tmp_path / "s", "inspections") == []  # and none after it
    # A fault in a stage nothing later needs (who said a quotation) costs that stage only
    code = code.replace("x._inspections = planted", "x._attribute = planted").replace(
        repr(str(tmp_path / "s")), repr(str(tmp_path / "s2")))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0 and "extraction stopped in quotes" in res.stderr, res.stderr
    assert rows(tmp_path / "s2", "inspections") and rows(tmp_path / "s2", "quotes") == []


def test_exploration_queries(sample_store):
    fell = rows(sample_store, "grade-fell")
    assert [(r["previousGrade"], r["latestGrade"]) for r in fell] == [("Good", "Inadequate")]
    bad = rows(sample_store, "rated-inadequate")
    assert {r["body"] for r in bad} >= {fell[0]["body"]}
    spoke = rows(sample_store, "spoke-for-body", "--bind", f"body={fell[0]['body']}")
    assert spoke and all(r["body"] == fell[0]["body"] and r["quote"] for r in spoke)
    per_region = rows(sample_store, "inspections-per-region")
    assert all(int(r["inspections"]) >= int(r["inadequate"]) for r in per_region)
    person = spoke[0]["person"]
    sources = rows(sample_store, "sources", "--bind", f"entity={person}")
    assert sources and all(person.split()[-1] in r["span"] or r["type"] for r in sources)
    assert all(int(r["start"]) < int(r["end"]) for r in sources)
    posts = rows(sample_store, "person-posts", "--bind", f"person={person}")
    assert posts and posts[0]["role"]


def _processes_marked(mark: str) -> list[int]:
    """The live processes whose environment holds MARK (children inherit it)."""
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                env = (d / "environ").read_bytes()
                state = (d / "stat").read_text().split(") ")[-1][:1]
            except OSError:
                continue
            if mark.encode() in env and state != "Z":
                found.append(int(d.name))
    return found


def test_workers_nobody_needed_are_not_waited_for_and_do_not_outlive_the_build(tmp_path):
    import time
    import uuid

    mark = f"KG_TEST_MARK={uuid.uuid4().hex}"
    script = ("from kg.process import Workers\n"
              "w = Workers('https://example.org/kg/', 2)\n"
              "w.close()\n"
              "print(w.abandoned, w.pool is None)\n")
    env = {**os.environ, mark.split("=")[0]: mark.split("=")[1]}
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["True", "True"]  # closed while the fork server still imported spaCy
    assert "Traceback" not in res.stderr
    # An unchanged rebuild with two workers: nothing to extract, no error, and nothing left running.
    store = tmp_path / "store"
    kg("build", str(SAMPLE), "--store", str(store), "-j", "2")
    again = subprocess.run([KG, "build", str(SAMPLE), "--store", str(store), "-j", "2"], capture_output=True,
                           text=True, env=env, cwd=ROOT)
    assert again.returncode == 0 and "unchanged" in again.stderr and "Traceback" not in again.stderr
    deadline = time.monotonic() + 10
    while _processes_marked(mark.split("=")[1]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_marked(mark.split("=")[1]) == []


def test_the_places_table_leaves_out_a_country_named_in_passing_but_the_graph_keeps_it(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Published: 3 March 2024\n\nCare home in Tamworth rated good\n\nOfsted rated Elmcroft "
                               "children's home in Tamworth good. It is one of the best homes in England, its manager "
                               "said.\n")
    (src / "b.txt").write_text("Published: 5 March 2024\n\nProbation in Wales told to improve\n\nHM Inspectorate of "
                               "Probation has rated the Wales probation service as requires improvement after its "
                               "regional inspection.\n")
    store = tmp_path / "store"
    kg("build", str(src), "--store", str(store))
    places = {r["place"] for r in rows(store, "places")}
    assert "Tamworth" in places and "England" not in places
    # (a country an inspection covers is listed)
    assert "Wales" in {r["region"] for r in rows(store, "inspections")} and "Wales" in places
    labels = {q.object.value for q in Store.read_only(str(store)).quads_for_pattern(None, None, None)
              if q.predicate.value.endswith("#label") and q.object.value == "England"}
    assert labels == {"England"}  # still a place of the graph, with its label
