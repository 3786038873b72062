"""Judgements in further forms real articles use: CQC's "for providing services that were ...", grades given
"in the X category", tables laid out with spaces or one cell a line, and more verbs; sentences written for these
tests about invented bodies."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document


def judged(text: str, date: str = "2025-12-01") -> set[tuple[str, str]]:
    x = extract(Document(id="t", path="t.txt", text=text, date=date))
    return {(j.aspect, j.grade) for j in x.judgements}


def by_inspection(text: str, date: str = "2025-12-01") -> dict[str, set[tuple[str, str]]]:
    """The judgements of each inspection, keyed by the inspection's year (visited or published)."""
    x = extract(Document(id="t", path="t.txt", text=text, date=date))
    year = {i.local_id: (i.visited or i.published)[:4] for i in x.inspections}
    out: dict[str, set[tuple[str, str]]] = {}
    for j in x.judgements:
        out.setdefault(year[j.inspection], set()).add((j.aspect, j.grade))
    return out


GP = "The Care Quality Commission has published its inspection report on Fernlea Surgery in Leeds.\n\n"
HOME_SCOT = ("The Care Inspectorate has published its inspection of Glenmorven House, a care home in Perth run by "
             "Tayside Living Ltd.\n\n")
NURSERY = "Ofsted has published its inspection of Bramblewood Day Nursery in Kettering.\n\n"
POLICE = ("HM Inspectorate of Constabulary and Fire & Rescue Services has published its PEEL inspection of "
          "Dorset Police.\n\n")


def test_cqc_grades_for_providing_services_that_were_a_list_of_key_questions():
    got = judged(GP + "Inspectors rated the practice as Inadequate for providing services that were safe, responsive "
                      "to people's needs and well-led, Requires improvement for providing effective services, and Good "
                      "for caring services.", date="2016-02-05")
    assert {("Safe", "Inadequate"), ("Responsive", "Inadequate"), ("Well-led", "Inadequate"),
            ("Effective", "Requires improvement"), ("Caring", "Good")} <= got


def test_ranked_and_graded_as_being_on_the_scottish_scale():
    got = judged(HOME_SCOT + "When inspectors called in March they ranked the quality of care and support as 'weak'. "
                             "The quality of staffing was graded as being 'adequate'.", date="2016-08-01")
    assert ("Quality of care and support", "Weak") in got
    assert ("Quality of staffing", "Adequate") in got


def test_grades_given_in_named_categories():
    got = judged(NURSERY + "The nursery was graded 'good' in the quality of education, personal development and "
                           "leadership and management categories, and 'outstanding' in the behaviours and attitudes "
                           "category.", date="2023-07-20")
    assert {("Quality of education", "Good"), ("Personal development", "Good"),
            ("Leadership and management", "Good"), ("Behaviour and attitudes", "Outstanding")} <= got


def test_a_home_found_outstanding_for_the_overall_experience_of_children():
    got = judged("Ofsted has published its inspection of Larchfield, a children's home in Derby.\n\n"
                 "Inspectors found the overall experience of children at the home was 'outstanding'.", date="2024-05-01")
    assert ("Overall experiences and progress of children and young people", "Outstanding") in got


def test_a_table_whose_columns_are_spaces():
    got = judged(POLICE + "How the force was graded\n\nPreventing crime            Good\nInvestigating crime         "
                          "Adequate\nManaging offenders          Requires improvement\n", date="2025-07-01")
    assert {("Preventing crime", "Good"), ("Investigating crime", "Adequate"),
            ("Managing offenders", "Requires improvement")} <= got


def test_a_list_with_the_grade_number_between_aspect_and_grade():
    got = judged(HOME_SCOT + "The grades awarded were:\n- Quality of care and support - Grade 5 - Very good\n"
                             "- Quality of environment - Grade 4 - Good\n", date="2016-08-01")
    assert {("Quality of care and support", "Very good"), ("Quality of environment", "Good")} <= got


def test_a_table_one_cell_a_line_gives_the_first_grade_column_to_the_new_inspection():
    text = ("Ofsted has published its inspection of Tamworth Borough Council's children's services, carried out in "
            "March 2025. The previous inspection was in 2021.\n\nJudgement\n2025 grade\n2021 grade\n\n"
            "Overall effectiveness\nGood\nRequires improvement to be good\n\n"
            "The experiences and progress of care leavers\nOutstanding\nGood\n")
    got = judged(text, date="2025-05-01")
    assert ("Overall effectiveness", "Good") in got
    assert ("The experiences and progress of care leavers", "Outstanding") in got
    assert ("The experiences and progress of care leavers", "Good") not in by_inspection(text, "2025-05-01").get("2025", set())


def test_graded_excellent_for_both_of_two_aspects():
    got = judged("Estyn has published its inspection report on Bryn Teg Primary School in Newport.\n\n"
                 "The school has been graded excellent for both its current performance and its prospects for "
                 "improvement.", date="2016-03-01")
    assert {("Current performance", "Excellent"), ("Prospects for improvement", "Excellent")} <= got


def test_numbers_after_a_grade_in_a_list_are_left_out():
    got = judged(NURSERY + "Effectiveness of the leadership and management  Outstanding  1\n"
                           "Quality of teaching, learning and assessment  Good  2\n", date="2017-03-01")
    assert {("Effectiveness of leadership and management", "Outstanding"),
            ("Quality of teaching, learning and assessment", "Good")} <= got


def test_a_grade_in_plain_words_about_the_weather_is_no_judgement():
    got = judged(NURSERY + "Parents said the outdoor area was good in all weathers and the garden was outstanding.",
                 date="2023-07-20")
    assert not got


def test_a_grade_in_double_quotes_alone_is_the_writers_not_a_quotation():
    got = judged(HOME_SCOT + "Inspectors ranked the quality of environment as \"weak\" in their latest visit.",
                 date="2016-08-01")
    assert ("Quality of environment", "Weak") in got


def test_a_sentence_naming_the_year_of_an_earlier_inspection_grades_that_one():
    text = ("Ofsted carried out a focused visit to Hollowmere Council's children's services on 3 and 4 March 2025.\n\n"
            "Ofsted last inspected the council's children's services in May 2022. The report published in July 2022 "
            "said services were judged as 'requires improvement to be good'.\n")
    got = by_inspection(text, date="2025-04-10")
    assert ("Overall effectiveness", "Requires improvement") in got.get("2022", set())
    assert "2025" not in got


def test_quality_of_management_also_classed_at_that_level_is_not_guessed():
    got = judged(HOME_SCOT + "The quality of staffing was graded as 'good'. Parents said the garden was \"adequate\".",
                 date="2016-08-01")
    assert got == {("Quality of staffing", "Good")}


def test_one_more_area_named_after_an_ordinal():
    got = judged("Education Scotland has published its inspection of the education functions of Fife Council.\n\n"
                 "Inspectors graded the council 'weak' in two quality indicators, 'leadership and direction' and "
                 "'partnership working'. The report also marked it 'good' in a third, 'the learning offer for "
                 "young people and adults'.", date="2014-06-01")
    assert ("The learning offer for young people and adults", "Good") in got
    assert not any(a == "Overall effectiveness" for a, _ in got)


def test_cqc_grades_for_whether_services_are_and_nouns_of_the_key_questions():
    got = judged("The Care Quality Commission has published its inspection of Hartmoor Hospital NHS Trust.\n\n"
                 "Inspectors rated the trust inadequate for whether its services are safe and well-led, 'requires "
                 "improvement' for the efficacy and responsiveness of services, and 'good' for whether its services "
                 "are caring.", date="2018-11-29")
    assert got >= {("Safe", "Inadequate"), ("Well-led", "Inadequate"), ("Effective", "Requires improvement"),
                   ("Responsive", "Requires improvement"), ("Caring", "Good")}


def test_a_name_is_read_as_the_aspect_of_the_inspections_own_framework():
    cqc = judged(GP + "The practice was rated inadequate for leadership.", date="2019-05-01")
    assert cqc == {("Well-led", "Inadequate")}
    ofsted = judged("Ofsted has published its inspection of Hollowmere Council's children's services.\n\n"
                    "The council was rated inadequate for leadership.", date="2019-05-01")
    assert ofsted == {("The impact of leaders on social work practice with children and families", "Inadequate")}
