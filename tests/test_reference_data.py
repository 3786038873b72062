"""Reference data: the generated lexicons, their history, and bodies from the new registers found in text."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import ROOT, kg

from kg import lexicons_build, registers_build
from kg.lexicon import load
from kg.resources import LEXICONS_DIR

GENERATED = ("local_authorities.csv", "public_bodies.csv", "localities.csv")


def test_make_lexicons_is_deterministic_and_up_to_date(tmp_path):
    """Regenerating into a temp folder gives the committed files byte for byte (so `make lexicons` changes nothing)."""
    lexicons_build.main(["--out", str(tmp_path)])
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (LEXICONS_DIR / name).read_bytes(), name
    again = tmp_path / "again"
    lexicons_build.main(["--out", str(again)])
    for name in GENERATED:
        assert (again / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_vendored_sources_are_the_published_files():
    rows = list(csv.DictReader(open(lexicons_build.MYSOCIETY, encoding="utf-8", newline="")))
    assert len(rows) == 470 and len(rows[0]) == 38
    ods = (ROOT / "data" / "sources" / "nhs-ods" / "etr.csv").read_bytes()
    places = list(csv.DictReader(open(lexicons_build.GEONAMES, encoding="utf-8", newline="")))
    assert len(places) == 3636 and {r["cc"] for r in places} == {"GB"}
    assert ods.count(b"\r\n") == 274 and all(len(r) == 27 for r in csv.reader(io.StringIO(ods.decode())))


def test_register_alt_names_that_hold_a_comma_are_joined_again():
    names = lexicons_build._alt_names("Bristol,Bristol, City of,bristol", {"bristol"})
    assert names == ["Bristol", "Bristol, City of", "bristol"]


def test_ods_names_are_retitled():
    assert registers_build.retitle("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST") == "Guy's and St Thomas' NHS Foundation Trust"
    assert registers_build.trust_aliases("Leeds Teaching Hospitals NHS Trust") == ["Leeds Teaching Hospitals Trust",
                                                                                "Leeds Teaching Hospitals"]
    # A core that is only a place, or names one hospital, is no alias: "Bolton" stays the town, and
    # "Barnsley Hospital" the hospital.
    assert "Bolton" not in registers_build.trust_aliases("Bolton NHS Foundation Trust")
    assert "Barnsley Hospital" not in registers_build.trust_aliases("Barnsley Hospital NHS Foundation Trust")


def test_councils_history_codes_and_new_nations():
    lex = load()
    cumbria = lex.orgs["cumbria-county-council"]
    assert cumbria.valid_to == "2023-03-31"
    assert set(cumbria.successors) == {"cumberland-council", "westmorland-and-furness-council"}
    barnsley = lex.orgs["barnsley-council"]
    assert barnsley.gss == "E08000038" and barnsley.former_codes == ["E08000016"]
    assert lex.orgs["fife-council"].gss == "S12000047"
    assert lex.orgs["belfast-city-council"].gss == "N09000003"
    assert lex.orgs["greater-manchester-combined-authority"].la_kind == "combined authority"
    # An abolished council does not take its area: a bare "Somerset" still means today's council.
    assert lex.council_by_area["somerset"] == "somerset-council"
    assert lex.org_alias["somerset county council"] == "somerset-county-council"
    # Forms the hand-typed lexicon missed, from the register.
    for name, key in [("Middlesbrough Borough Council", "middlesbrough-council"),
                      ("Wirral Borough Council", "wirral-council"),
                      ("Shepway District Council", "folkestone-and-hythe-district-council")]:
        assert lex.org_alias[name.lower()] == key, name
    assert "Kingston upon Hull, City of" in lex.places["hull"].aliases


def test_registers_are_loaded_with_codes_and_kinds():
    lex = load()
    assert lex.orgs["humberside-police"].gss == "E23000012"
    assert lex.orgs["leeds-teaching-hospitals-nhs-trust"].gss == "RR8"
    assert lex.orgs["hmp-long-lartin"].register == "prison" and lex.orgs["hmp-long-lartin"].gss == "LLI"
    assert lex.orgs["hmp-parkhurst"].successors == ["hmp-isle-of-wight"]
    yjs = lex.orgs["oldham-youth-justice-service"]
    assert yjs.kind == "partnership" and "Oldham YOT" in yjs.aliases
    # A prison named after a town keeps the town: "Leeds" alone is never the prison.
    assert "Leeds" not in lex.orgs["hmp-leeds"].aliases and lex.org_alias.get("leeds") is None


ARTICLES = {
    "a.txt": "Council children's services rated inadequate\n\nPublished: 12 March 2016\n\nOfsted has rated Northamptonshire County Council's children's services "
             "inadequate after an inspection in 2016.\n",
    "b.txt": "Published: 3 May 2019\n\nThe inspectorate praised Fife Council. Humberside Police was rated good by "
             "HM Inspectorate of Constabulary and Fire & Rescue Services. Inspectors found HMP Long Lartin unsafe. "
             "Leeds Teaching Hospitals NHS Trust was told to improve by the Care Quality Commission.\n",
}


@pytest.fixture(scope="module")
def history_store(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    store = tmp_path_factory.mktemp("store") / "s"
    kg("build", str(corpus), "--store", str(store))
    return store


def _rows(store, *args: str) -> list[dict[str, str]]:
    out = kg("query", *args, "--store", str(store), "--format", "csv").stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_sentences_give_each_body_with_its_code(history_store):
    orgs = {r["organisation"]: r["kind"] for r in _rows(history_store, "organisations")}
    for name, kind in [("Northamptonshire County Council", "local authority"), ("Fife Council", "local authority"),
                       ("Humberside Police", "public body"), ("HMP Long Lartin", "other"),
                       ("Leeds Teaching Hospitals NHS Trust", "public body")]:
        assert orgs.get(name) == kind, name
    q = ("PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?l ?c WHERE { GRAPH ?g { ?o rdfs:label ?l ; dcterms:identifier ?c } "
         "FILTER (!STRSTARTS(STR(?g), 'https://w3id.org/inspection-kg/vocab')) }")
    codes = {(r["l"], r["c"]) for r in _rows(history_store, q)}
    assert {("Fife Council", "S12000047"), ("Humberside Police", "E23000012"),
            ("Leeds Teaching Hospitals NHS Trust", "RR8"), ("Northamptonshire County Council", "E10000021"),
            ("HMP Long Lartin", "LLI")} <= codes


def test_abolished_council_is_linked_to_its_successors(history_store):
    rows = _rows(history_store, "successors", "--bind", "in_year=2016")
    got = {(r["body"], r["abolished"], r["successor"], r["codes"]) for r in rows}
    assert got == {("Northamptonshire County Council", "2021-03-31", "North Northamptonshire Council", "E06000061"),
                   ("Northamptonshire County Council", "2021-03-31", "West Northamptonshire Council", "E06000062")}
    assert _rows(history_store, "successors", "--bind", "in_year=2017") == []


def test_reference_graph_adds_no_organisation_rows(history_store):
    """The history facts are untyped: the contract's organisations query lists only bodies articles name."""
    names = [r["organisation"] for r in _rows(history_store, "organisations")]
    assert "North Northamptonshire Council" not in names and len(names) == len(set(names))
    out = kg("query", "organisations", "--store", str(history_store), "--format", "json").stdout
    assert json.loads(out)["head"]["vars"] == ["organisation", "kind"]


def test_the_force_and_the_trust_are_the_bodies_the_article_names(tmp_path):
    text = ("Humberside Police was rated good by HM Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
            "Jane Smith, chief constable at the force, said the report was fair.\n\n"
            "Leeds Teaching Hospitals NHS Trust was told to improve. Peter Jones, chief executive of the trust, "
            "said it would.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = json.loads(kg("extract", str(tmp_path / "a.txt"), "--format", "json").stdout)
    posts = {(p["person"], p["role"], p["org"]) for p in out["posts"]}
    assert ("jane-smith", "chief constable", "humberside-police") in posts
    assert ("peter-jones", "chief executive", "leeds-teaching-hospitals-nhs-trust") in posts
    # A town that a prison or trust is named after stays the town.
    (tmp_path / "b.txt").write_text("Families in Leeds and Wetherby praised the new clinic in Bolton.\n",
                                    encoding="utf-8")
    out = json.loads(kg("extract", str(tmp_path / "b.txt"), "--format", "json").stdout)
    registers = {k for k, e in load().orgs.items() if e.register}
    assert not registers & {o["key"] for o in out["organisations"]}
    assert {"Leeds", "Bolton"} <= {p["label"] for p in out["places"]}
