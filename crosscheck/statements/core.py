"""Find the statements of one document: direct quotes and reported speech, with who said them,
to whom, when, and through which intermediary."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from crosscheck.model import Document, Mention, TimeExpression, TimeKind
from crosscheck.nlp import annotate
from crosscheck.nlp.layers import CUES, EXT_DOCUMENT, PARAGRAPHS, QUOTES
from crosscheck.nlp.quotes import (
    ALL_MARKS,
    DOUBLE_MARKS,
    Quote,
    orphan_close,
    quote_of_span,
)
from crosscheck.statements import attribution as attr
from crosscheck.statements import parse
from crosscheck.statements.chains import ViaHit, find_audience, find_vias, outlet_like
from crosscheck.statements.drafts import (
    Context,
    Draft,
    Statement,
    Via,
    best_via,
    cue_rank,
    make_via,
)
from crosscheck.statements.lexicon import Lexicon, lexicon
from crosscheck.statements.phrases import SentenceView
from crosscheck.statements.reported import reported_speech
from crosscheck.statements.speakers import MentionIndex, Resolver, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The quote layer's label for a quotation in double marks (the other is "single").
DOUBLE_LABEL = "double"
# The cue layer's label for a reporting verb (the other is "according-to").
REPORTING_LABEL = "reporting"
# A one-word quote nobody is named for is a scare quote ("the so-called 'deal'"), not a statement.
MIN_UNATTRIBUTED_WORDS = 2
# Parts of speech that make quoted words a clause someone may have said, not a label.
_VERB_TAGS = frozenset({"VERB", "AUX"})
# A participle modifying a noun ("a 'shared bus corridor'") makes no clause.
_MODIFIERS = frozenset({"amod", "compound"})
# A quote standing alone continues the speaker of a statement at most this many paragraphs back.
CONTINUATION_PARAGRAPHS = 1
# A statement's date is a time expression within this many characters of its verb.
STATEMENT_DATE_WINDOW = 60
# A quote broken by an attribution ("'...,' he said, '...'") is one statement when the words
# between the two parts are this short.
BROKEN_QUOTE_GAP_CHARS = 120
# A quote left open at a paragraph's end runs on, without marks, through at most this many
# paragraphs to a closing mark (text set one sentence a line; a longer run is a stray mark).
RUN_ON_PARAGRAPHS = 6
# The resolution of a speaker announced by a colon line without a verb of saying.
ANNOUNCED = "announced"
# The marks that end a sentence inside a quote.
# Runs of letters: the words of a quote, apostrophes and marks left out ("I'm" -> "i", "m").
_SENTENCE_ENDS = (".", "!", "?", "…")


def find_statements(
    source: Doc | Document,
    *,
    mentions: Sequence[Mention] = (),
    times: Sequence[TimeExpression] = (),
) -> list[Statement]:
    """Return the statements of an annotated document in text order.

    Args:
        source: the annotated Doc (``Analysis.doc()``); a bare Document is annotated first.
        mentions: its entity mentions (``Analysis.mentions()``), to key speakers and outlets.
        times: its time expressions (``Analysis.times()``), to date statements.

    Returns:
        Direct quotes (speaker unknown when none is named) and reported speech with a speaker.
    """
    doc = annotate(source) if isinstance(source, Document) else source
    document: Document = doc._.get(EXT_DOCUMENT)
    lex = lexicon(document.language)
    text = doc.text
    paras = doc.spans[PARAGRAPHS]
    known = MentionIndex(mentions)
    ctx = Context(lex, Resolver(lex, known), known)
    by_para: dict[int, list[Quote]] = {}
    for q in _quotes(doc, lex):
        by_para.setdefault(q.paragraph, []).append(q)
    outlets = sorted(
        (m.span.start, m.span.end) for m in mentions if (m.entity_id or "").startswith("outlet:")
    )
    cues = frozenset(span.start for span in doc.spans[CUES] if span.label_ == REPORTING_LABEL)
    para_views: list[list[SentenceView]] = []
    sents = iter(doc.sents)
    sent = next(sents, None)
    for index, para in enumerate(paras):
        in_para = by_para.get(index, [])
        views = []
        # Paragraph starts are sentence starts (the layer sets them), so each sentence lies in one.
        while sent is not None and sent.start < para.end:
            tokens = [t for t in sent if t.i >= para.start and not t.is_space]
            sent = next(sents, None)
            if not tokens:
                continue
            s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            views.append(
                SentenceView(
                    text,
                    tokens,
                    [q for q in in_para if s <= q.start < e],
                    lex,
                    cues,
                    _within(outlets, s, e),
                )
            )
        for view in views:
            ctx.resolver.learn(view)  # every titled full name, before any is needed
        para_views.append(views)
    drafts: list[Draft] = []
    for index, views in enumerate(para_views):
        # a quote opening a paragraph may be announced at the end of the one before ("X said:")
        cue = para_views[index - 1][-1] if index > 0 and para_views[index - 1] else None
        after = para_views[index + 1] if index + 1 < len(para_views) else []
        drafts.extend(_paragraph(views, index, ctx, drafts, cue, after[0] if after else None))
    _inherit_vias(drafts)
    ordered = sorted(times, key=lambda t: (t.start, t.end))
    return [_freeze(d, lex, ordered) for d in drafts if _keep(d)]


def _quotes(doc: Doc, lex: Lexicon) -> list[Quote]:
    """The quotations of the Doc's quote layer, with their words' offsets and paragraph index."""
    text = doc.text
    paras = doc.spans[PARAGRAPHS]
    out: list[Quote] = []
    index = 0
    for span in doc.spans[QUOTES]:
        start, end = span.start_char, span.end_char
        while index + 1 < len(paras) and paras[index].end_char <= start:
            index += 1
            _run_on(text, paras, index, out)
        # An unclosed quote runs to its paragraph's end (the newspaper convention for a quote
        # that goes on in the next paragraph); a closed one ends with a mark of its family.
        quote = quote_of_span(text, start, end, span.label_ == DOUBLE_LABEL, index)
        if not parse.names_something(doc, quote, lex):
            out.append(quote)
    while index + 1 < len(paras):
        index += 1
        _run_on(text, paras, index, out)
    return sorted(out, key=lambda q: (q.start, q.end))


def _run_on(text: str, paras: Sequence[Span], index: int, out: list[Quote]) -> None:
    """Add the rest of a quote left open at the end of the paragraph before ``index``: the words
    up to a closing mark nobody opened in a paragraph of its own ("… of his life,” said X"), and
    the paragraphs without quote marks between (at most ``RUN_ON_PARAGRAPHS`` in all). Text set
    one sentence a line breaks a quote of several sentences this way."""
    if not out or out[-1].closed or not out[-1].double or out[-1].paragraph != index - 1:
        return
    middles: list[Quote] = []
    for k in range(index, min(len(paras), index + RUN_ON_PARAGRAPHS)):
        lo, hi = paras[k].start_char, paras[k].end_char
        close = orphan_close(text, lo, hi)
        if close is not None:
            end = _inner_piece(text, lo, close, k, closed=True)
            if end is not None:
                out.extend([*middles, end])
            return
        if any(c in DOUBLE_MARKS for c in text[lo:hi]):
            return  # marks of its own: the open quote ended unclosed
        middle = _inner_piece(text, lo, hi, k, closed=False)
        if middle is not None:
            middles.append(middle)


def _inner_piece(text: str, lo: int, end: int, paragraph: int, *, closed: bool) -> Quote | None:
    """A quote piece with no opening mark: the words from ``lo`` to ``end`` (a closing mark when
    ``closed``, else the paragraph's end)."""
    inner_start, inner_end = lo, end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if inner_end == inner_start:
        return None
    return Quote(lo, end + 1 if closed else end, inner_start, inner_end, paragraph, closed, True)


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The sorted spans that start inside [start, end), found by bisection."""
    lo = bisect.bisect_left(spans, (start, -1))
    hi = bisect.bisect_left(spans, (end, -1))
    return spans[lo:hi]


def _paragraph(
    views: list[SentenceView],
    index: int,
    ctx: Context,
    earlier: list[Draft],
    cue: SentenceView | None = None,
    following: SentenceView | None = None,
) -> list[Draft]:
    found: list[Draft] = []
    orphans: list[tuple[SentenceView, ViaHit]] = []
    skip_next = False
    for i, view in enumerate(views):
        if skip_next:
            skip_next = False
            continue
        vias = find_vias(view)
        nxt = views[i + 1] if i + 1 < len(views) else None
        if nxt is None and _left_for_attribution(view):
            nxt = following  # "“…,”\nunion leader X said.": the line after names the speaker
        if view.quotes:
            last = found[-1] if found else (earlier[-1] if earlier else None)
            drafts, skip_next = _direct(view, vias, nxt, ctx, last, index, cue if i == 0 else None)
        else:
            drafts = reported_speech(view, vias, ctx, index)
        used = {d.speaker.start for d in drafts if d.speaker is not None}
        free = [v for v in vias if view.span(v.phrase)[0] not in used]
        for d in drafts:
            if d.via is None and free:
                d.via = make_via(view, best_via(free), ctx.mentions)
        if not drafts:
            orphans.extend((view, v) for v in free)
        found.extend(drafts)
    if orphans:
        view, hit = min(orphans, key=lambda o: cue_rank(o[1]))
        for d in found:
            if d.via is None:
                d.via = make_via(view, hit, ctx.mentions)
    if found and found[0].unopened and earlier and earlier[-1].open_end:
        _continue_quote(earlier[-1], found.pop(0))  # one run of marks, one statement
    elif (
        found
        and found[0].at_paragraph_start
        and earlier
        and earlier[-1].open_end
        and not _own_speaker(found[0], earlier[-1])
    ):
        if _ends_sentence(earlier[-1]):
            _next_paragraph(earlier[-1], found[0])
        else:
            _continue_quote(earlier[-1], found.pop(0))
    return found


def _left_for_attribution(view: SentenceView) -> bool:
    """Return whether a sentence ends with a closed quote whose words end in a comma, as a
    quote does when its attribution follows ("“…,” she said"): broken before the attribution,
    the next line names the speaker."""
    if not view.quotes:
        return False
    last = view.quotes[-1]
    tail = view.text[last.end : view.end].strip()
    words = view.text[last.inner_start : last.inner_end].rstrip()
    return last.closed and not tail and words.endswith(",")


def _opens(view: SentenceView, quote: Quote) -> bool:
    """Return whether a quote opens its sentence (nothing but its mark before it)."""
    return not view.text[view.start : quote.start].strip()


def _ends_sentence(draft: Draft) -> bool:
    """Return whether an open quote's last words end a sentence: the next paragraph's quote then
    starts a statement of its own (one per paragraph, as outlets quote them), not the rest of a
    sentence broken across paragraphs."""
    start, end = draft.pieces[-1]
    return draft.view.text[start:end].rstrip().endswith(_SENTENCE_ENDS)


def _next_paragraph(previous: Draft, following: Draft) -> None:
    """Share one speaker between the paragraphs of a quote run on across paragraphs: a paragraph
    with no cue of its own continues the speaker named before it, and an open quote with no
    speaker yet takes the one named at the end of its run."""
    if following.speaker is None and previous.speaker is not None:
        following.speaker = evolve(previous.speaker, resolution="continuation")
        if following.via is None:
            following.via = previous.via
    elif _unnamed(previous) and following.speaker is not None:
        previous.speaker = following.speaker
        if previous.via is None:
            previous.via = following.via


def _unnamed(draft: Draft) -> bool:
    """Return whether a quote has no speaker of its own: none, one only carried over from the
    statement before (a quote standing alone), or one only announced by the line before it.
    Then the speaker named at the end of its run ("“…\n… of his life,” said X") is its speaker."""
    return draft.speaker is None or draft.speaker.resolution in ("continuation", ANNOUNCED)


def _own_speaker(following: Draft, previous: Draft) -> bool:
    """Return whether a quote opening a paragraph names a speaker of its own, other than the
    open quote's before it: then it starts a new statement, not the old one's next paragraph.
    (An open quote with no speaker yet takes the one named at the end of its run.)"""
    sp = following.speaker
    if sp is None or sp.resolution == "continuation" or _unnamed(previous):
        return False
    return previous.speaker is not None and sp.key != previous.speaker.key


def _continue_quote(previous: Draft, following: Draft) -> None:
    """Join a quote run on across paragraphs (opened, never closed, reopened next paragraph)."""
    previous.pieces.extend(following.pieces)
    previous.open_end = following.open_end
    previous.last_paragraph = following.ends_in
    if _unnamed(previous) and following.speaker is not None:
        previous.speaker = following.speaker
    if previous.via is None:
        previous.via = following.via


# --- direct quotes ---
def _direct(
    view: SentenceView,
    vias: list[ViaHit],
    nxt: SentenceView | None,
    ctx: Context,
    last: Draft | None,
    index: int,
    cue: SentenceView | None = None,
) -> tuple[list[Draft], bool]:
    out: list[Draft] = []
    quotes = view.quotes
    consumed_next = False
    i = 0
    while i < len(quotes):
        group, found = _group(view, quotes, i)
        i += len(group)
        _, after = attr.quote_tokens(view, group[-1])
        found = (
            _parsed(view, group)
            or found
            or attr.according_after(view, after, vias)
            or _attribution(view, parse.trailing_speaker(view, group[-1].end))
        )
        if found is None and not consumed_next and after >= len(view.tokens):
            if nxt is not None:
                found = _attribution(nxt, parse.bare_speaker(nxt))
            consumed_next = found is not None
        if found is None and cue is not None and not out and _opens(view, group[0]):
            found = _attribution(cue, parse.cue_speaker(cue))  # "X told reporters:\n'...'"
        if found is None and parse.is_title(view, group):
            continue  # a book's, show's or film's title is named, not said
        speaker, outlet = _speaker(found, ctx)
        if speaker is not None and found is not None and found.how == parse.COLON_LINE:
            # no verb of saying names this speaker: a reading weaker than a name, which other
            # outlets' attributions are not held against
            speaker = evolve(speaker, resolution=ANNOUNCED)
        if speaker is None and found is None:
            speaker = _continuation(view, group[0], out[-1] if out else last, index)
        if speaker is not None and speaker.key is not None:
            ctx.resolver.remember(speaker, group[0].start)
        draft = Draft(
            "direct",
            [(q.inner_start, q.inner_end) for q in group],
            speaker,
            view,
            index,
            found.verb if found else None,
            open_end=not group[-1].closed,
            at_paragraph_start=not view.text[view.start : group[0].start].strip(),
            unopened=view.text[group[0].start] not in ALL_MARKS,
        )
        if found is not None and found.view is not view:
            draft.verb_view = found.view
        if found is not None and found.how == "parse" and found.verb is not None:
            draft.clause = parse.quoted_clause(view, found.verb, group)
        if outlet is not None:
            hit = ViaHit("reported", outlet.phrase, outlet.phrase.first, True)
            draft.via = make_via(outlet.view, hit, ctx.mentions)
        elif found is not None and found.how == "according" and _body(speaker):
            # "according to the ministry of X": the body is both the source and the channel
            hit = ViaHit("according", found.phrase, found.phrase.first, False)
            draft.via = make_via(view, hit, ctx.mentions)
        out.append(draft)
    return out, consumed_next


def _group(
    view: SentenceView, quotes: list[Quote], i: int
) -> tuple[list[Quote], attr.Attribution | None]:
    """Return the quotes from ``i`` that form one statement, and the attribution between them."""
    group = [quotes[i]]
    found: attr.Attribution | None = None
    while True:
        q = group[-1]
        k = i + len(group)
        nxt = quotes[k] if k < len(quotes) else None
        if nxt is None:
            return group, found
        here = _attribution(view, parse.gap_speaker(view, q.end, nxt.start))
        found = found or here
        if here is None:
            return group, found
        gap = view.text[q.end : nxt.start].strip()
        inner = view.text[q.inner_start : q.inner_end]
        if len(gap) > BROKEN_QUOTE_GAP_CHARS or not gap.endswith((",", ":", "—")):
            return group, found
        if inner.endswith((".", "!", "?", "…")):
            return group, found
        group.append(nxt)


def _parsed(view: SentenceView, group: list[Quote]) -> attr.Attribution | None:
    """The speaker the dependency parse gives a quote: the subject of its reporting verb."""
    found = parse.quote_speaker(view, group)
    if found is not None and found.how == "according":
        return None  # "according to X": the chain cues tell a source from an outlet's report
    return _attribution(view, found)


def _attribution(view: SentenceView, found: parse.ParsedSpeaker | None) -> attr.Attribution | None:
    if found is None:
        return None
    return attr.Attribution(
        found.phrase, view, found.verb, found.how, found.title, found.organization
    )


def _body(speaker: Speaker | None) -> bool:
    return speaker is not None and speaker.kind != "person"


def _speaker(
    found: attr.Attribution | None, ctx: Context
) -> tuple[Speaker | None, attr.Attribution | None]:
    """Return the speaker an attribution names, or the outlet it names instead."""
    if found is None:
        return None, None
    view, phrase = found.view, found.phrase
    speaker = ctx.resolver.resolve(view, phrase, owner=found.how == "owner")
    if speaker.kind == "org" and outlet_like(view, phrase):
        return None, found  # "the Daily Herald said": an intermediary, not a speaker
    return ctx.resolver.attributes(speaker, found.title, found.organization), None


def _continuation(
    view: SentenceView, quote: Quote, previous: Draft | None, index: int
) -> Speaker | None:
    """A quote standing alone as its sentence continues the previous speaker; so does one set in
    the writer's words ("ATI is 'throwing in the towel, leaving us ...'") when a first-person word
    inside it shows it is somebody's, and no cue names anyone."""
    outside = [t for j, t in enumerate(view.tokens) if not view.quoted[j] and t.is_word]
    if (outside or view.text[view.start : quote.start].strip()) and not _first_person(view, quote):
        return None
    if previous is None or previous.speaker is None or previous.speaker.key is None:
        return None
    if index - previous.ends_in > CONTINUATION_PARAGRAPHS:
        return None
    return evolve(previous.speaker, resolution="continuation")


def _first_person(view: SentenceView, quote: Quote) -> bool:
    """Return whether the quoted words hold a first-person word ("we", "us", "my")."""
    return any(
        quote.inner_start <= t.start < quote.inner_end and view.lex.has("first_person", t.low)
        for t in view.tokens
    )


# --- assembling ---
def _inherit_vias(drafts: list[Draft]) -> None:
    """A speaker's later statements are reported through the intermediary named for them."""
    last: dict[str, Via] = {}
    for d in drafts:
        key = d.speaker.key if d.speaker is not None else None
        if key is None:
            continue
        if d.via is not None:
            last[key] = d.via
        elif key in last:
            d.via = evolve(last[key], inherited=True)


def _keep(d: Draft) -> bool:
    if d.kind != "direct" or (d.speaker is not None and d.speaker.key is not None):
        return True
    words = sum(len(d.view.text[s:e].split()) for s, e in d.pieces)
    return words >= MIN_UNATTRIBUTED_WORDS and not _label(d)


def _label(d: Draft) -> bool:
    """Return whether quoted words nobody is named for are a label rather than a remark: a phrase
    with no verb set inside the writer's own sentence ("protested at a 'complete absence of
    accountability'", "vote as the 'conscience of their community'", a show's name in a headline).
    Such words are no clause anyone is reported to have said; a quote standing as its own
    sentence, or running on past it, may still be a remark whose speaker was missed."""
    view = d.view
    if d.via is not None or d.clause is not None or any(e > view.end for _, e in d.pieces):
        return False  # "According to X, ... 'for the foreseeable future'": X's words
    inside = [t for t in view.doc_tokens if any(s <= t.idx < e for s, e in d.pieces)]
    if not inside or any(t.pos_ in _VERB_TAGS and t.dep_ not in _MODIFIERS for t in inside):
        return False
    if not inside[0].text[:1].islower():
        # a capital opens a sentence of someone's ("'Das ist gut', sagte X": words the English
        # tagger reads without a verb) or a name, which the title reading judges
        return False
    if parse.in_reported_clause(view, inside):
        return False  # "noted that a 'substantial part' of its terms ...": the reported words
    return any(t.is_word and not q for t, q in zip(view.tokens, view.quoted, strict=True))


def _freeze(d: Draft, lex: Lexicon, times: Sequence[TimeExpression]) -> Statement:
    view = d.view
    audience = find_audience(view)
    audience_span = view.span(audience) if audience is not None else None
    return Statement(
        kind=d.kind,
        pieces=tuple(d.pieces),
        written=" ".join(view.text[s:e] for s, e in d.pieces),
        speaker=d.speaker,
        via=d.via,
        sentence=(view.start, view.end),
        paragraph=d.paragraph,
        audience=view.text[audience_span[0] : audience_span[1]] if audience_span else None,
        audience_span=audience_span,
        date=_date(d, times),
        verb=d.verb.lemma if d.verb is not None else None,
        denied=d.verb is not None and d.verb.lemma in lex.denial_lemmas,
        # a quote run on past its clause's sentence has no one clause around it
        clause=d.clause if d.clause and d.pieces[-1][1] <= d.clause[1] else None,
    )


def _date(d: Draft, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The time the statement was made: a date next to its verb ("said on Tuesday", "on Nov. 3,
    X asserted"), never one inside its words or in the chain clause ("the Post reported on
    Wednesday" dates the report)."""
    if d.verb is None:
        return None
    view = d.verb_view or d.view
    verb = view.tokens[d.verb.first]
    starts = [t.start for t in times]  # times come sorted by start from the time layer
    lo = bisect.bisect_left(starts, max(view.start, verb.start - STATEMENT_DATE_WINDOW))
    hi = bisect.bisect_right(starts, min(view.end, verb.end + STATEMENT_DATE_WINDOW))
    chain_from = d.via.start if d.via is not None and view.start <= d.via.start < view.end else None
    candidates = [
        t
        for t in times[lo:hi]
        if t.kind in (TimeKind.DATE, TimeKind.TIME)
        and t.end <= view.end
        and not any(s <= t.start < e for s, e in d.pieces)
        and not (chain_from is not None and chain_from > verb.start and t.start > chain_from)
    ]
    return min(candidates, key=lambda t: (abs(t.start - verb.start), t.start), default=None)
