"""Metadata read off the page furniture, and the strict metadata date parser it relies on."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck._data import data_text
from crosscheck.errors import MetadataValueError
from crosscheck.extract import extract_claims
from crosscheck.ingest import load_corpus
from crosscheck.ingest.dates import parse_date, parse_date_with_order
from crosscheck.ingest.infer import LABELS_FILE, infer_fields
from crosscheck.model import MetaSource
from tests.test_ingest_forms import write

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the three furniture forms
        (
            "Asia\n\nHeadline\n\nAnn One and Bob Two  | 12.04.2023 - Update : 13.04.2023\nBody",
            {
                "published": D(2023, 4, 12),
                "published_text": "12.04.2023",
                "updated": D(2023, 4, 13),
                "date_order": "DMY",
            },
        ),
        (
            "Headline\n\nPosted on : 2017-11-04 18:06 KST Modified on : 2017-11-05 09:00 KST\nBody",
            {
                "published": D(2017, 11, 4),
                "published_text": "2017-11-04 18:06 KST",
                "updated": D(2017, 11, 5),
                "date_order": "YMD",
            },
        ),
        (
            "Press Release\n\nHeadline\n\n  • 2023-08-22\n  • Jane Roe (Some Daily)\n\nBody",
            {"published": D(2023, 8, 22), "published_text": "2023-08-22", "date_order": "YMD"},
        ),
        # other labels and date spellings
        (
            "Headline\nPublished: April 12, 2023\nBody",
            {"published": D(2023, 4, 12), "published_text": "April 12, 2023"},
        ),
        ("Headline\nLast updated: 3 May 2023\nBody", {"updated": D(2023, 5, 3)}),
        (
            "Headline\n| 25/12/2022 |\nBody",
            {"published": D(2022, 12, 25), "published_text": "25/12/2022", "date_order": "DMY"},
        ),
        # nothing to infer
        ("Headline\nUpdated:\n0:00\nBody", {}),
        (
            "Headline\nBy a reporter\nBody mentions 2023-08-22 in a sentence that goes on and on.",
            {},
        ),
        ("Headline\n04/05/2023\nBody", {}),  # ambiguous: not guessed
        ("Headline\nPublished: undated\nBody", {}),
        ("", {}),
    ],
)
def test_infer_fields(text: str, expected: dict[str, object]) -> None:
    assert infer_fields(text) == expected


def test_inference_looks_only_at_the_top_of_the_page() -> None:
    text = "Headline\n" + "Paragraph.\n" * 30 + "• 2023-08-22\n"
    assert infer_fields(text) == {}


def test_inference_uses_a_known_date_order() -> None:
    assert infer_fields("Headline\n04/05/2023\n", "MDY")["published"] == D(2023, 4, 5)


def test_inferred_values_are_marked_inferred(tmp_path: Path) -> None:
    write(tmp_path, {"raw.txt": "Headline\n\nPosted on : 2017-11-04 18:06 KST\n\nBody\n"})
    (doc,) = load_corpus(tmp_path).documents
    assert doc.published == D(2017, 11, 4)
    assert doc.sources == {
        "date_order": MetaSource.INFERRED,
        "published": MetaSource.INFERRED,
        "published_text": MetaSource.INFERRED,
    }


def test_no_inference_when_the_header_gives_a_date(tmp_path: Path) -> None:
    text = "Title: T\nPublished: 2017-11-06\n\nPosted on : 2017-11-04 18:06 KST\nUpdated: 2017-11-05\nBody\n"
    write(tmp_path, {"a.txt": text})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.published, doc.updated) == ("T", D(2017, 11, 6), None)
    assert doc.sources["published"] is MetaSource.HEADER


# A header that names the page but not its day: the date line above the body dates it.
@pytest.mark.parametrize(
    ("body", "published", "written", "line", "column"),
    [
        (
            "Ferry service to the outer islands resumes\n\nTuesday, March 7, 2023 10:15 AM\n\n"
            "The ferry line restarted its crossings after a two-week repair.\n",
            D(2023, 3, 7),
            "Tuesday, March 7, 2023 10:15 AM",
            6,
            1,
        ),
        (
            "Orchard growers count frost losses\n  \u2022 9 October 2021\nGrowers said the frost "
            "took half the blossom.\n",
            D(2021, 10, 9),
            "9 October 2021",
            5,
            5,
        ),
        (
            # a standfirst of two sentences may stand between the headline and the date line
            "Library reopens after flood\n\nThe reading rooms were closed for a whole season.\n"
            "Volunteers dried some four thousand books by hand.\nJune 2, 2019\n\nBody text.\n",
            D(2019, 6, 2),
            "June 2, 2019",
            8,
            1,
        ),
        (
            "Posted: 11/28/2016\nThe council met on a cold evening.\n",
            D(2016, 11, 28),
            "11/28/2016",
            4,
            9,
        ),
    ],
)
def test_a_header_without_a_date_takes_the_date_line_above_the_body(
    tmp_path: Path, body: str, published: dt.date, written: str, line: int, column: int
) -> None:
    write(tmp_path, {"a.txt": "Title: Some page\nOutlet: Example Daily\n\n" + body})
    corpus = load_corpus(tmp_path)
    (doc,) = corpus.documents
    assert (doc.title, doc.outlet, doc.published) == ("Some page", "Example Daily", published)
    assert (doc.published_text, doc.sources["published"]) == (written, MetaSource.INFERRED)
    assert doc.sources["title"] is MetaSource.HEADER
    # The published claim points at the date line, with the line and column the file shows.
    (claim,) = [c for c in extract_claims(doc) if c.facet == "document.published"]
    (span,) = claim.evidence
    assert (doc.quote(span), span.line, span.column) == (written, line, column)


@pytest.mark.parametrize(
    "body",
    [
        # a date inside a sentence is not a date line
        "Dock strike ends\n\nThe dockers went back to work on May 5, 2022 after talks.\n",
        # a date line after the article's text has begun is a date the article lists
        "Timeline of the canal works\n\n"
        + "".join(f"Crews dug another stretch of the canal bed in phase {n}.\n" for n in range(4))
        + "August 3, 2020\nThe last lock gate was fitted.\n",
        # a date without a year is never completed from anything
        "Market hall burns\n\nFriday, Jan. 8\n\nFire crews fought the blaze for hours.\n",
    ],
)
def test_no_date_line_no_date(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"a.txt": "Title: Some page\n\n" + body})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.published, "published" in doc.sources) == (None, False)


@pytest.mark.parametrize(
    ("entry", "published", "source"),
    [
        ('published = "2020-08-04"', D(2020, 8, 4), MetaSource.MANIFEST),
        ('outlet = "Canal Weekly"', None, None),  # the entry's silence on the date is kept
    ],
)
def test_a_manifest_entry_wins_over_the_date_line(
    tmp_path: Path, entry: str, published: dt.date | None, source: MetaSource | None
) -> None:
    manifest = f'[documents."a.txt"]\n{entry}\n'
    body = "Title: Canal reopens\n\nAugust 3, 2020\n\nBoats passed the new lock.\n"
    write(tmp_path, {"a.txt": body, "crosscheck.toml": manifest})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.published, doc.sources.get("published")) == (published, source)


def test_seed_furniture_without_the_manifest(tmp_path: Path, seeds_dir: Path) -> None:
    for seed in seeds_dir.glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    docs = {d.id[:3]: d for d in load_corpus(tmp_path).documents}
    assert (docs["000"].published, docs["000"].updated, docs["000"].date_order) == (
        D(2023, 4, 12),
        D(2023, 4, 12),
        "DMY",
    )
    assert docs["003"].published == D(2017, 11, 4)
    assert docs["004"].published == D(2023, 8, 22)
    assert docs["001"].published is None
    assert docs["002"].published is None  # "Updated:" / "0:00" holds no date
    assert docs["000"].sources["published"] is MetaSource.INFERRED


def test_date_labels_file_is_sorted_lower_case_and_unique() -> None:
    data = tomllib.loads(data_text(LABELS_FILE))
    assert sorted(data) == ["published", "updated"]
    seen: set[str] = set()
    for field in data.values():
        for words in field.values():
            assert words == sorted(words)
            assert all(w == w.lower() and w == " ".join(w.split()) for w in words)
            assert not seen & set(words)
            seen |= set(words)


# --- the metadata date parser ---


@pytest.mark.parametrize(
    ("value", "order", "expected", "read_order"),
    [
        ("2023-04-12", None, D(2023, 4, 12), "YMD"),
        ("2023/4/2", "MDY", D(2023, 4, 2), "YMD"),
        ("2023-04-12T23:30:00-05:00", None, D(2023, 4, 12), "YMD"),
        ("2023-04-12 10:00:00", None, D(2023, 4, 12), "YMD"),
        ("2017-11-04 18:06 KST", None, D(2017, 11, 4), "YMD"),
        ("12.04.2023", None, D(2023, 4, 12), "DMY"),
        ("12.04.2023", "MDY", D(2023, 12, 4), "MDY"),
        ("04/05/2023", "DMY", D(2023, 5, 4), "DMY"),
        ("04/05/2023", "MDY", D(2023, 4, 5), "MDY"),
        ("25/12/2022", None, D(2022, 12, 25), "DMY"),
        ("12/25/2022", None, D(2022, 12, 25), "MDY"),
        ("05/05/2023", None, D(2023, 5, 5), "DMY"),
        ("April 12, 2023", None, D(2023, 4, 12), None),
        ("12 April 2023", "MDY", D(2023, 4, 12), None),
        ("Apr 12 2023 11:00 PM EST", None, D(2023, 4, 12), None),
        ("Wed, 12 Apr 2023 10:00:00 GMT", None, D(2023, 4, 12), None),
    ],
)
def test_parse_date(
    value: str, order: str | None, expected: dt.date, read_order: str | None
) -> None:
    assert parse_date_with_order(value, date_order=order) == (expected, read_order)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("undated", "cannot read date 'undated'"),
        ("yesterday", "cannot read date 'yesterday'"),
        ("3 days ago", "date '3 days ago' has no year"),
        ("Aug. 15", "date 'Aug. 15' has no year"),
        ("12.04.23", "date '12.04.23' has no year"),
        (
            "04/05/2023",
            "ambiguous date '04/05/2023': day and month could be either way; give the date order (DMY or MDY)",
        ),
        ("2023-02-30", "date '2023-02-30' is not a calendar day"),
        ("12 04 2023", "cannot read date '12 04 2023'"),
        ("April 2023", "cannot read date 'April 2023' as a day, month and year"),
        ("", "cannot read date ''"),
    ],
)
def test_parse_date_refuses(value: str, message: str) -> None:
    with pytest.raises(MetadataValueError) as raised:
        parse_date(value)
    assert str(raised.value) == message


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31)))
def test_numeric_forms_round_trip(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == day
    assert parse_date(f"{day.month}/{day.day}/{day.year}", date_order="MDY") == day


def test_parsing_does_not_depend_on_the_clock_or_time_zone() -> None:
    # dateparser reads the local zone; a date written with another zone must keep its printed day.
    code = (
        "from crosscheck.ingest.dates import parse_date;"
        "print(parse_date('April 12, 2023 23:30 +05:00'), parse_date('12 April 2023'))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "TZ": tz},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for tz in ("UTC", "Pacific/Kiritimati", "America/Adak")
    }
    assert outputs == {"2023-04-12 2023-04-12\n"}
