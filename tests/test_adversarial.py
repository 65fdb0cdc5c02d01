"""Adversarial text: every extractor family survives text built to break it, with exact spans.

Speed is measured by hand in ``benchmarks/adversarial.py``; here Hypothesis states what must hold
on any such text: no exception, the annotated Doc's text is the input exactly, and every claim's
evidence lies inside the text.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.nlp.model import LONG_RUN_CHARS

# Pieces that stress tokenising, sentence splitting, quotes, dates, names and numbers.
PIECES = [
    " " * 50,
    "(((",
    ")))",
    "[[[",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "Mr. ",
    "U.S. ",
    "on March 3, 2021, ",
    "on Tuesday ",
    '"Yes," he said. ',
    "said the minister ",
    "12-34-56-",
    "1,500 ",
    "2.5bn ",
    "Alpha Bravo Charlie ",
    "\n",
    "\n\n",
    "x" * (LONG_RUN_CHARS + 7),
    "according to officials, ",
    "the summit in Paris ",
]
ADVERSARIAL = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


@pytest.mark.parametrize(
    "family", ["dates", "events", "names", "roles", "statements", "quantities"]
)
@settings(max_examples=15, deadline=None)
@given(text=ADVERSARIAL)
def test_every_extractor_family_survives_adversarial_text(family: str, text: str) -> None:
    plugins.load_builtins()
    doc = Document(id="a.txt", path="a.txt", text=text, published=dt.date(2023, 4, 12))
    analysis = Analysis(doc)
    assert analysis.doc().text == text
    for claim in plugins.EXTRACTORS[family](analysis):
        for span in claim.evidence:
            assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet='([{x-1 \n."', min_size=LONG_RUN_CHARS, max_size=3 * LONG_RUN_CHARS))
def test_long_runs_are_cut_but_the_text_is_kept_exactly(text: str) -> None:
    doc = Analysis(Document(id="a.txt", path="a.txt", text=text)).doc()
    assert doc.text == text
    assert all(len(token) <= LONG_RUN_CHARS for token in doc)
