"""Extraction speed: articles/s and words/s on ~600-word articles, and how time grows with length.

Issue 3's targets: >= 50 articles/s per core for 600-word articles, and time linear in length up to
10 MB of text. Articles are composed from the dev articles (../shared/eval/dev) and the bundled
samples (data/articles): each starts with one article's header lines (outlet, date, title, so the
metadata rules do their real work) and continues through the following articles' bodies, trimmed at
the 600th word. Every composed article is distinct, so a cache cannot flatter the figure.

The length series (10 KB ... 10 MB) runs each size in its own process with a time limit, so a
super-linear step shows up as a number (or a timeout), never as a benchmark that hangs.

    .venv/bin/python benchmarks/bench_extract.py [--sizes-kb 10,100,1000,10000] [--seconds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from report import Table

SOURCES = [ROOT.parent / "shared" / "eval" / "dev", ROOT / "data" / "articles"]
TARGET_ARTICLES_PER_S = 50
WORDS = 600
DEFAULT_SIZES_KB = [10, 100, 1_000, 10_000]


def corpus() -> list[str]:
    """Texts of the dev and sample articles (deduplicated; .txt and .md only)."""
    seen, out = set(), []
    for d in SOURCES:
        if not d.is_dir():
            continue
        for f in sorted(d.iterdir()):
            if f.suffix in (".txt", ".md") and f.resolve() not in seen:
                seen.add(f.resolve())
                out.append(f.read_text(encoding="utf-8", errors="replace"))
    if not out:
        raise SystemExit("no articles found under " + ", ".join(map(str, SOURCES)))
    return out


def _split_header(text: str) -> tuple[str, str]:
    """(header, body): header = lines before the first paragraph of more than 25 words."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if len(line.split()) > 25:
            return "".join(lines[:i]), "".join(lines[i:])
    return "", text


def _trim_words(text: str, n: int) -> str:
    """text cut after its n-th word, keeping the original line breaks."""
    for i, m in enumerate(re.finditer(r"\S+", text), 1):
        if i == n:
            return text[: m.end()]
    return text


def compose_articles(texts: list[str], count: int = 40, words: int = WORDS) -> list[str]:
    """count distinct articles of `words` words: one article's header, then bodies in rotation."""
    parts = [_split_header(t) for t in texts]
    out = []
    for k in range(count):
        i = k % len(parts)
        rnd = k // len(parts)
        header = parts[i][0]
        # Round r starts the body r articles further on, and then r paragraphs into it, so each
        # article differs even when a single body already exceeds `words` (a small corpus, such as
        # the bundled samples alone on a machine without ../shared/eval/dev).
        first = parts[(i + rnd) % len(parts)][1]
        paras = re.split(r"(?<=\n)\s*\n", first)
        chunks = [header, "\n".join(paras[rnd % max(1, len(paras)):]) or first]
        j = rnd + 1
        while len(" ".join(chunks).split()) < words:
            chunks.append("\n" + parts[(i + j) % len(parts)][1])
            j += 1
        out.append(_trim_words("".join(chunks), words) + "\n")
    return out


def long_text(texts: list[str], nbytes: int) -> str:
    """About nbytes of article text: the corpus repeated (headers included), cut at a word boundary."""
    blob = "\n\n".join(texts)
    reps = nbytes // max(1, len(blob.encode("utf-8"))) + 1
    text = "\n\n".join([blob] * reps).encode("utf-8")[:nbytes].decode("utf-8", errors="ignore")
    return text.rsplit(None, 1)[0] + "\n"


def _extract():
    from sitrep.extract import extract_article

    return extract_article


def bench_throughput(seconds: float = 20.0) -> Table:
    texts = corpus()
    arts = compose_articles(texts)
    n_words = [len(a.split()) for a in arts]
    t0 = time.perf_counter()
    extract = _extract()
    extract("Warm-up. Nothing happened on Monday.")  # loads the spaCy pipeline and its data files
    load_s = time.perf_counter() - t0
    done = words = incidents = failures = 0
    t0 = time.perf_counter()
    while True:
        for a, w in zip(arts, n_words):
            try:
                incidents += len(extract(a, path="bench.txt").get("incidents") or [])
            except Exception:  # noqa: BLE001 - a failing article is counted, the run goes on
                failures += 1
            done += 1
            words += w
        if time.perf_counter() - t0 >= seconds:
            break
    secs = time.perf_counter() - t0
    aps = done / secs
    table = Table(
        f"Extraction throughput ({WORDS}-word articles, one process = one core)",
        [
            "articles",
            "words",
            "seconds",
            "articles/s",
            "words/s",
            "ms/article",
            "incidents/article",
            "pipeline load (s)",
            f">= {TARGET_ARTICLES_PER_S}/s",
        ],
    )
    table.add(
        done,
        words,
        secs,
        aps,
        words / secs,
        1000 * secs / done,
        incidents / done,
        load_s,
        "yes" if aps >= TARGET_ARTICLES_PER_S else "NO",
    )
    table.notes.append(
        f"{len(arts)} distinct composed articles from {len(texts)} dev/sample articles, cycled for "
        f">= {seconds:.0f} s" + (f"; {failures} extraction errors" if failures else "")
    )
    return table


def _one_size(nbytes: int) -> dict:
    """Child process: extract one long text, report seconds (pipeline load excluded)."""
    texts = corpus()
    text = long_text(texts, nbytes)
    extract = _extract()
    extract("Warm-up. Nothing happened on Monday.")
    t0 = time.perf_counter()
    try:
        res = extract(text, path="long.txt")
        err = None
        n_inc = len(res.get("incidents") or [])
    except Exception as e:  # noqa: BLE001 - a refusal (too big) is a result too
        err, n_inc = f"{type(e).__name__}: {e}"[:120], None
    return {
        "bytes": len(text.encode("utf-8")),
        "words": len(text.split()),
        "seconds": time.perf_counter() - t0,
        "incidents": n_inc,
        "error": err,
    }


def bench_scaling(sizes_kb: list[int], timeout: float = 180.0) -> Table:
    table = Table(
        "Extraction time vs article length (each size in its own process)",
        ["size", "words", "seconds", "s/MB", "incidents", "note"],
    )
    timed_out = None
    for kb in sizes_kb:
        nbytes = kb * 1000
        label = f"{kb // 1000} MB" if kb >= 1000 else f"{kb} KB"
        if timed_out:
            table.add(label, None, None, None, None, f"skipped: {timed_out} timed out")
            continue
        try:
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(nbytes)],
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd=ROOT,
                check=False,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        except subprocess.TimeoutExpired:
            table.add(label, None, None, None, None, f"timeout after {timeout:.0f} s")
            timed_out = label
            continue
        line = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            table.add(label, None, None, None, None, f"failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        table.add(
            label,
            r["words"],
            r["seconds"],
            r["seconds"] / (r["bytes"] / 1e6),
            r["incidents"],
            r["error"] or "",
        )
    table.notes.append("linear growth = a flat s/MB column")
    return table


def run(sizes_kb: list[int] | None = None, seconds: float = 20.0, timeout: float = 180.0) -> list[Table]:
    return [bench_throughput(seconds), bench_scaling(sizes_kb or DEFAULT_SIZES_KB, timeout)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes-kb", default=",".join(map(str, DEFAULT_SIZES_KB)))
    ap.add_argument("--seconds", type=float, default=20.0, help="how long to run the throughput loop")
    ap.add_argument("--timeout", type=float, default=180.0, help="limit per length step (s)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_one_size(args.child)))
        return 0
    sizes = [int(s) for s in args.sizes_kb.split(",") if s]
    for t in run(sizes, args.seconds, args.timeout):
        print(t.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
