"""Judgements: grades given to an inspection's aspects, from grade lists and running text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..lexicon import Lexicon, norm
from ..model import Inspection, Judgement
from . import graded
from .areas import place_where
from .context import Ctx, _ev
from .inspections import Mention, section_body
from .near import near_aspect, reworded, stems
from .owned import OVERALL as _OVERALL
from .owned import area_sets, described, fits_remit_of, namers, on_scale
from .owned import one_framework as _one_framework
from .owned import own_aspect as _own_aspect
from .phrases import (
    _COMMA,
    _GENERIC_SUBJECT,
    _NP_FRAME,
    BODY_POSSESSIVE,
    _aspect_run,
    _aspects_in_np,
    _bare_np,
    _colon_list,
    _is_subject_np,
    _mask_commas,
    ability_list,
    aspect_of,
    gapped_run,
)
from .quotes import _paragraphs
from .referents import SERVICES_ALT, naming_spots
from .rules import pattern, pattern_text, words

# The inspection itself as the subject of a rating: "An inspection in November has resulted in a 'good' rating".
_INSPECTION_NP = re.compile(r"(?:an?|the|this|its|their|[\w’']+[’']s)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:inspection|re-inspection|visit|report|review|assessment)\b", re.I)

# A council's whole service, graded as one ("... for its children's services"): the overall grade.
_WHOLE_SERVICE = re.compile(rf"(?:its\s+|the\s+|their\s+)?(?:{SERVICES_ALT})\b", re.I)


@lru_cache(maxsize=4)
def _grade_res(lex: Lexicon) -> tuple[str, re.Pattern, re.Pattern]:
    """The grade regexes, made from the frameworks' grade names: a group, a list item "Aspect – Grade", any grade."""
    assert lex.frameworks is not None
    words = lex.frameworks.word_pattern()
    # The separator may be a dash, colon, bar, tab or a run of spaces (a table laid out in columns); a grade
    # number may stand before the grade ("Quality of staffing - Grade 4 - Good").
    # A key question asked as one ("Are services safe? Good") needs no other separator than its question mark.
    # A grade alone in brackets after its area is one too ("Making best use of resources (requires improvement)").
    list_item = re.compile(r"(?P<aspect>[A-Z][A-Za-z ,’'&/()?-]{1,100}?)(?:\s*(?:–|—|:|\||-{1,2}|\t| {2,})|(?<=\?)|"
                           r"(?P<bare>(?=\s+\d\s*\())|\s*\((?=\s*(?:" + words + r")\s*\)))\s*"
                           r"(?:(?:grade\s*)?\d\s*(?:–|—|:|\||-{1,2}|\t| {2,}|\()\s*)?(?P<grade>" + words
                           + r")\b\)?(?!\s+(?:practice|standard|quality))", re.I)
    return f"({words})", list_item, re.compile(rf"\b(?:{words})\b", re.I)


@lru_cache(maxsize=4)
def _graded_lead(lex: Lexicon) -> re.Pattern:
    """A line that ends with a grade and a colon before its list of areas ("rated the service as good at:")."""
    # ("achieved 'good' in all categories:" over the areas, one a line)
    return re.compile(r"(?P<grade>" + _grade_res(lex)[0][1:-1] + r")['’\"”]?\s+(?:at|in|for|across|on)\s*"
                      r"(?:the\s+following(?:\s+[a-z]+)?\s*|(?:all|each|every)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
                      rf"(?:(?:{graded.alternation('number_words')}|\d)\s+)?(?:key\s+)?(?:{graded.alternation('area_nouns')})\s*)?:\s*$",
                      re.I)


def _bracketed_scores(lex: Lexicon, text: str) -> str:
    """TEXT with a score beside its grade in brackets blanked out, "5 (very good)" and "very good (5)" read as
    "very good" (same length, so every offset still holds)."""
    words = _grade_res(lex)[0]
    rx = re.compile(rf"\b(?:grade\s+)?\d\s*\(\s*{words}\s*\)|\b{words}\s*\(\s*(?:grade\s+)?\d\s*\)", re.I)

    def blank(m: re.Match) -> str:
        a, b = re.search(words, m.group(0), re.I).span()
        # ("a grade 5 (very good)" is "a grade of very good")
        lead = "grade of".ljust(a) if a >= 9 and m.group(0)[:5].casefold() == "grade" else " " * a
        return lead + m.group(0)[a:b] + " " * (len(m.group(0)) - b)
    return rx.sub(blank, text) if re.search(r"\d\s*\(|\(\s*(?:grade\s+)?\d", text) else text


# "... to be providing services that require improvement", "provides a service which is good": the body's whole grade
_SERVICES_THAT = pattern("judgement_forms", "services_that")
# "For all of these areas, the rating was 'Good'": every area the text named or counted before has the grade
_ALL_BEFORE = re.compile(rf"\b(?:for|in|across|on)\s+(?:all|each|every\s+one)\s+(?:of\s+)?(?:these|those|the|its|their|them)?\s*"
                         rf"(?:(?:{graded.alternation('number_words')}|\d)\s+)?(?:(?:key\s+)?(?:{graded.alternation('area_nouns')}))?"
                         r"\s*,?\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+)?(?:rating|grade|judge?ment|result)s?\s+(?:was|were|is|are)\s+"
                         r"(?:rated\s+|judged\s+|graded\s+)?(?:as\s+)?['‘\"“]?$", re.I)
# "Each was rated as Outstanding", "Each of these areas was judged good": a grade of each area named before
_EACH_WAS = re.compile(r"\s*(?:Each|All|Both)(?:\s+(?:one|of\s+(?:these|them|those|the\s+\w+)))?(?:\s+(?:areas?|categories|"
                       r"aspects|judge?ments))?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:rated|judged|graded|assessed)"
                       r"\s+(?:as\s+)?['‘\"“]?")
# "a 'very good' rating across the board", "rated 'very good' across all areas": every area has the grade
_ACROSS_THE_BOARD = re.compile(r"['’\"”]?\s+(?:(?:overall\s+)?(?:rating|grade|grading)s?\s+)?(?:across\s+the\s+board|all\s+round|"
                               rf"(?:in|across)\s+all\s+(?:the\s+|its\s+)?(?:{graded.alternation('area_nouns')}))\b", re.I)
_OWNER_ACRONYM = re.compile(r"(?<=[’']s) \([A-Z]{2,6}\)(?= )")
# A grade measured against tests it lists after it ("good in both against the four 'healthy prison' tests of ...")
_AGAINST_TESTS = re.compile(r"['’\"”]?\s+(?:(?:in|at|for)\s+(?:both|all|each|every)\s+(?:[\w-]+\s+){0,2}?)?against\s+(?:the|its|their|all)\s+"
                            r"(?:[\w‘’'-]+\s+){0,4}?tests?\s+(?:of|for)\b", re.I)


_SUBJECT_WORDS = {"council", "authority", "service", "services", "division", "region", "area", "trust", "force",
                  "provider", "home", "it", "organisation", "department", "partnership", "children's", "children’s",
                  "cafcass", "unit", "team", "board", "agency", "prison", "hospital", "practice", "overall", "work"}


def _whole_service(np: str) -> bool:
    """Words for a council's service as a whole ("Council children's services", "York's services for children and
    young people", "the council's children's services department"): graded, its overall grade."""
    return bool(re.fullmatch(r"(?:(?:the|its|their|a)\s+)?(?:(?:council|county|city|borough|local\s+authority)[’']?s?\s+|"
                             r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[’']s\s+)?" + _WHOLE_SERVICE.pattern
                             + r"(?:\s+(?:department|directorate|service))?", _bare_np(np).strip(), re.I))


def _is_generic_kind(np: str) -> bool:
    """A body by its kind with "a" or "the" ("an NHS 111 provider", "the care home"), not a pronoun or
    "services"."""
    return bool(re.match(r"\s*(?:an?|the)\s+\S", np, re.I))


# Verbs that give a grade ("ranked the quality of care as weak", "evaluated as good" in Scotland).
_RATE = "rated|graded|judged|assessed|ranked|classed|classified|scored|marked|evaluated|deemed|labelled|labeled|branded|described" \
    r"|(?<=\bdid\s)(?:rate|grade|judge|find)"  # ("The report did rate the trust as good for ...": the verb after "did")


_VERB_CHAIN = re.compile(r"(?:\b(?:was|were|is|are|has|have|had|been|be|being|both|each|all|also|now|still|"
                         rf"{_RATE}|found|identified|uncovered|deemed|considered|regarded|viewed|seen|reported|described|to|as|remains?|remained|branded|"
                         r"declared|labelled|labeled|given|awarded|handed|kept|retained|re-rated|listed|(?:re-?)?categori[sz]ed|re-?classified|re-?graded|re-?assessed|"
                         r"overall|once|again|previously|currently|"
                         # ("the sixth form is securely good": how firmly the grade holds)
                         r"securely|solidly|firmly|consistently|clearly|comfortably|"
                         # "Adoption was also singled out as 'good'"
                         r"(?:singled|picked|marked)\s+out|"
                         # "the hospital achieving outstanding for being caring"
                         r"achieved|achieving|achieves|achieve|gained|gaining|secured|securing|earned|earning|"
                         # ("Glenmoor received: excellent for A; very good for B": the grades listed after the verb)
                         r"(?:achieved|gained|secured|earned|received|got|scored)\s*:|"
                         # "the partnership's arrangements lead to inconsistent experiences and outcomes" (area SEND)
                         r"(?<![\w-])(?:lead|leads|led)(?=\s+to\b)|typically|"
                         # "were all at the expected standard" (the 2025 report cards)
                         r"at\s+the|"
                         # "had remained at reasonably good", "stayed at good": a grade held
                         r"(?:remain(?:s|ed)?|stay(?:s|ed)?|stood|stands)\s+at)\s+)+$", re.I)


# "weak in the categories of A, B and C", "satisfactory in the field of D": the list's own noun before its items
# ("in markers relating to safety, responsiveness and leadership")
_AREAS_OF = rf"(?:(?:{graded.alternation('area_nouns')}|fields?)\s+(?:of|relating\s+to|related\s+to|concerning|(?:such\s+as|including)(?=\s+[‘'“\"]))\s+)?"


# The areas a verb grades, counted and quoted before their grade: "judged the three categories 'A', 'B', and 'C'
# all to be outstanding"
_QUOTED_OBJ = re.compile(rf"\b(?:{_RATE}|rates|grades|found)\s+((?:the\s+)?(?:{graded.alternation('number_words')}|\d+)\s+"
                         rf"(?:{graded.alternation('area_nouns')})\s+[‘“'\"][^.;:]{{2,300}}?[’”'\"](?:\s+(?:all|both))?)"
                         r"\s+(?:to\s+be\s+|as\s+)?$", re.I)


def _ending_aspect(lex, name: str) -> str:
    """The aspect a name in the writer's words ends with ("progress of children who need help and protection": the
    aspect "children who need help and protection"), or ""."""
    words = name.split()
    return next((hit for k in range(1, len(words) - 1) if (hit := lex.aspect_for(" ".join(words[k:])))), "")


# An area put before the clause that grades it: "under leadership and capability, the inspectors gave a good grading"
_FRONTED = re.compile(r"(?:^|[;:]\s*|\b(?:as|and|but|while)\s+)(?:under|for|in|on)\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:(?:area|heading|question|theme)\s+of\s+)?([^,;]{3,60}?),\s+[^,;]*$", re.I)
_FRONTED_BARE = re.compile(r"\s*(?:for|in|on|under)\s+(?:the\s+|its\s+|their\s+)?([^,;]{3,60}?)\s+"
                           r"(?:the|it|they|this)\s+[a-z]", re.I)
# A subject that says nothing was given the grade: "No service was rated as inadequate", "None of its wards".
_NEGATED_SUBJECT = re.compile(r"\s*(?:no|none|neither|not\s+(?:one|a\s+single|any))\b", re.I)
# A second grade sharing the verb of the one before: "..., and the quality of its partnerships 'Outstanding'".
_GAPPED = re.compile(r"['’\"”]?\s*,?\s+and\s+(?P<np>(?:the|its|their)\s+[^,;.'‘’\"“”]{3,90}?)\s*['‘\"“]?")
# A grade named as a step of the scale away from the one given ("one down from the highest rating of
# 'outstanding'", "one above the lowest rating of 'inadequate'"): no judgement.
_SCALE_STEP = re.compile(r"\b(?:one|two|three|a)\s+(?:grade\s+|step\s+|rating\s+|place\s+)?(?:above|below|under|over|short\s+of|"
                         r"(?:down|up|away)\s+from)\s+(?:the\s+(?:very\s+)?(?:highest|lowest|top|bottom|best|worst)\s+"
                         r"(?:possible\s+)?(?:rating|grade|mark|judge?ment|category|level)\s*(?:of|,|:|–|-)?\s*)?['‘\"“]?$", re.I)
# "received the lowest rating possible", "was given the top grade": a grade named by its end of the scale
_WORST = words("judgement_forms", "worst_words")
_NO_OVERALL = words("judgement_forms", "no_overall_inspectorates")
_STANDING = re.compile(pattern_text("judgement_forms", "standing"))
_THEN_NOW = pattern("earlier", "then_now")
# "The same grade was given for A and B", "It received the same rating for A": the grade just given, for more areas
_OVERALL_TOO = pattern("judgement_forms", "overall_too")
_SAME_GRADE = re.compile(r"\b(?:the\s+)?same\s+(?:grade|rating|grading|judge?ment)\s+(?:was|were|has\s+been|had\s+been)\s+"
                         r"(?:given|awarded|achieved|received)\s+(?:for|to|in)\s+(?P<list>[^.;!?]+)|\b(?:received|was\s+given|"
                         r"achieved|got|gained)\s+the\s+same\s+(?:grade|rating|grading|judge?ment)\s+(?:for|in)\s+(?P<list2>[^.;!?]+)|"
                         # "The higher grades were for A and B": the better of the two grades just given
                         r"\b(?:the\s+)?(?P<cmp>higher|highest|better|best|top|lower|lowest|worse|worst)\s+(?:grades?|ratings?|"
                         r"gradings?)\s+(?:were|was|went)\s+(?:(?:given|awarded)\s+)?(?:for|to|in)\s+(?P<list3>[^.;!?]+)", re.I)
# "..., so have the ratings for A, B and C": an inverted clause that gives the areas the grade just moved to
_SO_HAVE = re.compile(r"['’\"”]?\s*,?\s+so\s+(?:have|has|had|did|were|was)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+)?"
                      r"(?:ratings?|grades?)\s+(?:for|of)\s+(?P<list>[^.;]+)", re.I)
_PREVIOUSLY_RATED = pattern("earlier", "previously_rated")
_EARLIER_HEADING = pattern("earlier", "earlier_heading")


# A list item "• LEAD – ...", the words after the dash in lower case and naming no aspect of their own ("the
# overall rating has", "this was not re-rated and remains"): the grade is LEAD's.
# "... rated our service to be particularly good at:" over a bulleted list of areas; a statement that reports it
# "– Understanding the risk of fire": a line that is one bulleted or dashed item
_DASH_ITEM = re.compile(r"[•·●▪◦*–—-]\s*(?P<item>[A-Za-z][^\n:;]{2,140})")
_BULLET_ITEM = re.compile(r"\s*(?:[•·●▪◦*-]|\(?(?:\d{1,2}|[a-h])[.)])\s*(?P<item>[A-Za-z][^\n:;–—]{2,120}?)\s*[.;,]?\s*[”\"]?")
_REPORTED = re.compile(r"\b(?:rated|judged|graded|assessed|found|deemed|recognised|considered)\b", re.I)
_BULLET_LEAD = re.compile(r"\s*[•·●▪*]\s*(?P<lead>[A-Z][^–—\n:;]{2,140}?)\s+[–—]\s+(?P<rest>(?:[a-z’'-]+\s+){0,8})")
_NP_BOUNDARY = re.compile(r";|:|\(|\d{4}\s[—–]\s|\b(?:that|which|where|while|whilst|whereas|although|though|but|(?<!looked\s)after|because|"
                          r"said|says|saying|stating|found|finding|concluded|concluding|reported|judged|rated|considered|and found|when)\b", re.I)


# Between a body named as a rating verb's object and its grade: a town or an apposition ("X, a care home in Y,"),
# "as" or "to be", a quote mark.
_KIND_AFTER = "|".join(sorted(map(re.escape, words("bodies", "kind_nouns_after_name")), key=len, reverse=True))
_AFTER_BODY = re.compile(rf"(?:\s+(?:{_KIND_AFTER})\b)?"
                         r"(?:,?\s+(?:in|at|near)\s+[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?,?|,\s+(?:an?|the)\s+[^,.;:]{2,60},|"
                         r",\s+(?:which|who)\s+[^,.;:]{2,80},|"  # ", which covers Shropshire and Herefordshire,"
                         r",\s+(?:in|at|near|on|off)\s+(?:the\s+)?[A-Z][^,.;:]{2,40},|"  # ", on Marine Drive,"
                         rf"[’']s\s+(?i:{SERVICES_ALT}|(?:education\s+|social care\s+)?services)|"
                         rf"\s+(?i:{SERVICES_ALT}))?"  # "rated Exeter City Council children's services as good"
                         r"\s+(?:as\s+|to\s+be\s+)?(?:an?\s+)?['‘\"“]?")


_PRONOUN = re.compile(r"(?:it|they|this|that|(?:and\s+|but\s+)?(?:it|they))(?:\s+(?:has|have|had|was|were|is|are|also|now|"
                      r"only|then|just|been))*", re.I)


# A list item's label that is the rating itself: "Ofsted rating: Good", "Previous rating: Requires improvement".
_RATING_LABEL = re.compile(r"(?P<old>(?:previous|last|prior|earlier|old|former)\s+)?(?:(?:ofsted|cqc|overall|current|latest|"
                           r"new|inspection|the|our|its)\s+)*(?:rating|grade|judgement|judgment|result|outcome|verdict)",
                           re.I)


# "since its last full inspection, when it was rated": the grade of the inspection before
_LAST_WHEN = re.compile(r"\b(?:last|previous|prior|earlier|first)\s+(?:full\s+|graded\s+)?(?:inspection|visit|assessment|report)"
                        r"(?:\s+in\s+[\w ]{3,20}?)?,?\s+(?:when|where|at\s+which)\s+[^.;:]{1,40}$", re.I)
# ("rated X, down from Y at its last inspection": the last inspection is Y's, not X's)
_LAST_TIME = re.compile(r"(?:(?!\b(?:down|up)\s+from\b)[^.;]){0,30}?\b(?:at|in|during|from|after)\s+(?:its|their|the|his|her)\s+(?:last|previous|prior|"
                        r"earlier|first)\s+(?:full\s+|graded\s+|ofsted\s+|cqc\s+)?(?:inspection|visit|assessment|report)",
                        re.I)


_AIMED_AT = pattern("judgement_forms", "aimed_at")
_COULD_BE = pattern("judgement_forms", "could_be")
# "rated 'inadequate' in both": the areas a list before it named (the count, when it gives one)
_IN_BOTH = re.compile(r"['’\"”]?\s+(?:in|for)\s+(?:(both)|(?:all|each)\s+(?:of\s+them|(two|three|four|five)))\b", re.I)
_COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_SET_APART = re.compile(r"(?:\s[-–—]\s|\()((?:(?!\s[-–—]\s)[^()]){3,120}?)(?:\s[-–—]\s|\))")  # "- A and B -", "(A, B)"
_FOUND_AFTER = re.compile(r"['’\"”]?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:found|identified|uncovered)\b")
_GRADE_LINE_ITEMS = re.compile(r",\s*(?:and\s+)?(?:as\s+well\s+as\s+)?|,?\s+as\s+well\s+as\s+")
_GENERIC_PLURAL = pattern("judgement_forms", "bodies_in_general")  # ("services given 'outstanding' ratings are")
_NEEDS_TO_IMPROVE = re.compile(r"\b(?:needs?|needed)\s+to\s+improve\s+(?:its|their|the)\s+", re.I)
_ALONG_WITH = re.compile(r"\b(?:graded|rated|judged|assessed|deemed|found)(?P<aside>,\s+(?:along|together)\s+with\s+"
                         r"(?P<also>[^,;]{3,80}),)\s+(?:as|to\s+be)\s+$", re.I)
_PAST_COPULA = re.compile(r"\b(?:was|were|had\s+been)\b", re.I)
_PRESENT = re.compile(r"\b(?:is|are|now|has\s+been|have\s+been|this|latest|new)\b", re.I)


def _judgements(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """Every graded judgement of the document: grade lists, score lists, then each grade in running text."""
    if not groups:
        return
    judging = _Judging(ctx, groups)
    judging.roundup()
    judging.grid()
    judging.lists()
    judging.grade_headings()
    judging.graded_leads()
    judging.cells()
    judging.respectively()
    for g in judging.grade_spans:
        judging.span(g)
    judging.areas_named_apart()
    judging.so_have()
    judging.same_grade()
    judging.ratings_were_for()
    judging.needs_to_improve()
    judging.by_standing()
    _one_framework(ctx, [i for i, _ in groups])
    _own_overall(ctx, judging, groups)
    _overall_grades(ctx, groups)


def overall_too(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """The overall grade a sentence gives as well as the areas' (after the clause forms have read the areas)."""
    if not groups or not _OVERALL_TOO.search(ctx.doc.text):
        return  # (most documents say no such thing: no second reading of their grades)
    judging = _Judging(ctx, groups)
    before = len(ctx.out.judgements)
    judging.overall_too()
    if len(ctx.out.judgements) > before:
        _own_overall(ctx, judging, groups)  # (its name and the inspection's overall grade, as for the others)
        _overall_grades(ctx, groups)


def _own_overall(ctx: Ctx, judging: _Judging, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """The overall judgement under the name the inspection's frameworks give it, when they agree on one ("Overall
    rating" of a youth justice service, "Overall" of a CQC rating); "Overall effectiveness" otherwise."""
    for ins, _ in groups:
        fws = ctx.lex.frameworks.for_inspectorates(ins.inspectors, judging.year_of(ins))
        # (the inspectorates' own frameworks, not those they join another's in: the CQC's, not Ofsted's SLAC)
        fws = [f for f in fws if f.inspectorates[0] in ins.inspectors] or fws
        # (those whose remit names what was inspected: a children's home's SCCIF, not every Ofsted framework)
        kind = described(ctx, ctx.out.orgs.get(ins.subject))
        fitting = [f for f in fws if kind and fits_remit_of(f, kind)]
        overall = [j for j in ctx.out.judgements if j.inspection == ins.local_id and norm(j.aspect) in _OVERALL]
        # (or whose scale alone has the grade given: "widespread and/or systemic failings" is the 2023 area SEND
        # framework's, whose headline judgement is its "Overall outcome")
        graded = [f for f in fws if overall and all(on_scale(ctx.lex, f, j.grade) for j in overall)]
        fws = fitting or fws
        one = graded if len(graded) == 1 else fitting if len(fitting) == 1 else []
        # (a framework whose headline judgement is named otherwise, "Overall experiences and progress of children
        # and young people", when the body's kind or the grade says it is the one)
        labels = {a.label for f in (one or fws) for a in f.aspects if norm(a.label) in _OVERALL
                  or one and norm(a.label).startswith("overall ")}
        # ("found the overall experience of children was 'outstanding'": the framework's headline judgement, named;
        # the bare overall grade of the same sentence's reading is the same judgement)
        headline = [j for j in ctx.out.judgements if j.inspection == ins.local_id and norm(j.aspect) not in _OVERALL
                    and norm(j.aspect).startswith("overall ") and j.aspect in ctx.lex.aspects]
        if overall and headline and {j.grade for j in overall} == {j.grade for j in headline}:
            ctx.out.judgements[:] = [j for j in ctx.out.judgements if not any(j is o for o in overall)]
            continue
        if len(labels) != 1:
            continue
        label = labels.pop()
        for j in overall:
            j.aspect = label


# rules/judgement_forms.yaml: an earlier inspection's grading verb, the same change for further areas, a count of
# areas out of all of them, words that point back
_EARLIER_FOUND = pattern("judgement_forms", "earlier_found")
_AS_HAVE = pattern("judgement_forms", "as_have")
_OUT_OF_AREAS = pattern("judgement_forms", "out_of_areas")
_RATINGS_FOR = pattern("judgement_forms", "ratings_for")
_SINGLE_AREA = pattern("judgement_forms", "single_area")
_KEPT_RATING = pattern("judgement_forms", "kept_rating")
_POINTS_BACK = pattern("judgement_forms", "points_back")


def in_own_words(ctx: Ctx) -> None:
    """A framework's aspect the text names in words of its own that neither hold the framework's name nor are
    held by it ("Understanding risk: Good" for "Understanding the risk of fire and other emergencies") is kept
    in the text's words, which the graph links to the framework's aspect (as a list item's are)."""
    sents = list(ctx.sp.sents)
    names = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence]
    for j in ctx.out.judgements:
        if j.evidence is None or j.aspect not in ctx.lex.aspects or norm(j.aspect) in _OVERALL \
                or norm(j.aspect).startswith("overall "):
            continue  # (a framework's headline judgement keeps the framework's name)
        s, e = j.evidence.start, j.evidence.end
        near = [x for x in sents if x.start_char < e and s < x.end_char] or [None]
        lo, hi = (near[0].start_char, near[-1].end_char) if near[0] is not None else (s, e)
        # (not words inside a body's name: "the Adult Education Service")
        spans = [a for a in ctx.lex_spans if a.label_ == "ASPECT" and a.kb_id_ == j.aspect and lo <= a.start_char < hi
                 and not any(s0 <= a.start_char < e0 for s0, e0 in names)
                 and not re.match(r" [A-Z]", ctx.doc.text[a.end_char:a.end_char + 2])]
        if not spans:
            continue
        a = min(spans, key=lambda a: abs(a.start_char - s))
        said = re.sub(r"^(?:the|its|their|being)\s+", "", a.text.strip(" '‘’\"“”"), flags=re.I)
        n_said, n_label = norm(said), norm(j.aspect)
        # (not a word or the name with words put in: "efficient", "prospects for further improvement")
        # (words that point back, "how well they are helped", name nothing: the framework's name is the aspect's)
        if 2 <= len(said.split()) <= 12 and n_said not in n_label and n_label not in n_said and not _POINTS_BACK.search(said) \
                and not (stems(n_label) <= stems(n_said) and len(said.split()) <= len(n_label.split()) + 1):
            j.aspect = said[:1].upper() + said[1:]


_OTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous|prior|earlier|next)\s+(?:year|inspection|visit|time)\b|"
                         r"\bmonitoring\s+visit|\bwhen\b|\bthen\b", re.I)
# "The college has been graded regarding A, B and C", "inspectors looked at A, B and C": the areas graded
_GRADED_ON = re.compile(r"\b(?:graded|rated|judged|assessed|inspected|examined|looked\s+at)\s+(?:regarding|on|in|for|across|against)\s+"
                        r"(?:the\s+following\s+(?:areas|categories)\s*:?\s*)?"
                        # "The full inspection assessed the quality of A, B and the impact of C"
                        r"|\b(?:assessed|examined|looked\s+at|considered)\s+(?=the\s)"
                        r"|\binspectors\s+(?:looked\s+at|examined|assessed)\s+"
                        r"(?:(?:the\s+[\w-]+|its|their)(?:[’']s)?\s+)?"
                        # "a graded judgement in three areas of its work, which are: A, B and C"
                        r"|\b(?:areas|categories|judgements)\b[^.:;]{0,60}?,?\s+which\s+are\s*:?\s*"
                        # "Estyn looks at the following five areas: A; B; and C"
                        rf"|\b(?:following|these|the|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:{graded.alternation('area_nouns')})"
                        r"\s*(?:are|were|include|including)?\s*:\s*"
                        # "the report is broken down into four main categories covering A; the B; the C; and D"
                        rf"|\b(?:{graded.alternation('area_nouns')})\s+(?:covering|which\s+cover(?:ed)?|namely)\s+"
                        # "against their five domains of safe, effective, caring, responsive and well-led services"
                        rf"|\b(?:against|on|in|across)\s+(?:the|its|their)\s+(?:\w+\s+){{0,2}}(?:{graded.alternation('area_nouns')})"
                        r"\s+of\s+",
                        re.I)
def _and_parts(lex: Lexicon, text: str) -> list[str]:
    """The items of a list of aspects parted by commas, "and" and slashes, where items joined again make an
    aspect's name ("curriculum and teaching and achievement": "curriculum and teaching", "achievement")."""
    bits = re.split(r"(,?\s+and\s+|,?\s+as\s+well\s+as\s+|\s*/\s*|,\s*)", text)  # ("A as well as B and C")
    items, seps = bits[0::2], bits[1::2]
    out, i = [], 0
    while i < len(items):
        j = next((j for j in range(len(items), i + 1, -1)
                  if all(re.fullmatch(r"\s+and\s+", sep) for sep in seps[i:j - 1])
                  and aspect_of(lex, " and ".join(x.strip() for x in items[i:j]))), i + 1)
        out.append(" and ".join(x.strip() for x in items[i:j]) if j > i + 1 else items[i])
        i = j
    return out


def _semicolon_list(lex: Lexicon, rest: str) -> list[str]:
    """The aspects of a list whose items stand apart by semicolons ("A; B; C; and D"), items that name one aspect
    together kept together ("personal development; behaviour and welfare"); up to the first item that is none."""
    text = re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]
    if text.count(";") < 2 and not re.search(r";\s*(?:and|or)\s", text):
        return []  # (one semicolon makes a list when "and" follows it: "A, B and C; and D")
    items = [re.sub(r"^(?:and|or)\s+", "", x.strip(" ,")) for x in text.split(";")]
    # ("...; being well led and the hospice was rated as": the list ends where a new clause opens)
    items[-1] = re.sub(r",?\s+(?:and|but|while|whilst|whereas)\s+(?:the|it|its|they|their|this)\b.*$", "", items[-1], flags=re.S)
    out: list[str] = []
    k = 0
    while k < len(items):
        pair = aspect_of(lex, f"{items[k]}, {items[k + 1]}") if k + 1 < len(items) else ""
        if pair:
            out.append(pair)
            k += 2
            continue
        whole = aspect_of(lex, items[k])
        hits = [whole] if whole else _aspect_run(lex, items[k], whole=True)
        if not hits:
            break
        out += hits
        k += 1
    return out if len(out) >= 2 else []


def _items_after(lex: Lexicon, rest: str) -> list[str]:
    """Aspects a list names after the first one with the same grade: "outstanding in terms of A, based on B; C;
    and D". Every item must be an aspect."""
    m = re.search(r",\s*(?:based on|including|namely|covering)\s+(.+)$", rest, re.I | re.S)
    if m is None:
        return []
    parts = m.group(1).split(";") if ";" in m.group(1) else re.split(r",|\s+and\s+", m.group(1))
    items = [re.sub(r"^(?:and|or)\s+", "", x.strip(" .,")) for x in parts]
    found = [aspect_of(lex, x) for x in items if x]
    return found if len(found) >= 2 and all(found) else []


def _overall_grades(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """The overall grade: the overall aspect, or the one headline judgement of a single-aspect inspection."""
    for ins, _ in groups:
        js = [j for j in ctx.out.judgements if j.inspection == ins.local_id]
        # the overall aspect, else a framework's headline one ("Overall experiences and progress of children")
        overall = [j for j in js if norm(j.aspect) in _OVERALL] or [j for j in js if norm(j.aspect).startswith("overall ")]
        if overall:
            ins.overall = overall[0].grade
        elif len(js) == 1 and ("safeguarding" in norm(js[0].aspect) or ins.previous):
            # An earlier inspection named in passing ("rated good in 2019") has one grade: its overall one.
            ins.overall = js[0].grade


@dataclass
class _Cues:
    """What the words around a grade in running text say: the verb chain before it and how it is used."""

    chain: re.Match | None
    coordinated: bool
    verb_np: re.Match | None
    pron_obj: re.Match | None
    obj_np: re.Match | None
    only_obj: bool
    overall_after: re.Match | None


_WHICH_WAS = pattern("earlier", "which_was")
# "has led to the 'inadequate' judgement being lifted": the grade it had, now gone
_LIFTED = re.compile(r"['’\"”]?\s+(?:rating|judge?ment|grade|label|category)s?\s+(?:being\s+|was\s+|were\s+|has\s+been\s+|"
                     r"had\s+been\s+|have\s+been\s+|to\s+be\s+|is\s+)?(?:lifted|removed|overturned|dropped|scrapped|"
                     r"withdrawn)\b", re.I)


# "given a 4, meaning good, for ...", "rated as 3, which means adequate": a score, then its word
_MEANING = re.compile(r"\s*\b\d,?\s+(?:meaning|which\s+means|i\.e\.)\s+$", re.I)


# (the report itself the sayer: "Their report concluded:", "The inspectors' report said:", not "one parent said")
# A speaker's own words for a grade the inspectors gave ("our crime recording was graded Outstanding", "developing our
# workforce, which was recognised as Good by the HMICFRS"): a verb of grading in the past, then the grade
_OWN_GRADE_SAID = pattern("judgement_forms", "own_grade_said")
_REPORT_SAID = re.compile(r"\b(?:report|reports|inspectors?|inspectorate|findings|letter|regulator|watchdog|Ofsted|CQC|Estyn|"
                          r"HMICFRS)(?:[’']s?)?\s+(?:(?:also|itself|further|then|report|findings)\s+)?(?:said|says|concluded|"
                          r"concludes|stated|states|found|finds|added|adds|noted|notes|wrote|reads|read)\s*[:,]?\s*$", re.I)


def _as_written(lex: Lexicon, item: str) -> str:
    """A list item's aspect: the framework's name when the item says it in a word or two, or in words the
    name holds or that hold it; the item's own words otherwise ("how the local authority works with people"
    stays so, rather than "Working with people"). The graph links such words to the framework's aspect."""
    known = lex.aspect_for(item)
    item = " ".join(item.split()).strip(" .;,")

    def bare(name: str) -> str:  # (articles aside: "effectiveness of the leadership" is the framework's words)
        return re.sub(r"\b(?:the|a|an|its|their)\s+", "", norm(name))
    if not known or len(item.split()) <= 2 or bare(known) in bare(item) or bare(item) in bare(known):
        return known or item[:1].upper() + item[1:]
    return item[:1].upper() + item[1:]


# "Council's home support service": a body's own registered service, inspected as a whole.
_A_SERVICE = re.compile(r"(?i)((?:[\w-]+\s+){1,3}service)")
_OWN_SERVICE = re.compile(r"(?i)^(?:the\s+|a\s+)?(?:council|authority|trust|provider|charity|company)[’']s\s+((?:[\w-]+\s+){1,3}service)$")


class _Judging:
    """One document's judgements: which inspection a grade belongs to, and the rules that read grades."""

    def __init__(self, ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]):
        self.ctx, self.groups, self.lex = ctx, groups, ctx.lex
        # (lists are read in the text as written, where a run of spaces separates a table's columns)
        self.raw, self.text = ctx.doc.text, _bracketed_scores(ctx.lex, ctx.doc.text)
        # ("Kent County Council’s (KCC) children’s services": a body's short form between it and what it owns)
        self.text = _OWNER_ACRONYM.sub(lambda m: " " * len(m.group(0)), self.text)
        self.main = next((g for g in groups if not g[0].previous), groups[0])
        self.seen: set[tuple[int, str, str]] = set()
        self.grade_rx, self.list_item, self.any_grade = _grade_res(ctx.lex)
        # Where a list of aspects gives way to the next grade: "for A and 'strong standard' for B".
        # 'Five "Requires improvement" - A, B, C, D, E': a count, one grade, the areas it was given to
        self.counted_line_rx = re.compile(r"\s*(?:[•·▪◦*-]\s*)?(?P<n>\w+)\s+(?:(?:areas?|rated|graded|judged)\s+)?[‘'\"“]?(?P<grade>"
                                          + self.grade_rx[1:-1] + r")[’'\"”]?\s*(?:[:–—-]|\s(?:in|for))\s*"
                                          r"(?P<list>[^.;:]{3,400}?)\s*\.?", re.I)
        self.grade_line_rx = re.compile(r"\s*(?:[•·▪◦*-]\s*)?[‘'\"“]?(?P<grade>" + self.grade_rx[1:-1]
                                        + r")[’'\"”]?\s*[:–—-]\s*(?:(?:in|for|at)\s+)?"
                                        r"(?P<list>[a-z][^:]{3,300}?)\s*\.?\s*", re.I)
        self.next_grade = re.compile(r"(?:,\s*|\s+)(?:(?:and|but|while|with)\s+)?(?:an?\s+)?['‘\"“]?" + self.grade_rx
                                     + r"\b", re.I)
        self.list_spans: list[tuple[int, int]] = []
        self.grade_spans = [s for s in ctx.lex_spans if s.label_ == "GRADE"]
        # An aspect's name inside a body's name is no aspect ("Brookfield Surgery" is a practice, not surgery), nor
        # inside an inspectorate's ("the Education and Training Inspectorate" grades no education).
        names = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence]
        self.aspect_spans = [s for s in ctx.lex_spans if s.label_ == "ASPECT"
                             and not any(a <= s.start_char and s.end_char <= b and (a, b) != (s.start_char, s.end_char)
                                         for a, b in names)]
        self.prev_for: tuple[int, int] | None = None  # (sentence start, end) of the last "GRADE for ASPECT"
        self.read_grades: set[int] = set()  # where a form read a later grade with an earlier one ("except A, where")
        # "are graded as outstanding, good, adequate, requires improvement and inadequate": a scale's grades
        # listed, three or more with only commas, "and" or "or" between them, grade nobody
        run: list = []
        for g in [*self.grade_spans, None]:
            if g is not None and run and re.fullmatch(r"['’\"”]?\s*(?:,|,?\s+(?:and|or))\s*['‘\"“]?",
                                                      self.text[run[-1].end_char:g.start_char]):
                run.append(g)
                continue
            if len(run) >= 3:
                self.read_grades.update(x.start_char for x in run)
            run = [g] if g is not None else []
        self.every_area: list = []  # grades given to every area with none named ("good in all categories")

    def year_of(self, ins: Inspection) -> int | None:
        """The inspection's year: its visit's, its report's, else the document's; None when none is known."""
        year = (ins.visited or ins.published or self.ctx.doc.date)[:4]
        return int(year) if year.isdigit() else None

    @cached_property
    def inspectors_speaking(self) -> frozenset[str]:
        """The people who hold a post at an inspectorate: their quoted words are the inspection's findings."""
        orgs = self.ctx.out.orgs
        return frozenset(p.person for p in self.ctx.out.posts if p.org in orgs and orgs[p.org].kind == "inspectorate")

    def frameworks_of(self, ins: Inspection) -> list[str]:
        """The frameworks of the inspection's inspectorates, those in force in its year when the text dates it."""
        return [f.id for f in self.lex.frameworks.for_inspectorates(ins.inspectors, self.year_of(ins))]

    def insp_at(self, pos: int) -> Inspection:
        for ins, ms in self.own_first(pos):
            if any(m.sent.start_char <= pos < m.sent.end_char for m in ms):
                if ins.previous and ins is not self.main[0] and re.search(r"\b(?:is|are|has|have|been)\s+now\s+(?:rated\s+|judged\s+)?$|"
                                                                     r"\bnow\s+(?:rated|judged)\s+$", self.text[max(0, pos - 40):pos]):
                    return self.main[0]  # "its rating is now good, up from inadequate in 2019": the grade of today
                return ins
        return self.dated_at(pos) or self.continued(pos) or self.current_before(pos)

    def graded_overall(self, ins: Inspection) -> bool:
        """Whether the frameworks of the inspection's inspectorates in force then grade an overall aspect."""
        fws = self.lex.frameworks.for_inspectorates(ins.inspectors, self.year_of(ins))
        return any(norm(a.label) in _OVERALL or norm(a.label).startswith("overall ") for f in fws for a in f.aspects)

    def own_first(self, pos: int) -> list[tuple[Inspection, list[Mention]]]:
        """The groups, the one whose body the sentence at POS names last before POS first: in "X was rated
        outstanding, while Y achieved a good rating" the second grade is Y's."""
        def last_named(g: tuple[Inspection, list[Mention]]) -> int:
            ins, ms = g
            sent = next((m.sent for m in ms if m.sent.start_char <= pos < m.sent.end_char), None)
            if sent is None or ins.subject not in self.ctx.out.orgs:
                return -1
            return max((a for a in naming_spots(self.ctx, ins.subject) if sent.start_char <= a < pos), default=-1)
        ranked = sorted(((last_named(g), n) for n, g in enumerate(self.groups)), key=lambda x: (-x[0], x[1]))
        if len({at for at, _ in ranked if at >= 0}) < 2:
            return self.groups
        return [self.groups[n] for _, n in ranked]

    def continued(self, pos: int) -> Inspection | None:
        """A sentence in the past tense that names no inspection goes on about the earlier inspection the
        sentence before it in the same paragraph named ("We inspected the practice in May 2021. The overall
        rating was inadequate ...")."""
        para = self.text.rfind("\n", 0, pos) + 1
        before = [(m.sent.start_char, ins) for ins, ms in self.groups for m in ms
                  if para <= m.sent.start_char and m.sent.end_char <= pos]
        if not before:
            return None
        at, ins = max(before, key=lambda x: x[0])
        if not ins.previous or ins is self.main[0]:
            return None
        stops = [m.end() for m in re.finditer(r"[.!?]\s", self.text[at:pos])]
        clause = self.text[at + (stops[-1] if stops else 0):pos]
        if _PAST_COPULA.search(clause) and not _PRESENT.search(clause):
            return ins
        return None

    @cached_property
    def reported(self) -> list[tuple[int, Inspection]]:
        """(sentence start, inspection) of each mention of a current inspection that names its body, found once.
        ("This combines into a single inspection ..." names none; a mention under a heading that names it does:
        "3. Kirkham Pre-School, Nelson Street, ..." / "Report published ...")"""
        return [(m.sent.start_char, ins) for ins, ms in self.groups if not ins.previous for m in ms
                if ins.subject in self.ctx.out.orgs and (any(m.sent.start_char <= e.start < m.sent.end_char
                                                             for e in self.ctx.out.orgs[ins.subject].evidence)
                                                         or section_body(self.ctx, m.sent.start_char) == ins.subject)]

    def current_before(self, pos: int) -> Inspection:
        """In an article that reports several current inspections (a round-up), a sentence naming none is
        about the one reported last before it; else about the main one."""
        current = self.reported
        if len({id(ins) for _, ins in current}) < 2:
            return self.main[0]
        before = [(at, ins) for at, ins in current if at <= pos]
        return max(before, key=lambda x: x[0])[1] if before else self.main[0]

    def dated_at(self, pos: int) -> Inspection | None:
        """The earlier inspection whose year the sentence at POS names, when it names no year of the main one
        ("The outcome published in June 2017 said services were judged ...")."""
        if re.search(r"\bnow\b", self.text[max(0, pos - 40):pos], re.I):
            return None  # "it is now rated good": today's grade
        base = max(0, pos - 600)
        lo = max(self.text.rfind("\n", 0, pos), *(base + m.end() - 1 for m in re.finditer(r"[.!?]\s", self.text[base:pos])), 0)
        stop = re.compile(r"[.!?](?:\s|$)|\n").search(self.text, pos)
        hi = stop.start() if stop else len(self.text)
        # ("judged good ..., a marked improvement since the 2022 inspection": a year the grade is measured from)
        years = set(re.findall(r"\b(?<!since )(?<!since the )(?<!since its )(?:19|20)\d\d\b", self.text[lo:hi]))
        main = self.main[0]
        if not years or {(main.visited or "")[:4], (main.published or "")[:4]} & years:
            return None
        hits = [i for i, _ in self.groups if i is not main and {(i.visited or "")[:4], (i.published or "")[:4]} & years]
        return hits[0] if len(hits) == 1 else None

    def add(self, ins: Inspection, aspect: str, grade: str, s: int, e: int, rule: str, written: bool = False) -> None:
        """A judgement of INS, and of the inspections of the bodies its sentence joins with it as peers."""
        for each in [ins] + self.peers_of(ins, e - 1):
            self.add_one(each, aspect, grade, s, e, rule, written)

    def add_one(self, ins: Inspection, aspect: str, grade: str, s: int, e: int, rule: str, written: bool = False) -> None:
        """A judgement of INS; an aspect WRITTEN as a list's item is kept in the list's words."""
        # A grade word counts only on a scale of the inspectorates' frameworks ("weak" is no Ofsted grade).
        found = self.lex.frameworks.grade(grade, ins.inspectors, self.year_of(ins), strict=True)
        if found is None:
            return
        grade = found.label
        subj = self.ctx.out.orgs.get(ins.subject)
        own = _OWN_SERVICE.match(aspect) or (None if written else _A_SERVICE.fullmatch(aspect))
        if aspect not in self.lex.aspects and own and not self.lex.aspect_for(own.group(1)) \
                and not self.lex.aspect_for(re.sub(r"\s+services?$", "", own.group(1))):
            # "the council's home support service was rated outstanding", "The supported living service has been
            # rated outstanding": the service inspected, as a whole
            aspect = "Overall effectiveness"
        if aspect not in self.lex.aspects and not written:
            # "education quality", "children in permanent placements": an aspect of the inspectorates' frameworks
            # in the writer's own words
            fws = self.frameworks_of(ins)
            aspect = self.lex.aspect_for(reworded(self.lex, aspect, fws, subj.label if subj else "")) or aspect
        aspect = _own_aspect(self.lex, aspect, ins.inspectors, self.year_of(ins),
                             described(self.ctx, subj), grade)
        if self.foreign(ins, aspect):
            return
        if norm(aspect) in _OVERALL and graded.unnamed_areas(self.text[e:e + 80]):
            return  # "rates the force as requiring improvement in a number of other areas": no overall grade
        if norm(aspect) in _OVERALL and ins.inspectors and set(ins.inspectors) <= _NO_OVERALL:
            # the Care Inspectorate and Education Scotland grade quality indicators, never the whole; "an assessment
            # grading for a single quality indicator, 'A'. The report has graded the services as 'good'": A's grade
            lo = max(0, s - 400)
            single = _SINGLE_AREA.search(self.text, lo, s)
            named = {a.kb_id_ for a in self.ctx.lex_spans if a.label_ == "ASPECT" and single.start() < a.start_char < s} \
                if single else set()
            if len(named) != 1:
                return
            aspect = named.pop()
        if norm(aspect) in _OVERALL:
            # "Overall", "Overall effectiveness" and "overall rating" are one judgement of one inspection.
            same = next((j.aspect for j in self.ctx.out.judgements
                         if j.inspection == ins.local_id and norm(j.aspect) in _OVERALL), None)
            # (by the one name the frameworks give the whole, "Overall effectiveness", however the text words it)
            aspect = same or self.lex.aspect_for("Overall effectiveness") or aspect
        k = (ins.local_id, aspect, grade)
        headline_end = self.text.find("\n")
        loose = next((j for j in self.ctx.out.judgements if j.inspection == ins.local_id and j.aspect == aspect
                      and j.grade != grade and norm(aspect) in _OVERALL and j.evidence is not None
                      and j.evidence.end <= headline_end < s), None)
        if loose is not None and re.search(r"\boverall\b", self.text[self.text.rfind("\n", 0, s) + 1:e], re.I):
            # "School is outstanding, say inspectors" over "Overall X was given a Good rating": the body's overall
            # grade, stated as such, over the headline's
            self.ctx.out.judgements.remove(loose)
        if k in self.seen or any(j.inspection == ins.local_id and j.aspect == aspect for j in self.ctx.out.judgements):
            if any(j.inspection == ins.local_id and j.aspect == aspect and j.grade == grade for j in self.ctx.out.judgements):
                self.ctx.read_judgements.append((s, e))  # the same judgement again: this text is read all the same
            return
        self.seen.add(k)
        self.ctx.out.judgements.append(Judgement(ins.local_id, aspect, grade, _ev(s, e, rule)))

    def foreign(self, ins: Inspection, aspect: str) -> bool:
        """An aspect graded only by frameworks on scales none of the inspection's inspectorates use ("provision",
        a Welsh schools heading, read on an Ofsted inspection)."""
        entry = self.lex.aspects.get(aspect)
        if entry is None or not entry.frameworks or not ins.inspectors or norm(aspect) in _OVERALL:
            return False
        fws = self.lex.frameworks.frameworks
        own = {s for f in self.lex.frameworks.for_inspectorates(ins.inspectors, None) for s in f.scales}
        theirs = {s for f in entry.frameworks if f in fws for s in fws[f].scales}
        return bool(own and theirs) and not own & theirs

    def earlier_graded(self, ins: Inspection, pos: int, g) -> Inspection | None:
        """The earlier inspection (not INS) whose mention in the sentence at POS the grade G belongs to."""
        def mention_after(m: Mention) -> bool:
            # "since the council was judged inadequate in 2022": the mention is the words just after the grade
            # ("'outstanding' - a marked improvement since their last inspection": today's grade, compared)
            return 0 <= m.trigger.start_char - g.end_char <= 60 and not re.search(
                r"\b(?:since|compared\s+(?:with|to)|than|on)\b", self.text[g.end_char:m.trigger.start_char], re.I) \
                and not any(g.end_char <= o.start_char < m.trigger.start_char for o in self.grade_spans)

        def mention_before(m: Mention) -> bool:
            # "since an inspection in April 2022 found it to be 'inadequate'": the mention, then the verb it grades with
            return 0 <= g.start_char - m.trigger.end_char <= 200 \
                and _EARLIER_FOUND.match(self.text, m.trigger.end_char, g.start_char) is not None \
                and not any(m.trigger.end_char <= o.start_char < g.start_char for o in self.grade_spans)

        for fits in (mention_after, mention_before):
            hit = next((i for i, ms in self.groups if i.previous and i is not ins and any(
                m.prior and m.trigger is not None and m.sent.start_char <= pos < m.sent.end_char and fits(m)
                for m in ms)), None)
            if hit is not None:
                return hit
        return None

    def add_to(self, pos: int, lo: int, verb_at: int, aspect: str, g, rule: str) -> None:
        """A judgement of the inspection at POS, unless the clause before the verb is about another body:
        then of that body's inspection, or of none."""
        ins = self.insp_at(pos)
        ins = self.earlier_graded(ins, pos, g) or ins
        other = graded.other_body(self.ctx, self.text.rfind("\n", 0, pos) + 1 if lo < 0 else lo, verb_at, ins.subject,
                                  ins.inspectors)
        if other:
            ins = next((i for i, _ in self.groups if i.subject == other), None)
            if ins is None:
                return
        self.add(ins, aspect, self.lex.grade_for(g.text) or g.kb_id_, min(lo, g.start_char), g.end_char, rule)

    def peers_of(self, ins: Inspection, pos: int) -> list[Inspection]:
        """The inspections of the bodies the sentence at POS joins with INS's when the grade follows them all
        ("Both X and Y were given a 'requires improvement' grading"): the grade is each one's."""
        m = next((m for i, ms in self.groups if i is ins for m in ms if m.sent.start_char <= pos < m.sent.end_char), None)
        if m is None or len(m.peers) < 2 or re.search(r"\brespectively\b", m.sent.text, re.I):
            return []
        last = max((e.end for k in m.peers if k in self.ctx.out.orgs for e in self.ctx.out.orgs[k].evidence
                    if m.sent.start_char <= e.start < m.sent.end_char), default=pos)
        if last > pos:
            return []
        return [i for i, ms in self.groups if i is not ins and i.subject in m.peers and i.previous == ins.previous
                and any(x.sent.start_char == m.sent.start_char for x in ms)]

    def grade_headings(self) -> None:
        """A grade alone on a line over bulleted areas ("Good" / "– Understanding the risk of fire" / "Adequate" /
        "– ..."): each area the grade above it, until a line that is neither."""
        current = None
        for ps, pe in _paragraphs(self.raw):
            line = self.raw[ps:pe].strip()
            if not line or self.ctx.in_mask(ps, pe):
                continue
            g = next((g for g in self.grade_spans if ps <= g.start_char and g.end_char <= pe), None)
            if g is not None and norm(re.sub(r"[#*:‘’'“”\"]", " ", line)) == norm(g.text):
                current = g
                continue
            item = _DASH_ITEM.fullmatch(line)
            if current is None or item is None or len(item.group("item").split()) > 14 or self.any_grade.search(line):
                current = None
                continue
            words_ = item.group("item").strip(" .;,")
            known = self.lex.aspect_for(words_)
            self.list_spans.append((ps, pe))
            self.add(self.insp_at(current.start_char), known or words_[:1].upper() + words_[1:],
                     self.lex.grade_for(current.text) or current.kb_id_, ps, pe, "judgement.grade-heading", written=not known)

    def lists(self) -> None:
        """Score lists and grade lists ("Aspect – Grade" lines)."""
        paras = [(ps, pe) for ps, pe in _paragraphs(self.raw) if not self.ctx.in_mask(ps, pe)]
        for aspect, score, s, e in graded.score_items(self.raw, paras):
            # "- Safeguarding – 2" under "each area was given a score out of four"
            self.list_spans.append((s, e))
            ins = self.section_insp(s, self.insp_at(s))
            if ins is not None:
                self.add(ins, _as_written(self.lex, aspect), score, s, e, "judgement.scores", written=True)
        for aspect, score, s, e in graded.scores_for(self.lex, self.raw):
            # "the highest rating of 4 for 'partnership and communities'"
            if not (self.ctx.in_mask(s) or self.ctx.in_quote(s)):
                self.add(self.insp_at(s), aspect, score, s, e, "judgement.scores")
        heading = ""  # the line before, when it ends with a colon
        for ps, pe in _paragraphs(self.raw):
            if self.ctx.in_mask(ps, pe):
                continue
            para = self.raw[ps:pe]
            above, heading = heading, para if para.endswith(":") else ""
            if not self.any_grade.search(para):
                continue
            opening = re.match(r"\s*" + self.grade_rx + r"\s*[:–—-]\s", para, re.I)
            area = self.lex.aspect_for(above.rstrip(":").split(":")[-1].strip()) if above and opening else None
            if area and opening and self.lex.grade_for(opening.group(1)) and not self.ctx.in_quote(ps):
                # "Domain two: court disposals:" over "Outstanding: this needs to be reviewed ...": the heading's
                # area, graded by the line under it
                self.add(self.insp_at(ps), area, self.lex.grade_for(opening.group(1)), ps, ps + opening.end(1),
                         "judgement.list")
                continue
            if self.counted_line(ps, para) or self.grade_line(ps, pe, para):
                continue
            items = list(self.list_item.finditer(para))
            # (a bullet may open the line, and an aside in brackets say what the area covers: "• Efficiency (how
            # we manage our money) Good")
            # ("• How good is our setting? 6 - Excellent": a key question, its score, then its word)
            bare = None if items else re.fullmatch(r"\s*(?:[•·▪◦*-]\s*)?(?P<aspect>[A-Z][A-Za-z ,’'&/-]{2,80}?\??"
                                                    r"(?:\s*\([^()]{1,120}\))?)\s*[:–—-]?\s+(?:[1-6]\s*[:–—-]\s*)?(?P<grade>"
                                                    + self.grade_rx[1:-1] + r")\s*\.?", para, re.I)
            if bare and self.lex.aspect_for(re.sub(r"\s*\(.*", "", bare.group("aspect"))):
                items = [bare]  # "Quality of Staffing Very Good": a table's row, its cells run together
            # A grade list: several "Aspect – Grade" items, or one on a line of its own.
            # A grade number may follow the grade ("Good  2"), as in the inspectorates' own tables.
            # A line opened by a framework's area and its grade may go on to say why ("Governance and leadership:
            # inadequate – arrangements were not robust"): a grade then a dash.
            # (a bullet and any spaces before the line's one item: "•    How good is our setting? 6 - Excellent")
            # ("   2.1 Adoption performance: Good": a sub-numbered line under a numbered one)
            opens = bool(items) and (items[0].start() <= 3 or re.fullmatch(r"\s*(?:[•·▪◦*-]|\d{1,2}(?:\.\d{1,2})+\.?)\s*",
                                                                          para[:items[0].start()]))
            explained = len(items) == 1 and opens and re.match(r"\s*[–—-]\s+\w", para[items[0].end():]) \
                and self.lex.aspect_for(items[0].group("aspect").strip(" -–,")) is not None
            if len(items) >= 2 or explained or (len(items) == 1 and opens
                                                # ("Safe: requires improvement (no change)": a change noted after)
                                                and re.fullmatch(r"\s*(?:\(?\d\)?)?\s*(?:\([^()]{1,60}\))?\s*[.;|]?\s*",
                                                                 para[items[0].end():])):
                for it in items:
                    raw = it.group("aspect").strip(" -–,")
                    raw = re.sub(r"^\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+", "", raw, flags=re.I)  # "(a) ...", "ii. ..."
                    raw = re.sub(r"^(?:and|the)\s+", "", raw, flags=re.I)
                    raw = re.sub(r"\s*\([^()]*\)$", "", raw)  # (what the area covers)
                    # CQC's key questions written out: "Is the service safe?", "Are services well-led?"
                    raw = re.sub(r"^(?:is|are)\s+(?:the\s+)?(?:services?|it|they|trust|home|practice|provider)\s+(.+?)\??$",
                                 r"\1", raw, flags=re.I).rstrip("?").strip()
                    if it.groupdict().get("bare") is not None and not self.lex.aspect_for(raw):
                        continue  # "wellbeing 5 (very good)": a score with no dash after a name the framework knows
                    grade = self.lex.grade_for(it.group("grade"))
                    aspect = _as_written(self.lex, raw) if self.lex.aspect_for(raw) \
                        else self.lex.aspect_for(raw.split(":")[-1].strip())
                    if not aspect and len(raw.split()) <= 9 and not self.ctx.in_quote(ps + it.start()) \
                            and not self.any_grade.search(raw) and not self.names_body(raw):
                        # (a row named after a body, "Victoria Primary  Good  Good", is no aspect)
                        aspect = raw[:1].upper() + raw[1:]
                    if aspect and grade and not self.ctx.in_quote(ps + it.start()):
                        s, e = ps + it.start("aspect"), ps + it.end()
                        self.list_spans.append((s, e))
                        ins = self.insp_at(s)
                        if _RATING_LABEL.fullmatch(raw):
                            # "Ofsted rating: Good" is the overall grade; "Previous rating: ..." the last inspection's
                            aspect = self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"
                            if _RATING_LABEL.fullmatch(raw).group("old"):
                                ins = next((i for i, _ in self.groups if i.previous and i is not self.main[0]), None)
                                if ins is None:
                                    continue
                        self.add(ins, aspect, grade, s, e, "judgement.list", written=aspect not in self.lex.aspects)

    def grade_line(self, ps: int, pe: int, para: str) -> bool:
        """'• Good – in use of resources, as well as supporting and protecting the workforce': a line that opens
        with a grade, then the framework's areas that got it (every item one of its areas)."""
        m = self.grade_line_rx.fullmatch(para)
        if m is None or self.ctx.in_quote(ps) or not self.lex.grade_for(m.group("grade")):
            return False
        ins = self.insp_at(ps)
        fws = self.frameworks_of(ins)

        def area(words: str) -> str:
            words = words.strip(" .;")
            return self.lex.aspect_for(words) or self.lex.aspect_for(near_aspect(self.lex, words, fws)) or ""
        body = re.sub(r"\s*\([^()]*\)", "", m.group("list"))
        found: list[str] = []
        for piece in _GRADE_LINE_ITEMS.split(body):
            # ("preventing crime and anti-social behaviour and protecting vulnerable people", "managing offenders and
            # crime recording": two areas, "and" between; "supporting and protecting the workforce": one)
            for rx in (r"\s+and\s+(?=[a-z]+ing\b)", r"\s+and\s+"):
                parts = [area(x) for x in re.split(rx, piece)]
                if len(parts) > 1 and all(parts):
                    found += parts
                    break
            else:
                whole = area(piece)
                if not whole:
                    return False
                found.append(whole)
        if not found:
            return False
        for aspect in dict.fromkeys(found):
            self.add(ins, aspect, self.lex.grade_for(m.group("grade")), ps, pe, "judgement.grade-line")
        self.list_spans.append((ps, pe))
        return True

    def counted_line(self, ps: int, para: str) -> bool:
        """A line that counts the areas given one grade, then names them: 'Five "Requires improvement" - A, B,
        C, D, E' (a force's eight graded areas in two such lines). Read when the count and the names agree."""
        m = self.counted_line_rx.fullmatch(para)
        n = graded.number(m.group("n")) if m else None
        if not n or n < 2 or self.ctx.in_quote(ps):
            return False
        items = [x.strip(" ‘'\"“’”") for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list"))]
        found = [self.lex.aspect_for(x) for x in items]
        if len(items) != n or sum(1 for f in found if f) * 2 < n or any(not x or len(x.split()) > 8 for x in items):
            return False
        grade = self.lex.grade_for(m.group("grade"))
        s, e = ps + m.start(), ps + m.end()
        self.list_spans.append((s, e))
        for f, x in zip(found, items, strict=True):
            self.add(self.insp_at(s), f or x[:1].upper() + x[1:], grade, s, e, "judgement.counted-line", written=not f)
        return True

    def graded_leads(self) -> None:
        """A line that gives a grade and ends with a colon, then a bulleted list of areas ("The inspectors rated
        the service as good at:" over "• Responding to fires and other emergencies"): each item has that grade.
        A statement quoted in full may report the inspectors' grades so."""
        paras = _paragraphs(self.raw)
        graded_lead = _graded_lead(self.lex)
        for n, (ps, pe) in enumerate(paras):
            lead = graded_lead.search(self.raw, ps, pe)
            if lead is None or self.ctx.in_mask(ps, pe) or (self.ctx.in_quote(lead.start("grade"))
                                                            and not _REPORTED.search(self.raw, ps, pe)):
                continue
            grade = self.lex.grade_for(lead.group("grade"))
            for qs, qe in paras[n + 1:]:
                item = _BULLET_ITEM.fullmatch(self.raw, qs, qe)
                if item is None:
                    break
                words = item.group("item")
                aspect = self.lex.aspect_for(words) or (
                    words[:1].upper() + words[1:] if len(words.split()) <= 9 and not self.any_grade.search(words)
                    and not self.names_body(words) else None)
                if aspect and grade:
                    self.list_spans.append((qs, qe))
                    self.add(self.insp_at(lead.start("grade")), aspect, grade, item.start("item"), qe, "judgement.lead-list",
                             written=aspect not in self.lex.aspects)

    def section_insp(self, pos: int, default: Inspection) -> Inspection | None:
        """The inspection a list's item at POS grades: under a heading that names a body, that body's; under
        one that gives earlier grades ("Previous ratings"), the earlier inspection, or none."""
        ls = self.raw.rfind("\n", 0, pos) + 1
        head = ""
        while ls > 0:  # up past the list's other items to the line over them
            hs = self.raw.rfind("\n", 0, ls - 1) + 1
            head = self.raw[hs:ls - 1]
            if head.strip() and not re.match(r"\s*[-•*·▪◦]", head):
                break
            ls = hs
        key = section_body(self.ctx, pos)
        pool = [i for i, _ in self.groups if key is None or i.subject == key]
        if _EARLIER_HEADING.match(head):
            return next((i for i in pool if i.previous), None)
        if key is not None and default.subject != key:
            return next((i for i in pool if not i.previous), default)
        return default

    def roundup(self) -> None:
        """A round-up's lines, bodies each with its grade alone: the grade of each body's own inspection."""
        overall = self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"
        for ps, pe in _paragraphs(self.raw):
            if self.ctx.in_mask(ps, pe):
                continue
            for key, grade, s, e in graded.graded_items(self.ctx, ps, pe):
                ins = next((i for i, _ in self.groups if i.subject == key and not i.previous), None)
                self.list_spans.append((s, e))
                if ins is not None:
                    self.add(ins, overall, grade, s, e, "judgement.roundup")

    def grid(self) -> None:
        """A table whose rows grade an aspect in several columns: a column the header dates goes to the
        inspection of that year, one it calls previous to the earlier inspection, one it calls new (or the
        latest year) to today's; a row's grades in columns the header tells nothing of go to none."""
        paras = [(ps, pe) for ps, pe in _paragraphs(self.raw) if not self.ctx.in_mask(ps, pe)]
        rows = graded.grid_rows(self.lex, self.raw, paras)
        years = sorted({t for *_, title in rows if (t := graded.column_time(title)).isdigit()})
        for aspect, grade, s, e, title in rows:
            self.list_spans.append((s, e))
            when = graded.column_time(title)
            now = self.insp_at(s)
            if when.isdigit():
                ins = next((i for i, _ in self.groups if (i.visited or i.published)[:4] == when), None)
                if ins is None and when == years[-1] and not (now.visited or now.published) \
                        and self.ctx.anchor and int(when) >= int(self.ctx.anchor[:4]) - 1:
                    ins = now  # the latest year of the header, of the article's time, is today's undated inspection
            elif when == "old":
                ins = next((i for i, _ in self.groups if i.previous and i is not now), None)
            else:
                ins = now if when == "new" else None
            if ins is not None:
                self.add(ins, aspect, grade, s, e, "judgement.grid")

    def cells(self) -> None:
        """A table flattened one cell a line: the first grade column is the inspection's own; a column the header
        dates goes to the inspection of that year ("2022 grade" to the earlier one), or to none."""
        paras = [(ps, pe) for ps, pe in _paragraphs(self.text) if not self.ctx.in_mask(ps, pe)]
        header, rows = graded.cell_rows(self.lex, self.text, paras)
        for aspect, cells in rows:
            for col, (s, e) in enumerate(cells):
                ins = self.insp_at(s) if col == 0 else None
                if col < len(header):
                    year = header[col]
                    ins = next((i for i, _ in self.groups if (i.visited or i.published)[:4] == year), ins)
                self.list_spans.append((s, e))
                if ins is not None:
                    self.add(ins, aspect, self.lex.grade_for(self.text[s:e].strip(" .;'‘’\"“”")), s, e, "judgement.cells")

    def span(self, g) -> None:
        """One grade in running text: the forms read first, then a grade after a verb."""
        pos = g.start_char
        # A quotation that is the grade alone ("weak", in double quotes) is the writer's, not a speaker's words.
        # (unless the report itself is quoted: "Their report concluded: 'Overall, we rated all ... as good'")
        # (nor when the speaker says what the inspectors graded: "our crime recording was graded Outstanding")
        # (nor an inspector's own words: "Safety outcomes were still not sufficiently good," the chief inspector said)
        quoted = any(q.start <= pos < q.end and q.end - q.start > len(g.text) + 4 and not (
            not q.speaker and _REPORT_SAID.search(self.text, max(0, q.outer[0] - 120), q.outer[0])) and not (
            q.speaker and _OWN_GRADE_SAID.search(self.text, max(q.start, g.sent.start_char), pos))
            and q.speaker not in self.inspectors_speaking for q in self.ctx.quotes)
        if self.ctx.in_mask(pos) or quoted or any(a <= pos < b for a, b in self.list_spans) \
                or any(a <= pos <= a + 1 for a in self.read_grades):
            return
        sent = g.sent
        turn = _THEN_NOW.search(self.ctx.text_of(sent))
        if turn and pos < sent.start_char + turn.start("turn") and _PREVIOUSLY_RATED.search(
                self.ctx.text_of(sent)[:turn.start("turn")]) and not any(i.previous for i, _ in self.groups):
            return  # "had previously been rated good but ... has now been ...": the grade before, of no inspection read
        if graded.tally(self.ctx, sent.start_char, sent.end_char):
            self.announced(g, sent)
            return
        before = self.text[sent.start_char:pos]
        after = self.text[g.end_char:sent.end_char]
        # (the sentence's stop inside the quote marks: 'from "good" to "requires improvement."')
        stop_inside = before[-1:] in "‘’'“”\"`" and re.match(r"[.,;!?]['’\"”`]", after)
        quoted_grade = before[-1:] in "‘’'“”\"`" and after[:1] in "’'”\"`" or stop_inside
        if quoted_grade:
            # "rated 'Requires improvement' for ...": a quoted grade
            before, after = before[:-1], (after[0] + after[2:] if stop_inside else after[1:])
        if _LIFTED.match(after):
            return  # "has led to the 'inadequate' judgement being lifted": the grade it had, now gone
        both = _IN_BOTH.match(after)
        listed = list(_SET_APART.finditer(before)) if both else []
        items = _aspects_in_np(self.lex, listed[-1].group(1)) if listed else []
        if both and len(items) == _COUNT_WORDS.get((both.group(1) or both.group(2) or "").lower(), len(items)) >= 2 \
                and all(a in self.lex.aspects for a in items):
            # "inspected against two domains - safe and well-led - and was rated as 'inadequate' in both"
            for aspect in items:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.in-both")
            return
        if _FOUND_AFTER.match(after) and not re.search(r"\b(?:previous|last|earlier|prior|former)\b", before, re.I) \
                and len(g.text.split()) >= 2:
            # "after 'widespread systemic failings' were found during an inspection": an outcome of words, found
            self.add_to(pos, sent.start_char, pos, self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness",
                        g, "judgement.found")
            return
        if _GENERIC_PLURAL.match(before):
            return  # "At the other end of the scale, services given 'outstanding' ratings are ...": any such body
        if _AIMED_AT.search(before):
            return  # "changes to achieve a 'good' rating in the safe category": a grade aimed at, not given
        if _COULD_BE.search(before):
            return  # "schools, which can now be rated 'exceptional' in all areas": any school's, none's in particular
        if _SCALE_STEP.search(before):
            return  # "one down from the highest rating of 'outstanding'", "one above 'inadequate'": the scale itself
        gapped = _GAPPED.fullmatch(self.text, self.prev_for[1], g.start_char) \
            if self.prev_for is not None and self.prev_for[0] == sent.start_char and self.prev_for[1] < g.start_char else None
        hits = _aspects_in_np(self.lex, gapped.group("np")) if gapped else []
        if hits and all(a in self.lex.aspects for a in hits):
            # "awarded an overall rating of 'Good', and the quality of its partnerships 'Outstanding'": the verb
            # of the grade before serves this one too
            for aspect in hits:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.gapped")
            self.prev_for = (sent.start_char, g.end_char)
            return
        if re.search(r"\bwith\s+(?:an?\s+)?$", before) and any(sent.start_char <= o.start_char and o.end_char < pos - 5
                                                                for o in self.grade_spans):
            # "was rated as 'good' with 'outstanding' leadership": the grade of the area the noun after it names
            words_ = re.match(r"\s+((?:[a-z][\w’'-]*\s*){1,6})", after)
            seq = words_.group(1).split() if words_ else []
            hit = next((a for k in range(len(seq), 0, -1) if (a := self.lex.aspect_for(" ".join(seq[:k])))), "")
            if hit and norm(hit) not in _OVERALL:
                self.add_to(pos, sent.start_char, pos, hit, g, "judgement.with-area")
                return
        along = _ALONG_WITH.search(before)
        if along:
            # "A and B both graded, along with the overall effectiveness, as 'requires improvement'": the aside's
            # area has the grade too, and the verb reads on over it
            np = _bare_np(along.group("also"))
            also = self.lex.aspect_for(np) or self.lex.aspect_for(re.sub(r"\s+(?:of|at)\s+(?:the|this|its)\s+\w+$", "", np))
            if also:
                self.add_to(pos, sent.start_char + along.start("also"), pos, also, g, "judgement.along-with")
            before = before[:along.start("aside")] + " " * (along.end("aside") - along.start("aside")) + before[along.end("aside"):]
        meaning = _MEANING.search(before)
        if meaning:
            # "it was given a 4, meaning good, for ...": the score's word stands where the score was
            before = before[:meaning.start()] + " "
            after = after[1:] if re.match(r",\s", after) else after
        if re.match(r"\s*(?:to|or)\s+(?:an?\s+)?['‘\"“]?" + self.grade_rx, after, re.I):
            return  # "good to adequate": a range, not a judgement
        if re.search(r"\b(?:not|no\s+longer|never)\s+(?:been\s+)?(?:rated\s+|judged\s+|graded\s+|deemed\s+)?(?:as\s+)?$",
                     before, re.I):
            return
        if quoted_grade and re.match(r"\s+(?!(?:overall|for|in|at|on|across|by|and|or|to|from|with|as)\b)[a-z]", after) \
                and not graded.earlier(before):
            # "provided 'very good' care and support, quality of environment and staffing": a grade the writer
            # quotes, then the aspects it was given for
            named = _aspect_run(self.lex, after)
            if named:
                for aspect in named:
                    self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.quoted")
                return
        if re.match(r"['’\"”]?\s+(?:rating\s+|grade\s+)?across\s+the\s+board\b", after, re.I) or re.search(
                r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|\d)\s+(?:key\s+)?"
                rf"(?:{graded.alternation('area_nouns')})\b[^.;]{{0,60}}?\s+(?:to\s+be|as|were|are)\s+$", before, re.I):
            # "an 'outstanding' rating across the board", "judged all three areas of inspection to be 'outstanding'":
            # the areas may be named elsewhere
            self.every_area.append(g)
        counted = re.search(rf"\b(?P<n>{graded.alternation('number_words')}|\d{{1,2}})\s+(?:key\s+|main\s+)?"
                            rf"(?:{graded.alternation('area_nouns')})\b[^.;:]{{0,60}}?\s+(?:as|to\s+be)\s+[‘'\"“]?$", before, re.I)
        listed = re.match(r"[’'\"”]?\s*:\s*", after) if counted else None
        out_of = _OUT_OF_AREAS.search(before)
        apart = _SET_APART.match(re.sub(r"^[’'\"”]", "", after)) if out_of else None
        items = _aspects_in_np(self.lex, apart.group(1)) if apart else []
        if items and len(items) == graded.number(out_of.group("n")) and all(a in self.lex.aspects for a in items):
            # "rated three out of five areas as Outstanding – care, responsiveness and leadership – with the other
            # two classed as Good": the areas set apart after the grade
            for aspect in items:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.counted")
            self.prev_for = (sent.start_char, g.end_char)
            return
        if listed:
            # "evaluated four areas within the nursery as satisfactory: A; B; C; and D": the areas after the grade
            items = graded.aspect_list(self.lex, after[listed.end():], raw_ok=True, stop=self.next_grade)
            if items and len(items) == graded.number(counted.group("n")):
                for aspect in items:
                    self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.counted-colon")
                return
        heading = re.search(r"\b(?:under|in|within|into)\s+(?:the\s+)?$", before, re.I) and re.match(
            r"\s+(?:grade|rating|category|band|judgement)s?\s*(?:(?:was|were|are|is|came|fell|sat)\s*)?:\s*", after, re.I)
        if heading:
            # "Under the 'adequate' grade was: A; B; and C": the grade heads the list of its areas
            for aspect in graded.aspect_list(self.lex, after[heading.end():], raw_ok=True, stop=self.next_grade):
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.heading")
            return
        handed = graded.handed_for(self.lex, before, after, self.next_grade)
        if handed and graded.earlier(before):
            return  # "a re-inspection following a judgement of inadequate for ...": an earlier grade
        if handed:
            # "received 'needs attention' for 'attendance and behaviour'", "a grade of X – the third – for ..."
            for aspect in handed:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.handed")
            self.prev_for = (sent.start_char, g.end_char)
            return
        # "received an inadequate rating for out-of-court disposals": the grade names a rating noun.
        # ("an 'inadequate' rating from Her Majesty's Inspectorate ... (HMIC) for its response times": who gave it
        # between the grade and its area)
        noun_for = re.match(r"[’'”\"]?\s+(?:rating|grade|grading|judge?ment)s?\s+(?:for|in)\s+", after, re.I) or re.match(
            r"\s+(?:rating|grade|grading|judge?ment)s?\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?:(?-i:[A-Z][\w’'&-]*)|of|and|&|"
            r"\((?-i:[A-Z]{2,8})\)))*\s+for\s+", after, re.I)
        given_for = re.match(r"[’'”\"]?\s+(?:rating|grade|grading|judge?ment)s?\s+(?:given|awarded|handed\s+out)\s+(?:for|in)\s+",
                             after, re.I)
        if given_for and not graded.earlier(before):
            # "how 'inadequate' ratings given for assessment and planning ... had dragged the rating down": the
            # grade and the areas it was given for
            # ("assessment and planning in relation to out-of-court disposals": the areas, then what they concern)
            hits = _aspect_run(self.lex, re.split(r"\s+(?:in\s+relation\s+to|relating\s+to|with\s+regard\s+to|regarding)\b",
                                                  after[given_for.end():], maxsplit=1)[0])
            for aspect in hits:
                self.add(self.insp_at(pos), aspect, self.lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.sentence")
            if hits:
                self.prev_for = (sent.start_char, g.end_char)
                return
        if noun_for and re.match(r"(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:consecutive\s+|successive\s+|"
                                 r"straight\s+|running\s+)?(?:time|year|inspection)\b", after[noun_for.end():], re.I):
            noun_for = None  # "an 'Outstanding' rating by Ofsted for the second consecutive time": no area after it
        # ("gave a 'Good' rating for A and an 'Inadequate' rating for B": the second grade shares the verb)
        shared = re.search(r"\b(?:and|as\s+well\s+as)\s+an?\s+$", before) and re.search(
            r"\b(?:receive[sd]?|receiving|given|gave|awarded|earned|achieved)\b", before, re.I) or (
            # ("received 'outstanding' in A and 'good' ratings for B": after a grade handed in this sentence)
            self.prev_for is not None and self.prev_for[0] == sent.start_char and re.search(r"(?:,|\band)\s+$", before))
        if noun_for and shared or noun_for and re.search(r"\b(?:receive[sd]?|receiving|given|gets?|got|awarded|earned|achieved|secured|"
                                  r"retained|kept|keeps|with|plus|(?:gave|give[sn]?|giving|award(?:ed|s|ing)?|hand(?:ed|s|ing)?)"
                                  r"(?:\s+(?:the\s+|its\s+)?[\w’'-]+){1,5}?)\s+(?:an?|the|its|their)\s+$", before, re.I):
            hits = _aspect_run(self.lex, after[noun_for.end():])
            if not hits and _WHOLE_SERVICE.match(after, noun_for.end()):
                # "a 'requires improvement' judgment for children's social care services": the whole service
                hits = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
            for aspect in hits:
                self.add(self.insp_at(pos), aspect, self.lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.sentence")
            if hits:
                self.prev_for = (sent.start_char, g.end_char)
            if hits or not graded.counted_after(self.lex, after, self.next_grade)[1]:
                return  # ("an 'outstanding' rating in three of the four categories (A, B and C)": counted below)
        counted, listed = graded.received_for_areas(self.lex, before, after, self.text[sent.end_char:], self.next_grade)
        if counted:
            # "It scored an 'outstanding' rating in every category. This included: A, B and C."
            for aspect in listed:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.counted")
            self.prev_for = (sent.start_char, g.end_char)
            return
        given = re.match(r"\s*(?:having\s+been\s+)?(?:given|awarded|handed|rated|judged|graded)\b[^,;]*$", before, re.I) \
            and re.match(r"['’\"”]?\s*,\s+(?P<np>[^,;]{3,80}?)\s+(?:was|were|is|are|has|have|had)\b", after)
        if given and not graded.earlier(before):
            # "Given the highest possible rating of 'Outstanding', the council's care leaver service was commended":
            # the grade of what the clause after it is about
            np = re.sub(r"^.*?(?:[’']s|\bits|\btheir)\s+", "", given.group("np"))
            ins = self.insp_at(pos)
            fws = self.frameworks_of(ins)
            hit = self.lex.aspect_for(_bare_np(np)) or self.lex.aspect_for(near_aspect(self.lex, _bare_np(np), fws))
            if hit:
                self.add_to(pos, sent.start_char, pos, hit, g, "judgement.given")
                self.prev_for = (sent.start_char, g.end_char)
                return
        subject = graded.overall_rating(before, after, quoted=self.text[g.start_char - 1:g.start_char] in ("'", "‘", '"', "“"))
        # "A, B, and C all received a 'good' ranking": a list of areas as the subject of the grade handed over
        # ("A, as well as B, also received the highest possible grade of 'Outstanding'": the grade's noun before it)
        subject_list = re.fullmatch(r"\s*(?P<np>[A-Za-z][\w ,’'-]{2,200}?)\s+(?:(?:all|both|each|also)\s+)*(?:received|were\s+given|"
                                    r"got|earned|achieved|secured|gained|were\s+awarded)\s+(?:an?|the)\s+(?P<noun>(?:(?:highest|lowest|"
                                    r"top|best|worst)\s+(?:possible\s+)?)?(?:rating|grade|grading|ranking|judge?ment|score|mark)\s+of\s+)?"
                                    r"['‘\"“]?", before) \
            if subject is not None else None
        items = _aspects_in_np(self.lex, subject_list.group("np")) if subject_list and "," in subject_list.group("np") else []
        if len(items) >= 2 and all(a in self.lex.aspects for a in items) and (subject_list.group("noun") or re.match(
                r"['’\"”]?\s+(?:rating|grade|grading|ranking|judge?ment|score|mark)s?\b", after, re.I)):
            for a in items:
                self.add_to(pos, sent.start_char, pos, a, g, "judgement.rating")
            self.prev_for = (sent.start_char, g.end_char)
            return
        # ("... but safety and responsiveness retained the rating of requiring improvement": each area the subject joins)
        clause = _KEPT_RATING.search(before) if subject is not None else None
        joined = _aspects_in_np(self.lex, clause.group(1)) if clause and re.search(r"\band\b", clause.group(1)) \
            and not graded.earlier(before) else []
        if len(joined) >= 2 and all(a in self.lex.aspects and norm(a) not in _OVERALL for a in joined):
            for a in joined:
                self.add_to(pos, sent.start_char, pos, a, g, "judgement.rating")
            self.prev_for = (sent.start_char, g.end_char)
            return
        if subject is not None:
            # ("NAME said she is proud after the home received its sixth 'outstanding' rating": the subordinate
            # clause's own subject)
            sub = re.search(r"\b(?:after|when|once|because|since|as)\s+((?:the|its|their|our)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s*$",
                            subject)
            subject = sub.group(1) if sub and _is_subject_np(self.ctx, sub.group(1), self.insp_at(pos)) else subject
        owned = re.search(r"(?:[’']s|\bits|\btheir)\s+([a-z][\w\s-]{2,40}?)\s*$", subject or "") or \
            re.fullmatch(r"\s*(?:the\s+)?([\w\s-]{2,40}?)\s*", subject or "", re.I)
        # ("The sixth form provision kept its 'good' ranking": the area is the clause's subject)
        body = self.ctx.out.orgs.get(self.insp_at(pos).subject)
        if owned and self.lex.aspect_for(owned.group(1)) and not graded.earlier(before) \
                and norm(self.lex.aspect_for(owned.group(1))) not in _OVERALL \
                and not (body is not None and norm(body.label).endswith(" " + norm(owned.group(1)))):
            # ("The surgery has been awarded ..." of Fernlea Surgery: the body, not a hospital's surgery)
            # "The home's safety was given the lowest possible rating of 'inadequate'": the area it owns
            self.add_to(pos, sent.start_char, pos, self.lex.aspect_for(owned.group(1)), g, "judgement.rating")
            return
        if subject is not None and (not subject.strip(" ,") or _PRONOUN.fullmatch(subject.strip(" ,"))
                                    or _INSPECTION_NP.match(subject.strip(" ,"))
                                    or _is_subject_np(self.ctx, subject, self.insp_at(pos))) and not (
                graded.earlier(before) or re.match(r"(?:(?!\b(?:down|up)\s+from\b)[^.;]){0,60}\b(?:last|previous|prior|earlier)\s+(?:full\s+)?(?:inspection|visit|time)",
                                                   after, re.I)):
            # "The college received an 'outstanding' rating": the body's overall grade, read from its clause's start
            # ("X was rated adequate, while Y received an overall rating of good": Y's clause only)
            lo = sent.start_char + max((m.end() for m in re.finditer(r";|\b(?:while|whilst|whereas|but)\b", before)), default=0)
            # "under leadership and capability, the inspectors gave a good grading": the area put first
            # ("For effectiveness and efficiency the force was given a good rating": the areas, with no comma)
            front = _FRONTED.search(before) or _FRONTED_BARE.match(before)
            if re.match(r"\s*(?:against|for|in|across|on)\s+(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+"
                        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b", before, re.I):
                return  # "Against the remaining five, the Service received ... 'adequate'": areas counted, not named
            hits = [self.lex.aspect_for(front.group(1))] if front and self.lex.aspect_for(front.group(1)) else \
                _aspects_in_np(self.lex, front.group(1)) if front else []
            if not hits and _ACROSS_THE_BOARD.match(after):
                self.every_area.append(g)  # "received a 'very good' rating across the board": each area's too
            for hit in hits or [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]:
                self.add_to(pos, lo, pos, hit, g, "judgement.rating")
            # "awarded an overall rating of 'good' across all five areas for being safe, effective, ...": each
            # area named after the count has the grade too
            for aspect in [] if hits else graded.counted_after(self.lex, after, self.next_grade)[1]:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.counted")
            self.prev_for = (sent.start_char, g.end_char)
            return
        # "rated leadership as good, court disposals as good and resettlement as inadequate": one verb, a list
        # of "ASPECT as GRADE" pairs.
        as_pair = re.search(r".*(?:,|\band)\s+((?:the\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+as\s+$", before)
        first = re.search(rf"\b(?:{_RATE}|rates|grades|judges)\s+(?:the\s+|its\s+)?[a-z][\w ,’'-]{{2,80}}?\s+as\s+['‘\"“]?"
                          + self.grade_rx + r"['’\"”]?", before, re.I)
        if as_pair and first:
            # The whole phrase between the previous grade and "as" first ("ensuring wellbeing, equality and
            # inclusion as good"), then its last item.
            whole = re.match(r"\s*(?:,\s*)?(?:and\s+)?(.+?)\s+as\s+$", before[first.end():])
            whole_hit = whole and self.lex.aspect_for(_bare_np(whole.group(1)))
            hit = whole_hit or self.lex.aspect_for(_bare_np(as_pair.group(1)))
            items = _aspects_in_np(self.lex, whole.group(1)) if whole and not whole_hit else []
            if len(items) >= 2 and all(a in self.lex.aspects for a in items):
                # "graded inclusion as 'strong standard', and A, B and C as 'expected standard'": each of the list
                for a in items:
                    self.add(self.insp_at(pos), a, self.lex.grade_for(g.text) or g.kb_id_,
                             sent.start_char + first.end(), g.end_char, "judgement.sentence")
                return
            if hit:
                self.add(self.insp_at(pos), hit, self.lex.grade_for(g.text) or g.kb_id_, sent.start_char + as_pair.start(1), g.end_char,
                    "judgement.sentence")
                return
        if re.search(r"\b(?:down|up|" + graded.alternation("change_verbs") + r")\s+from\s+"
                     r"(?:an?\s+)?['‘\"“]?$", before, re.I):
            # "now requires improvement, down from good when it was last inspected in 2020": the earlier grade,
            # of the earlier inspection the sentence names
            then = next((i for i, ms in self.groups if i.previous and i is not self.main[0]
                         and any(m.sent.start_char <= pos < m.sent.end_char for m in ms)), None)
            then = then or (self.insp_at(pos) if self.insp_at(pos).previous and self.insp_at(pos) is not self.main[0] else None)
            if then is None and re.match(r"\s*['’\"”]?\s*(?:rating\s+|grade\s+)?to\b", after, re.I):
                # "has moved from a 'requires improvement' rating to 'good'": the grade of the one earlier
                # inspection of the body that the text dates elsewhere and grades nowhere
                older = [i for i, _ in self.groups if i.previous and i is not self.main[0]
                         and i.subject == self.main[0].subject and not i.overall
                         and not any(j.inspection == i.local_id for j in self.ctx.out.judgements)]
                then = older[0] if len(older) == 1 else None
            if then is not None:
                self.add(then, self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness",
                         self.lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.down-from")
                return
        # "Estyn's 'good' ratings - after a December inspection - were awarded in three key areas, A, B and C":
        # the grade's noun, then the verb that gives it, then the counted areas
        awarded = re.match(r"['’\"”]?\s+(?:ratings|grades|judge?ments)\b[^.;]{0,80}?\b(?:were|have\s+been)\s+"
                           r"(?:awarded|given|achieved|received)(?=\s+(?:in|for|across)\b)", after, re.I)
        if awarded:
            listed_ = graded.counted_after(self.lex, after[awarded.end():], self.next_grade)[1]
            if listed_:
                for aspect in listed_:
                    self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.counted")
                return
        named = graded.counted_before(self.lex, before, after, self.next_grade) or graded.counted_subject(self.lex, before)
        counted, listed = graded.counted_after(self.lex, after, self.next_grade)
        if not (counted or listed):
            counted, listed = graded.ordinal_after(self.lex, after, self.next_grade)
        if named or listed:
            # "one graded 'good' – preventing crime", "graded it 'weak' in four quality indicators: A, B, C and D"
            for aspect in named or listed:
                self.add_to(pos, sent.start_char, pos, aspect, g, "judgement.counted")
            self.prev_for = (sent.start_char, g.end_char)
            if listed and re.match(r"\s+(?:in|across|for|on)\s+(?:all|every|each)\b[^.;:]*?,\s+including\b", after, re.I):
                # "received 'Good' in all areas, including leadership": the overall too
                self.verb_form(g, sent, before, after, True)
            return
        if counted and self.all_but(g, sent, after):
            return
        if self.the_others(g, before):
            return
        if self.services_that(g, sent, before):
            return
        if _ALL_BEFORE.search(before):
            self.every_area.append(g)  # "For all of these areas, the rating was 'Good'": the areas named before
            return
        if _EACH_WAS.fullmatch(before) and sent.start > 0:
            # "Inspectors looked at A, B, C and D. Each was rated as outstanding": the areas the sentence before names
            prev = self.ctx.sp[sent.start - 1].sent
            while prev.start > 0 and not prev.text.strip():
                prev = self.ctx.sp[prev.start - 1].sent  # (over blank lines)
            named = list(dict.fromkeys(a.kb_id_ for a in self.aspect_spans if prev.start_char <= a.start_char < prev.end_char))
            if len(named) >= 2:
                for aspect in named:
                    self.add_to(pos, prev.start_char, pos, aspect, g, "judgement.each")
                return
        if counted and re.match(r"['’\"”]?\s+(?:overall\s+)?(?:in|across|for|on)\s+(?:all|every|each)\b[^.;:,]*[.;]?\s*$", after, re.I) \
                or _ACROSS_THE_BOARD.match(after):
            self.every_area.append(g)  # "judged it good in all categories": the areas may be named elsewhere
        n = len(self.ctx.out.judgements)
        self.verb_form(g, sent, before, after, counted)
        elided = self.elided(g, sent, before, after) if len(self.ctx.out.judgements) == n else ""
        if elided:
            # "Leadership was rated good, staff requires improvement and services inadequate": the verb left out,
            # where no other form read the grade
            self.add_to(pos, sent.start_char, pos, elided, g, "judgement.elided")

    def areas_named_apart(self) -> None:
        """'judged it good in all categories ... The college has been graded regarding A, B, C and D': the one
        grade of every area, for the areas a sentence with no grade of its own names as those graded."""
        # (today's inspection's, when the text also says it of an earlier one's)
        every = [g for g in self.every_area if not self.insp_at(g.start_char).previous] or self.every_area
        if len({self.lex.grade_for(g.text) or g.kb_id_ for g in every}) != 1 \
                or len({self.insp_at(g.start_char).local_id for g in every}) != 1:
            return  # (one grade of one inspection, however often the text says it)
        g = every[0]
        ins = self.insp_at(g.start_char)
        fws = self.frameworks_of(ins)
        # (the inspection's own year is no other time: "The inspection, in January 2024, assessed A, B and C")
        own_years = {(ins.visited or "")[:4], (ins.published or "")[:4]} - {""}
        for sent in self.ctx.sp.sents:
            if any(sent.start_char <= x.start_char < sent.end_char for x in self.grade_spans) or self.ctx.in_mask(sent.start_char) \
                    or any(t.group() not in own_years for t in _OTHER_TIME.finditer(sent.text)):
                continue  # (a sentence dated, or about another visit, lists another inspection's areas)
            # (the last such words of the sentence: "inspectors assessed its A and B against their five domains of")
            m = next(reversed(list(_GRADED_ON.finditer(sent.text))), None)
            # (a list parted by semicolons runs past them: "covering A; the B; the C; and D, and rated ...")
            tail = sent.text[m.end():] if m else ""
            rest = graded.list_end(tail.replace(";", "\x00")).replace("\x00", ";") if ";" in tail else graded.list_end(tail)
            rest = re.split(r",\s+(?:and|but|with)\s+(?!(?:the|its|their)\s)", rest, maxsplit=1)[0] if ";" in rest else rest
            # items parted by commas and "and the" first ("the quality and effectiveness of A, ... and the impact of B")
            # (semicolons part items whose names have commas of their own: "A; care, support and guidance; and B")
            parted = r"\s*;\s*(?:and\s+)?" if ";" in rest else r"\s*,\s*(?:and\s+)?|\s+and\s+(?=the\s)"
            parts = [re.sub(r"^(?:the|its|their)\s+", "", x.strip(" ,")) for x in re.split(parted, rest)]
            # ("the quality of A, B and the impact of C": the first item's head serves the bare one after it)
            head = of.group(1) if parts and (of := re.match(r"^(.+?\bof\s+)", parts[0])) else ""
            whole = [self.lex.aspect_for(x) or self.lex.aspect_for(reworded(self.lex, x, fws))
                     or (self.lex.aspect_for(head + x) if head and " of " not in x else "") for x in parts if x]
            named = whole if len(whole) >= 2 and all(whole) else graded.aspect_list(self.lex, sent.text[m.end():], raw_ok=True) if m else []
            known = [a for a in named if self.lex.aspect_for(a)]
            # (an area the summary's own words name, "In all three areas, practice and leadership were judged ...",
            # is one of them)
            if len(named) >= 2 and len(known) * 3 >= len(named) * 2 \
                    and not any(j.inspection == ins.local_id and j.aspect != "Overall effectiveness" and not (
                        j.evidence is not None and g.sent.start_char <= j.evidence.start < g.sent.end_char)
                                for j in self.ctx.out.judgements):
                for aspect in named:
                    self.add(ins, aspect, self.lex.grade_for(g.text) or g.kb_id_, sent.start_char, sent.end_char,
                             "judgement.every-area")
                return
        # no sentence names them: the one set of areas the inspectorates' frameworks grade side by side, of the
        # size the text counts ("good in all five key questions")
        if any(j.inspection == ins.local_id and norm(j.aspect) not in _OVERALL for j in self.ctx.out.judgements):
            return
        counted = re.search(rf"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<n>{graded.alternation('number_words')}|\d)\s+",
                            self.text[g.sent.start_char:g.sent.end_char], re.I)
        if counted is None:
            # ("Inspectors look at five areas ... For all of these areas, the rating was 'Good'": counted before)
            counted = next(reversed(list(re.finditer(
                rf"\b(?P<n>{graded.alternation('number_words')}|\d)\s+(?:key\s+)?(?:{graded.alternation('area_nouns')})\b",
                self.text[max(0, g.sent.start_char - 400):g.sent.start_char], re.I))), None) \
                if _ALL_BEFORE.search(self.text[g.sent.start_char:g.start_char]) else None
        n = graded.number(counted.group("n")) if counted else None
        # ("'good' in all areas" of a college may mean its kinds of provision too: only a count says which)
        sets = [group for group in area_sets(self.ctx, ins, self.year_of(ins)) if len(group) == n]
        # (two sets that differ by one renamed area: the first is today's, "rehabilitation and release planning"
        # for "resettlement" since 2017)
        if sets and all(len(set(group) - set(sets[0])) <= 1 for group in sets):
            for aspect in sets[0]:
                self.add(ins, aspect, self.lex.grade_for(g.text) or g.kb_id_, g.start_char, g.end_char,
                         "judgement.every-area")

    def services_that(self, g, sent, before: str) -> bool:
        """'the trust was found by the CQC to be providing services that require improvement': the body's overall
        grade, told by the services it provides. Whether the form was found."""
        m = _SERVICES_THAT.search(before)
        if m is None:
            return False
        head = before[:m.start()]
        ins = self.insp_at(g.start_char)
        # the body: the clause's subject, or the object of a verb of finding ("The CQC found the trust was ...")
        found = re.search(r"\b(?:found|judged|rated|concluded|said|says|finds)\s+(?:that\s+)?(?P<np>.+)$", head)
        subjects = [re.split(r"\b(?:was|were|is|are|has|have|had|been|being|to)\b", x)[0]
                    for x in ([found.group("np")] if found else []) + [re.split(r"[,;:]", head)[-1]]]
        if not any(x.strip() and _is_subject_np(self.ctx, x, ins) for x in subjects):
            return False
        self.add_to(g.start_char, sent.start_char, g.start_char, self.lex.aspect_for("Overall effectiveness")
                    or "Overall effectiveness", g, "judgement.services-that")
        return True

    def the_others(self, g, before: str) -> bool:
        """'Safe and effective were rated requires improvement, while the other three key questions were rated
        good': the grade of the areas of the framework not yet graded, when they are as many as the text says.
        Whether the form was found."""
        n = graded.the_others(before)
        if not n:
            return False
        ins = self.insp_at(g.start_char)
        named = {j.aspect for j in self.ctx.out.judgements if j.inspection == ins.local_id and norm(j.aspect) not in _OVERALL}
        if not named:
            return False
        # the rest of one set of areas the inspectorates' frameworks grade side by side, as many as the text counts
        runs = {group for group in area_sets(self.ctx, ins, self.year_of(ins))
                if named <= set(group) and len(group) == len(named) + n}
        if len(runs) != 1:
            return False
        for aspect in next(iter(runs)):
            if aspect not in named:
                self.add(ins, aspect, self.lex.grade_for(g.text) or g.kb_id_, g.start_char, g.end_char,
                         "judgement.the-others")
        return True

    def all_but(self, g, sent, after: str) -> bool:
        """'good in all areas except leadership, which requires improvement': the one area named after "except"
        with the grade its clause gives; neither is the overall grade. Whether the form was found."""
        m = re.match(r"['’\"”]?\s+(?:overall\s+)?(?:in|across|for|on)\s+(?:all|every|each)\b[^.;:]*?\s+(?:except|apart\s+from|"
                     r"bar|other\s+than|save\s+for|but)\s+(?:for\s+)?(?:in\s+)?(?P<x>[^,.;]+?)(?:,?\s+(?:which|where|that)\s+"
                     r"(?:it\s+)?(?:was|were|is|are|has\s+been|have\s+been)?\s*(?:rated|judged|graded|found\s+to\s+be|deemed)?\s*"
                     r"(?:as\s+)?['‘\"“]?(?P<g2>" + self.grade_rx + r")|[.;]|,|$)", after, re.I)
        if not m:
            return False
        aspects = _aspects_in_np(self.lex, m.group("x"))
        if aspects and m.group("g2"):
            at = g.end_char + m.start("g2")
            g2 = next((s for s in self.grade_spans if s.start_char == at), None)
            for aspect in aspects:
                self.add(self.insp_at(g.start_char), aspect, self.lex.grade_for(m.group("g2")) or (g2.kb_id_ if g2 else ""),
                         g.start_char, g.end_char + m.end("g2"), "judgement.all-but")
            self.read_grades.add(at)
        self.prev_for = (sent.start_char, g.end_char)
        return True

    def respectively(self) -> None:
        """'A and B were rated good and requires improvement respectively': the grades in the order of the
        bodies, each the overall grade of its body's inspection in that sentence (when the counts agree)."""
        for m in re.finditer(r"\brespectively\b", self.text):
            sent = next((s for s in self.ctx.sp.sents if s.start_char <= m.start() < s.end_char), None)
            if sent is None or self.ctx.in_mask(m.start()):
                continue
            grades = [g for g in self.grade_spans if sent.start_char <= g.start_char < m.start()]
            # the grades make one list just before "respectively" ("good and requires improvement")
            if len(grades) < 2 or not all(re.fullmatch(r"['’\"”]?\s*(?:,|,?\s+and|,?\s+or)\s+['‘\"“]?", self.text[a.end_char:b.start_char])
                                          for a, b in zip(grades, grades[1:], strict=False)):
                continue
            bodies = []
            for ins, ms in self.groups:
                at = [e.start for e in self.ctx.out.orgs[ins.subject].evidence if sent.start_char <= e.start < grades[0].start_char] \
                    if ins.subject in self.ctx.out.orgs else []
                if at and any(mm.sent.start_char == sent.start_char for mm in ms):
                    bodies.append((min(at), ins))
            bodies.sort(key=lambda b: b[0])
            if len(bodies) != len(grades):
                continue
            overall = self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"
            for (_, ins), g in zip(bodies, grades, strict=True):
                self.add_one(ins, overall, self.lex.grade_for(g.text) or g.kb_id_, sent.start_char, m.end(),
                             "judgement.respectively")
            self.list_spans.append((grades[0].start_char, grades[-1].end_char))

    def so_have(self) -> None:
        """"... changed from outstanding to good, so have the ratings for being effective, responsive and
        well-led": the grade the first clause moved to, for the areas the inverted clause names."""
        for sent in self.ctx.sp.sents:
            text = self.ctx.text_of(sent)
            m = _SO_HAVE.search(text)
            if m is None or self.ctx.in_mask(sent.start_char):
                continue
            moved = [g for g in self.grade_spans if sent.start_char <= g.start_char < sent.start_char + m.start()
                     and re.search(r"\bto\s+['‘\"“]?$", self.text[max(sent.start_char, g.start_char - 12):g.start_char])]
            if not moved:
                continue
            g = moved[-1]
            for aspect in _aspects_in_np(self.lex, re.split(r"[.;]", m.group("list"))[0]):
                if aspect in self.lex.aspects:
                    self.add(self.insp_at(g.start_char), aspect, self.lex.grade_for(g.text) or g.kb_id_,
                             sent.start_char + m.start(), sent.start_char + m.end(), "judgement.so-have")

    def overall_too(self) -> None:
        """"'good' in all five areas - A, B, C, D and E - in addition to the overall rating": the grade just
        given to areas is the overall grade as well (one grade a sentence, one inspection)."""
        for sent in self.ctx.sp.sents:
            m = _OVERALL_TOO.search(self.ctx.text_of(sent))
            if m is None or self.ctx.in_mask(sent.start_char) or self.ctx.in_quote(sent.start_char):
                continue
            grades = [g for g in self.grade_spans if sent.start_char <= g.start_char < sent.start_char + m.start()]
            if len({self.lex.grade_for(g.text) or g.kb_id_ for g in grades}) != 1:
                continue
            g = grades[-1]
            if re.match(r"[’'”\"]?\s+(?:in|for|across)\s", self.text[g.end_char:]):  # (the grade of areas)
                self.add(self.insp_at(g.start_char), "Overall", self.lex.grade_for(g.text) or g.kb_id_, sent.start_char + m.start(),
                         sent.start_char + m.end(), "judgement.overall-too")

    def same_grade(self) -> None:
        """"The same grade was given for building, supporting and protecting its workforce": the grade of the
        sentence before, for the areas this one names."""
        for sent in self.ctx.sp.sents:
            m = _SAME_GRADE.search(self.ctx.text_of(sent))
            if m is None or self.ctx.in_mask(sent.start_char) or self.ctx.in_quote(sent.start_char):
                continue
            if m.group("cmp"):
                g = self.compared(sent.start_char, m.group("cmp").lower() in ("higher", "highest", "better", "best", "top"))
            else:
                para = self.text.rfind("\n\n", 0, sent.start_char)
                before = [g for g in self.grade_spans if para < g.start_char < sent.start_char
                          and not self.ctx.in_quote(g.start_char)]
                g = before[-1] if before else None
            if g is None:
                continue
            listed = graded.list_end(m.group("list") or m.group("list2") or m.group("list3"))
            # (the items commas part, and an "and" before a gerund: "managing performance, promoting diversity and
            # protecting the public through fire regulation", each in the writer's words when no framework's)
            items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z]+ing\b)", listed) if x.strip()]
            if self.lex.aspect_for(listed):
                aspects = [self.lex.aspect_for(listed)]
            elif len(items) > 1:
                named = [self.lex.aspect_for(x) or (x[:1].upper() + x[1:] if len(x.split()) <= 9 else "") for x in items]
                aspects = [a for a in named if a]
            else:
                aspects = _aspects_in_np(self.lex, listed)
            for aspect in aspects:
                self.add(self.insp_at(g.start_char), aspect, self.lex.grade_for(g.text) or g.kb_id_,
                         sent.start_char + m.start(), sent.start_char + m.end(), "judgement.same-grade")

    def compared(self, at: int, better: bool):
        """Of the two grades or more the text gave just before AT, the better one (or the worse): the grade a
        sentence means by "the higher grades"; None unless the grades differ."""
        ins = self.insp_at(at)
        ranked = []
        for g in self.grade_spans:
            if at - 800 < g.start_char < at:
                found = self.lex.frameworks.grade(self.lex.grade_for(g.text) or g.kb_id_, ins.inspectors, self.year_of(ins))
                if found is not None:
                    ranked.append((found.rank, g))
        if len({r for r, _ in ranked}) < 2:
            return None
        return (min if better else max)(ranked, key=lambda x: x[0])[1]

    def ratings_were_for(self) -> None:
        """"The 'good' ratings were for A; B; and C": the grade of each area the list names."""
        for g in self.grade_spans:
            m = _RATINGS_FOR.match(self.text, g.end_char)
            if m is None or self.ctx.in_mask(g.start_char) or self.ctx.in_quote(g.start_char) and not re.match(
                    r"[’'\"”]", self.text[g.end_char:g.end_char + 1]):
                continue
            rest = self.text[m.end():]
            aspects = _semicolon_list(self.lex, rest) or _aspect_run(self.lex, re.split(r"[.;!?](?:\s|$)", rest)[0], whole=True)
            ins = self.insp_at(g.start_char)
            for aspect in aspects:
                self.add(ins, aspect, self.lex.grade_for(g.text) or g.kb_id_, g.start_char, m.end(), "judgement.ratings-for")

    def needs_to_improve(self) -> None:
        """'found that the college needed to improve its quality of education, behaviour and attitudes': the
        areas named after it require improvement, in an inspection graded so overall on a scale with that grade."""
        for m in _NEEDS_TO_IMPROVE.finditer(self.text):
            if self.ctx.in_mask(m.start()) or self.ctx.in_quote(m.start()) \
                    or graded.earlier(self.text[max(0, m.start() - 80):m.start()]):
                continue
            listed = re.split(r"[.;:]|\s+(?:but|while|whilst|although|because|by|after|before|since)\b", self.text[m.end():m.end() + 300])[0]
            aspects = _aspects_in_np(self.lex, listed)
            if not aspects or not all(a in self.lex.aspects for a in aspects):
                continue  # "needs to improve the way it plans": only areas the frameworks grade
            ins = self.insp_at(m.start())
            g = self.lex.frameworks.grade("requires improvement", ins.inspectors, self.year_of(ins), strict=True)
            if g is None or norm(g.label) != "requires improvement" or not any(
                    j.inspection == ins.local_id and norm(j.aspect) in _OVERALL and j.grade == g.label
                    for j in self.ctx.out.judgements):
                continue  # (only in a report whose overall grade is that: a good school "needs to improve" too)
            for aspect in aspects:
                if not any(j.inspection == ins.local_id and j.aspect == aspect for j in self.ctx.out.judgements):
                    self.add(ins, aspect, g.label, m.start(), m.end() + len(listed), "judgement.needs-to-improve")

    def by_standing(self) -> None:
        """'X received the lowest rating possible': the overall grade at that end of the inspection's own scale,
        when its frameworks agree on it."""
        for m in _STANDING.finditer(self.text):
            before = self.text[max(0, m.start() - 80):m.start()]
            if self.ctx.in_mask(m.start()) or self.ctx.in_quote(m.start()) or graded.earlier(before) \
                    or re.search(r"\b(?:never|not|no\s+longer|yet\s+to\s+be)\s+(?:been\s+|be\s+)?$", before, re.I):
                continue  # "has never received the lowest rating": no grade
            ins = self.insp_at(m.start())
            worst = m.group("end").lower() in _WORST
            if re.match(r"(?:gave|gives|awards)\b", m.group(0), re.I) and not re.search(
                    r"\b(?:it|they|inspectors?|inspectorate|watchdog|regulator|report|Ofsted|CQC|Estyn|HMICFRS|CIW)\s*"
                    r"(?:,[^,.;]{1,80},\s*)?$",  # ("The report, which was published this week, gave ...")
                    self.text[max(0, m.start() - 120):m.start()], re.I):
                continue  # "Relatives who took part in a survey gave it the highest possible mark": no inspector's
            # ("gave the top rating to the school's leadership, ...": the areas it went to)
            listed = re.match(r"\s+(?:for|in|on)\s+", self.text[m.end():]) or \
                re.match(r"\s+to\s+(?=(?:the|its|their)\s+(?:[a-z]+[’']s\s+)?[a-z])", self.text[m.end():])
            named = graded.counted_after(self.lex, self.text[m.end():m.end() + 500], self.next_grade)[1] if listed else []
            bare = re.match(rf"(?P<n>{graded.alternation('number_words')}|\d+)\s*(?:[–—:-]\s*|,\s+)",
                            self.text[m.end() + listed.end():]) if listed and not named else None
            if bare:
                # "Out of the 11, the service scored the lowest on four - A, B, C and D": the count's noun left out
                at = m.end() + listed.end() + bare.end()
                found = graded.aspect_list(self.lex, self.text[at:at + 400], raw_ok=True, stop=self.next_grade)
                named = found if len(found) == graded.number(bare.group("n")) else []
            if listed and not named and re.match(r"(?:\w+\s+)?(?:of|out\s+of)\s+(?:the|its)\s+",
                                                 self.text[m.end() + listed.end():], re.I):
                continue  # "the lowest possible rating in two of the five areas": areas it does not name
            listed_at = m.end() + listed.end() if listed else m.end()
            # ("the highest grade in two areas: A and B": the count of areas before their list)
            counted = re.match(r"(?:\w+\s+)?(?:key\s+)?(?:areas?|categories|domains|judge?ments|questions|indicators)\s*"
                               r"(?::|[–—-]\s)\s*", self.text[listed_at:], re.I) if listed else None
            listed_at += counted.end() if counted else 0
            rest = self.text[listed_at:listed_at + 400]
            rest = rest[len(m2.group(0)):] if (m2 := BODY_POSSESSIVE.match(rest)) else rest  # ("the school's leadership")
            areas = named or (graded.aspect_list(self.lex, rest) if listed else [])
            areas = [a for a in areas if a in self.lex.aspects]
            if listed and not areas:
                continue  # "the top rating for food hygiene": no area of the inspection's
            only = {f for a in areas for f in self.lex.aspects[a].frameworks}
            g = self.lex.frameworks.extreme(ins.inspectors, self.year_of(ins), ins.kind, worst, only)
            if g is not None and any(j.evidence is not None and j.evidence.start <= m.start() < j.evidence.end
                                     and j.grade == g.label for j in self.ctx.out.judgements):
                continue  # "the home's safety was given the lowest possible rating of ...": an area's, read already
            if g is not None:
                # "gave the highest possible mark for A, B and C": those areas' grade; else the overall grade
                for aspect in areas or [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]:
                    self.add(ins, aspect, g.label, m.start(), m.end(), "judgement.standing")

    def announced(self, g, sent) -> None:
        """'Two GP surgeries in X have been rated inadequate. ... A and B ...': a grade of a count of bodies
        the next sentence that names any body names, as many peers as the count says; else a tally."""
        n = graded.announced_count(self.ctx.text_of(sent))
        if n is None:
            return
        nxt = min((m.sent.start_char for _, ms in self.groups for m in ms if m.sent.start_char >= sent.end_char),
                  default=None)
        if nxt is None or nxt - sent.end_char > 400:
            return
        named = [(ins, m) for ins, ms in self.groups if not ins.previous for m in ms if m.sent.start_char == nxt]
        if len(named) != n or any(len(m.peers) != n for _, m in named):
            return
        after = self.text[g.end_char:sent.end_char].lstrip("’'”\"`")
        aspects = self.after_aspects(g, sent, after, False, [])
        if aspects is None:
            return
        # "Two GP surgeries in Tamworth": where the count says they are is where each one is
        where = [k for k, p in self.ctx.out.places.items() if any(sent.start_char <= e.start < sent.end_char
                                                                    for e in p.evidence)]
        for ins, _ in named:
            place_where(self.ctx, ins, where, [i for i, _ in self.groups])
        for ins, _ in named:
            for aspect in aspects or [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]:
                self.add_one(ins, aspect, self.lex.grade_for(g.text) or g.kb_id_, g.start_char, g.end_char,
                             "judgement.announced")

    def cues(self, g, sent, before: str, after: str) -> _Cues | None:
        """The verb chain before a grade and what else marks it as a judgement; None when nothing does."""
        overall_after = re.match(r"\s+overall\b", after, re.I)
        chain = _VERB_CHAIN.search(before)
        if chain and re.search(r"\bat\s+the\s+$", chain.group(0), re.I) and not re.search(r"standard$", g.text, re.I):
            chain = None  # "at the" before a grade: only a report card's standard ("at the expected standard")
        # "rated inadequate for being safe, requires improvement for being effective, and good for ...":
        # a grade coordinated with an accepted "GRADE for ASPECT" shares its verb.
        coordinated = self.prev_for is not None and self.prev_for[0] == sent.start_char and \
            re.search(r"(?:[,;]\s*(?:and\s+|but\s+|then\s+|with\s+)?|\s(?:and|but|then|with)\s+)['‘\"“]?$", before) and re.match(r"\s+(?:both\s+)?(?:for|at|in)\b", after)
        rating_of = re.search(r"\brating(?:\s+of)?,?\s*$|\b(?:grade|judge?ment|verdict)\s+of\s*$|\b(?:rated|graded) as\s*$",
                              before, re.I)
        if rating_of and re.search(r"\b(?:following|after|since|from)\s+(?:an?|the|its|their)\s+(?:overall\s+)?"
                                   r"(?:grade|judge?ment|verdict)\s+of\s*$", before, re.I):
            rating_of = None  # "inspected in February, following a judgement of inadequate": an earlier grade
        # (the object ends at a new clause: "rated as good but it has now been re-categorised as")
        # ("have rated York's services for children as": a place's possessive opens the object)
        verb_np = re.search(rf"\b(?:{_RATE}|rates|rating|found)\s+(?!of\b)((?:the\s+|its\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?[a-z]"
                            r"(?:(?!\b(?:but|however|whereas|although|though)\b)[\w ,’'-]){2,90}?)\s+(?:as|to be)\s+(?:being\s+)?$",
                            before)
        if chain and not re.search(rf"\b(?:was|were|is|are|been|be|being|{_RATE}|found|identified|uncovered|deemed|"
                                   r"considered|regarded|viewed|seen|(?:reported|described)(?=\s+as\b)|remains?|remained|stay(?:s|ed)?\s+at|stood\s+at|stands\s+at|branded|declared|labell?ed|given|awarded|listed|(?:re-?)?categori[sz]ed|re-?classified|re-?graded|re-?assessed|"
                                   r"retained|kept|lead\s+to|leads\s+to|led\s+to|achiev\w+|gain\w+|secur\w+|earn\w+)\b", chain.group(0), re.I):
            chain = None  # "from outstanding to inadequate": no verb, no judgement
        chain = chain or graded.changed_to(before)  # "respect had dropped from good to": the grade it moved to
        if not chain and self.bullet_after_verb(sent.start_char, before):
            chain = re.search(r"\s*$", before)  # "Inspectors said the force is" / "• 'good' at preventing crime"
        if not chain and (re.match(r"(?:requir(?:es|e|ed)|needs)\b", g.text, re.I) or re.match(r"requiring\b", g.text, re.I)
                          and self.with_areas(before)) \
                and not (re.search(r"\b(?:to|not|may|might|will|would|could)\s+$", before, re.I)
                         and not re.search(r"\bcontinu(?:es|ed|ing|e)\s+to\s+$", before, re.I)):
            # "leadership requires improvement", "care leavers all require improvement": the grade is the verb;
            # "..., with safe and well-led also requiring improvement": the grade is its participle.
            chain = re.search(r"(?:\b(?:all|both|each|also|still|now|further)\s+)*$", before, re.I)
        if rating_of and not chain:
            chain = rating_of  # "gave the council its lowest rating, inadequate"
        if verb_np and not chain:
            chain = re.search(r"\s(?:as|to be)\s+$", before)  # "graded overall effectiveness as ..."
        # "The previous inspection in 2019 found it good": the inspected body as the verb's object.
        pron_obj = re.search(rf"\b(?:{_RATE}|rates|rating|grades|grading|judges|judging|found|finding|deemed|deeming|"
                             r"classing|classifying|ranking|labelling|branding|declaring|assess(?:es|ing)?)\s+"
                             # ("Ofsted rated the school good": the body by its kind, as by "it")
                             r"(?:it|them|the\s+(?:school|college|academy|nursery|pre-school|playgroup|home|care\s+home|"
                             r"service|council|authority|trust|force|prison|practice|surgery|hospital|provider|setting|"
                             r"centre|unit|partnership|agency))\s+(?:as\s+(?:an?\s+)?|to\s+be\s+(?:an?\s+)?)?$",
                             before, re.I) or (re.match(r"requir", g.text, re.I) and re.search(
                                 rf"\b(?:{_RATE}|judged|judging|found|deemed)\s+(?:it|them)\s+to\s+$", before, re.I))
        pron_obj = pron_obj or self.body_object(sent.start_char, before)
        if pron_obj and not chain:
            chain = pron_obj
        # "judged staffing ... inadequate", "rates the home good for ...": the verb's object before the grade.
        # ("has branded an NHS 111 provider 'inadequate'": a body by its kind, its name's capitals before)
        obj_np = re.search(rf"\b(?:{_RATE}|rates|grades|found)\s+((?:the\s+|an?\s+(?=(?:[A-Z0-9][\w-]*\s+){{0,2}}[a-z]))?"
                           r"(?:[A-Z0-9][\w’'-]*\s+){0,2}[a-z][a-z ,’'-]{2,80}?)\s+(?:as\s+)?$", before) \
            or _QUOTED_OBJ.search(before)
        only_obj = not (chain or coordinated or overall_after
                        or re.search(r"\boverall\s+(?:rating\s+(?:of|was|is)\s+)?$", before, re.I))
        if only_obj and not obj_np:
            return None
        if re.match(r"\s+(?!(?:overall|for|in|at|by|across|and|to|after|following|during|with|since|from|on|when|but|as|"
                    r"while|whilst|whereas|although|though|because|despite|until|which|who|compared|according|this|along|"
                    r"last|earlier|previously|again|too|now|once|rating|ratings|grade|grades|ranking|judge?ment|verdict|"
                    r"both(?=\s+(?:for|in|at)\b)|or(?=\s+(?:grade\s+)?\d\b))\b)[a-z]+", after) and not (
                        pron_obj and re.match(r"\s+(?:school|college|academy|nursery|provider|setting|service|home|practice|"
                                              r"surgery|hospital|trust|council|authority|force|prison)\b(?!\s+[a-z])", after)):
            # (but "classing it as a 'good' school": the grade of the body the noun names)
            return None  # an adjective before a noun ("inadequate reports")
        return _Cues(chain, bool(coordinated), verb_np, pron_obj, obj_np, only_obj, overall_after)

    def elided(self, g, sent, before: str, after: str) -> str:
        """"A was rated good, B requires improvement and C inadequate", "rated A outstanding, and B good": an
        area and its grade after a comma or "and", the rating verb left out, in a sentence that has already
        graded an area of the same inspection: that area, else ""."""
        m = re.search(r".*(?:,\s*(?:and\s+|while\s+|but\s+)?|\s(?:and|while|but)\s+)(?:the\s+|its\s+|their\s+)?"
                      r"([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,6}?)\s+$", before)
        if m is None or not re.match(r"['’\"”]?\s*(?:[,;.]|and\b|$)", after):
            return ""
        hit = self.lex.aspect_for(m.group(1))
        if not hit or norm(hit) in _OVERALL:
            return ""
        ins = self.insp_at(g.start_char)
        graded_here = any(j.inspection == ins.local_id and j.evidence is not None
                          and sent.start_char <= j.evidence.end <= g.start_char and norm(j.aspect) not in _OVERALL
                          for j in self.ctx.out.judgements)
        return hit if graded_here else ""

    def with_areas(self, before: str) -> bool:
        """Whether BEFORE ends in "with" and a noun phrase that names areas ("..., with safe and well-led also")."""
        m = re.search(r"\bwith\s+[^,;:.]+$", before, re.I)
        return m is not None and any(a in self.lex.aspects for a in _aspects_in_np(self.lex, m.group(0)))

    def names_body(self, text: str) -> bool:
        """Whether TEXT opens with the name of a body the document names ("Victoria Primary" of "Victoria Primary
        Schools"), or is one."""
        n = norm(text)
        # (or opens with one: "Puddle Ducks Pre-School, Eastmere" in a round-up)
        return bool(n) and any(norm(name).startswith(n) or n.startswith(norm(name) + " ")
                               for o in self.ctx.out.orgs.values() if o.kind != "inspectorate"
                               for name in [o.label, *o.aliases] if len(name) > 3)

    def bullet_after_verb(self, start: int, before: str) -> bool:
        """A list item that opens with its grade, after a line that ends in the verb the items share ("Inspectors
        said the force is" then "• 'good' at preventing crime")."""
        if before.strip(" \t•·●▪*–-") or not re.match(r"\s*[•·●▪*–-]", self.text[start:start + 4] + before):
            return False
        prev = self.text[:start].rstrip()
        line = prev[prev.rfind("\n") + 1:]
        while re.match(r"\s*[•·●▪*–-]", line) and "\n" in prev:  # the list's earlier items share the lead line
            prev = prev[:prev.rfind("\n")].rstrip()
            line = prev[prev.rfind("\n") + 1:]
        return bool(re.search(r"\b(?:is|are|was|were|been)$|:$", line))

    def body_object(self, start: int, before: str) -> re.Match | None:
        """"Ofsted rated Oakfield School good", "the CQC has rated Elmwood Care Home in Ashford as good": a
        body the text names (not an inspectorate) as the object of the rating verb, as "it" is in "rated it
        good"; the verb and the name as a match in BEFORE (the sentence from START up to the grade)."""
        end = start + len(before)
        for o in self.ctx.out.orgs.values():
            if o.kind == "inspectorate":
                continue
            for e in o.evidence:
                if not start <= e.start < e.end <= end or not _AFTER_BODY.fullmatch(self.text, e.end, end):
                    continue
                m = re.search(rf"\b(?:{_RATE}|rates|grades|found|deemed)\s+(?:the\s+)?{re.escape(self.text[e.start:e.end])}",
                              before)
                if m and m.end() == e.end - start:
                    return re.search(re.escape(m.group(0)) + r".*$", before, re.S)
        return None

    def verb_form(self, g, sent, before: str, after: str, counted: bool) -> None:
        """A grade after a verb: its aspects from the subject before the verb or the words after the grade."""
        cues = self.cues(g, sent, before, after)
        if cues is None:
            return
        chain, verb_np, obj_np, only_obj = cues.chain, cues.verb_np, cues.obj_np, cues.only_obj
        pos = g.start_char
        which = _WHICH_WAS.search(before)
        if which:
            # "fallen short in all categories but effectiveness, which was rated as 'good'": the area before
            # the relative clause, its longest name ending there
            words_ = which.group(1).split()
            hit = next((a for k in range(len(words_)) if (a := self.lex.aspect_for(" ".join(words_[k:])))), "")
            if hit and norm(hit) not in _OVERALL:
                self.add_to(pos, sent.start_char + which.start(1), pos, hit, g, "judgement.sentence")
                return
        if self.insp_at(pos) is self.main[0] and (_LAST_TIME.match(after) or _LAST_WHEN.search(before)):
            return  # "rated requires improvement at its last inspection": no earlier inspection to give it to
        verb_at = sent.start_char + (chain.start() if chain else len(before))
        lead = _BULLET_LEAD.fullmatch(self.text, sent.start_char, verb_at)
        if lead and not any(lead.start("rest") <= a.start_char < verb_at and norm(a.kb_id_) not in _OVERALL
                            for a in self.aspect_spans):
            # "• Cancer services at X Hospital – the overall rating has declined from good to": the item's lead
            self.add_to(pos, sent.start_char, pos, lead.group("lead").strip(), g, "judgement.bullet-lead")
            return
        # The subject of the judgement: from the last clause boundary (or the previous grade) to the verb.
        lo = sent.start_char
        rel_np = ""
        for m in _NP_BOUNDARY.finditer(self.text, sent.start_char, verb_at):
            # "Hollybrook Lodge, which cares for 30 people, was rated good": the noun before the relative clause
            # The relative clause's own verbs ("which was rated ...") keep that noun; a new clause drops it.
            word = m.group(0).lower()
            if word == "after" and not self.text[m.end():verb_at].strip() \
                    and re.match(r"\s+(?:being|having\s+been)\s", self.text[m.end():m.end() + 20]):
                # "A school is celebrating after being rated good": the subject of the clause before "after"
                main = re.match(r"\s*(.+?)\s+(?:is|are|was|were|has|have|had)\b", self.text[lo:m.start()])
                rel_np = main.group(1) if main else ""
                lo = m.end()
                continue
            # ("X's services, rated inadequate in 2019, are now good": the noun before the participle's comma)
            participle = word in ("rated", "judged", "found", "considered")
            rel_np = self.text[lo:m.start()] if word in ("that", "which") or (
                participle and not rel_np and self.text[lo:m.start()].rstrip().endswith(",")) else \
                rel_np if participle else ""
            lo = m.end()
        for other in self.grade_spans:
            if lo <= other.end_char <= verb_at and other is not g:
                lo = other.end_char  # a grade inside the relative clause leaves its noun the subject
                # ("rated inadequate overall, and its ratings for A and B were also ...": "overall" is that grade's)
                lo += len(re.match(r"(?:['’\"”]?\s+overall\b(?:\s*,)?(?:\s+(?:and|but|while|whilst)\b)?\s*)?",
                                   self.text[lo:verb_at], re.I).group(0))
                # ("... by the Care Quality Commission, and its ratings for A were ...": the clause after "and")
                joins = list(re.finditer(r"(?:,|;)\s+(?:and|but|while|whilst|with)\s+", self.text[lo:verb_at]))
                lo += joins[-1].end() if joins else 0
        for other in _STANDING.finditer(self.text, lo, verb_at):
            # ("won the top rating for A, B and C, and it was judged good for D": the areas are the top grade's)
            joins = list(re.finditer(r"(?:,|;)\s+(?:and|but|while|whilst|with)\s+", self.text[other.end():verb_at]))
            lo = other.end() + (joins[-1].end() if joins else 0)
        aspects: list[str] = []
        inside = [a for a in self.aspect_spans if lo <= a.start_char and a.end_char <= verb_at
                  and not (len(a) == 1 and a[0].is_sent_start)
                  # ("the Council's Children and Families Service": words of a service's name)
                  and not re.match(r"\s+(?:Service|Services|Department|Directorate)\b", self.text[a.end_char:verb_at])
                  # ("a trust at the centre of a maternity care scandal has been rated ...": a word of another noun)
                  and not re.search(r"\b(?:a|an)\s+$", self.text[max(0, a.start_char - 4):a.start_char], re.I)]
        lo_np = lo
        if inside:
            # The aspect nearest the verb, and those listed before it ("A, B and C were ...").
            chosen = [inside[-1]]
            for a in reversed(inside[:-1]):
                # (each name may be in quote marks, the comma inside them: "'wellbeing,' 'leadership,' and")
                # ("the quality of A, the quality of B and the quality of C as 'adequate'")
                if re.fullmatch(r"[\s’'”\"]*(?:[,;–—-][\s’'”\"]*)?(?:(?:and|or|plus)\s+(?:of\s+|for\s+)?)?(?:the\s+)?[‘'“\"]?",
                                self.text[a.end_char:chosen[-1].start_char]):
                    chosen.append(a)
                else:
                    break
            lo = min(lo, chosen[-1].start_char)
            # "adult learning and apprenticeships were ...": a lower-case one-word aspect the matcher leaves out
            # ("teaching and curriculum, and achievement – were ...": the list between dashes)
            gap = re.fullmatch(r",?\s+(?:and|or|plus)\s+(?:the\s+)?([a-z][\w’'-]+)\s*(?:[–—]\s*)?", self.text[inside[-1].end_char:verb_at])
            last = self.lex.aspect_for(gap.group(1)) if gap else ""
            if last:
                aspects = [a.kb_id_ for a in reversed(chosen)] + [last]
            # "A, B in other words, C and D were ...": the subject read as a list, when it names more of them
            listed = _aspects_in_np(self.lex, self.text[lo_np:verb_at]) if lo_np < chosen[-1].start_char and re.search(
                r"(?:,|\band)\s+(?:the\s+|its\s+|their\s+)?$", self.text[lo_np:chosen[-1].start_char]) \
                and not re.search(r"\b(?:including|such\s+as|namely)\b", self.text[lo_np:verb_at]) else []
            if len(listed) > len(chosen) and {a.kb_id_ for a in chosen} <= set(listed) and not aspects:
                aspects = listed
                lo = lo_np
        np_text = self.text[lo:verb_at]
        moved = chain is not None and "obj" in chain.re.groupindex and chain.group("obj")
        named = chain is not None and "aobj" in chain.re.groupindex and chain.group("aobj")
        if not moved and named and _aspects_in_np(self.lex, named):
            moved = named  # "downgraded its crisis services and its community services from good to"
        if moved and _aspects_in_np(self.lex, moved):
            # "downgraded the ratings for how safe and well-led the service is from good to": the verb's object
            aspects = _aspects_in_np(self.lex, moved)
        elif moved and _is_subject_np(self.ctx, _NP_FRAME.sub("", moved.strip()), self.insp_at(pos)):
            aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]  # "the rating of X"
        body_obj = chain is not None and "body" in chain.re.groupindex and chain.group("body")
        if body_obj and not aspects and not inside:
            np_text = body_obj  # "Inspectors downgraded the department to inadequate": the body is the verb's object
        if verb_np and not inside:
            # "They graded overall effectiveness as requires improvement"
            np_text = verb_np.group(1)
            hit = self.lex.aspect_for(_bare_np(np_text))
            if hit:
                aspects = [hit]
        if obj_np and (not chain or obj_np.re is _QUOTED_OBJ):
            # "Inspectors judged staffing and the quality of assessments inadequate": only named aspects count.
            # ("rated its A, B and C all outstanding": the words of the set around the areas aside)
            obj = re.sub(r"\s+(?:all|both|each)$", "", obj_np.group(1))
            quoted = re.findall(r"[‘“\"]([^‘’“”\"]{2,150})[’”\"]", obj)  # ("the three categories 'A', 'B', and 'C'")
            parts = quoted or [_bare_np(x) for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", obj) if x.strip()]
            # (the body's: "found the local authority's prospects for improvement unsatisfactory")
            hits = [self.lex.aspect_for(x) or self.lex.aspect_for(re.sub(r"^(?:the|its|their)\s+", "", x))
                    or self.lex.aspect_for(BODY_POSSESSIVE.sub("", x)) for x in parts]
            if quoted and not all(hits):
                # (a quoted name in the writer's words: the one aspect it holds, "progress of children who need help")
                hits = [h or _ending_aspect(self.lex, x) for h, x in zip(hits, parts, strict=True)]
            if not (hits and all(hits)):
                # "found the quality of care and support and the quality of management and leadership good"
                hits = _aspect_run(self.lex, obj_np.group(1), whole=True)
            if hits and all(hits):
                aspects = hits
                lo = sent.start_char + obj_np.start(1)
        at_insp = obj_np is not None and re.match(r"\s+(?:at|in)\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:inspection|visit)\b",
                                                  after) and _is_subject_np(self.ctx, obj_np.group(1), self.insp_at(pos))
        if at_insp:
            # "Ofsted judged the council's services for children inadequate at their inspection in 2023"
            aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
        if only_obj and not aspects and obj_np and obj_np.re is not _QUOTED_OBJ \
                and _GENERIC_SUBJECT.match(_bare_np(obj_np.group(1))) and re.match(r"['’\"”]?\s*(?:[.;]|$)", after) \
                and _is_generic_kind(obj_np.group(1)):
            # "The CQC has branded an NHS 111 provider 'inadequate'.": the body the article is about, by its kind
            aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
        if only_obj and not aspects and obj_np and obj_np.re is not _QUOTED_OBJ and _whole_service(obj_np.group(1)) \
                and re.match(r"['’\"”]?\s*(?:[.;]|$)", after):
            aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]  # "rated York's services
            # for children and young people as outstanding": the council's service as a whole
        if only_obj and not aspects and not (
                obj_np and (re.match(r"\s+(?:overall\s+)?(?:for|(?:at|in)(?=\s+\w+ing\b))[\s:]", after)
                            or _semicolon_list(self.lex, re.sub(r"^\s+in\s+", "", after)))
                and _GENERIC_SUBJECT.match(_bare_np(obj_np.group(1)))) \
                and not re.match(r"\s+when\s+it\s+(?:came|comes)\s+to\b", after):
            # "rated the home good for being caring" goes on to its aspects ("... and reasonably good when it
            # came to purposeful activity" names its own)
            return
        inc = re.search(r"\b(?:including|such\s+as|namely)\s+", np_text)
        listed = _aspects_in_np(self.lex, np_text[inc.end():]) if inc and not aspects else []
        if len(listed) > max(1, len(inside)):
            # "The majority of other areas including leadership, staff and planning were all rated good"
            aspects = listed
        elif len(np_text.split()) > 14 and "," in np_text and not inside:
            lo += np_text.rfind(",") + 1
            np_text = self.text[lo:verb_at]
        # "graded good in two areas, preventing crime and managing offenders": a counted set of areas names its
        # aspects after it, or none ("good in all five areas" is not the overall grade).
        if counted:
            self.prev_for = (sent.start_char, g.end_char)
            # "... in every category. This included: A, B and C": the next sentence names them.
            listed = graded.next_list(self.lex, self.text[sent.end_char:])
            inc = re.match(r"[^.;:]*?,\s+including\b", after)
            if inc and not listed:
                # "in all areas, including the new judgment for care leavers": the areas it names among them
                listed = [a.kb_id_ for a in self.aspect_spans if g.end_char + inc.end() <= a.start_char < sent.end_char]
            for aspect in listed:
                self.add_to(pos, lo, verb_at, aspect, g, "judgement.counted")
            if (not listed or inc) and re.match(r"\s+(?:in|across|for|on)\s+(?:all|every|each)\b", after, re.I) \
                    and self.graded_overall(self.insp_at(pos)) and (cues.pron_obj or not np_text.strip() or rel_np.strip()
                                                                  or _is_subject_np(self.ctx, np_text, self.insp_at(pos))):
                # "Honywood School scored 'good' in all areas": a framework with an overall grade gives that too
                self.add_to(pos, lo, verb_at, self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness",
                            g, "judgement.counted")
            return
        aspects = self.after_aspects(g, sent, after, counted, aspects)
        if aspects is None:
            return
        self.finish(g, sent, after, aspects, inside, chosen if inside else [], np_text, rel_np, lo, verb_at, cues)

    def after_aspects(self, g, sent, after: str, counted: bool, aspects: list[str]) -> list[str] | None:
        """The aspects named after the grade ("for being safe and well-led"); None when there is no judgement."""
        skip = graded.aside(after) if re.match(r",\s", after) else 0
        if skip:
            # "graded the college as requiring improvement, the second lowest above inadequate, in areas of A, B
            # and C": past where the grade stands, to the areas
            after = " " + after[skip:]
        # "rated good for being effective", "outstanding for leadership"
        # "good at preventing crime" (PEEL grades an area of policing "at" it)
        other_words = re.match(r"\s+(?:in|at)\s+((?:how|the way|what)\b[^;.:]*)", after, re.I)
        if other_words and not self.lex.aspect_for(graded.list_end(other_words.group(1).split(",")[0]).strip()):
            self.prev_for = (sent.start_char, g.end_char)
            return None  # "adequate in how it investigates crime": an area in other words, not the overall grade
        named = None if counted else re.match(r"['’\"”]?\s*(?:in|for|across)\s+(?:the|its|these|all)\s+(?:following\s+)?"
                                             rf"(?:{graded.alternation('area_nouns')})\s*:\s*", after, re.I)
        run = _aspect_run(self.lex, graded.list_end(after[named.end():])) if named else []
        if len(run) >= 2:
            # "graded it 'Good' in the categories: safe, effective, caring and responsive, with ...": the list
            self.prev_for = (sent.start_char, g.end_char)
            return aspects + run
        if not counted and re.match(r"\s*(?:overall\s+)?(?:for|in)\s*:", after, re.I):
            # "judged the home inadequate for:" then one aspect a line or a "; " item
            listed = _colon_list(self.lex, self.text[g.end_char:].split(":", 1)[1])
            if listed:
                self.prev_for = (sent.start_char, g.end_char)
                return aspects + listed
        fm = None if counted else re.match(r"\s+(?:overall(?:,?\s+and|,|\s+[–—])?\s+(?:as\s+well\s+as\s+)?)?(?:both\s+(?=for\b|in\b|at\b))?(?:for|in\s+terms\s+of|when\s+it\s+(?:came|comes)\s+to|on\s+the\s+(?:quality\s+)?(?:indicators|benchmarks|measures)\s+of|(?:in|on)\s+the\s+(?:key\s+)?questions?\s+of(?=\s+whether)|when\s+asking(?=\s+whether)|in|at|across|on(?=\s+\S+(?:,|\s+and\b))|(?<=as )(?=how\s))\s*"
                                           r"(?:both\s+)?(?:its\s+|the\s+|their\s+|being\s+)?(?:services?\s+being\s+)?" + _AREAS_OF,
                                           after, re.I)
        if fm:
            # "inadequate for being safe and well-led": every aspect up to the next comma or grade.
            rest = ability_list(self.lex, graded.drop_asides(graded.strip_intro(after[fm.end():])))
            listed = _semicolon_list(self.lex, rest)
            if listed:
                # "inadequate in leadership and management; adult learning programmes; ...; and outcomes"
                self.prev_for = (sent.start_char, g.end_char)
                return aspects + listed
            # "for quality of teaching, learning and assessment": the commas of a name are no list's
            masked = _mask_commas(self.lex, rest)
            tail = re.split(r"[,;](?!\s*(?:and\s+)?being\b)|\s+(?:but|while|whereas|and\s+['‘\"“]?" + self.grade_rx + r")\b",
                            masked, maxsplit=1, flags=re.I)[0]
            tail = graded.list_end(tail)  # "... for its prospects for improvement following an inspection"
            whole = self.lex.aspect_for(tail.strip().replace(_COMMA, ","))  # "for preventing fire and other risks": one aspect with "and"
            if "," in rest:
                # "for being safe, effective and well-led": a comma list goes on while its items are aspects.
                run = _aspect_run(self.lex, rest)
                if len(run) < 2:
                    run = gapped_run(self.lex, rest) or run
                # ("in A, B and C as well as D": items the run stops before, joined by "and" or "as well as")
                upto = re.split(r"\s+(?:but|while|whilst|whereas|although|though|yet)\b|[;:]|['‘\"“]?\b(?:" + self.grade_rx + r")\b",
                                rest, maxsplit=1, flags=re.I)[0]
                more = _aspects_in_np(self.lex, graded.list_end(upto)) if len(run) >= 2 else []
                if set(run) < set(more) and all(a in self.lex.aspects for a in more):
                    run = more
                # (a tail that is one aspect's name counts one, whatever "and"s its name holds)
                if len(run) > (1 if whole else len(re.split(r",?\s+and\s+|\s*/\s*|,\s*", tail))):
                    aspects = run
                    tail = ""
            for part in ([tail] if whole else _and_parts(self.lex, tail) if tail else []):
                part = part.replace(_COMMA, ",")
                # "for organisational delivery and for its work on out-of-court disposals"
                part = re.sub(r"^(?:(?:for|at|in)\s+)?(?:(?:being|its|the|their)\s+)?(?:work (?:on|with|in)\s+)?"
                              r"(?:(?:the\s+)?(?:area|domain|key question|question)\s+of\s+)?",
                              "", part.strip(), flags=re.I)
                if not aspect_of(self.lex, part.rstrip(" .")):
                    # "good on caring and responsive measures": the list's own noun is no part of its last item
                    part = re.sub(rf"\s+(?:{graded.alternation('area_nouns')})$", "", part.rstrip(" ."), flags=re.I)
                hit = aspect_of(self.lex, part) or next((a.kb_id_ for a in self.aspect_spans
                                                    if a.text.lower().endswith(part.lower()) and part), "")
                if hit:
                    aspects.append(hit)
            if aspects:
                aspects += _items_after(self.lex, rest)
                self.prev_for = (sent.start_char, g.end_char)
                if re.match(r"\s+overall(?:,?\s+and|,|\s+[–—]|\s+as\s+well\s+as)", after, re.I):
                    # "rated good overall and for being caring": the overall grade as well
                    aspects.insert(0, self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness")
            elif re.match(r"\s+(?:at|for|in)\s+\w+ing\b", after):
                # "good at preventing fires", "outstanding in disrupting organised crime": a strength or an area
                # the frameworks do not name, not the overall grade
                return None
        return aspects

    def without_inspectorates(self, np_text: str, lo: int) -> str:
        """NP_TEXT (the text at LO) with the inspectorates' names blanked: "the Education and Training
        Inspectorate has rated X" names no area called education."""
        if not self.text.startswith(np_text, lo):
            return np_text
        chars = list(np_text)
        for o in self.ctx.out.orgs.values():
            if o.kind == "inspectorate":
                for e in o.evidence:
                    for k in range(max(e.start, lo), min(e.end, lo + len(np_text))):
                        chars[k - lo] = " "
        return "".join(chars)

    def finish(self, g, sent, after: str, aspects: list[str], inside, chosen, np_text: str, rel_np: str, lo: int,
               verb_at: int, cues: _Cues) -> None:
        """The aspects of the subject when none were named after the grade; then the judgements."""
        pos, chain, pron_obj, overall_after = g.start_char, cues.chain, cues.pron_obj, cues.overall_after
        by = re.match(r"['’\"”]?\s+by\s+(?:the\s+)?([^,.;]{2,60})", after)
        # ("by government inspectors", "by the education watchdog": an inspectorate by its description)
        # ("by the educational inspectors", "by the new care regulator": any words that describe one)
        if by and not re.match(r"(?:[\w’'-]+\s+){0,3}?(?:inspectors?|inspectorate|regulator|watchdog)\b", by.group(1),
                               re.I) and not any(
                o.kind == "inspectorate" and any(g.end_char + by.start(1) <= e.start < g.end_char + by.end(1) for e in o.evidence)
                for o in self.ctx.out.orgs.values()):
            return  # "judged inadequate by the council's own auditors": a grade no inspectorate gave
        if not aspects and _NEGATED_SUBJECT.match(np_text):
            return  # "No service was rated as inadequate": a grade nothing was given
        named_after = bool(aspects)
        if not aspects and _AGAINST_TESTS.match(after):
            return  # "Outcomes ... were ranked as 'good' against the four healthy prison tests of A, B, C and D": its list's
        if not aspects and _whole_service(np_text):
            # "Council children's services rated inadequate", "rated York's services for children and young people
            # as outstanding": the council's service as a whole, its overall grade
            aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
        if not aspects and re.match(r"['’\"”]?\s+(?:in|across|for)\s+(?:nearly|almost|most|many|some|several|a\s+number\s+of|"
                                    r"the\s+majority\s+of|half\s+(?:of\s+)?(?:the\s+|its\s+)?)\b", after, re.I):
            return  # "rated it 'good' in nearly all areas": some areas' grade, not the whole one
        if not aspects and not inside and re.match(r"\W*(?:with\s+|and\s+)?(?:some|many|several|most|other|certain|a\s+few|"
                                                   r"a\s+number\s+of)\s+(?:of\s+(?:its|the|their)\s+)?(?:services?|areas?|parts?)\b",
                                                   np_text, re.I):
            return  # "rated good, with some services rated outstanding": areas it does not name
        if not aspects and inside:
            aspects = [a.kb_id_ for a in reversed(chosen)]
            named = _aspects_in_np(self.lex, np_text)
            if set(aspects) < set(named):
                aspects = named  # "effectiveness and being well led": a word the matcher leaves out is named too
            # ("As well as its overall rating dropping, its ratings for A and B also dropped to": the clause after
            # the last comma is the subject)
            last = np_text.rsplit(",", 1)[-1] if "," in np_text else ""
            own = _aspects_in_np(self.lex, last) if re.match(r"\s*(?:its|their|the)\s", last) else []
            if own and not set(own) & set(aspects) and all(norm(a) in _OVERALL for a in aspects) \
                    and not any(norm(a) in _OVERALL for a in own):
                aspects = named = own
            head = re.match(r"\s*(?:(?:the|its|their)\s+)?(.+?)\s+of\s+", np_text, re.I)
            if len(named) == 1 and head and self.lex.aspect_for(head.group(1)) == named[0] and self.text.startswith(np_text, lo) \
                    and all(c.start_char >= lo + head.end() for c in chosen):
                aspects = named  # "the current performance of the education services is ...": the head's aspect
        # (a short phrase may come between: "inadequate following the visit, as did its ratings for ...")
        asw = re.match(r"(?:\s+[^,;.]{1,40}?,)?,?\s+as (?:was|were|did)\s+", after)
        if aspects and asw:
            # "A was judged inadequate, as were B and C"
            # "..., as were the ratings for being safe and well led": every aspect the list names
            listed = _aspects_in_np(self.lex, re.split(r"[.;]", after[asw.end():], maxsplit=1)[0])
            more = [a for a in self.aspect_spans if g.end_char + asw.end() - 1 <= a.start_char <= g.end_char + asw.end() + 2]
            if len(listed) > 1:
                aspects += [a for a in listed if a not in aspects]
            elif more:
                aspects.append(more[0].kb_id_)
            else:
                aspects += _aspect_run(self.lex, after[asw.end():])
        area_np = re.fullmatch(rf"\s*(?:the|its)\s+(?:{graded.alternation('area_nouns')}|rating|ratings|grade|score)\s+"
                               r"(?:for|of)\s+(?:being\s+)?([\w’' -]{2,40}?)\s*", np_text, re.I) if not aspects else None
        if area_np and self.lex.aspect_for(area_np.group(1)):
            aspects = [self.lex.aspect_for(area_np.group(1))]  # "The area for safe has dropped from good to ..."
        if not aspects:
            # "For wellbeing, the school was graded excellent": the aspect fronted before the subject
            # ("Under both areas of efficiency the service was rated outstanding": the areas' own noun first)
            front = re.match(r"\s*(?:for|in|on|under)\s+(?:its\s+|the\s+|their\s+)?(?:(?:both|all|the)\s+)?"
                             rf"(?:(?:{graded.alternation('area_nouns')})\s+(?:of\s+)?)?([^,;]{{3,60}}?)(?:,\s*|\s+)"
                             r"(?:the|it|its|they|their|this|[A-Z][\w’'-]*)\b", self.text[sent.start_char:verb_at]
                             if lo <= sent.start_char + 80 else "", re.I)
            # ("In the category ‘how good is our setting?’ it was rated as very good": the area in quote marks)
            hit = front and self.lex.aspect_for(front.group(1).strip("‘’'“”\""))
            aspects = [hit] if hit else _aspects_in_np(self.lex, self.without_inspectorates(np_text, lo))
            # ("its work to prevent crime, tackle anti-social behaviour and keep people safe was": ability_list
            # knows which nouns before "to" open such a list)
            work = re.search(r"\b(?:its|their|the\s+\w+[’']s)\s+\w+\s+to\s+.*$", np_text) if not aspects else None
            told = ability_list(self.lex, work.group(0)) if work else ""
            named = self.lex.aspect_for(told.strip()) if told != (work.group(0) if work else "") else ""
            if named:
                aspects = [named]  # "its work to prevent crime, tackle anti-social behaviour and keep people safe was"
            ins = self.insp_at(pos)
            fws = self.frameworks_of(ins)
            if not hit and len(aspects) == 1 and aspects[0] in self.lex.aspects and not namers(self.lex, aspects[0]) & set(fws):
                # "education quality" of a school is no prison's "education, skills and work": the framework's
                # own area in the writer's words, else the name as found
                np = _bare_np(np_text)
                near = near_aspect(self.lex, np, fws)
                if near and stems(near) <= stems(np):
                    aspects = [self.lex.aspect_for(reworded(self.lex, np, fws)) or np[:1].upper() + np[1:]]
        tail = np_text.rsplit(",", 1)[-1] if "," in np_text and not inside else ""
        if not aspects and tail.strip() and _aspects_in_np(self.lex, tail):
            aspects = _aspects_in_np(self.lex, tail)  # "At its last inspection, in 2022, leadership was rated ..."
        if not aspects and np_text.strip() == "," and rel_np.strip(" ,"):
            # "Leadership, which was previously rated good, is now inadequate": the noun before the clause
            aspects = [a for a in _aspects_in_np(self.lex, rel_np) if a in self.lex.aspects]
        subj = self.ctx.out.orgs.get(self.insp_at(pos).subject)
        kind = re.fullmatch(r"\s*(?:the|this|its|our)\s+([\w-]+)\s*", tail or np_text, re.I)
        if not named_after and len(aspects) == 1 and kind and subj is not None and subj.label.lower().endswith(" " + kind.group(1).lower()):
            aspects = []  # "the surgery was rated ..." of Quantock Vale Surgery: the body, not surgery
        if not aspects:
            # "At its previous inspection, published in August 2022, the home was rated good": the subject is
            # the clause after the last comma.
            # ("rated requires improvement overall, having been rated good in 2022": the body, as in the clause before)
            # ("... celebrating today (Thursday 12 June) as it was rated good": the pronoun of a clause after "as")
            if _is_subject_np(self.ctx, np_text, self.insp_at(pos)) or overall_after or pron_obj \
                    or re.search(r"(?:^|[\s),])(?:as|after|because|since|when)\s+(?:it|they)\s*$", np_text) \
                    or re.fullmatch(r"\s*(?:after\s+)?having\s*", tail or np_text, re.I) \
                    or (verb_at == sent.start_char and chain and re.fullmatch(
                        r"\s*(?:(?:previously|formerly|once|last|first|initially|originally)\s+)?(?:rated|judged|graded|"
                        r"classed|classified|assessed|deemed|ranked)(?:\s+as)?\s+",  # (a round-up's "Classed as 'good'.")
                        chain.group(0), re.I)) \
                    or (tail.strip() and _is_subject_np(self.ctx, tail, self.insp_at(pos))) \
                    or (rel_np.strip(" ,") and _is_subject_np(self.ctx, rel_np, self.insp_at(pos))) \
                    or (chain and _INSPECTION_NP.match(self.text[sent.start_char:pos].lstrip()) and re.search(
                        r"\b(?:found|finds|concluded|identified|identifies|uncovered)\s*['‘\"“]?$", self.text[sent.start_char:pos], re.I)):
                # ("An inspection of SEND services in Barsetshire has found 'widespread and/or systemic failings'")
                aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
            else:
                np = _bare_np(np_text)
                if chain and re.search(r"\b(?:rated|judged|graded)\b", chain.group(0), re.I) \
                        and re.search(r"\b(?:services?|care)$", np, re.I) and 2 <= len(np.split()) <= 4:
                    aspects = [np[:1].upper() + np[1:]]
                    if graded.names_body(np, self.ctx.out.orgs.get(self.insp_at(pos).subject)):
                        # "Probation services rated inadequate" of a probation delivery unit: the body itself
                        aspects = [self.lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
                near = near_aspect(self.lex, np, self.frameworks_of(self.insp_at(pos))) \
                    if not aspects and len(stems(np)) >= 2 and len(np.split()) <= 8 else ""
                if near and stems(near) <= stems(np):
                    # "Education quality was judged good": an area of the framework in the writer's words (every
                    # word of its name there: "qualifications of staff" is no quality of education)
                    fws = self.frameworks_of(self.insp_at(pos))
                    aspects = [self.lex.aspect_for(reworded(self.lex, np, fws)) or np[:1].upper() + np[1:]]
        both = re.match(r"\s+overall\s*,?\s*and\s+(?=(?:in|across)\b)", after, re.I) if overall_after else None
        if both:
            # "rated inadequate overall and in three key areas, ...: A, B and C": the areas too
            aspects += [a for a in graded.counted_after(self.lex, " " + after[both.end():], self.next_grade)[1]
                        if a not in aspects]
        if aspects:
            # "A was ranked weak, with B and C also classed as being of this level"
            aspects = aspects + graded.same_grade(self.lex, after)
            # ("... were judged as 'good', as well as a new category of judgement, the experiences of X")
            along = re.match(r"['’\"”]?,?\s+(?:along\s+with|as\s+well\s+as)\s+", after, re.I)
            if along:
                # "... was rated outstanding along with its culture and values and its understanding of fires"
                aspects += [a for a in _aspects_in_np(self.lex, re.split(r"[.;]", after[along.end():])[0])
                            if a not in aspects]
            # "the overall rating has dropped from requires improvement to inadequate, as have the ratings for
            # being safe, effective and well-led": the same change for each
            as_have = _AS_HAVE.match(after)
            if as_have:
                aspects += [a for a in _aspects_in_np(self.lex, re.split(r"[.;]", after[as_have.end():])[0])
                            if a not in aspects]
        for aspect in aspects:
            self.add_to(pos, lo, verb_at, aspect, g, "judgement.sentence")
        if aspects:
            self.prev_for = (sent.start_char, g.end_char)  # "outstanding overall and good for ...": the next shares the verb
