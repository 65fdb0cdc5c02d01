"""Read the role a title before a name gives ("former Defense Minister A B", "<Org>, led by A B")."""

from __future__ import annotations

import bisect
import re

from attrs import evolve

from crosscheck.model import Mention
from crosscheck.names.name_runs import Title
from crosscheck.names.role_orgs import _LED_BY, _OrgReader
from crosscheck.names.role_reader import RoleFact

_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s)?[ \t]+\Z")
_MARKER = re.compile(r"([\w-]+)[ \t]+\Z|(\w+)-\Z")
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d]?\s+(?=[A-Z\"\u201c])|\n")
# A counterpart's role is copied from a title at most this many characters before it.
RELATIONAL_WINDOW = 300
# "Acme's finance chief", "the party's parliamentary leader": a lower-case word between a
# possessive or a determiner and an exclusive role narrows it to another post. (After a name the
# word may be a verb: "Lee met President Kim".)
_NARROWING = re.compile(
    r"(?:['\u2019]s|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur))"
    r"[ \t]+([a-z][a-z-]+)[ \t]+\Z"
)
# The normalised prefix of a subordinate post ("deputy mayor", "vice chairman" -> "deputy leader").
SUBORDINATE = "deputy"


class _TitleReader(_OrgReader):
    """Read the roles titles before names give, and the "led by" and "of" affiliations."""

    # --- before the name ---

    def title(self, person: Mention) -> RoleFact | None:
        title = self.finder.title_before(person.span.start)
        if title is None or not title.role:
            return None
        start = title.start
        past = False
        future = title.future
        qualifier = None
        head = self.text[max(0, start - 40) : start]
        # "main opposition leader": a qualifier written right before the role word.
        q = next(
            (m for m in self.lex.qualifier_pattern.finditer(head) if not head[m.end() :].strip()),
            None,
        )
        if q is not None:
            qualifier = self.lex.qualifier(q.group())
            start -= len(head) - q.start()
            head = self.text[max(0, start - 40) : start]
        role = title.role
        marker = _MARKER.search(head)
        word = (marker.group(1) or marker.group(2)).lower() if marker else ""
        if word in self.lex.past_markers or word in self.lex.future_markers:
            past = word in self.lex.past_markers
            future = future or word in self.lex.future_markers
            start -= len(marker.group(0)) if marker else 0
        elif word in self.lex.subordinate_markers:
            role = f"{SUBORDINATE} {role}"
            start -= len(marker.group(0)) if marker else 0
        else:
            narrowed = self._narrowed(role, title.written, start)
            if narrowed is not None:
                role, start = narrowed
        head = self.text[max(0, start - 40) : start]
        if role in self.lex.relational:
            copied = self._relational_role(title.start)
            if copied is None:
                return None
            role = copied
        org = None
        gap = _POSSESSIVE_GAP.search(head)
        if gap:
            org = self._org_before(start - len(gap.group(0)))
            if org is not None:
                start = org.start
        if org is None:
            # "<Org> and its leader A B"; "<Org>'s board, led by chairman A B" (a leader-type
            # title only: "led by former minister A B" leads, and was a minister of something else).
            org = self._org_context(start, led=role == "leader")
            start = org.start if org is not None else start
        end = title.end
        if org is None and title.end < person.span.start:
            # "the head of the Election Office, A B,": the organisation follows the role word.
            after_end, after_org, _field = self._prepositions(title.end)
            if after_org is not None and after_end <= person.span.start:
                org, end = after_org, after_end
        if org is None:
            org = self._member_org(person.span.end)
        fact = self._fact(person, title, start, end, org, qualifier, None, past, "title")
        return evolve(fact, role=role, future=future)

    def _narrowed(self, role: str, written: str, start: int) -> tuple[str, int] | None:
        """Return the narrower post and its start for "Acme's finance chief", else None."""
        if role not in self.lex.exclusive:
            return None
        m = _NARROWING.search(self.text, max(0, start - 40), start)
        if m is None:
            return None
        word = m.group(1)
        lex = self.lex
        if (
            lex.is_stopword(word)
            or word in lex.title_modifiers
            or word in lex.past_markers
            or word in lex.future_markers
            or lex.qualifier(word) is not None
            or lex.role(word) is not None
        ):
            return None
        return f"{word} {' '.join(written.lower().split())}", m.start(1)

    def _relational_role(self, pos: int) -> str | None:
        """Return the one role named earlier in the sentence ("Prime Minister A met his
        counterpart B": B is a prime minister), or None if there is none or several."""
        window = self.text[max(0, pos - RELATIONAL_WINDOW) : pos]
        breaks = list(_SENTENCE_BREAK.finditer(window))
        sentence = pos - len(window) + (breaks[-1].end() if breaks else 0)
        titles = self.finder.titles
        first = bisect.bisect_left(self.finder.title_starts, sentence)
        roles: set[str] = set()
        for t in titles[first:]:
            if t.start >= pos:
                break
            if t.end <= pos and t.role and t.role not in self.lex.relational:
                roles.add(t.role)
        return roles.pop() if len(roles) == 1 else None

    def led_by(self, person: Mention) -> RoleFact | None:
        """Return the leadership "<Org>, led by [former minister] A B" gives a person."""
        pos = person.span.start
        title = self.finder.title_before(pos)
        if title is not None:
            pos = title.start
            marker = _MARKER.search(self.text, max(0, pos - 30), pos)
            word = (marker.group(1) or marker.group(2)).lower() if marker else ""
            if marker and (word in self.lex.past_markers or word in self.lex.title_modifiers):
                pos = marker.start()
        m = _LED_BY.search(self.text, max(0, pos - 20), pos)
        if m is None:
            return None
        org = self._org_context(pos)
        if org is None:
            return None
        led = Title(m.start(), pos, "led by", "leader")
        return self._fact(person, led, org.start, m.end(), org, None, None, False, "led")

    def member(self, person: Mention) -> RoleFact | None:
        """Return the affiliation "A B of the National Union" gives, with no role."""
        org = self._member_org(person.span.end)
        if org is None:
            return None
        title = Title(person.span.end, org.end, "of", "")
        return self._fact(
            person, title, person.span.start, org.end, org, None, None, False, "member"
        )
