"""Exports: ACLED CSV round trip, GeoJSON points with every field, JSON, and export() on a filtered store."""

import json

import pandas as pd
import pytest
from sources_fixtures import N_INCIDENTS, SCRIPT, make_store

from sitrep import exports
from sitrep.queries import Filters, load_incidents


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path)


@pytest.fixture
def incidents(store):
    return load_incidents(store, evidence=True)


def _read_csv(text):
    import io

    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def test_csv_has_acled_column_names_in_acled_order(incidents):
    back = _read_csv(exports.to_acled_csv(incidents))
    assert list(back.columns) == exports.ACLED_COLUMNS
    assert len(exports.ACLED_COLUMNS) == 31


def test_csv_round_trip_keeps_every_incident_and_field(incidents):
    back = _read_csv(exports.to_acled_csv(incidents)).set_index("event_id_cnty")
    assert len(back) == N_INCIDENTS
    for rec in incidents.to_dict(orient="records"):
        iso3 = {"Syria": "SYR", "Iraq": "IRQ"}[rec["country"]]
        row = back.loc[f"{iso3}{rec['id']}"]
        assert row["event_date"] == rec["event_date"].strftime("%Y-%m-%d")
        assert row["year"] == rec["event_date"].strftime("%Y")
        for field in ("event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "country"):
            assert row[field] == rec[field], field
        assert float(row["latitude"]) == pytest.approx(rec["latitude"], abs=1e-4)
        assert float(row["longitude"]) == pytest.approx(rec["longitude"], abs=1e-4)
        assert int(row["time_precision"]) == rec["time_precision"]
        assert int(row["geo_precision"]) == rec["geo_precision"]
        assert row["source"].split("; ") == rec["sources"]
        assert row["notes"] == " ".join(rec["evidence"][0]["text"].split())
        if pd.isna(rec["fatalities"]):
            assert row["fatalities"] == ""
        else:
            assert int(row["fatalities"]) == rec["fatalities"]


@pytest.mark.parametrize("event_type, disorder, civilian", [
    ("Violence against civilians", "Political violence", "Civilian targeting"),
    ("Explosions/Remote violence", "Political violence", ""),
    ("Riots", "Demonstrations", ""),
    ("Strategic developments", "Strategic developments", ""),
])
def test_disorder_type_and_civilian_targeting_follow_the_acled_codebook(event_type, disorder, civilian):
    row = exports.acled_row({"id": 1, "event_type": event_type, "country": "Syria"})
    assert (row["disorder_type"], row["civilian_targeting"]) == (disorder, civilian)
    assert row["iso"] == "760"


def test_columns_we_do_not_code_are_blank(incidents):
    back = _read_csv(exports.to_acled_csv(incidents))
    for col in ("assoc_actor_1", "inter1", "assoc_actor_2", "inter2", "interaction", "admin2", "admin3",
                "source_scale", "region"):
        assert (back[col] == "").all(), col


def test_markup_in_evidence_is_kept_as_text_in_csv(incidents):
    back = _read_csv(exports.to_acled_csv(incidents))
    assert any(SCRIPT in n for n in back["notes"])


def test_empty_frame_gives_header_only():
    assert exports.to_acled_csv(pd.DataFrame()).strip() == ",".join(exports.ACLED_COLUMNS)


def test_geojson_is_a_feature_collection_of_points_with_every_field(incidents):
    gj = json.loads(exports.to_geojson(incidents))
    assert gj["type"] == "FeatureCollection"
    assert len(gj["features"]) == N_INCIDENTS
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert [lon, lat] == [f["properties"]["longitude"], f["properties"]["latitude"]]
        assert set(incidents.columns) <= set(f["properties"])
        assert isinstance(f["properties"]["sources"], list)
    sukhnah = next(f for f in gj["features"] if f["properties"]["location"] == "Al-Sukhnah")
    assert sukhnah["properties"]["event_date"] == "2023-03-17"
    assert sukhnah["properties"]["fatality_claims"] == [{"source": "SOHR", "fatalities": 15},
                                                        {"source": "SANA", "fatalities": 12}]


def test_geojson_leaves_out_incidents_without_coordinates(incidents):
    df = incidents.copy()
    df.loc[df.index[0], "latitude"] = None
    assert len(json.loads(exports.to_geojson(df))["features"]) == N_INCIDENTS - 1


def test_json_holds_every_incident_with_nulls_not_nan(incidents):
    text = exports.to_json(incidents)
    assert "NaN" not in text
    data = json.loads(text)
    assert len(data["incidents"]) == N_INCIDENTS
    conoco = next(r for r in data["incidents"] if r["location"] == "Conoco gas field")
    assert conoco["fatalities"] is None


@pytest.mark.parametrize("fmt", ["csv", "geojson", "json"])
def test_export_writes_the_filtered_incidents(store, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    n = exports.export(store, Filters(countries=["Syria"]), fmt, out)
    assert n == 3
    text = out.read_text(encoding="utf-8")
    assert "Kirkuk" not in text and "Al-Sukhnah" in text


def test_export_refuses_an_unknown_format(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        exports.export(store, Filters(), "xlsx", tmp_path / "x.xlsx")
