"""The explore pages in AppTest against a temporary store: overview, map, incidents, articles.

Every page must render with zero incidents (a clear st.info), and article text must never reach the
page as HTML.
"""

import json

import pytest
from chart_specs import deck_bytes, decks, layer_data, layers, vega_specs
from explore_fixtures import app, incident

PAGES = ["pages/overview.py", "pages/map.py", "pages/incidents.py", "pages/articles.py"]
HOSTILE = ("Rockets hit the base\n\nLocal sources said <script>alert('x')</script> rockets hit the base, "
           "and <img src=x onerror=\"alert(1)\"> 3 soldiers were killed in Deir ez-Zor on Saturday.")


def html_of(at) -> str:
    return "".join(m.value for m in at.markdown)


# --- empty store ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_an_empty_store(empty_store, page):
    at = app(page=page)
    assert at.info, f"{page} shows no st.info on an empty store"
    assert any("No incidents" in i.value or "No articles" in i.value for i in at.info)


def test_filters_render_with_an_empty_store(empty_store):
    at = app()
    assert any("0 of 0 incidents match" in m.value for m in at.sidebar.markdown)


# --- overview ------------------------------------------------------------------------------------------
def test_overview_headline_numbers_with_fatality_range(store):
    at = app()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Incidents"] == "4"
    assert metrics["Fatalities"] == "37 (37–44)"
    assert metrics["Articles"] == "2" and metrics["Sources"] == "3"


def test_overview_draws_map_timeline_and_top_lists(store):
    at = app()
    assert len(layer_data(decks(at)[0], "incidents")) == 4
    timeline, actors, regions = vega_specs(at)
    assert sum(r["incidents"] for r in timeline["rows"]) == 4
    assert {r["event_type"] for r in timeline["rows"]} == {"Battles", "Protests", "Riots",
                                                           "Explosions/Remote violence"}
    assert {r["actor"] for r in actors["rows"]} >= {"Islamic State", "Rioters (Iraq)"}
    assert regions["rows"][0]["region"] == "Kirkuk, Iraq"


def test_overview_timeline_toggles_to_fatalities(store):
    at = app()
    assert "incidents" in json.dumps(vega_specs(at)[0]["encoding"]["y"])
    at.toggle(key="overview_timeline_fatalities").set_value(True).run()
    assert "fatalities" in json.dumps(vega_specs(at)[0]["encoding"]["y"])


def test_overview_follows_the_filters(store):
    at = app(query={"country": "Iraq"})
    assert {m.label: m.value for m in at.metric}["Incidents"] == "3"


def test_overview_says_so_when_filters_match_nothing(store):
    at = app(query={"country": "Iraq", "event_type": "Battles"})
    assert any("No incidents match" in i.value for i in at.info)


# --- map -----------------------------------------------------------------------------------------------
def test_map_is_offline_with_ids_on_every_layer_and_escaped_tooltips(empty_store):
    empty_store.add_article("A hostile article about Deir ez-Zor fighting.", {"incidents": [
        incident(actor1="<img src=x onerror=alert(1)>", location="<b>Deir</b>")]})
    at = app(page="pages/map.py")
    deck = decks(at)[0]
    # no map provider and an inline style: nothing is fetched (no mapStyle would mean a Carto basemap)
    assert not deck.get("mapProvider") and deck["mapStyle"].startswith("data:application/json")
    assert "cartocdn" not in json.dumps(deck) and "mapbox" not in json.dumps(deck)
    assert layers(deck)["incidents"]["radiusUnits"] == "pixels"
    assert all(layer.get("id") for layer in deck["layers"])
    point = layer_data(deck, "incidents")[0]
    assert point["a"].startswith("&lt;img") and point["l"] == "&lt;b&gt;Deir&lt;/b&gt;"
    assert point["r"] > 3  # sized by its 33 fatalities


def test_map_colours_points_by_event_type(store):
    pts = layer_data(decks(app(page="pages/map.py"))[0], "incidents")
    assert len({tuple(p["c"]) for p in pts}) == 4


def test_map_incident_in_url_is_shown_and_ringed(store):
    at = app(page="pages/map.py")
    iid = layer_data(decks(at)[0], "incidents")[0]["id"]
    at2 = app(page="pages/map.py", query={"incident": str(iid)})
    assert "selected" in layers(decks(at2)[0])
    assert any(s.value.startswith(("Battles", "Protests", "Riots", "Explosions")) for s in at2.subheader)


def test_map_switches_to_density_beyond_the_point_limit(empty_store, monkeypatch):
    from components import map as incident_map

    monkeypatch.setattr(incident_map, "MAX_POINTS", 3)
    empty_store.add_article("Many incidents in one article, for the density view.", {"incidents": [
        incident(latitude=35 + i / 100, longitude=40 + i / 100) for i in range(6)]})
    at = app(page="pages/map.py")
    deck = decks(at)[0]
    assert "density" in layers(deck) and "incidents" not in layers(deck)
    assert sum(c["w"] for c in layer_data(deck, "density")) == 6
    assert deck_bytes(at)[0] < 3_000_000


# --- incidents -----------------------------------------------------------------------------------------
def test_incidents_table_lists_the_filtered_set_with_downloads(store):
    at = app(page="pages/incidents.py")
    assert len(at.dataframe[0].value) == 4
    labels = {b.label for b in at.get("download_button")}
    assert {"Download CSV (ACLED columns)", "Download GeoJSON"} <= labels


def test_incident_detail_shows_fields_precision_and_highlighted_evidence(store):
    at = app(page="pages/incidents.py")
    battle = at.dataframe[0].value.query("event_type == 'Battles'")["id"].iloc[0]
    at = app(page="pages/incidents.py", query={"incident": str(battle)})
    fields = dict(at.dataframe[1].value[["Field", "Value"]].values)
    assert fields["Time precision"] == "1 — day known"
    assert fields["Geo precision"] == "1 — the place itself"
    assert fields["Fatalities range"] == "33–40"
    assert fields["Sources"] == "Amaq, SOHR"
    html = html_of(at)
    assert '<mark class="hl-evidence">Islamic State fighters killed 33 Syrian soldiers</mark>' in html
    assert "according to the Syrian Observatory" in html  # the rest of the paragraph is there too


def test_unknown_incident_in_url_asks_for_a_selection(store):
    at = app(page="pages/incidents.py", query={"incident": "987654"})
    assert any("Select an incident" in i.value for i in at.info)


# --- articles ------------------------------------------------------------------------------------------
def test_article_list_shows_outlet_date_and_incident_count(store):
    at = app(page="pages/articles.py")
    table = at.dataframe[0].value
    assert set(table["publisher"]) == {"Example Wire", "Other Times"}
    assert dict(zip(table["title"], table["incidents"])) == {"ISIS ambush kills soldiers": 2,
                                                             "Clashes in Kirkuk": 2}


def test_article_list_names_missing_metadata_instead_of_none(empty_store):
    empty_store.add_article("Gunmen attacked a market on Friday. Nothing else is known.", {"incidents": []})
    row = app(page="pages/articles.py").dataframe[0].value.iloc[0]
    assert (row["published"], row["publisher"], row["title"]) == ("undated", "unknown outlet", "(untitled)")


def test_article_list_follows_filters(store):
    at = app(page="pages/articles.py", query={"event_type": "Riots"})
    assert list(at.dataframe[0].value["title"]) == ["Clashes in Kirkuk"]


def test_reader_highlights_with_legend_and_lists_the_articles_incidents(store):
    at = app(page="pages/articles.py", query={"article": store.ids["a1"]})
    html = html_of(at)
    assert "sitrep-legend" in html
    for kind in ("figure", "date", "evidence"):
        assert f'class="hl-{kind}"' in html
    assert len(at.dataframe[1].value) == 2  # the article's incidents beside it


def test_hostile_article_text_is_shown_as_text(empty_store):
    aid, _ = empty_store.add_article(HOSTILE, {"title": "<script>t</script>", "incidents": [
        incident(evidence=[{"start": HOSTILE.index("Local"), "end": HOSTILE.index(" on Saturday"), "text": "x"}])]})
    at = app(page="pages/articles.py", query={"article": aid})
    html = html_of(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<script" not in html and "<img" not in html
    at = app(page="pages/incidents.py", query={"incident": "1"})
    assert "&lt;script&gt;" in html_of(at) and "<script" not in html_of(at)


def test_pasting_an_article_ingests_it_with_progress_and_refreshes(empty_store):
    at = app(page="pages/articles.py")
    at.text_area(key="add_text").input(
        "Clashes in Kirkuk\n\nOn 2 September 2023, clashes in Kirkuk between protesters left four people "
        "dead, police said.")
    at.text_input(key="add_title").input("Kirkuk clashes")
    at.button(key="FormSubmitter:add-Add articles").click().run()
    assert not at.exception
    assert any("1 added" in s.value for s in at.success)
    assert at.get("status") or at.get("expandable")
    at.run()
    assert "Kirkuk clashes" in set(at.dataframe[0].value["title"])


@pytest.mark.parametrize(("text", "message"), [
    ("hi", "error: pasted article.txt: too little text to be an article"),
])
def test_pasted_bad_text_gets_the_cli_error(empty_store, text, message):
    at = app(page="pages/articles.py")
    at.text_area(key="add_text").input(text)
    at.button(key="FormSubmitter:add-Add articles").click().run()
    assert any(e.value.startswith(message) for e in at.error), [e.value for e in at.error]


def test_pasting_the_same_article_twice_reports_a_duplicate(store):
    from explore_fixtures import ARTICLE_2

    at = app(page="pages/articles.py")
    at.text_area(key="add_text").input(ARTICLE_2)
    at.button(key="FormSubmitter:add-Add articles").click().run()
    assert any("1 skipped as duplicates" in i.value for i in at.info)


def test_submitting_nothing_asks_for_input(empty_store):
    at = app(page="pages/articles.py")
    at.button(key="FormSubmitter:add-Add articles").click().run()
    assert any("paste an article" in w.value for w in at.warning)


def test_uploading_files_adds_the_good_and_names_the_bad_like_the_cli(empty_store):
    at = app(page="pages/articles.py")
    up = at.file_uploader(key="add_files")
    up.upload("kirkuk.txt", (b"Clashes in Kirkuk\n\nOn 2 September 2023, clashes in Kirkuk between rival protesters "
                             b"left four people dead, police said."), "text/plain")
    up.upload("broken.json", b'{"text": ', "application/json")
    up.upload("binary.txt", b"\x00\x01\x02" * 50, "text/plain")
    at.button(key="FormSubmitter:add-Add articles").click().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert any(e.startswith("error: broken.json: malformed JSON") for e in errors), errors
    assert any(e.startswith("error: binary.txt: binary file") for e in errors), errors
    assert any("1 added" in s.value and "2 failed" in s.value for s in at.get("expandable")) or \
        any("1 added" in i.value for i in at.info)
    at.run()
    assert len(at.dataframe[0].value) == 1


def test_a_page_run_without_the_router_reruns_through_app_py(tmp_path):
    """A fresh server's first deep link runs the page alone (Streamlit's pages/ mode); it must reroute."""
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    script = tmp_path / "page.py"
    script.write_text("import streamlit as st\nfrom components.shell import ensure_router\n\n"
                      "ensure_router()\nst.write('routed')\n")
    PagesManager.uses_pages_directory = True
    try:
        at = AppTest.from_file(str(script)).run()
        assert PagesManager.uses_pages_directory is False
        assert [m.value for m in at.markdown] == ["routed"]
    finally:
        PagesManager.uses_pages_directory = False
