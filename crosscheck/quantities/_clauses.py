"""Clause-level readings of one sentence: datelines, verbs, relative clauses.

Verbs are the tagger's (the annotation layer's parts of speech) and reporting verbs its attribution
cues; the rest is a small word pattern over the Doc's tokens that errs towards "not found", so a
miss only makes a subject key less specific, never wrong. The layer's own dateline prefix
(``crosscheck.nlp.furniture``) needs a comma and a date, so the bare "OSLO —" form is read here.
"""

from __future__ import annotations

import functools

from crosscheck._data import load_toml
from crosscheck.quantities._doc import HYPHENS, REPORTING, DocText
from crosscheck.quantities._lexicon import lexicon

# A dateline ("OSLO —", "BERGEN, May 8 (Nordlys) -") is a place, a date and an outlet: a
# dozen tokens at most. A longer run before a dash is a sentence, not a dateline.
MAX_DATELINE_TOKENS = 14
# The tagger's parts of speech of a verb (an auxiliary heads a clause too).
_VERB_POS = frozenset({"VERB", "AUX"})
# The reporting cues' data file (of the annotation and statements layers).
REPORTING_DATA = "reporting_verbs.toml"
_DATELINE_PUNCTUATION = frozenset(",()*./")
# How far back from a date or name a relative pronoun may stand for it to open that date's clause
# ("the cyclone that struck the coast of Ruritania early on Sunday").
MAX_RELATIVE_CLAUSE_TOKENS = 15


def dateline_end(doc: DocText, start: int) -> int:
    """Return the first token after the dateline that opens the sentence at ``start``, or ``start``.

    A dateline opens a paragraph and ends in a free-standing dash; before it stand only capitalised
    words, numbers and punctuation, led by a word in capitals ("OSLO") or holding a parenthesised
    outlet ("Paris (AFP) -"). The place in it says where the story was filed, not who did what.
    """
    toks = doc.tokens
    if start >= len(toks) or not (start == 0 or toks[start].newline):
        return start
    first_word = next((t for t in toks[start : start + 3] if t.is_word), None)
    capitals = first_word is not None and len(first_word.text) > 1 and first_word.text.isupper()
    paren = False
    for j in range(start, min(len(toks) - 1, start + MAX_DATELINE_TOKENS)):
        tok = toks[j]
        if tok.text in HYPHENS or tok.text == "--":
            if j > start and tok.spaced and toks[j + 1].spaced and (capitals or paren):
                return j + 1
            return start
        if tok.text == "(":
            paren = True
        if tok.is_word and not tok.is_capitalised:
            return start
        if not (tok.is_word or tok.is_number or tok.text in _DATELINE_PUNCTUATION):
            return start
    return start


def looks_like_verb(doc: DocText, j: int, start: int, *, object_follows: bool = False) -> bool:
    """Return whether token ``j`` may be a verb: the tagger's verb or auxiliary, not a reporting cue.

    With ``object_follows`` (the figure is the word's bare object), a cue that reports words only
    with "that" or a colon (``that_verbs`` of ``reporting_verbs.toml``: "is demanding a 15% rise",
    "promised 300 million") is the verb of a deed, as the statements layer reads it too.
    """
    tok = doc.tokens[j]
    lists = lexicon().lists
    if not tok.is_word or (tok.is_capitalised and j != start):
        return False
    word = tok.lower
    if word in ("has", "have", "had"):
        return True  # possession: "has 600,000 troops"
    if word in lists["function_words"]:
        return False
    if tok.cue == REPORTING and not (object_follows and tok.lemma in _that_verbs()):
        return False
    return tok.pos in _VERB_POS


@functools.cache
def _that_verbs() -> frozenset[str]:
    """Return the lemmas of the verbs that report words only with "that" or a colon."""
    return frozenset(load_toml(REPORTING_DATA)["en"]["words"]["that_verbs"])


def _finite(doc: DocText, j: int, start: int) -> bool:
    """Return whether token ``j`` is a verb that can head a clause (an auxiliary counts)."""
    tok = doc.tokens[j]
    lists = lexicon().lists
    if tok.lower in lists["auxiliaries"] or tok.cue == REPORTING:
        return not tok.is_capitalised or j == start
    return looks_like_verb(doc, j, start)


def _relative_pronoun(doc: DocText, r: int, start: int) -> bool:
    """Return whether token ``r`` opens a relative clause: "which", "who", or "that" after a noun."""
    toks = doc.tokens
    lists = lexicon().lists
    word = toks[r].lower
    if word not in lists["relative_pronouns"]:
        return False
    if word != "that":
        return True
    if r == start:
        return False
    prev = toks[r - 1]
    # "said that", "so that", "agreed that": a complement, not a relative clause.
    return (
        prev.is_word
        and prev.lower not in lists["function_words"]
        and prev.cue != REPORTING
        and not looks_like_verb(doc, r - 1, start)
    )


def in_closed_relative_clause(doc: DocText, j: int, k: int, start: int) -> bool:
    """Return whether token ``j`` lies in a relative clause that closes before the figure at ``k``.

    "The cyclone that struck Ruritania on Sunday has killed 180 people": Sunday and Ruritania
    describe the cyclone, and the clause ends before "has killed". The clause must have its own
    verb before ``j`` and the main clause a verb between ``j`` and ``k``, so that "Ruritania, which
    since 2022 has fired 100 missiles" keeps its date.
    """
    if j >= k:
        return False
    lo = max(start, j - MAX_RELATIVE_CLAUSE_TOKENS)
    r = next((p for p in range(j - 1, lo - 1, -1) if _relative_pronoun(doc, p, start)), None)
    if r is None:
        return False
    own_verb = any(_finite(doc, p, start) for p in range(r + 1, j))
    main_verb = any(_finite(doc, p, start) for p in range(j + 1, k))
    return own_verb and main_verb


# "with 98% of polling stations counted": the words from "with" to the counting participle.
MAX_COUNTING_PHRASE_TOKENS = 10
_FULL_COUNT = 100


def _partial_count(doc: DocText, w: int, stop: int) -> bool:
    """Return whether "with" at ``w`` opens "with N% of … counted" for some N below 100."""
    toks = doc.tokens
    lists = lexicon().lists
    below_full = False
    for j in range(w + 1, min(stop, w + 1 + MAX_COUNTING_PHRASE_TOKENS)):
        tok = toks[j]
        if tok.text in ",;:":
            return False
        if tok.is_number and j + 1 < stop and toks[j + 1].lower in ("%", "percent", "per"):
            try:
                below_full = float(tok.text.replace(",", "")) < _FULL_COUNT
            except ValueError:
                return False
        if tok.lower in lists["counting_words"]:
            return below_full
    return False


def provisional(doc: DocText, start: int, stop: int) -> bool:
    """Return whether the sentence ``[start, stop)`` reports a count still under way (cached).

    "Preliminary results", "partial results" and "with 98% of polling stations counted" mark
    figures that change within a day (a vote count while counting): they never contradict.
    """
    if start not in doc.provisional_cache:
        toks = doc.tokens
        words = lexicon().words("provisional_words")
        doc.provisional_cache[start] = any(
            toks[j].lower in words or (toks[j].lower == "with" and _partial_count(doc, j, stop))
            for j in range(start, stop)
        )
    return doc.provisional_cache[start]


def statistic_release(doc: DocText, start: int, stop: int) -> bool:
    """Return whether the sentence ``[start, stop)`` is provisional only as a statistic's release.

    "Inflation slowed to 2.4% in October, according to preliminary data": every provisional word
    names a first release of statistics (``statistic_release_nouns``: "preliminary data",
    "provisional figures"), and nothing is being counted ("with 98% of polling stations
    counted", "preliminary results" of a vote are counts under way).
    """
    toks = doc.tokens
    words = lexicon().words("provisional_words")
    releases = lexicon().words("statistic_release_nouns")
    found = False
    for j in range(start, stop):
        if toks[j].lower == "with" and _partial_count(doc, j, stop):
            return False
        if toks[j].lower in words:
            if j + 1 >= stop or toks[j + 1].lower not in releases:
                return False
            found = True
    return found


# A participle phrase set off by commas after a subject ("About 350 firefighters, backed by 14
# helicopters and heavy equipment, were working …"): a short phrase, not another clause.
MAX_PARTICIPLE_PHRASE_TOKENS = 15
# The tagger's fine tags of a participle opening such a phrase, and of the finite verbs or modals
# that resume the subject's clause after it.
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
_RESUMING_TAGS = frozenset({"MD", "VBD", "VBP", "VBZ"})


def participle_phrase_end(doc: DocText, k: int, stop: int) -> int | None:
    """Return the token after the closing comma of a participle phrase opening at ``k``, if any.

    "About 350 firefighters, backed by 14 helicopters, were working on the fire on Monday": the
    phrase between the commas describes the subject, and the subject's own verb and date come
    after it. Only a phrase whose first word is a participle, that closes with a comma within
    MAX_PARTICIPLE_PHRASE_TOKENS tokens (no other clause punctuation inside) and is followed by a
    finite verb or a modal qualifies; anything else is left as a break (a miss, never a join).
    """
    toks = doc.tokens
    if k + 1 >= stop or toks[k].text != "," or toks[k + 1].tag not in _PARTICIPLE_TAGS:
        return None
    for c in range(k + 2, min(stop - 1, k + 1 + MAX_PARTICIPLE_PHRASE_TOKENS)):
        text = toks[c].text
        if text in ";:.!?()":
            return None
        if text == ",":
            return c + 1 if toks[c + 1].tag in _RESUMING_TAGS else None
    return None
