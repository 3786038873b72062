"""Scale: the corpus generator, sharded extract + load, incremental builds and their resolution, the summary."""

from __future__ import annotations

import filecmp
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT, kg
from pyoxigraph import BlankNode, DefaultGraph, Store

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402  (bench/generate.py)

SUMMARY = re.compile(r"^(\d+) documents read \((\d+) replaced, (\d+) unchanged\), (\d+) skipped, (\d+) failed, "
                     r"(\d+) triples written in [\d.]+ s(?:; (\d+) other documents re-resolved)?$")

# An article that mentions an inspection without dating it, and one that dates it: the undated mention
# takes the year only the other document knows, wherever and whenever that one is read.
FOLLOWUP = """Published: 3 May 2024

Walsall council sets out plans for children's social care

Walsall Council has set out how it plans to spend an extra £4m on children's social care. Walsall Council's \
children's services were rated good when Ofsted last inspected them.

Councillors heard that staff were committed.
"""
REPORT = """Published: 20 March {y}

Walsall children's services rated good by Ofsted

Children's services run by Walsall Council have been judged good by Ofsted, after inspectors found that staff \
knew their children well.

The watchdog's report, published on 14 March {y}, follows an inspection carried out between 6 and 17 February {y}.

Overall effectiveness: Good
"""


def content(store: Path) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Graph -> its triples, and the default graph (the merge); blank nodes (the ontology's) left out."""
    s = Store.read_only(str(store))
    try:
        graphs: dict[str, set[str]] = {}
        merge: set[str] = set()
        for q in s.quads_for_pattern(None, None, None, None):
            if isinstance(q.subject, BlankNode) or isinstance(q.object, BlankNode):
                continue
            t = f"{q.subject} {q.predicate} {q.object}"
            if isinstance(q.graph_name, DefaultGraph):
                merge.add(t)
            else:
                graphs.setdefault(q.graph_name.value, set()).add(t)
        return {g: frozenset(v) for g, v in graphs.items()}, frozenset(merge)
    finally:
        del s


def assert_merge_is_union(store: Path) -> dict[str, frozenset[str]]:
    graphs, merge = content(store)
    assert merge == frozenset().union(*graphs.values()), "the default graph must be the merge of the graphs"
    return graphs


def summary(stderr: str) -> re.Match:
    line = stderr.strip().splitlines()[-1]
    m = SUMMARY.match(line)
    assert m, f"no summary line at the end of stderr: {line!r}"
    return m


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gen") / "corpus"
    generate.generate(30, str(folder), seed=7)
    return folder


def test_generator_is_deterministic_and_prefix_stable(corpus, tmp_path):
    again = tmp_path / "again"
    generate.generate(30, str(again), seed=7)
    names = sorted(p.name for p in corpus.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(corpus, again, names, shallow=False)
    assert not mismatch and not errors
    # Article i depends only on the seed and i: the first ten of thirty are the corpus of ten.
    ten = tmp_path / "ten"
    generate.generate(10, str(ten), seed=7)
    for p in ten.iterdir():
        if p.suffix != ".json":
            assert p.read_bytes() == (corpus / p.name).read_bytes()
    other = tmp_path / "other"
    generate.generate(10, str(other), seed=8)
    assert sorted(p.read_bytes() for p in other.iterdir()) != sorted(p.read_bytes() for p in ten.iterdir())


def test_generator_writes_three_formats_and_a_gold_in_the_seed_format(corpus):
    suffixes = {p.suffix for p in corpus.iterdir()}
    assert {".txt", ".md", ".html"} <= suffixes
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    seeds = json.loads((ROOT.parent / "shared" / "eval" / "gold-seeds.json").read_text(encoding="utf-8"))
    assert set(seeds) <= set(gold), set(seeds) - set(gold)
    assert gold["inspections"] and gold["judgements"] and gold["quotes"] and gold["people"]
    ids = {i["id"] for i in gold["inspections"]}
    assert all(j["inspection"] in ids for j in gold["judgements"])
    # Real councils and places from the lexicons; every quoted speaker is named in some article.
    councils = {r["council"] for r in generate._rows("local_authorities.csv")}
    assert any(o["name"] in councils for o in gold["organisations"])
    text = "\n".join(p.read_text(encoding="utf-8") for p in corpus.iterdir() if p.suffix != ".json")
    for q in gold["quotes"]:
        assert q["speaker"] in text and q["contains"][0] in text


def test_build_summary_and_a_second_build_changes_nothing(corpus, tmp_path):
    store = tmp_path / "store"
    first = summary(kg("build", str(corpus), "--store", str(store)).stderr)
    read, replaced, unchanged, skipped, failed, triples = (int(first.group(i)) for i in range(1, 7))
    assert read == 30 and replaced == 0 and skipped == 0 and failed == 0 and triples > 3000
    before = assert_merge_is_union(store)
    again = summary(kg("build", str(corpus), "--store", str(store)).stderr)
    assert again.group(3) == "30" and again.group(6) == "0"
    assert assert_merge_is_union(store) == before


def test_jobs_do_not_change_the_store(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    kg("build", str(corpus), "--store", str(one), "-q")
    kg("build", str(corpus), "--store", str(two), "-q", "-j", "2")  # 30 sources: worker processes start
    assert content(one) == content(two)


def test_changing_one_file_replaces_only_its_graph(corpus, tmp_path):
    src = tmp_path / "corpus"
    shutil.copytree(corpus, src)
    store = tmp_path / "store"
    kg("build", str(src), "--store", str(store), "-q")
    before = assert_merge_is_union(store)
    target = sorted(p for p in src.iterdir() if p.suffix == ".txt")[3]
    target.write_text(target.read_text(encoding="utf-8") + "\nA correction was added later.\n", encoding="utf-8")
    m = summary(kg("build", str(src), "--store", str(store)).stderr)
    assert (m.group(2), m.group(3)) == ("1", "29")
    after = assert_merge_is_union(store)
    gone, new = set(before) - set(after), set(after) - set(before)
    assert len(gone) == 1 and len(new) == 1
    assert str(target) in "".join(after[new.pop()]) and str(target) in "".join(before[gone.pop()])
    assert {g: v for g, v in before.items() if g in after} == {g: v for g, v in after.items() if g in before}
    fresh = tmp_path / "fresh"
    kg("build", str(src), "--store", str(fresh), "-q")
    assert content(fresh) == content(store)


def stored_first(tmp_path: Path, name: str, text: str) -> tuple[list[Path], Path]:
    """Folders a, b and c, the article NAME in a, built alone into a store: (folders, store)."""
    folders = [tmp_path / n for n in "abc"]
    for d in folders:
        d.mkdir()
    (folders[0] / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    kg("build", str(folders[0]), "--store", str(store), "-q")
    return folders, store


def assert_as_full_build(tmp_path: Path, store: Path, folders: list[Path], n: int) -> None:
    """The incrementally built STORE equals a fresh build of FOLDERS (step N)."""
    fresh = tmp_path / f"fresh{n}"
    kg("build", *map(str, folders), "--store", str(fresh), "-q")
    assert content(store) == content(fresh), f"step {n}: incremental and full builds differ"


def resolution_keys(store: Path) -> set[str]:
    return {t.split()[0] for t in content(store)[1] if "ontology#resolutionKey" in t}


def test_incremental_builds_resolve_undated_inspections_as_a_full_build_does(tmp_path):
    (a, b, c), store = stored_first(tmp_path, "followup.txt", FOLLOWUP)
    steps = [(2023, [a, b]), (2022, [a, b]), (None, [a, b, c])]
    for n, (year, folders) in enumerate(steps):
        if year:
            (b / "report.txt").write_text(REPORT.format(y=year), encoding="utf-8")
        else:
            (c / "older.txt").write_text(REPORT.format(y=2019), encoding="utf-8")
        m = summary(kg("build", *map(str, folders), "--store", str(store)).stderr)
        assert m.group(7), "the undated mention in the stored follow-up must be resolved again"
        assert_as_full_build(tmp_path, store, folders, n)
    assert any(i.endswith("walsall/2022>") for i in resolution_keys(store))


# An article on a new, undated inspection that dates the body's earlier one itself: the undated one never
# takes that year, only one another document gives it.
RECHECK = """Published: 3 May 2024

Walsall Council's children's services have been rated good by Ofsted, after inspectors found staff knew children well.

The service was last inspected in 2021, when it was rated inadequate.
"""


def test_an_undated_inspection_never_takes_the_year_its_own_article_gives_an_earlier_one(tmp_path):
    (a, b, c), store = stored_first(tmp_path, "recheck.txt", RECHECK)
    keys = resolution_keys(store)
    assert any(k.endswith("walsall>") for k in keys) and any(k.endswith("walsall/2021>") for k in keys), keys
    # Another report dates the new inspection (2024), then a third names one more year (2019): the first
    # makes the undated mention 2024; the second leaves two candidate years, so it is undated again.
    for n, (folder, year) in enumerate([(b, 2024), (c, 2019)]):
        (folder / "report.txt").write_text(REPORT.format(y=year), encoding="utf-8")
        folders = [a, b, c][: n + 2]
        kg("build", *map(str, folders), "--store", str(store), "-q")
        assert_as_full_build(tmp_path, store, folders, n)
        keys = resolution_keys(store)
        assert any(k.endswith("walsall>") for k in keys) == (n == 1), keys


def test_shards_loaded_equal_a_build(corpus, tmp_path):
    p1, p2 = tmp_path / "p1", tmp_path / "p2"
    files = sorted(p for p in corpus.iterdir() if p.suffix != ".json")
    for folder, part in ((p1, files[:20]), (p2, files[20:])):
        folder.mkdir()
        for f in part:
            shutil.copy(f, folder / f.name)
    (p1 / "followup.txt").write_text(FOLLOWUP, encoding="utf-8")  # its year is only in the other shard
    (p2 / "report.txt").write_text(REPORT.format(y=2021), encoding="utf-8")
    s1, s2 = tmp_path / "p1.nq", tmp_path / "p2.nq"
    res = kg("extract", str(p1), "--format", "nquads", "-o", str(s1), "-j", "2")
    assert "21 documents read" in res.stderr
    kg("extract", str(p2), "--format", "nquads", "-o", str(s2), "-q")
    assert b"# kg-pending " in s1.read_bytes()
    Store().load(path=str(s1), format=None)  # a shard is plain N-Quads to any RDF tool
    loaded, built = tmp_path / "loaded", tmp_path / "built"
    res = kg("load", str(s1), str(s2), "--store", str(loaded))
    n = int(re.match(r"(\d+) documents loaded \(0 replaced, 0 unchanged\)", res.stderr.splitlines()[-1]).group(1))
    assert n >= 30
    kg("build", str(p1), str(p2), "--store", str(built), "-q")
    assert assert_merge_is_union(loaded) == assert_merge_is_union(built)
    assert content(loaded) == content(built)
    again = kg("load", str(s1), str(s2), "--store", str(loaded))
    assert f"{n} documents loaded (0 replaced, {n} unchanged)" in again.stderr


def test_extract_json_still_reads_one_file_only(corpus):
    one = next(p for p in sorted(corpus.iterdir()) if p.suffix == ".txt")
    data = json.loads(kg("extract", str(one)).stdout)
    assert data["document"]["path"] == str(one) and data["inspections"]
    res = kg("extract", str(corpus), check=False)
    assert res.returncode == 2 and "--format nquads" in res.stderr


def test_progress_shows_only_for_builds_that_last(monkeypatch, capsys):
    import kg.cli.common as kb

    clock = [100.0]
    monkeypatch.setattr(kb.time, "monotonic", lambda: clock[0])
    bar = kb.ProgressBar("building")
    bar.tty = False
    bar(5, 100)  # within the first second: nothing
    clock[0] += 11
    bar(50, 100)
    bar.close()
    err = capsys.readouterr().err
    assert err.strip() == "building: 50/100 documents, 5/s"
