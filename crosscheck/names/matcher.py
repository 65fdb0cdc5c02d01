"""Find every alias of a registry in a text in one pass (an Aho-Corasick automaton).

Aliases and text are folded the same way (case, dashes, apostrophes, white space) without changing
the text's length, so automaton hits map back to exact offsets. A hit counts only on word
boundaries and only if its case fits the alias (acronyms must be written as acronyms: "AP" is an
outlet, "ap" is not); overlapping hits resolve leftmost-longest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick  # type: ignore[import-not-found]  # C extension without type stubs
from attrs import frozen

# An acronym alias this long or longer also matches in title case: house styles write "Nato",
# "Asean" or "Unesco" for NATO, ASEAN, UNESCO. Shorter ones ("AP", "FT", "UN") must be exact,
# because their title-case forms are ordinary words or names ("Un", "Ft").
TITLE_CASE_ACRONYM_MIN = 4

_FOLD_TABLE = {
    **dict.fromkeys(map(ord, "-\u2010\u2011\u2012\u2013\u2014\u2212"), " "),
    **dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u0060\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\t\n\r\v\f\u00a0\u2007\u202f"), " "),
}


def fold(text: str) -> str:
    """Return ``text`` folded for matching: lower case, dashes as spaces, one apostrophe form.

    The result has the same length as ``text``, so offsets into it are offsets into ``text``.
    """
    out = text.translate(_FOLD_TABLE)
    lowered = out.lower()
    if len(lowered) == len(out):
        return lowered
    # A few characters lower-case to two ("İ"); keep those as they are to keep offsets aligned.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)


def is_acronym(alias: str) -> bool:
    """Return True for an alias written in capitals only ("AP", "U.S.", "G7"): matched by case."""
    return any(c.isupper() for c in alias) and not any(c.islower() for c in alias)


@frozen
class _Form:
    alias: str
    ids: tuple[str, ...]
    acronym: bool
    capital: bool  # the alias starts with a capital letter, so the text must too

    def accepts(self, written: str) -> bool:
        if self.acronym:
            if written == self.alias:
                return True
            letters = sum(c.isalpha() for c in self.alias)
            return letters >= TITLE_CASE_ACRONYM_MIN and written == self.alias.capitalize()
        if self.capital:
            first = next((c for c in written if c.isalpha()), "")
            return first.isupper()
        return True


@frozen
class Hit:
    """One alias found in a text: where, the alias it matched and the entity ids behind it."""

    start: int
    end: int
    alias: str
    ids: tuple[str, ...]


def _first_alpha_upper(alias: str) -> bool:
    first = next((c for c in alias if c.isalpha()), "")
    return first.isupper()


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


class AliasMatcher:
    """An automaton over many aliases; ``find`` reports their non-overlapping hits in a text."""

    def __init__(self, aliases: Mapping[str, Iterable[str]]) -> None:
        """Build the automaton.

        Args:
            aliases: each alias as written, mapped to the ids of the entities it names.
        """
        forms: dict[str, list[_Form]] = {}
        for alias, ids in aliases.items():
            key = fold(alias.strip())
            if not key.strip():
                continue
            written = alias.strip()
            ids_ = tuple(sorted(set(ids)))
            form = _Form(written, ids_, is_acronym(written), _first_alpha_upper(written))
            forms.setdefault(key, []).append(form)
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for key, group in forms.items():
            group.sort(key=lambda f: f.alias)
            self._automaton.add_word(key, (len(key), tuple(group)))
        self._size = len(forms)
        if self._size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def candidates(self, text: str) -> list[Hit]:
        """Return every hit on word boundaries whose case fits, overlapping ones included."""
        if not self._size or not text:
            return []
        folded = fold(text)
        hits: list[Hit] = []
        for last, (length, group) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if not _boundary(text, start, end):
                continue
            written = text[start:end]
            accepted = [f for f in group if f.accepts(written)]
            if accepted:
                ids = tuple(sorted({i for f in accepted for i in f.ids}))
                hits.append(Hit(start, end, accepted[0].alias, ids))
        return hits

    def find(self, text: str) -> list[Hit]:
        """Return the hits of all aliases in ``text``: leftmost-longest, non-overlapping, in order.

        Args:
            text: the text to search.

        Returns:
            Hits sorted by start offset.
        """
        return select_longest(self.candidates(text))


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Keep the leftmost-longest hits that do not overlap, in text order."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.alias)):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen
