"""Page furniture: picture credits, comment rules, sharing and related-article lists that yield nothing."""

from __future__ import annotations

import re

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


def find_furniture(text: str) -> list[tuple[int, int]]:
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
