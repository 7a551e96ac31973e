"""Real words near the vocabulary: what the speller must never take for a typo.

The speller mends "sucide" to "suicide", but "going" must not become "doing" nor "hope"
"rope". So for every language a list of real words that lie within a typo's reach of a word
the rules use is kept in `core/safety/data/<language>.txt`, made from the system's word
lists and Holdspace's own content by

    python -m core.safety.words

(Debian: `apt-get install wamerican wbritish wspanish wngerman`). The first line of each
file records a hash of the vocabulary it was made for; a test fails when the rules have
changed and the list was not made again.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from core.safety.text import MIN_FUZZY, Speller, _deletions, _reach, clauses, distance, fold, german

DATA = Path(__file__).resolve().parent / "data"
WORDLISTS = {
    "en": ["/usr/share/dict/american-english", "/usr/share/dict/british-english"],
    "es": ["/usr/share/dict/spanish"],
    "de": ["/usr/share/dict/ngerman"],
}
_WORD = re.compile(rf"[a-z]{{{MIN_FUZZY},}}")


def vocabulary(sources: Iterable[str]) -> frozenset[str]:
    """Return the words of at least five letters in rule patterns (their literal parts)."""
    found: set[str] = set()
    for source in sources:
        # Character classes and escapes are not words: drop them before looking.
        plain = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\(\?[<=!:]+", " ", source)
        found.update(_WORD.findall(plain))
    return frozenset(found)


def fingerprint(words: Iterable[str]) -> str:
    """Return a short hash of a vocabulary."""
    return hashlib.sha256(" ".join(sorted(words)).encode()).hexdigest()[:16]


def load(language: str) -> tuple[str, frozenset[str]]:
    """Return the fingerprint a language's list was made for, and its real words."""
    path = DATA / f"{language}.txt"
    if not path.exists():
        return "", frozenset()
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[0].removeprefix("# vocabulary "), frozenset(w for w in lines[1:] if w)


def near(vocab: frozenset[str], words: Iterable[str]) -> set[str]:
    """Return the words within a typo's reach of some vocabulary word, not in it."""
    speller = Speller.build(vocab, ())
    found = set()
    for word in words:
        if word in vocab or len(word) < MIN_FUZZY or not word.isalpha():
            continue
        for variant in _deletions(word, 2 if len(word) >= 8 else 1):
            if any(distance(word, v) <= _reach(v) for v in speller.near(variant)):
                found.add(word)
                break
    return found


def _words(language: str, content: Path) -> set[str]:
    words: set[str] = set()
    for name in WORDLISTS[language]:
        path = Path(name)
        if not path.exists():
            raise SystemExit(f"{name} is missing: install Debian's word lists (see docstring)")
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            if line and "'" not in line:
                words.update(t for part in clauses(fold(line)) for t in part)
    for path in [*content.glob("*.yaml"), *(content / language).glob("*.yaml")]:
        text = fold(path.read_text(encoding="utf-8"))
        words.update(t for part in clauses(text) for t in part)
    if language == "de":
        words = {german(w) for w in words}
    return words


def key_frequencies() -> dict[str, dict[str, float]]:
    """Return, per language, the share of development messages holding each word key."""
    from core.safety.anchors import LANGUAGES, keys
    from core.safety.corpus import load

    examples = load("dev")
    shares: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        mine = [e for e in examples if e.language == language]
        counts: dict[str, int] = {}
        for example in mine:
            tokens = [t for part in clauses(fold(example.text)) for t in part]
            for k in keys(tokens) | keys([german(t) for t in tokens]):
                counts[k] = counts.get(k, 0) + 1
        shares[language] = {k: n / len(mine) for k, n in counts.items() if n >= 2}
    return shares


def main() -> None:
    """Write each language's list of real words near its vocabulary, and key frequencies."""
    from core.content import default_content_dir
    from core.safety import anchors, build
    from core.safety.anchors import FREQUENCY_PATH, LANGUAGES

    DATA.mkdir(exist_ok=True)
    shares = key_frequencies()
    keys = sorted(
        set().union(*shares.values()), key=lambda k: (-max(t.get(k, 0) for t in shares.values()), k)
    )
    rows = ["key\t" + "\t".join(LANGUAGES)]
    rows += [k + "".join(f"\t{shares[lang].get(k, 0):.4f}" for lang in LANGUAGES) for k in keys]
    FREQUENCY_PATH.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{anchors.remake()} patterns' anchors read with these frequencies")

    DATA.mkdir(exist_ok=True)
    for lexicon in build().lexicons:
        vocab = vocabulary(rule.source for rule in lexicon.rules)
        real = near(vocab, _words(lexicon.language, default_content_dir()))
        lines = [f"# vocabulary {fingerprint(vocab)}", *sorted(real)]
        (DATA / f"{lexicon.language}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lexicon.language}: {len(vocab)} words in the rules, {len(real)} real words near")


if __name__ == "__main__":
    main()
    sys.exit(0)
