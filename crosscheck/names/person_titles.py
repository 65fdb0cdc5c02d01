"""Decide which title names a person, and whether a role phrase follows a name."""

from __future__ import annotations

import bisect
import re

from crosscheck.names.name_runs import Title, _NameRuns
from crosscheck.names.text import soft_gap

# The role word of an appositive starts within this many characters after the comma
# ("Jang Ji-won, an adviser ...", "Ahn Jun, president of ...").
APPOSITIVE_WINDOW = 60
# A title may be separated from the name by this many spaces.
TITLE_GAP = 2
# "Prime Ministers A B, C D and E F": names a plural title covers.
MAX_COORDINATED = 4
# "the head of the National Election Office, A B,": the role word starts at most this many
# characters before the comma.
COMMA_TITLE_WINDOW = 60

_CLAUSE_PUNCT = re.compile(r"[,;:()\"“”!?]|\.(?:\s|\Z)")
_WHO = re.compile(r",[ \t]+who[ \t]+(\w+(?:[ \t]+as)?)")
_COMMA = re.compile(r",[ \t]+(?:(a|an|the)[ \t]+)?")
_COPULA = re.compile(r"[ \t]+(?:is|was)[ \t]+(a|an|the)[ \t]+")
_AFTER_ROLE = re.compile(r"[ \t]+(\w+)|[ \t]*([,.;:)\n]|\Z)")
_CONJUNCTION = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)\Z")
_COMMA_GAP = re.compile(r",[ \t]+\Z")
# A title set off by commas is a title of the name only after a determiner or a possessive, with
# at most two words between ("Finland's new premier, A B,", "the head of X, A B,").
_DETERMINED = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|\w['\u2019]s)(?:[ \t]+[\w-]+){0,2}[ \t]+\Z"
)
_OF_PHRASE = re.compile(r"[ \t]+of[ \t]+[^,;:()\"\u201c\u201d!?.\n]+\Z")
# An appositive set off by commas closes before the clause goes on.
_CLOSES = re.compile(r"[ \t]*(?:[,.;:)]|\Z)")


class _TitleFinder(_NameRuns):
    """Find the title that names a person and the role phrase that may follow a name."""

    def title_before(self, start: int) -> Title | None:
        """Return the title or honorific that names the person whose name starts at ``start``.

        The title is written right before the name (a space or a wrapped line between), or is a
        plural title before an earlier name of the same list ("Prime Ministers A B and C D"), or
        sets the name off by commas after a determiner or possessive ("Finland's premier, A B,").
        """
        return (
            self._direct_title(start) or self._coordinated_title(start) or self._comma_title(start)
        )

    def _direct_title(self, start: int) -> Title | None:
        pos = start
        while pos > 0 and start - pos < TITLE_GAP and self.text[pos - 1] in " \t":
            pos -= 1
            title = self._title_by_end.get(pos)
            if title is not None:
                return title
        # A title at the end of a wrapped line, the name on the next.
        end = start
        while end > 0 and start - end <= TITLE_GAP + 1 and self.text[end - 1] in " \t\n":
            end -= 1
        if "\n" in self.text[end:start] and soft_gap(self.text, end, start):
            return self._title_by_end.get(end)
        return None

    def _coordinated_title(self, start: int) -> Title | None:
        for _ in range(MAX_COORDINATED - 1):
            conj = _CONJUNCTION.search(self.text, max(0, start - 12), start)
            if conj is None:
                return None
            before = self._run_by_end.get(conj.start())
            if before is None:
                return None
            start = self.index.tokens[before[0]].start
            title = self._direct_title(start)
            if title is not None:
                return title if title.plural else None
        return None

    def _comma_title(self, start: int) -> Title | None:
        gap = _COMMA_GAP.search(self.text, max(0, start - 4), start)
        run = self._run_by_start.get(start)
        if gap is None or run is None:
            return None
        if not _CLOSES.match(self.text, self._name_end(run[-1])):
            return None  # "the chairman, A B said" does not set A B off
        comma = gap.start()
        title = self._title_by_end.get(comma)
        if title is None:
            # "the head of the Election Office, A B,": the role word, then an "of" phrase.
            i = bisect.bisect_left(self._role_starts, comma) - 1
            if i < 0:
                return None
            title = self._role_titles[i]
            if comma - title.start > COMMA_TITLE_WINDOW or title.end > comma:
                return None
            if not _OF_PHRASE.match(self.text[title.end : comma]):
                return None
        if not title.role or title.plural:
            return None
        if not _DETERMINED.search(self.text, max(0, title.start - 40), title.start):
            return None
        return title

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
