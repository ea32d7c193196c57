"""Adding articles from the browser: a real file upload goes through the same reader and errors as the CLI."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

UPLOADED = b"""Sitrep Test Wire (illustrative sample, not a real report)
2023-09-10
Shelling hits a market in Omdurman

KHARTOUM - At least 12 civilians were killed on Sunday when shells hit a crowded market in Omdurman,
medics said. Residents blamed the Rapid Support Forces for the attack; the group denied it.
"""


def test_uploading_files_adds_the_good_one_and_names_the_bad_one(ui, tmp_path):
    good = tmp_path / "omdurman_market.txt"
    good.write_bytes(UPLOADED)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    ui.goto("/")
    ui.open_page("Articles")
    listed = ui.main.locator("[data-testid='stDataFrame'] [aria-rowcount]").first
    expect(listed).to_be_attached()
    before = int(listed.get_attribute("aria-rowcount"))
    expander = ui.main.get_by_text("Add articles", exact=True).first
    if not ui.main.locator("[data-testid='stFileUploader']").first.is_visible():
        expander.click()
    uploader = ui.main.locator("[data-testid='stFileUploader']").first
    expect(uploader).to_be_visible()
    uploader.locator("input[type='file']").set_input_files([str(good), str(empty)])
    expect(uploader.get_by_text("omdurman_market.txt")).to_be_visible()
    expect(uploader.get_by_text("empty.txt")).to_be_visible()
    ui.main.get_by_role("button", name="Add articles").click()
    expect(ui.main.get_by_text(re.compile(r"1 added .*1 failed")).first).to_be_visible(timeout=120_000)
    expect(ui.main.get_by_text(re.compile(r"error: .*empty\.txt")).first).to_be_visible()
    ui.idle()
    ui.shot("articles_upload_result", full_page=True)
    # The article list (a canvas grid) says how many rows it has: one more than before.
    expect(listed).to_have_attribute("aria-rowcount", str(before + 1))
    ui.no_errors()
    ui.shot("articles_upload_result", full_page=True)
