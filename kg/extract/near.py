"""Aspects named in other words: a journalist's 'education quality' or 'children in permanent placements' read
as the framework's own aspect when most of their words (by stem) are that aspect's words and no other's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..lexicon import Lexicon
from .rules import words

_FILLER = words("judgement_forms", "aspect_filler")
# A stem: the word's first letters, so that "permanent" meets "permanence" and "leaders" meets "leadership"
# (six: "quality" and "qualifications", "surgery" and "surgeons" stay apart).
_STEM = 6


def stems(text: str) -> frozenset[str]:
    """The stems of a name's content words (an aside in brackets says what the name means: left out)."""
    text = re.sub(r"\([^()]*\)", " ", text)
    toks = re.findall(r"[a-z]+", text.lower().replace("’", "'").replace("'s", ""))
    return frozenset(w[:_STEM] for w in toks if w not in _FILLER and len(w) > 1)


@lru_cache(maxsize=256)
def _names(lex: Lexicon, frameworks: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(a name, its stems) for the names of the aspects of FRAMEWORKS."""
    named = ((n, stems(n)) for a in lex.aspects.values() if frameworks & set(a.frameworks) for n in [a.label, *a.aliases])
    return tuple((n, s) for n, s in named if s)


def near_aspect(lex: Lexicon, text: str, frameworks: Iterable[str]) -> str:
    """The name of an aspect of FRAMEWORKS that TEXT says in other words, or "": it shares at least half the stems
    of both names together (two or more of them, or the one word of two one-word names), and no name of another aspect does
    as well (the same words in two frameworks are one name, which the inspection's framework then reads)."""
    mine = stems(text)
    if not mine:
        return ""
    best: dict[frozenset[str], tuple[float, str]] = {}
    for name, theirs in _names(lex, frozenset(frameworks)):
        shared = len(mine & theirs)
        if shared < 2 and not (shared == len(mine) == len(theirs) == 1):
            continue
        score = shared / len(mine | theirs)
        if score > best.get(theirs, (0.0, ""))[0]:
            best[theirs] = (score, name)
    ranked = sorted(best.values(), key=lambda h: -h[0])
    if not ranked or ranked[0][0] < 0.5 or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]
                                            and lex.aspect_for(ranked[1][1]) != lex.aspect_for(ranked[0][1])):
        return ""
    return ranked[0][1]


def reworded(lex: Lexicon, text: str, frameworks: Iterable[str], body: str = "") -> str:
    """The framework's name for an aspect TEXT gives in words of its own, or "" when TEXT is best kept: a name
    the framework's says with a word more or less ("getting the right help at the right time"), or in another
    order, is the text's own way of naming it. Words of the inspected BODY's name inside TEXT ("Cafcass private law practice") are
    no part of the aspect's."""
    if body:
        drop = stems(body)
        text = " ".join(w for w in text.split() if not (stems(w) and stems(w) <= drop))
    name = near_aspect(lex, text, frameworks)
    if not name:
        return ""
    mine, theirs = stems(text), stems(name)
    return "" if mine <= theirs or theirs <= mine else name
