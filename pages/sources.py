"""Sources: who says what, through whom, how well each incident is backed, and where sources disagree."""

import altair as alt
import pandas as pd
import streamlit as st

from components import data, filters, incident_detail, source_graph
from components.shell import ensure_router
from sitrep import analysis

ensure_router()  # first: a fresh server may run this page without app.py

MAX_ROWS = 1_000  # rows a table sends to the browser (100k rows were 32 MB); the CSV download has them all
MAX_PICK = 200  # incidents a "show the sentences" chooser lists: the top of the table it sits under


@st.cache_resource(max_entries=16, show_spinner="Weighing the sources…")
def sources_view(version: tuple, flt_key: str, _flt) -> analysis.SourcesView:
    """Computed once per store version and filter set (seconds at 100k incidents), then shared read-only."""
    return analysis.sources_view(data.incidents_df(), data.attributions_df(), _flt)


st.title("Sources")
flt = filters.current()
view = sources_view(data.version(), repr(flt), flt)

if view.incidents.empty and view.attributions.empty:
    st.info("No sourced incidents match these filters. Add articles on the Articles page or widen the filters.")
    st.stop()

c1, c2, c3, c4 = st.columns(4)
c1.metric("Sources", f"{len(view.sources):,}")
c2.metric("Attributed claims", f"{len(view.attributions):,}")
c3.metric("Single-source incidents", f"{int(view.corroboration['single_source'].sum()):,}"
          if not view.corroboration.empty else "0")
c4.metric("Conflicting figures", f"{len(view.disagreements):,}")


def show_incident(incident_id, key: str) -> None:
    """The incident in full (evidence highlighted in its article), then every claim that backs it."""
    rows = view.incidents[view.incidents["id"] == incident_id]
    if rows.empty:
        return
    rec = data.with_details(rows.iloc[0].to_dict())  # evidence is read per incident, not kept in the frame
    incident_detail.show(rec, key=key)
    incident_detail.link(st, "pages/incidents.py", "Open in Incidents", {"incident": str(incident_id)}, "📋")
    claims = [c for c in analysis.evidence_for(rec, view.attributions) if c["source"]]
    if claims:
        st.markdown("**Claims behind it**")
        st.dataframe(pd.DataFrame(claims)[["source", "kind", "text"]], hide_index=True, width="stretch",
                     key=f"{key}_claims")


def table(df, key: str, order: str, **kwargs) -> None:
    """At most MAX_ROWS rows on screen (saying so), with a CSV download of every row, built only when clicked."""
    if len(df) > MAX_ROWS:
        st.caption(f"Showing the first {MAX_ROWS:,} of {len(df):,} rows ({order}); narrow the filters to see "
                   "the rest, or download them all.")
        st.download_button("Download all rows (CSV)", data=lambda: df.to_csv(index=False),
                           file_name=f"{key}.csv", mime="text/csv", key=f"{key}_csv", on_click="ignore")
    st.dataframe(df.head(MAX_ROWS), hide_index=True, width="stretch", key=key, **kwargs)


def pick_incident(df, key: str, label: str = "Show the sentences behind incident"):
    """A chooser over the first MAX_PICK rows of the table above it (not every incident: at 100k the list
    alone was 4 MB)."""
    if df.empty:
        return
    top = df.head(MAX_PICK)
    labels = {int(i): f"#{i} · {d or '?'} · {loc if isinstance(loc, str) and loc else '?'}"
              for i, d, loc in zip(top["id"].tolist(), top["event_date"].tolist(), top["location"].tolist())}
    if len(df) > MAX_PICK:
        label += f" (the first {MAX_PICK} rows of the table)"
    chosen = st.selectbox(label, list(labels), format_func=labels.get, key=key, index=None,
                          placeholder="Choose an incident")
    if chosen is not None:
        show_incident(chosen, key)


tab_src, tab_chain, tab_corr, tab_dis, tab_resp = st.tabs(
    ["Sources", "Chains", "Corroboration", "Disagreement", "Responsibility & accusations"])

with tab_src:
    st.subheader("Every source")
    st.dataframe(view.sources, hide_index=True, width="stretch", key="sources_table",
                 column_config={"claims": st.column_config.NumberColumn("claims", help="attributed claims"),
                                "incidents": st.column_config.NumberColumn("incidents backed")})
    names = list(view.sources["source"])
    who = st.selectbox("Claims made by", names, index=None, key="sources_who", placeholder="Choose a source")
    if who:
        mine = view.attributions[view.attributions["source"] == who]
        table(mine[["article_published", "article_title", "cue", "claim", "via", "kind"]], "sources_claims_by",
              "as stored")

with tab_chain:
    st.subheader("Who reported through whom")
    source_graph.show(view.chains, analysis.source_types(view.attributions), key="sources_graph")
    table(view.paths, "sources_paths", "most claims first")

with tab_corr:
    st.subheader("Corroboration")
    by_n, by_type = analysis.corroboration_summary(view.corroboration)
    left, right = st.columns(2)
    if not by_n.empty:
        left.altair_chart(alt.Chart(by_n).mark_bar().encode(
            x=alt.X("sources:N", sort=None, title="distinct sources"), y=alt.Y("incidents:Q")),
            width="stretch")
        right.altair_chart(alt.Chart(by_type.head(12)).mark_bar().encode(
            y=alt.Y("source_types:N", sort="-x", title="source types"), x=alt.X("incidents:Q")),
            width="stretch")
    single = st.toggle("Single-source only", value=flt.single_source_only, key="sources_single_only",
                       help="Incidents only one source vouches for (or none named): the ones to verify first.")
    corr = view.corroboration[view.corroboration["single_source"]] if single else view.corroboration
    st.caption(f"{len(corr):,} incidents")
    table(corr.drop(columns=["article_id", "idx"]), "sources_corroboration", "fewest sources first, then newest")
    pick_incident(corr, key="sources_corr_pick")

with tab_dis:
    st.subheader("Where sources disagree on the toll")
    if view.disagreements.empty:
        st.info("No incident in this selection has conflicting fatality figures.")
    else:
        table(view.disagreements.drop(columns=["claims", "article_id", "idx"]), "sources_disagreements",
              "largest gap first")
        top = view.disagreements.head(MAX_PICK)
        labels = {int(r["id"]): f"#{r['id']} · {r['event_date']} · {r['location']} ({r['low']}–{r['high']})"
                  for r in analysis.records(top, ["id", "event_date", "location", "low", "high"])}
        label = "Side by side" + (f" (the first {MAX_PICK} rows of the table)" if len(view.disagreements) > MAX_PICK
                                  else "")
        chosen = st.selectbox(label, list(labels), format_func=labels.get, key="sources_dis_pick")
        claims = view.disagreements[view.disagreements["id"] == chosen].iloc[0]["claims"]
        for col, c in zip(st.columns(max(len(claims), 1)), claims):
            col.metric(c["source"], c["fatalities"])
        show_incident(chosen, "sources_dis_detail")

with tab_resp:
    st.subheader("Claims of responsibility, accusations and denials, by actor")
    if view.actor_claims.empty:
        st.info("No claim of responsibility, accusation or denial in this selection.")
    else:
        st.dataframe(view.actor_summary, hide_index=True, width="stretch", key="sources_actor_summary")
        table(view.actor_claims, "sources_actor_claims", "by actor")
