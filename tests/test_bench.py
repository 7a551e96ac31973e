"""The benchmarks run and print what they promise (figures are not judged in tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import broadcast, crisis, scale, telegram_throughput


async def test_telegram_throughput_reports_its_figures() -> None:
    figures = await telegram_throughput.main(messages=20, runs=1)
    assert set(figures) >= {"adapter_msgs_per_s", "bare_ptb_msgs_per_s", "ratio"}
    assert float(figures["adapter_msgs_per_s"]) > 0  # type: ignore[arg-type]


def test_scale_reports_its_figures() -> None:
    figures = scale.main(subscribers=300, due=50, history_days=3, sent=(100, 400), runs=1)
    assert set(figures) >= {
        "subscribers", "idle_tick_ms", "due_tick_s", "due_tick_history_s", "history_ratio",
        "claim_ms", "claim_ratio", "startup_s", "rss_mb",
    }  # fmt: skip
    assert figures["subscribers"] == 300 and figures["history_days"] == 3
    claims = figures["claim_ms"]
    assert isinstance(claims, dict) and set(claims) == {"100", "400"}


async def test_broadcast_reports_its_figures() -> None:
    figures = await broadcast.main(dms=12, groups=2, scale=3.0, baseline=6, rounds=1)
    assert set(figures) >= {
        "achieved_ratio", "http_429", "duplicates", "lost",
        "baseline_achieved_ratio", "baseline_http_429", "overhead_ratio",
    }  # fmt: skip
    assert figures["messages"] == 14
    assert figures["duplicates"] == 0
    assert figures["lost"] == 0
    assert figures["overhead_in_flight"] == 8
    distant = figures["distant"]
    assert isinstance(distant, dict)
    assert distant["messages"] == 12 and distant["duplicates"] == 0 and distant["lost"] == 0
    assert distant["round_trip_s"] == 0.1 and distant["in_flight"] > 4  # senders joined
    on_discord = figures["discord"]
    assert isinstance(on_discord, dict)
    assert on_discord["messages"] == 14 and on_discord["duplicates"] == 0
    assert on_discord["lost"] == 0 and "overhead_ratio" in on_discord
    assert on_discord["overhead_in_flight"] == 8


def test_crisis_scores_a_file_and_lists_its_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "en.tsv"
    path.write_text(
        "tier\tcategory\ttext\n"
        "crisis\twish_dead\ti just want to go to sleep and never wake up\n"
        "none\tordinary\tthe garden looks lovely today\n"
        "crisis\tburden\tthe weather is nice\n",
        encoding="utf-8",
    )
    crisis.files([path], rules_only=True, errors=True)
    first, *errors = capsys.readouterr().out.splitlines()
    figures = json.loads(first)
    assert figures["en"]["n"] == 3 and figures["en"]["ordinary"] == 0.0
    assert figures["en"]["wish_dead"] == 1.0 and figures["en"]["burden"] == 0.0
    assert errors == ["en\tburden\tnone\tthe weather is nice"]
