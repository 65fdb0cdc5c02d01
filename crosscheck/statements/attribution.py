"""Attribute a direct quote to the phrase that names its speaker, within its sentence.

These readers work on the token view of a sentence and stand behind the dependency parse
(``parse.py``), which is tried first; each remains only while the parse misses what it finds
(measured by ``benchmarks/bench_attribution.py``). The places they look, in this order:

1. right after the quote: ``"...," said Diaz`` or ``"...," he said`` or ``"...," according to X``;
2. before it: ``Diaz called for "..."``, ``He added: "..."`` (the nearest reporting verb with a subject,
   or, for a participle or a coordinated verb, the one before it);
3. a short next sentence that is only an attribution: ``"Why?" Diaz asked.``.

A clause-final attribution later in the sentence and the main clause's subject of a participle
quote are read from the parse alone.

Before the reporting verb before a quote, the quote may be given as someone's words: in ``Diaz
dismissed Ruiz's claim that "..."`` or ``rejected the claim by Ruiz that "..."`` the quote is
Ruiz's (``claim_owner``), and Diaz only denied it.
"""

from __future__ import annotations

from attrs import frozen

from crosscheck.nlp.quotes import Quote
from crosscheck.statements.chains import ViaHit
from crosscheck.statements.phrases import (
    APPOSITIVE_MAX_TOKENS,
    MODIFIER_MAX_TOKENS,
    Phrase,
    SentenceView,
    VerbHit,
)

# A reporting verb after a quote belongs to it when it comes within this many tokens of the
# closing mark (room for a long name and its appositive: "Ruiz, an adviser to ..., said").
AFTER_QUOTE_WINDOW = APPOSITIVE_MAX_TOKENS + 8
# A verb that only attributes quotes ("call", "describe") is the quote's when the quote follows
# within this many tokens ("called it a 'move'"); further away it is an ordinary verb.
QUOTE_VERB_WINDOW = 6
# A next sentence is only an attribution ("Diaz asked.") when it is this short.
BARE_ATTRIBUTION_MAX_TOKENS = 10
_GAP_PUNCT = frozenset({",", "\u2014", "\u2013", "-", ":"})  # comma, dashes, colon
_COORDINATORS = frozenset({",", "and", "but", "or"})


@frozen
class Attribution:
    """Where a quote's speaker is named: the phrase, the verb (if any) and the rule that found it."""

    phrase: Phrase
    view: SentenceView
    verb: VerbHit | None
    how: str  # parse | after | inverted | before | end | according | next-sentence | main-clause | owner
    # the speaker's title and organisation, when the parse sets them beside the name
    title: str | None = None
    organization: str | None = None


def quote_tokens(view: SentenceView, quote: Quote) -> tuple[int, int]:
    """Return the index of the first token of a quote and of the first token after it."""
    return view.index_at(quote.start), view.index_at(quote.end)


def pluralsubject(view: SentenceView, phrase: Phrase) -> bool:
    """An uninflected verb ("officials say") needs a plural subject; "the call" is a noun."""
    head = view.tokens[phrase.last].low
    return view.lex.has("group_pronouns", head) or view.lex.has("group_nouns", head)


def subject(view: SentenceView, verb: VerbHit, lo: int = 0) -> Phrase | None:
    """Return the subject of a reporting verb ("quoted an official as saying" included)."""
    phrase = view.subject_before(verb, lo)
    toks = view.tokens
    if phrase is None and verb.participle and verb.first >= 2 and toks[verb.first - 1].low == "as":
        phrase = view.phrase_ending(verb.first - 2, lo)  # "quoted an official as saying"
    if (
        phrase is not None
        and verb.form == verb.lemma.split()[0]
        and not pluralsubject(view, phrase)
    ):
        return None
    return phrase


def after_quote(
    view: SentenceView, start: int, stop: int, vias: list[ViaHit]
) -> Attribution | None:
    """Find the speaker named right after a quote, between token ``start`` and ``stop``."""
    toks = view.tokens
    g = start
    while g < stop and toks[g].text in _GAP_PUNCT and not view.quoted[g]:
        g += 1
    if g >= stop:
        return None
    for verb in view.verbs:
        if verb.first == g and not verb.participle and verb.lemma != "tell":
            phrase = inverted_speaker(view, verb.last + 1, stop)
            if phrase is not None:
                return Attribution(phrase, view, verb, "inverted")
        if g < verb.first < min(stop, g + AFTER_QUOTE_WINDOW):
            phrase = subject(view, verb, g)
            if phrase is not None and phrase.first == g and ends_attribution(view, verb):
                return Attribution(phrase, view, verb, "after")
            break
    for via in vias:
        if via.cue == "according" and via.cue_first == g:
            return Attribution(via.phrase, view, None, "according")
    return None


def inverted_speaker(view: SentenceView, j: int, stop: int | None = None) -> Phrase | None:
    """Return the speaker after an inverted verb: "said Diaz", "said the coach, Pedro Alves"."""
    phrase = view.phrase_starting(j, stop) or view.described_starting(j)
    if phrase is not None and not view.tokens[phrase.last].cap:
        return view.named_appositive(phrase) or phrase
    return phrase


def ends_attribution(view: SentenceView, verb: VerbHit) -> bool:
    """Return whether a verb ends an attribution clause ("he said." / "he told reporters on ...")
    rather than opening a clause of its own ("it later called the documents false")."""
    toks = view.tokens
    j = view.skip_forward(verb.last + 1)
    if verb.lemma == "tell":
        audience = view.audience_starting(j)
        if audience is not None:
            j = view.skip_forward(audience.last + 1)
    if j >= len(toks) or view.quoted[j] or not toks[j].is_word:
        return True
    return view.lex.has("prepositions", toks[j].low) or toks[j].low == "that"


def before_quote(view: SentenceView, first: int) -> Attribution | None:
    """Find the speaker of the nearest reporting verb before token ``first`` that has one.

    A verb coordinated with an earlier one ("criticized ... and called it 'X'") takes the earlier
    verb's subject, or the sentence's opening phrase when that verb is not a verb of saying.
    """
    toks = view.tokens
    before = [v for v in view.verbs if v.last < first]
    for n in range(len(before) - 1, -1, -1):
        verb = before[n]
        if verb.lemma not in view.lex.clause_lemmas and first - verb.last > QUOTE_VERB_WINDOW:
            continue
        phrase = subject(view, verb)
        if phrase is not None:
            return Attribution(phrase, view, verb, "before")
        k = view.skip_back(verb.first - 1, 0)
        if k >= 0 and toks[k].low in _COORDINATORS - {","}:
            for earlier in reversed(before[:n]):
                phrase = subject(view, earlier)
                if phrase is not None:
                    return Attribution(phrase, view, verb, "before")
            phrase = openingsubject(view)
            if phrase is not None:
                return Attribution(phrase, view, verb, "before")
    return None


def claim_owner(view: SentenceView, first: int) -> Attribution | None:
    """Find whose words a quote is when given as "<Y>'s claim that" or "the claim by <Y> that".

    Args:
        view: the sentence.
        first: the index of the quote's first token.

    Returns:
        The owner phrase (how "owner", no verb: the verb before it is someone else's) or None.
    """
    toks = view.tokens
    k = first - 1
    while k >= 0 and toks[k].text in (",", ":") and not view.quoted[k]:
        k -= 1
    if k >= 0 and view.usable(k) and toks[k].low == "that":
        k -= 1
    if view.usable(k) and view.lex.has("speech_nouns", toks[k].low):
        owner = _possessor(view, k - 1)  # "Ruiz's claim", "the minister's remarks"
        return Attribution(owner, view, None, "owner") if owner is not None else None
    phrase = view.phrase_ending(k, 0)  # "the claim by Ruiz that"
    if phrase is None or phrase.first < 2:
        return None
    by, noun = phrase.first - 1, phrase.first - 2
    if (
        view.usable(by)
        and toks[by].low == "by"
        and view.usable(noun)
        and view.lex.has("speech_nouns", toks[noun].low)
    ):
        return Attribution(phrase, view, None, "owner")
    return None


def _possessor(view: SentenceView, j: int) -> Phrase | None:
    """Return the phrase ending in the possessive token ``j`` ("Prime Minister Ruiz's")."""
    toks = view.tokens
    if not (view.usable(j) and toks[j].possessive):
        return None
    i = j
    if toks[j].cap:
        while i - 1 >= 0 and view.usable(i - 1) and toks[i - 1].cap:
            if view.function_word(toks[i - 1]):
                break
            i -= 1
        return Phrase(i, j)
    # "the minister's": a few lowercase words after a determiner
    while i - 1 >= 0 and j - i < MODIFIER_MAX_TOKENS and view.usable(i - 1):
        prev = toks[i - 1]
        if view.lex.has("determiners", prev.low):
            return Phrase(i - 1, j)
        if not prev.text[:1].islower() or view.function_word(prev):
            break
        i -= 1
    return None


def openingsubject(view: SentenceView) -> Phrase | None:
    """Return the phrase that opens the sentence as its subject, up to its first verb or auxiliary."""
    toks = view.tokens
    for j in range(len(toks)):
        if not view.usable(j):
            return None
        t = toks[j]
        if view.lex.has("skip_words", t.low) or (
            t.text[:1].islower() and t.low in view.lex.verb_forms
        ):
            phrase = view.phrase_ending(j - 1, 0)
            return phrase if phrase is not None and phrase.first == 0 else None
    return None


def bare_attribution(view: SentenceView | None) -> Attribution | None:
    """Return the speaker of a next sentence that only attributes ("Diaz asked.")."""
    if view is None or view.quotes or len(view.tokens) > BARE_ATTRIBUTION_MAX_TOKENS:
        return None
    for verb in view.verbs:
        phrase = subject(view, verb)
        if phrase is not None and phrase.first == 0:
            return Attribution(phrase, view, verb, "next-sentence")
    return None
