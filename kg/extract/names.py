"""Person-name candidates: runs of capitalised name words, honorifics and speech verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..resources import rule_file

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "professor", "prof", "sir", "dame", "lord", "lady",
              "baroness", "baron", "cllr", "councillor", "rev", "revd", "reverend", "judge", "justice"}


SPEECH = {"said", "says", "added", "adds", "told", "explained", "commented", "welcomed", "warned",
          "admitted", "stated", "insisted", "acknowledged", "responded", "replied", "noted", "argued",
          "believes", "described", "wrote", "writes", "praised", "urged", "called", "confirmed", "stressed",
          "put", "puts", "answered", "answers", "recalled", "reflected", "conceded"}


NOT_NAME = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "we",
            "in", "on", "at", "for", "of", "and", "but", "or", "if", "when", "while", "after", "before", "as",
            "inspectors", "inspector", "council", "county", "city", "borough", "district", "children", "young",
            "people", "families", "services", "service", "social", "care", "report", "board", "chief", "executive",
            "director", "officer", "member", "cabinet", "leader", "deputy", "head", "chair", "chairman",
            "minister", "secretary", "government", "department", "ofsted", "cafcass", "family", "court", "law",
            "public", "private", "safeguarding", "child", "protection", "overall", "national", "regional",
            "local", "authority", "trust", "news", "online", "today", "yesterday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
            "dr", "professor", "cllr", "councillor", "sir", "dame", "lord", "lady", "baroness", "majesty", "majesty's", "hm", "commission", "inspectorate", "office", "agency", "partnership",
            "hospital", "police", "health", "education", "skills", "england", "wales", "britain", "uk", "read",
            "comments", "comment", "share", "related", "picture", "photo", "credit", "source", "what", "how",
            "why", "who", "where", "key", "findings", "recommendation", "recommendations", "letter", "visit",
            "inspection", "grade", "rating", "good", "outstanding", "inadequate", "requires", "improvement",
            "adequate", "satisfactory", "said", "says", "staff", "team", "teams", "legacy", "unit",
            "group", "hub", "plan", "programme", "framework", "strategy", "policy", "act", "bill", "street",
            "road", "house", "hall", "centre", "park", "school", "college", "university", "academy", "nhs",
            "i", "it", "he", "she", "they", "you", "there", "here", "mayor", "commissioner", "covid", "all",
            "some", "many", "most", "every", "each", "no", "not", "yes", "also", "just", "only", "further",
            "by", "from", "with", "to", "via", "per", "dear", "madam", "yours"}


def _is_name_token(tok) -> bool:
    return _name_word(tok.text)


@lru_cache(maxsize=65536)
def _name_word(t: str) -> bool:
    if not t[:1].isupper() or not any(c.isalpha() for c in t):
        return False
    if t.isupper() and len(t) > 1:
        return False  # acronyms and shouting headlines
    if t.lower() in NOT_NAME or t.lower().rstrip("s") in NOT_NAME:
        return False
    return bool(re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+", t))


@lru_cache(maxsize=1)
def _surname_words() -> frozenset[str]:
    lines = rule_file("surname_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _surname_word(t: str) -> bool:
    return t.lower() in _surname_words() and bool(re.fullmatch(r"[A-Z][a-z]+", t))


@dataclass
class NameHit:
    start: int  # token indices of the name
    end: int
    honorific: str = ""
    outer: int = -1  # first token, the honorific included


PARTICLES = {"ap", "ab", "van", "von", "de", "da", "di", "du", "le", "la", "bin", "binti", "al", "el", "der", "den", "ter"}


def name_candidates(doc: Doc, blocked: set[int], soft: frozenset[int] = frozenset()) -> list[NameHit]:
    """Runs of two to four capitalised name-like tokens (or an honorific and one or more); double-barrelled
    surnames ("Osei-Bonsu") and particles ("ap Dafydd", "van der Berg") are part of the run."""
    hits = []
    i = 0
    n = len(doc)
    texts = [t.text for t in doc]  # plain lists: indexing a Doc builds a Token object each time
    spaces = [t.whitespace_ for t in doc]
    while i < n:
        tok = texts[i]
        hon = ""
        j = i
        if tok.lower().rstrip(".") in HONORIFICS and tok[:1].isupper():
            hon = tok.rstrip(".")
            j = i + 1
            if j < n and texts[j] == ".":
                j += 1
        k = j
        words = 0
        while k < n and words < 4:
            t = texts[k]
            if (k not in blocked or ((k > j or hon) and k in soft)) and _name_word(t):
                k += 1
                words += 1
            elif k > j and words >= 1 and k not in blocked and _surname_word(t):
                k += 1
                words += 1
                break  # "Jane Read": an everyday word ends a name, it never starts one
            elif k > j and t in ("-", "‑") and not spaces[k - 1] and not spaces[k] \
                    and k + 1 < n and _name_word(texts[k + 1]):
                k += 2  # a double-barrelled surname
            elif k > j and t.lower() in PARTICLES and t.islower() and k + 1 < n \
                    and _name_word(texts[k + 1]) and k + 1 not in blocked:
                k += 1
                continue
            else:
                break
            if "\n" in spaces[k - 1]:
                break
        while k > j and texts[k - 1].lower() in PARTICLES:
            k -= 1
        count = sum(1 for t in texts[j:k] if _name_word(t) or _surname_word(t))
        if count >= 2 or (hon and count >= 1):
            hits.append(NameHit(j, k, hon, i))
            i = k
        else:
            i += 1
    return hits


def _is_honorific(tok) -> bool:
    return tok.text.lower().rstrip(".") in HONORIFICS and tok.text[:1].isupper()
