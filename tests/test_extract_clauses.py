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
