"""Map: every filtered incident as a point (or density beyond ~20k); click a point to open it."""

import streamlit as st

from components import data, filters, incident_detail
from components import map as incident_map
from components.shell import ensure_router
from sitrep import queries

ensure_router()  # first: a fresh server may run this page without app.py

st.title("Map")
df = data.filtered_incidents()

data.empty_state(df, stop_when_no_match=False)

selected = queries.incident(df, st.query_params.get("incident"))
clicked = incident_map.show(df, key=f"map_page_{filters.signature()}", height=620,
                            selected_id=selected["id"] if selected else None)
if clicked is not None and (selected is None or clicked != selected["id"]):
    st.query_params["incident"] = str(clicked)
    selected = queries.incident(df, clicked)
if selected:
    incident_detail.show(selected, key="map_incident")
elif not df.empty:
    st.caption("Click a point to see the incident here.")
