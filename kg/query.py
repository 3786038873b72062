"""Named queries (queries/*.rq), how a query is given on the command line, and --bind values."""

from __future__ import annotations

import re
from pathlib import Path

from .store import StoreError, Term

# The folder kg.resources.QUERIES_DIR names, found here without importlib.resources (which imports
# zipfile and lzma: a tenth of `kg query`'s start-up); tests/test_cli.py checks that both agree.
QUERIES = Path(__file__).resolve().parent / "resources" / "queries"


def named_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERIES.glob("*.rq"))}


def describe(path: Path) -> str:
    """The first comment line of a query file: what the query answers."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def load_query(spec: str) -> str:
    """QUERY as a path to a .rq file, the name of a query in queries/, '-' for stdin, or inline SPARQL."""
    import sys

    if spec == "-":
        return sys.stdin.read()
    p = Path(spec)
    if spec.endswith(".rq") or (p.suffix and p.exists()):
        if not p.exists():
            raise StoreError(f"{spec}: no such query file")
        return p.read_text(encoding="utf-8")
    named = named_queries()
    if spec in named:
        return named[spec].read_text(encoding="utf-8")
    if re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", spec, re.I):
        return spec
    raise StoreError(f"{spec!r} is not a query file, a named query ({', '.join(named)}) or SPARQL")


def parse_binding(text: str) -> tuple[str, Term]:
    """name=value: <...> is an IRI, anything else a plain string literal."""
    if "=" not in text:
        raise ValueError(f"--bind {text!r}: expected name=value")
    name, value = text.split("=", 1)
    name = name.strip().lstrip("?$")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"--bind {text!r}: {name!r} is not a variable name")
    if value.startswith("<") and value.endswith(">") and not re.search(r"[\s<>\"{}|\\^`]", value[1:-1]):
        return name, Term("uri", value[1:-1])
    return name, Term("literal", value)
