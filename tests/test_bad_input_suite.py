"""The bad-input suite: each case is one kind of bad input placed beside a good article.

For every case: the diagnostic's text, the verdict it carries (skipped, warning, excluded), the exit
code of ``check`` (2 when an input could not be read, since a gate cannot vouch for a corpus it has
not read whole; 0 for warnings and exclusions, which never fail it), and that the good article is
still read. No case may print a traceback.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.ingest import load_corpus
from crosscheck.model import Diagnostic

GOOD = "Title: Fine\nPublished: 2023-04-12\n\nThe council met on Tuesday.\n"
DEEP = 100_000
SKIPPED, WARNING, EXCLUDED, NONE = "skipped", "warning", "excluded", "none"


def files(**contents: str | bytes) -> Callable[[Path], None]:
    """A case that writes files (name → text or bytes; "__" in a name is a folder separator)."""

    def make(root: Path) -> None:
        for name, content in contents.items():
            target = root / name.replace("__", "/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, "utf-8")

    return make


def raw_name(name: bytes, content: bytes) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        with open(os.path.join(os.fsencode(root), name), "wb") as fh:
            fh.write(content)

    return make


def link(name: str, target: Callable[[Path], Path], folder: bool = False) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).symlink_to(target(root), target_is_directory=folder)

    return make


def fifo(root: Path) -> None:
    os.mkfifo(root / "pipe.txt")


def outside(root: Path) -> Path:
    secret = root.parent / "elsewhere" / "secret.txt"
    secret.parent.mkdir(exist_ok=True)
    secret.write_text("Title: Secret\n\nNot part of the corpus.\n", "utf-8")
    return secret


def record(body: str) -> bytes:
    return ('{"maintext": "The board met on Monday.", ' + body + "}").encode()


NEST = "[" * DEEP + "]" * DEEP
# (case id, how to make it, what the diagnostic says, its verdict, check's exit code)
CASES: list[tuple[str, Callable[[Path], None], str, str, int]] = [
    ("empty", files(**{"empty.txt": b""}), "empty file", SKIPPED, 2),
    ("blank", files(**{"blank.md": b" \n\t\n"}), "empty file", SKIPPED, 2),
    (
        "nul",
        files(**{"image.txt": b"GIF89a\x00\x01"}),
        "binary file (contains NUL bytes)",
        SKIPPED,
        2,
    ),
    ("utf16-no-bom", files(**{"u.txt": "text".encode("utf-16-le")}), "binary file", SKIPPED, 2),
    (
        "latin1",
        files(**{"l.txt": "Title: T\n\ncaf\xe9".encode("latin-1")}),
        "not UTF-8 (byte 0xe9",
        SKIPPED,
        2,
    ),
    (
        "bad-utf16",
        files(**{"b.txt": codecs.BOM_UTF16_LE + b"\x00\xd8"}),
        "not valid UTF-16",
        SKIPPED,
        2,
    ),
    ("pdf", files(**{"notes.pdf": b"%PDF"}), "unsupported file type '.pdf'", SKIPPED, 2),
    ("no-suffix", files(**{"README": b"x"}), "unsupported file type (no extension)", SKIPPED, 2),
    (
        "unclosed-front-matter",
        files(**{"o.md": "---\ntitle: T\nBody\n"}),
        "is never closed",
        SKIPPED,
        2,
    ),
    (
        "header-only",
        files(**{"h.txt": "Title: T\nOutlet: O\n"}),
        "no article text after the metadata",
        SKIPPED,
        2,
    ),
    (
        "json-syntax",
        files(**{"j.json": b'{"maintext": "x",,}'}),
        "invalid JSON: Expecting property name",
        SKIPPED,
        2,
    ),
    (
        "json-two-values",
        files(**{"j.json": b'{"maintext": "a"}\n{"maintext": "b"}'}),
        "name the file .jsonl",
        SKIPPED,
        2,
    ),
    ("json-empty-array", files(**{"j.json": b"[]"}), "JSON file holds no records", SKIPPED, 2),
    ("json-number", files(**{"j.json": b"42"}), "got a number", SKIPPED, 2),
    ("json-string", files(**{"j.json": b'"text"'}), "got a string", SKIPPED, 2),
    ("json-null", files(**{"j.json": b"null"}), "got null", SKIPPED, 2),
    ("json-bool", files(**{"j.json": b"true"}), "got a boolean", SKIPPED, 2),
    (
        "json-deep-array",
        files(**{"d.json": NEST}),
        "cannot read JSON: nested too deeply",
        SKIPPED,
        2,
    ),
    (
        "json-deep-object",
        files(**{"d.json": '{"a":' * DEEP + "1" + "}" * DEEP}),
        "nested too deeply",
        SKIPPED,
        2,
    ),
    (
        "json-huge-int",
        files(**{"h.json": record('"n": ' + "9" * 5000)}),
        "a number has more than",
        SKIPPED,
        2,
    ),
    (
        "json-no-maintext",
        files(**{"r.json": b'{"title": "T"}'}),
        "record has no 'maintext'",
        SKIPPED,
        2,
    ),
    (
        "json-element-not-object",
        files(**{"a.json": b'[{"maintext": "x"}, 3]'}),
        "record is not a JSON object (element 1)",
        SKIPPED,
        2,
    ),
    (
        "jsonl-bad-line",
        files(**{"f.jsonl": b'{"maintext": "x"}\n{oops\n'}),
        "invalid JSON",
        SKIPPED,
        2,
    ),
    (
        "jsonl-deep-line",
        files(**{"f.jsonl": '{"maintext": "x"}\n' + NEST + "\n"}),
        "nested too deeply",
        SKIPPED,
        2,
    ),
    (
        "jsonl-huge-int-line",
        files(**{"f.jsonl": '{"n": ' + "9" * 5000 + "}\n"}),
        "a number has more than",
        SKIPPED,
        2,
    ),
    (
        "jsonl-not-object",
        files(**{"f.jsonl": b"[1, 2]\n"}),
        "record is not a JSON object",
        SKIPPED,
        2,
    ),
    (
        "jsonl-no-maintext",
        files(**{"f.jsonl": b'{"title": "T"}\n'}),
        "record has no 'maintext'",
        SKIPPED,
        2,
    ),
    (
        "json-surrogates",
        files(**{"s.json": record('"title": "bad \\ud800 title"')}),
        "lone surrogate",
        WARNING,
        0,
    ),
    (
        "jsonl-surrogates",
        files(**{"s.jsonl": record('"title": "\\udfff"') + b"\n"}),
        "lone surrogate",
        WARNING,
        0,
    ),
    (
        "json-unknown-field",
        files(**{"u.json": record('"tone": "calm"')}),
        "unknown record field 'tone'",
        WARNING,
        0,
    ),
    (
        "json-bad-date",
        files(**{"d.json": record('"date_publish": "soon"')}),
        "cannot read date 'soon'",
        WARNING,
        0,
    ),
    (
        "header-bad-date",
        files(**{"d.txt": "Title: T\nPublished: undated\n\nBody.\n"}),
        "cannot read date 'undated'",
        WARNING,
        0,
    ),
    (
        "header-no-year",
        files(**{"d.txt": "Title: T\nPublished: Aug. 15\n\nBody.\n"}),
        "has no year",
        WARNING,
        0,
    ),
    (
        "header-unknown-key",
        files(**{"k.txt": "Title: T\nColour: red\n\nBody.\n"}),
        "unknown header key 'Colour'",
        WARNING,
        0,
    ),
    (
        "yaml-invalid",
        files(**{"y.md": "---\ntitle: [unclosed\n---\n\nBody.\n"}),
        "front matter is not valid YAML",
        WARNING,
        0,
    ),
    (
        "yaml-deep",
        files(**{"y.md": "---\ntitle: " + "[" * DEEP + "\n---\n\nBody.\n"}),
        "front matter cannot be read: nested too deeply",
        WARNING,
        0,
    ),
    (
        "yaml-list",
        files(**{"y.md": "---\n- a\n- b\n---\n\nBody.\n"}),
        "not a table of keys and values",
        WARNING,
        0,
    ),
    (
        "toml-invalid",
        files(**{"t.md": "+++\ntitle = \n+++\n\nBody.\n"}),
        "front matter is not valid TOML",
        WARNING,
        0,
    ),
    (
        "toml-deep",
        files(**{"t.md": "+++\ntitle = " + NEST + "\n+++\n\nBody.\n"}),
        "front matter cannot be read: nested too deeply",
        WARNING,
        0,
    ),
    (
        "manifest-invalid",
        files(**{"crosscheck.toml": "model = \n"}),
        "manifest is not valid TOML",
        SKIPPED,
        2,
    ),
    (
        "manifest-deep",
        files(**{"crosscheck.toml": "a = " + NEST + "\n"}),
        "manifest cannot be read: nested too deeply",
        SKIPPED,
        2,
    ),
    (
        "manifest-unknown-key",
        files(**{"crosscheck.toml": 'colour = "red"\n'}),
        "unknown manifest key 'colour'",
        WARNING,
        0,
    ),
    (
        "manifest-missing-entry",
        files(**{"crosscheck.toml": '[documents."gone.txt"]\noutlet = "X"\n'}),
        "names no file",
        SKIPPED,
        2,
    ),
    (
        "manifest-entity-kind",
        files(**{"crosscheck.toml": '[[entity]]\nid = "club:x"\nlabel = "X"\nkind = "club"\n'}),
        "unknown kind 'club'",
        SKIPPED,
        2,
    ),
    (
        "manifest-exclude",
        files(
            **{"crosscheck.toml": 'exclude = ["notes.txt"]\n', "notes.txt": "Title: N\n\nNotes.\n"}
        ),
        "excluded by the manifest",
        EXCLUDED,
        0,
    ),
    (
        "hidden-file",
        files(**{".draft.txt": "Title: D\n\nDraft.\n"}),
        "hidden file; not read",
        EXCLUDED,
        0,
    ),
    ("hidden-folder", files(**{".git__config.txt": "x"}), "hidden folder; not read", EXCLUDED, 0),
    (
        "virtual-env",
        files(**{"venv__pyvenv.cfg": "home = /usr\n", "venv__lib.txt": "Title: L\n\nLib.\n"}),
        "a Python virtual environment",
        EXCLUDED,
        0,
    ),
    ("link-outside", link("leak.txt", outside), "symbolic link to a file outside", EXCLUDED, 0),
    (
        "link-folder",
        link("dir", lambda root: outside(root).parent, folder=True),
        "symbolic link to a folder",
        EXCLUDED,
        0,
    ),
    (
        "link-broken",
        link("gone.txt", lambda root: root / "nowhere.txt"),
        "broken or looping symbolic link",
        EXCLUDED,
        0,
    ),
    (
        "link-loop",
        link("loop.txt", lambda root: root / "loop.txt"),
        "broken or looping symbolic link",
        EXCLUDED,
        0,
    ),
    ("fifo", fifo, "not a regular file (a pipe, socket or device)", EXCLUDED, 0),
    (
        "name-not-utf8",
        raw_name(b"bad\xffname.txt", b"Title: B\n\nBody.\n"),
        "file name is not valid UTF-8",
        SKIPPED,
        2,
    ),
    ("name-with-escape", files(**{"odd\x1b[2Jname.txt": "Title: O\n\nBody.\n"}), "", NONE, 0),
    (
        "name-with-newline-command",
        files(**{"a\n::error::forged.txt": "Title: O\n\nBody.\n"}),
        "",
        NONE,
        0,
    ),
    (
        "text-with-escapes",
        files(**{"e.txt": "Title: \x1b]0;owned\x07\n\n\x1bc The mayor spoke.\n"}),
        "",
        NONE,
        0,
    ),
    (
        "text-with-bidi",
        files(**{"b.txt": "Title: \u202eevil\n\nThe mayor \u2066spoke.\n"}),
        "",
        NONE,
        0,
    ),
    (
        "text-with-long-line",
        files(**{"l.txt": "Title: L\n\n" + "word " * 14_000 + "\n"}),
        "",
        NONE,
        0,
    ),
    ("text-long-run", files(**{"r.txt": "Title: R\n\n" + "(" * 50_000 + "\n"}), "", NONE, 0),
    (
        "text-many-quotes",
        files(**{"q.txt": "Title: Q\n\n" + '"No," he said. ' * 500 + "\n"}),
        "",
        NONE,
        0,
    ),
    (
        "text-crlf",
        files(**{"c.txt": b"Title: C\r\nPublished: 2023-04-12\r\n\r\nThe council met.\r\n"}),
        "",
        NONE,
        0,
    ),
]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names, links and pipes")
@pytest.mark.parametrize(
    ("make", "message", "verdict", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], None],
    message: str,
    verdict: str,
    code: int,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, "utf-8")
    make(corpus)
    loaded = load_corpus(corpus)
    assert "good.txt" in [d.id for d in loaded.documents]  # nothing good is lost
    if verdict == NONE:
        assert [d for d in loaded.diagnostics if not d.excluded] == []
    else:
        matching = [d for d in loaded.diagnostics if message in d.message]
        assert matching, loaded.diagnostics
        assert all(_verdict(d) == verdict for d in matching)
    assert main(["check", str(corpus), "--no-cache", "--jobs", "1"]) == code
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert "\x1b" not in out.out + out.err
    if message:
        assert message in out.err


def _verdict(d: Diagnostic) -> str:
    return EXCLUDED if d.excluded else SKIPPED if d.skipped else WARNING


def test_the_suite_is_at_least_sixty_cases() -> None:
    assert len(CASES) >= 60 and len({c[0] for c in CASES}) == len(CASES)
