"""Attributions: who reported a sentence's figures, and when (", ORBA said on Tuesday").

A figure's attribution gives it a source and a reporting date, in either order of the sentence:
"ORBA said on Tuesday that 143 people were killed" and "143 people were killed, ORBA said on
Tuesday" read alike, and so does "…, according to results published by the commission on Monday".
"""

from __future__ import annotations

import bisect
import functools

from crosscheck.quantities._anchors import sentence_anchors
from crosscheck.quantities._clauses import dateline_end
from crosscheck.quantities._doc import ACCORDING_TO, REPORTING, Anchor, Attribution, DocText, Token
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._phrases import name_key, name_run_ending, nearest_name
from crosscheck.quantities._text import stem

# The source of a trailing attribution is a noun phrase: "the national disaster relief agency
# ORBA" is 6 tokens, "Ana Ruiz, the agency's head," 7. Further back a comma is another clause's.
MAX_SOURCE_TOKENS = 12
# After the verb of a trailing attribution only a date, a manner or an inverted source may follow
# before the clause ends: "said late on Tuesday", "said in a statement on Monday", "said ORBA".
MAX_TAIL_TOKENS = 8
# A leading attribution's date stands right after its verb: "said on Tuesday that", "told
# reporters late on Monday that".
MAX_LEADING_DATE_GAP = 5
# An "according to" phrase runs to the end of its clause, bounded so a run-on sentence stays linear.
MAX_ACCORDING_TOKENS = 20
# How far (in tokens) an attribution may stand from a figure it reports: further off, in a run-on
# text, it reports something else; the bound keeps the look-up linear.
MAX_ATTRIBUTION_REACH = 50
_CLAUSE_ENDS = frozenset(",;:.!?")


def attributions(doc: DocText, start: int, stop: int) -> list[Attribution]:
    """Return the attributions of the sentence ``[start, stop)``, in text order (cached)."""
    if start not in doc.attribution_cache:
        doc.attribution_cache[start] = _find(doc, start, stop)
    return doc.attribution_cache[start]


def _find(doc: DocText, start: int, stop: int) -> list[Attribution]:
    toks = doc.tokens
    anchors = sentence_anchors(doc, start, stop)
    found: list[Attribution] = []
    for v in range(start, stop):
        tok = toks[v]
        if tok.cue == ACCORDING_TO and v + 1 < stop and toks[v + 1].cue == ACCORDING_TO:
            found.append(_according(doc, v, stop, anchors))
        elif _says(tok) and (v == start or not tok.is_capitalised):
            if v > start and toks[v - 1].lower == "to":
                continue  # "refused to say": not a saying
            att = _trailing(doc, v, start, stop, anchors) or _leading(doc, v, start, anchors)
            found.append(att)
    return found


def _says(tok: Token) -> bool:
    """Return whether a token is a reporting cue that reports a figure ("said", not "agreed")."""
    return tok.cue == REPORTING and tok.lemma in lexicon().words("attribution_verbs")


def _first_anchor(anchors: list[Anchor], lo: int, hi: int) -> Anchor | None:
    """Return the first anchor starting in tokens ``[lo, hi)`` (anchors are sorted by index)."""
    n = bisect.bisect_left(anchors, lo, key=lambda a: a.index)
    return anchors[n] if n < len(anchors) and anchors[n].index < hi else None


def _according(doc: DocText, v: int, stop: int, anchors: list[Anchor]) -> Attribution:
    """Read "according to <source> [on <date>]" up to the end of its clause."""
    toks = doc.tokens
    lo = v + 2
    end = lo
    while end < min(stop, lo + MAX_ACCORDING_TOKENS) and toks[end].text not in _CLAUSE_ENDS:
        tok = toks[end]
        if end > lo + 1 and tok.is_number and end not in doc.excluded:
            break  # "according to the ministry 40 people died": the figure opens the next clause
        end += 1
    found = nearest_name(doc, lo, end)
    first = v - 1 if v > 0 and toks[v - 1].text == "," else v
    anchor = _first_anchor(anchors, lo, end)
    return Attribution(first, end, v, (lo, end), found[1] if found else None, anchor)


def _tail_end(doc: DocText, v: int, stop: int) -> int | None:
    """Return the end of a trailing attribution's tail after verb ``v``, or None if a clause follows."""
    toks = doc.tokens
    lists = lexicon().lists
    j = v + 1
    while j < stop and toks[j].text not in _CLAUSE_ENDS:
        tok = toks[j]
        if j - v > MAX_TAIL_TOKENS:
            return None
        if tok.lower in lists["auxiliaries"] or tok.lower in lists["relative_pronouns"]:
            return None  # "said the toll had risen", "said that …": a clause, not a tail
        if tok.is_past_form:
            return None  # "said the toll rose": a clause with its own verb
        if tok.is_number and j not in doc.excluded:
            return None  # "said 50 people died": a figure of its own
        j += 1
    return j


def _trailing(
    doc: DocText, v: int, start: int, stop: int, anchors: list[Anchor]
) -> Attribution | None:
    """Read ", <source> said [on <date>]" closing a clause."""
    toks = doc.tokens
    tail = _tail_end(doc, v, stop)
    if tail is None:
        return None
    lo = max(start, v - MAX_SOURCE_TOKENS)
    commas = [c for c in range(v - 1, lo - 1, -1) if toks[c].text == ","]
    if not commas or commas[0] == start:
        return None
    comma = commas[0]
    found = nearest_name(doc, comma + 1, v)
    if found is None and len(commas) > 1 and commas[1] > start:
        # "…, Ana Ruiz, the agency's head, said": the name stands just before the apposition.
        apposition = toks[commas[1] + 1 : comma]
        run = name_run_ending(doc, commas[1] - 1, start)
        if run is not None and not any(t.is_number for t in apposition):
            found = _principal(doc, commas[1], comma) or (run[0], name_key(doc, *run))
    if found is None:
        found = nearest_name(doc, v + 1, tail)  # "…, said ORBA on Tuesday"
        if found is not None and tail < stop and toks[tail].text == ",":
            found = _principal(doc, tail, _clause_end(doc, tail + 1, stop)) or found
    anchor = _first_anchor(anchors, v + 1, tail)
    return Attribution(comma, tail, v, (comma + 1, v), found[1] if found else None, anchor)


def _clause_end(doc: DocText, lo: int, stop: int) -> int:
    """Return the first clause-ending token at or after ``lo`` (bounded by MAX_SOURCE_TOKENS)."""
    end = lo
    while end < min(stop, lo + MAX_SOURCE_TOKENS) and doc.tokens[end].text not in _CLAUSE_ENDS:
        end += 1
    return end


def _principal(doc: DocText, comma: int, end: int) -> tuple[int, tuple[str, str]] | None:
    """Return the name a speaker speaks for, from the apposition ``(comma, end)`` after the name.

    "…, said Dana Holm, a spokeswoman for the Northfield Port Authority" or "Dana Holm, a
    spokeswoman for the Northfield Port Authority, said": the figure is the authority's, the
    person only reports it, and another outlet writing "the Northfield Port Authority said" keys
    it the same way. Only an apposition whose noun is one of ``spokesperson_nouns`` followed by
    one of ``spokesperson_prepositions`` and a name qualifies: "a professor at Lindqvist
    University" speaks for herself, and "a spokeswoman for the agency" names no one else.
    """
    toks = doc.tokens
    words = lexicon().lists
    for j in range(comma + 1, end - 1):
        if (
            toks[j].lemma in words["spokesperson_nouns"]
            and toks[j + 1].lower in words["spokesperson_prepositions"]
        ):
            found = nearest_name(doc, j + 2, end)
            return found if found is not None and found[0] >= j + 2 else None
    return None


def _leading(doc: DocText, v: int, start: int, anchors: list[Anchor]) -> Attribution:
    """Read "<source> said [on <date>] [that] …" opening a clause."""
    toks = doc.tokens
    lists = lexicon().lists
    anchor = _first_anchor(anchors, v + 1, v + 1 + MAX_LEADING_DATE_GAP)
    if anchor is not None and any(
        t.is_number or t.lower in lists["auxiliaries"] or t.lower == "that"
        for t in toks[v + 1 : anchor.index]
    ):
        anchor = None  # "said that 50 people died on Sunday": the date is the clause's
    end = anchor.end if anchor else v + 1
    lo = max(dateline_end(doc, start), v - MAX_SOURCE_TOKENS)
    found = nearest_name(doc, lo, v)
    return Attribution(v, end, v, (lo, v), found[1] if found else None, anchor)


def _window(atts: list[Attribution], lo: int, hi: int) -> list[Attribution]:
    """Return the attributions whose verb lies in tokens ``[lo, hi]`` (they are in verb order)."""
    first = bisect.bisect_left(atts, lo, key=lambda a: a.verb)
    last = bisect.bisect_right(atts, hi, key=lambda a: a.verb)
    return atts[first:last]


def attribution_of(doc: DocText, k: int, k_end: int, start: int, stop: int) -> Attribution | None:
    """Return the attribution that reports the figure at tokens ``[k, k_end)``, if any.

    A trailing attribution after the figure wins over a leading one before it; an attribution
    whose source holds the figure ("…, three officials said") is the figure's own, not its report.
    Only attributions within MAX_ATTRIBUTION_REACH tokens are looked at, so a run-on text with
    many sayings stays linear.
    """
    atts = attributions(doc, start, stop)
    after = _window(atts, k_end, k_end + MAX_ATTRIBUTION_REACH)
    found = next((a for a in after if a.first >= k_end and not _holds(a, k)), None)
    if found is not None:
        return found
    before = _window(atts, k - MAX_ATTRIBUTION_REACH, k - 1)
    return next((a for a in reversed(before) if a.end <= k and not _holds(a, k)), None)


def attribution_anchors(doc: DocText, start: int, stop: int) -> frozenset[int]:
    """Return the token indices of the sentence's anchors that date a saying, not a figure."""
    if start not in doc.said_cache:
        atts = attributions(doc, start, stop)
        doc.said_cache[start] = frozenset(a.anchor.index for a in atts if a.anchor)
    return doc.said_cache[start]


def _holds(att: Attribution, k: int) -> bool:
    lo, hi = att.source_range
    return lo <= k < hi


def source_count(doc: DocText, k: int, noun_key: str, noun_end: int, start: int, stop: int) -> bool:
    """Return whether the figure at ``k`` counts a story's sources ("two people familiar with …").

    How many people a reporter spoke to is not a fact of the story: two outlets citing two and three
    "people familiar with the matter" do not disagree. A count of people-like sources is one when a
    source phrase follows it, when it is the subject of a reporting verb ("three officials said"),
    or when it stands in an attribution ("according to two diplomats", ", two aides said").
    """
    head = noun_key.rsplit(" ", 1)[-1]
    if noun_key == "source":
        return True
    if head not in lexicon().words("source_nouns"):
        return False
    toks = doc.tokens
    if noun_end < stop and _says(toks[noun_end]):
        return True
    words: list[str] = []
    for j in range(noun_end, min(stop, noun_end + _longest_source_phrase())):
        words.append(toks[j].lower)
        if " ".join(words) in lexicon().words("source_phrases"):
            return True
    near = _window(
        attributions(doc, start, stop), k - MAX_ACCORDING_TOKENS - 2, k + MAX_SOURCE_TOKENS
    )
    return any(_holds(a, k) for a in near)


@functools.cache
def _longest_source_phrase() -> int:
    return max(len(p.split()) for p in lexicon().words("source_phrases"))


@functools.cache
def _cumulative_stems() -> frozenset[str]:
    return frozenset(stem(v) for v in lexicon().words("cumulative_verbs"))


def is_cumulative(noun_key: str, verb_key: str | None) -> bool:
    """Return whether a count grows while a story unfolds: deaths, injuries, arrests, damage."""
    head = noun_key.rsplit(" ", 1)[-1]
    return head in lexicon().words("cumulative_nouns") or (
        verb_key is not None and verb_key in _cumulative_stems()
    )
