"""Date claims: each time expression attached to what it dates, and the document's own date.

"the summit at the lodge on Aug. 18" gives an ``event.date`` claim, "told members of the club on
Tuesday" a ``statement.date`` claim: the predicate the date modifies in the dependency parse decides
(:mod:`crosscheck.time.syntax`), a statement when it is a reporting verb. Modality comes from that
predicate's clause: SCHEDULED for "will", "is set to", "upcoming", "later this month"; PAST for past
tense. A bare weekday or month is resolved again in the direction that clause gives, and stays
ambiguous (both readings as candidates) when the clause gives none.

Events are not aligned across documents here: each event.date claim has a document-local subject
(``event:summit@<doc>:<offset>``) and carries its trigger word and the names its clause holds in
``details``, for the event aligner that builds shared subjects later.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import (
    Claim,
    Details,
    Document,
    Facet,
    Granularity,
    Mention,
    MetaSource,
    Modality,
    TimeExpression,
    TimeKind,
)
from crosscheck.nlp.layers import (
    DATELINES,
    EXT_MENTIONS,
    EXT_TIMES,
    MENTIONS,
    PARSE,
    QUOTES,
    SENTENCES,
    TAGS,
    TIMES,
)
from crosscheck.time import syntax, timex
from crosscheck.time._absolute import day_in_month_near
from crosscheck.time._anchor import pick_year, weekday_date
from crosscheck.time._lexicon import lexicon as time_lexicon
from crosscheck.time.tense import Tense, direction_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

EXTRACTOR = "dates"
DATE_FACETS = (Facet.EVENT_DATE, Facet.STATEMENT_DATE)
PUBLISHED_FACET = Facet.PUBLISHED
# The clause kept in a claim's details for the report and the event aligner, cut at this length.
CLAUSE_MAX_CHARS = 300
# Entity kinds (registry ids' prefixes and the model's labels) that name a place, and those that
# name who takes part in an event.
PLACE_KINDS = frozenset({"city", "country", "place", "region", "FAC", "GPE", "LOC"})
PARTICIPANT_KINDS = frozenset({"organization", "party", "person", "ORG", "PERSON"})
# Modifiers under which a month is one period that a year can be moved under; "since April" is
# closed by the publication date and is left as find_times read it.
_MOVABLE_MODIFIERS = frozenset({"", "START", "MID", "END", "APPROX"})
_DAY_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(T[A-Z]{2})?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_WORDS = re.compile(r"[a-z]+")
# "the 9th", "the morning of the 9th": a day of the month without its month.
_DAY_OF_MONTH = re.compile(r"(?:[Tt]he\s+[a-z]+\s+of\s+)?the\s+([0-9]{1,2})(?:st|nd|rd|th)")
_DIRECTIONS = (Tense.PAST, Tense.FUTURE)
# A count of days or weeks ("P2D", "P3W") that "before"/"after" can count from an event.
_DAY_COUNT = re.compile(r"P([0-9]+)([DW])")
# A dateline's agency and dash follow its date within this many tokens ("June 2 (Nordic Wire) -").
DATELINE_TAIL_TOKENS = 8
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@frozen
class PublishedDetails(Details):
    """Of a ``document.published`` claim: where the date came from (header, front matter …)."""

    tag = "published"
    source: MetaSource | None = None
    # The wire dateline's date ("LIMA, Nov. 11 (Wire) -"), as written and where: the day the story
    # was filed, which the dateline check holds against the page date and the events reported.
    dateline: str | None = None
    dateline_text: str | None = None
    dateline_start: int | None = None
    dateline_end: int | None = None


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
    # A time counted from an event ("two days before the vote"): the anchor event word's offset
    # and the days counted (negative before it).
    relative_to: int | None = None
    offset_days: int | None = None


@plugins.extractor(
    EXTRACTOR,
    requires=(SENTENCES, TAGS, PARSE, TIMES, QUOTES, MENTIONS, DATELINES),
    assigns=(Facet.PUBLISHED, Facet.EVENT_DATE, Facet.STATEMENT_DATE),
)
def date_claims(analysis: Analysis) -> list[Claim]:
    """Return the document's date claims: its publication date and what each date in it dates.

    Args:
        analysis: the document and its annotated Doc.

    Returns:
        A ``document.published`` claim if the document has a date, then one ``event.date`` or
        ``statement.date`` claim per date or time in the text (durations, sets, vague references
        and the printed dateline excepted: the day a story was filed dates nothing in it).
    """
    document = analysis.document
    doc = analysis.doc()
    times: Sequence[TimeExpression] = doc._.get(EXT_TIMES)
    spans = list(doc.spans[TIMES])
    datelines = {(s.start, s.end) for s in doc.spans[DATELINES]}
    claims: list[Claim] = []
    if document.published is not None:
        filed = next(
            (te for te, s in zip(times, spans, strict=True) if (s.start, s.end) in datelines),
            None,
        )
        claims.append(published_claim(document, times, dateline=filed))
    # A dateline's city and agency ("OSLO, June 2 (Wire) -") say where the story was filed, not
    # where anything in it happened: mentions before its end take no part in the claims.
    filed_ends = [_dateline_end(s) for s in doc.spans[DATELINES]]
    mentions = [
        (m_span, m)
        for m_span, m in zip(doc.spans[MENTIONS], doc._.get(EXT_MENTIONS), strict=True)
        if not any(m_span.sent.start == s and m_span.end <= e for s, e in filed_ends)
    ]
    dating = _dating(doc)
    context = _Context(
        syntax.dated_events(s for _, s in dating), syntax.quote_bounds(doc), mentions
    )
    for te, span in dating:
        if (span.start, span.end) not in datelines:
            claims.append(_date_claim(document, te, span, context))
    claims.extend(_event_relative_claims(document, doc, claims, context))
    return claims


def dates_by_predicate(doc: Doc) -> dict[int, tuple[tuple[TimeExpression, bool], ...]]:
    """Return what each dated predicate of ``doc`` is dated by, before any date is resolved.

    Keyed by the predicate's token index: its time expressions, each with whether it only says
    which event the predicate is ("the July 8 announcement", ``Attachment.modifies``). The same
    attachment the date claims make (the printed dateline and vague references left out), for a
    reader that must know an event word's dates while the document's frames are still being told
    apart (``crosscheck.events.claims``).
    """
    datelines = {(s.start, s.end) for s in doc.spans[DATELINES]}
    dating = _dating(doc)
    dated = syntax.dated_events(s for _, s in dating)
    quotes = syntax.quote_bounds(doc)
    found: dict[int, list[tuple[TimeExpression, bool]]] = {}
    for te, span in dating:
        if (span.start, span.end) in datelines:
            continue
        attachment = syntax.attach(span, dated, quotes)
        if attachment is not None:
            found.setdefault(attachment.token, []).append((te, attachment.modifies))
    return {i: tuple(v) for i, v in found.items()}


def _dating(doc: Doc) -> list[tuple[TimeExpression, Span]]:
    """Return the Doc's time expressions that date something, with their tokens.

    Only dates say which event a noun is ("Friday's quake"); a duration modifies one ("a four-day
    trip") without dating it, and the trip may still take the date its apposition gives. The
    printed dateline is among them; the callers date nothing by it.
    """
    times: Sequence[TimeExpression] = doc._.get(EXT_TIMES)
    return [(te, s) for te, s in zip(times, doc.spans[TIMES], strict=True) if _dates_something(te)]


@frozen
class _Context:
    """What every date of one Doc is read against, computed once per document."""

    dated: frozenset[int]  # event nouns a date modifies from inside their phrase
    quotes: Mapping[int, tuple[int, int]]  # token -> bounds of the direct quote holding it
    mentions: Sequence[tuple[Span, Mention]]  # the entity layer, dateline names left out


def _event_relative_claims(
    document: Document, doc: Doc, claims: Sequence[Claim], context: _Context
) -> list[Claim]:
    """Return the claims of times counted from an event ("two days before the vote").

    The anchor is the event the phrase names: the object of "before"/"after", or the verb of the
    clause "after" opens ("the day after the minister announced the cuts"). When that event is
    dated in the document (the same token, or the one event of that kind dated there) the time is
    resolved, the anchor's day plus or minus the count; otherwise it stays relative (value
    ``XXXX-XX-XX``, the anchor's offset in ``relative_to``), which fixes no day.
    """
    by_token: dict[int, set[str]] = {}
    by_lemma: dict[str, set[str]] = {}
    for c in claims:
        d = c.details
        if not isinstance(d, DateDetails) or d.trigger_start is None or d.granularity != "day":
            continue
        if not _DAY_VALUE.fullmatch(c.value):
            continue
        by_token.setdefault(d.trigger_start, set()).add(c.value[:10])
        if d.trigger_lemma:
            by_lemma.setdefault(d.trigger_lemma, set()).add(c.value[:10])
    durations = {
        s.end: (s, te) for s, te in zip(doc.spans[TIMES], doc._.get(EXT_TIMES), strict=True)
    }
    out: list[Claim] = []
    for token in doc:
        sign = syntax.words().event_relative.get(token.lower_)
        if sign is None:
            continue
        counted = _count_before(doc, token, durations)
        if counted is None:
            continue
        first, days, exact = counted
        anchor = syntax.relative_anchor(token)
        if anchor is None:
            continue
        values = by_token.get(anchor.idx) or by_lemma.get(_lemma(anchor), set())
        phrase = doc[first : token.i + 1]
        te = TimeExpression(
            start=phrase.start_char,
            end=phrase.end_char,
            text=phrase.text,
            value="XXXX-XX-XX",
            earliest=None,
            latest=None,
            granularity=Granularity.DAY,
            anchored=False,
        )
        # "nearly three weeks after", "about a month before": a count with a modifier fixes no
        # day, and kept relative it is compared with nothing rather than with the wrong day.
        if len(values) == 1 and exact:
            day = dt.date.fromisoformat(next(iter(values))) + dt.timedelta(days=sign * days)
            te = evolve(te, value=day.isoformat(), earliest=day, latest=day, anchored=True)
        # "resigned a day after the auditor published the report": the parser hangs the count
        # on the verb "after" opens, which is the anchor itself; the phrase dates the verb that
        # clause hangs on, so the walk to the dated predicate starts above the anchor.
        opens_clause = token.dep_ == "mark" and anchor.i == token.head.i
        climb = doc[anchor.i : anchor.i + 1] if opens_clause else None
        claim = _date_claim(document, te, phrase, context, climb)
        d = claim.details
        if isinstance(d, DateDetails):
            claim = evolve(
                claim,
                details=evolve(d, relative=True, relative_to=anchor.idx, offset_days=sign * days),
            )
        out.append(claim)
    return out


def _count_before(
    doc: Doc, token: Token, durations: dict[int, tuple[Span, TimeExpression]]
) -> tuple[int, int, bool] | None:
    """Return (first token, days, whether exact) of the count before "after"/"before": "two
    days", "the day"; a count with a modifier ("nearly three weeks") is not exact."""
    found = durations.get(token.i)
    if found is not None:
        span, te = found
        m = _DAY_COUNT.fullmatch(te.value)
        if m is None or te.kind is not TimeKind.DURATION:
            return None
        return span.start, int(m[1]) * (7 if m[2] == "W" else 1), te.modifier is None
    if (
        token.i >= 2
        and doc[token.i - 1].lower_ == "day"
        and doc[token.i - 2].lower_ in ("the", "a")
    ):
        return token.i - 2, 1, True  # "the day after", "a day before"
    return None


def _dateline_end(dateline: Span) -> tuple[int, int]:
    """Return (sentence start, token end) of a dateline, up to the dash that ends it."""
    doc = dateline.doc
    stop = min(dateline.end + DATELINE_TAIL_TOKENS, dateline.sent.end)
    end = next((i + 1 for i in range(dateline.end, stop) if doc[i].text in _DASHES), dateline.end)
    return dateline.sent.start, end


def published_claim(
    doc: Document, times: Sequence[TimeExpression], dateline: TimeExpression | None = None
) -> Claim:
    """Return the ``document.published`` claim, its evidence the printed date where it is found.

    ``dateline`` is the date of the wire dateline ("LIMA, Nov. 11 (Wire) -"), the day the story
    was filed; the claim carries it so that the dateline check can hold it against the page date.
    """
    if doc.published is None:
        raise ValueError(f"document {doc.id!r} has no publication date to claim")
    value = doc.published.isoformat()
    start, end = printed_date(doc, times)
    written = doc.published_text or (doc.text[start:end] if end > start else value)
    details = PublishedDetails(doc.sources.get("published"))
    if dateline is not None:
        details = evolve(
            details,
            dateline=dateline.value,
            dateline_text=dateline.text,
            dateline_start=dateline.start,
            dateline_end=dateline.end,
        )
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
    document: Document,
    te: TimeExpression,
    span: Span,
    context: _Context,
    climb: Span | None = None,
) -> Claim:
    """Return the date claim of ``te`` (tokens ``span``), attached from ``climb`` when given."""
    doc = span.doc
    attachment = syntax.attach(span if climb is None else climb, context.dated, context.quotes)
    pred = doc[attachment.token] if attachment is not None else None
    is_statement = (
        pred is not None
        and attachment is not None
        and not attachment.modifies
        and syntax.event_lemma(pred) is None
        and syntax.is_reporting(pred)
        and not _event_verb_reporting_nothing(pred)
    )
    kind = "statement" if is_statement else "event"
    lemma = _lemma(pred) if pred is not None else "unspecified"
    # The attachment just found, not a second walk: tense_at(...) is attach + attached_tense.
    tense = direction_of(te.text) or syntax.attached_tense(span, attachment)
    resolved = _resolved(te, tense, document.published)
    sent = span.sent
    details = _details(resolved, sent.text)
    if pred is not None:
        details = evolve(
            details,
            trigger=pred.text,
            trigger_lemma=lemma,
            trigger_start=pred.idx,
            # "the 2007 earthquake", "Saturday's election": the date says which event is meant,
            # so an event word dated this way is not a reference back to another one.
            modifies_trigger=attachment is not None and attachment.modifies,
        )
    if kind == "event":
        places, participants = _names(span, pred, context.mentions)
        details = evolve(details, places=places, participants=participants)
    return Claim(
        doc_id=document.id,
        facet=f"{kind}.date",
        subject=f"{kind}:{lemma}@{document.id}:{te.start}",
        value=resolved.value,
        written=te.text,
        evidence=(document.span(te.start, te.end),),
        subject_label=f"{lemma if pred is not None else kind} ({te.text})",
        modality=_modality(pred, tense, _after_page(resolved, document.published)),
        details=details,
        extractor=EXTRACTOR,
    )


# Dependency labels of a clause a reporting verb reports ("announced Friday that ...").
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


@functools.cache
def _event_verbs() -> frozenset[str]:
    """Return the verb lemmas the event classes list ("arrest", "charge", "announce")."""
    # Imported here, not at the top: the events capability registers its extractor after this
    # one (plugins.BUILTIN_MODULES order), and an import at load time would reverse that.
    from crosscheck.events.claims import lexicon as event_lexicon

    return frozenset(event_lexicon().verbs)


def _event_verb_reporting_nothing(pred: Token) -> bool:
    """Return whether a reporting verb names an event here, not a saying.

    "was charged with murder Saturday", "briefed reporters on Monday": a verb an event class
    lists, with no clause it reports, is that event; "charged Friday that the count was rigged"
    reports a clause and stays a statement.
    """
    return (
        pred.pos_ == "VERB"
        and pred.lemma_.lower() in _event_verbs()
        and not any(c.dep_ in REPORTED_CLAUSE_DEPS for c in pred.children)
    )


def _lemma(pred: Token) -> str:
    """Return the trigger lemma: the event word's from the table, else the parser's."""
    return syntax.event_lemma(pred) or pred.lemma_.lower()


def _modality(pred: Token | None, tense: Tense | None, after_page: bool = False) -> Modality:
    if pred is not None and pred.pos_ != "VERB" and syntax.scheduled_noun(pred):
        return Modality.SCHEDULED  # "the upcoming summit", "the anticipated talks"
    if tense is Tense.FUTURE:
        return Modality.SCHEDULED
    if tense is Tense.PAST:
        if after_page and pred is not None and syntax.planned_before(pred):
            # "was due to be freed in June 2030", written years before: a plan told in the past
            # for a day still to come is scheduled, not reported as done.
            return Modality.SCHEDULED
        return Modality.PAST
    return Modality.ASSERTED


def _after_page(resolved: TimeExpression, published: dt.date | None) -> bool:
    """Return whether a date lies wholly after the page's own date."""
    return published is not None and resolved.earliest is not None and resolved.earliest > published


def _resolved(te: TimeExpression, tense: Tense | None, published: dt.date | None) -> TimeExpression:
    """Return ``te`` with a bare weekday or month resolved in the direction of its clause.

    ``find_times`` reads the tense from cue words near the date; the parse knows which verb the
    date belongs to, so its tense decides here. With no tense cue a weekday that could be this
    week's or last week's stays ambiguous: both days are candidates, and the value keeps what they
    share. TIMEX3 values from ``find_times`` are unchanged wherever the clause agrees with them.
    """
    if published is None or not te.anchored or _has_relative_word(te.text):
        return te
    day = _DAY_VALUE.fullmatch(te.value)
    if day is not None:
        suffix = day[2] or ""
        weekday = _bare_weekday(te.text)
        of_month = _DAY_OF_MONTH.fullmatch(te.text)
        if weekday is not None:
            back = weekday_date(published, weekday, None, Tense.PAST)
            ahead = weekday_date(published, weekday, None, Tense.FUTURE)
        elif of_month is not None:
            n = int(of_month[1])
            past, future = (day_in_month_near(published, n, t) for t in _DIRECTIONS)
            if past is None or future is None:
                return te  # the 31st of a month without one
            back, ahead = past, future
        else:
            return te
        if tense is Tense.PAST:
            readings = [back]
        elif tense is Tense.FUTURE:
            readings = [ahead]
        else:
            readings = sorted({back, ahead})
        values = [d.isoformat() + suffix for d in readings]
        return _with_readings(te, values)
    month = _MONTH_VALUE.fullmatch(te.value)
    if month is None or (te.modifier or "") not in _MOVABLE_MODIFIERS or _has_digit(te.text):
        return te
    number = int(month[2])

    def interval_in(year: int) -> tuple[dt.date, dt.date]:
        return dt.date(year, number, 1), timex.month_end(year, number)

    if tense is not None:
        years = [pick_year(published, tense, interval_in)]
    else:
        years = sorted({pick_year(published, t, interval_in) for t in (Tense.PAST, Tense.FUTURE)})
    return _with_readings(te, [f"{y:04d}-{number:02d}" for y in years])


def _with_readings(te: TimeExpression, values: Sequence[str]) -> TimeExpression:
    """Return ``te`` with one reading (a new value) or several (ambiguous, with candidates)."""
    if len(values) == 1:
        if values[0] == te.value:
            return te
        first, last = timex.apply_modifier(timex.interval_of(values[0]), te.modifier)
        return evolve(te, value=values[0], earliest=first, latest=last)
    intervals = [timex.apply_modifier(timex.interval_of(v), te.modifier) for v in values]
    firsts = [i[0] for i in intervals if i[0] is not None]
    lasts = [i[1] for i in intervals if i[1] is not None]
    return evolve(
        te,
        value=_shared(values),
        earliest=min(firsts) if firsts else None,
        latest=max(lasts) if lasts else None,
        ambiguous=True,
        candidates=tuple(values),
    )


def _shared(values: Sequence[str]) -> str:
    """Return the TIMEX3 value that keeps what every reading shares ("2025-05-XX" for two days)."""
    parts = [re.split(r"([-T])", v) for v in values]
    if len({len(p) for p in parts}) != 1:
        return values[0][:4] if len({v[:4] for v in values}) == 1 else "XXXX"
    out = []
    for pieces in zip(*parts, strict=True):
        out.append(pieces[0] if len(set(pieces)) == 1 else "X" * len(pieces[0]))
    return "".join(out)


def _bare_weekday(text: str) -> int | None:
    """Return the weekday of "Tuesday", "this Tuesday", "Tuesday evening"; None for anything else."""
    words = _WORDS.findall(text.lower())
    if words and words[0] == "this":
        words = words[1:]
    if not words:
        return None
    return time_lexicon().weekdays.get(words[0])


def _has_relative_word(text: str) -> bool:
    """Return whether the expression fixes its own direction ("last Friday", "next March")."""
    lex = time_lexicon()
    found = set(_WORDS.findall(text.lower()))
    relative = {w for w, meaning in lex.relative_words.items() if meaning != "this"}
    return bool(found & relative) or bool(found & (lex.direction_future | lex.direction_past))


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _details(te: TimeExpression, sentence: str) -> DateDetails:
    return DateDetails(
        kind=te.kind,
        granularity=te.granularity,
        clause=" ".join(sentence.split())[:CLAUSE_MAX_CHARS],
        anchored=te.anchored,
        relative=te.anchored or timex.is_open(te.value),
        earliest=te.earliest,
        latest=te.latest,
        modifier=te.modifier or None,
        ambiguous=te.ambiguous,
        candidates=te.candidates if te.ambiguous else (),
    )


def _names(
    span: Span, pred: Token | None, mentions: Sequence[tuple[Span, Mention]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the places and participants the entity layer finds in the predicate's clause.

    A place after a participant preposition ("talks with Japan") takes part rather than hosts.
    """
    clause = syntax.clause_tokens(pred) if pred is not None else frozenset(t.i for t in span.sent)
    partaking = syntax.words().participant_prepositions
    places: list[str] = []
    participants: list[str] = []
    for m_span, mention in mentions:
        if m_span.root.i not in clause or (m_span.start < span.end and span.start < m_span.end):
            continue
        label = m_span.label_
        kind = label.removeprefix("model:") if label.startswith("model:") else label.split(":")[0]
        if kind in PLACE_KINDS:
            if m_span.root.pos_ == "ADJ" or m_span.root.dep_ == "amod":
                continue  # "Japanese Prime Minister": a nationality, not where it happened
            head = m_span.root.head
            partakes = m_span.root.dep_ == "pobj" and head.lower_ in partaking
            (participants if partakes else places).append(mention.text)
        elif kind in PARTICIPANT_KINDS:
            participants.append(mention.text)
    return tuple(dict.fromkeys(places)), tuple(dict.fromkeys(participants))
