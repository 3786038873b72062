"""The area an inspection covers: a council's area, the areas a local service's own name gives, a provider's
town, else the areas the article names."""

from __future__ import annotations

import re

from ..lexicon import slug
from ..model import Inspection, Place
from .bodies import _local_provider
from .bodynames import body_names
from .context import Ctx, _ev
from .places import _add_place, _admin


def _name_areas(ctx: Ctx, label: str, start: int, end: int) -> list[str]:
    """Places a local service's name gives ("Gwynedd & Anglesey Youth Justice Service": two council areas;
    "Nottingham City Probation Delivery Unit": Nottingham). A force's area that no lexicon holds
    ("Thames Valley Police") becomes a place of its own."""
    lead = body_names().service_area(label)
    if not lead:
        return []
    out = []
    for part in re.split(r"\s+(?:and|&)\s+|,\s+", lead):
        words = part.split()
        key = next((slug(" ".join(words[:n])) for n in range(len(words), 0, -1)
                    if slug(" ".join(words[:n])) in ctx.lex.places
                    and ctx.lex.places[slug(" ".join(words[:n]))].kind != "country"), "")
        if key:
            out.append(_add_place(ctx, key, start, end, "place.body-name"))
    if out and len(out) == len(re.split(r"\s+(?:and|&)\s+|,\s+", lead)):
        return out
    if re.search(r"\b(?:Police|Constabulary|Fire)\b", label) and len(lead.split()) >= 2 and slug(lead) not in out:
        # "Avon and Somerset Constabulary", "West Mercia Police": the force's own area
        key = "area-" + slug(lead)
        p = ctx.out.places.setdefault(key, Place(key, lead, "police force area"))
        p.evidence.append(_ev(start, end, "place.force-area"))
        return [key]
    return out


def _provider_towns(ctx: Ctx, ins: Inspection, ms: list) -> list[str]:
    """A care home, school, surgery or prison is placed by its town, not by a county."""
    lex = ctx.lex
    subj = ctx.out.orgs[ins.subject]
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
    return list(dict.fromkeys(towns))


def _wide(ctx: Ctx, key: str) -> bool:
    entry = ctx.lex.places.get(key)
    return entry is not None and entry.kind in ("region", "country")


def assign_regions(ctx: Ctx, groups: list, main) -> None:
    """Fill each inspection's regions from its body, then from what the article says it covers."""
    lex = ctx.lex
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is None:
            continue
        if subj.kind == "local authority":
            area = lex.orgs[ins.subject].area if ins.subject in lex.orgs else ""
            if area:
                ins.regions = [area]
                _add_place(ctx, area, ms[0].sent.start_char, ms[0].sent.end_char, "place.council-area")
        elif subj.key not in lex.orgs and body_names().is_area_service(subj.label):
            # A local service named after council areas covers them, not the places an article names in passing.
            ev = subj.evidence[0]
            areas = _name_areas(ctx, subj.label, ev.start, ev.end)
            if areas and all(a in lex.council_by_area or a not in lex.places for a in areas):
                ins.regions = areas
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
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and subj.key not in lex.orgs and body_names().is_area_service(subj.label) and \
                all(_wide(ctx, p) for p in ins.regions):
            # A local service covers the areas the text gives it, else the council areas its name gives; never
            # a whole region the article names.
            ev = subj.evidence[0]
            areas = _name_areas(ctx, subj.label, ev.start, ev.end)
            if areas:
                ins.regions = areas
        elif subj is not None and subj.key not in lex.orgs and _local_provider(ctx, subj.key):
            towns = _provider_towns(ctx, ins, ms)
            if towns:
                ins.regions = towns
    # An earlier inspection of the same body covers the same places unless the text says otherwise.
    if main is not None:
        for ins, _ in groups:
            if ins is not main[0] and not ins.regions and ins.subject == main[0].subject:
                ins.regions = list(main[0].regions)
