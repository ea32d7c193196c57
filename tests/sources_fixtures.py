"""Hand-written extracted articles (the shape extract_article returns) for sources/briefing/export tests.

Four incidents in three articles: a disagreement on figures (SOHR 15 vs SANA 12), an accusation, a claim
of responsibility, a chain through Sputnik, single-source incidents, and an evidence sentence carrying
markup that every renderer must escape.
"""

from __future__ import annotations

from sitrep.store import Store

SCRIPT = "<script>alert('x')</script>"


def span(text: str, part: str) -> dict:
    """{start, end, text} of `part` inside `text` (offsets as the extractor gives them)."""
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def claim(text: str, part: str, **kw) -> dict:
    s = span(text, part)
    return {**kw, "claim": part, "start": s["start"], "end": s["end"]}

CRADLE_TEXT = ("The Cradle\nAugust 12, 2023\n\nRockets hit US base at Conoco field\n\n"
               "Local sources told Sputnik that at least three rockets struck the US base at the Conoco gas field "
               "in Deir Ezzor on Saturday. The Syrian government says oil is looted every month.")
CRADLE = {
    "title": "Rockets hit US base at Conoco field", "publisher": "The Cradle", "published": "2023-08-12",
    "incidents": [{
        "event_date": "2023-08-12", "date_start": "2023-08-12", "date_end": "2023-08-12", "time_precision": 1,
        "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Unidentified Armed Group (Syria)", "actor2": "United States", "location": "Conoco gas field",
        "admin1": "Deir ez-Zor", "country": "Syria", "latitude": 35.33, "longitude": 40.29, "geo_precision": 1,
        "fatalities": None, "sources": ["Local sources", "Sputnik"],
        "evidence": [span(CRADLE_TEXT, "Local sources told Sputnik that at least three rockets struck the US base "
                                       "at the Conoco gas field in Deir Ezzor on Saturday.")],
    }],
    "attributions": [
        claim(CRADLE_TEXT, "at least three rockets struck the US base", source="Local sources",
              source_type="local sources", cue="told", via="Sputnik", kind="claim", incidents=[0]),
        claim(CRADLE_TEXT, "oil is looted every month", source="Syrian government", source_type="government",
              cue="says", via=None, kind="claim", incidents=[]),
    ],
}

LEDGER_TEXT = ("Levant Ledger\nPublished 18 March 2023\n\nGunmen kill truffle hunters in Syrian desert\n\n"
               "At least 15 truffle hunters were killed near Al-Sukhnah on Friday, the Syrian Observatory for "
               "Human Rights said. State news agency SANA put the toll at 12 and blamed Islamic State cells.")
LEDGER = {
    "title": "Gunmen kill truffle hunters in Syrian desert", "publisher": "Levant Ledger", "published": "2023-03-18",
    "incidents": [{
        "event_date": "2023-03-17", "date_start": "2023-03-17", "date_end": "2023-03-17", "time_precision": 1,
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "Islamic State",
        "actor1_claimed": True, "actor2": "Civilians (Syria)", "location": "Al-Sukhnah", "admin1": "Homs",
        "country": "Syria", "latitude": 34.89, "longitude": 38.87, "geo_precision": 2, "fatalities": 15,
        "sources": ["SOHR", "SANA"],
        "fatality_claims": [{"source": "SOHR", "fatalities": 15}, {"source": "SANA", "fatalities": 12}],
        "evidence": [span(LEDGER_TEXT, "At least 15 truffle hunters were killed near Al-Sukhnah on Friday")],
    }],
    "attributions": [
        claim(LEDGER_TEXT, "At least 15 truffle hunters were killed", source="SOHR", source_type="monitor",
              cue="said", via=None, kind="claim", incidents=[0]),
        claim(LEDGER_TEXT, "put the toll at 12", source="SANA", source_type="state media", cue="put the toll at",
              via=None, kind="claim", incidents=[0]),
        claim(LEDGER_TEXT, "blamed Islamic State cells", source="SANA", source_type="state media", cue="blamed",
              via=None, kind="accusation", target="Islamic State", incidents=[0]),
    ],
}

REVIEW_TEXT = ("Gulf & Levant Review\nOctober 21, 2023\n\nUS bases in Syria, Iraq hit by drones\n\n"
               "A drone struck the Al-Tanf garrison on Thursday. The Islamic Resistance in Iraq claimed the attack "
               f"on Telegram. A post shared online read {SCRIPT} Four people were killed in Kirkuk on Saturday, "
               "Iraqi health officials said.")
REVIEW = {
    "title": "US bases in Syria, Iraq hit by drones", "publisher": "Gulf & Levant Review",
    "published": "2023-10-21",
    "incidents": [
        {"event_date": "2023-10-19", "date_start": "2023-10-19", "date_end": "2023-10-19", "time_precision": 1,
         "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
         "actor1": "Islamic Resistance in Iraq", "actor1_claimed": True, "actor2": "United States",
         "location": "Al-Tanf", "admin1": "Homs", "country": "Syria", "latitude": 33.50, "longitude": 38.62,
         "geo_precision": 1, "fatalities": 0, "sources": ["Islamic Resistance in Iraq"],
         "evidence": [span(REVIEW_TEXT, "A drone struck the Al-Tanf garrison on Thursday.")]},
        {"event_date": "2023-09-02", "date_start": "2023-09-02", "date_end": "2023-09-02", "time_precision": 1,
         "event_type": "Riots", "sub_event_type": "Violent demonstration", "actor1": "Rioters (Iraq)",
         "actor2": "Rioters (Iraq)", "location": "Kirkuk", "admin1": "Kirkuk", "country": "Iraq",
         "latitude": 35.47, "longitude": 44.39, "geo_precision": 1, "fatalities": 4,
         "sources": ["Iraqi health officials"],
         "evidence": [span(REVIEW_TEXT, f"{SCRIPT} Four people were killed in Kirkuk on Saturday")]},
    ],
    "attributions": [
        claim(REVIEW_TEXT, "claimed the attack", source="Islamic Resistance in Iraq", source_type="armed group",
              cue="claimed", via="Telegram", kind="responsibility", incidents=[0]),
        claim(REVIEW_TEXT, "Four people were killed in Kirkuk on Saturday", source="Iraqi health officials",
              source_type="official", cue="said", via=None, kind="claim", incidents=[1]),
    ],
}

ARTICLES = [(CRADLE_TEXT, CRADLE), (LEDGER_TEXT, LEDGER), (REVIEW_TEXT, REVIEW)]
N_INCIDENTS = 4


def fill(store: Store) -> Store:
    for text, extracted in ARTICLES:
        store.add_article(text, extracted)
    return store


def make_store(tmp_path) -> Store:
    """A fresh SQLite store in tmp_path holding the three articles above."""
    return fill(Store(f"sqlite:///{tmp_path / 'sitrep.db'}"))
