"""Read who a quote or a reported clause belongs to from the dependency parse.

The speaker of a statement is the subject (``nsubj``) of the verb that governs it: a quote or a
clause reaches its verb by climbing heads through complements (``ccomp``, ``xcomp``, ``oprd``,
``dobj``), prepositions and coordination, whatever the word order news English chose:

- ``"...," said Paul Lee`` and ``Paul Lee said "..."``: the quote's root is a ``ccomp`` of "said";
- ``..., calling the plan "unnecessary"``: the participle (``advcl``) has no subject of its own,
  so the main clause's subject speaks;
- ``according to X, ...``: X is the object of "to" under "according".

The subject phrase is the subject token with its left modifiers (determiners, compounds, titles);
what stands beside it — an appositive (``Ana Diaz, chief executive of Northwind, said``) or the
title and organisation before a name (``ABC Entertainment Group president Paul Lee``) — is kept
apart as the speaker's title and organisation, never as the name. Every climb is bounded, so a
sentence is read in time linear in its length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

from crosscheck.nlp.quotes import Quote, inner_tokens, nickname_inside_name, word_beside
from crosscheck.nlp.tree import WH_TAGS
from crosscheck.statements.lexicon import Lexicon
from crosscheck.statements.phrases import Phrase, SentenceView, VerbHit
from crosscheck.statements.speakers import PERSON_ENTITY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A quote or clause reaches its verb within this many heads ("said" <- "calling" <- "it" <- ...).
MAX_CLIMB = 8
# A participle or coordinated verb borrows the subject of the verb it hangs on, this many levels up.
MAX_SUBJECT_HOPS = 3
# How far before a quote a marker of a label ("so-called") is looked for.
SCARE_MARKER_CHARS = 24
# How quoted words hang on the noun they label ("the 'historic' deal").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# A title in quotation marks ("Long Roads Home") is a short run of capitalised words.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 8
_SENTENCE_PUNCT = frozenset({".", "!", "?", ",", ";", ":"})
# Reported speech shorter than this ("he said so") carries nothing to compare.
MIN_CLAUSE_WORDS = 3
# A clause around a quote is context only with this many words outside the marks ("said that"
# and the quote is the quote alone; "said the talks had been '...'" is a clause).
MIN_UNQUOTED_WORDS = 2
# Labels a quote climbs through to its verb: complements, objects, prepositions, coordination.
_CLIMB = frozenset(
    {
        "acomp",
        "advcl",
        "advmod",
        # quoted words as a passive's agent ("was used by 'everyone in the street'") are part
        # of the clause they stand in
        "agent",
        "amod",
        "appos",
        "attr",
        "cc",
        "ccomp",
        "compound",
        "conj",
        "dep",
        "dobj",
        "npadvmod",
        "nmod",
        "oprd",
        "parataxis",
        "pobj",
        "prep",
        "punct",
        "xcomp",
    }
)
# A quote inside a subject, a relative clause or a noun's modifier clause ("a plan dubbed 'X'",
# "the 'deal' collapsed") is no statement of any verb above it.
_STOP = frozenset({"acl", "csubj", "nsubj", "nsubjpass", "relcl"})
# Labels of a participle or coordinated verb, whose speaker is its head's subject.
_BORROWS_SUBJECT = frozenset({"advcl", "conj", "xcomp"})
# Left modifiers of a subject that belong to its phrase (an appositive or clause does not).
_PHRASE_DEPS = frozenset({"amod", "compound", "det", "nmod", "nummod", "poss", "case", "prep"})
# Prepositions that name the body a title is held in ("chief executive of X", "spokesman for X").
_ORG_PREPOSITIONS = frozenset({"at", "for", "of"})
# Entity labels that make a modifier of a title an organisation ("ABC Entertainment Group president").
_ORG_ENTITIES = frozenset({"NORP", "ORG"})
# Entity labels of a subject that can speak.
_SPEAKING_ENTITIES = frozenset({"NORP", "ORG", PERSON_ENTITY})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_SUBJECTS = frozenset({"csubj", "expl", "nsubj", "nsubjpass"})
# The fine tag of the infinitive marker "to" (a plan to speak is not speech).
_INFINITIVE_TO = "TO"
# Tags of a finite verb or auxiliary: a clause with one states something.
_FINITE_TAGS = frozenset({"MD", "VBD", "VBP", "VBZ"})
# The bare verb of a subjunctive ("urged that he resign").
_BARE_VERB = "VB"
# An indirect question opens with a wh-word or "whether"/"if": it reports no claim.
_QUESTION_MARKS = frozenset({"if", "whether"})
_VERBS = frozenset({"VERB", "AUX"})
_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
# Coordinated speakers are one phrase ("Anna Berg and Tomas Lind said").
_COORDINATION = frozenset({"cc", "conj"})
_PROPER = "PROPN"
# What the parser calls the subject after an inverted verb, and the words that can be one.
_INVERTED_DEPS = frozenset({"attr", "dobj", "npadvmod"})
_NOMINALS = frozenset({"NOUN", "PROPN"})
_POSSESSIVE_PRONOUN = "PRP$"
_OF = "of"
_BY = "by"
_AS = "as"
# The tag of a gerund ("by saying").
_GERUND = "VBG"
_WITHOUT = "without"
# How a quote hangs on a speech noun ("the claim that '...'", "his claim: '...'").
_OWNED = frozenset({"acl", "appos", "ccomp"})
# What follows a subject without being its name: a clause about it ("The Post, which ...").
_SET_OFF = frozenset({"acl", "relcl"})
# A verb with one of these has words of its own: it attributes nothing around it.
_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp"})
_PARATAXIS = "parataxis"
# How a speaker announced by the line before a quote without a verb of saying that governs it
# ("X had advice for them:", "X spoke to the crowd.") was read: a weaker reading.
COLON_LINE = "colon-line"
# A next sentence is only an attribution ("Diaz asked.") when it is this short.
BARE_ATTRIBUTION_MAX_TOKENS = 10


@frozen
class ParsedSpeaker:
    """A speaker read from the parse: the name phrase, its verb, and what stands beside the name."""

    phrase: Phrase
    verb: VerbHit | None
    how: str  # parse | according | owner | next-sentence | previous-line | colon-line
    title: str | None = None
    organization: str | None = None


@frozen
class ParsedClause:
    """A reported clause: its words (a phrase of the view) and who reported it."""

    body: Phrase
    speaker: ParsedSpeaker
    # the words after a parenthetical attribution ("The deal, she said, | is off")
    rest: Phrase | None = None


def quote_speaker(view: SentenceView, quotes: list[Quote]) -> ParsedSpeaker | None:
    """Return the speaker of a quote (one or several pieces of one statement) from the parse.

    Args:
        view: the sentence the quote starts in.
        quotes: the pieces of the quote.

    Returns:
        The subject of the reporting verb the quote is a complement of, or None.
    """
    inside = [
        t for t in view.doc_tokens if any(q.inner_start <= t.idx < q.inner_end for q in quotes)
    ]
    marks = {t.i for t in view.doc_tokens if any(q.start <= t.idx < q.end for q in quotes)}
    words = {t.i for t in inside}
    for token in inside:
        if token.is_punct or (token.head.i in marks and token.head.i != token.i):
            continue  # only the quote's word roots lead out of it
        found = _climb(view, token, marks, words)
        if found is not None:
            return found
    return _leading_verb(view, inside, words | marks)


def _leading_verb(
    view: SentenceView, inside: list[Token], quoted: set[int]
) -> ParsedSpeaker | None:
    """Return the speaker of a reporting verb the parser hung below the quote or the clause it
    stands in rather than above it: in "X tweeted: '..., thank you all'" it may make "tweeted" a
    complement of "thank", and in "The ruling, X said, was 'a travesty'" "said" is a parenthetical
    of "was". The verb stands outside the marks, has no clause of its own, and hangs on a quoted
    word or on a head the quote climbs to."""
    if not inside:
        return None
    path = set(quoted)
    t = next((w for w in inside if not w.is_punct), inside[0])
    for _ in range(MAX_CLIMB):
        path.add(t.i)
        if t.head.i == t.i or t.dep_ in _STOP:
            break
        t = t.head
    for token in view.doc_tokens:
        if (
            token.i not in quoted
            and token.head.i in path
            and token.dep_ in ("ccomp", "parataxis")
            and _reporting(view, token)
            and not any(c.dep_ in _COMPLEMENTS for c in token.children)
        ):
            return _speaker_of(view, token, "parse")
    return None


def is_title(view: SentenceView, quotes: list[Quote]) -> bool:
    """Return whether a quote is a title ("the film 'Long Roads Home'"): a short run of
    capitalised words (function words aside) with no sentence punctuation inside, that is the
    name of something rather than a remark."""
    words = [
        t
        for t in view.doc_tokens
        if any(q.inner_start <= t.idx < q.inner_end for q in quotes) and not t.is_space
    ]
    if not words or len(words) > TITLE_MAX_WORDS or len(quotes) > 1:
        return False
    if any(t.text in _SENTENCE_PUNCT for t in words) or not words[0].text[:1].isupper():
        return False
    content = [t for t in words if t.is_alpha and not t.is_stop]
    return len(content) >= TITLE_MIN_WORDS and all(t.text[:1].isupper() for t in content)


def names_something(doc: Doc, quote: Quote, lex: Lexicon) -> bool:
    """Return whether a quote names something rather than reports words: a nickname set inside
    a name (``Anthony "Fat Tony" Salerno``), a title (``the sequel 'X-Men: First Class'``), or a
    verbless phrase that names the noun before it (``a law 'On political parties'``).

    Such a quote is no statement, and a clause around it is read as if it had no marks.
    """
    inside = inner_tokens(doc, quote)
    if not inside or len(inside) > TITLE_MAX_WORDS or not quote.closed:
        return False
    first, last = inside[0], inside[-1]
    before = word_beside(doc, first.i, -1, quote.start)
    after = word_beside(doc, last.i, 1, quote.end)
    if _marked_as_name(doc, quote, lex):
        return True  # "the so-called 'peace dividend'"
    if any(t.pos_ in _VERBS for t in inside):
        return False
    if nickname_inside_name(doc, quote, TITLE_MAX_WORDS):
        return True  # a nickname inside a name (the names layer reads it as an alias)
    if after is not None and _modifies(inside, after):
        return True  # "the 'fair and final' offer": a label set on the noun, no remark
    words = inside[:-1] if last.is_punct else inside
    if any(t.text in _SENTENCE_PUNCT and t.text != ":" for t in words):
        return False
    content = [t for t in words if t.is_alpha and not t.is_stop]
    if (
        words
        and words[0].text[:1].isupper()
        and len(content) >= TITLE_MIN_WORDS
        and all(t.text[:1].isupper() for t in content)
    ):
        return True  # a capitalised run with no verb: a title
    # a phrase in apposition to the common noun just before it: what the thing is called
    return (
        before is not None
        and before.pos_ == "NOUN"
        and first.head.i == before.i
        and not _judged_object(before, first, lex)
    )


def _judged_object(noun: Token, first: Token, lex: Lexicon) -> bool:
    """Return whether quoted adjectives after a reporting verb's object are what the speaker
    called it ("calling the plan 'unnecessary and costly'"), which the parser may hang on the
    object as its modifier: a judgement in the subject's words, not the object's name."""
    return (
        first.pos_ == "ADJ"
        and noun.dep_ == "dobj"
        and noun.head.pos_ in _VERBS
        and noun.head.lemma_.lower() in lex.base_forms
    )


def _marked_as_name(doc: Doc, quote: Quote, lex: Lexicon) -> bool:
    """Return whether the words just before a quote mark it as a name or label ("so-called")."""
    before = doc.text[max(0, quote.start - SCARE_MARKER_CHARS) : quote.start].rstrip().lower()
    return any(
        before.endswith(marker) and not before[-len(marker) - 1 : -len(marker)].isalnum()
        for marker in lex.words.get("scare_markers", ())
    )


def _modifies(inside: list[Token], noun: Token) -> bool:
    """Return whether the quoted words are a modifier of the noun right after the quote: their
    roots (the words whose head lies outside) all hang on it as adjective or compound."""
    ids = {t.i for t in inside}
    roots = [t for t in inside if not t.is_punct and t.head.i not in ids]
    return (
        noun.pos_ in _NOMINALS
        and bool(roots)
        and all(r.head.i == noun.i and r.dep_ in _MODIFIER_DEPS for r in roots)
    )


def reported_clauses(view: SentenceView) -> tuple[list[ParsedClause], bool]:
    """Return the reported clauses of a sentence: the ``ccomp`` of each reporting verb with a subject.

    A negated verb ("have not said who ...") and an infinitive ("declined to say ...") report
    nothing; nor does an indirect question ("asked whether ..."); a clause shorter than
    ``MIN_CLAUSE_WORDS`` words carries nothing to compare.

    Returns:
        The clauses, and whether the parse read any reporting verb with a clause (then what it
        rejected is rejected, not left to another reader).
    """
    out: list[ParsedClause] = []
    judged = False
    for verb in view.doc_tokens:
        if _reporting(view, verb) and any(c.dep_ == "ccomp" for c in verb.children):
            judged = True
        if not _reporting(view, verb) or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == _INFINITIVE_TO) for c in verb.children
        ):
            continue
        pieces = _parenthetical(view, verb)
        if pieces is not None:
            speaker = _speaker_of(view, verb, "parse")
            if speaker is not None:
                judged = True
                out.append(ParsedClause(pieces[0], speaker, pieces[1] if len(pieces) > 1 else None))
            continue
        clauses = (
            [c for c in verb.children if c.dep_ == "ccomp"]
            or _adjunct_clause(verb)
            or _audience_clause(verb)
        )
        if not clauses:
            obj = _phrasal_object(view, verb)
            speaker = _speaker_of(view, verb, "parse") if obj is not None else None
            body = _clause_phrase(view, obj, obj.left_edge.i) if obj is not None else None
            if speaker is not None and body is not None:
                judged = True
                out.append(ParsedClause(body, speaker))
            continue
        # a clause after the verb is its own ("The strike ended, X said the deal was fair")
        clause = next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
        if (
            clause is None
            or _question(clause)
            or _asks(view, verb)
            or not (verb.lemma_.lower() in view.lex.base_forms or _finite(clause))
            or _run_on_after_object(view, verb, clause)
        ):
            continue
        speaker = _speaker_of(view, verb, "parse")
        if speaker is None:
            continue
        first = clause.left_edge.i
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
        if obj is not None and not any(c.dep_ in _SUBJECTS for c in clause.children):
            first = (
                obj.left_edge.i
            )  # "warned the bill would raise prices": the object is its subject
        body = _clause_phrase(view, clause, first, stop=_nested_attribution(view, clause))
        if body is not None:
            out.append(ParsedClause(body, speaker))
    return out, judged


def in_reported_clause(view: SentenceView, tokens: list[Token]) -> bool:
    """Return whether words lie inside the complement clause of a reporting verb: in "He noted
    that a 'substantial part' of its terms ..." the quoted phrase is part of what he noted."""
    for token in tokens:
        t = token
        for _ in range(MAX_CLIMB):
            if t.head.i == t.i:
                break
            if t.dep_ == "ccomp" and _reporting(view, t.head):
                return True
            t = t.head
    return False


def _asks(view: SentenceView, verb: Token) -> bool:
    """Return whether a reporting verb is asked about, not reported: in "Do you think the coach
    will stay?" an auxiliary comes before the subject and the sentence ends in a question mark;
    nobody is said to think anything. The mark may be lost to a sentence split inside a title
    ("... a great Doctor | Who?"), so an auxiliary opening the sentence marks the question too."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    first = view.doc_tokens[0]
    asked = view.doc_tokens[-1].text == "?"
    return any(
        c.dep_ == "aux" and c.i < subject.i and (asked or c.i == first.i) for c in verb.children
    )


def _finite(clause: Token) -> bool:
    """Return whether a complement is a finite clause, what a source can be reported to hold:
    "wanted her dead", "found the door open", "believes him innocent" hang a verbless or
    participle phrase on the verb, which states no proposition of the source's. A subjunctive
    after "that" ("urged that he resign") and an infinitive clause ("wants the quota to be
    raised") count as clauses. Read for source verbs only: the
    clause of a verb of saying is a clause even where the tagger takes its past tense for a
    participle ("the quake injured 200, said X")."""
    if clause.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE_TAGS, _INFINITIVE_TO)
        for c in clause.children
    ):
        return True  # "wants the quota to be raised": an infinitive with a subject of its own
    return clause.tag_ == _BARE_VERB and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )


def _run_on_after_object(view: SentenceView, verb: Token, clause: Token) -> bool:
    """Return whether a source verb's "clause" is a sentence run on after its object: in "fans
    will remember the actors who played him, his name will join the list" the parser hangs the
    clause after the comma on "remember", whose object is the actors. A verb of saying may
    have its audience as object ("assured the public the water was safe"); a source verb
    (find, remember, show ...) with an object and a comma before a clause with its own subject
    has no clause of its own."""
    if verb.lemma_.lower() in view.lex.base_forms:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    # the clause's first word (the parser may hang the comma before it on the clause)
    first = next(t for t in clause.subtree if not t.is_punct or t.i == clause.i)
    return (
        obj is not None
        and first.i > 0
        and first.doc[first.i - 1].text == ","
        and any(c.dep_ in _SUBJECTS for c in clause.children)
    )


def _nested_attribution(view: SentenceView, clause: Token) -> int | None:
    """Return where a reported clause stops before an attribution of another source hung on it:
    in "X said his client had a gun, while autopsy results concluded that ..." the parser makes
    "concluded" an adverbial clause of "had", but its subject holds its own clause, which the
    writer sets beside X's words rather than inside them. An adverbial or coordinated reporting
    verb after the clause's root, with a clause of its own and a subject named by a noun, ends
    the clause; a pronoun subject ("he fired when he thought he saw ...") is the reported
    speaker's own thought, part of the words."""
    for c in clause.children:
        if (
            c.dep_ in ("advcl", "conj")
            and c.i > clause.i
            and _reporting(view, c)
            and any(s.dep_ == "nsubj" and s.pos_ in _NOMINALS for s in c.children)
            and any(s.dep_ == "ccomp" for s in c.children)
            # "concluded that ... but that X wanted ...": a second "that" clause of the same
            # verb, inside the words
            and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ):
            return c.left_edge.i
    return None


def _phrasal_object(view: SentenceView, verb: Token) -> Token | None:
    """Return what a phrasal reporting verb asks for: the object of its particle in "called for
    dialogue with the North" (the lexicon lists the verb with its particle)."""
    for c in verb.children:
        if (
            c.dep_ == "prep"
            and c.i == verb.i + 1
            and (verb.lower_, c.lower_) in view.lex.phrase_forms
        ):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _adjunct_clause(verb: Token) -> list[Token]:
    """Return a "that" clause the parser hung on a noun of the verb's adjunct: in "recommends in
    its advisory that users apply the patch" it may make the clause a modifier of "advisory".
    Only a clause opened by the conjunction "that" with a subject of its own counts (a relative
    clause's "that" is a pronoun, tagged as such)."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            out.extend(
                c
                for c in obj.children
                if c.dep_ == "acl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and any(m.dep_ in _SUBJECTS for m in c.children)
            )
    return out[:1]


def _audience_clause(verb: Token) -> list[Token]:
    """Return a clause the parser took for a relative clause of the verb's object: in "told
    officers he had not been drinking" it may hang "drinking" on "officers" as a relative clause
    with no relative word. A clause right after the object's head word, opened by a subject of
    its own that is no relative pronoun, is what was told."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        for c in obj.children:
            first = c.left_edge
            if (
                c.dep_ == "relcl"
                and first.i == obj.i + 1
                and first.dep_ in _SUBJECTS
                and first.head.i == c.i
                and first.tag_ not in WH_TAGS
            ):
                return [c]
    return []


def _question(clause: Token) -> bool:
    """Return whether a clause is an indirect question ("whether talks resume", "who did it")."""
    first = clause.left_edge
    return first.tag_ in WH_TAGS or any(
        c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children
    )


def quoted_clause(view: SentenceView, verb: VerbHit, quotes: list[Quote]) -> tuple[int, int] | None:
    """Return the reported clause a quote stands in, as context for its words: in "X said the
    talks had been 'very productive' for both sides" the clause of "said" that holds the quote,
    as character offsets.

    Only a clause after its verb, holding every piece of the quote and no other quote, with at
    least ``MIN_UNQUOTED_WORDS`` words outside the marks (``X said that "..."`` is the quote
    alone); the clause runs to the closing mark of the quote's last piece.
    """
    token = next((t for t in view.doc_tokens if t.i == view.tokens[verb.first].i), None)
    if token is None:
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None:
        obj = _phrasal_object(view, token)  # "called for talks 'without conditions'"
        clause = obj if obj is not None and obj.i > token.i else None
    if clause is None:
        return None
    body = _clause_phrase(view, clause, clause.left_edge.i, quoted=True)
    if body is None or body.first <= verb.last:
        return None
    start, end = view.span(body)
    inside = [q for q in view.quotes if q.inner_start < end and q.inner_end > start]
    if not inside or any(q not in quotes for q in inside) or any(q not in inside for q in quotes):
        return None
    unquoted = sum(
        1 for w in range(body.first, body.last + 1) if not view.quoted[w] and view.tokens[w].is_word
    )
    if unquoted < MIN_UNQUOTED_WORDS:
        return None
    last = quotes[-1]
    return start, max(end, last.end if last.closed else last.inner_end)


def _clause_phrase(
    view: SentenceView,
    clause: Token,
    first: int,
    *,
    quoted: bool = False,
    stop: int | None = None,
) -> Phrase | None:
    doc = clause.doc
    end = clause.right_edge.i + 1 if stop is None else min(stop, clause.right_edge.i + 1)
    tokens = [
        t
        for t in doc[min(first, clause.left_edge.i) : end]
        if not (t.dep_ == "mark" and t.head.i == clause.i)
    ]
    # a wire dateline ("OSLO, June 2 (Wire) —") has no verb: the clause starts after its dash
    for k, t in enumerate(tokens):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.text in _DASHES:
            tokens = tokens[k + 1 :]
            break
    words = sorted({w for t in tokens if (w := view.word_of(t)) is not None})
    while words and (not view.tokens[words[0]].is_word or view.tokens[words[0]].low == "that"):
        words.pop(0)
    while words and not view.tokens[words[-1]].is_word:
        words.pop()
    if sum(1 for w in words if view.tokens[w].is_word) < MIN_CLAUSE_WORDS:
        return None
    if not quoted and any(view.quoted[w] for w in words):
        return None  # a clause with quoted words is read with its quote (``quoted_clause``)
    return Phrase(words[0], words[-1])


def _climb(
    view: SentenceView,
    token: Token,
    marks: set[int],
    inside: frozenset[int] | set[int] = frozenset(),
) -> ParsedSpeaker | None:
    t = token
    for _ in range(MAX_CLIMB):
        head = t.head
        if head.i in inside and head.i != t.i:
            # a verb among the quoted words ("'... In his words, he said it is over,' said X")
            # attributes words inside the quote, not the quote: climb on to its root
            t = head
            continue
        if t.dep_ in _OWNED and head.pos_ == "NOUN" and view.lex.has("speech_nouns", head.lower_):
            # "rejected Ruiz's claim that '...'": the words are the claim's owner's, whoever
            # rejected them; a claim nobody is named for belongs to no verb above it either
            owner = _owner(head)
            if owner is not None:
                return _name(view, owner, None, "owner")
            t = head  # "rejected the claim that '...'": nobody's claim but the rejecter's words
            continue
        said_subject = _subject_of_reported_clause(view, t)
        if t.dep_ in _STOP and not said_subject:
            return None
        if head.i == t.i or (t.dep_ not in _CLIMB and t.i not in marks and not said_subject):
            return None
        if head.i not in marks:
            if head.lower_ == "according":
                return _according(view, head)
            if _reporting(view, head):
                if _thing_promised(view, t, head):
                    return None
                return _speaker_of(view, head, "parse")
            said = _quoted_as_saying(view, head)
            if said is not None:
                return _speaker_of(view, said, "parse")
            if head.pos_ == "VERB" and head.dep_ == "xcomp":
                return None  # "agree to consult 'X'": the words are what is done, not said
        t = head
    return None


def _thing_promised(view: SentenceView, obj: Token, verb: Token) -> bool:
    """Return whether quoted words are the thing a verb that reports speech only with "that" acts
    on: in "the government agreed a 'humanitarian corridor'" or "promised 'a fresh start'" the
    bare noun object is what was agreed or promised, not anyone's words."""
    return (
        obj.dep_ == "dobj"
        and obj.pos_ in _NOMINALS
        and view.lex.has("that_verbs", verb.lemma_.lower())
    )


def _subject_of_reported_clause(view: SentenceView, t: Token) -> bool:
    """Return whether a subject is that of a clause a reporting verb governs: in "X protested,
    saying 'the rule of money' had taken over" the quoted words open the clause X said, so they
    are X's words. A quoted subject of any other verb ("'The deal' was signed") is no remark."""
    if t.dep_ not in _SUBJECTS:
        return False
    clause = t.head
    return clause.dep_ == "ccomp" and clause.head.i != clause.i and _reporting(view, clause.head)


def _owner(noun: Token) -> Token | None:
    """Return whose a speech noun is: its possessor ("Ruiz's claim") or the object of its "by"
    ("the claim by Ruiz")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.tag_ != _POSSESSIVE_PRONOUN:
            return c
        if c.dep_ == "prep" and c.lower_ == _BY:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def gap_speaker(view: SentenceView, start: int, end: int) -> ParsedSpeaker | None:
    """Return the speaker an attribution between two quotes names ("'...,' she said, '...'"):
    a reporting verb between the character offsets ``start`` and ``end`` whose subject lies
    there too. The two quotes are then pieces of one statement."""
    for t in view.doc_tokens:
        if not start <= t.idx < end or not _reporting(view, t):
            continue
        found = _speaker_of(view, t, "parse")
        if found is not None and start <= view.span(found.phrase)[0] < end:
            return found
    return None


def verb_subject(view: SentenceView, word: int) -> Phrase | None:
    """Return the subject noun phrase the parse gives the verb at word ``word`` of the view,
    when it stands before the verb, or None (no subject, one after the verb, no verb).

    The phrase is the subject's words from its left edge up to an appositive set off by a comma
    or a clause about it ("The Post, a daily, reported" -> "The Post"); a name the parser hung
    on the subject as an appositive with no comma stays in ("English daily the Post reported",
    where the parser may make "English" the subject), so an outlet's name is whole."""
    token = next((t for t in view.doc_tokens if t.i == view.tokens[word].i), None)
    if token is None or token.pos_ not in _VERBS:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    subject = max(subjects, key=lambda c: c.i, default=None)  # the one nearest the verb
    doc = token.doc
    if subject is None and token.dep_ in _SET_OFF and token.i > 0 and doc[token.i - 1].is_punct:
        # "..., the Gazette, a weekly, reported": the parser may hang the trailing clause on
        # the noun as its modifier; set off by a comma, it is that noun's report
        subject = token.head if token.head.i < token.i else None
    if subject is None:
        return None
    last = subject.right_edge.i
    for c in subject.rights:
        set_off = c.dep_ in _SET_OFF or doc[c.left_edge.i - 1].is_punct
        if set_off:
            last = min(last, c.left_edge.i - 1)
    while last > subject.i and doc[last].is_punct:
        last -= 1
    phrase = _phrase(view, doc[subject.left_edge.i : last + 1])
    return phrase if phrase is not None and phrase.last < word else None


def trailing_speaker(view: SentenceView, end: int) -> ParsedSpeaker | None:
    """Return the speaker of an attribution clause right after a quote ending at character
    ``end``, read from the parse even where the parser did not hang the quote on its verb:
    the first verb after the quote is a reporting verb with no clause of its own, and its
    subject ("'...,' Rovers manager Tom Reid told reporters") or, inverted, the name
    right after it ("'...!' said Carla Ruiz") speaks."""
    after = [t for t in view.doc_tokens if t.idx >= end and not t.is_space]
    k = 0
    while k < len(after) and after[k].is_punct:
        k += 1
    if k == len(after):
        return None
    first = after[k]
    for t in after[k:]:
        if t.pos_ not in _VERBS:
            continue
        if not _reporting(view, t) or any(
            c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children
        ):
            return None
        if t.i == first.i:
            named = next(
                (c for c in t.rights if c.pos_ in _NOMINALS and c.dep_ != "npadvmod"), None
            )
            if named is None:
                named = _name_over_verb(t)
            return _name(view, named, _verb_hit(view, t), "parse") if named is not None else None
        subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subject is None or subject.i < first.i:
            return None  # the subject must stand between the quote and its verb
        return _name(view, subject, _verb_hit(view, t), "parse")
    return None


def _name_over_verb(verb: Token) -> Token | None:
    """Return the name an inverted reporting verb was parsed into: in ``"...," joked farmer A
    B`` the parser may make "joked" a compound of the noun phrase after it. The phrase's head,
    climbed from the verb through nouns to its right, is who speaks."""
    head = verb
    while head.dep_ in _MODIFIER_DEPS and head.head.i > head.i and head.head.pos_ in _NOMINALS:
        head = head.head
    return head if head is not verb and head.pos_ == _PROPER else None


def cue_speaker(view: SentenceView | None) -> ParsedSpeaker | None:
    """Return the speaker a sentence ending in a colon announces for the quote on the next line
    ("Harbour master X told reporters on Monday:"): its root is a reporting verb with a subject
    and no clause of its own. A root verb of another kind ("The judge had advice for them:",
    "X issued the following statement:") announces its subject too, as news sets a quote off
    after a colon; that reading is marked ``colon-line``, a weaker one. So is a sentence whose
    root is a verb of speaking with no words of its own ("Union leader X spoke to the crowd."):
    the quote opening the next line is what was said."""
    if view is None or view.quotes or not view.tokens or view.tokens[-1].text not in (":", "."):
        return None
    colon = view.tokens[-1].text == ":"
    for t in view.doc_tokens:
        if t.dep_ != "ROOT":
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            return None
        if not colon:
            if not _reporting(view, t) or any(c.dep_ in _COMPLEMENTS for c in t.children):
                return None
            return _speaker_of(view, t, COLON_LINE)
        if _reporting(view, t):
            return _speaker_of(view, t, "previous-line")
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if t.pos_ != "VERB" or subject is None or not _speaker_like(view, subject):
            return None  # "The harbour has three cranes:" announces nobody
        return _speaker_of(view, t, COLON_LINE)
    return None


def _speaker_like(view: SentenceView, head: Token) -> bool:
    """Return whether a subject can speak: a person, a body or a group, by its entity label or
    by a word of the lexicon (a title, a person or group noun, a body word)."""
    low = head.lower_.rstrip(".")
    lex = view.lex
    return (
        head.ent_type_ in _SPEAKING_ENTITIES
        or lex.title_of(low) is not None
        or any(lex.has(group, low) for group in ("person_nouns", "group_nouns", "body_words"))
    )


def bare_speaker(view: SentenceView | None) -> ParsedSpeaker | None:
    """Return the speaker of a sentence that only attributes the quote before it ("Doug said."):
    a short sentence without quotes whose root is a reporting verb with a subject and no
    complement of its own."""
    if view is None or view.quotes or len(view.tokens) > BARE_ATTRIBUTION_MAX_TOKENS:
        return None
    for t in view.doc_tokens:
        if t.dep_ != "ROOT":
            continue
        if not _reporting(view, t) or any(c.dep_ in _COMPLEMENTS for c in t.children):
            return None
        return _speaker_of(view, t, "next-sentence")
    return None


def _parenthetical(view: SentenceView, verb: Token) -> list[Phrase] | None:
    """Return the clause a parenthetical attribution interrupts ("The deal, she said, is off"):
    its head clause's words before and after the attribution, or None."""
    if verb.dep_ != _PARATAXIS or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "X had missed ... and, she said, appeared ...": the whole clause
    inner = (verb.left_edge.i, verb.right_edge.i)
    before = [
        w
        for t in clause.subtree
        if t.i < inner[0] and (w := view.word_of(t)) is not None and view.tokens[w].is_word
    ]
    after = [
        w
        for t in clause.subtree
        if t.i > inner[1] and (w := view.word_of(t)) is not None and view.tokens[w].is_word
    ]
    if not before or len(before) + len(after) < MIN_CLAUSE_WORDS:
        return None
    if any(view.quoted[w] for w in before + after):
        return None
    pieces = [Phrase(before[0], before[-1])]
    if after:
        pieces.append(Phrase(after[0], after[-1]))
    return pieces


def _reporting(view: SentenceView, token: Token) -> bool:
    """Return whether a token is a verb that attributes what it governs to its subject."""
    lex = view.lex
    return (
        token.pos_ == "VERB"
        and not token.is_punct
        and (
            token.lemma_.lower() in lex.attribution_lemmas or token.lower_ in lex.attribution_forms
        )
    )


def _according(view: SentenceView, according: Token) -> ParsedSpeaker | None:
    to = next((c for c in according.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return _name(view, obj, None, "according") if obj is not None else None


def _speaker_of(view: SentenceView, verb: Token, how: str) -> ParsedSpeaker | None:
    """Return the subject of a reporting verb, borrowed from its head for a participle."""
    v = verb
    for _ in range(MAX_SUBJECT_HOPS):
        # the subject nearest the verb: the parser may split one phrase into two subjects
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        subject = min(subjects, key=lambda c: abs(c.i - v.i), default=None)
        if subject is not None:
            if subject.tag_ in _RELATIVE_TAGS:
                if v.dep_ != "relcl":
                    return None
                subject = v.head  # "Ana Diaz, who said ...": the noun the clause describes
            return _name(view, subject, _verb_hit(view, verb), how)
        inverted = _inverted_subject(v)
        if inverted is not None:
            return _name(view, inverted, _verb_hit(view, verb), how)
        stranded = _stranded_subject(v)
        if stranded is not None:
            return _name(view, stranded, _verb_hit(view, verb), how)
        quoted = _quoted_as(v)
        if quoted is not None:
            return _name(view, quoted, _verb_hit(view, verb), how)
        gerund_of = _gerund_head(v)
        if gerund_of is not None:
            v = gerund_of
            continue
        if v.dep_ not in _BORROWS_SUBJECT or v.head.i == v.i:
            return None
        if v.dep_ == "conj":
            nearer = _nearer_conjunct_subject(view, v)
            if nearer is not None:
                return _name(view, nearer, _verb_hit(view, verb), how)
        v = v.head
    return None


def _gerund_head(verb: Token) -> Token | None:
    """Return the verb whose subject a gerund after a preposition shares: in "X ended the debate
    by saying ...", "after telling reporters ...", "was criticised for saying ..." the one who says
    is the subject of the verb the preposition hangs on. "as saying" is left to the reading of
    "X was quoted as saying", where the speaker is the verb's object; "without saying" says
    nothing ("It goes without saying that ...", "left without saying a word")."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or verb.tag_ != _GERUND
        or prep.dep_ != "prep"
        or prep.lower_ in (_AS, _WITHOUT)
        or prep.head.pos_ not in _VERBS
    ):
        return None
    return prep.head


def _nearer_conjunct_subject(view: SentenceView, conj: Token) -> Token | None:
    """Return the subject a coordinated verb shares with a nearer verb than the one the parser
    joined it to: in "The fine comes after Vos clipped a parked van and then argued with police,
    telling them ..." it may join "argued" to "comes", whose subject ("the fine") cannot speak.
    Then the nearest verb before it under the same head, with a subject that can (a name, a
    pronoun, a person or body word), is the one it continues."""
    head = conj.head
    own = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if own is None or _can_speak(view, own):
        return None
    for c in sorted(head.children, key=lambda t: -t.i):
        if c.i >= conj.i or c.dep_ not in ("advcl", "ccomp") or c.pos_ not in _VERBS:
            continue
        subject = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subject is not None and _can_speak(view, subject):
            return subject
    return None


def _can_speak(view: SentenceView, token: Token) -> bool:
    """Return whether a subject can be a speaker: a name, a personal pronoun, or a word that
    names a person, body or group."""
    return token.pos_ in (_PROPER, "PRON") or _speaker_like(view, token)


def _quoted_as(verb: Token) -> Token | None:
    """Return Y in "X quoted Y as saying ...": the object of the verb the "as" hangs on, or its
    passive subject ("Y was quoted as saying ...")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != _AS:
        return None
    outer = verb.head.head
    return next(
        (c for c in outer.children if c.dep_ in ("dobj", "nsubjpass") and c.i < verb.i), None
    )


def _quoted_as_saying(view: SentenceView, verb: Token) -> Token | None:
    """Return "saying" in "'...,' Y was quoted as saying": the parser may hang the quote on
    "quoted", a verb of the chain, rather than on the verb of saying after its "as"."""
    if verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == _AS:
            said = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if said is not None and _reporting(view, said):
                return said
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """Return the subject of an inverted attribution the parser took for an object: in
    ``"...," joked Mayor X`` the clause comes before the verb and the noun after it speaks."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ in _INVERTED_DEPS and c.pos_ in _NOMINALS), None)


def _stranded_subject(verb: Token) -> Token | None:
    """Return the subject of a coordinated clause the parser hung on the clause before: in
    ``The county is small, and polls have found that ...`` it may make "polls" a conjunct of
    "small" and leave "found" without a subject. The noun just before the verb (and its
    auxiliaries) is then its subject, when it is such a stray conjunct of a non-noun."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    first = min([verb.i, *(c.i for c in verb.lefts if c.dep_ in ("aux", "neg"))])
    noun = verb.doc[first - 1] if first > 0 else None
    if noun is None or noun.pos_ not in _NOMINALS or noun.dep_ != "conj":
        return None
    while noun.dep_ == "conj" and noun.head.pos_ in _NOMINALS and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ != "conj" or noun.head.pos_ in _NOMINALS or noun.head.i >= verb.i:
        return None
    return noun


def _verb_hit(view: SentenceView, verb: Token) -> VerbHit | None:
    w = view.word_of(verb)
    if w is None:
        return None
    for hit in view.verbs:
        if hit.first == w:
            return hit
    return VerbHit(w, w, verb.lemma_.lower(), verb.lower_)


def _name(view: SentenceView, head: Token, verb: VerbHit | None, how: str) -> ParsedSpeaker | None:
    """Return the name phrase a subject token heads, with the title and organisation beside it."""
    lex = view.lex
    title_tok: Token | None = None
    if head.pos_ != _PROPER or lex.title_of(head.lower_.rstrip(".")):
        # "said the coach, Pedro Alves", "a spokesperson for the Kremlin, Dmitry Orlov, said":
        # a name set off beside a description is the speaker, the description their title
        named = next((t for t in head.subtree if t.dep_ == "appos" and t.pos_ == _PROPER), None)
        if named is not None:
            head, title_tok = named, head
    else:
        # an age set off beside the name ("Lena Vik, 54, said") is no title
        appos = next((c for c in head.children if c.dep_ == "appos" and not c.like_num), None)
        if appos is not None and appos.pos_ != _PROPER:
            title_tok = appos  # "Ana Diaz, chief executive of Northwind, said"
    person = head.ent_type_ == PERSON_ENTITY
    first = head.i
    for c in head.lefts:
        if c.dep_ in _PHRASE_DEPS:
            first = min(first, c.left_edge.i)
    # a second subject just before the first is the parser splitting one phrase ("Her Danish
    # counterpart | Lars Holm said"): its words are the speaker's title
    for c in head.head.lefts if head.dep_ == "nsubj" else ():
        if c.dep_ == "nsubj" and c.i < head.i and c.right_edge.i + 1 == first:
            first = c.left_edge.i
    last = head.i
    for c in head.rights:
        # a body's name runs on ("the Institute of Chile"); a person's does not ("Diaz of X")
        if c.dep_ in _COORDINATION or (
            c.dep_ == "prep" and title_tok is None and _name_internal(head, c, person)
        ):
            last = max(last, c.right_edge.i)
    doc = head.doc
    name_first = first
    if person and not any(c.dep_ in _COORDINATION for c in head.rights):
        # the name is the PERSON entity, with the titles the lexicon knows just before it (kept
        # for "the president" and "Ms." later); other words before it are attributes
        name_first = head.i
        while name_first > first and doc[name_first].ent_iob_ == "I":
            name_first -= 1
        while name_first > first and lex.title_of(doc[name_first - 1].lower_.rstrip(".")):
            name_first -= 1
    phrase = _phrase(view, doc[name_first : last + 1])
    if phrase is None:
        return None
    title: str | None = None
    organization: str | None = None
    if title_tok is not None:
        title, organization = _title_and_organization(view, title_tok)
    elif head.pos_ == _PROPER:
        titles = [t.i for t in doc[first : head.i] if lex.title_of(t.lower_.rstrip("."))]
        start = name_first if person else (titles[-1] + 1 if titles else first)
        title, organization = _before_name(view, list(doc[first:start]), titles, head)
    if title is None and organization is None:
        org = next(
            (
                c
                for c in head.rights
                if c.dep_ == "prep"
                and c.lower_ in _ORG_PREPOSITIONS
                and (person or doc[c.i - 1].text == ",")
            ),
            None,
        )
        if org is not None:  # "Ana Diaz of Northwind said"
            organization = _organization(org)
    return ParsedSpeaker(phrase, verb, how, title, organization)


def _phrase(view: SentenceView, span: Span) -> Phrase | None:
    words = sorted({w for t in span if not t.is_space and (w := view.word_of(t)) is not None})
    if not words or any(view.quoted[w] for w in words):
        return None
    return Phrase(words[0], words[-1])


def _before_name(
    view: SentenceView, span: list[Token], titles: list[int], head: Token
) -> tuple[str | None, str | None]:
    """Return the title and organisation written before a name ("ABC Entertainment Group
    president", "ministry spokesperson", "harbour master"), leaving out determiners and
    possessive pronouns; the organisation runs up to the last word that names a body."""
    if not span and not titles:
        return None, None
    doc = span[0].doc if span else head.doc
    first = span[0].i if span else titles[0]
    last = max([span[-1].i, *titles] if span else titles)
    words = [t for t in doc[first : last + 1] if t.dep_ != "det" and t.tag_ != _POSSESSIVE_PRONOUN]
    if not words:
        return None, None
    bodies = [k for k, t in enumerate(words) if _body_word(view, t)]
    cut = bodies[-1] + 1 if bodies and bodies[-1] + 1 < len(words) else 0
    org = doc[words[0].i : words[cut - 1].i + 1].text if cut else None
    title = doc[words[cut].i : words[-1].i + 1].text
    return title, org


def _name_internal(head: Token, prep: Token, person: bool) -> bool:
    """Return whether a preposition after a subject is part of its name: "of" in a body's name
    ("the Institute of Chile"), or a capitalised word the tagger took for one ("leader Per Moe")."""
    if prep.text[:1].isupper():
        return True
    if prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        return False  # "A B, of the Verdant Party, said": set off, a membership, not the name
    return not person and head.pos_ == _PROPER and prep.lower_ == _OF


def _organization(prep: Token) -> str | None:
    """Return the body a preposition names ("of Northwind Foods"), without its determiner."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None:
        return None
    span = [t for t in obj.doc[obj.left_edge.i : obj.i + 1] if t.dep_ not in ("det", "case")]
    return obj.doc[span[0].i : span[-1].i + 1].text if span else None


def _title_and_organization(view: SentenceView, title: Token) -> tuple[str | None, str | None]:
    """Return a title as written ("chief executive") and the body it is held in, if named."""
    org: Token | None = None
    organization: str | None = None
    for c in title.children:
        if c.dep_ == "prep" and c.lower_ in _ORG_PREPOSITIONS:
            org = next((o for o in c.children if o.dep_ == "pobj"), None)
            organization = _organization(c)
        elif c.dep_ in ("compound", "poss", "nmod") and c.i < title.i and _body(view, c):
            org = c
            span = [t for t in c.subtree if t.dep_ not in ("det", "case")]
            organization = c.doc[span[0].i : span[-1].i + 1].text if span else None
    mods = [
        c
        for c in title.lefts
        if c.dep_ in ("amod", "compound")
        and (org is None or not org.left_edge.i <= c.i <= org.right_edge.i)
    ]
    start = min((c.left_edge.i for c in mods), default=title.i)
    return title.doc[start : title.i + 1].text, organization


def _body(view: SentenceView, token: Token) -> bool:
    """Return whether a modifier names a body: an organisation entity or a body word."""
    return any(_body_word(view, t) for t in token.subtree)


def _body_word(view: SentenceView, t: Token) -> bool:
    low = t.lower_
    return (
        t.ent_type_ in _ORG_ENTITIES
        or view.lex.has("body_words", low)
        or view.lex.has("outlet_words", low)
    )
