"""The crisis check's generated data matches its rules and corpus (else: regenerate it)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from core.safety import anchors, detector, lexicons, model, words
from core.safety.anchors import FREQUENCY
from core.safety.corpus import CORPUS, FIRST_ROUND, LANGUAGES, ROUND, load, read, rounds
from core.safety.engine import Detector
from core.safety.train import fingerprint


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_the_real_words_were_made_for_the_current_rules(language: str) -> None:
    """Run `python -m core.safety.words` when this fails."""
    lexicon = next(x for x in detector().lexicons if x.language == language)
    made_for, real = words.load(language)
    assert real, f"core/safety/data/{language}.txt is empty"
    assert made_for == words.fingerprint(words.vocabulary(r.source for r in lexicon.rules))


def test_the_anchors_file_holds_every_rule_as_read_now() -> None:
    """Run `python -m core.safety.words` when this fails (a rule, the frequencies or the way
    anchors are read changed): a stale line would leave a rule untried."""
    with anchors.remembering(fresh=True) as read_now:
        Detector(lexicons())
    kept = anchors.kept()
    assert kept, "core/safety/data/anchors.tsv is missing or made for other frequencies"
    assert kept.keys() == read_now.keys()
    assert all(kept[digest] == read_now[digest] for digest in read_now)


def test_word_frequencies_are_there() -> None:
    assert FREQUENCY["en"]["the"] > 0.3 and FREQUENCY["es"]["que"] > 0.3
    assert FREQUENCY["de"]["ich"] > 0.3 and FREQUENCY["en"].get("suic", 0.0) < 0.2


def test_the_model_was_trained_on_the_current_corpus_and_rules() -> None:
    """Run `python -m core.safety.train` when this fails."""
    data = json.loads(model.PATH.read_text(encoding="utf-8"))
    assert data["trained_for"] == fingerprint(detector())
    loaded = model.load()
    assert loaded is not None and 0.5 <= loaded.crisis_at <= 1.0


def test_each_development_round_from_the_ninth_is_whole() -> None:
    """A new round is appended to every language's file, ROUND messages each."""
    examples = load("dev")
    counted = Counter(zip((e.language for e in examples), rounds(examples), strict=True))
    numbers = {number for _, number in counted if number}
    assert numbers and min(numbers) == 9 and max(numbers) == 8 + len(numbers)
    for language in LANGUAGES:
        assert counted[(language, 0)] == FIRST_ROUND[language]
        assert all(counted[(language, number)] == ROUND for number in numbers)


def test_the_waiting_rounds_are_whole_and_not_in_the_development_part() -> None:
    """`bench/crisis_corpus/next/` waits to be tuned on (docs/safety.md): whole rounds, the
    same number in every language, none of it in the development part."""
    dev = {e.text for e in load("dev")}
    sizes = set()
    for language in LANGUAGES:
        waiting = read(CORPUS / "next" / f"{language}.tsv")
        assert waiting and len(waiting) % ROUND == 0
        sizes.add(len(waiting))
        assert len({e.text for e in waiting} & dev) < 10  # a short one may be written twice
    assert len(sizes) == 1
