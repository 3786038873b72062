"""Public bodies other inspectorates inspect (forces, fire services, NHS bodies, prisons, youth justice), as one lexicon."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import norm, slug

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "data" / "sources"
WRITTEN = SOURCES / "written"
ODS_TRUSTS = SOURCES / "nhs-ods" / "etr.csv"
PRISON_REGISTER = sorted((SOURCES / "moj-prison-register").glob("V*.sql"))
OVERLAY = REPO / "data" / "overlay" / "public_bodies.csv"
LEXICONS = Path(__file__).resolve().parent / "resources" / "lexicons"

COLUMNS = ["id", "label", "kind", "register", "code", "aliases", "area", "country", "valid_from", "valid_to",
           "successors", "source"]
# The ODS file has no header: the columns this build reads, by position.
ODS_CODE, ODS_NAME, ODS_OPENED, ODS_CLOSED = 0, 1, 10, 11
# Words kept in capitals, and short words kept in lower case, when an ODS name (all capitals) is retitled.
_UPPER = {"NHS", "HSC", "UK", "ICB"}
_LOWER = {"and", "of", "the", "for", "upon", "on", "in", "at", "with"}
# A trust's name without "NHS (Foundation) Trust" is an alias only when it says what kind of body it is
# ("Leeds Teaching Hospitals", not "Bolton").
_CORE_WORD = re.compile(r"\b(Hospitals?|Health|Healthcare|Care|Ambulance|Partnership|Infirmary|Teaching|Mental|"
                        r"Community|Orthopaedic|Cancer|Children's|Women's)\b")
# Youth justice services: one per council with children's services (the upper tier).
_YJS_KINDS = {"unitary authority", "metropolitan borough", "London borough", "county council", "sui generis",
              "Welsh principal area"}


@dataclass
class Body:
    label: str
    register: str
    kind: str = "public body"
    code: str = ""
    aliases: list[str] = field(default_factory=list)
    area: str = ""
    country: str = ""
    valid_from: str = ""
    valid_to: str = ""
    successors: list[str] = field(default_factory=list)
    source: str = ""


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def retitle(name: str) -> str:
    """ "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST" -> "Guy's and St Thomas' NHS Foundation Trust"."""
    out = []
    for i, word in enumerate(name.split()):
        bare = word.strip(",")
        if bare in _UPPER:
            out.append(word)
        elif i and bare.lower() in _LOWER:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def _ods_date(text: str) -> str:
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) == 8 else ""


def nhs_trusts(path: Path = ODS_TRUSTS) -> list[Body]:
    """Every NHS trust in the ODS file, open or closed, with its code and dates."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.reader(fh):
            label = retitle(r[ODS_NAME])
            b = Body(label, "NHS trust", code=r[ODS_CODE], valid_from=_ods_date(r[ODS_OPENED]),
                     valid_to=_ods_date(r[ODS_CLOSED]), source="NHS ODS etr.csv",
                     country="Wales" if r[ODS_CODE] in ("RQF", "RT4", "RYT") else "England")
            b.aliases = trust_aliases(label)
            out.append(b)
    return out


def trust_aliases(label: str) -> list[str]:
    """The forms the press gives a trust's name: with or without "NHS" and "Foundation", and its core name."""
    m = re.match(r"^(?:The )?(.*?),? NHS (Foundation )?Trust$", label)
    if not m:
        return []
    core = m.group(1)
    out = [f"{core} NHS Trust", f"{core} Foundation Trust", f"{core} Trust"] if m.group(2) else [f"{core} Trust"]
    # "Kettering General Hospital" is the hospital, not the trust that runs it: a core naming one hospital
    # ("Hospital", "Children's") is left to the extractor.
    if len(core.split()) >= 2 and _CORE_WORD.search(core) and not re.search(r"\bHospital\b|['’]s$", core):
        out.append(core)
    return [a for a in out if a != label]


def police_forces() -> list[Body]:
    return [Body(r["name"], "police force", code=r["code"], aliases=_split(r["aliases"]), area=r["area"],
                 country=r["country"], valid_from=r["valid_from"], valid_to=r["valid_to"],
                 successors=_split(r["successors"]), source="written")
            for r in _rows(WRITTEN / "police_forces.csv")]


def fire_services() -> list[Body]:
    out = []
    for r in _rows(WRITTEN / "fire_services.csv"):
        name = r["name"]
        aliases = _split(r["aliases"])
        # "X Fire and Rescue Service" is also written "X Fire & Rescue Service" and "X FRS".
        if " Fire and Rescue" in name:
            head = name.split(" Fire and Rescue")[0]
            aliases += [name.replace(" and ", " & ", 1) if name.startswith(head + " Fire and") else "",
                        f"{head} Fire & Rescue Service", f"{head} Fire and Rescue", f"{head} FRS"]
        out.append(Body(name, "fire and rescue service", aliases=[a for a in aliases if a and a != name],
                        area=r["area"], country=r["country"], valid_from=r["valid_from"], valid_to=r["valid_to"],
                        successors=_split(r["successors"]), source="written"))
    return out


def prison_codes(paths: list[Path] = PRISON_REGISTER) -> dict[str, str]:
    """Establishment name -> its HMPPS code, from the Ministry of Justice's prison register ("Leeds" -> "LEI")."""
    out: dict[str, str] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for code, name in re.findall(r"\('([A-Z]+)', '([^']*)', (?:true|false)\)", text):
            name = re.sub(r"\s*\((?:HMP|hm|stc)[^)]*\)$|^HMP |\s+HMP/YOI$|\s+Immigration Removal Centre$", "",
                          name, flags=re.I)
            out.setdefault(norm(name), code)
    return out


def prisons() -> list[Body]:
    """Prisons, young offender institutions, secure training centres and immigration removal centres, by the names
    the press uses."""
    out = []
    codes = prison_codes()
    for r in _rows(WRITTEN / "prisons.csv"):
        name, kind = r["name"], r["type"]
        if kind == "stc":
            label = f"{name} Secure Training Centre"
            aliases = [f"{name} STC"]
        elif kind == "irc":
            label = f"{name} Immigration Removal Centre"
            aliases = [f"{name} IRC", f"{name} immigration removal centre", f"{name} Immigration Detention Centre",
                       f"{name} immigration detention centre", f"{name} detention centre", f"{name} removal centre"]
            if r["distinctive"] == "yes":
                aliases.append(name)
        else:
            label = f"HMYOI {name}" if kind == "yoi" else f"HMP {name}"
            aliases = [f"HMP {name}", f"HM Prison {name}", f"HMP/YOI {name}", f"HMP & YOI {name}",
                       f"HMP and YOI {name}", f"HMYOI {name}", f"HM YOI {name}", f"{name} Prison",
                       f"{name} prison", f"{name} YOI", f"{name} Young Offender Institution",
                       # the press's looser forms ("Rochester Young Offenders' Institute")
                       f"{name} Young Offenders Institution", f"{name} Young Offenders' Institution",
                       f"{name} Young Offenders’ Institution", f"{name} Young Offenders Institute",
                       f"{name} Young Offenders' Institute", f"{name} Young Offenders’ Institute",
                       f"{name} Young Offender Institute"]
            if r["distinctive"] == "yes":
                aliases.append(name)  # "Long Lartin": a name nothing else bears
        successor = r.get("successor", "")
        out.append(Body(label, {"stc": "secure training centre", "irc": "immigration removal centre"}.get(kind, kind),
                        kind="other",
                        code=codes.get(norm(name), "") if r["country"] == "England and Wales" and kind != "irc" or kind == "stc" else "",
                        aliases=[a for a in dict.fromkeys(aliases) if a != label], country=r["country"],
                        area=name,  # "HMP Lewes" is in Lewes (kept only when the name is a place in places.csv)
                        valid_to=r["valid_to"], successors=[f"HMP {successor}"] if successor else [],
                        source="written; codes from the MoJ prison register" if name and kind != "irc" else "written"))
    for b in out:
        b.register = {"prison": "prison", "yoi": "young offender institution"}.get(b.register, b.register)
    return out


def health_bodies() -> list[Body]:
    out = []
    for r in _rows(WRITTEN / "health_bodies.csv"):
        name = r["name"]
        aliases = _split(r["aliases"])
        if name.endswith(" Integrated Care Board"):
            place = name[len("NHS "):-len(" Integrated Care Board")]
            aliases += [f"{place} Integrated Care Board", f"NHS {place} ICB", f"{place} ICB"]
        if name.endswith(" University Health Board"):
            aliases.append(name.replace(" University Health Board", " UHB"))
        out.append(Body(name, r["register"], code=r["code"], aliases=aliases, country=r["country"],
                        valid_from=r["valid_from"], valid_to=r["valid_to"], successors=_split(r["successors"]),
                        source="written"))
    return out


def youth_justice(councils) -> list[Body]:
    """A youth justice service for each current upper-tier council, named after its area, and the joint ones."""
    joint = _rows(WRITTEN / "youth_justice.csv")
    covered = {a for r in joint for a in _split(r["areas"])}
    out = []
    for c in councils:
        if c.valid_to or c.kind not in _YJS_KINDS or c.country not in ("England", "Wales") or c.area in covered:
            continue
        out.append(_yjs(f"{c.area} Youth Justice Service", [c.area], c.country, "generated from the councils"))
    for r in joint:
        out.append(_yjs(r["name"], _split(r["areas"]), r["country"], "written", _split(r["aliases"])))
    return out


def _yjs(label: str, areas: list[str], country: str, source: str, extra: list[str] | None = None) -> Body:
    head = label[: -len(" Youth Justice Service")]
    aliases = list(extra or []) + [f"{head} YJS", f"{head} Youth Offending Service", f"{head} Youth Offending Team",
                                   f"{head} YOT", f"{head} Youth Justice Team", f"{head} Youth Justice Services"]
    return Body(label, "youth justice service", kind="partnership", aliases=aliases,
                area=areas[0] if len(areas) == 1 else "", country=country, source=source)


def apply_overlay(bodies: list[Body], path: Path = OVERLAY) -> list[Body]:
    """Hand corrections: extra aliases or a former name for a body, keyed by its label."""
    if not path.exists():
        return bodies
    by_label = {b.label: b for b in bodies}
    for r in _rows(path):
        b = by_label.get(r["label"])
        if b is None:
            continue
        b.aliases += _split(r.get("aliases", ""))
        for attr in ("valid_from", "valid_to", "code"):
            if r.get(attr):
                setattr(b, attr, r[attr])
        if r.get("successors"):
            b.successors = _split(r["successors"])
    return bodies


def build_public_bodies(councils) -> dict[str, str]:
    bodies = apply_overlay(police_forces() + fire_services() + health_bodies() + nhs_trusts() + prisons()
                           + youth_justice(councils))
    # A name given to two bodies stays with the first (a council, then a current body); variants that differ
    # only in case or "&" are kept, since the matcher sees them as different patterns.
    owner: dict[str, str] = {norm(n): "council" for c in councils for n in [c.council, *c.aliases]}
    rows, ids = [], set()
    for b in sorted(bodies, key=lambda b: (b.register, bool(b.valid_to), b.label)):
        key = slug(b.label)
        if key in ids or owner.get(norm(b.label), key) != key:
            continue
        ids.add(key)
        owner[norm(b.label)] = key
        aliases = []
        for a in dict.fromkeys(b.aliases):
            if a != b.label and owner.setdefault(norm(a), key) == key:
                aliases.append(a)
        rows.append({"id": key, "label": b.label, "kind": b.kind, "register": b.register, "code": b.code,
                     "aliases": "|".join(aliases), "area": b.area, "country": b.country,
                     "valid_from": b.valid_from, "valid_to": b.valid_to, "successors": "|".join(b.successors),
                     "source": b.source})
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return {"public_bodies.csv": buf.getvalue()}
