"""Read people's roles and affiliations from the words around their names.

The constructions, each general:

- a title before the name, with the country or organisation before it: "Japanese Defense Minister
  Taro Yamada", "former President Kang", "Acme Robotics chairwoman A B", "the company's chairman,
  A B,", "the Union and its leader A B", "the board, led by chairman A B", "his Estonian
  counterpart A B" (the counterpart holds the one role the sentence named before);
- an appositive or copula after it: "Choi Min-ho, a professor of economic history at Seoul
  National University", "Kang, leader of the Green Party (GP) of Canada", "X is a writer";
- a relative clause: "Kang Min-su, who chairs the country's principal opposition party Minsaeng";
- membership: "A B of the National Union" (an affiliation with no role), "<Org>, led by A B",
  "A B, of the Y party,", "A B, who belongs to / joined / is a member of Y", "A B, a member of Y".

Role words are normalised by ``crosscheck/data/names/roles.toml`` (chair / head / chief -> leader,
"Energy Minister" / "minister of energy" -> energy minister); qualifiers ("main opposition",
"principal opposition") become one value ("opposition"). "former" makes a role past; "incoming",
"-elect", "designate" or "expected to become" make it future; "deputy" or "vice" make it another
role ("deputy leader").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from crosscheck._data import load_toml
from crosscheck.model import Mention
from crosscheck.names.elections import elected_names
from crosscheck.names.keys import ascii_fold
from crosscheck.names.lexicon import ROLES_FILE, Lexicon, lexicon
from crosscheck.names.people import PeopleFinder, Title
from crosscheck.names.registry import Registry, is_local, local_id
from crosscheck.names.text import TokenIndex, is_acronym_word, is_name_word, pos_at, soft_gap
from crosscheck.nlp.quotes import nicknames_in_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["RoleFact", "find_roles"]


# An unregistered organisation's name is at most this many words.
MAX_ORG_WORDS = 8

_ORG_KINDS = frozenset({"city", "country", "organization", "party", "outlet", "place", "team"})


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
    # title | title member | appositive | relative | copula | member | led | whose | party of |
    # party tag
    construction: str = "title"
    future: bool = False  # "incoming", "-elect", "expected to become"
    # Why the organisation is a party, when it is one ("a registry party", "written 'Y party'",
    # "an election result in this document"): the decision a party contradiction names.
    organization_why: str = ""


@frozen
class _Org:
    entity_id: str
    kind: str
    start: int
    end: int
    why: str = ""  # for a party: what shows it is one


# The decisions that make an organisation a party, as a party contradiction names them.
REGISTRY_PARTY = "a registry party"
ELECTED_PARTY = "an election result in this document"


def _written_party(name: str) -> str:
    return f"written {' '.join(name.split())!r}"


# A role is followed by at most this many prepositional phrases ("professor of X at Y").
MAX_PREPOSITIONS = 3

_PREP = re.compile(r"[ \t]+(\w+)[ \t]+(?:the[ \t]+)?")
# Punctuation that ends a clause inside a sentence; sentence ends are the Doc's ("the U.S.
# embassy" goes on).
_CLAUSE_END = re.compile(r"[,;:()\"“”!?\n]")
_PHRASE_STOP = frozenset({"and", "who", "which", "that", "but", "said", "says"})
# Words that join the parts of an organisation's name ("Center for Strategic and International
# Studies", "University of Seoul") when a capitalised word follows.
_NAME_JOINERS = frozenset({"and", "for", "of", "on", "&"})
_LED_BY = re.compile(r"(?:,[ \t]+)?\bled[ \t]+by[ \t]+\Z")
_ITS = re.compile(r"(?:,|[ \t]+and)[ \t]+its[ \t]+\Z")
# "Acme's board, led by ...": the organisation is the possessive before the body's noun.
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# Kinds whose name may start a longer organisation's name ("Tanzania Railways Corporation").
_PLACE_KINDS = frozenset({"city", "country", "place", "region"})


_MARKER = re.compile(r"([\w-]+)[ \t]+\Z|(\w+)-\Z")
# A counterpart's role is copied from a title at most this many characters before it.
RELATIONAL_WINDOW = 300
# "Acme's finance chief", "the party's parliamentary leader": a lower-case word between a
# possessive or a determiner and an exclusive role narrows it to another post. (After a name the
# word may be a verb: "Lee met President Kim".)
_NARROWING = re.compile(
    r"(?:['\u2019]s|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur))"
    r"[ \t]+([a-z][a-z-]+)[ \t]+\Z"
)
# "the Y party of Prime Minister A B" (the party's name ends at ``end``; "Party" may be part of it).
_PARTY_OF = re.compile(r"(?P<end>)(?:[ \t]+party)?(?P<of>)[ \t]+of[ \t]+\Z", re.IGNORECASE)
# "A B, whose Y party ...": the party named right after is the person's own.
_WHOSE = re.compile(r",[ \t]+(?P<word>whose)[ \t]+")
# "Acme finance chief": a lower-case word between an organisation's capitalised name and an
# exclusive role narrows it too; the name is the role's organisation.
_NARROWING_POS = frozenset({"NOUN", "ADJ"})
_NARROWING_NAME = re.compile(r"\b[A-Z][\w&-]*[ \t]+([a-z][a-z-]+)[ \t]+\Z")
# The normalised prefix of a subordinate post ("deputy mayor", "vice chairman" -> "deputy leader").
SUBORDINATE = "deputy"


# An appositive lists at most this many roles joined by "and" ("an adviser to the DP and a former
# intelligence chief").
MAX_CONJUNCTS = 3
# The object of "who chairs ..." ends at the clause's end or after this many characters.
OBJECT_WINDOW = 120

_WHO = re.compile(r",[ \t]+who[ \t]+(\w+(?:[ \t]+as)?)[ \t]+")
_COMMA = re.compile(r",[ \t]+")
_COPULA = re.compile(r"[ \t]+(is|was|serves[ \t]+as|served[ \t]+as|remains)[ \t]+")
_ARTICLE = re.compile(r"(?:a|an|the)[ \t]+", re.IGNORECASE)
_AND = re.compile(r"[ \t]+and[ \t]+(?=(?:a|an|the|former|ex)\b)")
_LAST_WORD = re.compile(r"(\w+)(?:-|[ \t]+)\Z")
# "from" or "for" and a bare name right after a title: where a lawmaker sits for, or comes from
# ("a lawmaker from Porto"); "a lawmaker from the Y Party" names the party.
_CONSTITUENCY = re.compile(r"[ \t]+(?:from|for)[ \t]+(?![Tt]he\b)")


# After the organisation: the clause must end, so that "of the Y party" is the whole phrase and not
# the start of "of the Y party's youth wing" or "of the Y party headquarters".
_ENDS = re.compile(r"[ \t]*(?:[,;:.)\n]|\Z|[ \t](?:and|in|since|until|who|said|says)\b)")
_THE = re.compile(r"(?:the|its|his|her|their)[ \t]+", re.IGNORECASE)
# A possessive owner before the party: "Brazil's", "President A B's" (at most four capitalised words).
# "Brazil's ruling Y party", "President A B's Y party": the owner is at most this many words.
MAX_OWNER_WORDS = 4
_PARTY_WORD = re.compile(r"[ \t]+party\b")
# "(D-Ore.)", "(R-Texas)", "(D-W.Va.)", "(R-N.Y.)": a party letter, a hyphen, a state's short form.
_PARTY_TAG = re.compile(
    r"[ \t]*\((?P<letter>[A-Z])-[A-Z][A-Za-z.]{0,12}(?:[ \t][A-Z][A-Za-z.]{0,12})?\)"
)


# A name alone in brackets right after a person's name: "(Democratic Party)", "(PSB)".
_BRACKETED = re.compile(r"[ \t]*\((?P<inner>[^()\n]{1,60})\)")


@functools.cache
def _party_letters() -> dict[str, str]:
    """Return the party letters of ``[party_letters]`` in ``roles.toml``: "D" -> a party id."""
    return {str(k): str(v) for k, v in load_toml(ROLES_FILE).get("party_letters", {}).items()}


_SPACE = re.compile(r"[ \t]*")
# An organisation's acronym as it is written in brackets after its name: "PL", "PSB", "Fidesz".
_ACRONYM = re.compile(r"[A-Z][A-Za-z&.-]{1,9}")


@functools.cache
def _membership() -> re.Pattern[str]:
    """Compile the phrases that introduce a membership, after the name: ", who belongs to"."""
    lex = lexicon()
    phrases = sorted(lex.membership_phrases | lex.past_membership_phrases, key=lambda p: -len(p))
    body = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(,[ \t]+who[ \t]+|,[ \t]+|[ \t]+)(?P<phrase>{body})[ \t]+")


class _RoleReader:
    """Read the roles and affiliations one text gives the people it mentions."""

    # --- the text's mentions by offset, and the RoleFacts built from them ---

    def __init__(self, doc: Doc, mentions: Sequence[Mention], registry: Registry) -> None:
        self.text = doc.text
        self.doc = doc
        self.registry = registry
        self.lex: Lexicon = lexicon()
        self.index = TokenIndex.from_doc(doc)
        self.finder = PeopleFinder(self.text, self.index, self.lex, nicknames_in_names(doc))
        self.mentions = sorted(
            (m for m in mentions if m.entity_id), key=lambda m: (m.span.start, m.span.end)
        )
        self._starts = [m.span.start for m in self.mentions]
        self._by_end = {m.span.end: m for m in self.mentions}
        self._long_names = self._longer_names()
        # Names an election result shows to be parties ("Civic Union won 12 seats").
        self.elected = elected_names(doc, self.index, self.finder)

    def _longer_names(self) -> dict[str, set[tuple[int, int]]]:
        """Return, by first word, the longer capitalised names the text writes ("Acme Robotics"),
        so that a short form ("Acme's chairman") names the same thing as the full one."""
        names: dict[str, set[tuple[int, int]]] = {}
        tokens = self.index.tokens
        for run in self.finder.runs():
            # "Port Selwyn Deputy Mayor ...": a title word ends the organisation's name.
            cut = next((k for k, i in enumerate(run) if not self._org_word(tokens[i].bare)), None)
            if cut is not None and cut > 0:
                run = run[:cut]
            if not 2 <= len(run) <= MAX_ORG_WORDS or self.index.in_headline(tokens[run[0]].start):
                continue
            words = [ascii_fold(tokens[i].bare) for i in run]
            if any(self.lex.is_stopword(w) for w in words) or self.mentions_in(
                tokens[run[0]].start, tokens[run[-1]].end
            ):
                continue  # a person's name, or not one name
            end = tokens[run[-1]].bare_end
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
        name = " ".join(mention.text.split())
        if kind == "organization" and is_local(str(mention.entity_id)) and name in self.elected:
            return _Org(
                local_id("party", name),
                "party",
                mention.span.start,
                mention.span.end,
                ELECTED_PARTY,
            )
        why = self._party_why(mention) if kind == "party" else ""
        return _Org(str(mention.entity_id), kind, mention.span.start, mention.span.end, why)

    def _party_why(self, mention: Mention) -> str:
        """Return what shows a party mention to be a party: the registry, or the text's words."""
        if not is_local(str(mention.entity_id)):
            return REGISTRY_PARTY
        if mention.evidence is not None:  # "the Green Future party", "Liberal Party (PL)"
            return _written_party(self.text[mention.evidence.start : mention.evidence.end])
        return _written_party(mention.text)

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
            organization_why=org.why if org else "",
        )

    # --- the organisations around role phrases, and the phrases that follow them ---

    def _org_context(self, start: int, *, led: bool = True) -> _Org | None:
        """Return the organisation of "<Org> and its leader", "<Org>'s board, led by chairman"."""
        head = self.text[max(0, start - 80) : start]
        for pattern in (_LED_BY, _ITS) if led else (_ITS,):
            m = pattern.search(head)
            if m is None:
                continue
            end = start - len(m.group(0))
            return self._org_before(self._owner_of_noun(end))
        return None

    def _owner_of_noun(self, end: int) -> int:
        """Return where the owner ends if a possessive and a lower-case noun end at ``end``
        ("Acme's board": the end of "Acme"), else ``end``."""
        i = self.index.before(end)
        noun = self.index.tokens[i] if i >= 0 else None
        if noun is None or noun.end != end or not (noun.text.isascii() and noun.text.isalpha()):
            return end
        owner = self.index.owner_before(noun.start) if noun.text.islower() else None
        return end if owner is None else owner

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
        if (
            i < 0
            or tokens[i].bare_end != end
            or not (is_name_word(tokens[i].bare) or is_acronym_word(tokens[i].bare))
        ):
            return None  # an organisation's name ends with a name word ("Acme finance": no)
        if self.mentions_in(tokens[i].start, end):
            return None
        first = i
        while (
            first > 0
            and i - first < MAX_ORG_WORDS - 1
            and self.text[tokens[first - 1].end : tokens[first].start] == " "
            and self._org_word(tokens[first - 1].bare)
            and not tokens[first - 1].clitic
        ):
            first -= 1
        while first <= i and not self._org_word(tokens[first].bare):
            first += 1  # "Outgoing", "In", "Former": not part of the name
        if first > i or not self._places_only(tokens[first].start, end):
            return None
        if self.index.in_headline(tokens[first].start):
            return None
        if first == i and tokens[i].bare.lower() in self.lex.generic_org_nouns:
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
        why = self._party_why(mention)
        return _Org(str(mention.entity_id), "party", mention.span.start, end, why)

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
        tokens = self.index.tokens
        j = self.index.at(mention.span.end)
        if (
            j >= len(tokens)
            or self.text[mention.span.end : tokens[j].start] != " "
            or not self._org_word(tokens[j].bare)
        ):
            return False
        at = tokens[j].start
        if self.lex.role_pattern.match(self.text, at) is not None:
            return False  # "Brazil Foreign Minister": a title follows, not a longer name
        following = self.mention_at(at)
        return following is None or self.kind(following) not in ("person",)

    def _org_word(self, bare: str) -> bool:
        """Return True if a word (without its clitic) can be part of an organisation's name."""
        if not (is_name_word(bare) or is_acronym_word(bare)):
            return False
        low = bare.lower()
        return not (
            self.lex.is_stopword(low)
            or low in self.lex.title_modifiers
            or low in self.lex.past_markers
            or low in self.lex.future_markers
            or low in self.lex.subordinate_markers  # "Port Selwyn Deputy Mayor"
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
        named = "party" in name.lower().split()
        elected = " ".join(name.split()) in self.elected
        kind = "party" if named or elected else "organization"
        why = _written_party(name) if named else ELECTED_PARTY if elected else ""
        return _Org(local_id(kind, name), kind, start, end, why)

    def _member_org(self, end: int) -> _Org | None:
        """Return the organisation of "A B of the National Union" / "A B of Acme", if any."""
        of = _OF.match(self.text, end)
        if of is None:
            return None
        mention = self.mention_at(of.end())
        if mention is not None and self._inside_name(mention):
            mention = None  # "of the Chilean Humanist Party": the demonym starts the party's name
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
            if self._org_word(tok.bare) or self._time_word_in_name(i):
                end = tok.bare_end
                if tok.clitic:
                    break  # a possessive ends the name
            elif not (
                words
                and tok.text in _NAME_JOINERS
                and i + 1 < len(tokens)
                and self._org_word(tokens[i + 1].bare)
            ):
                break
            words += 1
            i += 1
        return end

    def _time_word_in_name(self, i: int) -> bool:
        """Return True if token ``i`` is a capitalised time word ("New", "Future") inside a name:
        "the New Harbour", "the Green Future Party" (a name word follows it, no role word)."""
        tokens = self.index.tokens
        low = tokens[i].bare.lower()
        if not is_name_word(tokens[i].bare) or not (
            low in self.lex.title_modifiers or low in self.lex.future_markers
        ):
            return False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return (
            nxt is not None
            and self.text[tokens[i].end : nxt.start] == " "
            and self._org_word(nxt.bare)
            and self.lex.role_pattern.match(self.text, nxt.start) is None
        )

    def _prepositions(self, pos: int) -> tuple[int, _Org | None, str | None]:
        org: _Org | None = None
        field: str | None = None
        end = pos
        for _ in range(MAX_PREPOSITIONS):
            prep = _PREP.match(self.text, end)
            if prep is None or prep.group(1).lower() not in self.lex.prepositions:
                break
            at = prep.end()
            # "a lawmaker of the opposition Y Party": the qualifier describes the party, as in a
            # membership phrase; the organisation is the capitalised name after it.
            q = self.lex.qualifier_pattern.match(self.text, at)
            space = _SPACE.match(self.text, q.end()) if q is not None else None
            if space is not None and self.text[space.end() : space.end() + 1].isupper():
                at = space.end()
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
                why = _written_party(phrase) if kind == "party" else ""
                org = _Org(local_id(kind, phrase), kind, at, phrase_end, why)
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
        if not word.islower() or word in self.lex.prepositions or word in _PHRASE_STOP:
            return False
        # A verb after the name has it as its subject ("whose Civic Union fell to 11%"); only
        # a noun or an adjective modifies it.
        return self._pos_at(mention.span.end + nxt.start(1)) not in ("VERB", "AUX")

    def _phrase(self, pos: int) -> tuple[int, bool]:
        """Return where the noun phrase at ``pos`` ends and whether it is a capitalised name."""
        i = self.index.at(pos)
        tokens = self.index.tokens
        end = pos
        capitalised = True
        words = 0
        while i < len(tokens) and words < MAX_ORG_WORDS:
            tok = tokens[i]
            if (
                _CLAUSE_END.search(self.text, end, tok.start)
                or self.index.sentence_stop(end) < tok.start
                or (tok.start - end > 1 and words)
            ):
                break
            lower = tok.text.lower()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            joins = capitalised and words and lower in _NAME_JOINERS
            if joins and nxt is not None and is_name_word(nxt.bare):
                pass  # "University of Seoul", "Center for Strategic and International Studies"
            elif lower in _PHRASE_STOP or lower in self.lex.prepositions:
                break  # "history at Yonsei" starts a new phrase
            elif not is_name_word(tok.bare) and not tok.text.isupper():
                capitalised = False
            end = tok.end
            words += 1
            i += 1
        return end, capitalised and words > 0

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
        if marker is not None and self._marker_in_name(marker.start(), marker.group(1) or ""):
            word = ""  # "Green Future lawmaker": "Future" is part of the party's name
        if word == "for" and marker is not None:
            # "the Y's candidate for mayor, A B": the office sought, not held
            before = _LAST_WORD.search(self.text, max(0, start - 40), start - len(marker.group(0)))
            if before is not None and before.group(1).lower() in self.lex.future_words:
                future = True
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
        spaces = len(head) - len(head.rstrip(" \t"))
        if spaces:
            owner = self.index.owner_before(start)
            org = self._org_before(start - spaces if owner is None else owner)
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
        construction = "title"
        if org is None:
            org = self._member_org(person.span.end)
            # "Trade Minister A B of the Y": Y is where A B belongs, written as a membership is.
            construction = "title member" if org is not None else construction
        fact = self._fact(person, title, start, end, org, qualifier, None, past, construction)
        return evolve(fact, role=role, future=future)

    def _pos_at(self, offset: int) -> str:
        return pos_at(self.doc, offset)

    def _marker_in_name(self, start: int, word: str) -> bool:
        """Return True if a capitalised time marker right after a capitalised name word is part
        of that name ("Green Future lawmaker", "New Dawn leader"), not a time of the role
        ("Former Mayor" opening a sentence, "said Incoming President")."""
        low = word.lower()
        if not word[:1].isupper() or low not in (self.lex.past_markers | self.lex.future_markers):
            return False
        i = self.index.before(start)
        if i < 0:
            return False
        prev = self.index.tokens[i]
        return (
            self.text[prev.end : start] == " "
            and not prev.clitic
            and is_name_word(prev.bare)
            and not self.lex.is_stopword(prev.bare.lower())
            and self.lex.role(prev.bare.lower()) is None
            and prev.bare.lower() not in self.lex.title_modifiers
        )

    def _narrowed(self, role: str, written: str, start: int) -> tuple[str, int] | None:
        """Return the narrower post and its start for "Acme's finance chief", "Acme finance
        chief", else None."""
        if role not in self.lex.exclusive:
            return None
        m = _NARROWING.search(self.text, max(0, start - 40), start)
        if m is None:
            m = _NARROWING_NAME.search(self.text, max(0, start - 40), start)
            # after a name, only a noun or adjective narrows ("Lindgren met President B": a verb)
            if m is not None and self._pos_at(m.start(1)) not in _NARROWING_POS:
                m = None
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
        sentence = max(0, pos - RELATIONAL_WINDOW, self.index.sentence_start(pos))
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

    def party_tag(self, person: Mention) -> RoleFact | None:
        """Return the party of a letter tag after the name: "Joe Smith (D-Ore.)"."""
        m = _PARTY_TAG.match(self.text, person.span.end)
        if m is None:
            return self._bracketed_party(person)
        entity_id = _party_letters().get(m.group("letter"))
        if entity_id is None or self.registry.kind(entity_id) != "party":
            return None
        letter = f"party letter {m.group('letter')!r} ({ROLES_FILE})"
        org = _Org(entity_id, "party", m.start("letter"), m.end("letter"), letter)
        title = Title(m.start(), m.end(), m.group().strip(), "")
        return self._fact(
            person, title, person.span.start, m.end(), org, None, None, False, "party tag"
        )

    def _bracketed_party(self, person: Mention) -> RoleFact | None:
        """Return the party named alone in brackets after the name: "A B (Democratic Party)"."""
        m = _BRACKETED.match(self.text, person.span.end)
        if m is None:
            return None
        mention = self.mention_at(m.start("inner"))
        if mention is not None and mention.span.end != m.end("inner"):
            return None  # a party and more words
        if mention is not None:
            org = self.org(mention)
        elif self._name_phrase(m.start("inner")) == m.end("inner"):
            org = self._local_org(m.start("inner"), m.end("inner"))  # "(Harbour League)"
        else:
            return None  # "(pictured)", "(R)" alone
        # A party, or an organisation of the text's own the normaliser may show to be one ("it
        # stands where another document puts the person's party"); never a registry body.
        if org is None or not (
            org.kind == "party" or (org.kind == "organization" and is_local(org.entity_id))
        ):
            return None
        title = Title(m.start(), m.end(), m.group().strip(), "")
        return self._fact(
            person, title, person.span.start, m.end(), org, None, None, False, "party tag"
        )

    def party_of(self, person: Mention) -> RoleFact | None:
        """Return the party of "the Y party of [Prime Minister] A B": the party the name follows."""
        title = self.finder.title_before(person.span.start)
        start = title.start if title is not None else person.span.start
        # "the Y party of outgoing Prime Minister A B": a time word before the title is the
        # title's, the party's "of" comes before it.
        while title is not None:
            word = _LAST_WORD.search(self.text, max(0, start - 24), start)
            if word is None or word.group(1).lower() not in self.lex.title_modifiers:
                break
            start = word.start()
        m = _PARTY_OF.search(self.text, max(0, start - 24), start)
        if m is None:
            return None
        # "the Verdant party of": the name ends before "party"; "the Liberal Party of": with it.
        ends = (m.start("end"), m.start("of"))
        mention = next((self._by_end[e] for e in ends if e in self._by_end), None)
        org = self.org(mention) if mention is not None else self._elected_before(m.start("of"))
        if org is None and mention is None:
            org = self._org_before(m.start("end"))  # a name nothing resolved: "the Harbour League"
        # "the Y of Prime Minister A B" with Y an organisation of the text's own: the normaliser
        # takes it as the party if another document gives A B one; "the Y party of" is one.
        local = org is not None and org.kind == "organization" and is_local(org.entity_id)
        if org is None or not (org.kind == "party" or local):
            return None
        words = Title(m.start(), start, m.group().strip(), "")
        return self._fact(
            person, words, org.start, person.span.end, org, None, None, False, "party of"
        )

    def standing(self, person: Mention) -> RoleFact | None:
        """Return the party of "the Y's candidate A B", "Y candidate A B", "A B, the Y nominee for
        mayor", "A B, who is Y's candidate": the organisation that owns or modifies a standing
        noun (``standing_nouns``) in apposition to the name, read from the parse."""
        span = self.doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span.root
        nouns = [
            t
            for t in (*head.children, head.head)
            if t.lemma_.lower() in self.lex.standing_nouns
            and t.i not in range(span.start, span.end)
            and (
                (t.head == head and t.dep_ in ("compound", "appos"))
                or (head.head == t and head.dep_ == "appos")
            )
        ]
        above = head.head
        if head.dep_ == "appos" and above.dep_ == "pobj" and above.head.dep_ == "prep":
            # "the Y's candidate for mayor, A B,": the name is parsed in apposition to the office
            noun = above.head.head
            if noun.lemma_.lower() in self.lex.standing_nouns:
                nouns.append(noun)
        for rel in (c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be"):
            # "A B, who is the Y's nominee"
            nouns.extend(
                t
                for t in rel.children
                if t.dep_ == "attr" and t.lemma_.lower() in self.lex.standing_nouns
            )
        for noun in nouns:
            owner = next((c for c in noun.children if c.dep_ in ("poss", "compound")), None)
            if owner is None:
                continue
            org = self._standing_org(owner)
            if org is None:
                continue
            title = Title(noun.idx, noun.idx + len(noun.text), noun.text, "")
            start, end = min(org.start, person.span.start), max(title.end, person.span.end)
            return self._fact(person, title, start, end, org, None, None, False, "candidate")
        return None

    def _standing_org(self, owner: Token) -> _Org | None:
        """Return the party or organisation of the text's own the owner word of a standing noun
        names ("Amber Union" in "the Amber Union's candidate"), or None."""
        end = owner.idx + len(owner.text)
        mention = self._by_end.get(end)
        org = self.org(mention) if mention is not None else self._org_before(end)
        # A party only, by the registry or the text's own words ("the ruling Y", "Y party"): the
        # noun is no proof of a party ("the Senate's nominee", "Norland's candidate" at a contest),
        # and the party's slot would make any organisation here stand for one.
        return org if org is not None and org.kind == "party" else None

    def _elected_before(self, end: int) -> _Org | None:
        """Return the party an election result names, written right before ``end``."""
        for name in sorted(self.elected):
            if self.text.endswith(name, 0, end):
                return _Org(local_id("party", name), "party", end - len(name), end, ELECTED_PARTY)
        return None

    def whose_party(self, person: Mention) -> RoleFact | None:
        """Return the party of "A B, whose Y party won": the person's own party."""
        m = _WHOSE.match(self.text, person.span.end)
        if m is None:
            return None
        org = self._organisation_at(m.end())
        # "A B, whose Y party won", "A B, whose Y fell to 11%": the person's own organisation,
        # a party if this or another document shows it is one (the normaliser decides across
        # the corpus); an organisation of the registry ("whose NATO") is no one's own.
        if org is None or not (
            org.kind == "party" or (org.kind == "organization" and is_local(org.entity_id))
        ):
            return None
        title = Title(m.start("word"), org.end, "whose", "")
        return self._fact(
            person, title, person.span.start, org.end, org, None, None, False, "whose"
        )

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
        end = min(
            stop.start() if stop else len(self.text),
            pos + OBJECT_WINDOW,
            self.index.sentence_stop(pos),
        )
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
        clause = person.span.end  # future words count from the name on ("who will be ...")
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
            if title is None or self._titles_next_name(title):
                break  # "A, with President B, ...": the title is B's
            pre = self.text[pos : title.start]
            # "expected to become prime minister", "the incoming president", "President-elect".
            future = title.future or any(
                w in self.lex.future_words or w in self.lex.future_markers
                for w in re.findall(r"[\w-]+", self.text[clause : title.start].lower())
            )
            role = title.role
            last = _LAST_WORD.search(pre)
            if last is not None and last.group(1).lower() in self.lex.subordinate_markers:
                role = f"{SUBORDINATE} {role}"
            else:
                narrowed = self._narrowed(role, title.written, title.start)
                role = narrowed[0] if narrowed is not None else role
            if role in self.lex.relational:
                copied = self._relational_role(title.start)
                if copied is None:
                    break
                role = copied
            orgs = [
                o
                for m in self.mentions_in(pos, title.start)
                if (o := self.org(m)) is not None and not self._inside_name(m)
            ]
            org = orgs[-1] if orgs else None
            owner = self.index.owner_before(title.start)
            if org is None and owner is not None and owner >= pos:
                org = self._org_before(owner)  # "A B, Acme's chief executive"
            elif org is None and pre.strip() and pre.endswith((" ", "\t")):
                # "A B, a Left Bloc member of parliament": a name nothing resolved, right
                # before the title, as "Left Bloc lawmaker A B" reads before a name
                before = self._org_before(title.start - (len(pre) - len(pre.rstrip(" \t"))))
                org = before if before is not None and before.start >= pos else None
            q = self.lex.qualifier_pattern.search(pre)
            qualifier = self.lex.qualifier(q.group()) if q else None
            end, after_org, field = self._prepositions(title.end)
            seat = _CONSTITUENCY.match(self.text, title.end) is not None
            if not (seat and role in self.lex.party_roles):
                # "a Socialist Party lawmaker from Porto", "member of parliament for Porto": the
                # place a lawmaker is elected for is no organisation of the role
                org = after_org or org
            fact = self._fact(
                person, title, start, end, org, qualifier, field, this_past, construction
            )
            facts.append(evolve(fact, role=role, future=future))
            more = _AND.match(self.text, end)
            if more is None:
                break
            pos = more.end()
        return facts

    def _titles_next_name(self, title: Title) -> bool:
        """Return True if a name follows the role word: it is that person's title."""
        i = self.index.at(title.end)
        tokens = self.index.tokens
        return (
            i < len(tokens)
            and soft_gap(self.text, title.end, tokens[i].start)
            and self.finder.is_name_token(i)
        )

    # --- membership after the name ---

    def membership(self, person: Mention) -> RoleFact | None:
        """Return the affiliation a membership phrase after the name gives, with no role."""
        m = _membership().match(self.text, person.span.end)
        if m is None:
            return None
        lead = m.group(1)
        phrase = " ".join(m.group("phrase").lower().split())
        if phrase == "of" and "," not in lead:
            return None  # "A B of the Union" is the member reader's, which needs no comma
        if "who" in lead and phrase.startswith(("a ", "member")):
            return None  # "who a member of": not English
        if "who" not in lead and "," in lead and phrase in ("belongs to", "joined", "has joined"):
            return None  # "X, joined by Y": a participle, not a membership
        org = self._organisation_at(m.end())
        if org is None:
            return None
        # "of the Liberal Party (PL),": the organisation's acronym in brackets still ends it.
        bracket = _BRACKETED.match(self.text, org.end)
        acronym = bracket is not None and _ACRONYM.fullmatch(bracket.group("inner")) is not None
        close = bracket.end() if bracket is not None and acronym else org.end
        if _ENDS.match(self.text, close) is None:
            return None
        past = phrase in self.lex.past_membership_phrases
        title = Title(m.start("phrase"), org.end, phrase, "")
        return self._fact(
            person, title, person.span.start, org.end, org, None, None, past, "member"
        )

    def _organisation_at(self, pos: int) -> _Org | None:
        """Return the organisation named at ``pos``: "the Y party", "Brazil's ruling Y party",
        "the Civic Platform"; a capitalised name followed by "party" is a party."""
        the = _THE.match(self.text, pos)
        pos = the.end() if the else pos
        owner = self.index.owner_after(pos, MAX_OWNER_WORDS)
        if owner is not None:  # "Brazil's ruling Y party", "President A B's Y party": the party
            pos = owner
        # A qualifier before the name describes the party, it is no part of it: "the ruling Y
        # party", "of the opposition Y party" (with or without an owner before it).
        q = self.lex.qualifier_pattern.match(self.text, pos)
        if q is not None:
            space = _SPACE.match(self.text, q.end())
            pos = space.end() if space else q.end()
        mention = self.mention_at(pos)
        if mention is not None and self._inside_name(mention):
            mention = None  # "of the Chilean Humanist Party": read the whole name below
        if mention is not None:
            org = self.org(mention)
            if org is None:
                return None
            party = _PARTY_WORD.match(self.text, org.end)
            if party is not None and org.kind == "party":
                return _Org(org.entity_id, org.kind, org.start, party.end(), org.why)
            if self._modifies(mention):
                return None
            return org
        end = self._name_phrase(pos)
        if end <= pos:
            return None
        name = self.text[pos:end]
        party = _PARTY_WORD.match(self.text, end)
        if party is not None:
            why = _written_party(self.text[pos : party.end()])
            return _Org(local_id("party", name), "party", pos, party.end(), why)
        return self._local_org(pos, end)


def find_roles(doc: Doc, mentions: Sequence[Mention], registry: Registry) -> list[RoleFact]:
    """Return the roles the text gives the people it mentions, in text order.

    Args:
        doc: the document's annotated Doc (``crosscheck.nlp.annotate``).
        mentions: its mentions, from ``find_mentions``.
        registry: the registry the mentions were resolved against.

    Returns:
        One RoleFact per role phrase attached to a person mention.
    """
    reader = _RoleReader(doc, mentions, registry)
    facts: list[RoleFact] = []
    for mention in reader.mentions:
        if reader.kind(mention) != "person":
            continue
        title = reader.title(mention)
        if title is not None:
            facts.append(title)
        led = reader.led_by(mention)
        if led is not None and (title is None or title.organization != led.organization):
            facts.append(led)
        if title is None and led is None:
            member = reader.member(mention)
            if member is not None:
                facts.append(member)
        after = reader.after(mention)
        facts.extend(after)
        tagged = reader.party_tag(mention)
        if tagged is not None:
            facts.append(tagged)
        for own in (
            reader.whose_party(mention),
            reader.party_of(mention),
            reader.standing(mention),
        ):
            if own is not None and all(
                f.organization != own.organization for f in facts if f.person is mention
            ):
                facts.append(own)
        joined = reader.membership(mention)
        if joined is not None and all(
            f.organization != joined.organization for f in facts if f.person is mention
        ):
            facts.append(joined)
    return sorted(facts, key=lambda f: (f.start, f.end, f.role))
