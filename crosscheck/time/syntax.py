"""What a time expression dates and which way its clause points, read off the dependency parse.

A date dates the predicate it modifies: from the time span's root the heads are followed up to the
nearest verb or event noun (the event words of ``date_claims_en.toml``). So "the agency on Friday
condemned the bombing" dates the condemning, "the summit at the lodge on Aug. 18" the summit, and a
date inside what a reporting verb reports never dates the saying, nor one outside it a predicate
inside it: the heads only lead up, and the first verb met ends the walk, so no walk crosses into
another finite clause. Three structures pass the date on to an event noun:

- an apposition of the date ("on Sunday, the opening day of a four-day trip") dates the event it
  names (the trip), not the verb of the clause around it;
- a relative or participial clause about an event noun ("the earthquake that struck on Friday",
  "the talks, held on Friday") dates that event;
- a reporting verb said at an event ("speaks at a briefing on April 26") dates the event;
- a verb that only says an event happened ("the explosion killed 12 people on Friday", "the vote
  was on Sunday") dates its event-noun subject, unless the verb is itself an event word or a
  reporting verb.

The tense of the predicate's clause is read the same way: auxiliaries ("will", "had"), the verb's
own tag (past tense), and the verb it depends on ("is set to", "plans to", "is due to" look ahead).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from attrs import frozen

from crosscheck._data import load_toml
from crosscheck.nlp.annotate import reporting_lemmas
from crosscheck.nlp.layers import QUOTES
from crosscheck.time.tense import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA_FILE = "date_claims_en.toml"
# A quotation of fewer words is a title or a scare-quoted term, part of the sentence around it.
QUOTE_MIN_WORDS = 4

# Dependency labels of a word that modifies a noun from inside its phrase: "Saturday's election"
# (poss), "the 1998 Lisbon earthquake" (nummod, compound), "the March vote" (compound, nmod).
MODIFIER_DEPS = frozenset({"poss", "compound", "nummod", "nmod", "amod"})
# Labels under which a noun phrase after the date's comma restates the date: "on Sunday, the
# opening day of a trip" (appos; the small English model often calls it npadvmod of the verb).
APPOSITION_DEPS = frozenset({"appos", "npadvmod"})
# Labels of a clause that modifies a noun ("the quake that struck", "the talks, held on Friday").
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Labels of a verb's subject, through which a verb that only says an event happened passes its date.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Labels of the clauses a verb heads that are not its own clause (for the names it involves).
OTHER_CLAUSE_DEPS = frozenset({"ccomp", "conj", "advcl", "parataxis", "relcl", "acl", "csubj"})
# Labels of an auxiliary.
AUX_DEPS = frozenset({"aux", "auxpass"})
# A verb used as a modifier ("the opening day") is no predicate.
NON_PREDICATE_DEPS = frozenset({"amod", "compound", "aux", "auxpass"})
# Parts of speech an event word may have.
EVENT_POS = frozenset({"NOUN", "PROPN", "VERB"})
# A gerund heading an adverbial clause or a preposition's complement takes the tense of the
# clause it hangs off.
ADJUNCT_TAGS = frozenset({"VBG"})
ADJUNCT_CLAUSE_DEPS = frozenset({"advcl", "pcomp"})
# Fine tags of a past form (simple past; a past participle only with a perfect or passive
# auxiliary, or as a participial modifier).
PAST_TAGS = frozenset({"VBD"})


@frozen
class Words:
    """The word lists the attachment reads: event words, reporting verbs and tense cues."""

    events: Mapping[str, str]
    reporting: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    scheduling: frozenset[str]
    participant_prepositions: frozenset[str]
    occasion_prepositions: frozenset[str]
    event_relative: Mapping[str, int]
    # The word opening a gerund's clause, with the tense of that clause under which the gerund's
    # own tense is unknown: what came before a future moment ("will host again after hosting in
    # 2007"), or comes after a past one ("resigned before facing the vote"), may lie either side
    # of today (``gerund_before``, ``gerund_after`` in the data file).
    sequence: Mapping[str, Tense]


@functools.cache
def words() -> Words:
    """Return the word lists, read once from the data files."""
    data = load_toml(DATA_FILE)
    w = data["words"]
    return Words(
        events=data["event_trigger"],
        reporting=reporting_lemmas(),
        future_auxiliaries=frozenset(w["future_auxiliary"]),
        future_governors=frozenset(w["future_governor"]),
        perfect_auxiliaries=frozenset(w["perfect_auxiliary"]),
        scheduling=frozenset(w["scheduling_adjective"]),
        participant_prepositions=frozenset(w["participant_preposition"]),
        occasion_prepositions=frozenset(w["occasion_preposition"]),
        event_relative=data["event_relative"],
        sequence={
            **{word: Tense.FUTURE for word in w["gerund_before"]},
            **{word: Tense.PAST for word in w["gerund_after"]},
        },
    )


@frozen
class Attachment:
    """The predicate a date dates: its token index, and whether the date only names which event."""

    token: int
    modifies: bool = False


def event_lemma(token: Token) -> str | None:
    """Return the event-word lemma of ``token`` (from the data file), or None if it is none."""
    if token.pos_ not in EVENT_POS:
        return None
    lemma = words().events.get(token.lower_)
    if lemma is None:
        return None
    # A capitalised event word inside a longer name ("the National Election Office") is no event.
    if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return None
    return lemma


def is_reporting(token: Token) -> bool:
    """Return whether ``token`` is a reporting verb ("said", "told", "announced")."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in words().reporting


def is_verb(token: Token) -> bool:
    """Return whether ``token`` is a verb that heads a clause (not an auxiliary or a modifier)."""
    if token.dep_ in NON_PREDICATE_DEPS:
        return False
    return token.pos_ in ("VERB", "AUX")


def _is_predicate(token: Token) -> bool:
    return is_verb(token) or (token.pos_ != "VERB" and event_lemma(token) is not None)


def attach(
    span: Span,
    dated: frozenset[int] = frozenset(),
    quotes: Mapping[int, tuple[int, int]] | None = None,
) -> Attachment | None:
    """Return the predicate the time expression ``span`` dates, or None if it dates none.

    Args:
        span: the time expression's tokens.
        dated: indices of event nouns that another date already modifies ("Friday's landslide"):
            they are passed over, since their date is their own.
        quotes: :func:`quote_bounds` of the Doc (computed here when not given).
    """
    modified = attach_modifier(span)
    if modified is not None:
        return modified  # "Saturday's election": the date says which event is meant
    restated = _apposition_event(span, dated)
    if restated is not None:
        return Attachment(restated.i)
    root = span.root
    inside = range(span.start, span.end)
    if _names_a_thing(root, inside):
        return None  # "set a Friday deadline", "the top pick in the 2013 draft"
    quote = (quote_bounds(span.doc) if quotes is None else quotes).get(root.i)
    cur = root
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.i in inside:
            continue
        if quote is not None and not quote[0] <= cur.i < quote[1]:
            return None  # a date in a quote dates nothing outside it
        if cur.i in dated or not _is_predicate(cur):
            continue
        return Attachment(_passed_on(cur, dated).i)
    return None


# Of MODIFIER_DEPS, those by which a date says which thing a noun is, not when anything happened
# ("a November release date", "the 2013 draft"). A possessive ("Sunday's edition") is left to
# the walk: "won Sunday's game" is dated by it.
THING_MODIFIER_DEPS = MODIFIER_DEPS - {"poss"}


def _names_a_thing(root: Token, inside: range) -> bool:
    """Return whether a date modifies a noun that is no event from inside its phrase, and that
    noun is an argument of the verb or inside another noun's phrase.

    "The studio set a November 22 release date", "kept the top pick in the 2013 draft": the date
    tells which date or which draft is meant; it dates neither the setting nor the keeping, and
    the walk up to the verb would make it do so. (A date modifying an event noun, "the 2007
    quake", dates that event: ``attach_modifier``.)
    """
    head = root.head
    return (
        root.dep_ in THING_MODIFIER_DEPS
        and head.i != root.i
        and head.i not in inside
        and head.pos_ in ("NOUN", "PROPN")
        and event_lemma(head) is None
        # a noun of an event class is left to the walk ("the Sunday game" the verb's, as
        # "Sunday's game" is): see ``attach_modifier``
        and not _class_noun(head)
        # a phrase of time or occasion set on the verb itself ("arrested during the July 4
        # weekend", "won gold at the 2008 Games") dates it
        and not (head.dep_ == "pobj" and is_verb(head.head.head))
    )


def _apposition_event(span: Span, dated: frozenset[int]) -> Token | None:
    """Return the event noun of an apposition right after the date ("Sunday, the first day of ...")."""
    doc = span.doc
    comma = span.end
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    after = doc[comma + 1]
    for head in _ancestors(span.root):
        for child in head.children:
            if child.dep_ in APPOSITION_DEPS and child.left_edge.i == after.i:
                for t in child.subtree:
                    if t.i not in dated and t.pos_ != "VERB" and event_lemma(t) is not None:
                        return t
                return None
        if head.pos_ in ("VERB", "AUX"):
            break  # the apposition belongs to the date's own phrase or clause, no higher
    return None


def _in_apposition(span: Span) -> bool:
    """Return whether a date phrase closes a comma-enclosed apposition it follows.

    In "euros a share, a premium to the closing price on Friday, the firms said" the parser may
    hang "on Friday" on the far verb; a date phrase right after the last word of an apposition
    and right before its closing comma is read as part of it, as a reader does.
    """
    doc = span.doc
    first = span.start
    if first > 0 and doc[first - 1].dep_ == "prep" and doc[first - 1].i == span.root.head.i:
        first -= 1  # "on Friday": the preposition opens the phrase
    if first == 0 or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    before = doc[first - 1]
    return any(t.dep_ == "appos" and t.right_edge.i == before.i for t in _ancestors(before))


def _path(token: Token, stop: Token) -> Iterator[Token]:
    """Yield the heads from ``token`` up to ``stop`` (excluded), or to the root if it is not met."""
    for t in _ancestors(token):
        if t.i == stop.i:
            return
        yield t


def _ancestors(token: Token) -> Iterator[Token]:
    yield token
    while token.head.i != token.i:
        token = token.head
        yield token


def _passed_on(pred: Token, dated: frozenset[int]) -> Token:
    """Return the event noun a verb passes its date to, or the verb itself (rules in the docstring)."""
    if not is_verb(pred):
        return pred
    for child in pred.children:
        if (
            child.dep_ == "nsubjpass"
            and child.i not in dated
            and child.pos_ != "VERB"
            and event_lemma(child) is not None
        ):
            return child  # "the vote was held on May 30": the vote is what took place
    if event_lemma(pred) is not None:
        return pred
    if is_reporting(pred):
        # "speaks at a press briefing on April 26", "said during the summit on Friday": the
        # saying happens at the event, and the date is the event's.
        for prep in pred.children:
            if prep.dep_ == "prep" and prep.lower_ in words().occasion_prepositions:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i not in dated and event_lemma(obj) is not None:
                        return obj
        return pred
    head = pred.head
    if pred.dep_ in NOUN_CLAUSE_DEPS and head.i not in dated and event_lemma(head) is not None:
        return head  # "the earthquake that struck the island on Friday"
    for child in pred.children:
        if (
            child.dep_ in SUBJECT_DEPS
            and child.i not in dated
            and child.pos_ != "VERB"
            and event_lemma(child) is not None
        ):
            return child  # "the explosion killed 12 people on Friday"
    return pred


def relative_anchor(word: Token) -> Token | None:
    """Return the event "before"/"after" counts from: its object, or the verb of its clause.

    "two days before the vote" counts from the vote; "the day after the minister announced the
    cuts" from the announcing.
    """
    if word.dep_ == "mark" and is_verb(word.head):
        return word.head
    for child in word.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp" and is_verb(child):
            return child
    return None


def quote_bounds(doc: Doc) -> dict[int, tuple[int, int]]:
    """Return, for each token inside a direct quote, the quote's token bounds (one pass).

    A quote of fewer than ``QUOTE_MIN_WORDS`` words is a title or a scare-quoted term ("the
    "Phoenix" summit") and is read as part of the sentence around it.
    """
    bounds: dict[int, tuple[int, int]] = {}
    for q in doc.spans[QUOTES]:
        if sum(1 for t in q if t.is_alpha) >= QUOTE_MIN_WORDS:
            bounds.update((i, (q.start, q.end)) for i in range(q.start, q.end))
    return bounds


def dated_events(times: Iterable[Span]) -> frozenset[int]:
    """Return the indices of event nouns a date modifies from inside their phrase ("Friday's quake")."""
    found: set[int] = set()
    for span in times:
        found.update(a.token for a in [attach_modifier(span)] if a is not None)
    return frozenset(found)


def attach_modifier(span: Span) -> Attachment | None:
    """Return the event noun ``span`` modifies from inside its phrase, if any.

    Beside the event words of this layer's data file, a date that names its year ("an April 2007
    shooting", "the 2019 derby") says which one of any event class's noun is meant: the year
    belongs to that event, not to the verb the phrase hangs off ("was charged in an April 2007
    shooting" dates the shooting, never the charge). A weekday alone ("Sunday's game") does not:
    outlets date such games and fires by other days, and its own day is the verb's to give.
    """
    cur = span.root
    yearly = _names_year(span)
    while (
        cur.dep_ in MODIFIER_DEPS
        and cur.head.i != cur.i
        and cur.head.i not in range(span.start, span.end)
    ):
        cur = cur.head
        if cur.pos_ != "VERB" and (event_lemma(cur) is not None or (yearly and _class_noun(cur))):
            return Attachment(cur.i, modifies=True)
        if cur.pos_ not in ("NOUN", "PROPN"):
            break
    return None


def _names_year(span: Span) -> bool:
    """Return whether a time expression writes a year ("April 2007", "the 2019")."""
    return any(t.shape_ == "dddd" for t in span)


def _class_noun(token: Token) -> bool:
    """Return whether ``token`` is a noun of an event class (``events_en.toml``)."""
    # Imported here, not at the top: the events capability registers after the time one
    # (plugins.BUILTIN_MODULES order), and an import at load time would reverse that.
    from crosscheck.events.claims import lexicon as event_lexicon

    return token.pos_ == "NOUN" and token.lemma_.lower() in event_lexicon().nouns


def clause_verb(token: Token) -> Token | None:
    """Return the verb whose clause holds ``token`` (itself if it is one), or None."""
    for t in _ancestors(token):
        if is_verb(t):
            return t
    return None


def tense_of(pred: Token) -> Tense | None:
    """Return the direction the clause of ``pred`` gives: FUTURE, PAST, or None for no cue."""
    w = words()
    verb = clause_verb(pred)
    if verb is None:
        return None
    return _verb_tense(verb, w, depth=0)


def _verb_tense(verb: Token, w: Words, depth: int) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if any(a.lower_ in w.future_auxiliaries for a in auxes):
        return Tense.FUTURE  # "will meet", "'ll sign"
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_.lower() in w.future_governors or head.lower_ in w.future_governors:
            # "is set to visit", "plans to meet", "is due to sign" look ahead; "was due to sail",
            # "planned to visit" were plans made before and tell of a day already past.
            return Tense.PAST if _past_plan(head) else Tense.FUTURE
        if depth < 1 and _verb_tense(head, w, depth + 1) is Tense.FUTURE:
            return Tense.FUTURE  # "will try to meet"
        return None  # "agreed to meet on Tuesday": the meeting may lie either side
    if verb.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in auxes):
        return Tense.PAST  # "met", "was held", "had left", "did not say"
    if (
        verb.tag_ in ADJUNCT_TAGS
        and verb.dep_ in ADJUNCT_CLAUSE_DEPS
        and not auxes
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and depth < 1
    ):
        # "died while hiking on Saturday", "was arrested on suspicion of driving drunk on
        # Sunday": a gerund has no tense of its own, and tells a moment of the clause it hangs off.
        governor = clause_verb(verb.head)
        if governor is None:
            return None
        tense = _verb_tense(governor, w, depth + 1)
        # "will host again, after hosting the 2007 show": see ``Words.sequence``.
        link = verb.head if verb.dep_ == "pcomp" else _mark(verb)
        order = None if link is None else w.sequence.get(link.lower_)
        return None if order is not None and tense is order else tense
    if any(c.dep_ == "acomp" and c.lower_ in w.future_governors for c in verb.children):
        return Tense.FUTURE  # "the reports are due on Friday", "is due back on Tuesday"
    if verb.tag_ == "VBN":
        if any(a.lower_ in w.perfect_auxiliaries for a in auxes):
            return Tense.PAST  # "has killed"
        if not auxes and verb.dep_ in NOUN_CLAUSE_DEPS:
            # "the summit scheduled for Tuesday" looks ahead; "the talks held on Friday" back.
            return Tense.FUTURE if verb.lemma_.lower() in w.future_governors else Tense.PAST
        if not auxes and verb.dep_ != "xcomp":
            return Tense.PAST  # a participle heading a clause alone is a past form mis-tagged
    if verb.dep_ == "conj" and not auxes and head.i != verb.i and depth < 1:
        return _verb_tense(head, w, depth + 1)  # "will meet and sign on Friday"
    return None


def _mark(verb: Token) -> Token | None:
    """Return the word that opens a verb's adverbial clause ("after", "while"), if any."""
    return next((c for c in verb.children if c.dep_ == "mark"), None)


def tense_at(
    doc: Doc,
    start: int,
    end: int,
    quotes: Mapping[int, tuple[int, int]] | None = None,
    dated: frozenset[int] = frozenset(),
) -> Tense | None:
    """Return the direction the clause gives to the time expression at ``doc.text[start:end]``.

    The tense of the predicate the expression dates (:func:`attach`, :func:`tense_of`): "will meet
    on Tuesday" ahead, "met on Tuesday" back; None when it dates no predicate or its clause gives no
    cue ("agreed to meet on Tuesday"), and the expression stays ambiguous. ``quotes`` and
    ``dated`` are as for :func:`attach`. ``find_times`` and the date claims both read it.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return attached_tense(span, attach(span, dated, quotes))


def attached_tense(span: Span, attachment: Attachment | None) -> Tense | None:
    """Return the tense :func:`tense_at` gives ``span`` once its :func:`attach` is known."""
    if attachment is None:
        return None
    pred = span.doc[attachment.token]
    if _in_apposition(span) or any(t.dep_ == "appos" for t in _path(span.root, pred)):
        # "…, a premium to the closing price on Friday, …": an apposition restates a noun and
        # has no tense of its own; the clause around it does not lend it one.
        return None
    return tense_of(pred)


def planned_before(pred: Token) -> bool:
    """Return whether the clause of ``pred`` is a plan told in the past ("was due to sail",
    "was set to open"): its day is past when the plan held, or still to come when the plan is."""
    verb = clause_verb(pred)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head
    w = words()
    return (head.lemma_.lower() in w.future_governors or head.lower_ in w.future_governors) and (
        _past_plan(head)
    )


def _past_plan(governor: Token) -> bool:
    """Return whether a plan word ("due", "set", "planned") is itself in the past tense."""
    if governor.tag_ in PAST_TAGS or any(
        c.dep_ in AUX_DEPS and c.tag_ in PAST_TAGS for c in governor.children
    ):
        return True
    # "was due to sail": the adjective's copula carries the tense
    return governor.dep_ == "acomp" and governor.head.tag_ in PAST_TAGS


def scheduled_noun(pred: Token) -> bool:
    """Return whether an event noun carries a scheduling adjective ("the upcoming summit")."""
    w = words()
    return any(c.dep_ in MODIFIER_DEPS and c.lower_ in w.scheduling for c in pred.children)


def clause_tokens(pred: Token) -> frozenset[int]:
    """Return the token indices of the clause of ``pred``: its verb's subtree less nested clauses.

    A predicate under "is set to" or "plans to" belongs to the clause of that verb, whose subject
    is the event's participant.
    """
    verb = clause_verb(pred)
    if verb is None:
        return frozenset(t.i for t in pred.sent)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    keep: set[int] = set()
    stack = [verb]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            nested = c.dep_ in OTHER_CLAUSE_DEPS and (c.dep_ != "conj" or c.pos_ in ("VERB", "AUX"))
            if nested and not _holds(c, pred):
                continue  # another clause ("and agreed ...", "that ..."); "X and Y" stays
            stack.append(c)
    return frozenset(keep)


def _holds(token: Token, other: Token) -> bool:
    return token.left_edge.i <= other.i <= token.right_edge.i
