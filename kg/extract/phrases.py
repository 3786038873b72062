"""Aspects and bodies named in phrases: a subject's aspects, lists and runs of aspects, the inspected body in other
words ("the council's services", "the NHS trust with 900 beds")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon, norm, slug
from ..model import Inspection
from .context import Ctx
from .near import near_aspect
from .rules import pattern
from .rules import words as _words

_COMPASS = frozenset(_words("places", "compass_points"))

_GENERIC_SUBJECT = re.compile(r"^(?:services?|it|they|the (?:council|authority|trust|force|service|services|provider|"
                              r"division|region|area|organisation|partnership|home)|(?:children[’']?s|adult) (?:services|social care|social services)|"
                              r"(?:services?|support|help) for children(?:,? (?:young people )?and (?:young people|families))?|"
                              r"(?:(?:care|nursing|residential|children[’']?s)\s+)?home|"
                              # ("GP surgery", "village school": the body by its kind)
                              r"(?:(?:GP|dental|primary|secondary|infant|junior|village|nursing|residential|special|local|day|academy|free|grammar|"
                              r"independent|private|faith|church|community|boarding|comprehensive|sixth[- ]form)\s+)?"
                              # ("a probation unit", "the fire and rescue service", "a youth justice service")
                              # ("an NHS 111 provider", "a Dorset care provider": names that say which kind)
                              r"(?-i:[A-Z0-9][\w-]*\s+){0,2}"
                              r"(?:(?:probation|police|fire(?:\s+and\s+rescue)?|youth\s+(?:justice|offending))\s+)?"
                              # ("a day nursery and pre-school", "the nursery and preschool")
                              r"(?:nursery\s+(?:and|&)\s+)?(?:pre-?school\s+|nursery\s+school\s+)?"
                              r"(?:council|authority|trust|force|division|region|area|provider|home|organisation|"
                              r"partnership|agency|prison|hospital|unit|team|board|practice|surgery|school|college|"
                              r"academy|nursery|setting|service|pre-?school|company|firm|charity|hospice|centre|childminder)|overall|"
                              # area SEND: "the local area partnership's arrangements lead to ..."
                              r"(?:(?:local\s+area\s+)?partnership[’']s\s+)?arrangements)$", re.I)


def _bare_np(np_text: str) -> str:
    """A noun phrase without determiners, possessors or a trailing "at/in ..." phrase."""
    np = " ".join(np_text.replace("–", " ").replace("—", " ").split()).strip(" ,-")
    np = re.sub(r"^(?:and|the|its|their|our|his|her|a|an|all|some|both|each|also|overall,?)\s+", "", np, flags=re.I)
    np = re.sub(r"\s+(?:at|in|across|within|on|for the|by)\s+.*$", "", np)
    return np.strip(" ,")


# Words around the aspects a subject names: "the ratings for ...", "how ... the service is".
_NP_FRAME = re.compile(r"^(?:(?:the|its|their|(?:the\s+)?[\w-]+[’']s)\s+)?(?:ratings?|grades?|judgements?|scores?|areas?|categories|domains?|"
                       r"(?:key\s+)?questions?)\s+(?:for|of|on)\s+(?:being\s+)?", re.I)
_NP_FRAME_AFTER = re.compile(r"\s+(?:domains|(?:key\s+)?questions|areas|categories|ratings|grades|judgements|scores)"
                             r"(?:\s+(?:also|both|all|each|too))?\s*$", re.I)
_HOW_IT_IS = re.compile(r"how\s+(.+?)\s+(?:(?:the|this|that|its)\s+[\w-]+(?:\s+[\w-]+)?|it|they)(?:\s+(?:is|was|are|were))?",
                        re.I)


_COMMA = "\u2063"  # stands for a comma inside an aspect's name while a list is split at its commas


@lru_cache(maxsize=4)
def _comma_names(lex: Lexicon) -> re.Pattern | None:
    """The aspect names that hold a comma ("quality of teaching, learning and assessment"), longest first."""
    names = sorted({n for a in lex.aspects.values() for n in [a.label, *a.aliases] if "," in n}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(r",?\s+".join(re.escape(w) for w in n.replace(",", " ").split())
                                         for n in names) + r")\b", re.I)


def _mask_commas(lex: Lexicon, text: str) -> str:
    """TEXT with the commas inside aspect names it holds masked (_COMMA)."""
    rx = _comma_names(lex)
    return rx.sub(lambda m: m.group(0).replace(",", _COMMA), text) if rx else text


BODY_POSSESSIVE = pattern("judgement_forms", "body_possessive")  # ("the home's setting": the area the body has)


def _aspects_in_np(lex: Lexicon, np_text: str) -> list[str]:
    """Aspects named by the subject, also as a list ("the quality of ..., and leadership and management")."""
    # Names in quote marks, each with its comma inside them ("its 'wellbeing,' 'leadership,' and 'support'")
    np_text = re.sub(r"[‘’“”\"]|(?<!\w)'|'(?!\w)", "", np_text)
    # a list item's bullet and the conjunction that opens the last item ("• And caring had fallen ...")
    np_text = re.sub(r"^\s*(?:[•·●▪*–-]\s*)?(?:(?:and|but|while|also|with)\s+)?", "", np_text, flags=re.I)
    # "the safe and well-led domains (also)": what the aspects are called, after them
    np_text = _NP_FRAME_AFTER.sub("", np_text)
    # ("our ratings for well-led, effective, caring and responsive": what the ratings are for)
    # ("Assessments of safety, respect and ...", "In 2019, assessments of ...": what was assessed)
    held = re.search(r"^.*\bfor\s+(?:its|their|the)\s+(?=\S)|^.*\b(?:ratings|grades|scores|judge?ments)\s+for\s+(?=\S)|"
                     r"^(?:[^,]{0,40},\s+)?(?:the\s+)?(?:assessments|ratings|grades|scores|judge?ments)\s+of\s+(?=\S)", np_text, re.I)
    if held:
        # "X achieved top marks for its wellbeing, leadership and support categories, all rated ...": what for
        listed = _aspects_in_np(lex, np_text[held.end():])
        if len(listed) > 1:
            return listed
    whole = _aspect_run(lex, _NP_FRAME.sub("", np_text.strip()), whole=True)
    if len(whole) > 1:
        return whole  # "the ratings for being effective, caring and responsive": one list, read whole
    # "(other) services for A, B and C": the list after what its items are services for
    np_text = re.sub(r"^(?:other\s+|all\s+|the\s+)?(?:services|provision|support|help)\s+for\s+", "", np_text, flags=re.I)
    out: list[str] = []
    missed: list[tuple[int, str]] = []
    parts = [p.replace(_COMMA, ",") for p in re.split(r",\s*(?:and\s+|as\s+well\s+as\s+)?|\s+as well as\s+", _mask_commas(lex, np_text))
             if p.strip()]
    for part in parts:
        part = _NP_FRAME.sub("", part.strip())
        missed.append((len(out), part))
        # "how safe and well-led the service is", "the ratings for effectiveness and being well led": the key
        # questions themselves, every one when the words are nothing else
        frame = _HOW_IT_IS.fullmatch(part)
        run = _aspect_run(lex, frame.group(1) if frame else part, whole=True)
        if len(run) > 1 or frame and run:
            out += [a for a in run if a not in out]
            continue
        words = re.sub(r"^(?:\s*(?:and|the|its|their|our|with)\s+)+", "", part, flags=re.I)
        # ("the home's setting": the area the body has)
        words = BODY_POSSESSIVE.sub("", words).split()
        # The longest leading run of words that is a known aspect ("quality of education services for ..."),
        # then one more at the head of what follows "and" ("safety and leadership of the trust were ...").
        for n in range(len(words), 0, -1):
            if n < len(words) and re.search(r"[’']s$", words[n - 1]):
                continue  # "the partnership's arrangements": what the possessor has, not the possessor
            hit = lex.aspect_for(" ".join(words[:n]))
            if hit:
                out.append(hit)
                rest = re.sub(r"^and\s+(?:the\s+|its\s+|their\s+|our\s+)?", "", " ".join(words[n:]), flags=re.I).split()
                more = next((lex.aspect_for(" ".join(rest[:m])) for m in range(len(rest), 0, -1)
                             if lex.aspect_for(" ".join(rest[:m]))), "") if words[n:n + 1] == ["and"] else ""
                if more and more != hit:
                    out.append(more)
                missed.pop()
                break
    if len(out) >= 2 and missed:
        # An item of a list that says in other words an aspect of the framework its neighbours come from
        # ("children who are looked after or in permanent placements" beside "adoption" and "care leavers")
        fws = {f for a in out if a in lex.aspects for f in lex.aspects[a].frameworks}
        for at, part in reversed(missed):
            hit = lex.aspect_for(near_aspect(lex, part, fws)) if fws and len(part.split()) <= 12 else ""
            if hit and hit not in out:
                out.insert(at, hit)
    return out


def _items(text: str) -> tuple[list[str], list[str]]:
    """A list's items and the separators between them, up to where the list ends."""
    rest = re.split(r"[;.)]|\s+(?:but|while|whereas)\b|[–—]", text.lstrip(" :,(–—-"), maxsplit=1)[0]
    # ("safe, effective, caring, responsive or well led": "or" parts the last item as "and" does)
    # ("patient safety as well as effectiveness and leadership": "as well as" parts items as "and" does)
    parts = re.split(r"(,?\s+and\s+|,?\s+or\s+|,?\s+as\s+well\s+as\s+|,\s*)", rest)
    return parts[::2], parts[1::2]


def _runs(lex: Lexicon, items: list[str], seps: list[str], k: int) -> list[tuple[int, str]]:
    """The aspects a run of items joined by "and" from item K names, longest first ("rehabilitation and release
    planning" is one)."""
    out = []
    for n in range(len(items), k, -1):
        # the items with the words between them as written ("learning, teaching and assessment" is one)
        joined = items[k] + "".join(seps[x] + items[x + 1] for x in range(k, n - 1))
        hit = aspect_of(lex, _run_item(joined)) if "," in "".join(seps[k:n - 1]) else ""
        if not hit and n - k > 2 and all(sep.strip() == "," for sep in seps[k:n - 1]):
            # "learning, teaching, assessment": the name with its "and" left out
            hit = aspect_of(lex, _run_item(", ".join(items[k:n - 1]) + " and " + items[n - 1]))
        hit = hit if "," in hit else ""  # only an aspect whose own name holds the comma
        if not hit and all("and" in sep for sep in seps[k:n - 1]):
            hit = aspect_of(lex, _run_item(" and ".join(items[k:n])))
        if hit:
            out.append((n, hit))
    return out


def _aspect_run(lex: Lexicon, text: str, whole: bool = False) -> list[str]:
    """The aspects a list opens with ("safe, effective and well-led, the report said" gives three); with WHOLE,
    only when every item of the text is one."""
    items, seps = _items(text)

    def best(k: int) -> tuple[int, list[str]]:
        """The reading from item K that names the most items as aspects ("investigating crime" and "managing
        offenders and suspects", not "investigating crime and managing offenders" and a stray "suspects")."""
        top: tuple[int, list[str]] = (k, [])
        for n, hit in _runs(lex, items, seps, k):
            end, more = best(n)
            if end > top[0]:
                top = (end, [hit] + more)
            if end == len(items):
                break
        return top

    k, out = best(0) if len(items) <= 12 else (0, [])
    return [] if whole and k < len(items) else out


def _graded(lex: Lexicon, item: str) -> bool:
    """Whether a list item holds a grade's name ("adequate in recording data")."""
    words_ = re.findall(r"[\w’'-]+", item)
    return any(lex.grade_for(" ".join(words_[i:i + n])) for n in (1, 2, 3, 4) for i in range(len(words_) - n + 1))


_NOT_ITEM_START = set(_words("judgement_forms", "not_aspect_starts"))


def gapped_run(lex: Lexicon, text: str) -> list[str]:
    """A whole list of areas of which some items are the framework's names and the rest say its other areas in
    words of their own ("good in public safety through fire regulation, promoting fairness and diversity and
    managing performance and developing leaders"): every item, or nothing when fewer than two are the
    framework's own or an item says none of its areas."""
    items, seps = _items(text)
    if len(items) > 12 or any(_graded(lex, item) for item in items):
        return []  # "good in A, adequate in B and C": another grade opens another list
    known = [_runs(lex, items, seps, k) for k in range(len(items))]
    fws = {f for hits in known for _, a in hits[:1] if a in lex.aspects for f in lex.aspects[a].frameworks}
    out: list[str] = []
    exact, k = 0, 0
    while k < len(items):
        if known[k]:
            k, hit = known[k][0]
            exact += 1
        else:
            # the item alone, or with the next one after "and" ("promoting values and culture")
            ends = [k + 2] if k + 1 < len(items) and "and" in seps[k] else []
            hit, n = next(((h, n) for n in [*ends, k + 1]
                           if fws and (h := lex.aspect_for(near_aspect(lex, _run_item(" and ".join(items[k:n])), fws)))),
                          ("", 0))
            own = _run_item(items[k])
            if not hit and 1 <= len(own.split()) <= 3 and re.fullmatch(r"[a-z][a-z ’'-]*", own) \
                    and own.split()[0] not in _NOT_ITEM_START:
                # ("care and support, staffing competencies and leadership": a short item in the writer's words)
                hit, n = own[:1].upper() + own[1:], k + 1
            if not hit or len(" ".join(items[k:n]).split()) > 12:
                return []
            k = n
        if hit not in out:
            out.append(hit)
    return out if exact >= 2 and len(out) >= 3 else []


def aspect_of(lex: Lexicon, text: str) -> str:
    """The aspect TEXT names, "services" after it allowed ("caring services": the key question Caring)."""
    return lex.aspect_for(text) or lex.aspect_for(re.sub(r"\s+services$", "", text))


def _run_item(item: str) -> str:
    item = re.sub(r"^(?:(?:for|at|in)\s+)?(?:(?:being|its|the|their)\s+)?", "", item.strip(), flags=re.I)
    return re.sub(r"\s+(?:key\s+)?(?:questions?|areas?|domains?|categor(?:y|ies)|judgements?|themes?|pillars?)$", "",
                  item.strip(" ."), flags=re.I)


def _colon_list(lex: Lexicon, text: str) -> list[str]:
    """The aspects a list after a colon gives, one a line or between semicolons, while each is known."""
    out = []
    for item in re.split(r"\s*;\s*(?:and\s+)?|\s*\n\s*", text.strip(), maxsplit=12):
        item = re.sub(r"^(?:[-•*·]\s*|\d+[.)]\s*)?(?:and\s+)?(?:(?:its|the|their)\s+)?", "", item.strip(), flags=re.I)
        hit = lex.aspect_for(item.rstrip(" .;,"))
        if not hit:
            break
        out.append(hit)
    return out


def _is_subject_np(ctx: Ctx, np_text: str, ins: Inspection) -> bool:
    np = _bare_np(re.sub(r"^.*?\b(?:[A-Z][\w-]+\s+)*(?:Council|Trust|Police|Service)[’']s\s+|"
                         r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:(?:[Cc]ity|[Cc]ounty|borough|district|town|metropolitan|unitary|local)\s+)*"
                         r"(?:council|authority)[’']s\s+", "",
                         np_text))
    # "Suffolk children's services", "Norfolk's safeguarding service": a place or body before the noun.
    words = np.split()
    # ("Sturminster Newton care home": a place of two or three words first)
    for n in (3, 2):
        if len(words) > n and all(w[:1].isupper() for w in words[:n]) and (
                ctx.lex.places.get(slug(" ".join(words[:n]))) or slug(" ".join(words[:n])) in ctx.lex.localities):
            words = words[n:]
            break
    # ("the south Norfolk school": a compass point before the place)
    # (a village or suburb too: "A Weston primary school")
    while words and (ctx.lex.places.get(slug(re.sub(r"[’']s$", "", words[0])))
                     or words[0][:1].isupper() and len(words) > 1 and slug(words[0]) in ctx.lex.localities
                     or words[0][:1].isupper()
                     and re.search(r"[’']s$", words[0]) or len(words) > 1 and words[0].lower() in _COMPASS
                     and ctx.lex.places.get(slug(re.sub(r"[’']s$", "", words[1])))):
        words = words[1:]
    subj = ctx.out.orgs.get(ins.subject)
    if not words and subj is not None:
        # "Torbay was judged inadequate": the place a council or body is named after stands for it
        place = slug(re.sub(r"[’']s$", "", np))
        area = ctx.lex.orgs[subj.key].area if subj.key in ctx.lex.orgs else ""
        if place and (place == area or slug(subj.label).startswith(place + "-")):
            return True
    np = " ".join(words) if words else np
    if not np:
        return False
    if re.search(r"\b(?i:council|trust|police|authority)[’']s\s+", np_text) and re.fullmatch(
            r"(?:[A-Z][\w’'-]*|and|&|of|for)(?:\s+(?:[A-Z][\w’'-]*|and|&|of|for))*\s+(?:Service|Services|Department|Directorate)",
            np):
        return True  # "the council's Children and Families Service": the body's own service by its name
    # "the NHS trust with 900 beds in Wakeley": the head noun before what follows it
    head = re.split(r"\s+(?:with|in|at|near|on|to|for|which|that|who|whose|where|serving|across|covering)\b", np, maxsplit=1)[0]
    if any(_GENERIC_SUBJECT.match(x) or re.search(r"\b(?:division|region|council|authority|trust|force|partnership|"
                                                  r"provider|organisation|agency|department|board|company|firm|hospice)$", x, re.I)
           for x in {np, head}):
        return True
    if subj is not None and _provider_person(ctx, np.strip(), subj.label):
        return True
    names = {norm(subj.label), *(norm(a) for a in subj.aliases)} if subj else set()
    n = norm(np_text)
    if subj is not None and len(subj.label.split()) >= 3:
        # "youth justice services in Oldham" for "Oldham Youth Justice Service": the body's kind, placed
        kind_words = [w for w in subj.label.split() if not ctx.lex.places.get(slug(w))]
        kind = norm(" ".join(kind_words)).rstrip("s")
        if len(kind_words) >= 2 and len(kind_words) < len(subj.label.split()) and norm(np).rstrip("s") == kind:
            return True
    return any(x and x in n for x in names)


def _provider_person(ctx: Ctx, np: str, label: str) -> bool:
    """"Sue was awarded ...": a person who is the provider, a childminder or the one the people rule found running
    it ("Sue Smith runs Sweet Peas Childcare"), by full name, first name or surname."""
    for p in ctx.out.people.values():
        parts = p.name.split()
        if np not in (p.name, parts[0], parts[-1]) or len(parts) < 2:
            continue
        if any(e.rule == "person.runs" and re.match(r"\s+\S+\s+(?:the\s+)?" + re.escape(label), ctx.doc.text[e.end:])
               for e in p.evidence) or re.search(r"\bchildminder\b", ctx.doc.text, re.I):
            return True
    return False


def _gerund(verb: str) -> str:
    """ "respond" -> "responding", "manage" -> "managing", "plan" -> "planning"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):
        return verb + verb[-1] + "ing"  # one syllable, short vowel: the consonant doubles
    return verb + "ing"


def ability_list(lex: Lexicon, text: str) -> str:
    """ "its ability to respond to the public, investigate crime and manage offenders" in the aspects' own words:
    each item's verb as the gerund an aspect opens with ("responding to the public, investigating crime and
    managing offenders"); TEXT unchanged when it does not open so."""
    m = re.match(r"\s*(?:(?:its|their|the\s+\w+[’']s)\s+)?(?:ability|capacity|effectiveness|work|efforts?)\s+(?:to|in)\s+", text, re.I)
    # ("how the force protected vulnerable people and managed offenders": the verbs as told)
    told = re.match(r"\s*how\s+(?:well\s+)?(?:the\s+(?:force|service|council|trust|school|home|prison)|it|they)\s+(?=[a-z]+(?:ed|s)\b)",
                    text, re.I) if m is None else None
    if m is None and told is None:
        return text
    firsts = {a.split()[0] for a in lex.aspect_alias if a.split()}

    def stem(verb: str) -> str:
        """The verb's base whose gerund opens an aspect ("protected" -> "protect", "manages" -> "manage")."""
        bases = [verb[:-2], verb[:-1], verb[:-3]] if verb.endswith("ed") else [verb[:-1]] if verb.endswith("s") else []
        return next((b for b in bases if b and _gerund(b) in firsts), verb)
    # (each item may be in quote marks: "its ability to 'respond to the public' and 'record data about crime'")

    def item(x: re.Match) -> str:
        if told and not re.search(r"(?:ed|s)$", x.group(2)):
            return x.group(0)  # ("how the council looks after A, B and care leavers": a noun, no verb, opens the last)
        verb = stem(x.group(2)) if told else x.group(2)
        return x.group(1) + (_gerund(verb) if _gerund(verb) in firsts else x.group(2))
    return re.sub(r"(^[‘'“\"]?|,\s*(?:and\s+)?[‘'“\"]?|[’'”\"]?\s+and\s+[‘'“\"]?)([a-z]+)\b", item, text[(m or told).end():])
