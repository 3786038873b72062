"""Bodies a sentence names only by a common noun ("the school", "the home", "the NHS trust", "the force"): the
one the article names nearest before it."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .areas import _family
from .bodies import _local_provider, _registered
from .context import Ctx

_TRUST_OR_FORCE = {"trust": re.compile(r"\bTrust$"), "force": re.compile(r"\b(?:Police|Constabulary)$")}


def _referred_trust_or_force(ctx: Ctx, sent: Span) -> list[str]:
    """"The NHS trust ... has been rated", "the force was found": the trust or force the article names (the one
    named last before the sentence, else the first after it)."""
    m = re.search(r"\b(?:the|this|its)\s+(?:NHS\s+|hospital\s+|foundation\s+|police\s+)*(trust|force)\b", sent.text, re.I)
    if m is None:
        return []
    named = sorted((min(e.start for e in o.evidence), o.key) for o in ctx.out.orgs.values()
                   if o.evidence and _TRUST_OR_FORCE[m.group(1).lower()].search(o.label))
    before = [c for c in named if c[0] < sent.start_char]
    return [max(before)[1]] if before else [named[0][1]] if named else []


def _referred_provider(ctx: Ctx, sent: Span, others: list[str]) -> list[str]:
    """"the school was judged ...", "inspectors visited the surgery": the school or surgery the article named last
    before the sentence (or first, when none comes before), ahead of any council or national body."""
    if any(_local_provider(ctx, o) for o in others):
        return others
    m = re.search(r"\b(?:the|this|its) (school|academy|college|nursery|surgery|practice|prison|jail|centre|home)\b",
                  sent.text, re.I)
    if m is None:
        return others
    head = {"jail": "prison"}.get(m.group(1).lower(), m.group(1).lower())
    local = [(min(e.start for e in o.evidence), o) for o in ctx.out.orgs.values()
             if _registered(ctx, o.key) and _local_provider(ctx, o.key)]
    exact = [(at, o.key) for at, o in local if o.label.lower().endswith(" " + head)
             or o.label.lower().startswith(("hmp ", "hm prison")) and head == "prison"]
    # "the school" may be an academy, "the home" a lodge or a house: a name of the noun's family
    family = [(at, o.key) for at, o in local if head in _family(o.label) and head != "centre"]
    for cands in ([c for c in exact if c[0] < sent.start_char], [c for c in family if c[0] < sent.start_char]):
        if cands:
            key = max(cands)[1]  # the one named last before the sentence
            return [key] + [o for o in others if o != key]
    if not exact + family:
        return others
    key = min(exact or family)[1]
    return [key] + [o for o in others if o != key]
