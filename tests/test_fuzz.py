"""Fuzzing the reader and the extractor: arbitrary text and HTML never raise, and every fact's span lies
inside its document, and every document still makes valid RDF."""

from __future__ import annotations

import csv
import dataclasses
import re
from pathlib import Path

from conftest import ROOT, SAMPLE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pyoxigraph import Dataset, RdfFormat, parse, serialize

from kg import frameworks
from kg.extract import extract
from kg.ingest import Source, SourceError, read
from kg.model import Document, Evidence
from kg.rdf import Iris, document_quads
from kg.resolve import resolve_one

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _vocabulary() -> list[str]:
    """Words the rules react to: lexicon names, grades, roles, aspects, kinds, and sentences of the sample."""
    words: set[str] = set()
    frames = frameworks.load()
    words.update(n for g in frames.grades() for n in g.names)
    words.update(a.label for f in frames.ordered() for a in f.aspects[:6])
    for name, cols in [("organisations.csv", ("label",)), ("roles.csv", ("label",)),
                       ("inspection_kinds.csv", ("label",)), ("places.csv", ("label",))]:
        with open(ROOT / "kg" / "resources" / "lexicons" / name, encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if i < 60:
                    words.update(row[c] for c in cols if row.get(c))
    for p in sorted(SAMPLE.iterdir()):
        text = re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))
        words.update(s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 3 < len(s.strip()) < 300)
    words.update(['"', "“", "”", "‘", "’", "said", "rated", "was rated", "judged", "Recommendation 1:", "1.", "(a)",
                  "Chief Inspector", "Mr", "Dr", "Ms", "Published:", "January 2023", "12/03/2024", "2021",
                  "\u202e", "\u200b", "\ufeff", "\r\n", "\t", "—", "…", "&amp;", "<b>", "{", "}", "\\", '"""'])
    return sorted(words)


VOCAB = _vocabulary()
PIECE = st.one_of(st.sampled_from(VOCAB), st.text(max_size=30),
                  st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
SEP = st.sampled_from([" ", " ", "\n", "\n\n", ". ", ", ", ": ", '"', " “", "” ", ""])
TEXT = st.lists(st.tuples(PIECE, SEP), max_size=40).map(lambda xs: "".join(a + b for a, b in xs))


def evidences(obj) -> list[Evidence]:
    """Every Evidence reachable from an extraction (dataclasses, lists, dicts, sets)."""
    out: list[Evidence] = []
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, Evidence):
            out.append(o)
        elif isinstance(o, Document):
            continue
        elif dataclasses.is_dataclass(o):
            stack.extend(getattr(o, f.name) for f in dataclasses.fields(o))
        elif isinstance(o, dict):
            stack.extend(o.values())
        elif isinstance(o, list | tuple | set):
            stack.extend(o)
    return out


def check_document(doc: Document) -> None:
    x = extract(doc)
    n = len(doc.text)
    for ev in evidences(x):
        assert isinstance(ev.start, int) and isinstance(ev.end, int), ev
        assert 0 <= ev.start <= ev.end <= n, (ev, n)
    # The facts also make RDF that serialises and parses back whole.
    keys, years = resolve_one(x, {})
    quads = list(document_quads(x, Iris(), keys, years))
    data = serialize(quads, format=RdfFormat.N_QUADS)
    assert len(Dataset(parse(data, format=RdfFormat.N_QUADS))) == len(Dataset(quads))


@FUZZ
@given(TEXT)
def test_extract_survives_arbitrary_text(text):
    check_document(Document(id="f" * 32, path="fuzz.txt", text=text, title=text[:50]))


@FUZZ
@given(st.text(max_size=400))
def test_extract_survives_raw_unicode(text):
    check_document(Document(id="f" * 32, path="fuzz.txt", text=text))


# Arbitrary HTML: well-formed trees, broken markup, entities, scripts and attributes.
TAG = st.sampled_from(["p", "div", "span", "a", "b", "i", "h1", "h2", "li", "ul", "table", "tr", "td", "script",
                       "style", "nav", "article", "main", "blockquote", "br", "meta", "title", "time", "svg",
                       "template", "iframe", "noscript", "x-custom"])
ATTR = st.tuples(st.sampled_from(["class", "id", "href", "content", "property", "name", "datetime", "onload",
                                  "style", "type"]),
                 st.one_of(st.sampled_from(["article:published_time", "og:title", "2023-05-01", "javascript:x()",
                                            "application/ld+json"]), st.text(max_size=15)))
INLINE = st.one_of(st.sampled_from(VOCAB), st.text(max_size=20),
                   st.sampled_from(["&amp;", "&lt;", "&#x202e;", "&#0;", "&#xD800;", "&nbsp;", "&bogus;", "<!--",
                                    "-->", "<![CDATA[", "]]>", "</", "<", ">", "<!doctype html>", "<?xml ?>"]))


def _element(children):
    return st.tuples(TAG, st.lists(ATTR, max_size=3), st.lists(children, max_size=5)).map(
        lambda t: f"<{t[0]}" + "".join(f' {k}="{v}"' for k, v in t[1]) + ">" + "".join(t[2]) + f"</{t[0]}>")


HTML = st.tuples(st.booleans(), st.recursive(INLINE, _element, max_leaves=40)).map(
    lambda t: f"<html><head><title>x</title></head><body>{t[1]}</body></html>" if t[0] else t[1])


@FUZZ
@given(HTML)
@example("<p>\x1f<script></script>\t</p>")  # lxml refused to rejoin text with a control character
@example("<div>" * 3000 + "Ofsted rated Suffolk County Council inadequate." + "</div>" * 3000)
def test_html_reader_and_extractor_survive_arbitrary_html(tmp_path_factory, page):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "page.html"
    path.write_text(page, encoding="utf-8", errors="surrogatepass")
    try:
        doc = read(Source(str(path), "html"))
    except SourceError as exc:
        assert "\n" not in str(exc)
        return
    assert doc.text.strip()
    check_document(doc)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(["txt", "md", "html"]))
def test_reader_survives_arbitrary_bytes(tmp_path_factory, data, fmt):
    path = Path(tmp_path_factory.mktemp("fuzz")) / f"file.{fmt}"
    path.write_bytes(data)
    try:
        doc = read(Source(str(path), fmt))
    except SourceError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    assert doc.text.strip() and "\x00" not in doc.text
    check_document(doc)
