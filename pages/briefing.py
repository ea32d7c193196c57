"""Briefing: the filtered picture for a screen or projector — slide by slide or all at once — and downloads."""

import re

import streamlit as st

from components import data, filters
from sitrep import briefing

# Big type for a projector; presentation mode also hides the sidebar and Streamlit's header.
PAGE_CSS = """
<style>
[data-testid="stMetricValue"] { font-size: 4rem; }
[data-testid="stMetricLabel"] p { font-size: 1.4rem; }
.sitrep-slide { padding: 8px 4px 24px; }
</style>
"""
PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"] { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1rem; max-width: 100%; }
</style>
"""

st.html(f"{PAGE_CSS}<style>{briefing.SLIDE_CSS}</style>")
st.title("Briefing")

flt = filters.current()
title = st.text_input("Briefing title", value="Situation briefing", key="briefing_title")
b = briefing.build_from_frames(data.incidents_df(), data.attributions_df(), flt, title)
slides = briefing.slide_bodies(b)

controls = st.columns([2, 2, 1.2, 1.2])
mode = controls[0].radio("View", ["Slide by slide", "All slides"], horizontal=True, key="briefing_mode")
present = controls[1].toggle("Presentation mode", key="briefing_present",
                             help="Hides the sidebar and the header: for a projector or a shared screen.")
slug = re.sub(r"[^a-z0-9]+", "-", (title or "briefing").lower()).strip("-") or "briefing"
controls[2].download_button("Download HTML", briefing.render_html(b), file_name=f"{slug}.html", mime="text/html",
                            key="briefing_dl_html", help="One self-contained file: opens offline.")
controls[3].download_button("Download Markdown", briefing.render_markdown(b), file_name=f"{slug}.md",
                            mime="text/markdown", key="briefing_dl_md")
if present:
    st.html(PRESENT_CSS)

if b.n_incidents == 0:
    st.info("No incidents match these filters: the briefing has nothing to show yet.")


def overview() -> None:
    """The title slide with native metrics (large type through PAGE_CSS)."""
    st.header(b.title)
    st.markdown(f"### {b.period} · {b.region}")
    if b.filters:
        st.caption("Filters: " + "; ".join(b.filters))
    for row in (b.numbers[:3], b.numbers[3:]):
        for col, (label, value) in zip(st.columns(3), row):
            col.metric(label, value, border=True)


def show_slide(i: int) -> None:
    if i == 0:
        overview()
    else:
        st.html(f'<div class="sitrep-slide">{slides[i][1]}</div>')


if mode == "Slide by slide":
    st.session_state.setdefault("briefing_slide", 0)
    st.session_state["briefing_slide"] = max(0, min(st.session_state["briefing_slide"], len(slides) - 1))

    def step(delta: int) -> None:
        st.session_state["briefing_slide"] = max(0, min(st.session_state["briefing_slide"] + delta,
                                                        len(slides) - 1))

    i = st.session_state["briefing_slide"]
    nav = st.columns([1, 4, 1])
    nav[0].button("◀ Previous", key="briefing_prev", on_click=step, args=(-1,), disabled=i == 0,
                  width="stretch")
    nav[1].markdown(f"<div style='text-align:center;font-size:1.3rem'>Slide {i + 1} of {len(slides)} · "
                    f"{slides[i][0]}</div>", unsafe_allow_html=True)
    nav[2].button("Next ▶", key="briefing_next", on_click=step, args=(1,), disabled=i == len(slides) - 1,
                  width="stretch")
    show_slide(i)
else:
    for i in range(len(slides)):
        show_slide(i)
        st.divider()
