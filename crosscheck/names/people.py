"""Find people's names in a text and link later short references to them.

A capitalised run of words (lower-case particles allowed inside: "Ellen van Dijk") is a person's
name when something says so: a title or honorific before it ("Defense Minister Taro Yamada",
"Mr. Kang", "Prime Ministers A B and C D", "the company's chairman, A B,"), an appositive or
relative clause after it ("Choi Min-ho, a professor of ...", "X, who chairs ..."), the shape of a
romanised East Asian name (a family name and a hyphenated given name that splits into syllables:
"Jang Ji-won"), or, for a run of two or three words none of which names an organisation or a
place, a common given name first or the last word used alone elsewhere in the document (a
surname reference: "Hanna Korhonen met ... Korhonen said"). Later references by family name
("Kang", "Mr. Kang", "van Dijk") or by title ("the president") are linked to the full name the
same document uses. Title-case lines (headlines) only get linked, never parsed for new names:
every word there is capitalised.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from attrs import frozen

from crosscheck.names.keys import ascii_fold, canon_token, romanization, segment
from crosscheck.names.lexicon import Lexicon, lexicon
from crosscheck.names.text import TokenIndex, is_name_word, soft_gap

# Particles in a row inside a name ("van der" in "Jan van der Berg").
MAX_PARTICLES = 2


@frozen
class Title:
    """A role word or honorific written in the text, with its normalised role ("" for "Mr.")."""

    start: int
    end: int
    written: str
    role: str
    future: bool = False  # "President-elect"
    plural: bool = False  # "Prime Ministers A B and C D"


# The role word of an appositive starts within this many characters after the comma
# ("Jang Ji-won, an adviser ...", "Ahn Jun, president of ...").
APPOSITIVE_WINDOW = 60
# A title may be separated from the name by this many spaces.
TITLE_GAP = 2
# "Prime Ministers A B, C D and E F": names a plural title covers.
MAX_COORDINATED = 4
# "the head of the National Election Office, A B,": the role word starts at most this many
# characters before the comma.
COMMA_TITLE_WINDOW = 60

# Punctuation that ends a clause inside a sentence; sentence ends are the Doc's.
_CLAUSE_PUNCT = re.compile(r"[,;:()\"“”!?]")
_WHO = re.compile(r",[ \t]+who[ \t]+(\w+(?:[ \t]+as)?)")
_COMMA = re.compile(r",[ \t]+(?:(a|an|the)[ \t]+)?")
_COPULA = re.compile(r"[ \t]+(?:is|was)[ \t]+(a|an|the)[ \t]+")
_AFTER_ROLE = re.compile(r"[ \t]+(\w+)|[ \t]*([,.;:)\n]|\Z)")
_CONJUNCTION = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)\Z")
# After the first name a plural title covers, the list goes on: ", C D" or " and C D".
_LIST_NEXT = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Z]")
_COMMA_GAP = re.compile(r",[ \t]+\Z")
# A title set off by commas is a title of the name only after a determiner or a possessive, with
# at most two words between ("Finland's new premier, A B,", "the head of X, A B,").
_DETERMINED = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|\w['\u2019]s)(?:[ \t]+[\w-]+){0,2}[ \t]+\Z"
)
# The "of" phrase may list capitalised items: "Minister of Development, Industry, Trade and
# Services, A B,".
_OF_PHRASE = re.compile(
    r"[ \t]+of[ \t]+[^,;:()\"\u201c\u201d!?.\n]+"
    r"(?:,[ \t]+[A-Z][^,;:()\"\u201c\u201d!?.\n]*)*\Z"
)
# A title whose own words list more ("Minister of Development, Industry, Trade and Services"):
# capitalised items after commas, the last joined by "and".
_LISTED_PORTFOLIOS = re.compile(
    r"(?:,[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*)*"
    r",?[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*\Z"
)
# After a word set off by commas, a list that goes on ("Industry, Trade and Services"): the word
# is one of the list's items, not a person's name.
_LIST_GOES_ON = re.compile(
    r",[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*[ \t]+(?:and|&)[ \t]+[A-Z]"
)
# A membership set off by a comma: ", of the <words> <Body>" up to the punctuation closing it
# (bounded, one lazy run: no backtracking blow-up).
_OF_THE = re.compile(
    r",[ \t]+of[ \t]+the[ \t]+([^,.;:()\"\u201c\u201d!?\n]{1,60}?)[ \t]*(?:[,.;:)]|\Z)"
)
# An appositive set off by commas closes before the clause goes on.
_CLOSES = re.compile(r"[ \t]*(?:[,.;:)]|\Z)")


# A person's name is at most this many words ("John Fitzgerald Kennedy Jr").
MAX_NAME_WORDS = 4
# Syllables a romanised given-name part may have ("Ji-won": 1 + 1; "Minseok": 2).
MAX_GIVEN_SYLLABLES = 2
# A name found by its shape alone (a given name, a surname used alone) has at most this many words:
# longer capitalised runs are mostly names of things.
MAX_SHAPED_WORDS = 3

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_OF_AFTER = re.compile(r"[ \t]+of\b")
_AND = re.compile(r"[ \t]+and[ \t]+")
_AND_BEFORE = re.compile(r"[ \t]+and[ \t]+\Z")
_NEXT_WORD = re.compile(r"[ \t]+(?:(?:will|would|had|have|has|to)[ \t]+)?(\w+)")
# Words before a lone capitalised word that make it a common noun or a thing, not a surname.
_DETERMINERS = frozenset({"a", "an", "its", "that", "the", "their", "these", "this", "those"})


@frozen
class PersonRef:
    """A reference to a person named in full elsewhere in the document."""

    start: int
    end: int
    target: int  # index into the full-name list given to ``short_references``


class PeopleFinder:
    """The person-name finders over one text (titles, runs of capitalised words, references)."""

    def __init__(
        self,
        text: str,
        index: TokenIndex,
        lex: Lexicon | None = None,
        nicknames: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.index = index
        self.lex = lex or lexicon()
        # Quoted nicknames set inside a name (``nlp.quotes.nicknames_in_names``): a run of name
        # words goes on across one, so the name around it is one person's, not two.
        self.nicknames = sorted(nicknames)
        self._nicknamed: set[int] = set()  # first tokens of runs that go on across a nickname
        self.titles = self._titles()
        self.title_starts = [t.start for t in self.titles]
        self._title_by_end = {t.end: t for t in self.titles}
        self._role_starts = [t.start for t in self.titles if t.role]
        self._role_titles = [t for t in self.titles if t.role]
        self._title_tokens = self._tokens_in_titles()
        self._runs = self._find_runs()
        self._run_by_start = {self.index.tokens[r[0]].start: r for r in self._runs}
        self._run_by_end = {self._name_end(r[-1]): r for r in self._runs}

    # --- titles ---

    def _titles(self) -> list[Title]:
        found: list[Title] = []
        for m in self.lex.role_pattern.finditer(self.text):
            written = m.group("role")
            role = self.lex.role(written)
            if role:
                future = m.group("suffix") is not None
                plural = self.lex.is_plural(written)
                found.append(Title(m.start(), m.end(), m.group(), role, future, plural))
        for tok in self.index.tokens:
            bare = tok.text.rstrip(".")
            if bare.lower() in self.lex.honorifics and bare[:1].isupper():
                end = tok.end + 1 if self.text[tok.end : tok.end + 1] == "." else tok.end
                found.append(Title(tok.start, end, self.text[tok.start : end], ""))
        return sorted(found, key=lambda t: (t.start, t.end))

    def _tokens_in_titles(self) -> set[int]:
        inside: set[int] = set()
        for title in self.titles:
            i = self.index.at(title.start)
            # A title may start inside a word ("Vice-Governor": the role begins after the
            # hyphen); that word is the title's, or it would start a name run and swallow the
            # name after it.
            if i > 0 and self.index.tokens[i - 1].end > title.start:
                i -= 1
            while i < len(self.index.tokens) and self.index.tokens[i].start < title.end:
                inside.add(i)
                i += 1
        return inside

    # --- names ---

    def is_name_token(self, i: int) -> bool:
        """Return True if token ``i`` can be part of a person's name."""
        tok = self.index.tokens[i]
        word = tok.bare
        return (
            i not in self._title_tokens
            and (is_name_word(word) or self._particle_word(word))
            and not self.lex.is_stopword(word)
        )

    def _particle_word(self, word: str) -> bool:
        """Return True for "al-Assad", "el-Sisi": a particle joined to a capitalised name."""
        head, _, rest = word.partition("-")
        return head in self.lex.particles and is_name_word(rest)

    def is_particle(self, i: int) -> bool:
        """Return True if token ``i`` is a lower-case name particle ("van", "de", "bin")."""
        return self.index.tokens[i].text in self.lex.particles

    def runs(self) -> list[list[int]]:
        """Return maximal runs of name tokens, in text order.

        Words are separated by one space (or a wrapped line); one or two lower-case particles may
        stand between two of them ("Jan van der Berg"). A possessive ends a run.
        """
        return self._runs

    def _find_runs(self) -> list[list[int]]:
        runs: list[list[int]] = []
        current: list[int] = []
        pending: list[int] = []  # particles after the run, kept if a name word follows
        tokens = self.index.tokens
        nick = 0  # the next nickname span not yet passed
        # the first token of a run that goes on across a nickname -> where the words after it start
        cuts: dict[int, int] = {}
        bridge = -1  # where a nickname right after the current run ends
        for i in range(len(tokens)):
            start = tokens[i].start
            while nick < len(self.nicknames) and self.nicknames[nick][1] <= start:
                nick += 1
            if nick < len(self.nicknames) and self.nicknames[nick][0] <= start:
                # inside a nickname: the run goes on past it when the nickname touches the run
                lo, hi = self.nicknames[nick]
                if bridge < 0 and current and not pending and not tokens[current[-1]].clitic:
                    bridge = hi if soft_gap(self.text, tokens[current[-1]].end, lo) else -1
                if bridge < 0:
                    current, pending = [], []
                continue
            last = pending[-1] if pending else (current[-1] if current else -1)
            gap_from = bridge if bridge >= 0 else tokens[last].end
            bridged, bridge = bridge >= 0, -1
            open_ = (
                current and not tokens[current[-1]].clitic and soft_gap(self.text, gap_from, start)
            )
            if self.is_name_token(i):
                if open_:
                    if bridged:
                        cuts[current[0]] = len(current)
                    current.extend(pending)
                    current.append(i)
                else:
                    current = [i]
                    runs.append(current)
                pending = []
            elif open_ and self.is_particle(i) and len(pending) < MAX_PARTICLES:
                pending.append(i)
            else:
                current, pending = [], []
        return self._split_at_nicknames(runs, cuts)

    def _split_at_nicknames(self, runs: list[list[int]], cuts: dict[int, int]) -> list[list[int]]:
        """Keep a run across its nickname when one word, the surname, follows it ('Marek "The
        Crane" Nowak'); a full name after the nickname ('the Baltic "Crane" Marek Nowak') is
        the name, and the words before it are no part of it."""
        out: list[list[int]] = []
        for run in runs:
            cut = cuts.get(run[0])
            if cut is None:
                out.append(run)
            elif self.words(run[cut:]) >= 2:
                out.extend((run[:cut], run[cut:]))
            else:
                self._nicknamed.add(run[0])
                out.append(run)
        return out

    def words(self, run: Sequence[int]) -> int:
        """Return how many capitalised words a run has (its particles not counted)."""
        return sum(1 for i in run if not self.is_particle(i))

    def _name_end(self, i: int) -> int:
        return self.index.tokens[i].bare_end

    # --- the title that names a person, and the role phrase after a name ---

    def title_before(self, start: int) -> Title | None:
        """Return the title or honorific that names the person whose name starts at ``start``.

        The title is written right before the name (a space or a wrapped line between), or is a
        plural title before an earlier name of the same list ("Prime Ministers A B and C D"), or
        sets the name off by commas after a determiner or possessive ("Finland's premier, A B,").
        """
        direct = self._direct_title(start)
        if direct is not None and direct.plural and not self._list_follows(start):
            # "Princes Street Gardens", "Kings Road West": a place that reads as a plural title
            # ("princes", "kings") before one capitalised name is no title of a list of people.
            direct = None
        return direct or self._coordinated_title(start) or self._comma_title(start)

    def _list_follows(self, start: int) -> bool:
        """Return True if the name starting at ``start`` is followed by another of a list."""
        run = self._run_by_start.get(start)
        return run is not None and _LIST_NEXT.match(self.text, self._name_end(run[-1])) is not None

    def _direct_title(self, start: int) -> Title | None:
        pos = start
        while pos > 0 and start - pos < TITLE_GAP and self.text[pos - 1] in " \t":
            pos -= 1
            title = self._title_by_end.get(pos)
            if title is not None:
                return title
        # A title at the end of a wrapped line, the name on the next.
        end = start
        while end > 0 and start - end <= TITLE_GAP + 1 and self.text[end - 1] in " \t\n":
            end -= 1
        if "\n" in self.text[end:start] and soft_gap(self.text, end, start):
            return self._title_by_end.get(end)
        return None

    def _coordinated_title(self, start: int) -> Title | None:
        for _ in range(MAX_COORDINATED - 1):
            conj = _CONJUNCTION.search(self.text, max(0, start - 12), start)
            if conj is None:
                return None
            before = self._run_by_end.get(conj.start())
            if before is None:
                return None
            start = self.index.tokens[before[0]].start
            title = self._direct_title(start)
            if title is not None:
                return title if title.plural else None
        return None

    def _comma_title(self, start: int) -> Title | None:
        gap = _COMMA_GAP.search(self.text, max(0, start - 4), start)
        run = self._run_by_start.get(start)
        if gap is None or run is None:
            return None
        if not _CLOSES.match(self.text, self._name_end(run[-1])):
            return None  # "the chairman, A B said" does not set A B off
        if _LIST_GOES_ON.match(self.text, self._name_end(run[-1])):
            return None  # "Minister of Development, Industry, Trade and Services, A B"
        comma = gap.start()
        title = self._title_by_end.get(comma)
        if title is None:
            # "the head of the Election Office, A B,": the role word, then an "of" phrase.
            i = bisect.bisect_left(self._role_starts, comma) - 1
            if i < 0:
                return None
            title = self._role_titles[i]
            if comma - title.start > COMMA_TITLE_WINDOW or title.end > comma:
                return None
            between = self.text[title.end : comma]
            if not (_OF_PHRASE.match(between) or _LISTED_PORTFOLIOS.match(between)):
                return None
        if not title.role or title.plural:
            return None
        if not _DETERMINED.search(self.text, max(0, title.start - 40), title.start):
            return None
        return title

    def role_after(self, start: int) -> Title | None:
        """Return the first role word starting within the appositive window after ``start``."""
        i = bisect.bisect_left(self._role_starts, start)
        if i == len(self._role_titles):
            return None
        title = self._role_titles[i]
        if title.start - start > APPOSITIVE_WINDOW:
            return None
        if _CLAUSE_PUNCT.search(self.text, start, title.start):
            return None
        if self.index.sentence_stop(start) < title.start:
            return None  # the role word is in the next sentence
        return title

    def _has_role_after(self, end: int) -> bool:
        text = self.text
        who = _WHO.match(text, end)
        if who:
            verb = " ".join(who.group(1).lower().split())
            return verb in self.lex.verbs or verb in self.lex.copulas
        for pattern in (_COMMA, _COPULA):
            m = pattern.match(text, end)
            if not m:
                continue
            title = self.role_after(m.end())
            if title is None:
                continue
            after = _AFTER_ROLE.match(text, title.end)
            if after is None:
                continue
            if m.group(1) in ("a", "an"):
                return True  # "X, a professor ...", "X is a freelance writer ..."
            word = (after.group(1) or "").lower()
            # "the president of X" is an appositive; "the president said" is a new subject.
            if word in self.lex.prepositions or word == "and" or after.group(2) is not None:
                return True
        return False

    def _member_after(self, end: int) -> bool:
        """Return whether a membership set off after a name makes it a person's: ", of the
        (opposition) Verdant Party," ends in a body whose members are people (`member_bodies`)
        and whose own name is capitalised. "Northwind Ferries, of the Harbour group," is a firm's
        place in a group, no membership."""
        m = _OF_THE.match(self.text, end)
        if m is None:
            return False
        words = m.group(1).split()
        if len(words) < 2 or not words[-1][:1].isupper() or not words[-2][:1].isupper():
            return False
        return ascii_fold(words[-1]).lower() in self.lex.member_bodies

    # --- full names ---

    def _korean_shaped(self, family: str, given: str) -> bool:
        if "-" not in given or given.count("-") > 1:
            return False
        head, tail = given.split("-")
        if not tail or not tail[0].islower():
            return False
        table = romanization()
        fam = ascii_fold(family)
        if fam not in table.family and fam not in table.inventory:
            return False
        for part in (head, tail):
            syllables = segment(ascii_fold(part))
            if syllables is None or len(syllables) > MAX_GIVEN_SYLLABLES:
                return False
        return True

    def full_names(self, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
        """Return the spans of person names of two or more words found by a trigger.

        Args:
            free: tells whether a span is still unclaimed by a higher-priority mention.
        """
        tokens = self.index.tokens
        spans: set[tuple[int, int]] = set()
        found: set[str] = set()
        shaped: list[list[int]] = []
        for run in self.runs():
            first, last = tokens[run[0]], tokens[run[-1]]
            sized = 2 <= self.words(run) <= MAX_NAME_WORDS
            headline = self.index.in_headline(first.start)
            # Title before the run ("Defense Minister Taro Yamada"), or an appositive, relative
            # clause or copula after it ("Choi Min-ho, a professor ...").
            # A quoted nickname set inside the run ("Marek "The Crane" Nowak") is a person's too:
            # names of things carry no nickname between their words.
            triggered = sized and (
                self.title_before(first.start) is not None
                or self._has_role_after(last.end)
                or (
                    (self._member_after(last.end) or run[0] in self._nicknamed)
                    and self._person_shaped(run, None)
                )
            )
            if self._surname_reference(run):
                continue  # "Van Dijk": a capitalised particle and a surname refer to a full name
            if triggered and not headline:
                span = (first.start, self._name_end(run[-1]))
                spans.add(span)
                found.add(self._folded(*span))
                continue
            # Romanised East Asian shape anywhere in the run, headlines and bylines included
            # ("By Oh Min-seok"): the shape itself is the evidence.
            for a, b in itertools.pairwise(run):
                if self._korean_shaped(tokens[a].bare, tokens[b].bare):
                    spans.add((tokens[a].start, self._name_end(b)))
            if not headline and 2 <= self.words(run) <= MAX_SHAPED_WORDS:
                shaped.append(run)
        surnames = self._lone_words(free)
        rest: list[tuple[int, int]] = []
        for run in shaped:
            span = (tokens[run[0]].start, self._name_end(run[-1]))
            if self._person_shaped(run, surnames) or self._folded(*span) in found:
                spans.add(span)
            elif self._person_shaped(run, None):
                rest.append(span)
        # "A B and C D met": a name joined to a person's name before a verb of meeting is one.
        starts = {s: e for s, e in spans}
        ends = {e: s for s, e in spans}
        for start, end in rest:
            after = _AND.match(self.text, end)
            partner = starts.get(after.end()) if after is not None else None
            if partner is not None and self._meeting_verb(partner):
                spans.add((start, end))
                continue
            before = _AND_BEFORE.search(self.text, max(0, start - 8), start)
            if before is not None and before.start() in ends and self._meeting_verb(end):
                spans.add((start, end))
        return sorted(s for s in spans if free(*s))

    def _meeting_verb(self, end: int) -> bool:
        verb = _NEXT_WORD.match(self.text, end)
        return verb is not None and verb.group(1).lower() in self.lex.meeting_verbs

    def _surname_reference(self, run: Sequence[int]) -> bool:
        first = self.index.tokens[run[0]].text
        return self.words(run) == 2 and first.lower() in self.lex.particles

    def _folded(self, start: int, end: int) -> str:
        return " ".join(ascii_fold(self.text[start:end]).split())

    def _key(self, i: int) -> str:
        return canon_token(ascii_fold(self.index.tokens[i].bare))

    def _lone_words(self, free: Callable[[int, int], bool]) -> set[str]:
        """Return the keys of capitalised words used alone as names: "Korhonen said", "Mr. Ruiz".

        A word after a determiner ("the Union") is a noun, not a surname; a word the registry
        resolved ("Reuters") is the name of something else.
        """
        lone: set[str] = set()
        tokens = self.index.tokens
        for run in self.runs():
            if self.words(run) != 1 and not self._surname_reference(run):
                continue
            i = run[-1]
            before = tokens[run[0] - 1].text.lower() if run[0] > 0 else ""
            if before not in _DETERMINERS and free(tokens[i].start, self._name_end(i)):
                lone.add(self._key(i))
        return lone

    def _person_shaped(self, run: Sequence[int], surnames: set[str] | None) -> bool:
        """Return True if a run of capitalised words with no trigger still has a person's shape.

        No word may name an organisation or place ("Union", "Bank") or modify a title; then the
        first word must be a known given name or the last one a surname the document uses alone.
        With ``surnames`` None, only the first condition is checked.
        """
        tokens = self.index.tokens
        words = [i for i in run if not self.is_particle(i)]
        folded = [ascii_fold(tokens[i].bare) for i in words]
        lex = self.lex
        if any(w in lex.not_name_words or w in lex.title_modifiers for w in folded):
            return False
        if any(tokens[i].text.isupper() for i in words):
            return False  # "NATO Summit": acronyms are not parts of people's names
        if surnames is None:
            return True
        return folded[0] in lex.given_names or self._key(words[-1]) in surnames

    # --- references ---

    def short_references(
        self, full: Sequence[tuple[int, int]], free: Callable[[int, int], bool]
    ) -> tuple[list[PersonRef], list[tuple[int, int]]]:
        """Link single-word references ("Kang", "Mr. Kang") to full names of the same document.

        Args:
            full: spans of the document's full person names (two words or more), sorted.
            free: tells whether a span is still unclaimed.

        Returns:
            The references linked to an index of ``full`` (the nearest preceding full name with
            that family or given name, else the nearest following one), and the spans of titled
            single words that match no full name ("President Macron"): people named only so.
        """
        parts: dict[str, list[int]] = {}
        for n, (start, end) in enumerate(full):
            # Name spans end before a clitic (``Word.bare_end``), so the words are bare.
            words = self.text[start:end].split()
            for key in sorted({canon_token(ascii_fold(w)) for w in (words[0], words[-1])}):
                parts.setdefault(key, []).append(n)  # in text order, as ``full`` is sorted
        part_starts = {key: [full[n][0] for n in ns] for key, ns in parts.items()}
        refs: list[PersonRef] = []
        alone: list[tuple[int, int]] = []
        tokens = self.index.tokens
        for run in self.runs():
            first = run[0]
            if self._surname_reference(run):
                first = run[1]  # "Van Dijk said": a capitalised particle before a surname
            elif len(run) != 1:
                continue  # a longer run is a full name (or not a name): full_names decides
            tok = tokens[first]
            start = tokens[run[0]].start
            if run[0] > 0 and self.is_particle(run[0] - 1):
                particle = tokens[run[0] - 1]
                if self.text[particle.end : tok.start] == " ":
                    start = particle.start  # "van Dijk said"
            title = self.title_before(start)
            end = self._name_end(run[-1])
            if not free(start, end):
                continue
            word = self.text[tok.start : end]
            key = canon_token(ascii_fold(word))
            candidates = parts.get(key, [])
            if candidates:
                i = bisect.bisect_left(part_starts[key], tok.start) - 1
                # The nearest full name before; a caption or headline may precede it, so else
                # the first one after.
                refs.append(PersonRef(start, end, candidates[max(i, 0)]))
            elif (
                title is not None
                and (not title.role or title.written[:1].isupper())
                and not self.index.in_headline(tok.start)
            ):
                alone.append((start, end))
        return refs, alone

    def role_references(
        self, titled: Sequence[tuple[int, int, str]], free: Callable[[int, int], bool]
    ) -> list[tuple[int, int, int]]:
        """Link "the president" to the person last named with that title.

        Args:
            titled: (start, end, normalised role) of person mentions with a title, sorted.
            free: tells whether a span is still unclaimed.

        Returns:
            (start, end, index into ``titled``) for each linked reference.
        """
        linked: list[tuple[int, int, int]] = []
        by_role: dict[str, list[int]] = {}
        for n, (_start, _end, r) in enumerate(titled):
            by_role.setdefault(r, []).append(n)  # in text order, as ``titled`` is sorted
        role_starts = {r: [titled[n][0] for n in ns] for r, ns in by_role.items()}
        for m in self.lex.referring_pattern.finditer(self.text):
            written = m.group()
            the = _THE_BEFORE.search(self.text, max(0, m.start() - 4), m.start())
            if the is None or written != written.lower():
                continue
            if _OF_AFTER.match(self.text, m.end()):
                continue  # "the president of the institute" describes, it does not refer
            role = self.lex.role(written)
            holders = by_role.get(role or "", [])
            i = bisect.bisect_left(role_starts.get(role or "", []), m.start()) - 1
            if i >= 0 and free(the.start(), m.end()):
                linked.append((the.start(), m.end(), holders[i]))
        return linked
