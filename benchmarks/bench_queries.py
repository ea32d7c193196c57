"""How long a filter change takes and how many bytes it sends, at 10k / 100k / 1M incidents.

Two views of the same question:
1. The core, without Streamlit: reading the store into the cached frame (cold, once per store
   version), then sitrep.queries.filter_incidents for the filters an analyst uses every day, and the
   map's pydeck JSON for the filtered frame (components.map.build_deck, what the browser receives).
2. The honest figure: streamlit.testing AppTest runs app.py against the synthetic store and times
   each page's script run after a filter change (the server time the analyst waits for), with the
   bytes of the messages that run sends to the browser.

Target (issue 5): <= 1 s per filter change at 100k on this machine, map payload <= 3 MB.

    .venv/bin/python benchmarks/bench_queries.py --sizes 10k,100k [--no-apptest]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault(
    "STREAMLIT_LOGGER_LEVEL", "error"
)  # AppTest's bare-mode warnings would drown the tables
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import synthetic
from report import Table, mb, median_time, size_label, timed

from sitrep import queries
from sitrep.store import Store

TARGET_FILTER_S = 1.0
TARGET_MAP_BYTES = 3_000_000

# (label, Filters kwargs): what an analyst narrows to on an ordinary day.
FILTERS = [
    ("none (all incidents)", {}),
    ("actor: Islamic State", {"actors": ["Islamic State"]}),
    ("region: Syria / Aleppo", {"countries": ["Syria"], "admin1": ["Aleppo"]}),
    ("dates: 2023-01-01..2023-06-30", {"since": dt.date(2023, 1, 1), "until": dt.date(2023, 6, 30)}),
    ("event type: Explosions/Remote violence", {"event_types": ["Explosions/Remote violence"]}),
    ("source: Reuters", {"sources": ["Reuters"]}),
    (
        "actor + country + year",
        {
            "actors": ["Military Forces of Russia"],
            "countries": ["Ukraine"],
            "since": dt.date(2024, 1, 1),
            "until": dt.date(2024, 12, 31),
        },
    ),
]

# (page script, title) as app.py lists them; pages that do not exist yet are skipped.
PAGES = [
    ("pages/overview.py", "Overview"),
    ("pages/map.py", "Map"),
    ("pages/incidents.py", "Incidents"),
    ("pages/articles.py", "Articles"),
    ("pages/sources.py", "Sources"),
    ("pages/briefing.py", "Briefing"),
]


def map_payload(df):
    """(bytes, mode, seconds) of the map the page would send for df; mode says points/density/raw."""
    try:
        from components import map as incident_map
    except Exception as e:  # noqa: BLE001 - the map component is optional for this benchmark
        incident_map = None
        why = f"{type(e).__name__}: {e}"
    if incident_map is not None and hasattr(incident_map, "build_deck"):
        t0 = time.perf_counter()
        deck, mode = incident_map.build_deck(df)
        payload = deck.to_json()
        return len(payload.encode("utf-8")), mode, time.perf_counter() - t0
    # Fallback: what a naive map would send, one JSON record per located point.
    t0 = time.perf_counter()
    cols = ["longitude", "latitude", "event_type", "fatalities", "actor1", "actor2", "location"]
    payload = df[cols].dropna(subset=["latitude", "longitude"]).to_json(orient="records")
    return len(payload.encode("utf-8")), f"raw points ({why})", time.perf_counter() - t0


def bench_core(sizes: list[int]) -> list[Table]:
    load = Table(
        "Store -> cached frames (cold read, once per store version)",
        [
            "incidents",
            "store file",
            "load_incidents (s)",
            "load_articles (s)",
            "load_attributions (s)",
            "facets (s)",
            "frame memory",
        ],
    )
    filt = Table(
        "Filter change in the core: filter_incidents + map JSON (median of 5)",
        [
            "incidents",
            "filter",
            "rows out",
            "filter (s)",
            "map build (s)",
            "map mode",
            "map payload",
            "total (s)",
            "within target",
        ],
    )
    for n in sizes:
        path, _ = synthetic.ensure(n)
        store = Store(f"sqlite:///{path}")
        df, t_inc = timed(queries.load_incidents, store)
        _, t_art = timed(queries.load_articles, store)
        _, t_att = timed(queries.load_attributions, store)
        _, t_fac = timed(queries.facets, df) if hasattr(queries, "facets") else (None, None)
        mem = df.memory_usage(deep=False).sum()
        load.add(size_label(n), mb(path.stat().st_size), t_inc, t_art, t_att, t_fac, mb(int(mem)))
        for label, kw in FILTERS:
            flt = queries.Filters(**kw)
            out, t_f = median_time(queries.filter_incidents, df, flt)
            nbytes, mode, t_map = map_payload(out)
            total = t_f + t_map
            ok = "yes" if total <= TARGET_FILTER_S and nbytes <= TARGET_MAP_BYTES else "NO"
            filt.add(size_label(n), label, len(out), t_f, t_map, mode, mb(nbytes), total, ok)
        store.engine.dispose()
        del df
        gc.collect()
    filt.notes.append(
        f"target: filter + map build <= {TARGET_FILTER_S:.0f} s at 100k, map payload <= "
        f"{TARGET_MAP_BYTES / 1e6:.0f} MB; the page's own run time is in the AppTest table"
    )
    return [load, filt]


# -- AppTest: the server time of a real script run -----------------------------------------------------


_last_run_bytes: list[int] = [0]


def _patch_byte_counter() -> None:
    """Count the bytes of every message a script run sends (LocalScriptRunner keeps them in a queue)."""
    from streamlit.testing.v1 import local_script_runner as lsr

    if getattr(lsr.LocalScriptRunner.run, "_sitrep_counts", False):
        return
    orig = lsr.LocalScriptRunner.run

    def run(self, *args, **kwargs):
        try:
            return orig(self, *args, **kwargs)
        finally:
            _last_run_bytes[0] = sum(m.ByteSize() for m in self.forward_msgs())

    run._sitrep_counts = True
    lsr.LocalScriptRunner.run = run


def _run(at, timeout: float = 900):
    t0 = time.perf_counter()
    at.run(timeout=timeout)
    secs = time.perf_counter() - t0
    err = "; ".join(str(e.message).splitlines()[0][:80] for e in at.exception) if len(at.exception) else ""
    return secs, _last_run_bytes[0], err


def _busy_actors(path: Path, n: int = 60) -> list[str]:
    """The store's most frequent actors: each filter change below picks one no earlier change used, so
    no page can answer from a cache and the figure is a real first-time filter change."""
    import sqlalchemy as sa

    from sitrep.store import incidents

    store = Store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(incidents.c.actor1, sa.func.count().label("n"))
            .group_by(incidents.c.actor1)
            .order_by(sa.desc("n"))
            .limit(n)
        ).all()
    store.engine.dispose()
    return [r[0] for r in rows if r[0]]


def bench_apptest(sizes: list[int], repeats: int | None = None) -> list[Table]:
    """Per page: open it, then `repeats` filter changes to actors not seen before, then clear the filter."""
    import statistics

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    _patch_byte_counter()
    from components.shell import keep_navigation_mode_in_apptest

    keep_navigation_mode_in_apptest()
    table = Table(
        "Server time per page (AppTest run of app.py against the synthetic store)",
        [
            "incidents",
            "page",
            "open (s)",
            "sent (open)",
            "actor picked (s, median)",
            "worst (s)",
            "sent (actor)",
            "filter cleared (s)",
            "sent (cleared)",
            "within 1 s",
            "errors",
        ],
    )
    pages = [(p, t) for p, t in PAGES if (ROOT / p).exists()]
    for n in sizes:
        reps = repeats or (3 if n <= 100_000 else 1)
        path, _ = synthetic.ensure(n)
        fresh = iter(_busy_actors(path))
        os.environ["SITREP_DATABASE_URL"] = f"sqlite:///{path}"
        st.cache_resource.clear()
        st.cache_data.clear()
        gc.collect()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
        cold, cold_bytes, err = _run(at)
        table.add(
            size_label(n),
            "first run (cold: reads the store)",
            cold,
            mb(cold_bytes),
            None,
            None,
            None,
            None,
            None,
            "–",
            err,
        )
        for script, title in pages:
            at.switch_page(script)
            t_open, b_open, e_open = _run(at)
            ons, errs = [], [e_open]
            for _ in range(reps):
                at.multiselect(key="actor").set_value([next(fresh)])
                t_on, b_on, e_on = _run(at)
                ons.append(t_on)
                errs.append(e_on)
            at.multiselect(key="actor").set_value([])
            t_off, b_off, e_off = _run(at)
            errs.append(e_off)
            ok = "yes" if max(*ons, t_off) <= TARGET_FILTER_S else "NO"
            table.add(
                size_label(n),
                title,
                t_open,
                mb(b_open),
                statistics.median(ons),
                max(ons),
                mb(b_on),
                t_off,
                mb(b_off),
                ok,
                "; ".join(sorted({e for e in errs if e})),
            )
        del at
        gc.collect()
    os.environ.pop("SITREP_DATABASE_URL", None)
    table.notes.append(
        "actor picked = the sidebar's Actor multiselect set to one of the store's busiest actors, a different one "
        "each time (3 times a page up to 100k, once at 1M), so no cache answers; filter cleared = back to every "
        "incident (a view the page has drawn before). 'sent' = bytes of the ForwardMsgs that run produced "
        "(last actor change)."
    )
    table.notes.append(
        "AppTest runs the real scripts in-process, without the websocket; the browser's rendering time is not "
        "included. 'within 1 s' is the issue's target at 100k; at 1M it is reported, not required."
    )
    return [table]


def run(sizes: list[int], apptest: bool = True, apptest_sizes: list[int] | None = None) -> list[Table]:
    tables = bench_core(sizes)
    if apptest:
        tables += bench_apptest(apptest_sizes or sizes)
    return tables


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k", help="comma-separated, e.g. 10k,100k,1m")
    ap.add_argument("--no-apptest", action="store_true", help="core timings only")
    args = ap.parse_args(argv)
    sizes = [synthetic.parse_size(s) for s in args.sizes.split(",")]
    for t in run(sizes, apptest=not args.no_apptest):
        print(t.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
