"""Word tokens and runs of capitalised words: the shapes the name finders read."""

from __future__ import annotations

import bisect
import re

from attrs import frozen

# A word with internal hyphens, apostrophes or periods ("Suk-yeol", "O'Brien", "U.S"). Each
# repetition must start with a separator that \w cannot match, so the pattern cannot backtrack.
_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")
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


@frozen
class Token:
    """One word of a text, with its offsets."""

    start: int
    end: int
    text: str


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


def tokenize(text: str) -> list[Token]:
    """Return the words of ``text`` in order."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def strip_possessive(word: str) -> str:
    """Return ``word`` without a trailing possessive ("Lee's" -> "Lee")."""
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def is_name_word(word: str) -> bool:
    """Return True for a capitalised word that can be part of a name ("Kang", "Min-ho").

    Acronyms ("NATO") and single letters are not name words.
    """
    word = strip_possessive(word)
    if len(word) < 2 or not word[0].isupper():
        return False
    return any(c.islower() for c in word[1:])


def is_acronym_word(word: str) -> bool:
    """Return True for a word written like an acronym: 2 to 8 capitals, digits allowed ("G7")."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) <= 8 and len(letters) >= 2 and all(c.isupper() for c in letters)


class TokenIndex:
    """Tokens of a text with lookups by offset, and which lines look like headlines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self._starts = [t.start for t in self.tokens]
        self._headline_spans = _headline_spans(text)

    def at(self, offset: int) -> int:
        """Return the index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def before(self, offset: int) -> int:
        """Return the index of the last token ending at or before ``offset`` (-1 if none)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0 and self.tokens[i].end > offset:
            i -= 1
        return i

    def in_headline(self, offset: int) -> bool:
        """Return True if ``offset`` lies on a title-case line (a headline or a heading)."""
        i = bisect.bisect_right(self._headline_spans, offset)
        return i % 2 == 1

    def name_run_at(self, i: int, limit: int) -> list[Token]:
        """Return up to ``limit`` name words from token ``i`` on, each one space after the last."""
        run: list[Token] = []
        while i < len(self.tokens) and len(run) < limit:
            tok = self.tokens[i]
            if not is_name_word(tok.text):
                break
            if run and not soft_gap(self.text, run[-1].end, tok.start):
                break
            run.append(tok)
            if strip_possessive(tok.text) != tok.text:
                break  # "Kang Min-ho's plan": the possessive ends the name
            i += 1
        return run

    def name_run_before(self, offset: int, limit: int) -> list[Token]:
        """Return up to ``limit`` name words ending at ``offset`` (only spaces between)."""
        i = self.before(offset)
        run: list[Token] = []
        end = offset
        while i >= 0 and len(run) < limit:
            tok = self.tokens[i]
            gap = self.text[tok.end : end]
            if not is_name_word(tok.text) or (gap.strip() or (run and gap != " ")):
                break  # only spaces before ``offset``; one space between the words
            run.insert(0, tok)
            end = tok.start
            i -= 1
        return run


def _headline_spans(text: str) -> list[int]:
    spans: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        words = [w for w in _WORD.findall(line) if len(w) >= HEADLINE_WORD_MIN and w[0].isalpha()]
        sentence = line.rstrip().endswith((".", "!", "?", '"', "\u201d"))
        if len(words) >= HEADLINE_MIN_WORDS and not sentence:
            capitals = sum(1 for w in words if w[0].isupper())
            if capitals / len(words) >= HEADLINE_CAPITAL_SHARE:
                spans.extend((offset, offset + len(line)))
        offset += len(line)
    return spans
