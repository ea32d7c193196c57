"""Actors: aliases, nationality + force noun, article-country generics, coreference; and the data files."""

import csv
import json
from collections import Counter

import pytest

from sitrep.config import PACKAGE_DATA
from sitrep.extract.actors import find_actors


def actors(text, country=None):
    return [(a.text, a.actor) for a in find_actors(text, country=country)]


@pytest.mark.parametrize("text, expected", [
    ("Fighters of the Islamic State group ambushed a patrol", "Islamic State"),
    ("Daesh remnants attacked shepherds", "Islamic State"),
    ("HTS shelled the town", "Hayat Tahrir al-Sham"),
    ("the Kurdish-led SDF said", "Syrian Democratic Forces"),
    ("al-Shabab militants stormed a hotel", "Al-Shabaab"),
    ("ISWAP fighters overran the base", "Islamic State West Africa Province"),
    ("Houthi rebels fired a missile", "Houthis"),
    ("the Rapid Support Forces (RSF) said", "Rapid Support Forces"),
    ("Kataib Hezbollah denied", "Kataib Hezbollah"),
    ("Tatmadaw troops burned the village", "Military Forces of Myanmar"),
    ("JNIM claimed the ambush", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("the Pakistani Taliban (TTP) said", "Tehrik-i-Taliban Pakistan"),
    ("Fano militiamen entered the town", "Fano"),
    ("M23 rebels advanced on Goma", "M23"),
    ("the Israel Defense Forces said", "Military Forces of Israel"),
    ("Wagner mercenaries and Malian soldiers", "Wagner Group"),
    ("terrorists belonging to Fitna al Khawarij attacked a checkpoint", "Tehrik-i-Taliban Pakistan"),  # ISPR usage
    ("khawarij were killed in the operation", "Tehrik-i-Taliban Pakistan"),
])
def test_named_armed_groups_and_state_forces(text, expected):
    assert expected in [a for _, a in actors(text)]


@pytest.mark.parametrize("text, expected", [
    ("Iraqi security forces found the launchers", "Military Forces of Iraq"),
    ("Syrian soldiers were killed", "Military Forces of Syria"),
    ("US occupation troops mobilized", "Military Forces of the United States"),
    ("Russian warplanes struck", "Military Forces of Russia"),
    ("Ukrainian drones hit a depot", "Military Forces of Ukraine"),
    ("Nigerian troops repelled the attack", "Military Forces of Nigeria"),
    ("Somalia's army said", "Military Forces of Somalia"),
    ("Turkish-backed factions shelled", "Syrian National Army"),
    ("Kenyan police officers were wounded", "Police Forces of Kenya"),
    ("Palestinians were killed", "Civilians"),
])
def test_nationality_plus_force_noun(text, expected):
    assert expected in [a for _, a in actors(text)]


@pytest.mark.parametrize("text, country, expected", [
    ("the army shelled rebel positions", "Sudan", "Military Forces of Sudan"),
    ("government forces retook the village", "Syria", "Military Forces of Syria"),
    ("police fired tear gas", "Kenya", "Police Forces of Kenya"),
    ("a federal police patrol was hit", "Iraq", "Police Forces of Iraq"),
])
def test_generic_forces_take_the_article_country(text, country, expected):
    assert expected in [a for _, a in actors(text, country)]


def test_generic_forces_prefer_a_country_named_in_the_same_sentence():
    got = actors("Fighting in Burkina Faso continued. In neighbouring Mali, the army said it killed 15 militants.",
                 "Burkina Faso")
    assert ("army", "Military Forces of Mali") in got


def test_generic_forces_are_skipped_without_any_country():
    assert actors("the army said") == []


def test_group_coreference_points_to_the_last_named_armed_group():
    got = actors("ISIS attacked a convoy. The Sunni extremist group claimed responsibility.")
    assert ("The Sunni extremist group", "Islamic State") in got


def test_unidentified_attackers_named_by_apposition():
    got = find_actors("The monitor said the attackers, whom it described as Islamic State cells, abducted 40 people.")
    attackers = next(a for a in got if a.text == "attackers")
    assert attackers.actor == "Islamic State" and attackers.extra["identified_as"] == "Islamic State"


@pytest.mark.parametrize("text", ["IS IT TRUE", "it is what it is", "us and them"])
def test_acronyms_match_only_in_capitals(text):
    assert "Islamic State" not in [a for _, a in actors(text)] or text.startswith("IS ")


def test_civilian_victims():
    assert ("truffle hunters", "Civilians") in actors("a landmine killed three truffle hunters")


def _jsonl(name):
    return [json.loads(line) for line in (PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_actors_file_loads_with_unique_names_and_aliases():
    recs = _jsonl("actors.jsonl")
    names = Counter(r["name"] for r in recs)
    assert not [n for n, c in names.items() if c > 1]
    aliases = Counter(a.lower() for r in recs for a in r["aliases"])
    assert not [a for a, c in aliases.items() if c > 1]
    assert all({"name", "kind", "aliases"} <= set(r) for r in recs)


@pytest.mark.parametrize("name, key", [("demonyms.csv", "term"), ("event_types.csv", None), ("event_triggers.csv", "pattern")])
def test_csv_data_files_load_without_duplicate_keys(name, key):
    with open(PACKAGE_DATA / name, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    keys = [r[key] for r in rows] if key else [(r["event_type"], r["sub_event_type"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_event_types_file_has_all_six_acled_types():
    with open(PACKAGE_DATA / "event_types.csv", encoding="utf-8") as f:
        types = {r["event_type"] for r in csv.DictReader(f)}
    assert types == {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                     "Strategic developments"}


@pytest.mark.parametrize("text, expected", [
    ("Published 3 May 2024\n\nGunmen killed five herders", ("Gunmen", "Unidentified Armed Group")),
    ("The talks ended. Police said two died", ("Police", "Police Forces of Kenya")),
])
def test_capitalised_generic_at_a_sentence_or_line_start_is_an_actor(text, expected):
    assert expected in actors(text, "Kenya")


def test_common_noun_inside_a_proper_name_is_not_an_actor():
    assert actors("troops entered the Donetsk People's Republic", "Ukraine") == [("troops", "Military Forces of Ukraine")]


def test_every_trigger_maps_to_an_acled_type_and_sub_type():
    with open(PACKAGE_DATA / "event_types.csv", encoding="utf-8") as f:
        taxonomy = {(r["event_type"], r["sub_event_type"]) for r in csv.DictReader(f)}
    with open(PACKAGE_DATA / "event_triggers.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    bad = [r["pattern"] for r in rows if r["sub_event_type"] and (r["event_type"], r["sub_event_type"]) not in taxonomy]
    assert not bad
    assert {r["event_type"] for r in rows} <= {t for t, _ in taxonomy}


@pytest.mark.parametrize("text, country, expected", [
    ("terrorist organizations positioned in Idleh countryside targeted army posts", "Syria",
     ("terrorist organizations", "Unidentified Armed Group")),
    ("unknown miscreants opened fire on a police checkpoint", "Pakistan", ("miscreants", "Unidentified Armed Group")),
    ("Islamic State-linked insurgents beheaded two villagers", "Mozambique",
     ("Islamic State-linked insurgents", "Islamic State")),
    ("Hamas said its fighters fired an anti-tank missile", None, ("its fighters", "Hamas")),
    ("Kuki militants attacked a village in Manipur", "India", ("Kuki militants", "Kuki Ethnic Militia")),
])
def test_state_media_and_regional_wording(text, country, expected):
    assert expected in actors(text, country)


def test_bare_militants_are_never_a_pro_government_militia():
    text = "JNIM fighters ambushed VDP volunteers near Djibo. An army drone strike then hit a gathering of militants."
    got = dict(actors(text, "Burkina Faso"))
    assert got["militants"] == "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize("text", [
    "The G9 alliance led by former police officer Jimmy Cherizier claimed the attack",
    "a retired army general said",
])
def test_a_former_officer_is_a_person_not_the_force(text):
    assert not [a for t, a in actors(text, "Haiti") if a.startswith(("Police Forces", "Military Forces"))]


def test_a_comma_ends_a_country_name_before_a_force_noun():
    got = actors("In neighbouring Uganda, troops shelled rebel positions.", "Democratic Republic of Congo")
    assert ("Uganda, troops", "Military Forces of Uganda") not in got


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab fighters attacked a convoy", ("Al-Shabaab fighters", "Al-Shabaab")),
    ("M23 rebels seized the town", ("M23 rebels", "M23")),
])
def test_a_groups_members_are_the_group(text, expected):
    assert actors(text, "Somalia")[0] == expected


def test_a_group_led_fighter_noun_is_the_group():
    assert ("Hamas-led gunmen", "Hamas") in actors("Hamas-led gunmen stormed into southern Israel", "Israel")


@pytest.mark.parametrize("text, absent", [
    ("GAZA CITY (AA) - Three Palestinians were killed in a drone strike.", "Arakan Army"),
    ("RAKHINE (AA) - the statement said", "Arakan Army"),
])
def test_an_agency_acronym_in_a_dateline_is_not_an_actor(text, absent):
    assert absent not in [a for _, a in actors(text)]


def test_the_same_acronym_in_the_story_is_still_an_actor():
    assert "Arakan Army" in [a for _, a in actors("The AA seized a town in Rakhine state on Sunday.")]


@pytest.mark.parametrize("text, expected", [
    ("The United States and Britain struck more than 60 targets overnight.",
     [("United States", "Military Forces of the United States"), ("Britain", "Military Forces of the United Kingdom")]),
    ("Officials said Russia launched 99 missiles overnight.", [("Russia", "Military Forces of Russia")]),
    ("A drone strike in northern Syria killed a senior commander.", []),
    ("Turkey bombed positions near the border.", [("Turkey", "Military Forces of Turkey")]),
    ("Aid reached Sudan on Monday.", []),
])
def test_a_country_as_the_subject_of_an_attack_verb_is_its_armed_forces(text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize("text", [
    ("Drone bombs rock villages; nine Maoists killed in encounter\n\nTwo people were killed when suspected militants "
    "dropped explosives on a village, police said."),
    "Maoists ambushed a patrol in the forest, police said.\n\nKABUL - Suspected militants attacked a checkpoint.",
])
def test_bare_militants_do_not_take_a_group_from_a_headline_or_another_story(text):
    assert [a for a, name in actors(text) if a.lower() == "militants" and name != "Unidentified Armed Group"] == []


def test_a_group_that_denied_any_role_is_not_who_the_militants_are():
    found = find_actors("Boko Haram denied any role in the bombing. On Monday night, militants tried to storm a base.")
    assert [a.actor for a in found if a.text == "militants"] == ["Unidentified Armed Group"]


def test_a_country_blamed_for_an_attack_is_its_armed_forces():
    assert actors("Hamas and Hezbollah blamed Israel.")[-1] == ("Israel", "Military Forces of Israel")


@pytest.mark.parametrize("text, expected", [
    ("Iraqi F-16 jets struck a hideout", "Military Forces of Iraq"),
    ("Russian Su-25 warplanes bombed the village", "Military Forces of Russia"),
    ("Turkish TB2 drones hit a car", "Military Forces of Turkey"),
])
def test_an_aircraft_model_between_nationality_and_force_noun_keeps_the_force(text, expected):
    assert actors(text)[0][1] == expected


@pytest.mark.parametrize("text", ["Government shelling on the town killed five civilians", "regime airstrikes hit the town"])
def test_government_or_regime_weapons_are_the_states_forces(text):
    assert actors(text, country="Syria")[0][1] == "Military Forces of Syria"


@pytest.mark.parametrize("text, expected", [
    ("the village came under fire from the Ukrainian side overnight", "Military Forces of Ukraine"),
    ("the Azerbaijani side opened fire on Armenian positions", "Military Forces of Azerbaijan"),
    ("the Russian side said it shelled the border village", "Military Forces of Russia"),
])
def test_the_demonym_side_is_that_states_forces(text, expected):
    assert expected in [a for _, a in actors(text)]


@pytest.mark.parametrize("text, expected", [
    ("a gang of heavily armed men believed to be al-Shabaab militants stormed the village", "Al-Shabaab"),
    ("a gang of gunmen suspected to be Boko Haram fighters ambushed the patrol", "Boko Haram"),
])
def test_a_gang_of_men_identified_as_a_group_is_that_group(text, expected):
    assert {a for _, a in actors(text, country="Kenya")} == {expected}


@pytest.mark.parametrize("text, country, expected", [
    ("JEM fighters attacked the town", "Sudan", "Justice and Equality Movement"),
    ("JEM fighters attacked the town", "Pakistan", "Jaish-e-Mohammed"),
    ("separatists attacked the town", "Cameroon", "Ambazonian Separatists"),
    ("separatists attacked the town", "Ukraine", None),
])
def test_an_alias_limited_to_some_countries_names_the_group_only_there(monkeypatch, text, country, expected):
    import sitrep.extract.actors as A

    recs = [json.loads(line) for line in (PACKAGE_DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    recs = [r for r in recs if "JEM" not in r["aliases"] and r["name"].lower() != "ambazonian separatists"] + [
        {"name": "Justice and Equality Movement", "kind": "armed group", "country": "Sudan", "aliases": [],
         "alias_countries": {"JEM": ["Sudan", "Chad"]}},
        {"name": "Jaish-e-Mohammed", "kind": "armed group", "country": "Pakistan", "aliases": [],
         "alias_countries": {"JEM": ["Pakistan", "India"]}},
        {"name": "Ambazonian Separatists", "kind": "armed group", "country": "Cameroon", "aliases": [],
         "alias_countries": {"separatists": ["Cameroon"]}},
    ]
    with open(PACKAGE_DATA / "demonyms.csv", encoding="utf-8") as f:
        lex = A.ActorLexicon(recs, list(csv.DictReader(f)))
    monkeypatch.setattr(A, "lexicon", lambda: lex)
    names = [a.actor for a in A.find_actors(text, country=country)]
    assert (expected in names) if expected else not any("Ambazonia" in x for x in names)


@pytest.mark.parametrize("text, expected", [
    ("Segunda Marquetalia fighters attacked a police station on Monday. Dissidents also burned two trucks.",
     "Segunda Marquetalia"),
    ("Estado Mayor Central units ambushed an army patrol. The dissidents then withdrew into the jungle.",
     "Estado Mayor Central"),
])
def test_bare_dissidents_are_the_faction_last_named(text, expected):
    assert [a for t, a in actors(text, country="Colombia") if "issidents" in t] == [expected]
