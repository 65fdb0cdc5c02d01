"""What a figure counts: parts of a whole, amount verbs and their subjects, crowd sizes."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities import Quantity, find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import compare_quantities

PUBLISHED = dt.date(2023, 9, 4)


def quantities(text: str) -> list[Quantity]:
    return find_quantities(Document(id="t.txt", path="t.txt", text=text, published=PUBLISHED))


def readings(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(q.written, q.value, q.noun, q.verb) for q in quantities(text)]


# "N of M <noun>": the part N counts the noun and takes the verb; the whole M is read too, as the
# size of the group (keyed ``part=whole``, see below), with no verb of the part's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven of 16 carriages left the tracks.",
            [
                ("Seven of 16 carriages", "7", "carriage", "leav"),
                ("16 carriages", "16", "carriage", None),
            ],
        ),
        (
            "At least 5 of the 12 lorries overturned.",
            [
                ("At least 5 of the 12 lorries", "[5,inf)", "lorry", "overturn"),
                ("12 lorries", "12", "lorry", None),
            ],
        ),
        (
            "Four of the province's 11 districts were flooded.",
            [
                ("Four of the province's 11 districts", "4", "district", "flood"),
                ("11 districts", "11", "district", None),
            ],
        ),
        # "one of" names no count of its own; the whole still is one.
        (
            "One of the 37 pilgrims injured was a child.",
            [("37 pilgrims", "37", "pilgrim", "injur")],
        ),
        ("100 of the 300 were freed.", []),
        ("Two of them died.", []),
    ],
)
def test_part_of_a_whole_counts_the_part(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert readings(text) == expected


# The whole of "N of the M <noun>" and "an M-member <noun>" is the size of a group: keyed apart
# from every part and every count of what the group did, and compared only within a news cycle
# (a weak key), never when it is a running total or a cut the writer chose.
@pytest.mark.parametrize(
    ("text", "written", "subject", "news_cycle"),
    [
        (
            "Nine of the 14 jurors voted to acquit the former mayor.",
            "14 jurors",
            "quantity:juror|part=whole",
            True,
        ),
        (
            "Only two of Halvor Shipping's 25 tankers passed the inspection.",
            "25 tankers",
            "quantity:tanker|part=whole|agent=halvor-shipping",
            True,
        ),
        # the part opens its clause after a comma or "when": the whole is still read
        (
            "The ferry sank on Monday, with three of its 12 crew members missing.",
            "12 crew members",
            "quantity:crew member|part=whole",
            True,
        ),
        (
            "The bus was full when two of its 40 seats broke loose.",
            "40 seats",
            "quantity:seat|part=whole",
            True,
        ),
        (
            "The vote split the town's nine-member council.",
            "nine-member council",
            "quantity:council member|part=whole",
            True,
        ),
        # a participle after the noun names the group; a running total (the injured) grows
        (
            "Three of the 52 delegates invited declined to come.",
            "52 delegates",
            "quantity:delegate|part=whole|verb=invit",
            True,
        ),
        (
            "Four of the 19 miners injured remain in hospital.",
            "19 miners",
            "quantity:miner|part=whole|verb=injur",
            False,
        ),
    ],
)
def test_the_whole_is_the_size_of_a_group(
    text: str, written: str, subject: str, news_cycle: bool
) -> None:
    [q] = [q for q in quantities(text) if q.whole]
    assert (q.written, q.subject, q.news_cycle) == (written, subject, news_cycle)


@pytest.mark.parametrize(
    "text",
    [
        "Three of the 10 largest lenders cut their rates.",  # a cut, not a group
        "Two of the top 20 seeds lost on Monday.",  # a common word before the whole
        "Five of about 40 ferries were cancelled.",  # a rough whole
        # a part done by someone is of that doer's tally, not of a group the story has
        "Ilse Brandt made 9 of her 14 shots in the final.",
        "Oskar Lind completed 21 of 30 passes.",
        "The tally showed Vero Amsel landing 140 of 310 punches.",
        # a part after a verb of its clause: a loose grouping, not the story's group
        "Teodor Hahn was one of four climbers who tried the north face.",
    ],
)
def test_no_whole_is_read_from_a_cut_or_a_rough_figure(text: str) -> None:
    assert not [q for q in quantities(text) if q.whole]


# Amount verbs share one key; a sum of money takes the noun of the clause's subject.
@pytest.mark.parametrize(
    ("text", "noun", "verb", "agent"),
    [
        ("Exports totalled $3.2 billion last year.", "export", "total", None),
        ("Bilateral trade reached $5 billion in 2022.", "trade", "total", None),
        ("Trade between the two nations stood at $4 billion in 2022.", "trade", "total", None),
        (
            "The trade between Chile and Peru amounted to $2 billion.",
            "trade",
            "total",
            "country:pe",
        ),
        ("Revenue came to $2 billion.", "revenue", "total", None),
        ("Orvan's revenue hit $1 billion in 2021.", "revenue", "total", "orvan"),
        ("In 2022, imports totalled $3bn.", "import", "total", None),
        # not an amount verb, or no subject noun: the money stays generic ("the ministry", one bare
        # institution of the article, owns it)
        ("The ministry spent $3 billion.", "money", "spend", "ministry"),
        ("Police said the thieves reached $5 million.", "money", "total", None),
    ],
)
def test_amount_verbs_and_their_subjects(
    text: str, noun: str, verb: str, agent: str | None
) -> None:
    [q] = [q for q in quantities(text) if q.kind.value == "money"]
    assert (q.noun, q.verb, q.agent) == (noun, verb, agent)


def test_amount_verbs_align_across_outlets() -> None:
    texts = [
        "Rice exports from Vadria reached $4 billion in 2022, the ministry said.",
        "Rice exports from Vadria totalled $4 billion in 2022.",
    ]
    docs = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=t, published=PUBLISHED)
        for i, t in enumerate(texts)
    }
    claims = [
        c for d in docs.values() for c in quantity_claims(Analysis(d)) if c.facet == "quantity"
    ]
    subjects = {c.subject for c in claims if c.details.kind == "money"}
    assert len(subjects) == 1
    groups = [g for g in align(claims) if g.subject in subjects]
    kinds = [f.kind.value for g in groups for f in compare_quantities(g, docs)]
    assert kinds == ["agreement"]


# Crowd nouns are one key; "in front of N", "a crowd of N" and watching verbs key as "attend".
@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The derby was played in front of 52,000 fans.", "attendance", "attend"),
        ("Her late goal silenced a crowd of 30,000.", "attendance", "attend"),
        ("Some 20,000 spectators watched the race.", "attendance", "attend"),
        ("Police arrested 300 fans.", "attendance", "arrest"),
        ("About 500 employees were laid off.", "worker", "lay"),
    ],
)
def test_crowd_sizes_share_a_key(text: str, noun: str, verb: str) -> None:
    [q] = quantities(text)
    assert (q.noun, q.verb) == (noun, verb)


# "N of its/the X" with no whole counted: a count of the part, keyed by the noun (the whole unread).
# A thing's pieces that open their clause ("its", "the ferry's") are what the clause did, a plain
# count; a person's ("his", a name's) stay a part of a tally.
@pytest.mark.parametrize(
    ("text", "expected", "part"),
    [
        (
            "Nine of its carriages overturned near the bridge.",
            [("Nine of its carriages", "9", "carriage", "overturn")],
            False,
        ),
        (
            "Seven of the ferry's lifeboats were lowered into the water.",
            [("Seven of the ferry's lifeboats", "7", "lifeboat", "lower")],
            False,
        ),
        (
            "Three of his passes found the winger.",
            [("Three of his passes", "3", "pass", "find")],
            True,
        ),
        (
            "Two of his team's buses broke down.",
            [("Two of his team's buses", "2", "buse", "break")],
            True,
        ),
        (
            "The operator said that six of the ferry's lifeboats were missing.",
            [("six of the ferry's lifeboats", "6", "lifeboat", "mis")],
            False,
        ),
        ("Two of them died.", [], True),
        ("Two of the injured died.", [], True),
    ],
)
def test_part_of_an_uncounted_whole_counts_the_part(
    text: str, expected: list[tuple[str, str, str, str | None]], part: bool
) -> None:
    assert readings(text) == expected
    assert all(q.part is part for q in quantities(text))


# A modifier that says when or how things were meant is not what is counted; one that says which
# things ("new cases", "registered voters") stays in the key.
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Clinics in Harlow postponed 400 scheduled operations on Monday.", "operation"),
        ("Clinics in Harlow postponed 400 operations on Monday.", "operation"),
        ("The ministry cancelled 12 planned flights to Osterby on Friday.", "flight"),
        ("Health officials in Harlow reported 300 new cases on Monday.", "new case"),
        ("Some 52,000 registered voters turned out in Harlow on Sunday.", "registered voter"),
    ],
)
def test_counted_noun_keeps_only_modifiers_that_say_which(text: str, noun: str) -> None:
    assert [q.noun for q in quantities(text)] == [noun]


# A club's name that ends in a plural word ("Rovers", "Hawks") says whose the fans are: the fans
# are what is counted, and a plural name before a verb stays the counted noun.
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("About 2,400 Osterby Rovers fans travelled to Harlow.", "osterby rovers fan"),
        (
            "Nearly 500 Kestria Hawks supporters were stranded at the port.",
            "kestria hawks supporter",
        ),
        ("Some 200 Ukrainians fled the border town.", "ukrainian"),
        ("About 40 Democrats voted against the bill.", "democrat"),
    ],
)
def test_a_plural_name_before_a_counted_noun_names_its_owner(text: str, noun: str) -> None:
    assert [q.noun for q in quantities(text)] == [noun]


# A verb that reports words only with "that" or a colon ("demand", "promise") is a deed's verb
# when the figure is its bare object; after "that" the figure is the reported clause's.
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The dockers' union is demanding a 12% pay rise.", "demand"),
        ("The dockers' union wants a 12% pay rise.", "want"),
        ("The mayor of Harlow promised 300 new homes.", "promi"),
        ("The union demanded that 300 porters be hired.", "hir"),
    ],
)
def test_a_that_verb_with_a_bare_figure_is_its_verb(text: str, verb: str) -> None:
    assert [q.verb for q in quantities(text)] == [verb]


# "since X" after a first or a superlative is that one's reference point, not the figures' date.
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "The Harlow board met on Thursday, its first meeting since March, and "
            "four of its nine members voted for the plan.",
            "on-2023-08-31",
        ),
        (
            "Exports from Osterby rose 4% in July, the biggest gain since 2019.",
            "in-2023-07",
        ),
        ("Since 2019, 500 people have died on the Harlow road.", "since-2019"),
    ],
)
def test_since_after_a_first_or_superlative_is_no_anchor(text: str, anchor: str) -> None:
    # (the whole, "its nine members", is the size of the board: it takes no time of its own)
    assert [q.anchor for q in quantities(text) if not q.whole] == [anchor]


# "up from N", "down from N": the earlier value of the figure before it, with that figure's noun,
# verb and owner but only a time written after the cue; with none it is keyed ``then=earlier`` and
# may never contradict (a weak key outside any news cycle).
@pytest.mark.parametrize(
    ("text", "written", "subject", "strength"),
    [
        (
            "Ridership on the Kessel tramway rose to 41% in March, up from 35% in February.",
            "35%",
            "quantity:percent|kind=percent|unit=percent|verb=rise|agent=kessel|time=in-2023-02",
            "weak",
        ),
        (
            "Harwick Ferries carried 2.4 million cars in 2022, up from 1.9 million a year earlier.",
            "1.9 million",
            "quantity:car|verb=carry|agent=harwick-ferries|then=earlier",
            "weak",
        ),
        (
            "The Green League won 14 seats on Sunday, down from 21.",
            "21",
            "quantity:seat|verb=win|agent=green-league|then=earlier",
            "weak",
        ),
    ],
)
def test_an_earlier_value_keeps_its_own_time(
    text: str, written: str, subject: str, strength: str
) -> None:
    [q] = [q for q in quantities(text) if q.earlier]
    assert (q.written, q.subject, q.strength.value, q.news_cycle) == (
        written,
        subject,
        strength,
        False,
    )


def test_an_earlier_value_never_meets_the_current_one() -> None:
    # the current value's day ("on Sunday") is not the earlier value's
    current, earlier = quantities("Turnout in Osterby was 58% on Sunday, down from 61%.")
    assert current.value == "58" and earlier.value == "61"
    assert current.subject != earlier.subject
    assert "then=earlier" in earlier.subject


def _verdicts(texts: list[str]) -> list[tuple[str, str]]:
    """Return (subject, category) of every quantity finding across one article per text."""
    docs = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=t, published=PUBLISHED)
        for i, t in enumerate(texts)
    }
    claims = [
        c for d in docs.values() for c in quantity_claims(Analysis(d)) if c.facet == "quantity"
    ]
    return sorted(
        (g.subject, f.category) for g in align(claims) for f in compare_quantities(g, docs)
    )


def test_two_wholes_of_one_group_disagree_in_a_news_cycle() -> None:
    verdicts = _verdicts(
        [
            "Six of the nine judges of the Orlen tribunal signed the ruling.",
            "The ruling split the tribunal: three of the 11 judges refused to sign it.",
        ]
    )
    assert ("quantity:judge|part=whole", "contradiction") in verdicts


def test_a_part_never_contradicts_a_whole() -> None:
    # the part (six judges signed) and the other outlet's whole (nine judges) are two keys
    verdicts = _verdicts(
        [
            "Six of the nine judges signed the ruling.",
            "Nine judges signed the ruling.",
        ]
    )
    assert not [v for v in verdicts if v[1] == "contradiction"]


def test_an_earlier_value_never_contradicts_a_current_one() -> None:
    verdicts = _verdicts(
        [
            "Turnout in Osterby was 58% on Sunday, down from 61%, the Osterby election board said.",
            "Turnout in Osterby was 61% on Sunday, the Osterby election board said.",
        ]
    )
    assert not [v for v in verdicts if v[1] == "contradiction"]
