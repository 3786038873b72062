"""Organisations: lexicon bodies, names ending in a head noun, care homes named by context, acronyms."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import Lexicon, norm, slug
from ..model import Org
from .bodynames import body_names
from .context import Ctx, _ev, _span_at
from .families import FAMILIES, family, lead_end, nouns_rx
from .names import NOT_NAME, SPEECH, _is_honorific, _is_name_token
from .owned import described, fits_remit
from .roles import _portfolio
from .rules import pattern, pattern_list, word_list, word_map, words


def _add_org(ctx: Ctx, key: str, start: int, end: int, rule: str) -> str:
    lex = ctx.lex
    entry = lex.orgs.get(key)
    o = ctx.out.orgs.get(key)
    if o is None:
        if entry:
            o = Org(key, entry.label, entry.kind, set(entry.aliases), area=entry.area)
        else:
            o = Org(key, key, "other")
        ctx.out.orgs[key] = o
    o.evidence.append(_ev(start, end, rule))
    return key


# "the NHS trust", "the force": a trust or force named by its common noun, and the names each noun stands for
TRUST_OR_FORCE_REF = re.compile(r"\b(?:the|this|its)\s+(?P<kind>(?:NHS\s+|hospital\s+|foundation\s+|police\s+|"
                                r"primary\s+care\s+|acute\s+|ambulance\s+|mental\s+health\s+|community\s+)*)"
                                r"(trust|force)\b", re.I)
TRUST_OR_FORCE = {"trust": re.compile(r"\bTrust$"), "force": re.compile(r"\b(?:Police|Constabulary)$")}
_HEAD_KIND = word_map("bodies", "head_kind")
_CONNECT = words("bodies", "connect")
_TITLE_WORDS = words("bodies", "title_words")
_NAME_OPENERS = words("bodies", "name_openers")
_ACRONYM = pattern("bodies", "acronym")
_PLURAL_HEADS = words("bodies", "plural_heads")
_KIND_OF_SERVICE = words("bodies", "kind_of_service_heads")
_PRISON = pattern("bodies", "prison")
_PREFIXED_SCHOOL = pattern("bodies", "prefixed_school")
_SHORT_PRIMARY = pattern("bodies", "short_primary")
_PLACED_SUBJECT = pattern("bodies", "placed_subject")
_INITIALS_DESCRIBED = pattern("bodies", "initials_described")


def _mentions_of_initials(ctx: Ctx, key: str, initials: str) -> None:
    """Every other place the text writes a body's initials (as a word, outside a longer capitalised name) is the body."""
    o = ctx.out.orgs[key]
    held = {(e.start, e.end) for e in o.evidence}
    for m in re.finditer(r"\b" + re.escape(initials) + r"\b", ctx.doc.text):
        if (m.start(), m.end()) not in held and not ctx.in_mask(m.start()):
            o.evidence.append(_ev(m.start(), m.end(), "org.initials-described"))
_SUBJECT_KINDS = words("bodies", "subject_kinds")
NEVER_INSPECTED = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words("bodies", "never_inspected")), key=len,
                                                              reverse=True)) + r")$", re.I)
_GENERIC_HOME = words("bodies", "generic_home")
_GENERIC_WORDS = words("bodies", "generic_name_words")
_KIND_WORDS = words("bodies", "kind_of_body_words")
# Words that say what kind of body something is, never which one ("Youth Justice Service", "Care Home").
_KIND_OF_BODY = _GENERIC_WORDS | _HEAD_KIND.keys() | _KIND_WORDS
_NAME_LEADS = words("bodies", "name_lead_words")
_TITLE_CASE_BREAKS = words("bodies", "title_case_breaks")
_COURT_OF_LAW = pattern("bodies", "court_of_law")
_OPENING_HEAD = pattern("bodies", "opening_head")
_DEPARTMENTS = word_list("bodies", "council_departments")
_COUNCIL_SERVICE_CUE = pattern("bodies", "council_service_cue")


_HEAD_KIND.update({w: k for w, k in body_names().heads.items() if " " not in w})


def _after_hyphen(sp, j: int) -> bool:
    """"Pre-school": token j is the word after a hyphen inside a capitalised word."""
    return j >= 2 and sp[j - 1].text == "-" and not sp[j - 1].whitespace_ and not sp[j - 2].whitespace_ \
        and sp[j - 2].text[:1].isupper()


def _head_at(sp, j: int) -> str:
    """The head noun ending at token j, one word or several ("Probation Delivery Unit"), or ""."""
    if not (sp[j].text[:1].isupper() or _after_hyphen(sp, j)):
        return ""
    low = sp[j].lower_
    for head, parts in body_names().heads_by_last_word.get(low, ()):  # only heads that end in this word
        if j >= len(parts) - 1 and [t.lower_ for t in sp[j - len(parts) + 1:j + 1]] == parts:
            return head
    return low if low in _HEAD_KIND else ""


def _head_kind(head: str) -> str:
    return _HEAD_KIND.get(head) or body_names().heads.get(head, "other")


def _in_name_phrase(sp, k: int) -> bool:
    """Whether token k ('of', 'in') lies inside a phrase that belongs in a name ("Church of England")."""
    for phrase in body_names().name_phrase:
        n = len(phrase.split())
        for a in range(max(0, k - n + 1), k + 1):
            if sp[a:a + n].text == phrase:
                return True
    return False



def _head_noun_orgs(ctx: Ctx) -> None:
    """Names ending in an organisational head noun ("Leeds Youth Offending Service")."""
    sp = ctx.sp
    taken = [(s.start, s.end) for s in ctx.lex_spans if s.label_ in ("ORG", "PLACE", "ROLE", "TITLE")]
    words, alphas = ctx.words(), ctx.alphas()
    i = 0
    while i < len(sp):
        word = words[i]
        if not (word[:1].isupper() and (alphas[i] or "-" in word)):  # most words: no Token made
            i += 1
            continue
        tok = sp[i]
        if tok.is_sent_start and tok.text.lower() in NOT_NAME and tok.lower_ not in _HEAD_KIND and not (
                tok.lower_ in _NAME_LEADS and i + 1 < len(sp) and sp[i + 1].text[:1].isupper()):
            i += 1
            continue
        j = i
        last_head = -1
        while j < len(sp) and j - i < 10 and (
            (sp[j].text[:1].isupper() and (sp[j].is_alpha or "-" in sp[j].text or sp[j].text in ("’s", "'s")))
            # ("Holy Cross Boys’ PS": a plural's apostrophe inside the name)
            or (sp[j].text in ("’", "'") and j > i and sp[j - 1].text[:1].isupper() and sp[j - 1].text.endswith("s")
                and not sp[j - 1].whitespace_ and j + 1 < len(sp) and sp[j + 1].text[:1].isupper())
            # ("St Bede's Community Pre-school")
            or (j >= i + 2 and sp[j].is_alpha and _after_hyphen(sp, j))
            # (a dash with spaces round it ends a name: "in Yorkshire - the East Riding Youth Offending Service")
            or (sp[j].lower_ in _CONNECT and j > i and not (sp[j].text == "-" and sp[j - 1].whitespace_ and sp[j].whitespace_))
            or (sp[j].lower_ in body_names().particle and j > i and j + 1 < len(sp) and sp[j + 1].text[:1].isupper())
        ):
            head = _head_at(sp, j)
            if head and not (head == "day care" and j + 2 < len(sp)
                             and sp[j + 1].lower_ == "of" and sp[j + 2].lower_ == "children"):
                last_head = j  # (not the Care Commission's kind of service after a name: "X Nursery Day Care of Children")
            j += 1
            if "\n" in sp[j - 1].whitespace_:
                break
            if last_head == j - 1 and j < len(sp) and sp[j].lower_ in ("in", "at", "on") and not _in_name_phrase(sp, j):
                break  # "Rosemount Care Home in Stockport": the name ends at its head, the place is where it is
        if last_head <= i:
            i += 1
            continue
        start, end = i, last_head + 1
        # "Leigh Academy Halley", "Harris Academy Peckham": a trust's academy named by its trust, then its own name
        while sp[last_head].lower_ == "academy" and end < j and end - last_head <= 2 and sp[end].is_alpha \
                and sp[end].text[:1].isupper() and sp[end].lower_ not in NOT_NAME \
                and _span_at(ctx.lex_spans, end, ("ORG", "ROLE", "TITLE")) is None:
            end += 1
        # "Otterbourne Day Nursery and Pre-School": a kind alone after "and" is more of one body's name
        joins = [k for k in range(i + 1, last_head) if sp[k].lower_ in ("and", "&")]
        tail = sp[joins[-1] + 1:last_head + 1] if joins else None
        kind_alone = tail is not None and not tail[:-1].text_with_ws.count(" ") and sp[joins[-1] - 1].lower_ in _HEAD_KIND \
            and sp[last_head].lower_ not in _PLURAL_HEADS
        if not kind_alone and (sp[last_head].lower_ in _PLURAL_HEADS and sp[last_head - 1].text[:1].isupper()
                               and not any(t.lower_ in ("nhs", "of", "for") for t in sp[start:end])
                               or sum(1 for t in sp[start:end] if t.lower_ in _HEAD_KIND) >= 2
                               and any(t.lower_ in ("and", "&") and sp[t.i - 1].lower_ in _HEAD_KIND
                                       and sp[t.i - 1].lower_ not in _KIND_OF_SERVICE for t in sp[start:end])):
            # "Independent Monitoring Boards" (bodies in general), "X Hospital and Y Hospital" (two sites);
            # "X Trust and Y Trust", "Staffordshire and Devon County Councils": two bodies (not "X Fostering and
            # Adoption Service", one service of two kinds)
            j = _coordinated_bodies(ctx, start, end, j)
            i = max(j, i + 1)
            continue
        # "Leaders of the Sunderland Safeguarding Children Partnership": the body starts after "of the".
        for k in range(start, end):
            if sp[k].lower_ == "of" and not any(sp[x].lower_ in _HEAD_KIND for x in range(start, k)) \
                    and not _in_name_phrase(sp, k) and not (k > start and sp[k - 1].lower_ in body_names().title_of):
                start = k + 1
                break
        # "Port Glasgow's Newark Care Home": a place in the possessive before the name is where it is, not its name
        poss = next((k for k in range(start + 1, last_head) if sp[k].text in ("'s", "’s")), None)
        place = _span_at(ctx.lex_spans, start, ("PLACE",)) if poss is not None else None
        if place is not None and place.start == start and place.end == poss and last_head - poss >= 2 \
                and any(t.lower_ not in _KIND_OF_BODY for t in sp[poss + 1:last_head]):
            start = poss + 1  # (not "the Isle of Wight's Youth Justice Service": the place's own service)
        # "Concerns Raised Over Staffing At Barset Hospital": a headline in title case, whose prepositions are
        # capitalised too; the name is the words after the last of them
        cut = [k for k in range(start, last_head) if sp[k].text[:1].isupper() and sp[k].lower_ in _TITLE_CASE_BREAKS]
        start = cut[-1] + 1 if cut and _title_case_line(ctx.doc.text, sp[start].idx) else start
        while start < end and (sp[start].lower_ in NOT_NAME | _CONNECT) and sp[start].lower_ not in _HEAD_KIND \
                and not (sp[start].lower_ in _NAME_LEADS and start + 1 < end and sp[start + 1].text[:1].isupper()) \
                and sp[start].text != "NHS" and sp[start:start + 2].text.lower() not in _NAME_OPENERS:
            start += 1
        if sp[start].lower_ != "office" and any(t.lower_ in _TITLE_WORDS and t.i + 1 < end and sp[t.i + 1].lower_ in ("for", "of")
                                                for t in sp[start:end]):
            i = max(j, i + 1)
            continue  # "Cabinet Member for Children's Services": a post's title
        if start >= 3 and sp[start - 1].text == "," and "\n" not in sp[start - 1].whitespace_:
            # "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board": an NHS name lists places.
            b = start - 1
            while b > 0 and start - b < 10 and (sp[b - 1].text[:1].isupper() or sp[b - 1].lower_ in ("and", ",")) \
                    and "\n" not in sp[b - 1].whitespace_ and sp[b].text != "NHS":
                b -= 1
            if sp[b].text == "NHS":
                start = b
            else:
                # "Leicester, Leicestershire and Rutland PDU": a list of places that names one body's area
                place = _span_at(ctx.lex_spans, start - 2, ("PLACE",))
                first = _span_at(ctx.lex_spans, start, ("PLACE",))
                if place is not None and place.end == start - 1 and first is not None and first.start == start \
                        and first.end < end and sp[first.end].lower_ == "and" \
                        and (place.start == 0 or not sp[place.start - 1].text[:1].isupper()):
                    start = place.start
        place = _span_at(ctx.lex_spans, start, ("PLACE",))
        if start >= 2 and sp[start - 1].lower_ in ("in", "near") \
                and (_head_at(sp, start - 2) or sp[start - 2].lower_.removesuffix("s") in _HEAD_KIND) \
                and place is not None and place.start == start \
                and place.end + 1 < end and sp[place.end].lower_ in ("and", ",") and sp[place.end + 1].text[:1].isupper():
            start = place.end + 1  # "X Care Home in Stockport and Y Nursing Home": the place is X's, Y is a body
        span = sp[start:end]
        if start >= 2 and sp[start - 1].lower_ in ("of", "for") and \
                _span_at(ctx.lex_spans, start - 2, ("ROLE", "TITLE")) is not None and _portfolio(sp, start):
            i = max(j, i + 1)
            continue  # "Inspector of Fire and Rescue Services": part of a title, not a body
        inside = any(a <= start and end <= b for a, b in taken)
        if span.text.isupper() or (sp[last_head].is_upper and len(sp[last_head]) > 3) or (sp[last_head].lower_ == "rescue" and
                                   (sp[last_head - 2].lower_ != "fire" or last_head - 2 <= start)):
            i = max(j, i + 1)
            continue  # a shouted masthead; "Fire and Rescue" alone is no body, "Lincolnshire Fire and Rescue" is
        if sp[last_head].lower_ == "home" and all(t.lower_ in _GENERIC_HOME for t in span):
            i = max(j, i + 1)
            continue  # "Children's Home", "Care Home": a kind of home, not one
        if _AWARD_AFTER.match(ctx.doc.text, sp[end - 1].idx + len(sp[end - 1])):
            i = max(j, i + 1)
            continue  # "It won the 'Autism Best Practice' title": an award's name in quote marks, no body
        if _CRIME_COMMISSIONER.match(ctx.doc.text, sp[end - 1].idx + len(sp[end - 1])):
            i = max(j, i + 1)
            continue  # "Dorset's Police and Crime Commissioner": the post's words, not a force's name
        if start >= 2 and sp[start - 1].lower_ in ("and", "&") and _head_at(sp, start - 2) \
                and (start == 2 or not sp[start - 3].text[:1].isupper()):
            i = max(j, i + 1)
            continue  # "Police and Fire Services are graded as ...": kinds of body after a lone kind, not one
        if end - start >= 2 and not inside and not ctx.in_mask(span.start_char) \
                and not any(t.lower_ in ("inspectors", "inspector") for t in span) \
                and (span[0].lower_ not in _HEAD_KIND or span[0].lower_ in body_names().lead_head
                     or span[0].lower_ in _KIND_OF_SERVICE and len(span) > 2):
            kind = _head_kind(_head_at(sp, last_head))
            if kind == "government department" and any(t.lower_ in _HOSPITAL_UNITS for t in span):
                kind = "other"  # "Ysbyty Glan Clwyd's Emergency Department": a hospital's
            if span[0].text == "NHS":
                kind = "public body"  # an NHS board or trust is a public body
            if not _generic_name(span, sp[last_head:end]) and not _a_kind_of_body(ctx, span) \
                    and not (kind == "other" and _premises(sp, start)) \
                    and not any(s.label_ == "ASPECT" and s.start <= start and end <= s.end for s in ctx.lex_spans):
                # (an inspection's area written in capitals, "Post Court Work", is no body)
                _new_org(ctx, span, kind, "org.head-noun")
        i = max(j, i + 1)


_PREMISES_WORDS = frozenset(words("bodies", "premises_words"))


def _premises(sp, start: int) -> bool:
    """"The agency, based in Olympic House, ...": a name after "based in" is the building a body works from."""
    return start >= 2 and sp[start - 1].lower_ in ("in", "at") and sp[start - 2].lower_ in _PREMISES_WORDS


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line at POS is written in title case, nearly every word capitalised (a headline), where
    "Care At Home" or "St Anne With St Luke" in running text are names."""
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[A-Za-z][A-Za-z’'-]*", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _a_kind_of_body(ctx: Ctx, span: Span) -> bool:
    """"the first 'Inadequate' rating given to a Youth Justice Service": a capitalised kind of body after "a",
    no place or lexicon name in it, is any body of that kind, not one the text names."""
    if span.start == 0 or ctx.sp[span.start - 1].lower_ not in ("a", "an", "any", "every", "each", "no", "another"):
        return False
    return len(span) <= 5 and all(t.lower_ in _KIND_OF_BODY for t in span) \
        and not any(s.start < span.end and span.start < s.end and s.label_ in ("PLACE", "ORG") for s in ctx.lex_spans)


_COMPANY_ENDS = frozenset(words("bodies", "company_ends"))
_PORTFOLIO_WORDS = frozenset(words("roles", "portfolio")) | {"of", "for"}
_HOSPITAL_UNITS = frozenset(words("bodies", "hospital_units"))
_COMPANY_END = re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(_COMPANY_ENDS))) + r")\.?$")


# What follows "Police" in a commissioner's title ("Dorset's Police and Crime Commissioner", "Police, Fire and Crime
# Commissioner")
_AWARD_AFTER = re.compile(r"[’'”\"]\s+(?:title|award|awards|prize|category|accolade|accreditation|kitemark)\b")
_CRIME_COMMISSIONER = re.compile(r",?\s+(?:Fire\s+)?(?:and|&)\s+Crime\s+Commissioner")


def _generic_name(span: Span, head: Span) -> bool:
    """A name made of everyday words only ("Community Services", "Scrutiny Board", "Best Practice"): a team,
    a committee, a programme or a heading, not one body the text names."""
    lead = [t.lower_ for t in span if t.i < head.start]
    if head.text.lower() in {w.lower() for w in _COMPANY_ENDS} and lead:
        return False  # "UK Training Limited": a registered company's name, whatever words it is made of
    if " ".join(t.lower_ for t in span) in body_names().heads:
        return True  # "Foster Care", "Delivery Unit": a kind of body, its head noun alone
    return bool(lead) and all(w in _GENERIC_WORDS for w in lead)


def _coordinated_bodies(ctx: Ctx, start: int, end: int, j: int) -> int:
    """Bodies named together: "X Trust and Y Trust" is two bodies (the scan goes on after "and"), and so is
    "Staffordshire and Devon County Councils" (places sharing a plural head). Hospitals named together are
    sites and plural heads alone ("Independent Monitoring Boards") are bodies in general: no body.
    Returns the token to go on scanning from."""
    sp = ctx.sp
    ands = [k for k in range(start + 1, end - 1) if sp[k].lower_ in ("and", "&")]
    if len(ands) != 1:
        return j
    k = ands[0]
    if _head_at(sp, k - 1):
        if sp[k - 1].lower_ in ("hospital", "hospitals"):
            return j
        a = start
        while a < k and (sp[a].lower_ in NOT_NAME | _CONNECT):
            a += 1
        if k - a >= 2 and not ctx.in_mask(sp[a].idx):
            _new_org(ctx, sp[a:k], _head_kind(_head_at(sp, k - 1)), "org.head-noun")
        return k
    left = sp[start:k]
    right = next((sp[k + 1:e] for e in range(min(end - 1, k + 4), k + 1, -1)
                  if slug(sp[k + 1:e].text) in ctx.lex.places), None)
    if slug(left.text) not in ctx.lex.places or right is None:
        return j
    tail = sp[right.end:end].text
    words = tail.split()
    last = words[-1]
    words[-1] = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    tail = " ".join(words)
    kind = _head_kind(words[-1].lower())
    for place in (left, right):
        _new_named_org(ctx, f"{place.text} {tail}", place.start_char, place.end_char, kind, "org.head-shared")
    return j


def _shared_head_orgs(ctx: Ctx) -> None:
    """"Staffordshire and Devon County Councils": bodies of two places that share one plural head noun."""
    sp = ctx.sp
    for i, word in enumerate(ctx.words()):
        if not (word[:1].isupper() and word[-1:] in ("s", "S")):  # most words: no Token made
            continue
        t = sp[i]
        low = t.lower_
        single = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        if not (t.text[:1].isupper() and low.endswith("s") and single in _HEAD_KIND) or ctx.in_mask(t.idx):
            continue
        a = t.i
        while a > 0 and t.i - a < 8 and (sp[a - 1].text[:1].isupper() or sp[a - 1].lower_ in ("and", "&")) \
                and "\n" not in sp[a - 1].whitespace_:
            a -= 1
        if a < t.i - 2:
            _coordinated_bodies(ctx, a, t.i + 1, t.i + 1)


def _departments_to_councils(ctx: Ctx) -> None:
    """"Gateshead Children's Services": a department named with its council's area is that council."""
    for o in [o for o in ctx.out.orgs.values() if o.key not in ctx.lex.orgs]:
        low = o.label.lower().replace("’", "'")
        dept = next((d for d in _DEPARTMENTS if low.endswith(" " + d.replace("’", "'"))), "")
        # ("Anglesey’s Children’s Services": the area in the possessive)
        named = re.sub(r"[’']s$", "", o.label[: len(o.label) - len(dept)].strip()) if dept else ""
        council = ctx.lex.council_by_area.get(slug(named)) if named else None
        alias = ctx.lex.org_alias.get(norm(named)) if named and not council else None
        if alias and ctx.lex.orgs[alias].kind == "local authority":
            council = alias  # "Anglesey": a council's own short name
        if council:
            for e in o.evidence:
                _add_org(ctx, council, e.start, e.end, "org.department")
            ctx.out.orgs[council].aliases.add(o.label)
            del ctx.out.orgs[o.key]


# "Hindley is a category C training prison": a register prison named by its bare name (often a town's too),
# which the sentence itself calls a prison.
_DESCRIBED_PRISON = r"\s+(?:is|was|has\s+been|remains)\s+(?:an?|the)\s+(?:[\w,’'-]+\s+){0,8}?" \
    r"(?:prison|jail|gaol|young\s+offender\s+institution|YOI)\b"


# A prison's name prefix; group 1 is its bare name ("HMP Hindley": "Hindley").
_PRISON_PREFIX = re.compile(r"(?:HMP(?:/YOI)?|HMYOI|HM Prison(?: and Young Offender Institution)?)\s+(.+)$")


@lru_cache(maxsize=2)
def _register_prisons(lex: Lexicon) -> tuple[dict[str, str], re.Pattern]:
    """Bare name -> key of the register's prisons ("Hindley" -> HMP Hindley), and one pattern that finds any of
    them described as a prison (group 1: the name), once per lexicon."""
    keys = {m.group(1): key for key, entry in lex.orgs.items()
            if entry.register == "prison" and (m := _PRISON_PREFIX.match(entry.label)) and len(m.group(1)) >= 4}
    names = "|".join(map(re.escape, sorted(keys, key=len, reverse=True)))
    return keys, re.compile(r"\b(" + names + r")" + _DESCRIBED_PRISON)


def _described_prisons(ctx: Ctx) -> None:
    """A register prison by its bare name where the text says what it is ("Hindley is a category C prison")."""
    if not re.search(r"\b(?:prison|jail|gaol|YOI)\b", ctx.doc.text, re.I):
        return
    keys, described = _register_prisons(ctx.lex)
    for m in described.finditer(ctx.doc.text):
        key = keys[m.group(1)]
        if key not in ctx.out.orgs and not ctx.in_mask(m.start()) and not _overlaps_org(ctx, *m.span(1)):
            _add_org(ctx, key, *m.span(1), "org.described-prison")


def _bare_prison_names(ctx: Ctx) -> None:
    """"HMP Long Lartin ... Long Lartin was a safe prison": a prison is also named without its prefix."""
    text = ctx.doc.text
    for o in list(ctx.out.orgs.values()):
        m = _PRISON_PREFIX.match(o.label)
        if m is None or len(m.group(1)) < 4:
            continue
        for b in re.finditer(r"\b" + re.escape(m.group(1)) + r"\b", text, re.I):
            if b.group(0)[0].isupper() and not ctx.in_mask(b.start()) and not _overlaps_org(ctx, b.start(), b.end()):
                o.evidence.append(_ev(b.start(), b.end(), "org.prison-name"))


def _split_joined_bodies(ctx: Ctx) -> None:
    """"Gloucestershire and Avon and Somerset Police" names two forces when the text names "Avon and Somerset
    Police" on its own too and "Gloucestershire" is a place: each part gets the mention."""
    for o in [o for o in ctx.out.orgs.values() if o.key not in ctx.lex.orgs and " and " in o.label]:
        parts = o.label.split(" and ")
        for n in range(1, len(parts)):
            left, right = " and ".join(parts[:n]), " and ".join(parts[n:])
            other = next((x for x in ctx.out.orgs.values() if x is not o and norm(x.label) == norm(right)), None)
            if other is None or slug(left) not in ctx.lex.places or len(right.split()) < 2:
                continue
            head = right.split()[-1]
            for e in o.evidence:
                _new_named_org(ctx, f"{left} {head}", e.start, e.start + len(left), other.kind, "org.head-joined")
                other.evidence.append(_ev(e.end - len(right), e.end, "org.head-joined"))
            del ctx.out.orgs[o.key]
            break


_SUCCESSORS = word_map("bodies", "successors")


def _successor_named_as_before(ctx: Ctx) -> None:
    """A body called by its predecessor's name in a text written after the change ("the HMIC PEEL report" in 2024
    is HMICFRS's, which took over the constabulary inspectorate in July 2017): the successor, under that name too."""
    year = ctx.anchor[:4]
    for old, rule in _SUCCESSORS.items():
        new, since = rule.split("@")
        o = ctx.out.orgs.get(old)
        if o is None or not year or year < since:
            continue
        for e in o.evidence:
            _add_org(ctx, new, e.start, e.end, e.rule)
        ctx.out.orgs[new].aliases.add(o.label)
        del ctx.out.orgs[old]


def _fold(ctx: Ctx, other: Org, into: Org) -> None:
    """Another name of a body the text names: its mentions and its name go to that body."""
    into.evidence += other.evidence
    into.aliases.add(other.label)
    del ctx.out.orgs[other.key]


_SHORTENABLE = words("bodies", "shortenable_words")
_SHARED_OPENINGS = words("bodies", "shared_openings")


def _shortened_names(ctx: Ctx) -> None:
    """"Gladestry Church-in-Wales School" after "Gladestry Church-in-Wales Primary School", "Cheshire House" beside
    "Leonard Cheshire House": a name the text shortens by a word or two inside it or at its start (the same
    last word) is the same body."""
    found = [o for o in ctx.out.orgs.values() if o.key not in ctx.lex.orgs]
    # "the Vale Council" beside "Vale of Glamorgan Council", "the Western Trust" beside "Western Health and Social
    # Care Trust": a council or trust called by the first words of its name
    for kind, head in (("local authority", " Council"), ("public body", " Trust")):
        same = [o for o in ctx.out.orgs.values() if o.kind == kind]
        for short in [o for o in found if o.kind == kind and o.label.endswith(head) and o.key in ctx.out.orgs]:
            lead = short.label[: -len(head)]
            long = [o for o in same if o is not short and o.key in ctx.out.orgs and o.label.startswith(lead + " ")
                    and o.label.endswith(head)]
            if len(long) == 1:
                _fold(ctx, short, long[0])
    found = [o for o in found if o.key in ctx.out.orgs]
    for short in sorted(found, key=lambda o: len(o.label)):
        words_ = short.label.replace("’", "'").split()  # (either apostrophe: "St Margaret’s Hospice")
        if len(words_) < 2 or short.key not in ctx.out.orgs:
            continue
        for long in found:
            longer = long.label.replace("’", "'").split()
            if long is short or long.key not in ctx.out.orgs or long.kind != short.kind \
                    or not 0 < len(longer) - len(words_) <= 2 or longer[-1] != words_[-1] \
                    or longer[0] != words_[0] and (longer[-len(words_):] != words_ or "and" in longer):
                continue
            rest = iter(longer)
            dropped = list(longer)
            for w in words_:
                if w in dropped:  # (a word spelt otherwise is no shared word: the test below fails)
                    dropped.remove(w)
            inside = longer[0] == words_[0]
            # inside a name only words that say what sort it is ("Primary"); at its start any word, unless the
            # shorter name opens with a word many names share ("City Hospital" is no short "Peterborough City Hospital")
            # (or the place it is in: "St Margaret's Somerset Hospice", "St Margaret's Hospice")
            # ("Goole District Hospital" for "Goole and District Hospital": the one word dropped is "and")
            if all(w in rest for w in words_) and (dropped in (["and"], ["&"]) or all(w.lower() in _SHORTENABLE or slug(w) in ctx.lex.places
                                                       for w in dropped) if inside
                                                    else words_[0].lower() not in _SHARED_OPENINGS):
                _fold(ctx, short, long)
                break


_DROPPABLE_HEADS = words("bodies", "droppable_heads")


def _headless_names(ctx: Ctx) -> None:
    """"Spire Methley Park, in Leeds," or "Spire Methley Park private hospital" for "Spire Methley Park Hospital":
    a provider's name without its last word, named again where no other capitalised word goes on from it."""
    text = ctx.doc.text
    for o in list(ctx.out.orgs.values()):
        parts = o.label.split()
        if len(parts) < 3 or parts[-1] not in _DROPPABLE_HEADS or o.key in ctx.lex.orgs:
            continue
        lead = " ".join(parts[:-1])
        if slug(lead) in ctx.lex.places or parts[0].lower() in _SHARED_OPENINGS:
            continue  # ("Royal Hospital" or a town's name alone is no body's)
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(lead)}(?![\w’'-])(?!\s+[A-Z])", text):
            if not ctx.in_mask(m.start()) and not _overlaps_org(ctx, m.start(), m.end()):
                o.evidence.append(_ev(m.start(), m.end(), "org.headless"))
                o.aliases.add(lead)


def _same_bodies(ctx: Ctx) -> None:
    """"Avon and Somerset Police" and "Avon and Somerset Constabulary" in one text are one force: the first
    joins the second as one of its names."""
    for a, b in body_names().same_body:
        for o in list(ctx.out.orgs.values()):
            if not o.label.endswith(" " + a) or o.key not in ctx.out.orgs:
                continue
            twin_label = norm(o.label[: -len(a)] + b)
            twin = next((x for x in ctx.out.orgs.values() if x is not o and norm(x.label) == twin_label), None)
            lead = norm(o.label[: -len(a)])
            # (only a longer name that adds "City" or "County" to the place: "Leeds North" is another unit)
            longer = [x for x in ctx.out.orgs.values() if x is not o and a in x.aliases
                      and norm(x.label).startswith(lead + " ") and x.label.endswith(" " + b)
                      and norm(x.label)[len(lead) + 1:-len(norm(b)) - 1] in ("city", "county", "borough")]
            if twin is None and len(longer) == 1:
                twin = longer[0]  # "Nottingham PDU" of "Nottingham City Probation Delivery Unit (PDU)"
            if twin is not None:
                _fold(ctx, o, twin)


def _place_qualified(ctx: Ctx) -> None:
    """"Youth Justice Service" in a heading and "the Reading Youth Justice Service manager" in the text: a name
    made only of words for a kind of body is the one body the text names with a place before those words."""
    for short in [o for o in ctx.out.orgs.values() if o.key not in ctx.lex.orgs]:
        words_ = re.findall(r"[\w’']+", short.label.lower())
        if len(words_) < 2 or not all(w in _KIND_OF_BODY for w in words_):
            continue
        forms = {short.label.lower(), re.sub(r"s$", "", short.label.lower())}  # "Youth Offending Services" too
        longs = [o for o in ctx.out.orgs.values() if o is not short and any(
                 n.lower().endswith(" " + f) and slug(n[: -len(f) - 1]) in ctx.lex.places
                 for n in [o.label, *o.aliases] for f in forms)]
        if len(longs) == 1:
            _fold(ctx, short, longs[0])


_PLACE_SERVICE = word_map("bodies", "place_service_names")
_REGION_SERVICES = words("bodies", "region_services")
_PLACE_SERVICE_RX = re.compile(r"\s+(" + "|".join(sorted(map(re.escape, set(_PLACE_SERVICE) - _REGION_SERVICES),
                                                           key=len, reverse=True)) + r")\b")
_REGION_SERVICE_RX = re.compile(r"(?:[’']s)?\s+(" + "|".join(sorted(map(re.escape, _REGION_SERVICES), key=len, reverse=True))
                                + r")\b")


_SERVICE_FOR_PLACE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, set(_PLACE_SERVICE) - _REGION_SERVICES), key=len, reverse=True))
                                # ("a Probation Delivery Unit (PDU*), in Derby City": its short form, then where)
                                + r")(?:\s*\([^()]{1,12}\))?(?:\s*,[^,.\n]{0,80},|\s*,)?\s+(?:for|in)\s+$", re.I)


def _place_services(ctx: Ctx) -> None:
    """"the Barset probation delivery unit": a place and a kind of one-area service in lower case name the body
    of that place (not after "'s": "Barset's youth justice service" is read by the register of such bodies); a
    region and a service it runs, with "'s" or without ("the North West's probation service")."""
    text = ctx.doc.text
    units = re.search(r"\bPDUs?\b|\bdelivery\s+units?\b", text, re.I)
    for s in ctx.lex_spans:
        entry = ctx.lex.places.get(s.kb_id_) if s.label_ == "PLACE" else None
        # (a region's service only where no delivery unit of it is named: then it is no one body)
        region = entry is not None and entry.kind in ("region", "country") and not units
        m = (_PLACE_SERVICE_RX.match(text, s.end_char) or region and _REGION_SERVICE_RX.match(text, s.end_char)) \
            if entry is not None else None
        # (not the last place of a joint name, "the Cheshire and Merseyside probation delivery unit", nor a
        # service in general, "every London youth justice service")
        joint = re.search(r"(?:\band|&|,|\b(?:every|each|any|all|no|other))\s*$", text[max(0, s.start_char - 12):s.start_char], re.I)
        if joint and entry is not None and not ctx.in_mask(s.start_char) and _joint_service(ctx, s):
            continue
        if m and not joint and not ctx.in_mask(s.start_char) and not _overlaps_org(ctx, s.start_char, m.end()):
            place = re.sub(r"^[Tt]he\s+", "", s.text)  # ("The North West's probation services")
            _new_named_org(ctx, f"{place} {_PLACE_SERVICE[m.group(1)]}", s.start_char, m.end(), "public body",
                           "org.place-service")
            continue
        # "Probation service for Derby City", "the probation service, also known as a PDU, in Derby City": the
        # kind first, then the place it serves
        kind = _SERVICE_FOR_PLACE.search(text, max(0, s.start_char - 120), s.start_char) if s.label_ == "PLACE" else None
        if kind and not ctx.in_mask(s.start_char) and not _overlaps_org(ctx, s.start_char, s.end_char):
            _new_named_org(ctx, f"{s.text} {_PLACE_SERVICE[kind.group(1).lower()]}", s.start_char, s.end_char,
                           "public body", "org.service-for-place")


_JOINT_SERVICE_RX = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+(" + "|".join(sorted(map(re.escape, _PLACE_SERVICE), key=len, reverse=True))
                               + r")\b")


def _joint_service(ctx: Ctx, s: Span) -> bool:
    """"the Kent, Surrey and Sussex (KSS) probation service": places in a list, then a lower-case kind of
    service, name one body that serves them all (added here)."""
    text = ctx.doc.text
    m = _JOINT_SERVICE_RX.match(text, s.end_char)
    if m is None:
        return False
    lead = _place_list_end(ctx, text[max(0, s.start_char - 120):s.end_char].split("\n")[-1])
    if not re.search(r",|\band\b", lead) or _overlaps_org(ctx, s.end_char - len(lead), m.end()):
        return False
    _new_named_org(ctx, f"{lead} {_PLACE_SERVICE[m.group(1)]}", s.end_char - len(lead), m.end(), "public body",
                   "org.joint-place-service")
    return True


def _defined_acronyms(ctx: Ctx) -> None:
    """"His Majesty's Inspectorate of Probation (HMIP)": an acronym the text defines names that body only,
    not the other bodies the lexicon knows by it (HMIP is also the prisons inspectorate)."""
    defined: dict[str, set[str]] = {}
    for o in ctx.out.orgs.values():
        for a in o.aliases:
            if a.isupper() and re.search(r"\S\s*\(" + re.escape(a) + r"\)", ctx.doc.text) and any(
                    ctx.doc.text[e.end:].lstrip().startswith("(" + a + ")") for e in o.evidence):
                defined.setdefault(a, set()).add(o.key)
    for a, owners in defined.items():
        if len(owners) != 1:
            continue  # the text defines it for two bodies: it cannot tell which one a bare use means
        for o in list(ctx.out.orgs.values()):
            if o.key in owners:
                continue
            kept = [e for e in o.evidence if ctx.doc.text[e.start:e.end] != a]
            if len(kept) < len(o.evidence):
                o.evidence = kept
                if not kept:
                    del ctx.out.orgs[o.key]


def _acronym_kin(ctx: Ctx) -> None:
    """"Nottingham City Probation Delivery Unit (PDU) ... the Nottinghamshire PDU": the short form with another
    place before it names another body of the same kind."""
    text = ctx.doc.text
    for o in list(ctx.out.orgs.values()):
        for a in [x for x in o.aliases if x.isupper() and 2 <= len(x) <= 6]:
            words = o.label.split()
            if len(words) <= len(a) or "".join(w[0] for w in words[-len(a):]).upper() != a:
                continue
            tail = " ".join(words[-len(a):])
            for m in re.finditer(r"\b((?:(?!" + re.escape(a) + r"\b)[A-Z][\w’'-]+(?:,? and |, | )){1,12})" + re.escape(a) + r"\b",
                                 text):
                lead = _place_list_end(ctx, m.group(1).strip())
                if lead and not ctx.in_mask(m.start()) and not o.label.startswith(lead + " "):
                    kin = _new_named_org(ctx, f"{lead} {tail}", m.end(1) - len(lead) - 1, m.end(), o.kind,
                                         "org.head-acronym-kin")
                    if kin in ctx.out.orgs:
                        ctx.out.orgs[kin].aliases.add(f"{lead} {a}")  # "Newham PDU", as the text names it
                    o.evidence = [e for e in o.evidence if not m.start() <= e.start < m.end()]


def _place_list_end(ctx: Ctx, words: str) -> str:
    """The places WORDS end with, as a list ("the Hammersmith, Fulham and Westminster" -> all three; "Says
    Lambeth" -> "Lambeth"); "" when they end with none."""
    parts = re.split(r"(,? and |, )", words)
    at = len(words)
    for n in range(len(parts) - 1, -1, -2):
        piece = parts[n]
        while piece and slug(piece) not in ctx.lex.places:
            piece = piece.partition(" ")[2]
        if not piece:
            break
        at = len("".join(parts[:n + 1])) - len(piece)
        if piece != parts[n]:
            break  # words before the place open no list
    return words[at:]


def _new_named_org(ctx: Ctx, label: str, start: int, end: int, kind: str, rule: str) -> str:
    """A body whose full name the text gives only in parts ("Devon" of "Staffordshire and Devon County Councils")."""
    known = ctx.lex.org_alias.get(norm(label))
    if known:
        return _add_org(ctx, known, start, end, rule + "-lexicon")
    key = slug(label)
    o = ctx.out.orgs.setdefault(key, Org(key, label, kind))
    o.evidence.append(_ev(start, end, rule))
    return key


_SHORT_FORMS = word_map("bodies", "name_short_forms")
_SHORT_FORM = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(_SHORT_FORMS, key=len, reverse=True)))
                         + r")(?!\w)")


def _squeezed(label: str) -> str:
    """A name compared without case, spaces, hyphens, the short forms it may be written with or a company's
    ending ("Larkfield Homes Ltd" is "Larkfield Homes")."""
    label = _COMPANY_END.sub("", label)
    return re.sub(r"[\s.-]", "", _SHORT_FORM.sub(lambda m: _SHORT_FORMS[m.group(0)], label.lower()))


def _new_org(ctx: Ctx, span: Span, kind: str, rule: str) -> str:
    if "\n" in span.text.strip():
        # a name never runs over a line's end ("Ysgol Gyfun Gwynllyw" / "Posted on: ..."): its first line
        cut = span.text.index("\n", len(span.text) - len(span.text.lstrip()))
        span = ctx.sp.char_span(span.start_char, span.start_char + len(span.text[:cut].rstrip()), alignment_mode="contract")
        if span is None or not span.text.strip():
            return ""
    based = re.match(r"[A-Z][\w’'-]*-(?:based|headquartered|run)\s+(?=[A-Z])", span.text)
    if based:  # "Invergordon-based Castle Gardens Care Home": the town is no part of the name
        span = ctx.sp.char_span(span.start_char + based.end(), span.end_char, alignment_mode="contract")
        if span is None or not span.text.strip():
            return ""
    label = span.text
    if kind == "court or tribunal" and not _COURT_OF_LAW.search(label):
        kind = "other"  # "Beech Court": a house's name, no court of law
    owner = re.match(r"([A-Z][\w-]*(?: (?:(?:of|upon|on|under|in|the|and) )?[A-Z][\w-]*){0,3})[’']s\s+(?=[A-Z])", label)
    if owner and slug(owner.group(1)) in ctx.lex.places:
        label = owner.group(1) + " " + label[owner.end():]  # "York's Youth Justice Service": York Youth Justice Service
    known = ctx.lex.org_alias.get(norm(label))
    if known:
        return _add_org(ctx, known, span.start_char, span.end_char, rule + "-lexicon")
    if body_names().is_area_service(label):
        # "East Riding Youth Offending Service": a council named by its area at the head of a local service's
        # name is that service's area, not the body (the service is inspected on its own)
        for o in ctx.out.orgs.values():
            if o.kind == "local authority":
                o.evidence = [e for e in o.evidence if not (span.start_char <= e.start and e.end < span.end_char)
                              or re.search(r"\bCouncil\b", ctx.doc.text[e.start:e.end])]
        for k in [k for k, o in ctx.out.orgs.items() if not o.evidence]:
            del ctx.out.orgs[k]
    if _overlaps_org(ctx, span.start_char, span.end_char):
        return next((o.key for o in ctx.out.orgs.values() for e in o.evidence
                     if e.start < span.end_char and span.start_char < e.end), "")
    key = slug(label)
    # ("... Nursery and Pre-School" and "... Nursery and Preschool", "X CiW Primary School" and "X Church in Wales
    # Primary School": one body written two ways)
    squeezed = _squeezed(label)
    key = next((k for k, o in ctx.out.orgs.items() if _squeezed(o.label) == squeezed), key)
    # ("Ormiston Oakbrook Academy" and "Oakbrook Ormiston Academy": the same words in another order)
    bag = sorted(_squeezed(w) for w in label.split())
    if len(bag) >= 3:
        key = next((k for k, o in ctx.out.orgs.items() if o.kind == kind
                    and sorted(_squeezed(w) for w in o.label.split()) == bag), key)
    o = ctx.out.orgs.setdefault(key, Org(key, label, kind))
    o.evidence.append(_ev(span.start_char, span.end_char, rule))
    return key


def _merge_prefix_orgs(ctx: Ctx) -> None:
    """"Calderbrook Hospitals" after "Calderbrook Hospitals NHS Foundation Trust" is the same body."""
    found = [o for o in ctx.out.orgs.values() if o.key not in ctx.lex.orgs]
    for short in found:
        for long in ctx.out.orgs.values():
            if long is not short and long.label.startswith(short.label + " ") and short.key in ctx.out.orgs \
                    and not re.fullmatch(r"\s+(?:Limited|Ltd\.?|LLP|PLC|plc|Holdings)", long.label[len(short.label):]):
                # (but "Whitstable House Limited" is the company that runs Whitstable House, not the home)
                _fold(ctx, short, long)
                break


_PROVIDER_CONTEXT = pattern_list("bodies", "provider_context")
_OPERATOR = pattern("bodies", "operator")
_OPERATOR_DESCRIBED = pattern("bodies", "operator_described")
_OPERATOR_HOMES = pattern("bodies", "operator_homes")
_OPERATOR_WORDS = words("bodies", "operator_words")


_PLACE_SCHOOL = pattern("bodies", "place_school")


def _place_schools(ctx: Ctx) -> None:
    """"The St Athan primary school", "St Athan primary school's report": the school named by its place and kind,
    unless "a" or "another" makes it one of the schools there."""
    text = ctx.doc.text
    for s in ctx.lex_spans:
        if s.label_ != "PLACE" or ctx.in_mask(s.start_char) or ctx.in_quote(s.start_char):
            continue
        m = _PLACE_SCHOOL.match(text, s.end_char)
        entry = ctx.lex.places.get(s.kb_id_)
        if entry is not None and entry.kind in ("ceremonial county", "historic county", "region", "country") \
                and not (m is not None and m.group("kind").lower().endswith("partnership")):
            continue  # "Northamptonshire secondary school rated ...": one of a county's schools, not its name
        if m is None or re.search(r"\b(?:an?|another|one|every|each|any)\s+$", text[max(0, s.start_char - 12):s.start_char], re.I):
            continue
        span = ctx.sp.char_span(s.start_char, m.end(), alignment_mode="expand")
        if span is None or _overlaps_org(ctx, s.start_char, m.end()):
            continue
        label = f"{s.text} {m.group('kind').title()}"
        if any(o.label.endswith(" " + m.group("kind").title()) and not o.label.startswith(s.text)
               for o in ctx.out.orgs.values()):
            continue  # "Milton Keynes primary school shoots ..." over "Fairfields Primary School": the school described
        key = slug(label)
        o = ctx.out.orgs.setdefault(key, Org(key, label, "other"))
        o.evidence.append(_ev(s.start_char, m.end(), "org.place-school"))


_KIND_IN_PLACE = pattern("bodies", "kind_in_place")


def _kind_in_place(ctx: Ctx) -> None:
    """"the Community College in Bishop's Castle": the school of that kind in a town, named as the town's."""
    text = ctx.doc.text
    for s in ctx.lex_spans:
        entry = ctx.lex.places.get(s.kb_id_) if s.label_ == "PLACE" else None
        if entry is None or entry.kind not in ("town", "city", "village", "locality") or ctx.in_quote(s.start_char):
            continue
        m = _KIND_IN_PLACE.search(text, max(0, s.start_char - 60), s.start_char)
        if m is None or _overlaps_org(ctx, m.start("kind"), s.end_char):
            continue
        label = f"{s.text} {' '.join(m.group('kind').split())}"
        key = slug(label)
        o = ctx.out.orgs.setdefault(key, Org(key, label, "other"))
        o.evidence.append(_ev(m.start("kind"), s.end_char, "org.kind-in-place"))


def _operators(ctx: Ctx) -> None:
    """The company or body that runs a home or service the text describes ("the home, run by Harmony Care
    Homes,"): a body of its own, even without a head noun."""
    for m in [*_OPERATOR.finditer(ctx.doc.text), *_OPERATOR_DESCRIBED.finditer(ctx.doc.text),
              *_OPERATOR_HOMES.finditer(ctx.doc.text)]:
        name = re.sub(r"(?:\s+(?:of|and|&))+$", "", m.group("name"))
        a = m.start("name")
        b = a + len(name)
        if len(name.split()) < 2 or not _OPERATOR_WORDS & set(name.split()) or re.search(r"[’']s\b", name) \
                or ctx.in_mask(a) or ctx.in_quote(a) or _overlaps_org(ctx, a, b) \
                or any(s.label_ in ("PLACE", "PERSON", "ROLE", "TITLE") and s.start_char < b and a < s.end_char
                       for s in ctx.lex_spans):
            continue
        span = ctx.sp.char_span(a, b)
        if span is not None:
            _named_again(ctx, _new_org(ctx, span, "company", "org.operator"), a, b)
    for m in _OPERATOR_HYPHEN.finditer(ctx.doc.text):
        # ("a Council-run home" is the council's, already a body; a place's name is where, not who)
        a, b = m.start("name"), m.end("name")
        if re.search(r"\b(?:Council|Authority|NHS|Trust)$", m.group("name")) or ctx.in_mask(a) or ctx.in_quote(a) \
                or _overlaps_org(ctx, a, b) or m.group("name").lower() in NOT_NAME \
                or any(s.label_ in ("PLACE", "PERSON", "ROLE", "TITLE", "ORG") and s.start_char < b and a < s.end_char
                       for s in ctx.lex_spans):
            continue
        lead = re.match(r"(?:The|A|An)\s+", m.group("name"))
        a += lead.end() if lead else 0
        span = ctx.sp.char_span(a, b, alignment_mode="expand")
        if span is None or span.end_char != b or not span.text.strip():
            continue
        _named_again(ctx, _new_org(ctx, span, "company", "org.operator"), a, b)


def _named_again(ctx: Ctx, key: str, a: int, b: int) -> None:
    """An operator's name again, on its own ("HC-One's Area Director", "Jane Doe, Colten Care chief executive")."""
    name = ctx.doc.text[a:b]
    for again in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.doc.text):
        if key and again.start() != a and not ctx.in_mask(again.start()) and key in ctx.out.orgs:
            ctx.out.orgs[key].evidence.append(_ev(again.start(), again.end(), "org.operator"))


_OPERATOR_HYPHEN = pattern("bodies", "operator_hyphen")
_DESCRIBED = pattern("bodies", "described_provider")
_NAMED_BEFORE_KIND = pattern("bodies", "named_before_kind")


def _described_providers(ctx: Ctx) -> None:
    """A provider named after what it is ("independent learning provider Health and Fitness Education"): a
    company, even without a head noun; a school named before what it is ("Oaklands Park special needs
    school")."""
    for m, kind in [*((m, "company") for m in _DESCRIBED.finditer(ctx.doc.text)),
                    *((m, "other") for m in _NAMED_BEFORE_KIND.finditer(ctx.doc.text))]:
        name = re.sub(r"(?:\s+(?:of|and|&|for))+$", "", m.group("name"))
        a = m.start("name")
        if kind == "other" and re.search(r"[A-Z][\w’'-]*\s+$", ctx.doc.text[max(0, a - 30):a]):
            continue  # the name runs on before the match: not its start
        b = a + len(name)
        if ctx.in_mask(a) or ctx.in_quote(a) or _overlaps_org(ctx, a, b) \
                or any(s.label_ in ("PLACE", "PERSON", "ROLE", "TITLE") and s.start_char < b and a < s.end_char
                       for s in ctx.lex_spans):
            continue
        span = ctx.sp.char_span(a, b)
        key = _new_org(ctx, span, kind, "org.described") if span is not None else ""
        if key in ctx.out.orgs:
            # the article goes on to name it alone ("Health and Fitness Education is based in Chorley")
            o = ctx.out.orgs[key]
            for n in re.finditer(rf"\b{re.escape(name)}\b", ctx.doc.text):
                if not ctx.in_mask(n.start()) and not _overlaps_org(ctx, n.start(), n.end()):
                    o.evidence.append(_ev(n.start(), n.end(), "org.described"))
            if kind == "company":
                # ... or by what it is, without its name ("while an independent learning provider was branded
                # inadequate" before the sentence that names it)
                what = ctx.doc.text[m.start():a].strip()
                for n in re.finditer(rf"\b(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}{re.escape(what)}\b(?!\s+[A-Z])", ctx.doc.text):
                    if not ctx.in_mask(n.start()) and not _overlaps_org(ctx, n.start(), n.end()):
                        o.evidence.append(_ev(n.start(), n.end(), "org.described-again"))


# "• Quinton Gardens: Good, last inspected on November 27.": a round-up's item, a name and its grade
_ROUNDUP_ITEM = re.compile(r"^[ \t]*[•·▪●*-][ \t]*(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+(?:-[ \t]+)?(?:[A-Z][\w’'&.-]*|of|and|the|y|on|upon|"
                           r"\([A-Z][^()\n]{1,40}\)))*)[ \t]*:[ \t]*['‘\"“]?(?P<grade>[A-Z][a-z]+(?:[ \t][a-z]+){0,2})\b", re.M)


# "2 . Heather Vale Ratings: Safe - requires improvement, ...": a gallery's numbered item, a name and its ratings
# ("1. Ashwood House" / "Requires improvement in: safety ...": the name alone, its ratings on the next line)
GALLERY_ITEM = re.compile(r"^[ \t]*\d{1,2}[ \t]?[.)][ \t]+(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|and|the|y|on|"
                          r"upon)){0,7}?)(?:[ \t]+(?:[-–—:][ \t]+)?(?:Overall[ \t]+)?(?:Ratings?|Rated|Grades?)\b[ \t]*[:-]|"
                          r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=(?:Rated|Ratings?|Overall|Requires[ \t]+improvement|Inadequate|"
                          r"Outstanding|Good)\b[^\n]{0,40}?(?:[:–—-]|\b(?:in|for|at)\b)))", re.M)


def _roundup_items(ctx: Ctx) -> None:
    """Bodies a round-up lists one a line with their grades ("• Quinton Gardens: Good, last inspected on ...",
    "2 . Heather Vale Ratings: Safe - good, ..."), when two lines or more of the list are such items."""
    hits = [m for m in _ROUNDUP_ITEM.finditer(ctx.doc.text)
            if ctx.lex.grade_for(m.group("grade")) and not ctx.lex.aspect_for(m.group("name"))]
    gallery = [m for m in GALLERY_ITEM.finditer(ctx.doc.text) if not ctx.lex.aspect_for(m.group("name"))]
    hits = hits if len(hits) >= len(gallery) else gallery
    if len(hits) < 2:
        return
    for m in hits:
        a, b = m.span("name")
        # ("• Polesworth Group Laurel End: Good": a name the head-noun rule cut short is the item's whole name)
        for o in ctx.out.orgs.values():
            if all(a <= e.start and e.end <= b and (e.start, e.end) != (a, b) and e.rule == "org.head-noun"
                   for e in o.evidence if e.start < b and a < e.end):
                o.evidence = [e for e in o.evidence if not (e.start < b and a < e.end)]
        for k in [k for k, o in ctx.out.orgs.items() if not o.evidence]:
            del ctx.out.orgs[k]
        if ctx.in_mask(a):
            continue
        if _overlaps_org(ctx, a, b):
            # ("• Bright Days Home Care: Good": a body the head-noun rule named whole is a provider the round-up rates)
            for o in ctx.out.orgs.values():
                if o.kind == "other" and any(e.start == a and e.end >= b - 1 for e in o.evidence):
                    ctx.providers.setdefault(o.key, "")
            continue
        span = ctx.sp.char_span(a, b, alignment_mode="contract")
        if span is not None and len(span) >= 1:
            key = _new_org(ctx, span, "other", "org.roundup-item")
            if key:
                ctx.providers.setdefault(key, "")  # a provider the round-up rates, like a home named by its context
                o = ctx.out.orgs[key]
                if ctx.doc.text[a:b].endswith(")") and not o.label.endswith(")"):
                    # ("Home Instead (Redditch & Bromsgrove):" tokenised with one "):"): the name up to its bracket
                    o.label += ")"
                    o.evidence = [replace(e, end=b) if e.start == a else e for e in o.evidence]


def _context_providers(ctx: Ctx) -> None:
    """Care homes whose names carry no organisational head noun, named by their context ("Rosemount, a care
    home in Hunstanton", "Inspectors visited Plas Derwen, which cares for ...")."""
    text = ctx.doc.text
    if not re.search(r"home|hospice|hospital|agency|fostering|adoption|surgery|practice|centre|nursery|childmind|provider|school|academy|college", text):
        return
    blocked = [(s.start_char, s.end_char) for s in ctx.lex_spans if s.label_ in ("ORG", "PLACE", "ROLE", "TITLE")]
    place_names = {s.text for s in ctx.lex_spans if s.label_ == "PLACE"}
    for rx in _PROVIDER_CONTEXT:
        for m in rx.finditer(text):
            a, b = m.span("name")
            words = m.group("name").split()
            while words and words[0].lower() in NOT_NAME:
                a += len(words[0]) + 1
                words = words[1:]
            if not words or ctx.in_mask(a) or any(w.isupper() and len(w) > 1 for w in words) \
                    or RUN_BY.search(words[-1]) or words[-1].endswith("-based"):
                continue  # ("The BCG-run care home", "a Perth-based care home": its operator's, its town's)
            if re.search(r"\b(?:in|near)\s+$", text[max(0, a - 8):a]) and re.match(r",\s+(?:in|at|near)\s", text[b:]):
                continue  # "based at a business centre in Milton Hill, near Didcot, looks after ...": a place
            if ctx.lex.frameworks and any(ctx.lex.frameworks.by_name(" ".join(words[:n])) for n in (1, 2, len(words))):
                continue  # "rated Good", "rated Requires Improvement": a grade, not a name
            if " ".join(words) in place_names or slug(" ".join(words)) in ctx.lex.places or re.search(
                    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}(?:home|school|nursery|practice|surgery|centre|provider|agency)"
                    r"\s+(?:in|near)\s+" + re.escape(" ".join(words)) + r"\b(?![’']s)", text):
                # "Eccles care home told to ...": a name the document uses as a place elsewhere ("a care home
                # in Irchester")
                continue
            # (a house's word ending the name is part of it: "Lound Hall in Retford was awarded ...")
            # (and a street's: "The Colombo Road home in Castletown")
            last_ok = (words[-1].lower() in body_names().lead_head or words[-1].lower() in body_names().street_word) \
                and len(words) >= 2
            if any(w.lower() in _HEAD_KIND or w.lower() in NOT_NAME - {"and", "&", "at"} and not (last_ok and k == len(words) - 1)
                   or w.lower() in SPEECH for k, w in enumerate(words)):
                continue  # a named body ("Meadowbank House") is the head-noun rule's; "Inspectors", "Council" are no name
            # (a place after "at" inside the name is the house's: "Lakeside at Wyboston")
            at = text.find(" at ", a, b)
            if any(x < b and a < y and not (0 <= at < x) for x, y in blocked) or _overlaps_org(ctx, a, b):
                continue  # a place ("Llandudno care home") or a body already known
            span = ctx.sp.char_span(a, b)
            if span is None:
                continue
            key = _new_org(ctx, span, "other", "org.provider-context")
            if not key:
                continue
            town = ""
            if "town" in rx.groupindex and m.group("town"):
                t = ctx.sp.char_span(*m.span("town"), alignment_mode="expand")
                place = _span_at(ctx.lex_spans, t.start, ("PLACE",)) if t is not None else None
                if place is not None and ctx.lex.places[place.kb_id_].kind not in ("country", "region"):
                    town = place.kb_id_
            if town or key not in ctx.providers:
                ctx.providers[key] = town
    for key in ctx.providers:
        o = ctx.out.orgs[key]
        for m in re.finditer(r"\b" + re.escape(o.label) + r"\b", text):
            if not ctx.in_mask(m.start()) and not any(e.start <= m.start() < e.end for e in o.evidence) \
                    and not _overlaps_org(ctx, m.start(), m.end()):
                o.evidence.append(_ev(m.start(), m.end(), "org.provider-context"))


# The last word of a body's name that begins with another body's name ("Humberside Police Federation").
_NAME_GOES_ON = re.compile(r" (?:" + "|".join(map(re.escape, words("bodies", "name_goes_on"))) + r")\b")


def _countrys_namesake(ctx: Ctx, key: str, said: str, countries: set[str]) -> str:
    """A body named by words another country's body ends its name with ("the Prison Service" in an article on a
    Northern Ireland prison): that country's body, when the article's inspectorates, else its places (COUNTRIES),
    are of that one country and the body named is of another."""
    lex = ctx.lex
    entry = lex.orgs.get(key)
    if entry is None or entry.label == said or not entry.country:
        return key
    if len(countries) != 1 or next(iter(countries)) in entry.country:
        return key
    country = next(iter(countries))
    kin = [k for k, o in lex.orgs.items() if o.country == country and o.label.lower().endswith(" " + said.lower())]
    return kin[0] if len(kin) == 1 else key


def _orgs(ctx: Ctx) -> None:
    nations = ctx.lex.nations([s.kb_id_ for s in ctx.lex_spans if s.label_ == "ORG"],
                              [s.kb_id_ for s in ctx.lex_spans if s.label_ == "PLACE"])
    for s in ctx.lex_spans:
        bare = re.sub(r"^(?:The|the)\s+", "", s.text)
        if s.label_ == "ORG" and bare.islower() and len(bare.split()) > 1 and bare not in ctx.lex.lower_org_names:
            continue  # "the education and training inspectorate for Wales", "The probation service, also known as a
            # PDU, in Derby City": a description, not the body's name
        if s.label_ == "ORG" and re.match(r"-(?:style|type|like)\b", ctx.doc.text[s.end_char:s.end_char + 8], re.I):
            continue  # "its Ofsted-style inspection regime": a likeness, not the body
        if s.label_ == "ORG" and not ctx.in_mask(s.start_char):
            more = _NAME_GOES_ON.match(ctx.doc.text, s.end_char)
            if more:
                # "Humberside Police Federation": a staff body or charity named after another body
                _new_named_org(ctx, s.text + more.group(0), s.start_char, more.end(), "other", "org.name-goes-on")
                continue
            _add_org(ctx, _countrys_namesake(ctx, s.kb_id_, bare, nations), s.start_char, s.end_char, "org.lexicon")
    _successor_named_as_before(ctx)
    _head_noun_orgs(ctx)
    _shared_head_orgs(ctx)
    _context_providers(ctx)
    _roundup_items(ctx)
    _operators(ctx)
    _described_providers(ctx)
    _place_schools(ctx)
    _kind_in_place(ctx)
    _place_services(ctx)
    text = ctx.doc.text
    # Prisons and young offender institutions: "HMP Lewes", "HMYOI Feltham".
    for m in _PRISON.finditer(text):
        if not ctx.in_mask(m.start()):
            span = ctx.sp.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                _new_org(ctx, span, "public body", "org.prison")
    for m in _SHORT_PRIMARY.finditer(text):
        start = m.start() + len(re.match(r"(?:(?:The|In|At|As|And|But|While|After)\s+)*", m.group(0)).group(0))
        if not ctx.in_mask(start) and not _overlaps_org(ctx, start, m.end()):
            span = ctx.sp.char_span(start, m.end(), alignment_mode="expand")
            if span is not None and len(span) >= 2 and not all(w.lower_ in _GENERIC_WORDS | {"key", "stage"}
                                                                 for w in span[:-1]):
                _new_org(ctx, span, "other", "org.short-primary")
    for m in _PREFIXED_SCHOOL.finditer(text):
        if not ctx.in_mask(m.start()) and not _overlaps_org(ctx, m.start(), m.end()):
            span = ctx.sp.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                _new_org(ctx, span, "other", "org.prefixed-school")
    for m in _INITIALS_DESCRIBED.finditer(text):
        start, end = m.span("name")
        span = ctx.sp.char_span(start, end, alignment_mode="expand")
        if span is not None and not ctx.in_mask(start) and not _overlaps_org(ctx, start, end) \
                and not any(s.start <= span.start and span.end <= s.end for s in ctx.lex_spans):
            kind = {"charity": "charity", "company": "company", "firm": "company", "partnership": "partnership"}.get(
                m.group("kind"), "other")
            key = _new_org(ctx, span, kind, "org.initials-described")  # "TACT – the UK's largest fostering charity"
            if key:
                _mentions_of_initials(ctx, key, ctx.out.orgs[key].label)
    for m in _PLACED_SUBJECT.finditer(text):
        start, end = m.start("name"), m.end("name")
        span = ctx.sp.char_span(start, end, alignment_mode="expand")
        if span is not None and not ctx.in_mask(start) and not _overlaps_org(ctx, start, end) \
                and not any(s.label_ in ("PLACE", "ROLE", "TITLE") and s.start <= span.start and span.end <= s.end
                            for s in ctx.lex_spans):
            _new_org(ctx, span, "other", "org.placed-subject")  # "Bright Steps North, in Mill Road, was inspected"
    # Names opened by a word for a kind of body ("Ysgol ..."): schools and colleges.
    for m in _OPENING_HEAD.finditer(text):
        if not ctx.in_mask(m.start()) and not _overlaps_org(ctx, m.start(), m.end()):
            span = ctx.sp.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                # (the kind of its head, after any word before it: "University Hospital of Wales")
                head = next((t.lower_ for t in span if t.lower_ in ("hospital", "hospice", "college", "academy")),
                            span[0].lower_)
                _new_org(ctx, span, _HEAD_KIND.get(head, "other"), "org.opening-head")
    _merge_prefix_orgs(ctx)
    _departments_to_councils(ctx)
    _described_prisons(ctx)
    _bare_prison_names(ctx)
    _split_joined_bodies(ctx)
    _same_bodies(ctx)
    _shortened_names(ctx)
    _headless_names(ctx)
    # "Full Name (ACR)": the acronym is one more name of the body.
    for m in _ACRONYM.finditer(text):
        end = len(text[:m.start()].rstrip())
        hit = next((o for o in ctx.out.orgs.values() for e in o.evidence if e.end == end), None)
        if hit is not None:
            hit = _named_by_initials(ctx, hit, m.group(1), end)
            hit.aliases.add(m.group(1))
    # Later bare uses of an acronym defined in the text.
    for o in list(ctx.out.orgs.values()):
        for a in o.aliases:
            if a.isupper() and 2 <= len(a) <= 10:
                for m in re.finditer(r"\b" + re.escape(a) + r"\b", text):
                    if not ctx.in_mask(m.start()) and not any(e.start == m.start() for e in o.evidence):
                        o.evidence.append(_ev(m.start(), m.end(), "org.acronym"))
    _acronym_kin(ctx)
    _same_bodies(ctx)  # (a short form beside the full name the kin above gave it)
    _defined_acronyms(ctx)
    _place_qualified(ctx)


def _initials(words: list[str]) -> str:
    """The letters a short form takes from WORDS: each capitalised word's first, a word in capitals whole."""
    return "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper() and w not in _COMPANY_ENDS)


def _named_by_initials(ctx: Ctx, o: Org, acronym: str, end: int) -> Org:
    """"UK Training and Development Limited (UKTD)": when the short form's letters start with words just
    before the name the body was found by, those words are its name's too (the body, renamed, is returned)."""
    have = _initials(o.label.split())
    if acronym == have or not acronym.endswith(have) or not have:
        return o
    e = next(e for e in o.evidence if e.end == end)
    lead = re.search(r"((?:(?:[A-Z][\w’'&-]*|and|of|&)\s+){1,5})$", ctx.doc.text[max(0, e.start - 60):e.start])
    if lead is None:
        return o
    base = max(0, e.start - 60) + lead.start(1)
    found = list(re.finditer(r"\S+", lead.group(1)))
    words_ = [w.group(0) for w in found]
    for k in range(1, len(words_) + 1):
        if words_[-k][:1].isupper() and _initials(words_[-k:]) + have == acronym:
            label = " ".join(words_[-k:]) + " " + o.label
            key = _new_named_org(ctx, label, base + found[-k].start(), e.end, o.kind, "org.named-by-initials")
            new = ctx.out.orgs[key]
            if new is not o:
                new.aliases |= o.aliases
                new.evidence += [x for x in o.evidence if x is not e]
                del ctx.out.orgs[o.key]
            return new
    return o


_CANONICAL_KINDS = words("bodies", "canonical_label_kinds")


def text_labels(ctx: Ctx) -> None:
    """A known body the text never calls by its register's name goes by the name the text gives it ("HMYOI
    Rochester" for the register's "HMP Rochester", a youth offending service since renamed): readers and
    the article's own words agree. The register's name stays one of its names. Only councils and bodies of a
    register of local bodies (prisons, trusts, forces, services) are renamed ("Wrexham Council", as the press
    writes the county borough's council): national bodies and inspectorates keep one name however articles
    write it."""
    text = ctx.doc.text
    for o in ctx.out.orgs.values():
        entry = ctx.lex.orgs.get(o.key)
        if entry is None or not (entry.register or o.kind == "local authority") or o.kind in _CANONICAL_KINDS:
            continue  # a national body: one name the press shares
        forms: Counter = Counter()
        first: dict[str, int] = {}
        for e in o.evidence:
            if not e.rule.startswith(("org.lexicon", "org.head-noun-lexicon")) or ctx.in_quote(e.start):
                continue
            form = re.sub(r"^(?:the|The)\s+", "", text[e.start:e.end].strip())
            form = re.sub(r"[’']s$", "", re.sub(r"\s+", " ", form))
            # ("Liverpool’s Youth Offending Service": the place's possessive, when the register knows the name so)
            plain = re.sub(r"^([A-Z][\w-]+)[’']s\s", r"\1 ", form)
            if plain != form and norm(plain) in {norm(a) for a in (entry.label, *entry.aliases)}:
                form = plain
            if len(form.split()) < 2 or form.isupper() or o.kind == "local authority" \
                    and not (form.endswith("Council") or form.startswith("Cyngor ")):
                continue  # ("Walsall MBC": a council's shorthand, not the name it goes by; "Cyngor Gwynedd" is one)
            if norm(form) == norm(o.label):
                break  # the text uses the register's name
            forms[form] += 1
            first.setdefault(form, e.start)
        else:
            if forms:
                best = sorted(forms, key=lambda f: (-forms[f], -len(f), first[f]))[0]
                o.aliases.add(o.label)
                o.label = best


def _org_after(ctx: Ctx, k: int) -> str:
    """The body named by a capitalised run at token k ("manager of Healthwatch Calderdale")."""
    sp = ctx.sp
    for s in ctx.lex_spans:
        if s.label_ == "ORG" and s.start == k:
            return s.kb_id_
    for o in ctx.out.orgs.values():
        if any(e.start == sp[k].idx for e in o.evidence):
            return o.key
    j = k
    while j < len(sp) and j - k < 8 and (sp[j].text[:1].isupper() and (sp[j].is_alpha or sp[j].text in ("’s", "'s"))
                                         or (sp[j].lower_ in ("of", "for", "and", "&") and j > k)):
        if _is_honorific(sp[j]) or "\n" in sp[j].whitespace_:
            j += 1
            break
        j += 1
    while j > k and sp[j - 1].lower_ in ("of", "for", "and", "&"):
        j -= 1
    if j - k < 1 or (j - k == 1 and _span_at(ctx.lex_spans, k, ("PLACE",)) is not None):
        return ""
    span = sp[k:j]
    if all(t.lower_ in _PORTFOLIO_WORDS for t in span):
        return ""  # "Minister of Justice", "Director of Education and Families": a portfolio, no body
    if j - k == 1 and span[0].lower_ in _HEAD_KIND:
        # "Chair of the Council's committee": the document's council when it names one; a kind, no name otherwise
        return ctx.council if span[0].lower_ == "council" and ctx.council in ctx.out.orgs else ""
    longer = next((o for o in ctx.out.orgs.values() if o.label.startswith(span.text + " ")), None)
    if longer is not None:
        # "operations director at Evergreen Living" after "Evergreen Living Ltd": the same body, shorter
        longer.evidence.append(_ev(span.start_char, span.end_char, "org.of-role"))
        longer.aliases.add(span.text)
        return longer.key
    head = sp[j - 1].lower_
    return _new_org(ctx, span, _HEAD_KIND.get(head, "other"), "org.of-role")


def _overlaps_org(ctx: Ctx, start: int, end: int) -> bool:
    return any(e.start < end and start < e.end for o in ctx.out.orgs.values() for e in o.evidence)


def _doc_council(ctx: Ctx) -> None:
    """The council a document is about, for "the council" and "Norfolk's director of ...". """
    counts = Counter()
    for key, o in ctx.out.orgs.items():
        if o.kind == "local authority":
            counts[key] += len(o.evidence)
    if counts:
        ctx.council = counts.most_common(1)[0][0]
        return
    # (not inside another body's name: "the General Dental Council" speaks of no local council)
    named = [(e.start, e.end) for o in ctx.out.orgs.values() for e in o.evidence]
    said_council = next((m for m in re.finditer(r"\bcouncil\b", ctx.doc.text, re.I)
                         if not any(a <= m.start() < b for a, b in named)), None)
    # ("Barnardo's children's services" is a charity's: a possessor must be a council's area)
    cue = next((m for m in _COUNCIL_SERVICE_CUE.finditer(ctx.doc.text) if m.group(0)[:1].isupper() and (
        m.group(0).startswith("Children") or slug(re.split(r"[’']s\s", m.group(0))[0]) in ctx.lex.council_by_area)), None)
    if not said_council and cue is None:
        return
    areas = Counter()
    for key, p in ctx.out.places.items():
        if key in ctx.lex.council_by_area:
            areas[key] += sum(1 for e in p.evidence if said_council or not _after_name_word(ctx, e.start))
    areas = +areas
    if areas and (said_council or len(areas) == 1):
        area = sorted(areas.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        ctx.council = ctx.lex.council_by_area[area]
        m = said_council or cue
        _add_org(ctx, ctx.council, m.start(), m.end(), "org.the-council")


def _after_name_word(ctx: Ctx, start: int) -> bool:
    """Whether a word of a person's name stands right before start ("Jo Hart": a surname, no place)."""
    tok = ctx.sp.char_span(start, start + 1, alignment_mode="expand")
    return tok is not None and tok.start > 0 and _is_name_token(ctx.sp[tok.start - 1])


def _doc_inspectorates(ctx: Ctx) -> list[str]:
    """The inspectorates the document names, most named first; when it names none (an inspectorate's own page:
    "We carried out an inspection ..."), the one whose framework's aspects it names, three or more of them."""
    c = Counter()
    first: dict[str, int] = {}
    for key, o in ctx.out.orgs.items():
        if o.kind == "inspectorate":
            c[key] = len(o.evidence)
            first[key] = min(e.start for e in o.evidence)
    return sorted(c, key=lambda k: (-c[k], first[k])) or _titled_inspectorate(ctx) or _aspects_inspectorate(ctx) \
        or _register_inspectorate(ctx) or _inspectors_word(ctx)


def inspectorate_title(ctx: Ctx, t: Span) -> str:
    """The inspectorate a chief inspector's full title outside quotations stands for ("Her Majesty's Chief
    Inspector of Prisons"), or ""; a title others hold too ("Chief Inspector") stands for none."""
    org = t.kb_id_.partition("#")[0] if t.label_ == "TITLE" else ""
    entry = ctx.lex.orgs.get(org)
    own = len(t.text.split()) >= 3 and re.search(r"\b(?:of|for)\b", t.text, re.I)
    return org if entry is not None and entry.kind == "inspectorate" and own and not ctx.in_quote(t.start_char) else ""


def _titled_inspectorate(ctx: Ctx) -> list[str]:
    """"a report published by Her Majesty's Chief Inspector of Prisons": the one inspectorate whose chief
    inspector's full title the text gives, which the title names."""
    hits = {}
    for t in ctx.lex_spans:
        org = inspectorate_title(ctx, t)
        if org:
            hits.setdefault(org, t)
    if len(hits) != 1:
        return []
    org, t = next(iter(hits.items()))
    _add_org(ctx, org, t.start_char, t.end_char, "org.inspector-title")
    return [org]


def _inspectors_word(ctx: Ctx) -> list[str]:
    """"Care inspectors attended the centre": of the inspectorates the word before "inspectors" may mean, the one
    whose remit holds a body the text names (the Care Inspectorate for an early learning and childcare centre)."""
    cued = {o: m for m in re.finditer(r"(?<!\bof )(?<!\bfor )(?<!\bin )\b([A-Za-z]+)\s+[Ii]nspectors?\b", ctx.doc.text)
            for o in body_names().inspectors_word.get(m.group(1).lower(), ()) if o in ctx.lex.orgs}
    bodies = [described(ctx, o) for o in ctx.out.orgs.values() if o.kind != "inspectorate"]
    fit = [o for o in sorted(cued) if len(cued) == 1 or any(fits_remit(ctx.lex, o, b) for b in bodies)]
    if len(fit) != 1:
        return []
    # the words that name it ("Care inspectors") are its mention, so that it is a body of the graph
    _add_org(ctx, fit[0], cued[fit[0]].start(), cued[fit[0]].end(), "org.inspectors-word")
    return fit


def _register_inspectorate(ctx: Ctx) -> list[str]:
    """The one inspectorate of the kinds of register body the document names (prisons: HM Inspectorate of
    Prisons), outside Scotland and Northern Ireland, whose inspectorates differ."""
    names = body_names()
    by = {names.inspected_by.get(e.register) for k in ctx.out.orgs if (e := ctx.lex.orgs.get(k)) is not None
          and e.register and e.country not in ("Scotland", "Northern Ireland")}
    by |= {v for k, o in ctx.out.orgs.items() if k not in ctx.lex.orgs and o.kind != "inspectorate"
           for end, v in names.inspected_by_name.items() if o.label.lower().endswith(" " + end)}
    # ("HMP Ashcombe": a prison by its name, which no register lists, in a text about an inspection and no other
    # body's report: the ombudsman's, the monitoring board's, a coroner's)
    if re.search(r"\binspect(?:ion|ions|ed|ors?)\b", ctx.doc.text, re.I) and not re.search(
            r"\bOmbudsman\b|\bIndependent Monitoring Board\b|\bIMB\b|\bcoroner", ctx.doc.text, re.I):
        by |= {names.inspected_by.get("prison") for k, o in ctx.out.orgs.items()
               if k not in ctx.lex.orgs and prison_name(o.label)}
    return [by.pop()] if len(by) == 1 and None not in by and next(iter(by)) in ctx.lex.orgs else []


def _aspects_inspectorate(ctx: Ctx) -> list[str]:
    """The inspectorate three or more of whose framework aspects the document names, more than any other's."""
    fws = ctx.lex.frameworks.frameworks if ctx.lex.frameworks else {}
    named: dict[str, set[str]] = {}
    for s in ctx.lex_spans:
        entry = ctx.lex.aspects.get(s.kb_id_) if s.label_ == "ASPECT" and not ctx.in_quote(s.start_char) else None
        for f in entry.frameworks if entry is not None else ():
            if f in fws:
                named.setdefault(fws[f].inspectorates[0], set()).add(s.kb_id_)
    ranked = sorted(named.items(), key=lambda kv: -len(kv[1]))
    if ranked and len(ranked[0][1]) >= 3 and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])) \
            and ranked[0][0] in ctx.lex.orgs:
        return [ranked[0][0]]
    return []


# What an article calls the body it is about before naming it in apposition ("The home, Oakridge House, ...").
_APPOSED = "|".join(map(re.escape, sorted(words("bodies", "apposed_kinds"), key=lambda w: (-len(w), w))))
_APPOSED_NAME = re.compile(rf"\b[Tt]he\s+(?:{_APPOSED})\s*,\s+([^,\n]{{2,150}}?)\s*,")


# ("the Council-run hub", "seven of Colten Care's 21 nursing homes": the body that runs the ones meant)
RUN_BY = pattern("bodies", "run_by")
# ("a Keys Group residential children's home": a company's name before the kind of what it runs)
OPERATOR_BEFORE_KIND = pattern("bodies", "operator_before_kind")
OPERATOR_ENDS = tuple(words("bodies", "operator_ends"))
_LEAD_KIND = re.compile(r"\b(?:An?|The)\s+(?:[\w’'-]+\s+){0,3}?((?i:" + nouns_rx(
    [n for nouns in FAMILIES.values() for n in nouns]) + r"))\b(?!\s+[A-Z])")


def _main_subject(ctx: Ctx) -> str:
    c = Counter()
    first: dict[str, int] = {}
    for key, o in ctx.out.orgs.items():
        if o.kind in _SUBJECT_KINDS and not NEVER_INSPECTED.search(o.label):
            # (not "the South Ayrshire Council-run nursery": the body that runs the one the article is about)
            # (nor a parliament or a committee, where inspections are talked about)
            c[key] = sum(1 for e in o.evidence if not ctx.in_quote(e.start) and not RUN_BY.match(ctx.doc.text, e.end))
            first[key] = min(e.start for e in o.evidence)
    if ctx.council and ctx.council in c:
        c[ctx.council] += 2
    # "A large nursery in Ayr has been rated ...": a lead about a provider of a kind is about the one named
    lead = _LEAD_KIND.search(ctx.doc.text[:lead_end(ctx)])
    if lead is not None and not ctx.in_quote(lead.start()):
        kin = [k for k in c if lead.group(1).lower().replace(" ", "_") in family(ctx.out.orgs[k].label)]
        if len(kin) == 1:
            c[kin[0]] += 3
    headline = ctx.doc.text.find("\n")
    for key in c:
        if 0 <= first[key] < headline and key in ctx.lex.orgs and ctx.lex.orgs[key].register:
            c[key] += 1  # the body of a register (a service, force, trust) the headline names
    # "the trust", "the force": a reference to the one trust or force the article names
    refs = [m for m in TRUST_OR_FORCE_REF.finditer(ctx.doc.text) if not ctx.in_quote(m.start())]
    for noun, head in TRUST_OR_FORCE.items():
        ones = [k for k in c if head.search(ctx.out.orgs[k].label)]
        if len(ones) == 1:
            c[ones[0]] += sum(1 for m in refs if m.group(2).lower() == noun)
    # "The home, Oakridge House, is run by ...": the article names the body it is about in apposition
    apposed = {m.group(1) for m in _APPOSED_NAME.finditer(ctx.doc.text)}
    for key in c:
        if ctx.out.orgs[key].label in apposed:
            c[key] += 2
    for key in c:
        if ctx.out.orgs[key].label.lower().endswith("local area partnership"):
            c[key] += 3  # the body an area SEND inspection inspects, of which the council is one member
    for key in ctx.providers:
        if key in ctx.out.orgs and ctx.out.orgs[key].kind in _SUBJECT_KINDS:  # (never a publisher or an inspectorate)
            c[key] += 2  # an article that introduces a care home by name is about the home
            first.setdefault(key, min((e.start for e in ctx.out.orgs[key].evidence), default=len(ctx.doc.text)))
    for key in c:
        if key not in ctx.providers and _registered(ctx, key) and _local_provider(ctx, key):
            c[key] += 1  # a prison, school or surgery the article names, before the national body it belongs to
    if not c:
        return ""
    return sorted(c, key=lambda k: (-c[k], first[k]))[0]


_LOCAL_PROVIDER = pattern("bodies", "local_provider")


def prison_name(label: str) -> bool:
    """A prison's or young offender institution's name ("HMP Norwich", "HMYOI Wetherby")."""
    return bool(_PRISON.match(label))


def _local_provider(ctx: Ctx, key: str) -> bool:
    """A care home, surgery, children's home or prison: by its name, or named as one by its context."""
    entry = ctx.lex.orgs.get(key)
    if entry is not None and entry.register:
        return entry.register in body_names().local_register
    return key in ctx.providers or (key in ctx.out.orgs and (bool(_LOCAL_PROVIDER.search(ctx.out.orgs[key].label))
                                                             or body_names().is_local(ctx.out.orgs[key].label)
                                                             or _apposed_provider(ctx.doc.text, ctx.out.orgs[key].label)))


# "Acorn Park, an independent special school for ...": a name the text calls a school, home or surgery
_APPOSED_KIND = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:school|academy|nursery|pre-school|college|care\s+home|"
                           r"nursing\s+home|children[’']s\s+home|surgery|GP\s+practice|medical\s+practice|prison|jail)\b")


@lru_cache(maxsize=256)  # asked for the same name of the same text again and again
def _apposed_provider(text: str, label: str) -> bool:
    return any(_APPOSED_KIND.match(text, m.end()) for m in re.finditer(re.escape(label), text))


def _area_service(ctx: Ctx, key: str) -> bool:
    """A force, fire service or youth justice service: it covers an area (a register's kind, or its name's)."""
    entry = ctx.lex.orgs.get(key)
    if entry is not None:
        return entry.register in body_names().area_register
    return key in ctx.out.orgs and body_names().is_area_service(ctx.out.orgs[key].label)


def _registered(ctx: Ctx, key: str) -> bool:
    """A body outside the lexicon, or one of a register of local bodies (a prison, a police force)."""
    entry = ctx.lex.orgs.get(key)
    return entry is None or bool(entry.register)


def _care_services(ctx: Ctx) -> list[str]:
    """The local care services (homes, surgeries, prisons) the document names, outside the lexicon."""
    return [k for k in ctx.out.orgs if k not in ctx.lex.orgs and _local_provider(ctx, k)]


def _named_home(ctx: Ctx) -> str:
    """The care home named by context that the document mentions most ("the home")."""
    return max(ctx.providers, key=lambda k: len(ctx.out.orgs[k].evidence))
