"""Find the titles a text writes and the runs of capitalised words that may be people's names."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from crosscheck.names.lexicon import Lexicon, lexicon
from crosscheck.names.text import TokenIndex, is_name_word, soft_gap, strip_possessive

# Particles in a row inside a name ("van der" in "Jan van der Berg").
MAX_PARTICLES = 2


@frozen
class Title:
    """A role word or honorific written in the text, with its normalised role ("" for "Mr.")."""

    start: int
    end: int
    written: str
    role: str
    future: bool = False  # "President-elect"
    plural: bool = False  # "Prime Ministers A B and C D"


class _NameRuns:
    """Hold the titles and the runs of name words over one text, which the people finders read."""

    def __init__(self, text: str, index: TokenIndex, lex: Lexicon | None = None) -> None:
        self.text = text
        self.index = index
        self.lex = lex or lexicon()
        self.titles = self._titles()
        self.title_starts = [t.start for t in self.titles]
        self._title_by_end = {t.end: t for t in self.titles}
        self._role_starts = [t.start for t in self.titles if t.role]
        self._role_titles = [t for t in self.titles if t.role]
        self._title_tokens = self._tokens_in_titles()
        self._runs = self._find_runs()
        self._run_by_start = {self.index.tokens[r[0]].start: r for r in self._runs}
        self._run_by_end = {self._name_end(r[-1]): r for r in self._runs}

    # --- titles ---

    def _titles(self) -> list[Title]:
        found: list[Title] = []
        for m in self.lex.role_pattern.finditer(self.text):
            written = m.group("role")
            role = self.lex.role(written)
            if role:
                future = m.group("suffix") is not None
                plural = self.lex.is_plural(written)
                found.append(Title(m.start(), m.end(), m.group(), role, future, plural))
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

    # --- names ---

    def is_name_token(self, i: int) -> bool:
        """Return True if token ``i`` can be part of a person's name."""
        tok = self.index.tokens[i]
        word = strip_possessive(tok.text)
        return (
            i not in self._title_tokens
            and (is_name_word(tok.text) or self._particle_word(word))
            and not self.lex.is_stopword(word)
        )

    def _particle_word(self, word: str) -> bool:
        """Return True for "al-Assad", "el-Sisi": a particle joined to a capitalised name."""
        head, _, rest = word.partition("-")
        return head in self.lex.particles and is_name_word(rest)

    def is_particle(self, i: int) -> bool:
        """Return True if token ``i`` is a lower-case name particle ("van", "de", "bin")."""
        return self.index.tokens[i].text in self.lex.particles

    def runs(self) -> list[list[int]]:
        """Return maximal runs of name tokens, in text order.

        Words are separated by one space (or a wrapped line); one or two lower-case particles may
        stand between two of them ("Jan van der Berg"). A possessive ends a run.
        """
        return self._runs

    def _find_runs(self) -> list[list[int]]:
        runs: list[list[int]] = []
        current: list[int] = []
        pending: list[int] = []  # particles after the run, kept if a name word follows
        tokens = self.index.tokens
        for i in range(len(tokens)):
            last = pending[-1] if pending else (current[-1] if current else -1)
            open_ = (
                current
                and strip_possessive(tokens[current[-1]].text) == tokens[current[-1]].text
                and soft_gap(self.text, tokens[last].end, tokens[i].start)
            )
            if self.is_name_token(i):
                if open_:
                    current.extend(pending)
                    current.append(i)
                else:
                    current = [i]
                    runs.append(current)
                pending = []
            elif open_ and self.is_particle(i) and len(pending) < MAX_PARTICLES:
                pending.append(i)
            else:
                current, pending = [], []
        return runs

    def words(self, run: Sequence[int]) -> int:
        """Return how many capitalised words a run has (its particles not counted)."""
        return sum(1 for i in run if not self.is_particle(i))

    def _name_end(self, i: int) -> int:
        tok = self.index.tokens[i]
        return tok.start + len(strip_possessive(tok.text))
