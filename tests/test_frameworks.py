"""The inspection frameworks as data: the packaged files, the loader's checks, grades read on the right scale,
the SKOS schemes made from them, and a framework added from a folder with no code change."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg import frameworks
from kg.frameworks import FrameworkError
from kg.model import Document
from kg.ns import NS, ONTOLOGY, VOCAB

FIXTURES = Path(__file__).parent / "fixtures" / "frameworks"
SKOS = NS["skos"]


def test_every_framework_the_project_covers_is_packaged():
    f = frameworks.load(frameworks.folders()[:1]).frameworks
    for fid in ["ofsted-sif", "ofsted-ilacs", "ofsted-jtai", "ofsted-area-send-2016", "ofsted-area-send-2023",
                "ofsted-sccif", "ofsted-eif", "ofsted-section5-2005", "ofsted-report-cards-2025", "cafcass-2008",
                "cafcass-2021", "cqc-2014", "cqc-saf", "cqc-local-authority", "hmi-probation-youth",
                "hmi-probation-adult", "hmicfrs-peel-2014", "hmicfrs-peel-2021", "hmicfrs-fire",
                "hmi-prisons-expectations", "estyn-2010", "estyn-2022", "ciw-services", "care-inspectorate",
                "education-scotland", "rqia"]:
        assert fid in f, fid
    assert {k.label for k in f["ofsted-ilacs"].kinds} >= {"focused visit", "monitoring visit"}
    assert f["estyn-2022"].scales == () and f["estyn-2010"].end == 2017


@pytest.mark.parametrize("fid,labels", [
    ("hmi-prisons-expectations", ["Good", "Reasonably good", "Not sufficiently good", "Poor"]),
    ("ofsted-report-cards-2025", ["Exceptional", "Strong standard", "Expected standard", "Needs attention",
                                  "Urgent improvement"]),
    ("care-inspectorate", ["Excellent", "Very good", "Good", "Adequate", "Weak", "Unsatisfactory"]),
    ("hmicfrs-peel-2021", ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]),
    ("ciw-services", ["Excellent", "Good", "Adequate", "Poor"]),
])
def test_scales_are_ordered_best_first(fid, labels):
    frames = frameworks.load()
    scale = frames.scales[frames.frameworks[fid].scales[0]]
    assert [g.label for g in scale.grades] == labels
    ranks = [g.rank for g in scale.grades]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def test_a_grade_is_read_on_the_scale_of_the_inspectorate_and_year():
    frames = frameworks.load()
    prison = frames.grade("good", ["hmi-prisons"], 2023)
    assert (prison.scale, prison.rank) == ("hmi-prisons-4-point", 10)  # the top of the prisons' scale
    assert frames.grade("Good", ["ofsted"], 2022).rank == 20
    assert frames.grade("requires improvement to be good", ["ofsted"], 2019).label == "Requires improvement"
    assert frames.grade("grade 1", ["care-inspectorate"]).label == "Unsatisfactory"  # 6 is best in Scotland
    assert frames.grade("grade 1", ["ofsted"], 2014).label == "Outstanding"
    assert frames.grade("Satisfactory", ["ofsted"], 2009).scale == "ofsted-4-point-2005"
    assert frames.grade("weak", ["ofsted"], 2022, strict=True) is None  # no Ofsted scale has it
    assert frames.grade("weak", ["education-scotland"], 2015).label == "Weak"
    assert frames.grade("Adequate", ["hmicfrs"], 2023).scale == "hmicfrs-5-point"


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("text,message", [
    ("id: x\nname: X\n", "inspectorate"),
    ("id: x\ninspectorate: ofsted\nscales: [nowhere]\n", "unknown scale"),
    ("id: x\ninspectorate: ofsted\nscales:\n- id: s\n  grades:\n  - {label: A, rank: 20}\n  - {label: B, rank: 10}\n",
     "ranks must rise"),
    ("id: x\ninspectorate: ofsted\nyears: {from: 2020, to: 2010}\n", "backwards"),
    ("id: x\ninspectorate: ofsted\nscales: [ofsted-4-point]\naspects:\n- {label: A, scale: cqc-4-point}\n", "names scale"),
    ("id: x\ninspectorate: ofsted\naspects: [A, B]\narea_sets:\n- [A, C]\n", "area_sets names"),
])
def test_the_loader_refuses_a_file_that_breaks_the_schema(tmp_path, text, message):
    folder = _write(tmp_path / "bad", "x.yaml", text)
    with pytest.raises(FrameworkError, match=message):
        frameworks.load((frameworks.folders()[0], folder))


def test_vocabulary_has_one_ordered_scheme_per_scale_and_no_narrower_between_grades():
    from kg.rdf import vocab_quads

    quads = list(vocab_quads())
    grade_type = NamedNode(ONTOLOGY + "Grade")
    grades = {q.subject for q in quads if q.object == grade_type and q.predicate.value == NS["rdf"] + "type"}
    assert NamedNode(VOCAB + "grade/hmi-prisons-4-point/reasonably-good") in grades
    assert not [q for q in quads if q.predicate.value in (SKOS + "narrower", SKOS + "broader")
                and q.subject in grades]
    assert not [q for q in quads if q.predicate.value == SKOS + "closeMatch" and q.subject in grades]
    rank = {q.subject: int(q.object.value) for q in quads if q.predicate.value == ONTOLOGY + "rank"}
    assert all(g in rank for g in grades)
    scheme = NamedNode(VOCAB + "grade-scale/scotland-6-point")
    members = [q.subject for q in quads if q.predicate.value == SKOS + "inScheme" and q.object == scheme]
    labels = {q.subject: q.object.value for q in quads if q.predicate.value.endswith("#label") and q.subject in members}
    order = [labels[m] for m in sorted(members, key=rank.get)]
    assert order == ["Excellent", "Very good", "Good", "Adequate", "Weak", "Unsatisfactory"]


SIX_POINT_TEXT = ("HM Inspectorate of Constabulary in Scotland has published its inspection of the Scottish "
                  "Police Authority.\n\nThe report grades each area:\n\n"
                  "Partnership policing: Commendable\nCustody care: Deficient\n")


def _with_fixture(monkeypatch, tmp_path, folder: Path | None):
    from kg import nlp

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if folder is None:
        monkeypatch.delenv(frameworks.ENV_DIR, raising=False)
    else:
        monkeypatch.setenv(frameworks.ENV_DIR, str(folder))
    nlp.pipeline.cache_clear()


def test_a_framework_added_from_a_folder_is_extracted_with_no_code_change(monkeypatch, tmp_path):
    from kg import nlp
    from kg.extract import extract
    from kg.rdf import vocab_quads

    doc = Document(id="six", path="six.txt", text=SIX_POINT_TEXT, date="2024-05-02")
    try:
        _with_fixture(monkeypatch, tmp_path, None)
        before = {(j.aspect, j.grade) for j in extract(doc).judgements}
        assert ("Partnership policing", "Commendable") not in before
        _with_fixture(monkeypatch, tmp_path, FIXTURES)
        x = extract(doc)
        got = {(j.aspect, j.grade) for j in x.judgements}
        assert {("Partnership policing", "Commendable"), ("Custody care", "Deficient")} <= got
        scheme = NamedNode(VOCAB + "grade-scale/fixture-six")
        assert any(q.object == scheme for q in vocab_quads())
    finally:
        monkeypatch.delenv(frameworks.ENV_DIR, raising=False)
        nlp.pipeline.cache_clear()


def test_adult_support_and_protection_inspections_grade_on_their_own_scale():
    from kg.extract import extract
    from kg.model import Document
    x = extract(Document(id="t", path="t.txt", date="2024-05-01", text=(
        "The Care Inspectorate published its joint inspection of adult support and protection in Fife. Key processes "
        "were evaluated as effective with areas for improvement, and strategic leadership as very effective.")))
    assert {(j.aspect, j.grade) for j in x.judgements} == {
        ("Key processes", "Effective with areas for improvement"), ("Strategic leadership", "Very effective")}
