"""The extraction pipeline: a blank English spaCy pipeline whose steps are our rule components.

extract_article(text) -> one ARTICLE dict as defined in shared/eval/CONTRACT.md (plus "warnings").
Order matters: sentences -> places -> actors -> attribution -> incidents (incidents read the rest).
Doc extensions beyond the contract: anchor_date (the day relative dates count from: published, else a guess),
story_starts (char offsets of later datelines in the body, each starting another story).
"""

from __future__ import annotations

import datetime as dt
import gc
from functools import lru_cache

import spacy
from spacy.tokens import Doc

from sitrep.extract import actors, attribution, incidents, places, sentences  # noqa: F401

# Importing the modules registers their components with spaCy.
from sitrep.extract import meta as meta_mod

for _name, _default in (("published", None), ("publisher", None), ("title", None), ("body_start", 0),
                        ("places", None), ("actors", None), ("attributions", None), ("incidents", None),
                        ("warnings", None), ("country_hint", None), ("anchor_date", None), ("story_starts", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

PIPELINE = ["sitrep_sentences", "sitrep_places", "sitrep_actors", "sitrep_attribution", "sitrep_incidents"]


@lru_cache(maxsize=1)
def get_nlp():
    """Built once per process. Blank English: tokenizer and our rules only; no model download."""
    nlp = spacy.blank("en")
    nlp.max_length = 20_000_000  # articles up to the reader's 12 MB limit; our rules are linear
    for name in PIPELINE:
        nlp.add_pipe(name)
    from sitrep.gazetteer import Gazetteer

    Gazetteer.get()  # load the place index now, then keep the long-lived objects out of the cyclic GC:
    gc.freeze()  # every article allocates many short-lived objects and each GC pass would rescan them all
    return nlp


def _iso(d) -> str | None:
    if d is None:
        return None
    if isinstance(d, (dt.date, dt.datetime)):
        return d.strftime("%Y-%m-%d")
    return str(d)[:10]


def parse_override(value) -> dt.date | None:
    """--published / record field: accept a date, an ISO string, or anything dateparser reads."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        pass
    import dateparser

    got = dateparser.parse(str(value), languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return got.date() if got else None


def run(text: str, published=None, title=None, publisher=None) -> Doc:
    """Run every component over text and return the annotated Doc (for the reader's highlights)."""
    nlp = get_nlp()
    info = meta_mod.read_meta(text)
    doc = nlp.make_doc(text)
    doc.user_data["sitrep_text"] = (len(doc), text)  # == doc.text, which spaCy rebuilds on every access
    doc._.warnings = []
    pub = parse_override(published) or info.get("published")
    # The day relative dates count from: the publication date, or (never written into `published`) a guess
    # from a year-less dateline or the text's own dates, so "on Tuesday" still lands near the right week.
    anchor, guessed = meta_mod.anchor_date(text, pub)
    if pub is None and anchor is None:
        doc._.warnings.append("no publication date found in the text; relative dates are unresolved")
    elif guessed:
        doc._.warnings.append(f"no publication date found in the text; relative dates count from {anchor:%Y-%m-%d}, "
                              f"guessed from {guessed}")
    doc._.published = pub
    doc._.anchor_date = anchor
    doc._.story_starts = info.get("story_starts") or []  # later datelines in the body: a roundup's next stories
    doc._.publisher = publisher or info.get("publisher")
    doc._.title = title or info.get("title")
    doc._.body_start = info.get("body_start", 0)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def extract_article(text: str, path: str = "", published=None, title=None, publisher=None) -> dict:
    doc = run(text, published=published, title=title, publisher=publisher)
    return {
        "path": path,
        "title": doc._.title,
        "publisher": doc._.publisher,
        "published": _iso(doc._.published),
        "incidents": doc._.incidents or [],
        "attributions": doc._.attributions or [],
        "warnings": doc._.warnings or [],
    }
