"""Add articles from the dashboard: upload files or paste text; same reader, extraction and errors as
`sitrep ingest`, with progress, then every cached frame is refreshed."""

from __future__ import annotations

import json
import math

import streamlit as st

from components import data
from sitrep.config import MAX_ARTICLE_BYTES

UPLOAD_LABEL = "Upload article files"
PASTE_LABEL = "Or paste an article"
TITLE_LABEL = "Title (optional)"
OUTLET_LABEL = "Outlet (optional)"
PUBLISHED_LABEL = "Published (optional)"
SUBMIT_LABEL = "Add articles"
FILE_TYPES = ["txt", "md", "html", "htm", "json", "jsonl"]


def pasted_item(text: str, title: str = "", outlet: str = "") -> tuple[str, bytes] | None:
    """A pasted article as an upload item; with a title/outlet it travels as a JSON record."""
    if not text or not text.strip():
        return None
    if title.strip() or outlet.strip():
        rec = {"text": text, "title": title.strip() or None, "publisher": outlet.strip() or None}
        return "pasted article.json", json.dumps(rec).encode("utf-8")
    return "pasted article.txt", text.encode("utf-8")


def run_ingest(items: list[tuple[str, bytes]], published=None):
    """Ingest with a progress bar inside a status box; return the ingest Summary."""
    from sitrep.ingest import ingest_uploads

    with st.status(f"Adding {len(items)} item(s)…", expanded=True) as status:
        bar = st.progress(0.0, text="Starting…")

        def progress(n, total, name):
            bar.progress(min(1.0, (n - 1) / max(total, 1)), text=f"{n}/{total}: {name}")

        summary = ingest_uploads(data.store(), items, published=published, progress=progress)
        bar.progress(1.0, text="Done")
        status.update(label=summary.line(), state="error" if summary.failed else "complete")
    data.clear()
    return summary


def report(summary) -> None:
    """The CLI's messages: one 'error:' line per bad file, 'warning:' lines, then the summary line."""
    for name, reason in summary.failed:
        st.error(f"error: {reason}" if reason.startswith(name) else f"error: {name}: {reason}")
    for name, w in summary.warnings:
        st.warning(f"warning: {name}: {w}")
    (st.success if summary.added and not summary.failed else st.info)(summary.line())


def show(key: str = "add") -> object | None:
    """The add-articles form; returns the ingest Summary on the run that added, else None."""
    with st.form(key, clear_on_submit=True):
        files = st.file_uploader(UPLOAD_LABEL, type=FILE_TYPES, accept_multiple_files=True, key=f"{key}_files",
                                 max_upload_size=max(1, math.ceil(MAX_ARTICLE_BYTES / 1e6)),
                                 help="Text, Markdown, HTML, or JSON/JSONL records with a 'text' field.")
        text = st.text_area(PASTE_LABEL, key=f"{key}_text", height=160)
        c1, c2, c3 = st.columns(3)
        title = c1.text_input(TITLE_LABEL, key=f"{key}_title")
        outlet = c2.text_input(OUTLET_LABEL, key=f"{key}_outlet")
        published = c3.date_input(PUBLISHED_LABEL, value=None, key=f"{key}_published", format="YYYY-MM-DD",
                                  help="Overrides the date read from the text, like `sitrep ingest --published`.")
        submitted = st.form_submit_button(SUBMIT_LABEL, type="primary")
    if not submitted:
        return None
    items = [(f.name, f.getvalue()) for f in files or []]
    pasted = pasted_item(text or "", title or "", outlet or "")
    if pasted:
        items.append(pasted)
    if not items:
        st.warning("Choose files to upload or paste an article first.")
        return None
    summary = run_ingest(items, published=published)
    report(summary)
    return summary
