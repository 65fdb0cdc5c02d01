"""Hold the candidate mentions the resolution tiers propose and the map of the text they claim."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import define

from crosscheck.model import Resolution

# Priorities: lower claims text first.
_DEFINED, _TEXT_ALIAS, _REGISTRY, _PERSON, _LATE_ALIAS, _REFERENCE, _ACRONYM = range(7)


@define
class _Cand:
    start: int
    end: int
    priority: int
    entity_id: str | None
    resolution: Resolution
    score: float | None = None
    evidence: tuple[int, int] | None = None
    ids: tuple[str, ...] = ()  # candidate ids of an ambiguous alias


@define
class _Alias:
    """What a text-defined alias stands for, where it was defined, and the candidates if the
    definition itself is ambiguous ("Liberal Party (LP)")."""

    entity_id: str
    evidence: tuple[int, int]
    ids: tuple[str, ...] = ()


class _Claims:
    """Which characters of the text are taken by a chosen mention."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size + 1)
        self.chosen: list[_Cand] = []

    def free(self, start: int, end: int) -> bool:
        return start < end and not any(self._taken[start:end])

    def take(self, cand: _Cand) -> bool:
        if not self.free(cand.start, cand.end):
            return False
        self._taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        self.chosen.append(cand)
        return True

    def take_all(self, cands: Iterable[_Cand]) -> None:
        for cand in sorted(cands, key=lambda c: (c.priority, c.start, -(c.end - c.start))):
            self.take(cand)

    def covering(self, start: int, end: int) -> _Cand | None:
        for cand in self.chosen:
            if cand.start <= start and end <= cand.end:
                return cand
        return None
