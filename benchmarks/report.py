"""Result tables the benchmarks print: plain Markdown, so RESULTS.md and the README can take them as is."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *row) -> None:
        self.rows.append(list(row))

    def markdown(self) -> str:
        out = [
            f"### {self.title}",
            "",
            "| " + " | ".join(self.columns) + " |",
            "|" + "|".join("---" for _ in self.columns) + "|",
        ]
        out += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in self.rows]
        if self.notes:
            out += [""] + [f"- {n}" for n in self.notes]
        return "\n".join(out) + "\n"


def fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        if v >= 100:
            return f"{v:,.0f}"
        if v >= 10:
            return f"{v:.1f}"
        return f"{v:.3f}" if v < 1 else f"{v:.2f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def mb(nbytes: int) -> str:
    return f"{nbytes / 1e6:.2f} MB" if nbytes >= 100_000 else f"{nbytes / 1e3:.1f} KB"


def timed(fn, *args, **kwargs):
    """(result, seconds) of one call."""
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def median_time(fn, *args, repeat: int = 5, **kwargs):
    """(last result, median seconds over `repeat` calls): filter timings are noisy on a shared box."""
    times, out = [], None
    for _ in range(repeat):
        out, t = timed(fn, *args, **kwargs)
        times.append(t)
    return out, statistics.median(times)
