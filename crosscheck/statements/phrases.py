"""Read one sentence of the annotated Doc: its words, its reporting verbs and the noun phrases
after a cue ("according to X", "told X").

The words are the Doc's tokens (``crosscheck.nlp``), read as news English writes names: a
possessive clitic stays with its word ("Spain" + "'s") and a hyphenated compound is one word
("Jae" + "-" + "myung"). Who is the subject of a verb is read from the parse (``parse.py``), not
here. Every scan is bounded, so a sentence is read in linear time.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from crosscheck.nlp.quotes import Quote
from crosscheck.statements.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# A noun phrase read forwards stops after this many tokens.
FORWARD_MAX_TOKENS = 10
_BE = frozenset({"am", "are", "be", "been", "being", "is", "was", "were"})


# The possessive clitic the tokenizer splits off ("Spain" + "'s", tag POS); "he's" is a verb.
_POSSESSIVE_CLITICS = frozenset({"'s", "\u2019s"})
_POSSESSIVE_TAG = "POS"
# A hyphen with no space either side joins a compound ("so-called", a hyphenated given name).
_HYPHEN = "-"


@frozen
class Word:
    """A word of a sentence: one Doc token, or a compound or possessive the tokenizer split.

    ``low`` is the lowercase word without an abbreviation's final period, ``bare`` that without a
    possessive ending ("spain's" -> "spain"), ``stem_end`` where the word ends without it; all are
    computed once, as every scan reads them.
    """

    text: str
    i: int  # the Doc index of its first token
    start: int
    end: int
    stem_end: int
    low: str
    bare: str
    cap: bool
    is_word: bool
    possessive: bool

    @classmethod
    def from_tokens(cls, text: str, tokens: Sequence[Token]) -> Word:
        """Return the word the Doc tokens ``tokens`` (adjacent, in order) spell together."""
        first, last = tokens[0], tokens[-1]
        possessive = len(tokens) > 1 and _is_possessive(last)
        stem = tokens[-2] if possessive else last
        start, end, stem_end = first.idx, last.idx + len(last), stem.idx + len(stem)
        written = text[start:end]
        low = written.lower().rstrip(".") or written
        bare = (text[start:stem_end].lower().rstrip(".") or low) if possessive else low
        return cls(
            written,
            first.i,
            start,
            end,
            stem_end,
            low,
            bare,
            written[:1].isupper(),
            written[:1].isalnum(),
            possessive,
        )


def _is_possessive(token: Token) -> bool:
    return token.tag_ == _POSSESSIVE_TAG and token.lower_ in _POSSESSIVE_CLITICS


def _hyphen_joins(prev: Token, token: Token, nxt: Token | None) -> bool:
    """Return whether ``token`` is a hyphen inside a compound: no space either side, word ends."""
    return (
        token.text == _HYPHEN
        and not prev.whitespace_
        and not token.whitespace_
        and nxt is not None
        and prev.text[-1:].isalnum()
        and nxt.text[:1].isalnum()
    )


def words(text: str, tokens: Iterable[Token]) -> list[Word]:
    """Return the words of a run of Doc tokens (whitespace tokens left out), in text order."""
    toks = [t for t in tokens if not t.is_space]
    out: list[Word] = []
    group: list[Token] = []
    after_hyphen = False
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if group and (
            after_hyphen
            or (not group[-1].whitespace_ and _is_possessive(t))
            or _hyphen_joins(group[-1], t, nxt)
        ):
            after_hyphen = t.text == _HYPHEN and not after_hyphen
            group.append(t)
            continue
        if group:
            out.append(Word.from_tokens(text, group))
        group, after_hyphen = [t], False
    if group:
        out.append(Word.from_tokens(text, group))
    return out


@frozen
class Phrase:
    """A run of tokens ``first..last`` (inclusive) of a sentence view."""

    first: int
    last: int


@frozen
class VerbHit:
    """A reporting verb of the sentence: tokens ``first..last``, its lemma and form."""

    first: int
    last: int
    lemma: str
    form: str


class SentenceView:
    """One sentence of the Doc: its words, which sit inside quotes, and lookups over the lexicon."""

    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        quotes: Sequence[Quote],
        lex: Lexicon,
        cues: Collection[int],
        outlets: Sequence[tuple[int, int]] = (),
    ):
        """Read the sentence made of the Doc tokens ``tokens`` (non-empty, in order).

        Args:
            text: the document text (the Doc's text).
            tokens: the sentence's tokens.
            quotes: the quotations that start in the sentence.
            lex: the lexicon of the document's language.
            cues: the Doc indices of the reporting verbs of the cue layer (``doc.spans["cues"]``);
                a word of a reporting verb's form is a verb only when the layer marks it.
            outlets: (start, end) of the outlet mentions of the sentence.
        """
        self.cues = cues
        self.text = text
        # the Doc tokens, so that readers of the parse map a token back to its word
        self.doc_tokens: list[Token] = [t for t in tokens if not t.is_space]
        self.tokens: list[Word] = words(text, tokens)
        self.word_starts = [w.i for w in self.tokens]
        self.start = self.tokens[0].start if self.tokens else 0
        self.end = self.tokens[-1].end if self.tokens else 0
        start, end = self.start, self.end
        self.outlets = [(s, e) for s, e in outlets if s < end and e > start]  # outlet mentions
        self.quotes = list(quotes)
        self.lex = lex
        self.quoted = [any(q.start <= t.start < q.end for q in quotes) for t in self.tokens]
        self.positions: dict[str, list[int]] = {}  # lowercase word -> its token indices
        for i, t in enumerate(self.tokens):
            self.positions.setdefault(t.low, []).append(i)
        self.verbs = self._find_verbs()

    # --- spans ---
    def span(self, phrase: Phrase) -> tuple[int, int]:
        return self.tokens[phrase.first].start, self.tokens[phrase.last].end

    def phrase_text(self, phrase: Phrase) -> str:
        start, end = self.span(phrase)
        return self.text[start:end]

    def word_of(self, token: Token) -> int | None:
        """Return the index of the word a Doc token belongs to (None outside the sentence)."""
        if not self.tokens or token.i < self.tokens[0].i or token.idx >= self.end:
            return None
        return bisect.bisect_right(self.word_starts, token.i) - 1

    def index_at(self, offset: int) -> int:
        """Return the index of the first token starting at or after ``offset``."""
        for i, t in enumerate(self.tokens):
            if t.start >= offset:
                return i
        return len(self.tokens)

    # --- word classes ---
    def pronoun(self, t: Word) -> bool:
        return any(
            self.lex.has(group, t.low)
            for group in ("person_pronouns", "group_pronouns", "body_pronouns")
        )

    def noun_head(self, t: Word) -> bool:
        low = t.low
        return self.lex.title_of(low) is not None or any(
            self.lex.has(group, low)
            for group in (
                "person_nouns",
                "group_nouns",
                "body_words",
                "outlet_words",
                "document_nouns",
            )
        )

    def function_word(self, t: Word) -> bool:
        """Return whether a token is a function word (a capitalised one only opening the sentence,
        so that "Will", "May" or "Morning" inside a name stay names)."""
        low = t.low
        groups = ["clause_words", "prepositions", "determiners"]
        if not t.cap or (self.tokens and t is self.tokens[0]):
            groups += ["skip_words", "weekdays", "time_nouns"]
        if any(self.lex.has(group, low) for group in groups):
            return True
        return not t.cap and (low in self.lex.verb_forms or low in self.lex.report_forms)

    def usable(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and not self.quoted[i] and self.tokens[i].is_word

    # --- verbs ---
    def _find_verbs(self) -> list[VerbHit]:
        hits: list[VerbHit] = []
        toks = self.tokens
        for i, t in enumerate(toks):
            if self.quoted[i] or not t.text[:1].islower():
                continue
            lemma = None
            last = i
            if i + 1 < len(toks) and not self.quoted[i + 1]:
                lemma = self.lex.phrase_forms.get((t.low, toks[i + 1].low))
                last = i + 1
            if lemma is None:
                lemma, last = self.lex.verb_forms.get(t.low), i
                if t.i not in self.cues:
                    lemma = None  # the tagger reads it as no verb ("the claims", "calls")
            if lemma is None or self._not_a_verb(i, last, t):
                continue
            hits.append(VerbHit(i, last, lemma, t.low))
        return hits

    def _not_a_verb(self, i: int, last: int, t: Word) -> bool:
        toks = self.tokens
        prev = toks[i - 1] if i > 0 else None
        before = prev.low if prev is not None else ""
        after = toks[last + 1].low if last + 1 < len(toks) else ""
        if before == "to" or self.lex.has("determiners", before):
            return True  # an infinitive ("declined to say") or a noun ("the claim")
        if prev is not None and prev.possessive:
            return True  # a noun: "Spain's claims"
        return not t.low.endswith("ing") and (before in _BE or after == "by")  # a passive

    def report_verb_at(self, i: int) -> bool:
        return self.usable(i) and self.tokens[i].low in self.lex.report_forms

    # --- phrases read forwards ---
    def _adjunct(self, t: Word) -> bool:
        low = t.low
        if self.lex.has("skip_words", low) or self.lex.has("weekdays", low):
            return True
        return not t.cap and self.lex.has("time_nouns", low)

    def skip_forward(self, j: int) -> int:
        """Step over time words after a verb ("said on Wednesday that", "asserted on Nov. 3")."""
        toks = self.tokens
        while j < len(toks) and self.usable(j):
            low = toks[j].low
            nxt = toks[j + 1].low if j + 1 < len(toks) else ""
            if self._adjunct(toks[j]):
                j += 1
            elif self.lex.has("months", low) and nxt.isdigit():
                j += 2
            elif low in ("on", "last", "this") and (
                self.lex.has("weekdays", nxt)
                or self.lex.has("months", nxt)
                or self.lex.has("skip_words", nxt)
            ):
                j += 1
            else:
                break
        return j

    def phrase_starting(self, j: int, hi: int | None = None) -> Phrase | None:
        """Return the noun phrase that starts at token ``j`` ("some experts", "Diaz", "he")."""
        toks = self.tokens
        hi = len(toks) if hi is None else min(hi, len(toks))
        start = j
        while j < hi and self.usable(j) and self.lex.has("determiners", toks[j].low):
            j += 1
        if not self.usable(j) or j >= hi:
            return None
        if self.pronoun(toks[j]) and j == start:
            return Phrase(j, j)
        last: int | None = None
        stop = min(hi, j + FORWARD_MAX_TOKENS)
        while j < stop and self.usable(j):
            t = toks[j]
            if (t.cap and not self.function_word(t)) or self.noun_head(t):
                last = j
            elif self.lex.has("name_connectors", t.low) and last is not None and toks[last].cap:
                if not (j + 1 < stop and self.usable(j + 1) and toks[j + 1].cap):
                    break
            elif not t.text[:1].islower() or self.function_word(t) or last is not None:
                break
            j += 1
        return None if last is None else Phrase(start, last)

    def audience_starting(self, j: int) -> Phrase | None:
        """Return who was told: "members of the Rotary Club", "reporters"."""
        toks = self.tokens
        last: int | None = None
        stop = min(len(toks), j + FORWARD_MAX_TOKENS)
        k = j
        while k < stop and self.usable(k):
            low = toks[k].low
            if low in ("of", "the", "for", "and") and last is not None:
                k += 1
                continue
            if self.lex.has("prepositions", low) or self.lex.has("clause_words", low):
                break
            if self.lex.has("weekdays", low) or self.lex.has("skip_words", low):
                break
            if low in self.lex.verb_forms:
                break
            last = k
            k += 1
        return None if last is None else Phrase(j, last)
