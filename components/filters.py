"""The shared sidebar filters: actor, country then region (admin1), date range, event type, source.

show() is called once per run from app.py, so the widgets exist on every page and keep their values
across page switches. The values also live in the URL (st.query_params) so a view can be bookmarked:
on a session's first run the widgets are seeded from the URL, and on every run the URL is rewritten
from the widgets (st.navigation clears the query string on a page switch; rewriting carries it over).

Query parameters (repeat a parameter for several values):
    actor, country, region, since, until, event_type, source, single_source=1
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from sitrep.queries import Filters

# widget key (= query parameter name) -> kind
PARAMS = {
    "actor": "list",
    "country": "list",
    "region": "list",
    "since": "date",
    "until": "date",
    "event_type": "list",
    "source": "list",
    "single_source": "bool",
}
LABELS = {
    "actor": "Actor",
    "country": "Country",
    "region": "Region",
    "since": "From",
    "until": "To",
    "event_type": "Event type",
    "source": "Source",
    "single_source": "Single-source incidents only",
}
RESET_LABEL = "Reset filters"
_MIN_DATE, _MAX_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def _default(kind: str):
    return [] if kind == "list" else (False if kind == "bool" else None)


def _parse_date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def _seed_from_url(options: dict) -> None:
    """First run of a session: the URL decides the widgets' starting values (unknown values dropped)."""
    qp = st.query_params
    for name, kind in PARAMS.items():
        if name not in qp:
            continue
        if kind == "list":
            allowed = set(options.get(name) or [])
            vals = [v for v in dict.fromkeys(qp.get_all(name)) if v in allowed]
            st.session_state[name] = vals
        elif kind == "date":
            st.session_state[name] = _parse_date(qp.get(name))
        else:
            st.session_state[name] = str(qp.get(name)).lower() in ("1", "true", "yes")


def _write_url() -> None:
    """Mirror the widgets into the URL; touch only our own parameters."""
    qp = st.query_params
    for name, kind in PARAMS.items():
        val = st.session_state.get(name, _default(kind))
        if kind == "list":
            want = [str(v) for v in val or []]
            if qp.get_all(name) != want:
                if want:
                    qp[name] = want
                elif name in qp:
                    del qp[name]
        elif kind == "date":
            want = val.isoformat() if val else None
            if want and qp.get(name) != want:
                qp[name] = want
            elif not want and name in qp:
                del qp[name]
        else:
            if val and qp.get(name) != "1":
                qp[name] = "1"
            elif not val and name in qp:
                del qp[name]


def reset() -> None:
    """Back to 'everything': clear every filter widget (the URL follows on this run)."""
    for name, kind in PARAMS.items():
        st.session_state[name] = _default(kind)


def _prune(name: str, allowed) -> None:
    """Keep a multiselect's state inside its options (they change as data and the country pick change)."""
    if name in st.session_state:
        allowed = set(allowed)
        st.session_state[name] = [v for v in st.session_state[name] or [] if v in allowed]


def from_state() -> Filters:
    ss = st.session_state
    return Filters(
        actors=list(ss.get("actor") or []),
        countries=list(ss.get("country") or []),
        admin1=list(ss.get("region") or []),
        since=ss.get("since"),
        until=ss.get("until"),
        event_types=list(ss.get("event_type") or []),
        sources=list(ss.get("source") or []),
        single_source_only=bool(ss.get("single_source")),
    )


def show(key: str = "flt") -> Filters:
    """Render the sidebar filters; return the Filters they select (also kept in st.session_state[key])."""
    from components import data

    fac = data.facets()
    options = {
        "actor": fac["actors"],
        "country": fac["countries"],
        "region": fac["admin1_all"],
        "event_type": fac["event_types"],
        "source": fac["sources"],
    }
    if not st.session_state.get(f"{key}__seeded"):
        _seed_from_url(options)
        st.session_state[f"{key}__seeded"] = True
    for name, allowed in options.items():
        _prune(name, allowed)

    sb = st.sidebar
    sb.header("Filters")
    sb.multiselect(LABELS["actor"], options["actor"], key="actor", placeholder="Any actor (either side)",
                   help="Canonical actor names; an incident matches when the actor is on either side.")
    sb.multiselect(LABELS["country"], options["country"], key="country", placeholder="Any country")
    countries = st.session_state.get("country") or []
    if countries:
        admin1 = sorted({a for c in countries for a in fac["admin1_by_country"].get(c, [])})
    else:
        admin1 = options["region"]
    _prune("region", admin1)
    sb.multiselect(LABELS["region"], admin1, key="region", placeholder="Any region",
                   help="First-level region (governorate, province, state, oblast).")
    c1, c2 = sb.columns(2)
    for col, name in ((c1, "since"), (c2, "until")):
        st.session_state.setdefault(name, None)
        col.date_input(LABELS[name], key=name, min_value=_MIN_DATE, max_value=_MAX_DATE, format="YYYY-MM-DD")
    if fac["date_min"] is not None:
        sb.caption(f"Incidents in the store run from {fac['date_min']:%Y-%m-%d} to {fac['date_max']:%Y-%m-%d}.")
    since, until = st.session_state.get("since"), st.session_state.get("until")
    if since and until and since > until:
        sb.warning("“From” is after “To”: no incident can match.")
    sb.multiselect(LABELS["event_type"], options["event_type"], key="event_type", placeholder="Any event type")
    sb.multiselect(LABELS["source"], options["source"], key="source", placeholder="Any source",
                   help="Incidents credited to at least one of these sources.")
    sb.checkbox(LABELS["single_source"], key="single_source",
                help="Incidents only one source vouches for: the ones to verify first.")
    sb.button(RESET_LABEL, key=f"{key}__reset", on_click=reset, width="stretch")

    flt = from_state()
    st.session_state[key] = flt
    total = len(data.incidents_df())
    n = len(data.filtered_incidents(flt))
    st.session_state[f"{key}__count"] = (n, total)
    sb.markdown(f"**{n:,} of {total:,} incidents match**")
    _write_url()
    return flt


def current(key: str = "flt") -> Filters:
    """The Filters the sidebar selected this run (empty Filters when show() has not run, e.g. a lone page)."""
    flt = st.session_state.get(key)
    return flt if isinstance(flt, Filters) else Filters()


def signature(key: str = "flt") -> str:
    """A short stable token for the current filter set. Tables and maps put it in their widget key, so a
    row/point selection made under other filters (a position in another list) is dropped, not misapplied."""
    import hashlib

    return hashlib.sha1(repr(current(key)).encode("utf-8")).hexdigest()[:10]


def counts(key: str = "flt") -> tuple[int, int]:
    """(matching, total) incidents as shown under the filters."""
    return st.session_state.get(f"{key}__count", (0, 0))
