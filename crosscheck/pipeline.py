"""The orchestrator: ingest → extract → normalise → align → compare → report. No logic of its own.

Extraction is per document and pure, so ``jobs`` > 1 runs it in worker processes (the helpers below
the orchestrator); every later stage runs in the calling process on the claims in document order, so
the report is the same, byte for byte, for every ``jobs``.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from os import PathLike
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from crosscheck import plugins
from crosscheck.align import align
from crosscheck.cache import ExtractionCache, context_fingerprint, document_key
from crosscheck.compare import check_corpus, compare_groups, merge_findings, shared_quotes
from crosscheck.engine import LOCAL, Engine, open_engine
from crosscheck.errors import ModelError, UsageError
from crosscheck.extract import extract_claims
from crosscheck.ingest import load_corpus, sort_diagnostics
from crosscheck.model import Claim, Corpus, Diagnostic, Document, Entity, Report
from crosscheck.nlp.model import choose_model, model_info
from crosscheck.normalize import normalize
from crosscheck.report import build_report, claim_counts
from crosscheck.serialize import Pool, claims_from_json, claims_to_json

if TYPE_CHECKING:
    from crosscheck.plugins import Extractor

# A worker spends about 2.5 CPU seconds before its first claim (a fresh interpreter imports crosscheck
# and loads the spaCy pipeline), the work of 30 to 50 documents at 0.05-0.1 s each
# (benchmarks/bench_jobs.py). With fewer documents per worker than this, workers are not worth
# starting, so extraction stays in the calling process: small corpora (the seeds, a CI gate on a
# handful of articles) pay nothing for --jobs.
MIN_DOCS_PER_WORKER = 32
# Documents go to workers in contiguous chunks of this many (about half a second of work): small, so
# that workers stay evenly busy to the end and an error or Ctrl-C waits for little work still running;
# large enough that sending a chunk (a few milliseconds of pickling) is noise.
CHUNK_DOCS = 8
# Chosen here, not left to the platform default (fork on Linux before Python 3.14, spawn on macOS and
# Windows), so that every platform behaves alike. Forkserver starts workers from a clean server
# process, so a caller with threads cannot leave a worker holding a copied lock; spawn where it is
# missing. Workers therefore inherit nothing: what they need is passed to them (see _start_worker).
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

T = TypeVar("T")


def corpus_claims(
    corpus: Corpus,
    *,
    jobs: int = 1,
    model: str | None = None,
    problems: list[Diagnostic] | None = None,
    cache: str | PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    engine: str | Engine | None = LOCAL,
    scheduler: str | None = None,
) -> list[Claim]:
    """Extract and normalise the claims of every document in the corpus.

    Args:
        corpus: the documents, sorted by id.
        jobs: worker processes for extraction (1: extract in this process).
        model: the spaCy pipeline name; None: :func:`crosscheck.nlp.choose_model` with the corpus
            manifest's ``model``.
        problems: when given, a document whose extraction fails is reported here (a skipped
            diagnostic naming it and the error) and the rest go on; when None, the error is raised.
        cache: a folder for the extraction cache (``crosscheck.cache``): documents whose claims
            are there are not extracted again. None: no cache. The claims are the same either way.
        progress: called with the number of documents just finished, cached ones included.
        engine: ``"local"`` or ``"dask"`` (``crosscheck.engine``); the claims are the same.
        scheduler: the Dask scheduler to use (None: a local cluster of ``jobs`` workers).

    Raises:
        UsageError: ``jobs`` is below 1, a registered extractor cannot be sent to a worker, or the
            engine cannot start.
        ModelError: the model is not installed or cannot be used.
    """
    # Resolved here, once, so that every worker annotates with the same pipeline whatever its
    # environment, and a missing model fails before any work starts. Checked from the package's
    # meta, not loaded: when workers parse, this process never needs the pipeline itself.
    name = choose_model(model, corpus.model)
    model_info(name)
    # --- extract: per document, pure; in document order whatever the engine and its workers ---
    with open_engine(engine, scheduler=scheduler, jobs=jobs) as running:
        extract = extract_all if running is None else running.extract
        if cache is None:
            extracted = extract(
                corpus.documents,
                corpus.entities,
                model=name,
                jobs=jobs,
                problems=problems,
                progress=progress,
            )
        else:
            cached = ExtractionCache(cache)
            extracted = _extract_cached(corpus, name, jobs, problems, cached, progress, extract)
    # --- normalise: canonical subjects and values across the corpus ---
    # Handed over, not kept here too: a claim a normaliser rewrites is then freed once the next
    # normaliser has its own list, rather than held to the end (some 40% of claims are rewritten).
    handed = [extracted]
    del extracted
    return normalize(handed.pop(), corpus)


def crosscheck(
    corpus_or_paths: Corpus | str | PathLike[str] | Sequence[str | PathLike[str]],
    *,
    jobs: int = 1,
    model: str | None = None,
    cache: str | PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    engine: str | Engine | None = LOCAL,
    scheduler: str | None = None,
) -> Report:
    """Cross-check a corpus (or the files and folders at the given paths) and return the Report.

    Args:
        corpus_or_paths: a Corpus from ``load_corpus``, or one path, or a sequence of paths.
        jobs: worker processes for the per-document extraction. The default, 1, starts no process;
            the command line passes the number of cores. The report is the same for every value.
        model: the spaCy pipeline to annotate with; None: ``CROSSCHECK_MODEL``, then the corpus
            manifest's ``model``, then the default (:func:`crosscheck.nlp.choose_model`). The
            report names the pipeline and its version.
        cache: a folder for the extraction cache; None (the default here) uses none. The report
            is the same bytes with a cold cache, a warm one or none.
        progress: called with the number of documents just extracted (a progress display).
        engine: where extraction and alignment run: ``"local"`` (this process and ``jobs``
            worker processes) or ``"dask"`` (a Dask cluster; the ``dask`` extra). The report is
            the same bytes on either.
        scheduler: with ``engine="dask"``, the address of a running scheduler; None starts a
            local cluster of ``jobs`` worker processes for the run.

    Returns:
        The Report: a summary of the documents, every finding, and every input diagnostic.

    Raises:
        UsageError: ``jobs`` is below 1, a registered extractor cannot be sent to a worker, or the
            engine cannot start (the dask extra missing, a scheduler out of reach).
        ModelError: the model is not installed or cannot be used.
        Exception: whatever an extractor raises, the same in a worker as in this process.
    """
    # --- ingest ---
    if isinstance(corpus_or_paths, Corpus):
        corpus = corpus_or_paths
    elif isinstance(corpus_or_paths, (str, PathLike)):
        corpus = load_corpus(corpus_or_paths)
    else:
        corpus = load_corpus(*corpus_or_paths)
    # --- extract + normalise ---
    name = choose_model(model, corpus.model)
    # An internal error in one document costs that document's claims, never the run: it becomes a
    # skipped-input diagnostic, so the report says so and ``check`` cannot pass on it.
    failed: list[Diagnostic] = []
    with open_engine(engine, scheduler=scheduler, jobs=jobs) as running:
        claims = corpus_claims(
            corpus,
            jobs=jobs,
            model=name,
            problems=failed,
            cache=cache,
            progress=progress,
            engine=running,
        )
        # --- align: group by key ---
        groups = align(claims) if running is None else running.align(claims)
    if failed:
        corpus = attrs.evolve(corpus, diagnostics=sort_diagnostics((*corpus.diagnostics, *failed)))
    # --- compare: the corpus checks over every claim, then group by group ---
    # The claims are the largest thing a run holds (about 0.7 KB each, 22 an article). The checks
    # and the report's counts read the whole list; after them only the groups hold the claims, and
    # each group is let go once compared, so the findings reuse the claims' memory instead of adding
    # to it (docs/scale.md, "Memory of the calling process"). The findings are those of compare().
    counts = claim_counts(claims)
    with shared_quotes():  # one string for the same words however many findings quote them
        checked = check_corpus(corpus, claims)
        del claims
        found = compare_groups(consume(groups), corpus)
    findings = merge_findings(found, checked)
    del checked, found
    # --- report ---
    return build_report(corpus, counts, consume(findings), model=model_info(name))


def consume(items: list[T]) -> Iterator[T]:
    """Yield the items of a list in order, letting go of each as it is yielded (the list ends empty).

    For a stage that reads a large list once: what it has read can be freed while it goes on.
    """
    items.reverse()
    while items:
        yield items.pop()


def _extract_cached(
    corpus: Corpus,
    model: str,
    jobs: int,
    problems: list[Diagnostic] | None,
    cache: ExtractionCache,
    progress: Callable[[int], None] | None,
    extract: Callable[..., list[Claim]],
) -> list[Claim]:
    """Extract only the documents the cache lacks; return every document's claims in order."""
    context = context_fingerprint(model_info(model), corpus.entities)
    keys = {doc.id: document_key(doc, context) for doc in corpus.documents}
    try:
        found = cache.get_many(keys.values(), Pool())
        todo = [doc for doc in corpus.documents if keys[doc.id] not in found]
        if progress is not None and len(todo) < len(corpus.documents):
            progress(len(corpus.documents) - len(todo))
        failed: list[Diagnostic] = []
        fresh = extract(
            todo,
            corpus.entities,
            model=model,
            jobs=jobs,
            problems=failed if problems is not None else None,
            progress=progress,
        )
        by_doc: dict[str, list[Claim]] = {doc.id: [] for doc in todo}
        for claim in fresh:
            by_doc[claim.doc_id].append(claim)
        lost = {d.path for d in failed}
        # A document whose extraction failed is not cached: the next run tries it again.
        cache.put_many({keys[doc.id]: by_doc[doc.id] for doc in todo if doc.path not in lost})
    finally:
        cache.close()
    if problems is not None:
        problems.extend(failed)
        problems.extend(cache.diagnostics)
    claims: list[Claim] = []
    for doc in corpus.documents:
        claims.extend(found.get(keys[doc.id], by_doc.get(doc.id, [])))
    return claims


# --- extraction in worker processes ---


def extract_all(
    documents: Sequence[Document],
    entities: Sequence[Entity] = (),
    *,
    model: str | None = None,
    jobs: int = 1,
    problems: list[Diagnostic] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Claim]:
    """Return the claims of every document, document after document, using up to ``jobs`` processes.

    With ``jobs`` == 1, or fewer than ``MIN_DOCS_PER_WORKER`` documents per worker, extraction runs in
    this process. Otherwise contiguous chunks of documents go to a process pool and their claims are
    collected in chunk order, so the result is the same list for every ``jobs``. An exception in a
    worker is raised here as the same type with the same message (its traceback chained as the
    cause), and the chunks not yet started are cancelled.

    Args:
        documents: the documents, in the order their claims are wanted.
        entities: corpus registry entries, passed to every worker.
        model: the spaCy pipeline name (None: the default choice, made in each process alike).
        jobs: the most worker processes to use.
        problems: when given, each document whose extraction raises is left out and reported here
            as a skipped diagnostic; when None, the first such error is raised.
        progress: called with the number of documents just finished (for a progress display).

    Raises:
        UsageError: ``jobs`` is below 1, or a registered extractor cannot be sent to a worker.
    """
    if jobs < 1:
        raise UsageError(f"jobs must be 1 or more, got {jobs}")
    workers = min(jobs, len(documents) // MIN_DOCS_PER_WORKER)
    catch = problems is not None
    if workers < 2:
        claims, failed = extract_chunk(documents, entities, model, catch, progress)
        if problems is not None:
            problems.extend(failed)
        return claims
    plugins.load_builtins()
    extractors = dict(plugins.EXTRACTORS)
    check_portable(extractors)
    chunks = [documents[i : i + CHUNK_DOCS] for i in range(0, len(documents), CHUNK_DOCS)]
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(START_METHOD),
        initializer=_start_worker,
        initargs=(extractors, dict(plugins.CONTRACTS), dict(os.environ)),
    ) as pool:
        # map yields in submission order, and when a chunk raises it cancels the chunks not started;
        # leaving the block then waits for the few still running, so no worker outlives the call.
        results = pool.map(
            _extract_in_worker,
            chunks,
            itertools.repeat(tuple(entities)),
            itertools.repeat(model),
            itertools.repeat(catch),
        )
        collected: list[Claim] = []
        shared = Pool()  # one copy of each string and integer over all chunks
        for chunk, (found, lost) in zip(chunks, results, strict=True):
            collected.extend(claims_from_json(found, shared))
            if progress is not None:
                progress(len(chunk))
            if problems is not None:
                problems.extend(lost)
        return collected


def extract_chunk(
    documents: Iterable[Document],
    entities: Sequence[Entity],
    model: str | None,
    catch: bool,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Claim], list[Diagnostic]]:
    """Extract documents one after another in this process (a worker's unit of work, any engine).

    Returns ``(claims, failed)``: with ``catch``, a document whose extraction raises is left out
    and becomes a skipped diagnostic in ``failed``; without, the error is raised.
    """
    claims: list[Claim] = []
    failed: list[Diagnostic] = []
    for doc in documents:
        try:
            claims.extend(extract_claims(doc, entities=entities, model=model))
        except (ModelError, UsageError):
            raise  # about the run, not this document: no other document would fare better
        except Exception as exc:
            if not catch:
                raise
            message = f"internal error while extracting claims ({type(exc).__name__}: {exc})"
            failed.append(Diagnostic(doc.path, f"{message}; its claims are left out"))
        if progress is not None:
            progress(1)
    return claims, failed


def check_portable(extractors: Mapping[str, Extractor]) -> None:
    """Raise UsageError unless every extractor can be sent to a worker (pickled by reference)."""
    # Workers get the caller's extractors by reference (module and name), so an extractor registered
    # at run time reaches them too; a lambda or nested function has no such reference.
    for name, fn in sorted(extractors.items()):
        try:
            pickle.dumps(fn)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            raise UsageError(
                f"extractor {name!r} cannot run in a worker process: expected a module-level "
                f"function, got {fn!r} ({exc}); define it at module level or use jobs=1"
            ) from exc


def _start_worker(
    extractors: Mapping[str, Extractor],
    contracts: Mapping[str, plugins.Contract],
    environ: Mapping[str, str],
) -> None:
    # A worker starts from a clean interpreter (a forkserver child has the environment of the moment
    # the server started): give it the caller's environment (settings such as CROSSCHECK_MODEL) and
    # extractor registry, so that it extracts exactly as the caller would. Engines (the spaCy
    # pipeline, registries, automata) are module-level caches, built on the worker's first document
    # and reused for the rest.
    os.environ.clear()
    os.environ.update(environ)
    plugins.load_builtins()
    plugins.install_extractors(extractors, contracts)


def _extract_in_worker(
    documents: Sequence[Document], entities: Sequence[Entity], model: str | None, catch: bool
) -> tuple[str, list[Diagnostic]]:
    # The claims travel back as their JSON (the cache's form), not pickled: the caller reads them
    # with one pool of strings for the whole run, where unpickled claims would each bring their own
    # copy of every document id, facet and subject (most of the calling process's memory at scale).
    try:
        claims, failed = extract_chunk(documents, entities, model, catch)
        return claims_to_json(claims), failed
    except Exception as exc:
        if _survives_pickling(exc):
            raise
        raise _Carrier(exc) from exc


def _survives_pickling(exc: BaseException) -> bool:
    try:
        back = pickle.loads(pickle.dumps(exc))
    except Exception:  # any failure means "no": the carrier below then takes the exception over
        return False
    return type(back) is type(exc) and str(back) == str(exc)


class _Carrier(Exception):
    """Takes a worker's exception whose class does not pickle (an ``__init__`` with other arguments
    than ``args``) back to the caller, where it unpickles as an instance of the original class."""

    def __init__(self, exc: Exception) -> None:
        super().__init__(str(exc))
        self.exc = exc

    def __reduce__(self) -> tuple[Callable[..., BaseException], tuple[Any, ...]]:
        exc = self.exc
        return _rebuild_exception, (type(exc), exc.args, dict(vars(exc)))


def _rebuild_exception(
    cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]
) -> BaseException:
    # Without calling __init__, whose signature may not take ``args``: same class, args, attributes.
    exc = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc
