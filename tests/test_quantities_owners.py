"""Numbers with owners: keys read through the parse, durations in words, ages against origin years."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Corpus, Document
from crosscheck.quantities import Quantity, find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import compare_quantities, duration_consistency

PUBLISHED = dt.date(2026, 3, 4)


def quantities(text: str, published: dt.date | None = PUBLISHED) -> list[Quantity]:
    return find_quantities(Document(id="t.txt", path="t.txt", text=text, published=published))


def reading(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """(written, value, unit, agent, recipient) of each figure."""
    return [(q.written, q.value, q.unit or "", q.agent, q.recipient) for q in quantities(text)]


# --- owners of a noun: possessors, "between A and B", "with B", "their" for the subject ---

OWNED = [
    # (text, written, key, value, unit, agent)
    (
        "The 25-year treaty between Norway and Iceland expires next month.",
        "25-year treaty",
        "quantity:treaty|kind=duration|unit=year|agent=country:is+country:no",
        "25",
        "year",
        "country:is+country:no",
    ),
    (
        "Iceland's 25-year treaty with Norway expires soon.",
        "25-year treaty",
        "quantity:treaty|kind=duration|unit=year|agent=country:is+country:no",
        "25",
        "year",
        "country:is+country:no",
    ),
    (
        "Norway and Iceland renewed their 25-year-old treaty on Monday.",
        "25-year-old treaty",
        "quantity:treaty|kind=age|unit=year|agent=country:is+country:no",
        "25",
        "year",
        "country:is+country:no",
    ),
    (
        "The 25th anniversary of the treaty between Norway and Iceland falls in May.",
        "25th anniversary of the treaty",
        "quantity:treaty|kind=anniversary|unit=year|agent=country:is+country:no",
        "25",
        "year",
        "country:is+country:no",
    ),
    (
        "Valdoria celebrated its 40th Independence Day on Tuesday.",
        "40th Independence Day",
        "quantity:independence-day|kind=ordinal|agent=valdoria|year=2026",
        "40",
        "",
        "valdoria",
    ),
    (
        "Ms Lund celebrated her 80th birthday with her family.",
        "80th birthday",
        "quantity:birthday|kind=ordinal|agent=person:~lund",
        "80",
        "",
        "person:~lund",
    ),
]


@pytest.mark.parametrize(("text", "written", "key", "value", "unit", "agent"), OWNED)
def test_owners_come_from_the_parse(
    text: str, written: str, key: str, value: str, unit: str, agent: str
) -> None:
    [q] = quantities(text)
    assert (q.written, q.subject, q.value, q.unit or "", q.agent) == (
        written,
        key,
        value,
        unit,
        agent,
    )


# A common noun among the owners gives no owner at all: "the city" may be any city.
@pytest.mark.parametrize(
    "text",
    [
        "The 10-year agreement between Norway and the city was signed.",
        "Thousands marched on the third day of the talks.",
    ],
)
def test_no_owner_without_names(text: str) -> None:
    assert all(q.agent is None for q in quantities(text))


# --- the verb's roles: who gives (agent) and who receives (recipient) ---

SUPPLY_KEY = "quantity:vessel|verb=supply|agent=country:no|to=country:is"


@pytest.mark.parametrize(
    "text",
    [
        "The twelve vessels that Norway supplies to Iceland will arrive in May.",
        "Norway supplies twelve vessels to Iceland.",
        "Norway supplies Iceland with 12 vessels.",
    ],
)
def test_supplier_and_recipient_align(text: str) -> None:
    [q] = quantities(text)
    assert (q.subject, q.value, q.agent, q.recipient) == (
        SUPPLY_KEY,
        "12",
        "country:no",
        "country:is",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The 12 vessels which Helix Corp sells to Iceland arrived.",
        "Helix Corp sells 12 vessels to Iceland.",
    ],
)
def test_a_seller_named_by_the_model_aligns(text: str) -> None:
    [q] = quantities(text)
    assert (q.subject, q.agent_written) == (
        "quantity:vessel|verb=sel|agent=helix-corp|to=country:is",
        "Helix Corp",
    )


# "to B" after a verb that hands nothing over is a destination; "with B" after one a companion.
@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 400 passengers to Bergen on Monday.",
        "In 2011 Ms Lund founded Vellmar Ferries with two friends.",
    ],
)
def test_no_recipient_without_a_verb_of_giving(text: str) -> None:
    assert [q.recipient for q in quantities(text)] == [None]


def test_a_recipient_is_never_the_supplier() -> None:
    assert reading("Norway will supply Iceland with 12 vessels.") == [
        ("12 vessels", "12", "", "country:no", "country:is")
    ]


# --- durations written as words ---

DURATIONS = [
    ("The talks lasted a fortnight.", "a fortnight", "14", "day", "talk"),
    ("The festival ran for two weeks.", "two weeks", "14", "day", "festival"),
    (
        "The fortnight-long festival opened on Friday.",
        "fortnight-long festival",
        "14",
        "day",
        "festival",
    ),
    ("The two-week festival opened on Friday.", "two-week festival", "14", "day", "festival"),
    # A month is the 28 to 31 days it may hold, so months and days meet.
    (
        "After a month-long strike, the dockers returned.",
        "month-long strike",
        "[28,31]",
        "day",
        "strike",
    ),
    ("The blockade lasted a month.", "a month", "[28,31]", "day", "blockade"),
    (
        "Marovia declared a two-month curfew.",
        "two-month curfew",
        "[56,62]",
        "day",
        "curfew",
    ),
    ("The strike lasted 14 days.", "14 days", "14", "day", "strike"),
]


@pytest.mark.parametrize(("text", "written", "value", "unit", "noun"), DURATIONS)
def test_durations_in_words(text: str, written: str, value: str, unit: str, noun: str) -> None:
    [q] = quantities(text)
    assert (q.written, q.value, q.unit, q.noun, q.kind.value) == (
        written,
        value,
        unit,
        noun,
        "duration",
    )


# One unit of time before "-old" is an age, like "the 10-year-old treaty"; a decade or a century
# said without a number is loose ("a decade-old treaty" may be 12 years old): one unit up to two.
UNIT_AGES = [
    (
        "Chile and Kenya renewed their decade-old treaty on Monday.",
        "decade-old treaty",
        "[10,20)",
        "age",
        "quantity:treaty|kind=age|unit=year|agent=country:cl+country:ke",
    ),
    (
        "The century-old ferry terminal in Tromsvik will close.",
        "century-old ferry terminal",
        "[100,200)",
        "age",
        "quantity:ferry terminal|kind=age|unit=year",
    ),
    (
        "Portugal's year-old coalition collapsed on Friday.",
        "year-old coalition",
        "1",
        "age",
        "quantity:coalition|kind=age|unit=year|agent=country:pt",
    ),
    (
        "Estonia's decade-long border dispute ended in May.",
        "decade-long border dispute",
        "[10,20)",
        "duration",
        "quantity:border dispute|kind=duration|unit=year|agent=country:ee",
    ),
    (
        "The lighthouse strike lasted a decade.",
        "a decade",
        "[10,20)",
        "duration",
        "quantity:strike|kind=duration|unit=year",
    ),
]


@pytest.mark.parametrize(("text", "written", "value", "kind", "subject"), UNIT_AGES)
def test_one_unit_of_time_as_an_age_or_a_loose_length(
    text: str, written: str, value: str, kind: str, subject: str
) -> None:
    [q] = quantities(text)
    assert (q.written, q.value, q.kind.value, q.subject) == (written, value, kind, subject)


# A plural unit with no number ("weeks-long", "centuries-old") says only "several": no figure is
# read, so it never meets "a one-week strike" or "a 300-year-old bridge" as if it were one unit.
@pytest.mark.parametrize(
    "text",
    [
        "A weeks-long strike closed the port of Tromsvik.",
        "Chile's years-long feud with Kenya ended.",
        "The centuries-old bridge at Vellmar collapsed.",
        "The hours-long standoff ended peacefully.",
        "The months-long siege of the harbour town ended.",
    ],
)
def test_several_units_without_a_number_give_no_figure(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize("text", ["He spent a week in Bergen.", "A week later, the ferry left."])
def test_a_unit_alone_is_not_a_duration_of_anything(text: str) -> None:
    assert [q for q in quantities(text) if q.kind.value == "duration"] == []


# --- across articles ---


def verdicts(*texts: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    docs = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=t, published=published)
        for i, t in enumerate(texts)
    }
    claims = [c for d in docs.values() for c in quantity_claims(Analysis(d))]
    return sorted(
        (f.kind.value, f.category) for g in align(claims) for f in compare_quantities(g, docs)
    )


CROSS = [
    # phrased differently, same owners, same figure: they meet
    (
        "The 25-year treaty between Norway and Iceland expires.",
        "Iceland's 25-year treaty with Norway expires.",
        [("agreement", "corroborated")],
    ),
    # same owners, different figures: a contradiction
    (
        "The 25-year treaty between Norway and Iceland expires.",
        "The 30-year treaty between Iceland and Norway expires.",
        [("discrepancy", "contradiction")],
    ),
    # different owners: never aligned
    (
        "The 25-year treaty between Norway and Iceland expires.",
        "The 30-year treaty between Norway and Denmark expires.",
        [],
    ),
    # one side names no owners: never aligned
    (
        "The 25-year treaty between Norway and Iceland expires.",
        "The 30-year treaty expires.",
        [],
    ),
    # the age of an owned thing, in one news cycle: one apart is another way of counting
    (
        "Norway and Iceland renewed their 25-year-old treaty on Monday.",
        "Norway and Iceland renewed their 26-year-old treaty on Monday.",
        [],
    ),
    (
        "Norway and Iceland renewed their 25-year-old treaty on Monday.",
        "Norway and Iceland renewed their 30-year-old treaty on Monday.",
        [("discrepancy", "contradiction")],
    ),
    # an unowned age may be another thing of the story
    (
        "The 25-year-old bridge was closed on Monday.",
        "The 30-year-old bridge was closed on Monday.",
        [],
    ),
    # a length in months and one in days: one length when the days fit the months
    (
        "The two-month curfew in Marovia ended.",
        "The 60-day curfew in Marovia ended.",
        [],
    ),
    (
        "The two-month curfew in Marovia ended.",
        "The 90-day curfew in Marovia ended.",
        [("discrepancy", "contradiction")],
    ),
    (
        "The two-month curfew in Marovia ended.",
        "The two-month curfew in Marovia ended.",
        [("agreement", "corroborated")],
    ),
    # the story's one government, and the offer that stands
    (
        "The rail union wants a 12% raise; the government has offered 4%.",
        "The government has offered 6% and says it will hire staff.",
        [("discrepancy", "contradiction")],
    ),
    (
        "The rail union wants a 12% raise; the government has offered 4%.",
        "The government has offered 4% and says it will hire staff.",
        [("agreement", "corroborated")],
    ),
    # supplier and recipient, phrased two ways, in one news cycle
    (
        "Norway supplies twelve vessels to Iceland.",
        "Norway supplies Iceland with 12 vessels.",
        [("agreement", "corroborated")],
    ),
    (
        "Norway supplies twelve vessels to Iceland.",
        "Norway supplies Iceland with 15 vessels.",
        [("discrepancy", "contradiction")],
    ),
    # another recipient: another fact
    (
        "Norway supplies twelve vessels to Iceland.",
        "Norway supplies Denmark with 15 vessels.",
        [],
    ),
    # ordinals of a yearly occasion: one apart is another way of counting, more is a contradiction
    (
        "Valdoria celebrated its 40th Independence Day on Tuesday.",
        "Valdoria's 41st Independence Day was held on Tuesday.",
        [("agreement", "compatible")],
    ),
    (
        "Valdoria celebrated its 40th Independence Day on Tuesday.",
        "Valdoria's 45th Independence Day was held on Tuesday.",
        [("discrepancy", "contradiction")],
    ),
    (
        "Valdoria celebrated its 40th Independence Day on Tuesday.",
        "Ostrelia celebrated its 45th Independence Day on Tuesday.",
        [],
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), CROSS)
def test_across_articles(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts(a, b) == expected


def test_a_past_occasion_is_not_this_year_s() -> None:
    # The 2019 ceremony recalled in a 2026 article is not keyed by 2026: it never meets the current one.
    assert (
        verdicts(
            "Valdoria celebrated its 40th Independence Day on Tuesday.",
            "Valdoria held its 33rd Independence Day in 2019.",
        )
        == []
    )
    [q] = quantities("Valdoria held its 33rd Independence Day in 2019.")
    assert (q.reference_year, q.strength.value) == (None, "weak")


def test_ordinals_of_other_years_never_meet() -> None:
    docs = {
        "a.txt": Document(
            id="a.txt",
            path="a.txt",
            text="Valdoria celebrated its 40th Independence Day on Tuesday.",
            published=dt.date(2026, 7, 1),
        ),
        "b.txt": Document(
            id="b.txt",
            path="b.txt",
            text="Valdoria celebrated its 45th Independence Day on Tuesday.",
            published=dt.date(2031, 7, 1),
        ),
    }
    claims = [c for d in docs.values() for c in quantity_claims(Analysis(d))]
    assert [f for g in align(claims) for f in compare_quantities(g, docs)] == []


# --- an age against the year the thing came about ---


def derived(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, int]]:
    doc = Document(id="a.txt", path="a.txt", text=text, published=published)
    claims = quantity_claims(Analysis(doc))
    return [
        (f.kind.value, f.category, len(f.observations[0].evidence))
        for f in duration_consistency(Corpus((doc,)), claims)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2026 - 1999 = 27: an age of 25 does not fit, and both evidences are shown
        (
            "The treaty was signed in 1999. Norway and Iceland renewed the 25-year-old treaty.",
            [("discrepancy", "inconsistency", 2)],
        ),
        (
            "Norway and Iceland signed the treaty in 1999. The 27-year-old treaty expires soon.",
            [("agreement", "derived", 2)],
        ),
        # before the day it was signed on, the treaty is a year younger
        (
            "The treaty, signed in 1999, is renewed. The 26-year-old treaty expires soon.",
            [("agreement", "derived", 2)],
        ),
        # two signing years for treaties: which one is aged is unknown
        (
            "One treaty was signed in 1999 and another treaty was signed in 2004. "
            "The 25-year-old treaty expires.",
            [],
        ),
        # no signing year: nothing to derive
        ("The 25-year-old treaty expires.", []),
    ],
)
def test_age_against_origin_year(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert derived(text) == expected


# "decade-old" fits an origin 10 to 19 years before the year of writing (2026), and only that.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed in 2013. Chile and Kenya renewed the decade-old treaty.",
            [("agreement", "derived", 2)],
        ),
        (
            "The treaty was signed in 2020. Chile and Kenya renewed the decade-old treaty.",
            [("discrepancy", "inconsistency", 2)],
        ),
        (
            "The treaty was signed in 1988. Chile and Kenya renewed the decade-old treaty.",
            [("discrepancy", "inconsistency", 2)],
        ),
    ],
)
def test_a_decade_old_thing_against_its_origin_year(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert derived(text) == expected


def test_loose_units_meet_figures_they_cover_and_not_others() -> None:
    assert verdicts(
        "Chile's decade-long civil war ended in May.", "Chile's 13-year civil war ended in May."
    ) == [("agreement", "compatible")]
    assert verdicts(
        "Chile's decade-long civil war ended in May.", "Chile's 25-year civil war ended in May."
    ) == [("discrepancy", "contradiction")]


def test_age_needs_a_publication_date_to_be_called_wrong() -> None:
    text = "The treaty was signed on 3 May 1999. The 25-year-old treaty ended on 1 June 2026."
    assert derived(text, published=None) == []


# --- renaming an owner consistently never changes a verdict ---

COUNTRIES = ["Chile", "Denmark", "Estonia", "Finland", "Iceland", "Kenya", "Norway", "Portugal"]


@settings(max_examples=12)
@given(
    st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True),
    st.sampled_from([25, 30]),
)
def test_renaming_owners_never_changes_a_verdict(pair: list[str], years: int) -> None:
    a, b = pair
    template = (
        "The 25-year treaty between {a} and {b} expires.",
        "The {n}-year treaty between {b} and {a} expires.",
    )
    base = verdicts(*(t.format(a="Norway", b="Iceland", n=years) for t in template))
    renamed = verdicts(*(t.format(a=a, b=b, n=years) for t in template))
    assert renamed == base


@settings(max_examples=12)
@given(
    st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True),
    st.sampled_from([12, 15]),
)
def test_renaming_supplier_and_recipient_never_changes_a_verdict(pair: list[str], n: int) -> None:
    a, b = pair
    template = (
        "{a} supplies twelve vessels to {b}.",
        "{a} supplies {b} with {n} vessels.",
    )
    docs_published = dt.date(2026, 3, 4)
    base = verdicts(
        *(t.format(a="Norway", b="Iceland", n=n) for t in template), published=docs_published
    )
    renamed = verdicts(*(t.format(a=a, b=b, n=n) for t in template), published=docs_published)
    assert renamed == base


@pytest.mark.parametrize(
    ("text", "figure", "agent"),
    [
        # a name before a semicolon is another clause's: the offer has no named owner
        (
            "The Harbour Dockers' Union wants a 9% pay rise; the port authority has offered 4%.",
            "4%",
            None,
        ),
        ("Velmar Robotics hired 120 engineers; the rival plant closed 40 lines.", "40", None),
        # without the semicolon the nearest name before stays the owner
        ("Velmar Robotics hired 120 engineers in March.", "120", "velmar-robotics"),
    ],
)
def test_no_owner_across_a_semicolon(text: str, figure: str, agent: str | None) -> None:
    (q,) = [q for q in quantities(text) if q.written.startswith(figure)]
    assert q.agent == agent


@pytest.mark.parametrize(
    ("text", "figure", "verb", "agent", "anchor"),
    [
        # a relative clause on a noun no verb takes: what the counted ones did, nothing else
        (
            "The town plans a dinner at the Kessel Hall on Sunday for volunteers, including some"
            " 300 helpers who made the journey from Ostby.",
            "some 300",
            "travel",
            None,
            None,
        ),
        # "made the trip" says "travelled" as a main clause too
        (
            "About 900 Harrow Albion supporters made the trip to Lisk.",
            "About 900",
            "travel",
            None,
            None,
        ),
        # a crowd's size in such a clause keys as an attendance
        (
            "The final drew a loud crowd, with 40,000 fans who packed the Kessel Stadium.",
            "40,000",
            "attend",
            None,
            None,
        ),
        # a noun a verb takes itself keeps that verb: the clause only says which ones
        (
            "Police in Ostby arrested 30 protesters who had blocked the bridge on Friday.",
            "30",
            "arrest",
            "ostby",
            "on-2026-02-27",
        ),
    ],
)
def test_a_subject_relative_clause_says_what_was_counted(
    text: str, figure: str, verb: str, agent: str | None, anchor: str | None
) -> None:
    (q,) = [q for q in quantities(text) if q.written.startswith(figure)]
    assert (q.verb, q.agent, q.anchor) == (verb, agent, anchor)


# --- a spokesperson's figure is the body's it speaks for ---

SPOKESPERSON = [
    # (text, agent of the first figure)
    (
        "Some 120 boats were searching the bay, said Mira Tolle, a spokeswoman for the Vesterby"
        " Harbour Board.",
        "vesterby-harbour-board",
    ),
    (
        "Some 120 boats were searching the bay, Mira Tolle, a spokeswoman for the Vesterby Harbour"
        " Board, said.",
        "vesterby-harbour-board",
    ),
    (
        "Some 120 boats were searching the bay, said Mira Tolle, an information officer with"
        " Vesterby Harbour Board.",
        "vesterby-harbour-board",
    ),
    # a professor speaks for herself, and "the board" names no one
    (
        "Some 120 boats were searching the bay, said Mira Tolle, a professor at Vesterby"
        " University.",
        "person:~mira-tolle",
    ),
    (
        "Some 120 boats were searching the bay, said Mira Tolle, a spokeswoman for the board.",
        "person:~mira-tolle",
    ),
]


@pytest.mark.parametrize(("text", "agent"), SPOKESPERSON)
def test_a_spokesperson_s_figure_is_the_body_s(text: str, agent: str) -> None:
    assert quantities(text)[0].agent == agent


# --- a participle phrase between a figure's noun and its verb ---

PARTICIPLE_PHRASE = [
    # (text, the first figure's key)
    (
        "About 90 lifeguards, supported by six boats and a drone, were patrolling the beach on"
        " Saturday.",
        "quantity:lifeguard|verb=patrol|time=on-2026-02-28",
    ),
    (
        "The 40 climbers, stranded on the ridge since Tuesday, were rescued on Thursday.",
        "quantity:climber|verb=rescu|time=on-2026-02-26|asof=2026-03-04",
    ),
    # no verb after the phrase: a list, left as it was
    (
        "Some 200 volunteers, trained in first aid, 40 nurses and 12 doctors arrived.",
        "quantity:volunteer",
    ),
]


@pytest.mark.parametrize(("text", "key"), PARTICIPLE_PHRASE)
def test_a_participle_phrase_does_not_hide_the_verb_and_day(text: str, key: str) -> None:
    assert quantities(text)[0].subject == key


# --- a bare definite institution owns its verb's figure; a standing offer is no running figure ---

INSTITUTION = [
    # (text, written, agent, perfect)
    (
        "The teachers want a 12% raise; the ministry has offered 4%, which the union rejected.",
        "4%",
        "ministry",
        False,
    ),
    ("The cabinet has proposed 300 new rangers for the park.", "300 new rangers", "cabinet", False),
    # two governments in one article: which one is not said
    (
        "The Ostrian government backs the plan. The government has offered 4% to the rail staff.",
        "4%",
        None,
        False,
    ),
    # a plural or a described body says no one
    ("The ministries have offered 4% to the rail staff.", "4%", None, False),
    # not an object of the institution's verb
    ("Some 300 rangers were hired, the government said.", "Some 300 rangers", None, False),
    # a present perfect of another verb still counts up to now
    ("The government has hired 300 rangers.", "300 rangers", "government", True),
]


@pytest.mark.parametrize(("text", "written", "agent", "perfect"), INSTITUTION)
def test_a_bare_institution_owns_its_verb_s_figure(
    text: str, written: str, agent: str | None, perfect: bool
) -> None:
    [q] = [q for q in quantities(text) if q.written == written]
    assert (q.agent, q.perfect) == (agent, perfect)


# --- a name tied by a hyphen to another ("the Kelso-to-Marrow train") is owned by both ---

ROUTE_COMPOUND = [
    ("The Kelso-to-Marrowby ferry was carrying 430 passengers.", "kelso+marrowby"),
    ("The Kelso-Marrowby ferry was carrying 430 passengers.", "kelso+marrowby"),
    ("The ferry from Kelso was carrying 430 passengers.", "kelso"),
]


@pytest.mark.parametrize(("text", "agent"), ROUTE_COMPOUND)
def test_a_hyphen_compound_of_names_owns_jointly(text: str, agent: str) -> None:
    assert quantities(text)[0].agent == agent


# --- a standing position told through its noun: "its offer of", "its demand for" ---


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        # "its" stands for the clause's subject (an institution written bare), not the name before.
        (
            "Talks with Mayor Ida Brenner broke down, when the ministry refused to raise its offer"
            " of a 4% fare cut.",
            "offer",
            "ministry",
        ),
        ("The union repeated its demand for a 9% pay rise.", "demand", "union"),
        ("Halvor Shipping withdrew its offer of 300 new berths.", "offer", "halvor-shipping"),
    ],
)
def test_a_position_told_by_its_noun_is_its_owner_s(text: str, verb: str, agent: str) -> None:
    [q] = quantities(text)
    assert (q.verb, q.agent) == (verb, agent)


def test_a_position_of_no_readable_owner_is_left_as_it_was() -> None:
    [q] = quantities("An offer of a 4% fare cut was on the table.")
    assert q.agent is None


def test_a_noun_of_no_position_keeps_its_verb() -> None:
    [q] = quantities("The ministry welcomed its report of 300 new berths.")
    assert q.verb != "report"


# --- occasions told through "of": "the Nth anniversary of its X", "the Nth edition of its X" ---

OCCASION_OWNERS = [
    # (text, written, subject)
    (
        "Ostrelia marked the 60th anniversary of its independence on Saturday.",
        "60th anniversary of its independence",
        "quantity:independence|kind=anniversary|unit=year|agent=ostrelia",
    ),
    (
        "Chile and Peru marked the 20th anniversary of their border accord.",
        "20th anniversary of their border accord",
        "quantity:border accord|kind=anniversary|unit=year|agent=country:cl+country:pe",
    ),
    # two names a hyphen glues before the noun own it, and leave the noun
    (
        "The 20th anniversary of the Chile-Peru border accord fell on Monday.",
        "20th anniversary of the Chile-Peru border accord",
        "quantity:border accord|kind=anniversary|unit=year|agent=country:cl+country:pe",
    ),
    (
        "The 10-year Chile-Peru border accord expires in June.",
        "10-year Chile-Peru border accord",
        "quantity:border accord|kind=duration|unit=year|agent=country:cl+country:pe",
    ),
    # the Nth edition of an occasion is its Nth occasion
    (
        "Valdoria opened the 14th edition of its lantern festival on Friday.",
        "14th edition of its lantern festival",
        "quantity:lantern-festival|kind=ordinal|agent=valdoria|year=2026",
    ),
    (
        "The 14th edition of Valdoria's lantern festival opened on Friday.",
        "14th edition of Valdoria's lantern festival",
        "quantity:lantern-festival|kind=ordinal|agent=valdoria|year=2026",
    ),
    # the parser hangs the ordinal on the name's first word: still the festival's
    (
        "Valdoria's 14th lantern festival opened on Friday.",
        "14th lantern festival",
        "quantity:lantern-festival|kind=ordinal|agent=valdoria|year=2026",
    ),
    # an edition of no occasion (a paper's) stays an edition
    (
        "The gazette printed its 14th edition of the day.",
        "14th edition",
        "quantity:edition|kind=ordinal",
    ),
]


@pytest.mark.parametrize(("text", "written", "subject"), OCCASION_OWNERS)
def test_an_occasion_told_through_of_keys_as_itself(text: str, written: str, subject: str) -> None:
    [q] = quantities(text)
    assert (q.written, q.subject) == (written, subject)


def test_one_name_before_a_noun_is_no_owner() -> None:
    [q] = quantities("The 10-year Lisbon border accord expires in June.")
    assert q.agent is None


OCCASIONS_ACROSS = [
    (
        "The 10-year Chile-Peru border accord expires in June.",
        "The 12-year border accord between Chile and Peru expires in June.",
        [("discrepancy", "contradiction")],
    ),
    (
        "The 10-year Chile-Peru border accord expires in June.",
        "The 10-year border accord between Peru and Chile expires in June.",
        [("agreement", "corroborated")],
    ),
    (
        "Valdoria opened the 14th edition of its lantern festival on Friday.",
        "Valdoria's 17th lantern festival opened on Friday.",
        [("discrepancy", "contradiction")],
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), OCCASIONS_ACROSS)
def test_occasions_told_two_ways_meet(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts(a, b) == expected


# --- one unit of time said with "a": "after a fortnight of talks", "nearly a fortnight" ---

ONE_UNIT = [
    # (text, written, value, noun)
    ("After a fortnight of talks, the envoys left.", "a fortnight of talks", "14", "talk"),
    ("A month of protests ended on Sunday.", "A month of protests", "[28,31]", "protest"),
    # a comparator before "a" bounds the one unit
    ("The ferry strike lasted nearly a fortnight.", "nearly a fortnight", "[12.6,14]", "strike"),
    (
        "More than a week of talks ended on Sunday.",
        "More than a week of talks",
        "(7,inf)",
        "talk",
    ),
]


@pytest.mark.parametrize(("text", "written", "value", "noun"), ONE_UNIT)
def test_one_unit_of_time_with_a(text: str, written: str, value: str, noun: str) -> None:
    [q] = quantities(text)
    assert (q.written, q.value, q.noun, q.kind.value, q.unit) == (
        written,
        value,
        noun,
        "duration",
        "day",
    )


@pytest.mark.parametrize(
    "text", ["Over a decade of talks ended.", "They spent a week of October in Riga."]
)
def test_a_loose_unit_bounded_or_a_unit_of_no_event_gives_nothing(text: str) -> None:
    assert quantities(text) == []


def test_time_an_event_has_run_never_contradicts_within_a_news_cycle() -> None:
    assert (
        verdicts(
            "After a fortnight of talks, the envoys left.",
            "After three weeks of talks, the envoys left.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2026 - 1991 = 35: the anniversary "of its independence" is checked like "of independence"
        (
            "Ostrelia marked the 35th anniversary of its independence from Valdoria in 1991.",
            [("agreement", "derived", 1)],
        ),
        (
            "Ostrelia marked the 30th anniversary of its independence from Valdoria in 1991.",
            [("discrepancy", "inconsistency", 1)],
        ),
    ],
)
def test_an_owned_anniversary_against_its_year(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert derived(text) == expected


# An anniversary of a thing another sentence dates ("the accord was signed in 1999") is checked
# against that year, as an age is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accord was signed in 1999. Chile and Peru marked the 25th anniversary of the "
            "accord on Monday.",
            [("discrepancy", "inconsistency", 2)],
        ),
        (
            "Chile and Peru signed the accord in 1999. On Monday they marked the 27th "
            "anniversary of their accord.",
            [("agreement", "derived", 2)],
        ),
        # written the year after: within the anniversary's slack, nothing said
        (
            "The accord was signed in 1999. The 26th anniversary of the accord fell on Monday.",
            [],
        ),
        # two signing years: which accord is meant is unknown
        (
            "One accord was signed in 1999 and another accord was signed in 2004. The 25th "
            "anniversary of the accord fell on Monday.",
            [],
        ),
    ],
)
def test_an_anniversary_against_its_thing_s_origin_year(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert derived(text) == expected


# --- the verb's roles in two more tellings: a clause with no pronoun, two objects ---

ROLE_TELLINGS = [
    # (text, subject)
    (
        "The 12 vessels Norway will supply to Iceland arrive in May.",
        "quantity:vessel|verb=supply|mood=irrealis|agent=country:no|to=country:is",
    ),
    # the name right before the figure is the one the verb gives to, not the giver
    (
        "Norway sold Iceland twelve vessels.",
        "quantity:vessel|verb=sel|agent=country:no|to=country:is",
    ),
    (
        "Norway will sell twelve vessels to Iceland.",
        "quantity:vessel|verb=sel|mood=irrealis|agent=country:no|to=country:is",
    ),
    # a clause with no pronoun of a verb that gives nothing: its subject is the doer
    (
        "Officials counted the 40 buses Valdoria sent to Ostrelia.",
        "quantity:buse|verb=send|agent=valdoria",
    ),
]


@pytest.mark.parametrize(("text", "subject"), ROLE_TELLINGS)
def test_roles_in_other_tellings(text: str, subject: str) -> None:
    [q] = quantities(text)
    assert q.subject == subject


def test_a_clause_with_a_clause_of_its_own_is_not_about_the_noun() -> None:
    # "Chile said (they) would arrive": what Chile did is say something, not the trucks.
    [q] = quantities("The 40 trucks Chile said would arrive came on Monday.")
    assert (q.verb, q.agent) == (None, None)
