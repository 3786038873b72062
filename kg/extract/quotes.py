"""Quotations: where they are in the text and who said them."""

from __future__ import annotations

import re

from ..model import Quote
from .context import Ctx, QuoteSpan, _ev
from .rules import pattern, word_map

# Marks that open a quotation, and the mark that closes each (typography, not wording: kept in code).
OPEN = "“\""
CLOSE = {"“": "”", "\"": "\""}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


_SAID_COLON = pattern("quotes", "said_colon")
_QA_Q = pattern("quotes", "interview_question")
_QA_A = pattern("quotes", "interview_answer")
# Where a quotation's speaker is named, before or after it.
_SAID_BEFORE = pattern("quotes", "said_before")
_SAID_BARE = pattern("quotes", "said_bare")
_SPEECH_WORD = pattern("quotes", "speech_word")
_PRONOUN_BEFORE = pattern("quotes", "pronoun_before")
_PRONOUN = pattern("quotes", "pronoun")
_PRONOUN_OPENING = pattern("quotes", "pronoun_opening")
_ACCORDING_TO_BEFORE = pattern("quotes", "according_to_before")
_SAID_AFTER = pattern("quotes", "said_after")
_ACCORDING_TO_AFTER = pattern("quotes", "according_to_after")
_PRONOUN_SAID_AFTER = pattern("quotes", "pronoun_said_after")
_NAME_SAID_AFTER = pattern("quotes", "name_said_after")
_DASH_NAME_AFTER = pattern("quotes", "dash_name_after")
_SIGNATURE = pattern("quotes", "signature")
_NAME_LINE = pattern("quotes", "name_line")
_OBJECT_BEFORE = pattern("quotes", "object_before")
SPEAKER_LINE = pattern("quotes", "speaker_line")


def speaker_line(text: str, ps: int, pe: int) -> re.Match | None:
    """A paragraph that opens with a name and a dash or a colon, then at least a sentence in the first person:
    a transcript's turn ("Jo Bloggs MS – Can I thank ..."), not a caption or a title ("Jo Bloggs – headteacher")."""
    m = SPEAKER_LINE.match(text, ps, pe)
    if m is None or pe - m.end() < 40 or not _FIRST_PERSON.search(text, m.end(), min(pe, m.end() + 300)) \
            or any(ch in text[m.end():pe] for ch in "“”\""):
        return None
    return m
_NAME_TITLE_LINE = pattern("quotes", "name_title_line")
# Words signed by a person speak in the first person ("since our last visit"); a byline under a reporter's
# paragraph does not.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|me|my|My)\b")
_REPORTED_SPEECH = pattern("quotes", "reported_speech")
_ROLE_SAID_AFTER = pattern("quotes", "role_said_after")
_ROLE_SAID_BEFORE = pattern("quotes", "role_said_before")
_BETWEEN_QUOTES = pattern("quotes", "between_quotes")
_GENDERED_HONORIFIC = pattern("quotes", "gendered_honorific")
_HONORIFIC_GENDER = word_map("quotes", "honorific_gender")
_PRONOUN_GENDER = word_map("quotes", "pronoun_gender")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quotation spans: straight or curly double quotes, quotations running over several paragraphs,
    and text after "X said:" that has no quote marks at all."""
    paras = _paragraphs(text)
    quotes: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    unmarked = -1  # the paragraph after a line that ends "X said:" and that opens with no quote mark
    for idx, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        i = 0
        nxt = paras[idx + 1] if idx + 1 < len(paras) else None
        if idx == unmarked:
            # "Cllr X, Executive Member for ..., said:" then the words as a paragraph of their own, the quote
            # marks lost on the way (a press release's layout); a quotation opening the next one goes on
            q = QuoteSpan([(ps, pe)], (ps, pe), colon_intro=True)
            quotes.append(q)
            carry = q if nxt and text[nxt[0]] in OPEN else None
            continue
        if carry is not None and para[:1] not in OPEN:
            carry = None
        said = _SAID_COLON.search(para[-60:]) if para.rstrip().endswith(":") else None
        if said and nxt and text[nxt[0]] not in OPEN and nxt[1] - nxt[0] > 40 \
                and not re.match(r"[-•*·\d]", text[nxt[0]]) and not re.search(r"[“\"]", para[-60:]):
            unmarked = idx + 1
        while i < len(para):
            ch = para[i]
            if ch == "‘" and _opens_single(para, i) or ch == "'" and _straight_quotation(para, i):
                j = _single_close(para, i, "’" if ch == "‘" else "'")
                piece = (ps + i + 1, ps + j if j >= 0 else pe)
                if carry is not None and i == 0:
                    carry.pieces.append(piece)
                    carry.outer = (carry.outer[0], ps + j + 1 if j >= 0 else pe)
                else:
                    carry = QuoteSpan([piece], (ps + i, ps + j + 1 if j >= 0 else pe))
                    quotes.append(carry)
                nxt = paras[idx + 1] if idx + 1 < len(paras) else None
                if j >= 0 or not (nxt and text[nxt[0]] == ch):
                    carry = None
                if j < 0:
                    break
                i = j + 1
                continue
            if ch in OPEN:
                close = CLOSE[ch]
                if ch == "\"" and i > 0 and para[i - 1].isalnum():
                    i += 1
                    continue
                j = para.find(close if ch == "“" else "\"", i + 1)
                if ch == "“" and j < 0:
                    j = para.find("\"", i + 1)  # mixed marks are common in pasted text
                if ch == "\"":
                    # ('the "Outstanding” grade': a straight mark closed by a curly one, before any other opens)
                    k = para.find("”", i + 1)
                    if k >= 0 and (j < 0 or k < j) and "“" not in para[i + 1:k]:
                        j = k
                if j < 0:
                    # Open at paragraph end: the quotation continues if the next paragraph opens one.
                    piece = (ps + i + 1, pe)
                    nxt = paras[idx + 1] if idx + 1 < len(paras) else None
                    if carry is not None and i == 0:
                        carry.pieces.append(piece)
                        carry.outer = (carry.outer[0], pe)
                    else:
                        carry = QuoteSpan([piece], (ps + i, pe))
                        quotes.append(carry)
                    if not (nxt and text[nxt[0]] in OPEN):
                        carry = None
                    break
                piece = (ps + i + 1, ps + j)
                if carry is not None and i == 0:
                    carry.pieces.append(piece)
                    carry.outer = (carry.outer[0], ps + j + 1)
                    carry = None
                else:
                    quotes.append(QuoteSpan([piece], (ps + i, ps + j + 1)))
                i = j + 1
                continue
            i += 1
        else:
            if carry is not None and idx + 1 < len(paras) and text[paras[idx + 1][0]] not in OPEN:
                carry = None
        # "X said: words" with no quote marks runs to the end of the paragraph.
        for cm in re.finditer(r":[ \t]+(?=[A-Z‘'])", para):
            before = para[: cm.start() + 1]
            if _SAID_COLON.search(before) and not any(q.start <= ps + cm.end() < q.end for q in quotes):
                rest = (ps + cm.end(), pe)
                if text[rest[0]] not in OPEN and rest[1] - rest[0] > 20:
                    q = QuoteSpan([rest], rest, colon_intro=True)
                    quotes.append(q)
                    nxt = paras[idx + 1] if idx + 1 < len(paras) else None
                    if nxt and text[nxt[0]] in OPEN:
                        carry = q
                break
    # A transcript's turn: the words after "NAME –" at a paragraph's start.
    for ps, pe in paras:
        m = speaker_line(text, ps, pe)
        if m is not None and not any(q.start < pe and ps < q.end for q in quotes):
            quotes.append(QuoteSpan([(m.end(), pe)], (m.end(), pe), colon_intro=True))
    # A paragraph without quote marks, in the first person, that the next line signs with a name and a title is
    # that person's words.
    for (ps, pe), (ns, ne) in zip(paras, paras[1:], strict=False):
        if pe - ps >= 80 and _SIGNATURE.match(text[ns:ne]) and not any(q.start < pe and ps < q.end for q in quotes) \
                and not any(ch in text[ps:pe] for ch in "“”\"") and _FIRST_PERSON.search(text, ps, pe):
            quotes.append(QuoteSpan([(ps, pe)], (ps, pe), colon_intro=True, signed=True))
    quotes.sort(key=lambda q: q.start)
    return quotes


# A name in single marks that the clause after it grades: "‘How good is our staff team?’ was rated as adequate"
_GRADED_TERM = re.compile(r"‘[^‘’]{3,80}’\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:rated|graded|judged|"
                          r"assessed|evaluated|found|deemed|given)|(?:was|were|is|are)\s+(?:now\s+)?(?:['‘]?[a-z]+\s+){0,2}"
                          r"(?:good|excellent|adequate|weak|unsatisfactory|outstanding|inadequate)\b)")


def _opens_single(para: str, i: int) -> bool:
    """A single opening mark that starts a quotation (British style): at a paragraph's start or after "said:"
    or a comma, never inside a sentence ("rated ‘good’" quotes a grade)."""
    if i == 0 and _GRADED_TERM.match(para):
        return False  # "‘How good is our staff team?’ was rated as adequate": an area's name, graded
    if i == 0 or para[:i].rstrip().endswith(":"):
        return True
    if not para[:i].rstrip().endswith(","):
        return False
    # (", ‘good’ for children who ...": a word or two in quote marks after a comma is a term, not a quotation)
    term = re.match(r"‘([^‘’.!?;:]{1,40})’(?![A-Za-z])", para[i:])
    # (", ‘progress of children who need help and protection’, and ...": a lower-case name closed before any
    # sentence ends is one item of a list of terms)
    listed = re.match(r"‘[a-z][^‘’.!?;:]{0,150}’(?![A-Za-z])", para[i:])
    return not (term and len(term.group(1).split()) <= 4 or listed)


def _straight_quotation(para: str, i: int) -> bool:
    """A straight single mark that opens a quotation: at the paragraph's start or after a colon, closed by
    another after sentence punctuation, round five words or more ("saying: 'I'm devastated really ...'"); not a
    term in marks ("'Inadequate' home closes") nor an apostrophe inside a word."""
    if not (i == 0 or para[:i].rstrip().endswith(":")) or not para[i + 1:i + 2].isupper():
        return False
    j = _single_close(para, i, "'")
    return j > 0 and len(para[i + 1:j].split()) >= 5


def _single_close(para: str, i: int, mark: str = "’") -> int:
    """The closing single MARK of a quotation opened at i: one after sentence punctuation, not followed by a
    letter (an apostrophe is "it’s", "parents’"), or the paragraph's last character; -1 when none."""
    for j in range(i + 1, len(para)):
        if para[j] != mark or (j + 1 < len(para) and para[j + 1].isalpha()):
            continue
        if para[j - 1] in ".,!?;…" or not para[j + 1:].strip():
            return j
    return -1


def _genders(text: str, mentions: list[tuple[int, str]]) -> dict[str, str]:
    """What an honorific before any mention says of a person ("Mr", "Ms")."""
    out: dict[str, str] = {}
    for pos, key in mentions:
        m = _GENDERED_HONORIFIC.search(text[max(0, pos - 8):pos])
        if m:
            out[key] = _HONORIFIC_GENDER[m.group(1)]
    return out


def _reported_speaker(ctx: Ctx, para: tuple[int, int]) -> str:
    """"X, chair of governors, said the school was improving." then a paragraph that is one quotation:
    the person a speech verb follows in the paragraph before, the last one if several."""
    text = ctx.doc.text
    got = [k for pos, k in ctx.person_mentions
           if para[0] <= pos < para[1] and _REPORTED_SPEECH.match(text[pos:para[1]])]
    return got[-1] if got else ""


def _speaker_before(ctx: Ctx, pos: int, pronoun: str, genders: dict[str, str]) -> str:
    """"X said governor Y had a vision ... But he added: “...”": the one who spoke in the sentence before, not a
    person named inside what they said (when no one is named after that sentence)."""
    text = ctx.doc.text
    start = text.rfind("\n", 0, len(text[:pos].rstrip())) + 1  # (the paragraph before, past blank lines)
    before = [(p, k) for p, k in ctx.person_mentions if start <= p < pos and not ctx.in_quote(p)]
    want = _PRONOUN_GENDER.get(pronoun.lower(), "")
    for p, k in reversed(before):
        m = _REPORTED_SPEECH.match(text[p:pos])
        if m is None:
            continue
        end = re.search(r"[.!?](?:\s|$)", text[p + m.end():pos])
        stop = p + m.end() + end.end() if end else pos
        later = [q for q, _ in before if q > p]
        if all(q < stop for q in later) and (not want or genders.get(k, want) == want):
            return k
        return ""
    return ""


def _role_holder(ctx: Ctx, role: str) -> str:
    """"the chief executive said": the one person of the document whose post is that role."""
    role = role.lower().strip()
    got = {p.person for p in ctx.out.posts if p.role.lower() == role or p.role.lower().endswith(" " + role)}
    return got.pop() if len(got) == 1 else ""


def _attribute(ctx: Ctx) -> None:
    text = ctx.doc.text
    mentions = ctx.person_mentions
    paras = _paragraphs(text)

    def para_of(pos: int) -> tuple[int, int]:
        for ps, pe in paras:
            if ps <= pos <= pe:
                return ps, pe
        return pos, pos

    def person_in(a: int, b: int, last: bool = True) -> str:
        got = [k for pos, k in mentions if a <= pos < b and not ctx.in_quote(pos)]
        return (got[-1] if last else got[0]) if got else ""

    genders = _genders(text, mentions)

    def latest_before(pos: int, pronoun: str = "") -> str:
        """The person named last before pos; "he"/"she" skip a person an honorific says is the other."""
        want = _PRONOUN_GENDER.get(pronoun.lower(), "")
        got = [k for p, k in mentions if p < pos and not ctx.in_quote(p) and (not want or genders.get(k, want) == want)]
        return got[-1] if got else ""

    prev: QuoteSpan | None = None
    unmask: list[QuoteSpan] = []
    for q in ctx.quotes:
        if ctx.lex.grade_for(text[q.start:q.end].strip(" \t\n.,;:!?'\"‘’“”")):
            continue  # '10 trusts "require improvement."': the writer quotes a grade, nobody speaks
        ps, pe = para_of(q.start)
        before = text[ps:q.start]
        after_end = pe
        nxt = next((x for x in ctx.quotes if x.start > q.end and x.start < pe), None)
        if nxt is not None:
            after_end = nxt.start
        after = text[q.end:after_end]
        speaker = rule = ""
        introduced = bool(_SAID_BEFORE.search(before) and _SPEECH_WORD.search(before[-200:])
                          or _SAID_BARE.search(before))
        # "X said: ..." / "X, chief executive, said: “...”"
        turn = speaker_line(text, ps, pe) if q.colon_intro else None
        if turn is not None and turn.end() == q.start:
            speaker, rule = person_in(ps, q.start, last=False), "quote.speaker-line"
        elif introduced:
            speaker = person_in(ps, q.start)
            named = [(p_, k) for p_, k in mentions if ps <= p_ < q.start and not ctx.in_quote(p_)]
            if len(named) >= 2 and named[-2][1] != speaker and _OBJECT_BEFORE.search(text, max(ps, named[-1][0] - 40),
                                                                                    named[-1][0]):
                # "The chief executive NAME paid tribute to Mr Y, saying: ...": the one who pays tribute speaks
                speaker = named[-2][1]
            pro = _PRONOUN_BEFORE.search(before)
            if not speaker and pro:
                speaker = _speaker_before(ctx, ps, pro.group(1), genders) or latest_before(ps, pro.group(1))
            by_role = _ROLE_SAID_BEFORE.search(before)
            if not speaker and by_role:
                speaker = _role_holder(ctx, by_role.group("role"))
            rule = "quote.said-before"
        if not speaker and _ACCORDING_TO_BEFORE.search(before):
            speaker = person_in(ps, q.start)
            rule = "quote.according-to"
        # "“...,” said X." / "“...,” she said." / "“...”, according to X."
        # (not a quotation "The report said:" opened: the words of whoever it names, never of the next speaker)
        if not speaker and not (introduced and before.rstrip().endswith(":")):
            m = _PRONOUN_SAID_AFTER.match(after)
            if _SAID_AFTER.match(after) or _ACCORDING_TO_AFTER.match(after):
                # "“...,” said the report. Mrs X thanked staff.": the speaker is named in the same sentence
                stop = _SENTENCE_END.search(after, 2)
                speaker = person_in(q.end, q.end + min(120, stop.start() if stop else 120), last=False)
                rule = "quote.said-after"
            elif m and m.group(1):
                speaker = latest_before(q.start, m.group(1))
                rule = "quote.pronoun-after"
            elif _NAME_SAID_AFTER.match(after):
                speaker = person_in(q.end, q.end + 80, last=False)
                rule = "quote.name-said-after"
            elif _DASH_NAME_AFTER.match(after):
                speaker = person_in(q.end, q.end + 60, last=False)  # “...” — Jane Smith, chief executive
                rule = "quote.dash-after"
            by_role = _ROLE_SAID_AFTER.match(after)
            if not speaker and by_role:
                speaker = _role_holder(ctx, by_role.group("role") or by_role.group("role2"))
                rule = "quote.role-said-after"
        if not speaker and q.signed:
            line = next(((a, b) for a, b in paras if a > q.end), (q.end, q.end))  # the line that signs it
            speaker, rule = person_in(*line, last=False), "quote.signed"
        # ("The report said: “...”" over a photo's caption "Cllr Jane Doe": the report's words, not hers)
        if not speaker and not text[q.end:para_of(q.end)[1]].strip() and not (introduced and before.rstrip().endswith(":")):
            # a quotation that ends its paragraph, then a line that is a name alone ("Cllr Jane Doe", with her
            # title on the line after): a press release's signature
            line = next(((a, b) for a, b in paras if a > q.end), None)
            if line is not None and (_NAME_LINE.fullmatch(text, *line) or _NAME_TITLE_LINE.fullmatch(text, *line)):
                speaker, rule = person_in(*line, last=False), "quote.signed"
        if not speaker and prev is not None and prev.speaker and ps <= prev.start \
                and _BETWEEN_QUOTES.match(text[prev.end:q.start]):
            speaker, rule = prev.speaker, "quote.split"  # "“...,” she said. “...”"
        # A quotation opening its own paragraph after "X said:" or after X's previous quotation.
        if not speaker and q.start == ps:
            found, how = _opening_paragraph(ctx, q, prev, (ps, pe), paras, person_in, latest_before)
            if how:
                speaker, rule = found, how
        # A short quotation inside running text after "X said".
        if not speaker and not q.colon_intro:
            sent_start = max(before.rfind(". "), before.rfind("\n"), -1) + 1
            clause = before[sent_start:]
            # ("X, who has been described as “...”": words others used of X, not X's own)
            if _SPEECH_WORD.search(clause) and not _DESCRIBED_AS.search(clause):
                speaker = _clause_speaker(ctx, ps + sent_start, clause)
                pro = _PRONOUN_OPENING.match(clause)
                if not speaker and pro:
                    speaker = latest_before(ps + sent_start, pro.group(1))
                rule = "quote.in-sentence"
        # "X, chief inspector, said it was clear that ... . “...”": a quotation that opens the sentence after
        # the speaker's reported speech, in the same paragraph
        if not speaker and not q.colon_intro and re.search(r"[.!?]\s+$", before) and not _said_after_it(text, q, after):
            prior = before.rstrip()[:-1]
            sent_start = max(prior.rfind(". "), prior.rfind("? "), prior.rfind("! "), prior.rfind("\n"), -1) + 1
            clause = before[sent_start:]
            if _REPORTED_SPEECH.match(clause.lstrip()) and not ctx.in_quote(ps + sent_start):
                speaker = _clause_speaker(ctx, ps + sent_start, clause)
                pro = _PRONOUN_OPENING.match(clause)
                if not speaker and pro:
                    speaker = latest_before(ps + sent_start, pro.group(1))
                rule = "quote.after-reported"
        q.speaker, q.rule = speaker, rule
        prev = q
        if not speaker and q.colon_intro:
            unmask.append(q)
        if speaker:
            body = "\n".join(text[a:b].strip() for a, b in q.pieces).strip()
            body = body.rstrip("”\"").strip()
            if len(body.split()) >= 2:
                ctx.out.quotes.append(Quote(speaker, body, _ev(q.start, q.end, rule)))
    # Text after a heading such as "WHAT THE INSPECTORS SAID:" is no quotation when nobody said it.
    ctx.quotes = [q for q in ctx.quotes if q not in unmask]
    _interview_answers(ctx, paras, latest_before)


_DESCRIBED_AS = pattern("quotes", "described_as")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_RELATIVE_SPEECH = pattern("quotes", "relative_speech")


def _said_after_it(text: str, q: QuoteSpan, after: str) -> bool:
    """Whether a verb of speech follows the quotation in its own sentence ("..., one parent added"); not when the
    quotation ends the sentence itself."""
    if re.search(r"[.!?][\s”\"’']*$", text[q.start:q.end]):
        return False
    stop = _SENTENCE_END.search(after, 1)
    return _SPEECH_WORD.search(after[:stop.end() if stop else len(after)]) is not None


def _clause_speaker(ctx: Ctx, start: int, clause: str) -> str:
    """"Headteacher X said the pupils were “...”": the person named last before the clause's first verb of
    speech after a name, a few words before it; not when a relative clause brings in another speaker
    ("X said a parent's letter, which said children were offered “...”" quotes the letter, not X)."""
    verbs = list(_SPEECH_WORD.finditer(clause))
    got = [(pos, k) for pos, k in ctx.person_mentions if start <= pos < start + verbs[-1].start()
           and not ctx.in_quote(pos)]
    if not got:
        return ""
    pos, key = got[-1]
    first = next(v for v in verbs if v.start() > pos - start)
    if len(clause[pos - start:first.start()].split()) > 14 or _RELATIVE_SPEECH.search(clause, first.end()):
        return ""
    return key


def _opening_paragraph(ctx: Ctx, q: QuoteSpan, prev: QuoteSpan | None, para: tuple[int, int],
                       paras: list[tuple[int, int]], person_in, latest_before) -> tuple[str, str]:
    """The speaker of a quotation opening its own paragraph: after "X said:", after X's previous quotation, or
    after a paragraph of X's reported speech."""
    text = ctx.doc.text
    ps, pe = para
    prev_para = max(((a, b) for a, b in paras if b < ps), default=None)
    if prev_para is None:
        return "", ""
    ptext = text[prev_para[0]:prev_para[1]]
    if ptext.rstrip().endswith(":"):
        speaker = person_in(*prev_para)
        pro = _PRONOUN.search(ptext)
        if not speaker and pro:
            speaker = latest_before(prev_para[0], pro.group(1))
        return speaker, "quote.colon-paragraph"
    if prev is not None and prev.speaker and prev.end >= prev_para[1] - 1:
        return prev.speaker, "quote.continued"
    tail = text[prev.end:prev_para[1]] if prev is not None and prev_para[0] <= prev.start < prev_para[1] else ""
    if prev is not None and prev.speaker and len(tail.split()) <= 6 and _SPEECH_WORD.search(tail) \
            and re.fullmatch(r"[\s,”\"’']*[^.!?]*[.!?]?\s*", tail):
        return prev.speaker, "quote.continued"  # "“...,” he said." then a paragraph of more of his words
    if q.end >= pe - 1 and not any(prev_para[0] <= x.start < prev_para[1] for x in ctx.quotes):
        return _reported_speaker(ctx, prev_para), "quote.after-reported-speech"
    return "", ""


def _interview_answers(ctx: Ctx, paras: list[tuple[int, int]], latest_before) -> None:
    """A Q&A interview: every "A: ..." paragraph is a quotation of the person the text introduced
    before the first question ("We spoke to X, who ...")."""
    text = ctx.doc.text
    qs = [ps for ps, pe in paras if _QA_Q.match(text[ps:pe]) and not ctx.in_mask(ps)]
    answers = [(ps, pe) for ps, pe in paras if _QA_A.match(text[ps:pe]) and not ctx.in_mask(ps)]
    if not qs or not answers:
        return
    speaker = latest_before(qs[0])
    if not speaker:
        return
    for ps, pe in answers:
        if ps < qs[0] or ctx.in_quote(ps):
            continue
        start = ps + _QA_A.match(text[ps:pe]).end()
        body = text[start:pe].strip()
        if len(body.split()) >= 2:
            ctx.quotes.append(QuoteSpan([(start, pe)], (start, pe), speaker=speaker, rule="quote.interview-answer"))
            ctx.out.quotes.append(Quote(speaker, body, _ev(start, pe, "quote.interview-answer")))
    ctx.quotes.sort(key=lambda q: q.start)
