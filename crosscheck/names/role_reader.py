"""Hold what the role readers share: the RoleFact they build and the text's mentions by offset."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import frozen

from crosscheck.model import Mention
from crosscheck.names.keys import ascii_fold
from crosscheck.names.lexicon import Lexicon, lexicon
from crosscheck.names.name_runs import Title
from crosscheck.names.people import PeopleFinder
from crosscheck.names.registry import Registry
from crosscheck.names.text import TokenIndex, strip_possessive

# An unregistered organisation's name is at most this many words.
MAX_ORG_WORDS = 8

_ORG_KINDS = frozenset({"city", "country", "organization", "party", "outlet", "place"})


@frozen
class RoleFact:
    """One role a text gives a person, with the organisation and qualifiers it names."""

    person: Mention
    role: str  # normalised ("leader")
    written: str  # the role phrase as written
    start: int  # the role phrase, the evidence
    end: int
    organization: str | None = None  # entity id
    organization_written: str = ""
    organization_kind: str | None = None
    organization_start: int = -1
    organization_end: int = -1
    qualifier: str | None = None
    field: str | None = None
    past: bool = False
    construction: str = "title"  # title | appositive | relative | copula | member | led
    future: bool = False  # "incoming", "-elect", "expected to become"


@frozen
class _Org:
    entity_id: str
    kind: str
    start: int
    end: int


class _ReaderBase:
    """Look up one text's mentions by offset and build the RoleFacts the readers return."""

    def __init__(self, text: str, mentions: Sequence[Mention], registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.lex: Lexicon = lexicon()
        self.index = TokenIndex(text)
        self.finder = PeopleFinder(text, self.index, self.lex)
        self.mentions = sorted(
            (m for m in mentions if m.entity_id), key=lambda m: (m.span.start, m.span.end)
        )
        self._starts = [m.span.start for m in self.mentions]
        self._by_end = {m.span.end: m for m in self.mentions}
        self._long_names = self._longer_names()

    def _longer_names(self) -> dict[str, set[tuple[int, int]]]:
        """Return, by first word, the longer capitalised names the text writes ("Acme Robotics"),
        so that a short form ("Acme's chairman") names the same thing as the full one."""
        names: dict[str, set[tuple[int, int]]] = {}
        tokens = self.index.tokens
        for run in self.finder.runs():
            if not 2 <= len(run) <= MAX_ORG_WORDS or self.index.in_headline(tokens[run[0]].start):
                continue
            words = [ascii_fold(strip_possessive(tokens[i].text)) for i in run]
            if any(self.lex.is_stopword(w) for w in words) or self.mentions_in(
                tokens[run[0]].start, tokens[run[-1]].end
            ):
                continue  # a person's name, or not one name
            end = tokens[run[-1]].start + len(strip_possessive(tokens[run[-1]].text))
            names.setdefault(words[0], set()).add((tokens[run[0]].start, end))
        return names

    def kind(self, mention: Mention) -> str:
        return self.registry.kind(str(mention.entity_id))

    def mention_at(self, start: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, start)
        if i < len(self.mentions) and self.mentions[i].span.start == start:
            return self.mentions[i]
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            if self.mentions[i].span.end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def org(self, mention: Mention) -> _Org | None:
        kind = self.kind(mention)
        if kind not in _ORG_KINDS:
            return None
        return _Org(str(mention.entity_id), kind, mention.span.start, mention.span.end)

    def _fact(
        self,
        person: Mention,
        title: Title,
        start: int,
        end: int,
        org: _Org | None,
        qualifier: str | None,
        field: str | None,
        past: bool,
        construction: str,
    ) -> RoleFact:
        return RoleFact(
            person=person,
            role=title.role,
            written=" ".join(self.text[start:end].split()),
            start=start,
            end=end,
            organization=org.entity_id if org else None,
            organization_written=self.text[org.start : org.end] if org else "",
            organization_kind=org.kind if org else None,
            organization_start=org.start if org else -1,
            organization_end=org.end if org else -1,
            qualifier=qualifier,
            field=field,
            past=past,
            construction=construction,
        )
