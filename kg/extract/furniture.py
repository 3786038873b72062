"""Page furniture: picture credits, comment rules, sharing and related-article lists that yield nothing."""

from __future__ import annotations

import re

from .rules import pattern

_FURNITURE_LINE = pattern("furniture", "line")
_FURNITURE_SECTION = pattern("furniture", "section")
_LINK_LEAD = pattern("furniture", "link_lead")
_CAPTION = pattern("furniture", "caption")
_ADDRESS = pattern("furniture", "address")
# A name before an address on one line: no digit in it, a comma after it.
NAMED_ADDRESS = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?P<name>[A-Z][^,\d\n]{2,80}?)(?=,\s)")


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
            # ("3. Kirkham Pre-School, Nelson Street, Preston PR4 2JP": a round-up's item, its name then its
            # address; only the address is furniture)
            named = NAMED_ADDRESS.match(line) if _ADDRESS.match(line) else None
            out.append((start + (named.end("name") if named else 0), start + len(line)))
        if _LINK_LEAD.match(line):
            out.extend(_linked_headlines(lines, offsets, i))
        if _CAPTION.match(line) and i > 0 and 0 < len(lines[i - 1].strip()) <= 80 \
                and lines[i - 1].rstrip()[-1:] not in ".!?:\"”":
            out.append((offsets[i - 1], offsets[i - 1] + len(lines[i - 1])))  # the picture's title line
    return out


def _linked_headlines(lines: list[str], offsets: list[int], i: int) -> list[tuple[int, int]]:
    """The linked headlines after a "Read more" line: the next block of short lines (a list of links)."""
    k = i + 1
    while k < len(lines) and (not lines[k].strip() or _LINK_LEAD.match(lines[k])):
        k += 1
    out = []
    while k < len(lines) and lines[k].strip() and len(lines[k]) <= 200 and len(out) < 8:
        out.append((offsets[k], offsets[k] + len(lines[k])))
        k += 1
    return out


def address_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the address lines (a UK postcode early in a short line)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if len(line) < 400 and _ADDRESS.match(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
