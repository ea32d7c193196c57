"""sitrep/extract/places.py: the sitrep_places component on sentences a wire reporter would write."""

import time

import pytest

from sitrep.extract.pipeline import get_nlp
from sitrep.extract.places import annotate, best_place, is_metonym, places_in_sentence
from sitrep.gazetteer import haversine_km


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def run_places(nlp, text):
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    annotate(doc)
    return doc


def found(doc):
    return {p.text: p.place for p in doc._.places}


@pytest.mark.parametrize("text, mention, name, kind, precision, point", [
    ("Shelling hit Aleppo on Monday, residents said.", "Aleppo", "Aleppo", "city", 1, (36.20, 37.16)),
    ("A car bomb exploded in Mosul, Iraqi police said.", "Mosul", "Mosul", "city", 1, (36.34, 43.13)),
    ("An air strike on Omdurman killed 22 people, Sudan's health ministry said.", "Omdurman", "Omdurman", "city", 1,
     (15.64, 32.48)),
    ("Russian forces shelled Bakhmut in Ukraine's Donetsk region overnight.", "Bakhmut", "Bakhmut", "city", 1,
     (48.59, 38.00)),
    ("An Israeli strike hit a house in Khan Younis in the southern Gaza Strip.", "Khan Younis", "Khan Yunis", "city",
     1, (31.34, 34.31)),
    ("Al-Shabaab fighters attacked a hotel in Mogadishu, Somali police said.", "Mogadishu", "Mogadishu", "city", 1,
     (2.04, 45.34)),
    ("M23 rebels advanced towards Goma in eastern Congo.", "Goma", "Goma", "city", 1, (-1.67, 29.23)),
    ("Boko Haram fighters attacked a village near Maiduguri, Nigerian officials said.", "Maiduguri", "Maiduguri",
     "city", 2, (11.85, 13.16)),
    ("Gunmen opened fire near the town of Al-Sukhnah in eastern Homs province.", "Al-Sukhnah", "As Sukhnah", "city",
     2, (34.89, 38.87)),
    ("A roadside bomb struck a patrol south of Kirkuk, Iraqi officials said.", "Kirkuk", "Kirkuk", "city", 2,
     (35.47, 44.39)),
    ("An explosion near the shrine left dozens hurt on the outskirts of Damascus, Syrian state media said.",
     "Damascus", "Damascus", "city", 2, (33.51, 36.29)),
    ("Fighters clashed 10 km north of Idlib, the Syrian monitor said.", "Idlib", "Idlib", "city", 2, (35.93, 36.63)),
    ("Clashes continued in southern Khartoum, Sudanese residents said.", "Khartoum", "Khartoum", "city", 2,
     (15.55, 32.53)),
    ("Two drones targeted the Ain al-Asad air base in Iraq's western Anbar province.", "Ain al-Asad air base",
     "Ain al-Asad air base", "site", 1, (33.79, 42.44)),
    ("Rockets hit the US base at Syria's Conoco gas field.", "Conoco gas field", "Conoco gas field", "site", 1,
     (35.38, 40.38)),
    ("Drones approached the Al-Tanf garrison in southern Syria.", "Al-Tanf garrison", "Al-Tanf garrison", "site", 1,
     (33.5, 38.65)),
    ("Shelling hit the Zaporizhzhia nuclear plant in southern Ukraine.", "Zaporizhzhia nuclear plant",
     "Zaporizhzhia Nuclear Power Plant", "site", 1, (47.51, 34.59)),
    ("Aid trucks entered Gaza through the Rafah crossing on Sunday.", "Rafah crossing", "Rafah crossing", "site", 1,
     (31.25, 34.26)),
    ("Bandits attacked a village in Bukkuyum Local Government Area of Zamfara State.", "Bukkuyum", "Bukkuyum",
     "city", 2, (12.14, 5.47)),  # a Nigerian LGA named after its town: the town, precision 2
    ("Gunmen killed six farmers in Bukkuyum LGA on Sunday.", "Bukkuyum", "Bukkuyum", "city", 2, (12.14, 5.47)),
])
def test_place_mentions_resolve_worldwide(nlp, text, mention, name, kind, precision, point):
    doc = run_places(nlp, text)
    got = found(doc)
    assert mention in got, got
    p = got[mention]
    assert p.name == name and p.kind == kind and p.precision == precision
    assert haversine_km(point, (p.latitude, p.longitude)) < 15


@pytest.mark.parametrize("text, mention, region, country", [
    ("Gunmen killed ten soldiers in Raqqa governorate on Monday, Syrian media said.", "Raqqa governorate", "Raqqa",
     "Syria"),
    ("The strike took place in the countryside of Aleppo province, a Syrian monitor said.", "Aleppo province",
     "Aleppo", "Syria"),
    ("Militants attacked a checkpoint in Iraq's Salahuddin province.", "Salahuddin province", "Salahuddin", "Iraq"),
    ("Shelling killed two civilians in the Donetsk oblast of Ukraine.", "Donetsk oblast", "Donetsk", "Ukraine"),
    ("Fighting spread in North Darfur state, Sudanese witnesses said.", "North Darfur state", "North Darfur",
     "Sudan"),
    ("Insurgents raided a base in Borno State, Nigeria's army said.", "Borno State", "Borno", "Nigeria"),
    ("Clashes broke out in Idlib countryside, the Syrian Observatory said.", "Idlib", "Idlib", "Syria"),
    ("A strike hit rural Damascus on Friday, Syrian state media said.", "Damascus", "Rif Dimashq", "Syria"),
])
def test_region_mentions_are_admin1_with_precision_3(nlp, text, mention, region, country):
    got = found(run_places(nlp, text))
    assert mention in got, got
    p = got[mention]
    assert p.kind == "admin1" and p.name == region and p.country == country and p.precision == 3


def test_listed_regions_share_a_plural_region_word(nlp):
    doc = run_places(nlp, "Oil is looted from Hasakah, Raqqa, and Deir Ezzor governorates in Syria.")
    regions = [p.place.name for p in doc._.places if p.place.kind == "admin1"]
    assert regions == ["Hasakah", "Raqqa", "Deir ez-Zor"]


def test_provinces_of_list(nlp):
    doc = run_places(nlp, "Warplanes struck the border between Raqqa and Deir ez-Zor provinces in Syria.")
    assert [p.place.name for p in doc._.places if p.place.kind == "admin1"] == ["Raqqa", "Deir ez-Zor"]


@pytest.mark.parametrize("text, dateline, country", [
    ("KIRKUK, Iraq - Four people were killed in clashes on Saturday.", "Kirkuk", "Iraq"),
    ("BEIRUT - At least 15 people were killed near Palmyra in Syria's Homs province, a monitor said.", "Beirut",
     "Syria"),
    ("WASHINGTON, July 8, 2023 (Global Desk) - A U.S. drone strike in northern Syria killed a leader near al-Bab.",
     "Washington", "Syria"),
    ("MOGADISHU (Reuters) - A suicide bomber struck a restaurant in the Somali capital.", "Mogadishu", "Somalia"),
])
def test_dateline_is_found_and_article_country_comes_from_the_story(nlp, text, dateline, country):
    doc = run_places(nlp, text)
    assert doc._.dateline is not None and doc._.dateline.place.name == dateline
    assert doc._.country_hint == country


@pytest.mark.parametrize("text, word", [
    ("Islamic State fighters attacked the town.", "Islamic State"),
    ("The Kurdistan Democratic Party said the protests were organised.", "Kurdistan"),
    ("Mobile phone networks were cut in the region on Monday.", "Mobile"),
    ("Police said the attackers fled on motorcycles.", "Police"),
    ("In March, Hassan Nasrallah said the group would respond.", "March"),
    ("In March, Hassan Nasrallah said the group would respond.", "Hassan"),
    ("On Friday, the RSF said it had taken the bridge.", "RSF"),
    ("We remain committed to the defeat of ISIS, a spokesperson said.", "We"),
    ("President Victoria Kennedy said the talks would go on.", "Victoria"),
    ("The Britain-based monitor said 12 people died.", "Britain"),
    ("Pentagon spokesman John Kirby and Lloyd Austin commented on the strike.", "Kirby"),
    ("Pentagon spokesman John Kirby and Lloyd Austin commented on the strike.", "Austin"),
    ("Canada's Mark Carney said Ottawa would send aid.", "Carney"),
    ("Abu Bakr al-Baghdadi was killed in a US raid in Syria.", "Baghdadi"),
    ("Hayat Tahrir al-Sham fighters took the hill in Syria.", "Sham"),
    ("The Arakan Army seized a base in Myanmar.", "Arakan"),
    ("Jaish al-Adl claimed the attack in Iran.", "Adl"),
    ("GAZA, Nov 3 (Reuters) - Strikes hit the north.", "Nov"),
    ("Car bomb kills five near a market, police said.", "Car"),
])
def test_words_that_are_not_places_here_are_ignored(nlp, text, word):
    doc = run_places(nlp, text)
    assert not any(word in p.text for p in doc._.places), [(p.text, p.place.name) for p in doc._.places]


@pytest.mark.parametrize("text, word", [
    ("Washington's forces regularly smuggle oil, Syrian officials said.", "Washington"),
    ("Moscow accused the coalition of violating protocols.", "Moscow"),
    ("The advance was made possible by Damascus, Tehran, and Moscow.", "Tehran"),
    ("The air force shot down 41 of the 78 drones launched by Russia overnight.", "Russia"),  # the agent
    ("Kyiv was hit by missiles fired by Russia on Sunday.", "Russia"),
])
def test_capitals_standing_for_governments_are_not_places(nlp, text, word):
    doc = run_places(nlp, text)
    assert not any(word in p.text for p in doc._.places)


def test_is_metonym_helper():
    text = "Washington's forces left; Kyiv said nothing; troops entered Kyiv yesterday."
    assert is_metonym(text, 0, 10)
    assert is_metonym(text, 26, 30)
    i = text.rindex("Kyiv")
    assert not is_metonym(text, i, i + 4)


def test_article_country_disambiguates_namesakes(nlp):
    lb = found(run_places(nlp, "Clashes in Lebanon: gunmen fought in Tripoli overnight, Lebanese army said."))
    ly = found(run_places(nlp, "Clashes in Libya: militias fought in Tripoli overnight, Libyan officials said."))
    assert lb["Tripoli"].country_code == "LB"
    assert ly["Tripoli"].country_code == "LY"


def test_neighbourhood_named_like_a_foreign_city_is_not_that_city(nlp):
    doc = run_places(nlp, "An air strike on Omdurman in Sudan hit the Dar es Salaam neighbourhood in the west "
                          "of the city.")
    assert all(p.place.country == "Sudan" for p in doc._.places if p.place.kind != "country")


def test_small_foreign_namesake_needs_a_cue(nlp):
    doc = run_places(nlp, "Syrian army units moved through Homs. Officials in Syria said Palestine Liberation "
                          "Army units helped.")
    assert all(p.place.country in ("Syria", None) for p in doc._.places)


def test_mentions_carry_offsets_and_sentence_index(nlp):
    text = "Fighting raged in Sudan.\nAn air strike hit Omdurman on Saturday."
    doc = run_places(nlp, text)
    om = next(p for p in doc._.places if p.place.name == "Omdurman")
    assert text[om.start:om.end] == "Omdurman"
    sents = list(doc.sents)
    assert sents[om.sent].start_char <= om.start < sents[om.sent].end_char


def test_best_place_picks_the_most_specific_place_of_the_sentence(nlp):
    doc = run_places(nlp, "BEIRUT - Gunmen killed 15 people near the town of Al-Sukhnah in eastern Homs province, "
                          "a Syrian monitor said.")
    p = best_place(doc, 0)
    assert p.name == "As Sukhnah" and p.precision == 2 and p.admin1 == "Homs"


def test_best_place_falls_back_to_the_dateline_when_the_sentence_names_only_the_country(nlp):
    doc = run_places(nlp, "KIRKUK, Iraq - Four people were killed on Saturday.")
    assert best_place(doc, 0).name == "Kirkuk"


def test_best_place_looks_back_when_asked(nlp):
    doc = run_places(nlp, "Shelling hit Bakhmut in Ukraine.\nTwo civilians were killed.")
    assert best_place(doc, 1) is None
    assert best_place(doc, 1, lookback=1).name == "Bakhmut"
    assert places_in_sentence(doc, 0)


def test_empty_and_placeless_text(nlp):
    assert run_places(nlp, "")._.places == []
    doc = run_places(nlp, "the quick brown fox jumps over the lazy dog")
    assert doc._.places == [] and doc._.country_hint is None


def test_time_grows_linearly_with_text_length(nlp):
    para = ("BEIRUT - Gunmen killed 15 people near the town of Al-Sukhnah in eastern Homs province, the Syrian "
            "Observatory said. Separately, warplanes struck Jabal al-Bishri between Raqqa and Deir ez-Zor "
            "provinces. In Iraq, drones targeted the Ain al-Asad air base in Anbar province.\n\n")
    nlp.max_length = 10_000_000
    small, big = para * 200, para * 2000
    t = time.perf_counter()
    run_places(nlp, small)
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    doc = run_places(nlp, big)
    t_big = time.perf_counter() - t
    assert len(doc._.places) > 10000
    assert t_big < 25 * t_small + 1.0  # ten times the text, well under quadratic


def test_metropolis_beats_a_namesake_in_another_article_country(nlp):
    doc = run_places(nlp, "Sudanese and Egyptian officials met in Cairo, Sudan's army said, while US envoys stayed "
                          "in Atlanta and Macon in the US.")
    assert found(doc)["Cairo"].country == "Egypt"
    doc = run_places(nlp, "A tornado hit Cairo, Georgia, and nearby towns in the US state.")
    assert found(doc)["Cairo"].country == "United States"


@pytest.mark.parametrize("text, mention, name", [
    ("Government shelling killed five civilians in the village of Darat Izza in western Aleppo, Syria.",
     "Darat Izza", "Darat Izzah"),
    ("Islamic State fighters made a last stand in Baghuz in eastern Syria.", "Baghuz", "Baghuz"),
    ("M23 fighters seized Bunagana on the border with Uganda, Congo's army said.", "Bunagana", "Bunagana"),
])
def test_local_spellings_and_towns_missing_from_geonames_resolve(nlp, text, mention, name):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].name == name


def test_town_followed_by_its_region_makes_the_region_a_qualifier(nlp):
    doc = run_places(nlp, "Gunmen killed 12 people in Salvatierra, Guanajuato, Mexican officials said.")
    got = found(doc)
    assert got["Salvatierra"].kind == "city" and got["Guanajuato"].kind == "admin1"


@pytest.mark.parametrize("text, mention, country", [
    ("Houthi rebels fired a missile in the Red Sea, the U.S. military said.", "U.S.", "United States"),
    ("US forces shot down two drones.", "US", "United States"),
    ("Fighting spread across the DRC and the CAR.", "DRC", "Democratic Republic of Congo"),
    ("Clashes erupted in Tripoli, Lebanon, on Monday.", "Tripoli", "Lebanon"),
    ("Clashes erupted in Tripoli, Libya, on Monday.", "Tripoli", "Libya"),
    ("Independence Square in Kyiv was quiet on Monday.", "Kyiv", "Ukraine"),
])
def test_country_names_codes_and_qualifiers(nlp, text, mention, country):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].country == country


@pytest.mark.parametrize("text, mention, kind, country", [
    (("Gunmen killed 20 villagers in Zamfara state, Nigerian police said. In neighbouring Niger, jihadists "
     "ambushed a convoy."), "Niger", "country", "Niger"),
    ("Bandits raided a market in Niger state, Nigerian police said.", "Niger state", "admin1", "Nigeria"),
    ("TIJUANA, Mexico - Gunmen killed ten people in Ensenada.", "Mexico", "country", "Mexico"),
    ("Fighting in Chad's east spilled into Sudan, Chadian officials said.", "Sudan", "country", "Sudan"),
])
def test_a_country_name_standing_alone_is_the_country(nlp, text, mention, kind, country):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].kind == kind and got[mention].country == country


@pytest.mark.parametrize("text, mention, country", [
    (("Bandits killed 12 people in Katsina state, Nigerian police said. In neighbouring Niger, jihadists ambushed "
     "a convoy in the Tillaberi region."), "Tillaberi region", "Niger"),
    ("Israeli troops shelled the southern Lebanese village of Kfar Kila, Israel's army said.", "Kfar Kila",
     "Lebanon"),
    ("Turkish drones struck the Syrian border town of Qamishli, Turkey's defence ministry said.", "Qamishli",
     "Syria"),
    ("Israeli jets hit a house in the outskirts of the southern Lebanese village of Aita al-Shaab.",
     "Aita al-Shaab", "Lebanon"),
    ("Turkish drones hit the Syrian-Turkish border town of Tal Abyad, Turkey's defence ministry said.", "Tal Abyad",
     "Syria"),
    ("In neighbouring Chad, soldiers clashed with Boko Haram fighters near Baga Sola, Nigerian officials said.",
     "Baga Sola", "Chad"),
])
def test_a_demonym_possessive_or_country_of_the_sentence_places_the_name_in_that_country(nlp, text, mention,
                                                                                      country):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].country == country


@pytest.mark.parametrize("text, mention, name, precision", [
    ("Russian-installed officials in Donetsk city said shelling killed three civilians.", "Donetsk city",
     "Donetsk", 1),
    ("A landmine killed a shepherd in al-Sukhna town in the eastern countryside of Homs.", "al-Sukhna",
     "As Sukhnah", 1),
    ("Shelling hit Sahl al-Ghab area in Hama northwestern countryside, SANA said.", "Sahl al-Ghab",
     "Al-Ghab plain", 2),
])
def test_a_settlement_word_after_the_name_means_the_town(nlp, text, mention, name, precision):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].name == name and got[mention].precision == precision
    assert got[mention].kind in ("city", "site")


@pytest.mark.parametrize("text, mention, region", [
    ("Terrorists targeted army posts in Hama northern countryside, SANA said.", "Hama", "Hama"),
    ("A drone hit a car in Idleb southern countryside, SANA said.", "Idleb", "Idlib"),
    ("Shelling was reported in Daraa's eastern countryside, the Syrian monitor said.", "Daraa", "Daraa"),
])
def test_a_directional_countryside_after_a_name_is_its_region(nlp, text, mention, region):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].kind == "admin1" and got[mention].name == region


@pytest.mark.parametrize("text, mention, name", [
    ("Fighting raged near Laukkaing in Myanmar's northern Shan State, the MNDAA said.", "Laukkaing", "Laukkai"),
    ("A camp near Laiza in Kachin State was bombed, the KIA said.", "Laiza", "Laiza"),
    ("Clashes erupted near the town of Tartous on the coast, Syrian state media said.", "Tartous", "Tartus"),
    ("Drones struck Lattakia and Hasakeh, Syrian state media said.", "Hasakeh", "Al Hasakah"),
    ("A car bomb exploded in Sweida, Syrian state media said.", "Sweida", "As-Suwayda"),
    ("An air strike hit Idleb, Syrian state media said.", "Idleb", "Idlib"),
])
def test_transliteration_variants_resolve_within_the_article_country(nlp, text, mention, name):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].name == name, got


@pytest.mark.parametrize("text, word", [
    ("Irrawaddy Wire\nOctober 12, 2023\n\nA strike killed 29 in Kachin State.", "Irrawaddy"),
])
def test_an_outlet_named_after_a_place_is_not_the_place(nlp, text, word):
    assert word not in found(run_places(nlp, text))


@pytest.mark.parametrize("text, absent, present", [
    ("Gunmen set fire to homes in Carrefour-Feuilles, local radio reported.", "Carrefour", "Carrefour-Feuilles"),
    ("A bomb exploded in Marawi, Lanao del Sur province, police said.", "Lanao", "Lanao del Sur province"),
])
def test_a_known_name_that_only_starts_a_longer_name_is_not_taken(nlp, text, absent, present):
    got = found(run_places(nlp, text))
    assert absent not in got and present in got, got


@pytest.mark.parametrize("text, mention, name", [
    ("Hundreds of people protested in Pétion-Ville on Friday.", "Pétion-Ville", "Petionville"),
])
def test_a_hyphenated_name_matches_its_closed_up_spelling(nlp, text, mention, name):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].name == name


@pytest.mark.parametrize("text, mention", [
    ("In Rutshuru territory, a clinic in Kiwanja was looted.", "Rutshuru territory"),
    ("Two policemen were killed in Dera Ismail Khan district of Khyber Pakhtunkhwa.", "Dera Ismail Khan district"),
])
def test_a_territory_or_district_named_after_its_town_is_near_the_town(nlp, text, mention):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].kind == "city" and got[mention].precision == 2


@pytest.mark.parametrize("text, dateline", [
    (("Relief Report\n3 March 2024\n\nNorth Kivu: displacement surges as M23 advances on Sake\n\nGoma, 3 March. "
     "Our teams report more wounded."), None),
    ("Agency Wire\n\nRAWALPINDI, Mar 16 (APP): Seven soldiers were killed in Mir Ali, the ISPR said.", "RAWALPINDI"),
])
def test_a_headline_opening_with_a_place_and_a_colon_is_no_dateline(nlp, text, dateline):
    doc = run_places(nlp, text)
    assert (doc._.dateline.text if doc._.dateline else None) == dateline


@pytest.mark.parametrize("text, mention, point", [
    ("Seven soldiers were killed in Mir Ali, North Waziristan district, the ISPR said.", "Mir Ali", (32.99, 70.29)),
    ("Residents of Kitshanga in North Kivu said M23 fighters executed three civilians.", "Kitshanga",
     (-1.40, 28.98)),
    ("A blast hit a minibus in the Dasht-e-Barchi area of Kabul.", "Dasht-e-Barchi", (34.50, 69.09)),
    ("Clashes erupted in the Ain Zara district of Tripoli, Libya.", "Ain Zara district", (32.79, 13.23)),
    ("Three bodies were found in Martissant, Port-au-Prince, Haitian police said.", "Martissant",
     (18.52, -72.36)),
])
def test_conflict_places_missing_from_geonames_resolve(nlp, text, mention, point):
    got = found(run_places(nlp, text))
    assert mention in got, got
    assert haversine_km(point, (got[mention].latitude, got[mention].longitude)) < 10


def test_a_region_sized_site_ranks_below_the_town_in_its_sentence(nlp):
    doc = run_places(nlp, "A bomb exploded in a gymnasium in Marawi city, Lanao del Sur province, police said.")
    got = found(doc)
    assert got["Lanao del Sur province"].kind == "region" and got["Lanao del Sur province"].precision == 3
    assert best_place(doc, 0).name == "Marawi City"


@pytest.mark.parametrize("text, mention, region", [
    ("Houthi forces shelled Hays district in Hodeidah governorate, Yemeni officials said.", "Hays district",
     "Al Hudaydah"),
    ("Shelling hit Kupiansk-Vuzlovyi in the Kharkiv region.", "Kupiansk-Vuzlovyi", "Kharkiv"),
])
def test_a_town_in_a_named_region_is_that_regions_namesake(nlp, text, mention, region):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].admin1 == region


@pytest.mark.parametrize("text, absent, region", [
    ("Units repelled attacks near Novoprokopivka in Kharkiv region, the Russian Defence Ministry said.",
     "Novoprokopivka", "Kharkiv region"),  # the only Novoprokopivka known lies in Zaporizhzhia
])
def test_a_town_with_no_namesake_in_its_named_region_is_left_to_the_region(nlp, text, absent, region):
    got = found(run_places(nlp, text))
    assert absent not in got and region in got


def test_a_country_joined_to_another_by_a_hyphen_is_a_modifier_not_the_story_country(nlp):
    doc = run_places(nlp, "US-Saudi aggression warplanes launched raids on Saada in Yemen, Saba reported.")
    assert doc._.country_hint == "Yemen"


def test_a_region_word_with_a_possessive_is_trimmed(nlp):
    got = found(run_places(nlp, "Junta troops torched villages in Sagaing Region's Myinmu Township."))
    assert "Sagaing Region" in got


@pytest.mark.parametrize("text, word", [
    ("Warplanes launched three raids on Saada in Yemen, Saba reported.", "Saba"),
])
def test_a_foreign_town_name_that_reports_is_an_outlet(nlp, text, word):
    assert word not in found(run_places(nlp, text))


def test_unknown_village_in_a_named_region_does_not_break_the_article(nlp):
    """A village the gazetteer lacks, pruned by its region, must not crash the country vote."""
    doc = run_places(nlp, "Gunmen killed 20 civilians in the village of Ber in the Timbuktu region on Monday.")
    assert any(m.place.admin1 == "Timbuktu" or m.place.name == "Timbuktu" for m in doc._.places)


def test_a_namesake_named_first_is_judged_by_the_articles_first_unambiguous_town(nlp):
    text = ("Russian forces recently advanced near Pokrovsk.\n\nRussian forces continued offensive operations in the "
            "Pokrovsk direction on November 2. Geolocated footage indicates that Russian forces advanced into southern "
            "Myrnohrad. The Ukrainian General Staff reported that Ukrainian forces repelled 57 Russian assaults.\n\n"
            "Ukrainian forces struck the Ryazan Oil Refinery in Ryazan Oblast, Russian officials said.")
    assert found(run_places(nlp, text))["Pokrovsk"].country == "Ukraine"


# ---- region-aware namesakes, second-level units, names that are not places ------------------------------------

@pytest.mark.parametrize("text, mention, name, kind, precision, admin1, country", [
    # a district / LGA / township the town table lacks: the second-level unit, precision 2
    ("A suicide bomber struck a convoy in Khyber Pakhtunkhwa's Shangla district on Tuesday.", "Shangla district",
     "Shangla", "admin2", 2, "Khyber Pakhtunkhwa", "Pakistan"),
    ("Gunmen stormed a village in Tarmuwa local government area of Yobe state, police said.", "Tarmuwa", "Tarmuwa",
     "admin2", 2, "Yobe", "Nigeria"),
    ("ADF rebels killed 12 villagers in Walikale territory, North Kivu, local officials said.", "Walikale territory",
     "Walikale", "admin2", 2, "North Kivu", "Democratic Republic of Congo"),
    # a unit named after its town: the town, precision 2
    ("Troops shot dead three farmers in Myaung Township, Sagaing Region, a local PDF leader said.",
     "Myaung Township", "Myaung", "city", 2, "Sagaing", "Myanmar"),
    ("Russian shelling hit villages in Bakhmut raion of Donetsk Oblast overnight.", "Bakhmut raion", "Bakhmut",
     "city", 2, "Donetsk", "Ukraine"),
    # a namesake abroad loses to the town of the region the paragraph names
    (("Fighting continued elsewhere in Sagaing. Resistance fighters ambushed a junta column near Kani town on "
     "Wednesday, killing 11 soldiers, Myanmar Now reported."), "Kani", "Kani", "city", 2, "Sagaing", "Myanmar"),
    # a village the gazetteer places in another state: the LGA the sentence names
    ("Gunmen rode into Mafa village in Tarmuwa local government area and opened fire, Yobe police said.", "Mafa",
     "Tarmuwa", "admin2", 2, "Yobe", "Nigeria"),
])
def test_districts_and_region_namesakes_resolve_inside_the_stated_region(nlp, text, mention, name, kind, precision,
                                                                        admin1, country):
    got = found(run_places(nlp, text))
    p = next((v for k, v in got.items() if k.split(" ")[0] == mention.split(" ")[0]), None)
    assert p is not None, got
    assert (p.name, p.kind, p.precision, p.admin1, p.country) == (name, kind, precision, admin1, country)


@pytest.mark.parametrize("text, region", [
    # no namesake in the region the sentence names: the region, not a far namesake
    ("The army said militants attacked an outpost near Zorbatiya village in Sagaing Region on Monday.", "Sagaing"),
    ("Insurgents raided Mafa village in Yobe state overnight, killing 34 people, police said.", "Yobe"),
])
def test_a_town_missing_from_the_stated_region_falls_back_to_the_region(nlp, text, region):
    doc = run_places(nlp, text)
    places = [p.place for p in doc._.places]
    assert places and all(p.admin1 == region for p in places), [(p.name, p.admin1) for p in places]


@pytest.mark.parametrize("text, absent", [
    ("The truck bomb exploded at the base in Puerto Jordán, a village in Arauca, the army said.", "Jordan"),
    ("Rockets hit the passenger boat 'Tombouctou' on the Niger river near Gao, the army said.", "Timbuktu"),
    ("Rockets struck the passenger boat Tombouctou near Gao, officials said.", "Timbuktu"),
    ("Air India cancelled flights after the strikes, the airline said.", "India"),
])
def test_a_country_or_town_inside_a_longer_name_is_not_that_place(nlp, text, absent):
    doc = run_places(nlp, text)
    assert absent not in {p.place.name for p in doc._.places} | {p.place.country for p in doc._.places}


@pytest.mark.parametrize("text, mention, country", [
    ("Protesters marched in Amman, Jordan, on Friday.", "Jordan", "Jordan"),
    ("Fighting flared again in Jordan's north, officials said.", "Jordan", "Jordan"),
])
def test_a_country_after_a_capitalised_headline_word_stays_a_country(nlp, text, mention, country):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].country == country


def test_a_spelling_skeleton_match_far_from_the_story_is_dropped(nlp):
    text = ("A Russian missile hit Kyiv on Monday. Debris fell in Kyiv's Solomianskyi district, the city's military "
            "administration said.")
    got = found(run_places(nlp, text))
    assert all(p.country == "Ukraine" for p in got.values()), got


def test_a_region_named_alone_is_placed_at_its_capital(nlp):
    got = found(run_places(nlp, "Boko Haram fighters killed 20 people in Yobe state, police said."))
    p = got["Yobe state"]
    assert p.kind == "admin1" and p.precision == 3
    assert haversine_km((p.latitude, p.longitude), (11.75, 11.96)) < 10  # Damaturu, not Gashua


@pytest.mark.parametrize("text, mention, precision", [
    ("Nine Maoists were killed in the forests along the Dantewada-Bijapur border in Chhattisgarh, police said.",
     "Bijapur", 2),
    ("Nine Maoists were killed in the forests along the Dantewada-Bijapur border in Chhattisgarh, police said.",
     "Dantewada", 2),
    ("Clashes broke out near the Kassala-Gedaref border on Monday, Sudanese officials said.", "Kassala", 2),
])
def test_each_side_of_a_named_border_is_near_the_event(nlp, text, mention, precision):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].precision == precision, got


@pytest.mark.parametrize("text, absent", [
    ("Kuki militants torched houses in Manipur's Jiribam district, Indian police said.", "Kukichuo"),
    ("A senior official told El Sol that the attackers belonged to a cartel, Mexican police said.", "Seoul"),
])
def test_a_town_abroad_named_only_by_an_alternate_name_needs_a_locative_cue(nlp, text, absent):
    assert absent not in {p.place.name for p in run_places(nlp, text)._.places}


def test_a_city_suffix_duplicate_is_the_plainly_named_town(nlp):
    got = found(run_places(nlp, "Students held a vigil in Iligan City, Philippine police said."))
    assert got["Iligan City"].name == "Iligan" and got["Iligan City"].admin1 == "Northern Mindanao"


def test_the_province_of_x_is_the_region_not_its_capital(nlp):
    got = found(run_places(nlp, "The ELN bombed a military base in the eastern province of Arauca, Colombian "
                                "officials said."))
    p = next(v for k, v in got.items() if "Arauca" in k)
    assert p.kind == "admin1" and p.precision == 3


def test_a_region_named_bare_beats_a_small_town_known_by_that_alternate_name(nlp):
    doc = run_places(nlp, "Gunmen killed five people in Culiacan, Sinaloa, on Monday. Guerrero has recorded more than "
                          "1,200 homicides so far this year, Mexican officials said.")
    got = found(doc)
    assert got["Guerrero"].kind == "admin1" and got["Guerrero"].admin1 == "Guerrero"


@pytest.mark.parametrize("text, absent", [
    ("The U.S. Navy fired Tomahawk cruise missiles at Houthi radar sites near Hodeidah, Yemen.", "Tomahawk"),
    ("Russia fired Iskander missiles at Kharkiv overnight, Ukrainian officials said.", "Iskandar"),
])
def test_a_weapon_system_is_not_the_small_town_so_named(nlp, text, absent):
    assert absent not in {p.place.name for p in run_places(nlp, text)._.places}


@pytest.mark.parametrize("text, mention, name, country", [
    ("ADF rebels killed 20 villagers in Beni territory on Sunday, Congolese officials said.", "Beni territory", "Beni",
     "Democratic Republic of Congo"),  # not Bolivia's El Beni department
    ("Terrorists attacked an army position at Bamba in the Gao region, the army said.", "Bamba", "Bamba", "Mali"),
])
def test_a_district_word_or_a_named_region_keeps_the_place_in_its_country(nlp, text, mention, name, country):
    got = found(run_places(nlp, text))
    assert mention in got and (got[mention].name, got[mention].country) == (name, country), got


@pytest.mark.parametrize("text, absent", [
    ("Terrorists attacked a FAMa position at Bamba in the Gao region, the army said.", "Fama"),
    ("The MoD said drones struck a depot near Kherson.", "Mod"),
])
def test_a_mixed_case_acronym_is_not_a_town(nlp, text, absent):
    assert absent not in {p.place.name for p in run_places(nlp, text)._.places}


def test_bamba_in_the_gao_region_sits_on_the_niger_not_in_sikasso(nlp):
    got = found(run_places(nlp, "Terrorists attacked an army position at Bamba in the Gao region, the army said."))
    assert haversine_km((17.03, -1.40), (got["Bamba"].latitude, got["Bamba"].longitude)) < 20


@pytest.mark.parametrize("text, mention, name, kind, precision", [
    ("Jihadists killed 15 civilians in Burkina Faso's Soum province on Monday.", "Soum province", "Soum", "admin2",
     2),  # a Burkinabe province is a second-level unit
    ("Clashes erupted in the Sahel region of Mali, near Menaka.", "Menaka", "Menaka", "city", 2),
])
def test_second_level_provinces_and_towns_named_like_their_region(nlp, text, mention, name, kind, precision):
    got = found(run_places(nlp, text))
    assert mention in got and (got[mention].name, got[mention].kind, got[mention].precision) == (name, kind,
                                                                                                precision), got


def test_a_region_qualified_by_another_country_is_not_the_foreign_namesake(nlp):
    places = run_places(nlp, "Clashes erupted in the Sahel region of Mali, near Menaka.")._.places
    assert all(p.place.country == "Mali" for p in places), [(p.text, p.place.country) for p in places]


@pytest.mark.parametrize("text, mention, name, kind, precision", [
    ("Fano fighters attacked federal troops in North Wollo zone, Amhara region.", "North Wollo zone", "North Wollo",
     "admin2", 2),  # an Ethiopian zone whose name opens with a direction
    ("OLA fighters killed 12 civilians in Oromia's West Guji zone, residents said.", "West Guji zone", "West Guji",
     "admin2", 2),
    ("Gunmen torched trucks in San Luis, Agusan del Sur, Philippine police said.", "Agusan del Sur",
     "Agusan del Sur", "admin2", 2),  # a province after a town and a comma
    ("Gunmen torched trucks in San Luis, Agusan del Sur, Philippine police said.", "San Luis", "San Luis", "city",
     1),
    ("Militants attacked the village of Zorbatiya, Tarmuwa LGA, Yobe State, police said.", "Tarmuwa", "Tarmuwa",
     "admin2", 2),
    ("Troops clashed with NPA guerrillas in Barangay Dalwangan, Malaybalay City, Bukidnon, the army said.",
     "Malaybalay City", "Malaybalay", "city", 2),  # a barangay of the city: near it
])
def test_zones_provinces_after_commas_and_unknown_villages_of_a_town(nlp, text, mention, name, kind, precision):
    got = found(run_places(nlp, text))
    assert mention in got, got
    p = got[mention]
    assert (p.name, p.kind, p.precision) == (name, kind, precision)
    if mention == "San Luis":
        assert p.admin1 == "Caraga"


@pytest.mark.parametrize("text, mention, name, precision", [
    ("Police said the attack happened in the circle of Bourem, in the Gao region.", "Bourem", "Bourem", 2),
    ("ELN fighters attacked soldiers in the municipality of Tame, Arauca, the army said.", "Tame", "Tame", 2),
    ("Gunmen killed 12 in the district of Shangla, Pakistani police said.", "Shangla", "Shangla", 2),
])
def test_the_unit_of_x_is_the_area_around_x(nlp, text, mention, name, precision):
    got = found(run_places(nlp, text))
    assert mention in got and (got[mention].name, got[mention].precision) == (name, precision), got


def test_a_town_named_like_its_region_does_not_pull_other_towns_into_that_region(nlp):
    got = found(run_places(nlp, "The boat travelling from Mopti towards Gao was attacked near Banikane, in the circle "
                                "of Gourma-Rharous, the army said."))
    assert got["Gourma-Rharous"].name == "Gourma Rharous" and got["Gourma-Rharous"].admin1 == "Timbuktu"


@pytest.mark.parametrize("text, mention, name, country", [
    ("ISWAP fighters overran a base in Mainok, Kaga LGA, on Sunday.", "Kaga", "Kaga", "Nigeria"),  # not Kaga, Japan
])
def test_a_local_government_area_is_nigerian(nlp, text, mention, name, country):
    got = found(run_places(nlp, text))
    assert mention in got and (got[mention].name, got[mention].country) == (name, country), got


@pytest.mark.parametrize("text, absent", [
    ("CJNG gunmen clashed with Sinaloa cartel members in Frontera Comalapa, Chiapas.", "Sinaloa"),
])
def test_a_place_name_before_cartel_or_gang_is_the_group(nlp, text, absent):
    assert absent not in {p.text for p in run_places(nlp, text)._.places}


@pytest.mark.parametrize("text, mention", [
    ("The attack took place on the Maiduguri-Damboa road, Nigerian officials said.", "Maiduguri"),
    ("The attack took place on the Maiduguri-Damboa road, Nigerian officials said.", "Damboa"),
    ("Troops repelled an attack on the Gwoza-Pulka axis, Nigerian officials said.", "Gwoza"),  # Pulka unknown
    ("A roadside bomb hit a convoy on the Mogadishu-Afgoye highway.", "Afgoye"),
])
def test_each_end_of_a_named_road_or_axis_is_near_the_event(nlp, text, mention):
    got = found(run_places(nlp, text))
    assert mention in got and got[mention].precision == 2, got


@pytest.mark.parametrize("text", [
    "The Yobe governor condemned the attack in Gwoza on Sunday.",
    "Yobe state police said gunmen attacked Gwoza on Sunday.",
])
def test_a_region_named_as_a_speaker_does_not_move_a_town_out_of_its_own_region(nlp, text):
    got = found(run_places(nlp, text))
    assert got["Gwoza"].name == "Gwoza" and got["Gwoza"].admin1 == "Borno"


@pytest.mark.parametrize("text, present", [
    ("Junta troops raided the village of Pyaponn in Sagaing Region, residents said.", False),  # Pyapon: Ayeyarwady
    ("Junta troops raided the village of Pyaponn in Ayeyarwady Region, residents said.", True),
])
def test_a_spelling_guess_must_lie_in_the_region_the_text_names(nlp, text, present):
    names = {p.place.name for p in run_places(nlp, text)._.places}
    assert ("Pyapon" in names) == present, names


@pytest.mark.parametrize("text, mention, kind, precision", [
    ("The truck bomb exploded at the base in Puerto Jordán, a village in Arauca, the Colombian army said.", "Arauca",
     "admin1", 3),
    ("Gunmen attacked Ngom, a village in Kassala, on Monday, Sudanese officials said.", "Kassala", "admin1", 3),
    ("Gunmen attacked a school in Kassala on Monday, Sudanese officials said.", "Kassala", "city", 1),
])
def test_the_place_a_village_lies_in_is_the_region_when_one_is_so_named(nlp, text, mention, kind, precision):
    got = found(run_places(nlp, text))
    assert mention in got and (got[mention].kind, got[mention].precision) == (kind, precision), got


@pytest.mark.parametrize("text, absent", [
    ("The drones hit the headquarters of the Democratic Party of Iranian Kurdistan near Erbil.", "Kurdistan"),
    ("Camps of the Kurdistan Freedom Party near Kirkuk were also struck.", "Kurdistan"),
    ("The Kurdistan Regional Government condemned the shelling of villages near Zakho.", "Kurdistan"),
    ("The Guards said in a statement carried by Iran's Tasnim news agency that Erbil was targeted.", "Iran"),
    ("Iran's Revolutionary Guards fired missiles at camps near Erbil, officials said.", "Iran"),
    ("Fighters of the Popular Front for the Liberation of Palestine clashed with troops near Jenin.", "Palestine"),
    ("Leaders of the Patriotic Union of Kurdistan met in Sulaymaniyah on Monday.", "Kurdistan"),
])
def test_a_place_inside_an_organisation_or_outlet_name_is_no_place(nlp, text, absent):
    assert absent not in found(run_places(nlp, text))


@pytest.mark.parametrize("publisher, text, absent", [
    ("Zagros Herald", "A party official told the Herald that homes near Erbil were hit.", "Herald"),
    ("Sahel Observer", "Villagers told the Observer that gunmen attacked Djibo.", "Observer"),
])
def test_the_publishers_own_name_is_no_place(nlp, publisher, text, absent):
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    doc._.publisher = publisher
    annotate(doc)
    assert absent not in found(doc)


@pytest.mark.parametrize("text, mention, name, country", [
    ("Koya, Kurdistan Region (Zagros Herald) – Missiles hit party camps on Wednesday.", "Koya", "Koysinceq", "Iraq"),
    ("Shells landed near Sidakan, in Iraq's Kurdistan Region, on Monday.", "Sidakan", "Sidakan", "Iraq"),
    ("A camp near Pirde, south of Erbil, was also targeted.", "Pirde", "Altun Kupri", "Iraq"),
    ("Suspected ADF rebels killed three farmers near Komanda in Congo's Ituri province.", "Komanda", "Komanda",
     "Democratic Republic of Congo"),
    ("Gunmen attacked the town of Dablo in Burkina Faso's Centre-Nord region.", "Dablo", "Dablo", "Burkina Faso"),
    ("A railway bridge near Kolpur in Pakistan's Balochistan province was blown up.", "Kolpur", "Kolpur", "Pakistan"),
    ("Camps east of Sulaimani in Iraq's Kurdistan Region were hit.", "Sulaimani", "Sulaymaniyah", "Iraq"),
])
def test_conflict_zone_towns_and_press_spellings_are_known(nlp, text, mention, name, country):
    got = found(run_places(nlp, text))
    assert mention in got and (got[mention].name, got[mention].country) == (name, country), got


@pytest.mark.parametrize("text, mention, country", [
    ("Koya, Kurdistan Region – Missiles hit party camps on Wednesday.", "Koya", "Iraq"),
    ("Tripoli, Lebanon – Clashes erupted overnight in the Bab al-Tabbaneh district.", "Tripoli", "Lebanon"),
])
def test_a_region_after_a_town_picks_the_namesake_in_that_region(nlp, text, mention, country):
    got = found(run_places(nlp, text))
    assert got[mention].country == country, got


@pytest.mark.parametrize("text, mention, name, admin1", [
    ("Bryansk governor: saboteurs entered the territory of the Klimovsky district in Bryansk region.", "Klimovsky",
     "Klimovo", "Bryansk"),
    ("Kursk governor: Ukraine shelled a village in the Glushkovsky district of Kursk region overnight.", "Glushkovsky",
     "Glushkovo", "Kursk"),
    ("Belgorod governor: a man was wounded by shelling in the Shebekinsky district of Belgorod region.", "Shebekinsky",
     "Shebekino", "Belgorod"),
    ("Russian shelling hit a village in the Bakhmutskyi raion of Donetsk Oblast on Monday.", "Bakhmutskyi", "Bakhmut",
     "Donetsk"),
    ("Drones struck the Pokrovskyi district of Donetsk Oblast overnight, officials said.", "Pokrovskyi", "Pokrovsk",
     "Donetsk"),
])
def test_an_adjectival_district_name_is_the_raion_of_its_stem_town_in_the_named_oblast(nlp, text, mention, name,
                                                                                        admin1):
    got = {k.split()[0]: v for k, v in found(run_places(nlp, text)).items()}  # "Klimovsky district"
    assert mention in got and (got[mention].name, got[mention].admin1, got[mention].precision) == (name, admin1, 2), got


@pytest.mark.parametrize("text, absent", [
    ("An adviser to the head of Ukraine's presidential office denied the claim, as shelling hit Belgorod.", "Ukraine"),
    ("Russian nationals fighting on Ukraine's side claimed the raid on villages near Bryansk.", "Ukraine"),
    ("Iraq's Foreign Ministry said it would summon the envoy after strikes near Erbil.", "Iraq"),
])
def test_a_country_owning_an_office_or_side_is_not_where_it_happened(nlp, text, absent):
    assert absent not in found(run_places(nlp, text))


@pytest.mark.parametrize("text, absent, present", [
    ("Gunmen blocked the highway near Musakhel and offloaded persons belonging to Punjab before opening fire.",
     "Punjab", "Musakhel"),
    ("The victims, labourers hailing from Sindh, were shot dead near Turbat on Monday.", "Sindh", "Turbat"),
    ("Attackers stopped a bus near Nushki and killed nine passengers from Punjab, officials said.", "Punjab",
     "Nushki"),
])
def test_the_victims_origin_is_not_where_it_happened(nlp, text, absent, present):
    got = found(run_places(nlp, text))
    assert absent not in got and present in got, got


def test_a_town_after_people_from_is_still_a_place(nlp):
    got = found(run_places(nlp, "Gunmen killed five residents from Kalat town in Balochistan overnight."))
    assert "Kalat" in got, got


@pytest.mark.parametrize("text, mention, country", [
    ("Fighting between the OLA and government forces continued in Bale, Ethiopian officials said.", "Bale",
     "Ethiopia"),
    ("Suspected ADF rebels killed three farmers on the road to Mambasa, Congolese officials said.", "Mambasa",
     "Democratic Republic of Congo"),
])
def test_an_in_country_unit_beats_a_city_abroad_known_by_that_name_only_as_an_alias(nlp, text, mention, country):
    got = found(run_places(nlp, text))
    assert got[mention].country == country, got


@pytest.mark.parametrize("text, mention", [
    ("Bryansk Governor Alexander Bogomaz said saboteurs had entered the village of Lyubechane.", "Bryansk"),
    ("The Kursk governor said shells hit the village of Tyotkino overnight.", "Kursk"),
])
def test_a_region_named_before_its_governor_is_the_region_not_its_capital(nlp, text, mention):
    got = found(run_places(nlp, text))
    assert got[mention].kind == "admin1", got


def test_a_dateline_town_qualified_by_its_country_still_resolves_after_a_dropped_one(nlp):
    got = found(run_places(nlp, "Zzyzxville, Kurdistan Region (Zagros Herald) – Missiles hit camps near Erbil.\n"
                                "Tripoli, Lebanon – More clashes were reported."))
    assert "Tripoli" in got and got["Tripoli"].country == "Lebanon"


@pytest.mark.parametrize("text, absent", [
    ("Cairo, Kurdistan Region (Zagros Herald) – Missiles hit camps near Erbil on Wednesday.", "Cairo"),
])
def test_a_dateline_town_qualified_by_a_region_elsewhere_is_not_taken_abroad(nlp, text, absent):
    assert absent not in found(run_places(nlp, text))
