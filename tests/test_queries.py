"""sitrep/queries.py: frames read from a real (temporary) store, filtered and summarised in memory."""

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "ui"))
from explore_fixtures import seed

from sitrep import queries
from sitrep.queries import Filters
from sitrep.store import Store


@pytest.fixture
def frames(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'q.db'}")
    ids = seed(store)
    return store, ids, queries.load_incidents(store)


def test_loaded_incidents_carry_article_meta_and_parsed_lists(frames):
    _store, _ids, df = frames
    assert len(df) == 4
    assert set(df["article_publisher"]) == {"Example Wire", "Other Times"}
    row = df[df["event_type"] == "Battles"].iloc[0]
    assert row["sources"] == ["Amaq", "SOHR"] and row["n_sources"] == 2
    assert row["fatalities_min"] == 33 and row["fatalities_max"] == 40
    assert str(df["event_date"].dtype).startswith("datetime64")


def test_article_list_never_carries_text(frames):
    store, ids, _df = frames
    arts = queries.load_articles(store)
    assert "text" not in arts.columns
    assert dict(zip(arts["id"], arts["incidents"])) == {ids["a1"]: 2, ids["a2"]: 2}


@pytest.mark.parametrize(("flt", "expected"), [
    (Filters(), 4),
    (Filters(actors=["Islamic State"]), 1),
    (Filters(actors=["Police Forces of Iraq"]), 1),  # actor2 side counts too
    (Filters(actors=["Islamic State", "Rioters (Iraq)"]), 2),
    (Filters(countries=["Iraq"]), 3),
    (Filters(admin1=["Kirkuk"]), 2),
    (Filters(regions=["Syria"]), 1),
    (Filters(regions=["Sulaymaniyah"]), 1),
    (Filters(since=dt.date(2023, 9, 1)), 2),
    (Filters(until=dt.date(2023, 8, 10)), 1),
    (Filters(since=dt.date(2023, 8, 11), until=dt.date(2023, 9, 1)), 2),
    (Filters(event_types=["Riots", "Protests"]), 2),
    (Filters(sources=["SOHR"]), 2),
    (Filters(single_source_only=True), 2),
    (Filters(countries=["Iraq"], event_types=["Battles"]), 0),
])
def test_each_filter_narrows_the_frame(frames, flt, expected):
    assert len(queries.filter_incidents(frames[2], flt)) == expected


def test_facets_offer_what_the_store_holds(frames):
    f = queries.facets(frames[2])
    assert "Islamic State" in f["actors"] and "Police Forces of Iraq" in f["actors"]
    assert f["countries"] == ["Iraq", "Syria"]
    assert f["admin1_by_country"]["Iraq"] == ["Kirkuk", "Sulaymaniyah"]
    assert f["sources"] == ["Amaq", "Police", "SOHR"]
    assert (f["date_min"], f["date_max"]) == (dt.date(2023, 8, 10), dt.date(2023, 9, 2))


def test_facets_of_an_empty_store_are_empty(tmp_path):
    df = queries.load_incidents(Store(f"sqlite:///{tmp_path / 'e.db'}"))
    assert df.empty and queries.facets(df)["actors"] == []
    assert queries.headline(df)["incidents"] == 0


def test_headline_gives_fatality_range_where_sources_disagree(frames):
    h = queries.headline(frames[2])
    assert h["incidents"] == 4 and h["articles"] == 2 and h["sources"] == 3
    assert h["fatalities"] == 33 + 0 + 4
    assert (h["fatalities_low"], h["fatalities_high"]) == (37, 44)
    assert h["disputed"] == 1


def test_top_actors_count_each_incident_once_per_actor(frames):
    top = queries.top_actors(frames[2])
    counts = dict(zip(top["actor"], top["incidents"]))
    assert counts["Islamic State"] == 1 and counts["Military Forces of Syria"] == 1
    assert sum(counts.values()) == 6  # 4 actor1 + 2 named actor2


def test_top_regions_name_admin1_with_its_country(frames):
    top = queries.top_regions(frames[2])
    assert top.iloc[0]["region"] == "Kirkuk, Iraq" and top.iloc[0]["incidents"] == 2


@pytest.mark.parametrize("bad", [None, "", "abc", "999999"])
def test_incident_lookup_tolerates_bad_ids(frames, bad):
    assert queries.incident(frames[2], bad) is None


def test_incident_lookup_and_article_incidents(frames):
    _store, ids, df = frames
    first = df["id"].min()
    assert queries.incident(df, str(first))["id"] == first
    assert list(queries.article_incidents(df, ids["a2"])["idx"]) == [0, 1]


def test_shared_frame_leaves_evidence_to_the_store_and_details_fill_it_in(frames):
    store, _ids, df = frames
    assert not set(queries.DETAIL_COLUMNS) & set(df.columns)
    full = queries.load_incidents(store, evidence=True)
    added = queries.with_details(store, df)
    assert added["evidence"].tolist() == full["evidence"].tolist()
    assert added["date_start"].tolist() == full["date_start"].tolist()
    assert "evidence" not in df.columns  # with_details copies
    battle = int(df.loc[df["event_type"] == "Battles", "id"].iloc[0])
    got = queries.incident_details(store, [battle, None, 999_999])
    assert list(got) == [battle]
    assert got[battle]["evidence"][0]["text"] == "Islamic State fighters killed 33 Syrian soldiers"


def test_incremental_read_returns_only_newer_incidents(frames):
    store, _ids, df = frames
    newer = queries.load_incidents(store, after_id=int(df["id"].min()))
    assert list(newer["id"]) == sorted(df["id"])[1:]
    assert list(newer.columns) == list(df.columns)


@pytest.mark.parametrize(("cells", "expected"), [
    (['["A", "B"]', '["A", "B"]', None, "", "[1"], [["A", "B"], ["A", "B"], [], [], []]),
    (['{"a": 1}', "[]"], [[], []]),  # a JSON object is not a list
])
def test_json_list_cells_decode_once_per_distinct_text(cells, expected):
    import pandas as pd

    out = queries._json_lists(pd.Series(cells, dtype=object))
    assert out.tolist() == expected
    if cells[0] == cells[1]:
        assert out.iloc[0] is out.iloc[1]  # rows share the decoded list
