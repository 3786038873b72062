"""`kg queries`: the named queries and what each answers."""

from __future__ import annotations

import click

from .common import Ctx, verbosity


@click.command("queries")
@verbosity
def command(obj: Ctx) -> None:
    """List the named queries in queries/ with what each answers.

    \b
    Example:
      kg queries
    """
    from ..query import describe, named_queries

    named = named_queries()
    width = max(len(n) for n in named) if named else 0
    for name, path in named.items():
        click.echo(f"{name.ljust(width)}  {describe(path)}")
