"""The spaCy pipeline: a blank English tokenizer with rule components built from the lexicons."""

from __future__ import annotations

import hashlib
import itertools
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .cache import cache_dir, kept  # noqa: F401 - cache_dir re-exported (where the pipeline is kept)
from .frameworks import files as framework_files
from .frameworks import folders as framework_folders
from .lexicon import DATA, Lexicon, load, norm, variants
from .resources import rule_files


def _ambiguous_places() -> frozenset[str]:
    """Place names that are also everyday words or personal names (data/ambiguous_places.txt)."""
    path = DATA / "ambiguous_places.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


COMMON_WORD_PLACES = {"Reading", "Bath", "Wells", "March", "Rugby", "Bury", "Deal", "Hyde", "Sale",
                      "Stone", "Street", "Ware"}


def _patterns(nlp: Language, lex: Lexicon) -> tuple[PhraseMatcher, PhraseMatcher, dict[int, list[Doc]]]:
    """The exact and the case-blind matcher of the lexicon's names, with the pattern docs added to each
    (by id of the matcher)."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    loose = PhraseMatcher(nlp.vocab, attr="LOWER")
    added: dict[int, list[Doc]] = {id(exact): [], id(loose): []}

    def add(matcher: PhraseMatcher, label: str, key: str, names: set[str]) -> None:
        docs = [nlp.make_doc(n) for name in names for n in variants(name)]
        matcher.add(f"{label}|{key}", docs)
        added[id(matcher)] += docs

    # (a place's name is no body's: "Telford and Wrekin" is the area, "Telford & Wrekin" may be its council)
    place_names = {norm(n) for p in lex.places.values() for n in (p.label, *p.aliases)}
    for o in lex.orgs.values():
        names = {o.label, *o.aliases}
        names |= {n[4:] for n in names if n.startswith("The ") and len(n.split()) > 2}
        names |= {v for n in names for v in _ampersands(n) if norm(v) not in place_names}
        add(exact, "ORG", o.key, names)
        # Long names are matched whatever their case ("norfolk county council").
        add(loose, "ORG", o.key, {n for n in names if len(n.split()) >= 3})
    for p in lex.places.values():
        names = {p.label, *p.aliases}
        # ("Epsom & Ewell's representative": the district, not two towns)
        add(exact, "PLACE", p.key, {v for n in names for v in _ampersands(n)})
        if p.kind == "region":
            add(loose, "PLACE", p.key, {n for n in names if len(n.split()) >= 2})
    for r in lex.roles.values():
        add(loose, "ROLE", r.label, {r.label, *r.aliases})
    for t in lex.titles:
        # Titles that name their body (HM Chief Inspector) carry the body; generic ones are roles.
        names = {t.label, *t.aliases}
        add(loose, "TITLE", f"{t.org}#{t.label}", {n for n in names if n.lower() not in lex.roles})
    for g in lex.grades.values():
        # Every grade name of the frameworks; bare scores ("2") are read only where the text says "score", but a
        # score out of its scale's top ("6 out of 6") is a grade wherever it stands.
        add(loose, "GRADE", g.label, {v for n in (g.label, *g.aliases) if not any(c.isdigit() for c in n)
                                      or len(n.split()) >= 3 for v in _ampersands(n)})
    by_label: dict[str, set[str]] = {}
    for a in lex.aspects.values():
        for name in {a.label, *a.aliases}:
            by_label.setdefault(lex.aspect_for(name), set()).add(name)
            if re.match(r"the\s+\S+\s+\S", name, re.I):
                # ("judged 'impact of leaders on social work practice ...'": a label's name without its article)
                by_label[lex.aspect_for(name)].add(re.sub(r"^the\s+", "", name, flags=re.I))
    for label, names in by_label.items():
        # One-word aspects ("Safe", "Staff") are everyday words: only their capitalised form counts,
        # or "for being safe" (the CQC's key questions in running text).
        add(loose, "ASPECT", label, {v for n in names if len(nlp.make_doc(n)) > 1 for v in _ampersands(n)})
        singles = {n for n in names if len(nlp.make_doc(n)) == 1}
        add(exact, "ASPECT", label, {n[:1].upper() + n[1:] for n in singles})
        add(loose, "ASPECT", label, {"being " + n.lower() for n in singles})
    for k, aliases in lex.kinds.items():
        names = {k, *aliases}
        add(loose, "KIND", k, names | {n + "s" for n in names if n[-1:].isalpha() and not n.endswith("s")})
    return exact, loose, added


def _ampersands(name: str) -> set[str]:
    """NAME with each "and" and "&" written either way: names mix the two ("Constabulary & Fire and Rescue
    Services")."""
    parts = re.split(r"\s+(?:and|&)\s+", name)
    if len(parts) == 1 or len(parts) > 4:
        return {name}
    out = set()
    for bits in itertools.product((" and ", " & "), repeat=len(parts) - 1):
        out.add(parts[0] + "".join(b + p for b, p in zip(bits, parts[1:], strict=True)))
    return out


class PhraseIndex:
    """What a PhraseMatcher finds, as plain dictionaries: token tuples (the hashes of their texts, or of their
    lower-case forms: what the matcher compares) -> the (label, key) pairs of the names spelt so, in the
    matcher's own order. It pickles as plain data, so that the cached pipeline loads in milliseconds where
    the matchers re-added every pattern."""

    def __init__(self, matcher: PhraseMatcher, pattern_docs: list[Doc], lower: bool):
        self.attr = LOWER if lower else ORTH
        self.names: dict[tuple[int, ...], tuple[tuple[str, str], ...]] = {}
        for doc in pattern_docs:
            words = tuple(doc.to_array(self.attr).tolist())
            if words and words not in self.names:
                # The matcher lists the names of one token sequence in its own order: ask it, on the pattern.
                found = [m for m, start, end in matcher(doc) if start == 0 and end == len(doc)]
                self.names[words] = tuple(tuple(doc.vocab.strings[m].split("|", 1)) for m in found)
        self.lengths: dict[int, tuple[int, ...]] = {}  # first word -> the lengths of names starting with it
        for words in self.names:
            self.lengths[words[0]] = tuple(sorted({*self.lengths.get(words[0], ()), len(words)}))

    def __call__(self, doc: Doc) -> list[tuple[str, str, int, int]]:
        """(label, key, start, end) of every name in the doc, ordered as the matcher orders them: by start,
        then end."""
        words = doc.to_array(self.attr).tolist() if len(doc) else []
        out = []
        for start, word in enumerate(words):
            for n in self.lengths.get(word, ()):
                if start + n <= len(words):
                    for label, key in self.names.get(tuple(words[start:start + n]), ()):
                        out.append((label, key, start, start + n))
        return out


def _index(nlp: Language, lex: Lexicon) -> tuple[PhraseIndex, PhraseIndex]:
    """The lexicon's phrase matchers, turned into plain indexes (spaCy's tokenizer makes the patterns)."""
    exact, loose, docs = _patterns(nlp, lex)
    return PhraseIndex(exact, docs[id(exact)], lower=False), PhraseIndex(loose, docs[id(loose)], lower=True)


@Language.factory("lexicon_tagger")
class LexiconTagger:
    """Marks every lexicon term in doc.spans["lex"] (label = category, kb_id = key)."""

    def __init__(self, nlp: Language, name: str):
        lex = load()
        self.ambiguous = _ambiguous_places()
        # The patterns are tokenised with a pipeline of their own, so that their words do not stay in this
        # pipeline's vocabulary (and its pickle).
        self.exact, self.loose = _index(spacy.blank("en"), lex)
        # A public body named after the area it serves ("Dorset Police"): that place still counts as named.
        self.nested_places = {k: e.area for k, e in lex.orgs.items() if e.register and e.area}
        from .extract.rules import word_map  # (here, not at import: the extract package imports this module)

        self.body_heads = frozenset(word_map("bodies", "head_kind"))  # "police", "council", "trust", ...

    def shouted(self, doc: Doc) -> list[tuple[str, str, int, int]]:
        """Places in a paragraph's first words set in capitals, as regional papers open their stories ("A
        QUARRY Bank school has ...", "A WALSALL care home"): read as the place's name in its usual case."""
        out = []
        for i in range(len(doc)):
            if i and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
                continue  # (only a paragraph's first words)
            for k in range(i, min(i + 3, len(doc))):
                t = doc[k]
                if not (t.is_alpha and t.is_upper and len(t) >= 3):
                    continue
                first = get_string_id(t.text.title())
                for n in self.exact.lengths.get(first, ()):
                    if k + n <= len(doc):
                        words = (first, *(x.orth for x in doc[k + 1:k + n]))
                        out += [(label, key, k, k + n) for label, key in self.exact.names.get(words, ()) if label == "PLACE"]
        return out

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for index in (self.exact, self.loose, self.shouted):
            for label, key, start, end in index(doc):
                if label == "PLACE" and doc[start:end].text in self.ambiguous:
                    # "Reading the report", "Stanley Barnes": a place only away from a sentence start and
                    # not next to another capitalised word.
                    nxt = doc[end] if end < len(doc) else None
                    prv = doc[start - 1] if start > 0 else None
                    # ... but "Derbyshire and Oxfordshire also have ..." opens a list of places
                    listed = nxt is not None and nxt.lower_ in ("and", ",", "&") and end + 1 < len(doc) \
                        and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha
                    if nxt is not None and nxt.text == "City" and not doc[start].is_sent_start \
                            and not (end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
                        # "the Probation Delivery Unit in Derby City has been rated": the city's area by its
                        # usual name
                        found.append(Span(doc, start, end + 1, label=label, kb_id=key))
                        continue
                    if (doc[start].is_sent_start and not listed) or (nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha) \
                            or (prv is not None and prv.text[:1].isupper() and prv.is_alpha and not prv.is_sent_start):
                        continue
                found.append(Span(doc, start, end, label=label, kb_id=key))
        by_cat: dict[str, list[Span]] = {}
        for s in found:
            by_cat.setdefault("entity" if s.label_ in ("ORG", "PLACE") else s.label_, []).append(s)
        # "Cleveland Police Chief Constable Richard Lewis": a role opened by a body's head word ("Police Chief")
        # gives way to the one it overlaps, next to the name (not to a role inside it: "Dorset's Police and Crime
        # Commissioner").
        roles = by_cat.get("ROLE", [])
        # ("Service director NAME" opens its sentence: the capital is the sentence's, and the longer role is
        # another; "Council leader NAME" is the leader either way, in the shorter words)
        by_cat["ROLE"] = [r for r in roles if not (doc[r.start].text[:1].isupper() and doc[r.start].lower_ in self.body_heads
                                                   and any(r.start < o.start < r.end < o.end and not (
                                                       doc[r.start].is_sent_start and o.kb_id_ != r.kb_id_)
                                                       for o in roles))]
        # Within one family the longest match wins; families may overlap (a role inside a title).
        kept = [s for spans in by_cat.values() for s in filter_spans(spans)]
        # ("‘How good is our staff team?’ was rated as adequate": a grade word inside an area's name grades nothing)
        asked = [s for s in kept if s.label_ == "ASPECT" and doc[s.end - 1].text == "?"]
        kept = [s for s in kept if not (s.label_ == "GRADE" and any(a.start <= s.start and s.end <= a.end for a in asked))]
        hosts = [s for s in kept if s.label_ == "ORG" and s.kb_id_ in self.nested_places]
        nested = [p for p in by_cat.get("entity", []) if p.label_ == "PLACE" and p not in kept
                  and any(h.start <= p.start and p.end <= h.end and self.nested_places[h.kb_id_] == p.kb_id_
                          for h in hosts)]
        doc.spans["lex"] = kept + filter_spans(nested)
        return doc


_AFTER_QUESTION = ("’", "'", "”", '"', ",")  # what may close a quoted question inside a sentence


def _asked(strings, words: list[int], i: int) -> bool:
    """Whether token I is a question or exclamation mark, or closes one with quote marks and commas ("?’,")."""
    while i >= 0 and strings[words[i]] in _AFTER_QUESTION:
        i -= 1
    return i >= 0 and strings[words[i]] in ("?", "!")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (headlines and list items have no full stop)."""
    if len(doc) < 2:
        return doc
    # One array write: setting Token.is_sent_start one token at a time rescans the document each time. A
    # token holds a line break in its text (its trailing whitespace is one space or none): found by the
    # token's string id, so that no Token object is made.
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH)
    breaks = {o for o in set(orths[:-1].tolist()) if "\n" in strings[o]}
    starts = doc.to_array(["SENT_START"]).astype("int64")  # (-1, "no sentence starts here", as uint64 wraps)
    words = orths.tolist()
    for i, orth in enumerate(words[:-1]):
        if orth in breaks:
            starts[i + 1] = 1
        elif starts[i + 1] == 1 and (strings[words[i + 1]][:1].islower() and _asked(strings, words, i)
                                     or strings[words[i]] in ("‘", "“") and _asked(strings, words, i - 1)):
            # "for 'how good is our leadership?' and 'how good is our staff team?'", "questions: ‘How good are
            # outcomes?’ ‘How good is provision?’ and ...": a question quoted inside a sentence does not end it
            starts[i + 1] = -1
    doc.from_array(["SENT_START"], starts.astype("uint64"))
    return doc


def build_pipeline() -> Language:
    """Blank English with a sentencizer and the lexicon rules; nothing is downloaded."""
    nlp = spacy.blank("en")
    nlp.max_length = 60_000_000
    # a dash straight after a closing quote is a word of its own ("to be ‘outstanding’- a marked improvement")
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        [*nlp.Defaults.suffixes, r"(?<=[’'\"”])[-–—]"]).search
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("paragraph_breaks")
    nlp.add_pipe("lexicon_tagger")
    return nlp


def cache_key() -> str:
    """Changes with anything the pipeline or the rules are built from: this module, the lexicons, every module
    of the extraction package, the rule files in use, spaCy's version."""
    h = hashlib.sha256(spacy.__version__.encode())
    here = Path(__file__).parent
    code = [Path(__file__), here / "lexicon.py", here / "frameworks.py", *sorted((here / "extract").glob("*.py"))]
    for path in [*code, *sorted(DATA.glob("*.csv")), *sorted(DATA.glob("*.txt")), *rule_files(), *framework_files()]:
        h.update(path.parent.name.encode() + b"/" + path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:24]


def pipeline() -> Language:
    """The pipeline for the frameworks in force (the package's and $KG_FRAMEWORKS_DIR's)."""
    return _pipeline(framework_folders())


@lru_cache(maxsize=2)
def _pipeline(_framework_dirs: tuple) -> Language:
    """The pipeline, loaded from the cache when one was built from the same lexicons and code (what an
    incremental build waits for), else built and cached."""
    return kept("pipeline", cache_key, build_pipeline, Language)


pipeline.cache_clear = _pipeline.cache_clear  # type: ignore[attr-defined]  # tests rebuild it
