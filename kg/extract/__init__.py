"""Rule-based extraction of bodies, people, posts, places, inspections, judgements, quotations and
recommendations from one document, each fact with its character span and the rule that found it.

One module per stage (see README.md); the stages share one `Ctx` (context.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dates import find_dates
from ..lexicon import load
from ..model import Document, Extraction
from ..nlp import pipeline
from .bodies import _doc_council, _orgs, text_labels
from .clauses import clause_judgements
from .context import Ctx
from .furniture import find_furniture
from .inspections import _inspections, _prune_passing
from .judgements import _judgements, in_own_words
from .owned import one_framework
from .people import _people
from .places import _places
from .quotes import _attribute, find_quotes
from .recommendations import _recommendations

__all__ = ["extract", "extract_parsed"]


def _anchor(doc: Document) -> tuple[str, bool]:
    if doc.date:
        return doc.date, True
    dated = [d.value for d in find_dates(doc.text, "", False) if len(d.value) >= 7]
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
        one_framework(ctx, [g[0] for g in groups])  # again: the clause forms add judgements after the first pass
        groups[:] = _prune_passing(ctx, groups)
        out.inspections = [g[0] for g in groups]
        in_own_words(ctx)

    stages = [("bodies", lambda: _orgs(ctx)), ("places", lambda: _places(ctx)), ("council", lambda: _doc_council(ctx)),
              ("people", lambda: _people(ctx)), ("quotes", lambda: _attribute(ctx)), ("inspections", inspections_stage),
              ("judgements", judgements_stage), ("recommendations", lambda: _recommendations(ctx, groups))]
    for name, stage in stages:
        try:
            stage()
        except Exception as exc:  # noqa: BLE001 - a rule's fault loses the stages after it, not the document
            out.incomplete = f"{name} ({type(exc).__name__}: {exc})"
            break
        out.inspections = [g[0] for g in groups]
    try:
        text_labels(ctx)
    except Exception as exc:  # noqa: BLE001
        out.incomplete = out.incomplete or f"labels ({type(exc).__name__}: {exc})"
    return out


def extract(doc: Document) -> Extraction:
    return extract_parsed(doc, pipeline()(doc.text))
