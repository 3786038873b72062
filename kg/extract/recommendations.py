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
from .rules import pattern, words

_HEADING = pattern("recommendations", "heading")
_NUMBERED = pattern("recommendations", "numbered")
_BULLET = pattern("recommendations", "bullet")
_SECTION_CUE = pattern("recommendations", "section_cue")
_SHOULD_INTRO = pattern("recommendations", "should_intro")
_RUNNING_REC = pattern("recommendations", "running")
_PARTS = pattern("recommendations", "parts")
_GENERIC_ACTORS = words("recommendations", "generic_actors")


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
        m = _HEADING.match(para)
        if m:
            body, start, end = m.group(2).strip(), ps + m.start(2), pe
            if not body and idx + 1 < len(paras):
                start, end = paras[idx + 1]
                body = text[start:end].strip()
            if body:
                found.append(Recommendation(main.local_id, int(m.group(1)), body, _ev(start, end, "recommendation.heading")))
            continue
        nm = _NUMBERED.match(para)
        bm = _BULLET.match(para)
        if not (nm or bm) and _SECTION_CUE.search(para) \
                and (para.rstrip().endswith(":") or len(para) < 100):
            in_section = True
            continue
        if not (nm or bm) and _SHOULD_INTRO.search(para):
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


def _running_recommendations(ctx: Ctx, main: Inspection) -> list[Recommendation]:
    """Recommendations given in running text: "Inspectors asked the council to A, and to B"."""
    text = ctx.doc.text
    out: list[Recommendation] = []
    for m in _RUNNING_REC.finditer(text):
        if ctx.in_mask(m.start()) or ctx.in_quote(m.start()):
            continue
        actor = m.group(0).split()[0]
        if actor[:1].isupper() and actor.lower() not in _GENERIC_ACTORS \
                and not any(o.kind == "inspectorate" and any(e.start == m.start() for e in o.evidence)
                            for o in ctx.out.orgs.values()):
            continue  # "Parents asked the council to ...": only an inspectorate recommends
        end = re.search(r"\.(?=\s|$)|\n|$", text[m.end():])
        body = text[m.end():m.end() + end.start()].strip()
        if len(body) < 15:
            continue
        parts = [p.strip(" ,;") for p in _PARTS.split(body) if p.strip(" ,;")]
        pos = m.end()
        for n, part in enumerate(parts, 1):
            at = text.find(part, pos)
            at = at if at >= 0 else m.end()
            pos = at + len(part)
            out.append(Recommendation(main.local_id, n if len(parts) > 1 else None, part,
                                      _ev(at, at + len(part), "recommendation.running-text")))
    return out
