"""People: a run of name words is a person's name when a cue says so (an honorific, a speech verb, a role)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import slug
from ..model import Person
from .context import Ctx, _ev
from .names import SPEECH, NameHit, name_candidates
from .posts import _appositive, _posts
from .roles import _role_before, _role_text


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
    ctx.person_mentions = [(pos, key) for pos, key, _ in mentions]
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
