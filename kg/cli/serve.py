"""`kg serve`: a read-only SPARQL endpoint and linked-data server over the store."""

from __future__ import annotations

import os

import click

from ..serve import MAX_QUERY_BYTES, Settings
from .common import Ctx, base_option, fail, open_store_or_fail, store_options, verbosity


@click.command("serve")
@store_options(help="Embedded store folder (opened read-only), or a SPARQL query endpoint URL (env KG_STORE).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@base_option("Base IRI of the entities: GET /X describes {base}X.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run before its worker is killed (answer 503).")
@click.option("--max-results", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows (or triples) per answer; longer answers are cut, with header X-Results-Truncated.")
@click.option("--max-query-bytes", default=MAX_QUERY_BYTES, show_default=True, type=click.IntRange(64),
              help="Longest query accepted (answer 413).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries running at once).")
@verbosity
def command(obj: Ctx, store_path: str, host: str, port: int, base: str, timeout: float, max_results: int,
            max_query_bytes: int, workers: int) -> None:
    """Serve the store read-only: SPARQL 1.1 Protocol at /sparql, entity IRIs by content negotiation,
    and a query page (YASGUI) at /.

    Updates and SERVICE are refused; each query runs in a worker process that is killed at --timeout,
    so a runaway query never stalls the server. With a SPARQL endpoint URL as --store, queries and
    entity pages are answered from that server (a read-only front with pages and limits).

    \b
    Exit status: 0 stopped cleanly, 1 the store cannot be opened, 2 usage error.

    \b
    Example:
      kg serve --store kg-store --port 8000 --timeout 10
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' \\
        http://127.0.0.1:8000/sparql
    """
    import uvicorn

    from ..serve import create_app
    from ..store import StoreError

    store = open_store_or_fail(store_path, read_only=True)  # fail now, not in the workers
    try:
        store.ask("ASK {}")
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()
    remote = store_path.startswith(("http://", "https://"))
    if not base.endswith(("/", "#")):
        base += "/"
    location = store_path if remote else os.path.abspath(store_path)
    settings = Settings(location, base, timeout, max_results, max_query_bytes, workers)
    obj.info(f"serving {store_path} read-only at http://{host}:{port}/ (SPARQL: /sparql)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
