"""Plain names for the terms a reader meets: the ontology's labels, the reused vocabularies' labels, roles."""

from __future__ import annotations

import csv
import functools
import re

from ..ns import NS
from ..resources import SITE_DIR
from ..store import BaseStore

PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(NS.items()))


@functools.cache
def _table() -> dict[str, tuple[str, str]]:
    """IRI -> (label, role) from terms.csv; role is show, hide (never shown) or reference (reference data)."""
    out = {}
    with open(SITE_DIR / "terms.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            prefix, local = row["term"].split(":", 1)
            out[NS[prefix] + local] = (row["label"], row["role"])
    return out


def role(iri: str) -> str:
    """show, hide or reference."""
    return _table().get(iri, ("", "show"))[1]


def words(iri: str) -> str:
    """A last resort: the IRI's local name as words ('coversPlace' -> 'covers place')."""
    local = re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).replace("-", " ").replace("_", " ").lower()


class Terms:
    """Labels of properties and classes: the ontology's rdfs:label read from the store, else terms.csv."""

    def __init__(self, store: BaseStore):
        self.store = store
        self._labels: dict[str, str] = {}
        rows = store.select(PREFIXES + """SELECT DISTINCT ?t ?l WHERE { ?t rdfs:label ?l .
            FILTER(STRSTARTS(STR(?t), STR(ikg:))) FILTER(LANG(?l) = "en" || LANG(?l) = "") } ORDER BY ?t ?l""").rows
        for t, label in rows:
            self._labels.setdefault(t.value, label.value)

    def label(self, iri: str) -> str:
        if iri in self._labels:
            return self._labels[iri]
        known = _table().get(iri)
        return known[0] if known and known[0] else words(iri)
