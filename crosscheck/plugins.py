"""Registries that let capabilities plug into the pipeline without touching the orchestrator.

A capability is a module that registers functions with the decorators below and is named in
``BUILTIN_MODULES``. The pipeline asks this module for what is registered; it never imports a
capability by name. Registration happens at import time, once, through the decorators; the
registries themselves are read-only views (``EXTRACTORS["x"] = f`` raises), so nothing changes what
runs except a decorator or :func:`remove`.

An extractor declares its contract, as a spaCy component does with ``requires``/``assigns``: the
annotation layers it reads (names from ``crosscheck.nlp.layers.REQUIRABLE``) and the facets it
claims. Both are checked: an unknown layer when it registers, a claim of an undeclared facet when it
runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    from crosscheck.extract import Analysis
    from crosscheck.model import Claim, ClaimGroup, Corpus, Document, Finding

    Extractor = Callable[[Analysis], Iterable[Claim]]
    Normalizer = Callable[[Sequence[Claim], Corpus], Sequence[Claim]]
    Comparer = Callable[[ClaimGroup, Mapping[str, Document]], Iterable[Finding]]
    Check = Callable[[Corpus, Sequence[Claim]], Iterable[Finding]]

# Modules that register the shipped extractors, normalisers, comparers and checks, capability by
# capability. Order matters only for normalisers (each sees the previous one's output): they run in
# the order their modules are first imported, which is the order listed here: names, events,
# statements (speakers need resolved names), then quantities (their keys embed owners' ids).
BUILTIN_MODULES: tuple[str, ...] = (
    "crosscheck.time.claims",
    "crosscheck.time.compare",
    "crosscheck.names.claims",
    "crosscheck.names.normalize",
    "crosscheck.names.compare",
    "crosscheck.events.claims",
    "crosscheck.events.normalize",
    "crosscheck.events.compare",
    "crosscheck.statements.claims",
    "crosscheck.statements.normalize",
    "crosscheck.statements.compare",
    "crosscheck.quantities.claims",
    "crosscheck.quantities.normalize",
    "crosscheck.quantities.compare",
    # stage-wide: the fallback comparer and the single-source check
    "crosscheck.compare",
)


@frozen
class Contract:
    """What an extractor reads and writes: layer names it ``requires``, facets it ``assigns``.

    An empty ``assigns`` means undeclared (any facet); the shipped extractors all declare theirs.
    """

    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_EXTRACTORS: dict[str, Extractor] = {}
_CONTRACTS: dict[str, Contract] = {}
_NORMALIZERS: dict[str, Normalizer] = {}
_COMPARERS: dict[str, Comparer] = {}  # keyed by facet; "*" is the fallback
_CHECKS: dict[str, Check] = {}
EXTRACTORS: Mapping[str, Extractor] = MappingProxyType(_EXTRACTORS)
NORMALIZERS: Mapping[str, Normalizer] = MappingProxyType(_NORMALIZERS)
COMPARERS: Mapping[str, Comparer] = MappingProxyType(_COMPARERS)
CHECKS: Mapping[str, Check] = MappingProxyType(_CHECKS)
CONTRACTS: Mapping[str, Contract] = MappingProxyType(_CONTRACTS)  # by extractor name
# Each read-only view with the table behind it, for remove().
_TABLES: tuple[tuple[Mapping[str, Any], dict[str, Any]], ...] = (
    (EXTRACTORS, _EXTRACTORS),
    (NORMALIZERS, _NORMALIZERS),
    (COMPARERS, _COMPARERS),
    (CHECKS, _CHECKS),
)

_loaded = False

F = TypeVar("F")


def _register(table: dict[str, F], name: str) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        if name in table and table[name] is not fn:
            raise ValueError(f"{name!r} is registered twice: {table[name]!r} and {fn!r}")
        table[name] = fn
        return fn

    return decorate


def extractor(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[Extractor], Extractor]:
    """Register a per-document claim extractor under ``name`` with its contract.

    Args:
        name: the extractor's name (claims carry it in ``Claim.extractor``).
        requires: the annotation layers it reads (``crosscheck.nlp.layers.REQUIRABLE``).
        assigns: the facets of the claims it makes (empty: undeclared).

    Raises:
        ValueError: a required layer is not one the annotation layer provides.
    """
    from crosscheck.nlp.layers import REQUIRABLE

    contract = Contract(tuple(requires), tuple(str(f) for f in assigns))
    unknown = [layer for layer in contract.requires if layer not in REQUIRABLE]
    if unknown:
        raise ValueError(
            f"extractor {name!r} requires unknown layers {unknown}; known: {', '.join(REQUIRABLE)}"
        )
    register = _register(_EXTRACTORS, name)

    def decorate(fn: Extractor) -> Extractor:
        register(fn)
        _CONTRACTS[name] = contract
        return fn

    return decorate


def check_assigns(name: str, claims: Iterable[Claim]) -> None:
    """Raise ValueError if extractor ``name`` made a claim of a facet its contract does not assign."""
    contract = _CONTRACTS.get(name)
    if contract is None or not contract.assigns:
        return
    for claim in claims:
        if claim.facet not in contract.assigns:
            raise ValueError(
                f"extractor {name!r} made a {claim.facet!r} claim but assigns only "
                f"{', '.join(contract.assigns)}"
            )


def normalizer(name: str) -> Callable[[Normalizer], Normalizer]:
    """Register a corpus-level claim normaliser (runs after extraction, before alignment)."""
    return _register(_NORMALIZERS, name)


def comparer(facet: str) -> Callable[[Comparer], Comparer]:
    """Register the comparer for one facet (``"*"`` for every facet without its own)."""
    return _register(_COMPARERS, facet)


def check(name: str) -> Callable[[Check], Check]:
    """Register a corpus-level check that reads all claims (must stay linear in their number)."""
    return _register(_CHECKS, name)


def load_builtins() -> None:
    """Import every built-in capability module once so that its registrations take effect."""
    global _loaded
    if _loaded:
        return
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    # Registration happens at import, so a caller that imported one capability module before
    # another (a script importing ``crosscheck.events.normalize`` for its helpers) would have
    # registered the events normaliser before the names one, and the corpus would be aligned on
    # names the names layer had not yet unified. The built-in normalisers run in the order of
    # ``BUILTIN_MODULES`` whatever was imported first; others keep their registration order, after.
    rank = {module: i for i, module in enumerate(BUILTIN_MODULES)}
    ordered = sorted(
        _NORMALIZERS.items(),
        key=lambda item: rank.get(getattr(item[1], "__module__", ""), len(rank)),
    )
    _NORMALIZERS.clear()
    _NORMALIZERS.update(ordered)
    _loaded = True


def remove(registry: Mapping[str, Any], name: str) -> None:
    """Remove ``name`` from one of the registries (``EXTRACTORS`` …): undo a run-time registration.

    Raises:
        KeyError: nothing is registered under ``name``.
        ValueError: ``registry`` is not one of this module's registries.
    """
    for view, table in _TABLES:
        if view is registry:
            del table[name]
            if table is _EXTRACTORS:
                _CONTRACTS.pop(name, None)
            return
    raise ValueError("not a crosscheck registry")


def install_extractors(
    extractors: Mapping[str, Extractor], contracts: Mapping[str, Contract] | None = None
) -> None:
    """Replace the extractor registry with ``extractors`` and their ``contracts`` (a worker process
    takes its caller's)."""
    _EXTRACTORS.clear()
    _EXTRACTORS.update(extractors)
    if contracts is not None:
        _CONTRACTS.clear()
        _CONTRACTS.update(contracts)
