"""Judgements: grades given to an inspection's aspects, from grade lists and running text."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lexicon import Lexicon, norm, slug
from ..model import (
    Inspection,
    Judgement,
)
from .context import Ctx, _ev
from .inspections import Mention
from .quotes import _paragraphs


@lru_cache(maxsize=4)
def _grade_res(lex: Lexicon) -> tuple[str, re.Pattern, re.Pattern]:
    """The grade regexes, made from the frameworks' grade names: a group, a list item "Aspect – Grade", any grade."""
    assert lex.frameworks is not None
    words = lex.frameworks.word_pattern()
    list_item = re.compile(r"(?P<aspect>[A-Z][A-Za-z ,’'&/()?-]{1,100}?)\s*(?:–|—|:|\||-{1,2}|\t)\s*(?P<grade>" + words
                           + r")\b(?!\s+(?:practice|standard|quality))", re.I)
    return f"({words})", list_item, re.compile(rf"\b(?:{words})\b", re.I)


_JUDGE_CUE = re.compile(r"\b(?:rated|judged|graded|found to be|assessed as|deemed|remains?|is|are|was|were|been|be|as|now)\s+(?:as\s+|being\s+)?$", re.I)


_SUBJECT_WORDS = {"council", "authority", "service", "services", "division", "region", "area", "trust", "force",
                  "provider", "home", "it", "organisation", "department", "partnership", "children's", "children’s",
                  "cafcass", "unit", "team", "board", "agency", "prison", "hospital", "practice", "overall", "work"}


_VERB_CHAIN = re.compile(r"(?:\b(?:was|were|is|are|has|have|had|been|be|being|both|each|all|also|now|still|"
                         r"judged|rated|graded|found|assessed|deemed|considered|to|as|remains?|remained|branded|"
                         r"declared|labelled|labeled|given|awarded|handed|kept|retained|re-rated|"
                         r"overall|once|again|previously|currently)\s+)+$", re.I)


_NP_BOUNDARY = re.compile(r";|:|\(|\d{4}\s[—–]\s|\b(?:that|which|where|while|whilst|whereas|although|though|but|after|because|"
                          r"said|says|found|concluded|reported|judged|rated|considered|and found|when)\b", re.I)


_GENERIC_SUBJECT = re.compile(r"^(?:services?|it|they|the (?:council|authority|trust|force|service|services|provider|"
                              r"division|region|area|organisation|partnership|home)|children[’']?s (?:services|social care)|"
                              r"services? for children(?: and (?:young people|families))?|"
                              r"(?:(?:care|nursing|residential|children[’']?s)\s+)?home|"
                              r"(?:council|authority|trust|force|division|region|area|provider|home|organisation|"
                              r"partnership|agency|prison|hospital|unit|team|board)|overall)$", re.I)


_OVERALL = {"overall effectiveness", "overall", "overall rating", "overall judgement", "overall grade"}


def _bare_np(np_text: str) -> str:
    """A noun phrase without determiners, possessors or a trailing "at/in ..." phrase."""
    np = " ".join(np_text.replace("–", " ").replace("—", " ").split()).strip(" ,-")
    np = re.sub(r"^(?:and|the|its|their|our|his|her|a|an|all|some|both|each|also|overall,?)\s+", "", np, flags=re.I)
    np = re.sub(r"\s+(?:at|in|across|within|on|for the|by)\s+.*$", "", np)
    return np.strip(" ,")


def _aspects_in_np(lex: Lexicon, np_text: str) -> list[str]:
    """Aspects named by the subject, also as a list ("the quality of ..., and leadership and management")."""
    out = []
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+as well as\s+", np_text) if p.strip()]
    for part in parts:
        words = re.sub(r"^(?:\s*(?:and|the|its|their|our)\s+)+", "", part.strip(), flags=re.I).split()
        # The longest leading run of words that is a known aspect ("quality of education services for ...").
        for n in range(len(words), 0, -1):
            hit = lex.aspect_for(" ".join(words[:n]))
            if hit:
                out.append(hit)
                break
    return out


_AREA_COUNT = re.compile(r"\s+(?:overall\s+)?(?:in|for|across|on)\s+(?:(?:all|both|each|every|any|most)\s+(?:of\s+)?(?:the\s+|its\s+)?"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|\d+|other|remaining)\s+)?|"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|\d+|several|other|remaining|the other|the remaining)"
                         r"(?:\s+of\s+(?:the|its)\s+(?:two|three|four|five|six|seven|eight|nine|\d+))?\s+))"
                         r"(?:of\s+(?:the|its)\s+)?(?:[a-z-]+\s+){0,2}?(?:areas?|key questions|questions|domains|"
                         r"judgements|categories|pillars|themes|aspects|standards)\b", re.I)


def _aspect_run(lex: Lexicon, text: str) -> list[str]:
    """The aspects a list opens with ("safe, effective and well-led, the report said" gives three)."""
    rest = re.split(r"[;.)]|\s+(?:but|while|whereas)\b|[–—]", text.lstrip(" :,(–—-"), maxsplit=1)[0]
    out = []
    for item in re.split(r",?\s+and\s+|,\s*", rest):
        item = re.sub(r"^(?:(?:for|at|in)\s+)?(?:(?:being|its|the|their)\s+)?", "", item.strip(), flags=re.I)
        item = re.sub(r"\s+(?:key\s+)?(?:questions?|areas?|domains?)$", "", item.strip(" ."), flags=re.I)
        hit = lex.aspect_for(item)
        if not hit:
            break
        out.append(hit)
    return out


def _is_subject_np(ctx: Ctx, np_text: str, ins: Inspection) -> bool:
    np = _bare_np(re.sub(r"^.*?\b(?:[A-Z][\w-]+\s+)*(?:Council|Trust|Police|Service)[’']s\s+|^(?:the\s+)?council[’']s\s+", "",
                         np_text))
    # "Suffolk children's services", "Norfolk's safeguarding service": a place or body before the noun.
    words = np.split()
    while words and (ctx.lex.places.get(slug(re.sub(r"[’']s$", "", words[0]))) or words[0][:1].isupper()
                     and re.search(r"[’']s$", words[0])):
        words = words[1:]
    subj = ctx.out.orgs.get(ins.subject)
    if not words and subj is not None:
        # "Torbay was judged inadequate": the place a council or body is named after stands for it
        place = slug(re.sub(r"[’']s$", "", np))
        area = ctx.lex.orgs[subj.key].area if subj.key in ctx.lex.orgs else ""
        if place and (place == area or slug(subj.label).startswith(place + "-")):
            return True
    np = " ".join(words) if words else np
    if not np:
        return False
    if _GENERIC_SUBJECT.match(np) or re.search(r"\b(?:division|region|area|council|authority|trust|force|"
                                               r"partnership|provider|organisation|agency|department|board)$", np, re.I):
        return True
    names = {norm(subj.label), *(norm(a) for a in subj.aliases)} if subj else set()
    n = norm(np_text)
    if subj is not None and len(subj.label.split()) >= 3:
        # "youth justice services in Oldham" for "Oldham Youth Justice Service": the body's kind, placed
        kind_words = [w for w in subj.label.split() if not ctx.lex.places.get(slug(w))]
        kind = norm(" ".join(kind_words)).rstrip("s")
        if len(kind_words) >= 2 and len(kind_words) < len(subj.label.split()) and norm(np).rstrip("s") == kind:
            return True
    return any(x and x in n for x in names)


def _judgements(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    if not groups:
        return
    text = ctx.doc.text
    lex = ctx.lex
    main = next((g for g in groups if not g[0].previous), groups[0])
    seen: set[tuple[int, str, str]] = set()
    grade_rx, list_item, any_grade = _grade_res(lex)

    def insp_at(pos: int) -> Inspection:
        for ins, ms in groups:
            if any(m.sent.start_char <= pos < m.sent.end_char for m in ms):
                if ins.previous and ins is not main[0] and re.search(r"\b(?:is|are|has|have|been)\s+now\s+(?:rated\s+|judged\s+)?$|"
                                                                     r"\bnow\s+(?:rated|judged)\s+$", text[max(0, pos - 40):pos]):
                    return main[0]  # "its rating is now good, up from inadequate in 2019": the grade of today
                return ins
        return main[0]

    def add(ins: Inspection, aspect: str, grade: str, s: int, e: int, rule: str) -> None:
        # A grade word counts only on a scale of the inspectorates' frameworks ("weak" is no Ofsted grade).
        when = (ins.visited or ins.published or ctx.doc.date)[:4]
        found = lex.frameworks.grade(grade, ins.inspectors, int(when) if when.isdigit() else None, strict=True)
        if found is None:
            return
        grade = found.label
        if norm(aspect) in _OVERALL:
            # "Overall", "Overall effectiveness" and "overall rating" are one judgement of one inspection.
            same = next((j.aspect for j in ctx.out.judgements
                         if j.inspection == ins.local_id and norm(j.aspect) in _OVERALL), None)
            aspect = same or aspect
        k = (ins.local_id, aspect, grade)
        if k in seen or any(j.inspection == ins.local_id and j.aspect == aspect for j in ctx.out.judgements):
            return
        seen.add(k)
        ctx.out.judgements.append(Judgement(ins.local_id, aspect, grade, _ev(s, e, rule)))

    list_spans: list[tuple[int, int]] = []
    for ps, pe in _paragraphs(text):
        if ctx.in_mask(ps, pe):
            continue
        para = text[ps:pe]
        if not any_grade.search(para):
            continue
        items = list(list_item.finditer(para))
        # A grade list: several "Aspect – Grade" items, or one on a line of its own.
        if len(items) >= 2 or (len(items) == 1 and items[0].start() <= 3 and len(para) - items[0].end() <= 2):
            for it in items:
                raw = it.group("aspect").strip(" -–,")
                raw = re.sub(r"^(?:and|the)\s+", "", raw, flags=re.I)
                # CQC's key questions written out: "Is the service safe?", "Are services well-led?"
                raw = re.sub(r"^(?:is|are)\s+(?:the\s+)?(?:services?|it|they|trust|home|practice|provider)\s+(.+?)\??$",
                             r"\1", raw, flags=re.I).rstrip("?").strip()
                grade = lex.grade_for(it.group("grade"))
                aspect = lex.aspect_for(raw) or lex.aspect_for(raw.split(":")[-1].strip())
                if not aspect and len(raw.split()) <= 9 and not ctx.in_quote(ps + it.start()):
                    aspect = raw[:1].upper() + raw[1:]
                if aspect and grade and not ctx.in_quote(ps + it.start()):
                    s, e = ps + it.start("aspect"), ps + it.end()
                    add(insp_at(s), aspect, grade, s, e, "judgement.list")
                    list_spans.append((s, e))
    grade_spans = [s for s in ctx.lex_spans if s.label_ == "GRADE"]
    prev_for: tuple[int, int] | None = None  # (sentence start, end) of the last "GRADE for ASPECT" judgement
    aspect_spans = [s for s in ctx.lex_spans if s.label_ == "ASPECT"]
    for g in grade_spans:
        pos = g.start_char
        if ctx.in_mask(pos) or ctx.in_quote(pos) or any(a <= pos < b for a, b in list_spans):
            continue
        sent = g.sent
        before = text[sent.start_char:pos]
        after = text[g.end_char:sent.end_char]
        if before[-1:] in "‘'“\"" and after[:1] in "’'”\"":
            before, after = before[:-1], after[1:]  # "rated 'Requires improvement' for ...": a quoted grade
        if re.match(r"\s*(?:to|or)\s+(?:good|adequate|outstanding|inadequate|satisfactory|requires)", after, re.I):
            continue  # "good to adequate": a range, not a judgement
        if re.search(r"\bnot\s+(?:been\s+)?(?:rated\s+|judged\s+)?(?:as\s+)?$", before, re.I):
            continue
        # "received an inadequate rating for out-of-court disposals": the grade names a rating noun.
        noun_for = re.match(r"\s+(?:rating|grade|judgement)s?\s+(?:for|in)\s+", after, re.I)
        if noun_for and re.search(r"\b(?:receive[sd]?|receiving|given|gets?|got|awarded|earned|achieved|secured|"
                                  r"retained|kept|keeps|with)\s+(?:an?|the|its|their)\s+$", before, re.I):
            hits = _aspect_run(lex, after[noun_for.end():])
            for aspect in hits:
                add(insp_at(pos), aspect, lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.sentence")
            if hits:
                prev_for = (sent.start_char, g.end_char)
            continue
        # "rated leadership as good, court disposals as good and resettlement as inadequate": one verb, a list
        # of "ASPECT as GRADE" pairs.
        as_pair = re.search(r".*(?:,|\band)\s+((?:the\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+as\s+$", before)
        if as_pair and re.search(r"\b(?:rated|graded|judged|assessed)\s+(?:the\s+|its\s+)?[a-z][\w ’'-]{2,60}?\s+as\s+"
                                 + grade_rx, before, re.I):
            hit = lex.aspect_for(_bare_np(as_pair.group(1)))
            if hit:
                add(insp_at(pos), hit, lex.grade_for(g.text) or g.kb_id_, sent.start_char + as_pair.start(1), g.end_char,
                    "judgement.sentence")
                continue
        if re.search(r"\b(?:down|up|fallen|dropped|slipped|risen|improved|improving|fell|rose|climbed|moved)\s+from\s+$",
                     before, re.I) and insp_at(pos).previous and insp_at(pos) is not main[0]:
            # "now requires improvement, down from good when it was last inspected in 2020": the earlier grade
            add(insp_at(pos), lex.aspect_for("Overall effectiveness") or "Overall effectiveness",
                lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.down-from")
            continue
        overall_after = re.match(r"\s+overall\b", after, re.I)
        chain = _VERB_CHAIN.search(before)
        # "rated inadequate for being safe, requires improvement for being effective, and good for ...":
        # a grade coordinated with an accepted "GRADE for ASPECT" shares its verb.
        coordinated = prev_for is not None and prev_for[0] == sent.start_char and \
            re.search(r"(?:[,;]\s*(?:and\s+|but\s+)?|\s(?:and|but)\s+)$", before) and re.match(r"\s+(?:for|at|in)\b", after)
        rating_of = re.search(r"\brating(?:\s+of)?,?\s*$|\b(?:rated|graded) as\s*$", before, re.I)
        verb_np = re.search(r"\b(?:graded|rated|judged|assessed|found)\s+((?:the\s+|its\s+)?[a-z][\w ,’'-]{2,90}?)\s+(?:as|to be)\s+$",
                            before)
        if chain and not re.search(r"\b(?:was|were|is|are|been|be|being|judged|rated|graded|found|assessed|deemed|"
                                   r"considered|remains?|remained|branded|declared|labell?ed|given|awarded|"
                                   r"retained|kept)\b", chain.group(0), re.I):
            chain = None  # "from outstanding to inadequate": no verb, no judgement
        if not chain and re.match(r"requir(?:es|e|ed)\b", g.text, re.I) and not re.search(r"\b(?:to|not|may|might|will|would|could)\s+$", before, re.I):
            # "leadership requires improvement", "care leavers all require improvement": the grade is the verb.
            chain = re.search(r"(?:\b(?:all|both|each|also|still|now|further)\s+)*$", before, re.I)
        if rating_of and not chain:
            chain = rating_of  # "gave the council its lowest rating, inadequate"
        if verb_np and not chain:
            chain = re.search(r"\s(?:as|to be)\s+$", before)  # "graded overall effectiveness as ..."
        # "The previous inspection in 2019 found it good": the inspected body as the verb's object.
        pron_obj = re.search(r"\b(?:rated|judged|graded|found|deemed|assessed)\s+(?:it|them)\s+(?:as\s+|to\s+be\s+)?$",
                             before, re.I)
        if pron_obj and not chain:
            chain = pron_obj
        # "judged staffing ... inadequate", "rates the home good for ...": the verb's object before the grade.
        obj_np = re.search(r"\b(?:graded|rated|rates|grades|judged|found)\s+((?:the\s+)?[a-z][a-z ,’'-]{2,80}?)\s+$", before)
        only_obj = not (chain or coordinated or overall_after
                        or re.search(r"\boverall\s+(?:rating\s+(?:of|was|is)\s+)?$", before, re.I))
        if only_obj and not obj_np:
            continue
        if re.match(r"\s+(?!overall|for|in|at|by|across|and|to|after|following|with|since|from|on|when|but|as)[a-z]+", after):
            continue  # an adjective before a noun ("inadequate reports")
        grade = lex.grade_for(g.text) or g.kb_id_
        verb_at = sent.start_char + (chain.start() if chain else len(before))
        # The subject of the judgement: from the last clause boundary (or the previous grade) to the verb.
        lo = sent.start_char
        rel_np = ""
        for m in _NP_BOUNDARY.finditer(text, sent.start_char, verb_at):
            # "Hollybrook Lodge, which cares for 30 people, was rated good": the noun before the relative clause
            rel_np = text[lo:m.start()] if m.group(0).lower() in ("that", "which") else ""
            lo = m.end()
        for other in grade_spans:
            if lo <= other.end_char <= verb_at and other is not g:
                lo = other.end_char
                rel_np = ""
        aspects: list[str] = []
        inside = [a for a in aspect_spans if lo <= a.start_char and a.end_char <= verb_at
                  and not (len(a) == 1 and a[0].is_sent_start)]
        if inside:
            # The aspect nearest the verb, and those listed before it ("A, B and C were ...").
            chosen = [inside[-1]]
            for a in reversed(inside[:-1]):
                if re.fullmatch(r"\s*(?:[,;–—-]\s*)?(?:(?:and|or)\s+(?:of\s+|for\s+)?)?", text[a.end_char:chosen[-1].start_char]):
                    chosen.append(a)
                else:
                    break
            lo = min(lo, chosen[-1].start_char)
        np_text = text[lo:verb_at]
        if verb_np and not inside:
            # "They graded overall effectiveness as requires improvement"
            np_text = verb_np.group(1)
            hit = lex.aspect_for(_bare_np(np_text))
            if hit:
                aspects = [hit]
        if not chain and obj_np:
            # "Inspectors judged staffing and the quality of assessments inadequate": only named aspects count.
            parts = [_bare_np(x) for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", obj_np.group(1)) if x.strip()]
            hits = [lex.aspect_for(x) or lex.aspect_for(re.sub(r"^the\s+", "", x)) for x in parts]
            if hits and all(hits):
                aspects = hits
                lo = sent.start_char + obj_np.start(1)
        at_insp = obj_np is not None and re.match(r"\s+(?:at|in)\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:inspection|visit)\b",
                                                  after) and _is_subject_np(ctx, obj_np.group(1), insp_at(pos))
        if at_insp:
            # "Ofsted judged the council's services for children inadequate at their inspection in 2023"
            aspects = [lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
        if only_obj and not aspects and not (
                obj_np and re.match(r"\s+(?:overall\s+)?(?:for|(?:at|in)(?=\s+\w+ing\b))\s", after)
                and _GENERIC_SUBJECT.match(_bare_np(obj_np.group(1)))):
            continue  # "rated the home good for being caring" goes on to its aspects
        if len(np_text.split()) > 14 and "," in np_text and not inside:
            lo += np_text.rfind(",") + 1
            np_text = text[lo:verb_at]
        # "graded good in two areas, preventing crime and managing offenders": a counted set of areas names its
        # aspects after it, or none ("good in all five areas" is not the overall grade).
        counted = _AREA_COUNT.match(after)
        if counted:
            aspects = _aspect_run(lex, after[counted.end():]) if re.match(r"\s*[:,(–—-]", after[counted.end():]) else []
            prev_for = (sent.start_char, g.end_char)
            if not aspects:
                continue
        # "rated good for being effective", "outstanding for leadership"
        # "good at preventing crime" (PEEL grades an area of policing "at" it)
        if re.match(r"\s+(?:in|at)\s+(?:how|the way|what)\b", after, re.I):
            prev_for = (sent.start_char, g.end_char)
            continue  # "adequate in how it investigates crime": an area in other words, not the overall grade
        fm = None if counted else re.match(r"\s+(?:overall(?:\s+and|,)?\s+)?(?:for|in|at)\s+(?:its\s+|the\s+|being\s+)?", after, re.I)
        if fm:
            # "inadequate for being safe and well-led": every aspect up to the next comma or grade.
            tail = re.split(r"[,;](?!\s*(?:and\s+)?being\b)|\s+(?:but|while|whereas|and (?:good|outstanding|inadequate|"
                            r"requires|adequate))\b", after[fm.end():], maxsplit=1)[0]
            whole = lex.aspect_for(tail.strip())  # "for preventing fire and other risks": one aspect with "and"
            if "," in after[fm.end():]:
                # "for being safe, effective and well-led": a comma list goes on while its items are aspects.
                run = _aspect_run(lex, after[fm.end():])
                if len(run) > max(1 if whole else 0, len(re.split(r",?\s+and\s+|\s*/\s*|,\s*", tail))):
                    aspects = run
                    tail = ""
            for part in ([tail] if whole else re.split(r",?\s+and\s+|\s*/\s*|,\s*", tail) if tail else []):
                # "for organisational delivery and for its work on out-of-court disposals"
                part = re.sub(r"^(?:(?:for|at|in)\s+)?(?:(?:being|its|the|their)\s+)?(?:work (?:on|with|in)\s+)?"
                              r"(?:(?:the\s+)?(?:area|domain|key question|question)\s+of\s+)?",
                              "", part.strip(), flags=re.I)
                part = re.sub(r"\s+(?:key\s+)?(?:questions?|areas?|domains?)$", "", part.rstrip(" ."), flags=re.I)
                hit = lex.aspect_for(part) or next((a.kb_id_ for a in aspect_spans
                                                    if a.text.lower().endswith(part.lower()) and part), "")
                if hit:
                    aspects.append(hit)
            if aspects:
                prev_for = (sent.start_char, g.end_char)
                if re.match(r"\s+overall(?:\s+and|,)", after, re.I):
                    # "rated good overall and for being caring": the overall grade as well
                    aspects.insert(0, lex.aspect_for("Overall effectiveness") or "Overall effectiveness")
            elif re.match(r"\s+(?:at|for)\s+\w+ing\b", after):
                continue  # "good at preventing fires": a strength, not a graded aspect or the overall grade
        if not aspects and inside:
            aspects = [a.kb_id_ for a in reversed(chosen)]
        asw = re.match(r",?\s+as (?:was|were|did)\s+", after)
        if aspects and asw:
            # "A was judged inadequate, as were B and C"
            more = [a for a in aspect_spans if g.end_char + asw.end() - 1 <= a.start_char <= g.end_char + asw.end() + 2]
            if more:
                aspects.append(more[0].kb_id_)
            else:
                aspects += _aspect_run(lex, after[asw.end():])
        if not aspects:
            aspects = _aspects_in_np(lex, np_text)
        tail = np_text.rsplit(",", 1)[-1] if "," in np_text and not inside else ""
        if not aspects and tail.strip() and _aspects_in_np(lex, tail):
            aspects = _aspects_in_np(lex, tail)  # "At its last inspection, in 2022, leadership was rated ..."
        if not aspects:
            # "At its previous inspection, published in August 2022, the home was rated good": the subject is
            # the clause after the last comma.
            if _is_subject_np(ctx, np_text, insp_at(pos)) or overall_after or pron_obj \
                    or (tail.strip() and _is_subject_np(ctx, tail, insp_at(pos))) \
                    or (rel_np.strip(" ,") and _is_subject_np(ctx, rel_np, insp_at(pos))):
                aspects = [lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
            else:
                np = _bare_np(np_text)
                if chain and re.search(r"\b(?:rated|judged|graded)\b", chain.group(0), re.I) \
                        and re.search(r"\b(?:services?|care)$", np, re.I) and 2 <= len(np.split()) <= 4:
                    aspects = [np[:1].upper() + np[1:]]
        for aspect in aspects:
            add(insp_at(pos), aspect, grade, lo, g.end_char, "judgement.sentence")
    _one_framework(ctx)
    # The overall grade: the overall aspect, or the one headline judgement of a single-aspect inspection.
    for ins, _ in groups:
        js = [j for j in ctx.out.judgements if j.inspection == ins.local_id]
        overall = [j for j in js if norm(j.aspect) in _OVERALL]
        if overall:
            ins.overall = overall[0].grade
        elif len(js) == 1 and ("safeguarding" in norm(js[0].aspect) or ins.previous):
            # An earlier inspection named in passing ("rated good in 2019") has one grade: its overall one.
            ins.overall = js[0].grade


def _one_framework(ctx: Ctx) -> None:
    """One inspection is graded under one framework: a name several frameworks share ("children in care")
    means the aspect of the framework the inspection's other judgements come from."""
    lex = ctx.lex
    by_ins: dict[int, list[Judgement]] = {}
    for j in ctx.out.judgements:
        by_ins.setdefault(j.inspection, []).append(j)
    for js in by_ins.values():
        if len(js) < 3:
            continue
        fws = Counter(f for j in js if j.aspect in lex.aspects and norm(j.aspect) not in _OVERALL
                      for f in set(lex.aspects[j.aspect].frameworks))
        if not fws:
            continue
        fw, n = fws.most_common(1)[0]
        if n < 2:
            continue
        have = {j.aspect for j in js}
        for j in js:
            a = lex.aspects.get(j.aspect)
            if a is None or fw in a.frameworks or norm(j.aspect) in _OVERALL:
                continue
            names = {norm(x) for x in [a.label, *a.aliases]}
            alts = [b.label for b in lex.aspects.values() if fw in b.frameworks
                    and names & {norm(x) for x in [b.label, *b.aliases]}]
            if len(alts) != 1:
                continue
            if alts[0] in have:
                ctx.out.judgements.remove(j)  # the same judgement, named a second way
            else:
                have.add(alts[0])
                j.aspect = alts[0]
