"""Queries: the store read once into cached pandas frames, then filtered in memory.

Why frames: at 1M incidents SQLite filters by index quickly but aggregates slowly; pandas filters and
aggregates a cached frame in tens of ms. The frame is re-read only when Store.version() changes.
Article text is never part of these frames (lists never load every article's text).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import sqlalchemy as sa

from sitrep.store import Store, articles, attributions, incidents

# The shared frame's columns: what lists, filters, maps and charts need. DETAIL_COLUMNS (the evidence
# spans, the date window, notes) are read per incident or per export from the store: at 1M incidents they
# are most of the bytes and most of the JSON decoding, and only detail views and exports use them.
INCIDENT_COLUMNS = ["id", "article_id", "idx", "event_date", "time_precision", "event_type", "sub_event_type",
                    "actor1", "actor2", "actor1_claimed", "location", "admin1", "country", "latitude", "longitude",
                    "geo_precision", "fatalities", "fatalities_min", "fatalities_max", "sources", "fatality_claims"]
DETAIL_COLUMNS = ["date_start", "date_end", "evidence", "notes"]
ARTICLE_COLUMNS = {"title": "article_title", "publisher": "article_publisher", "published": "article_published"}
_INT_COLUMNS = ("id", "idx", "time_precision", "geo_precision", "fatalities", "fatalities_min", "fatalities_max")
_FLOAT_COLUMNS = ("latitude", "longitude")
_JSON_COLUMNS = ("sources", "fatality_claims", "evidence")


@dataclass
class Filters:
    """What the analyst narrowed down to. Empty lists / None mean 'no restriction'."""

    actors: list[str] = field(default_factory=list)  # either side
    regions: list[str] = field(default_factory=list)  # country or admin1 names
    countries: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    event_types: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    single_source_only: bool = False

    def is_empty(self) -> bool:
        return not (self.actors or self.regions or self.countries or self.admin1 or self.since or self.until
                    or self.event_types or self.sources or self.single_source_only)


def load_incidents(store: Store, after_id: int | None = None, evidence: bool = False) -> pd.DataFrame:
    """Every incident with its article's title/publisher/published (no text), one row each, ordered by id.

    after_id: only incidents with a larger id (what an ingest added since a frame was read).
    evidence: also read DETAIL_COLUMNS (evidence spans, date window, notes) — for a CLI export or a test;
    the dashboard leaves them out and reads them per incident (incident_details / with_details).

    Why not pd.read_sql: at 1M incidents it spent most of 25 s building Python objects it then converted
    again. Here the DBAPI rows are transposed once, numbers go straight to numpy, text columns to Arrow
    strings, and JSON lists are decoded once per distinct value (a few thousand source lists serve a
    million incidents; rows share the decoded lists, which callers treat as read-only).
    """
    cols = INCIDENT_COLUMNS + (DETAIL_COLUMNS if evidence else [])
    q = sa.select(*[incidents.c[c] for c in cols]).order_by(incidents.c.id)
    if after_id is not None:
        q = q.where(incidents.c.id > after_id)
    with _no_gc(), store.engine.connect() as conn:
        rows = _fetch_rows(conn, q)
        arts = pd.read_sql(sa.select(articles.c.id, *[articles.c[c] for c in ARTICLE_COLUMNS]), conn)
        return _incident_frame(rows, cols, arts)


@contextlib.contextmanager
def _no_gc():
    """The cyclic garbage collector off while millions of acyclic row objects are built: otherwise it walks
    the growing heap again and again (half the read time at 100k incidents)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _fetch_rows(conn, q) -> list[tuple]:
    """Plain DBAPI tuples (SQLAlchemy's Row objects add a third to the read at 1M rows)."""
    result = conn.execute(q)
    cursor = getattr(result, "cursor", None)
    if cursor is not None:
        try:
            return cursor.fetchall()
        finally:
            result.close()
    return [tuple(r) for r in result.fetchall()]


def _codes(values) -> tuple[np.ndarray, list]:
    """(code per value, distinct values in order of first appearance): one dict lookup a cell."""
    keys = list(dict.fromkeys(values))  # C loops only: no Python frame per cell
    index = {k: i for i, k in enumerate(keys)}
    return np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values)), keys


def _str_column(values) -> pd.Series:
    """Text cells -> an Arrow-backed str column, built from the distinct values (a million cells hold a few
    thousand names; converting each cell costs twice as much)."""
    if not len(values):
        return pd.Series([], dtype="str")
    codes, keys = _codes(values)
    keys = [k if isinstance(k, str) else None for k in keys]
    arr = pa.array(keys, type=pa.large_string()).take(pa.array(codes))
    return pd.Series(arr, dtype=pd.StringDtype("pyarrow", na_value=np.nan))


def _date_column(values) -> pd.Series:
    """ISO date text -> datetime64, each distinct day parsed once."""
    if not len(values):
        return pd.Series([], dtype="datetime64[us]")
    codes, keys = _codes(values)
    days = pd.to_datetime(pd.Series(keys, dtype=object), errors="coerce", format="ISO8601")
    return pd.Series(days.to_numpy()[codes])


def _num_column(values, integer: bool) -> pd.Series:
    arr = np.array(values, dtype=float) if len(values) else np.array([], dtype=float)
    if integer and not np.isnan(arr).any():
        return pd.Series(arr.astype(np.int64))
    return pd.Series(arr)


def _incident_frame(rows: list[tuple], cols: list[str], arts: pd.DataFrame) -> pd.DataFrame:
    columns = list(zip(*rows)) if rows else [() for _ in cols]
    data: dict[str, pd.Series] = {}
    for name, values in zip(cols, columns):
        if name in _INT_COLUMNS or name in _FLOAT_COLUMNS:
            data[name] = _num_column(values, integer=name in _INT_COLUMNS)
        elif name == "actor1_claimed":
            data[name] = pd.Series(np.array([bool(v) for v in values], dtype=bool))
        elif name == "event_date":
            data[name] = _date_column(values)
        elif name in _JSON_COLUMNS:
            data[name] = _json_lists(pd.Series(values, dtype=object))
        else:
            data[name] = _str_column(values)
    df = pd.DataFrame(data, columns=cols)
    # The article's title/publisher/published: joined here (5,000 articles) rather than in SQL (a million
    # copies of the same strings through the DBAPI).
    arts = arts.drop_duplicates("id").set_index("id")
    pos = arts.index.get_indexer(df["article_id"])
    if (pos < 0).any():  # an incident without its article (the SQL join dropped those too)
        df, pos = df[pos >= 0].reset_index(drop=True), pos[pos >= 0]
    for src, dst in ARTICLE_COLUMNS.items():
        col = arts[src].astype("str") if len(arts) else pd.Series([], dtype="str")
        df[dst] = col.take(pos).reset_index(drop=True) if len(df) else pd.Series([], dtype="str")
    lens = _list_lengths(df["sources"])
    df["n_sources"] = lens
    return df


def _list_lengths(col: pd.Series) -> np.ndarray:
    """len() of each list cell, computed once per distinct list object (rows share decoded lists)."""
    codes, uniques = unique_objects(col)
    if not len(uniques):
        return np.zeros(len(col), dtype=np.int64)
    return np.array([len(u) if isinstance(u, list) else 0 for u in uniques], dtype=np.int64)[codes]


def unique_objects(col: pd.Series) -> tuple[np.ndarray, list]:
    """(codes, distinct objects) of an object column by identity: rows that share one decoded list get one
    code, so per-list work (sorting a source list, summing its figures) runs once per distinct list."""
    if not len(col):
        return np.array([], dtype=np.int64), []
    vals = col.to_numpy(dtype=object)
    codes, uniq = pd.factorize(np.fromiter(map(id, vals), dtype=np.int64, count=len(vals)))
    first_rows = np.empty(len(uniq), dtype=np.int64)
    first_rows[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)  # the last write wins: each code's first row
    return codes.astype(np.int64), list(vals[first_rows])


def _json_lists(col: pd.Series) -> pd.Series:
    """JSON-list text column -> Python lists, decoded once per distinct text (rows share the list object).

    Empty/NULL cells become []. A malformed cell becomes [] alone so one bad row cannot hide the rest.
    """
    if not len(col):
        return pd.Series([], index=col.index, dtype=object)
    codes, uniques = pd.factorize(col.to_numpy(dtype=object))  # NULL -> code -1
    uniques = [c if isinstance(c, str) and c.strip() else "[]" for c in uniques] + ["[]"]
    try:
        parsed = json.loads("[" + ",".join(uniques) + "]")
    except ValueError:
        parsed = []
        for c in uniques:
            try:
                parsed.append(json.loads(c))
            except ValueError:
                parsed.append([])
    table = np.empty(len(parsed), dtype=object)
    for i, p in enumerate(parsed):
        table[i] = p if isinstance(p, list) else []
    return pd.Series(table[codes], index=col.index, dtype=object)


def incident_details(store: Store, ids) -> dict[int, dict]:
    """id -> {date_start, date_end, evidence, notes} for these incidents (what the shared frame leaves out)."""
    want = sorted({int(i) for i in ids if i is not None and not pd.isna(i)})
    out: dict[int, dict] = {}
    if not want:
        return out
    cols = [incidents.c.id, *[incidents.c[c] for c in DETAIL_COLUMNS]]
    with store.engine.connect() as conn:
        if len(want) > 20_000:  # most of the store: one scan beats a huge IN list
            keep = set(want)
            rows = [r for r in _fetch_rows(conn, sa.select(*cols)) if r[0] in keep]
        else:
            rows = []
            for k in range(0, len(want), 900):  # SQLite's bound-parameter limit
                rows += _fetch_rows(conn, sa.select(*cols).where(incidents.c.id.in_(want[k:k + 900])))
    for r in rows:
        rec = dict(zip(DETAIL_COLUMNS, r[1:]))
        try:
            ev = json.loads(rec["evidence"]) if rec["evidence"] else []
        except ValueError:
            ev = []
        rec["evidence"] = ev if isinstance(ev, list) else []
        out[int(r[0])] = rec
    return out


def with_details(store: Store | None, df: pd.DataFrame) -> pd.DataFrame:
    """df plus DETAIL_COLUMNS read from the store for its rows (a copy; df is left as it is). Without a store,
    or when df already has them, df itself."""
    if store is None or df is None or "evidence" in df.columns:
        return df
    details = incident_details(store, df["id"].tolist()) if len(df) else {}
    out = df.copy()
    for c in DETAIL_COLUMNS:
        out[c] = [details.get(int(i), {}).get(c, [] if c == "evidence" else None) for i in df["id"].tolist()]
    return out


def load_attributions(store: Store) -> pd.DataFrame:
    q = (sa.select(attributions, articles.c.title.label("article_title"), articles.c.published.label("article_published"),
                   articles.c.publisher.label("article_publisher"))
         .select_from(attributions.join(articles, attributions.c.article_id == articles.c.id)))
    with store.engine.connect() as conn:
        df = pd.read_sql(q, conn)
    df["incident_idx"] = _json_lists(df["incident_idx"])
    return df


def load_articles(store: Store) -> pd.DataFrame:
    """Article list without text, with the number of incidents each gave."""
    n = (sa.select(incidents.c.article_id, sa.func.count().label("incidents"))
         .group_by(incidents.c.article_id).subquery())
    q = (sa.select(articles.c.id, articles.c.title, articles.c.publisher, articles.c.published, articles.c.path,
                   articles.c.n_words, articles.c.ingested_at, sa.func.coalesce(n.c.incidents, 0).label("incidents"))
         .select_from(articles.outerjoin(n, n.c.article_id == articles.c.id))
         .order_by(articles.c.published.desc(), articles.c.ingested_at.desc()))
    with store.engine.connect() as conn:
        return pd.read_sql(q, conn)


def filter_incidents(df: pd.DataFrame, flt: Filters) -> pd.DataFrame:
    """Apply the shared filters to a cached incident frame."""
    if df.empty or flt.is_empty():
        return df
    mask = pd.Series(True, index=df.index)
    if flt.actors:
        mask &= df["actor1"].isin(flt.actors) | df["actor2"].isin(flt.actors)
    if flt.regions:
        mask &= df["country"].isin(flt.regions) | df["admin1"].isin(flt.regions)
    if flt.countries:
        mask &= df["country"].isin(flt.countries)
    if flt.admin1:
        mask &= df["admin1"].isin(flt.admin1)
    if flt.since:
        mask &= df["event_date"] >= pd.Timestamp(flt.since)
    if flt.until:
        mask &= df["event_date"] <= pd.Timestamp(flt.until)
    if flt.event_types:
        mask &= df["event_type"].isin(flt.event_types)
    if flt.sources:
        wanted = set(flt.sources)
        codes, lists = unique_objects(df["sources"])  # once per distinct source list, not per row
        hit = np.array([bool(wanted.intersection(lst or [])) for lst in lists], dtype=bool)
        mask &= hit[codes] if len(lists) else False
    if flt.single_source_only:
        mask &= df["n_sources"] == 1
    return df[mask]


ACLED_EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                     "Strategic developments"]


def _sorted_unique(values) -> list[str]:
    return sorted({v for v in values if isinstance(v, str) and v})


def facets(df: pd.DataFrame) -> dict:
    """What the filters can offer: the values present in the store (computed once per store version)."""
    if df.empty:
        return {"actors": [], "countries": [], "admin1_all": [], "admin1_by_country": {}, "event_types": [],
                "sources": [], "date_min": None, "date_max": None}
    by_country: dict[str, list[str]] = {}
    pairs = df[["country", "admin1"]].dropna().drop_duplicates()
    for country, admin1 in pairs.itertuples(index=False):
        by_country.setdefault(country, []).append(admin1)
    dates = df["event_date"].dropna()
    return {
        "actors": _sorted_unique(pd.concat([df["actor1"], df["actor2"]]).unique()),
        "countries": _sorted_unique(df["country"].unique()),
        "admin1_all": _sorted_unique(df["admin1"].unique()),
        "admin1_by_country": {c: sorted(set(v)) for c, v in by_country.items()},
        "event_types": _sorted_unique(df["event_type"].unique()),
        "sources": _sorted_unique(s for lst in unique_objects(df["sources"])[1] for s in (lst or [])),
        "date_min": dates.min().date() if len(dates) else None,
        "date_max": dates.max().date() if len(dates) else None,
    }


def headline(df: pd.DataFrame) -> dict:
    """The overview numbers for a set of incidents.

    Fatalities: the coded figure summed, plus the low and high ends where the sources disagree
    (fatalities_min/max hold the smallest and largest figure any source gave for that incident).
    """
    if df.empty:
        return {"incidents": 0, "fatalities": 0, "fatalities_low": 0, "fatalities_high": 0, "articles": 0,
                "sources": 0, "disputed": 0}
    best = df["fatalities"].fillna(df["fatalities_max"]).fillna(0)
    low = df["fatalities_min"].fillna(df["fatalities"]).fillna(0)
    high = df["fatalities_max"].fillna(df["fatalities"]).fillna(0)
    disputed = int((df["fatalities_min"].notna() & (df["fatalities_min"] != df["fatalities_max"])).sum())
    return {
        "incidents": len(df),
        "fatalities": int(best.sum()),
        "fatalities_low": int(low.sum()),
        "fatalities_high": int(high.sum()),
        "articles": int(df["article_id"].nunique()),
        "sources": len({s for lst in unique_objects(df["sources"])[1] for s in (lst or [])}),
        "disputed": disputed,
    }


def top_actors(df: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Actors by number of incidents they took part in (either side, once per incident), with fatalities."""
    empty = pd.DataFrame(columns=["actor", "incidents", "fatalities"])
    if df.empty:
        return empty
    fat = df["fatalities"].fillna(0)
    a1, a2 = df["actor1"], df["actor2"]
    other = a2.notna() & (a2 != a1)  # an actor on both sides of one incident counts once
    incidents_ = a1.value_counts().add(a2[other].value_counts(), fill_value=0)
    fatalities = fat.groupby(a1).sum().add(fat[other].groupby(a2[other]).sum(), fill_value=0)
    if incidents_.empty:
        return empty
    g = pd.DataFrame({"actor": incidents_.index.astype(str), "incidents": incidents_.to_numpy().astype(int),
                      "fatalities": fatalities.reindex(incidents_.index).fillna(0).to_numpy().astype(int)})
    return g.sort_values(["incidents", "fatalities", "actor"], ascending=[False, False, True]).head(n).reset_index(
        drop=True)


def top_regions(df: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Regions ('admin1, country', or the country alone) by number of incidents.

    Grouped first by the (admin1, country) codes, labels built for the groups only (building a label for
    each of a million rows cost most of the time)."""
    empty = pd.DataFrame(columns=["region", "incidents", "fatalities"])
    if df.empty:
        return empty
    a_codes, a_names = pd.factorize(df["admin1"])
    c_codes, c_names = pd.factorize(df["country"])
    g = (pd.DataFrame({"a": a_codes, "c": c_codes, "f": df["fatalities"].fillna(0).to_numpy()})
         .groupby(["a", "c"], as_index=False).agg(incidents=("f", "size"), fatalities=("f", "sum")))
    a_names, c_names = np.asarray(a_names, dtype=object), np.asarray(c_names, dtype=object)
    labels = []
    for a, c in zip(g["a"].tolist(), g["c"].tolist()):
        admin1, country = (a_names[a] if a >= 0 else None), (c_names[c] if c >= 0 else None)
        label = f"{admin1}, {country or ''}".rstrip(", ") if admin1 is not None else country
        labels.append(label.rstrip(", ") if isinstance(label, str) else None)
    g["region"] = labels
    g = g.dropna(subset=["region"])
    if g.empty:
        return empty
    g = g.groupby("region", as_index=False).agg(incidents=("incidents", "sum"), fatalities=("fatalities", "sum"))
    g["fatalities"] = g["fatalities"].astype(int)
    return g.sort_values(["incidents", "fatalities"], ascending=False).head(n).reset_index(drop=True)[
        ["region", "incidents", "fatalities"]]


def incident(df: pd.DataFrame, incident_id) -> dict | None:
    """One incident row as a dict (from a cached frame), or None."""
    try:
        iid = int(incident_id)
    except (TypeError, ValueError):
        return None
    hit = df[df["id"] == iid]
    return hit.iloc[0].to_dict() if len(hit) else None


def article_incidents(df: pd.DataFrame, aid: str) -> pd.DataFrame:
    return df[df["article_id"] == aid].sort_values("idx")
