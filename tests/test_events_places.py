"""Places of events: first-level regions, one-word towns, and where people are from (origins)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import crosscheck
from crosscheck.events.claims import (
    EventDetails,
    Named,
    _occasion_noun_places,
    event_claims,
    lexicon,
    places_compatible,
)
from crosscheck.events.normalize import enclosing
from crosscheck.extract import Analysis
from crosscheck.model import Document, FindingKind, Span
from crosscheck.names import find_mentions
from crosscheck.names.registry import region_codes, registry_for
from tests.test_events import event_docs, two_outlets, write


def places_of(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each frame's class, places and origins, in text order."""
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 5, 3))
    out = []
    for c in event_claims(Analysis(doc)):
        if c.facet == "event.participants":
            d = c.details
            assert isinstance(d, EventDetails)
            out.append((d.group, d.places, d.origins))
    return out


# sentence, event class, the frame's places (most specific first), its origins
PLACES = [
    # a participle set off after the event verb carries the place the parser hangs on it
    (
        "Lena Hart shot three co-workers, killing two, at the Dunmore Plant on Thursday night.",
        "attack",
        ("place:~dunmore-plant",),
        (),
    ),
    # the noun of an occasion phrase ("during a ceremony") is where the event took place
    (
        "Mayor Ana Ruiz appointed Tomas Wren as police chief during a ceremony in Lima on Monday.",
        "appointment",
        ("place:lima",),
        (),
    ),
    (
        "Tomas Wren was arrested during a protest outside the Kessler Arena on Friday.",
        "arrest",
        ("place:~kessler-arena",),
        (),
    ),
    # and so is an event noun after a place preposition ("at a news conference in Lima")
    (
        "Mayor Ana Ruiz announced her resignation at a news conference in Lima on Monday.",
        "announcement",
        ("place:lima",),
        (),
    ),
    # what an incident caused damage to is its site, placed by its own place phrases
    (
        "A fire caused heavy damage to a warehouse in Leeds on Monday.",
        "accident",
        ("place:~leeds",),
        (),
    ),
    (
        "A fire that caused more than $1 million in damage to the Elm Street church in Dunmore, "
        "Ohio, may have been set by an arsonist.",
        "accident",
        ("place:~dunmore", "place:ohio"),
        (),
    ),
    # a building that went up in flames: a fire where the building is
    (
        "The old mill in Dunmore went up in flames on Sunday.",
        "accident",
        ("place:~dunmore",),
        (),
    ),
    # a town the model names before a damaged building's common noun is where it stands
    (
        "A fire destroyed a Denver warehouse early on Monday.",
        "accident",
        ("place:~denver",),
        (),
    ),
    # a one-word town the model names nothing, after a preposition of where something is
    (
        "Marta Quell was arrested outside Ouray on Tuesday.",
        "arrest",
        ("place:~ouray",),
        (),
    ),
    # the model takes this town for an organisation; after "in" it is a place
    (
        "A 24-year-old was arrested in Boise on Monday.",
        "arrest",
        ("place:~boise",),
        (),
    ),
    # a town the registry lacks and its region's postal code or agency abbreviation: the region
    (
        "Police arrested Dorian Vell in Cedar Bluff, CA, on Friday.",
        "arrest",
        ("place:~cedar-bluff", "place:california"),
        (),
    ),
    (
        "Police arrested Dorian Vell in Ossory, Mass., on Friday.",
        "arrest",
        ("place:~ossory", "place:massachusetts"),
        (),
    ),
    (
        "A barn fire broke out near Lindell, ON, on Tuesday.",
        "accident",
        ("place:~lindell", "place:ontario"),
        (),
    ),
    # the model takes the town for a person; with its region after it, it is a town
    (
        "Police arrested Dorian Vell in Harwick Falls, CA, on Friday.",
        "arrest",
        ("place:~harwick-falls", "place:california"),
        (),
    ),
    # a city the registry knows abroad, with a region after it, is a town of that name there
    (
        "A gunman shot two people in London, Ont., on Sunday.",
        "attack",
        ("place:~london", "place:ontario"),
        (),
    ),
    (
        "A gunman shot two people in Athens, GA, on Sunday.",
        "attack",
        ("place:~athens", "place:georgia-us"),
        (),
    ),
    # a city the registry puts in that region stays the registry's
    (
        "A gunman shot two people in Los Angeles, CA, on Sunday.",
        "attack",
        ("place:los-angeles", "place:california"),
        (),
    ),
    # no apposition: the abbreviation ends the sentence's town and the next word starts another
    (
        "A barn fire broke out in Lindell, Miss. Police said it was set.",
        "accident",
        ("place:~lindell",),
        (),
    ),
    # a town and its state: the state is a registry region, listed after the town
    (
        "Police arrested Dorian Vell in Bemidji, Minn., on Friday.",
        "arrest",
        ("place:~bemidji", "place:minnesota"),
        (),
    ),
    # the place hangs on a later verb of the coordination, which shares the event verb's subject
    (
        "A gunman killed one man and wounded two others at a warehouse in Leeds on Monday.",
        "death",
        ("place:~leeds",),
        (),
    ),
    # where someone is from is an origin, not the place of the event
    (
        "A 24-year-old from Toledo was arrested in Boise on Monday.",
        "arrest",
        ("place:~boise",),
        ("place:~toledo",),
    ),
    (
        "Investigators charged Lena Marsh, 41, of Toledo, with arson on Monday.",
        "trial",
        (),
        ("place:~toledo",),
    ),
    (
        "The death of an Oregon fisherman was ruled an accident on Monday.",
        "death",
        (),
        ("place:oregon",),
    ),
    # the parser hangs the place on the frame's own date ("on March 3 at ..."): the frame's place
    (
        "Organisers said Marla Denton will host the Lumen Awards on March 3 at the Corvid Theatre.",
        "meeting",
        ("place:~corvid-theatre",),
        (),
    ),
    (
        "Ivan Petrov beat Leo Marsh Saturday in Graz, Austria.",
        "contest",
        ("place:~graz", "country:at"),
        (),
    ),
    # a capitalised name ending in a venue word is a venue whatever the model labels it
    (
        "A man opened fire at the Dunmore Plant on Thursday night.",
        "attack",
        ("place:~dunmore-plant",),
        (),
    ),
    # ... and the town the text puts it in comes after it
    (
        "A fire broke out at the Valley Hotel in Coralville on Monday.",
        "accident",
        ("place:~valley-hotel", "place:~coralville"),
        (),
    ),
    # a garden is a venue too: a capitalised name ending in "Garden"
    (
        "Governor Ada Lind named Petra Sol as health secretary during a ceremony in the "
        "Statehouse Rose Garden on Tuesday.",
        "appointment",
        ("place:~statehouse-rose-garden",),
        (),
    ),
    # a bare time word and the place phrase after it, hung on the object's last noun, are the
    # verb's adjuncts
    (
        "Governor Ada Lind announced her pick for the state high court, Judge Petra Sol, today "
        "at the Corvid Hall.",
        "announcement",
        ("place:~corvid-hall",),
        (),
    ),
    # a vigil is a gathering of the protest class, placed where it is held or turned violent
    (
        "A candlelit vigil in Dunmore turned violent on Monday night.",
        "protest",
        ("place:~dunmore",),
        (),
    ),
    # where an event is carried from (a participle of a verb of broadcasting) is its place
    (
        "Marla Denton will be the host of the Lumen Awards gala, televised live on Sunday from "
        "the Corvid Theatre.",
        "meeting",
        ("place:~corvid-theatre",),
        (),
    ),
    (
        "President Ivo Rask gave an address, broadcast from the Amber Hall, on Monday night.",
        "speech",
        ("place:~amber-hall",),
        (),
    ),
    # the verb a win is the means of ("survived the drop with a win") carries the place phrase
    (
        "The Carrow Hawks survived the drop with a 24-17 win over the Larks last night in Boise.",
        "contest",
        ("place:~boise",),
        (),
    ),
    # "overcoming X" is a win over X, placed by its own phrase
    (
        "Ivan Petrov extended his unbeaten run by overcoming Carl Moss in Boise on Saturday.",
        "contest",
        ("place:~boise",),
        (),
    ),
    # an event gerund as the clause's subject: the verb it is the subject of places it
    (
        "Voting for the new council began in Lisbon on March 14.",
        "vote",
        ("place:lisbon",),
        (),
    ),
    # what a fire destroyed "much of": the building the "of" phrase names, placed by its phrase
    (
        "A large fire has destroyed much of a furniture warehouse in Dunmore.",
        "accident",
        ("place:~dunmore",),
        (),
    ),
    # "gutted", lemmatized "gutte" by a model that does not know "gut" (the annotation layer puts it
    # right), is a site verb
    (
        "Crews stayed at the scene of a fire which gutted a hardware store in Dunmore.",
        "accident",
        ("place:~dunmore",),
        (),
    ),
    # a place that has "seen" the event in a relative clause on its noun is where it happened
    (
        "It was the deadliest earthquake Peru has experienced since 1970.",
        "disaster",
        ("country:pe",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "group", "places", "origins"), PLACES)
def test_frame_places_and_origins(
    text: str, group: str, places: tuple[str, ...], origins: tuple[str, ...]
) -> None:
    found = [(p, o) for g, p, o in places_of(text) if g == group]
    assert found == [(places, origins)]


@pytest.mark.parametrize(
    "text",
    [
        # motion: where someone goes is not where the event happened
        "Marta Quell was arrested after she drove to Ouray on Tuesday.",
        # a shop or a firm after "at" is not read as a town
        "Marta Quell was arrested at Pellworth on Tuesday.",
    ],
)
def test_a_word_after_to_or_at_is_no_town(text: str) -> None:
    assert all(
        "place:~ouray" not in p and "place:~pellworth" not in p for _, p, _ in places_of(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a person who saw the event is a witness, not its place
        "The riots that Tom Reed saw in his youth were the worst.",
        # overcoming a fear is no contest: no other side is named
        "Ivan Petrov overcame his fear of heights at the Corvid Arena on Monday.",
    ],
)
def test_no_place_from_a_witness_or_a_one_sided_overcoming(text: str) -> None:
    assert all(g != "contest" and not p for g, p, _ in places_of(text))


def test_an_origin_is_never_an_event_place_claim() -> None:
    text = "A 24-year-old from Toledo was arrested on Monday, police said."
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 5, 3))
    claims = event_claims(Analysis(doc))
    assert not [c for c in claims if c.facet == "event.place"]


def test_a_city_lies_in_its_region_inside_its_country() -> None:
    registry = registry_for()
    assert enclosing("place:houston", registry) == ["place:houston", "place:texas", "country:us"]
    assert places_compatible("place:houston", "place:texas", registry) is True
    assert places_compatible("place:texas", "country:us", registry) is True
    assert places_compatible("place:houston", "place:ohio", registry) is False
    assert places_compatible("place:texas", "place:ohio", registry) is False
    # a town neither the registry nor the gazetteer places says nothing against a region
    assert places_compatible("place:~kellerbach", "place:ohio", registry) is None
    # one the gazetteer places lies in its own state only
    assert places_compatible("place:~bemidji", "place:ohio", registry) is False
    assert places_compatible("place:~bemidji", "place:minnesota", registry) is True
    # the country of a city in a region is the region's country
    assert registry.country_of("place:toronto") == "country:ca"
    assert registry.country_of("place:texas") == "country:us"
    assert registry.country_of("country:us") is None


def test_abbreviated_and_full_region_names_resolve_alike() -> None:
    registry = registry_for()
    assert registry.resolve("Minn.") == ("place:minnesota",)
    assert registry.resolve("Minnesota") == ("place:minnesota",)
    # names that are also a country or a capital stay theirs
    assert registry.resolve("Georgia") == ("country:ge",)
    assert registry.resolve("Washington") == ("place:washington",)


def test_two_fires_in_one_state_on_different_days_stay_apart(tmp_path: Path) -> None:
    # A state alone, like a country, does not identify an incident.
    write(tmp_path, "a.txt", "2024-07-10", "A wildfire broke out in Nevada on Monday.")
    write(tmp_path, "b.txt", "2024-07-10", "A wildfire broke out in Nevada on Saturday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [docs for docs in event_docs(findings) if docs == {"a.txt", "b.txt"}]
    assert not [f for f in findings if f.category == "contradiction"]


def test_frames_line_up_by_origin_without_a_place_finding(tmp_path: Path) -> None:
    # Neither article says where the death happened, only where the woman was from: the two
    # frames are one event, and no place is reported for it.
    write(
        tmp_path,
        "a.txt",
        "2024-07-10",
        "Tomas Brill was charged on Tuesday in the death of a Toledo woman.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-07-11",
        "Prosecutors charged Tomas Brill on Tuesday in the death of a Toledo woman.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.facet == "event.place"]
    assert not [f for f in findings if f.category == "contradiction"]


@pytest.mark.parametrize(
    ("text", "region_ids"),
    [
        # a region's name alone, or abbreviated after a town, is the region
        ("Flooding closed roads across Nebraska on Sunday.", ["place:nebraska"]),
        ("The plant is in Bemidji, Minn., officials said.", ["place:minnesota"]),
        # at the head of a longer name it names something else: an agency, a city, a part
        ("The California Highway Patrol closed the road.", []),
        ("Storms hit Oklahoma City overnight.", []),
        ("Storms hit Northern California overnight.", []),
    ],
)
def test_a_region_name_inside_a_longer_name_is_not_the_region(
    text: str, region_ids: list[str]
) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text)
    regions = registry_for()
    found = [
        m.entity_id
        for m in find_mentions(doc)
        if m.entity_id and m.entity_id in regions and regions.kind(m.entity_id) == "region"
    ]
    assert found == region_ids


@pytest.mark.parametrize(
    ("text", "grain"),
    [
        ("A man opened fire at the Dunmore Plant on Thursday night.", "venue"),
        ("A 24-year-old was arrested in Boise on Monday.", "town"),
        ("A wildfire broke out in Nevada on Monday.", ""),
    ],
)
def test_a_place_claim_says_its_grain_and_the_places_around_it(text: str, grain: str) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 5, 3))
    [claim] = [c for c in event_claims(Analysis(doc)) if c.facet == "event.place"]
    assert isinstance(claim.details, EventDetails)
    assert claim.details.grain == grain
    assert claim.details.places[0] == claim.value


def test_venues_and_towns_nest_by_the_text_and_differ_by_grain(tmp_path: Path) -> None:
    # One bout told by several outlets: a venue the text puts in a city agrees with the city,
    # though the registry does not know the venue; a second venue, or a second city, contradicts.
    bout = "Marek Vollan beat Ruben Aske"
    write(tmp_path, "a.txt", "2024-03-09", f"{bout} on Saturday at the Kessler Arena in Hamburg.")
    write(tmp_path, "b.txt", "2024-03-09", f"{bout} on Saturday in Hamburg.")
    places = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.place"]
    assert [(f.kind, f.category) for f in places] == [(FindingKind.AGREEMENT, "compatible")]
    write(tmp_path, "c.txt", "2024-03-09", f"{bout} at the Halvard Dome on Saturday.")
    places = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.place"]
    assert [(f.kind, f.category) for f in places] == [(FindingKind.DISCREPANCY, "contradiction")]
    (tmp_path / "c.txt").unlink()
    # the arena lies in Hamburg by its text, so it is apart from Munich
    write(tmp_path, "b.txt", "2024-03-09", f"{bout} in Munich on Saturday.")
    places = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.place"]
    assert [(f.kind, f.category) for f in places] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert {o.doc_id for o in places[0].observations} == {"a.txt", "b.txt"}


@pytest.mark.parametrize(
    ("here", "there"),
    [
        # a town the registry lacks may be a suburb of the city another outlet names
        ("in Kellerbach", "in Berlin"),
        # the model's GPE names districts and counties as well as towns
        ("in Kellerbach", "in Ostwald"),
        # one venue named two ways
        ("at the Hollis Clinic", "at the Hollis Center"),
    ],
)
def test_places_that_may_be_one_inside_the_other_say_nothing(
    tmp_path: Path, here: str, there: str
) -> None:
    bout = "Marek Vollan beat Ruben Aske on Saturday"
    # one bout, lined up, and no contradiction
    assert two_outlets(tmp_path, f"{bout} {here}.", f"{bout} {there}.") == (True, [])


@pytest.mark.parametrize(
    ("here", "there", "contradiction"),
    [
        # a town the registry lacks, in a state by its postal code, is apart from a city abroad
        ("in Cedar Bluff, CA,", "in Geneva", True),
        # and from a town in another state or province
        ("in Cedar Bluff, CA,", "in Ossory, Ont.,", True),
        # two towns in one state may be one inside the other (a county and its town)
        ("in Cedar Bluff, CA,", "in Ossory, Calif.,", False),
        # a registry city in the same state: the town may be its suburb
        ("in Cedar Bluff, CA,", "in Los Angeles", False),
        # a town named like a city abroad lies in the region the text gives it
        ("in London, Ont.,", "in Ontario", False),
        ("in London, Ont.,", "in Ohio", True),
        # a town with no region told stays unknown
        ("in Cedar Bluff, CA,", "in Ossory", False),
    ],
)
def test_a_town_is_compared_through_the_region_after_it(
    tmp_path: Path, here: str, there: str, contradiction: bool
) -> None:
    bout = "Marek Vollan beat Ruben Aske on Saturday"
    assert two_outlets(
        tmp_path, f"{bout} {here} by a knockout.", f"{bout} {there} by a knockout."
    ) == (True, ["event.place"] if contradiction else [])  # one bout, lined up


def test_region_codes_name_registry_regions() -> None:
    registry = registry_for()
    for form, region in region_codes().items():
        assert registry.kind(region) == "region", form


def _parsed(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A hand-made parse: (word, lemma, pos, tag, head index, dependency) per token."""
    nlp = spacy.blank("en")
    words = [r[0] for r in rows]
    return Doc(
        nlp.vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        deps=[r[5] for r in rows],
    )


def test_a_place_phrase_right_after_an_occasion_noun_is_its_own() -> None:
    # "Reed scored 30 points in the Hawks' victory over the Larks at Corvid Arena.", with "at"
    # hung on the verb's object as the parser sometimes does: the victory is where the act was.
    doc = _parsed(
        [
            ("Reed", "Reed", "PROPN", "NNP", 1, "nsubj"),
            ("scored", "score", "VERB", "VBD", 1, "ROOT"),
            ("30", "30", "NUM", "CD", 3, "nummod"),
            ("points", "point", "NOUN", "NNS", 1, "dobj"),
            ("in", "in", "ADP", "IN", 1, "prep"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("Hawks", "Hawks", "PROPN", "NNPS", 8, "poss"),
            ("'", "'", "PART", "POS", 6, "case"),
            ("victory", "victory", "NOUN", "NN", 4, "pobj"),
            ("over", "over", "ADP", "IN", 8, "prep"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("Larks", "Larks", "PROPN", "NNPS", 9, "pobj"),
            ("at", "at", "ADP", "IN", 3, "prep"),
            ("Corvid", "Corvid", "PROPN", "NNP", 14, "compound"),
            ("Arena", "Arena", "PROPN", "NNP", 12, "pobj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ]
    )
    lex = lexicon()
    arena = Named("place:~corvid-arena", "place", "Corvid Arena", Span("t.txt", 0, 12), "FAC")
    named = {13: arena, 14: arena}
    assert _occasion_noun_places(doc[8], named, lex) == [arena]
    # a place phrase before the noun is the verb's alone
    before = _parsed(
        [
            ("Reed", "Reed", "PROPN", "NNP", 1, "nsubj"),
            ("scored", "score", "VERB", "VBD", 1, "ROOT"),
            ("at", "at", "ADP", "IN", 1, "prep"),
            ("Corvid", "Corvid", "PROPN", "NNP", 4, "compound"),
            ("Arena", "Arena", "PROPN", "NNP", 2, "pobj"),
            ("in", "in", "ADP", "IN", 1, "prep"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("victory", "victory", "NOUN", "NN", 5, "pobj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ]
    )
    assert _occasion_noun_places(before[7], {3: arena, 4: arena}, lex) == []


def test_offering_a_contract_is_offering_a_post() -> None:
    # "offer contract" is read as "offer job" is: the one offered the contract takes part
    text = "The Denver Hawks offered pitcher Tom Reed a five-year contract on Monday."
    assert [g for g, _, _ in places_of(text)] == ["appointment"]


# sentence, places of the arrest: an event noun the sentence's verb happens in spite of keeps its
# subject (who was arrested) but not that verb's place phrases, which tell another event.
CONCESSIVE = [
    ("Despite his arrest early yesterday, Dana Voss will play in Boise on Sunday.", ()),
    (
        "Despite his arrest in Reno early yesterday, Dana Voss will play in Boise on Sunday.",
        ("place:~reno",),
    ),
    # "after" is no concession: the verb's place phrases still place the event
    (
        "After his arrest early yesterday, Dana Voss was released in Boise on Sunday.",
        ("place:~boise",),
    ),
]


@pytest.mark.parametrize(("text", "places"), CONCESSIVE)
def test_an_event_in_spite_of_which_a_verb_happens_is_not_placed_by_it(
    text: str, places: tuple[str, ...]
) -> None:
    assert [p for g, p, _ in places_of(text) if g == "arrest"] == [places]
