"""Recommendations (what an inspectorate tells a body to do), on short texts written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document


def run(text: str, date: str = ""):
    return extract(Document(id="t", path="t.txt", text=text, date=date))


def recs(text: str) -> list[tuple[int | None, str]]:
    return [(r.number, r.text) for r in run(text).recommendations]


def test_requirements_after_a_colon_open_a_numbered_list():
    got = recs("Ofsted inspected Larchfield House, a children's home in Dudley, in March 2025.\n"
               "The regulator has set the provider two requirements:\n"
               "1. The registered person must make sure that every child has an up-to-date risk assessment.\n"
               "2. Staff must record each use of restraint on the day it happens.\n"
               "The provider said it was acting on the findings.")
    assert got == [(1, "The registered person must make sure that every child has an up-to-date risk assessment."),
                   (2, "Staff must record each use of restraint on the day it happens.")]


def test_requirements_in_prose_open_no_list():
    got = recs("Ofsted inspected Larchfield House, a children's home in Dudley, in March 2025.\n"
               "The home met the requirements.\n"
               "1. Residents enjoyed a trip to the seaside in the summer holidays.")
    assert got == []


def test_should_intro_needs_an_inspectorate_not_any_speaker():
    intro = ("Ofsted inspected Harrowgate Borough Council's children's services in June 2024.\n"
             "{who} said the council must:\n"
             "- review every plan for children in care by the end of the year;\n"
             "- make sure managers check case records each month.\n")
    assert len(recs(intro.format(who="Inspectors"))) == 2
    assert recs(intro.format(who="Parents")) == []


def test_question_heading_opens_unmarked_instructions():
    got = recs("Ofsted inspected Westcombe Primary School in Exeter in May 2023 and judged it good.\n"
               "What does the school need to do to improve?\n"
               "Leaders should make sure that the reading curriculum is taught consistently in every class.\n"
               "Improve how teachers check what pupils remember in science.\n"
               "The head teacher, Ms Ann Doyle, thanked the whole school community for its hard work this year.")
    assert [t[:25] for _, t in got] == ["Leaders should make sure ", "Improve how teachers chec"]


def test_estyn_style_r_numbers_under_a_recommendations_heading():
    got = recs("Estyn inspected Ystrad Valley High School in Caerphilly in March 2019.\n"
               "Recommendations\n"
               "R1 Raise standards in mathematics at key stage 3\n"
               "R2 Strengthen the role of middle leaders in self-evaluation\n")
    assert got == [(1, "Raise standards in mathematics at key stage 3"),
                   (2, "Strengthen the role of middle leaders in self-evaluation")]


def test_care_inspectorate_numbered_headings_and_priorities():
    got = recs("The Care Inspectorate inspected Glenmoor Lodge care home in Perth in 2024.\n"
               "Area for improvement 1\n"
               "The provider should make sure that care plans are reviewed every six months.\n"
               "Requirement 2: By 1 May, the provider must ensure that staff are trained in moving people safely.")
    assert [n for n, _ in got] == [1, 2] and got[0][1].startswith("The provider should")
    got = recs("HM Inspectorate of Prisons inspected HMP Eastfold in 2023.\n"
               "Priorities for improvement\n"
               "- Leaders should make sure that prisoners spend more time out of their cells.\n")
    assert got == [(None, "Leaders should make sure that prisoners spend more time out of their cells.")]


def test_hard_wrapped_written_statement_and_wrapped_bullets():
    got = recs("Ofsted and the CQC inspected Westshire County Council in March 2021. The area must write a Written\n"
               "Statement of Action that explains how it will tackle the following areas of\n"
               "significant weakness:\n"
               "• the slow assessment of needs, which leaves families waiting\n"
               "• weak joint commissioning between the council and health partners leading\n"
               "• to gaps in speech and language therapy\n")
    assert [t for _, t in got] == ["the slow assessment of needs, which leaves families waiting",
                                   "weak joint commissioning between the council and health partners leading "
                                   "to gaps in speech and language therapy"]


def test_council_resolutions_are_not_recommendations():
    got = recs("Ofsted inspected Northam Council's children's services in April 2025.\n"
               "Inspectors identified the following areas for improvement:\n"
               "1. The council must reduce the number of changes of social worker for children in care.\n"
               "RESOLVED - That\n"
               "(1) the report be noted; and\n"
               "(2) the action plan be brought to the next meeting.\n")
    assert got == [(1, "The council must reduce the number of changes of social worker for children in care.")]
    got = recs("Ofsted inspected Northam Council's children's services in April 2025.\n"
               "Recommendations:\n"
               "(1) That the committee notes the outcome of the inspection.\n")
    assert got == []


def test_running_text_told_made_and_identified():
    got = recs("Ofsted inspected Brackley Vale Council in 2024. The council has been told to make sure "
               "that the fire doors are kept clear.")
    assert got == [(None, "make sure that the fire doors are kept clear")]
    assert recs("A care home in Leeds has been told it must improve after an inspection by the CQC in May.") == []
    got = recs("HM Inspectorate of Probation inspected the Eastmere Probation Delivery Unit in May 2023. The report "
               "made five recommendations to the unit, including to improve the supervision of staff, and to "
               "review the way risk is assessed.")
    assert got == [(None, "improve the supervision of staff"), (None, "to review the way risk is assessed")]
    got = recs("Ofsted inspected Dunmore Council in 2025. The director said inspectors had identified two areas "
               "for improvement: the timeliness of reviews, and the quality of supervision.")
    assert got == [(None, "the timeliness of reviews"), (None, "the quality of supervision")]


def test_running_text_after_a_linking_word_and_a_second_modal():
    got = recs("Ofsted inspected Cafcass in 2016. However Ofsted said the service needs to improve the way it "
               "records visits and needs to reduce delays in reports.")
    assert got == [(None, "needs to improve the way it records visits"), (None, "needs to reduce delays in reports")]
    got = recs("The CQC inspected Moorside NHS Trust in 2024. The CQC has told the trust it must take action on 6 "
               "issues, including keeping medicines locked away.")
    assert got == [(None, "keeping medicines locked away")]


def test_told_it_needs_to_and_inspectors_want_open_lists():
    for intro in ("The council has been told it needs to:", "Inspectors want leaders at the council to:"):
        got = recs("Ofsted inspected Harrowgate Borough Council's children's services in June 2024.\n"
                   f"{intro}\n"
                   "- cut the time children wait for an assessment\n"
                   "- check that plans are followed\n")
        assert [t for _, t in got] == ["cut the time children wait for an assessment", "check that plans are followed"]


def test_was_told_it_must_make_improvements():
    got = recs("Ofsted inspected Brackley Vale Council in 2024. The council was told it must make improvements to "
               "the way it tracks children who miss school.")
    assert got == [(None, "must make improvements to the way it tracks children who miss school")]


def test_an_item_cut_off_by_the_end_of_an_excerpt_is_dropped():
    got = recs("Ofsted inspected Harrowgate Borough Council's children's services in June 2024.\n"
               "Inspectors said the council must:\n"
               "- review every plan for children in care by the end of the year;\n"
               "- make sure th")
    assert [t for _, t in got] == ["review every plan for children in care by the end of the year;"]


def test_a_lead_in_item_ending_in_a_colon_is_no_recommendation():
    text = ("Ofsted inspected Millbrook Youth Justice Service in May 2024 and rated it inadequate.\n\n"
            "The report made the following recommendations:\n\n"
            "• The service manager should:\n\n"
            "• make sure that every child's plan is reviewed within three months\n\n"
            "• The partnership board should:\n\n"
            "• fund enough case workers to keep caseloads safe\n")
    got = [t for _, t in recs(text)]
    assert got == ["make sure that every child's plan is reviewed within three months",
                   "fund enough case workers to keep caseloads safe"]


def test_grade_lines_and_report_paragraphs_are_no_recommendations():
    text = ("Report of the Director of Learning\n\n"
            "Purpose of the Report\n\n"
            "1. To tell members the outcome of the inspection of Oakfield High School.\n\n"
            "Reasons for the Recommendation\n\n"
            "1. To keep members informed about standards in the borough's schools.\n\n"
            "2. Estyn inspected Oakfield High School in June 2013.\n\n"
            "3. The school was given these judgements:\n\n"
            "• Current performance - Good\n\n"
            "• Prospects for improvement - Adequate\n")
    assert recs(text) == []


def test_recommendations_that_include_a_list_of_gerunds():
    got = recs("Estyn inspected Brynteg Primary School in Bridgend in March 2012 and judged it good. There are "
               "recommendations made within the report which include raising standards in spelling, developing "
               "pupils' use of Welsh outside lessons and improving attendance further.")
    assert [t for _, t in got] == ["raising standards in spelling", "developing pupils' use of Welsh outside lessons",
                                   "improving attendance further"]


def test_the_areas_a_service_was_assessed_against_are_no_recommendations():
    got = recs("HM Inspectorate of Constabulary and Fire & Rescue Services inspected Dorset and Wiltshire Fire and "
               "Rescue Service in 2019.\n\nServices were assessed against the following areas:\n\n  • How effective "
               "they are at keeping people safe;\n  • How efficient they are;\n  • How well they look after their "
               "people.\n")
    assert got == []


def test_an_inspectorates_recommendations_for_the_school_include_two_gerunds():
    got = recs("Estyn visited Ysgol Bryn Tawel in May 2023.\n\nEstyn recommendations for the school include sharpening "
               "the way leaders check on pupils' progress, as well as refining the use of the outdoor area.")
    assert got == [(None, "sharpening the way leaders check on pupils' progress"), (None, "refining the use of the outdoor area")]


def test_a_heading_with_its_first_item_on_one_line_and_an_item_broken_over_two_lines():
    got = recs("Estyn inspected Ysgol Bryn Tawel in May 2017.\n\nRecommendations R1 Increase the opportunity to develop "
               "information and communication technology\n\nskills across the curriculum\n\nR2 Improve attendance in "
               "key stage 3\n\nWhat happens next?\n")
    assert got == [(1, "Increase the opportunity to develop information and communication technology skills across "
                       "the curriculum"), (2, "Improve attendance in key stage 3")]


def test_minutes_wrapped_over_lines_that_only_mention_recommendations_open_no_list():
    got = recs("The Director gave a report on the outcome of the Care Quality Commission assessment of Adult\n"
               "Social Care at Barfield Council, which was rated requires improvement.\n"
               "- The report did not set out any\nrecommendations. Since the inspection, progress had been made.\n"
               "Recommendations and engagement with the Commission were\nwelcomed.\n"
               "- The inspection had taken individual\ncomments into account.\n- Ratings were scored in terms of\n"
               "percentages.\n")
    assert got == []


def test_paragraphs_each_telling_a_named_body_what_it_should_do_are_recommendations():
    got = recs("HMICS has published its inspection of custody centres across Scotland.\n\nWe inspected 12 centres in "
               "May 2019.\n\n\nPolice Scotland should publish a plan for its custody buildings within a year.\n\n\n"
               "The Scottish Police Authority should check that the plan is carried out.\n\n\n"
               "Inspectors said the staff were kind.\n")
    assert got == [(None, "Police Scotland should publish a plan for its custody buildings within a year."),
                   (None, "The Scottish Police Authority should check that the plan is carried out.")]


def test_one_paragraph_that_says_a_body_should_act_is_not_a_list():
    assert recs("Ofsted inspected Barfield Council in 2023.\n\nBarfield Council should be ashamed, a parent said.\n\n"
                "The council should improve its services.") == []


def test_told_to_improve_at_an_earlier_inspection_says_when_not_what():
    got = recs("The CQC rated Brackley Care Home good. The home had been told to improve in the previous inspection "
               "in 2021. The home was told to improve its record keeping.")
    assert [t for _, t in got] == ["improve its record keeping"]


def test_round_bullets_after_areas_for_improvement_and_one_recommendation_after_a_dash():
    x = extract(Document(id="t", path="t.txt", date="2018-05-10", text=(
        "Ofsted and the CQC have carried out a joint inspection of special educational needs services in Cheshire "
        "East.\n\nCheshire East is required to "
        "produce a written statement of action to explain how it will tackle the following areas for "
        "improvement:\n\n● The timeliness and quality of education, health and care plans; and\n\n● The lack of a "
        "clear pathway for children with autism.\n\nLeaders were pleased.")))
    assert [r.text for r in x.recommendations] == [
        "The timeliness and quality of education, health and care plans; and",
        "The lack of a clear pathway for children with autism."]
    x = extract(Document(id="t", path="t.txt", date="2023-05-19", text=(
        "Estyn has inspected Ysgol Bryn Teg in Cwmbran. The report made one recommendation - for teachers to "
        "strengthen their use of feedback.")))
    assert [r.text for r in x.recommendations] == ["for teachers to strengthen their use of feedback"]


def test_areas_for_improvement_given_in_running_text():
    x = run("Care Inspectorate Wales inspected Vale of Glamorgan Council in January 2023. The report also referenced 12 "
            "areas for improvement including responding to complaints on time, and finding suitable housing for people "
            "with complex needs.\n\nAreas of improvement include reviewing how the Vale Council plans for winter.",
            "2023-05-20")
    assert [r.text for r in x.recommendations][:2] == ["responding to complaints on time",
                                                       "finding suitable housing for people with complex needs"]
    assert [o.label for o in x.orgs.values() if o.kind == "local authority"] == ["Vale of Glamorgan Council"]


def test_key_recommendations_after_a_colon_parted_by_semicolons():
    got = recs("Estyn inspected Larkspur High School in October 2014.\n\nKey recommendations were: To raise standards "
               "in science; to improve the presentation of pupils' work; to improve attendance and to strengthen "
               "self-evaluation.")
    assert [t for _, t in got] == ["raise standards in science", "to improve the presentation of pupils' work",
                                  "to improve attendance", "to strengthen self-evaluation"]
    assert recs("Estyn inspected Larkspur High School in October 2014.\n\nParents' main recommendations were: "
                "to keep the uniform and to extend the day.") == []


def test_points_of_improvement_suggested_including_two_noun_phrases():
    got = recs("Ofsted inspected Barset Council's children's services in May 2024. Although the report praised the "
               "council, two points of improvement were suggested, including better planning for care leavers and "
               "more consistent recording of supervision.")
    assert [t for _, t in got] == ["better planning for care leavers", "more consistent recording of supervision"]


def test_the_areas_for_improvement_were_and_a_body_asked_to_do_three_things():
    got = recs("Ofsted inspected Barset Council's children's services in May 2024. The areas for improvement were the "
               "quality of return home interviews and the consistency of management oversight.")
    assert [t for _, t in got] == ["the quality of return home interviews", "the consistency of management oversight"]
    got = recs("Estyn inspected Ysgol Bryn Teg in Bangor in May 2024. The school has been asked to raise standards in "
               "Welsh, to improve attendance and to strengthen self-evaluation.")
    assert [t for _, t in got] == ["raise standards in Welsh", "to improve attendance", "to strengthen self-evaluation"]
    # a time after the verb says when, not what
    assert recs("Estyn inspected Ysgol Bryn Teg in Bangor in May 2024. The school was told to improve quickly.") == []


def test_told_it_must_do_two_things_and_recommendations_including_that():
    got = recs("The CQC rated Hazel House in Bath requires improvement in May 2024. The provider was told it must "
               "improve medicines management and ensure that care records are accurate.")
    assert [t for _, t in got] == ["must improve medicines management", "ensure that care records are accurate"]
    got = recs("HM Inspectorate of Probation rated Barset Youth Justice Service good in May 2024. Inspectors made four "
               "recommendations, including that the service should improve its work on diversity and that the board "
               "should monitor outcomes more closely.")
    assert [t for _, t in got] == ["should improve its work on diversity", "the board should monitor outcomes more closely"]


def test_areas_requiring_improvement_heading_opens_a_list():
    got = recs("Care Inspectorate Wales inspected Powys County Council's children's services in July 2024.\n"
               "Areas requiring improvement:\nThe local authority must ensure assessments are completed on time.\n"
               "Care planning needs to be more consistent.")
    assert [t for _, t in got] == ["The local authority must ensure assessments are completed on time.",
                                  "Care planning needs to be more consistent."]


def test_areas_where_the_body_should_make_improvements_open_a_list():
    got = recs("The CQC rated Larkspur Surgery in Hull good in May 2024.\n\nAreas where the practice should make "
               "improvements include:\n\n- considering ways to improve the uptake of cervical screening\n"
               "- continue to review patient feedback on telephone access")
    assert [t for _, t in got] == ["considering ways to improve the uptake of cervical screening",
                                  "continue to review patient feedback on telephone access"]


def test_review_findings_recommendations_of_2026_12_06():
    assert [t for _, t in recs("Ofsted rated Millbrook Primary School in Leeds good in May 2024. Inspectors asked the "
                               "school to improve communication between teachers and the parents of pupils with "
                               "special needs.")] == [
        "improve communication between teachers and the parents of pupils with special needs"]
    assert recs("Ofsted rated Millbrook Primary School in Leeds requires improvement in May 2024. The school has been "
                "told to improve significantly before inspectors return next year.") == []
    assert recs("Ofsted rated Millbrook Primary School in Leeds requires improvement in May 2024. The areas for "
                "improvement are the same as those inspectors identified in 2019.") == []


def test_recommended_with_the_body_kept_and_recommendations_made_after_a_visit():
    got = recs("The CQC rated Beechcroft Lodge in Taunton good. However, we have recommended the provider reviews its "
               "procedures for recording when people refuse their medicines, the inspection report said.")
    assert len(got) == 1 and got[0][1].startswith("the provider reviews its procedures for recording")
    got = recs("HM Inspectorate of Prisons inspected HMP Humber in May. Inspectors made 41 recommendations after "
               "their visit to HMP Humber, including that leaders should reduce the number of prisoners released "
               "homeless.")
    assert [t for _, t in got] == ["leaders should reduce the number of prisoners released homeless"]


def test_one_area_for_improvement_identified_before_a_colon():
    got = recs("Ofsted inspected Millbrook Primary School in Salisbury in May and rated it good. One area for "
               "improvement was identified: pupils should be given more chances to write at length.")
    assert [t for _, t in got] == ["pupils should be given more chances to write at length"]


def test_recommendations_of_bodies_that_do_not_inspect_are_none():
    # a coroner, a local watchdog, a review, governors, a residents' committee, a letter from governors
    for text in ("The CQC rated Hilltop Care Home in Barnsley good. The coroner made four recommendations following "
                 "the inquest into a resident's death, including that the home should install new bed rails.",
                 "The CQC rated Ivy House good. Healthwatch Luton made six recommendations after its visit to Ivy "
                 "House, including that residents should have more say over menus.",
                 "The CQC rated Shropshire maternity services inadequate. The Independent Review into maternity "
                 "services in Shropshire recommended that trusts should publish staffing levels every month.",
                 "Ofsted rated Hilltop School good. Two Governors on the finance committee recommended that the "
                 "school should sell its playing field.",
                 "The CQC rated Ivy House good. The residents' committee said one area for improvement was "
                 "identified: residents want more trips out.",
                 "Ofsted rated Hilltop School good. In a letter to parents, the governors wrote that we have "
                 "recommended the trust reviews its admissions policy before September."):
        assert recs(text) == [], text


def test_recommendations_opening_the_sentence_with_including():
    """'Recommendations made in the inspectorate's report including ensuring ...': the sentence opens with the
    noun (no actor), in an inspectorate's story."""
    text = ("Probation unit told to improve\n\nHM Inspectorate of Probation has rated Kelby Probation Delivery Unit "
            "as requires improvement.\n\nRecommendations made in the inspectorate's report including ensuring all "
            "staff received necessary training.")
    x = extract(Document(id="t", path="t.txt", text=text, date="2024-05-01"))
    assert [r.text for r in x.recommendations] == ["ensuring all staff received necessary training"]
    # parents' recommendations are no inspectorate's
    x = extract(Document(id="t", path="t.txt", text=text.replace(
        "Recommendations made in the inspectorate's report including", "Recommendations made by parents at a "
        "meeting included"), date="2024-05-01"))
    assert x.recommendations == []


def test_recommendations_counted_then_given_after_a_colon_or_in_the_next_sentence():
    def recs(body: str) -> list[str]:
        text = ("School told to improve\n\nEstyn has published its inspection of Ysgol Kelby in Conwy.\n\n" + body)
        return [r.text for r in extract(Document(id="t", path="t.txt", text=text, date="2024-05-01")).recommendations]

    assert recs("The report set out three recommendations for the school: to raise standards in numeracy, to improve "
                "attendance and to strengthen leadership at all levels.") == [
        "to raise standards in numeracy", "to improve attendance", "to strengthen leadership at all levels"]
    assert recs("Estyn made four recommendations. The school should improve pupils' writing skills, strengthen "
                "self-evaluation, improve attendance and refine the use of assessment.") == [
        "should improve pupils' writing skills", "strengthen self-evaluation", "improve attendance",
        "refine the use of assessment"]
    assert recs("Inspectors made two requirements and three areas for improvement. These included improving "
                "medication records and making sure care plans are reviewed every six months.") == [
        "improving medication records", "making sure care plans are reviewed every six months"]
    assert recs("Parents made two recommendations. The school should open earlier.") == []


def test_suggested_improvements_in_the_report_are_recommendations():
    got = recs("Ofsted rated Calder Vale Council's children's services inadequate.\n\nSuggested improvements in the "
               "report include senior managers' grip on performance; the timeliness of plans for care leavers; and "
               "the frequency of visits to children.")
    assert [t for _, t in got] == ["senior managers' grip on performance", "the timeliness of plans for care leavers",
                                   "the frequency of visits to children"]


def test_items_after_a_count_some_with_square_bullets_stuck_to_the_text():
    got = recs("Estyn inspected Ysgol Glanmor.\n\nThey have made three recommendations to help the school improve:"
               "\n\n■Ensure that leaders are held to account for improvement.\n\nImprove the quality of teaching so "
               "that all pupils make progress.\n\n■Strengthen the provision for pupils' literacy skills.\n")
    assert [t[:20] for _, t in got] == ["Ensure that leaders ", "Improve the quality ", "Strengthen the provi"]


def test_a_report_that_makes_recommendations_including_two_named_in_the_present_tense():
    got = recs("HM Inspectorate of Probation has rated the Barset Probation Delivery Unit inadequate.\n\nThe report makes "
               "five recommendations, including to set out clear priorities for staff and to ensure that risk "
               "information is checked in every case.")
    assert got == [(None, "set out clear priorities for staff"), (None, "to ensure that risk information is checked in every case")]


def test_one_recommendation_quoted_in_the_reports_own_imperative():
    got = recs("Ofsted rated Larchway Fostering outstanding.\n\nBut the report did list one recommendation for "
               "improving the service: “Ensure every foster carer completes the training standards within a year.”")
    assert [t.strip("”.") for _, t in got] == ["Ensure every foster carer completes the training standards within a year"]
    # (a speaker's quoted wish is no recommendation)
    assert recs("Ofsted rated Larchway Fostering outstanding. The manager said: “Ensure you visit us.”") == []


def test_an_inspectorate_recommending_areas_in_its_inspectors_words():
    got = recs("RQIA inspected Carnmore Hospital in May.\n\nDr Ann Tully said: “RQIA has recommended improvements in "
               "areas including the storage of medicines; staff training; and the cleaning of wards.”")
    assert [t.rstrip("”.") for _, t in got] == ["the storage of medicines", "staff training", "the cleaning of wards"]


def test_the_reports_own_instruction_quoted():
    got = recs("The Care Inspectorate inspected Glenview House.\n\nThe report said: \"The provider should review how "
               "staff record medication.\" It added: \"The home should be proud of its garden.\"")
    assert [t.rstrip('".') for _, t in got] == ["The provider should review how staff record medication"]


def test_a_roundups_improvements_needed_belong_to_the_item_under_its_heading():
    x = run("The schools in Kettering with new Ofsted reports\n\nOfsted inspected five schools in Kettering in May.\n"
            "1. Brookfield Primary School\nReport published June 3, following an inspection on May 5-6. Classed as 'good'. Highlights: pupils feel safe; "
            "a broad curriculum. Improvements needed: checks on reading; how well subject leaders track learning.\n"
            "2. Elmstead Junior School\nReport published June 9, following an inspection on May 12-13. Classed as 'requires improvement'. Improvements "
            "needed: teaching of mathematics not always well planned; attendance.")
    got = {(x.orgs[i.subject].label, r.number, r.text) for r in x.recommendations for i in x.inspections
           if i.local_id == r.inspection}
    assert got == {("Brookfield Primary School", None, "checks on reading"),
                   ("Brookfield Primary School", None, "how well subject leaders track learning"),
                   ("Elmstead Junior School", None, "teaching of mathematics not always well planned"),
                   ("Elmstead Junior School", None, "attendance")}


def test_a_heading_over_what_works_well_ends_the_list_of_what_must_improve():
    got = recs("Care Inspectorate Wales inspected Glanmor County Council's children's services in 2024.\n\n"
               "Areas for improvement\n\n"
               "- The local authority must improve the timeliness of assessments for children in need.\n"
               "- Leaders should ensure that supervision of social workers is regular and reflective.\n\n"
               "What is working well\n\n"
               "- Leaders promote a positive culture that staff value highly across the service.\n"
               "- Care leavers receive strong support from their personal advisers throughout.")
    assert [t for _, t in got] == ["The local authority must improve the timeliness of assessments for children in need.",
                                   "Leaders should ensure that supervision of social workers is regular and reflective."]


def test_the_following_areas_open_a_list_only_when_they_are_to_improve():
    praised = recs("Ofsted rated Brookfield Primary School good in March 2025.\n\n"
                   "Inspectors praised the school and its staff in the following areas:\n"
                   "- Pupils behave well in lessons and around the school site.\n"
                   "- The curriculum is broad and carefully planned in every subject.")
    assert praised == []
    told = recs("Ofsted rated Brookfield Primary School as requires improvement in March 2025.\n\n"
                "Inspectors said the school must improve in the following areas:\n"
                "- Teachers should check more carefully what pupils have remembered.\n"
                "- Leaders should make sure that the reading curriculum is taught consistently.")
    assert [t for _, t in told] == ["Teachers should check more carefully what pupils have remembered.",
                                    "Leaders should make sure that the reading curriculum is taught consistently."]


def test_a_list_without_its_colon_whose_items_end_in_semicolons_and_a_full_stop():
    got = recs("Estyn inspected Glanmor Primary School in June 2022 and placed it in special measures.\n\n"
               "The four main areas that had caused concern in June were\n\n"
               "address the standards of teaching in years three to six;\n\n"
               "create opportunities to develop pupils' independent skills;\n\n"
               "ensure that senior leaders monitor and evaluate teaching;\n\n"
               "develop the roles of leaders at every level.\n\n"
               "The school was told that it must send Estyn an action plan within weeks.")
    assert [t for _, t in got] == ["address the standards of teaching in years three to six;",
                                   "create opportunities to develop pupils' independent skills;",
                                   "ensure that senior leaders monitor and evaluate teaching;",
                                   "develop the roles of leaders at every level."]


def test_the_inspection_team_asked_a_named_body_to_act():
    got = recs("Ofsted rated Harlow Vale College good in May 2024.\n\nTwo areas for improvement were identified. The "
               "inspection team asked Harlow Vale College to increase the proportion of apprentices who complete "
               "their apprenticeship on time.")
    assert got == [(None, "increase the proportion of apprentices who complete their apprenticeship on time")]


def test_areas_that_still_need_to_improve_and_a_one_word_bullet_that_is_page_furniture():
    got = recs("Ofsted rated Brackley Council's children's services good in all areas.\n\n"
               "Areas that still need to improve include:\n\n- The school attendance of children in care\n\n"
               "- Making sure every care leaver has a copy of their birth certificate\n\n"
               "The council said it welcomed the report.")
    assert [t for _, t in got] == ["The school attendance of children in care",
                                   "Making sure every care leaver has a copy of their birth certificate"]
    assert recs("Probation in Wessex told to improve\n\nInspectors made five recommendations in their report\n\n"
                "  • Published\n\nHM Inspectorate of Probation rated the Wessex region as requires improvement.") == []


def test_a_service_must_colon_list_ends_at_notes_to_editors_and_areas_where_improvement_was_needed():
    got = recs("The Care Quality Commission inspected Fenwold Mental Health NHS Trust in 2021.\n\n"
               "Community services for young people must:\n\n  • ensure care plans are reviewed every month\n\n"
               "Notes to editors\n\nThe regulator's press office should be contacted with any questions.")
    assert [t for _, t in got] == ["ensure care plans are reviewed every month"]
    got = recs("Ofsted rated Brackley Council's children's services good.\n\nAreas where improvement was still "
               "needed included the timeliness of health assessments for children in care.")
    assert [t for _, t in got] == ["the timeliness of health assessments for children in care"]


def test_recommendations_numbered_with_a_dash_after_the_number():
    got = recs("Estyn published a monitoring report on Glanffrwd High School in December 2018.\n\n"
               "Estyn's three recommendations are:\n\n1 - Improve pupils' writing and numeracy skills\n\n"
               "2 - Ensure that the literacy framework is implemented fully\n\n"
               "3 - Strengthen the work of middle leaders in planning for improvement\n\nThe head teacher said she was "
               "disappointed.")
    assert [n for n, _ in got] == [1, 2, 3] and got[1][1] == "Ensure that the literacy framework is implemented fully"


def test_required_improvements_included_a_list_parted_by_commas():
    got = recs("Ofsted rated Teesmouth Council's children's services as requires improvement.\n\nRequired improvements "
               "included more consistent planning, greater management oversight and workforce stability.")
    assert [t for _, t in got] == ["more consistent planning", "greater management oversight", "workforce stability"]


def test_inspectors_want_to_see_one_thing_as_well_as_action_on_another():
    got = recs("HM Inspectorate of Probation rated Wexley Youth Justice Service as requires improvement.\n\nBut inspectors "
               "want to see improvements at board level as well as action to address shortcomings in management "
               "oversight.")
    assert [t for _, t in got] == ["improvements at board level", "shortcomings in management oversight"]


def test_areas_of_improvement_listed_by_the_inspectors_after_a_pronoun():
    got = recs("Ofsted has published its inspection of children's services at Barsetshire County Council.\n"
               "They have listed nine areas of improvement including caseload sizes; the timeliness of "
               "assessments; the quality of supervision.")
    assert [t for _, t in got] == ["caseload sizes", "the timeliness of assessments", "the quality of supervision"]
    got = recs("Ofsted has published its focused visit to Barsetshire County Council.\n"
               "However, inspectors did highlight some areas for improvement, including the pace of permanence "
               "planning and getting more consistency in the recording of visits.")
    assert [t for _, t in got] == ["the pace of permanence planning",
                                   "getting more consistency in the recording of visits"]


def test_what_the_regulator_demanded_in_the_sentence_after():
    got = recs("The Care Quality Commission has rated Marlow Vale Hospital NHS Trust inadequate.\n"
               "The CQC has told the trust it must now make changes in 40 areas to improve its care. This includes "
               "improving staffing on the wards and taking account of a review of its stroke services.")
    assert [t for _, t in got] == ["improving staffing on the wards",
                                   "taking account of a review of its stroke services"]
    got = recs("The Care Quality Commission has rated Brook Lane Surgery inadequate.\n"
               "The CQC is demanding a list of actions. This includes ensuring that: test results are reviewed "
               "promptly; repeat prescriptions are checked; and all staff are trained in safeguarding.")
    assert [t for _, t in got] == ["test results are reviewed promptly", "repeat prescriptions are checked",
                                   "all staff are trained in safeguarding"]
    # a body's own account of what it changed is no recommendation
    assert not recs("The Care Quality Commission has rated Brook Lane Surgery inadequate.\n"
                    "The practice said it had made changes in many areas. These include improving its phone lines.")


def test_warning_notices_requiring_it_to_act_and_a_call_by_an_inspectorate_named_with_its_initials():
    got = recs("The Care Quality Commission has rated Lindenholme, a care home in Bexley, inadequate.\n"
               "The CQC served two warning notices, requiring it to improve its medicines records, and make sure "
               "residents are weighed each month.")
    assert [t for _, t in got] == ["improve its medicines records", "make sure residents are weighed each month"]
    got = recs("Inspectors visited Lagan Vale Hospital in March.\n"
               "The Regulation and Quality Improvement Authority (RQIA) called on the hospital to recruit more "
               "midwives, free up staff for training and improve its discharge letters.")
    assert [t for _, t in got] == ["recruit more midwives", "free up staff for training",
                                   "improve its discharge letters"]


def test_a_verb_led_recommendation_keeps_its_gerund_objects_and_a_second_verb_after_and_ensure_is_apart():
    text = ("HMIC has published its effectiveness inspection of Dorset Police.\n"
            "Inspectors told the force to make urgent improvements to the way it grades calls and ensure "
            "consistency in how control room staff record risk.\n"
            "Inspectors also told the force to make improvements in managing offenders and reducing reoffending.")
    assert [t for _, t in recs(text)] == [
        "make urgent improvements to the way it grades calls", "ensure consistency in how control room staff record risk",
        "make improvements in managing offenders and reducing reoffending"]


def test_areas_to_improve_on_after_a_semicolon():
    got = recs("Ofsted has rated children's services at Barsetshire County Council outstanding.\n"
               "Ofsted gave the council some areas to improve on; the need to review child in need plans more often "
               "and to offer more routes into work for care leavers.")
    assert [t for _, t in got] == ["the need to review child in need plans more often",
                                   "to offer more routes into work for care leavers"]


def test_what_the_report_says_a_provider_should_do_to_improve():
    assert recs("Ofsted has rated Larkspur Fostering Limited good.\n\nTo improve, Larkspur should provide ‘better "
                "supervision for newly approved carers’, and improve the quality of the records it keeps, Ofsted "
                "added.") == [(None, "should provide ‘better supervision for newly approved carers’"),
                              (None, "improve the quality of the records it keeps")]
    # no inspectorate in the sentence: a plan of the body's own
    assert recs("Ofsted has rated Larkspur Fostering Limited good.\n\nTo improve, Larkspur should hire more social "
                "workers, its owner believes.") == []


HOME = "Ofsted inspected Larchfield House, a children's home in Dudley, in March 2025.\n"


def test_a_recommendation_keeps_the_words_that_lead_into_it():
    # who is to act, or the "to" of each item, stays with the recommendation a reader would quote
    assert recs(HOME + "The report made one recommendation - for staff to record every use of restraint.") == \
        [(None, "for staff to record every use of restraint")]
    assert recs(HOME + "However Ofsted said leaders should ensure fire exits were kept clear at all times.") == \
        [(None, "leaders should ensure fire exits were kept clear at all times")]
    assert recs(HOME + "Ofsted gave the home some areas to improve on; the need to review care plans monthly "
                       "and to offer more activities at weekends.") == \
        [(None, "the need to review care plans monthly"), (None, "to offer more activities at weekends")]


def test_what_could_be_improved_and_what_it_was_told():
    assert recs(HOME + "The report warned that improvements could be made to the quality of handover notes "
                       "between shifts.") == \
        [(None, "improvements could be made to the quality of handover notes between shifts")]
    assert recs(HOME + "A few areas require improvement. It was told to improve its record of visits by social "
                       "workers.") == [(None, "improve its record of visits by social workers")]


def test_improvements_that_need_to_be_made_over_a_list():
    got = recs("Ofsted rated Kesterby Council's children's services inadequate.\n\nThe watchdog said improvements "
               "need to be made, including:\n\n  • Timely responses to risk at the front door\n\n  • Better "
               "recruitment of social workers\n")
    assert [t for _, t in got] == ["Timely responses to risk at the front door", "Better recruitment of social workers"]


def test_what_the_inspector_said_a_body_should_do_over_a_bulleted_list():
    text = ("Ofsted has inspected Marlow Vale College in Thornbury.\n\nTo get back its top grade, the lead inspector "
            "said the college should:\n\n• Leaders must make sure every learner has a work placement.\n"
            "• Teachers should check what learners remember.\n")
    assert [t for _, t in recs(text)] == ["Leaders must make sure every learner has a work placement.",
                                         "Teachers should check what learners remember."]
    assert recs("Ofsted has inspected Marlow Vale College in Thornbury.\n\nParents said the college should:\n\n"
                "• Open a new car park for visitors.\n• Serve hot food at lunch.\n") == []


def test_areas_highlighted_as_needing_improvement_then_these_were_a_list():
    text = ("Ofsted rated Wakefield Council's children's services good.\n\nThree areas were highlighted in the "
            "letter as needing improvement. These were visits to children who go missing; contact with care leavers; "
            "and the speed of early help.")
    assert [t for _, t in recs(text)] == ["visits to children who go missing", "contact with care leavers",
                                         "the speed of early help"]


def test_a_question_heading_over_areas_for_improvement_named_as_nouns():
    text = ("Wakefield Council's services for children are improving, a new Ofsted report says.\n\n"
            "What improvements are now required?\n\nThe consistency and quality of plans for children at risk.\n\n"
            "The quality of supervision, so that actions are tracked.\n\nWhat they say\n\n")
    assert [t for _, t in recs(text)] == ["The consistency and quality of plans for children at risk.",
                                         "The quality of supervision, so that actions are tracked."]


def test_what_a_warning_notice_focuses_attention_on_and_areas_of_improvement_for_the_school():
    text = ("The CQC rated Rose House care home in Luton inadequate.\n\nInspectors served two warning notices, to focus "
            "its attention on making improvements around medicines, and the safety of the building.")
    assert [t for _, t in recs(text)] == ["making improvements around medicines", "the safety of the building"]
    text = ("Ofsted rated Fernhill School in Luton good.\n\nThe inspector noted areas of improvement for the school "
            "including ensuring that homework is set regularly and encouraging the school to check reading.")
    assert [t for _, t in recs(text)] == ["ensuring that homework is set regularly",
                                         "encouraging the school to check reading"]


def test_they_called_on_the_health_board_to_act():
    text = ("Healthcare Inspectorate Wales has inspected the maternity unit at Wexcombe General Hospital in Cardiff."
            "\n\nThey also called on the health board to check the staffing of night shifts on the unit.")
    assert [t for _, t in recs(text)] == ["check the staffing of night shifts on the unit"]


def test_areas_that_still_needed_improvement_including_noun_items():
    text = ("Ofsted rated Harwick Council's children's services as requiring improvement.\n\nInspectors said there "
            "were five areas which still needed improvement, including support for young carers, including those "
            "in school, the timeliness of reviews, and the stability of the workforce.")
    assert [t for _, t in recs(text)] == ["support for young carers, including those in school",
                                         "the timeliness of reviews", "the stability of the workforce"]


def test_what_inspectors_reported_was_needed_and_what_the_council_was_told():
    text = ("Ofsted made a monitoring visit to Harwick Council in May 2024.\n\nOfsted also reported that greater "
            "rigour was needed in the checks on plans for disabled children.")
    assert [t for _, t in recs(text)] == ["greater rigour was needed in the checks on plans for disabled children"]
    text = ("Ofsted rated Harwick Council's children's services good.\n\nBut the council was told review meetings had "
            "to be held sooner and improve the recording of visits.")
    assert [t for _, t in recs(text)] == ["review meetings had to be held sooner", "improve the recording of visits"]
    # (what parents say is needed is no inspectorate's)
    assert recs("Ofsted rated Harwick Council's children's services good.\n\nParents said that more youth clubs "
                "were needed.") == []


def test_one_area_marked_out_for_improvement_and_no_recommendation_about_special_measures():
    text = ("The CQC rated Ashgrove Hospital in Derby good.\n\nThere was only one area marked out for improvement, "
            "as the report put it: \u201cThe provider should ensure that fridge temperatures are checked daily.\u201d")
    assert [t for _, t in recs(text)] == ["The provider should ensure that fridge temperatures are checked daily"]
    assert recs("The Chief Inspector of Hospitals has recommended that Barnwood NHS Trust comes out of special "
                "measures following a Care Quality Commission inspection.") == []


def test_one_area_for_improvement_then_another():
    text = ("HMICFRS published its PEEL report on Barset Police.\n\nThe report records strengths, but there are also "
            "areas for improvement. One is answering 101 calls more quickly.\n\nThe chief constable thanked her "
            "officers.\n\nAnother area for improvement was supporting victims of crime.")
    assert [t for _, t in recs(text)] == ["answering 101 calls more quickly", "supporting victims of crime"]


def test_what_a_named_trust_had_to_do_and_what_each_ward_must_have():
    text = ("The CQC inspected the Barnwood, Esk and Ley NHS Foundation Trust in May and rated it good.\n\n"
            "The Care Quality Commission (CQC) said the Barnwood, Esk and Ley NHS Foundation Trust had to improve "
            "the safety of its rehabilitation wards.\n\nThe trust was told that each ward must have a ligature "
            "survey reviewed every year.")
    assert [t for _, t in recs(text)] == ["had to improve the safety of its rehabilitation wards",
                                         "each ward must have a ligature survey reviewed every year"]


def test_what_the_provider_must_or_should_do_in_a_reports_quoted_words():
    text = ("Surgery told to improve\n\nOakhurst Surgery was rated \"requires improvement\" by the Care Quality "
            "Commission (CQC).\n\nThe report said: “We found a breach of regulations.\n\n“The provider must put in "
            "place effective systems to ensure good governance of the service.\n\n“We also found that the provider "
            "should improve how test results are followed up and improve the way repeat prescriptions are "
            "reviewed.\"\n")
    assert recs(text) == [
        (None, "The provider must put in place effective systems to ensure good governance of the service"),
        (None, "the provider should improve how test results are followed up"),
        (None, "improve the way repeat prescriptions are reviewed")]


def test_a_report_that_has_urged_or_a_regulator_that_called_for_the_body_to_act():
    text = ("Dental practice told to improve\n\nThe Care Quality Commission (CQC) inspected Brookvale Dental Practice "
            "in May.\n\nIn its report the CQC called for the practice to make improvements in all five areas it "
            "looks at.\n")
    assert recs(text) == [(None, "for the practice to make improvements in all five areas it looks at")]
    text = ("Surgery told to improve\n\nOakhurst Surgery was rated \"requires improvement\" by the Care Quality "
            "Commission (CQC).\n\nThe report has urged the practice to keep improving childhood immunisation uptake.\n")
    assert recs(text) == [(None, "keep improving childhood immunisation uptake")]


def test_what_the_provider_was_told_to_do_named_before_the_verb_is_no_recommendation():
    got = [t for _, t in recs("The Care Quality Commission has rated Millbeck House inadequate.\n\nWe undertook this "
                              "inspection to follow up on action CQC told the provider to take following the previous "
                              "inspection in June last year.\n\nThe CQC told the provider to improve its staffing levels.")]
    assert got == ["improve its staffing levels"]


def test_areas_to_improve_listed_after_including_are_each_a_recommendation():
    got = recs("Ofsted inspected Fenwick Academy in May 2024.\n\nInspectors told the school it needs to improve in "
               "a number of areas including telling pupils how bullying is dealt with, making sure all staff follow the "
               "behaviour policy and checking that pupils have understood new topics.")
    assert got == [(None, "telling pupils how bullying is dealt with"),
                   (None, "making sure all staff follow the behaviour policy"),
                   (None, "checking that pupils have understood new topics")]
