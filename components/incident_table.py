"""The incidents table (sortable, single-row selection) and the downloads of the filtered set."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from sitrep import queries

MAX_ROWS = 2_000  # newest rows sent to the browser (10k rows were 4 MB a filter change); the downloads have all
COLUMNS = ["id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "country",
           "fatalities", "fatalities_min", "fatalities_max", "n_sources", "sources", "time_precision",
           "geo_precision", "article_publisher", "article_title", "reader"]
CSV_LABEL, GEOJSON_LABEL = "Download CSV (ACLED columns)", "Download GeoJSON"


def column_config() -> dict:
    cc = st.column_config
    return {
        "id": cc.NumberColumn("Id", format="%d", width="small"),
        "event_date": cc.DateColumn("Date", format="YYYY-MM-DD"),
        "event_type": cc.TextColumn("Event type"),
        "sub_event_type": cc.TextColumn("Sub-event type"),
        "actor1": cc.TextColumn("Actor 1"),
        "actor2": cc.TextColumn("Actor 2"),
        "location": cc.TextColumn("Location"),
        "admin1": cc.TextColumn("Admin1"),
        "country": cc.TextColumn("Country"),
        "fatalities": cc.NumberColumn("Fatalities", format="%d"),
        "fatalities_min": cc.NumberColumn("Fat. min", format="%d", help="Lowest figure any source gave"),
        "fatalities_max": cc.NumberColumn("Fat. max", format="%d", help="Highest figure any source gave"),
        "n_sources": cc.NumberColumn("Sources #", format="%d"),
        "sources": cc.ListColumn("Sources"),
        "time_precision": cc.NumberColumn("Time prec.", format="%d", help="1 day, 2 week/range, 3 month+"),
        "geo_precision": cc.NumberColumn("Geo prec.", format="%d", help="1 place, 2 near/part, 3 region"),
        "article_publisher": cc.TextColumn("Outlet"),
        "article_title": cc.TextColumn("Article"),
        "reader": cc.LinkColumn("Read", display_text="Open article", help="The article in the reader (new tab)"),
    }


def table_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The rows the table shows: most recent first, at most MAX_ROWS."""
    if len(df) > MAX_ROWS:  # pick the newest MAX_ROWS first: a full multi-key sort of 1M rows takes seconds
        dates = df["event_date"].to_numpy("datetime64[ns]")
        key = np.where(np.isnat(dates), np.iinfo(np.int64).min, dates.astype(np.int64))
        df = df.iloc[np.argpartition(key, len(df) - MAX_ROWS)[len(df) - MAX_ROWS:]]
    view = df.sort_values(["event_date", "id"], ascending=False, na_position="last")
    view = view.assign(reader="./articles?article=" + view["article_id"].astype(str))
    return view[[c for c in COLUMNS if c in view.columns]].reset_index(drop=True)


def show(df: pd.DataFrame, key: str = "incidents_table") -> dict | None:
    """Draw the table; return the selected incident (a row click, else ?incident=ID in the URL)."""
    view = table_frame(df)
    if len(df) > MAX_ROWS:
        st.caption(f"Showing the {MAX_ROWS:,} most recent of {len(df):,} incidents; narrow the filters to see the "
                   "rest, or download them all.")
    wanted = st.query_params.get("incident")
    hits = view.index[view["id"].astype(str) == str(wanted)].tolist() if wanted else []
    event = st.dataframe(view, key=key, on_select="rerun", selection_mode="single-row", hide_index=True,
                         width="stretch", column_config=column_config(), height=380, lazy=False,
                         selection_default={"selection": {"rows": hits[:1]}} if hits else None)
    rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if rows and rows[0] < len(view):
        iid = int(view["id"].iloc[rows[0]])
        if st.query_params.get("incident") != str(iid):
            st.query_params["incident"] = str(iid)
        return queries.incident(df, iid)
    return queries.incident(df, st.query_params.get("incident"))


def downloads(df: pd.DataFrame, key: str = "incidents_dl") -> None:
    """CSV (ACLED column names) and GeoJSON of the whole filtered set, built only when clicked."""
    from components import data
    from sitrep import exports

    def full():  # the frame has no evidence (ACLED notes) or date window: read them for these rows only
        return queries.with_details(data.store(), df)

    row = st.container(horizontal=True)
    row.download_button(CSV_LABEL, data=lambda: exports.to_acled_csv(full()), file_name="sitrep_incidents.csv",
                       mime="text/csv", key=f"{key}_csv", on_click="ignore")
    row.download_button(GEOJSON_LABEL, data=lambda: exports.to_geojson(full()), file_name="sitrep_incidents.geojson",
                       mime="application/geo+json", key=f"{key}_geojson", on_click="ignore")
