"""Event triggers and ACLED event types of clauses."""

import pytest

from sitrep.extract.events import classify, find_triggers, is_aggregate, is_non_conflict, live_triggers


def etype(text, k1=None, k2=None):
    return classify(live_triggers(text), k1, k2, text)


@pytest.mark.parametrize("text, k1, k2, expected", [
    ("Israeli jets carried out an air strike on the camp", "state forces", None, ("Explosions/Remote violence", "Air/drone strike")),
    ("a drone struck the base", None, "state forces", ("Explosions/Remote violence", "Air/drone strike")),
    ("militants launched three rockets at the base", "armed group", None,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("artillery shelling hit the village", None, None, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("a roadside bomb struck a police patrol", None, "police", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("a suicide bomber blew himself up at a checkpoint", None, None, ("Explosions/Remote violence", "Suicide bomb")),
    ("a man threw a grenade into the bar", None, None, ("Explosions/Remote violence", "Grenade")),
    ("a massive explosion near the shrine", None, None, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("the rebels clashed with the army", "armed group", "state forces", ("Battles", "Armed clash")),
    ("fighters ambushed a convoy with rocket-propelled grenades", "armed group", "state forces", ("Battles", "Armed clash")),
    ("gunmen opened fire on worshippers", "unidentified", "civilians", ("Violence against civilians", "Attack")),
    ("militants abducted 40 farmers", "armed group", "civilians",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("thousands rallied in the capital", "protesters", None, ("Protests", "Peaceful protest")),
    ("police fired tear gas to disperse protesters", "police", "protesters", ("Protests", "Protest with intervention")),
    ("security forces shot dead five protesters", "state forces", "protesters", ("Protests", "Excessive force against protesters")),
    ("rival protesters clashed in the square", "protesters", "protesters", ("Riots", "Mob violence")),
    ("demonstrators torched a police station", "protesters", "police", ("Riots", "Violent demonstration")),
    ("a planned rocket attack was foiled", None, None, ("Strategic developments", "Disrupted weapons use")),
    ("police arrested a suspect", "police", None, ("Strategic developments", "Arrests")),
])
def test_event_type_from_triggers_and_actor_kinds(text, k1, k2, expected):
    assert etype(text, k1, k2) == expected


@pytest.mark.parametrize("text", [
    "the group threatened to attack US bases",
    "sending rocket systems to prepare for possible attacks",
    "the army denied shelling the village",
    "This marked the fourth attack in the province this month",
    "in one of the deadliest attacks since fighting broke out in April",
    "the group vowed to step up its operations",
])
def test_threats_plans_denials_and_background_are_not_events(text):
    assert etype(text) is None


@pytest.mark.parametrize("text, expected", [
    ("139 civilians have been killed so far since the start of 2023", True),
    ("the group has been waging a campaign of killings", True),
    ("more than 100 herders have been killed since the beginning of February", True),
    ("gunmen killed five herders on Friday", False),
])
def test_running_totals_are_aggregates(text, expected):
    assert is_aggregate(text) is expected


@pytest.mark.parametrize("text, k1, k2, expected", [
    ("the military bombed a camp for displaced people", "state forces", "civilians",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("a store of explosives blew up", None, None, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("clashes between rival armed groups killed 55 people", "unidentified", "civilians", ("Battles", "Armed clash")),
    ("security forces and protesters clashed", "state forces", "protesters", ("Riots", "Violent demonstration")),
    ("security forces killed three terrorists in an intelligence-based operation", "state forces", "unidentified",
     ("Battles", "Armed clash")),
    ("bandits killed 20 villagers and abducted dozens more", "unidentified", "civilians",
     ("Violence against civilians", "Attack")),
    ("protesters gathered in the capital to demand the departure of French troops", "protesters", None,
     ("Protests", "Peaceful protest")),
    ("Hundreds of people protested against power cuts and the collapse of the currency", "protesters", None,
     ("Protests", "Peaceful protest")),
])
def test_event_type_generalises_beyond_the_dev_wording(text, k1, k2, expected):
    assert etype(text, k1, k2) == expected


@pytest.mark.parametrize("text, expected", [
    ("five people died when a building collapsed", True),
    ("the collapse of a school roof killed three pupils", True),
    ("protesters denounced the collapse of the rial", False),
    ("the collapse of the ceasefire", False),
])
def test_only_physical_collapses_are_disasters(text, expected):
    assert is_non_conflict(text) is expected


@pytest.mark.parametrize("text, triggers", [
    ("4 March: Clashes near the town", ["Clashes"]),
    ("In March 2011, protests spread", ["protests"]),
    ("on March 3 soldiers were deployed", ["deployed"]),
    ("thousands march in the capital", ["march"]),
])
def test_the_month_march_is_not_a_march(text, triggers):
    assert [t.text for t in find_triggers(text)] == triggers


def test_an_assassination_of_an_unnamed_victim_is_an_attack_on_civilians():
    assert etype("unknown gunmen assassinated a member of the reconciliation committee", "unidentified", None) == (
        "Violence against civilians", "Attack")


def test_police_clashing_with_residents_is_a_riot():
    assert etype("police clashed with residents in the market", "police", "civilians") == ("Riots", "Violent demonstration")


def test_the_month_may_is_not_a_hedge():
    clause = "a conflict that began on 3 May 2023, when clashes broke out between the two communities"
    assert [t.text for t in live_triggers(clause)] == ["clashes"]


def test_fighting_between_two_sides_is_a_battle_whoever_died():
    assert etype("Fighting between members of the movement and Islamist militants killed at least six people",
                 "unidentified", "civilians") == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "more than 300 social leaders were killed in Colombia last year",
    "last year 189 activists were killed across the country",
])
def test_a_years_toll_is_an_aggregate(text):
    assert is_aggregate(text)


def test_falling_debris_is_remote_violence():
    assert etype("two people were killed when debris fell on a port warehouse", None, "civilians") == (
        "Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text, expected", [
    ("The insurgency, now in its 15th year, has killed more than 40,000 people", True),
    ("The group, which has fought the federal government for more than 15 years", True),
    ("Attacks on civilians intensified in Gezira during the reporting period", True),
    ("militant attacks rose sharply in the first quarter", True),
    ("Attacks on the security forces have risen by more than 30% this year", True),
    ("at least 5,350 people were killed in gang violence this year", True),
    ("the vessel has been targeted before", True),
    ("The fighting has killed at least 12 people, medics said", False),
    ("Fighting in the war killed 20 soldiers on Monday", False),
    ("Clashes between the two groups killed 55 people in Tripoli on Monday", False),
])
def test_trends_spans_and_abstract_subjects_are_background(text, expected):
    assert is_aggregate(text) is expected


@pytest.mark.parametrize("text, k1, k2, expected", [
    ("Positional engagements continued near Bohdanivka", None, None, ("Battles", "Armed clash")),
    ("fighting continued near Avdiivka", None, None, ("Battles", "Armed clash")),
    ("Turkish forces neutralized seven terrorists in northern Iraq", "state forces", "armed group", ("Battles", "Armed clash")),
    ("police fired tear gas shells to disperse the protesters", "police", "protesters",
     ("Protests", "Protest with intervention")),
    ("air defenses destroyed 12 of them over Odesa", "state forces", None,
     ("Strategic developments", "Disrupted weapons use")),
])
def test_war_report_wordings_get_their_acled_type(text, k1, k2, expected):
    assert etype(text, k1, k2) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three days after the ambush, the violence spilled over into a neighbouring state", []),
    ("Hours after the bombing, residents held a vigil", ["vigil"]),
    ("Following the deadly attack, police raided homes", ["raided"]),
    ("In the aftermath of the massacre, gunmen attacked a church", ["attacked"]),
    ("gunmen attacked the village on Monday", ["attacked"]),
])
def test_after_the_event_noun_only_dates_the_clause(text, expected):
    assert [t.text for t in live_triggers(text) if t.role == "event"] == expected


@pytest.mark.parametrize("text, expected", [
    ("militants tried to storm the naval air station", ("Battles", "Armed clash")),
    ("gunmen attempted to overrun the army base", ("Battles", "Armed clash")),
])
def test_an_attempted_attack_is_an_attack(text, expected):
    assert etype(text, "unidentified", None) == expected
    assert not is_non_conflict(text)


@pytest.mark.parametrize("text, expected", [
    ("At least 5,350 people were killed in gang violence across Haiti in 2024.", True),
    ("Fighting in Tripoli killed 20 people on 3 May.", False),
])
def test_a_toll_of_violence_over_a_whole_year_is_background(text, expected):
    assert is_aggregate(text) is expected


@pytest.mark.parametrize("text", [
    "the army had neutralised dozens of militants in the region in recent weeks",
    "the cartel had been fighting its rivals for control of the area",
    "the CJNG, which has been fighting local groups for control of the area",
    "troops killed 40 insurgents over the past few months",
])
def test_recent_weeks_and_ongoing_rivalries_are_background(text):
    assert is_aggregate(text)


@pytest.mark.parametrize("text, k1, expected", [
    ("protesters blocked the main highway", "protesters", ("Protests", "Peaceful protest")),
    ("the attackers blocked the road and robbed the passengers", "unidentified", None),
    ("a passenger who tried to escape was shot dead", None, ("Battles", "Armed clash")),
])
def test_blocking_roads_and_attempts_depend_on_who_and_what(text, k1, expected):
    assert etype(text, k1, None) == expected


@pytest.mark.parametrize("text, expected", [
    ("gunmen shot dead the regional president and two of his advisers", ("Violence against civilians", "Attack")),
    ("militants killed a village head and a teacher", ("Violence against civilians", "Attack")),
    ("militants killed four soldiers", ("Battles", "Armed clash")),
])
def test_a_targeted_killing_of_an_official_is_violence_against_civilians(text, expected):
    assert etype(text, "unidentified", "state forces" if "soldiers" in text else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Authorities found 11 bodies, some with signs of torture, on a rural road", ("Violence against civilians", "Attack")),
    ("the bullet-riddled bodies of five men were dumped near the highway", ("Violence against civilians", "Attack")),
    ("rescuers recovered 40 bodies from the rubble", None),
])
def test_bodies_found_dumped_or_in_a_mass_grave_are_an_attack_on_civilians(text, expected):
    assert etype(text) == expected


def test_every_trigger_row_has_four_fields_and_compiles():
    import csv
    import re

    from sitrep.config import PACKAGE_DATA

    with open(PACKAGE_DATA / "event_triggers.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        assert None not in r and set(r) == {"pattern", "role", "event_type", "sub_event_type"}
        re.compile(r["pattern"])


@pytest.mark.parametrize("text, expected", [
    ("After several hours of intense fighting, the attackers were repelled", ("Battles", "Armed clash")),
    ("violent fighting broke out near the border post", ("Battles", "Armed clash")),
    ("enemy units also tried to advance near the town", ("Battles", "Armed clash")),
    ("the infantry attempted to break through the defence line", ("Battles", "Armed clash")),
    ("the village came under fire from the Ukrainian side", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_attempted_advances_and_intense_fighting_are_battles(text, expected):
    assert etype(text) == expected


@pytest.mark.parametrize("text", [
    "The raid came a day after a police truck ran over an improvised explosive device",
    "Hours after the ambush, an army truck drove over a landmine on the road",
])
def test_running_over_a_bomb_is_an_event_not_a_topic(text):
    assert any(t.sub_event_type == "Remote explosive/landmine/IED" for t in live_triggers(text))


@pytest.mark.parametrize("text", [
    ("The conflict between the army and separatists fighting for an independent homeland in the northwest erupted "
    "in 2017 and has killed more than 6,000 people."),
    ("The two neighbours fought a six-week war in the autumn of 2020 over the disputed region that killed more than "
    "6,500 soldiers."),
])
def test_a_wars_running_toll_is_background(text):
    assert is_aggregate(text)
