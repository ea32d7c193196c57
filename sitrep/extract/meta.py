"""Article metadata read from the text itself: title, publisher, publication date, where the body starts.

What an analyst pastes from a web page starts with a few short header lines before the story:
the outlet's name ("NILE OBSERVER", "Levant Ledger"), a date line ("Published 18 March 2023",
"Saturday, 8 July 2023", "Mesopotamia Times | 3 September 2023"), a byline ("By Jane Doe",
"The Cradle News Desk"), a section ("From Syria 360", "Middle East"), and the headline. Wire copy instead
opens with a dateline: "WASHINGTON, July 8, 2023 (Global Desk) - ..." or "BEIRUT - ...".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.extract.dates import DMY, MDY, parse_date_text

_SPLIT = re.compile(r"\s+[|·•]\s+|\s+[—–]\s+(?=\S)")
_DESK = re.compile(r"^(?:by\s+)?(?P<outlet>.+?)\s+(?:news\s*desk|newsdesk|news\s+staff|staff(?:\s+writers?|\s+reporters?)?|"
                   r"newsroom|desk|editorial(?:\s+(?:team|board|staff))?|correspondents?|reporters|web\s+desk|"
                   r"online|team)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written\s+by|reporting\s+by|words\s+by|author:?)\s+(.+)$", re.IGNORECASE)
_SECTION = re.compile(r"^(?:from|via|section|category|categories|filed\s+under|tags?|topics?|home|share|print|"
                      r"listen|advertisement|read\s+more|related)\b[:\s>]*", re.IGNORECASE)
_SECTION_WORDS = {"news", "world", "politics", "middle east", "africa", "asia", "europe", "americas", "opinion",
                  "analysis", "breaking", "breaking news", "latest", "world news", "international", "features",
                  "conflict", "security", "region", "regional", "local", "exclusive", "live", "update", "updates"}
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=[^-–—]{0,60}\()"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=(?:,\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)?\s*[-–—]\s))"
    r"(?:,\s*(?P<region>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z][\w.'’ -]{1,30}?))?"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?))?"
    r"\s*(?:\((?P<outlet>[^)]{2,40})\)\s*)?[-–—:]{1,2}\s+(?=\S)", re.MULTILINE)
_EDITOR_NOTE = re.compile(r"\[[^\[\]\n]{2,400}\]")  # a line wholly in square brackets: an editor's note
_SMALL = {"of", "the", "and", "for", "on", "in", "a", "an", "&", "at", "to"}


def _words(s: str) -> list[str]:
    return re.findall(r"[\w&'’.-]+", s)


def _looks_like_name(s: str) -> bool:
    """An outlet's name: short, every significant word capitalised (or all caps), no sentence punctuation."""
    w = _words(s)
    if not w or len(w) > 6 or s.rstrip()[-1:] in ".!?,;:" or (not s.strip().isupper() and any(c.isdigit() for c in s)):
        return False
    if s.lower().strip() in _SECTION_WORDS:
        return False
    return all(x[0].isupper() or x.lower() in _SMALL or not x[0].isalpha() for x in w)


def _tidy_name(s: str) -> str:
    s = s.strip().strip("|·-–—:").strip()
    if s.isupper() and len(s) > 4:
        parts = s.split()
        s = " ".join(p if len(p) <= 3 and len(parts) > 1 and p.isalpha() and p.lower() not in _SMALL
                     else (p.lower() if p.lower() in _SMALL and i else p.capitalize()) for i, p in enumerate(parts))
    return s


def _is_body_line(s: str) -> bool:
    s = s[:400]
    w = _words(s)
    if _DATELINE.match(s) and len(w) >= 6:
        return True
    return len(w) >= 8 and s.rstrip()[-1:] in '.!?"”’)' or len(w) >= 45


def find_dateline(text: str, start: int = 0) -> dict | None:
    """The wire dateline at `start` ("KIRKUK, Iraq - "): its place, date text, outlet and span."""
    m = _DATELINE.match(text, start) if start else _DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    if place.lower() in ("by", "from", "photo", "update", "updated", "note"):
        return None
    region, outlet = m.group("region"), m.group("outlet")
    if outlet is None and region and _AGENCY.fullmatch(region.strip()) and not _is_country(region.strip()):
        outlet, region = region.strip(), None  # "Damascus, SANA -", "Tehran, IRNA -": the agency's own copy
    return {"place": place, "region": region, "date": m.group("date"), "outlet": outlet,
            "start": m.start(), "end": m.end()}


_AGENCY = re.compile(r"[A-Z]{2,6}")  # SANA, IRNA, WAFA, QNA, APP (a country in capitals is the region)


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    import csv

    from sitrep.config import PACKAGE_DATA

    with open(PACKAGE_DATA / "demonyms.csv", encoding="utf-8") as f:
        names = {r["term"].lower() for r in csv.DictReader(f) if r.get("kind") == "name"}
    try:
        with open(PACKAGE_DATA / "countries.csv", encoding="utf-8") as f:
            names |= {r["name"].lower() for r in csv.DictReader(f) if r.get("name")}
    except (OSError, KeyError):
        pass
    return frozenset(names | {"us", "usa", "uk", "uae", "drc", "car"})


def _is_country(word: str) -> bool:
    return word.lower() in _country_words()


def read_meta(text: str) -> dict:
    """{title, publisher, published, body_start, title_start, title_end, dateline} read from the header."""
    got = _read_meta(text)
    return {**got, "dateline": dict(got["dateline"]) if got["dateline"] else None}


@lru_cache(maxsize=8)
def _read_meta(text: str) -> dict:
    """Memoised: the pipeline and the incident component both read the same article's header."""
    title = publisher_line = publisher_desk = published = None
    title_span = (None, None)
    body_start = 0
    dateline = None
    pos = 0
    seen = 0
    lines = text[:20000].split("\n", 40)
    for raw in lines[:40]:
        line_start = pos
        pos += len(raw) + 1
        s = raw.strip()
        if not s:
            continue
        if _EDITOR_NOTE.fullmatch(s):
            body_start = pos  # "[Illustrative sample ...]", "[Editor's note: ...]": a note, not the headline
            continue
        seen += 1
        lead = line_start + (len(raw) - len(raw.lstrip()))
        dl = find_dateline(text, lead)
        if dl and len(_words(s)) >= 6:
            dateline = dl
            body_start = lead
            break
        if title is not None and s.strip().lower() == title.strip().lower():
            body_start = pos  # the headline repeated (page title and h1): still header
            continue
        date_line = bool(re.search(r"\d", s)) and len(s) <= 80 and _mostly_date(s) and parse_date_text(s) is not None
        after_title = title is not None and not date_line and not _BYLINE.match(s) and (len(_words(s)) >= 8 or s[:1].islower()
                                                               or (len(_words(s)) >= 3 and s.rstrip()[-1:] in '.!?"”'))
        if _is_body_line(s) or seen > 12 or after_title or (s.endswith(":") and len(_words(s)) >= 3 and not _mostly_date(s)):
            # "Key events this week:" introduces a list: body, not the headline
            body_start = lead
            break
        parts = [p.strip() for p in _SPLIT.split(s) if p.strip()]
        for part in parts:
            d = parse_date_text(part) if re.search(r"\d", part) else None
            if d is not None and _mostly_date(part):
                published = published or d
                continue
            if _DOMAIN.match(part) and publisher_line is None:
                publisher_line = part.strip()
                continue
            m = _DESK.match(part)
            if m and len(_words(part)) <= 7 and _looks_like_name(m.group("outlet")):
                publisher_desk = publisher_desk or _tidy_name(m.group("outlet"))
                continue
            if _BYLINE.match(part) or _SECTION.match(part) or part.lower() in _SECTION_WORDS:
                continue
            if re.fullmatch(r"[\W\d]*", part) or re.search(r"\b(?:min(?:ute)?s?\s+read|photo|image|credit)\b", part, re.IGNORECASE):
                continue
            if _looks_like_name(part) and len(_words(part)) <= 5 and publisher_line is None \
                    and (len(parts) > 1 or (title is None and not _looks_like_title_case_headline(part))):
                publisher_line = _tidy_name(part)
                continue
            if title is None and len(_words(part)) >= 3:
                title = part
                off = text.find(part, line_start)
                title_span = (off, off + len(part))
                continue
        body_start = pos
    else:
        body_start = min(pos, len(text))
    if dateline is None:
        dateline = find_dateline(text, body_start) if body_start < len(text) else None
    if dateline and published is None and dateline.get("date"):
        published = parse_date_text(dateline["date"])
    if published is None and title:
        # "Russian Offensive Campaign Assessment, November 3, 2025": a report dated in its title's tail
        m = _TITLE_DATE.search(title)
        published = parse_date_text(m.group(1)) if m else None
    if published is None:
        published = _footer_date(text)
    publisher = publisher_line or publisher_desk or (dateline or {}).get("outlet")
    if publisher and dateline and publisher == dateline.get("outlet"):
        publisher = _tidy_name(publisher)
    return {"title": title, "publisher": publisher, "published": published, "body_start": body_start,
            "title_start": title_span[0], "title_end": title_span[1], "dateline": dateline}


_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|tv|co|io|me|ps|"
                     r"iq|sy|ye|sd|af|pk|in|ng|ke|so|ua|ru|il|lb|eg|uk|co\.uk|com\.[a-z]{2})/?$", re.IGNORECASE)
_DATE_FILLER = re.compile(r"(?i)\b(?:published|updated|posted|last|modified|on|at|date|time|gmt|utc|bst|cet|est|edt|ast|eat|"
                          r"am|pm|a\.m\.|p\.m\.|ago|hours?|minutes?|mins?|days?|read|\d+\s*min|local|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b\.?"
                          r"|[\d:+.,/|-]+")


_TITLE_DATE = re.compile(r"[,:]\s*((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4})\s*$")


def _footer_date(text: str) -> dt.date | None:
    """A page pasted with its date at the bottom ("27.06.2025", "Wednesday, August 20, 2025"): the last short lines."""
    tail = [ln.strip() for ln in text[-600:].split("\n") if ln.strip()][-2:]
    for ln in reversed(tail):
        if len(ln) <= 60 and re.search(r"\d{4}", ln) and _mostly_date(ln):
            d = parse_date_text(ln)
            if d is not None:
                return d
    return None


def _mostly_date(part: str) -> bool:
    """A date line, not a headline that happens to contain a date: little is left once the date is removed."""
    rest = part
    for rx in (DMY, MDY):
        rest = rx.sub(" ", rest)
    rest = _DATE_FILLER.sub(" ", rest)
    return len(_words(rest)) <= 2


def _looks_like_title_case_headline(s: str) -> bool:
    """'Air Strike Kills 22 In Omdurman' is a headline, 'Levant Ledger' an outlet: verbs give headlines away."""
    return len(_words(s)) >= 4 and bool(re.search(r"(?i)\b\w+(?:s|ed)\b\s+\w+", s)) and bool(
        re.search(r"(?i)\b(?:kill|kills|killed|attack|attacks|strike|strikes|hit|hits|clash|clashes|say|says|said|"
                  r"protest|protests|claims?|dies|dead|wounded|bomb|bombs)\b", s))


__all__ = ["DMY", "MDY", "find_dateline", "read_meta"]
