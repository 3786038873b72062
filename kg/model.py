"""Plain dataclasses passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    """One source file, decoded to text (HTML reduced to its main content)."""

    id: str  # content hash (hex), stable for the same bytes
    path: str
    text: str
    title: str = ""
    date: str = ""  # ISO date the document states for itself, or ""
    format: str = "txt"
    furniture: list[tuple[int, int]] = field(default_factory=list)  # spans that yield nothing


@dataclass
class Evidence:
    """Where a fact came from: a character span of a document and the rule that read it."""

    start: int
    end: int
    rule: str


@dataclass
class Org:
    key: str
    label: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    area: str = ""  # place key of a local authority's area


@dataclass
class Person:
    key: str
    name: str
    honorific: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Post:
    person: str  # person key
    role: str  # canonical role label
    org: str  # org key or ""
    evidence: Evidence | None = None


@dataclass
class Place:
    key: str
    label: str
    kind: str
    gss: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Inspection:
    local_id: int
    inspectors: list[str]  # org keys
    subject: str  # org key
    regions: list[str]  # place keys
    kind: str = "inspection"
    visited: str = ""
    published: str = ""
    overall: str = ""
    previous: bool = False  # mentioned as an earlier inspection
    evidence: list[Evidence] = field(default_factory=list)
    iri_key: str = ""  # set by resolution


@dataclass
class Judgement:
    inspection: int  # local id
    aspect: str
    grade: str
    evidence: Evidence | None = None


@dataclass
class Quote:
    speaker: str  # person key
    text: str
    evidence: Evidence | None = None


@dataclass
class Recommendation:
    inspection: int
    number: int | None
    text: str
    evidence: Evidence | None = None


@dataclass
class Extraction:
    """Everything one document yields."""

    doc: Document
    orgs: dict[str, Org] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    inspections: list[Inspection] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    incomplete: str = ""  # the stage a rule failed in (and why): later stages did not run
