"""`kg load`: N-Quads shards into the store."""

from __future__ import annotations

import sys

import click

from .common import Ctx, exit_for, fail, open_store_or_fail, progress, store_options, verbosity


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@store_options(update=True)
@verbosity
def command(obj: Ctx, files: tuple[str, ...], store_path: str, update_url: str | None) -> None:
    """Load N-Quads shards written by `kg extract --format nquads` into the store.

    Each document graph replaces the older graph of the same source path; documents already stored
    unchanged are skipped. Documents that mention an inspection without dating it are resolved again
    against everything in the store once all shards are in, exactly as `kg build` resolves them, and
    stored documents whose inspections change key are re-read from their sources where those exist.

    \b
    Exit status: 0 all loaded, 3 some graphs or files skipped, 1 nothing loaded.

    \b
    Example:
      kg load shards/*.nq --store kg-store
    """
    from ..build import load
    from ..store import StoreError

    store = open_store_or_fail(store_path, update_url)
    obj.debug(f"store: {store.location}")
    try:
        with progress(obj, "loading") as bar:
            report = load(list(files), store, progress=bar, warn=bar.warn)
    except StoreError as exc:
        fail(str(exc))
    finally:
        try:
            store.close()
        except StoreError as exc:
            fail(str(exc))
    obj.info(report.summary().replace("documents read", "documents loaded"))
    sys.exit(exit_for(report.read, bool(report.failed)))
