"""Engines: where the per-document extraction and the alignment group-by run.

``local`` (the default) extracts in this process or in ``jobs`` worker processes
(:func:`crosscheck.pipeline.extract_all`) and aligns with a dictionary group-by
(:func:`crosscheck.align.align`). ``dask`` runs the same two stages on a Dask cluster
(:mod:`crosscheck.engine.dask_engine`): a ``dask.bag`` over the documents, then a Dask dataframe
group-by on the claim key. Either way the report is the same bytes (docs/scale.md).

Dask is an optional extra (``pip install "crosscheck[dask]"``), so its module is imported only when
the engine is asked for: the local engine never needs it installed.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from crosscheck.errors import UsageError
from crosscheck.model import Claim, ClaimGroup, Diagnostic, Document, Entity

LOCAL = "local"
DASK = "dask"
ENGINES = (LOCAL, DASK)
# The modules the extra brings: dask.bag, the scheduler client and dask.dataframe (over pandas).
DASK_MODULES = ("dask", "distributed", "pandas")
INSTALL_HINT = 'pip install "crosscheck[dask]"'


class Engine(Protocol):
    """What the pipeline asks of an engine: extraction over documents, alignment over claims."""

    def extract(
        self,
        documents: Sequence[Document],
        entities: Sequence[Entity] = (),
        *,
        model: str | None = None,
        jobs: int = 1,
        problems: list[Diagnostic] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> list[Claim]:
        """Return every document's claims in document order (as ``pipeline.extract_all`` does)."""
        ...

    def align(self, claims: Sequence[Claim]) -> list[ClaimGroup]:
        """Return the claims grouped by key, in the order ``crosscheck.align.align`` gives."""
        ...


@contextlib.contextmanager
def open_engine(
    engine: str | Engine | None, *, scheduler: str | None = None, jobs: int = 1
) -> Iterator[Engine | None]:
    """Start the engine asked for and stop it on leaving; None stands for the local engine.

    Args:
        engine: ``"local"``, ``"dask"``, None (local), or an engine already open (passed through,
            and left open: whoever opened it closes it).
        scheduler: a Dask scheduler address (``tcp://host:8786``) to connect to; None starts a
            ``LocalCluster`` of ``jobs`` worker processes. Only with the dask engine.
        jobs: the local cluster's worker processes.

    Raises:
        UsageError: an unknown engine, a scheduler without the dask engine, the dask extra not
            installed, or a scheduler that cannot be reached.
    """
    if engine is None or engine == LOCAL:
        if scheduler is not None:
            raise UsageError(
                f"a scheduler ({scheduler}) is only used by the dask engine; add --engine dask"
            )
        yield None
        return
    if not isinstance(engine, str):
        yield engine
        return
    if engine != DASK:
        raise UsageError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    # Asked by name, so that an ImportError inside the engine's own code is not mistaken for a
    # missing extra.
    missing = [name for name in DASK_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(
            f"the dask engine needs the optional dask extra, which is not installed (missing: "
            f"{', '.join(missing)}); install it with: {INSTALL_HINT}"
        )
    from crosscheck.engine.dask_engine import DaskEngine

    with DaskEngine.start(scheduler=scheduler, workers=jobs) as running:
        yield running
