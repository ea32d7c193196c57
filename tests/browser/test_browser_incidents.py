"""The incidents page in a real browser: the filtered set downloads as an ACLED-style CSV."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ACTOR = "Hayat Tahrir al-Sham"


def test_filtered_incidents_download_as_csv_with_acled_columns(ui):
    ui.goto("/")
    ui.open_page("Incidents")
    ui.pick("Actor", ACTOR)
    expect(ui.sidebar.get_by_text(ui.COUNT_RE)).not_to_have_text(re.compile(r"^(\d+) of \1 "))
    ui.idle()
    n, _ = ui.match_count()
    with ui.page.expect_download() as dl:
        ui.main.get_by_role("button", name=re.compile("Download CSV")).click()
    text = Path(dl.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == n, f"the CSV holds {len(rows)} incidents, the sidebar says {n}"
    for col in (
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "fatalities",
    ):
        assert col in rows[0], f"ACLED column {col} missing from {list(rows[0])}"
    assert all(ACTOR in (r["actor1"], r["actor2"]) for r in rows)
    ui.no_errors()
