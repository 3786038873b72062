"""Inspection mentions, sentence by sentence, grouped into inspections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..dates import find_dates
from ..lexicon import slug
from ..model import Inspection
from .bodies import _doc_inspectorates, _local_provider, _main_subject, _named_home
from .context import Ctx, _ev
from .places import _add_place, _admin

_NOT_TRIGGER_NEXT = {"framework", "frameworks", "criteria", "regime", "team", "teams", "handbook", "system",
                     "process", "methodology", "programme", "arrangements", "findings", "outcome", "outcomes",
                     "rating", "ratings", "grade", "grades", "judgement", "judgements", "activity", "regimes",
                     "model", "results"}


_NOT_TRIGGER_PREV = {"next", "future", "further", "upcoming", "new", "every", "any", "each", "annual"}


_PRIOR_CUES = re.compile(r"\b(?:previous|previously|prior|last inspected|last inspection|last visited|earlier|"
                         r"follow(?:s|ed)(?!\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:inspection|visit)\b)|"
                         r"were rated|was judged|were judged|had been rated|had been judged|"
                         r"when (?:it was|the \w+ was|they were) last|"
                         r"was rated|had been rated|in (?:19|20)\d\d)\b", re.I)


_KIND_PRIORITY = ["joint targeted area inspection", "focused visit", "monitoring visit", "unannounced inspection",
                  "re-inspection", "short inspection", "full inspection", "thematic inspection"]


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


def _sent_orgs(ctx: Ctx, sent: Span) -> list[str]:
    out = []
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            if sent.start_char <= e.start < sent.end_char and not ctx.in_quote(e.start):
                out.append((e.start, o.key))
    return [k for _, k in sorted(out)]


def _date_role(sent_text: str, rel: int, year_only: bool = False) -> str:
    """Whether a date at offset rel of a sentence says when a visit happened or when a report came out.
    A bare year after "rated" ("previously rated good in 2019") dates the inspection, as the press means it."""
    pub = re.compile(r"\b(?:publish\w*|released?|report(?:ed)? (?:was )?(?:out|issued)"
                     + (r")\b" if year_only else r"|rated|judged|graded)\b"), re.I)
    vis = re.compile(r"\b(?:visit\w*|inspect\w*|took place|carried out|conducted|between|during|fieldwork|on site)\b", re.I)
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


def _mentions(ctx: Ctx) -> list[Mention]:
    sp = ctx.sp
    out: list[Mention] = []
    kinds = [s for s in ctx.lex_spans if s.label_ == "KIND"]
    rated_by = re.compile(r"\b(?:rated|judged|graded|found to be|branded|ranked|told (?:that )?it (?:requires|needs|must|is|was))\b[^.]{0,40}\bby\s+(?:the\s+)?(?:[A-Z][\w’']+)", re.I)
    text = ctx.doc.text
    for sent in sp.sents:
        if ctx.in_mask(sent.start_char, sent.end_char) or sent.text.strip() == "":
            continue
        trig = None
        kind = ""
        found = []
        for k in kinds:
            if sent.start <= k.start < sent.end and not ctx.in_quote(k.start_char):
                nxt = sp[k.end].lower_ if k.end < len(sp) else ""
                prv = sp[k.start - 1].lower_ if k.start > 0 else ""
                if nxt in _NOT_TRIGGER_NEXT or prv in _NOT_TRIGGER_PREV:
                    continue
                if k.start_char > 0 and text[k.start_char - 1] in "-‑":
                    continue  # "a post-inspection action plan", "pre-inspection data": no inspection itself
                found.append(k)
        # A singular mention ("an inspection") names one inspection; a plural one ("monitoring visits") rarely does.
        singular = [k for k in found if not _plural(k)]
        if found:
            trig = (singular or found)[0]
            kind = _canonical_kind(trig.kb_id_)
            lead = text[max(sent.start_char, trig.start_char - 50):trig.start_char]
            modal = re.search(r"\b(?:can|could|will|would|may|might|should|must|shall|to)\s+((?:\w+\s+){0,3})$", lead, re.I)
            if modal and not re.search(r"\b(?:was|were|had)\b", lead) \
                    and not re.search(r"\b(?:after|following|since|during|from)\b", modal.group(1), re.I):
                # "told it must improve after an inspection": the inspection happened, the improvement is to come
                continue  # "Ofsted can carry out a focused visit at any time": no inspection happened
        if trig is None:
            verb = re.search(r"\b(?:inspected|visited by|rated .{0,30}by|last visited)\b|"
                             r"\b(?:previously|last)\s+(?:rated|judged|graded)\b(?=[^.]{0,40}\b(?:19|20)\d\d\b)|\b[Ii]nspectors?\b[^.]{0,60}\b(?:spent|visited|"
                             r"were on site|carried out|conducted|arrived|went into|returned)\b", sent.text)
            report = re.search(r"\b(?:report|letter of findings|findings|letter)\b.{0,80}\bpublish|\bpublish\w*\b.{0,60}"
                               r"\b(?:report|letter of findings|findings)\b", sent.text, re.I)
            if report and not any(ctx.out.orgs[o].kind == "inspectorate" for o in _sent_orgs(ctx, sent)) \
                    and not re.search(r"\b(?:the|its|their|ofsted[’']s) (?:inspection )?(?:report|letter)\b|"
                                      r"\binspectorates?\b|\binspectors\b", sent.text, re.I):
                report = None
            if not (verb or report or rated_by.search(sent.text)):
                continue
            if ctx.in_quote(sent.start_char + (verb.start() if verb else 0)):
                continue
            kind = "inspection"
        orgs = _sent_orgs(ctx, sent)
        inspectors = list(dict.fromkeys(o for o in orgs if ctx.out.orgs[o].kind == "inspectorate"))
        others = [o for o in orgs if ctx.out.orgs[o].kind not in ("inspectorate", "publisher", "government department")]
        # "a home run by Cumberland Council": the operator is not the body inspected.
        operators = {k for k in others for e in ctx.out.orgs[k].evidence if sent.start_char <= e.start < sent.end_char
                     and re.search(r"\b(?:run|operated|owned|managed|commissioned|provided)\s+by\s+(?:the\s+)?$",
                                   text[max(sent.start_char, e.start - 30):e.start])}
        others = [o for o in others if o not in operators] + [o for o in others if o in operators]
        if trig is not None and others:
            # "an inspection of X", "a focused visit to X": the body right after the mention is the one inspected.
            after = text[trig.end_char:sent.end_char]
            m = re.match(r"\s*(?:\w+\s+){0,3}?(?:of|at|into|to|on)\s+(?:the\s+)?", after)
            if m:
                at = trig.end_char + m.end()
                first = next((k for k in others if any(at <= e.start <= at + 2 for e in ctx.out.orgs[k].evidence)), None)
                if first:
                    others = [first] + [o for o in others if o != first]
        if not others and re.search(r"\b(?:the|its|this) council\b|\bcouncil[’']s\b|^council", sent.text, re.I) and ctx.council:
            others = [ctx.council]
        if not others:
            # "Medway was previously rated good in 2019": a council's area opening the sentence stands for the
            # council the article names.
            lead = next((s for s in ctx.lex_spans if s.label_ == "PLACE" and s.start == sent.start
                         or s.label_ == "PLACE" and s.start == sent.start + 1 and sp[sent.start].lower_ == "in"), None)
            key = ctx.lex.council_by_area.get(lead.kb_id_, "") if lead is not None else ""
            if lead is not None and not re.match(r"\s*,?\s*(?:was|were|is|are|has|had|have)\b", text[lead.end_char:]):
                key = ""  # "Stockport youth justice service was ...": the place names another body
            if key in ctx.out.orgs:
                others = [key]
        if ctx.providers and (not others or all(ctx.out.orgs[o].kind == "company" for o in others)) \
                and re.search(r"\b(?:the|this|its) (?:care |nursing )?home\b", sent.text, re.I):
            # "rated the home requires improvement": the care home the article names
            others = [_named_home(ctx)] + others
        places = []
        towns = []
        for s in ctx.lex_spans:
            if s.label_ == "PLACE" and sent.start <= s.start < sent.end and not ctx.in_quote(s.start_char):
                if _admin(ctx, s.kb_id_) and s.kb_id_ not in places:
                    places.append(s.kb_id_)
                elif ctx.lex.places[s.kb_id_].kind in ("town", "city") and s.kb_id_ not in towns:
                    towns.append(s.kb_id_)
        if towns:
            # "stations in Lincoln, Boston, Grantham and Skegness": a city or district listed with towns is a
            # site visited, not the area the inspection covers.
            wide = ("region", "ceremonial county", "historic county")
            towns += [p for p in places if ctx.lex.places[p].kind not in wide]
            places = [p for p in places if ctx.lex.places[p].kind in wide]
        dates = []
        anchor_at = (trig.start_char - sent.start_char) if trig is not None else None
        for d in find_dates(sent.text, ctx.anchor, ctx.doc_dated):
            if not d.value or ctx.in_quote(sent.start_char + d.start):
                continue
            if re.search(r"\b(?:Act|Regulations|Order|Bill)\s*(?:of\s+)?$", sent.text[:d.start]):
                continue  # "the Children Act 2004"
            if re.fullmatch(r"\s*(?:[A-Z][A-Za-z’' -]*,\s*)?", sent.text[:d.start]) \
                    and re.match(r"\s*[—–-]", sent.text[d.end:]):
                continue  # a dateline ("BURY, 14 March 2024 —") dates the article, not the inspection
            if anchor_at is not None and abs(d.start - anchor_at) > 140:
                continue  # a date far from the mention belongs to something else
            dates.append((_date_role(sent.text, d.start, len(d.value) == 4), d.value))
        if trig is not None and _plural(trig) and not dates:
            continue  # "monitoring visits", "inspections": a generic mention, not one inspection
        out.append(Mention(sent, trig, kind, inspectors, others[0] if others else "", places, dates,
                           bool(_PRIOR_CUES.search(sent.text)), towns))
    return out


def _plural(span: Span) -> bool:
    last = span[-1].lower_
    return last.endswith("s") and last not in ("ilacs", "jtais", "sif") and not last.endswith("ss")


_CONTRACT_KINDS = {"inspection", "unannounced inspection", "focused visit", "monitoring visit",
                   "joint targeted area inspection"}


def _canonical_kind(kind: str) -> str:
    """The press's kinds of inspection, reduced to the contract's: a framework's name is an inspection."""
    if kind in _CONTRACT_KINDS:
        return kind
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


def _inspections(ctx: Ctx) -> list[tuple[Inspection, list[Mention]]]:
    lex = ctx.lex
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
        other_subject = bool(m.subject) and bool(mi.subject) and m.subject != mi.subject \
            and lex.orgs.get(m.subject) is not None and ctx.out.orgs[m.subject].kind == ctx.out.orgs[mi.subject].kind
        main_years = {v[:4] for mm in main[1] for _, v in mm.dates}
        other_year = bool(own_dates) and bool(main_years) and not ({v[:4] for v in own_dates} & main_years) \
            and (m.prior or m.kind != mi.kind or m.trigger is not None)
        if disjoint or other_subject or other_year or (m.prior and own_dates and m.trigger is not None):
            # An earlier inspection named in passing, or another region: an inspection of its own.
            same = next((g for g in groups[1:] if ((set(g[0].regions) & set(m.places)) or
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
    for ins, ms in groups:
        for m in ms[1:]:
            ins.kind = _merge_kind(ins.kind, m.kind)
        for m in ms:
            for role, v in m.dates:
                if role == "visited" and not ins.visited:
                    ins.visited = v
                elif role == "published" and not ins.published:
                    ins.published = v
        if not ins.inspectors:
            if ins.kind == "joint targeted area inspection":
                ins.inspectors = list(doc_insp)
            else:
                ins.inspectors = doc_insp[:1]
        elif ins.kind == "joint targeted area inspection":
            ins.inspectors += [o for o in doc_insp if o not in ins.inspectors]
        if not ins.subject:
            # "At its previous inspection the home was rated good": the body of the main inspection.
            ins.subject = main[0].subject if main is not None and ins is not main[0] and main[0].subject else main_subject
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and subj.kind == "local authority":
            area = lex.orgs[ins.subject].area if ins.subject in lex.orgs else ""
            if area:
                ins.regions = [area]
                _add_place(ctx, area, ms[0].sent.start_char, ms[0].sent.end_char, "place.council-area")
        ins.evidence = [_ev(m.sent.start_char, m.sent.end_char, "inspection." + ("trigger" if m.trigger is not None else "verb"))
                        for m in ms]
    # A body's inspection with no region of its own covers the areas the article names.
    if main is not None and not main[0].regions and main[0].subject:
        used = {p for ins, _ in groups for p in ins.regions}
        subj = ctx.out.orgs.get(main[0].subject)
        if subj is not None and subj.kind != "local authority":
            main[0].regions = [k for k, p in ctx.out.places.items()
                               if _admin(ctx, k) and k not in used
                               and not all(ctx.in_quote(e.start) for e in p.evidence)]
            if not main[0].regions and subj.key not in lex.orgs:
                # "Lincolnshire Fire and Rescue": a body named after the area it serves
                words = subj.label.split()
                for n in (3, 2, 1):
                    k = slug(" ".join(words[:n]))
                    if len(words) > n and k in lex.places and lex.places[k].kind != "country":
                        ev = subj.evidence[0]
                        _add_place(ctx, k, ev.start, ev.end, "place.body-name")
                        main[0].regions = [k]
                        break
    # A care home, surgery, children's home or prison is placed by its town, not by a county.
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and subj.key not in lex.orgs and _local_provider(ctx, subj.key):
            named = [slug(w) for w in re.findall(r"[A-Z][\w-]+", subj.label)]
            towns = [k for k in named if k in lex.places and lex.places[k].kind != "country"]
            if not towns and ctx.providers.get(subj.key):
                towns = [ctx.providers[subj.key]]
            for k in towns:
                _add_place(ctx, k, ms[0].sent.start_char, ms[0].sent.end_char, "place.provider-name")
            if not towns:
                towns = [k for m in ms for k in m.towns]
            if not towns:
                towns = [k for k, p in ctx.out.places.items() if p.kind in ("town", "city")
                         and not all(ctx.in_quote(e.start) for e in p.evidence)]
            if towns:
                ins.regions = list(dict.fromkeys(towns))
    # An earlier inspection of the same body covers the same places unless the text says otherwise.
    if main is not None:
        for ins, _ in groups:
            if ins is not main[0] and not ins.regions and ins.subject == main[0].subject:
                ins.regions = list(main[0].regions)
    groups = [g for g in groups if g[0].inspectors and g[0].subject]
    for n, (ins, _) in enumerate(groups):
        ins.local_id = n
    return groups


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
                or (not ins.previous and (ins.kind != main.kind or ins.subject != main.subject)):
            keep.append(g)  # a graded and dated earlier inspection, another body, or another kind of visit
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
