"""The `sitrep` command: ingest, extract, serve, export, brief. A thin layer over the core.

Every command is callable in-process as main([...]) and returns its exit code.
"""

from __future__ import annotations

import argparse
import json
import sys

from sitrep import config

EXAMPLES = {
    "ingest": "example: sitrep ingest data/articles new_article.txt --published 2023-08-12",
    "extract": "example: sitrep extract --format json article.txt > article.json",
    "serve": "example: sitrep serve --port 8501",
    "export": "example: sitrep export --format csv --actor 'Islamic State' --since 2023-01-01 --out incidents.csv",
    "brief": "example: sitrep brief --region Syria --since 2023-08-01 --out briefing.html",
}


def date_or_exit(value, flag: str):
    """A date given on the command line, or a clear message and exit 2 instead of a traceback."""
    if not value:
        return None
    from sitrep.extract.pipeline import parse_override

    d = parse_override(value)
    if d is None:
        print(f"error: {flag} {value!r} is not a date (use YYYY-MM-DD)", file=sys.stderr)
        raise SystemExit(2)
    return d


def published_or_exit(value):
    return date_or_exit(value, "--published")


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(n, total, name):
        width = 30
        done = int(width * n / max(total, 1))
        sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {name[-40:]:<40}")
        if n == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_ingest(args) -> int:
    from sitrep.ingest import ingest_paths
    from sitrep.store import Store

    published = published_or_exit(args.published)
    store = Store(args.db)
    summary = ingest_paths(store, args.paths, published=published, progress=_progress(args.quiet))
    for name, reason in summary.failed:
        print(f"error: {reason}" if reason.startswith(name) else f"error: {name}: {reason}", file=sys.stderr)
    for name, w in summary.warnings:
        print(f"warning: {name}: {w}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.failed else 0


def cmd_extract(args) -> int:
    from sitrep.extract import extract_article
    from sitrep.reader import ReadError, read_path

    published = published_or_exit(args.published)
    out, failed = [], 0
    for path in args.paths:
        try:
            raws = read_path(path)
        except ReadError as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
            continue
        for raw in raws:
            try:
                art = extract_article(raw.text, path=path if len(raws) == 1 else raw.path,
                                      published=published or raw.published, title=raw.title,
                                      publisher=raw.publisher)
            except Exception as e:  # noqa: BLE001 - one bad article must not stop the batch
                print(f"error: {path}: extraction failed: {type(e).__name__}: {e}", file=sys.stderr)
                failed += 1
                continue
            for w in art.pop("warnings", []):
                print(f"warning: {path}: {w}", file=sys.stderr)
            out.append(art)
    json.dump({"articles": out}, sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
    sys.stdout.write("\n")
    return 1 if failed else 0


def cmd_serve(args) -> int:
    import subprocess

    app = config.ROOT / "app.py"
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port),
           "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    print(f"Sitrep dashboard on http://localhost:{args.port}")
    return subprocess.call(cmd, cwd=config.ROOT)


def _filters(args):
    from sitrep.queries import Filters

    return Filters(actors=args.actor or [], regions=args.region or [], event_types=args.event_type or [],
                   sources=args.source or [], since=date_or_exit(args.since, "--since"),
                   until=date_or_exit(args.until, "--until"))


def _add_filter_args(p):
    p.add_argument("--actor", action="append", help="canonical actor, either side (repeatable)")
    p.add_argument("--region", action="append", help="country or admin1 name (repeatable)")
    p.add_argument("--event-type", action="append", help="ACLED event type (repeatable)")
    p.add_argument("--source", action="append", help="canonical source name (repeatable)")
    p.add_argument("--since", help="first event date, YYYY-MM-DD")
    p.add_argument("--until", help="last event date, YYYY-MM-DD")
    p.add_argument("--db", help="database URL (default: SITREP_DATABASE_URL or data/sitrep.db)")


def cmd_export(args) -> int:
    from sitrep import exports
    from sitrep.store import Store

    n = exports.export(Store(args.db), _filters(args), args.format, args.out)
    print(f"wrote {n} incidents to {args.out}", file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def cmd_brief(args) -> int:
    from sitrep import briefing
    from sitrep.store import Store

    fmt = "md" if args.out.lower().endswith(".md") else "html"
    briefing.write(Store(args.db), _filters(args), args.out, fmt=fmt, title=args.title)
    print(f"wrote briefing to {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="sitrep", description="Conflict news in, mapped, dated, sourced incidents out.")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add articles to the store", epilog=EXAMPLES["ingest"])
    p.add_argument("paths", nargs="+", help="files or folders (.txt .md .html .json .jsonl)")
    p.add_argument("--published", help="publication date for every article (overrides the text)")
    p.add_argument("--db", help="database URL (default: SITREP_DATABASE_URL or data/sitrep.db)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="print incidents and sources as JSON, no store", epilog=EXAMPLES["extract"])
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--published", help="publication date (overrides the text)")
    p.add_argument("--pretty", action="store_true")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("serve", help="start the dashboard", epilog=EXAMPLES["serve"])
    p.add_argument("--port", type=int, default=8501)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="export filtered incidents", epilog=EXAMPLES["export"])
    p.add_argument("--format", choices=["csv", "geojson", "json"], required=True)
    p.add_argument("--out", required=True)
    _add_filter_args(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("brief", help="write a self-contained briefing (HTML or Markdown)", epilog=EXAMPLES["brief"])
    p.add_argument("--out", required=True, help="briefing.html or briefing.md")
    p.add_argument("--title", default="Situation briefing")
    _add_filter_args(p)
    p.set_defaults(func=cmd_brief)
    return ap


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 2
    except KeyboardInterrupt:
        print("interrupted: every article already reported as added is stored", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
