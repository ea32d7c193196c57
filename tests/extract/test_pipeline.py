"""The pipeline's doc extensions beyond the contract: the anchor for relative dates and later story starts."""

import datetime as dt

import pytest

from sitrep.extract.pipeline import run


@pytest.mark.parametrize("text, published, anchor, warned", [
    ("Nile Observer\n8 July 2023\n\nShelling kills nine\n\nShelling killed nine people on Thursday, medics said.",
     dt.date(2023, 7, 8), dt.date(2023, 7, 8), False),
    ("KHARTOUM, Oct. 5 (Nile Wire) -- Shelling killed nine people in Omdurman on Wednesday. The war broke out in 2023.",
     None, dt.date(2023, 10, 5), True),
    ("Shelling killed nine people on Wednesday, medics said.", None, None, True),
])
def test_anchor_date_is_the_publication_date_or_a_flagged_guess(text, published, anchor, warned):
    doc = run(text)
    assert (doc._.published, doc._.anchor_date) == (published, anchor)
    assert any("no publication date" in w for w in doc._.warnings) == warned


def test_an_override_publication_date_is_the_anchor():
    doc = run("Shelling killed nine people on Wednesday, medics said.", published="2024-02-01")
    assert doc._.anchor_date == doc._.published == dt.date(2024, 2, 1)


def test_story_starts_lists_later_datelines_in_the_body():
    text = ("THE PLATEAU HERALD\nWednesday, 4 September 2024\n\nViolence in two states\n\n"
            "Jos, Sep 3 (Herald Wire): Gunmen killed seven farmers in Bokkos on Monday, police said.\n\n"
            "Maiduguri, Sep 3 (Herald Wire): A suicide bomber killed four people at a market on Tuesday.\n")
    doc = run(text)
    assert [text[i:i + 9] for i in doc._.story_starts] == ["Maiduguri"]


@pytest.mark.parametrize("text, published, publisher", [
    (("RADIO MAENDELEO – 102.5 FM Bukavu\nJournal de 7h00 – Lundi 4 mars 2024\n\n"
     "Good morning. Here are the headlines.\n— Fighting near Sake.\n— Floods in Uvira.\n\n"
     "SAKE. Three civilians were killed on Sunday when shells hit the town, residents said."),
     dt.date(2024, 3, 4), "Radio Maendeleo"),
    (("Agencia Andina de Noticias (AAN)\n10/05/2022 – Last updated 14:20 (ECT)\n\n"
     "QUITO, Ecuador, May 10 (AAN) — Gunmen killed three police officers on Monday, officials said."),
     dt.date(2022, 5, 10), "Agencia Andina de Noticias"),
])
def test_a_foreign_language_header_dates_the_events_of_the_story(text, published, publisher):
    doc = run(text)
    assert (doc._.published, doc._.publisher) == (published, publisher)
    assert len(doc._.incidents) == 1 and doc._.incidents[0]["event_date"] is not None
