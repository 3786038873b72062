"""Families of kinds of local provider (schools, homes, surgeries, prisons, hospitals) and the lead that
introduces one."""

from __future__ import annotations

import re

from .context import Ctx
from .rules import word_list

FAMILIES = {line.partition(":")[0].strip(): line.partition(":")[2].split()
            for line in word_list("places", "provider_families")}

HOUSE_NAMES = frozenset(FAMILIES["home"]) - {"home"}


def family(label: str) -> list[str]:
    """The nouns of the family of kinds a provider's name ends in ("... Academy": school, academy, college ...)."""
    words = label.lower().split()
    last = words[-1] if words else ""
    # ("Cherry Tree Early Years Centre": a noun of several words, joined by "_" in the list, ends the name)
    last = next((n for nouns in FAMILIES.values() for n in nouns if "_" in n
                 and words[-n.count("_") - 1:] == n.split("_")), last)
    if label.startswith(("HMP", "HMYOI", "HM Prison")):
        last = "prison"
    elif label.startswith("Ysgol "):
        last = "school"  # "Ysgol Gynradd Bryn Celyn": a Welsh school, its kind opening its name
    return next((nouns for nouns in FAMILIES.values() if last in nouns), [])


def nouns_rx(nouns: list[str]) -> str:
    """An alternation of NOUNS, the longest first ("early_years_centre" as its words)."""
    return "|".join(re.escape(n).replace("_", r"\s+") for n in sorted(set(nouns), key=len, reverse=True))


def lead_end(ctx: Ctx) -> int:
    """Where the article's first two sentences end (a headline and its lead, or the lead alone): "A prison in
    Devon has made progress" there is the body's."""
    text = ctx.doc.text
    first = text.lstrip().split("\n", 1)[0].rstrip()
    # a headline (a first line with no full stop) and the lead sentence under it, else the first sentence
    skip = text.find(first) + len(first) if first and first[-1:] not in ".!?\"”’" else 0
    return next((s.end_char for s in ctx.sp.sents if s.start_char >= skip and s.text.strip()), len(text))
