"""Who says what: sources, reporting chains, corroboration, disagreement and responsibility claims.

Everything works on the cached frames of sitrep.queries (incidents and attributions), so the Sources page,
the briefing and tests share one set of rules. An analyst weighs an incident by who stands behind it:
one armed group's Telegram channel is not the same as a monitor, state media and a ministry agreeing.

Filtering follows the shared Filters: incidents first, then the attributions that back those incidents
(article_id + incident_idx), then attributions by source when the analyst picked sources.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from sitrep.queries import Filters, filter_incidents, unique_objects

UNKNOWN_TYPE = "unknown"
NO_ACTOR = "(actor not named)"
ACTOR_KINDS = ("responsibility", "accusation", "denial")

SOURCE_COLUMNS = ["source", "type", "claims", "incidents", "articles", "first_seen", "last_seen", "via",
                  "publishers"]
CHAIN_COLUMNS = ["from", "to", "stage", "claims"]
CORROBORATION_COLUMNS = ["id", "event_date", "location", "country", "event_type", "actor1", "actor2",
                         "fatalities", "sources", "n_sources", "source_types", "single_source", "one_type_only",
                         "article_id", "idx", "article_title"]
DISAGREEMENT_COLUMNS = ["id", "event_date", "location", "country", "event_type", "low", "high", "who_said",
                        "claims", "article_id", "idx", "article_title"]
ACTOR_CLAIM_COLUMNS = ["actor", "kind", "source", "source_type", "claim", "incident_ids", "article_id",
                       "article_title", "article_published"]


# -- helpers ------------------------------------------------------------------------------------------
def _key(article_id, idx) -> tuple[str, int]:
    return (str(article_id), int(idx))


def incident_keys(inc: pd.DataFrame) -> set[tuple[str, int]]:
    if inc is None or inc.empty:
        return set()
    return {_key(a, i) for a, i in zip(inc["article_id"], inc["idx"])}


def _named(s: pd.Series) -> pd.Series:
    """Mask of non-empty text cells, vectorised."""
    return s.notna() & (s.astype(str).str.len() > 0)


def _s(v) -> str | None:
    """A text cell or None (pandas gives NaN for missing text)."""
    return v if isinstance(v, str) and v else None


def records(df: pd.DataFrame, cols: list[str]):
    """Rows as dicts of just these columns — far faster than DataFrame.to_dict on Arrow-backed strings."""
    if df is None or df.empty:
        return
    cols = [c for c in cols if c in df.columns]
    lists = [df[c].tolist() for c in cols]
    for vals in zip(*lists):
        yield dict(zip(cols, vals))


def date_strings(s: pd.Series) -> pd.Series:
    """YYYY-MM-DD strings (None where unknown) for a column of Timestamps or date strings, vectorised: each
    distinct day is formatted once (a million incidents fall on a few thousand days)."""
    if s is None or len(s) == 0:
        return pd.Series([], dtype=object)
    d = pd.to_datetime(s, errors="coerce")
    days = d.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    codes, uniq = pd.factorize(days.view(np.int64))
    text = np.datetime_as_string(uniq.astype("datetime64[D]"), unit="D").astype(object)
    text[np.isnat(uniq.view("datetime64[D]"))] = None
    return pd.Series(text[codes], index=s.index, dtype=object)


def taken(s: pd.Series, order: np.ndarray):
    """s's values in `order`. Text comes back as a Categorical: a random take of a million Arrow strings
    costs about half a second a column, of integer codes a few milliseconds."""
    if isinstance(s.dtype, pd.CategoricalDtype) or not (s.dtype == object or pd.api.types.is_string_dtype(s)):
        return s.to_numpy()[order] if not isinstance(s.dtype, pd.CategoricalDtype) else s.array.take(order)
    codes, uniq = pd.factorize(s)
    return pd.Categorical.from_codes(codes[order], categories=pd.Index(uniq, dtype=object))


def date_str(v) -> str | None:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    return str(v)[:10] or None


def _restricts_incidents(flt: Filters) -> bool:
    """Any filter other than 'sources' narrows the incidents, and so the claims worth showing."""
    return bool(flt.actors or flt.regions or flt.countries or flt.admin1 or flt.since or flt.until
                or flt.event_types or flt.single_source_only)


def filter_attributions(att: pd.DataFrame, inc: pd.DataFrame, flt: Filters | None) -> pd.DataFrame:
    """Attributions that back the filtered incidents, narrowed to the chosen sources.

    With no incident filter every claim counts (a source's claims that back no incident still say who
    talks); once the analyst narrows incidents, only the claims behind those incidents remain.
    """
    if att is None or att.empty or flt is None or flt.is_empty():
        return att
    out = att
    if _restricts_incidents(flt) or flt.sources:
        linked = att[backs_incidents(att, inc)]
        if _restricts_incidents(flt):
            out = linked
    if flt.sources:
        out = out[out["source"].isin(flt.sources)]
    return out


def backs_incidents(att: pd.DataFrame, inc: pd.DataFrame) -> np.ndarray:
    """Mask of the attributions that point at one of these incidents (article_id + incident_idx), by a
    join of the exploded links rather than a Python loop over every claim."""
    if att is None or att.empty or inc is None or inc.empty:
        return np.zeros(0 if att is None else len(att), dtype=bool)
    links = pd.DataFrame({"row": np.arange(len(att)), "article_id": att["article_id"].to_numpy(dtype=object),
                          "idx": att["incident_idx"].to_numpy(dtype=object)}).explode("idx").dropna(subset=["idx"])
    if links.empty:
        return np.zeros(len(att), dtype=bool)
    links["idx"] = pd.to_numeric(links["idx"], errors="coerce")
    links = links.dropna(subset=["idx"]).astype({"idx": np.int64})
    keys = pd.DataFrame({"article_id": inc["article_id"].to_numpy(dtype=object),
                         "idx": inc["idx"].to_numpy(dtype=np.int64)}).drop_duplicates()
    hit = links.merge(keys, on=["article_id", "idx"])["row"].to_numpy()
    mask = np.zeros(len(att), dtype=bool)
    mask[hit] = True
    return mask


def apply_filters(inc_all: pd.DataFrame, att_all: pd.DataFrame, flt: Filters | None):
    """(incidents, attributions) for the filters; the one entry point pages and the briefing use."""
    flt = flt or Filters()
    inc = filter_incidents(inc_all, flt)
    return inc, filter_attributions(att_all, inc, flt)


@lru_cache(maxsize=1)
def known_source_types() -> dict[str, str]:
    """Canonical name -> type from the outlets data file (sitrep/data/sources.jsonl), for sources that only
    appear in incidents' source lists (an outlet a claim came through) and so have no typed claim."""
    from sitrep.config import PACKAGE_DATA

    out: dict[str, str] = {}
    try:
        lines = (PACKAGE_DATA / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if isinstance(rec, dict) and rec.get("canonical") and rec.get("type"):
            out[rec["canonical"]] = rec["type"]
    return out


def source_types(att: pd.DataFrame) -> dict[str, str]:
    """Canonical source -> its most frequent source_type in the claims (a source keeps one type across
    articles); the outlets data file fills in sources with no claim of their own."""
    known = dict(known_source_types())
    if att is None or att.empty:
        return known
    a = att.dropna(subset=["source"])
    a = a.assign(source_type=a["source_type"].fillna(UNKNOWN_TYPE))
    counts = a.groupby(["source", "source_type"]).size().reset_index(name="n")
    counts = counts.sort_values(["source", "n", "source_type"], ascending=[True, False, True])
    known.update(counts.drop_duplicates("source")[["source", "source_type"]].itertuples(index=False, name=None))
    return known


# -- source table -------------------------------------------------------------------------------------
def _day_values(s: pd.Series) -> np.ndarray:
    """datetime64[D] per row of a date/text column, parsed once per distinct value."""
    codes, uniq = pd.factorize(s)
    days = pd.to_datetime(pd.Series(np.asarray(uniq, dtype=object)), errors="coerce").to_numpy("datetime64[ns]")
    out = np.append(days.astype("datetime64[D]"), np.datetime64("NaT", "D"))
    return out[codes]  # code -1 (missing) -> the NaT appended last


def source_table(inc: pd.DataFrame, att: pd.DataFrame) -> pd.DataFrame:
    """Every canonical source: type, claims, incidents it backs, articles, first/last seen, via, publishers.

    'Incidents backed' counts an incident once whether the source is in its sources list or one of the
    source's claims points at it. First/last seen are article publication dates (event dates when an
    article has none). The incidents' side is worked per distinct source list (a few thousand serve a
    million incidents) on integer codes, then spread to the list's members.
    """
    backed_parts, arts, dates, pubs = [], [], [], []
    claims = pd.Series(dtype=int)
    via = pd.Series(dtype=object)
    members = pd.DataFrame({"code": pd.Series([], dtype=np.int64), "source": pd.Series([], dtype=object)})
    codes = np.array([], dtype=np.int64)
    if inc is not None and not inc.empty:
        codes, lists = unique_objects(inc["sources"])
        pairs = [(c, x) for c, lst in enumerate(lists)
                 for x in sorted({x for x in (lst if isinstance(lst, list) else []) if isinstance(x, str) and x})]
        members = pd.DataFrame(pairs, columns=["code", "source"]).astype({"code": np.int64, "source": object})
        # incidents per source: every row of a list counts for each member
        rows_per_code = np.bincount(codes, minlength=len(lists))
        backed_parts.append(members.assign(n=rows_per_code[members["code"].to_numpy()])
                            .groupby("source")["n"].sum())
        art_codes, art_ids = pd.factorize(inc["article_id"])
        ca = pd.DataFrame({"code": codes, "a": art_codes}).drop_duplicates()
        arts.append(ca.merge(members, on="code").assign(article_id=lambda x: np.asarray(art_ids, dtype=object)[
            x["a"].to_numpy()])[["source", "article_id"]])
        d = _day_values(inc["article_published"])
        d = np.where(np.isnat(d), _day_values(inc["event_date"]), d)
        cd = pd.DataFrame({"code": codes, "d": d}).dropna().groupby("code")["d"].agg(["min", "max"])
        cd = cd.reset_index().merge(members, on="code")
        dates.append(pd.DataFrame({"source": pd.concat([cd["source"], cd["source"]], ignore_index=True),
                                   "d": pd.concat([cd["min"], cd["max"]], ignore_index=True)}))
        pub_codes, pub_names = pd.factorize(inc["article_publisher"])
        cp = pd.DataFrame({"code": codes, "p": pub_codes}).drop_duplicates()
        cp = cp[cp["p"] >= 0].merge(members, on="code")
        pubs.append(pd.DataFrame({"source": cp["source"].to_numpy(),
                                  "article_publisher": np.asarray(pub_names, dtype=object)[cp["p"].to_numpy()]}))
    if att is not None and not att.empty:
        a = att[_named(att["source"])]
        claims = a.groupby("source").size()
        lk = (a[["source", "article_id", "incident_idx"]].explode("incident_idx").dropna(subset=["incident_idx"])
              .rename(columns={"incident_idx": "idx"}))
        lk = lk.astype({"idx": np.int64, "source": object, "article_id": object}).drop_duplicates()
        if len(lk) and inc is not None and not inc.empty:
            # a claim's incident already counted when the source is in that incident's list
            # integer keys (article code, idx): no text hashing, no take of the million-row frame
            stride = int(inc["idx"].max()) + 1 if len(inc) else 1
            inc_keys, first_row = np.unique(art_codes.astype(np.int64) * stride + inc["idx"].to_numpy(dtype=np.int64),
                                            return_index=True)
            lk_art = pd.Index(np.asarray(art_ids, dtype=object)).get_indexer(lk["article_id"].to_numpy(dtype=object))
            lk_idx = lk["idx"].to_numpy(dtype=np.int64)
            ok = (lk_art >= 0) & (lk_idx < stride)
            pos = np.full(len(lk), -1, dtype=np.int64)
            want = lk_art[ok] * stride + lk_idx[ok]
            at = np.minimum(np.searchsorted(inc_keys, want), max(len(inc_keys) - 1, 0))
            pos[ok] = np.where(inc_keys[at] == want, first_row[at], -1) if len(inc_keys) else -1
            hit = lk.assign(code=np.where(pos >= 0, codes[np.maximum(pos, 0)], -1))
            listed = hit.merge(members.assign(listed=True), on=["code", "source"], how="left")["listed"]
            lk = hit[~listed.fillna(False).astype(bool).to_numpy()][["source", "article_id", "idx"]].drop_duplicates()
        backed_parts.append(lk.groupby("source").size())
        arts.append(a[["source", "article_id"]].astype(object))
        dates.append(pd.DataFrame({"source": a["source"].to_numpy(dtype=object),
                                   "d": _day_values(a["article_published"])}))
        pubs.append(a[["source", "article_publisher"]].astype(object))
        v = a[_named(a["via"]) & (a["via"] != a["source"])]
        via = v.groupby("source")["via"].agg(lambda x: ", ".join(sorted(set(x))))
    if not backed_parts and claims.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    backed = pd.concat(backed_parts).groupby(level=0).sum() if backed_parts else pd.Series(dtype=int)
    articles = (pd.concat(arts, ignore_index=True).dropna().drop_duplicates().groupby("source").size()
                if arts else pd.Series(dtype=int))
    dd = pd.concat(dates, ignore_index=True).dropna() if dates else pd.DataFrame(columns=["source", "d"])
    first, last = dd.groupby("source")["d"].min(), dd.groupby("source")["d"].max()
    pp = pd.concat(pubs, ignore_index=True).dropna().drop_duplicates() if pubs else pd.DataFrame(
        columns=["source", "article_publisher"])
    publishers = pp.groupby("source")["article_publisher"].agg(lambda x: ", ".join(sorted(x)))
    names = sorted(set(articles.index) | set(claims.index) | set(backed.index))
    if not names:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    types = source_types(att)
    day_text = lambda s: date_strings(s.reindex(names)).to_numpy()
    df = pd.DataFrame({
        "source": names,
        "type": [types.get(n, UNKNOWN_TYPE) for n in names],
        "claims": claims.reindex(names, fill_value=0).astype(int).to_numpy(),
        "incidents": backed.reindex(names, fill_value=0).astype(int).to_numpy(),
        "articles": articles.reindex(names, fill_value=0).astype(int).to_numpy(),
        "first_seen": day_text(first),
        "last_seen": day_text(last),
        "via": via.reindex(names, fill_value="").to_numpy(),
        "publishers": publishers.reindex(names, fill_value="").to_numpy(),
    }, columns=SOURCE_COLUMNS)
    df = df.sort_values(["incidents", "claims", "source"], ascending=[False, False, True])
    return df.reset_index(drop=True)


# -- chains -------------------------------------------------------------------------------------------
def chains(att: pd.DataFrame) -> pd.DataFrame:
    """Edges of the reporting chain: source -> via -> publisher, with the number of claims on each edge.

    "Local sources told Sputnik", published by The Cradle: Local sources -> Sputnik (stage 'via') and
    Sputnik -> The Cradle (stage 'published'). A claim with no via goes straight to its publisher.
    """
    counts: dict[tuple[str, str, str], int] = {}
    if att is not None and not att.empty:
        for rec in records(att, ["source", "via", "article_publisher"]):
            src, via, pub = _s(rec.get("source")), _s(rec.get("via")), _s(rec.get("article_publisher"))
            if not src:
                continue
            hops = [src]
            if via and via != src:
                hops.append(via)
            if pub and pub != hops[-1]:
                hops.append(pub)
            if len(hops) == 1:
                continue
            for n, (a, b) in enumerate(itertools.pairwise(hops)):
                stage = "via" if (via and via != src and n == 0) else "published"
                counts[(a, b, stage)] = counts.get((a, b, stage), 0) + 1
    df = pd.DataFrame([(a, b, s, n) for (a, b, s), n in counts.items()], columns=CHAIN_COLUMNS)
    if not df.empty:
        df = df.sort_values(["claims", "from", "to"], ascending=[False, True, True])
    return df.reset_index(drop=True)


def chain_paths(att: pd.DataFrame) -> pd.DataFrame:
    """Whole paths (source, via, publisher) with their claim counts: a readable table next to the graph."""
    rows: dict[tuple, int] = {}
    if att is not None and not att.empty:
        for rec in records(att, ["source", "via", "article_publisher"]):
            src, via = _s(rec.get("source")), _s(rec.get("via"))
            if not src:
                continue
            k = (src, via if via != src else None, _s(rec.get("article_publisher")))
            rows[k] = rows.get(k, 0) + 1
    df = pd.DataFrame([(*k, n) for k, n in rows.items()], columns=["source", "via", "publisher", "claims"])
    if not df.empty:
        df = df.sort_values(["claims", "source"], ascending=[False, True])
    return df.reset_index(drop=True)


# -- corroboration ------------------------------------------------------------------------------------
def corroboration(inc: pd.DataFrame, att: pd.DataFrame, types: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per incident: its distinct sources, their types, and flags for thin backing.

    single_source: one named source only (or none). one_type_only: every source is of one type, e.g.
    only armed-group media — several voices from one camp are weaker than voices from different kinds.
    `types` is the source -> type map; pass one built from all attributions so filters do not hide it.
    """
    if inc is None or inc.empty:
        return pd.DataFrame(columns=CORROBORATION_COLUMNS)
    types = types if types is not None else source_types(att)
    # Per distinct source list, not per row: rows share their decoded list (queries.unique_objects).
    codes, lists = unique_objects(inc["sources"])
    joined, counts, kinds_col, only = [], [], [], []
    for lst in lists:
        srcs = sorted({x for x in (lst if isinstance(lst, list) else []) if isinstance(x, str) and x})
        kinds = sorted({types.get(x, UNKNOWN_TYPE) for x in srcs})
        joined.append(", ".join(srcs))
        counts.append(len(srcs))
        kinds_col.append(" + ".join(kinds))
        only.append(kinds[0] if len(kinds) == 1 else "")
    n_src = np.array(counts, dtype=np.int64)[codes]
    # n_sources ascending, newest first within, unknown dates last: one lexsort of two numeric keys; the
    # columns are then taken in that order (text as categoricals, see taken())
    dates = pd.to_datetime(inc["event_date"], errors="coerce").to_numpy(dtype="datetime64[ns]")
    day = np.where(np.isnat(dates), np.iinfo(np.int64).max, -dates.view(np.int64))
    order = np.lexsort((day, n_src))
    codes = codes[order]
    obj = lambda values: pd.Series(np.array(values, dtype=object)[codes], dtype=object)
    col = lambda c: taken(inc[c], order) if c in inc.columns else None
    return pd.DataFrame({
        "id": col("id"), "event_date": date_strings(inc["event_date"]).to_numpy()[order],
        "location": col("location"), "country": col("country"), "event_type": col("event_type"),
        "actor1": col("actor1"), "actor2": col("actor2"), "fatalities": col("fatalities"),
        "sources": obj(joined), "n_sources": n_src[order], "source_types": obj(kinds_col),
        "single_source": n_src[order] <= 1, "one_type_only": obj(only),
        "article_id": col("article_id"), "idx": col("idx"), "article_title": col("article_title"),
    }, columns=CORROBORATION_COLUMNS)


def corroboration_summary(corr: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(incidents by number of sources: '0', '1', '2', '3+'; incidents by combination of source types)."""
    if corr is None or corr.empty:
        return (pd.DataFrame(columns=["sources", "incidents"]),
                pd.DataFrame(columns=["source_types", "incidents"]))
    n = corr["n_sources"].to_numpy(dtype=np.int64)
    bucket = pd.Series(np.where(n >= 3, "3+", np.minimum(n, 3).astype(str)), dtype=object)
    by_n = bucket.value_counts().rename_axis("sources").reset_index(name="incidents")
    order = {"0": 0, "1": 1, "2": 2, "3+": 3}
    by_n = by_n.sort_values("sources", key=lambda s: s.map(order)).reset_index(drop=True)
    kinds = corr["source_types"].replace("", "(no source)")
    by_type = kinds.value_counts().rename_axis("source_types").reset_index(name="incidents")
    return by_n, by_type


# -- disagreement -------------------------------------------------------------------------------------
def _claims(rec) -> list[dict]:
    out = []
    for c in rec.get("fatality_claims") or []:
        if isinstance(c, dict) and c.get("fatalities") is not None:
            try:
                out.append({"source": c.get("source") or "unattributed", "fatalities": int(c["fatalities"])})
            except (TypeError, ValueError):
                continue
    return out


def disagreements(inc: pd.DataFrame) -> pd.DataFrame:
    """Incidents whose sources give different fatality figures, with who said which (largest gap first).

    Judged once per distinct claims list (rows share decoded lists), then the disputed rows taken at once."""
    if inc is None or inc.empty or "fatality_claims" not in inc.columns:
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    codes, lists = unique_objects(inc["fatality_claims"])
    low, high, who, claims_of = [], [], [], []
    for lst in lists:
        claims = _claims({"fatality_claims": lst}) if isinstance(lst, list) and len(lst) > 1 else []
        figures = {c["fatalities"] for c in claims}
        if len(figures) < 2:
            low.append(-1), high.append(-1), who.append(None), claims_of.append(None)
            continue
        claims = sorted(claims, key=lambda c: (c["fatalities"], c["source"]))
        low.append(min(figures)), high.append(max(figures)), claims_of.append(claims)
        who.append(" · ".join(f"{c['source']}: {c['fatalities']}" for c in claims))
    disputed = np.array([w is not None for w in who], dtype=bool)
    rows = np.flatnonzero(disputed[codes]) if len(lists) else np.array([], dtype=np.int64)
    if not len(rows):
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    sub = inc.iloc[rows]
    c = codes[rows]
    lo, hi = np.array(low, dtype=np.int64)[c], np.array(high, dtype=np.int64)[c]
    dates = pd.to_datetime(sub["event_date"], errors="coerce").to_numpy(dtype="datetime64[ns]")
    day = np.where(np.isnat(dates), np.iinfo(np.int64).max, -dates.view(np.int64))
    order = np.lexsort((day, -(hi - lo)))  # largest gap first, newest first within, unknown dates last
    claims_arr = np.empty(len(claims_of), dtype=object)
    for i, cl in enumerate(claims_of):
        claims_arr[i] = cl
    col = lambda name: sub[name].to_numpy(dtype=object)[order] if name in sub.columns else None
    return pd.DataFrame({
        "id": sub["id"].to_numpy()[order], "event_date": date_strings(sub["event_date"]).to_numpy()[order],
        "location": col("location"), "country": col("country"), "event_type": col("event_type"),
        "low": lo[order], "high": hi[order], "who_said": np.array(who, dtype=object)[c][order],
        "claims": claims_arr[c][order], "article_id": col("article_id"), "idx": sub["idx"].to_numpy()[order],
        "article_title": col("article_title"),
    }, columns=DISAGREEMENT_COLUMNS)


def distinct_source_counts(inc: pd.DataFrame) -> np.ndarray:
    """Per incident, how many distinct named sources back it (what corroboration() calls n_sources)."""
    if inc is None or inc.empty:
        return np.array([], dtype=np.int64)
    codes, lists = unique_objects(inc["sources"])
    n = [len({x for x in (lst if isinstance(lst, list) else []) if isinstance(x, str) and x}) for lst in lists]
    return np.array(n, dtype=np.int64)[codes]


def single_source(inc: pd.DataFrame, att: pd.DataFrame | None = None, types: dict[str, str] | None = None,
                  head: int | None = None) -> tuple[int, pd.DataFrame]:
    """(how many incidents rest on one source or none, their corroboration rows — the first `head` only when
    given), without building the corroboration table of every incident."""
    n_src = distinct_source_counts(inc)
    mask = n_src <= 1
    total = int(mask.sum())
    if not total:
        return 0, pd.DataFrame(columns=CORROBORATION_COLUMNS)
    rows = np.flatnonzero(mask)
    if head is not None and total > head:  # order the row numbers, then take only the rows shown
        dates = pd.to_datetime(inc["event_date"], errors="coerce").to_numpy(dtype="datetime64[ns]")[rows]
        day = np.where(np.isnat(dates), np.iinfo(np.int64).max, -dates.view(np.int64))
        rows = rows[np.lexsort((day, n_src[rows]))[:head]]
    return total, corroboration(inc.iloc[rows], att, types)


def disagreement_claims(dis: pd.DataFrame) -> pd.DataFrame:
    """Long form of disagreements(): one row per (incident, source, figure) for side-by-side tables."""
    rows = [{"id": r["id"], "event_date": r["event_date"], "location": r["location"], "source": c["source"],
             "fatalities": c["fatalities"]}
            for r in (dis.to_dict(orient="records") if dis is not None else []) for c in r["claims"]]
    return pd.DataFrame(rows, columns=["id", "event_date", "location", "source", "fatalities"])


# -- responsibility and accusations -------------------------------------------------------------------
def actor_claims(att: pd.DataFrame, inc: pd.DataFrame) -> pd.DataFrame:
    """Claims of responsibility, accusations and denials, each with the actor it is about.

    The actor is the attribution's `target` when the store has it; otherwise the actor1 of the incidents
    the claim backs (what the claim made the incident's actor); for a responsibility claim or a denial
    with neither, the speaking group itself.
    """
    if att is None or att.empty:
        return pd.DataFrame(columns=ACTOR_CLAIM_COLUMNS)
    a = att[att["kind"].isin(ACTOR_KINDS)] if "kind" in att.columns else att.iloc[0:0]
    if a.empty:
        return pd.DataFrame(columns=ACTOR_CLAIM_COLUMNS)
    a = a.reset_index(drop=True)
    backed: dict[int, list[tuple]] = {}  # claim row -> [(incident id, actor1)]
    if inc is not None and not inc.empty:
        lk = a[["article_id", "incident_idx"]].explode("incident_idx").dropna(subset=["incident_idx"])
        lk = lk.rename(columns={"incident_idx": "idx"}).astype({"idx": int}).reset_index(names="row")
        hit = lk.merge(inc[["article_id", "idx", "id", "actor1"]], on=["article_id", "idx"])
        for row, iid, actor in zip(hit["row"].tolist(), hit["id"].tolist(), hit["actor1"].tolist()):
            backed.setdefault(row, []).append((iid, actor))
    rows = []
    for row, rec in enumerate(records(a, list(a.columns))):
        mine = backed.get(row, [])
        target = _s(rec.get("target"))
        actors = [target] if target else sorted({x for _, x in mine if _s(x)})
        if not actors and rec["kind"] in ("responsibility", "denial") and _s(rec.get("source")):
            actors = [rec["source"]]
        for actor in actors or [NO_ACTOR]:
            rows.append({"actor": actor, "kind": rec["kind"], "source": rec.get("source"),
                         "source_type": rec.get("source_type"), "claim": rec.get("claim"),
                         "incident_ids": ", ".join(str(i) for i, _ in mine),
                         "article_id": rec.get("article_id"), "article_title": rec.get("article_title"),
                         "article_published": date_str(rec.get("article_published"))})
    df = pd.DataFrame(rows, columns=ACTOR_CLAIM_COLUMNS)
    return df.sort_values(["actor", "kind", "article_published"]).reset_index(drop=True)


def actor_claim_summary(claims: pd.DataFrame) -> pd.DataFrame:
    """Actor x kind counts (responsibility / accusation / denial), most-mentioned actors first, claims
    with no actor last."""
    cols = ["actor", *ACTOR_KINDS, "total"]
    if claims is None or claims.empty:
        return pd.DataFrame(columns=cols)
    t = claims.pivot_table(index="actor", columns="kind", values="claim", aggfunc="size", fill_value=0)
    for k in ACTOR_KINDS:
        if k not in t.columns:
            t[k] = 0
    t = t[list(ACTOR_KINDS)].astype(int)
    t["total"] = t.sum(axis=1)
    t = t.reset_index()
    t["_last"] = t["actor"] == NO_ACTOR
    t = t.sort_values(["_last", "total", "actor"], ascending=[True, False, True])
    return t.reset_index(drop=True)[cols]


# -- one call for a page ------------------------------------------------------------------------------
@dataclass
class SourcesView:
    """Everything the Sources page shows, for one set of filters."""

    incidents: pd.DataFrame
    attributions: pd.DataFrame
    sources: pd.DataFrame
    chains: pd.DataFrame
    paths: pd.DataFrame
    corroboration: pd.DataFrame
    disagreements: pd.DataFrame
    actor_claims: pd.DataFrame
    actor_summary: pd.DataFrame = field(default_factory=pd.DataFrame)


def sources_view(inc_all: pd.DataFrame, att_all: pd.DataFrame, flt: Filters | None = None) -> SourcesView:
    inc, att = apply_filters(inc_all, att_all, flt)
    claims = actor_claims(att, inc)
    return SourcesView(incidents=inc, attributions=att, sources=source_table(inc, att), chains=chains(att),
                       paths=chain_paths(att), corroboration=corroboration(inc, att, source_types(att_all)),
                       disagreements=disagreements(inc), actor_claims=claims,
                       actor_summary=actor_claim_summary(claims))


def evidence_for(inc_row: dict, att: pd.DataFrame) -> list[dict]:
    """The sentences behind one incident: its evidence spans plus every claim that backs it."""
    out = [{"kind": "evidence", "source": None, "text": " ".join(str(e.get("text", "")).split())}
           for e in (inc_row.get("evidence") or []) if isinstance(e, dict) and e.get("text")]
    if att is not None and not att.empty:
        key = _key(inc_row["article_id"], inc_row["idx"])
        same = att[att["article_id"] == inc_row["article_id"]]
        for rec in records(same, ["article_id", "incident_idx", "kind", "source", "claim"]):
            if any(_key(rec["article_id"], i) == key for i in (rec.get("incident_idx") or [])):
                out.append({"kind": rec.get("kind") or "claim", "source": rec.get("source"),
                            "text": " ".join(str(rec.get("claim") or "").split())})
    return out
