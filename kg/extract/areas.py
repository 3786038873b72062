"""The area an inspection covers: a council's area, the areas a local service's own name gives, a provider's
town, else the areas the article names."""

from __future__ import annotations

import itertools
import re

from ..dates import MONTHS
from ..lexicon import slug
from ..model import Inspection
from .bodies import _PRISON_PREFIX, GALLERY_ITEM, _area_service, _local_provider, _registered
from .bodynames import body_names
from .context import Ctx
from .families import FAMILIES as _FAMILIES
from .families import HOUSE_NAMES as _HOUSE_NAMES
from .families import family as _family
from .families import lead_end as _lead_end
from .families import nouns_rx
from .graded import graded_items
from .places import _STREET_WORDS, STREET_THEN, STREET_TOWN, _add_place, _admin, _own_place
from .rules import words

_BRANDED = words("bodies", "branded_services")


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
    # ("Dorset and Wiltshire Fire and Rescue Service": two counties; "Avon and Somerset Police", "Hereford and
    # Worcester Fire and Rescue": a force area named for a county that is no more, or for towns, is one of its own)
    gone = any(ctx.lex.places[k].kind not in ("ceremonial county", "local authority area") for k in out)
    if out and len(out) == len(re.split(r"\s+(?:and|&)\s+|,\s+", lead)) and not (force and len(out) > 1 and gone):
        return [_add_place(ctx, key, start, end, "place.body-name") for key in out]
    if not out and any(label.endswith(" " + k) for k in _BRANDED):
        return []  # "Progress Fostering Service": an agency's brand, no area
    if (force or not out) and all(w[:1].isupper() or w in ("and", "&") for w in lead.split()):
        # "Avon and Somerset Constabulary", "West Mercia Police": the force's own area; "Scottish Borders
        # Health and Social Care Partnership": an area no lexicon holds
        return [_own_place(ctx, lead, "police force area" if force else "service area", start, end)]
    return [_add_place(ctx, key, start, end, "place.body-name") for key in out]


def _council_area(ctx: Ctx, label: str, start: int, end: int) -> list[str]:
    """A council no lexicon places covers the area its name gives ("Argyll and Bute Council")."""
    area = body_names().council_area(label)
    if not area or not all(w[:1].isupper() or w in ("and", "&", "of", "upon", "on") for w in area.split()):
        return []
    return [_own_place(ctx, area, "local authority area", start, end)]


def _provider_town(ctx: Ctx, label: str, add: bool = True, known_only: bool = False, prep: str = "in|at|near") -> str:
    """"X Primary School, in Feltwell,", "X Surgery in Beeston": the town named right after a provider (added
    to the places unless ADD is false; with KNOWN_ONLY, only a town the lexicon knows) by one of the
    prepositions PREP."""
    # ("the X care home in Y": a home named by its context keeps its kind after its name;
    # "Located near Wigan, ..., Hindley is a ... prison": the place before it, a prison also by its bare name)
    bare = _PRISON_PREFIX.match(label)
    # (and the short forms the text gives it: "the JMA in Hartland Road, Whitley")
    org = next((o for o in ctx.out.orgs.values() if o.label == label), None)
    short = [ctx.doc.text[e.start:e.end] for e in org.evidence if e.rule == "org.acronym"] if org else []
    own = list(dict.fromkeys([label, bare.group(1) if bare else label, *short]))
    names = "|".join(map(re.escape, own))
    town = r"([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
    town_rx = town + r"\b(?!\s+[A-Z])"
    # ("Church Lane surgery in Bocking": the kind word of the name may be written in lower case)
    loose = "|".join(re.escape(n.rsplit(" ", 1)[0]) + r"\s+(?i:" + re.escape(n.rsplit(" ", 1)[1]) + ")" if " " in n
                     else re.escape(n) for n in own)
    if bare:
        loose += r"|(?<=[Tt]he )(?:jail|prison|gaol)"  # ("staff shortages at the jail near Falfield")
    after = re.finditer(r"\b(?:" + loose + r")(?:\s+(?:care|nursing|residential|children[’']s)\s+home)?,?\s+(?:" + prep
                        + r")\s+" + town_rx, ctx.doc.text)
    fronted = re.finditer(r"\b(?:Located|Based|Situated|Sited)\s+(?:" + prep + r")\s+" + town_rx
                          + r"[^.\n]{0,120}?,\s+(?:" + names + r")\s+(?:is|was|has|houses|holds)\b", ctx.doc.text)
    # ("Acorn Park, an independent special school for children with autism in Banham,": the apposition's town)
    kinds = nouns_rx([n for nouns in _FAMILIES.values() for n in nouns])
    # ("Hafod, the council's residential home in the Trefelin area of Pontyrhos,")
    apposed = re.finditer(re.escape(label) + r",\s+(?:a|an|the\s+(?:council|trust|authority|charity|company)[’']s|its|their)\s+"
                          r"(?:[\w’'-]+\s+){0,6}?(?:" + kinds + r")\b(?:\s+[\w’'-]+){0,6}?\s+(?:" + prep
                          + r")\s+(?:the\s+[A-Z][\w’'-]+\s+area\s+of\s+)?" + town_rx
                          + r"(?=\s*[,.;]|\s+(?:run|owned|operated|managed|which|where|has|had|is|was)\b)", ctx.doc.text)
    # ("Ardbeg House, in the Kirkton area of Balmore,": the town the district lies in)
    area_of = re.finditer(re.escape(label) + r",?\s+(?:in|at)\s+the\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+(?:area|district)"
                          r"\s+of\s+" + town_rx, ctx.doc.text) if re.search(r"\bin\b", prep) else iter(())
    # ("Craigmore Lodge Care Home, Dunmore, Perthshire" as a round-up's heading: a line of the name and its town)
    heading = re.finditer(r"(?m)^[ \t]*(?:\d{1,2}[.)]\s+)?" + re.escape(label) + r",[ \t]+([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
                          + r"(?:,[ \t]+[A-Z][\w’' -]{1,40})?[ \t]*$", ctx.doc.text) if re.search(r"\bin\b", prep) else iter(())
    # ("Port Glasgow's Newark Care Home": the town in the possessive before its name)
    # (a known town only: "John O’Groat’s ..." names no town)
    owner = (m for m in re.finditer(r"\b" + town + r"[’']s\s+(?:" + names + r")\b", ctx.doc.text)
             if slug(m.group(1)) in ctx.lex.places) if re.search(r"\bin\b", prep) else iter(())
    # ("Excel Fostering Limited, in Clifton Drive South, St Annes,": the town after its street)
    addressed = re.finditer(r"\b(?:" + names + r"),?\s+(?:in|at|on)\s+" + STREET_THEN + STREET_TOWN, ctx.doc.text) \
        if re.search(r"\bin\b", prep) else iter(())
    # ("the emergency department at Glangwili Hospital, Carmarthen, in December": a known town after a comma)
    comma = (m for m in re.finditer(r"\b(?:" + names + r"),\s+" + town + r"(?=\s*[,.;])", ctx.doc.text)
             if slug(m.group(1)) in ctx.lex.places) if re.search(r"\bin\b", prep) else iter(())
    for m in itertools.chain(addressed, after, fronted, apposed, area_of, heading, owner, comma):
        town = m.group(1)
        street = re.match(r"[\w’'-]*\s+([A-Z][a-z]+)\b", ctx.doc.text[m.end(1):])  # ("at John O’Gaunts Way")
        if town.split()[-1].lower() in body_names().street_word or ctx.in_mask(m.start()) \
                or town.lower() in MONTHS or town[-1] in "’'" \
                or street is not None and street.group(1).lower() in body_names().street_word:
            continue  # "on Stamford Road"; "governor of HMP Lewes in March": a month, not the town March
        # (the lexicon's entry for the words there: "St Annes" is Lytham St Annes)
        key = next((sp.kb_id_ for sp in ctx.lex_spans if sp.label_ == "PLACE" and sp.start_char == m.start(1)
                    and sp.end_char == m.end(1)), slug(town))
        if key in ctx.lex.places:
            if ctx.lex.places[key].kind in ("country", "region"):
                continue
            return _add_place(ctx, key, m.start(1), m.end(1), "place.provider-town") if add else key
        if known_only:
            continue
        return _own_place(ctx, town, "town", m.start(1), m.end(1)) if add else "area-" + key
    return ""


_NEAR = r"near|on\s+the\s+outskirts\s+of|just\s+outside"  # a town a provider lies near, not in

def _kind_noun_places(ctx: Ctx, label: str) -> list[str]:
    """"An Ipswich secondary school", "a Lowestoft care home": a place right before a noun of the provider's
    family of kinds (one or two words between), outside furniture and quotations."""
    nouns = _family(label)
    if not nouns:
        return []
    out = []
    rx = re.compile(r"(?:[’']s)?\s+(?:[\w’'-]+\s+){0,2}?(?:" + nouns_rx(nouns) + r")\b", re.I)
    # "A prison in Devon": the noun, then the place
    in_rx = re.compile(r"\b(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:" + nouns_rx(nouns) + r")\s+in\s+$", re.I)
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and not _wide(ctx, s.kb_id_) and not ctx.in_quote(s.start_char) \
                and (rx.match(ctx.doc.text, s.end_char) or s.start_char < _lead_end(ctx)
                     and in_rx.search(ctx.doc.text[max(0, s.start_char - 60):s.start_char])) \
                and s.kb_id_ not in out:
            out.append(s.kb_id_)
    return out


def _claimed_towns(ctx: Ctx, subject: str) -> set[str]:
    """Towns the text gives other providers ("St Anne's School in Felixstowe"): not the subject's."""
    out = set()
    # "Kestrel Care Group, a company based in Swindon": where an operator or a company sits
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and re.search(r"\b(?:based|headquartered|registered)\s+in\s+(?:the\s+)?$",
                                             ctx.doc.text[max(0, s.start_char - 40):s.start_char], re.I):
            before = [(e.start, o.key) for o in ctx.out.orgs.values() for e in o.evidence
                      if s.start_char - 150 < e.start < s.start_char]
            if not before or max(before)[1] != subject:
                out.add(s.kb_id_)  # the body named last before "based in" is another one
    for o in ctx.out.orgs.values():
        if o.key != subject and _registered(ctx, o.key) and _local_provider(ctx, o.key):
            town = _provider_town(ctx, o.label, add=False) or ctx.providers.get(o.key, "")
            if town:
                out.add(town)
        if o.key != subject and _local_provider(ctx, o.key):
            # ("Pencoed Comprehensive" listed beside Oldcastle Primary: Pencoed is that school's)
            words_ = o.label.split()
            out.update(k for k in (slug(" ".join(words_[i:i + n])) for n in (1, 2) for i in range(len(words_)))
                       if ctx.lex.places.get(k) is not None and ctx.lex.places[k].kind in ("town", "city", "village", "locality"))
    return out


def _list_lead_places(ctx: Ctx, pos: int) -> list[str]:
    """The places of the line that leads a list of items ("ratings were given to the following care homes in
    Warwickshire:"), for the item at POS."""
    text = ctx.doc.text
    end = text.rfind("\n", 0, pos)
    for _ in range(40):
        if end <= 0:
            return []
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not re.match(r"[•·▪●*-]", line):
            if not line.endswith(":"):
                return []
            found = [k for k, p in ctx.out.places.items() if p.kind not in ("country", "region")
                     and any(start <= e.start < end for e in p.evidence)]
            if not found and re.search(r"\bin\s+the\s+(?:same\s+)?(?:area|county|region|district|borough)\b", line, re.I):
                # "Other social care services in the area were also rated:": the area of the list before
                return _list_lead_places(ctx, text.rfind("\n", 0, start - 1) + 1) if start > 1 else []
            return found
        end = start - 1
    return []


def _provider_towns(ctx: Ctx, ins: Inspection, ms: list) -> list[str]:
    """A care home, school, surgery or prison is placed by its town, not by a county: the town the text puts
    it in ("X School in Feltwell"), else its context's, a place in its name, the towns of its inspection's
    sentences, a place before a noun of its kind ("a Lowestoft care home"), else the article's towns that no
    other provider has."""
    lex = ctx.lex
    subj = ctx.out.orgs[ins.subject]
    if any(graded_items(ctx, m.sent.start_char, m.sent.end_char) for m in ms):
        # a round-up's item: the town it gives, or the one its paragraph puts it in
        # (not a place inside the item's own name: "• Polesworth Group Laurel End: Good" under a county's list)
        named = [(e.start, e.end) for e in subj.evidence]
        given = list(dict.fromkeys(k for m in ms for k in m.towns if k in ctx.out.places and not all(
            any(a <= e.start < b for a, b in named) for e in ctx.out.places[k].evidence))) \
            or _list_lead_places(ctx, ms[0].sent.start_char)
        if given or len(ms) == 1:
            return given
    # The town the text places it in ("Thornbury Care Home in Dumfries") before a place inside its name; a
    # town no lexicon knows only when nothing else places it.
    if ctx.addresses.get(subj.key):
        return list(ctx.addresses[subj.key])  # its own address: the town, then the county
    # ("Channings Wood, near Newton Abbot": a town it is near places it only when nothing else does)
    town = _provider_town(ctx, subj.label, known_only=True, prep="in|at")
    county = town if town in lex.places and lex.places[town].kind in ("ceremonial county", "historic county") else ""
    prison = re.match(r"(?:HMP|HMYOI|HM Prison|HM Young Offender)", subj.label)
    towns = [town] if town and not county else []
    if county and not prison:
        towns = [county]  # "Warwick Lodge in Devon": a house's name need not be its town's
    if not towns and (subj.label.split()[-1].lower() in _HOUSE_NAMES or not prison):
        # ("Charlton House" under "A Norwich care home for ...": a house's name is a fancy's, the lead says where;
        # "A care home in Largs ... Hutton Park Care Home": the lead's town before a place inside the name)
        towns = _lead_kind_town(ctx, subj.label, any_kind=subj.label.split()[-1].lower() in _HOUSE_NAMES)
    if not towns:
        # "HMYOI Wetherby, in West Yorkshire": a prison's name is its town's, before the county it is in
        # (not a street's first word: "Church Lane Surgery" is on Church Lane, not in Church)
        # (nor a street's own word: "Fairbairn Street Young Persons Home" is not in Street)
        named = [slug(m.group(0)) for m in re.finditer(r"[A-Z][\w-]+", subj.label)
                 if not re.match(r"\s+(?:" + "|".join(_STREET_WORDS) + r")\b", subj.label[m.end():])
                 and m.group(0) not in _STREET_WORDS]
        if prison:
            # (a prison's whole name, not a word of it: HMP Eastwood Park is near Falfield, not in Eastwood)
            named = [slug(subj.label[prison.end():].strip())]
        # (a county in a house's name is a person's or a fancy's: "Cheshire House" in Inverness)
        towns = [k for k in named if k in lex.places and lex.places[k].kind != "country" and (
            prison or lex.places[k].kind not in ("region", "ceremonial county", "historic county"))][:1 if not prison else None] \
            or ([county] if county else [])
        # (the first of them: "Brighton Aldridge Community Academy" is in Brighton, Aldridge is its sponsor's name)
        if prison and county and county not in towns:
            towns.append(county)  # (and the county the text puts it in: "HMP/YOI Portland in Dorset")
    if not towns and ctx.providers.get(subj.key):
        towns = [ctx.providers[subj.key]]
    if not towns:
        towns = _based_places(ctx, subj.label, [m.sent for m in ms], named_only=True)
    if not towns:
        town = _provider_town(ctx, subj.label, prep="in|at")
        towns = [town] if town else []
    if not towns:
        towns = _village_in_name(ctx, subj.label, ms[0].sent.start_char, ms[0].sent.end_char)
    for k in towns:
        _add_place(ctx, k, ms[0].sent.start_char, ms[0].sent.end_char, "place.provider-name")
    claimed = _claimed_towns(ctx, subj.key)
    near = _provider_town(ctx, subj.label, add=False, prep=_NEAR)
    if not towns:
        towns = [k for m in ms for k in m.towns if k not in claimed and k != near]
    if not towns:
        towns = [k for k in _kind_noun_places(ctx, subj.label) if k not in claimed]
    if not towns:
        towns = _lead_kind_town(ctx, subj.label)
    if not towns and near:
        towns = [_provider_town(ctx, subj.label, prep=_NEAR)]
    if not towns:
        towns = [k for k, p in ctx.out.places.items() if p.kind in ("town", "city") and k not in claimed
                 and not all(ctx.in_quote(e.start) for e in p.evidence)]
    if not towns and ctx.council in lex.orgs and lex.orgs[ctx.council].area:
        # "Bridgend Council's cabinet heard the results ... Oldcastle Primary": the area of the council the
        # article is about, when nothing places the provider closer
        ev = ctx.out.orgs[ctx.council].evidence[0] if ctx.council in ctx.out.orgs else None
        towns = [_add_place(ctx, lex.orgs[ctx.council].area, ev.start if ev else ms[0].sent.start_char,
                            ev.end if ev else ms[0].sent.end_char, "place.council-area")]
    # Every other place the text gives the body itself: "a Devon prison" beside "near Newton Abbot", "a
    # Leavesden-based healthcare service" beside a county in its name (an inspection covers each of them)
    alone = not any(o.key != subj.key and _local_provider(ctx, o.key) for o in ctx.out.orgs.values())
    if alone:  # (with other providers in the text, "an Ipswich secondary school" may be any of them)
        towns += [k for k in _kind_noun_places(ctx, subj.label) if k not in claimed]
        towns += [k for k in _based_places(ctx, subj.label, [m.sent for m in ms]) if k not in claimed]
    if near and towns and near not in towns:
        towns.append(_provider_town(ctx, subj.label, prep=_NEAR))
    return list(dict.fromkeys(towns))


def _lead_kind_town(ctx: Ctx, label: str, any_kind: bool = True) -> list[str]:
    """"A day nursery and pre-school in Otterbourne has been rated ...", "A day nursery which cares for 200
    children in Woodville", "A Ballachulish-based care home": the town the lead puts a provider of the body's
    family of kinds in; "the 233-strong school in Summerston" anywhere, when no other provider of that family is
    named. A town no list of places knows is taken too (outside quotations)."""
    nouns = _family(label)
    if not nouns:
        # ("First Steps North", its kind in no word of its name, the one provider named: "An Accrington
        # residential family centre" in the lead is it, by any kind of provider, when nothing else places it)
        if not any_kind:
            return []
        providers = [o for o in ctx.out.orgs.values() if o.kind in ("other", "company")]
        if len(providers) != 1 or providers[0].label != label:
            return []
        nouns = sorted({n for ns in _FAMILIES.values() for n in ns} | {"centre", "agency", "service", "provider"})
    kind = r"(?i:" + nouns_rx(nouns) + r")"
    town = r"([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
    lead = _lead_end(ctx)
    rivals = any(o.label != label and _family(o.label) == nouns for o in ctx.out.orgs.values())
    forms = [(r"\b(?i:an?|the)\s+(?:[\w’'-]+\s+){0,4}?" + kind + r"(?:,?\s+(?:which|that|where)\s+[^.;:\n\"“”]{0,80}?)?"
              r"\s+in\s+" + town + r"\b(?!\s+[A-Z])", lead),
             (r"\b(?i:an?)\s+" + town + r"-based\s+(?:[\w’'-]+\s+){0,3}?" + kind + r"\b", lead)]
    if not rivals:
        forms.append((r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,3}?" + kind + r"\s+in\s+" + town + r"\b(?!\s+[A-Z])", len(ctx.doc.text)))
    # "A Weston primary school has received ...": a town's name before the kind, one a list of places knows
    known = r"\b(?i:an?)\s+" + town + r"\s+(?:[a-z][\w’'-]*\s+){0,2}?" + kind + r"\b"
    forms.append((known, lead))
    for rx, end in forms:
        for m in re.finditer(rx, ctx.doc.text[:end]):
            name = m.group(1)
            key = slug(name)
            if rx is known and key not in ctx.lex.places and key not in ctx.lex.localities:
                continue
            if ctx.in_quote(m.start(1)) or name.lower() in MONTHS or name.split()[-1].lower() in body_names().street_word \
                    or _wide(ctx, key) or any(e.start <= m.start(1) < e.end for o in ctx.out.orgs.values() for e in o.evidence) \
                    or any(e.start <= m.start(1) < e.end for p in ctx.out.people.values() for e in p.evidence):
                continue
            return [_own_place(ctx, name, "town", m.start(1), m.end(1), "place.provider-town")]
    return []


def _village_in_name(ctx: Ctx, label: str, start: int, end: int) -> list[str]:
    """"Exning Primary School", "Tottington Medical Practice": a provider named after the village or suburb
    its name begins with (before a noun of its kind) is there."""
    words_ = label.split()
    # (a house's name is a fancy's: "Oakley Lodge", "Ash House"; a care home's family but for "home" itself)
    if not (_family(label) or _SITE.search(label)) or words_[-1].lower() in _HOUSE_NAMES:
        return []
    for n in (3, 2, 1):
        if len(words_) > n and words_[n] in _STREET_WORDS:
            continue  # "Church Lane Surgery": on a street, not in the village of that name
        if len(words_) > n and (k := slug(" ".join(words_[:n]))) in ctx.lex.localities:
            return [_own_place(ctx, ctx.lex.localities[k].label, "village", start, end, "place.provider-name")]
    return []


_NO_PLACE_WORDS = frozenset(words("places", "name_words_no_place"))
_KIND_WORDS = frozenset(words("places", "provider_kind_words"))
_GUESS = "place.name-word"  # the rule of a place guessed from a provider's name


def _lone_name_word(ctx: Ctx, label: str, start: int, end: int) -> list[str]:
    """"Pîl Primary School", "Woodville Day Nursery": a provider the text places nowhere is in the village its
    name's one first word names, when the rest of its name is words of its kind (a guess no list confirms)."""
    words_ = label.split()
    nouns = _family(label)
    if len(words_) < 2 or not nouns:
        return []
    # (two words when the text calls it a village's: "A small village pre-school" of "Broad Oak Pre-School")
    village = re.search(r"\bvillage\s+(?:[\w-]+\s+)?(?:" + nouns_rx(nouns) + r")\b", ctx.doc.text, re.I)
    # (not when the second word is itself a kind: "a village school" of "Bardwell Primary School" is in Bardwell)
    n = 2 if village and len(words_) > 2 and all(w.lower() in _KIND_WORDS for w in words_[2:]) \
        and words_[1].lower() not in _KIND_WORDS else 1
    lead = words_[:n]
    # ("Dunrossness Primary School and Nursery": kinds joined)
    if not all(w.lower() in _KIND_WORDS or w.lower() in ("and", "&") and k < len(words_) - 1
               for k, w in enumerate(words_) if k >= n) \
            or not all(re.fullmatch(r"[A-Z][^\W\d_]{2,}", w) for w in lead) \
            or any(w.lower() in _NO_PLACE_WORDS for w in lead) \
            or any(w in lead for p in ctx.out.people.values() for w in p.name.split()):
        return []
    return [_own_place(ctx, " ".join(lead), "village", start, end, _GUESS)]


def place_where(ctx: Ctx, ins: Inspection, where: list[str], others: list[Inspection]) -> None:
    """Give INS the places WHERE the text puts it, unless it has its own; a guess from its name gives way (and
    the guessed place goes when no other of the inspections OTHERS holds it)."""
    if not where:
        return
    if ins.regions and all(k in ctx.out.places and all(e.rule == _GUESS for e in ctx.out.places[k].evidence)
                           for k in ins.regions):
        for k in ins.regions:
            if not any(o is not ins and k in o.regions for o in others):
                del ctx.out.places[k]
        ins.regions = []
    ins.regions = ins.regions or list(where)


def _based_places(ctx: Ctx, label: str, sents: list, named_only: bool = False) -> list[str]:
    """"A Leavesden-based healthcare service has been rated ...": the place a provider of the body's family of
    kinds is based in, said in one of the sentences SENTS that report its inspection; with NAMED_ONLY, only
    where the body's own name follows ("Invergordon-based Castle Gardens Care Home")."""
    nouns = _family(label) + ["service", "provider", "company", "charity", "organisation"]
    out = []
    kind = "" if named_only else r"(?:[a-z-]+\s+){0,2}?(?:" + nouns_rx(nouns) + r")\b|"
    for m in re.finditer(r"\b(?<![Tt]he )([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)-based\s+(?:" + kind
                         + re.escape(" ".join(label.split()[:2])) + r"\b)", ctx.doc.text):
        if ctx.in_mask(m.start()) or ctx.in_quote(m.start()) or m.group(1) in ("The", "A", "An") \
                or not any(s.start_char <= m.start() < s.end_char for s in sents):
            continue
        key = slug(m.group(1))
        if key in ctx.lex.places:
            if not _wide(ctx, key):
                out.append(_add_place(ctx, key, m.start(1), m.end(1), "place.based"))
        else:
            out.append(_own_place(ctx, m.group(1), "town", m.start(1), m.end(1)))
    return out


_POST_WORDS = words("places", "post_words")
_IN_POST = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _POST_WORDS), key=len, reverse=True))
                      + r")\b[^.,;:\n]{0,40}\b(?:in|for|across)\s+(?:the\s+)?$", re.I)


def _in_post(ctx: Ctx, start: int) -> bool:
    """"CQC's director of operations in the south west": a place that says where a person's post lies."""
    return bool(_IN_POST.search(ctx.doc.text[max(0, start - 70):start]))


def _own_name_areas(ctx: Ctx, label: str) -> list[str]:
    """Administrative areas named inside a body's own name, longest first ("East Borsetshire NHS Trust")."""
    words_ = label.split()
    out: list[str] = []
    i = 0
    while i < len(words_):
        for n in (3, 2, 1):
            k = slug(" ".join(words_[i:i + n]))
            if i + n <= len(words_) and k in ctx.lex.places and _admin(ctx, k) and not _wide(ctx, k):
                out.append(k)
                i += n
                break
        else:
            i += 1
    return list(dict.fromkeys(out))


def _trust_towns(ctx: Ctx, label: str) -> list[str]:
    """The towns an NHS trust is named for ("Shrewsbury and Telford Hospital NHS Trust"): every word before its
    kind's words a town or city the lexicon holds, joined by "and"."""
    m = re.match(r"(?:The\s+)?(.+?)\s+(?:(?:University\s+|Teaching\s+|Community\s+|Healthcare\s+|Health\s+|"
                 r"Hospitals?\s+|Mental\s+Health\s+|Partnership\s+|and\s+)*)(?:NHS\s+)?(?:Foundation\s+)?Trust$", label)
    if not m:
        return []
    parts = re.split(r"\s+(?:and|&)\s+|,\s+", m.group(1))
    keys = [slug(p) for p in parts]
    if all(k in ctx.lex.places and ctx.lex.places[k].kind in ("town", "city") for k in keys):
        return keys
    return []


_COVERS = re.compile(r"^\W*(?:the|its|this)\s+(?:[\w’'-]+\s+){0,2}?(?:service|force|trust|partnership|board|team|"
                     r"unit|authority|division|region)\s+(?:\w+\s+)?(?:covers|serves|works across|operates across|"
                     r"is responsible for)\b|^\W*it\s+(?:covers|serves)\b"
                     # ("He added that the service, which covers A, B and C, has ...")
                     r"|\b(?:the|its|this)\s+(?:service|force|trust|partnership|unit|authority),\s+which\s+(?:covers|serves)\b",
                     re.I)


def _covered(ctx: Ctx, label: str) -> list[str]:
    """"The service covers Leicestershire and Rutland": the areas a sentence about the body says it covers
    (a sentence opening with its kind, "it" or its name), never a whole region."""
    out: list[str] = []
    for sent in ctx.sp.sents:
        text = sent.text
        if text.startswith(label):
            text = "the service " + text[len(label):].lstrip(" ,")
        if ctx.in_mask(sent.start_char) or not _COVERS.search(text):
            continue
        out += [s.kb_id_ for s in ctx.lex_spans if s.label_ == "PLACE" and sent.start <= s.start < sent.end
                and _admin(ctx, s.kb_id_) and not _wide(ctx, s.kb_id_) and s.kb_id_ not in out]
    return out


_SITE = re.compile(r"\b(?:Hospitals?|Infirmary)$")
_TOWN_HOSPITAL = re.compile(r"\bthe\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+hospitals?\b")


def _site_towns(ctx: Ctx, subj) -> list[str]:
    """An NHS trust named for no place covers the towns of the hospitals the article names ("Peterborough City
    Hospital", "the Huntingdon hospital"), not a county inside a hospital's name."""
    if not re.search(r"\bTrust$", subj.label) or _own_name_areas(ctx, subj.label) or _covered(ctx, subj.label):
        return []  # (the areas its name gives, or what the text says it covers, come first)
    names = [o.label for o in ctx.out.orgs.values() if o is not subj and _SITE.search(o.label)]
    names += [m.group(1) for m in _TOWN_HOSPITAL.finditer(ctx.doc.text) if not ctx.in_quote(m.start())]
    towns = [k for n in names for w in re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", n)
             for k in (slug(w), slug(w.split()[0])) if k in ctx.lex.places and ctx.lex.places[k].kind in ("town", "city")]
    return list(dict.fromkeys(towns))


def _opening_town(ctx: Ctx) -> list[str]:
    """The one town or city the first two sentences of the body of the article put something "in" or "at"
    (outside quotations and people's posts), else none."""
    sents = [s for s in ctx.sp.sents if ctx.text_of(s).strip()]
    if len(sents) < 2:
        return []
    end = sents[2].end_char if len(sents) > 2 else sents[-1].end_char  # (the headline, then two sentences)
    towns = {k for k, p in ctx.out.places.items() if ctx.lex.places.get(k) is not None
             and ctx.lex.places[k].kind in ("town", "city")
             for e in p.evidence if e.start < end and not ctx.in_quote(e.start) and not _in_post(ctx, e.start)
             and re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", ctx.doc.text[max(0, e.start - 12):e.start])}
    return sorted(towns) if len(towns) == 1 else []


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
        elif re.search(r"\bNHS\b.*\bTrust$|\bHospitals\s+(?:NHS\s+)?(?:Foundation\s+)?Trust$", subj.label) \
                and _own_name_areas(ctx, subj.label):
            # An NHS trust named after the areas it serves covers them, not the towns of the hospitals the article
            # names ("United Barsetshire Hospitals NHS Trust" of "Pilgrim Hospital, Boston")
            # (not a historic county a longer name holds: "East Yorkshire" is no Yorkshire-wide trust's)
            ev = subj.evidence[0]
            own = [k for k in _own_name_areas(ctx, subj.label) if lex.places[k].kind != "historic county"]
            ins.regions = [_add_place(ctx, k, ev.start, ev.end, "place.body-name") for k in own] or ins.regions
        elif _registered(ctx, subj.key) and _area_service(ctx, subj.key):
            # A local service named after council areas covers them, not the places an article names in passing.
            ev = subj.evidence[0]
            areas = _name_areas(ctx, subj.label, ev.start, ev.end)
            # (a force or fire service named after its county covers it: "West Midlands Fire Service")
            force = re.search(r"\b(?:Police|Constabulary|Fire)\b", subj.label)
            if areas and all(a in lex.council_by_area or a not in lex.places
                             or force and lex.places[a].kind in ("ceremonial county", "region") for a in areas):
                ins.regions = areas
    # A body's inspection with no region of its own covers the areas the article names.
    # (a round-up's item names its own town or none: "## X Pre-School, Eastmere — Good" among others)
    in_roundup = main is not None and any(graded_items(ctx, m.sent.start_char, m.sent.end_char) for m in main[1])
    if main is not None and not main[0].regions and main[0].subject and not in_roundup:
        used = {p for ins, _ in groups for p in ins.regions}
        subj = ctx.out.orgs.get(main[0].subject)
        if subj is not None and subj.kind != "local authority":
            # The areas its own name gives ("Royal Borsetshire Hospitals NHS Trust"), else those the article
            # names outside quotations and people's posts ("director of operations in the north").
            ev = subj.evidence[0]
            claimed = _claimed_towns(ctx, subj.key)
            main[0].regions = [_add_place(ctx, k, ev.start, ev.end, "place.body-name")
                               for k in _own_name_areas(ctx, subj.label) or _trust_towns(ctx, subj.label)] or \
                [k for k, p in ctx.out.places.items()
                 if _admin(ctx, k) and k not in used and k not in claimed
                 and not all(ctx.in_quote(e.start) or _in_post(ctx, e.start) for e in p.evidence)]
            # (not a trust's academy, "Leigh Academy Halley": its first word is the trust's name)
            if not main[0].regions and _unlisted(lex, subj.key) and not _local_provider(ctx, subj.key) \
                    and not re.search(r"\bAcademy\s+[A-Z]", subj.label):
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
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and ins.regions and all(_wide(ctx, p) for p in ins.regions) and _SITE.search(subj.label):
            # "A hospital in the North West" of "Countess of Chester Hospital": the town its name gives is nearer
            named = [k for k in (slug(w) for w in re.findall(r"[A-Z][\w-]+", subj.label))
                     if k in lex.places and lex.places[k].kind in ("town", "city", "local authority area")]
            if named:
                ins.regions = [_add_place(ctx, named[0], ms[0].sent.start_char, ms[0].sent.end_char, "place.provider-name")]
        if subj is not None and not ins.regions and _SITE.search(subj.label):
            # "the George Eliot Hospital in Nuneaton": a hospital is placed by the town the text puts it in
            town = _provider_town(ctx, subj.label, known_only=True)
            ins.regions = [town] if town else []
        sites = _site_towns(ctx, subj) if subj is not None and _unlisted(lex, subj.key) else []
        if sites:
            ins.regions = [_add_place(ctx, k, ms[0].sent.start_char, ms[0].sent.end_char, "place.site-town")
                           for k in sites]
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and subj.kind != "local authority" and not _local_provider(ctx, subj.key) \
                and not any(_wide(ctx, p) for p in ins.regions):  # a region's service: the counties are its parts
            ins.regions += [k for k in _covered(ctx, subj.label) if k not in ins.regions]
        if subj is not None and subj.kind != "local authority" and not _local_provider(ctx, subj.key):
            # "a Leavesden-based healthcare service": where the text says it is based, beside its name's county
            ins.regions += [k for k in _based_places(ctx, subj.label, [m.sent for m in ms]) if k not in ins.regions]
    if main is not None and not main[0].regions and main[0].subject in ctx.out.orgs \
            and ctx.out.orgs[main[0].subject].kind in ("company", "other", "charity"):
        # "X Limited, in Clifton Drive South, St Annes": the town the text puts it in, else ("a community service
        # run by X Limited at Y Hospital in Otley") the one town the article's opening puts the service in
        town = _provider_town(ctx, ctx.out.orgs[main[0].subject].label, prep="in|at")
        main[0].regions = [town] if town else _opening_town(ctx)
    # A gallery's items ("care homes in Chesterfield" over "2 . Heather Vale Ratings: ..."): the areas the article
    # gives the first are every item's that names none of its own
    gallery = [(ins, o) for ins, _ in groups for o in [ctx.out.orgs.get(ins.subject)] if o is not None
               and any(GALLERY_ITEM.match(ctx.doc.text, ctx.doc.text.rfind("\n", 0, e.start) + 1) for e in o.evidence)]
    if main is not None and main[0].regions and any(ins is main[0] for ins, _ in gallery):
        for ins, o in gallery:
            if not ins.regions and o.kind == ctx.out.orgs[main[0].subject].kind:
                ins.regions = list(main[0].regions)
    # An earlier inspection of the same body covers the same places unless the text says otherwise.
    if main is not None:
        for ins, _ in groups:
            if ins is not main[0] and not ins.regions and ins.subject == main[0].subject:
                ins.regions = list(main[0].regions)
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if not ins.regions and subj is not None and _registered(ctx, subj.key) and _local_provider(ctx, subj.key):
            # placed nowhere else: the village its name may give ("Pîl Primary School")
            ins.regions = _lone_name_word(ctx, subj.label, ms[0].sent.start_char, ms[0].sent.end_char)
    for ins, _ in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is None or subj.kind == "local authority" or (_registered(ctx, subj.key) and _area_service(ctx, subj.key)):
            continue
        # A provider is also where the text puts it by name ("Harbour Homecare in Dunmere" beside "a care firm in
        # north London"), and the article's subject where its lead puts one of its kind ("A Dunmere care home"):
        # the places an inspection covers run from the town to the wider area, and the text may give any of them.
        town = _provider_town(ctx, subj.label, add=False, prep="in|at")
        extra = [_provider_town(ctx, subj.label, prep="in|at")] if town and town not in ins.regions else []
        if main is not None and ins is main[0]:
            extra += _lead_kind_town(ctx, subj.label, any_kind=not ins.regions)
        ins.regions += [k for k in extra if k not in ins.regions]
