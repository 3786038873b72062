"""Places: lexicon places outside bodies' names, and which of them are administrative areas."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..lexicon import norm, slug
from ..model import Place
from .bodies import _local_provider, prison_name
from .context import Ctx, _ev
from .furniture import NAMED_ADDRESS, address_lines
from .politics import party_names
from .rules import pattern_text, words


def _own_place(ctx: Ctx, label: str, kind: str, start: int, end: int, rule: str = "place.body-name") -> str:
    """A place the text names that the lexicon lacks (a force's area, a council's area, a post town)."""
    key = slug(label)
    if key in ctx.lex.places:
        return _add_place(ctx, key, start, end, rule)
    key = "area-" + key
    p = ctx.out.places.setdefault(key, Place(key, label, kind))
    p.evidence.append(_ev(start, end, rule))
    return key


def _add_place(ctx: Ctx, key: str, start: int, end: int, rule: str) -> str:
    p = ctx.out.places.get(key)
    if p is None:
        e = ctx.lex.places[key]
        p = ctx.out.places[key] = Place(key, e.label, e.kind, e.gss)
    p.evidence.append(_ev(start, end, rule))
    return key


_ADMIN_PLACES = words("places", "admin_places")


def _admin(ctx: Ctx, key: str) -> bool:
    """A region, county or council area (a city that is its own council area counts): what inspections cover."""
    entry = ctx.lex.places.get(key)  # a force's own area may be no lexicon place
    return (entry is not None and entry.kind in _ADMIN_PLACES) or key in ctx.lex.council_by_area


_PAPER_WORDS = words("places", "newspaper_words")
_PAPER_PREFIXES = words("places", "newspaper_prefixes")
_STREET_WORDS = words("places", "street_words")


def _in_street_name(ctx: Ctx, s: Span) -> bool:
    """"on Stamford Road": a place that starts a street's name is no place of the article."""
    sp = ctx.sp
    if s.end < len(sp) and sp[s.end].text in _STREET_WORDS and "\n" not in sp[s.end - 1].whitespace_:
        return True
    # ("Wood Street, Mansfield": a place named like a street's last word ends a street's name after a capital)
    return s.text in _STREET_WORDS and s.start >= 1 and sp[s.start - 1].text[:1].isupper() and sp[s.start - 1].is_alpha \
        and "\n" not in sp[s.start - 1].whitespace_


def _saints_place(ctx: Ctx, s: Span) -> bool:
    """"St Augustine of Canterbury School", "St Thomas of Hereford": the place of a saint's name, no place of the
    article."""
    return bool(re.search(r"\bS(?:ain)?t\.?\s+[A-Z][\w’'-]+\s+of\s+(?:the\s+)?$", ctx.doc.text[max(0, s.start_char - 40):s.start_char]))


def _after_possessive(ctx: Ctx, s: Span) -> bool:
    """"Bishop's Hull", "Abbot's Langley": a place name after a capitalised word and "'s" that is no place is
    the end of another place's name."""
    sp = ctx.sp
    k = s.start
    return k >= 2 and sp[k - 1].text in ("'s", "’s") and sp[k - 2].text[:1].isupper() and sp[k - 2].is_alpha \
        and not any(x.label_ == "PLACE" and x.end == k - 1 for x in ctx.lex_spans)


def _merge_short_forms(ctx: Ctx) -> None:
    """"Sutton-in-Ashfield ... the families of Sutton": a place named by the first part of a longer place the
    document names ("X-in-Y", "X upon Y") is that place."""
    places = ctx.out.places
    for key in list(places):
        short = places[key].label
        longer = [k for k, p in places.items() if k != key
                  and (p.label.startswith(short + "-") or p.label.startswith(short + " upon ")
                       or p.label.startswith(short + " on ") or p.label.startswith(short + " under "))]
        if len(longer) == 1:
            places[longer[0]].evidence += places.pop(key).evidence


def in_paper_name(ctx: Ctx, s: Span) -> int:
    """"Andover Advertiser", "the Kent Evening Post": a place that starts a newspaper's title (the token after the
    title; 0 when the place starts none)."""
    sp = ctx.sp
    k = s.end
    if "\n" in sp[k - 1].whitespace_:
        return 0
    if k < len(sp) and sp[k].text in _PAPER_PREFIXES:
        k += 1
    return k + 1 if k < len(sp) and sp[k].text in _PAPER_WORDS else 0


def _places(ctx: Ctx) -> None:
    # A place inside a body's name is part of the name ("Kirkby Moor Hospital"), a party's ("Plaid Cymru")
    # or a newspaper's.
    org_spans = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence
                 if e.rule.startswith(("org.head", "org.prison", "org.prefixed"))
                 or prison_name(o.label)]  # "HMP Norwich" is no place
    org_spans += party_names(ctx.doc.text)
    # ("... at Glan Clwyd" after "Ysbyty Glan Clwyd": a body's name without its first word is still its name)
    tails = {" ".join(o.label.split()[k:]) for o in ctx.out.orgs.values() for k in range(1, len(o.label.split()) - 1)}
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and not ctx.in_mask(s.start_char) \
                and not any(a <= s.start_char < b for a, b in org_spans) and not in_paper_name(ctx, s) \
                and not (s.start > 0 and f"{ctx.sp[s.start - 1].text} {s.text}" in tails
                         and ctx.sp[s.start - 1].text[:1].isupper()) \
                and not _in_street_name(ctx, s) and not _after_possessive(ctx, s) and not _saints_place(ctx, s):
            _add_place(ctx, s.kb_id_, s.start_char, s.end_char, "place.lexicon")
    _addresses(ctx)
    _street_towns(ctx)
    _merge_short_forms(ctx)
    ctx.lex_spans = [s for s in ctx.lex_spans if s.label_ != "PLACE" or s.kb_id_ in ctx.out.places
                     and any(e.start == s.start_char for e in ctx.out.places[s.kb_id_].evidence)]


_POSTCODE = pattern_text("furniture", "postcode")
_STREET_WORDS_LOWER = {w.lower() for w in _STREET_WORDS}


_STREET = "|".join(sorted(map(re.escape, _STREET_WORDS), key=len, reverse=True))
# A street with its number and a compass word after it ("12 Clifton Drive South"), then a comma: the town follows
STREET_THEN = (rf"(?:\d+[a-z]?\s+)?(?:[A-Z][\w’'-]+\s+){{1,3}}(?:{_STREET})(?:\s+(?:North|South|East|West))?,\s+")
STREET_TOWN = r"(?P<town>[A-Z][a-z’'-]+(?:[ -](?:upon-|on-)?[A-Z][a-z’'-]+)?)(?=\s*[,.;:)]|\s+[a-z])"
_STREET_TOWN = re.compile(r"\b(?:in|on|at|off)\s+" + STREET_THEN + STREET_TOWN)


def _street_towns(ctx: Ctx) -> None:
    """"X Care Home in Oxford Road, Gomersal, near ...": the word after a street and a comma is its locality,
    a place the lexicon may lack."""
    text = ctx.doc.text
    for m in _STREET_TOWN.finditer(text):
        name = m.group("town")
        if ctx.in_mask(m.start()) or any(norm(o.label) == norm(name) for o in ctx.out.orgs.values()) \
                or any(e.start == m.start("town") for p in ctx.out.places.values() for e in p.evidence):
            continue  # (a town the lexicon knows is placed already: "St Annes")
        _own_place(ctx, name, "town", m.start("town"), m.end("town"), "place.street-town")


def _addresses(ctx: Ctx) -> None:
    """A provider's page gives its address under its name, a heading of its own ("Elm Surgery" / "2 Mill Lane,
    Anytown, Someshire, AB1 2CD"): the places of the address line locate that provider. Other addresses (a
    press office's, one inside a story) stay furniture."""
    text = ctx.doc.text
    spans = [s for s in ctx.sp.spans.get("lex", []) if s.label_ == "PLACE"]
    labels = {norm(o.label): o.key for o in ctx.out.orgs.values()}
    longest_first = sorted(labels, key=len, reverse=True)
    for a, b in address_lines(text):
        heads = [norm(ln) for ln in text[:a].split("\n")[-8:] if ln.strip()][-4:]
        named = NAMED_ADDRESS.match(text[a:b])
        heads += [norm(named.group("name"))] if named else []  # ("3. Kirkham Pre-School, Nelson Street, ...")
        # the heading may go on after the name ("Rigside Nursery Day Care of Children")
        key = next((labels[n] for h in reversed(heads) for n in longest_first
                    if h == n or h.startswith(n + " ")), "")
        if not key:
            continue
        if key in ctx.addresses or not _local_provider(ctx, key):
            continue
        keys = []
        for s in spans:
            entry = ctx.lex.places.get(s.kb_id_)
            if a <= s.start_char < b and entry is not None and entry.kind not in ("country", "region") \
                    and s.kb_id_ not in keys and not _in_street_name(ctx, s):
                keys.append(_add_place(ctx, s.kb_id_, s.start_char, s.end_char, "place.address"))
        if not keys:
            # No place the lexicon knows: the post town, the last words before the postcode ("... Mill Lane
            # Rigside ML11 9LY", "..., Rigside, ML11 9LY")
            town = re.search(r"(?:^|,\s*|\s)([A-Z][a-z’'-]+(?:[ -](?:upon-|on-)?[A-Z][a-z’'-]+)?),?\s+" + _POSTCODE,
                             text[a:b])
            words = town.group(1).split() if town else []
            while words and words[0].lower() in _STREET_WORDS_LOWER:
                words = words[1:]  # "Muirfoot Road Rigside": the road, then the town
            if words and words[-1].lower() not in _STREET_WORDS_LOWER:
                name = " ".join(words)
                keys = [_own_place(ctx, name, "town", a + town.end(1) - len(name), a + town.end(1), "place.address")]
        if keys:
            ctx.addresses[key] = keys


def place_text_labels(ctx: Ctx) -> None:
    """A place the text never calls by the lexicon's name goes by the name the text gives it ("Anglesey" for the
    Isle of Anglesey, "Herts" for Hertfordshire), as bodies do (bodies.text_labels): readers and the article's
    own words agree. A short form in capitals ("UK") names no place's label, and a country ("Cymru") keeps its
    English name."""
    text = ctx.doc.text
    for p in ctx.out.places.values():
        if p.key not in ctx.lex.places or p.kind == "country":
            continue  # (a place the lexicon lacks has the text's name already; a country keeps its English name)
        forms: dict[str, int] = {}
        for e in p.evidence:
            if e.rule != "place.lexicon":
                continue
            form = re.sub(r"^(?:the|The)\s+", "", re.sub(r"\s+", " ", text[e.start:e.end].strip()))
            if norm(form) == norm(p.label):
                break  # the text uses the lexicon's name
            if form and not form.isupper() and form[:1].isupper():
                forms[form] = forms.get(form, 0) + 1
        else:
            if forms:
                p.label = sorted(forms, key=lambda f: (-forms[f], -len(f)))[0]
