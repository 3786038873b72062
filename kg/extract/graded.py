"""Judgement forms the press uses beyond "ASPECT was rated GRADE": a grade handed over (with an aside) for
named aspects, counted areas that name their aspects, a grade that moved, lists of scores, and a grade whose
sentence is about another body."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon import Lexicon
from .context import Ctx
from .phrases import BODY_POSSESSIVE, ability_list, gapped_run
from .rules import pattern_text, word_list, words

_QUOTES = "'‘’\"“”`"  # a backtick too: some pages quote grades with it
# "giving an overall rating ...": a clause after a list, no aspect's name
_CLAUSE_START = re.compile(r"[a-z]+ing\s+(?:an?|the|its|their|it|them)\b", re.I)
_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|be|been|will|would|can|could|should|did|does|said|says)\b", re.I)


def alternation(key: str, skip: frozenset[str] = frozenset()) -> str:
    """The words of a word list of judgement_forms.yaml (but SKIP) as regex alternatives, longest first."""
    names = sorted((w for w in word_list("judgement_forms", key) if w not in skip), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)


@cache
def _res() -> dict[str, re.Pattern]:
    num = alternation("number_words") + r"|\d+"
    areas = alternation("area_nouns")
    return {
        "rated_body": re.compile(r"\b(?:rated|graded|judged|assessed)\s+(?:[A-Z][\w’'&-]*\s+){1,6}(?:as|to\s+be)\s+$"),
        "noun_of": re.compile(rf"\b(?:{alternation('rating_nouns')})\s+of\s*$", re.I),
        "receive": re.compile(rf"\b(?:{alternation('receive_verbs')})\s+(?:(?:an?|the|its|their)\s+)?(?:overall\s+)?$", re.I),
        # ("an 'excellent' six star grading for ...")
        "noun_after": re.compile(rf"\s*(?:(?:{num}|[\w-]+)[ -]star\s+)?(?:{alternation('rating_nouns')})\b", re.I),
        "aside": re.compile(pattern_text("judgement_forms", "aside")),
        # ("received a 'poor' rating by HMI Prisons for overall safety": who gave it, between the grade and what for)
        "by_body": re.compile(r"\s+(?:by|from)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*){0,6}"
                              r"(?=\s+(?:for|in|on)\s)"),
        "tally": re.compile(pattern_text("judgement_forms", "tally")),
        "same_given": re.compile(pattern_text("judgement_forms", "same_given"), re.I),
        # "for its leadership", "in response to the question 'Are services caring?'"
        "prep": re.compile(r"\s*(?:in response to|in answer to|for|in|on|across|against)\s+(?:the\s+(?:key\s+)?question\s*:?\s*)?", re.I),
        "list_end": re.compile(pattern_text("judgement_forms", "list_end"), re.I),
        "grade_setting": re.compile(pattern_text("judgement_forms", "grade_setting"), re.I),
        "colon_list": re.compile(pattern_text("judgement_forms", "colon_list"), re.I),
        "lead": re.compile(rf"^(?:(?:its|the|their|being)\s+)?(?:{alternation('aspect_lead')})\s+", re.I),
        "intro": re.compile(pattern_text("judgement_forms", "aspect_intro"), re.I),
        "unnamed_areas": re.compile(pattern_text("judgement_forms", "unnamed_areas"), re.I),
        "counted_before": re.compile(rf"\b(?P<n>{num})\s+(?:(?:was|were|is|are)\s+)?(?:graded|rated|judged|deemed|"
                                     r"assessed\s+as|found\s+to\s+be)\s+(?:as\s+)?$", re.I),
        "counted_after": re.compile(
            rf"\s+(?:overall\s+)?(?:in|for|across|on|against)\s+(?:(?:all|both|each|every|any|most)\s+(?:of\s+)?(?:the\s+|its\s+)?"
            # ("in all the new framework's five key judgements")
            rf"(?:(?:[a-z-]+\s+)?[a-z-]+[’']s\s+)?"
            rf"(?:(?:(?P<all_n>{num})|other|remaining)\s+)?|(?:the\s+|its\s+)?(?P<n>{num}|several|other|remaining|the other|the remaining)"
            rf"(?:\s+(?:out\s+)?of\s+(?:(?:the|its)\s+)?(?:[\w-]+[’']s\s+)?(?:{num}))?\s+)(?:of\s+(?:the|its)\s+)?[{_QUOTES}]?(?:[a-z-]+\s+){{0,2}}?"
            # ("in the four areas it assessed")
            rf"(?:{areas})\b[{_QUOTES}]?(?:\s+(?:(?:it|they|inspectors)\s+)?(?:assessed|inspected|examined|graded|rated|looked\s+at)|"
            r"\s+of\s+(?:assessment|inspection))?", re.I),
        # "judged outcomes in all four healthy prison tests – A, B, C and D – to be": the list between dashes
        # ("Three areas – A, B and C – were also singled out as"; "and one - A - was considered": a count of
        # the areas just counted, a spaced hyphen for dashes)
        "counted_dashes": re.compile(
            rf"\b(?:in\s+)?(?:all\s+)?(?:(?P<n>{num})\s+(?:[a-z-]+\s+){{0,2}}?(?:{areas})\s*[–—]\s*|(?P<one>one)\s+[–—-]\s+)"
            r"(?P<list>[^–—]{3,200}?)(?:\s*[–—]|\s+-)\s*"
            r"(?:(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:also|all|each|both)\s+)?(?:rated|judged|graded|found|deemed|"
            r"assessed|singled\s+out|picked\s+out|described|considered)\s+)?(?:as\s+|to\s+be\s+|(?<=considered\s))$", re.I),
        # "The two other categories assessed, 'A' and 'B', were rated as": the count, the list between commas
        "counted_subject_commas": re.compile(
            rf"\b(?:the\s+)?(?P<n>{num})\s+(?:other\s+|remaining\s+)?(?:[a-z-]+\s+)?(?:{areas})"
            r"(?:\s+(?:assessed|inspected|graded|rated|looked\s+at))?,\s+(?P<list>[^;]{3,200}?),\s+"
            r"(?:were|was|are|is|have\s+been|has\s+been)\s+(?:rated|judged|graded|found|deemed|assessed)"
            r"(?:\s+(?:as|to\s+be))?\s+$", re.I),
        "counted_subject": re.compile(
            rf"\b(?P<n>{num})\s+of\s+(?:the|its)\s+(?:(?:{num})\s+)?(?:[a-z-]+\s+)?(?:{areas})\s*[–—-]\s*"
            r"(?P<list>[^–—]{3,200}?)\s*[–—-]\s*(?:were|was|are|is|have\s+been|has\s+been)\s+"
            r"(?:rated|judged|graded|found|deemed|assessed)(?:\s+(?:as|to\s+be))?\s+$", re.I),
        # "had dropped from reasonably good to", "downgraded the ratings for how safe it is from good to"
        # ("..., with caring improving to": the aspect before the verb, in a "with" clause)
        "change": re.compile(rf"(?:(?P<with>\bwith\s+[^,;.]{{2,80}}?)\s+)?(?:\b(?:has|have|had|was|were|is|are)\s+)?(?:(?:now|all|also|both)\s+)?(?:been\s+)?\b(?:{alternation('change_verbs')})"
                             r"(?:\s+(?:down|up|back))?"
                             r"(?P<obj>\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:ratings?|grades?|rankings?)"
                             r"(?:\s+(?:for|of|on)\s+[^.;:]{1,80}?)?)?"
                             # "downgraded the department to": the body the grade moved for, then where to
                             r"(?P<body>\s+(?:the|its)\s+(?:department|council|authority|service|services|trust|force|"
                             r"school|college|home|practice|provider|prison|partnership))?"
                             # "downgraded its crisis services and its community services from good to": areas named
                             # (only when neither the rating nor the body is the object)
                             r"(?(obj)|(?(body)|(?P<aobj>\s+(?:the|its|their)\s+[^.;:]{3,160}?)?))"
                             r"(?P<src>,?\s+from\s+(?:an?\s+)?\S.{0,70}?)?\s+to\s+(?:an?\s+)?$", re.I),
        "numbers": re.compile(rf"^(?:{num})$", re.I),
        "change_verb": re.compile(rf"\b(?:{alternation('change_verbs')})\s+to\s+(?:an?\s+)?$", re.I),
        "the_others": re.compile(rf"\b(?:the|its|their|all)\s+(?:other|remaining)\s+(?P<n>{num})\s+(?:[a-z-]+\s+){{0,2}}?"
                                 rf"(?:{areas})\b[^.;,]{{0,30}}?\s+(?:were|are|have\s+been|had\s+been)\s+(?:all\s+|also\s+|each\s+)?"
                                 r"(?:(?:rated|judged|graded|assessed\s+as|found\s+to\s+be|deemed)\s+)?(?:as\s+)?['‘\"“]?$", re.I),
        # "received its second consecutive 'good' rating", "was given an inadequate grade": the overall grade.
        # ("had an 'outstanding' report published this month": "had" only with the noun after the grade)
        "rating_received": re.compile(rf"\b(?:{alternation('receive_verbs')}|gave|give[sn]?|giving|had)(?:\s+(?:the\s+)?[\w’'-]+){{0,4}}?"
                                      r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?$", re.I),
        # ("holds on to 'Good' CQC rating": a headline's verb with no article, before a grade in quote marks)
        "rating_received_bare": re.compile(rf"\b(?:{alternation('receive_verbs')})\s+$", re.I),
        # ("its second 'outstanding' Ofsted report": the inspectorate's short name before the noun)
        "rating_noun": re.compile(rf"\s*(?:overall\s+)?(?:(?:new|latest|full|final)\s+)?(?:(?:{alternation('inspectorate_short_names')})\s+)?"
                                  rf"(?:{alternation('rating_nouns')}|report|verdict)\b(?![ \t]+(?:for|in|on|at|of)\b(?<!in)|[ \t]+in\b(?!\s+a\s+row\b))"
                                  r"(?!\s*[–—:(])", re.I),
        "rating_of": re.compile(rf"\b(?:{alternation('receive_verbs')}|gave|give[sn]?|was|is|has|had|have|provided|assigned|issued)\b[^,;:]{{0,70}}?"
                                rf"\b(?:{alternation('rating_nouns')})\s+of\s*$", re.I),
        "score_for": re.compile(pattern_text("judgement_forms", "score_for"), re.I),
        "same_grade": re.compile(pattern_text("judgement_forms", "same_grade"), re.I),
        "next_list": re.compile(pattern_text("judgement_forms", "next_list"), re.I),
        # ("to" only before getting a grade: "the services to safeguard children" are no hypothesis)
        "generic_subject": re.compile(r"\b(?:which|that|who|if|when|whenever|those|any|every|would|could|may|might|"
                                      r"will|should|must|to\s+(?:be|receive|get|achieve|earn|gain|secure|obtain|retain|"
                                      r"keep|move|reach|have))\b[^,;]*$", re.I),
        # "'requires improvement' in three: A, B and C": a count whose areas go unnamed before the list.
        # ("'outstanding' in two (A and B) and 'good' in all others": the count alone before the brackets)
        "counted_paren": re.compile(rf"(\s+(?:in|for|across|on)\s+(?:{num}))\s*\(([^()]{{3,200}})\)(\s+(?:out\s+)?of\s+"
                                    rf"(?:the\s+|its\s+)?(?:{num})\s+(?:[a-z-]+\s+){{0,2}}?(?:{areas})\b)?", re.I),
        "counted_bare": re.compile(rf"\s+(?:overall\s+)?(?:in|for|across|on)\s+(?:the\s+(?:other|remaining)\s+)?"
                                   rf"(?P<n>{num})(?:\s+(?:others|more))?(?=\s*(?::|\s[–—-]\s|,\s+(?:including|such\s+as)\s))", re.I),
        "ordinal_after": re.compile(rf"\s+(?:overall\s+)?(?:in|for|on)\s+(?:an?|the|its)\s+(?:{alternation('ordinal_words')})\b"
                                    r"(?:\s+(?:[a-z-]+\s+)?(?:area|one|indicator|category|domain|question|judgement|aspect))?"
                                    r"\s*(?:[,:(]|[–—]\s)\s*", re.I),
    }


def number(word: str | None) -> int | None:
    """A count written as a word or in digits ("four", "4"), or None."""
    if not word:
        return None
    if word.isdigit():
        return int(word)
    names = word_list("judgement_forms", "number_words")
    return names.index(word.lower()) + 1 if word.lower() in names else None


def unnamed_areas(after: str) -> bool:
    """Whether the words after a grade give it to areas they leave unnamed ("... in a number of other areas")."""
    return bool(_res()["unnamed_areas"].match(after))


def aside(after: str) -> int:
    """The length of a parenthesis opening AFTER ("– the second of four ratings –"), or 0."""
    m = _res()["aside"].match(after)
    return m.end() if m else 0


def list_end(text: str) -> str:
    """TEXT up to a clause that says when or why ("... following an inspection", "since 2019") or who graded;
    "after" is left alone ("looking after its people" is an aspect)."""
    # ("... for how it responds to the public by HM Inspectorate ...": the agent; "... - one of the first": an aside)
    text = re.split(r"[.!?;]|\s+(?:following|during|since|because|when|whilst|while|meaning)\b|,?\s+by\s+(?:the\s+)?[A-Z]|\s[-–—]\s",
                    text, maxsplit=1)[0]
    return _res()["grade_setting"].split(text, maxsplit=1)[0]  # "... for safety in the latest report"


def strip_intro(text: str) -> str:
    """TEXT without the words that introduce a list of aspects ("providing services that were ...")."""
    m = _res()["intro"].match(text)
    subject = r"(?:(?:the|its|their)\s+(?:[\w-]+\s+)?(?:services?|care|practice|trust|home|provider)|it|they)"
    how = re.match(r"(?:in\s+terms\s+of\s+)?how\s+(?=[a-z-]+(?:,\s+[a-z-]+)*(?:,?\s+and\s+[a-z-]+)?\s+" + subject
                   + r"\s+(?:is|are|was|were)\b)", text, re.I)
    if how:  # "how well-led and safe the services are", "in terms of how safe and well-led it is": the key
        # questions, then the clause's own subject
        return re.sub(r"\s+" + subject + r"\s+(?:is|are|was|were)\b", "", text[how.end():], count=1, flags=re.I)
    return text[m.end():] if m else text


def drop_asides(text: str) -> str:
    """TEXT without the asides in brackets that say what an area is ("crime data integrity (how accurately crime
    is recorded)"); a short form in brackets stays."""
    return re.sub(r"\s*\((?!\s*[A-Z]{2,6}\s*\))[^()\n]{1,80}\)", "", text)


def aspect_list(lex: Lexicon, text: str, raw_ok: bool = False, limit: int = 12, stop: re.Pattern | None = None) -> list[str]:
    """The aspects a list opens with: known aspects (the longest name at the head of each item), and items
    the text sets apart by quotes, a capital or a lead-in ("its use of ..."); any short item when RAW_OK.
    The list ends at a clause boundary, or where STOP (the next grade) matches."""
    text = drop_asides(strip_intro(text))
    colon = _res()["colon_list"].match(text)
    if colon:  # "in the categories of: A; B; and C": semicolons part the items, a full stop ends the list
        # (an item may hold commas of its own: "the leadership of change; learning, teaching, and assessment; ...")
        semi = _semicolon_items(lex, text[colon.end():], raw_ok, split_last=False)
        if semi:
            return semi[:limit]
        text = re.split(r"[.!?]", text[colon.end():], maxsplit=1)[0].replace(";", ",")
    semi = _semicolon_items(lex, text, raw_ok) if not colon else []
    if semi:
        return semi[:limit]
    text = _unguard(_res()["list_end"].split(_guard(lex, text), maxsplit=1)[0])
    # (a grade's word inside a quoted name of three words or more is no next grade: "'how good is our setting?'")
    cut = stop.search(re.sub(r"(?:(?<=\s)|^)[‘“\"](?=\w)[^’”\"]{1,80}(?:[’”\"](?!\w)|$)", lambda q: "_" * len(q.group(0)) if len(q.group(0).split()) >= 3
                             else q.group(0), text)) if stop else None
    text = text[:cut.start()] if cut else text
    out: list[str] = []
    stops = words("judgement_forms", "not_aspect_starts")
    while text.strip(" ,:") and len(out) < limit:
        text = re.sub(r"^[\s,:]*(?:(?:and|or|plus|as well as)\s+)?(?:(?:for|in|on)\s+)?", "", text, flags=re.I)
        lead = _res()["lead"].match(text)
        # "being healthy" is an aspect's own name; "being safe" is the key question "safe"
        if not (re.match(r"being\s+\S+", text, re.I) and _head_aspect(lex, text.split())):
            text = text[lead.end():] if lead else re.sub(r"^(?:(?:its|the|their|being)\s+)", "", text, flags=re.I)
            text = BODY_POSSESSIVE.sub("", text) if not lead else text  # ("the trust's leadership, management and ...")
        quoted = text[:1] in _QUOTES
        if lead and not quoted:
            item = text  # "its use of stop and search": the rest is one aspect
        elif quoted:
            close = re.search(f"[{_QUOTES}](?=[\\s,.;:]|$)", text[1:])
            item = text[: close.end() + 1] if close else text
        else:
            toks = text.split()
            hit = _head_aspect(lex, toks)
            item = " ".join(toks[:hit]) if hit else re.split(r",\s*|\s+(?:and|plus)\s+", text, maxsplit=1)[0]
        raw = re.sub(r"\s+(?:its|their)\s+", " ", item.strip(_QUOTES + " ,"))  # "management of its services"
        text = text[text.find(item) + len(item):] if item in text else ""
        known = lex.aspect_for(raw) or lex.aspect_for(item.strip(_QUOTES + " ,"))  # ("the way it treats its workforce")
        # "in the caring and well-led categories": the list's own noun closes its last item
        known = known or lex.aspect_for(re.sub(rf"\s+(?:{alternation('area_nouns')})$", "", raw, flags=re.I))
        first = raw.split()[0] if raw.split() else ""
        plain = raw and len(raw.split()) <= (12 if quoted else 8) and first.lower() not in stops and not _VERB.search(raw) \
            and not _CLAUSE_START.match(raw) and not re.search(r"\b(?:inspections?|visits?|reports?)$", raw, re.I)
        if known:
            out.append(known)
        elif plain and (quoted or lead or raw_ok or (first[:1].isupper() and not first.isupper())):
            out.append(raw[:1].upper() + raw[1:])
        else:
            break
    return out


_ASK = "\u2062"  # stands for the question mark of a key question's name ("How good is our setting?")
_SPACE = "\u2064"  # stands for a space inside an aspect's name while a list is cut at its end


@lru_cache(maxsize=4)
def _guarded_names(lex: Lexicon) -> re.Pattern | None:
    """The aspect names holding a word that ends a list ("working with people": "with")."""
    names = sorted({n for a in lex.aspects.values() for n in [a.label, *a.aliases]
                    if " " in n and (_res()["list_end"].search(n) or "?" in n)}, key=len, reverse=True)
    if not names:
        return None
    # (a word of the name may be set in quote marks: "children who need 'help and protection'")
    return re.compile(r"\b(?:" + "|".join(r"[’”\"]?\s+[‘“\"]?".join(map(re.escape, n.split())) for n in names) + r")(?!\w)", re.I)


def _guard(lex: Lexicon, text: str) -> str:
    rx = _guarded_names(lex)
    return rx.sub(lambda m: re.sub(r"\s", _SPACE, m.group(0)).replace("?", _ASK), text) if rx else text


def _unguard(text: str) -> str:
    return text.replace(_SPACE, " ").replace(_ASK, "?")


def _semicolon_items(lex: Lexicon, text: str, raw_ok: bool = False, split_last: bool = True) -> list[str]:
    """'for our work with children in care; care leavers; and for the impact of leadership': items a semicolon
    parts, each a known aspect (after its determiner and lead words), or none; with RAW_OK (the text counts
    them), short items as the text words them."""
    first = re.split(r"[.!?]", text, maxsplit=1)[0]
    if ";" not in first:
        return []
    items = [re.sub(r"^\s*(?:and\s+)?(?:(?:for|in|on)\s+)?(?:(?:its|the|their|our)\s+)?", "", p).strip(" ,")
             for p in first.split(";")]
    parts = re.split(r"\s+and\s+", items[-1], maxsplit=1)
    if split_last and len(parts) == 2 and not lex.aspect_for(items[-1]) and any(lex.aspect_for(x) for x in parts):
        items = items[:-1] + parts  # "...; developing a positive workplace and leadership & force management"
    hits = [lex.aspect_for(x) or lex.aspect_for(_res()["lead"].sub("", x)) for x in items]
    if len(hits) >= 2 and all(hits):
        return hits
    # a few items the lexicon does not know among many it does: short names, as the text words them
    known = sum(1 for h in hits if h)
    if len(hits) >= 3 and (known * 3 >= len(hits) * 2 or raw_ok and known) and all(
            h or (x and len(x.split()) <= 6 and not _VERB.search(x)) for h, x in zip(hits, items, strict=True)):
        return [h or x[:1].upper() + x[1:] for h, x in zip(hits, items, strict=True)]
    return []


def _head_aspect(lex: Lexicon, toks: list[str]) -> int:
    """How many of the leading words TOKS name a known aspect that ends where a list item ends (0: none)."""
    return next((n for n in range(min(len(toks), 12), 0, -1)
                 if lex.aspect_for(" ".join(toks[:n]).strip(_QUOTES + ",")) and
                 (n == len(toks) or re.match(r"[,;]|and\b|or\b|plus\b|as well as\b", " ".join(toks[n:]) or ",") or
                  toks[n - 1].endswith(",")
                  # ("safe, effective responsive and well-led": a comma left out between two names)
                  or lex.aspect_for(toks[n].strip(_QUOTES + ",")) and _head_aspect(lex, toks[n:]))), 0)


def handed_for(lex: Lexicon, before: str, after: str, stop: re.Pattern | None = None) -> list[str]:
    """'a grade of requires improvement – the third ranking – for its use of stop and search', 'received
    "needs attention" for "attendance and behaviour"': a grade handed over, then (after an aside) what for."""
    r = _res()
    body = r["rated_body"].search(before)  # "rated Cafcass as good on ...": the body, then what for
    if not (body or r["noun_of"].search(before) or r["receive"].search(before)):
        return []
    rest = after
    for rx in ("noun_after", "by_body", "aside"):
        m = r[rx].match(rest)
        rest = rest[m.end():] if m else rest
    m = r["prep"].match(rest)
    if m and _DATE_NEXT.match(rest, m.end()):
        return []  # "given a 'requires improvement' rating on March 27": when, not what for
    if not m:
        return []
    out = aspect_list(lex, _distribute(rest[m.end():]), raw_ok=bool(body), stop=stop)
    # ("'weak' ratings for care and support, staffing competencies and leadership": an item in the writer's words
    # among the framework's names)
    return out if len(out) >= 2 or "," not in rest else gapped_run(lex, rest[m.end():]) or out


_DATE_NEXT = re.compile(r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b|\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b")


def _distribute(text: str) -> str:
    """'the quality of its public and private law practice' -> 'quality of public law practice, quality of
    private law practice': two kinds of one thing, each an aspect (the thing's name ends the item)."""
    bare = re.sub(r"\b(?:its|their|the)\s+(?=\w)", "", text, count=3)
    two = re.compile(r"^(?P<head>[a-z]+ of )(?P<a>[a-z]+) and (?P<b>[a-z]+) (?P<tail>[a-z]+(?: [a-z]+)?)\b"
                     r"(?=\s*(?:[,;.]|$|(?:and|or|but|while|with)\b))")
    # (only where the two kinds are there: the determiners of other items are part of their names)
    return two.sub(r"\g<head>\g<a> \g<tail>, \g<head>\g<b> \g<tail>", bare, count=1) if two.match(bare) else text


def counted_after(lex: Lexicon, after: str, stop: re.Pattern | None = None) -> tuple[bool, list[str]]:
    """'weak in four quality indicators: A, B, C and D', 'good in two areas, A and B': (a count of areas
    follows, the aspects it names). Unknown names count only when there are as many as the count says."""
    rest = after[aside(after):]
    rest = rest[1:] if rest[:1] in _QUOTES else rest  # (the grade's closing quote mark)
    # "'very good' grade 5s in two categories – A and B": the grade's number between it and its count
    rest = re.sub(r"^[’'”\"]?\s*grade\s+\d+s?\b", "", rest, flags=re.I)
    # "an 'outstanding' rating in three of the four categories (A, B and C)": the rating's noun between the two
    rest = re.sub(r"^[’'”\"]?\s*(?:rating|grade|grading|judge?ment)s?\b(?=\s+(?:in|for|across)\s)", "", rest, flags=re.I)
    # "good in four (safe, effective, responsive and well-led) of the five key areas": the list after the count
    paren = _res()["counted_paren"].match(rest)
    if paren:
        rest = paren.group(1) + (paren.group(3) or "") + ": " + paren.group(2) + rest[paren.end():]
    m = _res()["counted_after"].match(" " + rest.lstrip()) or _res()["counted_bare"].match(" " + rest.lstrip())
    if not m:
        return False, []
    tail = (" " + rest.lstrip())[m.end():]
    # "in three key areas by the inspectorate, which scrutinised its ability to A, B, as well as C": the areas
    # the inspectorate looked at, named after it
    which = re.match(r"\s*(?:by\s+[^,;]{2,120}?)?,?\s*(?:which|that)\s+(?:scrutini[sz]ed|assessed|examined|looked\s+at|"
                     r"considered|covered|measured|judged|inspected|include[sd]?)\s+(?:(?:its|their|the\s+force[’']s)\s+)?(?:ability\s+to\s+)?",
                     tail, re.I)
    if which:
        tail = ": " + re.sub(r",?\s+as\s+well\s+as\s+", " and ", tail[which.end():])
    # "in all five categories of safe, effective, caring, responsive and well-led": the areas after "of"
    # ("across all five areas for being safe, effective, ...")
    # ("in all four areas inspected: A, B, C and D": the verb of inspection before the list)
    tail = re.sub(r"^\s+(?:inspected|assessed|judged|graded|rated|looked\s+at)(?=\s*[:,(–—-])", "", tail)
    # ("in three categories of service, being safe, effective and well-led": the areas after "being" or "namely")
    tail = re.sub(r"^\s+of\s+(?:the\s+)?(?:service|care|provision|practice)\b(?=\s*,)", "", tail)
    tail = re.sub(r"^,?\s+(?:being|namely|which\s+(?:are|were))\s+(?=\S)", ": ", tail)
    tail = re.sub(r"^\s+(?:of|for\s+being)\s+(?=\S)", ": ", tail)
    # ("in three categories, for a caring, well-led and responsive service": the areas as the service's words)
    tail = re.sub(r"^,?\s+for\s+(?:being\s+|having\s+)?an?\s+(?=\S)", ": ", tail)
    tail = re.sub(r"\s+(?:service|home|practice|provider)(?=\s*(?:[.;]|$))", "", tail, count=1) if tail.startswith(": ") else tail
    # ("in every category including behaviour, quality of education, ...": some of the areas, named)
    tail = re.sub(r"^(?=\s+(?:including|such\s+as)\s)", ",", tail, flags=re.I)
    if not re.match(r"\s*[:,(–—-]", tail):
        return True, []
    n = number(m.groupdict().get("n"))
    listed = re.sub(r"^(?:including|among\s+them|such\s+as)\s+", "", tail.lstrip(" :,(–—-"), flags=re.I)
    partial = listed != tail.lstrip(" :,(–—-")  # "– including A and B": some of the areas, by name
    nxt = stop.match(" " + listed) if stop else None
    if nxt and re.match(rf"['’\"”]?\s+(?:in|for|across)\s+(?:{alternation('number_words')}|\d)\b", listed[nxt.end() - 1:], re.I):
        return True, []  # "outstanding in one area, good in two, ...": the next count's grade, not a list
    listed = ability_list(lex, listed)  # ("including how the force protected vulnerable people and managed ...")
    found = aspect_list(lex, listed, raw_ok=n is not None and not partial, stop=stop)
    if n is not None and len(found) > n and all(lex.aspect_for(a) for a in found[:n]):
        found = found[:n]  # "safe, effective, caring, responsive and well-led, giving ...": the list ran on
    elif n is not None and len(found) != n and not partial:
        # ("...; staffing; and planning of care and support": the last item whole)
        whole = _semicolon_items(lex, strip_intro(listed), raw_ok=True, split_last=False)
        found = whole if len(whole) == n else _comma_items(lex, listed, n, stop) or found
    every = number(m.groupdict().get("all_n"))
    if every is not None and not partial and (len(found) != every or not all(lex.aspect_for(a) for a in found)):
        # "good in all four areas: pupils' achievement, the quality of teaching, ...": as many items as "all"
        # counts, named as the text names them
        raw = aspect_list(lex, listed, raw_ok=True, stop=stop)
        found = raw if len(raw) == every else _comma_items(lex, listed, every, stop) or found
    count = n if n is not None else every
    if count and (len(found) < count or any(":" in a for a in found)) and not partial:
        # "five key judgements: A, B and in response to the three key questions: 'Q1?' 'Q2?' and 'Q3?'": the
        # areas before a nested list, then the nested list's
        before, colon, nested = listed.partition(":")
        head = [a for a in aspect_list(lex, before, stop=stop) if lex.aspect_for(a)]
        both = head + [a for a in aspect_list(lex, nested) if lex.aspect_for(a)] if colon else []  # ("How good is ...?")
        found = both if len(both) == count else found
    known = [a for a in found if lex.aspect_for(a)]
    n = n if n is not None else every
    return True, (found if n is not None and len(found) == n else known if len(known) == len(found) else [])


def _comma_items(lex: Lexicon, text: str, n: int, stop: re.Pattern | None = None) -> list[str]:
    """The N areas of a list whose items are parted by commas only ("good in all four areas: pupils'
    achievement, the quality of teaching, behaviour and safety, and leadership and management"): an item may
    hold "and" itself, as long as the commas give as many items as the count says."""
    cut = stop.search(text) if stop else None
    text = list_end(text[:cut.start()] if cut else text)
    items = [re.sub(r"^(?:(?:and|or)\s+)?(?:(?:its|the|their)\s+)?", "", " ".join(x.split()).strip(_QUOTES + " "), flags=re.I)
             for x in text.split(",")]
    if len(items) == n - 1 and n > 1:
        items[-1:] = _last_and(lex, items[-1])  # "A, B and C": the last comma's item holds two
    stops = words("judgement_forms", "not_aspect_starts")
    if len(items) != n or any(not x or len(x.split()) > 8 or _VERB.search(x) or _CLAUSE_START.match(x)
                              or x.split()[0].lower() in stops for x in items):
        return []
    return [lex.aspect_for(x) or x[:1].upper() + x[1:] for x in items]


def _last_and(lex: Lexicon, item: str) -> list[str]:
    """The last item of a list, cut at the "and" that ends the list: the first "and" whose two sides are
    both areas the frameworks know, else the first ("planning and implementation and delivery of X")."""
    cuts = [m for m in re.finditer(r"\s+and\s+", item)]
    if not cuts:
        return [item]
    known = [m for m in cuts if lex.aspect_for(item[:m.start()]) and lex.aspect_for(item[m.end():])]
    m = (known or cuts)[0]
    return [item[:m.start()], re.sub(r"^(?:(?:its|the|their)\s+)", "", item[m.end():], flags=re.I)]


def ordinal_after(lex: Lexicon, after: str, stop: re.Pattern | None = None) -> tuple[bool, list[str]]:
    """'marked it satisfactory in a fifth, "impact on learners"': (one more area follows, the aspect it names)."""
    m = _res()["ordinal_after"].match(after)
    if not m:
        return False, []
    return True, aspect_list(lex, after[m.end():], raw_ok=True, limit=1, stop=stop)


def overall_rating(before: str, after: str, quoted: bool = False) -> str | None:
    """The subject of a grade that is the body's whole rating ("The college received an 'outstanding' rating",
    "it was given a grade of good"): the words before the verb, from the clause's start; None when the grade is
    not such a rating, names an aspect after it, or has a generic or hypothetical subject ("providers which
    receive an inadequate grade")."""
    r = _res()
    # (the grade in quote marks: "its second \"outstanding\" Ofsted report")
    bare = r["rating_received_bare"].search(before) if quoted else None  # (QUOTED: the grade in quote marks)
    before, after = re.sub(r"[‘'\"“]$", "", before), re.sub(r"^[’'\"”]", "", after)
    m = (r["rating_received"].search(before) or bare) if r["rating_noun"].match(after) else None
    whole = re.search(r"\b(?:in|with|(?:leading|led)\s+to|resulting\s+in)\s+(?:an?|its|their)\s+overall\s+$", before, re.I)
    if r["rating_noun"].match(after) and whole and not r["generic_subject"].search(before[:whole.start()]):
        return ""  # "in an overall 'good' new report", "leading to an overall 'inadequate' rating": the whole grade
    with_overall = re.search(rf"(?:,|\bwith|\bgiving(?:\s+(?:it|them))?)\s+(?:an?|its|their)\s+overall\s+"
                             rf"(?:{alternation('rating_nouns')})\s+of\s+$", before, re.I)
    if with_overall and not re.match(r"\s*(?:[–—:(]|(?:for|in|on|at)\b)", after) \
            and not r["generic_subject"].search(before[:with_overall.start()]):
        return ""  # "All areas were judged good, with an overall rating of outstanding": the whole grade
    if m is None and not re.match(r"\s*(?:[–—:(]|(?:for|in|on|at)\b)", after):
        m = r["rating_of"].search(before)
    # "was one of just three of the 26 inspected to receive the highest grade": a fact, not a hypothesis
    fact = re.search(r"\bone\s+of\b[^,;]{0,80}\bto\s+(?:receive|get|be\s+given|achieve|earn)\b", before, re.I)
    if m is None or (r["generic_subject"].search(before) and not fact) \
            or re.search(r"\b(?:other|another|remaining|further)\s+$", before, re.I):
        # "receive the other inadequate gradings": grades of areas named before, no body's whole rating
        return None
    head = before[:m.start()]
    # "Ofsted awarded their school a 'Good' rating": the body the grade was given to, named after the verb
    to = re.match(r"(?:awarded|gave|give[sn]?|giving|handed|assigned)\s+(?P<np>(?:the|its|their|this|our)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?|"
                  r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and))*)\s+(?:an?|the|its|their)\s+(?:overall\s+)?['‘\"“]?$",
                  before[m.start():])
    if to and not re.search(r"\b(?:was|were|been|be|is|are)\s+$", head, re.I):
        return to.group("np")
    giving = re.search(r"\b(?:gave|give[sn]?|giving|provided|assigned|issued|awarded|awards|awarding|handed|hands)\b", m.group(0), re.I)
    if giving and not re.search(r"\b(?:was|were|been|be|is|are)\s+$", before[:m.start() + giving.start()], re.I):
        return ""  # "we have provided a new overall rating of good": the giver speaks; the grade is the inspection's
    cut = max((x.end() for x in re.finditer(r"[,;:]|\b(?:while|whilst|whereas|but|and)\b", head)), default=0)
    return re.sub(r"(?:\s+(?:has|have|had|was|were|is|are|been|be|being|also|now|only|then|just|both|all|recently|"
                  r"finally|since|already|once|again))+\s*$", " ", head[cut:])


def received_for_areas(lex: Lexicon, before: str, after: str, following: str,
                       stop: re.Pattern | None = None) -> tuple[bool, list[str]]:
    """'scored an outstanding rating in every category. This included: A, B ...': (a rating received for a count
    of areas, the aspects named after it or in the FOLLOWING sentence)."""
    noun = re.match(rf"\s*(?:{alternation('rating_nouns')})\b", after, re.I)
    if not noun and _res()["receive"].search(before):
        noun = re.match(r"", after)  # "achieved 'good' in two core pillars of assessment:" and no rating noun
    elif not noun or not _res()["rating_received"].search(before):
        return False, []
    counted, listed = counted_after(lex, after[noun.end():], stop)
    return counted, (listed or next_list(lex, following)) if counted else []


def counted_before(lex: Lexicon, before: str, after: str, stop: re.Pattern | None = None) -> list[str]:
    """'with just one graded "good" – preventing crime': a count, the grade, then the aspects it names."""
    m = _res()["counted_before"].search(before)
    if not m or not re.match(r"\s*[:–—-]\s", after):
        return []
    n = number(m.group("n"))
    found = aspect_list(lex, after.lstrip(" :–—-"), raw_ok=True, limit=n or 12, stop=stop)
    if n == 1 and found:
        return found[:1]
    return found if n is not None and len(found) == n else []


def counted_subject(lex: Lexicon, before: str) -> list[str]:
    """'Just two of the six categories – are services safe and are services well-led – were rated': a count,
    the aspects between dashes, then the verb; as many aspects as the count says."""
    m = _res()["counted_subject"].search(before)
    dashes = None if m else _res()["counted_dashes"].search(before)
    found = _comma_items(lex, dashes.group("list"), number(dashes.group("n") or dashes.group("one")) or 0) if dashes else []
    if found:
        return found
    if not m:
        m = _res()["counted_subject_commas"].search(before)
        quoted = m and re.findall(rf"[{_QUOTES}]([^{_QUOTES}]{{2,80}})[{_QUOTES}]", m.group("list"))
        if quoted:  # the items the writer quotes, each whole ("'how good is our care, play and learning?'")
            found = [lex.aspect_for(q) or q[:1].upper() + q[1:] for q in quoted]
            return found if len(found) == number(m.group("n")) else []
    if not m:
        return []
    items = [re.sub(r"^(?:is|are)\s+(?:the\s+)?(?:services?|it|they|trust|home|practice|provider)\s+", "",
                    i.strip(" ?" + _QUOTES), flags=re.I) for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list"))]
    found = [lex.aspect_for(i) or i[:1].upper() + i[1:] for i in items if i]
    return found if len(found) == number(m.group("n")) else []


def the_others(before: str) -> int | None:
    """'the other three key questions were rated': how many areas a grade is given to besides those named
    (None when the words before the grade are not so)."""
    m = _res()["the_others"].search(before)
    return number(m.group("n")) if m else None


def changed_to(before: str) -> re.Match | None:
    """'purposeful activity had dropped from reasonably good to': the verb that moved the aspect to the grade."""
    m = _res()["change"].search(before)
    # "upgraded its rating to": the rating moved, named; else the grade it moved from ("dropped from good to")
    if m and m.group("with") and not (m.group("src") or m.group("obj") or m.group("body")):
        # the verb alone: what stands between "with" and it is the aspect
        return _res()["change_verb"].search(before, m.end("with"))
    if m and m.group("with"):
        # "..., with safety falling from not sufficiently good in 2022 to": the verb and what it moved, the
        # aspect between "with" and the verb
        return _res()["change"].search(before, m.end("with")) or m
    # "safety had improved to reasonably good": the verb alone, after its subject
    return m


# "- Safeguarding – 2", "1.3 - Play and Learning - 5" (a quality indicator's number before its name)
_SCORE_ITEM = re.compile(r"^[-•*·]?\s*(?:\d{1,2}\.\d{1,2}\s*[-–—:]?\s+|\d{1,2}[.)]\s+)?(?P<aspect>[A-Za-z][^\n:–—\t|]{2,100}?)"
                         r"\s*(?:–|—|:|-|\t|\|)\s*(?P<grade>\d)\s*\|?\s*$")  # (a table's row: a tab or a bar)
# "Ratings: Wellbeing – 2, Leadership – 2, Staff – 2": a line of scores after a label (group label), two or more
_SCORE_LINE = re.compile(r"^\s*(?P<label>(?:[Rr]atings?|[Gg]rades?|[Gg]radings?|[Ss]cores?)\s*:)\s*[A-Za-z][\w ,’'&/-]{1,60}?\s*[–—:-]\s*[1-6]"
                         r"(?:\s*[,;]\s*[A-Za-z][\w ’'&/-]{1,60}?\s*[–—:-]\s*[1-6])+\s*\.?\s*$")
_SCORE_IN_LINE = re.compile(r"(?P<aspect>[A-Za-z][\w ’'&/-]{1,60}?)\s*[–—:-]\s*(?P<grade>[1-6])\b")
_SCORE_CUE = re.compile(r"\bscor(?:e|es|ed|ing)\b|\bout of (?:four|five|six|\d)\b|\bgrades?\s+(?:given|awarded)\b|"
                        r"\bgrading\s+(?:system|scale)\b|\b(?:four|five|six|[4-6])-point\s+scale\b", re.I)


def score_items(text: str, paras: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
    """Lists of scores ("- Safeguarding – 2"), two lines or more, where the text before speaks of scores:
    (aspect, score, start, end) for each line."""
    out: list[tuple[str, str, int, int]] = []
    run: list[tuple[str, str, int, int]] = []
    for ps, pe in [*paras, (len(text) + 1, len(text) + 1)]:
        line = _SCORE_LINE.match(text[ps:pe]) if pe <= len(text) else None
        if line:
            # "Ratings: Wellbeing – 2, Leadership – 2, Staff – 2, Setting – 3": a round-up's scores on one line
            out += [(m.group("aspect").strip(), m.group("grade"), m.start("aspect"), m.end())
                    for m in _SCORE_IN_LINE.finditer(text, ps + line.end("label"), pe)]
            continue
        m = _SCORE_ITEM.match(text[ps:pe]) if pe <= len(text) else None
        if m:
            run.append((m.group("aspect").strip(" -–,"), m.group("grade"), ps + m.start("aspect"), pe))
            continue
        # (a round-up's later lists go on from the first, however far the cue before it)
        if len(run) >= 2 and (out or _SCORE_CUE.search(text[max(0, run[0][2] - 800):run[0][2]])):
            out += run
        run = []
    return out


# What may open a clause before its subject body ("Elsewhere, the ..."); a body after a preposition ("maternity
# services at X") is not the subject.
_OPENER = re.compile(r"[\s,]*(?:(?:elsewhere|meanwhile|however|also|and|but|separately|nearby|similarly|by contrast|"
                     r"in contrast|in [A-Z][\w -]{1,30}?)[,\s]+)*(?:the\s+)?", re.I)


def earlier(before: str) -> bool:
    """Whether the words before a grade give it to an earlier inspection ("following a judgement of ..."); not
    "after" opening the clause that reports this inspection ("celebrating after Ofsted awarded their school a
    good rating")."""
    # ("published earlier this week", "last month": when this report came out)
    m = re.search(r"\b(?:following|after|since|previous(?:ly)?|(?:last|earlier)(?!\s+(?:this\s+)?(?:week|month|year|"
                  r"spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday)\b)|prior|before)\b[^.;:]{0,50}$",
                  before, re.I)
    if m and re.match(r"(?:after|following)\s+(?:[\w’'-]+\s+){1,3}?(?:awarded|rated|judged|graded|gave|handed|found|"
                      r"declared|deemed|classed|classified|labelled|branded|named|received|achieved|secured|earned|won)\b",
                      m.group(0), re.I) and not re.search(r"\b(?:19|20)\d\d\b|\b(?:last|previous|earlier|prior)\b", m.group(0), re.I):
        return False
    return bool(m)


def names_body(np: str, body) -> bool:
    """Whether a noun phrase ("probation services") names the kind of the inspected body ("... Probation
    Delivery Unit") rather than a part of it."""
    kind = [re.sub(r"[’']s$", "", w) for w in re.findall(r"[a-z’']+", np.lower()) if w not in ("services", "service", "care", "the")]
    return body is not None and bool(kind) and all(w in body.label.lower().split() for w in kind)


# A council named by its tier ("the city council") in an article about a council of another tier.
_TIER = re.compile(r"[\s,]*(?:(?:elsewhere|meanwhile|while|whereas|and|but|by contrast|in contrast)[,\s]+)*the\s+(city|county|borough|district|town)"
                   r"\s+council\b", re.I)


def other_body(ctx: Ctx, lo: int, verb_at: int, subject: str, inspectorates: list[str]) -> str | None:
    """The key of another body that is the subject of the clause before the verb ("Elsewhere, St Anne's
    School in Deal was graded ..."), or None when the clause is about the inspection's own body."""
    head = re.compile(r"(?:[’']s?\b[^,.;]{0,40}?|,[^,.;]{1,80},|\s+in\s+[A-Z][\w’' -]{1,40}?)?"
                      r"(?:\s+(?:was|were|is|are|has|have|had|been|now|also|only|then|just|both|each|all|overall))*"
                      r"(?:\s+(?:rated|judged|graded|given|awarded|received|achieved|got|gained|found|deemed|assessed|"
                      r"marked|scooped|earned|secured|kept|retained)(?:\s+(?:as|an?|the|to\s+be|its))*)?\s*[‘'\"“]?")
    tier = _TIER.match(ctx.doc.text, lo, verb_at)
    own = ctx.out.orgs.get(subject)
    if tier and own is not None and tier.group(1).lower() not in own.label.lower().split() \
            and head.fullmatch(ctx.doc.text[tier.end():verb_at]):
        return "council:" + tier.group(1).lower()  # "while the city council was given two stars"
    for key, org in ctx.out.orgs.items():
        if key == subject or key in inspectorates or org.kind in ("inspectorate", "government department", "publisher"):
            continue
        for ev in org.evidence:
            if lo <= ev.start and ev.end <= verb_at and _OPENER.fullmatch(ctx.doc.text[lo:ev.start]) \
                    and head.fullmatch(ctx.doc.text[ev.end:verb_at]):
                subj = ctx.out.orgs.get(subject)
                if subj is not None and (subj.label in org.label or org.label in subj.label):
                    continue  # the body's own name, or a longer form of it
                return key
    return None


def cell_rows(lex: Lexicon, text: str, paras: list[tuple[int, int]]) -> tuple[list[str], list[tuple[str, list[tuple[int, int]]]]]:
    """A table flattened one cell a line ("Overall effectiveness" / "Good" / "Requires improvement"): the years
    its header names, one a grade column ("2025 grade", "2022 grade"), and its rows: (aspect, the spans of its
    grade cells). A table has two rows or more; each row is a known aspect on a line of its own, then grades."""
    # (a cell may keep the bar that parted it from the next: "safeguarding |", "3 |"; lines of a bar alone are
    # empty cells)
    paras = [(ps, ps + len(text[ps:pe].rstrip(" |"))) for ps, pe in paras if text[ps:pe].strip(" |")]

    def is_grade(k: int) -> bool:
        ps, pe = paras[k]
        return bool(lex.grade_for(text[ps:pe].strip(" .;" + _QUOTES))) and len(text[ps:pe].split()) <= 6

    def aspect_of(cell: str) -> str:
        # ("7. safeguarding", "2. supporting people to lead healthier lives": a numbered row, named as written)
        numbered = re.fullmatch(r"\d{1,2}[.)]\s+([A-Za-z][\w ,’'-]{2,80})", cell)
        name = numbered.group(1) if numbered else cell
        return lex.aspect_for(name) or (name if numbered and len(name.split()) <= 10 else "")

    rows: list[tuple[str, list[tuple[int, int]]]] = []
    header: list[str] = []
    k = 0
    while k < len(paras):
        ps, pe = paras[k]
        aspect = aspect_of(text[ps:pe].strip(" :" + _QUOTES))
        n = k + 1
        while n < len(paras) and is_grade(n):
            n += 1
        if aspect and n > k + 1:
            if not rows:
                # The header: the lines just before the first row that name a year, one a column.
                before = [text[a:b] for a, b in paras[max(0, k - 4):k]]
                header = [m.group(0) for line in before if len(line.split()) <= 4
                          for m in [re.search(r"\b(?:19|20)\d\d\b", line)] if m]
            rows.append((aspect, paras[k + 1:n]))
            k = n
            continue
        if rows and text[pe:pe + 3].lstrip(" ").startswith("|"):
            k += 1  # (a cell of another column between rows: "Providing support |")
            continue
        if rows and len(rows) < 2:
            rows = []  # one row is no table
        elif rows:
            break
        k += 1
    return (header, rows) if len(rows) >= 2 else ([], [])


def scores_for(lex: Lexicon, text: str) -> list[tuple[str, str, int, int]]:
    """Scores handed for named areas ("a rating of 4 for 'partnership and communities'"): (aspect, score, start, end)."""
    out = []
    for m in _res()["score_for"].finditer(text):
        n = str(number(m.group("n")) or m.group("n"))
        # ("a rating of two out of six": a grade of the six-point scale, by its word, as the Scottish reports give it)
        n = f"grade {n}" if re.search(r"\bout\s+of\s+(?:six|6)\b", m.group()) else n
        for aspect in aspect_list(lex, text[m.end():m.end() + 300]):
            out.append((aspect, n, m.start(), m.end()))
        if _ALL_OTHER.match(text, m.end()):
            # "a score of 3 for all other areas": the areas the text listed as looked at, less those scored apart
            scored = {a for a, *_ in out}
            out += [(a, n, m.start(), m.end()) for a in announced_areas(lex, text[:m.start()])
                    if a not in scored]
        # "... of 4 for A, 3 for B, and 2 for both C and D": further scores, each for the areas after it
        stop = re.search(r"[.;](?:\s|$)", text[m.end():m.end() + 400])
        rest = text[m.end():m.end() + (stop.start() if stop else 400)]
        for nxt in _NEXT_SCORE.finditer(rest):
            for aspect in aspect_list(lex, rest[nxt.end():]):
                out.append((aspect, nxt.group("n"), m.end() + nxt.start("n"), m.end() + nxt.end()))
    return out


_ALL_OTHER = re.compile(r"(?:all\s+(?:the\s+)?other|each\s+of\s+the\s+other|the\s+(?:other|remaining))\s+(?:\w+\s+)?"
                        r"(?:areas|categories|themes|domains|quality\s+statements|key\s+questions)\b", re.I)
_ANNOUNCED = re.compile(r"\b(?:the\s+following|these)\s+(?:\w+\s+)?(?:areas|categories|themes|domains|quality\s+statements|"
                        r"key\s+questions)\b[^:.]{0,100}:", re.I)


def announced_areas(lex: Lexicon, text: str) -> list[str]:
    """The areas a text lists as those looked at ("The CQC looked at the following nine areas ...: 'A', 'B', ...")."""
    found = list(_ANNOUNCED.finditer(text))
    if not found:
        return []
    rest = text[found[-1].end():]
    stop = re.search(r"[.!?](?:\s|$)", rest)
    return aspect_list(lex, rest[:stop.end() if stop else 600], raw_ok=True, limit=14)


_NEXT_SCORE = re.compile(r",\s*(?:and\s+|with\s+)?(?P<n>[1-4])\s+(?:out\s+of\s+4\s+)?for\s+(?:both\s+)?")


def same_grade(lex: Lexicon, after: str) -> list[str]:
    """Aspects the words after a grade give that same grade: ", with A and B also classed as being of this level"."""
    m = re.match(r"['’\"”]?\s*[,–—-]?\s*(?:with|while|and)\s+", after, re.I)
    same = _res()["same_grade"].match(after[m.end():]) or _res()["same_given"].match(after[m.end():]) if m else None
    if not same:
        return []
    # ("the home's leadership": the area the body has)
    items = [re.sub(r"^(?:the|its|their)\s+", "", BODY_POSSESSIVE.sub("", i.strip()), flags=re.I)
             for i in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=the\b|its\b|their\b)", same.group("list"))]
    found = [lex.aspect_for(i) for i in items if i]
    return found if found and all(found) else []


def next_list(lex: Lexicon, text: str) -> list[str]:
    """The aspects a sentence opening TEXT lists after a count of areas ("This included: A, B and C")."""
    m = _res()["next_list"].match(text)
    if m:
        return aspect_list(lex, text[m.end():m.end() + 400], limit=12)
    # "... in two core pillars of assessment:" then bullets "• People – how it looks after its workforce."
    bullets = re.match(r"[\s:]*((?:[•·▪●■◦*][ \t]*[^\n]+(?:\n[ \t]*|$))+)", text)
    heads = [re.split(r"\s+[–—-]\s+|:", line.strip(" \t•·▪●■◦*"), maxsplit=1)[0]
             for line in bullets.group(1).strip().splitlines() if line.strip()] if bullets else []
    hits = [lex.aspect_for(h.strip(" .")) for h in heads]
    return hits if hits and all(hits) else []


def announced_count(text: str) -> int | None:
    """'Two GP surgeries in Tamworth have been rated inadequate': how many bodies a sentence opening with a
    small count of them grades together (None when it opens with none)."""
    m = re.match(rf"\W*(?:the\s+)?(?P<n>{alternation('number_words')})\s+(?:[\w’'-]+\s+){{0,2}}?"
                 rf"(?:{alternation('counted_bodies')})\b", text, re.I)
    n = number(m.group("n")) if m else None
    return n if n and n > 1 else None


def tally(ctx: Ctx, start: int, end: int) -> bool:
    """The sentence from START to END tallies many bodies' results ("seven of the 87 councils were rated
    inadequate") and names none of them: no one inspection's grade or date."""
    if not _res()["tally"].search(ctx.doc.text, start, end):
        return False
    return not any(o.kind not in ("inspectorate", "publisher", "government department") and
                   any(start <= e.start < end for e in o.evidence) for o in ctx.out.orgs.values())


# One item of a round-up: a body's name, the town it is in, then its grade after a dash or colon or in brackets
# ("Elm Lodge, Lutterworth (requires improvement)", "## Puddle Ducks Pre-School, Eastmere — Good").
_ITEM_TOWN = r"(?:,\s*[A-Z][\w’' -]{1,40}?)?\s*"  # ", Town" after an item's name
_ITEM_REST = re.compile(_ITEM_TOWN + r"(?:[—–:|-]\s*|\(\s*)['‘\"“]?(?P<grade>[A-Za-z][A-Za-z ]{2,40}?)"
                        r"['’\"”]?\s*\)?\s*[.;,]?\s*")
# (an item's grade with more after it: a sentence, or another cell)
_ITEM_TOLD = re.compile(_ITEM_TOWN + r"[—–:|]\s*['‘\"“]?(?P<words>[A-Z][^\n]{2,})")
# ("Figures for the last month show ratings were given to the following care homes:" is this article's news)
_NOT_NEWS_LEAD = re.compile(r"\b(?:other|previous(?:ly)?|last(?!\s+(?:month|week|fortnight|few\s+(?:weeks|months)))|earlier|"
                            r"also\s+runs|sister|whose|elsewhere|before)\b", re.I)
_ITEM_LEAD = re.compile(r"\s*(?:#+|[•·▪●*-]|\d{1,2}[.)])?\s*(?:(?:and|or)\s+)?")


def graded_items(ctx: Ctx, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """The bodies a line of a round-up grades, each by its name (and town) and a grade alone, one item or several
    parted by semicolons: (org key, grade, start, end) for each; none unless every item of the line is one."""
    text = ctx.doc.text
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    if le > end + 1 and text.rfind("\n", 0, end) + 1 != ls:
        return []
    line = text[ls:le]
    if not line.strip() or len(line.split()) > 40 or not re.search(r"[—–:|(-]", line):
        return []  # (a grade alone after a dash, a colon, a bar or in brackets: nothing else is an item)
    # (a list under a lead-in that says its ratings are not this article's news: "Other nurseries in the town were
    # last inspected years ago:", "whose other homes are:")
    above = text[:ls].rstrip()
    lead = above[above.rfind("\n") + 1:]
    while lead.lstrip().startswith(("-", "•", "*")) and above.rfind("\n") > 0:  # (items of the same list above)
        above = above[:above.rfind("\n")].rstrip()
        lead = above[above.rfind("\n") + 1:]
    if lead.endswith(":") and _NOT_NEWS_LEAD.search(lead) and not (
            # ("Other social care services in the area were also rated:": more of this article's news)
            re.search(r"\balso\s+(?:been\s+)?(?:rated|inspected|graded|judged)\b", lead, re.I)
            and not re.search(r"\b(?:last|previous(?:ly)?|earlier|ago|before)\b", lead, re.I)):
        return []
    starts = {e.start: (o.key, e.end) for o in ctx.out.orgs.values() if o.kind != "inspectorate" for e in o.evidence
              if ls <= e.start < le and not ctx.in_quote(e.start)}
    out: list[tuple[str, str, int, int]] = []
    at = ls
    for piece in re.split(r"(?<=;)", line):
        lead = _ITEM_LEAD.match(piece)
        s = at + lead.end()
        at += len(piece)
        if not piece.strip():
            continue
        if s not in starts:
            return []
        key, name_end = starts[s]
        rest = _ITEM_REST.fullmatch(text, name_end, at)
        grade = ctx.lex.grade_for(rest.group("grade")) if rest else ""
        told = _ITEM_TOLD.match(text, name_end, at) if not grade else None
        if told:
            # "X, Town: Inadequate. Achieved good in 2019 but ...", "X, Town: Requires Improvement Requires
            # Improvement on all five measures" (a table's cells run together): the longest grade the words
            # open with, then a new sentence or cell
            words_ = told.group("words").split()
            for n in range(min(4, len(words_)), 0, -1):
                head = " ".join(words_[:n]).strip(".,;'’\"”")
                after = words_[n] if n < len(words_) else ""
                # (or a comma and when it was given: "Good, last inspected on November 15")
                if ctx.lex.grade_for(head) and (not after or after[:1].isupper() or words_[n - 1][-1:] in ".;" or (
                        words_[n - 1].endswith(",") and after.lower() in ("last", "inspected", "published", "visited"))):
                    grade = ctx.lex.grade_for(head)
                    break
        if not grade:
            return []
        out.append((key, grade, s, at))
    return out


_CELL = re.compile(r"[^\t|]+")
_OLD_COLUMN = re.compile(r"\b(?:previous|prior|old|last|former|earlier|before|was|then)\b", re.I)
_NEW_COLUMN = re.compile(r"\b(?:new|latest|current|now|this|today)\b", re.I)


def _cells(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """The cells of a table's line (parted by tabs or bars), as spans without their spaces; none for a line
    with no tab or bar."""
    line = text[ps:pe]
    if "\t" not in line and line.count("|") < 2:
        return []
    out = []
    for m in _CELL.finditer(line):
        s, e = ps + m.start(), ps + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def grid_rows(lex: Lexicon, text: str, paras: list[tuple[int, int]]) -> list[tuple[str, str, int, int, str]]:
    """A table one row a line whose rows grade an aspect in several columns ("Safety | Not sufficiently good |
    Poor" under "Test | 2021 | 2024"): (aspect, grade, start, end, the column's header) for each grade cell of
    rows with two grades or more. The header is the line above the first such row."""
    out: list[tuple[str, str, int, int, str]] = []
    header: list[tuple[int, int]] = []
    for ps, pe in paras:
        cells = _cells(text, ps, pe)
        grades = [(i, c, g) for i, c in enumerate(cells) if (g := lex.grade_for(text[c[0]:c[1]].strip(" *'‘’\"")))]
        aspect = lex.aspect_for(text[cells[0][0]:cells[0][1]].strip(" *:")) if cells else ""
        if not (aspect and len(grades) >= 2 and grades[0][0] >= 1):
            if cells and not grades and not set(text[ps:pe]) <= set("|-: \t"):
                header = cells  # a line of a table with no grade: the latest one above is the header
            continue
        for i, (s, e), grade in grades:
            title = text[header[i][0]:header[i][1]] if i < len(header) else ""
            out.append((aspect, grade, s, e, title))
    return out


def column_time(title: str) -> str:
    """When a grid's column header says its grades were given: the year it names, "old" (previous, before) or
    "new" (latest, this inspection), else ""."""
    year = re.search(r"\b(?:19|20)\d\d\b", title)
    return year.group(0) if year else "old" if _OLD_COLUMN.search(title) else "new" if _NEW_COLUMN.search(title) else ""
