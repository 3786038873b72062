"""Rule-based extraction of bodies, people, posts, places, inspections, judgements, quotations and
recommendations from one document, each fact with its character span and the rule that found it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from .dates import find_dates
from .lexicon import Lexicon, load, norm, slug
from .model import (
    Document,
    Evidence,
    Extraction,
    Inspection,
    Judgement,
    Org,
    Person,
    Place,
    Post,
    Quote,
    Recommendation,
)
from .nlp import pipeline

# ---------------------------------------------------------------- page furniture

_FURNITURE_LINE = re.compile(
    r"^\s*(?:(?:picture|photo|photograph|image|main image|illustration)s?(?:\s+credit)?\s*[:\-–|]|"
    r"credit\s*:|©|copyright\b|all rights reserved|(?:\d+\s+)?comments?\b|no comments|leave a (?:comment|reply)|"
    r"add (?:a|your) comment|read the rules|please report|report (?:this )?comment|share (?:this|on|via)\b|"
    r"share\s*$|follow us|sign up|subscribe|newsletter|related(?: articles| stories| content| links)?\s*:?\s*$|"
    r"read more|more on this|you may also like|you might also like|most read|most popular|permanent link|"
    r"source\s*:|tags?\s*:|filed under|categor(?:y|ies)\s*:|posted (?:by|in|on)\b|"
    r"(?-i:[Bb]y\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?:\s*$|\s*[,|–—-].{0,80}$)|"
    r"(?:written|reporting) by\b|click here|log (?:on|in)\b|to read\b|we use cookies|this (?:site|website) uses cookies|"
    r"accept (?:all )?cookies|cookie|advertisement|skip to|back to top|print this|email this|tweet|"
    r"(?:facebook|twitter|linkedin|whatsapp|instagram)\b|the full report can be found|download the (?:full )?report)",
    re.I,
)
_FURNITURE_SECTION = re.compile(
    r"^\s*(?:comments?(?:\s*[:(].*)?|related(?: articles| stories| content| links)?|read more|more (?:stories|on this)|"
    r"you (?:may|might) also like|most read|leave a (?:comment|reply)|share this(?: post| article)?)\s*:?\s*$", re.I)


def furniture(text: str) -> list[tuple[int, int]]:
    """Character ranges of picture credits, comment rules, sharing and related-article lists."""
    out: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        start = offsets[i]
        if _FURNITURE_SECTION.match(line) and start > len(text) * 0.4:
            out.append((start, len(text)))
            break
        if _FURNITURE_LINE.match(line) and len(line) < 400:
            out.append((start, start + len(line)))
    return out


# ---------------------------------------------------------------- quotations

OPEN = "“\""
CLOSE = {"“": "”", "\"": "\""}


@dataclass
class QuoteSpan:
    pieces: list[tuple[int, int]]  # inner text ranges (without the marks)
    outer: tuple[int, int]  # with the marks
    colon_intro: bool = False
    speaker: str = ""
    rule: str = ""

    @property
    def start(self) -> int:
        return self.outer[0]

    @property
    def end(self) -> int:
        return self.outer[1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


_SAID_COLON = re.compile(
    r"\b(?:said|says|added|adds|commented|comments|explained|explains|stated|states|warned|continued|"
    r"told [A-Z]\w+(?: [A-Z]\w+)*|welcomed [^:]{0,120}|responded|replied|noted|wrote)\s*:\s*$", re.I)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quotation spans: straight or curly double quotes, quotations running over several paragraphs,
    and text after "X said:" that has no quote marks at all."""
    paras = _paragraphs(text)
    quotes: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for idx, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        i = 0
        if carry is not None and para[:1] not in OPEN:
            carry = None
        while i < len(para):
            ch = para[i]
            if ch in OPEN:
                close = CLOSE[ch]
                if ch == "\"" and i > 0 and para[i - 1].isalnum():
                    i += 1
                    continue
                j = para.find(close if ch == "“" else "\"", i + 1)
                if ch == "“" and j < 0:
                    j = para.find("\"", i + 1)  # mixed marks are common in pasted text
                if j < 0:
                    # Open at paragraph end: the quotation continues if the next paragraph opens one.
                    piece = (ps + i + 1, pe)
                    nxt = paras[idx + 1] if idx + 1 < len(paras) else None
                    if carry is not None and i == 0:
                        carry.pieces.append(piece)
                        carry.outer = (carry.outer[0], pe)
                    else:
                        carry = QuoteSpan([piece], (ps + i, pe))
                        quotes.append(carry)
                    if not (nxt and text[nxt[0]] in OPEN):
                        carry = None
                    break
                piece = (ps + i + 1, ps + j)
                if carry is not None and i == 0:
                    carry.pieces.append(piece)
                    carry.outer = (carry.outer[0], ps + j + 1)
                    carry = None
                else:
                    quotes.append(QuoteSpan([piece], (ps + i, ps + j + 1)))
                i = j + 1
                continue
            i += 1
        else:
            if carry is not None and idx + 1 < len(paras) and text[paras[idx + 1][0]] not in OPEN:
                carry = None
        # "X said: words" with no quote marks runs to the end of the paragraph.
        for cm in re.finditer(r":[ \t]+(?=[A-Z‘'])", para):
            before = para[: cm.start() + 1]
            if _SAID_COLON.search(before) and not any(q.start <= ps + cm.end() < q.end for q in quotes):
                rest = (ps + cm.end(), pe)
                if text[rest[0]] not in OPEN and rest[1] - rest[0] > 20:
                    q = QuoteSpan([rest], rest, colon_intro=True)
                    quotes.append(q)
                    nxt = paras[idx + 1] if idx + 1 < len(paras) else None
                    if nxt and text[nxt[0]] in OPEN:
                        carry = q
                break
    quotes.sort(key=lambda q: q.start)
    return quotes


# ---------------------------------------------------------------- people

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "professor", "prof", "sir", "dame", "lord", "lady",
              "baroness", "baron", "cllr", "councillor", "rev", "revd", "reverend", "judge", "justice"}
SPEECH = {"said", "says", "added", "adds", "told", "explained", "commented", "welcomed", "warned",
          "admitted", "stated", "insisted", "acknowledged", "responded", "replied", "noted", "argued",
          "believes", "described", "wrote", "writes", "praised", "urged", "called", "confirmed", "stressed",
          "put", "puts", "answered", "answers", "recalled", "reflected", "conceded"}
NOT_NAME = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "we",
            "in", "on", "at", "for", "of", "and", "but", "or", "if", "when", "while", "after", "before", "as",
            "inspectors", "inspector", "council", "county", "city", "borough", "district", "children", "young",
            "people", "families", "services", "service", "social", "care", "report", "board", "chief", "executive",
            "director", "officer", "member", "cabinet", "leader", "deputy", "head", "chair", "chairman",
            "minister", "secretary", "government", "department", "ofsted", "cafcass", "family", "court", "law",
            "public", "private", "safeguarding", "child", "protection", "overall", "national", "regional",
            "local", "authority", "trust", "news", "online", "today", "yesterday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
            "dr", "professor", "cllr", "councillor", "sir", "dame", "lord", "lady", "baroness", "majesty", "majesty's", "hm", "commission", "inspectorate", "office", "agency", "partnership",
            "hospital", "police", "health", "education", "skills", "england", "wales", "britain", "uk", "read",
            "comments", "comment", "share", "related", "picture", "photo", "credit", "source", "what", "how",
            "why", "who", "where", "key", "findings", "recommendation", "recommendations", "letter", "visit",
            "inspection", "grade", "rating", "good", "outstanding", "inadequate", "requires", "improvement",
            "adequate", "satisfactory", "said", "says", "staff", "team", "teams", "legacy", "unit",
            "group", "hub", "plan", "programme", "framework", "strategy", "policy", "act", "bill", "street",
            "road", "house", "hall", "centre", "park", "school", "college", "university", "academy", "nhs",
            "i", "it", "he", "she", "they", "you", "there", "here", "mayor", "commissioner", "covid", "all",
            "some", "many", "most", "every", "each", "no", "not", "yes", "also", "just", "only", "further",
            "by", "from", "with", "to", "via", "per", "dear", "madam", "yours"}


def _is_name_token(tok) -> bool:
    return _name_word(tok.text)


@lru_cache(maxsize=65536)
def _name_word(t: str) -> bool:
    if not t[:1].isupper() or not any(c.isalpha() for c in t):
        return False
    if t.isupper() and len(t) > 1:
        return False  # acronyms and shouting headlines
    if t.lower() in NOT_NAME or t.lower().rstrip("s") in NOT_NAME:
        return False
    return bool(re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+", t))


@dataclass
class NameHit:
    start: int  # token indices of the name
    end: int
    honorific: str = ""
    outer: int = -1  # first token, the honorific included


PARTICLES = {"ap", "ab", "van", "von", "de", "da", "di", "du", "le", "la", "bin", "binti", "al", "el", "der", "den", "ter"}


def name_candidates(doc: Doc, blocked: set[int], soft: frozenset[int] = frozenset()) -> list[NameHit]:
    """Runs of two to four capitalised name-like tokens (or an honorific and one or more); double-barrelled
    surnames ("Osei-Bonsu") and particles ("ap Dafydd", "van der Berg") are part of the run."""
    hits = []
    i = 0
    n = len(doc)
    texts = [t.text for t in doc]  # plain lists: indexing a Doc builds a Token object each time
    spaces = [t.whitespace_ for t in doc]
    while i < n:
        tok = texts[i]
        hon = ""
        j = i
        if tok.lower().rstrip(".") in HONORIFICS and tok[:1].isupper():
            hon = tok.rstrip(".")
            j = i + 1
            if j < n and texts[j] == ".":
                j += 1
        k = j
        words = 0
        while k < n and words < 4:
            t = texts[k]
            if (k not in blocked or ((k > j or hon) and k in soft)) and _name_word(t):
                k += 1
                words += 1
            elif k > j and t in ("-", "‑") and not spaces[k - 1] and not spaces[k] \
                    and k + 1 < n and _name_word(texts[k + 1]):
                k += 2  # a double-barrelled surname
            elif k > j and t.lower() in PARTICLES and t.islower() and k + 1 < n \
                    and _name_word(texts[k + 1]) and k + 1 not in blocked:
                k += 1
                continue
            else:
                break
            if "\n" in spaces[k - 1]:
                break
        while k > j and texts[k - 1].lower() in PARTICLES:
            k -= 1
        count = sum(1 for t in texts[j:k] if _name_word(t))
        if count >= 2 or (hon and count >= 1):
            hits.append(NameHit(j, k, hon, i))
            i = k
        else:
            i += 1
    return hits


# ---------------------------------------------------------------- the extractor


@dataclass
class Ctx:
    doc: Document
    sp: Doc
    lex: Lexicon
    out: Extraction
    masked: list[tuple[int, int]]
    quotes: list[QuoteSpan] = field(default_factory=list)
    lex_spans: list[Span] = field(default_factory=list)
    council: str = ""  # the doc's own council (org key), for "the council"
    anchor: str = ""
    doc_dated: bool = False
    providers: dict[str, str] = field(default_factory=dict)  # care homes named by context: key -> town key

    def in_mask(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.masked)

    def in_quote(self, start: int) -> bool:
        return any(q.start <= start < q.end for q in self.quotes)


def _ev(start: int, end: int, rule: str) -> Evidence:
    return Evidence(start, end, rule)


def _add_org(ctx: Ctx, key: str, start: int, end: int, rule: str) -> str:
    lex = ctx.lex
    entry = lex.orgs.get(key)
    o = ctx.out.orgs.get(key)
    if o is None:
        if entry:
            o = Org(key, entry.label, entry.kind, set(entry.aliases), area=entry.area)
        else:
            o = Org(key, key, "other")
        ctx.out.orgs[key] = o
    o.evidence.append(_ev(start, end, rule))
    return key


def _add_place(ctx: Ctx, key: str, start: int, end: int, rule: str) -> str:
    p = ctx.out.places.get(key)
    if p is None:
        e = ctx.lex.places[key]
        p = ctx.out.places[key] = Place(key, e.label, e.kind, e.gss)
    p.evidence.append(_ev(start, end, rule))
    return key


_HEAD_KIND = {
    "council": "local authority", "trust": "public body", "commission": "public body", "board": "board",
    "partnership": "partnership", "agency": "public body", "hub": "partnership", "foundation": "charity",
    "authority": "public body", "inspectorate": "inspectorate", "ombudsman": "public body",
    "service": "public body", "services": "public body", "police": "public body", "constabulary": "public body",
    "society": "charity", "charity": "charity", "hospital": "public body", "hospitals": "public body",
    "court": "court or tribunal", "tribunal": "court or tribunal", "department": "government department",
    "ministry": "government department", "ltd": "company", "limited": "company", "plc": "company",
    "company": "company", "association": "other", "network": "other", "alliance": "other",
    "institute": "other", "academy": "other", "college": "other", "university": "other", "school": "other",
    "house": "other", "lodge": "other", "surgery": "other", "practice": "other", "centre": "other",
    "manor": "other", "group": "other", "forum": "charity", "infirmary": "public body", "clinic": "other",
    "rescue": "public body",
}
_CONNECT = {"of", "for", "and", "&", "the", "in", "on", "-", "'s", "’s"}
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


def _head_noun_orgs(ctx: Ctx) -> None:
    """Names ending in an organisational head noun ("Leeds Youth Offending Service")."""
    sp = ctx.sp
    taken = [(s.start, s.end) for s in ctx.lex_spans if s.label_ in ("ORG", "PLACE", "ROLE", "TITLE")]
    i = 0
    while i < len(sp):
        tok = sp[i]
        if not (tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)) or \
                (tok.is_sent_start and tok.text.lower() in NOT_NAME and tok.lower_ not in _HEAD_KIND):
            i += 1
            continue
        j = i
        last_head = -1
        while j < len(sp) and j - i < 10 and (
            (sp[j].text[:1].isupper() and (sp[j].is_alpha or "-" in sp[j].text or sp[j].text in ("’s", "'s")))
            or (sp[j].lower_ in _CONNECT and j > i)
        ):
            if sp[j].lower_ in _HEAD_KIND and sp[j].text[:1].isupper():
                last_head = j
            j += 1
            if "\n" in sp[j - 1].whitespace_:
                break
        if last_head <= i:
            i += 1
            continue
        start, end = i, last_head + 1
        if sp[last_head].lower_ in ("boards", "trusts", "councils", "partnerships", "authorities", "hospitals",
                                    "agencies", "commissions", "courts") and sp[last_head - 1].text[:1].isupper() \
                and not any(t.lower_ in ("nhs", "of", "for") for t in sp[start:end]) or \
                sum(1 for t in sp[start:end] if t.lower_ in _HEAD_KIND) >= 2 and \
                any(t.lower_ in ("and", "&") and sp[t.i - 1].lower_ in _HEAD_KIND for t in sp[start:end]):
            # "Independent Monitoring Boards" (bodies in general), "X Hospital and Y Hospital" (two sites)
            i = max(j, i + 1)
            continue
        # "Leaders of the Sunderland Safeguarding Children Partnership": the body starts after "of the".
        for k in range(start, end):
            if sp[k].lower_ == "of" and not any(sp[x].lower_ in _HEAD_KIND for x in range(start, k)):
                start = k + 1
                break
        while start < end and (sp[start].lower_ in NOT_NAME | _CONNECT) and sp[start].lower_ not in _HEAD_KIND:
            start += 1
        if start >= 3 and sp[start - 1].text == "," and "\n" not in sp[start - 1].whitespace_:
            # "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board": an NHS name lists places.
            b = start - 1
            while b > 0 and start - b < 10 and (sp[b - 1].text[:1].isupper() or sp[b - 1].lower_ in ("and", ",")) \
                    and "\n" not in sp[b - 1].whitespace_ and sp[b].text != "NHS":
                b -= 1
            if sp[b].text == "NHS":
                start = b
        span = sp[start:end]
        if start >= 2 and sp[start - 1].lower_ in ("of", "for") and \
                _span_at(ctx.lex_spans, start - 2, ("ROLE", "TITLE")) is not None and _portfolio(sp, start):
            i = max(j, i + 1)
            continue  # "Inspector of Fire and Rescue Services": part of a title, not a body
        inside = any(a <= start and end <= b for a, b in taken)
        if span.text.isupper() or (sp[last_head].lower_ == "rescue" and
                                   (sp[last_head - 2].lower_ != "fire" or last_head - 2 <= start)):
            i = max(j, i + 1)
            continue  # a shouted masthead; "Fire and Rescue" alone is no body, "Lincolnshire Fire and Rescue" is
        if end - start >= 2 and not inside and not ctx.in_mask(span.start_char) \
                and not any(t.lower_ in ("inspectors", "inspector") for t in span) \
                and span[0].lower_ not in _HEAD_KIND:
            kind = _HEAD_KIND[sp[last_head].lower_]
            if span[0].text == "NHS":
                kind = "public body"  # an NHS board or trust is a public body
            _new_org(ctx, span, kind, "org.head-noun")
        i = max(j, i + 1)


def _new_org(ctx: Ctx, span: Span, kind: str, rule: str) -> str:
    label = span.text
    known = ctx.lex.org_alias.get(norm(label))
    if known:
        return _add_org(ctx, known, span.start_char, span.end_char, rule + "-lexicon")
    if _overlaps_org(ctx, span.start_char, span.end_char):
        return next((o.key for o in ctx.out.orgs.values() for e in o.evidence
                     if e.start < span.end_char and span.start_char < e.end), "")
    key = slug(label)
    o = ctx.out.orgs.setdefault(key, Org(key, label, kind))
    o.evidence.append(_ev(span.start_char, span.end_char, rule))
    return key


def _merge_prefix_orgs(ctx: Ctx) -> None:
    """"Calderbrook Hospitals" after "Calderbrook Hospitals NHS Foundation Trust" is the same body."""
    found = [o for o in ctx.out.orgs.values() if o.key not in ctx.lex.orgs]
    for short in found:
        for long in ctx.out.orgs.values():
            if long is not short and long.label.startswith(short.label + " ") and short.key in ctx.out.orgs:
                long.evidence += short.evidence
                long.aliases.add(short.label)
                del ctx.out.orgs[short.key]
                break


_PNAME = r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})"
_HOME_TYPE = r"(?:(?:care|nursing|residential|children['’]s|respite|dementia care) home|home for (?:older|elderly|adults|children|young))"
_PROVIDER_CONTEXT = [
    # "Rosemount, a care home in Hunstanton", "Plas Derwen, a 34-bed nursing home near Conwy"
    re.compile(_PNAME + r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + _HOME_TYPE +
               r"(?=\s*(?:[,.;:)]|$|(?:in|at|near|on|run|owned|operated|for|which|that|with|providing|where)\b))"
               r"(?:\s+(?:[\w-]+\s+){0,3}?(?:in|at|near)\s+(?P<town>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?))?"),
    # "Rosemount, in Hunstanton, provides nursing care"
    re.compile(_PNAME + r",\s+(?:in|at|near)\s+(?P<town>[A-Z][\w’'-]+(?:[ -](?:upon-|on-)?[A-Z][\w’'-]+)?),\s+"
               r"(?:provides|cares|offers|supports|looks after|is home|houses|accommodates|is registered)\b"),
    # "Inspectors visited Plas Derwen, which cares for up to 34 older people"
    re.compile(r"\b(?:visited|inspected|inspection (?:of|at))\s+" + _PNAME +
               r",\s+(?:which|where|a home that|that)\s+(?:cares|provides|looks after|supports|accommodates|houses|"
               r"is home|offers|is registered)\b"),
    # "the Plas Derwen care home", "Rosemount nursing home"
    re.compile(_PNAME + r"\s+(?:care|nursing|residential) home(?=\s*(?:[,.;:)]|$|(?:in|at|near|on|run|owned|operated|"
               r"for|which|that|with|where|has|had|is|was|told|said|rated)\b))"),
    # "a care home called Rosemount"
    re.compile(r"\b" + _HOME_TYPE + r",?\s+(?:called|named|known as)\s+" + _PNAME),
]


def _context_providers(ctx: Ctx) -> None:
    """Care homes whose names carry no organisational head noun, named by their context ("Rosemount, a care
    home in Hunstanton", "Inspectors visited Plas Derwen, which cares for ...")."""
    text = ctx.doc.text
    if "home" not in text:
        return
    blocked = [(s.start_char, s.end_char) for s in ctx.lex_spans if s.label_ in ("ORG", "PLACE", "ROLE", "TITLE")]
    place_names = {s.text for s in ctx.lex_spans if s.label_ == "PLACE"}
    for rx in _PROVIDER_CONTEXT:
        for m in rx.finditer(text):
            a, b = m.span("name")
            words = m.group("name").split()
            while words and words[0].lower() in NOT_NAME:
                a += len(words[0]) + 1
                words = words[1:]
            if not words or ctx.in_mask(a) or any(w.isupper() and len(w) > 1 for w in words):
                continue
            if " ".join(words) in place_names:
                continue  # "Eccles care home told to ...": a name the document uses as a place elsewhere
            if any(w.lower() in _HEAD_KIND or w.lower() in NOT_NAME or w.lower() in SPEECH for w in words):
                continue  # a named body ("Meadowbank House") is the head-noun rule's; "Inspectors", "Council" are no name
            if any(x < b and a < y for x, y in blocked) or _overlaps_org(ctx, a, b):
                continue  # a place ("Llandudno care home") or a body already known
            span = ctx.sp.char_span(a, b)
            if span is None:
                continue
            key = _new_org(ctx, span, "other", "org.provider-context")
            if not key:
                continue
            town = ""
            if "town" in rx.groupindex and m.group("town"):
                t = ctx.sp.char_span(*m.span("town"), alignment_mode="expand")
                place = _span_at(ctx.lex_spans, t.start, ("PLACE",)) if t is not None else None
                if place is not None and ctx.lex.places[place.kb_id_].kind not in ("country", "region"):
                    town = place.kb_id_
            if town or key not in ctx.providers:
                ctx.providers[key] = town
    for key in ctx.providers:
        o = ctx.out.orgs[key]
        for m in re.finditer(r"\b" + re.escape(o.label) + r"\b", text):
            if not ctx.in_mask(m.start()) and not any(e.start <= m.start() < e.end for e in o.evidence) \
                    and not _overlaps_org(ctx, m.start(), m.end()):
                o.evidence.append(_ev(m.start(), m.end(), "org.provider-context"))


def _orgs(ctx: Ctx) -> None:
    for s in ctx.lex_spans:
        if s.label_ == "ORG" and s.text.islower() and len(s) > 1 and s.text not in ctx.lex.lower_org_names:
            continue  # "the education and training inspectorate for Wales": a description, not the body's name
        if s.label_ == "ORG" and not ctx.in_mask(s.start_char):
            _add_org(ctx, s.kb_id_, s.start_char, s.end_char, "org.lexicon")
    _head_noun_orgs(ctx)
    _context_providers(ctx)
    text = ctx.doc.text
    # Prisons and young offender institutions: "HMP Lewes", "HMYOI Feltham".
    for m in re.finditer(r"\b(?:HMP(?:/YOI)?|HMYOI|HM Prison(?: and Young Offender Institution)?)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?",
                         text):
        if not ctx.in_mask(m.start()):
            span = ctx.sp.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                _new_org(ctx, span, "public body", "org.prison")
    _merge_prefix_orgs(ctx)
    # "Full Name (ACR)": the acronym is one more name of the body.
    for m in _ACRONYM.finditer(text):
        end = len(text[:m.start()].rstrip())
        hit = next((o for o in ctx.out.orgs.values() for e in o.evidence if e.end == end), None)
        if hit is not None:
            hit.aliases.add(m.group(1))
    # Later bare uses of an acronym defined in the text.
    for o in list(ctx.out.orgs.values()):
        for a in o.aliases:
            if a.isupper() and 2 <= len(a) <= 10:
                for m in re.finditer(r"\b" + re.escape(a) + r"\b", text):
                    if not ctx.in_mask(m.start()) and not any(e.start == m.start() for e in o.evidence):
                        o.evidence.append(_ev(m.start(), m.end(), "org.acronym"))


def _org_after(ctx: Ctx, k: int) -> str:
    """The body named by a capitalised run at token k ("manager of Healthwatch Calderdale")."""
    sp = ctx.sp
    for s in ctx.lex_spans:
        if s.label_ == "ORG" and s.start == k:
            return s.kb_id_
    for o in ctx.out.orgs.values():
        if any(e.start == sp[k].idx for e in o.evidence):
            return o.key
    j = k
    while j < len(sp) and j - k < 8 and (sp[j].text[:1].isupper() and (sp[j].is_alpha or sp[j].text in ("’s", "'s"))
                                         or (sp[j].lower_ in ("of", "for", "and", "&") and j > k)):
        if _is_honorific(sp[j]) or "\n" in sp[j].whitespace_:
            j += 1
            break
        j += 1
    while j > k and sp[j - 1].lower_ in ("of", "for", "and", "&"):
        j -= 1
    if j - k < 1 or (j - k == 1 and _span_at(ctx.lex_spans, k, ("PLACE",)) is not None):
        return ""
    span = sp[k:j]
    head = sp[j - 1].lower_
    return _new_org(ctx, span, _HEAD_KIND.get(head, "other"), "org.of-role")


def _overlaps_org(ctx: Ctx, start: int, end: int) -> bool:
    return any(e.start < end and start < e.end for o in ctx.out.orgs.values() for e in o.evidence)


_ADMIN_PLACES = {"region", "ceremonial county", "historic county", "local authority area"}


def _admin(ctx: Ctx, key: str) -> bool:
    """A region, county or council area (a city that is its own council area counts): what inspections cover."""
    return ctx.lex.places[key].kind in _ADMIN_PLACES or key in ctx.lex.council_by_area


def _places(ctx: Ctx) -> None:
    # A place inside a body's name is part of the name ("Kirkby Moor Hospital").
    org_spans = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence if e.rule.startswith("org.head")]
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and not ctx.in_mask(s.start_char) \
                and not any(a <= s.start_char < b for a, b in org_spans):
            _add_place(ctx, s.kb_id_, s.start_char, s.end_char, "place.lexicon")
    ctx.lex_spans = [s for s in ctx.lex_spans if s.label_ != "PLACE" or s.kb_id_ in ctx.out.places
                     and any(e.start == s.start_char for e in ctx.out.places[s.kb_id_].evidence)]


def _doc_council(ctx: Ctx) -> None:
    """The council a document is about, for "the council" and "Norfolk's director of ...". """
    counts = Counter()
    for key, o in ctx.out.orgs.items():
        if o.kind == "local authority":
            counts[key] += len(o.evidence)
    if counts:
        ctx.council = counts.most_common(1)[0][0]
        return
    if not re.search(r"\bcouncil\b", ctx.doc.text, re.I):
        return
    areas = Counter()
    for key, p in ctx.out.places.items():
        if key in ctx.lex.council_by_area:
            areas[key] += len(p.evidence)
    if areas:
        area = sorted(areas.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        ctx.council = ctx.lex.council_by_area[area]
        m = re.search(r"\bcouncil\b", ctx.doc.text, re.I)
        _add_org(ctx, ctx.council, m.start(), m.end(), "org.the-council")


def _doc_inspectorates(ctx: Ctx) -> list[str]:
    c = Counter()
    first: dict[str, int] = {}
    for key, o in ctx.out.orgs.items():
        if o.kind == "inspectorate":
            c[key] = len(o.evidence)
            first[key] = min(e.start for e in o.evidence)
    return sorted(c, key=lambda k: (-c[k], first[k]))


def _main_subject(ctx: Ctx) -> str:
    c = Counter()
    first: dict[str, int] = {}
    for key, o in ctx.out.orgs.items():
        if o.kind in ("public body", "local authority", "partnership", "company", "charity", "board", "other"):
            c[key] = sum(1 for e in o.evidence if not ctx.in_quote(e.start))
            first[key] = min(e.start for e in o.evidence)
    if ctx.council and ctx.council in c:
        c[ctx.council] += 2
    for key in ctx.providers:
        c[key] += 2  # an article that introduces a care home by name is about the home
    if not c:
        return ""
    return sorted(c, key=lambda k: (-c[k], first[k]))[0]


# ------------------------------------------------------------- people and posts

def _span_at(spans: Iterable[Span], tok_i: int, labels: tuple[str, ...]) -> Span | None:
    """The longest span of one of the labels covering token tok_i (a title over the role inside it)."""
    best = None
    for s in spans:
        if s.label_ in labels and s.start <= tok_i < s.end and (best is None or len(s) > len(best)):
            best = s
    return best


def _org_of_tokens(ctx: Ctx, start: int, end: int, role: str = "") -> str:
    """An organisation named in tokens [start, end): a body, "the council", or a council's area."""
    sp = ctx.sp
    for s in ctx.lex_spans:
        if s.label_ == "ORG" and start <= s.start < end:
            return s.kb_id_
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            if e.rule in ("org.head-noun", "org.acronym", "org.provider-context") and sp[start].idx <= e.start < sp[end - 1].idx + len(sp[end - 1]):
                return o.key
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and start <= s.start < end and s.kb_id_ in ctx.lex.council_by_area \
                and (not role or _COUNCIL_ROLE.search(role)):
            key = ctx.lex.council_by_area[s.kb_id_]
            _add_org(ctx, key, s.start_char, s.end_char, "org.area-possessive")
            return key
    words = {t.lower_ for t in sp[start:end]}
    if ("council" in words or "authority" in words) and ctx.council:
        return ctx.council
    if "home" in words and ctx.providers:
        return _named_home(ctx)  # "the home's manager"
    for head in ("trust", "force", "service", "board", "partnership", "hospital", "home"):
        if head in words:
            # "at the trust": the body of the document whose name ends in that word
            hits = sorted((len(o.evidence), o.key) for o in ctx.out.orgs.values()
                          if o.label.lower().endswith(head) or o.label.lower().endswith(head + "s"))
            if hits:
                return hits[-1][1]
    if words & {"watchdog", "regulator", "inspectorate"}:
        ins = _doc_inspectorates(ctx)
        return ins[0] if ins else ""
    return ""


def _clause_end(sp: Doc, i: int, limit: int = 30) -> int:
    j = i
    while j < len(sp) and j - i < limit:
        t = sp[j]
        if t.text in (",", ";", ":", "(", ")", "“", "”", "\"", "–", "—") or t.lower_ in SPEECH or "\n" in t.whitespace_:
            return j + (1 if "\n" in t.whitespace_ and t.text not in (",", ";", ":") else 0)
        if t.text == "." and j > i:
            return j
        j += 1
    return j


ROLE_HEADS = {"manager", "director", "officer", "head", "lead", "leader", "chair", "chairman", "chairwoman",
              "member", "spokesperson", "spokesman", "spokeswoman", "secretary", "president", "commissioner",
              "consultant", "adviser", "advisor", "coordinator", "editor", "founder", "trustee", "governor",
              "inspector", "nurse", "principal", "headteacher", "mayor", "councillor", "minister", "executive",
              "holder", "lecturer", "researcher", "campaigner", "solicitor", "barrister", "ombudsman", "chief",
              "superintendent", "constable", "administrator", "partner", "analyst", "organiser", "convenor"}
_COUNCIL_ROLE = re.compile(r"children|cabinet|council|portfolio|lead member|executive member|chief executive|"
                           r"adult|deputy leader|leader|mayor|councillor|cllr|social care|education|corporate director|"
                           r"strategic director|executive director|director of|scrutiny", re.I)


def _is_honorific(tok) -> bool:
    return tok.text.lower().rstrip(".") in HONORIFICS and tok.text[:1].isupper()


def _roles_in(ctx: Ctx, start: int, end: int) -> list[Span]:
    """Role and title spans starting in tokens [start, end), honorifics before a name excluded."""
    sp = ctx.sp
    out = []
    for s in ctx.lex_spans:
        if s.label_ in ("TITLE", "ROLE") and start <= s.start < end:
            if len(s) == 1 and _is_honorific(s[0]) and s.end < len(sp) and _is_name_token(sp[s.end]):
                continue
            out.append(s)
    out.sort(key=lambda s: (s.start, -len(s)))
    return out


def _role_text(ctx: Ctx, span: Span) -> tuple[str, str, int]:
    """(role as the text names it, body the title implies, token after the role and its complement).

    "Corporate Director for Education and Lifelong Learning" keeps its complement; "regional director
    for the North East" does not (a place), nor "chief executive of Cafcass" (a body)."""
    sp = ctx.sp
    org = ""
    party = ""
    if span.label_ == "TITLE":
        org = span.kb_id_.split("#", 1)[0]
    end = span.end
    if end + 1 < len(sp) and sp[end].lower_ in ("for", "of") and sp[end + 1].text[:1].isupper() \
            and _span_at(ctx.lex_spans, end + 1, ("ORG", "PLACE")) is None and _portfolio(sp, end + 1):
        k = end + 1
        org_starts = {e.start for o in ctx.out.orgs.values() for e in o.evidence}
        while k < len(sp) and (sp[k].text[:1].isupper() or sp[k].lower_ in ("and", "&")) \
                and _span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None and not _is_honorific(sp[k]) \
                and sp[k].idx not in org_starts and "\n" not in sp[k - 1].whitespace_:
            k += 1
        while k > end + 1 and sp[k - 1].lower_ in ("and", "&"):
            k -= 1
        nxt = [t for t in sp[k:k + 4] if t.text not in ("-", "‑") and not t.text[:1].isupper()]
        if nxt and nxt[0].lower_ in SPEECH:
            k = end  # "Inspector of Constabulary Jane Smith said": the capitals are a name
        if k > end + 1 and (k >= len(sp) or (_span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None
                                              and sp[k].idx not in org_starts)):
            end = k
    if end == span.end and span.label_ == "ROLE" and end + 3 < len(sp) and sp[end].lower_ == "of" \
            and sp[end + 1].lower_ == "the" and sp[end + 2].text[:1].isupper():
        # "leader of the Labour group", "deputy leader of the Liberal Democrat group": a party group
        k = end + 2
        while k < len(sp) and k - end <= 5 and sp[k].text[:1].isupper() and sp[k].is_alpha \
                and _span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None:
            k += 1
        if k < len(sp) and sp[k].lower_ in ("group", "groups") and k > end + 2:
            party = sp[end + 2:k].text
            end = k + 1
    if end == span.end and span.label_ == "ROLE" and end + 1 < len(sp) and sp[end].lower_ in ("of", "for") \
            and sp[end + 1].text.islower() and sp[end + 1].lower_ not in ("the", "a", "an", "its", "their", "our"):
        # "director of midwifery", "cabinet member for children and young people"
        k = end + 1
        while k < len(sp) and k - end <= 5 and (sp[k].is_alpha and sp[k].text.islower() or sp[k].text in ("’s", "'s")) \
                and sp[k].lower_ not in ("at", "in", "said", "says", "the", "who", "which", "from", "since"):
            k += 1
        while k > end + 1 and sp[k - 1].lower_ in ("and", "of", "for"):
            k -= 1
        end = k
    text = sp[span.start:end].text
    if span.label_ == "TITLE" and end == span.end:
        text = span.kb_id_.split("#", 1)[1]  # titles keep their canonical form (HM Chief Inspector)
    elif span.label_ == "ROLE":
        text = text.lower()
        if party:
            text = text.replace(party.lower(), party)  # the party keeps its capitals
    else:
        org = ""  # "HM Inspector of Fire and Rescue Services": the complement, not the title, names the body
    text = re.sub(r"^(?:Her|His) Majesty[’']s\b", "HM", text)
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return text, org, end


_PORTFOLIO = {"education", "children", "children's", "children’s", "childrens", "young", "people", "families",
              "family", "services", "service", "social", "care", "adult", "adults", "health", "public", "housing",
              "finance", "resources", "operations", "nursing", "midwifery", "learning", "lifelong", "skills",
              "safeguarding", "communities", "community", "wellbeing", "well-being", "culture", "leisure",
              "environment", "transport", "planning", "economy", "regeneration", "customer", "corporate",
              "governance", "quality", "practice", "improvement", "performance", "schools", "inclusion", "send",
              "early", "help", "years", "commissioning", "strategy", "digital", "legal", "democratic", "and", "&",
              "'s", "’s", "fire", "rescue", "prevention", "protection", "response", "policing", "justice", "youth",
              "probation", "prisons", "medicine", "medical", "clinical", "patient", "experience", "workforce",
              "people's", "people’s", "education,", "-", "well", "being"}


def _portfolio(sp: Doc, k: int) -> bool:
    """Capitalised words after "director for/of" that name a portfolio, not a body ("Education and Skills")."""
    j = k
    while j < len(sp) and (sp[j].text[:1].isupper() or sp[j].lower_ in ("and", "&", "'s", "’s", "-")):
        if sp[j].lower_ not in _PORTFOLIO:
            return False
        j += 1
    return j > k


def _free_role(ctx: Ctx, start: int, end: int) -> tuple[str, int]:
    """A role the lexicon does not know: a few lower-case words ending in a role noun ("manager")."""
    sp = ctx.sp
    k = start
    if k < end and sp[k].lower_ in ("the", "a", "an"):
        k += 1
    words = []
    while k < end and len(words) < 6 and sp[k].is_alpha and sp[k].text.islower():
        words.append(sp[k].text)
        k += 1
    while words and words[-1] not in ROLE_HEADS:
        words.pop()
        k -= 1
    if words and words[-1] in ROLE_HEADS:
        return " ".join(words), k
    return "", start


def _people(ctx: Ctx) -> None:
    sp = ctx.sp
    blocked = {i for s in ctx.lex_spans if s.label_ in ("ORG", "PLACE", "ROLE", "TITLE", "GRADE")
               for i in range(s.start, s.end)}
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            span = sp.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                blocked.update(range(span.start, span.end))
    roles = [s for s in ctx.lex_spans if s.label_ in ("ROLE", "TITLE")]
    for r in roles:
        if not any(o is not r and o.start <= r.start and r.end <= o.end and len(o) > len(r) for o in roles):
            blocked.update(range(r.end, _role_text(ctx, r)[2]))  # "Director for Education and Lifelong Learning"
    # A surname may be a place name ("Ruth Cornwall"): allowed after a first name.
    soft = frozenset(s.start for s in ctx.lex_spans if s.label_ == "PLACE" and len(s) == 1)
    cands = [h for h in name_candidates(sp, blocked, soft) if not ctx.in_mask(sp[h.start].idx)]
    confirmed: dict[str, Person] = {}
    pending_short: list[NameHit] = []
    mentions: list[tuple[int, str, NameHit]] = []  # in reading order

    def accept(h: NameHit, rule: str) -> str:
        name = sp[h.start:h.end].text
        name = re.sub(r"[’']s$", "", name).strip()
        key = slug(name)
        p = confirmed.get(key)
        if p is None:
            p = confirmed[key] = Person(key, name, h.honorific)
        p.evidence.append(_ev(sp[h.start].idx, sp[h.end - 1].idx + len(sp[h.end - 1]), rule))
        mentions.append((sp[h.start].idx, key, h))
        return key

    for h in cands:
        words = len(sp[h.start:h.end].text.split())
        outer = h.outer if h.outer >= 0 else h.start
        before = sp[outer - 1] if outer > 0 else None
        after = sp[h.end] if h.end < len(sp) else None
        if words == 1:
            pending_short.append(h)
            continue
        if before is not None and before.lower_ in ("of", "at") and not h.honorific:
            continue  # "manager of Healthwatch Calderdale": a body, not a person
        cand = sp[h.start:h.end].text
        if any(o.label.startswith(cand + " ") for o in ctx.out.orgs.values()):
            continue  # "Quantock Vale" is short for "Quantock Vale Surgery"
        cue = ""
        if h.honorific:
            cue = "person.honorific"
        elif after is not None and after.lower_ in SPEECH:
            cue = "person.said"
        elif before is not None and before.lower_ in SPEECH:
            cue = "person.said-after"
        elif after is not None and after.text in (",", "–", "—") and _appositive(ctx, h.end + 1)[0]:
            cue = "person.apposition"
        elif _role_before(ctx, outer) is not None:
            cue = "person.role-before"
        elif outer >= 2 and sp[outer - 2].lower_ == "according" and before.lower_ == "to":
            cue = "person.according-to"
        elif after is not None and after.text in (",", "–", "—") and _said_after_apposition(sp, h.end + 1):
            cue = "person.apposition-said"
        if cue:
            accept(h, cue)
        elif slug(sp[h.start:h.end].text) in confirmed:
            accept(h, "person.repeat")
    # A surname alone ("Mr Okafor", "Okafor said") belongs to the person of that surname in this document.
    by_surname: dict[str, str] = {}
    for key, p in confirmed.items():
        by_surname.setdefault(p.name.split()[-1], key)
    for h in pending_short:
        surname = sp[h.start:h.end].text
        key = by_surname.get(surname)
        if key and (h.honorific or (h.end < len(sp) and sp[h.end].lower_ in SPEECH)):
            confirmed[key].evidence.append(_ev(sp[h.start].idx, sp[h.end - 1].idx + len(sp[h.end - 1]), "person.short-ref"))
            mentions.append((sp[h.start].idx, key, h))
    ctx.out.people = confirmed
    # A place inside a person's name is no place ("Ruth Cornwall").
    spans = [(e.start, e.end) for p in confirmed.values() for e in p.evidence]
    for key in list(ctx.out.places):
        pl = ctx.out.places[key]
        pl.evidence = [e for e in pl.evidence if not any(a <= e.start < b for a, b in spans)]
        if not pl.evidence:
            del ctx.out.places[key]
    ctx.lex_spans = [s for s in ctx.lex_spans if not (s.label_ == "PLACE" and any(a <= s.start_char < b for a, b in spans))]
    mentions.sort(key=lambda m: m[0])
    ctx.person_mentions = [(pos, key) for pos, key, _ in mentions]  # type: ignore[attr-defined]
    _posts(ctx, mentions)


def _said_after_apposition(sp: Doc, i: int) -> bool:
    """"X, whose children ..., told me": a speech verb right after a closing comma, in the same sentence."""
    for k in range(i, min(len(sp), i + 35)):
        t = sp[k]
        if t.text in (".", "!", "?") or "\n" in t.whitespace_:
            return False
        if t.lower_ in SPEECH and sp[k - 1].text in (",", "–", "—"):
            return True
    return False


_WHO_ROLES = {"chairs": "chair", "leads": "leader", "heads": "head", "manages": "manager", "directs": "director",
              "runs": "manager", "founded": "founder", "represents": "representative"}
_PRE_ROLE_WORDS = {"the", "a", "an", "'s", "’s", "its", "their", "council", "county", "trust", "force", "watchdog",
                   "regulator", "inspectorate", "former", "new", "interim", "acting", "joint", "borough", "city", "home"}


def _appositive(ctx: Ctx, i: int) -> tuple[str, str, Span | None, int]:
    """After "NAME,": (role, org, role span, end) for "[the|a] [ORG's] ROLE [of|at ORG]" or a free role."""
    sp = ctx.sp
    if i + 2 < len(sp) and sp[i].lower_ == "who" and sp[i + 1].lower_ in _WHO_ROLES:
        # "X, who chairs the Doncaster Safeguarding Children Partnership, said"
        k = i + 2 + (sp[i + 2].lower_ == "the")
        org = _org_after(ctx, k) if k < len(sp) and sp[k].text[:1].isupper() else ""
        return _WHO_ROLES[sp[i + 1].lower_], org, None, k + 1
    end = _clause_end(sp, i, 30)
    roles = _roles_in(ctx, i, end)
    if roles:
        r = roles[0]
        pre = sp[i:r.start]
        # "the CQC's deputy director", "Unison's branch secretary": lower-case words that make the role.
        m = r.start
        while m > i and m - r.start > -2 and sp[m - 1].is_alpha and sp[m - 1].text.islower() \
                and sp[m - 1].lower_ not in _PRE_ROLE_WORDS and sp[m - 1].lower_ not in ("and", "or", "of", "for"):
            m -= 1
        # Only determiners, a body, a place or "the council's" may come between the comma and the role.
        if len(pre) <= 8 and all(t.lower_ in _PRE_ROLE_WORDS or t.text[:1].isupper() or t.i >= m
                                 or _span_at(ctx.lex_spans, t.i, ("ORG", "PLACE")) is not None for t in pre):
            role, org, rend = _role_text(ctx, r)
            if m < r.start and r.label_ == "ROLE":
                role = sp[m:r.start].text.lower() + " " + role
            return role, org, r, rend
    role, rend = _free_role(ctx, i, end)
    if role:
        return role, "", None, rend
    return "", "", None, i


def _role_before(ctx: Ctx, outer: int) -> tuple[Span, int] | None:
    """A role right before a name: "Chief executive Ian Westerby", "the council's director of children's
    services, Maya Okafor", "Ofsted's regional director for the North East, Callum Ridsdale"."""
    sp = ctx.sp
    j = outer - 1
    if j >= 0 and sp[j].text == ",":
        j -= 1
    if j < 0:
        return None
    r = _span_at(ctx.lex_spans, j, ("TITLE", "ROLE"))
    if r is not None and not (len(r) == 1 and _is_honorific(r[0])):
        return r, r.end
    if sp[j].lower_ in ROLE_HEADS and sp[j].is_alpha:
        # A role the lexicon does not know, right before the name: "Registered manager Colette Haverigg".
        b = j
        while b > 0 and j - b < 3 and sp[b - 1].is_alpha and (sp[b - 1].text.islower() or sp[b - 1].is_sent_start) \
                and sp[b - 1].lower_ not in ("the", "a", "an", "said", "and", "by", "to", "of", "with", "from"):
            b -= 1
        if b < j and (sp[b].is_sent_start or sp[b - 1].text in (",", "’s", "'s", "(")):
            return Span(sp, b, j + 1, label="ROLE", kb_id=sp[b:j + 1].text.lower()), j + 1
    # Back over a complement: "regional director for the North East, Yorkshire and the Humber, NAME".
    if sp[outer - 1].text != ",":
        return None
    k = j
    while k >= 0 and outer - k < 16 and sp[k].text not in (".", ";", ":", "“", "”", "\"") \
            and "\n" not in sp[k].whitespace_:
        if sp[k].lower_ in ("for", "of", "in", "at") and k > 0:
            r = _span_at(ctx.lex_spans, k - 1, ("TITLE", "ROLE"))
            if r is not None and r.end == k:
                return r, r.end
            if sp[k - 1].lower_ in ROLE_HEADS and sp[k - 1].text.islower() and k + 1 < outer \
                    and sp[k + 1].text.islower():
                # A role the lexicon does not know, with its portfolio: "The executive member for finance, NAME".
                b = k - 1
                while b > 0 and k - b < 3 and sp[b - 1].is_alpha and sp[b - 1].text.islower() \
                        and sp[b - 1].lower_ not in ("the", "a", "an", "said", "and", "by", "to", "of", "with", "from"):
                    b -= 1
                return Span(sp, b, k, label="ROLE", kb_id=sp[b:k].text.lower()), k
        k -= 1
    return None


_GOVERNANCE = {"governance"}


def _council_in_sentence(ctx: Ctx, i: int) -> str:
    """The council whose area the sentence of token i names ("In Bexley, Councillor X, the cabinet member ..."),
    when the document names more than one council and the sentence names one of them only."""
    councils = {k for k, o in ctx.out.orgs.items() if o.kind == "local authority"}
    if len(councils) < 2:
        return ""
    sent = ctx.sp[i].sent
    named = {ctx.lex.council_by_area[s.kb_id_] for s in ctx.lex_spans
             if s.label_ == "PLACE" and sent.start <= s.start < sent.end and s.kb_id_ in ctx.lex.council_by_area}
    named &= councils
    return named.pop() if len(named) == 1 else ""


def _posts(ctx: Ctx, mentions: list[tuple[int, str, NameHit]]) -> None:
    sp = ctx.sp
    seen = set()
    last_with_org: list[tuple[str, str, str]] = []  # (role, org, category)
    deferred: list[tuple[str, Post]] = []
    for _, key, h in mentions:
        if ctx.in_quote(sp[h.start].idx):
            continue
        outer = h.outer if h.outer >= 0 else h.start
        role = org = ""
        lo = hi = 0
        rule = ""
        if h.end < len(sp) and sp[h.end].text in (",", "–", "—"):
            role, org, rspan, rend = _appositive(ctx, h.end + 1)
            if role:
                rule = "post.apposition"
                lo, hi = h.end + 1, rend
                first = rspan.start if rspan is not None else h.end + 1
                pre = sp[h.end + 1:first]
                post_end = _clause_end(sp, rend, 20)
                if not org and rend < len(sp) and sp[rend].lower_ in ("of", "at", "for", "to", "with"):
                    org = _org_of_tokens(ctx, rend, post_end, role)
                    if not org and rend + 1 < len(sp) and sp[rend].lower_ in ("of", "at"):
                        org = _org_after(ctx, rend + 1 + (sp[rend + 1].lower_ == "the"))
                if not org and len(pre):
                    org = _org_of_tokens(ctx, h.end + 1, first, role)
                if not org and len(pre) and pre[0].lower_ in ("a", "an"):
                    org = "-"
        if not role:
            rb = _role_before(ctx, outer)
            if rb is not None:
                r, _ = rb
                role, org, rend = _role_text(ctx, r)
                rule = "post.role-before"
                k = r.start
                b = k
                while b > 0 and k - b < 8 and sp[b - 1].text not in (".", ",", ";", ":", "“", "”", "\"") \
                        and "\n" not in sp[b - 1].whitespace_:
                    b -= 1
                if not org and b < k:
                    org = _org_of_tokens(ctx, b, k, role)
                if not org and b < k and sp[b].lower_ in ("its", "their"):
                    # "NHS Somerset ICB ... Its chief medical officer, NAME": the body named just before.
                    near = [(e.end, o.key) for o in ctx.out.orgs.values() for e in o.evidence
                            if sp[b].idx - 300 < e.end <= sp[b].idx and o.kind != "inspectorate"]
                    org = max(near)[1] if near else ""
                if not org and rend < outer and sp[rend].lower_ in ("of", "at"):
                    org = _org_of_tokens(ctx, rend, outer, role)
                lo, hi = b, outer
        if not role and h.honorific.lower() in ("cllr", "councillor") and ctx.council:
            # "Cllr" says only that the person is a councillor: kept when the text gives no other post.
            deferred.append((key, Post(key, "councillor", ctx.council,
                                       _ev(sp[outer].idx, sp[h.end - 1].idx + len(sp[h.end - 1]), "post.honorific"))))
            continue
        if not role:
            continue
        cat = ctx.lex.roles[role].category if role in ctx.lex.roles else ""
        if org == "-":
            org = ""
        elif not org:
            if cat in _GOVERNANCE or role.endswith("chair"):
                # Board roles inherit the body of the post named just before ("X, Cafcass Chair ... Y, Deputy Chair").
                org = next((o for r_, o, c in reversed(last_with_org) if c in _GOVERNANCE or r_.endswith("chair")), "")
            elif ctx.council and _COUNCIL_ROLE.search(role):
                org = _council_in_sentence(ctx, outer) or ctx.council
            elif "constable" in role:
                org = next((k for k, o in ctx.out.orgs.items() if re.search(r"\b(?:Police|Constabulary)$", o.label)), "")
            elif re.search(r"\binspector\b", role, re.I):
                ins = _doc_inspectorates(ctx)  # "the chief inspector": the inspectorate of the article
                org = ins[0] if ins else ""
            elif "fire" in role:
                org = next((k for k, o in ctx.out.orgs.items() if "Fire" in o.label and o.kind != "inspectorate"), "")
            elif role in ("registered manager", "responsible individual"):
                # The regulators' own posts: the manager of the one care service the article names, the
                # responsible individual of the one provider company.
                homes = _care_services(ctx)
                firms = [k for k, o in ctx.out.orgs.items() if o.kind == "company" and k not in ctx.lex.orgs]
                pick = firms if role == "responsible individual" and len(firms) == 1 else homes
                org = pick[0] if len(pick) == 1 else ""
        if role == "registered manager" and org and not _local_provider(ctx, org):
            # A registered manager is registered for a care service, not for the company that runs it.
            homes = _care_services(ctx)
            org = homes[0] if len(homes) == 1 else org
        if org and org not in ctx.out.orgs:
            _add_org(ctx, org, sp[lo].idx, sp[max(lo, hi - 1)].idx + len(sp[max(lo, hi - 1)]), "org.from-post")
        if org:
            last_with_org.append((role, org, cat))
        k2 = (key, role, org)
        if k2 in seen:
            continue
        seen.add(k2)
        a = min(sp[outer].idx, sp[lo].idx)
        last = sp[max(lo, hi - 1)]
        b = max(sp[h.end - 1].idx + len(sp[h.end - 1]), last.idx + len(last))
        ctx.out.posts.append(Post(key, role, org, _ev(a, b, rule)))
    held = {p.person for p in ctx.out.posts}
    for key, post in deferred:
        if key not in held:
            held.add(key)
            ctx.out.posts.append(post)


# ---------------------------------------------------------------- quotations


def _attribute(ctx: Ctx) -> None:
    text = ctx.doc.text
    mentions: list[tuple[int, str]] = getattr(ctx, "person_mentions", [])
    paras = _paragraphs(text)

    def para_of(pos: int) -> tuple[int, int]:
        for ps, pe in paras:
            if ps <= pos <= pe:
                return ps, pe
        return pos, pos

    def person_in(a: int, b: int, last: bool = True) -> str:
        got = [k for pos, k in mentions if a <= pos < b and not ctx.in_quote(pos)]
        return (got[-1] if last else got[0]) if got else ""

    def latest_before(pos: int) -> str:
        got = [k for p, k in mentions if p < pos and not ctx.in_quote(p)]
        return got[-1] if got else ""

    prev: QuoteSpan | None = None
    unmask: list[QuoteSpan] = []
    for q in ctx.quotes:
        ps, pe = para_of(q.start)
        before = text[ps:q.start]
        after_end = pe
        nxt = next((x for x in ctx.quotes if x.start > q.end and x.start < pe), None)
        if nxt is not None:
            after_end = nxt.start
        after = text[q.end:after_end]
        speaker = rule = ""
        # "X said: ..." / "X, chief executive, said: “...”"
        if re.search(r"(?:\b(?:" + "|".join(SPEECH) + r")\b[^.!?“”\"]{0,160})?[:,]\s*$", before) and \
                re.search(r"\b(?:" + "|".join(SPEECH) + r")\b", before[-200:]):
            speaker = person_in(ps, q.start)
            if not speaker and re.search(r"\b(?:she|he)\b[^.]{0,40}$", before, re.I):
                speaker = latest_before(ps)
            rule = "quote.said-before"
        if not speaker and re.search(r"\baccording to\b[^.!?“”\"]{0,120},\s*$", before, re.I):
            speaker = person_in(ps, q.start)
            rule = "quote.according-to"
        # "“...,” said X." / "“...,” she said." / "“...”, according to X."
        if not speaker:
            m = re.match(r"\s*,?\s*(?:(?:" + "|".join(SPEECH) + r")\s+)?(?:(she|he)\s+(?:" + "|".join(SPEECH) + r")\b)?", after)
            if re.match(r"\s*[,.]?\s*(?:" + "|".join(SPEECH) + r")\b", after) or re.match(r"\s*[,.]?\s*according to\b", after):
                speaker = person_in(q.end, q.end + 120, last=False)
                rule = "quote.said-after"
            elif m and m.group(1):
                speaker = latest_before(q.start)
                rule = "quote.pronoun-after"
            elif re.match(r"\s*[,.]?\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+(?:" + "|".join(SPEECH) + r")\b", after):
                speaker = person_in(q.end, q.end + 80, last=False)
                rule = "quote.name-said-after"
            elif re.match(r"\s*[—–-]\s*(?:(?:Dr|Mr|Mrs|Ms|Professor|Cllr)\.?\s+)?[A-Z]", after):
                speaker = person_in(q.end, q.end + 60, last=False)  # “...” — Jane Smith, chief executive
                rule = "quote.dash-after"
        # A quotation opening its own paragraph after "X said:" or after X's previous quotation.
        if not speaker and q.start == ps:
            prev_para = max(((a, b) for a, b in paras if b < ps), default=None)
            if prev_para is not None:
                ptext = text[prev_para[0]:prev_para[1]]
                if ptext.rstrip().endswith(":"):
                    speaker = person_in(*prev_para)
                    if not speaker and re.search(r"\b(?:she|he)\b", ptext, re.I):
                        speaker = latest_before(prev_para[0])
                    rule = "quote.colon-paragraph"
                elif prev is not None and prev.speaker and prev.end >= prev_para[1] - 1:
                    speaker = prev.speaker
                    rule = "quote.continued"
        # A short quotation inside running text after "X said".
        if not speaker and not q.colon_intro:
            sent_start = max(before.rfind(". "), before.rfind("\n"), -1) + 1
            clause = before[sent_start:]
            if re.search(r"\b(?:" + "|".join(SPEECH) + r")\b", clause):
                speaker = person_in(ps + sent_start, q.start)
                if not speaker and re.match(r"\s*(?:she|he)\b", clause, re.I):
                    speaker = latest_before(ps + sent_start)
                rule = "quote.in-sentence"
        q.speaker, q.rule = speaker, rule
        prev = q
        if not speaker and q.colon_intro:
            unmask.append(q)
        if speaker:
            body = "\n".join(text[a:b].strip() for a, b in q.pieces).strip()
            body = body.rstrip("”\"").strip()
            if len(body.split()) >= 2:
                ctx.out.quotes.append(Quote(speaker, body, _ev(q.start, q.end, rule)))
    # Text after a heading such as "WHAT THE INSPECTORS SAID:" is no quotation when nobody said it.
    ctx.quotes = [q for q in ctx.quotes if q not in unmask]
    _interview_answers(ctx, paras, latest_before)


_QA_Q = re.compile(r"^[*_\s]*(?:Q|Question)\s*[:.)][*_\s]*\S")
_QA_A = re.compile(r"^[*_\s]*(?:A|Answer)\s*[:.)][*_\s]*(?=\S)")


def _interview_answers(ctx: Ctx, paras: list[tuple[int, int]], latest_before) -> None:
    """A Q&A interview: every "A: ..." paragraph is a quotation of the person the text introduced
    before the first question ("We spoke to X, who ...")."""
    text = ctx.doc.text
    qs = [ps for ps, pe in paras if _QA_Q.match(text[ps:pe]) and not ctx.in_mask(ps)]
    answers = [(ps, pe) for ps, pe in paras if _QA_A.match(text[ps:pe]) and not ctx.in_mask(ps)]
    if not qs or not answers:
        return
    speaker = latest_before(qs[0])
    if not speaker:
        return
    for ps, pe in answers:
        if ps < qs[0] or ctx.in_quote(ps):
            continue
        start = ps + _QA_A.match(text[ps:pe]).end()
        body = text[start:pe].strip()
        if len(body.split()) >= 2:
            ctx.quotes.append(QuoteSpan([(start, pe)], (start, pe), speaker=speaker, rule="quote.interview-answer"))
            ctx.out.quotes.append(Quote(speaker, body, _ev(start, pe, "quote.interview-answer")))
    ctx.quotes.sort(key=lambda q: q.start)


# ---------------------------------------------------------------- inspections and judgements

_NOT_TRIGGER_NEXT = {"framework", "frameworks", "criteria", "regime", "team", "teams", "handbook", "system",
                     "process", "methodology", "programme", "arrangements", "findings", "outcome", "outcomes",
                     "rating", "ratings", "grade", "grades", "judgement", "judgements", "activity", "regimes",
                     "model", "results"}
_NOT_TRIGGER_PREV = {"next", "future", "further", "upcoming", "new", "every", "any", "each", "annual"}
_PRIOR_CUES = re.compile(r"\b(?:previous|previously|prior|last inspected|last inspection|last visited|earlier|"
                         r"follow(?:s|ed)(?!\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:inspection|visit)\b)|"
                         r"were rated|was judged|were judged|had been rated|had been judged|"
                         r"when (?:it was|the \w+ was|they were) last|"
                         r"was rated|had been rated|in (?:19|20)\d\d)\b", re.I)
_KIND_PRIORITY = ["joint targeted area inspection", "focused visit", "monitoring visit", "unannounced inspection",
                  "re-inspection", "short inspection", "full inspection", "thematic inspection"]


@dataclass
class Mention:
    sent: Span
    trigger: Span | None
    kind: str
    inspectors: list[str]
    subject: str
    places: list[str]
    dates: list[tuple[str, str]]  # (role, iso)
    prior: bool
    towns: list[str] = field(default_factory=list)


_LOCAL_PROVIDER = re.compile(r"(?:House|Lodge|Surgery|Practice|Home|Centre|Manor|Court|Hall)$|^(?:HMP|HMYOI|HM Prison)\b")


def _local_provider(ctx: Ctx, key: str) -> bool:
    """A care home, surgery, children's home or prison: by its name, or named as one by its context."""
    return key in ctx.providers or (key in ctx.out.orgs and bool(_LOCAL_PROVIDER.search(ctx.out.orgs[key].label)))


def _care_services(ctx: Ctx) -> list[str]:
    """The local care services (homes, surgeries, prisons) the document names, outside the lexicon."""
    return [k for k in ctx.out.orgs if k not in ctx.lex.orgs and _local_provider(ctx, k)]


def _named_home(ctx: Ctx) -> str:
    """The care home named by context that the document mentions most ("the home")."""
    return max(ctx.providers, key=lambda k: len(ctx.out.orgs[k].evidence))


def _sent_orgs(ctx: Ctx, sent: Span) -> list[str]:
    out = []
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            if sent.start_char <= e.start < sent.end_char and not ctx.in_quote(e.start):
                out.append((e.start, o.key))
    return [k for _, k in sorted(out)]


def _date_role(sent_text: str, rel: int, year_only: bool = False) -> str:
    """Whether a date at offset rel of a sentence says when a visit happened or when a report came out.
    A bare year after "rated" ("previously rated good in 2019") dates the inspection, as the press means it."""
    pub = re.compile(r"\b(?:publish\w*|released?|report(?:ed)? (?:was )?(?:out|issued)"
                     + (r")\b" if year_only else r"|rated|judged|graded)\b"), re.I)
    vis = re.compile(r"\b(?:visit\w*|inspect\w*|took place|carried out|conducted|between|during|fieldwork|on site)\b", re.I)
    before = sent_text[:rel]
    pb = [m.end() for m in pub.finditer(before)]
    vb = [m.end() for m in vis.finditer(before)]
    if pb or vb:
        return "published" if (pb[-1] if pb else -1) > (vb[-1] if vb else -1) else "visited"
    after = sent_text[rel:]
    pa = pub.search(after)
    va = vis.search(after)
    if pa and (not va or pa.start() < va.start()):
        return "published"
    return "visited"


def _mentions(ctx: Ctx) -> list[Mention]:
    sp = ctx.sp
    out: list[Mention] = []
    kinds = [s for s in ctx.lex_spans if s.label_ == "KIND"]
    rated_by = re.compile(r"\b(?:rated|judged|graded|found to be|branded|ranked|told (?:that )?it (?:requires|needs|must|is|was))\b[^.]{0,40}\bby\s+(?:the\s+)?(?:[A-Z][\w’']+)", re.I)
    text = ctx.doc.text
    for sent in sp.sents:
        if ctx.in_mask(sent.start_char, sent.end_char) or sent.text.strip() == "":
            continue
        trig = None
        kind = ""
        found = []
        for k in kinds:
            if sent.start <= k.start < sent.end and not ctx.in_quote(k.start_char):
                nxt = sp[k.end].lower_ if k.end < len(sp) else ""
                prv = sp[k.start - 1].lower_ if k.start > 0 else ""
                if nxt in _NOT_TRIGGER_NEXT or prv in _NOT_TRIGGER_PREV:
                    continue
                if k.start_char > 0 and text[k.start_char - 1] in "-‑":
                    continue  # "a post-inspection action plan", "pre-inspection data": no inspection itself
                found.append(k)
        # A singular mention ("an inspection") names one inspection; a plural one ("monitoring visits") rarely does.
        singular = [k for k in found if not _plural(k)]
        if found:
            trig = (singular or found)[0]
            kind = _canonical_kind(trig.kb_id_)
            lead = text[max(sent.start_char, trig.start_char - 50):trig.start_char]
            modal = re.search(r"\b(?:can|could|will|would|may|might|should|must|shall|to)\s+((?:\w+\s+){0,3})$", lead, re.I)
            if modal and not re.search(r"\b(?:was|were|had)\b", lead) \
                    and not re.search(r"\b(?:after|following|since|during|from)\b", modal.group(1), re.I):
                # "told it must improve after an inspection": the inspection happened, the improvement is to come
                continue  # "Ofsted can carry out a focused visit at any time": no inspection happened
        if trig is None:
            verb = re.search(r"\b(?:inspected|visited by|rated .{0,30}by|last visited)\b|"
                             r"\b(?:previously|last)\s+(?:rated|judged|graded)\b(?=[^.]{0,40}\b(?:19|20)\d\d\b)|\b[Ii]nspectors?\b[^.]{0,60}\b(?:spent|visited|"
                             r"were on site|carried out|conducted|arrived|went into|returned)\b", sent.text)
            report = re.search(r"\b(?:report|letter of findings|findings|letter)\b.{0,80}\bpublish|\bpublish\w*\b.{0,60}"
                               r"\b(?:report|letter of findings|findings)\b", sent.text, re.I)
            if report and not any(ctx.out.orgs[o].kind == "inspectorate" for o in _sent_orgs(ctx, sent)) \
                    and not re.search(r"\b(?:the|its|their|ofsted[’']s) (?:inspection )?(?:report|letter)\b|"
                                      r"\binspectorates?\b|\binspectors\b", sent.text, re.I):
                report = None
            if not (verb or report or rated_by.search(sent.text)):
                continue
            if ctx.in_quote(sent.start_char + (verb.start() if verb else 0)):
                continue
            kind = "inspection"
        orgs = _sent_orgs(ctx, sent)
        inspectors = list(dict.fromkeys(o for o in orgs if ctx.out.orgs[o].kind == "inspectorate"))
        others = [o for o in orgs if ctx.out.orgs[o].kind not in ("inspectorate", "publisher", "government department")]
        # "a home run by Cumberland Council": the operator is not the body inspected.
        operators = {k for k in others for e in ctx.out.orgs[k].evidence if sent.start_char <= e.start < sent.end_char
                     and re.search(r"\b(?:run|operated|owned|managed|commissioned|provided)\s+by\s+(?:the\s+)?$",
                                   text[max(sent.start_char, e.start - 30):e.start])}
        others = [o for o in others if o not in operators] + [o for o in others if o in operators]
        if trig is not None and others:
            # "an inspection of X", "a focused visit to X": the body right after the mention is the one inspected.
            after = text[trig.end_char:sent.end_char]
            m = re.match(r"\s*(?:\w+\s+){0,3}?(?:of|at|into|to|on)\s+(?:the\s+)?", after)
            if m:
                at = trig.end_char + m.end()
                first = next((k for k in others if any(at <= e.start <= at + 2 for e in ctx.out.orgs[k].evidence)), None)
                if first:
                    others = [first] + [o for o in others if o != first]
        if not others and re.search(r"\b(?:the|its|this) council\b|\bcouncil[’']s\b|^council", sent.text, re.I) and ctx.council:
            others = [ctx.council]
        if not others:
            # "Medway was previously rated good in 2019": a council's area opening the sentence stands for the
            # council the article names.
            lead = next((s for s in ctx.lex_spans if s.label_ == "PLACE" and s.start == sent.start
                         or s.label_ == "PLACE" and s.start == sent.start + 1 and sp[sent.start].lower_ == "in"), None)
            key = ctx.lex.council_by_area.get(lead.kb_id_, "") if lead is not None else ""
            if lead is not None and not re.match(r"\s*,?\s*(?:was|were|is|are|has|had|have)\b", text[lead.end_char:]):
                key = ""  # "Stockport youth justice service was ...": the place names another body
            if key in ctx.out.orgs:
                others = [key]
        if ctx.providers and (not others or all(ctx.out.orgs[o].kind == "company" for o in others)) \
                and re.search(r"\b(?:the|this|its) (?:care |nursing )?home\b", sent.text, re.I):
            # "rated the home requires improvement": the care home the article names
            others = [_named_home(ctx)] + others
        places = []
        towns = []
        for s in ctx.lex_spans:
            if s.label_ == "PLACE" and sent.start <= s.start < sent.end and not ctx.in_quote(s.start_char):
                if _admin(ctx, s.kb_id_) and s.kb_id_ not in places:
                    places.append(s.kb_id_)
                elif ctx.lex.places[s.kb_id_].kind in ("town", "city") and s.kb_id_ not in towns:
                    towns.append(s.kb_id_)
        if towns:
            # "stations in Lincoln, Boston, Grantham and Skegness": a city or district listed with towns is a
            # site visited, not the area the inspection covers.
            wide = ("region", "ceremonial county", "historic county")
            towns += [p for p in places if ctx.lex.places[p].kind not in wide]
            places = [p for p in places if ctx.lex.places[p].kind in wide]
        dates = []
        anchor_at = (trig.start_char - sent.start_char) if trig is not None else None
        for d in find_dates(sent.text, ctx.anchor, ctx.doc_dated):
            if not d.value or ctx.in_quote(sent.start_char + d.start):
                continue
            if re.search(r"\b(?:Act|Regulations|Order|Bill)\s*(?:of\s+)?$", sent.text[:d.start]):
                continue  # "the Children Act 2004"
            if re.fullmatch(r"\s*(?:[A-Z][A-Za-z’' -]*,\s*)?", sent.text[:d.start]) \
                    and re.match(r"\s*[—–-]", sent.text[d.end:]):
                continue  # a dateline ("BURY, 14 March 2024 —") dates the article, not the inspection
            if anchor_at is not None and abs(d.start - anchor_at) > 140:
                continue  # a date far from the mention belongs to something else
            dates.append((_date_role(sent.text, d.start, len(d.value) == 4), d.value))
        if trig is not None and _plural(trig) and not dates:
            continue  # "monitoring visits", "inspections": a generic mention, not one inspection
        out.append(Mention(sent, trig, kind, inspectors, others[0] if others else "", places, dates,
                           bool(_PRIOR_CUES.search(sent.text)), towns))
    return out


def _plural(span: Span) -> bool:
    last = span[-1].lower_
    return last.endswith("s") and last not in ("ilacs", "jtais", "sif") and not last.endswith("ss")


_CONTRACT_KINDS = {"inspection", "unannounced inspection", "focused visit", "monitoring visit",
                   "joint targeted area inspection"}


def _canonical_kind(kind: str) -> str:
    """The press's kinds of inspection, reduced to the contract's: a framework's name is an inspection."""
    if kind in _CONTRACT_KINDS:
        return kind
    if kind.startswith("unannounced"):
        return "unannounced inspection"
    if "monitoring" in kind:
        return "monitoring visit"
    return "inspection"


def _merge_kind(a: str, b: str) -> str:
    for k in _KIND_PRIORITY:
        if k in (a, b):
            return k
    return a or b


def _inspections(ctx: Ctx) -> list[tuple[Inspection, list[Mention]]]:
    lex = ctx.lex
    mentions = _mentions(ctx)
    if not mentions:
        return []
    doc_insp = _doc_inspectorates(ctx)
    main_subject = _main_subject(ctx)
    groups: list[tuple[Inspection, list[Mention]]] = []
    main: tuple[Inspection, list[Mention]] | None = None

    def new(m: Mention, previous: bool) -> tuple[Inspection, list[Mention]]:
        ins = Inspection(len(groups), list(dict.fromkeys(m.inspectors)), m.subject, list(m.places), m.kind, previous=previous)
        g = (ins, [m])
        groups.append(g)
        return g

    for m in mentions:
        own_dates = {v for _, v in m.dates}
        if main is None:
            if m.prior and own_dates and len(mentions) > 1:
                new(m, True)
                continue
            main = new(m, False)
            continue
        mi = main[0]
        disjoint = bool(m.places) and bool(mi.regions) and not (set(m.places) & set(mi.regions))
        other_subject = bool(m.subject) and bool(mi.subject) and m.subject != mi.subject \
            and lex.orgs.get(m.subject) is not None and ctx.out.orgs[m.subject].kind == ctx.out.orgs[mi.subject].kind
        main_years = {v[:4] for mm in main[1] for _, v in mm.dates}
        other_year = bool(own_dates) and bool(main_years) and not ({v[:4] for v in own_dates} & main_years) \
            and (m.prior or m.kind != mi.kind or m.trigger is not None)
        if disjoint or other_subject or other_year or (m.prior and own_dates and m.trigger is not None):
            # An earlier inspection named in passing, or another region: an inspection of its own.
            same = next((g for g in groups[1:] if ((set(g[0].regions) & set(m.places)) or
                         (not m.places and own_dates and own_dates & {g[0].visited, g[0].published}))
                         and not (m.prior and own_dates and {v[:4] for _, v in g[1][0].dates}
                                  and not {v[:4] for v in own_dates} & {v[:4] for mm in g[1] for _, v in mm.dates})),
                        None)
            if same is None:
                new(m, m.prior)
            else:
                same[1].append(m)
            continue
        main[1].append(m)
        mi.kind = _merge_kind(mi.kind, m.kind)
        for p in m.places:
            if p not in mi.regions:
                mi.regions.append(p)
        for o in m.inspectors:
            if o not in mi.inspectors:
                mi.inspectors.append(o)
        mi.inspectors = list(dict.fromkeys(mi.inspectors))
        if not mi.subject:
            mi.subject = m.subject
        elif m.subject and ctx.out.orgs[mi.subject].kind == "local authority" and m.subject in ctx.out.orgs \
                and _local_provider(ctx, m.subject):
            mi.subject = m.subject  # "a children's home run by the council ... Meadowbank House": the home
    for ins, ms in groups:
        for m in ms[1:]:
            ins.kind = _merge_kind(ins.kind, m.kind)
        for m in ms:
            for role, v in m.dates:
                if role == "visited" and not ins.visited:
                    ins.visited = v
                elif role == "published" and not ins.published:
                    ins.published = v
        if not ins.inspectors:
            if ins.kind == "joint targeted area inspection":
                ins.inspectors = list(doc_insp)
            else:
                ins.inspectors = doc_insp[:1]
        elif ins.kind == "joint targeted area inspection":
            ins.inspectors += [o for o in doc_insp if o not in ins.inspectors]
        if not ins.subject:
            # "At its previous inspection the home was rated good": the body of the main inspection.
            ins.subject = main[0].subject if main is not None and ins is not main[0] and main[0].subject else main_subject
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and subj.kind == "local authority":
            area = lex.orgs[ins.subject].area if ins.subject in lex.orgs else ""
            if area:
                ins.regions = [area]
                _add_place(ctx, area, ms[0].sent.start_char, ms[0].sent.end_char, "place.council-area")
        ins.evidence = [_ev(m.sent.start_char, m.sent.end_char, "inspection." + ("trigger" if m.trigger is not None else "verb"))
                        for m in ms]
    # A body's inspection with no region of its own covers the areas the article names.
    if main is not None and not main[0].regions and main[0].subject:
        used = {p for ins, _ in groups for p in ins.regions}
        subj = ctx.out.orgs.get(main[0].subject)
        if subj is not None and subj.kind != "local authority":
            main[0].regions = [k for k, p in ctx.out.places.items()
                               if _admin(ctx, k) and k not in used
                               and not all(ctx.in_quote(e.start) for e in p.evidence)]
            if not main[0].regions and subj.key not in lex.orgs:
                # "Lincolnshire Fire and Rescue": a body named after the area it serves
                words = subj.label.split()
                for n in (3, 2, 1):
                    k = slug(" ".join(words[:n]))
                    if len(words) > n and k in lex.places and lex.places[k].kind != "country":
                        ev = subj.evidence[0]
                        _add_place(ctx, k, ev.start, ev.end, "place.body-name")
                        main[0].regions = [k]
                        break
    # A care home, surgery, children's home or prison is placed by its town, not by a county.
    for ins, ms in groups:
        subj = ctx.out.orgs.get(ins.subject)
        if subj is not None and subj.key not in lex.orgs and _local_provider(ctx, subj.key):
            named = [slug(w) for w in re.findall(r"[A-Z][\w-]+", subj.label)]
            towns = [k for k in named if k in lex.places and lex.places[k].kind != "country"]
            if not towns and ctx.providers.get(subj.key):
                towns = [ctx.providers[subj.key]]
            for k in towns:
                _add_place(ctx, k, ms[0].sent.start_char, ms[0].sent.end_char, "place.provider-name")
            if not towns:
                towns = [k for m in ms for k in m.towns]
            if not towns:
                towns = [k for k, p in ctx.out.places.items() if p.kind in ("town", "city")
                         and not all(ctx.in_quote(e.start) for e in p.evidence)]
            if towns:
                ins.regions = list(dict.fromkeys(towns))
    # An earlier inspection of the same body covers the same places unless the text says otherwise.
    if main is not None:
        for ins, _ in groups:
            if ins is not main[0] and not ins.regions and ins.subject == main[0].subject:
                ins.regions = list(main[0].regions)
    groups = [g for g in groups if g[0].inspectors and g[0].subject]
    for n, (ins, _) in enumerate(groups):
        ins.local_id = n
    return groups


@lru_cache(maxsize=4)
def _grade_res(lex: Lexicon) -> tuple[str, re.Pattern, re.Pattern]:
    """The grade regexes, made from the frameworks' grade names: a group, a list item "Aspect – Grade", any grade."""
    assert lex.frameworks is not None
    words = lex.frameworks.word_pattern()
    grade_rx = f"({words})"
    list_item = re.compile(r"(?P<aspect>[A-Z][A-Za-z ,’'&/()?-]{1,100}?)\s*(?:–|—|:|\||-{1,2}|\t)\s*(?P<grade>" + words
                           + r")\b(?!\s+(?:practice|standard|quality))", re.I)
    return grade_rx, list_item, re.compile(rf"\b(?:{words})\b", re.I)


_JUDGE_CUE = re.compile(r"\b(?:rated|judged|graded|found to be|assessed as|deemed|remains?|is|are|was|were|been|be|as|now)\s+(?:as\s+|being\s+)?$", re.I)
_SUBJECT_WORDS = {"council", "authority", "service", "services", "division", "region", "area", "trust", "force",
                  "provider", "home", "it", "organisation", "department", "partnership", "children's", "children’s",
                  "cafcass", "unit", "team", "board", "agency", "prison", "hospital", "practice", "overall", "work"}
_VERB_CHAIN = re.compile(r"(?:\b(?:was|were|is|are|has|have|had|been|be|being|both|each|all|also|now|still|"
                         r"judged|rated|graded|found|assessed|deemed|considered|to|as|remains?|remained|branded|"
                         r"declared|labelled|labeled|given|awarded|handed|kept|retained|re-rated|"
                         r"overall|once|again|previously|currently)\s+)+$", re.I)
_NP_BOUNDARY = re.compile(r";|:|\(|\d{4}\s[—–]\s|\b(?:that|which|where|while|whilst|whereas|although|though|but|after|because|"
                          r"said|says|found|concluded|reported|judged|rated|considered|and found|when)\b", re.I)
_GENERIC_SUBJECT = re.compile(r"^(?:services?|it|they|the (?:council|authority|trust|force|service|services|provider|"
                              r"division|region|area|organisation|partnership|home)|children[’']?s (?:services|social care)|"
                              r"services? for children(?: and (?:young people|families))?|"
                              r"(?:(?:care|nursing|residential|children[’']?s)\s+)?home|"
                              r"(?:council|authority|trust|force|division|region|area|provider|home|organisation|"
                              r"partnership|agency|prison|hospital|unit|team|board)|overall)$", re.I)


_OVERALL = {"overall effectiveness", "overall", "overall rating", "overall judgement", "overall grade"}


def _bare_np(np_text: str) -> str:
    """A noun phrase without determiners, possessors or a trailing "at/in ..." phrase."""
    np = " ".join(np_text.replace("–", " ").replace("—", " ").split()).strip(" ,-")
    np = re.sub(r"^(?:and|the|its|their|our|his|her|a|an|all|some|both|each|also|overall,?)\s+", "", np, flags=re.I)
    np = re.sub(r"\s+(?:at|in|across|within|on|for the|by)\s+.*$", "", np)
    return np.strip(" ,")


def _aspects_in_np(lex: Lexicon, np_text: str) -> list[str]:
    """Aspects named by the subject, also as a list ("the quality of ..., and leadership and management")."""
    out = []
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+as well as\s+", np_text) if p.strip()]
    for part in parts:
        words = re.sub(r"^(?:\s*(?:and|the|its|their|our)\s+)+", "", part.strip(), flags=re.I).split()
        # The longest leading run of words that is a known aspect ("quality of education services for ...").
        for n in range(len(words), 0, -1):
            hit = lex.aspect_for(" ".join(words[:n]))
            if hit:
                out.append(hit)
                break
    return out


_AREA_COUNT = re.compile(r"\s+(?:overall\s+)?(?:in|for|across|on)\s+(?:(?:all|both|each|every|any|most)\s+(?:of\s+)?(?:the\s+|its\s+)?"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|\d+|other|remaining)\s+)?|"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|\d+|several|other|remaining|the other|the remaining)"
                         r"(?:\s+of\s+(?:the|its)\s+(?:two|three|four|five|six|seven|eight|nine|\d+))?\s+))"
                         r"(?:of\s+(?:the|its)\s+)?(?:[a-z-]+\s+){0,2}?(?:areas?|key questions|questions|domains|"
                         r"judgements|categories|pillars|themes|aspects|standards)\b", re.I)


def _aspect_run(lex: Lexicon, text: str) -> list[str]:
    """The aspects a list opens with ("safe, effective and well-led, the report said" gives three)."""
    rest = re.split(r"[;.)]|\s+(?:but|while|whereas)\b|[–—]", text.lstrip(" :,(–—-"), maxsplit=1)[0]
    out = []
    for item in re.split(r",?\s+and\s+|,\s*", rest):
        item = re.sub(r"^(?:(?:for|at|in)\s+)?(?:(?:being|its|the|their)\s+)?", "", item.strip(), flags=re.I)
        item = re.sub(r"\s+(?:key\s+)?(?:questions?|areas?|domains?)$", "", item.strip(" ."), flags=re.I)
        hit = lex.aspect_for(item)
        if not hit:
            break
        out.append(hit)
    return out


def _is_subject_np(ctx: Ctx, np_text: str, ins: Inspection) -> bool:
    np = _bare_np(re.sub(r"^.*?\b(?:[A-Z][\w-]+\s+)*(?:Council|Trust|Police|Service)[’']s\s+|^(?:the\s+)?council[’']s\s+", "",
                         np_text))
    # "Suffolk children's services", "Norfolk's safeguarding service": a place or body before the noun.
    words = np.split()
    while words and (ctx.lex.places.get(slug(re.sub(r"[’']s$", "", words[0]))) or words[0][:1].isupper()
                     and re.search(r"[’']s$", words[0])):
        words = words[1:]
    subj = ctx.out.orgs.get(ins.subject)
    if not words and subj is not None:
        # "Torbay was judged inadequate": the place a council or body is named after stands for it
        place = slug(re.sub(r"[’']s$", "", np))
        area = ctx.lex.orgs[subj.key].area if subj.key in ctx.lex.orgs else ""
        if place and (place == area or slug(subj.label).startswith(place + "-")):
            return True
    np = " ".join(words) if words else np
    if not np:
        return False
    if _GENERIC_SUBJECT.match(np) or re.search(r"\b(?:division|region|area|council|authority|trust|force|"
                                               r"partnership|provider|organisation|agency|department|board)$", np, re.I):
        return True
    names = {norm(subj.label), *(norm(a) for a in subj.aliases)} if subj else set()
    n = norm(np_text)
    if subj is not None and len(subj.label.split()) >= 3:
        # "youth justice services in Oldham" for "Oldham Youth Justice Service": the body's kind, placed
        kind_words = [w for w in subj.label.split() if not ctx.lex.places.get(slug(w))]
        kind = norm(" ".join(kind_words)).rstrip("s")
        if len(kind_words) >= 2 and len(kind_words) < len(subj.label.split()) and norm(np).rstrip("s") == kind:
            return True
    return any(x and x in n for x in names)


def _judgements(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    if not groups:
        return
    text = ctx.doc.text
    lex = ctx.lex
    main = next((g for g in groups if not g[0].previous), groups[0])
    seen: set[tuple[int, str, str]] = set()
    grade_rx, list_item, any_grade = _grade_res(lex)

    def insp_at(pos: int) -> Inspection:
        for ins, ms in groups:
            if any(m.sent.start_char <= pos < m.sent.end_char for m in ms):
                if ins.previous and ins is not main[0] and re.search(r"\b(?:is|are|has|have|been)\s+now\s+(?:rated\s+|judged\s+)?$|"
                                                                     r"\bnow\s+(?:rated|judged)\s+$", text[max(0, pos - 40):pos]):
                    return main[0]  # "its rating is now good, up from inadequate in 2019": the grade of today
                return ins
        return main[0]

    def add(ins: Inspection, aspect: str, grade: str, s: int, e: int, rule: str) -> None:
        # A grade word counts only on a scale of the inspectorates' frameworks ("weak" is no Ofsted grade).
        when = (ins.visited or ins.published or ctx.doc.date)[:4]
        found = lex.frameworks.grade(grade, ins.inspectors, int(when) if when.isdigit() else None, strict=True)
        if found is None:
            return
        grade = found.label
        if norm(aspect) in _OVERALL:
            # "Overall", "Overall effectiveness" and "overall rating" are one judgement of one inspection.
            same = next((j.aspect for j in ctx.out.judgements
                         if j.inspection == ins.local_id and norm(j.aspect) in _OVERALL), None)
            aspect = same or aspect
        k = (ins.local_id, aspect, grade)
        if k in seen or any(j.inspection == ins.local_id and j.aspect == aspect for j in ctx.out.judgements):
            return
        seen.add(k)
        ctx.out.judgements.append(Judgement(ins.local_id, aspect, grade, _ev(s, e, rule)))

    list_spans: list[tuple[int, int]] = []
    for ps, pe in _paragraphs(text):
        if ctx.in_mask(ps, pe):
            continue
        para = text[ps:pe]
        if not any_grade.search(para):
            continue
        items = list(list_item.finditer(para))
        # A grade list: several "Aspect – Grade" items, or one on a line of its own.
        if len(items) >= 2 or (len(items) == 1 and items[0].start() <= 3 and len(para) - items[0].end() <= 2):
            for it in items:
                raw = it.group("aspect").strip(" -–,")
                raw = re.sub(r"^(?:and|the)\s+", "", raw, flags=re.I)
                # CQC's key questions written out: "Is the service safe?", "Are services well-led?"
                raw = re.sub(r"^(?:is|are)\s+(?:the\s+)?(?:services?|it|they|trust|home|practice|provider)\s+(.+?)\??$",
                             r"\1", raw, flags=re.I).rstrip("?").strip()
                grade = lex.grade_for(it.group("grade"))
                aspect = lex.aspect_for(raw) or lex.aspect_for(raw.split(":")[-1].strip())
                if not aspect and len(raw.split()) <= 9 and not ctx.in_quote(ps + it.start()):
                    aspect = raw[:1].upper() + raw[1:]
                if aspect and grade and not ctx.in_quote(ps + it.start()):
                    s, e = ps + it.start("aspect"), ps + it.end()
                    add(insp_at(s), aspect, grade, s, e, "judgement.list")
                    list_spans.append((s, e))
    grade_spans = [s for s in ctx.lex_spans if s.label_ == "GRADE"]
    prev_for: tuple[int, int] | None = None  # (sentence start, end) of the last "GRADE for ASPECT" judgement
    aspect_spans = [s for s in ctx.lex_spans if s.label_ == "ASPECT"]
    for g in grade_spans:
        pos = g.start_char
        if ctx.in_mask(pos) or ctx.in_quote(pos) or any(a <= pos < b for a, b in list_spans):
            continue
        sent = g.sent
        before = text[sent.start_char:pos]
        after = text[g.end_char:sent.end_char]
        if before[-1:] in "‘'“\"" and after[:1] in "’'”\"":
            before, after = before[:-1], after[1:]  # "rated 'Requires improvement' for ...": a quoted grade
        if re.match(r"\s*(?:to|or)\s+(?:good|adequate|outstanding|inadequate|satisfactory|requires)", after, re.I):
            continue  # "good to adequate": a range, not a judgement
        if re.search(r"\bnot\s+(?:been\s+)?(?:rated\s+|judged\s+)?(?:as\s+)?$", before, re.I):
            continue
        # "received an inadequate rating for out-of-court disposals": the grade names a rating noun.
        noun_for = re.match(r"\s+(?:rating|grade|judgement)s?\s+(?:for|in)\s+", after, re.I)
        if noun_for and re.search(r"\b(?:receive[sd]?|receiving|given|gets?|got|awarded|earned|achieved|secured|"
                                  r"retained|kept|keeps|with)\s+(?:an?|the|its|their)\s+$", before, re.I):
            hits = _aspect_run(lex, after[noun_for.end():])
            for aspect in hits:
                add(insp_at(pos), aspect, lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.sentence")
            if hits:
                prev_for = (sent.start_char, g.end_char)
            continue
        # "rated leadership as good, court disposals as good and resettlement as inadequate": one verb, a list
        # of "ASPECT as GRADE" pairs.
        as_pair = re.search(r".*(?:,|\band)\s+((?:the\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+as\s+$", before)
        if as_pair and re.search(r"\b(?:rated|graded|judged|assessed)\s+(?:the\s+|its\s+)?[a-z][\w ’'-]{2,60}?\s+as\s+"
                                 + grade_rx, before, re.I):
            hit = lex.aspect_for(_bare_np(as_pair.group(1)))
            if hit:
                add(insp_at(pos), hit, lex.grade_for(g.text) or g.kb_id_, sent.start_char + as_pair.start(1), g.end_char,
                    "judgement.sentence")
                continue
        if re.search(r"\b(?:down|up|fallen|dropped|slipped|risen|improved|improving|fell|rose|climbed|moved)\s+from\s+$",
                     before, re.I) and insp_at(pos).previous and insp_at(pos) is not main[0]:
            # "now requires improvement, down from good when it was last inspected in 2020": the earlier grade
            add(insp_at(pos), lex.aspect_for("Overall effectiveness") or "Overall effectiveness",
                lex.grade_for(g.text) or g.kb_id_, pos, g.end_char, "judgement.down-from")
            continue
        overall_after = re.match(r"\s+overall\b", after, re.I)
        chain = _VERB_CHAIN.search(before)
        # "rated inadequate for being safe, requires improvement for being effective, and good for ...":
        # a grade coordinated with an accepted "GRADE for ASPECT" shares its verb.
        coordinated = prev_for is not None and prev_for[0] == sent.start_char and \
            re.search(r"(?:[,;]\s*(?:and\s+|but\s+)?|\s(?:and|but)\s+)$", before) and re.match(r"\s+(?:for|at|in)\b", after)
        rating_of = re.search(r"\brating(?:\s+of)?,?\s*$|\b(?:rated|graded) as\s*$", before, re.I)
        verb_np = re.search(r"\b(?:graded|rated|judged|assessed|found)\s+((?:the\s+|its\s+)?[a-z][\w ,’'-]{2,90}?)\s+(?:as|to be)\s+$",
                            before)
        if chain and not re.search(r"\b(?:was|were|is|are|been|be|being|judged|rated|graded|found|assessed|deemed|"
                                   r"considered|remains?|remained|branded|declared|labell?ed|given|awarded|"
                                   r"retained|kept)\b", chain.group(0), re.I):
            chain = None  # "from outstanding to inadequate": no verb, no judgement
        if not chain and re.match(r"requir(?:es|e|ed)\b", g.text, re.I) and not re.search(r"\b(?:to|not|may|might|will|would|could)\s+$", before, re.I):
            # "leadership requires improvement", "care leavers all require improvement": the grade is the verb.
            chain = re.search(r"(?:\b(?:all|both|each|also|still|now|further)\s+)*$", before, re.I)
        if rating_of and not chain:
            chain = rating_of  # "gave the council its lowest rating, inadequate"
        if verb_np and not chain:
            chain = re.search(r"\s(?:as|to be)\s+$", before)  # "graded overall effectiveness as ..."
        # "The previous inspection in 2019 found it good": the inspected body as the verb's object.
        pron_obj = re.search(r"\b(?:rated|judged|graded|found|deemed|assessed)\s+(?:it|them)\s+(?:as\s+|to\s+be\s+)?$",
                             before, re.I)
        if pron_obj and not chain:
            chain = pron_obj
        # "judged staffing ... inadequate", "rates the home good for ...": the verb's object before the grade.
        obj_np = re.search(r"\b(?:graded|rated|rates|grades|judged|found)\s+((?:the\s+)?[a-z][a-z ,’'-]{2,80}?)\s+$", before)
        only_obj = not (chain or coordinated or overall_after
                        or re.search(r"\boverall\s+(?:rating\s+(?:of|was|is)\s+)?$", before, re.I))
        if only_obj and not obj_np:
            continue
        if re.match(r"\s+(?!overall|for|in|at|by|across|and|to|after|following|with|since|from|on|when|but|as)[a-z]+", after):
            continue  # an adjective before a noun ("inadequate reports")
        grade = lex.grade_for(g.text) or g.kb_id_
        verb_at = sent.start_char + (chain.start() if chain else len(before))
        # The subject of the judgement: from the last clause boundary (or the previous grade) to the verb.
        lo = sent.start_char
        rel_np = ""
        for m in _NP_BOUNDARY.finditer(text, sent.start_char, verb_at):
            # "Hollybrook Lodge, which cares for 30 people, was rated good": the noun before the relative clause
            rel_np = text[lo:m.start()] if m.group(0).lower() in ("that", "which") else ""
            lo = m.end()
        for other in grade_spans:
            if lo <= other.end_char <= verb_at and other is not g:
                lo = other.end_char
                rel_np = ""
        aspects: list[str] = []
        inside = [a for a in aspect_spans if lo <= a.start_char and a.end_char <= verb_at
                  and not (len(a) == 1 and a[0].is_sent_start)]
        if inside:
            # The aspect nearest the verb, and those listed before it ("A, B and C were ...").
            chosen = [inside[-1]]
            for a in reversed(inside[:-1]):
                if re.fullmatch(r"\s*(?:[,;–—-]\s*)?(?:(?:and|or)\s+(?:of\s+|for\s+)?)?", text[a.end_char:chosen[-1].start_char]):
                    chosen.append(a)
                else:
                    break
            lo = min(lo, chosen[-1].start_char)
        np_text = text[lo:verb_at]
        if verb_np and not inside:
            # "They graded overall effectiveness as requires improvement"
            np_text = verb_np.group(1)
            hit = lex.aspect_for(_bare_np(np_text))
            if hit:
                aspects = [hit]
        if not chain and obj_np:
            # "Inspectors judged staffing and the quality of assessments inadequate": only named aspects count.
            parts = [_bare_np(x) for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", obj_np.group(1)) if x.strip()]
            hits = [lex.aspect_for(x) or lex.aspect_for(re.sub(r"^the\s+", "", x)) for x in parts]
            if hits and all(hits):
                aspects = hits
                lo = sent.start_char + obj_np.start(1)
        at_insp = obj_np is not None and re.match(r"\s+(?:at|in)\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:inspection|visit)\b",
                                                  after) and _is_subject_np(ctx, obj_np.group(1), insp_at(pos))
        if at_insp:
            # "Ofsted judged the council's services for children inadequate at their inspection in 2023"
            aspects = [lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
        if only_obj and not aspects and not (
                obj_np and re.match(r"\s+(?:overall\s+)?(?:for|(?:at|in)(?=\s+\w+ing\b))\s", after)
                and _GENERIC_SUBJECT.match(_bare_np(obj_np.group(1)))):
            continue  # "rated the home good for being caring" goes on to its aspects
        if len(np_text.split()) > 14 and "," in np_text and not inside:
            lo += np_text.rfind(",") + 1
            np_text = text[lo:verb_at]
        # "graded good in two areas, preventing crime and managing offenders": a counted set of areas names its
        # aspects after it, or none ("good in all five areas" is not the overall grade).
        counted = _AREA_COUNT.match(after)
        if counted:
            aspects = _aspect_run(lex, after[counted.end():]) if re.match(r"\s*[:,(–—-]", after[counted.end():]) else []
            prev_for = (sent.start_char, g.end_char)
            if not aspects:
                continue
        # "rated good for being effective", "outstanding for leadership"
        # "good at preventing crime" (PEEL grades an area of policing "at" it)
        if re.match(r"\s+(?:in|at)\s+(?:how|the way|what)\b", after, re.I):
            prev_for = (sent.start_char, g.end_char)
            continue  # "adequate in how it investigates crime": an area in other words, not the overall grade
        fm = None if counted else re.match(r"\s+(?:overall(?:\s+and|,)?\s+)?(?:for|in|at)\s+(?:its\s+|the\s+|being\s+)?", after, re.I)
        if fm:
            # "inadequate for being safe and well-led": every aspect up to the next comma or grade.
            tail = re.split(r"[,;](?!\s*(?:and\s+)?being\b)|\s+(?:but|while|whereas|and (?:good|outstanding|inadequate|"
                            r"requires|adequate))\b", after[fm.end():], maxsplit=1)[0]
            whole = lex.aspect_for(tail.strip())  # "for preventing fire and other risks": one aspect with "and"
            if "," in after[fm.end():]:
                # "for being safe, effective and well-led": a comma list goes on while its items are aspects.
                run = _aspect_run(lex, after[fm.end():])
                if len(run) > max(1 if whole else 0, len(re.split(r",?\s+and\s+|\s*/\s*|,\s*", tail))):
                    aspects = run
                    tail = ""
            for part in ([tail] if whole else re.split(r",?\s+and\s+|\s*/\s*|,\s*", tail) if tail else []):
                # "for organisational delivery and for its work on out-of-court disposals"
                part = re.sub(r"^(?:(?:for|at|in)\s+)?(?:(?:being|its|the|their)\s+)?(?:work (?:on|with|in)\s+)?"
                              r"(?:(?:the\s+)?(?:area|domain|key question|question)\s+of\s+)?",
                              "", part.strip(), flags=re.I)
                part = re.sub(r"\s+(?:key\s+)?(?:questions?|areas?|domains?)$", "", part.rstrip(" ."), flags=re.I)
                hit = lex.aspect_for(part) or next((a.kb_id_ for a in aspect_spans
                                                    if a.text.lower().endswith(part.lower()) and part), "")
                if hit:
                    aspects.append(hit)
            if aspects:
                prev_for = (sent.start_char, g.end_char)
                if re.match(r"\s+overall(?:\s+and|,)", after, re.I):
                    # "rated good overall and for being caring": the overall grade as well
                    aspects.insert(0, lex.aspect_for("Overall effectiveness") or "Overall effectiveness")
            elif re.match(r"\s+(?:at|for)\s+\w+ing\b", after):
                continue  # "good at preventing fires": a strength, not a graded aspect or the overall grade
        if not aspects and inside:
            aspects = [a.kb_id_ for a in reversed(chosen)]
        asw = re.match(r",?\s+as (?:was|were|did)\s+", after)
        if aspects and asw:
            # "A was judged inadequate, as were B and C"
            more = [a for a in aspect_spans if g.end_char + asw.end() - 1 <= a.start_char <= g.end_char + asw.end() + 2]
            if more:
                aspects.append(more[0].kb_id_)
            else:
                aspects += _aspect_run(lex, after[asw.end():])
        if not aspects:
            aspects = _aspects_in_np(lex, np_text)
        tail = np_text.rsplit(",", 1)[-1] if "," in np_text and not inside else ""
        if not aspects and tail.strip() and _aspects_in_np(lex, tail):
            aspects = _aspects_in_np(lex, tail)  # "At its last inspection, in 2022, leadership was rated ..."
        if not aspects:
            # "At its previous inspection, published in August 2022, the home was rated good": the subject is
            # the clause after the last comma.
            if _is_subject_np(ctx, np_text, insp_at(pos)) or overall_after or pron_obj \
                    or (tail.strip() and _is_subject_np(ctx, tail, insp_at(pos))) \
                    or (rel_np.strip(" ,") and _is_subject_np(ctx, rel_np, insp_at(pos))):
                aspects = [lex.aspect_for("Overall effectiveness") or "Overall effectiveness"]
            else:
                np = _bare_np(np_text)
                if chain and re.search(r"\b(?:rated|judged|graded)\b", chain.group(0), re.I) \
                        and re.search(r"\b(?:services?|care)$", np, re.I) and 2 <= len(np.split()) <= 4:
                    aspects = [np[:1].upper() + np[1:]]
        for aspect in aspects:
            add(insp_at(pos), aspect, grade, lo, g.end_char, "judgement.sentence")
    _one_framework(ctx)
    # The overall grade: the overall aspect, or the one headline judgement of a single-aspect inspection.
    for ins, _ in groups:
        js = [j for j in ctx.out.judgements if j.inspection == ins.local_id]
        overall = [j for j in js if norm(j.aspect) in _OVERALL]
        if overall:
            ins.overall = overall[0].grade
        elif len(js) == 1 and ("safeguarding" in norm(js[0].aspect) or ins.previous):
            # An earlier inspection named in passing ("rated good in 2019") has one grade: its overall one.
            ins.overall = js[0].grade


def _one_framework(ctx: Ctx) -> None:
    """One inspection is graded under one framework: a name several frameworks share ("children in care")
    means the aspect of the framework the inspection's other judgements come from."""
    lex = ctx.lex
    by_ins: dict[int, list[Judgement]] = {}
    for j in ctx.out.judgements:
        by_ins.setdefault(j.inspection, []).append(j)
    for js in by_ins.values():
        if len(js) < 3:
            continue
        fws = Counter(f for j in js if j.aspect in lex.aspects and norm(j.aspect) not in _OVERALL
                      for f in set(lex.aspects[j.aspect].frameworks))
        if not fws:
            continue
        fw, n = fws.most_common(1)[0]
        if n < 2:
            continue
        have = {j.aspect for j in js}
        for j in js:
            a = lex.aspects.get(j.aspect)
            if a is None or fw in a.frameworks or norm(j.aspect) in _OVERALL:
                continue
            names = {norm(x) for x in [a.label, *a.aliases]}
            alts = [b.label for b in lex.aspects.values() if fw in b.frameworks
                    and names & {norm(x) for x in [b.label, *b.aliases]}]
            if len(alts) != 1:
                continue
            if alts[0] in have:
                ctx.out.judgements.remove(j)  # the same judgement, named a second way
            else:
                have.add(alts[0])
                j.aspect = alts[0]


def _prune_passing(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> list[tuple[Inspection, list[Mention]]]:
    """An earlier inspection of the main subject named only in passing ("last inspected in 2019", "the first
    full inspection since 2022") is no inspection of its own: one is kept only when the text gives it both a
    grade and a date. A same-subject split that is not an earlier one ("It follows inspections in October")
    was the main inspection's own visit: its dates go to the main inspection."""
    if len(groups) < 2:
        return groups
    main = next((g for g in groups if not g[0].previous), groups[0])[0]
    graded = {j.inspection for j in ctx.out.judgements}
    keep = []
    for g in groups:
        ins = g[0]
        dated = bool(ins.visited or ins.published)
        if ins is main or (ins.local_id in graded and dated) \
                or (not ins.previous and (ins.kind != main.kind or ins.subject != main.subject)):
            keep.append(g)  # a graded and dated earlier inspection, another body, or another kind of visit
            continue
        if not ins.previous and ins.local_id not in graded:
            main.visited = main.visited or ins.visited
            main.published = main.published or ins.published
        ctx.out.judgements = [j for j in ctx.out.judgements if j.inspection != ins.local_id]
    if len(keep) == len(groups):
        return groups
    renum = {ins.local_id: n for n, (ins, _) in enumerate(keep)}
    for j in ctx.out.judgements:
        j.inspection = renum[j.inspection]
    for ins, _ in keep:
        ins.local_id = renum[ins.local_id]
    return keep


def _recommendations(ctx: Ctx, groups: list[tuple[Inspection, list[Mention]]]) -> None:
    if not groups:
        return
    text = ctx.doc.text
    main = next((g for g in groups if not g[0].previous), groups[0])[0]
    paras = _paragraphs(text)
    found: list[Recommendation] = []
    in_section = False
    for idx, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        if ctx.in_mask(ps, pe):
            continue
        m = re.match(r"(?:recommendation|rec\.?)\s*(?:no\.?\s*)?(\d{1,2})\s*[:.\-–)]?\s*(.*)$", para, re.I)
        if m:
            body, start, end = m.group(2).strip(), ps + m.start(2), pe
            if not body and idx + 1 < len(paras):
                start, end = paras[idx + 1]
                body = text[start:end].strip()
            if body:
                found.append(Recommendation(main.local_id, int(m.group(1)), body, _ev(start, end, "recommendation.heading")))
            continue
        nm = re.match(r"(?:R|Rec\.?\s*)?(\d{1,2})(?:[.):]\s+|\s+(?=[A-Z]))(.{10,})$", para)
        bm = re.match(r"[-•*·–]\s+(.{10,})$", para)
        if not (nm or bm) and re.search(r"\b(?:recommend\w*|areas? for (?:improvement|development)|must (?:improve|act)|"
                                      r"should (?:improve|do)|next steps|what needs to improve|"
                                      r"actions? (?:required|needed))\b", para, re.I) \
                and (para.rstrip().endswith(":") or len(para) < 100):
            in_section = True
            continue
        if not (nm or bm) and re.search(r"\b(?:[Ii]nspectors|[Tt]he (?:report|letter|inspectorate|regulator|watchdog)|[A-Z]\w+) "
                                        r"(?:said|says|found|concluded|asked)(?: that)? (?:the |its )?\w+(?: \w+)? "
                                        r"(?:should|must|needs? to|ought to)\s*:\s*$", para):
            in_section = True  # "Inspectors said the council should:" and a list of what it should do
            continue
        if in_section and nm:
            found.append(Recommendation(main.local_id, int(nm.group(1)), nm.group(2).strip(),
                                        _ev(ps + nm.start(2), pe, "recommendation.numbered")))
            continue
        if in_section and bm:
            found.append(Recommendation(main.local_id, None, bm.group(1).strip(),
                                        _ev(ps + bm.start(1), pe, "recommendation.bullet")))
            continue
        if in_section and not (nm or bm) and len(para) > 60:
            in_section = False
    if not found:
        found = _running_recommendations(ctx, main)
    ctx.out.recommendations = found


_REC_ACTOR = r"(?:[Ii]nspectors|[Tt]he (?:inspectorate|watchdog|regulator|report)|[A-Z][\w’'&]+(?: [A-Z][\w’'&]+){0,2})"
_REC_BODY = r"(?:the |its )?(?:council|service|trust|force|home|provider|authority|partnership|board|practice|school|prison|unit|it|them)"
_RUNNING_REC = re.compile(
    # "Inspectors asked the council to improve ..., and to make sure ..."
    r"\b" + _REC_ACTOR + r"\s+(?:also\s+)?(?:asked|told|urged|called on|recommended)\s+" + _REC_BODY + r"\s+to\s+"
    # "The inspectorate recommended that the service makes sure ..."
    r"|\b" + _REC_ACTOR + r"\s+(?:also\s+)?recommend(?:s|ed)\s+that\s+(?:" + _REC_BODY + r"\s+(?:should\s+|must\s+)?)?"
    # "The report says the council needs to improve ...": what it must do, with a verb of improvement kept
    r"|\b" + _REC_ACTOR + r"\s+(?:also\s+)?(?:says|said|found|concluded)\s+(?:that\s+)?" + _REC_BODY +
    r"\s+(?:needs?\s+to|should|must|ought\s+to)\s+(?=(?:improve|make sure|ensure|review|strengthen|reduce|"
    r"increase|address|tackle|develop)\b)"
    # "Estyn's two recommendations were to improve ... and to strengthen ..."
    r"|\b(?:[A-Z][\w-]+[’']s|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:main\s+|key\s+)?"
    r"recommendations\s+(?:were|are)\s+(?:that\s+" + _REC_BODY + r"\s+should\s+|to\s+)")


def _running_recommendations(ctx: Ctx, main: Inspection) -> list[Recommendation]:
    """Recommendations given in running text: "Inspectors asked the council to A, and to B"."""
    text = ctx.doc.text
    out: list[Recommendation] = []
    for m in _RUNNING_REC.finditer(text):
        if ctx.in_mask(m.start()) or ctx.in_quote(m.start()):
            continue
        actor = m.group(0).split()[0]
        if actor[:1].isupper() and actor.lower() not in ("inspectors", "the", "its", "their") \
                and not any(o.kind == "inspectorate" and any(e.start == m.start() for e in o.evidence)
                            for o in ctx.out.orgs.values()):
            continue  # "Parents asked the council to ...": only an inspectorate recommends
        end = re.search(r"\.(?=\s|$)|\n|$", text[m.end():])
        body = text[m.end():m.end() + end.start()].strip()
        if len(body) < 15:
            continue
        parts = [p.strip(" ,;") for p in re.split(r",?\s+and\s+to\s+|;\s*(?:and\s+)?(?:to\s+)?", body) if p.strip(" ,;")]
        pos = m.end()
        for n, part in enumerate(parts, 1):
            at = text.find(part, pos)
            at = at if at >= 0 else m.end()
            pos = at + len(part)
            out.append(Recommendation(main.local_id, n if len(parts) > 1 else None, part,
                                      _ev(at, at + len(part), "recommendation.running-text")))
    return out


# ---------------------------------------------------------------- entry points


def _anchor(doc: Document) -> tuple[str, bool]:
    if doc.date:
        return doc.date, True
    dated = [d.value for d in find_dates(doc.text, "", False) if len(d.value) >= 7]
    return (max(dated), False) if dated else ("", False)


def extract_parsed(doc: Document, sp: Doc) -> Extraction:
    """Run every rule over one document already parsed by the spaCy pipeline."""
    lex = load()
    out = Extraction(doc)
    masked = doc.furniture or furniture(doc.text)
    doc.furniture = masked
    anchor, dated = _anchor(doc)
    ctx = Ctx(doc, sp, lex, out, masked, anchor=anchor, doc_dated=dated)
    ctx.lex_spans = sorted((s for s in sp.spans.get("lex", []) if not ctx.in_mask(s.start_char)), key=lambda s: s.start)
    ctx.quotes = [q for q in find_quotes(doc.text) if not ctx.in_mask(q.start)]
    _orgs(ctx)
    _places(ctx)
    _doc_council(ctx)
    _people(ctx)
    _attribute(ctx)
    groups = _inspections(ctx)
    _judgements(ctx, groups)
    groups = _prune_passing(ctx, groups)
    out.inspections = [g[0] for g in groups]
    _recommendations(ctx, groups)
    return out


def extract(doc: Document) -> Extraction:
    return extract_parsed(doc, pipeline()(doc.text))


def extract_many(docs: Iterable[Document], n_process: int = 1, batch_size: int = 16) -> Iterator[Extraction]:
    """Stream documents through nlp.pipe and the rules, in order."""
    nlp = pipeline()
    docs = list(docs) if n_process > 1 else docs
    if n_process > 1:
        for d, sp in zip(docs, nlp.pipe((d.text for d in docs), n_process=n_process, batch_size=batch_size), strict=True):
            yield extract_parsed(d, sp)
    else:
        for d in docs:
            yield extract_parsed(d, nlp(d.text))
