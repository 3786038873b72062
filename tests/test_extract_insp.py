"""Inspected bodies, their areas and their inspections, on short texts written for these tests."""

from __future__ import annotations

from conftest import concept

from kg.extract import extract
from kg.extract.bodynames import body_names
from kg.ingest import Source, _lead_capitals, from_bytes
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
    x = run("The watchdog rated Rutland and Mendip Vale Police as good. Rutland Police welcomed it. "
            "Mendip Vale Police said little. Mendip Vale Constabulary will publish a plan.")
    got = labels(x)
    assert "Rutland Police" in got and "Mendip Vale Constabulary" in got
    assert "Mendip Vale Police" not in got  # one force, two names
    assert not any(k.startswith("Rutland and") for k in got)


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


def test_a_council_no_lexicon_places_covers_the_area_its_name_gives():
    x = run("Education Scotland graded Lochmorven and Strathcairn Council 'weak' after its inspection.")
    (ins,) = x.inspections
    assert [x.places[p].label for p in ins.regions] == ["Lochmorven and Strathcairn"]


def test_a_school_is_placed_by_the_town_named_after_it_not_its_street():
    x = run("Rowan Tree Primary School, in Millbeck, has been rated good by Ofsted. "
            "Hazel Grove Surgery, in Church Street, was inspected by the Care Quality Commission.")
    regions = {x.orgs[i.subject].label: [x.places[p].label for p in i.regions] for i in x.inspections}
    assert regions["Rowan Tree Primary School"] == ["Millbeck"]
    assert "Church Street" not in {p.label for p in x.places.values()}


def test_a_chief_inspectors_title_stands_for_the_inspectorate():
    x = run("Report on an unannounced inspection of HMP Ashcombe by HM Chief Inspector of Prisons (3-14 June 2024)")
    (ins,) = x.inspections
    assert ins.inspectors == ["hmi-prisons"] and ins.kind == "unannounced inspection"
    assert ins.visited == "2024-06-03" and x.orgs[ins.subject].label == "HMP Ashcombe"


def test_a_rating_received_names_an_inspection_and_each_body_gets_one():
    x = run("Ofsted's new inspections have reported. Lancashire and Cumbria County Councils both received a "
            "rating of adequate for their help to children in care.")
    assert sorted(x.orgs[i.subject].label for i in x.inspections) == ["Cumbria County Council",
                                                                       "Lancashire County Council"]


def test_kinds_keep_the_texts_words_where_the_contract_has_them():
    x = run("Report on an announced inspection of Ashgrove Immigration Removal Centre by HM Chief Inspector of "
            "Prisons, published in May 2024.")
    assert [i.kind for i in x.inspections] == ["announced inspection"]
    x = run("A joint-targeted area inspection of Harbourside Borough Council by Ofsted and the CQC found "
            "strong leadership.")
    assert [i.kind for i in x.inspections] == ["joint targeted area inspection"]


def test_the_school_means_the_school_named_before_not_the_council():
    x = run("Pupils at Larkspur Lane Primary School are celebrating. Two years on from special measures, the "
            "school has now been rated good by Ofsted. Ofsted praised Harbourside County Council's support.")
    current = [i for i in x.inspections if not i.previous]
    assert [x.orgs[i.subject].label for i in current] == ["Larkspur Lane Primary School"]


def test_a_prison_named_without_its_prefix_is_the_subject_not_the_national_service():
    x = run("An inspection report by HM Inspectorate of Prisons found Fenwick Moor was safe. Fenwick Moor held "
            "600 men. The Prison Service "
            "said it welcomed the report on HMP Fenwick Moor.")
    (ins,) = x.inspections
    assert x.orgs[ins.subject].label == "HMP Fenwick Moor"


def test_an_acts_year_in_brackets_dates_no_inspection():
    x = run("The Care Quality Commission has rated Harbourside Council as requires improvement in meeting its "
            "duties under the Care Act (2014).")
    (ins,) = x.inspections
    assert ins.visited == "" and ins.published == ""


def test_an_earlier_inspection_named_twice_keeps_its_own_date():
    x = run("Estyn inspectors presented the outcomes of their recent monitoring visits to Harbourside County "
            "Council. The visits followed the original inspection in 2019, which found the council unsatisfactory. "
            "Estyn judged that the council had made strong progress on the recommendations arising from the "
            "inspection of March 2019.")
    current = [i for i in x.inspections if not i.previous]
    assert [(i.kind, i.visited) for i in current] == [("monitoring visit", "")]


def test_two_trusts_rated_in_one_sentence_each_get_an_inspection():
    x = run("The Healthcare Commission, which rates trusts every year, found the quality of services at "
            "Harbourside Primary Care Trust and Eastfield Hospitals Trust was 'fair'.")
    assert sorted(x.orgs[i.subject].label for i in x.inspections) == ["Eastfield Hospitals Trust",
                                                                       "Harbourside Primary Care Trust"]


def test_bodies_inspected_together_share_a_kind_and_a_regime_names_the_kind():
    x = run("The Healthcare Commission found the quality of services at Harbourside Primary Care Trust and "
            "Eastfield Hospitals Trust was 'fair'. The annual health check rated both trusts as fair.")
    assert {i.kind for i in x.inspections} == {"annual health check"}
    x = run("The first councils inspected under Ofsted's new announced inspections regime have reported. "
            "Lancashire and Cumbria County Councils both received a rating of adequate.")
    assert {i.kind for i in x.inspections} == {"announced inspection"}


def test_an_unnamed_home_is_inspected_as_the_operator_that_runs_it():
    x = extract(Document(id="t", path="t.txt", date="2023-05-02", text=(
        "A children's home in Shropshire has been rated inadequate by Ofsted.\n\nThe home, run by Brightwater Care "
        "Homes, was judged inadequate in every area after a visit in March.\n")))
    assert [(i.subject, i.overall) for i in x.inspections] == [("brightwater-care-homes", "Inadequate")]
    assert x.orgs["brightwater-care-homes"].kind == "company"


def test_a_person_who_runs_a_home_is_no_operator_body():
    x = extract(Document(id="t", path="t.txt", date="2023-05-02", text=(
        "Ofsted rated Hollyfield House in Ludlow good. The home, run by Ann Pryce and her husband, cares for four "
        "children.\n")))
    assert set(x.orgs) == {"ofsted", "hollyfield-house"}


def test_report_fields_under_a_heading_name_the_inspected_body():
    x = extract(Document(id="t", path="t.txt", date="2024-02-06", text=(
        "Reports published 6 February 2024\n\nHMP Eastwood Park\nType of inspection: Full unannounced inspection\n"
        "Dates of inspection: 2-12 October 2023\nSummary of findings: Outcomes had improved since the last visit.\n\n"
        "HMP Haverigg\nType of inspection: Independent review of progress\nDates of inspection: 4-6 December 2023\n"
        "Summary of findings: Progress had been slow.\n\nThe reports were published by HM Inspectorate of Prisons.\n")))
    got = {(i.subject, i.visited) for i in x.inspections}
    assert got == {("hmp-eastwood-park", "2023-10-02"), ("hmp-haverigg", "2023-12-04")}


def test_a_place_in_a_prisons_name_is_no_place_of_the_article():
    x = extract(Document(id="t", path="t.txt", date="2024-02-06", text=(
        "HM Inspectorate of Prisons inspected HMP Bedford in May. Reviews of progress at HMP Lincoln and HMP Exeter "
        "follow next year.\n")))
    assert not {"lincoln", "exeter"} & set(x.places)


def test_a_register_body_goes_by_the_name_the_text_gives_it():
    x = extract(Document(id="t", path="t.txt", date="2013-03-01", text=(
        "Liverpool Youth Offending Service has been rated good by HM Inspectorate of Probation.\n")))
    o = x.orgs["liverpool-youth-justice-service"]
    assert o.label == "Liverpool Youth Offending Service" and "Liverpool Youth Justice Service" in o.aliases
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Liverpool Youth Offending Service"]


def test_a_national_body_keeps_one_name_however_the_text_writes_it():
    x = extract(Document(id="t", path="t.txt", date="2013-03-01", text=(
        "Ofsted rated the Children and Family Court Advisory and Support Service good.\n")))
    assert x.orgs["cafcass"].label == "Cafcass"


def test_a_places_possessive_before_a_services_name_is_the_services_own_place():
    x = extract(Document(id="t", path="t.txt", date="2022-12-16", text=(
        "An inspection of York's Youth Justice Service has found it to be outstanding, HM Inspectorate of "
        "Probation said.\n")))
    assert [(i.subject, i.regions) for i in x.inspections] == [("york-youth-justice-service", ["york"])]


def test_a_surgery_named_before_its_kind_in_lower_case_is_the_body_inspected():
    x = extract(Document(id="t", path="t.txt", date="2015-02-01", text=(
        "The Ashgrove Lane surgery in Thirsk has been rated good by the Care Quality Commission after a "
        "re-inspection.\n")))
    assert [(i.subject, i.regions, i.overall) for i in x.inspections] == [("ashgrove-lane", ["thirsk"], "Good")]


def test_a_school_named_by_its_place_and_kind_in_lower_case():
    x = extract(Document(id="t", path="t.txt", date="2012-02-01", text=(
        "Llandovery primary school's performance has been rated 'good' by Estyn. The school's prospects for "
        "improvement were also reported as good.\n")))
    assert [(i.subject, i.inspectors) for i in x.inspections] == [("llandovery-primary-school", ["estyn"])]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Current performance", "Good"),
                                                           ("Prospects for improvement", "Good")}


def test_a_primary_school_in_a_place_is_no_named_body():
    x = extract(Document(id="t", path="t.txt", date="2012-02-01", text=(
        "Estyn has rated a Llandovery primary school good.\n")))
    assert "llandovery-primary-school" not in x.orgs


def test_an_agencys_brand_before_fostering_service_is_no_place():
    x = extract(Document(id="t", path="t.txt", date="2024-05-01", text=(
        "Brightpath Fostering Service has kept its outstanding rating from Ofsted after its latest inspection.\n")))
    assert [i.subject for i in x.inspections] == ["brightpath-fostering-service"]
    assert x.places == {} and x.inspections[0].regions == []


def test_specialties_school_modifiers_and_a_councils_own_service_are_no_bodies():
    x = extract(Document(id="t", path="t.txt", date="2024-05-01", text=(
        "The Care Quality Commission rated Westfield Hospital. General surgery at the hospital was rated "
        "inadequate, and Cardiac surgery was rated good. Bristol secondary school pupils did well this year. "
        "Ofsted rated the home, run by the Council’s Fostering Service, good.\n")))
    assert not {"general", "cardiac", "bristol-secondary-school", "councils-fostering-service"} & set(x.orgs)


def _graded(x) -> dict[str, set[tuple[str, str]]]:
    """Each inspected body's label with its (aspect, grade) pairs."""
    out: dict[str, set[tuple[str, str]]] = {}
    for ins in x.inspections:
        out.setdefault(x.orgs[ins.subject].label, set()).update(
            (concept(j.aspect), j.grade) for j in x.judgements if j.inspection == ins.local_id)
    return out


def test_bodies_joined_around_where_each_is_share_the_grade_that_follows_them():
    x = run("Both Rochdale Borough Council, in the north west, and Torbay Council, in Devon, were given a "
            "'requires improvement' grading by Ofsted after being inspected in March.", date="2016-05-02")
    got = _graded(x)
    assert set(got) == {"Rochdale Borough Council", "Torbay Council"}
    assert all(("Overall effectiveness", "Requires improvement") in v for v in got.values())
    assert {i.visited for i in x.inspections} == {"2016-03"}


def test_council_areas_joined_as_peers_are_each_a_council_graded_for_its_whole_service():
    x = run("Ofsted has published two more reports. Two further authorities – Bury in Greater Manchester and Slough "
            "in Berkshire – have been given an 'inadequate' judgment for their children's services.")
    got = _graded(x)
    assert set(got) == {"Bury Council", "Slough Borough Council"}
    assert all(v == {("Overall effectiveness", "Inadequate")} for v in got.values())


def test_a_tally_of_many_bodies_results_is_no_inspections_grade_or_date():
    x = run("Ofsted rated Rochdale Borough Council good in May 2016. Of the 30 councils whose reports were published "
            "by 4 June, nine have been rated good and none outstanding. Only four of the 30 councils were found to be "
            "outstanding for leadership, and 12% of the councils inspected were rated inadequate.")
    assert _graded(x) == {"Rochdale Borough Council": {("Overall effectiveness", "Good")}}
    assert len(x.inspections) == 1 and "06" not in x.inspections[0].visited + x.inspections[0].published


def test_a_round_up_gives_each_body_its_own_grade_and_its_own_later_sentences():
    x = run("Rochdale Borough Council's children's services have been rated 'outstanding' by Ofsted, while Walsall MBC "
            "has achieved a 'good' rating after previously being in intervention.\n\nInspectors who visited Rochdale "
            "in May praised its leaders.\n\nThe government sent commissioners to Walsall in 2012. An inspection in June "
            "has resulted in a 'good' rating.", date="2018-08-01")
    got = {x.orgs[i.subject].label: i for i in x.inspections if not i.previous}
    assert set(got) == {"Rochdale Borough Council", "Walsall Council"}
    assert _graded(x)["Rochdale Borough Council"] == {("Overall effectiveness", "Outstanding")}
    assert _graded(x)["Walsall Council"] == {("Overall effectiveness", "Good")}
    assert got["Rochdale Borough Council"].visited == "2018-05" and got["Walsall Council"].visited == "2018-06"


def test_the_primary_care_trust_is_the_trust_of_that_kind():
    x = run("The Healthcare Commission rated Wessex Primary Care Trust and Kingsmoor Hospitals Trust as fair. The "
            "primary care trust was rated as weak in its use of resources.")
    got = _graded(x)
    assert ("Use of resources", "Weak") in got.get("Wessex Primary Care Trust", set())
    assert ("Use of resources", "Weak") not in got.get("Kingsmoor Hospitals Trust", set())


def test_a_grade_in_terms_of_one_area_based_on_others_grades_them_all():
    x = run("Ofsted has rated Brackenhill Secure Children's Home outstanding. The home was judged to be 'outstanding' "
            "in terms of the overall experiences and progress of children and young people, based on how well they "
            "are helped and protected; their health; and the effectiveness of leaders and managers.")
    got = _graded(x)["Brackenhill Secure Children's Home"]
    assert {a for a, g in got if g == "Outstanding"} >= {
        "Overall experiences and progress of children and young people",
        "How well children and young people are helped and protected", "Health",
        "The effectiveness of leaders and managers"}


def test_a_rating_recalled_in_a_which_clause_is_an_earlier_inspection():
    x = run("Ofsted has rated Brackenhill Secure Children's Home outstanding in all areas. Inspectors found staff at "
            "the home, which it rated 'good' in 2019, build strong relationships with the children.")
    now = [i for i in x.inspections if not i.previous]
    assert len(now) == 1 and now[0].visited == "" and now[0].overall == "Outstanding"
    assert any(i.previous and i.visited == "2019" for i in x.inspections)


def test_a_school_celebrating_after_being_rated_good_is_the_articles_school():
    x = run("A SCHOOL is celebrating after being rated 'good' by inspectors.\nMarshfield Academy, which has 600 "
            "pupils, was visited by Ofsted in March.")
    assert _graded(x) == {"Marshfield Academy": {("Overall effectiveness", "Good")}}


def test_council_areas_listed_before_the_verb_are_each_a_councils_joint_inspection():
    x = run("Stockport, Trafford and Luton received the lowest outcome in area SEND inspections by Ofsted and the "
            "Care Quality Commission this summer.")
    got = {x.orgs[i.subject].label: i.inspectors for i in x.inspections}
    assert set(got) == {"Stockport Council", "Trafford Council", "Luton Borough Council"}
    assert all(set(v) == {"ofsted", "cqc"} for v in got.values())


def test_bodies_after_a_contrast_share_their_grade_and_keep_their_own_places():
    x = run("HMIC has published its PEEL effectiveness inspections. Staffordshire Police was one of 13 forces that was "
            "listed as requiring improvement, while Kent Police and Essex Police were rated 'good'.", date="2017-03-02")
    got = _graded(x)
    assert got["Staffordshire Police"] == {("Overall effectiveness", "Requires improvement")}
    assert got["Kent Police"] == got["Essex Police"] == {("Overall effectiveness", "Good")}
    regions = {x.orgs[i.subject].label: i.regions for i in x.inspections}
    assert "staffordshire" not in regions["Kent Police"] + regions["Essex Police"]


def test_counties_stand_for_the_fire_services_of_a_fire_round_up():
    x = run("HMICFRS has published its reports on Kent Fire and Rescue Service and 14 other services.\n\nDerbyshire and "
            "Suffolk also have outstanding grades for values and culture. Devon and Somerset gets a good grading. "
            "Cumbria and Essex receive the inadequate gradings.")
    got = _graded(x)
    assert {"Derbyshire Fire and Rescue Service", "Suffolk Fire and Rescue Service",
            "Cumbria Fire and Rescue Service", "Essex County Fire and Rescue Service"} <= set(got)
    assert ("Promoting the right values and culture", "Outstanding") in got["Derbyshire Fire and Rescue Service"]
    assert not any(x.orgs[i.subject].kind == "local authority" for i in x.inspections)


def test_a_provider_named_after_what_it_is_is_inspected_and_graded_on_a_semicolon_list():
    x = run("Ofsted has rated Marsh Lane College outstanding. Meanwhile, Kent-based independent learning provider "
            "Peak Fitness Training was hit with a damning 'inadequate' grade.\n\nThe report deemed the provider "
            "inadequate in leadership and management; adult learning programmes; personal development; behaviour and "
            "welfare; and outcomes for learners.", date="2019-06-01")
    got = _graded(x)
    assert ("Overall effectiveness", "Outstanding") in got["Marsh Lane College"]
    assert {a for a, g in got["Peak Fitness Training"] if g == "Inadequate"} >= {
        "Adult learning programmes", "Personal development, behaviour and welfare", "Outcomes for learners"}
    assert x.orgs["peak-fitness-training"].kind == "company"


def test_words_that_pick_some_of_a_kind_open_no_body_and_tallies_use_more_verbs():
    x = run("The council's adult social care was assessed by the CQC.\n- Other Council services were praised.\n"
            "Overall 24 trusts of the 570 assessed were labelled 'weak'.")
    assert "Other Council" not in labels(x)
    assert not any(j.grade == "Weak" for j in x.judgements)


def test_of_two_dated_inspections_of_one_body_the_later_is_the_articles_own():
    x = run("CQC praises surgery.\nMarston Row Surgery in Tilbridge was first inspected in March 2016, leading to an "
            "overall ‘inadequate’ rating.\nA follow-up inspection in October 2016 found the practice had addressed the "
            "concerns. The report bumped the practice up to ‘good’ in all five areas the CQC inspects - safe, "
            "effective, caring, responsive and well-led.")
    now = [i for i in x.inspections if not i.previous]
    assert [i.visited for i in now] == ["2016-10"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements if j.inspection == now[0].local_id} >= {
        ("Safe", "Good"), ("Well-led", "Good")}
    assert [(i.visited, i.overall) for i in x.inspections if i.previous] == [("2016-03", "Inadequate")]


def test_a_year_dated_rating_then_an_inspection_that_says_now_is_the_earlier_one():
    x = run("A prison in Kestrel County has made progress, say inspectors.\nIn 2019, HMP Brackwater, near Elmsford, "
            "was rated “poor” by HM Inspectorate of Prisons.\nFollowing a full inspection in July, outcomes were now "
            "“reasonably good”.")
    now = [i for i in x.inspections if not i.previous]
    assert len(now) == 1 and now[0].visited == ""


def test_a_prison_near_a_town_is_placed_by_the_county_the_text_gives_then_that_town():
    x = run("A prison in Devon has improved, say inspectors. HMP Brackwater, near Newton Abbot, was inspected "
            "by HM Inspectorate of Prisons in May.", "2024-08-01")
    assert [i.regions for i in x.inspections] == [["devon", "newton-abbot"]]  # the county first, then the town near


def test_a_service_named_for_two_counties_covers_both_and_ampersands_match_either_way():
    x = run("Dorset and Wiltshire Fire and Rescue Service was rated good by His Majesty's Inspectorate of "
            "Constabulary & Fire and Rescue Services. Avon and Somerset Police was inspected too.", "2023-01-20")
    assert {o.key for o in x.orgs.values() if o.kind == "inspectorate"} == {"hmicfrs"}
    regions = {x.orgs[i.subject].label: i.regions for i in x.inspections}
    assert regions["Dorset and Wiltshire Fire and Rescue Service"] == ["dorset", "wiltshire"]
    assert regions["Avon and Somerset Police"] == ["area-avon-and-somerset"]
    x = run("The trust serves Shropshire and Telford and Wrekin.")
    assert not any(o.kind == "local authority" for o in x.orgs.values())


def test_a_regulator_named_before_its_inspection_inspects_and_is_an_inspection_of_its_own():
    x = run("Harlow Vale Hospital NHS Foundation Trust has been rated ‘Good’ by the Care Quality Commission.\n\nThe "
            "Trust was awarded an ‘Outstanding’ rating for ‘use of resources’ by an NHS Improvement inspection which "
            "was completed during the same period as the CQC assessment.", "2018-04-10")
    got = {tuple(i.inspectors): i.subject for i in x.inspections}
    assert got == {("cqc",): "harlow-vale-hospital-nhs-foundation-trust",
                   ("nhs-improvement",): "harlow-vale-hospital-nhs-foundation-trust"}
    nhsi = next(i for i in x.inspections if i.inspectors == ["nhs-improvement"])
    assert {(concept(j.aspect), j.grade) for j in x.judgements if j.inspection == nhsi.local_id} == {("Use of resources", "Outstanding")}


def test_a_grade_then_and_now_in_one_sentence_dates_the_earlier_one():
    x = run("Care home celebrates good rating\nA care home in Ashbury is celebrating after its CQC rating improved.\n"
            "In November Fernlea Nursing Home was graded as requires improvement but that has now been upgraded to good.",
            "2017-09-27")
    assert [(i.visited or i.published, i.previous) for i in x.inspections if i.previous] == [("2016-11", True)]
    assert "Ashbury" not in labels(x)  # a place the text puts a home in, no body
    assert not any("\n" in o.label for o in x.orgs.values())


def test_a_report_published_today_is_the_dated_inspections_own():
    x = run("A surgery in Dunmere has been put in special measures, a Care Quality Commission (CQC) report published "
            "today has shown.\n\nHollins Lane Surgery was rated inadequate after a CQC inspection in October 2017.")
    assert [(i.subject, i.visited) for i in x.inspections] == [("hollins-lane-surgery", "2017-10")]


def test_a_name_stops_at_the_end_of_its_line():
    x = run("Estyn report published for Ysgol Gyfun Cwm Glas\nPosted on: Friday 14 June 2019\n\nEstyn inspected Ysgol "
            "Gyfun Cwm Glas in May 2019.")
    assert "Ysgol Gyfun Cwm Glas" in labels(x) and not any("Posted" in k for k in labels(x))


def test_a_paragraph_opening_in_capitals_reads_its_name_in_title_case():
    text = ("Hospice praised\n\nST AIDAN'S Dorset Hospice has been rated ‘outstanding’ by the Care Quality Commission "
            "(CQC) after an inspection in July.\n\nTHE inspection praised staff at St Aidan’s Hospice in Kingsmere.\n\n"
            "A DORSET SECONDARY SCHOOL has been praised too.\n\nCQC said the hospice had improved.")
    doc = from_bytes(Source("hospice.txt", "txt"), text.encode())
    assert len(doc.text) == len(text) and "St Aidan's Dorset Hospice has" in doc.text and "\nThe inspection" in doc.text
    # (a lead that goes on in lower case is ordinary words, a place keeps its capital; acronyms as written)
    assert "A Dorset secondary school has" in doc.text and "\nCQC said" in doc.text
    x = run(doc.text, "2024-09-01")
    names = labels(x)
    assert "St Aidan's Dorset Hospice" in names and not any(k.startswith("St Aidan’s") for k in names)
    assert not x.people  # a saint's name is no person's
    assert [i.regions for i in x.inspections] == [["dorset"]]


def test_a_service_based_in_a_town_covers_it_beside_its_names_county():
    x = run("A Wexbury-based healthcare service has been rated as ‘requires improvement’ by the Care Quality Commission "
            "(CQC).\n\nA report was published for Oakshire Supported Living Services yesterday.")
    assert "area-wexbury" in x.inspections[0].regions


def test_a_council_by_its_countys_short_form_is_the_council():
    x = run("Hertfordshire County Council has apologised to families.\n\nOpposition councillor Ann Bell said Herts County "
            "Council had been marked down.")
    assert [o.label for o in x.orgs.values() if o.kind == "local authority"] == ["Hertfordshire County Council"]


def test_review_findings_stay_fixed():
    # a rating 'but ... now' with no new grade, and 'has now' after a year, leave one current inspection
    x = run("Oakfield Primary School in Barnsley was rated good by Ofsted in March 2024, but the head teacher said the "
            "school must now focus on attendance.")
    assert [(i.visited or i.published, i.previous) for i in x.inspections] == [("2024-03", False)]
    x = run("Oakfield Primary School in Barnsley was rated good by Ofsted in 2023. Following the inspection, the head "
            "teacher said the school has now appointed two new teachers.")
    assert [i.previous for i in x.inspections] == [False]
    # 'X-based' elsewhere, and a prison named in passing, place no inspected body
    x = run("Rosewood House in Kettering has been rated inadequate by the Care Quality Commission. The "
            "Northampton-based provider said it would appeal.")
    assert [i.regions for i in x.inspections] == [["kettering"]]
    x = run("HMP Lewes has been rated poor for safety after an inspection by HM Inspectorate of Prisons. Some inmates "
            "said they had asked to be moved to a prison in Bristol.")
    assert [i.regions for i in x.inspections] == [["lewes"]]
    # a regulator named after "by" in passing is no inspector
    x = run("Oakfield Hospitals NHS Trust, which was placed in special measures by NHS Improvement last year, has been "
            "rated inadequate by the Care Quality Commission following an inspection in March 2024.")
    assert [i.inspectors for i in x.inspections] == [["cqc"]]
    # a director of operations is the provider's
    x = run("Rosewood House care home in Kettering has been rated inadequate by the Care Quality Commission. Director "
            "of operations Helen Marsh said: \"We are disappointed.\"")
    assert [p.org for p in x.posts] == ["rosewood-house"]


def test_review_findings_in_judgements_recommendations_and_text_stay_fixed():
    x = run("Rosewood House care home in Kettering has been rated good by the Care Quality Commission. It was rated "
            "requires improvement for keeping people safe.", "2024-05-01")
    assert "Effective" not in {j.aspect for j in x.judgements}
    x = run("Rosewood House care home in Kettering has been rated requires improvement by the Care Quality Commission. "
            "Inspectors asked the provider to improve its systems for checking and updating care plans.", "2024-05-01")
    assert len(x.recommendations) == 1
    assert _lead_capitals("INMATES AT the jail told inspectors") == "INMATES AT the jail told inspectors"
    assert _lead_capitals("PROFESSOR OF nursing said") == "PROFESSOR OF nursing said"
    # the initials of His Majesty's bodies open a line as they are written
    assert _lead_capitals("HMYOI Werrington in Staffordshire was inspected") == "HMYOI Werrington in Staffordshire was inspected"
    # a place's name set in capitals is the place's, whatever follows it
    assert _lead_capitals("DEVON and Cornwall's commissioner said") == "Devon and Cornwall's commissioner said"


def test_a_headline_in_title_case_names_the_body_after_its_last_preposition():
    x = run("Staffing Worries Raised Over Night Cover At Kestrel Vale Hospital\n\nThe RQIA inspected Kestrel Vale "
            "Hospital in May.", "2024-06-01")
    assert "Kestrel Vale Hospital" in labels(x)
    assert not any(label.startswith("Staffing") for label in labels(x))


def test_a_youth_justice_service_by_its_short_name_and_a_rating_with_its_overall():
    x = run("Tarnside Youth Justice has been inspected by HM Inspectorate of Probation. All areas were judged good "
            "or outstanding, with an overall rating of outstanding.", "2024-06-01")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Tarnside Youth Justice"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Overall effectiveness", "Outstanding")}


def test_according_to_an_inspection_is_one_that_happened():
    x = run("Concerns have been raised about night staffing at Larkspur House care home, according to an inspection "
            "by the CQC.", "2024-06-01")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Larkspur House"]
    x = run("Larkspur House care home says it is preparing to face an inspection by the CQC.", "2024-06-01")
    assert x.inspections == []


def test_her_majestys_opens_a_bodys_name():
    x = run("The service works with Her Majesty’s Courts and Tribunal Service in the region.", "2024-06-01")
    assert "Her Majesty’s Courts and Tribunal Service" in labels(x)


def test_the_force_is_never_the_inspectorate_of_constabulary():
    x = run("HM Inspectorate of Constabulary has published its assessment of Tarnside Police.\n\nFor effectiveness "
            "and efficiency the force was given a good rating, but was told it needs improving in legitimacy.",
            "2015-11-01")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Tarnside Police"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {
        ("Effectiveness", "Good"), ("Efficiency", "Good"), ("Legitimacy", "Requires improvement")}


def test_the_nursery_is_the_one_the_text_calls_a_nursery_not_the_college_it_stands_in():
    x = run("The Bramble Hill nursery has been rated outstanding by Ofsted.\n\nThe nursery is based at the Kestrel "
            "College site. The nursery was given an outstanding mark for leadership and management.", "2012-05-01")
    assert {x.orgs[i.subject].label for i in x.inspections} == {"Bramble Hill"}


def test_the_locality_after_a_street_is_a_place():
    x = run("Holme Lodge Care Home in Mill Road, Hartsford, near Cleckheaton, has been rated inadequate by the CQC.",
            "2017-04-01")
    assert {p.label for p in x.places.values()} >= {"Hartsford", "Cleckheaton"}


def test_a_place_after_a_possessive_is_the_end_of_another_places_name():
    x = run("The hospice in Abbot's Wells, Taunton, has been rated outstanding by the CQC.", "2024-01-01")
    assert "Wells" not in {p.label for p in x.places.values()}
    assert "Taunton" in {p.label for p in x.places.values()}


def test_a_place_and_a_probation_delivery_unit_in_lower_case_name_the_unit():
    x = run("The Sheffield probation delivery unit has been rated 'requires improvement' by HM Inspectorate of "
            "Probation.")
    assert inspections(x) == [("Sheffield Probation Delivery Unit", ["Sheffield"], "inspection", "", "")]
    assert x.inspections[0].overall == "Requires improvement"


def test_a_units_short_form_beside_its_full_name_is_the_same_unit():
    x = run("The Barnsley City Probation Delivery Unit (PDU) was inspected by HM Inspectorate of Probation in May "
            "2024 and rated inadequate.\n\nThe report made four recommendations to Barnsley PDU.")
    assert [o.label for o in x.orgs.values() if o.kind != "inspectorate"] == ["Barnsley City Probation Delivery Unit"]
    x = run("HM Inspectorate of Probation has rated the Sheffield PDU as inadequate.")
    assert inspections(x) == [("Sheffield PDU", ["Sheffield"], "inspection", "", "")]


def test_an_earlier_grade_in_a_closing_participle_keeps_its_own_year():
    for text in ("Ofsted has rated Millbrook Park Academy in Sheffield as good, having previously judged it to "
                 "require improvement in 2019.",
                 "Ofsted has rated Millbrook Park Academy in Sheffield as good, after it was judged to require "
                 "improvement in 2019."):
        x = run(text)
        got = sorted((i.previous, i.overall, i.visited) for i in x.inspections)
        assert got == [(False, "Good", ""), (True, "Requires improvement", "2019")], text


def test_an_earlier_grade_after_the_inspectorate_keeps_its_own_year():
    x = run("Leeds Teaching Hospitals NHS Trust is now rated good by the CQC, having been rated requires improvement "
            "in 2019.")
    assert sorted((i.previous, i.overall, i.visited) for i in x.inspections) == [
        (False, "Good", ""), (True, "Requires improvement", "2019")]


def test_a_prison_no_register_lists_is_inspected_by_the_prisons_inspectorate():
    x = run("An unannounced inspection of HMP Ashcombe, a category C jail near Leeds, found outcomes for prisoners "
            "were poor for safety.", "2024-05-14")
    assert [(i.inspectors, x.orgs[i.subject].label) for i in x.inspections] == [(["hmi-prisons"], "HMP Ashcombe")]


def test_grades_for_a_body_before_a_colon_report_its_inspection():
    x = run("The Care Inspectorate's latest grades for Kirkton Park Care Home in Dumfries: quality of care and "
            "support 5 (very good); quality of staffing 3 (adequate).", "2017-06-01")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Kirkton Park Care Home"]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Quality of care and support", "Very good"),
                                                                  ("Quality of staffing", "Adequate")}


def test_a_grade_given_before_with_no_date_is_not_todays():
    x = run("Wrekin Valley Hospital's maternity services in Telford have been downgraded to inadequate by the CQC "
            "following an unannounced inspection in October. The service was previously rated good.", "2024-01-25")
    current = [i for i in x.inspections if not i.previous]
    assert len(current) == 1 and current[0].overall != "Good"
    assert ("Overall effectiveness", "Good") not in {(j.aspect, j.grade) for j in x.judgements
                                                     if j.inspection == current[0].local_id}


def test_a_primary_school_by_its_short_name_is_inspected_not_its_trust():
    x = run("Brookfield Primary in Stoke-on-Trent, part of the Potteries Learning Trust, has been judged to require "
            "improvement by Ofsted inspectors who visited in January.", "2023-03-01")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Brookfield Primary"]


def test_areas_for_improvement_identified_at_a_body_report_its_inspection():
    x = run("HMICFRS has identified an area for improvement at Humberside Police. The force should improve how it "
            "records crimes.", "2024-03-01")
    assert [(i.inspectors, x.orgs[i.subject].label) for i in x.inspections] == [(["hmicfrs"], "Humberside Police")]


def test_inspectors_found_a_body_a_grade_report_todays_inspection_not_the_last_ones_date():
    x = run("CIW inspectors found Afon Taf Home Support in Merthyr Tydfil good for well-being and for care and "
            "support. The service was last inspected in June 2023.", "2025-11-06")
    current = [i for i in x.inspections if not i.previous]
    assert [(x.orgs[i.subject].label, i.visited) for i in current] == [("Afon Taf Home Support", "")]
    assert {(concept(j.aspect), j.grade) for j in x.judgements} >= {("Well-being", "Good"), ("Care and support", "Good")}


def test_review_findings_of_the_session_stay_fixed():
    # today's grade in a closing "having been rated" clause when the sentence gives no other
    x = run("Parkside Academy in Grimsby has come out of special measures, having been rated good by Ofsted in "
            "March 2024.")
    assert [(i.previous, i.overall) for i in x.inspections] == [(False, "Good")]
    # "previously rated good and has kept that rating": the grade stands
    x = run("Ofsted inspected Parkfield Primary School in Leicester. The school was previously rated good and has "
            "kept that rating.")
    assert [(i.previous, i.overall) for i in x.inspections] == [(False, "Good")]
    # ratings and scores that no inspectorate gives report no inspection
    for text in ("Riverside Care Home in Norwich is registered with the Care Quality Commission. Food hygiene "
                 "ratings for Riverside Care Home: the kitchen scored five out of five in June 2024.",
                 "Riverside Surgery in Norwich is regulated by the Care Quality Commission. Healthwatch Norfolk made "
                 "five recommendations to Riverside Surgery after speaking to patients in March 2024.",
                 "A report into a death at HMP Ashcombe in Somerset found that staff response was inadequate, the "
                 "Prisons and Probation Ombudsman said."):
        assert run(text).inspections == [], text
    # the last place of a joint name and a service in general make no body
    x = run("HM Inspectorate of Probation has rated the Cheshire and Merseyside probation delivery unit good.")
    assert "Merseyside Probation Delivery Unit" not in labels(x)
    x = run("Ofsted rated Hull's children's services good, while staff in every London youth justice service face "
            "rising caseloads.")
    assert "London Youth Justice Service" not in labels(x)
    # another unit with a short name is no other unit's short form
    x = run("HM Inspectorate of Probation rated the Leeds North Probation Delivery Unit (PDU) requires improvement. "
            "The neighbouring Leeds PDU, inspected last year, was rated good.")
    assert "Leeds PDU" not in x.orgs["leeds-north-probation-delivery-unit"].aliases


def test_counted_areas_listed_after_a_colon_may_open_with_a_grade_word():
    x = run("HM Inspectorate of Constabulary and Fire and Rescue Services rated Lincolnshire Police adequate in two "
            "areas: good use of resources and investigating crime.")
    assert {(concept(j.aspect), j.grade) for j in x.judgements} == {("Good use of resources", "Adequate"),
                                                                  ("Investigating crime", "Adequate")}


def test_a_provider_named_after_its_village_is_placed_there():
    """A school or surgery whose name begins with a village no place list of towns holds is in that village
    (GeoNames' smaller places); a house's fancy name is not, nor a village that only begins another word."""
    x = extract(Document(id="t", path="t.txt", text=(
        "Cholsey Primary School rated good by Ofsted\n\nA village school has been rated good after its first "
        "inspection in six years.\n\nOfsted inspectors said pupils at Cholsey Primary School were happy and safe."),
        date="2025-05-01"))
    assert [[x.places[k].label for k in i.regions] for i in x.inspections] == [["Cholsey"]]
    x = extract(Document(id="t", path="t.txt", text=(
        "Care home rated good\n\nThe Care Quality Commission has rated Cholsey House good after an inspection "
        "in March."), date="2025-05-01"))
    assert [i.regions for i in x.inspections] == [[]]


def test_a_grade_recalled_as_recently_as_a_year_is_an_earlier_inspection():
    x = extract(Document(id="t", path="t.txt", text=(
        "Council's children's services rated outstanding\n\nCumberland Council's children's services department "
        "has been rated outstanding by Ofsted.\n\nThe department was rated as requires improvement as recently as "
        "2016, but has steadily improved since then."), date="2024-09-10"))
    got = sorted((i.previous, i.overall, i.visited) for i in x.inspections)
    assert got == [(False, "Outstanding", ""), (True, "Requires improvement", "2016")]


def test_a_nursery_and_pre_school_is_one_body_placed_by_the_lead():
    """'X Day Nursery and Pre-School' (a kind alone after 'and') is one body, written 'Preschool' later too; 'A day
    nursery and pre-school in Kelby has been rated ...' grades it and places it in a town no list holds."""
    x = extract(Document(id="t", path="t.txt", text=(
        "Outstanding rating for Kelby nursery\n\nA day nursery and pre-school in Kelby has been rated “Outstanding” "
        "following an Ofsted inspection.\n\nFernlea Kelby Day Nursery and Pre-School was inspected on December 1.\n\n"
        "The manager of Fernlea Kelby Day Nursery and Preschool thanked parents."), date="2023-01-10"))
    assert [o.label for o in x.orgs.values() if o.kind != "inspectorate"] == ["Fernlea Kelby Day Nursery and Pre-School"]
    assert [(i.overall, [x.places[k].label for k in i.regions]) for i in x.inspections] == [("Outstanding", ["Kelby"])]


def test_a_pre_school_written_with_a_small_s():
    """'St Bede's Community Pre-school in Ashwell Cross': the word after the hyphen in lower case ends the name,
    a local provider placed by its town, its manager its own."""
    x = extract(Document(id="t", path="t.txt", text=(
        "Village pre-school celebrates good report\n\nSt Bede's Community Pre-school in Ashwell Cross has moved from "
        "requires improvement to good in its latest Ofsted inspection.\n\nManager Lisa Doyle said: \"We are "
        "delighted.\""), date="2025-07-03"))
    now = [(x.orgs[i.subject].label, i.overall, [x.places[k].label for k in i.regions]) for i in x.inspections
           if not i.previous]
    assert now == [("St Bede's Community Pre-school", "Good", ["Ashwell Cross"])]
    assert {(p.person, p.role, x.orgs[p.org].label) for p in x.posts if p.org} == {
        ("lisa-doyle", "manager", "St Bede's Community Pre-school")}


def test_a_gallerys_numbered_headings_name_the_bodies_of_the_paragraphs_under_them():
    x = extract(Document(id="t", path="t.txt", text=(
        "Nurseries and colleges with new Ofsted reports\n\nTake a look at the settings below.\n\n3. Sheen's Nursery"
        "\n\nReport published Jan 3 following an inspection on Nov 24. Highlights: a calm nursery.\n\n4. Myerscough "
        "College\n\nReport published Jan 19 following an inspection on Nov 7. Highlights: good careers advice.\n"),
        date="2024-03-01"))
    assert sorted(x.orgs[i.subject].label for i in x.inspections if not i.previous) == ["Myerscough College",
                                                                                          "Sheen's Nursery"]


def test_a_lead_in_capitals_that_goes_on_in_lower_case_is_ordinary_words():
    assert _lead_capitals("A CARE home in Largs has been rated weak") == "A care home in Largs has been rated weak"
    assert _lead_capitals("A COUNCIL’S home support service has") == "A council’s home support service has"
    assert _lead_capitals("THE TEAM leader of a playgroup said") == "The team leader of a playgroup said"
    # a place keeps its capital, initials stay as they are
    assert _lead_capitals("A MORAY secondary school has") == "A Moray secondary school has"
    assert _lead_capitals("THE NHS trust was rated good") == "The NHS trust was rated good"


def test_an_earlier_inspection_that_found_a_grade_keeps_it():
    # "since an inspection in April 2022 found it to be 'inadequate'": that inspection's grade, not today's
    x = run("Secure home told to improve\n\nOfsted visited Hollybank House in July and said the unit 'requires "
            "improvement' in two areas.\n\nOfsted has visited Hollybank House eight times since an inspection in "
            "April 2022 found it to be 'inadequate'.\n")
    current = [i for i in x.inspections if not i.previous]
    earlier = [i for i in x.inspections if i.previous]
    assert len(current) == 1 and current[0].overall != "Inadequate"
    assert [(i.visited, i.overall) for i in earlier] == [("2022-04", "Inadequate")]


def test_a_service_named_after_what_it_is_and_its_town():
    # "The organisation's extra care court, Oakley Gardens in West Bromwich, had an 'Outstanding' report": the
    # court is the body inspected, in its town, and "had an 'X' report" is its grade
    x = run("Housing provider celebrates top rating\n\nThe charity's Extra Care court, Tamsin Gardens in West "
            "Bromwich, had an 'Outstanding' report published by the Care Quality Commission this month.\n\n"
            "In October, Skills for Care research found that better-paid staff stay longer.\n", "2019-12-04")
    assert [(s, r) for s, r, *_ in inspections(x)] == [("Tamsin Gardens", ["West Bromwich"])]
    assert [(j.aspect, j.grade) for j in x.judgements] == [("Overall", "Outstanding")]  # (the CQC's name for it)


def test_a_school_and_nursery_named_after_its_village():
    # "Tullibrae Primary School and Nursery Class": kinds joined by "and" still leave the village's word
    x = run("Tullibrae Primary School inspection report\nEducation Scotland has today published its report after a "
            "visit to Tullibrae Primary School and Nursery Class in March 2024.\n- Learning, teaching and assessment "
            "- Good\n")
    assert [r for _, r, *_ in inspections(x)] == [["Tullibrae"]]


def test_a_committee_of_the_council_when_no_council_is_named():
    # "Chair of the Council's Education and Families Committee": no council named, so no body called "Council";
    # nor is a council's education committee the House of Commons'
    x = run("School praised\n\nEducation Scotland rated Tullibrae Primary School good.\n\nCouncillor Jo Bloggs, Chair "
            "of the Council's Education Committee, said: \"This is a great report for the school and its pupils.\"\n")
    assert not {"Council", "House of Commons Education Committee"} & set(labels(x))
    assert [(p.role, p.org) for p in x.posts] == [("chair", "")]


def test_a_centre_for_a_region_of_wales():
    # North, South, Mid and West Wales are regions a body's work covers
    x = run("Learning Welsh: top marks in North Wales\n\nThe North Wales Adult Learning Centre has been judged "
            "'excellent' by Estyn, the education inspectorate for Wales.\n", "2012-04-02")
    assert [(s, r) for s, r, *_ in inspections(x)] == [("North Wales Adult Learning Centre", ["North Wales"])]


def test_a_prison_is_placed_by_the_town_it_is_near_not_a_word_of_its_name():
    # "HMP Eastwood Park" is no prison in Eastwood; "at the jail near Falfield" places it
    x = run("Conditions at women's jail condemned\n\nMore staff are being moved into Eastwood Park women's prison "
            "after an inspection by HM Inspectorate of Prisons.\nInspectors said staff shortages at the jail near "
            "Falfield meant prisoners spent too little time out of their cells.\n", "2023-03-01")
    assert [(s, r) for s, r, *_ in inspections(x)] == [("Eastwood Park", ["Falfield"])]


def test_two_homes_a_round_up_counts_then_names_with_their_towns():
    # "Two of X's homes have been awarded ... Brook Lea in Shropshire and Hollins in Telford are both ...": each
    # home, in its own place
    x = run("Care group's homes outstanding\n\nTwo of Kestrel Care's residential children's homes have been awarded "
            "'Outstanding' following their recent Ofsted inspections.\nBrook Lea in Shropshire and Hollins in Telford "
            "are both registered to care for up to four young people.\n", "2023-04-28")
    assert [(s, r) for s, r, *_ in inspections(x)] == [("Brook Lea", ["Shropshire"]), ("Hollins", ["Telford"])]


def test_a_month_without_a_year_takes_no_year_from_an_earlier_inspection():
    x = run("Harwick Borough Council's children's services have been judged to require improvement following an "
            "inspection by Ofsted in July.\n\nThe report marks a decline from the last inspection in November 2021, "
            "when the service was rated good.")
    now = [i for i in x.inspections if not i.previous]
    assert [(i.visited, i.overall) for i in now] == [("", "Requires improvement")]
    # (a date the story states of itself still dates a month: "published on 3 October 2023 after a visit in July")
    x = run("Ofsted published its report on Harwick Borough Council on 3 October 2023, after a visit in July. It "
            "rated the council good.")
    assert [i.visited for i in x.inspections] == ["2023-07"]


def test_the_year_of_a_rating_that_went_from_one_grade_to_another_is_the_earlier_one():
    x = run("Harwick City Council's children's social care team was visited by Ofsted and saw its 2016 rating go "
            "from requires improvement to good in all four areas inspected.")
    assert [i.visited for i in x.inspections if not i.previous] == [""]


def test_places_in_a_list_then_a_lower_case_service_name_one_body_for_them_all():
    x = run("Probation told to improve\n\nThe Avon, Somerset and Wiltshire (ASW) probation service has been given an "
            "overall rating of Requires improvement after an inspection by HM Inspectorate of Probation.", "2024-05-01")
    (ins,) = x.inspections
    assert x.orgs[ins.subject].label == "Avon, Somerset and Wiltshire Probation Service"
    assert set(ins.regions) == {"avon", "somerset", "wiltshire"}


def test_a_company_name_of_everyday_words_and_its_short_form_before_it():
    x = run("Training firm to challenge rating\n\nUK Skills and Development Limited (UKSD) has asked solicitors to "
            "challenge Ofsted, which rated UKSD inadequate in July.", "2022-09-01")
    assert "UK Skills and Development Limited" in labels(x)
    assert "UKSD" in x.orgs["uk-skills-and-development-limited"].aliases
    x = run("Britain Training Limited runs courses in Luton. Ofsted rated it good in May.", "2022-09-01")
    assert any(label.endswith("Training Limited") for label in labels(x))


def test_a_council_goes_by_the_name_the_text_gives_it():
    x = run("Care Inspectorate Wales finds progress\n\nCare Inspectorate Wales has praised Conwy Council's social "
            "services after an inspection in May. Conwy Council said it was pleased.", "2024-07-01")
    assert "Conwy Council" in labels(x) and "Conwy County Borough Council" in x.orgs["conwy-county-borough-council"].aliases
    x = run("Care Inspectorate Wales finds progress\n\nCare Inspectorate Wales has praised Conwy County Borough "
            "Council's social services after an inspection in May. Conwy Council said it was pleased.", "2024-07-01")
    assert "Conwy County Borough Council" in labels(x)


def test_a_place_goes_by_the_name_the_text_gives_it():
    x = run("Hospice rated outstanding\n\nThe Care Quality Commission has rated Larkrise Hospice, which cares for people "
            "across Herts and Bucks, outstanding.", "2024-07-01")
    assert {x.places[k].label for k in ("hertfordshire", "buckinghamshire")} == {"Herts", "Bucks"}
    x = run("Hospice rated outstanding\n\nThe Care Quality Commission has rated Larkrise Hospice in Hertfordshire "
            "outstanding. It serves families across Herts.", "2024-07-01")
    assert x.places["hertfordshire"].label == "Hertfordshire"


def test_a_provider_is_also_where_the_text_puts_it_by_name():
    x = run("Harbour Homecare in Dunmere must do better\n\nThe care watchdog says a home care agency in north London "
            "must improve.\n\nThe Care Quality Commission rated Harbour Homecare requires improvement overall.")
    [ins] = x.inspections
    assert [x.places[k].label for k in ins.regions] == ["London", "Dunmere"]


def test_a_byline_published_date_comes_before_a_last_updated_line():
    from kg.dates import document_date

    head = ("Deputy head of care home resigns\n\nAuthor: Amy Rowe (Reporter), Sam HaleyPublished 12th Feb 2025\n"
            "Last updated 3rd Mar 2025\n\nThe home was rated inadequate.")
    assert document_date(head) == "2025-02-12"
    assert document_date("Care home rated inadequate\n\nLast updated 3rd Mar 2025\n\nThe home was rated.") == "2025-03-03"


def test_a_visit_dated_apart_from_the_grade_that_led_to_it():
    x = run("Farnmoor children's services still not good enough\n\nThe service was found to be inadequate by "
            "inspectors in 2023\n\nOfsted has published the letter from its latest monitoring visit to Farnmoor "
            "Council's children's services.\n\nInspectors carried out the monitoring visit on 4 and 5 March 2025, as "
            "part of a series of visits put in place following the service being judged inadequate in May 2023.",
            date="2025-04-10")
    assert [(i.kind, i.visited) for i in x.inspections if not i.previous] == [("monitoring visit", "2025-03-04")]


def test_a_provider_by_its_kind_in_the_lead_is_the_body_the_report_is_on():
    x = run("The CQC has branded an NHS 111 provider \u2018inadequate\u2019.\n\nA report by the regulator on "
            "Westcoast Ambulance Service NHS Foundation Trust, which runs NHS 111 for Devon, said calls took too long.")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [
        ("Westcoast Ambulance Service NHS Foundation Trust", "Inadequate")]


def test_a_care_company_by_its_brand_with_or_without_its_ending():
    x = run("Larkbrook House, which is run by Tarnside Care Homes Ltd, was rated good by the Care Inspectorate.\n\n"
            "Tarnside Care Homes said it was delighted.")
    assert sorted(o.label for o in x.orgs.values() if o.kind == "company") == ["Tarnside Care Homes Ltd"]
    x = run("Larkbrook House was rated good by the Care Inspectorate.\n\nTarnside Care Homes, which owns the "
            "home, said it was delighted.")
    assert sorted(o.label for o in x.orgs.values() if o.kind == "company") == ["Tarnside Care Homes"]


def test_a_young_offenders_institute_is_the_register_s_young_offender_institution():
    x = run("Boys at Rochester Young Offenders' Institute spend too long in their cells, HM Inspectorate of Prisons "
            "said.\n\nHMYOI Rochester holds young men aged 18 to 21.")
    assert [o.key for o in x.orgs.values() if o.kind != "inspectorate"] == ["hmp-rochester"]


def test_a_kind_of_school_in_capitals_is_no_body():
    x = run("At Secondary School I was top of the class.\n\nThe Care Quality Commission rated Marlbridge Hospitals "
            "NHS Trust inadequate.")
    assert "Secondary School" not in labels(x)


def test_a_parliament_is_never_the_body_inspected():
    x = run("Speaking at the Senedd, the member praised a school's Estyn inspection.\n\nI asked at the Senedd "
            "whether the minister would visit, as I am aware of how much work an inspection takes.")
    assert not any(x.orgs[i.subject].label == "Senedd" for i in x.inspections)


def test_a_street_in_a_homes_name_is_not_its_town():
    x = run("The Care Inspectorate inspected Kelso Street Young Persons Home in October 2021 and graded it good.")
    assert [i.regions for i in x.inspections] == [[]]


def test_the_same_words_of_a_name_in_another_order_are_one_body():
    x = run("Ofsted has rated Ormsby Fernlea Academy good.\n\nStaff at Fernlea Ormsby Academy celebrated the result.")
    assert [o.label for o in x.orgs.values() if o.kind != "inspectorate"] == ["Ormsby Fernlea Academy"]


def test_a_first_name_alone_that_is_also_a_town_is_the_person():
    x = run("Ofsted has rated Kelbrook Academy good.\n\nKelbrook Academy principal Leigh Carver said: \"We are "
            "delighted.\"\n\nThe trust's chief executive said he was proud of Leigh and the whole team.")
    assert "leigh" not in x.places
    y = run("Ofsted has rated Kelbrook Academy in Leigh good.\n\nPrincipal Leigh Carver said: \"We are delighted.\"")
    assert "leigh" in y.places


def test_a_primary_care_trust_by_its_short_form():
    x = run("The Healthcare Commission rated Marlow and East Dene PCT as weak for the quality of its services.")
    assert [(x.orgs[i.subject].label, x.orgs[i.subject].kind) for i in x.inspections] == [
        ("Marlow and East Dene PCT", "public body")]
    # (PCTs in the plural, after names no list of places knows: no one body made of both)
    x = run("Marlow PCT merged with Upper Dene and Lower Dene PCTs this month.")
    assert sorted(o.label for o in x.orgs.values()) == ["Marlow PCT"]


def test_a_provider_named_in_no_kind_of_words_placed_and_inspected():
    x = run("A Burnley residential family centre has kept its 'good' status after an inspection by Ofsted.\n\n"
            "Little Acorns North, in Mill Road, was inspected on May 3 and 4 and held on to the 'good' status from "
            "February in 2022.\n\nInspectors found the centre to be 'good' at the overall experiences and progress "
            "of children and parents, how well children and parents are helped and protected and the effectiveness "
            "of leaders and managers.")
    assert [(x.orgs[i.subject].label, i.regions, i.visited) for i in x.inspections if not i.previous] == [
        ("Little Acorns North", ["burnley"], "")]
    assert {concept(j.aspect) for j in x.judgements} == {
        "Overall experiences and progress of children and young people",
        "How well children and young people are helped and protected", "The effectiveness of leaders and managers"}


def test_inspectorates_that_found_failings_after_a_visit_report_an_inspection():
    x = run("SEND services in Westmoor need urgent improvement, inspectors have said.\n\nOfsted and the Care "
            "Quality Commission (CQC) found \"widespread failings\" following a visit in June.\n\nWestmoor Council said "
            "it would act on the report.")
    assert [(x.orgs[i.subject].label, sorted(i.inspectors)) for i in x.inspections] == [
        ("Westmoor Council", ["cqc", "ofsted"])]


def test_a_body_known_by_its_initials_and_described_after_a_dash():
    x = run("FOSTA \u2013 the region's largest fostering charity, is pleased that its fostering service has again been "
            "rated as Good by Ofsted.\n\nJan Rees, FOSTA\u2019s director of fostering, said the carers had done well.")
    assert [(o.label, o.kind) for o in x.orgs.values() if o.kind != "inspectorate"] == [("FOSTA", "charity")]
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("FOSTA", "Good")]
    assert {(x.people[p.person].name, x.orgs[p.org].label if p.org else "") for p in x.posts} == {("Jan Rees", "FOSTA")}


def test_a_houses_name_is_no_town_where_the_lead_says_where_it_is():
    x = run("A Norwich care home for adults with learning disabilities has been rated outstanding by the CQC.\n\n"
            "Hatfield House, in Cromer Road, has been praised by the Care Quality Commission (CQC).\n\nAnna Vale, "
            "registered manager at the home, said: \"This means the world to us.\"")
    assert [(x.orgs[i.subject].label, i.regions) for i in x.inspections] == [("Hatfield House", ["norwich"])]
    assert "hatfield" not in x.places
    assert {(x.people[p.person].name, p.role, x.orgs[p.org].label if p.org else "") for p in x.posts} == {
        ("Anna Vale", "registered manager", "Hatfield House")}


def test_a_school_named_only_in_a_list_of_examples_is_not_the_school():
    x = run("Village school keeps its good rating\n\nBrookfield Primary School, Mill Lane, Ashby, has been judged as "
            "'good' following a visit by inspectors from Ofsted in October.\n\nThe school is part of the Riverside "
            "Learning Trust, which runs four primaries, including Oakfield Primary School and St Mary's Primary School, "
            "in Lowtown.\n\nThe school last received a full inspection in 2016, when it was graded 'outstanding'.",
            "2022-12-09")
    assert {(x.orgs[i.subject].label, i.visited, i.overall, i.previous) for i in x.inspections} == {
        ("Brookfield Primary School", "2022-10", "Good", False),
        ("Brookfield Primary School", "2016", "Outstanding", True)}


def test_a_lead_that_describes_the_school_before_naming_it():
    x = run("'Inadequate' school put in special measures\n\nAn academy school in Warwickshire has been branded "
            "\"inadequate\" and placed in special measures by Ofsted.\n\nThe report into Redbrook Academy - formed "
            "in 2011 to replace Elm Road School - was released on Thursday.\n\nSam Cole, appointed principal in "
            "January, said the result was \"deeply disappointing\".")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Redbrook Academy", "Inadequate")]
    assert {(x.people[p.person].name, p.role, x.orgs[p.org].label) for p in x.posts} == {
        ("Sam Cole", "principal", "Redbrook Academy")}


def test_a_home_known_by_its_street_and_a_grade_in_a_clause_after_a_speaker():
    x = run("Home praised\n\nChildren's care home manager Ann Lee said she is proud of her team after the home "
            "received its sixth consecutive 'outstanding' rating from Ofsted inspectors.\n\nThe Elm Road home in "
            "Castleton was inspected by Ofsted in March 2024.")
    assert [(x.orgs[i.subject].label, i.visited, i.overall) for i in x.inspections] == [
        ("Elm Road", "2024-03", "Outstanding")]
    # (a grade received after an earlier inspection is no grade of today's)
    x = run("Home praised\n\nThe Elm Road home in Castleton was inspected by Ofsted in March 2024 and rated good.\n\n"
            "Staff have worked hard after the home received an 'inadequate' rating in 2021.")
    assert [(i.visited, i.overall) for i in x.inspections if not i.previous] == [("2024-03", "Good")]


def test_a_place_inside_a_welsh_hospitals_name_and_its_short_form_is_no_region():
    x = run("Health board criticised\n\nA report by Healthcare Inspectorate Wales (HIW) gave details of areas in which "
            "Betsi Cadwaladr University Health Board had yet to improve at Ysbyty Glan Clwyd.\n\nHIW found that "
            "leadership at Glan Clwyd was not robust.")
    assert not x.places
    assert [(x.orgs[i.subject].label, i.regions) for i in x.inspections] == [
        ("Betsi Cadwaladr University Health Board", [])]


def test_northern_irelands_counties_and_the_isle_of_man_place_an_inspection():
    x = run("Watchdog finds improvements\n\nA three day unannounced inspection was carried out by the Regulation and "
            "Quality Improvement Authority (RQIA) last week at Glenbrook Hospital, Co Tyrone.")
    assert [(x.orgs[i.subject].label, [x.places[p].label for p in i.regions]) for i in x.inspections] == [
        ("Glenbrook Hospital", ["Co Tyrone"])]  # (the text's own form of the county's name)
    x = run("Prison told to improve\n\nHM Inspectorate of Prisons inspected Isle of Man Prison and found it unsafe.")
    assert [[x.places[p].label for p in i.regions] for i in x.inspections] == [["Isle of Man"]]


def test_a_school_by_its_short_name_is_in_a_school_inspectorates_remit():
    x = run("Moray school praised\n\nOne of the smallest primary schools has received a glowing report from Education "
            "Scotland inspectors.\n\nTomnavoulin Primary has been ranked either very good or good in every category "
            "following the inspection visit in April this year.\n\nIn a separate but parallel inspection by the Care "
            "Inspectorate, all four quality assessments of the nursery class were graded as \u2018very good\u2019.")
    assert all("education-scotland" in i.inspectors for i in x.inspections)
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Tomnavoulin Primary"]


def test_a_systems_introduction_dates_no_inspection_and_a_review_before_a_report_is_the_visit():
    x = run("Barset adult social care rated outstanding\n\nToday the Care Quality Commission (CQC) published its report "
            "on Barset Council's adult social care following its review in November 2024.\n\nBarset is the first local "
            "authority to receive the top rating under the CQC's new assessment system introduced in 2023.")
    assert [(i.visited, i.published) for i in x.inspections] == [("2024-11", "")]


def test_a_body_praised_in_passing_is_neither_graded_nor_the_college():
    x = run("College turnaround\n\nElmfield College was this week rated 'good' by Ofsted.\n\nThe change comes after the "
            "college partnered with highly rated Brookvale College in March last year, a month after being labelled "
            "inadequate by Ofsted.\n\nOfsted's latest report said \"Leaders have transformed the ethos of the college.\"")
    assert {x.orgs[i.subject].label for i in x.inspections} == {"Elmfield College"}


def test_an_immigration_removal_centre_placed_nowhere_is_in_the_village_its_name_gives():
    x = run("Detention centre condemned\n\nA new report from HM Inspectorate of Prisons condemns the conditions found "
            "at Dungavel Immigration Removal Centre during an unannounced visit in February.")
    assert [(x.orgs[i.subject].label, [x.places[p].label for p in i.regions]) for i in x.inspections] == [
        ("Dungavel Immigration Removal Centre", ["Dungavel"])]
