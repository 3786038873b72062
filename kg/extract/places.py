"""Places: lexicon places outside bodies' names, and which of them are administrative areas."""

from __future__ import annotations

from ..model import (
    Place,
)
from .context import Ctx, _ev
from .rules import words


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


def _places(ctx: Ctx) -> None:
    # A place inside a body's name is part of the name ("Kirkby Moor Hospital").
    org_spans = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence if e.rule.startswith("org.head")]
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and not ctx.in_mask(s.start_char) \
                and not any(a <= s.start_char < b for a, b in org_spans):
            _add_place(ctx, s.kb_id_, s.start_char, s.end_char, "place.lexicon")
    ctx.lex_spans = [s for s in ctx.lex_spans if s.label_ != "PLACE" or s.kb_id_ in ctx.out.places
                     and any(e.start == s.start_char for e in ctx.out.places[s.kb_id_].evidence)]
