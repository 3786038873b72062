"""Rule-based extraction of bodies, people, posts, places, inspections, judgements, quotations and
recommendations from one document, each fact with its character span and the rule that found it.

One module per stage (see README.md); the stages share one `Ctx` (context.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dates import find_dates, stated_today
from ..lexicon import load
from ..model import Document, Extraction
from ..nlp import pipeline
from .bodies import _doc_council, _orgs, text_labels
from .clauses import clause_judgements
from .context import Ctx
from .furniture import find_furniture
from .inspections import _inspections, _prune_passing, earlier_date
from .judgements import _judgements, in_own_words, overall_too
from .owned import one_framework
from .people import _people
from .places import _places, place_text_labels
from .quotes import _attribute, find_quotes
from .recommendations import _recommendations

__all__ = ["extract", "extract_parsed"]


def _anchor(doc: Document) -> tuple[str, bool]:
    if doc.date:
        return doc.date, True
    found = find_dates(doc.text, "", False)
    today = stated_today(doc.text, found)
    if today:
        return today, True  # ("published today, Tuesday 8 July 2025": the text's own date)
    # (a lower bound for months named without a year; not the date of an inspection before, "a decline from the
    # last inspection in November 2021", which says nothing of the year of today's)
    dated = [d.value for d in found if len(d.value) >= 7 and not earlier_date(doc.text, d.start)]
    return (max(dated), False) if dated else ("", False)


def extract_parsed(doc: Document, sp: Doc) -> Extraction:
    """Run every rule over one document already parsed by the spaCy pipeline."""
    lex = load()
    out = Extraction(doc)
    masked = doc.furniture or find_furniture(doc.text)
    anchor, dated = _anchor(doc)
    ctx = Ctx(doc, sp, lex, out, masked, anchor=anchor, doc_dated=dated)
    ctx.lex_spans = sorted((s for s in sp.spans.get("lex", []) if not ctx.in_mask(s.start_char)), key=lambda s: s.start)
    ctx.quotes = [q for q in find_quotes(doc.text) if not ctx.in_mask(q.start)]
    groups: list = []

    def inspections_stage() -> None:
        groups[:] = _inspections(ctx)

    def judgements_stage() -> None:
        _judgements(ctx, groups)
        clause_judgements(ctx, groups)
        overall_too(ctx, groups)
        one_framework(ctx, [g[0] for g in groups])  # again: the clause forms add judgements after the first pass

    def prune_stage() -> None:
        groups[:] = _prune_passing(ctx, groups)

    # (name, whether the stages after it need it): a rule's fault costs what depends on it, not the document
    stages = [("bodies", True, lambda: _orgs(ctx)), ("places", True, lambda: _places(ctx)),
              ("council", True, lambda: _doc_council(ctx)), ("people", True, lambda: _people(ctx)),
              ("quotes", False, lambda: _attribute(ctx)), ("inspections", True, inspections_stage),
              ("judgements", False, judgements_stage), ("pruning", True, prune_stage),
              ("aspects", False, lambda: in_own_words(ctx)),
              ("recommendations", False, lambda: _recommendations(ctx, groups))]
    for name, needed, stage in stages:
        try:
            stage()
        except Exception as exc:  # noqa: BLE001
            out.incomplete = out.incomplete or f"{name} ({type(exc).__name__}: {exc})"
            if needed:
                break
        finally:
            out.inspections = [g[0] for g in groups]
    try:
        text_labels(ctx)
        place_text_labels(ctx)
    except Exception as exc:  # noqa: BLE001
        out.incomplete = out.incomplete or f"labels ({type(exc).__name__}: {exc})"
    return out


def extract(doc: Document) -> Extraction:
    return extract_parsed(doc, pipeline()(doc.text))
