"""Sentence boundaries from one place: paragraphs and quotations constrain the parser's sentences.

A spaCy component that runs before the parser. It marks the first token of every paragraph as a
sentence start and every token inside a quotation, or after a soft line break of a hard-wrapped
paragraph, as no sentence start; the parser respects boundaries already set and decides the rest.
The paragraphs and quotations it reads are stored on the Doc as span groups, so no later layer
computes them again.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from crosscheck.nlp.furniture import dateline_end
from crosscheck.nlp.layers import PARAGRAPHS, QUOTES, register_extensions, spans_from_offsets
from crosscheck.nlp.paragraphs import paragraphs, soft_newline
from crosscheck.nlp.quotes import find_quotes

COMPONENT = "crosscheck_sentences"
# The Doc extensions the layers use are declared with the component, when the pipeline is built
# (crosscheck.nlp.model.load_pipeline imports this module), and not when the layer names are read.
register_extensions()
_ENDINGS = frozenset(".!?…")


@Language.component(COMPONENT)
def sentence_hints(doc: Doc) -> Doc:
    """Set sentence starts that the paragraphs and quotations fix; leave the rest to the parser."""
    text = doc.text
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    doc.spans[PARAGRAPHS] = spans_from_offsets(doc, paras, "paragraph")
    doc.spans[QUOTES] = spans_from_offsets(
        doc,
        [(q.start, q.end) for q in quotes],
        ["double" if q.double else "single" for q in quotes],
    )
    para_starts = {span.start for span in doc.spans[PARAGRAPHS]}
    inside: set[int] = set()
    for span in doc.spans[QUOTES]:
        inside.update(range(span.start + 1, span.end))
    for start, end in paras:
        # A wire dateline ("SEOUL, Aug. 18 (Yonhap) --") belongs to the sentence it opens.
        stop = dateline_end(text, start, end)
        if stop is not None:
            span = doc.char_span(start, stop, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start + 1, span.end + 1))
    for token in doc[1:]:
        i = token.i
        if i in para_starts:
            # A line break inside a sentence is soft even where the text is not wrapped throughout.
            newline = text.rfind("\n", 0, token.idx)
            token.is_sent_start = not (newline >= 0 and soft_newline(text, newline))
        elif i in inside:
            token.is_sent_start = False
        elif token.is_space or (doc[i - 1].is_space and not _ends_sentence(doc, i - 1)):
            # A soft line break inside a paragraph (hard-wrapped text) ends no sentence by itself.
            token.is_sent_start = False
    return doc


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Return whether the last word token before ``i`` ends with sentence-final punctuation."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text[-1:] in _ENDINGS
