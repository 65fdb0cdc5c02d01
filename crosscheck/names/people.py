"""Find people's names in a text and link later short references to them.

A capitalised run of words is a person's name when something says so: a title or honorific before
it ("Defense Minister Taro Yamada", "Mr. Kang"), an appositive or relative clause after it
("Choi Min-ho, a professor of ...", "X, who chairs ..."), or the shape of a romanised East Asian
name (a family name and a hyphenated given name that splits into syllables: "Jang Ji-won").
Later references by family name ("Kang", "Mr. Kang") or by title ("the president") are linked to
the full name the same document uses. Title-case lines (headlines) only get linked, never parsed
for new names: every word there is capitalised.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from attrs import frozen

from crosscheck.names.keys import ascii_fold, canon_token, romanization, segment
from crosscheck.names.lexicon import Lexicon, lexicon
from crosscheck.names.text import TokenIndex, is_name_word, strip_possessive

# A person's name is at most this many words ("John Fitzgerald Kennedy Jr").
MAX_NAME_WORDS = 4
# The role word of an appositive starts within this many characters after the comma
# ("Jang Ji-won, an adviser ...", "Ahn Jun, president of ...").
APPOSITIVE_WINDOW = 60
# A title may be separated from the name by this many spaces.
TITLE_GAP = 2
# Syllables a romanised given-name part may have ("Ji-won": 1 + 1; "Minseok": 2).
MAX_GIVEN_SYLLABLES = 2

_CLAUSE_PUNCT = re.compile(r"[,;:()\"“”!?]|\.(?:\s|\Z)")
_WHO = re.compile(r",[ \t]+who[ \t]+(\w+(?:[ \t]+as)?)")
_COMMA = re.compile(r",[ \t]+(?:(a|an|the)[ \t]+)?")
_COPULA = re.compile(r"[ \t]+(?:is|was)[ \t]+(a|an|the)[ \t]+")
_AFTER_ROLE = re.compile(r"[ \t]+(\w+)|[ \t]*([,.;:)\n]|\Z)")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_OF_AFTER = re.compile(r"[ \t]+of\b")


@frozen
class Title:
    """A role word or honorific written in the text, with its normalised role ("" for "Mr.")."""

    start: int
    end: int
    written: str
    role: str


@frozen
class PersonRef:
    """A reference to a person named in full elsewhere in the document."""

    start: int
    end: int
    target: int  # index into the full-name list given to ``short_references``


class PeopleFinder:
    """The person-name finders over one text (titles, runs of capitalised words, references)."""

    def __init__(self, text: str, index: TokenIndex, lex: Lexicon | None = None) -> None:
        self.text = text
        self.index = index
        self.lex = lex or lexicon()
        self.titles = self._titles()
        self._title_by_end = {t.end: t for t in self.titles}
        self._role_starts = [t.start for t in self.titles if t.role]
        self._role_titles = [t for t in self.titles if t.role]
        self._title_tokens = self._tokens_in_titles()

    # --- titles ---

    def _titles(self) -> list[Title]:
        found: list[Title] = []
        for m in self.lex.role_pattern.finditer(self.text):
            role = self.lex.role(m.group())
            if role:
                found.append(Title(m.start(), m.end(), m.group(), role))
        for tok in self.index.tokens:
            bare = tok.text.rstrip(".")
            if bare.lower() in self.lex.honorifics and bare[:1].isupper():
                end = tok.end + 1 if self.text[tok.end : tok.end + 1] == "." else tok.end
                found.append(Title(tok.start, end, self.text[tok.start : end], ""))
        return sorted(found, key=lambda t: (t.start, t.end))

    def _tokens_in_titles(self) -> set[int]:
        inside: set[int] = set()
        for title in self.titles:
            i = self.index.at(title.start)
            while i < len(self.index.tokens) and self.index.tokens[i].start < title.end:
                inside.add(i)
                i += 1
        return inside

    def title_before(self, start: int) -> Title | None:
        """Return the title or honorific written right before offset ``start``, if any."""
        pos = start
        for _ in range(TITLE_GAP):
            if pos > 0 and self.text[pos - 1] in " \t":
                pos -= 1
                title = self._title_by_end.get(pos)
                if title is not None:
                    return title
        return None

    def role_after(self, start: int) -> Title | None:
        """Return the first role word starting within the appositive window after ``start``."""
        i = bisect.bisect_left(self._role_starts, start)
        if i == len(self._role_titles):
            return None
        title = self._role_titles[i]
        if title.start - start > APPOSITIVE_WINDOW:
            return None
        if _CLAUSE_PUNCT.search(self.text, start, title.start):
            return None
        return title

    # --- names ---

    def is_name_token(self, i: int) -> bool:
        """Return True if token ``i`` can be part of a person's name."""
        tok = self.index.tokens[i]
        return (
            i not in self._title_tokens
            and is_name_word(tok.text)
            and not self.lex.is_stopword(strip_possessive(tok.text))
        )

    def runs(self) -> list[list[int]]:
        """Return maximal runs of name tokens separated by single spaces, in text order."""
        runs: list[list[int]] = []
        current: list[int] = []
        tokens = self.index.tokens
        for i in range(len(tokens)):
            if not self.is_name_token(i):
                current = []
                continue
            joined = (
                current
                and self.text[tokens[current[-1]].end : tokens[i].start] == " "
                and strip_possessive(tokens[current[-1]].text) == tokens[current[-1]].text
            )
            if not joined:
                current = []
                runs.append(current)
            current.append(i)
        return [r for r in runs if r]

    def _has_role_after(self, end: int) -> bool:
        text = self.text
        who = _WHO.match(text, end)
        if who:
            verb = " ".join(who.group(1).lower().split())
            return verb in self.lex.verbs or verb in self.lex.copulas
        for pattern in (_COMMA, _COPULA):
            m = pattern.match(text, end)
            if not m:
                continue
            title = self.role_after(m.end())
            if title is None:
                continue
            after = _AFTER_ROLE.match(text, title.end)
            if after is None:
                continue
            if m.group(1) in ("a", "an"):
                return True  # "X, a professor ...", "X is a freelance writer ..."
            word = (after.group(1) or "").lower()
            # "the president of X" is an appositive; "the president said" is a new subject.
            if word in self.lex.prepositions or word == "and" or after.group(2) is not None:
                return True
        return False

    def _korean_shaped(self, family: str, given: str) -> bool:
        if "-" not in given or given.count("-") > 1:
            return False
        head, tail = given.split("-")
        if not tail or not tail[0].islower():
            return False
        table = romanization()
        fam = ascii_fold(strip_possessive(family))
        if fam not in table.family and fam not in table.inventory:
            return False
        for part in (head, strip_possessive(tail)):
            syllables = segment(ascii_fold(part))
            if syllables is None or len(syllables) > MAX_GIVEN_SYLLABLES:
                return False
        return True

    def full_names(self, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
        """Return the spans of person names of two or more words found by a trigger.

        Args:
            free: tells whether a span is still unclaimed by a higher-priority mention.
        """
        tokens = self.index.tokens
        spans: set[tuple[int, int]] = set()
        for run in self.runs():
            first, last = tokens[run[0]], tokens[run[-1]]
            sized = 2 <= len(run) <= MAX_NAME_WORDS
            # Title before the run ("Defense Minister Taro Yamada"), or an appositive, relative
            # clause or copula after it ("Choi Min-ho, a professor ...").
            triggered = sized and (
                self.title_before(first.start) is not None or self._has_role_after(last.end)
            )
            if triggered and not self.index.in_headline(first.start):
                spans.add((first.start, self._name_end(run[-1])))
                continue
            # Romanised East Asian shape anywhere in the run, headlines and bylines included
            # ("By Oh Min-seok"): the shape itself is the evidence.
            for a, b in itertools.pairwise(run):
                if self._korean_shaped(tokens[a].text, tokens[b].text):
                    spans.add((tokens[a].start, self._name_end(b)))
        return sorted(s for s in spans if free(*s))

    def _name_end(self, i: int) -> int:
        tok = self.index.tokens[i]
        return tok.start + len(strip_possessive(tok.text))

    # --- references ---

    def short_references(
        self, full: Sequence[tuple[int, int]], free: Callable[[int, int], bool]
    ) -> tuple[list[PersonRef], list[tuple[int, int]]]:
        """Link single-word references ("Kang", "Mr. Kang") to full names of the same document.

        Args:
            full: spans of the document's full person names (two words or more), sorted.
            free: tells whether a span is still unclaimed.

        Returns:
            The references linked to an index of ``full`` (the nearest preceding full name with
            that family or given name, else the nearest following one), and the spans of titled
            single words that match no full name ("President Macron"): people named only so.
        """
        parts: dict[str, list[int]] = {}
        for n, (start, end) in enumerate(full):
            words = [strip_possessive(w) for w in self.text[start:end].split()]
            for key in sorted({canon_token(ascii_fold(w)) for w in (words[0], words[-1])}):
                parts.setdefault(key, []).append(n)  # in text order, as ``full`` is sorted
        part_starts = {key: [full[n][0] for n in ns] for key, ns in parts.items()}
        refs: list[PersonRef] = []
        alone: list[tuple[int, int]] = []
        for run in self.runs():
            tok = self.index.tokens[run[0]]
            title = self.title_before(tok.start)
            if len(run) != 1:
                continue  # a longer run is a full name (or not a name): full_names decides
            end = self._name_end(run[0])
            if not free(tok.start, end):
                continue
            word = self.text[tok.start : end]
            key = canon_token(ascii_fold(word))
            candidates = parts.get(key, [])
            if candidates:
                i = bisect.bisect_left(part_starts[key], tok.start) - 1
                # The nearest full name before; a caption or headline may precede it, so else
                # the first one after.
                refs.append(PersonRef(tok.start, end, candidates[max(i, 0)]))
            elif (
                title is not None
                and (not title.role or title.written[:1].isupper())
                and not self.index.in_headline(tok.start)
            ):
                alone.append((tok.start, end))
        return refs, alone

    def role_references(
        self, titled: Sequence[tuple[int, int, str]], free: Callable[[int, int], bool]
    ) -> list[tuple[int, int, int]]:
        """Link "the president" to the person last named with that title.

        Args:
            titled: (start, end, normalised role) of person mentions with a title, sorted.
            free: tells whether a span is still unclaimed.

        Returns:
            (start, end, index into ``titled``) for each linked reference.
        """
        linked: list[tuple[int, int, int]] = []
        by_role: dict[str, list[int]] = {}
        for n, (_start, _end, r) in enumerate(titled):
            by_role.setdefault(r, []).append(n)  # in text order, as ``titled`` is sorted
        role_starts = {r: [titled[n][0] for n in ns] for r, ns in by_role.items()}
        for m in self.lex.referring_pattern.finditer(self.text):
            written = m.group()
            the = _THE_BEFORE.search(self.text, max(0, m.start() - 4), m.start())
            if the is None or written != written.lower():
                continue
            if _OF_AFTER.match(self.text, m.end()):
                continue  # "the president of the institute" describes, it does not refer
            role = self.lex.role(written)
            holders = by_role.get(role or "", [])
            i = bisect.bisect_left(role_starts.get(role or "", []), m.start()) - 1
            if i >= 0 and free(the.start(), m.end()):
                linked.append((the.start(), m.end(), holders[i]))
        return linked
