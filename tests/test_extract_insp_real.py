"""Inspections as real news pages report them: the inspected body, its area, its dates and earlier inspections.
Every text here was written for these tests."""

from __future__ import annotations

from conftest import concept

from kg.dates import document_date
from kg.extract import extract
from kg.ingest import Source, from_bytes
from kg.model import Document


def run(text: str, date: str = ""):
    return extract(Document(id="t", path="t.txt", text=text, date=date))


def rows(x) -> list[tuple[str, list[str], str, str, str, bool]]:
    """(subject, regions, visited, published, kind, previous) of every inspection, in order."""
    return [(x.orgs[i.subject].label, [x.places[p].label for p in i.regions if p in x.places], i.visited,
             i.published, i.kind, i.previous) for i in x.inspections]


def test_a_pages_dateline_with_a_weekday_a_time_or_bars_dates_the_document():
    assert document_date("Schools | Tuesday 8 April 2025\n\nText.") == "2025-04-08"
    assert document_date("Monday 3 February 2025, 9:30am\n\nText.") == "2025-02-03"
    assert document_date("Kettleby | 14 May 2024\n\nText.") == "2024-05-14"
    # a sentence about the report is no dateline
    assert document_date("The findings were published on 2 May 2024.\n\nText.") == ""
    assert document_date("Inspectors visited on Tuesday 4 March 2025\n\nText.") == ""


def test_a_pages_byline_date_element_dates_the_document():
    page = ("<html><body><article><h1>Nursery praised</h1><div class='byline'>By Sam Reed | Thursday 6 March "
            "2025</div><p>A nursery in Kettleby has been rated outstanding by Ofsted after a visit last month. "
            "Staff were delighted with the report and parents said so too.</p></article>"
            "<section class='comments'><p class='date'>1 January 2020</p></section></body></html>")
    doc = from_bytes(Source("t.html", "html"), page.encode())
    assert doc.date == "2025-03-06"


def test_a_home_run_by_a_company_is_inspected_not_the_company():
    x = run("Willow Bank, which is run by Amberline Care Ltd, was inspected by Ofsted on 2 and 3 September 2024.\n\n"
            "The children's home was judged inadequate.", "2024-10-01")
    assert [r[0] for r in rows(x)] == ["Willow Bank"]
    x = run("Ashcombe Rise Care Home, run by Pelham Living Ltd, was rated requires improvement by the Care "
            "Quality Commission.")
    assert [r[0] for r in rows(x)] == ["Ashcombe Rise Care Home"]


def test_a_kind_of_home_alone_is_no_body():
    x = run("Children's Home Rated Inadequate\n\nOfsted inspected the home run by Northvale Council in May.")
    assert "Children's Home" not in {o.label for o in x.orgs.values()}


def test_was_rated_with_a_recent_date_is_the_articles_inspection_and_an_old_year_an_earlier_one():
    x = run("Brookside Primary School was judged good after Ofsted inspectors visited in June.\n\n"
            "The school was rated requires improvement in 2019.", "2024-07-20")
    got = rows(x)
    assert got[0][0] == "Brookside Primary School" and got[0][2] == "2024-06" and not got[0][5]
    assert all(r[5] for r in got[1:]) and all(r[2] == "2019" for r in got[1:])


def test_grades_set_out_as_follows_are_the_current_inspections():
    x = run("Ofsted inspected Fernhill Academy in Kettleby in January 2026.\n\nInspectors graded the school as "
            "follows:\nInclusion: Strong standard\nAchievement: Expected standard", "2026-02-20")
    assert [r[5] for r in rows(x)] == [False]


def test_a_college_is_placed_in_the_town_the_text_gives_not_the_place_in_its_name():
    x = run("Fenland Vale College in Wisbech has been told by Ofsted that it requires improvement.")
    assert rows(x)[0][:2] == ("Fenland Vale College", ["Wisbech"])


def test_a_provider_is_placed_by_the_place_before_its_kind_never_another_schools_town():
    x = run("An Ipswich secondary school has received its first Ofsted report card.\n\n"
            "Orwell Heath Academy was inspected in January 2026.\n\n"
            "Elsewhere, St Anne's Primary School in Felixstowe was graded 'strong standard' in every area.",
            "2026-02-20")
    got = {r[0]: r[1] for r in rows(x)}
    assert got == {"Orwell Heath Academy": ["Ipswich"], "St Anne's Primary School": ["Felixstowe"]}


def test_the_school_may_be_an_academy():
    x = run("Orwell Heath Academy was inspected by Ofsted in January. Later, Kettleby Primary School in Ipswich "
            "opened a new library.\n\nInspectors graded the school good.", "2026-02-20")
    assert rows(x)[0][0] == "Orwell Heath Academy"


def test_inspections_in_general_are_no_inspection():
    x = run("A Kettleby care home, Rowan Court Care Home, was rated inadequate by the Care Quality Commission "
            "on 2 August 2024.\n\nHomes placed in special measures are inspected again within six months.")
    assert len(x.inspections) == 1


def test_a_place_in_a_persons_post_is_not_the_area_and_a_trust_covers_its_own_county():
    x = run("The Care Quality Commission has rated Royal Devon Hospitals NHS Trust requires improvement.\n\n"
            "Jo Bell, the regulator's director of operations in the south west, said the trust had work to do.")
    assert rows(x)[0][:2] == ("Royal Devon Hospitals NHS Trust", ["Devon"])


def test_the_regulators_report_published_today_dates_the_publication():
    x = run("Inspectors visited Harbourside Hospitals NHS Trust in March.\n\nThe regulator's report, published "
            "today, rates the trust good. The Care Quality Commission said care had improved.", "2024-06-05")
    assert rows(x)[0][2:4] == ("2024-03", "2024-06-05")


def test_an_assessment_the_text_names_so_is_an_assessment():
    x = run("HM Inspectorate of Constabulary and Fire & Rescue Services has today published its latest PEEL "
            "assessment of Borsetshire Police.", "2025-07-09")
    assert rows(x)[0][2:5] == ("", "2025-07-09", "assessment")


def test_a_month_after_a_prison_is_no_town():
    x = run("HM Inspectorate of Prisons rated HMP Ashcombe poor for safety. The governor of HMP Ashcombe in "
            "March said it would improve.")
    assert rows(x)[0][0] == "HMP Ashcombe" and "March" not in rows(x)[0][1]


def test_a_since_clause_bounds_a_period_unless_it_names_an_earlier_inspection():
    x = run("Ofsted carried out a monitoring visit to Harbourside Council on 1 and 2 April 2025. The visit was "
            "the third since Ofsted judged the council's services inadequate at their inspection in November 2023.",
            "2025-05-09")
    got = rows(x)
    assert got[0][2] == "2025-04-01" and any(r[2] == "2023-11" and r[5] for r in got[1:])
    x = run("The Kettleby Probation Delivery Unit was inspected by HM Inspectorate of Probation. It was the "
            "first inspection since the local services were brought together under one body in 2021.")
    assert all(r[2] != "2021" for r in rows(x))


def test_a_grade_right_after_rated_reports_an_inspection_but_a_standing_does_not():
    x = run("Northvale City Council children's services rated inadequate\n\nOfsted assessed the council's "
            "children's services in July.")
    assert [r[0] for r in rows(x)] == ["Northvale City Council"]
    x = run("Ofsted rated Hollins Lodge inadequate in May 2024. Its operator also runs homes in Kettleby and "
            "Marlow, both of which are rated good.", "2024-07-01")
    assert len(x.inspections) == 1


def test_bodies_assessed_together_each_get_an_assessment():
    x = run("The Care Quality Commission has published its first ratings of councils' adult social care.\n\n"
            "Hertfordshire County Council, Hounslow Council and West Berkshire Council were all assessed as "
            "'good'.")
    assert sorted(r[0] for r in rows(x)) == ["Hertfordshire County Council", "Hounslow Council",
                                             "West Berkshire Council"]


def test_a_scrutiny_board_is_never_inspected_and_a_councils_services_are_its_councils():
    x = run("The Scrutiny Board considered a note on the Ofsted focused visit to children's services in Coventry "
            "held on 26 and 27 February 2019.\n\nOfsted re-inspected Children's Services on 6 to 30 March 2017 and judged "
            "them requires improvement to be good.")
    got = rows(x)
    assert {r[0] for r in got} == {"Coventry City Council"}
    assert ("2017-03-06", "re-inspection") in {(r[2], r[4]) for r in got}


def test_a_home_visited_as_part_of_a_group_is_the_inspected_body():
    x = run("Ofsted inspectors recently visited Larchwood, part of Fenmoor Care Group, and found the children's "
            "home outstanding.")
    assert [r[0] for r in rows(x)] == ["Larchwood"]


def test_a_welsh_school_name_opens_with_its_kind():
    x = run("Ysgol Gymraeg Bryn Hafod in Cwmderi has been graded excellent following an inspection by Estyn.")
    assert rows(x)[0][0] == "Ysgol Gymraeg Bryn Hafod"


def test_a_later_monitoring_visit_is_an_inspection_of_its_own_and_an_operators_town_is_not_the_homes():
    x = run("Hollins Lodge is one of three homes operated by Fenmoor Care Group, a company based in Swindon.\n\n"
            "An inspection in July saw the home rated inadequate by Ofsted.\n\n"
            "A later monitoring visit by Ofsted, carried out in September, found some improvement.")
    got = rows(x)
    assert sorted(r[4] for r in got) == ["inspection", "monitoring visit"]
    assert all("Swindon" not in r[1] for r in got)


def test_a_service_covers_the_areas_the_text_says_it_covers():
    x = run("Borsetshire Fire and Rescue Service has been told it requires improvement by His Majesty's "
            "Inspectorate of Constabulary and Fire & Rescue Services.\n\nThe service covers Leicestershire and "
            "Rutland.")
    assert set(rows(x)[0][1]) >= {"Leicestershire", "Rutland"}


def test_an_inspection_to_come_or_in_general_is_no_inspection():
    x = run("Head teachers in Kent say they feel anxious before an Ofsted inspection.\n\nKent County Council said "
            "it helped schools preparing for inspection.", "2025-03-05")
    assert x.inspections == []


def test_the_academy_is_the_academy_named_not_another_school():
    x = run("Brookfield Academy in Rugby has a new head, who joins from Harbour Primary School, rated outstanding "
            "by Ofsted in 2021.\n\nThe academy was judged good at its last inspection.", "2024-06-10")
    assert "Brookfield Academy" in {r[0] for r in rows(x)}


def test_a_report_published_after_a_visit_earlier_in_the_year_dates_the_same_inspection():
    x = run("Borsetshire Police has been rated inadequate at responding to the public by His Majesty's Inspectorate "
            "of Constabulary and Fire & Rescue Services.\n\nThe inspectorate published its PEEL inspection report "
            "on Friday 13 September 2024, after inspectors visited the force earlier in the year.")
    assert [(r[3], r[5]) for r in rows(x)] == [("2024-09-13", False)]


def test_a_visit_named_by_its_month_comes_before_its_report():
    x = run("HMP Ashcombe has been judged poor for safety in a report by HM Inspectorate of Prisons published on "
            "9 July 2024.\n\nInspectors visited in March and found high levels of drug use.")
    assert rows(x)[0][2:4] == ("2024-03", "2024-07-09")


def test_a_councils_inspection_takes_the_one_kind_its_inspectorates_framework_has_for_councils():
    x = run("Harbourside Council was assessed as 'good' for adult social care by the Care Quality Commission.",
            "2024-11-01")
    assert [r[4] for r in rows(x)] == ["assessment"]
    # Ofsted has several kinds for councils: the text's word stays
    x = run("Harbourside Council's children's services were rated good by Ofsted.", "2024-11-01")
    assert [r[4] for r in rows(x)] == ["inspection"]


def test_a_date_field_opening_the_text_dates_the_article_not_the_inspection():
    text = " date 2023-07-20 A Kettleby nursery has received a glowing Ofsted report.\n\nLittle Wrens Day Nursery was " \
           "visited by inspectors in June and graded good."
    assert document_date(text) == "2023-07-20"
    x = run(text, document_date(text))
    assert rows(x)[0][2:4] == ("2023-06", "")


def test_a_report_that_has_been_published_comes_out_on_the_articles_date():
    x = run("The Care Quality Commission has rated Brookvale Surgery inadequate after an inspection in November "
            "2015.\n\nA full report of this inspection has been published on our website.", "2016-02-05")
    assert rows(x)[0][2:4] == ("2015-11", "2016-02-05")


def test_a_school_evaluated_after_a_visit_by_inspectors_has_an_inspection():
    x = run("Education Scotland inspectors have praised St Brendan's Primary School in Paisley after a visit in "
            "June.\n\nThe school was evaluated as very good for learning, teaching and assessment.", "2024-10-03")
    assert rows(x)[0][:3] == ("St Brendan's Primary School", ["Paisley"], "2024-06")


def test_an_agency_named_by_its_kind_in_apposition_is_the_inspected_body():
    x = run("Harbour Lights Fostering, an independent fostering agency based in Leeds, has been rated outstanding "
            "by Ofsted.", "2025-05-09")
    assert [r[0] for r in rows(x)] == ["Harbour Lights Fostering"]


def test_a_joint_area_inspection_has_every_inspectorate_the_article_names():
    x = run("Ofsted and the Care Quality Commission have found failings in support for children with SEND in "
            "Wakefield.\n\nThe area SEND inspection of the Wakefield local area partnership took place in January "
            "2024.\n\nThe partnership is made up of Wakefield Council and its NHS partners.")
    assert sorted(x.inspections[0].inspectors) == ["cqc", "ofsted"]


def test_a_prison_is_placed_by_the_town_in_its_name_then_the_county_the_text_puts_it_in():
    x = run("HMYOI Wetherby, in West Yorkshire, has been criticised by HM Inspectorate of Prisons after an "
            "unannounced inspection in February 2024.")
    assert rows(x)[0][1] == ["Wetherby", "West Yorkshire"]
    # (by its bare name too: "HMP/YOI Eastmoor in Devon" where the register spells it "HMP Eastmoor")
    x = run("HMP/YOI Portland in Dorset was found to have made no improvement since its last inspection by HM "
            "Inspectorate of Prisons in 2019.")
    assert rows(x)[0][1] == ["Portland", "Dorset"]


def test_a_home_that_had_been_inspected_before_is_an_earlier_inspection():
    x = run("RQIA has issued improvement notices to Ardmore Nursing Home following an unannounced inspection on "
            "14 May 2024.\n\nThe home had been inspected in January, when it was rated good.")
    got = rows(x)
    assert got[0][2] == "2024-05-14" and all(r[5] for r in got[1:])


def test_related_links_and_read_more_lines_report_no_inspection():
    x = run("Published: 2 December 2024\n\nA former inspector will lead Kettering Park Junior School from January.\n\n"
            "The school was rated good by Ofsted in 2022.\n\nRead more: Corby academy rated outstanding by Ofsted\n"
            "Related: Rushden nursery judged inadequate by Ofsted\nMore education news: Wellingborough school "
            "rated good by Ofsted", "2024-12-02")
    assert len(x.inspections) == 1 and "Corby" not in {p.label for p in x.places.values()}


def test_a_hospitals_services_are_rated_as_its_nhs_trusts():
    x = run("Maternity services at Eastfield General Hospital, run by Borsetshire Hospitals NHS Foundation Trust, "
            "have been rated inadequate by the Care Quality Commission following an inspection in May.", "2024-08-21")
    assert [r[0] for r in rows(x)] == ["Borsetshire Hospitals NHS Foundation Trust"]
    # a children's home run by a council stays the home's
    x = run("Meadowbank House, a children's home run by Harbourside Council, was rated inadequate by Ofsted.")
    assert [r[0] for r in rows(x)] == ["Meadowbank House"]


def test_a_framework_whose_one_kind_is_an_inspection_leaves_the_kind_an_inspection():
    x = run("Following a visit in August, a children's home run by Bristol City Council was judged inadequate by "
            "Ofsted.", "2015-10-07")
    assert [r[4] for r in rows(x)] == ["inspection"]


def test_a_fire_service_named_after_its_county_covers_it_not_the_places_a_round_up_names():
    x = extract(Document(id="t", path="t.txt", date="2024-06-01", text=(
        "HMICFRS has rated Merseyside Fire Service outstanding in three areas, the most of any service.\n\n"
        "Services in London and Gloucestershire were found to be struggling, the report said.")))
    got = {x.orgs[i.subject].label: [x.places[p].label for p in i.regions] for i in x.inspections}
    assert got["Merseyside Fire Service"] == ["Merseyside"]


def test_an_inspectorates_report_that_says_a_body_was_a_grade_reports_an_inspection():
    x = run("A report by HM Inspectorate of Prisons said outcomes at HMP Ashcombe were poor in safety and "
            "not sufficiently good in purposeful activity.", date="2025-03-01")
    assert [r[0] for r in rows(x)] == ["HMP Ashcombe"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Safety", "Poor"),
                                                          ("Purposeful activity", "Not sufficiently good")}
    # an inspectorate that says something without a grade reports no inspection
    assert rows(run("HM Inspectorate of Prisons said HMP Ashcombe had too few staff.")) == []


def test_hmip_is_the_prisons_inspectorate():
    x = run("HMIP said the jail had improved. Outcomes at HMP Ashcombe were reasonably good in respect, the report "
            "found.", date="2025-03-01")
    assert [(i.inspectors, x.orgs[i.subject].label) for i in x.inspections] == [(["hmi-prisons"], "HMP Ashcombe")]


def test_youth_justice_services_of_an_area_are_that_areas_service():
    x = run("Youth justice services in Redbridge have been rated 'good' by HM Inspectorate of Probation.",
            date="2025-03-01")
    assert [(r[0], r[1]) for r in rows(x)] == [("Redbridge Youth Justice Service", ["Redbridge"])]
    x = run("Inspectors have praised the work of Barnet's youth offending team, rating it outstanding.", date="2025-03-01")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Barnet Youth Justice Service", "Outstanding")]


def test_the_object_of_an_inspectorates_rating_verb_is_the_body_it_rated():
    x = run("A Southport care home has been placed in special measures. The Care Quality Commission rated Harbour "
            "Lights, on Marine Drive, inadequate following an unannounced visit.", date="2025-03-01")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Harbour Lights", "Inadequate")]
    # a grade written with capitals is no name
    assert "good" not in {slug for slug in run("The CQC rated Good in every area.").orgs}


def test_a_since_clause_dates_and_grades_the_earlier_inspection_not_the_visit():
    x = run("Published 4 June 2024\n\nOfsted inspectors carried out a monitoring visit to Kelmscott Council's children's "
            "services in May, the third since the council was judged inadequate in 2022.", date="2024-06-04")
    got = {(i.previous, i.kind, i.visited, i.overall) for i in x.inspections}
    assert got == {(False, "monitoring visit", "2024-05", ""), (True, "inspection", "2022", "Inadequate")}


def test_a_childminding_provider_rated_by_ofsted_is_the_body_inspected():
    x = run("Ofsted rated Brook Lane Childminding in Derby as 'Good' overall. Inspectors said the provider was "
            "'Outstanding' for personal development.", date="2024-05-12")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Brook Lane Childminding", "Good")]


def test_a_visit_by_inspectors_reports_an_inspection_of_the_body_told_to_improve():
    x = run("The Priory Lane Surgery in Reading has been told to make improvements in 14 areas after a visit by CQC "
            "inspectors in November.", date="2015-01-22")
    assert [r[0] for r in rows(x)] == ["Priory Lane Surgery"]


def test_an_area_send_inspection_of_a_place_s_local_area_partnership_and_its_outcome():
    x = run("Published 14 March 2024\n\nOfsted and the Care Quality Commission (CQC) have published the findings of "
            "their inspection of the Sheffield local area partnership's arrangements for children and young people "
            "with special educational needs and disabilities (SEND). Inspectors found that the local area "
            "partnership's arrangements lead to inconsistent experiences and outcomes for children and young people "
            "with SEND.", date="2024-03-14")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [
        ("Sheffield Local Area Partnership", "Inconsistent experiences and outcomes")]
    # "led to" with an everyday adjective grades nothing
    assert run("The new policy led to good results for the town.").judgements == []


# Council minutes on a youth justice inspection: a heading names the service by its kind, the text by its place;
# the areas are written as headings, as lines and in capitals inside a list.
MINUTES = """Youth Justice Service Inspection

The committee received a report on the inspection of the youth justice service by His Majesty's Inspectorate \
of Probation (HMIP) in March 2024. The inspection looked at 1 - Governance and Leadership, 2 - Post Court Work and \
3 - Pre-Court Work.

Overall, the service was rated as Requires improvement.

The Kirklees Youth Justice Service manager should improve planning.

Governance and leadership:  good – the board met often and knew the service well.

Domain three: out-of-court disposals:

Inadequate:  work with victims was weak.
"""


def test_minutes_name_the_service_by_its_place_and_grade_areas_in_headings_and_lines():
    x = run(MINUTES)
    assert sorted(x.orgs) == ["hmi-probation", "kirklees-youth-justice-service"]  # no "Post Court", no HMI Prisons
    assert rows(x) == [("Kirklees Youth Justice Service", ["Kirklees"], "2024-03", "", "inspection", False)]
    assert x.inspections[0].inspectors == ["hmi-probation"]
    got = {(concept(j.aspect), j.grade) for j in x.judgements}
    assert {("Governance and leadership", "Good"), ("Out-of-court disposals", "Inadequate")} <= got


def test_of_two_inspectorates_known_by_one_name_the_one_whose_remit_holds_the_body_inspects_it():
    x = run("Torridge Youth Offending Team was inspected by Her Majesty's Inspectorate of Prisons (HMIP), the "
            "cabinet heard. The Her Majesty's Inspectorate of Probation (HMIP) report rated the team good.")
    assert [i.inspectors for i in x.inspections] == [["hmi-probation"]]


def test_ofsteds_grade_for_a_prisons_education_belongs_to_the_prisons_inspection():
    x = run("Ashcombe Prison has been praised by the watchdog.\n\nA report by HM Inspectorate of Prisons said violence "
            "was lower than at other jails.\n\nIt noted that Ofsted had rated education provision as \"good\".")
    assert [(i.inspectors[0], x.orgs[i.subject].label) for i in x.inspections] == [("hmi-prisons", "Ashcombe Prison")]
    assert [(concept(j.aspect), j.grade) for j in x.judgements] == [("Education, skills and work", "Good")]


def test_moved_from_a_grade_to_another_grades_the_earlier_inspection_a_since_clause_dates():
    x = run("Fenwick Valley NHS Trust has moved from a ‘requires improvement’ rating to ‘good’.\n\n"
            "The trust was inspected by the Care Quality Commission (CQC) in November last year. Inspectors found that "
            "improvements had been made since the last inspection in February 2016 and the Trust has now been rated "
            "‘good’ for providing safe and caring services.\n\n"
            "Since its inspection in February 2016, the trust had reduced waiting lists.")
    assert [(i.visited, i.overall, i.previous) for i in x.inspections] == [
        ("", "Good", False), ("2016-02", "Requires improvement", True)]


def test_a_round_up_counts_the_bodies_the_next_sentence_lists_and_grades_them_all():
    x = run("Three children's homes have been rated inadequate in Ofsted's latest inspections.\n\n"
            "Larkspur House in Shropshire, Meadow Vale Lodge in Cumbria and Brambles Children's Home in Devon were "
            "all told to make urgent improvements.\n\n"
            "Larkspur House was found inadequate in all three areas of the overall experiences and progress of "
            "children, how well children are helped and protected and the effectiveness of leaders and managers.")
    assert [(x.orgs[i.subject].label, [x.places[p].label for p in i.regions], i.overall) for i in x.inspections] == [
        ("Larkspur House", ["Shropshire"], "Inadequate"), ("Meadow Vale Lodge", ["Cumbria"], "Inadequate"),
        ("Brambles Children's Home", ["Devon"], "Inadequate")]
    # (the overall grade is the SCCIF headline judgement, "overall experiences and progress": one judgement, not two)
    assert len({j.aspect for j in x.judgements if j.inspection == 0}) == 3


def test_the_trust_that_runs_a_hospital_is_inspected_and_covers_its_hospitals_towns():
    x = run("The trust that runs Eastmere Hospital has been told to improve, following an inspection by the Care "
            "Quality Commission.\n\nInspections took place at three hospitals, which are all run by the Wendmere "
            "Vale NHS Foundation Trust, between March and May 2024.\n\nThe trust was rated requires improvement "
            "overall. Peterborough City Hospital's maternity unit was praised. The Stamford and Rutland Hospital "
            "lacked staff.")
    assert rows(x) == [("Wendmere Vale NHS Foundation Trust", ["Peterborough", "Stamford"], "2024-03", "", "inspection",
                        False)]


def test_a_care_home_named_after_a_county_is_placed_by_its_town_and_its_shorter_name_is_the_same_home():
    x = run("An Inverness care home has been praised by the Care Inspectorate.\n\nLeonard Wessex House, which opened "
            "in 1990, was commended by inspectors. Following a two-day inspection of the home, inspectors praised "
            "its staff. Staff at Wessex House said they were delighted.")
    assert rows(x) == [("Leonard Wessex House", ["Inverness"], "", "", "inspection", False)]


def test_an_inspectorate_known_only_from_what_it_inspects_is_a_body_of_the_text():
    x = run("Praise for Lewes jail\n\nHMP Lewes was inspected in March 2024. Inspectors found the prison was "
            "improving.")
    assert [i.inspectors for i in x.inspections] == [["hmi-prisons"]]
    assert x.orgs["hmi-prisons"].label == "HM Inspectorate of Prisons"
    x = run("Staff at Kilbarr Early Learning and Childcare Centre are celebrating after an unannounced "
            "inspection. Care inspectors visited the centre.")
    assert [e.rule for e in x.orgs["care-inspectorate"].evidence] == ["org.inspectors-word"]


def test_a_report_by_the_chief_inspector_and_earlier_inspections_of_several_years():
    x = run("Jail wins praise\n\nBrackley Community Prison, in Northamptonshire, was described as well run in a "
            "report published yesterday by Her Majesty's Chief Inspector of Prisons. The prison had drawn mixed "
            "reports following inspections in 2009 and 2012.")
    assert [(i.inspectors, x.orgs[i.subject].label, i.visited) for i in x.inspections] == [
        (["hmi-prisons"], "Brackley Community Prison", "")]


def test_a_hospital_is_placed_by_the_town_the_text_puts_it_in():
    x = run("The Care Quality Commission visited the maternity service at the Hallam Vale Hospital in Nuneaton. It "
            "was rated good.")
    assert rows(x) == [("Hallam Vale Hospital", ["Nuneaton"], "", "", "inspection", False)]


def test_a_visit_across_the_new_year_and_a_later_report_are_the_current_inspection():
    x = run("Inspections carried out in December 2023 and January 2024 found Wexbury Hospital NHS Trust "
            "inadequate, the Care Quality Commission said.")
    assert [(i.visited, i.previous) for i in x.inspections] == [("2023-12", False)]


def test_a_companys_service_is_placed_in_the_town_the_opening_puts_it_in():
    x = run("Community service told to improve\n\nHealth inspectors have raised concerns over a community healthcare "
            "service run by Brookmere Care Limited at the Riverside Hospital in Otley.\n\nThe Care Quality "
            "Commission rated the service requires improvement.")
    assert [(i.subject, i.regions) for i in x.inspections] == [("brookmere-care-limited", ["otley"])]
    # two towns in the opening: none is chosen
    x = run("Community service told to improve\n\nHealth inspectors have raised concerns over a community healthcare "
            "service run by Brookmere Care Limited at hospitals in Otley and in Ilkley.\n\nThe Care Quality "
            "Commission rated the service requires improvement.")
    assert [(i.subject, i.regions) for i in x.inspections] == [("brookmere-care-limited", [])]


def test_a_gp_surgery_named_before_its_kind_in_lower_case_after_rated():
    x = run("The CQC has rated Holly Bank GP surgery in Wigan as inadequate. It was rated inadequate for being safe.")
    assert [(x.orgs[i.subject].label, i.regions) for i in x.inspections] == [("Holly Bank", ["wigan"])]


def test_years_on_tells_the_sentence_before_of_the_earlier_inspection():
    x = run("Special school turned around\n\nHollin Mead, an independent special school for children with "
            "autism in Kettleby, was rated inadequate by Ofsted in March 2021.\n\nHowever, two years on, the "
            "regulator has rated the north Leicestershire school as 'good'.")
    current = [i for i in x.inspections if not i.previous]
    assert [(x.orgs[i.subject].label, i.overall) for i in current] == [("Hollin Mead", "Good")]
    assert [i.overall for i in x.inspections if i.previous] == ["Inadequate"]
    assert any("kettleby" in r for r in current[0].regions)


def test_a_clause_about_the_previous_inspection_after_this_ones_word_leaves_this_one_current():
    x = run("RQIA report\n\nIn early February 2022, RQIA undertook an unannounced inspection to Carnhill Hospital to "
            "assess progress on the areas identified during RQIA’s previous inspection, from 16 August to 8 "
            "September 2021.\n\nThe Northern Health and Social Care Trust runs the hospital. The Northern Trust "
            "said it would act.")
    assert [(r[0], r[2], r[5]) for r in rows(x) if not r[5]] == [("Carnhill Hospital", "2022-02", False)]
    assert "Northern Trust" not in {o.label for o in x.orgs.values()}


def test_homes_under_headings_of_their_names_and_their_places_in_other_words():
    x = run("Care round-up\n\nThree care homes run by Drumlie Council have been inspected by the Care Inspectorate."
            "\n\nGlenbervie House\n\nGlenbervie House, in the Milltown area of Carrock, was graded good (4) for "
            "leadership.\n\nBraeside\n\nBraeside, on the outskirts of Kilvennan, was "
            "graded weak (2) for leadership.\n\nCorrie Mhor\n\nCorrie Mhor, a 20-bed home in Port Ellen, was graded "
            "good (4) for wellbeing.")
    assert [(r[0], r[1]) for r in rows(x)] == [("Glenbervie House", ["Carrock"]), ("Braeside", ["Kilvennan"]),
                                               ("Corrie Mhor", ["Port Ellen"])]


def test_a_council_run_home_for_older_people_named_in_apposition_is_the_body():
    x = run("Council care home told to improve\n\nAlderley Fold, a 32-bed home for older people on the outskirts "
            "of Harwick, was visited by the Care Quality Commission in September 2024. The home is run by Harwick "
            "Borough Council. Inspectors rated the home requires improvement overall.")
    assert [(r[0], r[1]) for r in rows(x) if not r[5]] == [("Alderley Fold", ["Harwick"])]


def test_a_welsh_school_by_its_welsh_name_is_the_school_a_monitoring_visit_reports():
    x = run("School out of special measures\n\nA primary school in Cwmteg has been taken out of special measures by "
            "Estyn. Ysgol Gynradd Maes Glas was placed in special measures following an inspection in November "
            "2019.\n\nDuring a monitoring visit in June 2023, inspectors looked at how the school had responded. The "
            "school is maintained by Cwmteg County Borough Council.")
    current = [r for r in rows(x) if not r[5]]
    assert [(r[0], r[2]) for r in current] == [("Ysgol Gynradd Maes Glas", "2023-06")]


def test_the_councils_home_in_apposition_with_a_welsh_name():
    x = run("Care home praised\n\nResidents at Hafod yr Afon, the council's residential home in the Glanrafon area "
            "of Pentrefoel, receive kind care, according to a new report from Care Inspectorate Wales (CIW). The home "
            "was inspected by CIW in April 2025.")
    assert [(r[0], r[1]) for r in rows(x)] == [("Hafod yr Afon", ["Pentrefoel"])]


def test_a_short_heading_names_the_body_of_the_paragraph_under_it():
    x = run("The latest CQC ratings for care homes in our area\n\nThe Care Quality Commission has published new "
            "ratings for two care homes.\n\nElm Lodge, near Wexby - Good\n\nThe home has improved from requires "
            "improvement to good. Inspectors visited on 5 November 2024.\n\nFernleigh House - Inadequate\n\n"
            "Fernleigh House, a nursing home on the outskirts of Arnsby run by Vale Care Ltd, has been rated inadequate.")
    assert [(r[0], r[1], r[2]) for r in rows(x)] == [("Elm Lodge", ["Wexby"], "2024-11-05"),
                                                     ("Fernleigh House", ["Arnsby"], "")]


def test_a_list_of_homes_each_with_its_grade_and_when_it_was_last_inspected():
    x = run("Care services given new ratings\n\nThe Care Quality Commission gives ratings to care providers.\n\n"
            "Figures for the last month show ratings were given to the following care homes in Warwickshire:\n\n"
            "• Ashcombe Gardens: Good, last inspected on November 16.\n\n"
            "• Bramley Fold Nursing Home: Requires improvement, last inspected on November 8.\n\n"
            "• Ridgeway Care - Elm Walk: Outstanding, last inspected on October 2.\n", date="2024-01-04")
    assert [(r[0], r[1], r[5]) for r in rows(x)] == [
        ("Ashcombe Gardens", ["Warwickshire"], False), ("Bramley Fold Nursing Home", ["Warwickshire"], False),
        ("Ridgeway Care - Elm Walk", ["Warwickshire"], False)]
    assert [i.overall for i in x.inspections] == ["Good", "Requires improvement", "Outstanding"]


def test_a_second_list_of_the_same_roundup_and_items_with_a_group_or_a_bracket_in_their_names():
    x = run("Care services given new ratings\n\nThe Care Quality Commission gives ratings to care providers.\n\n"
            "Figures for the last month show ratings were given to the following care homes in Warwickshire:\n\n"
            "• Ashcombe Gardens: Good, last inspected on November 16.\n\n"
            "• Kenilworth Group Hazel End: Requires improvement, last inspected on November 8.\n\n"
            "Other social care services in the area were also rated:\n\n"
            "• Bright Days Home Care: Good, last inspected on November 3.\n\n"
            "• Helping Hands (Rugby & Daventry): Outstanding, last inspected on November 2.\n", date="2024-01-04")
    # (a town in an item's name is no region when the list's lead gives one; "also rated" is this article's news)
    assert [(r[0], r[1]) for r in rows(x)] == [
        ("Ashcombe Gardens", ["Warwickshire"]), ("Kenilworth Group Hazel End", ["Warwickshire"]),
        ("Bright Days Home Care", ["Warwickshire"]), ("Helping Hands (Rugby & Daventry)", ["Warwickshire"])]
    assert [i.overall for i in x.inspections] == ["Good", "Requires improvement", "Good", "Outstanding"]


def test_a_unit_named_by_a_list_of_places_beside_the_national_service():
    x = run("Probation service rated\n\nThe probation service in Barset has been rated as ‘Requires improvement’ "
            "following an inspection by HM Inspectorate of Probation.\n\nThe second inspection in the region was of "
            "Leicester, Leicestershire and Rutland PDU, which received an overall rating of ‘Inadequate’.")
    units = [(r[0], r[1]) for r in rows(x) if r[0].endswith("PDU")]
    assert units == [("Leicester, Leicestershire and Rutland PDU", ["Leicester", "Leicestershire", "Rutland"])]


def test_a_one_area_service_named_by_its_kind_then_the_place_it_serves():
    x = run("Inspectors praise young offenders' service\n\nThe youth justice service, run by the council, in Harrogate "
            "has been rated good by HM Inspectorate of Probation after an inspection in May 2024.")
    assert [(r[0], r[1]) for r in rows(x)] == [("Harrogate Youth Justice Service", ["Harrogate"])]


def test_the_latest_or_first_body_to_receive_a_rating_reports_its_inspection():
    x = run("Home rated top\n\nBrook Lodge, a two-bedroom house, is the latest to receive the top rating from "
            "Ofsted, the council said.")
    assert [r[0] for r in rows(x)] == ["Brook Lodge"]
    x = run("School makes history\n\nFernhill Primary Academy, located in Walsall, has made history by becoming the "
            "first school in the county to secure an 'exceptional' grade from Ofsted.")
    assert [r[0] for r in rows(x)] == ["Fernhill Primary Academy"]


def test_a_renamed_service_goes_by_the_name_the_text_gives_with_the_places_possessive():
    # (the register names every council's youth justice service "X Youth Justice Service"; the text's older name,
    # with the place in the possessive, is the one readers see)
    x = run("Salford’s Youth Offending Service (YOS) has been rated as ‘good’ by HM Inspectorate of Probation.\n\n"
            "Salford’s Youth Offending Service supports children aged 10 to 18.")
    subjects = {x.orgs[i.subject].label for i in x.inspections}
    assert subjects == {"Salford Youth Offending Service"}


def test_a_practice_named_after_its_street_and_a_childcare_business():
    x = run("Park Lane Practice has been awarded a 'good' rating by Care Quality Commission inspectors.")
    assert {x.orgs[i.subject].label for i in x.inspections} == {"Park Lane Practice"}
    x = run("The Care Inspectorate has inspected Wee Wrens Childcare in Arbroath.")
    assert {x.orgs[i.subject].label for i in x.inspections} == {"Wee Wrens Childcare"}


def graded(x) -> list[tuple[str, str]]:
    """(subject, overall grade) of every current inspection, in order."""
    return [(x.orgs[i.subject].label, next((j.grade for j in x.judgements if j.inspection == i.local_id
                                            and concept(j.aspect) == "Overall effectiveness"), ""))
            for i in x.inspections if not i.previous]


def test_a_round_up_of_homes_each_named_with_its_town_before_its_grade():
    x = run("New ratings for care homes in Barsetshire\n\nThe CQC judges care services; the best possible rating is "
            "'outstanding'. Three services in the county have received ratings.\n\nFernby Hall in Ashford was awarded "
            "a 'good' rating after an inspection on May 16.\n\nOn March 7, Linden Care Home in Dover was judged to be "
            "'inadequate'.\n\nLastly, Brook View in Deal was given a 'requires improvement' rating on March 27.\n\n"
            "At the other end of the scale, services given 'outstanding' ratings are judged to be performing well.")
    assert graded(x) == [("Fernby Hall", "Good"), ("Linden Care Home", "Inadequate"),
                         ("Brook View", "Requires improvement")]
    assert [r[1] for r in rows(x)] == [["Ashford"], ["Dover"], ["Deal"]]
    assert not [j for j in x.judgements if "March" in j.aspect]


def test_a_gallery_of_settings_each_headed_by_its_name_and_address():
    x = run("Nurseries in Barsetshire with Ofsted reports in October\n\nTake a look at the settings below.\n\n"
            "2. Little Owls @ Marden Nursery, Church Lane, Ashford TN23 1AA\n\nReport published Oct 1 following an "
            "inspection on Sept 11. Classed as 'requires improvement'. Previous inspection: Good.\n\n"
            "3. Hollybush Pre-School, Mill Street, Dover CT16 2BB\n\nReport published Oct 2 following an inspection "
            "on Sept 28. Classed as 'good'. Previous inspection: Good.")
    assert graded(x) == [("Little Owls @ Marden Nursery", "Requires improvement"), ("Hollybush Pre-School", "Good")]
    assert [r[1] for r in rows(x) if not r[5]] == [["Ashford"], ["Dover"]]


def test_schools_listed_after_a_councils_report_on_inspections_each_had_one():
    x = run("Barnsdale schools inspection results\n\nMembers of Rotherham Council’s cabinet have heard the results of "
            "recent Ofsted inspections from 2024.\n\nThe inspections, which were carried out in the autumn of 2024, "
            "looked at a number of primary schools.\n\nThe report said no further action was needed at schools "
            "including Kelham Primary School, Oakfield Primary School and Stonegate Church of England Primary "
            "School.")
    assert [(r[0], r[1], r[2]) for r in rows(x)] == [("Kelham Primary School", ["Rotherham"], "2024"),
                                                    ("Oakfield Primary School", ["Rotherham"], "2024"),
                                                    ("Stonegate Church of England Primary School", ["Rotherham"], "2024")]
    # (schools named apart, not listed, are no round-up)
    assert [r[0] for r in rows(run("Ofsted inspections in 2024 were hard. Kelham Primary School was praised, and "
                                   "Oakfield Primary School too."))] != ["Kelham Primary School", "Oakfield Primary School"]


def test_the_date_that_names_the_inspection_is_its_own():
    x = run("HMP Brackenmoor in Kent was found to have made little progress by HM Inspectorate of Prisons. Violence "
            "had been very high in 2018 but by the 2021 inspection had fallen to the levels of 2017.")
    assert [r[2] for r in rows(x) if not r[5]] == ["2021"]


def test_a_trust_graded_after_its_hospital_named_as_where_services_were_rated_is_the_subject():
    x = run("The CQC rated services including those at Marlow General Hospital in Marlow as 'inadequate'.\n\n"
            "Inspectors graded the trust inadequate for safety and leadership. Marlow Hospitals NHS Trust was placed "
            "in special measures.")
    assert [r[0] for r in rows(x)] == ["Marlow Hospitals NHS Trust"]
    # ... but a hospital whose own rating is the news stays the subject
    x = run("Marlow General Hospital has been rated as 'requires improvement' by the CQC.\n\nInspectors graded the "
            "trust inadequate for safety. Marlow Hospitals NHS Trust said it would act.")
    assert rows(x)[0][0] == "Marlow General Hospital"


def test_on_the_weekday_of_the_story_a_month_first_range_and_a_trust_named_for_two_towns():
    x = run("Trust told to improve\n\nA hospital trust has been rated inadequate. The Care Quality "
            "Commission criticised services at Kendal and Penrith Hospitals NHS Trust in findings published on "
            "Thursday. An inspection carried out between January 8 and February 2 rated the trust as inadequate "
            "overall.", date="2019-03-14")  # (a Thursday)
    ins = next(i for i in x.inspections if not i.previous)
    assert (ins.published, ins.visited) == ("2019-03-14", "2019-01-08")
    assert rows(x)[0][:2] == ("Kendal and Penrith Hospitals NHS Trust", ["Kendal", "Penrith"])


def test_the_community_college_in_a_town_is_that_towns_college():
    x = run("Ludlow school has positive inspection\n\nA secondary school has been judged good in all categories by "
            "Ofsted inspectors.\n\nStaff and pupils are celebrating at the Community College in Ludlow, after the school "
            "went up a grade.\n\nHeadteacher Mary Okonjo said: \"We are delighted.\"", date="2024-06-01")
    assert rows(x)[0][:2] == ("Ludlow Community College", ["Ludlow"])
    assert x.inspections[0].overall == "Good"


def test_a_trusts_academy_named_after_the_trust_keeps_its_own_name_and_no_place_from_the_trust():
    x = run("Malton Academy Fairbank has received an excellent Ofsted report.\n\nOfsted inspectors visited the academy "
            "in the autumn of 2025 and judged it exceptional in inclusion.", date="2026-01-10")
    assert rows(x)[0][:2] == ("Malton Academy Fairbank", [])


def test_a_countys_local_area_partnership_is_what_an_area_send_inspection_inspects():
    x = run("A council chief has apologised after a damning report on special needs services.\n\nLancashire’s local "
            "area partnership (LAP) said it was committed to change following an inspection by Ofsted and the Care "
            "Quality Commission in July 2024.\n\nThe LAP, made up of Lancashire County Council and the local NHS integrated "
            "care board, now has 30 days to write an action plan.", date="2024-09-01")
    assert rows(x)[0][:2] == ("Lancashire Local Area Partnership", ["Lancashire"])


def test_a_foster_care_agency_near_a_town_and_a_county_chief_fire_officers_service():
    x = run("A fostering agency has been rated 'Inadequate' by Ofsted.\n\nInspectors visited Bright Horizons Foster Care "
            "near Ludlow in October and concluded that leadership is weak.", date="2025-01-20")
    assert rows(x)[0][:2] == ("Bright Horizons Foster Care", ["Ludlow"])
    x = run("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services found the service to be 'good' in "
            "all areas.\n\nJane Corbett, Cambridgeshire chief fire officer, said the result was fantastic news.\n\n"
            "Coun Peter Hale, chairman of the fire authority, said: \"I am proud of our firefighters.\"",
            date="2022-07-27")
    assert rows(x)[0][:2] == ("Cambridgeshire Fire and Rescue Service", ["Cambridgeshire"])
    assert [p.name for p in x.people.values()] == ["Jane Corbett", "Peter Hale"]


def test_a_mastheads_paper_is_never_the_inspected_body_and_a_street_in_a_name_is_no_place():
    x = run("Yorkshire Post\n\nPrivate ambulance service is rated as inadequate\n\nA private ambulance service in parts "
            "of Lincolnshire has been rated inadequate by inspectors.\n\nThe Care Quality Commission said Humber Patient "
            "Transport Service had unclean vehicles.", date="2019-06-01")
    assert rows(x)[0][0] == "Humber Patient Transport Service"
    x = run("The Care Quality Commission has rated Church Lane Surgery good in the 'safety' and 'well-led' categories "
            "following an inspection.", date="2019-06-01")
    assert rows(x) == [("Church Lane Surgery", [], "", "", "inspection", False)]
    assert not x.places


def test_a_providers_kind_word_in_lower_case_before_its_town():
    x = run("Wellfield Road Surgery in Halstead has been rated good by the Care Quality Commission.\n\nThe Care Quality "
            "Commission rated Wellfield Road surgery in Thornbury good in the safety category.", date="2019-06-01")
    assert rows(x)[0][:2] == ("Wellfield Road Surgery", ["Halstead"])
    x = run("The Care Quality Commission has rated Mill Lane Surgery good. The CQC praised Mill Lane surgery in "
            "Bockley for its care.", date="2019-06-01")
    assert rows(x)[0][:2] == ("Mill Lane Surgery", ["Bockley"])


def test_a_councils_youth_justice_service_named_in_the_text_is_the_probation_inspectorates_subject():
    # ("the Youth Justice and Youth Services in Wiltshire" later makes the county council a candidate too)
    x = run("Changes made to youth justice system after critical report\n\nCOUNCIL bosses say they have made changes "
            "to their youth justice service after inspectors deemed they were in need of improvement.\n\nThe "
            "findings, which were published by HM Inspectorate of Probation, revealed concerns in the management of "
            "the Wiltshire Youth and Justice Service, which works with children aged 10 to 17.\n\nOverall, the "
            "service was deemed to require improvement.\n\nThe report comes two years after the Youth Justice and "
            "Youth Services in Wiltshire were combined.\n", "2022-01-05")
    assert [r[:2] for r in rows(x) if not r[5]] == [("Wiltshire Youth and Justice Service", ["Wiltshire"])]


def test_a_body_that_carried_out_an_assessment_is_not_its_subject():
    x = run("The CQC has published a report on the trust, based on an assessment undertaken by NHS Improvement at "
            "Wexcombe Hospital NHS Foundation Trust.\n", "2018-11-01")
    assert [r[0] for r in rows(x)] == ["Wexcombe Hospital NHS Foundation Trust"]


def test_a_providers_street_address_gives_its_town_by_its_short_name_too():
    x = run("Academy placed in special measures\n\nOfsted has rated Corran Vale Academy (CVA) inadequate. Inspectors "
            "visited the CVA in Mortlake Road, Kesterby from March 4 for two days.")
    assert rows(x)[0][:2] == ("Corran Vale Academy", ["Kesterby"])
    x = run("Fostering agency is good\n\nBrightpath Fostering Limited, in Harbour Drive North, Morecambe, has been "
            "rated good by Ofsted. The agency supports 70 families.")
    assert rows(x)[0][:2] == ("Brightpath Fostering Limited", ["Morecambe"])


def test_a_known_town_after_a_comma_places_a_hospital():
    x = run("A&E under pressure\n\nHealthcare Inspectorate Wales inspected the emergency department at Pentrebach "
            "Hospital, Carmarthen, in January. It found long waits.")
    assert rows(x)[0][:2] == ("Pentrebach Hospital", ["Carmarthen"])


def test_the_lead_places_a_provider_by_a_clause_or_a_based_town_and_the_text_by_the_kind():
    x = run("Nursery praised\n\nA day nursery which looks after 150 children in Fellbridge has been rated "
            "outstanding by Ofsted. The rating went to Little Wrens Day Nursery, in Mill Way.")
    assert rows(x)[0][:2] == ("Little Wrens Day Nursery", ["Fellbridge"])
    x = run("Top marks for home\n\nA Glenmarra-based nursing care home has been given top grades. Heatherlea House "
            "was graded excellent for its care by the Care Inspectorate. A sister home run by the same charity in "
            "Dunmore came first.")
    assert rows(x)[0][:2] == ("Heatherlea House", ["Glenmarra"])
    x = run("School praised\n\nEducation Scotland inspectors judged St Ninian's Primary School to be very good. "
            "The 190-pupil school in Bankhead impressed them.")
    assert rows(x)[0][:2] == ("St Ninian's Primary School", ["Bankhead"])


def test_a_provider_placed_nowhere_else_is_in_the_village_its_name_begins_with():
    x = run("Good report for school\n\nEstyn inspectors visited Llanfrech Primary School in May 2023 and found "
            "pupils make strong progress.")
    assert rows(x)[0][:2] == ("Llanfrech Primary School", ["Llanfrech"])
    # a word of a kind's fancy name places nothing; a town the text gives wins over the name
    x = run("Good report for nursery\n\nOfsted rated Rainbow Day Nursery good after a visit in May 2023.")
    assert rows(x)[0][:2] == ("Rainbow Day Nursery", [])
    x = run("Two GP surgeries in Tamworth have been rated inadequate by the CQC.\n\nInspectors found that "
            "Brindle Surgery and Coxley Surgery were failing on safety.")
    assert [r[:2] for r in rows(x)] == [("Brindle Surgery", ["Tamworth"]), ("Coxley Surgery", ["Tamworth"])]


def test_a_city_and_a_schools_kind_in_lower_case_describe_the_named_school():
    x = run("Milton Keynes primary school climbs to good\n\nOfsted has rated Ashgrove Primary School good after a "
            "follow-up inspection.")
    assert [o.label for o in x.orgs.values() if "School" in o.label] == ["Ashgrove Primary School"]
    assert rows(x)[0][:2] == ("Ashgrove Primary School", ["Milton Keynes"])


def test_a_council_that_runs_the_nursery_is_not_the_one_inspected():
    x = run("Nursery rated very good\n\nA large nursery in Ayr has been rated as very good by the Care Inspectorate. "
            "Inspectors praised the Blossom Tree Early Years Centre for its outdoor play.\n\nThe South Ayrshire "
            "Council-run childcare hub has improved since the last inspection.")
    assert rows(x)[0][:2] == ("Blossom Tree Early Years Centre", ["Ayr"])


def test_the_lead_about_a_kind_of_provider_is_about_the_one_the_text_names():
    x = run("Care home in special measures\n\nA Kesterby care home has been rated inadequate by the Care Quality "
            "Commission.\n\nLarch View Care Home was found unsafe. Barnfield Borough Council, which pays for places "
            "at the home, has stopped placing residents there. Barnfield Borough Council said it would work with "
            "the provider.")
    assert rows(x)[0][0] == "Larch View Care Home"


def test_a_home_care_agency_by_its_one_word_head_is_graded_by_a_lead_about_a_company():
    x = run("Agency rated outstanding\n\nA Dales homecare company has been rated outstanding by the Care Quality "
            "Commission. Settle-based Fellside Homecare was given the rating after an inspection in May.")
    assert rows(x)[0][:2] == ("Fellside Homecare", ["Settle"])
    assert [(j.aspect, j.grade) for j in x.judgements] == [("Overall", "Outstanding")]  # (the CQC's name for it)


def test_a_bare_names_address_and_a_village_providers_two_word_name_place_it():
    x = run("Essex care home placed in special measures\n\nOakdene nursing home has been rated inadequate by the Care "
            "Quality Commission (CQC).\n\nOakdene in Ongar Road, Kelvedon was found to be inadequate in three "
            "categories of service, being safe, effective and well-led.")
    assert rows(x)[0][:2][0] == "Oakdene" and "Kelvedon" in rows(x)[0][1]
    assert {(j.aspect, j.grade) for j in x.judgements} >= {("Safe", "Inadequate"), ("Effective", "Inadequate"),
                                                           ("Well-led", "Inadequate")}
    x = run("Manager delighted as Stoney Cross Pre-School rated outstanding\n\nA small village pre-school has been "
            "rated outstanding by Ofsted. Stoney Cross Pre-School meets in the village hall.")
    assert rows(x)[0][:2] == ("Stoney Cross Pre-School", ["Stoney Cross"])


def test_a_childminder_who_runs_the_setting_is_graded_as_it():
    x = run("Ofsted has inspected Little Larks Childcare in Kettleby.\n\nJo Pennick runs Little Larks Childcare. Jo "
            "was awarded the \"Outstanding” grade in all four areas inspected: quality of education, behaviour and "
            "attitudes, personal development and leadership.")
    assert {(j.aspect, j.grade) for j in x.judgements} == {
        ("Quality of education", "Outstanding"), ("Behaviour and attitudes", "Outstanding"),
        ("Personal development", "Outstanding"), ("Leadership and management", "Outstanding")}
    assert [p.name for p in x.people.values()] == ["Jo Pennick"]


def test_a_councils_service_rated_in_the_present_tense_and_an_outcome_found():
    x = run("Adult social care in Ealing is rated as requiring improvement according to the latest review from the Care "
            "Quality Commission (CQC).")
    assert rows(x)[0][:2] == ("Ealing Council", ["Ealing"]) and x.inspections[0].overall == "Requires improvement"
    x = run("SEND services criticised\n\nThe Barsetshire Local Area Partnership has apologised to families, after "
            "“widespread systemic failings” were found during an inspection by Ofsted and the Care Quality Commission "
            "in July.")
    assert [(j.grade) for j in x.judgements] == ["Widespread and/or systemic failings"]


def test_an_operators_run_word_before_a_homes_kind_is_no_homes_name():
    x = run("Home told to improve\n\nThe Care Inspectorate has published its report on Glenbervie Nursing Home in "
            "Montrose.\n\nThe KLM-run care home was asked to improve the way residents' needs are met during an "
            "unannounced inspection.")
    assert "KLM-run" not in [o.label for o in x.orgs.values()]
    assert rows(x)[0][:2] == ("Glenbervie Nursing Home", ["Montrose"])


def test_a_later_full_inspection_after_a_dated_grade_and_a_focused_visit_in_quote_marks():
    x = run("Wakefield's children's services leave intervention\n\nChildren's social care in Wakefield was rated "
            "\"inadequate\" by Ofsted in 2021.\n\nBut a full inspection in March found it had improved a great deal."
            "\n\nThe 2021 inspection found children waited too long for help.\n\nOfsted also carried out a "
            "\"focused visit\" to Wakefield's children's services on 3 and 4 June, looking at care leavers.")
    got = rows(x)
    assert len(got) == 3
    assert [(r[2], r[4], r[5]) for r in got] == [("2021", "inspection", True), ("", "inspection", False),
                                                 ("", "focused visit", False)]


def test_a_report_says_names_an_inspection_and_a_school_the_trust_also_runs_is_no_referent():
    x = run("Wakefield Council's services for children are improving, a new Ofsted report says.\n\nInspectors found "
            "leaders had kept a strong focus on safety.")
    assert [(r[0], r[4]) for r in rows(x)] == [("Wakefield Council", "inspection")]
    x = run("Ofsted has rated Kingsway Community Academy in Hove good.\n\nThe trust also runs the Portland Road "
            "Academy (PRA).\n\nInspectors spent two days at the school and said behaviour was good.")
    assert [r[0] for r in rows(x)] == ["Kingsway Community Academy"]


def test_places_from_a_schools_name_and_the_lead():
    x = run("Village school told it requires improvement after Ofsted inspection\n\nInspectors found a village "
            "school 'requires improvement' following an inspection last month.\n\nHoxne Primary School received "
            "the Ofsted rating after leaders were found not to have checked teaching.")
    assert [r[1] for r in rows(x)] == [["Hoxne"]]
    x = run("Ofsted has rated Hove Aldridge Community Academy good.")
    assert [r[1] for r in rows(x)] == [["Hove"]]


def test_a_rating_after_inspections_at_two_sites_and_a_trust_placed_by_its_county():
    x = run("The CQC has rated United Wexshire Hospitals NHS Trust as requires improvement after inspections at "
            "Lincoln County Hospital and Pilgrim Hospital in Boston.")
    assert [r[0] for r in rows(x)] == ["United Wexshire Hospitals NHS Trust"]  # (the rating reports one inspection)
    x = run("The CQC has rated Northern Lincolnshire Hospitals NHS Trust as requires improvement after inspections "
            "at Grimsby Road Hospital and Fenside Hospital in Boston.")
    assert [(r[0], r[1]) for r in rows(x)] == [("Northern Lincolnshire Hospitals NHS Trust", ["Lincolnshire"])]


def test_a_hospital_named_with_a_title_and_a_town_is_placed_by_the_town():
    x = run("Duchess of Lancaster Hospital's maternity unit rated inadequate\n\nA hospital in the North West has been "
            "told to improve after the Care Quality Commission found its Maternity Department was short of staff.\n\n"
            "Dr Jane Roe, Chief Executive at the Trust, said: \"We accept the findings.\"")
    assert [(r[0], r[1]) for r in rows(x)] == [("Duchess of Lancaster Hospital", ["Lancaster"])]
    assert "Maternity Department" not in {o.label for o in x.orgs.values()}
    assert {(x.people[p.person].name, p.role, x.orgs[p.org].label if p.org else "") for p in x.posts} == {
        ("Jane Roe", "chief executive", "Duchess of Lancaster Hospital")}
