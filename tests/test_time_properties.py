"""Properties of find_times: no dates from numerals, quantities or random words; every supported
rendering of a date reads back as that date; reading is idempotent; the machine's clock and time
zone never matter."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import TimeKind
from crosscheck.time import find_times
from crosscheck.time._lexicon import lexicon

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ABBREVIATIONS = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
# Words that would legitimately make a number a time ("12 pm") are not "random" words.
_CLOCK_WORDS = {"am", "pm", "h", "s", "t", "st", "nd", "rd", "th", "w", "q"}

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9).filter(
    lambda w: not lexicon().is_time_word(w) and w not in _CLOCK_WORDS
)
filler = st.lists(words, max_size=6).map(" ".join)
numerals = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(1000, 10**7).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(lambda n: f"{n / 100:.2f}"),
    st.integers(0, 1000).map(lambda n: f"{n}%"),
    st.integers(0, 99).map(lambda n: f"{n}-{(n * 7) % 10}"),  # scores
)
units = st.sampled_from(sorted(lexicon().words["quantity_unit"] - {"%"}))
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
published = st.one_of(st.none(), dates)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# (renderer, date order it needs)
RENDERINGS: list[tuple[Callable[[dt.date], str], str | None]] = [
    (lambda d: d.isoformat(), None),
    (lambda d: d.strftime("%Y/%m/%d"), None),
    (lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}", None),
    (lambda d: f"{ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}", None),
    (lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}", None),
    (lambda d: f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}", None),
    (lambda d: d.strftime("%d.%m.%Y"), "DMY"),
    (lambda d: d.strftime("%m/%d/%Y"), "MDY"),
]
renderings = st.sampled_from(RENDERINGS)


@given(filler, numerals, filler, published)
def test_numerals_never_become_dates(
    before: str, numeral: str, after: str, anchor: dt.date | None
) -> None:
    found = find_times(f"{before} {numeral} {after}", published=anchor)
    assert [te for te in found if te.kind in (TimeKind.DATE, TimeKind.TIME)] == []


@given(filler, st.integers(0, 10**6), units, filler)
def test_quantities_never_become_times(before: str, n: int, unit: str, after: str) -> None:
    assert find_times(f"{before} {n} {unit} {after}", published=dt.date(2023, 4, 12)) == []


@given(filler, published)
def test_random_words_never_become_times(text: str, anchor: dt.date | None) -> None:
    assert find_times(text, published=anchor) == []


@given(filler, dates, renderings, filler)
def test_rendered_date_reads_back(
    before: str, day: dt.date, rendering: tuple[Callable[[dt.date], str], str | None], after: str
) -> None:
    render, order = rendering
    written = render(day)
    text = f"{before} {written} {after}".strip()
    found = find_times(text, date_order=order)
    [te] = [te for te in found if te.text == written]
    assert (te.value, te.earliest, te.latest, te.ambiguous) == (day.isoformat(), day, day, False)
    assert text[te.start : te.end] == written


@given(filler, dates, filler)
def test_yearless_date_read_on_its_own_day_is_that_day(
    before: str, day: dt.date, after: str
) -> None:
    written = f"{ABBREVIATIONS[day.month - 1]} {day.day}"
    found = find_times(f"{before} {written} {after}", published=day)
    [te] = [te for te in found if te.text == written]
    assert (te.value, te.anchored) == (day.isoformat(), True)


@given(filler, dates, renderings, filler, published)
def test_reading_is_idempotent(
    before: str,
    day: dt.date,
    rendering: tuple[Callable[[dt.date], str], str | None],
    after: str,
    anchor: dt.date | None,
) -> None:
    render, order = rendering
    for te in find_times(f"{before} {render(day)} {after}", published=anchor, date_order=order):
        again = find_times(te.text, published=anchor, date_order=order)
        assert [(t.value, t.text) for t in again] == [(te.value, te.text)]
        if te.granularity == "day" and not te.ambiguous:
            # the normalised value is itself a supported form that reads back unchanged
            assert [t.value for t in find_times(te.value)] == [te.value]


@given(st.text(max_size=200), published, st.sampled_from([None, "DMY", "MDY", "YMD", "bad"]))
def test_any_text_gives_valid_spans(text: str, anchor: dt.date | None, order: str | None) -> None:
    found = find_times(text, published=anchor, date_order=order)
    assert all(text[te.start : te.end] == te.text and te.start < te.end for te in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    for te in found:
        if te.earliest is not None and te.latest is not None:
            assert te.earliest <= te.latest


# --- no clock, no time zone ---


def _seed_results() -> list[object]:
    out: list[object] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(find_times(text))
        out.append(find_times(text, published=dt.date(2023, 8, 22), date_order="DMY"))
    return out


@pytest.fixture
def other_time_zone() -> Iterator[None]:
    saved = os.environ.get("TZ")
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Adak", "UTC"])
def test_time_zone_does_not_matter(zone: str, other_time_zone: None) -> None:
    baseline = _seed_results()
    os.environ["TZ"] = zone
    time.tzset()
    assert _seed_results() == baseline


def test_clock_is_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    baseline = _seed_results()

    def stopped(*args: object) -> None:
        raise AssertionError("find_times read the clock")

    class FrozenDate(dt.date):
        today = classmethod(stopped)  # type: ignore[assignment]

    class FrozenDateTime(dt.datetime):
        now = classmethod(stopped)  # type: ignore[assignment]
        today = classmethod(stopped)  # type: ignore[assignment]
        utcnow = classmethod(stopped)  # type: ignore[assignment]

    monkeypatch.setattr(dt, "date", FrozenDate)
    monkeypatch.setattr(dt, "datetime", FrozenDateTime)
    monkeypatch.setattr(time, "time", stopped)
    monkeypatch.setattr(time, "localtime", stopped)
    assert _seed_results() == baseline
