"""Person-name candidates: runs of capitalised name words, honorifics and speech verbs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

from .rules import pattern, words

HONORIFICS = words("names", "honorifics")
SPEECH = words("names", "speech")
NOT_NAME = words("names", "not_name")
_NAME_WORD = pattern("names", "name_word")


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
    return bool(_NAME_WORD.fullmatch(t))


_SURNAME_WORDS = words("names", "surname_words")
_GIVEN_WORDS = set(words("names", "given_words"))
_MONTH_GIVEN = set(words("names", "month_given"))
_BEFORE_MONTH = set(words("names", "before_month"))


def _surname_word(t: str) -> bool:
    """"Read", "Hall": an everyday word (not_name) that is also a common surname, capitalised."""
    return t.lower() in _SURNAME_WORDS and t[:1].isupper() and t[1:].islower() and t.isalpha()


def _month_surname(t: str, nxt: str) -> bool:
    """"Anthony May", "Mr May": a month that is also a surname, after a first name or a title (not before a
    day or a year: "Leeds May 2024")."""
    return t.lower() in _MONTH_GIVEN and t[:1].isupper() and t[1:].islower() and not nxt[:1].isdigit()


@dataclass
class NameHit:
    start: int  # token indices of the name
    end: int
    honorific: str = ""
    outer: int = -1  # first token, the honorific included


PARTICLES = words("names", "particles")


def name_candidates(doc: Doc, blocked: set[int], soft: frozenset[int] = frozenset()) -> list[NameHit]:
    """Runs of two to four capitalised name-like tokens (or an honorific and one or more); double-barrelled
    surnames ("Osei-Bonsu") and particles ("ap Dafydd", "van der Berg") are part of the run."""
    hits = []
    i = 0
    n = len(doc)
    # Plain lists, read from the doc's arrays: indexing or iterating a Doc builds a Token object each time.
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist() if n else []
    texts = [strings[orth] for orth, _ in rows]
    spaces = [" " if space else "" for _, space in rows]
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
            elif k == j and t.lower() in _GIVEN_WORDS and t[:1].isupper() and t[1:].islower() and k not in blocked \
                    and k + 1 < n and k + 1 not in blocked and _name_word(texts[k + 1]) and "\n" not in spaces[k]:
                k += 1  # "Bill Webster": an everyday word that is a first name, before a name word
                words += 1
                continue
            elif k == j and not hon and t.lower() in _MONTH_GIVEN and t[:1].isupper() and t[1:].islower() \
                    and k not in blocked and k + 1 < n and k + 1 not in blocked and _name_word(texts[k + 1]) \
                    and "\n" not in spaces[k] and not (k > 0 and (texts[k - 1].lower() in _BEFORE_MONTH
                                                                 or texts[k - 1].isdigit())) \
                    and not (k + 2 < n and spaces[k + 1] and _name_word(texts[k + 2])):
                k += 2  # "April King": a month that is a first name, before one surname
                words += 2
                break
            elif (k > j and words >= 1 or hon and k == j) and k not in blocked \
                    and (_surname_word(t) or _month_surname(t, texts[k + 1] if k + 1 < n else "")):
                k += 1
                words += 1
                break  # "Jane Read", "Anthony May", "Mr May": an everyday word ends a name, it never starts one
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
        count = sum(1 for x, t in enumerate(texts[j:k], j) if _name_word(t) or _surname_word(t)
                    or x > j and _month_surname(t, "")) \
            + (k > j and (texts[j].lower() in _GIVEN_WORDS or texts[j].lower() in _MONTH_GIVEN))
        if count >= 2 or (hon and count >= 1):
            hits.append(NameHit(j, k, hon, i))
            i = k
        else:
            i += 1
    return hits


def _is_honorific(tok) -> bool:
    return tok.text.lower().rstrip(".") in HONORIFICS and tok.text[:1].isupper()
