"""Recommendations: numbered or bulleted lists after a cue, or given in running text."""

from __future__ import annotations

import re

from ..model import Inspection, Recommendation
from .context import Ctx, _ev
from .inspections import Mention, section_body
from .quotes import _paragraphs
from .rules import pattern, pattern_text, words

_HEADING = pattern("recommendations", "heading")
_NUMBERED = pattern("recommendations", "numbered")
_BULLET = pattern("recommendations", "bullet")
_SECTION_CUE = pattern("recommendations", "section_cue")
_NOUN_ITEM = pattern("recommendations", "noun_item")
_LIST_CUE = pattern("recommendations", "list_cue")
_COLON_CUE = pattern("recommendations", "colon_cue")
_SECTION_END = pattern("recommendations", "section_end")
_REPORT_HEADING = pattern("recommendations", "report_heading")
_RESOLUTION = pattern("recommendations", "resolution_item")
_INSTRUCTION = pattern("recommendations", "instruction")
_SPEECH = pattern("recommendations", "speech")
_SHOULD_INTRO = pattern("recommendations", "should_intro")
_RUNNING_REC = pattern("recommendations", "running")
_PARTS = pattern("recommendations", "parts")
_GENERIC_ACTORS = words("recommendations", "generic_actors")
_IMPERATIVES = words("recommendations", "imperative_verbs")
_CONTINUED = pattern("recommendations", "continued_item")
_INLINE_HEADING = pattern("recommendations", "inline_heading")
_SHOULD_PARA = pattern("recommendations", "should_paragraph")
_GERUNDS = pattern_text("recommendations", "gerund")
# Items a comma parts, the last after "and" ("A, B, C and D").
_COMMA_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)")


def _by_inspectorate(ctx: Ctx, actor: str, at: int) -> bool:
    """An actor that may recommend: inspectors, the report, or an inspectorate named at that place."""
    first = actor.split()[0]
    if re.fullmatch(r"made|set|gave|issued|listed?|identified|identify|highlighted|highlight|contains?|contained|we|recommendations|"
                    r"suggested|recommended|required|another|second|third|further|other|"
                    r"improvements?|areas?|what|to", first, re.I) or \
            re.fullmatch(r"one|two|three|four|five|six|seven|eight|nine|ten|an?|\d+", first.lower()) \
            and re.search(r"\bfor\s+(?:improvement|development)\b", actor, re.I):
        # "made six recommendations ...", "One area for improvement was identified: ...": no actor in the match,
        # so the sentence must be an inspectorate's ("the coroner made four recommendations" is not)
        sent = ctx.sp.char_span(at, at + 1, alignment_mode="expand")
        lo, hi = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (at, at + len(actor))
        # (or after a pronoun that stands for the inspectors: "They have listed 11 areas of improvement ...")
        opening = re.fullmatch(r"\s*(?:(?:they|it)(?:\s+(?:have|has|had|also|did|then))*)?\s*", ctx.doc.text[lo:at], re.I)
        if opening and first.lower() != "to" and any(o.kind == "inspectorate" for o in ctx.out.orgs.values()):
            return True  # the sentence opens with it, in an inspectorate's story
        # (an inspection's letter: "highlighted in the letter", not "in a letter to parents")
        return bool(re.search(r"\b(?:inspectors?|inspectorate|inspection|report|watchdog|regulator)\b|"
                              r"\b(?:the|its|their|inspection)\s+letter\b", ctx.doc.text[lo:hi],
                              re.I)) or any(o.kind == "inspectorate" and any(lo <= e.start < hi for e in o.evidence)
                                            for o in ctx.out.orgs.values())
    if not first[:1].isupper() or first.lower() in _GENERIC_ACTORS:
        return True
    lead = re.match(r"(?:[A-Z][\w’'&]*\s*)+", actor)  # "However Ofsted said": the name may follow a word
    end = at + (lead.end() if lead else len(first))
    # (or the match starts inside its name: "... Quality Improvement Authority (RQIA) called on ...")
    return any(o.kind == "inspectorate" and any(at <= e.start < end or e.start <= at < e.end for e in o.evidence)
               for o in ctx.out.orgs.values())


def _named_inspectorate(ctx: Ctx, at: int) -> bool:
    """Whether an inspectorate's name starts at AT ("RQIA has recommended ...")."""
    return any(o.kind == "inspectorate" and any(e.start == at for e in o.evidence) for o in ctx.out.orgs.values())


def _opener(ctx: Ctx, para: str, at: int, before: str, after: str = "") -> str:
    """How a paragraph opens a list: "list" (items may be unmarked), "short" (marked items only) or "".
    `before` is the paragraph before it, read with it when a hard-wrapped sentence ran on to this line;
    `after` the one after it (a line a wrapped sentence goes on from in lower case is no heading)."""
    tail = para.rstrip()
    colon, question = tail.endswith(":"), tail.endswith("?")
    # ("The four main areas that had caused concern were" over items that end in semicolons: a colon left out)
    colon = colon or bool(re.search(r"\b(?:were|are|include|included|includes)$", tail) and after.rstrip().endswith(";"))
    heading = len(tail) < 60 and tail[-1:] not in ".!\"”" and not re.match(r"\s*[a-z]", after)
    if _SECTION_CUE.search(para) and (colon or len(para) < 100):
        return "list" if colon or question or heading else "short"
    cue = f"{before} {para}" if colon and before and before.rstrip()[-1:] not in '.!?:;"”' else para
    if (colon or question or heading) and _LIST_CUE.search(cue) \
            or (colon or question) and _COLON_CUE.search(cue):
        return "list"
    m = _SHOULD_INTRO.search(para)
    if m and _by_inspectorate(ctx, m.group("actor"), at + m.start("actor")):
        return "list"
    return ""


def _cut_off(item: str) -> bool:
    """The last line of a text that stops in the middle of an item (an excerpt cut at a length)."""
    return len(item) < 20 and not re.search(r"[.;!?)]$", item)


def _unmarked_item(para: str, after_semicolon: bool) -> bool:
    """A paragraph without a number or bullet that reads as one item of a list of what must be done."""
    if len(para) > 400 or len(para) < 15 or _SPEECH.search(para):
        return False
    first = para.split()[0].lower()
    return first in _IMPERATIVES or bool(_INSTRUCTION.search(para)) or after_semicolon \
        or para.rstrip().endswith(";") or bool(_NOUN_ITEM.match(para))


def _lead_in(item: str) -> bool:
    """An item that ends in a colon introduces the items under it ("The board should:"); it is none itself."""
    return item.rstrip().endswith(":")


def _grade_line(ctx: Ctx, start: int, end: int) -> bool:
    """A list line that gave a judgement ("Capacity to improve - Good") is a grade, not a recommendation."""
    return any(j.evidence is not None and start <= j.evidence.start < end for j in ctx.out.judgements)


def _recommendations(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    if not groups:
        return
    text = ctx.doc.text
    main = next((g for g in groups if not g[0].previous), groups[0])[0]
    paras = _paragraphs(text)
    found: list[Recommendation] = []
    section = ""  # "", "short" or "list": see _opener
    after_semicolon = False
    taken = -1  # the paragraph a heading took as its text
    for idx, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        if idx == taken or ctx.in_mask(ps, pe):
            continue
        m = _HEADING.match(para)
        if m:
            num = next(g for g in m.groups()[:-1] if g)
            body, start, end = m.group(m.lastindex).strip(), ps + m.start(m.lastindex), pe
            if not body and idx + 1 < len(paras):
                start, end = paras[idx + 1]
                body, taken = text[start:end].strip(), idx + 1
            if body:
                found.append(Recommendation(main.local_id, int(num), body, _ev(start, end, "recommendation.heading")))
            continue
        if _SECTION_END.match(para) or _REPORT_HEADING.match(para):
            section = ""  # "RESOLVED - That ...": what follows is the council's decision, not a recommendation
            continue
        inline = _INLINE_HEADING.match(para)
        if inline:
            # "Recommendations R1 Increase ...": the heading and its first item on one line (a PDF's text)
            section, para, ps = "list", para[inline.end():], ps + inline.end()
        elif section and found and re.match(r"[a-z]", para.strip()) and len(para) < 200 \
                and not re.search(r"[.;:!?]$", found[-1].text) and found[-1].evidence.end >= ps - 3:
            last = found[-1]  # "... technology" / "skills across the curriculum": an item's line broken apart
            found[-1] = Recommendation(last.inspection, last.number, f"{last.text} {para.strip()}",
                                       _ev(last.evidence.start, pe, last.evidence.rule))
            continue
        nm = _NUMBERED.match(para)
        bm = _BULLET.match(para)
        if not (nm or bm):
            before = text[paras[idx - 1][0]:paras[idx - 1][1]] if idx else ""
            following = text[paras[idx + 1][0]:paras[idx + 1][1]] if idx + 1 < len(paras) else ""
            opened = _opener(ctx, para, ps, before, following)
            if opened:
                section, after_semicolon = opened, False
                continue
        if section and (nm or bm):
            item = (nm.group(2) if nm else bm.group(1)).strip()
            if bm and found and _CONTINUED.match(item) and not re.search(r"[.;:!?]$", found[-1].text):
                last = found[-1]  # a wrapped line given its own bullet: it ends the item before it
                found[-1] = Recommendation(last.inspection, last.number, f"{last.text} {item}",
                                           _ev(last.evidence.start, pe, last.evidence.rule))
            elif _lead_in(item) or _grade_line(ctx, ps, pe) or len(item.split()) < 2:
                pass  # "The board should:" opens the items below it; "Leadership - Good" is a grade; "• Published"
                # is a page's furniture
            elif section == "short" and not (item.split()[0].lower() in _IMPERATIVES or _INSTRUCTION.search(item)):
                pass  # after a sentence that only names recommendations, a bullet that tells no one to act
            elif not _RESOLUTION.match(item) and not (idx == len(paras) - 1 and _cut_off(item)):
                start = ps + (nm.start(2) if nm else bm.start(1))
                found.append(Recommendation(main.local_id, int(nm.group(1)) if nm else None, item,
                                            _ev(start, pe, "recommendation.numbered" if nm else "recommendation.bullet")))
            continue
        if section == "list" and _unmarked_item(para, after_semicolon) and not _RESOLUTION.match(para):
            found.append(Recommendation(main.local_id, None, para.strip(), _ev(ps, pe, "recommendation.list-item")))
            if after_semicolon and para.rstrip().endswith("."):
                section = ""  # "A;" / "B;" / "C.": the full stop ends the list its semicolons ran
            after_semicolon = para.rstrip().endswith(";")
            continue
        if section and len(para) > 60:
            section = ""
    if not found:
        found = _should_paragraphs(ctx, main, paras) or _running_recommendations(ctx, main)
    ctx.out.recommendations = found


def _should_paragraphs(ctx: Ctx, main: Inspection, paras: list[tuple[int, int]]) -> list[Recommendation]:
    """An inspectorate's page that lists what bodies should do, one paragraph each and no heading ("Police
    Scotland should develop its custody estate strategy ..."): two such paragraphs or more in a row."""
    text = ctx.doc.text
    runs: list[list[tuple[int, int]]] = [[]]
    for ps, pe in paras:
        para = text[ps:pe]
        if _SHOULD_PARA.match(para) and len(para) < 400 and not _SPEECH.search(para) and not ctx.in_mask(ps, pe):
            runs[-1].append((ps, pe))
        elif para.strip():
            runs.append([])
    best = max(runs, key=len)
    return [Recommendation(main.local_id, None, text[ps:pe].strip(), _ev(ps, pe, "recommendation.should-paragraph"))
            for ps, pe in best] if len(best) >= 2 else []


def _gerund_objects(body: str) -> str:
    """A recommendation led by a verb keeps the gerunds it joins by "and" ("make improvements in investigating
    crime and reducing reoffending" is one); a list of gerunds is split at each ("improving A and taking B")."""
    if not body.split() or body.split()[0].lower() not in _IMPERATIVES:
        return body
    return re.sub(rf"(?<!,)\s+and\s+(?=(?:{_GERUNDS})\s)", " \x00and ", body)


_SAID_AFTER = re.compile(r",\s+(?:[A-Z][\w’'&]+(?:\s+[A-Z][\w’'&]+){0,3}|(?:the|its)\s+(?:report|inspectors?|inspectorate|"
                         r"watchdog|regulator)|inspectors|it|they)\s+(?:said|added|says|adds|stated|noted|concluded)\s*$")


_LEAD_IN = pattern("recommendations", "lead_in")
_STATUS_CHANGE = pattern("recommendations", "status_change")


# What leads into a list of areas to improve: "needs to improve in a number of areas including".
_AREAS_INCLUDING = re.compile(r"(?:it\s+)?(?:needs?\s+to\s+|must\s+|should\s+)?improve\s+(?:in\s+)?(?:a\s+number\s+of|several|some|many|"
                              r"various|a\s+few|two|three|four|five|six)\s+(?:key\s+)?areas?,?\s+(?:including|such\s+as)\s+", re.I)
_PROVIDER_TOLD = re.compile(r"^(?:we\s+(?:also\s+)?found\s+that\s+)?the\s+provider\s+(?:should|must)\s+$", re.I)


def _running_recommendations(ctx: Ctx, main: Inspection) -> list[Recommendation]:
    """Recommendations given in running text: "Inspectors asked the council to A, and to B"."""
    text = ctx.doc.text
    out: list[Recommendation] = []
    for m in _RUNNING_REC.finditer(text):
        # (what "the provider" must do is a report's words, whoever quotes them)
        provider = _PROVIDER_TOLD.search(m.group(0)) is not None
        if any(r.evidence and r.evidence.start <= m.end() < r.evidence.end for r in out):
            continue  # (words another pattern has read already: "... as the report described: “The provider should")
        if ctx.in_mask(m.start()) or ctx.in_quote(m.start()) and not _named_inspectorate(ctx, m.start()) and not provider:
            continue  # (an inspectorate named as the actor recommends inside an inspector's quoted words too)
        if not provider and not _by_inspectorate(ctx, m.group(0), m.start()):
            continue  # "Parents asked the council to ...": only an inspectorate recommends
        end = re.search(r"\.(?=[\"”’']?(?:\s|$))|\n|$", text[m.end():])
        body = text[m.end():m.end() + end.start()].strip()
        if len(body) < 15 or _STATUS_CHANGE.match(body):
            continue  # ("recommended that the trust exits special measures": about the body, not to it)
        areas = _AREAS_INCLUDING.match(body)
        if areas:
            body = body[areas.end():]  # "it needs to improve in a number of areas including A, B and C": A, B, C
        # (items parted by semicolons are split there and at "and to" only: "...; and develop robust processes to
        # plan, assess, track and monitor learning" is one item)
        pieces = [q for p in re.split(r";\s*(?:and\s+)?(?:to\s+)?", body) for q in re.split(r",?\s+and\s+to\s+", p)] \
            if ";" in body else [q.replace("\x00", "") for q in _PARTS.split(_gerund_objects(body))]
        if areas and re.match(r"[a-z]+ing\b", body):
            # (the areas as a list of gerunds: "telling pupils ..., making sure ... and checking ...")
            pieces = re.split(r",\s+(?:and\s+)?(?=[a-z]+ing\s)|\s+and\s+(?=[a-z]+ing\s)", body)
        if len(pieces) == 1 and re.search(r"\bto\s+see\s+$", m.group(0)):
            # "want to see A as well as action to address B": what they want to see, each thing apart
            pieces = re.split(r",?\s+as\s+well\s+as\s+(?:action\s+to\s+(?:address|tackle|improve)\s+)?", body)
        if len(pieces) == 1 and re.search(r"\bincluded?\s*:?\s*$", m.group(0)) and body.count(",") >= 1:
            # "Required improvements included A, B, C and D.": the items a comma parts, the last after "and"
            pieces = _COMMA_ITEMS.split(body)
        if len(pieces) <= 2 and re.search(r"\bincluding\s+$", m.group(0)) and body.count(",") >= 1:
            # "areas which needed improvement, including A for B, including C, the D of E, and the F": noun phrases a
            # comma and an article part (a comma alone may part an item's own aside)
            noun_items = re.split(r",\s+(?:and\s+)?(?=(?:the|its|their|an?)\s)", body)
            pieces = noun_items if len(noun_items) > len(pieces) else pieces
        if len(pieces) <= 2 and body.count(",") >= 1 and re.search(r"\bto\s+$", m.group(0)):
            # "called on the hospital to recruit A, free up B and improve C": each item opens with its own verb
            verbs = _COMMA_ITEMS.split(body)
            if len(verbs) > len(pieces) and all(v.split()[:1] and v.split()[0].lower() in _IMPERATIVES for v in verbs):
                pieces = verbs
        # (not the attribution after the last item: "..., and improve B, Ofsted added")
        pieces[-1] = _SAID_AFTER.sub("", pieces[-1])
        parts = [p.strip(" ,;“”\"") for p in pieces if p.strip(" ,;“”\"")]
        pos = m.end()
        # (a round-up's item: the inspection of the body its heading names, "3. Oakfield Primary School")
        owner = section_body(ctx, m.start()) if len(ctx.out.inspections) > 1 else None
        ins = next((i for i in ctx.out.inspections if owner and i.subject == owner and not i.previous), main)
        for n, part in enumerate(parts, 1):
            at = text.find(part, pos)
            at = at if at >= 0 else m.end()
            # (the words that lead into it stay with it: "for teachers to strengthen ...", "leaders should ensure
            # ...", "and to offer ...": a reader quotes the recommendation from there)
            lead = _LEAD_IN.search(text, max(pos if n > 1 else m.start(), at - 60), at)
            if lead is not None:
                begin = lead.start("lead") if lead.group("lead") else lead.start("to")
                part, at = text[begin:at] + part, begin
            pos = at + len(part)
            # (no number: the text gives none, and a reader citing "the second" would be counting for it)
            out.append(Recommendation(ins.local_id, None, part,
                                      _ev(at, at + len(part), "recommendation.running-text")))
    return out
