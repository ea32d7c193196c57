"""Briefing: self-contained HTML (no external requests, escaped article text, SVG map and timeline) and
Markdown with the same content."""

import datetime as dt
import json
import re

import pandas as pd
import pytest
from sources_fixtures import N_INCIDENTS, SCRIPT, make_store

from sitrep import briefing, palette
from sitrep.queries import Filters, load_attributions, load_incidents

OUTLINES = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "Syria"}, "geometry": {"type": "Polygon", "coordinates": [[
        [35.7, 35.8], [36.6, 36.8], [42.3, 37.1], [41.0, 34.4], [38.8, 33.4], [36.0, 32.3], [35.7, 35.8]]]}},
    {"type": "Feature", "properties": {"NAME": "Iraq"}, "geometry": {"type": "MultiPolygon", "coordinates": [[[
        [42.3, 37.1], [44.8, 37.2], [48.5, 29.9], [44.7, 29.2], [38.8, 33.4], [41.0, 34.4], [42.3, 37.1]]]]}},
    {"type": "Feature", "properties": {"name": "Peru"}, "geometry": {"type": "Polygon", "coordinates": [[
        [-81, -4], [-70, -4], [-70, -18], [-81, -4]]]}},
]}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("briefing"))


@pytest.fixture(scope="module")
def outlines(tmp_path_factory):
    p = tmp_path_factory.mktemp("geo") / "countries.geojson"
    p.write_text(json.dumps(OUTLINES))
    return p


@pytest.fixture(scope="module")
def brief(store):
    return briefing.build(store, Filters(), "Levant <weekly>")


@pytest.fixture(scope="module")
def page(brief, outlines):
    return briefing.render_html(brief, outlines)


def test_headline_numbers_period_and_region(brief):
    numbers = {label: (value, note) for label, value, note in brief.numbers}
    assert numbers["Incidents"] == (str(N_INCIDENTS), "")
    assert numbers["Reported fatalities"] == ("19", "sources' range 16–19")
    numbers = {label: value for label, value, _ in brief.numbers}
    assert numbers["Single-source"] == "2" and numbers["Conflicting figures"] == "1"
    assert brief.period == "17 March 2023 – 19 October 2023"
    assert brief.region == "Syria, Iraq"


def test_key_incidents_largest_first_and_newest_first(brief):
    assert [k.location for k in brief.largest] == ["Al-Sukhnah", "Kirkuk"]
    assert brief.largest[0].fatalities_range == "12–15"
    assert [k.date for k in brief.newest] == sorted((k.date for k in brief.newest), reverse=True)
    assert brief.newest[0].location == "Al-Tanf" and brief.newest[0].actor_claimed


def test_caveats_name_single_source_and_conflicting_incidents(brief):
    text = " ".join(brief.caveats)
    assert "2 of 4 incidents rest on a single source" in text
    assert "1 incident with conflicting casualty figures" in text
    assert {r["location"] for r in brief.single_source} == {"Al-Tanf", "Kirkuk"}
    assert brief.conflicts[0]["who_said"] == "SANA: 12 · SOHR: 15"


def test_filters_set_period_and_region(store):
    b = briefing.build(store, Filters(countries=["Iraq"], since=dt.date(2023, 9, 1), until=dt.date(2023, 9, 30)))
    assert b.n_incidents == 1
    assert b.period == "1 September 2023 – 30 September 2023"
    assert b.region == "Iraq"
    assert "Country: Iraq" in b.filters


def test_html_makes_no_external_request(page):
    assert not re.search(r"""(src|href|action|poster|data)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.IGNORECASE)
    assert "@import" not in page and "<link" not in page and "<iframe" not in page
    assert "<img" not in page
    assert page.count("<script") == 1  # the inline slide keys, no src


def test_html_escapes_article_text_and_title(page):
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<title>Levant &lt;weekly&gt;</title>" in page


def test_html_has_six_slides_with_map_and_timeline(page):
    assert len(re.findall(r'<section class="slide sitrep-slide"', page)) == len(briefing.SLIDES)
    assert '<svg class="map"' in page and '<svg class="timeline"' in page
    assert page.count('class="incident"') == N_INCIDENTS
    assert "<title>Syria</title>" in page and "<title>Iraq</title>" in page
    assert "<title>Peru</title>" not in page  # outlines outside the points' extent are left out


def test_map_points_fall_inside_the_canvas(brief):
    proj = briefing.fit_projection(brief.points)
    for p in brief.points:
        x, y = proj(p["lon"], p["lat"])
        assert 0 < x < briefing.MAP_W and 0 < y < briefing.MAP_H


def test_map_without_points_or_outlines_still_renders(store, tmp_path):
    empty = briefing.build(store, Filters(countries=["Nowhere"]))
    svg = briefing.map_svg(empty, tmp_path / "missing.geojson")
    assert svg.startswith("<svg") and "No incidents with coordinates" in svg
    assert "No dated incidents" in briefing.timeline_svg(empty)


@pytest.mark.parametrize("span_days, unit", [(10, "day"), (200, "week"), (1500, "month")])
def test_timeline_bins_fit_the_period(store, span_days, unit):
    inc = load_incidents(store).copy()
    start = dt.date(2023, 1, 1)
    inc["event_date"] = [pd.Timestamp(start + dt.timedelta(days=d))
                         for d in (0, span_days // 3, span_days // 2, span_days)]
    b = briefing.build_from_frames(inc, load_attributions(store))
    assert b.bin_label == unit
    assert sum(r["incidents"] for r in b.timeline) == N_INCIDENTS


def test_markdown_has_the_same_sections_and_escapes_markup(brief):
    md = briefing.render_markdown(brief)
    assert md.startswith("# Levant &lt;weekly&gt;")
    for heading in ("## Headline numbers", "## Where", "## Timeline", "## Largest incidents",
                    "## Newest incidents", "## Caveats", "### Conflicting figures", "### Single-source incidents"):
        assert heading in md
    assert "| Incidents | 4 |" in md and "| Reported fatalities | 19 (sources' range 16–19) |" in md
    assert "SANA: 12 · SOHR: 15" in md
    assert "<script" not in md and "&lt;script&gt;" in md
    assert "> At least 15 truffle hunters were killed near Al-Sukhnah on Friday" in md


@pytest.mark.parametrize("fmt, marker", [("html", "<!DOCTYPE html>"), ("md", "# Weekly")])
def test_write_creates_the_file(store, tmp_path, fmt, marker):
    out = briefing.write(store, Filters(), tmp_path / "sub" / f"b.{fmt}", fmt=fmt, title="Weekly")
    assert out.read_text(encoding="utf-8").startswith(marker)


def test_unknown_format_is_refused(brief):
    with pytest.raises(ValueError, match="unknown briefing format"):
        briefing.render(brief, "pdf")


def test_many_incidents_are_grouped_into_map_cells(store):
    inc = load_incidents(store)
    points, located, grouped = briefing.map_points(inc, limit=2)
    assert grouped and located == N_INCIDENTS and len(points) <= 2
    assert all(p["incidents"] >= 1 for p in points)
    b = briefing.build_from_frames(inc, load_attributions(store))
    b.points, b.map_grouped = points, True
    svg = briefing.map_svg(b)
    assert svg.count('class="incident"') == len(points) and "incidents," in svg


def test_one_incident_a_point_below_the_limit(store):
    points, located, grouped = briefing.map_points(load_incidents(store))
    assert not grouped and len(points) == located == N_INCIDENTS


def test_far_away_few_incidents_do_not_shrink_the_map():
    near = [{"lon": 36 + i * 0.3, "lat": 34 + (i % 5) * 0.3, "incidents": 1} for i in range(20)]
    far = [{"lon": 32.5, "lat": 15.6, "incidents": 1}]
    assert briefing.focus(near + far) == near
    assert briefing.focus(near[:5] + far) == near[:5] + far  # too few points to call any an outlier


def test_outside_points_are_counted_on_the_map(store):
    b = briefing.build(store)
    b.points = [*[{"lon": 36 + i * 0.2, "lat": 34 + (i % 4) * 0.2, "fatalities": 0, "event_type": "Battles",
                   "location": "x", "date": "2023-01-01", "incidents": 1} for i in range(20)],
                {"lon": 32.5, "lat": 15.6, "fatalities": 0, "event_type": "Battles", "location": "Khartoum",
                 "date": "2023-01-01", "incidents": 1}]
    svg = briefing.map_svg(b)
    assert "+1 incident outside this view" in svg and svg.count('class="incident"') == 20


def test_long_evidence_is_clipped_on_cards():
    assert briefing._clip("word " * 100, 40).endswith("…") and len(briefing._clip("word " * 100, 40)) <= 41
    assert briefing._clip("short", 40) == "short"


def test_key_incidents_order_by_toll_and_date_with_undated_last():
    inc = pd.DataFrame({"id": [1, 2, 3, 4, 5, 6],
                        "event_date": pd.to_datetime(["2023-01-05", None, "2023-01-07", "2023-01-07", "2023-01-01",
                                                      "2023-01-06"]),
                        "fatalities": [10, 50, 10, None, 3, 0]})
    big, new = briefing._key_rows(inc, inc["fatalities"])
    assert list(big["id"]) == [2, 3, 1, 5]  # 50 undated first by toll; a tie at 10 goes to the newer
    assert list(new["id"]) == [3, 4, 6, 1]  # same day: the larger toll, then the unknown toll


def test_map_points_are_coloured_like_the_dashboard(brief, page):
    for event_type in {p["event_type"] for p in brief.points}:
        assert f'fill="{palette.hex_color(event_type)}"' in page
