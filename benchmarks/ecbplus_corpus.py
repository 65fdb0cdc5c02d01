"""Read ECB+ articles into crosscheck's input form, keeping every gold mention's character offsets.

ECB+ 1.0 (Cybulska & Vossen 2014, CC BY 3.0) stores each article as tokens with no whitespace, plus
markables (event, time, location and participant mentions anchored on token ids) and cross-document
coreference chains. This module rebuilds readable body text from the tokens, writes each article as a
plain-text file with a ``Title:``/``Outlet:``/``URL:`` header (no publication date: ECB+ gives none),
and maps every gold mention to the character span it covers in ``Document.text``, so that a finding's
evidence can be checked against the gold annotation.

Used by ``benchmarks/ecbplus.py`` (alignment yardstick) and ``benchmarks/inject.py`` (contradiction
injection). Nothing here is part of the library.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "ecbplus"

# The conventional ECB+ split (Cybulska & Vossen 2015): topics 36-45 are the test set, a handful of
# earlier topics the development set, the rest training. Only the topics shipped in shared/ are listed.
# We steer by the development and training topics and report the test topics separately, so that a
# figure on them says how the library does on stories nobody tuned it to.
DEV_TOPICS = ("2", "5", "18", "21", "23", "34", "35")
TEST_TOPICS = ("37", "38", "39", "41", "42", "43", "45")

# Markable tag prefixes → gold class. NEG_ACTION_* are negated events; still events.
_CLASS_OF_PREFIX = (
    ("NEG_ACTION_", "action"),
    ("ACTION_", "action"),
    ("TIME_", "time"),
    ("LOC_", "location"),
    ("HUMAN_PART", "participant"),
    ("NON_HUMAN_PART", "participant"),
)

# Tokens after which no space is written, and tokens before which none is.
_NO_SPACE_BEFORE = frozenset(
    {
        ".",
        ",",
        ":",
        ";",
        "!",
        "?",
        ")",
        "]",
        "}",
        "%",
        "'s",
        "'S",
        "n't",
        "N'T",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
        "''",
        "\u2019s",
        "\u201d",
        "\u2019",
    }
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "\u201c", "\u2018", "#"})
_OPEN_QUOTES = {"``": "\u201c", "''": "\u201d"}  # Penn-Treebank quote tokens → typographic quotes
_TERMINAL = (".", "!", "?", "\u201d", '"', "'", ")")
_DIGITS = re.compile(r"\d+\Z")
_LETTER = re.compile(r"[A-Za-z]\Z")
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class GoldMention:
    """One annotated mention: its markable id, tag, class, chain and character span in the body."""

    m_id: str
    tag: str  # e.g. TIME_DATE, LOC_GEO, ACTION_OCCURRENCE, HUMAN_PART_PER
    cls: str  # action | time | location | participant
    start: int
    end: int
    text: str
    sentence: int
    chain: str | None  # cross-document instance id, None for mentions in no cross-document chain
    pieces: tuple[tuple[int, int], ...] = ()  # the token spans, for non-contiguous mentions


@dataclass(frozen=True)
class Article:
    """One ECB+ article rebuilt as text, with its gold mentions."""

    name: str  # file stem, e.g. "37_4ecbplus"
    topic: str  # "37"
    subtopic: str  # "37ecb" or "37ecbplus": articles of one subtopic report one seminal event
    title: str
    outlet: str | None
    url: str | None
    text: str  # the body, exactly as it becomes Document.text
    mentions: tuple[GoldMention, ...] = field(default=())

    @property
    def file_name(self) -> str:
        return f"{self.name}.txt"

    def render(self) -> str:
        """Return the file content: a header block, a blank line, then the body."""
        lines = [f"Title: {_one_line(self.title)}"]
        if self.outlet:
            lines.append(f"Outlet: {self.outlet}")
        if self.url:
            lines.append(f"URL: {self.url}")
        return "\n".join(lines) + "\n\n" + self.text


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200] or "(untitled)"


def _class_of(tag: str) -> str | None:
    for prefix, cls in _CLASS_OF_PREFIX:
        if tag.startswith(prefix):
            return cls
    return None


def _detokenise(
    sentences: Sequence[Sequence[tuple[str, str]]],
) -> tuple[str, dict[str, tuple[int, int]]]:
    """Join tokens into text, one sentence a line; return the text and each token id's span.

    Headline-like sentences (no closing punctuation) end with a blank line so that no sentence
    splitter joins them to the next sentence.
    """
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    for sentence in sentences:
        prev = ""
        open_quote = False  # straight double quotes: an opening one glues right, a closing one left
        for i, (t_id, raw) in enumerate(sentence):
            token = _OPEN_QUOTES.get(raw, raw)
            nxt = sentence[i + 1][1] if i + 1 < len(sentence) else ""
            glue = (
                i > 0
                and (
                    raw in _NO_SPACE_BEFORE
                    or prev in _NO_SPACE_AFTER
                    or prev == "``"
                    or (raw == '"' and open_quote)
                    or (prev == '"' and open_quote)
                    or (prev in {"\u2019", "'"} and raw in {"s", "S"})
                    # ECB+ splits "6.1", "8:13", "a.m." and "first-degree" into pieces: rejoin them.
                    or (
                        prev in {".", ":"}
                        and raw[:1].isdigit()
                        and _DIGITS.match(_before_prev(sentence, i))
                    )
                    or (
                        prev == "-"
                        and _WORDISH.match(raw)
                        and _WORDISH.search(_before_prev(sentence, i))
                    )
                    or (raw == "-" and _WORDISH.search(prev) and _WORDISH.match(nxt))
                    or (
                        prev == "."
                        and _LETTER.match(raw)
                        and _LETTER.match(_before_prev(sentence, i))
                    )
                )
            )
            if i > 0 and not glue:
                parts.append(" ")
                pos += 1
            offsets[t_id] = (pos, pos + len(token))
            parts.append(token)
            pos += len(token)
            if raw == '"':
                open_quote = not open_quote
            prev = raw
        if sentence:
            last = _OPEN_QUOTES.get(sentence[-1][1], sentence[-1][1])
            sep = "\n" if last.endswith(_TERMINAL) else "\n\n"
            parts.append(sep)
            pos += len(sep)
    return "".join(parts), offsets


def _before_prev(sentence: Sequence[tuple[str, str]], i: int) -> str:
    return sentence[i - 2][1] if i >= 2 else ""


def _url_from_tokens(tokens: Iterable[str]) -> str:
    return "".join(tokens)


def _outlet_from_url(url: str) -> str | None:
    match = re.match(r"[a-z]+://([^/]+)", url, re.IGNORECASE)
    if not match:
        return None
    host = match.group(1).lower()
    return host[4:] if host.startswith("www.") else host


def read_article(path: Path) -> Article:
    """Read one ECB+ XML file into an :class:`Article`."""
    root = ET.parse(path).getroot()
    name = path.stem
    topic, rest = name.split("_", 1)
    plus = rest.endswith("ecbplus")
    subtopic = topic + ("ecbplus" if plus else "ecb")

    by_sentence: dict[int, list[tuple[str, str]]] = {}
    sentence_of: dict[str, int] = {}
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        t_id = tok.get("t_id", "")
        by_sentence.setdefault(s, []).append((t_id, tok.text or ""))
        sentence_of[t_id] = s
    url: str | None = None
    if plus and 0 in by_sentence:
        # In the ecbplus files sentence 0 is the page URL, tokenised; it is metadata, not body text.
        url = _url_from_tokens(t for _, t in by_sentence.pop(0))
    order = sorted(by_sentence)
    text, offsets = _detokenise([by_sentence[s] for s in order])
    first = by_sentence[order[0]] if order else []
    title = " ".join(t for _, t in first)

    # Markables: mentions (with anchors) and instances (without).
    instance_of_mid: dict[str, str] = {}
    markables = root.find("Markables")
    anchored: list[tuple[str, str, list[str]]] = []
    if markables is not None:
        for m in markables:
            m_id = m.get("m_id", "")
            anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
            if anchors:
                anchored.append((m_id, m.tag, anchors))
            elif m.get("instance_id"):
                instance_of_mid[m_id] = m.get("instance_id", "")
    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.findall("CROSS_DOC_COREF"):
            target = rel.find("target")
            instance = rel.get("note") or (
                instance_of_mid.get(target.get("m_id", "")) if target is not None else None
            )
            if not instance:
                continue
            for src in rel.findall("source"):
                chain_of[src.get("m_id", "")] = instance

    mentions: list[GoldMention] = []
    for m_id, tag, anchors in anchored:
        cls = _class_of(tag)
        spans = [offsets[a] for a in anchors if a in offsets]
        if cls is None or not spans:
            continue  # a mention in the URL line, or an unknown tag
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        mentions.append(
            GoldMention(
                m_id=m_id,
                tag=tag,
                cls=cls,
                start=start,
                end=end,
                text=text[start:end],
                sentence=sentence_of.get(anchors[0], -1),
                chain=chain_of.get(m_id),
                pieces=tuple(sorted(spans)),
            )
        )
    mentions.sort(key=lambda g: (g.start, g.end, g.m_id))
    return Article(
        name=name,
        topic=topic,
        subtopic=subtopic,
        title=title,
        outlet=_outlet_from_url(url) if url else None,
        url=url,
        text=text,
        mentions=tuple(mentions),
    )


def topic_folders(root: Path, topics: Iterable[str] | None = None) -> list[Path]:
    """Return the topic folders under ``root`` (all, or those named), in numeric order."""
    wanted = set(topics) if topics else None
    folders = [p for p in root.iterdir() if p.is_dir() and p.name.isdigit()]
    if wanted is not None:
        folders = [p for p in folders if p.name in wanted]
    return sorted(folders, key=lambda p: int(p.name))


def read_topic(folder: Path) -> list[Article]:
    """Read every article of one topic folder, sorted by name."""
    return [read_article(p) for p in sorted(folder.glob("*.xml"))]


def write_corpus(articles: Iterable[Article], folder: Path) -> dict[str, Article]:
    """Write articles as header-text files into ``folder``; return them by the document id they get."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Article] = {}
    for article in articles:
        (folder / article.file_name).write_text(article.render(), encoding="utf-8")
        written[article.file_name] = article
    return written


def split_of(topic: str) -> str:
    """Return ``dev``, ``test`` or ``train`` for a topic number."""
    if topic in DEV_TOPICS:
        return "dev"
    if topic in TEST_TOPICS:
        return "test"
    return "train"
