"""Aspects read on the inspection's own framework: a name several frameworks share means the aspect of the
framework that grades the inspected body (its remit and years), and one inspection keeps one framework."""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import Lexicon, norm
from ..model import Inspection, Judgement, Org
from .context import Ctx

# The names of the overall judgement, which every framework has in its own words.
OVERALL = {"overall effectiveness", "overall", "overall rating", "overall judgement", "overall grade"}


_REMIT_FILLER = {"services", "service", "and", "of", "the", "children's", "childrens", "provider", "providers", "other"}


def _words(text: str) -> set[str]:
    """The words of a remit or a body's kind and name, singular ("local authorities (adult social care)": the
    words before the bracket that qualifies them)."""
    text = re.sub(r"\([^)]*\)", " ", text.lower().replace("’", "'"))
    return {re.sub(r"ies$", "y", w).rstrip("s") for w in re.findall(r"[a-z']+", text) if w not in _REMIT_FILLER}


def described(ctx: Ctx, subj: Org | None) -> str:
    """A body's kind, name and register (a prison, a children's home): the words a framework's remit is matched on."""
    if subj is None:
        return ""
    entry = ctx.lex.orgs.get(subj.key)
    if subj.kind == "local authority" and _COUNCILS_HOME.search(ctx.doc.text):
        # "Portsmouth City Council's children's home is branded inadequate": what was inspected is a home
        return f"children's home {subj.label}"
    kind = ""
    if subj.key in ctx.providers and not _PROVIDER_KIND.search(subj.label):
        # ("Moor Lane" in a story about "a Keys Group residential children's home": what the text says it is)
        m = _PROVIDER_KIND.search(ctx.doc.text)
        kind = m.group(0) if m else ""
    if not kind and _SHORT_SCHOOL.search(subj.label):
        kind = "school"  # ("Tomintoul Primary", "Pencoed Comprehensive": a school by its short name)
    return f"{subj.kind} {subj.label} {entry.register if entry is not None and entry.register else ''} {kind}".strip()


_SHORT_SCHOOL = re.compile(r"\b(?:Primary|Secondary|Comprehensive|High|Grammar|Infants|Juniors|Academy)$")


_PROVIDER_KIND = re.compile(r"\b(?:children[’']s\s+home|care\s+home|nursing\s+home|nursery|childminder|school|academy|college|"
                            r"surgery|practice|hospital|fostering\s+agency|adoption\s+agency)\b", re.I)


# A council's own children's home as what the article reports on
# ("a council-run children's home", "a children's home run by X Council" too)
_COUNCILS_HOME = re.compile(r"\b(?:council|authority|one\s+of\s+(?:our|its|their))(?:[’']?s?\s+|-run\s+)(?:[a-z-]+\s+)?"
                            r"children[’']s\s+homes?\b|\bchildren[’']s\s+homes?\s+(?:(?:run|owned|managed|operated)\s+"
                            r"(?:and\s+)?){1,2}by\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:Council|Borough|Authority)\b", re.I)


def fits_remit_of(framework, subject: str) -> bool:
    """Whether the framework's remit names the inspected body's kind (SUBJECT: its kind and name)."""
    own = _words(subject)
    return any(_words(r) and _words(r) <= own for r in framework.remit)


def on_scale(lex: Lexicon, framework, grade: str) -> bool:
    """Whether one of the framework's grade scales has the grade."""
    return any(norm(g.label) == norm(grade) for s in framework.scales for g in lex.frameworks.scales[s].grades)


def fits_remit(lex: Lexicon, inspector: str, subject: str) -> bool:
    """Whether a framework of the inspectorate names the inspected body's kind in its remit (SUBJECT: its kind and
    name): a youth offending team is the probation inspectorate's, not the prisons inspectorate's."""
    return any(fits_remit_of(f, subject) for f in lex.frameworks.for_inspectorates([inspector], None))


def area_sets(ctx: Ctx, ins: Inspection, year: int | None) -> list[tuple[str, ...]]:
    """The sets of areas the inspection's frameworks grade side by side, in the order the framework files give
    them (today's set first): of the frameworks whose remit names the inspected body's kind when any does (a
    college's, not a council's children's services')."""
    kind = described(ctx, ctx.out.orgs.get(ins.subject))
    fws = ctx.lex.frameworks.for_inspectorates(ins.inspectors, year)
    fitting = [f for f in fws if fits_remit_of(f, kind)]
    return list(dict.fromkeys(group for f in fitting or fws for group in f.area_sets))


def own_aspect(lex: Lexicon, aspect: str, inspectors: list[str], year: int | None, subject: str = "",
               grade: str = "") -> str:
    """The aspect of the inspection's own framework that a name means: "leadership" read on a CQC inspection is
    its "Well-led", on a council's children's services the impact of leaders; the name as found otherwise.
    Frameworks whose remit names the kind of the inspected body (SUBJECT: its kind and name) come first, those
    whose scale has the GRADE given and those in force that very year before the others."""
    a = lex.aspects.get(aspect)
    if a is None or norm(aspect) in OVERALL:
        return aspect
    fws = lex.frameworks.for_inspectorates(inspectors, year)
    fitting = [f for f in fws if fits_remit_of(f, subject)]
    names = {norm(x) for x in [a.label, *a.aliases]}

    def graded_on(f) -> bool:
        return not grade or on_scale(lex, f, grade)

    def shared(f) -> tuple[int, str]:
        """The aspect of F sharing most names with the one found (0 when none)."""
        return max(((len(names & {norm(x) for x in [b.label, *b.aliases]}), b.label) for b in f.aspects),
                   key=lambda h: h[0], default=(0, ""))

    if year is None and any(f.id in a.frameworks for f in fitting) and not any(
            norm(aspect) in {norm(x) for b in f.aspects for x in [b.label, *b.aliases]}
            for f in fitting if f.id not in a.frameworks):
        # (undated: a name only one of the body's frameworks uses says which framework it is; "safety", a
        # name of several, is read as below)
        return aspect
    # The body's own frameworks, one at a time in order; then the inspectorate's others together.
    for f in sorted(fitting, key=lambda f: (not graded_on(f), not f.in_force(year, 0), f.end is not None)):
        if f.id in a.frameworks:
            return aspect
        n, label = shared(f)
        if n:
            return label
    # (a council's framework is no other body's: "leadership" of a care home is not the CQC's council assessment's)
    if subject and not re.search(r"\b(?:local authority|council)\b", subject, re.I):
        fws = [f for f in fws if not all(re.search(r"\blocal authorit|\bcouncil", r, re.I) for r in f.remit)] or fws
    if any(f.id in a.frameworks for f in fws):
        return aspect
    # (the inspectorates' own frameworks first, then those they join another's in)
    fws = sorted(fws, key=lambda f: f.inspectorates[0] not in inspectors)
    hits = [(shared(f)[0], -i, shared(f)[1]) for i, f in enumerate(fws)]
    best = max(hits, default=(0, 0, ""))
    return best[2] if best[0] else aspect


def namers(lex: Lexicon, aspect: str) -> set[str]:
    """The frameworks with an aspect of that name: its own, and those whose aspects share one of its names."""
    a = lex.aspects[aspect]
    names = {norm(x) for x in [a.label, *a.aliases]}
    return set(a.frameworks) | {f for b in lex.aspects.values() if names & {norm(x) for x in [b.label, *b.aliases]}
                                for f in b.frameworks}


def one_framework(ctx: Ctx, inspections: list[Inspection]) -> None:
    """One inspection is graded under one framework: a name several frameworks share ("children in care")
    means the aspect of the framework the inspection's other judgements come from."""
    lex = ctx.lex
    by_ins: dict[int, list[Judgement]] = {}
    for j in ctx.out.judgements:
        by_ins.setdefault(j.inspection, []).append(j)
    for js in by_ins.values():
        if len(js) < 3:
            continue
        fws = Counter(f for j in js if j.aspect in lex.aspects and norm(j.aspect) not in OVERALL
                      for f in set(lex.aspects[j.aspect].frameworks))
        if not fws:
            continue
        fw, n = fws.most_common(1)[0]
        # A framework that can name more of the judgements is the one they come from ("adoption" beside "children
        # who need help and protection" is the framework of 2013, whatever names the one in force gives the others)
        ins = next((i for i in inspections if i.local_id == js[0].inspection), None)
        own = {f.id for f in lex.frameworks.for_inspectorates(ins.inspectors, None)} if ins is not None else set()
        cover = Counter(f for j in js if j.aspect in lex.aspects and norm(j.aspect) not in OVERALL
                        for f in namers(lex, j.aspect) & own)
        best = max(cover.values(), default=0)
        # (of frameworks naming as many, one a judgement already comes from: "help and protection" of the 2018
        # framework beside "looked-after children" of an older one, both named by the 2018 one)
        tops = [f for f in cover if cover[f] == best]
        tops = [f for f in tops if f in fws] if len(tops) > 1 else tops
        if len(tops) == 1:
            fw, n = tops[0], best
        if n < 2:
            continue
        have = {j.aspect for j in js}
        for j in js:
            a = lex.aspects.get(j.aspect)
            if a is None or fw in a.frameworks or norm(j.aspect) in OVERALL:
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
