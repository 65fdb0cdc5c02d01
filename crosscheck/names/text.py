"""Words and runs of capitalised words, read from the annotation layer's tokens.

The names code reads the Doc's tokenisation: a :class:`Word` is a spaCy token, or a few that touch
("Suk" "-" "yeol", "2.5" "bn"), with its possessive clitic ("Spain" + "'s", tag ``POS``) attached
as a flag rather than peeled off the text again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Connectors allowed inside a capitalised run of an organisation's name ("Ministry of Defense").
RUN_CONNECTORS = frozenset({"and", "for", "of", "the", "&"})
# A line is headline-like (title case) when at least this share of its longer words is capitalised,
# it has enough of them and it does not end like a sentence; capitalised words there say nothing
# about names. ("Prime Minister Taro Yamada said" has 4 of 5 and is a sentence, not a headline.)
HEADLINE_CAPITAL_SHARE = 0.85
HEADLINE_MIN_WORDS = 4
# Words of this many letters or more count for the headline test ("of", "the", "for" do not).
HEADLINE_WORD_MIN = 4
# A single line break is a space inside a name or between a title and a name when the line before
# it is at least this long and does not end a sentence: the text is wrapped at a fixed width
# ("He met regional governor\nElmer Ruiz"). A shorter line is a heading or a section label, and a
# blank line always ends a paragraph.
WRAP_MIN_LINE = 40
# The longest gap (spaces, tabs, one line break) that still joins two words of a name.
MAX_SOFT_GAP = 3
_SENTENCE_END = (".", "!", "?", ":", '"', "\u201d")


# Joiners spaCy splits off between two word pieces that the names code reads as one word
# ("Suk-yeol", "e-mail"); clitics that mark a possessive or a contraction after a word ("Spain's",
# "We're", "don't"): spaCy splits them off, the names code reads them as part of the word written.
_JOINERS = frozenset({"-", "'", "\u2019", "."})
_CLITICS = frozenset(
    {
        *(a + c for a in ("'", "\u2019") for c in ("", "s", "S", "re", "ve", "ll", "d", "m")),
        "n't",
        "n\u2019t",
    }
)
# The Penn tag spaCy gives a possessive clitic ("Spain's"; the "'s" of "It's late" is VBZ).
_POSSESSIVE_TAG = "POS"


@frozen
class Word:
    """One word of a text, built from the Doc's tokens: offsets, text as written, its clitic."""

    start: int
    end: int  # after the clitic ("Lee's"), as the word is written
    text: str
    bare_end: int  # before the clitic ("Lee")
    possessive: bool = False  # a possessive clitic follows (tagged POS by the parser)
    sent: int = 0  # where the word's sentence (the Doc's) starts
    sent_stop: int = 0  # where that sentence's words stop: before its final punctuation

    @property
    def bare(self) -> str:
        """The word without its clitic ("Lee's" -> "Lee")."""
        return self.text[: self.bare_end - self.start]

    @property
    def clitic(self) -> bool:
        """Whether a clitic ("'s", "'") is written onto the word."""
        return self.bare_end != self.end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _core(token: Token) -> tuple[int, int] | None:
    """Return the token's offsets without leading or trailing punctuation ("U.S." -> "U.S")."""
    text = token.text
    lo, hi = 0, len(text)
    while lo < hi and not _is_word_char(text[lo]):
        lo += 1
    while hi > lo and not _is_word_char(text[hi - 1]):
        hi -= 1
    return (token.idx + lo, token.idx + hi) if lo < hi else None


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Return, for each token, where its sentence starts and where its words stop."""
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        last = sent.end - 1
        while last > sent.start and doc[last].is_space:
            last -= 1
        final = doc[last]
        stop = final.idx if final.is_punct and last > sent.start else final.idx + len(final)
        bounds.extend([(sent.start_char, stop)] * len(sent))
    return bounds


def words_of(doc: Doc) -> list[Word]:
    """Return the words of ``doc`` in order, joining the pieces spaCy split inside a word."""
    text = doc.text
    out: list[Word] = []
    n = len(doc)
    bounds = _sentence_bounds(doc)
    i = 0
    while i < n:
        token = doc[i]
        core = _core(token)
        if core is None or token.text in _CLITICS:
            i += 1
            continue
        start, end = core
        j = i
        while j + 1 < n and not doc[j].whitespace_ and end == doc[j].idx + len(doc[j]):
            nxt = doc[j + 1]
            if nxt.text in _JOINERS and j + 2 < n and not nxt.whitespace_:
                after = _core(doc[j + 2])
                if after is None or after[0] != doc[j + 2].idx or doc[j + 2].text in _CLITICS:
                    break
                end, j = after[1], j + 2  # "Suk" "-" "yeol"
            elif _is_word_char(nxt.text[:1]) and nxt.text not in _CLITICS:
                piece = _core(nxt)
                if piece is None:
                    break
                end, j = piece[1], j + 1  # "2.5" "bn"
            else:
                break
        bare_end = end
        possessive = False
        if (
            j + 1 < n
            and doc[j + 1].text in _CLITICS
            and doc[j + 1].idx == end
            and end == doc[j].idx + len(doc[j])
        ):
            clitic = doc[j + 1]
            possessive = clitic.tag_ == _POSSESSIVE_TAG
            end = clitic.idx + len(clitic)
            j += 1
        sent, stop = bounds[i]
        out.append(Word(start, end, text[start:end], bare_end, possessive, sent, stop))
        i = j + 1
    return out


def soft_gap(text: str, start: int, end: int) -> bool:
    """Return True if ``text[start:end]`` separates two words of one phrase: one space, or a line
    break that only wraps a paragraph (see ``WRAP_MIN_LINE``)."""
    gap = text[start:end]
    if gap == " ":
        return True
    if not gap or len(gap) > MAX_SOFT_GAP or gap.count("\n") != 1 or gap.strip(" \t\n"):
        return False
    newline = start + gap.index("\n")
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    return len(line) >= WRAP_MIN_LINE and not line.endswith(_SENTENCE_END)


def is_name_word(word: str) -> bool:
    """Return True for a capitalised word that can be part of a name ("Kang", "Min-ho").

    Pass the word without its clitic (``Word.bare``).

    Acronyms ("NATO") and single letters are not name words.
    """
    if len(word) < 2 or not word[0].isupper():
        return False
    return any(c.islower() for c in word[1:])


def is_acronym_word(word: str) -> bool:
    """Return True for a word written like an acronym: 2 to 8 capitals, digits allowed ("G7")."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) <= 8 and len(letters) >= 2 and all(c.isupper() for c in letters)


class TokenIndex:
    """The words of one annotated text with lookups by offset, and which lines look like headlines."""

    def __init__(self, text: str, tokens: Sequence[Word]) -> None:
        self.text = text
        self.tokens = list(tokens)
        self._starts = [t.start for t in self.tokens]
        self._headline_spans = headline_spans(text, self.tokens)

    @classmethod
    def from_doc(cls, doc: Doc) -> TokenIndex:
        """Return the index of the words of an annotated Doc (``crosscheck.nlp.annotate``)."""
        return cls(doc.text, words_of(doc))

    def at(self, offset: int) -> int:
        """Return the index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def before(self, offset: int) -> int:
        """Return the index of the last token ending at or before ``offset`` (-1 if none)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0 and self.tokens[i].end > offset:
            i -= 1
        return i

    def sentence_start(self, offset: int) -> int:
        """Return where the Doc's sentence holding the word at ``offset`` (or the next) starts."""
        if not self.tokens:
            return 0
        j = self.at(offset)
        if j > 0 and self.tokens[j - 1].end > offset:
            j -= 1  # ``offset`` is inside that word
        return self.tokens[min(j, len(self.tokens) - 1)].sent

    def owner_before(self, offset: int) -> int | None:
        """Return where the owner's name ends when a possessive word stands right before
        ``offset`` ("Acme's chief": the end of "Acme"), spaces or tabs alone between; else None."""
        i = self.before(offset)
        if i < 0:
            return None
        word = self.tokens[i]
        return word.bare_end if word.possessive and _blank(self.text, word.end, offset) else None

    def owner_after(self, offset: int, limit: int) -> int | None:
        """Return where the words after a possessive name at ``offset`` start ("Brazil's ruling",
        "President A B's party"): up to ``limit`` capitalised words, the last possessive."""
        pos = offset
        for word in self.tokens[self.at(offset) : self.at(offset) + limit]:
            if not "A" <= word.text[:1] <= "Z" or (
                word.start != pos and not _blank(self.text, pos, word.start)
            ):
                return None
            if word.clitic:
                end = word.end
                while end < len(self.text) and self.text[end] in " \t":
                    end += 1
                return end if word.possessive and end > word.end else None
            pos = word.end
        return None

    def sentence_stop(self, offset: int) -> int:
        """Return where the first sentence end at or after ``offset`` is: the offset of the
        sentence's final punctuation (or its last word's end), from the Doc's sentences."""
        i = self.before(offset)
        if i >= 0 and self.tokens[i].sent_stop >= offset:
            return self.tokens[i].sent_stop
        j = self.at(offset)
        return self.tokens[j].sent_stop if j < len(self.tokens) else len(self.text)

    def in_headline(self, offset: int) -> bool:
        """Return True if ``offset`` lies on a title-case line (a headline or a heading)."""
        return in_spans(self._headline_spans, offset)

    def name_run_at(self, i: int, limit: int) -> list[Word]:
        """Return up to ``limit`` name words from token ``i`` on, each one space after the last."""
        run: list[Word] = []
        while i < len(self.tokens) and len(run) < limit:
            tok = self.tokens[i]
            if not is_name_word(tok.bare):
                break
            if run and not soft_gap(self.text, run[-1].end, tok.start):
                break
            run.append(tok)
            if tok.clitic:
                break  # "Kang Min-ho's plan": the possessive ends the name
            i += 1
        return run

    def name_run_before(self, offset: int, limit: int) -> list[Word]:
        """Return up to ``limit`` name words ending at ``offset`` (only spaces between)."""
        i = self.before(offset)
        run: list[Word] = []
        end = offset
        while i >= 0 and len(run) < limit:
            tok = self.tokens[i]
            gap = self.text[tok.end : end]
            if not is_name_word(tok.bare) or (gap.strip() or (run and gap != " ")):
                break  # only spaces before ``offset``; one space between the words
            run.insert(0, tok)
            end = tok.start
            i -= 1
        return run


def _blank(text: str, start: int, end: int) -> bool:
    """Return True if ``text[start:end]`` is one or more spaces or tabs."""
    gap = text[start:end]
    return bool(gap) and not gap.strip(" \t")


def in_spans(flat: Sequence[int], offset: int) -> bool:
    """Return True if ``offset`` lies in one of the spans of ``flat`` (start, end, start, end …,
    in order, as ``headline_spans`` gives them)."""
    return bisect.bisect_right(flat, offset) % 2 == 1


def headline_spans(text: str, words: Sequence[Word]) -> list[int]:
    """Return the title-case lines of ``text`` as a flat list of start, end offsets."""
    spans: list[int] = []
    starts = [w.start for w in words]
    offset = 0
    # Whether the line before is body text that a sentence runs on from: a paragraph wrapped
    # over lines ("... at the Palace\nwith Brazil's Minister of Development, Industry, ...") is
    # no headline, however many capitals its next line has.
    runs_on = False
    for line in text.splitlines(keepends=True):
        end = offset + len(line)
        on_line = words[bisect.bisect_left(starts, offset) : bisect.bisect_left(starts, end)]
        long_words = [
            w.text for w in on_line if len(w.text) >= HEADLINE_WORD_MIN and w.text[0].isalpha()
        ]
        sentence = line.rstrip().endswith((".", "!", "?", '"', "\u201d"))
        headline = False
        if len(long_words) >= HEADLINE_MIN_WORDS and not sentence and not runs_on:
            capitals = sum(1 for w in long_words if w[0].isupper())
            if capitals / len(long_words) >= HEADLINE_CAPITAL_SHARE:
                spans.extend((offset, end))
                headline = True
        runs_on = bool(line.strip()) and not sentence and not headline and bool(on_line)
        offset = end
    return spans


def pos_at(doc: Doc, offset: int) -> str:
    """Return the parser's part of speech of the token at ``offset`` ("" if none)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].pos_ if span is not None and len(span) else ""
