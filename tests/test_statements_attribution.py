"""Attribution patterns measured by benchmarks/bench_attribution.py, one table per pattern.

Every sentence is invented (other names, other stories than the evaluation corpora and the seeds).
"""

from __future__ import annotations

import pytest

from crosscheck.model import Document
from crosscheck.statements import Statement, find_statements


def statements(text: str) -> list[Statement]:
    return find_statements(Document(id="d.txt", path="d.txt", text=text))


def written(text: str) -> list[str]:
    return [s.written for s in statements(text)]


def speaker_of(text: str, words: str) -> str | None:
    for s in statements(text):
        if words in s.written:
            return s.speaker.label if s.speaker is not None else None
    raise AssertionError(f"no statement with {words!r} in {written(text)}")


# --- quotes that name something are no statements, and leave the clause around them whole ---

NAMING_QUOTES = [
    # a nickname inside a name
    'The dockworkers\' leader, Tomasz "Big Tom" Wierzbicki, retired on Friday.',
    # a title with a subtitle after a colon, and a title with a comma inside its marks
    "The studio confirmed that “Harbour Lights: The Return” opens in spring.",
    "Ilse Brandt starred in “Winter Orchard, ” a film about two sisters.",
    # a verbless phrase naming the noun before it
    "Last year a decree 'On coastal fisheries' was adopted by the council.",
]


@pytest.mark.parametrize("text", NAMING_QUOTES)
def test_a_quote_that_names_something_is_no_statement(text: str) -> None:
    for w in written(text):
        assert w not in ("Big Tom", "Harbour Lights: The Return", "Winter Orchard,")
        assert w != "On coastal fisheries"


def test_a_clause_with_a_nickname_inside_is_reported_speech() -> None:
    text = (
        'It was the same yard where Marek "The Crane" Nowak once worked, the harbour office said.'
    )
    [s] = statements(text)
    assert s.kind == "indirect"
    assert s.written.startswith("It was the same yard where Marek")
    assert s.speaker is not None and s.speaker.label == "the harbour office"


# --- writing, guessing and recommending verbs introduce reported speech ---

VERBS = [
    (
        "The columnist Vera Lindqvist wrote on Sunday that the ferry line would close in May.",
        "the ferry line would close in May",
        "Vera Lindqvist",
    ),
    (
        "Anton Riis speculated that the club might sell its goalkeeper.",
        "the club might sell its goalkeeper",
        "Anton Riis",
    ),
    (
        "The agency recommends that travellers carry water on the mountain road.",
        "travellers carry water on the mountain road",
        "The agency",
    ),
    (
        "Mayor Greta Solberg hopes that the bridge will reopen before the festival.",
        "the bridge will reopen before the festival",
        "Greta Solberg",
    ),
    (
        # the parser hangs the subject of the second clause on the first: it is still the source
        "The harbour is quiet in winter, and local fishermen have said that the catch is "
        "falling every year.",
        "the catch is falling every year",
        "local fishermen",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), VERBS)
def test_writing_and_source_verbs_attribute_their_clause(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker


# --- "he" / "she" stand for the nearest person named as a subject before them ---

PRONOUNS = [
    (
        # nobody has spoken yet: the subject of the sentence before is meant
        "Novelist Clara Jensen posted a letter to her readers. "
        "“The last chapter is finished,” she wrote.",
        "The last chapter is finished",
        "Clara Jensen",
    ),
    (
        # a person named as a subject after the last speaker is nearer than that speaker
        "“The roof held,” said Jonas Feld, a builder. Ruth Amsel toured the site later. "
        "“We were lucky,” she said.",
        "We were lucky",
        "Ruth Amsel",
    ),
    (
        # a title before the name tells that "she" cannot be him
        "Mr. Halvorsen said the pier was safe. Ingrid Moe was not convinced. "
        "“I will check it myself,” she said.",
        "I will check it myself",
        "Ingrid Moe",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRONOUNS)
def test_a_pronoun_speaker_is_the_nearest_named_subject(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker


def test_an_open_quote_does_not_swallow_the_next_speakers_quote() -> None:
    text = (
        "“We trained hard all winter,” Lars Udd said.\n\n"
        "“The young players were ready.\n\n"
        "“The defence held,” said the visiting coach, Pia Krog."
    )
    by_words = {s.written.split()[0]: s for s in statements(text)}
    defence = next(s for s in statements(text) if "defence held" in s.written)
    assert defence.speaker is not None and defence.speaker.label == "Pia Krog"
    assert "The young players were ready" not in defence.written
    assert by_words
