"""Find the organisation a role phrase names: before it, after it, or in an "of" / "led by" phrase."""

from __future__ import annotations

import re

from crosscheck.model import Mention
from crosscheck.names.keys import ascii_fold
from crosscheck.names.registry import local_id
from crosscheck.names.role_reader import MAX_ORG_WORDS, _Org, _ReaderBase
from crosscheck.names.text import is_acronym_word, is_name_word, strip_possessive

# A role is followed by at most this many prepositional phrases ("professor of X at Y").
MAX_PREPOSITIONS = 3

_PREP = re.compile(r"[ \t]+(\w+)[ \t]+(?:the[ \t]+)?")
# A period ends a clause when a capital (a new sentence) or the end follows: "the U.S. embassy" goes on.
_CLAUSE_END = re.compile(r"[,;:()\"“”!?\n]|\.(?:\s+(?=[A-Z0-9\"“])|\s*\Z)")
_PHRASE_STOP = frozenset({"and", "who", "which", "that", "but", "said", "says"})
# Words that join the parts of an organisation's name ("Center for Strategic and International
# Studies", "University of Seoul") when a capitalised word follows.
_NAME_JOINERS = frozenset({"and", "for", "of", "on", "&"})
_LED_BY = re.compile(r"(?:,[ \t]+)?\bled[ \t]+by[ \t]+\Z")
_ITS = re.compile(r"(?:,|[ \t]+and)[ \t]+its[ \t]+\Z")
# "Acme's board, led by ...": the organisation is the possessive before the body's noun.
_POSSESSED_NOUN = re.compile(r"['\u2019]s[ \t]+[a-z]+\Z")
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_NEXT_WORD = re.compile(r" (\w[\w'\u2019-]*)")
# Kinds whose name may start a longer organisation's name ("Tanzania Railways Corporation").
_PLACE_KINDS = frozenset({"city", "country", "place", "region"})


class _OrgReader(_ReaderBase):
    """Read the organisations around role phrases and the phrases that follow them."""

    def _org_context(self, start: int, *, led: bool = True) -> _Org | None:
        """Return the organisation of "<Org> and its leader", "<Org>'s board, led by chairman"."""
        head = self.text[max(0, start - 80) : start]
        for pattern in (_LED_BY, _ITS) if led else (_ITS,):
            m = pattern.search(head)
            if m is None:
                continue
            end = start - len(m.group(0))
            noun = _POSSESSED_NOUN.search(self.text, max(0, end - 30), end)
            if noun is not None:
                end = noun.start()
            return self._org_before(end)
        return None

    def _org_before(self, end: int) -> _Org | None:
        """Return the organisation named right before ``end``: a mention, or a capitalised name
        nothing resolved ("Acme chairwoman", "Acme's chairman") taken as an organisation."""
        mention = self._by_end.get(end)
        if mention is not None:
            return self.org(mention)
        party = self._party_word_before(end)
        if party is not None:
            return party
        tokens = self.index.tokens
        i = self.index.at(end) - 1  # the word ending at ``end``, or its possessive ("Acme's")
        if i < 0 or tokens[i].start + len(strip_possessive(tokens[i].text)) != end:
            return None
        if self.mentions_in(tokens[i].start, end):
            return None
        first = i
        while (
            first > 0
            and i - first < MAX_ORG_WORDS - 1
            and self.text[tokens[first - 1].end : tokens[first].start] == " "
            and self._org_word(tokens[first - 1].text)
            and strip_possessive(tokens[first - 1].text) == tokens[first - 1].text
        ):
            first -= 1
        while first <= i and not self._org_word(tokens[first].text):
            first += 1  # "Outgoing", "In", "Former": not part of the name
        if first > i or not self._places_only(tokens[first].start, end):
            return None
        if self.index.in_headline(tokens[first].start):
            return None
        if first == i and strip_possessive(tokens[i].text).lower() in self.lex.generic_org_nouns:
            return None  # "Club president X": a common noun capitalised at a sentence's start
        start = tokens[first].start
        return self._local_org(start, end)

    def _party_word_before(self, end: int) -> _Org | None:
        """Return the party of "the <Party> party's leader": a party mention, then "party"."""
        if self.text[max(0, end - 6) : end].lower() != " party":
            return None
        mention = self._by_end.get(end - 6)
        if mention is None or self.kind(mention) != "party":
            return None
        return _Org(str(mention.entity_id), "party", mention.span.start, end)

    def _places_only(self, start: int, end: int) -> bool:
        """Return True if the capitalised name in [start, end) holds no mention but places at its
        start: "Kenya Ports Authority" is an organisation that names a country, no person."""
        inside = self.mentions_in(start, end)
        return all(self.kind(m) in _PLACE_KINDS and m.span.end < end for m in inside)

    def _inside_name(self, mention: Mention) -> bool:
        """Return True if a place mention starts a longer capitalised name: "Chilean" in "Chilean
        Humanist Party", "Kenya" in "Kenya Ports Authority" name no country of the person."""
        if self.kind(mention) not in _PLACE_KINDS:
            return False
        nxt = _NEXT_WORD.match(self.text, mention.span.end)
        if nxt is None or not self._org_word(nxt.group(1)):
            return False
        at = nxt.start(1)
        if self.lex.role_pattern.match(self.text, at) is not None:
            return False  # "Brazil Foreign Minister": a title follows, not a longer name
        following = self.mention_at(at)
        return following is None or self.kind(following) not in ("person",)

    def _org_word(self, word: str) -> bool:
        bare = strip_possessive(word)
        if not (is_name_word(bare) or is_acronym_word(bare)):
            return False
        low = bare.lower()
        return not (
            self.lex.is_stopword(low)
            or low in self.lex.title_modifiers
            or low in self.lex.past_markers
            or low in self.lex.future_markers
            or self.lex.role(low) is not None
        )

    def _local_org(self, start: int, end: int) -> _Org:
        name = self.text[start:end]
        first = ascii_fold(name.split()[0])
        longer = [
            (s, e)
            for s, e in self._long_names.get(first, ())
            if ascii_fold(self.text[s:e]).startswith(ascii_fold(name) + " ")
        ]
        if len({ascii_fold(self.text[s:e]) for s, e in longer}) == 1:
            name = self.text[longer[0][0] : longer[0][1]]  # "Acme" written in full elsewhere
        kind = "party" if "party" in name.lower().split() else "organization"
        return _Org(local_id(kind, name), kind, start, end)

    def _member_org(self, end: int) -> _Org | None:
        """Return the organisation of "A B of the National Union" / "A B of Acme", if any."""
        of = _OF.match(self.text, end)
        if of is None:
            return None
        mention = self.mention_at(of.end())
        if mention is not None:
            after = mention.span.end
            if self.text[after : after + 2] in ("'s", "\u2019s"):
                nxt = self.mention_at(after + 3)
                mention = nxt if nxt is not None else mention  # "of Latvia's National Union"
            org = self.org(mention)
            if org is not None and not self._modifies(mention):
                return org
            return None
        name_end = self._name_phrase(of.end())
        if name_end <= of.end():
            return None
        return self._local_org(of.end(), name_end)

    def _name_phrase(self, pos: int) -> int:
        """Return where the capitalised name at ``pos`` ends ("Union of Farmers and Greens"), or
        ``pos`` if no capitalised word starts there."""
        tokens = self.index.tokens
        i = self.index.at(pos)
        end = pos
        words = 0
        while i < len(tokens) and words < MAX_ORG_WORDS and tokens[i].start - end <= 1:
            tok = tokens[i]
            if words and self.text[end : tok.start] != " ":
                break
            if self._org_word(tok.text):
                end = tok.start + len(strip_possessive(tok.text))
                if end != tok.end:
                    break  # a possessive ends the name
            elif not (
                words
                and tok.text in _NAME_JOINERS
                and i + 1 < len(tokens)
                and self._org_word(tokens[i + 1].text)
            ):
                break
            words += 1
            i += 1
        return end

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
        if self._inside_name(mention):
            return True
        nxt = re.match(r"[ \t]+(\w+)", self.text[mention.span.end : mention.span.end + 40])
        if nxt is None:
            return False
        word = nxt.group(1)
        if word == "party" and self.kind(mention) == "party":
            return False  # "the Civic Union party" restates what the name is
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
