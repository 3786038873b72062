"""`kg validate`: the store against the SHACL shapes."""

from __future__ import annotations

import json
import sys

import click

from .common import (
    EXIT_FAILED,
    EXIT_OK,
    Ctx,
    fail,
    format_option,
    open_store_or_fail,
    store_options,
    verbosity,
)


@click.command("validate")
@store_options()
@format_option(["text", "json"], "text")
@verbosity
def command(obj: Ctx, store_path: str, fmt: str) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.

    \b
    Example:
      kg validate --store kg-store
    """
    from ..store import StoreError
    from ..validate import validate

    try:
        store = open_store_or_fail(store_path, read_only=True)
        try:
            report = validate(store)
        finally:
            store.close()
    except StoreError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps({"conforms": report.conforms, "violations": report.violations}, indent=1))
    elif report.conforms:
        click.echo("conforms: the graph satisfies every shape")
    else:
        click.echo(f"{len(report.violations)} violation(s):")
        for v in report.violations:
            path = v["path"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            click.echo(f"- {v['focus']}  {path}: {v['message']}")
    sys.exit(EXIT_OK if report.conforms else EXIT_FAILED)
