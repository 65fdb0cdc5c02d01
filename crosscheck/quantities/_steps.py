"""What a matcher returns, and how it builds a Quantity from token ranges."""

from __future__ import annotations

from attrs import frozen

from crosscheck.quantities._doc import DocText, Phrase
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities.quantity import Quantity


@frozen
class Step:
    """What a matcher found at a token: maybe a quantity, and where to go on reading."""

    quantity: Quantity | None
    next: int
    # A second figure the same words give: the whole M of "N of the M passengers" beside the part.
    also: Quantity | None = None


def make_quantity(
    doc: DocText,
    first: int,
    end: int,
    sentence: tuple[int, int],
    **fields: object,
) -> Quantity:
    """Return the Quantity written by tokens ``[first, end)`` of the given sentence."""
    toks = doc.tokens
    s, e = sentence
    return Quantity(
        start=toks[first].start,
        end=toks[end - 1].end,
        written=doc.phrase_text(first, end),
        sentence_start=toks[s].start,
        sentence_end=toks[e - 1].end,
        **fields,  # type: ignore[arg-type]
    )


def noun_fields(noun: Phrase) -> dict[str, object]:
    """Return the Quantity fields naming the counted noun."""
    # Synonyms share a key ("crowd", "fans", "spectators" -> attendance); the words stay as written.
    return {"noun": lexicon().noun_synonyms.get(noun.key, noun.key), "noun_written": noun.written}


def agent_fields(agent: tuple[str, str] | None) -> dict[str, object]:
    """Return the Quantity fields naming the agent, if there is one."""
    return {"agent": agent[0], "agent_written": agent[1]} if agent else {}
