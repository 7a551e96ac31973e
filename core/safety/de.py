"""German: how people write about wanting to die, hurting themselves, and getting ready.

Written like `core/safety/en.py` (read its docstring): patterns over folded clauses.
"""

from __future__ import annotations

from core.safety.engine import Lexicon
from core.safety.engine import lexicon as build
from core.safety.text import german

M: dict[str, str] = {}
RULES: list[tuple[str, str] | tuple[str, str, dict[str, object]]] = []
FIGURATIVE: list[str] = []
DENIAL: list[str] = []
NEGATOR = r"XNEG"
BREAKER = r"XBREAK"
SELF_CUE = r"XSELF"
OTHER_CUE = r"XOTHER"
PAST = r"XPAST"
RECENT = r"XRECENT"


def lexicon() -> Lexicon:
    """Build the lexicon."""
    return build(
        "de",
        M,
        RULES,
        figurative=FIGURATIVE or ["xnever"],
        denial=DENIAL or ["xnever"],
        negator=NEGATOR,
        breaker=BREAKER,
        self_cue=SELF_CUE,
        other_cue=OTHER_CUE,
        past=PAST,
        recent=RECENT,
        token_fold=german,
    )
