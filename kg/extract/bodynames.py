"""Naming patterns of bodies (head nouns, local providers, area services, words inside names), read from
kg/resources/rules/body_names.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..resources import rule_file


@dataclass
class BodyNames:
    heads: dict[str, str] = field(default_factory=dict)  # head noun (one or more words, lower case) -> kind
    local: list[str] = field(default_factory=list)  # name endings of providers placed by their town
    local_prefix: list[str] = field(default_factory=list)  # name openings of such providers ("HMP")
    area_service: list[str] = field(default_factory=list)  # name endings of services covering council areas
    name_phrase: list[str] = field(default_factory=list)  # "Church of England": 'of' inside a name
    particle: set[str] = field(default_factory=set)  # "de": lower-case words inside a name
    title_of: set[str] = field(default_factory=set)  # "Countess": a title whose "of" stays inside a name
    lead_head: set[str] = field(default_factory=set)  # head nouns that may open a name ("Manor")
    same_body: list[tuple[str, str]] = field(default_factory=list)  # ("Police", "Constabulary")
    not_area: list[str] = field(default_factory=list)  # "Metropolitan" (Police): a name's opening that is no area
    council_suffix: list[str] = field(default_factory=list)  # "County Council": what follows a council's area
    street_word: set[str] = field(default_factory=set)  # "Street": the last word of a street's name
    local_register: set[str] = field(default_factory=set)  # register kinds of local providers ("prison")
    area_register: set[str] = field(default_factory=set)  # register kinds of area services ("police force")
    # the one inspectorate of a register kind in England and Wales ("prison": "hmi-prisons")
    inspected_by: dict[str, str] = field(default_factory=dict)
    inspected_by_name: dict[str, str] = field(default_factory=dict)  # the same by a name's ending ("delivery unit")
    # the inspectorates "X inspectors" may mean ("care": the CQC, the Care Inspectorate, CIW)
    inspectors_word: dict[str, list[str]] = field(default_factory=dict)

    @cached_property
    def heads_by_last_word(self) -> dict[str, list[tuple[str, list[str]]]]:
        """The head nouns of several words by their last word, (head, its words), in the order of `heads`."""
        out: dict[str, list[tuple[str, list[str]]]] = {}
        for head in self.heads:
            words = head.split()
            if len(words) > 1:
                out.setdefault(words[-1], []).append((head, words))
        return out

    def is_local(self, label: str) -> bool:
        """A provider placed by its town: a school, surgery, care home or prison, by its name."""
        return any(label.endswith(" " + e) for e in self.local) or \
            any(label.startswith(p + " ") for p in self.local_prefix)

    def service_area(self, label: str) -> str:
        """The area a local service's name gives ("West Mercia" of "West Mercia Police"), or ""."""
        for e in sorted(self.area_service, key=len, reverse=True):
            if label.endswith(" " + e):
                lead = label[: -len(e) - 1].strip()
                if lead and not any(lead == n or lead.startswith(n + " ") for n in self.not_area):
                    return lead
        return ""

    def council_area(self, label: str) -> str:
        """The area a council's name gives ("Argyll and Bute" of "Argyll and Bute Council"), or ""."""
        for e in sorted(self.council_suffix, key=len, reverse=True):
            if label.endswith(" " + e):
                return label[: -len(e) - 1].strip()
        return ""

    def is_area_service(self, label: str) -> bool:
        """A local service that covers the council areas its name gives (a youth justice service, a force)."""
        return any(label.endswith(" " + e) for e in self.area_service)


@cache
def body_names() -> BodyNames:
    out = BodyNames()
    with rule_file("body_names.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rule, text, value = row["rule"].strip(), row["text"].strip(), (row.get("value") or "").strip()
            if rule == "head":
                out.heads[text.lower()] = value
            elif rule in ("local", "local_prefix", "area_service", "name_phrase", "not_area",
                         "council_suffix"):
                getattr(out, rule).append(text)
            elif rule in ("particle", "title_of", "lead_head", "street_word", "local_register", "area_register"):
                getattr(out, rule).add(text.lower())
            elif rule == "inspected_by":
                out.inspected_by[text.lower()] = value
            elif rule == "inspected_by_name":
                out.inspected_by_name[text.lower()] = value
            elif rule == "inspectors_word":
                out.inspectors_word[text.lower()] = value.split("|")
            elif rule == "same_body":
                out.same_body.append((text, value))
    return out
