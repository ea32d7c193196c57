"""The dashboard comes up in a real Chromium: the server starts and the home page renders."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_home_page_renders_its_title_and_the_shared_filters(goto, artifacts):
    page = goto("/")
    expect(page.locator("[data-testid='stMain'] h1").first).to_have_text("Overview")
    expect(page.locator("[data-testid='stSidebar']").get_by_text("Filters", exact=True)).to_be_visible()
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    print("document title:", page.title())
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
