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
    x = run("Kelverdale Care Home in Dumfries was graded weak by the Care Inspectorate.")
    assert "Dumfries" in places(x) and "Kelverdale" not in places(x)


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


def test_a_councils_department_named_with_its_area_is_the_council():
    x = run("Ofsted rated Gateshead Children's Services outstanding in every area.")
    assert "Gateshead Council" in orgs(x) and not any("Services" in n for n in orgs(x))


def test_childrens_services_as_a_name_with_one_council_area_is_that_council():
    x = run("Ofsted re-inspected Children's Services in Coventry in March. The outcome was good.")
    assert orgs(x).get("Coventry City Council") == "local authority"
    y = run("The service shared information with children's social care in Coventry.")
    assert "Coventry City Council" not in orgs(y)


def test_a_home_visited_and_named_as_part_of_a_group():
    x = run("Ofsted inspectors visited Larkhollow, part of Tenby Care Group, and found the children's home "
            "outstanding.")
    assert {"Larkhollow", "Tenby Care Group"} <= set(orgs(x))


def test_one_post_where_mentions_name_the_same_role_more_or_less_fully():
    x = run("Ofsted rated Briar Hey Children's Home good, says manager Tamsin Orr.\n"
            "\"We are thrilled,\" said Tamsin Orr, the registered manager.")
    assert posts(x) == {("Tamsin Orr", "registered manager", "Briar Hey Children's Home")}
    y = run("Head teacher Ewan Prys of Nantlle Primary School said: \"Well done.\" Headteacher Ewan Prys added more.")
    assert len(posts(y)) == 1


def test_a_sentence_opening_word_is_no_part_of_a_body_and_an_unnamed_trust_is_no_other_body():
    x = run("The CQC inspected Fenmoor Cancer Centre.\nThe trust's chief executive, Omar Haskell, said:\n"
            "\"Since the Trust's last inspection, our staff have worked hard.\"")
    assert "Since the Trust" not in orgs(x)
    assert ("Omar Haskell", "chief executive", "") in posts(x)


def test_a_hospitals_chief_executive_is_the_trusts_that_runs_it():
    x = run("The CQC rated Queen Mab Hospital good. Greyhaven Hospitals NHS Trust runs the hospital.\n"
            "Its interim chief executive Tomas Reeve said it was a step forward.")
    assert ("Tomas Reeve", "interim chief executive", "Greyhaven Hospitals NHS Trust") in posts(x)


def test_a_role_before_two_honorifics():
    x = run("The CQC inspected Wyvern Hospitals NHS Trust. Chief Inspector of Hospitals Professor Sir Alden Ferris "
            "said: \"We found improvement.\"")
    assert ("Alden Ferris", "chief inspector of hospitals", "Care Quality Commission") in posts(x)


def test_quotations_in_single_marks_british_style():
    x = run("The school was rated ‘good’ by Ofsted.\n\nHeadteacher Mari Olsen said: ‘It’s a great day for the "
            "pupils’ families. We’re delighted.\n\n‘The staff have worked so hard,’ she added.")
    got = quotes(x)
    assert ("Mari Olsen", "It’s a great day for") in got and ("Mari Olsen", "The staff have worke") in got
    assert len(got) == 2


def test_an_address_line_and_related_topics_yield_no_places_or_bodies():
    x = run("Ofsted rated Elmcroft Children's Home good, says manager Nia Bevan.\n"
            "14 Tarn Lane, Prenton, Wirral, CH43 6UW\n"
            "The staff were praised for the care they give to the children in the home every day of the year.\n"
            "Related Topics\nMansfield\nMansfield care home rated inadequate by CQC\n")
    assert places(x) == set()
    assert set(orgs(x)) == {"Ofsted", "Elmcroft Children's Home"}
    assert ("Nia Bevan", "manager", "Elmcroft Children's Home") in posts(x)


def test_a_read_more_link_inside_the_article_masks_only_its_headline():
    x = run("Ofsted rated Ashgrove Nursery good this week.\n\nRead More\nTarnbeck Nursing Home rated inadequate by CQC\n\n"
            "At Pellow Lodge in Ayr, inspectors found serious concerns about the care people were receiving there.\n"
            "Read more:\n- Thornmere College praised\n- Opinion: why care matters\n\n"
            "Care Matters Weekly is published by Ravel Media.")
    got = set(orgs(x))
    assert {"Ashgrove Nursery", "Pellow Lodge"} <= got
    assert not {"Tarnbeck Nursing Home", "Thornmere College", "Ravel Media"} & got


def test_a_picture_caption_and_its_title_line_yield_nothing():
    x = run("Kestrelmoor Surgery rated outstanding by the CQC\n\nHolme Lea, north Norfolk\nA patient at the practice. "
            "Photograph: Jo Pell\n\nThe surgery in Leicester was praised by inspectors for the way it cares for people.")
    assert places(x) == {"Leicester"}


def test_a_gp_partnership_is_a_practice_and_a_possessive_body_no_rule_knows_is_no_other_body():
    x = run("The CQC rated Marlow Brook Surgery Partnership good.\n"
            "\"We are proud,\" says Dr Ana Hale, Inclusion's chief executive.")
    assert orgs(x).get("Marlow Brook Surgery Partnership") == "other"
    assert ("Ana Hale", "chief executive", "") in posts(x)


def test_a_relative_clause_before_a_post_is_not_part_of_the_role():
    x = extract(Document(id="t", path="t.txt", date="2024-05-01",
                         text="HM Inspectorate of Prisons inspected HMP Northgate in March.\n\n"
                              "We spoke to Priya Calloway, who became governor of HMP Northgate last year, "
                              "about the findings."))
    assert [(p.role, p.org) for p in x.posts] == [("governor", "hmp-northgate")]


def test_a_capitalised_kind_of_body_after_a_is_no_body_the_text_names():
    x = run("HM Inspectorate of Probation rated Tarnside Youth Justice Service inadequate. It is the first such "
            "rating given to a Youth Justice Service since 2020.")
    assert set(orgs(x)) == {"HM Inspectorate of Probation", "Tarnside Youth Justice Service"}


def test_a_word_that_opens_no_persons_name_may_open_a_bodys():
    x = run("The list of approved providers was published by the Skills Funding Agency. Ofsted rated Harbour "
            "College good.")
    assert "Skills Funding Agency" in orgs(x)


def test_a_local_service_named_after_its_council_area_is_a_body_of_its_own():
    x = run("HM Inspectorate of Probation rated the East Riding Youth Offending Service outstanding.")
    assert "East Riding Youth Offending Service" in orgs(x)
    assert not any(k == "local authority" for k in orgs(x).values())


def test_a_place_after_in_and_before_and_opens_no_name_after_a_plural_head():
    x = run("The CQC inspected the trust, which runs the Amble and Harwood hospitals in Northumberland and Rothbury "
            "and Coquet Hospital in Alnwick.")
    assert "Rothbury and Coquet Hospital" in orgs(x)
    assert not any(name.startswith("Northumberland") for name in orgs(x))


def test_a_school_named_before_what_it_is_in_lower_case():
    x = run("Ofsted rated a children's home at Linden Brook special needs school in Devon inadequate. Staff at "
            "Marsh Lane Linden Brook independent school were praised.")
    assert "Linden Brook" in orgs(x) and orgs(x)["Linden Brook"] == "other"
    assert "Lane Linden Brook" not in orgs(x)


def test_a_name_shortened_inside_is_the_same_body():
    x = run("Estyn has praised Brynhafod Church-in-Wales Primary School. The chair of governors said Brynhafod "
            "Church-in-Wales School had worked hard for the result.")
    assert [o for o in orgs(x) if o.startswith("Brynhafod")] == ["Brynhafod Church-in-Wales Primary School"]


def test_care_inspectors_are_the_inspectorate_whose_remit_holds_the_body():
    x = run("Staff at Kilbarr Early Learning and Childcare Centre are celebrating after an unannounced "
            "inspection. Care inspectors visited the centre in May.")
    assert [(i.inspectors, x.orgs[i.subject].label) for i in x.inspections] == [
        (["care-inspectorate"], "Kilbarr Early Learning and Childcare Centre")]
    x = run("Staff at Larchmont Care Home are celebrating after an inspection. Care inspectors visited the home.")
    assert x.inspections == []  # the CQC, the Care Inspectorate and CIW all inspect care homes: none is named


def test_a_councils_department_with_its_area_in_the_possessive_is_the_council():
    got = orgs(run("Anglesey’s Children’s Services were inspected by Care Inspectorate Wales."))
    assert got == {"Care Inspectorate Wales": "inspectorate", "Isle of Anglesey County Council": "local authority"}


def test_a_register_prison_called_by_its_bare_name_where_the_text_says_it_is_a_prison():
    x = run("Inspections of Hindley\n\nLocated near Wigan, Hindley is a category C training and resettlement "
            "prison for adult men. HM Inspectorate of Prisons inspected Hindley in May.")
    assert orgs(x).get("HMP Hindley") == "other"
    assert [(x.orgs[i.subject].label, "wigan" in i.regions) for i in x.inspections] == [("HMP Hindley", True)]
    x = run("Hindley is a town near Wigan. The prison inspectorate published a report on another jail.")
    assert "HMP Hindley" not in orgs(x)


def test_a_schools_name_with_its_short_form_and_written_out_is_one_body():
    x = run("Glanrhyd CiW Primary School placed in special measures\n\nEstyn inspected Glanrhyd Church in Wales "
            "Primary School in October.")
    assert [o for o in orgs(x) if o.startswith("Glanrhyd")] == ["Glanrhyd CiW Primary School"]


def test_good_opening_a_hospitals_name_is_part_of_it():
    assert "Fairholt Good Shepherd Hospital" not in orgs(run("The CQC inspected Good Shepherd Hospital in Fairholt."))
    assert orgs(run("The CQC inspected surgery at Good Shepherd Hospital in Fairholt.")).get("Good Shepherd Hospital")


def test_a_welsh_historic_county_is_a_place():
    assert "Breconshire" in places(run("A Breconshire primary school was inspected by Estyn in October."))


def test_a_town_based_before_a_bodys_name_is_its_place_not_part_of_its_name():
    x = run("Dornoch-based Heatherlea Care Home praised\n\nA care home has received a good report. Heatherlea "
            "Care Home was inspected by the Care Inspectorate in May.")
    assert [o for o in orgs(x) if "Heatherlea" in o] == ["Heatherlea Care Home"]
    assert [("dornoch" in i.regions) for i in x.inspections] == [True]


def test_two_homes_with_no_kind_in_their_names_rated_in_one_sentence():
    x = run("Two council-run children's homes have been rated outstanding by Ofsted.\n\nKelverdale (inspected "
            "March 2024) and Aldbrook Cottage (inspected April 2024) were both rated Outstanding in areas of "
            "'overall experiences and progress of children and young people' and 'effectiveness of leaders and "
            "managers'.\n\nKelverdale residential home's report praised the staff.")
    assert sorted(x.orgs[i.subject].label for i in x.inspections) == ["Aldbrook Cottage", "Kelverdale"]
    leaders = {j.inspection for j in x.judgements if j.aspect == "The effectiveness of leaders and managers"}
    assert leaders == {i.local_id for i in x.inspections}


def test_the_fire_and_police_inspectorate_with_constabularies_in_the_plural():
    got = orgs(run("His Majesty’s Inspectorate of Constabularies and Fire and Rescue Services (HMICFRS) inspected "
                   "Wexcombe Fire and Rescue Service."))
    assert [k for k, v in got.items() if v == "inspectorate"] == ["HMICFRS"]


def test_a_kind_of_body_of_a_saint_is_a_name_and_its_kind_word_before_a_post_is_that_body():
    x = run("The Hospice of St Brendan has been rated good by the Care Quality Commission.\n\nHospice CEO Alma "
            "Treharne said staff were delighted.")
    assert orgs(x).get("Hospice of St Brendan") == "charity"
    assert ("Alma Treharne", "ceo", "Hospice of St Brendan") in posts(x)
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Hospice of St Brendan"]


def test_a_fostering_agency_by_its_brand():
    x = run("Ofsted has rated Larchway Fostering outstanding after its latest inspection.")
    assert orgs(x).get("Larchway Fostering") == "other"
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Larchway Fostering"]


def test_a_regions_probation_service_named_with_the_possessive_but_not_a_countys_probation_services():
    x = run("The North West’s probation services have been rated as requires improvement by HM Inspectorate of "
            "Probation.")
    assert [(x.orgs[i.subject].label, i.regions) for i in x.inspections] == [
        ("North West Probation Service", ["north-west"])]
    x = run("Probation services in Kentmere have been rated inadequate. The Kentmere PDU was inspected by HM "
            "Inspectorate of Probation in May.")
    assert not [o for o in orgs(x) if o.endswith("Probation Service")]


def test_an_immigration_removal_centre_and_the_contractor_that_runs_it():
    x = run("HM Inspectorate of Prisons published a report on Colnbrook immigration removal centre (IRC). Colnbrook "
            "is a detention centre near the airport that is run by the contractor Halbeck Care and Custody.")
    assert orgs(x).get("Colnbrook Immigration Removal Centre") == "other"
    assert orgs(x).get("Halbeck Care and Custody") == "company"
    assert [(x.orgs[i.subject].label, i.inspectors) for i in x.inspections] == [
        ("Colnbrook Immigration Removal Centre", ["hmi-prisons"])]


def test_a_service_which_covers_places_in_a_clause_is_placed_there():
    x = run("Wexcombe Fire and Rescue Service was rated inadequate by HMICFRS. The chief fire officer said the "
            "service, which covers North Somerset and Torbay, has already acted.")
    assert [set(i.regions) >= {"north-somerset", "torbay"} for i in x.inspections] == [True]


def test_a_place_of_several_words_in_the_possessive_before_a_register_service():
    x = run("Inspectors from HM Inspectorate of Probation visited the Isle of Wight’s Youth Justice Service.")
    assert [(i.subject, i.regions) for i in x.inspections] == [("isle-of-wight-youth-justice-service", ["isle-of-wight"])]


def test_the_fire_and_police_inspectorate_by_short_forms_without_his_majestys():
    got = orgs(run("The inspection was carried out by Ofsted and HMI Constabulary Fire and Rescue Service."))
    assert "HMICFRS" in got
    assert "HMI Constabulary Fire and Rescue Service" not in got


def test_kinds_of_body_joined_after_a_lone_kind_are_no_body():
    assert "Fire Services" not in orgs(run("Police and Fire Services are graded on five grades by HMICFRS."))


def test_the_welsh_care_inspectorate_before_2017_is_its_own_body():
    got = orgs(run("The Care and Social Services Inspectorate Wales (CSSIW) inspected Powys County Council's "
                   "children's services in 2016."))
    assert got.get("Care and Social Services Inspectorate Wales") == "inspectorate"
    assert "Care Inspectorate Wales" not in got


def test_a_regions_probation_service_is_no_body_where_the_article_reports_its_delivery_units():
    x = run("HM Inspectorate of Probation has rated two of the North West’s probation services. The Kentmere PDU was "
            "rated good and the Ashby PDU requires improvement.")
    assert "North West Probation Service" not in orgs(x)


def test_a_delivery_unit_in_a_city_named_with_city_after_it():
    x = run("The probation service, also known as a Probation Delivery Unit (PDU), in Derby City has been rated as "
            "requires improvement following an inspection by HM Inspectorate of Probation.")
    assert "Derby City Probation Delivery Unit" in orgs(x)
    assert "Probation Service" not in orgs(x)  # ("the probation service" in lower case describes the unit)


def test_a_home_named_the_cottage_and_a_hospital_named_with_and_without_and():
    assert "Cottage Nursing Home" in orgs(run("The Cottage Nursing Home, in Mill Lane, was rated good by the Care "
                                              "Quality Commission."))
    x = run("The CQC rated maternity services at Brindle and District Hospital as good. Inspectors visited the unit "
            "within Brindle District Hospital.")
    assert [o for o in orgs(x) if "Brindle" in o] == ["Brindle and District Hospital"]


def test_a_quotation_signed_by_a_name_line_and_a_title_line():
    x = run("Dunmere Council has been rated requires improvement by the Care Quality Commission.\n\n"
            "“We are proud of our staff, and we know there is more to do.”\n\nCllr Jane Marlow\n\n"
            "Cabinet Member for Adults and Health\n\nThe report was published on Monday.")
    assert quotes(x) == [("Jane Marlow", "We are proud of our ")]
    assert ("Jane Marlow", "cabinet member for adults and health", "Dunmere Council") in posts(x)


def test_a_date_the_text_calls_today_dates_a_month_named_alone():
    x = run("Harwick Council's children's services have been rated good by Ofsted in a report published today, "
            "Tuesday 8 July 2025. The inspection took place in May.")
    assert [(i.visited, i.published) for i in x.inspections] == [("2025-05", "2025-07-08")]


def test_an_area_the_press_names_though_no_body_governs_it():
    assert "Black Country" in places(run("Harwick is the only council in the Black Country rated outstanding by "
                                         "Ofsted."))


def test_a_place_set_in_capitals_at_a_storys_start():
    x = run("Home rated inadequate\n\nA WALSALL care home has been rated inadequate by the Care Quality Commission.")
    assert "Walsall" in places(x)
    assert "Walsall" not in places(run("Home rated inadequate\n\nThe home, said WALSALL residents, is not safe."))


def test_a_town_in_the_possessive_places_a_home():
    x = run("Care Inspectorate report on Port Glasgow's Kirkhill Care Home\n\nThe Care Inspectorate rated Kirkhill "
            "Care Home as weak.")
    assert orgs(x).get("Kirkhill Care Home") == "other"
    assert [i.regions for i in x.inspections] == [["port-glasgow"]]


def test_an_inspection_of_a_councils_own_fire_service_is_the_fire_services():
    x = run("Council chiefs slam fire service inspection\n\nDunmere Council has criticised an inspection of its fire "
            "and rescue service. Dunmere Fire and Rescue Service was rated good for people by HMICFRS. Yet Kentmere "
            "Fire and Rescue Service has other targets.")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Dunmere Fire and Rescue Service"]
    assert "Kentmere Fire and Rescue Service" in orgs(x)  # (not "Yet Kentmere ...")


def test_a_force_by_its_countys_short_form_and_a_street_is_no_town():
    x = run("Beds Police rated good by police watchdog. HMICFRS said Beds Police had improved.")
    assert [(o.key, o.kind) for o in x.orgs.values() if o.kind != "inspectorate"] == [("bedfordshire-police", "public body")]
    x = run("Ofsted has inspected Wexcombe School. The report found that Wexcombe School, at John O’Gaunts Way, "
            "requires improvement.")
    assert not [p for p in places(x) if p.startswith("John")]  # (a street's words are no town)


def test_a_body_named_in_a_post_is_not_the_one_inspected_and_the_headline_names_the_subject():
    x = run("Dunmere Youth Justice Service Praised In National Probation Report\n\nDunmere's Youth Justice Service "
            "has been praised in a national probation report. HM Inspectorate of Probation awarded an overall rating "
            "of ‘Good’.\n\nDunmere County Council say the service works well. Jane Marlow, Director of Children's "
            "Services and Chair of the Youth Justice Management Board, welcomes publication of the inspection "
            "report.")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Dunmere Youth Justice Service"]


def test_quotations_in_straight_single_marks_and_after_a_verb_of_congratulation():
    x = run("Council leader Tom Brayfield apologised saying: 'I'm devastated really, because we knew the issues.'\n\n"
            "Jane Marlow, MP for Dunmere, also congratulated the council, “It’s fantastic to hear the news.”")
    assert sorted(quotes(x)) == [("Jane Marlow", "It’s fantastic to he"), ("Tom Brayfield", "I'm devastated reall")]


def test_the_body_named_nearest_a_role_and_an_inspectorates_name_as_a_likeness():
    x = run("Inspectors say the Wexcombe Partnership NHS Foundation Trust (WPFT) has failed to improve. The "
            "announcement by the Care Quality Commission (CQC) comes after WPFT chief executive, Jane Roe, said she "
            "would retire.")
    assert ("Jane Roe", "chief executive", "Wexcombe Partnership NHS Foundation Trust") in posts(x)
    x = run("The CQC rated Brook Lane Surgery inadequate, the latest result of its Ofsted-style inspection regime.")
    assert "Ofsted" not in orgs(x)


def test_a_manager_after_the_homes_name_and_with_a_new_manager():
    x = run("The Care Inspectorate has inspected Glenlee House, a care home in Oban.\n\n"
            "Glenlee House manager Ruth Kerr said: 'We are delighted.'\n\n"
            "The home had a change in leadership, with new manager Anna Bell and deputy manager Omar Rahim joining "
            "in May.")
    assert {("Ruth Kerr", "manager", "Glenlee House"), ("Anna Bell", "manager", "Glenlee House"),
            ("Omar Rahim", "deputy manager", "Glenlee House")} <= posts(x)


def test_a_lead_word_in_capitals_before_a_name_in_title_case():
    from kg.ingest import Source, from_bytes

    doc = from_bytes(Source("t.txt", "text"), b"Pupils cheer at results\n\nHOPE Green School has been graded good by "
                     b"Ofsted after two years in special measures.\n")
    x = extract(doc)
    assert "Hope Green School" in orgs(x)


def test_the_royal_colleges_are_bodies_of_their_own_names():
    x = run("The CQC said a review by the Royal College of Obstetricians and Gynaecologists and the Royal College of "
            "Nursing found problems at Wexcombe Hospital NHS Trust.")
    assert {"Royal College of Obstetricians and Gynaecologists", "Royal College of Nursing"} <= set(orgs(x))
    assert not any(label.startswith("Royal College of Obstetricians and Gynaecologists and") for label in orgs(x))


def test_a_village_placed_by_the_words_after_it_is_no_speaker():
    x = run("Ofsted has rated Little Acorns Pre-School outstanding.\n\nJane Roe, manager of Little Acorns Pre-School "
            "in Lower Wexcombe, north of Colchester, said she was \"very, very proud\" of the staff.")
    assert quotes(x) == [("Jane Roe", "very, very proud")]


def test_a_building_a_body_is_based_in_is_no_body():
    x = run("An inspection of Brightleaf Fostering found weaknesses.\n\nThe agency, based in Harbour House, Mill "
            "Road, was given a 'requires improvement' grade by Ofsted.\n\nDirector Omar Rahim said the findings were "
            "unfair.")
    assert "Harbour House" not in orgs(x)
    assert ("Omar Rahim", "director", "Brightleaf Fostering") in posts(x)


def test_a_ministers_portfolio_is_no_councils_and_a_longer_title_is_kept_whole():
    x = run("Ofsted has found that Wexcombe Council's children's services have improved.\n\nJane Roe, Minister for "
            "Children and Families, said the council could leave intervention.")
    assert ("Jane Roe", "minister for children and families", "") in posts(x)
    x = run("Estyn has reported on Wexcombe County Council.\n\nAnna Bell, Minister for Education and Skills and Tom "
            "Hale, Minister for Local Government and Communities\n\nThe ministers will act on the report.")
    got = {(n, r.lower()) for n, r, _ in posts(x)}
    assert {("Anna Bell", "minister for education and skills"),
            ("Tom Hale", "minister for local government and communities")} <= got


def test_a_role_between_dashes_and_no_body_across_a_clause_opener():
    x = run("Wexcombe Council's children's services were visited by Ofsted.\n\nOfsted notes that since the "
            "strategic director for children's services – Jane Roe – took up post, a plan has been put in place.")
    assert ("Jane Roe", "strategic director for children's services", "Wexcombe Council") in posts(x)


def test_a_portfolio_going_on_after_and_is_no_person_and_a_councillors_post_is_the_councils():
    x = run("Estyn has inspected Wakefield Council's education services.\n\nCouncillor Jane Roe, Wakefield Council "
            "Cabinet Member for Learning and Youth Engagement, said: \"We welcome the report.\"")
    assert ("Jane Roe", "cabinet member for learning and youth engagement", "Wakefield Council") in posts(x)
    assert [n for n, _ in quotes(x)] == ["Jane Roe"]
    x = run("Estyn has inspected Wakefield Council's education services.\n\nA member of the learning scrutiny "
            "committee, Cllr Tom Hale, said the report was fair.\n\nCllr Anna Bell, Wakefield Council's Learning and "
            "Children's Services Committee chair, said it was welcome.")
    assert {("Tom Hale", "member", "Wakefield Council"), ("Anna Bell", "chair", "Wakefield Council")} <= posts(x)


def test_a_learning_federation_and_a_care_consortium_are_bodies():
    x = run("Ofsted rated Fernhill Academy in Luton outstanding.\n\nThe school is part of the Lea Valley Learning "
            "Federation.\n\nLea Valley Learning Federation chief executive, Tom Hale, said he was proud.\n\nThe CQC "
            "inspected Luton-based Brightwell Care Consortium (BCC) in June.")
    assert {"Lea Valley Learning Federation", "Brightwell Care Consortium"} <= set(orgs(x))
    assert ("Tom Hale", "chief executive", "Lea Valley Learning Federation") in posts(x)


def test_a_title_case_role_right_after_a_name_and_a_company_joined_to_its_home_by_a_hyphen():
    x = run("Ofsted has inspected Wakefield Council's youth justice service.\n\nCouncillor Jane Roe Lead Member for "
            "Children's Services, said: \"This is excellent news.\"")
    assert ("Jane Roe", "lead member for children's services", "Wakefield Council") in posts(x)
    x = run("Staff at the Brightcare-run home Elm View in Luton said the CQC had rated it good.\n\nBrightcare's Area "
            "Director, Tom Hale, said: \"We are proud.\"")
    assert orgs(x).get("Brightcare") == "company"
    assert ("Tom Hale", "director", "Brightcare") in posts(x)
