"""Role phrases: a role or title span, its complement, and roles the lexicon does not know."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .context import Ctx, _span_at
from .names import SPEECH, _is_honorific, _is_name_token
from .rules import pattern, word_map, words


def _clause_end(sp: Doc, i: int, limit: int = 30) -> int:
    j = i
    while j < len(sp) and j - i < limit:
        t = sp[j]
        if t.text in (",", ";", ":", "(", ")", "“", "”", "\"", "–", "—") or t.lower_ in SPEECH or "\n" in t.whitespace_:
            return j + (1 if "\n" in t.whitespace_ and t.text not in (",", ";", ":") else 0)
        if t.text == "." and j > i:
            return j
        j += 1
    return j


ROLE_HEADS = words("roles", "role_heads")
_COUNCIL_ROLE = pattern("roles", "council_role")
_MAJESTY = pattern("roles", "majesty")


def _roles_in(ctx: Ctx, start: int, end: int) -> list[Span]:
    """Role and title spans starting in tokens [start, end), honorifics before a name excluded."""
    sp = ctx.sp
    out = []
    for s in ctx.lex_spans:
        if s.label_ in ("TITLE", "ROLE") and start <= s.start < end:
            if len(s) == 1 and _is_honorific(s[0]) and s.end < len(sp) and _is_name_token(sp[s.end]):
                continue
            out.append(s)
    out.sort(key=lambda s: (s.start, -len(s)))
    return out


def _role_text(ctx: Ctx, span: Span) -> tuple[str, str, int]:
    """(role as the text names it, body the title implies, token after the role and its complement).

    "Corporate Director for Education and Lifelong Learning" keeps its complement; "regional director
    for the North East" does not (a place), nor "chief executive of Cafcass" (a body)."""
    sp = ctx.sp
    org = ""
    party = ""
    if span.label_ == "TITLE":
        org = span.kb_id_.split("#", 1)[0]
        org, span = _countrys_title(ctx, org, span)
        org = title_body(ctx, org)
    end = span.end
    if end + 1 < len(sp) and sp[end].lower_ in ("for", "of") and sp[end + 1].text[:1].isupper() \
            and _span_at(ctx.lex_spans, end + 1, ("ORG", "PLACE")) is None and _portfolio(sp, end + 1):
        k = end + 1
        org_starts = {e.start for o in ctx.out.orgs.values() for e in o.evidence}
        while k < len(sp) and (sp[k].text[:1].isupper() or sp[k].lower_ in ("and", "&")) \
                and _span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None \
                and not (_is_honorific(sp[k]) and k + 1 < len(sp) and sp[k + 1].text[:1].isupper()) \
                and sp[k].idx not in org_starts and "\n" not in sp[k - 1].whitespace_:
            k += 1  # (an honorific before a name ends the title; "Minister of Justice," has none)
        while k > end + 1 and sp[k - 1].lower_ in ("and", "&"):
            k -= 1
        # (every capitalised word is a portfolio's: "Head of Dentistry Inspection said", not a name before "said")
        if k > end + 1 and (k >= len(sp) or (_span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None
                                              and sp[k].idx not in org_starts)):
            end = k
    if end == span.end and (span.label_ == "TITLE" or re.search(r"\s(?:for|of)\s+[A-Z]", span.text)) \
            and end + 1 < len(sp) and sp[end].lower_ in ("and", "&") \
            and sp[end + 1].text[:1].isupper() and _span_at(ctx.lex_spans, end + 1, ("ORG", "PLACE", "PERSON")) is None:
        # "Minister for Education and Skills": a longer title than the one known, its portfolio going on
        # ("Cabinet Member for Education and Youth Participation, said": no person called Youth Participation)
        k = end + 1
        while k < len(sp) and k - end <= 4 and sp[k].text[:1].isupper() and sp[k].is_alpha:
            k += 1
        # (up to the clause's end, or to "and" before the next person's name)
        if k >= len(sp) or sp[k].text in (",", ".", ";", ")") or sp[k].is_space or "\n" in sp[k - 1].whitespace_ \
                or sp[k].lower_ == "and" and k + 1 < len(sp) and sp[k + 1].text[:1].isupper():
            end = k
    if end == span.end and span.label_ == "ROLE" and end + 3 < len(sp) and sp[end].lower_ == "of" \
            and sp[end + 1].lower_ == "the" and sp[end + 2].text[:1].isupper():
        # "leader of the Labour group", "deputy leader of the Liberal Democrat group": a party group
        k = end + 2
        while k < len(sp) and k - end <= 5 and sp[k].text[:1].isupper() and sp[k].is_alpha \
                and _span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None:
            k += 1
        if k < len(sp) and sp[k].lower_ in ("group", "groups") and k > end + 2:
            party = sp[end + 2:k].text
            end = k + 1
    if end == span.end and span.label_ == "ROLE" and re.search(r"\s(?:for|of)\s+[a-z]", span.text) \
            and end + 1 < len(sp) and sp[end].lower_ in ("and", "&") and sp[end + 1].text.islower() \
            and _span_at(ctx.lex_spans, end + 1, ("ROLE", "TITLE")) is None:
        # (not "head of education and director of communities": a second post)
        # "cabinet member for children & families": a known portfolio's role whose portfolio goes on, in lower
        # case, to the clause's end
        k = end + 1
        while k < len(sp) and k - end <= 4 and sp[k].is_alpha and sp[k].text.islower() and sp[k].lower_ not in SPEECH:
            k += 1
        if k < len(sp) and (sp[k].text in (",", ".", ";") or sp[k].lower_ in SPEECH or _is_honorific(sp[k])):
            end = k
    if end == span.end and span.label_ == "ROLE":
        end = _lower_complement(sp, end)
    text = sp[span.start:end].text
    minister = span.label_ == "TITLE" and org in ctx.lex.orgs and ctx.lex.orgs[org].kind == "government department"
    if span.label_ == "TITLE" and end == span.end and minister:
        # A minister's title keeps the text's words ("Health Secretary", "justice minister": the department's name
        # changes with governments and the text may mean another country's), and the department is the post's
        # only where the text names it
        text = span.text
        org = org if any(s.label_ == "ORG" and s.kb_id_ == org for s in ctx.lex_spans) else "-"
    elif span.label_ == "TITLE" and end == span.end:
        # titles keep their canonical form (HM Chief Inspector), unless the text spells out "His Majesty's":
        # readers and reports name the post as the text does
        text = text if _MAJESTY.search(span.text) else span.kb_id_.split("#", 1)[1]
    elif span.label_ == "ROLE":
        text = text.lower()
        if party:
            text = text.replace(party.lower(), party)  # the party keeps its capitals
    else:
        org = ""  # "HM Inspector of Fire and Rescue Services": the complement, not the title, names the body
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if end == span.end and span.label_ == "ROLE" and _plural_head(sp[end - 1].lower_) and end - 2 >= span.start \
            and sp[end - 2].lower_ not in ("of", "for", "to"):
        text = text[:-1]  # each of "inspectors NAME and NAME" is an inspector
    return text, org, end


_PORTFOLIO = words("roles", "portfolio")


def _countrys_title(ctx: Ctx, org: str, span: Span) -> tuple[str, Span]:
    """A title that several countries' bodies share, written bare ("the Children's Commissioner"): the body of the
    country the article's inspectorates work in, when one country's and another than the title's own."""
    lex = ctx.lex
    own = lex.orgs[org].country if org in lex.orgs else ""
    countries = lex.nations(ctx.out.orgs)
    if own == "England" and len(countries) == 1 and own not in countries and re.search(r"\bMinister\b", span.text) \
            and lex.orgs[org].kind == "government department":
        # "Local Government Minister Carl Sargeant" in a report on a Welsh council: a devolved matter's minister
        # (England's department has one) is that country's government's, by the title the text gives
        gov = next((k for k, o in lex.orgs.items() if o.kind == "government department" and o.country in countries
                    and k.endswith(("-government", "-executive"))), "")
        if gov:
            return gov, Span(span.doc, span.start, span.end, label=span.label_, kb_id=f"{gov}#{span.text}")
    if not own or _bare_title(span.text) != _bare_title(span.kb_id_.split("#", 1)[1]) and \
            not re.fullmatch(r"children[’']?s commissioner", span.text, re.I):
        return org, span
    if not countries:
        # no inspectorate of one country named: the country of the places the article names ("the chief
        # inspector of prisons" in a report on a Glasgow jail is Scotland's)
        countries = lex.nations((), ctx.out.places)
    if len(countries) != 1 or any(c in own for c in countries):
        return org, span
    bare = _bare_title(span.text)
    for t in lex.titles:
        if t.org in lex.orgs and lex.orgs[t.org].country in countries and bare in {
                _bare_title(n) for n in [t.label, *t.aliases]}:
            return t.org, Span(span.doc, span.start, span.end, label=span.label_, kb_id=f"{t.org}#{t.label}")
    return org, span


_PREDECESSORS = word_map("roles", "predecessors")


def title_body(ctx: Ctx, org: str) -> str:
    """The body a title stands for: the one it names, or the older body it took over from when the text names
    that one by a name of its own (a lexicon name, not a title) and never the newer."""
    older = _PREDECESSORS.get(org)
    if not older:
        return org
    named = {s.kb_id_ for s in ctx.lex_spans if s.label_ == "ORG"}
    return older if older in named and org not in named else org


def _bare_title(text: str) -> str:
    """A title without "HM" and without the country it is for or in: "HM Chief Inspector of Prisons for Scotland" is
    "chief inspector of prisons", "HM Chief Inspector of Constabulary in Scotland" "chief inspector of
    constabulary"."""
    text = re.sub(r"^(?:hm|her majesty's|his majesty's)\s+", "", re.sub(r"[’']", "'", text.lower()).strip())
    return re.sub(r"\s+in\s+(?:scotland|wales|england|northern ireland)$", "", text.split(" for ")[0])


_COMMITTEES = {"committee", "subcommittee", "sub-committee", "panel"}
_CHAIRS = {"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman"}


def _lower_complement(sp: Doc, end: int) -> int:
    """Past a lower-case portfolio after a role: "director of midwifery", "cabinet member for children and
    young people"; not "director of the ..." (a body follows)."""
    if end + 2 < len(sp) and sp[end].lower_ == "of" and sp[end + 1].lower_ == "the" and sp[end - 1].lower_ in _CHAIRS:
        # "chairman of the children's services committee": a council's committee, named in lower case, is the post
        # of its chair (its members are members of the council)
        k = end + 2
        while k < len(sp) and k - end <= 7 and (sp[k].is_alpha and sp[k].text.islower() or sp[k].text in ("’s", "'s", "&")):
            if sp[k].lower_ in _COMMITTEES:
                return k + 1
            k += 1
    if not (end + 1 < len(sp) and sp[end].lower_ in ("of", "for") and sp[end + 1].text.islower()
            and sp[end + 1].lower_ not in ("the", "a", "an", "its", "their", "our")):
        return end
    k = end + 1
    while k < len(sp) and k - end <= 5 and (sp[k].is_alpha and sp[k].text.islower() or sp[k].text in ("’s", "'s", "&")) \
            and sp[k].lower_ not in ("at", "in", "said", "says", "the", "who", "which", "from", "since") \
            and not (sp[k].lower_ in ("and", "&") and k + 1 < len(sp) and sp[k + 1].lower_ in ROLE_HEADS):
        k += 1  # (not "head of education and director of communities": a second post after "and")
    while k > end + 1 and sp[k - 1].lower_ in ("and", "&", "of", "for"):
        k -= 1
    # "executive member for adult care, health and wellbeing, said": the portfolio's own list of areas, nouns
    # only (not "..., welcomed staff and residents")
    j, words_ = k, []
    while j + 1 < len(sp) and len(words_) < 8 and sp[j].text == "," and sp[j + 1].is_alpha and sp[j + 1].text.islower() \
            and sp[j + 1].lower_ not in SPEECH:
        j += 1  # one comma-parted item: lower-case words up to the next comma or the end of the list
        while j < len(sp) and (sp[j].is_alpha and sp[j].text.islower() or sp[j].text == "&"):
            words_.append(sp[j].lower_)
            j += 1
    # (or the name the role stands before: "Cabinet member for children, families and schools Cllr NAME")
    ends = j < len(sp) and (sp[j].text in (",", ".", ";") or sp[j].lower_ in SPEECH or _is_honorific(sp[j]))
    if words_ and ("and" in words_[1:-1] or "&" in words_[1:-1]) and ends and not any(
            w in _NOT_PORTFOLIO or w in SPEECH or w.endswith("ed") for w in words_):
        k = j
    return k


_NOT_PORTFOLIO = {"the", "a", "an", "who", "which", "that", "is", "was", "has", "have", "will", "would"}


def _portfolio(sp: Doc, k: int) -> bool:
    """Capitalised words after "director for/of" that name a portfolio, not a body ("Education and Skills")."""
    j = k
    while j < len(sp) and (sp[j].text[:1].isupper() or sp[j].lower_ in ("and", "&", "'s", "’s", "-")):
        if sp[j].lower_ not in _PORTFOLIO:
            return False
        j += 1
    return j > k


_BODY_PREFIX = words("roles", "body_prefix")
_NOT_ROLE = words("roles", "not_role_words")
_FEELINGS = words("roles", "feeling_words")


def _free_role(ctx: Ctx, start: int, end: int) -> tuple[str, int, int]:
    """A role the lexicon does not know: a few lower-case words ending in a role noun ("manager"), with a
    lower-case portfolio after it. Returns (role, first token of the role, token after it); the words before
    the role's first token ("the practice's", "county council") name its body."""
    sp = ctx.sp
    k = start
    if k < end and sp[k].lower_ in ("the", "a", "an"):
        k += 1
        if k + 2 < end and sp[k].is_alpha and sp[k].text.islower() and sp[k + 1].text in ("'s", "’s"):
            k += 2  # "the practice's senior partner": the body's word is no part of the role
    while k + 1 < end and sp[k].lower_ in _BODY_PREFIX and sp[k].text.islower():
        k += 1  # "county council lead member"
    owner = k
    while owner < min(end, k + 4) and sp[owner].text[:1].isupper():
        owner += 1
    if owner > k and owner + 1 < end and sp[owner].text in ("'s", "’s") and sp[owner + 1].text.islower():
        k = owner + 1  # "HCC's executive member", "Herts County Council's lead member": the body, then the role
    first = k
    words: list[tuple[str, int]] = []  # (word, token after it)
    while k < end and len(words) < 6:
        if sp[k].is_alpha and sp[k].text.islower():
            words.append((sp[k].text, k + 1))
            k += 1
        elif words and sp[k].text in ("-", "‑") and not sp[k - 1].whitespace_ and not sp[k].whitespace_ \
                and k + 1 < end and sp[k + 1].is_alpha and sp[k + 1].text.islower():
            words[-1] = (words[-1][0] + "-" + sp[k + 1].text, k + 2)  # "co-opted member", "vice-chair"
            k += 2
        else:
            break
    while words and words[-1][0] not in ROLE_HEADS:
        words.pop()
    cut = max((n + 1 for n, (w, _) in enumerate(words) if w in _NOT_ROLE or w in SPEECH), default=0)
    if cut and cut < len(words):
        first = words[cut - 1][1]
        words = words[cut:]
    if words:
        k = words[-1][1]
        e = _lower_complement(sp, k)  # "lead member for learning and school effectiveness"
        role = " ".join(w for w, _ in words) + (" " + sp[k:e].text if e > k else "")
        return role.lower(), first, e
    if first == start + (sp[start].lower_ in ("the", "a", "an") if start < end else 0):
        role, e = _title_case_role(ctx, first, end)
        if role:
            return role, first, e
    return "", start, start


_ROLE_END = words("roles", "title_case_role_end")


def _title_case_role(ctx: Ctx, start: int, end: int) -> tuple[str, int]:
    """A role written in capitals that the lexicon does not know ("Lead Safeguarding Officer"): two to five
    capitalised words ending in a role noun, no body, place or honorific among them, then a clause break."""
    sp = ctx.sp
    k = start
    while k < end and k - start < 5 and sp[k].is_alpha and sp[k].text[:1].isupper() and not sp[k].is_upper \
            and not _is_honorific(sp[k]) and _span_at(ctx.lex_spans, k, ("ORG", "PLACE")) is None:
        k += 1
    if k - start < 2 or sp[k - 1].lower_ not in ROLE_HEADS:
        return "", start
    if k < len(sp) and sp[k].lower_ not in _ROLE_END and sp[k].lower_ not in SPEECH and "\n" not in sp[k - 1].whitespace_:
        return "", start
    return sp[start:k].text.lower(), k


def _body_start_ending_at(ctx: Ctx, j: int) -> int:
    """The first token of a body's name that ends at token j, or -1."""
    sp = ctx.sp
    s = _span_at(ctx.lex_spans, j, ("ORG",))
    if s is not None and s.end == j + 1:
        return s.start
    end = sp[j].idx + len(sp[j])
    for o in ctx.out.orgs.values():
        for e in o.evidence:
            if e.end == end:
                span = sp.char_span(e.start, e.end, alignment_mode="expand")
                if span is not None:
                    return span.start
    return -1


def _plural_head(word: str) -> bool:
    """"inspectors" of "Ofsted inspectors NAME and NAME": a role's head word in the plural."""
    return word.endswith("s") and word[:-1] in ROLE_HEADS


def _opens_clause(sp: Doc, k: int) -> bool:
    """Whether the determiner or possessive at token k opens its clause ("The home's manager, NAME, said" but
    not "complaints to the manager, NAME said"): what owns it runs back to a sentence start or a stop."""
    if sp[k].lower_ in ("'s", "’s", "'", "’"):
        k -= 1
        while k > 0 and (sp[k - 1].text[:1].isupper() or sp[k - 1].lower_ in ("the", "and", "&")) \
                and sp[k - 1].is_alpha and not sp[k].is_sent_start:
            k -= 1
    return sp[k].is_sent_start or k == 0 or sp[k - 1].text in (".", ";", ":", "\n", "“", "\"", "(")


_PLURAL_ROLE = re.compile(r"\b(?P<role>" + "|".join(map(re.escape, words("roles", "plural_roles"))) + r")\s+"
                          r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")


def plural_role(ctx: Ctx, outer: int) -> str:
    """"inspectors Jane Doe and John Roe": the role in the singular that a plural role before the names gives
    each of them (token OUTER the name's first), else ""."""
    sp = ctx.sp
    sent = sp[outer].sent
    m = _PLURAL_ROLE.search(ctx.doc.text[max(sent.start_char, sp[outer].idx - 120):sp[outer].idx])
    return m.group("role").lower()[:-1] if m else ""


_COMMITTEE_ROLE = re.compile(r"(?:^|(?<=[,(:])|(?<=\s))\s*((?i:chair(?:man|woman)?|vice[- ]chair|convene[ro]|leader)\s+of\s+"
                             r"the\s+(?:[\w’'-]+\s+){0,6}?(?:committee|sub-committee|board|panel|forum))\s*,?\s+$")


_RANKS = set(words("roles", "rank_titles"))


def _role_before(ctx: Ctx, outer: int) -> tuple[Span, int] | None:
    """A role right before a name: "Chief executive Ian Westerby", "the council's director of children's
    services, Maya Okafor", "Ofsted's regional director for the North East, Callum Ridsdale"."""
    sp = ctx.sp
    j = outer - 1
    if j >= 0 and sp[j].text in (",", "–", "—"):  # (or a dash: "the strategic director – NAME – took up post")
        j -= 1
    if j >= 3 and sp[j].text == ")" and sp[j - 2].text == "(" and sp[j - 1].text.isupper():
        j -= 3  # "Director of Children's Services (DCS), Jill Colbert": the role's initials in brackets
    if j >= 2 and sp[j].lower_ in ("is", "was") and _span_at(ctx.lex_spans, j - 1, ("ROLE",)) is not None:
        j -= 1  # "Its registered manager is Esme Trevithick": the role, the copula, the name
    if j < 0:
        return None
    r = _span_at(ctx.lex_spans, j, ("TITLE", "ROLE"))
    if r is not None and len(r) == 1 and r[0].lower_ in ("professor", "prof", "dr", "doctor") and r.start > 0 \
            and sp[r.start - 1].text not in (",", ".", "“", "\"", ":"):
        # "Chief inspector of general practice professor NAME": the post before the academic title
        before = _role_before(ctx, r.start)
        if before is not None:
            return before
    if r is not None and r.start >= 3 and r[-1].lower_ in _RANKS:
        # "Chair of the Barset YOS Superintendent NAME": the post before the officer's rank
        b = r.start  # (back over the body's name, in capitals, and its article)
        while b > 1 and r.start - b < 8 and (sp[b - 1].text[:1].isupper() or sp[b - 1].lower_ == "the"):
            b -= 1
        post = _span_at(ctx.lex_spans, b - 2, ("TITLE", "ROLE")) if b >= 2 and sp[b - 1].lower_ in ("of", "at") else None
        if post is not None and post.end == b - 1 and b < r.start:
            return post, post.end
    if r is not None and not (len(r) == 1 and _is_honorific(r[0])):
        return r, r.end
    if r is None and sp[j].is_alpha and sp[j].text.islower() and j == outer - 1:
        # "Assistant mayor for children, young people and schools Cllr NAME": a role whose portfolio runs on
        # to the name (in the same clause)
        for s in ctx.lex_spans:
            if s.label_ == "ROLE" and j - 16 <= s.end <= j and sp[s.end].lower_ in ("for", "of") \
                    and not any(t.is_sent_start or t.text in (".", ";", ":", "“", "”", "\"") for t in sp[s.end:j + 1]) \
                    and _role_text(ctx, s)[2] == j + 1:
                return s, j + 1
    b = _body_start_ending_at(ctx, j)
    if b >= 2 and sp[b - 1].lower_ in ("of", "at"):
        # "Deputy chief constable of Kent Police Jane Doe said": the role, its body, then the name.
        r = _span_at(ctx.lex_spans, b - 2, ("TITLE", "ROLE"))
        if r is not None and r.end == b - 1:
            return r, r.end
    if sp[j].lower_ == "and" and j >= 3 and sp[j - 1].text[:1].isupper():
        # "Ofsted inspectors Mary Tanner and Joan Oldfield": the second name shares the role before the first
        k = j - 1
        while k > 0 and j - k <= 3 and sp[k - 1].is_alpha and sp[k - 1].text[:1].isupper() and not sp[k - 1].is_sent_start:
            k -= 1
        first = _role_before(ctx, k) if j - k >= 2 and sp[k - 1].lower_ != "and" else None
        if first is not None and _plural_head(first[0][-1].lower_):
            return first
    if (sp[j].lower_ in ROLE_HEADS or _plural_head(sp[j].lower_)) and sp[j].is_alpha:
        # A role the lexicon does not know, right before the name: "Registered manager Colette Haverigg".
        b = j
        while b > 0 and j - b < 3 and sp[b - 1].is_alpha and (sp[b - 1].text.islower() or sp[b - 1].is_sent_start) \
                and sp[b - 1].lower_ not in _NOT_ROLE and sp[b - 1].lower_ not in SPEECH and sp[b - 1].lower_ not in _FEELINGS:
            b -= 1
        lead = b - 1 if b > 0 and sp[b - 1].lower_ in _FEELINGS else b  # "delighted nursery manager X"
        # "Its manager, NAME", "the home's owner, NAME", "Greystones' owner, NAME": a possessed role in apposition
        possessed = j + 1 < outer and sp[j + 1].text == "," and b > 0 \
            and sp[b - 1].lower_ in ("'s", "’s", "'", "’", "its", "their", "the", "his", "her") \
            and _opens_clause(sp, b - 1)
        # ("Abbeyfield House manager NAME": a body named right before; "with new manager A and deputy manager B")
        named_before = lead > 0 and any(e.end == sp[lead - 1].idx + len(sp[lead - 1]) for o in ctx.out.orgs.values()
                                        for e in o.evidence)
        new = lead >= 2 and sp[lead - 1].lower_ == "new"
        joined = lead > 0 and (b < j or new) and sp[lead - 1 - new].lower_ in ("with", "and", "by")
        if possessed or named_before or joined or (b < j or sp[j].text[:1].isupper() or sp[lead - 1].lower_ in SPEECH) and (
                sp[lead].is_sent_start or sp[lead - 1].text in (",", "’s", "'s", "(") or sp[lead - 1].lower_ in SPEECH):
            return Span(sp, b, j + 1, label="ROLE", kb_id=sp[b:j + 1].text.lower()), j + 1
    # "Head of hospital inspection Karen Knapton said": a role head, then "of" and a few lower-case words
    p = j
    while p > 0 and j - p < 4 and sp[p].is_alpha and (sp[p].text.islower() or sp[p - 1].lower_ in ("of", "for")
                                                       or sp[p - 2].lower_ in ("of", "for")) \
            and sp[p].lower_ not in ("of", "for", "at", "the", "in", "with", "a", "an", "to"):
        p -= 1  # (the domain in lower case, or one or two words in capitals: "of GP Practices")
    if p > 0 and p < j and sp[p].lower_ in ("of", "for") and sp[p - 1].lower_ in ROLE_HEADS and sp[p - 1].is_alpha \
            and sp[j].lower_ not in ("the", "a", "an", "its", "their", "our"):  # ("secretary of the Fire Brigades Union")
        b = p - 1
        while b > 0 and p - 1 - b < 2 and sp[b - 1].is_alpha and (sp[b - 1].text.islower() or sp[b - 1].is_sent_start) \
                and sp[b - 1].lower_ not in _NOT_ROLE and sp[b - 1].lower_ not in SPEECH:
            b -= 1  # ("Chief inspector of general practice professor NAME": the sentence opens with the role)
        org = _span_at(ctx.lex_spans, b - 1, ("ORG",)) if b > 0 else None
        if sp[b].is_sent_start or sp[b - 1].text in (",", "’s", "'s", "(") or sp[b - 1].lower_ in SPEECH \
                or org is not None and org.end == b:  # ("CQC deputy chief inspector of ...": its body before it)
            return Span(sp, b, j + 1, label="ROLE", kb_id=sp[b:j + 1].text.lower()), j + 1
    # "Chair of the council's education and families committee Davie Sandison said": a committee's chair, the
    # committee named in lower case before the name
    lo = sp[outer].sent.start_char
    chair = _COMMITTEE_ROLE.search(ctx.doc.text, lo, sp[outer].idx)
    if chair is not None:
        span = sp.char_span(chair.start(1), chair.end(1), alignment_mode="contract")
        if span is not None:
            return Span(sp, span.start, span.end, label="ROLE", kb_id=span.text.lower()), span.end
    # Back over a complement: "regional director for the North East, Yorkshire and the Humber, NAME".
    if sp[outer - 1].text != ",":
        return None
    k = j
    while k >= 0 and outer - k < 16 and sp[k].text not in (".", ";", ":", "“", "”", "\"") \
            and "\n" not in sp[k].whitespace_:
        if sp[k].lower_ in ("for", "of", "in", "at") and k > 0:
            r = _span_at(ctx.lex_spans, k - 1, ("TITLE", "ROLE"))
            if r is not None and r.end == k:
                return r, r.end
            if sp[k - 1].lower_ in ROLE_HEADS and sp[k - 1].text.islower() and k + 1 < outer \
                    and sp[k + 1].text.islower():
                # A role the lexicon does not know, with its portfolio: "The executive member for finance, NAME".
                b = k - 1
                while b > 0 and k - b < 3 and sp[b - 1].is_alpha and sp[b - 1].text.islower() \
                        and sp[b - 1].lower_ not in _NOT_ROLE and sp[b - 1].lower_ not in SPEECH:
                    b -= 1
                return Span(sp, b, k, label="ROLE", kb_id=sp[b:k].text.lower()), k
            if sp[k - 1].lower_ in ROLE_HEADS and sp[k - 1].is_sent_start and all(
                    t.is_alpha or t.text in ("’s", "'s", "&", "-") for t in sp[k + 1:j + 1]):
                # a sentence that opens with the role, in capitals, and its portfolio: "Director of Education
                # and Children’s Services, NAME, added"
                return Span(sp, k - 1, j + 1, label="ROLE", kb_id=sp[k - 1:j + 1].text.lower()), j + 1
        k -= 1
    return None
