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


def keep_navigation_mode_in_apptest() -> None:
    """For AppTest (tests and benchmarks): keep app.py's router on every rerun.

    AppTest resets PagesManager.uses_pages_directory before every run; with a pages/ folder next to app.py
    that re-enables the old multipage mode, and reruns then execute the page file alone (no sidebar
    filters). A real server sets the flag to False on the first st.navigation call and keeps it. Give
    AppTest a PagesManager subclass so its reset lands on the subclass and the real flag stays False.
    """
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import app_test

    if getattr(app_test.PagesManager, "_sitrep_patch", False):
        return

    class _PagesManager(PagesManager):
        _sitrep_patch = True

    app_test.PagesManager = _PagesManager
    PagesManager.uses_pages_directory = False
