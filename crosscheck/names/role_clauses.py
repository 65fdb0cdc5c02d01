"""Read the roles a clause after a name gives: appositive, copula or relative ("A B, a professor of ...")."""

from __future__ import annotations

import re

from attrs import evolve

from crosscheck.model import Mention
from crosscheck.names.name_runs import Title
from crosscheck.names.role_orgs import _CLAUSE_END
from crosscheck.names.role_reader import RoleFact
from crosscheck.names.role_titles import _POSSESSIVE_GAP, SUBORDINATE, _TitleReader
from crosscheck.names.text import soft_gap

# An appositive lists at most this many roles joined by "and" ("an adviser to the DP and a former
# intelligence chief").
MAX_CONJUNCTS = 3
# The object of "who chairs ..." ends at the clause's end or after this many characters.
OBJECT_WINDOW = 120

_WHO = re.compile(r",[ \t]+who[ \t]+(\w+(?:[ \t]+as)?)[ \t]+")
_COMMA = re.compile(r",[ \t]+")
_COPULA = re.compile(r"[ \t]+(is|was|serves[ \t]+as|served[ \t]+as|remains)[ \t]+")
_ARTICLE = re.compile(r"(?:a|an|the)[ \t]+", re.IGNORECASE)
_AND = re.compile(r"[ \t]+and[ \t]+(?=(?:a|an|the|former|ex)\b)")
_LAST_WORD = re.compile(r"(\w+)(?:-|[ \t]+)\Z")


class _ClauseReader(_TitleReader):
    """Read the roles clauses after names give, on top of the title and organisation readers."""

    # --- after the name ---

    def after(self, person: Mention) -> list[RoleFact]:
        end = person.span.end
        who = _WHO.match(self.text, end)
        if who:
            verb = " ".join(who.group(1).lower().split())
            past = verb in self.lex.past_verbs
            if verb in self.lex.verbs:
                return self._relative(person, verb, who.end(), past)
            if verb in self.lex.copulas:
                return self._appositive(person, who.end(), past, "relative")
            return []
        copula = _COPULA.match(self.text, end)
        if copula:
            verb = " ".join(copula.group(1).lower().split())
            return self._appositive(person, copula.end(), verb in self.lex.past_verbs, "copula")
        comma = _COMMA.match(self.text, end)
        if comma:
            return self._appositive(person, comma.end(), False, "appositive")
        return []

    def _relative(self, person: Mention, verb: str, pos: int, past: bool) -> list[RoleFact]:
        stop = _CLAUSE_END.search(self.text, pos, pos + OBJECT_WINDOW)
        end = stop.start() if stop else min(len(self.text), pos + OBJECT_WINDOW)
        head_end = self._head_end(pos, end)
        orgs = [
            o
            for m in self.mentions_in(pos, head_end)
            if (o := self.org(m)) is not None and not self._modifies(m)
        ]
        # "the country's principal opposition party Minsaeng": the party, not the country; "heads
        # the U.S. embassy in Seoul": neither the modifier "U.S." nor the place after "in".
        orgs.sort(key=lambda o: (o.kind != "country", o.start))
        org = orgs[-1] if orgs else None
        q = self.lex.qualifier_pattern.search(self.text, pos, end)
        qualifier = self.lex.qualifier(q.group()) if q else None
        role = self.lex.verbs[verb]
        title = Title(pos - len(verb) - 1, pos - 1, verb, role)
        fact_end = org.end if org is not None else end
        return [
            self._fact(person, title, title.start, fact_end, org, qualifier, None, past, "relative")
        ]

    def _appositive(
        self, person: Mention, pos: int, past: bool, construction: str
    ) -> list[RoleFact]:
        facts: list[RoleFact] = []
        clause = person.span.end  # future words count from the name on ("who will be ...")
        for _ in range(MAX_CONJUNCTS):
            start = pos
            article = _ARTICLE.match(self.text, pos)
            if article:
                pos = article.end()
            word = re.match(r"(\w+)(?:-|[ \t]+)", self.text[pos:])
            this_past = past
            if word and word.group(1).lower() in self.lex.past_markers:
                this_past = True
                pos += word.end()
            title = self.finder.role_after(pos)
            if title is None or self._titles_next_name(title):
                break  # "A, with President B, ...": the title is B's
            pre = self.text[pos : title.start]
            # "expected to become prime minister", "the incoming president", "President-elect".
            future = title.future or any(
                w in self.lex.future_words or w in self.lex.future_markers
                for w in re.findall(r"[\w-]+", self.text[clause : title.start].lower())
            )
            role = title.role
            last = _LAST_WORD.search(pre)
            if last is not None and last.group(1).lower() in self.lex.subordinate_markers:
                role = f"{SUBORDINATE} {role}"
            else:
                narrowed = self._narrowed(role, title.written, title.start)
                role = narrowed[0] if narrowed is not None else role
            if role in self.lex.relational:
                copied = self._relational_role(title.start)
                if copied is None:
                    break
                role = copied
            orgs = [
                o
                for m in self.mentions_in(pos, title.start)
                if (o := self.org(m)) is not None and not self._inside_name(m)
            ]
            org = orgs[-1] if orgs else None
            gap = _POSSESSIVE_GAP.search(self.text, pos, title.start)
            if org is None and gap is not None and gap.group(0).strip():
                org = self._org_before(gap.start())  # "A B, Acme's chief executive"
            q = self.lex.qualifier_pattern.search(pre)
            qualifier = self.lex.qualifier(q.group()) if q else None
            end, after_org, field = self._prepositions(title.end)
            org = after_org or org
            fact = self._fact(
                person, title, start, end, org, qualifier, field, this_past, construction
            )
            facts.append(evolve(fact, role=role, future=future))
            more = _AND.match(self.text, end)
            if more is None:
                break
            pos = more.end()
        return facts

    def _titles_next_name(self, title: Title) -> bool:
        """Return True if a name follows the role word: it is that person's title."""
        i = self.index.at(title.end)
        tokens = self.index.tokens
        return (
            i < len(tokens)
            and soft_gap(self.text, title.end, tokens[i].start)
            and self.finder.is_name_token(i)
        )
