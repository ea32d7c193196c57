"""Every benchmark, one table each, printed and saved to benchmarks/RESULTS.md (`make bench`).

    .venv/bin/python benchmarks/run_all.py                 # 10k and 100k incidents, extraction
    .venv/bin/python benchmarks/run_all.py --full          # adds the 1M store (builds it once, ~2 min)
    .venv/bin/python benchmarks/run_all.py --sizes 10k --no-apptest --no-extract   # quick look

Synthetic stores are cached under benchmarks/.cache/ (gitignored); the first run builds them.
Figures are wall-clock on whatever machine runs them: read them next to the header's CPU line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import synthetic
from report import Table, size_label


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()} × {os.cpu_count()}"
    except OSError:
        pass
    return f"{platform.processor() or platform.machine()} × {os.cpu_count()}"


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def header(argv: list[str]) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"# Benchmark results\n\n"
        f"`python benchmarks/run_all.py {' '.join(argv)}` — {now}, commit {_commit()}, {_cpu()}, "
        f"Python {platform.python_version()}.\n"
        "Wall-clock on a machine shared with other work: treat single figures as ±30 %.\n"
    )


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--sizes", default="10k,100k", help="synthetic store sizes, comma-separated (default 10k,100k)"
    )
    ap.add_argument("--full", action="store_true", help="add the 1M store")
    ap.add_argument("--apptest-sizes", help="sizes for the AppTest page runs (default: same as --sizes)")
    ap.add_argument("--no-apptest", action="store_true", help="skip the AppTest page runs")
    ap.add_argument("--no-queries", action="store_true", help="skip the store/filter/map benchmarks")
    ap.add_argument("--no-extract", action="store_true", help="skip the extraction benchmarks")
    ap.add_argument("--extract-seconds", type=float, default=20.0)
    ap.add_argument("--extract-sizes-kb", default="10,100,1000,10000")
    ap.add_argument("--extract-timeout", type=float, default=180.0, help="limit per length step (s)")
    ap.add_argument("--out", default=str(HERE / "RESULTS.md"), help="where to save the tables ('' = don't)")
    args = ap.parse_args(argv)

    sizes = [synthetic.parse_size(s) for s in args.sizes.split(",") if s]
    if args.full and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    apptest_sizes = (
        [synthetic.parse_size(s) for s in args.apptest_sizes.split(",")] if args.apptest_sizes else sizes
    )

    t_all = time.perf_counter()
    doc = [header(argv)]

    def emit(tables: list[Table]) -> None:
        for t in tables:
            text = t.markdown()
            print(text, flush=True)
            doc.append(text)

    if not args.no_queries:
        build = Table("Synthetic stores", ["incidents", "articles", "file", "build (s)"])
        for n in sorted(set(sizes) | set(apptest_sizes if not args.no_apptest else [])):
            path, secs = synthetic.ensure(n)
            build.add(
                size_label(n),
                synthetic.n_articles_for(n),
                f"{path.stat().st_size / 1e6:.0f} MB",
                secs if secs is not None else f"{synthetic.build_seconds(n) or '?'} (cached)",
            )
        emit([build])
        import bench_queries

        emit(bench_queries.bench_core(sizes))
        if not args.no_apptest:
            emit(bench_queries.bench_apptest(apptest_sizes))
    if not args.no_extract:
        import bench_extract

        kb = [int(s) for s in args.extract_sizes_kb.split(",") if s]
        emit(bench_extract.run(kb, args.extract_seconds, args.extract_timeout))

    doc.append(f"\nTotal benchmark time: {time.perf_counter() - t_all:.0f} s\n")
    print(doc[-1])
    if args.out:
        Path(args.out).write_text("\n".join(doc), encoding="utf-8")
        print(f"saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
