"""What every command shares: exit codes, option bundles, messages and progress on stderr, outputs."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Iterator

import click

from ..ns import DEFAULT_BASE

# Exit codes, the same for every command (README and docs/exit-codes.md).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

ENV_STORE = "KG_STORE"  # as in kg.store (not imported: it loads pyoxigraph); a test checks they agree
DEFAULT_STORE = "kg-store"


class Ctx:
    """How much to say on stderr: the group's -v/-q and the command's, added together."""

    def __init__(self, verbose: int = 0, quiet: bool = False):
        self.verbose = verbose
        self.quiet = quiet

    def info(self, msg: str) -> None:
        if not self.quiet:
            click.echo(msg, err=True)

    def debug(self, msg: str) -> None:
        if self.verbose and not self.quiet:
            click.echo(msg, err=True)


def ctx_obj() -> Ctx:
    """The Ctx of the running command (a default one when a command is invoked on its own)."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_object(Ctx) if ctx is not None else None
    if obj is None:
        obj = Ctx()
        if ctx is not None:
            ctx.find_root().obj = obj
    return obj


def fail(msg: str, code: int = EXIT_FAILED) -> None:
    """One `error:` line on stderr, then exit with CODE."""
    click.echo(f"error: {msg}", err=True)
    sys.exit(code)


def warn(msg: str) -> None:
    """A message that is shown even with -q (a skipped source, a warning)."""
    click.echo(msg, err=True)


def pipe_closed() -> None:
    """The reader of stdout went away (`| head`): stop quietly, as other tools do."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(EXIT_FAILED)


# ------------------------------------------------------------------------------------ option bundles

def verbosity(f):
    """-v/-q on every command, so that `kg build ... -q` works as well as `kg -q build ...`; the command
    gets the merged Ctx as its first argument."""

    @click.option("-v", "--verbose", "cmd_verbose", count=True, help="Say more on stderr (repeatable).")
    @click.option("-q", "--quiet", "cmd_quiet", is_flag=True, help="Say nothing on stderr but errors.")
    @functools.wraps(f)
    def wrapper(*args, cmd_verbose: int = 0, cmd_quiet: bool = False, **kwargs):
        obj = ctx_obj()
        obj.verbose += cmd_verbose
        obj.quiet = obj.quiet or cmd_quiet
        return f(obj, *args, **kwargs)
    return wrapper


def store_options(update: bool = False, url: bool = True, help: str | None = None):
    """--store (a folder or, when URL, a SPARQL endpoint; $KG_STORE), and --update-url when UPDATE."""
    text = help or (f"Embedded store folder, or a SPARQL query endpoint URL (env {ENV_STORE})." if url
                    else f"Embedded store folder (env {ENV_STORE}).")

    def decorate(f):
        if update:
            f = click.option("--update-url", metavar="URL", default=None,
                             help="SPARQL Update endpoint, when --store is a server.")(f)
        return click.option("--store", "store_path", envvar=ENV_STORE, default=DEFAULT_STORE, show_default=True,
                            metavar="PATH|URL" if url else "PATH", help=text)(f)
    return decorate


def format_option(choices: list[str], default: str | None, help: str = "Output format."):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=default is not None, help=help)


def output_option(required: bool = False, metavar: str = "FILE", help: str | None = None, **kw):
    """-o/--output: a file, or '-' for stdout (the default when not required)."""
    text = help or "Write here; '-' for stdout."
    if not required:
        kw.setdefault("default", "-")
    return click.option("-o", "--output", required=required, metavar=metavar, help=text, **kw)


def _check_base(ctx, param, value: str) -> str:
    """--base must be an absolute IRI: a bad one is a usage error (2), not a crash mid-build."""
    from pyoxigraph import NamedNode

    try:
        NamedNode(value + "x")
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an absolute IRI ({exc})") from None
    return value


def base_option(help: str = "Base IRI under which entity IRIs are minted."):
    return click.option("--base", default=DEFAULT_BASE, show_default=True, metavar="IRI", callback=_check_base,
                        help=help)


def jobs_option(help: str):
    return click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help=help)


# ------------------------------------------------------------------------------------ stores and outputs

def open_store_or_fail(store_path: str, update_url: str | None = None, read_only: bool = False):
    """The store, or exit 1 with the reason."""
    from ..store import StoreError, open_store

    try:
        return open_store(store_path, update_url, read_only=read_only)
    except StoreError as exc:
        fail(str(exc))


@contextlib.contextmanager
def open_output(output: str, binary: bool = False) -> Iterator:
    """A stream on stdout ('-') or on a file (text in UTF-8 unless BINARY)."""
    if output == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    with open(output, "wb") if binary else open(output, "w", encoding="utf-8") as fh:
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


# ------------------------------------------------------------------------------------ progress

class ProgressBar:
    """Progress on stderr for work that lasts: a bar on a terminal once the first second has passed,
    otherwise (a log) one line every ten seconds. close() clears the bar before the summary line."""

    def __init__(self, label: str = "building", enabled: bool = True):
        self.label, self.enabled = label, enabled
        self.t0 = self.last = time.monotonic()
        self.bar = None
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.t0 < 1.0:
            return
        if self.tty and total:
            if self.bar is None:
                self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True,
                                             show_eta=True, width=30)
                self.bar.__enter__()
            self.bar.update(done - self.bar.pos)
        elif now - self.last >= 10.0:
            self.last = now
            rate = done / (now - self.t0)
            of = f"/{total}" if total else ""
            print(f"{self.label}: {done}{of} documents, {rate:.0f}/s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def warn(self, message: str) -> None:
        """A message between updates: the bar is cleared first so that the line stands on its own."""
        self.close()
        warn(message)


@contextlib.contextmanager
def progress(obj: Ctx, label: str) -> Iterator[ProgressBar]:
    """A progress bar for the length of a job, closed however the job ends."""
    bar = ProgressBar(label, enabled=not obj.quiet)
    try:
        yield bar
    finally:
        bar.close()


def exit_for(read: int, failed: bool, nothing_built: bool = False) -> int:
    """The exit code of a job over sources: 1 when nothing was done, 3 when some were skipped."""
    if read == 0 or nothing_built:
        return EXIT_FAILED
    return EXIT_PARTIAL if failed else EXIT_OK

