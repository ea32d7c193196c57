"""Articles: the list (outlet, date, incident count; never the text), the reader, and adding articles."""

import streamlit as st

from components import article_add, article_viewer, data, filters
from components.shell import ensure_router

ensure_router()  # first: a fresh server may run this page without app.py

st.title("Articles")

articles = data.articles_df()
with st.expander("Add articles", expanded=articles.empty):
    if article_add.show(key="add") is not None:
        articles = data.articles_df()

if articles.empty:
    st.info("No articles in the store yet. Upload or paste one above.")
    st.stop()

flt = filters.current()
if not flt.is_empty():
    keep = set(data.filtered_incidents()["article_id"])
    articles = articles[articles["id"].isin(keep)]
    st.caption(f"{len(articles):,} articles behind the filtered incidents (clear the filters to list all).")
if articles.empty:
    st.info("No article has incidents matching these filters.")
    st.stop()

view = articles[["published", "publisher", "title", "incidents", "n_words", "id"]].reset_index(drop=True)
view = view.fillna({"published": "undated", "publisher": "unknown outlet", "title": "(untitled)"})
wanted = view.index[view["id"] == st.query_params.get("article")].tolist()
event = st.dataframe(
    view, key=f"articles_table_{filters.signature()}", on_select="rerun", selection_mode="single-row", hide_index=True,
    width="stretch", height=min(420, 38 + 35 * len(view)), lazy=False,
    selection_default={"selection": {"rows": wanted[:1]}} if wanted else None,
    column_config={"published": st.column_config.TextColumn("Published"),
                   "publisher": st.column_config.TextColumn("Outlet"),
                   "title": st.column_config.TextColumn("Title", width="large"),
                   "incidents": st.column_config.NumberColumn("Incidents", format="%d"),
                   "n_words": st.column_config.NumberColumn("Words", format="%d"),
                   "id": st.column_config.TextColumn("Id", width="small")})

rows = list(event.selection.rows) if event and event.selection else []
aid = view["id"].iloc[rows[0]] if rows and rows[0] < len(view) else st.query_params.get("article")
if rows and st.query_params.get("article") != aid:
    st.query_params["article"] = aid
if aid and aid in set(data.articles_df()["id"]):
    article_viewer.show(aid, key="reader")
else:
    st.caption("Select an article to read it with its highlights.")
