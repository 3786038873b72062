"""People: a run of name words is a person's name when a cue says so (an honorific, a speech verb, a role)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import slug
from ..model import Person
from .context import Ctx, _ev, _span_at
from .names import SPEECH, NameHit, _is_name_token, name_candidates
from .places import in_paper_name
from .politics import party_mentions, political_post
from .posts import _appositive, _copula_role, _posts, _took_post, bare_role
from .quotes import speaker_line
from .roles import ROLE_HEADS, _role_before, _role_text, plural_role
from .rules import pattern, words


def _blocked(ctx: Ctx) -> set[int]:
    """Tokens no name may use: lexicon terms, bodies, roles with their portfolios, parties before "MP"."""
    sp = ctx.sp
    blocked = {i for s in ctx.lex_spans if s.label_ in ("ORG", "PLACE", "ROLE", "TITLE", "GRADE")
               for i in range(s.start, s.end)}
    chars = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence] + party_mentions(ctx.doc.text)
    for a, b in chars:
        span = sp.char_span(a, b, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    for s in ctx.sp.spans.get("lex", []):
        if s.label_ == "PLACE" and (end := in_paper_name(ctx, s)):
            blocked.update(range(s.start, end))  # "told Nottinghamshire Live": a newspaper, no person
    roles = [s for s in ctx.lex_spans if s.label_ in ("ROLE", "TITLE")]
    for r in roles:
        if not any(o is not r and o.start <= r.start and r.end <= o.end and len(o) > len(r) for o in roles):
            blocked.update(range(r.end, _role_text(ctx, r)[2]))  # "Director for Education and Lifelong Learning"
    return blocked


_SIGNED_TITLE = pattern("quotes", "signed_title")


def _opens_turn(text: str, start: int) -> bool:
    """The name at START opens its line, and the line is a transcript's turn (quotes.speaker_line)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return not text[lo:start].strip() and speaker_line(text, lo, len(text) if hi < 0 else hi) is not None


def _signs_quotation(text: str, start: int, end: int) -> bool:
    """The name at [START, END) opens a line of its own (alone or before its post), and the line above ends a
    quotation (a pull quote signed)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if text[lo:start].strip() or (text[end:hi].strip(" \t.,")
                                  and not _SIGNED_TITLE.fullmatch(text, end, hi)):
        return False  # the name alone, or with the post it signs as ("Jo Bloggs: Chief Executive")
    above = text[:lo].rstrip()
    return bool(re.search(r"[”\"’'][.,]?$", above)) and "\n" in text[:lo]


# Verbs before "by" and a name that say who heads a body ("led by NAME", "chaired by NAME")
_LED_BY = frozenset({"led", "headed", "chaired", "run", "managed", "helmed"})


_PLACED_AFTER = re.compile(r",\s+(?:just\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside)\s")


def _people(ctx: Ctx) -> None:
    sp = ctx.sp
    blocked = _blocked(ctx)
    # A surname may be a place name ("Ruth Cornwall"): allowed after a first name.
    soft = frozenset(s.start for s in ctx.lex_spans if s.label_ == "PLACE" and len(s) == 1)
    # ("St Margaret’s": a saint's name is a body's or a place's, no person's)
    # ("Pre-School in Great Horkesley, north of Colchester, said": a place, placed again by the words after it)
    cands = [h for h in name_candidates(sp, blocked, soft) if not ctx.in_mask(sp[h.start].idx)
             and sp[h.start].text not in ("St", "St.", "Saint")
             and not (h.start > 0 and sp[h.start - 1].lower_ in ("in", "near") and _PLACED_AFTER.match(
                 ctx.doc.text, sp[h.end - 1].idx + len(sp[h.end - 1])))]
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
        if not h.honorific and h.end - h.start >= 3 and sp[h.start].is_sent_start and sp[h.start].lower_ in ROLE_HEADS:
            h = NameHit(h.start + 1, h.end, "", h.start + 1)  # "Owner Jane Doe said": a role, then the name
        words = len(sp[h.start:h.end].text.split())
        outer = h.outer if h.outer >= 0 else h.start
        before = sp[outer - 1] if outer > 0 else None
        after = sp[h.end] if h.end < len(sp) else None
        if words == 1:
            pending_short.append(h)
            continue
        if before is not None and before.lower_ in ("of", "at") and not h.honorific:
            continue  # "manager of Healthwatch Calderdale": a body, not a person
        if before is not None and before.lower_ in ("with", "for") and outer >= 2 and not h.honorific \
                and (sp[outer - 2].lower_ in ROLE_HEADS or _span_at(ctx.lex_spans, outer - 2, ("ROLE", "TITLE"))):
            continue  # "a foster carer with Larkspur Fostering": the body of a post
        cand = sp[h.start:h.end].text
        if any(o.label.startswith(cand + " ") for o in ctx.out.orgs.values()):
            continue  # "Quantock Vale" is short for "Quantock Vale Surgery"
        cue = ""
        if h.honorific:
            cue = "person.honorific"
        elif political_post(ctx, sp[outer].idx, sp[h.end - 1].idx + len(sp[h.end - 1])) is not None:
            cue = "person.political-post"
        elif after is not None and after.lower_ in SPEECH:
            cue = "person.said"
        elif before is not None and before.lower_ in SPEECH:
            cue = "person.said-after"
        elif after is not None and (after.text in (",", "–", "—", "(") or _copula_role(ctx, h.end)) \
                and _appositive(ctx, h.end + 1)[0]:
            cue = "person.apposition"
        elif after is not None and bare_role(ctx, h.end):
            cue = "person.apposition"  # "Jo Doe the nursery manager said"
        elif after is not None and _took_post(ctx, h.end):
            cue = "person.took-post"  # "Jo Doe took over as headteacher of ..."
        elif _role_before(ctx, outer) is not None:
            cue = "person.role-before"
        elif plural_role(ctx, outer):
            cue = "person.plural-role"  # "the report from inspectors A and B"
        elif outer >= 2 and sp[outer - 2].lower_ == "according" and before.lower_ == "to":
            cue = "person.according-to"
        elif outer >= 2 and before.lower_ == "by" and sp[outer - 2].lower_ in _LED_BY:
            cue = "person.led-by"  # "the college is currently led by NAME": who heads it
        elif after is not None and after.text in (",", "–", "—") and _said_after_apposition(sp, h.end + 1):
            cue = "person.apposition-said"
        elif after is not None and after.lower_ in _RUNS and _org_at(ctx, after.idx + len(after.text)):
            cue = "person.runs"  # "Sue Smith runs Sweet Peas Childcare": who runs a body
        elif after is not None and after.text == "," and h.end + 1 < len(sp) and sp[h.end + 1].lower_ in ("who", "whose") \
                and sp[h.start].is_sent_start:
            cue = "person.who"  # "Jo Doe, whose son lives at the home, praised the staff": "who" is for people
        elif _signs_quotation(ctx.doc.text, sp[outer].idx, sp[h.end - 1].idx + len(sp[h.end - 1])):
            cue = "person.signature"  # a name alone on the line under a quotation: who said it
        elif _opens_turn(ctx.doc.text, sp[outer].idx):
            cue = "person.speaker-line"  # "NAME MS – Can I thank ...": a transcript's turn
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
        elif not key and h.honorific and not sp[h.start].is_upper:
            # ("founded by doctors Jo Marsh and ... said Dr Marsh": the full name the text gives the titled one)
            # (not a name inside a quotation: another person's, perhaps)
            full = [c for c in cands if c.end - c.start >= 2 and sp[c.end - 1].text == surname and not c.honorific
                    and not ctx.in_quote(sp[c.start].idx) and not any(o.label.startswith(sp[c.start:c.end].text) for o in ctx.out.orgs.values())]
            if len({sp[c.start:c.end].text for c in full}) == 1 and _cued_title(ctx, h):
                key = accept(full[0], "person.titled-later")
                by_surname.setdefault(surname, key)
                confirmed[key].evidence.append(_ev(sp[h.start].idx, sp[h.end - 1].idx + len(sp[h.end - 1]),
                                                   "person.short-ref"))
                mentions.append((sp[h.start].idx, key, h))
                continue
            _titled_surname(ctx, h, confirmed, by_surname, mentions)
    _bare_surnames(ctx, confirmed, by_surname, mentions, blocked)
    ctx.out.people = confirmed
    # A place inside a person's name is no place ("Ruth Cornwall"), nor a first name alone that is the one
    # person's of that name ("proud of Leigh and the whole team", Leigh Moore named before), unless a word that
    # places something comes before it ("in Leigh").
    spans = [(e.start, e.end) for p in confirmed.values() for e in p.evidence]
    firsts = _first_names(confirmed)
    for key in list(ctx.out.places):
        for e in ctx.out.places[key].evidence:
            word = ctx.doc.text[e.start:e.end]
            if word in firsts and not re.search(r"\b(?:in|near|at|around|across|from|to|outside|of\s+the)\s+$",
                                                                 ctx.doc.text[max(0, e.start - 15):e.start], re.I):
                spans.append((e.start, e.end))
    for key in list(ctx.out.places):
        pl = ctx.out.places[key]
        pl.evidence = [e for e in pl.evidence if not any(a <= e.start < b for a, b in spans)]
        if not pl.evidence:
            del ctx.out.places[key]
    ctx.lex_spans = [s for s in ctx.lex_spans if not (s.label_ == "PLACE" and any(a <= s.start_char < b for a, b in spans))]
    mentions.sort(key=lambda m: m[0])
    ctx.person_mentions = [(pos, key) for pos, key, _ in mentions]
    _posts(ctx, mentions)


_RUNS = frozenset(("runs", "ran", "owns", "owned", "manages", "managed", "founded", "co-founded", "established"))


def _org_at(ctx: Ctx, pos: int) -> bool:
    """Whether a body's name starts right after POS (a space and "the" between at most)."""
    m = re.match(r"\s+(?:the\s+)?", ctx.doc.text[pos:pos + 8])
    at = pos + (m.end() if m else 0)
    return any(e.start == at for o in ctx.out.orgs.values() for e in o.evidence)


def _cued_title(ctx: Ctx, h: NameHit) -> bool:
    """A title and surname name a person with a cue: a councillor's title, a speech verb before or after ("said
    Dr Hale", "Mr Hale said"), a post before the title, or a post in apposition ("Mr Tumble on the television"
    names no one)."""
    sp = ctx.sp
    after = ctx.doc.text[sp[h.end - 1].idx + len(sp[h.end - 1]):][:60]
    outer = h.outer if h.outer >= 0 else h.start
    # (or a post right before the title: "Well done to Headteacher Mr Marchant")
    return h.honorific.lower() in ("cllr", "councillor") or (h.end < len(sp) and sp[h.end].lower_ in SPEECH) \
        or (outer > 0 and sp[outer - 1].lower_ in SPEECH) or _role_before(ctx, outer) is not None \
        or bool(re.match(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?,", after)
                and _appositive(ctx, h.end + 1)[0])


def _titled_surname(ctx: Ctx, h: NameHit, confirmed: dict[str, Person], by_surname: dict[str, str],
                    mentions: list[tuple[int, str, NameHit]]) -> None:
    """"Councillor Haley welcomed the report", "Mr Hale said": a person the text names by title and surname only.
    "Mr Griffin" beside a confirmed "Norman Griffins" is he (a surname misspelt by a letter's plural)."""
    sp = ctx.sp
    surname = sp[h.start:h.end].text
    ev = _ev(sp[h.start].idx, sp[h.end - 1].idx + len(sp[h.end - 1]), "person.honorific-surname")
    near = {k for s, k in by_surname.items() if s in (surname + "s", surname[:-1]) and surname[:-1]}
    if len(near) == 1:
        key = near.pop()
    else:
        # a title alone names a person only with a cue: a councillor's title, or the person speaks or has a post
        # ("Mr Tumble on the television", "Miss Saigon" name no one)
        if not _cued_title(ctx, h):
            return
        # named with the title, as the text names them ("Mr Hale", not a bare "Hale")
        name = f"{h.honorific} {surname}"
        key = slug(name)
        confirmed.setdefault(key, Person(key, name, h.honorific))
    confirmed[key].evidence.append(ev)
    mentions.append((sp[h.start].idx, key, h))


def _first_names(confirmed: dict[str, Person]) -> dict[str, str]:
    """First name -> the one person named in full with it (first names two people share are left out)."""
    firsts: dict[str, list[str]] = {}
    for k, p in confirmed.items():
        if len(p.name.split()) >= 2:
            firsts.setdefault(p.name.split()[0], []).append(k)
    return {f: ks[0] for f, ks in firsts.items() if len(ks) == 1}


def _bare_surnames(ctx: Ctx, confirmed: dict[str, Person], by_surname: dict[str, str],
                   mentions: list[tuple[int, str, NameHit]], blocked: set[int]) -> None:
    """"Owers said today", "said Okafor": a surname alone next to a verb of speech is the person of that
    surname the document has named in full (one person per surname)."""
    sp = ctx.sp
    clash = {n.split()[-1] for k, p in confirmed.items() for n in [p.name] if by_surname.get(n.split()[-1]) != k}
    taken = {sp.char_span(e.start, e.end, alignment_mode="expand").start
             for p in confirmed.values() for e in p.evidence if sp.char_span(e.start, e.end, alignment_mode="expand")}
    taken |= {h.start for _, _, h in mentions} | {h.end - 1 for _, _, h in mentions}
    # A first name alone beside a verb of speech ("says Jo", "Jo added") is the one person of that first name.
    by_first = {f: k for f, k in _first_names(confirmed).items() if f not in by_surname}
    for i, word in enumerate(ctx.words()):
        key = by_surname.get(word)
        first = False
        if key is None:
            key, first = by_first.get(word), True
        if key is None:  # most words: no Token made
            continue
        t = sp[i]
        if t.text in clash or t.i in taken or t.i in blocked or ctx.in_mask(t.idx):
            continue
        if t.i > 0 and _is_name_token(sp[t.i - 1]) and not sp[t.i - 1].is_sent_start:
            continue  # another person's full name ("Jo Clarke")
        nxt = [x.lower_ for x in sp[t.i + 1:t.i + 3]]
        prev = sp[t.i - 1].lower_ if t.i > 0 else ""
        if first and t.i + 1 < len(sp) and _is_name_token(sp[t.i + 1]):
            continue  # another person's full name ("Jo Clarke")
        if (nxt and nxt[0] in SPEECH) or (len(nxt) > 1 and nxt[1] in SPEECH and nxt[0] in _SPEECH_ADVERBS) \
                or prev in SPEECH or (not first and prev in _SURNAME_TITLES and sp[t.i - 1].text[:1].isupper()):
            confirmed[key].evidence.append(_ev(t.idx, t.idx + len(t), "person.first-name" if first else "person.surname"))
            mentions.append((t.idx, key, NameHit(t.i, t.i + 1)))


_SPEECH_ADVERBS = words("people", "speech_adverbs")
_SURNAME_TITLES = words("people", "surname_titles")


def _said_after_apposition(sp: Doc, i: int) -> bool:
    """"X, whose children ..., told me": a speech verb right after a closing comma, in the same sentence."""
    for k in range(i, min(len(sp), i + 35)):
        t = sp[k]
        if t.text in (".", "!", "?") or "\n" in t.whitespace_:
            return False
        if t.lower_ in SPEECH and sp[k - 1].text in (",", "–", "—"):
            return True
    return False
