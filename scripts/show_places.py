#!/usr/bin/env python3
"""Print the places sitrep_places finds in articles (and, for eval dirs, the distance to each gold point).

Usage: .venv/bin/python scripts/show_places.py FILE_OR_GLOB...
"""

import glob
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.extract.pipeline import run
from sitrep.gazetteer import haversine_km


def main(argv: list[str]) -> None:
    paths = [p for a in argv for p in (sorted(glob.glob(a)) or [a])]
    for path in paths:
        doc = run(pathlib.Path(path).read_text(encoding="utf-8", errors="replace"))
        dl = doc._.dateline.text if doc._.dateline else None
        print(f"=== {path}  country={doc._.country_hint}  dateline={dl}")
        for p in doc._.places:
            pl = p.place
            print(f"  s{p.sent:<3} {p.text!r:34} -> {pl.name} [{pl.kind}] {pl.admin1} / {pl.country} "
                  f"p{pl.precision} ({pl.latitude:.3f}, {pl.longitude:.3f})")
        gold = pathlib.Path(path).with_suffix("").with_suffix(".gold.json")
        if gold.exists():
            for g in json.loads(gold.read_text(encoding="utf-8"))["incidents"]:
                if g.get("point") and doc._.places:
                    d, t = min((haversine_km(g["point"], (p.place.latitude, p.place.longitude)), p.text)
                               for p in doc._.places)
                    print(f"  gold {g['id']}: nearest mention {t!r} at {d:.0f} km (radius {g['radius_km']})")


if __name__ == "__main__":
    main(sys.argv[1:] or ["--help"])
