"""Find time expressions: run every rule, keep the longest non-overlapping matches, add their
modifiers and compute the calendar interval each covers."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from crosscheck.model import TimeExpression, TimeKind
from crosscheck.time import timex
from crosscheck.time._absolute import rules as absolute_rules
from crosscheck.time._clock import rules as clock_rules
from crosscheck.time._core import APPROX, DURATION_MOD, PERIOD, SIGNAL, Core, Rule, Scan, left_ok
from crosscheck.time._durations import rules as duration_rules
from crosscheck.time._relative import rules as relative_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATE_ORDERS = frozenset({"DMY", "MDY", "YMD"})
# A publication date outside these years is not used as an anchor: no article is that old or
# that far ahead, and "999 years ago" from it must stay inside the calendar Python can count.
ANCHOR_YEARS = range(1100, 9000)


@functools.cache
def _rules() -> tuple[Rule, ...]:
    # Order breaks ties between equally long matches: absolute readings before relative ones.
    return (*absolute_rules(), *clock_rules(), *relative_rules(), *duration_rules())


def find_times(
    text: str,
    *,
    published: dt.date | None = None,
    date_order: str | None = None,
    doc: Doc | None = None,
) -> list[TimeExpression]:
    """Return every time expression in ``text``, in text order.

    Args:
        text: the text to read.
        published: the publication date that relative expressions ("on Tuesday", "late April",
            "last month") are anchored on. Without it they come back unanchored (``XXXX-04``);
            nothing is ever resolved against the machine's clock.
        date_order: "DMY", "MDY" or "YMD", the order of numeric dates such as ``12.04.2023``.
            Unknown (None) and both readings valid: the expression is marked ambiguous and
            carries both candidates.
        doc: the parse of ``text`` (the annotated Doc), from which a weekday or a month named
            without a year takes the direction of the clause it dates. None: ``text`` is parsed
            with the default pipeline (:func:`crosscheck.nlp.parse`) when such an expression
            needs it, that is only when ``published`` is given.

    Returns:
        The expressions, each with its span, TIMEX3 value, kind, interval and modifier.
    """
    if not text:
        return []
    order = date_order.upper() if isinstance(date_order, str) else None
    if published is not None and published.year not in ANCHOR_YEARS:
        published = None
    scan = Scan(text, published, order if order in DATE_ORDERS else None, _parser(text, doc))
    found: list[TimeExpression] = []
    floor = 0
    for core in _select(_candidates(scan)):
        expression = _finish(core, scan, floor)
        if expression is not None:
            found.append(expression)
            floor = expression.end
    return found


def _parser(text: str, doc: Doc | None) -> Callable[[], Doc]:
    """Return how to get the parse of ``text``: the Doc given, or the annotation layer's parse."""
    if doc is not None:
        return lambda: doc

    def parse() -> Doc:
        from crosscheck.nlp import parse  # the annotation layer calls find_times: no cycle

        return parse(text)

    return parse


_POSSESSIVES = ("'s", "\u2019s")


def _candidates(scan: Scan) -> list[tuple[int, Core]]:
    out: list[tuple[int, Core]] = []
    for rank, rule in enumerate(_rules()):
        for m in rule.pattern.finditer(scan.text):
            if not left_ok(scan.text, m.start(), rule.left):
                continue
            core = rule.build(m, scan)
            if core is not None and core.end > core.start:
                out.append((rank, core))
    return out


def _select(candidates: list[tuple[int, Core]]) -> list[Core]:
    """Keep the longest matches that do not overlap (ties: the earlier rule, then the earlier start)."""
    ordered = sorted(candidates, key=lambda rc: (rc[1].start - rc[1].end, rc[0], rc[1].start))
    starts: list[int] = []
    kept: list[Core] = []
    for _, core in ordered:
        i = bisect.bisect_left(starts, core.start)
        if i > 0 and kept[i - 1].end > core.start:
            continue
        if i < len(kept) and kept[i].start < core.end:
            continue
        starts.insert(i, core.start)
        kept.insert(i, core)
    return kept


def _finish(core: Core, scan: Scan, floor: int) -> TimeExpression | None:
    """Attach the modifier words before a core and turn it into a TimeExpression."""
    start, modifier = core.start, core.modifier
    interval = core.interval if core.interval is not None else timex.interval_of(core.value)
    if core.kind is TimeKind.DURATION or core.kind is TimeKind.SET:
        if DURATION_MOD in core.takes and (found := scan.duration_prefix(start, floor)):
            start, modifier = found
        interval = (None, None)
    elif core.takes:
        prefix = scan.prefix(start, floor)
        if scan.text.startswith(_POSSESSIVES, core.end):
            # "since Sunday's quake": the signal governs the quake, the date only says which one.
            prefix = prefix._replace(start=start, signal=None, approx=False, period=None)
        if prefix.period and PERIOD not in core.takes:
            prefix = prefix._replace(start=start, signal=None, approx=False, period=None)
        if core.needs_period and not prefix.period:
            return None
        if prefix.period:
            interval = timex.apply_modifier(interval, prefix.period)
            modifier = prefix.period
        if prefix.approx and APPROX in core.takes:
            interval = timex.apply_modifier(interval, "APPROX")
            modifier = modifier or "APPROX"
        if prefix.signal and SIGNAL in core.takes:
            interval = timex.apply_modifier(interval, prefix.signal)
            modifier = prefix.signal
            interval = _close_at_publication(interval, scan.published, prefix.signal)
        start = prefix.start
    elif core.needs_period:
        return None
    if timex.is_open(core.value):
        interval = (None, None)
    return TimeExpression(
        start=start,
        end=core.end,
        text=scan.text[start : core.end],
        value=core.value,
        kind=core.kind,
        earliest=interval[0],
        latest=interval[1],
        granularity=timex.granularity_of(core.value),
        modifier=modifier,
        anchored=core.anchored,
        ambiguous=core.ambiguous,
        candidates=core.candidates,
    )


def _close_at_publication(
    interval: tuple[dt.date | None, dt.date | None], published: dt.date | None, signal: str
) -> tuple[dt.date | None, dt.date | None]:
    # "since 2018" holds up to the time of writing, so the publication date closes the interval.
    first, last = interval
    if signal == "ON_OR_AFTER" and last is None and published and first and first <= published:
        return (first, published)
    return interval
