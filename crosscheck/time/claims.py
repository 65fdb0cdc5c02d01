"""Date claims: each time expression attached to what it dates, and the document's own date.

"the summit at the lodge on Aug. 18" gives an ``event.date`` claim, "told members of the club on
Tuesday" a ``statement.date`` claim: whichever of an event word or a reporting verb stands nearer
the date in its sentence decides. Modality comes from the clause: SCHEDULED for "will", "is set
to", "upcoming", "later this month"; PAST for past tense.

Events are not aligned across documents here: each event.date claim has a document-local subject
(``event:summit@<doc>:<offset>``) and carries its trigger word and the names it can see in its
sentence in ``details``, for the event aligner that builds shared subjects later.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from attrs import evolve, frozen

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import (
    Claim,
    Details,
    Document,
    Facet,
    Granularity,
    MetaSource,
    Modality,
    TimeExpression,
    TimeKind,
)
from crosscheck.nlp.furniture import is_dateline
from crosscheck.nlp.layers import SENTENCES, TIMES
from crosscheck.statements.lexicon import lexicon as statements_lexicon
from crosscheck.time import timex
from crosscheck.time._lexicon import lexicon as time_lexicon
from crosscheck.time._lexicon import read_data
from crosscheck.time.clauses import Links
from crosscheck.time.context import Sentences, Tense, direction_of

DATA_FILE = "date_claims_en.toml"
EXTRACTOR = "dates"
DATE_FACETS = (Facet.EVENT_DATE, Facet.STATEMENT_DATE)
PUBLISHED_FACET = Facet.PUBLISHED
# An event word or reporting verb farther than this (characters) from the date is not what it
# dates: long sentences join several clauses, and a far verb belongs to another one.
TRIGGER_WINDOW = 120
# A scheduling adjective ("upcoming") counts when it stands at most this many words before the
# event word ("an upcoming trilateral summit").
ADJECTIVE_REACH = 3
# A date modifies an event word ("Saturday's snap parliamentary election", "the 2007 Pisco
# earthquake") across at most this many words and characters.
ATTRIBUTE_MAX_WORDS = 3
ATTRIBUTE_MAX_CHARS = 40
# The clause kept in a claim's details for the report and the event aligner, cut at this length.
CLAUSE_MAX_CHARS = 300


@frozen
class PublishedDetails(Details):
    """Of a ``document.published`` claim: where the date came from (header, front matter …)."""

    tag = "published"
    source: MetaSource | None = None


@frozen
class DateDetails(Details):
    """Of an ``event.date`` or ``statement.date`` claim: the interval and what the date dates.

    ``earliest``/``latest`` are the inclusive calendar days the value covers (None when open or
    unknown); ``candidates`` every reading of an ambiguous date. ``trigger`` is the event word or
    reporting verb dated, ``trigger_start`` its offset in the text; ``modifies_trigger`` is set
    when the date names which event is meant ("Saturday's election"). ``places`` and
    ``participants`` are the names seen in the event's clause, ``clause`` that clause.
    """

    tag = "date"
    kind: TimeKind
    granularity: Granularity
    clause: str
    anchored: bool = False
    relative: bool = False
    earliest: dt.date | None = None
    latest: dt.date | None = None
    modifier: str | None = None
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    trigger: str | None = None
    trigger_lemma: str | None = None
    trigger_start: int | None = None
    modifies_trigger: bool = False
    places: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*){0,5}"
_NAMES = re.compile(
    rf"(?<![\w])(?P<prep>[a-z]+)\s+(?:the\s+)?(?P<names>{_NAME}(?:,?\s+and\s+(?:the\s+)?{_NAME}){{0,3}})"
)
_AND = re.compile(r",?\s+and\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['\u2019]s?(?=\s)")
_YEAR = re.compile(r"\d{4}")
# A word between a date and the noun it modifies: a name, an adjective, an amount.
_MODIFIER = re.compile(r"[\w$\u20ac\u00a3.%-]+")


@frozen
class _Words:
    reporting: Mapping[str, str]
    events: Mapping[str, str]
    scheduling: frozenset[str]
    places: frozenset[str]
    participants: frozenset[str]


@functools.cache
def _words() -> _Words:
    d = read_data(DATA_FILE)
    w = d["words"]
    return _Words(
        # One list of reporting verbs for the project: the statements lexicon's, with its inflections.
        reporting=statements_lexicon("en").verb_forms,
        events=d["event_trigger"],
        scheduling=frozenset(w["scheduling_adjective"]),
        places=frozenset(w["place_preposition"]),
        participants=frozenset(w["participant_preposition"]),
    )


@plugins.extractor(
    EXTRACTOR,
    requires=(SENTENCES, TIMES),
    assigns=(Facet.PUBLISHED, Facet.EVENT_DATE, Facet.STATEMENT_DATE),
)
def date_claims(analysis: Analysis) -> list[Claim]:
    """Return the document's date claims: its publication date and what each date in it dates.

    Args:
        analysis: the document and its time expressions.

    Returns:
        A ``document.published`` claim if the document has a date, then one ``event.date`` or
        ``statement.date`` claim per date or time in the text (durations, sets, vague references
        and the printed publication date itself excepted).
    """
    doc = analysis.document
    times = analysis.times()
    claims: list[Claim] = []
    if doc.published is not None:
        claims.append(published_claim(doc, times))
    links: Links | None = None
    for te in times:
        if not _dates_something(te) or is_dateline(doc.text, te):
            continue
        links = links or Links(doc.text, analysis.sentence_starts())
        claims.append(_date_claim(doc, te, links, times))
    return claims


def published_claim(doc: Document, times: Sequence[TimeExpression]) -> Claim:
    """Return the ``document.published`` claim, its evidence the printed date where it is found."""
    if doc.published is None:
        raise ValueError(f"document {doc.id!r} has no publication date to claim")
    value = doc.published.isoformat()
    start, end = printed_date(doc, times)
    written = doc.published_text or (doc.text[start:end] if end > start else value)
    details = PublishedDetails(doc.sources.get("published"))
    return Claim(
        doc_id=doc.id,
        facet=PUBLISHED_FACET,
        subject=f"document:{doc.id}",
        value=value,
        written=written,
        evidence=(doc.span(start, end),),
        subject_label=doc.title or doc.id,
        details=details,
        extractor=EXTRACTOR,
    )


def printed_date(doc: Document, times: Iterable[TimeExpression]) -> tuple[int, int]:
    """Return the span where the text prints its publication date, else its first character."""
    if doc.published_text:
        found = doc.text.find(doc.published_text)
        if found >= 0:
            return found, found + len(doc.published_text)
    if doc.published is not None:
        iso = doc.published.isoformat()
        for te in times:
            if te.anchored:
                continue  # "Friday" resolved against the date is not where the page prints it
            if te.value.startswith(iso) or any(c.startswith(iso) for c in te.candidates):
                return te.start, te.end
    return 0, min(1, len(doc.text))


def _dates_something(te: TimeExpression) -> bool:
    return te.kind in (TimeKind.DATE, TimeKind.TIME) and te.value not in timex.REFERENCES


def _date_claim(
    doc: Document, te: TimeExpression, links: Links, times: Sequence[TimeExpression]
) -> Claim:
    words = _words()
    sentences = links.sentences
    s_start, s_end = sentences.around(te.start)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(doc.text, s_start, s_end)]
    span = (te.start, te.end)
    # A reporting verb is lowercase: "the United States" holds no "states".
    report = _nearest(
        tokens,
        te,
        words.reporting,
        lambda i: tokens[i][2].islower() and links.may_date(span, tokens[i][:2], saying=True),
    )
    own = [t for t in times if t is not te and s_start <= t.start < s_end]
    event = _nearest(
        tokens,
        te,
        words.events,
        lambda i: (
            not _inside_name(tokens, i, doc.text)
            and not _dated_by_another(doc.text, own, tokens[i][0])
            and links.may_date(span, tokens[i][:2], saying=False)
        ),
    )
    is_statement = report is not None and (event is None or report[0] < event[0])
    trigger = report if is_statement else event
    table = words.reporting if is_statement else words.events
    lemma = table[trigger[3].lower()] if trigger else "unspecified"
    kind = "statement" if is_statement else "event"
    details = _details(te, doc.text, s_start, s_end)
    if trigger is not None:
        details = evolve(
            details,
            trigger=trigger[3],
            trigger_lemma=lemma,
            trigger_start=trigger[1],
            # "the 2007 earthquake", "Saturday's election": the date says which event is meant,
            # so an event word dated this way is not a reference back to another one.
            modifies_trigger=not is_statement and _dated_by_another(doc.text, [te], trigger[1]),
        )
    if kind == "event":
        places, participants = _names(doc.text, s_start, s_end, te)
        details = evolve(details, places=tuple(places), participants=tuple(participants))
    return Claim(
        doc_id=doc.id,
        facet=f"{kind}.date",
        subject=f"{kind}:{lemma}@{doc.id}:{te.start}",
        value=te.value,
        written=te.text,
        evidence=(doc.span(te.start, te.end),),
        subject_label=f"{lemma if trigger else kind} ({te.text})",
        modality=_modality(te, tokens, trigger, sentences),
        details=details,
        extractor=EXTRACTOR,
    )


def _inside_name(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Return whether a capitalised event word is part of a longer name ("Election Commission")."""
    _, end, word = tokens[i]
    if word.islower() or i + 1 >= len(tokens):
        return False
    nxt_start, _, nxt = tokens[i + 1]
    if text[end:nxt_start].strip() or not nxt[:1].isupper():
        return False
    return not time_lexicon().is_time_word(nxt)  # "the Summit Tuesday": the summit's date


def _dated_by_another(text: str, times: Sequence[TimeExpression], word_start: int) -> bool:
    """Return whether one of ``times`` modifies the event word at ``word_start`` ("Sunday's quake").

    Such an event has its date; a second date in the sentence dates something else ("the toll from
    Sunday's earthquake rose to 180 on Wednesday").
    """
    blocked = _attribute_stop_words()
    for t in times:
        if t.end > word_start or word_start - t.end > ATTRIBUTE_MAX_CHARS:
            continue
        gap = text[t.end : word_start]
        possessive = _POSSESSIVE.match(gap)
        if possessive is None and not _YEAR.fullmatch(t.text):
            continue
        rest = gap[possessive.end() :] if possessive else gap
        words = rest.split()
        if len(words) <= ATTRIBUTE_MAX_WORDS and not any(
            w.lower() in blocked or not _MODIFIER.fullmatch(w) for w in words
        ):
            return True  # "Saturday's snap election", "the 2007 Pisco earthquake"
    return False


@functools.cache
def _attribute_stop_words() -> frozenset[str]:
    lex = statements_lexicon("en")
    time_words = time_lexicon()
    return (
        lex.words.get("prepositions", frozenset())
        | lex.words.get("determiners", frozenset())
        | time_words.clause_openers
        | time_words.clause_finite
    )


def _nearest(
    tokens: list[tuple[int, int, str]],
    te: TimeExpression,
    table: Mapping[str, str],
    accept: Callable[[int], bool],
) -> tuple[int, int, int, str] | None:
    """Return (distance, start, token index, word) of the nearest table word ``accept`` takes."""
    best: tuple[int, int, int, str] | None = None
    for i, (start, end, word) in enumerate(tokens):
        if word.lower() not in table or te.start <= start < te.end:
            continue
        distance = te.start - end if end <= te.start else start - te.end
        if distance > TRIGGER_WINDOW or (best is not None and distance >= best[0]):
            continue
        if accept(i):
            best = (distance, start, i, word)
    return best


def _modality(
    te: TimeExpression,
    tokens: list[tuple[int, int, str]],
    trigger: tuple[int, int, int, str] | None,
    sentences: Sentences,
) -> Modality:
    if trigger is not None:
        before = tokens[max(0, trigger[2] - ADJECTIVE_REACH) : trigger[2]]
        if any(w.lower() in _words().scheduling for _, _, w in before):
            return Modality.SCHEDULED  # "the upcoming summit", "the anticipated talks"
    tense = direction_of(te.text) or sentences.tense_near(te.start, te.end)
    if tense is Tense.FUTURE:
        return Modality.SCHEDULED
    if tense is Tense.PAST:
        return Modality.PAST
    return Modality.ASSERTED


def _details(te: TimeExpression, text: str, s_start: int, s_end: int) -> DateDetails:
    return DateDetails(
        kind=te.kind,
        granularity=te.granularity,
        clause=" ".join(text[s_start:s_end].split())[:CLAUSE_MAX_CHARS],
        anchored=te.anchored,
        relative=te.anchored or timex.is_open(te.value),
        earliest=te.earliest,
        latest=te.latest,
        modifier=te.modifier or None,
        ambiguous=te.ambiguous,
        candidates=te.candidates if te.ambiguous else (),
    )


def _names(text: str, s_start: int, s_end: int, te: TimeExpression) -> tuple[list[str], list[str]]:
    """Return the capitalised names after place and participant prepositions in the sentence."""
    words = _words()
    time_words = time_lexicon()
    places: list[str] = []
    participants: list[str] = []
    for m in _NAMES.finditer(text, s_start, s_end):
        prep = m["prep"]
        if prep not in words.places and prep not in words.participants:
            continue
        if m.start("names") < te.end and te.start < m.end("names"):
            continue  # "in June", "on Tuesday": the date itself
        for name in _AND.split(m["names"]):
            name = name.strip(" .,")
            first = name.split()[0].lower() if name else ""
            if not first or first in time_words.months or first in time_words.weekdays:
                continue
            (places if prep in words.places else participants).append(name)
    return _unique(places), _unique(participants)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
