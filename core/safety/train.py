"""Train the second signal from the development corpus: `python -m core.safety.train`.

Needs scikit-learn (`pip install -e '.[dev]'`). Reads only the development part (the test
part is never tuned on), fits a logistic regression over a message's words, word pairs
and what the rules found (`Detector.features`; binary, scaled to unit length), and chooses the two thresholds by five-fold
cross-validation on the messages the rules leave to the model: `crisis_at` so that at most
1% of messages that are not her own crisis score above it, `ask_at` so that at most 10% do.
Writes `core/safety/data/model.json` and prints what it measured.
"""

from __future__ import annotations

import json
import math
import sys

from core.safety import build
from core.safety.corpus import Example, load
from core.safety.engine import Tier
from core.safety.model import PATH

C = 1.0  # inverse regularisation strength
CRISIS_FALSE_ALARMS = 0.01
ASK_FALSE_ALARMS = 0.10
MIN_WEIGHT = 1e-3


def _left_to_model(examples: list[Example]) -> list[bool]:
    detector = build()
    left = []
    for example in examples:
        found = detector.assess(example.text, second_signal=False)
        left.append(found.tier in (Tier.NONE, Tier.CHECKIN) and not found.settled)
    return left


def _threshold(scores: list[float], share: float) -> float:
    """Return the lowest score that no more than `share` of these scores reach."""
    ordered = sorted(scores, reverse=True)
    allowed = int(len(ordered) * share)
    return ordered[allowed] + 1e-6 if allowed < len(ordered) else 0.0


def main() -> None:
    """Fit the model on the development part and write it."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.preprocessing import Normalizer

    examples = load("dev")
    detector = build()
    rows = [dict.fromkeys(detector.features(e.text), 1.0) for e in examples]
    labels = [int(e.hers) for e in examples]
    vectorizer = DictVectorizer()
    matrix = Normalizer().fit_transform(vectorizer.fit_transform(rows))
    left = _left_to_model(examples)

    out_of_fold = [0.0] * len(examples)
    for train, held in StratifiedKFold(5, shuffle=True, random_state=7).split(matrix, labels):
        fold_model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        fold_model.fit(matrix[train], [labels[i] for i in train])
        for i, p in zip(held, fold_model.predict_proba(matrix[held])[:, 1], strict=True):
            out_of_fold[i] = float(p)
    negatives = [out_of_fold[i] for i, e in enumerate(examples) if not e.hers and left[i]]
    crisis_at = max(_threshold(negatives, CRISIS_FALSE_ALARMS), 0.5)
    ask_at = min(max(_threshold(negatives, ASK_FALSE_ALARMS), 0.3), crisis_at)
    missed = [i for i, e in enumerate(examples) if e.hers and left[i]]
    caught = sum(out_of_fold[i] >= crisis_at for i in missed)

    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    model.fit(matrix, labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT
    }
    data = {
        "about": "core/safety/train.py; logistic regression over words and word pairs",
        "bias": round(float(model.intercept_[0]), 4),
        "crisis_at": round(crisis_at, 4),
        "ask_at": round(ask_at, 4),
        "weights": dict(sorted(weights.items())),
    }
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                "examples": len(examples),
                "features": len(weights),
                "crisis_at": data["crisis_at"],
                "ask_at": data["ask_at"],
                "rules_missed": len(missed),
                "model_caught_of_those_cv": caught,
                "not_crisis_left_to_model": len(negatives),
                "log_loss_cv": round(
                    -sum(
                        math.log(max(1e-9, p if y else 1 - p))
                        for p, y in zip(out_of_fold, labels, strict=True)
                    )
                    / len(labels),
                    4,
                ),
            }
        )
    )


if __name__ == "__main__":
    main()
    sys.exit(0)
