"""Named queries (queries/*.rq), bindings, and result formatting (table, CSV, TSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from .resources import QUERIES_DIR as QUERIES
from .store import BaseStore, Result, StoreError, Term

FORMATS = ("table", "csv", "tsv", "json")


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


def cell(t: Term | None) -> str:
    return "" if t is None else t.value


def render(result: Result, fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.vars)
        for row in result.rows:
            w.writerow([cell(t).replace("\t", " ") if fmt == "tsv" else cell(t) for t in row])
        return buf.getvalue()
    if fmt == "json":
        bindings = []
        for row in result.rows:
            b = {}
            for n, t in zip(result.vars, row, strict=True):
                if t is None:
                    continue
                d = {"type": t.type, "value": t.value}
                if t.datatype:
                    d["datatype"] = t.datatype
                if t.lang:
                    d["xml:lang"] = t.lang
                b[n] = d
            bindings.append(b)
        return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    return table(result)


def table(result: Result, width: int = 60) -> str:
    def short(s: str) -> str:
        s = " ".join(s.split())
        return s if len(s) <= width else s[: width - 1] + "…"

    rows = [[short(cell(t)) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.vars)]
    line = "  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def run(store: BaseStore, query: str, bindings: dict[str, Term] | None = None) -> Result:
    return store.select(query, bindings)
