"""The benchmarks run and print what they promise (figures are not judged in tests)."""

from __future__ import annotations

from bench import scale, telegram_throughput


async def test_telegram_throughput_reports_its_figures() -> None:
    figures = await telegram_throughput.main(messages=20, runs=1)
    assert set(figures) >= {"adapter_msgs_per_s", "bare_ptb_msgs_per_s", "ratio"}
    assert float(figures["adapter_msgs_per_s"]) > 0  # type: ignore[arg-type]


def test_scale_reports_its_figures() -> None:
    figures = scale.main(subscribers=300, due=50)
    assert set(figures) >= {"subscribers", "due_query_s", "startup_s", "rss_mb"}
    assert figures["subscribers"] == 300
