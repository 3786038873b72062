"""Elected members' posts next to a name: "Jane Doe MS", "the Labour MP for Anytown, Jane Doe"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import slug
from ..model import Org
from .context import Ctx, _ev
from .rules import pattern_text, word_list, word_map


@dataclass
class PoliticalPost:
    role: str  # "MP for Anytown", or "MSP" when the text names no seat
    party: str  # the party's label, or ""
    start: int  # character range of the post's words
    end: int
    party_at: tuple[int, int] = (0, 0)  # where the text names the party


_PARTIES = word_map("politics", "parties")
_ABBREVIATIONS = word_list("politics", "member_abbreviations")
_PARTY_ASIDE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, {*_PARTIES, *word_list("politics", "bracket_abbreviations")}),
                                                   key=len, reverse=True))
                          + r")(?:\s*[,/;–-]\s*[A-Z][\w’' &-]{1,40})?")


def party_aside(text: str) -> bool:
    """Whether TEXT (what brackets after a name hold) is a party, and a ward after it: "Lab", "Conservative, Hessle"."""
    return _PARTY_ASIDE.fullmatch(text.strip()) is not None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    abbr = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
    party = "|".join(re.escape(p) for p in sorted(_PARTIES, key=len, reverse=True))
    seat = pattern_text("politics", "seat")
    post = rf"(?:(?P<party>{party})[ \t]+)?(?P<abbr>{abbr})\b(?:[ \t]+for[ \t]+(?P<seat>{seat}))?"
    after = re.compile(rf"[ \t]*(?:,[ \t]*|\([ \t]*)?(?:the[ \t]+)?{post}")
    before = re.compile(rf"(?:(?P<seat0>{seat})[ \t]+)?{post}[ \t]*,?[ \t]*$")
    return after, before


def _post(ctx: Ctx, m: re.Match, offset: int) -> PoliticalPost:
    party = m.group("party") or ""
    party_at = (offset + m.start("party"), offset + m.end("party")) if party else (0, 0)
    seat0 = (m.groupdict().get("seat0") or "").removeprefix("The ").strip()
    for name in sorted(_PARTIES, key=len, reverse=True):
        if not party and (seat0 == name or seat0.endswith(" " + name)):
            # "Former Labour MP": the capitals before the abbreviation name the party, not a seat
            party = name
            start = offset + m.start("seat0") + len(m.group("seat0")) - len(name)
            party_at = (start, start + len(name))
            seat0 = seat0[: -len(name)].strip()
            break
    if seat0:
        # A seat before the abbreviation is a place ("Luton South MP"), not any capitalised word ("Former MP").
        a = offset + m.start("seat0")
        if not any(s.label_ == "PLACE" and a <= s.start_char < a + len(m.group("seat0")) for s in ctx.lex_spans):
            seat0 = ""
    seat = m.group("seat") or seat0
    role = f"{m.group('abbr')} for {seat}" if seat else m.group("abbr")
    return PoliticalPost(role, _PARTIES.get(party, ""), offset + m.start(), offset + m.end(), party_at)


def political_post(ctx: Ctx, name_start: int, name_end: int) -> PoliticalPost | None:
    """The elected member's post written right after the name (character offsets), else right before it."""
    text = ctx.doc.text
    after, before = _patterns()
    m = after.match(text, name_end, min(len(text), name_end + 120))
    if m:
        return _post(ctx, m, 0)
    lo = max(0, name_start - 120)
    m = before.search(text[lo:name_start])
    if m:
        return _post(ctx, m, lo)
    return None


def party_mentions(text: str) -> list[tuple[int, int]]:
    """Character ranges of parties named right before an elected member's abbreviation ("Plaid Cymru MS"):
    no person's name."""
    abbr = "|".join(_ABBREVIATIONS)
    party = "|".join(re.escape(p) for p in sorted(_PARTIES, key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"\b(?:{party})(?=[ \t]+(?:{abbr})\b)", text)]


def party_names(text: str) -> list[tuple[int, int]]:
    """Character ranges of parties' names of several words ("Plaid Cymru"): a place inside one is no place."""
    names = sorted((p for p in _PARTIES if " " in p), key=len, reverse=True)
    return [m.span() for m in re.finditer(r"\b(?:" + "|".join(re.escape(p) for p in names) + r")\b", text)]


def party_org(ctx: Ctx, post: PoliticalPost) -> str:
    """The party as a body (kind "other"), with the text's mention of it as evidence."""
    if not post.party:
        return ""
    key = slug(post.party)
    o = ctx.out.orgs.setdefault(key, Org(key, post.party, "other"))
    o.evidence.append(_ev(*post.party_at, "org.party"))
    return key
