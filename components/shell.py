"""Keep every page behind app.py's router, even on a fresh server's first deep link.

Streamlit starts in its old 'pages/ directory' mode when a pages/ folder sits next to the main script,
and leaves it only once some run calls st.navigation. If the first request a new server gets is a
deep link (/map?actor=...), that run executes pages/map.py on its own: no app.py, so no sidebar
filters and a lower-case auto-generated menu. ensure_router() (first line of every page) notices that
mode, switches it off and reruns, so app.py runs and routes to the same page.
"""

from __future__ import annotations


def ensure_router() -> None:
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        import streamlit as st

        PagesManager.uses_pages_directory = False
        st.rerun()
