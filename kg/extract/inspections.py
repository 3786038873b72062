"""Inspection mentions, sentence by sentence, grouped into inspections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Span

from ..dates import find_dates
from ..lexicon import norm
from ..model import Inspection, Org
from .areas import assign_regions
from .bodies import (
    GALLERY_ITEM,
    NEVER_INSPECTED,
    OPERATOR_BEFORE_KIND,
    OPERATOR_ENDS,
    RUN_BY,
    _add_org,
    _doc_inspectorates,
    _local_provider,
    _main_subject,
    _named_home,
    _registered,
    inspectorate_title,
)
from .bodynames import body_names
from .context import Ctx, _ev
from .furniture import NAMED_ADDRESS, address_lines
from .graded import alternation, graded_items, tally
from .graded import number as graded_number
from .owned import described, fits_remit
from .places import _admin
from .referents import (
    _AREA_KIND,
    _PRAISED_BEFORE,
    BODY_JOIN,
    _area_subject,
    _place_council,
    _referred_provider,
    _referred_trust_or_force,
    _service_council,
    area_bodies,
    area_register,
    area_service,
    named_in,
    named_last,
    peer_councils,
)
from .roles import title_body
from .rules import pattern, pattern_text

_NOT_TRIGGER_NEXT = {"framework", "frameworks", "criteria", "regime", "team", "teams", "handbook", "system",
                     "process", "methodology", "programme", "arrangements", "findings", "outcome", "outcomes",
                     "rating", "ratings", "grade", "grades", "judgement", "judgements", "activity", "regimes",
                     "model", "results"}


_NOT_TRIGGER_PREV = {"next", "future", "further", "upcoming", "new", "every", "any", "each", "annual"}


# Words that say a sentence speaks of an earlier inspection ("previously rated", "at its last inspection"); not
# "after previously" ("rated good after previously being in intervention": the grade is today's).
_PRIOR_CUES = re.compile(r"\b(?:previous|(?<!after )previously|prior|last inspected|"
                         r"last (?:(?:received|had|underwent|undergone|got)\s+(?:a|an|its)\s+)?(?:(?:full|comprehensive|routine|graded|standard|unannounced|announced|focused)\s+)?inspection|"
                         r"last visited|had been inspected|"
                         r"had been visited|"
                         r"earlier(?!\s+(?:in|this)\s+(?:the\s+)?(?:year|month|week|day|spring|summer|autumn|winter)|\s+today)|"
                         r"(?<!as )follow(?:s|ed)(?!\s+(?:a|an)\s+(?:(?!(?:19|20)\d\d\b)[\w-]+,?\s+){0,3}?(?:inspection|visit|examination)\b)|"
                         r"had been rated|had been judged|"
                         # "rated as requires improvement as recently as 2016": a date the grade is recalled from
                         r"as (?:recently|long ago|far back|late) as (?:\w+\s+)?(?:19|20)\d\d|"
                         # "the centre, which it rated 'good' in 2017, ...": a rating recalled in passing
                         r"which (?:it|they|the \w+|[A-Z]\w+) (?:had |previously |last )?(?:rated|judged|graded)|"
                         r"when (?:it was|the \w+ was|they were) last)\b", re.I)
# Words that report any inspection, this one or an earlier one ("was rated good in 2019", "was judged
# inadequate after a visit in June"): an earlier one only when its dates lie well before the article's.
_PAST_CUES = re.compile(r"\b(?:rated|judged|graded|inspected|in (?:\w+\s+)?(?:19|20)\d\d)\b", re.I)


# The next sentence opens with the time since ("However, two years on, the regulator has now ..."): the
# sentence before it tells of the earlier inspection.
_YEARS_ON = re.compile(r"\s*(?:(?:However|But|Now|And|Yet)\s*,?\s+)?(?:(?:just|some|nearly|almost|over|more\s+than)\s+)?"
                       r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|\d{1,2})\s+(?:years?|months?)\s+"
                       r"(?:on|later)\b")


_ITEM_LAST_INSPECTED = re.compile(r"(?<=[:–—-])\s*['‘\"“]?[A-Za-z][\w ]{1,30}['’\"”]?,\s*last\s+inspected\b")


def _prior(ctx: Ctx, sent: Span, dates: list[tuple[str, str]], upto: int | None = None) -> bool:
    """Whether a sentence speaks of an earlier inspection than the article's own (its words up to UPTO, when
    a clause from there on speaks of the earlier one)."""
    # ("• Priors House: Outstanding, last inspected on October 16": a list item's grade and the date it was given)
    said = _ITEM_LAST_INSPECTED.sub(" ", ctx.text_of(sent)[:upto])
    if _PRIOR_CUES.search(said) or _YEARS_AGO.search(said) or _YEARS_ON.match(ctx.doc.text, sent.end_char):
        return True
    if not dates or not _PAST_CUES.search(ctx.text_of(sent)) or len(ctx.anchor) < 4:
        return False
    # Months since the latest date the sentence gives (a bare year counts to its end) up to the article's date.
    latest = max(v if len(v) >= 7 else v[:4] + "-12" for _, v in dates)
    gap = (int(ctx.anchor[:4]) - int(latest[:4])) * 12 + int(ctx.anchor[5:7] or 12) - int(latest[5:7])
    return gap > 9


_KIND_PRIORITY = ["joint targeted area inspection", "focused visit", "monitoring visit", "unannounced inspection",
                  "re-inspection", "local area inspection", "annual health check", "assessment", "announced inspection", "short inspection", "full inspection", "thematic inspection"]


@dataclass
class Mention:
    sent: Span
    trigger: Span | None
    kind: str
    inspectors: list[str]
    subject: str
    places: list[str]
    dates: list[tuple[str, str]]  # (role, iso)
    prior: bool
    towns: list[str] = field(default_factory=list)
    recent: bool = False  # dated only relative to an article that states no date ("last month")
    peers: tuple[str, ...] = ()  # the bodies the sentence joins with this one ("X and Y were rated ...")


def _sent_orgs(ctx: Ctx, sent: Span) -> list[str]:
    out = []
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            if sent.start_char <= e.start < sent.end_char and not ctx.in_quote(e.start):
                out.append((e.start, o.key))
    return [k for _, k in sorted(out)]


def _date_role(sent_text: str, rel: int, year_only: bool = False) -> str:
    """Whether a date at offset rel of a sentence says when a visit happened or when a report came out
    ("published its report ... following its review in November 2024": the review's).
    A bare year after "rated" ("previously rated good in 2019") dates the inspection, as the press means it."""
    pub = re.compile(r"\b(?:publish\w*|released?|report(?:ed)? (?:was )?(?:out|issued)"
                     + (r")\b" if year_only else r"|rated|judged|graded)\b"), re.I)
    vis = re.compile(r"\b(?:visit\w*|inspect(?:ed|ing|ions?(?!\s+(?:report|letter|findings|outcome))|ors?)?\b|returned|took place|carried out|conducted|between|during|fieldwork|on site|(?:following|after)\s+(?:its|the|their|an?)\s+(?:\w+\s+)?(?:review|assessment))\b", re.I)
    before = sent_text[:rel]
    pb = [m.end() for m in pub.finditer(before)]
    vb = [m.end() for m in vis.finditer(before)]
    if pb or vb:
        return "published" if (pb[-1] if pb else -1) > (vb[-1] if vb else -1) else "visited"
    after = sent_text[rel:]
    pa = pub.search(after)
    va = vis.search(after)
    if pa and (not va or pa.start() < va.start()):
        return "published"
    return "visited"


def _scare_quoted(ctx: Ctx, k: Span) -> bool:
    """"carried out a 'focused visit'": the kind's own words in quote marks, no one's speech."""
    return any(q.start <= k.start_char < q.end and len(ctx.doc.text[q.start:q.end].strip(" '‘’\"“”").split()) <= len(k) + 1
               for q in ctx.quotes)


def _trigger(ctx: Ctx, sent: Span) -> tuple[Span | None, bool]:
    """The word for an inspection that names one in the sentence ("an unannounced inspection"), and whether
    the sentence only speaks of an inspection that may happen ("Ofsted can carry out a focused visit")."""
    sp, text = ctx.sp, ctx.doc.text
    found = []
    for k in ctx.lex_spans:
        if k.label_ == "KIND" and sent.start <= k.start < sent.end and (not ctx.in_quote(k.start_char) or _scare_quoted(ctx, k)):
            nxt = sp[k.end].lower_ if k.end < len(sp) else ""
            prv = sp[k.start - 1].lower_ if k.start > 0 else ""
            if nxt in _NOT_TRIGGER_NEXT or prv in _NOT_TRIGGER_PREV:
                continue
            if k.start_char > 0 and text[k.start_char - 1] in "-‑":
                continue  # "a post-inspection action plan", "pre-inspection data": no inspection itself
            found.append(k)
    if not found:
        return None, False
    # A singular mention ("an inspection") names one inspection; a plural one ("monitoring visits") rarely does.
    trig = ([k for k in found if not _plural(k)] or found)[0]
    lead = text[max(sent.start_char, trig.start_char - 50):trig.start_char]
    if re.search(r"\b(?:before|ahead of|prepar\w*\s+for|ready for|awaiting|await)\s+(?:an?\s+|their\s+|its\s+)?"
                 r"(?:(?:ofsted|cqc|estyn)\s+)?$", lead, re.I):
        return trig, True  # "heads felt anxious before an inspection", "preparing for inspection": none happened
    # ("according to an inspection", "in response to the inspection": one that happened)
    modal = re.search(r"\b(?:can|could|will|would|may|might|should|must|shall|(?<!according\s)(?<!thanks\s)(?<!owing\s)"
                      r"(?<!response\s)(?<!reply\s)to)\s+((?:\w+\s+){0,3})$", lead, re.I)
    if modal and modal.group(0).startswith("May") and modal.start() > 0:
        modal = None  # "based on a May inspection": the month
    if modal and not re.search(r"\b(?:was|were|had)\b", lead) \
            and not re.search(r"\b(?:after|following|since|during|from)\b", modal.group(1), re.I):
        # "told it must improve after an inspection": the inspection happened, the improvement is to come
        return trig, True
    return trig, False


_RATED_BY = re.compile(r"\b(?:rated|judged|graded|found to be|branded|ranked|labelled|labeled|deemed|"
                       r"told (?:that )?it (?:requires|needs|must|is|was))\b[^.]{0,40}\bby\s+(?:the\s+)?(?:[A-Z][\w’']+|"
                       r"(?:\w+\s+)?inspectors|(?:\w+\s+)?watchdog|(?:\w+\s+)?inspectorate|(?:\w+\s+)?regulator)|"
                       # "has been told by Ofsted that it requires improvement"
                       r"\btold by\s+(?:the\s+)?(?:[A-Z][\w’']+|inspectors|watchdog|inspectorate|regulator)\b[^.]{0,30}?"
                       r"\b(?:that\s+)?(?:it|they)\s+(?:requires|require|needs|need|must|is|was|were|are)\b", re.I)


def _verb_mention(ctx: Ctx, sent: Span) -> bool:
    """A sentence that reports an inspection without naming one: "inspected by", "rated good by Ofsted",
    "the CQC has rated X as", "inspectors visited", "the report was published"."""
    verb = re.search(r"\b(?:inspected|visited by|rated .{0,30}by|last visited)\b|"
                     r"\b(?:previously|last)\s+(?:rated|judged|graded)\b(?=[^.]{0,40}\b(?:19|20)\d\d\b)|"
                     r"\b(?:[Ii]nspectors?|[Ii]nspection team|team of inspectors|[Aa] team from)\b[^.]{0,60}\b(?:spent|visited|"
                     r"were on site|carried out|conducted|arrived|went into|returned)\b|"
                     # "Ofsted and the CQC found widespread failings following a visit in June"
                     r"\b(?:[Ii]nspectors|[Ii]nspectorate|[Rr]egulators?|Ofsted|CQC|Estyn|HMICFRS|Care\s+Quality\s+Commission)\b"
                     r"[^.]{0,80}\b(?:found|said|reported|identified)\b[^.]{0,80}\b(?:following|after|during)\s+(?:a|an|their|its)\s+"
                     r"(?:[\w-]+\s+)?visit\b|"
                     # "an examination carried out by a team of inspectors over four weeks"
                     r"\b(?:carried out|conducted|undertaken)\s+by\s+(?:a\s+team\s+of\s+|the\s+)?(?:\w+\s+)?inspectors\b|"
                     r"\b(?:was|were|been)\s+(?:also\s+|now\s+|all\s+|both\s+|\w+ly\s+)?(?:rated|graded|judged|"
                     r"assessed\s+as|evaluated\s+as)\b|\b[Rr]e-?inspected\b|"
                     # "the overall rating ... was downgraded from 'outstanding' to ..."
                     r"\b(?:downgraded|upgraded)\s+(?:from|to)\b|"
                     # "HMICFRS has identified an area for improvement at X", "set out two areas for improvement for X"
                     r"\b(?:[Ii]nspectors|[Ii]nspectorate|Ofsted|CQC|Estyn|HMICFRS|Care\s+Inspectorate(?:\s+Wales)?|"
                     r"HM\s+Inspectorate\s+of\s+\w+)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                     r"(?:identified|set\s+out|raised|made|issued)\s+(?:[\w-]+\s+){0,2}?(?:areas?\s+for\s+(?:improvement|"
                     r"development)|recommendations?|causes?\s+of\s+concern)\s+(?:at|for|to)\s+(?:the\s+)?[A-Z]|"
                     # "The Care Inspectorate's latest grades for X in Dumfries:", "Fire watchdog's verdict on X:"
                     r"(?:\b(?i:inspection|inspectorate|inspectors|watchdog|regulator|Ofsted|CQC|Estyn|HMICFRS)\b[^.:]{0,60})"
                     r"\b(?:grades|gradings|ratings|verdict|evaluations)\s+(?:for|on|of|at)\s+[^.:]{3,120}:|"
                     r"\b(?:grades|gradings|ratings|verdict|evaluations)\s+(?:for|on|of|at)\s+[^.:]{3,120}"
                     r"\((?:[^()]*\b(?:Inspectorate|Ofsted|CQC|Estyn|HMICFRS)\b[^()]*)\):|"
                     r"\b[Ii]nspectors\b[^.]{0,80}\b(?:after|following|during)\s+(?:a|an|their|its)\s+(?:\w+\s+)?visit\b|"
                     # "published ratings for X after inspecting it on 18 March"
                     r"\b(?:after|following|when|since|while)\s+inspecting\b|"
                     # "CIW has published its latest ratings for X", "Ofsted published a report on X"
                     r"\b(?:Inspectorate|Ofsted|CQC|Estyn|HMICFRS|CIW|RQIA|inspectors|inspectorate|watchdog|regulator)\b(?:\s*\([A-Z]{2,8}\))?"
                     r"\s+(?:has\s+|have\s+)?published\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:latest\s+|new\s+|first\s+)?"
                     r"(?:ratings|grades|gradings|report|findings|verdict)\s+(?:for|on|into|of)\s+(?:the\s+)?[A-Z]|"
                     # "services are continuing to improve, a new Ofsted report says"
                     r"\b(?:a|an|the|its|their)\s+(?:(?:new|latest|recent|damning|critical|positive|glowing|published)\s+)?"
                     r"(?:Ofsted|CQC|Estyn|HMICFRS|CIW|RQIA|inspection|inspectorate[’']s|inspectors[’']|watchdog[’']s)\s+"
                     r"(?:report|letter)\s+(?:has\s+)?(?:says|said|found|finds|shows|showed|reveals|revealed|concludes|"
                     r"concluded|states|stated)\b|"
                     # "after a visit by inspectors in November"
                     r"\b(?i:a|an|the|their|its)\s+(?:\w+\s+)?visit\s+(?:by|from)\s+(?:the\s+)?(?:\w+\s+)?"
                     r"(?:inspectors|inspectorates?|watchdogs?|regulators?|[A-Z]{3,})\b",
                     ctx.text_of(sent))
    if verb is None:
        verb = _rated_grade(ctx, sent) or _received_grades(ctx, sent)
    if verb is not None and _GENERIC_VERB.search(ctx.text_of(sent)[:verb.start() + len(verb.group(0).split()[0])]):
        return False  # "homes in special measures are inspected again within six months": what happens in general
    if verb is None:
        verb = _inspectorate_verb(ctx, sent) or _RATING_GIVEN.search(ctx.text_of(sent)) or _found_grade(ctx, sent)
    report = re.search(r"\b(?:report|letter of findings|findings|letter|judge?ment)\b.{0,80}\bpublish|\bpublish\w*\b.{0,60}"
                       r"\b(?:report|letter of findings|findings)\b", ctx.text_of(sent), re.I)
    if report and not any(ctx.out.orgs[o].kind == "inspectorate" for o in _sent_orgs(ctx, sent)) \
            and not _inspectorate_title_in(ctx, sent) \
            and not re.search(r"\b(?:the|its|their|(?:ofsted|regulator|watchdog|inspectorate|inspectors)[’']s) (?:inspection )?(?:report|letter)\b|"
                              r"\binspectorates?\b|\binspectors\b", ctx.text_of(sent), re.I):
        report = None
    if not (verb or report or _RATED_BY.search(ctx.text_of(sent))):
        return False
    return not ctx.in_quote(sent.start_char + (verb.start() if verb else 0))


# "are inspected every three years", "can be inspected at any time": inspections in general, not one.
_GENERIC_VERB = re.compile(r"\b(?:are|is|be|(?<!after )(?<!following )(?<!before )being|get|gets)\s+(?:\w+\s+)?"
                           r"inspected$", re.I)

# "both received a rating of adequate", "has now been rated as satisfactory", "It assessed the performance of X"
_RATING_GIVEN = re.compile(
    r"\b(?:received|receiving|given|awarded|achieved|gained|earned|hit with|slapped with)\s+(?:a|an|the|its)?\s*(?:\w+\s+){0,2}?"
    r"(?:rating|grade|grading|judgement)s?\s+(?:of|as)\b|"
    # "Regent Home ... is the latest to receive the top rating", "became the first school in the county to be rated"
    r"\b(?:is|was|has\s+become|became|becoming)\s+the\s+(?:latest|first|second|third|only|newest|inaugural)\s+(?:[\w-]+\s+){0,4}?to\s+"
    r"(?:receive|be\s+(?:given|awarded|rated|graded|judged)|achieve|gain|earn|secure)\b|"
    r"\b(?:has|have)\s+(?:now\s+|since\s+|just\s+)?been\s+(?:rated|judged|graded)\b|"
    r"^(?:It|The inspection|The review|Inspectors)\s+(?:assessed|evaluated|examined|inspected)\s+(?:the\s+)?"
    r"(?:performance|work|quality|effectiveness)\s+of\b|" + pattern_text("judgement_forms", "standing"))


_RATING_NOUNS = "(?:" + alternation("rating_nouns") + ")"


def _received_grades(ctx: Ctx, sent: Span) -> re.Match | None:
    """"has received good and outstanding Ofsted ratings": grades of a scale handed over as ratings."""
    for m in re.finditer(r"\b(?:" + _RECEIVE + r")\s+(?:an?\s+|its\s+|the\s+)?(?:(?P<adj>[a-z]+)\s+)?"
                         r"(?P<grades>[^.;:]{2,60}?)\s+(?:\w+\s+)?" + _RATING_NOUNS + r"\b", ctx.text_of(sent)):
        # the grades open right after the verb, or after one word that is no grade ("a damning 'inadequate' grade")
        for at in (m.start("adj"), m.start("grades")) if m.start("adj") >= 0 else (m.start("grades"),):
            a, b = sent.start_char + at, sent.start_char + m.end("grades")
            spans = [s for s in ctx.lex_spans if s.label_ == "GRADE" and a <= s.start_char < b]
            if spans and spans[0].start_char == a + (1 if ctx.text_of(sent)[at] in "'‘\"“" else 0):
                return m
    return None


# Past forms only: "providers which receive an inadequate grade are removed" speaks of providers in general.
_RECEIVE = alternation("receive_verbs", skip=frozenset({"receive", "receiving", "give", "gives", "get", "gets", "scores",
                                                        "achieves", "keeps", "results in", "maintain"}))


def _rated_grade(ctx: Ctx, sent: Span) -> re.Match | None:
    """"Children's services rated inadequate", "judged 'good'": a grade of a scale right after the verb."""
    # ("X was found to be insufficiently good in all four healthy prison tests", in a text that names an inspectorate)
    found = r"|(?<=\bwas\s)found\s+to\s+be|(?<=\bwere\s)found\s+to\s+be" \
        if any(o.kind == "inspectorate" for o in ctx.out.orgs.values()) else ""
    # ("branded 'inadequate'", "deemed outstanding": the press's verbs, with the grade right after them)
    for m in re.finditer(r"\b(?:rated|judged|graded|branded|deemed|labell?ed" + found + r")\s+(?:as\s+)?['‘\"“]?",
                         ctx.text_of(sent)):
        at = sent.start_char + m.end()
        grade = next((s for s in ctx.lex_spans if s.label_ == "GRADE" and s.start_char == at), None)
        if grade is None:
            continue
        if re.search(r"\b(?:are|is|be)\s+(?:\w+\s+)?$", ctx.text_of(sent)[:m.start()], re.I) and not (
                re.search(r"\b(?:is|are)\s+(?:\w+\s+)?$", ctx.text_of(sent)[:m.start()], re.I)
                and not re.search(r"\b(?:which|that|who|whose)\b[^,;]{0,60}$", ctx.text_of(sent)[:m.start()], re.I)
                and (re.search(r"\sas\s", m.group(0)) or re.match(
                    r"['’\"”]?\s+(?:in|for|across)\s+(?:all\s+|every\s+|each\s+|\w+\s+)?(?:areas?|of)\b",
                    ctx.doc.text[grade.end_char:sent.end_char], re.I))):
            # "homes in Whitby and Filey, both of which are rated good": a standing, not an inspection; but "Kent
            # Fire and Rescue Service is rated Outstanding in four areas", "Adult social care in Ealing is rated as
            # requiring improvement": the report of its grades
            continue
        return m
    # "Newham PDU and Barking PDU 'require improvement'": the grade is the verb right after the bodies
    ends = {e.end for k in _sent_orgs(ctx, sent) if ctx.out.orgs[k].kind != "inspectorate" for e in ctx.out.orgs[k].evidence}
    for g in ctx.lex_spans:
        if g.label_ == "GRADE" and sent.start_char <= g.start_char < sent.end_char and re.match(r"requir", g.text, re.I):
            lead = re.search(r"\s*['‘\"“]?\s*$", ctx.doc.text[sent.start_char:g.start_char])
            if sent.start_char + lead.start() in ends:
                return re.compile(r".+").match(ctx.text_of(sent), lead.start())  # the quote mark is the writer's
    return None


def _inspectorate_verb(ctx: Ctx, sent: Span) -> re.Match | None:
    """An inspectorate, its inspectors or a report by it that grades or assesses a body: "The CQC has rated X",
    "a report by HMIC has given X a grade of", "inspectors giving its services a rating of good",
    "the Commission found the quality of services at X was fair", "It assessed the performance of X"."""
    insp = [e for o in _sent_orgs(ctx, sent) if ctx.out.orgs[o].kind == "inspectorate"
            for e in ctx.out.orgs[o].evidence if sent.start_char <= e.start < sent.end_char]
    rx = _INSPECTORATE_VERB
    for e in insp:
        m = rx.match(ctx.text_of(sent), e.end - sent.start_char, min(len(ctx.text_of(sent)), e.end - sent.start_char + 120))
        if m:
            return m
    m = re.search(r"\b(?:inspectors|watchdog|regulator)\b", ctx.text_of(sent), re.I)
    if m:
        return rx.match(ctx.text_of(sent), m.end())
    return None


_INSPECTORATE_VERB = re.compile(
    r"(?:\s*\([^)]*\))?[^.;]{0,90}?\b(?:has |have |had )?(?:rated|re-rated|graded|judged|branded|labell?ed|(?:rating|grading|judging|classing|classifying|deeming|ranking|branding|labelling)(?= (?:it|them|the|its) )|assessed the performance of|"
    r"assessed(?= [A-Z])|evaluated(?= (?:the )?[A-Z])|visited(?= (?:the )?[A-Z])|re-?inspected|"
    r"given|giving|gave|awarded|deemed|found (?:the quality|that the|the \w+ (?:to be|was|were|is|are)|[^.;]{1,80}?\bto be\s+['‘\"“]?(?:good|outstanding|inadequate|"
    r"requir\w+|adequate|excellent|very good|weak|poor|unsatisfactory|satisfactory|reasonably good|not sufficiently good)\b)|"
    r"announced its ratings)\b")


def _found_grade(ctx: Ctx, sent: Span) -> re.Match | None:
    """"A report by the inspectorate said outcomes at X were poor in safety": an inspectorate (or its report or
    inspectors) says or finds that something was a grade of a scale."""
    text = ctx.text_of(sent)
    said = re.search(r"\b(?:said|says|found|finds|concluded|concludes|reported|reports)\s+(?:that\s+)?", text)
    # "Outcomes at X were reasonably good in respect, the report found": the reporting clause put last
    after = re.search(r",\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:report|inspectors|inspectorate|watchdog|regulator)\s+"
                      r"(?:said|says|found|finds|concluded|concludes|added)\W*$", text, re.I)
    if after:
        lo, hi = sent.start_char, sent.start_char + after.start()
    elif said is None or not re.search(r"\b(?:report|inspectors|inspectorate|watchdog|regulator)\b", text[:said.start()], re.I) \
            and not any(ctx.out.orgs[o].kind == "inspectorate" for o in _sent_orgs(ctx, sent)):
        return None
    else:
        lo, hi = sent.start_char + said.end(), sent.end_char
    for g in ctx.lex_spans:
        if g.label_ == "GRADE" and lo < g.start_char < hi:
            lead = ctx.doc.text[lo:g.start_char]
            if re.search(r"\b(?:was|were|is|are|remained|remain)\s+(?:(?:still|now|judged|rated|assessed\s+as|found\s+to\s+be)\s+)?['‘\"“]?$", lead):
                return after or said
            # "CIW inspectors found X in Merthyr Tydfil good for ...": the body found so, named right after the verb
            if not after and said.group(0).startswith(("found", "finds")) and any(
                    o.kind != "inspectorate" and lo <= e.start <= lo + 4 and e.end <= g.start_char and re.fullmatch(
                        r"(?:,?\s+(?:in|at|near)\s+[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*,?)?\s+(?:to\s+be\s+|as\s+)?['‘\"“]?",
                        ctx.doc.text[e.end:g.start_char]) for o in ctx.out.orgs.values() for e in o.evidence):
                return said
    return None


def _inspectorate_title_in(ctx: Ctx, sent: Span) -> bool:
    """"a report published by Her Majesty's Chief Inspector of Prisons": the sentence names an inspectorate by
    its chief inspector's title."""
    return any(sent.start <= t.start < sent.end and inspectorate_title(ctx, t) for t in ctx.lex_spans)


def _titled_inspectorates(ctx: Ctx, sent: Span) -> None:
    """"a report by HM Chief Inspector of Prisons": the chief inspector's title stands for the inspectorate."""
    for t in ctx.lex_spans:
        if t.label_ == "TITLE" and sent.start <= t.start < sent.end and not ctx.in_quote(t.start_char):
            org = title_body(ctx, t.kb_id_.partition("#")[0])
            entry = ctx.lex.orgs.get(org)
            # A title others hold too ("Strategic Director", "chief executive", "HMI") stands for an inspectorate
            # the article names elsewhere, not for one it never mentions.
            own = (len(t.text.split()) >= 3 and re.search(r"\b(?:of|for)\b", t.text, re.I)) or \
                (t.text.isupper() and len(t.text) >= 4)
            if entry is not None and entry.kind == "inspectorate" and (own or org in ctx.out.orgs) and \
                    not any(e.start == t.start_char for e in ctx.out.orgs.get(org, Org("", "", "")).evidence):
                _add_org(ctx, org, t.start_char, t.end_char, "org.inspector-title")


_OPERATOR_BEFORE = re.compile(r"\b(?:run|operated|owned|managed|commissioned|provided|taken over|includes|including|"
                              r"director general|chief executive|head|part)\s+(?:by\s+|of\s+)?(?:the\s+)?$", re.I)
_POST_OF = re.compile(r"\b(?:chair|chairman|chairwoman|chairperson|vice[- ]chair|member|members|clerk|secretary)\s+of\s+(?:the\s+)?$",
                      re.I)
_REFERRED_RUNNER = re.compile(r"\b(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?trust,?\s+(?:that|which)\s+(?:runs|manages|operates|"
                              r"is\s+responsible\s+for)\s+(?:the\s+)?$", re.I)
_RUN_SITE_BEFORE = re.compile(r"\b(?:runs|running|operates|operating|manages|managing|includes|including)\s+(?:the\s+)?$",
                              re.I)


@lru_cache(maxsize=4)
def _assessors(lex) -> frozenset[str]:
    """Every body some framework names as its inspectorate (asked once, not for each sentence)."""
    return frozenset(o for f in lex.frameworks.ordered() for o in f.inspectorates) if lex.frameworks else frozenset()


def _mention_subjects(ctx: Ctx, sent: Span, trig: Span | None) -> tuple[list[str], list[str]]:
    """The bodies a sentence says were inspected, the first the likeliest, and the inspectorates it names."""
    text = ctx.doc.text
    _titled_inspectorates(ctx, sent)
    orgs = _sent_orgs(ctx, sent)
    inspectors = list(dict.fromkeys(o for o in orgs if ctx.out.orgs[o].kind == "inspectorate"))
    # "by an NHS Improvement inspection": a regulator no lexicon calls an inspectorate, but whose framework
    # the data holds, inspects when it is named right before the inspection or after "by"
    assessors = _assessors(ctx.lex)
    inspectors += [o for o in orgs if o in assessors and o not in inspectors and trig is not None and any(
        sent.start_char <= e.start and (re.fullmatch(r"\s*", text[e.end:trig.start_char]) or re.fullmatch(
            r"\s+(?:(?:undertaken|carried\s+out|conducted|led|made|done)\s+)?by\s+(?:the\s+)?", text[trig.end_char:e.start]))
        for e in ctx.out.orgs[o].evidence)]
    if trig is not None and len(inspectors) > 1:
        # "an NHS Improvement inspection ... as the CQC assessment", "a joint Ofsted and CQC inspection": the
        # names right before the mention are its inspectors; the others are context
        run, at = [], trig.start_char
        for start, end, key in sorted((e.start, e.end, k) for k in inspectors for e in ctx.out.orgs[k].evidence
                                      if sent.start_char <= e.start and e.end <= trig.start_char)[::-1]:
            if re.fullmatch(r"\s*(?:(?:,|and|&)\s*)?", text[end:at]):
                run.append(key)
                at = start
        inspectors = list(dict.fromkeys(run[::-1])) or inspectors
    # ("an assessment undertaken by NHS Improvement": who did the work, not who it was done to)
    agents = {o for o in orgs for e in ctx.out.orgs[o].evidence if sent.start_char <= e.start < sent.end_char and re.search(
        r"\b(?:undertaken|carried\s+out|conducted|done)\s+by\s+(?:the\s+)?$", text[max(0, e.start - 40):e.start])}
    others = [o for o in orgs if ctx.out.orgs[o].kind not in ("inspectorate", "publisher", "government department")
              and o not in inspectors and o not in agents and not NEVER_INSPECTED.search(ctx.out.orgs[o].label)]
    def named_after(rx: re.Pattern, k: str) -> list[int]:
        """Where the sentence names body K right after words RX matches."""
        return [e.start for e in ctx.out.orgs[k].evidence if sent.start_char <= e.start < sent.end_char
                and rx.search(text, max(sent.start_char, e.start - 30), e.start)]

    # "a home run by Cumberland Council", "a centre taken over by a company": the operator is not inspected;
    # "the trust, which runs Castlegate Hospital": nor is a site the body named before it runs (it is that body)
    operators = {k for k in others if named_after(_OPERATOR_BEFORE, k)}
    # ("the HC-One-run home": the company joined to what it runs by a hyphen)
    operators |= {k for k in others if any(e.rule == "org.operator" and re.match(r"-(?:run|owned|operated)\b", text[e.end:e.end + 9])
                                           for e in ctx.out.orgs[k].evidence)}
    operators |= {k for k in others if any(o != k and any(sent.start_char <= f.start < at for f in ctx.out.orgs[o].evidence)
                                           for at in named_after(_RUN_SITE_BEFORE, k) for o in others)}
    # ... but a hospital's services are its NHS trust's: the trust is the provider the regulator rates
    sites = [o for o in others if re.search(r"\b(?:Hospital|Infirmary)$", ctx.out.orgs[o].label)]
    trusts = {o for o in operators if re.search(r"\bNHS\b.*\bTrust$", ctx.out.orgs[o].label)}
    if sites and trusts:
        operators = (operators - trusts) | set(sites)
    others = [o for o in others if o not in operators] + [o for o in others if o in operators]
    # "X, Director of Children's Services and Chair of Youth Justice Management Board, welcomes the report": a body
    # named only in a person's post is not the one inspected
    in_post = {o for o in others if len(named_after(_POST_OF, o)) == sum(
        sent.start_char <= e.start < sent.end_char for e in ctx.out.orgs[o].evidence) > 0}
    others = [o for o in others if o not in in_post]
    if any(named_after(_REFERRED_RUNNER, k) for k in others):
        # "The trust that runs X Hospital has been told ...": the trust the article names, not its hospital
        runner = _referred_trust_or_force(ctx, sent)
        others = runner + [o for o in others if o not in runner]
    # ("partnered with highly rated Reigate College ..., after being labelled inadequate": a body praised in
    # passing is not the one the sentence grades)
    praised = {k for k in others if named_after(_PRAISED_BEFORE, k)}
    others = [o for o in others if o not in praised]
    # A school, surgery, prison or local service before a council or a national body it belongs to.
    local = [o for o in others if o not in operators and _local_provider(ctx, o)]
    others = list(dict.fromkeys(local + others))
    if trig is not None and others:
        # "an inspection of X", "a focused visit to X": the body right after the mention is the one inspected.
        after = text[trig.end_char:sent.end_char]
        m = re.match(r"\s*(?:\w+\s+){0,3}?(?:of|at|into|to|on)\s+(?:the\s+)?", after)
        if m:
            at = trig.end_char + m.end()
            first = next((k for k in others if any(at <= e.start <= at + 2 for e in ctx.out.orgs[k].evidence)), None)
            if first:
                others = [first] + [o for o in others if o != first]
        # "criticised an inspection of its fire and rescue service": the one body of that kind the text names
        # elsewhere ("Cornwall Fire and Rescue Service"), not the council that owns it
        owned = re.match(r"\s*(?:\w+\s+){0,3}?(?:of|into|on)\s+(?:its|their|the\s+(?:council|authority)[’']s)\s+"
                         r"((?:[a-z]+\s+){0,4}?(?:service|services|team|unit))\b", after)
        kind = owned.group(1).lower().removesuffix("s") if owned else ""
        named = [k for k, o in ctx.out.orgs.items() if kind and o.kind != "local authority"
                 and re.sub(r"\s+", " ", o.label.lower()).endswith(" " + kind)]
        owner = next((ctx.out.orgs[o] for o in others if ctx.out.orgs[o].kind == "local authority"), None)
        place = re.sub(r"\s+(?:County|City|Borough|District|Metropolitan)?\s*Council$", "", owner.label) if owner else ""
        named = [k for k in named if ctx.out.orgs[k].label.startswith(place + " ")] if place and len(named) > 1 else named
        if len(named) == 1:
            others = named + [o for o in others if o != named[0]]
    others = _referred_provider(ctx, sent, others)
    if not others:
        others = _referred_trust_or_force(ctx, sent)
    kind_before = re.search(r"\b([a-z]+)\s+(?:and\s+rescue\s+)?services?\s+$", text[sent.start_char:trig.start_char], re.I) \
        if trig is not None and not others else None
    if kind_before and kind_before.group(1).lower() not in ("the", "its", "their", "a", "an", "council", "local"):
        # "Council chiefs slam fire service inspection" (a headline): the service of that kind the text names
        # first, not the council the fallback below would give
        word = kind_before.group(1).lower()
        found = sorted((min(e.start for e in o.evidence), k) for k, o in ctx.out.orgs.items() if o.kind != "local authority"
                       and re.search(rf"\b{re.escape(word)}\b.*\bServices?$", o.label, re.I) and o.evidence)
        others = [found[0][1]] if found else others
    if not others and re.search(r"\b(?:the|its|this) council\b|\bcouncil[’']s\b|^council", ctx.text_of(sent), re.I) and ctx.council:
        others = [named_last(ctx, sent.start_char, [k for k, o in ctx.out.orgs.items() if o.kind == "local authority"])
                  or ctx.council]
    if not others:
        others = _area_subject(ctx, sent) or area_service(ctx, sent) or _service_council(ctx, sent)
    if not others and trig is not None and _AREA_KIND.search(f"{trig.kb_id_} {trig.text}"):
        others = _place_council(ctx, sent)
    if ctx.providers and (not others or all(ctx.out.orgs[o].kind == "company" for o in others)) \
            and re.search(r"\b(?:the|this|its) (?:care |nursing )?home\b", ctx.text_of(sent), re.I):
        # "rated the home requires improvement": the care home the article names
        others = [_named_home(ctx)] + others
    return others, inspectors




def _coordinated(ctx: Ctx, sent: Span, subjects: list[str]) -> list[str]:
    """Bodies of one sort the sentence joins with "and" ("X and Y were inspected", "ratings for X and Y"): each
    had an inspection of its own. The first subject and its partners, in the text's order."""
    if len(subjects) < 2:
        return subjects[:1]
    text = ctx.doc.text

    def spans(k: str) -> list[tuple[int, int]]:
        return sorted((e.start, e.end) for e in ctx.out.orgs[k].evidence if sent.start_char <= e.start < sent.end_char)

    def sort(k: str) -> tuple:
        o = ctx.out.orgs[k]
        if _local_provider(ctx, k) and _registered(ctx, k):
            return (o.kind, True, "")  # care homes joined in a list may each end in another word (House, Lodge)
        return (o.kind, _local_provider(ctx, k), o.label.split()[-1] if _registered(ctx, k) else "lexicon")

    first = subjects[0]
    if not spans(first):
        return [first]  # a body the sentence only refers to ("the council", "the home")
    group = [first]
    for k in subjects[1:]:
        if sort(k) != sort(first) or not spans(k):
            continue
        for a in group:
            for (s1, e1) in spans(a):
                for (s2, e2) in spans(k):
                    lo, hi = (e1, s2) if e1 <= s2 else (e2, s1)
                    if BODY_JOIN.fullmatch(text[lo:hi]):
                        group.append(k)
                        break
                else:
                    continue
                break
            if k in group:
                break
    return sorted(dict.fromkeys(group), key=lambda k: spans(k)[0])


# Between two bodies each given its own grade: "X has been rated 'outstanding', while Y has achieved ...".
_CONTRAST = re.compile(r"[^.;]{0,160}?,?\s+(?:while|whilst|whereas|but|and)\s+(?:the\s+)?", re.I)


def _contrasted(ctx: Ctx, sent: Span, subjects: list[str], group: list[str]) -> list[list[str]]:
    """Bodies of the group's sort the sentence names after a grade of the group's and a conjunction, each with a
    grade of its own ("Leeds has been rated outstanding, while Calderdale has achieved a good rating"), with the
    bodies joined to each as its peers ("..., while A and B were rated good")."""
    if not group or len(subjects) < 2:
        return []
    o = ctx.out.orgs[group[0]]
    grades = [g.start_char for g in ctx.lex_spans if g.label_ == "GRADE" and sent.start_char <= g.start_char < sent.end_char]
    out: list[list[str]] = []
    last = max((e.end for k in group for e in ctx.out.orgs[k].evidence if sent.start_char <= e.start < sent.end_char),
               default=-1)
    named = sorted((min((e.start for e in ctx.out.orgs[k].evidence if last <= e.start < sent.end_char), default=-1), k)
                   for k in subjects if k not in group and ctx.out.orgs[k].kind == o.kind)
    for at, k in named:
        if at < 0:
            continue
        if out and BODY_JOIN.fullmatch(ctx.doc.text, last, at):
            out[-1].append(k)  # "..., while A and B were rated good": B is A's peer
        elif _CONTRAST.fullmatch(ctx.doc.text, last, at) and any(last <= g < at for g in grades) \
                and any(at < g for g in grades):
            out.append([k])
        else:
            continue
        last = max(e.end for e in ctx.out.orgs[k].evidence if e.start == at)
    return out


def _own_places(ctx: Ctx, sent: Span, body: str, bodies: list[str], places: list[str]) -> list[str]:
    """Of the places a sentence naming several bodies names, those of BODY: named from where it is named to where
    the next body is ("Staffordshire Police ..., while West Midlands Police ..." gives West Midlands none of
    Staffordshire)."""
    if len(bodies) < 2 or body not in bodies:
        return places
    starts = sorted((min((e.start for e in ctx.out.orgs[k].evidence if sent.start_char <= e.start < sent.end_char),
                         default=sent.end_char), k) for k in bodies if k in ctx.out.orgs)
    n = next((i for i, (_, k) in enumerate(starts) if k == body), None)
    # (where the sentence names each place: its evidence, else the lexicon's match)
    at = {p: [e.start for e in ctx.out.places[p].evidence] if p in ctx.out.places else
          [s.start_char for s in ctx.lex_spans if s.label_ == "PLACE" and s.kb_id_ == p] for p in places}
    if n is None or not all(at.values()):
        return places
    lo = starts[n][0]
    hi = starts[n + 1][0] if n + 1 < len(starts) else sent.end_char
    return [p for p in places if any(lo <= a < hi for a in at[p])]


def _mention_places(ctx: Ctx, sent: Span) -> tuple[list[str], list[str]]:
    """The areas a sentence names (regions, counties, council areas) and the towns it names."""
    text = ctx.doc.text
    spans = [s for s in ctx.lex_spans if s.label_ == "PLACE" and sent.start <= s.start < sent.end
             and not ctx.in_quote(s.start_char)]
    wide = ("region", "ceremonial county", "historic county")
    # "families in Worcestershire, Herefordshire, Stoke-on-Trent and Telford": a list with a county in it lists
    # the areas covered, towns and cities too.
    listed: set[str] = set()
    run: list[Span] = []
    for s in spans + [None]:
        if s is not None and run and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[run[-1].end_char:s.start_char]):
            run.append(s)
            continue
        if len(run) >= 3 and any(ctx.lex.places[r.kb_id_].kind in wide for r in run):
            listed |= {r.kb_id_ for r in run}
        run = [s] if s is not None else []
    places: list[str] = []
    towns: list[str] = []
    for s in spans:
        key = s.kb_id_
        if (_admin(ctx, key) or key in listed) and key not in places:
            places.append(key)
        elif ctx.lex.places[key].kind in ("town", "city") and key not in towns:
            towns.append(key)
    if towns:
        # "stations in Lincoln, Boston, Grantham and Skegness": a city or district listed with towns is a
        # site visited, not the area the inspection covers.
        towns += [p for p in places if ctx.lex.places[p].kind not in wide and p not in listed]
        places = [p for p in places if ctx.lex.places[p].kind in wide or p in listed]
    return places, towns


# A clause after the inspection's own words that tells of the grade before it: its date is that grade's.
_GRADED_BEFORE = re.compile(r"\b(?:following|after)\s+(?:the\s+\w+\s+|it\s+|its\s+\w+\s+|they\s+)?(?:being|was|were|had\s+been)\s+"
                             r"(?:judged|rated|graded|found|deemed)\b[^.;:]{0,40}$", re.I)
_ASIDES = re.compile(r",\s+(?:which|who|that)\b[^,;.]*,|\([^()]*\)")


def _mention_dates(ctx: Ctx, sent: Span, trig: Span | None) -> list[tuple[str, str]]:
    """The dates a sentence gives its inspection, each as (visited or published, ISO date)."""
    dates = []
    anchor_at = (trig.start_char - sent.start_char) if trig is not None else None
    for d in find_dates(ctx.text_of(sent), ctx.anchor, ctx.doc_dated):
        if not d.value or ctx.in_quote(sent.start_char + d.start):
            continue
        before = ctx.text_of(sent)[:d.start]
        if anchor_at is not None and d.end <= anchor_at and re.fullmatch(r"\s+", ctx.text_of(sent)[d.end:anchor_at]) \
                and re.search(r"\b(?:the|its|their|a|an)\s+$", before, re.I):
            # "by the 2019 inspection had reduced to the levels seen in 2017": the date that names the inspection
            # is its own, whatever else the sentence dates
            return [("visited", d.value)]
        if re.search(r"\b(?:Act|Regulations|Order|Bill)\s*(?:of\s+|\()?$", before):
            continue  # "the Children Act 2004"
        if re.search(r"\b(?:introduced|launched|brought\s+in|established|founded|formed|opened|built|set\s+up|created)\s+"
                     r"(?:(?:in|on|from)\s+)?(?:(?:early|late|mid)[\s-]+)?$", before, re.I):
            continue  # "the new assessment system introduced in 2023", "formed in 2010", "opened in May 2006"
        if re.fullmatch(r"\s*(?:[A-Z][A-Za-z’' -]*,\s*)?", before) and re.match(r"\s*[—–-]", ctx.text_of(sent)[d.end:]) \
                or sent.start_char == 0 and re.fullmatch(r"\s*(?i:date|published|posted)\s*:?\s*", before):
            continue  # a dateline ("BURY, 14 March 2024 —", "date 2023-07-20") dates the article, not the inspection
        if re.search(r"\b(?:until|from|by|before)\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?(?:(?:January|February|March|April|"
                     r"May|June|July|August|September|October|November|December)\s+(?:in\s+)?)?$|\bsince\b[^.;:]{0,60}$",
                     before, re.I) or re.search(r"\bsince\b(?![^.;:]*\b(?:inspect\w*|visit\w*|judged|rated|graded)\b)"
                                                r"[^.;:]{0,120}$", before, re.I):
            # "its first inspection since April 2007", "from September 2019", "since the services were joined
            # up in 2021": a period's bound; not "since Ofsted judged it inadequate in 2023", an earlier inspection
            continue
        if anchor_at is not None and d.start > anchor_at and _GRADED_BEFORE.search(before):
            continue  # "visited in May, following the service being judged inadequate in July 2022": the earlier one's
        if anchor_at is not None and abs(d.start - anchor_at) > 140 and not (
                d.start > anchor_at and len(_ASIDES.sub("", ctx.text_of(sent)[anchor_at:d.start])) <= 140):
            # a date far from the mention belongs to something else (a relative clause or a bracket between
            # them does not count: "inspections were carried out at X, which is run by Y, between July and ...")
            continue
        dates.append((_date_role(ctx.text_of(sent), d.start, len(d.value) == 4), d.value))
    if not dates and ctx.doc_dated and len(ctx.doc.date) >= 10 and _PUBLISHED_NOW.search(ctx.text_of(sent)):
        dates.append(("published", ctx.doc.date))  # "a full report has been published": on the article's date
    return dates


# A report that comes out on the day of the article that says so ("the report has been published on our website").
_PUBLISHED_NOW = re.compile(r"\b(?:report|letter|findings)\b[^.]{0,60}\b(?:has|have)\s+(?:now\s+|today\s+)?been\s+"
                            r"published\b|\b(?:has|have)\s+(?:today|now)\s+published\b", re.I)


def _recent(ctx: Ctx, sent: Span) -> bool:
    """A sentence that places its inspection relative to the article ("last month", "this week") where the
    article states no date of its own: its inspection is recent, not one of a year named elsewhere."""
    return not ctx.doc_dated and bool(re.search(r"\b(?:last|this|earlier this)\s+(?:week|month)\b|"
                                                r"\b(?:yesterday|today)\b", ctx.text_of(sent), re.I))


_FIELD = re.compile(r"\s*(?:(?:type|kind|dates?)\s+of\s+(?:the\s+)?(?:inspection|visit)|(?:inspection|visit)\s+"
                    r"(?:type|dates?))\s*:", re.I)
_FIELD_LINE = re.compile(r"\s*[A-Z][\w ’'-]{2,40}:\s")


def section_body(ctx: Ctx, pos: int) -> str | None:
    """The body a short heading above POS names ("Oak Lodge, near Thistleby - Good"), read up past the
    section's other short lines (a round-up's "New ratings" over "- Wellbeing – 3" lines): its key, or None
    when the lines reach a sentence first or the heading names more than one body."""
    text = ctx.doc.text
    he = text.rfind("\n", 0, pos + 1)  # the line before the paragraph, past blank ones
    for _ in range(24):
        while he > 0 and text[he - 1].isspace():
            he -= 1
        if he <= 0:
            return None
        hs = text.rfind("\n", 0, he) + 1
        head = text[hs:he]
        named = NAMED_ADDRESS.match(head) if address_lines(head) else None
        if len((named.group(0) if named else head).split()) > 9 or re.search(r"[.!?]\s*$", head):
            return None  # (a name and its address: "4. Eaves Green Pre-School, Lower Burgh Way, Chorley PR7 3QG")
        keys = {o.key for o in ctx.out.orgs.values() if o.kind != "inspectorate" for e in o.evidence
                if hs <= e.start < he}
        if keys:
            # (a page's masthead, "Yorkshire Post" over the story, heads no section of bodies)
            return next(iter(keys)) if len(keys) == 1 and ctx.out.orgs[next(iter(keys))].kind != "publisher" else None
        he = hs - 1
    return None


def _heading_body(ctx: Ctx, sent: Span) -> list[str]:
    """A report's fields under a heading that names its body ("HMP Eastfield" / "Type of inspection: Full
    unannounced inspection" / "Dates of inspection: ..."): the inspection is of that body."""
    text = ctx.doc.text
    if not _FIELD.match(ctx.text_of(sent)):
        # a gallery's heading ("3. Sheen's Nursery") over the paragraph that reports its inspection
        key = section_body(ctx, sent.start_char)
        return [key] if key else []
    end = text.rfind("\n", 0, sent.start_char + 1)
    for _ in range(4):
        if end <= 0:
            return []
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _FIELD_LINE.match(line):
            if len(line.split()) > 8 or re.search(r"[.!?]\s*$", line):
                return []  # a sentence, not a heading
            keys = {o.key for o in ctx.out.orgs.values() for e in o.evidence if start <= e.start < end}
            return list(keys) if len(keys) == 1 else []
        end = start - 1
    return []


# Sentences that name an earlier inspection beside the article's own (rules/earlier.yaml)
_EARLIER_CLAUSE = pattern("earlier", "earlier_clause")
_SINCE_CLAUSE = pattern("earlier", "since_clause")
_HAVING_CLAUSE = pattern("earlier", "having_clause")
_RATING_YEAR = pattern("earlier", "rating_year")
_SINCE_INSPECTION = pattern("earlier", "since_inspection")
_PREVIOUS_CLAUSE = pattern("earlier", "previous_clause")
_THEN_NOW = pattern("earlier", "then_now")
_PREVIOUSLY_RATED = pattern("earlier", "previously_rated")
_PARTICIPLE_THEN = pattern("earlier", "participle_then")


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


def _month_year(text: str) -> str:
    """'March 2022' -> '2022-03', '2022' -> '2022'."""
    parts = text.split()
    return f"{parts[-1]}-{_MONTHS.index(parts[0].lower()) + 1:02d}" if len(parts) == 2 else parts[-1]


def earlier_date(text: str, at: int) -> bool:
    """Whether the date written at AT dates an inspection before today's ("since the last inspection in May
    2019", "up from inadequate in 2018", "its 2014 rating went from ..."), by the words of its sentence before it."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 200) + 1
    seg = text[lo:at + 30]
    for rx in (_EARLIER_CLAUSE, _SINCE_CLAUSE, _SINCE_INSPECTION, _PREVIOUS_CLAUSE, _HAVING_CLAUSE, _RATING_YEAR):
        for m in rx.finditer(seg):
            if m.start() <= at - lo and (m.end() > at - lo or re.fullmatch(r"\s*,?\s*(?:in|on|of|during|dated)?\s*",
                                                                           seg[m.end():at - lo])):
                return True
    return False


def _date_in(ctx: Ctx, sent: Span, iso: str, at: int) -> bool:
    """Whether the date ISO is written at or after character AT of the sentence (its year, at least)."""
    return iso[:4] in ctx.doc.text[at:sent.end_char] and iso[:4] not in ctx.doc.text[sent.start_char:at]


# "Four care homes have been rated inadequate ...": a count of bodies of a kind and their grade
_ROUNDUP = pattern("earlier", "roundup")


def _roundup(ctx: Ctx, sent: Span, prev: Span | None) -> list[str]:
    """The bodies a sentence lists after one that counts them with their grade ("Four care homes have been
    rated inadequate. A, B, C and D were all placed in special measures."); none otherwise."""
    m = _ROUNDUP.search(ctx.text_of(prev)) if prev is not None else None
    if m is None or not any(g.label_ == "GRADE" and prev.start_char + m.end() <= g.start_char < prev.end_char
                            for g in ctx.lex_spans):
        return []
    n = graded_number(m.group("n"))
    bodies = [k for k in dict.fromkeys(_sent_orgs(ctx, sent)) if ctx.out.orgs[k].kind != "inspectorate"]
    return bodies if n is not None and n >= 2 and len(bodies) == n else []


_SERVICES_AT = re.compile(r"\bservices\s+(?:(?:including|such\s+as)\s+(?:those\s+)?)?(?:at|in)\s+(?:the\s+)?$")


def _trust_of_site(ctx: Ctx, site: str, first: Mention, m: Mention) -> bool:
    """"The CQC rated services including those at X Hospital as inadequate ... Inspectors graded the trust
    inadequate for safety": a hospital named as where services were rated, then an NHS trust the text grades, is
    that trust's inspection (not where the hospital's own rating is the news: "X Hospital has been rated ...")."""
    if m.subject not in ctx.out.orgs or not re.search(r"\b(?:Hospital|Infirmary)$", ctx.out.orgs[site].label) \
            or not re.search(r"\bNHS\b.*\bTrust$", ctx.out.orgs[m.subject].label):
        return False
    named_as_site = any(_SERVICES_AT.search(ctx.doc.text, max(first.sent.start_char, e.start - 40), e.start)
                        for e in ctx.out.orgs[site].evidence if first.sent.start_char <= e.start < first.sent.end_char)
    return named_as_site and any(g.label_ == "GRADE" and m.sent.start_char <= g.start_char < m.sent.end_char
                                 and not ctx.in_quote(g.start_char) for g in ctx.lex_spans)


def _gallery_item(ctx: Ctx, sent: Span) -> list[str]:
    """The body a gallery's numbered item names before its ratings ("2 . Heather Vale Ratings: Safe - good, ..."),
    when the sentence opens the item's line."""
    text = ctx.doc.text
    ls = text.rfind("\n", 0, sent.start_char + 1) + 1
    m = GALLERY_ITEM.match(text, ls)
    if m is None or text[ls:sent.start_char].strip() not in ("", text[ls:m.start("name")].strip()):
        return []
    return [o.key for o in ctx.out.orgs.values() if any(e.start == m.start("name") for e in o.evidence)][:1]


def _listed_providers(ctx: Ctx, sent: Span) -> list[str]:
    """Three or more local providers listed in one sentence ("at a number of schools including A, B, C and D"),
    each named apart by commas or "and"; none otherwise."""
    spots = sorted((e.start, e.end, o.key) for o in ctx.out.orgs.values() if _local_provider(ctx, o.key)
                   for e in o.evidence if sent.start_char <= e.start < sent.end_char and not ctx.in_quote(e.start))
    run: list[tuple[int, int, str]] = []
    for spot in spots:
        if run and re.fullmatch(r"\s*(?:,|,?\s+(?:and|&))\s*", ctx.doc.text[run[-1][1]:spot[0]]):
            run.append(spot)
        elif len(run) < 3:
            run = [spot]
    keys = list(dict.fromkeys(k for *_, k in run))
    return keys if len(keys) >= 3 else []


def _mentions(ctx: Ctx) -> list[Mention]:
    out: list[Mention] = []
    register = area_register(ctx)  # the article's sort of body, once: it names bodies before any mention
    prev: Span | None = None
    plural: tuple[list, list[str]] | None = None  # (dates, inspectors) of the last plural mention naming no body
    for sent in ctx.sp.sents:
        lead = len(ctx.text_of(sent)) - len(ctx.text_of(sent).lstrip())
        if ctx.text_of(sent).strip() == "" or ctx.in_mask(sent.start_char + lead, sent.start_char + len(ctx.text_of(sent).rstrip())):
            continue
        sent_before, prev = prev, sent
        # a round-up's line: bodies each with its grade alone ("Elm Lodge, Lutterworth (good); The Beeches ...")
        items = graded_items(ctx, sent.start_char, sent.end_char)
        listed = _roundup(ctx, sent, sent_before) or list(dict.fromkeys(k for k, *_ in items)) or _gallery_item(ctx, sent)
        # ("The inspections ... looked at a number of schools. ... at schools including A, B, C and D": each one's)
        after_plural = not listed and plural is not None and _listed_providers(ctx, sent)
        listed = listed or after_plural or []
        trig, maybe = _trigger(ctx, sent)
        if maybe or tally(ctx, sent.start_char, sent.end_char):
            continue  # "Ofsted can carry out a focused visit at any time": no inspection happened
        by_area = area_bodies(ctx, sent, register)
        graded_here = any(g.label_ == "GRADE" and sent.start <= g.start < sent.end and not ctx.in_quote(g.start_char)
                          for g in ctx.lex_spans)
        if trig is None and not _verb_mention(ctx, sent) and not (by_area and graded_here) and not listed:
            continue
        kind = _canonical_kind(trig.kb_id_, trig.text) if trig is not None else \
            "re-inspection" if re.search(r"\bre-?inspected\b", ctx.text_of(sent), re.I) else "inspection"
        subjects, inspectors = _mention_subjects(ctx, sent, trig)
        # ("The South Ayrshire Council-run childcare hub has improved": the body that runs the one inspected)
        here = [e for e in ctx.out.orgs[subjects[0]].evidence if sent.start_char <= e.start < sent.end_char] \
            if len(subjects) == 1 and subjects[0] in ctx.out.orgs else []
        if here and all(RUN_BY.match(ctx.doc.text, e.end) or ctx.out.orgs[subjects[0]].label.endswith(OPERATOR_ENDS)
                        and OPERATOR_BEFORE_KIND.match(ctx.doc.text, e.end) for e in here):
            subjects = []
        if by_area and not any(s in by_area for s in subjects):
            subjects = by_area + subjects  # "Gloucestershire and Essex receive the other inadequate gradings"
        if not subjects:
            subjects = _heading_body(ctx, sent)
        places, towns = _mention_places(ctx, sent)
        dates = _mention_dates(ctx, sent, trig)
        subjects = peer_councils(ctx, sent, subjects) if subjects else subjects
        bodies = listed or _coordinated(ctx, sent, subjects)
        contrasted = _contrasted(ctx, sent, subjects, bodies)
        recent_visits = trig is not None and re.search(r"\b(?:recent|latest|last)\s+(?:\w+\s+)?$",
                                                         ctx.doc.text[max(sent.start_char, trig.start_char - 20):trig.start_char])
        if after_plural and not dates and not trig:
            dates, inspectors = plural[0], inspectors or plural[1]
        if trig is not None and _plural(trig) and not subjects and not bodies and not maybe:
            plural = (dates, inspectors)
        if trig is not None and _plural(trig) and not dates and len(bodies) < 2 and not recent_visits \
                and not (subjects and graded_here and _verb_mention(ctx, sent)):
            # ("The CQC has rated X as requires improvement after inspections at A and B": the rating reports one)
            continue  # "monitoring visits", "inspections": a generic mention, not one inspection
        having = _HAVING_CLAUSE.search(ctx.text_of(sent))
        if having and not any(g.label_ == "GRADE" and sent.start_char <= g.start_char < sent.start_char + having.start()
                              for g in ctx.lex_spans):
            having = None  # "X has come out of special measures, having been rated good in March": today's grade
        previous = _PREVIOUS_CLAUSE.search(ctx.text_of(sent))
        if previous is not None and not (trig is not None and not _plural(trig)
                                         and trig.end_char <= sent.start_char + previous.start()):
            previous = None
        earlier = _EARLIER_CLAUSE.search(ctx.text_of(sent)) or _SINCE_CLAUSE.search(ctx.text_of(sent)) \
            or _SINCE_INSPECTION.search(ctx.text_of(sent)) or having or previous or _RATING_YEAR.search(ctx.text_of(sent))
        if earlier is not None:
            # "rated 'requires improvement', down from 'good' at its last inspection in 2019": today's
            # inspection, and an earlier one that the clause dates
            at = sent.start_char + earlier.start()
            mine = [(r, v) for r, v in dates if not _date_in(ctx, sent, v, at)]
            then = [(r, v) for r, v in dates if (r, v) not in mine]
            if not then and earlier.groupdict().get("when"):
                # a date the mention's own dates leave out (a "since" clause bounds a period): the clause's own
                then = [("visited", _month_year(earlier.group("when")))]
            word = "word" if earlier.groupdict().get("word") else "when"
            last = ctx.sp.char_span(sent.start_char + earlier.start(word), sent.start_char + earlier.end(word))
            if then and last is not None:
                now_trig = trig if trig is not None and trig.start_char < at else None
                m = Mention(sent, now_trig, kind if now_trig is not None else "inspection", inspectors,
                            subjects[0] if subjects else "", places, mine, False, towns, recent=_recent(ctx, sent))
                out.append(m)
                out.append(replace(m, trigger=last, kind="inspection", dates=then, prior=True))
                continue
        then_now = _THEN_NOW.search(ctx.text_of(sent)) or _PARTICIPLE_THEN.search(ctx.text_of(sent))
        if then_now is not None and not dates and _PREVIOUSLY_RATED.search(ctx.text_of(sent)[:then_now.start("turn")]):
            # "had previously been rated good but ... has now been re-categorised as requiring improvement": an
            # earlier grade, undated, and today's
            first = ctx.sp.char_span(sent.start_char + then_now.start("verb"), sent.start_char + then_now.end("verb"))
            if first is not None:
                m = Mention(sent, None, "inspection", inspectors, subjects[0] if subjects else "", places, [], False,
                            towns, recent=_recent(ctx, sent))
                out.append(replace(m, trigger=first, prior=True))
                out.append(m)
                continue
        if then_now is not None and dates:
            # "In November it was graded as requires improvement but that has now been upgraded to good": the
            # dates before the turn are the earlier inspection's
            at = sent.start_char + then_now.start("turn")
            then = [(r, v) for r, v in dates if not _date_in(ctx, sent, v, at)]
            mine = [(r, v) for r, v in dates if (r, v) not in then]
            first = ctx.sp.char_span(sent.start_char + then_now.start("verb"), sent.start_char + then_now.end("verb"))
            if then and first is not None:
                m = Mention(sent, None, "inspection", inspectors, subjects[0] if subjects else "", places, mine, False,
                            towns, recent=_recent(ctx, sent))
                out.append(replace(m, trigger=first, dates=then, prior=True))
                out.append(m)
                continue
        # "following inspections in 2005 and 2008": several inspections of other years, none the article's own
        several_years = trig is not None and _plural(trig) and len({v[:4] for r, v in dates if r == "visited"}) > 1 \
            and not re.search(r"\b(?:19|20)\d\d\s+(?:and|to|-|–)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", ctx.text_of(sent))
        m = Mention(sent, trig, kind, inspectors, subjects[0] if subjects else "", places, dates,
                    several_years or _prior(ctx, sent, dates, previous.start() if previous else None), towns,
                    recent=_recent(ctx, sent))
        peers = tuple(bodies) if len(bodies) > 1 else ()
        several = [*bodies, *(b for each in contrasted for b in each)]
        for b in bodies or [m.subject]:
            # "X and Y were inspected": one mention for each body (a round-up's item: the town in the item)
            item = next(((s, e) for k, _, s, e in items if k == b), None)
            if item is not None:
                def inside(keys: list[str], lo: int = item[0], hi: int = item[1]) -> list[str]:
                    return [k for k in keys if k in ctx.out.places
                            and any(lo <= ev.start < hi for ev in ctx.out.places[k].evidence)]
                # (the grade after the item's name is today's: what the line adds after it, "the same rating as
                # the last inspection in 2019", dates an earlier one)
                now = {"prior": False, "dates": []} if m.prior else {}
                out.append(replace(m, subject=b, peers=peers, places=inside(places), towns=inside(towns), **now))
                continue
            out.append(replace(m, subject=b, peers=peers, places=_own_places(ctx, sent, b, several, places),
                               towns=_own_places(ctx, sent, b, several, towns)))
        for each in contrasted:
            for b in each:
                out.append(replace(m, subject=b, peers=tuple(each) if len(each) > 1 else (),
                                   places=_own_places(ctx, sent, b, several, places)))
    # In a round-up of several bodies' inspections, a sentence that names no body goes on about the body named
    # last before it ("... while Calderdale achieved a good rating. An inspection in November found ...").
    current = list(dict.fromkeys(m.subject for m in out if m.subject and not m.prior))
    # only bodies of one sort count as a round-up (two councils, two trusts), not a service and its council
    current = [k for k in current if any(_peers(ctx, k, o) for o in current)]
    if len(current) < 2:
        return out
    spread: list[Mention] = []
    for m in out:
        if m.subject:
            spread.append(m)
            continue
        # one mention for each body the sentence names ("X's services were rated adequate, while Y's ..."), else
        # the body named last before it
        here = named_in(ctx, m.sent.start_char, m.sent.end_char, current)
        spread += [replace(m, subject=k) for k in here] or [replace(m, subject=named_last(ctx, m.sent.start_char, current) or "")]
    return spread


def _plural(span: Span) -> bool:
    last = span[-1].lower_
    return last.endswith("s") and last not in ("ilacs", "jtais", "sif") and not last.endswith("ss")


_CONTRACT_KINDS = {"inspection", "unannounced inspection", "focused visit", "monitoring visit",
                   "joint targeted area inspection", "announced inspection", "re-inspection", "local area inspection",
                   "annual health check", "assessment"}
# The press's names for kinds the contract words otherwise ("a local area SEND inspection" is a local area one).
_KIND_AS = {"area SEND inspection": "local area inspection", "area SEND revisit": "local area inspection",
            "local authority assessment": "assessment"}


def _canonical_kind(kind: str, said: str = "") -> str:
    """The press's kinds of inspection, reduced to the contract's: a framework's name is an inspection, unless
    the text calls it an assessment ("its latest PEEL assessment")."""
    if said.lower().split()[-1:] == ["assessment"]:
        return "assessment"
    if kind in _CONTRACT_KINDS:
        return kind
    if kind in _KIND_AS:
        return _KIND_AS[kind]
    if kind.startswith("unannounced"):
        return "unannounced inspection"
    if "monitoring" in kind:
        return "monitoring visit"
    return "inspection"


def _merge_kind(a: str, b: str) -> str:
    for k in _KIND_PRIORITY:
        if k in (a, b):
            return k
    return a or b


def _shared_kinds(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """Bodies inspected together share the kind of inspection ("the annual health check rated both trusts"); and
    an article about "Ofsted's new announced inspections regime" says what kind its inspections are."""
    for ins, ms in groups:
        for other, oms in groups:
            if other is not ins and ms[0].sent.start == oms[0].sent.start and ins.previous == other.previous:
                ins.kind = _merge_kind(ins.kind, other.kind)
    regime = next((_canonical_kind(k.kb_id_) for k in ctx.lex_spans if k.label_ == "KIND" and k.end < len(ctx.sp)
                   and ctx.sp[k.end].lower_ in ("regime", "framework", "programme") and not ctx.in_quote(k.start_char)
                   and (k.start == 0 or ctx.sp[k.start - 1].lower_ not in _NOT_TRIGGER_PREV - {"new"})), "inspection")
    # "Latest children's services focused visits" as a round-up's headline: each body's is one of them
    first = ctx.doc.text.find("\n")
    headline = {_canonical_kind(k.kb_id_) for k in ctx.lex_spans if k.label_ == "KIND" and k.end_char <= max(first, 0)
                and k.text.lower().endswith("s") and not k.text.lower().endswith("ss")}
    if regime == "inspection" and len(headline) == 1 and len(groups) > 1:
        regime = headline.pop()
    for ins, _ in groups:
        if ins.kind == "inspection" and not ins.previous:
            ins.kind = regime


def _graded_now(ctx: Ctx, sent: Span) -> bool:
    """"outcomes were now 'reasonably good'": a grade the sentence says is now the body's."""
    m = _NOW.search(ctx.text_of(sent))
    at = sent.start_char + m.end() if m else -1
    return m is not None and any(s.label_ == "GRADE" and at <= s.start_char <= at + 12 for s in ctx.lex_spans)


_NOW = re.compile(r"\b(?:is|are|was|were|has|have|had)\s+now\b|\bnow\s+(?:rated|judged|graded)\b", re.I)
_LATER_VISIT = re.compile(r"\b(?:later|subsequent|follow-up|follow up|second|another|further|since then|"
                          r"also\s+(?:carried\s+out|conducted|undertook|made|completed))\b", re.I)


def _framework_kinds(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """A council's inspection the text names no kind for takes the one kind of the one framework its inspectorate
    led for councils that year: the CQC's assessments of adult social care from 2023, CSCI's star ratings."""
    for ins, _ in groups:
        subj = ctx.out.orgs.get(ins.subject)
        when = (ins.visited or ins.published or ctx.doc.date or ctx.anchor)[:4]
        year = int(when) if when.isdigit() else None
        if ins.kind != "inspection" or subj is None or subj.kind != "local authority":
            continue
        fws = [f for f in ctx.lex.frameworks.for_inspectorates(ins.inspectors, year)
               if f.inspectorates[0] in ins.inspectors and (year is None or f.in_force(year, 0))
               and any("local authorit" in r for r in f.remit)]
        if year is None:
            # an undated article: the frameworks in force today, else (an inspectorate long gone) all of them
            fws = [f for f in fws if f.end is None] or fws
        if len(fws) == 1 and len(fws[0].kinds) == 1 and fws[0].kinds[0].label.split()[-1] not in ("inspection", "visit"):
            ins.kind = fws[0].kinds[0].label  # an assessment or a rating, not an inspection by another name


def _peers(ctx: Ctx, a: str, b: str) -> bool:
    """Two bodies of one sort (two councils, two schools, two forces): neither is part of the other's inspection."""
    if not a or not b or a == b or a not in ctx.out.orgs or b not in ctx.out.orgs:
        return False
    oa, ob = ctx.out.orgs[a], ctx.out.orgs[b]
    def provider(o: Org) -> bool:
        """A body the text names as a provider: by a provider's kind in its name, or by the words before it."""
        return o.key not in ctx.lex.orgs and o.kind in ("other", "company", "charity") and (
            _local_provider(ctx, o.key) or bool(re.search(r"\b(?:College|Institute|Academy|School|Nursery)\b", o.label))
            or any(e.rule in ("org.described", "org.operator", "org.provider-context") for e in o.evidence))
    if provider(oa) and provider(ob):
        return True  # a college and a training company, two providers the text names by their own names
    if oa.kind != ob.kind:
        return False
    if a in ctx.lex.orgs and b in ctx.lex.orgs or oa.kind == "local authority":
        return True
    if oa.label.split()[-1] == ob.label.split()[-1] and _registered(ctx, a) and _registered(ctx, b):
        return True  # two trusts, two colleges, two forces
    areas = body_names().is_area_service
    if oa.kind == "public body" and areas(oa.label) != areas(ob.label) and (a in ctx.lex.orgs) != (b in ctx.lex.orgs) \
            and not (ctx.lex.orgs.get(a) or ctx.lex.orgs.get(b)).register:
        return True  # "the Probation Service" and "Leicester, Leicestershire and Rutland PDU": a unit of its own
    return _local_provider(ctx, a) and _local_provider(ctx, b) or \
        body_names().is_area_service(oa.label) and body_names().is_area_service(ob.label)


_JOINT_KINDS = ("joint targeted area inspection", "local area inspection")


_PREVIOUSLY_GRADED = pattern("earlier", "previously_graded")
_YEARS_AGO = pattern("earlier", "years_ago")
_NEWER = pattern("earlier", "newer")


def _inspections(ctx: Ctx) -> list[tuple[Inspection, list[Mention]]]:
    mentions = _mentions(ctx)
    if not mentions:
        return []
    doc_insp = _doc_inspectorates(ctx)
    main_subject = _main_subject(ctx)
    groups: list[tuple[Inspection, list[Mention]]] = []
    main: tuple[Inspection, list[Mention]] | None = None

    def new(m: Mention, previous: bool) -> tuple[Inspection, list[Mention]]:
        ins = Inspection(len(groups), list(dict.fromkeys(m.inspectors)), m.subject, list(m.places), m.kind, previous=previous)
        g = (ins, [m])
        groups.append(g)
        return g

    for m in mentions:
        own_dates = {v for _, v in m.dates}
        if main is None:
            if m.prior and own_dates and len(mentions) > 1:
                new(m, True)
                continue
            main = new(m, False)
            continue
        mi = main[0]
        disjoint = bool(m.places) and bool(mi.regions) and not (set(m.places) & set(mi.regions))
        other_subject = _peers(ctx, m.subject, mi.subject)
        main_years = {v[:4] for mm in main[1] for _, v in mm.dates}
        other_year = bool(own_dates) and bool(main_years) and not ({v[:4] for v in own_dates} & main_years) \
            and (m.prior or m.kind != mi.kind or m.trigger is not None)
        # "An inspection last month ... follows a 2011 inspection": a year named beside a recent inspection is
        # another inspection's.
        other_year = other_year or (bool(own_dates) and m.trigger is not None and not m.recent
                                    and any(mm.recent and mm.trigger is not None for mm in main[1]) and not main_years)
        # "first inspected in March 2016 ... A follow-up inspection in October 2016": visits months apart
        other_year = other_year or (m.trigger is not None and bool(_DATED_TRIGGER.match(ctx.doc.text, m.trigger.end_char))
                                    and _months_apart(
            [v for r, v in m.dates if r == "visited"], [v for mm in main[1] for r, v in mm.dates if r == "visited"]))
        main_dates = {v for mm in main[1] for _, v in mm.dates}
        earlier = next((g for g in groups if g is not main and g[0].previous and (g[0].subject in ("", m.subject)
                                                                                  or not m.subject)
                        and own_dates and ({v[:4] for v in own_dates} & {v[:4] for mm in g[1] for _, v in mm.dates}
                                           and not {v[:4] for v in own_dates} & main_years
                                           # the very month again ("February 2016"), in the year of the main one
                                           or {v for v in own_dates if len(v) >= 7} & {v for mm in g[1] for _, v in mm.dates}
                                           and not own_dates & main_dates)), None)
        if earlier is not None:
            earlier[1].append(m)  # "the inspection of November 2012" after "the original inspection in 2012"
            continue
        if m.trigger is not None and not own_dates and not m.prior and main_years \
                and (_graded_now(ctx, m.sent) or _NEWER.match(ctx.doc.text, m.sent.start_char, m.trigger.end_char)) \
                and all(mm.trigger is None and all(len(v) == 4 for _, v in mm.dates) for mm in main[1]):
            # "In 2019, X was rated ... Following a full inspection in July, outcomes were now ...": the
            # article's own inspection comes after the one it dated by a year alone
            main[0].previous = True
            main = new(m, False)
            continue
        # "A later monitoring visit by Ofsted found ...": a second visit after the article's inspection.
        later_visit = m.trigger is not None and m.kind in ("monitoring visit", "focused visit") and m.kind != mi.kind \
            and bool(_LATER_VISIT.search(ctx.text_of(m.sent))) and not m.prior
        # a past rating with its years, beside a main inspection that has none: "which it rated good in 2017"
        recalled = m.prior and bool(own_dates) and (m.trigger is not None or not main_years)
        # "The service was previously rated good.": an earlier grade the text gives no date
        # ("Just three years ago the school was rated inadequate": a grade as long ago as the text says)
        recalled = recalled or (m.prior and not own_dates and m.trigger is None
                                and bool(_PREVIOUSLY_GRADED.search(ctx.text_of(m.sent)) or _YEARS_AGO.search(ctx.text_of(m.sent))))
        if disjoint or other_subject or other_year or later_visit or recalled or _other_inspectors(ctx, m, mi):
            # An earlier inspection named in passing, another body or another region: an inspection of its own.
            same = next((g for g in groups if g is not main and g[0].subject == m.subject and other_subject
                         and not (m.prior and own_dates)), None) or \
                next((g for g in groups[1:] if not other_subject and ((set(g[0].regions) & set(m.places)) or
                         (not m.places and own_dates and own_dates & {g[0].visited, g[0].published}))
                         and not (m.prior and own_dates and {v[:4] for _, v in g[1][0].dates}
                                  and not {v[:4] for v in own_dates} & {v[:4] for mm in g[1] for _, v in mm.dates})),
                        None)
            if same is None:
                new(m, m.prior)
            else:
                same[1].append(m)
            continue
        main[1].append(m)
        mi.kind = _merge_kind(mi.kind, m.kind)
        for p in m.places:
            if p not in mi.regions:
                mi.regions.append(p)
        for o in m.inspectors:
            if o not in mi.inspectors:
                mi.inspectors.append(o)
        mi.inspectors = list(dict.fromkeys(mi.inspectors))
        if not mi.subject:
            mi.subject = m.subject
        elif m.subject and ctx.out.orgs[mi.subject].kind == "local authority" and m.subject in ctx.out.orgs \
                and _local_provider(ctx, m.subject):
            mi.subject = m.subject  # "a children's home run by the council ... Meadowbank House": the home
        elif _trust_of_site(ctx, mi.subject, main[1][0], m):
            mi.subject = m.subject
    for ins, ms in groups:
        for m in ms[1:]:
            ins.kind = _merge_kind(ins.kind, m.kind)
        for m in ms:
            for role, v in m.dates:
                if role == "visited" and not ins.visited:
                    ins.visited = v
                elif role == "published" and not ins.published:
                    ins.published = v
        _visit_before_report(ctx, ins)
        if not ins.inspectors:
            if ins.kind in _JOINT_KINDS:
                ins.inspectors = list(doc_insp)  # a joint inspection: every inspectorate the article names
            else:
                ins.inspectors = doc_insp[:1]
        if not ins.subject:
            # "At its previous inspection the home was rated good": the body of the main inspection.
            ins.subject = main[0].subject if main is not None and ins is not main[0] and main[0].subject else main_subject
        ins.evidence = [_ev(m.sent.start_char, m.sent.end_char, "inspection." + ("trigger" if m.trigger is not None else "verb"))
                        for m in ms]
    main = _latest_current(ctx, groups, main)
    _shared_kinds(ctx, groups)
    _framework_kinds(ctx, groups)
    for ins, _ in groups:
        if ins.kind in _JOINT_KINDS:  # a joint inspection, its kind known only now: every inspectorate named
            ins.inspectors += [o for o in doc_insp if o not in ins.inspectors]
    _one_of_namesakes(ctx, groups)
    _remit_inspector(ctx, groups, doc_insp)
    _council_service(ctx, groups)
    assign_regions(ctx, groups, main)
    groups = [g for g in groups if g[0].inspectors and g[0].subject]
    for ins, _ in groups:
        for o in ins.inspectors:
            if o not in ctx.out.orgs and o in ctx.lex.orgs:
                # an inspectorate known from what it inspects (a prison's), not named: the sentence that reports
                # its inspection is its mention, so that the graph knows its name
                _add_org(ctx, o, ins.evidence[0].start, ins.evidence[0].end, "org.inspector-of")
    for n, (ins, _) in enumerate(groups):
        ins.local_id = n
    return groups


# "a follow-up inspection in October 2016", "an inspection carried out in May 2019": the mention's own date
_DATED_TRIGGER = re.compile(r"[^.;]{0,30}?\b(?:in|on|during)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\b")


def _months_apart(a: list[str], b: list[str], gap: int = 3) -> bool:
    """Whether every month-dated visit of A lies GAP months or more from every one of B (a visit over two
    months is one visit)."""
    def n(v: str) -> int:
        return int(v[:4]) * 12 + int(v[5:7])
    a, b = [v for v in a if len(v) >= 7], [v for v in b if len(v) >= 7]
    return bool(a) and bool(b) and all(abs(n(x) - n(y)) >= gap for x in a for y in b)


def _other_inspectors(ctx: Ctx, m: Mention, mi: Inspection) -> bool:
    """A mention of the body's inspection by regulators other than the main one's, with no framework that
    joins them and each fit to inspect the body ("an 'Outstanding' for use of resources by an NHS Improvement
    inspection" beside the CQC's): an inspection of its own."""
    if m.trigger is None or not m.inspectors or not mi.inspectors or set(m.inspectors) & set(mi.inspectors):
        return False
    both = set(m.inspectors) | set(mi.inspectors)
    if ctx.lex.frameworks and any(both <= set(f.inspectorates) for f in ctx.lex.frameworks.ordered()):
        return False
    subj = ctx.out.orgs.get(m.subject or mi.subject)
    return subj is not None and all(fits_remit(ctx.lex, o, described(ctx, subj)) for o in m.inspectors)


def _when(ins: Inspection) -> str:
    """The date an inspection is known by: its visit, else its report."""
    return ins.visited or ins.published


def _before(a: Inspection, b: Inspection) -> bool:
    """Whether inspection A was visited, or reported, wholly before B (a bare year only before another year);
    a visit before a report may be one inspection's."""
    x, y = (a.visited, b.visited) if a.visited and b.visited else (a.published, b.published)
    if not x or not y:
        return False
    n = min(len(x), len(y), 7)
    return x[:n] < y[:n]


def _latest_current(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]],
                    main: tuple[Inspection, list[Mention]] | None) -> tuple[Inspection, list[Mention]] | None:
    """Articles often tell a body's story in order ("first inspected in December 2015 ... a follow-up
    inspection in August 2016 found ..."): of two inspections of one body that the text dates and does not
    call earlier, the one dated before the other is the earlier one, and the latest is the article's own."""
    current = [g for g in groups if not g[0].previous and _when(g[0])]
    for g in current:
        later = [h for h in current if h is not g and h[0].subject == g[0].subject and _before(g[0], h[0])]
        if later:
            g[0].previous = True
            if main is g:
                main = max(later, key=lambda h: _when(h[0]))
    return main


def _remit_inspector(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]], doc_insp: list[str]) -> None:
    """An inspection none of whose inspectorates has the inspected body's kind in its remit ("Ofsted had rated
    education provision as good" at a prison) is led by the one inspectorate the text names whose remit holds it
    (HM Inspectorate of Prisons, named in "a report by HM Inspectorate of Prisons said ...")."""
    for ins, _ in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is None or not ins.inspectors:
            continue
        words_ = described(ctx, subj)
        if any(fits_remit(ctx.lex, o, words_) for o in ins.inspectors):
            continue
        fit = [o for o in doc_insp if o not in ins.inspectors and fits_remit(ctx.lex, o, words_)]
        if len(fit) == 1:
            ins.inspectors.insert(0, fit[0])


def _council_service(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """A council taken for the inspected body by an inspectorate whose remit is not councils but one of their
    services ("Council bosses ... their youth justice service ... the management of the Leicestershire Youth and
    Justice Service", HM Inspectorate of Probation): the one service of the council's area the text names."""
    for ins, _ in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is None or subj.kind != "local authority" or not ins.inspectors or not subj.area \
                or any(fits_remit(ctx.lex, o, described(ctx, subj)) for o in ins.inspectors):
            continue
        place = ctx.lex.places.get(subj.area)
        if place is None:
            continue
        fit = [o for o in ctx.out.orgs.values() if o.key != subj.key and o.kind not in ("inspectorate", "local authority")
               and o.label.startswith(place.label + " ")
               and any(fits_remit(ctx.lex, i, described(ctx, o)) for i in ins.inspectors)]
        if len(fit) == 1:
            ins.subject = fit[0].key


def _one_of_namesakes(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """Two inspectorates known by one name ("HMIP": prisons and probation) on one inspection: the one whose remit
    holds the inspected body's kind is the inspector, the other was named by the shared name."""
    lex = ctx.lex
    for ins, _ in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if len(ins.inspectors) < 2 or subj is None:
            continue
        words_ = described(ctx, subj)
        # the names the lexicon knows and those the text gives ("Inspectorate of Probation (HMIP)")
        names = {o: {norm(a) for a in [lex.orgs[o].label, *lex.orgs[o].aliases,
                                       *(ctx.out.orgs[o].aliases if o in ctx.out.orgs else ())]}
                 for o in ins.inspectors if o in lex.orgs}
        drop = {a for a in names for b in names if a != b and names[a] & names[b]
                and fits_remit(lex, b, words_) and not fits_remit(lex, a, words_)}
        if drop and len(drop) < len(ins.inspectors):
            ins.inspectors = [o for o in ins.inspectors if o not in drop]


def _visit_before_report(ctx: Ctx, ins: Inspection) -> None:
    """A visit comes before its report: in an article with no date of its own, a month named without a year
    ("inspectors visited in March") counts forward from the latest date given, which may be the report's own;
    a visit that lands after the report is the year before's."""
    if not ctx.doc_dated and len(ins.visited) >= 7 and len(ins.published) >= 7 and ins.visited[:7] > ins.published[:7]:
        ins.visited = f"{int(ins.visited[:4]) - 1:04d}{ins.visited[4:]}"


def _prune_passing(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> list[tuple[Inspection, list[Mention]]]:
    """An earlier inspection of the main subject named only in passing ("last inspected in 2019", "the first
    full inspection since 2022") is no inspection of its own: one is kept only when the text gives it both a
    grade and a date. A same-subject split that is not an earlier one ("It follows inspections in October")
    was the main inspection's own visit: its dates go to the main inspection."""
    if len(groups) < 2:
        return groups
    main = next((g for g in groups if not g[0].previous), groups[0])[0]
    graded = {j.inspection for j in ctx.out.judgements}
    keep = []
    for g in groups:
        ins = g[0]
        dated = bool(ins.visited or ins.published)
        if ins is main or (ins.local_id in graded and dated) \
                or (not ins.previous and (ins.kind != main.kind or ins.subject != main.subject
                                          or not set(ins.inspectors) & set(main.inspectors))):
            keep.append(g)  # a graded and dated earlier inspection, another body, another kind of visit or regulator
            continue
        if not ins.previous and ins.local_id not in graded:
            main.visited = main.visited or ins.visited
            main.published = main.published or ins.published
        ctx.out.judgements = [j for j in ctx.out.judgements if j.inspection != ins.local_id]
    if len(keep) == len(groups):
        return groups
    renum = {ins.local_id: n for n, (ins, _) in enumerate(keep)}
    for j in ctx.out.judgements:
        j.inspection = renum[j.inspection]
    for ins, _ in keep:
        ins.local_id = renum[ins.local_id]
    return keep
