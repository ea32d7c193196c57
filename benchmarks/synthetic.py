"""Synthetic stores of 10k / 100k / 1M incidents for the benchmarks.

The incidents spread like real conflict data: a dozen and a half conflict zones with their own
admin1 regions, actors, event-type mix and coordinates, dates over 2018-2024 (more recent years busier),
one to four sources per incident, and a few thousand short articles the incidents hang from (so the
article list and the reader have something to load). Everything goes through sitrep.store's tables
with executemany inside a handful of transactions, so a 1M store builds in well under two minutes.

Files are cached under benchmarks/.cache/ (gitignored); GENERATOR_VERSION in the name invalidates
them when this generator changes.

    .venv/bin/python benchmarks/synthetic.py 10000 100000      # build (or reuse) and print timings
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sitrep.store import Store, articles, attributions, incidents

CACHE = Path(__file__).resolve().parent / ".cache"
GENERATOR_VERSION = 2
SEED = 20230808

# fmt: off
# (country, weight, [(admin1, lat, lon, spread_deg)], [actors], [local sources])
ZONES = [
    ("Syria", 14, [
        ("Aleppo", 36.2, 37.15, 0.6), ("Idlib", 35.9, 36.6, 0.4), ("Deir ez-Zor", 35.3, 40.1, 0.8),
        ("Homs", 34.7, 37.5, 1.0), ("Daraa", 32.6, 36.1, 0.3), ("Raqqa", 35.95, 39.0, 0.5),
        ("Hasakah", 36.5, 40.7, 0.5), ("Damascus", 33.5, 36.3, 0.2)],
     ["Military Forces of Syria", "Islamic State", "Hayat Tahrir al-Sham", "Syrian Democratic Forces",
      "Military Forces of Russia", "Military Forces of Turkey", "Syrian National Army",
      "Military Forces of Israel", "Military Forces of the United States", "Civilians (Syria)"],
     ["Syrian Observatory for Human Rights", "SANA", "Deir ez-Zor 24", "North Press Agency"]),
    ("Iraq", 6, [
        ("Kirkuk", 35.45, 44.4, 0.4), ("Nineveh", 36.3, 43.1, 0.6), ("Anbar", 33.4, 42.5, 1.2),
        ("Diyala", 33.9, 45.0, 0.5), ("Salah al-Din", 34.6, 43.7, 0.6), ("Erbil", 36.2, 44.0, 0.3),
        ("Baghdad", 33.3, 44.4, 0.2)],
     ["Military Forces of Iraq", "Islamic State", "Popular Mobilization Forces", "Kurdistan Workers' Party",
      "Military Forces of Turkey", "Islamic Resistance in Iraq", "Civilians (Iraq)"],
     ["Iraqi Security Media Cell", "Rudaw", "Shafaq News"]),
    ("Yemen", 5, [
        ("Marib", 15.45, 45.3, 0.5), ("Taizz", 13.6, 44.0, 0.3), ("Al Hudaydah", 14.8, 43.0, 0.4),
        ("Sanaa", 15.35, 44.2, 0.3), ("Saada", 16.9, 43.8, 0.4), ("Shabwah", 14.5, 46.8, 0.6)],
     ["Ansar Allah (Houthis)", "Military Forces of Yemen", "Southern Transitional Council",
      "Al-Qaeda in the Arabian Peninsula", "Military Forces of Saudi Arabia", "Civilians (Yemen)"],
     ["Saba News Agency", "Al-Masirah"]),
    ("Sudan", 6, [
        ("Khartoum", 15.55, 32.53, 0.25), ("North Darfur", 13.6, 25.3, 1.0), ("West Darfur", 13.45, 22.45, 0.5),
        ("South Kordofan", 11.0, 29.7, 0.7), ("Al Jazirah", 14.4, 33.5, 0.5), ("North Kordofan", 13.2, 30.2, 0.7)],
     ["Rapid Support Forces", "Military Forces of Sudan", "SPLM-N (al-Hilu)", "Civilians (Sudan)",
      "Masalit Ethnic Militia"],
     ["Sudan Doctors Network", "Sudan Tribune", "Radio Dabanga"]),
    ("Ukraine", 16, [
        ("Donetsk", 48.0, 37.8, 0.6), ("Kharkiv", 49.99, 36.23, 0.6), ("Zaporizhzhia", 47.5, 35.5, 0.6),
        ("Kherson", 46.65, 32.6, 0.6), ("Luhansk", 48.9, 38.8, 0.5), ("Sumy", 50.9, 34.8, 0.5),
        ("Kyiv", 50.45, 30.52, 0.3), ("Odesa", 46.48, 30.73, 0.4)],
     ["Military Forces of Russia", "Military Forces of Ukraine", "Wagner Group", "Civilians (Ukraine)"],
     ["Ukrainian Ministry of Defence", "Russian Ministry of Defence", "Ukrinform", "TASS"]),
    ("Israel", 4, [
        ("Southern District", 31.25, 34.8, 0.3), ("Northern District", 32.9, 35.3, 0.2),
        ("Jerusalem", 31.78, 35.22, 0.05)],
     ["Military Forces of Israel", "Hamas", "Hezbollah", "Palestinian Islamic Jihad", "Civilians (Israel)"],
     ["Israel Defense Forces", "Times of Israel"]),
    ("Palestine", 7, [
        ("Gaza Strip", 31.45, 34.4, 0.12), ("West Bank", 32.0, 35.25, 0.25)],
     ["Military Forces of Israel", "Hamas", "Palestinian Islamic Jihad", "Israeli settlers",
      "Civilians (Palestine)", "Police Forces of Palestine"],
     ["Gaza Health Ministry", "WAFA", "Palestine Red Crescent"]),
    ("Lebanon", 2, [
        ("South Governorate", 33.27, 35.4, 0.15), ("Nabatieh", 33.38, 35.48, 0.12), ("Beqaa", 33.85, 36.0, 0.25)],
     ["Hezbollah", "Military Forces of Israel", "Civilians (Lebanon)"],
     ["National News Agency", "L'Orient-Le Jour"]),
    ("Mali", 3, [
        ("Mopti", 14.5, -4.2, 0.8), ("Gao", 16.27, -0.04, 0.8), ("Menaka", 15.9, 2.4, 0.6),
        ("Timbuktu", 16.77, -3.0, 1.0), ("Segou", 13.43, -6.26, 0.7)],
     ["JNIM", "Islamic State Sahel", "Military Forces of Mali", "Wagner Group", "Dozo Communal Militia",
      "Civilians (Mali)"],
     ["Studio Tamani", "Al-Zallaqa"]),
    ("Burkina Faso", 3, [
        ("Sahel", 14.0, -0.5, 0.7), ("Est", 12.0, 0.9, 0.7), ("Nord", 13.6, -2.3, 0.5),
        ("Centre-Nord", 13.1, -1.1, 0.5)],
     ["JNIM", "Islamic State Sahel", "Military Forces of Burkina Faso",
      "Volunteers for the Defense of the Homeland", "Civilians (Burkina Faso)"],
     ["Lefaso.net", "Burkina24"]),
    ("Somalia", 3, [
        ("Lower Shabelle", 1.9, 44.6, 0.5), ("Banadir", 2.05, 45.32, 0.08), ("Bay", 2.9, 43.5, 0.6),
        ("Hiraan", 4.2, 45.4, 0.5), ("Middle Shabelle", 3.0, 45.6, 0.5)],
     ["Al Shabaab", "Military Forces of Somalia", "African Union Transition Mission in Somalia",
      "Macawisley Clan Militia", "Civilians (Somalia)"],
     ["Garowe Online", "Hiiraan Online", "Shahada News Agency"]),
    ("Democratic Republic of Congo", 4, [
        ("North Kivu", -0.8, 29.2, 0.8), ("Ituri", 1.6, 30.0, 0.7), ("South Kivu", -2.9, 28.5, 0.7),
        ("Tanganyika", -6.0, 27.8, 1.0)],
     ["M23", "Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo", "CODECO",
      "Mai-Mai Militia", "Civilians (Democratic Republic of Congo)"],
     ["Radio Okapi", "Kivu Security Tracker"]),
    ("Ethiopia", 3, [
        ("Amhara", 11.6, 38.0, 1.0), ("Oromia", 8.5, 39.0, 1.5), ("Tigray", 13.8, 39.2, 0.7)],
     ["Military Forces of Ethiopia", "Fano Militia", "Oromo Liberation Army", "Tigray People's Liberation Front",
      "Civilians (Ethiopia)"],
     ["Addis Standard", "BBC Amharic"]),
    ("Myanmar", 5, [
        ("Sagaing", 22.5, 95.5, 1.2), ("Magway", 20.5, 94.6, 0.9), ("Shan", 21.5, 97.8, 1.2),
        ("Rakhine", 19.8, 93.9, 0.8), ("Kayin", 17.0, 97.8, 0.6), ("Kachin", 25.5, 97.3, 0.8)],
     ["Military Forces of Myanmar", "People's Defence Force", "Arakan Army", "Kachin Independence Army",
      "Karen National Liberation Army", "Civilians (Myanmar)"],
     ["Myanmar Now", "The Irrawaddy", "Radio Free Asia"]),
    ("Afghanistan", 2, [
        ("Kabul", 34.53, 69.17, 0.2), ("Nangarhar", 34.3, 70.5, 0.4), ("Panjshir", 35.3, 69.6, 0.3)],
     ["Taliban", "Islamic State Khorasan Province", "National Resistance Front", "Civilians (Afghanistan)"],
     ["TOLOnews", "Amaq News Agency"]),
    ("Pakistan", 3, [
        ("Khyber Pakhtunkhwa", 33.8, 71.0, 1.0), ("Balochistan", 28.5, 65.5, 1.5), ("Punjab", 31.5, 73.0, 1.0)],
     ["Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan", "Balochistan Liberation Army",
      "Police Forces of Pakistan", "Civilians (Pakistan)"],
     ["Dawn", "ISPR"]),
    ("Nigeria", 4, [
        ("Borno", 11.8, 13.2, 1.0), ("Zamfara", 12.1, 6.2, 0.7), ("Kaduna", 10.5, 7.4, 0.7),
        ("Plateau", 9.2, 9.5, 0.6), ("Benue", 7.3, 8.7, 0.7)],
     ["Boko Haram", "Islamic State West Africa Province", "Military Forces of Nigeria", "Bandits",
      "Fulani Ethnic Militia", "Civilians (Nigeria)"],
     ["Premium Times", "HumAngle", "Punch"]),
    ("Mexico", 4, [
        ("Guanajuato", 21.0, -101.3, 0.7), ("Michoacan", 19.2, -101.9, 0.8), ("Guerrero", 17.5, -99.8, 0.8),
        ("Sinaloa", 25.0, -107.5, 0.9), ("Jalisco", 20.6, -103.4, 0.7)],
     ["Jalisco New Generation Cartel", "Sinaloa Cartel", "Police Forces of Mexico", "Military Forces of Mexico",
      "Unidentified Armed Group (Mexico)", "Protesters (Mexico)", "Civilians (Mexico)"],
     ["El Universal", "Milenio"]),
    ("Colombia", 2, [
        ("Cauca", 2.5, -76.6, 0.6), ("Antioquia", 7.0, -75.5, 0.8), ("Norte de Santander", 8.0, -72.9, 0.5),
        ("Narino", 1.5, -77.6, 0.6)],
     ["ELN", "FARC Dissidents", "Clan del Golfo", "Military Forces of Colombia", "Civilians (Colombia)",
      "Protesters (Colombia)"],
     ["El Tiempo", "Semana"]),
]

WIRE_SOURCES = [
    "Reuters", "AFP", "Associated Press", "Al Jazeera", "BBC", "Sputnik", "The Cradle", "Local sources",
    "ACLED partner", "Anadolu Agency",
]

# (event_type, weight, [sub_event_types], fatality mean)
EVENT_TYPES = [
    ("Battles", 30, ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"], 3.0),
    ("Explosions/Remote violence", 32, ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"], 2.5),
    ("Violence against civilians", 16, ["Attack", "Abduction/forced disappearance", "Sexual violence"], 1.5),
    ("Protests", 12, ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"], 0.05),
    ("Riots", 4, ["Violent demonstration", "Mob violence"], 0.3),
    ("Strategic developments", 6, ["Arrests", "Looting/property destruction", "Disrupted weapons use", "Change to group/activity", "Agreement", "Headquarters or base established"], 0.0),
]

SOURCE_TYPES = {
    "SANA": "state media", "Saba News Agency": "state media", "TASS": "state media", "WAFA": "state media",
    "National News Agency": "state media", "Sputnik": "state media", "Al-Masirah": "armed group media",
    "Amaq News Agency": "armed group media", "Al-Zallaqa": "armed group media",
    "Shahada News Agency": "armed group media", "Syrian Observatory for Human Rights": "monitor",
    "Kivu Security Tracker": "monitor", "Sudan Doctors Network": "NGO", "Palestine Red Crescent": "NGO",
    "Local sources": "local sources", "Ukrainian Ministry of Defence": "government",
    "Russian Ministry of Defence": "government", "Iraqi Security Media Cell": "government",
    "Israel Defense Forces": "military", "ISPR": "military", "Gaza Health Ministry": "government",
    "Reuters": "wire", "AFP": "wire", "Associated Press": "wire", "Anadolu Agency": "wire",
}
CUES = ["said", "reported", "claimed", "announced", "according to", "accused", "denied"]
KIND_BY_CUE = {"claimed": "responsibility", "accused": "accusation", "denied": "denial"}

PLACE_SUFFIXES = ["", " outskirts", " countryside", " district", " village", " checkpoint", " road", " market"]
# fmt: on


def db_path(n: int) -> Path:
    return CACHE / f"synthetic_v{GENERATOR_VERSION}_{n}.db"


def db_url(n: int) -> str:
    return f"sqlite:///{db_path(n)}"


def n_articles_for(n: int) -> int:
    """A few thousand articles whatever the size: a real store has many incidents per wire roundup."""
    return int(min(5000, max(500, n // 20)))


def _article_text(rng: np.random.Generator, zone, published: str, idx: int) -> tuple[str, str, str]:
    country, _, regions, actors, local = zone
    region = regions[rng.integers(len(regions))][0]
    a1, a2 = rng.choice(actors, 2, replace=False)
    src = local[rng.integers(len(local))]
    publisher = WIRE_SOURCES[rng.integers(len(WIRE_SOURCES))]
    title = f"Fighting in {region}: {a1} and {a2} trade blame ({idx})"
    n_killed = int(rng.integers(1, 30))
    body = (
        f"{publisher}\n{published}\n{title}\n\n"
        f"{region.upper()}, {country} - At least {n_killed} people were killed on Tuesday when {a1} "
        f"attacked positions held by {a2} near the town of {region}, {src} said. "
        f"{a2} accused {a1} of shelling residential areas, a charge {a1} denied in a statement. "
        f"Residents reported <b>heavy</b> gunfire overnight and said families had fled toward the provincial "
        f"capital. A day earlier, a drone strike hit a vehicle on the main road, killing two, according to "
        f"{WIRE_SOURCES[rng.integers(len(WIRE_SOURCES))]}. Aid agencies warned that access to the area "
        f"remained limited and that the toll could rise. Article {idx} of the synthetic benchmark set."
    )
    return title, publisher, body


def generate(
    n: int, path: Path | None = None, seed: int = SEED, chunk: int = 100_000, quiet: bool = False
) -> Path:
    """Write a fresh synthetic store of n incidents at path (default: the cache file); returns the path."""
    path = path or db_path(n)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    store = Store(f"sqlite:///{tmp}")
    rng = np.random.default_rng(seed)
    t0 = time.perf_counter()

    weights = np.array([z[1] for z in ZONES], dtype=float)
    weights /= weights.sum()
    ev_w = np.array([e[1] for e in EVENT_TYPES], dtype=float)
    ev_w /= ev_w.sum()
    day0 = dt.date(2018, 1, 1)
    n_days = (dt.date(2024, 12, 31) - day0).days + 1

    # Articles: published dates sorted so incidents hang from an article of about their date.
    n_art = n_articles_for(n)
    art_zone = rng.choice(len(ZONES), n_art, p=weights)
    art_day = np.sort((n_days * np.sqrt(rng.random(n_art))).astype(int))  # recent years busier
    art_ids, art_rows = [], []
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    for i in range(n_art):
        published = (day0 + dt.timedelta(days=int(art_day[i]))).isoformat()
        title, publisher, text = _article_text(rng, ZONES[art_zone[i]], published, i)
        aid = f"syn{i:013d}"
        art_ids.append(aid)
        art_rows.append(
            {
                "id": aid,
                "title": title,
                "publisher": publisher,
                "published": published,
                "text": text,
                "path": f"synthetic/{i}.txt",
                "url": None,
                "n_words": len(text.split()),
                "warnings": "[]",
                "ingested_at": now,
            }
        )
    with store.engine.begin() as conn:
        conn.execute(articles.insert(), art_rows)

    # Incidents, in chunks of `chunk` rows, one transaction each.
    next_idx = np.zeros(n_art, dtype=np.int64)
    done = 0
    while done < n:
        m = min(chunk, n - done)
        zi = rng.choice(len(ZONES), m, p=weights)
        ei = rng.choice(len(EVENT_TYPES), m, p=ev_w)
        day = (n_days * np.sqrt(rng.random(m))).astype(int)
        art = np.clip(np.searchsorted(art_day, day + rng.integers(0, 4, m)), 0, n_art - 1)
        u_region, u_a1, u_a2, u_sub, u_loc = (rng.random(m) for _ in range(5))
        jitter = rng.standard_normal((m, 2))
        n_src = rng.choice([1, 1, 1, 2, 2, 3, 4], m)
        prec = rng.choice([1, 1, 1, 2, 2, 3], m)
        tprec = rng.choice([1, 1, 1, 1, 2, 3], m)
        src_u = rng.random((m, 4))
        fat_u = rng.random(m)
        disagree = rng.random(m) < 0.08
        rows, arows = [], []
        attributed = rng.random(m) < 0.05
        cue_i = rng.integers(0, len(CUES), m)
        for k in range(m):
            country, _, regions, actors, local = ZONES[zi[k]]
            admin1, lat, lon, spread = regions[int(u_region[k] * len(regions))]
            etype, _, subs, fmean = EVENT_TYPES[ei[k]]
            a1 = actors[int(u_a1[k] * len(actors))]
            a2 = actors[int(u_a2[k] * len(actors))]
            if a2 == a1 or etype in ("Protests", "Strategic developments") and u_a2[k] < 0.5:
                a2 = None
            date = (day0 + dt.timedelta(days=int(day[k]))).isoformat()
            fat = int(-fmean * np.log(1 - fat_u[k])) if fmean else 0
            pool = local + WIRE_SOURCES
            srcs = sorted({pool[int(src_u[k, j] * len(pool))] for j in range(n_src[k])})
            claims = []
            if disagree[k] and len(srcs) > 1:
                claims = [
                    {"source": srcs[0], "fatalities": fat},
                    {"source": srcs[1], "fatalities": fat + 1 + fat // 2},
                ]
            a = int(art[k])
            idx = int(next_idx[a])
            next_idx[a] += 1
            loc = admin1 + PLACE_SUFFIXES[int(u_loc[k] * len(PLACE_SUFFIXES))]
            sentence = f"{a1} {subs[0].lower()} near {loc}, {fat} killed, {srcs[0]} said."
            rows.append(
                {
                    "article_id": art_ids[a],
                    "idx": idx,
                    "event_date": date,
                    "date_start": date,
                    "date_end": date,
                    "time_precision": int(tprec[k]),
                    "event_type": etype,
                    "sub_event_type": subs[int(u_sub[k] * len(subs))],
                    "actor1": a1,
                    "actor2": a2,
                    "actor1_claimed": bool(u_a1[k] < 0.03),
                    "location": loc,
                    "admin1": admin1,
                    "country": country,
                    "latitude": round(lat + spread * 0.4 * jitter[k, 0], 4),
                    "longitude": round(lon + spread * 0.4 * jitter[k, 1], 4),
                    "geo_precision": int(prec[k]),
                    "fatalities": fat,
                    "fatalities_min": fat,
                    "fatalities_max": (fat + 1 + fat // 2) if claims else fat,
                    "sources": json.dumps(srcs),
                    "fatality_claims": json.dumps(claims),
                    "evidence": json.dumps([{"start": 0, "end": len(sentence), "text": sentence}]),
                    "notes": None,
                }
            )
            if attributed[k]:
                cue = CUES[cue_i[k]]
                arows.append(
                    {
                        "article_id": art_ids[a],
                        "idx": idx,
                        "source": srcs[0],
                        "source_type": SOURCE_TYPES.get(srcs[0], "news outlet"),
                        "cue": cue,
                        "claim": sentence,
                        "start": 0,
                        "end": len(sentence),
                        "via": srcs[1]
                        if len(srcs) > 1 and srcs[1] in ("Sputnik", "The Cradle", "Reuters", "AFP")
                        else None,
                        "kind": KIND_BY_CUE.get(cue, "claim"),
                        "incident_idx": json.dumps([idx]),
                    }
                )
        with store.engine.begin() as conn:
            conn.execute(incidents.insert(), rows)
            if arows:
                conn.execute(attributions.insert(), arows)
        done += m
        if not quiet:
            print(
                f"  {path.name}: {done:>9,}/{n:,} incidents ({time.perf_counter() - t0:5.1f} s)",
                file=sys.stderr,
            )
    with store.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    return path


def ensure(n: int, quiet: bool = False) -> tuple[Path, float | None]:
    """The cached store of n incidents, built if missing. Returns (path, build seconds or None if cached)."""
    path = db_path(n)
    if path.exists():
        return path, None
    t0 = time.perf_counter()
    generate(n, path, quiet=quiet)
    secs = time.perf_counter() - t0
    path.with_suffix(".build.json").write_text(json.dumps({"seconds": round(secs, 1)}), encoding="utf-8")
    return path, secs


def build_seconds(n: int) -> float | None:
    """How long the cached store of n incidents took to build (None if it was built before this was kept)."""
    try:
        return json.loads(db_path(n).with_suffix(".build.json").read_text(encoding="utf-8"))["seconds"]
    except (OSError, ValueError, KeyError):
        return None


def parse_size(s: str) -> int:
    s = s.strip().lower().replace("_", "")
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s[:-1] if s[-1] in "km" else s) * mult)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", default=["10k", "100k"], help="e.g. 10k 100k 1m")
    ap.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = ap.parse_args(argv)
    for s in args.sizes:
        n = parse_size(s)
        if args.force:
            db_path(n).unlink(missing_ok=True)
        path, secs = ensure(n)
        size_mb = path.stat().st_size / 1e6
        how = "cached" if secs is None else f"built in {secs:.1f} s"
        print(f"{n:>9,} incidents, {n_articles_for(n):,} articles: {path} ({size_mb:.0f} MB, {how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
