"""Read people's roles and affiliations from the words around their names.

Three constructions, each general:

- a title before the name, with the country or organisation before it: "Japanese Defense Minister
  Taro Yamada", "former President Kang";
- an appositive or copula after it: "Choi Min-ho, a professor of economic history at Seoul
  National University", "Kang, leader of the Green Party (GP) of Canada", "X is a writer";
- a relative clause: "Kang Min-su, who chairs the country's principal opposition party Minsaeng".

Role words are normalised by ``crosscheck/data/names/roles.toml`` (chair / head / chief -> leader);
qualifiers ("main opposition", "principal opposition") become one value ("opposition").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import frozen

from crosscheck.model import Mention
from crosscheck.names.lexicon import Lexicon, lexicon
from crosscheck.names.people import PeopleFinder, Title
from crosscheck.names.registry import Registry, local_id
from crosscheck.names.text import TokenIndex, is_name_word

# An appositive lists at most this many roles joined by "and" ("an adviser to the DP and a former
# intelligence chief").
MAX_CONJUNCTS = 3
# A role is followed by at most this many prepositional phrases ("professor of X at Y").
MAX_PREPOSITIONS = 3
# The object of "who chairs ..." ends at the clause's end or after this many characters.
OBJECT_WINDOW = 120
# An unregistered organisation's name is at most this many words.
MAX_ORG_WORDS = 8

_WHO = re.compile(r",[ \t]+who[ \t]+(\w+(?:[ \t]+as)?)[ \t]+")
_COMMA = re.compile(r",[ \t]+")
_COPULA = re.compile(r"[ \t]+(is|was|serves[ \t]+as|served[ \t]+as|remains)[ \t]+")
_ARTICLE = re.compile(r"(?:a|an|the)[ \t]+", re.IGNORECASE)
_PREP = re.compile(r"[ \t]+(\w+)[ \t]+(?:the[ \t]+)?")
_AND = re.compile(r"[ \t]+and[ \t]+(?=(?:a|an|the|former|ex)\b)")
_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s)?[ \t]+\Z")
# A period ends a clause when a capital (a new sentence) or the end follows: "the U.S. embassy" goes on.
_CLAUSE_END = re.compile(r"[,;:()\"“”!?\n]|\.(?:\s+(?=[A-Z0-9\"“])|\s*\Z)")
_PHRASE_STOP = frozenset({"and", "who", "which", "that", "but", "said", "says"})
# Words that join the parts of an organisation's name ("Center for Strategic and International
# Studies", "University of Seoul") when a capitalised word follows.
_NAME_JOINERS = frozenset({"and", "for", "of", "on", "&"})
_ORG_KINDS = frozenset({"country", "organization", "party", "outlet", "place"})


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
    construction: str = "title"  # title | appositive | relative | copula


@frozen
class _Org:
    entity_id: str
    kind: str
    start: int
    end: int


class _Reader:
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

    # --- before the name ---

    def title(self, person: Mention) -> RoleFact | None:
        title = self.finder.title_before(person.span.start)
        if title is None or not title.role:
            return None
        start = title.start
        past = False
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
        past_word = re.search(r"(\w+)(?:-|[ \t]+)\Z", head)
        if past_word and past_word.group(1).lower() in self.lex.past_markers:
            past = True
            start = start - len(past_word.group(0))
            head = self.text[max(0, start - 40) : start]
        org = None
        gap = _POSSESSIVE_GAP.search(head)
        if gap:
            before = self._by_end.get(start - len(gap.group(0)))
            if before is not None:
                org = self.org(before)
                if org is not None:
                    start = org.start
        return self._fact(person, title, start, title.end, org, qualifier, None, past, "title")

    # --- after the name ---

    def after(self, person: Mention) -> list[RoleFact]:
        end = person.span.end
        who = _WHO.match(self.text, end)
        if who:
            verb = " ".join(who.group(1).lower().split())
            past = verb in self.lex.past_verbs
            if verb in self.lex.verbs:
                return self._relative(person, verb, who.end(), past)
            if verb in self.lex.copulas:
                return self._appositive(person, who.end(), past, "relative")
            return []
        copula = _COPULA.match(self.text, end)
        if copula:
            verb = " ".join(copula.group(1).lower().split())
            return self._appositive(person, copula.end(), verb in self.lex.past_verbs, "copula")
        comma = _COMMA.match(self.text, end)
        if comma:
            return self._appositive(person, comma.end(), False, "appositive")
        return []

    def _relative(self, person: Mention, verb: str, pos: int, past: bool) -> list[RoleFact]:
        stop = _CLAUSE_END.search(self.text, pos, pos + OBJECT_WINDOW)
        end = stop.start() if stop else min(len(self.text), pos + OBJECT_WINDOW)
        head_end = self._head_end(pos, end)
        orgs = [
            o
            for m in self.mentions_in(pos, head_end)
            if (o := self.org(m)) is not None and not self._modifies(m)
        ]
        # "the country's principal opposition party Minsaeng": the party, not the country; "heads
        # the U.S. embassy in Seoul": neither the modifier "U.S." nor the place after "in".
        orgs.sort(key=lambda o: (o.kind != "country", o.start))
        org = orgs[-1] if orgs else None
        q = self.lex.qualifier_pattern.search(self.text, pos, end)
        qualifier = self.lex.qualifier(q.group()) if q else None
        role = self.lex.verbs[verb]
        title = Title(pos - len(verb) - 1, pos - 1, verb, role)
        fact_end = org.end if org is not None else end
        return [
            self._fact(person, title, title.start, fact_end, org, qualifier, None, past, "relative")
        ]

    def _appositive(
        self, person: Mention, pos: int, past: bool, construction: str
    ) -> list[RoleFact]:
        facts: list[RoleFact] = []
        for _ in range(MAX_CONJUNCTS):
            start = pos
            article = _ARTICLE.match(self.text, pos)
            if article:
                pos = article.end()
            word = re.match(r"(\w+)(?:-|[ \t]+)", self.text[pos:])
            this_past = past
            if word and word.group(1).lower() in self.lex.past_markers:
                this_past = True
                pos += word.end()
            title = self.finder.role_after(pos)
            if title is None:
                break
            pre = self.text[pos : title.start]
            orgs = [o for m in self.mentions_in(pos, title.start) if (o := self.org(m)) is not None]
            org = orgs[-1] if orgs else None
            q = self.lex.qualifier_pattern.search(pre)
            qualifier = self.lex.qualifier(q.group()) if q else None
            end, after_org, field = self._prepositions(title.end)
            org = after_org or org
            facts.append(
                self._fact(
                    person, title, start, end, org, qualifier, field, this_past, construction
                )
            )
            more = _AND.match(self.text, end)
            if more is None:
                break
            pos = more.end()
        return facts

    def _prepositions(self, pos: int) -> tuple[int, _Org | None, str | None]:
        org: _Org | None = None
        field: str | None = None
        end = pos
        for _ in range(MAX_PREPOSITIONS):
            prep = _PREP.match(self.text, end)
            if prep is None or prep.group(1).lower() not in self.lex.prepositions:
                break
            at = prep.end()
            mention = self.mention_at(at)
            if (
                mention is not None
                and self.org(mention) is not None
                and not self._modifies(mention)
            ):
                org = org or self.org(mention)
                end = mention.span.end
                continue
            phrase_end, capitalised = self._phrase(at)
            if phrase_end <= at:
                break
            phrase = self.text[at:phrase_end]
            if capitalised and org is None:
                kind = "party" if "party" in phrase.lower().split() else "organization"
                org = _Org(local_id(kind, phrase), kind, at, phrase_end)
            elif field is None:
                field = " ".join(phrase.split())
            end = phrase_end
        return end, org, field

    def _head_end(self, pos: int, end: int) -> int:
        """Return where the object noun phrase in [pos, end) ends: at its first preposition."""
        names = [(m.span.start, m.span.end) for m in self.mentions_in(pos, end)]
        i = self.index.at(pos)
        tokens = self.index.tokens
        while i < len(tokens) and tokens[i].start < end:
            tok = tokens[i]
            inside = any(s <= tok.start < e for s, e in names)  # "of" in "Party of Korea"
            if tok.text.lower() in self.lex.prepositions and not inside:
                return tok.start
            i += 1
        return end

    def _modifies(self, mention: Mention) -> bool:
        """Return True if a lower-case noun follows the mention: "North Korean studies"."""
        nxt = re.match(r"[ \t]+(\w+)", self.text[mention.span.end : mention.span.end + 40])
        if nxt is None:
            return False
        word = nxt.group(1)
        return word.islower() and word not in self.lex.prepositions and word not in _PHRASE_STOP

    def _phrase(self, pos: int) -> tuple[int, bool]:
        """Return where the noun phrase at ``pos`` ends and whether it is a capitalised name."""
        i = self.index.at(pos)
        tokens = self.index.tokens
        end = pos
        capitalised = True
        words = 0
        while i < len(tokens) and words < MAX_ORG_WORDS:
            tok = tokens[i]
            if _CLAUSE_END.search(self.text, end, tok.start) or (tok.start - end > 1 and words):
                break
            lower = tok.text.lower()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            joins = capitalised and words and lower in _NAME_JOINERS
            if joins and nxt is not None and is_name_word(nxt.text):
                pass  # "University of Seoul", "Center for Strategic and International Studies"
            elif lower in _PHRASE_STOP or lower in self.lex.prepositions:
                break  # "history at Yonsei" starts a new phrase
            elif not is_name_word(tok.text) and not tok.text.isupper():
                capitalised = False
            end = tok.end
            words += 1
            i += 1
        return end, capitalised and words > 0

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


def find_roles(text: str, mentions: Sequence[Mention], registry: Registry) -> list[RoleFact]:
    """Return the roles the text gives the people it mentions, in text order.

    Args:
        text: the document's text.
        mentions: its mentions, from ``find_mentions``.
        registry: the registry the mentions were resolved against.

    Returns:
        One RoleFact per role phrase attached to a person mention.
    """
    reader = _Reader(text, mentions, registry)
    facts: list[RoleFact] = []
    for mention in reader.mentions:
        if reader.kind(mention) != "person":
            continue
        title = reader.title(mention)
        if title is not None:
            facts.append(title)
        facts.extend(reader.after(mention))
    return sorted(facts, key=lambda f: (f.start, f.end, f.role))
