"""`kg publish`: the graph as a static linked-data site."""

from __future__ import annotations

import click

from ..publish import DEFAULT_LICENSE, SITE_TITLE, Site, publish
from .common import Ctx, base_option, fail, open_store_or_fail, output_option, store_options, verbosity


@click.command("publish")
@store_options()
@output_option(required=True, metavar="DIR", type=click.Path(file_okay=False),
               help="Folder to write the site into (replaced as a whole; must be new, empty or an earlier site).")
@base_option("Base IRI of the entities: the page for {base}X is DIR/X.html.")
@click.option("--license", "license_", default=DEFAULT_LICENSE, show_default=True, metavar="IRI",
              help="Licence of the data, stated in void.ttl and on every page.")
@click.option("--sparql-endpoint", metavar="URL", default=None, help="Public SPARQL endpoint to advertise.")
@verbosity
def command(obj: Ctx, store_path: str, output: str, base: str, license_: str,
            sparql_endpoint: str | None) -> None:
    """Write the graph as a static linked-data site any web server can host.

    One page per entity (HTML with embedded JSON-LD, plus .ttl and .jsonld beside it), full dumps
    (Turtle, N-Triples, TriG, N-Quads, JSON-LD), void.ttl (VoID + DCAT), the ontology documented
    by pyLODE, an index and a sitemap. Re-publishing the same store gives identical files.

    \b
    Exit status: 0 written, 1 failed (store unreadable, nothing under --base), 2 usage error.

    \b
    Example:
      kg publish --store kg-store -o site --base https://w3id.org/inspection-kg/id/ \\
        --sparql-endpoint https://example.org/sparql
    """
    from ..store import StoreError

    if not base.endswith(("/", "#")):
        base += "/"
    try:
        store = open_store_or_fail(store_path, read_only=True)
        try:
            report = publish(store.local_copy(), output,
                             Site(base, SITE_TITLE, license_, sparql_endpoint),
                             warn=lambda m: click.echo(f"warning: {m}", err=True))
        finally:
            store.close()
    except (StoreError, ValueError, OSError) as exc:
        fail(str(exc))
    obj.info(report.summary())
    obj.info(f"site: {output}/index.html")
