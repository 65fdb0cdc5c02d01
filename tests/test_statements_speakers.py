"""Speakers: named, behind titles and appositives, pronouns and short references resolved."""

# ruff: noqa: RUF001 - typographic quote marks and apostrophes are what these tests are about

from __future__ import annotations

import datetime as dt
import re

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document, Modality, TimeExpression
from crosscheck.statements import Statement, find_statements
from crosscheck.statements.claims import statement_claims


def statements(text: str) -> list[Statement]:
    return find_statements(Document(id="d.txt", path="d.txt", text=text))


def speaker_of(text: str, words: str) -> str | None:
    """The speaker key of the statement whose words contain ``words``."""
    for s in statements(text):
        if words in s.written:
            return s.speaker.key if s.speaker is not None else None
    raise AssertionError(f"no statement with {words!r} in {[s.written for s in statements(text)]}")


SPEAKERS = [
    # seed sentences
    (
        '“Are there bad intentions and good intentions in eavesdropping?" said Park Jie-won, an '
        "adviser to the DP and a former National Intelligence Service chief.",
        "bad intentions",
        "person:park-jie-won",
    ),
    (
        "Park Jie-won, an adviser to the DP and a former National Intelligence Service chief, "
        "said the act “is illegal and bad.”",
        "illegal and bad",
        "person:park-jie-won",
    ),
    (
        "Lee Jae-myung called for “pragmatic diplomacy” by South Korea.\n"
        '"A new war would mean the extermination of all lives,” said Lee, leader of the party.\n'
        "He added: “A trilateral military alliance is not necessary.”",
        "alliance is not necessary",
        "person:lee-jae-myung",
    ),
    (
        "Lee Jae-myung, who chairs the principal opposition party, asserted that a tripartite "
        "alignment could be forming. He suggested that Washington might emerge as a broker.",
        "Washington might emerge",
        "person:lee-jae-myung",
    ),
    (
        "South Korean President Yoon Suk-yeol speaks at a press briefing.\n"
        "“The significance of trilateral security cooperation is growing,” Mr. Yoon said.",
        "significance",
        "person:yoon-suk-yeol",
    ),
    (
        "In an interview, President Moon Jae-in asserted that it was “undesirable” to develop "
        "a military alliance. “I intend to pursue balanced diplomacy,” he said.",
        "balanced diplomacy",
        "person:moon-jae-in",
    ),
    (
        "“The specific details are still being worked out,” Japanese Defense Minister Yasukazu "
        "Hamada told reporters.",
        "specific details",
        "person:yasukazu-hamada",
    ),
    (
        "Korea’s Foreign Ministry said Wednesday that there have been consultations but "
        "“nothing has been set.”",
        "nothing has been set",
        "org:koreas-foreign-ministry",
    ),
    (
        "The opposition DP had urged the government to “immediately demand clear information” "
        "from Washington.",
        "demand clear information",
        "org:dp",
    ),
    # invented stories
    (
        '"We will not back down," said Maria Gonzalez, the mayor of Springfield.',
        "back down",
        "person:maria-gonzalez",
    ),
    (
        "Health Minister Priya Nair said the outbreak was under control. She added that 40 new "
        "cases had been reported.",
        "40 new cases",
        "person:priya-nair",
    ),
    (
        "Opposition leader Tom Harris, a former banker who entered politics in 2010, warned that "
        "the plan would fail.",
        "plan would fail",
        "person:tom-harris",
    ),
    (
        "Labour’s spokeswoman, Jo Hale, added: ‘Voters deserve honesty and a real plan.’",
        "Voters deserve",
        "person:jo-hale",
    ),
    (
        "A spokesperson for the Kremlin, Dmitry Orlov, dismissed the claims as “absurd and "
        "baseless”.",
        "absurd",
        "person:dmitry-orlov",
    ),
    (
        "“The first part runs on\n“and continues here,” said the coach, Pedro Alves.",
        "continues here",
        "person:pedro-alves",
    ),
    (
        "Governor Ruth Adeyemi visited the coast. The governor later said rebuilding would take "
        "years.",
        "rebuilding would take years",
        "person:ruth-adeyemi",
    ),
    (
        "Xinhua quoted a foreign ministry spokesman as saying that China “firmly opposes the "
        "sale”.",
        "firmly opposes",
        "unnamed:foreign-ministry-spokesman",
    ),
    (
        "Officials say the bridge will reopen next week.",
        "bridge will reopen",
        "unnamed:officials",
    ),
    (
        "While military cooperation has been discussed, taking it further will not fly well "
        "with the public, said some experts in Seoul.",
        "will not fly well",
        "unnamed:experts",
    ),
    (
        'Japan calls them by another name and claims them as its "inherent territory" in '
        "official documents. It has been arguing that the islets are occupied illegally.",
        "islets are occupied",
        "name:japan",
    ),
    # a quote standing alone continues the previous speaker
    (
        '"It was chaos," one witness told reporters.\n"People were running everywhere."',
        "running everywhere",
        "unnamed:witness",
    ),
    # initials are one word, with or without their stops (the tokenizer keeps "A.J." whole)
    (
        "“We expect him back for the derby,” Rovers general manager T.J. Marsh said on Friday.",
        "back for the derby",
        "person:tj-marsh",
    ),
    (
        "“We expect him back for the derby,” Rovers general manager TJ Marsh said on Friday.",
        "back for the derby",
        "person:tj-marsh",
    ),
    # a hyphenated given name and a possessive stay with their word
    (
        "Spain's main opposition leader Lee Jae-myung said: “We will not back down.”",
        "not back down",
        "person:lee-jae-myung",
    ),
    # a pronoun with no earlier speaker stays unresolved; a wrong-gender one is skipped
    ("“We will win this fight,” she said.", "win this fight", None),
    (
        "Mr. Okafor said the vote was fair. “We will win this fight,” she said.",
        "win this fight",
        None,
    ),
    # "it" stands for a body described by its kind, never for a group of people
    (
        "The ferry company said the storm had closed the port. It added that refunds would follow.",
        "refunds would follow",
        "unnamed:ferry-company",
    ),
    (
        "Officials said the storm had closed the port. It added that refunds would follow.",
        "refunds would follow",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speakers(text: str, words: str, expected: str | None) -> None:
    assert speaker_of(text, words) == expected


def test_pronoun_resolution_records_its_antecedent() -> None:
    text = "Lee Jae-myung asserted that talks were needed. He warned that time was short."
    second = statements(text)[1]
    assert second.speaker is not None
    assert (second.speaker.text, second.speaker.resolution) == ("He", "pronoun")
    start, end = second.speaker.antecedent or (0, 0)
    assert text[start:end] == "Lee Jae-myung"


def test_headline_short_name_resolves_to_the_full_name_below() -> None:
    text = (
        "President Moon reiterates opposition to the alliance\n"
        "President Moon Jae-in asserted on Nov. 3 that it was “undesirable” to go further."
    )
    assert {s.speaker.key for s in statements(text) if s.speaker} == {"person:moon-jae-in"}


AUDIENCES = [
    (
        "The US is committed to “extended nuclear deterrence” to cope with threats, he told "
        "members of the Foreign Media Club on Tuesday in the capital.",
        "members of the Foreign Media Club",
    ),
    (
        "Chancellor Olaf Brenner told reporters on Monday that the budget would balance.",
        "reporters",
    ),
    ('"It was chaos," one witness told reporters.', "reporters"),
    ("Speaking to students, the dean said tuition would rise next year.", "students"),
    ('"We will win," said Lee.', None),
]


@pytest.mark.parametrize(("text", "expected"), AUDIENCES)
def test_audience(text: str, expected: str | None) -> None:
    assert statements(text)[0].audience == expected


def test_statement_date_comes_from_the_time_layer() -> None:
    text = "Lee said on Tuesday that the alliance was unnecessary."
    tuesday = TimeExpression(
        start=text.index("Tuesday"),
        end=text.index("Tuesday") + 7,
        text="Tuesday",
        value="2023-04-11",
        earliest=dt.date(2023, 4, 11),
        latest=dt.date(2023, 4, 11),
    )
    doc = Document(id="d.txt", path="d.txt", text=text)
    (statement,) = find_statements(doc, times=[tuesday])
    assert statement.date == tuesday


def test_the_date_of_the_report_is_not_the_date_of_the_statement() -> None:
    text = "Lee called for “pragmatic diplomacy”, the Morning Post reported on Wednesday."
    at = text.index("Wednesday")
    wednesday = TimeExpression(start=at, end=at + 9, text="Wednesday", value="2023-04-12")
    doc = Document(id="d.txt", path="d.txt", text=text)
    (statement,) = find_statements(doc, times=[wednesday])
    assert statement.date is None and statement.via is not None


REPORTED = [
    (
        "Lee Jae-myung called for dialogue with the North.",
        "dialogue with the North",
        "person:lee-jae-myung",
    ),
    (
        "The mayor noted that turnout was the lowest in decades.",
        "turnout was the lowest in decades",
        "unnamed:mayor",
    ),
    (
        "Senator Jane Doe warned the bill would raise prices.",
        "the bill would raise prices",
        "person:jane-doe",
    ),
    (
        "President Moon Jae-in asserted on Nov. 3 that the alliance was undesirable.",
        "the alliance was undesirable",
        "person:moon-jae-in",
    ),
    (
        "According to Lee Jae-myung, this trajectory would reflect a broader shift.",
        "this trajectory would reflect a broader shift",
        "person:lee-jae-myung",
    ),
    (
        "The central bank said inflation would ease by the end of the year.",
        "inflation would ease by the end of the year",
        "unnamed:central-bank",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REPORTED)
def test_reported_speech(text: str, words: str, speaker: str) -> None:
    (statement,) = statements(text)
    assert (statement.kind, statement.written) == ("indirect", words)
    assert statement.speaker is not None and statement.speaker.key == speaker


def test_denial_is_a_denied_claim() -> None:
    doc = Document(id="d.txt", path="d.txt", text="Korea denies that a territorial dispute exists.")
    claims = statement_claims(Analysis(doc))
    assert {c.modality for c in claims} == {Modality.DENIED}


def test_speaker_claim_points_at_pronoun_and_antecedent() -> None:
    text = "Health Minister Priya Nair spoke first. “We are ready for the next wave,” she said."
    doc = Document(id="d.txt", path="d.txt", text=text)
    (claim,) = [c for c in statement_claims(Analysis(doc)) if c.facet == "statement.speaker"]
    assert claim.written == "she"
    assert [doc.quote(s) for s in claim.evidence] == ["she", "Priya Nair"]
    # the names layer may key her by its own convention ("person:~nair-priya"): compare the words
    assert set(re.split(r"[\W_]+", claim.value.split(":", 1)[1])) - {""} == {"priya", "nair"}
    assert claim.details.speaker_resolution in ("pronoun", "mention")


@pytest.mark.parametrize(
    "text",
    [
        "The report, published on Tuesday, said emissions rose.",  # a report is no speaker
        "The claim underscored misgivings about the future.",
        "Earlier, it was reported that the leaders would meet.",  # passive
        "He declined to say whether talks would resume.",  # infinitive
    ],
)
def test_no_statement_without_a_speaker(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Author Helen Marsh signed the books.\nThe publisher Karl Dunn opened the fair.\n"
            "Marsh penned a letter to her fans.\n“The sequel is coming soon,” she wrote.",
            "person:helen-marsh",
        ),
        (
            "Dr. Petra Lindqvist runs the observatory.\nThe observatory director Tomas Berg "
            "opened the dome.\nLindqvist posted a note to visitors.\n“The comet will be visible "
            "on Friday,” she wrote.",
            "person:petra-lindqvist",
        ),
    ],
)
def test_a_surname_subject_the_model_tags_otherwise_is_still_the_nearest_person(
    text: str, expected: str
) -> None:
    # the model tags the lone surname ORG; it short-names the person named in full before
    (s,) = statements(text)
    assert s.speaker is not None
    assert (s.speaker.key, s.speaker.resolution) == (expected, "pronoun")
