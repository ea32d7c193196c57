"""The article reader: the text with places, actors, dates, figures, attributed claims and incident
evidence highlighted in distinct colours, a legend, and the article's incidents beside it.

Spans come from re-running the extraction pipeline on the ONE article shown (cached per article), so
the highlights are exactly what the pipeline sees; if the pipeline fails we fall back to what the
store holds (attributions, evidence) plus dates and figures found in the text.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import data
from sitrep import highlight, queries
from sitrep.highlight import Span, esc

MAX_READER_CHARS = 200_000  # a browser paints this much highlighted text in about a second


@st.cache_data(show_spinner="Reading the article…", max_entries=32)
def _spans(url: str, aid: str, published: str | None, title: str | None, publisher: str | None
           ) -> tuple[list[Span], str | None]:
    text = data.article_text(aid) or ""
    try:
        from sitrep.extract.pipeline import run

        doc = run(text, published=published, title=title, publisher=publisher)
        return highlight.spans_from_doc(doc), None
    except Exception as e:  # noqa: BLE001 - the reader must still show the text when extraction breaks
        return _stored_spans(aid, text), f"{type(e).__name__}: {e}"


def _stored_spans(aid: str, text: str) -> list[Span]:
    spans = highlight.find_dates(text) + highlight.find_figures(text)
    att = data.attributions_df()
    for a in att[att["article_id"] == aid].itertuples():
        if pd.notna(a.start) and pd.notna(a.end):
            spans.append(Span(int(a.start), int(a.end), "claim", f"{a.source}: {a.cue}"))
    inc = data.incidents_df()
    mine = inc[inc["article_id"] == aid]
    details = queries.incident_details(data.store(), mine["id"].tolist())  # evidence is not in the frame
    for r in mine.itertuples():
        for e in details.get(int(r.id), {}).get("evidence") or []:
            spans.append(Span(int(e["start"]), int(e["end"]), "evidence", f"incident {r.idx + 1}"))
    return spans


def spans(aid: str, art: dict) -> tuple[list[Span], str | None]:
    return _spans(data.database_url(), aid, art.get("published"), art.get("title"), art.get("publisher"))


def show(aid: str, key: str = "reader") -> None:
    """Reader for one article id (title, meta, legend, highlighted text | its incidents)."""
    art = data.article(aid)
    if not art:
        st.warning("That article is not in the store.")
        return
    text = art.get("text") or ""
    st.subheader(art.get("title") or "Untitled article")
    meta = " · ".join(x for x in (art.get("publisher"), art.get("published"), f"{art.get('n_words') or 0:,} words",
                                   art.get("path")) if x)
    st.caption(meta)
    found, error = spans(aid, art)
    reader, side = st.columns([3, 2])
    with reader:
        if error:
            st.warning(f"Extraction failed on this article ({error}); showing stored highlights only.")
        counts = {k: sum(1 for s in found if s.kind == k) for k in highlight.KINDS}
        st.markdown(highlight.legend(), unsafe_allow_html=True)
        st.caption(" · ".join(f"{highlight.KINDS[k][0]}: {n}" for k, n in counts.items()))
        shown = text if len(text) <= MAX_READER_CHARS else text[:MAX_READER_CHARS]
        st.markdown(highlight.render(shown, found), unsafe_allow_html=True)
        if len(shown) < len(text):
            st.caption(f"Showing the first {MAX_READER_CHARS:,} of {len(text):,} characters.")
    with side:
        st.markdown("**Incidents from this article**")
        inc = queries.article_incidents(data.incidents_df(), aid)
        if inc.empty:
            st.info("No incidents were extracted from this article.")
        else:
            view = inc[["id", "event_date", "event_type", "actor1", "actor2", "location", "fatalities"]]
            st.dataframe(view, hide_index=True, width="stretch", key=f"{key}_incidents",
                         column_config={
                             "id": st.column_config.NumberColumn("Id", format="%d"),
                             "event_date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                             "event_type": "Event type", "actor1": "Actor 1", "actor2": "Actor 2",
                             "location": "Location",
                             "fatalities": st.column_config.NumberColumn("Fatalities", format="%d")})
            from components.incident_detail import link

            for r in inc.head(12).itertuples():
                link(st, "pages/incidents.py", f"Incident {r.id}: {r.event_type or ''} in {r.location or '?'}",
                     {"incident": str(r.id)}, ":material/table_rows:")
        warnings = art.get("warnings")
        if warnings and warnings != "[]":
            import json

            for w in json.loads(warnings):
                st.caption(f"⚠️ {esc(w)}")
