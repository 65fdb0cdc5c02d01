"""Event frames placed or opened by more kinds of sentence: a "when" clause's place, an
incident's damaged site, and more event words and office constructions."""

from __future__ import annotations

import pytest

from tests.test_events import frames_of

# sentence, class, participants, place, the words that name the event
FRAMES = [
    # a "when"/"while"/"as" clause and the clause it hangs off tell one occasion, so one place
    (
        "A retired nurse was crossing a street in Dundee when a van struck and killed her.",
        "death",
        "",
        "place:~dundee",
        ["struck", "killed"],
    ),
    (
        "Two hikers were resting near Lake Bled when a rockslide killed them.",
        "death",
        "",
        "region:~lake-bled",
        ["killed"],
    ),
    (
        "Police arrested a man as he was leaving a bank in Lyon.",
        "arrest",
        "",
        "place:lyon",
        ["arrested"],
    ),
    # what an incident damages is where it happened
    (
        "The Grand Hotel in Brighton was destroyed by fire on Sunday.",
        "accident",
        "",
        "place:~grand-hotel",
        ["fire"],
    ),
    (
        "A blaze ravaged the Carlton Theatre in Glasgow overnight.",
        "accident",
        "",
        "organization:~carlton-theatre",
        ["blaze"],
    ),
    # a relative clause whose subject is the event noun places it; of the damaged site only its
    # own name and place phrases count
    (
        "Police said a fire which destroyed a Tesco supermarket in Kendal was suspicious.",
        "accident",
        "",
        "place:~kendal",
        ["fire"],
    ),
    (
        "A fire that ripped through a warehouse in Leeds is being treated as arson.",
        "accident",
        "",
        "place:~leeds",
        ["fire"],
    ),
    # the doer of an event said of someone ("agents"): the copula carries who, where and when
    (
        "Actor Liam Brooks will be the host of the 30th Golden Reel Awards in Toronto.",
        "meeting",
        "person:~brooks-liam",
        "place:toronto",
        ["be", "host"],
    ),
    (
        "Canada was host to the talks between Anna Berg and Olaf Lind.",
        "meeting",
        "person:~anna-berg+person:~lind-olaf",
        "country:ca",
        ["was", "host", "talks"],
    ),
    # an event noun naming the kind of place a stay goes to: the place is the object of the verb
    (
        "Actress Mia Dorne entered well-known Malibu rehab center Serenity Treatment Center.",
        "rehab",
        "person:~dorne-mia",
        "organization:~serenity-treatment-center",
        ["entered", "rehab"],
    ),
    # whoever receives an event noun takes part in it ("support_verbs")
    (
        "Author Maria Lopez received the award in Oslo on Friday.",
        "award",
        "person:~lopez-maria",
        "place:oslo",
        ["received", "award"],
    ),
    # a state that takes someone's office from them ("role_states")
    (
        "Dara Quinn is out as coach of the Rivertown Hawks.",
        "dismissal",
        "person:~dara-quinn",
        "",
        ["is", "out"],
    ),
    # "canned" is a dismissal; the modal "can" is no verb of any event
    (
        "The Boston Celtics canned head coach Tom Ellis.",
        "dismissal",
        "person:~ellis-tom",
        "",
        ["canned"],
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_of_more_sentence_kinds(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text, published=None) if not f["background"]]
    assert (frame["group"], frame["participants"], frame["place"]) == (group, participants, place)
    assert frame["words"] == words


@pytest.mark.parametrize(
    "text",
    [
        # "after" tells another moment: the firing is not placed where the drinking was
        "Tom Ruiz was fired after he was seen drinking in Oslo.",
        # the victims of a fire are no site of it
        "Two firefighters were hurt in a fire.",
        # whose the damaged site is does not place it
        "Arson is suspected in a fire that destroyed Norway's oldest dairy.",
        # a relative clause about the event, not told by it
        "The fire that police investigated in Leeds was small.",
    ],
)
def test_no_place_from_another_moment_or_from_people(text: str) -> None:
    assert all(f["place"] == "" for f in frames_of(text, published=None))


@pytest.mark.parametrize(
    "text",
    [
        "The host, Mayor Ana Bell, greeted the guests.",  # "the host" as a person, no event
        "Anna Berg can sign the papers in Oslo.",  # the modal "can"
        "Tom Ellis is out as a favourite for the job.",  # "out as" without an office
        "Tom Ellis is out of the country.",
        # an event noun modifying the object of a support verb makes no frame of the verb's
        # subject unless the class goes somewhere: detectives lead an inquiry, not a murder
        "Inspector Ruth Hale led the murder investigation in Leeds.",
    ],
)
def test_agent_nouns_and_can_open_no_frame_outside_their_structure(text: str) -> None:
    assert [
        f
        for f in frames_of(text, published=None)
        if f["group"] in ("death", "dismissal", "meeting")
    ] == []
