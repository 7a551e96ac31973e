"""The benchmarks run and print what they promise (figures are not judged in tests)."""

from __future__ import annotations

from bench import broadcast, scale, telegram_throughput


async def test_telegram_throughput_reports_its_figures() -> None:
    figures = await telegram_throughput.main(messages=20, runs=1)
    assert set(figures) >= {"adapter_msgs_per_s", "bare_ptb_msgs_per_s", "ratio"}
    assert float(figures["adapter_msgs_per_s"]) > 0  # type: ignore[arg-type]


def test_scale_reports_its_figures() -> None:
    figures = scale.main(subscribers=300, due=50, history_days=3)
    assert set(figures) >= {"subscribers", "idle_tick_ms", "due_query_s", "startup_s", "rss_mb"}
    assert figures["subscribers"] == 300 and figures["history_days"] == 3


async def test_broadcast_reports_its_figures() -> None:
    figures = await broadcast.main(dms=12, groups=2, scale=3.0, baseline=6, rounds=1)
    assert set(figures) >= {
        "achieved_ratio", "http_429", "duplicates", "lost",
        "baseline_achieved_ratio", "baseline_http_429", "overhead_ratio",
    }  # fmt: skip
    assert figures["messages"] == 14
    assert figures["duplicates"] == 0
    assert figures["lost"] == 0
    on_discord = figures["discord"]
    assert isinstance(on_discord, dict)
    assert on_discord["messages"] == 14 and on_discord["duplicates"] == 0
    assert on_discord["lost"] == 0 and "overhead_ratio" in on_discord
