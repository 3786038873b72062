"""The lexicons in kg/resources/lexicons/ (bodies, councils, places, roles, titles, inspection kinds), with the
grades and aspects of the inspection frameworks (kg/resources/frameworks/)."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from . import frameworks as fw
from .cache import digest, kept
from .resources import LEXICONS_DIR as DATA

# The first letter of a GSS code names the country ("S12000049" is a Scottish council area).
_GSS_COUNTRY = {"E": "England", "W": "Wales", "S": "Scotland", "N": "Northern Ireland"}


def slug(text: str) -> str:
    """A stable, readable IRI segment: ASCII, lowercase, words joined by hyphens."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("&", " and "))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s\b", "s", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80] or "x"


@lru_cache(maxsize=1 << 16)  # rules ask for the same names over and over
def norm(text: str) -> str:
    """A loose comparison key: case, apostrophes, punctuation and a leading "the" ignored."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("&", " and "))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"[^\w\s]", " ", text).replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


_COMPASS = re.compile(r"\b(North|South|north|south) (East|West|east|west)\b")


def variants(text: str) -> set[str]:
    """Spelling variants the press uses for one name: curly and straight apostrophes; "North-East" for "North East"."""
    out = {text, text.replace("'", "’"), text.replace("’", "'")}
    out |= {_COMPASS.sub(r"\1-\2", v) for v in out}
    return {v for v in out if v.strip()}


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def _split(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


@dataclass
class OrgEntry:
    key: str
    label: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    area: str = ""  # place key, for councils
    gss: str = ""  # the body's code: GSS for councils and police force areas, ODS for NHS bodies
    la_kind: str = ""
    register: str = ""  # police force, NHS trust, prison ... (public_bodies.csv)
    former_codes: list[str] = field(default_factory=list)
    valid_from: str = ""
    valid_to: str = ""  # the last day the body existed, for abolished councils and closed bodies
    successors: list[str] = field(default_factory=list)  # org keys
    country: str = ""  # England, Wales, Scotland, Northern Ireland (register bodies)


@dataclass
class PlaceEntry:
    key: str
    label: str
    kind: str
    gss: str = ""
    parent: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class RoleEntry:
    label: str
    aliases: list[str]
    category: str
    org: str = ""  # org key when the title belongs to one body (e.g. HM Chief Inspector -> Ofsted)


@dataclass
class GradeEntry:
    """A grade label across the scales that use it (each scale's own grade is in kg.frameworks)."""

    label: str
    rank: int  # the rank of its first scale in framework order
    notation: str
    aliases: list[str]
    scales: list[str] = field(default_factory=list)


@dataclass
class AspectEntry:
    label: str
    aliases: list[str]
    frameworks: list[str]
    parent: str = ""


@dataclass
class Lexicon:
    orgs: dict[str, OrgEntry]
    places: dict[str, PlaceEntry]
    roles: dict[str, RoleEntry]
    titles: list[RoleEntry]
    grades: dict[str, GradeEntry]
    aspects: dict[str, AspectEntry]
    kinds: dict[str, list[str]]
    council_by_area: dict[str, str]  # place key -> org key
    aspect_alias: dict[str, str] = field(default_factory=dict)  # norm(name) -> aspect label
    org_alias: dict[str, str] = field(default_factory=dict)  # norm(name) -> org key
    frameworks: fw.Frameworks | None = None
    localities: dict[str, PlaceEntry] = field(default_factory=dict)  # slug -> village or suburb

    def grade_for(self, text: str, inspectors: tuple[str, ...] | list[str] = (), year: int | None = None) -> str:
        """The grade label TEXT names, read on the scales of the inspectorates' frameworks when they have it."""
        assert self.frameworks is not None
        g = self.frameworks.grade(text, inspectors, year)
        return g.label if g else ""

    def country_of(self, place: str) -> str:
        """The UK country a place (key) lies in, from its GSS code or its parents', or ""."""
        seen: set[str] = set()
        while place and place not in seen:
            seen.add(place)
            p = self.places.get(place)
            if p is None:
                return ""
            if p.gss[:1] in _GSS_COUNTRY:
                return _GSS_COUNTRY[p.gss[:1]]
            if p.parent in _GSS_COUNTRY.values():
                return p.parent
            place = slug(p.parent)
        return ""

    def nations(self, orgs, places=()) -> set[str]:
        """The UK nations of the inspectorates among ORGS (keys), else of PLACES (keys): where an article is set."""
        got = {self.orgs[k].country for k in orgs if k in self.orgs and self.orgs[k].kind == "inspectorate"
               and self.orgs[k].country in _GSS_COUNTRY.values()}
        return got or {self.country_of(k) for k in places} - {""}

    def aspect_for(self, text: str) -> str:
        key = norm(text)
        # "the level of care and support", "the standard of teaching": the aspect itself
        # ("ensuring it is affordable both now and in the future": "both" adds nothing to a name)
        # ("their management and leadership skills": the area the skills are of)
        return self.aspect_alias.get(key, "") or self.aspect_alias.get(_MEASURE_OF.sub("", key), "") \
            or self.aspect_alias.get(key.replace("both ", ""), "") or self._plural_of_aspect(key) \
            or (self.aspect_alias.get(_SKILLS.sub("", key), "") if _SKILLS.search(key) else "")

    def _plural_of_aspect(self, key: str) -> str:
        """An aspect the text names with words in the plural where its name has them in the singular ("behaviours
        and attitudes"), or the other way round ("the experience and progress of children")."""
        # (names of three words or more: "supports", "emergency departments" are words in passing)
        return self.aspect_singular.get(singular(key), "") if key.count(" ") >= 2 else ""

    @cached_property
    def aspect_singular(self) -> dict[str, str]:
        """The aspect names with each word in the singular ("behaviours and attitudes", "progresses of children"
        are the framework's "behaviour and attitudes", "progress of children"), for a name the press pluralised."""
        out: dict[str, str] = {}
        for key, label in self.aspect_alias.items():
            out.setdefault(singular(key), label)
        return out

    @cached_property
    def lower_org_names(self) -> frozenset[str]:
        """Body names the lexicon itself writes in lower case (others in lower case are descriptions)."""
        return frozenset(a for e in self.orgs.values() for a in [e.label, *e.aliases] if a.islower())

    def __hash__(self) -> int:  # for lru_cache on methods
        return id(self)


def singular(key: str) -> str:
    """A norm() key with each plural-looking word made singular (the same on both sides of a comparison)."""
    return " ".join(w[:-2] if w.endswith("sses") else w[:-3] + "y" if w.endswith("ies") and len(w) > 4
                    else w[:-1] if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3 else w
                    for w in key.split())


# ("their management and leadership skills": the possessive before an area and the "skills" of it)
_SKILLS = re.compile(r"^(?:(?:its|their|the) )|(?<=\w) skills$")
_MEASURE_OF = re.compile(r"^(?:(?:its|their) )?(?:level|standard|standards|quality) of (?:the |its |their )?")


# Authorities that are not one area's council: their area is a region or several councils' areas.
AREA_LESS = {"combined authority", "strategic authority"}
# Places that can be a (former) council's area; a town of the same name is not the district it gave its name to.
_AREA_KINDS = {"ceremonial county", "historic county", "local authority area"}


def _councils(orgs: dict[str, OrgEntry], places: dict[str, PlaceEntry]) -> dict[str, str]:
    """Councils into orgs (and their areas into places); returns area key -> the area's current council."""
    council_by_area: dict[str, str] = {}
    for r in _rows("local_authorities.csv"):
        if not r.get("council"):
            continue
        key = slug(r["council"])
        area_key = slug(r["area"])
        e = orgs[key] = OrgEntry(key, r["council"], "local authority", _split(r.get("aliases", "")),
                                 gss=r.get("gss_code", ""), la_kind=r.get("kind", ""),
                                 former_codes=_split(r.get("former_codes", "")), valid_from=r.get("valid_from", ""),
                                 valid_to=r.get("valid_to", ""),
                                 successors=[slug(n) for n in _split(r.get("successors", ""))])
        if e.valid_to or e.la_kind in AREA_LESS:
            # An abolished council or a combined authority is known by its own name: a bare place name
            # still means the place and its current council.
            e.area = area_key if area_key in places and places[area_key].kind in _AREA_KINDS else ""
            continue
        e.area = area_key
        if area_key not in places:
            places[area_key] = PlaceEntry(area_key, r["area"], "local authority area", r.get("gss_code", ""),
                                          r.get("region", ""))
        elif not places[area_key].gss:
            places[area_key].gss = r.get("gss_code", "")
        places[area_key].aliases += _split(r.get("area_aliases", ""))
        # "Herts County Council": the council by its area's short form, as the press writes it
        label_area = r["area"]
        for short in places[area_key].aliases:
            if label_area in e.label and short[:1].isupper() and len(short) > 3 and label_area not in short \
                    and short not in label_area and "," not in label_area and " " not in short:
                alias = e.label.replace(label_area, short)
                if alias not in e.aliases:
                    e.aliases.append(alias)
        # "Telford and Wrekin" is named after its main town, which the press names on its own.
        first = re.split(r" and | with ", r["area"])[0]
        if first != r["area"] and slug(first) not in places:
            places[slug(first)] = PlaceEntry(slug(first), first, "town", "", r["area"])
        # Upper-tier councils win the area (a county council over a district of the same name).
        prev = council_by_area.get(area_key)
        if prev is None or orgs[prev].la_kind == "district council":
            council_by_area[area_key] = key
    return council_by_area


def _public_bodies(orgs: dict[str, OrgEntry], places: dict[str, PlaceEntry]) -> None:
    """Police forces, fire services, NHS bodies, prisons and youth justice services (public_bodies.csv)."""
    for r in _rows("public_bodies.csv"):
        key = r.get("id") or slug(r["label"])
        if not r.get("label") or key in orgs:
            continue
        area = slug(r["area"]) if r.get("area") else ""
        orgs[key] = OrgEntry(key, r["label"], r.get("kind") or "public body", _split(r.get("aliases", "")),
                             area=area if area in places else "", gss=r.get("code", ""),
                             register=r.get("register", ""), valid_from=r.get("valid_from", ""),
                             valid_to=r.get("valid_to", ""), country=r.get("country", ""),
                             successors=[slug(n) for n in _split(r.get("successors", ""))])


def load() -> Lexicon:
    """Every lexicon, read once per process (and per set of framework folders)."""
    return _load(fw.folders())


@lru_cache(maxsize=2)
def _load(framework_dirs: tuple) -> Lexicon:
    # Kept between runs: reading the files takes a tenth of a second that a one-article rebuild waits for.
    def key() -> str:
        here = Path(__file__).parent
        return digest([Path(__file__), here / "frameworks.py", *sorted(DATA.glob("*.csv")),
                       *sorted(DATA.glob("*.txt")), *fw.files(framework_dirs)])

    return kept("lexicon", key, lambda: _read(framework_dirs), Lexicon)


def _read(framework_dirs: tuple) -> Lexicon:
    """Every lexicon and framework file read into one Lexicon."""
    orgs: dict[str, OrgEntry] = {}
    for r in _rows("organisations.csv"):
        if r.get("label"):
            key = r.get("id") or slug(r["label"])
            orgs[key] = OrgEntry(key, r["label"], r.get("kind") or "other", _split(r.get("aliases", "")),
                                 country=r.get("country", ""))
    places: dict[str, PlaceEntry] = {}
    for r in _rows("places.csv"):
        if r.get("name"):
            key = slug(r["name"])
            if key in places:  # e.g. a region and a ceremonial county of one name: keep the first
                places[key].aliases += _split(r.get("aliases", ""))
                continue
            places[key] = PlaceEntry(key, r["name"], r.get("kind", ""), r.get("gss_code", ""),
                                     r.get("parent", ""), _split(r.get("aliases", "")))
    # Villages and suburbs: never matched in running text (many are everyday words), only read where a
    # provider's own name begins with one
    localities = {slug(r["name"]): PlaceEntry(slug(r["name"]), r["name"], "village", parent=r.get("county", ""))
                  for r in _rows("localities.csv") if r.get("name")}
    council_by_area = _councils(orgs, places)
    _public_bodies(orgs, places)
    roles = {}
    for r in _rows("roles.csv"):
        if r.get("label"):
            roles[r["label"].lower()] = RoleEntry(r["label"].lower(), _split(r.get("aliases", "")),
                                                  r.get("category", "other"))
    titles = [RoleEntry(r["title"], _split(r.get("aliases", "")), "title", r.get("organisation_id", ""))
              for r in _rows("titles.csv") if r.get("title")]
    frames = fw.load(framework_dirs)
    grades: dict[str, GradeEntry] = {}
    for gr in frames.grades():
        g = grades.setdefault(gr.label, GradeEntry(gr.label, gr.rank, gr.notation, []))
        g.aliases += [a for a in gr.aliases if a not in g.aliases]
        g.scales.append(gr.scale)
    aspects: dict[str, AspectEntry] = {}
    for f in frames.ordered():
        for asp in f.aspects:
            a = aspects.setdefault(asp.label, AspectEntry(asp.label, [], [], asp.parent))
            a.aliases += [x for x in asp.aliases if x not in a.aliases]
            a.frameworks.append(f.id)
    kinds = {r["label"]: _split(r.get("aliases", "")) for r in _rows("inspection_kinds.csv") if r.get("label")}
    # One aspect per name: a name that is some aspect's own label means that aspect; otherwise the
    # first aspect (in file order) that lists it as an alias.
    aspect_alias: dict[str, str] = {norm(a.label): a.label for a in aspects.values()}
    for a in aspects.values():
        for alias in a.aliases:
            aspect_alias.setdefault(norm(alias), a.label)
    org_alias: dict[str, str] = {}
    for o in orgs.values():
        for name in (o.label, *o.aliases):
            org_alias.setdefault(norm(name), o.key)
    return Lexicon(orgs, places, roles, titles, grades, aspects, kinds, council_by_area, aspect_alias, org_alias,
                   frames, localities)
