"""Title-case headlines in the present tense: the verb the small model reads as a noun."""

from __future__ import annotations

import pytest

from crosscheck import nlp
from crosscheck.model import Document
from tests.test_events import frames_of

BODY = (
    "\n\nThe singer Nora Kell and the actor Dana Voss were seen at the Linden Clinic on Monday.\n"
)


def _verbs(headline: str) -> list[tuple[str, str, str]]:
    text = headline + BODY
    doc = nlp.annotate(Document(id="h.txt", path="h.txt", text=text))
    assert doc.text == text
    return [(t.text, t.tag_, t.lemma_) for t in doc if t.idx < len(headline) and t.pos_ == "VERB"]


# headline, its first verb as written, tag and lemma (the tag of the present tense it is in)
HEADLINES = [
    ("Voss Checks into Linden Clinic, Rehires Lawyer", ("Checks", "VBZ", "check")),
    ("Kell Checks into Linden Clinic, Fires Agent", ("Checks", "VBZ", "check")),
    # already read as a verb: left as the model reads it
    ("Nora Kell Checks Into Rehab at Linden Clinic", ("Checks", "VBZ", "check")),
]


@pytest.mark.parametrize(("headline", "verb"), HEADLINES)
def test_a_present_tense_headline_verb_is_a_verb(headline: str, verb: tuple[str, str, str]) -> None:
    assert _verbs(headline)[:1] == [verb]


def test_only_the_first_candidate_is_read_as_the_verb() -> None:
    # "shot" after "farmer" reads as a noun compound too; "neighbours" is the object, never
    # the verb, so the line stays as the model read it.
    assert _verbs("Angry Farmer Shoots Neighbours") == []


def test_the_headline_event_gets_its_frame() -> None:
    found = frames_of("Voss Checks into Linden Clinic, Rehires Lawyer" + BODY)
    assert [(f["group"], f["participants"]) for f in found if f["group"] == "rehab"] == [
        ("rehab", "person:~dana-voss")
    ]
