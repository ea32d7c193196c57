"""Queries: the store read once into cached pandas frames, then filtered in memory.

Why frames: at 1M incidents SQLite filters by index quickly but aggregates slowly; pandas filters and
aggregates a cached frame in tens of ms. The frame is re-read only when Store.version() changes.
Article text is never part of these frames (lists never load every article's text).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import pandas as pd
import sqlalchemy as sa

from sitrep.store import Store, articles, attributions, incidents

INCIDENT_COLUMNS = ["id", "article_id", "idx", "event_date", "date_start", "date_end", "time_precision",
                    "event_type", "sub_event_type", "actor1", "actor2", "actor1_claimed", "location", "admin1",
                    "country", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_min",
                    "fatalities_max", "sources", "fatality_claims", "evidence"]


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


def load_incidents(store: Store, after_id: int | None = None) -> pd.DataFrame:
    """Every incident joined with its article's title/publisher/published (no text).

    after_id: only incidents with a larger id (what an ingest added since a frame was read).
    """
    q = (sa.select(*[incidents.c[c] for c in INCIDENT_COLUMNS], articles.c.title.label("article_title"),
                   articles.c.publisher.label("article_publisher"), articles.c.published.label("article_published"))
         .select_from(incidents.join(articles, incidents.c.article_id == articles.c.id))
         .order_by(incidents.c.id))
    if after_id is not None:
        q = q.where(incidents.c.id > after_id)
    with store.engine.connect() as conn:
        df = pd.read_sql(q, conn)
    df["event_date"] = pd.to_datetime(df["event_date"], errors="coerce")
    for col in ("sources", "evidence", "fatality_claims"):
        df[col] = _json_lists(df[col])
    df["n_sources"] = df["sources"].map(len)
    return df


def _json_lists(col: pd.Series) -> pd.Series:
    """JSON-list text column -> Python lists, parsed in ONE json.loads call (per-row calls cost ~4 s at 100k).

    Empty/NULL cells become []. A malformed cell falls back to per-row parsing so one bad row cannot
    hide the rest.
    """
    cells = [c if isinstance(c, str) and c.strip() else "[]" for c in col.tolist()]
    try:
        parsed = json.loads("[" + ",".join(cells) + "]")
    except ValueError:
        parsed = []
        for c in cells:
            try:
                parsed.append(json.loads(c))
            except ValueError:
                parsed.append([])
    parsed = [p if isinstance(p, list) else [] for p in parsed]
    return pd.Series(parsed, index=col.index, dtype=object)


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
        mask &= df["sources"].map(lambda s: bool(wanted.intersection(s)))
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
        "sources": _sorted_unique(s for lst in df["sources"] for s in lst),
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
        "sources": len({s for lst in df["sources"] for s in lst}),
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
    """Regions ('admin1, country', or the country alone) by number of incidents."""
    if df.empty:
        return pd.DataFrame(columns=["region", "incidents", "fatalities"])
    region = df["admin1"].where(df["admin1"].isna(), df["admin1"].astype(str) + ", " + df["country"].fillna(""))
    region = region.fillna(df["country"]).str.rstrip(", ")
    d = pd.DataFrame({"region": region, "fatalities": df["fatalities"].fillna(0)}).dropna(subset=["region"])
    if d.empty:
        return pd.DataFrame(columns=["region", "incidents", "fatalities"])
    g = d.groupby("region", as_index=False).agg(incidents=("fatalities", "size"), fatalities=("fatalities", "sum"))
    g["fatalities"] = g["fatalities"].astype(int)
    return g.sort_values(["incidents", "fatalities"], ascending=False).head(n).reset_index(drop=True)


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
