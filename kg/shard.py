"""Sharded builds: `kg extract --format nquads` writes a slice of a corpus as N-Quads, `kg load` stores shards."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import click

from .store import ENV_STORE, StoreError, open_store

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


@contextlib.contextmanager
def open_text(output: str) -> Iterator:
    """A text stream on stdout ('-') or a file."""
    if output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8") as fh:
        yield fh


@contextlib.contextmanager
def open_binary_atomic(output: str) -> Iterator:
    """A binary stream on stdout, or a file that appears under its name only once complete (a shard cut
    short by a crash must not be mistaken for a whole one)."""
    if output == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    tmp = f"{output}.part-{os.getpid()}"
    try:
        with open(tmp, "wb") as fh:
            yield fh
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _say(obj, message: str) -> None:
    if not getattr(obj, "quiet", False):
        click.echo(message, err=True)


def write_shard(obj, sources: list[str], output: str, base: str, jobs: int) -> int:
    """`kg extract SOURCES --format nquads -o FILE`: the exit status."""
    from .build import ProgressBar, extract_nquads

    bar = ProgressBar("extracting", enabled=not getattr(obj, "quiet", False))

    def warn(message: str) -> None:
        bar.close()
        click.echo(message, err=True)

    try:
        with open_binary_atomic(output) as out:
            report = extract_nquads(sources, out, base, n_process=jobs, progress=bar, warn=warn)
    except OSError as exc:
        bar.close()
        click.echo(f"error: {output}: cannot write ({exc.strerror or exc})", err=True)
        return EXIT_FAILED
    finally:
        bar.close()
    _say(obj, report.summary().replace("written", "extracted"))
    if report.read == 0:
        if not report.failed:
            click.echo("error: no sources found (.txt, .md, .html)", err=True)
        return EXIT_FAILED
    return EXIT_PARTIAL if report.failed else EXIT_OK


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--store", "store_path", envvar=ENV_STORE, default="kg-store", show_default=True, metavar="PATH|URL",
              help=f"Embedded store folder, or a SPARQL query endpoint URL (env {ENV_STORE}).")
@click.option("--update-url", metavar="URL", default=None, help="SPARQL Update endpoint, when --store is a server.")
@click.option("-q", "--quiet", is_flag=True, help="Say nothing on stderr but errors.")
@click.pass_obj
def load_cmd(obj, files: tuple[str, ...], store_path: str, update_url: str | None, quiet: bool) -> None:
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
    from .build import ProgressBar, load

    quiet = quiet or getattr(obj, "quiet", False)
    bar = ProgressBar("loading", enabled=not quiet)

    def warn(message: str) -> None:
        bar.close()
        click.echo(message, err=True)

    try:
        store = open_store(store_path, update_url)
    except StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    try:
        report = load(list(files), store, progress=bar, warn=warn)
    except StoreError as exc:
        bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    finally:
        bar.close()
        try:
            store.close()
        except StoreError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_FAILED)
    if not quiet:
        click.echo(report.summary().replace("documents read", "documents loaded"), err=True)
    if report.read == 0:
        sys.exit(EXIT_FAILED)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)
