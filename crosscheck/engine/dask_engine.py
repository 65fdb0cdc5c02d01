"""The Dask engine: extraction as a ``dask.bag`` over documents, alignment as a dataframe group-by.

What runs where:

- **extract** (nearly all of a run's cost): the documents are cut into partitions of about
  ``PARTITION_CHARS`` characters, in document order, and a ``dask.bag`` with one partition each runs
  :func:`crosscheck.pipeline.extract_chunk` on the workers. A partition carries each document's
  metadata, its file's absolute path and a digest of its text, never the text: the worker reads the
  file itself (so paths must be readable by every worker) and refuses a text whose digest differs.
  Claims come back partition by partition and are put in document order, so they are the list the
  local engine gives.
- **normalise** runs in the calling process, as on the local engine: it is where the corpus is seen
  whole (one person spelt two ways in two outlets), and it is linear.
- **align** is a Dask dataframe group-by on the claim key (facet, subject) that collects each
  group's claim positions; the groups are then ordered exactly as :func:`crosscheck.align.align`
  orders them.
- **compare** runs group by group in the calling process: observations quote the documents' text,
  which stays out of the scheduler, and it costs well under a percent of a run.

Workers must run the same crosscheck code and spaCy pipeline version as the caller: each partition
checks both and refuses to extract otherwise, so a report is never silently a mix of two versions.
"""

# mypy: disallow-untyped-calls=False
# (dask and distributed ship no type hints for most of what is called here, and pandas none without
# the separate pandas-stubs; the values they return are checked where this module uses them.)

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import Any

import attrs
import dask
import dask.bag
from distributed import Client, LocalCluster, as_completed

from crosscheck import plugins
from crosscheck.cache import code_fingerprint
from crosscheck.errors import InputError, UsageError
from crosscheck.extract import claim_order
from crosscheck.ingest.files import STDIN_ID, read_file
from crosscheck.model import Claim, ClaimGroup, Diagnostic, Document, Entity, ModelInfo
from crosscheck.nlp.model import model_info
from crosscheck.pipeline import check_portable, extract_chunk
from crosscheck.serialize import Pool, claims_from_json, claims_to_json

# A partition holds documents of about this many characters in all: some 8 news articles, half a
# second to a second of a worker's time, so that workers stay evenly busy to the end and progress
# moves often, while the scheduler's cost per task (about a millisecond) stays noise.
PARTITION_CHARS = 40_000
# A LocalCluster listens on the loopback interface only: it serves this run and nobody else.
LOCAL_HOST = "127.0.0.1"
# Seconds to wait for a scheduler given by address before telling the user it cannot be reached.
CONNECT_TIMEOUT = 10
# Partitions of the alignment dataframe per worker: the group-by shuffles keys between them.
ALIGN_PARTITIONS_PER_WORKER = 2
# JSON record files hold several documents whose ids are the file's id plus "#<line or index>".
RECORD_SUFFIXES = (".json", ".jsonl")


@attrs.frozen
class DocumentRef:
    """What a worker needs to read and extract one document: never its text, only where it is.

    ``document`` is the document with its text left out (metadata only); ``file`` is the absolute
    path the worker reads; ``digest`` the SHA-256 of the text the caller read; ``size`` its length
    (for partitioning). A document with no file to read (standard input, a document built in
    memory) travels whole, with ``file`` None.
    """

    document: Document
    file: str | None
    digest: str
    size: int


@attrs.frozen
class WorkerContext:
    """What every partition checks and installs before extracting, as the caller has it."""

    entities: tuple[Entity, ...]
    model: str | None
    model_info: ModelInfo | None
    code: str
    extractors: Mapping[str, plugins.Extractor]
    contracts: Mapping[str, plugins.Contract]
    catch: bool


class DaskEngine:
    """An engine on a Dask cluster: a client connected to a scheduler, for one run."""

    def __init__(self, client: Client) -> None:
        self.client = client

    @classmethod
    @contextlib.contextmanager
    def start(cls, *, scheduler: str | None = None, workers: int = 1) -> Iterator[DaskEngine]:
        """Connect to ``scheduler``, or start a LocalCluster of ``workers`` processes; close on exit.

        Raises:
            UsageError: the scheduler cannot be reached or the address is not one.
        """
        with contextlib.ExitStack() as stack:
            if scheduler is None:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers,
                        # One thread per worker: spaCy and the extractors hold the GIL, so a second
                        # thread would only compete with the first.
                        threads_per_worker=1,
                        processes=True,
                        # This machine only, and no dashboard; the scheduler's own small HTTP
                        # server on a free port, so that two runs at once never contend for one.
                        host=LOCAL_HOST,
                        dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": f"{LOCAL_HOST}:0"},
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(Client(cluster, set_as_default=False))
            else:
                client = stack.enter_context(_connect(scheduler))
            yield cls(client)

    # --- extract: a bag over documents, partitioned by size ---

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
        """Return every document's claims in document order, extracted on the cluster's workers.

        ``jobs`` is not used here: the cluster's workers are the parallelism. Errors behave as on
        the local engine: with ``problems``, a document whose extraction raises becomes a skipped
        diagnostic; without, its error is raised here.

        Raises:
            UsageError: a worker cannot read a document's file, runs other crosscheck code or
                another model version, or an extractor cannot be sent to it.
        """
        del jobs  # the cluster decides its parallelism
        if not documents:
            return []
        plugins.load_builtins()
        extractors = dict(plugins.EXTRACTORS)
        check_portable(extractors)
        context = WorkerContext(
            entities=tuple(entities),
            model=model,
            model_info=model_info(model) if model is not None else None,
            code=code_fingerprint(),
            extractors=extractors,
            contracts=dict(plugins.CONTRACTS),
            catch=problems is not None,
        )
        partitions = partition_by_size([reference(doc) for doc in documents])
        bag = dask.bag.from_sequence(partitions, npartitions=len(partitions))
        parts = bag.map(extract_partition, context).to_delayed()
        futures = self.client.compute(parts)
        index = {future.key: i for i, future in enumerate(futures)}
        results: list[Any] = [None] * len(futures)
        try:
            # Each partition's claims are fetched as soon as it finishes and its future released,
            # so a worker holds its results only until then, not until the whole corpus is done.
            # The loop is given: as_completed otherwise looks for a default client, and this one
            # is not made the default (a caller's own client stays theirs).
            done = as_completed(futures, loop=self.client.loop, with_results=True)
            shared = Pool()  # one copy of each string and integer over all partitions
            for future, result in done:
                i = index[future.key]
                # Read back as it arrives (claims travel as JSON, as from the local engine's
                # workers), so that only objects, never a partition's text as well, are kept.
                results[i] = [(claims_from_json(found, shared), failed) for found, failed in result]
                futures[i] = None
                future.release()
                if progress is not None:
                    progress(len(partitions[i]))
        finally:
            self.client.cancel([f for f in futures if f is not None])
        collected: list[Claim] = []
        for result in results:  # one list of one (claims, failed) pair per partition, in order
            for found, failed in result:
                collected.extend(found)
                if problems is not None:
                    problems.extend(failed)
        return collected

    # --- align: a dataframe group-by on the claim key ---

    def align(self, claims: Sequence[Claim]) -> list[ClaimGroup]:
        """Group the claims by (facet, subject) with a Dask dataframe group-by.

        Returns the groups sorted by key, each group's claims sorted by ``claim_order`` from their
        order in ``claims``: the list :func:`crosscheck.align.align` returns.
        """
        if not claims:
            return []
        # Imported here, not with the module: workers import this module to extract, and pandas
        # with dask.dataframe would add some 90 MB to each of them for nothing.
        import dask.dataframe
        import pandas  # type: ignore[import-untyped]  # no stubs without pandas-stubs

        keys = pandas.DataFrame(
            {
                # Object columns: keys are Python strings as the claims hold them (an Arrow
                # string column would reject a lone surrogate that hostile input can leave).
                "facet": pandas.Series([c.facet for c in claims], dtype=object),
                "subject": pandas.Series([c.subject for c in claims], dtype=object),
                "position": pandas.Series(range(len(claims)), dtype="int64"),
            }
        )
        workers = max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))
        frame = dask.dataframe.from_pandas(
            keys, npartitions=max(1, min(len(claims), workers * ALIGN_PARTITIONS_PER_WORKER))
        )
        collect = dask.dataframe.Aggregation(
            name="collect",
            chunk=lambda positions: positions.agg(list),
            agg=lambda lists: lists.agg(lambda parts: list(itertools.chain.from_iterable(parts))),
        )
        with dask.config.set({"dataframe.convert-string": False}):
            grouped = frame.groupby(["facet", "subject"]).agg({"position": collect})
            members = self.client.compute(grouped).result()
        groups = []
        for (facet, subject), positions in sorted(members["position"].items()):
            # Positions in claim order first, as the local group-by meets them, so that the sort
            # below (stable) breaks ties alike.
            ordered = [claims[i] for i in sorted(positions)]
            groups.append(ClaimGroup(facet, subject, tuple(sorted(ordered, key=claim_order))))
        return groups


def _connect(address: str) -> Client:
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:
        raise UsageError(
            f"cannot connect to the Dask scheduler at {address!r} ({type(exc).__name__}: {exc}); "
            "expected the address of a running scheduler, such as tcp://host:8786"
        ) from None


def reference(doc: Document) -> DocumentRef:
    """Return what a worker needs to read ``doc`` again: its metadata, file and text digest."""
    digest = _digest(doc.text)
    file = os.path.abspath(doc.path)
    if doc.path == STDIN_ID or not os.path.isfile(file):
        return DocumentRef(doc, None, digest, len(doc.text))
    return DocumentRef(attrs.evolve(doc, text=""), file, digest, len(doc.text))


def partition_by_size(refs: Sequence[DocumentRef]) -> list[list[DocumentRef]]:
    """Cut the documents, in order, into runs of about ``PARTITION_CHARS`` characters each."""
    partitions: list[list[DocumentRef]] = []
    current: list[DocumentRef] = []
    size = 0
    for ref in refs:
        current.append(ref)
        size += ref.size
        if size >= PARTITION_CHARS:
            partitions.append(current)
            current, size = [], 0
    if current:
        partitions.append(current)
    return partitions


def extract_partition(
    refs: Sequence[DocumentRef], context: WorkerContext
) -> tuple[str, list[Diagnostic]]:
    """On a worker: read each document from its file, check it is the caller's, extract it.

    Raises:
        UsageError: the worker runs other code or another model, cannot read a file, or reads a
            text that differs from the one the caller read (the file changed meanwhile).
    """
    _prepare(context)
    documents = list(read_documents(refs))
    # The claims go back as their JSON: the caller reads them through one pool of strings for the
    # run (crosscheck.serialize.Pool), which unpickled claims would not share.
    claims, failed = extract_chunk(documents, context.entities, context.model, context.catch)
    return claims_to_json(claims), failed


def _prepare(context: WorkerContext) -> None:
    here = code_fingerprint()
    if here != context.code:
        raise UsageError(
            f"a Dask worker on {_host()} runs other crosscheck code than the caller (fingerprint "
            f"{here[:12]}, expected {context.code[:12]}); install the same crosscheck on every worker"
        )
    if context.model is not None and context.model_info is not None:
        found = model_info(context.model)
        if found != context.model_info:
            raise UsageError(
                f"a Dask worker on {_host()} has the spaCy pipeline {found}, expected "
                f"{context.model_info}; install the same model version on every worker"
            )
    plugins.load_builtins()
    if dict(plugins.EXTRACTORS) != dict(context.extractors):
        plugins.install_extractors(context.extractors, context.contracts)


def read_documents(refs: Sequence[DocumentRef]) -> Iterator[Document]:
    """On a worker: yield each document whole, its text read from its file and checked.

    A JSON Lines file holds many documents, usually side by side in one partition: it is read once.

    Raises:
        UsageError: a file cannot be read here, or its text is not the one the caller read.
    """
    files: dict[str, dict[str, Document]] = {}
    for ref in refs:
        if ref.file is None:
            yield ref.document
            continue
        if ref.file not in files:
            files[ref.file] = _read_file(ref)
        doc = ref.document
        suffix = ""
        if PurePath(doc.path).suffix.lower() in RECORD_SUFFIXES:
            suffix = "#" + doc.id.rpartition("#")[2]
        read = files[ref.file].get(suffix)
        if read is None or _digest(read.text) != ref.digest:
            # Raised as a usage error, which crosses from a worker intact (InputError's own
            # arguments do not survive pickling); the message names the file all the same.
            raise UsageError(
                f"{doc.path}: changed since this run read it (read again on a Dask worker on "
                f"{_host()}); run again"
            )
        yield attrs.evolve(doc, text=read.text, first_line=read.first_line)


def _read_file(ref: DocumentRef) -> dict[str, Document]:
    assert ref.file is not None
    try:
        # Ids relative to the file itself ("" for a text file, "#<n>" for each record): the caller's
        # metadata (manifest entries included) is kept, only the text is taken from the file. The
        # caller has already accepted the file's size, so no size limit applies here.
        read, _ = read_file(ref.file, ref.document.path, "", max_bytes=sys.maxsize)
    except (InputError, OSError) as exc:
        raise UsageError(
            f"a Dask worker on {_host()} cannot read {ref.file} ({exc}); the Dask engine's workers "
            "read every document from its path, so the corpus must be at the same path on every "
            "worker (a shared or copied folder)"
        ) from None
    return {doc.id: doc for doc in read}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _host() -> str:
    return os.uname().nodename if hasattr(os, "uname") else "a worker"
