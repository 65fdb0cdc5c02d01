"""Time anchors: the year or date in a figure's sentence that says when it held ("since 2019")."""

from __future__ import annotations

import bisect

from crosscheck.model import Granularity, TimeKind
from crosscheck.quantities._clauses import (
    dateline_end,
    in_closed_relative_clause,
    participle_phrase_end,
)
from crosscheck.quantities._doc import (
    Anchor,
    DocText,
    chain_bounds,
    is_date_chain,
    is_year,
    year_span,
)
from crosscheck.quantities._lexicon import lexicon

# How far (in tokens) a time anchor may stand from the figure it dates; further off it more likely
# dates something else, and the bound keeps long sentences with many figures linear.
MAX_ANCHOR_DISTANCE = 30
# How many tokens of "the start of", "early", month, day may stand between "since" and a year.
MAX_ANCHOR_GAP = 6
# The time layer's modifiers that pick a part of a period ("the start of the week", "late July").
PART_MODIFIERS = frozenset({"START", "MID", "END"})
_DAY_OR_FINER = frozenset(
    {
        Granularity.SECOND,
        Granularity.MINUTE,
        Granularity.HOUR,
        Granularity.PART_OF_DAY,
        Granularity.DAY,
    }
)
_ANCHOR_FILLERS = frozenset(
    {"the", "start", "beginning", "end", "middle", "of", "early", "late", "mid", "-", ",", "."}
)


def _prep_before(doc: DocText, j: int, start: int) -> tuple[str, int] | None:
    """Return the anchor kind and index of a preposition before a time expression at ``j``."""
    toks = doc.tokens
    preps = lexicon().anchor_prepositions
    months = lexicon().words("months")
    p = j - 1
    while p >= start and j - p <= MAX_ANCHOR_GAP:
        word = toks[p].lower
        if p > start and f"{toks[p - 1].lower} {word}" in preps:
            return preps[f"{toks[p - 1].lower} {word}"], p - 1
        if word in preps:
            return preps[word], p
        if (
            word in _ANCHOR_FILLERS
            or toks[p].bare in months
            or (toks[p].is_number and len(word) <= 2)
        ):
            p -= 1
            continue
        break
    return None


def _separated(doc: DocText, k: int, k_end: int, j: int, end: int) -> bool:
    """Return whether an anchor at ``[j, end)`` belongs to another figure than ``[k, k_end)``.

    An anchor before the figure may be set off by a comma ("Since 2019, the rebels have fired
    ..."), but not by another number. One after it must follow in the same clause: "100 people
    attended, up from 80 in 2019" does not date the 100; a participle phrase between the
    subject and its verb is skipped ("350 firefighters, backed by 14 helicopters, were working
    on Monday").
    """
    toks = doc.tokens
    lists = lexicon().lists
    numbers = lexicon().numbers
    if end <= k:
        return any(t.is_number or t.lower in numbers for t in toks[end:k])
    if j >= k_end:
        resume = participle_phrase_end(doc, k_end, j)
        if resume is not None:
            k_end = resume  # "350 firefighters, backed by …, were working on Monday"
        return any(
            t.is_number
            or t.lower in numbers
            or t.text in ",;:()"
            or t.lower in lists["clause_breaks"]
            for t in toks[k_end:j]
        )
    return False


def _anchor(doc: DocText, j: int, end: int, value: str, start: int) -> Anchor | None:
    prep = _prep_before(doc, j, start)
    kind, first = prep if prep else ("in", j)
    # The time layer's span may open with its own "since" ("since May"), else it stands before.
    since = j if doc.tokens[j].lower == "since" else first if kind == "since" and prep else None
    if since is not None and _reference_point(doc, since):
        return None
    return Anchor(j, end, f"{kind}-{value}", doc.phrase_text(first, end))


def _reference_point(doc: DocText, prep: int) -> bool:
    """Return whether "since X" at token ``prep`` is the reference of a first or a superlative.

    "its first cut since May", "the biggest gain since 2019": the preposition hangs on a noun that
    an ordinal or a superlative modifies, and says since when that one is the first or biggest; it
    does not date the figures of its sentence ("two of the seven members voted against").
    """
    tok = doc.tokens[prep]
    span = doc.doc.char_span(tok.start, tok.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    head = span[0].head
    if span[0].dep_ != "prep" or not head.tag_.startswith("NN"):
        return False
    return any(
        c.dep_ in ("amod", "advmod")
        and (c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" or c.lower_ in lexicon().ordinals)
        for c in head.children
    )


def sentence_anchors(doc: DocText, start: int, stop: int) -> list[Anchor]:
    """Return the time anchors of the sentence ``[start, stop)``, in text order.

    Years ("since 2019", "in early 2021", "1998-2003"), relative years ("last year", only when the
    publication date is known) and the time layer's dated expressions all count. A dateline's date
    ("HELSINKI, March 14 (SBD) -") is when the story was filed, and a possessive date ("Sunday's
    quake") names an event: neither dates a figure.
    """
    if start in doc.anchor_cache:
        return doc.anchor_cache[start]
    toks = doc.tokens
    opening = dateline_end(doc, start)
    found: list[Anchor | None] = []  # None: a reference point, no anchor
    years_at: set[int] = set()
    for j in range(start, stop):
        if j in years_at or not is_year(toks[j]):
            continue
        first, end = chain_bounds(toks, j)
        years_at.update(range(first, end))
        if is_date_chain(toks, first, end):
            continue
        pair = end - first == 3 and is_year(toks[first])
        span = year_span(toks[first], toks[first + 2]) if pair else None
        if span is not None:
            # "1998-2003": the anchor is the whole span of years
            found.append(_anchor(doc, first, end, f"{span[0]}/{span[1]}", start))
        else:
            found.append(_anchor(doc, j, j + 1, toks[j].text, start))
    published = doc.document.published
    if published is not None:
        relative = lexicon().relative_years
        for j in range(start, stop - 1):
            two = f"{toks[j].lower} {toks[j + 1].lower}"
            three = f"{two} {toks[j + 2].lower}" if j + 2 < stop else ""
            for phrase, n in ((three, 3), (two, 2)):
                if phrase and phrase in relative:
                    value = str(published.year + relative[phrase])
                    found.append(_anchor(doc, j, j + n, value, start))
                    break
    for t in doc.times_within(toks[start].start, toks[stop - 1].end):
        if t.kind is not TimeKind.DATE or not t.value:
            continue
        j = bisect.bisect_left(doc.starts, t.start)
        end = max(bisect.bisect_left(doc.starts, t.end), j + 1)
        if any(y in years_at for y in range(j, end)):
            continue  # the year reading above already covers it
        value = t.value
        if t.modifier in PART_MODIFIERS and t.granularity not in _DAY_OR_FINER:
            # "at the start of the week", "late in July": a part of the period, which another
            # figure's "at the end of the week" does not share (the key says which part).
            value = f"{value}-{t.modifier.lower()}"
        found.append(_anchor(doc, j, end, value, start))
    kept = [
        a
        for a in found
        if a is not None and a.index >= opening and not toks[a.end - 1].is_possessive
    ]
    doc.anchor_cache[start] = sorted(kept, key=lambda a: (a.index, a.end, a.key))
    return doc.anchor_cache[start]


def time_anchor(
    doc: DocText,
    k: int,
    start: int,
    stop: int,
    k_end: int | None = None,
    *,
    exclude: frozenset[int] = frozenset(),
) -> tuple[str, str] | None:
    """Return ``(key, written)`` of the time anchor nearest the figure at token ``k`` in its sentence.

    The key is the anchor kind (since, in, by, on) and the TIMEX3 value, e.g. ``since-2019``.
    ``k_end`` is the token after the figure's phrase; anchors starting at an index in ``exclude``
    (the dates of attributions) are skipped, and so is a date inside a relative clause that closes
    before the figure ("the quake that struck on Sunday has killed 180"). Only anchors within
    MAX_ANCHOR_DISTANCE tokens are looked at, so a long sentence with many figures stays linear.
    """
    k_end = k + 1 if k_end is None else k_end
    anchors = sentence_anchors(doc, start, stop)
    lo = bisect.bisect_left(anchors, k - MAX_ANCHOR_DISTANCE, key=lambda a: a.index)
    best: tuple[int, int, Anchor] | None = None
    for n in range(lo, len(anchors)):  # not a slice: that would copy the rest of the list
        a = anchors[n]
        if a.index > k_end + MAX_ANCHOR_DISTANCE:
            break
        if a.index in exclude or _separated(doc, k, k_end, a.index, a.end):
            continue
        cand = (abs(a.index - k), a.index, a)
        if best is not None and cand[:2] >= best[:2]:
            continue
        if in_closed_relative_clause(doc, a.index, k, start):
            continue
        best = cand
    return (best[2].key, best[2].written) if best else None
