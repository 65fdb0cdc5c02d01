"""Quantity extraction: what is read as a quantity, its interval, kind and subject key."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.nlp import annotate
from crosscheck.quantities import Quantity, Strength, find_quantities
from crosscheck.quantities._doc import view_tokens
from crosscheck.quantities._lexicon import read_raw
from crosscheck.quantities._text import singular, stem
from crosscheck.quantities.claims import QuantityDetails, quantity_claims
from tests.conftest import SEEDS

PUBLISHED = dt.date(2023, 5, 1)


def quantities(text: str, published: dt.date | None = PUBLISHED) -> list[Quantity]:
    return find_quantities(Document(id="t.txt", path="t.txt", text=text, published=published))


def seed(prefix: str) -> Document:
    [path] = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return Document(id=path.name, path=str(path), text=path.read_text(encoding="utf-8"))


# (text, [(written, canonical value, kind)]) — invented sentences from other stories.
EXTRACT = [
    ("Police said at least 12 people were killed.", [("at least 12 people", "[12,inf)", "count")]),
    ("More than 50,000 people died.", [("More than 50,000 people", "(50000,inf)", "count")]),
    (
        "About 1.5 million people fled.",
        [("About 1.5 million people", "[1350000,1650000]", "count")],
    ),
    ("Nearly 300 migrants drowned.", [("Nearly 300 migrants", "[270,300]", "count")]),
    ("The firm cut up to 10,000 jobs.", [("up to 10,000 jobs", "[0,10000]", "count")]),
    ("Fewer than 20 ships docked.", [("Fewer than 20 ships", "[0,20)", "count")]),
    ("Some 200 firefighters battled it.", [("Some 200 firefighters", "[180,220]", "count")]),
    ("Between 10 and 15 soldiers were hurt.", [("Between 10 and 15 soldiers", "[10,15]", "count")]),
    ("Officials counted 10\u201312 bodies.", [("10\u201312 bodies", "[10,12]", "count")]),
    ("Two or three ships were seen.", [("Two or three ships", "[2,3]", "count")]),
    ("About 10 to 15 soldiers died.", [("About 10 to 15 soldiers", "[9,16.5]", "count")]),
    # "About" never widens past one step of the rounding the digits show: tens for "about 340",
    # fifties for "about 1,350", halves for "3.5 million" (no narrower than 10% there).
    ("About 340 lifeguards were hired.", [("About 340 lifeguards", "[330,350]", "count")]),
    ("Some 4,700 pilgrims arrived.", [("Some 4,700 pilgrims", "[4600,4800]", "count")]),
    ("About 1,350 ferries sailed.", [("About 1,350 ferries", "[1300,1400]", "count")]),
    ("About 350 ferries sailed.", [("About 350 ferries", "[315,385]", "count")]),
    ("Roughly 17 barges sank.", [("Roughly 17 barges", "[16,18]", "count")]),
    (
        "About 3.5 million people voted.",
        [("About 3.5 million people", "[3150000,3850000]", "count")],
    ),
    ("About 2.4% of ferries sank.", [("About 2.4% of ferries", "[2.3,2.5]", "percent")]),
    (
        "Between 2 and 3 million people fled.",
        [("Between 2 and 3 million people", "[2000000,3000000]", "count")],
    ),
    ("The army has 1,000+ tanks.", [("1,000+ tanks", "[1000,inf)", "count")]),
    ("Its 500 or more drones flew.", [("500 or more drones", "[500,inf)", "count")]),
    (
        "Tens of thousands of protesters marched.",
        [("Tens of thousands of protesters", "[10000,1000000)", "count")],
    ),
    ("Twenty-five people were hurt.", [("Twenty-five people", "25", "count")]),
    ("Rebels burned one hundred and six homes.", [("one hundred and six homes", "106", "count")]),
    ("Two thousand civilians fled.", [("Two thousand civilians", "2000", "count")]),
    ("A dozen soldiers fled.", [("A dozen soldiers", "[10.8,13.2]", "count")]),
    ("The war displaced 6 million Ukrainians.", [("6 million Ukrainians", "6000000", "count")]),
    (
        "Congress approved $2 billion in military aid.",
        [("$2 billion in military aid", "2000000000", "money")],
    ),
    ("The \u20ac500m deal was signed.", [("\u20ac500m deal", "500000000", "money")]),
    (
        "The firm paid US$3.2 billion for the stake.",
        [("US$3.2 billion", "3200000000", "money")],
    ),
    ("Almost 40% of voters backed it.", [("Almost 40% of voters", "[36,40]", "percent")]),
    ("Rates rose to 5.25% to 5.5%.", [("5.25% to 5.5%", "[5.25,5.5]", "percent")]),
    ("It reported revenue of $4.1 billion.", [("revenue of $4.1 billion", "4100000000", "money")]),
    ("It had a death toll of 37.", [("death toll of 37", "37", "count")]),
    ("Unemployment fell to 3.5 per cent.", [("3.5 per cent", "3.5", "percent")]),
    (
        "Brazil is the world's fifth-largest country.",
        [("world's fifth-largest country", "rank:5", "rank")],
    ),
    (
        "It is Asia's third most populous city.",
        [("Asia's third most populous city", "rank:3", "rank")],
    ),
    ("Qatar has the world's biggest gas field.", [("world's biggest gas field", "rank:1", "rank")]),
    ("A 72-year-old man was arrested.", [("72-year-old man", "72", "age")]),
    ("She began a two-week tour.", [("two-week tour", "14", "duration")]),
    ("It took three years to build the bridge.", [("took three years to build", "3", "duration")]),
    ("They endured 27 years of military rule.", [("27 years of military rule", "27", "duration")]),
    ("Spain's 1936-39 civil war ended.", [("1936-39 civil war", "[1936,1939]", "period")]),
    (
        "Its 1904\u20131922 monarchy fell.",
        [("1904\u20131922 monarchy", "[1904,1922]", "period")],
    ),
    ("The club paid a $400k fee.", [("$400k fee", "400000", "money")]),
    (
        "Its colonial rule (1858-1947) ended.",
        [("colonial rule (1858-1947)", "[1858,1947]", "period")],
    ),
    (
        "Its 50th anniversary of independence came.",
        [("50th anniversary of independence", "50", "anniversary")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACT)
def test_extracts_quantities(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.written, q.value, q.kind.value) for q in quantities(text)] == expected


# Numbers that are not quantities: dates, times, labels, scores, years, bare durations.
NOT_QUANTITIES = [
    "The summit is on Aug. 18 at Camp David.",
    "It was published 12.04.2023 - Update : 12.04.2023.",
    "Posted on : 2017-11-04 18:06 KST.",
    "The meeting is at 10 a.m. on 26 April 2023.",
    "Resolution 2375 was adopted in September.",
    "Spartak's 3-2 Win on Sunday.",
    "They lost 2-1 in the final.",
    "The G-7 Summit and COVID-19 talks.",
    "The F-35 and the Boeing 747 flew.",
    "He was born in 1961.",
    "The 1945 atomic bombing was recalled.",
    "The deal was signed four years ago.",
    "He spent 27 years in prison.",
    "One of the rallies was large.",
    "Page 12 is missing.",
    "The 5G network and 3D maps.",
    "Shops open 24/7 and the 1990s and 10,5 percent were recalled.",
    "Japan ruled Korea from 1910 to 1945.",
    "The three sides met.",
    "The poll found that 4 in 10 respondents agreed.",
    "One in five adults smoke and 3 out of 4 voters agreed.",
    "She called it \u201cunnecessary\u201d.",
    "",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_does_not_read_dates_labels_or_scores_as_quantities(text: str) -> None:
    assert quantities(text) == []


# (text, subject key): the counted noun (singular) and the context the sentence gives.
SUBJECTS = [
    (
        "Since the start of 2022, North Korea has fired more than 100 missiles.",
        "quantity:missile|verb=fir|agent=country:kp|time=since-2022",
    ),
    (
        "North Korea has fired about 100 missiles since 2022.",
        "quantity:missile|verb=fir|agent=country:kp|time=since-2022",
    ),
    ("The seven rear bases provided to the UN serve.", "quantity:rear base|verb=provid"),
    (
        "Japan's 35-year colonial rule ended.",
        "quantity:colonial rule|kind=duration|unit=year|agent=country:jp",
    ),
    (
        "Apple sold 200 million iPhones in 2022.",
        "quantity:iphone|verb=sel|agent=apple|time=in-2022",
    ),
    (
        "Mr. Lee said the leaders will meet two envoys.",
        "quantity:envoy|verb=meet|mood=irrealis|agent=person:~lee",
    ),
    (
        "Exports fell 12% last year.",
        "quantity:percent|kind=percent|unit=percent|verb=fall|agent=exports|time=in-2022",
    ),
    (
        "India has the world's second-largest army.",
        "quantity:army|kind=rank|rank=largest|scope=world|agent=country:in",
    ),
    (
        "Gsomia, which took four years to negotiate, lapsed.",
        "quantity:negotiat|kind=duration|unit=year|agent=agreement:gsomia",
    ),
    ("Over 300,000 people attended, up from 250,000 in 2019.", "quantity:person|verb=attend"),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_subject_keys_carry_the_context(text: str, subject: str) -> None:
    assert quantities(text)[0].subject == subject


STRENGTHS = [
    ("Since 2022, North Korea has fired more than 100 missiles.", Strength.STRONG),
    ("North Korea has fired more than 100 missiles.", Strength.WEAK),  # no time anchor
    ("More than 100 missiles were seen.", Strength.WEAK),  # no agent
    ("There are two countries.", Strength.BARE),
    ("Exports fell 12% in 2022.", Strength.WEAK),  # a share of nothing named
    ("South Korea boasts the world's sixth-largest army.", Strength.STRONG),
    ("It is the second-largest army.", Strength.BARE),
    ("A 72-year-old man was arrested.", Strength.BARE),
]


@pytest.mark.parametrize(("text", "strength"), STRENGTHS)
def test_only_keys_with_enough_context_are_strong(text: str, strength: Strength) -> None:
    assert quantities(text)[0].strength is strength


# Every quantity the seeds hold, as (seed prefix, written, value).
SEED_QUANTITIES = [
    ("000", "two opposing power blocs", "2"),
    ("000", "world\u2019s sixth-largest conventional military force", "rank:6"),
    ("002", "three leaders", "3"),
    ("002", "three allied nations", "3"),
    ("002", "78th anniversary of Korea\u2019s liberation", "78"),
    ("002", "35-year colonial rule", "35"),
    ("002", "seven rear bases", "7"),
    ("002", "more than 100 missiles", "(100,inf)"),
    ("004", "took four years to negotiate", "4"),
    ("004", "two administrations", "2"),
    ("004", "1910-45 colonial rule", "[1910,1945]"),
    ("004", "two countries", "2"),
]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_quantities(prefix: str) -> None:
    found = [(q.written, q.value) for q in find_quantities(seed(prefix))]
    assert found == [(w, v) for p, w, v in SEED_QUANTITIES if p == prefix]


def test_seed_anniversary_knows_its_event_year_and_the_year_of_writing() -> None:
    [q] = [q for q in find_quantities(seed("002")) if q.kind.value == "anniversary"]
    assert (q.base_year, q.reference_year, q.reference_source) == (1945, 2023, "document-dates")


def test_claims_point_at_their_evidence() -> None:
    doc = seed("002")
    claims = quantity_claims(Analysis(doc))
    [missiles] = [c for c in claims if c.written == "more than 100 missiles"]
    span = missiles.evidence[0]
    assert doc.quote(span) == "more than 100 missiles"
    assert doc.text.splitlines()[span.line - 1][span.column - 1 :].startswith("more than 100")
    d = missiles.details
    assert isinstance(d, QuantityDetails)
    assert (d.low, d.high) == (Fraction(100), None)
    assert (d.low_open, d.high_open) == (True, True)
    assert (d.comparator, d.noun) == ("gt", "missile")
    assert "North Korea has fired" in d.sentence


def test_period_claims_have_their_own_facet() -> None:
    claims = quantity_claims(Analysis(seed("004")))
    [period] = [c for c in claims if c.facet == "period"]
    assert period.value == "[1910,1945]"
    # The owner is the names layer's entity when it resolves "Japan's", else the name's slug.
    assert period.subject in (
        "period:colonial rule|agent=country:jp",
        "period:colonial rule|agent=japan",
    )


# --- robustness and invariants ---

NUMERALS = st.sampled_from(
    ["1", "12", "100", "1,500", "2.5", "1910", "45", "0", "3-2", "10\u201315", "$", "%", "\u20ac"]
)
WORDS = st.sampled_from(
    [
        "more",
        "than",
        "about",
        "some",
        "nearly",
        "up",
        "to",
        "at",
        "least",
        "between",
        "and",
        "or",
        "million",
        "billion",
        "thousand",
        "hundred",
        "dozen",
        "tens",
        "of",
        "thousands",
        "seven",
        "twenty",
        "-",
        "five",
        "year",
        "years",
        "old",
        "took",
        "people",
        "missiles",
        "the",
        "world's",
        "sixth",
        "largest",
        "78th",
        "anniversary",
        "from",
        "since",
        "its",
        "Japan's",
        "North",
        "Korea",
        "fired",
        ".",
        ",",
        "(",
        ")",
        "\u201c",
        "'",
        "percent",
        "rank",
        "\n",
    ]
)


@given(st.lists(NUMERALS | WORDS, max_size=30))
def test_random_numerals_and_words_never_crash(words: list[str]) -> None:
    text = " ".join(words)
    for q in quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.written


@given(st.text(max_size=200))
def test_any_text_never_crashes(text: str) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text)
    for claim in quantity_claims(Analysis(doc)):
        assert claim.evidence[0].end <= len(text)


@given(st.from_regex(r"[a-z]{1,12}", fullmatch=True))
def test_singular_and_stem_are_idempotent(word: str) -> None:
    assert singular(singular(word)) == singular(word)
    assert stem(stem(word)) == stem(word)


def test_data_file_is_sorted_unique_and_well_formed() -> None:
    raw = read_raw()
    for name, table in raw.items():
        if name == "lists":
            for list_name, words in table.items():
                assert words == sorted(words, key=str.casefold), list_name
                assert len(set(words)) == len(words), list_name
        else:
            keys = list(table)
            assert keys == sorted(keys, key=str.casefold), name
    assert set(raw["comparators"].values()) <= {"exact", "gt", "ge", "lt", "le", "approx", "nearly"}
    for low, high in raw["vague"].values():
        assert 0 < low < high
    # Irregular verb forms are the lemmatiser's: the data file keeps no table of its own.
    assert "irregular_verbs" not in raw


def test_data_file_ships_with_the_package() -> None:
    assert (Path(__file__).parent.parent / "crosscheck" / "data" / "quantities_en.toml").is_file()


VIEW = [
    # The layer's tokens one for one (nothing is re-split), a possessive "'s" (tagged POS) joined
    # to its word, whitespace as flags.
    ("Spain's army", [("Spain's", "spain", True), ("army", "army", False)]),
    ("US$2.5bn", [("US$", "us$", False), ("2.5", "2.5", False), ("bn", "bn", False)]),
    (
        "1,500 on 2019-06-30",
        [("1,500", "1,500", False), ("on", "on", False)]
        + [(t, t, False) for t in ("2019", "-", "06", "-", "30")],
    ),
    (
        "the 10th, Sept. 9",
        [
            ("the", "the", False),
            ("10th", "10th", False),  # one token: the ordinal reader reads it whole
            (",", ",", False),
            ("Sept.", "sept", False),
            ("9", "9", False),
        ],
    ),
    (
        "from 1910\u20131945 and 09:45",
        [("from", "from", False)]
        + [(t, t, False) for t in ("1910", "\u2013", "1945", "and", "09:45")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VIEW)
def test_the_token_view_is_built_from_the_layer(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    tokens, _ = view_tokens(annotate(Document(id="t.txt", path="t.txt", text=text)))
    assert [(t.text, t.bare, t.is_possessive) for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)
