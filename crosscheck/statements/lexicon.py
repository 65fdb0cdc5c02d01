"""Load the statement word lists (``data/reporting_verbs.toml``) once per language."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from attrs import field, frozen

from crosscheck._data import load_toml

DATA_FILE = "reporting_verbs.toml"
# Articles in a language without its own lists are read with the English ones: quote marks are the
# same, and a speaker missed is better than an article skipped.
FALLBACK_LANGUAGE = "en"

_SIBILANT_ENDINGS = ("s", "sh", "ch", "x", "z")
# Plural endings of titles and their singular ("secretaries", "chairmen", "princesses", "ministers").
_PLURAL_ENDINGS = (("ies", "y"), ("men", "man"), ("es", ""), ("s", ""))
_VOWELS = "aeiou"


@frozen
class Lexicon:
    """The word lists of one language, as lookup sets and verb-form tables."""

    language: str
    # inflected single-word form -> lemma ("said" -> "say")
    verb_forms: Mapping[str, str]
    # inflected multi-word form -> lemma (("called", "for") -> "call for")
    phrase_forms: Mapping[tuple[str, ...], str]
    clause_lemmas: frozenset[str]  # lemmas that may introduce reported speech
    denial_lemmas: frozenset[str]
    report_forms: frozenset[str]  # "reported", "quoted", "cites" ...
    base_forms: frozenset[str]  # the uninflected forms ("say", "call for"'s "call")
    words: Mapping[str, frozenset[str]]
    cues: Mapping[str, tuple[tuple[str, ...], ...]]
    # single-word lemmas whose subject is the source of a clause or quote they govern in the parse
    # ("said", "wrote", "joked", "found", "believes"); multi-word lemmas give their first word
    attribution_lemmas: frozenset[str] = frozenset()
    # their inflected forms -> lemma, for a form the tagger lemmatises wrongly ("hopes" -> "hop")
    attribution_forms: Mapping[str, str] = field(factory=dict)

    def has(self, group: str, word: str) -> bool:
        """Return whether ``word`` (lowercase) is in the word list ``group``."""
        return word in self.words.get(group, frozenset())

    def title_of(self, word: str) -> str | None:
        """Return the title a lowercase word is, singular or plural ("ministers" -> "minister")."""
        if self.has("titles", word):
            return word
        for plural, singular in _PLURAL_ENDINGS:
            if word.endswith(plural) and len(word) > len(plural) + 1:
                stem = word[: -len(plural)] + singular
                if self.has("titles", stem):
                    return stem
        return None


def inflect(lemma: str, doubling: frozenset[str], irregular: Mapping[str, list[str]]) -> set[str]:
    """Return a single-word lemma with its third-person, past and gerund forms.

    Args:
        lemma: the verb ("warn").
        doubling: lemmas that double their final consonant ("admit" -> "admitted").
        irregular: lemma -> its forms, for verbs the regular rules get wrong.

    Returns:
        The lemma and its forms.
    """
    if lemma in irregular:
        return {lemma, *irregular[lemma]}
    forms = {lemma}
    if lemma.endswith(_SIBILANT_ENDINGS):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma in doubling:
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    elif lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
    return forms


def _read_data() -> dict[str, object]:
    return load_toml(DATA_FILE)


def lexicon(language: str = FALLBACK_LANGUAGE) -> Lexicon:
    """Return the lexicon for ``language`` (the English one when the language has no lists).

    Args:
        language: an ISO 639-1 code such as ``"en"``; region suffixes (``en-GB``) are ignored.

    Returns:
        The cached :class:`Lexicon`.
    """
    code = language.lower().split("-")[0].split("_")[0]
    return _load(code if code in _read_data() else FALLBACK_LANGUAGE)


@functools.cache
def _load(code: str) -> Lexicon:
    table = _read_data()[code]
    assert isinstance(table, dict)
    irregular: dict[str, list[str]] = dict(table.get("irregular", {}))
    doubling = frozenset(table.get("doubling", ()))
    verb_forms: dict[str, str] = {}
    phrase_forms: dict[tuple[str, ...], str] = {}
    base_forms: set[str] = set()
    lemmas = [*table.get("verbs", ()), *table.get("quote_verbs", ())]
    for lemma in sorted(set(lemmas)):
        head, *rest = lemma.split()
        base_forms.add(head)
        for form in inflect(head, doubling, irregular):
            if rest:
                phrase_forms[(form, *rest)] = lemma
            else:
                verb_forms[form] = lemma
    report_forms: set[str] = set()
    for lemma in table.get("report_verbs", ()):
        report_forms |= inflect(lemma, doubling, irregular) - {lemma}
    words = {name: frozenset(items) for name, items in table.get("words", {}).items()}
    attribution = base_forms | set(table.get("source_verbs", ()))
    cues = {
        name: tuple(tuple(c.split()) for c in items)
        for name, items in table.get("cues", {}).items()
    }
    return Lexicon(
        language=code,
        verb_forms=verb_forms,
        phrase_forms=phrase_forms,
        clause_lemmas=frozenset(table.get("verbs", ())),
        denial_lemmas=frozenset(table.get("denial_verbs", ())),
        report_forms=frozenset(report_forms),
        base_forms=frozenset(base_forms),
        words=words,
        cues=cues,
        attribution_lemmas=frozenset(attribution),
        attribution_forms={
            form: lemma
            for lemma in sorted(attribution)
            for form in sorted(inflect(lemma, doubling, irregular))
        },
    )
