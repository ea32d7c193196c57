"""Every page draws in a real browser: no Python exception box, no uncaught JavaScript error."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = ["Overview", "Map", "Incidents", "Articles", "Sources", "Briefing"]


@pytest.mark.parametrize("title", PAGES)
def test_page_renders_without_errors(ui, title):
    js_errors = []
    ui.page.on("pageerror", lambda exc: js_errors.append(str(exc)))
    ui.goto("/")
    ui.open_page(title)
    ui.no_errors()
    expect(ui.main.locator("[data-testid='stAlertContentError']")).to_have_count(0)
    ui.shot(f"page_{title.lower()}", full_page=True)
    assert js_errors == [], f"uncaught JavaScript errors on {title}: {js_errors}"
