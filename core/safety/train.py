"""Train the second signal from the development corpus: `python -m core.safety.train`.

Needs scikit-learn (`pip install -e '.[dev]'`). Reads only the development part (the test
part is never tuned on) and fits a logistic regression over a message's words, word pairs,
the words' four-letter pieces and what the rules found (`Detector.for_model`; binary,
scaled to unit length) on every message, three times: for her own risk, for someone else's
(the `other` category), and for an attempt under way or just made (the `acute` tier). The
first two are asked only about the messages the rules leave to them, so their thresholds are
chosen by five-fold cross-validation on those: `crisis_at`, `ask_at` and `other_at` so that
what scores above them adds at most each kind's budget of false alarms (a lone weak sign the
rules saw asks only above `ask_at`). The third is asked about every message answered as her
crisis, `acute_at` chosen the same way on every message. Below `doubt_at` of the first
score, what the rules read as her crisis is asked about instead (DOUBT_BUDGET). (Learning from every
message, not only from those left to it, catches more of what the rules leave at fewer false
alarms: docs/safety.md.)
Writes `core/safety/data/model.json` and prints what it measured.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from typing import Any

from core.safety import lexicons
from core.safety.corpus import CORPUS, Example, load
from core.safety.engine import Detector
from core.safety.model import PATH, LinearModel, Weights

# Inverse regularisation strength and the smallest weight kept, chosen by training on all
# rounds of the development part but one and measuring the one left out (docs/safety.md).
C = 10.0
MIN_WEIGHT = 0.2
# What the model may add to the rules' false alarms, as a share of each kind of message
# (the floors allow 3% of ordinary and figurative messages and 10% of distress in all). A
# question shows her lines beside it and escalates nothing: its budget is half as large again
# as the one chosen by leaving rounds out on 2026-12-02, which asked from ever higher scores
# as the development part grew by near-twins (docs/safety.md, "How well").
CRISIS_BUDGET = {"ordinary": 0.005, "figurative": 0.005, "denial": 0.03, "distress": 0.03}
ASK_BUDGET = {"ordinary": 0.045, "figurative": 0.065, "denial": 0.22, "distress": 0.27}
OTHER_BUDGET = {"ordinary": 0.002, "figurative": 0.002, "denial": 0.005, "distress": 0.005}
# Of her crises the rules read, the share the model may turn into a direct question (her
# lines still beside it) when it reads almost nothing of them: what the rules' phrases
# match in everyday words ("überdosis schokolade heute") becomes a question too.
DOUBT_BUDGET = 0.005
# What the acute head may answer as an emergency among messages that are not her crisis at
# all (it is asked only about what is answered as her crisis, so this is an upper bound).
ACUTE_BUDGET = {
    "ordinary": 0.002,
    "figurative": 0.002,
    "denial": 0.005,
    "distress": 0.005,
    "other": 0.01,
    "past": 0.01,
}


def fingerprint(detector: Detector) -> str:
    """Return a hash of what the model was trained on: the dev corpus and every rule."""
    digest = hashlib.sha256()
    for path in sorted((CORPUS / "dev").glob("*.tsv")):
        digest.update(path.read_bytes())
    for lexicon in detector.lexicons:
        for rule in lexicon.rules:
            digest.update(rule.source.encode())
    return digest.hexdigest()[:16]


def _threshold(
    examples: list[Example], scores: list[float], left: list[bool], budget: dict[str, float]
) -> float:
    """Return the lowest threshold whose added false alarms stay within each kind's budget."""
    totals = {kind: sum(e.category == kind for e in examples) for kind in budget}
    alarms = sorted(
        (scores[i], e.category) for i, e in enumerate(examples) if left[i] and e.category in budget
    )
    allowed = {kind: int(totals[kind] * share) for kind, share in budget.items()}
    used = dict.fromkeys(budget, 0)
    threshold = 1.0
    for score, kind in reversed(alarms):  # from the highest score down
        used[kind] += 1
        if used[kind] > allowed[kind]:
            return min(threshold, score + 1e-6)
        threshold = score
    return 0.5


# The features, left to the model, asked for a weak sign, read by the rules as her crisis.
def doubt_threshold(examples: list[Example], scores: list[float], alarmed: list[bool]) -> float:
    """Return the highest threshold under which at most DOUBT_BUDGET of her crises the
    rules read score."""
    hers = sorted(scores[i] for i, e in enumerate(examples) if alarmed[i] and e.hers)
    allowed = int(len(hers) * DOUBT_BUDGET)
    return hers[allowed] if hers else 0.0


Read = tuple[set[str], bool, bool, bool]


def read(detector: Detector, examples: list[Example]) -> list[Read]:
    """Return what the model is given for each message, whether the rules leave it, and
    whether they would ask about it."""
    return [detector.for_model(e.text) for e in examples]


def _head(matrix: Any, labels: list[int]) -> tuple[Any, list[float]]:
    """Fit one logistic regression on every message; return it and its five-fold
    out-of-fold probabilities (what thresholds are chosen on)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    out_of_fold = [0.0] * len(labels)
    for train, held in StratifiedKFold(5, shuffle=True, random_state=7).split(matrix, labels):
        fold_model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        fold_model.fit(matrix[train], [labels[i] for i in train])
        for i, p in zip(held, fold_model.predict_proba(matrix[held])[:, 1], strict=True):
            out_of_fold[i] = float(p)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    model.fit(matrix, labels)
    return model, out_of_fold


def _weights(names: Any, model: Any) -> Weights:
    kept = {
        name: round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT
    }
    return Weights(dict(sorted(kept.items())), round(float(model.intercept_[0]), 4))


def fit(examples: list[Example], found: list[Read]) -> tuple[LinearModel, dict[str, object]]:
    """Fit the model on these messages (`read` gives `found`); return it and what the
    five-fold cross-validation that chose its thresholds measured."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.preprocessing import Normalizer

    left = [is_left for _, is_left, _, _ in found]
    asked = [is_asked for _, _, is_asked, _ in found]
    alarmed = [is_alarmed for _, _, _, is_alarmed in found]
    labels = [int(e.hers) for e in examples]
    vectorizer = DictVectorizer()
    matrix = Normalizer().fit_transform(
        vectorizer.fit_transform([dict.fromkeys(words, 1.0) for words, _, _, _ in found])
    )
    names = vectorizer.get_feature_names_out()

    hers, out_of_fold = _head(matrix, labels)
    negatives = [out_of_fold[i] for i, e in enumerate(examples) if not e.hers and left[i]]
    crisis_at = max(_threshold(examples, out_of_fold, left, CRISIS_BUDGET), 0.5)
    ask_at = min(max(_threshold(examples, out_of_fold, left, ASK_BUDGET), 0.3), crisis_at)
    missed = [i for i, e in enumerate(examples) if e.hers and left[i]]
    chosen = [i for i in range(len(examples)) if left[i]]

    # Someone else's risk is asked about only where her own was not found: its threshold is
    # chosen on the messages left to it then.
    other, other_out = _head(matrix, [int(e.category == "other") for e in examples])
    mine = [out_of_fold[i] >= ask_at for i in range(len(examples))]
    left_other = [is_left and not m for is_left, m in zip(left, mine, strict=True)]
    other_at = max(_threshold(examples, other_out, left_other, OTHER_BUDGET), 0.5)
    others = [i for i, e in enumerate(examples) if e.category == "other" and left_other[i]]

    # An attempt under way or just made, or means at hand with a time: learnt from every
    # message labelled acute, asked only about what is answered as her crisis.
    acute, acute_out = _head(matrix, [int(e.tier == "acute") for e in examples])
    everywhere = [True] * len(examples)
    acute_at = max(_threshold(examples, acute_out, everywhere, ACUTE_BUDGET), 0.5)
    labelled_acute = [i for i, e in enumerate(examples) if e.tier == "acute"]

    # What the rules read as her crisis is asked about instead below `doubt_at`: chosen so
    # that at most DOUBT_BUDGET of her crises the rules read become questions.
    doubt_at = min(doubt_threshold(examples, out_of_fold, alarmed), ask_at)
    doubted = [i for i in range(len(examples)) if alarmed[i] and out_of_fold[i] < doubt_at]

    fitted = LinearModel(
        hers=_weights(names, hers),
        crisis_at=round(crisis_at, 4),
        ask_at=round(ask_at, 4),
        other=_weights(names, other),
        other_at=round(other_at, 4),
        acute=_weights(names, acute),
        acute_at=round(acute_at, 4),
        doubt_at=round(doubt_at, 4),
    )
    report: dict[str, object] = {
        "examples": len(examples),
        "features": len(fitted.hers.weights),
        "other_features": len(fitted.other.weights),
        "crisis_at": fitted.crisis_at,
        "ask_at": fitted.ask_at,
        "other_at": fitted.other_at,
        "acute_features": len(fitted.acute.weights),
        "acute_at": fitted.acute_at,
        "acute_labelled": len(labelled_acute),
        "acute_found_cv": sum(acute_out[i] >= acute_at for i in labelled_acute),
        "doubt_at": fitted.doubt_at,
        "rules_alarmed": sum(alarmed),
        "asked_instead_cv_hers": sum(examples[i].hers for i in doubted),
        "asked_instead_cv_not_hers": sum(not examples[i].hers for i in doubted),
        "rules_missed": len(missed),
        "model_caught_of_those_cv": sum(out_of_fold[i] >= crisis_at for i in missed),
        "model_asked_of_those_cv": sum(out_of_fold[i] >= ask_at for i in missed),
        "others_left_to_model": len(others),
        "model_found_of_those_cv": sum(other_out[i] >= other_at for i in others),
        "not_crisis_left_to_model": len(negatives),
        "lone_weak_signs": sum(asked),
        "lone_weak_quiet_cv": sum(asked[i] and out_of_fold[i] < ask_at for i in range(len(asked))),
        "hers_lone_weak_quiet_cv": sum(
            asked[i] and e.hers and out_of_fold[i] < ask_at for i, e in enumerate(examples)
        ),
        "log_loss_cv_left": round(
            -sum(
                math.log(max(1e-9, out_of_fold[i] if labels[i] else 1 - out_of_fold[i]))
                for i in chosen
            )
            / len(chosen),
            4,
        ),
    }
    return fitted, report


def main() -> None:
    """Fit the model on the development part and write it."""
    examples = load("dev")
    detector = Detector(lexicons())  # the rules alone: the model is what is made here
    model, report = fit(examples, read(detector, examples))
    data = {
        "about": "core/safety/train.py; logistic regressions over words, word pairs and pieces",
        "trained_for": fingerprint(detector),
        "bias": model.hers.bias,
        "crisis_at": model.crisis_at,
        "ask_at": model.ask_at,
        "other_bias": model.other.bias,
        "other_at": model.other_at,
        "weights": model.hers.weights,
        "other_weights": model.other.weights,
        "acute_bias": model.acute.bias,
        "acute_at": model.acute_at,
        "acute_weights": model.acute.weights,
        "doubt_at": model.doubt_at,
    }
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
    sys.exit(0)
