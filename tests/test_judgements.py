"""Graded judgements in the forms the press uses, on sentences written for these tests (invented bodies)."""

from __future__ import annotations

from conftest import concept

from kg.extract import extract
from kg.model import Document


def grades(text: str, date: str = "2025-12-01", words: bool = False) -> set[tuple[str, str]]:
    """The judgements' (aspect, grade): the framework's aspect, or with WORDS the aspect as the text words it."""
    x = extract(Document(id="t", path="t.txt", text=text, date=date))
    return {(j.aspect if words else concept(j.aspect), j.grade) for j in x.judgements}


SCHOOL = "Ofsted has published its inspection of Kestrel Vale Academy in Norwich.\n\n"
POLICE = ("HM Inspectorate of Constabulary and Fire & Rescue Services has published its PEEL inspection of "
          "Avon and Somerset Police.\n\n")
PRISON = "HM Inspectorate of Prisons has published its report on HMP Highpoint, a category C prison in Suffolk.\n\n"


def test_a_grade_received_for_quoted_aspects_stops_at_the_next_grade():
    got = grades(SCHOOL + "The school received 'needs attention' for 'attendance and behaviour' and 'strong "
                          "standard' for inclusion.")
    assert ("Attendance and behaviour", "Needs attention") in got
    assert ("Inclusion", "Strong standard") in got
    assert not any(a.lower().startswith("strong") for a, _ in got)


def test_a_grade_of_x_with_an_aside_then_for_its_use_of():
    got = grades(POLICE + "The force was given a grade of 'requires improvement' – the third of five ratings – "
                          "for its use of stop and search.", date="2023-04-01")
    assert got == {("Stop and search", "Requires improvement")}


def test_one_graded_x_then_the_aspect_after_a_dash():
    got = grades(POLICE + "Four other areas were deemed 'adequate', with just one graded 'good' – preventing crime "
                          "and anti-social behaviour.", date="2023-04-01")
    assert ("Preventing crime", "Good") in got


def test_counted_quality_indicators_name_their_aspects_on_a_six_point_scale():
    got = grades("Education Scotland has published its inspection of Fife Council's education services.\n\n"
                 "Education Scotland graded Fife Council 'weak' – second from the bottom of a six-point scale – in "
                 "three 'quality indicators': 'leadership and direction', 'improvements in performance' and "
                 "'partnership working'.", date="2014-06-01")
    assert got == {("Leadership and direction", "Weak"), ("Improvements in performance", "Weak"),
                   ("Partnership working", "Weak")}


def test_a_caption_of_prison_tests_with_a_grade_that_moved():
    got = grades(PRISON + "Safety had remained reasonably good, respect had remained good, purposeful activity had "
                          "dropped from reasonably good to poor, and rehabilitation and release planning had remained "
                          "not sufficiently good.", date="2023-11-20")
    assert got == {("Safety", "Reasonably good"), ("Respect", "Good"), ("Purposeful activity", "Poor"),
                   ("Rehabilitation and release planning", "Not sufficiently good")}


def test_a_list_of_scores_after_the_text_speaks_of_scores():
    got = grades("The Care Quality Commission has published its inspection of adult social care at Kent County "
                 "Council.\n\nEach quality statement was given a score out of four.\n- Assessing needs – 2\n"
                 "- Safeguarding – 3\n- Partnerships and communities - 2\n", date="2024-10-01")
    assert {("Safeguarding", "3"), ("Partnerships and communities", "2")} <= got
    assert ("Assessing needs", "2") in got


ROUNDUP = ("Care round-up: a Kirkcaldy home told to improve\n\n"
           "The Care Inspectorate grades services on a six-point scale where 1 is unsatisfactory and 6 is excellent.\n"
           "Birchwood Lodge Care Home, Kirkcaldy, Fife\nPrevious ratings\n- Wellbeing – 4\n- Leadership – 4\n"
           "- Planning – 4\nNew ratings\n- Wellbeing – 2\n- Leadership – 3\n- Planning – 2\nInspection date\n"
           "- October 12\nInspectors found residents were left waiting for help at mealtimes. Staff said they were "
           "often short of time and that agency workers did not know the residents well enough to help them.\n"
           "Little Acorns Childcare, Perth\nNew ratings\n- Care, play and learning – 5\n- Setting – 5\n"
           "Inspection date\n- October 3\nInspectors said the children were happy and settled.\n")


def test_a_roundup_of_score_lists_under_each_services_heading():
    x = extract(Document(id="t", path="t.txt", text=ROUNDUP, date="2025-11-20"))
    subject = {i.local_id: i.subject for i in x.inspections}
    got = {(subject[j.inspection], j.aspect, j.grade) for j in x.judgements}
    # a bare score is the grade the text gives; the "Previous ratings" list is no grade of today's inspection;
    # the second service's list is read though the text spoke of scores only before the first
    # (each item is the Care Inspectorate's key question it names)
    assert got == {("birchwood-lodge-care-home", "How well do we support people's wellbeing?", "2"),
                   ("birchwood-lodge-care-home", "How good is our leadership?", "3"),
                   ("birchwood-lodge-care-home", "How well is our care and support planned?", "2"),
                   ("little-acorns-childcare", "How good is our care, play and learning?", "5"),
                   ("little-acorns-childcare", "How good is our setting?", "5")}
    regions = {i.subject: i.regions for i in x.inspections}
    assert regions["birchwood-lodge-care-home"][0] == "kirkcaldy"  # the heading's town, not a place in the name
    assert regions["little-acorns-childcare"] == ["perth"]


def test_numbers_in_a_list_are_no_scores_without_a_word_for_them():
    got = grades("The Care Quality Commission has published its inspection of adult social care at Kent County "
                 "Council.\n\nWhat changed:\n- Staff vacancies – 2\n- New homes opened – 3\n", date="2024-10-01")
    assert not any(g in ("2", "3") for _, g in got)


def test_an_aspect_after_with_its_and_ratings_of_x_in_two_aspects():
    got = grades("Ofsted has published its inspection of Tarrow Primary School in Hull.\n\nThe school has now been "
                 "rated as 'satisfactory' with its capacity for sustained improvement rated as 'good'. The report "
                 "includes ratings of 'outstanding' – the top mark available – in pupils' adoption of healthy "
                 "lifestyles and their spiritual, moral, social and cultural development.", date="2010-03-01")
    assert ("Capacity for sustained improvement", "Good") in got
    assert ("Pupils' adoption of healthy lifestyles", "Outstanding") in got
    assert ("Spiritual, moral, social and cultural development", "Outstanding") in got


def test_a_grade_of_another_body_is_not_the_inspected_bodys():
    x = extract(Document(id="t", path="t.txt", date="2025-12-01", text=SCHOOL + "The school was graded 'expected "
                         "standard' for achievement.\n\nElsewhere, Brackenfield Primary School in Lowestoft was "
                         "graded 'exceptional' for inclusion."))
    by_body = {(x.orgs[x.inspections[j.inspection].subject].label, j.aspect, j.grade) for j in x.judgements}
    assert ("Kestrel Vale Academy", "Achievement", "Expected standard") in by_body
    # the other school's grade is its own inspection's, never the academy's
    assert not any(b == "Kestrel Vale Academy" and g == "Exceptional" for b, _, g in by_body)


def test_a_body_after_a_preposition_leaves_the_grade_with_the_inspection():
    got = grades("The Care Quality Commission has inspected Fernbrook Hospitals NHS Foundation Trust.\n\n"
                 "Maternity services at Fernbrook General Hospital were rated inadequate.",
                 date="2022-05-01")
    assert ("Maternity services", "Inadequate") in got


def test_the_grade_that_led_to_a_reinspection_is_not_todays():
    got = grades("Ofsted has published its re-inspection of children's services at Calder Vale Council.\n\nThis is "
                 "a re-inspection following a judgement of inadequate for overall effectiveness.\n\nChildren's "
                 "services in Calder Vale require improvement to be good.", date="2017-12-01")
    assert ("Overall effectiveness", "Inadequate") not in got


def test_a_grade_word_of_another_inspectorates_scale_is_no_grade():
    got = grades(SCHOOL + "Leadership was weak and the school's governance was poor, the report said.")
    assert not any(g in ("Weak", "Poor") for _, g in got)


def test_rated_a_body_as_x_on_two_kinds_of_one_thing():
    got = grades("Ofsted has published its national inspection of Cafcass.\n\nThe inspectorate rated Cafcass as "
                 "good on the quality of its public and private law practice and on the management of its local "
                 "services.", date="2014-03-01")
    assert {("Quality of public law practice", "Good"), ("Quality of private law practice", "Good"),
            ("Management of local services", "Good")} <= got


def test_good_for_delivering_safe_services_is_the_safe_key_question():
    got = grades("The Care Quality Commission has inspected the Larchfield Surgery in Ripon.\n\nThe CQC found the "
                 "surgery to be 'outstanding' overall and 'good' for delivering safe services.", date="2018-05-01")
    assert ("Safe", "Good") in got


def test_the_council_of_another_tier_is_another_body():
    got = grades("The Commission for Social Care Inspection has published its ratings for Kent County "
                 "Council.\n\nKent County Council was awarded three stars. By contrast, the city council was given one "
                 "star.", date="2007-11-30")
    assert ("Overall effectiveness", "Three stars") in got
    assert ("Overall effectiveness", "One star") not in got


def test_services_named_after_the_body_are_its_overall_grade():
    got = grades("HM Inspectorate of Probation has published its inspection of Tarnside Probation Delivery Unit."
                 "\n\nProbation services rated 'inadequate' by inspectors", date="2024-01-10")
    assert ("Probation services", "Inadequate") not in got
    assert ("Overall effectiveness", "Inadequate") in got


def test_a_count_of_areas_with_the_areas_between_dashes_before_the_verb():
    got = grades("The Care Quality Commission has inspected Fernbrook Hospitals NHS Foundation Trust.\n\nOnly two of "
                 "the five key questions – are services effective and are services responsive – were rated requires "
                 "improvement.", date="2022-05-01")
    assert {("Effective", "Requires improvement"), ("Responsive", "Requires improvement")} <= got


def test_a_word_inside_a_body_name_is_no_aspect():
    got = grades("The Healthcare Commission has published its annual health check ratings for Mendip Vale Primary "
                 "Care Trust.\n\nThe Healthcare Commission, which rates every trust each year, found the quality of services at "
                 "Mendip Vale Primary Care Trust was 'fair'.", date="2007-10-18")
    assert got == {("Quality of services", "Fair")}


def test_the_practice_rated_x_for_being_then_a_coordinated_grade():
    got = grades("The Care Quality Commission has published its inspection of Elmstead Surgery in Hull.\n\n"
                 "Inspectors rated the surgery good for being effective and well-led, and requires improvement "
                 "for being safe.")
    assert {("Effective", "Good"), ("Well-led", "Good"), ("Safe", "Requires improvement")} <= got


def test_a_grade_for_a_colon_list_one_aspect_a_line():
    got = grades("Ofsted has inspected Larch Lodge, a children's home in Leicester.\n\n"
                 "Inspectors judged the home good for:\n"
                 "how well children and young people are helped and protected;\n"
                 "the effectiveness of leaders and managers.\n\nThe home has two weeks to respond.")
    assert ("How well children and young people are helped and protected", "Good") in got
    assert ("The effectiveness of leaders and managers", "Good") in got
    assert not any("respond" in a for a, _ in got)


def test_a_lower_case_one_word_aspect_joined_to_a_named_one():
    got = grades("Ofsted has published its inspection of Tamar Valley College in Plymouth.\n\n"
                 "Adult learning programmes and apprenticeships were both judged good.", date="2024-05-01")
    assert got >= {("Adult learning programmes", "Good"), ("Apprenticeships", "Good")}


def test_grades_on_key_questions_called_measures():
    got = grades("The CQC has inspected Fernhill Surgery in Selby.\n\nThe practice was rated 'good' on caring and "
                 "responsive measures.", date="2019-03-01")
    assert got == {("Caring", "Good"), ("Responsive", "Good")}


def test_a_count_of_bodies_graded_before_the_sentence_that_names_them():
    x = extract(Document(id="t", path="t.txt", date="2019-03-01", text=(
        "Three care homes in Selby run by one company have been rated 'inadequate' by the CQC.\n\n"
        "Inspectors found that Larch House, Tern Court and Millbeck Lodge were failing on safety, although they "
        "were rated 'good' for caring.\n\n"
        "Across England, 4 per cent of homes were rated inadequate, and sixteen percent of homes were rated "
        "requires improvement.")))
    by = {i.local_id: x.orgs[i.subject].label for i in x.inspections}
    got = {(by[j.inspection], j.aspect.replace("Overall effectiveness", "Overall"), j.grade) for j in x.judgements}
    homes = ("Larch House", "Tern Court", "Millbeck Lodge")
    assert {(b, "Overall", "Inadequate") for b in homes} | {(b, "Caring", "Good") for b in homes} == got
    assert all(x.places[k].label == "Selby" for i in x.inspections for k in i.regions) and all(i.regions for i in x.inspections)


def test_ratings_upgraded_to_assessed_as_in_the_question_of_and_a_use_of_resources_put_first():
    x = extract(Document(id="t", path="t.txt", date="2019-03-01", text=(
        "The Care Quality Commission has praised Marsh Vale Hospitals NHS Trust after its latest inspection. It has "
        "upgraded its rating to 'outstanding' in the question of whether the organisation is well-led, and continues "
        "to assess it as 'outstanding' when asking whether its services are caring.\n\nOverall the Trust remains at "
        "a rating of 'good'. For its use of resources, the Trust is also rated as 'requires improvement'.")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Marsh Vale Hospitals NHS Trust"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {
        ("Overall effectiveness", "Good"), ("Well-led", "Outstanding"), ("Caring", "Outstanding"),
        ("Use of resources", "Requires improvement")}


def test_good_in_all_areas_including_one_gives_the_overall_grade_and_that_one():
    x = extract(Document(id="t", path="t.txt", date="2025-10-01", text=(
        "Minutes: Ofsted ILACS inspection report on Barfield Council\n\n- The local authority was rated 'Good' in all "
        "areas, including the new judgment for care leavers.\n- Areas for development were noted.")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Barfield Council"]
    assert {(j.aspect.lower().removeprefix("the "), j.grade) for j in x.judgements} == {
        ("overall effectiveness", "Good"), ("experiences and progress of care leavers", "Good")}


def test_quoted_category_names_with_their_commas_inside_the_quotes():
    got = grades("The Care Inspectorate has inspected Birchlea Care Home in Forfar.\n\nBirchlea achieved top marks for "
                 "its ‘wellbeing,’ ‘leadership,’ and ‘staff team’ categories, all rated as excellent. Its ‘setting’ "
                 "also received a ‘very good’ rating, in a calm environment built for residents.", date="2024-02-01")
    assert got == {("How well do we support people's wellbeing?", "Excellent"), ("How good is our leadership?", "Excellent"),
                   ("How good is our staff team?", "Excellent"), ("How good is our setting?", "Very good")}


def test_categories_of_a_list_whose_items_hold_commas_and_the_field_of_one_more():
    got = grades("Education Scotland inspected Dunmore Primary School in 2019.\n\nInspectors found the school to be weak "
                 "in the categories of leadership of change, learning, teaching, assessment, ensuring wellbeing, equality "
                 "and inclusion – but satisfactory in the field of raising attainment and achievement.", date="2019-06-01")
    assert got == {("Leadership of change", "Weak"), ("Learning, teaching and assessment", "Weak"),
                   ("Ensuring wellbeing, equality and inclusion", "Weak"),
                   ("Raising attainment and achievement", "Satisfactory")}


def test_numbered_quality_indicators_with_bare_scores_on_the_six_point_scale():
    got = grades("Bramble Bank Nursery had a visit from the Care Inspectorate this week. The nursery was inspected against its "
                 "framework, using the grading system of 1 - Unsatisfactory to 6 - Excellent.\n\n"
                 "We were inspected against these indicators (with grades given)\n\n"
                 "1.1 - Nurturing Care and Support - 5\n\n1.3 - Play and Learning - 4\n\n4.3 - Staff Deployment - 5\n",
                 date="2024-03-01")
    # (a bare score is the grade as the text gives it: the scale's grade by its number)
    assert got == {("Nurturing care and support", "5"), ("Play and learning", "4"), ("Staff deployment", "5")}


def test_the_lowest_rating_possible_is_the_worst_grade_of_the_inspections_own_scale():
    x = extract(Document(id="t", path="t.txt", date="2022-11-01", text=(
        "HM Inspectorate of Probation has published its reports on three probation delivery units in the north.\n"
        "Tynedale and Wansbeck Probation Delivery Unit (PDU) received the lowest rating possible.\n"
        "Redcar, Whitby and Hartlepool PDU and Darlington PDU \"require improvement\".\n")))
    by = {i.local_id: x.orgs[i.subject].label for i in x.inspections}
    got = {(by[j.inspection], j.aspect, j.grade) for j in x.judgements}
    # (the overall judgement under HM Inspectorate of Probation's name for it)
    assert got == {("Tynedale and Wansbeck Probation Delivery Unit", "Overall", "Inadequate"),
                   ("Redcar, Whitby and Hartlepool Probation Delivery Unit", "Overall", "Requires improvement"),
                   ("Darlington Probation Delivery Unit", "Overall", "Requires improvement")}


def test_the_other_grades_are_no_whole_rating_and_an_area_put_first_takes_the_grade():
    got = grades("HMICFRS has published its inspections of Marshfield Fire and Rescue Service.\n\nThe service receives "
                 "the other inadequate gradings. But there is hope as under leadership and capability, the inspectors "
                 "gave a good grading.", date="2024-05-01")
    assert got == {("Leadership and capability", "Good")}


def test_a_rating_maintained_boosted_or_given_in_an_overall_report():
    assert grades("Ofsted has inspected Kestrel Fostering Service.\n\nKestrel Fostering Service has officially "
                  "maintained its Outstanding rating following its latest inspection.") == {("Overall effectiveness", "Outstanding")}
    assert grades("Ofsted inspected Marlow Vale College.\n\nMarlow Vale College boosted its rating from requires "
                  "improvement to good.") == {("Overall effectiveness", "Good")}
    assert grades("Ofsted inspected Marlow Vale College.\n\nOfsted has now given the college a grade one for its "
                  "apprenticeship provision, in an overall ‘good’ new report.") >= {("Overall effectiveness", "Good")}


def test_rows_of_a_table_whose_first_aspect_opens_with_a_lead_word():
    got = grades("Ofsted has published its annual performance assessment of Barfield Council's services for children.\n"
                 "This is how we scored:\nBeing healthy | grade 3 (good) |\nStaying safe | grade 2 (adequate) |\n",
                 date="2007-12-01")
    assert {("Being healthy", "Good"), ("Staying safe", "Adequate")} <= got


def test_a_grade_one_report_and_a_provider_first_named_by_what_it_is():
    x = extract(Document(id="t", path="t.txt", date="2017-03-01", text=(
        "A week of contrasts saw a college scoop an 'outstanding' rating, while an independent learning provider "
        "was branded 'inadequate' in its first Ofsted visit.\n\nHarbourside College earned its grade-one report "
        "after a full inspection.\n\nMeanwhile, Leeds-based independent learning provider Northern Fitness Training "
        "was hit with a damning 'inadequate' grade.")))
    by = {i.local_id: x.orgs[i.subject].label for i in x.inspections}
    got = {(by[j.inspection], j.aspect, j.grade) for j in x.judgements}
    assert ("Harbourside College", "Overall effectiveness", "Outstanding") in got
    assert ("Harbourside College", "Overall effectiveness", "Inadequate") not in got
    assert ("Northern Fitness Training", "Overall effectiveness", "Inadequate") in got


def test_areas_listed_after_including_in_the_subject_share_the_grade():
    got = grades("HM Inspectorate of Probation inspected Tarnside Youth Offending Service.\n\nThe majority of other "
                 "areas including leadership, staff, planning and the provision of information and services were all "
                 "rated \"good\".", date="2019-05-01")
    assert got == {("Leadership", "Good"), ("Staff", "Good"), ("Planning", "Good"),
                   ("Information and facilities", "Good")}


def test_inspectors_downgraded_the_body_to_a_grade():
    assert grades("Ofsted inspected Marlow Vale School in May.\n\nInspectors downgraded the school to requires "
                  "improvement.") == {("Overall effectiveness", "Requires improvement")}


def test_one_of_three_to_receive_the_highest_grade_after_a_dash_that_ends_a_name():
    x = extract(Document(id="t", path="t.txt", date="2019-10-15", text=(
        "HM Inspectorate of Probation inspected 26 youth offending services.\n\nOf the 26 services inspected, one "
        "was in Yorkshire - the Tarnside Youth Offending Service.\n\nThe Tarnside Youth Offending Service was one of "
        "just three of the 26 inspected to receive the highest 'outstanding' grade.")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Tarnside Youth Offending Service"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Overall effectiveness", "Outstanding")}


def test_a_service_rated_in_areas_and_under_both_areas_of_along_with():
    x = extract(Document(id="t", path="t.txt", date="2022-07-01", text=(
        "HMICFRS has published its inspection reports for 16 services.\n\nWessex Fire and Rescue Service is rated "
        "Outstanding in four areas and Good in all others. Under both areas of efficiency the service was rated "
        "outstanding along with its culture and values and its understanding of fires and other risks.")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Wessex Fire and Rescue Service"]
    assert {("Efficiency", "Outstanding"), ("Promoting the right values and culture", "Outstanding"),
            ("Understanding the risk of fire and other emergencies", "Outstanding")} <= {(concept(j.aspect), j.grade)
                                                                                          for j in x.judgements}



def test_never_received_the_lowest_rating_gives_no_grade():
    assert grades("HM Inspectorate of Probation inspected Tarnside Youth Offending Service.\n\nThe service has never "
                  "received the lowest rating.", date="2022-01-01") == set()


def test_indicators_of_a_framework_with_no_overall_grade_and_a_list_with_one_semicolon():
    got = grades("Education Scotland inspected Glenbrae Primary School nursery class.\n\nA nursery which closed this "
                 "summer was rated “very good” in its final report. The nursery was rated as “very good” for both "
                 "learning, teaching and assessment; and securing children’s progress.", date="2019-08-01")
    assert got == {("Learning, teaching and assessment", "Very good"), ("Securing children's progress", "Very good")}


def test_a_grade_with_its_number_then_a_count_of_categories_named_after_a_dash():
    got = grades("The Care Inspectorate inspected Tarn View care home in Ullapool.\n\nA spot check at the 11-bed home "
                 "resulted in “very good” grade 5s in two categories – quality of care and support and quality of "
                 "management and leadership.", date="2017-03-01")
    assert got == {("Quality of care and support", "Very good"), ("Quality of management and leadership", "Very good")}


COUNCIL = "Ofsted has inspected Barset Council's children's services.\n\n"


def test_aspects_in_the_writers_own_words_are_the_frameworks():
    # (no date: the framework comes from the areas named; "adoption" is only the 2013 framework's)
    got = grades(COUNCIL + "Services for children who need help and protection, children who are looked after or "
                           "in long-term placements, adoption, and the leadership, management and governance of "
                           "the council were all judged to be 'good'.", date="")
    assert ("Children looked after and achieving permanence", "Good") in got
    assert ("Adoption performance", "Good") in got
    assert ("Leadership, management and governance", "Good") in got
    assert not any(a.startswith("The impact of leaders") for a, _ in got)


def test_an_area_in_other_words_is_no_area_of_another_inspectorate():
    # ("education" alone names the prisons' "education, skills and work"; this is a school, and "education
    # quality" the schools' quality of education in the press's words)
    got = grades(SCHOOL + "Education quality was judged good.")
    assert got == {("Quality of education", "Good")}


def test_bullets_with_an_aside_in_brackets_before_the_grade():
    got = grades("HMICFRS has inspected Barset Fire and Rescue Service.\n\nIts grades:\n\n"
                 "  • Effectiveness (how it answers emergencies) Good\n"
                 "  • Efficiency (how it spends its budget) Good\n"
                 "  • People (how it treats its staff) Requires improvement\n", date="2024-01-10")
    assert got == {("Effectiveness", "Good"), ("Efficiency", "Good"), ("People", "Requires improvement")}


def test_one_grade_in_every_area_with_the_areas_listed_after_a_colon_in_other_words():
    got = grades("Ysgol Bryn Glas in Newport has been inspected by Estyn, which found it 'excellent' across the board. "
                 "The inspectorate considers the following five areas: standards; wellbeing and attitudes to work; "
                 "teaching and learning experiences; care, support and guidance; and leadership and management. "
                 "It judged the school to be 'excellent' in all five of these areas.", date="2018-05-01")
    assert {("Standards", "Excellent"), ("Wellbeing and attitudes to learning", "Excellent"),
            ("Care, support and guidance", "Excellent"), ("Leadership and management", "Excellent")} <= got


def test_a_grade_given_in_a_clause_before_the_area_it_is_given_to():
    got = grades(COUNCIL + "Given the top rating of 'outstanding', the council's care leaver service was praised "
                           "for the way it prepares young people for adult life.", date="2019-03-01")
    assert got == {("The experiences and progress of care leavers", "Outstanding")}


def test_a_whole_judgement_given_to_the_councils_services_to_protect_children():
    got = grades(COUNCIL + "Inspectors gave the authority's services to protect children an overall judgement of "
                           "'good' with 'outstanding' features.", date="2019-03-01")
    assert ("Overall effectiveness", "Good") in got
    assert ("Overall effectiveness", "Outstanding") not in got


def test_words_of_the_colleges_name_grade_nothing_and_giving_it_a_rating_is_the_whole():
    got = grades("Ofsted has praised Barset Sixth Form College, giving it a 'good' rating.", date="2023-01-10")
    assert got == {("Overall effectiveness", "Good")}


def test_a_list_of_scores_keeps_its_own_words_for_the_areas():
    got = grades("The CQC has assessed Barset Council's adult social care.\n\nEach of the nine areas was given a score out "
                 "of four:\n\n- how the council works with local people – 2\n- supporting people to lead healthier "
                 "lives – 3\n- safeguarding – 3\n", date="2025-02-01", words=True)
    assert got == {("How the council works with local people", "2"), ("Supporting people to lead healthier lives", "3"),
                   ("Safeguarding", "3")}


def test_every_domain_graded_in_the_reports_quoted_words_with_the_domains_named_before():
    got = grades("Barset Ambulance Service has been rated good by the CQC. Inspectors assessed its control room "
                 "and patient transport against their five domains of safe, effective, caring, responsive and "
                 "well-led services. Their report concluded: 'Overall, we rated all of the five key domains as good.'",
                 date="2019-06-01")
    assert {("Safe", "Good"), ("Effective", "Good"), ("Caring", "Good"), ("Responsive", "Good"),
            ("Well-led", "Good")} <= got
    # a speaker's own words are no grading
    got = grades("Barset Ambulance Service has been inspected by the CQC. Its chief executive, Jo Bloggs, said: "
                 "'I think we are outstanding in every way.'", date="2019-06-01")
    assert ("Overall effectiveness", "Outstanding") not in got


def test_an_area_in_the_lists_own_words_is_linked_to_the_frameworks(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "a.txt"
    src.write_text("The CQC has assessed Barset Council's adult social care.\n\nEach of the nine areas was given a "
                   "score out of four:\n\n- how the local authority works with people – 2\n- safeguarding – 3\n")
    out = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(src), "--format", "nquads"],
                         capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if "exactMatch" in x)
    assert "aspect/how-the-local-authority-works-with-people>" in line and "aspect/working-with-people>" in line


def test_review_findings_of_the_session():
    # a name with "At" or "With" in running text is a name, not a title-case headline
    x = extract(Document(id="t", path="t.txt", date="2024-01-01", text=(
        "Kestrel Vale Care At Home, a home care agency in Barset, has been rated inadequate by the Care Quality "
        "Commission.")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Kestrel Vale Care At Home"]
    # a parent quoted after "the report" is no report
    got = grades("Barset Primary School has been rated good by Ofsted. Reacting to the report, one parent said: "
                 "\"Frankly, leadership and management at this school are inadequate.\"")
    assert ("Leadership and management", "Inadequate") not in got
    # an inspection that should have happened did not
    x = extract(Document(id="t", path="t.txt", date="2024-01-01", text=(
        "Parents at Barset Primary School complained to Ofsted, and campaigners said the complaints should have "
        "led to an inspection months ago.")))
    assert x.inspections == []
    # words sharing stems with an aspect's are no aspect; a grade given by someone else is no inspection's
    got = grades("Tarnside Primary School has been rated good by Ofsted. Educational qualifications of staff were "
                 "judged outstanding.")
    assert got == {("Overall effectiveness", "Good")}
    got = grades("Barset Council's children's services have been rated good by Ofsted. High needs funding was "
                 "judged inadequate by the council's own auditors.")
    assert got == {("Overall effectiveness", "Good")}


def test_the_areas_of_a_and_b_in_a_list_name_a_and_b():
    from kg.extract.phrases import _aspects_in_np
    from kg.lexicon import load
    assert _aspects_in_np(load(), "the areas of safe and effective") == ["Safe", "Effective"]


def test_a_council_named_before_its_childrens_services_as_the_rated_object():
    got = grades("Ofsted has rated Exeter City Council children's services as good following an inspection in May 2024.")
    assert got == {("Overall effectiveness", "Good")}


def test_with_areas_and_their_participle_grade():
    got = grades("The Care Quality Commission rated Westbrook Hospitals NHS Trust requires improvement overall, with "
                 "the safe and well-led domains also requiring improvement.")
    assert {("Safe", "Requires improvement"), ("Well-led", "Requires improvement")} <= got
    got = grades("The Care Quality Commission rated Westbrook Hospitals NHS Trust good overall, with the key "
                 "questions of caring and responsive rated outstanding.")
    assert {("Caring", "Outstanding"), ("Responsive", "Outstanding")} <= got


def test_a_score_beside_its_grade_in_brackets_is_the_grade():
    text = ("The Care Inspectorate inspected Birchwood Care Home in Paisley in May 2024 and awarded it a grade 5 "
            "(very good) for wellbeing and a grade 4 (good) for leadership.")
    assert grades(text) == {("How well do we support people's wellbeing?", "Very good"),
                            ("How good is our leadership?", "Good")}
    text = ("The Care Inspectorate inspected Birchwood Care Home in Paisley in May 2024. Its grades were: wellbeing "
            "- 5 (very good), leadership - 4 (good), staffing - 3 (adequate).")
    assert ("How good is our staff team?", "Adequate") in grades(text)
    text = "The Care Inspectorate graded Birchwood Care Home in Paisley: wellbeing 5 (very good); leadership 4 (good)."
    assert ("How good is our leadership?", "Good") in grades(text)


def test_a_kind_noun_after_the_rated_bodys_name():
    assert grades("The Care Quality Commission has rated Hazel House care home in Bath as good.") == {
        ("Overall effectiveness", "Good")}


def test_a_participle_grades_and_dates_the_inspection_before():
    for text in ("Previously rated inadequate in 2019, Barnwell Council's children's services are now good after an "
                 "Ofsted inspection in March 2024.",
                 "Barnwell Council's children's services, rated inadequate in 2019, are now good after an Ofsted "
                 "inspection in March 2024."):
        x = extract(Document(id="t", path="t.txt", date="2024-06-01", text=text))
        got = sorted((i.visited, i.overall) for i in x.inspections)
        assert got == [("2019", "Inadequate"), ("2024-03", "Good")], text


def test_a_grade_in_the_n_areas_it_assessed_then_the_list():
    text = ("The Care Inspectorate found the running of Birchwood Care Home in Paisley to be \"weak\" in the four "
            "areas it assessed: wellbeing; leadership; staffing; and care planning.")
    assert len(grades(text)) == 4 and {g for _, g in grades(text)} == {"Weak"}


def test_counted_areas_parted_by_semicolons_keep_their_last_item_whole():
    text = ("The Care Inspectorate found the running of Birchwood House in Falkirk to be \"weak\" in the four areas "
            "it assessed: helping residents settle; leadership; staffing; and planning of care and support.")
    got = grades(text, words=True)  # (the last item in its own words, whole)
    assert len(got) == 4 and ("Planning of care and support", "Weak") in got


def test_plural_role_before_two_names():
    x = extract(Document(id="t", path="t.txt", date="2024-01-01", text=(
        "Ofsted inspectors Mary Tanner and Joan Oldfield visited Barset children's services last month.")))
    assert {(x.people[p.person].name, p.role) for p in x.posts} == {("Mary Tanner", "ofsted inspector"),
                                                                   ("Joan Oldfield", "ofsted inspector")}


def test_what_a_possessor_has_is_not_the_possessor_as_an_aspect():
    got = grades("Ofsted and the CQC inspected the Hull local area partnership in March 2024. Inspectors found that "
                 "the partnership's arrangements typically lead to positive experiences and outcomes for children and "
                 "young people with SEND.")
    assert got == {("Overall effectiveness", "Typically positive experiences and outcomes")}


def test_with_an_aspect_improving_to_a_grade_and_achieving_a_grade_for():
    got = grades("The CQC inspected Hazel House in Bath in May 2024. The home kept its good rating overall, with "
                 "caring improving to outstanding.")
    assert got == {("Overall effectiveness", "Good"), ("Caring", "Outstanding")}
    got = grades("The CQC rated Hull Royal Infirmary good in May 2024, with the hospital achieving outstanding for "
                 "being caring.")
    assert got == {("Overall effectiveness", "Good"), ("Caring", "Outstanding")}
    # achieving good results is no grade
    got = grades("Ofsted rated Larkspur Primary School in Hull good in May 2024. Pupils are achieving good results "
                 "in maths, and the school has secured outstanding outcomes for pupils with SEND.")
    assert got == {("Overall effectiveness", "Good")}


def test_an_aspect_before_a_relative_clause_with_its_earlier_grade():
    got = grades("Ofsted inspected Hull City Council's children's services in May 2024. Leadership, which was "
                 "previously rated good, is now inadequate.")
    assert got == {("The impact of leaders on social work practice with children and families", "Inadequate")}


def test_the_other_areas_are_the_rest_of_the_frameworks_set():
    got = grades("The CQC inspected Hazel House in Bath in May 2024. Safe and effective were both rated requires "
                 "improvement, while the other three key questions were rated good.")
    assert got == {("Safe", "Requires improvement"), ("Effective", "Requires improvement"), ("Caring", "Good"),
                   ("Responsive", "Good"), ("Well-led", "Good")}
    got = grades("Ofsted inspected Hull City Council's children's services in May 2024. The experiences and progress "
                 "of care leavers were judged inadequate, while the other three areas were rated requires improvement.")
    assert ("The experiences and progress of children in care", "Requires improvement") in got and len(got) == 4
    # a count that fits no set of the framework grades nothing more
    got = grades("The CQC inspected Hazel House in Bath in May 2024. Safe was rated requires improvement, while the "
                 "other two key questions were rated good.")
    assert got == {("Safe", "Requires improvement")}


def test_every_area_unnamed_is_the_one_set_of_the_bodys_framework():
    got = grades("The Care Quality Commission rated Hazel House in Bath good in all five key questions following an "
                 "inspection in May 2024.")
    assert {a for a, _ in got} >= {"Safe", "Effective", "Caring", "Responsive", "Well-led"}
    got = grades("Ofsted judged Riverside College in Bristol to be good in all four areas following an inspection in "
                 "March 2024.")
    assert ("Behaviour and attitudes", "Good") in got
    # uncounted, a college's areas may include its kinds of provision: none named
    got = grades("Ofsted judged Riverside College in Bristol to be good in all areas following an inspection in March "
                 "2024.")
    assert got == {("Overall effectiveness", "Good")}
    # two sets of a council's framework in force: none chosen
    got = grades("Ofsted rated Hull City Council's children's services outstanding in every area in May 2024.")
    assert got == {("Overall effectiveness", "Outstanding")}


def test_grade_ratings_awarded_in_counted_areas_named_after():
    got = grades("Estyn has given Neath Port Talbot Council a good rating for its education services. Estyn's 'good' "
                 "ratings - after a December 2017 inspection - were awarded in three key areas, Outcomes, Education "
                 "Services and Leadership and Management.", "2018-03-13")
    assert {a for a, _ in got} >= {"Outcomes", "Quality of education services", "Leadership and management"}


def test_a_places_childrens_services_in_lower_case_name_its_council():
    x = extract(Document(id="t", path="t.txt", date="2020-06-01", text=(
        "Middlesbrough's children's services further improved, inspectors say\n\n"
        "In December 2019, Ofsted rated the service as \"inadequate\".")))
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Middlesbrough Council"]


def test_review_findings_of_the_session_of_2026_12_06():
    def run(text):
        return extract(Document(id="t", path="t.txt", date="2025-06-01", text=text))
    # a nursery named "Happy Times" is no newspaper
    x = run("Ofsted has rated Happy Times in Doncaster as outstanding after an inspection in April.\nThe nursery's "
            "manager, Lisa Ward, said staff were overjoyed.")
    assert [i.overall for i in x.inspections] == ["Outstanding"]
    # a quote whose own speaker follows it is not the reported speaker's before it
    x = run("Ofsted rated Millbrook Primary School in Leeds good. Headteacher Sarah Lowe said she was proud of the "
            "staff. \"The school has turned a corner,\" one parent added.")
    assert x.quotes == []
    # a bracket after a name is skipped only for a party: captions keep each post with its name
    x = run("Ofsted rated Millbrook Primary School in Leeds good. Pictured are inspector Helen Marsh (centre), "
            "headteacher Sarah Lowe (left) and deputy head Mark Fry (right).")
    assert ("Helen Marsh", "headteacher") not in {(x.people[p.person].name, p.role) for p in x.posts}
    # a participle with no word of before and no grade after "now" is today's inspection
    x = run("Rated outstanding by Ofsted in May 2025, Ashgrove Primary School in Sheffield is now one of the most "
            "popular schools in the city.")
    assert [(i.published, i.overall, i.previous) for i in x.inspections] == [("2025-05", "Outstanding", False)]
    # "with" a noun phrase that names no area grades nothing
    got = grades("Ofsted rated Millbrook Primary School in Leeds good. Leadership was described as strong, with the "
                 "school building requiring improvement, the headteacher said.")
    assert ("Leadership and management", "Requires improvement") not in got
    # a survey that "found teachers to be considering leaving" is no inspection
    x = run("A survey by Ofsted found almost half of teachers at Ashgrove Primary School in Sheffield to be "
            "considering leaving the profession.")
    assert x.inspections == []
    # a charity's children's services name no council
    x = run("Ofsted has rated Sunflower House, a children's home in Leeds run by Barnardo's, as good.\nBarnardo's "
            "children's services director Amy Cole said staff were thrilled.")
    assert "Leeds City Council" not in {o.label for o in x.orgs.values()}


def test_counts_of_areas_for_each_grade_name_no_area():
    # "outstanding in one area, good in two, ...": each count is a grade's tally, not a list of areas
    got = grades(POLICE + "It found the force was outstanding in one area, good in two, adequate in three and "
                          "requires improvement in two.")
    assert not any("two" in a.lower() or "three" in a.lower() for a, _ in got)


def test_the_workforce_area_of_the_2023_peel_round():
    got = grades(POLICE + "The force was good at treatment of the public and at building, supporting and protecting "
                          "the workforce.")
    assert got >= {("Treatment of the public", "Good"), ("Building, supporting and protecting the workforce", "Good")}


def test_an_area_that_improved_to_a_grade_has_that_grade():
    got = grades(PRISON + "Inspectors found that safety had improved to reasonably good, and respect had fallen to "
                          "poor.")
    assert got >= {("Safety", "Reasonably good"), ("Respect", "Poor")}


def test_an_area_in_words_apart_from_the_frameworks_name_is_kept_in_them():
    text = ("Fire watchdog's verdict on Fenmarsh Fire and Rescue Service (Lincolnshire), published by HMICFRS:\n"
            "Understanding risk: Good\nPreventing fires: Adequate\nValues and culture: Requires improvement\n")
    got = grades(text, "2024-05-01", words=True)
    # the text's words where they neither hold the framework's name nor are held by it; the name where they are
    # held by it ("values and culture")
    assert got == {("Understanding risk", "Good"), ("Preventing fires", "Adequate"),
                   ("Promoting the right values and culture", "Requires improvement")}
    assert grades(text, "2024-05-01") == {("Understanding the risk of fire and other emergencies", "Good"),
                                          ("Preventing fire and other risks", "Adequate"),
                                          ("Promoting the right values and culture", "Requires improvement")}



def test_an_area_in_words_that_point_back_takes_the_frameworks_name():
    # "how well they are helped and protected": "they" names no one, so the words are no name of the area
    text = ("Kesterby children's home rated good\n\nOfsted found Hollybank House, a children's home in Kesterby, to be "
            "'good' for how well they are helped and protected.")
    got = grades(text, "2024-05-01", words=True)
    assert ("How well children and young people are helped and protected", "Good") in got
    assert not any("they" in a for a, _ in got)

REPORT_CARD = "Ofsted has published its first report card for Fellside Rise Primary School in Carlisle.\n\n"


def test_report_card_areas_listed_before_as_and_at_the_standard():
    got = grades(REPORT_CARD + "Inspectors graded inclusion as 'strong standard', and leadership and governance, "
                               "curriculum and teaching, and achievement as 'expected standard'.", "2026-01-20")
    assert got == {("Inclusion", "Strong standard"), ("Leadership and governance", "Expected standard"),
                   ("Curriculum and teaching", "Expected standard"), ("Achievement", "Expected standard")}
    got = grades(REPORT_CARD + "The report card rates attendance and behaviour as 'urgent improvement' and "
                               "achievement as 'needs attention'. Inclusion, curriculum and teaching, and leadership "
                               "and governance were all at the expected standard.", "2026-01-20")
    assert got == {("Attendance and behaviour", "Urgent improvement"), ("Achievement", "Needs attention"),
                   ("Inclusion", "Expected standard"), ("Curriculum and teaching", "Expected standard"),
                   ("Leadership and governance", "Expected standard")}
    # "at the" before a grade of another scale is no judgement
    assert grades(SCHOOL + "Pupils were at the good end of the county's results.") == set()


def test_areas_graded_with_the_verb_left_out_after_the_first():
    got = grades("HM Inspectorate of Probation inspected Brackley Youth Justice Service. Inspectors rated its "
                 "organisational delivery, court disposals and out-of-court disposals all outstanding, and "
                 "resettlement good.", "2023-11-22")
    assert got >= {("Organisational delivery", "Outstanding"), ("Court disposals", "Outstanding"),
                   ("Out-of-court disposals", "Outstanding"), ("Resettlement", "Good")}
    got = grades(PRISON + "Safety was rated reasonably good, respect poor and purposeful activity not sufficiently "
                          "good.")
    assert got == {("Safety", "Reasonably good"), ("Respect", "Poor"), ("Purposeful activity", "Not sufficiently good")}
    # no area graded before: a grade word after "and" alone is none
    assert grades(PRISON + "Staff and leadership good enough to make a difference were hard to find.") == set()


def test_a_forces_pillars_after_a_relative_clause_and_before_the_year_of_its_assessment():
    got = grades("HMIC rated Marcher Police, which covers Shropshire and Herefordshire, good for effectiveness, "
                 "requires improvement for efficiency and good for legitimacy in its 2016 PEEL assessment.", "2016-05-01")
    assert got == {("Effectiveness", "Good"), ("Efficiency", "Requires improvement"), ("Legitimacy", "Good")}


def test_an_area_before_an_aside_after_a_dash():
    got = grades("In its 2021/22 PEEL report, Humberhead Police in Doncaster was graded inadequate for responding to "
                 "the public - one of the first forces to receive that grade in the area.", "2022-05-01")
    assert got == {("Responding to the public", "Inadequate")}


def test_estyns_grades_worded_with_needing():
    got = grades("Estyn has placed Heolddu Valley High School in Bargoed in special measures. Standards, and "
                 "leadership and management, were judged 'unsatisfactory and needing urgent improvement'.", "2019-06-01")
    assert got == {("Standards", "Unsatisfactory and needs urgent improvement"),
                   ("Leadership and management", "Unsatisfactory and needs urgent improvement")}  # (2017-2022 names)


def test_a_grade_line_ending_with_a_colon_over_a_bulleted_list_of_areas():
    got = grades("HMICFRS has published its inspection of Barset Fire and Rescue Service.\n\n"
                 "The inspectors rated the service as good at:\n\n  • Understanding fires and other risks\n"
                 "  • Responding to fires and other emergencies\n\nIt was rated as requiring improvement at:\n"
                 "- Promoting fairness and diversity\n", date="2023-06-01")
    # (each item has the grade of its list's lead; the lead gives no overall grade)
    assert got == {(concept("Understanding fires and other risks"), "Good"),
                   (concept("Responding to fires and other emergencies"), "Good"),
                   (concept("Promoting fairness and diversity"), "Requires improvement")}


def test_a_grade_for_areas_left_unnamed_is_no_overall_grade():
    got = grades(POLICE + "The report rates the force as inadequate in its ability to investigate crime. It further rates "
                          "the force as requiring improvement in a number of other areas.", date="2023-04-01")
    assert got == {("Investigating crime", "Inadequate")}


def test_grades_across_categories_and_in_the_categories_after_a_colon():
    got = grades("The Care Quality Commission has inspected Barset Partnership NHS Foundation Trust.\n\nThe trust was "
                 "rated “good” across the safe, effective and responsive categories, and was awarded “outstanding” for "
                 "how caring the services are.", date="2019-05-01")
    assert got == {("Safe", "Good"), ("Effective", "Good"), ("Responsive", "Good"), ("Caring", "Outstanding")}
    got = grades("The Care Quality Commission has inspected Elm House care home in Cromer.\n\nInspectors graded Elm "
                 "House 'Good' in the categories: safe, effective, caring and responsive, with just the category "
                 "'well-led' still classed as 'requires improvement'.", date="2021-05-01")
    assert got == {("Safe", "Good"), ("Effective", "Good"), ("Caring", "Good"), ("Responsive", "Good"),
                   ("Well-led", "Requires improvement")}


def test_every_category_with_a_grade_then_the_areas_the_sentence_names():
    for text in ("Every category now has a good rating, the services having been deemed safe, effective, responsive, "
                 "caring, and well-led, and previously-identified breaches have been fixed.",
                 "Every category now has a good rating; the services were deemed safe, effective, responsive, caring "
                 "and well-led."):
        got = grades("The Care Quality Commission has inspected Elmwood Surgery in Leeds.\n\n" + text, date="2018-10-01")
        assert {("Safe", "Good"), ("Effective", "Good"), ("Responsive", "Good"), ("Caring", "Good"),
                ("Well-led", "Good")} <= got, text


def test_the_highest_rating_in_three_of_four_categories_named_in_brackets():
    text = ("Ofsted has inspected Barset County Council's children's services.\n\nThe report, which was published "
            "earlier this week, gave the South West council the highest possible rating in three of the four "
            "categories (impact of leadership, experiences and progress of children in care and care leavers, and "
            "overall effectiveness) and ‘Good’ in the fourth (experiences of children who need help and protection).")
    got = grades(text, date="2022-07-01")
    assert {(concept("impact of leadership"), "Outstanding"),
            (concept("experiences and progress of children in care and care leavers"), "Outstanding"),
            ("Overall effectiveness", "Outstanding")} < got and len(got) == 4
    assert any(a.lower().startswith("experiences of children who need help") and g == "Good" for a, g in got)
    # the same with the grade's own word
    got = grades(text.replace("the highest possible rating", "an ‘Outstanding’ rating"), date="2022-07-01")
    assert ("Overall effectiveness", "Outstanding") in got and len(got) == 4


def test_a_bodys_short_form_in_brackets_before_what_it_owns():
    got = grades("Ofsted has inspected Barset County Council's children's services.\n\nBarset County Council’s (BCC) "
                 "children’s services have been judged to be ‘Good’.", date="2022-07-01")
    assert got == {("Overall effectiveness", "Good")}


def test_healthy_prison_tests_against_which_outcomes_were_graded():
    got = grades(PRISON + "Inspectors found outcomes for prisoners were ‘good’ against the four healthy prison tests of "
                          "‘safety’, ‘respect’, ‘purposeful activity’ and ‘preparation for release’.", date="2024-05-01")
    assert got == {("Safety", "Good"), ("Respect", "Good"), ("Purposeful activity", "Good"),
                   (concept("preparation for release"), "Good")}


def test_a_grade_across_the_board_for_the_categories_another_sentence_lists():
    got = grades("The Care Inspectorate has inspected Glenbrae School Nursery in Huntly.\n\nThe nursery has received a "
                 "‘very good’ rating across the board.\n\nThe report is broken down into four main categories covering "
                 "care, play and learning; the setting; the leadership; and the staff team, and rated from one to six.",
                 date="2024-03-20")
    assert got == {(a, "Very good") for a in ("How good is our care, play and learning?", "How good is our setting?",
                                               "How good is our leadership?", "How good is our staff team?")}


def test_a_count_of_judgements_whose_list_holds_a_nested_list_of_key_questions():
    got = grades("Estyn has inspected Ysgol Bryn Glas in Powys.\n\nThe school was rated ‘Excellent’ in all five key "
                 "judgements: current performance, prospects for improvement and in response to the three key "
                 "questions: outcomes, provision, and leadership and management.", date="2015-07-01")
    assert got == {(concept(a), "Excellent") for a in ("current performance", "prospects for improvement", "outcomes",
                                                         "provision", "leadership and management")}


def test_areas_an_inspection_assessed_then_graded_in_all_of_them():
    # "assessed the quality of A, B and the impact of C. In all three areas, ... judged to be outstanding": each
    # area (B read with A's head), and an earlier inspection's "when ... was judged to be 'good'" is that one's
    text = ("Ofsted rates Cafcass outstanding\n\nThe inspection, carried out in March 2025, assessed the quality and "
            "effectiveness of public law practice, private law practice and the impact of leaders on practice. In "
            "all three areas, work with families was judged to be outstanding.\n\nThat is better than its last full "
            "inspection in 2019, when the quality of its private law work was judged to be 'good'.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2025-05-01"))
    now = [i.local_id for i in x.inspections if not i.previous]
    got = {(j.aspect, j.grade) for j in x.judgements if j.inspection in now}
    assert got == {("The quality and effectiveness of public law practice", "Outstanding"),
                   ("The quality and effectiveness of private law practice", "Outstanding"),
                   ("The impact of leaders on practice with children and families", "Outstanding"),
                   ("Overall effectiveness", "Outstanding")}  # (the headline's)
    assert all(j.grade == "Good" for j in x.judgements if j.inspection not in now)


def test_estyn_grades_from_2017_carry_their_full_names():
    # the 2017-2022 framework named its two lower grades for what they ask: "adequate" then means "Adequate and
    # needs improvement" (and the 2010 framework's plain "Adequate" stays for earlier years)
    text = ("Estyn places Ysgol Bryn Celyn in special measures\n\nEstyn inspected Ysgol Bryn Celyn in Pontypool in "
            "May 2019.\n\n- Standards: Unsatisfactory\n- Care, support and guidance: Adequate\n")
    assert grades(text, "2019-06-14") >= {("Standards", "Unsatisfactory and needs urgent improvement"),
                                         ("Care, support and guidance", "Adequate and needs improvement")}


def test_a_score_out_of_six_is_the_six_point_scales_grade():
    text = ("Care home rated weak\n\nThe Care Inspectorate carried out an unannounced visit to Harbour View care "
            "home in Kirkwall in October. The service was given a rating of two out of six for how well it supports "
            "people's wellbeing.")
    assert grades(text, "2023-12-20") == {("How well do we support people's wellbeing?", "Weak")}


GP = "The Care Quality Commission has published its inspection of Brookfield Surgery in Kesterby.\n\n"


def test_the_same_change_for_the_areas_after_as_have_the_ratings_for():
    got = grades(GP + "The overall rating has dropped from good to requires improvement, as have the ratings for being "
                      "safe and well-led.", "2024-03-01")
    assert got >= {("Overall effectiveness", "Requires improvement"), ("Safe", "Requires improvement"),
                   ("Well-led", "Requires improvement")}


def test_a_count_out_of_all_the_areas_then_the_areas_set_apart():
    got = grades(GP + "The CQC rated two out of five areas as Outstanding – safe and well-led – with the rest rated "
                      "good.", "2024-03-01")
    assert {("Safe", "Outstanding"), ("Well-led", "Outstanding")} <= got
