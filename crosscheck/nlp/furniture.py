"""Lines that are page furniture, and datelines: what the annotation layer marks as not prose.

Furniture words live in ``crosscheck/data/furniture_en.toml``. The date words a dateline line may carry
("Posted on", "Updated") live in ``crosscheck/data/date_claims_en.toml`` under ``words.dateline``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from attrs import frozen

from crosscheck._data import load_toml
from crosscheck.model import TimeExpression

FURNITURE_FILE = "furniture_en.toml"
DATE_WORDS_FILE = "date_claims_en.toml"
# A dateline (a line that only carries the printed date and its labels) is at most this long.
DATELINE_MAX_CHARS = 120

# A wire dateline: the place in one to four capitalised words (a country may follow after a comma),
# a comma, the date, then the outlet in brackets and a dash ("AREQUIPA, Peru, Nov 11 (AWS) -").
_DATELINE_PLACE = re.compile(
    r"[\s*_#>]*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\**"
    r"(?:,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}){0,2},\s*"
)
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?[-\u2013\u2014]")
# The whole dateline prefix of a paragraph: place, date (bounded), optional agency, dash.
_DATELINE_PREFIX = re.compile(
    _DATELINE_PLACE.pattern + r"[^\n.!?]{0,40}?" + _DATELINE_END.pattern + r"+"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_BULLETS = " \t*-\u2022>#|"


@frozen
class _FurnitureWords:
    prefixes: tuple[tuple[str, str], ...]  # (prefix, kind), longest first
    whole_lines: frozenset[str]
    max_chars: int
    dateline: frozenset[str]


@functools.cache
def _words() -> _FurnitureWords:
    data = load_toml(FURNITURE_FILE)["en"]
    prefixes = [(p, kind) for kind, items in data["prefixes"].items() for p in items]
    prefixes.sort(key=lambda pk: (-len(pk[0]), pk))
    return _FurnitureWords(
        prefixes=tuple(prefixes),
        whole_lines=frozenset(data["whole_lines"]),
        max_chars=int(data["max_chars"]),
        dateline=frozenset(load_toml(DATE_WORDS_FILE)["words"]["dateline"]),
    )


def furniture_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, kind) for every line of ``text`` that is page furniture."""
    words = _words()
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        body = line.strip()
        low = body.lstrip(_BULLETS).casefold()
        if body and len(body) <= words.max_chars:
            if low.rstrip(":").strip() in words.whole_lines:
                yield pos, end, "furniture"
            else:
                for prefix, kind in words.prefixes:
                    if low.startswith(prefix):
                        yield pos, end, kind
                        break
        pos = end + 1


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Return where the dateline prefix of the paragraph ``text[start:end]`` ends, if it has one.

    ("SEOUL, Aug. 18 (Yonhap) --" opening a paragraph.) The sentence layer keeps the prefix in the
    paragraph's first sentence instead of letting the parser cut it into fragments.
    """
    match = _DATELINE_PREFIX.match(text, start, end)
    return match.end() if match else None


def is_dateline(text: str, te: TimeExpression) -> bool:
    """Return whether ``te`` is the page's dateline date, not a date of anything in the story.

    That is a printed date on a line of its own ("Posted on : 2017-11-04"), or the date of a
    wire dateline opening a paragraph ("LIMA, Nov 11 (Reuters) -", "PARIS, March 3 —"): the day
    the story was filed, whatever the sentence after it reports.
    """
    if te.granularity not in ("day", "minute", "part-of-day"):
        return False
    line_start = text.rfind("\n", 0, te.start) + 1
    if _DATELINE_PLACE.fullmatch(text, line_start, te.start) and _DATELINE_END.match(text, te.end):
        return True
    if not te.value[:1].isdigit():
        return False
    line_end = text.find("\n", te.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(line) > DATELINE_MAX_CHARS or line[-1:] in '.!?"\u201d\u2019':
        return False
    rest = line.replace(te.text, " ")
    labels = _words().dateline
    # Names are capitalised; a lowercase word of three letters or more means a sentence.
    return all(not w.islower() or len(w) < 3 or w in labels for w in _WORD.findall(rest))
