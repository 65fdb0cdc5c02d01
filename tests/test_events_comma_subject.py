"""A subject the parser hangs on the comma after an opening phrase is the verb's subject."""

from __future__ import annotations

from crosscheck.events.claims import _comma_subjects
from tests.test_events_places import _parsed

# "Near dusk, Ewan Tully, the group's cook, carrying the stove, slid 300 metres.", parsed as the
# small model sometimes does after an opening phrase: the name hangs on the comma and the verb
# is left with no subject.
_ON_THE_COMMA = [
    ("Near", "near", "ADP", "IN", 13, "prep"),
    ("dusk", "dusk", "NOUN", "NN", 0, "pobj"),
    (",", ",", "PUNCT", ",", 13, "punct"),
    ("Ewan", "Ewan", "PROPN", "NNP", 4, "compound"),
    ("Tully", "Tully", "PROPN", "NNP", 2, "prep"),
    (",", ",", "PUNCT", ",", 4, "punct"),
    ("the", "the", "DET", "DT", 7, "det"),
    ("group", "group", "NOUN", "NN", 9, "poss"),
    ("'s", "'s", "PART", "POS", 7, "case"),
    ("cook", "cook", "NOUN", "NN", 4, "appos"),
    (",", ",", "PUNCT", ",", 13, "punct"),
    ("carrying", "carry", "VERB", "VBG", 13, "advcl"),
    ("stove", "stove", "NOUN", "NN", 11, "dobj"),
    ("slid", "slide", "VERB", "VBD", 13, "ROOT"),
    ("300", "300", "NUM", "CD", 15, "nummod"),
    ("metres", "metre", "NOUN", "NNS", 13, "npadvmod"),
    (".", ".", "PUNCT", ".", 13, "punct"),
]
VERB = 13


def _rows() -> list[tuple[str, str, str, str, int, str]]:
    return list(_ON_THE_COMMA)


def test_a_name_hung_on_the_comma_before_a_verb_with_no_subject_is_its_subject() -> None:
    doc = _parsed(_rows())
    assert [t.text for t in _comma_subjects(doc[VERB])] == ["Tully"]


def test_a_participle_read_as_the_subject_does_not_hide_the_name() -> None:
    # the name's own participle ("carrying the stove") taken for the verb's subject
    rows = _rows()
    rows[11] = ("carrying", "carry", "VERB", "VBG", VERB, "nsubj")
    assert [t.text for t in _comma_subjects(_parsed(rows)[VERB])] == ["Tully"]


def test_a_verb_with_a_nominal_subject_keeps_it() -> None:
    # the verb has a noun of its own for a subject: the comma's name is not read
    rows = _rows()
    rows[9] = ("cook", "cook", "NOUN", "NN", VERB, "nsubj")
    assert _comma_subjects(_parsed(rows)[VERB]) == []


def test_a_name_after_the_verb_or_on_no_comma_is_not_read() -> None:
    # hung on the full stop after the verb, or straight on the verb: not a comma's before it
    rows = _rows()
    rows[4] = ("Tully", "Tully", "PROPN", "NNP", 16, "prep")
    assert _comma_subjects(_parsed(rows)[VERB]) == []
