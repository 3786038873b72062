"""`kg viz`: the graph as an interactive HTML page, or the grade timeline as a picture."""

from __future__ import annotations

import sys

import click

from .common import Ctx, fail, open_store_or_fail, output_option, pipe_closed, store_options, verbosity


def load_graph(store_path: str, query: str | None):
    """The store's entity graph, or the graph of a query's results."""
    from ..graph import entity_graph, query_triples, triples_graph

    store = open_store_or_fail(store_path, read_only=True)
    try:
        g = entity_graph(store)
        if query:
            with open(query, encoding="utf-8") as fh:
                g = triples_graph(store, query_triples(store, fh.read()), g)
        return g
    finally:
        store.close()


@click.command("viz")
@store_options()
@output_option(required=True,
               help="FILE.html for the graph, FILE.svg or FILE.png with --timeline; '-' for stdout (HTML or SVG).")
@click.option("--around", metavar="LABEL", help="Show only the neighbourhood of the body, person, place or "
              "inspection with this rdfs:label (any case).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0, 10), help="Links from --around.")
@click.option("--query", "query", type=click.Path(exists=True, dir_okay=False), metavar="FILE.rq",
              help="Draw the result of a CONSTRUCT, or of a SELECT of ?s ?p ?o, instead of the entity graph.")
@click.option("--types", metavar="CLASSES", help="Classes to keep, comma-separated: Organisation (every body), "
              "Inspectorate, LocalAuthority, Person, Place, Inspection, Other.")
@click.option("--timeline", is_flag=True, help="Draw the grade timeline (SVG or PNG) instead of the graph page.")
@click.option("--title", default=None, help="Page title (default: says what is drawn).")
@click.option("--include-isolated", is_flag=True, help="Also draw nodes with no link (left out by default).")
@click.option("--order", type=click.Choice(["recent", "worst"]), default="recent", show_default=True,
              help="--timeline rows: by most recent inspection, or by latest grade (worst first).")
@verbosity
def command(obj: Ctx, store_path: str, output: str, around: str | None, depth: int, query: str | None,
            types: str | None, timeline: bool, title: str | None, include_isolated: bool, order: str) -> None:
    """Draw the graph as one self-contained interactive HTML page, or the grade timeline as a picture.

    Nodes are bodies, people, places and inspections (coloured by overall grade); links are
    labelled with the ontology's property labels, posts with the role. Hover a node for its
    facts and source documents. The page loads nothing from the network.

    \b
    Examples:
      kg viz --store kg-store -o graph.html
      kg viz --store kg-store --around Ofsted --depth 2 -o ofsted.html
      kg viz --store kg-store --types Organisation,Inspection -o bodies.html
      kg viz --store kg-store --query my-view.rq -o view.html
      kg viz --store kg-store --timeline -o timeline.svg
    """
    from ..graph import GraphError, find_nodes, keep_types, neighbourhood, parse_types
    from ..store import StoreError

    fmt = "html"
    suffix = output.rsplit(".", 1)[-1].lower() if "." in output else ""
    if timeline:
        fmt = "svg" if output == "-" else suffix
        if fmt not in ("svg", "png"):
            raise click.UsageError("--timeline writes FILE.svg or FILE.png (or '-' for SVG on stdout)")
    elif output != "-" and suffix not in ("html", "htm"):
        raise click.UsageError("the graph page is HTML: give -o FILE.html (or --timeline for SVG/PNG)")
    try:
        classes = parse_types(types) if types else None
    except GraphError as exc:
        raise click.BadParameter(str(exc), param_hint="--types") from None
    try:
        g = load_graph(store_path, query)
        what = "query result" if query else "entity graph"
        if around:
            centres = find_nodes(g, around)
            names = "; ".join(sorted({g.nodes[c]["label"] for c in centres}))
            g = neighbourhood(g, centres, depth)
            what = f"within {depth} link{'s' if depth != 1 else ''} of {names}"
        if classes:
            g = keep_types(g, classes)
    except (StoreError, GraphError, OSError) as exc:
        fail(str(exc))
    if not include_isolated and not timeline:
        from ..site.layout import without_isolated

        g = without_isolated(g)
    if g.number_of_nodes() == 0:
        obj.info("warning: nothing to draw (the view is empty)")
    _write(obj, g, output, fmt, timeline, title or f"inspection-kg: {what}", store_path, order)


def _write(obj: Ctx, g, output: str, fmt: str, timeline: bool, title: str, store_path: str,
           order: str = "recent") -> None:
    from ..viz import draw_timeline, page

    try:
        if timeline:
            if output == "-":
                n = draw_timeline(g, sys.stdout.buffer, "svg", order)
                sys.stdout.buffer.flush()
            else:
                n = draw_timeline(g, output, fmt, order)
            obj.info(f"wrote {output}: {n} inspections placed in time")
            return
        text = page(g, title, f"store {store_path}")
        if output == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
    except BrokenPipeError:
        pipe_closed()
    except OSError as exc:
        fail(f"{output}: {exc}")
    obj.info(f"wrote {output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} links")
