"""The corpus manifest: precedence over headers and inference, checks, entities, baseline, exclusion."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from crosscheck.ingest import load_corpus
from crosscheck.ingest.corpus import EXCLUDED_BY_MANIFEST
from crosscheck.model import Diagnostic, Entity, EntityKind, MetaSource
from tests.test_ingest_forms import write

HEADER = "Title: Header title\nOutlet: Header Outlet\nPublished: 2023-04-12\n\nBody\n"
FURNITURE = "Headline\n\nPosted on : 2017-11-04 18:06 KST\n\nBody\n"


def test_manifest_wins_over_the_header_field_by_field(tmp_path: Path) -> None:
    manifest = '[documents."a.txt"]\noutlet = "Manifest Outlet"\nauthors = ["Ann One"]\n'
    write(tmp_path, {"a.txt": HEADER, "crosscheck.toml": manifest})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.outlet, doc.title, doc.published, doc.authors) == (
        "Manifest Outlet",
        "Header title",
        dt.date(2023, 4, 12),
        ("Ann One",),
    )
    assert doc.sources == {
        "authors": MetaSource.MANIFEST,
        "outlet": MetaSource.MANIFEST,
        "published": MetaSource.HEADER,
        "published_text": MetaSource.HEADER,
        "title": MetaSource.HEADER,
    }


def test_a_manifest_entry_stops_inference(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": FURNITURE, "crosscheck.toml": '[documents."a.txt"]\ntitle = "T"\n'})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.published) == ("T", None)


def test_defaults_fill_what_the_document_does_not_say(tmp_path: Path) -> None:
    manifest = '[defaults]\nlanguage = "ko"\noutlet = "Default Outlet"\ndate_order = "DMY"\n'
    files = {
        "a.txt": HEADER,
        "b.txt": "Title: B\nPublished: 03.04.2023\nLanguage: en\n\nBody\n",
        "c.txt": "Headline\n\n12.04.2023 - Update : 13.04.2023\nBody\n",
    }
    write(tmp_path, {**files, "crosscheck.toml": manifest})
    a, b, c = load_corpus(tmp_path).documents
    assert (a.outlet, a.language, a.sources["outlet"]) == ("Header Outlet", "ko", MetaSource.HEADER)
    assert (b.published, b.language) == (dt.date(2023, 4, 3), "en")  # read with the default order
    assert (c.published, c.updated, c.outlet) == (
        dt.date(2023, 4, 12),
        dt.date(2023, 4, 13),
        "Default Outlet",
    )
    assert (c.sources["published"], c.sources["outlet"]) == (
        MetaSource.INFERRED,
        MetaSource.MANIFEST,
    )


def test_manifest_date_order_reads_the_published_text(tmp_path: Path) -> None:
    manifest = '[documents."a.txt"]\npublished_text = "04/05/2023"\ndate_order = "MDY"\n'
    write(tmp_path, {"a.txt": "Body\n", "crosscheck.toml": manifest})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.published, doc.published_text, doc.date_order) == (
        dt.date(2023, 4, 5),
        "04/05/2023",
        "MDY",
    )


def test_toml_dates_are_accepted(tmp_path: Path) -> None:
    manifest = '[documents."a.txt"]\npublished = 2023-04-12\nupdated = 2023-04-13T10:00:00Z\n'
    write(tmp_path, {"a.txt": "Body\n", "crosscheck.toml": manifest})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.published, doc.updated) == (dt.date(2023, 4, 12), dt.date(2023, 4, 13))


def test_record_entries_address_one_record(tmp_path: Path) -> None:
    feed = '{"maintext": "one", "source_domain": "a.example"}\n{"maintext": "two"}\n'
    manifest = (
        '[documents."feed.jsonl"]\nlanguage = "fr"\n'
        '[documents."feed.jsonl#2"]\noutlet = "Second Outlet"\n'
    )
    write(tmp_path, {"feed.jsonl": feed, "crosscheck.toml": manifest})
    one, two = load_corpus(tmp_path).documents
    assert (one.outlet, one.language) == ("a.example", "fr")
    assert (two.outlet, two.language) == ("Second Outlet", "fr")


MANIFEST_PATH = "crosscheck.toml"


@pytest.mark.parametrize(
    ("manifest", "message", "line", "skipped"),
    [
        (
            '[documents."a.txt"]\ntitle = 5\n',
            '[documents."a.txt"] title: expected text, got a number; left empty',
            2,
            False,
        ),
        (
            '[documents."a.txt"]\nauthors = [1, 2]\n',
            '[documents."a.txt"] authors: expected a list of names, got a list; left empty',
            2,
            False,
        ),
        (
            '[documents."a.txt"]\npublished = "undated"\n',
            "[documents.\"a.txt\"] published: cannot read date 'undated'; left empty",
            2,
            False,
        ),
        (
            '[documents."a.txt"]\npublished = "April 12"\n',
            "[documents.\"a.txt\"] published: date 'April 12' has no year; left empty",
            2,
            False,
        ),
        (
            '[documents."a.txt"]\ndate_order = "DYM"\n',
            "[documents.\"a.txt\"] date_order: date order 'DYM' is not DMY, MDY or YMD; left empty",
            2,
            False,
        ),
        (
            '[documents."a.txt"]\nheadline = "x"\n',
            "[documents.\"a.txt\"] unknown key 'headline' ignored",
            2,
            False,
        ),
        ('[defaults]\ntitle = "x"\n', "[defaults] unknown key 'title' ignored", 2, False),
        ("colour = 1\n", "unknown manifest key 'colour' ignored", 1, False),
        (
            '[documents."a.txt"]\npublished = "2023-04-12"\npublished_text = "13.04.2023"\n',
            "[documents.\"a.txt\"] published_text: '13.04.2023' reads as 2023-04-13, not the published date 2023-04-12",
            3,
            False,
        ),
        ("documents = 3\n", "documents must be a table of tables; ignored", 1, False),
        (
            '[documents]\n"a.txt" = 3\n',
            '[documents."a.txt"] must be a table; entry ignored',
            2,
            True,
        ),
        (
            '[documents."gone.txt"]\ntitle = "x"\n',
            "[documents.\"gone.txt\"] names no file: 'gone.txt' does not exist; entry ignored",
            1,
            True,
        ),
        (
            '[documents."a.txt"\ntitle = "x"\n',
            "manifest is not valid TOML: Expected ']' at the end of a table declaration; the corpus is read without it",
            1,
            True,
        ),
        (
            'title = "x"\ntitle = "y"\n',
            "manifest is not valid TOML: Cannot overwrite a value; the corpus is read without it",
            2,
            True,
        ),
        ("baseline = 7\n", "baseline: expected text; ignored", 1, False),
        ('exclude = "README.md"\n', "exclude: expected a list of strings; ignored", 1, False),
    ],
)
def test_manifest_problems(
    tmp_path: Path, manifest: str, message: str, line: int, skipped: bool
) -> None:
    write(tmp_path, {"a.txt": "Title: Still read\n\nBody\n", MANIFEST_PATH: manifest})
    corpus = load_corpus(tmp_path)
    assert [d.title for d in corpus.documents] == ["Still read"]
    path = str(tmp_path / MANIFEST_PATH)
    assert corpus.diagnostics == (Diagnostic(path, message, line=line, skipped=skipped),)


def test_an_invalid_manifest_is_ignored_whole(tmp_path: Path) -> None:
    manifest = '[documents."a.txt"]\noutlet = "Never used"\n[broken\n'
    write(tmp_path, {"a.txt": "Title: T\n\nBody\n", MANIFEST_PATH: manifest})
    corpus = load_corpus(tmp_path)
    assert corpus.documents[0].outlet is None
    assert [d.line for d in corpus.diagnostics] == [3]


ENTITIES = """
[[entity]]
id = "party:example-party"
label = "Example Party"
kind = "party"
aliases = ["EP", "the Example Party"]
wikidata = "Q123"
country = "country:xx"

[[entity]]
id = "person:ann-one"
label = "Ann One"
kind = "person"
born = 1970

[[entity]]
label = "No id"

[[entity]]
id = "no colon"
label = "x"
kind = "person"

[[entity]]
id = "outlet:x"
label = "X"
kind = "outlet"
wikidata = "123"
country = "Korea"

[[entity]]
id = "person:~local"
label = "Reserved"
kind = "person"

[[entity]]
id = "club:x"
label = "Club X"
kind = "club"
"""


def test_entities_are_checked_and_kept(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "Body\n", MANIFEST_PATH: ENTITIES})
    corpus = load_corpus(tmp_path)
    assert corpus.entities == (
        Entity("outlet:x", "X", "outlet"),
        Entity(
            "party:example-party",
            "Example Party",
            "party",
            aliases=("EP", "the Example Party"),
            wikidata="Q123",
            country="country:xx",
        ),
        Entity("person:ann-one", "Ann One", "person"),
    )
    path = str(tmp_path / MANIFEST_PATH)
    assert corpus.diagnostics == (
        Diagnostic(
            path, "entity 'person:ann-one': unknown key 'born' ignored", line=14, skipped=False
        ),
        Diagnostic(path, "entity 3: needs text for 'id', 'kind'", line=16),
        Diagnostic(path, "entity 4: id 'no colon' is not 'kind:slug'", line=19),
        Diagnostic(
            path,
            "entity 'outlet:x': country 'Korea' is not an id like 'country:kr'; ignored",
            line=24,
            skipped=False,
        ),
        Diagnostic(
            path, "entity 'outlet:x': wikidata '123' is not a Q-id; ignored", line=24, skipped=False
        ),
        Diagnostic(path, "entity 6: id 'person:~local' is not 'kind:slug'", line=31),
        Diagnostic(
            path,
            "entity 'club:x': unknown kind 'club'; expected one of " + ", ".join(EntityKind),
            line=36,
        ),
    )


def test_baseline_key_moves_the_baseline_and_it_is_not_an_article(tmp_path: Path) -> None:
    files = {
        "a.txt": "Body\n",
        "state/accepted.json": '{"version": 1}',
        MANIFEST_PATH: 'baseline = "state/accepted.json"\n',
    }
    write(tmp_path, files)
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["a.txt"]
    assert corpus.baseline == str(tmp_path / "state" / "accepted.json")
    assert corpus.diagnostics == ()


def test_exclude_patterns_and_argument(tmp_path: Path) -> None:
    files = {
        "a.txt": "A",
        "README.md": "# notes",
        "notes/x.txt": "x",
        "other.json": '{"version": 1}',
        MANIFEST_PATH: 'exclude = ["README.md", "notes/*"]\n',
    }
    write(tmp_path, files)
    corpus = load_corpus(tmp_path, exclude=[tmp_path / "other.json"])
    assert [d.id for d in corpus.documents] == ["a.txt"]
    # What the manifest excludes is listed (never an error); an excluded path argument is the
    # caller's own file (a baseline, a report output) and is left out quietly.
    assert corpus.diagnostics == tuple(
        Diagnostic(str(tmp_path / name), EXCLUDED_BY_MANIFEST, skipped=False, excluded=True)
        for name in ("README.md", "notes/x.txt")
    )


def test_the_nearest_manifest_applies(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.txt": "A",
            "sub/b.txt": "B",
            MANIFEST_PATH: '[defaults]\noutlet = "Top"\n[documents."sub/b.txt"]\ntitle = "unused"\n',
            "sub/crosscheck.toml": '[documents."b.txt"]\ntitle = "From sub"\n',
        },
    )
    corpus = load_corpus(tmp_path)
    a, b = corpus.documents
    assert (a.outlet, b.title, b.outlet) == ("Top", "From sub", None)


def test_a_single_file_uses_its_folders_manifest(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir / "000_ccc2993ba935f9ee.txt")
    (doc,) = corpus.documents
    assert (doc.outlet, doc.published, doc.date_order) == (
        "Anadolu Agency",
        dt.date(2023, 4, 12),
        "DMY",
    )
    assert corpus.diagnostics == ()


def test_the_seed_manifest_covers_every_seed_truthfully(seeds_dir: Path) -> None:
    table = tomllib.loads((seeds_dir / MANIFEST_PATH).read_text(encoding="utf-8"))
    seeds = sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert sorted(table["documents"]) == seeds
    for name, entry in table["documents"].items():
        assert "url" not in entry  # no URL is known for any seed
        text = (seeds_dir / name).read_text(encoding="utf-8")
        assert entry["title"] in text
        if "published_text" in entry:
            assert entry["published_text"] in text
        for author in entry.get("authors", []):
            assert author in text
    assert "published" not in table["documents"]["001_b3cc9a0815253f82.txt"]
    assert "outlet" not in table["documents"]["001_b3cc9a0815253f82.txt"]
    assert "published" not in table["documents"]["002_c36ad60334172b78.txt"]
