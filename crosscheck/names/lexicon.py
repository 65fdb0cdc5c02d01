"""The role and person-name vocabulary (``crosscheck/data/names/``), loaded once and compiled."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from attrs import frozen

from crosscheck._data import load_toml, trie_alternation

ROLES_FILE = "names/roles.toml"
STOPWORDS_FILE = "names/stopwords.toml"
PERSON_WORDS_FILE = "names/person_words.toml"

# English plural endings of a role's head word, tried in order: "chairman" -> "chairmen",
# "secretary" -> "secretaries", everything else + "s" ("ministers", "chiefs").
_PLURAL_RULES = (("woman", "women"), ("man", "men"), ("person", "people"))
_VOWELS = frozenset("aeiou")


def alternation(words: Iterable[str]) -> str:
    """Return a pattern matching any of ``words``, the longest first, as a character trie.

    A trie ("prime minister" and "primate" share "prim") keeps one alternative per character, so
    hundreds of role phrases match in one pass without trying each in turn; the greedy optional
    tail prefers "prime minister" to "prime". Literals only, so matching cannot backtrack far.

    Args:
        words: the phrases, lower-cased here (compile the pattern with ``re.IGNORECASE``); a space
            in a phrase matches any run of whitespace.

    Returns:
        A pattern with no capturing group, to embed in a larger one; it never matches if ``words``
        is empty.
    """
    return trie_alternation(sorted({w.lower() for w in words}))


def _compile(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


def plural(written: str) -> str:
    """Return the plural of a role phrase: its head word made plural ("ministers of state")."""
    words = written.split(" ")
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[head]
    for singular, many in _PLURAL_RULES:
        if word.endswith(singular):
            words[head] = word[: -len(singular)] + many
            break
    else:
        if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
            words[head] = word[:-1] + "ies"
        elif word.endswith(("s", "x", "ch", "sh")):
            words[head] = word + "es"
        else:
            words[head] = word + "s"
    return " ".join(words)


def _portfolio_roles(portfolios: Mapping[str, str]) -> dict[str, str]:
    """Return "energy minister", "minister of energy" ... for each government portfolio.

    The article before the portfolio is the usual translated form ("Minister of the Interior",
    "Secretary of the Treasury", "Minister for the Environment"): the same office.
    """
    roles: dict[str, str] = {}
    for written, norm in portfolios.items():
        for office in ("minister", "secretary", "commissioner"):
            roles[f"{written} {office}"] = f"{norm} {office}"
            for joiner in ("of", "for", "of the", "for the"):
                roles[f"{office} {joiner} {written}"] = f"{norm} {office}"
    return roles


@frozen
class Lexicon:
    """Role words, person-name words and the patterns built from them."""

    roles: Mapping[str, str]  # written (lower case, singular) -> normalised role
    plurals: Mapping[str, str]  # written plural -> written singular ("prime ministers")
    verbs: Mapping[str, str]
    qualifiers: Mapping[str, str]
    honorifics: frozenset[str]
    past_markers: frozenset[str]
    future_markers: frozenset[str]
    future_suffixes: frozenset[str]
    future_words: frozenset[str]
    subordinate_markers: frozenset[str]
    title_modifiers: frozenset[str]
    relational: frozenset[str]  # normalised roles that copy another person's ("counterpart")
    copulas: tuple[str, ...]
    past_verbs: frozenset[str]
    prepositions: frozenset[str]
    exclusive: frozenset[str]
    national: frozenset[str]  # exclusive roles that are a country's offices
    referring: frozenset[str]
    stopwords: frozenset[str]  # capitalised words that are never part of a name
    particles: frozenset[str]  # "van", "de", "bin": lower-case words inside a name
    given_names: frozenset[str]
    not_name_words: frozenset[str]  # "Union", "Bank": words of organisations' and places' names
    meeting_verbs: frozenset[str]  # "A B and C D met": verbs whose pair of subjects are people
    occasion_words: frozenset[str]  # "a Christmas party" is no political party
    role_pattern: re.Pattern[str]
    qualifier_pattern: re.Pattern[str]
    referring_pattern: re.Pattern[str]
    # "Club" in "Club president X" is a common noun, no organisation's name
    generic_org_nouns: frozenset[str] = frozenset()
    # "the union" stands for the one "... Union" an article names
    definite_org_nouns: frozenset[str] = frozenset()
    membership_phrases: frozenset[str] = frozenset()  # "belongs to", "a member of"
    past_membership_phrases: frozenset[str] = frozenset()  # "belonged to"
    election_verbs: frozenset[str] = frozenset()  # "won" 12 seats: the winner is a party
    party_roles: frozenset[str] = frozenset()  # "lawmaker": held for a party
    institution_words: frozenset[str] = frozenset()  # "Authority": an institution, no party
    standing_nouns: frozenset[str] = frozenset()  # "candidate": stands for a party
    member_bodies: frozenset[str] = frozenset()  # "A B, of the X Party,": a party's member

    def role(self, written: str) -> str | None:
        """Return the normalised role for a role phrase as written (singular or plural), or None."""
        key = " ".join(written.lower().split())
        return self.roles.get(self.plurals.get(key, key))

    def is_plural(self, written: str) -> bool:
        """Return True for a role phrase written in the plural ("Prime Ministers")."""
        return " ".join(written.lower().split()) in self.plurals

    def is_stopword(self, word: str) -> bool:
        """Return True for a capitalised word that is never part of a name ("In", "Monday")."""
        return word.lower() in self.stopwords

    def qualifier(self, written: str) -> str | None:
        """Return the normalised qualifier for a phrase as written ("main opposition"), or None."""
        return self.qualifiers.get(" ".join(written.lower().split()))


@functools.cache
def lexicon() -> Lexicon:
    """Return the role and person-name vocabulary, read and compiled once."""
    data = load_toml(ROLES_FILE)
    people = load_toml(PERSON_WORDS_FILE)
    # Spellings listed in [roles] win over the ones built from [portfolios].
    roles: dict[str, str] = {
        **_portfolio_roles(data.get("portfolios", {})),
        **dict(data.get("roles", {})),
    }
    verbs: dict[str, str] = dict(data.get("verbs", {}))
    # "heads", "chairs" are verbs ("who heads the party") before they are plural titles.
    plurals = {plural(w): w for w in roles if plural(w) not in roles and plural(w) not in verbs}
    qualifiers: dict[str, str] = dict(data.get("qualifiers", {}))
    referring = frozenset(data.get("referring", {}).get("roles", []))
    referring_written = [w for w, r in roles.items() if r in referring]
    suffixes = frozenset(data.get("future_suffixes", []))
    body = alternation([*roles, *plurals])
    # A role may carry a future suffix ("President-elect", "prime minister designate").
    # A subordinate marker may be joined to the title by a hyphen ("Vice-Governor", "deputy-mayor"):
    # the role starts after the hyphen, and the role reader reads the marker before it.
    joined = "|".join(
        rf"(?<=\b{re.escape(w)}-)" for w in sorted(data.get("subordinate_markers", []))
    )
    role_pattern = re.compile(
        rf"(?:(?<![\w-]){'|' + joined if joined else ''})(?P<role>{body})(?:(?:-|[ \t]+)(?P<suffix>{alternation(suffixes)}))?"
        r"(?![\w-])",
        re.IGNORECASE,
    )
    return Lexicon(
        roles=roles,
        plurals=plurals,
        verbs=verbs,
        qualifiers=qualifiers,
        honorifics=frozenset(data.get("honorifics", [])),
        past_markers=frozenset(data.get("past_markers", [])),
        future_markers=frozenset(data.get("future_markers", [])),
        future_suffixes=suffixes,
        future_words=frozenset(data.get("future_words", [])),
        subordinate_markers=frozenset(data.get("subordinate_markers", [])),
        title_modifiers=frozenset(data.get("title_modifiers", [])),
        relational=frozenset(roles.get(w, w) for w in data.get("relational", [])),
        copulas=tuple(data.get("copulas", [])),
        past_verbs=frozenset(data.get("past_verbs", [])),
        prepositions=frozenset(data.get("role_prepositions", [])),
        exclusive=frozenset(data.get("exclusive", {}).get("roles", [])),
        national=frozenset(data.get("national", {}).get("roles", [])),
        referring=referring,
        stopwords=frozenset(load_toml(STOPWORDS_FILE).get("words", [])),
        particles=frozenset(people.get("particles", [])),
        given_names=frozenset(people.get("given_names", [])),
        not_name_words=frozenset(people.get("not_name_words", [])),
        meeting_verbs=frozenset(people.get("meeting_verbs", [])),
        member_bodies=frozenset(people.get("member_bodies", [])),
        occasion_words=frozenset(people.get("occasion_words", [])),
        role_pattern=role_pattern,
        qualifier_pattern=_compile(qualifiers),
        referring_pattern=_compile(referring_written),
        generic_org_nouns=frozenset(data.get("generic_org_nouns", [])),
        definite_org_nouns=frozenset(data.get("definite_org_nouns", [])),
        membership_phrases=frozenset(data.get("membership_phrases", [])),
        past_membership_phrases=frozenset(data.get("past_membership_phrases", [])),
        election_verbs=frozenset(data.get("election_verbs", [])),
        party_roles=frozenset(data.get("party_roles", [])),
        institution_words=frozenset(data.get("institution_words", [])),
        standing_nouns=frozenset(data.get("standing_nouns", [])),
    )
