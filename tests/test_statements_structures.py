"""Attributions the one parse reader reads where news English bends the parse: a parenthetical
"..., X said, ...", an attribution clause the parser did not hang the quote on, a shouted quote
under "recalled", "quoted X as saying", "called for" with a noun, a claim's owner, a "that"
clause the parser hung on an adjunct, and two pieces of one quote around "X said".

Every sentence is invented (other names, other stories than the evaluation corpora and the seeds).
"""

from __future__ import annotations

import pytest

from crosscheck.model import Document
from crosscheck.statements import Statement, find_statements


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
