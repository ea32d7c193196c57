"""components/data.py: frames follow the store; an ingest appends, a deletion re-reads."""

from explore_fixtures import ARTICLE_2, incident

from components import data


def test_frames_follow_the_store_and_an_ingest_only_appends(store):
    first = data.incidents_df()
    assert len(first) == 4
    store.add_article("A third article about shelling in Idlib, for the cache test.",
                      {"incidents": [incident(location="Idlib", admin1="Idlib")]})
    data.clear()
    second = data.incidents_df()
    assert len(second) == 5 and second["location"].iloc[-1] == "Idlib"
    assert list(second["id"].iloc[:4]) == list(first["id"])
    assert len(data.articles_df()) == 3


def test_a_deleted_article_makes_a_full_reread(store):
    assert len(data.incidents_df()) == 4
    from sitrep.store import article_id

    store.delete_article(article_id(ARTICLE_2))
    data.clear()
    df = data.incidents_df()
    assert len(df) == 2 and set(df["country"]) == {"Syria", "Iraq"}
    assert len(data.articles_df()) == 1


def test_same_version_gives_the_same_frame_object(store):
    assert data.incidents_df() is data.incidents_df()


def test_article_text_is_read_one_article_at_a_time(store):
    aid = store.ids["a2"]
    assert data.article_text(aid) == ARTICLE_2
    assert data.article_text("no-such-id") is None
    assert "text" not in data.articles_df().columns
