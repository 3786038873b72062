"""Posts: the role a person holds and the body it belongs to, read around each mention of the person."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ..lexicon import norm
from ..model import Post
from .bodies import (
    _HEAD_KIND,
    _add_org,
    _care_services,
    _doc_inspectorates,
    _local_provider,
    _main_subject,
    _named_home,
    _org_after,
)
from .context import Ctx, _ev, _span_at
from .names import SPEECH, NameHit, _is_honorific
from .politics import party_aside, party_org, political_post
from .roles import (
    _COUNCIL_ROLE,
    ROLE_HEADS,
    _clause_end,
    _free_role,
    _role_before,
    _role_text,
    _roles_in,
    plural_role,
)
from .rules import pattern, word_list, word_map, words

_WHO_ROLES = word_map("posts", "who_roles")
_WHO_PERFECT = word_map("posts", "who_perfect_roles")
_RELATIVE_VERBS = words("posts", "relative_verbs")
_PRE_ROLE_WORDS = words("posts", "pre_role_words")
_GOVERNORS = words("posts", "governors")


def _appositive(ctx: Ctx, i: int) -> tuple[str, str, Span | None, int]:
    """After "NAME,": (role, org, role span, end) for "[the|a] [ORG's] ROLE [of|at ORG]" or a free role."""
    sp = ctx.sp
    if i < len(sp) and sp[i].lower_ in ("and", "or", "but"):
        return "", "", None, i  # "X, and its manager, Y": the next person's post, not X's
    if i + 2 < len(sp) and sp[i].lower_ == "who" and sp[i + 1].lower_ in _WHO_ROLES:
        # "X, who chairs the Doncaster Safeguarding Children Partnership, said"
        return _who_role(ctx, i)
    if i + 3 < len(sp) and sp[i].lower_ == "who" and sp[i + 1].lower_ in ("has", "had") \
            and sp[i + 2].lower_ in _WHO_PERFECT:
        role, org, span, end = _who_role(ctx, i + 1, _WHO_PERFECT)  # "X, who has chaired the trust since 2021"
        if org:
            return role, org, span, end
    if i + 2 < len(sp) and sp[i].lower_ == "who":
        # "X, who has been Harnford's director of children's services since 2022": the role after the verb
        j = i + 1
        while j < len(sp) and j - i < 5 and sp[j].lower_ in _RELATIVE_VERBS:
            j += 1
        if j > i + 1 and sp[j - 1].lower_ in _RELATIVE_VERBS - {"has", "had", "have", "also", "currently"}:
            i = j
    end = _clause_end(sp, i, 30)
    roles = _roles_in(ctx, i, end)
    if roles:
        r = roles[0]
        pre = sp[i:r.start]
        # "the CQC's deputy director", "Unison's branch secretary": lower-case words that make the role.
        m = r.start
        while m > i and m - r.start > -2 and sp[m - 1].is_alpha and sp[m - 1].text.islower() \
                and sp[m - 1].lower_ not in _PRE_ROLE_WORDS and sp[m - 1].lower_ not in ("and", "or", "of", "for"):
            m -= 1
        # Only determiners, a body, a place or "the council's" may come between the comma and the role.
        # (or a committee's name in capitals: "Aberdeenshire Council's Education and Children's Services Committee chair")
        if len(pre) <= 12 and all(t.lower_ in _PRE_ROLE_WORDS or t.text[:1].isupper() or t.i >= m
                                 or t.lower_ in ("and", "&", "'s", "’s") and t.i > i and sp[t.i - 1].text[:1].isupper()
                                 or _span_at(ctx.lex_spans, t.i, ("ORG", "PLACE")) is not None for t in pre):
            role, org, rend = _role_text(ctx, r)
            if rend < len(sp) and sp[rend].lower_ in ROLE_HEADS and sp[rend].text.islower():
                role, rend = f"{role} {sp[rend].text}", rend + 1  # "a GP partner"
            if m == r.start and r.label_ == "ROLE":
                m = _title_case_start(ctx, i, r.start)
            if m < r.start and r.label_ == "ROLE":
                role = sp[m:r.start].text.lower() + " " + role
                r = Span(sp, m, r.end, label=r.label_, kb_id=r.kb_id_)
            return role, org, r, rend
    role, first, rend = _free_role(ctx, i, end)
    if role:
        return role, _org_of_tokens(ctx, i, first, role) if first > i + 1 else "", None, rend
    return "", "", None, i


def _who_role(ctx: Ctx, i: int, roles: dict[str, str] | None = None) -> tuple[str, str, Span | None, int]:
    """"X, who chairs the Westmarsh Partnership", "who chairs the governors", "who chairs the practice's
    patient participation group": the role the verb gives, with what it chairs when that is no body's name."""
    sp = ctx.sp
    k = i + 2 + (sp[i + 2].lower_ == "the")
    role = (roles or _WHO_ROLES)[sp[i + 1].lower_]
    if k < len(sp) and sp[k].text[:1].isupper():
        return role, _org_after(ctx, k), None, k + 1
    j = k
    while j < len(sp) and j - k < 5 and (sp[j].is_alpha and sp[j].text.islower() or sp[j].text in ("'s", "’s")) \
            and sp[j].lower_ not in ("at", "of", "for", "in", "since", "from", "until", "between", "when"):
        j += 1
    held = [t.text for t in sp[k:j]]
    org = ""
    if len(held) == 1 and sp[k - 1].lower_ == "the":
        org = _org_of_tokens(ctx, k, j, role)  # "who has chaired the trust since 2021": the trust the text names
        if org:
            return role, org, None, j
    if j + 1 < len(sp) and sp[j].lower_ in ("at", "of", "for"):
        org = _org_after(ctx, j + 1 + (sp[j + 1].lower_ == "the"))  # "who chairs the governors at X School"
    if "'s" in held or "’s" in held:
        cut = max(n for n, w in enumerate(held) if w in ("'s", "’s")) + 1
        org, held = _org_of_tokens(ctx, k, k + cut, role), held[cut:]
    if " ".join(held) in _GOVERNORS:
        return f"{role} of governors", org, None, j
    if held and sp[k - 1].lower_ == "the" and len(held) <= 4:
        return f"{role} of the {' '.join(held)}", org, None, j
    return role, org, None, k + 1


def _title_case_start(ctx: Ctx, i: int, r: int) -> int:
    """"Local Authority Link Inspector": capitalised words before a capitalised role, from token i on,
    that are part of the role (no body, place or acronym among them)."""
    sp = ctx.sp
    if not sp[r].text[:1].isupper():
        return r
    m = r
    while m > i and r - m < 4 and sp[m - 1].is_alpha and sp[m - 1].text[:1].isupper() \
            and not sp[m - 1].is_upper and _span_at(ctx.lex_spans, m - 1, ("ORG", "PLACE")) is None:
        m -= 1
    k = i + (sp[i].lower_ in ("the", "a", "an"))
    return m if m == k else r


_GOVERNANCE = words("posts", "governance")
_PLACE_HEADS = words("posts", "place_heads")
_BODY_HEADS = word_list("posts", "body_heads")
_BODY_HEAD_NAMES = {k: tuple(v.split("|")) for k, v in word_map("posts", "body_head_names").items()}
_REGULATOR_WORDS = words("posts", "regulator_words")
_BODY_ENDS = words("posts", "body_ends")
_TOP_POSTS = words("posts", "top_posts")
_COPULAS = words("posts", "copulas")


def _council_in_sentence(ctx: Ctx, i: int) -> str:
    """The council whose area the sentence of token i names ("In Bexley, Councillor X, the cabinet member ..."),
    when the document names more than one council and the sentence names one of them only."""
    councils = {k for k, o in ctx.out.orgs.items() if o.kind == "local authority"}
    if len(councils) < 2:
        return ""
    sent = ctx.sp[i].sent
    named = {ctx.lex.council_by_area[s.kb_id_] for s in ctx.lex_spans
             if s.label_ == "PLACE" and sent.start <= s.start < sent.end and s.kb_id_ in ctx.lex.council_by_area}
    named &= councils
    return named.pop() if len(named) == 1 else ""


# Evidence that names a body where it stands (not "the council" or a post's own body).
_NAMED_BODY_RULES = ("org.head-noun", "org.acronym", "org.provider-context", "org.of-role", "org.prison", "org.operator",
                     "org.initials-described", "org.placed-subject")
# "the practice's manager": a common noun for a kind of body -> the names of bodies of that kind.
_KIND_WORDS = [(w, re.compile(rx)) for w, rx in word_map("posts", "kind_words").items()]
# Roles whose body, when the text names none, is the nearest body of a kind (role pattern -> body names).
_ROLE_BODIES = [(re.compile(rf"(?i)^(?:{r})$"), re.compile(rx)) for r, rx in word_map("posts", "role_bodies").items()]
_COUNCIL_TYPES = word_list("posts", "council_types")


def _body_by_head(ctx: Ctx, seq: list[str], head: str) -> str:
    """"at the trust", "primary care trust chief executive": the document's body whose name ends in the head
    word (or a name the head stands for, "force": "Police"), and in the lower-case words before it when they
    narrow the choice."""
    i = seq.index(head)
    for k in range(max(0, i - 3), i + 1):
        phrase = " ".join(seq[k:i + 1])
        ends = (phrase, phrase + "s") if k < i else (head, head + "s", *_BODY_HEAD_NAMES.get(head, ()))
        # ("the service's": never the inspectorate of fire services; "the home's": never a company, "Runwood Homes")
        hits = sorted((len(o.evidence), o.key) for o in ctx.out.orgs.values() if o.label.lower().endswith(ends)
                      and o.kind not in ("inspectorate", "company"))
        if hits:
            return hits[-1][1]
    if head == "trust" and i > 0 and seq[i - 1] == "the":
        # "Chief Executive at the Trust" where no trust is named: the one hospital or other public body the text names
        hit = _body_of_kind_word(ctx, head)
        return "" if hit == "-" else hit
    return ""


def _recent_council(ctx: Ctx, pos: int) -> str:
    """With several councils in a document, "the council" is the one named last before pos: by its name,
    or as "the city council" / "the county council" when only one of them is of that type."""
    councils = {k: o for k, o in ctx.out.orgs.items() if o.kind == "local authority"}
    if len(councils) < 2:
        return ""
    seen = [(e.start, k) for k, o in councils.items() for e in o.evidence if e.start < pos]
    for m in re.finditer(r"\b(" + "|".join(_COUNCIL_TYPES) + r") council\b", ctx.doc.text[:pos], re.I):
        typed = [k for k, o in councils.items() if re.search(r"\b" + m.group(1) + r"\b", o.label, re.I)]
        if len(typed) == 1:
            seen.append((m.start(), typed[0]))
    return max(seen)[1] if seen else ""


def _nearest_body(ctx: Ctx, pos: int, body: re.Pattern) -> str:
    """The body whose label matches, named last before pos, else first after it; no inspectorate. A body the
    text names with the kind's word after it ("the Little Stars nursery") matches too."""
    text = ctx.doc.text
    hits = [(e.start, k) for k, o in ctx.out.orgs.items() if o.kind != "inspectorate"
            for e in o.evidence if body.search(o.label)
            or body.search(o.label + " " + " ".join(w.capitalize() for w in text[e.end:e.end + 25].split()[:2]))]
    before = [h for h in hits if h[0] < pos]
    if before:
        return max(before)[1]
    return min(hits)[1] if hits else ""


def _body_like_after(ctx: Ctx, k: int) -> str:
    """"clinical chair for NHS Westmarsh CCG", "a foster carer with Larkspur Fostering": after "for" or
    "with", a capitalised run is a body only when it looks like one (an acronym in it, or a body's head noun
    at its end); "for Children's Services" is a portfolio, "for Wales" a place."""
    sp = ctx.sp
    k += k < len(sp) and sp[k].lower_ == "the"
    j = k
    while j < len(sp) and j - k < 8 and sp[j].text[:1].isupper() and sp[j].is_alpha \
            and "\n" not in sp[j - 1].whitespace_:
        j += 1
    run = sp[k:j]
    if len(run) < 2 or _span_at(ctx.lex_spans, k, ("PLACE",)) is not None and len(run) == 2:
        return ""
    if any(t.is_upper and len(t) >= 2 for t in run) or run[-1].lower_ in _HEAD_KIND or run[-1].lower_ in _BODY_ENDS:
        key = _org_after(ctx, k)
        if key and run[0].text == "NHS" and ctx.out.orgs[key].kind == "other":
            ctx.out.orgs[key].kind = "public body"  # an NHS commissioning group or board
        return key
    return ""


# Posts that belong to one kind of registered body: the service of the area a post is written with.
_SERVICE_ROLES = [(re.compile(rf"(?i)\b(?:{r})\b"), reg) for r, reg in word_map("posts", "service_roles").items()]


def _org_of_tokens(ctx: Ctx, start: int, end: int, role: str = "") -> str:
    """An organisation named in tokens [start, end): a body, "the council", or a council's area."""
    sp = ctx.sp
    lo, hi = sp[start].idx, sp[end - 1].idx + len(sp[end - 1])
    named: list[tuple[int, str]] = []
    for s in ctx.lex_spans:
        if s.label_ == "ORG" and start <= s.start < end:
            # (the body the name was found to be: "Humberside Police Federation", not the force it opens with)
            named.append((s.start_char, next((o.key for o in ctx.out.orgs.values() if o.key != s.kb_id_ and any(
                e.start == s.start_char and e.rule == "org.name-goes-on" for e in o.evidence)), s.kb_id_)))
    named += [(e.start, o.key) for o in ctx.out.orgs.values() for e in o.evidence
              if e.rule in _NAMED_BODY_RULES and lo <= e.start < hi]
    if named:
        # (the body named nearest the role: "... by the Care Quality Commission (CQC) comes after NSFT chief executive")
        return max(named)[1]
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and start <= s.start < end and s.kb_id_ in ctx.lex.council_by_area \
                and (not role or _COUNCIL_ROLE.search(role)) and "\n" not in ctx.doc.text[s.end_char:hi]:
            # (not a place on a line above: "St Richard's and Worthing Hospitals" heads what follows)
            key = ctx.lex.council_by_area[s.kb_id_]
            _add_org(ctx, key, s.start_char, s.end_char, "org.area-possessive")
            return key
    register = next((reg for rx, reg in _SERVICE_ROLES if rx.search(role)), "") if role else ""
    for s in ctx.lex_spans if register else ():
        if s.label_ == "PLACE" and start <= s.start < end:
            # "Craig Parkin, Nottinghamshire chief fire officer": the county's fire service, as the register names it
            name = ctx.lex.places[s.kb_id_].label if s.kb_id_ in ctx.lex.places else s.text
            hits = [o for o in ctx.lex.orgs.values() if o.register == register and o.label.startswith(name + " ")]
            if len(hits) == 1:
                _add_org(ctx, hits[0].key, s.start_char, s.end_char, "org.area-service")
                return hits[0].key
    lead = " ".join(t.text for t in sp[start:end] if t.text[:1].isupper() and t.is_alpha
                    and t.lower_ not in ("the", "a", "an", "its", "their", "our", "his", "her"))
    if lead and start < end and sp[end - 1].text in ("'s", "’s") \
            and not any(s.label_ in ("PLACE", "ORG") and start <= s.start < end for s in ctx.lex_spans):
        # "Westholme's executive member": the one council the text names whose name opens with the word
        council_role = bool(re.search(r"\b(?:councillor|cabinet|executive member|portfolio|lead member|mayor)\b", role, re.I))
        # (one word may be a town's, whose posts are its council's: "Westholme's director of children's services")
        hits = [o.key for o in ctx.out.orgs.values() if o.kind != "inspectorate" and o.label.startswith(lead + " ")
                and (o.kind == "local authority" or not council_role and " " in lead)]
        if len(hits) == 1:
            return hits[0]  # (a council's post is a council's: "Ashcombe's district councillor" is no school's)
    seq = [t.lower_ for t in sp[start:end]]
    lowered = set(seq)
    heads = lowered & _PLACE_HEADS
    if heads and seq[0] in ("the", "its", "their") and re.search(
            rf"\b(?:another|other|a|an|second|new)\s+(?:[\w-]+\s+)?(?:{'|'.join(heads)})\b",
            ctx.doc.text[max(0, sp[start].idx - 250):sp[start].idx], re.I):
        return ""  # "moved to another care home in Ilkley. The home's manager ...": not the body the text names
    if ("council" in lowered or "authority" in lowered) and ctx.council:
        return _recent_council(ctx, sp[start].idx) or ctx.council
    if "home" in lowered and ctx.providers:
        return _named_home(ctx)  # "the home's manager"
    for head in _BODY_HEADS:
        if head in lowered:
            hit = _body_by_head(ctx, seq, head)
            if hit:
                return hit
    for word, body in _KIND_WORDS:
        if word in lowered:
            hit = _nearest_body(ctx, sp[start].idx, body)
            if hit:
                return hit
    if heads and end - start <= 4 and seq[0] in ("the", "its", "their") and seq[-1] in ("'s", "’s"):
        # "the home's manager", "the college's principal": the body the article is about, whatever its name
        main = _main_subject(ctx)
        if main and ctx.out.orgs[main].kind not in ("local authority", "inspectorate"):
            return main
    if lowered & _REGULATOR_WORDS:
        ins = _doc_inspectorates(ctx)
        return ins[0] if ins else ""
    return ""


def _post_after(ctx: Ctx, h: NameHit) -> tuple[str, str, str, int, int]:
    """(role, body, rule, first and end token) of a post given after the name: "NAME, the council's director
    of children's services", "NAME, a manager at X". The body is "-" when the text says it is none ("a")."""
    sp = ctx.sp
    # "Martin Kelly, OBE, the council's director": honours after a name stand between it and the post
    k = h.end + (h.end + 2 < len(sp) and sp[h.end].text == "," and sp[h.end + 1].text in _HONOURS
                 and sp[h.end + 2].text == ",") * 2
    k += (k + 1 < len(sp) and sp[k].text in _HONOURS and sp[k + 1].text == ",")
    # "Cllr Tom Brown (Lab), cabinet member for children": a party or ward in brackets, then the post
    close = next((j for j in range(k + 1, min(k + 8, len(sp) - 1)) if sp[j].text == ")"), None) \
        if k < len(sp) and sp[k].text == "(" else None
    if close is not None and sp[close + 1].text == "," and party_aside(sp[k + 1:close].text):
        k = close + 1
    h = replace(h, end=k)
    bare = bare_role(ctx, h.end)
    took = _took_post(ctx, h.end)
    signed = _signature_lines(sp, h)
    if not (h.end < len(sp) and sp[h.end].text in (",", "–", "—", "(") or _copula_role(ctx, h.end) or bare or took or signed):
        return "", "", "", 0, 0
    role, org, rspan, rend = _appositive(ctx, h.end + (took or not bare))
    role = _RELATIVE_LEAD.sub("", role)
    if not role or signed and not (rend >= len(sp) or sp[rend].is_space and "\n" in sp[rend].text):
        return "", "", "", 0, 0  # (a signature's title is its whole line)
    nxt = rend + (rend + 1 < len(sp) and _is_honorific(sp[rend]))
    if nxt < len(sp) and any(e.start == sp[nxt].idx for p in ctx.out.people.values() for e in p.evidence):
        return "", "", "", 0, 0  # "Council Leader, NAME OBE, Chief Executive NAME2 and ...": the next name's post
    first = rspan.start if rspan is not None else h.end + 1
    pre = sp[h.end + 1:first]
    post_end = _clause_end(sp, rend, 20)
    if not org and len(pre) and pre[-1].text in ("'s", "’s"):
        # "NAME, Unison's branch secretary at the trust": the body that owns the post, before where it is held
        org = _org_of_tokens(ctx, h.end + 1, first, role)
        org = "" if org == "-" else org
    if (not org or rspan is not None and rspan.label_ == "TITLE") and rend < len(sp) \
            and sp[rend].lower_ in ("of", "at", "for", "to", "with"):
        # The body the text names after the role wins over the one a title implies
        # ("Director General of the Prison Service": not every director general's body).
        named = _org_of_tokens(ctx, rend, post_end, role)
        if _INSPECTOR.search(role):
            # "Deputy Chief Inspector of Primary Medical Services": an inspector's complement is a remit,
            # and the body an inspectorate (the document's, when the complement names none).
            named = named if named and _is_inspectorate(ctx, named) else ""
            rend = post_end if named else rend
        elif not named and rend + 1 < len(sp) and sp[rend].lower_ in ("of", "at"):
            named = _org_after(ctx, rend + 1 + (sp[rend + 1].lower_ == "the"))
        if not named and rend + 1 < len(sp) and sp[rend].lower_ in ("for", "with"):
            named = _body_like_after(ctx, rend + 1)
        if not named and not org and rend + 2 < len(sp) and sp[rend].lower_ in ("of", "at") and sp[rend + 1].lower_ == "the":
            # "chief nursing officer at the integrated care board": the one body the text names by that head
            k = rend + 2
            while k < len(sp) and k - rend < 6 and sp[k].is_alpha and sp[k].text.islower():
                k += 1
            named = _org_of_tokens(ctx, rend + 1, k, role) if k > rend + 2 else ""
        if not named and not org and rend + 1 < len(sp) and sp[rend].lower_ in ("of", "at") \
                and not _INSPECTOR.search(role):
            named = "-"  # "the manager of the family centre next door": a workplace the text names, no body known
        if not named and not org and rend + 2 < len(sp) and sp[rend].lower_ == "for" and sp[rend + 1].lower_ == "the" \
                and any(t.lower_ in _BODY_HEADS for t in sp[rend + 2:rend + 5]) and not _INSPECTOR.search(role):
            named = "-"  # "head of midwifery for the health board": a body no rule knows, not the article's subject
        org = named or org
    if not org and len(pre):
        org = _org_of_tokens(ctx, h.end + 1, first, role)
        if not org and len(pre) >= 2 and pre[-1].text in ("'s", "’s") and pre[-2].text[:1].isupper():
            org = "-"  # "NAME, Inclusion's chief executive": a body the text names but no rule knows
        if not org and first - 2 > h.end and sp[first - 1].text in ("'s", "’s") and sp[first - 2].lower_ in _BODY_HEADS \
                and sp[first - 2].lower_ in _HEAD_KIND:
            org = _body_of_kind_word(ctx, sp[first - 2].lower_)  # "NAME, the trust's chief executive"
    if not org and len(pre) and pre[0].lower_ in ("its", "their"):
        org = _its_body(ctx, pre[0].idx) or "-"  # "X Trust, and NAME, its director of midwifery"
    if not org and len(pre) and pre[0].lower_ in ("a", "an"):
        # "X, a parent": no body; "X, a GP partner" in an article about one practice: that practice.
        org = _only_body_of_kind(ctx, role) or "-"
    return role, org, "post.apposition", h.end + 1, rend


def _signature_lines(sp, h: NameHit) -> bool:
    """A name alone on its line with a line after it ("Cllr Jane Doe" then "Cabinet Member for Adults"): a press
    release's signature, whose next line is the title."""
    outer = h.outer if h.outer >= 0 else h.start
    alone_before = outer == 0 or sp[outer - 1].is_space and "\n" in sp[outer - 1].text
    return alone_before and h.end + 1 < len(sp) and sp[h.end].is_space and "\n" in sp[h.end].text \
        and sp[h.end + 1].text[:1].isupper()


_INSPECTOR = re.compile(r"(?i)\binspector\b|^hmi$")  # ("HMI Mike Tull": His Majesty's Inspector)
_HONOURS = words("posts", "honours")
_RELATIVE_LEAD = pattern("posts", "relative_lead")


def _is_inspectorate(ctx: Ctx, key: str) -> bool:
    o = ctx.out.orgs.get(key) or ctx.lex.orgs.get(key)
    return o is not None and o.kind == "inspectorate"


def bare_role(ctx: Ctx, i: int) -> bool:
    """"Sallyann Doe the senior nursery manager paid tribute": a role after the name with no comma, then a verb."""
    sp = ctx.sp
    # (of two words or more: "NAME MSP said" is an elected member's, read with the party)
    titled = i + 1 < len(sp) and sp[i].text[:1].isupper() and (r := _span_at(ctx.lex_spans, i, ("ROLE", "TITLE"))) is not None \
        and r.start == i and len(r) >= 2
    if titled:
        # "Councillor NAME Lead Member for Children's Services, said": a title-case role right after the name
        role, _, _, rend = _appositive(ctx, i)
        return bool(role) and rend < len(sp) and (sp[rend].text == "," or sp[rend].lower_ in SPEECH)
    if not (i + 1 < len(sp) and sp[i].lower_ == "the"):
        return False
    role, _, _, rend = _appositive(ctx, i)
    return bool(role) and rend < len(sp) and sp[rend].is_alpha and sp[rend].text.islower() \
        and sp[rend].lower_ not in ("of", "at", "for", "and", "or", "in", "with", "to")


_TOOK_POST = pattern("posts", "took_post")
_IN_ROLE = pattern("posts", "in_role")


def _took_post(ctx: Ctx, i: int) -> int:
    """"NAME took over as headteacher of ...", "NAME was appointed chief executive of ...", "NAME became
    director of ...", "NAME (in her role as cabinet member for ...)": the number of words before the role, or 0."""
    sp = ctx.sp
    if i >= len(sp):
        return 0
    m = _TOOK_POST.match(ctx.doc.text, sp[i].idx) or _IN_ROLE.match(ctx.doc.text, sp[i].idx)
    if m is None:
        return 0
    k = i
    while k < len(sp) and sp[k].idx < m.end():
        k += 1
    role = next((s for s in ctx.lex_spans if s.label_ in ("ROLE", "TITLE") and s.start == k), None)
    return k - i if role is not None else 0


def _copula_role(ctx: Ctx, i: int) -> bool:
    """"Jane Doe is the trust's chief executive", "... became a governor", "Dr Jane Doe is Chief Executive of X":
    a role after "is"/"was"."""
    sp = ctx.sp
    return i + 1 < len(sp) and sp[i].lower_ in _COPULAS and (
        sp[i + 1].lower_ in ("the", "a", "an")
        or any(s.label_ in ("ROLE", "TITLE") and s.start == i + 1 for s in ctx.lex_spans))


_CLAUSE_OPENERS = frozenset(words("posts", "clause_openers"))


# A government's post: a minister's or a secretary of state's ("justice secretary", "health minister").
_NATIONAL_POST = re.compile(r"\b(?:minister|secretary\s+of\s+state|(?:justice|health|home|education|culture|foreign|"
                            r"cabinet)\s+secretary)\b", re.I)


def _post_before(ctx: Ctx, outer: int) -> tuple[str, str, str, int, int]:
    """(role, body, rule, first and end token) of a post given before the name (token outer): "Ofsted's
    regional director, NAME", "Its chief medical officer, NAME"."""
    sp = ctx.sp
    rb = _role_before(ctx, outer)
    if rb is None:
        return "", "", "", 0, 0
    r, _ = rb
    role, org, rend = _role_text(ctx, r)
    k = r.start
    if k >= 2 and sp[k - 1].lower_ in ("and", "&"):
        # "Principal and CEO NAME": one post named by two roles
        first = next((s for s in ctx.lex_spans if s.label_ == "ROLE" and s.end == k - 1), None)
        if first is not None:
            role, k = f"{sp[first.start:first.end].text.lower()} and {role}", first.start
    if k >= 1 and sp[k - 1].lower_ in ("acting", "interim") and not role.startswith(sp[k - 1].lower_):
        role, k = f"{sp[k - 1].lower_} {role}", k - 1  # "Acting Chief Constable NAME": the post as held
    b = k
    # (back to the clause's start: "Ofsted recognises that since the strategic director, NAME, ..." is no Ofsted post)
    # (nor past a line's end, whether the tokeniser keeps it as a token of its own or as a token's trailing space)
    while b > 0 and k - b < 8 and sp[b - 1].text not in (".", ",", ";", ":", "“", "”", "\"") \
            and "\n" not in sp[b - 1].whitespace_ and "\n" not in sp[b - 1].text and sp[b - 1].lower_ not in _CLAUSE_OPENERS:
        b -= 1
    if b >= 2 and sp[b - 1].text == "," and any(e.end == sp[b - 2].idx + len(sp[b - 2])
                                                 for p in ctx.out.people.values() for e in p.evidence):
        # "writing to NAME, acting head of X, Dr NAME2 said": the post of the name before it
        return "", "", "", 0, 0
    if not org and b < k:
        org = _org_of_tokens(ctx, b, k, role)
        if org and _NATIONAL_POST.search(role) and ctx.out.orgs[org].kind != "government department":
            org = "-"  # "Prison inspectors wrote to Justice Secretary NAME": a minister's, no prison's
    if not org and b < k and sp[b].lower_ in ("its", "their", "whose"):
        # "NHS Somerset ICB ... Its chief medical officer, NAME"; "the X Trust, whose chief executive, NAME"
        org = _its_body(ctx, sp[b].idx) or "-"
    if not org and rend < outer and sp[rend].lower_ in ("of", "at", "for"):
        # ("The deputy director of specialist healthcare for the CQC, NAME")
        org = _org_of_tokens(ctx, rend, outer, role)
    if not org and b < k - 1 and sp[k - 1].text in ("'s", "’s") and sp[k - 2].lower_ in _BODY_HEADS \
            and sp[k - 2].lower_ in _HEAD_KIND:
        org = _body_of_kind_word(ctx, sp[k - 2].lower_)  # "the Trust's chief executive, NAME", no trust named
    if not org and b < k and sp[k - 1].text[:1].isupper() and sp[k - 1].lower_ in _BODY_HEADS \
            and sp[k - 1].lower_ in _HEAD_KIND:
        # "Hospice CEO NAME": the one body the text names with that word in its name
        hits = [key for key, o in ctx.out.orgs.items() if o.kind != "inspectorate"
                and re.search(rf"\b{re.escape(sp[k - 1].text)}\b", o.label)]
        org = hits[0] if len(hits) == 1 else ""
    return role, org, "post.role-before", b, outer


def _its_body(ctx: Ctx, pos: int) -> str:
    """The body "its" or "their" at POS stands for: the one named last before it (no inspectorate), or "" when
    another body the text names otherwise comes between ("Essex Police ... The Police Federation ..., its chair")."""
    near = [(e.end, o.key) for o in ctx.out.orgs.values() for e in o.evidence
            if pos - 300 < e.end <= pos and o.kind != "inspectorate"]
    if not near:
        return ""
    end, key = max(near)
    between = ctx.doc.text[end:pos]
    if re.search(r"\b(?:[Tt]he|[Aa]n?)\s+[A-Z][a-z]+|\b(?:committee|panel|board|federation|union|"
                 r"association|group|forum|network)\b", between):
        return ""
    return key


def _body_of_kind_word(ctx: Ctx, word: str) -> str:
    """"the trust's", "the force's" when no body's name ends in the word: the one body of that word's kind
    (a trust's: the one hospital or other public body named), else "-" (no other body is meant)."""
    kind = _HEAD_KIND.get(word, "")
    hits = [k for k, o in ctx.out.orgs.items() if o.kind == kind and kind != "inspectorate" and k not in ctx.lex.orgs]
    return hits[0] if len(hits) == 1 else "-"


def _only_body_of_kind(ctx: Ctx, role: str) -> str:
    """The one body of the kind a role belongs to (rules role_bodies) that the document names, if one."""
    for role_rx, body in _ROLE_BODIES:
        if role_rx.match(role):
            if _school_governor(ctx, role):
                return ""
            hits = {k for k, o in ctx.out.orgs.items() if o.kind != "inspectorate" and body.search(o.label)}
            return hits.pop() if len(hits) == 1 else ""
    return ""


def _org_before_name(ctx: Ctx, outer: int) -> str:
    """"Ofsted inspector Jane Doe", "Estyn inspectors Jane Doe, ...": a body right before a role word
    (singular or plural) right before the name."""
    sp = ctx.sp
    j = outer - 1
    if j < 1 or sp[j].lower_.rstrip("s") not in ROLE_HEADS:
        return ""
    org = _span_at(ctx.lex_spans, j - 1, ("ORG",))
    return org.kb_id_ if org is not None and org.end == j else ""


_SCHOOL_BODY = re.compile(r"\b(?:School|Academy|College|Primary|Nursery)\b")


def _school_governor(ctx: Ctx, role: str) -> bool:
    """A bare "governor" where the text names a school may be the school's: no prison is implied for it."""
    return role == "governor" and any(_SCHOOL_BODY.search(o.label) for o in ctx.out.orgs.values())


_EXECUTIVE = pattern("posts", "executive_post")


def _executive(role: str) -> bool:
    """A bare executive post, or two joined ("founder and managing director")."""
    return all(_EXECUTIVE.match(part) for part in role.split(" and "))


def _implied_org(ctx: Ctx, role: str, cat: str, outer: int, last_with_org: list[tuple[str, str, str]]) -> str:
    """The body of a post the text does not name, from what the role is (a board's, a council's, a police
    force's, the inspectorate's, a care service's)."""
    sp = ctx.sp
    role = re.sub(r"^(?:acting|interim)\s+", "", role)  # (the post's body is the one of the post it stands in for)
    for role_rx, body in _ROLE_BODIES:
        # a headteacher's school, a GP's practice, a constable's force ("principal and CEO": the first role's)
        if role_rx.match(role) or role_rx.match(role.split(" and ")[0]):
            if _school_governor(ctx, role):
                return ""
            # (the school the article is about, before another it names in passing: "formed to replace X School")
            main = _main_subject(ctx)
            if main and body.search(ctx.out.orgs[main].label):
                return main
            return _nearest_body(ctx, sp[outer].idx, body)
    if cat in _GOVERNANCE or role.endswith("chair"):
        # Board roles inherit the body of the post named just before ("X, Cafcass Chair ... Y, Deputy Chair").
        prev = next((o for r_, o, c in reversed(last_with_org) if c in _GOVERNANCE or r_.endswith("chair")), "")
        if prev or not _executive(role):
            return prev
    if ctx.council and _COUNCIL_ROLE.search(role):
        return _council_in_sentence(ctx, outer) or _recent_council(ctx, sp[outer].idx) or ctx.council
    if re.search(r"\binspectors?\b|\binspections?\b|^hmi$", role, re.I):
        # "the chief inspector", "head of hospital inspection", "HMI": the inspectorate of the article
        ins = _doc_inspectorates(ctx)
        return ins[0] if ins else ""
    if role in _TOP_POSTS:
        # "X, chief executive, said": the body the article is about, unless that is an inspectorate; a
        # hospital's executives are those of the trust that runs it, when the article names one.
        main = _main_subject(ctx)
        if main and re.search(r"\bHospitals?$", ctx.out.orgs[main].label):
            trusts = [k for k, o in ctx.out.orgs.items() if re.search(r"\bTrust$", o.label) and o.kind == "public body"]
            return trusts[0] if len(trusts) == 1 else main
        return main
    if _executive(role):
        # "Commercial director NAME said", "Trust chairman, NAME": the body the article is about (not an
        # inspectorate)
        main = _main_subject(ctx)
        return main if main and not _is_inspectorate(ctx, main) else ""
    if role in ("registered manager", "responsible individual", "nominated individual"):
        # The regulators' own posts: the manager of the one care service the article names, the
        # responsible individual of the one provider company.
        homes = _care_services(ctx)
        firms = [k for k, o in ctx.out.orgs.items() if o.kind == "company" and k not in ctx.lex.orgs]
        pick = firms if role != "registered manager" and len(firms) == 1 else homes
        return pick[0] if len(pick) == 1 else ""
    return ""


def _posts(ctx: Ctx, mentions: list[tuple[int, str, NameHit]]) -> None:
    """The post each mention of a person gives, outside quotations; "Cllr" alone makes a councillor."""
    sp = ctx.sp
    seen = set()
    last_with_org: list[tuple[str, str, str]] = []  # (role, org, category)
    deferred: list[tuple[str, Post]] = []
    for _, key, h in mentions:
        if ctx.in_quote(sp[h.start].idx):
            continue
        outer = h.outer if h.outer >= 0 else h.start
        while outer > 0 and _is_honorific(sp[outer - 1]):
            outer -= 1  # "Chief Inspector of Hospitals Professor Sir Jane Doe": the role before both titles
        pol = political_post(ctx, sp[outer].idx, sp[h.end - 1].idx + len(sp[h.end - 1]))
        if pol is not None and re.fullmatch(r"MP|MSP|MS|MLA|AM", pol.role) and _post_after(ctx, h)[0]:
            pol = None  # "Cllr Tom Roe MP, Leader of X Council,": the post the apposition gives, not the seat
        if pol is not None:
            role, org, rule = pol.role, party_org(ctx, pol) or "-", "post.political"
            span = sp.char_span(pol.start, pol.end, alignment_mode="expand")
            lo, hi = (span.start, span.end) if span is not None else (h.start, h.end)
        else:
            role, org, rule, lo, hi = _post_after(ctx, h)
        if not role:
            role, org, rule, lo, hi = _post_before(ctx, outer)
        plural = "" if role else plural_role(ctx, outer)
        if plural:
            # "inspectors A and B": each an inspector, of the body the role implies
            role, org, rule, lo, hi = plural, "", "post.plural-role", outer, h.end
        if not role and h.honorific.lower() in ("cllr", "councillor") and ctx.council:
            # "Cllr" says only that the person is a councillor: kept when the text gives no other post.
            deferred.append((key, Post(key, "councillor", ctx.council,
                                       _ev(sp[outer].idx, sp[h.end - 1].idx + len(sp[h.end - 1]), "post.honorific"))))
            continue
        if not role:
            continue
        cat = ctx.lex.roles[role].category if role in ctx.lex.roles else ""
        lead = re.match(r"([\w&]+)\s+(?=\S)", role)
        named = ctx.lex.org_alias.get(norm(lead.group(1))) if lead and org in ("", "-") else None
        if named and ctx.lex.orgs[named].kind == "inspectorate":
            org = named  # "NAME, an Ofsted inspector": the inspectorate the role names
        if org == "-":
            org = ""
        elif not org:
            org = _org_before_name(ctx, outer) or _implied_org(ctx, role, cat, outer, last_with_org)
            if not org and h.honorific.lower() in ("cllr", "councillor") and ctx.council and rule != "post.political":
                # "A member of the scrutiny committee, Cllr NAME": a councillor's post is the council's
                org = _council_in_sentence(ctx, outer) or _recent_council(ctx, sp[outer].idx) or ctx.council
        if org and _INSPECTOR.search(role) and not _is_inspectorate(ctx, org) and rule != "post.political":
            ins = _doc_inspectorates(ctx)  # an inspector answers to an inspectorate, not to the body inspected
            org = ins[0] if ins else org
        if role == "registered manager" and org and not _local_provider(ctx, org):
            # A registered manager is registered for a care service, not for the company that runs it.
            homes = _care_services(ctx)
            org = homes[0] if len(homes) == 1 else org
        if org and org not in ctx.out.orgs:
            _add_org(ctx, org, sp[lo].idx, sp[max(lo, hi - 1)].idx + len(sp[max(lo, hi - 1)]), "org.from-post")
        if org:
            last_with_org.append((role, org, cat))
        k2 = (key, role, org)
        if k2 in seen:
            continue
        seen.add(k2)
        a = min(sp[outer].idx, sp[lo].idx)
        last = sp[max(lo, hi - 1)]
        b = max(sp[h.end - 1].idx + len(sp[h.end - 1]), last.idx + len(last))
        ctx.out.posts.append(Post(key, role, org, _ev(a, b, rule)))
        if rule == "post.apposition" and hi + 1 < len(sp) and sp[hi].lower_ == "and":
            _second_post(ctx, key, org, sp[outer].idx, hi + 1, seen)
    _post_said_before(ctx, mentions, last_with_org)
    held = {p.person for p in ctx.out.posts}
    for key, post in deferred:
        if key not in held:
            held.add(key)
            ctx.out.posts.append(post)
    ctx.out.posts = _one_post_per_role(ctx.out.posts)


def _second_post(ctx: Ctx, key: str, org: str, start: int, i: int, seen: set) -> None:
    """"NAME, the council's chief education officer and chief officer for people, said": a second role after
    "and" is a second post, at the body it names or the first one's."""
    sp = ctx.sp
    role, org2, span, end = _appositive(ctx, i)
    role = _RELATIVE_LEAD.sub("", role)
    if not role or sp[i].lower_ in ("a", "an") or span is not None and span.start != i and sp[i].lower_ not in (
            "the", "its", "their"):
        return  # ("X, chief executive and a mother of two": no second post)
    if end < len(sp) and sp[end].lower_ in ("of", "at"):
        org2 = _org_of_tokens(ctx, end, _clause_end(sp, end, 20), role) or org2
    org2 = "" if org2 == "-" else org2 or org
    if (key, role, org2) in seen or org2 and org2 not in ctx.out.orgs:
        return
    seen.add((key, role, org2))
    last = sp[max(i, end - 1)]
    ctx.out.posts.append(Post(key, role, org2, _ev(start, last.idx + len(last), "post.second-role")))


_JUDGING_VERBS = set(words("posts", "judging_verbs"))
_OWNER = r"(?:the|its|their|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s|the\s+\w+[’']s)"


def _subject_post(ctx: Ctx, s: Span, roles_held: set[str]) -> Span | None:
    """The post a sentence opens with as its subject ("The governor of X has said ..."), when no one holds it yet."""
    r = next((r for r in ctx.lex_spans if r.label_ == "ROLE" and s.start <= r.start < s.end), None)
    return r if r is not None and r.kb_id_ not in roles_held and re.fullmatch(
        rf"\s*{_OWNER}\s*", ctx.doc.text[s.start_char:r.start_char], re.I) else None


def _post_said_before(ctx: Ctx, mentions: list[tuple[int, str, NameHit]], last_with_org: list) -> None:
    """"The headteacher of X said the school would appeal. Nigel Faraday said ...": a person the text gives no
    post, who opens a sentence with a verb of speech right after one whose subject is a post no one named holds,
    holds that post."""
    sp = ctx.sp
    held = {p.person for p in ctx.out.posts}
    roles_held = {p.role for p in ctx.out.posts}
    for _, key, h in mentions:
        if key in held or ctx.in_quote(sp[h.start].idx) or h.honorific.lower() in ("cllr", "councillor"):
            continue
        start = h.outer if h.outer >= 0 else h.start
        sent = sp[start].sent
        if start != sent.start or h.end >= len(sp) or sent.start == 0:
            continue
        # the name's own verb of speech, perhaps after an aside ("NAME, who has led the school since May, said")
        titled = sp[h.end].lower_ in _JUDGING_VERBS
        verb = h.end if sp[h.end].lower_ in SPEECH or titled else next(
            (k + 1 for k in range(h.end + 1, min(sent.end, h.end + 30)) if sp[k].text == "," and k + 1 < sent.end
             and sp[k + 1].lower_ in SPEECH), None) if sp[h.end].text == "," else None
        if verb is None:
            continue
        prev = sp[sent.start - 1].sent
        while prev.start > 0 and not prev.text.strip():
            prev = sp[prev.start - 1].sent  # (over blank lines between the paragraphs)
        if any(prev.start_char <= pos < prev.end_char for pos, _, _ in mentions):
            continue  # the post before is a named person's ("The council's leader, Cllr X, said sorry.")
        role = next((r for r in ctx.lex_spans if r.label_ == "ROLE" and prev.start <= r.start < prev.end), None)
        # ("..., says Humberside Police Federation's secretary." then "NAME said ...": the post said it last)
        last = next((r for r in reversed(ctx.lex_spans) if r.label_ == "ROLE" and prev.start <= r.start < prev.end
                     and re.search(rf"\b(?:says|said)\s+{_OWNER}\s*$", ctx.doc.text[prev.start_char:r.start_char], re.I)
                     and re.fullmatch(r"\s*[.!?]?\s*", ctx.doc.text[r.end_char:prev.end_char])), None)
        # ("X was slammed by the chief inspector of prisons, who revealed ..." then "NAME criticised ...": a
        # post the text names once, by its title)
        if last is None and titled:
            last = next((r for r in ctx.lex_spans if r.label_ == "TITLE" and prev.start <= r.start < prev.end
                         and re.search(r"\bby\s+(?:the\s+)?$", ctx.doc.text[prev.start_char:r.start_char], re.I)
                         and re.match(r"\s*(?:,\s+who\b|[.!?]?\s*$)", ctx.doc.text[r.end_char:prev.end_char])), None)
        back = prev
        for _ in range(2):
            # ("The governor of X has said ... . The inspection outlined ... . NAME said ...": a post two or three
            # sentences before, when no one is named between, that speaks)
            if last is not None or _subject_post(ctx, prev, roles_held) is not None or back.start == 0:
                break
            back = sp[back.start - 1].sent
            while back.start > 0 and not back.text.strip():
                back = sp[back.start - 1].sent
            if any(back.start_char <= pos < back.end_char for pos, _, _ in mentions):
                break
            found = _subject_post(ctx, back, roles_held)
            if found is not None:
                prev, role = back, found
                break
        if last is not None and last.kb_id_ not in roles_held:
            role = last
        elif role is None or role.kb_id_ in roles_held or not re.fullmatch(
                rf"\s*{_OWNER}\s*", ctx.doc.text[prev.start_char:role.start_char], re.I):
            continue
        label, org, rend = _role_text(ctx, role)
        if last is None and not any(t.lower_ in SPEECH for t in sp[rend:prev.end]):
            continue  # the post must speak too ("The headteacher ... said")
        if last is not None and not org:
            said = list(re.finditer(r"\b(?:says|said)\s+", ctx.doc.text[prev.start_char:last.start_char], re.I))
            first = sp.char_span(prev.start_char + said[-1].end(), last.start_char, alignment_mode="expand") if said else None
            if first is not None and len(first):
                org = _org_of_tokens(ctx, first.start, last.start, label)  # "says Humberside Police Federation's"
        cat = ctx.lex.roles[label].category if label in ctx.lex.roles else ""
        org = org or _implied_org(ctx, label, cat, role.start, last_with_org)
        if org and org not in ctx.out.orgs and role.label_ == "TITLE" and org in ctx.lex.orgs:
            _add_org(ctx, org, role.start_char, role.end_char, "org.from-post")  # (the body a title names)
        if org and org not in ctx.out.orgs:
            continue
        ctx.out.posts.append(Post(key, label, org, _ev(role.start_char, sp[h.end - 1].idx + len(sp[h.end - 1]),
                                                       "post.said-before")))
        held.add(key)
        roles_held.add(label)


def _squeezed(role: str) -> str:
    return re.sub(r"[\s-]", "", re.sub(r"\b(?:his|her)\s+majesty[’']?s\b", "hm", role.lower()))


def _one_post_per_role(posts: list[Post]) -> list[Post]:
    """One post where several mentions name the same one: "manager" and "registered manager" of one body are
    one post (the fuller role stays), and a role with no body gives way to the same role at a body."""
    def within(a: str, b: str) -> bool:
        return a != b and f" {a} " in f" {b} "

    def same(a: str, b: str) -> bool:  # "head teacher" and "headteacher"; "His Majesty's ..." and "HM ..."
        return _squeezed(a) == _squeezed(b)

    out = []
    for n, p in enumerate(posts):
        mine = [q for q in posts if q is not p and q.person == p.person]
        if any(q.org == p.org and within(p.role.lower(), q.role.lower()) for q in mine) or \
                any(q.org == p.org and q.role != p.role and same(q.role, p.role) for q in posts[:n] if q.person == p.person):
            continue
        if not p.org and any(q.org and (q.role.lower() == p.role.lower() or within(p.role.lower(), q.role.lower()))
                             for q in mine):
            continue
        out.append(p)
    return out
