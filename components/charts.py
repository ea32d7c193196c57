"""Small ranked charts: top actors and top regions of the filtered incidents."""

from __future__ import annotations

import altair as alt
import pandas as pd

from sitrep import queries


def bar(counts: pd.DataFrame, label: str, value: str = "incidents") -> alt.Chart:
    """Horizontal bars, largest first."""
    return (alt.Chart(counts)
            .mark_bar(color="#4c6ef5")
            .encode(y=alt.Y(f"{label}:N", sort="-x", title=None),
                    x=alt.X(f"{value}:Q", title=value.capitalize()),
                    tooltip=[alt.Tooltip(f"{label}:N"), alt.Tooltip(f"{value}:Q"),
                             alt.Tooltip("fatalities:Q")])
            .properties(height=max(80, 24 * len(counts))))


def _show_top(top: pd.DataFrame, label: str, empty: str, key: str) -> pd.DataFrame:
    import streamlit as st

    if top.empty:
        st.caption(empty)
    else:
        st.altair_chart(bar(top, label), width="stretch", key=key)
    return top


def show_top_actors(df: pd.DataFrame, n: int = 10, key: str = "top_actors") -> pd.DataFrame:
    return _show_top(queries.top_actors(df, n), "actor", "No actors named in these incidents.", key)


def show_top_regions(df: pd.DataFrame, n: int = 10, key: str = "top_regions") -> pd.DataFrame:
    return _show_top(queries.top_regions(df, n), "region", "No located incidents.", key)
