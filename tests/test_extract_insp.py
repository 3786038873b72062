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


def inspections(x) -> list[tuple[str, list[str], str, str, str]]:
    return sorted((x.orgs[i.subject].label, sorted(x.places[p].label for p in i.regions if p in x.places), i.kind,
                   i.visited, i.published) for i in x.inspections)


def test_an_earlier_years_inspection_never_dates_a_recent_one():
    x = run("Ofsted rated Suffolk County Council's children's services inadequate.\n\n"
            "An unannounced inspection last month found that too many referrals were left waiting.\n\n"
            "The verdict follows a 2016 inspection that found some help for families was inadequate.")
    current = [i for i in x.inspections if not i.previous]
    assert len(current) == 1 and current[0].visited == "" and current[0].kind == "unannounced inspection"
    assert all(i.visited == "2016" for i in x.inspections if i.previous)


def test_a_list_with_a_county_lists_every_area_covered():
    x = run("An Ofsted inspection of Cafcass found the service in Devon, Cornwall, Plymouth and Torbay was good.")
    (ins,) = x.inspections
    assert {"devon", "cornwall", "plymouth", "torbay"} <= set(ins.regions)


def test_a_date_after_since_bounds_a_period_and_the_operator_is_not_inspected():
    x = run("HM Inspectorate of Prisons published a report on Ashgrove Immigration Removal Centre in Kent. "
            "This was the centre's first full inspection since it was taken over by Brightwell Services Ltd in May 2015.")
    subjects = {x.orgs[i.subject].label for i in x.inspections}
    assert "Brightwell Services Ltd" not in subjects
    assert all(i.visited != "2015-05" for i in x.inspections)


def test_two_services_inspected_together_each_get_an_inspection_and_their_own_area():
    x = run("The Leeds Probation Delivery Unit (PDU) and the Bradford PDU were separately inspected by "
            "HM Inspectorate of Probation. Both were rated inadequate, inspectors in Yorkshire said.")
    got = inspections(x)
    assert [g[:2] for g in got] == [("Bradford Probation Delivery Unit", ["Bradford"]),
                                    ("Leeds Probation Delivery Unit", ["Leeds"])]


def test_a_force_covers_its_own_area_even_one_no_lexicon_holds():
    x = run("Thames Valley Police has been rated adequate by HM Inspectorate of Constabulary and Fire & Rescue "
            "Services in its latest inspection, which also looked at work in the South East.")
    (ins,) = x.inspections
    assert [x.places[p].label for p in ins.regions] == ["Thames Valley"]


def test_a_body_only_referred_to_still_has_its_inspection():
    x = run("Ofsted inspected Harbourside Borough Council's services for children in May 2024. "
            "Inspectors found the council and Harbourside NHS Trust worked well together.")
    assert any(x.orgs[i.subject].label == "Harbourside Borough Council" for i in x.inspections)
