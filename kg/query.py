"""Named queries (queries/*.rq), how a query is given on the command line, and --bind values."""

from __future__ import annotations

import re
from pathlib import Path

from .store import BaseStore, StoreError, Term

# Strings, IRIs and comments: a '?name' inside them is not a variable.
_OPAQUE = re.compile(r"""'{3}(?:[^'\\]|\\.|'(?!''))*'{3}|"{3}(?:[^"\\]|\\.|"(?!""))*"{3}"""
                     r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>|#[^\n]*""", re.S)
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://www.w3.org/2004/02/skos/core#altLabel", "http://xmlns.com/foaf/0.1/name")


class QueryNotFound(StoreError):
    """QUERY names no query file and no named query (a usage error)."""


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
    import difflib

    near = difflib.get_close_matches(spec.lower(), list(named), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else f" (named queries: {', '.join(named)})"
    raise QueryNotFound(f"{spec!r} is not a query file, a named query or SPARQL{hint}")


def query_variables(text: str) -> set[str]:
    """The variable names a query mentions (outside strings, IRIs and comments)."""
    return set(re.findall(r"[?$]([A-Za-z_0-9\u00b7\u00c0-\uffff]+)", _OPAQUE.sub(" ", text)))


def syntax_report(text: str) -> str | None:
    """Where a query's syntax breaks, as 'line L, column C: expected ...' with the line and a caret under
    the place (parsed alone, so that the position is that of the text as written); None if it parses."""
    from pyoxigraph import Store

    try:
        Store().query(text)
        return None
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", message)
    if not m:
        return message
    line_no, col, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    # The parser lists character classes among what it expected: keep the words and punctuation.
    items = [i.strip() for i in re.sub(r"\[[^\]]*\]", "", expected.removeprefix("expected one of ")
                                       .removeprefix("expected ")).split(",")]
    items = [i for i in items if i and i != "[_]"]
    lines = text.splitlines() or [""]
    line = lines[min(line_no, len(lines)) - 1].expandtabs(1)
    caret = " " * max(0, min(col - 1, len(line))) + "^"
    said = f": expected {', '.join(items[:8])}{', ...' if len(items) > 8 else ''}" if items else ""
    return f"syntax error at line {line_no}, column {col}{said}\n  {line}\n  {caret}"


def label_hints(store: BaseStore, bindings: dict[str, Term]) -> list[str]:
    """For each bound string that no triple holds as a value: the labels nearest to it in the store."""
    import difflib

    hints = []
    labels: dict[str, str] | None = None
    for name, term in sorted(bindings.items()):
        if term.type != "literal" or store.ask(f"ASK {{ ?s ?p {term.n3()} }}"):
            continue
        if labels is None:
            alts = "|".join(f"<{p}>" for p in LABELS)
            rows = store.select(f"SELECT DISTINCT ?l WHERE {{ ?s {alts} ?l }}").rows
            labels = {}
            for v in sorted(r[0].value for r in rows if r[0] is not None):
                labels[v.lower()] = labels[v.lower()] + " / " + v if v.lower() in labels else v
        near = difflib.get_close_matches(term.value.lower(), list(labels), n=3, cutoff=0.6)
        near += [k for k in labels if term.value.lower() in k and k not in near][: 3 - len(near)]
        if near:
            hints.append(f"no value in the store is {term.value!r} (--bind {name}); nearest labels: "
                         + ", ".join(labels[k] for k in near))
        else:
            hints.append(f"no value in the store is {term.value!r} (--bind {name}), nor any label near it")
    return hints


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
