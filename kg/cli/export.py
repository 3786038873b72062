"""`kg export`: the graph for network tools (GraphML, GEXF) or RDF tools."""

from __future__ import annotations

import click

from .common import (
    Ctx,
    fail,
    format_option,
    open_output,
    open_store_or_fail,
    output_option,
    pipe_closed,
    store_options,
    verbosity,
)

EXPORT_FORMATS = {"graphml": "graphml", "gexf": "gexf", "ttl": "ttl", "nt": "nt", "trig": "trig", "nq": "nq",
                  "jsonld": "jsonld", "json": "jsonld", "turtle": "ttl"}


@click.command("export")
@store_options()
@format_option(["graphml", "gexf", "ttl", "nt", "trig", "nq", "jsonld"], None,
               help="Output format (default: from the -o suffix).")
@output_option(required=True)
@verbosity
def command(obj: Ctx, store_path: str, fmt: str | None, output: str) -> None:
    """Export the graph for Gephi, Cytoscape (GraphML, GEXF: the entity graph `kg viz` draws) or RDF
    tools (Turtle and N-Triples merge the document graphs; TriG, N-Quads and JSON-LD keep them).

    \b
    Examples:
      kg export --store kg-store -o graph.graphml
      kg export --store kg-store --format gexf -o graph.gexf
      kg export --store kg-store --format trig -o - | head
    """
    from ..store import StoreError

    if fmt is None:
        suffix = output.rsplit(".", 1)[-1].lower() if "." in output and output != "-" else ""
        fmt = EXPORT_FORMATS.get(suffix)
        if fmt is None:
            raise click.UsageError("give --format (graphml, gexf, ttl, nt, trig, nq, jsonld) or a known -o suffix")
    try:
        store = open_store_or_fail(store_path, read_only=True)
        try:
            what = _export(store, fmt, output)
        finally:
            store.close()
    except BrokenPipeError:
        pipe_closed()
    except (StoreError, OSError) as exc:
        fail(str(exc))
    obj.info(f"wrote {output}: {what}")


def _export(store, fmt: str, output: str) -> str:
    """Write the export; what was written, in a few words."""
    if fmt in ("graphml", "gexf"):
        import networkx as nx

        from ..graph import entity_graph, for_export

        g = for_export(entity_graph(store))
        write = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        with open_output(output, binary=True) as out:
            write(g, out)
        return f"{g.number_of_nodes()} nodes, {g.number_of_edges()} links"
    from ..viz import export_rdf

    with open_output(output, binary=True) as out:
        export_rdf(store, fmt, out)
    return fmt
