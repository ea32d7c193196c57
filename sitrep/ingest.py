"""Ingest: files or uploaded bytes -> extraction -> store, one article per transaction.

A bad file gets a one-line reason and the batch goes on; nothing already stored is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.extract import extract_article
from sitrep.reader import RawArticle, ReadError, iter_paths, read_bytes, read_path
from sitrep.store import Store, article_id


@dataclass
class Summary:
    added: list[str] = field(default_factory=list)  # article ids
    duplicates: list[str] = field(default_factory=list)  # names
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    incidents: int = 0

    def line(self) -> str:
        return (f"{len(self.added)} added ({self.incidents} incidents), {len(self.duplicates)} skipped as "
                f"duplicates, {len(self.failed)} failed")


Progress = Callable[[int, int, str], None]


def ingest_raw(store: Store, raw: RawArticle, summary: Summary, published=None) -> None:
    """Extract and store one article unless its text is already there."""
    if store.has_article(article_id(raw.text)):
        summary.duplicates.append(raw.path)
        return
    try:
        ex = extract_article(raw.text, path=raw.path, published=published or raw.published,
                             title=raw.title, publisher=raw.publisher)
    except Exception as e:  # noqa: BLE001 - extraction must never take the batch down
        summary.failed.append((raw.path, f"extraction failed: {type(e).__name__}: {e}"))
        return
    aid, added = store.add_article(raw.text, ex, path=raw.path, url=raw.url)
    if added:
        summary.added.append(aid)
        summary.incidents += len(ex["incidents"])
        for w in ex.get("warnings") or []:
            summary.warnings.append((raw.path, w))
    else:
        summary.duplicates.append(raw.path)


def ingest_paths(store: Store, paths: Iterable, published=None, progress: Progress | None = None) -> Summary:
    summary = Summary()
    files = iter_paths(paths)
    for n, path in enumerate(files, 1):
        if progress:
            progress(n, len(files), str(path))
        try:
            raws = read_path(path)
        except ReadError as e:
            summary.failed.append((str(path), str(e)))
            continue
        for raw in raws:
            ingest_raw(store, raw, summary, published)
    return summary


def ingest_uploads(store: Store, items: list[tuple[str, bytes]], published=None,
                   progress: Progress | None = None) -> Summary:
    """Uploaded files or pasted text from the dashboard: (name, bytes) pairs, same rules as the CLI."""
    summary = Summary()
    for n, (name, data) in enumerate(items, 1):
        if progress:
            progress(n, len(items), name)
        try:
            raws = read_bytes(data, name)
        except ReadError as e:
            summary.failed.append((name, str(e)))
            continue
        for raw in raws:
            ingest_raw(store, raw, summary, published)
    return summary
