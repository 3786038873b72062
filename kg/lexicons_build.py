"""Rebuild the council and public-body lexicons from data/sources/ and the hand-kept overlay in data/overlay/."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .lexicon import norm
from .registers_build import build_public_bodies

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "data" / "sources"
OVERLAY = REPO / "data" / "overlay"
LEXICONS = Path(__file__).resolve().parent / "resources" / "lexicons"
MYSOCIETY = SOURCES / "mysociety" / "uk_local_authorities_current-1.6.1.csv"
GEONAMES = SOURCES / "geonames" / "GB-cities1000.csv"

COUNCIL_COLUMNS = ["gss_code", "area", "council", "kind", "region", "country", "aliases", "area_aliases",
                   "former_codes", "valid_from", "valid_to", "successors", "mysociety_code"]
# mySociety's local-authority-type codes, as the kinds this project names councils by.
TYPE_KIND = {"CTY": "county council", "NMD": "district council", "UA": "unitary authority",
             "MD": "metropolitan borough", "LBO": "London borough", "CC": "sui generis",
             "WPA": "Welsh principal area", "SCO": "Scottish council area", "NID": "Northern Ireland district",
             "COMB": "combined authority", "SRA": "strategic authority"}
# Kinds of authority that are not the council of one area (their areas are regions or several councils').
AREA_LESS = {"combined authority", "strategic authority"}
# Words that make an alternative name a council's name rather than its area's.
_COUNCIL_WORD = re.compile(r"\b(council|corporation|comhairle|borough of|authority)\b", re.I)
# Register shorthands ("Darlington UA", "Tees Valley CA") that no text uses.
_REGISTER_FORM = re.compile(r"\s(UA|CA|CC|MCA|CCA)$")


@dataclass
class Council:
    code: str  # mySociety's register code (stable when the GSS code changes)
    gss: str
    area: str
    council: str
    kind: str
    region: str
    country: str
    aliases: list[str] = field(default_factory=list)
    area_aliases: list[str] = field(default_factory=list)
    former: list[str] = field(default_factory=list)
    valid_from: str = ""
    valid_to: str = ""
    successors: list[str] = field(default_factory=list)  # register codes


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "") for k, v in row.items() if k} for row in csv.DictReader(fh)]


def split(cell: str, sep: str = "|") -> list[str]:
    return [p.strip() for p in (cell or "").split(sep) if p.strip()]


def _clean(name: str) -> bool:
    """A usable name: no mis-decoded characters, and written with capitals (the lower-case forms are lookups)."""
    return bool(name) and not any(c in name for c in "\ufffdï¾") and name != name.lower()


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _alt_names(cell: str, own: set[str]) -> list[str]:
    """The register's alternative names, comma-separated although some names hold a comma themselves
    ("Kingston upon Hull, City of"; "Bournemouth, Christchurch and Poole"): such pieces are joined again."""
    parts = [" ".join(p.split()) for p in cell.split(",")]
    out: list[str] = []
    for p in parts:
        if out and (p.lower() in ("city of", "county of") or norm(out[-1] + ", " + p) in own
                    or any(o.startswith(norm(out[-1] + ", " + p)) for o in own)):
            out[-1] = out[-1] + ", " + p
        else:
            out.append(p)
    return [p for p in out if p]


def from_mysociety(row: dict[str, str]) -> Council:
    """One register row as a council, before the overlay."""
    label = " ".join(row["official-name"].split())
    area = " ".join(row["nice-name"].split())
    c = Council(row["local-authority-code"], row["gss-code"], area, label,
                TYPE_KIND.get(row["local-authority-type"], row["local-authority-type-name"].lower()),
                row["region"], row["nation"])
    for alt in _alt_names(row["alt-names"], {norm(label), norm(area)}):
        if not _clean(alt) or _REGISTER_FORM.search(alt) or norm(alt) in (norm(label), norm(area)):
            continue
        (c.aliases if _COUNCIL_WORD.search(alt) else c.area_aliases).append(alt)
    c.former = split(row["former-gss-codes"], ",")
    start = row["start-date"]
    # The register's entries began in mid-2005: those dates say when a row was made, not when the council was.
    if start and not start.startswith("2005-0"):
        c.valid_from = start
    end = row["end-date"]
    # An end on 1 April is the successor's first day; the council's last day was the one before.
    c.valid_to = _day_before(end) if end.endswith("-04-01") else end
    c.successors = split(row["replaced-by"], ",")
    return c


def apply_overlay(councils: dict[str, Council], overlay: list[dict[str, str]]) -> None:
    """Corrections and additions the register lacks: project names, press aliases, recodes, older councils."""
    for r in overlay:
        code = r["code"]
        c = councils.get(code)
        if c is None:
            c = councils[code] = Council(code, "", "", "", "", "", "")
        for attr in ("gss", "area", "council", "kind", "region", "country", "valid_from", "valid_to"):
            if r.get(attr):
                setattr(c, attr, r[attr])
        if r.get("replace_aliases") == "yes":
            c.aliases = []
        c.aliases = split(r.get("aliases", "")) + [a for a in c.aliases if a not in split(r.get("aliases", ""))]
        drop = {norm(a) for a in split(r.get("drop_aliases", ""))}
        c.aliases = [a for a in c.aliases if norm(a) not in drop]
        c.area_aliases += split(r.get("area_aliases", ""))
        c.former += [f for f in split(r.get("former_codes", "")) if f not in c.former]
        if r.get("successors"):
            c.successors = split(r["successors"])


def _tidy(c: Council, official: dict[str, tuple[str, str]], taken_places: set[str]) -> None:
    """Deduplicated aliases; the register's own names kept as aliases when the project names differ."""
    label, area = official.get(c.code, ("", ""))
    if label and label != c.council:
        c.aliases.append(label)
    if area and area != c.area:
        c.area_aliases.append(area)
    # Exact strings: "Telford & Wrekin Council" is its own pattern beside "Telford and Wrekin Council".
    seen = {c.council}
    c.aliases = [a for a in c.aliases if not (a in seen or seen.add(a))]
    seen = {c.area}
    # An area alias that is already another place's name would make that place ambiguous: left out.
    c.area_aliases = [a for a in c.area_aliases
                      if norm(a) not in taken_places - {norm(c.area)} and not (a in seen or seen.add(a))]


def _short_forms(councils) -> None:
    """ "Kent Council": the short form councils and the press use; an abolished council gets it only when no
    current council is called so (Somerset Council is the new council, not the old county council)."""
    current = [c for c in councils if not c.valid_to and c.kind not in AREA_LESS]
    for c in current:
        c.aliases.append(f"{c.area} Council")
    names = {norm(n) for c in current for n in [c.council, *c.aliases]}
    for c in councils:
        if c.valid_to and c.area and norm(f"{c.area} Council") not in names:
            c.aliases.append(f"{c.area} Council")


def _abbreviated(c: Council, abbreviations: list[dict[str, str]]) -> None:
    """ "Calderdale MBC", "Wirral BC": the press's short form of a name that ends in its council's type."""
    for name in [c.council, *c.aliases]:
        for r in abbreviations:
            if name.endswith(" " + r["suffix"]):
                short = name[: -len(r["suffix"])] + r["short"]
                if short not in c.aliases:
                    c.aliases.append(short)
                break


def build_councils(source: Path = MYSOCIETY, overlay: Path = OVERLAY / "councils.csv",
                   places: Path = LEXICONS / "places.csv",
                   abbreviations_file: Path = OVERLAY / "council_abbreviations.csv") -> list[Council]:
    rows = read_csv(source)
    councils = {r["local-authority-code"]: from_mysociety(r) for r in rows}
    official = {r["local-authority-code"]: (" ".join(r["official-name"].split()), " ".join(r["nice-name"].split()))
                for r in rows}
    apply_overlay(councils, read_csv(overlay))
    for c in councils.values():
        if not c.region and c.successors and c.successors[0] in councils:
            c.region = councils[c.successors[0]].region  # the register leaves some abolished councils' regions out
    taken: set[str] = set()
    for r in read_csv(places):
        taken |= {norm(n) for n in [r["name"], *split(r.get("aliases", ""))]}
    taken |= {norm(c.area) for c in councils.values()}
    _short_forms(councils.values())
    for c in councils.values():
        _tidy(c, official, taken)
    abbreviations = read_csv(abbreviations_file)
    for c in councils.values():
        _abbreviated(c, abbreviations)
    return sorted(councils.values(), key=lambda c: (c.gss or "~", c.code))


def council_rows(councils: list[Council]) -> list[dict[str, str]]:
    by_code = {c.code: c for c in councils}
    return [{"gss_code": c.gss, "area": c.area, "council": c.council, "kind": c.kind, "region": c.region,
             "country": c.country, "aliases": "|".join(c.aliases), "area_aliases": "|".join(c.area_aliases),
             "former_codes": "|".join(c.former), "valid_from": c.valid_from, "valid_to": c.valid_to,
             "successors": "|".join(by_code[s].council for s in c.successors if s in by_code),
             "mysociety_code": c.code} for c in councils]


def render_csv(columns: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


LOCALITY_COLUMNS = ["name", "county", "country"]


def build_localities(councils: list[Council], source: Path = GEONAMES,
                     places: Path = LEXICONS / "places.csv") -> list[dict[str, str]]:
    """Villages and suburbs (GeoNames' places of more than 1,000 people in the UK) that neither places.csv nor
    the council register names: what a school, surgery or care home named after its village is placed by."""
    taken = {norm(c.area) for c in councils} | {norm(a) for c in councils for a in c.area_aliases}
    for r in read_csv(places):
        taken |= {norm(n) for n in [r["name"], *split(r.get("aliases", ""))]}
    out: dict[str, dict[str, str]] = {}
    for r in read_csv(source):
        name = " ".join(r["name"].split())
        # (a name in lower case or with digits is no village's own: "Bryn-côch" yes, "10 Downing" no)
        if r["cc"] != "GB" or not name[:1].isupper() or re.search(r"\d", name) or norm(name) in taken:
            continue
        county = re.sub(r"^(?:City and )?(?:Borough|County|District|City) of |^Sir |^Bwrdeistref Sirol | County Borough$",
                        "", r["admin2"]).strip()
        out.setdefault(norm(name), {"name": name, "county": county, "country": r["admin1"]})
    return sorted(out.values(), key=lambda r: (r["name"], r["county"]))


def build(out: Path) -> dict[str, str]:
    """Every generated lexicon as file name -> text (written by main, compared by the test)."""
    councils = build_councils()
    files = {"local_authorities.csv": render_csv(COUNCIL_COLUMNS, council_rows(councils)),
             "localities.csv": render_csv(LOCALITY_COLUMNS, build_localities(councils))}
    files.update(build_public_bodies(councils))
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=LEXICONS, help="folder to write into (default: the package's)")
    args = ap.parse_args(argv)
    if not MYSOCIETY.exists():  # an installed wheel has no data/: the build runs from a checkout
        print(f"error: {MYSOCIETY} is missing (run from a checkout of the project)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    files = build(args.out)
    for name, text in sorted(files.items()):
        print(f"{name}: {text.count(chr(10)) - 1} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
