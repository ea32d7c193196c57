"""The dashboard comes up in a real Chromium: the server starts and the home page renders."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_home_page_renders_its_title_and_the_shared_filters(ui):
    ui.goto("/")
    expect(ui.main.locator("h1").first).to_have_text("Overview")
    expect(ui.sidebar.get_by_text("Filters", exact=True)).to_be_visible()
    n, total = ui.match_count()
    assert n == total > 0, "the test store holds incidents and no filter is set"
    ui.no_errors()
    ui.shot("home", full_page=True)
