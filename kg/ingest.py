"""Read source files into Documents: plain text, Markdown and HTML (main content only)."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import frameworks
from .dates import document_date, parse_date
from .model import Document

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# Limits on what one source may be (docs/exit-codes.md): larger sources are skipped with a message rather
# than exhausting memory or holding the build for minutes. News articles are a few kB to a few hundred kB.
MAX_BYTES = 16 * 1024 * 1024  # raw file size (HTML pages carry a lot of markup)
MAX_CHARS = 500_000  # text left to extract from, after decoding and HTML reduction


class SourceError(Exception):
    """A source that cannot be read; the message names the problem in one line."""


def shown(text: str) -> str:
    """Text fit for one line of a terminal: control, bidi-override and undecodable characters escaped.

    File names may hold newlines or U+202E (which would forge or reorder a message line), and bytes that
    are not UTF-8 (which Python keeps as lone surrogates)."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
            out.append(f"\\x{o - 0xDC00:02x}")
        elif ch == "\\" or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(ch.encode("unicode_escape").decode("ascii") if o < 0x10000 else f"\\U{o:08x}")
        else:
            out.append(ch)
    return "".join(out)


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
                    if name.startswith("."):
                        continue
                    # Path(name).suffix, without making a Path of each of 10,000 names
                    dot = name.rfind(".")
                    fmt = SUFFIXES.get(name[dot:].lower()) if 0 < dot < len(name) - 1 else None
                    if fmt:
                        yield Source(os.path.join(root, name), fmt)
        elif p.exists() or p.is_symlink():
            fmt = SUFFIXES.get(p.suffix.lower())
            if fmt is None:
                yield SourceError(f"{shown(raw)}: unsupported file type {shown(p.suffix) or '(none)'!r} "
                                  "(use .txt, .md, .html)")
            else:
                yield Source(str(p), fmt)
        else:
            yield SourceError(f"{shown(raw)}: no such file or folder")


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise SourceError(f"{path}: empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(f"{path}: invalid UTF-16 ({exc.reason} at byte {exc.start})") from None
    else:
        if data[:4] == b"PK\x03\x04" or data[:2] == b"\x1f\x8b" or data[:5] == b"%PDF-":
            raise SourceError(f"{path}: binary file (an archive or PDF), not text")
        if b"\x00" in data[:8192]:
            raise SourceError(f"{path}: binary file (NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SourceError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    if "\x00" in text:  # binary that happens to decode (junk after a UTF-16 BOM, NULs past the sniffed part)
        raise SourceError(f"{path}: binary file (NUL characters), not text")
    if not text.strip():
        raise SourceError(f"{path}: empty file")
    return text


def _clean(text: str) -> str:
    # Normalise line ends and non-breaking spaces; keep everything else so spans stay meaningful.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")


# A paragraph that opens in capitals, as many papers set their first words ("ST MARGARET'S Somerset Hospice has
# ...", "THE head teacher of ..."): those words in title case, so that names are read as names. Letters keep
# their places, so every span stays where it was.
_LEAD_CAPS = re.compile(r"(?m)^((?:[A-Z][A-Z’']*,?[ \t]+){1,5})(?=[A-Za-z])")
_FUNCTION_CAPS = {"THE", "A", "AN", "IN", "AT", "ON", "AFTER", "WHEN", "FOR", "OF", "AND"}


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The places of one word the lexicon knows, in lower case ("moray", "largs")."""
    from .lexicon import load

    lex = load()
    return frozenset(n.lower() for p in lex.places.values() for n in (p.label, *p.aliases) if n and " " not in n)


@lru_cache(maxsize=1)
def _initials() -> frozenset[str]:
    """Names the lexicon writes in capitals ("NICE", "RQIA"): initials, never a word set in capitals."""
    from .lexicon import load

    lex = load()
    return frozenset(n for o in lex.orgs.values() for n in (o.label, *o.aliases) if n.isupper() and " " not in n)


def _lead_word(piece: str, first: bool) -> str:
    """One word of a lead set in capitals, as it would be written in the sentence (initials kept)."""
    w = piece.rstrip(",")
    if not w.strip() or not re.search(r"[AEIOUY]", w) or len(w) <= 1 and not first:
        return piece  # spaces, initials ("NHS", "CQC")
    if first or w.lower() in _place_words():
        return piece[:1] + piece[1:].lower()
    return piece.lower()


def _lead_capitals(text: str) -> str:
    def title(m: re.Match) -> str:
        words = [w.rstrip(",") for w in m.group(1).split()]
        nxt = re.match(r"\w+", text[m.end():])
        rest = nxt.group(0) if nxt and len(nxt.group(0)) > 1 else ""
        if words[0] in ("A", "AN", "THE") and len(words) >= 2 and rest[:1].islower():
            # "A CARE home in Largs", "A COUNCIL’S home support service", "THE TEAM leader of": the sentence goes on
            # in lower case, so the words set in capitals are ordinary words (a place's name keeps its capital)
            return "".join(_lead_word(piece, n == 0) for n, piece in enumerate(re.split(r"(\s+)", m.group(1))))
        # a word, not an acronym: a long word with two vowels or a possessive, or a small word of grammar
        # ("HMYOI Werrington": "HM" and a consonant open the initials of His Majesty's bodies, no word)
        # ("WOOD Green School has been graded ...": a short word that a name in title case goes on from, when it
        # is no initials the lexicon knows)
        wordy = [w for w in words if w in _FUNCTION_CAPS or re.search(r"[’']S$", w) or
                 len(w) >= 5 and len(re.findall(r"[AEIOUY]", w)) >= 2 and not re.match(r"HM[^AEIOU]", w)
                 or len(words) == 1 and len(w) == 4 and len(re.findall(r"[AEIOUY]", w)) >= 2 and rest[:1].isupper()
                 and rest[1:2].islower() and w not in _initials()]
        if not wordy or len(wordy) < len(words) and not all(w in _FUNCTION_CAPS or len(w) <= 3 for w in words
                                                            if w not in wordy) or rest.isupper():
            return m.group(0)
        name_goes_on = bool(rest) and rest[:1].isupper() and not any(w in _FUNCTION_CAPS for w in words[1:])
        out = []
        for n, piece in enumerate(re.split(r"(\s+)", m.group(1))):
            w = piece.rstrip(",")
            # ("A MORAY SECONDARY SCHOOL has ...": what the words were is unknown; "ST MARGARET'S Somerset
            # Hospice": a name that goes on in title case; "PATIENTS AT Oakfield": no name runs over "at")
            # ("DEVON and Cornwall's Police and Crime Commissioner": a place's name, whatever follows it)
            if n == 0 and w in _FUNCTION_CAPS or name_goes_on and (w in wordy or w in ("ST", "DR", "MR", "MRS", "MS")) \
                    or w in wordy and w.lower() in _place_words():
                piece = piece[:1] + piece[1:].lower()
            out.append(piece)
        return "".join(out)
    return _LEAD_CAPS.sub(title, text)


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
    import lxml.html
    import trafilatura

    try:
        # The text is decoded already: say so, or libxml2 reads pages without <meta charset> as Latin-1.
        tree = lxml.html.document_fromstring(raw.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
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
    if not date:
        date = _byline_date(tree)
    raw = _grade_lists_as_paragraphs(tree) or raw
    text = trafilatura.extract(raw, include_tables=True, include_comments=False, include_links=False,
                               include_images=False, favor_recall=True, deduplicate=False,
                               with_metadata=False) or ""
    if not text.strip():
        # Pages too short for the extractor's heuristics: fall back to the body text.
        try:
            for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//form|//noscript"):
                bad.drop_tree()
            body = tree.xpath("//body")
            text = "\n".join(t.strip() for t in (body[0] if body else tree).itertext() if t.strip())
        except ValueError:  # lxml refuses to re-join text holding control characters: use the stream parser
            text = ""
    if not text.strip():
        # libxml2 stops at 256 levels of nesting and drops what lies deeper; a stream parser has no such limit.
        text = _stream_text(raw)
    return text, title, date


_BYLINE_CLASS = re.compile(r"\b(?:date|dateline|byline|meta|published|posted|timestamp|pubdate)\b", re.I)


def _byline_date(tree) -> str:
    """The date a page's byline or date element states ("<span class="date">Saturday 3 August 2024</span>"),
    which the text extractor drops with the rest of the page's furniture; never one inside the comments."""
    for el in tree.xpath("//body//*[@class]"):
        if not _BYLINE_CLASS.search(el.get("class", "")) or \
                any("comment" in (a.get("class", "") + " " + (a.get("id") or "")).lower() for a in el.iterancestors()):
            continue
        line = " ".join(" ".join(el.itertext()).split())
        if len(line) <= 120:
            got = document_date(line, 1)
            if got:
                return got
    return ""


def text_path(path: str) -> str:
    """A path as valid Unicode for the graph: bytes of a name that are not UTF-8 become \\xNN (stable)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def _read_bytes(path: str) -> bytes:
    """The bytes of a regular file, at most MAX_BYTES; anything else raises SourceError."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise SourceError(f"{shown(path)}: cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                    else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
                    else "a folder" if stat.S_ISDIR(st.st_mode) else "not a file")
            raise SourceError(f"{shown(path)}: not a regular file ({kind})")
        if st.st_size > MAX_BYTES:
            raise SourceError(f"{shown(path)}: too large ({st.st_size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        chunks, total = [], 0
        with os.fdopen(fd, "rb", closefd=False) as fh:
            while chunk := fh.read(1 << 20):
                chunks.append(chunk)
                total += len(chunk)
                if total > MAX_BYTES:  # the file grew while we read it
                    raise SourceError(f"{shown(path)}: too large (over {MAX_BYTES // 2**20} MB)")
        return b"".join(chunks)
    except OSError as exc:
        raise SourceError(f"{shown(path)}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
               "pre", "table", "ul", "ol", "dd", "dt", "main", "td", "th"}


def _stream_text(raw: str) -> str:
    """Visible text of a page by a streaming tokenizer (no tree, so no depth limit), one line per block."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in _SKIP_TAGS:
                self.skip += 1
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in _SKIP_TAGS:
                self.skip = max(0, self.skip - 1)
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(raw)
    parser.close()
    lines = (" ".join(ln.split()) for ln in "".join(parser.parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _grade_words() -> re.Pattern:
    """Any grade name of the frameworks (a list of them is a list of judgements)."""
    return _grade_words_in(frameworks.folders())


@lru_cache(maxsize=2)
def _grade_words_in(dirs: tuple) -> re.Pattern:
    return re.compile(rf"\b(?:{frameworks.load(dirs).word_pattern()})\b", re.I)


def _grade_lists_as_paragraphs(tree) -> str:
    """Lists and definition lists of grades ("Safe: Inadequate") as plain paragraphs: the main-text
    extractor drops short lists as boilerplate, and a <dl> loses its terms. Returns "" when nothing changed."""
    import lxml.html

    def as_paragraphs(old, texts: list[str]) -> None:
        div = lxml.html.Element("div")
        for t in texts:
            p = lxml.html.Element("p")
            p.text = t
            div.append(p)
        div.tail = old.tail
        old.getparent().replace(old, div)

    changed = False
    for dl in tree.xpath("//dl"):
        items = [f"{dt.text_content().strip()}: {dt.getnext().text_content().strip()}"
                 for dt in dl.xpath("./dt|./div/dt") if dt.getnext() is not None and dt.getnext().tag == "dd"]
        if items and any(_grade_words().search(i) for i in items):
            as_paragraphs(dl, items)
            changed = True
    for ul in tree.xpath("//ul|//ol"):
        texts = [li.text_content().strip() for li in ul.xpath("./li")]
        if sum(1 for t in texts if _grade_words().search(t) and len(t) < 160) >= 2:
            as_paragraphs(ul, texts)
            changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else ""


def read(source: Source) -> Document:
    """Read and decode one source; raises SourceError with a one-line reason."""
    return from_bytes(source, read_bytes(source))


def read_bytes(source: Source) -> bytes:
    """The raw bytes of one source (the build hashes them before deciding whether to parse)."""
    return _read_bytes(source.path)


def content_id(data: bytes) -> str:
    """The document id: a hash of the source's bytes, so the same bytes always give the same graph."""
    return hashlib.sha256(data).hexdigest()[:32]


def from_bytes(source: Source, data: bytes) -> Document:
    """Decode and reduce the bytes of one source to a Document; raises SourceError with a one-line reason."""
    path = source.path
    digest = hashlib.sha256(data).hexdigest()
    text = _clean(decode(data, shown(path)))
    title = date = ""
    if source.fmt == "md":
        text, title, date = _markdown(text)
    elif source.fmt == "html":
        text, title, date = _html(text, shown(path))
        text = _clean(text)
    if not text.strip():
        raise SourceError(f"{shown(path)}: no text found")
    text = _lead_capitals(text)
    if len(text) > MAX_CHARS:
        raise SourceError(f"{shown(path)}: too much text ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    if not title:
        # The first line that is more than a dateline, a byline or a label ("Press release").
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:8]
        first = next((ln for ln in lines if len(ln) >= 20 and not document_date(ln)
                      and not re.match(r"(?i)(?:by|posted by|press release|news|updated)\b", ln)),
                     lines[0] if lines else "")
        title = first if len(first) <= 200 else first[:197] + "..."
    if not date:
        date = document_date(text)
    return Document(id=digest[:32], path=text_path(path), text=text, title=title, date=date, format=source.fmt)
