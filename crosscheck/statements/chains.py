"""Find the reporting chain of a sentence: the outlet or body a statement is reported through.

Cues, all from the lexicon: "according to X", "reported by X", "X reported", "a X report",
"X's report", "in an interview with X", "told X" when X is an outlet. Who was told ("told members
of the Rotary Club") is the audience.
"""

from __future__ import annotations

from attrs import frozen

from crosscheck.statements.parse import verb_subject
from crosscheck.statements.phrases import Phrase, SentenceView

# "interview ... with X": how far after "interview" the "with"/"to" may come ("an interview that
# day with X", "an interview at the palace to X").
INTERVIEW_WINDOW = 8
_INTERVIEW_LINKS = frozenset({"to", "with"})


@frozen
class ViaHit:
    """A reporting-chain cue of a sentence and the phrase naming the intermediary."""

    cue: str  # according | by | reported | report-noun | interview | told
    phrase: Phrase
    cue_first: int  # token index where the cue (or the phrase, when it comes first) starts
    outlet: bool
    verb: int = -1  # for "X reported (that) ...": the verb's token index


def _cue_matches(view: SentenceView, group: str) -> list[tuple[int, int]]:
    """Return (first token, token after the cue) for each occurrence of a cue of ``group``."""
    toks = view.tokens
    out: list[tuple[int, int]] = []
    for cue in view.lex.cues.get(group, ()):
        n = len(cue)
        for i in view.positions.get(cue[0], ()):
            if i + n <= len(toks) and all(
                view.usable(i + k) and toks[i + k].low == cue[k] for k in range(n)
            ):
                out.append((i, i + n))
    return sorted(out)


def outlet_like(view: SentenceView, phrase: Phrase) -> bool:
    """Return whether a phrase names a news outlet ("Metro News", "English daily the Post").

    A phrase ending in an outlet word is one; a body word elsewhere ("Press Club") makes
    it a body; else an outlet word anywhere, or a descriptor just before it, makes it an outlet.
    """
    toks = view.tokens
    start, end = view.span(phrase)
    if any(s < end and e > start for s, e in view.outlets):
        return True  # the names layer knows it as an outlet
    words = [toks[i].bare for i in range(phrase.first, phrase.last + 1)]
    if view.lex.has("outlet_words", words[-1]):
        return True
    if any(view.lex.has("body_words", w) for w in words):
        return False
    if any(view.lex.has("outlet_words", w) for w in words):
        return True
    j = phrase.first - 1
    if j >= 0 and toks[j].low == "the":
        j -= 1
    return j >= 0 and view.lex.has("outlet_descriptors", toks[j].bare)


def label_phrase(view: SentenceView, phrase: Phrase) -> Phrase:
    """Return the name inside an intermediary phrase: "the ... news network XYZ" -> "XYZ"."""
    toks = view.tokens
    first = phrase.first
    while first < phrase.last and view.lex.has("determiners", toks[first].low):
        first += 1
    last_lower = max(
        (i for i in range(first, phrase.last + 1) if toks[i].text[:1].islower()), default=None
    )
    if last_lower is not None and last_lower < phrase.last:
        first = last_lower + 1
    return Phrase(first, phrase.last)


def _acronym(view: SentenceView, phrase: Phrase) -> bool:
    text = view.phrase_text(phrase)
    return phrase.first == phrase.last and text.isupper() and len(text) >= 2


def _name_before(view: SentenceView, k: int) -> Phrase | None:
    """A capitalised run ending at ``k``, possessive allowed ("Channel NewsAsia's")."""
    toks = view.tokens
    if not view.usable(k) or not toks[k].cap or view.function_word(toks[k]):
        return None
    i = k
    while (
        i - 1 >= 0
        and view.usable(i - 1)
        and toks[i - 1].cap
        and not view.function_word(toks[i - 1])
    ):
        i -= 1
    if i - 1 >= 0 and view.usable(i - 1) and view.lex.has("determiners", toks[i - 1].low):
        i -= 1
    return Phrase(i, k)


def find_vias(view: SentenceView) -> list[ViaHit]:
    """Return the reporting-chain cues of a sentence, in text order.

    Args:
        view: the sentence.

    Returns:
        One hit per cue with the phrase naming the intermediary; "according to X" hits are
        returned whatever X is (the caller makes a person the speaker instead).
    """
    toks = view.tokens
    hits: list[ViaHit] = []
    for first, after in _cue_matches(view, "according"):
        phrase = view.phrase_starting(after)
        if phrase is not None:
            hits.append(ViaHit("according", phrase, first, outlet_like(view, phrase)))
    for first, after in _cue_matches(view, "by_outlet"):
        phrase = view.phrase_starting(after)
        if phrase is not None:
            hits.append(ViaHit("by", phrase, first, True))
    for i in range(len(toks)):
        if view.report_verb_at(i) and toks[i].text[:1].islower():
            if i + 1 < len(toks) and toks[i + 1].low == "by":
                continue
            subject = verb_subject(view, i)
            if (
                subject is not None
                and not view.pronoun(toks[subject.last])
                and (outlet_like(view, subject) or toks[subject.last].cap)
            ):
                hits.append(ViaHit("reported", subject, subject.first, True, i))
        elif view.usable(i) and view.lex.has("report_nouns", toks[i].low):
            name = _name_before(view, i - 1)
            if name is not None:
                hits.append(ViaHit("report-noun", name, name.first, True))
            if toks[i].low.startswith("interview"):
                hits.extend(_interview(view, i))
    hits.extend(h for h in _told(view) if h.outlet)
    return sorted(hits, key=lambda h: (h.cue_first, h.phrase.first, h.cue))


def _interview(view: SentenceView, i: int) -> list[ViaHit]:
    toks = view.tokens
    for j in range(i + 1, min(len(toks), i + 1 + INTERVIEW_WINDOW)):
        if not view.usable(j):
            return []
        if toks[j].low in _INTERVIEW_LINKS:
            phrase = view.phrase_starting(j + 1)
            if phrase is not None and (outlet_like(view, phrase) or _acronym(view, phrase)):
                return [ViaHit("interview", phrase, i, True)]
            return []
    return []


def _told(view: SentenceView) -> list[ViaHit]:
    hits = []
    for first, after in _cue_matches(view, "audience"):
        phrase = view.audience_starting(after)
        if phrase is not None:
            hits.append(ViaHit("told", phrase, first, outlet_like(view, phrase)))
    return hits


def find_audience(view: SentenceView) -> Phrase | None:
    """Return who a statement was made to ("told members of the Rotary Club"), if said."""
    hits = _told(view)
    return hits[0].phrase if hits else None
