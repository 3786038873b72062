#!/usr/bin/env python3
"""Generate a synthetic corpus of inspection articles, with its own gold, for benchmarks at scale.

    python bench/generate.py 10000 out/bench/corpus-10000 [--seed 7] [--gold FILE]

The world (councils and their inspections, the people who run children's services) is drawn once from
the seed and the lexicons in kg/resources/lexicons/: real councils, inspectorates and places, invented people. Article i
depends only on the seed and i, so the first N articles of a larger corpus are the corpus of size N.
Articles come in several genres (news reports, council statements, follow-up stories, monitoring and
focused-visit stories, joint inspections, Cafcass service-area reports), several wordings per genre,
and three formats (.txt, .md with front matter, .html pages with site furniture). The gold, in the
format of ../shared/eval/gold-seeds.json, lists what those N articles state and nothing more.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "resources" / "lexicons"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# Invented people: first names and surnames, combined per post and term.
FIRST = """Aisha Alistair Amara Angharad Annika Arjun Barnaby Beatrix Bethan Bronwen Caitlin Callum Cerys Ciaran
Clemency Cormac Dafydd Delphine Desmond Dervla Eamon Eleri Elspeth Emeka Esther Ffion Florian Gareth Genevieve
Gideon Gwilym Hamza Harriet Hollis Idris Imogen Ingrid Isadora Jasper Jolene Jonah Kezia Kieran Lachlan Leonie
Lowri Lucinda Malachi Marisol Mervyn Mirela Morwenna Nadia Nerys Niamh Obadiah Olwen Orla Oswin Padraig Petra
Priyanka Quentin Rafferty Rhiannon Rosalind Rupert Saoirse Seren Silas Solveig Tamsin Tarquin Teodora Thaddeus
Ulrika Ursula Valentina Wilfred Winona Xanthe Yusuf Zainab Zachary Anwen Bartholomew Catrin Dorcas Evander Fenella
Godfrey Honor Ifeoma Juniper Kofi Linnea Marius Noor Ottilie Perpetua Ravi Sabine Torin Verity""".split()
SURNAMES = """Abernethy Ackerley Adeyemi Ainsworth Allardyce Amberley Ashdown Atherley Babbington Balfour Barraclough
Beauchamp Bellingham Blackwood Blenkinsop Bramwell Brocklehurst Burnside Cadwallader Carmody Catterall Chadwick
Chisholm Cholmondeley Clitheroe Coldwell Cresswell Crowther Dalrymple Darnley Dewhurst Drummond Dunmore Eastwood
Ellerby Entwistle Fairbairn Farrington Featherby Fenwick Fitzwilliam Forsythe Gallacher Garside Gillingwater
Goodall Greenhalgh Gresham Hadfield Halliwell Hargreaves Hartigan Haverford Heathcote Hepworth Hollingsworth
Holroyd Huxtable Illingworth Ingleby Jardine Kilbride Kingsbury Lambourne Langstaff Lattimore Ledbetter Lindqvist
Lockwood Lonsdale Macaulay Mallender Marchbank Massingham Merriweather Micklethwaite Moncrieff Mortimer Nettleship
Nightingale Northcote Oakenfold Okonkwo Oldroyd Ormerod Osei Pemberton Penhaligon Pickering Postlethwaite Quarmby
Radcliffe Rawnsley Redfern Ringrose Rowbotham Sandiford Scarisbrick Sedgwick Shackleton Sheringham Shuttleworth
Sowerby Stainforth Standish Stirling Sutcliffe Tattersall Thistlewood Thorncroft Tremayne Trevelyan Umney Underhill
Vavasour Wainwright Wakeling Warburton Westerby Whitworth Wilberforce Winstanley Wolstenholme Wycliffe Yardley
Yeadon Zetland Achebe Bhattacharya Chaudhry Dimitriou Esposito Fernandes Gunawardena Hakimi Iwu Jankowski""".split()
PAPERS = ["Courier", "Gazette", "Herald", "Chronicle", "Echo", "Advertiser", "Observer", "Post", "Mercury"]

ILACS_ASPECTS_OLD = ["Overall effectiveness",
                     "The impact of leaders on social work practice with children and families",
                     "The experiences and progress of children who need help and protection",
                     "The experiences and progress of children in care and care leavers"]
ILACS_ASPECTS_NEW = ILACS_ASPECTS_OLD[:3] + ["The experiences and progress of children in care",
                                             "The experiences and progress of care leavers"]
SHORT_ASPECT = {
    "The impact of leaders on social work practice with children and families": "the impact of leaders on social work practice",
    "The experiences and progress of children who need help and protection": "help and protection for children",
    "The experiences and progress of children in care and care leavers": "services for children in care and care leavers",
    "The experiences and progress of children in care": "services for children in care",
    "The experiences and progress of care leavers": "support for care leavers",
}
GRADES = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
GRADE_TEXT = {"Requires improvement": "Requires improvement to be good"}
CAFCASS_ASPECTS = ["Overall effectiveness", "Capacity for improvement", "Safeguarding of children and young people",
                   "Outcomes for children and young people", "Service responsiveness",
                   "Assessment, intervention and direct work with children", "Complaint handling"]
CAFCASS_GRADES = ["Outstanding", "Good", "Satisfactory", "Inadequate"]

# Phrase banks: concerns, strengths, quotes and recommendations, combined per article.
CONCERNS = [
    "contacts received by the front door were not always screened on the day they arrived",
    "a backlog of assessments had built up in the assessment teams",
    "managers' oversight of individual cases was inconsistent",
    "too many children had been allocated three or more social workers within a single year",
    "strategy meetings did not always include the police and health professionals",
    "pathway plans for care leavers were often written without the young people themselves",
    "children at risk of exploitation outside the home waited too long for a coordinated response",
    "return home interviews for children who go missing were not always offered",
    "caseloads in the children in need teams were too high for staff to work meaningfully with families",
    "too few care leavers had a settled home lined up by their 18th birthday",
    "the quality of supervision varied widely from team to team",
    "plans for children subject to child protection plans were too often generic",
    "the use of agency social workers meant that some families told their story again and again",
    "disabled children were not always seen alone by their social workers",
]
STRENGTHS = [
    "most children in care were living in settled homes with carers who knew them well",
    "frontline staff were committed and knew their children well",
    "the early help offer had been strengthened since the last inspection",
    "health assessments for children coming into care were almost always completed on time",
    "the virtual school was a real strength, with attendance rising for children in care",
    "leaders had an accurate understanding of the strengths and weaknesses of the service",
    "independent reviewing officers were visible and challenged drift in children's plans",
    "the recruitment of permanent social workers had reduced reliance on agency staff",
    "children were helped to understand their histories through well-written life story work",
    "the fostering service had recruited more carers than in any of the previous five years",
]
DCS_QUOTES = [
    "We accept the findings in full and we are sorry for the families who did not get the help they needed",
    "Inspectors recognised that we know our strengths and weaknesses well",
    "Nothing in this report came as a surprise to us and our improvement plan is already under way",
    "I want to thank our social workers, who have worked incredibly hard through a very difficult period",
    "We have recruited more permanent social workers this year than at any time in the past decade",
    "Our children in care are thriving because of the dedication of our carers and staff",
    "We know there is more to do, particularly for young people leaving our care",
    "This is a fair report and it gives us a clear direction for the next two years",
    "I am proud of the progress our teams have made since the last inspection",
    "We will share our improvement plan with Ofsted and with families in the coming weeks",
]
MEMBER_QUOTES = [
    "I am not going to pretend this is the result we were hoping for",
    "Every child in our care deserves the very best, and we will not rest until that is what they get",
    "This report recognises the hard work of our staff, and I want to thank every one of them",
    "We have invested an extra four million pounds in children's social care and that investment is paying off",
    "The council will take a revised improvement plan to cabinet next month",
    "Our priority is to make sure that every family who asks for help gets it quickly",
    "I will be chairing a new improvement board to make sure that change happens at pace",
    "We owe it to the children of this borough to get this right",
]
OFSTED_QUOTES = [
    "Children in the area deserve better, and we will be monitoring the council closely",
    "Leaders now understand the scale of the challenge and have started to act",
    "It is encouraging to see how much progress has been made in a short time",
    "Too many children are still waiting too long for the help they need",
    "We found committed staff, but they are working in a system that does not yet support them well enough",
    "The council has made steady progress since our last visit",
]
CAFCASS_QUOTES = [
    "We accept that our handling of complaints has not been good enough",
    "I am pleased that inspectors have recognised the dedication of our practitioners",
    "We will publish an action plan covering all of the recommendations within the next month",
    "Our practitioners are handling more cases than ever before and I want to thank them",
    "The safety of children is our first concern and we have already acted on every case inspectors raised",
]
RECOMMENDATIONS = [
    "ensure that every private law case involving allegations of domestic abuse has a written risk assessment on file before the first hearing",
    "answer all complaints within its published timescales and explain to each complainant what has changed as a result",
    "record the wishes and feelings of children in their own words wherever this is possible",
    "make supervision more consistent, so that decisions taken by managers are noted on the case record",
    "gather and analyse information about the ethnic background of the families it works with",
    "improve the quality of case planning and case recording in private law cases",
    "ensure that reports to the court are filed on time and are of a consistently good quality",
    "make sure that children are seen and spoken to alone wherever it is safe to do so",
]
IMPROVE = [
    "the consistency of threshold decisions when concerns about children are first received",
    "the quality and timeliness of pathway plans for care leavers",
    "management oversight of cases where neglect has been a worry for a long time",
    "the response to children who go missing from home or care",
    "the sufficiency of local homes for children in care",
    "the quality of assessments for disabled children",
    "the timeliness of initial health assessments",
    "the stability of the social work workforce",
]


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)]


def long_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS[m - 1]} {y}"


def month_year(iso: str) -> str:
    y, m = (int(x) for x in iso.split("-")[:2])
    return f"{MONTHS[m - 1]} {y}"


def add_days(iso: str, days: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")[:50]


# ----------------------------------------------------------------------------- the world


@dataclass
class Council:
    key: str
    name: str
    area: str
    region: str
    wales: bool
    staff: dict[tuple[str, int], str] = field(default_factory=dict)  # (post, term start year) -> name


@dataclass
class Event:
    id: str
    inspectors: list[str]
    subject: str  # organisation label
    regions: list[str]  # place labels
    kind: str
    visited: str  # ISO date (day precision; the articles decide how precisely they state it)
    visit_end: str
    published: str
    grades: list[tuple[str, str]] = field(default_factory=list)  # (aspect, grade)
    recommendations: list[str] = field(default_factory=list)
    council: Council | None = None
    visit_precision: str = "day"  # how every article states the visit: "day" or "month"
    service_area: str = ""  # Cafcass: the service area's name

    @property
    def overall(self) -> str:
        return next((g for a, g in self.grades if a == "Overall effectiveness"), "")


class World:
    """Councils, their staff and their inspections, drawn once from the seed."""

    def __init__(self, seed: int):
        rng = random.Random(f"world:{seed}")
        self.inspectorates = {r["id"]: r["label"] for r in _rows("organisations.csv") if r["kind"] == "inspectorate"}
        self.org_kind = {r["label"]: r["kind"] for r in _rows("organisations.csv")}
        used: set[str] = set()
        self.councils: list[Council] = []
        for r in _rows("local_authorities.csv"):
            if r["kind"] in ("district council", "sui generis"):
                continue  # districts have no children's services
            c = Council(slugify(r["council"]), r["council"], r["area"], r["region"], r["country"] == "Wales")
            for post in ("dcs", "member", "leader", "chief"):
                for term in (2014, 2018, 2022):
                    c.staff[(post, term)] = self._person(rng, used)
            self.councils.append(c)
            self.org_kind[c.name] = "local authority"
        self.ofsted_people = {region: self._person(rng, used) for region in
                              {c.region for c in self.councils if not c.wales}}
        self.ofsted_national = self._person(rng, used)
        self.ciw_chief = self._person(rng, used)
        self.cafcass_chief = self._person(rng, used)
        self.events: list[Event] = []
        for c in self.councils:
            self._council_events(rng, c)
        self._cafcass_events(rng)

    @staticmethod
    def _person(rng: random.Random, used: set[str]) -> str:
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
            if rng.random() < 0.12:
                name += "-" + rng.choice(SURNAMES)
            if name not in used:
                used.add(name)
                return name

    @staticmethod
    def _date(rng: random.Random, year: int, months=(1, 11)) -> str:
        return f"{year}-{rng.randint(*months):02d}-{rng.randint(1, 20):02d}"

    def _council_events(self, rng: random.Random, c: Council) -> None:
        n = len(self.events)
        if c.wales:
            year = rng.randint(2015, 2017)
            while year <= 2024:
                v = self._date(rng, year, (2, 9))
                self.events.append(Event(f"{c.key}-ciw-{year}", [self.inspectorates["ciw"]], c.name, [c.area],
                                         "inspection", v, add_days(v, rng.randint(4, 11)),
                                         add_days(v, rng.randint(50, 90)), council=c,
                                         visit_precision=rng.choice(["day", "month"])))
                year += rng.randint(3, 5)
            return
        ofsted = self.inspectorates["ofsted"]
        year = rng.randint(2015, 2017)
        busy: set[tuple[str, int]] = set()  # one inspection of each kind a year, as base keys need
        while year <= 2024:
            v = self._date(rng, year, (1, 9))
            aspects = ILACS_ASPECTS_NEW if year >= 2023 else ILACS_ASPECTS_OLD
            overall = rng.choices(GRADES, weights=[12, 45, 30, 13])[0]
            grades = [("Overall effectiveness", overall)]
            for a in aspects[1:]:
                grades.append((a, overall if rng.random() < 0.6 else rng.choice(GRADES)))
            ev = Event(f"{c.key}-ilacs-{year}", [ofsted], c.name, [c.area], "inspection", v,
                       add_days(v, rng.randint(9, 12)), add_days(v, rng.randint(45, 75)), grades, council=c,
                       visit_precision=rng.choice(["day", "day", "month"]),
                       recommendations=rng.sample(IMPROVE, 3))
            self.events.append(ev)
            busy.add(("inspection", year))
            nxt = year + rng.randint(3, 4)
            if overall == "Inadequate":
                for y in range(year + 1, min(nxt, 2025)):
                    if rng.random() < 0.8:
                        mv = self._date(rng, y, (2, 10))
                        self.events.append(Event(f"{c.key}-monitoring-{y}", [ofsted], c.name, [c.area],
                                                 "monitoring visit", mv, add_days(mv, 1),
                                                 add_days(mv, rng.randint(28, 42)), council=c))
                        busy.add(("monitoring visit", y))
            elif rng.random() < 0.7 and year + 2 <= 2024:
                y = year + rng.randint(1, 2)
                fv = self._date(rng, y, (2, 10))
                self.events.append(Event(f"{c.key}-focused-{y}", [ofsted], c.name, [c.area], "focused visit",
                                         fv, add_days(fv, 1), add_days(fv, rng.randint(28, 42)), council=c))
            year = nxt
        if rng.random() < 0.1:
            y = rng.randint(2017, 2024)
            v = self._date(rng, y, (2, 10))
            partners = [ofsted, self.inspectorates["cqc"], self.inspectorates["hmicfrs"],
                        self.inspectorates["hmi-probation"]]
            self.events.append(Event(f"{c.key}-jtai-{y}", partners, c.name, [c.area],
                                     "joint targeted area inspection", v, add_days(v, 4),
                                     add_days(v, rng.randint(50, 70)), council=c, visit_precision="month"))
        del n, busy

    def _cafcass_events(self, rng: random.Random) -> None:
        counties = {}
        for r in _rows("places.csv"):
            if r["kind"] == "ceremonial county" and r["parent"]:
                counties.setdefault(r["parent"], []).append(r["name"])
        ofsted = self.inspectorates["ofsted"]
        for region in sorted(counties):
            if region in ("London", "Wales") or len(counties[region]) < 2:
                continue
            year = rng.randint(2008, 2010)
            v = self._date(rng, year, (1, 9))
            covered = sorted(rng.sample(counties[region], min(3, len(counties[region]))))
            grades = [(a, rng.choices(CAFCASS_GRADES, weights=[5, 40, 40, 15])[0]) for a in CAFCASS_ASPECTS]
            self.events.append(Event(f"cafcass-{slugify(region)}-{year}", [ofsted], "Cafcass", covered,
                                     "inspection", v, add_days(v, 10), add_days(v, rng.randint(60, 90)), grades,
                                     recommendations=rng.sample(RECOMMENDATIONS, rng.randint(3, 5)),
                                     visit_precision="month", service_area=region))


# ----------------------------------------------------------------------------- one article


@dataclass
class Article:
    """One generated article and what it states, for the gold."""

    name: str
    fmt: str
    title: str
    date: str
    paras: list[str]
    event: Event
    states_visit: bool = False
    states_published: bool = False
    dated: bool = True  # the inspection is dated somewhere in the text
    judgements: list[tuple[str, str]] = field(default_factory=list)
    recommendations: list[tuple[int | None, str]] = field(default_factory=list)
    recs_optional: bool = False
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (speaker, first sentence)
    posts: list[tuple[str, str, str]] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    optional_orgs: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    publisher: str = ""


class Writer:
    """Builds one article from an event; records every fact it states."""

    def __init__(self, world: World, rng: random.Random, ev: Event, date: str):
        self.w, self.rng, self.ev, self.date = world, rng, ev, date
        self.paras: list[str] = []
        self.a = Article("", "txt", "", date, self.paras, ev)
        self.a.orgs.update(ev.inspectors)
        self.a.orgs.add(ev.subject)

    # --- helpers that record what they state
    def p(self, text: str) -> None:
        self.paras.append(text)

    def place(self, name: str) -> str:
        self.a.places.add(name)
        return name

    def staff(self, post: str) -> str:
        c = self.ev.council
        term = max(t for t in (2014, 2018, 2022) if t <= max(2014, int(self.date[:4])))
        return c.staff[(post, term)]

    def quote(self, speaker: str, role: str, org: str, sentences: list[str], style: int) -> None:
        """A quotation from a named person with their post, in one of several attributions."""
        first = sentences[0]
        body = ". ".join(sentences) + "."
        self.a.quotes.append((speaker, first))
        if role:
            self.a.posts.append((speaker, role, org))
        poss = "the council's" if org == (self.ev.council.name if self.ev.council else "") else f"{org}'s"
        if style == 0:
            self.p(f"{speaker}, {poss} {role}, said: “{body}”")
        elif style == 1:
            head, rest = sentences[0], sentences[1:]
            tail = (" " + ". ".join(rest) + ".") if rest else ""
            self.p(f"“{head},” said {speaker}, {poss} {role}.{(' “' + tail.strip() + '”') if tail else ''}")
        elif style == 2:
            self.p(f"{poss[0].upper()}{poss[1:]} {role}, {speaker}, said: “{sentences[0]}.")
            if len(sentences) > 1:
                self.p("“" + ". ".join(sentences[1:]) + ".”")
            else:
                self.paras[-1] += "”"
        else:
            self.p(f"In a statement, {speaker}, {role} at {org}, said: \"{body}\"")

    def grade_list(self, grades: list[tuple[str, str]], style: int) -> None:
        sep = [": ", " – ", ": "][style % 3]
        lead = "- " if style == 2 else ""
        for a, g in grades:
            self.p(f"{lead}{a}{sep}{GRADE_TEXT.get(g, g)}")
        self.a.judgements += grades


def visit_phrase(ev: Event) -> str:
    """The visit as every article about this inspection states it (one precision per inspection)."""
    if ev.visit_precision == "day":
        if ev.visited[:7] == ev.visit_end[:7]:
            return f"between {int(ev.visited[8:])} and {long_date(ev.visit_end)}"
        return f"between {long_date(ev.visited)} and {long_date(ev.visit_end)}"
    return f"in {month_year(ev.visited)}"


def _headline_grade(g: str) -> str:
    return {"Requires improvement": "told to improve", "Inadequate": "rated inadequate",
            "Good": "rated good", "Outstanding": "rated outstanding"}[g]


def _adj(g: str) -> str:
    return {"Requires improvement": "to require improvement to be good"}.get(g, g.lower())


def ilacs_news(wr: Writer, variant: int) -> None:
    ev, rng, c = wr.ev, wr.rng, wr.ev.council
    ov = ev.overall
    area = wr.place(c.area)
    wr.a.title = f"{area} children's services {_headline_grade(ov)} by Ofsted"
    visit = visit_phrase(ev)
    wr.a.states_visit = wr.a.states_published = True
    if variant == 0:
        wr.p(wr.a.title)
        wr.p(f"Children's services run by {c.name} have been judged {_adj(ov)} by Ofsted, after inspectors found "
             f"that {rng.choice(CONCERNS)}.")
        wr.p(f"The watchdog's report, published on {long_date(ev.published)}, follows an inspection of local "
             f"authority children's services (ILACS) carried out {visit}.")
    elif variant == 1:
        wr.p(wr.a.title)
        wr.p(f"Inspectors found that {rng.choice(STRENGTHS)}, but that {rng.choice(CONCERNS)}")
        wr.p(f"{c.name.upper() if rng.random() < 0.2 else c.name}'s children's services have been rated "
             f"{_adj(ov)} following an Ofsted inspection carried out {visit}.")
        wr.p(f"The report was published on {long_date(ev.published)}.")
    else:
        wr.p(f"Ofsted has rated {c.name}'s services for children {_adj(ov)}.")
        wr.p(f"The report, published on {long_date(ev.published)}, follows a visit by inspectors {visit}. "
             f"It is the first full inspection of the service in {area} since "
             f"{int(ev.visited[:4]) - rng.randint(3, 4)}.")
    c1, c2 = rng.sample(CONCERNS, 2)
    wr.p(f"Inspectors said {rng.choice(STRENGTHS)}. However, they also found that {c1}, and that {c2}.")
    style = rng.randint(0, 2)
    wr.p(["The grades in full:", "The judgements were:", "Ofsted's judgements"][style])
    wr.grade_list(ev.grades, style)
    if rng.random() < 0.5:
        wr.p("Inspectors said the council needs to improve:")
        for r in ev.recommendations:
            wr.p(f"- {r};")
            wr.a.recommendations.append((None, r))
        wr.a.recs_optional = True
    dcs = wr.staff("dcs")
    wr.quote(dcs, "director of children's services", c.name, rng.sample(DCS_QUOTES, rng.randint(1, 3)),
             rng.randint(0, 2))
    if rng.random() < 0.6:
        member = wr.staff("member")
        wr.quote(member, "cabinet member for children's services", c.name, rng.sample(MEMBER_QUOTES, 2),
                 rng.choice([0, 1, 3]))
    if rng.random() < 0.3:
        wr.a.orgs.add("Department for Education")
        wr.p("The Department for Education is expected to appoint an improvement adviser to work alongside "
             "the council's leadership team.")
    if rng.random() < 0.3:
        reg = wr.place(c.region)
        wr.p(f"It is one of several councils in the {reg} to have been inspected under the framework this year.")


def council_statement(wr: Writer, variant: int) -> None:
    ev, rng, c = wr.ev, wr.rng, wr.ev.council
    ov = ev.overall
    wr.a.title = "Council responds to Ofsted report on children's services"
    wr.p(f"{c.name} welcomes Ofsted report" if ov in ("Good", "Outstanding") else f"Statement from {c.name}")
    wr.a.states_visit = wr.a.states_published = True
    wr.p(f"Ofsted has today published its report on children's services in {wr.place(c.area)}, following an "
         f"inspection carried out {visit_phrase(ev)}. Inspectors judged the council's services {_adj(ov)} "
         f"overall.")
    wr.a.judgements.append(("Overall effectiveness", ov))
    leader = wr.staff("leader")
    wr.quote(leader, "leader of the council", c.name, rng.sample(MEMBER_QUOTES, 2), 0)
    wr.p(f"The report notes that {rng.choice(STRENGTHS)}.")
    dcs = wr.staff("dcs")
    wr.quote(dcs, "director of children's services", c.name, rng.sample(DCS_QUOTES, 2), 2 if variant else 0)
    wr.p("Notes to editors")
    wr.p(f"The full report is available on the Ofsted website. {c.name} is responsible for children's social care "
         f"across {c.area}.")


def followup(wr: Writer, variant: int) -> None:
    """A later story that mentions the inspection without dating it."""
    ev, rng, c = wr.ev, wr.rng, wr.ev.council
    ov = ev.overall
    area = wr.place(c.area)
    wr.a.dated = False
    wr.a.title = f"{area} council sets out plans for children's social care"
    wr.p(wr.a.title)
    money = f"£{rng.randint(2, 9)}m"
    if variant == 0:
        wr.p(f"{c.name} has set out how it plans to spend an extra {money} on children's social care. "
             f"{c.name}'s children's services were rated {ov.lower()} when Ofsted last inspected them.")
    else:
        wr.p(f"{c.name} has agreed to spend an extra {money} on children's social care.")
        wr.p(f"An Ofsted inspection rated {c.name}'s children's services {ov.lower()} overall.")
    wr.a.judgements.append(("Overall effectiveness", ov))
    wr.p(f"Councillors heard that {rng.choice(STRENGTHS)}, but that {rng.choice(CONCERNS)}.")
    member = wr.staff("member")
    wr.quote(member, "cabinet member for children's services", c.name, rng.sample(MEMBER_QUOTES, 2),
             rng.choice([0, 1]))
    wr.p("The plans will be discussed at a meeting of the full council later this month.")


def visit_news(wr: Writer, variant: int) -> None:
    ev, rng, c = wr.ev, wr.rng, wr.ev.council
    area = wr.place(c.area)
    mv = ev.kind == "monitoring visit"
    wr.a.states_visit = wr.a.states_published = True
    kind = "monitoring visit" if mv else "focused visit"
    wr.a.title = f"Ofsted {kind} finds {'progress' if variant else 'mixed picture'} in {area}"
    wr.p(wr.a.title)
    wr.p(f"Ofsted inspectors carried out a {kind} to {c.name}'s children's services on "
         f"{long_date(ev.visited)} and {long_date(ev.visit_end)}.")
    if mv:
        wr.p("It was the latest monitoring visit since the council's children's services were judged inadequate.")
    else:
        wr.p("Focused visits look at one area of practice and do not result in a graded judgement.")
    wr.p(f"In a letter published on {long_date(ev.published)}, inspectors said {rng.choice(STRENGTHS)}, "
         f"although {rng.choice(CONCERNS)}.")
    reg = c.region
    person = wr.w.ofsted_people[reg]
    wr.place(reg)
    wr.p(f"The visit was led by Ofsted's team for the {reg}.")
    wr.quote(person, "regional director", "Ofsted", rng.sample(OFSTED_QUOTES, 2), 3)
    dcs = wr.staff("dcs")
    wr.quote(dcs, "director of children's services", c.name, rng.sample(DCS_QUOTES, 1), 0)


def jtai_news(wr: Writer, variant: int) -> None:
    ev, rng, c = wr.ev, wr.rng, wr.ev.council
    area = wr.place(c.area)
    wr.a.states_visit = wr.a.states_published = True
    wr.a.title = f"Joint inspection examines how agencies in {area} protect children"
    wr.p(wr.a.title)
    wr.p(f"A joint targeted area inspection (JTAI) of the multi-agency response to children in {area} was carried "
         f"out in {month_year(ev.visited)} by Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary "
         f"and Fire & Rescue Services and HM Inspectorate of Probation.")
    wr.p(f"The inspectorates published their findings in a letter to {c.name} and its partners on "
         f"{long_date(ev.published)}.")
    wr.p(f"Inspectors found that {rng.choice(STRENGTHS)}. But they said that {rng.choice(CONCERNS)}.")
    wr.p("Joint targeted area inspections do not give a graded judgement.")
    dcs = wr.staff("dcs")
    wr.quote(dcs, "director of children's services", c.name, rng.sample(DCS_QUOTES, 2), 0)


def ciw_news(wr: Writer, variant: int) -> None:
    ev, rng, c = wr.ev, wr.rng, wr.ev.council
    area = wr.place(c.area)
    wr.a.states_visit = wr.a.states_published = True
    wr.a.title = f"Care Inspectorate Wales reports on social services in {area}"
    wr.p(wr.a.title)
    visit = visit_phrase(ev)
    wr.p(f"Care Inspectorate Wales (CIW) has published its report on {c.name}'s social services, following an "
         f"inspection carried out {visit}. The report was published on {long_date(ev.published)}.")
    wr.p(f"Inspectors found that {rng.choice(STRENGTHS)}, but that {rng.choice(CONCERNS)}.")
    wr.p("CIW does not give councils a graded judgement; it reports on strengths and areas for improvement.")
    if rng.random() < 0.5:
        wr.p(f"{area} is one of 22 local authorities in {wr.place('Wales')} whose social services CIW inspects.")
    wr.quote(wr.w.ciw_chief, "chief inspector", "Care Inspectorate Wales", rng.sample(OFSTED_QUOTES, 1), 3)
    dcs = wr.staff("dcs")
    wr.quote(dcs, "director of social services", c.name, rng.sample(DCS_QUOTES, 2), 0)


def cafcass_report(wr: Writer, variant: int) -> None:
    ev, rng = wr.ev, wr.rng
    region = wr.place(ev.service_area)
    for cty in ev.regions:
        wr.place(cty)
    wr.a.states_visit = wr.a.states_published = True
    covers = ", ".join(ev.regions[:-1]) + " and " + ev.regions[-1]
    wr.a.title = f"Ofsted reports on Cafcass services in the {region}"
    wr.p(wr.a.title)
    wr.p(f"Ofsted today published its report on the Children and Family Court Advisory and Support Service "
         f"(Cafcass) in the {region}, the service area that covers {covers}.")
    wr.a.date = ev.published
    wr.p(f"Inspectors spent two weeks with the service area in {month_year(ev.visited)}. They found that "
         f"reports written for the courts were, in the main, clear and well reasoned.")
    wr.p("Judgements")
    wr.grade_list(ev.grades, 1)
    wr.p("Recommendations")
    wr.p(f"Ofsted makes {len(ev.recommendations)} recommendations:")
    for n, r in enumerate(ev.recommendations, 1):
        wr.p(f"{n}. Cafcass should {r}.")
        wr.a.recommendations.append((n, r))
    wr.p("Response")
    wr.quote(wr.w.cafcass_chief, "chief executive", "Cafcass", rng.sample(CAFCASS_QUOTES, 2), 0)


GENRES = {
    "inspection": [(ilacs_news, 6), (council_statement, 2), (followup, 2)],
    "monitoring visit": [(visit_news, 1)],
    "focused visit": [(visit_news, 1)],
    "joint targeted area inspection": [(jtai_news, 1)],
    "ciw": [(ciw_news, 1)],
    "cafcass": [(cafcass_report, 1)],
}


def _furniture_txt(rng: random.Random, paras: list[str], paper: str) -> list[str]:
    out = list(paras)
    if rng.random() < 0.3:
        out.insert(1, f"Picture: {paper}")
    if rng.random() < 0.3:
        out += ["Related articles", "Council tax to rise by five per cent", "New head for primary school"]
    return out


def _html_page(a: Article, paras: list[str]) -> str:
    e = html.escape
    body = "\n".join(f"  <p>{e(p)}</p>" if not p.startswith("- ") else f"  <ul><li>{e(p[2:])}</li></ul>"
                     for p in paras[1:])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(a.title)} | {e(a.publisher)}</title>
<meta property="og:site_name" content="{e(a.publisher)}">
<meta property="article:published_time" content="{a.date}T09:00:00Z">
<link rel="stylesheet" href="/static/main.css">
</head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By clicking "Accept all" you agree.</p>
<button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{e(a.publisher)}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article class="story">
  <h1>{e(paras[0])}</h1>
  <p class="byline"><time datetime="{a.date}T09:00:00Z">{long_date(a.date)}</time></p>
{body}
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Road closures this weekend</a></li>
<li><a href="/b">Plans for new leisure centre approved</a></li></ul></aside>
</main>
<footer><p>&copy; {a.date[:4]} {e(a.publisher)}. All rights reserved.</p></footer>
</body>
</html>
"""


def article(world: World, seed: int, i: int) -> tuple[Article, str]:
    """Article number i: its record and its file content."""
    rng = random.Random(f"article:{seed}:{i}")
    ev = world.events[rng.randrange(len(world.events))]
    if ev.subject == "Cafcass":
        genre = "cafcass"
    elif ev.council and ev.council.wales:
        genre = "ciw"
    else:
        genre = ev.kind
    funcs, weights = zip(*GENRES[genre], strict=True)
    fn = rng.choices(funcs, weights=weights)[0]
    date = ev.published if fn in (council_statement, cafcass_report) else add_days(ev.published, rng.randint(0, 3))
    if fn is followup:
        date = add_days(ev.published, rng.randint(60, 300))
    wr = Writer(world, rng, ev, date)
    fn(wr, rng.randint(0, 2))
    a = wr.a
    a.fmt = rng.choices(["txt", "md", "html"], weights=[55, 20, 25])[0]
    area = ev.council.area if ev.council else ev.service_area
    a.publisher = f"{area} {rng.choice(PAPERS)}"
    a.optional_orgs.add(a.publisher)
    a.name = f"{i:06d}_{slugify(a.title)}.{a.fmt}"
    if a.fmt == "txt":
        lines = _furniture_txt(rng, a.paras, a.publisher)
        text = f"Published: {long_date(a.date)}\n\n" + "\n\n".join(lines) + "\n"
    elif a.fmt == "md":
        title = a.paras[0].replace('"', "'")
        body = [("## " + p) if p in ("Judgements", "Recommendations", "Response", "Notes to editors") else p
                for p in a.paras[1:]]
        text = f'---\ntitle: "{title}"\ndate: {a.date}\n---\n\n# {a.paras[0]}\n\n' + "\n\n".join(body) + "\n"
    else:
        text = _html_page(a, a.paras)
    return a, text


# ----------------------------------------------------------------------------- gold


def gold_for(world: World, arts: list[Article], name: str) -> dict:
    """What the articles state, in the gold format of ../shared/eval (aliases, tables, optional rows)."""
    kinds = world.org_kind
    orgs, opt_orgs, places = set(), set(), set()
    people, quotes = {}, {}
    events: dict[str, dict] = {}
    judgements: dict[tuple[str, str], str] = {}
    recs: dict[tuple[str, str], dict] = {}
    opt_recs: dict[tuple[str, str], dict] = {}
    for a in arts:
        ev = a.event
        orgs |= a.orgs
        opt_orgs |= a.optional_orgs
        places |= a.places
        for person, role, org in a.posts:
            people[(person, role, org)] = {"person": person, "role": role, "organisation": org}
        for speaker, first in a.quotes:
            contains = first if len(first) <= 90 else first[:90].rsplit(" ", 1)[0]
            quotes.setdefault((speaker, contains), {"speaker": speaker, "contains": [contains]})
        g = events.setdefault(ev.id, {"id": ev.id, "inspector": ev.inspectors if len(ev.inspectors) > 1
                                      else ev.inspectors[0], "subject": ev.subject, "region": list(ev.regions),
                                      "visited": "", "published": "", "kind": ev.kind, "overall": ""})
        if a.states_visit:
            g["visited"] = ev.visited if ev.visit_precision == "day" else ev.visited[:7]
        if a.states_published:
            g["published"] = ev.published
        for asp, grade in a.judgements:
            judgements[(ev.id, asp)] = grade
            if asp == "Overall effectiveness":
                g["overall"] = grade
        for num, text in a.recommendations:
            row = {"inspection": ev.id, "contains": text[:80].rsplit(" ", 1)[0]}
            if num is not None:
                row["number"] = num
            (opt_recs if a.recs_optional else recs)[(ev.id, text)] = row
    for k in recs:
        opt_recs.pop(k, None)
    aliases = {
        "Ofsted": ["Ofsted", "OFSTED", "Office for Standards in Education"],
        "Care Quality Commission": ["Care Quality Commission", "CQC"],
        "Care Inspectorate Wales": ["Care Inspectorate Wales", "CIW"],
        "Cafcass": ["Cafcass", "Children and Family Court Advisory and Support Service"],
        "HM Inspectorate of Constabulary and Fire & Rescue Services": [
            "HM Inspectorate of Constabulary and Fire & Rescue Services", "HMICFRS"],
        "Overall effectiveness": ["Overall effectiveness", "overall"],
        "director of children's services": ["director of children's services"],
        "cabinet member for children's services": ["cabinet member for children's services", "cabinet member"],
        "leader of the council": ["leader of the council", "leader", "council leader"],
        "regional director": ["regional director"],
    }
    rows_j = [{"inspection": e, "aspect": a, "grade": g} for (e, a), g in sorted(judgements.items())]
    return {
        "corpus": name,
        "aliases": aliases,
        "organisations": [{"name": o, "kind": kinds.get(o, "other")} for o in sorted(orgs)],
        "optional_organisations": sorted(opt_orgs - orgs) + ["Department for Education"],
        "people": sorted(people.values(), key=lambda r: (r["person"], r["role"])),
        "optional_people": [],
        "places": sorted(places),
        "optional_places": ["England", "Wales"],
        "inspections": sorted(events.values(), key=lambda r: r["id"]),
        "optional_inspections": [],
        "judgements": rows_j,
        "optional_judgements": [],
        "quotes": sorted(quotes.values(), key=lambda r: (r["speaker"], r["contains"][0])),
        "optional_quotes": [],
        "recommendations": sorted(recs.values(), key=lambda r: (r["inspection"], r.get("number", 0), r["contains"])),
        "optional_recommendations": sorted(opt_recs.values(), key=lambda r: (r["inspection"], r["contains"])),
    }


def generate(count: int, out: str, seed: int = 7, gold: str | None = None, start: int = 0) -> dict:
    """Write articles start..start+count-1 into out/ and the gold beside them; return the gold."""
    world = World(seed)
    os.makedirs(out, exist_ok=True)
    arts = []
    for i in range(start, start + count):
        a, text = article(world, seed, i)
        with open(os.path.join(out, a.name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        arts.append(a)
    data = gold_for(world, arts, f"synthetic-{seed}-{start}-{start + count}")
    gold = gold or os.path.join(out, "gold.json")
    with open(gold, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("count", type=int, help="number of articles")
    ap.add_argument("out", help="folder to write the articles into (created)")
    ap.add_argument("--seed", type=int, default=7, help="world and article seed (default 7)")
    ap.add_argument("--start", type=int, default=0, help="number of the first article (default 0)")
    ap.add_argument("--gold", help="gold file to write (default OUT/gold.json)")
    args = ap.parse_args(argv)
    data = generate(args.count, args.out, args.seed, args.gold, args.start)
    print(f"{args.count} articles in {args.out}; gold: {len(data['inspections'])} inspections, "
          f"{len(data['people'])} posts, {len(data['quotes'])} quotes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
