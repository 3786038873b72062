"""`kg build`: read sources into the store."""

from __future__ import annotations

import sys

import click

from .common import (
    EXIT_FAILED,
    Ctx,
    base_option,
    exit_for,
    fail,
    jobs_option,
    open_store_or_fail,
    progress,
    store_options,
    verbosity,
)


@click.command("build")
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@store_options(update=True)
@base_option()
@jobs_option("Worker processes for the per-document work (decoding, spaCy, rules, RDF).")
@verbosity
def command(obj: Ctx, sources: tuple[str, ...], store_path: str, update_url: str | None, base: str,
            jobs: int) -> None:
    """Read SOURCES (.txt, .md, .html files and folders) into the store.

    Each document becomes one named graph. Unchanged documents are skipped; a changed document
    replaces its own graph. Files that cannot be read are named on stderr and skipped.

    \b
    Exit status: 0 all sources read, 3 some skipped, 1 nothing built, 2 usage error.

    \b
    Example:
      kg build ../shared/corpus/seeds data/sample --store kg-store
    """
    from ..process import Workers

    # The workers first: their start-up (importing spaCy, loading the pipeline: about a second) runs on the
    # other core while this process imports the build, opens the store and hashes the sources.
    workers = Workers(base, jobs)
    try:
        from ..build import build
        from ..store import StoreError

        store = open_store_or_fail(store_path, update_url)
    except BaseException:
        workers.close()
        raise
    obj.debug(f"store: {store.location}")
    try:
        with progress(obj, "building") as bar:
            report = build(list(sources), store, base, n_process=jobs, progress=bar, warn=bar.warn,
                           workers=workers)
    except StoreError as exc:
        fail(str(exc))
    finally:
        workers.close()  # closed by build already, unless it failed before starting
        try:
            store.close()
        except StoreError as exc:  # a full disk can first show at the final flush
            fail(str(exc))
    obj.info(report.summary())
    if report.read == 0 and not report.failed:
        fail("no sources found (.txt, .md, .html)", EXIT_FAILED)
    sys.exit(exit_for(report.read, bool(report.failed), report.read - report.extraction_failed <= 0))
