"""What a quote's attribution is: the phrase naming its speaker, the verb and how it was read.

Every speaker is read from the dependency parse (``parse.py``): the subject of the reporting verb
the quote is a complement of, the owner of a speech noun ("Ruiz's claim that '...'"), the
attribution between two pieces of one quote, or a short next sentence that only attributes
("Doug said."). The one other source is a chain cue right after the quote ("'...,' according to
X"), which the chain reader (``chains.py``) finds.
"""

from __future__ import annotations

from attrs import frozen

from crosscheck.nlp.quotes import Quote
from crosscheck.statements.chains import ViaHit
from crosscheck.statements.phrases import Phrase, SentenceView, VerbHit

_GAP_PUNCT = frozenset({",", "\u2014", "\u2013", "-", ":"})  # comma, dashes, colon


@frozen
class Attribution:
    """Where a quote's speaker is named: the phrase, the verb (if any) and the rule that found it."""

    phrase: Phrase
    view: SentenceView
    verb: VerbHit | None
    how: str  # parse | according | next-sentence | owner
    # the speaker's title and organisation, when the parse sets them beside the name
    title: str | None = None
    organization: str | None = None


def quote_tokens(view: SentenceView, quote: Quote) -> tuple[int, int]:
    """Return the index of the first token of a quote and of the first token after it."""
    return view.index_at(quote.start), view.index_at(quote.end)


def according_after(view: SentenceView, start: int, vias: list[ViaHit]) -> Attribution | None:
    """Return the source of an "according to X" cue that follows a quote at token ``start``
    (after its commas or dashes)."""
    toks = view.tokens
    g = start
    while g < len(toks) and toks[g].text in _GAP_PUNCT and not view.quoted[g]:
        g += 1
    for via in vias:
        if via.cue == "according" and via.cue_first == g:
            return Attribution(via.phrase, view, None, "according")
    return None
