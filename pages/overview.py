"""Overview: the headline numbers, the map, the timeline, top actors and regions of the filtered set."""

import streamlit as st

from components import charts, data, filters, timeline
from components import map as incident_map
from components.shell import ensure_router
from sitrep import queries

ensure_router()  # first: a fresh server may run this page without app.py

st.title("Overview")
df = data.filtered_incidents()
n, total = filters.counts()

data.empty_state(df)

h = queries.headline(df)
c1, c2, c3, c4 = st.columns(4)
c1.metric("Incidents", f"{h['incidents']:,}")
fat = f"{h['fatalities']:,}"
if h["fatalities_low"] != h["fatalities_high"]:
    fat += f" ({h['fatalities_low']:,}–{h['fatalities_high']:,})"
c2.metric("Fatalities", fat, help="Coded figure, and in brackets the range when sources give different figures "
          f"({h['disputed']:,} incidents with disputed tolls).")
c3.metric("Articles", f"{h['articles']:,}")
c4.metric("Sources", f"{h['sources']:,}")

clicked = incident_map.show(df, key=f"overview_map_{filters.signature()}", height=420)
if clicked is not None:
    from components.incident_detail import link

    link(st, "pages/incidents.py", f"Open incident {clicked}", {"incident": str(clicked)}, ":material/table_rows:")

st.subheader("Timeline")
timeline.show(df, key="overview_timeline")

left, right = st.columns(2)
with left:
    st.subheader("Top actors")
    charts.show_top_actors(df, key="overview_top_actors")
with right:
    st.subheader("Top regions")
    charts.show_top_regions(df, key="overview_top_regions")
