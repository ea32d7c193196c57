"""Hand-coded incidents for the explore tests, and a helper that runs the dashboard in AppTest."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

APP = str(ROOT / "app.py")


from components.shell import keep_navigation_mode_in_apptest

keep_navigation_mode_in_apptest()


def incident(**kw) -> dict:
    base = {"event_date": "2023-08-10", "date_start": "2023-08-10", "date_end": "2023-08-10", "time_precision": 1,
            "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Islamic State",
            "actor2": "Military Forces of Syria", "location": "Deir ez-Zor", "admin1": "Deir ez-Zor",
            "country": "Syria", "latitude": 35.336, "longitude": 40.14, "geo_precision": 1, "fatalities": 33,
            "sources": ["Amaq"], "evidence": []}
    base.update(kw)
    return base


ARTICLE_1 = ("ISIS ambush kills soldiers\n\n"
             "Islamic State fighters killed 33 Syrian soldiers in an ambush near Deir ez-Zor on Thursday, "
             "according to the Syrian Observatory for Human Rights.\n\n"
             "In Kirkuk, protesters gathered on Friday.")
ARTICLE_2 = ("Clashes in Kirkuk\n\nClashes between Kurdish and Arab protesters in Kirkuk left 4 people dead, "
             "police said on Saturday.")


def _ev(text: str, needle: str) -> list[dict]:
    s = text.index(needle)
    return [{"start": s, "end": s + len(needle), "text": needle}]


def seed(store) -> dict:
    """Two articles, four incidents in two countries, hand-coded so every number is known."""
    a1, _ = store.add_article(ARTICLE_1, {
        "title": "ISIS ambush kills soldiers", "publisher": "Example Wire", "published": "2023-08-12",
        "incidents": [
            incident(evidence=_ev(ARTICLE_1, "Islamic State fighters killed 33 Syrian soldiers"),
                     sources=["Amaq", "SOHR"], fatality_claims=[{"source": "SOHR", "fatalities": 33},
                                                                  {"source": "Amaq", "fatalities": 40}]),
            incident(event_date="2023-08-11", event_type="Protests", sub_event_type="Peaceful protest",
                     actor1="Protesters (Iraq)", actor2=None, location="Kirkuk", admin1="Kirkuk", country="Iraq",
                     latitude=35.47, longitude=44.39, fatalities=0, sources=["SOHR"],
                     evidence=_ev(ARTICLE_1, "In Kirkuk, protesters gathered on Friday.")),
        ],
        "attributions": [{"source": "SOHR", "source_type": "monitor", "cue": "according to",
                          "claim": "Islamic State fighters killed 33 Syrian soldiers", "start": 28, "end": 75,
                          "via": None, "kind": "claim", "incidents": [0]}],
    })
    a2, _ = store.add_article(ARTICLE_2, {
        "title": "Clashes in Kirkuk", "publisher": "Other Times", "published": "2023-09-03",
        "incidents": [
            incident(event_date="2023-09-02", event_type="Riots", sub_event_type="Violent demonstration",
                     actor1="Rioters (Iraq)", actor2="Police Forces of Iraq", location="Kirkuk", admin1="Kirkuk",
                     country="Iraq", latitude=35.47, longitude=44.39, fatalities=4, sources=["Police"],
                     evidence=_ev(ARTICLE_2, "Clashes between Kurdish and Arab protesters in Kirkuk left 4 people dead")),
            incident(event_date="2023-09-01", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                     actor1="Military Forces of Turkey", actor2=None, location="Sulaymaniyah", admin1="Sulaymaniyah",
                     country="Iraq", latitude=35.56, longitude=45.43, fatalities=None, sources=[], evidence=[]),
        ],
    })
    return {"a1": a1, "a2": a2}


def app(query: dict | None = None, page: str | None = None, timeout: float = 30):
    """Run app.py (optionally switched to a page, optionally with URL query parameters)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=timeout)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
