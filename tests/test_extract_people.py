"""People, their posts, quotations and places on short texts written for these tests (invented people and bodies)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document


def run(text: str, date: str = ""):
    return extract(Document(id="t", path="t.txt", text=text, date=date, format="txt"))


def posts(x) -> set[tuple[str, str, str]]:
    return {(x.people[p.person].name, p.role, x.orgs[p.org].label if p.org else "") for p in x.posts}


def quotes(x) -> list[tuple[str, str]]:
    return [(x.people[q.speaker].name, q.text[:20]) for q in x.quotes]


def test_post_of_a_school_is_the_school_the_article_names():
    x = run("Oakfield Primary School has been rated good by Ofsted.\n"
            "Headteacher Mina Castell said: \"We are thrilled.\"\n"
            "Oliver Brant, chair of governors, said the school had worked hard.")
    assert ("Mina Castell", "headteacher", "Oakfield Primary School") in posts(x)
    assert ("Oliver Brant", "chair of governors", "Oakfield Primary School") in posts(x)


def test_gp_practice_staff_and_a_body_after_for():
    x = run("The CQC rated Larchwood Surgery outstanding. Colin Marsh, practice manager, said: \"We are proud.\"\n"
            "GP Dr Imran Vance added: \"Patients come first.\"\n"
            "Dr Sanna Rooke, clinical chair for NHS Westmarsh CCG, said: \"Well done to them.\"")
    got = posts(x)
    assert ("Colin Marsh", "practice manager", "Larchwood Surgery") in got
    assert ("Imran Vance", "gp", "Larchwood Surgery") in got
    assert ("Sanna Rooke", "clinical chair", "NHS Westmarsh CCG") in got


def test_portfolio_and_place_after_for_are_no_body():
    x = run("Jo Hart, cabinet member for Children's Services, said it was fine. "
            "Lee Ross, regional director for the North East, said so too.")
    got = posts(x)
    assert ("Jo Hart", "cabinet member for children's services", "") in got
    assert ("Lee Ross", "regional director", "") in got
    assert not any(o.label in ("North East", "Children's Services") for o in x.orgs.values())


def test_body_after_with_is_the_post_and_no_person():
    x = run("Mara Quillon, a foster carer with Brightpath Fostering, said: \"It went well.\"")
    assert ("Mara Quillon", "foster carer", "Brightpath Fostering") in posts(x)
    assert {p.name for p in x.people.values()} == {"Mara Quillon"}
    assert quotes(x) == [("Mara Quillon", "It went well.")]


def test_role_of_body_before_the_name():
    x = run("HMICFRS inspected Kent Police. Deputy chief constable of Kent Police Dana Orrin said the force was pleased.")
    assert ("Dana Orrin", "deputy chief constable", "Kent Police") in posts(x)


def test_body_named_after_a_title_beats_the_title_s_usual_body():
    x = run("HM Inspectorate of Prisons published its report. Ivo Brennard, Director General of HM Prison Service, "
            "said: \"I am pleased.\" The BBC reported it.")
    assert ("Ivo Brennard", "director general", "HM Prison Service") in posts(x)


def test_title_case_roles_and_the_inspectorate_before_the_names():
    x = run("Estyn published its letter. We welcomed Estyn inspectors Ffion Pryce-Hale, Senior Quality Officer and "
            "Morgan Teague, Regional Link Inspector, who presented the findings to Powys County Council.")
    got = posts(x)
    assert ("Ffion Pryce-Hale", "senior quality officer", "Estyn") in got
    assert ("Morgan Teague", "regional link inspector", "Estyn") in got
    assert "Hale" not in {p.label for p in x.places.values()}


def test_lower_case_words_before_the_head_pick_the_trust():
    x = run("The Healthcare Commission said Westmarsh Primary Care Trust was fair. It said Eastbrook Area Health Trust "
            "was weak. Eastbrook Area Health Trust has a new board. Primary care trust chief executive Alan Birt said: "
            "\"We are pleased.\"")
    assert ("Alan Birt", "chief executive", "Westmarsh Primary Care Trust") in posts(x)


def test_the_council_is_the_one_named_last():
    x = run("Inspectors rated Lancashire County Council and Preston City Council. The county council got three stars. "
            "The city council was given two stars.\n"
            "But the leader of the council, Councillor Abel Fenwick, said the rating was proof of progress.")
    assert ("Abel Fenwick", "leader of the council", "Preston City Council") in posts(x)


def test_co_opted_member_of_the_council_s_committee():
    x = run("Leeds City Council was inspected. Tom Vellacott, a co-opted member of the council’s education scrutiny "
            "committee, told a meeting: \"It was harsh.\"")
    assert ("Tom Vellacott", "co-opted member", "Leeds City Council") in posts(x)


@pytest.mark.parametrize("surname", ["Read", "Hall", "Young"])
def test_everyday_word_as_a_surname(surname):
    x = run(f"Eastbrook Area Health Trust's chief executive, Moira {surname}, said: \"It is fair.\" Read more.")
    assert (f"Moira {surname}", "chief executive", "Eastbrook Area Health Trust") in posts(x)
    assert {p.name for p in x.people.values()} == {f"Moira {surname}"}


def test_everyday_word_never_starts_a_name():
    x = run("Read more about it. The Town Hall said nothing. Hall Road was closed, said the police.")
    assert x.people == {}


def test_pronoun_follows_the_honorific_and_a_quote_after_reported_speech():
    x = run("Ms Ada Price took over in May.\n\n"
            "Owen Marsh, chair of governors, said the year had been hard but the school was improving.\n\n"
            "“We have all worked extremely hard for this.”\n\n"
            "Mr Marsh said he felt Ms Price’s leadership had mattered.\n\n"
            "“Ada has been a wonderful head,” he said.")
    assert quotes(x) == [("Owen Marsh", "We have all worked e"), ("Owen Marsh", "Ada has been a wonde")]


def test_quote_paragraph_after_a_paragraph_without_speech_has_no_speaker():
    x = run("Owen Marsh took over as chair of governors in May.\n\n“We have all worked extremely hard for this.”")
    assert x.quotes == []


def test_scottish_and_northern_irish_areas_and_a_newspaper_title():
    x = run("Hampshire Chronicle: picture of the nurse.\n"
            "Care services in the Scottish Borders, Argyll and Bute and Mid Ulster were rated weak. "
            "Angus Robertson said it was poor.")
    places = {p.label for p in x.places.values()}
    assert {"The Scottish Borders", "Argyll and Bute", "Mid Ulster"} <= places
    assert "Hampshire" not in places and "Angus" not in places


def test_possessive_body_before_an_unknown_role():
    x = run("The CQC rated Fernhill Surgery good.\n"
            "\"It was hard,\" said Dr Ruth Okoro, the practice's senior partner.")
    assert ("Ruth Okoro", "senior partner", "Fernhill Surgery") in posts(x)


def test_a_top_post_without_a_body_is_the_article_s_body_not_the_inspectorate_s():
    x = run("The CQC inspected Harbourside Community Health Trust in May. The CQC said the trust must improve.\n"
            "\"We will improve,\" said Tim Abara, chief executive.")
    assert ("Tim Abara", "chief executive", "Harbourside Community Health Trust") in posts(x)


def test_elected_members_seat_and_party():
    x = run("Inspectors criticised the service. Delyth Rowe, MS for Cardiff North, said it was alarming. "
            "Iain Macrae MSP said the same. Sarah Oduya, the Labour MP for Luton South, said she would write to the "
            "minister. Former Conservative MP Hal Brinks said nothing. Plaid Cymru AM Mair Jones agreed. "
            "The meeting ended at 10 AM. Jane Green said so.")
    got = posts(x)
    assert {("Delyth Rowe", "MS for Cardiff North", ""), ("Iain Macrae", "MSP", ""),
            ("Sarah Oduya", "MP for Luton South", "Labour Party"), ("Hal Brinks", "MP", "Conservative Party"),
            ("Mair Jones", "AM", "Plaid Cymru")} <= got
    assert {p.name for p in x.people.values()} == {"Delyth Rowe", "Iain Macrae", "Sarah Oduya", "Hal Brinks",
                                                   "Mair Jones", "Jane Green"}
    assert "Wales" not in {p.label for p in x.places.values()}


def test_role_in_brackets_and_who_chairs():
    x = run("Ofsted rated Thornbury Academy good. Pupils praised Sam Eddowes (headteacher) and the staff. "
            "Nell Farrow, who chairs the governors, said it was deserved.\n"
            "The CQC rated Fernhill Surgery good. Alan Pike, who chairs the practice's patient participation group, "
            "said members helped.")
    got = posts(x)
    assert ("Sam Eddowes", "headteacher", "Thornbury Academy") in got
    assert ("Nell Farrow", "chair of governors", "Thornbury Academy") in got
    assert ("Alan Pike", "chair of the patient participation group", "Fernhill Surgery") in got


def test_unknown_role_after_its_body_keeps_its_portfolio():
    x = run("Ofsted praised Kent County Council. Cllr Nina Patel, county council lead member for learning and "
            "school inclusion said: \"It is a fine result.\" Sunnyside Primary School was also praised.")
    assert ("Nina Patel", "lead member for learning and school inclusion", "Kent County Council") in posts(x)


def test_his_majestys_chief_inspector_in_the_texts_words():
    x = run("Ofsted published its annual report. His Majesty's Chief Inspector, Sir Martyn Oliphant, said the "
            "system was under strain.")
    assert {(n, r.lower(), o) for n, r, o in posts(x)} == {("Martyn Oliphant", "his majesty's chief inspector", "Ofsted")}


def test_quote_split_by_she_said_and_a_quote_the_role_attributes():
    x = run("Ofsted rated Oakfield School good. Headteacher Mina Castell was delighted.\n"
            "“We are thrilled,” she said. “The staff have worked so hard for this.”\n\n"
            "The CQC rated Westmarsh Hospitals NHS Trust inadequate. Jo Feld is the trust's chief executive.\n"
            "“We accept the findings in full,” the chief executive said.")
    assert quotes(x) == [("Mina Castell", "We are thrilled,"), ("Mina Castell", "The staff have worke"),
                         ("Jo Feld", "We accept the findin")]
    assert ("Jo Feld", "chief executive", "Westmarsh Hospitals NHS Trust") in posts(x)


def test_role_word_opening_a_sentence_and_a_role_with_a_second_head():
    x = run("Ofsted rated Little Oaks Day Nursery outstanding.\nOwner Sara Pell said: \"We are so proud.\"\n"
            "The CQC rated Meadow Lane Surgery good. Dr Tom Alder, a GP partner, said: \"We are thrilled.\" "
            "Jo Bell, a parent, said it was great.")
    got = posts(x)
    assert ("Sara Pell", "owner", "Little Oaks Day Nursery") in got
    assert ("Tom Alder", "gp partner", "Meadow Lane Surgery") in got
    assert {p.name for p in x.people.values()} == {"Sara Pell", "Tom Alder", "Jo Bell"}


def test_street_names_and_short_forms_of_a_place():
    x = run("Pupils at a school in Sutton-in-Ashfield are happy. It is good for the families of Sutton.\n"
            "The nursery, on Stamford Road, is in Rutland.")
    assert {p.label for p in x.places.values()} == {"Sutton-in-Ashfield", "Rutland"}


def test_honours_between_a_name_and_the_post():
    x = extract(Document(id="t", path="t.txt", date="2022-12-16", text=(
        "Ofsted rated the council's services good. Jane Roe, OBE, City of York Council's director of children's "
        "services, said she was proud.\n")))
    assert [(p.person, p.role, p.org) for p in x.posts] == [("jane-roe", "director of children's services",
                                                            "city-of-york-council")]


def test_a_quotation_signed_after_it_by_a_title_then_a_name():
    x = extract(Document(id="t", path="t.txt", date="2013-02-27", text=(
        "Westshire Youth Offending Service has been rated good.\n\n\"The service has real strengths, and its best "
        "work is excellent,\" Chief Inspector of Probation Jane Roe said.\n")))
    assert [(q.speaker, q.text[:20]) for q in x.quotes] == [("jane-roe", "The service has real")]


def test_a_grade_the_writer_quotes_is_nobodys_quotation():
    x = extract(Document(id="t", path="t.txt", date="2023-02-01", text=(
        "CQC chief inspector Jane Roe said services had improved. Of 20 trusts in the region, six, including "
        "Bradfield and Yarley, “require improvement.”\n")))
    assert not any("require improvement" in q.text for q in x.quotes)


def test_a_surname_after_a_title_is_the_person_a_later_he_said_quotes():
    x = run("This is the first report for HMI Dana Forbes, who took over from Sir Ralph Quince last year.\n\n"
            "HMI Forbes expressed her disappointment. She said, \u201cWe expect to see further commitments from the "
            "Government very soon.\u201d")
    assert [q.speaker for q in x.quotes] == ["dana-forbes"]


def test_how_the_person_felt_is_no_part_of_the_post_and_the_nursery_is_the_body():
    x = extract(Document(id="t", path="t.txt", date="2024-01-10", text=(
        "Ofsted has rated Bumblebee Day Nursery in Crawley outstanding.\n\n"
        "When asked about the report, delighted nursery manager Ruth Aldous said: “We are over the moon.”")))
    assert [(p.role, x.orgs[p.org].label) for p in x.posts] == [("nursery manager", "Bumblebee Day Nursery")]


def held_posts(x) -> set[tuple[str, str, str]]:
    """(person's name, role, body's label) of every post."""
    return {(x.people[p.person].name, p.role, x.orgs[p.org].label if p.org else "") for p in x.posts}


def test_scottish_conveners_a_federation_named_after_a_force_and_a_chief_inspector_of_a_titled_inspectorate():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Loch Arden Council news. Councillor Ann Reid, Convener of Educational Services, and Councillor Tom Bell, "
        "Vice Convener of Educational Services, visited the nursery.")))
    assert held_posts(x) == {("Ann Reid", "convener of educational services", "Loch Arden Council"),
                   ("Tom Bell", "vice convener of educational services", "Loch Arden Council")}
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Jo Vine, secretary of Humberside Police Federation, said officers were stretched. Humberside Police was "
        "rated adequate.")))
    assert {(p.role, x.orgs[p.org].label) for p in x.posts} == {("secretary", "Humberside Police Federation")}
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Brackley Community Prison was praised in a report published by Her Majesty's Chief Inspector of Prisons.\n"
        "Chief Inspector Ian Marsh said: \"It is a safe place.\"")))
    assert {(p.role, p.org) for p in x.posts} == {("chief inspector", "hmi-prisons")}


def test_a_role_after_a_name_with_no_comma_then_a_verb():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Ofsted rated Elm Tree Day Nursery outstanding. Mary Ball the senior nursery manager paid tribute to her "
        "team. Jane Frost the Ofsted inspector said: \"Children flourish.\" Tom Hart the best was there.")))
    assert held_posts(x) == {("Mary Ball", "senior nursery manager", "Elm Tree Day Nursery"),
                   ("Jane Frost", "ofsted inspector", "Ofsted")}


def test_a_role_after_a_bodys_acronym_possessive_with_its_portfolios_list():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "Hertfordshire County Council (HCC) was assessed by the CQC. Cllr Ann Lee, HCC’s executive member for adult "
        "care, health and wellbeing, said: \"We are proud.\" The company is based at a business centre in Milton "
        "Hill, near Didcot, looks after 55 people.")))
    assert {(p.role, x.orgs[p.org].label) for p in x.posts} == {
        ("executive member for adult care, health and wellbeing", "Hertfordshire County Council")}
    assert "Milton Hill" not in {o.label for o in x.orgs.values()}


def test_a_role_for_a_body_before_the_name():
    x = extract(Document(id="t", path="t.txt", date="", text=(
        "The CQC inspected Elm Vale Hospital. The deputy director of specialist healthcare for the CQC, Cara Penn, "
        "praised the unit.")))
    assert {(p.role, p.org) for p in x.posts} == {("deputy director of specialist healthcare", "cqc")}


def test_irish_names_roles_of_a_domain_and_a_role_opening_a_sentence():
    x = run("The CQC inspected Wexley Vale NHS Trust. Head of hospital inspection Karen Knapp said leaders had made "
            "changes.\n\nDirector of Education and Children’s Services, Robert Sulley, added: “We are pleased.”\n\n"
            "Lisa O’Loughnan, principal of Wexley College, said: “We are proud.” Declan Sowerby, brigade secretary of the "
            "Fire Brigades Union in Wexley, said more.", "2024-12-01")
    got = posts(x)
    assert ("Karen Knapp", "head of hospital inspection", "Care Quality Commission") in got
    assert ("Robert Sulley", "director of education and children’s services") in {(a, b) for a, b, _ in got}
    assert "Lisa O’Loughnan" in {p.name for p in x.people.values()}
    assert not any("Union" in p.name for p in x.people.values())


def test_the_trust_is_the_one_the_article_names_most_not_one_named_in_passing():
    x = run("Northfold Care Alliance NHS Foundation Trust told to improve\n\nThe Care Quality Commission found staff "
            "working hard at the Northfold Care Alliance NHS Foundation Trust.\n\nThe alliance was formed when Elmside "
            "Royal NHS Foundation Trust acquired Pennick Hospitals NHS Foundation Trust.\n\nThe watchdog rated the trust "
            "as \"requires improvement\" overall.", "2022-12-22")
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Northfold Care Alliance NHS Foundation Trust"]


def test_a_post_before_an_academic_title_and_a_post_after_its_body():
    got = posts(run("The CQC inspected Elm Surgery in May 2017.\nChief inspector of general practice professor Steve "
                    "Fielding said: ‘I am placing this service in special measures.’\nCQC deputy chief inspector of GP "
                    "Practices Professor Ursula Gallard said: ‘We may move to close the service.’\nChair of Trustees at "
                    "the surgery, Clair Harlow, said: \"We will improve.\"", "2017-12-01"))
    assert ("Steve Fielding", "chief inspector of general practice", "Care Quality Commission") in got
    assert ("Ursula Gallard", "deputy chief inspector of gp practices", "Care Quality Commission") in got
    assert ("Clair Harlow", "chair of trustees", "Elm Surgery") in got


def test_a_person_who_took_a_post_names_it_after_the_verb():
    x = run("Estyn has inspected Larkspur High School in Rhyl.\n\nAmy Ferris took over as headteacher of the school "
            "last year, and Tom Gale was appointed chair of governors of Larkspur High School in May.", "2016-03-01")
    assert ("Amy Ferris", "headteacher", "Larkspur High School") in posts(x)
    assert ("Tom Gale", "chair of governors", "Larkspur High School") in posts(x)
    x = run("Estyn has inspected Larkspur High School.\n\nAmy Ferris became a grandmother last year.", "2016-03-01")
    assert not x.people


def test_a_post_in_brackets_after_in_her_role_as():
    x = run("Ofsted and the CQC inspected the Barset local area.\n\nCouncillor Gwen Tarrant (in her role as Cabinet "
            "Member for Schools, Barset Council) introduced the report.", "2025-03-01")
    assert ("Gwen Tarrant", "cabinet member for schools", "Barset Council") in posts(x)


def test_a_nursery_managers_body_is_the_body_the_text_calls_a_nursery():
    x = run("The Bramble Hill nursery has been rated outstanding by Ofsted.\n\n“We are proud,” said deputy nursery "
            "manager Kelly Stone.", "2012-05-01")
    assert ("Kelly Stone", "deputy nursery manager", "Bramble Hill") in posts(x)


def test_a_quote_that_opens_the_sentence_after_reported_speech_in_its_paragraph():
    x = run("Jane Orrin, HM Chief Inspector of Prisons, said it was clear that leaders were committed to the prison. "
            "“The rating for safety has risen to reasonably good.”\n\n"
            "Ms Orrin added, however, that the prison needed to review its drugs strategy. “There had been some good "
            "work.”\n\n"
            "Visitors said the building was cold. “Nobody came,” one of them wrote in a letter.")
    assert quotes(x) == [("Jane Orrin", "The rating for safet"), ("Jane Orrin", "There had been some ")]


def test_a_party_in_brackets_between_a_councillor_and_the_post():
    x = run("Ofsted rated Hull City Council children's services good. Cllr Tom Brown (Lab), cabinet member for "
            "children at Hull City Council, said the result was great.")
    assert ("Tom Brown", "cabinet member for children", "Hull City Council") in posts(x)


def test_a_plural_role_is_one_of_each_name_but_chair_of_governors_stays_whole():
    x = run("Oakfield Primary School was rated good by Ofsted. Ofsted inspectors Mary Tanner and Joan Oldfield "
            "visited in May. The chair of governors, Lynne Price, said: \"We are pleased.\"")
    got = {(n, r) for n, r, _ in posts(x)}
    assert {("Mary Tanner", "ofsted inspector"), ("Joan Oldfield", "ofsted inspector"),
            ("Lynne Price", "chair of governors")} <= got


def test_a_quote_before_a_name_its_post_and_the_verb():
    x = run("Ofsted rated Larkspur Primary School in Hull good.\n“Our children deserve the best,” Jane Smith, "
            "headteacher, said.")
    assert quotes(x) == [("Jane Smith", "Our children deserve")]


def test_a_district_named_with_an_ampersand_is_one_place():
    x = run("Cllr Alex Jones, Epsom & Ewell's representative on the panel, said Surrey Police had improved.")
    assert "Epsom and Ewell" in {p.label for p in x.places.values()}
    assert "Ewell" not in {p.label for p in x.places.values()}


def test_a_person_named_only_by_title_and_surname():
    x = run("Ofsted rated Hull City Council's children's services good. Councillor Haley welcomed the report.")
    assert posts(x) == {("Councillor Haley", "councillor", "Hull City Council")}


def test_a_title_and_surname_is_the_full_name_misspelt_by_a_letter_or_needs_a_cue():
    x = run("HMP Dunmere was praised by inspectors. Governor Norman Griffins said: \"Sharon Carter, for example, has "
            "had a big impact.\"\n\nMrs Carter said: \"We try to make it a happy place.\" Mr Griffin said the staff "
            "deserved the credit.")
    # a full name inside a quotation may be another person's ("Daniel Walsh deserved better," said his mother)
    assert sorted(p.name for p in x.people.values()) == ["Mrs Carter", "Norman Griffins"]
    assert ("Mrs Carter", "We try to make it a ") in quotes(x)
    x = run("Ofsted rated Sunny Days Nursery in Hull good. Children watched Mr Tumble on the television and saw "
            "Miss Saigon.")
    assert x.people == {}


def test_a_governors_prison_a_managers_nursery_and_its_post():
    x = run("Inspectors made 41 recommendations after their visit to HMP Humber. Governor Dean Ackroyd said the "
            "prison was working with local councils.")
    assert posts(x) == {("Dean Ackroyd", "governor", "HMP Humber")}
    x = run("The Care Inspectorate has graded Bluebell Nursery in Dundee as weak for leadership. Manager Fiona "
            "Strachan said she was disappointed.")
    assert posts(x) == {("Fiona Strachan", "manager", "Bluebell Nursery")}
    x = run("Dr Olu Adebayo, medical director at Leicester Royal Infirmary NHS Trust, and Clare Whitstable, its "
            "director of midwifery, will present the CQC findings.")
    assert ("Clare Whitstable", "director of midwifery", "Leicester Royal Infirmary NHS Trust") in posts(x)
    x = run("Sheldon Grange Care Home in Exeter has been rated good by the Care Quality Commission. Kwame Asante, "
            "nominated individual for the provider, Lifeways Westcountry Ltd, said the rating was well deserved.")
    assert posts(x) == {("Kwame Asante", "nominated individual", "Lifeways Westcountry Ltd")}


def test_a_quotation_the_report_said_is_no_later_speakers():
    x = run('Ofsted rated Larkspur School in Hull good. The report said: "Pupils are kind to one another." Principal '
            'Eleanor Quayle said: "That line made me cry."')
    assert quotes(x) == [("Eleanor Quayle", "That line made me cr")]


def test_whose_post_is_the_body_named_before_and_and_opens_no_apposition():
    x = run("Kestrel Vale Academy in Stockport has been rated good by Ofsted. The academy belongs to the Northern "
            "Lights Learning Trust, whose chief executive, Damian Okafor, thanked staff.")
    assert posts(x) == {("Damian Okafor", "chief executive", "Northern Lights Learning Trust")}
    x = run("Greenbank Lodge in Wrexham has been told by Care Inspectorate Wales to improve its staffing. The home's "
            "responsible individual, Gwen Parry, and its manager, Alun Roberts, met inspectors.")
    assert ("Gwen Parry", "manager", "Greenbank Lodge") not in posts(x)


def test_an_inspector_of_the_inspectorate_the_role_names():
    x = run("The inspection of St Aidan's Primary School in Carlisle was led by Moira Kettle, an Ofsted inspector.")
    assert ("Moira Kettle", "ofsted inspector", "Ofsted") in posts(x)


def test_a_post_that_spoke_in_the_sentence_before_is_held_by_the_person_who_speaks_next():
    x = run("Ofsted rated Marsh Lane Academy in Grimsby inadequate. The headteacher of Marsh Lane Academy said the "
            "school would challenge the judgement. Nigel Faraday said inspectors had not seen recent improvements.")
    assert posts(x) == {("Nigel Faraday", "headteacher", "Marsh Lane Academy")}
    x = run("Ofsted rated Elmhurst School in Croydon inadequate. The headteacher said: \"We will not rest.\" Patricia "
            "Obi, who has led the school since January, said a new safeguarding lead had been appointed.")
    assert posts(x) == {("Patricia Obi", "headteacher", "Elmhurst School")}
    # a post another person already holds, or a person who does not speak, is left alone
    x = run("Ofsted rated Marsh Lane Academy in Grimsby inadequate. Headteacher Jo Dean said the school would appeal. "
            "Nigel Faraday said he was surprised.")
    assert posts(x) == {("Jo Dean", "headteacher", "Marsh Lane Academy")}


def test_who_chairs_the_governors_at_a_school_and_a_role_is_a_name():
    x = run("Dr Hannah Weatherall, who chairs the governors at Thornbury Hill School in South Gloucestershire, said "
            "the board would not appeal.")
    assert posts(x) == {("Hannah Weatherall", "chair of governors", "Thornbury Hill School")}
    x = run("Staff at Penhallow Children's Home in Truro were shocked by the rating. Its registered manager is Esme "
            "Trevithick.")
    assert posts(x) == {("Esme Trevithick", "registered manager", "Penhallow Children's Home")}
    x = run("The nursery is owned by Tayside Little Ones Ltd, whose director is Graham Leckie.")
    assert posts(x) == {("Graham Leckie", "director", "Tayside Little Ones Ltd")}


def test_implied_bodies_stay_narrow():
    # a governor where a school is named, a manager of a workplace the text names, "its" after another body
    x = run("Ofsted rated Ashcombe Primary School in Taunton good. The school runs reading sessions for families of "
            "inmates at HMP Ashcombe. David Lowe, a governor, said the rating reflected hard work.")
    assert posts(x) == {("David Lowe", "governor", "")}
    x = run("Ofsted rated Little Stars Nursery in Crewe good. Mark Evans, the manager of the family centre next "
            "door, said they would work together.")
    assert posts(x) == {("Mark Evans", "manager", "")}
    x = run("HMICFRS rated Essex Police good. The Police Federation welcomed the report, and Ian Shaw, its chair, "
            "said officers deserved credit.")
    assert posts(x) == {("Ian Shaw", "chair", "")}


def test_a_post_in_a_relative_clause_after_the_name():
    base = "Ofsted has rated Brimley Borough Council's children's services good. "
    x = run(base + '"We are proud," said Owen Tate, who has been the council\'s director of children\'s services '
                   "since 2022.")
    assert posts(x) == {("Owen Tate", "director of children's services", "Brimley Borough Council")}
    x = run("The Care Quality Commission rated Eastfield NHS Trust good. Sir Peter Olley, who has chaired the "
            "trust since 2021, said the board accepted the findings.")
    assert posts(x) == {("Peter Olley", "chair", "Eastfield NHS Trust")}


def test_a_possessive_that_opens_a_bodys_name_is_that_body():
    # "Brimley" is no place the lexicon knows; the one body whose name it opens is meant
    x = run("Ofsted has rated Brimley Borough Council's children's services good. Councillor Dom Hale, Brimley's "
            "executive member for education, said: \"Families deserve this.\"")
    assert ("Dom Hale", "executive member for education", "Brimley Borough Council") in posts(x)
    # a known place keeps its own reading: a commissioner is no officer of the force named after the county
    x = run("HMICFRS rated Lincolnshire Police adequate. Lincolnshire's police and crime commissioner, Mark Joll, "
            "said he would hold the force to account.")
    assert ("Mark Joll", "police and crime commissioner", "Lincolnshire Police") not in posts(x)


def test_a_capitalised_function_after_director_of_is_the_role_not_a_body():
    x = run("The RQIA inspected Drumlin Manor Nursing Home. Siobhan Kerr, RQIA's Director of Assurance, said: "
            "\"We will return.\"")
    assert posts(x) == {("Siobhan Kerr", "director of assurance", "Regulation and Quality Improvement Authority")}
    assert "Assurance" not in {o.label for o in x.orgs.values()}


def test_one_post_named_by_two_roles_before_the_name():
    x = run("Ofsted rated Harbury College good. Principal and CEO Gill Wragg said: \"We are proud.\"")
    assert posts(x) == {("Gill Wragg", "principal and ceo", "Harbury College")}


def test_a_bare_childrens_commissioner_is_englands():
    x = run("Ofsted rated Brimley council inadequate. A report from the Children's Commissioner, Anne Lowe, said the "
            "council could not improve alone.")
    assert {o for _, _, o in posts(x)} == {"Children's Commissioner for England"}


def test_a_possessed_role_word_in_apposition_before_the_name():
    home = "The CQC rated Larchmere Residential Home good. "
    assert posts(run(home + "Its manager, Sian Mor, said staff were delighted.")) == {
        ("Sian Mor", "manager", "Larchmere Residential Home")}
    assert posts(run(home + "Larchmere's owner, Sajid Kay, said every care plan was updated.")) == {
        ("Sajid Kay", "owner", "Larchmere Residential Home")}


def test_a_role_at_the_body_the_text_names_by_its_head_words():
    x = run("Ofsted and the CQC inspected Thornmoor. NHS Thornmoor Integrated Care Board was criticised. Paul Dane, "
            "chief nursing officer at the integrated care board, said funding had been found.")
    assert ("Paul Dane", "chief nursing officer", "Thornmoor Integrated Care Board") in posts(x)


def test_his_majestys_inspector_of_fire_and_rescue_services_is_hmicfrs():
    x = run("HMICFRS inspected Kestonshire Fire and Rescue Service. His Majesty's Inspector of Fire and Rescue "
            "Services Andrew Colley said: \"Firefighters respond quickly.\" Chief fire officer Dawn Ash said a "
            "review had been commissioned.")
    assert posts(x) == {("Andrew Colley", "His Majesty's Inspector of Fire and Rescue Services",
                         "HMICFRS"),
                        ("Dawn Ash", "chief fire officer", "Kestonshire Fire and Rescue Service")}


def test_the_services_officer_is_the_service_not_the_inspectorate_of_services():
    x = run("Wexbury Fire and Rescue Service's third inspection by His Majesty's Inspectorate of Constabulary and "
            "Fire and Rescue Services saw improvements. Jon Pryde, the service's chief fire officer, said: \"We are "
            "pleased.\"")
    assert posts(x) == {("Jon Pryde", "chief fire officer", "Wexbury Fire and Rescue Service")}


def test_a_chief_executive_officer_is_no_national_bodys_title():
    x = run("Estyn inspected Torfaen Council's education services. The council's Chief Executive Officer, Stephen "
            "Vale said: 'We accept the findings.'")
    assert {o for _, _, o in posts(x)} == {"Torfaen Council"}  # (the council by the name the text gives it)


def test_review_who_managed_to_and_a_role_ending_another_clause_are_no_posts():
    home = "The CQC rated Greystones Care Home good. "
    assert posts(run(home + "Tom Barker, who managed to get his mother a place at the home last year, said he was "
                            "pleased.")) == set()
    assert posts(run(home + "Despite repeated complaints to the manager, Carol Webb said her mother's care had not "
                            "improved.")) == set()


def test_review_a_village_possessive_is_no_schools():
    x = run("Ofsted rated Ashcombe Primary School outstanding. Ashcombe's district councillor, Bob Lane, said the "
            "village was proud.")
    assert ("Bob Lane", "district councillor", "Ashcombe Primary School") not in posts(x)


def test_a_bare_childrens_commissioner_is_the_country_of_the_articles_inspectorate():
    x = run("Care Inspectorate Wales inspected Wrexham County Borough Council's children's services. The Children's "
            "Commissioner, Rhian Coe, said: \"Children deserve better.\"")
    assert {o for _, _, o in posts(x)} == {"Children's Commissioner for Wales"}
    x = run("The Care Inspectorate graded Glenmorven House in Perth weak. The Children's Commissioner, Anne Lowe, "
            "said: \"Children deserve better.\"")
    assert {o for _, _, o in posts(x)} == {"Children and Young People's Commissioner Scotland"}


def test_a_service_director_opening_a_sentence_is_the_councils():
    """'Service director NAME added:' at a sentence's start: the capital is the sentence's, not a body's head
    word, and a service director is the council's."""
    x = extract(Document(id="t", path="t.txt", text=(
        "Council told to improve after Ofsted visit\n\nOfsted has found weaknesses in Borsetshire County Council's "
        "children's services after a focused visit in May.\n\nService director Graham Reiter added: \"We will "
        "improve.\""), date="2025-07-01"))
    assert {(p.person, p.role, p.org) for p in x.posts} == {
        ("graham-reiter", "service director", "borsetshire-county-council")}


def test_a_plural_role_before_two_names_gives_each_the_role():
    x = extract(Document(id="t", path="t.txt", text=(
        "Council told to improve\n\nOfsted has found weaknesses in Borsetshire County Council's children's "
        "services after a focused visit in May.\n\nThe report from inspectors Jane Hallam and Priya Lowther "
        "highlights a number of areas of concern.\n\nThe council's leader said the inspectors were fair."),
        date="2025-07-01"))
    assert {(p.person, p.role, p.org) for p in x.posts} >= {("jane-hallam", "inspector", "ofsted"),
                                                            ("priya-lowther", "inspector", "ofsted")}
    # a plural role in another clause names nobody
    x = extract(Document(id="t", path="t.txt", text=(
        "Council told to improve\n\nOfsted inspectors visited Borsetshire County Council in May. Jane Hallam, a "
        "parent, said she was worried."), date="2025-07-01"))
    assert not any(p.role == "inspector" for p in x.posts)


def test_a_quotation_after_saying_and_a_colon_is_the_speakers_across_paragraphs():
    x = run("Ofsted visited Wexcombe Council in May.\n\nDirector of children’s services Dan Morley accepted the "
            "findings, saying: “Improvements do not yet go far enough.\n\n“We are committed to regaining the "
            "trust of families.”\n")
    assert quotes(x) == [("Dan Morley", "Improvements do not ")]


def test_a_member_of_parliament_who_leads_a_council_holds_the_post_the_apposition_gives():
    x = run("Ofsted rated Wexcombe Council outstanding.\n\nCouncillor Ann Pryce MP, Leader of Wexcombe Council, "
            "said:\n\n“We are proud.”\n")
    assert posts(x) == {("Ann Pryce", "leader", "Wexcombe Council")}


def test_a_committees_chair_named_before_the_name():
    x = run("Education Scotland inspected Fetlar Primary School.\n\nChair of the council’s education and families "
            "committee Mairi Tulloch said: “I am pleased.”\n")
    assert posts(x) == {("Mairi Tulloch", "chair of the council’s education and families committee", "")}


def test_a_post_before_an_officers_rank_is_the_post_the_sentence_gives():
    x = run("HM Inspectorate of Probation has inspected Barset Youth Justice Service.\n\nChair of the Barset Youth "
            "Justice Service Superintendent Lena Marsh said: “This is a great result for the city.”")
    assert posts(x) == {("Lena Marsh", "chair", "Barset Youth Justice Service")}
    x = run("HM Inspectorate of Probation has inspected Barset Youth Justice Service.\n\nDetective Superintendent Lena "
            "Marsh said: “This is a great result for the city.”")
    assert posts(x) == {("Lena Marsh", "detective superintendent", "")}


def test_a_first_name_that_is_also_an_everyday_word():
    x = run("Ofsted has rated Barset College good.\n\nBarset College Principal Bill Webster said: “We are disappointed.”")
    assert posts(x) == {("Bill Webster", "principal", "Barset College")}
    # (a bill before parliament names nobody; a month never opens a name)
    x = run("The Children's Wellbeing and Schools Bill was debated. In June Jane Holt, principal of Barset College, said "
            "the college was ready.")
    assert {p.name for p in x.people.values()} == {"Jane Holt"}


def test_the_prison_services_director_general_and_a_pupil_referral_units_headteacher():
    got = posts(run("Phil Garner, the Prison and Probation Service's Director General of Prisons, said the report was "
                    "good."))
    assert ("Phil Garner", "director general of prisons", "HM Prison and Probation Service") in got
    got = posts(run("Ofsted rated Barset Pupil Referral Unit good, and headteacher Ann Lowry is delighted."))
    assert ("Ann Lowry", "headteacher", "Barset Pupil Referral Unit") in got


def test_a_ministers_post_keeps_the_texts_words_and_a_department_only_the_text_names():
    # (the department's name changes with governments, and in a Welsh report the minister may be Wales's)
    x = run("Estyn judged the education services of Glanmor County Council unsatisfactory.\n\nEducation Minister Aled "
            "Rhys and Local Government Minister Siân Pryce said the council must act. Mr Rhys said: \"This report is "
            "damning.\"")
    assert posts(x) == {("Aled Rhys", "Education Minister", ""), ("Siân Pryce", "Local Government Minister", "")}
    x = run("Ofsted rated Oakfield School good. Education Minister Nia Holt said: \"This is excellent news.\"")
    assert posts(x) == {("Nia Holt", "Education Minister", "")}
    x = run("Ofsted rated Oakfield School good. The Department for Education welcomed it, and Education Minister Nia "
            "Holt said: \"This is excellent news.\"")
    assert posts(x) == {("Nia Holt", "Education Minister", "Department for Education")}
    x = run("Prison inspectors wrote to Justice Secretary Omar Hale about the jail.\n\nHMP Eastfold was inspected in "
            "May.")
    assert posts(x) == {("Omar Hale", "justice secretary", "")}



def test_a_person_who_leads_a_body_and_quotations_that_go_on_after_he_said():
    x = run("Ofsted rated Harlow Vale College good. The college is currently led by Anita Morrow. Mrs Morrow, interim "
            "principal at Harlow Vale College, said: \"We welcome the report.\"")
    assert ("Anita Morrow", "principal", "Harlow Vale College") in posts(x)
    assert quotes(x) == [("Anita Morrow", "We welcome the repor")]
    x = run("Estyn removed Glanmor Primary School from special measures. Acting headteacher Idris Price paid tribute to "
            "the community.\n\n“We have worked so hard and it is great to see,” he said.\n\n“There has been a huge "
            "amount of fundraising for the children.\n\n“Now the school feels alive again.")
    assert [q[0] for q in quotes(x)] == ["Idris Price", "Idris Price"]
    x = run("HM Inspectorate of Probation rated Glanmor Youth Justice Service good. Chief Inspector of Probation Rhian "
            "Lloyd said: \"The service has improved.\"\n\nMs Lloyd continued: \"Leaders now know their service well.\"")
    assert [q for q in quotes(x) if q[1].startswith("Leaders")] == [("Rhian Lloyd", "Leaders now know the")]


def test_a_speaker_before_a_quotation_without_a_colon_and_he_added_after_someone_named_in_speech():
    x = run("HMICFRS rated Wexcombe Fire and Rescue Service good.\n\nInspector Alison Brayfield reported “We were "
            "pleased to see that the service has improved since 2021.”\n\n"
            "Chief inspector Roland Pettifer said governor Martin Okafor had a “clear plan for the prison”.\n\n"
            "But he added: “Too many cells were dirty and poorly equipped.”")
    got = quotes(x)
    assert ("Alison Brayfield", "We were pleased to s") in got
    assert ("Roland Pettifer", "Too many cells were ") in got


def test_a_post_ending_in_a_name_of_a_language_and_a_place_with_a_hyphenated_compass_point():
    x = run("Estyn rated Conwy County Borough Council's education services good.\n\nCllr Gareth Pryce, cabinet member "
            "for Education and the Welsh Language, said: \"We are proud of our schools.\"\n\nThe council serves "
            "an area between Bath and North-East Somerset and Swindon.")
    assert quotes(x) == [("Gareth Pryce", "We are proud of our ")]
    assert "Bath and North East Somerset" in {p.label for p in x.places.values()}


def test_a_speaker_named_by_title_and_surname_is_the_full_name_the_text_gives():
    x = run("Fellside Homecare was founded in 2017 by doctors Jane Arkwright and Tom Pell.\n\n"
            "“We are delighted with the report,” said Dr Arkwright.")
    assert quotes(x) == [("Jane Arkwright", "We are delighted wit")]
    # no full name: the title and surname, cued by the speech verb before them
    x = run("“We are delighted with the report,” said Dr Arkwright.")
    assert quotes(x) == [("Dr Arkwright", "We are delighted wit")]


def test_a_role_with_its_initials_in_brackets_before_the_name():
    x = run("Council praised\n\nOfsted visited Kesterby Council in February. The council appointed a permanent "
            "Director of Children's Services (DCS), Jane Hollins OBE, who began in January.\n")
    assert [(x.people[p.person].name, p.role) for p in x.posts] == [("Jane Hollins", "director of children's services")]


def test_words_used_of_a_person_are_not_their_quotation_and_states_introduces_one():
    x = run("Council praised\n\nOfsted visited Kesterby Council in February. The interim chief executive, Tom "
            "Parry, has been described as \"bringing a renewed focus on the improvements needed.\"\n\nIn her report, "
            "inspector Jo Bloggs states: \"Plans for these children have not been driven forward.\"\n")
    assert [(x.people[q.speaker].name, q.text[:9]) for q in x.quotes] == [("Jo Bloggs", "Plans for")]


def test_a_place_in_the_heading_above_is_not_the_posts_council():
    # "St Aidan's and Worthing Hospitals" heads the paragraph; the chief executive is the trust's, not Worthing's council's
    x = run("Hospitals rated requires improvement\n\nThe CQC has rated University Hospitals Sussex requires "
            "improvement.\n\nSt Aidan's and Worthing Hospitals\n\nChief Executive Dr Jo Marsh said: \"We will act on "
            "every finding in this report.\"\n", "2024-02-14")
    assert "Worthing Borough Council" not in {o.label for o in x.orgs.values()}
    assert all(p.org != "worthing-borough-council" for p in x.posts)


def test_month_first_names_and_a_newspaper_told_is_no_person():
    x = run("The CQC rated Rosebank care home in Wigan good.\n\nHome Manager April Dale said: \"We are proud.\"\n\n"
            "Deputy manager May Hollins told Wigan Live: \"It was a team effort.\"\n\nIn June Tom Avery said the home was good.")
    names = {p.name for p in x.people.values()}
    assert {"April Dale", "May Hollins", "Tom Avery"} <= names and not {"Wigan Live", "June Tom Avery"} & names
    assert ("April Dale", "home manager", "Rosebank") in posts(x)
    assert [s for s, _ in quotes(x)] == ["April Dale", "May Hollins"]


def test_a_month_that_is_a_surname_ends_a_name():
    x = run("The CQC rated Fenbridge Hospitals NHS Trust good.\n\nGraham May OBE, chief executive of Fenbridge "
            "Hospitals NHS Trust, said he was pleased.\n\nMr May said: \"Staff have worked hard.\"\n\nInspectors "
            "came back in Leeds May 2024.")
    assert posts(x) == {("Graham May", "chief executive", "Fenbridge Hospitals NHS Trust")}
    assert [s for s, _ in quotes(x)] == ["Graham May"]


def test_operator_named_by_its_homes_and_a_role_after_is():
    x = run("Five of Brookvale Care's 30 nursing homes have been rated outstanding by the Care Quality "
            "Commission.\n\nIt follows an inspection of its Derby home, Elm House.\n\nTom Avery, Brookvale Care "
            "chief executive, said: \"We are delighted.\"")
    assert ("Tom Avery", "chief executive", "Brookvale Care") in posts(x)
    assert [x.orgs[i.subject].label for i in x.inspections] == ["Elm House"]
    x = run("The CQC rated Barnwood Healthcare NHS Trust as good.\n\nDr Ana Ruiz is Chief Executive of Barnwood "
            "Healthcare NHS Trust:\n\n\"We are proud of our staff.\"")
    assert ("Ana Ruiz", "chief executive", "Barnwood Healthcare NHS Trust") in posts(x)


def test_places_in_a_street_a_saints_name_and_a_hospital_named_without_its_head():
    x = run("Ofsted rated Elmwood Academy in Luton good.\n\nThe academy, on Hill Street, opened after the closure of "
            "Barton and St Thomas of Canterbury Schools.")
    assert set(x.places) == {"luton"}
    x = run("Ashgrove Park private hospital in Derby keeps its 'Good' rating\n\nThe Care Quality Commission has "
            "rated Ashgrove Park Hospital good after an inspection in May.")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Ashgrove Park Hospital", "Good")]


def test_what_the_report_said_is_not_the_words_of_a_name_captioned_below():
    x = run("Ofsted rated Harwick Council's children's services as requiring improvement.\n\nThe report said: "
            "\u201cServices are no longer inadequate.\u201d\n\nCllr Ann Doyle\n\nAnn Doyle, cabinet member for "
            "children, said the council would listen. She said: \u201cWe have more to do.\u201d")
    assert [(s, t) for s, t in quotes(x)] == [("Ann Doyle", "We have more to do.")]


def test_a_name_with_a_who_clause_is_a_person_whose_words_she_said_are():
    x = run("The Care Inspectorate rated Rowan Court care home in Perth excellent.\n\nFreda Hall, service manager, "
            "said the grade was down to the staff.\n\nPaula Reid, whose son lives at Rowan Court, visits him every week.\n\n"
            "She said: \u201cIt is a wonderful place to live.\u201d")
    assert quotes(x) == [("Paula Reid", "It is a wonderful pl")]


def test_a_hospital_named_with_a_word_before_its_head_and_of():
    x = run("Healthcare Inspectorate Wales visited the University Hospital of Wales in Cardiff.")
    assert {o.label: o.kind for o in x.orgs.values() if o.kind != "inspectorate"} == {
        "University Hospital of Wales": "public body"}


def test_a_portfolio_running_on_to_the_name_or_past_an_ampersand():
    x = run("Ofsted has rated children's services at Ashby Borough Council as requires improvement.\n\n"
            "Deputy mayor for schools, skills and young people Cllr Owen Batt said: \"It is good news.\"\n\n"
            "Gail Pirrie, the council's cabinet member for children & families, praised the staff.")
    got = posts(x)
    assert ("Owen Batt", "mayor for schools, skills and young people", "Ashby Borough Council") in got
    assert ("Gail Pirrie", "cabinet member for children & families", "Ashby Borough Council") in got


def test_a_bare_executive_post_is_at_the_body_the_article_is_about():
    x = run("Lakeside Homecare rated good by watchdog\n\nLakeside Homecare Ltd, a home care agency in Dunford, has been "
            "rated good by the Care Quality Commission.\n\nCommercial director Petra Houlihan said: \"We are proud.\"\n\n"
            "Founder and managing director Alan Crisp said the firm would keep improving.\n\n"
            "Chairman Victor Ledbury added that the board was delighted.")
    got = posts(x)
    assert ("Petra Houlihan", "commercial director", "Lakeside Homecare") in got
    assert ("Alan Crisp", "founder and managing director", "Lakeside Homecare") in got
    assert ("Victor Ledbury", "chairman", "Lakeside Homecare") in got
    # (never the inspectorate the article names)
    x = run("The Care Quality Commission has rated Birchwood House good.\n\nCommercial director Petra Houlihan "
            "said: \"We are proud.\"")
    assert ("Petra Houlihan", "commercial director", "Care Quality Commission") not in posts(x)
    # (nor the article's subject when the text names another body by its kind)
    x = run("Healthcare Inspectorate Wales has told Glanmor Hospital to improve its maternity unit.\n\nKerys Lloyd, "
            "head of nursing for the health board, said: \"We will act.\"")
    assert posts(x) == {("Kerys Lloyd", "head of nursing", "")}


def test_a_post_in_apposition_to_the_name_before_is_not_the_next_names():
    x = run("Ofsted inspectors found Marsh Vale Council's children's services were improving at a monitoring visit.\n\n"
            "Writing to Owen Pask, interim director of children's services at the council, Ms Tilda Rowe said: "
            "\"Progress is clear.\"")
    assert {p for p in posts(x) if p[0] == "Tilda Rowe"} == set()
    assert ("Owen Pask", "director of children's services", "Marsh Vale Council") in posts(x)


def test_a_majestys_inspector_keeps_the_words_the_text_gives_the_title():
    x = run("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services has rated Marshire Police adequate.\n\n"
            "His Majesty's Inspector of Constabulary Rhian Pellow said: \"The force has improved.\"\n\n"
            "HM Chief Inspector of Prisons Dai Morgan visited as well.")
    got = {(n, r) for n, r, _ in posts(x)}
    assert ("Rhian Pellow", "His Majesty's Inspector of Constabulary") in got
    assert ("Dai Morgan", "HM Chief Inspector of Prisons") in got


def test_a_name_alone_under_a_quotation_signs_it():
    x = run("Trust should be placed in special measures\n\nThe Care Quality Commission has rated Ashmere Health Care "
            "Trust inadequate.\n\n\u201cPatients deserve better, and we will return to check on every ward before "
            "the summer\u201d\n\nAlan Brierley\n\nThe trust said it accepted the findings.")
    assert quotes(x) == [("Alan Brierley", "Patients deserve bet")]


def test_an_acting_post_before_the_name_keeps_acting():
    x = run("HMICFRS has graded Marshire Police as adequate.\n\nThe report was welcomed by Acting Chief Constable "
            "Nora Hale, who said the force would act on it.")
    assert ("Nora Hale", "acting chief constable", "Marshire Police") in posts(x)


def test_a_role_right_before_the_next_name_is_that_names():
    x = run("The report thanked Deputy Leader, Carys Pell MBE, Chief Executive Idris Vaughan and the school staff "
            "for their support.")
    got = {(n, r) for n, r, _ in posts(x)}
    assert ("Idris Vaughan", "chief executive") in got and ("Carys Pell", "chief executive") not in got


def test_a_first_name_beside_a_verb_of_saying_is_the_one_person_of_that_name():
    x = run("The force still has work to do, says the staff association.\n\nMarta Quill said the report showed the "
            "strain on officers.\n\n\u201cWe need more people on the beat before anything else,\u201d says Marta.")
    assert quotes(x) == [("Marta Quill", "We need more people ")]
    # Two people of one first name: neither is meant
    x = run("Marta Quill and Marta Denby both spoke.\n\n\u201cWe need more people on the beat,\u201d says Marta.")
    assert quotes(x) == []


def test_a_name_with_its_post_on_the_line_under_a_quotation_signs_it():
    x = run("Eastfold prison inspected\n\n\u201cThe cells on the old wing are not fit for anyone to live in, and "
            "the governor knows it.\u201d\nOwen Tranter, Editor: The Cell Block Review\n\n\u201cToo many men leave "
            "with nowhere to sleep and no help to find a bed.\u201d\nGreta Vaile: Chief Inspector of Prisons\n\n"
            "HMP Eastfold was inspected by HM Inspectorate of Prisons in June.")
    assert quotes(x) == [("Owen Tranter", "The cells on the old"), ("Greta Vaile", "Too many men leave w")]
    # A line that opens a new clause after the name is no signature: the quotation above is not hers
    x = run("Lucy Pinnock, chief executive, said:\n\u201cWe are proud of every worker here and of what they "
            "do.\u201d\nTom Arden, the Chair, welcomed the findings of the visit:\n\u201cThe board is delighted.\u201d")
    assert quotes(x)[0] == ("Lucy Pinnock", "We are proud of ever")


def test_a_second_post_after_and_is_the_same_persons():
    x = run("Ofsted rated Pellbrook Nursery outstanding.\n\nNeil Farrant, Westhaven Council's head of education and "
            "director of communities, said the staff had done well.")
    got = posts(x)
    assert ("Neil Farrant", "head of education", "Westhaven Council") in got
    assert ("Neil Farrant", "director of communities", "Westhaven Council") in got


def test_a_military_rank_before_a_name_is_a_title():
    x = run("Brigadier Colin Askew, the chief inspector of prisons, said the jail was overcrowded.\n\n"
            "Brig Askew said staff were doing their best.")
    assert {n for n, _, _ in posts(x)} == {"Colin Askew"}


def test_a_title_two_countries_share_is_the_one_of_the_country_the_article_is_in():
    x = run("HMP Barrowhill in Glasgow holds too many men, a report says.\n\nMaureen Dallow, the chief inspector "
            "of prisons, said the jail could not be regarded as safe.")
    assert ("Maureen Dallow", "HM Chief Inspector of Prisons for Scotland",
            "HM Inspectorate of Prisons for Scotland") in posts(x)
    x = run("HMP Barrowhill in Leeds holds too many men, a report says.\n\nMaureen Dallow, the chief inspector "
            "of prisons, said the jail could not be regarded as safe.")
    assert ("Maureen Dallow", "HM Chief Inspector of Prisons", "HM Inspectorate of Prisons") in posts(x)


def test_the_one_who_pays_tribute_to_another_says_the_words():
    x = run("Marlcombe Council's director of children's services Tom Vail has resigned.\n\nThe council's chief "
            "executive Rosa Finch paid tribute to Mr Vail, saying: \u201cTom has led our services with great care "
            "through a hard time.\u201d")
    assert quotes(x) == [("Rosa Finch", "Tom has led our serv")]


def test_words_a_body_called_something_are_no_persons():
    x = run("Marlcombe Council's director of children's services Tom Vail has resigned.\n\nMr Vail joined the "
            "council in 2021, overseeing what the council called \u201cmuch needed changes\u201d after a critical "
            "report.")
    assert quotes(x) == []


def test_the_principal_of_a_ps():
    x = run("The Education and Training Inspectorate rated Drumlane PS outstanding.\n\nPrincipal Orla Keane said "
            "the school community was delighted.")
    assert ("Orla Keane", "principal", "Drumlane PS") in posts(x)


def test_a_ministers_portfolio_is_part_of_the_post_and_no_body():
    x = run("Oh dear. Tom Harrow, Minister of Justice, gave a speech on prisons the day the report came out.")
    assert posts(x) == {("Tom Harrow", "minister of justice", "")}
    assert not x.orgs


def test_a_post_before_a_name_never_reaches_back_over_a_line():
    x = run("The reply of the commissioner to the HMICFRS report\n\nPolice & Crime Commissioner Nadia Orme released "
            "a statement on the force's website.")
    assert posts(x) == {("Nadia Orme", "police & crime commissioner", "")}


def test_a_transcripts_turns_are_their_speakers_words():
    x = run("Posted by: Owen Price MS\n\nOwen Price MS \u2013 Will the minister join me in congratulating the school "
            "on its excellent inspection report?\n\nCarys Bevan \u2013 Owen, I am always very pleased to see excellence "
            "in our schools, and I would be happy to visit.\n\nRhian Lloyd \u2013 headteacher")
    assert quotes(x) == [("Owen Price", "Will the minister jo"), ("Carys Bevan", "Owen, I am always ve")]


def test_scotlands_chief_inspector_of_constabulary():
    x = run("HM Inspectorate of Constabulary in Scotland (HMICS) has published its inspection of policing in the "
            "Fife division of Police Scotland.\n\nHM Chief Inspector of Constabulary, Moira Dunlop, said the "
            "division had improved.")
    assert ("Moira Dunlop", "HM Chief Inspector of Constabulary in Scotland",
            "HM Inspectorate of Constabulary in Scotland") in posts(x)
    assert "HMICFRS" not in {o.label for o in x.orgs.values()}


def test_a_title_and_surname_after_a_post_name_a_person():
    x = run("Ofsted rated Greenway School outstanding.\n\nWell done to Headteacher Mr Alcott as well as all the staff.")
    assert posts(x) == {("Mr Alcott", "headteacher", "Greenway School")}
    # (a title and surname with no cue at all name no one)
    assert not run("Ofsted rated Greenway School outstanding.\n\nPupils met Mr Tumble on the television.").people


def test_a_post_that_said_it_at_the_end_of_the_sentence_before_is_the_next_speakers():
    x = run("The report shows the force must do better, says Dorset Police Federation\u2019s secretary.\n\n\nNora "
            "Lyle said the report showed the strain on officers.")
    assert posts(x) == {("Nora Lyle", "secretary", "Dorset Police Federation")}


def test_the_body_that_owns_a_post_before_where_it_is_held():
    x = run("The CQC rated Marsh Vale Ambulance Service NHS Trust inadequate.\n\nTom Ives, Unison\u2019s branch "
            "secretary at the trust, said members were exhausted.")
    assert posts(x) == {("Tom Ives", "branch secretary", "Unison")}


def test_a_title_named_in_the_sentence_before_is_the_next_persons_who_judges():
    x = run("Young offenders unit criticised\n\nMarsh Lane Young Offender Institution has been criticised by the chief "
            "inspector of prisons, who found that too many boys were locked up all day.\n\nAlan Brook criticised the "
            "institution following an unannounced inspection in March.\n\nMr Brook said: \"This must change.\"")
    assert posts(x) == {("Alan Brook", "HM Chief Inspector of Prisons", "HM Inspectorate of Prisons")}


def test_scotlands_inspector_of_constabulary_and_northern_irelands_prison_service():
    x = run("HMICS publishes inspection of local policing in Fife\n\nThe report by HM Inspector of Constabulary in "
            "Scotland found that crime fell in the Fife Division of Police Scotland.\n\nHM Inspector of Constabulary, "
            "Ian Laird said: \"The division is doing well.\"")
    assert posts(x) == {("Ian Laird", "HM Inspector of Constabulary in Scotland",
                         "HM Inspectorate of Constabulary in Scotland")}
    x = run("The inspection raised concerns that the Northern Ireland Prison Service (NIPS) must address.")
    assert "Northern Ireland Prison Service" in {o.label for o in x.orgs.values()}


def test_an_hmi_and_a_school_principal_named_without_their_bodies():
    x = run("Ofsted inspection of Elmridge Academy, 3-4 October 2023\n\nWe provided HMI Tom Reed and his team with "
            "our self-evaluation.\n\nInspectors praised Jane Cole, school principal, on her leadership.")
    assert posts(x) == {("Tom Reed", "HM Inspector", "Ofsted"), ("Jane Cole", "school principal", "Elmridge Academy")}


def test_a_hospice_named_before_its_kind_and_a_head_of_a_capitalised_portfolio():
    x = run("Saint Bede\u2019s hospice has been rated \u2018Outstanding\u2019 by the Care Quality Commission (CQC).\n\n"
            "Chief executive Ann Hale said: \"We are proud.\"\n\nTom Gale, CQC\u2019s Head of Dentistry Inspection "
            "said: \"Dentists must keep patients safe.\"")
    assert [(x.orgs[i.subject].label, i.overall) for i in x.inspections] == [("Saint Bede\u2019s", "Outstanding")]
    assert posts(x) == {("Ann Hale", "chief executive", "Saint Bede\u2019s"),
                        ("Tom Gale", "head of dentistry inspection", "Care Quality Commission")}


def test_a_police_and_crime_commissioner_after_a_shouted_possessive_place():
    x = run("DORSET\u2019s Police and Crime Commissioner Jane Doe has said her force must improve after HMICFRS rated "
            "Dorset Police inadequate.")
    assert posts(x) == {("Jane Doe", "police and crime commissioner", "")}
    assert {o.label for o in x.orgs.values()} == {"Dorset Police", "HMICFRS"}


def test_a_trade_union_speaks_about_an_inspection_but_is_never_inspected():
    x = run("Fire service told to improve\n\nHMICFRS has rated West Sussex Fire and Rescue Service inadequate.\n\n"
            "Jo Weir, South East FBU regional secretary, said: \"Cuts have gone too far.\"")
    assert ("Jo Weir", "regional secretary", "Fire Brigades Union") in posts(x)
    assert [x.orgs[i.subject].label for i in x.inspections] == ["West Sussex Fire and Rescue Service"]


def test_the_chairman_of_a_councils_committee_named_in_lower_case():
    x = run("Council improving\n\nOfsted carried out a monitoring visit to Norfolk County Council.\n\nPenny Marsh, "
            "chairman of the children\u2019s services committee, said she was delighted with the report.")
    assert posts(x) == {("Penny Marsh", "chairman of the children\u2019s services committee", "Norfolk County Council")}


def test_a_councils_word_inside_a_regulators_name_and_an_awards_name_are_no_bodies():
    x = run("Dentist suspended\n\nWoodlea Dental Practice, Winscombe, Somerset\n\nThe Care Quality Commission has referred "
            "its finding to NHS England and the General Dental Council.\n\nThe practice won the \u2018Smile Best "
            "Practice\u2019 title at a national awards ceremony.")
    assert {o.label for o in x.orgs.values()} == {"Woodlea Dental Practice", "Care Quality Commission", "NHS England",
                                                   "General Dental Council"}


def test_the_prison_service_of_a_northern_ireland_article_is_northern_irelands():
    x = run("Prison praised\n\nCriminal Justice Inspection Northern Ireland rated Maghaberry good.\n\nThe justice "
            "minister said the outcome was the result of hard work by the Prison Service.")
    assert "Northern Ireland Prison Service" in {o.label for o in x.orgs.values()}
    assert "HM Prison Service" not in {o.label for o in x.orgs.values()}
    x = run("Prison praised\n\nHM Inspectorate of Prisons rated HMP Leyhill in Gloucestershire good.\n\nThe governor "
            "thanked the Prison Service.")
    assert "HM Prison Service" in {o.label for o in x.orgs.values()}


def test_a_post_that_spoke_two_sentences_before_a_named_speaker_is_theirs():
    x = run("Prison boss promises action\n\nThe governor of HMP Fenmoor has said safety is his top priority following "
            "a critical report.\n\nThe inspection outlined 14 key issues.\n\nHM Inspectorate of Prisons also found "
            "the treatment of at-risk inmates poor.\n\nRoy Dale said he was \"confident we can turn things around\".")
    assert posts(x) == {("Roy Dale", "governor", "HMP Fenmoor")}
    # (not over a sentence that names someone else)
    x = run("Prison boss promises action\n\nThe governor of HMP Fenmoor has said safety is his top priority.\n\nJo Ash, "
            "director of the Howard League, said the report was damning.\n\nRoy Dale said he was \"confident\".")
    assert ("Roy Dale", "governor", "HMP Fenmoor") not in posts(x)
