"""Event frames: who did what with whom, where, as each document tells it, read from the parse.

A frame opens on a predicate of an event class (``data/events_en.toml``): a verb ("met", "arrested")
or an event noun ("the summit at Chequers", "Tuesday's quake", "the arrest of X"). Its participants
are the named entities of its arguments in the dependency parse (subject, object, agent, "with" /
"between" / "of" phrases, possessor, conjuncts), people first; its place is the place, venue or
facility named after a place preposition ("in", "at", "near") or as the object of a placing verb
("visit Washington", "the quake struck Aceh"). An event noun hanging off a predicate of a related
class in its sentence ("host X for a summit") is the same frame, and later mentions of the same
class that fit it ("the summit" two paragraphs on) join it, so the date the date extractor attaches
to any of its words dates this frame (``EventDetails.triggers`` holds their offsets, ``token.idx``).

Frames are per document; ``crosscheck.events.normalize`` decides which frames of different documents
are one event and gives their claims one subject.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from attrs import define, evolve, field, frozen

from crosscheck import plugins
from crosscheck._data import load_toml
from crosscheck.events.facts import DURATION_FACET, ORDINAL_FACET, frame_facts
from crosscheck.extract import Analysis
from crosscheck.model import (
    Claim,
    Details,
    Document,
    Facet,
    Modality,
    Resolution,
    Span,
    TimeExpression,
)
from crosscheck.names.gazetteer import town_relation
from crosscheck.names.keys import canon_token, name_tokens
from crosscheck.names.lexicon import lexicon as role_lexicon
from crosscheck.names.registry import (
    LOCAL_MARK,
    Registry,
    is_local,
    kind_of_id,
    local_id,
    region_codes,
    registry_for,
)
from crosscheck.names.text import headline_spans, in_spans, words_of
from crosscheck.nlp.layers import (
    DATELINES,
    ENTITIES,
    EXT_ANTECEDENTS,
    EXT_MENTIONS,
    MENTIONS,
    PARSE,
    SENTENCES,
    TAGS,
    TIMES,
)
from crosscheck.nlp.tree import WH_TAGS, clause_verb
from crosscheck.time import weekday_names
from crosscheck.time.claims import dates_by_predicate
from crosscheck.time.intervals import TimeSpan, compatible

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EXTRACTOR = "events"
DATA_FILE = "events_en.toml"
PARTICIPANTS_FACET = Facet.EVENT_PARTICIPANTS
PLACE_FACET = Facet.EVENT_PLACE
LOCAL_PREFIX = "event@"


@frozen
class RoleDescription:
    """A participant the text gives by office, not by name, to be resolved across the corpus.

    "the two presidents" (``role`` president, ``count`` 2), "the Spanish prime minister" (``role``
    prime minister, ``countries`` Spain), "the leaders of A and B" (``role`` leader — any of a
    country's top offices — for A and B), "the host" (``role`` host: the leader of the country
    the event is held in). ``start``/``end`` are the phrase's offsets in its document.
    """

    role: str
    countries: tuple[str, ...] = ()
    count: int | None = None
    written: str = ""
    start: int = 0
    end: int = 0


@frozen
class RoleLink:
    """How a role description was resolved: to ``person`` by a ``person.role`` claim.

    ``written`` is the description as its frame's document writes it (its span is among the
    frame claim's evidence); ``role`` the office the claim gives and ``evidence`` the claim's own
    span ("Peruvian President Luis Soto" in another article), so the decision can be checked.
    """

    written: str
    person: str
    role: str
    evidence: Span
    country: str | None = None  # the country whose office it is, when the description named one


@frozen
class EventDetails(Details):
    """Of an ``event.participants`` or ``event.place`` claim: the frame the event aligner reads.

    ``group`` is the event class (``meeting``), ``groups`` every class its words belong to,
    ``lemma`` and ``trigger`` the predicate as lemma and as written, ``triggers`` the offsets
    (``token.idx``) of all its event words (a date claim dating one of them dates this frame),
    ``participants`` and ``place`` the entity ids, ``places`` every place named for it (most
    specific first), ``others`` the organisations and countries its arguments name beside its people
    ("Vestby United fired coach X": Vestby United), ``occasion`` the name it is given ("g-20" in
    "the G-20 summit"), ``negated`` for "did not meet", ``planned`` for a future or scheduled event
    and ``background`` for an earlier event the story mentions in passing ("the previous meeting",
    "since the 1995 quake").
    ``surnames`` runs beside ``participants``: the last name part of each person as the document
    writes them at length ("" for others), which the aligner matches across outlets that spell a
    full name differently ("Ines Carro", "Dr. Ines M. Carro"). ``unnamed`` says an
    argument of the predicate is someone the text does not name ("X nominated her").
    ``roles`` are participants given by office ("the two presidents"), which the aligner resolves
    to the people the corpus names in those offices; ``resolved`` records how it did.
    ``borrowed`` are the offsets of words that name no event but tell the same occasion ("died
    while climbing on Saturday": climbing; "was pulled over early Sunday" of an arrest: pulled):
    their dates are the frame's when its own words carry none. (A verb taking the event as its
    topic tells another occasion: "notified him of his dismissal on Friday" lends no date.)
    ``origins`` are the places its people are from ("a Toledo man", "X, of Springfield,", "a
    24-year-old from Dayton"): the aligner lines frames up by them, but they are never the event's
    place, so no ``event.place`` claim is made of them.
    On an ``event.place`` claim, ``places`` are the frame's places (the claim's value first, then
    the places the text puts it in: "at the Corvid Theatre in Leeds") and ``grain`` says whether
    the value is a venue or a town (``place_grain``; "" for neither), which ``places_related``
    reads to compare places the registry lacks.
    """

    tag = "event"
    group: str
    groups: tuple[str, ...] = ()
    lemma: str = ""
    trigger: str = ""
    triggers: tuple[int, ...] = ()
    participants: tuple[str, ...] = ()
    place: str | None = None
    places: tuple[str, ...] = ()
    occasion: str | None = None
    negated: bool = False
    planned: bool = False
    background: bool = False
    others: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    unnamed: bool = False
    roles: tuple[RoleDescription, ...] = ()
    resolved: tuple[RoleLink, ...] = ()
    borrowed: tuple[int, ...] = ()
    origins: tuple[str, ...] = ()
    grain: str = ""
    # Which event of its class it is, by the class's ``kinds`` ("legislature" for "a parliamentary
    # election"); "" when its words name none.
    kind: str = ""


# Participant kinds in order of preference: when a frame's arguments name people, organisations and
# countries among them are not its participants ("Vestby United fired coach X": X is who was fired).
PERSON_KINDS = frozenset({"person"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "their deaths", "two climbers": several at once
# The dependency label of the clause a verb reports ("announced that he was nominating X").
REPORTED_CLAUSE_DEP = "ccomp"
# Labels a trailing reporting clause ("X will host the awards, the academy announced on Friday")
# gets when the parser hangs it on the clause it reports instead of the other way round.
TRAILING_REPORT_DEPS = frozenset({"conj", "parataxis", "ccomp", "advcl"})
# The preposition by which an agent noun names the occasion it does ("the host of the ceremony").
AGENT_OCCASION_PREPOSITION = "of"
OTHER_PARTICIPANT_KINDS = frozenset({"country", "organization", "party", "team"})
# Entity kinds that can place an event; an organisation only after "at" ("at the clinic").
PLACE_KINDS = frozenset({"city", "country", "place", "region"})
# Entity kinds a person can be from: a country is too wide to line events up by.
ORIGIN_KINDS = frozenset({"city", "place", "region"})
# The kind of a one-word town the model does not name (``_town_word``): a place.
TOWN_KIND = "place"
# At most this many words of title between a venue word and the name of a contact clause ("the
# church former vice presidential candidate Ann Roe attends").
CONTACT_TITLE_WORDS = 7
# The model's labels (or none) under which such a word may still be a town: the ones it gives
# unknown capitalised words.
TOWN_LABELS = frozenset({"", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})
# The kinds of a model-named one-word entity that a place preposition shows to be a town.
MISREAD_TOWN_KINDS = frozenset({"organization", "person"})
VENUE_KINDS = frozenset({"organization"})
# The kinds of registry places a venue's name may open with ("Jamaica Hospital").
VENUE_NAME_PLACE_KINDS = frozenset({"city", "country", "region"})
# A one-word town the model names nothing is a town whatever label it had (``_named_tokens``).
TOWN_LABEL = "GPE"
# A venue named by its venue word ("the Granite Stadium", ``_venue_name``) is a facility.
VENUE_LABEL = "FAC"
# How a region's short form hangs on the town before it ("Tupelo, Miss."): the parser's labels.
TOWN_REGION_DEPS = frozenset({"appos", "npadvmod", "conj"})
# The grain of a place by the model's label or its kind: a venue (a building, a stadium, a clinic:
# FAC, or an organisation after "at" named by a venue word) or a town. Two venues that the
# registry lacks and no text puts one inside the other are two places (``places_related``); a
# venue and a town may be one inside the other.
VENUE_GRAIN = "venue"
TOWN_GRAIN = "town"
VENUE_LABELS = frozenset({"FAC"})
# The labels the model gives a place's name.
PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})
CITY_KIND = "city"
REGION_KIND = "region"
# A place one is "on": a mountain, an island, a road, which the model tags FAC or LOC (a GPE
# after "on" is what talks or sanctions are about).
SITE_KINDS = frozenset({"place", "region"})
SITE_LABELS = frozenset({"FAC", "LOC"})
VENUE_PREPOSITION = "at"
# Dependency labels of a frame's time phrase ("on Saturday", "Saturday"), and the model's labels of
# its date or time word: a place phrase the parser hangs on it is the frame's.
TIME_HOLDER_DEPS = frozenset({"npadvmod", "prep"})
TIME_LABELS = frozenset({"DATE", "TIME"})
GRAIN: Mapping[str, int] = {"region": 1, "country": 2}  # coarser places sort later
# The model's entity labels, as entity kinds of names the registry lacks.
MODEL_KINDS: Mapping[str, str] = {
    "FAC": "place",
    "GPE": "place",
    "LOC": "region",  # "Northern California", "the Gulf coast": wider than a town
    "ORG": "organization",
    "PERSON": "person",
}
MODEL_PREFIX = "model:"
# Entity labels of the model whose words are names, not event words ("the Election Commission").
NAME_LABELS = frozenset({"FAC", "GPE", "LOC", "NORP", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})
# The model's label of a made thing named by make and model ("a Honda Civic"), and the articles
# by which such a name is one thing rather than its maker or brand (``_named_product``).
PRODUCT_LABEL = "PRODUCT"
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Parts of speech of the words an infinitive can hang on ("plans to visit", "the decision to
# fire", "ready to go"); an infinitive with none of them ("Obama to visit Paris") tells what is to come.
INFINITIVE_GOVERNORS = frozenset({"ADJ", "AUX", "NOUN", "PRON", "PROPN", "VERB"})
# The shortest headline word read as a word of a name the body gives ("Lee" but not "Al").
HEADLINE_NAME_MIN = 3
# Dependency labels under an argument that still describe the same entity or group of entities
# ("the leaders of A and B", "Vos, a plumber,"); clauses and other modifiers describe more.
ARGUMENT_DEPS = frozenset(
    {"appos", "cc", "compound", "conj", "flat", "nmod", "npadvmod", "poss", "pobj"}
)
ARGUMENT_PREPOSITION = "of"
# The direct arguments of a cause clause whose place phrases place it ("after a lorry in Hull hit
# her"); relative clauses and agent phrases below them do not.
CAUSE_ARGUMENT_DEPS = frozenset({"attr", "dobj", "nsubj", "nsubjpass"})
PERSON_LABEL = "PERSON"
# Fine tags of a relative pronoun ("which", "that", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# The copula whose subject an agent noun complement is said of ("X will be the host").
COPULA = "be"
# "introduced as the new coach": the preposition that gives a chosen person an office.
ROLE_PREPOSITION = "as"
# Dependency labels of an adjective said of someone ("is dead", "presumed dead", "left X dead").
STATE_DEPS = frozenset({"acomp", "ccomp", "oprd", "xcomp"})
# Dependency labels of a predicate's core arguments.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSAL_SUBJECT = "csubj"  # "Voting began in X": an event gerund as a clause's subject
GERUND_TAG = "VBG"
OBJECT_DEPS = frozenset({"dobj", "dative"})
# The nouns a verb makes a phrase of `phrases` with: its object, or the complement of a verb of
# becoming ("became the county's all-time leading scorer").
PHRASE_OBJECT_DEPS = OBJECT_DEPS | {"attr"}
# How far up the parse an event noun looks for the predicate it belongs to ("host X for a summit":
# summit → for → host) and for the preposition that makes it background (talks → of → months → after).
HEAD_REACH = 3
# A later mention joins an earlier frame of its class only within this many frames of the document:
# an article tells one story, but a long one may tell two events of one kind far apart.
DOC_JOIN_REACH = 8
YEAR_DIGITS = 4
# A frame dated this many years or more before the latest year its document names is background.
OLD_YEARS = 2
# The entity kind whose offices a role description names ("the Spanish prime minister").
COUNTRY_KIND = "country"
# Number words counting the people a role description stands for ("the two presidents").
NUMBER_WORDS: Mapping[str, int] = {
    w: i + 2
    for i, w in enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
} | {str(i): i for i in range(2, 11)}
# Pronouns that stand for no one ("it was announced"), never an unnamed participant.
IMPERSONAL = frozenset({"it", "that", "there", "this", "what", "which", "who"})
REFLEXIVE_ENDINGS = ("self", "selves")
# The tags of relative pronouns ("which", "who", "that" opening a relative clause).
RELATIVE_TAGS = frozenset({"WDT", "WP"})


@frozen
class Lexicon:
    """The event classes (by verb and noun lemma), their containment, and the cue words."""

    verbs: Mapping[str, str]
    nouns: Mapping[str, str]
    phrases: Mapping[str, str]  # verb + object noun ("open fire")
    role_verbs: Mapping[str, str]  # verbs of a class only with a role complement ("name X coach")
    states: Mapping[str, str]  # predicative adjectives ("is presumed dead")
    role_states: Mapping[str, str]  # states said of someone in an office ("is out as coach")
    agents: Mapping[str, str]  # nouns of whoever does the event, said of someone ("is the host")
    # Prepositions that add participants to events of one class only ("a win over X").
    class_prepositions: Mapping[str, frozenset[str]]
    incidents: frozenset[str]  # classes identified by kind, place and time alone
    two_sided: frozenset[str]  # classes identified by both their sides ("X beat Y")
    containers: Mapping[str, frozenset[str]]
    background: frozenset[str]
    recent_periods: frozenset[str]  # "last week", "last night", "last Thursday" date the news
    habitual: frozenset[str]  # adverbs of frequency: "sometimes attacked" is no one event
    separate: frozenset[str]
    concessive: frozenset[str]  # "despite the arrest": the sentence's verb is no support of it
    place_prepositions: frozenset[str]
    town_prepositions: frozenset[str]
    venue_words: frozenset[str]
    origin_prepositions: frozenset[str]
    site_prepositions: frozenset[str]
    destinations: frozenset[str]
    destination_classes: frozenset[str]
    participant_prepositions: frozenset[str]
    support_verbs: frozenset[str]
    place_object_verbs: frozenset[str]
    planned: frozenset[str]
    purpose_classes: frozenset[str]
    # Office words of event participants the names lexicon lacks: "host" (normalised "host").
    role_words: Mapping[str, str] = {}
    # What a generic office word stands for: "leader" is any of a country's top offices.
    role_sets: Mapping[str, frozenset[str]] = {}
    # Classes whose events happen where what caused them did ("died after a fall at X"), and the
    # words that introduce the cause.
    result_classes: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    # Nouns that mean the place of the event itself ("fled the scene in X").
    scene_nouns: frozenset[str] = frozenset()
    # The subordinators of a clause of the same occasion (see ``_borrowed``).
    occasion_marks: frozenset[str] = frozenset()
    place_relatives: frozenset[str] = frozenset()
    place_subject_verbs: frozenset[str] = frozenset()
    # Classes whose verb reports another event in its clause ("announced that he was nominating
    # X"): the people of that event take part (see ``_reported_people``).
    reporting_classes: frozenset[str] = frozenset()
    # Verbs of someone arriving where they then act ("a gunman who stormed into the party on
    # Friday"): the arrival's time is the act's (see ``_arrivals``).
    arrival_verbs: frozenset[str] = frozenset()
    # Verbs whose event subject's objects took part ("the summit brought together X and Y"): each
    # a tuple of the lemma and the words that must stand in its phrase (see ``_gathered``).
    gathering_verbs: frozenset[tuple[str, ...]] = frozenset()
    # Prepositions whose noun is the occasion of the event (``_occasion_places``).
    occasion_prepositions: frozenset[str] = frozenset()
    # Prepositions by which an event noun is the occasion of a verb naming no event ("scored 30
    # points in the win over X at Y"): a place phrase right after the noun's phrase is its.
    occasion_noun_prepositions: frozenset[str] = frozenset()
    # Verbs whose patient is where an incident happened ("a fire destroyed X"), and the
    # prepositions an incident noun follows them by ("destroyed by fire", "damaged in a blaze").
    site_verbs: frozenset[str] = frozenset()
    site_links: frozenset[str] = frozenset()
    # Verbs an incident noun is the object of whose subject is where it happened ("the barn
    # caught fire").
    site_subject_verbs: frozenset[str] = frozenset()
    # Verbs by which a person has a building ("the church X attends"): ``_owned_venue``.
    owner_verbs: frozenset[str] = frozenset()
    # Verbs of wanting or promising: an event verb they govern is intended, not done ("vowed to
    # resign").
    intentions: frozenset[str] = frozenset()
    # Modal auxiliaries of what may or can happen ("Congress could overturn the rule").
    hypothetical: frozenset[str] = frozenset()
    # Prepositions by which a verb tells how an event of a result class came ("plunged to his
    # death"): the verb's time is the event's (see ``_borrowed``).
    result_prepositions: frozenset[str] = frozenset()
    # Verbs (lemma, or lemma and particle: "pull over") that tell a stage of one occurrence of a
    # class ("was pulled over early Sunday" of an arrest), by class (see ``_steps``).
    steps: Mapping[str, frozenset[str]] = {}
    # Classes a person goes through once in a story (a death, an arrest, a firing): two frames of
    # one such class about the one person a few days apart tell one event dated differently.
    once: frozenset[str] = frozenset()
    # Classes whose event is its doer's own act ("X announced"): ``_other_doer``.
    by_doer: frozenset[str] = frozenset()
    # Classes whose doer does them again and again (a government undoes many of its predecessor's
    # rules): the people two frames share do not tell one occurrence from another (see
    # ``crosscheck.events.normalize.judge``).
    repeated: frozenset[str] = frozenset()
    # Classes whose event its place and day identify when no one is named (an election):
    # ``crosscheck.events.normalize.judge``.
    by_place: frozenset[str] = frozenset()
    # For each class with ``kinds``, each word naming a kind of its events and that kind
    # ("parliamentary": "legislature"): ``_kind``.
    kinds: Mapping[str, Mapping[str, str]] = field(factory=dict)
    # Each class a class ``includes`` and that class: a frame of the first naming no person or
    # organisation is its article's event of the second told by another word (``_earlier``).
    includes: Mapping[str, str] = field(factory=dict)
    # Prepositions whose gerund tells how its head's subject did what the head says ("defended
    # the title by beating X"): the gerund's subject is the head's.
    means_prepositions: frozenset[str] = frozenset()
    # Nouns of the harm an incident did, and the prepositions naming what it was done to ("caused
    # damage to the depot"): that is the incident's site.
    damage_nouns: frozenset[str] = frozenset()
    damage_prepositions: frozenset[str] = frozenset()
    # Prepositions by which the harm is said to come from an incident ("damage was done to X in a
    # fire", "X suffered damage from a blaze"): its site is the harm's.
    damage_sources: frozenset[str] = frozenset()
    # "hours after he was arrested", "a day after she was charged": an earlier event this close
    # to the news is part of it, not a background event.
    close_spans: frozenset[str] = frozenset()
    # What strikes someone in an event of a class ("struck by a car": an accident), by noun, and
    # the verbs of striking ("hit", "strike"): see ``_struck_by``.
    struck_by: Mapping[str, str] = {}
    # The class a named product striking someone opens ("hit by a black Honda Civic"), if any.
    struck_by_products: str | None = None
    strike_verbs: frozenset[str] = frozenset()
    # An infinitive of purpose and its object telling what a verb won ("outclassed X to retain the
    # titles": a contest), by "verb noun": see ``_purpose_class``.
    purposes: Mapping[str, str] = {}
    # "notified the coach of his dismissal": verbs of telling someone of an act done to them, the
    # prepositions naming the act and the classes such telling performs (``_notice_verb``).
    notice_verbs: frozenset[str] = frozenset()
    notice_prepositions: frozenset[str] = frozenset()
    notice_classes: frozenset[str] = frozenset()
    # Verbs of carrying an event to an audience ("the ceremony, televised live from the Corvid
    # Theatre"), and the preposition naming where it is carried from: the event's place.
    broadcast_verbs: frozenset[str] = frozenset()
    broadcast_prepositions: frozenset[str] = frozenset()
    # "OSLO, June 1 (Wire) - X met Y here": where the story was filed is where it happened.
    dateline_adverbs: frozenset[str] = frozenset()
    # "the largest strike Norland has seen": a place that is the subject of one of these in
    # a relative clause on an event noun is where the event happened.
    witness_verbs: frozenset[str] = frozenset()
    # "X refused to meet Y": the infinitive of a refusal is an event that did not happen.
    refusals: frozenset[str] = frozenset()
    # "was found dead": verbs of finding a state, whose date is the finding's, not the event's.
    discovery_verbs: frozenset[str] = frozenset()
    # "fell from a ridge", "plunged down a gully": a fall told as a drop (``_drop``).
    drop_prepositions: frozenset[str] = frozenset()


@functools.cache
def lexicon() -> Lexicon:
    """Return the event lexicon, read once from the data file."""
    data = load_toml(DATA_FILE)
    classes = data["class"]
    words = data["words"]
    verbs = {v: name for name, c in classes.items() for v in c.get("verbs", ())}
    nouns = {n: name for name, c in classes.items() for n in c.get("nouns", ())}
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        phrases={p: name for name, c in classes.items() for p in c.get("phrases", ())},
        role_verbs={v: name for name, c in classes.items() for v in c.get("role_verbs", ())},
        states={a: name for name, c in classes.items() for a in c.get("states", ())},
        role_states={a: name for name, c in classes.items() for a in c.get("role_states", ())},
        agents={a: name for name, c in classes.items() for a in c.get("agents", ())},
        struck_by={a: name for name, c in classes.items() for a in c.get("struck_by", ())},
        purposes={a: name for name, c in classes.items() for a in c.get("purposes", ())},
        struck_by_products=next(
            (name for name, c in classes.items() if c.get("struck_by_products")), None
        ),
        strike_verbs=frozenset(words.get("strike_verbs", ())),
        notice_verbs=frozenset(words.get("notice_verbs", ())),
        notice_prepositions=frozenset(words.get("notice_prepositions", ())),
        notice_classes=frozenset(words.get("notice_classes", ())),
        class_prepositions={
            name: frozenset(c["prepositions"]) for name, c in classes.items() if "prepositions" in c
        },
        incidents=frozenset(name for name, c in classes.items() if c.get("incident")),
        two_sided=frozenset(name for name, c in classes.items() if c.get("sides")),
        containers={k: frozenset(v) for k, v in data["container"].items()},
        background=frozenset(words["background"]),
        # "last Thursday" too: the weekday names are the time lexicon's.
        recent_periods=frozenset(words["recent_periods"]) | weekday_names(),
        close_spans=frozenset(words.get("close_spans", ())),
        broadcast_verbs=frozenset(words.get("broadcast_verbs", ())),
        witness_verbs=frozenset(words.get("witness_verbs", ())),
        broadcast_prepositions=frozenset(words.get("broadcast_prepositions", ())),
        dateline_adverbs=frozenset(words.get("dateline_adverbs", ())),
        refusals=frozenset(words.get("refusals", ())),
        discovery_verbs=frozenset(words.get("discovery_verbs", ())),
        drop_prepositions=frozenset(words.get("drop_prepositions", ())),
        habitual=frozenset(words["habitual"]),
        separate=frozenset(words["separate"]),
        concessive=frozenset(words.get("concessive", ())),
        place_prepositions=frozenset(words["place_prepositions"]),
        town_prepositions=frozenset(words["town_prepositions"]),
        venue_words=frozenset(words["venue_words"]),
        origin_prepositions=frozenset(words["origin_prepositions"]),
        site_prepositions=frozenset(words["site_prepositions"]),
        destinations=frozenset(words["destinations"]),
        destination_classes=frozenset(words["destination_classes"]),
        participant_prepositions=frozenset(words["participant_prepositions"]),
        support_verbs=frozenset(words["support_verbs"]),
        place_object_verbs=frozenset(words["place_object_verbs"]),
        planned=frozenset(words["planned"]),
        purpose_classes=frozenset(words["purpose_classes"]),
        role_words=dict(data.get("roles", {}).get("words", {})),
        role_sets={k: frozenset(v) for k, v in data.get("roles", {}).get("sets", {}).items()},
        result_classes=frozenset(words.get("result_classes", ())),
        causes=frozenset(words.get("causes", ())),
        scene_nouns=frozenset(words.get("scene_nouns", ())),
        occasion_marks=frozenset(words.get("occasion_marks", ())),
        place_relatives=frozenset(words.get("place_relatives", ())),
        place_subject_verbs=frozenset(words.get("place_subject_verbs", ())),
        reporting_classes=frozenset(words.get("reporting_classes", ())),
        arrival_verbs=frozenset(words.get("arrival_verbs", ())),
        gathering_verbs=frozenset(tuple(v.split()) for v in words.get("gathering_verbs", ())),
        occasion_prepositions=frozenset(words.get("occasion_prepositions", ())),
        occasion_noun_prepositions=frozenset(words.get("occasion_noun_prepositions", ())),
        site_verbs=frozenset(words.get("site_verbs", ())),
        site_links=frozenset(words.get("site_links", ())),
        site_subject_verbs=frozenset(words.get("site_subject_verbs", ())),
        owner_verbs=frozenset(words.get("owner_verbs", ())),
        intentions=frozenset(words.get("intentions", ())),
        hypothetical=frozenset(words.get("hypothetical", ())),
        result_prepositions=frozenset(words.get("result_prepositions", ())),
        steps=_step_classes(classes),
        once=frozenset(name for name, c in classes.items() if c.get("once")),
        by_doer=frozenset(name for name, c in classes.items() if c.get("by_doer")),
        repeated=frozenset(name for name, c in classes.items() if c.get("repeated")),
        by_place=frozenset(name for name, c in classes.items() if c.get("by_place")),
        kinds={
            name: {w: kind for kind, ws in c["kinds"].items() for w in ws}
            for name, c in classes.items()
            if "kinds" in c
        },
        includes={inner: name for name, c in classes.items() for inner in c.get("includes", ())},
        means_prepositions=frozenset(words.get("means_prepositions", ())),
        damage_nouns=frozenset(words.get("damage_nouns", ())),
        damage_prepositions=frozenset(words.get("damage_prepositions", ())),
        damage_sources=frozenset(words.get("damage_sources", ())),
    )


def _step_classes(classes: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """Map each step (``steps`` of a class in the data file) to the classes it is a stage of."""
    out: dict[str, set[str]] = {}
    for name, c in classes.items():
        for step in c.get("steps", ()):
            out.setdefault(step, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def related(a: str, b: str) -> bool:
    """Return whether events of classes ``a`` and ``b`` can be one event or one inside the other."""
    containers = lexicon().containers
    return a == b or b in containers.get(a, frozenset()) or a in containers.get(b, frozenset())


@frozen
class Named:
    """An entity mention as frames use it: its id, kind, and span."""

    entity_id: str
    kind: str
    text: str
    span: Span
    # The model's entity label on the name's first word ("FAC", "GPE", "" for none): a place the
    # registry lacks is a venue or a town by it (``place_grain``).
    label: str = ""


@define
class Frame:
    """One event as one document tells it (mutable while the document is read, then emitted)."""

    trigger: Span
    word: str
    lemma: str
    group: str
    token: int  # index of the predicate token
    participants: list[Named] = field(factory=list)
    others: list[Named] = field(factory=list)
    places: list[Named] = field(factory=list)
    origins: list[Named] = field(factory=list)  # where its people are from (EventDetails.origins)
    occasion: str | None = None
    negated: bool = False
    planned: bool = False
    background: bool = False
    triggers: list[int] = field(factory=list)  # token.idx of every word naming this event
    words: list[Span] = field(factory=list)  # the spans of those words, the claims' evidence
    groups: set[str] = field(factory=set)  # every class named: a summit during a visit has both
    unnamed: bool = False  # an argument is someone the text does not name ("nominated her")
    # The frame names no one and its unnamed flag stands for one common noun ("Driver charged"):
    # a later mention naming the people ("Ann Roe was charged") says whether anyone is unnamed.
    unnamed_noun: bool = False
    roles: list[RoleDescription] = field(factory=list)  # participants given by office
    borrowed: list[int] = field(factory=list)  # token.idx of words telling the same occasion
    # token.idx of the words of the event held for it ("held a press conference on Monday to
    # announce"): lent though they name an event of their own (``_held_for``).
    held: list[int] = field(factory=list)
    # One of several events of its kind the article tells, opened from a stage of it told of its
    # person ("Two climbers died ... X fell 600 metres on Saturday"): never a recalled side event.
    several: bool = False
    # A game named by a contest noun whose own phrase gives its day and which names a side or a
    # place ("Friday's derby match in Manchester"): one game of a day, kept though it names fewer
    # than two sides (``_pinned_game``); the aligner lines it up only by that day.
    pinned: bool = False
    kind: str = ""  # which event of its class its words name (``EventDetails.kind``)

    @property
    def local_subject(self) -> str:
        return f"{LOCAL_PREFIX}{self.trigger.doc_id}:{self.trigger.start}"

    @property
    def place(self) -> Named | None:
        return self.places[0] if self.places else None


@plugins.extractor(
    EXTRACTOR,
    requires=(SENTENCES, TAGS, PARSE, ENTITIES, MENTIONS, TIMES, DATELINES),
    assigns=(Facet.EVENT_PARTICIPANTS, Facet.EVENT_PLACE, DURATION_FACET, ORDINAL_FACET),
)
def event_claims(analysis: Analysis) -> list[Claim]:
    """Return one ``event.participants`` (and, where named, ``event.place``) claim per event frame.

    Beside them, the frame's duration and ordinal (``crosscheck.events.facts``), under the same
    local subject, so that the aligner files them with the event.
    """
    doc = analysis.document
    registry = registry_for(analysis.entities)
    sdoc = analysis.doc()
    by_offset = {t.idx: t for t in sdoc}
    out: list[Claim] = []
    for frame in frames(sdoc, doc, registry):
        claims = _claims(doc, frame, registry)
        words = [by_offset[i] for i in frame.triggers if i in by_offset]
        out.extend(claims)
        out.extend(
            Claim(
                doc_id=doc.id,
                facet=fact.facet,
                subject=frame.local_subject,
                subject_label=claims[0].subject_label,
                value=fact.value,
                written=fact.written,
                evidence=(doc.span(fact.start, fact.end),),
                modality=claims[0].modality,
                details=fact.details,
                extractor=EXTRACTOR,
            )
            for fact in frame_facts(sdoc, words, frame.lemma)
        )
    return out


def frames(sdoc: Doc, doc: Document, registry: Registry) -> list[Frame]:
    """Return the document's event frames with participants and place, in text order.

    Dates are not read here: the date extractor decides which event word each date belongs to, and
    the aligner joins its date claims to the frame holding that word (its ``token.idx``).
    """
    lex = lexicon()
    headlines = headline_spans(sdoc.text, words_of(sdoc))  # title-case lines, start and end
    named = _named_tokens(sdoc, doc, registry, headlines)
    _team_sides(sdoc, doc, named, headlines, lex)
    _opponents_named_as_places(sdoc, named, lex)
    _means_sides(sdoc, doc, named, headlines, lex)
    latest = _latest_year(sdoc)
    dates = {sdoc[i].idx: found for i, found in dates_by_predicate(sdoc).items()}
    raw: dict[int, Frame] = {}
    for tok in sdoc:
        group = _event_class(tok, lex)
        if group is None:
            continue
        frame = Frame(
            doc.span(tok.idx, tok.idx + len(tok.text)),
            tok.text,
            _lemma(tok, lex),
            group,
            tok.i,
            triggers=[tok.idx],
            groups={group},
        )
        frame.words = [frame.trigger]
        support = _support_verb(tok, lex)
        if (
            support is not None
            and support.i not in raw
            and tok.dep_ != "pobj"
            # "was found dead late last night": when the body was found, which may be a day
            # after the death ("hanged himself on Tuesday evening"), so not the event's date.
            and support.lemma_.lower() not in lex.discovery_verbs
        ):
            # "opened fire on Friday", "was found dead on Sunday", "held talks on Monday": the
            # date hangs off the verb that carries the event noun or state, so it names the event.
            # Not a verb the event only hangs off by a preposition: "announced on Friday after
            # talks" dates the announcement, not the talks.
            frame.triggers.append(support.idx)
            frame.words.append(doc.span(support.idx, support.idx + len(support.text)))
        notice = _notice_verb(tok, group, lex)
        if notice is not None and notice.idx not in frame.triggers:
            # "notified the coach of his dismissal on Friday": the telling is the dismissal, so
            # a date on the verb of telling dates the event.
            frame.triggers.append(notice.idx)
            frame.words.append(doc.span(notice.idx, notice.idx + len(notice.text)))
        # "Piet Vos, detained May 3 in X": a participle set off after a name is its own
        # event about that person, whatever verb the parser hangs it on; it takes no lead's date.
        lead = None if _apposed_person(tok, named) is not None else _coordinated_lead(tok, lex)
        if lead is not None:
            # "walked into the party Friday and shot a man": the date hangs off the first verb of
            # the coordination, which names no event; its subject and time are the event's too.
            frame.triggers.append(lead.idx)
        # "X will be the host of the ceremony, televised on Sunday": the occasion an agent noun
        # names by "of" is the event the agent does, and a date on it dates the frame.
        frame.triggers.extend(
            o.idx for o in _agent_occasions(tok, lex) if o.idx not in frame.triggers
        )
        frame.borrowed = [t.idx for t in _borrowed(tok, lex)]
        frame.held = [t.idx for t in _held_for(tok, lex)]
        _read(frame, tok, named, lex, latest, registry)
        if group in lex.two_sided:
            day = _game_day(tok, dates)
            if day is not None and _pinned_game(frame, tok):
                # "will line up in Friday's match": the weekday is said of the match, but the date
                # layer dates the verb by it (a weekday alone names no one game, so it is the
                # verb's to give); the game takes that date when its own words carry none.
                frame.pinned = True
                frame.borrowed.extend(i for i in day if i != tok.idx and i not in frame.borrowed)
        frame.kind = _kind(tok, group, lex)
        if not frame.places and group in lex.by_place:
            frame.places.extend(_electorate_places(tok, named, lex))
            if not frame.places:
                _place_by_people(frame, tok, doc, registry)
        if not frame.places:
            frame.places.extend(_filed_here(tok, named, lex))
        raw[tok.i] = frame
    _reported_people(sdoc, raw, named, lex)
    # One sentence, one event: an event word hanging off a predicate of a related class is that
    # event ("host X for a summit at the lodge", "visit the capital for talks").
    merged: dict[int, Frame] = {}
    for i in sorted(raw):
        frame = raw[i]
        host = None if frame.background else _host(sdoc[i], raw)
        if host is None:
            merged[i] = frame
        else:
            _absorb(merged.get(host.token, host), frame, lex)
    # A title-case headline's event that names no one ("Striker Checks Into Vestby Rehab") is left
    # out before the body's mentions join it: a capitalised word there is a guess at a place
    # ("Vestby Rehab"), and the story's people are the body's to name. Incidents name no one.
    out: list[Frame] = []
    # The frames a later mention may join: an intention or a possibility the article recalls in
    # passing (background, never joined) does not push the story's event out of reach.
    reachable: list[Frame] = []
    for frame in merged.values():
        if (
            not frame.participants
            and not frame.roles
            and frame.group not in lex.incidents
            and all(in_spans(headlines, w.start) for w in frame.words)
        ):
            continue
        target = (
            None
            if frame.background or frame.negated
            else _earlier(frame, reachable, registry, sdoc)
        )
        if target is not None and _dated_apart(frame, target, dates):
            # "On July 13 X announced ... praised Y in the July 8 announcement": the date in the
            # noun's own phrase says which announcement is meant, and it is not the one told
            # before: an earlier one of the same kind the story recalls.
            frame.background = True
            target = None
        if target is not None:
            _absorb(target, frame, lex)
        else:
            out.append(frame)
            if not frame.background:
                reachable.append(frame)
    # A frame that names only where its people are from ("the deaths of an Arkansas woman") is
    # kept: the aligner can line it up by that origin.
    # Whether the article names anyone: only then can a frame that describes its person without
    # a name be lined up by the people its article names (``_described_only``).
    names_someone = any(n.kind in PERSON_KINDS for n in named.values())
    # (by offset, as a frame's words are: a later mention joined to an earlier frame lends it)
    own_dated = (
        frozenset(i for i, found in dates.items() if any(modifies for _, modifies in found))
        if names_someone
        else frozenset()
    )
    _held_where_said(out, lex)
    _place_by_the_one_country(out, named, lex)
    kept = [
        f
        for f in out
        if (
            f.participants
            or f.places
            or f.roles
            or f.origins
            or (names_someone and _described_only(sdoc, f, headlines))
            or (own_dated.intersection(f.triggers) and _told_plainly(f, headlines))
        )
        and _sides_told(f, lex)
    ]
    staged = _stage_frames(sdoc, doc, kept, named, lex, latest, registry)
    if staged:
        kept = sorted([*kept, *staged], key=lambda f: f.token)
    _steps(sdoc, kept, named, lex)
    # A word that names an event of its own is dated for that event, never lent to another.
    naming = {i for f in [*raw.values(), *staged] for i in f.triggers}
    for f in kept:
        f.borrowed = sorted((set(f.borrowed) - naming) | set(f.held))
    # An article tells one event of each kind: another frame of the same kind about other people
    # ("Another player was arrested in January", "the club fired its president a year ago") is an
    # earlier or side event the story recalls, never the story's event.
    main: dict[str, set[str]] = {}  # the people of the first frame of each class naming any
    for f in kept:
        if f.background or f.negated or f.several:
            continue
        mine = {n.entity_id for n in f.participants if n.kind in PERSON_KINDS}
        if not mine:
            continue
        theirs = main.setdefault(f.group, mine)
        if not mine & theirs or (mine - theirs and theirs - mine):
            # No one in common, or each names someone the other does not ("X nominated Y" and,
            # later, "X had asked Z"): the same kind of event with someone else.
            f.background = True
    return kept


def _filed_here(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the dateline's place when the text says the event happened where it was filed.

    A dateline ("OSLO, June 1 (Nordic Wire) -") says where the reporter filed, so its city is
    never an event's place by itself; "X met Y here" (`dateline_adverbs` on the event's verb or
    the verb carrying its noun) says it is; a place phrase on the adverb ("here at the Corvid
    Hall") is the closer place, in that city. The dateline is the last one opening a paragraph
    before the event; its place is a place the entity layer names before its date.
    """
    holders = [tok]
    support = _support_verb(tok, lex)
    if support is not None:
        holders.append(support)
    adverbs = [
        c
        for h in holders
        for c in h.children
        if c.dep_ == "advmod" and c.lower_ in lex.dateline_adverbs
    ]
    if not adverbs:
        return []
    # "here in the Corvid Hall": the parser hangs the place phrase on the adverb; it says where,
    # more closely than the dateline.
    closer = [n for a in adverbs for n in _phrase_places(a, named, lex)]
    if not closer and any(list(a.children) for a in adverbs):
        return []  # a phrase on the adverb names something else: no telling
    doc = tok.doc
    lines = [s for s in doc.spans[DATELINES] if s.start < tok.i]
    if not lines:
        return []
    line = lines[-1]
    first = doc[line.start].sent.start
    filed = [
        named[i] for i in range(first, line.start) if i in named and named[i].kind in PLACE_KINDS
    ]
    # The closer place first (the most specific), inside the city the story was filed from.
    return _unique([*closer, *filed[:1]])


def _described_only(sdoc: Doc, frame: Frame, headlines: Sequence[int]) -> bool:
    """Return whether a body frame's verb has a subject that describes a person it does not name.

    "A 61-year-old pharmacist was charged with fraud on Saturday": the frame names no one, but
    its article names the people its event is about elsewhere ("Dana Roe, who ran the shop,
    ..."), and the aligner lines it up by them (``told_people``), so its date is compared with
    the other outlets'. Dropped, its date dated nothing. Only a verb with a common noun for its
    subject: a pronoun ("his arrest", "she will host") may stand for anyone the article names,
    and on ECB+ such frames joined another sub-topic's event; only a verb telling what happened
    (``_told_as_done``). A headline's frame stays dropped (the headline rule above), and so do
    background, negated and planned frames; the caller keeps one only in an article that names
    someone.
    """
    if not frame.unnamed or frame.background or frame.negated or frame.planned:
        return False
    if all(in_spans(headlines, w.start) for w in frame.words):
        return False
    tok = sdoc[frame.token]
    if tok.pos_ != "VERB" or not _told_as_done(tok):
        return False
    args = [c for c in tok.children if c.dep_ in SUBJECT_DEPS or c.dep_ in OBJECT_DEPS]
    if (
        tok.dep_ == "conj"
        and tok.head.pos_ == "VERB"
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    ):
        # "A man walked into the office on Monday and shot three people": a conjunct verb with
        # no subject of its own shares its first conjunct's (as ``_read`` reads its people).
        args.extend(c for c in tok.head.children if c.dep_ in SUBJECT_DEPS)
    if any(a.pos_ == "PRON" for a in args):
        return False
    # A subject that is itself an event ("the quake killed 40 people") is the cause, not a person.
    return any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and _event_class(c, lexicon()) is None
        for c in args
    )


def _told_plainly(frame: Frame, headlines: Sequence[int]) -> bool:
    """Return whether a frame naming no one is kept for the date its own phrase gives it.

    "A gunman was arrested hours after the Monday morning raid": the raid names no one, but its
    article names the people its event is about elsewhere, and its own date says which raid it
    is, so the aligner lines it up by those people (``told_people``) and compares that date with
    the other outlets' (dropped, the date dated nothing). The caller keeps one only in an article
    that names someone; never a headline's, a background, negated or planned frame.
    """
    if frame.background or frame.negated or frame.planned:
        return False
    return not all(in_spans(headlines, w.start) for w in frame.words)


def _told_as_done(verb: Token) -> bool:
    """Return whether a verb tells what happened: a past form, or a participle after an auxiliary.

    "was charged", "has been arrested", "fired" are; "would let agencies decide", "to meet" tell
    no event that happened (on ECB+ such a frame of a new rule's wording joined a ruling).
    """
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _sides_told(frame: Frame, lex: Lexicon) -> bool:
    """Return whether a frame names enough of its event to be one: both sides of a contest.

    One side meets many others ("the Hawks won on Sunday", "Vance's victory"): without the
    other the frame could be any of its games or bouts.
    """
    if frame.group not in lex.two_sided:
        return True
    return frame.pinned or len(sides(_ids(frame.participants), _ids(frame.others))) >= 2


# The dependency labels by which a date is written inside a noun's own phrase: "Friday's match",
# "the Friday match", "the match Friday".
OWN_DATE_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod"})


def _game_day(
    tok: Token, dates: Mapping[int, Sequence[tuple[TimeExpression, bool]]]
) -> list[int] | None:
    """Return the offsets of the words dated by a day written in a contest noun's own phrase.

    "Friday's match", "a match on Friday": the day says which of a side's games is meant,
    wherever the date layer files it (the verb the noun hangs on: "will line up in Friday's
    match"). None when the noun's phrase gives no day; an empty list when the day dates nothing.
    """
    spans: list[tuple[int, int]] = []
    # "a match looming on Friday": a participle describing the game gives its day too
    own = [g for c in tok.children if _game_participle(c) for g in c.children]
    for c in [*tok.children, *own]:
        if c.dep_ in OWN_DATE_DEPS and c.ent_type_ == "DATE":
            inner = c
        elif c.dep_ == "prep" and c.lower_ == "on":
            inner = next(
                (g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"), None
            )
            if inner is None:
                continue
        else:
            continue
        words = list(inner.subtree)
        spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    if not spans:
        return None
    return [
        i
        for i, found in dates.items()
        if any(start <= te.start < end for te, _ in found for start, end in spans)
    ]


def _game_participle(c: Token) -> bool:
    """Return whether a contest noun's dependent is a participle describing the game itself: a
    verb modifying it with no subject or object of its own ("a match looming on Friday", "the
    bout arranged for May 3 in Glasgow")."""
    return (
        c.dep_ == "acl"
        and c.pos_ == "VERB"
        and c.tag_ in ("VBG", "VBN")
        and not any(g.dep_ in OBJECT_DEPS or g.dep_ in SUBJECT_DEPS for g in c.children)
    )


def _pinned_game(frame: Frame, tok: Token) -> bool:
    """Return whether a contest noun with a day of its own names one game of that day.

    One game, not several ("Friday's matches"), named by a noun (a verb's "won on Friday" is any of
    the winner's games that week, and a noun here keeps the day in its own phrase), and tied to
    something beside the day: a side or player, or a place of its own ("at Granite Stadium").
    """
    if tok.pos_ != "NOUN" or tok.tag_ in PLURAL_TAGS:
        return False
    return bool(frame.participants or frame.places or frame.others)


def sides(participants: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """Return the sides of a contest: its participants and the organisations beside them.

    A country beside people ("a win over the American X") says where someone is from, not who
    played; a country among the participants themselves ("Spain beat Italy") is a side.
    """
    return frozenset(participants) | frozenset(o for o in others if kind_of_id(o) != COUNTRY_KIND)


def side_words(ids: Iterable[str]) -> frozenset[frozenset[str]]:
    """Return each side of a contest (``sides``) as the words of its name.

    A short headline's "Owls" is the body's "Harbor City Owls", and a team is a person in one
    outlet's parse (keyed surname first, "#owls-harbor-city") and an organisation in another's:
    a side is its name, whatever kind the model took it for.
    """
    return frozenset(frozenset(i.split(":", 1)[-1].lstrip("#~").split("-")) for i in ids)


def sides_covered(few: frozenset[frozenset[str]], many: frozenset[frozenset[str]]) -> bool:
    """Return whether each side of ``few`` is a side of ``many`` named in full or in part.

    Each side is matched by a side of its own: "Owls" and "Hawks" are both sides of "the Harbor
    City Owls beat the Hawks", never two readings of one side.
    """
    used: set[frozenset[str]] = set()
    for side in sorted(few, key=lambda s: sorted(s)):
        match = next(
            (m for m in sorted(many, key=lambda s: sorted(s)) if m not in used and side <= m), None
        )
        if match is None:
            return False
        used.add(match)
    return True


def _ids(named: Iterable[Named]) -> list[str]:
    return [n.entity_id for n in named]


def _lemma(tok: Token, lex: Lexicon) -> str:
    compound = _compound_key(tok)
    if compound in lex.nouns:
        return compound
    phrase = _phrase_of(tok, lex)
    if phrase:
        return phrase
    if tok.pos_ == "VERB" and tok.lemma_.lower() not in lex.verbs:
        particle = next((k for k in _particle_keys(tok) if k in lex.phrases), None)
        if particle is not None:
            return particle
    if tok.pos_ == "VERB" or tok.lemma_.lower() in lex.nouns:
        return tok.lemma_.lower()
    return tok.lower_


def _compound_key(tok: Token) -> str:
    words = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return f"{words[-1]} {tok.lemma_.lower()}" if words else ""


PERSONAL_SUBJECTS = frozenset({"he", "she"})


def _bound_pronoun(pronoun: Token) -> Token | None:
    """Return the named person a subject pronoun of an adverbial clause stands for, or None.

    "X resigned on Monday, a day after he was charged", "X hanged himself hours after he was
    arrested": a "he" or "she" subject of a clause a subordinator ("after", "when", "because")
    hangs on a verb is that verb's subject when a name the model reads as a person is its
    subject. Nothing else is resolved: a pronoun in a sentence of its own, or after a subject
    that is no named person, stays unread.
    """
    if pronoun.lower_ not in PERSONAL_SUBJECTS:
        return None
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(m.dep_ == "mark" for m in clause.children):
        return None
    if _reports(clause.head):
        return None  # "after he left, X said Y ...": whose clause it is, the parse cannot say
    subjects = [
        c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.ent_type_ == PERSON_LABEL
    ]
    return subjects[0] if len(subjects) == 1 else None


def _reports(verb: Token) -> bool:
    """Return whether a verb takes a clause as its complement ("said Z fled", "believes Z
    left"): an adjunct hung on it may belong to the reported clause, which the parse often
    misses, so it lends that adjunct no subject."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _misread_roles(tok: Token) -> list[Token]:
    """Return the gerunds the parser made of a role noun before a verb's argument's name.

    "placed running back Ann Lee on the injured list", "signed running back Ann Lee to a deal":
    the parser reads the two-word noun as a gerund and its particle, hangs the name and the
    verb's prepositions on the gerund, and leaves the verb without an object (or hangs the
    gerund on the subject, "the Owls running back Ann Lee was placed on..."). The signature is
    syntactic: a gerund, right after it a particle, right after that a proper name as its object.
    What hangs on such a gerund is the verb's (``_argument_children``).
    """
    if tok.pos_ != "VERB":
        return []
    holders = [tok, *(c for c in tok.children if c.dep_ in OBJECT_DEPS | SUBJECT_DEPS)]
    out = []
    for h in holders:
        for g in h.children:
            if g.tag_ != "VBG" or g.dep_ not in ("acl", "xcomp") or g.i < h.i:
                continue
            particle = g.i + 1 < len(g.doc) and g.doc[g.i + 1]
            if not particle or particle.head.i != g.i or particle.dep_ not in ("advmod", "prt"):
                continue
            if any(
                c.dep_ in ("dobj", "npadvmod")
                and c.pos_ == "PROPN"
                and min(t.i for t in c.subtree) == particle.i + 1
                for c in g.children
            ):
                out.append(g)
    return out


def _argument_children(tok: Token) -> list[Token]:
    """Return a predicate's dependents, with those the parser hung on a misread role noun
    (``_misread_roles``): its name is the verb's object, its prepositions the verb's."""
    gerunds = _misread_roles(tok)
    if not gerunds:
        return list(tok.children)
    lent = [c for g in gerunds for c in g.children if c.dep_ == "prep"]
    own = [c for c in tok.children if c not in gerunds]
    return sorted([*own, *lent], key=lambda t: t.i)


def _misread_names(tok: Token) -> list[Token]:
    """Return the names that follow a misread role noun (``_misread_roles``): the people the
    role is said of, the verb's object or, on its subject, its subject."""
    return [
        c
        for g in _misread_roles(tok)
        for c in g.children
        if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "PROPN" and c.i > g.i + 1
    ]


def _comma_subjects(tok: Token) -> list[Token]:
    """Return the proper names the parser hung on a comma before a verb that has no subject.

    "Near dusk, Ann Lee, the group's cook, slid 200 metres": after an opening phrase and its
    comma the parser may take the name for a phrase of the comma's and leave the verb with no
    subject, or with a participle of the name's own phrase for one ("carrying the stove"). A verb
    with a nominal subject keeps it; only a comma before the verb, and only a proper name hung
    straight on it, is read as the subject.
    """
    if tok.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS and c.pos_ != "VERB" for c in tok.children):
        return []
    return [
        n
        for p in tok.children
        if p.dep_ == "punct" and p.text == "," and p.i < tok.i
        for n in p.children
        if n.pos_ == "PROPN" and n.i < tok.i
    ]


def _particle_keys(tok: Token) -> list[str]:
    """Return "verb particle" for each particle or preposition of a verb ("check into").

    And "verb preposition noun" for a preposition's object ("relieved of his duties": "relieve
    of duty"), where the preposition alone says too little ("relieved of the pain" is no
    dismissal), also when the parser hangs the preposition on the verb's object, a name
    ("relieved X of his duties").
    """
    lemma = tok.lemma_.lower()
    preps = [c for c in _argument_children(tok) if c.dep_ in ("prt", "prep")]
    keys = [f"{lemma} {c.lower_}" for c in preps]
    preps.extend(
        p
        for c in tok.children
        if c.dep_ in OBJECT_DEPS and c.pos_ == "PROPN"
        for p in c.children
        if p.dep_ == "prep"
    )
    keys.extend(f"{lemma} {p.lower_} {g.lemma_.lower()}" for p in preps for g in _prep_objects(p))
    return keys


def _prep_objects(prep: Token) -> list[Token]:
    """Return a preposition's objects: its noun, or the object of a gerund the parser put there
    ("of his head coaching responsibilities" parses as "coaching" with its object)."""
    out = [g for g in prep.children if g.dep_ == "pobj"]
    out.extend(
        o for g in prep.children if g.dep_ == "pcomp" for o in g.children if o.dep_ in OBJECT_DEPS
    )
    return out


def _of_sites(tok: Token) -> list[Token]:
    """Return the objects of an incident noun's "of" phrase ("the burning of the chapel"): read
    only as a building the article names or its person has (``_named_venue``, ``_owned_venue``)."""
    if tok.pos_ != "NOUN":
        return []
    return [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == ARGUMENT_PREPOSITION
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _stranded_object(prep: Token) -> Token | None:
    """Return the noun phrase right after a preposition the parser left without an object.

    "a fire Friday at Ann Roe's church caused damage": a bare weekday between the noun and "at"
    derails the parse, and the phrase after "at" becomes the clause's subject. The head of the
    phrase that starts right after the preposition and hangs outside it is its object.
    """
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return None
    # Up from the word after it while the phrase still starts there: "Ann", "Roe", "church".
    head = first = prep.doc[prep.i + 1]
    while head.head.i != head.i and head.head.left_edge.i == first.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i > prep.i else None


def _phrase_key(tok: Token) -> str:
    """Return "verb noun" for a noun that is its verb's object ("opened fire": "open fire"), or its
    complement ("became the county's top scorer": "become scorer"; only listed phrases count)."""
    if tok.dep_ not in PHRASE_OBJECT_DEPS or tok.head.pos_ != "VERB":
        return ""
    return f"{tok.head.lemma_.lower()} {tok.lemma_.lower()}"


def _compound_phrase_key(tok: Token) -> str:
    """Return "verb compound noun" for an object with a compound before it ("released a security
    update": "release security update"), where the noun alone says too little ("issued an update
    on the inquiry")."""
    key, compound = _phrase_key(tok), _compound_key(tok)
    return f"{key.split()[0]} {compound}" if key and compound else ""


def _phrase_of(tok: Token, lex: Lexicon) -> str:
    """Return the phrase of ``lex.phrases`` a verb's object makes, plain or with its compound
    ("open fire", "release security update"), or ""."""
    for key in (_phrase_key(tok), _compound_phrase_key(tok)):
        if key in lex.phrases:
            return key
    return ""


def _role_complement(tok: Token) -> bool:
    """Return whether a verb gives its object or subject an office ("named X coach", "asked X
    to serve as chief", "was introduced as the new coach"): a common noun, not a name."""
    for c in tok.children:
        if c.dep_ == "oprd" and _office(c):
            return True
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return True
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            return True  # "was approached to fill the post": a purpose clause says what for
        if (
            c.dep_ == "prep"
            and c.lower_ == ROLE_PREPOSITION
            and any(g.dep_ == "pobj" and _office(g) for g in c.children)
        ):
            return True
    return False


def _office(tok: Token) -> bool:
    # "named X coach", "named X Fire Marshal"; but "a man named X" gives a name, not an office.
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != PERSON_LABEL


def _event_class(tok: Token, lex: Lexicon) -> str | None:
    """Return the event class of a predicate token, or None for any other word."""
    if tok.ent_type_ in NAME_LABELS:
        return None  # part of a name: "the Election Commission", "Summit County"
    if tok.pos_ == "VERB":
        lemma = tok.lemma_.lower()
        if lemma in lex.verbs:
            return lex.verbs[lemma]
        # "named X coach", "asked X to serve as chief": choosing someone for an office. Without
        # the office the verb is about something else ("a man named X", "asked a question").
        if lemma in lex.role_verbs and _role_complement(tok):
            return lex.role_verbs[lemma]
        struck = _struck_by(tok, lex)
        if struck is not None:
            return struck
        won = _purpose_class(tok, lex)
        if won is not None:
            return won
        # "checked into a clinic", "checked in": a verb and its particle or preposition.
        return next((lex.phrases[k] for k in _particle_keys(tok) if k in lex.phrases), None)
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.lemma_.lower() in lex.agents:
            # "X will be the host of the awards", "X is this year's host": the doer of an event
            # said of someone is that event; "the host" as an argument is a person (``roles``).
            return lex.agents[tok.lemma_.lower()] if _predicated(tok) else None
        group = (
            lex.phrases.get(_phrase_of(tok, lex))
            or lex.nouns.get(_compound_key(tok))
            or lex.nouns.get(tok.lemma_.lower())
            or lex.nouns.get(tok.lower_)
        )
        if group in lex.two_sided and tok.dep_ == "compound":
            # "a playoff place", "the match plan", "a win streak": a contest noun modifying
            # another names a kind of thing, not a game.
            return None
        return group
    if tok.pos_ == "ADJ" and tok.dep_ in STATE_DEPS:
        # "X is presumed dead", "left a woman dead": a state said of someone is an event.
        return lex.states.get(tok.lemma_.lower())
    if tok.pos_ == "PRON" and tok.lower_.endswith(REFLEXIVE_ENDINGS):
        # "hanged himself": a verb and its reflexive object (``phrases``), done to its subject.
        return lex.phrases.get(_phrase_key(tok))
    if tok.pos_ == "ADJ" and _facility(tok, lex) is not None:
        # "entered a rehab facility" with "rehab" tagged an adjective: the event noun naming the
        # kind of place, read as the noun it is.
        return lex.nouns[tok.lemma_.lower()]
    if _office_state(tok, lex):
        # "X is out as head coach": a state that takes someone's office from them.
        return lex.role_states[tok.lower_]
    return None


def _purpose_class(tok: Token, lex: Lexicon) -> str | None:
    """Return the class a verb's infinitive of purpose tells it is of ("purposes"), or None.

    "X outclassed Y in Graz to retain her belts": a verb of no class, with a subject and a named
    object, done to keep a title, is the bout that kept it, whatever verb the outlet chose. The
    infinitive has no subject of its own (its subject is the verb's) and its object makes the
    phrase ("retain title"); a verb with no named object ("trained hard to keep his title") is
    no contest with anyone.
    """
    if not any(c.dep_ in SIDE_SUBJECTS for c in tok.children) or not any(
        c.dep_ in SIDE_OBJECTS and c.pos_ == "PROPN" for c in tok.children
    ):
        return None
    for clause in tok.children:
        if (
            clause.dep_ != "advcl"
            or clause.pos_ != "VERB"
            or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)
            or any(a.dep_ in SUBJECT_DEPS for a in clause.children)
        ):
            continue
        for o in clause.children:
            if o.dep_ in OBJECT_DEPS:
                found = lex.purposes.get(_phrase_key(o))
                if found is not None:
                    return found
    return None


def _struck_by(tok: Token, lex: Lexicon) -> str | None:
    """Return the class of a verb of striking by what strikes: "was struck by a car", "a van hit
    her" (an accident), or None.

    The verb alone tells no event ("the storm hit the coast", "hit by criticism", "struck a
    deal"): only its passive agent's noun or its subject's, when a class lists it in ``struck_by``.
    Nor one coordinated before an event verb ("a van struck and killed her"), whose event it leads.
    """
    if tok.lemma_.lower() not in lex.strike_verbs:
        return None
    if any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in lex.verbs
        for c in tok.children
    ):
        # "a van struck and killed her": the strike is how the event of the verb after it came
        # about, the first word of that event's frame (``_coordinated_lead``), not an event apart.
        return None
    doers = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in tok.children if c.dep_ == "nsubj"]
    found = next(
        (lex.struck_by[d.lemma_.lower()] for d in doers if d.lemma_.lower() in lex.struck_by), None
    )
    if found is None and any(_named_product(d) for d in doers):
        # "was hit by a black Honda Civic": a make and model the model labels a product,
        # what strikes someone in the class that takes named products (``struck_by_products``).
        found = lex.struck_by_products
    return found


def _named_product(doer: Token) -> bool:
    """Return whether a striker is one thing named as a product: "a black Honda Civic".

    The noun itself must be the product's name (or its apposition: the parser reads a colour
    before the name as the noun, "a silver [Nissan Altima]"), after "a" or "an": a product name
    before a common noun says what kind of thing strikes ("a Hellfire missile"), and one without
    an article is the maker or the brand ("hit by Honda's recall").
    """
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in doer.children):
        return False
    return any(
        t.pos_ == "PROPN" and t.ent_type_ == PRODUCT_LABEL
        for t in [doer, *(c for c in doer.children if c.dep_ == "appos")]
    )


def _office_state(tok: Token, lex: Lexicon) -> bool:
    """Return whether a word is a state said of a copula's subject in an office ("X is out as
    head coach"): without the office the word says something else ("the lights are out")."""
    head = tok.head
    return (
        tok.lower_ in lex.role_states
        and tok.dep_ in ("acomp", "advmod")
        and head.lemma_.lower() == COPULA
        and any(
            c.dep_ == "prep"
            and c.lower_ == ROLE_PREPOSITION
            and any(g.dep_ == "pobj" and _known_office(g) for g in c.children)
            for c in head.children
        )
    )


def _known_office(tok: Token) -> bool:
    """Return whether a noun, with its modifiers, is an office the names lexicon knows ("head
    coach", "chief executive"), not any common noun ("out as a favourite")."""
    names = role_lexicon()
    words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    words.append(tok.lower_)
    return any(names.role(" ".join(words[k:])) for k in range(len(words)))


def _reported_people(
    sdoc: Doc, raw: Mapping[int, Frame], named: Mapping[int, Named], lex: Lexicon
) -> None:
    """Give a frame that reports an event the people of the event it reports.

    "Obama announced that he was nominating Ann Roe": the announcement is about the nomination,
    and the people the nomination names take part in it, as "announced Roe as his nominee" says
    with an object. A frame of a ``reporting_classes`` class whose verb has a clausal complement
    (``ccomp``) takes the people of the frames inside that clause who are the subject or object of
    the clause's verb or of those frames' own words; what it names of its own stays. Only those
    arguments: a name in a modifier ("the Oscar ceremony") is often misread as a person.
    """
    for i, frame in raw.items():
        tok = sdoc[i]
        if frame.group not in lex.reporting_classes or tok.pos_ != "VERB":
            continue
        clauses = [
            (c, range(c.left_edge.i, c.right_edge.i + 1))
            for c in tok.children
            if c.dep_ == REPORTED_CLAUSE_DEP
        ]
        if (reported_before := _reported_before(tok)) is not None:
            # The clause it reports comes first and holds it: everything of that clause before
            # the reporting words.
            clauses.append((reported_before, range(reported_before.left_edge.i, tok.left_edge.i)))
        for clause, inside in clauses:
            reported = [
                other for j, other in sorted(raw.items()) if j in inside and not other.negated
            ]
            heads = [clause, *(sdoc[other.token] for other in reported)]
            arguments = {
                named[c.i].entity_id
                for h in heads
                for c in h.children
                if (c.dep_ in SUBJECT_DEPS or c.dep_ in OBJECT_DEPS) and c.i in named
            }
            people = [
                n
                for other in reported
                for n in other.participants
                if n.kind in PERSON_KINDS and n.entity_id in arguments
            ]
            if not people:
                continue
            mine = [n for n in frame.participants if n.kind in PERSON_KINDS]
            if not mine:
                # Its own participants were organisations only: with people named they are the
                # others, as ``_read`` keeps them when a sentence names both.
                frame.others = _unique([*frame.others, *frame.participants])
            frame.participants = _unique([*mine, *people])


def _reported_before(tok: Token) -> Token | None:
    """Return the clause a trailing reporting verb reports when the parse hangs it on that clause.

    "X will host the awards, the academy announced on Friday": the parser may take the reporting
    words for a clause joined to the one they report (``conj``, ``parataxis``) rather than the
    head of a reported ``ccomp``, or for an adverbial clause (``advcl``). The reporting verb comes
    after a comma, names its own subject and reports nothing else (no object, no clause of its own,
    no subordinator: "X resigned, after the board announced on Friday" tells two events): then
    what it reports is the clause it hangs on. Not after "and" ("X resigned, and the board
    announced a vote": two events).
    """
    head = tok.head
    if tok.dep_ not in TRAILING_REPORT_DEPS or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in (REPORTED_CLAUSE_DEP, "mark") for c in tok.children):
        return None
    # The comma is the reporting clause's first token or the one before it, as the parse has it.
    first = tok.left_edge.i
    if tok.doc[first].text != "," and (first == 0 or tok.doc[first - 1].text != ","):
        return None
    return head


def _agent_occasions(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the common nouns an agent noun said of someone names by "of" ("the host of the
    ceremony", "the host of this year's awards"): the occasion the agent does, one event with it.

    Only a common noun, never a name: "the host of the Tartu Film Prize" names the occasion's
    organiser, which is a participant, and no date hangs off a name.
    """
    if tok.lemma_.lower() not in lex.agents or not _predicated(tok):
        return []
    return [
        o
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == AGENT_OCCASION_PREPOSITION
        for o in prep.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_
    ]


def _predicated(tok: Token) -> bool:
    """Return whether a noun is the complement of a copula ("X will be the host")."""
    return tok.dep_ == "attr" and tok.head.lemma_.lower() == COPULA


def _named_tokens(
    sdoc: Doc, doc: Document, registry: Registry, headlines: Sequence[int] = ()
) -> dict[int, Named]:
    """Map each token inside an entity mention to that entity (registry ids, else local ids).

    ``headlines`` are the document's title-case lines (``headline_spans``), whose words are named by
    the body's names (``_headline_names``).

    A surname alone ("Carro") takes the id of the full name the document gave before or after it,
    so that one person is one participant however often they are named.
    """
    layer = sdoc._.get(EXT_MENTIONS) or ()
    spans = sdoc.spans.get(MENTIONS, [])
    chosen: list[tuple[int, int, Named]] = []
    for mention, span in zip(layer, spans, strict=False):
        if mention.entity_id:
            entity_id = mention.entity_id
            kind = registry.kind(entity_id) if entity_id in registry else kind_of_id(entity_id)
        elif mention.resolution is Resolution.MODEL and span.label_.startswith(MODEL_PREFIX):
            model_kind = MODEL_KINDS.get(span.label_[len(MODEL_PREFIX) :])
            if model_kind is None:
                continue
            kind, entity_id = model_kind, local_id(model_kind, mention.text)
        else:
            continue
        label = sdoc[span.start].ent_type_ if span.start < len(sdoc) else ""
        chosen.append(
            (span.start, span.end, Named(entity_id, kind, mention.text, mention.span, label))
        )
    # Full local person names by their last word, so the surname alone resolves to them.
    full: dict[str, str] = {}
    for _, _, n in sorted(chosen, key=lambda c: (c[0], c[1])):
        words = n.text.split()
        if n.kind == "person" and is_local(n.entity_id) and len(words) > 1:
            full.setdefault(words[-1].lower(), n.entity_id)
    out: dict[int, Named] = {}
    for start, end, n in chosen:
        words = n.text.split()
        if n.kind == "person" and is_local(n.entity_id) and len(words) == 1:
            n = Named(full.get(words[0].lower(), n.entity_id), n.kind, n.text, n.span, n.label)
        for i in range(start, end):
            out.setdefault(i, n)  # registry mentions come first in the layer and win
    _headline_names(sdoc, out, headlines)
    for tok in sdoc:
        if _town_word(tok) and _unknown_or_misread(out.get(tok.i), tok):
            span = doc.span(tok.idx, tok.idx + len(tok.text))
            out[tok.i] = Named(local_id(TOWN_KIND, tok.text), TOWN_KIND, tok.text, span, TOWN_LABEL)
        first = _venue_name(tok)
        # A place named at the head of a venue's name is part of it: "Jamaica Hospital" is a
        # hospital (in another country than Jamaica), "the Leeds Arena" an arena. Such a venue has
        # no grain (no venue label): where it lies is no more known than of a place its name
        # shares, so it never contradicts another venue.
        inside = _on(out, first, tok) if first is not None else []
        if first is not None and all(
            is_local(n.entity_id) or n.kind in VENUE_NAME_PLACE_KINDS for n in inside
        ):
            text = sdoc[first.i : tok.i + 1].text
            span = doc.span(first.idx, tok.idx + len(tok.text))
            named_after = any(not is_local(n.entity_id) for n in inside)
            label = "" if named_after else VENUE_LABEL
            venue = Named(local_id(TOWN_KIND, text), TOWN_KIND, text, span, label)
            for i in range(first.i, tok.i + 1):
                out[i] = venue
    _regions_after_towns(sdoc, doc, out, registry)
    return out


# The dependency labels of a contest verb's two sides ("A beat B"), and the tags of a word that
# may name a team the model names nothing: a proper noun or a plural ("Hawks", tagged a common
# plural when it opens a headline). A singular common noun ("Police beat ...") never is.
SIDE_SUBJECTS = frozenset({"nsubj"})
SIDE_OBJECTS = frozenset({"dobj"})
TEAM_TAGS = frozenset({"NNP", "NNPS", "NNS"})
# The model's labels a team's name may carry unnamed: none, or a product it mistook it for.
TEAM_LABELS = frozenset({"", "PRODUCT"})
TEAM_KIND = "organization"
# The kinds of a named side beside which an unnamed team word is the other side.
TEAM_SIDE_KINDS = frozenset({"organization", "team"})
TEAM_LABEL = "ORG"
# Marks after which a capital says nothing about a name ("Title: Hawks ...", a quote's start).
CAPITAL_OPENERS = frozenset({":", '"', "\u201c", "'", "\u2018", "(", "-", "\u2014", "\u2013"})


def _team_sides(
    sdoc: Doc, doc: Document, named: dict[int, Named], headlines: Sequence[int], lex: Lexicon
) -> None:
    """Name as organisations the two unnamed sides of a contest verb: "Hawks beat Owls 20-13".

    The small model often names no entity in a short headline of a game, so the contest has no
    side and no frame. The subject and the object of a contest verb are its sides when both are
    team names by their form: a proper noun or a plural the article writes capitalised inside a
    sentence and never in lower case (a sentence-case headline's capitalised common word is not
    one). Both sides must be such names, or one of them an organisation the model did name: a
    person or a place beside the verb leaves it alone. A side is keyed by its words as written
    ("Owls"), never by a fuller name the article gives elsewhere: other outlets' headlines write
    the same short name, and that is where the frames meet.
    """
    # Read over the whole article, so only once a contest verb has a subject and an object: most
    # articles have none, and this runs for every one.
    capital: frozenset[str] | None = None
    for verb in sdoc:
        if verb.pos_ != "VERB" or lex.verbs.get(verb.lemma_.lower()) not in lex.two_sided:
            continue
        subjects = [c for c in verb.children if c.dep_ in SIDE_SUBJECTS]
        objects = [
            c for c in verb.children if c.dep_ in SIDE_OBJECTS and c.pos_ in ("NOUN", "PROPN")
        ]
        # The object is the nearest noun: a misparsed headline hangs a later clause's object on
        # the verb too ("Hawks Beat Owls, Lift Cup").
        if len(subjects) != 1 or not objects:
            continue
        pair = (subjects[0], objects[0])
        if capital is None:
            capital = _capitalised_words(sdoc, headlines)
        if not all(
            named[t.i].kind in TEAM_SIDE_KINDS if t.i in named else _team_word(t, capital)
            for t in pair
        ):
            continue
        for t in pair:
            if t.i not in named:
                _name_team(sdoc, doc, named, t)


def _name_team(sdoc: Doc, doc: Document, named: dict[int, Named], t: Token) -> None:
    """Name a team word and the capitalised proper nouns compounded before it as one team."""
    first = t
    while first.i > 0:
        left = sdoc[first.i - 1]
        if left.head.i != t.i or left.dep_ != "compound" or left.i in named:
            break
        if left.pos_ != "PROPN" or not left.text[:1].isupper():
            break
        first = left
    text = sdoc[first.i : t.i + 1].text
    entity_id = local_id(TEAM_KIND, text)
    span = doc.span(first.idx, t.idx + len(t.text))
    side = Named(entity_id, TEAM_KIND, text, span, TEAM_LABEL)
    for i in range(first.i, t.i + 1):
        named[i] = side


def _means_sides(
    sdoc: Doc, doc: Document, named: dict[int, Named], headlines: Sequence[int], lex: Lexicon
) -> None:
    """Name as a team the unnamed winner of a contest noun told as the means of a verb.

    "X lifted the league shield with a win over the Hawks", "are back in the final after booking
    their place with a win over the Hawks": the verb's subject won (``_means_subjects``), and the
    model often names no entity for a team ("the Owls"). When the opponent after the noun's own
    preposition is a team (named an organisation, a plural proper noun the model took for a
    person, or a team word by form) and the subject is a team word by form (``_team_word``),
    the subject is named as a team, so the contest has its two sides.
    """
    capital: frozenset[str] | None = None
    for tok in sdoc:
        if tok.pos_ != "NOUN" or lex.nouns.get(tok.lemma_.lower()) not in lex.two_sided:
            continue
        head = _means_head(tok, lex)
        if head is None:
            continue
        subjects = _means_subjects(head, lex)
        preps = lex.class_prepositions.get(lex.nouns[tok.lemma_.lower()], frozenset())
        opponents = [
            g
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        if len(subjects) != 1 or len(opponents) != 1 or subjects[0].i in named:
            continue
        if opponents[0].conjuncts:
            continue  # "with a win over X or a Y stumble": a way the season may go, not one game
        if capital is None:
            capital = _capitalised_words(sdoc, headlines)
        winner, loser = subjects[0], opponents[0]
        n = named.get(loser.i)
        team = (
            _team_word(loser, capital)
            if n is None
            else n.kind in TEAM_SIDE_KINDS or (n.kind in PERSON_KINDS and loser.tag_ == "NNPS")
        )
        if team and _team_word(winner, capital):
            _name_team(sdoc, doc, named, winner)


# The model's labels of a place: a contest's opponent it labels so is a team named after its town
# or its ground ("a win over the Harbor Owls", "lost to Springfield").
OPPONENT_PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})


def _opponents_named_as_places(sdoc: Doc, named: dict[int, Named], lex: Lexicon) -> None:
    """Name as a team the opponent of a contest word the model took for a place.

    After a contest's own prepositions ("a win over X", "a game against X", "lost to X") the
    object is the other side, never where the game was: the model labels a team named after its
    town or its ground a town, a region or a building ("the Linfield Stags" a facility), which would
    leave the contest one side short and drop it. Only a name the registry lacks: a country or a
    listed city after "over" ("a win over Brazil") is left as the registry reads it.
    """
    for tok in sdoc:
        if tok.pos_ == "VERB":
            group = lex.verbs.get(tok.lemma_.lower())
        elif tok.pos_ == "NOUN":
            group = lex.nouns.get(tok.lemma_.lower())
        else:
            continue
        if group not in lex.two_sided or tok.ent_type_ in NAME_LABELS:
            continue
        preps = lex.class_prepositions.get(group, frozenset())
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for g in p.children:
                n = named.get(g.i)
                if (
                    g.dep_ != "pobj"
                    or n is None
                    or n.kind not in (TOWN_KIND, REGION_KIND)
                    or not is_local(n.entity_id)
                    or n.label not in OPPONENT_PLACE_LABELS
                ):
                    continue
                side = Named(local_id(TEAM_KIND, n.text), TEAM_KIND, n.text, n.span, TEAM_LABEL)
                for i, m in list(named.items()):
                    if m is n:
                        named[i] = side


def _team_word(tok: Token, capital: frozenset[str]) -> bool:
    """Return whether a word unnamed by the model reads as a team's name (``_team_sides``)."""
    return (
        tok.tag_ in TEAM_TAGS
        and tok.ent_type_ in TEAM_LABELS
        and tok.is_alpha
        and not tok.is_stop
        and len(tok.text) >= HEADLINE_NAME_MIN
        and tok.lower_ in capital
    )


def _capitalised_words(sdoc: Doc, headlines: Sequence[int]) -> frozenset[str]:
    """Return the words the article writes capitalised inside a sentence and never in lower case.

    Title-case headlines and words after an opening mark or at a sentence's start say nothing.
    """
    lower: set[str] = set()
    capital: set[str] = set()
    for tok in sdoc:
        if not tok.is_alpha:
            continue
        if tok.text == tok.lower_:
            lower.add(tok.lower_)
        elif (
            tok.text[:1].isupper()
            and not tok.text.isupper()
            and not tok.is_sent_start
            and sdoc[tok.i - 1].text not in CAPITAL_OPENERS
            and not in_spans(headlines, tok.idx)
        ):
            capital.add(tok.lower_)
    return frozenset(capital - lower)


def _regions_after_towns(
    sdoc: Doc, doc: Document, out: dict[int, Named], registry: Registry
) -> None:
    """Name the region a town is put in by the region after it ("Tupelo, Miss.", "London, Ont.").

    In apposition right after a town and a comma, "CA", "Miss." or "Ont." names the region that
    holds the town (``region_codes``), so a town the registry lacks is compared with other places
    through it; alone those forms are words or other names. The short form must hang on the
    town's last word: a comma before a word of the next sentence ("in Tupelo, Miss. Police said")
    is no apposition. A city the registry knows in another country ("London, Ont.", "Athens,
    GA") is a town of that name in the region, not the city, and is read as a town it lacks.
    """
    codes = region_codes()
    for tok in sdoc:
        if tok.i < 2 or sdoc[tok.i - 1].text != "," or tok.dep_ not in TOWN_REGION_DEPS:
            continue
        last, current = sdoc[tok.i - 2], out.get(tok.i)
        town = out.get(last.i)
        if town is None or tok.head.i != last.i:
            continue
        if current is not None and not is_local(current.entity_id):
            region = current.entity_id  # the registry's own form ("Calif.", "Ontario")
            if current.span.start != tok.idx or registry.kind(region) != REGION_KIND:
                continue
        else:
            region = codes.get(tok.text, "")
            if region not in registry or (
                current is not None
                and (current.span.start, current.span.end) != (tok.idx, tok.idx + len(tok.text))
            ):
                continue  # one of several words of a name keeps its reading
        local = is_local(town.entity_id)
        country = None if local else registry.country_of(town.entity_id)
        if (local and town.kind in MISREAD_TOWN_KINDS and _town_object(last)) or (
            town.kind == CITY_KIND
            and country is not None
            and country != registry.country_of(region)
        ):
            # "arrested in Cedar Falls, CA": the model may take the town for a person or a body,
            # and the registry may know a city of its name abroad; a name where something is,
            # with its region after it, is a town in that region.
            town = _rename(out, last.i, town)
        if town.kind not in (TOWN_KIND, CITY_KIND) or (local and town.label != TOWN_LABEL):
            continue
        if current is None or is_local(current.entity_id):
            out[tok.i] = Named(
                region,
                registry.kind(region),
                tok.text,
                doc.span(tok.idx, tok.idx + len(tok.text)),
                TOWN_LABEL,
            )


def _rename(out: dict[int, Named], last: int, old: Named) -> Named:
    """Make every word of a name ending at ``last`` a town the registry lacks; return the town."""
    new = Named(local_id(TOWN_KIND, old.text), TOWN_KIND, old.text, old.span, TOWN_LABEL)
    for i in range(last, -1, -1):
        if out.get(i) != old:
            break
        out[i] = new
    return new


def _on(named: Mapping[int, Named], first: Token, last: Token) -> list[Named]:
    return [named[i] for i in range(first.i, last.i + 1) if i in named]


def _venue_name(tok: Token) -> Token | None:
    """Return the first word of a venue's name ending in ``tok``, or None if it ends no such name.

    "at the Granite Stadium", "in the Dunmore Plant": a capitalised venue word (the lexicon's
    ``venue_words``), the object of a place preposition, after capitalised proper nouns of its
    name. The model labels such names an organisation, an event or nothing; where they stand
    they are a building. A venue word alone ("at the Stadium") names no one venue.
    """
    head = tok.head
    lex = lexicon()
    placed = (
        tok.dep_ == "pobj"
        and head.dep_ == "prep"
        and (
            head.lower_ in lex.place_prepositions
            # "televised from the Corvid Theatre": where a broadcast comes from
            or (
                head.lower_ in lex.broadcast_prepositions
                and head.head.lemma_.lower() in lex.broadcast_verbs
            )
        )
    )
    # "a fire destroyed the Elm Street Chapel", "the Corbin Mill was gutted": what a verb of
    # damage has destroyed is a building too (``site_verbs``).
    damaged = (
        tok.dep_ in OBJECT_DEPS | SUBJECT_DEPS
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lex.site_verbs
    )
    if not (
        (placed or damaged)
        and tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.lower_ in lex.venue_words
    ):
        return None
    name = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not name or not name[0].text[:1].isupper():
        return None
    first = name[0]
    # "the Elm Street Chapel": the parser hangs "Elm" on "Street"; the name starts at "Elm".
    while True:
        more = [c for c in first.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not more or not more[0].text[:1].isupper():
            return first
        first = more[0]


def _headline_names(sdoc: Doc, out: dict[int, Named], flat: Sequence[int]) -> None:
    """Name a title-case headline's words by the names the body gives them.

    The names layer reads no names on a title-case line (every word is capitalised there), so a
    headline's event ("Obama To Nominate Lee as Envoy") would have no one in it. A headline word
    that is a word of exactly one name the body resolved ("Obama", "Lee") names that entity.
    """
    if not flat:
        return
    by_word: dict[str, Named | None] = {}
    for i, n in sorted(out.items()):
        tok = sdoc[i]
        if in_spans(flat, tok.idx):
            continue
        if len(tok.text) < HEADLINE_NAME_MIN or not tok.text[:1].isupper() or tok.is_stop:
            continue
        known = by_word.setdefault(tok.lower_, n)
        if known is not None and known.entity_id != n.entity_id:
            by_word[tok.lower_] = None  # a word of two names names neither
    for tok in sdoc:
        if tok.i in out or not in_spans(flat, tok.idx):
            continue
        found = by_word.get(tok.lower_)
        # A word of a name only the model found names a person here, never an organisation or a
        # place the model guessed (it still makes a word of two names name neither: "Ford" of a
        # person and of "the Ford Clinic").
        if found is not None and (found.kind in PERSON_KINDS or not is_local(found.entity_id)):
            out[tok.i] = Named(found.entity_id, found.kind, found.text, found.span)


def _unknown_or_misread(n: Named | None, tok: Token) -> bool:
    """Return whether a word is named nothing, or only by the model as a one-word person or body.

    The small model often takes an unknown town for a person or an organisation ("arrested in
    Boise" as an organisation); where the word stands it is a place. A registry entity or a name
    of several words keeps its reading.
    """
    if n is None:
        return True
    return (
        is_local(n.entity_id)
        and n.kind in MISREAD_TOWN_KINDS
        and n.span.start == tok.idx
        and n.span.end == tok.idx + len(tok.text)
    )


def _town_object(tok: Token) -> bool:
    """Return whether a word ends the object of "in", "near" or "outside" (``town_prepositions``)."""
    head = tok.head
    return tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in lexicon().town_prepositions


def _town_word(tok: Token) -> bool:
    """Return whether a word the model names nothing is a small town ("was shot in Ypsilanti").

    A capitalised proper noun of one word, the whole object of "in", "near" or "outside" (the
    lexicon's ``town_prepositions``): where something is, never where it goes ("drove to Flint",
    "moved into Midtown", both motion), and not after "at" ("a fire at Harrowby's": a shop).
    A word of a longer name ("in Port Huron") or a date is not one. The small model often tags an
    unknown town a work of art or a product ("near Tonopah"), which no event reads.
    """
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in TOWN_LABELS
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.is_upper  # a headline's or an acronym's capitals say nothing
        and not any(c.dep_ in ("compound", "amod", "nmod", "poss", "det") for c in tok.children)
        and head.dep_ == "prep"
        and head.lower_ in lexicon().town_prepositions
    )


def _read(
    frame: Frame,
    tok: Token,
    named: Mapping[int, Named],
    lex: Lexicon,
    latest: int | None = None,
    registry: Registry | None = None,
) -> None:
    """Fill a frame's participants, places, occasion, polarity, modality and background flag."""
    support = _support_verb(tok, lex)
    heads = [tok] if support is None else [tok, support]
    # "notified the coach of his dismissal": the teller does the act, and the person told
    # (the verb's object) is the one it is done to.
    notice = _notice_verb(tok, frame.group, lex)
    if notice is not None and all(h.i != notice.i for h in heads):
        heads.append(notice)
    antecedents = _antecedents(tok.doc)
    # "The quake struck Aceh", "the meeting took place in Paris": the verb an event noun is the
    # subject of places it, though that verb's other arguments are not the event's participants.
    # So does the verb an event gerund is the clausal subject of ("voting began in X").
    placing = (
        [tok.head]
        if (
            (tok.pos_ != "VERB" and tok.dep_ in SUBJECT_DEPS)
            or (tok.dep_ == CLAUSAL_SUBJECT and tok.tag_ == GERUND_TAG)
        )
        and tok.head.pos_ in ("VERB", "AUX")
        else []
    )
    destination = frame.group in lex.destination_classes
    args: list[Token] = _gathered(tok, lex)
    place_args: list[tuple[Token, bool]] = []  # (phrase head, whether a venue may be an ORG)
    stranded_venues: list[Token] = []  # "a fire Friday at X's church": see ``_stranded_object``
    facility = _facility(tok, lex) if destination else None
    if facility is not None and support is not None:
        place_args.append((facility, True))  # "entered the Vestby rehab center X": X is where
    sites: list[Token] = []  # "on Mount Keller": only a place below the city
    args.extend(_misread_names(tok))  # "placed running back Ann Lee on...": Ann Lee
    args.extend(_comma_subjects(tok))  # "Near dusk, Ann Lee, the cook, slid ...": Ann Lee
    for h in heads:
        for c in _argument_children(h) if h is tok else h.children:
            dep, low = c.dep_, c.lower_
            if dep in SUBJECT_DEPS and c.i in antecedents:
                # "the coach, who was fired in March", "the Owls, which had beaten the Larks": a
                # relative pronoun stands for the noun its clause hangs on (annotation layer).
                args.append(tok.doc[antecedents[c.i]])
            elif dep in SUBJECT_DEPS and (bound := _bound_pronoun(c)) is not None:
                args.append(bound)  # "X resigned a day after he was charged": X was charged
            elif dep in SUBJECT_DEPS or dep == "poss":
                args.append(c)
            elif dep in OBJECT_DEPS:
                if h.lemma_.lower() in lex.place_object_verbs:
                    place_args.append((c, False))
                if h is tok or dep == "dative" or (notice is not None and h.i == notice.i):
                    args.append(c)  # a support verb's object is the event itself
            elif dep == "agent" or (
                dep == "prep"
                and (
                    low in lex.participant_prepositions
                    or low in lex.class_prepositions.get(frame.group, frozenset())
                )
                and h is tok
            ):
                args.extend(g for g in c.children if g.dep_ == "pobj")
            elif dep == "prep" and (
                low in lex.place_prepositions or (destination and low in lex.destinations)
            ):
                # A venue (an organisation) is a place after "at", and after "into" a stay or
                # visit goes to ("checked into the Hazel Clinic").
                venue = low == VENUE_PREPOSITION or (destination and low in lex.destinations)
                place_args.extend((g, venue) for g in c.children if g.dep_ == "pobj")
                stranded = _stranded_object(c) if frame.group in lex.incidents else None
                if stranded is not None:
                    # Its words are read only as a building (below): the parse around it is
                    # broken, so a name inside it is no place of its own.
                    stranded_venues.append(stranded)
            elif dep == "prep" and low in lex.site_prepositions:
                sites.extend(g for g in c.children if g.dep_ == "pobj")
            if dep in TIME_HOLDER_DEPS:
                # "will host the awards on March 3 at the Corvid Theatre", "won on Saturday in
                # Graz": the parser hangs the place on the frame's own date, which is the frame's.
                place_args.extend(a for t in _time_words(c) for a in _place_objects(t, lex))
            elif dep in ("acl", "relcl") and c.lemma_.lower() in lex.support_verbs:
                # "the summit held at Chequers": the place of the holding is the event's.
                place_args.extend(_place_objects(c, lex))
            elif h is tok and frame.group in lex.two_sided and _game_participle(c):
                # "a cup match looming against the Hawks on Friday at Leeds": a participle
                # with no object of its own says when, where and against whom the game is.
                place_args.extend(_place_objects(c, lex))
                preps = lex.class_prepositions.get(frame.group, frozenset())
                args.extend(
                    g
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in preps
                    for g in p.children
                    if g.dep_ == "pobj"
                )
            elif (
                dep == "compound"
                and tok.pos_ != "VERB"
                and h is tok
                and tok.lemma_.lower() not in lex.agents  # "the Oscar host": the occasion
                and not any(n.kind in VENUE_KINDS for n in _entities(c, named))
            ):
                # "the Obama visit", "the Aceh earthquake"; an organisation before an event noun
                # names the occasion ("the NATO summit"), not who takes part.
                args.append(c)
    # "A fire destroyed the Elm Street chapel", "the depot was ravaged by fire", "the mill was
    # damaged in a blaze": what an incident damages is where it happened, and so are the place
    # phrases of the verb that says so.
    site = _site_verb(tok, lex) if frame.group in lex.incidents else None
    damaged_sites: list[Token] = []  # "destroyed the X": only X's own name and place phrases
    if site is not None:
        if site not in placing:
            placing.append(site)
        damaged = OBJECT_DEPS if tok.dep_ in SUBJECT_DEPS else SUBJECT_DEPS
        if tok.head.i != site.i and tok.dep_ in SUBJECT_DEPS:
            # "X was destroyed after a fire broke out", "flames gutted X after a fire started":
            # the verb of the clause the noun's clause hangs on has the site as its patient.
            damaged = frozenset({"dobj", "nsubjpass"})
        # "the store in X that was damaged by fire": a relative pronoun stands for its noun.
        damaged_sites.extend(
            tok.doc[antecedents[c.i]] if c.i in antecedents else c
            for c in site.children
            if c.dep_ in damaged
        )
        if site.dep_ == "acl" and tok.dep_ not in SUBJECT_DEPS:
            damaged_sites.append(site.head)  # "a chapel damaged in a fire": a reduced relative
    elif frame.group in lex.incidents:
        damaged_sites.extend(_burning_sites(tok, lex))
    # "a fire which destroyed X in Y", "the summit, which took place in Z": a relative clause whose
    # subject is the event noun places it as the verb it is the subject of does.
    for clause in _own_clauses(tok):
        placing.append(clause)
        if frame.group in lex.incidents and clause.lemma_.lower() in lex.site_verbs:
            damaged_sites.extend(c for c in clause.children if c.dep_ in OBJECT_DEPS)
    if frame.group in lex.incidents:
        damaged_sites.extend(_damage_sites(tok, lex))
        damaged_sites.extend(_harmed_sites(tok, lex))
    for h in placing:
        for c in h.children:
            if c.dep_ in OBJECT_DEPS and h.lemma_.lower() in lex.place_object_verbs:
                place_args.append((c, False))
            elif c.dep_ == "prep" and c.lower_ in lex.place_prepositions:
                place_args.extend(
                    (g, c.lower_ == VENUE_PREPOSITION) for g in c.children if g.dep_ == "pobj"
                )
    # A verb without its own subject shares its head's ("X arrived and met Y", "X plans to visit").
    if tok.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        # "flew to Texas to meet X": a purpose clause's subject is its head's too.
        purpose = tok.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
        )
        # "kept her title on Saturday, stopping X in the sixth round": a present participle
        # set off after a clause has that clause's subject (English leaves it unsaid only then).
        participle = tok.dep_ == "advcl" and tok.tag_ == "VBG"
        apposed = _apposed_person(tok, named)
        means = _means_head(tok, lex)
        if apposed is not None:
            args.append(apposed)  # "X, arrested Jan. 6 in Y": X was arrested
        elif (tok.dep_ in ("conj", "xcomp") or purpose or participle) and tok.head.pos_ in (
            "VERB",
            "AUX",
        ):
            args.extend(c for c in tok.head.children if c.dep_ in SUBJECT_DEPS)
        elif means is not None:
            args.extend(_means_subjects(means, lex))
        elif (
            tok.dep_ == "pcomp"
            and tok.head.dep_ == "prep"
            and tok.head.lower_ in lex.separate
            and tok.head.head.pos_ == "VERB"
            and not _reports(tok.head.head)
        ):
            # "X hanged himself hours after being arrested", "resigned before being charged": a
            # gerund after a preposition of another moment on a verb has that verb's subject.
            # Not "accused of firing": what is alleged is not told as done; nor on a verb that
            # reports a clause ("After shooting X, Y said Z fled": Z shot, not Y).
            args.extend(c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS)
        elif tok.dep_ in ("acl", "relcl"):
            args.append(tok.head)  # "the man arrested on Tuesday", "X, who resigned"
    elif frame.group in lex.two_sided and (means := _means_head(tok, lex)) is not None:
        # "secured the title with a win over X": the subject of the verb a contest is the means
        # of is its other side.
        args.extend(c for c in _means_subjects(means, lex) if c.dep_ == "nsubj")
    if (
        support is not None
        and tok.pos_ != "VERB"
        and support.pos_ == "VERB"
        and support.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJECT_DEPS for c in support.children)
        and (
            support.dep_ == "conj"
            or (
                support.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in support.children)
            )
        )
    ):
        # "scored 20 points to break the record", "arrived on Monday and held talks with Y": the
        # verb carrying an event noun shares its head's subject as an event verb would (above).
        args.extend(c for c in support.head.children if c.dep_ in SUBJECT_DEPS)
    # Participants given by office ("the two presidents"), resolved later by the aligner.
    described: set[int] = set()
    if frame.group not in lex.incidents and registry is not None:
        for a in args:
            for t in (a, *(c for c in a.children if c.dep_ == "conj")):
                role = _role_description(t, named, lex, registry)
                if role is not None and role not in frame.roles:
                    frame.roles.append(role)
                    described.add(t.i)
    # "met Xi Jinping in Japan", "met the host in Lima", "killed a woman outside the store in
    # Bloomington": the parser often hangs the place on whom or what the event is about; where
    # they were when it happened is where it happened. Not on an event noun, which has its own.
    for a in args:
        if a.i in described or (a.pos_ in ("NOUN", "PROPN") and _event_class(a, lex) is None):
            place_args.extend(_place_objects(a, lex))
    # "announced his pick for the post, Dr. Ann Lee, today at the Statehouse": the parser hangs a
    # bare time word and the place phrase right after it on the last noun of the verb's object,
    # where neither can belong (a noun takes no bare "today"); both are the verb's adjuncts.
    if tok.pos_ == "VERB":
        for o in tok.children:
            if o.dep_ not in OBJECT_DEPS:
                continue
            for t in o.subtree:
                when = [
                    c for c in t.children if c.dep_ == "npadvmod" and c.ent_type_ in TIME_LABELS
                ]
                if t.pos_ not in ("NOUN", "PROPN") or not when:
                    continue
                place_args.extend(_place_objects(t, lex, after=when[0].i))
    # "the host of the ceremony, televised live from the Corvid Theatre", "the speech, broadcast
    # from the Oval Office": where an event is carried from is where it takes place. Only a
    # participle of a verb of broadcasting on the event word or on a common noun argument of it
    # (or set off after the verb carrying the event noun, where the parser often hangs it).
    place_args.extend(
        (g, True)
        for a in (*heads, *args)
        if a in heads or (a.pos_ == "NOUN" and a.i not in described)
        for v in a.children
        if v.lemma_.lower() in lex.broadcast_verbs
        and (
            v.dep_ in ("acl", "relcl")
            or (
                v.dep_ == "advcl"
                and v.tag_ == "VBN"
                and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
            )
        )
        for p in v.children
        if p.dep_ == "prep" and p.lower_ in lex.broadcast_prepositions
        for g in p.children
        if g.dep_ == "pobj"
    )
    # "the largest strike Norland has seen", "the deadliest quake the region has
    # experienced": a place that witnessed the event, in a relative clause on its noun, is where
    # it happened (a relative pronoun there is the event itself, not its witness). Not a verb
    # with "as" ("a referendum Brussels sees as a turning point"): a view of it, not a witnessing.
    if tok.pos_ in ("NOUN", "PROPN"):
        place_args.extend(
            (g, False)
            for c in tok.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in lex.witness_verbs
            and not any(a.dep_ == "prep" and a.lower_ == ROLE_PREPOSITION for a in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and g.tag_ not in RELATIVE_TAGS
        )
    found = _unique(n for a in args for n in _entities(a, named))
    # "Despite his arrest on Tuesday, X will play in Y": the verb the event noun is set against
    # tells its subject (who was arrested) but another event, elsewhere; only the noun's own place
    # phrases place it.
    conceded = (
        frozenset(t.i for t in tok.subtree)
        if support is not None and tok.dep_ == "pobj" and tok.head.lower_ in lex.concessive
        else None
    )
    places = _unique(
        n
        for a, venue in place_args
        if conceded is None or a.i in conceded
        if _event_class(a, lex) is None  # "at the G7 summit": an event, not a place
        for n in _entities(a, named, lex.place_prepositions)
        if n.kind in PLACE_KINDS or (venue and n.kind in VENUE_KINDS)
    )
    if frame.group in lex.incidents and not places:
        # "investigating a fire at a store in X", "fought a blaze at the mill": the parser hangs
        # the place phrase right after the incident noun on the verb whose object it is; where
        # the noun stands, it places the noun.
        places = _unique(
            n
            for p in _trailing_place_phrases(tok, lex)
            for g in p.children
            if g.dep_ == "pobj" and _event_class(g, lex) is None
            for n in _entities(g, named, lex.place_prepositions)
            if n.kind in PLACE_KINDS or (p.lower_ == VENUE_PREPOSITION and n.kind in VENUE_KINDS)
        )
    if frame.group in lex.incidents and not places:
        # "a fire ripped through her church": the building a place phrase names by its kind
        # alone is the one building of that kind the article names (``_named_venue``).
        # A building named by its person ("at Ann Roe's church") is placed so as well.
        places = _unique(
            n
            for a in [*(a for a, _ in place_args), *stranded_venues, *_of_sites(tok)]
            if a.i not in named
            for n in [_named_venue(a, named, lex), _owned_venue(a, named, lex)]
            if n is not None
        )
        places = [_as_venue(n, lex) for n in places]
    places = _unique(
        [
            *places,
            *(
                n
                for a in damaged_sites
                if _event_class(a, lex) is None
                for n in _site_entities(a, named, lex)
                if n.kind in PLACE_KINDS or n.kind in VENUE_KINDS
            ),
        ]
    )
    # "fell on Mount Keller", "crashed on Route 9": what one is on is a mountain, an island, a road,
    # never a country or a city ("talks on Iran", "sanctions on Moscow" are about them).
    places = _unique([*places, *_site_names(sites, named)])
    # "the Aceh earthquake", "Japan's quake": a place naming the event noun or standing as its
    # argument places it. A place inside an argument ("the deaths of an Arkansas woman", "the
    # Ohio man's arrest") is where that person is from, which is not where the event happened.
    own = [tok, *args, *(c for c in tok.children if c.dep_ == "compound")]
    compound_places = [
        n
        for n in found
        if n.kind in PLACE_KINDS
        and tok.pos_ != "VERB"
        and any(n.span.start <= t.idx < n.span.end for t in own)
    ]
    places = _unique([*places, *compound_places])
    # "Lisbon hosted the summit", "Portugal will host the talks": a place that hosts the event is
    # where it is held, not one of its participants (``place_subject_verbs``).
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.place_subject_verbs:
        places = _unique(
            [
                *places,
                *(
                    n
                    for c in tok.children
                    # The subject's own name, labelled a place: "a Canadian hosted the
                    # awards" is a person, whose country the demonym names, and a place in an
                    # apposition on the subject ("X, star of 'Lisbon', will host") is not it.
                    if c.dep_ in SUBJECT_DEPS
                    and c.ent_type_ in PLACE_LABELS
                    and (n := named.get(c.i)) is not None
                    and n.kind in PLACE_KINDS
                ),
            ]
        )
    # "a 24-year-old from Toledo": a "from" phrase on a person argument is where they are from.
    hometowns = [
        n
        for a in args
        for p in a.children
        if p.dep_ == "prep" and p.lower_ in lex.origin_prepositions
        for g in p.children
        if g.dep_ == "pobj"
        for n in _entities(g, named)
    ]
    frame.origins = [
        n
        for n in _unique([*found, *hometowns])
        if n.kind in ORIGIN_KINDS and n.entity_id not in {p.entity_id for p in places}
    ]
    # "the leaders of A and B": the countries stand in for the people of a common-noun argument.
    stand_ins = [
        n
        for a in args
        if a.i not in named and a.pos_ == "NOUN"
        for p in a.children
        if p.dep_ == "prep" and p.lower_ == ARGUMENT_PREPOSITION
        for g in p.children
        if g.dep_ == "pobj"
        for n in _entities(g, named)
        if n.kind in OTHER_PARTICIPANT_KINDS
    ]
    # A participant that is also where the event happened ("the people of X voted in X") is its
    # place, counted once.
    place_ids = {n.entity_id for n in places}
    people = [
        n
        for n in _unique([*(n for n in found if n.kind in PERSON_KINDS), *stand_ins])
        if n.entity_id not in place_ids
    ]
    others = [
        n
        for n in found
        if n.kind in OTHER_PARTICIPANT_KINDS and n.entity_id not in {p.entity_id for p in places}
    ]
    if frame.group in lex.incidents:
        frame.participants = []  # victims, witnesses and officials quoted are no participants
    elif frame.group in lex.two_sided and len(people) == 1 and others:
        # A contest's sides are a player or a team: one of each named ("the Owls' win over
        # Dana Voss", or a team the model takes for a person) are its two sides.
        frame.participants = [*people, *others]
    else:
        frame.participants = people or others
        frame.others = others if people else []
    if not places:
        places = _relative_places(tok, named, lex)
    if not places:
        places = _lead_places(tok, named, lex)
    if not places:
        places = _sequel_places(tok, named, lex)
    if not places:
        places = _participle_places(tok, named, lex)
    if not places:
        places = _occasion_places(tok, named, lex)
    if not places and frame.group in lex.result_classes:
        places = _cause_places(tok, named, lex)
    if not places:
        places = _told_places(tok, named, lex)
    if not places:
        places = _means_places(tok, named, lex)
    if not places:
        places = _occasion_noun_places(tok, named, lex)
    frame.places = _specific_first(places)
    frame.occasion = _occasion(tok, named)
    # A verb a game noun hangs off by a preposition takes the game as its occasion or topic
    # ("the Owls will not bench X for Friday's match", "did not line up in the match"): its
    # negation denies that act, not the game, which is played all the same. (Only for a
    # contest: for every class, the rule let in frames that set dates against their events.)
    polar = [
        h for h in heads if h.i == tok.i or tok.dep_ != "pobj" or frame.group not in lex.two_sided
    ]
    frame.negated = any(
        c.dep_ == "neg" or c.lower_ == "no" for h in polar for c in h.children
    ) or any(_refused(h, lex) for h in polar)
    # "The trial will resume Monday", "the summit will take place in May": an event noun whose
    # verb is still to come is told as to come, and the date there is the coming one.
    frame.planned = _planned(tok, [*heads, *placing], lex)
    frame.background = (
        _background(tok, frame.group, lex, latest) or _intended(tok, lex) or _asked(tok)
    )
    # Someone takes part whom the text does not name ("X nominated her", "X fired the coach"):
    # the frame's named people are not all of its people. One given by office ("the two
    # presidents") is left to the aligner, which knows whether the corpus names them.
    untold = [
        a
        for a in args
        if a.i not in named
        and a.i not in described
        and a.pos_ in ("NOUN", "PRON")
        and a.lower_ not in IMPERSONAL
        and not a.lower_.endswith(REFLEXIVE_ENDINGS)  # "checked herself in": the subject
        and not any(True for _ in _entities(a, named))
    ]
    recipient = _recipient_untold(tok, lex)
    frame.unnamed = bool(untold) or recipient
    # Only a lone common noun and no one named ("Driver charged", "Man held"): a description a
    # later mention of the event may name; a pronoun ("nominated her") or a second unnamed
    # argument is someone the article leaves unnamed whatever it says later.
    frame.unnamed_noun = (
        not frame.participants and not recipient and len(untold) == 1 and untold[0].pos_ == "NOUN"
    )


def _time_words(holder: Token) -> list[Token]:
    """Return the date or time word a frame's time phrase is ("on Saturday", "Saturday", "on March 3")."""
    words = (
        [holder] if holder.dep_ == "npadvmod" else [g for g in holder.children if g.dep_ == "pobj"]
    )
    return [t for t in words if t.ent_type_ in TIME_LABELS]


def _antecedents(sdoc: Doc) -> Mapping[int, int]:
    """The annotation layer's relative pronouns and their nouns (empty on a bare parse)."""
    found = sdoc._.get(EXT_ANTECEDENTS) if sdoc.has_extension(EXT_ANTECEDENTS) else None
    return found if found is not None else {}


def _site_entities(site: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the entities that place a damaged site: its own name and its place phrases.

    "destroyed the Elm Street chapel in Dunmore": the chapel and Dunmore; but not whose it is or
    what its words name ("Ontario's dairy", "the church Ohio's governor attends"). A quantity word
    ("destroyed much of a warehouse in Dunmore") stands for the thing its "of" phrase names.
    """
    if site.pos_ not in ("NOUN", "PROPN") and site.i not in named:
        whole = [
            g
            for p in site.children
            if p.dep_ == "prep" and p.lower_ == ARGUMENT_PREPOSITION
            for g in p.children
            if g.dep_ == "pobj"
        ]
        if whole:
            site = whole[0]
    own = named.get(site.i)
    if own is None or _bare_venue_word(own, lex):
        # "her church", or a headline's "Church" the model took for a name: a venue word alone
        # names no one building; the article's one building of that kind may.
        own = _named_venue(site, named, lex)
    found = [_as_venue(own, lex)] if own is not None else []
    # "Ann Roe's church", "the church Ann Roe attends": the building its person has, which other
    # outlets name the same way whether or not they name the building too.
    owned = _owned_venue(site, named, lex)
    if owned is not None:
        found.append(owned)
    if site.pos_ == "NOUN":
        # "destroyed a Dunmore chapel": a town the model names before a building's common noun
        # is where the building stands (a possessor, "Ontario's dairy", may only own it).
        found.extend(
            n
            for c in site.children
            if c.dep_ == "compound"
            and c.ent_type_ == TOWN_LABEL
            and (n := named.get(c.i)) is not None
            and n.kind in PLACE_KINDS
        )
        # "destroyed Dunmore's oldest mill": a town that has a building is where it stands (a
        # region or a country, "Ontario's dairy", may only own it; a firm or a person is its
        # owner, ``_owned_venue``).
        found.extend(
            n
            for c in site.children
            if c.dep_ == "poss"
            and (n := named.get(c.i)) is not None
            and n.kind in PLACE_KINDS
            and place_grain(n) == TOWN_GRAIN
        )
    found.extend(
        n
        for p in site.children
        if p.dep_ == "prep" and p.lower_ in lex.place_prepositions
        for g in p.children
        if g.dep_ == "pobj"
        for n in _entities(g, named, lex.place_prepositions)
    )
    return _unique(found)


def _named_venue(site: Token, named: Mapping[int, Named], lex: Lexicon) -> Named | None:
    """Return the one venue the document names by a common noun's word, or None.

    "her church was damaged in a fire" in an article that names "the Elm Street Church"
    elsewhere: a venue word ("church", ``venue_words``) said of a building stands for the one
    named building of the article whose name ends in it. Two such names, or none, name nothing.
    """
    # A lone venue word a headline capitalises ("Mayor's Church Damaged In Fire") is one too.
    lone = site.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in site.children)
    if not (site.pos_ == "NOUN" or lone) or site.lower_ not in lex.venue_words | {
        site.lemma_.lower()
    }:
        return None
    word = site.lower_ if site.lower_ in lex.venue_words else site.lemma_.lower()
    found = {
        n.entity_id: n
        for n in named.values()
        if n.kind in VENUE_KINDS | PLACE_KINDS
        and len(n.text.split()) > 1
        and n.text.split()[-1].lower() == word
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _owned_venue(site: Token, named: Mapping[int, Named], lex: Lexicon) -> Named | None:
    """Return the building a venue word names by the one person who has it, or None.

    "Ann Roe's (home) church", "the church Ann Roe attends", "the church attended by Ann Roe": a
    common venue noun (``venue_words``) whose possessor, or the subject or agent of whose relative
    clause of a verb of ``owner_verbs``, is one named person. Its id is made of the person's and
    the venue word ("place:~roe-ann-church"), so two outlets that name the building by its person
    place one fire alike. It has no grain (``place_grain``): beside a named building it is neither
    the same nor another.
    """
    site = _misread_contact(site, lex) or site
    if site.pos_ != "NOUN" or site.i in named:
        return None
    word = site.lower_ if site.lower_ in lex.venue_words else site.lemma_.lower()
    if word not in lex.venue_words:
        return None
    contact = _contact_owner(site, named, lex)
    if contact is not None:
        return _owned(site, contact)
    owners: list[Token] = [c for c in site.children if c.dep_ == "poss"]
    for clause in site.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in lex.owner_verbs:
            continue
        owners.extend(c for c in clause.children if c.dep_ == "nsubj")
        owners.extend(
            g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
        )
    # "attended by the governor of Ohio, Ann Roe": the person the owner's phrase names.
    people = _unique(n for o in owners for n in _entities(o, named) if n.kind in PERSON_KINDS)
    return _owned(site, people[0]) if len(people) == 1 else None


def _owner_verb(tok: Token, lex: Lexicon) -> bool:
    """Return whether a word is a form of ``owner_verbs`` ("attends", "attended"), whatever tag
    the model gives it: a contact clause's verb is often read as a noun."""
    low = tok.lower_
    return tok.lemma_.lower() in lex.owner_verbs or any(
        low in (w + "s", w + "ed", w + "d") for w in lex.owner_verbs
    )


def _misread_contact(tok: Token, lex: Lexicon) -> Token | None:
    """Return the venue word of a contact relative clause the parser misread, heading at its verb.

    "The church Ann Roe attends was damaged": the small model reads "church Ann Roe" as the
    modifiers of "attends", or hangs the clause's words on the name ("the burning of the church
    Ann Roe attends"). The phrase's first word after its article, a common venue noun, is the
    building (``_contact_owner`` then checks the words between).
    """
    if tok.lower_ in lex.venue_words:
        return None
    first = tok.left_edge
    while first.pos_ == "DET" and first.i < tok.i:
        first = first.doc[first.i + 1]
    if first.i == tok.i or first.pos_ != "NOUN" or first.lower_ not in lex.venue_words:
        return None
    return first


def _contact_owner(venue: Token, named: Mapping[int, Named], lex: Lexicon) -> Named | None:
    """Return the person of a contact relative clause on a venue word ("the church Ann Roe
    attends", "the chapel former mayor Ann Roe attended"), or None.

    Read from the words, not the parse, which breaks on it: after the venue word only title words
    (common nouns, adjectives, names) up to one person's name, then a form of ``owner_verbs``.
    """
    doc = venue.doc
    j = venue.i + 1
    # "the church Ohio Gov. Ann Roe attends": a place may name the office too.
    while j < min(len(doc), venue.i + CONTACT_TITLE_WORDS) and (
        j not in named or named[j].kind not in PERSON_KINDS
    ):
        if doc[j].pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        j += 1
    person = named.get(j)
    if person is None or person.kind not in PERSON_KINDS:
        return None
    while j + 1 < len(doc) and named.get(j + 1) is person:
        j += 1
    if j + 1 >= len(doc) or not _owner_verb(doc[j + 1], lex):
        return None
    return person


def _owned(site: Token, person: Named) -> Named:
    """Return the building ``site`` names by its person ("place:~roe-ann-church")."""
    word = site.lower_ if site.lower_ in lexicon().venue_words else site.lemma_.lower()
    slug = person.entity_id.split(":", 1)[-1].lstrip(LOCAL_MARK)
    # Its evidence runs from the person's name to the venue word, or back to it, on one line.
    span, end = person.span, site.idx + len(site.text)
    if site.idx < span.start and "\n" not in site.doc.text[site.idx : span.start]:
        span = evolve(span, start=site.idx, column=max(1, span.column - (span.start - site.idx)))
    elif end > span.end:
        span = evolve(span, end=end)
    return Named(local_id(TOWN_KIND, f"{slug} {word}"), TOWN_KIND, f"{person.text}'s {word}", span)


def _bare_venue_word(n: Named, lex: Lexicon) -> bool:
    """Return whether a name is a venue word alone ("the Church"), which names no one building."""
    words = [w for w in n.text.lower().split() if w != "the"]
    return len(words) == 1 and words[0] in lex.venue_words


def _as_venue(n: Named, lex: Lexicon) -> Named:
    """A damaged site's name read as the building it is: an organisation the model found whose
    name ends in a venue word ("the Elm Street Church") takes the id a venue of that name has
    after "at" or "in" (``_venue_name``), so that both ways of placing one fire agree."""
    words = n.text.split()
    if n.kind not in VENUE_KINDS or not is_local(n.entity_id) or len(words) < 2:
        return n
    if words[-1].lower() not in lex.venue_words:
        return n
    return Named(local_id(TOWN_KIND, n.text), TOWN_KIND, n.text, n.span, VENUE_LABEL)


def _trailing_place_phrases(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the place phrases of the verb an event noun is the object of that follow the noun
    at once ("investigate a fire at a store": "at a store"), the attachment the parser often
    gets wrong. A phrase further off ("reported the fire to police in X") is the verb's own."""
    head = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in OBJECT_DEPS or head.pos_ != "VERB":
        return []
    end = max(t.i for t in tok.subtree)
    return [
        c
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in lex.place_prepositions and c.i == end + 1
    ]


def _burning_sites(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the subject of a verb an incident noun is the object of, when that subject is where
    the incident happened ("the old mill caught fire": the mill; ``site_subject_verbs``)."""
    head = tok.head
    if tok.dep_ not in OBJECT_DEPS or head.lemma_.lower() not in lex.site_subject_verbs:
        return []
    return [c for c in head.children if c.dep_ in SUBJECT_DEPS]


def _own_clauses(tok: Token) -> list[Token]:
    """Return the relative clauses of an event noun whose subject is the noun itself ("a fire
    which destroyed X"; not "the fire police investigated")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "relcl"
        and c.pos_ == "VERB"
        and any(g.dep_ in SUBJECT_DEPS and g.tag_ in RELATIVE_TAGS for g in c.children)
    ]


def _site_verb(tok: Token, lex: Lexicon) -> Token | None:
    """Return the verb saying what an incident noun damaged, if it is one (``site_verbs``).

    Its subject ("a fire destroyed X") or its agent or "in" phrase ("X was ravaged by fire", "X was
    damaged in a blaze"); the verb's object or subject is then the damaged site.
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("agent", "prep") and head.lower_ in lex.site_links:
        head = head.head
    elif tok.dep_ not in SUBJECT_DEPS:
        return None
    elif _caused_clause(tok, lex):
        head = head.head  # "the depot was destroyed after a fire broke out": destroyed
    return head if head.pos_ == "VERB" and head.lemma_.lower() in lex.site_verbs else None


def _caused_clause(tok: Token, lex: Lexicon) -> bool:
    """Return whether an event noun is the subject of a clause telling what caused its head's
    verb ("the depot was destroyed after a fire broke out", ``causes``): what that verb did, the
    event did. Its own verb says only that it began."""
    clause = tok.head
    return (
        clause.dep_ == "advcl"
        and clause.pos_ == "VERB"
        and clause.lemma_.lower() not in lex.site_verbs
        and any(m.dep_ == "mark" and m.lower_ in lex.causes for m in clause.children)
    )


def _phrase_places(holder: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places named in ``holder``'s place phrases ("in Leeds", "at the Linden Clinic").

    The object of a place preposition that names no event of its own; a venue (an organisation or
    facility) only after "at". The frames that borrow a place from a clause they continue or tell
    one occasion with all read it this way.
    """
    return [
        n
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in lex.place_prepositions
        for g in c.children
        if g.dep_ == "pobj" and _event_class(g, lex) is None
        for n in _entities(g, named, lex.place_prepositions)
        if n.kind in PLACE_KINDS or (c.lower_ == VENUE_PREPOSITION and n.kind in VENUE_KINDS)
    ]


def _relative_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the place a "where" clause telling the event hangs on, for a frame with none.

    "flew to Denver, where she met the mayor", "Lisbon, where the summit was held": the clause's
    antecedent is where its event happened. The event is the clause's verb, or an event noun that
    is its subject; the verbs coordinated with it ("where he was arrested and charged") share it.
    """
    clause = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in SUBJECT_DEPS:
        clause = tok.head  # "where the summit was held": the clause of the summit
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ != "relcl":
        return []
    if not any(c.dep_ == "advmod" and c.lower_ in lex.place_relatives for c in clause.children):
        return []
    # The antecedent itself must be the name: in "rushed to Jamaica Hospital, where she died",
    # with only "Jamaica" named, the clause hangs on the hospital, not on the country.
    n = named.get(clause.head.i)
    return [n] if n is not None and (n.kind in PLACE_KINDS or n.kind in VENUE_KINDS) else []


def _lead_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of the verb an event verb follows on from, for a frame with none.

    "opened fire at a depot in Tartu, killing two", "walked into a bar in Leeds and shot two
    men": the killing and the shooting happen where the clause they continue is placed. Not an
    event introduced as another's before or after ("arrested in Ohio after killing ...").
    """
    head = tok.head
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "conj") or head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.lower_ in lex.separate for c in tok.children if c.dep_ in ("mark", "prep")):
        return []
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
        return []  # "when she was struck", "because he fired": another clause, not a sequel
    return _unique(_phrase_places(head, named, lex))


def _occasion_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of the clause an event verb tells the same occasion as, for a frame
    with none.

    "was walking outside the store in Bloomington when she was struck and killed", "died while
    climbing in the Alps": a "when"/"while"/"as" clause and the clause it hangs off tell one
    moment, so one place; in either direction, and through the verbs coordinated with the event
    ("struck and killed"). Only a clause marked so: "after", "before" and "because" tell another
    moment, and a verb naming an event of its own keeps its places for its own frame. An occasion
    phrase ("during a ceremony in Lima") or an event noun after a place preposition ("at a news
    conference in Lima") tells the same moment too.
    """
    if tok.pos_ != "VERB":
        return []
    clause = tok
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head  # "struck and killed": the clause is the first verb's
    marks = [*_subordinators(clause), *(_subordinators(tok) if tok is not clause else ())]
    holders: list[Token] = []
    if (
        clause.dep_ == "advcl"
        and marks
        and all(m.lower_ in lex.occasion_marks for m in marks)
        and clause.head.pos_ in ("VERB", "AUX")
        and _event_class(clause.head, lex) is None
    ):
        holders.append(clause.head)  # "was walking outside X when she was struck"
    holders.extend(
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.pos_ in ("VERB", "AUX")
        and (ms := _subordinators(c))
        and all(m.lower_ in lex.occasion_marks for m in ms)
        and _event_class(c, lex) is None
    )  # "died while climbing in the Alps"
    clauses = len(holders)  # the clauses' verbs, whose site phrases are read too
    # "was crossing a street in Dundee": the parser hangs the place on the verb's object as
    # often as on the verb.
    holders += [o for h in holders for o in h.children if o.dep_ in OBJECT_DEPS]
    # "nominated X during a ceremony in the Rose Garden", "offered X a contract at the league
    # meetings in Dallas": the noun of an occasion phrase, or an event noun after a place
    # preposition, is where the event took place, so its place phrases are the event's.
    holders += [
        g
        for c in tok.children
        if c.dep_ == "prep"
        and (c.lower_ in lex.occasion_prepositions or c.lower_ in lex.place_prepositions)
        for g in _prep_objects(c)
        if c.lower_ in lex.occasion_prepositions or _event_class(g, lex) is not None
    ]
    # "was leaving her car on Hale Street when she was struck": what the clause of the same
    # moment is on (a road, a mountain, as for the frame's own verb) places the event too.
    return _unique(
        [
            *(n for h in holders for n in _phrase_places(h, named, lex)),
            *(n for h in holders[:clauses] for n in _site_places(h, named, lex)),
        ]
    )


def _site_places(holder: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the sites named in ``holder``'s site phrases ("on Mount Keller", "on Route 9").

    As for a frame's own verb: only a name the model labels a facility or a location, and an
    entity below the city, never a country or a city ("talks on Iran").
    """
    return _site_names(
        (
            g
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in lex.site_prepositions
            for g in c.children
            if g.dep_ == "pobj" and _event_class(g, lex) is None
        ),
        named,
    )


def _site_names(objects: Iterable[Token], named: Mapping[int, Named]) -> list[Named]:
    """Return the sites named by the objects of site phrases: a name the model labels a facility
    or a location, and an entity below the city ("on Route 9"; never "talks on Iran")."""
    return [
        n
        for a in objects
        if a.ent_type_ in SITE_LABELS
        for n in _entities(a, named)
        if n.kind in SITE_KINDS
    ]


def _sequel_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of a verb coordinated after an event verb, for a frame with none.

    "shot one man and wounded two others at a warehouse in Leeds": the parser hangs the place on
    the last verb of the coordination, whose subject is the event verb's; both happened there.
    Not a verb with a subject of its own ("X was shot and police found him in Leeds") or one
    introduced as before or after.
    """
    if tok.pos_ != "VERB":
        return []
    found: list[Named] = []
    for v in tok.children:
        if v.dep_ != "conj" or v.pos_ != "VERB":
            continue
        if any(c.dep_ in SUBJECT_DEPS or c.lower_ in lex.separate for c in v.children):
            continue
        found.extend(_phrase_places(v, named, lex))
    return _unique(found)


def _participle_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of a present participle set off after an event verb, for a frame with
    none.

    "shot three co-workers, killing two, at the plant": the parser hangs the place on the
    participle, which tells what the shooting did there and then. Only a participle without a
    subject or subordinator of its own ("after killing two" tells another moment).
    """
    if tok.pos_ != "VERB":
        return []
    found: list[Named] = []
    for v in tok.children:
        if v.dep_ != "advcl" or v.tag_ != "VBG":
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in v.children) or _subordinators(v):
            continue
        for h in (v, *(o for o in v.children if o.dep_ in OBJECT_DEPS)):
            found.extend(_phrase_places(h, named, lex))
    return _unique(found)


def _damage_sites(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the sites an incident noun is said to have damaged by a noun of damage.

    "a fire caused heavy damage to the depot", "a blaze that caused $1 million in damage to the
    chapel": the incident is the subject of the verb (or of its own relative clause) whose object,
    or a phrase on it, is a word of ``damage_nouns``; what its "to" phrase names is the site.
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    verbs = list(_own_clauses(tok))
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    objects = [o for v in verbs for o in v.children if o.dep_ in OBJECT_DEPS]
    nouns = [
        *objects,
        *(
            g
            for o in objects
            for p in o.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
        ),
    ]
    return [
        g
        for n in nouns
        if n.lemma_.lower() in lex.damage_nouns
        for p in n.children
        if p.dep_ == "prep" and p.lower_ in lex.damage_prepositions
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _harmed_sites(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the site of harm an incident noun is said to have come from.

    "$2 million in damage was done to the hall in a fire": the incident is the object of a
    preposition of ``damage_sources`` in a clause whose subject or object is (or counts) a noun of
    ``damage_nouns``; the clause's "to" phrase names the site. "The hall suffered heavy damage in
    a fire", "the hall received $2 million in damage from a fire": with no "to" phrase, the
    subject of a clause whose object is the harm is the site.
    """
    if tok.dep_ != "pobj" or tok.head.lower_ not in lex.damage_sources:
        return []
    verb = tok.head.head
    for _ in range(3):  # "in damage from a fire": up from the harm's phrase to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    args = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | OBJECT_DEPS]
    harm = [
        (a, n)
        for a in args
        for n in (
            a,
            *(g for p in a.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"),
        )
        if n.lemma_.lower() in lex.damage_nouns
    ]
    if not harm:
        return []
    told = [
        g
        for h in (verb, *(n for _, n in harm))
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in lex.damage_prepositions
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if told:
        return told
    if any(a.dep_ in OBJECT_DEPS for a, _ in harm):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _means_head(tok: Token, lex: Lexicon) -> Token | None:
    """Return the verb a gerund or an event noun tells the means of ("defended the title by
    beating X", "secured the title with a win over X"), if any."""
    prep = tok.head
    wanted = "pcomp" if tok.pos_ == "VERB" else "pobj"
    if tok.dep_ != wanted or prep.dep_ != "prep" or prep.lower_ not in lex.means_prepositions:
        return None
    head = prep.head
    if head.dep_ in OBJECT_DEPS and tok.pos_ != "VERB":
        head = head.head  # "kept her titles with a win": the parser hangs it on the object
    return head if head.pos_ in ("VERB", "AUX") else None


def _means_subjects(verb: Token, lex: Lexicon) -> list[Token]:
    """Return the subjects of the verb an event is the means of, or the subject that verb takes
    from the clause it hangs on when it has none of its own.

    "stay top of the table after earning a bonus point with a win over X": the gerund "earning" is
    said of the main clause's subject, so that subject won; likewise a participle set off after a
    clause ("..., keeping the belt by stopping X"). Only one step, and not from a verb that
    reports a clause ("After beating X, Y said Z ..." tells Y's words, not who won).
    """
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own or verb.pos_ != "VERB":
        return own
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in lex.separate:
        head = head.head  # "after earning ...", "before sealing ..."
    elif not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return []
    if head.pos_ not in ("VERB", "AUX") or _reports(head):
        return []
    return [c for c in head.children if c.dep_ in SUBJECT_DEPS]


def _told_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of the words an event verb's own phrase or purpose tells, for a frame
    with none.

    "stopped X in the fifth round at the Corvid Arena": the noun of a phrase frame ("stop in
    round") is part of the event, so a place phrase the parser hangs on it places the event.
    "beat X to keep the title on Sunday in Graz": an infinitive of purpose without a subject of
    its own, naming no event, tells the same occasion, so its place phrases place the event.
    """
    if tok.pos_ != "VERB":
        return []
    holders: list[Token] = []
    parts = _lemma(tok, lex).split()
    if len(parts) == 3 and " ".join(parts) in lex.phrases:
        holders.extend(
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == parts[1]
            for g in _prep_objects(c)
            if g.lemma_.lower() == parts[2]
        )
    purposes = [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        and not any(a.dep_ in SUBJECT_DEPS for a in c.children)
        and _event_class(c, lex) is None
    ]
    # "to keep her belts at the Kessler Arena": the parser hangs the place on the object as often
    # as on the verb.
    holders += [*purposes, *(o for p in purposes for o in p.children if o.dep_ in OBJECT_DEPS)]
    return _unique(n for h in holders for n in _phrase_places(h, named, lex))


def _means_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of the verb an event is the means of, for a frame with none.

    "survived the drop with a 24-17 win over the Larks on Tuesday in Boise", "kept the belt by
    stopping X in Graz": the parser hangs the place on the verb the win or the stopping is the
    means of (``means_prepositions``); the verb tells what the event did there and then. Only a
    verb naming no event of its own, which keeps its places for its own frame.
    """
    head = _means_head(tok, lex)
    if head is None or _event_class(head, lex) is not None:
        return []
    return _unique(_phrase_places(head, named, lex))


def _occasion_noun_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of a place phrase right after an event noun that is the occasion of a
    verb naming no event, for a frame with none.

    "scored 30 points in the Hawks' 88-80 victory over the Larks at Corvid Arena": the
    parser hangs "at Corvid Arena" on the verb or its object, but what happened there is the
    victory the verb's act was part of. Only the phrase that follows the noun's own words at once
    (a place phrase before it, "was wanted in Ohio in the shooting", is the verb's alone), and only
    on a verb of no event class (one with its own frame keeps its place).
    """
    prep = tok.head
    if (
        tok.pos_ not in ("NOUN", "PROPN")
        or tok.dep_ != "pobj"
        or prep.dep_ != "prep"
        or prep.lower_ not in lex.occasion_noun_prepositions
    ):
        return []
    verb = clause_verb(prep.head)
    if verb is None or _event_class(verb, lex) is not None or _reports(verb):
        return []
    end = max(t.i for t in tok.subtree)
    if end + 1 >= len(tok.doc):
        return []
    nxt = tok.doc[end + 1]
    if nxt.dep_ != "prep" or nxt.lower_ not in lex.place_prepositions:
        return []
    if not any(a.i == verb.i for a in nxt.ancestors):
        return []  # a phrase of another clause, not one the parser hung on this verb's words
    return _unique(
        n
        for g in nxt.children
        if g.dep_ == "pobj" and _event_class(g, lex) is None
        for n in _entities(g, named, lex.place_prepositions)
        if n.kind in PLACE_KINDS or (nxt.lower_ == VENUE_PREPOSITION and n.kind in VENUE_KINDS)
    )


def _cause_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of the cause of a result event that names none of its own.

    "A climber is dead after a fall on the north face at Mount Foo", "a woman died after being
    struck by a car in Leeds": one dies where the fall or the crash happened. Only a clause or
    phrase introduced as the cause ("after", "following") of the event's own predicate, or of the
    verb a state is said with ("is dead after"); a death placed by its own words keeps them.
    Only the cause's own place counts (see ``_cause_place_holders``): "hit by a car driven by a
    man who lives in Leeds" says where the man lives, not where the car hit.
    """
    found = [
        n
        for cause in _causes(tok, lex)
        for holder in _cause_place_holders(cause, lex)
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in lex.place_prepositions
        for g in p.children
        if g.dep_ == "pobj" and _event_class(g, lex) is None
        for n in _entities(g, named, lex.place_prepositions)
        if n.kind in PLACE_KINDS
    ]
    return _unique(found)


def _causes(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the words telling the cause of an event: "died after a fall", "is dead after being
    hit", "following a crash", "died after he was struck" (the ``causes`` words)."""
    heads = [tok]
    if tok.pos_ == "ADJ" and tok.head.pos_ in ("VERB", "AUX"):
        heads.append(tok.head)  # "is dead after ...": the cause hangs on the verb
    causes = [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in lex.causes
        for g in c.children
        # "after a fall", "after being hit", "following a crash" (parsed as a verb's object)
        if g.dep_ in ("dobj", "pcomp", "pobj")
    ]
    causes += [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in lex.causes for m in c.children)
    ]
    return causes


def _cause_place_holders(cause: Token, lex: Lexicon) -> list[Token]:
    """Return the words whose place phrases place a cause: the cause and its direct arguments.

    "after being struck by a lorry in Hull": the parser hangs the place on the agent's noun as
    often as on the verb, so the noun of the verb's own "by" phrase counts, like its subject and
    object, and the noun of a phrase on the cause itself ("a crash on the ring road in X"). Nothing
    deeper does: a relative clause ("a van that is kept in a depot in X"), a reduced relative ("a car
    driven by a man from X") or their agent phrases tell about the noun, not about where the cause
    happened. Except a clause about the cause's own scene (``scene_nouns``): "hit by a car that
    fled the scene in X" places the scene, which is the hit's.
    """
    holders = [cause]
    for c in cause.children:
        if c.dep_ in CAUSE_ARGUMENT_DEPS:
            holders.append(c)
        elif c.dep_ in ("agent", "prep"):
            holders += [g for g in c.children if g.dep_ == "pobj"]
    holders += [
        t
        for h in list(holders)
        for clause in h.children
        if clause.dep_ in ("acl", "relcl")
        for scene in clause.children
        if scene.dep_ == "dobj" and scene.lemma_.lower() in lex.scene_nouns
        for t in (clause, scene)
    ]
    return holders


def _recipient_untold(tok: Token, lex: Lexicon) -> bool:
    """Return whether a verb + object phrase leaves out whom its act is for.

    "Obama offered the job": the job is the event, and whoever was offered it goes unnamed, so
    the frame is not the appointment of anyone the event is about ("X was offered the job",
    "offered X the job" name them).
    """
    if not _phrase_of(tok, lex):
        return False
    return not any(
        c.dep_ in ("dative", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in tok.head.children
    )


def _role_description(
    t: Token, named: Mapping[int, Named], lex: Lexicon, registry: Registry
) -> RoleDescription | None:
    """Return the office a common-noun argument gives someone by, if it is one.

    "the two presidents", "the Spanish prime minister", "Spain's prime minister", "the leaders of
    A and B", "the host": the office word (``crosscheck/data/names/roles.toml`` normalises it,
    events_en.toml lists the generic words), the countries of its modifiers, possessor and "of"
    phrase, and how many people it stands for (a number word, the countries of a plural, one for a
    singular; unknown for a plural without either).
    """
    if t.i in named or t.pos_ != "NOUN":
        return None
    names = role_lexicon()
    mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i]
    countries: list[str] = []
    words: list[str] = []
    for c in mods:
        n = named.get(c.i)
        ids = (n.entity_id,) if n is not None else registry.resolve(c.text)
        country = next((i for i in ids if kind_of_id(i) == COUNTRY_KIND), None)
        if country is not None:
            countries.append(country)
        else:
            words.append(c.lower_)
    plural = t.tag_ in ("NNS", "NNPS")
    # The longest office phrase ending in the noun: "prime minister" before "minister".
    role = next(
        (r for k in range(len(words) + 1) if (r := names.role(" ".join([*words[k:], t.lower_])))),
        None,
    ) or lex.role_words.get(t.lemma_.lower())
    if role is None:
        return None
    for c in t.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == ARGUMENT_PREPOSITION):
            heads = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"]
            countries.extend(
                n.entity_id for h in heads for n in _entities(h, named) if n.kind == COUNTRY_KIND
            )
    number = next((NUMBER_WORDS.get(c.lower_) for c in t.children if c.dep_ == "nummod"), None)
    unique = tuple(dict.fromkeys(countries))
    count = number if number is not None else (len(unique) or None) if plural else 1
    if count is None:
        return None  # "the leaders will meet again": who, and how many, the text does not say
    # The phrase as written, from its first modifier to its "of" phrase: the evidence.
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nummod", "poss")]
    tails = [c.right_edge for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
    first = min([t, *(m.left_edge for m in mods)], key=lambda x: x.i)
    last = max([t, *tails], key=lambda x: x.i)
    start, end = first.idx, last.idx + len(last.text)
    return RoleDescription(
        role=role,
        countries=unique,
        count=count,
        written=t.doc.text[start:end],
        start=start,
        end=end,
    )


def _apposed_person(tok: Token, named: Mapping[int, Named]) -> Token | None:
    """Return the named person a participle set off after the name by a comma is said of.

    "... a hearing for midfielder Piet Vos, detained May 3 in X on suspicion of ...": a
    reduced relative in apposition, whose patient is the name before it. The parser often hangs
    such a participle on the sentence's verb as a conjunct ("awaiting ..., arrested"), which would
    lend it that verb's subject and the frame before it; the surface order is the surer guide. Not
    a participle with a subject, auxiliary or object of its own ("Smith, arrested him"), nor one
    continuing a passive ("X was stopped by Sgt Smith, arrested and charged": X was arrested).
    """
    # The tagger reads such a participle as a past tense as often as not ("Jackson, arrested").
    if tok.tag_ not in ("VBD", "VBN") or tok.i < 2 or tok.nbor(-1).text != ",":
        return None
    if any(c.dep_ in (*SUBJECT_DEPS, *OBJECT_DEPS, "aux", "auxpass") for c in tok.children):
        return None
    if tok.dep_ not in ("acl", "appos", "advcl", "conj"):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children):
        return None
    before = tok.nbor(-2)
    person = named.get(before.i)
    if person is None or person.kind not in PERSON_KINDS:
        return None
    return before


def _coordinated_lead(tok: Token, lex: Lexicon) -> Token | None:
    """Return the verb an event verb is coordinated after, when that verb names no event.

    "A man walked into the office on Monday and shot three people": "shot" is a conjunct of
    "walked", sharing its subject and its time. A lead verb that names an event of its own
    ("shot and killed") keeps its dates for its own frame.
    """
    if tok.pos_ != "VERB" or tok.dep_ != "conj":
        return None
    head = tok.head
    while head.dep_ == "conj" and head.head.pos_ == "VERB":
        head = head.head  # "walked in, shouted and fired": the first verb of the chain
    if head.pos_ != "VERB" or _event_class(head, lex) is not None:
        return None
    return head


# Labels the walk from a frame's verb into its adjuncts follows: prepositional phrases and the
# non-finite clauses in and under them ("arrested on suspicion of driving drunk early Sunday").
ADJUNCT_DEPS = frozenset({"acl", "advcl", "pcomp", "pobj", "prep", "xcomp"})
# Fine tags of a verb form with no tense of its own (a gerund, a participle, a bare infinitive).
NONFINITE_TAGS = frozenset({"VB", "VBG", "VBN"})


def _borrowed(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the words naming no event whose time is this event's: one occasion, told twice.

    A date dates the predicate it modifies in the parse (``crosscheck.time.syntax``), and some
    predicates of an event's sentence name no event but tell the same moment: the verb of a
    "while"/"when"/"as" clause or of a non-finite adjunct ("died while climbing on Saturday",
    "was arrested on suspicion of driving drunk early Sunday"), and the verb whose "when" clause
    the event is ("was crossing the road on Friday when a van struck her"); the verb a death ends
    by "to" ("fell to his death on Thursday", ``_result_phrase``). Never through a clause
    of another moment ("charged on Monday after opening fire"), a new finite verb of an adjunct,
    or a word naming an event of its own; never to an event noun from the verb it is the object
    or complement of.
    """
    out: list[Token] = []
    if tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ == "advcl" and _one_occasion(c, lex):
                out.extend(_adjunct_verbs(c, lex, own_clause=True))
            elif c.dep_ == "prep" and c.lower_ not in lex.separate:
                out.extend(_adjunct_verbs(c, lex))
        head = tok.head
        if (
            tok.dep_ == "advcl"
            and any(m.lower_ in lex.occasion_marks for m in _subordinators(tok))
            and head.pos_ in ("VERB", "AUX")
            and _event_class(head, lex) is None
        ):
            out.append(head)
        out.extend(_arrivals(tok, lex))
    elif _result_phrase(tok, lex):
        # "plunged to his death on Thursday", "was beaten to death on Friday": the verb tells
        # how the death came, at the same moment.
        out.append(tok.head.head)
    # Otherwise an event noun lends nothing to the verb it is the object or complement of: a verb
    # that takes an event as its topic ("were discussing the shooting on Tuesday", "blamed him for
    # the attack on Friday") tells another occasion; a support verb ("held talks") is the
    # event's own word already (``_support_verb``).
    return out


def _held_for(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the verb holding the event that ``tok``, an infinitive of purpose, happens at.

    "Ana Ruiz held a news conference on Monday to announce the harbour deal": the announcement is
    made at the press conference, so the date of the verb holding it (a support verb whose
    object is an event noun of ``purpose_classes``, one sitting) is the announcement's. Not a
    visit or a trip ("visited Oslo on Monday to sign the pact": the signing may come days into
    it), and not a verb of no event ("flew to Oslo on Monday to sign").
    """
    head = tok.head
    if (
        tok.pos_ != "VERB"
        or tok.dep_ not in ("advcl", "xcomp")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        or head.pos_ not in ("VERB", "AUX")
        or head.lemma_.lower() not in lex.support_verbs
    ):
        return []
    held = [
        c
        for c in head.children
        if c.dep_ in OBJECT_DEPS and _event_class(c, lex) in lex.purpose_classes
    ]
    # A date may hang on the verb or on the event noun ("held talks on Friday").
    return [head, *held] if held else []


def _arrivals(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the verbs of the doer arriving where the event verb ``tok`` then happens.

    "Lea Kask was stabbed by a porter who stormed into the hotel on Monday": the arrival (an
    ``arrival_verbs`` verb with a destination, "into the hotel") told in a relative clause on
    the act's subject or agent is one occasion with the act, so its date is the act's. (The
    verb the act is conjoined to, "walked into the hotel on Monday and stabbed", is the act's
    lead already: ``_coordinated_lead``.) Only the act's own doer: a relative clause on its
    object or victim tells someone else's moment.
    """
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [
        r
        for d in doers
        for r in d.children
        if r.dep_ == "relcl"
        and r.pos_ == "VERB"
        and r.lemma_.lower() in lex.arrival_verbs
        and _event_class(r, lex) is None
        and any(c.dep_ == "prep" and c.lower_ in lex.destinations for c in r.children)
    ]


def _steps(sdoc: Doc, found: Sequence[Frame], named: Mapping[int, Named], lex: Lexicon) -> None:
    """Lend each frame the verbs of its document that tell a stage of the same occurrence.

    "Jamal Ortiz was arrested on suspicion of drunk driving. Ortiz was pulled over for speeding
    early Sunday": the arrest's sentence gives no day, and the stop of the same person is the
    arrest's moment. A step is a verb the class lists (``steps`` in the data file) whose subject
    or object is a person the frame names; its date is the frame's only when the frame's own
    words carry none (the aligner's rule for every borrowed word). A negated step tells nothing.
    """
    if not lex.steps:
        return
    people: dict[str, list[Frame]] = {}
    for f in found:
        for n in f.participants:
            if n.kind in PERSON_KINDS:
                people.setdefault(n.entity_id, []).append(f)
    if not people:
        return
    for tok in sdoc:
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        classes = lex.steps.get(lemma, frozenset()).union(
            *(lex.steps.get(f"{lemma} {p}", frozenset()) for p in particles)
        )
        if not classes:
            continue
        for arg in tok.children:
            if arg.dep_ not in SUBJECT_DEPS and arg.dep_ not in OBJECT_DEPS:
                continue
            who = named.get(arg.i)
            if who is None or who.kind not in PERSON_KINDS:
                continue
            # The step's own adjuncts tell its moment too ("pulled over for speeding early
            # Sunday", "fell while climbing on Saturday").
            words = [tok.idx, *(t.idx for t in _borrowed(tok, lex))]
            for f in people.get(who.entity_id, ()):
                if (f.groups | {f.group}) & classes:
                    f.borrowed.extend(i for i in words if i not in f.borrowed)


def _stage_frames(
    sdoc: Doc,
    doc: Document,
    found: Sequence[Frame],
    named: Mapping[int, Named],
    lex: Lexicon,
    latest: int | None,
    registry: Registry,
) -> list[Frame]:
    """Open a frame for a stage of a class told of a named person, when the article tells several
    events of that class and no frame names the person.

    "Two climbers have fallen to their deaths ... On Saturday, Ivo Rask fell about 600 metres
    while climbing": the fall is how Rask's death came, and the article tells it by nothing else;
    the death of each of the several people is one of the story's events, never a side event
    recalled (``Frame.several``). Only a drop from a height (``_drop``: "fell 600 metres", "fell
    from a ridge"), told of the verb's named subject, not negated; an article that tells one death
    keeps a fall of someone else as no death ("the guide fell 3 metres but was unhurt").
    """
    if not lex.steps:
        return []
    by_offset = {t.idx: t for t in sdoc}
    several = {
        f.group
        for f in found
        if not f.background
        and not f.negated
        and any(_several(by_offset[i]) for i in f.triggers if i in by_offset)
    }
    if not several:
        return []
    told = {n.entity_id for f in found if f.group in several for n in f.participants}
    out: list[Frame] = []
    for tok in sdoc:
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        # Only a class that is what befalls the one who falls (``result_classes``: a death),
        # and a fall with no object: "Officer X stopped Y from ..." is no stage of X's arrest.
        classes = sorted(
            lex.steps.get(tok.lemma_.lower(), frozenset()) & several & lex.result_classes
        )
        if (
            len(classes) != 1
            or not _drop(tok, lex)
            or any(c.dep_ in OBJECT_DEPS for c in tok.children)
        ):
            continue
        subjects = [
            c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "VERB"
        ] or _comma_subjects(tok)
        people = [
            n
            for c in subjects
            if (n := named.get(c.i)) is not None
            and n.kind in PERSON_KINDS
            and n.entity_id not in told
        ]
        if len(people) != 1:
            continue
        frame = Frame(
            doc.span(tok.idx, tok.idx + len(tok.text)),
            tok.text,
            _lemma(tok, lex),
            classes[0],
            tok.i,
            triggers=[tok.idx],
            groups={classes[0]},
        )
        frame.words = [frame.trigger]
        frame.borrowed = [t.idx for t in _borrowed(tok, lex)]
        _read(frame, tok, named, lex, latest, registry)
        if frame.background or frame.negated or frame.planned:
            continue
        if [n.entity_id for n in frame.participants] != [people[0].entity_id]:
            continue
        frame.several = True
        told.add(people[0].entity_id)
        out.append(frame)
    return out


def _several(tok: Token) -> bool:
    """Return whether an event word is told of several people at once.

    A plural event noun ("have fallen to their deaths", "the killings"), or a verb whose subject
    is plural or a coordination ("two men have died", "X and Y were arrested").
    """
    if tok.pos_ == "NOUN":
        return tok.tag_ in PLURAL_TAGS
    return any(
        s.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in s.children)
        for s in tok.children
        if s.dep_ in SUBJECT_DEPS
    )


def _drop(tok: Token, lex: Lexicon) -> bool:
    """Return whether a fall is told as a drop from a height: a distance ("fell 600 metres",
    "fell about 2,000 ft") or where it was from (``drop_prepositions``: "fell from a ridge",
    "plunged down a gully"); not "fell ill", "slipped on the ice", "fell in love"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in lex.drop_prepositions:
            return True
        if c.dep_ in ("npadvmod", "dobj") and (
            c.tag_ == "CD" or any(g.dep_ == "nummod" for g in c.children)
        ):
            return True
    return False


def _result_phrase(tok: Token, lex: Lexicon) -> bool:
    """Return whether an event noun of a result class ends a verb by a result preposition.

    "fell to his death", "was stabbed to death": the verb (naming no event of its own) is how the
    event came about. Not an event noun of another class ("agreed to a ceasefire", "walked to the
    meeting"), whose time may be its own.
    """
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or head.lower_ not in lex.result_prepositions:
        return False
    verb = head.head
    return (
        lex.nouns.get(tok.lemma_.lower()) in lex.result_classes
        and verb.pos_ == "VERB"
        and _event_class(verb, lex) is None
    )


def _one_occasion(clause: Token, lex: Lexicon) -> bool:
    """Return whether an adverbial clause tells the moment of the verb it hangs off.

    A clause opened by "while", "when" or "as", or a non-finite one with no subject and no
    subordinator ("shot three people, killing one"); not "after", "before", "because", "if".
    """
    marks = [m.lower_ for m in _subordinators(clause)]
    if marks:
        return all(m in lex.occasion_marks for m in marks)
    return clause.tag_ in NONFINITE_TAGS and not any(
        c.dep_ in SUBJECT_DEPS for c in clause.children
    )


def _subordinators(clause: Token) -> list[Token]:
    """Return the words opening an adverbial clause: its marker, or a "when" the parser calls an
    adverb of the clause."""
    return [
        c
        for c in clause.children
        if c.i < clause.i and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
    ]


def _adjunct_verbs(top: Token, lex: Lexicon, own_clause: bool = False) -> Iterator[Token]:
    """Yield the verbs naming no event in an adjunct, down to the first finite verb or event word.

    ``own_clause``: ``top`` is the verb of a clause of the same occasion, which may be finite
    ("when she slipped on Sunday").
    """
    stack = [(top, 0)]
    while stack:
        t, depth = stack.pop()
        if t.i != top.i or own_clause:
            if t.pos_ in ("NOUN", "PROPN", "VERB") and _event_class(t, lex) is not None:
                continue  # an event word has its own frame and dates
            if t.pos_ == "VERB":
                finite = t.tag_ not in NONFINITE_TAGS or any(
                    c.dep_ in SUBJECT_DEPS for c in t.children
                )
                if finite and not (own_clause and t.i == top.i):
                    continue  # a new finite verb: another clause, another moment
                yield t
        if depth >= HEAD_REACH + 1:
            continue
        for c in t.children:
            if c.dep_ not in ADJUNCT_DEPS:
                continue
            if c.dep_ == "prep" and c.lower_ in lex.separate:
                continue  # "after opening fire": another moment
            if c.dep_ == "advcl" and not _one_occasion(c, lex):
                continue
            stack.append((c, depth + 1))


def _place_objects(holder: Token, lex: Lexicon, after: int = -1) -> Iterator[tuple[Token, bool]]:
    """Yield the object of each place phrase of ``holder`` that comes after token ``after``, with
    whether a venue (an organisation) may be the place: only after "at" ("at the clinic")."""
    for p in holder.children:
        if p.dep_ == "prep" and p.lower_ in lex.place_prepositions and p.i > after:
            venue = p.lower_ == VENUE_PREPOSITION
            yield from ((g, venue) for g in p.children if g.dep_ == "pobj")


def _gathered(tok: Token, lex: Lexicon) -> list[Token]:
    """Return the objects of a verb of gathering whose subject is the event noun ``tok``.

    "The summit brought together X and Y", "the talks involved X and Y": the verb says who took
    part, as "X met Y" would. Only an event noun that is the verb's subject, and only the verb's
    objects (their names are read as any argument's are, conjuncts included); a verb of two words
    needs its second word in the verb's phrase ("brought X and Y together").
    """
    verb = tok.head
    if tok.pos_ == "VERB" or tok.dep_ not in SUBJECT_DEPS or verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    wanted = [v[1:] for v in lex.gathering_verbs if v[0] == lemma]
    if not wanted:
        return []
    # Read only for a verb of the list: the root verb's subtree is the whole sentence.
    phrase = {t.lower_ for t in verb.subtree}
    if not any(set(rest) <= phrase for rest in wanted):
        return []
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS]


def _support_verb(tok: Token, lex: Lexicon) -> Token | None:
    """Return the verb an event noun is the object of ("held talks", "checked into rehab")."""
    if tok.pos_ == "VERB":
        return None
    head = tok.head
    if (tok.pos_ == "ADJ" and _facility(tok, lex) is None) or _office_state(tok, lex):
        # "X is presumed dead", "X is out as coach": the verb the state hangs off carries who
        # and where.
        return head if head.pos_ in ("VERB", "AUX") else None
    if tok.lemma_.lower() in lex.agents and _predicated(tok):
        return head  # "X will be the host": the copula carries who, where and when
    if _phrase_of(tok, lex):
        return head  # "X opened fire": the verb of the phrase is the event's
    facility = _facility(tok, lex)
    if facility is not None:
        # "entered a rehab facility", "checked into a Vestby rehab center": the place named for
        # the event is the object of the verb that goes there, as the event noun itself would be.
        tok, head = facility, facility.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        # "said at their meeting", "announced after talks", "checked into rehab": whoever does
        # something at, after or during an event took part in it.
        head = head.head
        return head if head.pos_ in ("VERB", "AUX") else None
    if tok.dep_ not in OBJECT_DEPS and tok.dep_ not in ("attr", "oprd"):
        return None
    # An object is the event only after a support verb: "X held talks", but "X condemned the
    # attack" says nothing of who attacked.
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.support_verbs:
        return head
    return None


def _notice_verb(tok: Token, group: str, lex: Lexicon) -> Token | None:
    """Return the verb by which the event noun's act is told to the person it is done to.

    "the club notified the coach of his dismissal on Friday", "informed her about her
    suspension": a dismissal or a suspension takes effect as its person is told, so the telling
    is the event's moment. Only for the classes of ``notice_classes`` (a death is told after it
    happened), with the noun owned by a pronoun, the person told ("his dismissal"; not "of her
    husband's death", nor "of the dismissal", which may be someone else's), and a person told
    named as the verb's object. The parser hangs the "of" phrase on the verb or on its object.
    """
    if group not in lex.notice_classes or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return None
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return None
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in lex.notice_prepositions:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" and verb.dep_ in ("dobj", "obj"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.notice_verbs:
        return None
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _facility(tok: Token, lex: Lexicon) -> Token | None:
    """Return the place an event noun of a destination class names the kind of ("a rehab
    center", "a rehab facility"), when it is the noun's compound head; else None."""
    if tok.dep_ != "compound" or lex.nouns.get(tok.lemma_.lower()) not in lex.destination_classes:
        return None
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Vestby rehab center Lindholm Recovery Clinic"
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _entities(
    head: Token, named: Mapping[int, Named], prepositions: frozenset[str] = frozenset()
) -> Iterator[Named]:
    """Yield the entities an argument phrase names: its own, its conjuncts', its "of" phrases'.

    A place phrase also descends into its place prepositions ("Aceh province in Indonesia").
    """
    stack = [head]
    while stack:
        t = stack.pop()
        n = named.get(t.i)
        if n is not None:
            yield n
        for c in reversed(list(t.children)):
            if n is not None and c.dep_ == "compound" and named.get(c.i) is not n:
                continue  # "Rovers midfielder Piet Vos": a name's modifier is no participant
            if c.dep_ in ARGUMENT_DEPS or (
                c.dep_ == "prep" and (c.lower_ == ARGUMENT_PREPOSITION or c.lower_ in prepositions)
            ):
                stack.append(c)


def _occasion(tok: Token, named: Mapping[int, Named]) -> str | None:
    """Return the name an event noun is given ("the G-20 summit"), lowercased, if any."""
    if tok.pos_ == "VERB":
        return None
    parts = []
    for c in tok.children:
        if c.dep_ != "compound" or c.ent_type_ == "DATE":
            continue
        n = named.get(c.i)
        if n is not None and n.kind in VENUE_KINDS:
            parts.append(n.entity_id)  # "the NATO summit": the organisation names it
        elif n is None and c.pos_ == "PROPN":
            # "the G-20 summit", "his Liberation Day speech": the whole compound name
            parts.append(
                " ".join(
                    t.lower_ for t in c.subtree if t.dep_ in ("compound", "ROOT") or t.i == c.i
                )
            )
    return " ".join(dict.fromkeys(parts)) or None


def _planned(tok: Token, heads: Sequence[Token], lex: Lexicon) -> bool:
    """Return whether the event is put in the future ("will meet", "is set to visit")."""
    for h in heads:
        if any(c.dep_ in ("aux", "amod") and c.lemma_.lower() in lex.planned for c in h.children):
            return True
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in lex.planned:
            return True
        if (h.dep_ == "ROOT" or h.head.pos_ not in INFINITIVE_GOVERNORS) and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in h.children
        ):
            return True  # a headline's "X To Nominate Y": an infinitive no word governs is to come
    return False


def _year_only(t: Token) -> bool:
    """Return whether a token is a bare year ("2006"), a date no current event is given."""
    return t.ent_type_ == "DATE" and t.like_num and len(t.text) == YEAR_DIGITS


def _latest_year(sdoc: Doc) -> int | None:
    """Return the latest year a document's dates name ("the 2019-20 season": 2019), if any."""
    years = [int(t.text[:YEAR_DIGITS]) for t in sdoc if _year_token(t)]
    return max(years) if years else None


def _year_token(t: Token) -> bool:
    text = t.text
    return (
        t.ent_type_ == "DATE"
        and len(text) >= YEAR_DIGITS
        and text[:YEAR_DIGITS].isdigit()
        and (len(text) == YEAR_DIGITS or not text[YEAR_DIGITS].isdigit())
    )


def _old_date(t: Token, latest: int | None) -> bool:
    """Return whether a date phrase names a year well before the latest the document names."""
    if latest is None:
        return False
    return any(
        _year_token(w) and int(w.text[:YEAR_DIGITS]) <= latest - OLD_YEARS for w in t.subtree
    )


def _background(tok: Token, group: str, lex: Lexicon, latest: int | None = None) -> bool:
    """Return whether the event is an earlier one the story mentions in passing."""
    # News dates its own event by day ("on Sunday", "Feb. 4"); an event dated by a bare year ("in
    # 2006", "the 2007 earthquake") is one the story recalls; so is one dated in a year well
    # before the latest the article names ("made coach on June 2, 2014" in a story of the
    # 2019-20 season): an article without a publication date still tells its news in its
    # latest year.
    heads = [tok, tok.head] if tok.dep_ in ("conj", "xcomp") else [tok]
    for h in heads:
        for c in h.children:
            if _year_only(c) and c.dep_ in ("nummod", "compound", "npadvmod", "amod"):
                return True
            if c.dep_ == "prep" and any(
                g.dep_ == "pobj" and _year_only(g) and not list(g.children) for g in c.children
            ):
                return True
            if (
                c.dep_ in ("npadvmod", "prep")
                and c.ent_type_ in ("DATE", "")
                and (_old_date(c, latest))
            ):
                return True
    for c in tok.children:
        if c.dep_ in ("amod", "advmod", "npadvmod", "poss") and any(
            t.lemma_.lower() in lex.background and not _recent(t, lex) for t in c.subtree
        ):
            return True  # "the previous meeting", "last year's quake", "met previously"
        if c.dep_ == "mark" and c.lower_ in lex.separate and not _close_by(tok, lex):
            return True  # "After the club fired him, ...": the clause's event came before the news
        if c.dep_ == "advmod" and c.lower_ in lex.habitual:
            return True  # "efforts sometimes attacked by critics": a habit, not the news
    if tok.dep_ in OBJECT_DEPS and any(
        c.dep_ == "advmod" and c.lower_ in lex.habitual for c in tok.head.children
    ):
        return True  # "X typically holds talks", "routinely releases patches": the verb's habit
    t = tok
    for _ in range(HEAD_REACH):
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            break
        t = t.head
        if t.dep_ == "prep" and t.lower_ in lex.separate and _tells_another(t.head, group, lex):
            return True  # "met after three months of talks"
    return False


def _close_by(clause: Token, lex: Lexicon) -> bool:
    """Return whether a clause's subordinator is measured by a span of ``close_spans``.

    "hanged himself hours after he was arrested", "resigned a day after he was charged": the
    clause's event is hours or a day from the one it is told against, part of the news.
    """
    return any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in lex.close_spans for c in clause.children
    )


def _intended(tok: Token, lex: Lexicon) -> bool:
    """Return whether an event verb tells what someone means or hopes to do, not what was done.

    "X has vowed to resign", "Y promised to reverse the rule", "Y called on Z to overturn it" (a
    verb of ``intentions``), "her last attempt to meet X" (a noun of them), "Z could overturn it",
    "it could be hard for Z to overturn" (``hypothetical`` modals): the story
    reports the intention or the possibility; the event, if it comes, is another frame. Such a
    frame is never aligned.
    """
    if tok.pos_ != "VERB":
        return False
    if _may_happen(tok, lex):
        return True
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in lex.intentions:
        return True
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in lex.intentions:
        return True  # "a last attempt to meet X", "a bid to capture the town": a try told
    # "could be difficult for Z to overturn": the infinitive of a clause that may happen. (Not
    # any adjective's: "is about to hire" is planned.)
    return (
        tok.dep_ in ("xcomp", "advcl", "ccomp")
        and head.pos_ in ("VERB", "AUX")
        and _may_happen(head, lex)
    )


def _asked(tok: Token) -> bool:
    """Return whether an event verb is asked about, not told: a direct question.

    "Did police stop the van on Friday?", "how many homes did they raze today" (a question in a
    chant or a quote): the auxiliary stands before the subject, and a question word opens the
    clause or a question mark ends the sentence. The question says nothing of when or where the
    event was, nor that it happened. "Only later did police confirm it" inverts too but is told;
    "Who stopped the van on Friday?" does not invert and takes the stop as given.
    """
    if tok.pos_ != "VERB":
        return False
    subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    first = next((t for t in tok.subtree if not t.is_punct and not t.is_space), tok)
    # Inverted: an auxiliary before the subject, or opening the clause (the model may miss a
    # subject right after it: "Did police stop ..." parsed with "police" as a compound).
    before = [
        c.i
        for c in tok.children
        if c.dep_ in ("aux", "auxpass")
        and c.i < tok.i
        and ((subject is not None and c.i < subject.i) or c.i == first.i)
    ]
    if not before:
        return False
    aux = min(before)
    if any(t.tag_ in WH_TAGS for t in tok.subtree if t.i < aux):
        return True
    ends = [t for t in tok.sent if not (t.is_punct and t.text != "?") and not t.is_space]
    return bool(ends) and ends[-1].text == "?"


def _refused(verb: Token, lex: Lexicon) -> bool:
    """Return whether ``verb`` is the infinitive of a refusal ("refused to meet", "declined to sign").

    The event it names did not happen, as with "did not meet": such a frame is negated.
    """
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in lex.refusals
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _may_happen(verb: Token, lex: Lexicon) -> bool:
    """Return whether a verb is put as what can or may happen ("Congress could overturn it"),
    not what happened: a modal of ``hypothetical`` and no perfect ("may have shot" is a guess
    about what was done, which the story may well report)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lemma_.lower() in lex.hypothetical for c in aux) and not any(
        c.lemma_.lower() == "have" for c in aux
    )


def _recent(word: Token, lex: Lexicon) -> bool:
    """Return whether a background word ("last") names a recent period that dates the news.

    "fired last week", "struck and killed a woman last night", "arrested last Thursday": news
    dates its own event by such a period, and the date layer resolves it against the publication
    date (a frame dated long before it is background there). "last year's quake", "last month"
    and "the previous meeting" stay background.
    """
    return word.head.i != word.i and word.head.lemma_.lower() in lex.recent_periods


def _tells_another(governor: Token, group: str, lex: Lexicon) -> bool:
    """Return whether "after"/"since" an event hangs off another event of its kind.

    "met after three months of talks": the meeting is the sentence's event, the talks an earlier
    one. After an event of another kind ("announced after talks", "arrested after a shooting") the
    event is the one the sentence is about.
    """
    other = _event_class(governor, lex)
    return other is not None and related(other, group)


def _host(tok: Token, raw: Mapping[int, Frame]) -> Frame | None:
    """Return the frame of the predicate an event word hangs off in its sentence, if related."""
    frame = raw[tok.i]
    t = tok
    for _ in range(HEAD_REACH):
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "dobj", "xcomp", "advcl", "attr"):
            return None
        t = t.head
        host = raw.get(t.i)
        if host is not None:
            return host if related(host.group, frame.group) and not host.background else None
    return None


def _absorb(into: Frame, other: Frame, lex: Lexicon) -> None:
    """Merge ``other`` into ``into``: one event named by several words."""
    into.triggers = sorted({*into.triggers, *other.triggers})
    into.borrowed = sorted({*into.borrowed, *other.borrowed})
    into.held = sorted({*into.held, *other.held})
    into.words = sorted({*into.words, *other.words}, key=lambda s: s.start)
    into.groups |= other.groups
    if other.group in lex.containers.get(into.group, frozenset()):
        # "visit Washington for a summit": the event is the summit, during the visit.
        into.group, into.lemma = other.group, other.lemma
    if into.unnamed_noun and any(n.kind in PERSON_KINDS for n in other.participants):
        # "Driver charged" then "Ann Roe was charged": the later mention names whom the first
        # only described, so whether someone is left unnamed is the later mention's to say. Only
        # this way round: a frame that named its people keeps its own flag.
        into.unnamed, into.unnamed_noun = other.unnamed, False
    into.participants = _unique([*into.participants, *other.participants])
    into.others = _unique([*into.others, *other.others])
    into.places = _specific_first(_unique([*into.places, *other.places]))
    into.origins = _unique([*into.origins, *other.origins])
    into.roles = [*into.roles, *(r for r in other.roles if r not in into.roles)]
    into.occasion = into.occasion or other.occasion
    into.planned = into.planned or other.planned
    if lex.includes.get(into.group) == other.group:
        # "Voting closed at 8 p.m. ... observers praised the referendum": the vote is it, whose
        # class alone stays (the frame is no vote of a body, to line up with other votes).
        into.groups = (into.groups - {into.group}) | {other.group}
        into.group, into.lemma = other.group, other.lemma
    into.kind = into.kind or other.kind


def _other_doer(sdoc: Doc, frame: Frame, earlier: Frame) -> bool:
    """Return whether a later verb's subject is a name that the earlier frame's doer is not, and
    that none of its people are.

    "Nordsoft announced on Tuesday that ... Orvo announced on Monday that ...": two firms' two
    announcements, though the second names the first firm in its clause. Only for a class whose
    event is its doer's own act (``by_doer`` in the data file: not a meeting, where "Putin met
    Obama" after "Obama met Putin" is the same one, nor a move a headline may tell in the passive
    without "was", "Bush placed on reserve"), when both verbs have a proper-name subject, the two
    share no word, and the later one is none of the earlier frame's people.
    """
    if frame.group not in lexicon().by_doer:
        return False
    later, first = sdoc[frame.token], sdoc[earlier.token]
    if later.pos_ != "VERB" or first.pos_ != "VERB":
        return False
    mine, theirs = _doer_words(later), _doer_words(first)
    if not mine or not theirs or mine & theirs:
        return False
    told = {w.lower() for n in (*earlier.participants, *earlier.others) for w in n.text.split()}
    return not mine & told


def _doer_words(verb: Token) -> frozenset[str]:
    """Return the words of a verb's subject when it is a proper name ("Orvo", "Nordsoft Inc.")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return frozenset()
    return frozenset(t.lower_ for t in subject.subtree if t.pos_ == "PROPN" and t.i <= subject.i)


def _earlier(
    frame: Frame, found: Sequence[Frame], registry: Registry, sdoc: Doc | None = None
) -> Frame | None:
    """Return the earlier frame of the document a later mention names again, if it fits.

    An article tells its event several times ("Vos was arrested ... his arrest on Monday"), so
    a later frame of the same class joins an earlier one unless they differ on who (both name
    people and neither names only people the other names), where (two places neither inside the other), what it is called, or
    whether it is still to come; a named later frame ("his Liberation Day speech") joins only an
    earlier one of that name; a later verb whose named doer the earlier frame does not name is
    another doer's act (``_other_doer``). A frame of a class another ``includes`` (a vote, in an
    article on an election) that names no person or organisation joins an earlier frame of that
    other class, and such an earlier frame is joined by a later one of the other class
    (``_included``): "the vote closed at noon ... the referendum drew few".
    """
    for earlier in reversed(found[-DOC_JOIN_REACH:]):
        if earlier.background or earlier.negated:
            continue
        if earlier.group != frame.group and not _included(frame, earlier):
            continue
        if frame.kind and earlier.kind and frame.kind != earlier.kind:
            continue  # "the presidential election ... the parliamentary election": two elections
        if sdoc is not None and _other_doer(sdoc, frame, earlier):
            continue  # "Nordsoft announced ... Orvo announced ...": two announcements
        if earlier.planned != frame.planned:
            continue
        if frame.occasion and earlier.occasion != frame.occasion:
            continue  # a named event ("his Liberation Day speech") is another than one unnamed
        mine = {n.entity_id for n in frame.participants if n.kind in PERSON_KINDS}
        theirs = {n.entity_id for n in earlier.participants if n.kind in PERSON_KINDS}
        if mine and theirs and not (mine <= theirs or theirs <= mine):
            continue  # other people: "Y was arrested too" is another arrest than X's
        if frame.group in lexicon().two_sided:
            own = sides(_ids(frame.participants), _ids(frame.others))
            told = sides(_ids(earlier.participants), _ids(earlier.others))
            if not (own <= told or told <= own) and not _same_sides(own, told):
                continue  # "A beat B ... C, which had beaten D on Thursday": another game
        if any(
            # the registry alone: one article names a town and, beside it, a name the model
            # misreads as a place; only the frame's own place phrases are read here
            place_relation(a.entity_id, b.entity_id, registry).registry_alone() is False
            for a in frame.places[:1]
            for b in earlier.places[:1]
        ):
            continue
        return earlier
    return None


def _same_sides(own: frozenset[str], told: frozenset[str]) -> bool:
    """Return whether two contest frames naming two sides or more each name the same game by
    the words of the sides' names: the headline's "Owls beat Hawks" and the body's "the Harbor
    City Owls beat the Millbrook Hawks". A frame naming one side is never matched by words: a
    team the model names one way there and another way here may be the opponent of another game
    ("X, which had beaten Y on Thursday, ... Z beat X on Friday")."""
    mine, theirs = side_words(own), side_words(told)
    if len(mine) < 2 or len(theirs) < 2:
        return False
    return sides_covered(mine, theirs) or sides_covered(theirs, mine)


# How a word naming a kind of event hangs on the event word: a modifier ("a parliamentary
# election", "the presidential runoff"), the object of its verb ("elect a new legislature"), or
# the object of "of" / "for" ("the election of a legislature", "a runoff for president").
KIND_DEPS = frozenset({"amod", "compound", "dobj", "nmod"})
KIND_PREPOSITIONS = frozenset({"for", "of"})


def _kind(tok: Token, group: str, lex: Lexicon) -> str:
    """Return which event of its class an event word names by its kind words, or ""."""
    words = lex.kinds.get(group)
    if not words:
        return ""
    for c in tok.children:
        if c.dep_ in KIND_DEPS and c.lemma_.lower() in words:
            return words[c.lemma_.lower()]
        if c.dep_ == "prep" and c.lower_ in KIND_PREPOSITIONS:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in words:
                    return words[g.lemma_.lower()]
    return ""


def _electorate_places(tok: Token, named: Mapping[int, Named], lex: Lexicon) -> list[Named]:
    """Return the places of the electorate that does an election's act ("pensioners in Norland
    cast ballots at noon"): who votes there is where it is held.

    The subject of the act (``_electorate``), when a common noun: a name ("Ann Roe in Leeds") is
    someone voting somewhere, not an electorate.
    """
    subject = _electorate(tok)
    if subject is None or subject.pos_ != "NOUN":
        return []
    return _phrase_places(subject, named, lex)


def _electorate(tok: Token) -> Token | None:
    """Return the subject of an election's act told by ``tok``, or None: the subject of the event
    verb, of the support or phrase verb whose object the event noun is, or of the verb of voting
    whose phrase it is, up through verbs it completes ("had begun to cast ballots")."""
    # Only the electorate's own act: "Norlanders cast ballots", "held a referendum";
    # not a verb that only takes the election as its topic ("Norlanders condemned the election").
    lex = lexicon()
    verb: Token | None = None
    if tok.pos_ == "VERB":
        verb = tok
    elif tok.dep_ in OBJECT_DEPS and (
        _phrase_of(tok, lex) or tok.head.lemma_.lower() in lex.support_verbs
    ):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        # "voted early in the referendum", "headed to the polls for a runoff": a verb of
        # the electorate's act, its own class or one it includes, whose phrase names it.
        own = _event_class(tok.head.head, lex)
        group = _event_class(tok, lex)
        if own is not None and (own == group or lex.includes.get(own) == group):
            verb = tok.head.head
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return None


def _place_by_people(frame: Frame, tok: Token, doc: Document, registry: Registry) -> None:
    """Place an election by the country's people who hold it: its electorate named by them
    ("Estonians headed to the polls": a plural whose singular is one country's name for its
    people, a country alias, is that country's voters; the model may take the plural for a
    person, who is then no participant), or the election ("the Estonian election").
    """
    candidates: list[tuple[Token, str]] = []
    subject = _electorate(tok)
    if (
        subject is not None
        and subject.tag_ in PLURAL_TAGS
        and subject.text[:1].isupper()
        and subject.lower_.endswith(PLURAL_SUFFIX)
    ):
        candidates.append((subject, subject.text[: -len(PLURAL_SUFFIX)]))
    # "the Estonian parliamentary election": the people's name as the election's modifier.
    candidates.extend(
        (c, c.text) for c in tok.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
    )
    for word, name in candidates:
        ids = registry.resolve(name)
        if len(ids) == 1 and registry.kind(ids[0]) == COUNTRY_KIND:
            span = doc.span(word.idx, word.idx + len(word.text))
            frame.places.append(Named(ids[0], COUNTRY_KIND, word.text, span))
            frame.participants = [
                n for n in frame.participants if not (n.span.start <= span.start < n.span.end)
            ]
            return


def _held_where_said(found: Sequence[Frame], lex: Lexicon) -> None:
    """Place an election at the country, region or city it is said of, not among its people.

    "Estonia voted early", "the vote in which Norland chose a parliament": the place an event of
    a class identified by its place (``by_place``) is said of is where it is held, not someone
    taking part, which would keep it from being lined up and compared by its place. After the
    article's mentions of one election have joined ("Estonia voted" and "the election"), so the
    place a joined mention gave is moved too.
    """
    for f in found:
        if f.group not in lex.by_place:
            continue
        held = [n for n in f.participants if n.kind in VENUE_NAME_PLACE_KINDS]
        if held:
            f.participants = [n for n in f.participants if n not in held]
            f.places.extend(n for n in held if n.entity_id not in {p.entity_id for p in f.places})


def _place_by_the_one_country(
    found: Sequence[Frame], named: Mapping[int, Named], lex: Lexicon
) -> None:
    """Place an election naming no place by the one country its article names, if only one.

    "Most voters took part in Sunday's elections" in an article naming no other country than
    Norland: the election is Norland's, as a reader takes it. An article naming two countries
    says nothing of which one votes. Only a class identified by its place (``by_place``), and
    the country is placed by its first mention.
    """
    countries: dict[str, Named] = {}
    for i in sorted(named):
        n = named[i]
        if n.kind == COUNTRY_KIND:
            countries.setdefault(n.entity_id, n)
    if len(countries) != 1:
        return
    [country] = countries.values()
    for f in found:
        if f.group in lex.by_place and not f.places and not f.background and not f.negated:
            f.places.append(country)


PLURAL_SUFFIX = "s"  # "Estonians": the plural of a people's name


def _included(a: Frame, b: Frame) -> bool:
    """Return whether one of two frames is of a class the other's ``includes`` and names no person
    or organisation: the electorate's vote ("the vote", "voting closed at 8 p.m."), not
    a body's ("the council voted to disband"), is the election its article tells."""
    includes = lexicon().includes
    for inner, outer in ((a, b), (b, a)):
        if includes.get(inner.group) == outer.group and all(
            n.kind in PLACE_KINDS for n in (*inner.participants, *inner.others)
        ):
            return True
    return False


def _dated_apart(
    frame: Frame, earlier: Frame, dates: Mapping[int, Sequence[tuple[TimeExpression, bool]]]
) -> bool:
    """Return whether a later event noun's own date rules out the earlier frame it would join.

    Only a date inside the noun's phrase counts ("the July 8 announcement", "Friday's vote"): it
    says which event of the kind is meant, as a name would. A date on a later verb may be an
    outlet's slip, which the comparison must show, not hide. ``dates`` maps a word's offset to
    its dates and whether each only names the event (``dates_by_predicate``).
    """
    own = [
        TimeSpan.of(te)
        for te, modifies in dates.get(frame.trigger.start, ())
        if modifies and _calendar(te)
    ]
    told = [
        TimeSpan.of(te) for i in earlier.triggers for te, _ in dates.get(i, ()) if _calendar(te)
    ]
    return bool(own and told) and not any(compatible(a, b) for a in own for b in told)


def _calendar(te: TimeExpression) -> bool:
    """Return whether a date is written by the calendar ("July 8", "2009"), not by a weekday or a
    word: two weekdays may be the days of one event that ran over both."""
    return any(ch.isdigit() for ch in te.text)


# Whose word decides how two places relate (``PlaceRelation.by``).
BY_REGISTRY = "registry"  # its containment, or two places it lists
BY_WORDS = "words"  # a name the registry lacks repeats the other's words ("Aceh province")
BY_GAZETTEER = "gazetteer"  # a town the registry lacks placed by GeoNames (``town_relation``)


@frozen
class PlaceRelation:
    """How two places relate, and on whose word.

    ``related`` is True for the same or nested places, False for different ones, None when
    nothing says; ``by`` is ``BY_REGISTRY``, ``BY_WORDS`` or ``BY_GAZETTEER`` ("" with None).
    Event identity weighs the gazetteer's word apart from the registry's: see ``registry_alone``
    and ``unnested``.
    """

    related: bool | None
    by: str = ""

    def registry_alone(self) -> bool | None:
        """The relation without the gazetteer's word: one article's frames are read so (a name the
        model misreads as a place beside a town must not set its frames apart)."""
        return None if self.by == BY_GAZETTEER else self.related

    def unnested(self) -> bool | None:
        """The relation without the gazetteer's nesting: a town it alone puts in the country or
        state an event gives does not join the event by that, though towns it sets apart stay
        apart (``crosscheck.events.normalize``)."""
        return None if self.related is True and self.by == BY_GAZETTEER else self.related


UNKNOWN_PLACES = PlaceRelation(None)


def place_relation(
    a: str | None,
    b: str | None,
    registry: Registry,
    within_a: Sequence[str] = (),
    within_b: Sequence[str] = (),
) -> PlaceRelation:
    """Return how two places relate: the same or nested, different, or unknown, and on whose word.

    A place the registry lacks (a key-derived id) has no country it knows; a town of the
    gazetteer (``crosscheck.names.gazetteer``: one town of its name in GeoNames) lies in its own
    and is apart from a town of another country or far away. Beyond it how the place relates to
    another is unknown, not different: a small town may well lie in the country the other outlet
    names. ``within_a`` and ``within_b`` are the places the text gives beside each
    (``town_relation``: a town it puts elsewhere is another town of the name).
    """
    if a is None or b is None:
        return UNKNOWN_PLACES
    if a == b or a in enclosing(b, registry) or b in enclosing(a, registry):
        return PlaceRelation(True, BY_REGISTRY)
    if is_local(a) or is_local(b) or registry.find(a) is None or registry.find(b) is None:
        # A name the registry lacks that repeats the other's words names it or a place in it
        # ("Aceh" and "Aceh province", "Dunmore" and "the Dunmore Bible Church").
        wa, wb = _name_words(a), _name_words(b)
        if wa and wb and (wa <= wb or wb <= wa):
            return PlaceRelation(True, BY_WORDS)
        town = town_relation(a, b, registry, within_a, within_b)
        return UNKNOWN_PLACES if town is None else PlaceRelation(town, BY_GAZETTEER)
    return PlaceRelation(False, BY_REGISTRY)


def places_compatible(a: str | None, b: str | None, registry: Registry) -> bool | None:
    """Return True for the same or nested places, False for different ones, None if unknown
    (``place_relation`` on every word, the gazetteer's included)."""
    return place_relation(a, b, registry).related


def place_grain(n: Named) -> str:
    """Return a place's grain: a venue, a town, or "" (a region, a country, a site, a firm).

    A venue is a name the model tags FAC, or an organisation placing an event whose name ends in a
    venue word ("at the Kessler Arena"); a firm "at" which something happened ("at Harrowby's") may
    be one of its shops or its offices, so it has no grain. A town is a city of the registry, a
    GPE name or a one-word town the registry lacks.
    """
    words = n.text.lower().split()
    if (n.kind == TOWN_KIND and n.label in VENUE_LABELS) or (
        n.kind in VENUE_KINDS and words and words[-1] in lexicon().venue_words
    ):
        return VENUE_GRAIN
    if n.kind == CITY_KIND or (n.kind == TOWN_KIND and n.label == TOWN_LABEL):
        return TOWN_GRAIN
    return ""


def places_related(
    a: tuple[str, Sequence[str], str],
    b: tuple[str, Sequence[str], str],
    registry: Registry,
) -> bool | None:
    """Return how two sources' places of one event relate: True (the same or nested), False
    (different places), None (unknown).

    Each side is (place, the places its text puts it in, its grain), as an ``event.place`` claim
    holds them. The registry decides first (``places_compatible``). Beyond it the text decides
    containment: "at the Corvid Theatre in Leeds" puts the theatre in Leeds, so it is nested with
    "Leeds" and apart from "York" (the places around the two differ), however little the registry
    knows of the theatre. Two venues that neither text puts one inside the other, and whose names
    share no word but their venue words, are two places ("at the Corvid Theatre" and "at the
    Brandt Arena"). A town the registry lacks that the gazetteer places (one town of its name in
    GeoNames, ``town_relation``) lies in its country and state and is apart from a town abroad or
    far away, unless the text puts it elsewhere. A venue and a town, or two towns neither places,
    stay unknown: the model's GPE names counties and districts as well as towns, and a suburb may
    lie in the city another outlet names.
    """
    (pa, within_a, grain_a), (pb, within_b, grain_b) = a, b
    # A town the registry lacks is placed by the gazetteer only where the model read a town: not
    # a venue, nor a site or a firm (no grain).
    plain = frozenset(
        p for p, g in ((pa, grain_a), (pb, grain_b)) if is_local(p) and g != TOWN_GRAIN
    )

    def related(x: str, y: str, wx: Sequence[str] = (), wy: Sequence[str] = ()) -> bool | None:
        relation = place_relation(x, y, registry, wx, wy)
        return relation.registry_alone() if x in plain or y in plain else relation.related

    known = related(pa, pb, within_a, within_b)
    if known is not None:
        return known
    chain_a, chain_b = _chain(pa, within_a, registry), _chain(pb, within_b, registry)
    if pa in chain_b or pb in chain_a:
        return True
    # Places around each side that are firmly apart hold places that are apart too.
    # Each place is read in the line the text puts it in: a town it puts in another country or
    # region than the gazetteer's is another town of that name.
    if any(related(x, y, chain_a, chain_b) is False for x in chain_a for y in chain_b):
        return False
    if grain_a == grain_b == VENUE_GRAIN:
        # Two venues whose names share a word besides their venue words may be one venue named
        # two ways ("the Hollis Clinic", "the Hollis Center"; "Centre" and "Center").
        venue_words = lexicon().venue_words
        wa, wb = _name_words(pa) - venue_words, _name_words(pb) - venue_words
        return False if wa and wb and not wa & wb else None
    return None


def _chain(place: str, within: Sequence[str], registry: Registry) -> list[str]:
    """Return a place and the places its text puts it in, when those are one nested line.

    The frame's places are the place phrases said of it; when two of them the registry knows are
    apart ("met X in Paris and Y in Lyon") they are no line of containment, and only the place
    itself counts.
    """
    chain = list(dict.fromkeys([place, *within]))
    if any(
        # the registry alone: where the text puts a town wins over the gazetteer
        place_relation(x, y, registry).registry_alone() is False
        for i, x in enumerate(chain)
        for y in chain[i + 1 :]
    ):
        return [place]
    return chain


def _name_words(entity_id: str) -> frozenset[str]:
    return frozenset(w for w in entity_id.split(":", 1)[-1].lstrip(LOCAL_MARK).split("-") if w)


def enclosing(place: str | None, registry: Registry) -> list[str]:
    """Return ``place`` and the places that contain it, innermost first (empty for no place)."""
    return registry.enclosing(place)


def _specific_first(places: Sequence[Named]) -> list[Named]:
    # A country is the coarsest grain, then a region; any other place named is more specific.
    # Otherwise text order.
    return sorted(places, key=lambda n: GRAIN.get(n.kind, 0))


def _unique(items: Iterable[Named]) -> list[Named]:
    seen: dict[str, Named] = {}
    for n in items:
        seen.setdefault(n.entity_id, n)
    return list(seen.values())


def surname(name: str) -> str:
    """Return the last part of a person's name as written, folded ("" when it has none).

    Outlets write one person's full name differently (a middle name, a title, one part joined to
    another), but nearly always end it with the same part; the aligner matches people by it.
    """
    tokens = name_tokens(name)
    return canon_token(tokens[-1].lower()) if tokens else ""


def _modality(frame: Frame) -> Modality:
    if frame.negated:
        return Modality.DENIED
    if frame.planned:
        return Modality.SCHEDULED
    return Modality.ASSERTED


def _claims(doc: Document, frame: Frame, registry: Registry) -> list[Claim]:
    ids = sorted({n.entity_id for n in frame.participants})
    # A name the registry lacks is labelled as the article writes it (its longest form).
    written: dict[str, str] = {}
    for n in frame.participants:
        if len(n.text) > len(written.get(n.entity_id, "")):
            written[n.entity_id] = n.text
    # A name the model read across a line break (a headline's last word and the body's first)
    # is shown on one line: a label heads a section of the report.
    labels = [registry.label(i) or " ".join(written.get(i, i).split()) for i in ids]
    kinds = {n.entity_id: n.kind for n in frame.participants}
    surnames = tuple(
        surname(written.get(i, "")) if kinds.get(i) in PERSON_KINDS else "" for i in ids
    )
    place = frame.place
    details = EventDetails(
        group=frame.group,
        groups=tuple(sorted(frame.groups)),
        lemma=frame.lemma,
        trigger=frame.word,
        triggers=tuple(sorted(frame.triggers)),
        participants=tuple(ids),
        place=place.entity_id if place is not None else None,
        places=tuple(n.entity_id for n in frame.places),
        origins=tuple(n.entity_id for n in frame.origins),
        occasion=frame.occasion,
        negated=frame.negated,
        planned=frame.planned,
        background=frame.background,
        others=tuple(sorted({n.entity_id for n in frame.others})),
        surnames=surnames,
        unnamed=frame.unnamed,
        roles=tuple(frame.roles),
        borrowed=tuple(frame.borrowed),
        kind=frame.kind,
    )
    if labels:
        label = f"{frame.lemma}: {', '.join(labels)}"
    else:  # an incident: its kind and place are its identity
        place_label = (registry.label(place.entity_id) if place else None) or (
            place.text if place else "?"
        )
        label = f"{frame.lemma} in {place_label}"
    modality = _modality(frame)
    # Every word naming the event is evidence: the date or place of any of them is this event's.
    triggers = [w for w in frame.words if w != frame.trigger]
    claims = [
        Claim(
            doc_id=doc.id,
            facet=PARTICIPANTS_FACET,
            subject=frame.local_subject,
            subject_label=label,
            value="+".join(ids),
            written=", ".join(dict.fromkeys(n.text for n in frame.participants)),
            evidence=(
                frame.trigger,
                *triggers,
                *(n.span for n in frame.participants),
                *(doc.span(r.start, r.end) for r in frame.roles),
            ),
            modality=modality,
            details=details,
            extractor=EXTRACTOR,
        )
    ]
    if place is not None:
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=PLACE_FACET,
                subject=frame.local_subject,
                subject_label=label,
                value=place.entity_id,
                written=place.text,
                # The place and the places the text puts it in ("the Corvid Theatre in Leeds"):
                # a clash found through the town is read from the town's words.
                evidence=tuple(dict.fromkeys(n.span for n in frame.places)),
                modality=modality,
                details=EventDetails(
                    group=frame.group,
                    places=tuple(n.entity_id for n in frame.places),
                    grain=place_grain(place),
                ),
                extractor=EXTRACTOR,
            )
        )
    return claims
