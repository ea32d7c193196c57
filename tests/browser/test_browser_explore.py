"""Explore in a real browser: pick an actor in the sidebar, the count drops, the map is drawn."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ACTOR = "Hayat Tahrir al-Sham"  # in 2 of the fixture article's 5 incidents (see conftest.FIXTURE_INCIDENTS)


def map_canvas(ui):
    chart = ui.main.locator("[data-testid='stDeckGlJsonChart']").first
    expect(chart).to_be_visible()
    canvas = chart.locator("canvas").first
    expect(canvas).to_be_visible()
    return canvas


def assert_points_drawn(stats: dict, what: str) -> None:
    """Coloured points are on the map, and they are points: not a blank canvas, not one flood of colour."""
    assert stats["ink"] >= 20, f"{what}: no coloured points on the map canvas: {stats}"
    assert stats["ink_fraction"] < 0.35, (
        f"{what}: the map is flooded by colour (points far too large?): {stats}"
    )


def test_picking_an_actor_narrows_the_count_and_the_map_is_drawn(ui):
    ui.goto("/")
    ui.open_page("Map")
    before, total = ui.match_count()
    assert before == total > 0
    stats = ui.drawn(map_canvas(ui), "map_all_incidents")
    assert_points_drawn(stats, "all incidents")

    assert ACTOR in ui.options("Actor")
    ui.pick("Actor", ACTOR)
    expect(ui.sidebar.get_by_text(f"of {total:,} incidents match")).not_to_have_text(
        f"{before:,} of {total:,} incidents match"
    )
    ui.idle()
    after, total_after = ui.match_count()
    assert total_after == total
    assert 1 <= after < before, (after, before)
    assert "actor=" in ui.page.url, "the filter lives in the URL so the view can be shared"

    stats = ui.drawn(map_canvas(ui), "map_actor_filtered")
    assert_points_drawn(stats, f"filtered to {ACTOR}")
    ui.no_errors()
    ui.shot("map_page_actor_filtered", full_page=True)


def test_the_actor_filter_survives_a_page_switch(ui):
    ui.goto("/")
    ui.pick("Actor", ACTOR)
    expect(ui.sidebar.get_by_text(ui.COUNT_RE)).not_to_have_text(re.compile(r"^(\d+) of \1 "))
    filtered, _ = ui.match_count()
    ui.open_page("Incidents")
    assert ui.match_count()[0] == filtered
    expect(ui.multiselect("Actor").get_by_text(ACTOR, exact=True)).to_be_visible()
    assert "actor=" in ui.page.url
    ui.no_errors()


def test_a_bookmarked_page_url_opens_with_its_filters_on_a_freshly_started_server(fresh_ui):
    """A shared link like /map?actor=X is often the first request after `make run`.

    Streamlit treats a pages/ folder next to app.py as the old multipage mode until app.py's
    st.navigation has run once in the process, so a first request for /map would run pages/map.py
    alone: no sidebar filters, the URL's filter ignored.
    """
    ui = fresh_ui
    ui.goto(f"/map?actor={ACTOR.replace(' ', '+')}", heading="Map")
    expect(ui.sidebar.get_by_text("Filters", exact=True)).to_be_visible()
    expect(ui.multiselect("Actor").get_by_text(ACTOR, exact=True)).to_be_visible()
    n, total = ui.match_count()
    assert 1 <= n < total
    ui.no_errors()
    ui.shot("bookmarked_map_on_fresh_server", full_page=True)
