"""components/map.py without Streamlit: deck layers, payload budget, density, outlines, click selection."""

import json
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from components import map as incident_map
from sitrep import palette


def frame(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "id": np.arange(1, n + 1), "latitude": rng.uniform(30, 37, n), "longitude": rng.uniform(35, 45, n),
        "event_type": rng.choice(["Battles", "Protests", "Riots"], n),
        "fatalities": rng.integers(0, 40, n).astype(float), "fatalities_min": np.nan, "fatalities_max": np.nan,
        "actor1": "Islamic State", "actor2": "Military Forces of Syria", "location": "Deir ez-Zor",
        "event_date": pd.Timestamp("2023-08-12")})


def test_few_incidents_are_points_with_one_record_each():
    deck, mode = incident_map.build_deck(frame(50), outlines=False)
    data = json.loads(deck.to_json())["layers"][0]["data"]
    assert mode == "points" and len(data) == 50
    assert {"id", "p", "c", "r", "t", "d", "l", "a", "f"} <= set(data[0])


@pytest.mark.parametrize("n", [25_000, 200_000])
def test_many_incidents_become_density_under_the_payload_budget(n):
    deck, mode = incident_map.build_deck(frame(n), outlines=False)
    payload = deck.to_json()
    assert mode == "density" and len(payload) <= 3_000_000
    cells = json.loads(payload)["layers"][0]["data"]
    assert sum(c["w"] for c in cells) == n


def test_points_past_the_byte_budget_fall_back_to_density():
    deck, mode = incident_map.build_deck(frame(2_000), outlines=False, max_bytes=50_000)
    assert mode == "density" and len(deck.to_json()) <= 50_000


def test_incidents_without_coordinates_are_left_off_the_map():
    df = frame(3)
    df.loc[0, ["latitude", "longitude"]] = np.nan
    deck, _ = incident_map.build_deck(df, outlines=False)
    assert [d["id"] for d in json.loads(deck.to_json())["layers"][0]["data"]] == [2, 3]


def test_no_located_incident_gives_an_empty_world_map():
    deck, mode = incident_map.build_deck(frame(0), outlines=False)
    assert mode == "empty" and json.loads(deck.to_json())["initialViewState"]["zoom"] < 2


def test_disputed_tolls_show_as_a_range_in_the_tooltip():
    df = frame(1)
    df["fatalities_min"], df["fatalities_max"] = 10.0, 14.0
    assert incident_map.point_records(df)[0]["f"] == "10–14"


def test_country_outlines_are_drawn_first_with_rounded_coordinates(tmp_path, monkeypatch):
    gj = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"NAME": "Syria<script>"},
        "geometry": {"type": "Polygon", "coordinates": [[[35.123456, 32.1], [42.0, 32.1], [42.0, 37.3],
                                                          [35.123456, 37.3], [35.123456, 32.1]]]}}]}
    path = tmp_path / "countries.geojson"
    path.write_text(json.dumps(gj))
    monkeypatch.setattr(incident_map, "_outline_paths", lambda: [path])
    deck, _ = incident_map.build_deck(frame(5))
    first = json.loads(deck.to_json())["layers"][0]
    assert first["id"] == "countries" and first["@@type"] == "GeoJsonLayer"
    feat = first["data"]["features"][0]
    assert feat["geometry"]["coordinates"][0][0] == [35.12, 32.1]
    assert feat["properties"]["name"] == "Syria&lt;script&gt;"


def test_missing_outlines_file_just_leaves_the_layer_out(tmp_path, monkeypatch):
    monkeypatch.setattr(incident_map, "_outline_paths", lambda: [tmp_path / "absent.geojson"])
    deck, _ = incident_map.build_deck(frame(5))
    assert [layer["id"] for layer in json.loads(deck.to_json())["layers"]] == ["incidents"]


@pytest.mark.parametrize(("event", "expected"), [
    (SimpleNamespace(selection={"objects": {"incidents": [{"id": 7, "t": "Battles"}]}}), 7),
    (SimpleNamespace(selection={"objects": {"countries": [{"name": "Syria"}]}}), None),
    (SimpleNamespace(selection={"objects": {}}), None),
    (SimpleNamespace(selection=None), None),
    (None, None),
])
def test_a_click_selects_the_incident_under_it(event, expected):
    assert incident_map.selected_incident(event) == expected


def test_incident_table_keeps_the_newest_rows_when_capped(monkeypatch):
    from components import incident_table

    monkeypatch.setattr(incident_table, "MAX_ROWS", 5)
    df = frame(40)
    df["event_date"] = pd.date_range("2023-01-01", periods=40, freq="D")
    df["article_id"] = "a"
    df.loc[3, "event_date"] = pd.NaT
    view = incident_table.table_frame(df)
    assert list(view["id"]) == [40, 39, 38, 37, 36]
    assert view["reader"].iloc[0] == "./articles?article=a"


def test_map_legend_names_event_types_in_their_colours_escaped():
    out = incident_map.legend_html(["Protests", "Battles", "<b>odd</b>"])
    assert out.index("Battles") < out.index("Protests")
    assert "rgb({},{},{})".format(*palette.rgb("Battles")) in out and "&lt;b&gt;odd&lt;/b&gt;" in out and "<b>" not in out


def test_a_single_town_is_framed_with_its_surroundings_not_zoomed_to_street_level():
    df = frame(1)
    view = json.loads(incident_map.build_deck(df, outlines=False)[0].to_json())["initialViewState"]
    assert 5 <= view["zoom"] <= 7
    assert (view["latitude"], view["longitude"]) == pytest.approx((df.latitude[0], df.longitude[0]))
