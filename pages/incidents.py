"""Incidents: the filtered table (sortable), the selected incident in full, downloads."""

import streamlit as st

from components import data, filters, incident_detail, incident_table
from components.shell import ensure_router

ensure_router()  # first: a fresh server may run this page without app.py

st.title("Incidents")
df = data.filtered_incidents()

data.empty_state(df)

incident_table.downloads(df, key="incidents_dl")
selected = incident_table.show(df, key=f"incidents_table_{filters.signature()}")
incident_detail.show(selected, key="incidents_detail")
