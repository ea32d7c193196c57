"""The dashboard's one door to the store: a cached Store and cached frames, re-read only when the store changes.

Frames are cached per Store.version(), so a filter change filters an in-memory frame (tens of ms at
100k incidents) and never goes back to the database or the article text. They are shared objects (no
pickle copy per rerun, which st.cache_data would make: ~0.3 s at 100k rows with list columns), so
callers treat them as read-only. After an ingest the incident frame grows by the new rows only.
"""

from __future__ import annotations

import threading
import time

import pandas as pd
import streamlit as st

from sitrep import config, queries
from sitrep.store import Store

# How long a Store.version() answer is trusted before asking the database again. An ingest from the
# dashboard clears it at once (clear()); an ingest from the CLI in another process shows within this time.
VERSION_TTL_S = 2.0


def database_url() -> str:
    """Read at call time (not import time) so a test or a shell can point the app at another store."""
    return config.database_url()


@st.cache_resource(show_spinner=False, max_entries=8)
def _store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return _store(database_url())


_versions: dict[str, tuple[float, tuple]] = {}


def version() -> tuple:
    url = database_url()
    now = time.monotonic()
    hit = _versions.get(url)
    if hit and now - hit[0] < VERSION_TTL_S:
        return hit[1]
    v = store().version()
    _versions[url] = (now, v)
    return v


_frames: dict[str, tuple[tuple, pd.DataFrame]] = {}
_frames_lock = threading.Lock()


def _incidents(v: tuple) -> pd.DataFrame:
    """The incident frame for store version v. After an ingest only the new incidents are read and
    appended (reading 100k incidents costs seconds; the new article's few cost milliseconds); a
    deletion or anything unexpected falls back to a full read."""
    url, n_incidents, max_id = v[0], v[3], v[4]
    with _frames_lock:
        hit = _frames.get(url)
        if hit is not None and hit[0] == v:
            return hit[1]
        df = None
        if hit is not None and len(hit[1]) and n_incidents >= len(hit[1]):
            old = hit[1]
            delta = queries.load_incidents(_store(url), after_id=int(old["id"].max()))
            if len(old) + len(delta) == n_incidents and (delta.empty or int(delta["id"].max()) == max_id):
                df = pd.concat([old, delta], ignore_index=True) if len(delta) else old
        if df is None:
            with st.spinner("Reading incidents…"):
                df = queries.load_incidents(_store(url))
        _frames[url] = (v, df)
        while len(_frames) > 4:
            _frames.pop(next(iter(_frames)))
        return df


@st.cache_resource(show_spinner=False, max_entries=2)
def _attributions(v: tuple) -> pd.DataFrame:
    return queries.load_attributions(_store(v[0]))


@st.cache_resource(show_spinner=False, max_entries=2)
def _articles(v: tuple) -> pd.DataFrame:
    return queries.load_articles(_store(v[0]))


@st.cache_resource(show_spinner=False, max_entries=2)
def _facets(v: tuple) -> dict:
    return queries.facets(_incidents(v))


def incidents_df() -> pd.DataFrame:
    """Every incident (no article text), one row each; read-only."""
    return _incidents(version())


def attributions_df() -> pd.DataFrame:
    return _attributions(version())


def articles_df() -> pd.DataFrame:
    """Article list (id, title, publisher, published, incidents ...) without text; read-only."""
    return _articles(version())


def facets() -> dict:
    """Filter options: actors, countries, admin1 by country, event types, sources, date bounds."""
    return _facets(version())


def filtered_incidents(flt: queries.Filters | None = None) -> pd.DataFrame:
    """The incidents the shared sidebar filters select (read-only; filtered once per run and filter set)."""
    from components import filters

    flt = flt if flt is not None else filters.current()
    v = version()
    memo = st.session_state.get("_data__filtered")
    if memo is not None and memo[0] == v and memo[1] == flt:
        return memo[2]
    df = queries.filter_incidents(incidents_df(), flt)
    st.session_state["_data__filtered"] = (v, flt, df)
    return df


@st.cache_data(show_spinner=False, max_entries=64)
def _article_text(url: str, aid: str) -> str | None:
    return _store(url).article_text(aid)


def article_text(aid: str) -> str | None:
    """One article's text (the only place the dashboard reads text), cached per article."""
    return _article_text(database_url(), aid)


@st.cache_data(show_spinner=False, max_entries=256)
def _details(url: str, incident_id: int) -> dict:
    return queries.incident_details(_store(url), [incident_id]).get(incident_id, {})


def incident_details(incident_id) -> dict:
    """One incident's evidence spans, date window and notes (not in the shared frame), cached per incident."""
    try:
        iid = int(incident_id)
    except (TypeError, ValueError):
        return {}
    return _details(database_url(), iid)


def with_details(inc: dict | None) -> dict | None:
    """The incident record with its evidence and date window added (read from the store when missing)."""
    if not inc or "evidence" in inc:
        return inc
    return {**inc, **incident_details(inc.get("id"))}


def article(aid: str) -> dict | None:
    """One article's row including text."""
    return store().article(aid)


def clear() -> None:
    """After an ingest: forget cached versions so every page sees the new articles at once (the incident
    frame then reads only what was added), and drop the derived caches."""
    _versions.clear()
    for fn in (_attributions, _articles, _facets, _article_text, _details):
        fn.clear()


EMPTY_STORE = "No incidents in the store yet. Add articles on the **Articles** page, or run `sitrep ingest data/articles`."
NO_MATCH = "No incidents match these filters. Widen them or press **Reset filters** in the sidebar."


def empty_state(df: pd.DataFrame, stop_when_no_match: bool = True) -> None:
    """The two empty states every incident page shares: nothing stored (stop), nothing matching (stop or go on)."""
    if incidents_df().empty:
        st.info(EMPTY_STORE)
        st.stop()
    if df.empty:
        st.info(NO_MATCH)
        if stop_when_no_match:
            st.stop()
