"""Base forms the rule lemmatizer gets wrong, put right once for every layer that reads a lemma.

spaCy's English rule lemmatizer finds a verb's base form by undoing an ending and keeping the
first result its word lists know; when none is known it keeps the first rule's result. For a short
verb that doubles its last consonant ("gut", "nab"), "gutted" and "gutting" then become "gutte":
the "-ed" and "-ing" rules guess a base ending in "e". English doubles the last consonant only of a
verb whose last syllable is stressed and written consonant, vowel, consonant, so a one-syllable
base of that shape stands for the misread form with no ambiguity ("hoped" is "hope" and is never
touched: its base is known, and "hopp" has no such shape). Longer verbs keep the lemmatizer's
answer: "pirouetted" is "pirouette", "silhouetted" "silhouette".

A pipeline component after the lemmatizer, so that every extractor, the events lexicon and the
reporting cues read one lemma, and no layer works around the model on its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "crosscheck_lemmas"
VOWELS = frozenset("aeiou")
# Final letters English never doubles before "-ed" or "-ing" ("sawed", "boxed", "played").
UNDOUBLED = frozenset("aeiouwxy")


def doubled_base(lemma: str) -> str | None:
    """Return the one-syllable base that ``lemma`` misreads ("gutte" -> "gut"), else None."""
    if len(lemma) < 5 or not lemma.endswith("e") or lemma[-2] != lemma[-3]:
        return None
    base = lemma[:-2]
    if (
        base.isalpha()
        and base.islower()
        # one syllable: English doubles the last consonant of "visit" or "murder" in no form
        and sum(ch in VOWELS for ch in base) == 1
        and base[-1] not in UNDOUBLED
        and base[-2] in VOWELS
        and base[-3] not in VOWELS
    ):
        return base
    return None


@Language.component(COMPONENT)
def fix_lemmas(doc: Doc) -> Doc:
    """Give a verb the lemmatizer misread as "<base><consonant>e" its one-syllable base."""
    for token in doc:
        if token.pos_ != "VERB":
            continue
        base = doubled_base(token.lemma_)
        # Only a misread: the written form keeps the doubled consonant before its ending.
        if base is not None and token.lower_.startswith(base + base[-1]):
            token.lemma_ = base
    return doc
