"""The benchmark stores are valid Sitrep stores with a realistic spread, so `make bench` measures the real code."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_extract
import synthetic

from sitrep import queries
from sitrep.store import Store


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    path = synthetic.generate(2_000, tmp_path_factory.mktemp("bench") / "s.db", quiet=True)
    store = Store(f"sqlite:///{path}")
    yield store, queries.load_incidents(store)
    store.engine.dispose()


def test_synthetic_store_holds_the_requested_incidents_with_articles_and_attributions(frame):
    store, df = frame
    counts = store.counts()
    assert counts["incidents"] == len(df) == 2_000
    assert counts["articles"] == synthetic.n_articles_for(2_000)
    assert counts["attributions"] > 0


def test_synthetic_incidents_spread_over_conflict_zones_types_and_years(frame):
    _, df = frame
    assert df["country"].nunique() >= 12
    assert set(df["event_type"]) == set(queries.ACLED_EVENT_TYPES)
    assert df["event_date"].dt.year.nunique() >= 6
    assert df["latitude"].between(-90, 90).all() and df["longitude"].between(-180, 180).all()
    assert df["n_sources"].between(1, 4).all()


@pytest.mark.parametrize("size, n", [("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000), ("2500", 2_500)])
def test_size_labels_parse(size, n):
    assert synthetic.parse_size(size) == n


@pytest.mark.parametrize("bundled_only", [False, True], ids=["all-sources", "bundled-samples-only"])
def test_composed_extraction_articles_are_distinct_and_600_words(monkeypatch, bundled_only):
    # CI may have ../shared without the dev articles: the bundled samples alone must still make
    # distinct articles, or the benchmark would time a cache-friendly repeat.
    if bundled_only:
        monkeypatch.setattr(bench_extract, "SOURCES", [bench_extract.ROOT / "data" / "articles"])
    arts = bench_extract.compose_articles(bench_extract.corpus(), count=40)
    assert len(set(arts)) == 40
    assert all(len(a.split()) == bench_extract.WORDS for a in arts)
