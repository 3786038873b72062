"""Where the graph's nodes go: communities laid out apart, and which labels a whole view shows."""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

SEED = 7
CANVAS = (1100.0, 800.0)  # the drawing area a page is assumed to have, to size labels for the first view
ALL_LABELS = 60  # up to this many nodes every label is drawn from the start


@dataclass
class Layout:
    pos: dict[str, tuple[float, float]]
    community: dict[str, int]
    scale: float  # the zoom at which the whole layout fits CANVAS (at most 1)


def without_isolated(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """G without the nodes that have no link to another node."""
    keep = [n for n in g.nodes if any(o != n for o in g.successors(n)) or any(s != n for s in g.predecessors(n))]
    return g.subgraph(keep).copy()


def communities(g: nx.MultiDiGraph) -> list[list[str]]:
    """Groups of nodes more linked among themselves than to others (Louvain, seeded), biggest first."""
    u = nx.Graph()
    u.add_nodes_from(sorted(g.nodes, key=str))
    u.add_edges_from(sorted(((s, o) for s, o in g.edges() if s != o), key=str))
    found = nx.community.louvain_communities(u, seed=SEED) if u.number_of_edges() else [{n} for n in u.nodes]
    groups = [sorted(c, key=str) for c in found]
    return sorted(groups, key=lambda c: (-len(c), str(c[0])))


def _place_group(g: nx.MultiDiGraph, nodes: list[str]) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions of one group around (0, 0), and the radius it takes."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}, 40.0
    radius = 95.0 * math.sqrt(len(nodes))
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from((s, o) for s, o in g.subgraph(nodes).edges() if s != o)
    raw = nx.spring_layout(sub, seed=SEED, iterations=100, k=2.5 / math.sqrt(len(nodes)))
    far = max((math.hypot(x, y) for x, y in raw.values()), default=1.0) or 1.0
    return {n: (float(x) / far * radius, float(y) / far * radius) for n, (x, y) in raw.items()}, radius + 40.0


def layout(g: nx.MultiDiGraph) -> Layout:
    """Each community laid out by itself, the communities packed in rows, biggest first. A view around a centre
    (kg viz --around) is one group, so that the centre sits in the middle of what links to it."""
    centred = any(d.get("centre") for _, d in g.nodes(data=True))
    groups = [sorted(g.nodes, key=str)] if centred and g.number_of_nodes() else communities(g)
    placed = [_place_group(g, grp) for grp in groups]
    total = sum((2 * r) ** 2 for _, r in placed)
    width = max(max((2 * r for _, r in placed), default=0.0), math.sqrt(total * CANVAS[0] / CANVAS[1]) * 1.1)
    pos: dict[str, tuple[float, float]] = {}
    community: dict[str, int] = {}
    x = y = row_h = 0.0
    for i, ((group_pos, r), grp) in enumerate(zip(placed, groups, strict=True)):
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        for n, (px, py) in group_pos.items():
            pos[n] = (round(cx + px, 1), round(cy + py, 1))
        for n in grp:
            community[n] = i
        x += 2 * r
        row_h = max(row_h, 2 * r)
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x, span_y = max(xs) - min(xs) + 80, max(ys) - min(ys) + 80
    return Layout(pos, community, min(1.0, CANVAS[0] / span_x, CANVAS[1] / span_y))


LABEL_BOX = (130.0, 30.0)  # screen pixels one first-view label needs around its node, to stay clear of others


def labelled(g: nx.MultiDiGraph, lay: Layout | None = None,
             classes: tuple[str, ...] = ("Inspectorate", "LocalAuthority", "Organisation")) -> set[str]:
    """Nodes whose labels show in the whole view: all in a small graph; else the bodies with the most links
    (up to about 1.5 x the square root of the node count) whose labels do not run into one already chosen,
    and any centre of an --around view."""
    if g.number_of_nodes() <= ALL_LABELS:
        return set(g.nodes)
    degree = {n: len(set(g.successors(n)) | set(g.predecessors(n))) for n in g.nodes}
    ranked = sorted((n for n, d in g.nodes(data=True) if d["cls"] in classes and degree[n] > 1),
                    key=lambda n: (-degree[n], str(n)))
    k = max(12, int(1.5 * math.sqrt(g.number_of_nodes())))
    chosen: list[str] = []
    for n in ranked:
        if len(chosen) == k:
            break
        if lay is not None and any(_close(lay, n, m) for m in chosen):
            continue
        chosen.append(n)
    return set(chosen) | {n for n, d in g.nodes(data=True) if d.get("centre")}


def _close(lay: Layout, a: str, b: str) -> bool:
    (xa, ya), (xb, yb) = lay.pos[a], lay.pos[b]
    return abs(xa - xb) * lay.scale < LABEL_BOX[0] and abs(ya - yb) * lay.scale < LABEL_BOX[1]
