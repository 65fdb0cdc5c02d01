"""Reported speech: "X said that ...", "X warned ...", "..., said X", "according to X, ..."."""

from __future__ import annotations

from crosscheck.statements import parse
from crosscheck.statements.chains import ViaHit, outlet_like
from crosscheck.statements.drafts import Context, Draft
from crosscheck.statements.phrases import Phrase, SentenceView, VerbHit

# Reported speech shorter than this ("he said so") carries nothing to compare.
MIN_INDIRECT_WORDS = 3
# ", said some experts in Lagos." ends the sentence: at most this many tokens after the speaker.
INVERTED_TAIL_TOKENS = 6
# A reporting verb's "that" may follow this many tokens of place, time or occasion ("said at their
# meeting in Helsinki on March 12 that ...").
ADJUNCT_MAX_TOKENS = 10
# A description before a speaker's name after a comma ("..., the national civil defence institute
# INDECI said") runs at most this many lowercase words.
ROLE_MAX_TOKENS = 6
_NEGATIONS = frozenset({"never", "not", "n't"})
_DASHES = frozenset({"\u2014", "\u2013", "-"})


def reported_speech(
    view: SentenceView, vias: list[ViaHit], ctx: Context, index: int
) -> list[Draft]:
    """Return the reported speech of a sentence without quotes: one statement per reported
    clause, clauses inside another's left to the outer one.

    Args:
        view: the sentence.
        vias: its chain cues (an "according to" cue may name the speaker instead).
        ctx: the document's reading context.
        index: the paragraph index.

    Returns:
        A draft for "X said (that) ...", "..., said X", "According to X, ..." or "X reported
        that ..." (speaker unknown, the outlet as intermediary); else nothing.
    """
    clauses, _ = parse.reported_clauses(view)
    found: list[Draft] = []
    taken: list[tuple[int, int]] = []
    for clause in clauses:
        sp = clause.speaker
        if sp.verb is None:
            continue
        body = [clause.body] if clause.rest is None else [clause.body, clause.rest]
        # a clause inside another's ("X said Y told him that ...") is the outer one's words;
        # clauses side by side ("X said ..., while the audit found that ...") are two statements
        words = (body[0].first, body[-1].last)
        if any(words[0] <= b and a <= words[1] for a, b in taken):
            continue
        drafts = _reported(view, body, sp.phrase, sp.verb, ctx, index, sp)
        if drafts:
            found.extend(drafts)
            taken.append(words)
    return found or _chain_only(view, vias, ctx, index)


def _chain_only(view: SentenceView, vias: list[ViaHit], ctx: Context, index: int) -> list[Draft]:
    """Return reported speech named only by a chain cue: "according to X, ...", "the Post
    reported that ..." (the speaker unknown, the outlet the intermediary)."""
    toks = view.tokens
    for via in vias:
        if via.cue == "according":
            drafts = _according(view, via, ctx, index)
            if drafts:
                return drafts
        if via.cue == "reported" and via.verb >= 0:
            body = _complement(
                view, VerbHit(via.verb, via.verb, "report", toks[via.verb].low), vias
            )
            if body is not None:
                return [Draft("indirect", [view.span(body)], None, view, index)]
    return []


def _complement(view: SentenceView, verb: VerbHit, vias: list[ViaHit]) -> Phrase | None:
    """Return the reported words after a verb, up to a trailing chain clause or the sentence end."""
    toks = view.tokens
    j = verb.last + 1
    if verb.lemma == "tell":
        audience = view.audience_starting(j)
        if audience is not None:
            j = audience.last + 1
    j = view.skip_forward(j)
    if j < len(toks) and toks[j].text == ",":
        return None  # "..., INDECI said, as rain hampered the search": no reported words follow
    that = _that_after_adjuncts(view, j)
    if that is not None:
        j = that + 1  # "told reporters in Lima on Friday that ..."
    elif view.lex.has("that_verbs", verb.lemma) and not (j < len(toks) and toks[j].text == ":"):
        return None  # "agreed to build", "declared a state of emergency": a deed, not words
    while j < len(toks) and toks[j].low in ("that", ",", ":"):
        j += 1
    end = len(toks)
    for via in vias:
        if via.cue_first > j:
            end = min(end, via.cue_first)
    while end > j and not toks[end - 1].is_word:
        end -= 1
    words = sum(1 for t in toks[j:end] if t.is_word)
    return Phrase(j, end - 1) if words >= MIN_INDIRECT_WORDS else None


def _that_after_adjuncts(view: SentenceView, j: int) -> int | None:
    """Return the index of a "that" opening the reported clause after a few adjunct words."""
    toks = view.tokens
    for k in range(j, min(len(toks), j + ADJUNCT_MAX_TOKENS + 1)):
        t = toks[k]
        if t.low == "that" and view.usable(k):
            return k
        if not view.usable(k) or (t.text[:1].islower() and t.low in view.lex.verb_forms):
            return None
    return None


def _according(view: SentenceView, via: ViaHit, ctx: Context, index: int) -> list[Draft]:
    toks = view.tokens
    if via.cue_first == 0:
        comma = next(
            (i for i in range(via.phrase.last + 1, len(toks)) if toks[i].text == ","), None
        )
        body = Phrase(comma + 1, len(toks) - 1) if comma is not None else None
    else:
        body = Phrase(0, via.cue_first - 1)
    if body is None:
        return []
    while body.last > body.first and not toks[body.last].is_word:
        body = Phrase(body.first, body.last - 1)
    if sum(1 for t in toks[body.first : body.last + 1] if t.is_word) < MIN_INDIRECT_WORDS:
        return []
    speaker = ctx.resolver.resolve(view, via.phrase)
    if speaker.kind == "person":
        ctx.resolver.remember(speaker, view.span(via.phrase)[0])
        return [Draft("indirect", [view.span(body)], speaker, view, index)]
    return [Draft("indirect", [view.span(body)], None, view, index)]


def _reported(
    view: SentenceView,
    body: list[Phrase],
    phrase: Phrase,
    verb: VerbHit,
    ctx: Context,
    index: int,
    parsed: parse.ParsedSpeaker | None = None,
) -> list[Draft]:
    speaker = ctx.resolver.resolve(view, phrase)
    if speaker.kind == "org" and outlet_like(view, phrase):
        return []  # "the Post reported that ...": a chain cue, found by find_vias
    if parsed is not None:
        speaker = ctx.resolver.attributes(speaker, parsed.title, parsed.organization)
    if speaker.key is not None:
        ctx.resolver.remember(speaker, view.span(phrase)[0])
    return [Draft("indirect", [view.span(b) for b in body], speaker, view, index, verb)]
