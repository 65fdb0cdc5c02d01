"""Institutions as owners: "The government has offered 6%" in an article with one government."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.quantities._doc import DocText
from crosscheck.quantities._lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token as SpacyToken

# The tagger's fine tag of a singular common noun: "the governments" are not one body.
SINGULAR_TAG = "NN"
# Dependency labels of words that say which institution a noun is ("the Spanish government",
# "Portugal's government", "the health ministry").
_WHICH_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "poss"})


def institution_subject(text: DocText, start: int, end: int) -> tuple[str, str] | None:
    """Return "the government" as the owner of a figure it is the verb's object of, when safe.

    "The government has offered 6%": the subject is a definite common noun of an institution
    (``institution_nouns``), which in one story's article is one body. It owns the figure only
    when it is written bare ("the government", no adjective, name or possessor), the figure is
    the direct object of its verb, and the article never writes that noun otherwise ("the
    Portuguese government" beside "the Spanish government": which one is not said), so two
    outlets' "the government" are the story's one government.
    """
    span = text.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return None if subject is None else institution_name(text, subject)


def institution_name(text: DocText, tok: SpacyToken) -> tuple[str, str] | None:
    """Return ``(key, written)`` of "the government" at ``tok`` when it is one body in the article.

    The token must be "the <institution noun>" alone, and the article must never write that noun
    another way ("the Spanish government" beside "the government": which one is not said).
    """
    if not _bare_institution(tok):
        return None
    lemma = tok.lemma_.lower()
    if any(t.lemma_.lower() == lemma and not _bare_institution(t) for t in text.doc):
        return None
    return lemma, f"the {tok.text}"


def _bare_institution(tok: SpacyToken) -> bool:
    """Whether a token is "the <institution noun>" alone: no other word says which one."""
    if tok.pos_ != "NOUN" or tok.tag_ != SINGULAR_TAG or tok.ent_type_:
        return False
    if tok.lemma_.lower() not in lexicon().words("institution_nouns"):
        return False
    children = list(tok.children)
    return any(c.lower_ == "the" and c.dep_ == "det" for c in children) and not any(
        c.dep_ in _WHICH_DEPS for c in children
    )
