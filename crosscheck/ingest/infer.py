"""Read publication and update dates off the page furniture of a document whose metadata gives no date.

Used only when no metadata layer (manifest entry, header, front matter, manifest defaults) gives the
document a publication date: a raw page, or a header that names the title and outlet but not the day.
It looks at the top of the page (the first ``INFER_MAX_LINES`` lines) for three forms:

- a labelled date: ``Posted on : 2017-11-04 18:06 KST``, ``Updated: April 12, 2023`` (the labels are
  data: ``crosscheck/data/date_labels.toml``);
- a date just before an update label: ``12.04.2023 - Update : 12.04.2023`` (published, then updated);
- a line that is only a date (a weekday and a time may go with it), bullets aside: ``• 2023-08-22``,
  ``Saturday, May 4, 2013 10:02 AM``, and only above the article's text: once more than
  ``MAX_STANDFIRST_LINES`` lines of prose have gone by, a line holding only a date is a date the
  article lists (a timeline, a live blog's entries, a dated sign-off), not the page's own.

Every value found is marked ``MetaSource.INFERRED``: it may be wrong, and the report says so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from crosscheck._data import load_toml
from crosscheck.errors import MetadataValueError
from crosscheck.ingest.dates import parse_date_with_order

# Publication furniture sits above the article body; looking further down would pick up dates the
# article talks about.
INFER_MAX_LINES = 25
# A longer line that holds a date is a sentence, not a date line.
MAX_BARE_DATE_CHARS = 40
# Pages print a standfirst (a summary of a sentence or three) between the headline and the date
# line; past this many lines of prose the article itself has begun.
MAX_STANDFIRST_LINES = 3
# A line of prose: at least this many words, ending as a sentence ends (a closing quote or bracket
# may follow the mark). Headlines, section labels and bylines end without a mark.
PROSE_MIN_WORDS = 6
_CLOSERS = "\"'\u201d\u2019)]"
_SENTENCE_MARKS = frozenset(".!?")

LABELS_FILE = "date_labels.toml"

_SEPARATORS = re.compile(r"[|•·]")
_STRIP = " \t|•·*-\u2013\u2014,"  # blanks, bullets, bars, hyphen and en/em dashes


@functools.cache
def date_labels() -> Mapping[str, str]:
    """Return every furniture date label (lower case, single spaces) and the field it introduces."""
    data = load_toml(LABELS_FILE)
    labels: dict[str, str] = {}
    for field in ("published", "updated"):
        for words in data[field].values():
            for word in words:
                labels[word] = field
    return labels


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    # Longest labels first so that "posted on" wins over "posted"; spaces inside a label match 1-3
    # blanks, and the colon may stand apart ("Posted on : ...").
    words = sorted(date_labels(), key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words)
    return re.compile(rf"(?<!\w)({alternation})\s{{0,3}}:", re.IGNORECASE)


def infer_fields(text: str, date_order: str | None = None) -> dict[str, object]:
    """Return the metadata the page furniture of ``text`` shows: published, updated, their order.

    Args:
        text: the document text.
        date_order: the date order known from elsewhere (manifest defaults), or None.

    Returns:
        Field values: ``published`` and ``published_text``, ``updated``, and ``date_order`` when the
        published date's form shows it; empty when the page shows nothing.
    """
    found: dict[str, object] = {}
    pattern = _label_pattern()
    prose = 0  # lines of prose above the current line
    for line in text.split("\n", INFER_MAX_LINES)[:INFER_MAX_LINES]:
        labelled = list(pattern.finditer(line))
        for index, match in enumerate(labelled):
            field = date_labels()[" ".join(match[1].lower().split())]
            end = labelled[index + 1].start() if index + 1 < len(labelled) else len(line)
            _take(found, field, line[match.end() : end], date_order)
            if field == "updated" and index == 0:
                # "12.04.2023 - Update : 12.04.2023": the date before the update label is the first
                # publication; only what follows the last separator (a byline often precedes it).
                before = _SEPARATORS.split(line[: match.start()])[-1]
                _take(found, "published", before, date_order)
        if not labelled and "published" not in found and prose <= MAX_STANDFIRST_LINES:
            bare = line.strip(_STRIP)
            if 0 < len(bare) <= MAX_BARE_DATE_CHARS:
                _take(found, "published", bare, date_order)
        prose += _is_prose(line)
    return found


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(words) < PROSE_MIN_WORDS:
        return False
    return words[-1].rstrip(_CLOSERS)[-1:] in _SENTENCE_MARKS


def _take(found: dict[str, object], field: str, value: str, date_order: str | None) -> None:
    value = value.strip(_STRIP)
    if field in found or not value:
        return
    try:
        date, order = parse_date_with_order(value, date_order=date_order)
    except MetadataValueError:
        return  # not a date after all: furniture inference only ever adds, never complains
    found[field] = date
    if field == "published":
        found["published_text"] = " ".join(value.split())
        if order is not None:
            found["date_order"] = order
