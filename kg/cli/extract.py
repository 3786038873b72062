"""`kg extract`: what documents yield, as JSON or a table, or their graphs as an N-Quads shard."""

from __future__ import annotations

import json
import os
import sys

import click

from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    Ctx,
    base_option,
    fail,
    format_option,
    jobs_option,
    open_binary_atomic,
    open_output,
    output_option,
    progress,
    verbosity,
)

SECTIONS = ("organisations", "people", "posts", "places", "inspections", "judgements", "quotes", "recommendations")


@click.command("extract")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@format_option(["json", "jsonl", "table", "nquads"], "json",
               help="json/table: every fact of ONE file with its span and rule; jsonl: the same for files and "
                    "folders, one document per line; nquads: their graphs, a shard for `kg load`.")
@output_option(help="Write here (default stdout).")
@base_option("Base IRI under which entity IRIs are minted (nquads).")
@jobs_option("Worker processes (nquads).")
@verbosity
def command(obj: Ctx, sources: tuple[str, ...], fmt: str, output: str, base: str, jobs: int) -> None:
    """Print what one document yields, or write the graphs of many as N-Quads (a shard).

    With --format json or table, SOURCES is one file (or - for text on standard input; HTML when it
    starts with "<") and every fact is printed with its character span and rule; --format jsonl prints
    the same for files and folders, one document per line. With --format
    nquads, SOURCES are files and folders; their document graphs are written as N-Quads, ready for
    `kg load` into an embedded store or a SPARQL server (see docs/scale.md).

    \b
    Examples:
      kg extract data/sample/001_council-rated-inadequate.txt --format json
      echo "Ofsted rated Anytown Council inadequate." | kg extract - --format table
      kg extract data/sample --format jsonl -o sample.jsonl
      kg extract corpus/part-07 --format nquads -o shards/part-07.nq -j 2
    """
    if "-" in sources and (fmt in ("nquads", "jsonl") or len(sources) != 1):
        fail("- (standard input) is read alone, with --format json or table", EXIT_USAGE)
    if fmt == "nquads":
        sys.exit(_shard(obj, list(sources), output, base, jobs))
    if fmt == "jsonl":
        sys.exit(_jsonl(list(sources), output))
    if len(sources) != 1 or os.path.isdir(sources[0]):
        fail(f"--format {fmt} reads one file (use --format jsonl or --format nquads for several files or folders)",
             EXIT_USAGE)
    _one(sources[0], fmt, output)


def _shard(obj: Ctx, sources: list[str], output: str, base: str, jobs: int) -> int:
    """`kg extract SOURCES --format nquads -o FILE`: the exit status."""
    from ..build import extract_nquads

    try:
        with progress(obj, "extracting") as bar, open_binary_atomic(output) as out:
            report = extract_nquads(sources, out, base, n_process=jobs, progress=bar, warn=bar.warn)
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})")
    obj.info(report.summary().replace("written", "extracted"))
    if report.read == 0:
        if not report.failed:
            click.echo("error: no sources found (.txt, .md, .html)", err=True)
        return EXIT_FAILED
    return EXIT_PARTIAL if report.failed else EXIT_OK


def _jsonl(sources: list[str], output: str) -> int:
    from ..facts import facts
    from ..ingest import SourceError, discover, read

    failed = False
    with open_output(output) as out:
        for src in discover(sources):
            try:
                if isinstance(src, SourceError):
                    raise src
                doc = read(src)
            except SourceError as exc:
                click.echo(f"error: {exc}", err=True)
                failed = True
                continue
            data = facts(doc)
            if data["document"].get("incomplete"):
                click.echo(f"warning: {doc.path}: extraction stopped in {data['document']['incomplete']}", err=True)
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
    return EXIT_PARTIAL if failed else EXIT_OK


def _one(file: str, fmt: str, output: str) -> None:
    from pathlib import Path

    from ..facts import facts
    from ..ingest import SUFFIXES, Source, SourceError, from_bytes, read

    try:
        if file == "-":
            data = sys.stdin.buffer.read()
            doc = from_bytes(Source("<stdin>", "html" if data.lstrip()[:1] == b"<" else "txt"), data)
        else:
            doc = read(Source(file, SUFFIXES.get(Path(file).suffix.lower(), "txt")))
    except SourceError as exc:
        fail(str(exc))
    data = facts(doc)
    if data["document"].get("incomplete"):
        click.echo(f"warning: {doc.path}: extraction stopped in {data['document']['incomplete']}", err=True)
    with open_output(output) as out:
        if fmt == "json":
            out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            return
        for section in SECTIONS:
            out.write(f"== {section} ({len(data[section])})\n")
            for item in data[section]:
                ev = item.get("evidence")
                span = ev[0] if isinstance(ev, list) and ev else ev
                where = f"  [{span['start']}:{span['end']} {span['rule']}]" if span else ""
                brief = {k: v for k, v in item.items() if k not in ("evidence",) and v not in ("", [], None)}
                out.write(f"  {json.dumps(brief, ensure_ascii=False)[:200]}{where}\n")
