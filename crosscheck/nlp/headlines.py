"""Title-case headlines parsed in sentence case, the Doc keeping the text as written.

A headline that capitalises every word ("Actor Checks Into Clinic After Crash") misleads the small
model: it tags the verbs as proper nouns and finds names everywhere, so no event frame comes from
the one line every outlet writes about the story. Here such a line is parsed again with its
ordinary words in lower case ("Actor checks into clinic after crash"), and its tags, lemmas,
dependency parse and entities replace the first parse's. The Doc's words stay the text as written,
so every character offset holds.

Which words are ordinary is read from the article itself, then from the model's own word lists:

- a word the body writes capitalised inside a sentence ("Carro", "Regatta") is a name and keeps the
  body's spelling (an all-capitals headline's "HAWKS" becomes "Hawks");
- a word the body writes in lower case is an ordinary word;
- otherwise a stop word, or a word whose base form the lemmatizer's word lists know ("checks" ->
  "check"), is ordinary; any other word is kept as written (a name the body never repeats).
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from crosscheck.names.text import headline_spans, words_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# The lemmatizer's table of base forms by part of speech (spaCy's rule lemmatizer for English).
LEMMA_INDEX_TABLE = "lemma_index"
LEMMA_EXCEPTIONS_TABLE = "lemma_exc"
# Inflection endings stripped to find a base form the word lists know, with what replaces them
# ("leaves" -> "leave", "dies" -> "die", "carries" -> "carry", "charged" -> "charge").
_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("es", "e"),
    ("s", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
)
# Sentence-final or opening marks after which a capital says nothing about a name.
_OPENERS = frozenset({":", '"', "\u201c", "'", "\u2018", "(", "-", "\u2014", "\u2013"})


@functools.cache
def _known_words(nlp: Language) -> frozenset[str]:
    """Base forms and irregular forms the pipeline's lemmatizer knows, with its stop words."""
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(words)
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return frozenset(words)
    for table in (LEMMA_INDEX_TABLE, LEMMA_EXCEPTIONS_TABLE):
        if not lookups.has_table(table):
            continue
        found = lookups.get_table(table)
        for pos in ("noun", "verb", "adj", "adv"):
            forms = found.get(pos)
            if forms:
                words.update(str(w) for w in forms)  # an index lists, an exception table maps
    return frozenset(words)


def _ordinary(low: str, known: frozenset[str]) -> bool:
    """Return True if ``low`` or a base form of it is a word the model's lists know."""
    if low in known:
        return True
    return any(
        low.endswith(end) and len(low) > len(end) + 1 and low[: -len(end)] + base in known
        for end, base in _ENDINGS
    )


def _body_forms(
    doc: Doc, heads: list[tuple[int, int]], stop: frozenset[str]
) -> tuple[Counter[str], dict[str, str]]:
    """Count the body's lower-case words, and the spelling of each word it capitalises mid-sentence."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    k = 0
    for tok in doc:
        while k < len(heads) and heads[k][1] <= tok.idx:
            k += 1
        if (k < len(heads) and heads[k][0] <= tok.idx) or not tok.is_alpha:
            continue
        low = tok.lower_
        if tok.text == low:
            lower[low] += 1
            continue
        if not tok.is_sent_start and tok.i > 0 and doc[tok.i - 1].text not in _OPENERS:
            capital[low] += 1
        spelling.setdefault(low, tok.text)
    # A word capitalised only where a sentence starts ("Ines Carro left") is a name too when the
    # body never writes it in lower case and it is no stop word ("The", "But").
    names = {
        w: s
        for w, s in spelling.items()
        if capital[w] > lower[w] or (not lower[w] and w not in stop)
    }
    return lower, names


def _cased(tok: Token, lower: Counter[str], names: dict[str, str], known: frozenset[str]) -> str:
    """The word as a sentence would write it (the same length: only letters' case changes)."""
    text = tok.text
    if not tok.is_alpha or not text[0].isupper():
        return text
    low = tok.lower_
    if len(low) != len(text):
        return text  # a letter whose lower case is longer: leave the word as written
    if low in names:
        return names[low]
    if low in lower or _ordinary(low, known):
        return low
    # Neither: a name the body never repeats ("McCain" keeps its inner capital; "DUI" an acronym).
    return text


def _line_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range of a headline line when it holds whole sentences of the Doc, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first, stop = span.start, span.end
    if doc[first].idx < start or not doc[first].is_sent_start:
        return None
    if stop < len(doc) and not doc[stop].is_sent_start:
        return None
    return first, stop


def sentence_case(nlp: Language, doc: Doc) -> Doc:
    """Return ``doc`` with every title-case headline line parsed again in sentence case.

    The returned Doc has the same words and character offsets; it is ``doc`` itself when the text
    has no such line or no line holds whole sentences.
    """
    words = words_of(doc)
    flat = headline_spans(doc.text, words)
    heads = list(zip(flat[::2], flat[1::2], strict=True))
    ranges = [r for r in (_line_tokens(doc, s, e) for s, e in heads) if r is not None]
    if not ranges:
        return doc
    lower, names = _body_forms(doc, heads, frozenset(nlp.Defaults.stop_words))
    known = _known_words(nlp)
    replaced: dict[int, Token] = {}
    for first, stop in ranges:
        tokens = doc[first:stop]
        line = [_cased(t, lower, names, known) for t in tokens]
        if line == [t.text for t in tokens]:
            continue
        spaces = [bool(t.whitespace_) for t in tokens]
        sub = _parse_words(nlp, line, spaces)
        if sub is None:
            continue
        sub = _verbal_reading(nlp, line, spaces, sub) or sub
        for k, t in enumerate(sub):
            replaced[first + k] = t
    if not replaced:
        return doc
    return _merged(doc, replaced)


@functools.cache
def _verb_forms(nlp: Language) -> tuple[frozenset[str], dict[str, str]]:
    """The verbs the lemmatizer's word lists know, and a past form of each irregular one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(), {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return frozenset(), {}
    verbs: set[str] = set()
    if lookups.has_table(LEMMA_INDEX_TABLE):
        verbs.update(str(w) for w in lookups.get_table(LEMMA_INDEX_TABLE).get("verb") or ())
    past: dict[str, str] = {}
    if lookups.has_table(LEMMA_EXCEPTIONS_TABLE):
        forms = lookups.get_table(LEMMA_EXCEPTIONS_TABLE).get("verb") or {}
        # The shortest form that is no present participle ("shot" of "shoot"), sorted so that
        # the choice does not hang on the table's order.
        for form in sorted(forms, key=lambda f: (len(f), f)):
            if form.endswith("ing"):
                continue
            for lemma in forms[form]:
                if form != lemma:
                    past.setdefault(str(lemma), str(form))
    return frozenset(verbs | set(past)), past


def _past_form(base: str, irregular: dict[str, str]) -> str:
    """A past form of a verb ("check" -> "checked", "place" -> "placed", "shoot" -> "shot")."""
    if base in irregular:
        return irregular[base]
    if base.endswith("e"):
        return base + "d"
    if len(base) > 1 and base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


# Present-tense endings of a headline's verb and what replaces them ("checks" -> "check").
_PRESENT_ENDINGS = (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""))
# Tags and features of a present-tense third-person verb, given back to the word re-read.
_PRESENT_TAG = "VBZ"
NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})
_PRESENT_MORPH = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _verbal_reading(nlp: Language, line: list[str], spaces: list[bool], sub: Doc) -> Doc | None:
    """Return a parse of a headline with no verb in which its present-tense verb is one.

    "Vos Checks Into Hotel", "Woman Shoots Co-workers": headlines tell news in the present
    tense, and the small model reads "checks" after a name as a plural noun, leaving the line
    without a predicate. When the line has no verb and a noun after a name or noun is a verb's
    present form the word lists know (only the first such word), the line is parsed again with that word in the past
    tense ("checked"), which the model reads as the verb; the word keeps its present tag and
    lemma. Nothing changes when the new parse does not make it a verb.
    """
    if any(t.pos_ in ("VERB", "AUX") for t in sub):
        return None
    verbs, irregular = _verb_forms(nlp)
    for k, tok in enumerate(sub):
        # The model tags the word a plural or, as often, a singular noun ("shoots").
        if k == 0 or tok.tag_ not in NOUN_TAGS or sub[k - 1].pos_ not in ("PROPN", "NOUN"):
            continue
        low = line[k].lower()
        base = next(
            (
                low[: -len(end)] + rep
                for end, rep in _PRESENT_ENDINGS
                if low.endswith(end) and low[: -len(end)] + rep in verbs
            ),
            None,
        )
        if base is None:
            continue
        # Only the first such word: a later one ("Farmer Shoots Neighbours") is the object.
        again = _parse_words(nlp, [*line[:k], _past_form(base, irregular), *line[k + 1 :]], spaces)
        if again is None or again[k].pos_ != "VERB":
            return None
        again[k].tag_ = _PRESENT_TAG
        again[k].lemma_ = base
        again[k].set_morph(_PRESENT_MORPH)  # type: ignore[attr-defined]  # (not in the stubs)
        return again
    return None


def _parse_words(nlp: Language, words: list[str], spaces: list[bool]) -> Doc | None:
    """Run the pipeline after its tokenizer on these words (the tokenisation is the first parse's)."""
    from spacy.tokens import Doc

    sub = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:
        sub = proc(sub)
    return sub if len(sub) == len(words) else None


def _merged(doc: Doc, replaced: dict[int, Token]) -> Doc:
    """A new Doc with ``doc``'s words and annotations, those of ``replaced`` tokens taken from it."""
    from spacy.tokens import Doc, Span

    def pick(i: int) -> Token:
        return replaced.get(i, doc[i])

    def head(i: int) -> int:
        t = replaced.get(i)
        if t is None:
            return doc[i].head.i
        first = i - t.i  # where the replaced line starts in ``doc``
        return first + t.head.i

    tokens = list(range(len(doc)))
    ents: list[str] = []
    for i in tokens:
        t = pick(i)
        ents.append(f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O")
    _fix_iob(ents)
    new = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[pick(i).tag_ for i in tokens],
        pos=[pick(i).pos_ for i in tokens],
        morphs=[str(pick(i).morph) for i in tokens],
        lemmas=[pick(i).lemma_ for i in tokens],
        heads=[head(i) for i in tokens],
        deps=[pick(i).dep_ for i in tokens],
        ents=ents,
    )
    for key, group in doc.spans.items():
        new.spans[key] = [Span(new, s.start, s.end, label=s.label_) for s in group]
    return new


def _fix_iob(ents: list[str]) -> None:
    """An entity cut at a replaced line's edge starts again with B (spaCy refuses a lone I)."""
    prev = "O"
    for k, tag in enumerate(ents):
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            ents[k] = "B-" + tag[2:]
        prev = ents[k]
