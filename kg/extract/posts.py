"""Posts: the role a person holds and the body it belongs to, read around each mention of the person."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Post
from .bodies import _add_org, _care_services, _doc_inspectorates, _local_provider, _named_home, _org_after
from .context import Ctx, _ev, _span_at
from .names import NameHit
from .roles import _COUNCIL_ROLE, _clause_end, _free_role, _role_before, _role_text, _roles_in
from .rules import pattern, word_list, word_map, words

_WHO_ROLES = word_map("posts", "who_roles")
_PRE_ROLE_WORDS = words("posts", "pre_role_words")


def _appositive(ctx: Ctx, i: int) -> tuple[str, str, Span | None, int]:
    """After "NAME,": (role, org, role span, end) for "[the|a] [ORG's] ROLE [of|at ORG]" or a free role."""
    sp = ctx.sp
    if i + 2 < len(sp) and sp[i].lower_ == "who" and sp[i + 1].lower_ in _WHO_ROLES:
        # "X, who chairs the Doncaster Safeguarding Children Partnership, said"
        k = i + 2 + (sp[i + 2].lower_ == "the")
        org = _org_after(ctx, k) if k < len(sp) and sp[k].text[:1].isupper() else ""
        return _WHO_ROLES[sp[i + 1].lower_], org, None, k + 1
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
        if len(pre) <= 8 and all(t.lower_ in _PRE_ROLE_WORDS or t.text[:1].isupper() or t.i >= m
                                 or _span_at(ctx.lex_spans, t.i, ("ORG", "PLACE")) is not None for t in pre):
            role, org, rend = _role_text(ctx, r)
            if m < r.start and r.label_ == "ROLE":
                role = sp[m:r.start].text.lower() + " " + role
            return role, org, r, rend
    role, rend = _free_role(ctx, i, end)
    if role:
        return role, "", None, rend
    return "", "", None, i


_GOVERNANCE = words("posts", "governance")
_BODY_HEADS = word_list("posts", "body_heads")
_BODY_HEAD_NAMES = {k: tuple(v.split("|")) for k, v in word_map("posts", "body_head_names").items()}
_POLICE_BODY = pattern("posts", "police_body")
_REGULATOR_WORDS = words("posts", "regulator_words")


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


def _org_of_tokens(ctx: Ctx, start: int, end: int, role: str = "") -> str:
    """An organisation named in tokens [start, end): a body, "the council", or a council's area."""
    sp = ctx.sp
    for s in ctx.lex_spans:
        if s.label_ == "ORG" and start <= s.start < end:
            return s.kb_id_
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            if e.rule in ("org.head-noun", "org.acronym", "org.provider-context") and sp[start].idx <= e.start < sp[end - 1].idx + len(sp[end - 1]):
                return o.key
    for s in ctx.lex_spans:
        if s.label_ == "PLACE" and start <= s.start < end and s.kb_id_ in ctx.lex.council_by_area \
                and (not role or _COUNCIL_ROLE.search(role)):
            key = ctx.lex.council_by_area[s.kb_id_]
            _add_org(ctx, key, s.start_char, s.end_char, "org.area-possessive")
            return key
    lowered = {t.lower_ for t in sp[start:end]}
    if ("council" in lowered or "authority" in lowered) and ctx.council:
        return ctx.council
    if "home" in lowered and ctx.providers:
        return _named_home(ctx)  # "the home's manager"
    for head in _BODY_HEADS:
        if head in lowered:
            # "at the trust": the body of the document whose name ends in that word
            ends = (head, head + "s", *_BODY_HEAD_NAMES.get(head, ()))
            hits = sorted((len(o.evidence), o.key) for o in ctx.out.orgs.values() if o.label.lower().endswith(ends))
            if hits:
                return hits[-1][1]
    if lowered & _REGULATOR_WORDS:
        ins = _doc_inspectorates(ctx)
        return ins[0] if ins else ""
    return ""


def _post_after(ctx: Ctx, h: NameHit) -> tuple[str, str, str, int, int]:
    """(role, body, rule, first and end token) of a post given after the name: "NAME, the council's director
    of children's services", "NAME, a manager at X". The body is "-" when the text says it is none ("a")."""
    sp = ctx.sp
    if not (h.end < len(sp) and sp[h.end].text in (",", "–", "—")):
        return "", "", "", 0, 0
    role, org, rspan, rend = _appositive(ctx, h.end + 1)
    if not role:
        return "", "", "", 0, 0
    first = rspan.start if rspan is not None else h.end + 1
    pre = sp[h.end + 1:first]
    post_end = _clause_end(sp, rend, 20)
    if not org and rend < len(sp) and sp[rend].lower_ in ("of", "at", "for", "to", "with"):
        org = _org_of_tokens(ctx, rend, post_end, role)
        if not org and rend + 1 < len(sp) and sp[rend].lower_ in ("of", "at"):
            org = _org_after(ctx, rend + 1 + (sp[rend + 1].lower_ == "the"))
    if not org and len(pre):
        org = _org_of_tokens(ctx, h.end + 1, first, role)
    if not org and len(pre) and pre[0].lower_ in ("a", "an"):
        org = "-"
    return role, org, "post.apposition", h.end + 1, rend


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
    b = k
    while b > 0 and k - b < 8 and sp[b - 1].text not in (".", ",", ";", ":", "“", "”", "\"") \
            and "\n" not in sp[b - 1].whitespace_:
        b -= 1
    if not org and b < k:
        org = _org_of_tokens(ctx, b, k, role)
    if not org and b < k and sp[b].lower_ in ("its", "their"):
        # "NHS Somerset ICB ... Its chief medical officer, NAME": the body named just before.
        near = [(e.end, o.key) for o in ctx.out.orgs.values() for e in o.evidence
                if sp[b].idx - 300 < e.end <= sp[b].idx and o.kind != "inspectorate"]
        org = max(near)[1] if near else ""
    if not org and rend < outer and sp[rend].lower_ in ("of", "at"):
        org = _org_of_tokens(ctx, rend, outer, role)
    return role, org, "post.role-before", b, outer


def _implied_org(ctx: Ctx, role: str, cat: str, outer: int, last_with_org: list[tuple[str, str, str]]) -> str:
    """The body of a post the text does not name, from what the role is (a board's, a council's, a police
    force's, the inspectorate's, a care service's)."""
    if cat in _GOVERNANCE or role.endswith("chair"):
        # Board roles inherit the body of the post named just before ("X, Cafcass Chair ... Y, Deputy Chair").
        return next((o for r_, o, c in reversed(last_with_org) if c in _GOVERNANCE or r_.endswith("chair")), "")
    if ctx.council and _COUNCIL_ROLE.search(role):
        return _council_in_sentence(ctx, outer) or ctx.council
    if "constable" in role:
        return next((k for k, o in ctx.out.orgs.items() if _POLICE_BODY.search(o.label)), "")
    if re.search(r"\binspector\b", role, re.I):
        ins = _doc_inspectorates(ctx)  # "the chief inspector": the inspectorate of the article
        return ins[0] if ins else ""
    if "fire" in role:
        return next((k for k, o in ctx.out.orgs.items() if "Fire" in o.label and o.kind != "inspectorate"), "")
    if role in ("registered manager", "responsible individual"):
        # The regulators' own posts: the manager of the one care service the article names, the
        # responsible individual of the one provider company.
        homes = _care_services(ctx)
        firms = [k for k, o in ctx.out.orgs.items() if o.kind == "company" and k not in ctx.lex.orgs]
        pick = firms if role == "responsible individual" and len(firms) == 1 else homes
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
        role, org, rule, lo, hi = _post_after(ctx, h)
        if not role:
            role, org, rule, lo, hi = _post_before(ctx, outer)
        if not role and h.honorific.lower() in ("cllr", "councillor") and ctx.council:
            # "Cllr" says only that the person is a councillor: kept when the text gives no other post.
            deferred.append((key, Post(key, "councillor", ctx.council,
                                       _ev(sp[outer].idx, sp[h.end - 1].idx + len(sp[h.end - 1]), "post.honorific"))))
            continue
        if not role:
            continue
        cat = ctx.lex.roles[role].category if role in ctx.lex.roles else ""
        if org == "-":
            org = ""
        elif not org:
            org = _implied_org(ctx, role, cat, outer, last_with_org)
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
    held = {p.person for p in ctx.out.posts}
    for key, post in deferred:
        if key not in held:
            held.add(key)
            ctx.out.posts.append(post)
