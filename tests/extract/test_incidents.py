"""Incident assembly on hand-made Docs: places are given, so these test only the incident rules."""

import datetime as dt
import re

import pytest

from sitrep.extract.mentions import Place, PlaceMention
from sitrep.extract.meta import read_meta
from sitrep.extract.pipeline import get_nlp

PLACES = {
    "Maiduguri": Place("Maiduguri", "Borno", "Nigeria", 11.85, 13.16, 1, "city"),
    "Bama": Place("Bama", "Borno", "Nigeria", 11.52, 13.69, 1, "city"),
    "Borno": Place("Borno", "Borno", "Nigeria", 11.5, 13.0, 3, "admin1"),
    "Mogadishu": Place("Mogadishu", "Banaadir", "Somalia", 2.04, 45.34, 1, "city"),
    "Afgoye": Place("Afgoye", "Lower Shabelle", "Somalia", 2.14, 45.12, 1, "city"),
    "Kharkiv": Place("Kharkiv", "Kharkiv", "Ukraine", 49.99, 36.23, 1, "city"),
    "Izium": Place("Izium", "Kharkiv", "Ukraine", 49.21, 37.26, 1, "city"),
    "Goma": Place("Goma", "North Kivu", "Democratic Republic of Congo", -1.68, 29.22, 1, "city"),
    "Sake": Place("Sake", "North Kivu", "Democratic Republic of Congo", -1.57, 29.04, 1, "city"),
    "Rutshuru": Place("Rutshuru", "North Kivu", "Democratic Republic of Congo", -1.18, 29.45, 1, "city"),
    "Munigi": Place("Munigi", "North Kivu", "Democratic Republic of Congo", -1.63, 29.23, 1, "city"),
}


def run(text, published="2024-03-09", country=None, attributions=None):
    nlp = get_nlp()
    meta = read_meta(text)
    doc = nlp.make_doc(text)
    doc._.warnings = []
    doc._.published = dt.date.fromisoformat(published) if published else None
    doc._.body_start = meta["body_start"]
    doc._.story_starts = meta.get("story_starts") or []
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    starts = [s.start_char for s in doc.sents]
    mentions = []
    for name, place in PLACES.items():
        for m in re.finditer(re.escape(name), text):
            sent = max(i for i, s in enumerate(starts) if s <= m.start())
            mentions.append(PlaceMention(m.start(), m.end(), name, place, sent))
    doc._.places = sorted(mentions, key=lambda p: p.start)
    doc._.country_hint = country
    doc = nlp.get_pipe("sitrep_actors")(doc)
    doc._.attributions = attributions or []
    doc = nlp.get_pipe("sitrep_incidents")(doc)
    return doc._.incidents


def test_passive_voice_puts_the_victims_second_and_counts_the_dead():
    (inc,) = run("Nine soldiers were killed when Boko Haram fighters attacked their base near Maiduguri on Monday, "
                 "the army said on Wednesday.", country="Nigeria")
    assert inc["actor1"] == "Boko Haram" and inc["actor2"] == "Military Forces of Nigeria"
    assert inc["event_type"] == "Battles" and inc["fatalities"] == 9
    assert inc["event_date"] == "2024-03-04"  # Monday, not the Wednesday it was reported
    assert inc["location"] == "Maiduguri"


def test_two_events_in_one_sentence_each_keep_their_own_date():
    incs = run("On 2 March, ISWAP fighters killed six soldiers in Bama, while a week earlier, a roadside bomb "
               "killed four farmers near Maiduguri.", country="Nigeria")
    assert [(i["event_date"], i["location"], i["fatalities"]) for i in incs] == [
        ("2024-03-02", "Bama", 6), ("2024-02-24", "Maiduguri", 4)]
    assert incs[1]["sub_event_type"] == "Remote explosive/landmine/IED" and incs[1]["actor2"] == "Civilians (Nigeria)"


def test_back_references_add_to_the_event_instead_of_creating_one():
    incs = run("A car bomb exploded at a checkpoint in Mogadishu on Thursday, killing seven people, police said.\n\n"
               "Al-Shabaab claimed responsibility for the bombing in a statement.\n\n"
               "The blast also damaged a nearby hotel.", country="Somalia")
    assert len(incs) == 1
    inc = incs[0]
    assert inc["actor1"] == "Al-Shabaab" and inc["actor1_claimed"] is True
    assert inc["fatalities"] == 7 and len(inc["evidence"]) == 3


def test_blame_names_the_attacker():
    incs = run("An air strike hit a market in Afgoye on Tuesday, killing 12 civilians. Residents blamed the "
               "Somali army for the strike.", country="Somalia")
    assert len(incs) == 1 and incs[0]["actor1"] == "Military Forces of Somalia" and incs[0]["actor1_claimed"]


def test_n_days_after_anchors_on_the_event_just_mentioned():
    incs = run("Saturday's shelling of Kharkiv came two days after Russian missiles hit Izium, killing three people.",
               country="Ukraine")
    assert [(i["location"], i["event_date"]) for i in incs] == [("Kharkiv", "2024-03-09"), ("Izium", "2024-03-07")]


@pytest.mark.parametrize("text", [
    "Al-Shabaab threatened to attack government bases in Mogadishu.",
    "More than 300 civilians have been killed in Mogadishu since the start of the year, the UN said.",
    "The army denied shelling Goma.",
    "This was the third attack on Mogadishu this month.",
    "A road accident near Mogadishu killed nine people on Friday.",
    "Floods killed 30 people in Mogadishu on Monday.",
])
def test_threats_totals_denials_and_counts_are_not_incidents(text):
    assert run(text, country="Somalia") == []


def test_a_foiled_attack_is_a_strategic_development():
    (inc,) = run("A planned suicide attack in Mogadishu was foiled on Friday when police arrested two men.",
                 country="Somalia")
    assert inc["event_type"] == "Strategic developments" and inc["sub_event_type"] == "Disrupted weapons use"


def test_historic_events_keep_their_own_year():
    incs = run("In 2017, a truck bomb in Mogadishu killed more than 500 people.", country="Somalia")
    assert incs[0]["event_date"].startswith("2017") and incs[0]["time_precision"] == 3


def test_reference_points_rank_below_the_place_itself():
    (inc,) = run("On Sunday, a roadside bomb struck a police patrol north of Maiduguri near the town of Bama, "
                 "wounding two officers.", country="Nigeria")
    assert inc["location"] == "Bama" and inc["fatalities"] is None
    assert inc["actor2"] == "Police Forces of Nigeria"


def test_without_a_place_the_incident_falls_back_to_the_country_at_precision_3():
    (inc,) = run("Gunmen killed five villagers on Friday, officials said.", country="Nigeria")
    assert inc["country"] == "Nigeria" and inc["geo_precision"] == 3 and inc["actor2"] == "Civilians (Nigeria)"


def test_protest_with_intervention():
    (inc,) = run("Thousands of protesters marched in Goma on Friday. Police fired tear gas to disperse them.",
                 country="Democratic Republic of Congo")
    assert (inc["event_type"], inc["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert inc["actor1"] == "Protesters (Democratic Republic of Congo)"


def test_evidence_spans_point_into_the_text():
    text = "M23 rebels clashed with Congolese soldiers near Goma on Thursday, residents said."
    (inc,) = run(text)
    for ev in inc["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]
    assert inc["actor1"] == "M23" and inc["actor2"] == "Military Forces of the Democratic Republic of Congo"


def test_sources_come_from_attributions_of_the_incident_sentences():
    text = "Gunmen killed seven people in Goma on Sunday, the Kivu Monitor said."
    attr = {"source": "Kivu Monitor", "source_type": "monitor", "cue": "said", "claim": text, "start": 0,
            "end": len(text), "via": None, "kind": "claim", "target": None, "sent": 0, "figures": [7]}
    (inc,) = run(text, attributions=[attr])
    assert inc["sources"] == ["Kivu Monitor"]
    assert attr["incidents"] == [0]
    assert inc["fatality_claims"] == [{"source": "Kivu Monitor", "fatalities": 7}]


@pytest.mark.parametrize("text, date", [
    ("Gunmen killed seven people in Goma on Tuesday, residents said, and burned several houses.", None),
    ("Gunmen killed seven people in Goma yesterday, residents said, and burned several houses.", None),
    ("Gunmen killed seven people in Goma late last week, residents said, and burned several houses.", None),
    ("Gunmen killed seven people in Goma on 3 March 2024, residents said, and burned several houses.", "2024-03-03"),
])
def test_without_a_publication_date_events_are_kept_with_the_date_the_text_allows(text, date):
    (inc,) = run(text, published=None)
    assert inc["event_date"] == date and inc["fatalities"] == 7 and inc["location"] == "Goma"
    if date is None:
        assert inc["date_start"] is None and inc["time_precision"] == 3 and "date unknown" in inc["notes"]


def test_without_a_publication_date_two_weekdays_stay_two_events():
    text = ("Two soldiers were martyred on Tuesday when terrorist organizations targeted army posts in Bama with drones.\n\n"
            "Earlier, on Sunday, a civilian was martyred in a landmine explosion in Maiduguri.")
    incs = run(text, published=None, country="Nigeria")
    assert [(i["event_date"], i["location"], i["fatalities"]) for i in incs] == [(None, "Bama", 2), (None, "Maiduguri", 1)]
    assert incs[0]["actor1"].startswith("Unidentified Armed Group")  # state-media 'terrorist organizations'
    assert incs[0]["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("claim", [
    "The group claimed in a statement on its radio station that it had killed 47 soldiers, a figure the government rejected.",
    "Al-Shabaab said its fighters had killed 47 soldiers.",
    "In a statement, the militants claimed they killed 47 soldiers.",
])
def test_a_partys_own_toll_is_a_fatality_claim_on_the_event_not_a_second_incident(claim):
    text = ("Al-Shabaab militants attacked an army base near Afgoye on Wednesday, leaving at least 12 soldiers dead, "
            "a military commander said.\n\n" + claim)
    (inc,) = run(text, country="Somalia")
    assert inc["fatalities"] == 12  # the first, neutral figure; the party's own claim is kept beside it
    assert 47 in [c["fatalities"] for c in inc["fatality_claims"]]


def test_another_sources_lower_toll_is_a_claim_and_the_first_figure_stays():
    text = ("Armed bandits killed at least 20 villagers in a raid near Maiduguri late on Saturday, residents said.\n\n"
            "Police confirmed the attack but put the death toll at seven.")
    (inc,) = run(text, country="Nigeria")
    assert inc["fatalities"] == 20 and {c["fatalities"] for c in inc["fatality_claims"]} == {20, 7}
    assert inc["sub_event_type"] == "Attack"  # killing villagers (and abducting others) is an attack


def test_the_dead_of_the_other_side_add_to_the_toll():
    text = ("Security forces killed three terrorists in an operation near Bama on Friday, the army said. "
            "Two soldiers embraced martyrdom during the intense exchange of fire.")
    (inc,) = run(text, country="Nigeria")
    assert inc["fatalities"] == 5 and inc["event_type"] == "Battles"


def test_the_fighting_left_dead_gives_the_toll_of_the_clash():
    text = ("M23 rebels and the army clashed near Rutshuru on Friday.\n\nThe fighting left at least six combatants dead, "
            "according to a local administrator.")
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert inc["fatalities"] == 6


@pytest.mark.parametrize("second", [
    "Ugandan troops shelled rebel positions along the Ugandan border on Friday, the army said.",
    "In neighbouring Uganda, troops shelled rebel positions on Friday, the army said.",
])
def test_a_clause_naming_another_country_does_not_take_an_earlier_town(second):
    text = "Gunmen killed seven people in Goma on Thursday.\n\n" + second
    incs = run(text, country="Democratic Republic of Congo")
    assert incs[-1]["country"] == "Uganda" and incs[-1]["geo_precision"] == 3 and incs[-1]["location"] != "Goma"


def test_the_speakers_town_places_an_event_that_names_no_other():
    text = ("Russian forces attacked Izium on Friday, killing two soldiers.\n\n"
            "Officials in Kharkiv said shelling killed three civilians at a market on Saturday.")
    incs = run(text, country="Ukraine")
    assert (incs[-1]["location"], incs[-1]["fatalities"]) == ("Kharkiv", 3)


def test_every_line_of_a_bullet_roundup_is_an_event():
    text = ("Weekly Digest\n9 March 2024\n\nKey events this week:\n\n"
            "- 2 March: Boko Haram fighters shelled residential areas in Bama, killing a child.\n"
            "- 4 March: Clashes between the army and ISWAP fighters near Maiduguri left 11 fighters dead.\n"
            "- 7 March: Hundreds of people protested in Maiduguri against power cuts and the collapse of the naira.\n"
            "• 8 March: Gunmen abducted 20 students in Borno.\n")
    incs = run(text, country="Nigeria")
    assert [(i["event_date"], i["event_type"]) for i in incs] == [
        ("2024-03-02", "Explosions/Remote violence"), ("2024-03-04", "Battles"), ("2024-03-07", "Protests"),
        ("2024-03-08", "Violence against civilians")]
    assert incs[2]["actor1"] == "Protesters (Nigeria)" and incs[2]["actor2"] is None


@pytest.mark.parametrize("text, etype, a1, a2", [
    ("Clashes between rival armed groups in Goma killed at least 55 people on Monday.", "Battles",
     "Unidentified Armed Group (Democratic Republic of Congo)", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Three people were killed in Goma on Friday when security forces and Nande protesters clashed.", "Riots",
     "Rioters (Democratic Republic of Congo)", "Military Forces of the Democratic Republic of Congo"),
    ("The army bombed a camp for displaced people near Goma on Monday, killing 29 people.", "Explosions/Remote violence",
     "Military Forces of the Democratic Republic of Congo", "Civilians (Democratic Republic of Congo)"),
])
def test_who_fought_whom_decides_the_type(text, etype, a1, a2):
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert (inc["event_type"], inc["actor1"], inc["actor2"]) == (etype, a1, a2)


def test_a_states_bombing_is_an_air_strike():
    (inc,) = run("Myanmar's military bombed a camp for displaced people near Goma on Monday, killing 29 people.")
    assert inc["sub_event_type"] == "Air/drone strike"


def test_a_protests_topic_is_not_its_target_and_tear_gas_names_the_police():
    text = ("Protesters gathered in Goma on Saturday to demand the departure of Rwandan troops.\n"
            "Police fired tear gas to disperse the crowd.")
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert (inc["sub_event_type"], inc["actor2"]) == ("Protest with intervention",
                                                      "Police Forces of the Democratic Republic of Congo")


def test_a_claimant_led_by_a_former_officer_is_not_the_police():
    text = ("Armed gangs stormed the main prison in Goma late on Saturday, freeing most inmates.\n\n"
            "The G9 alliance led by former police officer Jimmy Cherizier claimed the attack.")
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert "Police" not in (inc["actor1"] or "")


def test_a_mid_sentence_day_after_counts_back_from_the_clause_before():
    text = ("The bodies of four men were found on Wednesday near Goma, a day after rebels clashed with the army "
            "in the area, officials said.")
    incs = run(text, country="Democratic Republic of Congo")
    assert [i["event_date"] for i in incs] == ["2024-03-05"]  # Wednesday 6 March, a day before


def test_strikes_on_two_towns_are_two_incidents():
    incs = run("Russian missiles struck Kharkiv and Izium on Thursday.", country="Ukraine")
    assert sorted(i["location"] for i in incs) == ["Izium", "Kharkiv"]
    assert {i["sub_event_type"] for i in incs} == {"Shelling/artillery/missile attack"}


def test_a_town_taken_by_a_non_state_group():
    (inc,) = run("M23 rebels took control of Rutshuru on Tuesday after the army withdrew.",
                 country="Democratic Republic of Congo")
    assert (inc["event_type"], inc["sub_event_type"]) == ("Battles", "Non-state actor overtakes territory")
    assert inc["actor1"] == "M23" and inc["location"] == "Rutshuru"


def test_two_subjects_of_a_fight_are_the_two_sides():
    (inc,) = run("M23 rebels and the army fought heavy battles around Sake on Thursday.",
                 country="Democratic Republic of Congo")
    assert {inc["actor1"], inc["actor2"]} == {"M23", "Military Forces of the Democratic Republic of Congo"}


def test_a_negated_claim_names_no_one():
    incs = run("A bomb exploded at a market in Mogadishu on Monday, killing four people. No group has claimed "
               "responsibility, but Al-Shabaab has carried out similar attacks in the past.", country="Somalia")
    assert len(incs) == 1 and incs[0]["actor1"] is None


def test_a_speaker_is_the_actor_of_its_pronoun():
    (inc,) = run("The Kenyan army said it killed 12 Al-Shabaab fighters near Mogadishu on Friday.", country="Somalia")
    assert inc["actor1"] == "Military Forces of Kenya" and inc["actor2"] == "Al-Shabaab"


def test_present_perfect_without_date_or_place_is_background():
    incs = run("Boko Haram has attacked farmers before. Fighters killed six farmers near Bama on Monday.", country="Nigeria")
    assert [(i["location"], i["fatalities"]) for i in incs] == [("Bama", 6)]


def test_a_wire_lede_in_the_present_perfect_with_a_figure_is_an_incident():
    (inc,) = run("At least 12 people have been killed in an air strike on a market in Bama, officials said.", country="Nigeria")
    assert inc["fatalities"] == 12 and inc["event_date"] == "2024-03-09" and inc["time_precision"] == 2


def test_the_wounded_are_the_target_not_the_attacker():
    (inc,) = run("A soldier was wounded by sniper fire near Bama on Saturday.", country="Nigeria")
    assert inc["actor1"] is None and inc["actor2"] == "Military Forces of Nigeria"


def test_a_later_death_toll_updates_the_event():
    (inc,) = run("A car bomb exploded in Mogadishu on Friday, killing nine people. The death toll later rose to 14, "
                 "hospital officials said.", country="Somalia")
    assert inc["fatalities"] == 14 and len(inc["evidence"]) == 2


def test_a_fronted_days_after_dates_the_sentence_after_its_anchor():
    incs = run("A car bomb killed nine people in Mogadishu on Monday. Two days after the bombing, gunmen attacked "
               "a checkpoint in Afgoye, killing three soldiers.", country="Somalia")
    assert [(i["location"], i["event_date"]) for i in incs] == [("Mogadishu", "2024-03-04"), ("Afgoye", "2024-03-06")]


def test_every_incident_follows_the_contract():
    text = ("On 2 March, ISWAP fighters killed six soldiers in Bama, while a week earlier, a roadside bomb killed four "
            "farmers near Maiduguri. Just days after that, gunmen abducted 20 students in Borno.")
    incs = run(text, country="Nigeria")
    assert incs
    for inc in incs:
        assert inc["date_start"] <= inc["event_date"] <= inc["date_end"]
        assert inc["time_precision"] in (1, 2, 3) and inc["geo_precision"] in (1, 2, 3)
        assert isinstance(inc["location"], str) and isinstance(inc["sources"], list)
        assert inc["fatalities"] is None or isinstance(inc["fatalities"], int)
        assert all(text[e["start"]:e["end"]] == e["text"] for e in inc["evidence"])


def test_a_bullet_does_not_take_the_town_of_the_bullet_before():
    text = ("Weekly Digest\n9 March 2024\n\nKey events this week:\n\n"
            "• 2 March: ISWAP fighters ambushed a convoy near Bama, killing 17 soldiers.\n"
            "• 4 March: An army drone strike targeted a gathering of militants in the north-east, the army said.\n")
    incs = run(text, country="Nigeria")
    assert [i["location"] for i in incs] == ["Bama", "Nigeria"]


def test_in_the_capital_is_the_datelines_capital_and_one_bombing_is_one_event():
    PLACES["Ankara"] = Place("Ankara", "Ankara", "Turkey", 39.93, 32.86, 1, "city")
    try:
        text = ("Ankara - Turkish warplanes struck targets in Izium late on Sunday, hours after two assailants carried "
                "out a bomb attack outside the interior ministry in the capital, the defence ministry said.\n\n"
                "The interior minister said one attacker blew himself up at the entrance of the ministry on Sunday morning.")
        incs = run(text, published="2023-10-02", country="Ukraine")
    finally:
        del PLACES["Ankara"]
    bombings = [i for i in incs if i["location"] == "Ankara"]
    assert len(bombings) == 1 and bombings[0]["sub_event_type"] == "Suicide bomb"


@pytest.mark.parametrize("text, etype, sub, a2", [
    ("The RSF looted aid warehouses in Goma on Tuesday, aid groups said.", "Strategic developments",
     "Looting/property destruction", None),
    ("A suicide bomber struck a crowd of people waiting outside a bank in Goma on Thursday, killing 21.",
     "Explosions/Remote violence", "Suicide bomb", "Civilians (Democratic Republic of Congo)"),
    ("Rwandan aircraft dropped bombs on rebel positions near Goma on Friday.", "Explosions/Remote violence",
     "Air/drone strike", None),
])
def test_looting_crowds_and_dropped_bombs(text, etype, sub, a2):
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert (inc["event_type"], inc["sub_event_type"]) == (etype, sub)
    if a2:
        assert inc["actor2"] == a2


def test_bare_forces_in_a_paragraph_about_another_country_are_that_countrys():
    text = ("Gunmen killed seven people in Goma on Thursday, Congolese officials said.\n\n"
            "Security forces later raided a hideout near Kharkiv and killed four militants, a spokesman said.")
    incs = run(text, country="Democratic Republic of Congo")
    assert incs[-1]["actor1"] == "Military Forces of Ukraine"


def test_a_placeless_report_takes_the_town_named_just_before():
    text = ("At least 1,100 civilians have been killed in Goma since April, according to doctors. "
            "The monitor documented these incidents:\n\n"
            "On 6 March, rebels attacked a neighbourhood, killing at least 40 civilians.")
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert (inc["location"], inc["geo_precision"], inc["fatalities"]) == ("Goma", 2, 40)


@pytest.mark.parametrize("line", [
    ("1. Wednesday, 6 March – Al-Shabaab fighters attacked an army convoy near Afgoye with roadside bombs. "
     "Three soldiers were killed, local elders said.\n"),
    ("- 6 March: Al-Shabaab fighters attacked an army convoy near Afgoye with roadside bombs. "
     "Three soldiers were killed, local elders said.\n"),
])
def test_a_passive_toll_right_after_an_attack_is_its_toll(line):
    text = "Horn Brief\n9 March 2024\n\nKey events:\n\n" + line
    (inc,) = run(text, country="Somalia")
    assert (inc["actor1"], inc["fatalities"], inc["event_date"]) == ("Al-Shabaab", 3, "2024-03-06")


def test_a_verb_between_the_and_a_strike_is_no_back_reference():
    text = ("Resistance fighters seized a police station in Izium on Sunday after a two-day battle with army troops. "
            "At least eight soldiers were killed in the fighting.\n\n"
            "The army retaliated with air strikes on nearby villages on Monday, killing at least 11 civilians.")
    incs = run(text, published="2024-03-12", country="Ukraine")
    assert [(i["event_date"], i["event_type"], i["fatalities"]) for i in incs] == [
        ("2024-03-10", "Battles", 8), ("2024-03-11", "Explosions/Remote violence", 11)]


def test_a_participle_after_a_comma_belongs_to_the_subject():
    text = "Army units destroyed positions of terrorist organizations near Bama on Sunday, killing many terrorists."
    (inc,) = run(text, country="Nigeria")
    assert (inc["actor1"], inc["actor2"]) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


def test_a_toll_in_a_separate_incident_is_not_the_attacks():
    text = ("Militants attacked a checkpoint near Bama on Monday. "
            "Two civilians were also killed in a separate incident.")
    incs = run(text, country="Nigeria")
    assert not any(i["fatalities"] == 2 and i["event_type"] == "Battles" for i in incs)


def test_repelled_assaults_name_the_attacker():
    text = "Ukrainian forces repelled several Russian assaults near Izium on Sunday, the General Staff said."
    (inc,) = run(text, country="Ukraine")
    assert (inc["actor1"], inc["actor2"]) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_another_sources_toll_at_is_a_claim_but_a_toll_that_rose_updates():
    base = "Gunmen killed at least 20 people in an attack on a village near Bama on Sunday, police said.\n\n"
    (inc,) = run(base + "However, a community leader put the death toll at 35.", country="Nigeria")
    assert inc["fatalities"] == 20 and 35 in [c["fatalities"] for c in inc["fatality_claims"]]
    (inc,) = run(base + "The death toll later rose to 35.", country="Nigeria")
    assert inc["fatalities"] == 35


def test_an_arrest_after_an_attack_does_not_change_its_attacker():
    text = ("Gunmen killed at least 20 people in an attack on a village near Bama on Sunday, police said. "
            "The army said troops arrested three suspects.")
    incs = run(text, country="Nigeria")
    assert incs[0]["actor1"] == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text", [
    "At least 17 people were killed when a military jet bombed a monastery near Izium on Saturday.",
    "Russian glide bombs struck residential areas of Kharkiv on Tuesday, killing at least three people.",
])
def test_jets_and_glide_bombs_are_air_strikes(text):
    (inc,) = run(text, country="Ukraine")
    assert inc["sub_event_type"] == "Air/drone strike" and inc["actor1"].startswith("Military Forces of")


def test_an_overall_toll_by_a_later_day_updates_the_event():
    text = ("Fighting in a camp near Bama killed at least six people over the weekend, officials said.\n\n"
            "A security official put the overall death toll at 11 by Monday morning.")
    (inc,) = run(text, country="Nigeria")
    assert inc["fatalities"] == 11


def test_background_with_an_old_date_does_not_take_todays_town():
    text = ("Fano militiamen attacked an army base near Bama on Sunday, killing 14 soldiers.\n\n"
            "Fighting between the army and Fano erupted in August 2023 after the government moved to disband "
            "regional forces.")
    incs = run(text, country="Nigeria")
    old = [i for i in incs if i["event_date"] == "2023-08-01"]
    assert old and old[0]["geo_precision"] == 3 and old[0]["location"] != "Bama"
    assert (old[0]["actor1"], old[0]["actor2"]) == ("Military Forces of Nigeria", "Fano")


def test_the_other_sides_unverified_claim_of_a_counterattack_is_a_claim_on_the_battle():
    text = ("Al-Shabaab fighters attacked a military base near Afgoye early on Saturday, killing at least seven soldiers, "
            "an officer said.\n\n"
            "The Somali government said in a statement that troops killed 30 militants in a counterattack. "
            "The claim could not be independently verified.")
    (inc,) = run(text, published="2024-02-03", country="Somalia")
    assert inc["fatalities"] == 7 and 30 in [c["fatalities"] for c in inc["fatality_claims"]]


@pytest.mark.parametrize("second", [
    "The drone targeted a group of people near a market west of Goma, medics said.",
    "The strike hit a house near Sake, residents said.",
])
def test_a_sentence_whose_subject_is_the_weapon_just_told_adds_to_that_event(second):
    incs = run("Three civilians were killed on Friday in a drone strike in Goma, medical sources said.\n\n" + second,
               country="Democratic Republic of Congo")
    assert len(incs) == 1 and incs[0]["fatalities"] == 3


@pytest.mark.parametrize("second", [
    "A resident told reporters that the gunmen stormed the village on Thursday night and shot at residents.",
    "Survivors said the attackers opened fire on worshippers at a mosque on Thursday.",
])
def test_an_undated_lede_takes_the_date_told_later_instead_of_becoming_two_events(second):
    incs = run("Gunmen have killed at least 11 people in an attack on a village near Maiduguri.\n\n" + second,
               country="Nigeria")
    assert [(i["event_date"], i["fatalities"]) for i in incs] == [("2024-03-07", 11)]


@pytest.mark.parametrize("second", [
    '"The M23 shelled a displacement camp and neighbourhoods near Munigi," a local rights group said.',
])
def test_the_same_attack_retold_a_few_km_away_without_toll_or_date_is_one_event(second):
    incs = run("At least 30 civilians were killed on Friday in shelling by M23 rebels on Goma, medics said.\n\n" + second,
               country="Democratic Republic of Congo")
    assert len(incs) == 1 and incs[0]["fatalities"] == 30


def test_the_town_named_in_a_sentence_beats_the_district_or_range_around_it():
    from sitrep.gazetteer import get

    g = get()
    text = "Four soldiers were killed in an exchange of fire in North Waziristan's Mir Ali area on Monday, the military said."
    PLACES["North Waziristan"] = g.lookup("North Waziristan", kinds=("site",))
    PLACES["Mir Ali"] = g.lookup("Mir Ali")
    try:
        (inc,) = run(text, country="Pakistan")
    finally:
        del PLACES["North Waziristan"], PLACES["Mir Ali"]
    assert inc["location"] == "Mir Ali"


@pytest.mark.parametrize("second, date", [
    ("According to the military, the operation was conducted on the night of March 5 near the town.", "2024-03-05"),
    ("The operation was carried out on Thursday, the statement added.", "2024-03-07"),
])
def test_a_sentence_pointing_back_dates_the_undated_event_just_told(second, date):
    incs = run("Four soldiers were killed and six militants died in an exchange of fire near Maiduguri, the army said.\n\n"
               + second, country="Nigeria")
    assert [i["event_date"] for i in incs] == [date]


@pytest.mark.parametrize("text", [
    ("Borno\nTuesday\n\nJunta jets kill dozens in Maiduguri market, rescuers say\n\nJets bombed a market in Maiduguri on "
    "Monday, killing 30 people, rescuers said."),
    ("BRIEF\n\nBombing in Maiduguri; army strikes Bama\n\nA bomb exploded at a market in Maiduguri on Monday, killing "
    "30 people, police said."),
])
def test_a_headline_line_above_the_first_paragraph_is_not_an_event_of_its_own(text):
    incs = [i for i in run(text, country="Nigeria") if i["event_type"] != "Strategic developments"]
    assert len(incs) == 1 and incs[0]["location"] == "Maiduguri" and incs[0]["fatalities"] == 30


@pytest.mark.parametrize("text", [
    ("Boko Haram fighters attacked Borno state on Monday, killing 37 people, police said. The gunmen rode into Bama on "
    "motorcycles and opened fire on residents."),
    ("Boko Haram fighters attacked Borno state on Monday, killing 37 people, police said. The attackers stormed Bama "
    "and set homes ablaze."),
])
def test_a_definite_attacker_at_a_place_inside_the_region_sharpens_the_same_event(text):
    (inc,) = run(text, country="Nigeria")
    assert inc["location"] == "Bama" and inc["fatalities"] == 37


@pytest.mark.parametrize("text", [
    ("Army warplanes bombed rebel positions in Goma on Monday. Volunteers said seven civilians were killed when a house "
    "was hit."),
    "Army warplanes bombed rebel positions in Goma on Monday. Seven civilians were killed and a school was damaged.",
])
def test_a_passive_follow_up_with_no_new_attacker_gives_the_event_its_toll(text):
    (inc,) = run(text, country="Democratic Republic of Congo")
    assert inc["location"] == "Goma" and inc["fatalities"] == 7


def test_a_toll_update_naming_a_place_goes_to_the_event_at_that_place():
    incs = run("Russian missiles struck Kharkiv on Tuesday, killing one person. Drones hit Izium on Tuesday, damaging "
               "a school. Officials said air defences worked overnight. The death toll in Kharkiv has risen to two, "
               "the mayor said.", country="Ukraine")
    by = {i["location"]: i for i in incs}
    assert by["Kharkiv"]["fatalities"] == 2 and by["Izium"]["fatalities"] is None


@pytest.mark.parametrize("text", [
    ("Gunmen attacked a village near Maiduguri on Monday, killing five people. The insurgency, now in its 15th year, "
    "has killed more than 40,000 people, the United Nations says."),
    ("Gunmen attacked a village near Maiduguri on Monday, killing five people. Attacks on civilians intensified in "
    "Borno during the reporting period."),
    ("Gunmen attacked a village near Maiduguri on Monday, killing five people. At least 183 people were killed in "
    "Borno in the first month of the state of emergency."),
])
def test_running_totals_and_trends_neither_become_events_nor_add_to_a_toll(text):
    (inc,) = run(text, country="Nigeria")
    assert inc["fatalities"] == 5


def test_a_scene_with_a_day_and_place_dates_and_places_the_strike_told_next():
    (inc,) = run("The market in Goma had just filled up on the afternoon of 2 March when the drone came. Witnesses say "
                 "a single strike hit a crowded street. Rights groups later said at least 26 people were killed.",
                 country="Democratic Republic of Congo")
    assert inc["location"] == "Goma" and inc["event_date"] == "2024-03-02" and inc["fatalities"] == 26


@pytest.mark.parametrize("text", [
    ("The latest flashpoint is Bama, a town some 30 km south of Maiduguri. Residents said ISWAP fighters attacked army "
    "positions there on Monday."),
    "Fighting has shifted to Bama, some 70 km from Maiduguri. ISWAP fighters stormed a military base there on Monday.",
])
def test_there_points_at_the_town_just_named_not_the_reference_point(text):
    incs = [i for i in run(text, country="Nigeria") if i["event_type"] != "Strategic developments"]
    assert [i["location"] for i in incs] == ["Bama"]


def test_the_attacked_side_turning_on_civilians_is_a_second_event():
    incs = run("Residents said ISWAP fighters attacked army positions in Bama on Monday. After they pulled back, soldiers "
               "went door to door, pulling men out of their homes and shooting them, residents said. Rights groups said "
               "at least 45 civilians were killed.", country="Nigeria")
    assert [(i["event_type"], i["actor1"]) for i in incs] == [
        ("Battles", "Islamic State West Africa Province"), ("Violence against civilians", "Military Forces of Nigeria")]
    assert incs[1]["fatalities"] == 45 and incs[1]["location"] == "Bama"


def test_a_conjoined_verb_keeps_the_subject_and_each_town_is_an_event():
    incs = run("In early March, ISWAP fighters briefly seized an army base, and fought troops in the streets of "
               "Maiduguri and Bama before withdrawing.", country="Nigeria")
    assert {i["location"]: i["actor1"] for i in incs if i["location"] in ("Maiduguri", "Bama")} == {
        "Maiduguri": "Islamic State West Africa Province", "Bama": "Islamic State West Africa Province"}


@pytest.mark.parametrize("text", [
    "The group, which has fought the federal government for more than 15 years, attacked nobody today.",
    "ISWAP, a faction that fought alongside Boko Haram in Borno, was founded in 2016.",
])
def test_a_relative_clause_of_past_fighting_is_background(text):
    assert [i for i in run(text, country="Nigeria") if i["event_type"] != "Strategic developments"] == []


def test_days_after_the_ambush_count_from_the_ambush_not_the_protest_or_a_past_one():
    incs = run("Gunmen ambushed a police convoy near Bama on Monday, killing 13 officers. It was the deadliest attack on "
               "police since 13 officers were killed in an ambush in Maiduguri in March 2021. On Tuesday, relatives "
               "marched in Maiduguri. Three days after the ambush, the violence spilled over into Borno. A drone dropped "
               "explosives on an army checkpoint in Goma, wounding two soldiers.", country="Nigeria")
    by = {(i["location"], i["event_type"]): i for i in incs}
    assert by[("Goma", "Explosions/Remote violence")]["event_date"] == "2024-03-07"
    assert by[("Maiduguri", "Battles")]["event_date"].startswith("2021-03")  # the past ambush keeps its own date
    assert by[("Maiduguri", "Protests")]["actor1"] == "Protesters (Nigeria)"
    assert ("Borno", "Battles") not in by


@pytest.mark.parametrize("text, actor2", [
    ("Two soldiers were wounded when a drone dropped explosives on a checkpoint in Bama on Monday.",
     "Military Forces of Nigeria"),
    ("Three police officers were killed when gunmen ambushed their patrol near Bama on Monday.", "Police Forces of Nigeria"),
])
def test_the_passive_subject_is_the_side_hit(text, actor2):
    (inc,) = run(text, country="Nigeria")
    assert inc["actor2"] == actor2 and inc["actor1"] != actor2


def test_an_accusation_in_the_next_sentence_fills_an_empty_attacker():
    (inc,) = run("A bomb exploded at a market in Bama on Monday, killing five people. Military sources blamed Boko Haram, "
                 "which has been active in the area.", country="Nigeria")
    assert inc["actor1"] == "Boko Haram" and inc["fatalities"] == 5


def test_a_country_wide_lede_told_place_by_place_gives_those_events_its_sides():
    incs = run("Nigerian warplanes struck more than 60 ISWAP targets across Nigeria on Monday, the army said. Witnesses "
               "said explosions shook Maiduguri, the garrison town of Bama and the state capital.", country="Nigeria")
    assert sorted(i["location"] for i in incs) == ["Bama", "Maiduguri"]
    assert {i["actor1"] for i in incs} == {"Military Forces of Nigeria"}
    assert {i["actor2"] for i in incs} == {"Islamic State West Africa Province"}


def test_a_grievance_after_in_retaliation_for_is_not_where_it_happened():
    (inc,) = run("Army jets bombed ISWAP camps in Borno on Monday in retaliation for attacks on troops in Maiduguri.",
                 country="Nigeria")
    assert inc["location"] == "Borno"


def test_police_dispersing_a_protest_act_on_it_and_make_it_an_intervention():
    incs = run("On Monday, hundreds of residents blocked a road in Maiduguri in protest against the attacks. Police fired "
               "tear gas shells to disperse the protesters when they tried to march towards the governor's office.",
               country="Nigeria")
    (inc,) = [i for i in incs if i["event_type"] == "Protests"]
    assert inc["sub_event_type"] == "Protest with intervention"
    assert inc["actor1"] == "Protesters (Nigeria)" and inc["actor2"] == "Police Forces of Nigeria"


def test_a_second_storys_dateline_is_not_where_its_event_happened():
    incs = run("Gunmen attacked a village near Maiduguri on Sunday, killing two people, police said.\n\nMaiduguri, Mar 8 (PTI): "
               "Nine militants were gunned down in an encounter with security forces near Bama on Friday, police said.",
               country="Nigeria")
    assert sorted(i["location"] for i in incs) == ["Bama", "Maiduguri"]


@pytest.mark.parametrize("text, a1, a2", [
    ("Two soldiers were wounded in a firefight with about 15 ISWAP fighters near Bama on Monday.",
     "Islamic State West Africa Province", "Military Forces of Nigeria"),
    (("Nine Boko Haram fighters, including two commanders, were gunned down in an encounter with security forces near "
     "Bama on Monday."), "Military Forces of Nigeria", "Boko Haram"),
])
def test_the_with_side_of_a_clash_is_the_other_actor_and_the_passive_subject_the_one_hit(text, a1, a2):
    (inc,) = run(text, country="Nigeria")
    assert (inc["event_type"], inc["actor1"], inc["actor2"]) == ("Battles", a1, a2)


@pytest.mark.parametrize("text, a1", [
    ("A bomb exploded at a market in Bama on Monday, killing five people. Boko Haram said it carried out the attack.",
     "Boko Haram"),
    ("A bomb exploded at a market in Bama on Monday, killing five people. ISWAP took responsibility in a statement.",
     "Islamic State West Africa Province"),
])
def test_a_claim_in_a_later_sentence_names_the_attacker_of_that_event(text, a1):
    (inc,) = run(text, country="Nigeria")
    assert inc["actor1"] == a1 and inc["actor1_claimed"] and inc["fatalities"] == 5


def test_media_claiming_what_a_strike_hit_is_not_a_claim_of_responsibility():
    (inc,) = run("Army drones struck a car near Bama on Tuesday, the army said. Boko Haram media claimed that the strike "
                 "hit a car on the road, killing two members of the group.", country="Nigeria")
    assert inc["actor1"] == "Military Forces of Nigeria" and not inc["actor1_claimed"]


def test_a_claim_of_an_event_far_away_is_another_event():
    incs = run("Army jets bombed a crowd in Bama on Tuesday, killing 40 people. ISWAP said its fighters ambushed an army "
               "convoy near Goma on Tuesday, killing 11 soldiers.", country="Nigeria")
    assert sorted(i["location"] for i in incs) == ["Bama", "Goma"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village near Bama on Monday, killing four people. Fighting continued elsewhere in Borno.",
    "Gunmen attacked a village near Bama on Monday, killing four people. Heavy fighting raged across Borno.",
])
def test_fighting_somewhere_in_a_region_with_no_sides_or_toll_is_not_an_event(text):
    assert len(run(text, country="Nigeria")) == 1


def test_neutralized_counts_the_dead_and_a_gapped_clause_is_its_own_event():
    incs = run('Nigerian troops have "neutralized" 13 terrorists in Borno, the army said on Friday. Seven terrorists '
               "were neutralized near Bama, and six others in Maiduguri after they attacked army bases.",
               country="Nigeria")
    assert {i["location"]: i["fatalities"] for i in incs} == {"Bama": 7, "Maiduguri": 6}
    assert {i["actor1"] for i in incs} == {"Military Forces of Nigeria"}


def test_the_sides_of_fighting_that_erupted_between_two_groups():
    (inc,) = run("At least 55 people were killed in the fighting, which erupted late Monday between Boko Haram and ISWAP "
                 "in Bama, medics said.", country="Nigeria")
    assert (inc["event_type"], inc["actor1"], inc["actor2"]) == (
        "Battles", "Boko Haram", "Islamic State West Africa Province")


def test_a_day_earlier_counts_from_the_reporting_day_not_a_past_event_recalled():
    incs = run("A bomb exploded at a market in Bama on Friday, killing five people. In June last year, militants laid "
               "siege to a hotel in Maiduguri, killing nine people. Separately, the army said on Friday that troops had "
               "killed more than 20 ISWAP fighters a day earlier in an operation outside Goma.", country="Nigeria")
    (op,) = [i for i in incs if i["location"] == "Goma"]
    assert op["event_date"] == "2024-03-07"


def test_a_claim_goes_to_the_attack_whose_attacker_was_unknown_not_to_the_response():
    incs = run("A suicide bomber blew himself up at a restaurant in Bama on Friday, killing 32 people, police said. "
               "Security forces killed three of the attackers after a gunfight. Boko Haram said it carried out the attack.",
               country="Nigeria")
    (bomb,) = [i for i in incs if i["event_type"] == "Explosions/Remote violence"]
    assert bomb["actor1"] == "Boko Haram" and bomb["actor1_claimed"]


def test_a_pronoun_subject_and_a_partys_claimed_toll_continue_the_event_told():
    incs = run("Insurgents linked to ISWAP overran the town of Bama on Friday. Our correspondent has been following events. "
               "What do we know? Residents say fighters walked into the town at dawn. They fought Nigerian soldiers for "
               "several hours. And casualties? ISWAP claimed its fighters killed more than twenty soldiers.",
               country="Nigeria")
    (inc,) = [i for i in incs if i["event_type"] != "Strategic developments"]
    assert inc["location"] == "Bama" and inc["actor2"] == "Military Forces of Nigeria" and inc["fatalities"] == 20


def test_a_parenthetical_days_after_phrase_does_not_cut_the_clause_it_sits_in():
    incs = run("Gunmen raided Bama on Friday, killing four people. On Sunday, two days after the raid, the insurgents "
               "beheaded two fishermen at Maiduguri, officials said.", country="Nigeria")
    (second,) = [i for i in incs if i["location"] == "Maiduguri"]
    assert second["event_date"] == "2024-03-03" and second["fatalities"] == 2


def test_an_attack_claimed_by_a_group_in_a_passive_follow_up():
    (inc,) = run("Last Wednesday, eight militants were killed when they attacked a port complex in Bama, the army said. "
                 "That attack was also claimed by ISWAP.", country="Nigeria")
    assert inc["actor1"] == "Islamic State West Africa Province" and inc["actor1_claimed"]


def test_a_victims_group_is_actor2_and_a_later_accusation_fills_actor1():
    (inc,) = run("Abu Musa, the deputy head of Boko Haram's shura council, was killed along with six other people when a "
                 "drone struck an apartment in Maiduguri on Tuesday evening, the group said. Local officials condemned the "
                 "killing. Boko Haram and ISWAP blamed Nigeria.", country="Nigeria")
    assert inc["actor2"] == "Boko Haram" and inc["actor1"] == "Military Forces of Nigeria"


@pytest.mark.parametrize("text", [
    "On the Nigerian side, nine soldiers and four civilians have been killed, the army says.",
    "Overall, 40 people have been killed, officials say.",
])
def test_a_perfect_tense_toll_with_no_day_or_town_is_a_running_total(text):
    assert run(text, country="Nigeria") == []


def test_a_named_weapon_later_replaces_the_default_sub_type_of_a_bare_blast():
    incs = run("Explosions were heard in Kharkiv early on Tuesday as air defences worked. Russian missiles struck Kharkiv "
               "in the early morning, officials said.", country="Ukraine")
    (inc,) = incs
    assert inc["sub_event_type"] == "Shelling/artillery/missile attack"


def test_towns_near_a_reference_point_are_each_an_event():
    incs = run("Positional engagements continued north of Goma near Munigi and west of Goma near Sake on March 8.",
               country="Democratic Republic of Congo")
    assert sorted(i["location"] for i in incs) == ["Munigi", "Sake"]


@pytest.mark.parametrize("text, a1, a2", [
    ("Ukrainian forces repelled 12 Russian attacks near Izium on March 8.", "Military Forces of Ukraine",
     "Military Forces of Russia"),
    ("Russian forces also continued attacks on the Ukrainian bridgehead near Izium on March 8.",
     "Military Forces of Russia", "Military Forces of Ukraine"),
])
def test_a_battle_between_states_takes_its_second_side_from_a_demonym(text, a1, a2):
    (inc,) = run(text, country="Ukraine")
    assert {inc["actor1"], inc["actor2"]} == {a1, a2}


def test_a_summary_bullet_and_the_bodys_account_of_the_same_battle_are_one_event():
    incs = run("Key takeaways:\n- Russian forces continued ground attacks near Izium.\n\nUkrainian forces repelled 12 "
               "Russian attacks near Izium on March 9, the General Staff reported.", country="Ukraine")
    assert len(incs) == 1 and {incs[0]["actor1"], incs[0]["actor2"]} == {
        "Military Forces of Russia", "Military Forces of Ukraine"}


def test_shelling_of_a_city_does_not_merge_into_an_interception_over_it():
    incs = run("Russian forces launched 14 drones on March 8 and Ukrainian air defences destroyed 12 of them over Kharkiv. "
               "Russian forces shelled Kharkiv on March 8, killing one civilian.", country="Ukraine")
    (shelling,) = [i for i in incs if i["event_type"] == "Explosions/Remote violence"]
    assert shelling["actor1"] == "Military Forces of Russia" and shelling["fatalities"] == 1


def test_the_day_a_claim_was_made_is_not_the_day_of_the_attack():
    (inc,) = run("ISWAP on Friday claimed responsibility for a truck bomb attack on a military base in Bama. A dump truck "
                 "loaded with explosives was driven up to the base before dawn on Tuesday and detonated, the army said.",
                 country="Nigeria")
    assert inc["event_date"] == "2024-03-05" and inc["actor1"] == "Islamic State West Africa Province"


def test_a_time_inside_what_a_source_told_is_the_events_time():
    (inc,) = run("Police sources told reporters that on the night of 2 March, police officers repelled an attack by "
                 "Boko Haram on Bama, killing at least 28 fighters.", country="Nigeria")
    assert inc["event_date"] == "2024-03-02"


def test_an_attack_blamed_on_a_group_names_it_as_the_attacker():
    (inc,) = run("At least 15 worshippers were killed during Sunday mass in Bama, a church official said, in an attack "
                 "blamed on Boko Haram.", country="Nigeria")
    assert inc["actor1"] == "Boko Haram" and inc["actor1_claimed"] and inc["fatalities"] == 15


def test_days_later_right_after_a_past_event_counts_from_it():
    incs = run("Gunmen attacked a village near Bama on Monday, killing four people. In June 2019, gunmen shot dead the "
               "governor in Maiduguri. The gunmen's leader was killed by security forces days later.", country="Nigeria")
    assert all(i["event_date"].startswith("2019-06") for i in incs if i["location"] == "Maiduguri")


def test_a_town_the_victims_were_travelling_towards_is_not_where_they_were_attacked():
    (inc,) = run("On 7 March, a passenger boat travelling from Goma towards Maiduguri was attacked by gunmen near Bama, "
                 "killing 12 passengers.", country="Nigeria")
    assert inc["location"] == "Bama"


def test_a_toll_shared_by_two_attacks_goes_to_each_by_its_victims():
    incs = run("On 7 March, a passenger boat was attacked by gunmen near Bama. On the same day, an army position at "
               "Maiduguri was attacked by terrorists, who were repelled. The provisional toll of these two attacks "
               "stands at 49 civilians and 15 soldiers killed.", country="Nigeria")
    assert {i["location"]: i["fatalities"] for i in incs} == {"Bama": 49, "Maiduguri": 15}


def test_a_merged_clause_naming_two_towns_gives_the_other_town_its_own_event():
    incs = run("Explosions were heard in Kharkiv on Tuesday morning. Russian missiles struck Kharkiv and Izium in the "
               "early morning, officials said. In Izium, a missile hit next to an apartment block, killing one woman.",
               country="Ukraine")
    assert {i["location"]: i["actor1"] for i in incs} == {
        "Kharkiv": "Military Forces of Russia", "Izium": "Military Forces of Russia"}


def test_a_military_operation_is_the_states_forces_acting():
    (inc,) = run("On 1 March, eleven Boko Haram fighters were killed in a military operation backed by air strikes near "
                 "Bama, the army said.", country="Nigeria")
    assert inc["actor1"] == "Military Forces of Nigeria" and inc["actor2"] == "Boko Haram"


def test_a_passive_claim_by_a_group_that_is_also_the_source_names_the_attacker():
    (inc,) = run("Last Wednesday, eight militants were killed when they attacked a port complex in Bama, the army said. "
                 "That attack was also claimed by ISWAP.", country="Nigeria",
                 attributions=[{"source": "Islamic State West Africa Province", "kind": "responsibility", "sent": 1,
                                "mention": [134, 139], "start": 134, "end": 139, "figures": []}])
    assert inc["actor1"] == "Islamic State West Africa Province"


def test_a_monitors_tally_since_the_start_of_the_year_adds_to_no_event():
    incs = run("Army artillery shelled Bama on Saturday, killing five civilians. The monitor has documented the deaths of "
               "120 civilians in army shelling since the start of the year. Army jets also struck Maiduguri on Saturday "
               "evening.", country="Nigeria")
    assert {i["location"]: i["fatalities"] for i in incs} == {"Bama": 5, "Maiduguri": None}


def test_civilians_killed_during_the_fighting_are_that_battles_dead():
    (inc,) = run("M23 rebels seized Sake on Tuesday after heavy fighting with the army, local sources said. At least six "
                 "civilians were killed by stray bullets during the fighting, a civil society leader said.",
                 country="Democratic Republic of Congo")
    assert inc["event_type"] == "Battles" and inc["fatalities"] == 6


def test_another_groups_claim_after_a_strike_is_its_own_event_and_blocking_a_highway_is_a_protest():
    incs = run("12:10 - A Russian air strike on a house in Kharkiv killed nine people overnight, officials said.\n\n"
               "15:30 - Ukraine's army said its troops fired mortar shells at Russian positions.\n\n"
               "16:05 - Protesters in Izium blocked a highway; police used water cannons to disperse them.",
               country="Ukraine")
    kinds = sorted((i["event_type"], i["actor1"]) for i in incs)
    assert ("Explosions/Remote violence", "Military Forces of Russia") in kinds
    assert ("Explosions/Remote violence", "Military Forces of Ukraine") in kinds
    assert ("Protests", "Protesters (Ukraine)") in kinds


def test_two_attackers_striking_near_the_same_town_on_one_day_are_two_events():
    incs = run("Boko Haram fighters fired rockets at army positions near Bama on Saturday. Nigerian warplanes also carried "
               "out two air strikes on the outskirts of the town on Saturday evening.", country="Nigeria")
    assert sorted(i["actor1"] for i in incs) == ["Boko Haram", "Military Forces of Nigeria"]


def test_kidnap_follow_ups_escape_victim_and_a_rescue_gun_battle_the_next_day():
    incs = run("Gunmen abducted at least 20 passengers on the highway near Bama on Sunday evening, police said. The "
               "attackers, armed with rifles, blocked the road and forced the passengers out of two buses. One passenger "
               "who tried to escape was shot dead.\n\nA day later, police rescued six of the victims after a gun battle "
               "with the kidnappers in a forest near Bama, police said. Two suspects were killed in the exchange of fire.",
               country="Nigeria")
    kinds = [(i["event_type"], i["event_date"], i["actor1"], i["fatalities"]) for i in incs]
    assert kinds == [("Violence against civilians", "2024-03-03", "Unidentified Armed Group (Nigeria)", 1),
                     ("Battles", "2024-03-04", "Police Forces of Nigeria", 2)]


def test_a_toll_after_police_fire_on_protesters_stays_the_protests_toll():
    (inc,) = run("Police shot dead at least two protesters in Maiduguri on Tuesday as thousands stormed the assembly, "
                 "witnesses said. Rights groups said at least five people were killed in Maiduguri.", country="Nigeria")
    assert inc["event_type"] == "Protests" and inc["fatalities"] == 2


def test_separately_recaptured_from_a_group_is_a_battle_away_from_the_story_town():
    incs = run("MAIDUGURI - Nigerian jets struck ISWAP fighters near Bama on Friday, the army said on Saturday, killing "
               "three militants.\n\nSeparately, Nigerian forces backed by local vigilantes recaptured the village of "
               "Kukawa Dam from Boko Haram on Friday after heavy fighting, state media reported.", country="Nigeria")
    (battle,) = [i for i in incs if i["event_type"] == "Battles"]
    assert (battle["sub_event_type"], battle["actor1"], battle["actor2"]) == (
        "Government regains territory", "Military Forces of Nigeria", "Boko Haram")
    assert battle["location"] not in ("Bama", "Maiduguri")


def test_said_on_a_day_that_it_carried_out_a_strike_names_the_speaker_as_attacker():
    (inc,) = run("The Nigerian military said on Saturday it had carried out an air strike against ISWAP fighters near Bama "
                 "on Friday, killing three militants.", country="Nigeria")
    assert inc["actor1"] == "Military Forces of Nigeria" and inc["event_date"] == "2024-03-08"


def test_an_undated_claimed_capture_takes_the_day_its_follow_up_gives():
    incs = run("Resistance fighters said on Friday they had captured a military base near Bama after a week-long battle "
               "with Nigerian troops, killing at least 20 soldiers. ISWAP said its fighters took control of the base on "
               "Thursday.", country="Nigeria")
    (inc,) = incs
    assert inc["event_date"] == "2024-03-07" and inc["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_ship_hit_on_sunday_night_is_the_strike_claimed_on_monday():
    incs = run("The Houthi movement said on Saturday it had fired missiles at a cargo ship off Mogadishu. The crew "
               "abandoned the vessel after it was hit by two anti-ship missiles on Thursday night, officials said.",
               country="Somalia")
    assert len(incs) == 1 and incs[0]["event_date"] == "2024-03-07" and incs[0]["actor1"] == "Houthis"


def test_a_battle_with_no_sides_takes_the_articles_one_pair_of_sides():
    incs = run("Ukrainian forces repelled 12 Russian attacks near Izium on March 8. Russian forces also continued attacks "
               "on Ukrainian positions near Kharkiv on March 8. Positional engagements continued near Sake on March 7.",
               country="Ukraine")
    (pos,) = [i for i in incs if i["location"] == "Sake"]
    assert {pos["actor1"], pos["actor2"]} == {"Military Forces of Russia", "Military Forces of Ukraine"}


def test_another_attack_was_reported_is_not_a_source_phrase():
    incs = run("Drones dropped bombs on Bama on Sunday, killing two people, police said. A day later, another drone attack "
               "was reported at Maiduguri, where three people were injured when a bomb hit a house, officials said.",
               country="Nigeria")
    (second,) = [i for i in incs if i["location"] == "Maiduguri"]
    assert second["sub_event_type"] == "Air/drone strike" and second["event_date"] == "2024-03-04"


def test_the_ministry_in_the_capital_is_not_where_the_attack_was_repelled():
    incs = run("Insurgents overran the town of Bama on Friday. The defence ministry in Maiduguri dismisses claims of losses "
               "as propaganda - it says the attack was repelled and that several insurgents died.", country="Nigeria")
    assert [i["location"] for i in incs] == ["Bama"]


def test_explosions_heard_take_the_weapon_named_around_them():
    (inc,) = run("Witnesses said explosions shook Bama shortly after 2:30 a.m. on Friday. The army said aircraft and a "
                 "submarine had used cruise missiles and guided missiles against radar sites.", country="Nigeria")
    assert inc["sub_event_type"] == "Shelling/artillery/missile attack"


def test_groups_merely_operating_in_the_area_are_not_the_attackers():
    (inc,) = run("Gunmen killed 15 worshippers during Sunday mass in Bama, a church official said. No group has claimed the "
                 "attack, but both Boko Haram and ISWAP operate in the area.", country="Nigeria")
    assert inc["actor1"] == "Unidentified Armed Group (Nigeria)"


def test_a_claim_of_the_attack_next_to_a_denial_elsewhere_stays_with_the_attack():
    incs = run("At least seven soldiers were killed when militants attacked a checkpoint near Bama, the army said on "
               "Thursday. Boko Haram claimed the attack in a post, and a senior official in Goma denied any role.",
               country="Nigeria")
    assert [(i["location"], i["actor1"]) for i in incs] == [("Bama", "Boko Haram")]


def test_attackers_killed_in_the_ensuing_firefight_are_the_ambushs_dead():
    (inc,) = run("On Monday, Boko Haram fighters ambushed a police patrol near Bama, killing one officer, police said. "
                 "Security forces killed two of the attackers in the ensuing firefight.", country="Nigeria")
    assert inc["event_type"] == "Battles" and inc["fatalities"] == 3


def test_a_shell_landing_near_a_home_after_a_strike_that_day_gives_it_its_toll():
    (inc,) = run("- 6 March - Bama: army aircraft bombed ISWAP positions in the eastern neighbourhoods. Three children "
                 "were killed when a shell landed near their home.", country="Nigeria")
    assert inc["fatalities"] == 3 and inc["actor1"] == "Military Forces of Nigeria"


def test_police_firing_tear_gas_at_protesting_students_makes_the_students_actor1():
    (inc,) = run("Police fired rubber bullets and tear gas at students protesting against job quotas in Maiduguri on "
                 "Thursday, witnesses said.", country="Nigeria")
    assert (inc["event_type"], inc["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert inc["actor2"] == "Police Forces of Nigeria" and inc["actor1"].startswith("Protesters")


def test_the_dead_included_credits_its_source_to_the_event():
    (inc,) = run("Thirteen police officers were killed on Monday when gunmen ambushed a convoy near Bama. The dead included "
                 "the town's security chief, the Borno state prosecutor's office said on Tuesday.", country="Nigeria",
                 attributions=[{"source": "Borno state prosecutor", "kind": "claim", "sent": 1, "start": 84,
                                "end": 120, "figures": []}])
    assert "Borno state prosecutor" in inc["sources"]


def test_the_nearby_hotel_in_a_past_attack_is_near_the_story_place():
    incs = run("A suicide bomber struck a restaurant in Mogadishu on Friday, killing 32 people. In June last year, "
               "militants laid siege to the nearby Pearl Beach hotel for several hours, killing nine people.",
               country="Somalia")
    assert [i["location"] for i in incs] == ["Mogadishu", "Mogadishu"]


def test_an_airport_and_its_town_struck_the_same_day_by_the_same_side_are_one_event():
    PLACES["Goma airport"] = Place("Goma airport", "North Kivu", "Democratic Republic of Congo", -1.67, 29.24, 1, "site")
    try:
        incs = run("Witnesses said explosions shook Goma on Monday. M23 said strikes also hit an air base next to "
                   "Goma airport on Monday.", country="Democratic Republic of Congo")
    finally:
        del PLACES["Goma airport"]
    assert len(incs) == 1


@pytest.mark.parametrize("text, date", [
    ("Witnesses said explosions shook Bama on Wednesday, killing two people.", "2024-03-06"),
    ("The army said in a statement released on Friday that jets struck Bama, killing two militants.", "2024-03-09"),
])
def test_a_day_inside_what_witnesses_said_dates_the_event_not_a_statements_release(text, date):
    (inc,) = run(text, country="Nigeria")
    assert inc["event_date"] == date


def test_the_armys_own_losses_and_kills_are_a_figure_for_the_ambush_told():
    (inc,) = run("On 7 March, Boko Haram fighters ambushed an army convoy near Bama, the group said. The army said it lost "
                 "two soldiers and killed 20 Boko Haram fighters.", country="Nigeria")
    assert inc["actor1"] == "Boko Haram" and any(c["fatalities"] for c in inc["fatality_claims"])


def test_a_separate_attack_inside_the_region_does_not_swallow_the_regional_one():
    incs = run("Gunmen killed 20 people in Borno on Monday, officials said. In a separate attack, gunmen killed five "
               "people in Bama on Monday.", country="Nigeria")
    assert sorted((i["location"], i["fatalities"]) for i in incs) == [("Bama", 5), ("Borno", 20)]


def test_an_event_with_as_fighting_intensified_is_still_an_event():
    (inc,) = run("Army jets killed at least 35 people in Bama on Tuesday, health officials said, as fighting intensified "
                 "in the region.", country="Nigeria")
    assert inc["fatalities"] == 35 and inc["location"] == "Bama"


def test_a_groups_claim_after_a_town_is_named_is_placed_there_not_at_the_earlier_strike():
    incs = run("In Bama, a strike on a school killed 12 people on Tuesday, the Civil Defence said. The army said it had "
               "targeted militants. In Maiduguri, army tanks pushed deeper into the town, and residents reported heavy "
               "gunfire. Boko Haram said its fighters destroyed two tanks with anti-tank rockets.", country="Nigeria")
    (claimed,) = [i for i in incs if i["actor1"] == "Boko Haram"]
    assert claimed["event_type"] == "Battles" and claimed["location"] == "Maiduguri"


@pytest.mark.parametrize("text, a1, a2", [
    ("On Friday, a roadside bomb struck a police van near Bama, killing three policemen.", None,
     "Police Forces of Nigeria"),
    ("On Friday, Boko Haram fighters attacked an army convoy near Bama, killing four soldiers.", "Boko Haram",
     "Military Forces of Nigeria"),
])
def test_the_killing_participle_belongs_to_the_main_clauses_subject(text, a1, a2):
    (inc,) = run(text, country="Nigeria")
    assert (inc["actor1"] or None, inc["actor2"]) == (a1, a2) or (a1 is None and inc["actor1"] in (
        None, "Unidentified Armed Group (Nigeria)") and inc["actor2"] == a2)


def test_details_across_the_border_do_not_merge_into_the_event_just_told():
    incs = run("Russian artillery shelled Kharkiv overnight, killing a 60-year-old man, the governor said.\n\n"
               "Across the border, officials in Goma claimed that drones were downed over the region and that falling "
               "debris damaged two houses in Sake.", country="Ukraine")
    (kharkiv,) = [i for i in incs if i["location"] == "Kharkiv"]
    assert kharkiv["fatalities"] == 1 and len(kharkiv["evidence"]) == 1


@pytest.mark.parametrize("text, n", [
    ("Authorities found 11 bodies, some with signs of torture, on a road near Bama on Tuesday, the prosecutor said.", 1),
    ("Gunmen attacked Bama on Monday. Villagers found 11 bodies in the bush on Tuesday.", 1),
])
def test_bodies_found_are_an_event_only_when_no_event_beside_them_explains_them(text, n):
    assert len(run(text, country="Nigeria")) == n


def test_another_attacker_also_striking_that_day_is_its_own_event_even_undated():
    incs = run("Army shelling on Bama killed five civilians on Saturday, rescuers said. Chadian warplanes also "
               "struck the countryside, the observatory said.", country="Nigeria")
    assert len(incs) == 2


def test_gunmen_firing_on_journalists_where_an_officer_also_died_stays_an_attack_on_civilians():
    (inc,) = run("The observatory condemns the attack carried out on Tuesday at the hospital in Maiduguri, where gunmen "
                 "opened fire on journalists who had gathered to cover the announced reopening of the facility. Two "
                 "journalists and a police officer were killed and at least seven other people were wounded.",
                 country="Nigeria")
    assert inc["event_type"] == "Violence against civilians" and inc["fatalities"] == 3


@pytest.mark.parametrize("text, day", [
    ("Just five weeks earlier, on 2 February, gunmen killed twelve villagers near Bama.", "2024-02-02"),
    ("Three weeks before, on 14 February, a roadside bomb killed four soldiers near Bama.", "2024-02-14"),
])
def test_a_calendar_date_beats_a_rough_offset_in_the_same_clause(text, day):
    (inc,) = run(text, country="Nigeria")
    assert inc["event_date"] == day


@pytest.mark.parametrize("text", [
    "The death toll from a bomb blast at a market in Bama rose to 14 on Wednesday, police said.",
    "Police in Maiduguri registered a case on Wednesday over the killing of 14 villagers in Bama.",
])
def test_a_toll_update_or_a_case_filed_is_not_the_day_of_the_event(text):
    incs = run(text, country="Nigeria")
    assert incs and all(i["event_date"] != "2024-03-06" for i in incs)


def test_a_back_reference_moving_the_event_to_named_places_keeps_its_sides_and_leaves_the_dateline_town():
    incs = run("GOMA, Congo (Wire) — M23 rebels shelled army positions on Tuesday, the army said.\n\n"
               "The army said the shelling targeted Sake, Rutshuru and Munigi.", country="Democratic Republic of Congo")
    assert sorted(i["location"] for i in incs) == ["Munigi", "Rutshuru", "Sake"]
    assert all(i["actor1"] == "M23" and i["actor2"].startswith("Military Forces") for i in incs)


@pytest.mark.parametrize("text, places", [
    (("Boko Haram fighters attacked an army base in Bama on Tuesday, and that Boko Haram fighters also tried to "
     "advance near Maiduguri."), ["Bama", "Maiduguri"]),
    (("In Bama, gunmen attacked a police post, killing four officers, and in the Maiduguri area a bridge was blown up "
     "by militants."), ["Bama", "Maiduguri"]),
])
def test_a_roundup_clause_opened_by_and_in_a_place_is_an_event_of_its_own(text, places):
    assert [i["location"] for i in run(text, country="Nigeria")] == places


def test_the_same_attacker_also_trying_elsewhere_fights_the_same_side():
    incs = run("Boko Haram fighters attacked an army base in Bama on Tuesday, and that Boko Haram fighters also tried to "
               "advance near Maiduguri.", country="Nigeria")
    assert [i["actor2"] for i in incs] == ["Military Forces of Nigeria"] * 2


def test_since_a_date_when_something_happened_is_a_dated_event_of_its_own():
    incs = run("Gunmen killed nine villagers in Bama on Monday, the deadliest attack in the state since February 14, "
               "2020, when soldiers killed 21 civilians in Maiduguri.", country="Nigeria")
    by_place = {i["location"]: i for i in incs}
    assert by_place["Bama"]["event_date"] == "2024-03-04"
    assert by_place["Maiduguri"]["event_date"] == "2020-02-14"
    assert by_place["Maiduguri"]["actor1"] == "Military Forces of Nigeria"


@pytest.mark.parametrize("text", [
    "Police in Maiduguri on Wednesday registered a case against unknown gunmen over the killing of 14 villagers in Bama.",
    ("The police station in Maiduguri filed a first information report (FIR) against unidentified attackers over the "
    "killing of 14 villagers in Bama."),
])
def test_a_case_filed_over_a_killing_is_the_killing_by_the_accused_not_a_police_act(text):
    (inc,) = run(text, country="Nigeria")
    assert inc["actor1"] != "Police Forces of Nigeria" and inc["location"] == "Bama"
    assert inc["event_date"] != "2024-03-06" and inc["fatalities"] == 14


@pytest.mark.parametrize("text", [
    "On Monday night some 30 armed men blocked the road near Bama.",
    "Heavily armed persons barricaded the highway outside Maiduguri on Sunday.",
])
def test_armed_men_blocking_a_road_are_no_protest(text):
    assert all(i["event_type"] != "Protests" for i in run(text, country="Nigeria"))


@pytest.mark.parametrize("text, a1", [
    ("On Sunday the town of Bama was the target of a complex attack by a large number of Boko Haram fighters.",
     "Boko Haram"),
    ("On Sunday an army base near Bama was attacked by dozens of Boko Haram fighters.", "Boko Haram"),
])
def test_the_agent_after_a_quantifier_is_the_attacker(text, a1):
    (inc,) = run(text, country="Nigeria")
    assert inc["actor1"] == a1


def test_militants_struck_by_aircraft_in_a_states_report_are_hit_by_its_air_force():
    (inc,) = run("On Sunday, columns of fleeing terrorists were repeatedly struck by aircraft near Bama.", country="Nigeria")
    assert inc["actor1"] == "Military Forces of Nigeria" and inc["sub_event_type"] == "Air/drone strike"


def test_civilians_hit_by_drones_are_not_blamed_on_the_articles_own_state():
    (inc,) = run("On Sunday, two civilians were killed by drones in Kharkiv.", country="Ukraine")
    assert inc["actor1"] != "Military Forces of Ukraine"


def test_a_fight_between_members_of_two_groups_has_both_sides():
    (inc,) = run("Heavy fighting broke out on Sunday near Bama between members of the Boko Haram and ISWAP factions.",
                 country="Nigeria")
    assert {inc["actor1"], inc["actor2"]} == {"Boko Haram", "Islamic State West Africa Province"}


def test_other_sites_also_targeted_after_a_strike_are_strikes_of_their_own():
    incs = run("Russian missiles and drones struck an energy plant in Kharkiv on Tuesday, killing three workers, the "
               "governor said.\n\nA depot in Izium was also targeted.", country="Ukraine")
    by_place = {i["location"]: i for i in incs}
    assert by_place["Izium"]["event_type"] == "Explosions/Remote violence"
    assert by_place["Izium"]["actor1"] == "Military Forces of Russia"


@pytest.mark.parametrize("text", [
    "It is not the first time Bama has been targeted.",
    "Not for the first time, the market in Bama was attacked.",
])
def test_not_the_first_time_is_background(text):
    from sitrep.extract.events import is_aggregate

    assert is_aggregate(text)


def test_an_event_that_came_a_day_after_another_opens_that_earlier_event():
    incs = run("Gunmen raided a village near Bama on Saturday, killing five men.\n\nThe raid came barely a day after "
               "a police truck on patrol near Maiduguri ran over an improvised explosive device.", country="Nigeria")
    by_place = {i["location"]: i for i in incs}
    assert by_place["Bama"]["event_date"] == "2024-03-09"
    ied = by_place["Maiduguri"]
    assert ied["event_date"] == "2024-03-08" and ied["sub_event_type"] == "Remote explosive/landmine/IED"
    assert ied["actor2"] == "Police Forces of Nigeria" and ied["actor1"] != "Police Forces of Nigeria"


@pytest.mark.parametrize("text, place", [
    (("Boko Haram fighters attacked Bama on Tuesday, killing four soldiers.\n\nIt is a familiar target. On 8 September "
     "2018, Boko Haram fighters overran an army base in the town, killing at least 15 soldiers."), "Bama"),
    (("Gunmen attacked Bama on Tuesday, killing four villagers.\n\nIn April 2015, the army besieged and razed the town, "
     "killing 52 people."), "Bama"),
])
def test_the_town_in_a_past_event_is_the_last_town_named(text, place):
    incs = run(text, country="Nigeria")
    old = [i for i in incs if i["event_date"] < "2020"]
    assert old and all(i["location"] == place for i in old)


def test_a_third_force_fighting_the_attackers_is_its_own_battle():
    incs = run("Boko Haram fighters attacked a camp for displaced people near Bama on Sunday night, killing 46 "
               "civilians.\n\nNigerian troops based nearby intervened and exchanged fire with the attackers.",
               country="Nigeria")
    assert len(incs) == 2
    assert incs[0]["event_type"] == "Violence against civilians" and incs[0]["fatalities"] == 46
    assert incs[1]["event_type"] == "Battles" and incs[1]["actor1"] == "Military Forces of Nigeria"


def test_the_fighting_broke_out_dates_the_undated_lead_instead_of_adding_an_event():
    incs = run("The death toll from a prison riot in Maiduguri rose to 44, officials said.\n\nThe fighting broke out "
               "on Thursday between members of Boko Haram and ISWAP held in the prison.", country="Nigeria")
    assert len(incs) == 1
    assert incs[0]["event_date"] == "2024-03-07" and incs[0]["fatalities"] == 44


def test_agentless_shells_where_a_side_was_just_shelling_are_that_sides():
    incs = run("Russian artillery pounded Izium on Tuesday, killing two civilians.\n\nOn Wednesday, shells landed "
               "around houses in Izium, injuring a woman.", country="Ukraine")
    assert [i["actor1"] for i in incs] == ["Military Forces of Russia", "Military Forces of Russia"]


def test_a_massacre_that_came_a_day_after_a_raid_dates_the_raid_a_day_earlier():
    incs = run("At least twenty villagers were killed when gunmen raided a village near Bama late on Friday, officials "
               "said.\n\nThe massacre came a day after troops stormed a Boko Haram camp near Maiduguri.", country="Nigeria")
    by_place = {i["location"]: i for i in incs}
    assert by_place["Bama"]["event_date"] == "2024-03-08"
    assert by_place["Maiduguri"]["event_date"] == "2024-03-07"


def test_a_missile_fired_from_territory_a_group_holds_is_that_groups():
    (inc,) = run("On Tuesday, a rocket fired from Boko Haram-held territory landed near a market in Bama.", country="Nigeria")
    assert inc["actor1"] == "Boko Haram" and inc["event_type"] == "Explosions/Remote violence"
