"""Store: round trip, idempotent re-ingest, an interrupted article leaves nothing half-written."""

import pytest
import sqlalchemy as sa

from sitrep.queries import load_articles, load_attributions, load_incidents
from sitrep.store import SCHEMA_VERSION, Store, article_id, meta_table

TEXT = "Gunmen attacked a checkpoint near Mosul on Friday, killing four soldiers, police said."
EXTRACTED = {
    "title": "Checkpoint attack", "publisher": "Test Wire", "published": "2023-05-06", "warnings": [],
    "incidents": [{
        "event_date": "2023-05-05", "date_start": "2023-05-05", "date_end": "2023-05-05", "time_precision": 1,
        "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Unidentified Armed Group (Iraq)",
        "actor2": "Military Forces of Iraq", "location": "Mosul", "admin1": "Nineveh", "country": "Iraq",
        "latitude": 36.34, "longitude": 43.13, "geo_precision": 2, "fatalities": 4, "sources": ["Police"],
        "fatality_claims": [{"source": "Police", "fatalities": 4}, {"source": "Residents", "fatalities": 6}],
        "evidence": [{"start": 0, "end": len(TEXT), "text": TEXT}],
    }],
    "attributions": [{"source": "Police", "source_type": "government", "cue": "said", "claim": TEXT[:-13],
                      "start": 0, "end": len(TEXT) - 13, "via": None, "incidents": [0]}],
}


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'test.db'}")


def test_round_trip_keeps_every_field(store):
    aid, added = store.add_article(TEXT, EXTRACTED, path="a.txt")
    assert added and aid == article_id(TEXT)
    inc = load_incidents(store, evidence=True).iloc[0]
    assert inc["location"] == "Mosul" and inc["fatalities"] == 4 and inc["sources"] == ["Police"]
    assert (inc["fatalities_min"], inc["fatalities_max"]) == (4, 6)
    assert str(inc["event_date"].date()) == "2023-05-05"
    assert inc["evidence"][0]["text"] == TEXT
    att = load_attributions(store).iloc[0]
    assert att["source"] == "Police" and att["incident_idx"] == [0]
    arts = load_articles(store)
    assert arts.iloc[0]["incidents"] == 1 and "text" not in arts.columns
    assert store.article_text(aid) == TEXT


def test_reingesting_the_same_text_adds_nothing(store):
    store.add_article(TEXT, EXTRACTED)
    _, added = store.add_article("  " + TEXT.upper() + "\n", EXTRACTED)  # same text, other case/space
    assert not added
    assert store.counts() == {"articles": 1, "incidents": 1, "attributions": 1}


def test_interrupted_article_leaves_store_as_it_was(store):
    store.add_article("Another article about shelling in Donetsk that killed two civilians.", EXTRACTED)
    before = store.counts()
    with pytest.raises(RuntimeError):
        store.add_article(TEXT, EXTRACTED, _fail_after_incidents=True)
    assert store.counts() == before
    assert not store.has_article(article_id(TEXT))


def test_sqlite_store_uses_wal_so_readers_do_not_block_writers(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "wal"


def test_schema_version_is_recorded_and_newer_store_is_refused(store, tmp_path):
    assert store.schema_version() == SCHEMA_VERSION
    with store.engine.begin() as conn:
        conn.execute(sa.update(meta_table).values(value=str(SCHEMA_VERSION + 1)))
    with pytest.raises(RuntimeError, match="newer"):
        Store(store.url)


def test_version_changes_when_an_article_is_added(store):
    v0 = store.version()
    store.add_article(TEXT, EXTRACTED)
    assert store.version() != v0


def test_v1_store_is_migrated_without_losing_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    store.add_article(TEXT, EXTRACTED)
    with store.engine.begin() as conn:  # make it look like a v1 store
        conn.exec_driver_sql("ALTER TABLE attributions DROP COLUMN target")
        conn.execute(sa.update(meta_table).values(value="1"))
    migrated = Store(url)
    assert migrated.schema_version() == SCHEMA_VERSION
    assert migrated.counts() == {"articles": 1, "incidents": 1, "attributions": 1}
    assert "target" in load_attributions(migrated).columns


def test_attribution_target_is_stored(store):
    ex = dict(EXTRACTED, attributions=[dict(EXTRACTED["attributions"][0], kind="accusation", target="Hezbollah")])
    store.add_article(TEXT, ex)
    att = load_attributions(store).iloc[0]
    assert (att["kind"], att["target"]) == ("accusation", "Hezbollah")
