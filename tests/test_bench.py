"""The benchmarks run and print what they promise (figures are not judged in tests)."""

from __future__ import annotations

from bench import telegram_throughput


async def test_telegram_throughput_reports_its_figures() -> None:
    figures = await telegram_throughput.main(messages=20, runs=1)
    assert set(figures) >= {"adapter_msgs_per_s", "bare_ptb_msgs_per_s", "ratio"}
    assert float(figures["adapter_msgs_per_s"]) > 0  # type: ignore[arg-type]
