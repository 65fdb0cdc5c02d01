"""Whether a date and a word stand in one clause, so that the date can date what the word names.

A date dates an event word or a reporting verb of its own clause only:

- not across a trailing attribution: in "X met Y on Friday, the palace said" Friday dates the
  meeting, and in "..., officials said on Wednesday" Wednesday dates the saying;
- not into or out of a direct quote;
- not across a semicolon, a colon or a free-standing dash (a dateline's "LIMA, Nov 11 —");
- a word after the date not across a comma (unless the date is fronted: "On Monday, they met", or
  a phrase of place or occasion follows: "on May 21, on the sidelines of the summit"),
  a "that"/"which" clause, or an "and"/"but" that opens a new verb ("met on Tuesday and agreed");
- a reporting verb before the date only across its object ("told reporters in Lima on Friday"),
  never into the clause it reports ("said she wants a coalition before Nov. 5");
- an event word before the date not across a comma that opens a new clause ("won the election,
  results showed on Sunday"); a relative clause ("the summit, which was held on Tuesday") or an
  apposition ("the earthquake, of magnitude 7.2, struck on Sunday") still dates it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from crosscheck.nlp.paragraphs import paragraphs
from crosscheck.nlp.quotes import find_quotes
from crosscheck.time._lexicon import lexicon
from crosscheck.time.context import Sentences

# A reporting verb dates a date at most this many words after it ("said in a joint statement
# released by the ministry on Monday"); more words are what it reports.
REPORT_GAP_WORDS = 8
# A quote of fewer words is a title or a scare-quoted term ("the "Phoenix" summit"), read as part of
# the sentence around it.
QUOTE_MIN_WORDS = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_QUOTE_CHARS = '"\u201c\u201d'
# Openers that may join two phrases of one clause ("talks in Paris and Berlin"): they only end a
# clause right before the word they would join.
_PHRASE_JOINERS = frozenset({"and", "as", "or", "so"})
_RELATIVES = frozenset({"that", "when", "where", "which", "who", "whom", "whose"})


class Links:
    """One document's sentences and quotes, read once, for asking what a date may date."""

    def __init__(self, text: str, starts: Sequence[int] | None = None) -> None:
        self.text = text
        self.sentences = Sentences(text, starts)
        self._paragraphs = paragraphs(text)
        self._paragraph_starts = [p[0] for p in self._paragraphs]
        # Quotes are paired per paragraph on first use: most paragraphs hold no date.
        self._quotes: dict[int, list[tuple[int, int]]] = {}

    def quote_of(self, pos: int) -> tuple[int, int] | None:
        """Return the direct quote holding ``pos``, or None."""
        i = bisect.bisect_right(self._paragraph_starts, pos) - 1
        if i < 0 or pos >= self._paragraphs[i][1]:
            return None
        quotes = self._quotes.get(i)
        if quotes is None:
            quotes = [
                (q.start, q.end)
                for q in find_quotes(self.text, [self._paragraphs[i]])
                if len(_WORD.findall(self.text, q.inner_start, q.inner_end)) >= QUOTE_MIN_WORDS
            ]
            self._quotes[i] = quotes
        return next((q for q in quotes if q[0] <= pos < q[1]), None)

    def may_date(self, date: tuple[int, int], word: tuple[int, int], *, saying: bool) -> bool:
        """Return whether the date at ``date`` may date the word at ``word`` (both (start, end)).

        Args:
            date: the time expression's offsets.
            word: the event word's or reporting verb's offsets.
            saying: the word is a reporting verb (it dates a statement, not an event).
        """
        s = self.sentences
        if s.attribution_of(date[0]) != s.attribution_of(word[0]):
            return False
        if self.quote_of(date[0]) != self.quote_of(word[0]):
            return False
        if s.clause_start(date[0]) != s.clause_start(word[0]):
            return False
        if word[0] >= date[1]:
            return self._word_after(date, word[0])
        if saying:
            return self._verb_before(word[1], date[0])
        return self._event_before(word[1], date[0])

    def _word_after(self, date: tuple[int, int], word_start: int) -> bool:
        gap = self.text[date[1] : word_start]
        if "," in gap and not self.sentences.fronted(date[0]):
            tail = _WORD.findall(gap.rsplit(",", 1)[1])
            # "on May 21, on the sidelines of the summit" goes on with the date's clause; "on
            # Monday, two days after the election" does not date the election.
            if not tail or tail[0].lower() not in lexicon().clause_adjuncts:
                return False
        words = [w.lower() for w in _WORD.findall(gap)]
        openers = lexicon().clause_openers
        if any(w in openers and w not in _PHRASE_JOINERS for w in words):
            return False  # "told reporters on Friday that the talks went well"
        return not (words and words[-1] in openers)  # "met on Tuesday and agreed"

    def _verb_before(self, verb_end: int, date_start: int) -> bool:
        gap = self.text[verb_end:date_start]
        if any(ch in gap for ch in ",;:" + _QUOTE_CHARS):
            return False
        words = [w.lower() for w in _WORD.findall(gap)]
        lex = lexicon()
        closed = lex.clause_openers | lex.clause_finite
        return len(words) <= REPORT_GAP_WORDS and not any(w in closed for w in words)

    def _event_before(self, event_end: int, date_start: int) -> bool:
        gap = self.text[event_end:date_start]
        if "," not in gap:
            return True
        # Only the stretch after the last comma can open a new clause; the stretches before it are
        # appositions or relative clauses about the event word.
        tail = [w.lower() for w in _WORD.findall(gap.rsplit(",", 1)[1])]
        while tail and tail[0].endswith("ly"):
            tail.pop(0)  # "the agreement, formally established in 2016"
        if not tail or tail[0] in _RELATIVES:
            return True
        verb = next((i for i, w in enumerate(tail) if is_verb_cue(w)), None)
        # A verb first continues the event word's own clause ("the earthquake, of magnitude 7.2,
        # struck on Sunday", "the talks, held on Friday"); a verb after a new subject opens another
        # ("won the election, preliminary results showed on Sunday").
        return verb is None or verb == 0


def is_verb_cue(word: str) -> bool:
    """Return whether a lowercase word is a tense cue or a finite auxiliary ("showed", "will", "is")."""
    lex = lexicon()
    if word in lex.past or word in lex.clause_finite or word in _single_future():
        return True
    return (
        len(word) > 3
        and word.endswith("ed")
        and word not in lex.not_past
        and not word.endswith("eed")
    )


@functools.cache
def _single_future() -> frozenset[str]:
    return frozenset(w for w in lexicon().future if " " not in w)
