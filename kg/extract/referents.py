"""Bodies a sentence names only by a common noun ("the school", "the NHS trust", "the force": the one the article
names nearest before it) or by their area ("Medway was rated", "Solihull's children's services", "a joint
inspection in Wirral": that area's council)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import Lexicon, slug
from .bodies import TRUST_OR_FORCE, TRUST_OR_FORCE_REF, _add_org, _local_provider, _main_subject, _registered
from .context import Ctx
from .families import family as _family
from .rules import pattern, word_map, words


def _referred_trust_or_force(ctx: Ctx, sent: Span) -> list[str]:
    """"The NHS trust ... has been rated", "the force was found": the trust or force the article names (the one
    named last before the sentence, else the first after it)."""
    m = TRUST_OR_FORCE_REF.search(sent.text)
    if m is None:
        return []
    # (an inspectorate is never "the force": "HM Inspectorate of Constabulary" inspects one)
    named = sorted((min(e.start for e in o.evidence), o.key) for o in ctx.out.orgs.values()
                   if o.evidence and o.kind not in ("inspectorate", "government department")
                   and TRUST_OR_FORCE[m.group(2).lower()].search(o.label))
    # "the primary care trust", "the ambulance trust": the trust of that kind, when the article names one
    kind = [w for w in m.group("kind").lower().split() if w not in ("nhs", "foundation", "police")]
    named = [c for c in named if all(w in ctx.out.orgs[c[1]].label.lower().split() for w in kind)] or named
    before = [c for c in named if c[0] < sent.start_char]
    if len(before) > 1:
        # the one the article names most before the sentence, else the last named: "the trust" of an article
        # about the Northern Care Alliance that names in passing the trusts it was formed from
        counts = {k: sum(1 for e in ctx.out.orgs[k].evidence if e.start < sent.start_char) for _, k in before}
        return [max(before, key=lambda c: (counts[c[1]], c[0]))[1]]
    return [max(before)[1]] if before else [named[0][1]] if named else []


_REFERRED_NOUN = re.compile(r"\b(?i:the|this|its) (?:(?:(?i:" + "|".join(words("places", "compass_points"))
                            + r")|[A-Z][\w’'-]+)\s+){0,2}?(?i:(school|academy|college|nursery|surgery|practice|prison|jail|"
                            r"centre|home))\b")


# "An academy school in Warwickshire has been branded inadequate ...": a lead that describes the body before it
# names it (the one body of that kind the article names)
_INDEFINITE_NOUN = re.compile(r"\W{0,2}(?i:an?) (?:[\w’'-]+\s+){0,2}?(?i:(school|academy|college|nursery|surgery|practice|"
                              r"prison|jail|home))\b")
_ALSO_RUNS = pattern("earlier", "also_runs")
_LISTED_IN = pattern("earlier", "listed_in")
_PRAISED_BEFORE = pattern("earlier", "praised_before")
_LISTED_NAMES = pattern("earlier", "listed_names")


def _listed(text: str, sent_start: int, at: int) -> bool:
    """Whether the name at AT is one of a list of examples its sentence gives ("including X and Y")."""
    cues = list(_LISTED_IN.finditer(text, sent_start, at))
    return bool(cues) and bool(_LISTED_NAMES.match(text[cues[-1].end():at]))


def _referred_provider(ctx: Ctx, sent: Span, others: list[str]) -> list[str]:
    """"the school was judged ...", "inspectors visited the surgery": the school or surgery the article named last
    before the sentence (or first, when none comes before), ahead of any council or national body."""
    if any(_local_provider(ctx, o) for o in others):
        return others
    # ("the south Norfolk school": a capitalised place, maybe after a compass point, before the noun)
    m = _REFERRED_NOUN.search(sent.text)
    indefinite = m is None and _INDEFINITE_NOUN.match(sent.text)
    if indefinite:
        m = indefinite
    elif m is None:
        return others
    head = {"jail": "prison"}.get(m.group(1).lower(), m.group(1).lower())
    local = [(min(e.start for e in o.evidence), o) for o in ctx.out.orgs.values()
             if _registered(ctx, o.key) and _local_provider(ctx, o.key)]
    # ("Little Stars nursery": a name the text follows with the noun is of that noun too)
    text = ctx.doc.text
    exact = [(at, o.key) for at, o in local if o.label.lower().endswith(" " + head)
             or o.label.lower().startswith(("hmp ", "hm prison")) and head == "prison"
             or any(re.match(rf"\s+{head}\b", text[e.end:e.end + 20], re.I) for e in o.evidence)]
    # "the school" may be an academy, "the home" a lodge or a house: a name of the noun's family
    family = [(at, o.key) for at, o in local if head in _family(o.label) and head != "centre"]
    # (not a body named only as another that the same trust "also runs": "The trust also runs X Academy.")
    # (its initials in brackets after the name are that one mention)
    def in_passing(o) -> bool:
        ev = sorted((e for e in o.evidence if e.start < sent.start_char), key=lambda e: e.start)
        if not ev or not all(e.start <= ev[0].end + 12 for e in ev):
            return False
        return bool(_ALSO_RUNS.search(text, max(0, ev[0].start - 40), ev[0].start)) \
            or bool(_PRAISED_BEFORE.search(text, max(0, ev[0].start - 30), ev[0].start)) \
            or _listed(text, max(text.rfind(".", 0, ev[0].start), text.rfind("\n", 0, ev[0].start)) + 1, ev[0].start)
    passing = {o.key for _, o in local if in_passing(o)}
    for cands in ([c for c in exact if c[0] < sent.start_char], [c for c in family if c[0] < sent.start_char]):
        cands = [c for c in cands if c[1] not in passing] or cands
        if cands:
            key = max(cands)[1]  # the one named last before the sentence
            return [key] + [o for o in others if o != key]
    if not exact + family:
        return others
    if indefinite and len({k for _, k in exact + family}) > 1:
        return others  # ("A school in Leeds ..." of a round-up: which one, the text does not say)
    key = min(exact or family)[1]
    return [key] + [o for o in others if o != key]


# A council's services ("children's services", "adult social care"), longest first
SERVICES_ALT = "|".join(sorted(map(re.escape, words("bodies", "council_services")), key=len, reverse=True))
_COUNCIL_SERVICES = re.compile(rf"\b(?:{SERVICES_ALT})\b", re.I)


# What may stand between two bodies joined as peers: a bracket, where each is ("X, in the north west, and Y",
# "X in London and Y in Lancashire"), then a comma or "and".
BODY_JOIN = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,?\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*?)?"
                        r"(?:,|,?\s*and|&)\s+(?:the\s+)?")


def _service_council(ctx: Ctx, sent: Span) -> list[str]:
    """"Ofsted re-inspected Children's Services" in minutes about Coventry: a council's services, inspected in
    an area the article names, are that area's council's (the one the sentence names, else the article's)."""
    if not _COUNCIL_SERVICES.search(sent.text):
        return []
    main = _main_subject(ctx)
    if main and main in ctx.out.orgs and ctx.out.orgs[main].kind != "local authority" and _registered(ctx, main):
        return []  # ("the quality of its partnerships and services for children" in an article on a youth justice service)
    spans = [s for s in ctx.lex_spans if s.label_ == "PLACE" and s.kb_id_ in ctx.lex.council_by_area
             and not ctx.in_quote(s.start_char)]
    # "Inspectors visited Solihull's children's services": the services of the area the sentence names
    owner = next((s for s in spans if sent.start <= s.start < sent.end and re.match(r"[’']s\s", ctx.doc.text[s.end_char:])
                  and _COUNCIL_SERVICES.match(ctx.doc.text, s.end_char + 3)), None)
    if owner is None and ctx.council:
        return [ctx.council]
    inside = [s for s in spans if sent.start <= s.start < sent.end]
    counts: dict[str, int] = {}
    for s in spans:
        counts[s.kb_id_] = counts.get(s.kb_id_, 0) + 1
    pick = owner or (inside[0] if inside else (max(spans, key=lambda s: (counts[s.kb_id_], -s.start)) if spans else None))
    if pick is None:
        return []
    key = ctx.lex.council_by_area[pick.kb_id_]
    if key not in ctx.lex.orgs:
        return []
    _add_org(ctx, key, pick.start_char, pick.end_char, "org.area-council")
    return [key]


def naming_spots(ctx: Ctx, key: str) -> list[int]:
    """Where the text names body KEY: by its name, or a council by its area's name ("Staffordshire's services")."""
    o = ctx.out.orgs.get(key)
    if o is None:
        return []
    at = [e.start for e in o.evidence]
    area = ctx.lex.orgs[key].area if key in ctx.lex.orgs and o.kind == "local authority" else ""
    if area:
        at += [s.start_char for s in ctx.lex_spans if s.label_ == "PLACE" and s.kb_id_ == area]
    return sorted(at)


# Registers of bodies that each serve one area, for which an article may name a body by its area alone.
_AREA_REGISTERS = ("police force", "fire and rescue service", "youth justice service")


@lru_cache(maxsize=4)
def _area_bodies(lex: Lexicon) -> dict[tuple[str, str], str]:
    """(register, place key) -> the current body of that register named after that place."""
    suffixes = sorted(words("bodies", "area_body_suffixes"), key=len, reverse=True)
    out: dict[tuple[str, str], str] = {}
    for k, o in sorted(lex.orgs.items()):
        if o.register not in _AREA_REGISTERS or o.valid_to:
            continue
        for name in [o.label, *o.aliases]:
            for suffix in suffixes:
                if name.endswith(" " + suffix):
                    place = slug(name[: -len(suffix) - 1])
                    if place in lex.places:
                        out.setdefault((o.register, place), k)
                    break
    return out


_SERVICE_PHRASES = word_map("bodies", "area_service_phrases")
_SERVICE_ALT = "|".join(sorted(map(re.escape, _SERVICE_PHRASES), key=len, reverse=True))
_SERVICE_BEFORE = re.compile(rf"\b(?P<phrase>{_SERVICE_ALT})\s+(?:in|for|across|covering)\s+(?:the\s+)?$", re.I)
_SERVICE_AFTER = re.compile(rf"(?:[’']s)?\s+(?P<phrase>{_SERVICE_ALT})\b", re.I)


def area_service(ctx: Ctx, sent: Span) -> list[str]:
    """"Youth justice services in Redbridge", "Barnet's youth offending team": the body of that register that
    serves the area the sentence names (when a register of bodies knows one)."""
    index = _area_bodies(ctx.lex)
    text = ctx.doc.text
    for s in ctx.lex_spans:
        if s.label_ != "PLACE" or not sent.start <= s.start < sent.end or ctx.in_quote(s.start_char):
            continue
        before = _SERVICE_BEFORE.search(text, max(sent.start_char, s.start_char - 60), s.start_char)
        after = _SERVICE_AFTER.match(text, s.end_char)
        phrase = before or after
        key = phrase and index.get((_SERVICE_PHRASES[phrase.group("phrase").lower()], s.kb_id_))
        if key:
            # the whole phrase names the body ("Barnet's youth offending team")
            lo, hi = (before.start(), s.end_char) if before else (s.start_char, after.end())
            _add_org(ctx, key, lo, hi, "org.area-service")
            return [key]
    return []


def area_register(ctx: Ctx) -> str:
    """The register of the article's main body when it is one whose bodies each serve one area, else ""."""
    main = ctx.lex.orgs.get(_main_subject(ctx))
    return main.register if main is not None and main.register in _AREA_REGISTERS else ""


def area_bodies(ctx: Ctx, sent: Span, register: str) -> list[str]:
    """In an article about a body of REGISTER (area_register: a force, a fire service, a youth justice service),
    the areas that open the sentence, joined as peers, standing for the bodies of that register serving them
    ("Derbyshire and Oxfordshire also have the same outstanding grades", "London's inadequate is for ...")."""
    if not register:
        return []
    index = _area_bodies(ctx.lex)
    text = ctx.doc.text
    spans = [s for s in ctx.lex_spans if s.label_ == "PLACE" and sent.start <= s.start < sent.end
             and not ctx.in_quote(s.start_char) and not any(e.start <= s.start_char < e.end for o in ctx.out.orgs.values()
                                                            for e in o.evidence)]
    lead = next((s for s in spans if not text[sent.start_char:s.start_char].strip(" \n‘'\"“")), None)
    if lead is None or (register, lead.kb_id_) not in index:
        return []
    chain = [lead]
    for s in spans:
        if s.start_char > chain[-1].end_char and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s+", text[chain[-1].end_char:s.start_char]) \
                and (register, s.kb_id_) in index:
            chain.append(s)
    keys = []
    for s in chain:
        key = index[(register, s.kb_id_)]
        _add_org(ctx, key, s.start_char, s.end_char, "org.area-body")
        keys.append(key)
    return list(dict.fromkeys(keys))


def named_last(ctx: Ctx, pos: int, keys: list[str]) -> str | None:
    """Of several bodies an article names (KEYS), the one named last before POS, for "the council" in a round-up;
    None when the article names fewer than two of them."""
    named = {k: max((a for a in spots if a < pos), default=-1) for k in keys if (spots := naming_spots(ctx, k))}
    if len(named) < 2:
        return None
    best = max(named, key=lambda k: named[k])
    return best if named[best] >= 0 else None


def named_in(ctx: Ctx, start: int, end: int, keys: list[str]) -> list[str]:
    """Those of KEYS the text names between START and END, in the order it first names them."""
    first = {k: min((a for a in naming_spots(ctx, k) if start <= a < end), default=-1) for k in keys}
    return sorted((k for k in keys if first[k] >= 0), key=lambda k: first[k])


def peer_councils(ctx: Ctx, sent: Span, subjects: list[str]) -> list[str]:
    """Councils the sentence names by their areas as peers of a council it names ("Two authorities – Waltham
    Forest in London and St Helens in Lancashire – were given ..."): each joined to the one before it."""
    text = ctx.doc.text
    councils = [k for k in subjects[:1] if ctx.out.orgs[k].kind == "local authority"]
    if not councils:
        return subjects
    ends = [e.end for e in ctx.out.orgs[councils[0]].evidence if sent.start_char <= e.start < sent.end_char]
    if not ends:
        return subjects
    last, added = min(ends), []
    for s in ctx.lex_spans:
        if s.label_ != "PLACE" or not sent.start <= s.start < sent.end or s.start_char < last \
                or s.kb_id_ not in ctx.lex.council_by_area or ctx.in_quote(s.start_char):
            continue
        if not BODY_JOIN.fullmatch(text, last, s.start_char):
            continue
        key = ctx.lex.council_by_area[s.kb_id_]
        if key in ctx.lex.orgs and key not in subjects:
            _add_org(ctx, key, s.start_char, s.end_char, "org.area-council")
            added.append(key)
        last = s.end_char
    return subjects[:1] + added + subjects[1:]


_AREA_KIND = re.compile(r"\b(?:area|SEND|joint|JTAI)\b", re.I)


def _place_council(ctx: Ctx, sent: Span) -> list[str]:
    """"A joint targeted area inspection ... in Wirral": an area's inspection naming no body is of the council
    of the first council area the sentence names (the partnership it leads)."""
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and sent.start <= s.start < sent.end and s.kb_id_ in ctx.lex.council_by_area \
                and not ctx.in_quote(s.start_char):
            # the area's council the article names (a former one in an older text), else today's
            named = [k for k, o in ctx.out.orgs.items() if o.kind == "local authority" and k in ctx.lex.orgs
                     and ctx.lex.orgs[k].area == s.kb_id_]
            key = named[0] if named else ctx.lex.council_by_area[s.kb_id_]
            if key in ctx.lex.orgs:
                _add_org(ctx, key, s.start_char, s.end_char, "org.area-council")
                return [key]
    return []


def _area_subject(ctx: Ctx, sent: Span) -> list[str]:
    """"Medway was previously rated good in 2019": a council's area opening the sentence stands for the council
    the article names."""
    sp = ctx.sp
    lead = next((s for s in ctx.lex_spans if s.label_ == "PLACE" and s.start == sent.start
                 or s.label_ == "PLACE" and s.start == sent.start + 1 and sp[sent.start].lower_ == "in"), None)
    key = ctx.lex.council_by_area.get(lead.kb_id_, "") if lead is not None else ""
    listed = _area_list(ctx, sent, lead) if key else []
    if len(listed) >= 2:
        # "Oxfordshire, Oldham and Plymouth received the lowest rating": each area's council
        for s in listed:
            _add_org(ctx, ctx.lex.council_by_area[s.kb_id_], s.start_char, s.end_char, "org.area-council")
        return list(dict.fromkeys(ctx.lex.council_by_area[s.kb_id_] for s in listed))
    if lead is not None and not re.match(r"\s*,?\s*(?:was|were|is|are|has|had|have)\b", ctx.doc.text[lead.end_char:]):
        key = ""  # "Stockport youth justice service was ...": the place names another body
    return [key] if key in ctx.out.orgs else []


def _area_list(ctx: Ctx, sent: Span, lead: Span) -> list[Span]:
    """Council areas listed as peers from LEAD on, when a verb follows the list ("A, B and C received ...")."""
    out = [lead]
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and s.start_char > out[-1].end_char and s.start < sent.end \
                and s.kb_id_ in ctx.lex.council_by_area \
                and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s+", ctx.doc.text[out[-1].end_char:s.start_char]):
            out.append(s)
    verb = re.match(r"\s*(?:have|has|had|were|was|are|is|all|both|received|receive|must|got|were|been|each)\b",
                    ctx.doc.text[out[-1].end_char:sent.end_char])
    return out if verb and ctx.lex.council_by_area[out[-1].kb_id_] in ctx.lex.orgs else []

