"""The `kg` command line: build, query, validate and inspect the knowledge graph."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict

import click

from . import __version__
from .ns import DEFAULT_BASE
from .store import DEFAULT_STORE, ENV_STORE, StoreError, open_store

# Exit codes (documented in the README).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

store_option = click.option(
    "--store", "store_path", envvar=ENV_STORE, default=DEFAULT_STORE, show_default=True, metavar="PATH|URL",
    help=f"Embedded store folder, or a SPARQL query endpoint URL (env {ENV_STORE}).")
update_option = click.option("--update-url", metavar="URL", default=None,
                             help="SPARQL Update endpoint, when --store is a server.")


class Ctx:
    def __init__(self, verbose: int, quiet: bool):
        self.verbose = verbose
        self.quiet = quiet

    def info(self, msg: str) -> None:
        if not self.quiet:
            click.echo(msg, err=True)

    def debug(self, msg: str) -> None:
        if self.verbose and not self.quiet:
            click.echo(msg, err=True)


def verbosity(f):
    """-v/-q on every command too, so that `kg build ... -q` works as well as `kg -q build ...`."""
    import functools

    @click.option("-v", "--verbose", "cmd_verbose", count=True, help="Say more on stderr.")
    @click.option("-q", "--quiet", "cmd_quiet", is_flag=True, help="Say nothing on stderr but errors.")
    @functools.wraps(f)
    def wrapper(*args, cmd_verbose: int = 0, cmd_quiet: bool = False, **kwargs):
        obj = click.get_current_context().find_object(Ctx)
        if obj is not None:
            obj.verbose += cmd_verbose
            obj.quiet = obj.quiet or cmd_quiet
        return f(*args, **kwargs)
    return wrapper


def _check_base(ctx, param, value: str) -> str:
    """--base must be an absolute IRI: a bad one is a usage error (2), not a crash mid-build."""
    from pyoxigraph import NamedNode

    try:
        NamedNode(value + "x")
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an absolute IRI ({exc})") from None
    return value


def _fail(msg: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"error: {msg}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", count=True, help="Say more on stderr (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Say nothing on stderr but errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn articles about inspections into a linked-data knowledge graph, and query it.

    \b
    Quick start:
      kg build data/sample --store kg-store
      kg query inspections --store kg-store
      kg validate --store kg-store
    """
    ctx.obj = Ctx(verbose, quiet)


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@store_option
@update_option
@click.option("--base", default=DEFAULT_BASE, show_default=True, metavar="IRI", callback=_check_base,
              help="Base IRI under which entity IRIs are minted.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for the per-document work (decoding, spaCy, rules, RDF).")
@verbosity
@click.pass_obj
def build(obj: Ctx, sources: tuple[str, ...], store_path: str, update_url: str | None, base: str, jobs: int) -> None:
    """Read SOURCES (.txt, .md, .html files and folders) into the store.

    Each document becomes one named graph. Unchanged documents are skipped; a changed document
    replaces its own graph. Files that cannot be read are named on stderr and skipped.

    \b
    Exit status: 0 all sources read, 3 some skipped, 1 nothing built, 2 usage error.

    \b
    Example:
      kg build ../shared/corpus/seeds data/sample --store kg-store
    """
    from .build import build as run_build

    try:
        store = open_store(store_path, update_url)
    except StoreError as exc:
        _fail(str(exc))
    from .build import ProgressBar

    bar = ProgressBar("building", enabled=not obj.quiet)

    def warn(message: str) -> None:
        bar.close()
        click.echo(message, err=True)

    try:
        report = run_build(list(sources), store, base, n_process=jobs, progress=bar, warn=warn)
    except StoreError as exc:
        bar.close()
        _fail(str(exc))
    finally:
        bar.close()
        try:
            store.close()
        except StoreError as exc:  # a full disk can first show at the final flush
            _fail(str(exc))
    obj.info(report.summary())
    if report.read - report.extraction_failed <= 0 and report.failed:  # nothing read could be built
        sys.exit(EXIT_FAILED)
    if report.read == 0:
        _fail("no sources found (.txt, .md, .html)", EXIT_FAILED)
    if report.failed:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a string, or <IRI>); repeatable. Values are never pasted into the query.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here (default stdout).")
@verbosity
@click.pass_obj
def query(obj: Ctx, query: str, store_path: str, fmt: str, binds: tuple[str, ...], output) -> None:
    """Run QUERY: a .rq file, a name from queries/ (see `kg queries`), '-' for stdin, or inline SPARQL.

    \b
    Examples:
      kg query people --store kg-store
      kg query inspections --format csv -o inspections.csv
      kg query spoke-for-body --bind body=Cafcass
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from .query import load_query, parse_binding, render

    try:
        bindings = dict(parse_binding(b) for b in binds)
    except ValueError as exc:
        _fail(str(exc), EXIT_USAGE)
    try:
        text = load_query(query)
        store = open_store(store_path, read_only=True)
        try:
            result = store.select(text, bindings)
        finally:
            store.close()
    except StoreError as exc:
        _fail(str(exc))
    output.write(render(result, fmt))


@cli.command()
@verbosity
@click.pass_obj
def queries(obj: Ctx) -> None:
    """List the named queries in queries/ with what each answers.

    \b
    Example:
      kg queries
    """
    from .query import describe, named_queries

    named = named_queries()
    width = max(len(n) for n in named) if named else 0
    for name, path in named.items():
        click.echo(f"{name.ljust(width)}  {describe(path)}")


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@verbosity
@click.pass_obj
def validate(obj: Ctx, store_path: str, fmt: str) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.

    \b
    Example:
      kg validate --store kg-store
    """
    from .validate import validate as run_validate

    try:
        store = open_store(store_path, read_only=True)
        try:
            report = run_validate(store)
        finally:
            store.close()
    except StoreError as exc:
        _fail(str(exc))
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


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=False))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table", "nquads"]), default="json",
              show_default=True,
              help="json/table: every fact of ONE file with its span and rule; jsonl: the same for files and "
                   "folders, one document per line; nquads: their graphs, a shard for `kg load`.")
@click.option("-o", "--output", default="-", metavar="FILE", help="Write here (default stdout).")
@click.option("--base", default=DEFAULT_BASE, show_default=True, metavar="IRI", callback=_check_base,
              help="Base IRI under which entity IRIs are minted (nquads).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (nquads).")
@verbosity
@click.pass_obj
def extract(obj: Ctx, sources: tuple[str, ...], fmt: str, output: str, base: str, jobs: int) -> None:
    """Print what one document yields, or write the graphs of many as N-Quads (a shard).

    With --format json or table, SOURCES is one file and every fact is printed with its character span
    and rule; --format jsonl prints the same for files and folders, one document per line. With --format nquads, SOURCES are files and folders; their document graphs are written as
    N-Quads, ready for `kg load` into an embedded store or a SPARQL server (see docs/scale.md).

    \b
    Examples:
      kg extract data/sample/001_council-rated-inadequate.txt --format json
      kg extract data/sample --format jsonl -o sample.jsonl
      kg extract corpus/part-07 --format nquads -o shards/part-07.nq -j 2
    """
    if fmt == "nquads":
        from .shard import write_shard

        sys.exit(write_shard(obj, list(sources), output, base, jobs))
    from .shard import open_text

    if fmt == "jsonl":
        from .ingest import SourceError, discover, read

        failed = False
        with open_text(output) as out:
            for src in discover(list(sources)):
                try:
                    if isinstance(src, SourceError):
                        raise src
                    doc = read(src)
                except SourceError as exc:
                    click.echo(f"error: {exc}", err=True)
                    failed = True
                    continue
                out.write(json.dumps(_facts(doc), ensure_ascii=False) + "\n")
        sys.exit(EXIT_PARTIAL if failed else 0)
    if len(sources) != 1 or os.path.isdir(sources[0]):
        _fail(f"--format {fmt} reads one file (use --format nquads or jsonl for several files or folders)",
              EXIT_USAGE)

    with open_text(output) as out:
        _extract_one(sources[0], fmt, out)


def _facts(doc) -> dict:
    """Every fact one document yields, as plain JSON-ready data."""
    from .extract import extract as run_extract

    x = run_extract(doc)
    return {
        "document": {"id": doc.id, "path": doc.path, "title": doc.title, "date": doc.date, "format": doc.format,
                     "length": len(doc.text)},
        "organisations": [asdict(o) | {"aliases": sorted(o.aliases)} for o in x.orgs.values()],
        "people": [asdict(p) for p in x.people.values()],
        "posts": [asdict(p) for p in x.posts],
        "places": [asdict(p) for p in x.places.values()],
        "inspections": [asdict(i) for i in x.inspections],
        "judgements": [asdict(j) for j in x.judgements],
        "quotes": [asdict(q) for q in x.quotes],
        "recommendations": [asdict(r) for r in x.recommendations],
    }


def _extract_one(file: str, fmt: str, output) -> None:
    from pathlib import Path

    from .ingest import SUFFIXES, Source, SourceError, read

    fmt_in = SUFFIXES.get(Path(file).suffix.lower(), "txt")
    try:
        doc = read(Source(file, fmt_in))
    except SourceError as exc:
        _fail(str(exc))
    data = _facts(doc)
    if fmt == "json":
        output.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return
    for section in ("organisations", "people", "posts", "places", "inspections", "judgements", "quotes",
                    "recommendations"):
        output.write(f"== {section} ({len(data[section])})\n")
        for item in data[section]:
            ev = item.get("evidence")
            span = ev[0] if isinstance(ev, list) and ev else ev
            where = f"  [{span['start']}:{span['end']} {span['rule']}]" if span else ""
            brief = {k: v for k, v in item.items() if k not in ("evidence",) and v not in ("", [], None)}
            output.write(f"  {json.dumps(brief, ensure_ascii=False)[:200]}{where}\n")


from .viz import export_cmd, stats_cmd, viz_cmd  # noqa: E402

cli.add_command(viz_cmd, name="viz")
cli.add_command(stats_cmd, name="stats")
cli.add_command(export_cmd, name="export")

from .publish import publish_cmd  # noqa: E402

cli.add_command(publish_cmd, name="publish")

from .serve import serve_cmd  # noqa: E402

cli.add_command(serve_cmd, name="serve")

from .shard import load_cmd  # noqa: E402

cli.add_command(load_cmd, name="load")


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
