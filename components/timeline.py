"""The timeline: incidents (or fatalities) per day/week/month, stacked by event type (altair).

Aggregated in pandas first so the chart carries a few hundred rows, never one row per incident.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from sitrep.palette import EVENT_COLORS, hex_color

TOGGLE_LABEL = "Show fatalities"


def bucket(df: pd.DataFrame) -> tuple[str, str]:
    """(pandas period alias, label) giving a readable number of bars for the date span."""
    dates = df["event_date"].dropna()
    if dates.empty:
        return "D", "day"
    span = (dates.max() - dates.min()).days
    if span <= 120:
        return "D", "day"
    if span <= 3 * 365:
        return "W", "week"
    return "M", "month"


def aggregate(df: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Rows of (period start, event type, incidents, fatalities)."""
    d = df[df["event_date"].notna()]
    if d.empty:
        return pd.DataFrame(columns=["period", "event_type", "incidents", "fatalities"]), "day"
    freq, label = bucket(d)
    period = d["event_date"].dt.to_period(freq).dt.start_time
    g = (pd.DataFrame({"period": period, "event_type": d["event_type"].fillna("Unknown"),
                       "fatalities": d["fatalities"].fillna(0)})
         .groupby(["period", "event_type"], as_index=False)
         .agg(incidents=("fatalities", "size"), fatalities=("fatalities", "sum")))
    g["fatalities"] = g["fatalities"].astype(int)
    return g, label


def chart(df: pd.DataFrame, fatalities: bool = False) -> alt.Chart:
    agg, label = aggregate(df)
    measure = "fatalities" if fatalities else "incidents"
    types = sorted(agg["event_type"].unique()) if not agg.empty else []
    scale = alt.Scale(domain=types, range=[hex_color(t) for t in types])
    time_unit = {"day": "yearmonthdate", "week": "yearmonthdate", "month": "yearmonth"}[label]
    return (alt.Chart(agg)
            .mark_bar()
            .encode(x=alt.X(f"{time_unit}(period):T", title=f"{label.capitalize()} of event"),
                    y=alt.Y(f"sum({measure}):Q", title=measure.capitalize(), stack="zero"),
                    color=alt.Color("event_type:N", title="Event type", scale=scale,
                                    sort=list(EVENT_COLORS)),
                    tooltip=[alt.Tooltip(f"{time_unit}(period):T", title=label.capitalize()),
                             alt.Tooltip("event_type:N", title="Event type"),
                             alt.Tooltip("incidents:Q", title="Incidents"),
                             alt.Tooltip("fatalities:Q", title="Fatalities")])
            .properties(height=260))


def show(df: pd.DataFrame, key: str = "timeline") -> bool:
    """Draw the timeline with its fatalities toggle; returns whether fatalities are shown."""
    import streamlit as st

    fatalities = st.toggle(TOGGLE_LABEL, key=f"{key}_fatalities",
                           help="Bar height = reported fatalities instead of the number of incidents.")
    if df["event_date"].notna().sum() == 0:
        st.info("No dated incidents to draw a timeline.")
        return fatalities
    st.altair_chart(chart(df, fatalities), width="stretch", key=f"{key}_chart")
    return fatalities
