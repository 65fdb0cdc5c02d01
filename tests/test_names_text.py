"""The names code's word view, built from the annotation layer's tokens."""

from __future__ import annotations

import pytest

from crosscheck.model import Document
from crosscheck.names.text import TokenIndex, words_of
from crosscheck.nlp import annotate


def index_of(text: str) -> TokenIndex:
    return TokenIndex.from_doc(annotate(Document(id="d", path="d", text=text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaCy splits "Suk-yeol" and "2.5bn"; the names code reads one word each.
        (
            "Yoon Suk-yeol paid 2.5bn.",
            [("Yoon", False), ("Suk-yeol", False), ("paid", False), ("2.5bn", False)],
        ),
        # The possessive is the parser's POS tag; "It's late" is a contraction, no possessive.
        ("Lee's aide left.", [("Lee's", True), ("aide", False), ("left", False)]),
        ("It's late.", [("It's", False), ("late", False)]),
        ("the Koreas' envoy", [("the", False), ("Koreas'", True), ("envoy", False)]),
        (
            "We're in the U.S. now",
            [("We're", False), ("in", False), ("the", False), ("U.S", False), ("now", False)],
        ),
        ("Mr. Kim (DP) said", [("Mr", False), ("Kim", False), ("DP", False), ("said", False)]),
    ],
)
def test_words(text: str, expected: list[tuple[str, bool]]) -> None:
    doc = annotate(Document(id="d", path="d", text=text))
    words = words_of(doc)
    assert [(w.text, w.possessive) for w in words] == expected
    assert all(text[w.start : w.end] == w.text for w in words)  # offsets are the document's


def test_bare_word_drops_the_clitic() -> None:
    (lee, *_) = index_of("Lee's aide left.").tokens
    assert (lee.bare, lee.bare_end, lee.end) == ("Lee", 3, 5)


def test_owners() -> None:
    text = "Acme's chief met Brazil's ruling party."
    index = index_of(text)
    assert index.owner_before(text.index("chief")) == text.index("'s")
    assert index.owner_before(text.index("met")) is None
    assert index.owner_after(text.index("Brazil"), 4) == text.index("ruling")
    assert index.owner_after(text.index("met"), 4) is None


def test_sentence_start_is_the_docs() -> None:
    text = "Kim spoke. Then Lee met his counterpart."
    assert index_of(text).sentence_start(text.index("counterpart")) == text.index("Then")
