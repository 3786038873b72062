"""The `kg` command line: a group whose commands live one per module, imported only when run."""

from __future__ import annotations

import importlib

import click

from .. import __version__
from .common import Ctx

# Command name -> module in kg.cli that defines `command` (kept lazy: `kg query` never imports spaCy,
# rdflib, the site writer or the web server).
COMMANDS = {
    "build": "build", "extract": "extract", "load": "load", "query": "query", "queries": "queries",
    "validate": "validate", "publish": "publish", "serve": "serve", "viz": "viz", "stats": "stats",
    "export": "export",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMANDS.get(name)
        if module is None:
            return None
        return importlib.import_module(f"{__name__}.{module}").command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


def main() -> None:
    cli(prog_name="kg")
