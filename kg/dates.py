"""Dates in text: absolute, partial, ranges and relative ones resolved against a document date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_M = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"((?:19|20)\d\d)"

_COUNTED = r"(?!\s+(?!was\b|has\b|is\b|as\b)[a-z]+s\b)"  # "in March 12 homes ...": a count, not a day

# Order matters: the longest, most precise forms first.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b" + _Y + r"-(\d\d)-(\d\d)\b")),
    ("range_dmy", re.compile(r"\b(?:between\s+)?" + _D + r"(?:\s+" + _M + r")?\s*(?:and|to|-|–|—)\s*" + _D + r"\s+" + _M + r",?\s+" + _Y + r"\b", re.I)),
    # ("10 April 2019", "10-Apr-2019": a day, a month and a year, spaced or hyphenated as data tables print them)
    ("dmy", re.compile(r"\b" + _D + r"(?:\s+(?:of\s+)?|-)" + _M + r"(?:,?\s+|-)" + _Y + r"\b", re.I)),
    ("mdy", re.compile(r"\b" + _M + r"\s+" + _D + r",?\s+" + _Y + r"\b", re.I)),
    ("slash", re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")),
    ("month_range_y", re.compile(r"\b" + _M + r"\s+(?:and|to|-|–)\s+" + _M + r",?\s+" + _Y + r"\b", re.I)),
    ("my", re.compile(r"\b" + _M + r",?\s+" + _Y + r"\b", re.I)),
    # A month with its year named relatively ("in November last year", "on 3 May this year"): the document's own
    # year moved by the word, never a year guessed from other dates in the text.
    ("month_rel", re.compile(r"\b(?:" + _D + r"\s+(?:of\s+)?)?" + _M + r",?\s+(last|this|next)\s+year\b", re.I)),
    # A day and month with no year ("published on 3 November", "between 2 and 13 October"): resolved like a
    # month alone, to the day.
    ("range_dm", re.compile(r"\b(?:between\s+)?" + _D + r"(?:\s+" + _M + r")?\s*(?:and|to|-|–|—)\s*" + _D + r"\s+" + _M
                            + r"(?!\s*,?\s*(?:19|20)\d\d)\b", re.I)),
    ("dm", re.compile(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r"(?!\s*,?\s*(?:19|20)\d\d)\b", re.I)),
    # The same with the month first ("carried out between August 21 and September 21", "on March 3"); not a count
    # after a month ("in March 12 homes ...": a noun follows).
    ("range_md", re.compile(r"\b(?:between\s+)?" + _M + r"\s+" + _D + r"\s*(?:and|to|-|–|—)\s*(?:" + _M + r"\s+)?" + _D
                            + r"\b(?!\s*,?\s*(?:19|20)\d\d)" + _COUNTED, re.I)),
    ("md", re.compile(r"\b" + _M + r"\s+" + _D + r"\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*%)" + _COUNTED, re.I)),
    ("relative", re.compile(r"\b(today|yesterday|this morning|this afternoon|this evening|tonight|earlier today|"
                            r"this week|last week|this month|last month|this year|last year|"
                            r"(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)),
    ("month_only", re.compile(r"\b(?:in|during|since|from|of|by|last)\s+" + _M + r"(?!\s*,?\s*(?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"(?<![\d/£$.,-])\b((?:19|20)\d\d)\b(?![\d/%-])")),
]


@dataclass
class DateMention:
    start: int
    end: int
    value: str  # ISO, as precise as the text allows ("" when it cannot be resolved)
    kind: str  # pattern name
    text: str


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}"


_TIMESTAMP = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")


def parse_date(text: str) -> str:
    """An ISO date from one date expression or timestamp, or ""."""
    m = _TIMESTAMP.match(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    for mention in find_dates(text, ""):
        if mention.value:
            return mention.value
    return ""


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def resolve_relative(phrase: str, anchor: str) -> str:
    """Resolve "last month", "on Tuesday", "today" against the document's own date (ISO day)."""
    if len(anchor) < 10:
        return ""
    a = dt.date.fromisoformat(anchor[:10])
    p = phrase.lower().split()
    if p == ["today"] or p[0] in ("this", "tonight", "earlier") and p[-1] in ("morning", "afternoon", "evening",
                                                                           "tonight", "today"):
        return a.isoformat()
    if p == ["yesterday"]:
        return (a - dt.timedelta(days=1)).isoformat()
    if p == ["this", "month"]:
        return _iso(a.year, a.month)
    if p == ["last", "month"]:
        return _iso(*_shift_month(a.year, a.month, -1))
    if p == ["this", "year"]:
        return _iso(a.year)
    if p == ["last", "year"]:
        return _iso(a.year - 1)
    if p[-1] == "week":
        start = a - dt.timedelta(days=a.weekday() + (7 if p[0] == "last" else 0))
        end = start + dt.timedelta(days=6)
        return _iso(start.year, start.month) if start.month == end.month else ""
    if p[-1] in WEEKDAYS:
        # ("published on Thursday" in a story dated that Thursday is that day; "last Thursday" a week before)
        back = (a.weekday() - WEEKDAYS[p[-1]]) % 7 or (7 if p[0] == "last" else 0)
        return (a - dt.timedelta(days=back)).isoformat()
    return ""


def resolve_month(month: int, anchor: str, doc_dated: bool) -> str:
    """A month named without a year: the latest such month not after the document's date,
    or, with only a lower bound (the latest date the text states), the first one after it."""
    if len(anchor) < 7:
        return ""
    y, m = int(anchor[:4]), int(anchor[5:7])
    if doc_dated:
        return _iso(y if month <= m else y - 1, month)
    return _iso(y if month >= m else y + 1, month)


def find_dates(text: str, anchor: str, doc_dated: bool = True) -> list[DateMention]:
    """Every date expression in the text, resolved; overlapping matches keep the earliest pattern."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groups()
            value = ""
            if kind == "iso":
                value = _iso(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "range_dmy":
                month = g[1] or g[3]
                value = _iso(int(g[4]), _month(month), int(g[0]))
            elif kind == "dmy":
                value = _iso(int(g[2]), _month(g[1]), int(g[0]))
            elif kind == "mdy":
                value = _iso(int(g[2]), _month(g[0]), int(g[1]))
            elif kind == "slash":
                value = _iso(int(g[2]), int(g[1]), int(g[0]))  # British day/month/year
            elif kind == "month_range_y":
                value = _iso(int(g[2]), _month(g[0]))
            elif kind == "my":
                value = _iso(int(g[1]), _month(g[0]))
            elif kind == "month_rel":
                shift = {"last": -1, "this": 0, "next": 1}[g[2].lower()]
                if doc_dated and len(anchor) >= 4:
                    value = _iso(int(anchor[:4]) + shift, _month(g[1]), int(g[0])) if g[0] else \
                        _iso(int(anchor[:4]) + shift, _month(g[1]))
            elif kind in ("range_dm", "dm", "range_md", "md"):
                day, month = {"range_dm": (g[0], g[1] or g[3]), "dm": (g[0], g[1]), "range_md": (g[1], g[0]),
                              "md": (g[1], g[0])}[kind]
                if not 1 <= int(day) <= 31 or kind in ("range_md", "md") and not month[:1].isupper():
                    continue  # ("may 5" is no date)
                ym = resolve_month(_month(month), anchor, doc_dated)
                value = _iso(int(ym[:4]), int(ym[5:7]), int(day)) if ym else ""
            elif kind == "relative":
                value = resolve_relative(g[0], anchor) if doc_dated else ""
            elif kind == "month_only":
                if g[0].lower() == "may" and not text[s:e].lower().startswith(("in ", "during ", "since ")):
                    continue  # "by May" is fine, but "may" the verb is common
                value = resolve_month(_month(g[0]), anchor, doc_dated)
                s = m.start(1)
            elif kind == "year":
                value = g[0]
            taken.append((m.start(), e))
            out.append(DateMention(s, e, value, kind, text[s:e]))
    out.sort(key=lambda d: d.start)
    return out


_DATELINE_CUE = re.compile(r"^\W*(?i:published|posted|updated|date|dated|issued|first published|last updated)\b|"
                           r"\b(?i:by)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:\s+on\b|\s*[,|–—-])|"
                           r"^\s*[A-Z][A-Z ]+,\s")


# The word that gives a byline's date of publication, right before it.
_PUBLISHED_CUE = re.compile(r"(?:Published|Posted|First published)(?:\s+on)?\s*:?\s*$")
# A date field opening the text, as page extracts carry it ("date 2023-07-20 ...").
_DATE_FIELD = re.compile(r"\A\s*(?i:date|published|posted)\s*:?\s*((?:19|20)\d\d-\d\d-\d\d)\b")
# A dateline opening the first paragraph: a place in capitals, a full date and a dash.
_LEAD_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'’-]+,\s*(?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)\s*[—–-]\s")
# "Press release, 16 May 2024", "Wiltshire Weekly, 28 March 2024": a short label, a comma and the date.
_LABEL_DATE = re.compile(r"^\s*(?:[Pp]ress [Rr]elease|[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|on|the|&)\s+)?[A-Z][\w’'&-]*){0,3})\s*,\s*$")


def document_date(text: str, lines: int = 6) -> str:
    """The date a plain-text document states for itself near its top ("Published: 12 September 2023",
    "Posted by X on 18 March 2019", "LEEDS, 14 March 2024 —", or a date alone on a line), or ""."""
    head = _DATE_FIELD.match(text)
    if head:
        return parse_date(head.group(1))  # "date 2023-07-20 A Northampton nursery ...": a page's date field
    top = [ln for ln in text.splitlines() if ln.strip()][:lines]
    for line in top:
        # A byline's "Published DATE", even run into the author's name ("Jo SmithPublished 27th Mar 2024"), is
        # the article's date, before a "Last updated" line under it
        if len(line) > 140 or line.rstrip().endswith("."):
            continue
        ds = [d for d in find_dates(line, "") if d.kind in ("iso", "dmy", "mdy", "slash")]
        cued = [d for d in ds if _PUBLISHED_CUE.search(line[:d.start])]
        if len(cued) == 1:
            return cued[0].value
    for line in top:
        lead = _LEAD_DATELINE.match(line)
        if lead:
            line = lead.group(1)  # "BURY, 14 March 2024 — Children's services in Bury ...": the dateline only
        if len(line) > 100:
            continue
        ds = [d for d in find_dates(line, "") if d.kind in ("iso", "dmy", "mdy", "slash")]
        if len(ds) != 1:
            continue
        rest = (line[:ds[0].start] + line[ds[0].end:]).strip(" \t-–—|,.:")
        if _LABEL_DATE.match(line[:ds[0].start]) and not line[ds[0].end:].strip(" .") and len(line) <= 60:
            return ds[0].value
        if not rest or (len(line) <= 80 and _DATELINE_CUE.search(line)) or re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
                                                                  rest, re.I):
            return ds[0].value
        if _page_dateline(line, rest):
            return ds[0].value
    return ""


_TODAY = re.compile(r"\btoday\s*[,(]?\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?(?:the\s+)?$", re.I)


def stated_today(text: str, dates: list[DateMention]) -> str:
    """The day the text calls "today" by its full date ("in a report published today, Tuesday 8 July 2025"):
    the document's own date where no dateline gives it, or "". DATES: the text's dates (find_dates)."""
    days = {d.value for d in dates if d.kind in ("dmy", "mdy", "iso") and _TODAY.search(text[max(0, d.start - 40):d.start])}
    return days.pop() if len(days) == 1 else ""


_WEEKDAY_OR_TIME = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:.]\d\d\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))\b",
                              re.I)
_NOT_DATELINE = re.compile(r"\b(?:inspect\w*|visit\w*|report\w*|rated|judged|graded|published on|took place)\b", re.I)


def _page_dateline(line: str, rest: str) -> bool:
    """A news page's dateline or byline: a short line giving one date beside a weekday, a time of day, or labels
    set apart by bars or dots ("Health | Wednesday 5 June 2024", "Thursday 13 March 2025, 4:12pm",
    "Wisbech | 2 May 2024"); not a sentence about a visit or a report."""
    if len(line) > 90 or _NOT_DATELINE.search(line) or line.rstrip().endswith("."):
        return False
    pieces = [p for p in re.split(r"\s*[|·•]\s*|\s+[–—-]\s+", rest) if p.strip()]
    short = all(len(p.split()) <= 6 for p in pieces)
    return short and (bool(_WEEKDAY_OR_TIME.search(line)) or bool(re.search(r"[|·•]", line)))
