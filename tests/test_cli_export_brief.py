"""`sitrep export` and `sitrep brief` in-process on a temporary store filled with hand-written articles."""

import json

import pandas as pd
import pytest
from sources_fixtures import N_INCIDENTS, SCRIPT, fill

from sitrep.cli import main
from sitrep.exports import ACLED_COLUMNS
from sitrep.store import Store


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'data' / 'sitrep.db'}"
    monkeypatch.setenv("SITREP_DATABASE_URL", url)  # read at call time: commands without --db use it
    fill(Store(url))
    return url


def test_export_csv_with_acled_columns(db, tmp_path, capsys):
    out = tmp_path / "incidents.csv"
    assert main(["export", "--format", "csv", "--out", str(out)]) == 0
    assert f"wrote {N_INCIDENTS} incidents" in capsys.readouterr().out
    back = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(back.columns) == ACLED_COLUMNS
    assert len(back) == N_INCIDENTS
    assert list(back["event_date"]) == sorted(back["event_date"])  # oldest first


@pytest.mark.parametrize("args, locations", [
    (["--region", "Iraq"], {"Kirkuk"}),
    (["--region", "Homs"], {"Al-Sukhnah", "Al-Tanf"}),
    (["--actor", "Islamic State"], {"Al-Sukhnah"}),
    (["--since", "2023-08-01", "--until", "2023-09-30"], {"Conoco gas field", "Kirkuk"}),
    (["--event-type", "Riots"], {"Kirkuk"}),
    (["--source", "SOHR"], {"Al-Sukhnah"}),
])
def test_export_geojson_follows_filters(db, tmp_path, args, locations):
    out = tmp_path / "x.geojson"
    assert main(["export", "--format", "geojson", "--db", db, "--out", str(out), *args]) == 0
    gj = json.loads(out.read_text())
    assert {f["properties"]["location"] for f in gj["features"]} == locations


def test_export_json(db, tmp_path):
    out = tmp_path / "x.json"
    assert main(["export", "--format", "json", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text())["incidents"]) == N_INCIDENTS


def test_bad_date_is_refused_with_a_reason(db, tmp_path, capsys):
    rc = main(["export", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--since", "2023-13-45"])
    assert rc == 2
    assert "--since '2023-13-45' is not a date" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_brief_writes_self_contained_html(db, tmp_path, capsys):
    out = tmp_path / "briefing.html"
    assert main(["brief", "--region", "Syria", "--since", "2023-01-01", "--out", str(out),
                 "--title", "Syria 2023"]) == 0
    assert "wrote briefing" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<title>Syria 2023</title>" in html
    assert "Kirkuk" not in html and "Al-Sukhnah" in html
    assert "http://" not in html.replace('"http://www.w3.org', "") and "https://" not in html


def test_brief_writes_markdown_by_extension(db, tmp_path):
    out = tmp_path / "briefing.md"
    assert main(["brief", "--db", db, "--region", "Iraq", "--out", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Situation briefing")
    assert "Kirkuk" in md and "Al-Sukhnah" not in md
    assert SCRIPT not in md
