"""Source analysis: source table, chains, corroboration, disagreement, responsibility — and the filters."""

import datetime as dt

import pandas as pd
import pytest
from sources_fixtures import N_INCIDENTS, make_store

from sitrep import analysis
from sitrep.queries import Filters, load_attributions, load_incidents


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("analysis"))
    return load_incidents(store, evidence=True), load_attributions(store)


def view(frames, flt=None):
    return analysis.sources_view(*frames, flt)


def _row(df, **eq):
    m = pd.Series(True, index=df.index)
    for k, v in eq.items():
        m &= df[k] == v
    assert m.sum() == 1, eq
    return df[m].iloc[0]


def test_source_table_counts_claims_incidents_and_dates(frames):
    src = view(frames).sources
    sana = _row(src, source="SANA")
    assert (sana["type"], sana["claims"], sana["incidents"]) == ("state media", 2, 1)
    assert (sana["first_seen"], sana["last_seen"]) == ("2023-03-18", "2023-03-18")
    local = _row(src, source="Local sources")
    assert local["via"] == "Sputnik" and local["publishers"] == "The Cradle"


def test_source_with_claims_but_no_incident_is_listed_with_zero_incidents(frames):
    gov = _row(view(frames).sources, source="Syrian government")
    assert (gov["claims"], gov["incidents"]) == (1, 0)


def test_source_named_only_on_an_incident_is_listed_with_its_type_from_the_outlets_file(frames):
    sputnik = _row(view(frames).sources, source="Sputnik")
    assert (sputnik["claims"], sputnik["incidents"]) == (0, 1)
    assert sputnik["type"] == analysis.known_source_types().get("Sputnik", analysis.UNKNOWN_TYPE)


def test_outlets_file_gives_types_but_claims_win():
    known = analysis.known_source_types()
    assert len(known) > 50 and all(isinstance(t, str) and t for t in known.values())
    name = next(iter(known))
    att = pd.DataFrame({"source": [name], "source_type": ["local sources"]})
    assert analysis.source_types(att)[name] == "local sources"


def test_publisher_is_not_a_source(frames):
    assert not {"The Cradle", "Levant Ledger", "Gulf & Levant Review"} & set(view(frames).sources["source"])


@pytest.mark.parametrize("src, dst, stage, claims", [
    ("Local sources", "Sputnik", "via", 1),
    ("Sputnik", "The Cradle", "published", 1),
    ("SANA", "Levant Ledger", "published", 2),
    ("Islamic Resistance in Iraq", "Telegram", "via", 1),
])
def test_chains_go_source_via_publisher(frames, src, dst, stage, claims):
    edge = _row(view(frames).chains, **{"from": src, "to": dst})
    assert (edge["stage"], edge["claims"]) == (stage, claims)


def test_chain_without_via_goes_straight_to_the_publisher(frames):
    ch = view(frames).chains
    assert not ((ch["from"] == "SOHR") & (ch["stage"] == "via")).any()
    _row(ch, **{"from": "SOHR", "to": "Levant Ledger"})


def test_corroboration_flags_single_source_and_one_type_incidents(frames):
    corr = view(frames).corroboration
    assert len(corr) == N_INCIDENTS
    tanf = _row(corr, location="Al-Tanf")
    assert tanf["single_source"] and tanf["one_type_only"] == "armed group"
    sukhnah = _row(corr, location="Al-Sukhnah")
    assert not sukhnah["single_source"] and sukhnah["source_types"] == "monitor + state media"
    by_n, by_type = analysis.corroboration_summary(corr)
    assert dict(zip(by_n["sources"], by_n["incidents"])) == {"1": 2, "2": 2}
    assert by_type["incidents"].sum() == N_INCIDENTS


def test_disagreement_lists_who_said_which_figure(frames):
    dis = view(frames).disagreements
    assert len(dis) == 1
    row = dis.iloc[0]
    assert (row["location"], row["low"], row["high"]) == ("Al-Sukhnah", 12, 15)
    assert row["who_said"] == "SANA: 12 · SOHR: 15"
    long = analysis.disagreement_claims(dis)
    assert dict(zip(long["source"], long["fatalities"])) == {"SANA": 12, "SOHR": 15}


def test_one_figure_from_two_sources_is_no_disagreement():
    inc = pd.DataFrame([{"id": 1, "article_id": "a", "idx": 0, "event_date": None, "location": "X",
                         "country": None, "event_type": None, "article_title": None,
                         "fatality_claims": [{"source": "A", "fatalities": 3}, {"source": "B", "fatalities": 3}]}])
    assert analysis.disagreements(inc).empty


def test_responsibility_and_accusation_are_grouped_by_actor(frames):
    v = view(frames)
    claims = v.actor_claims
    irq = _row(claims, actor="Islamic Resistance in Iraq")
    assert irq["kind"] == "responsibility" and irq["source"] == "Islamic Resistance in Iraq"
    isis = _row(claims, actor="Islamic State")
    assert isis["kind"] == "accusation" and isis["source"] == "SANA"
    summary = v.actor_summary.set_index("actor")
    assert summary.loc["Islamic State", "accusation"] == 1 and summary.loc["Islamic State", "total"] == 1


def test_target_column_wins_over_the_incident_actor(frames):
    inc, att = frames
    att = att.assign(target=None)
    att.loc[att["kind"] == "accusation", "target"] = "ISIS cells"
    assert "ISIS cells" in set(analysis.actor_claims(att, inc)["actor"])


def test_incident_filter_keeps_only_the_claims_behind_those_incidents(frames):
    v = view(frames, Filters(countries=["Iraq"]))
    assert len(v.incidents) == 1
    assert set(v.attributions["source"]) == {"Iraqi health officials"}
    assert list(v.sources["source"]) == ["Iraqi health officials"]
    assert v.disagreements.empty and v.actor_claims.empty


def test_source_filter_keeps_that_source_and_its_incidents(frames):
    v = view(frames, Filters(sources=["SANA"]))
    assert set(v.attributions["source"]) == {"SANA"}
    assert list(v.incidents["location"]) == ["Al-Sukhnah"]


def test_date_filter_applies_to_incidents_then_claims(frames):
    v = view(frames, Filters(since=dt.date(2023, 9, 1)))
    assert set(v.incidents["location"]) == {"Al-Tanf", "Kirkuk"}
    assert "SOHR" not in set(v.attributions["source"])


def test_single_source_filter(frames):
    v = view(frames, Filters(single_source_only=True))
    assert v.corroboration["single_source"].all() and len(v.corroboration) == 2


def test_empty_frames_give_empty_tables():
    empty_inc = pd.DataFrame(columns=["id", "article_id", "idx", "sources", "fatality_claims", "event_date",
                                      "n_sources", "actor1", "actor2", "country", "admin1", "event_type"])
    empty_att = pd.DataFrame(columns=["article_id", "incident_idx", "source", "source_type", "via", "kind"])
    v = analysis.sources_view(empty_inc, empty_att, Filters(countries=["Syria"]))
    for df in (v.sources, v.chains, v.corroboration, v.disagreements, v.actor_claims, v.actor_summary):
        assert df.empty


def test_evidence_for_lists_evidence_then_backing_claims(frames):
    inc, att = frames
    rec = inc[inc["location"] == "Al-Sukhnah"].iloc[0].to_dict()
    got = analysis.evidence_for(rec, att)
    assert got[0]["kind"] == "evidence" and "15 truffle hunters" in got[0]["text"]
    assert {g["source"] for g in got[1:]} == {"SOHR", "SANA"}


def test_claims_with_no_actor_are_listed_last():
    claims = pd.DataFrame({"actor": [analysis.NO_ACTOR] * 3 + ["Islamic State"],
                           "kind": ["accusation"] * 3 + ["responsibility"], "claim": ["c"] * 4})
    summary = analysis.actor_claim_summary(claims)
    assert list(summary["actor"]) == ["Islamic State", analysis.NO_ACTOR]


def test_single_source_counts_match_the_corroboration_table(frames):
    inc, att = frames
    corr = analysis.corroboration(inc, att)
    total, head = analysis.single_source(inc, att, head=1)
    assert total == int(corr["single_source"].sum())
    assert list(head["id"]) == list(corr[corr["single_source"]]["id"].head(1))
    assert list(analysis.distinct_source_counts(inc)) == list(
        corr.set_index("id").loc[inc["id"], "n_sources"])


@pytest.mark.parametrize(("values", "order", "expected"), [
    (["b", "a", None, "b"], [3, 2, 0], ["b", None, "b"]),
    ([1.5, 2.5, 3.5], [2, 0], [3.5, 1.5]),
])
def test_taken_reorders_text_and_numbers(values, order, expected):
    import numpy as np

    got = analysis.taken(pd.Series(values, dtype="str" if isinstance(values[0], str) else float), np.array(order))
    assert [None if pd.isna(v) else v for v in list(got)] == expected


def test_date_strings_format_each_day_and_leave_unknown_empty():
    s = pd.Series(pd.to_datetime(["2023-03-18", None, "2023-03-18", "2024-01-02"]))
    assert analysis.date_strings(s).tolist() == ["2023-03-18", None, "2023-03-18", "2024-01-02"]
