"""Read article files (txt, md, html, json, jsonl) into RawArticle records, with a reason when we cannot.

Untrusted input: every failure is a ReadError with one line an analyst can act on; nothing here
touches the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.config import MAX_ARTICLE_BYTES

SUFFIXES = {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}


class ReadError(ValueError):
    """A file that cannot become an article; str() is the one-line reason."""


@dataclass
class RawArticle:
    text: str
    path: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)


def iter_paths(paths) -> list[Path]:
    """Expand folders into the article files they hold (sorted); keep files as given."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with BOM), then UTF-16 by BOM, then cp1252; refuse binary."""
    if not data.strip():
        raise ReadError(f"{name}: file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        sample = data[:8192]
        if b"\x00" in sample:
            raise ReadError(f"{name}: binary file (contains NUL bytes), not an article")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    bad = sum(1 for c in text[:20000] if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    if bad > max(20, len(text[:20000]) * 0.02):
        raise ReadError(f"{name}: looks like binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, name: str) -> str:
    if not text or not text.strip():
        raise ReadError(f"{name}: no article text (empty or whitespace only)")
    letters = sum(c.isalpha() for c in text[:20000])
    if letters < 20:
        raise ReadError(f"{name}: too little text to be an article ({letters} letters)")
    share = english_share(text)
    if share is not None and share < 0.10:
        raise ReadError(f"{name}: does not look like English ({share:.0%} English function words; "
                        "Sitrep's extraction reads English articles) - translate it first")
    return text


def english_share(text: str) -> float | None:
    """Share of words that are English function words: ~0.25-0.45 in English news, ~0.03 in French, 0 in Arabic.

    None for texts too short to judge. A cheap guard so a non-English article gets a clear refusal instead of
    silently yielding no incidents.
    """
    import re

    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 20:
        return None
    return sum(1 for w in words if w in STOP_WORDS) / len(words)


def html_to_text(html: str, name: str) -> tuple[str, dict]:
    """Article body and metadata from saved HTML via trafilatura; a plain tag strip if it finds none."""
    import trafilatura

    meta: dict = {}
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception:  # noqa: BLE001 - broken HTML: fall back to a plain tag strip below
        doc = None
    if doc is not None:
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        body = d.get("text") or ""
        meta = {k: d.get(k) for k in ("title", "date", "sitename", "url")}
        if body.strip():
            head = []
            if meta.get("title"):
                head.append(meta["title"])
            return ("\n\n".join(head + [body]), meta)
    import html as htmllib
    import re

    text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</h\d>|</div>|</li>", "\n\n", text)
    text = htmllib.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n\s*", "\n\n", text).strip()
    return text, meta


def _from_record(rec, name: str, path: str) -> RawArticle:
    if not isinstance(rec, dict):
        raise ReadError(f"{name}: each JSON record must be an object with a 'text' field")
    text = rec.get("text")
    if not isinstance(text, str):
        raise ReadError(f"{name}: JSON record has no 'text' string")
    check_text(text, name)
    return RawArticle(text=text, path=path, title=rec.get("title"), published=rec.get("published"),
                      publisher=rec.get("publisher"), url=rec.get("url"))


def read_path(path) -> list[RawArticle]:
    """One file -> one or more RawArticles (jsonl and JSON lists hold many). Raises ReadError."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ReadError(f"{name}: no such file")
    if p.is_dir():
        raise ReadError(f"{name}: is a folder with no article files")
    size = p.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ReadError(f"{name}: file is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit")
    return read_bytes(p.read_bytes(), name)


def read_bytes(data: bytes, name: str) -> list[RawArticle]:
    """Same as read_path for uploaded bytes; `name` decides the format by its suffix."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ReadError(f"{name}: {len(data) / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit")
    text = decode(data, name)
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm") or (suffix not in (".json", ".jsonl") and text.lstrip()[:1] == "<"
                                        and "<html" in text[:2000].lower()):
        body, meta = html_to_text(text, name)
        check_text(body, name)
        return [RawArticle(text=body, path=name, title=meta.get("title"), published=meta.get("date"),
                           publisher=meta.get("sitename"), url=meta.get("url"))]
    if suffix == ".jsonl":
        out = []
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                raise ReadError(f"{name}:{i}: malformed JSON line ({e.msg})") from None
            out.append(_from_record(rec, f"{name}:{i}", f"{name}:{i}"))
        if not out:
            raise ReadError(f"{name}: no records")
        return out
    if suffix == ".json":
        try:
            rec = json.loads(text)
        except ValueError as e:
            raise ReadError(f"{name}: malformed JSON ({e.msg} at line {e.lineno})") from None
        recs = rec if isinstance(rec, list) else [rec]
        if not recs:
            raise ReadError(f"{name}: empty JSON list")
        return [_from_record(r, name, name if len(recs) == 1 else f"{name}[{i}]") for i, r in enumerate(recs)]
    check_text(text, name)
    return [RawArticle(text=text, path=name)]
