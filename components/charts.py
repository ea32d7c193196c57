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


def show_top_actors(df: pd.DataFrame, n: int = 10, key: str = "top_actors") -> pd.DataFrame:
    import streamlit as st

    top = queries.top_actors(df, n)
    if top.empty:
        st.caption("No actors named in these incidents.")
    else:
        st.altair_chart(bar(top, "actor"), width="stretch", key=key)
    return top


def show_top_regions(df: pd.DataFrame, n: int = 10, key: str = "top_regions") -> pd.DataFrame:
    import streamlit as st

    top = queries.top_regions(df, n)
    if top.empty:
        st.caption("No located incidents.")
    else:
        st.altair_chart(bar(top, "region"), width="stretch", key=key)
    return top
