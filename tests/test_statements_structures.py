"""Attributions the one parse reader reads where news English bends the parse: a parenthetical
"..., X said, ...", an attribution clause the parser did not hang the quote on, a shouted quote
under "recalled", "quoted X as saying", "called for" with a noun, a claim's owner, a "that"
clause the parser hung on an adjunct, and two pieces of one quote around "X said".

A quote inside a reported clause keeps the clause as context; verbs of crying out attribute the
quote they govern.

Every sentence is invented (other names, other stories than the evaluation corpora and the seeds).
"""

from __future__ import annotations

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.statements import Statement, find_statements
from crosscheck.statements.claims import statement_claims, statement_details


def statements(text: str) -> list[Statement]:
    return find_statements(Document(id="d.txt", path="d.txt", text=text))


# (text, kind, written words, speaker as written)
STRUCTURES = [
    # a parenthetical attribution: the words around it are one reported statement
    (
        "The ferry service, Inga Moberg said, will resume on Friday after the storm.",
        "indirect",
        "The ferry service will resume on Friday after the storm",
        "Inga Moberg",
    ),
    # a gerund of shouting under a verb of memory: the quote is the subject's
    (
        'Tove Aas on Monday recalled shouting "Get out of the water, the tide is turning."',
        "direct",
        "Get out of the water, the tide is turning.",
        "Tove Aas",
    ),
    # "quoted X as saying": X speaks, the quoting paper only relays
    (
        'The newspaper quoted a port official as saying "the cranes will stay idle until March."',
        "direct",
        "the cranes will stay idle until March.",
        "a port official",
    ),
    # a phrasal reporting verb with a noun: what is called for is the statement
    (
        "Senator Mira Holt called for an inquiry into the tender.",
        "indirect",
        "an inquiry into the tender",
        "Senator Mira Holt",
    ),
    # a claim given as someone's: its owner speaks, not whoever rejects it
    (
        'The mayor rejected Councillor Ebbe Lund\'s claim that "the bridge is unsafe for buses."',
        "direct",
        "the bridge is unsafe for buses.",
        "Councillor Ebbe Lund",
    ),
    # a claim nobody is named for: the rejecter's words
    (
        'Mayor Una Berg rejected the claim that "the depot will close".',
        "direct",
        "the depot will close",
        "Mayor Una Berg",
    ),
    # an attribution clause after the quote, with a title before the name
    (
        '"The pier is closed," harbour authority spokesman Ivar Dahl said in a statement.',
        "direct",
        "The pier is closed,",
        "spokesman Ivar Dahl",
    ),
    # inverted, after an exclamation
    ('"Nobody warned us!" shouted Arvid Kjell.', "direct", "Nobody warned us!", "Arvid Kjell"),
    # two pieces of one quote around the attribution
    (
        '"We lost the vote," Petra Lind said, "but we will bring the bill back in spring."',
        "direct",
        "We lost the vote, but we will bring the bill back in spring.",
        "Petra Lind",
    ),
    # a "that" clause the parser hangs on the noun of an adjunct ("in its notice that ...")
    (
        "The outage was reported on Monday, but Brightwater Energy still recommends in its"
        " notice that residents boil their water.",
        "indirect",
        "residents boil their water",
        "Brightwater Energy",
    ),
]


@pytest.mark.parametrize(("text", "kind", "written", "speaker"), STRUCTURES)
def test_structures(text: str, kind: str, written: str, speaker: str) -> None:
    (statement,) = statements(text)
    assert (statement.kind, statement.written) == (kind, written)
    assert statement.speaker is not None
    assert statement.speaker.text == speaker
    # every piece is evidence in the text
    for start, end in statement.pieces:
        assert text[start:end] in statement.written


def test_a_parenthetical_leaves_its_attribution_out_of_the_words() -> None:
    text = "The ferry service, Inga Moberg said, will resume on Friday after the storm."
    (statement,) = statements(text)
    assert [text[s:e] for s, e in statement.pieces] == [
        "The ferry service",
        "will resume on Friday after the storm",
    ]


def test_a_reporting_verb_with_its_own_clause_is_no_trailing_attribution() -> None:
    # the verb after the quote reports a clause of its own: the quote is not its words
    text = '"Ready," the pilot called. Ana Vik said the runway was clear of snow.'
    found = {s.written: s.speaker.text if s.speaker else None for s in statements(text)}
    assert found.get("the runway was clear of snow") == "Ana Vik"


# --- one speaker across the paragraphs of a quote ---


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            s.written,
            s.speaker.key if s.speaker else None,
            s.speaker.resolution if s.speaker else None,
        )
        for s in statements(text)
    ]


def test_each_paragraph_of_a_run_on_quote_is_a_statement_of_its_speaker() -> None:
    text = (
        "“We were slow in the first half,” coach Inga Moberg said.\n"
        "“We found our passing game after the break.\n"
        "“Nobody gave up, and that is what I will remember.”"
    )
    assert speakers(text) == [
        ("We were slow in the first half,", "person:inga-moberg", "named"),
        ("We found our passing game after the break.", "person:inga-moberg", "continuation"),
        (
            "Nobody gave up, and that is what I will remember.",
            "person:inga-moberg",
            "continuation",
        ),
    ]


def test_an_open_quote_takes_the_speaker_named_at_the_end_of_its_run() -> None:
    text = (
        "“We were slow in the first half.\n"
        "“In the second half we found our passing game,” coach Inga Moberg said."
    )
    assert [key for _, key, _ in speakers(text)] == ["person:inga-moberg"] * 2


def test_a_sentence_broken_across_paragraphs_stays_one_statement() -> None:
    text = "“The first part of the plan runs on\n“and ends here,” said Inga Moberg."
    assert [w for w, _, _ in speakers(text)] == [
        "The first part of the plan runs on and ends here,"
    ]


def test_a_quote_after_prose_with_no_cue_has_no_speaker() -> None:
    text = (
        "“We were slow in the first half,” Inga Moberg said.\n"
        "The team lost by ten points.\n"
        "“We need to train harder.”"
    )
    assert speakers(text)[-1] == ("We need to train harder.", None, None)


def test_a_quote_on_the_line_after_its_cue() -> None:
    text = 'Harbour master Ivar Dahl told reporters on Monday:\n"The cranes will stay idle."'
    [(written, key, _)] = speakers(text)
    assert (written, key) == ("The cranes will stay idle.", "person:ivar-dahl")


def test_a_colon_line_without_a_reporting_verb_names_no_speaker() -> None:
    text = 'The harbour has three cranes:\n"The cranes will stay idle."'
    assert speakers(text) == [("The cranes will stay idle.", None, None)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The judge had a warning for the landlord:\n\n“Repair the roof or lose the lease.”",
            "unnamed:judge",
        ),
        (
            "The Port Authority issued the following statement:\n“Sailings resume on Friday.”",
            "org:port-authority",
        ),
        (
            "Captain Hilde Moen had one wish for the season:\n“Calm seas and full nets, please.”",
            "person:hilde-moen",
        ),
    ],
)
def test_a_colon_line_announces_its_speaking_subject_as_a_weaker_reading(
    text: str, key: str
) -> None:
    [(_, got, resolution)] = speakers(text)
    assert (got, resolution) == (key, "announced")


def test_a_quote_run_on_to_a_line_that_only_closes_it_is_one_statement() -> None:
    # text set one sentence a line: the second line has the closing mark but no opening one
    text = (
        "The mayor spoke to the crowd.\n"
        "“I told them the truth.\n"
        "In the end he said it was over for the bridge,” said harbour master Ivo Rask."
    )
    assert speakers(text) == [
        (
            "I told them the truth. In the end he said it was over for the bridge,",
            "person:ivo-rask",
            "named",
        )
    ]


def test_a_run_named_at_its_end_overrides_a_carried_speaker() -> None:
    # the open quote alone on its line would continue Lars Vik; its run ends naming Ada Holm
    text = (
        "“The dam held,” said engineer Lars Vik.\n"
        "“It was built to last.\n"
        "In the report she said the river was too high,” said inspector Ada Holm.\n"
        "“We will check it again in spring.”"
    )
    assert speakers(text) == [
        ("The dam held,", "person:lars-vik", "named"),
        (
            "It was built to last. In the report she said the river was too high,",
            "person:ada-holm",
            "named",
        ),
        ("We will check it again in spring.", "person:ada-holm", "continuation"),
    ]


def test_a_reporting_verb_inside_the_quote_does_not_attribute_it() -> None:
    text = (
        "“We lost the vote.\n"
        "In her own words, she said the town had chosen a new road, and that is fine,” said "
        "Marta Olsen, a member of the council."
    )
    assert [(key, how) for _, key, how in speakers(text)] == [("person:marta-olsen", "named")]


# (text, the quoted words compared, the clause kept as context or None)
CLAUSES = [
    # quoted words inside a reported clause: the clause is kept, the quoted words compared
    (
        "Mayor Ana Silva said the talks had been “very productive” for both sides.",
        "very productive",
        "the talks had been “very productive” for both sides",
    ),
    (
        "The ranger warned that the flood “will cut off every farm in the valley”, the Valley "
        "Courier reported.",
        "will cut off every farm in the valley",
        "the flood “will cut off every farm in the valley”",
    ),
    # the quote is the whole clause: no context beyond it
    (
        "Mayor Ana Silva said that “the talks were very productive.”",
        "the talks were very productive.",
        None,
    ),
    # the quote before its verb, and a quote on the verb itself, stand alone
    ("“The talks were good,” Mayor Ana Silva said.", "The talks were good,", None),
    (
        "The minister called for talks “without any conditions” with the union.",
        "without any conditions",
        None,
    ),
]


@pytest.mark.parametrize(("text", "written", "clause"), CLAUSES)
def test_a_quote_inside_a_reported_clause_keeps_the_clause_as_context(
    text: str, written: str, clause: str | None
) -> None:
    (s,) = statements(text)
    assert s.written == written
    assert (text[s.clause[0] : s.clause[1]] if s.clause else None) == clause


def test_the_clause_is_in_the_claim_details_and_the_quoted_words_stay_the_value() -> None:
    text = "Mayor Ana Silva said the talks had been “very productive” for both sides."
    doc = Document(id="d.txt", path="d.txt", text=text)
    (claim,) = [c for c in statement_claims(Analysis(doc)) if c.facet == "statement.text"]
    d = statement_details(claim)
    assert claim.value == "very productive"
    assert [(e.start, e.end) for e in claim.evidence] == [(41, 56)]
    assert d.clause == "the talks had been “very productive” for both sides"
    assert text[d.clause_start : d.clause_end] == d.clause


SHOUTED = [
    # verbs of crying out, pleading or whispering attribute the quote they govern
    (
        "The neighbour said she heard a bang before her son cried out “Call the police, now!”",
        "Call the police, now!",
        "her son",
    ),
    ("“Somebody help us!” the boy cried.", "Somebody help us!", "the boy"),
    ("“Let him go home,” his mother pleaded.", "Let him go home,", "his mother"),
    ("“They are coming back,” the old man whispered.", "They are coming back,", "the old man"),
]


@pytest.mark.parametrize(("text", "written", "speaker"), SHOUTED)
def test_a_cried_or_pleaded_quote_is_its_crier_s(text: str, written: str, speaker: str) -> None:
    (s,) = statements(text)
    assert s.written == written
    assert s.speaker is not None and s.speaker.text == speaker


def test_crying_without_words_is_no_statement() -> None:
    assert statements("She cried when the verdict was read out in the hall.") == []


def test_a_quote_run_on_through_lines_without_marks_is_one_statement() -> None:
    text = (
        "“The river rose faster than any of us expected.\n"
        "We moved the animals first.\n"
        "Then we moved the children,” said farmer Elin Strand."
    )
    assert speakers(text) == [
        (
            "The river rose faster than any of us expected. We moved the animals first. Then we "
            "moved the children,",
            "person:elin-strand",
            "named",
        )
    ]


def test_a_stray_open_quote_swallows_no_later_lines() -> None:
    # no closing mark within reach: the open quote stays its own line's
    text = "“The river rose.\nThe farm was lost.\nThe village was saved.\nHelp came.\nRain ended."
    assert [w for w, _, _ in speakers(text)] == ["The river rose."]


def test_a_quote_run_on_over_six_lines_keeps_its_inner_verbs_inside() -> None:
    # text set one sentence a line: a verb of saying on a middle line is the speaker's story
    text = (
        "“The water came at night.\n"
        "Doors broke.\n"
        "The dogs started to bark.\n"
        "A neighbour ran over and told me the bridge had gone.\n"
        "I carried my mother to the roof.\n"
        "We waited there until morning,” said farmer Elin Strand."
    )
    got = speakers(text)
    assert [(key, resolution) for _, key, resolution in got] == [("person:elin-strand", "named")]
    assert got[0][0].startswith("The water came at night.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first-person words in quoted words set in the writer's sentence: the last speaker's
        (
            "“We never expected to win,” said coach Mira Talvik.\n"
            "The rival club is “finished, leaving us alone at the top of the league.”",
            [
                ("We never expected to win,", "person:mira-talvik", "named"),
                (
                    "finished, leaving us alone at the top of the league.",
                    "person:mira-talvik",
                    "continuation",
                ),
            ],
        ),
        # no first-person word: a verbless label in the writer's sentence, nobody's statement
        (
            "“We never expected to win,” said coach Mira Talvik.\n"
            "The rival club is “in a deep crisis after the sale of the stadium.”",
            [("We never expected to win,", "person:mira-talvik", "named")],
        ),
        # no first-person word, a clause: kept, speaker unknown
        (
            "“We never expected to win,” said coach Mira Talvik.\n"
            "The rival club “has lost its way since the sale of the stadium.”",
            [
                ("We never expected to win,", "person:mira-talvik", "named"),
                ("has lost its way since the sale of the stadium.", None, None),
            ],
        ),
    ],
)
def test_first_person_quoted_words_continue_the_last_speaker(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
