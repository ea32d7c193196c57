"""Briefing page in AppTest: title, headline numbers, slide-by-slide navigation, downloads, empty store."""

import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sources_fixtures import N_INCIDENTS

from sitrep.queries import Filters

PAGE = str(ROOT / "pages" / "briefing.py")


def _run(flt=None):
    at = AppTest.from_file(PAGE, default_timeout=60)
    if flt is not None:
        at.session_state["flt"] = flt
    return at.run()


def _html(at) -> str:
    """The slides' HTML (drawn with st.markdown so inline SVG survives) and any st.html blocks."""
    return "\n".join([h.value for h in at.html] + [m.value for m in at.markdown])


def test_first_slide_shows_title_period_and_headline_numbers(filled):
    at = _run()
    assert not at.exception
    assert at.title[0].value == "Briefing"
    assert at.header[0].value == "Situation briefing"
    numbers = {m.label: m.value for m in at.metric}
    assert numbers["Incidents"] == str(N_INCIDENTS)
    assert numbers["Conflicting figures"] == "1"
    assert {m.label: m.delta for m in at.metric}["Reported fatalities"] == "sources' range 16–19"
    assert numbers["Single-source"] == "2"
    assert any("Slide 1 of 6" in m.value for m in at.markdown)


def test_next_and_previous_walk_through_the_slides(filled):
    at = _run()
    assert at.button(key="briefing_prev").disabled
    at.button(key="briefing_next").click().run()
    assert at.session_state["briefing_slide"] == 1
    assert "<svg" in _html(at) and 'class="map"' in _html(at)
    for _ in range(4):
        at.button(key="briefing_next").click().run()
    assert at.session_state["briefing_slide"] == 5
    assert at.button(key="briefing_next").disabled
    assert "Caveats" in _html(at) and "SANA: 12 · SOHR: 15" in _html(at)
    at.button(key="briefing_prev").click().run()
    assert at.session_state["briefing_slide"] == 4
    assert not at.exception


def test_all_slides_mode_shows_map_timeline_and_escaped_evidence(filled):
    at = _run()
    at.radio(key="briefing_mode").set_value("All slides").run()
    html = _html(at)
    assert not at.exception
    assert 'class="map"' in html and 'class="timeline"' in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_title_and_filters_flow_into_the_briefing(filled):
    at = _run(Filters(countries=["Iraq"]))
    at.text_input(key="briefing_title").set_value("Iraq weekly").run()
    assert at.header[0].value == "Iraq weekly"
    assert {m.label: m.value for m in at.metric}["Incidents"] == "1"
    assert any("Country: Iraq" in c.value for c in at.caption)


def test_presentation_mode_hides_the_sidebar(filled):
    at = _run()
    at.toggle(key="briefing_present").set_value(True).run()
    assert not at.exception
    assert "stSidebar" in _html(at) and ".st-key-briefing_settings" in _html(at)
    assert at.text_input(key="briefing_title").value == "Situation briefing"  # hidden, not removed


def test_empty_store_renders_an_empty_briefing(empty):
    at = _run()
    assert not at.exception
    assert at.title[0].value == "Briefing"
    assert {m.label: m.value for m in at.metric}["Incidents"] == "0"
    assert any("No incidents match" in i.value for i in at.info)


def test_briefing_page_in_the_app_follows_the_sidebar_filters(store):
    """Inside app.py (the team's seeded store): the headline count follows the sidebar's country."""
    from explore_fixtures import app

    from sitrep.queries import load_incidents

    inc = load_incidents(store)
    at = app(page="pages/briefing.py")
    assert {m.label: m.value for m in at.metric}["Incidents"] == str(len(inc))
    at.multiselect(key="country").set_value(["Iraq"]).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Incidents"] == str(int((inc["country"] == "Iraq").sum()))
    assert any("Country: Iraq" in c.value for c in at.caption)
