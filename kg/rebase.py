"""IRIs moved from the base a store was built under to another one (for `kg publish --base`)."""

from __future__ import annotations

from pyoxigraph import NamedNode, Quad

from .store import BaseStore, EmbeddedStore


def store_bases(store: BaseStore) -> set[str]:
    """The bases the store's document graphs were minted under (what precedes graph/ID in their IRIs)."""
    return {g[: g.rindex("graph/")] for g in store.graphs() if "graph/" in g}


def rebase(store: BaseStore, old: str, new: str) -> EmbeddedStore:
    """A copy in memory of the store's quads with every IRI under OLD moved under NEW."""
    def move(term):
        if isinstance(term, NamedNode) and term.value.startswith(old):
            return NamedNode(new + term.value[len(old):])
        return term

    return EmbeddedStore.in_memory(Quad(move(q.subject), move(q.predicate), move(q.object), move(q.graph_name))
                                   for q in store.quads())


def rebased(store: BaseStore, base: str) -> tuple[BaseStore, str | None]:
    """The store as published under BASE: itself when it was built under BASE (or under several bases,
    which cannot be told apart), else a rebased copy; with the base it was moved from."""
    bases = store_bases(store)
    if base in bases or len(bases) != 1:
        return store, None
    old = bases.pop()
    return rebase(store, old, base), old
