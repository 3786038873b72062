"""Entity resolution across documents: mentions of one inspection in several articles become one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from .model import Extraction, Inspection
from .rdf import base_key


def year_of(ins: Inspection) -> str:
    return (ins.published or ins.visited)[:4]


def dated_mentions(x: Extraction) -> list[tuple[str, str]]:
    """(base key, year) of every inspection the document dates itself, once each."""
    return sorted({(base_key(i), year_of(i)) for i in x.inspections if year_of(i)})


def needs_index(x: Extraction) -> bool:
    """Whether the document mentions an inspection it does not date (its key depends on other documents)."""
    return any(not year_of(i) for i in x.inspections)


def _known(years: set[str] | Counter | None) -> set[str]:
    """The years an index entry holds (a Counter's with a count above zero)."""
    return {y for y, n in years.items() if n > 0} if isinstance(years, Counter) else set(years or ())


def unique_year(years: set[str] | Counter | None) -> str:
    """The one year known for a base key, or "" when none or several are."""
    known = _known(years)
    return next(iter(known)) if len(known) == 1 else ""


def outcome(years: set[str] | Counter | None) -> tuple[str, frozenset[tuple[str, str]]]:
    """What undated mentions resolve to under these known years: the unique year, and for a document that
    dates one of them itself, the year its other mention takes (a change in either re-resolves documents)."""
    known = _known(years)
    return unique_year(known), frozenset((y, unique_year(known - {y})) for y in known if len(known) == 2)


def resolve_one(x: Extraction, years: Mapping[str, set[str] | Counter]) -> tuple[dict[int, str], dict[int, str]]:
    """(local id -> inspection key, local id -> year) for one document under an index of known years.

    A dated mention is keyed by body, kind, places and year; an undated one joins the only year known
    for its body, kind and places across the whole corpus, if there is just one. A year this document gives
    another mention of the same body is not that year: the text told the two apart ("last inspected in 2023").
    """
    keys: dict[int, str] = {}
    ys: dict[int, str] = {}
    own: dict[str, set[str]] = {}
    for bk, y in dated_mentions(x):
        own.setdefault(bk, set()).add(y)
    for ins in x.inspections:
        bk = base_key(ins)
        y = year_of(ins) or unique_year(_known(years.get(bk)) - own.get(bk, set()))
        keys[ins.local_id] = f"{bk}/{y}" if y else bk
        ys[ins.local_id] = y
        ins.iri_key = keys[ins.local_id]
    return keys, ys
