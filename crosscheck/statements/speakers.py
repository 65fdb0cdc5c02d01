"""Name a statement's speaker: classify the phrase, resolve pronouns and short references, key it.

A document is read in text order by one :class:`Resolver`. It remembers the people it has seen
named in full ("President Ana Diaz", "Tom Harris called for ...") and the speakers of earlier
statements, so that "he", "Harris", "Ms. Diaz" or "the president" resolve to the nearest compatible
preceding one. Keys are entity ids when the names layer resolved the phrase, else a slug with a
kind prefix: ``person:tom-harris``, ``org:foreign-ministry``, ``unnamed:senior-official``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from crosscheck.model import Mention
from crosscheck.names.lexicon import lexicon as names_lexicon
from crosscheck.statements.lexicon import Lexicon
from crosscheck.statements.phrases import Phrase, SentenceView, Word
from crosscheck.statements.text import slug

if TYPE_CHECKING:
    from spacy.tokens import Token

# A name of more tokens than this after its titles is a body ("the National Intelligence Service
# of ..."), not a person; people's names run to four parts.
PERSON_MAX_TOKENS = 4
# A full name, as opposed to a short reference, has at least this many tokens.
FULL_NAME_MIN_TOKENS = 2
# A pronoun refers to one of the last few speakers; looking further back finds only wrong ones
# (and would make long documents quadratic).
PRONOUN_LOOKBACK = 30
_OF_WORDS = frozenset({"for", "of"})
_APPOSITION = "appos"
# Dependency labels of a body's name written before a spokesperson ("Northwind Ferries spokeswoman").
_BODY_MODIFIERS = frozenset({"compound", "nmod", "poss"})
# Dependency labels of a clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The model's entity label for a person's name, and for an organisation's.
PERSON_ENTITY = "PERSON"
ORG_ENTITY = "ORG"
# The part of speech of a common noun and of a name.
COMMON_NOUN = "NOUN"
PROPER_NOUN = "PROPN"


@frozen
class Speaker:
    """Who made a statement: as written, the canonical key and label, and how it was found."""

    text: str
    start: int
    end: int
    key: str | None
    label: str | None
    kind: str  # person | org | name (a lone word of unknown kind) | group | unnamed | unknown
    # named | mention | pronoun | short-name | title | continuation | announced | unresolved
    resolution: str
    antecedent: tuple[int, int] | None = None
    titles: frozenset[str] = frozenset()
    # what the sentence sets beside the name ("ABC Entertainment Group president Paul Lee",
    # "Ana Diaz, chief executive of Northwind"): attributes of the speaker, never the name
    title: str | None = None
    organization: str | None = None
    organization_key: str | None = None


@frozen
class _Known:
    position: int
    words: frozenset[str]
    key: str
    label: str
    titles: frozenset[str]
    start: int
    end: int


def _position(known: _Known) -> int:
    return known.position


def _opening_noun(view: SentenceView, phrase: Phrase) -> bool:
    """Return whether a one-word phrase opening the sentence is a common noun the capital
    only marks as first ("Polls show ...", "Officials said ..."): the parse tells it from a name."""
    if phrase.first != 0 or phrase.last != 0 or not view.doc_tokens:
        return False
    token = view.doc_tokens[0]
    return token.i == view.tokens[0].i and token.pos_ == COMMON_NOUN


def _model_body(view: SentenceView, name: Sequence[Word]) -> bool:
    """Return whether the model labels every word of an untitled name as one organisation and
    none as a person ("Northwind Ferries said ...": no body word, yet a company). A name whose
    first word is a known given name stays a person: the model's ORG on a person is a known slip
    ("Greta Lund said ..." tagged ORG at a sentence start)."""
    if not view.doc_tokens or not name:
        return False
    doc = view.doc_tokens[0].doc
    tokens = [doc[w.i] for w in name]
    if any(t.ent_type_ != ORG_ENTITY for t in tokens):
        return False
    # "a ministry spokesman, Ivo Kral, said" (tagged ORG): a role set beside the name in
    # apposition makes it a person whatever the label.
    head = tokens[-1]
    beside = [c for c in head.children if c.dep_ == _APPOSITION]
    if head.dep_ == _APPOSITION:
        beside.append(head.head)
    lex = view.lex
    if any(lex.title_of(t.lower_) or lex.has("person_nouns", t.lower_) for t in beside):
        return False
    return name[0].bare.lower() not in names_lexicon().given_names


def _capitalised_span(head: Token) -> str | None:
    """Return the capitalised words a noun heads, without determiners ("the Northwind Ferries"
    -> "Northwind Ferries"), or None when any word of it is lower case (a body by its kind)."""
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "case", "punct")]
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    return head.doc[words[0].i : head.i + 1].text


def _kind_of_id(entity_id: str) -> str:
    prefix = entity_id.split(":", 1)[0]
    return prefix if prefix in ("person", "name") else "org"


class MentionIndex:
    """A document's resolved mentions (those with an entity id), for overlap queries by bisection."""

    def __init__(self, mentions: Sequence[Mention] = ()):
        self.items = sorted(
            (m for m in mentions if m.entity_id),
            key=lambda m: (m.span.start, m.span.end, m.entity_id or ""),
        )
        self.starts = [m.span.start for m in self.items]
        self.longest = max((m.span.end - m.span.start for m in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Return the mentions overlapping ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.items[lo:hi] if m.span.end > start]

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """Return the mentions that start inside ``[start, end)``."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.items[lo:hi]


class Resolver:
    """Resolve speaker phrases of one document, fed sentence by sentence in text order."""

    def __init__(self, lex: Lexicon, mentions: MentionIndex | None = None):
        self.lex = lex
        self.mentions = mentions if mentions is not None else MentionIndex()
        # name word / title -> the people named with it, in text order
        self._by_word: dict[str, list[_Known]] = {}
        self._by_title: dict[str, list[_Known]] = {}
        self._people: list[_Known] = []  # everyone named in full, in text order
        # people named as the subject of a clause, in text order: a later "he said" most
        # likely means the nearest of them (or of the speakers), whoever spoke last
        self._subjects: list[_Known] = []
        self.speakers: list[tuple[int, Speaker]] = []
        # slugs of names the document shows to be bodies: what a spokesperson speaks for
        # ("a spokeswoman for Northwind Ferries", "Northwind Ferries spokeswoman X")
        self._bodies: set[str] = set()
        # named bodies that are a clause's subject, in text order, as (position, name): the
        # body a later "company spokeswoman" speaks for
        self._named_bodies: list[tuple[int, str]] = []

    # --- learning names ---
    def learn(self, view: SentenceView) -> None:
        """Remember the full names with a title in this sentence ("Prime Minister X Y")."""
        toks = view.tokens
        i = 0
        while i < len(toks):
            if not (view.usable(i) and toks[i].cap and self.lex.title_of(toks[i].low)):
                i += 1
                continue
            j = i
            while (
                j + 1 < len(toks)
                and view.usable(j + 1)
                and toks[j + 1].cap
                and (not view.function_word(toks[j + 1]))
            ):
                j += 1
            phrase = Phrase(i, j)
            name = self._name_tokens(view, phrase)
            if len(name) >= FULL_NAME_MIN_TOKENS and len(name) <= PERSON_MAX_TOKENS:
                self._add_person(view, phrase, name)
            i = j + 1
        self._learn_entities(view)
        self._learn_subjects(view)
        self._learn_bodies(view)
        for m in self.mentions.starting_in(view.start, view.end):
            eid = m.entity_id
            if eid and eid.startswith("person:"):
                words = frozenset(w.lower() for w in m.text.split())
                start, end = m.span.start, m.span.end
                self._add(_Known(start, words, eid, m.text, frozenset(), start, end))

    def _learn_entities(self, view: SentenceView) -> None:
        """Remember the full names the model tags PERSON ("Tomas Berg visited ..."), so that a
        later surname as a speaker ("Berg said") resolves to the nearest one before it."""
        if not view.doc_tokens:
            return
        first, last = view.doc_tokens[0].i, view.doc_tokens[-1].i
        for token in view.doc_tokens:
            if token.ent_iob_ != "B" or token.ent_type_ != PERSON_ENTITY:
                continue
            end = token.i + 1
            while end <= last and token.doc[end].ent_iob_ == "I":
                end += 1
            a, b = view.word_of(token), view.word_of(token.doc[end - 1])
            if a is None or b is None or token.i < first:
                continue
            if any(view.quoted[k] for k in range(a, b + 1)):
                continue
            phrase = Phrase(a, b)
            name = self._name_tokens(view, phrase)
            if FULL_NAME_MIN_TOKENS <= len(name) <= PERSON_MAX_TOKENS and all(t.cap for t in name):
                self._add_person(view, phrase, name)

    def _learn_bodies(self, view: SentenceView) -> None:
        """Remember the bodies a spokesperson is written as speaking for ("a spokeswoman for
        Northwind Ferries", "Northwind Ferries spokeswoman Lena Holm") and the bodies the model
        labels ORG that are a clause's subject ("Northwind Ferries cut its timetable")."""
        for token in view.doc_tokens:
            w = view.word_of(token)
            if w is None or view.quoted[w]:
                continue
            if self.lex.has("spokesperson_titles", token.lower_):
                for c in token.children:
                    if c.dep_ == "prep" and c.lower_ in _OF_WORDS:
                        named = [o for o in c.children if o.dep_ == "pobj"]
                    elif c.dep_ in _BODY_MODIFIERS and c.i < token.i:
                        named = [c]
                    else:
                        continue
                    for o in named:
                        label = _capitalised_span(o)
                        if label is not None:
                            self._bodies.add(slug(label))
            elif token.dep_ in _SUBJECT_DEPS and token.ent_type_ == ORG_ENTITY:
                label = _capitalised_span(token)
                if label is not None:
                    self._named_bodies.append((token.idx, label))

    def _learn_subjects(self, view: SentenceView) -> None:
        """Remember the people that are subjects of a clause ("Meyer penned a letter"), each as
        the full name it short-names when there is one before it."""
        for token in view.doc_tokens:
            if token.dep_ not in _SUBJECT_DEPS:
                continue
            if token.ent_type_ != PERSON_ENTITY and not self._known_surname(token):
                continue
            w = view.word_of(token)
            if w is None or view.quoted[w]:
                continue
            first = token
            while first.i > 0 and first.ent_iob_ == "I":
                first = first.doc[first.i - 1]
            a = view.word_of(first)
            if a is None:
                continue
            name = [t for t in view.tokens[a : w + 1] if t.cap]
            if not name:
                continue
            titled = a  # "Mr. Okafor": the title before the name tells who "she" cannot be
            while titled > 0 and self.lex.title_of(view.tokens[titled - 1].low.rstrip(".")):
                titled -= 1
            titles = self._titles(view, Phrase(titled, w))
            full = self._short_name(name[-1].low, token.idx) if len(name) == 1 else None
            if full is None:
                label = view.text[name[0].start : name[-1].end]
                full = _Known(
                    token.idx,
                    frozenset(t.low for t in name),
                    "person:" + slug(label),
                    label,
                    titles,
                    name[0].start,
                    name[-1].end,
                )
            known = _Known(
                token.idx,
                full.words,
                full.key,
                full.label,
                full.titles | titles,
                full.start,
                full.end,
            )
            bisect.insort(self._subjects, known, key=_position)

    def _known_surname(self, token: Token) -> bool:
        """Return whether a lone name the model did not tag PERSON ("Meyer penned a letter",
        tagged ORG) is the surname of a person named in full before it: then it is that person."""
        if token.pos_ != PROPER_NOUN or token.ent_iob_ == "I" or not token.text[:1].isupper():
            return False
        doc = token.doc
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.ent_iob_ == "I":
            return False  # part of a longer entity ("Meyer Holdings")
        matches = self._by_word.get(token.lower_, [])
        i = bisect.bisect_left(matches, token.idx, key=_position)
        return any(len(k.words) >= FULL_NAME_MIN_TOKENS for k in matches[:i])

    def remember(self, speaker: Speaker, position: int) -> None:
        """Record a resolved speaker as an antecedent for later pronouns and short names."""
        if speaker.key is None:
            return
        self.speakers.append((position, speaker))
        if speaker.kind == "person" and speaker.label:
            words = frozenset(speaker.label.lower().split())
            self._add(
                _Known(
                    position,
                    words,
                    speaker.key,
                    speaker.label,
                    speaker.titles,
                    speaker.start,
                    speaker.end,
                )
            )

    def _add_person(self, view: SentenceView, phrase: Phrase, name: list[Word]) -> _Known:
        label = view.text[name[0].start : name[-1].end]
        known = _Known(
            name[0].start,
            frozenset(t.low for t in name),
            "person:" + slug(label),
            label,
            self._titles(view, phrase),
            name[0].start,
            name[-1].end,
        )
        self._add(known)
        return known

    def _add(self, known: _Known) -> None:
        bisect.insort(self._people, known, key=_position)
        for word in known.words:
            bisect.insort(self._by_word.setdefault(word, []), known, key=_position)
        for title in known.titles:
            bisect.insort(self._by_title.setdefault(title, []), known, key=_position)

    # --- classification ---
    def _titles(self, view: SentenceView, phrase: Phrase) -> frozenset[str]:
        toks = view.tokens
        found = (self.lex.title_of(toks[i].low) for i in range(phrase.first, phrase.last + 1))
        return frozenset(t for t in found if t is not None)

    def _name_tokens(self, view: SentenceView, phrase: Phrase) -> list[Word]:
        """Return the name part of a phrase: the tokens after its determiners and last title."""
        toks = view.tokens[phrase.first : phrase.last + 1]
        last_title = max((i for i, t in enumerate(toks) if self.lex.title_of(t.low)), default=-1)
        rest = toks[last_title + 1 :]
        while rest and self.lex.has("determiners", rest[0].low):
            rest = rest[1:]
        return rest

    def classify(self, view: SentenceView, phrase: Phrase, *, owner: bool = False) -> str:
        """Return person, org, group, unnamed or name (a lone capitalised word of unknown kind).

        With ``owner`` the phrase names whose words a quote is ("Diaz's claim that ..."): its
        final possessive ending marks the owner, not a body ("Spain's").
        """
        toks = view.tokens[phrase.first : phrase.last + 1]
        lex = self.lex
        head = toks[-1]
        if lex.has("group_nouns", head.low) or any(t.low == "and" for t in toks):
            return "group"  # "officials", "Spain and Portugal": several speakers at once
        if not head.cap or lex.has("person_nouns", head.low) or _opening_noun(view, phrase):
            return "unnamed"
        name = self._name_tokens(view, phrase)
        titled = len(name) < len(toks) and any(lex.title_of(t.low) for t in toks)
        if titled and name and len(name) <= PERSON_MAX_TOKENS and all(t.cap for t in name):
            return "person"  # "Opposition leader Tom Harris"
        lows = [t.bare for t in toks]
        if any(lex.has("body_words", w) or lex.has("outlet_words", w) for w in lows):
            return "org"
        if lex.has("determiners", toks[0].low) or lex.has("place_words", lows[0]):
            return "org"
        if any(t.possessive for t in (toks[:-1] if owner else toks)):
            return "org"
        if len(name) == 1:
            return "org" if name[0].text.isupper() and len(name[0].text) > 1 else "name"
        if len(name) > PERSON_MAX_TOKENS or self._shown_body(view, name):
            return "org"  # "Northwind Ferries said": no body word, but a body all the same
        return "person"

    def _shown_body(self, view: SentenceView, name: Sequence[Word]) -> bool:
        """Return whether an untitled name the model labels ORG is shown to be a body: its last
        word names organisations (the names layer's `not_name_words`: "Lumo Airlines") or the
        document writes a spokesperson for it. The model's label alone is no proof: it labels
        many people's names ORG at a sentence start."""
        if not _model_body(view, name):
            return False
        label = view.text[name[0].start : name[-1].end]
        return (
            slug(label) in self._bodies or name[-1].bare.lower() in names_lexicon().not_name_words
        )

    # --- resolution ---
    def resolve(self, view: SentenceView, phrase: Phrase, *, owner: bool = False) -> Speaker:
        """Return the Speaker a phrase names, resolving pronouns and short references.

        With ``owner`` the phrase ends in a possessive ("Diaz's claim that ..."): the speaker is
        the name without its ending.
        """
        start, end = view.span(phrase)
        head = view.tokens[phrase.last]
        if owner and head.possessive:
            end = head.stem_end
        text = view.text[start:end]
        # A mention names the speaker only if it covers the head: in "Spain's main
        # opposition leader" or "U.S. officials" the country is not who speaks.
        mention = self._mention(max(start, head.start), end)
        eid = mention.entity_id if mention is not None and mention.span.start >= start else None
        if mention is not None and any(
            t.low in _OF_WORDS and t.start < mention.span.start
            for t in view.tokens[phrase.first : phrase.last + 1]
        ):
            eid = None  # "the Geophysical Institute of Peru": the institute speaks, not the country
        kind = self.classify(view, phrase, owner=owner)
        if mention is not None and eid is not None and kind != "group":
            return Speaker(text, start, end, eid, mention.text, _kind_of_id(eid), "mention")
        if phrase.first == phrase.last and view.pronoun(head):
            return self._pronoun(text, start, end, head.low)
        if phrase.first == phrase.last and self.lex.has("indefinite_pronouns", head.low):
            return Speaker(text, start, end, None, None, "unknown", "unresolved")  # "Others said"
        titles = self._titles(view, phrase)
        name = self._name_tokens(view, phrase)
        if kind in ("person", "name") and len(name) == 1:
            found = self._short_name(name[0].bare, start)
            if found is not None:
                return self._from_known(text, start, end, found, "short-name")
        if kind == "person" and name:
            label = view.text[name[0].start : min(name[-1].end, end)]
            if len(name) >= FULL_NAME_MIN_TOKENS:
                self._add_person(view, phrase, name)
            return Speaker(
                text, start, end, "person:" + slug(label), label, "person", "named", titles=titles
            )
        if kind in ("unnamed", "group"):
            title = self.lex.title_of(head.low)
            if title is not None and title == head.low:  # "the ministers" are not one of them
                found = self._titled(title, start)
                if found is not None:
                    return self._from_known(text, start, end, found, "title")
            label = self._strip_determiners(view, phrase, end)
            shown = text
            if kind == "group":  # "Prime Ministers A B and C D": the names, not the titles
                shown = label = self._without_titles(view, phrase, label)
            return Speaker(text, start, end, "unnamed:" + slug(label), shown, kind, "named")
        label = self._org_label(view, phrase, end)
        if kind == "name":  # a lone word nobody named in full: a surname, a capital, a country
            return Speaker(text, start, end, "name:" + slug(label), label, "name", "named")
        return Speaker(text, start, end, "org:" + slug(label), label, "org", "named")

    def attributes(self, speaker: Speaker, title: str | None, organization: str | None) -> Speaker:
        """Return a speaker with the title and organisation named beside it.

        The organisation's key is that of a body ("org:" and its slug), so that a statement
        given as the body's ("the ministry said") and as its spokesperson's ("ministry
        spokesperson Jane Roe said") can be seen to be one speaker's.
        """
        if speaker.kind != "person" or (title is None and organization is None):
            return speaker
        org_key = None
        if organization is not None:
            words = organization.split()
            while words and self.lex.has("determiners", words[0].lower()):
                words = words[1:]
            organization = " ".join(words) or None
            org_key = "org:" + slug(organization) if organization else None
            named = self._body_by_kind(speaker, title, organization)
            if named is not None:
                org_key = "org:" + slug(named)
        return evolve(speaker, title=title, organization=organization, organization_key=org_key)

    def _body_by_kind(self, speaker: Speaker, title: str | None, kind: str | None) -> str | None:
        """Return the named body a spokesperson of a body written by its kind speaks for: the
        nearest body the model labels ORG that is a clause's subject before ("Northwind Ferries
        cut its timetable. ... company spokeswoman Lena Holm said"). The kind must fit the
        name: a name with a body word must end in the kind ("the ministry" and "Transport
        Ministry"); a name with none may be a firm (`firm_nouns`)."""
        lex = self.lex
        words = (title or "").split()
        if not kind or not words or not lex.has("spokesperson_titles", words[-1].lower()):
            return None
        kinds = kind.lower().split()
        if any(w[:1].isupper() for w in kind.split()) or not lex.has("body_words", kinds[-1]):
            return None
        i = bisect.bisect_left(self._named_bodies, (speaker.start, ""))
        if i == 0:
            return None
        name = self._named_bodies[i - 1][1]
        body = [w for w in name.lower().split() if lex.has("body_words", w)]
        fits = body[-1] == kinds[-1] if body else lex.has("firm_nouns", kinds[-1])
        return name if fits else None

    def _mention(self, start: int, end: int) -> Mention | None:
        found = self.mentions.overlapping(start, end)
        return found[0] if found else None

    def _strip_determiners(self, view: SentenceView, phrase: Phrase, end: int) -> str:
        toks = view.tokens
        first = phrase.first
        while first < phrase.last and self.lex.has("determiners", toks[first].low):
            first += 1
        return view.text[toks[first].start : min(toks[phrase.last].end, end)]

    def _without_titles(self, view: SentenceView, phrase: Phrase, label: str) -> str:
        """Return a group of named people without its titles ("Prime Ministers A B and C D")."""
        toks = view.tokens[phrase.first : phrase.last + 1]
        titles = [
            t
            for i, t in enumerate(toks)
            if t.cap and self.lex.title_of(t.low) and i + 1 < len(toks) and toks[i + 1].cap
        ]
        if not titles:
            return label
        last = titles[-1]
        names = [t for t in toks if t.start > last.start and t not in titles]
        if not names or not all(t.cap or t.low == "and" or not t.is_word for t in names):
            return label
        return view.text[names[0].start : names[-1].end]

    def _org_label(self, view: SentenceView, phrase: Phrase, end: int) -> str:
        """The name of a body without its determiner and lowercase lead ("the opposition DP")."""
        toks = view.tokens
        first = phrase.first
        while first < phrase.last and (
            self.lex.has("determiners", toks[first].low) or toks[first].text[:1].islower()
        ):
            first += 1
        return view.text[toks[first].start : min(toks[phrase.last].end, end)]

    def _from_known(self, text: str, start: int, end: int, known: _Known, how: str) -> Speaker:
        return Speaker(
            text,
            start,
            end,
            known.key,
            known.label,
            _kind_of_id(known.key),
            how,
            (known.start, known.end),
            known.titles,
        )

    def _short_name(self, word: str, before: int) -> _Known | None:
        matches = self._by_word.get(word, [])
        i = bisect.bisect_left(matches, before, key=_position)
        if i > 0:
            return matches[i - 1]
        # A headline names "President Diaz" before the body names him in full: look ahead.
        return matches[0] if matches else None

    def _titled(self, title: str, before: int) -> _Known | None:
        matches = self._by_title.get(title, [])
        i = bisect.bisect_left(matches, before, key=_position)
        return matches[i - 1] if i > 0 else None

    def _pronoun(self, text: str, start: int, end: int, low: str) -> Speaker:
        lex = self.lex
        if lex.has("person_pronouns", low):
            wanted = {"person", "name"}
        elif lex.has("group_pronouns", low):
            wanted = {"org", "group", "name"}
        else:
            wanted = {"org", "name"}
        subject = self._nearest_subject(low, start) if "person" in wanted else None
        for _, s in reversed(self.speakers[-PRONOUN_LOOKBACK:]):
            fits = s.kind in wanted or ("org" in wanted and self._described_body(s))
            if s.start >= start or not fits or not self._gender_fits(low, s.titles):
                continue
            if subject is not None and subject.position > s.start:
                break  # a person named as a subject since that speaker spoke is nearer
            return Speaker(
                text,
                start,
                end,
                s.key,
                s.label,
                s.kind,
                "pronoun",
                s.antecedent or (s.start, s.end),
                s.titles,
            )
        if subject is not None:
            return self._from_known(text, start, end, subject, "pronoun")
        if "person" in wanted:
            # Nobody has spoken yet: the nearest person named before ("Nair visited ... she said").
            i = bisect.bisect_left(self._people, start, key=_position)
            for known in reversed(self._people[max(0, i - PRONOUN_LOOKBACK) : i]):
                if self._gender_fits(low, known.titles):
                    return self._from_known(text, start, end, known, "pronoun")
        return Speaker(text, start, end, None, None, "unknown", "unresolved")

    def _described_body(self, speaker: Speaker) -> bool:
        """Return whether an unnamed speaker is a body described by its kind ("the company",
        "the ministry"): "it" and "they" may stand for it."""
        if speaker.kind != "unnamed" or not speaker.label:
            return False
        return self.lex.has("body_words", speaker.label.split()[-1].lower())

    def _nearest_subject(self, pronoun: str, before: int) -> _Known | None:
        """Return the nearest person named as a clause's subject before a pronoun, if the
        pronoun can stand for them and they are close enough to be meant."""
        i = bisect.bisect_left(self._subjects, before, key=_position)
        for known in reversed(self._subjects[max(0, i - PRONOUN_LOOKBACK) : i]):
            if self._gender_fits(pronoun, known.titles):
                return known
        return None

    def _gender_fits(self, pronoun: str, titles: frozenset[str]) -> bool:
        female = any(self.lex.has("female_titles", t) for t in titles)
        male = any(self.lex.has("male_titles", t) for t in titles)
        if self.lex.has("male_pronouns", pronoun):
            return not female
        if self.lex.has("female_pronouns", pronoun):
            return not male
        return True
