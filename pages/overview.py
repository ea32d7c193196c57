import streamlit as st

from sitrep.queries import load_incidents
from sitrep.store import Store

st.title("Sitrep")
df = load_incidents(Store())
st.dataframe(df[["event_date", "event_type", "actor1", "actor2", "location", "fatalities"]])
