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

GRAPH_FORMATS = {"table": "ttl", "ttl": "ttl", "nt": "nt", "jsonld": "jsonld", "json": "jsonld", "xml": "rdfxml"}


@click.command("query")
@click.argument("query")
@store_options()
@format_option(["table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld"], "table",
               help="Output format: table, csv, tsv, json, xml for SELECT and ASK; ttl (the default), nt, jsonld, "
                    "xml (RDF/XML) for CONSTRUCT and DESCRIBE.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a string, or <IRI>); repeatable. Values are never pasted into the query.")
@output_option(help="Write here (default stdout).")
@verbosity
def command(obj: Ctx, query: str, store_path: str, fmt: str, binds: tuple[str, ...], output: str) -> None:
    """Run QUERY: a .rq file, a name from queries/ (see `kg queries`), '-' for stdin, or inline SPARQL
    (SELECT, ASK, CONSTRUCT or DESCRIBE).

    \b
    Examples:
      kg query people --store kg-store
      kg query inspections --format csv -o inspections.csv
      kg query spoke-for-body --bind body=Cafcass
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg query 'ASK { ?s a <http://www.w3.org/ns/org#Organization> }'
      kg query 'DESCRIBE <https://w3id.org/inspection-kg/id/organisation/ofsted>' --format nt

    \b
    Exit status: 0 answered, 1 failed (store, query), 2 usage error (unknown query name, unknown --bind
    name, a format the query form has not).
    """
    from ..query import QueryNotFound, load_query, parse_binding, query_variables, syntax_report
    from ..store import QuerySyntaxError, StoreError

    try:
        bindings = dict(parse_binding(b) for b in binds)
        text = load_query(query)
    except (ValueError, QueryNotFound) as exc:
        fail(str(exc), EXIT_USAGE)
    except StoreError as exc:
        fail(str(exc))
    unknown = sorted(set(bindings) - query_variables(text))
    if unknown:
        names = ", ".join("?" + v for v in sorted(query_variables(text))) or "none"
        fail(f"--bind {', '.join(unknown)}: the query has no such variable (its variables: {names})", EXIT_USAGE)
    try:
        store = open_store_or_fail(store_path, read_only=True)
        try:
            answer = store.query(text, bindings)
            obj.debug(f"{len(answer.rows)} rows from {store_path}" if hasattr(answer, "rows") else
                      f"{type(answer).__name__} answer from {store_path}")
            write_answer(answer, fmt, output)
            if bindings and getattr(answer, "rows", None) == []:
                from ..query import label_hints

                for hint in label_hints(store, bindings):
                    click.echo(f"hint: {hint}", err=True)
        finally:
            store.close()
    except QuerySyntaxError as exc:
        fail(syntax_report(text) or str(exc))
    except StoreError as exc:
        fail(str(exc))


def write_answer(answer, fmt: str, output: str) -> None:
    """A SELECT result, an ASK boolean or a CONSTRUCT/DESCRIBE graph, written in FMT."""
    from ..results import write_boolean, write_select
    from ..store import Result

    if isinstance(answer, bool):
        text = write_boolean(answer, fmt) if fmt in ("json", "xml") else ("true\n" if answer else "false\n")
        if fmt in ("json",):
            text += "\n"
    elif isinstance(answer, Result):
        if fmt in ("ttl", "nt", "jsonld"):
            fail(f"--format {fmt} is for CONSTRUCT and DESCRIBE; SELECT writes table, csv, tsv, json or xml",
                 EXIT_USAGE)
        text = write_select(answer, fmt)
    else:
        if fmt not in GRAPH_FORMATS:
            fail(f"--format {fmt} is for SELECT; CONSTRUCT and DESCRIBE write ttl, nt, jsonld or xml", EXIT_USAGE)
        from ..protocol import write_triples

        with open_output(output, binary=True) as out:
            out.write(write_triples(list(answer.triples), GRAPH_FORMATS[fmt]))
        return
    with open_output(output) as out:
        out.write(text)
