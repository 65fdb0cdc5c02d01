"""Contradiction injection: rewrite one gold-annotated fact in one article and see whether it is caught.

A yardstick driven by gold annotations, not by the library's own output. For each selected gold
mention of a fact that two or more articles share, the tool rewrites that one mention in one article
and runs ``crosscheck.crosscheck`` over the whole corpus with the rewritten article:

- a *conflicting* rewrite changes the fact but keeps its written form: a weekday or a date shifted by
  one to three days ("Tuesday" → "Thursday", "Aug. 18" → "Aug. 16"), another month ("June 2012" →
  "August 2012") or year ("2004" → "2006"), or another place of the same kind ("in Aceh" → "in
  Lima", see "Places" below). It is *caught* when the run reports a contradiction that the
  unmodified run did not, with an observation from the rewritten article that names the new
  value: its ``written`` value contains the new weekday, day number, month, year or name
  (case-insensitively, as a whole word), or its evidence overlaps the rewritten span.
- a *neutral* rewrite changes the form but not the fact: "Aug. 18" → "August 18" → "18 August",
  "Tuesday" ↔ "on Tuesday", "September 2010" ↔ "Sept. 2010" (AP abbreviations), a name to another
  spelling the registry lists for the same entity. It is a *false alarm* when the run reports a
  contradiction involving the rewritten article that the unmodified run did not report.
  Conflicting rewrites reported only as another discrepancy that names the new value (an
  "inconsistency", a "variant") are counted apart, as "other discrepancy only".

Contradictions are compared across runs by (facet, set of (document, normalised value) pairs), not by
subject: a subject key may be a digest of content and change with a harmless rewrite. A new
contradiction that is a baseline one with the rewritten article merely added is counted as *joined*,
not as a false alarm (the article now takes a side in a conflict that was already reported).

Only one mention is rewritten per run (other mentions of the same fact in that article stay as they
were: that is what a wrong article looks like). Candidates are chosen with ``random.Random(seed)``
from a sorted list, per corpus, and the ``--limit`` is spread over the corpora in turn, so the same
seed gives the same output bytes. What cannot be rewritten by form ("yesterday", "the district",
"at 2:09 a.m.") is counted as skipped, by reason.

Places
------
An ECB+ place is swapped in one of two modes (``--place-mode``):

- ``like`` (the default) swaps like for like. A name the library's registry
  (``crosscheck.names.registry``) knows as a country becomes a registry country on no continent of
  the original's; a city a registry city on another continent (written "City, Country" when the
  original was "Town, State"); a region (a state, a province) a region of another country. A name
  ending in a venue word of the library's lexicon (``venue_words`` in
  ``crosscheck/data/events_en.toml``: "Stadium", "Hospital") becomes another topic's gold venue
  name (LOC_FAC) ending in a venue word, the same word when one exists. A name the registry lacks
  (a town, a district) becomes a registry city on no continent of the places the article names
  ("in <small town>" → "in <a big foreign city>" is a contradiction any reader calls; whether the
  library knows the small town is what the yardstick measures). A facility the registry lacks that
  ends in no venue word is swapped only after "in", "near" or "outside" (the lexicon's
  ``town_prepositions``: a town the gold tags as the site). The place swapped in never contains or
  lies in a place the article names (``Registry.enclosing``), is named nowhere in the topic, and is
  no ambiguous or namesake name ("Georgia"); a "the" before the original is dropped ("the Bronx"
  → "Osaka"), and a country's name that needs one is never swapped in. Skipped, by reason: a place
  after "from" or "of" (an origin or a source: "a man from X", "reports from X", "X, 23, of Y"; not
  "the city of X", "north of X"), after "according to", or after "a"/"an" and at most one
  lower-case word ("a Perth man", "an Athens court": the name modifies a noun and most often says
  where someone is from), found from the plain words before the name, not from the parse the
  yardstick measures; a continent, a sea or two places joined by "and"; a registry place of no
  like kind (a sea, a peninsula); a demonym. A swap in the article's headline (a first line with no
  closing stop) is run but counted apart, on its own line: the body still states the old place,
  so what the run can find is a mismatch inside one article, not a contradiction between two.
- ``tag`` (the first mode, kept for comparison) swaps a capitalised place name of the same ECB+
  gold tag (LOC_GEO, LOC_FAC) from another topic that shares no word with this topic; a town can
  become the continent or sea around it, a university or a court, so most of its swaps are no
  contradiction a careful reader would call.

Inputs
------
A PATH is one of:

- an ECB+ root (``/work/shared/ecbplus`` by default: numeric topic folders of ECB+ XML), read with
  ``benchmarks/ecbplus_corpus.py``. Each topic is one corpus: both sub-topics (two real events of one
  kind) in one folder, as a user who collected coverage of "earthquakes in Indonesia" would have it.
  Candidates are gold mentions tagged TIME_DATE, TIME_OF_THE_DAY, LOC_GEO or LOC_FAC (and, for neutral
  name rewrites only, participants) whose cross-document chain has mentions in two or more articles
  of the same sub-topic. A place is swapped as "Places" above says;
- one ECB+ topic folder (its parent is taken as the root);
- a corpus folder holding a gold file ``inject.toml`` (see below), or a folder whose sub-folders do.

The gold file ``inject.toml``
-----------------------------
One table per gold mention; mentions of one fact share a ``chain``, and only chains with mentions in
two or more documents are used::

    [[mention]]
    file = "andes_wire.txt"   # the document id in the corpus ("feed.json#0" for a JSON record)
    text = "Sunday"           # exactly as written in the article body
    nth = 1                   # which whole-word occurrence of `text` in that body (1-based); default 1
    kind = "weekday"          # weekday | date | month | year | place | name | role | party | number
    chain = "quake-day"       # the fact this mention states
    conflicts = ["Cusco"]     # optional: conflicting values to swap in (required for place, name
                              # and party; for a role without a portfolio word)
    variants = ["Nov 10"]     # optional: neutral rewrites (same fact, other form)

A gold file kept outside its corpus names the corpus folder with a top-level ``corpus = "PATH"``
(relative to the gold file's folder): ``benchmarks/seeds/inject.toml`` annotates ``seeds/``.

For weekday, date, month and year the text must have that form ("Sunday", "on Sunday", "Sunday,
Nov. 10", "March 12", "12 March 2024", "October", "June 2012", "2028"); conflicting values are made
by shifting it unless ``conflicts`` is given. A ``role`` is a title as written ("Transport
Minister", "minister of transport", "Prime Minister"): its conflicting value is another cabinet
portfolio of the same office (one the library's data does not list as often held together with it)
unless ``conflicts`` is given, and its neutral forms swap "<Portfolio> Minister" and "Minister of
<Portfolio>". A ``party`` is a party's name as written: conflicts are given, neutral forms are the
registry's other spellings and the ``variants``. A ``number`` is a phrase holding one numeral
("1,500", "12 percent", "five ships"): its conflicting value moves the numeral by a fifth to a half
of itself in the same written form, and its neutral forms write the same value another way ("1,500"
<-> "1500", "five" <-> "5", "percent" <-> "per cent" <-> "%"). Neutral forms are ``variants`` plus the automatic ones
(date orders and month spellings, "on" before a weekday, registry aliases for place and name; the
corpus manifest's ``[[entity]]`` entries count as registry). Put ``inject.toml`` in the manifest's
``exclude`` list so that it is not read as an article. The rewritten file is edited in place in a
temporary copy of the corpus: the body text for text and Markdown files, the ``maintext`` field of
the record for JSON and JSON Lines; a rewrite that does not read back as intended is skipped.

Usage::

    python benchmarks/inject.py [PATH ...] [--seed N] [--limit N] [--topics 1,2] [--kinds date,place]
                                [--place-mode like|tag] [--json]

Prints one summary line, tables by kind, ECB+ split and corpus, the facets that caught rewrites, the
headline swaps counted apart and why conflicting rewrites could not be made; with
``--json``, one JSON document with every mutation instead. Progress goes to stderr. Exit codes: 0 on
success, 2 on a usage error. Nothing here is part of the library; it is run by hand.
"""

from __future__ import annotations

import abc
import argparse
import functools
import json
import random
import re
import shutil
import sys
import tempfile
import tomllib
import traceback
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import crosscheck
from crosscheck.events.claims import lexicon as event_lexicon
from crosscheck.model import Corpus, Entity, Finding, FindingKind, Observation, Report
from crosscheck.names.registry import Registry as PlaceRegistry
from crosscheck.names.registry import registry_for

if str(Path(__file__).resolve().parent) not in sys.path:  # a sibling script, not a package
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import ecbplus_corpus as ecb

GOLD_FILE = "inject.toml"
CONTRADICTION = "contradiction"
CONFLICT, NEUTRAL = "conflict", "neutral"
TIME_KINDS = ("weekday", "date", "month", "year")
# Kinds only a gold file declares (ECB+ tags no roles, parties or quantities this tool can read).
FACT_KINDS = ("role", "party", "number")
KINDS = (*TIME_KINDS, "place", "name", *FACT_KINDS)
DEFAULT_SEED = 0
# Each rewrite is one library run over its whole corpus (an ECB+ topic: 15-40 articles, about half a
# second once its articles are parsed, a few seconds for its first run); 300 keeps a full ECB+ run
# by hand to four or five minutes.
DEFAULT_LIMIT = 300
SHIFTS = (-3, -2, -1, 1, 2, 3)  # days, months or years a conflicting value moves by
SAFE_LAST_DAY = 28  # a shifted day stays within 1..28 so that it exists in every month
ECB_TIME_TAGS = ("TIME_DATE", "TIME_OF_THE_DAY")
ECB_PLACE_TAGS = ("LOC_GEO", "LOC_FAC")
REGISTRY_DIR = Path(crosscheck.__file__).resolve().parent / "data" / "entities"
ROLES_FILE = Path(crosscheck.__file__).resolve().parent / "data" / "names" / "roles.toml"
# A conflicting number moves by one of these fractions of itself, rounded to its own precision, so
# that "1,500" becomes "1,200" or "1,800", never "1,501" (a slip no reader would call a conflict).
NUMBER_SHIFTS = (-0.4, -0.3, -0.2, 0.2, 0.3, 0.5)
# Number words a conflicting or neutral rewrite may use ("five" <-> "5"); AP style writes one to
# nine in words, and outlets write the teens either way.
NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
# Offices whose holder names the title ("Transport Minister"): a portfolio is swapped between them.
PORTFOLIO_OFFICES = ("minister", "secretary", "commissioner")

# --- calendar words ---

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# AP style: months of five letters or fewer are never abbreviated; the others are, with a period.
AP_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
_ABBR_TO_MONTH = {m[:3].casefold(): i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}

_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?P<ord>st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PRE = r"(?P<pre>(?:(?:on|in|of|the|this|for|early|late|overnight|last|by|until|since)\s+)*)"
_POST = r"(?P<post>(?:\s+(?:morning|afternoon|evening|night))?(?:['\u2019]s)?\.?)"
_MDY = rf"{_MON}\s*{_DAY}(?:,?\s+{_YEAR})?"
_DMY = rf"{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"


def _form(core: str) -> re.Pattern[str]:
    return re.compile(rf"{_PRE}(?P<core>{core}){_POST}", re.IGNORECASE)


# Tried in order; the first that matches the whole mention gives its form.
TIME_FORMS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("date", "weekday-mdy", _form(rf"{_WD},?\s+(?:the\s+)?{_MDY}")),
    ("date", "weekday-dmy", _form(rf"{_WD},?\s+(?:the\s+)?{_DMY}")),
    ("date", "mdy", _form(_MDY)),
    ("date", "dmy", _form(_DMY)),
    ("date", "iso", _form(rf"{_YEAR}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)")),
    ("weekday", "weekday", _form(_WD)),
    ("month", "month", _form(rf"{_MON}(?:\s+{_YEAR})?")),
    ("year", "year", _form(_YEAR)),
)
_CLOCK = re.compile(r"\d[:.]\d\d|\b[ap]\.?m\b|\d\s*[ap]m\b|\b(?:GMT|UTC|BST|EDT|PST)\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|week|weekend|year|day|days|"
    r"morning|night|evening|afternoon|season|now|after|before|later|earlier|when|then)\b",
    re.I,
)

# --- place names ---

# A capitalised proper name of one or more words ("Aceh", "Fort Smith, Ark", "Stade de Suisse"),
# after an optional preposition; lower-case links only between capitalised words.
# An apostrophe may join a name ("O'Hare") but not end one: "Indonesia's Aceh" is two places.
_NAME_WORD = r"[A-Z][\w.&-]*(?:['\u2019](?!s\b)[A-Za-z][\w.&-]*)?"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:of|de|del|la|le|du|and)\s+)*{_NAME_WORD})*"
PLACE_FORM = re.compile(
    r"(?P<pre>(?:(?i:in|at|of|near|on|to|from|into|outside|across|around|the)\s+)*)"
    rf"(?P<core>{_NAME}(?:,\s+{_NAME})?)"
)
_POSSESSIVE = re.compile(r"['\u2019]s?\.?\Z|\.\Z")
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "and", "the"})
# Demonyms are listed as aliases ("Greek" for Greece) but are adjectives, not another spelling of a
# place's name: "in Greek" is no neutral rewrite of "in Greece".
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ic|ch|er|ss|ek|ino|en|ak|ik|yz|ao|ot|ine)\Z")
# A weekday after one of these words takes no "on" ("by on Tuesday", "last on Tuesday").
_NO_ON_AFTER = frozenset(
    {"a", "after", "and", "before", "by", "each", "early", "every", "for", "from", "last", "late"}
    | {"next", "of", "on", "or", "since", "the", "this", "through", "till", "to", "until"}
)

# --- like-for-like places (``--place-mode like``) ---

# How a conflicting place is chosen: "like" swaps a known country, city or region for one of the
# same kind far away, a venue for a venue, and a town the registry lacks for a registry city far
# away; "tag" (the first mode) swaps any capitalised place name of the same ECB+ gold tag from
# another topic, which turns a town into the sea or continent around it or into a university.
PLACE_MODES = ("like", "tag")
DEFAULT_PLACE_MODE = "like"
# The part of an article a rewrite falls in, when it is counted apart from the main figure.
HEADLINE = "headline"
# Continents of the registry's countries (crosscheck/data/entities/countries.toml), by ISO code. A
# place swapped in for a known one lies on no continent of the original's, so that it is not the
# original, not inside it, not around it and not its neighbour. A country that spans or borders two
# continents (Turkey, Russia, Egypt, Panama, Indonesia) is listed under both.
_CONTINENT_CODES = {
    "Africa": "ao cd dz eg et gh ke ly ma ml mz ng rw sd sn so ss tn tz ug za zm zw",
    "Asia": "ae af am az bd bh bn bt cn cy eg ge id il in iq ir jo jp kg kh kp kr kw kz la lb lk "
    "mm mn my np om ph pk ps qa ru sa sg sy th tj tl tm tr tw uz vn ye",
    "Europe": "al am at az ba be bg by ch cy cz de dk ee es fi fr gb ge gr hr hu ie is it kz lt "
    "lu lv md me mk mt nl no pl pt ro rs ru se si sk tr ua va",
    "North America": "ca cr cu gt hn ht jm mx ni pa sv us",
    "South America": "ar bo br cl co ec pa pe py uy ve",
    "Oceania": "au fj id nz pg tl",
}
CONTINENTS: dict[str, frozenset[str]] = {}
for _continent, _codes in _CONTINENT_CODES.items():
    for _code in _codes.split():
        CONTINENTS[f"country:{_code}"] = CONTINENTS.get(f"country:{_code}", frozenset()) | {
            _continent
        }
# Entity kinds of the library's registry that are places.
PLACE_KINDS = frozenset({"country", "city", "region", "place"})
# Kinds swapped like for like; a registry "place" (a sea, a peninsula, a disputed island) is not.
LIKE_KINDS = ("country", "city", "region")
# A country's name that takes "the" ("the United States", "the Philippines") is not swapped in: a
# name is written without the article's "the" (which the rewrite drops), and "in Philippines" is
# no sentence a paper prints.
_NEEDS_THE = re.compile(r"\AUnited |Republic|lands\Z|ines\Z")
# A place after "from" or "of" is most often where someone or something comes from ("a man from
# X", "reports from X", "X, 23, of Y", "a doctor from southern X"), not where the event happened:
# such a mention is skipped. Not after these heads, whose "of" names the place itself ("the city of
# X", "north of X").
_ORIGIN = re.compile(
    r"(?:(?P<head>\w+)\s+)?(?P<prep>from|of)\s+(?:the\s+)?(?:(?:[a-z]+ern|central)\s+)?\Z",
    re.IGNORECASE,
)
_PLACE_OF_HEADS = frozenset(
    {"area", "capital", "center", "centre", "city", "coast", "county", "district", "heart"}
    | {"island", "municipality", "outskirts", "part", "parts", "province", "region", "state"}
    | {"streets", "suburb", "suburbs", "town", "village", "east", "west", "north", "south"}
    | {"northeast", "northwest", "southeast", "southwest"}
)
# "according to X": X is a source (a town's officials), not a place of the event.
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)
# "a Perth man", "an Athens court", "a rural X doctor": a name after an indefinite article (and at
# most one lower-case word that is no preposition: "a mill in X" is a site) modifies the noun after
# it; most often it says where a person or a body is from. Skipped as a whole kind, though "a
# Somerset supermarket" is a site.
_MODIFIER = re.compile(
    r"\b(?i:a|an)\s+(?:(?!(?:in|at|on|near|to|into|outside|across|around|by|for|with|of|from)\s)"
    r"[a-z][\w-]*\s+)?\Z"
)
# A name of a continent, a sea or an ocean, or two places joined by "and", has no like-for-like
# swap: a city swapped in may lie inside the continent or on the sea's coast.
_WIDE = re.compile(
    r"\b(?:Africa|Asia|Europe|Americas?|Oceania|Antarctica|Antarctic|Arctic|Caribbean|"
    r"Mediterranean|Pacific|Atlantic|Middle East|Sea|Ocean|Gulf|Bay|Strait|Channel)\b"
    r"|\sand\s",
    re.IGNORECASE,
)
_THE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_LAST_WORD = re.compile(r"(\w+)\s+(?:the\s+)?\Z")


def origin_or_source(body: str, start: int) -> str | None:
    """Return why the place named at ``start`` is no event's place (an origin, a source), or None.

    Plain token context, not the parse: the benchmark's skip must not depend on the layer it
    measures. "of" after a head that names the place itself ("the city of X") does not count.
    """
    before = body[max(0, start - 60) : start]
    m = _ORIGIN.search(before)
    if m is not None:
        head = (m.group("head") or "").casefold()
        if m.group("prep").casefold() == "from" or head not in _PLACE_OF_HEADS:
            return "origin or source (after from/of)"
    if _SOURCE.search(before):
        return "origin or source (after according to)"
    if _MODIFIER.search(before):
        return "origin or source (a name modifying a noun after a/an)"
    return None


def _after_town_preposition(body: str, start: int) -> bool:
    """Return whether the name at ``start`` follows one of the library's town prepositions."""
    m = _LAST_WORD.search(body[max(0, start - 30) : start])
    return m is not None and m.group(1).casefold() in event_lexicon().town_prepositions


def in_headline(body: str, start: int) -> bool:
    """Return whether ``start`` lies in the body's first line and that line is a headline.

    A first line with no closing stop is the title (ECB+ articles of the first collection open with
    their lead sentence instead); the same rule as ``inject_why.py``.
    """
    first = body.split("\n", 1)[0].rstrip()
    return start < len(first) and not first.endswith((".", "!", "?", '"', "\u201d"))


def continents(registry: PlaceRegistry, entity_id: str) -> frozenset[str]:
    """Return the continents of the country a registry place is in (empty when unknown)."""
    for outer in registry.enclosing(entity_id):
        if registry.kind(outer) == "country":
            return CONTINENTS.get(outer, frozenset())
    return frozenset()


def named_places(registry: PlaceRegistry, text: str) -> frozenset[str]:
    """Return the registry places any of whose names the text writes (an ambiguous name: all)."""
    return frozenset(
        i
        for hit in registry.matcher.candidates(text)
        for i in hit.ids
        if registry.kind(i) in PLACE_KINDS
    )


def like_places(
    registry: PlaceRegistry,
    kind: str,
    far_from: frozenset[str],
    named: frozenset[str],
    avoid: frozenset[str],
    other_country: str | None = None,
) -> list[str]:
    """Return the registry places of ``kind`` (ids, sorted) that may be swapped in.

    Args:
        registry: the library's registry.
        kind: country, city or region.
        far_from: continents the place must not be on.
        named: places the rewritten article names; the place swapped in neither contains one nor
            lies in one.
        avoid: places the topic names anywhere (never swapped in).
        other_country: for a region, the original's country (the place is in another).
    """
    # "Georgia (U.S. state)": a label written out to tell a place from a namesake.
    labels = {e.label.split("(")[0] + "(" for e in registry.entities if "(" in e.label}
    out = []
    for entity in registry.entities:
        if entity.kind != kind or entity.id in avoid or " / " in entity.label:
            continue
        if registry.resolve(entity.label) != (entity.id,) or f"{entity.label} (" in labels:
            continue  # an ambiguous name ("Georgia", a country and a state) is no clear swap
        if kind == "country" and _NEEDS_THE.search(entity.label):
            continue
        chain = registry.enclosing(entity.id)
        if any(f"{registry.label(outer)} (" in labels for outer in chain):
            continue  # "Tbilisi, Georgia" reads as a town in the state
        if set(chain) & named or any(entity.id in registry.enclosing(n) for n in named):
            continue
        where = continents(registry, entity.id)
        if not where or where & far_from:
            continue
        if other_country is not None and registry.country_of(entity.id) == other_country:
            continue
        out.append(entity.id)
    return sorted(out)


# --- data ---


@dataclass(frozen=True)
class Candidate:
    """A gold mention that may be rewritten: where it is, what kind of fact, and optional values."""

    corpus: str
    doc_id: str
    start: int
    end: int
    text: str
    kind: str | None  # declared kind (gold file), or None to read it off the form (ECB+)
    cls: str  # time | place | name | role | party | number
    chain: str
    tag: str = ""  # the ECB+ tag, to pick a replacement place of the same tag
    conflicts: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rewrite:
    """One planned rewrite of a body: replace ``old`` at ``start`` by ``new``."""

    mode: str  # conflict | neutral
    kind: str
    form: str
    start: int
    old: str
    new: str
    # Words whose presence in an observation's written value names the new value.
    marks: tuple[str, ...] = ()
    # The part of the article counted apart from the main figure ("headline"), or "".
    part: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.old)

    @property
    def new_end(self) -> int:
        return self.start + len(self.new)

    def apply(self, body: str) -> str:
        """Return the body with the rewrite made."""
        if body[self.start : self.end] != self.old:
            raise ValueError(
                f"expected {self.old!r} at {self.start}, got {body[self.start : self.end]!r}"
            )
        return body[: self.start] + self.new + body[self.end :]


@dataclass(frozen=True)
class Planned:
    """A rewrite chosen for one run: which corpus and document, and the candidate it came from."""

    corpus: str
    doc_id: str
    chain: str
    rewrite: Rewrite


@dataclass
class Outcome:
    """What one run of a planned rewrite gave."""

    planned: Planned
    skipped: str | None = None
    caught_by: list[dict[str, str]] = field(default_factory=list)
    flagged_by: list[dict[str, str]] = field(default_factory=list)
    new_contradictions: list[dict[str, object]] = field(default_factory=list)
    false_alarm: bool = False
    joined: int = 0

    def to_json(self) -> dict[str, object]:
        rw = self.planned.rewrite
        row: dict[str, object] = {
            "corpus": self.planned.corpus,
            "article": self.planned.doc_id,
            "mode": rw.mode,
            "kind": rw.kind,
            "form": rw.form,
            "chain": self.planned.chain,
            "old": rw.old,
            "new": rw.new,
            "start": rw.start,
            "end": rw.end,
            "new_end": rw.new_end,
        }
        if rw.part:
            row["part"] = rw.part
        if self.skipped:
            row["skipped"] = self.skipped
            return row
        if rw.mode == CONFLICT:
            row["caught"] = bool(self.caught_by)
            row["caught_by"] = self.caught_by
            row["flagged_by"] = self.flagged_by
        else:
            row["false_alarm"] = self.false_alarm
            row["joined"] = self.joined
        row["new_contradictions"] = self.new_contradictions
        return row


# --- the registry, for neutral name rewrites ---


class Registry:
    """Spellings of one entity: every label and alias, by the text written."""

    def __init__(self, entities: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        owners: dict[str, set[str]] = {}
        forms: dict[str, set[str]] = {}
        self._labels: set[str] = set()
        self._label_words: dict[str, set[str]] = {}
        for entity_id, label, aliases in entities:
            self._labels.add(label)
            self._label_words.setdefault(entity_id, set()).update(label.split())
            for name in (label, *aliases):
                owners.setdefault(name, set()).add(entity_id)
                forms.setdefault(entity_id, set()).add(name)
        # A spelling shared by two entities ("Georgia") cannot be rewritten neutrally.
        self._entity = {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}
        self._forms = {k: tuple(sorted(v)) for k, v in forms.items()}

    @classmethod
    def shipped(cls, extra: Iterable[Entity] = ()) -> Registry:
        rows: list[tuple[str, str, Sequence[str]]] = []
        for path in sorted(REGISTRY_DIR.glob("*.toml")):
            for entry in tomllib.loads(path.read_text("utf-8")).get("entity", []):
                rows.append((entry["id"], entry["label"], entry.get("aliases", [])))
        rows.extend((e.id, e.label, e.aliases) for e in extra)
        return cls(rows)

    def others(self, name: str) -> tuple[str, ...]:
        """Return the other name-like spellings of the entity ``name`` alone denotes."""
        entity = self._entity.get(name)
        if entity is None or not self.name_like(name):
            return ()
        return tuple(
            f
            for f in self._forms[entity]
            if f != name and self.name_like(f) and self._entity.get(f)
        )

    def name_like(self, name: str) -> bool:
        """Return whether ``name`` is written as a name, not as a demonym or a combined label."""
        # A written name: capitalised, not a combined "A / B" label, and not an alias that looks
        # like a demonym ("Greek"); a label is a name whatever its ending ("Ukraine").
        if not name[:1].isupper() or " / " in name:
            return False
        if name in self._labels:
            return True
        last = name.split()[-1]
        if last in self._label_words.get(self._entity.get(name, ""), ()):
            return True  # "State of Palestine" ends in a name, not a demonym
        return not (last.isalpha() and not last.isupper() and _DEMONYM.search(last))


# --- forms: what a mention's text is, and its conflicting and neutral rewrites ---


def time_form(text: str) -> tuple[str, str, re.Match[str]] | str:
    """Return (kind, form, match) for a time mention, or the reason it has no rewritable form."""
    for kind, form, pattern in TIME_FORMS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        words = [m.group(g) for g in ("wd", "mon") if g in m.groupdict() and m.group(g)]
        if all(w[0].isupper() for w in words):  # "may", "march" in lower case are not dates
            return kind, form, m
    if _CLOCK.search(text):
        return "clock time"
    if _RELATIVE.search(text):
        return "relative or deictic time"
    return "other time form"


def place_core(text: str) -> tuple[int, int] | str:
    """Return the span of the proper name in a place mention, or the reason it has none."""
    m = PLACE_FORM.fullmatch(text)
    if m is None:
        trimmed = _POSSESSIVE.search(text)
        if trimmed:
            m = PLACE_FORM.fullmatch(text[: trimmed.start()])
    if m is None:
        if not any(c.isupper() for c in text):
            return "common noun"
        if any(c.isdigit() for c in text):
            return "address or distance"
        return "other place form"
    start, end = m.span("core")
    tail = _POSSESSIVE.search(text[start:end])
    if tail:
        end = start + tail.start()
    core = text[start:end]
    if core.split()[0].casefold() in _CONNECTORS:
        return "other place form"
    return start, end


def _cased(word: str, like: str) -> str:
    return word.upper() if like.isupper() and len(like) > 1 else word


def _month_word(month: int, like: str) -> str:
    # Keep the written style: a full name for a full name, the AP abbreviation for an abbreviation.
    full = like.rstrip(".").casefold() == MONTHS[_month_index(like) - 1].casefold()
    word = MONTHS[month - 1] if full else AP_ABBR.get(month, MONTHS[month - 1])
    return _cased(word, like)


def _month_index(word: str) -> int:
    key = word.rstrip(".").casefold()
    return _ABBR_TO_MONTH["sept"] if key.startswith("sept") else _ABBR_TO_MONTH[key[:3]]


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _edit(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def conflict_time(text: str, rng: random.Random) -> tuple[str, str, str, tuple[str, ...]] | str:
    """Return (kind, form, new text, marks) for a conflicting time rewrite, or a skip reason."""
    found = time_form(text)
    if isinstance(found, str):
        return found
    kind, form, m = found
    shift = rng.choice(SHIFTS)
    edits: list[tuple[int, int, str]] = []
    marks: list[str] = []
    if kind == "date":
        day_group = "dd" if form == "iso" else "day"
        day = int(m.group(day_group))
        if not 1 <= day <= 31:
            return "invalid date"
        if not 1 <= day + shift <= SAFE_LAST_DAY:
            shift = -shift
        new_day = day + shift
        if form == "iso":
            edits.append((*m.span("dd"), f"{new_day:02d}"))
        else:
            edits.append((*m.span("day"), str(new_day)))
            if m.group("ord"):
                edits.append((*m.span("ord"), _cased(_ordinal(new_day), m.group("ord"))))
        marks.append(str(new_day))
    if m.groupdict().get("wd"):
        wd = m.group("wd")
        new_wd = WEEKDAYS[(WEEKDAYS.index(wd.capitalize()) + shift) % 7]
        edits.append((*m.span("wd"), _cased(new_wd, wd)))
        marks.append(new_wd)
    if kind == "month":
        mon = m.group("mon")
        new_month = (_month_index(mon) - 1 + shift) % 12 + 1
        word = _month_word(new_month, mon)
        edits.append((*m.span("mon"), word))
        marks.extend(dict.fromkeys((MONTHS[new_month - 1], word.rstrip("."))))
    if kind == "year":
        new_year = int(m.group("year")) + shift
        edits.append((*m.span("year"), str(new_year)))
        marks.append(str(new_year))
    new = _edit(text, edits)
    return kind, form, new, (new, *marks)


def neutral_time(
    text: str, body: str, start: int, rng: random.Random
) -> tuple[str, str, int, str, str] | str:
    """Return (kind, form, start, old, new) for a neutral time rewrite, or a skip reason.

    The returned span may reach back before the mention to take in an "on" written before it.
    """
    found = time_form(text)
    if isinstance(found, str):
        return found
    kind, form, m = found
    if kind == "weekday":
        pre = m.group("pre")
        if pre.casefold() == "on ":
            return kind, "drop on", start, text, text[len(pre) :]
        if pre:
            return "no neutral form (weekday after a modifier)"
        if m.group("post").rstrip(".").endswith("s") or re.match(
            r"['\u2019]s\b", body[start + len(text) :]
        ):
            return "no neutral form (possessive weekday)"  # "on Monday's quake" is no English
        before = body[max(0, start - 20) : start]
        prev = re.search(r"(\w+)\s+\Z", before)
        if prev and prev.group(1).casefold() == "on":
            return kind, "drop on", start - len(prev.group(0)), prev.group(0) + text, text
        if prev and prev.group(1).casefold() in _NO_ON_AFTER:
            return "no neutral form (weekday after a modifier)"
        on = "On " if _sentence_start(body, start) else "on "
        return kind, "add on", start, text, on + text
    if kind == "date":
        if form == "iso":
            year, month, day = int(m.group("year")), int(m.group("mm")), int(m.group("dd"))
            return kind, "iso to mdy", start, text, f"{MONTHS[month - 1]} {day}, {year}"
        month, day, year = _month_index(m.group("mon")), int(m.group("day")), m.group("year")
        a = min(m.start("mon"), m.start("day"))
        b = max(m.end(g) for g in ("mon", "day", "ord", "year") if m.group(g))
        written = text[a:b]
        options = {
            "mdy": f"{MONTHS[month - 1]} {day}" + (f", {year}" if year else ""),
            "dmy": f"{day} {MONTHS[month - 1]}" + (f" {year}" if year else ""),
        }
        if month in AP_ABBR:
            options["mdy-abbr"] = f"{AP_ABBR[month]} {day}" + (f", {year}" if year else "")
        upper = m.group("mon").isupper() and len(m.group("mon")) > 1
        choices = sorted(
            (name, value.upper() if upper else value)
            for name, value in options.items()
            if (value.upper() if upper else value) != written
        )
        name, value = rng.choice(choices)
        return kind, f"date to {name}", start, text, text[:a] + value + text[b:]
    if kind == "month" and m.group("year"):
        mon = m.group("mon")
        month = _month_index(mon)
        if mon.endswith(".") or mon.casefold() != MONTHS[month - 1].casefold():
            word = MONTHS[month - 1]
        elif month in AP_ABBR:
            word = AP_ABBR[month]
        else:
            return "no neutral form (month)"
        a, b = m.span("mon")
        return kind, "month spelling", start, text, text[:a] + _cased(word, mon) + text[b:]
    return f"no neutral form ({kind})"


def _sentence_start(body: str, start: int) -> bool:
    before = body[:start].rstrip(" \t\"'\u201c\u2018")
    return not before or before[-1] in ".!?\n"


# --- roles and numbers (gold files only) ---


@functools.cache
def _portfolios() -> tuple[dict[str, str], dict[str, frozenset[str]], frozenset[str]]:
    """Return the library's portfolio words (written -> normalised), synonyms and vague ones."""
    data = tomllib.loads(ROLES_FILE.read_text("utf-8"))
    written: dict[str, str] = dict(data.get("portfolios", {}))
    synonyms: dict[str, set[str]] = {}
    for a, others in data.get("portfolio_synonyms", {}).items():
        for b in others:
            synonyms.setdefault(a, set()).add(b)
            synonyms.setdefault(b, set()).add(a)
    frozen = {k: frozenset(v) for k, v in synonyms.items()}
    return written, frozen, frozenset(data.get("ambiguous_portfolios", []))


def _title(word: str, like: str) -> str:
    """Write ``word`` in the case of ``like``: "Finance" for "Transport", "finance" for "transport"."""
    if like[:1].isupper():
        return " ".join(w[:1].upper() + w[1:] for w in word.split())
    return word


@functools.cache
def _role_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    written, _, _ = _portfolios()
    body = "|".join(re.escape(w) for w in sorted(written, key=lambda w: (-len(w), w)))
    office = "|".join(PORTFOLIO_OFFICES)
    before = re.compile(rf"(?P<p>{body})\s+(?P<o>{office})", re.IGNORECASE)
    after = re.compile(rf"(?P<o>{office})\s+(?P<prep>of|for)\s+(?P<p>{body})", re.IGNORECASE)
    return before, after


def role_rewrite(c: Candidate, mode: str, rng: random.Random) -> Rewrite | str:
    """Return a conflicting or neutral rewrite of a role title, or the reason there is none."""
    before, after = _role_forms()
    m = before.fullmatch(c.text) or after.fullmatch(c.text)
    if mode == CONFLICT:
        if given := sorted(set(c.conflicts) - {c.text}):
            new = rng.choice(given)
            return Rewrite(mode, "role", "given", c.start, c.text, new, (new,))
        if m is None:
            return "role without a portfolio word"
        written, synonyms, vague = _portfolios()
        old = written[m.group("p").casefold()]
        if old in vague:
            return "portfolio too vague to contradict"
        choices = sorted(
            {
                norm
                for norm in written.values()
                if norm != old
                and norm not in synonyms.get(old, ())
                and norm not in vague
                and norm in written  # written as its own normalised form ("defense")
            }
        )
        new_p = _title(rng.choice(choices), m.group("p"))
        a, b = m.span("p")
        return Rewrite(mode, "role", "other portfolio", c.start + a, c.text[a:b], new_p, (new_p,))
    options = sorted(set(c.variants) - {c.text})
    if m is not None and m.re is before:
        o, p = m.group("o"), m.group("p")
        options.append(f"{o} of {p}" if o[:1].isupper() else f"{o} of {p.lower()}")
    elif m is not None:
        o, p = m.group("o"), m.group("p")
        options.append(f"{_title(p, o)} {o}")
    if not options:
        return "no other form of the role"
    return Rewrite(mode, "role", "other form", c.start, c.text, rng.choice(sorted(options)))


_NUMERAL = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?![\w]|[.,]\d)"
)
_NUMBER_WORD = re.compile(rf"(?<![\w-])(?:{'|'.join(NUMBER_WORDS)})(?![\w-])", re.IGNORECASE)
_PERCENT = re.compile(r"(?<=\d)(?P<unit>\s?%|\s+per\s?cent\b)", re.IGNORECASE)


def _numeral(text: str) -> re.Match[str] | str:
    found = [*_NUMERAL.finditer(text), *_NUMBER_WORD.finditer(text)]
    if len(found) != 1:
        return "no single numeral" if found else "no numeral"
    return found[0]


def _shifted(n: float, unit: float, rng: random.Random) -> float:
    new = round(n * (1 + rng.choice(NUMBER_SHIFTS)) / unit) * unit
    if new == n or new <= 0:
        new = n + unit
    return new


def number_rewrite(c: Candidate, mode: str, rng: random.Random) -> Rewrite | str:
    """Return a conflicting or neutral rewrite of a number, or the reason there is none."""
    m = _numeral(c.text)
    if isinstance(m, str):
        return m
    a, b = m.span()
    old = m.group()
    is_word = not old[:1].isdigit()
    if mode == CONFLICT:
        if given := sorted(set(c.conflicts) - {c.text}):
            new = rng.choice(given)
            return Rewrite(mode, "number", "given", c.start, c.text, new, (new,))
        if is_word:
            i = NUMBER_WORDS.index(old.casefold())
            steps = [i + s for s in (-3, -2, -1, 1, 2, 3) if 2 <= i + s < len(NUMBER_WORDS)]
            word = NUMBER_WORDS[rng.choice(steps)]
            new = word.capitalize() if old[:1].isupper() else word
            return Rewrite(mode, "number", "number word", c.start + a, old, new, (new,))
        whole, frac = m.group("int"), m.group("frac") or ""
        n = int(whole.replace(",", ""))
        if frac:
            unit = 10.0 ** -len(frac)
            value = _shifted(n + int(frac) * unit, unit, rng)
            new = f"{value:,.{len(frac)}f}" if "," in whole else f"{value:.{len(frac)}f}"
        else:
            zeros = len(whole.replace(",", "")) - len(whole.replace(",", "").rstrip("0"))
            unit = 10 ** min(zeros, len(str(n)) - 1)
            value = int(_shifted(n, unit, rng))
            new = f"{value:,}" if "," in whole else str(value)
        return Rewrite(mode, "number", "digits", c.start + a, old, new, (new,))
    options = sorted(set(c.variants) - {c.text})
    text = c.text
    if is_word:
        options.append(text[:a] + str(NUMBER_WORDS.index(old.casefold())) + text[b:])
    elif not m.group("frac"):
        whole = m.group("int")
        n = int(whole.replace(",", ""))
        if "," in whole:
            options.append(text[:a] + str(n) + text[b:])
        elif n >= 1000:
            options.append(text[:a] + f"{n:,}" + text[b:])
        if n < len(NUMBER_WORDS) and not _PERCENT.match(text, b):
            word = NUMBER_WORDS[n]
            options.append(
                text[:a]
                + (word.capitalize() if a == 0 and c.text[:1].isupper() else word)
                + text[b:]
            )
    if unit := _PERCENT.search(text):
        for other in (" percent", " per cent", "%"):
            if other.strip() != " ".join(unit.group("unit").split()).casefold():
                options.append(text[: unit.start()] + other + text[unit.end() :])
    options = sorted(set(options) - {text})
    if not options:
        return "no other form of the number"
    return Rewrite(mode, "number", "other form", c.start, text, rng.choice(options))


# --- corpora ---


class Source(abc.ABC):
    """A corpus to inject into: its documents, its candidates, and how to write a rewritten copy."""

    name: str
    split: str  # the ECB+ split (dev, test, train), "-" for a gold-file corpus

    @abc.abstractmethod
    def bodies(self) -> Mapping[str, str]:
        """Return each document's body text by document id."""

    @abc.abstractmethod
    def candidates(self) -> tuple[list[Candidate], Counter[str]]:
        """Return the gold mentions that may be rewritten, sorted, and the skipped ones by reason."""

    @abc.abstractmethod
    def materialise(self, folder: Path) -> None:
        """Write the unmodified corpus into ``folder``."""

    @abc.abstractmethod
    def write(self, folder: Path, doc_id: str, body: str | None) -> str | None:
        """Write the document with ``body`` (None: its original) into the copy; return a skip reason."""

    def entities(self) -> tuple[Entity, ...]:
        """Return the corpus's own registry entries (the manifest's ``[[entity]]`` tables)."""
        return ()


class EcbTopic(Source):
    """One ECB+ topic, both sub-topics in one folder."""

    def __init__(
        self,
        topic: str,
        articles: list[ecb.Article],
        pool: Mapping[str, Sequence[tuple[str, str]]],
        place_mode: str = DEFAULT_PLACE_MODE,
    ):
        self.name = f"ecb+{topic}"
        self.topic = topic
        self.split = ecb.split_of(topic)
        self.articles = {a.file_name: a for a in articles}
        # Place names of every topic, by tag: (topic, name); a replacement comes from another topic.
        self.pool = pool
        self.place_mode = place_mode

    def bodies(self) -> Mapping[str, str]:
        return {doc_id: a.text for doc_id, a in self.articles.items()}

    def candidates(self) -> tuple[list[Candidate], Counter[str]]:
        shared: dict[tuple[str, str], set[str]] = {}
        for a in self.articles.values():
            for g in a.mentions:
                if g.chain:
                    shared.setdefault((a.subtopic, g.chain), set()).add(a.name)
        found: dict[tuple[str, int, int, str], Candidate] = {}
        skipped: Counter[str] = Counter()
        for doc_id, a in sorted(self.articles.items()):
            for g in a.mentions:
                if not g.chain or len(shared[(a.subtopic, g.chain)]) < 2:
                    continue
                if g.tag in ECB_TIME_TAGS:
                    cls = "time"
                elif g.tag in ECB_PLACE_TAGS:
                    cls = "place"
                elif g.cls == "participant":
                    cls = "name"
                else:
                    continue
                key = (doc_id, g.start, g.end, cls)
                if key not in found:
                    found[key] = Candidate(
                        self.name, doc_id, g.start, g.end, g.text, None, cls, g.chain, g.tag
                    )
        return [found[k] for k in sorted(found)], skipped

    def materialise(self, folder: Path) -> None:
        ecb.write_corpus(self.articles.values(), folder)

    def write(self, folder: Path, doc_id: str, body: str | None) -> str | None:
        article = self.articles[doc_id]
        if body is not None:
            article = replace(article, text=body)
        (folder / article.file_name).write_text(article.render(), encoding="utf-8")
        return None

    @functools.cached_property
    def _text(self) -> str:
        return "\n".join(a.text for a in self.articles.values())

    @functools.cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in re.findall(r"\w+", self._text))

    def common_noun(self, name: str) -> bool:
        """Return whether ``name`` is written in lower case elsewhere in the topic ("Prison")."""
        return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", self._text) is not None

    def replacement_places(self, tag: str, core: str) -> list[str]:
        """Return place names of ``tag`` from other topics that share no word with this topic."""
        comma = "," in core
        out = set()
        for topic, name in self.pool.get(tag, ()):
            if topic == self.topic or ("," in name) != comma or name == core:
                continue
            words = {w.casefold() for w in re.findall(r"\w+", name)} - _CONNECTORS
            if words & self._words:
                continue
            out.add(name)
        return sorted(out)

    @functools.cached_property
    def places(self) -> PlaceRegistry:
        """The library's registry (ECB+ has no manifest entries)."""
        return registry_for(())

    @functools.cached_property
    def _topic_places(self) -> frozenset[str]:
        return named_places(self.places, self._text)

    @functools.cached_property
    def _venues(self) -> list[str]:
        """Venue names of other topics' LOC_FAC mentions that share no distinctive word with this."""
        venue_words = event_lexicon().venue_words
        out = set()
        for topic, name in self.pool.get("LOC_FAC", ()):
            words = name.split()
            if topic == self.topic or "," in name or len(words) < 2:
                continue
            if words[-1].casefold() not in venue_words or self.places.resolve(name):
                continue
            own = {w.casefold() for w in re.findall(r"\w+", name)} - _CONNECTORS - venue_words
            if not own or own & self._words:
                continue
            out.add(name)
        return sorted(out)

    def like_place(
        self, c: Candidate, a: int, b: int, body: str, rng: random.Random, names: Registry
    ) -> Rewrite | str:
        """Return a like-for-like conflicting rewrite of the place ``c.text[a:b]``, or why none.

        A known country, city or region becomes one of the same kind on another continent (a
        region: in another country); a venue (a name ending in a venue word of the library's
        lexicon) another topic's venue; a name the registry lacks a registry city far from every
        place the article names. The place swapped in never contains nor lies in a place the
        article names, and the topic names it nowhere.
        """
        start = c.start + a
        if why := origin_or_source(body, start):
            return why
        core = c.text[a:b]
        if _WIDE.search(core):
            return "continent, sea or two places"
        reg = self.places
        first, _, rest = core.partition(",")
        ids = reg.resolve(first.strip())
        kinds = {reg.kind(i) for i in ids}
        named = named_places(reg, body)
        words = core.split()
        if len(ids) > 1:
            return "ambiguous name"
        if ids and not names.name_like(first.strip()):
            return "demonym"  # "Peruvian", an adjective: no place to swap
        old_start, old = start, core
        venue = not ids and words[-1].casefold() in event_lexicon().venue_words
        the = _THE.search(body[max(0, start - 8) : start])
        if the and not venue:  # "the Bronx" becomes "Osaka", not "the Osaka"; a venue keeps it
            old_start = start - len(the.group())
            old = body[old_start : start + len(core)]
        if venue:
            if rest:
                return "comma name of no town"
            # A venue of the same word when another topic has one ("an arena" for "an arena").
            same = [v for v in self._venues if v.split()[-1].casefold() == words[-1].casefold()]
            choices = same or self._venues
            kind = "venue"
        elif ids and kinds <= set(LIKE_KINDS):
            (orig,) = ids
            kind = reg.kind(orig)
            if rest and kind != "city":
                return "comma name of no town"
            far = continents(reg, orig) if kind != "region" else frozenset()
            if not continents(reg, orig):
                return "place of no known continent"
            other = reg.country_of(orig) if kind == "region" else None
            choices = like_places(reg, kind, far, named - {orig}, self._topic_places, other)
        elif ids:
            return "registry place of no like kind"  # a sea, a peninsula, a continent
        elif c.tag == "LOC_FAC" and not _after_town_preposition(body, start):
            # A facility named without a venue word ("at Morningside") has no like to swap; one
            # after "in" or "near" is a town the gold tags as the site ("a game in Jacksonville").
            return "facility with no venue word"
        else:
            far = frozenset().union(*(continents(reg, n) for n in named)) if named else frozenset()
            if not far:
                far = frozenset().union(*(continents(reg, n) for n in self._topic_places))
            kind = "town"
            choices = like_places(reg, "city", far, named, self._topic_places)
        if not choices:
            return f"no like place ({kind})"
        pick = rng.choice(choices)
        new = pick if venue else reg.label(pick) or pick
        mark = new
        if rest:  # "Fort Smith, Ark." becomes "Osaka, Japan"
            country = reg.country_of(pick)
            new = f"{new}, {reg.label(country)}" if country else new
        if core.isupper() and re.search(r"[A-Z]{3}", core):  # a headline in capitals, not "K.C."
            new, mark = new.upper(), mark.upper()
        part = HEADLINE if in_headline(body, start) else ""
        return Rewrite(CONFLICT, "place", f"like: {kind}", old_start, old, new, (mark,), part)


class GoldFolder(Source):
    """A corpus folder with an ``inject.toml`` gold file."""

    def __init__(self, folder: Path, name: str):
        self.gold = folder / GOLD_FILE
        # The gold file may name the corpus it annotates (``corpus = "../../seeds"``, relative to
        # the gold file's folder), so that a corpus kept elsewhere needs no file of this tool.
        where = tomllib.loads(self.gold.read_text("utf-8")).get("corpus")
        self.folder = (folder / where).resolve() if where else folder
        self.name = name
        self.split = "-"
        self.corpus: Corpus = crosscheck.load_corpus(str(self.folder))
        self.docs = {d.id: d for d in self.corpus.documents}

    def bodies(self) -> Mapping[str, str]:
        return {doc_id: d.text for doc_id, d in self.docs.items()}

    def entities(self) -> tuple[Entity, ...]:
        return self.corpus.entities

    def candidates(self) -> tuple[list[Candidate], Counter[str]]:
        data = tomllib.loads(self.gold.read_text("utf-8"))
        skipped: Counter[str] = Counter()
        rows: list[Candidate] = []
        for entry in data.get("mention", []):
            doc = self.docs.get(entry.get("file", ""))
            kind = entry.get("kind", "")
            text = entry.get("text", "")
            if kind not in KINDS:
                skipped["gold: unsupported kind"] += 1
                continue
            if doc is None or not text:
                skipped["gold: no such document"] += 1
                continue
            start = _nth(doc.text, text, int(entry.get("nth", 1)))
            if start < 0:
                skipped["gold: text not found"] += 1
                continue
            cls = "time" if kind in TIME_KINDS else kind
            rows.append(
                Candidate(
                    self.name,
                    doc.id,
                    start,
                    start + len(text),
                    text,
                    kind,
                    cls,
                    str(entry.get("chain", f"{doc.id}:{start}")),
                    conflicts=tuple(entry.get("conflicts", ())),
                    variants=tuple(entry.get("variants", ())),
                )
            )
        docs_of: dict[str, set[str]] = {}
        for c in rows:
            docs_of.setdefault(c.chain, set()).add(c.doc_id)
        kept = []
        for c in rows:
            if len(docs_of[c.chain]) < 2:
                skipped["gold: chain in one document"] += 1
            else:
                kept.append(c)
        return sorted(kept, key=lambda c: (c.doc_id, c.start, c.end)), skipped

    def materialise(self, folder: Path) -> None:
        shutil.copytree(self.folder, folder, ignore=shutil.ignore_patterns(GOLD_FILE))

    def write(self, folder: Path, doc_id: str, body: str | None) -> str | None:
        file_id, _, suffix = doc_id.partition("#")
        src, dst = self.folder / file_id, folder / file_id
        if body is None:
            shutil.copyfile(src, dst)
            return None
        raw = src.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return "file not UTF-8"
        old = self.docs[doc_id].text
        if dst.suffix.lower() in {".json", ".jsonl"}:
            new_text = _rewrite_record(text, dst.suffix.lower(), suffix, old, body)
            if new_text is None:
                return "record not found"
        else:
            at = text.rfind(old)
            if at < 0:
                return "body not verbatim in file"
            new_text = text[:at] + body + text[at + len(old) :]
        dst.write_text(new_text, encoding="utf-8")
        return None


def _nth(text: str, needle: str, nth: int) -> int:
    """Return the start of the nth whole-word occurrence of needle in text, or -1."""
    pattern = re.compile(
        (r"(?<!\w)" if needle[:1].isalnum() else "")
        + re.escape(needle)
        + (r"(?!\w)" if needle[-1:].isalnum() else "")
    )
    for i, m in enumerate(pattern.finditer(text), start=1):
        if i == nth:
            return m.start()
    return -1


def _rewrite_record(text: str, suffix: str, record: str, old: str, body: str) -> str | None:
    # ``record`` is the document id's suffix without its "#": the line (JSON Lines, from 1) or the
    # array index (JSON, from 0), or empty for a file that is one object.
    if suffix == ".jsonl":
        lines = text.split("\n")
        number = int(record) if record.isdigit() else 0
        if not 1 <= number <= len(lines):
            return None
        value = json.loads(lines[number - 1])
        if not isinstance(value, dict) or value.get("maintext") != old:
            return None
        value["maintext"] = body
        lines[number - 1] = json.dumps(value, ensure_ascii=False)
        return "\n".join(lines)
    data = json.loads(text)
    if isinstance(data, list):
        if not record.isdigit() or int(record) >= len(data):
            return None
        target = data[int(record)]
    else:
        target = data
    if not isinstance(target, dict) or target.get("maintext") != old:
        return None
    target["maintext"] = body
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- planning: which rewrites of which candidates ---


def plan(
    source: Source, seed: int, kinds: frozenset[str], registry: Registry
) -> tuple[list[Planned], Counter[str], Counter[str]]:
    """Return every rewrite the source's candidates allow (sorted), and what could not be rewritten.

    Returns:
        ``(rewrites, skipped, unavailable)``: ``skipped`` counts the candidate mentions that allow no
        rewrite at all, by reason; ``unavailable`` counts the missing rewrites of each mode, by
        reason (a year has a conflicting rewrite but no neutral one).
    """
    candidates, skipped = source.candidates()
    unavailable: Counter[str] = Counter()
    bodies = source.bodies()
    out: list[Planned] = []
    for c in candidates:
        body = bodies[c.doc_id]
        # ECB+ participants are only rewritten neutrally, and only when the registry lists them:
        # the others are not candidates, so they are not counted as skipped either.
        participant = c.cls == "name" and c.kind is None
        reasons = []
        for mode in (NEUTRAL,) if participant else (CONFLICT, NEUTRAL):
            rng = random.Random(f"{seed}|{c.corpus}|{c.doc_id}|{c.start}|{c.end}|{mode}")
            made = _rewrite(c, mode, body, rng, source, registry)
            if isinstance(made, str):
                unavailable[f"{mode}: {made}"] += 0 if participant else 1
                reasons.append(made)
            elif made.kind in kinds:
                out.append(Planned(c.corpus, c.doc_id, c.chain, made))
        if len(reasons) == 2:
            skipped[reasons[0]] += 1
    out.sort(key=lambda p: (p.doc_id, p.rewrite.start, p.rewrite.mode, p.rewrite.new))
    return out, skipped, +unavailable


def _rewrite(
    c: Candidate, mode: str, body: str, rng: random.Random, source: Source, registry: Registry
) -> Rewrite | str:
    if c.cls == "number":
        return number_rewrite(c, mode, rng)
    if c.cls == "role":
        return role_rewrite(c, mode, rng)
    if c.cls == "time":
        if mode == CONFLICT:
            if given := sorted(set(c.conflicts) - {c.text}):
                new = rng.choice(given)
                return Rewrite(mode, c.kind or "date", "given", c.start, c.text, new, (new,))
            found = conflict_time(c.text, rng)
            if isinstance(found, str):
                return found
            kind, form, new, marks = found
            if c.kind and kind != c.kind:
                return f"text is not a {c.kind}"
            return Rewrite(mode, kind, form, c.start, c.text, new, marks)
        options: list[tuple[str, str, int, str, str]] = [
            (c.kind or "date", "given", c.start, c.text, v)
            for v in sorted(set(c.variants) - {c.text})
        ]
        auto = neutral_time(c.text, body, c.start, random.Random(rng.random()))
        if not isinstance(auto, str) and c.kind in (None, auto[0]):
            options.append(auto)
        if not options:
            return auto if isinstance(auto, str) else f"text is not a {c.kind}"
        kind, form, start, old, new = rng.choice(options)
        return Rewrite(mode, kind, form, start, old, new)
    # places and names
    kind = c.kind or c.cls
    if c.kind is not None:  # a gold file: the whole text is the name
        a, b = 0, len(c.text)
    else:
        span = place_core(c.text)
        if isinstance(span, str):
            return span
        a, b = span
        if isinstance(source, EcbTopic) and source.common_noun(c.text[a:b]):
            return "title-cased common noun"  # "Prison" in a headline
    core = c.text[a:b]
    if mode == CONFLICT:
        if c.conflicts:
            choices = sorted(set(c.conflicts) - {core})
        elif isinstance(source, EcbTopic) and source.place_mode == "like":
            return source.like_place(c, a, b, body, rng, registry)
        elif isinstance(source, EcbTopic):
            choices = source.replacement_places(c.tag, core)
        else:
            return "no conflicting value given"
        if not choices:
            return "no replacement place"
        new_core = _cased(rng.choice(choices), core)
        return Rewrite(mode, kind, "name swap", c.start + a, core, new_core, (new_core,))
    variants = sorted((set(c.variants) | set(registry.others(core))) - {core})
    if not variants:
        return "no other spelling in the registry"
    return Rewrite(mode, kind, "other spelling", c.start + a, core, rng.choice(variants))


def select(plans: Mapping[str, list[Planned]], seed: int, limit: int) -> list[Planned]:
    """Shuffle each corpus's rewrites with the seed, then take them from the corpora in turn.

    A rewrite counted apart (in a headline) is taken when its turn comes but does not count
    towards the limit, so that the main figure stays on ``limit`` rewrites.
    """
    queues = []
    for name in plans:
        items = list(plans[name])
        random.Random(f"{seed}|{name}").shuffle(items)
        queues.append(items)
    chosen: list[Planned] = []
    counted = 0
    depth = 0
    while any(depth < len(q) for q in queues) and (limit <= 0 or counted < limit):
        for q in queues:
            if depth < len(q) and (limit <= 0 or counted < limit):
                chosen.append(q[depth])
                counted += not q[depth].rewrite.part
        depth += 1
    return chosen


# --- running and judging ---

PairKey = tuple[str, frozenset[tuple[str, str]]]
# A quote's wording changes with any rewrite inside it: its findings say nothing about the fact.
_WORDING_FACETS = frozenset({"statement.text"})
# "unanchored" lists an undated article's relative dates (every ECB+ article is undated): a listing,
# not a judgement that two values disagree.
_LISTING_CATEGORIES = frozenset({"unanchored"})


def _key(f: Finding) -> PairKey:
    return f.facet, frozenset((o.doc_id, o.value) for o in f.observations)


def contradictions(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.category == CONTRADICTION]


def other_discrepancies(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind == FindingKind.DISCREPANCY
        and f.category != CONTRADICTION
        and f.category not in _LISTING_CATEGORIES
        and f.facet not in _WORDING_FACETS
    ]


@dataclass(frozen=True)
class Baseline:
    """The unmodified run's discrepancies, by (facet, document-value pairs)."""

    contradictions: frozenset[PairKey]
    others: frozenset[tuple[str, PairKey]]

    @classmethod
    def of(cls, report: Report) -> Baseline:
        return cls(
            frozenset(_key(f) for f in contradictions(report)),
            frozenset((f.category, _key(f)) for f in other_discrepancies(report)),
        )


def judge(outcome: Outcome, report: Report, baseline: Baseline) -> None:
    """Fill in whether the rewrite was caught (conflict) or raised a false alarm (neutral)."""
    p = outcome.planned
    rw = p.rewrite
    for f in contradictions(report):
        if _key(f) in baseline.contradictions or p.doc_id not in f.doc_ids:
            continue
        others = frozenset((o.doc_id, o.value) for o in f.observations if o.doc_id != p.doc_id)
        joined = (f.facet, others) in baseline.contradictions
        outcome.new_contradictions.append(
            {
                "id": f.id,
                "facet": f.facet,
                "joined": joined,
                "values": sorted({f"{o.doc_id}: {o.written}" for o in f.observations}),
            }
        )
        if rw.mode == CONFLICT:
            how = next((h for o in f.observations if (h := _names(o, p.doc_id, rw))), None)
            if how:
                outcome.caught_by.append({"id": f.id, "facet": f.facet, "how": how})
        elif joined:
            outcome.joined += 1
        else:
            outcome.false_alarm = True
    if rw.mode != CONFLICT:
        return
    # Not a catch, but worth knowing: a new discrepancy of another category that names the new
    # value (a "variant", an "inconsistency") shows the library saw the change and judged it milder.
    for f in other_discrepancies(report):
        if (f.category, _key(f)) in baseline.others or p.doc_id not in f.doc_ids:
            continue
        how = next((h for o in f.observations if (h := _names(o, p.doc_id, rw))), None)
        if how:
            outcome.flagged_by.append(
                {"id": f.id, "category": f.category, "facet": f.facet, "how": how}
            )


def _names(obs: Observation, doc_id: str, rw: Rewrite) -> str | None:
    if obs.doc_id != doc_id:
        return None
    written = obs.written.casefold()
    for mark in rw.marks:
        if re.search(rf"(?<!\w){re.escape(mark.casefold())}(?!\w)", written):
            return "written"
    if any(s.doc_id == doc_id and s.start < rw.new_end and rw.start < s.end for s in obs.evidence):
        return "evidence"
    return None


def run(
    sources: Sequence[Source], seed: int, limit: int, kinds: frozenset[str]
) -> dict[str, object]:
    """Plan, select and run the rewrites; return the result as plain data."""
    registries = {s.name: Registry.shipped(s.entities()) for s in sources}
    plans: dict[str, list[Planned]] = {}
    skipped: Counter[str] = Counter()
    unavailable: Counter[str] = Counter()
    for s in sources:
        plans[s.name], why, missing = plan(s, seed, kinds, registries[s.name])
        skipped.update(why)
        unavailable.update(missing)
    chosen = select(plans, seed, limit)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="inject-") as tmp:
        for s in sources:
            mine = [p for p in chosen if p.corpus == s.name]
            if not mine:
                continue
            print(f"inject: {s.name}: {len(mine)} rewrites", file=sys.stderr)
            folder = Path(tmp) / re.sub(r"\W", "_", s.name)
            s.materialise(folder)
            try:
                base = crosscheck.crosscheck(crosscheck.load_corpus(str(folder)))
            except Exception as exc:  # no baseline, no judgement: every rewrite here is skipped
                traceback.print_exc(file=sys.stderr)
                why = f"library error on the unmodified corpus: {type(exc).__name__}"
                outcomes += [Outcome(p, skipped=why) for p in mine]
                continue
            baseline = Baseline.of(base)
            bodies = s.bodies()
            for p in mine:
                outcomes.append(_run_one(s, folder, p, bodies[p.doc_id], baseline))
    order = {id(p): i for i, p in enumerate(chosen)}
    outcomes.sort(key=lambda o: order[id(o.planned)])
    return _result(sources, outcomes, skipped, unavailable, plans, seed, limit)


def _run_one(s: Source, folder: Path, p: Planned, body: str, baseline: Baseline) -> Outcome:
    outcome = Outcome(p)
    new_body = p.rewrite.apply(body)
    try:
        reason = s.write(folder, p.doc_id, new_body)
        if reason:
            outcome.skipped = reason
            return outcome
        corpus = crosscheck.load_corpus(str(folder))
        doc = next((d for d in corpus.documents if d.id == p.doc_id), None)
        if doc is None or doc.text != new_body:
            outcome.skipped = "rewrite not read back"
            return outcome
        try:
            report = crosscheck.crosscheck(corpus)
        except (
            Exception
        ) as exc:  # a crash on one rewrite is a result to count, not a reason to stop
            outcome.skipped = f"library error: {type(exc).__name__}"
            traceback.print_exc(file=sys.stderr)
            return outcome
    finally:
        s.write(folder, p.doc_id, None)
    judge(outcome, report, baseline)
    return outcome


# --- the result and its text form ---


def _rate(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.2f}" if d else f"{n}/0"


def _tally(outcomes: Iterable[Outcome]) -> dict[str, int]:
    done = [o for o in outcomes if not o.skipped]
    conflict = [o for o in done if o.planned.rewrite.mode == CONFLICT]
    neutral = [o for o in done if o.planned.rewrite.mode == NEUTRAL]
    return {
        "conflicting": len(conflict),
        "caught": sum(1 for o in conflict if o.caught_by),
        "flagged_only": sum(1 for o in conflict if o.flagged_by and not o.caught_by),
        "neutral": len(neutral),
        "false_alarms": sum(1 for o in neutral if o.false_alarm),
    }


def _result(
    sources: Sequence[Source],
    outcomes: list[Outcome],
    skipped: Counter[str],
    unavailable: Counter[str],
    plans: Mapping[str, list[Planned]],
    seed: int,
    limit: int,
) -> dict[str, object]:
    run_skips = Counter(f"run: {o.skipped}" for o in outcomes if o.skipped)
    all_skips = skipped + run_skips
    # A rewrite in a headline is counted apart: the body still states the old value, so what the
    # run can find is a mismatch inside one article, not a contradiction between two.
    every = outcomes
    apart = [o for o in outcomes if o.planned.rewrite.part == HEADLINE]
    outcomes = [o for o in outcomes if o.planned.rewrite.part != HEADLINE]
    total = _tally(outcomes)
    corpora = sorted({o.planned.corpus for o in outcomes}, key=[s.name for s in sources].index)
    reasons = ", ".join(
        f"{r} {n}" for r, n in sorted(all_skips.items(), key=lambda x: (-x[1], x[0]))
    )
    available = sum(len(v) for v in plans.values())
    summary = (
        f"inject: {total['conflicting'] + total['neutral']} rewrites ({total['conflicting']} "
        f"conflicting, {total['neutral']} neutral; {available} possible) on {len(corpora)} "
        f"corpora: caught {_rate(total['caught'], total['conflicting'])} "
        f"(and {total['flagged_only']} more only as another discrepancy); "
        f"false alarms {_rate(total['false_alarms'], total['neutral'])}; "
        f"skipped {sum(all_skips.values())} ({reasons or 'none'})"
    )
    headline = _tally(apart)
    if apart:
        summary += f"; in headlines, counted apart: caught {_rate(headline['caught'], headline['conflicting'])}"
    split_of = {s.name: s.split for s in sources}
    facets = Counter(o.caught_by[0]["facet"] for o in outcomes if o.caught_by)
    return {
        "summary": summary,
        "seed": seed,
        "limit": limit,
        "available": available,
        "total": total,
        "by_kind": {k: _tally(o for o in outcomes if o.planned.rewrite.kind == k) for k in KINDS},
        "by_split": {
            sp: _tally(o for o in outcomes if split_of[o.planned.corpus] == sp)
            for sp in sorted({s.split for s in sources})
        },
        "by_corpus": {c: _tally(o for o in outcomes if o.planned.corpus == c) for c in corpora},
        "caught_by_facet": dict(sorted(facets.items())),
        "skipped": dict(sorted(all_skips.items())),
        "unavailable": dict(sorted(unavailable.items())),
        "headline": headline,
        "mutations": [o.to_json() for o in every],
    }


def _table(title: str, rows: Mapping[str, Mapping[str, int]]) -> list[str]:
    lines = [
        "",
        f"| {title} | conflicting | caught | catch rate | other discrepancy only | neutral "
        "| false alarms | false-alarm rate |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, t in rows.items():
        if not (t["conflicting"] or t["neutral"]):
            continue
        catch = f"{t['caught'] / t['conflicting']:.2f}" if t["conflicting"] else "-"
        alarm = f"{t['false_alarms'] / t['neutral']:.2f}" if t["neutral"] else "-"
        lines.append(
            f"| {name} | {t['conflicting']} | {t['caught']} | {catch} | {t['flagged_only']} | "
            f"{t['neutral']} | "
            f"{t['false_alarms']} | {alarm} |"
        )
    return lines


def to_text(result: Mapping[str, object]) -> str:
    """Render the result: the summary line, then tables by kind, split and corpus."""
    lines = [str(result["summary"])]
    for title, key in (("kind", "by_kind"), ("split", "by_split"), ("corpus", "by_corpus")):
        rows = result[key]
        assert isinstance(rows, dict)
        if key == "by_split" and set(rows) <= {"-"}:
            continue  # only gold-file corpora, which have no split
        lines += _table(title, rows)
    facets = result["caught_by_facet"]
    assert isinstance(facets, dict)
    if facets:
        lines += ["", "caught by facet: " + ", ".join(f"{k} {v}" for k, v in facets.items())]
    headline = result.get("headline")
    if isinstance(headline, dict) and headline["conflicting"]:
        lines += _table("in headlines (apart)", {"place": headline})
    unavailable = result["unavailable"]
    assert isinstance(unavailable, dict)
    prefix = f"{CONFLICT}: "
    missing = sorted(
        ((k.removeprefix(prefix), v) for k, v in unavailable.items() if k.startswith(prefix)),
        key=lambda kv: (-kv[1], kv[0]),
    )
    if missing:
        lines += ["", "no conflicting rewrite: " + ", ".join(f"{k} {v}" for k, v in missing)]
    return "\n".join(lines) + "\n"


# --- inputs and the command line ---


def sources_for(
    paths: Sequence[Path], topics: Sequence[str] | None, place_mode: str = DEFAULT_PLACE_MODE
) -> list[Source]:
    """Return the corpora the paths name, in order; raise ValueError for a path that is neither."""
    out: list[Source] = []
    for path in paths:
        if not path.is_dir():
            raise ValueError(f"{path}: not a folder")
        if (path / GOLD_FILE).is_file():
            out.append(GoldFolder(path, _gold_name(path)))
        elif path.name.isdigit() and any(path.glob("*.xml")):
            out += ecb_sources(path.parent, [path.name], place_mode)
        elif ecb.topic_folders(path):
            out += ecb_sources(path, topics, place_mode)
        elif gold := sorted(p for p in path.iterdir() if (p / GOLD_FILE).is_file()):
            out += [GoldFolder(p, _gold_name(p)) for p in gold]
        else:
            raise ValueError(f"{path}: neither an ECB+ root nor a folder with {GOLD_FILE}")
    return out


def _gold_name(path: Path) -> str:
    resolved = path.resolve()
    return f"{resolved.parent.name}/{resolved.name}"


def ecb_sources(
    root: Path, topics: Sequence[str] | None, place_mode: str = DEFAULT_PLACE_MODE
) -> list[Source]:
    """Return one source per ECB+ topic; replacement places come from every topic under root."""
    articles = {f.name: ecb.read_topic(f) for f in ecb.topic_folders(root)}
    pool: dict[str, set[tuple[str, str]]] = {}
    for topic, arts in articles.items():
        text = "\n".join(a.text for a in arts)
        for a in arts:
            for g in a.mentions:
                if g.tag not in ECB_PLACE_TAGS:
                    continue
                span = place_core(g.text)
                if isinstance(span, str):
                    continue
                name = g.text[span[0] : span[1]]
                # A title-cased common noun ("Accounting Firm" in a headline) is written in lower
                # case elsewhere in its topic; a name is not.
                if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) is None:
                    pool.setdefault(g.tag, set()).add((topic, name))
    sorted_pool = {tag: sorted(v) for tag, v in pool.items()}
    wanted = set(topics) if topics else None
    return [
        EcbTopic(topic, arts, sorted_pool, place_mode)
        for topic, arts in articles.items()
        if wanted is None or topic in wanted
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="inject.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="ECB+ root or corpus folder"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, help="rewrites to run in all (0: every one)"
    )
    parser.add_argument("--topics", help="ECB+ topics, comma-separated (default: all)")
    parser.add_argument("--kinds", help=f"kinds to rewrite, comma-separated, of {','.join(KINDS)}")
    parser.add_argument(
        "--place-mode",
        choices=PLACE_MODES,
        default=DEFAULT_PLACE_MODE,
        help="how an ECB+ place is swapped: like for like (default) or any name of its gold tag",
    )
    parser.add_argument("--json", action="store_true", help="print every mutation as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    kinds = frozenset(args.kinds.split(",")) if args.kinds else frozenset(KINDS)
    if unknown := sorted(kinds - set(KINDS)):
        print(
            f"inject.py: unknown kind(s) {', '.join(unknown)}; expected {', '.join(KINDS)}",
            file=sys.stderr,
        )
        return 2
    topics = [t.strip() for t in args.topics.split(",")] if args.topics else None
    try:
        sources = sources_for(args.paths or [ecb.DEFAULT_ROOT], topics, args.place_mode)
    except ValueError as exc:
        print(f"inject.py: {exc}", file=sys.stderr)
        return 2
    result = run(sources, args.seed, args.limit, kinds)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(to_text(result), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
