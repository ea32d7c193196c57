"""components/filters.py through the whole app: every filter narrows the table and the map, and the URL
follows; the URL seeds the filters; values survive a page switch; reset clears them."""

import pytest
from chart_specs import decks, layer_data
from explore_fixtures import app


def table_rows(at) -> int:
    return len(at.dataframe[0].value)


def map_points(at) -> int:
    return len(layer_data(decks(at)[0], "incidents"))


def match_line(at) -> str:
    return next(m.value for m in at.sidebar.markdown if "incidents match" in m.value)


# (widget key, value to set, expected incidents, expected query string value)
CASES = [
    ("actor", ["Islamic State"], 1, ["Islamic State"]),
    ("actor", ["Police Forces of Iraq"], 1, ["Police Forces of Iraq"]),
    ("country", ["Iraq"], 3, ["Iraq"]),
    ("region", ["Kirkuk"], 2, ["Kirkuk"]),
    ("event_type", ["Riots", "Protests"], 2, ["Riots", "Protests"]),
    ("source", ["SOHR"], 2, ["SOHR"]),
    ("since", "2023-09-01", 2, "2023-09-01"),
    ("until", "2023-08-10", 1, "2023-08-10"),
    ("single_source", True, 2, "1"),
]


def _set(at, key, value):
    if key in ("since", "until"):
        at.date_input(key=key).set_value(value)
    elif key == "single_source":
        at.checkbox(key=key).check()
    else:
        at.multiselect(key=key).set_value(value)
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def url_values(at, key) -> list[str]:
    """A query parameter's values as a list (AppTest gives a str for one value, a list for several)."""
    v = at.query_params.get(key)
    return [] if v is None else [v] if isinstance(v, str) else list(v)


@pytest.mark.parametrize(("key", "value", "expected", "qp"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_filter_shrinks_table_and_writes_url(store, key, value, expected, qp):
    at = app(page="pages/incidents.py")
    assert table_rows(at) == 4
    _set(at, key, value)
    assert table_rows(at) == expected
    assert match_line(at) == f"**{expected} of 4 incidents match**"
    assert url_values(at, key) == (qp if isinstance(qp, list) else [qp])


@pytest.mark.parametrize(("key", "value", "expected", "qp"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_filter_shrinks_map_layer_data(store, key, value, expected, qp):
    at = app(page="pages/map.py")
    assert map_points(at) == 4
    _set(at, key, value)
    n = map_points(at) if decks(at) and expected else 0
    assert n == expected


def test_url_seeds_the_filters_and_drops_unknown_values(store):
    at = app(query={"actor": ["Islamic State", "No Such Group"], "since": "2023-08-01", "country": "Syria"})
    assert at.multiselect(key="actor").value == ["Islamic State"]
    assert at.multiselect(key="country").value == ["Syria"]
    assert str(at.date_input(key="since").value) == "2023-08-01"
    assert match_line(at) == "**1 of 4 incidents match**"


def test_bad_date_in_url_is_ignored(store):
    at = app(query={"until": "not-a-date"})
    assert at.date_input(key="until").value is None
    assert match_line(at) == "**4 of 4 incidents match**"


def test_filters_survive_a_page_switch_and_stay_in_the_url(store):
    at = app(page="pages/map.py")
    _set(at, "country", ["Iraq"])
    at.switch_page("pages/incidents.py")
    at.query_params.clear()  # what the browser does on a page switch
    at.run()
    assert table_rows(at) == 3
    assert at.multiselect(key="country").value == ["Iraq"]
    assert url_values(at, "country") == ["Iraq"]


def test_country_narrows_region_options_and_drops_regions_outside_it(store):
    at = app()
    assert "Deir ez-Zor" in at.multiselect(key="region").options
    _set(at, "region", ["Deir ez-Zor"])
    _set(at, "country", ["Iraq"])
    assert "Deir ez-Zor" not in at.multiselect(key="region").options
    assert at.multiselect(key="region").value == []
    assert match_line(at) == "**3 of 4 incidents match**"


def test_actor_options_are_canonical_actors_from_either_side(store):
    opts = app().multiselect(key="actor").options
    assert {"Islamic State", "Military Forces of Syria", "Police Forces of Iraq"} <= set(opts)


def test_reset_clears_every_filter_and_the_url(store):
    at = app(query={"actor": "Islamic State", "source": "SOHR", "single_source": "1"})
    assert match_line(at) == "**0 of 4 incidents match**"
    at.button(key="flt__reset").click()
    at.run()
    assert match_line(at) == "**4 of 4 incidents match**"
    assert at.multiselect(key="actor").value == [] and not at.checkbox(key="single_source").value
    assert not any(k in at.query_params for k in ("actor", "source", "single_source"))


def test_widget_labels_are_stable_for_browser_tests(store):
    at = app()
    labels = {w.label for w in list(at.sidebar.multiselect) + list(at.sidebar.date_input)}
    assert {"Actor", "Country", "Region", "Event type", "Source", "From", "To"} <= labels
    assert at.sidebar.button(key="flt__reset").label == "Reset filters"


def test_from_after_to_is_called_out(store):
    at = app(query={"since": "2023-09-01", "until": "2023-08-01"})
    assert any("after" in w.value for w in at.sidebar.warning)
    assert match_line(at) == "**0 of 4 incidents match**"


def test_sidebar_states_the_date_span_of_the_store(store):
    assert any("2023-08-10 to 2023-09-02" in c.value for c in app().sidebar.caption)
