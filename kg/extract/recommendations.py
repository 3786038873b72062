"""Recommendations: numbered or bulleted lists after a cue, or given in running text."""

from __future__ import annotations

import re

from ..model import (
    Inspection,
    Recommendation,
)
from .context import Ctx, _ev
from .inspections import Mention
from .quotes import _paragraphs


def _recommendations(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    if not groups:
        return
    text = ctx.doc.text
    main = next((g for g in groups if not g[0].previous), groups[0])[0]
    paras = _paragraphs(text)
    found: list[Recommendation] = []
    in_section = False
    for idx, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        if ctx.in_mask(ps, pe):
            continue
        m = re.match(r"(?:recommendation|rec\.?)\s*(?:no\.?\s*)?(\d{1,2})\s*[:.\-–)]?\s*(.*)$", para, re.I)
        if m:
            body, start, end = m.group(2).strip(), ps + m.start(2), pe
            if not body and idx + 1 < len(paras):
                start, end = paras[idx + 1]
                body = text[start:end].strip()
            if body:
                found.append(Recommendation(main.local_id, int(m.group(1)), body, _ev(start, end, "recommendation.heading")))
            continue
        nm = re.match(r"(?:R|Rec\.?\s*)?(\d{1,2})(?:[.):]\s+|\s+(?=[A-Z]))(.{10,})$", para)
        bm = re.match(r"[-•*·–]\s+(.{10,})$", para)
        if not (nm or bm) and re.search(r"\b(?:recommend\w*|areas? for (?:improvement|development)|must (?:improve|act)|"
                                      r"should (?:improve|do)|next steps|what needs to improve|"
                                      r"actions? (?:required|needed))\b", para, re.I) \
                and (para.rstrip().endswith(":") or len(para) < 100):
            in_section = True
            continue
        if not (nm or bm) and re.search(r"\b(?:[Ii]nspectors|[Tt]he (?:report|letter|inspectorate|regulator|watchdog)|[A-Z]\w+) "
                                        r"(?:said|says|found|concluded|asked)(?: that)? (?:the |its )?\w+(?: \w+)? "
                                        r"(?:should|must|needs? to|ought to)\s*:\s*$", para):
            in_section = True  # "Inspectors said the council should:" and a list of what it should do
            continue
        if in_section and nm:
            found.append(Recommendation(main.local_id, int(nm.group(1)), nm.group(2).strip(),
                                        _ev(ps + nm.start(2), pe, "recommendation.numbered")))
            continue
        if in_section and bm:
            found.append(Recommendation(main.local_id, None, bm.group(1).strip(),
                                        _ev(ps + bm.start(1), pe, "recommendation.bullet")))
            continue
        if in_section and not (nm or bm) and len(para) > 60:
            in_section = False
    if not found:
        found = _running_recommendations(ctx, main)
    ctx.out.recommendations = found


_REC_ACTOR = r"(?:[Ii]nspectors|[Tt]he (?:inspectorate|watchdog|regulator|report)|[A-Z][\w’'&]+(?: [A-Z][\w’'&]+){0,2})"


_REC_BODY = r"(?:the |its )?(?:council|service|trust|force|home|provider|authority|partnership|board|practice|school|prison|unit|it|them)"


_RUNNING_REC = re.compile(
    # "Inspectors asked the council to improve ..., and to make sure ..."
    r"\b" + _REC_ACTOR + r"\s+(?:also\s+)?(?:asked|told|urged|called on|recommended)\s+" + _REC_BODY + r"\s+to\s+"
    # "The inspectorate recommended that the service makes sure ..."
    r"|\b" + _REC_ACTOR + r"\s+(?:also\s+)?recommend(?:s|ed)\s+that\s+(?:" + _REC_BODY + r"\s+(?:should\s+|must\s+)?)?"
    # "The report says the council needs to improve ...": what it must do, with a verb of improvement kept
    r"|\b" + _REC_ACTOR + r"\s+(?:also\s+)?(?:says|said|found|concluded)\s+(?:that\s+)?" + _REC_BODY +
    r"\s+(?:needs?\s+to|should|must|ought\s+to)\s+(?=(?:improve|make sure|ensure|review|strengthen|reduce|"
    r"increase|address|tackle|develop)\b)"
    # "Estyn's two recommendations were to improve ... and to strengthen ..."
    r"|\b(?:[A-Z][\w-]+[’']s|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:main\s+|key\s+)?"
    r"recommendations\s+(?:were|are)\s+(?:that\s+" + _REC_BODY + r"\s+should\s+|to\s+)")


def _running_recommendations(ctx: Ctx, main: Inspection) -> list[Recommendation]:
    """Recommendations given in running text: "Inspectors asked the council to A, and to B"."""
    text = ctx.doc.text
    out: list[Recommendation] = []
    for m in _RUNNING_REC.finditer(text):
        if ctx.in_mask(m.start()) or ctx.in_quote(m.start()):
            continue
        actor = m.group(0).split()[0]
        if actor[:1].isupper() and actor.lower() not in ("inspectors", "the", "its", "their") \
                and not any(o.kind == "inspectorate" and any(e.start == m.start() for e in o.evidence)
                            for o in ctx.out.orgs.values()):
            continue  # "Parents asked the council to ...": only an inspectorate recommends
        end = re.search(r"\.(?=\s|$)|\n|$", text[m.end():])
        body = text[m.end():m.end() + end.start()].strip()
        if len(body) < 15:
            continue
        parts = [p.strip(" ,;") for p in re.split(r",?\s+and\s+to\s+|;\s*(?:and\s+)?(?:to\s+)?", body) if p.strip(" ,;")]
        pos = m.end()
        for n, part in enumerate(parts, 1):
            at = text.find(part, pos)
            at = at if at >= 0 else m.end()
            pos = at + len(part)
            out.append(Recommendation(main.local_id, n if len(parts) > 1 else None, part,
                                      _ev(at, at + len(part), "recommendation.running-text")))
    return out
