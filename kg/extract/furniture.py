"""Page furniture: picture credits, comment rules, sharing and related-article lists that yield nothing."""

from __future__ import annotations

from .rules import pattern

_FURNITURE_LINE = pattern("furniture", "line")
_FURNITURE_SECTION = pattern("furniture", "section")


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
