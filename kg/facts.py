"""Every fact one document yields, as plain JSON-ready data (what `kg extract` prints)."""

from __future__ import annotations

from dataclasses import asdict

from .model import Document


def facts(doc: Document) -> dict:
    """The document's metadata and its facts by section, each fact with its evidence spans."""
    from .extract import extract

    x = extract(doc)
    return {
        "document": {"id": doc.id, "path": doc.path, "title": doc.title, "date": doc.date, "format": doc.format,
                     "length": len(doc.text), **({"incomplete": x.incomplete} if x.incomplete else {})},
        "organisations": [asdict(o) | {"aliases": sorted(o.aliases)} for o in x.orgs.values()],
        "people": [asdict(p) for p in x.people.values()],
        "posts": [asdict(p) for p in x.posts],
        "places": [asdict(p) for p in x.places.values()],
        "inspections": [asdict(i) for i in x.inspections],
        "judgements": [asdict(j) for j in x.judgements],
        "quotes": [asdict(q) for q in x.quotes],
        "recommendations": [asdict(r) for r in x.recommendations],
    }
