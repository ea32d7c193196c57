"""Counts and killed figures: numerals, number words, dozens; wounded and casualties are not deaths."""

import pytest

from sitrep.extract.numbers import fatality_count, parse_count, victim_sides


@pytest.mark.parametrize("text, expected", [
    ("33", 33), ("1,200", 1200), ("ten", 10), ("twenty-five", 25), ("one hundred and three", 103),
    ("over two dozen", 24), ("a dozen", 12), ("dozens", 12), ("hundreds", 100), ("at least 100", 100),
    ("nearly forty", 40), ("banana", None),
])
def test_parse_count(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("gunmen killed over two dozen villagers in the same district", 24),
    ("the raid left ten soldiers and two civilians dead", 12),
    ("militants killed ten soldiers and two civilians", 12),
    ("an explosion killing four men and wounding six others", 4),
    ("Nine people were killed and 30 wounded in the market", 9),
    ("At least 100 people, including children, were killed", 100),
    ("the air strike killed a senior commander of the group", 1),
    ("Strike kills 14 in Mosul", 14),
    ("the death toll has risen to 57", 57),
    ("dozens were killed when the shells hit", 12),
    ("18 dead after rebels storm village", 18),
    ("At least 104 people, including 35 children, were killed", 104),
    ("the strike killed Hamas leader Saleh al-Arouri in Beirut", 1),
    ("the bodies of 11 men were found", 11),
])
def test_killed_figure_of_a_clause(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text", [
    "the blast wounded 12 policemen",
    "the attack left over two dozen casualties",
    "No casualties were reported.",
    "three soldiers were injured and two are missing",
    "the army deployed 300 troops to the town",
])
def test_no_killed_figure_gives_none(text):
    assert fatality_count(text) is None


@pytest.mark.parametrize("text, expected", [
    ("a civilian was martyred and his son was injured in a landmine explosion", 1),
    ("a police constable was martyred when unknown miscreants opened fire on a checkpoint", 1),
    ("one soldier was killed and two were wounded", 1),
    ("Two soldiers embraced martyrdom during the intense exchange of fire", 2),
    ("In November 2001, FARC guerrillas killed 12 police officers in an attack on the town", 12),
    ("Since 2014, 300 people have been killed in the region", 300),
    ("Russian shelling of Nikopol on March 13 killed a 67-year-old man", 1),  # a date's day is not a count
    ("an air strike on 13 March killed a shepherd", 1),
    ("In March, 13 people were killed in the district", 13),
])
def test_singular_victims_martyrdom_and_years(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, sides", [
    ("Security forces killed three terrorists in an operation", {"armed"}),
    ("Two soldiers embraced martyrdom during the exchange of fire", {"forces"}),
    ("the fighting left at least 12 soldiers and 20 militants dead", {"forces", "armed"}),
    ("the strike killed at least 15 people", {"civilians"}),
    ("police put the death toll at seven", set()),
])
def test_victim_sides_say_whose_dead_a_figure_counts(text, sides):
    assert victim_sides(text) == sides


@pytest.mark.parametrize("text, expected", [
    ("half a dozen", 6), ("a half-dozen", 6), ("a dozen", 12), ("dozens", 12), ("scores", 20), ("a handful", 3),
    ("over two dozen", 24), ("some 30", 30), ("nearly 40", 40), ("at least 100", 100),
])
def test_vague_and_modified_counts(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("half a dozen men were shot dead when gunmen opened fire on a car wash", 6),
    ("a handful of soldiers were killed in the ambush", 3),
    ("some 30 people were killed", 30),
    ("scores of villagers were killed", 20),
])
def test_vague_counts_in_a_clause(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two journalists and a police officer were killed and seven others wounded", 3),
    ("Four Turkish engineers and their local driver were killed on Tuesday", 5),
    ("the bomb killed two soldiers and a civilian", 3),
    ("the blast killed the driver and two passengers", 3),
    ("gunmen shot dead the provincial governor, a retired general, and two of his bodyguards", 3),
    ("ten soldiers and two civilians were killed", 12),
])
def test_a_joined_singular_person_counts_one(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he said 40 raids had killed three of the group's fighters and wounded six others", 3),
    ("12 US air strikes killed seven militants", 7),
    ("Two days of fighting left 30 people dead", 30),
    ("three drones and five soldiers were killed", 5),
    ("A few hours later, gunmen killed two farmers", 2),
    ("the rockets killed 20 during the night", 20),
])
def test_a_number_of_things_or_days_is_not_a_death_toll(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nine members of the Islamic State group were killed in the raid", 9),
    ("Three of the 15 killed were children", 15),
    ("the strike hit a car on the road, killing two members of the YPG-led SDF and a civilian", 3),
])
def test_of_the_names_the_group_unless_it_is_a_share_of_another_count(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text", [
    "On Tuesday, some 200 relatives and colleagues of the slain officers marched to the palace",
    "Hundreds of mourners carried the dead through the streets",
])
def test_people_around_the_dead_are_not_a_death_toll(text):
    assert fatality_count(text) is None


@pytest.mark.parametrize("text, expected", [
    ("gunmen killed a man and his two sons", 3),
    ("a woman and her son were killed when the shell hit", 2),
    ("the strike killed his wife and three children", 4),
    ("killed a farmer and wounded two others", 1),
    ("killed one soldier and two days later withdrew", 1),  # 'two days' counts no one
    ("the ambush killed all 12 passengers", 12),
    ("the shell killed three men and a two-year-old child", 4),  # an age is not a count
    ("shelling killed a 67-year-old man and his 12-year-old grandson", 2),
])
def test_people_joined_to_a_single_victim_are_counted(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the army said it neutralised 50 terrorists in the counter-attack", 50),  # Sahel and Turkish military usage
    ("Seven terrorists were neutralized in the operation region", 7),
    ("three villagers were hacked to death", 3),
    ("a mob lynched two men accused of theft", 2),
])
def test_other_words_for_killing(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("gunmen killed 3 soldiers, 2 police officers and a civilian", 6),
    ("Three soldiers, two policemen and four civilians were killed", 9),
    ("the raid killed 21 people, 15 of them civilians, and wounded 30", 21),  # a share of the first count
    ("The death toll from Saturday's attack has climbed to 45", 45),
    ("A suicide bomber killed himself and 12 others at the checkpoint", 13),
])
def test_lists_tolls_and_the_attacker_counted_by_the_text(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 3 April, twenty inmates were killed in a riot.", 20),
    ("On April 3, twenty inmates were killed in a riot.", 20),
    ("Five weeks earlier, twenty inmates were killed in a riot.", 20),
    ("Just five weeks earlier, on 3 April, twenty inmates were killed at the jail.", 20),
    ("In 2019, 12 people were killed in the same village.", 12),
    ("Two were wounded and three killed in the blast.", 3),
])
def test_a_count_after_a_date_or_another_number_in_the_phrase_is_found(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("a young man, Youssef Haddad, 22, was martyred by army bullets", 1),
    ("a young man, Youssef Haddad, was killed by army bullets", 1),
    ("Karim Nasser, 35, was killed when the shell hit his home", 1),
])
def test_an_age_beside_a_name_is_never_a_count(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nine citizens ascended as martyrs during the raid.", 9),
    ("Three young men rose as martyrs at dawn.", 3),
    ("four residents ascended to martyrdom in the shelling", 4),
    ("a young man ascended as a martyr near the camp", 1),
    ("more than four hundred (400) terrorists were neutralised", 400),
    ("the army killed twelve (12) assailants", 12),
    ("The driver was killed and a child wounded.", 1),
    ("a farmer was shot dead in his field", 1),
    ("the shepherd was killed by a mine", 1),
])
def test_martyrdom_idioms_bracketed_figures_and_single_victims_count(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text", ["the soldiers were killed", "The drivers went on strike."])
def test_a_plural_or_no_killing_gives_no_single_victim(text):
    assert fatality_count(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Ahmed Ali, 35, and Omar Said, 40, were killed in the raid", 2),
    ("Mohammed Saleh and Khaled Omar were martyred by army fire", 2),
    ("Ahmed Ali, Omar Said and Yousef Kamal were shot dead at the checkpoint", 3),
    ("Ahmed Ali, 35, Omar Said, 40, and Yousef Kamal, 19, were killed", 3),
    ("Residents of Khan Younis and Deir Balah were killed", None),
])
def test_a_list_of_named_victims_counts_one_each(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The death toll from a riot at the Bellavista prison in Santo Domingo de los Tsachilas province rose to 44 on Tuesday", 44),
    ("the toll from the fighting in the north of the country stood at 57", 57),
    ("The toll remains unclear and officials said up to 30 people fled", None),
])
def test_a_toll_with_a_long_from_phrase_still_gives_its_figure(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The attack claimed 12 lives.", 12),
    ("The attack claimed the lives of 12 people.", 12),
    ("the strike took five more lives in the camp", 5),
    ("Two soldiers succumbed to their injuries in hospital.", 2),
    ("A policeman succumbed to his wounds on Monday", 1),
    ("a soldier lost his life in the ambush", 1),
    ("the number of martyrs rose to 30", 30),
    ("the number of victims has risen to 30", 30),
    ("The girl was treated for her injuries", None),
    ("he risked his life to save them", None),
])
def test_lives_claimed_wounds_succumbed_to_and_victims_tolls_count(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("some 40-50 people were killed in the raid", 40),
    ("between 20 and 30 people were killed", 20),
    ("the gunmen killed between 20 and 30 people", 20),
    ("the army killed 10-15 militants", 10),
    ("the 2014-2016 war killed 300 people", 300),
    ("between 2020 and 2023, 40 people were killed", 40),
    ("fighting between two groups killed 5", 5),
])
def test_a_range_counts_its_lower_figure(text, expected):
    assert fatality_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fatalities: 5", 5),
    ("Killed: 12; wounded: 30", 12),
    ("Deaths: at least 3", 3),
    ("Dead: 7", 7),
    ("Wounded: 7", None),
])
def test_a_labelled_figure_in_a_report_counts(text, expected):
    assert fatality_count(text) == expected
