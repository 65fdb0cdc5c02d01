"""Cabinet portfolios: the one kind of role two documents of the same time can contradict on."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck import extract_claims
from crosscheck.model import Finding, FindingKind
from crosscheck.names.portfolios import compatible, portfolio_of

from .test_names_findings import corpus_of, run

JUNE = dt.date(2031, 6, 3)
JUNE_LATER = dt.date(2031, 6, 20)
SEPTEMBER = dt.date(2031, 9, 14)


def contradictions(
    *texts: str, dates: tuple[dt.date | None, ...] = (JUNE, JUNE_LATER)
) -> list[Finding]:
    findings = run(corpus_of(*texts, dates=dates))
    return [
        f
        for f in findings
        if f.facet == "person.role"
        and f.category == "contradiction"
        and f.subject.startswith("person:")
    ]


@pytest.mark.parametrize(
    ("role", "portfolio"),
    [
        ("transport minister", "transport"),
        ("interior minister", "interior"),
        ("interior secretary", "interior"),
        ("finance minister", "finance"),
        ("deputy transport minister", None),
        ("prime minister", None),
        ("security minister", None),  # vague: national or public security
        ("public safety minister", "public safety"),
        ("forestry minister", "forestry"),
        ("trade commissioner", None),
        ("minister", None),
    ],
)
def test_portfolio_of_a_normalised_role(role: str, portfolio: str | None) -> None:
    assert portfolio_of(role) == portfolio


def test_synonym_pairs_are_read_both_ways() -> None:
    assert compatible("finance", "treasury") and compatible("treasury", "finance")
    assert compatible("transport", "transport")
    assert not compatible("transport", "interior")


def test_two_documents_giving_different_portfolios_contradict() -> None:
    texts = (
        "Transport Minister Oskar Lindqvist opened the bridge on Monday.",
        "Oskar Lindqvist, the Minister of Home Affairs, opened the bridge on Monday.",
    )
    [f] = contradictions(*texts)
    assert f.kind is FindingKind.DISCREPANCY
    assert f.subject == "person:~lindqvist-oskar"
    assert "'Transport Minister'" in f.explanation
    assert "'the Minister of Home Affairs'" in f.explanation
    evidence = {
        o.doc_id: [texts[int(o.doc_id[0])][e.start : e.end] for e in o.evidence]
        for o in f.observations
    }
    assert evidence == {"0.txt": ["Transport Minister"], "1.txt": ["the Minister of Home Affairs"]}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one portfolio, two names for it
        (
            "Home Affairs Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Treasury Secretary Mira Castellanos signed the budget.",
            "Finance Minister Mira Castellanos signed the budget.",
        ),
        # one document gives two portfolios: the person may hold both
        (
            "Transport Minister Oskar Lindqvist, who is also interior minister, spoke.",
            "Interior Minister Oskar Lindqvist spoke.",
        ),
        (
            "Oskar Lindqvist, who is transport minister and interior minister, spoke.",
            "Interior Minister Oskar Lindqvist spoke.",
        ),
        (
            "Mira Castellanos, the Minister of Energy and Transport, signed the deal.",
            "Transport Minister Mira Castellanos signed the deal.",
        ),
        # one seat of two portfolios and one of them, or one compatible with one of them
        (
            "Fisheries and Transport Minister Mira Castellanos signed the deal.",
            "Transport Minister Mira Castellanos signed the deal.",
        ),
        (
            "Industry and Trade Minister Mira Castellanos signed the deal.",
            "Economy Minister Mira Castellanos signed the deal.",
        ),
        # a past, acting, deputy, state, shadow or future role is no rival to the seat held now
        (
            "Former Interior Minister Oskar Lindqvist opened the bridge.",
            "Transport Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Acting Finance Minister Mira Castellanos signed the budget.",
            "Trade Minister Mira Castellanos signed the budget.",
        ),
        (
            "Deputy Transport Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "State Minister for Transport Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Shadow Transport Minister Oskar Lindqvist criticised the bridge.",
            "Interior Minister Oskar Lindqvist criticised the bridge.",
        ),
        (
            "Oskar Lindqvist, the interim transport minister, opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Newly appointed Transport Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Transport Minister-designate Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        # a vague portfolio
        (
            "Security Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        # roles in no set of exclusive offices: a person holds several
        (
            "Acme Robotics chairman Oskar Lindqvist opened the plant.",
            "Acme Robotics chief executive Oskar Lindqvist opened the plant.",
        ),
        (
            "President Oskar Lindqvist opened the bridge.",
            "Finance Minister Oskar Lindqvist opened the bridge.",
        ),
        # a head of government who keeps a portfolio, in the same document
        (
            "Prime Minister Oskar Lindqvist, who is also defence minister, spoke.",
            "Defence Minister Oskar Lindqvist spoke.",
        ),
        # the office of a set held in two different organisations
        (
            "Oskar Lindqvist, the president of the Rowing Federation, spoke.",
            "Oskar Lindqvist, the vice president of the Chess Federation, spoke.",
        ),
        # a company's offices with the company named by neither document: two companies' posts
        (
            "Chief executive Oskar Lindqvist opened the plant.",
            "Chief operating officer Oskar Lindqvist opened the plant.",
        ),
        # a finance chief is no operations chief, but neither says of which company
        (
            "The finance chief, Oskar Lindqvist, opened the plant.",
            "The operations chief, Oskar Lindqvist, opened the plant.",
        ),
        # an acting office is not the one held now
        (
            "Port Selwyn Acting Mayor Ines Okoro opened the market.",
            "Deputy Mayor Ines Okoro opened the market.",
        ),
        # force ranks with no force named on either side: two organisations' posts
        (
            "Commander Joel Amani said the road was closed.",
            "Director General Joel Amani said the road was closed.",
        ),
        # a former rank is no rival of the one held now
        (
            "Former Police Commissioner Joel Amani said the road was closed.",
            "Director General Joel Amani said the road was closed.",
        ),
    ],
)
def test_compatible_portfolios_do_not_contradict(first: str, second: str) -> None:
    assert contradictions(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # a head of government holds no portfolio (issue 13, item 4)
        (
            "Prime Minister Oskar Lindqvist opened the bridge.",
            "Finance Minister Oskar Lindqvist opened the bridge.",
            {"prime minister", "finance minister"},
        ),
        (
            "Oskar Lindqvist, the premier, opened the bridge.",
            "Oskar Lindqvist, the transport minister, opened the bridge.",
            {"prime minister", "transport minister"},
        ),
        # offices of one state, one city, one company, one team
        (
            "President Ines Okoro visited the dam.",
            "Vice President Ines Okoro visited the dam.",
            {"president", "vice president"},
        ),
        (
            "Prime Minister Ines Okoro visited the dam.",
            "President Ines Okoro visited the dam.",
            {"prime minister", "president"},
        ),
        (
            "Port Selwyn Mayor Ines Okoro opened the market.",
            "Deputy Mayor Ines Okoro opened the market.",
            {"mayor", "deputy mayor"},
        ),
        (
            "Acme Robotics chief executive Oskar Lindqvist opened the plant.",
            "Acme Robotics chief financial officer Oskar Lindqvist opened the plant.",
            {"chief executive", "chief financial officer"},
        ),
        (
            "Harbour Rovers coach Tomas Reyes praised the fans.",
            "Harbour Rovers captain Tomas Reyes praised the fans.",
            {"coach", "captain"},
        ),
        # "Club president": the club's office, not a country's
        (
            "Club president Tomas Reyes praised the fans.",
            "Harbour Rovers sporting director Tomas Reyes praised the fans.",
            {"club president", "sporting director"},
        ),
        # "finance chief" and "operations chief" are the company's CFO and COO
        (
            "Velmar's finance chief, Oskar Lindqvist, opened the plant.",
            "Velmar's chief operating officer, Oskar Lindqvist, opened the plant.",
            {"chief financial officer", "chief operating officer"},
        ),
        (
            "Velmar's operations chief, Oskar Lindqvist, opened the plant.",
            "Velmar's finance chief, Oskar Lindqvist, opened the plant.",
            {"chief financial officer", "chief operating officer"},
        ),
        # a town's, a team's, a central bank's offices: one person holds one of them at a time,
        # whichever town, team or bank, so neither document need name it
        (
            "Mayor Ines Okoro opened the market.",
            "Deputy Mayor Ines Okoro opened the market.",
            {"mayor", "deputy mayor"},
        ),
        (
            "Mayor Ines Okoro warned residents to leave.",
            "Fire Chief Ines Okoro warned residents to leave.",
            {"mayor", "fire chief"},
        ),
        (
            "Captain Tomas Reyes lifted the cup.",
            "Sporting director Tomas Reyes lifted the cup.",
            {"captain", "sporting director"},
        ),
        (
            "Coach Tomas Reyes lifted the cup.",
            "Captain Tomas Reyes lifted the cup.",
            {"coach", "captain"},
        ),
        (
            "Governor Hana Dvorak announced the cut.",
            "Vice-Governor Hana Dvorak announced the cut.",
            {"governor", "deputy governor"},
        ),
        (
            "Governor Hana Dvorak announced the cut.",
            "Chief Economist Hana Dvorak announced the cut.",
            {"governor", "chief economist"},
        ),
        # the head of a police force holds one rank of it, named by one document at least
        (
            "Harbour District Police Commander Joel Amani said the road was closed.",
            "Director General Joel Amani said the road was closed.",
            {"commander", "director general"},
        ),
        (
            "Police Commissioner Joel Amani said the road was closed.",
            "Director General Joel Amani said the road was closed.",
            {"commissioner", "director general"},
        ),
        # an outgoing head of government holds the seat until a successor takes it
        (
            "Outgoing Prime Minister Marta Ilves conceded defeat.",
            "Foreign Minister Marta Ilves conceded defeat.",
            {"prime minister", "foreign minister"},
        ),
        (
            "The party of outgoing Prime Minister Marta Ilves lost.",
            "The party of outgoing Finance Minister Marta Ilves lost.",
            {"prime minister", "finance minister"},
        ),
        # a state's secretary of state is not its president
        (
            "President Dario Velasco flew to the summit.",
            "Secretary of State Dario Velasco flew to the summit.",
            {"president", "secretary of state"},
        ),
        # one office named with its state in one place and bare in another of one document
        (
            "Kestrian President Ines Okoro arrived. President Ines Okoro then spoke.",
            "Prime Minister Ines Okoro arrived.",
            {"president", "prime minister"},
        ),
    ],
)
def test_exclusive_offices_held_by_one_person_contradict(
    first: str, second: str, values: set[str]
) -> None:
    [f] = contradictions(first, second)
    assert {o.value for o in f.observations} == values
    assert "identity: person:~" in f.explanation  # the decision that makes them one person


def test_portfolios_months_apart_do_not_contradict() -> None:
    texts = (
        "Transport Minister Oskar Lindqvist opened the bridge.",
        "Interior Minister Oskar Lindqvist opened the bridge.",
    )
    assert contradictions(*texts, dates=(JUNE, SEPTEMBER)) == []


@pytest.mark.parametrize("dates", [(JUNE, None), (None, SEPTEMBER), (None, None)])
def test_an_undated_article_is_of_the_coverage_time_for_one_persons_seat(
    dates: tuple[dt.date | None, ...],
) -> None:
    # Nothing in an undated article says its seat is a past or future one: it is the seat held
    # in the coverage it belongs to, so it is set against a dated article's (issue 13, item 4).
    [f] = contradictions(
        "Transport Minister Oskar Lindqvist opened the bridge.",
        "Interior Minister Oskar Lindqvist opened the bridge.",
        dates=dates,
    )
    assert {o.value for o in f.observations} == {"transport minister", "interior minister"}


def test_an_undated_former_seat_is_still_no_rival() -> None:
    texts = (
        "Former Interior Minister Oskar Lindqvist opened the bridge.",
        "Transport Minister Oskar Lindqvist opened the bridge.",
    )
    assert contradictions(*texts, dates=(None, JUNE)) == []


def test_agreeing_documents_beside_a_third_name_only_the_odd_one() -> None:
    [f] = contradictions(
        "Transport Minister Oskar Lindqvist opened the bridge.",
        "Oskar Lindqvist, Transport Minister, opened the bridge.",
        "Interior Minister Oskar Lindqvist opened the bridge.",
        dates=(JUNE, JUNE, JUNE_LATER),
    )
    assert {o.doc_id for o in f.observations} == {"0.txt", "1.txt", "2.txt"}
    assert {o.value for o in f.observations} == {"transport minister", "interior minister"}


def _inconsistencies(*texts: str) -> list[Finding]:
    return [
        f
        for f in run(corpus_of(*texts, dates=(JUNE,) * len(texts)))
        if f.facet == "person.role" and f.category == "inconsistency"
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Vice President Ines Okoro arrived on Monday. President Ines Okoro spoke later.",
            {"president", "vice president"},
        ),
        (
            "Fire Chief Tomas Reyes closed the road. Mayor Tomas Reyes asked people to leave.",
            {"fire chief", "mayor"},
        ),
    ],
)
def test_two_offices_of_one_set_in_one_article_are_an_inconsistency(
    text: str, values: set[str]
) -> None:
    [f] = _inconsistencies(text)
    assert {o.value for o in f.observations} == values
    assert "identity: person:~" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        # one office, written twice
        "President Ines Okoro arrived. President Okoro spoke later.",
        # a past office is no second one held now
        "Former Vice President Ines Okoro is now President Ines Okoro.",
        # two organisations named: two posts
        "Oskar Lindqvist, the president of the Rowing Federation, is also vice president of "
        "the Chess Federation.",
        # two cabinet portfolios may be held together
        "Transport Minister Oskar Lindqvist, who is also interior minister, spoke.",
    ],
)
def test_one_office_or_compatible_posts_in_one_article_are_consistent(text: str) -> None:
    assert _inconsistencies(text) == []


@pytest.mark.parametrize(
    ("first", "second", "written"),
    [
        (
            "Fisheries and Transport Minister Mira Castellanos signed the deal on Monday.",
            "Interior Minister Mira Castellanos signed the deal on Monday.",
            "'Fisheries and Transport Minister'",
        ),
        (
            "Mira Castellanos, the Minister of Energy and Transport, signed the deal on Monday.",
            "Justice Minister Mira Castellanos signed the deal on Monday.",
            "'the Minister of Energy and Transport'",
        ),
    ],
)
def test_one_seat_of_two_portfolios_contradicts_a_third(
    first: str, second: str, written: str
) -> None:
    # "Fisheries and Transport Minister" is one title, one seat: the person holds both
    # portfolios of it and no other, so a third portfolio elsewhere at the same time is a rival.
    [f] = contradictions(first, second)
    assert written in f.explanation


# --- titles as translations write them (issue 13, item 4) ---
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Minister of the Interior Sanna Virtanen visited the flooded town.", "interior minister"),
        ("Sanna Virtanen, the minister of the interior, visited the town.", "interior minister"),
        ("Sanna Virtanen, Minister of Internal Affairs, visited the town.", "interior minister"),
        ("Minister of National Defence Sanna Virtanen visited the base.", "defense minister"),
        ("Sanna Virtanen, Minister for the Environment, visited the lake.", "environment minister"),
        ("Secretary of the Treasury Sanna Virtanen visited the mint.", "treasury secretary"),
    ],
)
def test_a_translated_title_keeps_its_portfolio(text: str, role: str) -> None:
    doc = corpus_of(text).documents[0]
    roles = [c.value for c in extract_claims(doc) if c.facet == "person.role"]
    assert roles == [role]


def test_a_translated_title_agrees_with_the_plain_one_and_contradicts_another() -> None:
    translated = "Sanna Virtanen, Minister of the Interior, visited the flooded town on Monday."
    assert not contradictions(translated, "Interior Minister Sanna Virtanen visited the town.")
    [f] = contradictions(translated, "Finance Minister Sanna Virtanen visited the town.")
    assert "'Minister of the Interior'" in f.explanation
