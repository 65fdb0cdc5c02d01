"""The contradiction-injection yardstick (benchmarks/inject.py) runs, counts consistently, repeats.

Only that it works is checked here, never how well the library does: its figures are measured by
hand. No article text of ECB+ is copied into this file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from random import Random
from types import ModuleType
from typing import Any

import pytest

import crosscheck

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
# CI keeps the ECB+ corpus beside the repository, as the benchmarks expect it.
ECBPLUS = ROOT.parent / "shared" / "ecbplus"
ECB_TOPICS = "11,38"  # two small topics (15-16 articles each), so that a run takes seconds
STORY = BENCHMARKS / "unseen" / "peru_quake"


@pytest.fixture(scope="module")
def inject() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import inject as module

        yield module
    finally:
        sys.path.remove(str(BENCHMARKS))


def run_json(inject: ModuleType, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert inject.main([*argv, "--json"]) == 0
    return capsys.readouterr().out


def check_result(inject: ModuleType, result: Mapping[str, Any], bodies: Mapping[str, str]) -> None:
    """Check the counts add up and every rewrite is where it says, in the article it names."""
    assert str(result["summary"]).startswith("inject: ")
    assert inject.to_text(result).startswith(result["summary"])
    total = result["total"]
    assert 0 <= total["caught"] <= total["conflicting"]
    assert 0 <= total["false_alarms"] <= total["neutral"]
    mutations = result["mutations"]
    assert mutations, "no rewrite was run"
    # a rewrite in a headline is counted apart from the totals
    done = [m for m in mutations if "skipped" not in m and m.get("part") != "headline"]
    assert len(done) == total["conflicting"] + total["neutral"]
    for table in ("by_kind", "by_corpus"):
        for key in total:
            assert sum(row[key] for row in result[table].values()) == total[key], (table, key)
    for m in mutations:
        body = bodies[m["article"]]
        assert body[m["start"] : m["end"]] == m["old"]
        assert m["new"] != m["old"]
        rewritten = body[: m["start"]] + m["new"] + body[m["end"] :]
        assert rewritten[m["start"] : m["new_end"]] == m["new"]
        assert m["mode"] in ("conflict", "neutral")
        if m["mode"] == "conflict" and "skipped" not in m:
            assert m["caught"] == bool(m["caught_by"])


def test_injection_on_two_ecbplus_topics(
    inject: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    if not any(ECBPLUS.glob("*/*.xml")):
        pytest.skip(f"ECB+ is not at {ECBPLUS} (it is kept beside the repository)")
    argv = (str(ECBPLUS), "--topics", ECB_TOPICS, "--limit", "4", "--seed", "3")
    first = run_json(inject, capsys, *argv)
    result = json.loads(first)
    bodies = {
        a.file_name: a.text
        for topic in ECB_TOPICS.split(",")
        for a in inject.ecb.read_topic(ECBPLUS / topic)
    }
    check_result(inject, result, bodies)
    assert {m["corpus"] for m in result["mutations"]} <= {"ecb+11", "ecb+38"}
    assert run_json(inject, capsys, *argv) == first


def test_injection_on_an_unseen_story(
    inject: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = (str(STORY), "--limit", "6")
    first = run_json(inject, capsys, *argv)
    result = json.loads(first)
    bodies = {d.id: d.text for d in crosscheck.load_corpus(str(STORY)).documents}
    check_result(inject, result, bodies)
    assert {m["corpus"] for m in result["mutations"]} == {"unseen/peru_quake"}
    assert run_json(inject, capsys, *argv) == first


def test_the_gold_file_is_not_read_as_an_article() -> None:
    folders = [
        folder
        for story_set in ("unseen", "heldout", "heldout2")
        for folder in sorted((BENCHMARKS / story_set).iterdir())
    ]
    for folder in folders:
        if (folder / "inject.toml").is_file():
            corpus = crosscheck.load_corpus(str(folder))
            assert "inject.toml" not in {d.id for d in corpus.documents}, folder.name
            # listed at most as excluded (the manifest says so), never as a problem
            assert not [d for d in corpus.diagnostics if "inject" in d.path and not d.excluded], (
                folder.name
            )


def _candidate(inject: ModuleType, text: str, kind: str, **values: tuple[str, ...]) -> Any:
    return inject.Candidate("c", "a.txt", 10, 10 + len(text), text, kind, kind, "chain", **values)


WORDS = ("four", "five", "six", "seven", "eight", "nine", "ten")


def _value(written: str) -> float:
    low = written.lower()
    return float(WORDS.index(low) + 4) if low in WORDS else float(written.replace(",", ""))


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("1,500", "1,500"),
        ("3400", "3400"),
        ("58.6%", "58.6"),
        ("seven", "seven"),
        ("Seven", "Seven"),
    ],
)
def test_a_conflicting_number_keeps_its_written_form(
    inject: ModuleType, text: str, old: str
) -> None:
    for seed in range(12):
        rw = inject.number_rewrite(_candidate(inject, text, "number"), "conflict", Random(seed))
        assert rw.old == old and rw.new != old and rw.marks == (rw.new,)
        assert ("," in rw.new) == ("," in old and _value(rw.new) >= 1000)
        assert ("." in rw.new) == ("." in old)
        assert rw.new[0].isupper() == old[0].isupper()
        # moved by a fifth to a half of itself (words: one to three steps), never a slip
        ratio = _value(rw.new) / _value(old)
        assert 0.5 <= ratio <= 1.6 and abs(ratio - 1) >= 0.1


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("1,500", {"1500"}),
        ("2400", {"2,400"}),
        ("five", {"5"}),
        ("7", {"seven"}),
        ("12 percent", {"12 per cent", "12%"}),  # a percentage stays in figures
        ("58.6%", {"58.6 percent", "58.6 per cent"}),
    ],
)
def test_a_neutral_number_is_the_same_value_written_another_way(
    inject: ModuleType, text: str, forms: set[str]
) -> None:
    seen = {
        inject.number_rewrite(_candidate(inject, text, "number"), "neutral", Random(seed)).new
        for seed in range(30)
    }
    assert seen == forms


def test_a_number_phrase_needs_one_numeral(inject: ModuleType) -> None:
    assert inject.number_rewrite(_candidate(inject, "2-1", "number"), "conflict", Random(0)) == (
        "no single numeral"
    )


def test_a_role_swaps_its_portfolio_for_one_never_held_with_it(inject: ModuleType) -> None:
    written, synonyms, vague = inject._portfolios()
    for seed in range(20):
        rw = inject.role_rewrite(
            _candidate(inject, "Energy Minister", "role"), "conflict", Random(seed)
        )
        new = rw.new.lower()
        assert rw.old == "Energy" and new != "energy" and new in written
        assert written[new] not in synonyms["energy"] and written[new] not in vague
        assert rw.new[0].isupper()


def test_a_role_has_its_other_written_form_as_neutral(inject: ModuleType) -> None:
    before = inject.role_rewrite(
        _candidate(inject, "Interior Minister", "role"), "neutral", Random(0)
    )
    assert before.new == "Minister of Interior"
    after = inject.role_rewrite(
        _candidate(inject, "minister of health", "role"), "neutral", Random(0)
    )
    assert after.new == "health minister"
    plain = _candidate(inject, "President", "role", conflicts=("Vice President",))
    assert inject.role_rewrite(plain, "conflict", Random(0)).new == "Vice President"
    assert inject.role_rewrite(plain, "neutral", Random(0)) == "no other form of the role"


def test_a_gold_file_kept_outside_its_corpus_names_it(inject: ModuleType) -> None:
    source = inject.GoldFolder(BENCHMARKS / "seeds", "benchmarks/seeds")
    assert source.folder == (ROOT / "seeds").resolve()
    candidates, skipped = source.candidates()
    assert candidates and not skipped
    assert {c.kind for c in candidates} == {"role", "party"}
    assert {c.doc_id for c in candidates} <= set(source.bodies())


# --- like-for-like place swaps (--place-mode like) ---


@pytest.mark.parametrize(
    ("before", "why"),
    [
        ("A fire broke out overnight in ", None),
        ("The flood reached the city of ", None),
        ("The storm passed ten miles north of ", None),
        ("The driver, a salesman from ", "after from/of"),
        ("Reports from ", "after from/of"),
        ("Ida Marsh, 52, of ", "after from/of"),
        ("a nurse from southern ", "after from/of"),
        ("The mill was empty, according to ", "after according to"),
        ("Police said a ", "after a/an"),
        ("It destroyed a mill in ", None),
        ("a rural ", "after a/an"),
        ("She was sentenced by an ", "after a/an"),
    ],
)
def test_an_origin_or_a_source_is_no_place_to_swap(
    inject: ModuleType, before: str, why: str | None
) -> None:
    body = before + "Brackwater, where crews worked all night."
    found = inject.origin_or_source(body, len(before))
    assert (found is None) if why is None else (why in found)


@pytest.mark.parametrize(
    ("body", "at", "headline"),
    [
        ("Barn fire in Brackwater\n\nA barn burned in Brackwater.", 13, True),
        ("Barn fire in Brackwater\n\nA barn burned in Brackwater.", 42, False),
        ("A barn burned in Brackwater on Monday.\nCrews came.", 17, False),  # a lead, no title
    ],
)
def test_a_headline_is_a_first_line_with_no_closing_stop(
    inject: ModuleType, body: str, at: int, headline: bool
) -> None:
    assert body[at:].startswith("Brackwater")
    assert inject.in_headline(body, at) is headline


def test_every_registry_country_has_a_continent(inject: ModuleType) -> None:
    registry = inject.registry_for(())
    countries = [e.id for e in registry.entities if e.kind == "country"]
    assert countries
    assert [c for c in countries if not inject.continents(registry, c)] == []


@pytest.mark.parametrize(
    ("kind", "original"),
    [("country", "country:fr"), ("city", "place:lyon"), ("country", "country:jp")],
)
def test_a_known_place_is_swapped_for_one_of_its_kind_on_another_continent(
    inject: ModuleType, kind: str, original: str
) -> None:
    registry = inject.registry_for(())
    if original not in registry:
        pytest.skip(f"{original} is not in the registry")
    far = inject.continents(registry, original)
    choices = inject.like_places(registry, kind, far, frozenset(), frozenset())
    assert choices == sorted(choices) and original not in choices
    for choice in choices:
        assert registry.kind(choice) == kind
        assert not inject.continents(registry, choice) & far


def test_a_swapped_place_is_not_inside_one_the_article_names(inject: ModuleType) -> None:
    registry = inject.registry_for(())
    named = frozenset({"country:jp", "country:br"})
    choices = inject.like_places(registry, "city", frozenset(), named, frozenset())
    assert choices
    assert not [c for c in choices if set(registry.enclosing(c)) & named]
    # and a place the topic names anywhere is never swapped in
    tokyo = inject.like_places(
        registry, "city", frozenset(), frozenset(), frozenset({"place:tokyo"})
    )
    assert "place:tokyo" not in tokyo


def test_a_region_is_swapped_for_one_of_another_country(inject: ModuleType) -> None:
    registry = inject.registry_for(())
    choices = inject.like_places(
        registry, "region", frozenset(), frozenset(), frozenset(), other_country="country:us"
    )
    assert choices
    assert {registry.country_of(c) for c in choices} & {"country:us"} == set()


def _topic(inject: ModuleType) -> Any:
    """An invented topic: two reports of a mill fire in a town the registry lacks."""
    texts = {
        "1_1": "Mill fire in Brackwater\n"
        "A fire gutted the old Linden Mill in Brackwater on Monday, officials in Portugal said. "
        "The owner, a baker from Tarnby, was away.",
        "1_2": "A fire destroyed a mill in Brackwater, Portugal, on Monday. Its owner is from Tarnby.",
    }
    articles = []
    for name, text in texts.items():
        mentions = []
        for word, tag, chain in (("Brackwater", "LOC_GEO", "town"), ("Tarnby", "LOC_GEO", "home")):
            at = text.find(word)
            while at >= 0:
                mentions.append(
                    inject.ecb.GoldMention(
                        f"m{at}", tag, "location", at, at + len(word), word, 0, chain
                    )
                )
                at = text.find(word, at + 1)
        articles.append(
            inject.ecb.Article(
                name, "1", "1ecb", text.split("\n")[0], None, None, text, tuple(mentions)
            )
        )
    pool = {"LOC_FAC": [("2", "Harrow Street Arena"), ("2", "Kestrel Mill")]}
    return inject.EcbTopic("1", articles, pool, "like")


def test_a_town_the_registry_lacks_becomes_a_far_city(inject: ModuleType) -> None:
    topic = _topic(inject)
    registry = topic.places
    rewrites, _, unavailable = inject.plan(
        topic, 0, frozenset({"place"}), inject.Registry.shipped()
    )
    conflicts = [p for p in rewrites if p.rewrite.mode == "conflict"]
    assert len(conflicts) == 3
    for planned in conflicts:
        rw = planned.rewrite
        assert rw.old == "Brackwater" and rw.form == "like: town"
        (city,) = registry.resolve(rw.new.split(",")[0])
        assert registry.kind(city) == "city"
        # Portugal is named: the city swapped in is not in Europe, nor in Portugal
        assert "Europe" not in inject.continents(registry, city)
        # only the first article opens with a title line; a swap there is counted apart
        body = topic.bodies()[planned.doc_id]
        title = planned.doc_id == "1_1.txt" and rw.start < body.index("\n")
        assert (rw.part == "headline") == title
    # the owner's home town follows "from": no conflicting swap, in either article
    assert unavailable.get("conflict: origin or source (after from/of)") == 2
    # the same seed gives the same swaps
    again, _, _ = inject.plan(topic, 0, frozenset({"place"}), inject.Registry.shipped())
    assert again == rewrites


def test_a_headline_swap_does_not_use_up_the_limit(inject: ModuleType) -> None:
    def planned(corpus: str, at: int, part: str = "") -> Any:
        rw = inject.Rewrite("conflict", "place", "like: town", at, "Brackwater", "Lima", (), part)
        return inject.Planned(corpus, "a.txt", "town", rw)

    plans = {
        "one": [planned("one", 1, "headline"), planned("one", 2), planned("one", 3)],
        "two": [planned("two", 1, "headline"), planned("two", 2)],
    }
    chosen = inject.select(plans, 0, 2)
    assert len([p for p in chosen if not p.rewrite.part]) == 2
    assert chosen == inject.select(plans, 0, 2)
