"""A temporary store per test: SITREP_DATA_DIR points at tmp, so the dashboard reads only what the test wrote."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent, HERE.parents[1]):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from explore_fixtures import seed
from sources_fixtures import make_store


@pytest.fixture
def empty_store(tmp_path, monkeypatch):
    monkeypatch.delenv("SITREP_DATABASE_URL", raising=False)
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path))
    from components import data
    from sitrep.store import Store

    data.clear()
    store = Store(data.database_url())
    yield store
    data.clear()


@pytest.fixture
def store(empty_store):
    empty_store.ids = seed(empty_store)
    return empty_store




# The Sources and Briefing pages' stores: the source-chain fixture articles, or nothing at all.
@pytest.fixture
def filled(tmp_path, monkeypatch):
    store = make_store(tmp_path)
    monkeypatch.setenv("SITREP_DATABASE_URL", store.url)
    return store


@pytest.fixture
def empty(tmp_path, monkeypatch):
    from sitrep.store import Store

    store = Store(f"sqlite:///{tmp_path / 'empty.db'}")
    monkeypatch.setenv("SITREP_DATABASE_URL", store.url)
    return store
