"""The words around a number: what it counts, the verb, and who did it.

These are light, pattern-based readings of one sentence (no parser). Each either finds its piece
of context or returns ``None``; a missing piece only makes a subject key weaker, never wrong.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from attrs import frozen

from crosscheck.quantities._clauses import dateline_end, in_closed_relative_clause, looks_like_verb
from crosscheck.quantities._doc import HYPHENS, REPORTING, DocText, Phrase, Token
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._text import is_plural, singular, slug, stem

# A counted noun is at most this many words ("container shipping line" is 3): longer runs are
# clauses, not noun phrases.
MAX_NOUN_WORDS = 4
# How far back (in tokens) an agent may stand from its number, within the sentence.
MAX_AGENT_LOOKBACK = 40
# How many tokens (determiners, possessives, auxiliaries) may stand between a number and its verb.
MAX_VERB_GAP = 3
# Particles between a verb and its figure: "rose to 5%", "fell by 12%", "stood at $4 billion".
_PARTICLES = frozenset({"at", "by", "to"})
# The tagger's fine tags of comparatives ("higher", "lower", "more"), never a counted noun alone.
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _is_word_of_np(tok: Token) -> bool:
    lists = lexicon().lists
    return (
        tok.is_word
        and tok.lower not in lists["function_words"]
        and tok.bare not in lists["months"]
        and tok.lower not in lists["weekdays"]
        and not (tok.lower.endswith("ly") and len(tok.lower) > 4)
        and tok.lower not in lexicon().numbers  # "18.9% four years ago": a number, not a noun
    )


def _modifies_next(doc: DocText, word: str, j: int, stop: int) -> bool:
    """Return whether an invariant noun at the end of ``word`` modifies a plural noun at ``j``.

    "1,500 police officers", "300 staff members": the invariant noun is a modifier there.
    """
    if word not in lexicon().words("invariant_nouns") or j >= stop:
        return False
    nxt = doc.tokens[j]
    return _plural_common_noun(nxt) and nxt.lower not in lexicon().words("invariant_nouns")


def _name_modifies_next(doc: DocText, tok: Token, j: int, stop: int) -> bool:
    """Return whether a plural word of a name modifies a plural common noun at ``j``.

    "3,200 Harlow Rovers fans", "500 Kestria Hawks supporters": a team's name ends in a plural
    word, and the fans are what is counted (the name says whose they are).
    """
    if not tok.is_capitalised or j >= stop:
        return False
    nxt = doc.tokens[j]
    return _plural_common_noun(nxt) and not nxt.is_past_form and nxt.pos == "NOUN"


def _plural_common_noun(tok: Token) -> bool:
    """Return whether a word after a modifier may be the plural common noun it modifies."""
    return (
        _is_word_of_np(tok)
        and tok.spaced
        and not tok.is_capitalised
        and not tok.lower.endswith(("ed", "ing"))
        and is_plural(tok.lower)
    )


def _compound_end(tokens: Sequence[Token], j: int, stop: int) -> int:
    """Return the end of a hyphenated compound starting at ``j`` ("intelligence-sharing")."""
    end = j + 1
    while (
        end + 1 < stop
        and tokens[end].text in HYPHENS
        and not tokens[end].spaced
        and tokens[end + 1].is_word
        and not tokens[end + 1].spaced
    ):
        end += 2
    return end


def _adjective_like(word: str) -> bool:
    return word.endswith(tuple(lexicon().words("adjective_suffixes")))


def noun_phrase(doc: DocText, k: int, stop: int, *, plural: bool) -> Phrase | None:
    """Return the counted noun phrase starting at token ``k``.

    Args:
        doc: the document.
        k: the first token after the number (or unit).
        stop: the sentence end.
        plural: whether the head must be plural (a count above one); the phrase then ends at the
            first plural word.

    Returns:
        The phrase keyed by its modifiers and singular head ("field hospital"), or ``None``.
    """
    toks = doc.tokens
    words: list[tuple[int, int, str]] = []
    j = k
    while j < stop and len(words) < MAX_NOUN_WORDS:
        tok = toks[j]
        if not _is_word_of_np(tok) or tok.is_possessive:
            break
        end = _compound_end(toks, j, stop)
        word = "-".join(t.lower for t in toks[j:end:2])
        last = word.rsplit("-", 1)[-1]
        verb_like = last.endswith(("ed", "ing")) or toks[end - 1].is_past_form
        if words and verb_like and not is_plural(last):
            break  # a verb after the noun: "bases provided", "force deployed", "rule ended"
        if not plural and words and is_plural(last) and not _adjective_like(words[-1][2]):
            break  # "visit begins": a noun then a verb, not "military forces"
        words.append((j, end, word))
        j = end
        if (
            plural
            and is_plural(last)
            and not _modifies_next(doc, last, j, stop)
            and not _name_modifies_next(doc, tok, j, stop)
        ):
            break
    while words and toks[words[-1][0]].is_capitalised and not (plural and is_plural(words[-1][2])):
        words.pop()  # a name after the noun is not part of it ("troops Monday"), unlike "Ukrainians"
    if not words or all(toks[w[0]].tag in _COMPARATIVE_TAGS for w in words):
        return None  # "closed 27% higher": a comparative says which way, it is not what is counted
    head = words[-1][2]
    head_last = head.rsplit("-", 1)[-1]
    if plural and not is_plural(head_last):
        return None
    head_key = head[: len(head) - len(head_last)] + singular(head_last)
    if head_key in lexicon().words("stop_nouns") or head in lexicon().words("stop_nouns"):
        return None
    # A modifier that only says when or how the things were meant ("scheduled operations") does
    # not change what is counted: it is left out of the key, so two wordings meet.
    unkeyed = lexicon().words("unkeyed_modifiers")
    key = " ".join([w for _, _, w in words[:-1] if w not in unkeyed] + [head_key])
    first, end = words[0][0], words[-1][1]
    return Phrase(key, doc.phrase_text(first, end), first, end)


def noun_phrase_before(doc: DocText, k: int, start: int) -> Phrase | None:
    """Return the singular noun phrase ending just before token ``k`` ("military rule from ...")."""
    toks = doc.tokens
    j = k
    while j > start and k - j < MAX_NOUN_WORDS and _is_word_of_np(toks[j - 1]):
        word = toks[j - 1]
        if word.is_possessive or word.is_capitalised:
            break
        if j < k and (word.lower.endswith(("ed", "ing")) or word.is_past_form):
            break  # "reported revenue of": the verb is not part of the noun
        j -= 1
    if j == k:
        return None
    words = [t.lower for t in toks[j:k]]
    words[-1] = singular(words[-1])
    return Phrase(" ".join(words), doc.phrase_text(j, k), j, k)


def _is_name_word(tok: Token) -> bool:
    lists = lexicon().lists
    bare = tok.bare
    return (
        tok.is_word
        and tok.is_capitalised
        and bare not in lists["function_words"]
        and bare not in lists["months"]
        and bare not in lists["weekdays"]
        and bare not in lexicon().comparators
        and bare not in lexicon().numbers
        and bare not in lexicon().ordinals
    )


def name_key(doc: DocText, first: int, end: int) -> tuple[str, str]:
    last = doc.tokens[end - 1]
    # The name as written, without the possessive "'s" the tagger marked ("Spain's" -> "Spain").
    written = doc.text[doc.tokens[first].start : last.end - (2 if last.possessive else 0)]
    mention = doc.mention_at(doc.tokens[first].start, doc.tokens[end - 1].end)
    if mention is not None and mention.entity_id:
        return mention.entity_id, written
    honorifics = lexicon().words("honorifics")
    words = [t.bare for t in doc.tokens[first:end] if t.is_word and t.bare not in honorifics]
    return slug(" ".join(words)) or slug(written), written


def name_run_ending(doc: DocText, k: int, start: int) -> tuple[int, int] | None:
    """Return the token range of the capitalised name ending at token ``k``, if ``k`` is one.

    A lone common noun capitalised only because it opens a sentence ("Officials said", "Police
    arrested") is not a name unless the document writes it capitalised elsewhere too.
    """
    toks = doc.tokens
    if not _is_name_word(toks[k]):
        return None
    if (
        k in doc.initial
        and singular(toks[k].bare) in lexicon().words("generic_subjects")
        and toks[k].bare not in doc.capitalised_inside
        and (k + 1 >= len(toks) or not _is_name_word(toks[k + 1]))
        and doc.mention_at(toks[k].start, toks[k].end) is None
    ):
        return None
    j = k
    while j > start:
        prev = toks[j - 1]
        if _is_name_word(prev) and not prev.is_possessive:
            j -= 1
        elif (
            prev.text == "."
            and j - 2 >= start
            and _is_name_word(toks[j - 2])
            and (len(toks[j - 2].text) == 1 or toks[j - 2].lower in lexicon().words("honorifics"))
        ):
            j -= 2  # "U.S.", "Mr. Smith"
        else:
            break
    return j, k + 1


def nearest_name(doc: DocText, lo: int, hi: int) -> tuple[int, tuple[str, str]] | None:
    """Return the first token and ``(key, written)`` of the name ending last in tokens ``[lo, hi)``."""
    toks = doc.tokens
    if lo >= hi:
        return None
    mention = doc.mention_before(toks[lo].start, toks[hi - 1].end)
    j = hi - 1
    while j >= lo:
        run = name_run_ending(doc, j, lo)
        if run is not None:
            if mention is not None and mention.span.end > toks[run[1] - 1].end:
                break  # the resolved mention is nearer
            return run[0], name_key(doc, *run)
        j -= 1
    if mention is not None and mention.entity_id:
        first = bisect.bisect_right(doc.starts, mention.span.start) - 1
        return max(first, lo), (mention.entity_id, mention.text)
    return None


def agent_before(doc: DocText, k: int, start: int) -> tuple[str, str] | None:
    """Return ``(key, written)`` of the nearest named agent before token ``k`` in its sentence.

    The dateline's place ("OSLO —") and names inside a relative clause that closes before the
    figure ("the storm that hit Ruritania … has killed 180") are not agents of it, nor are names
    before a semicolon: "The union wants 15%; the government has offered 6%" gives the offer no
    owner, not the union.
    """
    lo = max(dateline_end(doc, start), k - MAX_AGENT_LOOKBACK)
    for j in range(k - 1, lo - 1, -1):
        if doc.tokens[j].text == ";":
            lo = j + 1  # another independent clause's names
            break
    hi = k
    while True:
        found = nearest_name(doc, lo, hi)
        if found is None:
            return None
        first, name = found
        if dated_occasion(doc, first, start):
            # "Crowds at last year's Vestby Regatta shrank, with 9,000 people turning up": the
            # name is of another occasion than the story's, and the figure is that occasion's.
            return None
        if not in_closed_relative_clause(doc, first, k, start):
            return _with_compound_partner(doc, first, lo, name)
        hi = first


def _with_compound_partner(
    doc: DocText, first: int, lo: int, name: tuple[str, str]
) -> tuple[str, str]:
    """Return a name joined with the one a hyphen ties it to ("the Oslo-to-Bergen ferry").

    The last name of "the Kelso-to-Marrow train" or "the Oslo-Bergen line" says which train or
    line with the name before it, not on its own: the owner is both, joined in key order as other
    joint owners are ("the treaty between A and B"). Anything else is left as it was.
    """
    toks = doc.tokens
    j = first - 1
    if j > lo and toks[j].text in HYPHENS:
        j -= 1
        if j - 1 > lo and toks[j].lower == "to" and toks[j - 1].text in HYPHENS:
            j -= 2  # "Kelso-to-Marrow"
        elif j > lo and toks[j].lower == "to":
            j -= 1
        found = nearest_name(doc, lo, j + 1) if name_run_ending(doc, j, lo) else None
        if found is not None:
            other = found[1]
            keys = sorted({other[0], name[0]})
            if len(keys) == 2:
                return "+".join(keys), f"{other[1]}-{name[1]}"
    return name


def dated_occasion(doc: DocText, first: int, start: int) -> bool:
    """Return whether the name at token ``first`` follows a possessive date ("last year's")."""
    j = first - 1
    return j >= start and doc.tokens[j].possessive and j in doc.excluded


def possessor_before(doc: DocText, k: int, start: int) -> tuple[str, str] | None:
    """Return the owner named just before token ``k``: "Spain's 40-year …", "its 1939-75 …"."""
    toks = doc.tokens
    j = k - 1
    while j >= start and toks[j].lower in ("a", "an", "the"):
        j -= 1
    if j < start:
        return None
    tok = toks[j]
    if tok.lower in lexicon().words("possessive_pronouns"):
        # "its" means the nearest owner named before it in the sentence.
        for p in range(j - 1, max(start, j - MAX_AGENT_LOOKBACK) - 1, -1):
            if toks[p].is_possessive and toks[p].is_capitalised:
                run = name_run_ending(doc, p, start)
                if run is not None:
                    return name_key(doc, *run)
        return None
    if tok.is_possessive and tok.is_capitalised:
        run = name_run_ending(doc, j, start)
        if run is not None:
            return name_key(doc, *run)
    return None


def mood_of(doc: DocText, lo: int, hi: int) -> str | None:
    lists = lexicon().lists
    words = {t.lower for t in doc.tokens[max(lo, 0) : hi]}
    if words & lists["negations"] or any(w.endswith(("n't", "n\u2019t")) for w in words):
        return "negated"
    if words & lists["irrealis"]:
        return "irrealis"
    return None


@frozen
class Verb:
    key: str
    written: str
    mood: str | None
    perfect: bool = False  # "has fired", "have joined": a running figure up to now


def perfect_in(doc: DocText, lo: int, hi: int) -> bool:
    """Return whether tokens ``[lo, hi)`` hold a present-perfect auxiliary ("has", "have")."""
    words = lexicon().words("perfect_auxiliaries")
    return any(t.lower in words for t in doc.tokens[max(lo, 0) : hi])


def verb_before(doc: DocText, k: int, start: int) -> Verb | None:
    """Return the verb whose object the quantity at token ``k`` is ("has fired more than 100")."""
    toks = doc.tokens
    j = k - 1
    determiners = lexicon().words("determiners")
    gap = 0
    while (
        j >= start
        and gap < MAX_VERB_GAP
        and (toks[j].lower in determiners or toks[j].is_possessive)
    ):
        j -= 1
        gap += 1
    particle = None
    if j > start and toks[j].lower in _PARTICLES and looks_like_verb(doc, j - 1, start):
        particle = toks[j].lower
        j -= 1  # "rose to 5%", "fell by 12%", "stood at $4 billion"
    if j < start or not looks_like_verb(doc, j, start, object_follows=particle is None):
        return None
    lo = j - MAX_VERB_GAP
    key = verb_key(toks[j].lemma or toks[j].lower, particle)
    return Verb(key, toks[j].text, mood_of(doc, lo, j), perfect_in(doc, max(lo, start), j))


def verb_key(word: str, particle: str | None = None) -> str:
    """Return the key of a verb: its stem, or its class for an amount verb ("stood at" -> total).

    ``word`` is the lemmatiser's lemma ("took" -> take), so that the stem only folds regular
    endings together.
    """
    key = stem(word)
    classes = _amount_verbs()
    return (particle and classes.get(f"{key} {particle}")) or classes.get(key) or key


def change_verb(doc: DocText, first: int, end: int, stop: int, verb: Verb | None) -> Verb | None:
    """Return the verb of a change in percent keyed by its direction ("jumped 27%" -> rise).

    The word beside the figure decides first ("closed 27% higher", "ended down 3%"), else the
    verb's lemma ("slipped 6%"); with neither, the verb is returned as it was.

    Args:
        doc: the document.
        first: the figure's first token.
        end: the token after the figure and its percent word.
        stop: the sentence end.
        verb: the verb found for the figure, if any.
    """
    toks = doc.tokens
    table = lexicon().change_directions
    for k in (end, first - 1):
        if 0 <= k < stop and toks[k].is_word and table.get(toks[k].lower):
            written = verb.written if verb is not None else toks[k].text
            mood = verb.mood if verb is not None else mood_of(doc, first - MAX_VERB_GAP, first)
            perfect = verb.perfect if verb is not None else False
            return Verb(table[toks[k].lower], written, mood, perfect)
    if verb is None:
        return None
    direction = _change_stems().get(verb.key)
    return Verb(direction, verb.written, verb.mood, verb.perfect) if direction else verb


@functools.cache
def _change_stems() -> dict[str, str]:
    """Return the change directions keyed as verbs are (by stem): "jump" -> rise."""
    return {stem(word): way for word, way in lexicon().change_directions.items()}


def is_amount_verb(verb: Verb) -> bool:
    """Return whether a verb states an amount ("totalled", "stood at", "reached")."""
    return verb.key in lexicon().amount_verbs.values()


@functools.cache
def _amount_verbs() -> dict[str, str]:
    """Return the amount-verb classes keyed by verb stem (and particle): "stand at", "reach"."""
    out: dict[str, str] = {}
    for phrase, cls in lexicon().amount_verbs.items():
        verb, *particle = phrase.split()
        out[" ".join([stem(verb), *particle])] = cls
    return out


def verb_after(doc: DocText, k: int, start: int, stop: int, *, plural: bool = False) -> Verb | None:
    """Return the verb the quantity ending before token ``k`` is the subject of ("bases provided").

    Only a word that looks like a verb counts ("two people familiar with" has none). After a plural
    subject a present-tense "-s" form cannot be its verb ("police officers" is a noun phrase).
    """
    toks = doc.tokens
    lists = lexicon().lists
    skip = lists["auxiliaries"] | lists["negations"]
    j = k
    while (
        j < stop
        and j - k < MAX_VERB_GAP
        and (toks[j].lower in skip or (toks[j].lower.endswith("ly") and toks[j].is_word))
    ):
        j += 1
    if j >= stop:
        return None
    tok = toks[j]
    if not tok.is_word or tok.is_capitalised or tok.lower in lists["function_words"]:
        return None
    if tok.cue == REPORTING or not looks_like_verb(doc, j, start):
        return None
    word = tok.lower
    helped = j > k  # after an auxiliary any form is a verb: "were killed", "have risen"
    if (
        plural
        and not helped
        and word.endswith("s")
        and word not in lists["auxiliaries"]
        and not word.endswith(("ed", "ing", "en"))
    ):
        return None
    return Verb(verb_key(tok.lemma or word), tok.text, mood_of(doc, k, j), perfect_in(doc, k, j))


# How many tokens may stand between an amount's subject and its verb ("Trade between the two
# countries stood at"): a short prepositional phrase, not a clause.
MAX_SUBJECT_GAP = 10
# Prepositions that may follow an amount's subject noun before its verb.
_SUBJECT_PREPOSITIONS = frozenset({"between", "from", "in", "of", "with"})


def amount_subject(doc: DocText, first: int, start: int) -> Phrase | None:
    """Return the noun an amount verb's figure measures: "Exports totalled $3 billion" -> export.

    The subject is the noun phrase opening the clause, right before the verb (after auxiliaries)
    or before a short prepositional phrase ("Trade between the two countries stood at $4 billion").
    Adjectives are dropped ("bilateral trade" is trade) so that outlets' subjects key alike.
    """
    toks = doc.tokens
    lists = lexicon().lists
    j = first - 1
    while j > start and (toks[j].lower in lists["determiners"] or toks[j].lower in _PARTICLES):
        j -= 1
    v = j  # the verb
    j -= 1
    while j >= start and toks[j].lower in lists["auxiliaries"]:
        j -= 1
    s0 = dateline_end(doc, start)
    while s0 < j and toks[s0].lower in lists["determiners"]:
        s0 += 1  # "The trade between ...": the subject starts after its determiner
    words: list[int] = []
    k = j
    while k >= s0 and len(words) < MAX_NOUN_WORDS and _subject_word(doc, k, s0):
        words.insert(0, k)
        k -= 1
    # The subject opens the sentence, follows a fronted phrase's comma ("In 2022, exports …") or
    # its owner ("Acme's revenue").
    opens = k < s0 or toks[k].text == "," or (toks[k].is_possessive and toks[k].is_capitalised)
    if not words or not opens:
        # Not the clause's opening words: try the opening noun phrase before a preposition.
        words = []
        k = s0
        while k < j and len(words) < MAX_NOUN_WORDS and _subject_word(doc, k, s0):
            words.append(k)
            k += 1
        gap = toks[k:v] if words else ()
        if (
            not words
            or k >= len(toks)
            or toks[k].lower not in _SUBJECT_PREPOSITIONS
            or v - k > MAX_SUBJECT_GAP
            or any(not t.is_word and not t.is_number for t in gap)
        ):
            return None
    kept = [toks[i].lower for i in words[:-1] if not _adjective_like(toks[i].lower)]
    head = singular(toks[words[-1]].lower)
    if head in lexicon().words("stop_nouns"):
        return None
    return Phrase(" ".join([*kept, head]), doc.phrase_text(words[0], words[-1] + 1), words[0], v)


def _subject_word(doc: DocText, k: int, s0: int) -> bool:
    """Return whether token ``k`` may be a word of a clause-opening subject noun phrase."""
    tok = doc.tokens[k]
    if not _is_word_of_np(tok) or tok.is_possessive:
        return False
    if tok.lower in lexicon().words("determiners") or tok.lower.endswith(("ed", "ing")):
        return False
    if tok.is_capitalised:
        # Only the sentence's first word is capitalised by position; a mention is a name.
        return k == s0 and doc.mention_at(tok.start, tok.end) is None
    return True
