"""Inspection frameworks read from YAML data files: inspectorates, years, kinds, grade scales and aspects."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .resources import FRAMEWORKS_DIR, load_yaml

ENV_DIR = "KG_FRAMEWORKS_DIR"  # further folders of framework files (os.pathsep between them)


class FrameworkError(ValueError):
    """A framework file that does not follow the schema (the message names the file)."""


@dataclass(frozen=True)
class Grade:
    scale: str  # scale id
    label: str  # the label the scale itself uses ("Reasonably good")
    rank: int  # one axis for every scale: 10 best ... 40 worst
    notation: str = ""  # the scale's own code ("1", "RI", "6")
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Scale:
    id: str
    label: str
    grades: tuple[Grade, ...]  # best first


@dataclass(frozen=True)
class Kind:
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Aspect:
    label: str
    aliases: tuple[str, ...] = ()
    parent: str = ""
    scale: str = ""  # a scale id when this aspect is graded on another scale than the framework's first


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    inspectorates: tuple[str, ...]  # organisation keys; the first leads
    remit: tuple[str, ...]
    start: int | None
    end: int | None
    kinds: tuple[Kind, ...]
    scales: tuple[str, ...]  # scale ids, the main one first; empty when the framework gives no grades
    aspects: tuple[Aspect, ...]
    precedence: int = 100  # when two frameworks share an aspect name, the lower precedence names it
    note: str = ""
    path: str = ""
    # the areas one inspection grades side by side ("safe, effective, caring, responsive, well-led")
    area_sets: tuple[tuple[str, ...], ...] = ()

    def in_force(self, year: int | None, slack: int = 1) -> bool:
        if year is None:
            return True
        return (self.start is None or year >= self.start - slack) and (self.end is None or year <= self.end + slack)


@dataclass
class Frameworks:
    """Every framework, by id, and every grade scale they define, by id."""

    frameworks: dict[str, Framework]
    scales: dict[str, Scale]
    _by_name: dict[str, list[Grade]] = field(default_factory=dict)

    def ordered(self) -> list[Framework]:
        return sorted(self.frameworks.values(), key=lambda f: (f.precedence, f.id))

    def grades(self) -> list[Grade]:
        """Every grade of every scale, scales in framework order."""
        seen: list[str] = []
        # Scales of frameworks still in force first: a name read without context means today's scale.
        for f in sorted(self.ordered(), key=lambda f: f.end is not None):
            seen += [s for s in f.scales if s not in seen]
        seen += sorted(s for s in self.scales if s not in seen)
        return [g for s in seen for g in self.scales[s].grades]

    def by_name(self, text: str) -> list[Grade]:
        """The grades a word or phrase may name, across scales (framework order)."""
        if not self._by_name:
            for g in self.grades():
                for n in g.names:
                    self._by_name.setdefault(_key(n), []).append(g)
        return self._by_name.get(_key(text), [])

    def _memo(self) -> dict:
        # Answers by question: the frameworks do not change once loaded, and the rules ask the same few
        # questions many times a document (grade(): 7 % of extraction time, most of it sorting frameworks).
        # Kept out of the dataclass's fields, so that pickles and comparisons are as they were.
        memo = self.__dict__.get("_answers")
        if memo is None:
            memo = self.__dict__["_answers"] = {}
        return memo

    def for_inspectorates(self, inspectors: Iterable[str], year: int | None = None) -> list[Framework]:
        ins = frozenset(inspectors)
        memo = self._memo()
        key = ("for", ins, year)
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = tuple(f for f in self.ordered() if ins & set(f.inspectorates) and f.in_force(year))
        return list(hit)

    def grade(self, text: str, inspectors: Iterable[str] = (), year: int | None = None,
              strict: bool = False) -> Grade | None:
        """The grade TEXT names for an inspection by INSPECTORS in YEAR: on a scale of their frameworks in force
        that year, else of their other frameworks, else (unless STRICT and they grade on some scale) any scale's."""
        ins = frozenset(inspectors)
        memo = self._memo()
        key = ("grade", text, ins, year, strict)
        if key not in memo:
            memo[key] = self._grade(text, ins, year, strict)
        return memo[key]

    def _grade(self, text: str, inspectors: frozenset[str], year: int | None, strict: bool) -> Grade | None:
        cands = self.by_name(text)
        # The frameworks in force that year first, then the inspectorates' other frameworks; when STRICT, none
        # that ended or began years away (a 2009 care-home star word is no grade of a 2020 inspection).
        fws = self.for_inspectorates(inspectors, year) + [
            f for f in self.for_inspectorates(inspectors) if not strict or f.in_force(year, slack=4)]
        if text.strip().isdigit() and not any(g.scale in f.scales for f in fws for g in cands):
            # a bare score ("Play and learning - 5") is the grade of that number on the inspection's own scale,
            # when none of its scales is one of scores
            cands = [g for f in fws for s in f.scales if s in self.scales for g in self.scales[s].grades
                     if g.notation == text.strip()] + cands
        if not cands:
            return None
        for f in fws:
            for s in f.scales:
                hit = next((g for g in cands if g.scale == s), None)
                if hit:
                    return hit
        graded = any(f.scales for f in fws)
        return None if strict and graded else cands[0]

    def extreme(self, inspectors: Iterable[str], year: int | None, kind: str, worst: bool,
                only: Iterable[str] = ()) -> Grade | None:
        """The worst (or best) grade of the scale an inspection by INSPECTORS in YEAR of KIND is graded on: the
        frameworks that name the kind, else all theirs then in force (of ONLY, the frameworks of the areas
        graded, when given); None when their scales disagree."""
        fws = [f for f in self.for_inspectorates(inspectors, year) if f.scales and f.scales[0] in self.scales]
        fws = [f for f in fws if f.id in set(only)] or fws if only else fws
        named = [f for f in fws if any(_key(kind) in {_key(n) for n in (k.label, *k.aliases)} for k in f.kinds)]
        ends = {(g.label, g.scale): g for f in (named or fws)
                for g in [self.scales[f.scales[0]].grades[-1 if worst else 0]]}
        labels = {label for label, _ in ends}
        return next(iter(ends.values())) if len(labels) == 1 else None

    def word_pattern(self) -> str:
        """A regex alternation of every grade name with a letter in it (bare scores are left out), longest first."""
        names = {n for g in self.grades() for n in g.names if re.search(r"[A-Za-z]", n) and not re.search(r"\d", n)}
        return "|".join(_loose_rx(n) for n in sorted(names, key=lambda n: (-len(n), n.lower())))


def _key(text: str) -> str:
    text = text.replace("’", "'").replace("&", " and ").casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s/]", " ", text)).strip()


def _loose_rx(name: str) -> str:
    """A grade name as a regex: any run of spaces or a hyphen between words, either apostrophe."""
    # ("Unsatisfactory & needs urgent improvement": "and" either way)
    parts = ["(?:and|&)" if w.lower() in ("and", "&") else re.escape(w).replace("'", "['’]")
             for w in re.split(r"[\s-]+", name.strip())]
    return r"[\s-]+".join(parts)


def folders() -> tuple[Path, ...]:
    """The package's frameworks, then any folders named in $KG_FRAMEWORKS_DIR (later files replace earlier ids)."""
    extra = [Path(p) for p in os.environ.get(ENV_DIR, "").split(os.pathsep) if p.strip()]
    return (FRAMEWORKS_DIR, *extra)


def files(dirs: Iterable[Path] | None = None) -> list[Path]:
    return [p for d in (folders() if dirs is None else dirs) for p in sorted(Path(d).glob("*.y*ml"))]


def load(dirs: Iterable[Path] | None = None) -> Frameworks:
    """The frameworks of the package and of $KG_FRAMEWORKS_DIR (or of DIRS), read once per set of folders."""
    return _load(tuple(folders() if dirs is None else dirs))


@lru_cache(maxsize=4)
def _load(dirs: tuple[Path, ...]) -> Frameworks:
    raw: dict[str, tuple[dict, Path]] = {}
    for path in files(dirs):
        data = load_yaml(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data.get("id"):
            raise FrameworkError(f"{path}: a framework file is a mapping with an 'id'")
        raw[str(data["id"])] = (data, path)  # a later folder replaces a framework of the same id
    scales: dict[str, Scale] = {}
    for data, path in raw.values():
        for s in data.get("scales") or []:
            if isinstance(s, dict):
                scale = _scale(s, path)
                if scale.id in scales and scales[scale.id] != scale:
                    raise FrameworkError(f"{path}: scale {scale.id!r} is defined twice, differently")
                scales[scale.id] = scale
    out = {fid: _framework(data, path, scales) for fid, (data, path) in raw.items()}
    return Frameworks(out, scales)


def _strs(value, path: Path, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise FrameworkError(f"{path}: {what} must be a list of strings")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _scale(s: dict, path: Path) -> Scale:
    sid = str(s.get("id") or "")
    rows = s.get("grades")
    if not sid or not isinstance(rows, list) or not rows:
        raise FrameworkError(f"{path}: a scale needs an 'id' and a list of 'grades' (best first)")
    grades = []
    for n, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("label"):
            raise FrameworkError(f"{path}: scale {sid!r}: every grade needs a 'label'")
        # Without a rank, a grade's place in the list spreads it over the shared axis 10 (best) .. 40 (worst).
        rank = row.get("rank", round(10 + 30 * n / max(1, len(rows) - 1)))
        grades.append(Grade(sid, str(row["label"]), int(rank), str(row.get("notation", "")),
                            _strs(row.get("aliases"), path, f"scale {sid!r} aliases")))
    ranks = [g.rank for g in grades]
    if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
        raise FrameworkError(f"{path}: scale {sid!r}: ranks must rise strictly from the best grade to the worst")
    return Scale(sid, str(s.get("label") or sid), tuple(grades))


def _year(value, path: Path) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise FrameworkError(f"{path}: years must be whole years, not {value!r}") from None


def _framework(data: dict, path: Path, scales: dict[str, Scale]) -> Framework:
    fid = str(data["id"])
    if not data.get("inspectorate"):
        raise FrameworkError(f"{path}: framework {fid!r} needs an 'inspectorate'")
    years = data.get("years") or {}
    start, end = _year(years.get("from"), path), _year(years.get("to"), path)
    if start and end and end < start:
        raise FrameworkError(f"{path}: years run backwards")
    scale_ids = tuple(s["id"] if isinstance(s, dict) else str(s) for s in data.get("scales") or [])
    for s in scale_ids:
        if s not in scales:
            raise FrameworkError(f"{path}: unknown scale {s!r} (define it with 'id' and 'grades' in some framework)")
    kinds = tuple(Kind(str(k["label"]), _strs(k.get("aliases"), path, "kind aliases")) if isinstance(k, dict)
                  else Kind(str(k)) for k in data.get("kinds") or [])
    aspects = []
    for a in data.get("aspects") or []:
        if isinstance(a, str):
            a = {"label": a}
        if not isinstance(a, dict) or not a.get("label"):
            raise FrameworkError(f"{path}: every aspect needs a 'label'")
        if a.get("scale") and a["scale"] not in scale_ids:
            raise FrameworkError(f"{path}: aspect {a['label']!r} names scale {a['scale']!r}, not one of the framework's")
        aspects.append(Aspect(str(a["label"]), _strs(a.get("aliases"), path, "aspect aliases"),
                              str(a.get("parent") or ""), str(a.get("scale") or "")))
    labels = {a.label for a in aspects}
    area_sets = tuple(_strs(x, path, "area_sets") for x in data.get("area_sets") or [])
    for group in area_sets:
        if not set(group) <= labels:
            raise FrameworkError(f"{path}: area_sets names {sorted(set(group) - labels)}, not aspects of the framework")
    return Framework(fid, str(data.get("name") or fid),
                     (str(data["inspectorate"]), *_strs(data.get("joint_with"), path, "joint_with")),
                     _strs(data.get("remit"), path, "remit"), start, end, kinds, scale_ids, tuple(aspects),
                     int(data.get("precedence", 100)), str(data.get("note") or ""), str(path), area_sets)
