"""The article reader in a real browser: highlights are drawn, and article text can never run as code."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Words of the fixture article a highlight can land on: its places, actors, days and figures.
FIXTURE_WORDS = re.compile(
    r"Mayadin|Palmyra|Idlib|Saraqib|Hasakah|Deir|Syria|Islamic State|Hayat Tahrir|Syrian|Russian|"
    r"Friday|Saturday|Thursday|Wednesday|Tuesday|four|six|three|five|SANA|Observatory"
)


def body_marks(ui):
    """<mark> highlights inside the article text (the legend's sample marks carry a style attribute)."""
    return ui.main.locator("mark:not([style])")


def test_selecting_an_article_in_the_list_opens_the_reader_with_highlights(ui):
    ui.goto("/")
    ui.open_page("Articles")
    grid = ui.main.locator("[data-testid='stDataFrame']").first
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    # Row-selection column: first column of the glide grid; header row then rows of 35 px.
    ui.page.mouse.click(box["x"] + 12, box["y"] + 35 + 35 // 2)
    reader = ui.main.locator("h3").first
    expect(reader).to_be_visible()
    ui.idle()
    assert "article=" in ui.page.url, "the open article lives in the URL"
    expect(body_marks(ui).first).to_be_visible()
    ui.no_errors()
    ui.shot("articles_reader_first_row", full_page=True)


def test_the_reader_highlights_places_actors_dates_or_figures_of_the_article(ui, article_ids):
    ui.goto("/")
    ui.goto(f"/articles?article={article_ids['browser_test.txt']}", heading="Articles")
    expect(ui.main.get_by_text("Clashes and strikes across northern and eastern Syria").first).to_be_visible()
    marks = body_marks(ui).filter(has_text=FIXTURE_WORDS)
    expect(marks.first).to_be_visible()
    ui.no_errors()
    ui.shot("articles_reader_fixture", full_page=True)


def test_script_and_img_onerror_in_an_article_show_as_text_and_never_run(ui, article_ids):
    ui.goto("/")
    ui.goto(f"/articles?article={article_ids['zz_xss_test.txt']}", heading="Articles")
    expect(ui.main.get_by_text("<script>window.__xss=1</script>").first).to_be_visible()
    expect(ui.main.get_by_text('<img src=x onerror="window.__xss=1">').first).to_be_visible()
    ui.idle()
    assert ui.page.evaluate("() => window.__xss") is None, "article text ran as script"
    assert ui.page.locator("img[src='x']").count() == 0, "article text became an <img> element"
    injected = ui.page.evaluate(
        "() => [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__xss')).length"
    )
    assert injected == 0, "article text became a <script> element"
    ui.no_errors()
    ui.shot("articles_reader_xss", full_page=True)
