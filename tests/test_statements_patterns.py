"""The attribution patterns of issue 13, item 3, one table row each: who says what, and what is
no statement at all.

Every sentence is invented (other names, other stories than the evaluation corpora and the seeds).
Cross-document patterns (a short quote inside a longer one, translation variants) are in
tests/test_statements_compare.py; speakers read from the parse in tests/test_statements_parse.py.
"""

from __future__ import annotations

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.statements import Statement, find_statements


def statements(text: str) -> list[Statement]:
    return find_statements(Document(id="d.txt", path="d.txt", text=text))


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.kind, s.written, s.speaker.key if s.speaker else None) for s in statements(text)]


# (pattern, text, [(kind, words, speaker key)])
PATTERNS = [
    (
        "writing verb",
        "Novelist Greta Holm wrote that the old mill had inspired her first book.",
        [("indirect", "the old mill had inspired her first book", "person:greta-holm")],
    ),
    (
        "joking verb, inverted",
        '"The soup was the best part of the summit," joked Mayor Ola Brekke.',
        [("direct", "The soup was the best part of the summit,", "person:ola-brekke")],
    ),
    (
        "joking verb, inverted, before a lower-case title the parser joins it to",
        '"At least the goats are happy," joked farmer Piet Andersen.',
        [("direct", "At least the goats are happy,", "person:piet-andersen")],
    ),
    (
        "described ... as",
        'Mayor Ola Brekke described the new toll as "a tax on every commuter".',
        [("direct", "a tax on every commuter", "person:ola-brekke")],
    ),
    (
        "called it",
        'Councillor Ina Falk called it "a reckless gamble with public money".',
        [("direct", "a reckless gamble with public money", "person:ina-falk")],
    ),
    (
        "participle quote: the subject's",
        'Ina Falk rejected the plan, calling it "unnecessary and far too costly".',
        [("direct", "unnecessary and far too costly", "person:ina-falk")],
    ),
    (
        "participle quote: adjectives the subject called the object",
        'Mayor Ida Brekke voted against the tramway, calling the plan "unnecessary and costly".',
        [("direct", "unnecessary and costly", "person:ida-brekke")],
    ),
    (
        "called the object adjectives, the parser hanging them on the object",
        'Councillor Ina Falk called the new levy "unfair and badly timed".',
        [("direct", "unfair and badly timed", "person:ina-falk")],
    ),
    (
        "participle of a verb the parser joined to a clause whose subject cannot speak",
        "The new law comes after Mayor Ebba Strand vetoed the budget in May and then resigned,"
        " telling reporters she was exhausted.",
        [("indirect", "she was exhausted", "person:ebba-strand")],
    ),
    (
        "participle of describing, a body's",
        'The union opposed the cuts, describing them as "an attack on every nurse".',
        [("direct", "an attack on every nurse", "unnamed:union")],
    ),
    (
        "quote interrupted by the attribution: one statement",
        '"The quarry will stay closed," Ina Falk said, "until the inspectors are satisfied."',
        [
            (
                "direct",
                "The quarry will stay closed, until the inspectors are satisfied.",
                "person:ina-falk",
            )
        ],
    ),
    (
        "source verb: polls show",
        "Polls show that most voters in the valley oppose the new quarry.",
        [("indirect", "most voters in the valley oppose the new quarry", "unnamed:polls")],
    ),
    (
        "source verb: X believes",
        "Dr. Otto Lenz believes the drought will cut the harvest by half.",
        [("indirect", "the drought will cut the harvest by half", "person:otto-lenz")],
    ),
    (
        "source verb: X wants",
        "The fishermen's union wants the quota to be raised before the season opens.",
        [
            (
                "indirect",
                "the quota to be raised before the season opens",
                "unnamed:fishermens-union",
            )
        ],
    ),
    (
        "passive: Y was quoted as saying",
        "“We worked hard for this,” Lena Vik was quoted as saying by the agency.",
        [("direct", "We worked hard for this,", "person:lena-vik")],
    ),
    (
        "a verb before a colon that the parser hung on the quote's words",
        "Lena Vik tweeted: “It is over for now, thank you all.”",
        [("direct", "It is over for now, thank you all.", "person:lena-vik")],
    ),
    (
        "a parenthetical attribution around quoted words",
        "The verdict, Ebba Strand said, was “a slap in the face for every tenant.”",
        [("direct", "a slap in the face for every tenant.", "person:ebba-strand")],
    ),
    (
        "a quote broken from its attribution at a line end",
        "“The lighthouse will be relit next spring,”\nharbour master Ebba Strand said.",
        [("direct", "The lighthouse will be relit next spring,", "person:ebba-strand")],
    ),
    (
        "told an audience, the clause parsed as a relative clause of the audience",
        "Skipper Lena Vik told officers she had not seen the buoy.",
        [("indirect", "she had not seen the buoy", "person:lena-vik")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in PATTERNS], ids=[p for p, _, _ in PATTERNS]
)
def test_attribution_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(text) == expected


# (text, the source the statement is attributed through)
ACCORDING_TO_DOCUMENTS = [
    ("According to court records, the landlord had ignored four repair orders.", "court records"),
    ("According to police data, burglaries fell by a third last year.", "police data"),
    ("The ferry will stop in December, according to company filings.", "company filings"),
]


@pytest.mark.parametrize(("text", "source"), ACCORDING_TO_DOCUMENTS)
def test_according_to_a_document_names_the_whole_document_as_the_source(
    text: str, source: str
) -> None:
    [s] = statements(text)
    assert s.kind == "indirect" and s.speaker is None
    assert s.via is not None and s.via.label == source


@pytest.mark.parametrize(
    "text",
    [
        'Her new novel, "Salt Winds Over Harrow", sold out in a week.',  # a book's title
        'The so-called "miracle cure" was withdrawn from shops.',  # a scare quote
        'The "temporary" bridge has stood for twenty years.',  # a label on the noun
        "Reporting by Anna Berg; Editing by Tom Hale",  # a credit line
    ],
)
def test_titles_scare_quotes_and_credits_are_no_statements(text: str) -> None:
    assert statements(text) == []


def test_an_age_beside_the_name_is_no_title() -> None:
    [s] = statements("Ferry boss Lena Vik, 54, said the company would cancel its winter sailings.")
    assert s.speaker is not None
    assert (s.speaker.key, s.speaker.title) == ("person:lena-vik", "Ferry boss")


@pytest.mark.parametrize(
    "verb", ["laughed", "sighed", "mused", "wondered", "recounted", "texted", "disclosed"]
)
def test_verbs_of_manner_and_writing_attribute_a_quote(verb: str) -> None:
    text = f"“The lighthouse will be relit next spring,” Ebba Strand {verb}."
    assert read(text) == [
        ("direct", "The lighthouse will be relit next spring,", "person:ebba-strand")
    ]


def test_a_line_of_speaking_announces_the_quote_after_it_as_a_weaker_reading() -> None:
    [s] = statements(
        "Harbour master Ebba Strand spoke to the crowd.\n“The light will shine again.”"
    )
    assert s.speaker is not None
    assert (s.speaker.key, s.speaker.resolution) == ("person:ebba-strand", "announced")


def test_a_line_about_a_person_without_speech_announces_nobody() -> None:
    [s] = statements("Ebba Strand walked to the pier.\n“The light will shine again.”")
    assert s.speaker is None


def test_an_attribution_on_the_next_line_dates_from_its_own_line() -> None:
    # the verb lies past the quote line's last word: it is read in the line it stands in
    text = "“We won,”\nClub captain Ebba Maria Strand said."
    [s] = find_statements(Analysis(Document(id="d.txt", path="d.txt", text=text)).doc())
    assert s.speaker is not None and s.speaker.key == "person:ebba-maria-strand"
    assert s.verb == "say"


# (what the row shows, text, the speaker key of each statement in text order)
SPEAKER_KINDS = [
    (
        "a name ending in a word of organisations' names speaks as a body",
        "Lumo Airlines said flights to the islands would resume on Friday.",
        ["org:lumo-airlines"],
    ),
    (
        "a name with no body word that a spokesperson speaks for is a body",
        "Tarnvik Ferries said the winter route would close. Demand had fallen, said Lena Holm,"
        " a spokeswoman for Tarnvik Ferries.",
        ["org:tarnvik-ferries", "person:lena-holm"],
    ),
    (
        "... as is one written before a spokesperson's title",
        "Brisk Cargo said the depot would shut. Brisk Cargo spokesman Aldo Venn said staff would"
        " move.",
        ["org:brisk-cargo", "person:aldo-venn"],
    ),
    (
        "a name nothing shows to be a body stays a person's, whatever the model's label",
        'Ina Falk rejected the plan, calling it "unnecessary and far too costly".',
        ["person:ina-falk"],
    ),
    (
        "a name set beside a spokesperson's title is a person's",
        '"The route will close," a ministry spokesman, Ivo Kral, said.',
        ["person:ivo-kral"],
    ),
    (
        "a membership set off after the name is no part of it",
        "Ivo Marsh, of the opposition Verdant Party, told reporters the levy would rise.",
        ["person:ivo-marsh"],
    ),
    (
        "... nor is a firm's group",
        "Velmar Industries, of the Harbour group, said the plant would close.",
        ["org:velmar-industries"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for _, t, e in SPEAKER_KINDS],
    ids=[p for p, _, _ in SPEAKER_KINDS],
)
def test_speaker_kinds(text: str, expected: list[str]) -> None:
    assert [s.speaker.key if s.speaker else None for s in statements(text)] == expected


# A verb of wanting with an object and an infinitive: the parser makes the infinitive a clause
# of the verb when the object can be its subject (a person, a pronoun, a name), so the object is
# the clause's subject. An infinitive it hangs on a thing ("a plan to build ...") is the
# noun's own and no reported clause.
WANTING = [
    (
        "Tenants want the landlord to fix the roof before winter.",
        [("indirect", "the landlord to fix the roof before winter", "unnamed:tenants")],
    ),
    (
        "Mayor Ola Brekke wants Tarnvik Ferries to keep the winter route.",
        [("indirect", "Tarnvik Ferries to keep the winter route", "person:ola-brekke")],
    ),
    ("The council wants a plan to build the bridge by spring.", []),
]


@pytest.mark.parametrize(("text", "expected"), WANTING)
def test_wanting_an_object_to_act(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(text) == expected
