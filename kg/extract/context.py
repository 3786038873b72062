"""The state every extraction stage reads and writes for one document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, ORTH
from spacy.tokens import Doc, Span

from ..lexicon import Lexicon
from ..model import Document, Evidence, Extraction


@dataclass
class QuoteSpan:
    """A quotation in the text: quotes.py finds it, and its attribution fills speaker and rule."""

    pieces: list[tuple[int, int]]  # inner text ranges (without the marks)
    outer: tuple[int, int]  # with the marks
    colon_intro: bool = False
    signed: bool = False  # a paragraph the next line signs ("Jane Doe, Chief Inspector of Prisons")
    speaker: str = ""
    rule: str = ""

    @property
    def start(self) -> int:
        return self.outer[0]

    @property
    def end(self) -> int:
        return self.outer[1]


@dataclass
class Ctx:
    """One document's extraction state. Stages run in the order of `extract_parsed`; each field says which
    stage writes it. Every other stage only reads it, except `out`, which each stage adds its facts to."""

    doc: Document  # the input: read, never written
    sp: Doc  # the spaCy parse of doc.text
    lex: Lexicon
    out: Extraction  # the facts found so far
    masked: list[tuple[int, int]]  # page furniture (furniture.py): character ranges that yield nothing
    # Quotations outside furniture (quotes.find_quotes); attribution drops "X said:" spans nobody said
    # and adds interview answers.
    quotes: list[QuoteSpan] = field(default_factory=list)
    # The pipeline's lexicon spans outside furniture, by token. places.py drops place spans inside a body's
    # name, people.py those inside a person's name: later stages see only places that are places.
    lex_spans: list[Span] = field(default_factory=list)
    council: str = ""  # the doc's own council (org key), for "the council" (bodies._doc_council)
    anchor: str = ""  # the date relative dates count from (the document's own, else its latest)
    doc_dated: bool = False  # whether anchor is the document's own date
    providers: dict[str, str] = field(default_factory=dict)  # care homes named by context: key -> town key
    # A provider's address line (places.py): org key -> the place keys in it, in the line's order.
    addresses: dict[str, list[str]] = field(default_factory=dict)
    # Every mention of a person, in reading order: (character offset, person key) (people.py), for quotes.
    person_mentions: list[tuple[int, str]] = field(default_factory=list)
    # Text a judgement rule read (judgements.py), kept even when its judgement was already known, so that the
    # clause rule (clauses.py) does not read the same grade again as another judgement.
    read_judgements: list[tuple[int, int]] = field(default_factory=list)
    _arrays: dict = field(default_factory=dict, repr=False)  # per-token columns, made on first use

    def words(self) -> list[str]:
        """Each token's text, read from the parse's arrays: the rules that look at every word skip most of
        them on this, and make a Token (a Python object each, the costliest part of reading a word) only
        for the words they keep."""
        if "words" not in self._arrays:
            strings = self.sp.vocab.strings
            self._arrays["words"] = [strings[o] for o in self.sp.to_array(ORTH).tolist()]
        return self._arrays["words"]

    def alphas(self) -> list[bool]:
        """Each token's is_alpha, as words() reads its text."""
        if "alpha" not in self._arrays:
            self._arrays["alpha"] = [bool(a) for a in self.sp.to_array(IS_ALPHA).tolist()]
        return self._arrays["alpha"]

    def in_mask(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.masked)

    def in_quote(self, start: int) -> bool:
        return any(q.start <= start < q.end for q in self.quotes)

    def text_of(self, span: Span) -> str:
        """span.text, cut from the document's text (Span.text makes a Token of every word it joins)."""
        return self.doc.text[span.start_char:span.end_char]


def _ev(start: int, end: int, rule: str) -> Evidence:
    return Evidence(start, end, rule)


def _span_at(spans: Iterable[Span], tok_i: int, labels: tuple[str, ...]) -> Span | None:
    """The longest span of one of the labels covering token tok_i (a title over the role inside it)."""
    best = None
    for s in spans:
        if s.label_ in labels and s.start <= tok_i < s.end and (best is None or len(s) > len(best)):
            best = s
    return best
