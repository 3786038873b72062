"""Bodies, people, places and quotations as real pages write them, on short texts written for these tests
(invented people, bodies and wording)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document


def run(text: str):
    return extract(Document(id="t", path="t.txt", text=text, date="", format="txt"))


def orgs(x) -> dict[str, str]:
    return {o.label: o.kind for o in x.orgs.values()}


def posts(x) -> set[tuple[str, str, str]]:
    return {(x.people[p.person].name, p.role, x.orgs[p.org].label if p.org else "") for p in x.posts}


def quotes(x) -> list[tuple[str, str]]:
    return [(x.people[q.speaker].name, q.text[:20]) for q in x.quotes]


def places(x) -> set[str]:
    return {p.label for p in x.places.values()}


def test_names_of_everyday_words_are_no_bodies():
    x = run("Best Practice\n\nThe Community Services Scrutiny Board met on Monday. The Continuous Improvement "
            "Executive Group will report to it. Wrenfield Primary School was rated good by Ofsted.")
    got = orgs(x)
    assert "Wrenfield Primary School" in got
    assert not {"Best Practice", "Community Services Scrutiny Board", "Continuous Improvement Executive Group"} & set(got)


def test_a_house_called_court_is_no_court_of_law():
    x = run("Inspectors rated Larch Court inadequate. The case went to Exeter Crown Court.")
    got = orgs(x)
    assert got.get("Larch Court") == "other"
    assert [k for n, k in got.items() if n.endswith("Crown Court")] == ["court or tribunal"]


def test_a_school_trust_is_no_nhs_trust():
    x = run("Brookmere Academy is run by the Tarnside Learning Trust, Ofsted said.")
    assert orgs(x).get("Tarnside Learning Trust") == "other"


def test_care_and_childrens_homes_by_their_capitalised_names():
    x = run("Ofsted rated Hollin Lea Children's Home outstanding. Moss Bank Care Home in Dumfries was graded "
            "weak by the Care Inspectorate.")
    got = orgs(x)
    assert "Hollin Lea Children's Home" in got and "Moss Bank Care Home" in got


def test_welsh_school_named_by_its_opening_word_and_its_headteacher():
    x = run("Ysgol Bryn Tawel in Pencoed was judged excellent by Estyn. Headteacher Gwen Morlais said the "
            "pupils had worked hard.")
    assert "Ysgol Bryn Tawel" in orgs(x)
    assert ("Gwen Morlais", "headteacher", "Ysgol Bryn Tawel") in posts(x)


def test_a_service_run_by_a_company_and_the_company_named_short():
    x = run("Sandpiper House, which is run by Gullwing Care Ltd, was rated inadequate by Ofsted for its "
            "children's home.\nDan Orme, a director at Gullwing Care, said: \"We are sorry.\"")
    got = orgs(x)
    assert "Sandpiper House" in got and "Gullwing Care Ltd" in got and "Gullwing Care" not in got
    assert ("Dan Orme", "director", "Gullwing Care Ltd") in posts(x)


def test_an_inspectors_remit_is_no_body_and_the_inspectorate_is_the_body():
    x = run("The CQC rated Fernhill Surgery inadequate.\nJo Tamsin, Deputy Chief Inspector of Primary Medical "
            "Services for the North, said: \"The practice must improve.\"")
    assert ("Jo Tamsin", "deputy chief inspector", "Care Quality Commission") in posts(x)
    assert "Primary Medical Services" not in orgs(x)


def test_role_words_stop_at_verbs_and_relative_clauses():
    x = run("The home has kept its rating, says manager Alma Pirrie.\n"
            "\"We are thrilled,\" said Ross Keld, who has been the registered manager since 2015.")
    got = posts(x)
    assert ("Alma Pirrie", "manager", "") in got
    assert ("Ross Keld", "registered manager", "") in got


def test_a_surname_alone_before_its_verb_of_speech_is_the_speaker():
    x = run("A report by Petra Vane, chief inspector of prisons, says more work is needed.\n"
            "However, Vane said today: \"There has been some progress at the jail.\"")
    assert quotes(x) == [("Petra Vane", "There has been some ")]


def test_a_place_inside_a_homes_name_gives_way_to_the_town_the_text_names():
    x = run("Thornbury Care Home in Dumfries was graded weak by the Care Inspectorate.")
    assert "Dumfries" in places(x) and "Thornbury" not in places(x)


def test_a_quotation_the_report_said_is_nobodys_and_the_next_sentences_name_is_not_its_speaker():
    x = run("Headteacher Rhona Vell was praised.\n"
            "\"The new head has had a strong effect on the school,\" said the report. Mrs Vell thanked her staff.\n"
            "\"It reflects the hard work of everyone,\" she said.")
    assert quotes(x) == [("Rhona Vell", "It reflects the hard")]


def test_a_phrase_a_relative_clause_reports_is_not_the_named_persons_quotation():
    x = run("Headteacher Colm Dreary said: \"We are delighted.\"\n"
            "Mr Dreary said governors had kept a parent's letter which said pupils were offered \"a wide education\".\n"
            "Dr Ines Marle, chief executive of the trust, said the report reflected \"years of hard work by staff\".")
    got = quotes(x)
    assert ("Colm Dreary", "a wide education") not in got
    assert ("Ines Marle", "years of hard work b") in got


def test_a_list_of_homes_each_in_its_own_town():
    x = run("Ashby Lodge in Cheshire, Rowan Care Home in Stockport and Fellside Nursing Home in Lancashire were "
            "rated inadequate by the CQC.")
    got = orgs(x)
    assert {"Ashby Lodge", "Rowan Care Home", "Fellside Nursing Home"} <= set(got)
    assert "Stockport" in places(x)


def test_a_byline_run_into_a_shouted_opening_is_no_body():
    x = run("By Tess MarrowA SCHOOL is celebrating after Ofsted rated Kelda Primary School good.")
    assert set(orgs(x)) == {"Ofsted", "Kelda Primary School"}
