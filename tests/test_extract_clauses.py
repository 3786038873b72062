"""Judgements read clause by clause (kg/extract/clauses.py): a clause with one grade and a word of rating
gives that grade to each aspect of the inspectorate's frameworks it names; sentences written for these tests
about invented bodies."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document

LEAD = ("The Care Quality Commission has rated Greystone Medical Practice in Dorchester as requires improvement "
        "overall after an inspection in March 2024.\n\n")


def judged(text: str, rule: str = "judgement.clause") -> set[tuple[str, str]]:
    """The judgements this rule (or, with RULE empty, any rule) reads in TEXT after a lead paragraph."""
    x = extract(Document(id="t", path="t.txt", text=LEAD + text, date="2024-06-01"))
    return {(j.aspect, j.grade) for j in x.judgements if j.evidence and (not rule or j.evidence.rule == rule)}


def test_a_grade_for_a_list_of_key_questions_written_as_nouns():
    got = judged("The practice was found to be ‘good’ in areas including its effectiveness, how caring the staff "
                 "are, and how responsive it is to patients.")
    assert got == {("Effective", "Good"), ("Caring", "Good"), ("Responsive", "Good")}


def test_each_clause_keeps_its_own_grade():
    got = judged("Inspectors noted many strengths, while leadership was judged “inadequate”. "
                 "Only the “caring” category achieved a “good” rating.", rule="")
    assert ("Caring", "Good") in got
    assert any(grade == "Inadequate" for _, grade in got)
    assert not any(aspect == "Caring" and grade != "Good" for aspect, grade in got)


def test_a_one_word_aspect_in_passing_is_no_judgement():
    assert judged("The home was rated good by the regulator and residents said they felt safe.") == set()


def test_ranges_earlier_grades_and_names_are_left_alone():
    assert judged("All practices in the county were rated good or better for being safe.") == set()
    assert judged("In 2019 the practice had been rated inadequate for safety.") == set()
    assert judged("The Safe, Effective and Caring Services (SECS) review rated the county's practices good.") == set()


def _overall(text: str) -> dict[str, str]:
    x = extract(Document(id="t", path="t.txt", text=text, date="2024-03-20"))
    return {x.orgs[i.subject].label if i.subject in x.orgs else i.subject: i.overall for i in x.inspections}


def test_a_named_body_as_the_object_of_the_rating_verb():
    assert _overall("Ofsted has rated Larkrise Primary School as outstanding.") == {"Larkrise Primary School": "Outstanding"}
    assert _overall("The Care Quality Commission rated Fernlea House in Whitby good after a visit in "
                    "February.") == {"Fernlea House": "Good"}


def test_a_round_up_gives_each_sentence_to_the_inspection_reported_before_it():
    text = ("The Care Quality Commission rated Fernlea House in Whitby good following a visit in February.\n\n"
            "Meanwhile Ofsted has rated Harbourside College requires improvement after an inspection in January. "
            "Inspectors said apprenticeships were good.\n")
    x = extract(Document(id="t", path="t.txt", text=text, date="2024-03-20"))
    subject = {i.local_id: i.subject for i in x.inspections}
    got = {(subject[j.inspection], j.aspect) for j in x.judgements}
    assert ("harbourside-college", "Apprenticeships") in got
    assert not any(s == "fernlea-house" and a == "Apprenticeships" for s, a in got)
