"""The briefing: a filtered picture for a screen in front of people, as one self-contained HTML file or Markdown.

build() turns the store and the shared Filters into a Briefing (plain data); render_html() and
render_markdown() draw it. The HTML makes no external request at all — inline CSS, the map drawn as inline
SVG from data/countries.geojson outlines plus the incident points, the timeline as inline SVG bars — so it
opens on an air-gapped laptop. Every text that came from an article is HTML-escaped: article text is
untrusted input.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from sitrep import analysis
from sitrep.exports import first_evidence
from sitrep.palette import hex_color
from sitrep.queries import Filters, unique_objects

N_KEY = 4  # key incidents per list (largest, newest): what fits one 1080p slide
MAX_EVIDENCE = 260  # characters of the evidence sentence on a card
N_CAVEAT_ROWS = 6
MAX_MAP_POINTS = 1500  # beyond this the map groups nearby incidents: the HTML stays small and readable


MAP_W, MAP_H = 1600, 820
TL_W, TL_H = 1600, 520

SLIDES = ["Overview", "Map", "Timeline", "Largest incidents", "Newest incidents", "Caveats"]


# -- data ---------------------------------------------------------------------------------------------
@dataclass
class KeyIncident:
    id: int | None
    date: str
    event_type: str
    sub_event_type: str
    location: str
    country: str
    actors: str
    fatalities: int | None
    fatalities_range: str  # "12–15" when sources disagree, else ""
    evidence: str
    sources: list[str]
    actor_claimed: bool
    article_title: str


@dataclass
class Briefing:
    title: str
    generated: str
    period: str
    region: str
    filters: list[str]
    numbers: list[tuple[str, str, str]]  # (label, value, note)
    points: list[dict]
    timeline: list[dict]
    bin_label: str
    by_type: list[dict]
    largest: list[KeyIncident]
    newest: list[KeyIncident]
    caveats: list[str]
    n_located: int = 0  # incidents with coordinates
    map_grouped: bool = False  # points are grid cells of many incidents, not single incidents
    single_source: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    n_incidents: int = 0


def _s(v) -> str:
    if v is None or (not isinstance(v, (str, list, dict)) and pd.isna(v)):
        return ""
    return str(v)


def _int(v) -> int | None:
    try:
        if v is None or pd.isna(v):
            return None
        return int(v)
    except (TypeError, ValueError):
        return None


def _day(v) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, (pd.Timestamp, dt.date)):
        return v.strftime("%Y-%m-%d")
    return str(v)[:10]


def _human(d: str) -> str:
    try:
        x = dt.date.fromisoformat(d)
    except (TypeError, ValueError):
        return d or "?"
    return f"{x.day} {x:%B %Y}"


def describe_filters(flt: Filters) -> list[str]:
    out = []
    for label, vals in (("Actor", flt.actors), ("Region", flt.regions), ("Country", flt.countries),
                        ("Admin1", flt.admin1), ("Event type", flt.event_types), ("Source", flt.sources)):
        if vals:
            out.append(f"{label}: {', '.join(vals)}")
    if flt.since:
        out.append(f"From {flt.since.isoformat()}")
    if flt.until:
        out.append(f"Until {flt.until.isoformat()}")
    if flt.single_source_only:
        out.append("Single-source incidents only")
    return out


def _period(inc: pd.DataFrame, flt: Filters) -> str:
    d = pd.to_datetime(inc["event_date"], errors="coerce").dropna() if not inc.empty else pd.Series([])
    start = flt.since.isoformat() if flt.since else (d.min().strftime("%Y-%m-%d") if len(d) else "")
    end = flt.until.isoformat() if flt.until else (d.max().strftime("%Y-%m-%d") if len(d) else "")
    if not start and not end:
        return "No dated incidents"
    if start == end:
        return _human(start)
    return f"{_human(start)} – {_human(end)}"


def _region(inc: pd.DataFrame, flt: Filters) -> str:
    picked = list(dict.fromkeys([*flt.countries, *flt.regions, *flt.admin1]))
    if picked:
        return ", ".join(picked)
    if inc.empty:
        return "All regions"
    counts = inc["country"].dropna().value_counts()
    names = list(counts.index[:4])
    if not names:
        return "Unknown region"
    more = len(counts) - len(names)
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def _clip(text: str, n: int) -> str:
    """At most n characters, cut at a word boundary with an ellipsis (a slide card, not the record)."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _key_incident(rec: dict) -> KeyIncident:
    lo, hi = _int(rec.get("fatalities_min")), _int(rec.get("fatalities_max"))
    actors = " vs ".join(a for a in (_s(rec.get("actor1")), _s(rec.get("actor2"))) if a)
    return KeyIncident(
        id=_int(rec.get("id")), date=_day(rec.get("event_date")), event_type=_s(rec.get("event_type")),
        sub_event_type=_s(rec.get("sub_event_type")), location=_s(rec.get("location")),
        country=_s(rec.get("country")), actors=actors, fatalities=_int(rec.get("fatalities")),
        fatalities_range=f"{lo}–{hi}" if lo is not None and hi is not None and lo != hi else "",
        evidence=_clip(first_evidence(rec.get("evidence")), MAX_EVIDENCE), sources=[s for s in rec.get("sources") or [] if s],
        actor_claimed=bool(rec.get("actor1_claimed")) and not pd.isna(rec.get("actor1_claimed")),
        article_title=_s(rec.get("article_title")))


def _timeline(inc: pd.DataFrame) -> tuple[list[dict], str]:
    """Incidents and fatalities per day, week or month — whichever gives a readable number of bars."""
    if inc.empty:
        return [], "day"
    d = pd.to_datetime(inc["event_date"], errors="coerce")
    ok = d.notna()
    if not ok.any():
        return [], "day"
    d = d[ok]
    fat = pd.to_numeric(inc.loc[ok, "fatalities"], errors="coerce").fillna(0)
    span = (d.max() - d.min()).days
    if span <= 62:
        unit, start = "day", d.dt.normalize()
        rng = pd.date_range(start.min(), start.max(), freq="D")
    elif span <= 900:
        unit, start = "week", (d - pd.to_timedelta(d.dt.day_of_week, unit="D")).dt.normalize()
        rng = pd.date_range(start.min(), start.max(), freq="7D")
    else:
        unit, start = "month", d.dt.to_period("M").dt.to_timestamp()
        rng = pd.date_range(start.min(), start.max(), freq="MS")
    g = pd.DataFrame({"bin": start, "fat": fat}).groupby("bin").agg(incidents=("fat", "size"),
                                                                    fatalities=("fat", "sum"))
    g = g.reindex(rng, fill_value=0)
    fmt = "%b %Y" if unit == "month" else "%Y-%m-%d"
    return [{"start": ts.strftime("%Y-%m-%d"), "label": ts.strftime(fmt), "incidents": int(r.incidents),
             "fatalities": int(r.fatalities)} for ts, r in g.iterrows()], unit


def _possible_duplicates(inc: pd.DataFrame) -> int:
    """Same day, same place, same event type, reported in different articles: probably one event twice."""
    if inc.empty:
        return 0
    # integer codes instead of text: grouping a million rows by three text columns took over a second
    day = pd.to_datetime(inc["event_date"], errors="coerce").to_numpy(dtype="datetime64[ns]")
    keys = {"d": np.where(np.isnat(day), -1, pd.factorize(day.view(np.int64))[0]),
            "l": pd.factorize(inc["location"])[0], "t": pd.factorize(inc["event_type"])[0],
            "a": pd.factorize(inc["article_id"])[0]}
    k = pd.DataFrame(keys)
    k = k[(k["d"] >= 0) & (k["l"] >= 0)]
    g = k.drop_duplicates().groupby(["d", "l", "t"]).size()  # distinct articles per (day, place, type)
    return int((g[g > 1] - 1).sum())


def map_points(inc: pd.DataFrame, limit: int = MAX_MAP_POINTS) -> tuple[list[dict], int, bool]:
    """(points, incidents located, grouped?) for the map: one point an incident, or grid cells beyond `limit`.

    A projector shows a few hundred circles well and a hundred thousand as a smear (and a 20 MB file), so
    past the limit incidents are summed into cells about 1/100 of the extent wide, coloured by their most
    common event type, the busiest `limit` cells kept.
    """
    if inc.empty:
        return [], 0, False
    lat = pd.to_numeric(inc["latitude"], errors="coerce")
    lon = pd.to_numeric(inc["longitude"], errors="coerce")
    ok = lat.notna() & lon.notna()
    if not ok.any():
        return [], 0, False
    fat = pd.to_numeric(inc["fatalities"], errors="coerce").fillna(0).astype(int).to_numpy()[ok.to_numpy()]
    lat, lon = lat[ok].to_numpy(dtype=float), lon[ok].to_numpy(dtype=float)
    n = len(lat)
    if n <= limit:
        sub = inc[ok]
        df = pd.DataFrame({"lat": lat, "lon": lon, "fatalities": fat,
                           **{c: sub[c].fillna("").astype(str).to_numpy(dtype=object)
                              for c in ("event_type", "location", "country")},
                           "date": analysis.date_strings(sub["event_date"]).fillna("").to_numpy(), "incidents": 1})
        return list(analysis.records(df, list(df.columns))), n, False
    # Grid cells, on integer codes (text sorted, so a tie goes to the alphabetically first name as before)
    okv = ok.to_numpy()
    day = pd.to_datetime(inc["event_date"], errors="coerce").to_numpy(dtype="datetime64[ns]")[okv]
    cell = max(lon.max() - lon.min(), lat.max() - lat.min(), 1.0) / 100
    df = pd.DataFrame({"gx": (lon // cell).astype(int), "gy": (lat // cell).astype(int), "lat": lat, "lon": lon,
                       "fatalities": fat, "day": day})
    names = {}
    for col in ("event_type", "location", "country"):
        codes, uniq = pd.factorize(inc[col].fillna("").astype(str).to_numpy(dtype=object)[okv], sort=True)
        df[col], names[col] = codes, np.asarray(uniq, dtype=object)
    g = df.groupby(["gx", "gy"])
    cells = g.agg(lat=("lat", "mean"), lon=("lon", "mean"), incidents=("lat", "size"),
                  fatalities=("fatalities", "sum"), first=("day", "min"), last=("day", "max"))
    for col in ("event_type", "location", "country"):  # the most common value per cell, vectorised
        top = (df.groupby(["gx", "gy", col]).size().reset_index(name="n")
               .sort_values(["n", col], ascending=[False, True]).drop_duplicates(["gx", "gy"]))
        cells[col] = names[col][top.set_index(["gx", "gy"])[col].reindex(cells.index).to_numpy()]
    cells = cells.sort_values("incidents", ascending=False).head(limit).reset_index(drop=True)
    first = analysis.date_strings(cells["first"]).fillna("")
    last = analysis.date_strings(cells["last"]).fillna("")
    cells["date"] = (first + " – " + last).to_numpy()
    cols = ["lat", "lon", "fatalities", "event_type", "location", "country", "date", "incidents"]
    return list(analysis.records(cells, cols)), n, True


def _key_rows(inc: pd.DataFrame, fat: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(largest: the N_KEY highest tolls, newest first on a tie; newest: the N_KEY newest, larger toll first on a
    tie, undated last) — ordered as row numbers, so only those few rows are ever taken from the frame."""
    f = fat.to_numpy(dtype=float)
    dates = pd.to_datetime(inc["event_date"], errors="coerce").to_numpy(dtype="datetime64[ns]")
    newest_first = np.where(np.isnat(dates), np.iinfo(np.int64).max, -dates.view(np.int64))  # undated last
    big = np.flatnonzero(f > 0)
    big = big[np.lexsort((newest_first[big], -f[big]))[:N_KEY]]  # lexsort: last key first; stable on ties
    new = np.lexsort((-np.where(np.isnan(f), -np.inf, f), newest_first))[:N_KEY]
    return inc.iloc[big], inc.iloc[new]


def build_from_frames(inc_all: pd.DataFrame, att_all: pd.DataFrame, flt: Filters | None = None,
                      title: str = "Situation briefing", today: dt.date | None = None, store=None) -> Briefing:
    """The briefing for the filters, from the cached frames (the page) or freshly loaded ones (the CLI).

    store: where the key incidents' evidence sentences are read when the frame has no evidence column
    (the dashboard's shared frame leaves it out)."""
    flt = flt or Filters()
    inc, att = analysis.apply_filters(inc_all, att_all, flt)
    inc = inc if inc is not None else pd.DataFrame()
    n = len(inc)
    n_single, single = analysis.single_source(inc, att, analysis.source_types(att_all), head=N_CAVEAT_ROWS)
    dis = analysis.disagreements(inc)
    fat = pd.to_numeric(inc["fatalities"], errors="coerce") if n else pd.Series(dtype=float)
    lo = pd.to_numeric(inc["fatalities_min"], errors="coerce").fillna(fat).fillna(0).sum() if n else 0
    hi = pd.to_numeric(inc["fatalities_max"], errors="coerce").fillna(fat).fillna(0).sum() if n else 0
    total_fat = int(fat.fillna(0).sum()) if n else 0
    sources = {s for lst in unique_objects(inc["sources"])[1] for s in (lst or [])} if n else set()
    countries = inc["country"].dropna().nunique() if n else 0
    fat_range = f"sources' range {int(lo):,}–{int(hi):,}" if int(lo) != int(hi) else ""
    numbers = [
        ("Incidents", f"{n:,}", ""),
        ("Reported fatalities", f"{total_fat:,}", fat_range),
        ("Countries", f"{countries:,}", ""),
        ("Sources cited", f"{len(sources):,}", ""),
        ("Single-source", f"{n_single:,}", "verify first" if n_single else ""),
        ("Conflicting figures", f"{len(dis):,}", "sources disagree" if len(dis) else ""),
    ]
    points, n_located, grouped = map_points(inc)
    timeline, unit = _timeline(inc)
    by_type = []
    if n:
        t = (pd.DataFrame({"t": inc["event_type"].fillna("Unknown").to_numpy(dtype=object),
                           "f": fat.fillna(0).to_numpy()})
             .groupby("t").agg(incidents=("f", "size"), fatalities=("f", "sum")))
        by_type = [{"event_type": k, "incidents": int(a), "fatalities": int(f)}
                   for k, a, f in zip(t.index, t["incidents"], t["fatalities"])]
        by_type.sort(key=lambda r: (-r["incidents"], r["event_type"]))
    top_big, top_new = _key_rows(inc, fat) if n else (inc, inc)
    if n and store is not None and "evidence" not in inc.columns:
        from sitrep.queries import with_details

        top_big, top_new = with_details(store, top_big), with_details(store, top_new)
    largest = [] if not n else [_key_incident(r) for r in top_big.to_dict(orient="records")]
    newest = [] if not n else [_key_incident(r) for r in top_new.to_dict(orient="records")]

    caveats = []
    if n:
        if n_single:
            caveats.append(f"{n_single} of {plural(n, 'incident')} rest on a single source (or none named); "
                           "verify them before repeating.")
        if len(dis):
            caveats.append(f"{plural(len(dis), 'incident')} with conflicting casualty figures; the headline uses one "
                           f"figure per incident; the sources' range is {int(lo):,}–{int(hi):,}.")
        claimed = int(inc["actor1_claimed"].fillna(False).astype(bool).sum()) if "actor1_claimed" in inc else 0
        if claimed:
            caveats.append(f"In {plural(claimed, 'incident')} the perpetrator comes from a claim or an accusation, "
                           "not from an established fact.")
        unmapped = n - n_located
        if unmapped:
            caveats.append(f"{plural(unmapped, 'incident')} without coordinates: not on the map.")
        dups = _possible_duplicates(inc)
        if dups:
            caveats.append(f"About {plural(dups, 'incident')} may be the same event reported by several articles "
                           "(same day, place and type); counts include them.")
        unknown_fat = int(fat.isna().sum())
        if unknown_fat:
            caveats.append(f"{plural(unknown_fat, 'incident')} without a casualty figure: counted as zero in totals.")
    caveats.append("Incidents, places and figures are extracted automatically from news text and are as "
                   "reported by the sources cited; check the evidence sentence before quoting.")
    single_rows = [{"id": r["id"], "date": r["event_date"] or "", "location": _s(r["location"]),
                    "event_type": _s(r["event_type"]), "source": r["sources"] or "(none named)"}
                   for r in (single.head(N_CAVEAT_ROWS).to_dict(orient="records") if len(single) else [])]
    conflict_rows = [{"id": r["id"], "date": r["event_date"] or "", "location": _s(r["location"]),
                      "low": r["low"], "high": r["high"], "who_said": r["who_said"]}
                     for r in dis.head(N_CAVEAT_ROWS).to_dict(orient="records")]
    return Briefing(title=title or "Situation briefing", generated=(today or dt.date.today()).isoformat(),
                    period=_period(inc, flt), region=_region(inc, flt), filters=describe_filters(flt),
                    numbers=numbers, points=points, n_located=n_located, map_grouped=grouped, timeline=timeline, bin_label=unit, by_type=by_type,
                    largest=largest, newest=newest, caveats=caveats, single_source=single_rows,
                    conflicts=conflict_rows, n_incidents=n)


def build(store, flt: Filters | None = None, title: str = "Situation briefing") -> Briefing:
    from sitrep.queries import load_attributions, load_incidents

    return build_from_frames(load_incidents(store), load_attributions(store), flt, title, store=store)


# -- map ----------------------------------------------------------------------------------------------
def countries_path() -> Path | None:
    """data/countries.geojson under SITREP_DATA_DIR, else the repository's bundled copy."""
    from sitrep import config

    return next((p for p in config.countries_geojson_paths() if p.exists()), None)


@lru_cache(maxsize=2)
def _outlines(path: str) -> list[tuple[str, list[list[tuple[float, float]]], tuple]]:
    """(name, rings, bbox) per country from a GeoJSON FeatureCollection of (Multi)Polygons."""
    try:
        gj = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for f in gj.get("features", []):
        geom = f.get("geometry") or {}
        props = f.get("properties") or {}
        name = next((props[k] for k in ("name", "NAME", "ADMIN", "admin", "name_en", "NAME_EN", "country")
                     if props.get(k)), "")
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        elif geom.get("type") != "MultiPolygon":
            continue
        rings = [[(float(p[0]), float(p[1])) for p in ring] for poly in polys for ring in poly if len(ring) > 2]
        if not rings:
            continue
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        out.append((str(name), rings, (min(xs), min(ys), max(xs), max(ys))))
    return out


# SVG styling as presentation attributes, not a stylesheet: the drawing looks the same inline, as an <img>,
# inside the dashboard (where page CSS does not reach) and in any SVG tool.
_FONT = 'font-family="Helvetica, Arial, sans-serif"'
SVG_STYLE = {
    "sea": 'fill="#dfe9f2"',
    "land": 'fill="#f7f5ef" stroke="#9aa3ad" stroke-width="1.5"',
    "country": 'font-size="26" fill="#8a9099" font-style="italic" ' + _FONT,
    "incident": 'stroke="#1b1f24" stroke-width="2" fill-opacity="0.85"',
    "legend-bg": 'fill="#ffffff" fill-opacity="0.85"',
    "legend": 'font-size="24" fill="#1b1f24" ' + _FONT,
    "bar": 'fill="#b3261e"',
    "axis": 'stroke="#5b6470" stroke-width="2"',
    "tick": 'font-size="24" fill="#5b6470" ' + _FONT,
    "empty": 'font-size="40" fill="#5b6470" ' + _FONT,
}


def _svg(kind: str) -> str:
    """class="kind" plus its presentation attributes."""
    return f'class="{kind}" {SVG_STYLE[kind]}'


@dataclass
class Projection:
    """Equirectangular, fitted to the points' extent, x scaled by cos(middle latitude) so shapes look right."""

    lon0: float
    lat1: float
    sx: float
    sy: float
    extent: tuple[float, float, float, float]

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.sx, (self.lat1 - lat) * self.sy


def fit_projection(points: list[dict], width: int = MAP_W, height: int = MAP_H, min_span: float = 4.0,
                   pad: float = 0.25) -> Projection:
    lons = [p["lon"] for p in points] or [36.0]
    lats = [p["lat"] for p in points] or [34.0]
    x0, x1, y0, y1 = min(lons), max(lons), min(lats), max(lats)
    k = math.cos(math.radians(max(-70.0, min(70.0, (y0 + y1) / 2))))
    w, h = max((x1 - x0) * k, min_span), max(y1 - y0, min_span)
    w, h = w * (1 + 2 * pad), h * (1 + 2 * pad)
    if w / h < width / height:  # widen to the canvas' aspect
        w = h * width / height
    else:
        h = w * height / width
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_lon, half_lat = w / 2 / k, h / 2
    extent = (cx - half_lon, cy - half_lat, cx + half_lon, cy + half_lat)
    return Projection(lon0=extent[0], lat1=extent[3], sx=width / (2 * half_lon), sy=height / (2 * half_lat),
                      extent=extent)


def _wquantile(vals: list[float], weights: list[float], q: float) -> float:
    order = sorted(range(len(vals)), key=vals.__getitem__)
    total, acc = sum(weights), 0.0
    for i in order:
        acc += weights[i]
        if acc >= q * total:
            return vals[i]
    return vals[order[-1]]


def focus(points: list[dict], share: float = 0.9) -> list[dict]:
    """The points the map frames: all of them, unless a few far-away ones would shrink the rest to a dot.

    The box holding the middle 80% of incidents (by longitude and latitude), grown by half its size, is
    kept when it holds at least `share` of the incidents; the others are counted on the map instead.
    """
    if len(points) < 10:
        return points
    w = [float(p.get("incidents", 1)) for p in points]
    lons, lats = [p["lon"] for p in points], [p["lat"] for p in points]
    x0, x1 = _wquantile(lons, w, 0.1), _wquantile(lons, w, 0.9)
    y0, y1 = _wquantile(lats, w, 0.1), _wquantile(lats, w, 0.9)
    mx, my = max((x1 - x0) / 2, 2.0), max((y1 - y0) / 2, 2.0)
    inside = [p for p in points if x0 - mx <= p["lon"] <= x1 + mx and y0 - my <= p["lat"] <= y1 + my]
    kept = sum(p.get("incidents", 1) for p in inside)
    return inside if inside and kept >= share * sum(w) else points


def map_svg(b: Briefing, outlines_file: Path | str | None = None, width: int = MAP_W, height: int = MAP_H) -> str:
    """The incidents on country outlines, as one inline <svg> (no tiles, no scripts)."""
    e = html.escape
    if not b.points:
        return (f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="Map: no mapped incidents">'
                f'<rect width="{width}" height="{height}" {_svg("sea")}/>'
                f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" {_svg("empty")}>'
                'No incidents with coordinates</text></svg>')
    proj = fit_projection(focus(b.points), width, height)
    ex0, ey0, ex1, ey1 = proj.extent
    present = list(dict.fromkeys(p["event_type"] for p in b.points))
    legend_top = height - 24 - 34 * (len(present) - 1) - 28
    taken = [(12, legend_top, 482, height)]  # boxes labels must not overlap: the legend first
    # The outer <svg> may be laid out wider than its viewBox (width 100% under a max-height); an inner
    # <svg> clips the outlines to the canvas, as a viewport does.
    parts = [(f'<svg class="map" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Map of {b.n_located} incidents">'),
             f'<svg x="0" y="0" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f'<rect width="{width}" height="{height}" {_svg("sea")}/>']
    path = outlines_file if outlines_file is not None else countries_path()
    labels = []
    candidates = []
    if path:
        for name, rings, (bx0, by0, bx1, by1) in _outlines(str(path)):
            if bx1 < ex0 or bx0 > ex1 or by1 < ey0 or by0 > ey1:
                continue
            d = []
            for ring in rings:
                pts = [proj(x, y) for x, y in ring]
                d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
            parts.append(f'<path {_svg("land")} d="{"".join(d)}"><title>{e(name)}</title></path>')
            big = [proj(x, y) for x, y in max(rings, key=len)]
            seen = [(x, y) for x, y in big if 0 <= x <= width and 0 <= y <= height]
            (x0, y0), (x1, y1) = proj(bx0, by1), proj(bx1, by0)
            area = (min(x1, width) - max(x0, 0)) * (min(y1, height) - max(y0, 0))
            if name and len(seen) >= 3 and area > 6000:
                cx, cy = sum(x for x, _ in big) / len(big), sum(y for _, y in big) / len(big)
                if not (60 < cx < width - 60 and 30 < cy < height - 20):  # centre off the canvas: visible part
                    cx, cy = sum(x for x, _ in seen) / len(seen), sum(y for _, y in seen) / len(seen)
                candidates.append((area, name, cx, cy))
    if not candidates:  # no outlines bundled: name each country at the middle of its incidents instead
        by_country: dict[str, list] = {}
        for p in b.points:
            if p.get("country"):
                by_country.setdefault(p["country"], []).append(proj(p["lon"], p["lat"]))
        for name, xy in by_country.items():
            candidates.append((len(xy), name, sum(x for x, _ in xy) / len(xy), sum(y for _, y in xy) / len(xy) - 50))
    for _, name, cx, cy in sorted(candidates, key=lambda c: -c[0]):  # biggest first, no overlaps
        w2 = 7.5 * len(name)
        box = (cx - w2, cy - 24, cx + w2, cy + 8)
        if not (box[0] > 8 and box[2] < width - 8 and box[1] > 8 and box[3] < height - 8):
            continue
        if any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken):
            continue
        taken.append(box)
        labels.append(f'<text {_svg("country")} x="{cx:.0f}" y="{cy:.0f}" text-anchor="middle">{e(name)}</text>')
    parts.extend(labels)
    top = max(p.get("incidents", 1) for p in b.points)
    outside = 0
    for p in sorted(b.points, key=lambda p: -(p.get("incidents", 1) if b.map_grouped else p["fatalities"])):
        x, y = proj(p["lon"], p["lat"])
        if not (0 <= x <= width and 0 <= y <= height):
            outside += p.get("incidents", 1)
            continue
        if b.map_grouped:  # area grows with the number of incidents in the cell
            r = 5 + 35 * math.sqrt(p["incidents"] / top)
            tip = (f'near {p["location"]} · {p["incidents"]} incidents, {p["fatalities"]} killed · {p["date"]} · '
                   f'mostly {p["event_type"]}')
        else:
            r = min(44.0, 9 + 4 * math.sqrt(max(p["fatalities"], 0)))
            tip = f'{p["date"]} · {p["location"]} · {p["event_type"]} · {p["fatalities"]} killed'
        parts.append(f'<circle {_svg("incident")} cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                     f'fill="{hex_color(p["event_type"])}"><title>{e(tip)}</title></circle>')
    if outside:
        parts.append(f'<rect {_svg("legend-bg")} x="{width - 560}" y="12" width="548" height="46"/>'
                     f'<text {_svg("legend")} x="{width - 24}" y="44" text-anchor="end">'
                     f'+{plural(outside, "incident")} outside this view</text>')
    # legend: event types present
    ly = height - 24 - 34 * (len(present) - 1)
    parts.append(f'<rect {_svg("legend-bg")} x="12" y="{ly - 28}" width="470" height="{34 * len(present) + 16}"/>')
    for i, t in enumerate(present):
        yy = ly + 34 * i
        parts.append(f'<circle cx="34" cy="{yy - 8}" r="10" fill="{hex_color(t)}"/>'
                     f'<text {_svg("legend")} x="54" y="{yy}">{e(t or "Unknown")}</text>')
    parts.append("</svg></svg>")
    return "".join(parts)


def timeline_svg(b: Briefing, width: int = TL_W, height: int = TL_H) -> str:
    """Incidents per day/week/month as inline SVG bars; a bar's tooltip gives its fatalities."""
    e = html.escape
    if not b.timeline:
        return (f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-label="Timeline: no dated '
                f'incidents"><text x="{width / 2}" y="{height / 2}" text-anchor="middle" {_svg("empty")}>'
                'No dated incidents</text></svg>')
    left, right, top, bottom = 90, 30, 30, 70
    pw, ph = width - left - right, height - top - bottom
    n = len(b.timeline)
    top_val = max(r["incidents"] for r in b.timeline) or 1
    slot = pw / n
    bw = max(1.0, slot * 0.8)
    parts = [(f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Incidents per {e(b.bin_label)}">'),
             f'<line {_svg("axis")} x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}"/>',
             f'<text {_svg("tick")} x="{left - 12}" y="{top + 10}" text-anchor="end">{top_val}</text>',
             f'<text {_svg("tick")} x="{left - 12}" y="{top + ph}" text-anchor="end">0</text>']
    for i, r in enumerate(b.timeline):
        h = ph * r["incidents"] / top_val
        x = left + i * slot + (slot - bw) / 2
        tip = f'{r["label"]}: {r["incidents"]} incidents, {r["fatalities"]} killed'
        parts.append(f'<rect {_svg("bar")} x="{x:.1f}" y="{top + ph - h:.1f}" width="{bw:.1f}" height="{h:.1f}">'
                     f'<title>{e(tip)}</title></rect>')
    ticks = sorted({0, n // 2, n - 1})
    for i in ticks:
        x = left + i * slot + slot / 2
        anchor = "start" if i == 0 and n > 1 else ("end" if i == n - 1 and n > 1 else "middle")
        parts.append(f'<text {_svg("tick")} x="{x:.1f}" y="{top + ph + 44}" text-anchor="{anchor}">'
                     f'{e(b.timeline[i]["label"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


# -- HTML ---------------------------------------------------------------------------------------------
# Slide content styles, scoped to .sitrep-slide so the dashboard page can use them without restyling Streamlit.
SLIDE_CSS = """
.sitrep-slide { --ink:#1b1f24; --muted:#5b6470; --accent:#b3261e; --line:#d9dde3; color:var(--ink);
                font-size:26px; line-height:1.35; }
.sitrep-slide h1 { font-size:68px; margin:0; line-height:1.1; }
.sitrep-slide h2 { font-size:50px; margin:0 0 12px; border-bottom:4px solid var(--accent); padding-bottom:8px; }
.sitrep-slide h3 { font-size:32px; margin:16px 0 8px; }
.sitrep-slide .meta { font-size:32px; color:var(--muted); margin:0 0 12px; }
.sitrep-slide .filters { font-size:22px; color:var(--muted); }
.sitrep-slide .numbers { display:grid; grid-template-columns:repeat(3, 1fr); gap:24px; margin-top:24px; }
.sitrep-slide .number { border:2px solid var(--line); border-radius:14px; padding:24px 28px; }
.sitrep-slide .number .value { font-size:72px; font-weight:700; line-height:1.05; }
.sitrep-slide .number .note { font-size:22px; color:var(--muted); }
.sitrep-slide .number .label { font-size:26px; color:var(--muted); text-transform:uppercase; letter-spacing:.04em; }
.sitrep-slide svg { width:100%; height:auto; display:block; }
.sitrep-slide svg.map { max-height:70vh; } .sitrep-slide svg.timeline { max-height:52vh; }
.sitrep-slide .types { display:flex; flex-wrap:wrap; gap:12px 28px; font-size:24px; margin-top:12px; }
.sitrep-slide .swatch { display:inline-block; width:20px; height:20px; border-radius:50%; margin-right:8px;
                        vertical-align:-2px; }
.sitrep-slide .incident-card { border-left:8px solid var(--accent); padding:6px 20px; margin:0 0 10px; }
.sitrep-slide .incident-card h3 { font-size:30px; margin:0 0 4px; }
.sitrep-slide .incident-card .what { font-size:22px; color:var(--muted); margin:0; }
.sitrep-slide .incident-card blockquote { margin:4px 0; padding:0; border:0; font-size:24px; font-style:italic; }
.sitrep-slide .incident-card .src { font-size:20px; color:var(--muted); margin:0; }
.sitrep-slide .tag { font-size:20px; background:#fbe9e7; color:var(--accent); border-radius:6px; padding:2px 8px; }
.sitrep-slide ul.caveats { margin:0; } .sitrep-slide ul.caveats li { margin-bottom:6px; font-size:25px; }
.sitrep-slide table { border-collapse:collapse; font-size:21px; width:100%; }
.sitrep-slide th, .sitrep-slide td { text-align:left; padding:4px 10px; border-bottom:1px solid var(--line);
                                     vertical-align:top; }
.sitrep-slide .empty-note { font-size:32px; color:var(--muted); }
"""

# The standalone document: one slide per screen, snap scrolling, one slide per printed page.
CSS = SLIDE_CSS + """
* { box-sizing: border-box; }
html { scroll-snap-type: y mandatory; }
body { margin:0; font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; background:#eef0f3; }
.slide { scroll-snap-align: start; min-height:100vh; max-width:1920px; margin:0 auto 24px; padding:40px 72px 24px;
         background:#ffffff; display:flex; flex-direction:column; gap:12px; }
footer { font-size:18px; color:#5b6470; margin-top:auto; }
@media print { body { background:#fff; } .slide { page-break-after:always; margin:0; min-height:auto; } }
"""

# Arrow keys / PageUp / PageDown move one slide; inline, so nothing is fetched.
KEYS_JS = """
document.addEventListener('keydown', function (ev) {
  var s = Array.prototype.slice.call(document.querySelectorAll('section.slide'));
  if (!s.length) return;
  var y = window.scrollY + 10, i = 0;
  s.forEach(function (el, k) { if (el.offsetTop <= y) i = k; });
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].indexOf(ev.key) >= 0) i = Math.min(i + 1, s.length - 1);
  else if (['ArrowLeft', 'ArrowUp', 'PageUp'].indexOf(ev.key) >= 0) i = Math.max(i - 1, 0);
  else return;
  ev.preventDefault(); s[i].scrollIntoView();
});
"""


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _e(v) -> str:
    return html.escape(_s(v))


def _fat_text(k: KeyIncident) -> str:
    if k.fatalities is None:
        return "no casualty figure"
    return f"{k.fatalities} killed" + (f" (sources say {k.fatalities_range})" if k.fatalities_range else "")


def incident_card_html(k: KeyIncident) -> str:
    where = ", ".join(x for x in (k.location, k.country) if x)
    what = " · ".join(x for x in (k.event_type, k.sub_event_type, k.actors) if x)
    claimed = ' <span class="tag">perpetrator claimed/alleged</span>' if k.actor_claimed else ""
    ev = f"<blockquote>“{_e(k.evidence)}”</blockquote>" if k.evidence else ""
    srcs = ", ".join(k.sources) if k.sources else "no source named"
    return (f'<article class="incident-card"><h3>{_e(k.date or "undated")} — {_e(where or "unknown place")}: '
            f'{_e(_fat_text(k))}</h3><p class="what">{_e(what)}{claimed}</p>{ev}'
            f'<p class="src">Sources: {_e(srcs)}'
            + (f" · in “{_e(k.article_title)}”" if k.article_title else "") + "</p></article>")


def slide_bodies(b: Briefing, outlines_file=None) -> list[tuple[str, str]]:
    """(heading, inner HTML) per slide — the export and the dashboard page draw the same slides."""
    numbers = "".join(f'<div class="number"><div class="value">{_e(v)}</div><div class="label">{_e(k)}</div>'
                      + (f'<div class="note">{_e(note)}</div>' if note else "") + "</div>"
                      for k, v, note in b.numbers)
    flt = (f'<p class="filters">Filters: {_e("; ".join(b.filters))}</p>' if b.filters else "")
    overview = (f'<h1>{_e(b.title)}</h1><p class="meta">{_e(b.period)} · {_e(b.region)}</p>{flt}'
                f'<div class="numbers">{numbers}</div>')
    types = "".join(f'<span><span class="swatch" style="background:{hex_color(t["event_type"])}"></span>'
                    f'{_e(t["event_type"])}: {plural(t["incidents"], "incident")}, {t["fatalities"]} killed</span>'
                    for t in b.by_type)
    how = ("nearby incidents grouped; circle size grows with their number" if b.map_grouped
           else "circle size grows with fatalities")
    mapped = (f'<h2>Map</h2><p class="meta">{b.n_located:,} of {b.n_incidents:,} incidents located; {how}.</p>'
              f'{map_svg(b, outlines_file)}')
    timeline = (f'<h2>Timeline</h2><p class="meta">Incidents per {_e(b.bin_label)}, {_e(b.period)}</p>'
                f'{timeline_svg(b)}<div class="types">{types}</div>')

    def cards(items, empty):
        return "".join(incident_card_html(k) for k in items) or f'<p class="empty-note">{_e(empty)}</p>'

    largest = f'<h2>Largest incidents</h2>{cards(b.largest, "No incident with a reported death toll.")}'
    newest = f'<h2>Newest incidents</h2>{cards(b.newest, "No incidents match these filters.")}'
    cav = "".join(f"<li>{_e(c)}</li>" for c in b.caveats)
    parts = [f'<h2>Caveats</h2><ul class="caveats">{cav}</ul>']
    if b.single_source:
        rows = "".join(f"<tr><td>{_e(r['date'])}</td><td>{_e(r['location'])}</td><td>{_e(r['event_type'])}</td>"
                       f"<td>{_e(r['source'])}</td></tr>" for r in b.single_source)
        parts.append("<h3>Single-source incidents</h3><table><tr><th>Date</th><th>Place</th><th>Type</th>"
                     f"<th>Only source</th></tr>{rows}</table>")
    if b.conflicts:
        rows = "".join(f"<tr><td>{_e(r['date'])}</td><td>{_e(r['location'])}</td><td>{r['low']}–{r['high']}</td>"
                       f"<td>{_e(r['who_said'])}</td></tr>" for r in b.conflicts)
        parts.append("<h3>Conflicting figures</h3><table><tr><th>Date</th><th>Place</th><th>Range</th>"
                     f"<th>Who said what</th></tr>{rows}</table>")
    return list(zip(SLIDES, [overview, mapped, timeline, largest, newest, "".join(parts)]))


def render_html(b: Briefing, outlines_file=None) -> str:
    """One self-contained HTML document: inline CSS, inline SVG, a few lines of inline JS for the keys."""
    sections = "".join(
        f'<section class="slide sitrep-slide" id="slide-{i + 1}" aria-label="{_e(name)}">{body}'
        f'<footer>{_e(b.title)} · slide {i + 1} of {len(SLIDES)} · generated {_e(b.generated)} by Sitrep</footer>'
        "</section>" for i, (name, body) in enumerate(slide_bodies(b, outlines_file)))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(b.title)}</title><style>{CSS}</style></head><body>{sections}"
            f"<script>{KEYS_JS}</script></body></html>\n")


# -- Markdown -----------------------------------------------------------------------------------------
def _md(v) -> str:
    """Article text in Markdown: HTML-escaped (renderers pass raw HTML through), pipes and newlines tamed."""
    text = " ".join(_s(v).split()).replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_markdown(b: Briefing) -> str:
    out = [f"# {_md(b.title)}", "", f"**{_md(b.period)}** · {_md(b.region)}", ""]
    if b.filters:
        out += [f"Filters: {_md('; '.join(b.filters))}", ""]
    out += ["## Headline numbers", "", "| | |", "|---|---:|"]
    out += [f"| {_md(k)} | {_md(v)}{f' ({_md(note)})' if note else ''} |" for k, v, note in b.numbers]
    out += ["", "## Where", ""]
    if b.points:
        places: dict[tuple, list] = {}
        for p in b.points:
            places.setdefault((p["location"], round(p["lat"], 2), round(p["lon"], 2)), []).append(p)
        out += ["| Place | Lat | Lon | Incidents | Killed |", "|---|---:|---:|---:|---:|"]
        ranked = sorted(places.items(), key=lambda kv: -sum(p["incidents"] for p in kv[1]))[:15]
        for (loc, lat, lon), ps in ranked:
            near = "near " if b.map_grouped else ""
            out.append(f"| {near}{_md(loc)} | {lat} | {lon} | {sum(p['incidents'] for p in ps)} | "
                       f"{sum(p['fatalities'] for p in ps)} |")
    else:
        out.append("No incidents with coordinates.")
    out += ["", f"## Timeline (incidents per {b.bin_label})", ""]
    if b.timeline:
        top = max(r["incidents"] for r in b.timeline) or 1
        out += [f"| {b.bin_label.capitalize()} | Incidents | Killed | |", "|---|---:|---:|---|"]
        out += [f"| {r['label']} | {r['incidents']} | {r['fatalities']} | {'█' * math.ceil(20 * r['incidents'] / top)} |"
                for r in b.timeline if r["incidents"]]
    else:
        out.append("No dated incidents.")
    if b.by_type:
        out += ["", "| Event type | Incidents | Killed |", "|---|---:|---:|"]
        out += [f"| {_md(t['event_type'])} | {t['incidents']} | {t['fatalities']} |" for t in b.by_type]
    for heading, items, empty in (("Largest incidents", b.largest, "No incident with a reported death toll."),
                                  ("Newest incidents", b.newest, "No incidents match these filters.")):
        out += ["", f"## {heading}", ""]
        if not items:
            out.append(empty)
        for k in items:
            where = ", ".join(x for x in (k.location, k.country) if x) or "unknown place"
            what = " · ".join(x for x in (k.event_type, k.sub_event_type, k.actors) if x)
            claimed = " (perpetrator claimed/alleged)" if k.actor_claimed else ""
            out += [f"### {_md(k.date or 'undated')} — {_md(where)}: {_md(_fat_text(k))}", "",
                    f"{_md(what)}{claimed}", ""]
            if k.evidence:
                out += [f"> {_md(k.evidence)}", ""]
            out += [f"Sources: {_md(', '.join(k.sources) or 'no source named')}", ""]
    out += ["", "## Caveats", ""]
    out += [f"- {_md(c)}" for c in b.caveats]
    if b.single_source:
        out += ["", "### Single-source incidents", "", "| Date | Place | Type | Only source |", "|---|---|---|---|"]
        out += [f"| {_md(r['date'])} | {_md(r['location'])} | {_md(r['event_type'])} | {_md(r['source'])} |"
                for r in b.single_source]
    if b.conflicts:
        out += ["", "### Conflicting figures", "", "| Date | Place | Range | Who said what |", "|---|---|---|---|"]
        out += [f"| {_md(r['date'])} | {_md(r['location'])} | {r['low']}–{r['high']} | {_md(r['who_said'])} |"
                for r in b.conflicts]
    out += ["", f"_Generated {b.generated} by Sitrep._", ""]
    return "\n".join(out)


def render(b: Briefing, fmt: str = "html", outlines_file=None) -> str:
    if fmt in ("md", "markdown"):
        return render_markdown(b)
    if fmt == "html":
        return render_html(b, outlines_file)
    raise ValueError(f"unknown briefing format {fmt!r}; use html or md")


def write(store, filters: Filters | None, out, fmt: str = "html", title: str = "Situation briefing") -> Path:
    """Build the briefing for the filters and write it to `out` as HTML (self-contained) or Markdown."""
    text = render(build(store, filters, title), fmt)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
