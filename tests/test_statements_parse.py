"""Speakers read from the dependency parse: the subject of the reporting verb, its title and
organisation kept beside the name, reported clauses whole, and coreference within an article.

Every sentence is invented (other names, other stories than the evaluation corpora and the seeds).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Corpus, Document, Finding
from crosscheck.statements import Statement, find_statements
from crosscheck.statements.claims import statement_claims, statement_details
from crosscheck.statements.compare import compare_chains, compare_speakers, compare_wording
from crosscheck.statements.normalize import cluster_statements


def statements(text: str) -> list[Statement]:
    return find_statements(Document(id="d.txt", path="d.txt", text=text))


def only(text: str) -> Statement:
    [s] = statements(text)
    return s


# --- who speaks: the subject of the reporting verb, wherever news English puts it ---

SPEAKERS = [
    # inverted order, a title and organisation before the name
    (
        '"The harvest will be late this year," said Orchard Growers Union president Lena Vik.',
        "person:lena-vik",
        "president",
        "Orchard Growers Union",
    ),
    # the name set off by an appositive that holds the title and organisation
    (
        'Omar Quist, chief executive of Harbor Freight Lines, said "the port will reopen soon".',
        "person:omar-quist",
        "chief executive",
        "Harbor Freight Lines",
    ),
    # a spokesperson named for a body
    (
        'Ministry spokesperson Ines Morel said "the border will stay open for trade".',
        "person:ines-morel",
        "spokesperson",
        "Ministry",
    ),
    # the described subject first, the name as its appositive
    (
        '"Nobody was hurt in the blaze," said the fire chief, Arvid Lunde.',
        "person:arvid-lunde",
        "fire chief",
        None,
    ),
    # a participle: the main clause's subject speaks
    (
        'Councillor Rosa Amaral opposed the levy, calling it "a tax on every family".',
        "person:rosa-amaral",
        "Councillor",
        None,
    ),
    # a writing verb
    ('"The bridge is safe," Dr. Kemal Orhan wrote in a letter.', "person:kemal-orhan", "Dr.", None),
    # a joking verb
    ('"I brought an umbrella," joked Mayor Petra Solberg.', "person:petra-solberg", "Mayor", None),
    # a verb of crowing
    (
        '"Nobody thought we could win the seat," crowed Governor Tove Heggem after the vote.',
        "person:tove-heggem",
        "Governor",
        None,
    ),
    # a gerund after a preposition: the subject of the verb the preposition hangs on speaks
    (
        'Senator Aldo Bruni closed the hearing by saying he was "deeply worried" about the dam.',
        "person:aldo-bruni",
        "Senator",
        None,
    ),
    (
        'Judge Mara Lindh adjourned the case after saying the files were "badly incomplete".',
        "person:mara-lindh",
        "Judge",
        None,
    ),
    # quoted words that open the clause a participle reports are the participle's subject's
    (
        'Mayor Ivo Karst criticised the plan, saying "the interests of landlords" had won.',
        "person:ivo-karst",
        "Mayor",
        None,
    ),
]


@pytest.mark.parametrize(("text", "key", "title", "organization"), SPEAKERS)
def test_speaker_is_the_subject_of_the_reporting_verb(
    text: str, key: str, title: str | None, organization: str | None
) -> None:
    s = only(text)
    assert s.speaker is not None
    assert s.speaker.key == key
    assert s.speaker.title == title
    assert s.speaker.organization == organization


# --- reported clauses: the verb's complement, whole; bodies, documents and polls speak too ---

CLAUSES = [
    (
        "Ilse Varga, director of the Lakeside Water Board, said the reservoir was full.",
        "the reservoir was full",
        "person:ilse-varga",
    ),
    (
        "The Fisheries Board said the salmon stocks had recovered in the north.",
        "the salmon stocks had recovered in the north",
        "org:fisheries-board",
    ),
    (
        "The audit found that the hospital had overspent by a wide margin.",
        "the hospital had overspent by a wide margin",
        "unnamed:audit",
    ),
    (
        "Polls show that most residents favour the new tram line.",
        "most residents favour the new tram line",
        "unnamed:polls",
    ),
    (
        "Gustav Ekdahl believes the festival will draw record crowds.",
        "the festival will draw record crowds",
        "person:gustav-ekdahl",
    ),
    (
        "The ferry will sail again on Friday, harbour master Nils Aune said.",
        "The ferry will sail again on Friday",
        "person:nils-aune",
    ),
]


@pytest.mark.parametrize(("text", "written", "key"), CLAUSES)
def test_reported_clause_is_the_complement_of_the_verb(text: str, written: str, key: str) -> None:
    s = only(text)
    assert (s.kind, s.written) == ("indirect", written)
    assert s.speaker is not None
    assert s.speaker.key == key


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Adler declined to say whether the mine would close.",  # an infinitive: no saying
        "Officials asked whether the road would reopen before winter.",  # a question
        "The warden has not said who opened the gate that night.",  # negated
        # "without saying" says nothing
        "It goes without saying that the new stadium will be expensive to run.",
    ],
)
def test_no_statement_from_deeds_questions_or_silences(text: str) -> None:
    assert statements(text) == []


# --- clauses side by side: two sources in one sentence ---

SIDE_BY_SIDE = [
    # a source verb hung on the first clause as its adverbial: the second source's own words
    (
        "Attorney Daniel Frost said the driver had a valid licence, while inspection records"
        " showed that the brakes had failed twice.",
        [
            ("the driver had a valid licence", "person:daniel-frost"),
            ("the brakes had failed twice", "unnamed:inspection-records"),
        ],
    ),
    # a pronoun subject inside the clause is the speaker's own thought: one statement
    (
        "Arne Solberg, the pilot, told investigators he turned back when he thought he saw"
        " smoke over the wing.",
        [
            (
                "he turned back when he thought he saw smoke over the wing",
                "person:arne-solberg",
            )
        ],
    ),
    # one clause reported inside another's is the outer speaker's words
    (
        "Coach Petra Lind said the referee told her that the match would be replayed.",
        [("the referee told her that the match would be replayed", "person:petra-lind")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_BY_SIDE)
def test_two_reported_clauses_side_by_side_are_two_statements(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(s.written, s.speaker.key if s.speaker else None) for s in statements(text)]
    assert got == expected


def test_quoted_words_as_a_passive_agent_belong_to_the_clause_around_them() -> None:
    [s] = statements(
        "Ferry captain Jonas Eik said the old pier was used by “every fisherman on the coast,”"
        " and said it should be rebuilt."
    )
    assert s.written == "every fisherman on the coast,"
    assert s.speaker is not None and s.speaker.key == "person:jonas-eik"
    assert s.clause is not None


# --- quotes: one statement across an interruption; scare quotes and titles are not speech ---


def test_an_interrupted_quote_is_one_statement() -> None:
    s = only('"The dam held," Tove Brekke said, "and the valley is safe."')
    assert s.written == "The dam held, and the valley is safe."
    assert s.speaker is not None and s.speaker.key == "person:tove-brekke"


def test_a_quote_in_a_noun_modifier_is_no_statement_of_the_verb_above() -> None:
    [s] = statements('Mayor Ida Rask said the plan, dubbed "Green Ring", would cost little.')
    assert s.speaker is not None and s.speaker.key == "person:ida-rask"


# --- coreference within an article ---


@pytest.mark.parametrize(
    ("text", "key", "resolution"),
    [
        (
            'Henrik Falk toured the flooded farms. "We will rebuild," Falk said.',
            "person:henrik-falk",
            "short-name",
        ),
        (
            'Governor Alma Torres visited the school. "It must reopen," she said.',
            "person:alma-torres",
            "pronoun",
        ),
        (
            'Oskar Lind met the union. "We have a deal," Mr. Lind told reporters.',
            "person:oskar-lind",
            "short-name",
        ),
    ],
)
def test_short_references_resolve_to_the_full_name_before(
    text: str, key: str, resolution: str
) -> None:
    s = statements(text)[-1]
    assert s.speaker is not None
    assert (s.speaker.key, s.speaker.resolution) == (key, resolution)


# --- across articles: a body and its spokesperson are one speaker ---


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, path=doc_id, text=text)


def findings_of(docs: Sequence[Document]) -> list[Finding]:
    raw = [c for d in docs for c in statement_claims(Analysis(d))]
    claims: list[Claim] = cluster_statements(raw, Corpus(documents=tuple(docs)))
    comparers = {
        "statement.text": compare_wording,
        "statement.speaker": compare_speakers,
        "statement.via": compare_chains,
    }
    by_id = {d.id: d for d in docs}
    return [f for g in align(claims) if g.facet in comparers for f in comparers[g.facet](g, by_id)]


def test_a_speaker_announced_by_a_colon_line_contradicts_nobody() -> None:
    docs = [
        doc("a.txt", "Captain Hilde Moen had one wish for the season:\n“Calm seas and full nets.”"),
        doc("b.txt", "“Calm seas and full nets,” said Captain Tor Aasen."),
    ]
    assert not [f for f in findings_of(docs) if f.category == "contradiction"]


def test_a_body_and_its_spokesperson_are_one_speaker() -> None:
    quote = "the pipeline will be finished before the winter storms"
    docs = [
        doc("a.txt", f'The Energy Ministry said "{quote}".'),
        doc("b.txt", f'Energy Ministry spokesperson Lukas Brandt said "{quote}".'),
    ]
    claims = [c for d in docs for c in statement_claims(Analysis(d))]
    speakers = [c for c in claims if c.facet == "statement.speaker"]
    body = next(c for c in speakers if c.doc_id == "a.txt")
    person = next(c for c in speakers if c.doc_id == "b.txt")
    assert body.value == "org:energy-ministry"
    assert person.value.startswith("person:") and "brandt" in person.value
    assert statement_details(person).speaker_organization_key == "org:energy-ministry"
    assert statement_details(person).speaker_title == "spokesperson"
    verdicts = [(f.facet, f.category) for f in findings_of(docs)]
    assert ("statement.speaker", "contradiction") not in verdicts
    assert ("statement.speaker", "corroborated") in verdicts


def test_two_people_for_one_quote_still_contradict() -> None:
    quote = "the pipeline will be finished before the winter storms"
    docs = [
        doc("a.txt", f'Energy Minister Clara Holt said "{quote}".'),
        doc("b.txt", f'Opposition leader Viktor Sand said "{quote}".'),
    ]
    verdicts = [(f.facet, f.category) for f in findings_of(docs)]
    assert ("statement.speaker", "contradiction") in verdicts


# --- renaming a speaker consistently never changes a verdict ---

GIVEN = ["Anna", "Boris", "Carla", "Dmitri", "Elsa", "Farid", "Greta", "Hugo"]
FAMILY = ["Berg", "Costa", "Dahl", "Eriksen", "Fonseca", "Grimaldi", "Holm", "Ivarsson"]
STORY = [
    (
        "a.txt",
        'Port director {a} said "the new cranes will double the harbour\'s capacity". '
        '"We are ready," {a_short} added.',
    ),
    ("b.txt", '"The new cranes will double the harbour\'s capacity," {b} told reporters.'),
    ("c.txt", '{a} said "the new cranes will double the harbour capacity".'),
]


def verdicts(first: str, last: str, other_first: str, other_last: str) -> list[tuple[str, str]]:
    names = {
        "a": f"{first} {last}",
        "a_short": last,
        "b": f"{other_first} {other_last}",
    }
    docs = [doc(i, t.format(**names)) for i, t in STORY]
    return sorted((f.facet, f.kind.value, f.category) for f in findings_of(docs))


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(GIVEN),
    st.sampled_from(FAMILY),
    st.sampled_from(GIVEN),
    st.sampled_from(FAMILY),
)
def test_renaming_speakers_consistently_never_changes_a_verdict(
    first: str, last: str, other_first: str, other_last: str
) -> None:
    if (first, last) == (other_first, other_last) or last == other_last:
        return  # one person under two roles is a different story
    assert verdicts(first, last, other_first, other_last) == verdicts(
        "Maren", "Tveit", "Jonas", "Rudd"
    )


@pytest.mark.parametrize(
    "text",
    [
        'The troupe staged "The Salt Road Home" at the harbour theatre last week.',
        'Her memoir, "Winter In Tromsø", sold well in the north.',
    ],
)
def test_titles_in_quotation_marks_are_not_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a phrase with no verb, inside the writer's sentence, nobody named for it
        'The union protested at a "total lack of consultation" over the closures in Varberg.',
        'Jurors will sit as the "voice of the valley" when the sentence is decided.',
        # the bare noun object of a verb that reports speech only with "that": the thing agreed
        'The two towns have agreed a "shared bus corridor" to ease traffic on the coast road.',
        'The minister promised "a fresh start for rural clinics" at the launch.',
    ],
)
def test_labels_in_quotation_marks_are_not_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a clause someone may have said stays, speaker unknown
        ('Locals feared "the river will rise again" after the storm.', "the river will rise again"),
        # a quote standing as its own sentence stays
        ('"A long night for everyone."', "A long night for everyone."),
    ],
)
def test_unattributed_clauses_and_whole_sentence_quotes_stay(text: str, written: str) -> None:
    [s] = statements(text)
    assert s.written == written


@pytest.mark.parametrize(
    "text",
    [
        # a question to the reader: nobody is said to think anything
        "Do you think the new coach will turn the season around?",
        "Does anyone believe the ferry will run on time?",
        # a source verb with a verbless phrase, not a clause: no proposition of the source's
        "The auditors found the ledgers incomplete after the merger.",
        "Everyone knew that Varga wanted the old mill gone so he could build flats.",
        # a sentence run on after a source verb's object, past a comma
        "Residents will always remember the floods that hit the valley in May, the new dam will "
        "now protect the farms.",
    ],
)
def test_no_statement_from_questions_small_clauses_or_run_ons(text: str) -> None:
    assert [s for s in statements(text) if s.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a second "that" clause of the same verb is inside its words, not another source's
        (
            "The inquiry concluded that the fire was not an accident but that Moreau wanted the "
            "warehouse empty before the audit.",
            "the fire was not an accident but that Moreau wanted the warehouse empty before the "
            "audit",
        ),
        # a verb of saying keeps its audience as object and its clause
        (
            "The mayor assured the residents the water was safe to drink.",
            "the water was safe to drink",
        ),
        # a subjunctive after "that" is a clause
        ("The nurses' union urged that the ward stay open.", "the ward stay open"),
    ],
)
def test_reported_clauses_kept_whole(text: str, written: str) -> None:
    [s] = [s for s in statements(text) if s.kind == "indirect"]
    assert s.written == written
