"""Sitrep dashboard: navigation and the shared state every page reads."""

import streamlit as st

st.set_page_config(page_title="Sitrep", layout="wide")

pages = [
    st.Page("pages/overview.py", title="Overview", default=True),
]
st.navigation(pages).run()
