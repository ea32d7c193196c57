"""Header lines and datelines: title, publisher, publication date, where the body starts."""

import datetime as dt

import pytest

from sitrep.extract.meta import anchor_date, find_dateline, read_meta


@pytest.mark.parametrize("text, publisher, published, title", [
    ("Sahel Herald\nPublished 4 June 2024\n\nSoldiers killed in ambush near Djibo\n\nSuspected jihadists killed 12 soldiers.",
     "Sahel Herald", dt.date(2024, 6, 4), "Soldiers killed in ambush near Djibo"),
    ("KIVU TIMES\nMonday, 3 June 2024\n\nM23 rebels seize town in North Kivu\n\nThe rebels entered the town on Sunday, residents said.",
     "Kivu Times", dt.date(2024, 6, 3), "M23 rebels seize town in North Kivu"),
    ("Militia attack kills nine in Ituri\nGreat Lakes Post | 9 May 2024\n\nBUNIA, Congo - Militiamen attacked a camp on Wednesday.",
     "Great Lakes Post", dt.date(2024, 5, 9), "Militia attack kills nine in Ituri"),
    ("May 2, 2024\nFrom Yemen Watch\n\nThe Desert Post News Desk\n\nHouthis claim missile attack on tanker in the Red Sea\n\nThe Houthis said on Thursday they had fired missiles at a tanker.",
     "The Desert Post", dt.date(2024, 5, 2), "Houthis claim missile attack on tanker in the Red Sea"),
    ("Horn Wire\nMarch 3, 2024 4:05 PM GMT+3 Updated 2 hours ago\n\nStrikes kill 20 in Gedo\n\nAir strikes killed 20 people on Sunday.",
     "Horn Wire", dt.date(2024, 3, 3), "Strikes kill 20 in Gedo"),
    ("kurdwatch.org\nSunday 12 May 2024 08.15 BST\n\nDrone Strike Kills Two\n\nA drone strike killed two fighters on Saturday.",
     "kurdwatch.org", dt.date(2024, 5, 12), "Drone Strike Kills Two"),
    ("By Ahmed Hassan | Sahara Monitor | March 3, 2024\n\nTuareg rebels down army helicopter in northern Mali\n\nThe rebels said on Saturday.",
     "Sahara Monitor", dt.date(2024, 3, 3), "Tuareg rebels down army helicopter in northern Mali"),
])
def test_header_lines(text, publisher, published, title):
    m = read_meta(text)
    assert (m["publisher"], m["published"], m["title"]) == (publisher, published, title)
    assert text[m["body_start"]:].strip()[0].isupper()


def test_wire_dateline_gives_date_and_outlet():
    m = read_meta("MOGADISHU, Feb. 3, 2024 (Horn Wire) - A car bomb exploded near a checkpoint on Friday, police said.")
    assert m["published"] == dt.date(2024, 2, 3)
    assert m["publisher"] == "Horn Wire"
    assert m["dateline"]["place"] == "MOGADISHU"


def test_outlet_line_beats_the_agency_in_the_dateline():
    m = read_meta("Levant Daily\n12 January 2024\n\nBEIRUT (AFP) - Israeli strikes hit southern Lebanon on Thursday, officials said.")
    assert m["publisher"] == "Levant Daily"


@pytest.mark.parametrize("line, place", [
    ("BEIRUT - An Israeli strike hit a car", "BEIRUT"),
    ("KIRKUK, Iraq - Four people were killed", "KIRKUK"),
    ("Lattakia, SANA - Two civilians were killed", "Lattakia"),
    ("KYIV, Ukraine (AP) — Russian missiles struck", "KYIV"),
])
def test_datelines(line, place):
    assert find_dateline(line)["place"] == place


def test_article_without_header_has_no_title_or_date():
    m = read_meta("Gunmen killed five people in a village on Sunday, local officials said.")
    assert m["published"] is None and m["title"] is None and m["body_start"] == 0


def test_a_headline_containing_a_date_is_not_a_date_line():
    m = read_meta("Attack on 3 September 2023 kills 5 in Mali town\n\nGunmen killed five people on Sunday.")
    assert m["published"] is None and m["title"].startswith("Attack on 3 September")


def test_hard_wrapped_body_after_the_headline_is_body():
    text = ("Sahel Brief\nPublished 4 June 2024\nJihadists kill 12 soldiers\nSuspected jihadists killed 12 soldiers "
            "in an ambush near the town of Djibo on Sunday, security sources\nsaid.\n")
    m = read_meta(text)
    assert m["title"] == "Jihadists kill 12 soldiers"
    assert text[m["body_start"]:].startswith("Suspected jihadists")


def test_a_repeated_headline_stays_in_the_header():
    text = "Drone strike kills three near Qamishli\n\nDrone strike kills three near Qamishli\nQAMISHLI, Syria - A drone hit a car."
    m = read_meta(text)
    assert text[m["body_start"]:].startswith("QAMISHLI")


@pytest.mark.parametrize("note", [
    "[Illustrative sample written by the Sitrep team; not a published article]",
    "[Editor's note: this story has been updated with a new death toll]",
    "  [Translated from Arabic]  ",
])
def test_a_first_line_wholly_in_square_brackets_is_an_editors_note(note):
    text = note + "\nKivu Times\nMonday, 3 June 2024\n\nM23 rebels seize town in North Kivu\n\nThe rebels entered the town."
    m = read_meta(text)
    assert (m["publisher"], m["published"], m["title"]) == ("Kivu Times", dt.date(2024, 6, 3),
                                                              "M23 rebels seize town in North Kivu")


@pytest.mark.parametrize("text, publisher, published", [
    ("Damascus, SANA – Two soldiers were martyred on Tuesday when terrorists targeted army posts.", "SANA", None),
    ("Hama, SANA- Army units destroyed positions of terrorists in the countryside of Hama on Sunday.", "SANA", None),
    ("Tehran, IRNA - Iranian forces killed two terrorists in Sistan and Baluchestan on Monday, officials said.", "IRNA", None),
    ("KYIV (Reuters) - A Russian missile struck an apartment block on Monday, killing three people.", "Reuters", None),
    ("GAZA, Nov 3 (AFP) - An Israeli strike hit a school on Friday, killing 12 people, medics said.", "AFP", None),
    ("ISLAMABAD, Jan 5, 2024 (APP): Security forces killed three militants in North Waziristan, ISPR said.", "APP",
     dt.date(2024, 1, 5)),
    ("BAGHDAD, IRAQ - A roadside bomb killed two soldiers on Monday, police said.", None, None),
])
def test_dateline_agency_is_the_publisher_without_an_outlet_header(text, publisher, published):
    m = read_meta(text)
    assert (m["publisher"], m["published"]) == (publisher, published)
    assert m["dateline"]["outlet"] == publisher


def test_a_long_updated_line_after_the_headline_is_still_the_date_line():
    text = ("Israeli strikes kill 30 in central Gaza, health officials say\nBy The Associated Press\n"
            "Updated 4:12 PM GMT, June 9, 2024\n\nDEIR AL-BALAH, Gaza Strip (AP) — Israeli airstrikes on two homes "
            "killed at least 30 people overnight.")
    m = read_meta(text)
    assert (m["published"], m["publisher"]) == (dt.date(2024, 6, 9), "AP")
    assert text[m["body_start"]:].startswith("DEIR AL-BALAH")


@pytest.mark.parametrize("text, published", [
    ("Russian strike kills 5 in Zaporizhzhia\nby Jane Doe\nMarch 14, 2025 10:12 AM\n\nRussian forces struck the city overnight.",
     dt.date(2025, 3, 14)),  # a lower-case byline between headline and date line is still header
    ("Russian Offensive Campaign Assessment, November 3, 2025\n\nRussian forces advanced near Pokrovsk on November 2.",
     dt.date(2025, 11, 3)),  # a report dated in its title's tail
    ("Drone strike kills 3 in Khan Younis\n\nGAZA CITY (AA) - Three people were killed Friday in a drone strike.\n\n27.06.2025\n",
     dt.date(2025, 6, 27)),  # a page pasted with its date at the bottom
    ("MOGADISHU, Somalia - Eight people were killed on Wednesday in a blast, officials said.\n\nWednesday, August 20, 2025",
     dt.date(2025, 8, 20)),
])
def test_publication_date_found_outside_the_usual_date_line(text, published):
    assert read_meta(text)["published"] == published


@pytest.mark.parametrize("header, publisher", [
    ("RTB - Radiodiffusion Television du Burkina", "RTB"),
    ("ENTV - Entreprise Nationale de Television", "ENTV"),
    ("RNA - Radio Nacional de Angola", "RNA"),
    ("TVE - Television Espanola y Radio", "TVE"),
])
def test_an_acronym_and_its_spelled_out_name_is_the_outlet_line_not_a_dateline(header, publisher):
    text = (header + "\nOuagadougou, Tuesday 5 March 2024\n\nArmy repels attack on Djibo base: Government announces curfew"
            "\n\nThe army repelled an attack on its base in Djibo on Monday, the government said.")
    m = read_meta(text)
    assert (m["publisher"], m["published"]) == (publisher, dt.date(2024, 3, 5))
    assert m["title"].startswith("Army repels attack")
    assert text[m["body_start"]:].startswith("The army repelled")


def test_a_capitalised_place_before_a_dash_and_a_sentence_is_still_a_dateline():
    m = read_meta("GAZA - Israeli strikes killed 12 people on Sunday, medics said.")
    assert m["dateline"]["place"] == "GAZA" and m["publisher"] is None


@pytest.mark.parametrize("line, published", [
    ("Weekly Bulletin No. 12 | Reporting period: 10-16 March 2024 | Issued: 18 March 2024", dt.date(2024, 3, 18)),
    ("Covering 1-7 May 2024 | Published 8 May 2024", dt.date(2024, 5, 8)),
    ("Period: March 4-10, 2024 | Released: March 12, 2024", dt.date(2024, 3, 12)),
    ("Updated: 9 June 2024 | Published: 7 June 2024", dt.date(2024, 6, 7)),
    ("Last updated 9 June 2024 | 7 June 2024", dt.date(2024, 6, 7)),
    ("Reporting period: 28 May - 3 June 2024", None),
])
def test_a_labelled_publication_date_wins_and_a_period_is_never_the_publication_date(line, published):
    text = "Lake Chad Protection Cluster\n" + line + "\n\nOverview\nAttacks on displaced people rose during the week."
    assert read_meta(text)["published"] == published


@pytest.mark.parametrize("speaker", [
    "KOFI MENSAH (host): Good evening and welcome to the programme.",
    "AMINA DIALLO (correspondent): Thank you. Residents here say the town fell at dawn.",
])
def test_a_transcript_speaker_line_is_not_a_dateline(speaker):
    text = "SAVANNAH FM - WEST AFRICA TODAY\nTranscript | Broadcast: Friday, 10 May 2024, 19:00 GMT\n\n" + speaker
    m = read_meta(text)
    assert m["dateline"] is None
    assert (m["publisher"], m["published"]) == ("Savannah FM", dt.date(2024, 5, 10))


@pytest.mark.parametrize("place_line", [
    "Dar es Salaam, 12 April 2024",
    "Saint-Louis, 12 April 2024",
    "Bandar-e Abbas, 12 April 2024",
    "Ciudad del Este, Friday, 12 April 2024",
])
def test_a_place_and_date_line_gives_the_date_whatever_the_place(place_line):
    text = (f"PRESS RELEASE\nCoalition for Civilian Protection (CCP)\n{place_line}\nFor immediate release\n\n"
            "Coalition condemns attack on displacement camp\n\nThe Coalition condemns the attack carried out on Tuesday.")
    m = read_meta(text)
    assert (m["publisher"], m["published"]) == ("Coalition for Civilian Protection", dt.date(2024, 4, 12))
    assert m["title"] == "Coalition condemns attack on displacement camp"
    assert text[m["body_start"]:].startswith("The Coalition condemns")


@pytest.mark.parametrize("label", ["STATEMENT", "Press Statement", "News release", "Media advisory",
                                   "For Immediate Release", "Communiqué", "Joint statement"])
def test_a_document_label_line_is_neither_publisher_nor_title(label):
    text = (f"{label}\nMinistry of Foreign Affairs\n7 May 2024\n\nMinistry condemns shelling of border villages\n\n"
            "The ministry condemned the shelling on Monday.")
    m = read_meta(text)
    assert (m["publisher"], m["title"]) == ("Ministry of Foreign Affairs", "Ministry condemns shelling of border villages")


@pytest.mark.parametrize("line, published", [
    ("BAKU (Caspian Wire) - 05.03.2024", dt.date(2024, 3, 5)),
    ("ISTANBUL (Bosphorus Daily) - 2024-03-05", dt.date(2024, 3, 5)),
    ("ALGIERS (Maghreb Post) - 5 March 2024", dt.date(2024, 3, 5)),
])
def test_a_dateline_in_the_header_may_carry_only_a_date(line, published):
    text = f"Security forces kill three militants near the border\n\n{line}\n\nSecurity forces killed three militants on Monday."
    m = read_meta(text)
    assert m["published"] == published
    assert m["publisher"] == line.split("(")[1].split(")")[0]
    assert text[m["body_start"]:].startswith("Security forces killed")


@pytest.mark.parametrize("line, place, outlet", [
    ("KABUL/ISLAMABAD, March 4 (Frontier Wire) - Pakistani jets struck targets inside Afghanistan, officials said.",
     "KABUL/ISLAMABAD", "Frontier Wire"),
    ("New Delhi/Islamabad - India and Pakistan traded fire across the Line of Control on Monday.", "New Delhi/Islamabad", None),
    ("BEIRUT/JERUSALEM (AFP) - Israeli strikes hit southern Lebanon on Monday, officials said.", "BEIRUT/JERUSALEM", "AFP"),
])
def test_a_dateline_may_join_places_with_a_slash(line, place, outlet):
    dl = find_dateline(line)
    assert (dl["place"], dl["outlet"]) == (place, outlet)


@pytest.mark.parametrize("header, publisher", [
    ("SAHEL VOICE (independent)\n3 March 2024 | Mopti Region", "Sahel Voice"),
    ("Kivu Radio\n3 March 2024 | Goma", "Kivu Radio"),
    ("3 March 2024 | North Kivu Province\nKIVU RADIO (in exile)", "Kivu Radio"),
    ("Beirut | 3 March 2024", None),
])
def test_a_place_is_never_the_publisher_and_a_trailing_parenthetical_is_dropped(header, publisher):
    text = header + "\n\nGunmen kill five traders on market road\n\nGunmen killed five traders on Saturday, residents said."
    m = read_meta(text)
    assert (m["publisher"], m["title"]) == (publisher, "Gunmen kill five traders on market road")


def test_the_outlet_the_body_names_as_itself_is_the_publisher():
    text = ("THE LAKE NEWSLETTER\n2 May 2024\nGreat Lakes Radio\n\nShelling kills four near Sake\n\n"
            "Shelling killed four people near Sake on Wednesday, a resident told Great Lakes Radio.")
    assert read_meta(text)["publisher"] == "Great Lakes Radio"


def test_a_report_name_line_is_not_the_headline():
    text = ("KIVU SECURITY TRACKER\nWeekly roundup | Friday, 3 May 2024\nGreat Lakes Conflict Observatory\n\n"
            "M23 shells Sake as fighting nears Goma; dozens of displaced killed in camp strikes\n\nKey incidents:\n"
            "- 2 May: Shells hit the Mugunga camp, killing 14 people.")
    m = read_meta(text)
    assert m["publisher"] == "Kivu Security Tracker"
    assert m["title"].startswith("M23 shells Sake")
    assert m["published"] == dt.date(2024, 5, 3)


@pytest.mark.parametrize("header, publisher", [
    ("EL DIARIO DE LA FRONTERA", "El Diario de la Frontera"),
    ("BBC NEWS AFRICA", "BBC News Africa"),
    ("THE SUN DAILY", "The Sun Daily"),
    ("LA VOIX DU SAHEL", "La Voix du Sahel"),
])
def test_a_name_in_capitals_is_tidied_keeping_acronyms_and_small_words(header, publisher):
    text = header + "\n4 June 2024\n\nGunmen kill five traders on market road\n\nGunmen killed five traders on Saturday."
    assert read_meta(text)["publisher"] == publisher


def test_later_datelines_in_the_body_start_new_stories():
    text = ("THE PLATEAU HERALD\nWednesday, 4 September 2024\n\nViolence in two states\n\n"
            "Jos, Sep 3 (Herald Wire): Gunmen killed seven farmers in Bokkos on Monday, police said.\n\n"
            "The attack was the third this month.\n\n"
            "Maiduguri, Sep 3 (Herald Wire): A suicide bomber killed four people at a market on Tuesday.\n\n"
            "MUSA: Residents fled the town.\n")
    m = read_meta(text)
    assert m["dateline"]["place"] == "Jos"
    assert [text[i:i + 10] for i in m["story_starts"]] == ["Maiduguri,"]


@pytest.mark.parametrize("text, anchor, guessed", [
    ("KHARTOUM, Oct. 5 (Nile Wire) -- Shelling killed nine people in Omdurman on Wednesday. The war broke out in April 2023.",
     dt.date(2023, 10, 5), True),
    ("KHARTOUM, Jan. 5 (Nile Wire) -- Shelling killed nine people on Thursday. The war began on April 15, 2023.",
     dt.date(2024, 1, 5), True),  # a dateline day before a date the text already tells of: the next year
    ("Shelling killed nine people on 3 March 2024 and four more on 5 March 2024, medics said.", dt.date(2024, 3, 5), True),
    ("KHARTOUM, Oct. 5 (Nile Wire) -- Shelling killed nine people in Omdurman on Wednesday.", None, False),
    ("Shelling killed nine people on Wednesday, medics said.", None, False),
    ("Nile Observer\n8 July 2023\n\nShelling kills nine\n\nShelling killed nine people on 3 June 2024.",
     dt.date(2023, 7, 8), False),  # a stated publication date is the anchor
])
def test_anchor_date_is_published_else_a_guess_from_the_dateline_and_the_texts_dates(text, anchor, guessed):
    published = read_meta(text)["published"]
    got, how = anchor_date(text, published)
    assert got == anchor
    assert (how is not None) == guessed
    if guessed:
        assert published is None  # the guess never becomes the stated publication date


@pytest.mark.parametrize("header, publisher, published", [
    ("Israeli strike kills 5 in Gaza\nBy Jane Doe\nMarch 3, 20246:05 AM GMT+3Updated 2 hours ago", None, dt.date(2024, 3, 3)),
    (("News|Middle East\nIsraeli strike kills 5 in Gaza\nHealth officials say the dead include two children.\n"
     "By Levant Desk Staff\nPublished On 3 Mar 20243 Mar 2024"), "Levant Desk", dt.date(2024, 3, 3)),
    ("Israeli strike kills 5 in Gaza\n3 March 2024\nShare\nBy Jane Doe, Levant Broadcasting", "Levant Broadcasting",
     dt.date(2024, 3, 3)),
    ("Source: Caspian Wire | 2024-03-03 21:30:15 | Editor: jdoe\n\nIsraeli strike kills 5 in Gaza", "Caspian Wire",
     dt.date(2024, 3, 3)),
    ("Israeli strike kills 5 in Gaza\nPublished - March 03, 2024 10:15 pm IST - GAZA", None, dt.date(2024, 3, 3)),
    ("Israeli strike kills 5 in Gaza\nJane Doe Published March 3, 2024 Updated about 3 hours ago", None, dt.date(2024, 3, 3)),
    ("Israeli strike kills 5 in Gaza\nby Jane Doe March 3, 2024 5:40 PM 2 min read", None, dt.date(2024, 3, 3)),
    ("Israeli strike kills 5 in Gaza\nJane Doe |03.03.2024 - Update : 04.03.2024", None, dt.date(2024, 3, 3)),
    ("Sahel News Network - March 3, 2024\n\nIsraeli strike kills 5 in Gaza", "Sahel News Network", dt.date(2024, 3, 3)),
    ("By Sahel News Network Staff - March 3, 2024\n\nIsraeli strike kills 5 in Gaza", "Sahel News Network",
     dt.date(2024, 3, 3)),
    ("ISRAELI STRIKE KILLS 5 IN GAZA\nSahel News Network\nMarch 3, 2024", "Sahel News Network", dt.date(2024, 3, 3)),
    (("Gaza: Flash Update No. 12\nFormat\nSituation Report\nSource\nOCHA\nPosted\n3 Mar 2024\nOriginally published\n"
     "2 Mar 2024"), "OCHA", dt.date(2024, 3, 2)),  # the source's own date beats the repost
])
def test_web_page_header_shapes(header, publisher, published):
    text = header + "\n\nAn Israeli strike killed five people in Gaza on Saturday, medics said.\n\nMore followed."
    m = read_meta(text)
    assert (m["publisher"], m["published"]) == (publisher, published)
    assert text[m["body_start"]:].startswith("An Israeli strike")


def test_a_copyright_footer_names_the_outlet_when_the_header_does_not():
    text = ("Israeli strike kills 5 in Gaza\n\nAn Israeli strike killed five people on Saturday, medics said.\n\n"
            "© 2024 Levant Ledger. All rights reserved.")
    assert read_meta(text)["publisher"] == "Levant Ledger"


def test_a_one_paragraph_story_before_a_footer_date_is_body_not_a_standfirst():
    text = "Israeli strike kills 5 in Gaza\n\nAn Israeli strike killed five people on Saturday, medics said.\n\n03.03.2024\n"
    m = read_meta(text)
    assert text[m["body_start"]:].startswith("An Israeli strike")
    assert m["published"] == dt.date(2024, 3, 3)


@pytest.mark.parametrize("line, published", [
    ("Updated: 4 June 2024 Published: 3 June 2024", dt.date(2024, 6, 3)),
    ("Published: 3 June 2024 Last updated: 4 June 2024", dt.date(2024, 6, 3)),
    ("First published 2 June 2024 | Updated 4 June 2024 | Published 3 June 2024", dt.date(2024, 6, 2)),
])
def test_two_labelled_dates_on_one_line_take_the_publication_not_the_update(line, published):
    text = "Sahel Herald\n" + line + "\n\nSoldiers killed in ambush near Djibo\n\nSuspected jihadists killed 12 soldiers."
    assert read_meta(text)["published"] == published


@pytest.mark.parametrize("line, outlet", [
    ("BERLIN (dpa) - German police arrested two men suspected of planning an attack, prosecutors said.", "dpa"),
    ("AMINA DIALLO (correspondent): Residents here say the town fell at dawn on Friday.", None),
])
def test_a_lower_case_agency_is_an_outlet_but_a_speakers_role_is_not(line, outlet):
    dl = find_dateline(line)
    assert (dl["outlet"] if dl else None) == outlet


@pytest.mark.parametrize("header, publisher", [
    ("Gunmen kill five in Mopti - Sahel Herald\n3 March 2024", "Sahel Herald"),  # a browser tab's title
    ("Gunmen kill five in Mopti\nBy JANE DOE and JOHN ROE Associated Press\nMarch 3, 2024, 2:15 PM", "Associated Press"),
    ("Gunmen kill five in Mopti\nBy Sahelnews\nwith AFP\n3 March 2024", "Sahelnews"),
    ("Gunmen kill five in Mopti\nBy Staff\n3 March 2024", None),
    ("Gunmen kill five in Mopti\nBy Jane Doe, Kabul\n3 March 2024", None),
])
def test_bylines_and_tab_titles_name_the_outlet(header, publisher):
    text = header + "\n\nGunmen killed five people in a village on Sunday, local officials said.\n\nMore followed."
    m = read_meta(text)
    assert (m["publisher"], m["title"], m["published"]) == (publisher, "Gunmen kill five in Mopti", dt.date(2024, 3, 3))
    assert text[m["body_start"]:].startswith("Gunmen killed")


@pytest.mark.parametrize("line, date, published", [
    ("March 3 (Reuters) - Gunmen killed five people in a village on Sunday, officials said.", "March 3", None),
    ("March 3, 2024 (Reuters) - Gunmen killed five people in a village on Sunday, officials said.", "March 3, 2024",
     dt.date(2024, 3, 3)),
])
def test_a_wire_dateline_may_have_a_date_and_no_place(line, date, published):
    m = read_meta("Gunmen kill five in Mopti\n\n" + line)
    assert (m["dateline"]["place"], m["dateline"]["date"], m["publisher"], m["published"]) == (None, date, "Reuters", published)


@pytest.mark.parametrize("first_line", [
    "Kirkuk Curfew After Deadly Clashes",
    "Fresh Fighting Amid Truce Talks",
    "Tensions Rise Over Disputed Border Town",
])
def test_a_title_case_first_line_with_a_headline_link_word_is_the_title(first_line):
    text = first_line + "\n3 March 2024\n\nFour people were killed in clashes on Saturday, police said."
    m = read_meta(text)
    assert (m["title"], m["publisher"]) == (first_line, None)


def test_a_breadcrumb_line_is_neither_publisher_nor_title():
    text = ("Sahel Herald\nNews > Africa > Sahel\n3 March 2024\n\nGunmen kill five in Mopti\n\n"
            "Gunmen killed five people in a village on Sunday, local officials said.")
    m = read_meta(text)
    assert (m["publisher"], m["title"]) == ("Sahel Herald", "Gunmen kill five in Mopti")


@pytest.mark.parametrize("header, publisher", [
    ("Levant 24 | 3 March 2024", "Levant 24"),
    ("Channel 4 News | 3 March 2024", "Channel 4 News"),
    ("Sahel 24 March 2024 | Mopti", None),  # a date, not a numbered name
    ("Sahel 24\n3 March 2024", "Sahel 24"),
])
def test_an_outlet_name_may_end_with_a_number(header, publisher):
    text = header + "\n\nGunmen kill five in Mopti\n\nGunmen killed five people in a village on Sunday, officials said."
    assert read_meta(text)["publisher"] == publisher


@pytest.mark.parametrize("line, place, published, outlet", [
    ("Kabul, 3 March 2024 – Gunmen killed five worshippers at a mosque on Friday, police said.", "Kabul",
     dt.date(2024, 3, 3), None),
    ("Kyiv, Ukraine, March 3, 2024 — Russian drones struck the capital overnight, officials said.", "Kyiv",
     dt.date(2024, 3, 3), None),
    ("GENEVA (3 March 2024) - The UN human rights office said on Friday it was alarmed by the killings.", "GENEVA",
     dt.date(2024, 3, 3), None),
])
def test_a_place_and_full_date_dateline_dates_the_story(line, place, published, outlet):
    m = read_meta("Killings condemned\n\n" + line)
    assert (m["dateline"]["place"], m["published"], m["publisher"]) == (place, published, outlet)


def test_a_news_section_beside_the_date_is_not_the_publisher():
    text = "3 March 2024 — Peace and Security\n\nKillings condemned in Mopti\n\nGunmen killed five people on Sunday."
    m = read_meta(text)
    assert (m["publisher"], m["published"]) == (None, dt.date(2024, 3, 3))


@pytest.mark.parametrize("line", ["Sunday, March 3, 2024 - 14:05", "Sunday, 3 March 2024 – 14:05 GMT", "MONDAY, MARCH 4, 2024 - 09:00"])
def test_a_weekday_date_line_with_a_time_is_not_a_dateline(line):
    text = f"Sahel Herald\n{line}\n\nGunmen kill five in Mopti\n\nGunmen killed five people on Sunday."
    m = read_meta(text)
    assert m["dateline"] is None and m["title"] == "Gunmen kill five in Mopti"


@pytest.mark.parametrize("line", ["Saturday, 2 March | 14:05 GMT", "Mar 2, 09:15", "Published 2 March"])
def test_a_year_less_header_date_gives_the_anchor_with_the_texts_year(line):
    text = (f"Sahel Herald\n{line}\n\nGunmen kill five in Mopti\n\nGunmen killed five people on Friday. "
            "The region has seen attacks since January 2024.")
    m = read_meta(text)
    assert m["published"] is None
    got, how = anchor_date(text, m["published"])
    assert got == dt.date(2024, 3, 2) and "year" in how


@pytest.mark.parametrize("header, publisher", [
    ("Xinhua | 3 March 2024", "Xinhua"),  # a known outlet, though Chinese towns share the name
    ("SANA | 3 March 2024", "SANA"),
    ("Goma | 3 March 2024", None),
])
def test_a_known_outlet_beside_a_date_is_the_publisher_not_a_place(header, publisher):
    text = header + "\n\nGunmen kill five in Mopti\n\nGunmen killed five people in a village on Sunday, officials said."
    assert read_meta(text)["publisher"] == publisher


@pytest.mark.parametrize("header, published", [
    ("Radio Tropicale\nMardi 13 juin 2023\n\nDes hommes armés attaquent un village\n\nThe gunmen struck on Monday night.",
     dt.date(2023, 6, 13)),
    ("Diario del Sur\nmartes, 13 de junio de 2023\n\nAtaque armado en la sierra\n\nGunmen attacked a patrol on Monday.",
     dt.date(2023, 6, 13)),
    ("Jornal da Fronteira\nterça-feira, 13 de junho de 2023\n\nTiroteio na fronteira\n\nGunmen attacked a patrol on Monday.",
     dt.date(2023, 6, 13)),
    ("Grenzbote\nDienstag, 13. Juni 2023\n\nAnschlag an der Grenze\n\nGunmen attacked a patrol on Monday.",
     dt.date(2023, 6, 13)),
    ("Sahel Matin\nPublié le 1er mai 2024\n\nAttaque contre un poste\n\nGunmen attacked a post on Tuesday.",
     dt.date(2024, 5, 1)),
])
def test_a_date_line_in_french_spanish_portuguese_or_german_dates_the_article(header, published):
    assert read_meta(header)["published"] == published


@pytest.mark.parametrize("header, publisher", [
    ("RADIO OKAPI NORD – 103.5 FM Goma\nJournal de 7h00 – Lundi 4 mars 2024\n\nGood morning. Fighting resumed near Sake.",
     "Radio Okapi Nord"),
    ("RADIO KANAL – 98.4 FM Bunia\nBulletin – Mardi 13 juin 2023\n\nGood morning. Here are the headlines.",
     "Radio Kanal"),
    ("TV KIVU – Goma\n4 March 2024\n\nFighting resumed near Sake on Sunday, residents said.", "TV Kivu"),
])
def test_a_station_line_with_its_frequency_is_the_outlet_never_a_dateline(header, publisher):
    m = read_meta(header)
    assert m["publisher"] == publisher and m["dateline"] is None
    assert m["published"] is not None


@pytest.mark.parametrize("line, published", [
    ("Updated: 28/09/2022 19:52 (GMT+3)", dt.date(2022, 9, 28)),
    ("10/05/2022 – Last updated 14:20 (ECT)", dt.date(2022, 5, 10)),
    ("Published 3 March 2024 at 06:15 (UTC)", dt.date(2024, 3, 3)),
])
def test_a_date_line_ending_in_a_bracketed_time_zone_is_header_not_body(line, published):
    text = f"Gulf Sentinel\n{line}\n\nDrones hit camps near Erbil\n\nERBIL, Iraq (Gulf Sentinel) – Drones hit camps on Wednesday."
    m = read_meta(text)
    assert m["published"] == published and m["publisher"] == "Gulf Sentinel"
    assert text[m["body_start"]:].lstrip().startswith(("Drones", "ERBIL"))


@pytest.mark.parametrize("line", ["Sept. 13, 2022 | 17:05 GMT", "13 September 2022 · 09:41 WAT", "13.09.2022 | UTC+3"])
def test_a_clock_time_or_time_zone_is_never_the_publisher(line):
    m = read_meta(f"Troops clash on the border\n\nBy Border Wire staff\n{line}\n\nTroops clashed on Tuesday, officials said.")
    assert m["publisher"] == "Border Wire" and m["published"] == dt.date(2022, 9, 13)


@pytest.mark.parametrize("motto", ["Unity – Progress – Justice", "Un Peuple – Un But – Une Foi", "Unité - Travail - Progrès"])
def test_a_dashed_motto_is_skipped_and_the_communique_is_issued_by_the_caps_body_above_the_label(motto):
    text = (f"REPUBLIC OF NIGER\n{motto}\n\nMINISTRY OF NATIONAL DEFENCE\nDIRECTORATE OF PUBLIC INFORMATION\n\n"
            "COMMUNIQUE\n\nNiamey, 4 March 2024\n\nOn 3 March 2024, a unit of the armed forces was attacked near Tillia.")
    m = read_meta(text)
    assert m["publisher"] == "Directorate of Public Information" and m["published"] == dt.date(2024, 3, 4)


@pytest.mark.parametrize("header, publisher", [
    (("Prison riot toll rises to 44\n\nAgencia Andina de Noticias (AAN)\n10/05/2022\n\n"
      "QUITO, Ecuador, May 10 (AAN) — The toll rose on Tuesday, officials said."), "Agencia Andina de Noticias"),
    ("Attaque meurtrière dans le nord\n\nAgence Sahélienne de Presse\n4 mars 2024\n\nGunmen killed five on Sunday.",
     "Agence Sahélienne de Presse"),
    ("Gunmen kill five in the north\n\nNoticias del Litoral (NDL)\n4 March 2024\n\nTUMACO, May 3 (NDL) — Gunmen killed five.",
     "Noticias del Litoral"),
])
def test_a_non_english_outlet_word_or_the_datelines_acronym_makes_the_outlet_line(header, publisher):
    assert read_meta(header)["publisher"] == publisher


@pytest.mark.parametrize("lines, published", [
    ("Actualizado: 14 de junio de 2023 10:00\nPublicado el 13 de junio de 2023 a las 10:45", dt.date(2023, 6, 13)),
    ("Mis à jour le 14 juin 2023 à 08h15\nPublié le 13 juin 2023 à 07h00", dt.date(2023, 6, 13)),
    ("Aktualisiert am 14. Juni 2023\nVeröffentlicht am 13. Juni 2023, 10:45 Uhr", dt.date(2023, 6, 13)),
    ("Publicado em 13 de junho de 2023 às 10h45", dt.date(2023, 6, 13)),
])
def test_foreign_published_and_updated_labels_rank_like_english_ones(lines, published):
    text = f"Diario del Norte\n{lines}\n\nAtaque en la sierra deja cinco muertos\n\nGunmen killed five people on Monday."
    m = read_meta(text)
    assert m["published"] == published and m["publisher"] == "Diario del Norte"


@pytest.mark.parametrize("opening", [
    "Good evening. Here are the headlines.\n\n— Gunmen kill five near Beni.\n— Protest in Goma.\n\n",
    "In the headlines this hour:\n- Gunmen kill five near Beni\n- Protest in Goma\n- Floods in Uvira\n\n",
    "Good morning, it is seven o'clock. These are the main stories:\n• Gunmen kill five near Beni\n• Protest in Goma\n\n",
])
def test_a_bulletins_list_of_headlines_is_not_body(opening):
    text = "RADIO MAENDELEO – 102.5 FM Bukavu\nLundi 4 mars 2024\n\n" + opening + "BENI. Gunmen killed five farmers on Sunday."
    m = read_meta(text)
    assert text[m["body_start"]:].startswith("BENI.")


def test_a_bullet_list_without_a_headlines_cue_stays_body():
    text = "Kivu Times\n4 March 2024\n\nKey events this week:\n- Gunmen killed five near Beni.\n- Protest in Goma.\n"
    m = read_meta(text)
    assert "Gunmen killed five" in text[m["body_start"]:]


def test_a_caps_headline_above_a_release_label_is_not_its_issuer():
    text = ("Sahel Daily\n\nARMY REPELS ATTACK IN DJIBO\n\nPRESS RELEASE\n\nOuagadougou, 27 November 2023\n\n"
            "On the morning of 26 November 2023, the town of Djibo was attacked.")
    assert read_meta(text)["publisher"] == "Sahel Daily"


@pytest.mark.parametrize("line, date, published", [
    ("BAMAKO, 13 juin 2023 (AMAP) – Gunmen attacked a convoy near Gao on Monday, the army said.", "13 juin 2023",
     dt.date(2023, 6, 13)),
    ("QUITO, 13 de junio de 2023 (AAN) — Gunmen killed three police officers on Monday.", "13 de junio de 2023",
     dt.date(2023, 6, 13)),
    ("BERLIN, 13. Juni 2023 (dpa) - Police arrested three men on Monday, prosecutors said.", "13. Juni 2023",
     dt.date(2023, 6, 13)),
])
def test_a_dateline_may_write_its_date_in_another_language(line, date, published):
    m = read_meta(line)
    assert m["dateline"]["date"] == date and m["published"] == published


def test_a_number_after_the_place_is_no_foreign_date():
    assert find_dateline("GAO, 3 dead - officials said") is None


def test_a_year_less_foreign_dateline_gives_the_anchor():
    text = "BUNIA, 13 juin (RSI) – Gunmen killed three farmers on Saturday. The attack was the worst since 2023."
    assert anchor_date(text)[0] == dt.date(2023, 6, 13)


@pytest.mark.parametrize("line", ["Mardi 13 juin | 06h30", "martes, 13 de junio · 06:30", "Dienstag, 13. Juni | 06:30"])
def test_a_year_less_foreign_header_date_gives_the_anchor(line):
    text = f"Radio Maendeleo\n{line}\n\nGunmen killed three farmers on Saturday near Beni. The worst since March 2023."
    assert anchor_date(text)[0] == dt.date(2023, 6, 13)
