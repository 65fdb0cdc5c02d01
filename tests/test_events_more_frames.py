"""Event frames of sentence kinds added for cross-outlet recall: each row a fresh sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import crosscheck
from tests.test_dates_claims import dated
from tests.test_events import event_docs, frames_of, write_undated
from tests.test_events_dated_frames import dated_frames

# sentence, class, participants, place, the words that name the event
FRAMES = [
    # "relieve ... of" names a dismissal whether the preposition hangs on the verb or its object
    (
        "The Harbor City Owls have relieved Dana Whitcombe of her duties as head coach.",
        "dismissal",
        "person:~dana-whitcombe",
        "",
        ["relieved"],
    ),
    (
        "Dana Whitcombe was relieved of her duties as head coach on Monday.",
        "dismissal",
        "person:~dana-whitcombe",
        "",
        ["relieved"],
    ),
    (
        "The Marlow Rovers have relieved Dana Whitcombe of her head coaching responsibilities.",
        "dismissal",
        "person:~dana-whitcombe",
        "",
        ["relieved"],
    ),
    (
        "Piet Vandersloot was forced out as chief executive of the brewery on Monday.",
        "dismissal",
        "person:~piet-vandersloot",
        "",
        ["forced"],
    ),
    # a death without a place of its own happened where its cause did ("after ...")
    (
        "A 41-year-old hiker is dead after falling about 80 metres at Mount Ruapehu.",
        "death",
        "",
        "region:~mount-ruapehu",
        ["is", "dead"],
    ),
    (
        "A man has died after being hit by a van that fled the scene in Lewisham.",
        "death",
        "",
        "place:~lewisham",
        ["died"],
    ),
    # ... and a relative clause about the cause's own scene places the cause
    (
        "A courier died after being knocked down by a moped that left the scene in Dudley.",
        "death",
        "",
        "place:~dudley",
        ["died"],
    ),
    # the parser hangs the place on the agent's noun or the cause's subject: still the cause's
    ("A cyclist died after a lorry in Hull hit him.", "death", "", "region:~hull", ["died"]),
    (
        "A man died following a crash on the ring road in Lewisham.",
        "death",
        "",
        "place:~lewisham",
        ["died"],
    ),
    # a "when"/"while"/"as" clause and the clause it hangs off tell one occasion, so one place
    (
        "A retired nurse was crossing a street in Dundee when a van struck and killed her.",
        "death",
        "",
        "place:~dundee",
        ["struck", "killed"],
    ),
    # ... and what that clause is on: a road, as for the frame's own verb, never a country
    (
        "Ines Roth was parking her bicycle on Mercer Street when a taxi hit her.",
        "accident",
        "",
        "place:~mercer-street",
        ["hit"],
    ),
    (
        "Ines Roth was leaving her car on Hale Street in Dunmore when a black Honda Civic hit her.",
        "accident",
        "",
        "place:~hale-street",
        ["hit"],
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
        "place:~carlton-theatre",
        ["blaze"],
    ),
    # what it struck too ("a van hit her" is an accident with a victim, not a site)
    (
        "Nobody was hurt when the blaze hit the Dunmore Bible Church on Friday.",
        "accident",
        "",
        "place:~dunmore-bible-church",
        ["blaze"],
    ),
    (
        "The Dunmore Bible Church was struck by a fire on Friday.",
        "accident",
        "",
        "place:~dunmore-bible-church",
        ["fire"],
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
        ["fire", "arson"],
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
        "Actor Piet Vos entered well-known Vestby rehab center Lindholm Recovery Clinic.",
        "rehab",
        "person:~piet-vos",
        "organization:~lindholm-recovery-clinic",
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
    # a title-case headline is parsed in sentence case, its names read from the body: its verb is
    # a verb, its subject the person the body names (the body tells the event nowhere else)
    (
        "Vandersloot Resigns as Marlow Rovers Coach\n\nPiet Vandersloot had led the Marlow Rovers"
        " since 2019. Vandersloot said he was sorry.\n",
        "dismissal",
        "person:~piet-vandersloot",
        "",
        ["Resigns"],
    ),
    (
        "Rafe Dunmore Checks Into Clinic In Utah\n\nRafe Dunmore thanked his fans on Friday."
        " Dunmore's agent asked for privacy.\n",
        "rehab",
        "person:~dunmore-rafe",
        "place:utah",
        ["Checks"],
    ),
    # a relative pronoun stands for the noun its clause hangs on: the clause's event is that
    # person's (the annotation layer's antecedents)
    (
        "Dana Whitcombe, who was arrested on Monday in Leeds, appeared in court.",
        "arrest",
        "person:~dana-whitcombe",
        "place:~leeds",
        ["arrested"],
    ),
    (
        "The Owls hired Dana Whitcombe, who had been fired by the Larks in Leeds.",
        "dismissal",
        "person:~dana-whitcombe",
        "place:~leeds",
        ["fired"],
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_of_added_sentence_kinds(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [
        f for f in frames_of(text, published=None) if not f["background"] and f["group"] == group
    ]
    assert (frame["group"], frame["participants"], frame["place"]) == (group, participants, place)
    assert frame["words"] == words


def test_a_headline_event_naming_no_one_is_not_kept_on_its_place() -> None:
    # "Vestby" in a title-case headline is a guess; the body names no one who checked in
    text = "Striker Checks Into Rehab In Vestby\n\nThe striker thanked his club on Monday.\n"
    assert [f for f in frames_of(text, published=None) if f["group"] == "rehab"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The new drug relieved the pain of many patients.",  # relief, not a dismissal
        "The ointment relieved Maria Stavrou of her itching.",  # a person, but no office
    ],
)
def test_relieve_without_a_person_and_duties_opens_no_dismissal(text: str) -> None:
    assert [f for f in frames_of(text, published=None) if f["group"] == "dismissal"] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # its own place wins over its cause's
        ("A cyclist died in hospital in Leeds after a crash in Bradford.", ["place:~leeds"]),
        # a clause that is no cause ("before") places nothing: the frame says nothing to keep
        ("A woman died before the fire crews reached the farm in Lydd.", []),
        # only the cause's own place: not a relative clause's, a reduced relative's or their
        # agents' (where someone lives or works is not where the cause happened)
        ("A man died after being hit by a car driven by a man who lives in Leeds.", []),
        ("A man has died after being hit by a van that was later found in Lewisham.", []),
        ("A girl died after being bitten by a dog bred by a man in Ayr.", []),
        ("A woman died after a fall from a horse owned by a farmer who lives in Kendal.", []),
        ("A swimmer died after being pulled from the sea by a lifeguard who works in Whitby.", []),
        (
            "A boy died after he was pulled from a pond at a park in Rotherham.",
            ["place:~rotherham"],
        ),
    ],
)
def test_a_death_takes_its_cause_place_only_without_its_own(text: str, places: list[str]) -> None:
    found = [f["place"] for f in frames_of(text, published=None) if f["group"] == "death"]
    assert found == places


def test_deaths_placed_by_their_cause_line_up_by_place_and_stay_apart_elsewhere(
    tmp_path: Path,
) -> None:
    # Two falls in one country: the two outlets on the Lewisham death line up (one names the
    # victim), the Croydon one, a similar death nearby, stays apart.
    write_undated(
        tmp_path,
        "a.txt",
        "A man has died after being hit by a van that fled the scene in Lewisham.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Tomasz Wierzba died after he was struck by a van in Lewisham, police said.",
    )
    write_undated(tmp_path, "c.txt", "A woman is dead after being hit by a bus in Croydon.")
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert {"a.txt", "b.txt"} in groups
    assert not [g for g in groups if "c.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]


APR12 = dt.date(2023, 4, 12)

# A participle set off after a name by a comma is that person's own event, with its own date
# and place, apart from the story's event of the same kind told before it.
# (text, class, the apposed person, its date, its place, the story's event: person, date, place)
APPOSED = [
    (
        "Tom Hale was arrested on Sunday in Leeds. The team is awaiting the outcome of a case "
        "involving winger Ben Ward, arrested March 3 in Sheffield on suspicion of drink-driving.",
        "arrest",
        "person:~ben-ward",
        "2023-03-03",
        "place:~sheffield",
        ("person:~hale-tom", "2023-04-09", "place:~leeds"),
    ),
    (
        "Mia Kovac was detained on Friday in Leeds. Fans are still waiting for news about striker "
        "Dario Rossi, detained March 30 in Brighton after a brawl.",
        "arrest",
        "person:~dario-rossi",
        "2023-03-30",
        "place:~brighton",
        ("person:~kovac-mia", "2023-04-07", "place:~leeds"),
    ),
    (
        "Lena Fischer was fired on Friday. The board also dealt with the case of treasurer Omar "
        "Haddad, dismissed on March 28 in Cardiff over missing funds.",
        "dismissal",
        "person:~haddad-omar",
        "2023-03-28",
        "place:~cardiff",  # a one-word town after "in", though the model names it nothing
        ("person:~fischer-lena", "2023-04-07", ""),
    ),
    (
        "The club said Tom Hale, arrested on Monday in Hull, had been suspended.",
        "arrest",
        "person:~hale-tom",
        "2023-04-10",
        "region:~hull",
        None,
    ),
]


def _dates_of(text: str, triggers: list[int]) -> list[str]:
    return [c.value for c in dated(text) if c.details.trigger_start in triggers]


@pytest.mark.parametrize(("text", "group", "person", "date", "place", "story"), APPOSED)
def test_a_participle_after_a_name_is_that_persons_own_event(
    text: str,
    group: str,
    person: str,
    date: str,
    place: str,
    story: tuple[str, str, str] | None,
) -> None:
    # (the sentence may tell another event of the same person: "had been suspended")
    found = {f["participants"]: f for f in frames_of(text, published=APR12) if f["group"] == group}
    mine = found[person]
    assert (mine["group"], mine["place"]) == (group, place)
    assert _dates_of(text, mine["triggers"]) == [date]
    if story is not None:
        who, when, where = story
        theirs = found[who]
        # the story's event keeps its own date and place, lent nothing by the apposition
        assert (theirs["group"], theirs["place"], theirs["background"]) == (group, where, False)
        assert _dates_of(text, theirs["triggers"]) == [when]
        assert mine["background"]  # another person's event of the same kind: told in passing


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a participle continuing a passive is its subject's, not the agent's before the comma
        ("Tom Hale was stopped by Sergeant Ann Cole, arrested and charged.", "person:~ann-cole"),
        # a verb with an object of its own is not said of the name before it
        (
            "Police searched the home of Ben Ward, arrested his brother and left.",
            "person:~ben-ward",
        ),
    ],
)
def test_a_verb_after_a_name_that_is_no_apposition_is_not_said_of_it(
    text: str, person: str
) -> None:
    assert [f for f in frames_of(text, published=APR12) if f["participants"] == person] == []


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


_SEVERAL = "Two climbers have fallen to their deaths on Mount Tarrant. Anneke Vos died on Friday. "


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        # an article telling several deaths: a named person's drop from a height that no frame
        # tells otherwise is that person's death, dated by the fall, and no side event
        (
            _SEVERAL + "On Saturday, Rhian Caddell fell about 300 metres while climbing to a hut.",
            [
                ("death", "person:~anneke-vos", "2025-05-30", "died"),
                ("death", "person:~caddell-rhian", "2025-05-31", "fell"),
            ],
        ),
        (
            "Two hikers have died in the Lorn Hills. Hugo Marchetti fell from a ridge on Sunday.",
            [
                ("death", "", "", ""),
                ("death", "person:~hugo-marchetti", "2025-06-01", "fell"),
            ],
        ),
        # one death told: someone else's fall is no death
        (
            "Anneke Vos died on Mount Tarrant on Friday. On Saturday, Rhian Caddell fell about 3 "
            "metres but was unhurt.",
            [("death", "person:~anneke-vos", "2025-05-30", "died")],
        ),
        # no drop from a height, or a denied one: no death
        (
            _SEVERAL + "Rhian Caddell slipped on the ice on Saturday.",
            [("death", "person:~anneke-vos", "2025-05-30", "died")],
        ),
        (
            _SEVERAL + "Rhian Caddell fell ill on Saturday.",
            [("death", "person:~anneke-vos", "2025-05-30", "died")],
        ),
        (
            _SEVERAL + "Rhian Caddell did not fall from the ridge on Saturday.",
            [("death", "person:~anneke-vos", "2025-05-30", "died")],
        ),
        # a stage another does to the person (an arrest's stop) opens nothing of its doer
        (
            "Two men were arrested in Cork on Saturday. Officer Ann Lee stopped on Sunday from "
            "Dublin.",
            [("arrest", "", "2025-05-31", "arrested")],
        ),
    ],
)
def test_a_fall_of_one_of_several_dead_is_that_persons_death(
    text: str, frames: list[tuple[str, str, str, str]]
) -> None:
    found = dated_frames(text)
    assert [(g, who, date, word) for g, who, _, date, word in found] == frames
    assert not any(f["background"] for f in frames_of(text))
