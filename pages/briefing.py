"""Briefing: the filtered picture for a screen or projector — slide by slide or all at once — and downloads."""

import re

import streamlit as st

from components import data, filters
from components.shell import ensure_router
from sitrep import briefing

ensure_router()  # first: a fresh server may run this page without app.py

# Big type for a projector. Presentation mode also hides the sidebar, Streamlit's header and the settings
# row (hidden, not removed: its widgets keep their values).
PAGE_CSS = """
<style>
[data-testid="stMetricValue"] { font-size: 3.6rem; }
[data-testid="stMetricLabel"] p { font-size: 1.4rem; }
.sitrep-slide { padding: 8px 4px 24px; }
.sitrep-slide svg.map { max-height: calc(100vh - 470px); min-height: 320px; }
.sitrep-slide svg.timeline { max-height: calc(100vh - 520px); min-height: 260px; }
</style>
"""
PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], .st-key-briefing_settings { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1rem; max-width: 100%; }
h1#briefing { font-size: 1.5rem; padding: 0; }
.sitrep-slide svg.map { max-height: calc(100vh - 330px); }
.sitrep-slide svg.timeline { max-height: calc(100vh - 400px); }
</style>
"""



@st.cache_resource(max_entries=16, show_spinner="Preparing the briefing…")
def prepared(version: tuple, flt_key: str, title: str, _flt):
    """(Briefing, slides, HTML, Markdown) once per store version, filter set and title."""
    b = briefing.build_from_frames(data.incidents_df(), data.attributions_df(), _flt, title, store=data.store())
    return b, briefing.slide_bodies(b), briefing.render_html(b), briefing.render_markdown(b)


st.html(f"{PAGE_CSS}<style>{briefing.SLIDE_CSS}</style>")
st.title("Briefing")
present = st.toggle("Presentation mode", key="briefing_present",
                    help="Hides the sidebar, the header and these settings: for a projector or a shared screen.")
if present:
    st.html(PRESENT_CSS)

flt = filters.current()
with st.container(key="briefing_settings"):
    c_title, c_mode, c_html, c_md = st.columns([3, 2, 1.4, 1.6], vertical_alignment="bottom")
    title = c_title.text_input("Briefing title", value="Situation briefing", key="briefing_title")
    mode = c_mode.radio("View", ["Slide by slide", "All slides"], horizontal=True, key="briefing_mode")

b, slides, html_doc, md_doc = prepared(data.version(), repr(flt), title, flt)
slug = re.sub(r"[^a-z0-9]+", "-", (title or "briefing").lower()).strip("-") or "briefing"
c_html.download_button("Download HTML", html_doc, file_name=f"{slug}.html", mime="text/html",
                       key="briefing_dl_html", help="One self-contained file: opens offline.", width="stretch")
c_md.download_button("Download Markdown", md_doc, file_name=f"{slug}.md",
                     mime="text/markdown", key="briefing_dl_md", width="stretch")

if b.n_incidents == 0:
    st.info("No incidents match these filters: the briefing has nothing to show yet.")


def overview() -> None:
    """The title slide with native metrics (large type through PAGE_CSS)."""
    st.header(b.title)
    st.markdown(f"### {b.period} · {b.region}")
    if b.filters:
        st.caption("Filters: " + "; ".join(b.filters))
    for row in (b.numbers[:3], b.numbers[3:]):
        for col, (label, value, note) in zip(st.columns(3), row):
            col.metric(label, value, delta=note or None, delta_color="off", delta_arrow="off", border=True)


def show_slide(i: int) -> None:
    if i == 0:
        overview()
    else:
        # st.markdown, not st.html: st.html's sanitiser drops inline SVG. Every article-derived string in
        # the slide is already HTML-escaped by sitrep.briefing.
        st.markdown(f'<div class="sitrep-slide">{slides[i][1]}</div>', unsafe_allow_html=True)


if mode == "Slide by slide":
    st.session_state.setdefault("briefing_slide", 0)
    st.session_state["briefing_slide"] = max(0, min(st.session_state["briefing_slide"], len(slides) - 1))

    def step(delta: int) -> None:
        st.session_state["briefing_slide"] = max(0, min(st.session_state["briefing_slide"] + delta,
                                                        len(slides) - 1))

    i = st.session_state["briefing_slide"]
    nav = st.columns([1, 4, 1], vertical_alignment="center")
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
