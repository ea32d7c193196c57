"""Sitrep dashboard: navigation and the shared sidebar filters every page reads.

The filters are drawn here, once per run, so their widgets live across page switches and the URL
keeps them (see components/filters.py).
"""

from pathlib import Path

import streamlit as st

from components import filters

ROOT = Path(__file__).resolve().parent

st.set_page_config(page_title="Sitrep", page_icon="🗺️", layout="wide")

PAGES = [
    ("pages/overview.py", "Overview", ":material/dashboard:"),
    ("pages/map.py", "Map", ":material/map:"),
    ("pages/incidents.py", "Incidents", ":material/table_rows:"),
    ("pages/articles.py", "Articles", ":material/article:"),
    ("pages/sources.py", "Sources", ":material/hub:"),
    ("pages/briefing.py", "Briefing", ":material/summarize:"),
]

pages = [st.Page(path, title=title, icon=icon, default=(i == 0))
         for i, (path, title, icon) in enumerate(PAGES) if (ROOT / path).exists()]
nav = st.navigation(pages)
filters.show()
nav.run()
