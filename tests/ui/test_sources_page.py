"""Sources page in AppTest: renders with data and with an empty store; the single-source toggle shrinks
the corroboration table; shared filters narrow every view."""

import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sources_fixtures import N_INCIDENTS

from sitrep.queries import Filters

PAGE = str(ROOT / "pages" / "sources.py")


def _run(flt=None):
    at = AppTest.from_file(PAGE, default_timeout=60)
    if flt is not None:
        at.session_state["flt"] = flt
    return at.run()


def _frame(at, columns):
    """The first dataframe on the page holding these columns."""
    for d in at.dataframe:
        if set(columns) <= set(d.value.columns):
            return d.value
    raise AssertionError(f"no table with columns {columns}")


def test_page_shows_sources_chains_corroboration_disagreement_and_claims(filled):
    at = _run()
    assert not at.exception
    assert at.title[0].value == "Sources"
    sources = _frame(at, ["source", "type", "claims", "incidents", "first_seen", "last_seen"])
    assert {"SOHR", "SANA", "Local sources", "Islamic Resistance in Iraq"} <= set(sources["source"])
    paths = _frame(at, ["source", "via", "publisher"])
    assert ("Local sources", "Sputnik", "The Cradle") in set(zip(paths["source"], paths["via"], paths["publisher"]))
    corr = _frame(at, ["n_sources", "single_source"])
    assert len(corr) == N_INCIDENTS
    dis = _frame(at, ["low", "high", "who_said"])
    assert list(dis["who_said"]) == ["SANA: 12 · SOHR: 15"]
    claims = _frame(at, ["actor", "kind", "claim"])
    assert {("Islamic State", "accusation"), ("Islamic Resistance in Iraq", "responsibility")} <= set(
        zip(claims["actor"], claims["kind"]))
    labels = {m.label: m.value for m in at.metric}
    assert labels["Conflicting figures"] == "1" and labels["Single-source incidents"] == "2"
    # side by side: one metric per source for the disputed incident
    assert labels["SANA"] == "12" and labels["SOHR"] == "15"


def test_single_source_toggle_shrinks_the_corroboration_table(filled):
    at = _run()
    before = _frame(at, ["n_sources", "single_source"])
    at.toggle(key="sources_single_only").set_value(True).run()
    after = _frame(at, ["n_sources", "single_source"])
    assert not at.exception
    assert len(after) < len(before)
    assert after["single_source"].all() and len(after) == 2


def test_shared_filters_narrow_every_view(filled):
    at = _run(Filters(countries=["Iraq"]))
    assert not at.exception
    sources = _frame(at, ["source", "type", "claims", "incidents"])
    assert list(sources["source"]) == ["Iraqi health officials"]
    assert len(_frame(at, ["n_sources", "single_source"])) == 1


def test_choosing_an_incident_shows_the_claims_behind_it(filled):
    at = _run()
    box = at.selectbox(key="sources_corr_pick")
    sukhnah = next(i for i in range(1, N_INCIDENTS + 1) if "Al-Sukhnah" in box.format_func(i))
    box.select(sukhnah).run()
    assert not at.exception
    claims = _frame(at, ["source", "kind", "text"])
    assert {"SOHR", "SANA"} <= set(claims["source"])


def test_empty_store_says_so_without_error(empty):
    at = _run()
    assert not at.exception
    assert at.title[0].value == "Sources"
    assert any("No sourced incidents" in i.value for i in at.info)


def test_sources_page_in_the_app_follows_the_sidebar_filters(store):
    """Inside app.py (the team's seeded store): picking a country in the sidebar narrows the page."""
    from explore_fixtures import app

    from sitrep.queries import load_incidents

    inc = load_incidents(store)
    at = app(page="pages/sources.py")
    assert at.title[0].value == "Sources"
    assert len(_frame(at, ["n_sources", "single_source"])) == len(inc)
    at.multiselect(key="country").set_value(["Iraq"]).run()
    assert not at.exception
    assert len(_frame(at, ["n_sources", "single_source"])) == int((inc["country"] == "Iraq").sum())
