"""Direct quotes: which passages are found, with any mix of quote marks, and the word lists."""

# ruff: noqa: RUF001 - typographic quote marks and apostrophes are what these tests are about

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck._data import data_text
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.nlp import annotate
from crosscheck.statements import find_statements, normalize_quote
from crosscheck.statements.claims import statement_claims
from crosscheck.statements.lexicon import DATA_FILE, inflect, lexicon


def doc(text: str, doc_id: str = "d.txt") -> Document:
    return Document(id=doc_id, path=doc_id, text=text)


def quotes_of(text: str) -> list[str]:
    return [s.written for s in find_statements(doc(text)) if s.kind == "direct"]


QUOTES = [
    # seed 000: opens with a straight mark, closes with a curly one
    (
        '"Under these circumstances, a new war on the Korean Peninsula would mean the '
        "extermination of all lives,” said Lee, leader of the party.",
        [
            "Under these circumstances, a new war on the Korean Peninsula would mean the "
            "extermination of all lives,"
        ],
    ),
    # seed 000: opens curly, closes straight, then a second quote in the next sentence
    (
        '“Are there bad intentions and good intentions in eavesdropping?" said Park Jie-won, '
        "an adviser. “The act itself is illegal and bad.”",
        [
            "Are there bad intentions and good intentions in eavesdropping?",
            "The act itself is illegal and bad.",
        ],
    ),
    # seed 003: a closing mark after a space
    (
        "He noted that a “substantial part ” of its terms were “things that have to be done by "
        "China”.",
        ["substantial part", "things that have to be done by China"],
    ),
    # a quote broken by the attribution is one statement
    (
        "“This is a historic day,” Prime Minister Anna Kowalski said, “and the people have spoken.”",
        ["This is a historic day, and the people have spoken."],
    ),
    # multi-sentence quote
    (
        '"We tried. We failed. We will try again," the coach said.',
        ["We tried. We failed. We will try again,"],
    ),
    # British single marks, with an apostrophe inside
    (
        "‘The players’ union is strong,’ he said.",
        ["The players’ union is strong,"],
    ),
    ("'We won't stop,' she said.", ["We won't stop,"]),
    # nested quote stays inside the outer one
    (
        "\"He told me, 'never give up,'\" said Ana Ruiz.",
        ["He told me, 'never give up,'"],
    ),
    # guillemets and low-high German marks
    ("«Nous sommes prêts», a déclaré Marie Dupont.", ["Nous sommes prêts"]),
    ("„Das ist gut“, sagte Schmidt.", ["Das ist gut"]),
    # a quote run on across paragraphs (opened, never closed, reopened)
    (
        "“The first part runs on\n“and continues here,” said the coach, Pedro Alves.",
        ["The first part runs on and continues here,"],
    ),
    # apostrophes and inch marks are not quotes
    ("The union’s 5'11\" striker scored in the 90s.", []),
    # unbalanced marks give nothing, and never fail
    ('She said "yes.', []),
    ('""""', []),
    ("“ ” “ ”", []),
    ("", []),
    # an unattributed one-word quote is a scare quote, not a statement
    ("The so-called “deal” collapsed.", []),
    # a quote marked as a label, or set on the noun after it as its modifier, is no remark
    ("The so-called “peace dividend” never came, critics noted.", []),
    ("Unions rejected the “fair and final” offer from the board.", []),
    ("Critics dismissed the “historic” deal.", []),
    # ... but the same words as a complement are the speaker's
    ("The mayor said the talks were “very productive”.", ["very productive"]),
]


NOT_STATEMENTS = [
    # titles of books, shows and films
    "Her novel “The Salt Road” topped the list, and the show “Night Harbour” was renewed.",
    "He starred in “When the River Sleeps” last year.",
    "The concert, titled “Songs for a Long Winter,” sold out.",
    # byline and credit lines
    "The bridge reopened on Monday after repairs.\n(Reporting by Ana Silva; Editing by Tom Ross)",
    "By Jane Roe, Associated Press Writer\nThe bridge reopened on Monday after repairs.",
    "The bridge reopened on Monday.\nWritten by Jane Roe for “The Harbour Gazette”",
    "The bridge reopened on Monday.\nPhoto credit: Jane Roe / “Harbour Gazette”",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_titles_and_credits_are_not_statements(text: str) -> None:
    assert find_statements(doc(text)) == []


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[str]) -> None:
    assert quotes_of(text) == expected


def test_unattributed_quote_is_kept_with_speaker_unknown() -> None:
    statements = find_statements(
        doc("There were “attempts to eavesdrop on officials” in the files.")
    )
    assert [(s.written, s.speaker) for s in statements] == [
        ("attempts to eavesdrop on officials", None)
    ]


def test_sentences_never_split_inside_a_quote() -> None:
    # The statement reader reads the annotation layer's sentences: a quote of two sentences and
    # its attribution are one sentence, and "Mr." ends none.
    text = "“For Korea, the alliance matters. Cooperation is essential,” he said. Mr. Kim left."
    (statement,) = find_statements(doc(text))
    start, end = statement.sentence
    assert text[start:end] == (
        "“For Korea, the alliance matters. Cooperation is essential,” he said."
    )
    assert [s.text for s in annotate(doc(text)).sents][1:] == ["Mr. Kim left."]


def test_hard_wrapped_text_joins_lines_of_a_paragraph() -> None:
    line = "The minister spoke for an hour about the economy and the budget and then "
    text = (line + "\n") * 3 + '"We will balance the books by next year,"\nshe said.\n\nNext.'
    assert quotes_of(text) == ["We will balance the books by next year,"]


NORMALISED = [
    ("“Are there  bad intentions?” ", "are there bad intentions"),
    ("Don’t STOP—now!", "dont stop now"),
    ("need[s] to act", "needs to act"),
    ("ROK-U.S.-Japan", "rok u s japan"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalize_quote(text: str, expected: str) -> None:
    assert normalize_quote(text) == expected


def test_claim_evidence_is_the_quote_as_printed() -> None:
    d = doc('Intro line.\n"We will not back down," said Maria Gonzalez, the mayor.')
    (text_claim,) = [c for c in statement_claims(Analysis(d)) if c.facet == "statement.text"]
    assert [d.quote(s) for s in text_claim.evidence] == ["We will not back down,"]
    assert text_claim.evidence[0].line == 2
    assert text_claim.value == "we will not back down"
    assert text_claim.details.kind == "direct"


# --- word lists ---
def _string_lists(table: dict[str, object], path: str = "") -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for key, value in table.items():
        if isinstance(value, dict):
            out.extend(_string_lists(value, f"{path}{key}."))
        elif isinstance(value, list) and not path.endswith("irregular."):
            out.append((path + key, value))
    return out


def test_word_lists_are_sorted_unique_and_lowercase() -> None:
    data = tomllib.loads(data_text(DATA_FILE))
    lists = _string_lists(data)
    assert lists
    for name, items in lists:
        assert items == sorted(set(items)), name
        assert all(isinstance(i, str) and i == i.lower().strip() and i for i in items), name


def test_verbs_are_inflected() -> None:
    lex = lexicon("en")
    assert {"says", "said", "saying"} <= set(lex.verb_forms)
    assert lex.verb_forms["warned"] == "warn" and lex.verb_forms["denies"] == "deny"
    assert lex.phrase_forms[("called", "for")] == "call for"
    assert inflect("admit", frozenset({"admit"}), {}) == {
        "admit",
        "admits",
        "admitted",
        "admitting",
    }
    assert lexicon("xx") is lexicon("en")  # an unknown language reads with the English lists


# --- properties ---
MARKS = st.sampled_from(list("\"'“”„‟«»‘’‚‛‹›〝〞＂"))
PIECES = st.one_of(
    MARKS,
    st.sampled_from(
        [
            " ",
            "\n",
            ", ",
            ". ",
            "he said",
            "said Lee",
            "Mr. Kim",
            " according to the Post ",
            "told reporters",
            "She added: ",
            "We will win",
            "(",
            ")",
            "U.S.",
            "—",
        ]
    ),
    st.text(max_size=6),
)


@given(st.lists(PIECES, max_size=40).map("".join))
def test_random_text_never_fails_and_evidence_lies_in_the_text(text: str) -> None:
    d = doc(text)
    for claim in statement_claims(Analysis(d)):
        assert claim.evidence
        for span in claim.evidence:
            assert 0 <= span.start <= span.end <= len(text)
        if claim.facet == "statement.text" and len(claim.evidence) == 1:
            assert d.quote(claim.evidence[0]) == claim.written
