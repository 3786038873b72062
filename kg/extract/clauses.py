"""Judgements the other rules leave: in a clause with one grade and a word of rating, each aspect it names."""

from __future__ import annotations

import re

from ..lexicon import norm
from ..model import Inspection
from . import graded
from .context import Ctx
from .inspections import Mention
from .judgements import _AIMED_AT, _Judging
from .owned import OVERALL as _OVERALL
from .owned import described
from .owned import own_aspect as _own_aspect
from .rules import pattern, words

_CUE = pattern("clauses", "rating_cue")
_BREAK = pattern("clauses", "clause_break")
_EARLIER = pattern("clauses", "earlier")
_EVERY_AREA = pattern("clauses", "every_area")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_LEADS = words("clauses", "no_lead")
_ONE_WORD_BEFORE = pattern("clauses", "one_word_before")
_ONE_WORD_AFTER = pattern("clauses", "one_word_after")
_IN_NAME = pattern("clauses", "in_name")
_RANGE = pattern("clauses", "grade_range")
_LIST_GAP = re.compile(r"[\s’'”\"]*(?:[,;/&][\s‘'“\"]*|[,\s]*(?:and|or)\s+)[\s‘'“\"]*")


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of the sentence LO..HI, as character ranges."""
    out, at = [], lo
    for m in _BREAK.finditer(text, lo, hi):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, hi))
    return [(a, b) for a, b in out if b > a]


def _aspects(ctx: Ctx, ins: Inspection, text: str, lo: int, hi: int, skip: tuple[int, int]) -> list[str]:
    """The aspects of the inspection's frameworks named in LO..HI (outside SKIP), longest names first. A
    one-word name ("safe", "caring") counts in a list of aspects or beside a word that makes it one ("for
    being safe", "the 'caring' category"), not in passing ("people felt safe")."""
    ws = [m for m in _WORD.finditer(text, lo, hi) if not (skip[0] <= m.start() < skip[1])]
    found: list[tuple[str, int, int, int]] = []  # aspect, words, start, end
    i = 0
    while i < len(ws):
        for n in range(min(14, len(ws) - i), 0, -1):  # the longest names run to a dozen words
            a, b = ws[i].start(), ws[i + n - 1].end()
            # (a lead word opens no name of one word, but may open a longer one: "Being healthy")
            if ws[i].group().lower() in _LEADS and (n == 1 or not text[a].isupper()) or skip[0] < b and a < skip[1]:
                continue
            if text[a].isupper() and _IN_NAME.match(text, b, hi):
                continue  # "the Police Effectiveness, Efficiency and Legitimacy (PEEL) report": words of a name
            hit = ctx.lex.aspect_for(text[a:b])
            own = _framework_aspect(ctx, ins, hit) if hit and norm(hit) not in _OVERALL else ""
            if own:
                found.append((own, n, a, b))
                i += n - 1
                break
        i += 1
    out = []
    spans = [(a, b) for _, _, a, b in found]

    def listed(a: int, b: int) -> bool:
        """Joined to another name found as an item of one list ("safe, caring and well-led")."""
        return any(_LIST_GAP.fullmatch(text, y, a) or _LIST_GAP.fullmatch(text, b, x) for x, y in spans if (x, y) != (a, b))
    subj = ctx.out.orgs.get(ins.subject)
    # (words of a body's name are no aspect: "Barset Sixth Form College" names no sixth form's grade)
    names = [(e.start, e.end) for o in ctx.out.orgs.values() if o.kind != "inspectorate" for e in o.evidence]
    found = [f for f in found if not any(x <= f[2] and f[3] <= y and (x, y) != (f[2], f[3]) for x, y in names)]
    for own, n, a, b in found:
        if n == 1 and (re.search(r"\b(?:GP|dental|[Aa]n?|[Aa]nother|[Oo]ne)\s+$", text[max(0, a - 12):a])
                       or subj is not None and re.search(r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Oo]ur)\s+$", text[max(0, a - 6):a])
                       and subj.label.lower().endswith(" " + text[a:b].lower())):
            continue  # "A GP surgery has been rated", "the surgery was rated" of X Surgery: the body, not surgery
        if n == 1 and not (_ONE_WORD_BEFORE.search(text, max(lo, a - 30), a)
                           or _ONE_WORD_AFTER.match(text, b, hi)) and (len(found) == 1 or not listed(a, b)):
            continue
        if own not in out:
            out.append(own)
    return out


def _in_speech(ctx: Ctx, pos: int, length: int) -> bool:
    """Inside someone's quoted words (a grade alone in quote marks is the writer's own)."""
    return any(q.start <= pos < q.end and q.end - q.start > length + 4 for q in ctx.quotes)


def _framework_aspect(ctx: Ctx, ins: Inspection, aspect: str) -> str:
    """The aspect as the inspection's own frameworks name it, or "" when none of them grades it."""
    when = (ins.visited or ins.published or ctx.doc.date)[:4]
    year = int(when) if when.isdigit() else None
    subj = ctx.out.orgs.get(ins.subject)
    own = _own_aspect(ctx.lex, aspect, ins.inspectors, year, described(ctx, subj))
    entry = ctx.lex.aspects.get(own)
    fws = {f.id for f in ctx.lex.frameworks.for_inspectorates(ins.inspectors, year)} if ctx.lex.frameworks else set()
    return own if entry is not None and set(entry.frameworks) & fws else ""


_BEFORE_NOUN = pattern("clauses", "praise_noun")  # ("with good practice in public and private law")

# "concerns about its leadership were found, leading to an overall 'inadequate' rating": the whole grade.
_OVERALL_GRADE = re.compile(r"\boverall\s+[‘'\"“]?\Z")


def clause_judgements(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    """Add the judgements a clause gives with one grade for the aspects it lists, where no rule gave one."""
    if not groups:
        return
    judging = _Judging(ctx, groups)
    text = ctx.doc.text
    # Where another rule read a judgement, it read that clause whole: this rule takes only clauses left.
    # (a judgement's evidence ends at its grade: a rule that read from the sentence's start to a later grade did
    # not read the clauses before that grade's, "issued 'inadequate' grades for A, gave 'good' ratings for B")
    read = [(max(j.evidence.start, j.evidence.end - 1), j.evidence.end) for j in ctx.out.judgements
            if j.evidence is not None]
    read += ctx.read_judgements
    for sent in ctx.sp.sents:
        s0, s1 = sent.start_char, sent.end_char
        grades = [g for g in judging.grade_spans if s0 <= g.start_char < s1]
        if not grades or ctx.in_mask(s0) or not _CUE.search(text, s0, s1) or graded.tally(ctx, s0, s1):
            continue
        for lo, hi in _clauses(text, s0, s1):
            here = [g for g in grades if lo <= g.start_char < hi]
            clause = text[lo:hi]
            if len(here) != 1 or not _CUE.search(clause) or _EARLIER.search(clause) \
                    or any(a < hi and lo < b for a, b in read):
                continue
            g = here[0]
            if _in_speech(ctx, g.start_char, len(g.text)) or ctx.in_mask(g.start_char) \
                    or _RANGE.match(text, g.end_char, hi) or _OVERALL_GRADE.search(text, lo, g.start_char) \
                    or _AIMED_AT.search(text, lo, g.start_char):
                continue
            praised = _BEFORE_NOUN.match(text, g.end_char, hi)
            ins = judging.insp_at(g.start_char)
            if ins.previous:
                continue  # earlier inspections' grades are the dedicated rules' to read
            years = set(_YEAR.findall(clause))
            if years and not years & {(ins.visited or "")[:4], (ins.published or "")[:4]}:
                continue  # a clause dated to another year is about another inspection
            aspects = _aspects(ctx, ins, text, lo, hi, (g.start_char, g.end_char))
            if praised and not (len(aspects) >= 2 and all(a in ctx.lex.aspects for a in aspects)):
                continue  # "good practice in public law" grades nothing; "outstanding practice in A, B and C" grades areas
            if not aspects and _EVERY_AREA.match(text, lo, g.start_char):
                # "Every category now has a good rating, the services having been deemed safe, effective, ...": the
                # grade of every area, for the areas the rest of the sentence names
                aspects = _aspects(ctx, ins, text, lo, s1, (g.start_char, g.end_char))
                aspects = aspects if len(aspects) >= 2 else []
            for aspect in aspects:
                judging.add_to(g.start_char, lo, g.start_char, aspect, g, "judgement.clause")
