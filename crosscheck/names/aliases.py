"""Find the aliases a text defines for itself, with the defining phrase as evidence.

Recognised shapes (each general, none tied to a name):

- ``Full Name (ABBR)`` and ``the Full Name (ABBR) of Country``: the abbreviation must fit the full
  name by the Schwartz-Hearst test (its letters, in order, the first at a word start);
- ``ABBR (Full Name)``: the same test the other way round;
- ``X, also known as Y`` (also ``better known as``, ``aka``, ``(known as Y)``);
- ``Y, which <Proper noun> calls X`` and ``<Proper noun> calls it/them X``: the second leaves the
  target open (``target_start == -1``) for the caller to find among the preceding mentions.
"""

from __future__ import annotations

import re

from attrs import frozen

from crosscheck.names.text import RUN_CONNECTORS, TokenIndex, is_name_word

# Abbreviations are 2 to this many characters ("UN", "UNESCO", "INDOPACOM").
MAX_ABBREVIATION = 10
# Schwartz & Hearst (2003): the full name has at most min(|A| + 5, 2|A|) words.
SH_EXTRA_WORDS = 5
SH_WORD_FACTOR = 2
# How far before "(" to look for the start of the clause holding the full name.
CLAUSE_WINDOW = 200
# Names introduced by "known as" / "calls" are at most this many words.
MAX_NAME_WORDS = 6

_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
# Punctuation that ends a clause inside a sentence; sentence ends are the Doc's.
_CLAUSE_BREAK = re.compile(r"[,;:!?\n()\"“”]")
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_AKA = re.compile(
    r"(?:,[ \t]*|[ \t]+\([ \t]*)(?:also|better|otherwise|formerly)?[ \t]*(?:known[ \t]+as|a\.k\.a\.|aka)[ \t]+",
    re.IGNORECASE,
)
_CALLS = re.compile(
    r"(?P<rel>,?[ \t]*\b(?:which|that|what)[ \t]+)?"
    r"(?P<who>\b[A-Z](?:[\w'\u2019-]|\.(?=\w)){0,30}(?:[ \t][A-Z](?:[\w'\u2019-]|\.(?=\w)){0,30}){0,3})[ \t]+"
    r"(?:calls?|called|names?|named|refers?[ \t]+to[ \t]+as)[ \t]+"
    r"(?P<pronoun>(?:it|them)[ \t]+)?"
)
_QUOTED = re.compile(r"[\"“'\u2018]([^\"”'\u2019\n]{1,60})[\"”'\u2019]")
_ARTICLE = re.compile(r"\A(?:the|a|an)\s+", re.IGNORECASE)


@frozen
class Definition:
    """An alias the text introduces for a name, and the phrase that introduces it.

    ``alias`` is the new name (an abbreviation, or the X of "known as X"); ``target`` the name it
    stands for as the text gives it (for "Green Party (GP) of Canada": "Green Party of
    Canada"). ``target_start``/``target_end`` delimit the target in the text, -1 when the target is
    a pronoun to be resolved from the preceding mentions. ``start``/``end`` cover the whole
    defining phrase, the evidence.
    """

    alias: str
    alias_start: int
    alias_end: int
    target: str
    target_start: int
    target_end: int
    start: int
    end: int
    shape: str  # "abbreviation" | "expansion" | "aka" | "calls"
    by_start: int = -1  # for "calls": who calls it so ("Japan"); the caller checks it is a name
    by_end: int = -1

    @classmethod
    def target_first(
        cls,
        text: str,
        target: tuple[int, int],
        alias: tuple[int, int],
        shape: str,
        by: tuple[int, int] = (-1, -1),
    ) -> Definition:
        """Build a definition whose target precedes its alias ("X, also known as Y")."""
        (t_start, t_end), (a_start, a_end) = target, alias
        return cls(
            text[a_start:a_end],
            a_start,
            a_end,
            text[t_start:t_end],
            t_start,
            t_end,
            t_start,
            a_end,
            shape,
            *by,
        )


def best_long_form(short: str, long: str) -> int | None:
    """Return where in ``long`` the full name for abbreviation ``short`` starts, or None.

    The Schwartz-Hearst algorithm: match the abbreviation's letters right to left in the candidate,
    the first of them at the start of a word. Linear in ``len(short) + len(long)``.
    """
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


def translated_long_form(short: str, long: str) -> int | None:
    """Return where in ``long`` a translated full name for ``short`` starts, or None.

    A name translated into English keeps the acronym of its own language, its letters in
    another order: "Brazilian Socialist Party (PSB)", "Institutional Revolutionary Party (PRI)".
    The last ``len(short)`` words before the bracket must all be capitalised and their initials
    must be the acronym's letters, each used once, so no ordinary phrase passes by chance.
    """
    if not (short.isalpha() and short.isupper()):
        return None
    words = long.rstrip().split(" ")
    if len(words) < len(short):
        return None
    tail = words[-len(short) :]
    if not all(w[:1].isupper() and not _ARTICLE.match(f"{w} ") for w in tail):
        return None  # "The" opening a sentence is no word of the name
    if sorted(w[0] for w in tail) != sorted(short):
        return None
    return len(long.rstrip()) - len(" ".join(tail))


def _looks_abbreviation(word: str) -> bool:
    if not 2 <= len(word) <= MAX_ABBREVIATION or " " in word or not word[0].isalpha():
        return False
    if not word[0].isupper():
        return False
    capitals = sum(c.isupper() for c in word)
    # "GP", "UNESCO", "NoK" — or a single-capital house style ("Unesco") of 4+ letters.
    return capitals >= 2 or (len(word) >= 4 and word.isalpha())


def _clause_start(index: TokenIndex, end: int) -> int:
    text = index.text
    lo = max(0, end - CLAUSE_WINDOW, index.sentence_start(end - 1) if end else 0)
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, end):
        start = m.end()
    return start


def _trim_target(text: str, start: int, end: int) -> tuple[int, int] | None:
    phrase = text[start:end]
    article = _ARTICLE.match(phrase)
    if article:
        start += article.end()
    words = text[start:end].split()
    if len(words) < 2 or not words[0][0].isupper():
        return None
    return start, end


def _abbreviations(text: str, index: TokenIndex) -> list[Definition]:
    found: list[Definition] = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        inner_start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        open_at = m.start()
        before_end = open_at
        while before_end > 0 and text[before_end - 1] in " \t":
            before_end -= 1
        if _looks_abbreviation(inner):
            # Full Name (ABBR): the full name ends right before "(".
            clause = _clause_start(index, before_end)
            words = text[clause:before_end].split(" ")
            limit = min(len(inner) + SH_EXTRA_WORDS, SH_WORD_FACTOR * len(inner))
            window_start = before_end - len(" ".join(words[-limit:]))
            candidate = text[window_start:before_end]
            offset = best_long_form(inner, candidate)
            if offset is None:
                offset = translated_long_form(inner, candidate)
            if offset is None:
                continue
            span = _trim_target(text, window_start + offset, before_end)
            if span is None:
                continue
            t_start, t_end = span
            target = text[t_start:t_end]
            end = m.end()
            of = _OF_COUNTRY.match(text, m.end())
            if of:
                run = index.name_run_at(index.at(of.end()), 3)
                if run and run[0].start == of.end():
                    # "the Green Party (GP) of Canada": the country completes the name.
                    end = run[-1].end
                    target = f"{target} {text[m.end() : end].strip()}"
                    target = " ".join(target.split())
            found.append(
                Definition(
                    inner,
                    inner_start,
                    inner_start + len(inner),
                    target,
                    t_start,
                    end,
                    t_start,
                    end,
                    "abbreviation",
                )
            )
        elif len(inner.split()) >= 2 and inner[0].isupper():
            # ABBR (Full Name): the abbreviation is the word right before "(".
            i = index.before(before_end)
            if i < 0 or index.tokens[i].end != before_end:
                continue
            short = index.tokens[i]
            if not _looks_abbreviation(short.text) or (
                is_name_word(short.bare) and not short.text.isupper()
            ):
                continue
            offset = best_long_form(short.text, inner)
            if offset != 0:
                continue
            found.append(
                Definition(
                    short.text,
                    short.start,
                    short.end,
                    inner,
                    inner_start,
                    inner_start + len(inner),
                    short.start,
                    m.end(),
                    "expansion",
                )
            )
    return found


def _name_after(text: str, index: TokenIndex, at: int) -> tuple[int, int] | None:
    quoted = _QUOTED.match(text, at)
    if quoted:
        return quoted.start(1), quoted.end(1)
    run = index.name_run_at(index.at(at), MAX_NAME_WORDS)
    if not run or run[0].start != at:
        return None
    return run[0].start, run[-1].end


def _name_before(text: str, index: TokenIndex, end: int) -> tuple[int, int] | None:
    """Return the capitalised name ending at ``end``, connectors ("of", "the") allowed inside."""
    i = index.before(end)
    start = None
    stop = end
    words = 0
    while i >= 0 and words < MAX_NAME_WORDS:
        tok = index.tokens[i]
        if text[tok.end : stop].strip():
            break
        if is_name_word(tok.bare) or (tok.text.isupper() and len(tok.text) > 1):
            start = tok.start
        elif tok.text.lower() not in RUN_CONNECTORS or start is None:
            break
        stop = tok.start
        words += 1
        i -= 1
    if start is None:
        return None
    return start, end


def _known_as(text: str, index: TokenIndex) -> list[Definition]:
    found: list[Definition] = []
    for m in _AKA.finditer(text):
        target = _name_before(text, index, m.start())
        alias = _name_after(text, index, m.end())
        if target is None or alias is None:
            continue
        found.append(Definition.target_first(text, target, alias, "aka"))
    return found


def _calls(text: str, index: TokenIndex) -> list[Definition]:
    found: list[Definition] = []
    for m in _CALLS.finditer(text):
        alias = _name_after(text, index, m.end())
        if alias is None:
            continue
        a_start, a_end = alias
        target = _name_before(text, index, m.start()) if m.group("rel") else None
        if target is not None:
            by = (m.start("who"), m.end("who"))
            found.append(Definition.target_first(text, target, alias, "calls", by))
        elif m.group("rel") or m.group("pronoun"):
            # "<Country> calls them X", "the islets, which <Country> calls X": the target is the
            # thing named just before, which only the caller's mentions can tell.
            found.append(
                Definition(
                    text[a_start:a_end],
                    a_start,
                    a_end,
                    "",
                    -1,
                    -1,
                    m.start("who"),
                    a_end,
                    "calls",
                    m.start("who"),
                    m.end("who"),
                )
            )
    return found


def find_definitions(index: TokenIndex) -> list[Definition]:
    """Return every alias definition in a text, in text order.

    Args:
        index: the words of the annotated text (``TokenIndex.from_doc``).

    Returns:
        Definitions sorted by where their defining phrase starts.
    """
    text = index.text
    found = _abbreviations(text, index) + _known_as(text, index) + _calls(text, index)
    return sorted(found, key=lambda d: (d.start, d.end, d.alias))
