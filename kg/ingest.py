"""Read source files into Documents: plain text, Markdown and HTML (main content only)."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .dates import document_date, parse_date
from .model import Document

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MAX_BYTES = 64 * 1024 * 1024  # larger files are refused rather than exhausting memory


class SourceError(Exception):
    """A source that cannot be read; the message names the problem in one line."""


@dataclass
class Source:
    path: str
    fmt: str


def discover(paths: list[str]) -> Iterator[Source | SourceError]:
    """Every readable source under the given files and folders, in a stable (sorted) order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=False):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    fmt = SUFFIXES.get(Path(name).suffix.lower())
                    if fmt and not name.startswith("."):
                        yield Source(os.path.join(root, name), fmt)
        elif p.exists() or p.is_symlink():
            fmt = SUFFIXES.get(p.suffix.lower())
            if fmt is None:
                yield SourceError(f"{raw}: unsupported file type {p.suffix or '(none)'!r} (use .txt, .md, .html)")
            else:
                yield Source(str(p), fmt)
        else:
            yield SourceError(f"{raw}: no such file or folder")


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise SourceError(f"{path}: empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(f"{path}: invalid UTF-16 ({exc.reason} at byte {exc.start})") from None
    if data[:4] in (b"PK\x03\x04", b"\x1f\x8b\x08\x00"[:4]) or data[:5] == b"%PDF-":
        raise SourceError(f"{path}: binary file (an archive or PDF), not text")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    return text


def _clean(text: str) -> str:
    # Normalise line ends and non-breaking spaces; keep everything else so spans stay meaningful.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def _markdown(text: str) -> tuple[str, str, str]:
    title = date = ""
    m = _FRONT.match(text)
    if m:
        import yaml

        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict):
            title = str(meta.get("title") or "")
            date = parse_date(str(meta.get("date") or meta.get("published") or ""))
        text = text[m.end():]
    return text, title, date


_META_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
                   "dcterms.created", "dcterms.date", "dc.date.issued", "pubdate", "publishdate",
                   "publication_date", "sailthru.date", "article.published")


def _html(raw: str, path: str) -> tuple[str, str, str]:
    import json

    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(raw.encode("utf-8", "surrogatepass"))
    except Exception as exc:  # lxml raises several types on broken markup
        raise SourceError(f"{path}: cannot parse HTML ({exc})") from None
    title = ""
    for xp in ('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"):
        got = [t.strip() for t in tree.xpath(xp) if t.strip()]
        if got:
            title = got[0]
            break
    date = ""
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATE_KEYS:
            date = parse_date(meta.get("content", ""))
            if date:
                break
    if not date:
        for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
            m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script)
            if m:
                date = parse_date(m.group(1))
                break
    if not date:
        for t in tree.xpath("//time/@datetime")[:1]:
            date = parse_date(t)
    text = trafilatura.extract(raw, include_tables=True, include_comments=False, include_links=False,
                               include_images=False, favor_recall=True, deduplicate=False,
                               with_metadata=False) or ""
    if not text.strip():
        # Pages too short for the extractor's heuristics: fall back to the body text.
        for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//form|//noscript"):
            bad.drop_tree()
        body = tree.xpath("//body")
        text = "\n".join(t.strip() for t in (body[0] if body else tree).itertext() if t.strip())
    del json
    return text, title, date


def read(source: Source) -> Document:
    """Read and decode one source; raises SourceError with a one-line reason."""
    path = source.path
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise SourceError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except SourceError:
        raise
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    digest = hashlib.sha256(data).hexdigest()
    text = _clean(decode(data, path))
    title = date = ""
    if source.fmt == "md":
        text, title, date = _markdown(text)
    elif source.fmt == "html":
        text, title, date = _html(text, path)
        text = _clean(text)
    if not text.strip():
        raise SourceError(f"{path}: no text found")
    if not title:
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        title = first if len(first) <= 200 else first[:197] + "..."
    if not date:
        date = document_date(text)
    return Document(id=digest[:32], path=path, text=text, title=title, date=date, format=source.fmt)
