"""Whose a figure is, read through the dependency parse: its noun's owners and its verb's roles.

The word-pattern readers give each figure its counted noun and the nearest name before it. This pass
reads the annotated Doc's parse around the noun the figure modifies, so that the same fact written
differently gets one key:

- owners of the noun: a possessor ("Norway's", "their" standing for the clause's subject), "between
  A and B", "with B" beside a possessor, "of A" when A is a name. Several owners make one agent, in
  key order, so "the treaty between A and B" and "B and A's treaty" align;
- roles of the verb that governs the noun ("the twelve vessels that A supplies to B", "A supplies
  B with twelve vessels", "A supplies twelve vessels to B"): its subject is the agent, the one who
  receives ("to B", the object of "supply B with") the recipient;
- for an age ("the 25-year-old treaty"), the year the document says the thing came about ("signed
  in 1999"), so that the age can be checked against the year of writing.

An owner is always a name (a resolved entity id or the slug of a named entity); a common noun
("the city") or an unresolved pronoun gives no owner at all, so a reading can only make a key more
specific (a miss), never join two different things.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from crosscheck.nlp.tree import governing_verb
from crosscheck.quantities._counts import ATTENDANCE_VERB
from crosscheck.quantities._doc import HYPHENS, MAX_YEAR, MIN_YEAR, DocText
from crosscheck.quantities._institutions import institution_name
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._text import slug, stem
from crosscheck.quantities.quantity import Kind, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token as SpacyToken

# The model's entity labels that name an owner: people, organisations, peoples, places.
NAME_LABELS = frozenset({"FAC", "GPE", "LOC", "NORP", "ORG", "PERSON"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
# Dependency labels of a governed noun whose verb's subject owns the figure.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Dependency labels of a noun that is its clause's subject ("a three-day strike began").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependency labels of a verb that shares its head verb's subject ("agreed to sign", "came and
# went").
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj"})
# The preposition that scopes a clause's figures to a stretch of the story ("during the run").
EPISODE_PREPOSITION = "during"
# The relative pronouns that open a clause about the noun before them.
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Dependency labels of a noun a verb takes as its own argument: a relative clause on it describes
# which ones the verb's figure counts ("arrested 30 protesters who blocked the road").
ARGUMENT_DEPS = frozenset({"attr", "dative", "dobj", "nsubj", "nsubjpass"})
# Kinds whose noun has an owner rather than a doer: the owner may come from a possessor, "between",
# "of" or "with".
OWNED_KINDS = frozenset({Kind.DURATION, Kind.AGE, Kind.ANNIVERSARY, Kind.ORDINAL, Kind.PERIOD})
# Kinds a verb's roles (doer, recipient) apply to.
DONE_KINDS = frozenset({Kind.COUNT, Kind.MONEY})
# Kinds a standing position may be told of through its noun ("its offer of a 6% pay rise").
OFFERED_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT})
# The prepositions after such a noun that introduce what is offered or demanded.
OFFER_PREPOSITIONS = frozenset({"for", "of"})

Name = tuple[str, str]  # (key, as written)

# The noun of a share that names no counted noun of its own ("3.25%").
SHARE_NOUN = "percent"
# Prepositions after a verb with an object whose level a share gives: the level the object was
# brought to ("cut its repo rate to 3.25%") or the one it left ("from 3.50%").
LEVEL_PREPOSITIONS = frozenset({"to", "from"})
# Dependency labels of the words before a noun that say which one it is ("deposit", "main").
LEVEL_MODIFIER_DEPS = frozenset({"amod", "compound"})
# The tagger's fine tag of a singular common noun: "the rate" may stand for one rate named before,
# "rates" for none.
SINGULAR_TAG = "NN"
# The tagger's fine tags of finite verbs (past, present) and of participles.
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def with_owners(text: DocText, q: Quantity) -> Quantity:
    """Return the quantity with the owners and roles its noun has in the parse (or as it was)."""
    if q.kind is Kind.PERCENT and q.noun == SHARE_NOUN:
        return _level(text, q)
    head = head_noun(text, q.start, q.end)
    if head is None:
        return q
    if q.kind in OWNED_KINDS:
        q = _owned(text, q, head)
        if q.kind is Kind.AGE:
            q = _with_origin(text, q, head)
        elif q.kind is Kind.ANNIVERSARY and q.base_year is None:
            # "the 25th anniversary of the treaty", the treaty "signed in 1999" in another
            # sentence: the anniversary is checked against that year as an age is.
            of = _prep_object(head, "of")
            if of is not None and of.pos_ == "NOUN":
                q = _with_origin(text, q, of)
        return q
    if q.kind in OFFERED_KINDS:
        q = _offered(text, q, head)
    if q.kind in DONE_KINDS:
        q = _done(text, q, head)
        if _in_episode(governing_verb(head)):
            q = attrs.evolve(q, episode=True)
    return q


def _offered(text: DocText, q: Quantity, head: SpacyToken) -> Quantity:
    """Key a figure told through the noun of a standing position: "its offer of a 6% pay rise".

    "the government refused to improve its offer of a 6% pay rise" says what "the government has
    offered a 6% pay rise" says: the noun's verb (a noun of ``standing_verbs``: offer, demand) is
    the figure's verb, and its possessor (a name, or "its" standing for the named or institutional
    subject of the clause) the owner, whatever name the sentence gave before it ("talks with
    Minister X collapsed, when the government refused to improve its offer"). With no owner to
    read, the figure is left as it was.
    """
    if head.dep_ != "pobj" or head.head.lower_ not in OFFER_PREPOSITIONS:
        return q
    noun = head.head.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lexicon().words("standing_verbs"):
        return q
    owner = _possessor(text, noun)
    if owner is None:
        return q
    return attrs.evolve(
        q, verb=stem(lemma), verb_written=noun.text, agent=owner[0], agent_written=owner[1]
    )


def _possessor(text: DocText, noun: SpacyToken) -> Name | None:
    """Return the one owner of a noun's possessor: a name, or the subject a pronoun stands for."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ != "PRON":
        return _joined(names_of(text, poss) or ())
    verb = governing_verb(noun)
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.pos_ == "PROPN":
                return name_of(text, subject)
            return institution_name(text, subject)
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.pos_ not in VERB_POS:
            return None
        verb = verb.head
    return None


def _in_episode(verb: SpacyToken | None) -> bool:
    """Return whether a verb (or one it is a conjunct of) is scoped by "during <something>".

    "During the deciding run, Arkin scored 9 points and blocked two shots": the figures are
    those of a stretch of the story, which another outlet's figure for the whole would meet.
    """
    while verb is not None:
        if _prep_object(verb, EPISODE_PREPOSITION) is not None:
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS:
            return False
        verb = verb.head
    return False


def head_noun(text: DocText, start: int, end: int) -> SpacyToken | None:
    """Return the noun a figure's words build on ("25-year treaty" -> treaty), if it is a noun."""
    span = text.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ not in NOUN_POS:
        return None
    verb = root.head.head if root.head.dep_ == "prep" and root.head.lower_ == "for" else root.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon().words("lasting_verbs"):
        # "the strike lasted a fortnight": the duration is the strike's.
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.pos_ in NOUN_POS else None
    return root


# --- names ---


def name_of(text: DocText, tok: SpacyToken) -> Name | None:
    """Return the owner key of a name token: its resolved entity, else the named entity's slug."""
    mention = text.mention_covering(tok.idx, tok.idx + len(tok))
    if mention is not None and mention.entity_id:
        # The names layer resolved it (registry, text-defined alias, corpus entity): its id.
        return mention.entity_id, mention.text
    ent = _entity_at(tok)
    if ent is None:
        return None
    words = [t for t in ent if not (t.is_punct or t.tag_ == "POS" or t.lower_ == "the")]
    if not words:
        return None
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    written = text.text[lo:hi]
    mention = text.mention_at(lo, hi)
    if mention is not None and mention.entity_id:
        return mention.entity_id, written
    honorifics = lexicon().words("honorifics")
    key = slug(" ".join(t.lower_ for t in words if t.lower_.rstrip(".") not in honorifics))
    return (key, written) if key else None


def _entity_at(tok: SpacyToken) -> SpacySpan | None:
    """Return the model's named entity (of a name label) holding the token, if any."""
    if not tok.ent_type_ or tok.ent_type_ not in NAME_LABELS:
        return None
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = tok.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[i:j]


def names_of(text: DocText, tok: SpacyToken) -> list[Name] | None:
    """Return the names of a token and its conjuncts ("A and B"); None unless every one is a name."""
    out: list[Name] = []
    for t in (tok, *tok.conjuncts):
        name = name_of(text, t)
        if name is None:
            return None
        out.append(name)
    return out


def _joined(names: Iterable[Name]) -> Name | None:
    """Return several owners as one agent, in key order, so that word order does not matter."""
    unique = {key: written for key, written in names}
    if not unique:
        return None
    keys = sorted(unique)
    return "+".join(keys), " and ".join(unique[k] for k in keys)


def _subject_names(text: DocText, verb: SpacyToken | None) -> list[Name] | None:
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return names_of(text, child)
    return None


def _prep_object(verb_or_noun: SpacyToken, preposition: str) -> SpacyToken | None:
    for child in verb_or_noun.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


# --- owners of a noun ---


def owners(text: DocText, head: SpacyToken, *, through_of: bool = True) -> list[Name] | None:
    """Return the owners of a noun: its possessor (with "with B"), "between A and B", "of A".

    "the 25th anniversary of the treaty between A and B": when "of" names a thing, not an owner,
    the owners are that thing's (one level down, so the walk stays short).
    """
    found: list[Name] = []
    for child in head.children:
        if child.dep_ != "poss":
            continue
        if child.pos_ == "PRON":
            # "Norway and Iceland renewed their treaty": the pronoun stands for the subject of the
            # verb the noun depends on; the noun must not be that subject itself.
            verb = governing_verb(head)
            names = _subject_names(text, verb) if head.dep_ != "nsubj" else None
        else:
            names = names_of(text, child)
        if names is None:
            return None  # a possessor we cannot name: whose it is stays unknown
        found.extend(names)
    between = _prep_object(head, "between")
    if between is not None:
        names = names_of(text, between)
        if names is None or len(names) < 2:
            return None  # "between A and the city": not all owners named
        found.extend(names)
    if not found:
        pair = _hyphened_pair(head)
        first = names_of(text, pair[0]) if pair is not None else None
        second = names_of(text, pair[1]) if pair is not None else None
        if first and second and len(first) == len(second) == 1 and first != second:
            found.extend((*first, *second))
    if found:
        partner = _prep_object(head, "with")  # "Norway's treaty with Iceland"
        if partner is not None:
            names = names_of(text, partner)
            if names is None:
                return None
            found.extend(names)
        return found
    of = _prep_object(head, "of")
    if of is None:
        return None
    named = names_of(text, of)
    if named is None and through_of:
        return owners(text, of, through_of=False)
    return named


def _hyphened_pair(head: SpacyToken) -> tuple[SpacyToken, SpacyToken] | None:
    """Return the two proper nouns a hyphen glues before a noun ("the Estonia-Finland treaty").

    Two names so joined in front of a noun say whose it is, as "between Estonia and Finland"
    does (``owners`` takes them when both are names); one name in front ("the Paris accord") may
    only say where it was made, and gives no owner.
    """
    doc = head.doc
    for second in head.children:
        if second.dep_ != "compound" or second.pos_ != "PROPN" or second.i < 2:
            continue
        hyphen, first = doc[second.i - 1], doc[second.i - 2]
        if (
            hyphen.text in HYPHENS
            and not hyphen.whitespace_
            and not first.whitespace_
            and first.pos_ == "PROPN"
        ):
            return first, second
    return None


def _without_pair(q: Quantity, head: SpacyToken) -> Quantity:
    """Return the figure with the owners' hyphened names left out of its noun.

    "the 25-year Estonia-Finland treaty" is the treaty "between Estonia and Finland": once the
    names are its owners, its noun is the one the other wording has.
    """
    of = _prep_object(head, "of")  # "the 30th anniversary of the Estonia-Finland treaty"
    pair = _hyphened_pair(head) or (_hyphened_pair(of) if of is not None else None)
    if pair is None:
        return q
    doc = head.doc
    names = doc[pair[0].i : pair[1].i + 1].text.lower() + " "
    if not q.noun.startswith(names) or len(q.noun) == len(names):
        return q
    written = (
        q.noun_written[len(names) :] if q.noun_written.lower().startswith(names) else q.noun_written
    )
    return attrs.evolve(q, noun=q.noun[len(names) :], noun_written=written)


def _owned(text: DocText, q: Quantity, head: SpacyToken) -> Quantity:
    names = owners(text, head)
    owner = _joined(names) if names else None
    if owner is None:
        # "Vestby United offered Piet Vos a four-year contract": the contract is the named doer's.
        if (
            q.kind is Kind.DURATION
            and head.dep_ not in SUBJECT_DEPS
            and _doer(text, governing_verb(head))
        ):
            return attrs.evolve(q, doer_named=True)
        return q
    keys = set(owner[0].split("+"))
    # The word-pattern reader's owner stands when the parse names another: a disagreement between
    # the two readings is left as it was rather than guessed.
    if q.agent is not None and q.agent not in keys and q.agent != owner[0]:
        return q
    return _without_pair(attrs.evolve(q, agent=owner[0], agent_written=owner[1]), head)


def _doer(text: DocText, verb: SpacyToken | None) -> Name | None:
    """Return the named subject of a verb, or of the verb it completes ("agreed to sign").

    The subject itself must be a name ("Vestby United offered"): "Nurses at hospitals across
    Porto walked out" names a place inside a common-noun subject, no doer.
    """
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return name_of(text, subject) if subject.pos_ == "PROPN" else None
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.pos_ not in VERB_POS:
            return None
        verb = verb.head
    return None


# --- roles of the verb governing a counted noun ---


def _relative_verb(text: DocText, head: SpacyToken) -> tuple[SpacyToken | None, SpacyToken] | None:
    """Return the relative pronoun and verb of "the vessels that A supplies …", if one follows.

    The pronoun is None for a clause without one ("the vessels A will supply to B"). The small
    model often attaches such a clause to the main verb instead of the noun, so the clause is
    found from the pronoun right after the noun phrase, whose head is the clause's verb.
    """
    for child in head.children:
        if child.dep_ == "relcl" and child.pos_ in VERB_POS:
            pronoun = next((t for t in child.children if t.tag_ in RELATIVE_TAGS), None)
            if pronoun is not None:
                return pronoun, child
            # "the twelve vessels Norway will supply to Iceland": a clause with no pronoun whose
            # subject is a name and whose verb takes no object of its own is about the noun as
            # that object (the clause's subject stands where the pronoun would).
            subject = next((t for t in child.children if t.dep_ == "nsubj"), None)
            if (
                subject is not None
                and subject.pos_ == "PROPN"
                and head.i < subject.i < child.i
                and not any(t.dep_ in ("dobj", "ccomp", "xcomp") for t in child.children)
            ):
                return None, child
            return None
    nxt = head.i + 1
    if nxt >= len(head.doc):
        return None
    pronoun = head.doc[nxt]
    if pronoun.tag_ in RELATIVE_TAGS and pronoun.dep_ == "dobj":
        verb = pronoun.head
        if verb.pos_ == "VERB" and verb.i > pronoun.i:
            return pronoun, verb
    return None


def _relative_subject(
    text: DocText, pronoun: SpacyToken | None, verb: SpacyToken
) -> list[Name] | None:
    names = _subject_names(text, verb)
    if names is not None or pronoun is None:
        return names
    # Misparsed "that Norway supplies" (the name a compound of the verb): the words between the
    # pronoun and the verb are the subject; they count only when they are one name.
    if verb.i - pronoun.i < 2:
        return None
    first = pronoun.doc[pronoun.i + 1]
    ent = _entity_at(first)
    if ent is None or ent.start != first.i or ent.end != verb.i:
        return None
    return names_of(text, first)


def _gives(verb: SpacyToken) -> bool:
    """Whether a verb hands its object over (``transfer_verbs``), so "to B" is who receives it.

    "carried 400 passengers to <a town>" names a destination and "founded X with two friends" a
    companion: neither is a recipient, and a key that took them for one would split needlessly.
    """
    return verb.lemma_.lower() in lexicon().words("transfer_verbs")


def _recipient(text: DocText, verb: SpacyToken) -> list[Name] | None:
    if not _gives(verb):
        return None
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ in NOUN_POS:
            return names_of(text, child)
    to = _prep_object(verb, "to")
    return names_of(text, to) if to is not None else None


def _mood(verb: SpacyToken) -> str | None:
    lists = lexicon().lists
    for child in verb.children:
        if child.dep_ == "neg":
            return "negated"
        if child.dep_ == "aux" and child.lower_ in lists["irrealis"]:
            return "irrealis"
    return None


def _level(text: DocText, q: Quantity) -> Quantity:
    """Return a share keyed as the level of its verb's object: "cut its rate to 3.25%" -> rate.

    The object keys it with the words that tell it from others ("repo rate", "deposit rate"); the
    preposition says whether the share is the level reached ("to") or the one left ("from"),
    which the verb ("cut", "lowered", "raised") does not change.
    """
    span = text.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return q
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return q
    verb = prep.head
    level = _level_reached(prep.lower_, verb.lemma_.lower())
    if level is None:
        return q
    # The object stands between the verb and the preposition; a noun the parser hangs on the verb
    # after the figure ("…to 3.25% on Friday, its first cut") is not what was brought there.
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < prep.i]
    if verb.pos_ != "VERB":
        return q
    if not objects:
        # "Inflation slowed to 2.4% from 2.6%": with no object, the level is the subject's, when
        # the subject is a common noun that can have one ("inflation", "the jobless rate"); a
        # named subject ("Nordvik fell to 3%") stays a share of that name.
        return _subject_level(text, q, verb, prep, level)
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return q
    obj = objects[0]
    return attrs.evolve(
        q,
        noun=_level_key(obj),
        noun_written=obj.text,
        verb=level,
        verb_written=f"{verb.text} {prep.text}",
        mood=q.mood or _mood(verb),
    )


def _level_key(noun_tok: SpacyToken) -> str:
    """Return the noun a level is keyed by: the measure's word, one word for its synonyms, and for
    a bare "the rate" the one rate the text named before it (``_named_before``)."""
    noun = _level_noun(noun_tok)
    noun = lexicon().noun_synonyms.get(noun, noun)
    if noun == noun_tok.lemma_.lower():
        noun = _named_before(noun_tok) or noun
    return noun


def _subject_level(
    text: DocText, q: Quantity, verb: SpacyToken, prep: SpacyToken, level: str
) -> Quantity:
    """Return a share after "to"/"from" on a verb with no object keyed as its subject's level.

    The subject's head must be a measure with one level at a time (``level_nouns``: inflation,
    a rate, turnout); "support for the party rose to 31%" may be one poll of several.
    Only a change ("to" reached, "from" left) is read so: "at" through a verb that keeps or sets
    a level needs an object ("kept the rate at 3.50%"), and "stood at" is an amount verb.
    """
    if prep.lower_ not in LEVEL_PREPOSITIONS or not _stated(verb):
        return q
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        len(subjects) != 1
        or not _common_noun(text, subjects[0])
        or subjects[0].lemma_.lower() not in lexicon().words("level_nouns")
    ):
        return q
    subject = subjects[0]
    agent, agent_written = q.agent, q.agent_written
    if agent_written is not None and agent_written.casefold() == subject.lower_:
        # The sentence's capitalised first word is the subject ("Inflation slowed"), not a name.
        agent, agent_written = None, None
    return attrs.evolve(
        q,
        noun=_level_key(subject),
        noun_written=subject.text,
        verb=level,
        verb_written=f"{verb.text} {prep.text}",
        mood=q.mood or _mood(verb),
        agent=agent,
        agent_written=agent_written,
    )


def _stated(verb: SpacyToken) -> bool:
    """Return whether a verb states what happened or is happening: a finite form ("slowed",
    "rises"), or a participle with a finite auxiliary ("has eased", "is rising").

    "Some see the rate falling to 3%" (a forecast's gerund) or "will slow to 2%" (a modal and a
    bare verb) give no level: a level said of a forecast is not the one that was reached.
    """
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ in PARTICIPLE_TAGS and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _common_noun(text: DocText, tok: SpacyToken) -> bool:
    """Return whether a token is a common noun: tagged so, or a capitalised sentence opener that
    neither the model nor the names layer takes for a name (the tagger reads "Inflation" opening a
    sentence as a proper noun)."""
    if tok.ent_type_:
        return False
    if tok.pos_ == "NOUN":
        return True
    return (
        tok.pos_ == "PROPN"
        and bool(tok.is_sent_start)
        and text.mention_covering(tok.idx, tok.idx + len(tok)) is None
    )


def _named_before(obj: SpacyToken) -> str | None:
    """Return the level noun a bare "the rate" stands for: the one of its head the text named.

    "The bank cut its repo rate to 3.25% … three wanted to keep the rate at 3.50%": a definite
    singular head with no word of its own is the rate named before it, when the text has named
    one such rate only (singular, with the words that say which: "interest rates" in general
    names none). Two ("the deposit rate", "the repo rate") leave it bare: a miss, not a join.
    """
    if obj.tag_ != SINGULAR_TAG or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in obj.children
    ):
        return None
    head = obj.lemma_.lower()
    synonyms = lexicon().noun_synonyms
    named = set()
    for tok in obj.doc[: obj.i]:
        if tok.lemma_.lower() == head and tok.tag_ == SINGULAR_TAG:
            noun = _level_noun(tok)
            if noun != head:
                named.add(synonyms.get(noun, noun))
    return named.pop() if len(named) == 1 else None


def _level_noun(obj: SpacyToken) -> str:
    """Return a noun with the words before it that say which one it is ("deposit rate").

    Not its determiner, possessor or length ("its two-week"): a reading that keeps a word too many
    only misses a comparison, one too few would join two rates a bank sets together ("deposit
    rate", "repo rate", "main interest rate" are three rates).
    """
    kept = [
        c
        for c in obj.children
        if c.dep_ in LEVEL_MODIFIER_DEPS
        and c.i < obj.i
        and not any(g.dep_ == "nummod" or g.like_num for g in (c, *c.children))
    ]
    words = [t.lower_ for t in sorted(kept, key=lambda t: t.i)] + [obj.lemma_.lower()]
    return " ".join(words)


def _level_reached(preposition: str, verb: str) -> str | None:
    """Return which level a share after ``preposition`` is: "to" (reached) or "from" (left).

    "cut to" and "cut from" say it themselves. "at" says it through its verb: a verb that keeps
    a level ("kept the rate at 3.50%", "held it at") gives the level the object had and still
    has, the one a change would have left ("from"); a verb that sets one ("set the rate at 4%")
    gives the level reached. After any other verb "at" is no level ("rose at 3%").
    """
    if preposition in LEVEL_PREPOSITIONS:
        return preposition
    if preposition != "at":
        return None
    lists = lexicon().lists
    if verb in lists["level_kept_verbs"]:
        return "from"
    if verb in lists["level_set_verbs"]:
        return "to"
    return None


def _done(text: DocText, q: Quantity, head: SpacyToken) -> Quantity:
    q = _phrased(q, head)
    relative = _relative_verb(text, head)
    if relative is not None:
        pronoun, verb = relative
        if pronoun is not None and pronoun.dep_ in SUBJECT_DEPS and head.dep_ not in ARGUMENT_DEPS:
            return _doers(q, verb)
        doer = _joined(_relative_subject(text, pronoun, verb) or ())
        if doer is None:
            return q
        # The clause about the noun is what the figure counts ("the vessels A supplies to B"); the
        # main clause's verb, date and mood are about something else ("will arrive in May").
        q = attrs.evolve(
            q,
            verb=stem(verb.lemma_.lower()),
            verb_written=verb.text,
            agent=doer[0],
            agent_written=doer[1],
            anchor=None,
            anchor_written=None,
            mood=_mood(verb),
        )
        return _with_recipient(q, _recipient(text, verb))
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "with"
        and head.head.head.pos_ == "VERB"
        and _gives(head.head.head)
    ):
        # "A will supply B with twelve vessels": B is who receives them, A who gives them.
        verb = head.head.head
        receiver = next((c for c in verb.children if c.dep_ == "dobj"), None)
        agent = _subject_names(text, verb)
        taker = names_of(text, receiver) if receiver is not None else None
        if not agent or not taker:
            return q
        giver = _joined(agent)
        if giver is None or (q.agent is not None and q.agent not in _keys(taker) | {giver[0]}):
            return q
        return _given(q, verb, giver, taker)
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        verb = head.head
        taker = _recipient(text, verb)
        if taker and q.agent not in _keys(taker):
            return _with_recipient(q, taker)
        if taker and any(c.dep_ == "dative" for c in verb.children):
            # "Norway sold Iceland twelve vessels": the name the word patterns took as the
            # figure's agent is the one the verb gives to; the verb's subject gives.
            giver = _joined(_subject_names(text, verb) or ())
            if giver is None or giver[0] in _keys(taker):
                return q
            return _given(q, verb, giver, taker)
    return q


def _given(q: Quantity, verb: SpacyToken, giver: Name, taker: list[Name] | None) -> Quantity:
    """Return ``q`` as what ``giver`` gives ``taker`` by ``verb`` (the verb's subject gives)."""
    q = attrs.evolve(
        q,
        verb=stem(verb.lemma_.lower()),
        verb_written=verb.text,
        agent=giver[0],
        agent_written=giver[1],
        mood=q.mood or _mood(verb),
    )
    return _with_recipient(q, taker)


def _doers(q: Quantity, verb: SpacyToken) -> Quantity:
    """Key a figure by the relative clause its noun is the subject of, when no verb takes it.

    "a reception for supporters, including some 3,200 fans who made the trip": the clause says
    what the counted ones did; the main clause's verb, place, date and names are about something
    else (the reception), so they key nothing. An attendance verb keys as a crowd's size.
    """
    lemma = _verb_lemma(verb)
    key = ATTENDANCE_VERB if lemma in lexicon().words("attendance_verbs") else stem(lemma)
    return attrs.evolve(
        q,
        verb=key,
        verb_written=verb.text,
        agent=None,
        agent_written=None,
        anchor=None,
        anchor_written=None,
        mood=_mood(verb),
    )


def _verb_lemma(verb: SpacyToken) -> str:
    """Return a verb's lemma, or the one verb its phrase with its object says ("made the trip")."""
    lemma = verb.lemma_.lower()
    phrases = lexicon().verb_phrases
    for child in verb.children:
        if child.dep_ == "dobj" and (said := phrases.get(f"{lemma} {child.lemma_.lower()}")):
            return said
    return lemma


def _phrased(q: Quantity, head: SpacyToken) -> Quantity:
    """Return the figure keyed by the one verb its verb's phrase says, when the word patterns
    keyed the verb alone: "3,000 supporters made the trip" as "3,000 supporters travelled"."""
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.pos_ != "VERB":
        return q
    lemma = verb.lemma_.lower()
    said = _verb_lemma(verb)
    if said == lemma or q.verb != stem(lemma):
        return q
    return attrs.evolve(q, verb=stem(said))


def _keys(names: Iterable[Name]) -> set[str]:
    return {key for key, _ in names}


def _with_recipient(q: Quantity, names: list[Name] | None) -> Quantity:
    joined = _joined(names) if names else None
    if joined is None:
        return q
    return attrs.evolve(q, recipient=joined[0], recipient_written=joined[1])


# --- the origin of an aged thing ---


def _with_origin(text: DocText, q: Quantity, head: SpacyToken) -> Quantity:
    """Add the year the document says the aged thing came about ("the treaty was signed in 1999")."""
    if text.reference_year() is None:
        return q
    origins = set(_origins(text).get(head.lemma_.lower(), ()))
    years = {year for year, _, _ in origins}
    if len(years) != 1:
        return q  # none, or several years for things of one name: nothing to check against
    year, lo, hi = min(origins)
    reference, source = text.reference_year() or (0, "")
    return attrs.evolve(
        q,
        base_year=year,
        reference_year=reference,
        reference_source=source,
        origin_start=lo,
        origin_end=hi,
        origin_written=text.text[lo:hi],
    )


def _origins(text: DocText) -> dict[str, list[tuple[int, int, int]]]:
    """Return the origin years of the document's nouns by lemma, read in one pass (then cached)."""
    if text.origin_cache is None:
        found: dict[str, list[tuple[int, int, int]]] = {}
        for tok in text.doc:
            if tok.pos_ == "NOUN":
                for origin in _origin_of(tok):
                    found.setdefault(tok.lemma_.lower(), []).append(origin)
        text.origin_cache = found
    return text.origin_cache


def _origin_of(noun: SpacyToken) -> list[tuple[int, int, int]]:
    """Return (year, start, end) of "<noun> was signed in 1999", "signed <noun> in 1999" and the like.

    The verb is one of ``origin_verbs`` governing the noun (as its object, passive subject or
    participle: "the treaty, signed in 1999,"), with "in <year>" beside it.
    """
    verbs = lexicon().words("origin_verbs")
    candidates = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in OBJECT_DEPS:
        candidates.append(noun.head)
    out: list[tuple[int, int, int]] = []
    for verb in candidates:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        when = _prep_object(verb, "in")
        if when is None or not when.like_num or len(when.text) != 4 or not when.text.isdecimal():
            continue
        year = int(when.text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            continue
        out.append((year, verb.idx, when.idx + len(when.text)))
    return out
