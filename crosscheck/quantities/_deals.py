"""Money with a purpose: the price of a named purchase, and what a sum is spent on.

"Helix agreed to buy Ardent for $4.2 billion" and "Helix paid $4.2 billion for Ardent" are the
price of buying Ardent; "agreed to spend 480 million euros on a new cable" counts the cable.
"""

from __future__ import annotations

import functools

from attrs import frozen

from crosscheck.quantities._doc import DocText, Phrase
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._phrases import name_key, name_run_ending
from crosscheck.quantities._text import singular, stem

# Words between a sale verb and its named object: "buy British chip maker Ardent" has three.
MAX_OBJECT_DESCRIPTORS = 4
# Words between a figure and the "for" of a payment: "paid $2 billion in cash for …" has two.
MAX_PAYMENT_GAP = 2
# Words of what money is spent on: "on the new 150-kilometre cable" is five tokens after "on".
MAX_PURPOSE_TOKENS = 6
# Words between an offer word and its sale verb: "offered on Friday to buy" has three.
MAX_PROPOSAL_GAP = 5
_ARTICLES = frozenset({"a", "an", "its", "the", "their"})


@frozen
class Deal:
    """A sale the figure is the price of: its verb ("buy"/"sell"), the verb's token, and the object."""

    verb: str
    verb_index: int
    obj: tuple[str, str]
    proposal: bool  # "offered to buy": an offer, which may be revised
    agent: tuple[str, str] | None = None  # the buyer of a passive ("was sold to Helix"), if named


def _descriptors_back(doc: DocText, j: int, start: int) -> int:
    """Return where the sale verb should stand, skipping descriptors before a name at ``j``."""
    toks = doc.tokens
    function = lexicon().words("function_words")
    steps = 0
    while j - 1 >= start and steps < MAX_OBJECT_DESCRIPTORS:
        tok = toks[j - 1]
        if tok.lower in lexicon().deal_verbs:
            break
        if not tok.is_word or (tok.lower in function and tok.lower not in _ARTICLES):
            break
        j -= 1
        steps += 1
    return j - 1


def _object_before(doc: DocText, f: int, start: int) -> tuple[int, tuple[str, str]] | None:
    """Return the first token and key of the name ending just before token ``f`` ("… Ardent for")."""
    toks = doc.tokens
    if f - 1 < start:
        return None
    run = name_run_ending(doc, f - 1, start)
    if run is None:
        return None
    if run[0] - 1 > start and toks[run[0] - 1].lower in ("from", "to"):
        # "buy Ardent from Orvex for $2 billion": the name before "for" is the other party.
        return _object_before(doc, run[0] - 1, start)
    return run[0], name_key(doc, *run)


def _object_after(doc: DocText, j: int, stop: int) -> tuple[str, str] | None:
    """Return the key of the name after "for" at ``j - 1``, past articles and descriptors."""
    toks = doc.tokens
    for n in range(j, min(stop, j + MAX_OBJECT_DESCRIPTORS + 1)):
        tok = toks[n]
        if not tok.is_word:
            return None
        if tok.is_capitalised:
            end = n
            while end + 1 < stop and toks[end + 1].is_word and toks[end + 1].is_capitalised:
                end += 1
            run = name_run_ending(doc, end, n)
            return name_key(doc, *run) if run else None
    return None


def _passive(doc: DocText, f: int, start: int) -> Deal | None:
    """Read "<object> was sold to <buyer> for", "<object> was bought by <buyer> for"."""
    toks = doc.tokens
    table = lexicon().deal_verbs
    auxiliaries = lexicon().words("auxiliaries")
    run = name_run_ending(doc, f - 1, start) if f - 1 >= start else None
    if run is None or run[0] - 2 <= start:
        return None
    prep, v = toks[run[0] - 1].lower, run[0] - 2
    side = table.get(toks[v].lower)
    s = v - 1
    while s > start and toks[s].lower in auxiliaries:
        s -= 1
    if s == v - 1 or side not in ("buy", "sell") or prep not in ("to", "by"):
        return None  # no auxiliary before the verb: not a passive
    subject = name_run_ending(doc, s, start)
    if subject is None:
        return None
    # "sold to X" and "bought by X" name the buyer; "sold by X" names the seller.
    verb = "sell" if side == "sell" and prep == "by" else "buy"
    other = name_key(doc, *run)
    return Deal(verb, v, name_key(doc, *subject), _proposal(doc, v, start), other)


def _proposal(doc: DocText, v: int, start: int) -> bool:
    """Return whether an offer word stands shortly before the sale verb ("offered on Friday to buy")."""
    words = lexicon().words("proposal_words")
    return any(t.lower in words for t in doc.tokens[max(start, v - MAX_PROPOSAL_GAP) : v])


def deal_at(doc: DocText, first: int, end: int, start: int, stop: int) -> Deal | None:
    """Return the sale whose price the money figure at tokens ``[first, end)`` is, if any.

    Two forms: "<buyer> <buy|sell> <named object> for <figure>" and "<buyer> paid <figure> for
    <named object>". Without a named object there is no telling which purchase the price is of.
    """
    toks = doc.tokens
    table = lexicon().deal_verbs
    f = first - 1
    if f > start and toks[f].lower == "for":
        passive = _passive(doc, f, start)
        if passive is not None:
            return passive
        found = _object_before(doc, f, start)
        if found is not None:
            v = _descriptors_back(doc, found[0], start)
            if v >= start and table.get(toks[v].lower) in ("buy", "sell"):
                return Deal(table[toks[v].lower], v, found[1], _proposal(doc, v, start))
    v = first - 1
    if v >= start and table.get(toks[v].lower) == "pay":
        for n in range(end, min(stop - 1, end + MAX_PAYMENT_GAP + 1)):
            if toks[n].lower == "for":
                obj = _object_after(doc, n + 1, stop)
                return Deal("buy", v, obj, _proposal(doc, v, start)) if obj else None
    return None


def per_unit(doc: DocText, k: int, stop: int) -> str | None:
    """Return the unit a price after token ``k`` is per ("per share", "a share", "each"), if any."""
    toks = doc.tokens
    if k < stop and toks[k].lower in ("each", "apiece"):
        return toks[k].lower
    if k + 1 < stop and toks[k].lower in ("per", "a", "an") and toks[k + 1].is_word:
        return singular(toks[k + 1].lower)
    return None


@functools.cache
def _spending_stems() -> frozenset[str]:
    return frozenset(stem(v) for v in lexicon().words("spending_verbs"))


def is_spending(verb_key: str | None) -> bool:
    """Return whether a verb key is one of spending ("spend", "invest", "earmark")."""
    return verb_key is not None and verb_key in _spending_stems()


def purpose_after(doc: DocText, k: int, stop: int) -> Phrase | None:
    """Return what money is spent on, after a preposition at ``k``: its head noun as the key.

    "on the new 150-kilometre cable" and "on a second undersea electricity cable" both count a
    cable: outlets describe the thing in different words, so only the head noun keys it.
    """
    toks = doc.tokens
    lists = lexicon().lists
    if k >= stop or toks[k].lower not in lists["spending_prepositions"]:
        return None
    j = k + 1
    while j < stop and toks[j].lower in _ARTICLES:
        j += 1
    head: int | None = None
    n = j
    while n < min(stop, j + MAX_PURPOSE_TOKENS):
        tok = toks[n]
        if tok.is_word:
            if (
                tok.lower in lists["function_words"]
                or tok.bare in lists["months"]
                or tok.lower in lists["weekdays"]
                or tok.is_possessive
            ):
                break
            head = n
        elif not (tok.is_number or tok.text in "-\u2011\u2013"):
            break
        n += 1
    if head is None:
        return None
    return Phrase(singular(toks[head].lower), doc.phrase_text(j, head + 1), j, head + 1)
