"""One incident in full: every coded field, the precision codes spelled out, its sources and the
evidence sentences highlighted inside their paragraph of the article."""

from __future__ import annotations

import contextlib
import json

import pandas as pd

from sitrep.highlight import esc, evidence_html, legend

TIME_PRECISION = {1: "1 — day known", 2: "2 — week or date range", 3: "3 — month or vaguer"}
GEO_PRECISION = {1: "1 — the place itself", 2: "2 — near it, or part of a region", 3: "3 — only the region"}


def _v(x):
    if x is None:
        return None
    try:
        if pd.isna(x):
            return None
    except (TypeError, ValueError):
        pass
    return x


def _int(x):
    x = _v(x)
    return int(x) if x is not None else None


def fields(inc: dict) -> pd.DataFrame:
    """(Field, Value) rows, every value a plain string (shown in a table, never as HTML)."""
    date = _v(inc.get("event_date"))
    date = date.strftime("%Y-%m-%d") if hasattr(date, "strftime") else date
    lo, hi, f = _int(inc.get("fatalities_min")), _int(inc.get("fatalities_max")), _int(inc.get("fatalities"))
    claims = inc.get("fatality_claims") or []
    if isinstance(claims, str):
        claims = json.loads(claims or "[]")
    lat, lon = _v(inc.get("latitude")), _v(inc.get("longitude"))
    actor1 = _v(inc.get("actor1"))
    if actor1 and inc.get("actor1_claimed"):
        actor1 = f"{actor1} (claimed/accused, not established)"
    rows = [
        ("Event date", date),
        ("Date window", f"{_v(inc.get('date_start')) or '?'} to {_v(inc.get('date_end')) or '?'}"),
        ("Time precision", TIME_PRECISION.get(_int(inc.get("time_precision")), _v(inc.get("time_precision")))),
        ("Event type", _v(inc.get("event_type"))),
        ("Sub-event type", _v(inc.get("sub_event_type"))),
        ("Actor 1", actor1),
        ("Actor 2", _v(inc.get("actor2"))),
        ("Location", _v(inc.get("location"))),
        ("Admin1", _v(inc.get("admin1"))),
        ("Country", _v(inc.get("country"))),
        ("Coordinates", f"{lat:.4f}, {lon:.4f}" if lat is not None and lon is not None else None),
        ("Geo precision", GEO_PRECISION.get(_int(inc.get("geo_precision")), _v(inc.get("geo_precision")))),
        ("Fatalities", None if f is None else str(f)),
        ("Fatalities range", f"{lo}–{hi}" if lo is not None and hi is not None and lo != hi else None),
        ("Fatality claims", "; ".join(f"{c.get('source') or '?'}: {c.get('fatalities')}" for c in claims) or None),
        ("Sources", ", ".join(inc.get("sources") or []) or None),
        ("Article", " · ".join(str(x) for x in (_v(inc.get("article_title")), _v(inc.get("article_publisher")),
                                                 _v(inc.get("article_published"))) if x) or None),
        ("Incident id", str(inc.get("id"))),
    ]
    return pd.DataFrame([(k, "—" if v is None else str(v)) for k, v in rows], columns=["Field", "Value"])


def show(inc: dict | None, key: str = "incident") -> None:
    """Render the incident (or an info line when there is none)."""
    import streamlit as st

    from components import data

    if not inc:
        st.info("Select an incident to see its details.")
        return
    inc = data.with_details(inc)  # evidence and date window are read per incident, not kept in the frame
    title = f"{_v(inc.get('event_type')) or 'Incident'} — {_v(inc.get('location')) or 'unknown place'}"
    st.subheader(title)
    left, right = st.columns([2, 3])
    with left:
        st.dataframe(fields(inc), hide_index=True, width="stretch", key=f"{key}_fields",
                     height=(len(fields(inc)) + 1) * 35 + 3)
    with right:
        st.markdown("**Evidence in the article**")
        text = data.article_text(inc["article_id"])
        ev = inc.get("evidence") or []
        body = evidence_html(text, ev) if text else ""
        if body:
            st.markdown(legend(["evidence"]) + body, unsafe_allow_html=True)
        else:
            st.caption("No evidence sentences were stored for this incident.")
        if inc.get("sources"):
            st.markdown("**Sources:** " + ", ".join(esc(s) for s in inc["sources"]), unsafe_allow_html=True)
        link(st, "pages/articles.py", "Open the article in the reader", {"article": inc["article_id"]}, ":material/article:")


def link(st, page: str, label: str, query_params: dict, icon: str | None = None) -> None:
    """st.page_link that degrades to nothing when the page is not in the navigation (a component
    rendered alone in a test)."""
    from streamlit.errors import StreamlitAPIException

    with contextlib.suppress(StreamlitAPIException):  # page not in the navigation: no router around us
        st.page_link(page, label=label, icon=icon, query_params=query_params)
