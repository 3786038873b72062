"""Inspected bodies, their areas and their inspections, on short texts written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.bodynames import body_names
from kg.model import Document


def run(text: str, date: str = ""):
    return extract(Document(id="t", path="t.txt", text=text, date=date))


def labels(x) -> dict[str, str]:
    return {o.label: o.kind for o in x.orgs.values()}


def test_body_name_patterns_are_data():
    names = body_names()
    assert names.is_local("Larkspur Lane Primary School") and names.is_local("HMP Westmoor")
    assert names.is_area_service("Kirkwall Youth Justice Service") and not names.is_local("Kirkwall Youth Justice Service")
    assert "church of england" not in names.heads and "Church of England" in names.name_phrase


def test_school_names_keep_particles_and_church_words():
    x = run("Pupils at Agnes le Marchant Primary School were delighted. Staff at Hollowmere Church of England "
            "Junior School said the visit went well.")
    got = labels(x)
    assert "Agnes le Marchant Primary School" in got
    assert "Hollowmere Church of England Junior School" in got
    assert not any(k in got for k in ("Marchant Primary School", "England Junior School", "Junior School"))


def test_a_head_noun_may_open_a_surgery_name():
    x = run("Patients of The Grange Surgery were told the practice had improved.")
    assert "Grange Surgery" in labels(x)


def test_two_bodies_joined_by_and_are_two_bodies():
    x = run("The regulator looked at Riverside Mental Health Trust and Eastfield Community Health Trust last year.")
    got = labels(x)
    assert {"Riverside Mental Health Trust", "Eastfield Community Health Trust"} <= set(got)
    assert not any(" and " in k for k in got)


def test_places_sharing_a_plural_head_are_two_councils():
    x = run("Lancashire and Cumbria County Councils both had their children's services inspected.")
    got = labels(x)
    assert got.get("Lancashire County Council") == "local authority"
    assert got.get("Cumbria County Council") == "local authority"


def test_a_joined_force_name_splits_when_the_text_names_each_force():
    x = run("The watchdog rated Durham and Thames Valley Police as good. Durham Police welcomed it. "
            "Thames Valley Police said little. Thames Valley Constabulary will publish a plan.")
    got = labels(x)
    assert "Durham Police" in got and "Thames Valley Constabulary" in got
    assert "Thames Valley Police" not in got  # one force, two names
    assert not any(k.startswith("Durham and") for k in got)


def test_a_short_form_after_another_place_names_a_sister_body():
    x = run("The Leeds Probation Delivery Unit (PDU) and the Wakefield PDU were inspected in the spring.")
    got = labels(x)
    assert "Leeds Probation Delivery Unit" in got and "Wakefield Probation Delivery Unit" in got
    leeds = next(o for o in x.orgs.values() if o.label == "Leeds Probation Delivery Unit")
    assert all(x.doc.text[e.start:e.end] != "Wakefield PDU" for e in leeds.evidence)


def test_an_nhs_name_keeps_its_prefix():
    x = run("The lead for NHS Harbourside CCG, Dr Ann Bell, said the surgery had done well.")
    assert "NHS Harbourside CCG" in labels(x)
