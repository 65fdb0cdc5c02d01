"""Extract statement claims: who said what (``statement.text``, ``statement.speaker``) and through
which intermediary (``statement.via``).

Each statement found by :func:`crosscheck.statements.find_statements` gives a ``statement.text``
claim, a ``statement.speaker`` claim when its speaker is known, and a ``statement.via`` claim about
the statement when it is reported through an intermediary but nobody is named as its speaker.
Besides, each (speaker, intermediary) pair of the document gives one ``statement.via`` claim whose
subject is the speaker, so that outlets relaying one person through different channels line up
even when they quote different remarks.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import evolve, frozen

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Details, Document, Facet, Modality, Span
from crosscheck.nlp.layers import (
    CUES,
    ENTITIES,
    MENTIONS,
    PARAGRAPHS,
    PARSE,
    QUOTES,
    SENTENCES,
    TAGS,
    TIMES,
    TOKENS,
)
from crosscheck.statements import Statement, Via, find_statements, normalize_quote
from crosscheck.statements.matching import is_fragment, statement_subject

EXTRACTOR = "statements"
# Subject labels quote this many characters of the statement.
LABEL_CHARS = 60


@frozen
class StatementDetails(Details):
    """Of a ``statement.*`` claim: the statement it belongs to, its speaker and its channel.

    ``statement`` is the statement's id within its document (claims of one statement share it);
    ``level`` is ``statement`` for a via claim about one statement and ``speaker`` for the claim
    that a speaker is relayed through an intermediary (it carries ``quote``, the first words
    relayed). ``fragment`` marks a quotation too short to identify a statement on its own.
    ``speaker_resolution`` says how the speaker was found (a name, an earlier mention, a pronoun).
    """

    tag = "statement"
    statement: str | None = None
    kind: str | None = None
    fragment: bool = False
    level: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_resolution: str | None = None
    speaker_key: str | None = None
    audience: str | None = None
    via_key: str | None = None
    via_text: str | None = None
    via_cue: str | None = None
    via_inherited: bool = False
    date: str | None = None
    date_text: str | None = None
    verb: str | None = None
    quote: str | None = None
    # the speaker's title and organisation as the sentence sets them beside the name
    speaker_title: str | None = None
    speaker_organization: str | None = None
    speaker_organization_key: str | None = None
    # the reported clause a quote stands in ("said the talks had been “very productive” for both
    # sides"), as printed and where: context only, the quoted words are what is compared
    clause: str | None = None
    clause_start: int | None = None
    clause_end: int | None = None


_NO_STATEMENT = StatementDetails()


def statement_details(claim: Claim) -> StatementDetails:
    """Return a statement claim's details (empty ones for a plugin's claim without them)."""
    return claim.details if isinstance(claim.details, StatementDetails) else _NO_STATEMENT


def quote_label(written: str) -> str:
    """Return a short label for a statement: its opening words in quotation marks."""
    text = " ".join(written.split())
    if len(text) > LABEL_CHARS:
        text = text[:LABEL_CHARS].rsplit(" ", 1)[0] + " …"
    return f"“{text}”"


@plugins.extractor(
    EXTRACTOR,
    requires=(TOKENS, SENTENCES, TAGS, PARSE, ENTITIES, PARAGRAPHS, QUOTES, CUES, MENTIONS, TIMES),
    assigns=(Facet.STATEMENT_TEXT, Facet.STATEMENT_SPEAKER, Facet.STATEMENT_VIA),
)
def statement_claims(analysis: Analysis) -> list[Claim]:
    """Return the statement claims of one document.

    Args:
        analysis: the document and its shared layers (mentions and times are used when present).

    Returns:
        ``statement.text``, ``statement.speaker`` and ``statement.via`` claims in text order.
    """
    doc = analysis.document
    statements = find_statements(
        analysis.doc(), mentions=analysis.mentions(), times=analysis.times()
    )
    claims: list[Claim] = []
    for n, statement in enumerate(statements):
        claims.extend(_statement_claims(doc, statement, f"s{n}"))
    claims.extend(_speaker_vias(doc, statements))
    return claims


def _details(text: str, statement: Statement, local_id: str, value: str) -> StatementDetails:
    sp = statement.speaker
    via = statement.via
    return StatementDetails(
        statement=local_id,
        kind=statement.kind,
        fragment=is_fragment(value),
        speaker_text=sp.text if sp is not None else None,
        speaker_start=sp.start if sp is not None else None,
        speaker_end=sp.end if sp is not None else None,
        speaker_resolution=sp.resolution if sp is not None else None,
        speaker_key=sp.key if sp is not None else None,
        speaker_title=sp.title if sp is not None else None,
        speaker_organization=sp.organization if sp is not None else None,
        speaker_organization_key=sp.organization_key if sp is not None else None,
        audience=statement.audience,
        via_key=via.key if via is not None else None,
        via_text=via.text if via is not None else None,
        via_cue=via.cue if via is not None else None,
        via_inherited=via.inherited if via is not None else False,
        date=statement.date.value if statement.date is not None else None,
        date_text=statement.date.text if statement.date is not None else None,
        verb=statement.verb,
        clause=text[statement.clause[0] : statement.clause[1]] if statement.clause else None,
        clause_start=statement.clause[0] if statement.clause else None,
        clause_end=statement.clause[1] if statement.clause else None,
    )


def _statement_claims(doc: Document, statement: Statement, local_id: str) -> Iterator[Claim]:
    value = normalize_quote(statement.written)
    if not value:
        return
    speaker = statement.speaker
    speaker_key = speaker.key if speaker is not None else None
    fragment_key = (speaker_key or "") if is_fragment(value) else None
    details = _details(doc.text, statement, local_id, value)
    text_claim = Claim(
        doc_id=doc.id,
        facet=Facet.STATEMENT_TEXT,
        subject=statement_subject(value, fragment_key),
        subject_label=quote_label(statement.written),
        value=value,
        written=statement.written,
        evidence=tuple(doc.span(s, e) for s, e in statement.pieces),
        attributed_to=speaker.label if speaker is not None and speaker_key is not None else None,
        via=statement.via.label if statement.via is not None else None,
        modality=Modality.DENIED if statement.denied else Modality.REPORTED,
        details=details,
        extractor=EXTRACTOR,
    )
    yield text_claim
    if speaker is not None and speaker_key is not None:
        evidence = [doc.span(speaker.start, speaker.end)]
        if speaker.antecedent is not None and speaker.antecedent != (speaker.start, speaker.end):
            evidence.append(doc.span(*speaker.antecedent))
        yield evolve(
            text_claim,
            facet=Facet.STATEMENT_SPEAKER,
            value=speaker_key,
            written=speaker.text,
            evidence=tuple(evidence),
        )
    elif statement.via is not None:
        yield evolve(
            text_claim,
            facet=Facet.STATEMENT_VIA,
            value=statement.via.key,
            written=statement.via.text,
            evidence=(_via_span(doc, statement.via),),
            details=evolve(details, level="statement"),
        )


def _via_span(doc: Document, via: Via) -> Span:
    return doc.span(via.start, via.end)


def _speaker_vias(doc: Document, statements: list[Statement]) -> Iterator[Claim]:
    """One claim per (speaker, intermediary): the speaker is relayed through that intermediary."""
    seen: dict[tuple[str, str], Statement] = {}
    for st in statements:
        if st.speaker is None or st.speaker.key is None or st.via is None:
            continue
        pair = (st.speaker.key, st.via.key)
        earlier = seen.get(pair)
        if earlier is None or (
            earlier.via is not None and earlier.via.inherited and not st.via.inherited
        ):
            seen[pair] = st
    for (speaker_key, via_key), st in sorted(seen.items(), key=lambda kv: kv[1].start):
        assert st.speaker is not None and st.via is not None
        yield Claim(
            doc_id=doc.id,
            facet=Facet.STATEMENT_VIA,
            subject=speaker_key,
            subject_label=st.speaker.label or speaker_key,
            value=via_key,
            written=st.via.text,
            # the cue naming the intermediary, then the words it carried
            evidence=(_via_span(doc, st.via), doc.span(*st.pieces[0])),
            attributed_to=st.speaker.label,
            via=st.via.label,
            modality=Modality.REPORTED,
            details=StatementDetails(
                level="speaker",
                via_cue=st.via.cue,
                quote=quote_label(st.written),
                speaker_resolution=st.speaker.resolution,
            ),
            extractor=EXTRACTOR,
        )
