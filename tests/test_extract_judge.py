"""Judgements in further forms real articles use: CQC's "for providing services that were ...", grades given
"in the X category", tables laid out with spaces or one cell a line, and more verbs; sentences written for these
tests about invented bodies."""

from __future__ import annotations

from conftest import concept

from kg.extract import extract
from kg.model import Document


def judged(text: str, date: str = "2025-12-01") -> set[tuple[str, str]]:
    x = extract(Document(id="t", path="t.txt", text=text, date=date))
    return {(concept(j.aspect), j.grade) for j in x.judgements}


def by_inspection(text: str, date: str = "2025-12-01") -> dict[str, set[tuple[str, str]]]:
    """The judgements of each inspection, keyed by the inspection's year (visited or published)."""
    x = extract(Document(id="t", path="t.txt", text=text, date=date))
    year = {i.local_id: (i.visited or i.published)[:4] for i in x.inspections}
    out: dict[str, set[tuple[str, str]]] = {}
    for j in x.judgements:
        out.setdefault(year[j.inspection], set()).add((concept(j.aspect), j.grade))
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


def test_a_grade_after_with_shares_the_verb_of_the_overall_grade():
    got = judged("The Care Quality Commission has published its inspection of Birchfield Lodge, a care home in "
                 "Wakefield.\n\nThe home was rated 'good' overall, with 'outstanding' for caring.", date="2024-03-01")
    assert got == {("Overall effectiveness", "Good"), ("Caring", "Outstanding")} or \
        got == {("Overall", "Good"), ("Caring", "Outstanding")}


def test_gave_the_school_a_rating_for_an_aspect_and_another_grade_for_the_next():
    got = judged("Ofsted has published its inspection of Harrowgate Fields Primary School in Darlington.\n\n"
                 "Inspectors gave the school a 'good' rating for the quality of education and 'outstanding' for "
                 "behaviour and attitudes.", date="2023-05-01")
    assert got == {("Quality of education", "Good"), ("Behaviour and attitudes", "Outstanding")}


def test_an_aspect_with_and_in_its_name_closes_a_list():
    got = judged("HM Inspectorate of Prisons has published its report on HMP Ashdown, a category B prison in Kent.\n\n"
                 "The prison was assessed as 'poor' for safety and 'not sufficiently good' for respect, purposeful "
                 "activity and rehabilitation and release planning.", date="2024-02-01")
    assert ("Rehabilitation and release planning", "Not sufficiently good") in got
    assert ("Purposeful activity", "Not sufficiently good") in got


def test_a_bare_count_then_a_colon_names_its_areas():
    got = judged(POLICE + "The force was graded 'adequate' in five areas and 'requires improvement' in three: "
                          "investigating crime, protecting vulnerable people and managing offenders.", date="2024-06-01")
    assert got == {("Investigating crime", "Requires improvement"), ("Protecting vulnerable people", "Requires improvement"),
                   ("Managing offenders", "Requires improvement")}


def test_a_second_pair_whose_aspect_has_commas():
    got = judged("Education Scotland has published its inspection of Kilbride Academy in East Kilbride.\n\n"
                 "Inspectors evaluated the school's learning, teaching and assessment as 'very good' and ensuring "
                 "wellbeing, equality and inclusion as 'good'.", date="2019-05-01")
    assert got == {("Learning, teaching and assessment", "Very good"),
                   ("Ensuring wellbeing, equality and inclusion", "Good")}


def test_welsh_care_home_ratings_from_2025():
    got = judged("Care Inspectorate Wales has published its inspection of Bryn Awel care home in Llandudno.\n\n"
                 "The home was rated 'good' for well-being and for care and support, and 'requires improvement' for "
                 "leadership and management.", date="2025-09-01")
    assert got == {("Well-being", "Good"), ("Care and support", "Good"),
                   ("Leadership and management", "Requires improvement")}


def test_as_was_its_provision_of_another_kind():
    got = judged("Ofsted has published its inspection of Riverside College in Bedford.\n\nEducation programmes for young "
                 "people were judged to be good, as was its adult learning provision.", date="2023-05-01")
    assert got == {("Education programmes for young people", "Good"), ("Adult learning programmes", "Good")}


def test_a_rating_received_is_the_overall_grade_but_not_a_rule_about_all_providers():
    got = judged("Ofsted has published its inspection of Marshfield College in Bedford.\n\nThe college received its "
                 "second consecutive grade three report. Providers which receive an 'inadequate' grade lose their "
                 "funding, and it is hard for any college to achieve the grading of 'outstanding'.", date="2023-05-01")
    assert got == {("Overall effectiveness", "Requires improvement")}


def test_a_rating_received_at_the_last_inspection_is_not_todays():
    got = judged("Ofsted has published its inspection of Marshfield College in Bedford.\n\nThe college had been given a "
                 "'good' rating at its last inspection.", date="2023-05-01")
    assert ("Overall effectiveness", "Good") not in got


def test_good_overall_then_the_aspects_between_dashes():
    got = judged("Ofsted has published its inspection of Wellbrook Primary School in Rye.\n\nThe school has been "
                 "recognised as 'good' overall – for quality of teaching and early years provision – and was given "
                 "an 'outstanding' rating for behaviour and safety.", date="2015-03-01")
    assert {("Overall effectiveness", "Good"), ("Quality of teaching", "Good"), ("Early years provision", "Good"),
            ("Behaviour and safety of pupils", "Outstanding")} <= got


def test_a_score_for_a_named_area_on_the_cqc_scores():
    got = judged("The Care Quality Commission has published its assessment of adult social care at Hollowmere "
                 "Council.\n\nThe council received the highest rating of 4 for 'partnerships and communities', and a "
                 "score of 3 for all other areas.", date="2024-11-01")
    assert ("Partnerships and communities", "4") in got
    assert not any(g == "3" for _, g in got)


def test_other_aspects_also_classed_at_the_same_level():
    got = judged(HOME_SCOT + "Inspectors ranked the quality of care and support as 'weak', with the quality of the "
                             "environment and the quality of management also classed as being of this level.",
                 date="2016-08-01")
    assert got == {("Quality of care and support", "Weak"), ("Quality of environment", "Weak"),
                   ("Quality of management and leadership", "Weak")}


def test_a_rating_in_every_category_then_the_next_sentence_lists_them():
    got = judged("Ofsted has published its annual performance assessment of Hollowmere Council's children's "
                 "services.\n\nThe council scored an 'outstanding' rating in every category. These were: being "
                 "healthy, staying safe and enjoying and achieving.", date="2008-12-01")
    assert got == {("Being healthy", "Outstanding"), ("Staying safe", "Outstanding"),
                   ("Enjoying and achieving", "Outstanding")}


def test_an_aspect_fronted_before_the_subject():
    got = judged("Estyn has published its inspection report on Bryn Teg Primary School in Newport.\n\nFor wellbeing "
                 "the school was graded 'excellent' for the way pupils work on their own.", date="2016-03-01")
    assert got == {("Wellbeing", "Excellent")}


def test_a_rating_received_by_another_place_in_the_clause_is_not_the_bodys():
    got = judged("Ofsted has published its inspection of Hollowmere County Council's services for looked-after "
                 "children.\n\nHollowmere's services were rated as adequate, while Westshire's received an overall "
                 "rating of good.", date="2012-03-01")
    assert ("Overall effectiveness", "Good") not in got


def test_a_city_councils_childrens_services_rated_is_the_overall_grade():
    got = judged("Ofsted has published its inspection of Hollowmere City Council's children's services.\n\n"
                 "A city council's children's services have been rated inadequate by inspectors.", date="2022-09-01")
    assert got == {("Overall effectiveness", "Inadequate")}


def test_an_aspect_with_and_ends_where_a_lower_case_grade_begins():
    got = judged("Ofsted has published report cards for two Suffolk schools.\n\nElsewhere, Linden Primary School in "
                 "Woodbridge was graded 'exceptional' for personal development and well-being and 'strong standard' "
                 "in each of its other areas.", date="2026-02-20")
    assert got == {("Personal development and wellbeing", "Exceptional")}


def test_a_rating_label_in_a_list_is_the_overall_grade_and_the_previous_one_the_last_inspections():
    text = ("Ofsted has published its inspection of Meadowvale Nursery in Harrogate.\n\nOfsted rating: Good\n"
            "Previous rating: Requires improvement\n\nThe nursery was rated requires improvement at its last "
            "inspection in 2021.")
    got = by_inspection(text, date="2024-06-01")
    assert ("Overall effectiveness", "Good") in got[""] | got.get("2024", set())
    assert not any(a.lower().endswith("rating") for js in got.values() for a, _ in js)


def test_the_noun_before_a_relative_clause_with_an_old_grade_is_the_subject():
    got = judged("Ofsted has published its inspection of Meadowvale Nursery in Harrogate.\n\nThe nursery, which was "
                 "rated requires improvement at its last inspection, has now been judged good.", date="2024-06-01")
    assert ("Overall effectiveness", "Good") in got


def test_a_hospitals_core_service_in_everyday_words():
    got = judged("The Care Quality Commission has published its inspection of Oakridge Hospital NHS Trust in Bristol."
                 "\n\nThe emergency department was rated inadequate, while maternity services were rated good.",
                 date="2019-05-01")
    assert {("Urgent and emergency care", "Inadequate"), ("Maternity services", "Good")} <= got


def test_a_colon_list_of_areas_parted_by_semicolons():
    got = judged("Ofsted has published its inspection of Larkfield Academy in Ripon.\n\nLarkfield was handed a "
                 "'good' grade for overall effectiveness following a two-day visit in March. The academy was awarded "
                 "a 'good' grade in the following areas: behaviour and attitudes; quality of education; and "
                 "leadership and management.", date="2024-05-01")
    assert got == {("Overall effectiveness", "Good"), ("Quality of education", "Good"),
                   ("Behaviour and attitudes", "Good"), ("Leadership and management", "Good")}


def test_a_quoted_grade_before_the_themes_it_was_given_for():
    got = judged("The Care Inspectorate has published its inspection of Thistle Bank Nursery in Forfar.\n\n"
                 "Inspectors found the quality of care and support and the quality of management and leadership "
                 "'very good' when they called in May. They said the nursery offered 'good' staffing and quality of "
                 "environment.", date="2015-06-01")
    assert got == {("Quality of care and support", "Very good"), ("Quality of management and leadership", "Very good"),
                   ("Quality of staffing", "Good"), ("Quality of environment", "Good")}


def test_leadership_of_an_nhs_trust_is_cqcs_well_led_and_coordinated_subjects_share_the_grade():
    got = judged("The Care Quality Commission has inspected Brackenfield NHS Foundation Trust.\n\nThe safety and "
                 "leadership of the trust were deemed 'inadequate'.", date="2019-02-01")
    assert got == {("Safe", "Inadequate"), ("Well-led", "Inadequate")}


def test_an_aspect_only_another_inspectorate_grades_is_not_read():
    # "provision" is a Welsh school inspectorate's heading, not one of Ofsted's
    got = judged("Ofsted has published its inspection of Larkfield Academy in Ripon.\n\nThe academy was awarded a "
                 "'good' grade in the following areas: quality of education; and provision.", date="2024-05-01")
    assert got == {("Quality of education", "Good")}


def inspections_of(text: str, date: str = "2025-12-01"):
    return extract(Document(id="t", path="t.txt", text=text, date=date)).inspections


def test_grades_that_moved_for_how_safe_and_caring_the_service_is():
    got = judged("The Care Quality Commission has rated Fernhill Court, a care home in Ludlow, inadequate.\n\n"
                 "The regulator lowered its ratings for how safe and well-led the home is from good to inadequate. "
                 "Its rating for how caring the home is slipped from good to requires improvement.", date="2023-08-01")
    assert {("Overall effectiveness", "Inadequate"), ("Safe", "Inadequate"), ("Well-led", "Inadequate"),
            ("Caring", "Requires improvement")} <= got


def test_the_trust_that_runs_a_hospital_is_the_one_rated():
    text = ("The hospital trust, which has 900 beds, has once again been rated 'requires improvement'.\n\n"
            "The CQC said Wakeley and District Hospitals NHS Trust, which runs Wakeley General Hospital, had more "
            "to do. Caring went up from requires improvement to 'good', though safety remained 'requires improvement'.")
    ins = inspections_of(text, date="2019-03-01")
    assert [i.subject for i in ins] == ["wakeley-and-district-hospitals-nhs-trust"]
    assert {("Overall effectiveness", "Requires improvement"), ("Safe", "Requires improvement"),
            ("Caring", "Good")} <= judged(text, date="2019-03-01")


def test_a_grade_no_longer_held_and_a_grade_of_the_last_inspection_are_not_todays():
    got = judged("The Care Quality Commission has inspected Ashgrove NHS Foundation Trust.\n\nThe trust serving "
                 "Mercia is no longer rated inadequate. It has moved up a grade since its last full inspection, when "
                 "it was rated requires improvement because of staffing gaps.", date="2022-01-10")
    assert ("Overall effectiveness", "Inadequate") not in got
    assert ("Overall effectiveness", "Requires improvement") not in got


def test_a_house_placed_in_a_county_is_in_that_county_not_a_town_in_its_name():
    ins = inspections_of("The Care Quality Commission has rated Warwick Lodge in Devon as good.", date="2021-05-01")
    assert ins[0].regions == ["devon"]


def test_a_list_after_a_generic_paragraph_belongs_to_the_body_named_last():
    by = by_inspection("HMICFRS has published its findings for 12 forces, and for Eastshire Police, inspected "
                       "in 2017.\n\nHMICFRS has today published a report into the performance of Westshire "
                       "Police. This combines into a single inspection the areas of PEEL.\n\nInspectors found that "
                       "Westshire Police:\n\n  • is 'good' in effectively reducing crime and keeping people safe;\n"
                       "  • is 'requires improvement' in the way it treats the public and its workforce.",
                       date="2019-05-02")
    assert by.get("2019") == {("Effectiveness", "Good"), ("Legitimacy", "Requires improvement")}


def test_a_round_up_of_focused_visits_gives_each_area_its_council_and_the_headline_kind():
    ins = inspections_of("Ofsted: the latest focused visits\n\nOfsted has published the outcomes of focused visits to "
                         "councils.\n\nInspectors visited Rochdale's children's services on 4 and 5 March 2024 to look "
                         "at care leavers.\n\nInspectors visited Solihull's children's services on 12 March 2024 to "
                         "look at children in need.", date="2024-04-10")
    assert [(i.subject, i.kind) for i in ins] == [("rochdale-borough-council", "focused visit"),
                                                   ("solihull-council", "focused visit")]


def test_a_joint_area_inspection_naming_no_body_is_of_the_areas_council_and_a_generic_title_no_inspectorate():
    ins = inspections_of("Joint targeted area inspection of the response to neglect in Wirral\n\nThe Board received a "
                         "report from the Strategic Director. The inspection took place in June 2019 and was carried "
                         "out by Ofsted, the Care Quality Commission and HMI Probation.", date="2019-09-01")
    assert len(ins) == 1 and ins[0].subject == "wirral-council" and ins[0].kind == "joint targeted area inspection"
    assert set(ins[0].inspectors) == {"ofsted", "cqc", "hmi-probation"}


def test_a_home_whose_name_joins_two_names_and_the_trust_the_article_keeps_referring_to():
    x = extract(Document(id="t", path="t.txt", date="2020-02-01", text=(
        "The Edwin and Mary Hollis care home in Perth has been rated weak by the Care Inspectorate.\n\n")))
    assert "edwin-and-mary-hollis" in x.orgs
    x = extract(Document(id="t", path="t.txt", date="2020-02-01", text=(
        "The CQC has rated Wakeley and District Hospitals NHS Trust as good. The trust runs Wakeley General Hospital "
        "and Ashby Hospital; Wakeley General Hospital was rated good.\n\nChief executive Ann Brindle said the trust "
        "was proud. She said the trust would go on improving.")))
    assert [(p.role, p.org) for p in x.posts] == [("chief executive", "wakeley-and-district-hospitals-nhs-trust")]


def test_a_section_heading_glued_to_a_name_is_not_part_of_it():
    x = extract(Document(id="t", path="t.txt", date="2017-03-01", text=(
        "A report on Bryn Celyn High School\n\nDate of inspection: January 2017 by Estyn\n\nSummary Bryn Celyn High "
        "School has a caring ethos.")))
    assert "bryn-celyn-high-school" in x.orgs and not any(k.startswith("summary") for k in x.orgs)


def test_an_inspectorates_own_page_names_it_by_the_aspects_it_grades():
    x = extract(Document(id="t", path="t.txt", date="2022-05-01", text=(
        "Fenwick Lane Surgery\n\nWe carried out an announced comprehensive inspection at Fenwick Lane Surgery in "
        "March 2022. The key questions have been rated as:\n\n  • Safe - Good\n  • Effective - Good\n"
        "  • Caring - Outstanding\n  • Responsive - Good\n  • Well-led - Good\n")))
    assert [i.inspectors for i in x.inspections] == [["cqc"]]
    assert ("Caring", "Outstanding") in {(concept(j.aspect), j.grade) for j in x.judgements}


def test_a_home_named_by_its_context_is_placed_in_the_village_after_it():
    x = extract(Document(id="t", path="t.txt", date="2020-02-01", text=(
        "The Edwin and Mary Hollis care home in Glenbrae has been rated weak by the Care Inspectorate for its "
        "leadership and planning.")))
    assert [i.regions for i in x.inspections] == [["area-glenbrae"]]


def test_a_prison_inspectorates_own_page_names_it_by_the_kind_of_body():
    x = extract(Document(id="t", path="t.txt", date="2023-07-10", text=(
        "Reports published this week\n\nHMP Wandsworth\nType of inspection: Full unannounced inspection\n"
        "Dates of inspection: 3-14 April 2023\nSummary of findings: the prison was crowded and many men were locked "
        "in their cells for most of the day.\n")))
    assert [(i.inspectors, i.subject) for i in x.inspections] == [(["hmi-prisons"], "hmp-wandsworth")]


def test_our_inspection_of_a_delivery_unit_is_the_probation_inspectorates_and_grades_received_are_a_mention():
    x = extract(Document(id="t", path="t.txt", date="2024-02-01", text=(
        "An inspection of probation services in Severn PDU\n\nOur inspection of Severn Probation Delivery Unit (PDU) "
        "found staff stretched. The PDU was rated 'Requires improvement' overall.")))
    assert [(i.inspectors, i.subject) for i in x.inspections] == [(["hmi-probation"], "severn-probation-delivery-unit")]
    ins = inspections_of("Ofsted praises Anyshire children's services\n\nA children's services department has "
                         "received good and outstanding Ofsted ratings. Anyshire County Council was last rated "
                         "inadequate in 2019.", date="2024-06-01")
    assert any(i.subject == "anyshire-county-council" and not i.previous for i in ins)


def test_a_posts_title_is_no_body_and_all_saints_keeps_its_first_word():
    x = extract(Document(id="t", path="t.txt", date="2018-01-20", text=(
        "The Lead Officer for School Improvement told the committee that Estyn had inspected All Saints Primary "
        "School in the autumn term. The Cabinet Member for Children's Services welcomed the report.")))
    assert "all-saints-primary-school" in x.orgs
    assert not any("officer" in k or "member" in k for k in x.orgs)


def test_a_grade_given_in_answer_to_a_key_question():
    got = judged("The CQC has published its report on Ashvale NHS Trust.\n\nThe CQC gave a \"Good\" rating in response "
                 "to the question \"Are services caring?\" and an \"Inadequate\" rating for safety.", date="2019-03-01")
    assert got == {("Caring", "Good"), ("Safe", "Inadequate")}


def test_the_aspect_named_before_a_rating_that_moved():
    got = judged("The Care Quality Commission has inspected Ashvale NHS Trust.\n\nThe regulator praised its culture, "
                 "increasing the well-led rating from inadequate to requires improvement.", date="2024-03-01")
    assert ("Well-led", "Requires improvement") in got and ("Well-led", "Inadequate") not in got


def test_a_may_inspection_is_the_month_not_a_modal():
    ins = inspections_of("Ofsted has published its latest college reports.\n\nKettlewell College received a grade two "
                         "in a report published June 22 and based on a May inspection.", date="2017-07-01")
    assert [i.subject for i in ins] == ["kettlewell-college"]


def test_a_paragraph_signed_on_the_next_line_is_the_signers_quotation():
    x = extract(Document(id="t", path="t.txt", date="2023-07-10", text=(
        "HMP Eastfield was inspected in May.\n\nThe new governor had made a real difference since our last visit, "
        "but far too many men still spent most of the day locked in their cells.\nJane Oduya, Chief Inspector of "
        "Prisons\n\nRead the report\n")))
    assert [(q.speaker, q.text[:20]) for q in x.quotes] == [("jane-oduya", "The new governor had")]


def test_a_reporters_byline_under_a_paragraph_signs_no_quotation():
    x = extract(Document(id="t", path="t.txt", date="2023-07-10", text=(
        "HMP Eastfield was inspected in May.\n\nInspectors found that far too many men still spent most of the day "
        "locked in their cells and that violence had risen.\nSam Pryce, Home Affairs Correspondent\n")))
    assert x.quotes == []


def test_good_for_providing_a_list_of_key_questions_then_services():
    got = judged("The Care Quality Commission inspected Elmfield Surgery in Barnsley in June 2023. The practice was "
                 "rated Good for the provision of safe, effective and caring services and Requires Improvement for "
                 "providing responsive and well-led services.", date="2023-09-01")
    assert got == {("Safe", "Good"), ("Effective", "Good"), ("Caring", "Good"),
                   ("Responsive", "Requires improvement"), ("Well-led", "Requires improvement")}


def test_a_new_overall_rating_the_inspectorate_provided_is_todays():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Larkspur Medical Practice\n\nWe inspected Larkspur Medical Practice in January 2021. The overall rating for "
        "the practice was Inadequate.\n\nAt this inspection in June 2022 we found real improvement. Following the "
        "June 2022 inspection, we have provided a new overall rating of Good.\n\nEarlier reports are on the Care "
        "Quality Commission's website.\n")))
    now = next(i for i in x.inspections if not i.previous)
    before = next(i for i in x.inspections if i.previous)
    assert (now.visited, now.overall) == ("2022-06", "Good")
    assert (before.visited, before.overall) == ("2021-01", "Inadequate")


def test_a_providers_address_under_its_name_places_it():
    x = extract(Document(id="t", path="t.txt", date="2024-03-01", text=(
        "Fernhill House Surgery\n\n14 Orchard Road, Thirsk, North Yorkshire, YO7 1AB\n\nThe Care Quality Commission "
        "rated Fernhill House Surgery good after an inspection in January 2024.\n")))
    assert x.inspections[0].regions == ["thirsk", "north-yorkshire"]
    assert {"thirsk", "north-yorkshire"} <= set(x.places)


def test_a_press_offices_address_places_nothing():
    x = extract(Document(id="t", path="t.txt", date="2024-03-01", text=(
        "The Care Quality Commission rated Fernhill House Surgery in Thirsk good after an inspection in January "
        "2024.\n\nIssued by the press office, Borsetshire Council\nCounty Hall, Kendal, LA9 4RQ\n")))
    assert x.inspections[0].regions == ["thirsk"]
    assert "kendal" not in x.places


def test_an_undated_councils_aspects_read_on_one_framework_in_every_form():
    got = judged("Ofsted has judged the children's services of Wiltshire Council good.\n\nThe report found the "
                 "council's services had outstanding ratings in two categories, children's experience in care and the "
                 "impact of leaders on social work practice.\n\nThree other areas received good ratings, which included "
                 "the experiences of children who need help and protection.", date="")
    assert ("The experiences and progress of children who need help and protection", "Good") in got
    assert not any("effectiveness of the help" in a for a, _ in got)


def test_outstanding_overall_as_well_as_how_safe_the_services_are():
    got = judged(GP + "The practice was found to be outstanding overall, as well as how well-led and safe the "
                      "services are.", date="2019-05-01")
    assert got == {("Overall effectiveness", "Outstanding"), ("Well-led", "Outstanding"), ("Safe", "Outstanding")}


def test_a_count_out_of_all_areas_then_some_of_them_by_name():
    got = judged("HM Inspectorate of Probation has inspected Westshire Youth Justice Service. It rated the service "
                 "'outstanding' in eight out of 12 key areas assessed – including 'reviewing' and 'planning' - and "
                 "'good' in the remaining four areas.", date="2023-05-01")
    assert {("Reviewing", "Outstanding"), ("Planning", "Outstanding")} <= got
    assert not any(g == "Good" and a in ("Reviewing", "Planning") for a, g in got)


def test_a_care_commission_report_rows_with_cells_run_together():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Inspection report\n\nBrambleside Nursery Day Care of Children\n\nVillage Hall Mill Road Kirkton KA9 4ZZ\n\n"
        "Type of inspection: Unannounced\n\nInspection completed on: 11 May 2010\n\nThe Care Commission gave the "
        "service these grades\n\nQuality of Care and Support Very Good\n\nQuality of Staffing Excellent\n")))
    assert [(i.inspectors, i.subject, i.regions) for i in x.inspections] == \
        [(["care-commission"], "brambleside-nursery", ["area-kirkton"])]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Quality of care and support", "Very good"),
                                                           ("Quality of staffing", "Excellent")}


def test_a_care_homes_star_rating_of_2009_and_a_grade_in_backticks():
    got = judged("The Care Quality Commission carried out a key inspection of Hollins Lodge care home on 3rd "
                 "November 2009. The overall rating for the home has remained as `Excellent`.", date="")
    assert got == {("Overall effectiveness", "Excellent")}


def test_a_grade_word_of_a_scale_long_out_of_use_is_no_grade():
    # "poor" graded care homes for CQC in 2009-2010 only: not a grade of its 2020 inspections
    got = judged("Ofsted and the Care Quality Commission carried out a joint inspection of Dorset Council special "
                 "educational needs services in March 2020. The leadership of the area was poor, and outcomes for "
                 "pupils were poor.\n", date="2020-05-01")
    assert not any(g == "Poor" for _, g in got)


def test_a_grade_opened_with_a_closing_quote_mark_and_efficiency_in_other_words():
    got = judged("HM Inspectorate of Constabulary and Fire & Rescue Services has published its inspection report on "
                 "Dorset and Wiltshire Fire and Rescue Service.\n\nThe inspectorate found that the service:\n\n  • is ’requires improvement’ at how efficiently it manages its resources; "
                 "and\n  • is ‘good’ at looking after its people.\n", date="2019-06-01")
    assert got == {("Efficiency", "Requires improvement"), ("People", "Good")}


def test_aspects_after_for_end_where_a_clause_says_when():
    got = judged("Ysgol Gymraeg Bryn Eryr in Bettws has been graded as excellent for both their current performance "
                 "and their prospects for improvement following an inspection by Estyn.", date="2013-04-01")
    assert got == {("Current performance", "Excellent"), ("Prospects for improvement", "Excellent")}


def test_down_from_a_grade_at_its_last_inspection_is_the_earlier_inspections():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Millbrook Primary School in Ashford has been rated 'requires improvement' by Ofsted, down from 'good' at "
        "its last inspection in 2019.\n")))
    got = {(i.previous, i.visited, i.overall) for i in x.inspections}
    assert got == {(False, "", "Requires improvement"), (True, "2019", "Good")}


def test_a_peel_area_in_other_words_then_who_graded_it():
    got = judged("Borsetshire Police has been rated inadequate for how it responds to the public by HM Inspectorate "
                 "of Constabulary and Fire & Rescue Services, in its PEEL report published in June 2023.",
                 date="2023-06-30")
    assert got == {("Responding to the public", "Inadequate")}


def test_ratings_that_fell_with_the_overall_one_and_a_list_after_being():
    from kg.extract import extract
    from kg.model import Document
    text = ("A care home has been rated inadequate by the Care Quality Commission.\nInspectors visited Larchfield Care "
            "Home in Morpeth in March 2024. The home's overall rating was reduced from good to inadequate following "
            "the visit, as were the ratings for being safe and well led. The ratings for being effective, caring and "
            "responsive dropped from good to requires improvement.")
    got = {(concept(j.aspect), j.grade) for j in extract(Document(id="t", path="t.txt", text=text, date="")).judgements}
    assert {("Safe", "Inadequate"), ("Well-led", "Inadequate"), ("Effective", "Requires improvement"),
            ("Caring", "Requires improvement"), ("Responsive", "Requires improvement")} <= got


def test_a_company_named_after_the_home_it_runs_is_not_the_home():
    from kg.extract import extract
    from kg.model import Document
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Ashcombe House in Mill Lane, run by Ashcombe House Limited, provides care to older people. The CQC gave the "
        "care home an overall 'inadequate' rating.")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Ashcombe House"]


def test_aspects_after_for_end_where_words_say_where_or_when_the_grade_was_given():
    got = judged("HMP Ashcombe was rated poor for safety and respect in the latest report by HM Inspectorate of "
                 "Prisons.", date="2025-03-01")
    assert got == {("Safety", "Poor"), ("Respect", "Poor")}
    got = judged(POLICE + "The force was graded inadequate for investigating crime in March 2025, and good for "
                          "preventing crime at the same inspection.", date="2025-06-01")
    assert ("Investigating crime", "Inadequate") in got and ("Overall effectiveness", "Inadequate") not in got


def test_a_schools_leadership_is_graded_on_a_schools_framework_whose_scale_has_the_grade():
    got = judged("Ofsted rated Anytown Primary School as good for leadership and outstanding for behaviour.",
                 date="2024-03-03")
    assert got == {("Leadership and management", "Good"), ("Behaviour and attitudes", "Outstanding")}
    # the same word on a council's children's services is the impact of leaders
    got = judged("Ofsted rated Anytown Council's children's services as good for leadership.", date="2024-03-03")
    assert got == {("The impact of leaders on social work practice with children and families", "Good")}


def test_a_care_home_named_before_its_kind_is_graded_as_the_sentence_says():
    got = judged("Care Inspectorate Wales rated Bryn Ucha care home as good for well-being.", date="2025-09-01")
    assert got == {("Well-being", "Good")}


def test_an_aspect_whose_name_holds_commas_is_one_aspect_in_a_list():
    got = judged("Ofsted graded Fenbridge College good for quality of teaching, learning and assessment and "
                 "outstanding for leadership.", date="2017-05-01")
    assert got == {("Quality of teaching, learning and assessment", "Good"),
                   ("Effectiveness of leadership and management", "Outstanding")}
    got = judged("The Care Inspectorate graded Wee Wrens Nursery in Alloa very good for care, play and learning and "
                 "good for setting.", date="2024-05-01")
    assert got == {("How good is our care, play and learning?", "Very good"), ("How good is our setting?", "Good")}


def test_items_joined_by_and_make_an_aspect_when_together_they_name_one():
    got = judged("Ofsted has published the report card for Hollin Bank Primary School in Dudley. The school was "
                 "judged 'expected standard' for curriculum and teaching and achievement.", date="2026-01-20")
    assert got == {("Curriculum and teaching", "Expected standard"), ("Achievement", "Expected standard")}


def test_an_aspects_name_inside_a_bodys_name_is_no_aspect_and_key_questions_asked_as_questions_are_a_table():
    got = judged("The Care Quality Commission has rated Brookfield Surgery in Hull as requires improvement following "
                 "an inspection in January.\n\nAre services safe? Requires improvement\nAre services effective? Good\n"
                 "Are services well-led? Requires improvement\n", date="2024-03-01")
    assert ("Surgery", "Requires improvement") not in got
    assert {("Safe", "Requires improvement"), ("Effective", "Good"), ("Well-led", "Requires improvement")} <= got


def test_good_in_all_areas_except_one_grades_that_one_and_gives_no_overall_grade():
    x = extract(Document(id="t", path="t.txt", date="2024-05-01", text=(
        "Kelmscott Primary School in Leeds was judged good in all areas except leadership and management, which "
        "requires improvement, Ofsted said.\n")))
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Leadership and management", "Requires improvement")}
    assert [i.overall for i in x.inspections] == [""]


def test_up_from_a_grade_in_a_year_is_the_earlier_inspections_grade_and_year():
    x = extract(Document(id="t", path="t.txt", date="2024-05-01", text=(
        "The Royal Kelmscott NHS Trust was rated 'good' overall by the CQC, up from 'requires improvement' in "
        "2019.\n")))
    got = {(i.previous, i.visited, i.overall) for i in x.inspections}
    assert got == {(False, "", "Good"), (True, "2019", "Requires improvement")}


def test_a_councils_adult_social_care_assessment_is_read_on_the_cqc_local_authority_themes():
    got = judged("The Care Quality Commission has assessed Kelmscott Council's adult social care services. The "
                 "assessment found the council was 'requires improvement' in three of the four themes: working with "
                 "people, providing support and ensuring safety. It was good for leadership.", date="2025-02-01")
    assert {("Working with people", "Requires improvement"), ("Providing support", "Requires improvement"),
            ("Ensuring safety", "Requires improvement"), ("Leadership", "Good")} <= got


def test_education_scotland_evaluated_a_school_as_a_grade_for_quality_indicators():
    got = judged("Education Scotland evaluated Glenmill Primary School in Fife as very good for learning, teaching "
                 "and assessment and good for ensuring wellbeing, equality and inclusion.", date="2024-06-01")
    assert got == {("Learning, teaching and assessment", "Very good"),
                   ("Ensuring wellbeing, equality and inclusion", "Good")}


def test_a_fire_services_areas_in_the_press_s_words():
    got = judged("Wessex Fire and Rescue Service has been rated good at understanding fire and risk and at preventing "
                 "fires, but requires improvement in how it protects the public through fire regulation, according to "
                 "the inspectorate's latest report.", date="2024-06-01")
    assert got == {("Understanding the risk of fire and other emergencies", "Good"),
                   ("Preventing fire and other risks", "Good"),
                   ("Protecting the public through fire regulation", "Requires improvement")}


def test_the_body_named_by_its_kind_is_no_aspect_and_a_prison_has_no_overall_grade():
    x = extract(Document(id="t", path="t.txt", date="2024-06-01", text=(
        "The CQC inspected Quantock Mill Surgery in Bridgwater in 2024. When the CQC last visited, in March 2022, "
        "the surgery was rated requires improvement overall.\n")))
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Overall effectiveness", "Requires improvement")}
    got = judged("HM Inspectorate of Prisons published its report on HMP Ashcombe. Inspectors judged outcomes to be "
                 "poor in safety. That's the test where Ashcombe was judged poor.", date="2024-06-01")
    assert got == {("Safety", "Poor")}


def test_grades_given_respectively_follow_the_order_of_the_bodies():
    x = extract(Document(id="t", path="t.txt", date="2015-02-03", text=(
        "Halton Borough Council and Hull City Council were rated good and requires improvement respectively by "
        "Ofsted after inspections in November.\n")))
    got = {(x.orgs[i.subject].label, i.overall) for i in x.inspections}
    assert got == {("Halton Borough Council", "Good"), ("Hull City Council", "Requires improvement")}


def test_a_grade_awarded_to_the_school_after_which_pupils_celebrate_is_the_current_one():
    x = extract(Document(id="t", path="t.txt", date="2013-03-01", text=(
        "Pupils were jumping for joy this week after Ofsted awarded their school a 'Good' rating.\n\n"
        "The governors of Nettlebed Primary School have spoken of their delight.\n")))
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Nettlebed Primary School", "Good")]
    x = extract(Document(id="t", path="t.txt", date="2013-03-01", text=(
        "The hard work of staff at Nettlebed Primary School has paid off, with an assessment by Ofsted classing it "
        "as a 'good' school.\n")))
    assert [i.overall for i in x.inspections] == ["Good"]
    # a grade of an earlier inspection keeps its cue
    x = extract(Document(id="t", path="t.txt", date="2013-03-01", text=(
        "Nettlebed Primary School was inspected by Ofsted in February, following a judgement of inadequate.\n")))
    assert "Inadequate" not in [i.overall for i in x.inspections if not i.previous]


def test_a_gp_surgery_named_by_its_kind_is_the_body_and_key_lines_of_enquiry_are_areas():
    x = extract(Document(id="t", path="t.txt", date="2022-11-02", text=(
        "A GP surgery has been rated as inadequate and put into special measures by health inspectors.\n"
        "The Care Quality Commission (CQC) found Quayside Medical Centre was failing in ten key areas.\n")))
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Overall effectiveness", "Inadequate")}
    got = judged("The CQC inspected Quayside Medical Centre in March. The report shows that the practice was rated "
                 "'inadequate' for four of the CQC's five key lines of enquiry: safe, effective, responsive and "
                 "well-led. It was rated 'requires improvement' for caring.", date="2015-10-15")
    assert got == {("Safe", "Inadequate"), ("Effective", "Inadequate"), ("Responsive", "Inadequate"),
                   ("Well-led", "Inadequate"), ("Caring", "Requires improvement")}


def test_peel_pillars_named_after_the_inspectorate_that_scrutinised_them_and_grades_at_two_questions():
    got = judged("Wessex Police has been rated inadequate overall and in three key areas by Her Majesty's "
                 "Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS), which scrutinised its ability "
                 "to reduce crime and keep people safe, operate efficiently, as well as the way it treats the public "
                 "and its workforce.", "2019-09-27")
    assert {("Effectiveness", "Inadequate"), ("Efficiency", "Inadequate"), ("Legitimacy", "Inadequate")} <= got
    got = judged("Her Majesty's Inspectorate of Constabulary (HMIC) has assessed Mercia Constabulary. The force was "
                 "deemed to be 'good' at investigating crime and reducing re-offending and 'good' at protecting the "
                 "vulnerable. Mercia Constabulary is the only force to receive an overall grade of 'outstanding'.",
                 "2016-03-02")
    assert got == {("Investigating crime and reducing re-offending", "Good"),
                   ("Protecting vulnerable people and supporting victims", "Good"),
                   ("Overall effectiveness", "Outstanding")}


def test_hmic_is_the_constabulary_inspectorate_before_fire_and_rescue_joined_it():
    x = extract(Document(id="t", path="t.txt", date="2016-03-02", text=(
        "Her Majesty's Inspectorate of Constabulary (HMIC) rated Mercia Constabulary good for efficiency.")))
    assert [i.inspectors for i in x.inspections] == [["hmic"]]
    assert x.orgs["hmic"].label == "HM Inspectorate of Constabulary"
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Efficiency", "Good")}
    x = extract(Document(id="t", path="t.txt", date="2023-03-02", text=(
        "The latest report from His Majesty's Inspectorate of Constabulary, Fire and Rescue Services rated Avonford "
        "Fire and Rescue Service good at promoting diversity.")))
    assert [i.inspectors for i in x.inspections] == [["hmicfrs"]] and "fire-and-rescue-services" not in x.orgs


CARE_HOME_NEWS = """Published: 12 August 2024

Brockwell House care home in Ramsey placed in special measures

Brockwell House has been rated inadequate overall by the Care Quality Commission, and its ratings for being \
effective, caring and well-led were also inadequate.

The home's last comprehensive inspection took place in May 2021. This inspection found standards had slipped:

• Safety had fallen from requiring improvement to inadequate.

• And responsiveness had fallen from good to requiring improvement.

It fell short in every area but one, which was rated as good.
"""


def test_a_care_home_report_with_grades_after_overall_bullets_opened_by_and_and_an_earlier_date():
    x = extract(Document(id="t", path="t.txt", date="2024-08-12", text=CARE_HOME_NEWS))
    assert [(i.visited, i.previous) for i in x.inspections] == [("", False)]  # May 2021 dates no inspection here
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {
        ("Overall effectiveness", "Inadequate"), ("Effective", "Inadequate"), ("Caring", "Inadequate"),
        ("Well-led", "Inadequate"), ("Safe", "Inadequate"), ("Responsive", "Requires improvement")}


def test_an_area_before_which_was_rated_and_a_downgrade_from_a_dated_grade():
    got = by_inspection("Thornbury Lodge in Didcot has been inspected by the CQC. The home fell short in all "
                        "categories but effectiveness, which was rated as ‘good’. This means its overall rating was "
                        "downgraded from ‘outstanding’, which it was given in November 2017, to 'requires improvement'.",
                        "2024-08-12")
    assert got == {"": {("Effective", "Good"), ("Overall effectiveness", "Requires improvement")},
                   "2017": {("Overall effectiveness", "Outstanding")}}


def test_a_fire_service_regarded_as_good_in_areas_named_in_the_press_s_words():
    got = judged("HMICFRS has inspected Wexcombe Fire and Rescue Service. The brigade was regarded as good in "
                 "preventing fires and other risks, making the best use of its resources and ensuring it is "
                 "affordable now and in the future. It scored adequate for protecting the public through fire "
                 "regulation, responding to major incidents and developing leaders.")
    assert got == {("Preventing fire and other risks", "Good"), ("Making best use of resources", "Good"),
                   ("Future affordability", "Good"), ("Protecting the public through fire regulation", "Adequate"),
                   ("Responding to major and multi-agency incidents", "Adequate"),
                   ("Managing performance and developing leaders", "Adequate")}


def test_a_star_grading_for_the_level_of_an_aspect_and_areas_closed_by_the_lists_noun():
    assert judged(HOME_SCOT + "Inspectors awarded an “excellent” six star grading for their level of care and "
                  "support as well as a good rating for staffing.", "2016-05-01") >= {("Quality of care and support", "Excellent")}
    assert judged("The CQC carried out a planned inspection of Hollins Home Care Ltd and rated it “outstanding” in "
                  "the caring and well-led categories, and “good” for safe, effective and responsive.") == {
        ("Caring", "Outstanding"), ("Well-led", "Outstanding"), ("Safe", "Good"), ("Effective", "Good"),
        ("Responsive", "Good")}


def test_a_grade_when_it_came_to_an_area_and_an_area_in_other_words():
    assert judged("HM Inspectorate of Prisons inspected HMP Orwell Heath. Orwell Heath was rated the top grade of "
                  "good in three of four categories and reasonably good when it came to purposeful activities.") == {
        ("Purposeful activity", "Reasonably good")}
    assert judged("The CQC has assessed Wexbury Council's adult social care. The watchdog judged the way it works "
                  "with partners, such as charities, as ‘outstanding’.") == {("Partnerships and communities", "Outstanding")}


def test_a_count_with_its_areas_in_brackets_and_an_area_named_by_the_area_for():
    assert judged("The CQC has published its report on Wyvern Ambulance Service. It rated the trust ‘good’ in four "
                  "(safe, effective responsive and well-led) of the five key areas; the fifth, caring, was rated "
                  "outstanding.") == {("Safe", "Good"), ("Effective", "Good"), ("Responsive", "Good"),
                                      ("Well-led", "Good"), ("Caring", "Outstanding")}
    assert judged("The CQC has rated maternity services at Brentmoor Hospital as good. The area for safe has dropped "
                  "from good to requires improvement.") >= {("Safe", "Requires improvement")}


def test_sub_judgements_for_areas_a_semicolon_parts():
    got = judged("Ofsted has published its inspection of Marlow Vale Council's children's services, rated outstanding "
                 "overall. We have received ‘Outstanding’ sub judgements for our work with children in care; care "
                 "leavers; and for the impact of leadership and management.", "2024-05-16")
    assert got >= {("The experiences and progress of children in care", "Outstanding"),
                   ("The experiences and progress of care leavers", "Outstanding"),
                   ("The impact of leaders on social work practice with children and families", "Outstanding")}


def test_a_councils_named_service_and_grades_quoted_after_commas_under_the_2013_framework():
    text = ("Northmere Council’s Children and Families Service has been rated ‘good’ by Ofsted.\n\nThe judgement "
            "published today (Friday, 19 February 2016) follows an unannounced, rigorous examination carried out by "
            "a team of inspectors in November and December 2015.\n\nThe authority was also judged to be ‘good’ "
            "overall, ‘good’ for children who need help and protection, ‘good’ for looked after children and "
            "‘good’ for the experiences of children leaving care.")
    x = extract(Document(id="t", path="t.txt", text=text, date=""))
    assert [(i.visited, i.published) for i in x.inspections] == [("2015-11", "2016-02-19")]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {
        ("Overall effectiveness", "Good"), ("Children who need help and protection", "Good"),
        ("Children looked after and achieving permanence", "Good"),
        ("Experiences and progress of care leavers", "Good")}


def test_peel_legitimacy_questions_in_the_press_s_words_and_pillars_in_bullets_after_a_count():
    got = judged("HMIC has published its 2016 PEEL legitimacy inspection of Wexshire Constabulary. Wexshire police was "
                 "rated ‘outstanding’ in how it legitimately keeps people safe and reduces crime, for treating all the "
                 "people it serves with fairness and respect and for ensuring that its workforce behaves ethically and "
                 "lawfully. The force was rated as ‘good’ for treating its workforce with fairness and respect.",
                 "2016-12-08")
    assert got == {("Legitimacy", "Outstanding"), ("Treating the public fairly", "Outstanding"),
                   ("Ethical and lawful behaviour", "Outstanding"), ("Treating the workforce fairly", "Good")}
    got = judged("HMICFRS has inspected Wexshire Fire and Rescue Service.\n\nThe service achieved ‘good’ in two core "
                 "pillars of assessment:\n\n  • Effectiveness – how it responds to emergencies.\n  • People – how it "
                 "looks after its workforce.\n\nIt was judged ‘outstanding’ in the efficiency pillar.", "2023-01-20")
    assert got == {("Effectiveness", "Good"), ("People", "Good"), ("Efficiency", "Outstanding")}


def test_a_count_after_all_names_its_areas_as_the_text_does_and_a_list_that_runs_on_stops_at_the_count():
    got = judged("Ofsted report.\nA report on Larchfield Academy said it was good in all four areas: pupils' progress, "
                 "the quality of teaching, behaviour and safety, and leadership and management.", "2013-03-01")
    assert {g for _, g in got} == {"Good"} and len(got) == 4
    assert ("Pupils' progress", "Good") in got and ("Quality of teaching", "Good") in got
    got = judged("Westby Vale NHS Trust has been rated by the Care Quality Commission as ‘Good’ in all five of its "
                 "domains of safe, effective, caring, responsive and well-led, giving an overall rating for the Trust "
                 "as ‘Good’.", "2018-04-10")
    assert {a for a, _ in got} >= {"Safe", "Effective", "Caring", "Responsive", "Well-led"}
    assert not any("giving" in a.lower() for a, _ in got)


def test_a_count_of_others_before_a_dash_list_and_no_attribution_as_an_area():
    got = judged("HM Inspectorate of Constabulary and Fire & Rescue Services inspected Northwold Police. It found the "
                 "force was ‘adequate’ in five areas and ‘required improvement’ in three others – investigating "
                 "crime, protecting vulnerable people and leadership and force management.", "2023-05-01")
    assert got == {("Investigating crime", "Requires improvement"), ("Protecting vulnerable people", "Requires improvement"),
                   ("Leadership and force management", "Requires improvement")}
    got = judged("Northwold fire service is ‘outstanding’ in one area, according to inspectors\n\nNorthwold Fire and "
                 "Rescue Service has been judged ‘outstanding’ for efficiency by HMICFRS. It was also described as "
                 "‘good’ for effectiveness at keeping people safe and for the way it looks after its people.", "2023-01-20")
    assert got == {("Efficiency", "Outstanding"), ("Effectiveness", "Good"), ("People", "Good")}


def test_an_overall_grade_a_clause_leads_to_is_no_aspects_grade():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "CQC report.\nHollins Lane Surgery in Dunmere was first inspected in May 2015, when concerns about its "
        "leadership and safety were found, leading to an overall ‘inadequate’ rating.")))
    assert [i.overall for i in x.inspections] == ["Inadequate"]
    assert {j.aspect for j in x.judgements} <= {"Overall"}  # (the CQC's name for it)


def test_a_score_and_its_meaning_for_quoted_key_questions_and_a_count_of_the_others_between_commas():
    got = judged("The Care Inspectorate inspected Thistle Brae Nursery in Kelty.\nOn a six-point scale it was given a "
                 "5, meaning very good, for ‘how good is our leadership?’ and ‘how good is our staff team?’.\nThe two "
                 "other areas assessed, ‘how good is our care, play and learning?’ and ‘how good is our setting?’, "
                 "were rated as 4, meaning good.", "2024-03-01")
    assert got == {("How good is our leadership?", "Very good"), ("How good is our staff team?", "Very good"),
                   ("How good is our care, play and learning?", "Good"), ("How good is our setting?", "Good")}


def test_ampersands_in_an_aspects_name_and_a_grade_and_a_grade_in_other_words():
    got = judged("Estyn inspected Ysgol Bryn Tawel in March 2019.\n\nThe judgements were:\n\n  • Standards: Adequate and "
                 "in need of improvement\n  • Wellbeing & attitudes to learning: Good\n  • Teaching & learning: "
                 "Unsatisfactory & needs urgent improvement", "2019-06-14")
    assert got == {("Standards", "Adequate and needs improvement"), ("Wellbeing and attitudes to learning", "Good"),
                   ("Teaching and learning experiences", "Unsatisfactory and needs urgent improvement")}
    got = judged("CQC report.\nOakhurst Surgery was rated inadequate after a CQC inspection in October 2017 found it "
                 "was inadequate for ‘safe’ and required improvements for being ‘effective’ and ‘responsive’.", "2017-12-01")
    assert got == {("Overall effectiveness", "Inadequate"), ("Safe", "Inadequate"), ("Effective", "Requires improvement"),
                   ("Responsive", "Requires improvement")}


def test_a_rating_elevated_from_one_grade_to_another():
    got = judged("The CQC inspected St Bede's Hospice in July. Additionally, the rating for safety has been elevated from "
                 "‘good’ to ‘outstanding’.", "2024-09-01")
    assert ("Safe", "Outstanding") in got


def test_a_grade_heading_a_semicolon_list_and_an_exception_read_once():
    got = judged("HMICFRS inspected Wexshire Police in 2025.\nUnder the ‘adequate’ grade was: preventing crime; "
                 "protecting vulnerable people; keeping the peace; developing a positive workplace and leadership & force "
                 "management.", "2025-07-25")
    assert got == {(a, "Adequate") for a in ("Preventing crime", "Protecting vulnerable people", "Keeping the peace",
                                             "Developing a positive workplace", "Leadership and force management")}
    got = judged("HMICFRS inspected Wexshire Police in 2025.\nThe report stated that Wexshire Police is ‘good’ or "
                 "‘adequate’ in all areas, except investigating crime, where it 'requires improvement'.", "2025-07-25")
    assert got == {("Investigating crime", "Requires improvement")}


def test_a_count_of_tests_between_dashes_then_the_grade():
    got = judged("HM Inspectorate of Prisons inspected HMP Wexford in May 2024.\nInspectors judged outcomes for women in "
                 "all four healthy prison tests – safety, respect, purposeful activity, and release and rehabilitation "
                 "planning – to be ‘reasonably good’.", "2024-08-01")
    assert got == {("Safety", "Reasonably good"), ("Respect", "Reasonably good"), ("Purposeful activity", "Reasonably good"),
                   ("Release and rehabilitation planning", "Reasonably good")}


def test_one_grade_for_every_area_and_the_areas_named_in_another_sentence():
    got = judged("A secondary school has been given a clean bill of health as Ofsted inspectors have judged it good in "
                 "all categories.\nStaff are celebrating at Fenmoor Academy in Wisbech.\nThe academy has been graded "
                 "regarding pupils' progress, quality of teaching, behaviour and safety and leadership and management.",
                 "2015-06-01")
    assert {a for a, g in got if g == "Good"} >= {"Pupils' progress", "Quality of teaching", "Behaviour and safety of pupils"}


def test_an_area_the_body_owns_given_the_lowest_rating_is_that_areas_grade():
    got = judged("CQC inspected Fernlea Care Home in Leigh.\nThe Mill Lane home’s safety was given the lowest possible "
                 "rating of “inadequate” while its effectiveness and responsiveness were ranked in the “requires "
                 "improvement” category.", "2023-03-01")
    assert got == {("Safe", "Inadequate"), ("Effective", "Requires improvement"), ("Responsive", "Requires improvement")}


def test_a_rating_across_the_board_and_the_areas_the_inspectors_assessed():
    got = judged("Ofsted report.\nFenmoor Sixth Form College has received an ‘outstanding’ rating across the board "
                 "following an inspection by Ofsted.\nDuring the visit, nine inspectors assessed the institution's "
                 "quality of education, behaviour and attitudes, personal development, and leadership and management.",
                 "2023-05-01")
    assert {a for a, g in got if g == "Outstanding"} >= {"Quality of education", "Behaviour and attitudes",
                                                           "Personal development", "Leadership and management"}


def test_a_dash_straight_after_a_quoted_grade_leaves_the_grade_a_word():
    from kg.nlp import pipeline
    assert [t.text for t in pipeline()("to be ‘outstanding’- a marked change")][2:6] == ["‘", "outstanding", "’", "-"]


def test_all_three_areas_to_be_a_grade_and_the_areas_named_in_a_list_of_their_own():
    got = judged("Ofsted has inspected Cafcass and judged all three areas of inspection to be ‘good’.\nThe framework "
                 "asks for a graded judgement in three areas of its work, which are: the quality and effectiveness of "
                 "private law practice, the quality and effectiveness of public law practice and the impact of leaders "
                 "on practice.", "2024-06-01")
    assert len({a for a, g in got if g == "Good" and a != "Overall effectiveness"}) == 3


def test_a_grade_compared_with_the_last_inspection_is_todays():
    x = extract(Document(id="t", path="t.txt", date="2024-09-01", text=(
        "Ofsted has published its report on Cafcass, and has judged it ‘outstanding’ overall- a marked improvement "
        "since their last inspection in 2018 where they were judged to be ‘good’.")))
    now = [i.local_id for i in x.inspections if not i.previous]
    assert ("Overall effectiveness", "Outstanding") in {(concept(j.aspect), j.grade) for j in x.judgements if j.inspection in now}


FIRE = ("HM Inspectorate of Constabulary and Fire & Rescue Services has published its inspection of Dorset and "
        "Wiltshire Fire and Rescue Service.\n\n")


def test_a_list_of_areas_some_in_the_frameworks_names_and_some_in_other_words():
    # Two items say the framework's areas in other words; the rest are its names: all four are graded.
    got = judged(FIRE + "Inspectors rated the service as good in public safety through fire regulation, having the "
                 "right people with the right skills, promoting fairness and diversity and managing performance "
                 "and developing leaders.")
    assert got == {(concept("Protecting the public through fire regulation"), "Good"),
                   (concept("Getting the right people with the right skills"), "Good"),
                   (concept("Ensuring fairness and promoting diversity"), "Good"),
                   (concept("Managing performance and developing leaders"), "Good")}
    # Another grade opens another list: its items are not the first grade's
    got = judged(FIRE + "The service was rated good in promoting fairness and diversity, adequate in public safety "
                 "through fire regulation, future affordability and managing performance and developing leaders.")
    assert (concept("Future affordability"), "Good") not in got
    assert (concept("Managing performance and developing leaders"), "Good") not in got
    # One item in other words among only one of the framework's names is no list of areas.
    assert (concept("Getting the right people with the right skills"), "Good") not in judged(
        FIRE + "The service was rated good in finding the right people with the right skills and future affordability.")


def test_seen_as_a_grade_in_a_list_of_areas():
    got = judged(FIRE + "The service was seen as adequate in understanding fire and risk, preventing fire and risk "
                 "and future affordability.")
    assert got == {(concept("Understanding the risk of fire and other emergencies"), "Adequate"),
                   (concept("Preventing fire and other risks"), "Adequate"),
                   (concept("Future affordability"), "Adequate")}


HOME = "The Care Quality Commission inspected Larkspur Lodge, a care home in Harrogate.\n\n"


def test_areas_that_moved_down_or_changed_from_one_grade_to_another():
    got = judged(HOME + "The ratings for safe, caring and well-led have all moved down from good to inadequate.")
    assert got == {("Safe", "Inadequate"), ("Caring", "Inadequate"), ("Well-led", "Inadequate")}
    got = judged(HOME + "The home's ratings for being effective, responsive and well-led also changed from "
                 "outstanding to good.")
    assert got == {("Effective", "Good"), ("Responsive", "Good"), ("Well-led", "Good")}
    assert judged(HOME + "Its rating for caring went from good to outstanding.") == {("Caring", "Outstanding")}


def grades_of(text: str, date: str = "2025-12-01") -> dict[str, set[tuple[str, str]]]:
    """The judgements of each inspection, keyed by the inspected body's key."""
    x = extract(Document(id="t", path="t.txt", text=text, date=date))
    subject = {i.local_id: i.subject for i in x.inspections}
    out: dict[str, set[tuple[str, str]]] = {}
    for j in x.judgements:
        out.setdefault(subject[j.inspection], set()).add((concept(j.aspect), j.grade))
    return out


def test_a_round_up_of_bodies_each_with_its_grade_alone_on_its_line():
    text = ("Ofsted early years round-up\n\nThree nurseries in the county have had their reports published.\n\n"
            "## Tiddlers Day Nursery, Kettering — Good\nInspected in March. Staff know the children well.\n\n"
            "## Acorn Tree Nursery, Corby — Inadequate\nInspected in March. Ofsted has taken enforcement action.\n")
    overall = concept("Overall effectiveness")
    assert grades_of(text) == {"tiddlers-day-nursery": {(overall, "Good")},
                               "acorn-tree-nursery": {(overall, "Inadequate")}}
    # One line of several items parted by semicolons, each grade in brackets
    text = ("The Care Quality Commission has published reports on homes in the county.\n\n"
            "Rosewood Care Home, Market Harborough (good); Elm Lodge Nursing Home, Lutterworth (requires "
            "improvement).\n")
    assert grades_of(text) == {"rosewood-care-home": {(overall, "Good")},
                               "elm-lodge-nursing-home": {(overall, "Requires improvement")}}
    # A line with anything more than the body and its grade is none
    assert "rosewood-care-home" not in grades_of(
        "The Care Quality Commission has published reports on homes in the county.\n\n"
        "Rosewood Care Home, Market Harborough (good for being caring but not safe).\n")


def test_a_table_that_grades_each_area_in_the_last_and_the_new_inspection():
    text = ("HM Inspectorate of Prisons made an unannounced visit to HMP Castlegate in May 2024 and published its "
            "report in August 2024. The table gives the scores of the last inspection, in 2021, beside them.\n\n"
            "Healthy prison test\t2021\t2024\nSafety\tReasonably good\tPoor\nRespect\tGood\tReasonably good\n"
            "Preparation for release\tPoor\tPoor\n")
    got = by_inspection(text, "2024-08-20")
    assert got["2024"] == {("Safety", "Poor"), ("Respect", "Reasonably good"),
                           (concept("Rehabilitation and release planning"), "Poor")}
    assert got.get("2021", set()) <= {("Safety", "Reasonably good"), ("Respect", "Good"),
                                      (concept("Rehabilitation and release planning"), "Poor")}
    # Columns called previous and new, with bars
    text = ("The Care Quality Commission inspected Hollins Park Surgery in Wigan in June.\n\n"
            "| Key question | Previous rating | New rating |\n| Safe | Good | Requires improvement |\n"
            "| Caring | Good | Outstanding |\n")
    assert judged(text) == {("Safe", "Requires improvement"), ("Caring", "Outstanding")}


def test_scores_in_a_table_parted_by_tabs():
    text = ("The Care Quality Commission has assessed Brimshire County Council's adult social care. The CQC scores "
            "each quality statement from 1 to 4:\n\nAssessing needs\t2\nSafeguarding\t3\nPartnerships and communities\t2\n")
    got = judged(text)
    assert {(concept("Assessing needs"), "2"), (concept("Safeguarding"), "3"),
            (concept("Partnerships and communities"), "2")} <= got


def test_ratings_published_for_a_home_after_inspecting_it():
    text = ("Care Inspectorate Wales has published ratings for Bryn Celyn Residential Home in Porthcawl after "
            "inspecting it in March.\n\nWell-being: Good\nCare and support: Good\nEnvironment: Requires improvement\n")
    assert judged(text) == {(concept("Well-being"), "Good"), (concept("Care and support"), "Good"),
                            (concept("Environment"), "Requires improvement")}


def test_the_top_mark_handed_to_named_areas_is_their_grade():
    text = ("Ofsted inspected Harbury College in April and rated it good overall. It gave the highest possible "
            "mark for 'personal development', 'leadership and management' and 'adult learning programmes'.")
    got = judged(text)
    assert {(concept("Personal development"), "Outstanding"), (concept("Leadership and management"), "Outstanding"),
            (concept("Adult learning programmes"), "Outstanding")} <= got


def test_previously_one_grade_but_now_recategorised_as_another():
    text = ("The Care Quality Commission inspected Wendell Care Limited. The service had "
            "previously been rated as good but a report said it had now been re-categorised as requiring improvement.")
    assert judged(text) == {(concept("Overall effectiveness"), "Requires improvement")}


def test_review_a_top_mark_from_no_inspector_or_for_no_named_area_is_no_grade():
    home = "Willowdene Care Home in Otley was inspected by the Care Quality Commission in April.\n\n"
    assert judged(home + "Relatives who took part in a survey gave it the highest possible mark for being caring "
                         "and responsive.") == set()
    assert judged(home + "Environmental health officers gave it the top rating for food hygiene last year.") == set()
    assert judged(home + "Inspectors gave it the lowest possible rating in two of the five areas they looked at.") \
        == set()


def test_review_previously_in_another_clause_keeps_todays_grade():
    for text in ("The home, which had previously been run by the council, was rated good, but its owners have now "
                 "gone into administration.",
                 "The nursery, which previously operated from a church hall, was rated outstanding, but it has now "
                 "moved to a new building."):
        got = judged("Ofsted and the CQC published reports on Brayfield House in Leeds.\n\n" + text)
        assert {g for _, g in got} & {"Good", "Outstanding"}, text


def test_review_a_round_up_item_has_its_own_town_and_a_lead_in_of_old_ratings_is_none():
    x = extract(Document(id="t", path="t.txt", text=(
        "Ofsted rates nursery good\n\nA nursery in Castleford has been rated good by Ofsted after its latest "
        "inspection in May.\nBrookfield Day Nursery, Castleford (good); Little Acorns Pre-School, Pontefract "
        "(requires improvement).\n"), date="2025-06-01"))
    assert {(i.subject, tuple(i.regions)) for i in x.inspections} == {
        ("brookfield-day-nursery", ("castleford",)), ("little-acorns-pre-school", ("pontefract",))}
    x = extract(Document(id="t", path="t.txt", text=(
        "Care home rated inadequate\n\nGreystones Care Home in Otley has been rated inadequate by the Care Quality "
        "Commission after an inspection in April.\nThe home is run by Horizon Care Ltd, whose other homes in the "
        "area are:\n- Elm Lodge, Ilkley (good)\n- The Beeches, Harrogate (outstanding)\n"), date="2025-06-01"))
    assert [i.subject for i in x.inspections] == ["greystones-care-home"]


def test_review_grid_columns_before_this_inspection_and_years_of_no_inspection():
    base = ("The Care Quality Commission inspected Greystones Care Home in Otley in April 2024 and rated it "
            "outstanding.\n\n")
    got = by_inspection(base + "| Key question | Before this inspection | This inspection |\n"
                               "| Safe | Requires improvement | Good |\n| Caring | Good | Outstanding |\n", "2024-06-01")
    assert {("Safe", "Good"), ("Caring", "Outstanding")} <= got["2024"]
    got = by_inspection(base + "| Key question | 2019 | 2022 |\n| Safe | Inadequate | Requires improvement |\n"
                               "| Well-led | Inadequate | Requires improvement |\n", "2024-06-01")
    assert ("Safe", "Requires improvement") not in got.get("2024", set())


def test_review_a_fact_box_of_numbers_is_no_score_list():
    text = ("The Care Inspectorate inspected Glenmorven House in Perth, which it scored on a six-point scale.\n\n"
            "Key facts\nRooms  4\nStaff on duty  9\n")
    assert all(a != "Rooms" for a, _ in judged(text))


def test_every_test_on_all_four_and_areas_after_with_a_count():
    text = ("HM Inspectorate of Prisons inspected HMYOI Castlegate in Kent. Outcomes for children were insufficiently "
            "good on all four healthy prison tests.")
    assert len({a for a, g in judged(text) if g == "Not sufficiently good"}) == 4
    text = ("HM Inspectorate of Probation rated Tynedale Youth Justice Service good overall, with three areas rated "
            "outstanding: partnerships and services, court disposals and out-of-court disposals.")
    assert {(concept("Partnerships and services"), "Outstanding"), (concept("Court disposals"), "Outstanding"),
            (concept("Out-of-court disposals"), "Outstanding")} <= judged(text)


def test_so_have_the_ratings_for_areas_after_a_grade_that_moved():
    text = ("The Care Quality Commission inspected Lowmoor Ambulance Service NHS Trust. As well as the trust's overall "
            "rating changed from outstanding to good, so have the ratings for being effective, responsive and well-led.")
    assert {("Effective", "Good"), ("Responsive", "Good"), ("Well-led", "Good")} <= judged(text)
    # no grade moved in the clause before: nothing
    text = ("The Care Quality Commission inspected Lowmoor Ambulance Service NHS Trust. Staff shortages have grown, "
            "and so have the ratings for being responsive among patients.")
    assert ("Responsive", "Good") not in judged(text)


def test_the_care_inspectorates_key_questions_in_the_third_person():
    got = judged("The Care Inspectorate awarded Glenmorven House in Perth a grade of 3 (adequate) for how well it "
                 "supports people's wellbeing.")
    assert got == {(concept("How well do we support people's wellbeing?"), "Adequate")}


def test_core_services_moved_between_grades_as_the_verbs_object():
    """A mental health trust's core services, named by the CQC's own words and moved by a verb whose object
    they are ('downgraded its X and its Y from good to ...'), the sentence's stop inside the quote marks."""
    got = judged("The Care Quality Commission has rated Wendlow Partnership NHS Foundation Trust as requires "
                 "improvement.\n\nInspectors said its ratings for its acute wards for adults of working age and "
                 "psychiatric intensive care units, as well as its community-based mental health services, had "
                 "improved, from \"inadequate\" to \"requires improvement.\"\n\nHowever, the inspectors downgraded "
                 "its mental health crisis services and its community health services for adults from \"good\" to "
                 "\"requires improvement.\"", date="2024-03-01")
    assert {("Acute wards for adults of working age and psychiatric intensive care units", "Requires improvement"),
            ("Community-based mental health services for adults of working age", "Requires improvement"),
            ("Mental health crisis services and health-based places of safety", "Requires improvement"),
            ("Community health services for adults", "Requires improvement")} <= got
    # the areas are the verb's object only when nothing else is: "downgraded the trust from good to ..." grades
    # the trust, not an area
    plain = judged("The Care Quality Commission has inspected Wendlow Partnership NHS Foundation Trust.\n\n"
                   "Inspectors downgraded the trust from \"good\" to \"requires improvement.\"", date="2024-03-01")
    assert plain == {("Overall effectiveness", "Requires improvement")}


def test_the_highest_grade_in_a_counted_list_of_areas():
    """'was given the highest grade in two areas: A and B': the top of the inspection's own scale (a 2026
    report card: exceptional) for the areas listed after their count."""
    got = judged("Primary school is first in county to get top Ofsted grade\n\nHollins Green Primary School, in "
                 "Felpersham, was given the highest grade in two areas: inclusion and leadership and governance, in "
                 "its Ofsted report card.", date="2026-03-01")
    assert {("Inclusion", "Exceptional"), ("Leadership and governance", "Exceptional")} <= got


def test_an_area_then_where_its_performance_was_a_grade():
    got = judged(POLICE + "The force has made improvements since its last inspection, particularly in how and when it "
                 "records crime, where its performance was outstanding.", date="2024-03-12")
    assert {(concept("Recording data about crime"), "Outstanding")} <= got
    # not a place: "in Poole, where its performance was good" names no area
    assert not {g for a, g in judged(POLICE + "The force has improved in Poole, where its performance was good.",
                                     date="2024-03-12") if a != "Overall effectiveness"}


def test_an_area_that_kept_its_grade_and_areas_left_unnamed():
    """'The sixth form provision kept its 'good' ranking': the area is the clause's subject; 'with some services
    rated outstanding' names no area; a county before 'secondary school' is no school's name."""
    text = ("Borsetshire secondary school rated 'requires improvement' by Ofsted\n\nA Borsetshire secondary school "
            "has been rated 'requires improvement' by Ofsted.\n\nKelby Academy was inspected in October.\n\nThe "
            "sixth form provision kept its 'good' ranking, but all other areas were rated 'requires improvement'.")
    x = extract(Document(id="t", path="t.txt", text=text.replace("Borsetshire", "Northamptonshire"), date="2024-01-10"))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Kelby Academy"]
    assert ("Sixth-form provision", "Good") in {(concept(j.aspect), j.grade) for j in x.judgements}
    got = judged("Council's children's services rated good\n\nOfsted has inspected Milton Keynes City Council's "
                 "children's services.\n\nIn a report published today, it was rated as 'good' with some services "
                 "rated 'outstanding'.", date="2025-01-14")
    assert got == {("Overall effectiveness", "Good")}


def test_key_questions_in_a_bulleted_list_with_their_scores():
    """'•    How good is our setting? 6 - Excellent': a bullet and spaces, the key question, its score, then its
    word, one a line."""
    got = judged("Nursery praised\n\nThe Care Inspectorate has inspected Kelby Nursery in Fife.\n\nThe report is "
                 "rated from one to six:\n\n•    How good is our care, play and learning? 5 - Very Good\n•    How good "
                 "is our setting? 6 - Excellent\n•    How good is our leadership? 5 - Very Good\n", date="2023-06-01")
    assert got == {("How good is our care, play and learning?", "Very good"), ("How good is our setting?", "Excellent"),
                   ("How good is our leadership?", "Very good")}


def test_a_roundup_item_with_more_after_its_grade():
    """'X, Town: Requires Improvement Requires Improvement on all five measures, the same rating as the last
    inspection in 2019': the grade the item opens with is today's, its town the item's."""
    x = extract(Document(id="t", path="t.txt", text=(
        "New CQC ratings for Derbyshire care homes\n\nThe Care Quality Commission has released its latest ratings "
        "for care homes in Derbyshire.\n\nBrookview Nursing Home, Dronfield: Requires Improvement Requires "
        "Improvement on all five measures, the same overall rating as the last full inspection in 2019.\n\n"
        "Fernlea Care Home, Matlock: Good. The home was praised for its activities.\n"), date="2024-01-15"))
    now = sorted((x.orgs[i.subject].label, i.overall, [x.places[k].label for k in i.regions])
                 for i in x.inspections if not i.previous)
    assert now == [("Brookview Nursing Home", "Requires improvement", ["Dronfield"]),
                   ("Fernlea Care Home", "Good", ["Matlock"])]


def test_outcomes_in_a_healthy_prison_test_moved_in_a_with_clause():
    """'..., with outcomes for prisoners in safety falling from not sufficiently good in 2022 to poor': the test
    in the report's words, moved by a verb after 'with', today's grade the one it moved to."""
    got = judged("Prison conditions worse, say inspectors\n\nHM Inspectorate of Prisons has published its report on "
                 "HMP Kelby.\n\nConditions have deteriorated since the last inspection, with outcomes for prisoners in "
                 "safety falling from not sufficiently good in 2022 to poor.", date="2024-08-13")
    assert ("Safety", "Poor") in got and ("Safety", "Not sufficiently good") not in got


def test_a_councils_scores_for_quality_statements_in_one_sentence_and_its_themes_in_other_words():
    """'scored the top mark of 4 for A, 3 for B, and 2 for both C and D'; 'how it works with people and how it
    ensures safety both require improvement' (the CQC's themes as the press words them)."""
    text = ("Devon adult social care rated good\n\nDevon County Council has been rated good by the Care Quality "
            "Commission for its adult social care.\n\nThe council scored the top mark of 4 for partnerships and "
            "communities, 3 for assessing needs, and 2 for both equity in experience and outcomes and safeguarding.")
    got = judged(text, date="2025-01-10")
    assert {("Partnerships and communities", "4"), ("Assessing needs", "3"), ("Equity in experience and outcomes", "2"),
            ("Safeguarding", "2"), ("Overall effectiveness", "Good")} <= got
    assert not any(a.startswith("Devon") for a, _ in got)
    got = judged("Council's adult social care requires improvement\n\nThe Care Quality Commission found that Devon "
                 "County Council's leadership and the support it provides were good, but that how it works with "
                 "people and how it ensures safety both require improvement.", date="2025-01-10")
    assert {(concept("how it works with people"), "Requires improvement"), (concept("how it ensures safety"),
            "Requires improvement"), (concept("the support it provides"), "Good")} <= got


def test_a_grade_both_for_one_area_and_for_another():
    got = judged(FIRE + "The report graded the service inadequate at promoting the right values and culture, and "
                 "requires improvement both for promoting fairness and diversity and for managing performance and "
                 "developing leaders.", date="2024-11-04")
    assert got == {(concept("Promoting the right values and culture"), "Inadequate"),
                   (concept("Ensuring fairness and promoting diversity"), "Requires improvement"),
                   (concept("Managing performance and developing leaders"), "Requires improvement")}


def test_scored_one_out_of_four_for_several_statements():
    got = judged("Council rated inadequate for adult social care\n\nThe Care Quality Commission has rated Devon County "
                 "Council inadequate for adult social care.\n\nThe council scored 1 out of 4 for safeguarding, for "
                 "assessing needs and for governance, management and sustainability, and 2 for partnerships and "
                 "communities.", date="2025-03-26")
    assert {("Safeguarding", "1"), ("Assessing needs", "1"), ("Governance, management and sustainability", "1"),
            ("Partnerships and communities", "2")} <= got


def test_every_item_of_a_list_after_a_colon_shares_its_lead_verb():
    got = judged("Kestrel Fire and Rescue Service was inspected by HMICFRS in March 2024, which judged it as:\n\n"
                 "- Outstanding at preventing fires and other risks\n"
                 "- Good at responding to major and multi-agency incidents\n"
                 "- Adequate at making best use of resources\n")
    assert got == {("Preventing fire and other risks", "Outstanding"),
                   ("Responding to major and multi-agency incidents", "Good"),
                   ("Making best use of resources", "Adequate")}


def test_a_second_grade_after_a_handed_one_names_its_own_areas():
    got = judged("HMICFRS inspected Wexmoor Police. The force was the first to receive 'outstanding' in "
                 "building, supporting and protecting the workforce and 'adequate' ratings for responding to the "
                 "public and investigating crime.")
    assert got == {("Building, supporting and protecting the workforce", "Outstanding"),
                   ("Responding to the public", "Adequate"), ("Investigating crime", "Adequate")}


def test_the_prison_tests_named_as_tests_of():
    got = judged("HM Inspectorate of Prisons inspected HMP Corvale in May 2024. Inspectors found outcomes to be "
                 "poor in their tests of safety and respect, and good in purposeful activity.")
    assert got == {("Safety", "Poor"), ("Respect", "Poor"), ("Purposeful activity", "Good")}


def test_key_questions_as_how_they_are_in_terms_of():
    got = judged("The CQC inspected Marl House care home in Cleethorpes in May 2024 and found the home to be "
                 "requires improvement in terms of how effective and caring it is.")
    assert got == {("Effective", "Requires improvement"), ("Caring", "Requires improvement")}


def test_a_list_item_whose_lead_names_what_the_grade_after_the_dash_is_for():
    x = extract(Document(id="t", path="t.txt", date="2025-12-01", text=(
        "The CQC has published its report on Harrowgate Hospitals NHS Trust. The services have been rated as:\n\n"
        "  • Maternity at Saltmoor Hospital – the overall rating has improved from inadequate to good\n"
        "  • Surgery at Saltmoor Hospital – has been rated requires improvement overall\n"
        "  • Urgent and emergency care at Kilnby Hospital – this was not re-rated and remains rated as inadequate\n")))
    assert {(j.aspect, j.grade) for j in x.judgements} == {
        ("Maternity at Saltmoor Hospital", "Good"), ("Surgery at Saltmoor Hospital", "Requires improvement"),
        ("Urgent and emergency care at Kilnby Hospital", "Inadequate")}


def test_quoted_aspects_in_areas_of_each_count_whatever_their_ands():
    got = judged("Ofsted inspected Fennick children's home in January 2024. Fennick was rated Good in areas of "
                 "‘overall experiences and progress of children and young people’, ‘how well children and young "
                 "people are helped and protected’, and ‘effectiveness of leaders and managers’.")
    assert len(got) == 3 and {g for _, g in got} == {"Good"}


def test_a_list_of_areas_that_all_received_a_grade():
    got = judged("Ofsted inspected Fellbrook Sixth Form College in May 2024. Education quality, adult learning "
                 "programmes, and provision for learners with high needs all received a 'good' ranking.")
    assert got == {("Quality of education", "Good"), ("Adult learning programmes", "Good"),
                   ("Provision for learners with high needs", "Good")}


def test_a_grade_for_the_remaining_areas_counted_names_no_area_and_no_overall_grade():
    assert judged("HMICFRS rated Wexcombe Fire and Rescue Service as 'good' against six of its 11 criteria. "
                  "Against the remaining five, the Service received the new grade of 'adequate'.") == set()


def test_support_for_children_and_families_is_a_councils_service_not_cafcass_work():
    got = judged("Ofsted has inspected Rutland County Council's children's services.\n\nSupport for children and "
                 "families in Rutland have once again been found to be 'outstanding' in the latest Ofsted inspection report.")
    assert got == {("Overall effectiveness", "Outstanding")}


def test_an_aspect_in_longer_words_of_its_own_keeps_them():
    x = extract(Document(id="t", path="t.txt", date="2025-09-10", text=(
        "HMICFRS inspected Wexcombe Fire and Rescue Service in 2025. The service was graded adequate for making "
        "the fire and rescue service affordable now and in the future.")))
    assert [(j.aspect, j.grade) for j in x.judgements] == [
        ("Making the fire and rescue service affordable now and in the future", "Adequate")]
    assert concept(x.judgements[0].aspect) == "Future affordability"


def test_the_top_rating_won_for_listed_areas_and_another_grade_after_it():
    got = judged("The CQC inspected Harrowdene Hospice. In its report it won the top rating in four out of the five "
                 "inspection areas – for being effective, caring, responsive and well-led, and it was judged ‘Good’ "
                 "for being safe.")
    assert {(a, g) for a, g in got if a != "Overall effectiveness"} == {
        ("Effective", "Outstanding"), ("Caring", "Outstanding"), ("Responsive", "Outstanding"),
        ("Well-led", "Outstanding"), ("Safe", "Good")}


def test_the_lowest_score_on_a_count_of_areas_named_after_a_dash():
    got = judged("HMICFRS inspected Wexcombe Fire and Rescue Service. The report graded the service on 11 criteria. "
                 "Out of the 11, the service scored the lowest on three - understanding fire and risk, preventing "
                 "fire and risk, and promoting values and culture.")
    assert got >= {("Understanding the risk of fire and other emergencies", "Inadequate"),
                   ("Preventing fire and other risks", "Inadequate"), ("Promoting the right values and culture", "Inadequate")}


def test_a_rating_by_the_inspectorate_for_an_area():
    got = judged("HM Inspectorate of Prisons inspected HMP Lewes. HMP Lewes received a 'poor' rating by HMI Prisons "
                 "for safety.")
    assert got == {("Safety", "Poor")}


def test_a_numbered_list_of_scores():
    got = judged("The Care Quality Commission has assessed Wexcombe Council's adult social care. Each area was "
                 "scored out of four. The scores are:\n\n1. assessing people’s needs: 2\n\n2. safeguarding: 3\n\n"
                 "3. partnership and communities: 3")
    assert {("Assessing people’s needs", "2"), ("Safeguarding", "3"), ("Partnerships and communities", "3")} <= \
        {(a, g) for a, g in got}


def test_a_short_form_of_a_childrens_home_area_and_victim_work_of_a_probation_region():
    assert ("How well children and young people are helped and protected", "Outstanding") in judged(
        "Ofsted rated Larchway Fostering outstanding. The agency also achieved outstanding in how well children are "
        "protected.")
    assert ("Statutory victim work", "Outstanding") in judged(
        "HM Inspectorate of Probation rated the North West’s probation services as requires improvement. The "
        "quality of work with victims was considered “outstanding”.")


def test_a_scales_grades_listed_grade_nothing():
    assert judged("HMICFRS inspected Wexcombe Police. Police and Fire Services are graded as outstanding, good, "
                  "adequate, requires improvement, and inadequate.") == set()


def test_an_area_moved_between_quoted_grades():
    assert ("Well-led", "Good") in judged("The CQC inspected Barset Hospitals NHS Trust. “Well-led” progressed from "
                                          "“Inadequate” to “Good.”")


def test_areas_graded_along_with_another_before_the_grade():
    got = judged("Ofsted inspected Holmbury Academy. Inspectors found that several areas need work with ‘behaviour "
                 "and attitudes’ and ‘personal development’ both graded, along with the overall effectiveness of the "
                 "school, as ‘requires improvement’.")
    assert got == {("Behaviour and attitudes", "Requires improvement"), ("Personal development", "Requires improvement"),
                   ("Overall effectiveness", "Requires improvement")}


def test_quoted_key_questions_one_after_another_stay_in_one_sentence():
    got = judged("Estyn inspected Llanfair Primary School. It is the first school in the county to be rated as "
                 "‘Excellent’ in all five key judgements: current performance, prospects for improvement and in "
                 "response to the three key questions: ‘How good are outcomes?’ ‘How good is provision?’ and ‘How good "
                 "are leadership and management?’", date="2014-07-01")
    assert {a for a, g in got if g == "Excellent"} >= {"Current performance", "Prospects for improvement", "Outcomes",
                                                       "Provision", "Leadership and management"}


def test_a_grade_before_a_noun_of_praise_grades_nothing():
    got = judged("Ofsted inspected the Cafcass service area in 2010 and rated it satisfactory. Safeguarding was a "
                 "priority in the area with good practice in both public and private law.", date="2010-06-01")
    assert not [a for a, g in got if g == "Good"]


def test_a_cafcass_service_area_rated_on_its_leadership_and_handling_complaints():
    got = judged("Ofsted inspected the Cafcass service area in 2010. Ofsted rated the service as satisfactory on "
                 "leadership, handling complaints and in its capacity to improve.", date="2010-06-01")
    assert got >= {("Leadership", "Satisfactory"), ("Complaint handling", "Satisfactory"),
                   ("Capacity for improvement", "Satisfactory")}


def test_areas_a_provider_needs_to_improve_in_a_report_that_requires_improvement():
    text = ("Ofsted rated Barnford College as requires improvement overall. The inspection found that the college "
            "needed to improve its quality of education and behaviour and attitudes.")
    assert judged(text) >= {("Quality of education", "Requires improvement"),
                            ("Behaviour and attitudes", "Requires improvement")}
    # (a good college may need to improve something too)
    assert ("Quality of education", "Requires improvement") not in judged(text.replace("as requires improvement", "as good"))


def test_an_overall_grade_across_all_areas_for_being_each_key_question():
    got = judged(GP + "The surgery has now been awarded an overall rating of ‘good’ across all five areas for being "
                 "safe, effective, caring, responsive and well-led.")
    assert {a for a, g in got if g == "Good"} >= {"Safe", "Effective", "Caring", "Responsive", "Well-led"}


def test_ratings_for_a_list_of_key_questions_that_rose():
    got = judged("The Care Quality Commission has rated Hollins Hospice as outstanding. As well as the overall "
                 "rating improving, our ratings for caring, effective and well-led have also risen from good to "
                 "outstanding. It was again rated good for being safe.")
    assert got >= {("Caring", "Outstanding"), ("Effective", "Outstanding"), ("Well-led", "Outstanding"),
                   ("Safe", "Good")}


def test_a_further_area_after_as_well_as_and_a_verb_of_singling_out():
    got = judged("Ofsted has inspected Harwick Council's children's services. The experiences and progress of "
                 "children in care were judged as ‘good’, as well as a new category of judgement, the experiences "
                 "and progress of care leavers. Leaders were also singled out as ‘outstanding’ by inspectors.")
    assert {a for a, g in got if g == "Good"} >= {"The experiences and progress of children in care",
                                                   "The experiences and progress of care leavers"}


def test_an_undated_report_keeps_the_older_frameworks_name_for_an_area():
    got = judged("Ofsted rated Marlshire County Council as good for its services for children in need of help and "
                 "protection. Adoption was also singled out as ‘good’. Leadership, management and governance were "
                 "rated as ‘good’.", date="")
    assert got >= {("Adoption performance", "Good"), ("Leadership, management and governance", "Good")}


def test_a_table_flattened_one_cell_a_line_with_bars_and_numbered_areas():
    text = ("The Care Quality Commission has assessed Dunmere Council's adult social care.\n\n"
            "Theme |\nArea |\nScore |\nHow the local authority works with people |\n1. assessing needs |\n2 |\n"
            "2. supporting people to lead healthier lives |\n3 |\n|\nLeadership |\n"
            "8. governance, management and sustainability |\n1 |\n")
    got = judged(text)
    assert got >= {("Assessing needs", "2"), ("Supporting people to live healthier lives", "3"),
                   ("Governance, management and sustainability", "1")}


def test_care_inspectorate_areas_labelled_as_a_grade_and_the_same_verdict_given_to_another():
    got = judged(HOME_SCOT + "The Care Inspectorate judged the quality of support for residents' wellbeing at "
                 "Glenmorven House as ‘weak’ - and gave the same verdict to the home's leadership. The report "
                 "labelled the staff team, the home's setting, and the quality of its care and support planning, as "
                 "‘adequate’.", date="2024-11-01")
    assert {a for a, g in got if g == "Weak"} == {"How well do we support people's wellbeing?",
                                                   "How good is our leadership?"}
    assert {a for a, g in got if g == "Adequate"} == {"How good is our staff team?", "How good is our setting?",
                                                       "How well is our care and support planned?"}


def test_a_grade_named_as_a_step_of_the_scale_grades_nothing():
    got = judged("HMICFRS has published its inspection of Marlshire Fire and Rescue Service. For the category of "
                 "people a ‘requires improvement’ verdict was given; this is one down from ‘good’ and one above the "
                 "lowest rating of ‘inadequate’.")
    assert not [a for a, g in got if g in ("Inadequate", "Good")]


def test_a_rating_from_the_inspectorate_for_an_area_and_a_verdict_for_the_delivery_of_an_area():
    got = judged("Marlshire Fire and Rescue Service was given an ‘inadequate’ rating from HM Inspectorate of "
                 "Constabulary and Fire & Rescue Services (HMICFRS) for its response times to fires and emergencies.")
    assert got == {("Responding to fires and other emergencies", "Inadequate")}
    got = judged("HM Inspectorate of Probation inspected Dunmere Youth Justice Service. The chief inspector also gave "
                 "a verdict of ‘outstanding’ for the delivery of court disposals.")
    assert ("Court disposals", "Outstanding") in got


def test_areas_named_after_markers_relating_to():
    got = judged(GP + "While the surgery was rated ‘good’ in the ‘is the service caring?’ question, it was judged as "
                 "‘requires improvement’ in markers relating to safety, responsiveness and leadership.")
    assert {a for a, g in got if g == "Requires improvement"} == {"Safe", "Responsive", "Well-led"}


def test_the_inspectorate_as_the_giver_of_an_overall_grade_and_a_second_grade_sharing_its_verb():
    got = judged("HM Inspectorate of Probation inspected Dunmere Youth Justice Service. Her Majesty's Inspectorate of "
                 "Probation awarded an overall rating of ‘Good’, and the quality of its partnerships and services for "
                 "children ‘Outstanding’.")
    assert got >= {("Overall effectiveness", "Good"), ("Partnerships and services", "Outstanding")}


def test_every_category_including_a_list_and_a_list_ending_as_well_as():
    got = judged(NURSERY + "The nursery was rated ‘outstanding’ in every category including behaviour, quality of "
                 "education, personal development, and leadership.", date="2023-02-01")
    assert {a for a, g in got if g == "Outstanding"} >= {"Behaviour and attitudes", "Quality of education",
                                                          "Personal development", "Leadership and management"}
    got = judged("Ofsted inspected Harlow Fields Academy and rated the school as ‘good’ in sixth-form provision, "
                 "leadership and management and personal development as well as behaviour and attitudes.",
                 date="2022-05-01")
    assert {a for a, g in got if g == "Good"} >= {"Sixth-form provision", "Leadership and management",
                                                  "Personal development", "Behaviour and attitudes"}


def test_a_grade_nothing_was_given_and_whether_the_services_provided_were_caring():
    got = judged("The CQC rated Marlow Hospitals NHS Foundation Trust good. No service was rated as inadequate.")
    assert not [a for a, g in got if g == "Inadequate"]
    got = judged("The CQC inspected Marlow Healthcare NHS Trust. The trust is rated as good for whether the services "
                 "provided were caring.")
    assert ("Caring", "Good") in got


def test_quoted_areas_counted_before_their_grade_and_areas_such_as_quoted_names():
    got = judged("Ofsted inspected Marchester City Council's children's services. The inspection judged the three "
                 "categories ‘impact of leaders on social work practice with children and families’, ‘progress of "
                 "children who need help and protection’, and ‘experiences and progress of children in care’ all to be "
                 "outstanding.", date="2025-03-01")
    assert {a for a, g in got if g == "Outstanding"} >= {
        "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care"}
    got = judged(POLICE + "The report rates Dorset Police as adequate in areas such as ‘protecting vulnerable people’ and "
                 "‘preventing crime’. The inspection also rated the force as requires improvement in its ability to "
                 "‘respond to the public’ and ‘record data about crime’.", date="2023-03-17")
    assert {a for a, g in got if g == "Adequate"} == {"Protecting vulnerable people", "Preventing crime"}
    assert {a for a, g in got if g == "Requires improvement"} == {"Responding to the public", "Recording data about crime"}


def test_each_of_the_areas_which_include_a_list_of_a_councils_childrens_home():
    got = judged("Marchester City Council's children's home is branded inadequate.\n\nOfsted visited the home in "
                 "April. The home was rated ‘inadequate’ in each of the assessed areas which includes how well children "
                 "are protected and the effectiveness of leaders and managers.", date="2024-06-01")
    assert {a for a, g in got if g == "Inadequate"} >= {"How well children and young people are helped and protected",
                                                         "The effectiveness of leaders and managers"}


def test_the_top_rating_given_to_areas_and_the_bodys_overall_grade_over_the_headlines():
    got = judged("School is outstanding, say inspectors\n\nOverall Brookside School, in Eastwick, was given a Good "
                 "rating by Ofsted in a new report.\n\nInspectors gave the top rating to the school’s leadership, "
                 "behaviour of pupils and sixth form provision after their visit last month.", date="")
    assert ("Overall effectiveness", "Good") in got and ("Overall effectiveness", "Outstanding") not in got
    assert {a for a, g in got if g == "Outstanding"} == {"Leadership and management", "Behaviour and safety of pupils",
                                                         "Sixth-form provision"}


def test_a_gallerys_numbered_items_each_with_its_ratings():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "The care homes in Kettering that need to improve\n\nHere are the care homes in Kettering rated as requiring "
        "improvement by the Care Quality Commission.\n\n1 . Ashgrove Nursing Home Ratings: Safe - good, Effective - "
        "good, Caring - requires improvement, Responsive - good, Well-led - requires improvement\n\n2 . Millbrook "
        "Ratings: Safe - requires improvement, Effective - good, Caring - good, Responsive - good, Well-led - good")))
    homes = {x.orgs[i.subject].label: i for i in x.inspections}
    assert set(homes) == {"Ashgrove Nursing Home", "Millbrook"}
    assert all([x.places[p].label for p in i.regions] == ["Kettering"] for i in homes.values())
    graded = {(x.orgs[i.subject].label, j.aspect, j.grade) for i in x.inspections for j in x.judgements
              if j.inspection == i.local_id}
    assert ("Millbrook", "Safe", "Requires improvement") in graded and ("Ashgrove Nursing Home", "Safe", "Good") in graded
    assert len(graded) == 10


def test_care_inspectorate_questions_in_quote_marks_with_the_grades_number():
    got = judged(HOME_SCOT + "In the category ‘how good is our setting?’ it was rated as very good or 5.\n\nThree "
                 "categories were rated as good or 4, including ‘how well do we support people’s wellbeing?’ and ‘how "
                 "well is our care and support planned?’.\n\n‘How good is our staff team?’ was rated as adequate or 3.",
                 date="2024-09-01")
    assert got == {("How good is our setting?", "Very good"), ("How well do we support people's wellbeing?", "Good"),
                   ("How well is our care and support planned?", "Good"), ("How good is our staff team?", "Adequate")}


def test_where_the_grade_stands_between_commas_and_however_inside_a_clause():
    got = judged("Ofsted inspected Harlow Vale College. Inspectors graded the college as requiring improvement, the "
                 "second lowest above inadequate, in areas of leadership and management and behaviour and attitudes. A "
                 "good rating was however given to the other two areas- the quality of education and personal "
                 "development.", date="2024-03-01")
    assert {a for a, g in got if g == "Requires improvement"} == {"Leadership and management", "Behaviour and attitudes"}
    assert {a for a, g in got if g == "Good"} == {"Quality of education", "Personal development"}


def test_a_childrens_trusts_areas_written_in_the_press_words():
    got = judged("Ofsted inspected Marchester Children's Services Trust in 2015.\n\nIn its first inspection, Ofsted "
                 "branded the trust inadequate for the services it provides to children who need ‘help and "
                 "protection’.\n\nThe trust was also rated as requiring improvement in three out of five inspected "
                 "areas – children being looked after and achieving permanence, the experiences of care leavers and the "
                 "trust’s leadership management and governance.", date="2015-11-27")
    assert ("Children who need help and protection", "Inadequate") in got
    assert {a for a, g in got if g == "Requires improvement"} == {
        "Children looked after and achieving permanence", "Experiences and progress of care leavers",
        "Leadership, management and governance"}


def test_a_forces_work_to_do_things_and_an_estyn_council_reports_areas_for_learners():
    got = judged("HMIC inspected Dunmere Police in 2016. However, its work to prevent crime, tackle anti-social "
                 "behaviour and keep people safe was deemed to ‘Require improvement’.", date="2017-03-01")
    assert got == {("Preventing crime and tackling anti-social behaviour", "Requires improvement")}
    got = judged("Estyn inspected the education services of Glanmor County Council.\n\nThe main findings of the "
                 "report are that outcomes for learners, provision for learners and leadership and management by the "
                 "County Council are all good.", date="2012-07-01")
    assert {a for a, g in got if g == "Good"} >= {"Outcomes", "Provision", "Leadership and management"}


def test_report_card_areas_in_the_press_words_and_this_top_tier_rating():
    got = judged("Ofsted inspected Goldmere Primary Academy in Walsall in January 2026.\n\nThe school was awarded the "
                 "'exceptional' grade. The academy achieved this top-tier rating in three domains: inclusion; leadership "
                 "and governance; and personal development alongside wellbeing.\n\nThe school received the "
                 "second-highest grade of 'strong standard' in several key areas. These included pupil achievement; "
                 "attendance and behaviour; and curriculum and teaching quality.", date="2026-02-01")
    assert {a for a, g in got if g == "Exceptional"} >= {"Inclusion", "Leadership and governance",
                                                          "Personal development and wellbeing"}
    assert {a for a, g in got if g == "Strong standard"} == {"Achievement", "Attendance and behaviour",
                                                             "Curriculum and teaching"}


def test_a_count_of_areas_including_how_the_force_did_things():
    got = judged(POLICE + "Inspectors found the force was adequate in four areas but required improvement in six, "
                 "including how the force protected vulnerable people and managed offenders.", date="2019-06-01")
    got = sorted(a for a, g in got if g == "Requires improvement")
    assert len(got) == 2 and got[0] == "Managing offenders" and got[1].startswith("Protecting vulnerable people")


def test_areas_in_the_plural_a_semicolon_list_and_two_grades_each_with_its_own_verb():
    got = judged("Ofsted visited Hollins Rise, a children's home in Stockport, in May 2024.\n\nIt was rated inadequate "
                 "in all three categories: overall experiences and progresses of children and young people; how well "
                 "children and young people are helped and protected; and the effectiveness of leaders and managers.",
                 date="2024-07-01")
    assert {a for a, g in got if g == "Inadequate"} >= {
        "Overall experiences and progress of children and young people",
        "How well children and young people are helped and protected", "The effectiveness of leaders and managers"}
    got = judged("Ofsted has rated Dunmore College inadequate.\n\nThe report issued 'inadequate' judgements for "
                 "behaviours and attitudes and leadership and management, gave 'requires improvement' ratings for the "
                 "quality of education, and judged apprenticeships as 'good'.", date="2024-05-01")
    assert {a for a, g in got if g == "Inadequate"} >= {"Behaviour and attitudes", "Leadership and management"}
    assert ("Quality of education", "Requires improvement") in got


def test_the_latest_inspection_is_no_area_and_a_councils_own_service_is_graded_whole():
    got = judged("Ofsted has rated Redmarsh Borough Council as good in its latest inspection.", date="2024-05-01")
    assert got == {("Overall effectiveness", "Good")}
    got = judged("A council's home support service has been rated as 'outstanding' by the Care Quality Commission.\n\n"
                 "Inspectors praised the service, which is run by Redmarsh Borough Council.", date="2024-05-01")
    assert got == {("Overall effectiveness", "Outstanding")}


def test_a_youth_justice_services_governance_and_an_adult_probation_regions_leadership():
    got = judged("HM Inspectorate of Probation has rated Fenwick Youth Justice Service as 'Good'. It achieved "
                 "'Outstanding' ratings in the areas of governance, and implementation and delivery.", date="2024-05-01")
    assert {a for a, g in got if g == "Outstanding"} == {"Governance and leadership", "Implementation and delivery"}
    got = judged("HM Inspectorate of Probation rated the leadership of the Probation Service's North West region as "
                 "requires improvement.", date="2024-05-01")
    assert ("Leadership", "Requires improvement") in got


def test_an_area_named_inside_a_noun_after_a_is_no_graded_area():
    got = judged("The Care Quality Commission inspected Kendal and Penrith Hospitals NHS Trust in May 2024.\n\n"
                 "A hospital trust at the centre of a maternity care scandal has been rated 'inadequate'.",
                 date="2024-07-01")
    assert got == {("Overall effectiveness", "Inadequate")}


def test_list_lines_with_the_change_since_last_time_in_brackets():
    got = judged("The Care Quality Commission has published its report on Fenwold Mental Health NHS Trust.\n\n"
                 "The current ratings for the whole trust are:\n\n  • Safe: requires improvement (no change)\n"
                 "  • Caring: good (no change)\n  • Well-led: good (up one rating)\n", date="2022-01-10")
    assert got == {("Safe", "Requires improvement"), ("Caring", "Good"), ("Well-led", "Good")}


def test_areas_joined_by_plus_and_a_list_between_dashes_and_post_16_provision():
    got = judged("Ofsted inspected Brookvale Playgroup in Stroud in July 2024.\n\nIn the most recent inspection, all "
                 "categories (quality of education, behaviour and attitudes, personal development plus leadership and "
                 "management) were rated as inadequate.", date="2024-08-01")
    assert {a for a, g in got if g == "Inadequate"} >= {"Quality of education", "Behaviour and attitudes",
                                                         "Personal development", "Leadership and management"}
    got = judged("Ofsted inspected Ashcombe Academy Fairfield in the autumn of 2025.\n\nInspectors awarded the "
                 "exceptional grade in inclusion and post-16 provision. The remaining areas – teaching and curriculum, "
                 "and achievement – were evaluated as 'Strong standard'.", date="2026-01-10")
    assert {concept(a) for a, g in got if g == "Exceptional"} == {"Inclusion", "Sixth form in school"}
    assert {a for a, g in got if g == "Strong standard"} == {"Curriculum and teaching", "Achievement"}


def test_a_score_for_all_other_areas_grades_the_areas_the_text_listed():
    got = judged("The Care Quality Commission has assessed Wendlebury County Council's adult social care services.\n\n"
                 "The CQC looked at the following nine areas: 'assessing needs', 'supporting people to lead healthier "
                 "lives', 'equity in experience and outcomes', 'care provision, integration and continuity', "
                 "'partnership and communities', 'safe pathways, systems and transitions', 'safeguarding', 'governance, "
                 "management and sustainability', and 'learning, improvement and innovation'.\n\nThe council received "
                 "the highest rating of 4 for 'safeguarding', and a score of 3 for all other areas.", date="2025-03-01")
    assert ("Safeguarding", "4") in got and ("Safeguarding", "3") not in got
    assert {a for a, g in got if g == "3"} >= {"Assessing needs", "Equity in experience and outcomes",
                                              "Learning, improvement and innovation"}


def test_an_inspectorate_rated_the_body_by_its_kind():
    assert judged("Brookfield Primary School in Leeds is celebrating after Ofsted rated the school good.",
                  date="2024-05-01") == {("Overall effectiveness", "Good")}
    assert judged("Mossley Hill Council is pleased. Ofsted rated the council outstanding in its latest inspection.",
                  date="2024-05-01") == {("Overall effectiveness", "Outstanding")}


def test_good_in_each_of_eleven_subcategories_named_in_a_list():
    got = judged("HM Inspectorate of Constabulary and Fire & Rescue Services inspected Cambridgeshire Fire and Rescue "
                 "Service.\n\nThe inspectorate found the service to be 'good' in each of 3 subcategories: Responding to "
                 "emergencies; Being financially fit; Having the right people with the right skills.", date="2022-07-27")
    assert {concept(a) for a, g in got if g == "Good"} == {
        "Responding to fires and other emergencies", "Future affordability", "Getting the right people with the right skills"}


def test_counted_categories_for_a_service_described_by_its_areas():
    got = judged("The Care Quality Commission inspected Elm Rectory Care Home in Albrighton in September 2019.\n\n"
                 "Elm Rectory was rated 'outstanding' in three categories, for a caring, well-led and responsive "
                 "service; and was rated 'good' in two categories, for having a safe and effective service.",
                 date="2019-11-27")
    assert {a for a, g in got if g == "Outstanding"} >= {"Caring", "Well-led", "Responsive"}
    assert {a for a, g in got if g == "Good"} == {"Safe", "Effective"}


def test_four_areas_graded_then_named_after_a_colon_with_commas_inside_items():
    got = judged("Education Scotland inspected Little Wrens Nursery in Cardross.\n\nEducation Scotland evaluated four "
                 "areas within the nursery as satisfactory: the leadership of change; learning, teaching, and "
                 "assessment; securing children's progress; and ensuring wellbeing, equality and inclusion.",
                 date="2019-06-01")
    assert {a for a, g in got if g == "Satisfactory"} == {
        "Leadership of change", "Learning, teaching and assessment", "Securing children's progress",
        "Ensuring wellbeing, equality and inclusion"}


def test_areas_each_named_with_the_quality_of_and_a_second_grade_after_and_the():
    got = judged("The Care Inspectorate inspected Little Wrens Nursery in Cardross in 2012.\n\nThe Care Inspectorate "
                 "graded the quality of staffing and the quality of management and leadership as 'adequate' and the "
                 "quality of environment as 'good'.", date="2012-06-01")
    assert {a for a, g in got if g == "Adequate"} == {"Quality of staffing", "Quality of management and leadership"}


def test_sub_numbered_judgement_lines_under_a_numbered_one():
    got = judged("Ofsted re-inspected Wexmouth Council's children's services in July 2018.\n\n"
                 "1. Children who need help and protection: Inadequate\n"
                 "2. Children looked after and achieving permanence: Requires improvement\n"
                 "   2.1 Adoption performance: Good\n"
                 "   2.2 Experiences and progress of care leavers: Requires improvement\n", date="2018-08-01")
    assert ("Adoption performance", "Good") in got
    assert any(a.lower().endswith("experiences and progress of care leavers") and g == "Requires improvement"
               for a, g in got)


def test_a_second_grade_handed_as_well_as_the_first_with_its_quote_mark_before_rating():
    got = judged("The Care Inspectorate inspected Ness Walk care home in Inverness.\n\nInspectors awarded an “excellent” "
                 "grading for their level of care and support as well as a “very good” rating for their management "
                 "and leadership.", date="2016-05-01")
    assert ("Quality of management and leadership", "Very good") in got or ("How good is our leadership?",
                                                                             "Very good") in got


def test_a_service_described_by_its_kind_is_graded_as_a_whole():
    got = judged("The supported living service has been rated outstanding by the Care Quality Commission. It is run by "
                 "Marlford Borough Council.", date="2024-05-01")
    assert got == {("Overall effectiveness", "Outstanding")}


COUNCIL = "Ofsted has published its inspection of children's services at Barsetshire County Council.\n\n"


def test_a_grade_for_each_of_the_counted_areas_named_after_a_dash_in_the_singular():
    got = judged(COUNCIL + "The inspection led to good ratings in each of the four main inspection areas – the "
                 "impact of leaders on social work practice; the experience and progress of children who need help "
                 "and protection; the experience and progress of children in care and care leavers; and overall "
                 "effectiveness.", "2020-03-02")
    assert {a for a, g in got if g == "Good"} >= {
        concept("The impact of leaders on social work practice with children and families"),
        concept("The experiences and progress of children who need help and protection"),
        concept("The experiences and progress of children in care and care leavers")}


def test_key_questions_listed_with_or_and_after_whether_they_were():
    home = "The Care Quality Commission has published its report on Lindenholme, a care home in Bexley.\n\n"
    got = judged(home + "The home was found inadequate in providing care which was safe, effective, caring, "
                 "responsive or well led.")
    assert got >= {(concept(a), "Inadequate") for a in ("Safe", "Effective", "Caring", "Responsive", "Well-led")}
    got = judged(home + "It was deemed to require improvement for effectiveness and inadequate for whether they were "
                 "safe and well led.")
    assert {(concept("Safe"), "Inadequate"), (concept("Well-led"), "Inadequate")} <= got


def test_a_rating_verb_after_did():
    home = "The Care Quality Commission has published its report on Marlow Vale Hospital NHS Trust.\n\n"
    got = judged(home + "The latest report, which follows a visit in July, did rate the trust as good for whether "
                 "its services were caring.")
    assert got == {(concept("Caring"), "Good")}


def test_counted_lines_of_a_forces_graded_areas():
    got = judged(POLICE + "They were graded on eight different areas.\n\n"
                 "Five \"Requires Improvement\" - preventing crime, investigating crime, treatment of the public, "
                 "managing offenders, developing a positive workplace\n\n"
                 "Three \"Inadequate\" - responding to the public, protecting vulnerable people, good use of "
                 "resources\n", "2022-07-06")
    assert {a for a, g in got if g == "Requires improvement"} == {concept(a) for a in (
        "Preventing crime", "Investigating crime", "Treatment of the public", "Managing offenders",
        "Developing a positive workplace")}
    assert {a for a, g in got if g == "Inadequate"} == {concept(a) for a in (
        "Responding to the public", "Protecting vulnerable people", "Good use of resources")}
    # a count that does not match the names is no such line
    assert not judged(POLICE + "Four \"Inadequate\" - responding to the public, protecting vulnerable people\n",
                      "2022-07-06")


def test_the_old_name_of_the_police_inspectorate_after_2017_grades_by_today_s_framework():
    got = judged("Her Majesty's Inspectorate of Constabulary has published its inspection of Dorset Police.\n\n"
                 "Two \"Inadequate\" - responding to the public, protecting vulnerable people\n", "2022-07-06")
    assert got == {(concept("Responding to the public"), "Inadequate"),
                   (concept("Protecting vulnerable people"), "Inadequate")}


def test_a_grade_in_so_many_fields_and_an_inspectorates_name_before_the_report():
    college = "Ofsted has published its inspection of Wexcombe College, a further education college.\n\n"
    got = judged(college + "The college received 'outstanding' in six of seven fields, including leadership, the "
                 "quality of teaching and apprenticeships following the inspection.", "2017-11-12")
    assert (concept("Apprenticeships"), "Outstanding") in got
    got = judged("Little Acorns Pre-School in Wexcombe was inspected by Ofsted.\n\nA pre-school where \"children "
                 "love to learn\" has been given its second \"outstanding\" Ofsted report in a row.", "2020-01-13")
    assert (concept("Overall effectiveness"), "Outstanding") in got


def test_inspectors_downgrade_its_ranking_to_a_grade():
    got = judged("Ofsted has published its inspection of Wexcombe Academy.\n\nA critical Ofsted report has seen "
                 "Wexcombe Academy placed in 'special measures' as inspectors downgrade its ranking to 'inadequate'.",
                 "2015-01-12")
    assert (concept("Overall effectiveness"), "Inadequate") in got


def test_an_inspection_that_found_an_outcome_grades_the_whole():
    got = judged("SEND services in Kent found to have widespread failings\n\nAn inspection of special educational "
                 "needs and disabilities (SEND) services in Kent has found \"widespread and/or systemic failings\".\n\n"
                 "Ofsted and the Care Quality Commission (CQC) carried out the joint inspection of the local area "
                 "partnership, made up of Kent County Council and NHS Kent and Medway Integrated Care Board, in "
                 "March.\n", "2024-05-01")
    assert {g for _, g in got} == {"Widespread and/or systemic failings"}


def test_a_forces_grade_at_the_full_words_of_a_peel_question():
    got = judged("HMIC has inspected Dorset Police.\n\nDorset Police has been branded 'inadequate' at protecting those "
                 "who are vulnerable from harm and supporting victims in a new report.", "2017-03-02")
    assert got == {(concept("Protecting vulnerable people and supporting victims"), "Inadequate")}


def test_a_grade_being_lifted_is_no_current_grade_and_government_inspectors_grade():
    x = by_inspection("Ofsted has published its inspection of children's services at Leicester City Council.\n\n"
                      "The most recent inspection was conducted in July, and has led to the 'inadequate' judgement "
                      "being lifted.", "2017-09-04")
    assert ("Overall effectiveness", "Inadequate") not in {j for js in x.values() for j in js}
    got = judged("Pupils cheer at results\n\nWexcombe School has been graded 'good' by government inspectors after "
                 "spending 20 months in special measures.\n\nThe head said Ofsted had seen the progress.", "2015-07-01")
    assert got == {(concept("Overall effectiveness"), "Good")}
    # a grade given by someone else is still no inspectorate's
    assert not judged("Ofsted inspected Wexcombe School in June.\n\nThe canteen was rated good by parents.", "2015-07-01")


def test_assessments_of_areas_name_the_areas():
    got = judged("HM Inspectorate of Prisons has inspected HMP Stoneleigh.\n\nAssessments of safety, respect and "
                 "rehabilitation and release planning remained 'not sufficiently good'.", "2020-08-01")
    assert got == {(concept(a), "Not sufficiently good") for a in ("Safety", "Respect",
                                                                   "Rehabilitation and release planning")}


def test_a_grade_aimed_at_is_not_given():
    assert judged(GP + "The surgery was rated good overall. There are still some areas where the practice needed "
                  "to make changes to achieve a “good” rating in the safe category, including ensuring all staff "
                  "had completed training.") == {("Overall effectiveness", "Good")}
    # "moved ... to be rated as inadequate in safe" is a grade given
    assert ("Safe", "Inadequate") in judged(GP + "The surgery was inspected against the safe domain and moved from "
                                            "requires improvement to be rated as inadequate in safe.")


def test_outstanding_practice_in_the_frameworks_areas_grades_them():
    assert judged(NURSERY.replace("Bramblewood Day Nursery", "Fairmead Primary School") + "The school was rated good "
                  "overall. Inspectors highlighted outstanding practice in behaviour and attitudes, personal "
                  "development, and early years provision.") == {
        ("Overall effectiveness", "Good"), ("Behaviour and attitudes", "Outstanding"),
        ("Personal development", "Outstanding"), ("Early years provision", "Outstanding")}
    # good practice in what is no area of the framework grades nothing
    assert judged(NURSERY.replace("Bramblewood Day Nursery", "Fairmead Primary School") + "The school was rated good "
                  "overall. Inspectors highlighted good practice in phonics and reading.") == {
        ("Overall effectiveness", "Good")}


def test_lines_that_open_with_a_grade_then_the_areas_that_got_it():
    assert judged(POLICE + "The inspectorate graded the force as:\n\n"
                  "  • Outstanding – in engaging with and treating the public with fairness and respect\n"
                  "  • Good – in use of resources, as well as supporting and protecting the workforce\n"
                  "  • Adequate – in preventing crime and anti-social behaviour (ASB) and protecting vulnerable people\n"
                  "  • Requiring improvement – in responding to the public, managing offenders and crime recording\n") \
        == {("Treatment of the public", "Outstanding"), ("Good use of resources", "Good"),
            ("Building, supporting and protecting the workforce", "Good"), ("Preventing crime", "Adequate"),
            ("Protecting vulnerable people", "Adequate"), ("Responding to the public", "Requires improvement"),
            ("Managing offenders", "Requires improvement"), ("Recording data about crime", "Requires improvement")}
    # a grade then words that name no area: no judgement from the line
    assert judged(POLICE + "Inspectors' verdict:\n\n  • Good – in most of what the force does for local people\n") == set()


def test_a_grade_in_both_or_all_of_the_areas_a_list_before_it_named():
    assert judged(GP + "The practice was inspected against two of the five key questions - safe and well-led - and "
                  "was rated as ‘inadequate’ in both.") == {("Safe", "Inadequate"), ("Well-led", "Inadequate")}
    assert judged(GP + "The practice was inspected in three areas (safe, effective and well-led) and was rated good "
                  "in all three.") == {("Safe", "Good"), ("Effective", "Good"), ("Well-led", "Good")}


def test_graded_by_inspectors_described_in_any_words_and_an_area_graded_in_a_which_clause():
    text = ("Ofsted has inspected Marlow Vale College in Thornbury.\n\nMarlow Vale College is now rated 'Good' by the "
            "educational inspectors, who visited in March.\n\nThe report judged the college 'good' in every category, "
            "except for provision for learners with high needs, which was marked as 'requires improvement'.")
    assert {("Overall effectiveness", "Good"), ("Provision for learners with high needs", "Requires improvement")} <= judged(text)
    assert ("Overall effectiveness", "Good") not in judged("Ofsted has inspected Marlow Vale College in Thornbury.\n\n"
                                                           "Marlow Vale College was rated 'good' by the council's own auditors.")


def test_the_head_of_an_of_phrase_is_the_area_and_a_bodys_prospects_found_wanting():
    text = ("Estyn has published its report on the education services of Wexcombe County Council, inspected in 2013."
            "\n\nInspectors found that the current performance of the council's education services is unsatisfactory, "
            "and they also found the local authority's prospects for improvement unsatisfactory.")
    assert judged(text, date="2013-05-01") == {("Current performance", "Unsatisfactory"),
                                               ("Prospects for improvement", "Unsatisfactory")}


def test_the_overall_judgement_under_the_name_its_framework_gives_it():
    text = ("HM Inspectorate of Probation has rated Wexcombe Youth Justice Service as 'outstanding' overall after "
            "an inspection in May.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2024-06-01"))
    assert {(j.aspect, j.grade) for j in x.judgements} == {("Overall", "Outstanding")}
    x = extract(Document(id="t", path="t.txt", text="Ofsted has rated Wexcombe Council's children's services "
                         "'good' overall.", date="2024-06-01"))
    assert {(j.aspect, j.grade) for j in x.judgements} == {("Overall effectiveness", "Good")}


def test_peel_areas_in_the_words_of_a_later_round_of_inspections():
    text = POLICE + ("The inspectorate rated the force as 'good' in preventing and deterring crime and antisocial "
                     "behaviour, while rating it 'adequate' in areas such as treating the public fairly, "
                     "supporting the workforce and force management.")
    got = judged(text, date="2024-09-01")
    assert {("Preventing crime", "Good"), ("Building, supporting and protecting the workforce", "Adequate"),
            ("Leadership and force management", "Adequate")} <= got
    assert not any(a == "Overall effectiveness" for a, _ in got)


def test_one_framework_names_every_area_of_one_inspection():
    text = ("Ofsted has rated Wexcombe Council's children's services 'good'.\n\nThe experiences of children who "
            "need help and protection, and of looked-after children, were both judged to be 'good'.")
    got = judged(text, date="")
    assert ("The experiences and progress of children who need help and protection", "Good") in got
    assert not any(a == "Services for looked after children" for a, _ in got)


def test_the_ratings_of_a_grade_were_for_a_list_and_an_area_reported_as_a_grade():
    text = ("Ofsted inspected Wakefield Council's children's services in May 2024.\n\nThe 'good' ratings were for the "
            "impact of leaders on social work practice with children and families; the experiences and progress of "
            "care leavers; and overall effectiveness.\n\nThe watchdog gave the council its second highest grade in "
            "most categories, with the progress of children in care reported as 'outstanding'.")
    got = judged(text, date="2024-07-01")
    assert {("The impact of leaders on social work practice with children and families", "Good"),
            ("The experiences and progress of care leavers", "Good"), ("Overall effectiveness", "Good"),
            ("The experiences and progress of children in care", "Outstanding")} <= got


def test_a_grade_overall_then_a_comma_list_of_key_questions_and_a_clause_after_a_comma():
    got = judged(GP + "The practice has been rated as inadequate overall, and for being safe, responsive, and "
                 "well-led.", date="2025-04-01")
    assert {("Overall effectiveness", "Inadequate"), ("Safe", "Inadequate"), ("Responsive", "Inadequate"),
            ("Well-led", "Inadequate")} <= got
    got = judged(GP + "As well as the practice's overall rating dropping, its ratings for safety and leadership also "
                 "dropped to inadequate.", date="")
    assert {("Safe", "Inadequate"), ("Well-led", "Inadequate")} <= got  # (the CQC's leadership is Well-led)


def test_a_lead_that_describes_the_school_and_a_pronoun_after_as():
    text = ("A Hove school was celebrating today (Friday 6 June) as it was rated good by Ofsted.\n\nThe Kingsway "
            "Community Academy had been rated inadequate just two years ago.")
    got = by_inspection(text, date="2025-06-06")
    assert ("Overall effectiveness", "Good") in got.get("2025", set()) | got.get("", set())
    assert ("Overall effectiveness", "Inadequate") not in got.get("2025", set()) | got.get("", set())


def test_found_to_be_a_grade_in_a_prison_report_and_how_a_force_records_crime_data():
    text = ("HM Chief Inspector of Prisons, Jane Roe, has reported on HMP Wexcombe in Kent.\n\nHMP Wexcombe was found "
            "to be not sufficiently good in all four healthy prison tests.")
    got = judged(text, date="2024-03-01")
    assert ("Safety", "Not sufficiently good") in got and ("Purposeful activity", "Not sufficiently good") in got
    got = judged(POLICE + "It was found to be 'good' for how it records crime data.", date="2024-03-01")
    assert got == {("Recording data about crime", "Good")}


def test_two_areas_joined_as_the_subject_that_kept_a_rating_and_a_care_inspectorate_list_after_a_dash():
    got = judged(GP + "The practice was rated good for effective and caring services but safety and "
                 "responsiveness retained the rating of requiring improvement.", date="2024-03-01")
    assert {("Safe", "Requires improvement"), ("Responsive", "Requires improvement")} <= got
    got = judged(HOME_SCOT + "The home was awarded grades of 4 (good) in all four areas inspected - support of "
                 "people's wellbeing; leadership; staff; and planning of care and support.", date="2024-03-01")
    assert {concept(a) for a, _ in got} >= {"How good is our leadership?", "How good is our staff team?",
                                           "How well is our care and support planned?"}


def test_a_hospitals_services_for_children_and_young_people_in_the_press_words():
    text = ("The CQC has published its report on Wexcombe Hospitals NHS Trust.\n\nThe ratings for medical care and "
            "children's and young people's services at Wexcombe General Hospital improved from 'requires improvement' "
            "to 'good'.")
    assert ("Services for children and young people", "Good") in judged(text, date="2022-05-01")


def test_one_quality_indicator_named_then_graded_as_the_services_and_joint_working_of_a_youth_service():
    text = ("The Care Inspectorate has inspected services for children at risk of harm run by the East Lothian "
            "Community Planning Partnership.\n\nThe report "
            "grades a single quality indicator, 'impact on children and young people'. It has graded the services in "
            "East Lothian as 'good'.")
    assert judged(text, date="2024-03-01") == {("Impact on children and young people", "Good")}
    text = ("HM Inspectorate of Probation has rated Wexcombe Youth Justice Service as 'good' overall, with "
            "'outstanding' ratings in the areas of governance, implementation and delivery, and joint working.")
    assert ("Joint working", "Outstanding") in judged(text, date="2019-03-01")


def test_given_an_outstanding_result():
    assert ("Overall effectiveness", "Outstanding") in judged(GP + "Fernlea Surgery was given an outstanding result "
                                                                   "after its latest inspection.", date="2024-06-01")


def test_a_report_published_saying_the_service_requires_improvement():
    got = judged(GP + "The CQC's report was published this week saying the practice 'requires improvement'.",
                 date="2024-06-01")
    assert ("Overall effectiveness", "Requires improvement") in got


def _x(text: str, date: str = ""):
    return extract(Document(id="t", path="t.txt", text=text, date=date))

def test_a_grade_in_all_categories_over_a_numbered_list_of_areas():
    text = ("Ofsted has rated Harwick Council's children's services as good.\n\nThe inspection reached three key "
            "judgements, of which Harwick achieved 'good' in all categories:\n\n1. The experience of children who "
            "need help\n\n2. The experience of children in care\n\n3. Leadership and governance\n")
    listed = [(j.aspect, j.grade) for j in _x(text).judgements if j.evidence.rule == "judgement.lead-list"]
    # (each item by its framework's name where it has one)
    assert listed == [("The experience of children who need help", "Good"),
                      ("The experiences and progress of children in care", "Good"),
                      ("The impact of leaders on social work practice with children and families", "Good")]


def test_for_all_of_these_areas_the_rating_was_after_the_areas_are_counted():
    text = ("Ashgrove Hospital in Derby holds on to 'Good' CQC rating\n\nInspectors look at five areas when they "
            "rate a hospital: whether it is safe; whether it is effective; whether it is caring; whether it is "
            "responsive; and whether it is well-led. For all of these areas, the rating was 'Good'.")
    got = {(j.aspect, j.grade) for j in _x(text).judgements}
    assert got == {("Overall", "Good"), ("Safe", "Good"), ("Effective", "Good"), ("Caring", "Good"),
                   ("Responsive", "Good"), ("Well-led", "Good")}


def test_providing_services_that_require_improvement_and_good_in_nearly_all_areas():
    text = ("In June 2021 the Trust was found by the CQC to be providing services that require improvement, but "
            "kept good ratings for effectiveness and the caring attitude of its staff.")
    got = {(j.aspect, j.grade) for j in _x("Barnwood NHS Trust\n\n" + text).judgements}
    assert got == {("Overall", "Requires improvement"), ("Effective", "Good"), ("Caring", "Good")}
    got = _x("Ofsted inspectors rated Harwick Academy in Luton 'good' in nearly all areas.").judgements
    assert [j.aspect for j in got if concept(j.aspect) == "Overall effectiveness"] == []


def test_a_home_named_like_a_street_by_its_grading_and_its_framework_overall():
    text = ("Inspectors have praised a Maple Group residential children's home.\n\nIn its latest inspection by "
            "Ofsted, Larch Close was given the highest grading possible and judged to be outstanding in all areas.")
    x = _x(text)
    assert [(i.subject, i.overall) for i in x.inspections] == [("larch-close", "Outstanding")]
    assert [(j.aspect, j.grade) for j in x.judgements] == [
        ("Overall experiences and progress of children and young people", "Outstanding")]


def test_skills_of_an_area_and_a_grade_in_one_named_after_a_hyphen():
    text = ("The Care Inspectorate inspected Rowan Court care home in Perth.\n\nInspectors awarded an excellent "
            "grading for their care and support as well as a very good rating for their management and leadership "
            "skills.")
    assert ("Quality of management and leadership", "Very good") in {(j.aspect, j.grade) for j in _x(text).judgements}
    text = ("An Estyn inspection of Ysgol Bryn Glas in Bala found it was \"unsatisfactory and needs urgent "
            "improvement\" in two areas - standards and leadership and management - and \"adequate and needs "
            "improvement\" in one - care, support and guidance.")
    got = {(j.aspect, j.grade) for j in _x(text, "2019-12-18").judgements}
    assert ("Care, support and guidance", "Adequate and needs improvement") in got


def test_grades_in_quotations_by_the_body_and_by_an_inspector():
    text = ("HMICFRS has published its PEEL report on Barset Police.\n\nChief Constable Ann Doyle said: \u201cIt is "
            "reassuring our crime recording was graded outstanding by the inspectorate.\u201d\n\nShe added: \u201cWe "
            "want to be outstanding in every area.\u201d")
    got = {(j.aspect, j.grade) for j in _x(text).judgements}
    assert got == {("Crime recording", "Outstanding")}
    text = ("HM Inspectorate of Prisons inspected HMP Eastfold in May.\n\n\u201cSafety outcomes were still not "
            "sufficiently good,\u201d said Tom Avery, HM Chief Inspector of Prisons.")
    assert [(j.aspect, j.grade) for j in _x(text).judgements] == [("Safety", "Not sufficiently good")]


def test_an_area_send_outcome_identified_by_a_report_takes_the_framework_s_name():
    text = ("Barsetshire County Council has apologised to families of children with SEND.\n\nAn inspection report by "
            "Ofsted and the Care Quality Commission identified \"widespread and / or systemic failings\".")
    assert [(j.aspect, j.grade) for j in _x(text).judgements] == [
        ("Overall outcome", "Widespread and/or systemic failings")]


def test_a_round_up_line_of_scores_after_ratings_and_a_rating_that_moves_in_the_base_form():
    text = ("The Care Inspectorate has published its latest reports.\n\nRowan Nursery, Perth\n\nRatings: Wellbeing – 2, "
            "Leadership – 3, Staff – 2, Setting – 4\n\nInspection date: May 9-13\n\nInspectors said the nursery was "
            "improving.\n\nBirch Nursery, Dundee\n\nRatings: Wellbeing – 5, Leadership – 5, Staff – 5, Setting – 4\n\n"
            "Inspection date: June 2\n\nInspectors praised the nursery.")
    x = _x(text)
    by = {}
    for j in x.judgements:
        by.setdefault(x.orgs[x.inspections[j.inspection].subject].label, []).append(j.grade)
    assert by == {"Rowan Nursery": ["2", "3", "2", "4"], "Birch Nursery": ["5", "5", "5", "4"]}
    text = ("The CQC inspected Barnwood Ambulance Service NHS Trust in August.\n\nThe inspection sees the trust's "
            "overall rating move from 'Good' to 'Requires Improvement'.")
    assert [(j.aspect, j.grade) for j in _x(text).judgements] == [("Overall", "Requires improvement")]


def test_the_constabulary_inspectorate_named_as_before_in_a_later_text_is_hmicfrs():
    x = _x("Barset Police is among the best at crime recording, according to the HMIC PEEL report published on "
           "5 December 2024.")
    assert [o.label for o in x.orgs.values() if o.kind == "inspectorate"] == ["HMICFRS"]
    assert "HM Inspectorate of Constabulary" in x.orgs["hmicfrs"].aliases
    x = _x("HMIC rated Barset Police good for efficiency in its 2015 PEEL report.", "2016-03-02")
    assert [o.label for o in x.orgs.values() if o.kind == "inspectorate"] == ["HM Inspectorate of Constabulary"]


def test_a_grade_alone_in_brackets_after_each_area_of_a_list():
    text = ("Fire service told to change its culture\n\nHM Inspectorate of Constabulary and Fire & Rescue Services "
            "(HMICFRS) graded Wexcombe Fire and Rescue Service in eleven areas, finding it wanting in four:\n"
            "Preventing fires and other risks (good)\nMaking best use of resources (requires improvement)\n"
            "Promoting the right values and culture (inadequate)\n")
    got = {(concept(j.aspect), j.grade) for j in _x(text, "2025-02-01").judgements}
    assert got == {("Preventing fire and other risks", "Good"), ("Making best use of resources", "Requires improvement"),
                   ("Promoting the right values and culture", "Inadequate")}


def test_counted_areas_between_dashes_the_last_two_parted_by_the_lists_and():
    text = ("Youth justice team praised\n\nHollinford Youth Justice Service has been rated 'Good' overall after an "
            "inspection by HM Inspectorate of Probation.\n\nThree areas – staff, planning and implementation and "
            "delivery of out-of-court disposals – were also rated as 'Outstanding'.\n")
    got = {(concept(j.aspect), j.grade) for j in _x(text, "2023-07-01").judgements}
    assert {("Staff", "Outstanding"), ("Planning", "Outstanding"),
            ("Implementation and delivery", "Outstanding")} <= got


def test_one_area_between_spaced_hyphens_after_counts_of_the_others():
    text = ("Children's services in Dunmore given a clean bill of health\n\nA joint inspection led by the Care "
            "Inspectorate looked at services across the Dunmore Community Planning Partnership and found that across "
            "nine quality indicators, four were "
            "very good, four were good and one - planning for individual children - was considered adequate.\n")
    got = {(j.aspect, j.grade) for j in _x(text, "2016-03-01").judgements}
    assert ("Planning for individual children", "Adequate") in got


def test_an_aside_in_brackets_after_the_area_a_grade_is_for():
    text = ("Force praised for its crime recording\n\nThe latest HMICFRS PEEL inspection graded Harcourt Police as "
            "'good' for crime data integrity (how accurately crime is recorded) meaning victims can be helped.\n")
    got = {(concept(j.aspect), j.grade) for j in _x(text, "2025-05-01").judgements}
    assert got == {("Recording data about crime", "Good")}


def test_the_same_grade_given_for_more_areas_in_the_next_sentence():
    text = ("Force praised for its crime recording\n\nThe latest HMICFRS PEEL inspection graded Harcourt Police as "
            "'good' for crime data integrity. The same grade was given for building, supporting and protecting its "
            "workforce.\n")
    got = {(concept(j.aspect), j.grade) for j in _x(text, "2025-05-01").judgements}
    assert ("Building, supporting and protecting the workforce", "Good") in got


def test_the_higher_grades_are_the_better_of_the_two_just_given():
    text = ("Fire service improving\n\nInspectors graded Wexcombe Fire and Rescue Service \"good\" or \"adequate\" in "
            "all eleven areas. Response was one of seven areas judged to be \"adequate\", compared to four which were "
            "\"good\".\n\nThe higher grades were for managing performance, promoting diversity and protecting the "
            "public through fire regulation.\n")
    got = {(concept(j.aspect), j.grade) for j in _x(text, "2023-05-01").judgements if j.evidence.rule == "judgement.same-grade"}
    assert got == {("Managing performance", "Good"), ("Promoting diversity", "Good"),
                   ("Protecting the public through fire regulation", "Good")}


def test_inadequate_overall_as_well_as_in_areas_and_an_unnamed_area_is_no_overall_grade():
    text = ("Probation unit rated inadequate\n\nThe Ashdown Probation Delivery Unit (PDU) has been inspected by HM "
            "Inspectorate of Probation.\n\nIt was rated 'inadequate' overall as well as in leadership and staffing.\n")
    got = {(concept(j.aspect), j.grade) for j in _x(text, "2023-05-01").judgements}
    assert got == {("Overall effectiveness", "Inadequate"), ("Leadership", "Inadequate"), ("Staff", "Inadequate")}
    text = ("Force praised\n\nHMICFRS rated Harcourt Police good in most areas. It also noted that the force is graded as "
            "outstanding in disrupting organised crime in a regional inspection.\n")
    assert ("Overall effectiveness", "Outstanding") not in {(concept(j.aspect), j.grade) for j in _x(text, "2022-05-01").judgements}


def test_a_rating_for_the_second_consecutive_time_is_the_overall_grade():
    text = ("Agency keeps its top rating\n\nOakleaf Fostering, an independent fostering agency, has been awarded an "
            "'Outstanding' rating by Ofsted for the second consecutive time.\n")
    assert [(concept(j.aspect), j.grade) for j in _x(text, "2024-08-01").judgements] == [
        ("Overall effectiveness", "Outstanding")]


def test_a_count_of_areas_told_as_how_the_council_does_them_keeps_its_nouns():
    got = judged("Children's services at Dunford County Council have been rated good by Ofsted.\n\nInspectors gave a good "
                 "rating in three of the four areas - how the council looks after children in care, children who need "
                 "help and protection, and care leavers.")
    good = {a for a, g in got if g == "Good"}
    assert {"The experiences and progress of care leavers",
            "The experiences and progress of children who need help and protection"} <= good
    assert not any(a.startswith("Caring") for a in good) and len(good - {"Overall effectiveness"}) == 3


def test_key_questions_as_the_questions_of_whether_it_is_and_the_overall_rating_besides():
    got = judged("Ashmere trust faces special measures\n\nThe Care Quality Commission judged Ashmere Health Care "
                 "Trust 'inadequate' on the questions of whether it is caring, safe and well led, its report says.")
    assert {("Caring", "Inadequate"), ("Safe", "Inadequate"), ("Well-led", "Inadequate")} <= got
    got = judged("Fernside Practice climbs to good\n\nThe Care Quality Commission has reported on Fernside Practice.\n\n"
                 "The CQC rated Fernside Practice 'good' in all five areas: safe, effective, caring, responsive and "
                 "well-led, in addition to the overall rating.")
    assert ("Overall effectiveness", "Good") in got and ("Well-led", "Good") in got


def test_a_count_with_its_areas_in_brackets_and_no_total():
    got = judged("The Care Quality Commission has assessed adult social care at Marsh Vale Council.\n\nOf nine areas, "
                 "the CQC rated Marsh Vale Council 'Outstanding' in two (Partnerships and communities and Learning, "
                 "improvement and innovation) and 'Good' in the remainder.")
    assert {("Partnerships and communities", "Outstanding"), ("Learning, improvement and innovation", "Outstanding")} <= got
    assert ("Partnerships and communities", "Good") not in got


def test_grades_for_areas_listed_after_a_verb_and_a_colon():
    got = judged("School judged excellent\n\nEducation Scotland inspectors visited Glenmoor Primary School.\n\nGlenmoor "
                 "earned: very good for leadership of change; excellent for learning, teaching and assessment; and "
                 "very good for raising attainment and achievement.", "2019-05-01")
    assert {("Leadership of change", "Very good"), ("Learning, teaching and assessment", "Excellent"),
            ("Raising attainment and achievement", "Very good")} <= got


def test_a_grade_alone_on_a_line_over_dashed_areas():
    got = judged("Marshire fire service graded\n\nHMICFRS has inspected Marshire Fire and Rescue Service and graded "
                 "each of its areas.\n\nHere is how the inspectorate graded them.\n\nGood\n\n\u2013 Understanding the fires and other risks\n\n"
                 "Adequate\n\n\u2013 Preventing fires and other risks\n\n\u2013 Responding to fires and other "
                 "emergencies\n\nInadequate\n\n\u2013 Making best use of resources\n\nThe chief fire officer said "
                 "the service would act.")
    assert got >= {(concept(a), g) for a, g in [
        ("Understanding the fires and other risks", "Good"), ("Preventing fires and other risks", "Adequate"),
        ("Responding to fires and other emergencies", "Adequate"), ("Making best use of resources", "Inadequate")]}


def test_a_probation_unit_by_its_kind_in_the_lead_is_the_body_rated():
    got = judged("Marshire probation inspection\n\nA probation unit was rated \"inadequate\" by inspectors who said "
                 "supervision of people on licence was too weak.\n\nHis Majesty's Inspectorate of Probation looked at "
                 "the work of Marshire Probation Delivery Unit (PDU) in the spring.", "2025-06-01")
    assert ("Overall effectiveness", "Inadequate") in got


def test_a_childrens_homes_headline_judgement_in_the_writers_words_is_the_one_overall():
    x = extract(Document(id="t", path="t.txt", date="2025-06-01", text=(
        "Children's home rated outstanding\n\nOfsted has judged the overall experience of children at Woodlark House, "
        "a home run by Bright Futures Group, to be \"outstanding\".")))
    assert [(j.aspect, j.grade) for j in x.judgements] == [
        ("Overall experiences and progress of children and young people", "Outstanding")]


def test_areas_assessed_that_stayed_at_a_grade():
    text = ("HMP Gallowmere, a prison near Hull, was inspected by HM Inspectorate of Prisons in March 2024.\n\n"
            "In 2024, assessments of safety, respect and purposeful activity had remained at reasonably good, though "
            "resettlement work had slipped to poor.")
    assert judged(text) == {("Safety", "Reasonably good"), ("Respect", "Reasonably good"),
                            ("Purposeful activity", "Reasonably good"), ("Resettlement", "Poor")}
    assert ("Safety", "Reasonably good") in judged(text.replace("had remained at", "stayed at"))


def test_northern_ireland_school_inspections_and_their_areas():
    text = ("The Education and Training Inspectorate has rated Drumlane Girls\u2019 PS as outstanding.\n\n"
            "The quality of teaching and learning, as well as the levels of achievement and standards across the "
            "school, also received the highest possible grade of \u2018Outstanding\u2019.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2020-01-20"))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Drumlane Girls\u2019 PS"]
    got = {(concept(j.aspect), j.grade) for j in x.judgements}
    # (no "Education" graded from the inspectorate's own name)
    assert got == {("Overall effectiveness", "Outstanding"), ("Quality of teaching and learning", "Outstanding"),
                   ("Outcomes for learners", "Outstanding")}


def test_a_grade_of_an_area_written_after_with():
    text = ("Ofsted has inspected the Tarnmoor Adoption Agency, a voluntary adoption agency.\n\n"
            "The agency was rated as 'good' with 'outstanding' leadership and management by Ofsted.")
    assert ("The effectiveness of leaders and managers", "Outstanding") in judged(text)
    assert judged(text.replace("leadership and management", "features")) == {("Overall experiences and progress of "
                                                                              "children and young people", "Good")}


def test_a_grade_measured_from_an_earlier_inspection_named_by_its_year_is_todays():
    text = ("Ofsted has judged the children's services of Marlcombe County Council as good in its latest inspection.\n\n"
            "Cllr Ada Penn said: \u201cI am delighted that our services have been judged Good by Ofsted, a marked "
            "improvement since the 2022 inspection.\u201d\n\nServices showed improvement since the last full "
            "inspection when they were judged to require improvement in 2022.")
    assert by_inspection(text).get("", set()) == {("Overall effectiveness", "Good")}
    assert ("Overall effectiveness", "Good") not in by_inspection(text).get("2022", set())


def test_a_grade_any_body_could_be_given_is_no_judgement():
    text = ("Ofsted has inspected Marlow Vale Academy in Dudley.\n\nUnder the new report cards the very best schools "
            "can now be rated 'exceptional' in all areas.\n\nMarlow Vale Academy was graded 'strong standard' in "
            "two areas.")
    assert ("Overall effectiveness", "Exceptional") not in judged(text)


def test_a_welsh_nurserys_joint_inspection_rates_six_themes():
    text = ("Bramble Day Care in Pontypool had a joint inspection from Care Inspectorate Wales (CIW) and Estyn in "
            "March.\n\nThe day nursery was rated excellent in the six areas assessed which are: Wellbeing, Learning, "
            "Care and Development, Teaching and Assessment, Environment, Leadership and Management.\n\nIt was also "
            "named in the Top Twenty Nurseries in Wales by a parents' website.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2024-05-01"))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Bramble Day Care"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {
        (a, "Excellent") for a in ("Well-being", "Learning", "Care and development", "Teaching and assessment",
                                   "Environment", "Leadership and management")}


def test_a_score_out_of_six_for_each_key_question():
    text = ("A Dundee care home has received top marks after an inspection by the Care Inspectorate.\n\nAshgrove "
            "House achieved 5 out of 6 in each section, including residents\u2019 wellbeing, leadership, staff and "
            "planning of care.")
    assert {g for _, g in judged(text, date="2024-07-01")} == {"5"}
    assert len(judged(text, date="2024-07-01")) == 4


def test_police_grades_of_the_years_before_peel():
    text = ("Marshire Police has been graded by HM Inspectorate of Constabulary (HMIC).\n\nIn the report by Her "
            "Majesty\u2019s Inspector of Constabulary (HMIC), the force is graded \u201cpoor\u201d at protecting "
            "vulnerable people, and its efficiency is \u201cexcellent\u201d.")
    x = extract(Document(id="t", path="t.txt", text=text, date=""))
    assert [tuple(i.inspectors) for i in x.inspections] == [("hmic",)]
    assert {(j.aspect, j.grade) for j in x.judgements} >= {("Efficiency", "Excellent")}
    assert any(j.grade == "Poor" for j in x.judgements)


def test_a_councils_childrens_services_as_a_whole_have_the_overall_grade():
    for text in ("Council children's services rated inadequate\n\nOfsted has judged Marlcombe Council's children's "
                 "services inadequate.",
                 "MARLCOMBE'S Children Services has been rated \u2018good\u2019 by OFSTED.",
                 "Inspectors from Ofsted have rated Dudley's services for children and young people as Outstanding."):
        got = judged(text)
        assert got and {a for a, _ in got} == {"Overall effectiveness"}, text


def test_a_gallerys_items_each_named_on_a_line_with_their_grades_under_it():
    text = ("These care homes near Carlisle were told to improve by the CQC this year\n\nThe CQC rates each care home "
            "on safety, effectiveness, care, responsiveness and leadership.\n\n1. Brookside Court Care Home\n\n"
            "Requires improvement in: safety and leadership. Rated 'good' for effectiveness and responsiveness. Latest "
            "report published 02-Mar-2021\n\nPhoto: stock\n\n2. Fellview Lodge\n\nRequires improvement in: safety, "
            "effectiveness and leadership. Latest report published 14-Jun-2021\n")
    x = extract(Document(id="t", path="t.txt", text=text, date="2021-09-01"))
    got = {(x.orgs[i.subject].label, j.aspect, j.grade) for i in x.inspections for j in x.judgements
           if j.inspection == i.local_id}
    assert got == {("Brookside Court Care Home", "Safe", "Requires improvement"),
                   ("Brookside Court Care Home", "Well-led", "Requires improvement"),
                   ("Brookside Court Care Home", "Effective", "Good"),
                   ("Brookside Court Care Home", "Responsive", "Good"),
                   ("Fellview Lodge", "Safe", "Requires improvement"),
                   ("Fellview Lodge", "Effective", "Requires improvement"),
                   ("Fellview Lodge", "Well-led", "Requires improvement")}


def test_a_day_month_and_year_joined_by_hyphens():
    from kg.dates import find_dates

    assert [(d.kind, d.value) for d in find_dates("Latest report published 02-Mar-2021", "")] == [("dmy", "2021-03-02")]


def test_each_area_the_sentence_before_names_has_the_grade_each_was_given():
    text = ("Ofsted has inspected Westmoor Council's children's services.\n\nInspectors graded the council on help "
            "and protection, children in care, and care leavers.\n\nEach was rated as outstanding.")
    got = judged(text)
    assert {a for a, _ in got} >= {"The experiences and progress of children who need help and protection",
                                   "The experiences and progress of children in care",
                                   "The experiences and progress of care leavers"}
    assert {g for _, g in got} == {"Outstanding"}


def test_a_council_run_childrens_home_is_graded_on_the_homes_framework():
    got = judged("A council-run children's home has been rated inadequate by Ofsted.\n\nThe home, owned and managed "
                 "by Harrowfield Council, cannot be named.\n\nIt was rated 'inadequate' across all three categories "
                 "including the overall experiences and progress of children and young people, how well children are "
                 "helped and protected, and the effectiveness of leaders and managers.")
    assert got == {(concept("Overall experiences and progress of children and young people"), "Inadequate"),
                   (concept("How well children and young people are helped and protected"), "Inadequate"),
                   (concept("The effectiveness of leaders and managers"), "Inadequate")}


def test_a_grade_missed_is_not_given():
    text = ("Trust rated requires improvement\n\nThe CQC has rated Fenbridge Hospitals NHS Trust as requires "
            "improvement.\n\nChief executive Ann Bell said the trust had missed out on an overall good rating \"by a "
            "whisker\", and fell just short of 'good' for safety.")
    assert judged(text) == {("Overall effectiveness", "Requires improvement")}


def test_ratings_for_a_list_with_an_item_in_the_writers_words():
    text = ("A CARE home in Oban has been told to improve by the Care Inspectorate.\n\nA recent visit by watchdogs to "
            "Birchwood Lodge Care Home in Station Road saw the home receive 'weak' ratings for their care and support, "
            "staffing competencies and leadership.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2019-06-01"))
    assert [(x.orgs[i.subject].label, [x.places[p].label for p in i.regions]) for i in x.inspections] == [
        ("Birchwood Lodge Care Home", ["Oban"])]
    assert {(j.aspect, j.grade) for j in x.judgements} == {
        ("How well is our care and support planned?", "Weak"), ("Staffing competencies", "Weak"),
        ("How good is our leadership?", "Weak")}


def test_grades_against_the_tests_a_joint_inspection_lists():
    # (an education inspectorate among the joint inspectors does not make "outcomes for ..." its own area)
    text = ("Top marks for Fernvale prison\n\nOutcomes for men and women were ranked as \u201cgood\u201d in both "
            "units against the four \u2018healthy prison\u2019 tests of \u2018safety\u2019, \u2018respect\u2019, "
            "\u2018purposeful activity\u2019 and \u2018preparation for release\u2019.\n\nThe inspection of HMP "
            "Fernvale was carried out by Criminal Justice Inspection Northern Ireland, HM Inspectorate of Prisons and "
            "the Education and Training Inspectorate.")
    assert judged(text) == {(concept(a), "Good")
                            for a in ("Safety", "Respect", "Purposeful activity", "Preparation for release")}


def test_a_cafcass_service_areas_graded_areas_of_2009():
    text = ("Ofsted has published its report on Cafcass's Humber service area.\n\nInspectors gave the Humber region "
            "an overall rating of 'inadequate'. Inspectors found that the region's capacity to improve, leadership, "
            "management and planning, case planning and recording, and value for money were 'satisfactory'.")
    assert judged(text, "2009-07-01") == {
        ("Overall effectiveness", "Inadequate"), ("Capacity for improvement", "Satisfactory"),
        ("Leadership, management and planning", "Satisfactory"), ("Case planning and recording", "Satisfactory"),
        ("Value for money", "Satisfactory")}


def test_a_school_that_continues_to_require_improvement_and_a_securely_good_sixth_form():
    text = ("Dear Parent/Carer\n\nOfsted inspection, 3-4 October 2023\n\nInspectors agreed that Elmridge Academy as a "
            "whole continues to Require Improvement, whilst the sixth form is securely Good.")
    assert judged(text) == {("Overall effectiveness", "Requires improvement"), (concept("Sixth form"), "Good")}


def test_a_report_describes_a_house_at_its_place_as_a_grade_for_areas_joined_by_as_well_as():
    text = ("Hospital in special measures\n\nA private hospital has been placed in special measures after being rated "
            "inadequate by the CQC.\n\nA report published this month described Brookside at Barton as inadequate in patient safety as well as "
            "effectiveness and leadership.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2018-11-06"))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Brookside at Barton"]
    assert {(j.aspect, j.grade) for j in x.judgements} >= {
        ("Safe", "Inadequate"), ("Effective", "Inadequate"), ("Well-led", "Inadequate")}


def test_grades_given_for_areas_that_concern_a_kind_of_case():
    text = ("Youth justice service told to improve\n\nBarset Youth Justice Service was given a rating of 'requires "
            "improvement' by HM Inspectorate of Probation.\n\nThe council's executive board heard how 'inadequate' "
            "ratings given for assessment and planning in relation to out-of-court disposals had dragged the overall "
            "rating down.")
    assert judged(text) == {("Overall effectiveness", "Requires improvement"), (concept("Assessment"), "Inadequate"),
                            (concept("Planning"), "Inadequate")}
