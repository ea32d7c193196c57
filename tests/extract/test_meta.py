"""Header lines and datelines: title, publisher, publication date, where the body starts."""

import datetime as dt

import pytest

from sitrep.extract.meta import find_dateline, read_meta


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
