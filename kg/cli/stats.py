"""`kg stats`: counts and the most connected bodies and people."""

from __future__ import annotations

import json

import click

from .common import (
    Ctx,
    fail,
    format_option,
    open_output,
    open_store_or_fail,
    output_option,
    store_options,
    verbosity,
)


@click.command("stats")
@store_options()
@format_option(["table", "json"], "table")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000),
              help="How many of the most connected bodies and people to list.")
@output_option(help="Write here (default stdout).")
@verbosity
def command(obj: Ctx, store_path: str, fmt: str, top: int, output: str) -> None:
    """Counts per class, the most connected bodies (degree, betweenness), the people the sources say
    most about (posts and quotations, then sources, then betweenness), connected
    components, and inspections per year and grade.

    Degree and betweenness are computed with networkx on the entity graph `kg viz` draws,
    links taken both ways; above 600 nodes betweenness is estimated from 600 sources (seeded).

    \b
    Examples:
      kg stats --store kg-store
      kg stats --store kg-store --format json -o stats.json
    """
    from ..graph import entity_graph, stats
    from ..store import StoreError
    from ..viz import stats_table

    try:
        store = open_store_or_fail(store_path, read_only=True)
        try:
            result = stats(store, entity_graph(store), top)
        finally:
            store.close()
    except StoreError as exc:
        fail(str(exc))
    with open_output(output) as out:
        out.write(json.dumps(result, indent=1, ensure_ascii=False) + "\n" if fmt == "json" else stats_table(result))
