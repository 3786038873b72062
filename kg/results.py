"""SELECT and ASK results written out: a table, CSV, TSV, SPARQL JSON and XML (for `kg query` and `kg serve`).

Two flavours share one writer per format. For people (`kg query`): JSON indented, CSV and TSV with plain
values and one newline per row, and an aligned table. For the SPARQL 1.1 Protocol (`kg serve`): the W3C
results formats exactly (compact JSON, CSV with CRLF, TSV with terms in N-Triples syntax).
"""

from __future__ import annotations

import re

from .store import Result, Term

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(t: Term) -> dict:
    """One term as SPARQL JSON (a plain string literal carries no datatype, a tagged one only its tag)."""
    d = {"type": t.type, "value": t.value}
    if t.type == "literal":
        if t.lang:
            d["xml:lang"] = t.lang
        elif t.datatype and t.datatype != XSD_STRING:
            d["datatype"] = t.datatype
    return d


def escape(text: str, quote: bool = True) -> str:
    """XML escaping (html.escape without importing html.entities at start-up)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text


def term_xml(t: Term) -> str:
    v = escape(t.value, False)
    if t.type == "uri":
        return f"<uri>{v}</uri>"
    if t.type == "bnode":
        return f"<bnode>{v}</bnode>"
    if t.lang:
        return f'<literal xml:lang="{escape(t.lang)}">{v}</literal>'
    if t.datatype and t.datatype != XSD_STRING:
        return f'<literal datatype="{escape(t.datatype)}">{v}</literal>'
    return f"<literal>{v}</literal>"


def plain(t: Term | None) -> str:
    """The value of a cell as text: '' when unbound, _:id for a blank node."""
    if t is None:
        return ""
    return f"_:{t.value}" if t.type == "bnode" else t.value


def _csv_cell(v: str) -> str:
    return '"' + v.replace('"', '""') + '"' if re.search(r'[",\r\n]', v) else v


def write_csv(result: Result, protocol: bool = False) -> str:
    end = "\r\n" if protocol else "\n"
    lines = [",".join(_csv_cell(n) for n in result.vars)]
    lines += [",".join(_csv_cell(plain(t)) for t in row) for row in result.rows]
    if not protocol and len(result.vars) == 1:  # a lone empty cell is written "" so the row is not lost
        lines = [line or '""' for line in lines]
    return end.join(lines) + end


def write_tsv(result: Result, protocol: bool = False) -> str:
    if protocol:  # terms as in N-Triples, variables with their '?'
        lines = ["\t".join("?" + n for n in result.vars)]
        lines += ["\t".join("" if t is None else t.n3() for t in row) for row in result.rows]
    else:
        lines = ["\t".join(result.vars)]
        lines += ["\t".join(" ".join(plain(t).split("\t")) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def write_json(result: Result, protocol: bool = False) -> str:
    bindings = [{n: term_json(t) for n, t in zip(result.vars, row, strict=True) if t is not None}
                for row in result.rows]
    import json

    data = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
    if protocol:
        return json.dumps(data, ensure_ascii=False)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_xml(result: Result, protocol: bool = True) -> str:
    head = "".join(f'<variable name="{escape(n)}"/>' for n in result.vars)
    body = []
    for row in result.rows:
        cells = "".join(f'<binding name="{escape(n)}">{term_xml(t)}</binding>'
                        for n, t in zip(result.vars, row, strict=True) if t is not None)
        body.append(f"<result>{cells}</result>")
    return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{''.join(body)}</results></sparql>\n")


def write_table(result: Result, protocol: bool = False, width: int = 60) -> str:
    def short(s: str) -> str:
        s = " ".join(s.split())
        return s if len(s) <= width else s[: width - 1] + "…"

    rows = [[short(plain(t)) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.vars)]
    line = "  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


WRITERS = {"table": write_table, "csv": write_csv, "tsv": write_tsv, "json": write_json, "xml": write_xml}


def write_select(result: Result, fmt: str, protocol: bool = False) -> str:
    """A SELECT result in FMT: table, csv, tsv, json or xml."""
    return WRITERS[fmt](result, protocol)


def write_boolean(value: bool, fmt: str) -> str:
    """An ASK result as SPARQL JSON or XML."""
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    import json

    return json.dumps({"head": {}, "boolean": bool(value)})
