"""`kg query`: run a named, stored or inline SPARQL query and print its results."""

from __future__ import annotations

import click

from .common import (
    EXIT_USAGE,
    Ctx,
    fail,
    format_option,
    open_output,
    open_store_or_fail,
    output_option,
    store_options,
    verbosity,
)


@click.command("query")
@click.argument("query")
@store_options()
@format_option(["table", "csv", "tsv", "json"], "table")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a string, or <IRI>); repeatable. Values are never pasted into the query.")
@output_option(help="Write here (default stdout).")
@verbosity
def command(obj: Ctx, query: str, store_path: str, fmt: str, binds: tuple[str, ...], output: str) -> None:
    """Run QUERY: a .rq file, a name from queries/ (see `kg queries`), '-' for stdin, or inline SPARQL.

    \b
    Examples:
      kg query people --store kg-store
      kg query inspections --format csv -o inspections.csv
      kg query spoke-for-body --bind body=Cafcass
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from ..query import load_query, parse_binding
    from ..results import write_select
    from ..store import StoreError

    try:
        bindings = dict(parse_binding(b) for b in binds)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    try:
        text = load_query(query)
        store = open_store_or_fail(store_path, read_only=True)
        try:
            result = store.select(text, bindings)
        finally:
            store.close()
    except StoreError as exc:
        fail(str(exc))
    obj.debug(f"{len(result.rows)} rows from {store_path}")
    with open_output(output) as out:
        out.write(write_select(result, fmt))
