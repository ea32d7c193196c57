"""The incident map: pydeck, no basemap and no internet (bundled country outlines instead).

Points when they are few enough to send (ScatterplotLayer, coloured by event type, sized by
fatalities, escaped tooltips, click to select); beyond MAX_POINTS a density view (HexagonLayer over
incidents pre-aggregated into grid cells) so the payload stays under ~3 MB at any store size.
build_deck() holds the logic and is testable without Streamlit; show() draws it.
"""

from __future__ import annotations

import json
import math
import urllib.parse
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pydeck as pdk

from sitrep import config
from sitrep.highlight import esc
from sitrep.palette import rgb

MAX_POINTS = 20_000
MAX_BYTES = 3_000_000  # payload budget: long actor names can push 20k points past it -> density instead
MAX_CELLS = 20_000
LAYER_POINTS, LAYER_DENSITY, LAYER_OUTLINES, LAYER_SELECTED = "incidents", "density", "countries", "selected"
POINT_TOOLTIP = {
    "html": "<b>{t}</b><br/>{d} · {l}<br/>{a}<br/>Fatalities: {f}",
    "style": {"fontSize": "12px", "maxWidth": "360px"},
}
# A MapLibre style with no sources (a sea-coloured background, nothing to download), inlined as a data:
# URL because st.pydeck_chart wants a string. Without a mapStyle it would fetch a Carto basemap.
OFFLINE_STYLE = "data:application/json;charset=utf-8," + urllib.parse.quote(json.dumps(
    {"version": 8, "name": "sitrep-offline", "sources": {},
     "layers": [{"id": "sea", "type": "background", "paint": {"background-color": "#dde8f0"}}]},
    separators=(",", ":")))
PIXELS = pdk.types.String("pixels")  # a plain string would be sent as an accessor expression ("@@=pixels")
DENSITY_TOOLTIP = {"html": "<b>{elevationValue}</b> incidents here", "style": {"fontSize": "12px"}}


class CompactDeck(pdk.Deck):
    """pydeck indents its JSON (2 spaces a level), which triples a point layer's bytes; we send it compact."""

    _json: str | None = None

    def to_json(self):
        from pydeck.bindings.json_tools import default_serialize

        if self._json is None:  # built once: build_deck measures it, st.pydeck_chart sends it
            text = json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))
            if _OUTLINES_TOKEN in text:  # the outlines are serialised once per file, not on every rerun
                text = text.replace(json.dumps(_OUTLINES_TOKEN), _outlines_json())
            self._json = text
        return self._json


def _outline_paths() -> list[Path]:
    return config.countries_geojson_paths()


OUTLINE_TOLERANCE = 0.04  # degrees (~4 km): finer than a country outline needs at the zooms we show


def _simplify_ring(ring: list, tol: float) -> list:
    """Drop vertices closer than tol to the last kept one (keeps the ring closed and >= 4 points)."""
    if len(ring) <= 4:
        return ring
    kept = [ring[0]]
    for p in ring[1:-1]:
        if abs(p[0] - kept[-1][0]) >= tol or abs(p[1] - kept[-1][1]) >= tol:
            kept.append(p)
    kept.append(ring[-1])
    return kept if len(kept) >= 4 else ring


def _round_coords(coords, nd: int, tol: float = OUTLINE_TOLERANCE):
    """Round every coordinate to nd decimals and thin each ring; nested lists as GeoJSON nests them."""
    if coords and isinstance(coords[0], (int, float)):
        return [round(float(c), nd) for c in coords]
    out = [_round_coords(c, nd, tol) for c in coords]
    if out and isinstance(out[0], list) and out[0] and isinstance(out[0][0], float):
        return _simplify_ring(out, tol)
    return out


@lru_cache(maxsize=4)
def _load_outlines(path: str, mtime: float) -> dict | None:
    try:
        gj = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    feats = []
    for f in gj.get("features", []):
        geom = f.get("geometry")
        if not geom or "coordinates" not in geom:
            continue
        props = f.get("properties") or {}
        name = props.get("name") or props.get("NAME") or props.get("ADMIN") or ""
        feats.append({"type": "Feature", "properties": {"name": esc(name)},
                      "geometry": {"type": geom["type"], "coordinates": _round_coords(geom["coordinates"], 2)}})
    return {"type": "FeatureCollection", "features": feats}


_OUTLINES_TOKEN = "__sitrep_country_outlines__"


def _outlines_json() -> str:
    gj = country_outlines()
    return _outlines_json_cached(id(gj)) if gj is not None else "null"


@lru_cache(maxsize=2)
def _outlines_json_cached(_key: int) -> str:
    return json.dumps(country_outlines(), separators=(",", ":"))


def country_outlines() -> dict | None:
    """The bundled Natural Earth outlines (public domain), coordinates rounded to ~1 km; None if absent."""
    for p in _outline_paths():
        if p.exists():
            return _load_outlines(str(p), p.stat().st_mtime)
    return None


def _fmt_fatalities(row) -> str:
    f, lo, hi = row
    if pd.notna(lo) and pd.notna(hi) and lo != hi:
        return f"{int(lo)}–{int(hi)}"
    if pd.notna(f):
        return str(int(f))
    return "not reported"


def point_records(df: pd.DataFrame) -> list[dict]:
    """One small dict per incident with escaped tooltip fields (short keys keep the payload small)."""
    d = df[df["latitude"].notna() & df["longitude"].notna()]
    if d.empty:
        return []
    fat = d["fatalities"].fillna(d["fatalities_max"]).fillna(0).astype(float)
    radius = (3 + 2.2 * np.sqrt(fat.clip(upper=400))).round(1)
    a1 = d["actor1"].fillna("Unidentified").astype(str)
    a2 = d["actor2"].fillna("").astype(str)
    actors = np.where(a2 != "", a1 + " vs " + a2, a1)
    dates = d["event_date"].dt.strftime("%Y-%m-%d").fillna("date unknown")
    fl = [_fmt_fatalities(r) for r in zip(d["fatalities"], d["fatalities_min"], d["fatalities_max"])]
    return [
        {"id": int(i), "p": [round(float(lon), 4), round(float(lat), 4)], "c": rgb(et), "r": float(r),
         "t": esc(et or "Unknown type"), "d": dt_, "l": esc(loc or ""), "a": esc(act), "f": f}
        for i, lon, lat, et, r, dt_, loc, act, f in zip(
            d["id"], d["longitude"], d["latitude"], d["event_type"], radius, dates, d["location"], actors, fl)
    ]


def density_cells(df: pd.DataFrame, max_cells: int = MAX_CELLS) -> tuple[list[dict], float]:
    """Incidents counted per grid cell, the cell as fine as max_cells allows; returns (cells, cell degrees)."""
    d = df[df["latitude"].notna() & df["longitude"].notna()]
    lon, lat = d["longitude"].to_numpy(float), d["latitude"].to_numpy(float)
    step = 0.01
    while True:
        kx = np.floor((lon + 180) / step).astype(np.int64)
        ky = np.floor((lat + 90) / step).astype(np.int64)
        keys, counts = np.unique(kx * 1_000_000 + ky, return_counts=True)
        if len(keys) <= max_cells or step >= 5:
            break
        step *= 2
    xs, ys = keys // 1_000_000, keys % 1_000_000
    cells = [{"p": [round((x + 0.5) * step - 180, 4), round((y + 0.5) * step - 90, 4)], "w": int(n)}
             for x, y, n in zip(xs.tolist(), ys.tolist(), counts.tolist())]
    return cells, step


def view_state(df: pd.DataFrame) -> pdk.ViewState:
    d = df[df["latitude"].notna() & df["longitude"].notna()]
    if d.empty:
        return pdk.ViewState(latitude=25, longitude=30, zoom=1.3)
    lat, lon = d["latitude"], d["longitude"]
    if len(d) > 50:  # ignore stray far-away points when framing the view
        lat_lo, lat_hi = lat.quantile([0.02, 0.98])
        lon_lo, lon_hi = lon.quantile([0.02, 0.98])
    else:
        lat_lo, lat_hi, lon_lo, lon_hi = lat.min(), lat.max(), lon.min(), lon.max()
    # At least ~3 degrees across: one town or two nearby ones still show their country's outline and
    # neighbours (the offline map has no basemap labels to give context); the analyst zooms in at will.
    span = max(lon_hi - lon_lo, (lat_hi - lat_lo) * 1.6, 3.0)
    zoom = max(1.0, min(7.0, math.log2(360 / span) - 0.3))
    return pdk.ViewState(latitude=float((lat_lo + lat_hi) / 2), longitude=float((lon_lo + lon_hi) / 2),
                         zoom=round(zoom, 2))


def build_deck(df: pd.DataFrame, selected_id: int | None = None, max_points: int | None = None,
               outlines: bool = True, max_bytes: int | None = None) -> tuple[pdk.Deck, str]:
    """The Deck for these incidents and its mode: 'points', 'density' or 'empty'."""
    max_points = MAX_POINTS if max_points is None else max_points
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    max_cells = min(MAX_CELLS, max_bytes // 60)  # a density cell costs ~45 bytes of JSON
    deck, mode = _build(df, selected_id, max_points, outlines, False, max_cells)
    if mode == "points" and len(deck.to_json()) > max_bytes:
        deck, mode = _build(df, selected_id, max_points, outlines, True, max_cells)
    return deck, mode


def _build(df, selected_id, max_points, outlines, force_density, max_cells):
    layers = []
    gj = country_outlines() if outlines else None
    if gj:
        layers.append(pdk.Layer("GeoJsonLayer", id=LAYER_OUTLINES, data=_OUTLINES_TOKEN, stroked=True, filled=True,
                                get_fill_color=[236, 236, 230, 255], get_line_color=[150, 150, 150, 255],
                                line_width_min_pixels=0.6, pickable=False))
    located = int((df["latitude"].notna() & df["longitude"].notna()).sum()) if not df.empty else 0
    if located == 0:
        mode, tooltip = "empty", None
    elif located <= max_points and not force_density:
        mode, tooltip = "points", POINT_TOOLTIP
        layers.append(pdk.Layer("ScatterplotLayer", id=LAYER_POINTS, data=point_records(df), get_position="p",
                                get_fill_color="c", get_radius="r", radius_units=PIXELS, opacity=0.75,
                                stroked=True, get_line_color=[40, 40, 40], line_width_min_pixels=0.5,
                                pickable=True, auto_highlight=True))
        if selected_id is not None:
            sel = df[df["id"] == selected_id]
            if not sel.empty and pd.notna(sel["latitude"].iloc[0]):
                layers.append(pdk.Layer(
                    "ScatterplotLayer", id=LAYER_SELECTED,
                    data=[{"p": [float(sel["longitude"].iloc[0]), float(sel["latitude"].iloc[0])]}],
                    get_position="p", get_radius=14, radius_units=PIXELS, filled=False, stroked=True,
                    get_line_color=[0, 0, 0], line_width_min_pixels=2.5, pickable=False))
    else:
        mode, tooltip = "density", DENSITY_TOOLTIP
        cells, step = density_cells(df, max_cells)
        radius_m = max(2000, int(step * 111_000 * 1.5), 20_000 if located > 200_000 else 0)
        layers.append(pdk.Layer("HexagonLayer", id=LAYER_DENSITY, data=cells, get_position="p",
                                get_elevation_weight="w", elevation_aggregation="SUM", get_color_weight="w",
                                color_aggregation="SUM", radius=radius_m, extruded=False, coverage=0.95,
                                opacity=0.8, pickable=True))
    deck = CompactDeck(layers=layers, initial_view_state=view_state(df), map_provider=None, map_style=None,
                    tooltip=tooltip or False)
    deck.map_style = OFFLINE_STYLE  # set after init: pydeck only accepts a style dict with map_provider="mapbox"
    return deck, mode


def legend_html(event_types) -> str:
    """Coloured dots naming the event types on the map (names escaped: they come from the store)."""
    from sitrep.palette import EVENT_COLORS

    order = {t: i for i, t in enumerate(EVENT_COLORS)}
    items = "".join(
        f'<span style="margin-right:1em;white-space:nowrap"><span style="display:inline-block;width:0.8em;'
        f'height:0.8em;border-radius:50%;background:rgb({",".join(map(str, rgb(t)))});margin-right:0.3em">'
        f'</span>{esc(t)}</span>'
        for t in sorted(event_types, key=lambda t: (order.get(t, 99), str(t))))
    return f'<div class="sitrep-map-legend" style="font-size:0.85em">{items}</div>'


def selected_incident(event) -> int | None:
    """The incident id a click on the map selected (None when nothing or a non-incident is selected)."""
    try:
        objs = (event.selection or {}).get("objects", {}) if event is not None else {}
    except AttributeError:
        return None
    for obj in objs.get(LAYER_POINTS, []) or []:
        if isinstance(obj, dict) and obj.get("id") is not None:
            return int(obj["id"])
    return None


def show(df: pd.DataFrame, key: str = "map", height: int = 520, selected_id: int | None = None) -> int | None:
    """Draw the map; return the id of the incident clicked (or None). Caption says points vs density."""
    import streamlit as st

    deck, mode = build_deck(df, selected_id=selected_id)
    located = int(df["latitude"].notna().sum()) if not df.empty else 0
    alt = {"points": f"Map of {located:,} incidents", "density": f"Density map of {located:,} incidents",
           "empty": "Map with no located incidents"}[mode]
    event = st.pydeck_chart(deck, height=height, key=key, on_select="rerun", selection_mode="single-object", alt=alt)
    if mode == "points":
        st.markdown(legend_html(df["event_type"].dropna().unique()), unsafe_allow_html=True)
    if mode == "density":
        st.caption(f"Density of {located:,} located incidents (hexagons; darker = more). Narrow the filters "
                   f"to fewer incidents (about {MAX_POINTS:,}) to see and click single points.")
    elif mode == "points":
        missing = len(df) - located
        note = f" · {missing:,} without coordinates not shown" if missing else ""
        noun = "incident" if located == 1 else "incidents"
        st.caption(f"{located:,} {noun} · colour = event type · size = fatalities · click a point to open it{note}")
    if country_outlines() is None:
        st.caption("Country outlines not bundled (data/countries.geojson missing); points drawn without them.")
    return selected_incident(event)
