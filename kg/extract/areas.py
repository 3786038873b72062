"""The area an inspection covers: a council's area, the areas a local service's own name gives, a provider's
town, else the areas the article names."""

from __future__ import annotations

import re

from ..lexicon import slug
from ..model import Inspection, Place
from .bodies import _area_service, _local_provider, _registered
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
            out.append(key)
    force = bool(re.search(r"\b(?:Police|Constabulary|Fire)\b", label))
    if out and len(out) == len(re.split(r"\s+(?:and|&)\s+|,\s+", lead)) and not (force and len(out) > 1):
        return [_add_place(ctx, key, start, end, "place.body-name") for key in out]
    if (force or not out) and all(w[:1].isupper() or w in ("and", "&") for w in lead.split()):
        # "Avon and Somerset Constabulary", "West Mercia Police": the force's own area; "Scottish Borders
        # Health and Social Care Partnership": an area no lexicon holds
        return [_own_place(ctx, lead, "police force area" if force else "service area", start, end)]
    return [_add_place(ctx, key, start, end, "place.body-name") for key in out]


def _own_place(ctx: Ctx, label: str, kind: str, start: int, end: int) -> str:
    """A place the text names that the lexicon lacks (a force's area, a council's area)."""
    key = slug(label)
    if key in ctx.lex.places:
        return _add_place(ctx, key, start, end, "place.body-name")
    key = "area-" + key
    p = ctx.out.places.setdefault(key, Place(key, label, kind))
    p.evidence.append(_ev(start, end, "place.body-name"))
    return key


def _council_area(ctx: Ctx, label: str, start: int, end: int) -> list[str]:
    """A council no lexicon places covers the area its name gives ("Argyll and Bute Council")."""
    area = body_names().council_area(label)
    if not area or not all(w[:1].isupper() or w in ("and", "&", "of", "upon", "on") for w in area.split()):
        return []
    return [_own_place(ctx, area, "local authority area", start, end)]


def _provider_town(ctx: Ctx, label: str, known_only: bool = False) -> str:
    """"X Primary School, in Feltwell,", "X Surgery in Beeston": the town named right after a provider (with
    known_only, only a town the lexicon knows)."""
    for m in re.finditer(re.escape(label) + r",?\s+(?:in|at|near)\s+([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)\b(?!\s+[A-Z])",
                         ctx.doc.text):
        town = m.group(1)
        if town.split()[-1].lower() in body_names().street_word or ctx.in_mask(m.start()):
            continue
        key = slug(town)
        if key in ctx.lex.places:
            if ctx.lex.places[key].kind in ("country", "region"):
                continue
            return _add_place(ctx, key, m.start(1), m.end(1), "place.provider-town")
        if known_only or town.lower() in _MONTHS:
            continue
        return _own_place(ctx, town, "town", m.start(1), m.end(1))
    return ""


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def _provider_towns(ctx: Ctx, ins: Inspection, ms: list) -> list[str]:
    """A care home, school, surgery or prison is placed by its town, not by a county."""
    lex = ctx.lex
    subj = ctx.out.orgs[ins.subject]
    # The town the text places it in ("Thornbury Care Home in Dumfries") before a place inside its name.
    town = _provider_town(ctx, subj.label, known_only=True)
    towns = [town] if town else []
    if not towns:
        named = [slug(w) for w in re.findall(r"[A-Z][\w-]+", subj.label)]
        towns = [k for k in named if k in lex.places and lex.places[k].kind != "country"]
    if not towns and ctx.providers.get(subj.key):
        towns = [ctx.providers[subj.key]]
    if not towns:
        town = _provider_town(ctx, subj.label)
        towns = [town] if town else []
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


def _unlisted(lex, key: str) -> bool:
    """A body the lexicon does not place: unknown to it, or one of its registers of public bodies (a force, a
    fire service, a youth justice service), whose name says the area it serves."""
    return key not in lex.orgs or bool(lex.orgs[key].register)


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
            elif ins.subject not in lex.orgs or not ins.regions:
                ev = subj.evidence[0]
                ins.regions = _council_area(ctx, subj.label, ev.start, ev.end) or ins.regions
        elif _registered(ctx, subj.key) and _area_service(ctx, subj.key):
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
            if not main[0].regions and _unlisted(lex, subj.key) and not _local_provider(ctx, subj.key):
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
        if subj is not None and _registered(ctx, subj.key) and _area_service(ctx, subj.key) and \
                all(_wide(ctx, p) for p in ins.regions):
            # A local service covers the areas the text gives it, else the council areas its name gives; never
            # a whole region the article names.
            ev = subj.evidence[0]
            areas = _name_areas(ctx, subj.label, ev.start, ev.end)
            if areas:
                ins.regions = areas
        elif subj is not None and _registered(ctx, subj.key) and _local_provider(ctx, subj.key):
            towns = _provider_towns(ctx, ins, ms)
            if towns:
                ins.regions = towns
    # An earlier inspection of the same body covers the same places unless the text says otherwise.
    if main is not None:
        for ins, _ in groups:
            if ins is not main[0] and not ins.regions and ins.subject == main[0].subject:
                ins.regions = list(main[0].regions)
