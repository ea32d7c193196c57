"""Article metadata read from the text itself: title, publisher, publication date, where the body starts.

What an analyst pastes from a web page starts with a few short header lines before the story:
the outlet's name ("NILE OBSERVER", "Levant Ledger"), a date line ("Published 18 March 2023",
"Saturday, 8 July 2023", "Mesopotamia Times | 3 September 2023"), a byline ("By Jane Doe",
"The Cradle News Desk"), a section ("From Syria 360", "Middle East"), and the headline. Wire copy instead
opens with a dateline: "WASHINGTON, July 8, 2023 (Global Desk) - ..." or "BEIRUT - ...".

Other shapes read the same way: a release's label lines ("PRESS RELEASE", "For immediate release") and its
"Place, date" line; an acronym outlet line ("ORTM - Office de Radiodiffusion Television du Mali"); a radio
transcript's speaker lines (not datelines); key/value pages ("Source" / "OCHA", "Posted" / a date); a header
dateline carrying only a date ("ANKARA (TRHaber English) - 16.08.2023"). A date labelled Issued/Published
beats an unlabelled one, an update comes last, and a period ("Reporting period: 3-9 June") never counts.
A place is never the publisher. anchor_date() guesses the day relative dates count from when no publication
date is written (never stored as `published`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.extract.dates import DMY, FOREIGN_DMY, FOREIGN_WEEKDAY_RE, MDY, parse_date_text

_SPLIT = re.compile(r"\s*\|\s*|\s+[·•]\s+|\s+[—–]\s+(?=\S)")
_DESK = re.compile(r"^(?:by\s+)?(?P<outlet>.+?)\s+(?:news\s*desk|newsdesk|news\s+staff|staff(?:\s+writers?|\s+reporters?)?|"
                   r"newsroom|desk|editorial(?:\s+(?:team|board|staff))?|correspondents?|reporters|web\s+desk|"
                   r"online|team)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written\s+by|reporting\s+by|words\s+by|author:?)\s+(.+)$"
                     r"|^(?:with|and|additional\s+reporting\s+by)\s+(?:agencies|[A-Z][\w.&' -]{1,40})$", re.IGNORECASE)
_SECTION = re.compile(r"^(?:from|via|section|category|categories|filed\s+under|tags?|topics?|home|share|print|"
                      r"listen|advertisement|read\s+more|related)\b[:\s>]*", re.IGNORECASE)
_SECTION_WORDS = {"news", "world", "politics", "middle east", "africa", "asia", "europe", "americas", "opinion",
                  "analysis", "breaking", "breaking news", "latest", "world news", "international", "features",
                  "conflict", "security", "region", "regional", "local", "exclusive", "live", "update", "updates",
                  "human rights", "humanitarian", "humanitarian aid", "peace and security", "conflict and security",
                  "defence", "defense", "military", "national", "nation", "top stories", "top news", "headlines",
                  "in depth", "in-depth", "investigations", "latest news", "news in brief", "press releases",
                  "statements", "media centre", "media center", "newsroom", "press room", "press centre", "migration",
                  "migrants and refugees", "refugees", "law and crime prevention", "un affairs", "global",
                  "world affairs", "foreign affairs", "reports", "publications", "briefings"}
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ /-]{1,40}?|[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,2}(?=[^-–—]{0,60}\()"
    r"|[A-Z][a-z]+(?:[\s/][A-Z][a-z]+)?(?:/[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?=(?:,\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)?"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*[-–—]\s))"
    r"(?:,\s*(?P<region>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z][\w.'’ -]{1,30}?))?"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:er|º)?\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:,?\s+(?:de\s+|del\s+)?\d{4})?))?"
    r"\s*(?:\((?P<outlet>[A-Z0-9][^()]{1,39}|[a-z]{3})\)\s*)?[-–—:]{1,2}\s+(?=\S)", re.MULTILINE)
_EDITOR_NOTE = re.compile(r"\[[^\[\]\n]{2,400}\]")  # a line wholly in square brackets: an editor's note
# Small words inside names, in English and in the French/Spanish/Portuguese/Italian/Dutch/German/Arabic names
# outlets keep ("Office de Radiodiffusion Television du Mali", "El Sol del Pacífico", "Asharq al-Awsat").
_SMALL = {"of", "the", "and", "for", "on", "in", "a", "an", "&", "at", "to", "de", "du", "des", "la", "le", "les",
          "el", "los", "las", "del", "y", "e", "et", "da", "do", "dos", "das", "di", "van", "von", "der", "al",
          "es", "as", "ad", "ar", "ash", "az", "ez", "ul", "en", "sur", "am", "ya", "wa", "na"}
# Label lines a page or release prints above its text: a kind of document, not its outlet or its headline.
_LABEL = re.compile(
    r"(?i)^(?:(?:for\s+)?immediate\s+release|(?:press|news|media)\s+(?:release|statement|briefing|advisory|"
    r"communiqu[eé]|note)|(?:joint|official|public|press)\s+statement|statement|communiqu[eé]|transcript|"
    r"(?:full|broadcast|programme|program|show)\s+transcript|embargo(?:ed)?(?:\s+until\b.*)?|long\s+read|"
    r"(?:daily|weekly|monthly|news|morning|evening|security|regional)\s+(?:round-?up|brief(?:ing)?|digest|wrap|"
    r"update|summary)|round-?up|(?:situation|flash|security|humanitarian|weekly|daily|monthly|operational|field|"
    r"incident|protection)\s+(?:update|report|brief|overview|bulletin|snapshot|summary)|sitrep|explainer|feature|"
    r"opinion|analysis|editorial|commentary|interview|live(?:\s+updates?|\s+blog)?|breaking(?:\s+news)?|exclusive|"
    r"updates?|(?:news\s+)?in\s+brief|fact\s*sheet|backgrounder|advisory|alert|bulletin|dispatch|report|"
    r"news\s+analysis|special\s+report|investigation)"
    r"(?:\s*(?:no\.?|number|n[°º]|#|issue|vol\.?)\s*\d+)?\s*[:.!-]?$")
# The words an outlet's or organisation's name ends with: such a line is a name, never the headline.
_ORG_TAIL = re.compile(
    r"(?i)\b(?:monitor|observatory|institute|institution|centre|center|council|commission|committee|network|agency|"
    r"office|ministry|foundation|project|initiative|coalition|alliance|association|union|federation|"
    r"organi[sz]ation|bureau|watch|radio|television|tv|news|times|post|daily|herald|tribune|dispatch|ledger|wire|"
    r"gazette|journal|chronicle|observer|bulletin|digest|review|mirror|sentinel|voice|express|standard|guardian|"
    r"telegraph|courier|press|media|insider|brief|briefing|magazine|weekly|online|channel|broadcasting|"
    r"corporation|service|reporters|independent)$")
_BREADCRUMB = re.compile(r"\s[>»›]\s")
_PAREN_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # "MYANMAR VOICE (in exile)", "... Observatory (OHDH)"
_NAME_DASH = re.compile(r"\s+[-–—]\s+")
# "ORTM - Office de Radiodiffusion Television du Mali": an acronym and its spelled-out name, not a dateline
_ACRONYM_LINE = re.compile(r"^(?P<acr>[A-Z][A-Z0-9&]{1,7})\s+[-–—:|]\s+(?P<name>[^-–—|:]{4,90})$")
# Dates that say when a page was written; a labelled period or cut-off is not the publication date.
_DATE_LABEL = re.compile(
    r"(?i)^\W*(?:(?P<orig>first\s+published|originally\s+published)|(?P<pub>published|issued|posted|released|dated?|broadcast|aired|filed|"
    r"publication\s+date|release\s+date|publi[ée]e?|publicad[oa]|ver[öo]ffentlicht|date\s+de\s+publication|fecha)|"
    r"(?P<upd>last\s+updated|updated|modified|revised|last\s+modified|mis\s+[àa]\s+jour|actualizad[oa]|atualizad[oa]|"
    r"aktualisiert|modifi[ée]e?)|"
    r"(?P<skip>reporting\s+period|period|covering|coverage|data\s+cut-?off|cut-?off|valid\s+(?:from|until)|"
    r"week\s+of|from|between))\b")
_RANGE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|through)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,}"
    r"|\b[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|through)\s*\d{1,2}\b"
    r"|\b\d{1,2}\s+[A-Z][a-z]{2,}\.?\s*(?:[-–—]|to|until|through)\s*\d{1,2}\s+[A-Z][a-z]{2,}")
_PLACE_DATE = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?:[\s/]+[\w'’.()-]+){0,6}?),\s+(?P<date>.*\d.*)$")
_VOWEL = re.compile(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûü]", re.IGNORECASE)


def _words(s: str) -> list[str]:
    return re.findall(r"[\w&'’.-]+", s)


# "France 24", "Kurdistan 24", "Channel 4 News" (never a date: "Sahel 24 March" is not a name)
_NUMBERED_NAME = re.compile(r"(?!.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                            r"(?:[A-Z][\w&'’.-]*\s+){1,3}\d{1,3}(?:\s+[A-Z][\w&'’.-]*){0,2}")


def _looks_like_name(s: str) -> bool:
    """An outlet's name: short, every significant word capitalised (or all caps), no sentence punctuation."""
    w = _words(s)
    if not w or len(w) > 9 or sum(x.lower() not in _SMALL for x in w) > 6 or s.rstrip()[-1:] in ".!?,;:" \
            or (not s.strip().isupper() and any(c.isdigit() for c in s) and not _NUMBERED_NAME.fullmatch(s.strip())):
        return False
    if s.lower().strip() in _SECTION_WORDS:
        return False
    return all(x[0].isupper() or x.lower() in _SMALL or not x[0].isalpha() for x in w)


def _cap_word(p: str) -> str:
    return "-".join(x[:1].upper() + x[1:].lower() for x in p.split("-"))


def _is_acronym(p: str) -> bool:
    """In a name printed in capitals, 'BBC', 'AFP', 'TV' stay capitals; 'SOL', 'SUN', 'WAR' are words."""
    if not p.isalpha() or len(p) > 3:
        return False
    # consonant-vowel-consonant reads as a word
    return not (len(p) == 3 and not _VOWEL.match(p[0]) and _VOWEL.match(p[1]) and not _VOWEL.match(p[2]))


def _tidy_name(s: str) -> str:
    s = s.strip().strip("|·-–—:").strip()
    if s.isupper() and len(s) > 4:
        parts = s.split()
        s = " ".join(p if len(parts) > 1 and p.lower() not in _SMALL and _is_acronym(p)
                     else (p.lower() if p.lower() in _SMALL and i else _cap_word(p)) for i, p in enumerate(parts))
    return s


def _is_label(part: str) -> bool:
    return bool(_LABEL.match(part.strip()))


@lru_cache(maxsize=256)
def _is_place(name: str, strict: bool) -> bool:
    """A place written where an outlet could be ('13 April 2023 | Sagaing Region', 'Beirut | Wednesday ...').

    strict: the name stands beside a date on its line, where a place is what header lines print, so any town of
    the gazetteer counts. Alone on its line, a one-word outlet may share a town's name (Xinhua, Punch, Saba):
    only a country, or a region spelled with its admin word ('Sagaing Region'), is a place there."""
    from sitrep.gazetteer import Gazetteer, norm_key, strip_admin_words

    if _is_country(name):
        return True
    if _known_outlet(name):
        return False  # SANA, Xinhua, Saba, Al Mayadeen: outlets first, whatever town shares the name
    g = Gazetteer.get()
    bare = strip_admin_words(name)
    if bare != name.strip() and g.candidate_ids(bare):
        return True  # 'Sagaing Region', 'Gezira State', 'Kherson Oblast'
    if not strict:
        return False
    return any(g.rows[i][6] in ("admin1", "country") or g.rows[i][5] >= 1000 for i in g.ids(norm_key(name)))


def _outlet_name(part: str, beside_date: bool = False) -> str | None:
    """The outlet a header part names, or None: 'MYANMAR VOICE (in exile)' -> 'Myanmar Voice'."""
    s = _PAREN_TAIL.sub("", part).strip()
    if _CLOCK.search(s) or (s and not _words(_DATE_FILLER.sub(" ", s))):
        return None  # "17:05 GMT", "UTC+3": a time, never a name
    if not s or "," in s or _is_label(s) or s.lower() in _SECTION_WORDS or not _looks_like_name(s):
        return None
    if _is_place(s, beside_date):
        return None
    return _tidy_name(s)


def _name_pieces(part: str) -> list[str]:
    """'RADIO HORIZON - AFRICA TONIGHT', 'UKRAINE FRONTLINE DAILY - LIVE', 'Sahel Post - March 3, 2024': an outlet
    and its programme, a label or a date, split on the dash when every piece is a name, label, byline or date
    (a headline with a dash stays whole)."""
    if " - " not in part and " – " not in part and " — " not in part:
        return [part]
    pieces = [p.strip() for p in _NAME_DASH.split(part) if p.strip()]
    if len(pieces) == 2 and len(_words(pieces[0])) >= 3 and _looks_like_name(pieces[1]) and (
            _ORG_TAIL.search(pieces[1]) or _known_outlet(pieces[1])):
        return pieces  # "Gunmen kill five in Mopti - Sahel Herald": a browser tab's headline and outlet
    if len(pieces) > 1 and all(_is_label(p) or p.lower() in _SECTION_WORDS or _looks_like_name(_PAREN_TAIL.sub("", p))
                               or _BYLINE.match(p) or _DESK.match(p) or _header_date(p) is not None for p in pieces):
        return pieces
    return [part]


def _acronym_line(s: str) -> str | None:
    """'ORTM - Office de Radiodiffusion Television du Mali': the acronym is the outlet (not a 'PLACE -' dateline)."""
    m = _ACRONYM_LINE.match(s)
    if not m:
        return None
    name = _PAREN_TAIL.sub("", m.group("name")).strip()
    if len(_words(name)) < 2 or not _looks_like_name(name) or _looks_like_title_case_headline(name):
        return None
    if _is_place(m.group("acr"), True) and not _initials_match(m.group("acr"), name):
        return None  # 'GAZA - Israeli Strikes' is a dateline
    return m.group("acr")


def _initials_match(acr: str, name: str) -> bool:
    initials = "".join(w[0] for w in _words(name) if w.lower() not in _SMALL)
    return acr.upper() == initials.upper()


def _date_rank(part: str) -> int | None:
    """-1 the first publication ('Originally published 2 May'), 0 a date labelled as the publication
    ('Issued: 10 June 2024'), 1 an unlabelled date, 2 an update,
    None a period ('Reporting period: 3-9 June 2024'): a range is never the publication date."""
    if _RANGE.search(part):
        return None
    m = _DATE_LABEL.match(part)
    if not m:
        return 1
    return -1 if m.group("orig") else 0 if m.group("pub") else 2 if m.group("upd") else None


def _is_body_line(s: str) -> bool:
    s = s[:400]
    w = _words(s)
    if len(w) <= 16 and re.search(r"\d", s) and _mostly_date(s):
        return False  # "Updated: 28/09/2022 19:52 (GMT+3)": a date line, however many numbers it holds
    if len(w) >= 6 and find_dateline(s) and not _names_line(s):
        return True
    return len(w) >= 8 and s.rstrip()[-1:] in '.!?"”’)' or len(w) >= 45


def _names_line(s: str) -> bool:
    """'SAVANNAH FM - WEST AFRICA TODAY': an outlet and its programme in a dateline's shape, not 'PLACE - story'."""
    m = _DATELINE.match(s)
    if m is None or m.group("date") or m.group("outlet"):
        return False
    pieces = _name_pieces(s)
    return len(pieces) > 1 and not _is_place(pieces[0], True)


def find_dateline(text: str, start: int = 0) -> dict | None:
    """The wire dateline at `start` ("KIRKUK, Iraq - "): its place, date text, outlet and span."""
    m = _DATELINE.match(text, start) if start else _DATELINE.match(text)
    if not m:
        m = _DATE_DATELINE.match(text, start)  # "March 3 (Reuters) - ": a wire story without a place
        if m:
            return {"place": None, "region": None, "date": m.group("date"), "outlet": m.group("outlet"),
                    "start": m.start(), "end": m.end()}
        return None
    place = m.group("place").strip()
    if _STATION.search(place) or _FREQUENCY.match(text, m.end()):
        return None  # "RADIO SAUTI YA ITURI – 98.4 FM Bunia", "TV KONGO – ...": a station's name line
    if place.lower() in ("by", "from", "photo", "update", "updated", "note", "published", "posted", "issued", "date",
                         "source", "released", "filed", "last updated") or place.lower().rstrip(".") in _CALENDAR:
        return None  # "Sunday, March 3, 2024 - 14:05" is a date line
    region, outlet, date = m.group("region"), m.group("outlet"), m.group("date")
    if date and not re.match(r"\d{1,2}\s+[A-Z][a-z]+\.?(?:,?\s+\d{4})?$|[A-Z]|\d{1,2}[./]\d|\d{4}-", date) \
            and not FOREIGN_DMY.fullmatch(date):
        return None  # "GAO, 3 dead - ...": no date, no dateline ('BAMAKO, 13 juin 2023 (AMAP) -' is one)
    if outlet and date is None and re.search(r"\d", outlet) and parse_date_text(outlet) is not None:
        outlet, date = None, outlet  # "GENEVA (3 March 2024) -": the date in brackets, no agency
    if outlet is None and region and _AGENCY.fullmatch(region.strip()) and not _is_country(region.strip()):
        outlet, region = region.strip(), None  # "Damascus, SANA -", "Tehran, IRNA -": the agency's own copy
    return {"place": place, "region": region, "date": date, "outlet": outlet, "start": m.start(), "end": m.end()}


# words that make a name a broadcaster's or an outlet's, in English and the languages of outlets' own names
_STATION = re.compile(r"(?i)\b(?:radio|r[aá]dio|tv|t[ée]l[ée]vision|televisi[oó]n|televis[aã]o|fm|channel|broadcasting|"
                      r"news|agency|agencia|agence|ag[eê]ncia|agenzia|noticias|not[ií]cias|prensa|presse|diario|"
                      r"di[aá]rio|journal|jornal|peri[oó]dico|nachrichten|zeitung|nouvelles|informaciones)\b")
# "98.4 FM Bunia", "101.5 MHz": a station's frequency
_FREQUENCY = re.compile(r"(?i)\s*\d{2,3}(?:[.,]\d{1,2})?\s*(?:fm|mhz|am|khz)\b")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d|h\d\d)\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_DATELINE = re.compile(r"(?P<date>" + _MON + r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + _MON + r"(?:,?\s+\d{4})?)"
                            r"\s*\((?P<outlet>[A-Z][^()]{1,39}|[a-z]{3})\)\s*[-–—:]{1,2}\s+(?=\S)")
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
             "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
             "august", "september", "october", "november", "december", "today", "yesterday"}
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
    """{title, publisher, published, body_start, title_start, title_end, dateline, story_starts} from the header."""
    got = _read_meta(text)
    return {**got, "dateline": dict(got["dateline"]) if got["dateline"] else None,
            "story_starts": list(got["story_starts"])}


# A key/value page pasted line by line (ReliefWeb and most NGO sites): 'Source' then 'OCHA', 'Posted' then a date.
_FIELD = re.compile(
    r"(?i)^(?:(?P<name>sources?|publishers?|organi[sz]ations?|published\s+by|issued\s+by|outlet|agency)"
    r"|(?P<orig>originally\s+published|first\s+published)"
    r"|(?P<date>posted|published|publication\s+date|date|issued|release\s+date|dated)"
    r"|(?P<upd>updated|last\s+updated|modified)"
    r"|(?:format|content\s+format|theme|themes|country|countries|language|disaster\s+type|vulnerable\s+groups|"
    r"authors?|contributors?|tags?|topics?|region|regions))\s*:?$")
_FIELD_INLINE = re.compile(r"(?i)^(?:(?P<name>source|publisher|published\s+by|issued\s+by|outlet)|editor|editors|author|"
                           r"authors|reporter|reporting|writer|photo|photos|credit|translated\s+by|edited\s+by)"
                           r"\s*:\s*(?P<value>.+)$")
_GLUED = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}(?::\d\d|\s*[A-Z][a-z]{2}))|(?<=[a-z0-9+])(?=(?:Updated|Published|"
                    r"Posted|Last updated)\b)")
_LABEL_WORD = re.compile(r"(?i)\b(?:(?P<pub>first\s+published|published|issued|posted|released|dated?)|"
                         r"(?P<upd>last\s+updated|updated|modified|revised|update(?=\s*:)))\b[^\w]{0,3}(?:on\s+)?\W*$")
_COPYRIGHT = re.compile(r"(?im)^[ \t]*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?"
                        r"(?:©\s*)?(?P<name>[A-Z][^.\n|,]{1,60}?)\s*(?:[.|,-]|all\s+rights\s+reserved|$)")


def _unglue(s: str) -> str:
    """'March 3, 20246:05 AM GMT+3Updated 2 hours ago', 'Published On 3 Mar 20243 Mar 2024': a pasted page's
    date and time run together; part them before reading."""
    return _GLUED.sub(lambda m: (m.group(1) + " ") if m.group(1) else " ", s) if re.search(r"\d{5}|[a-z0-9+][A-Z]", s) else s


def _dates_in(s: str) -> list[tuple[int, dt.date]]:
    """Every full date written in a header part, with where it starts."""
    out = []
    for m in _FULL_DATE.finditer(s):
        d = _full_date(m)
        if d is not None:
            out.append((m.start(), d))
    return out


def _labelled_dates(s: str) -> list[tuple[int, dt.date]]:
    """[(rank, date)] for the dates a short line labels: 'Jane Doe Published March 27, 2024 Updated ...'."""
    s = _unglue(s)
    out = []
    for at, d in _dates_in(s):
        m = _LABEL_WORD.search(s[max(0, at - 30):at])
        if m:
            out.append((0 if m.group("pub") else 2, d))
    return out


def _header_follows(lines: list[str], i: int) -> bool:
    """The next lines are a byline or a date line: the sentence at line i is the headline's standfirst."""
    got = 0
    for j in range(i + 1, min(i + 6, len(lines))):
        s = lines[j].strip()
        if not s:
            continue
        got += 1
        if got > 2:
            break
        if _BYLINE.match(s) or _DESK.match(s) or (len(s) <= 100 and re.search(r"\d", s) and (
                _header_date(s) is not None or _labelled_dates(s))):
            return any(x.strip() for x in lines[j + 1:])  # a story still follows (not a footer date)
    return False


_CAPS_AUTHORS = re.compile(r"^(?:(?:[A-Z][A-Z.'’-]+|and|AND|&|,)\s+)+")
_NOT_OUTLET = {"staff", "admin", "editor", "editors", "correspondent", "reporter", "agencies", "team", "desk", "guest"}


def _byline_outlet(names: str | None) -> tuple[str | None, bool]:
    """(outlet, named after an author) from a byline: 'Lyse Doucet, BBC News' and 'JANE DOE and JOHN ROE Associated
    Press' name it after the author; 'The Associated Press', 'Africanews' are the outlet alone ('Staff Reporter',
    'Kabul' are neither)."""
    if not names:
        return None, False
    pieces = [p.strip() for p in re.split(r",|\s+(?:for|of)\s+(?=[A-Z])", names) if p.strip()]
    for p in pieces[1:]:
        n = _outlet_name(p, beside_date=True)
        if n and (_ORG_TAIL.search(n) or _known_outlet(n) or (p.isupper() and len(p) <= 8)) and not _DESK.match(p):
            return n, True
    rest = _CAPS_AUTHORS.sub("", names.strip())
    if rest and rest != names.strip() and len(_CAPS_AUTHORS.match(names.strip()).group(0).split()) >= 2:
        n = _outlet_name(rest, beside_date=True)
        if n and (_ORG_TAIL.search(n) or _known_outlet(n)):
            return n, True
    if len(pieces) == 1 and pieces[0].lower() not in _NOT_OUTLET and not _DESK.match(pieces[0]):
        n = _outlet_name(pieces[0], beside_date=True)
        if n and (_ORG_TAIL.search(n) or _known_outlet(n) or len(_words(n)) == 1):
            return n, False  # "By Reuters", "By The Associated Press": the outlet wrote it
    return None, False


def _significant(name: str) -> int:
    return sum(w.lower() not in _SMALL for w in _words(name))


@lru_cache(maxsize=1)
def _outlets() -> frozenset:
    """Outlets and organisations the source table knows (Reuters, Xinhua, OCHA, ...), lower-cased."""
    import json

    from sitrep.config import PACKAGE_DATA

    kinds = {"news agency", "state media", "media", "monitor", "NGO", "UN agency", "armed group media",
             "international organization"}
    out = set()
    try:
        with open(PACKAGE_DATA / "sources.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    if r.get("type") in kinds:
                        out.update(n.lower() for n in [r.get("canonical", ""), *r.get("aliases", [])] if n)
    except (OSError, ValueError):
        pass
    return frozenset(out)


def _known_outlet(name: str) -> bool:
    return name.lower() in _outlets()


def _copyright_name(text: str) -> str | None:
    """'© 2024 Sahel News Network. All rights reserved.' at the foot of a pasted page: the outlet."""
    tail = text[-1500:]
    for m in _COPYRIGHT.finditer(tail):
        n = _outlet_name(m.group("name").strip())
        if n:
            return n
    return None


def _header_date(s: str) -> dt.date | None:
    """A header part that is a date line ('Issued: 10 June 2024', 'Port-au-Prince, 27 December 2024')."""
    if not re.search(r"\d", s) or len(s) > 100:
        return None
    s = _unglue(s)
    if _mostly_date(s):
        return parse_date_text(s)
    m = _PLACE_DATE.match(s)  # "Place, date" however the place is spelled ("Port-au-Prince, 27 December 2024")
    if m and _mostly_date(m.group("date")) and _place_like(m.group("place")):
        return parse_date_text(m.group("date"))
    return None


_REPORT_TAIL = re.compile(r"(?i)\b(?:update|report|assessment|brief|briefing|summary|bulletin|review|digest|"
                          r"overview|analysis|roundup|edition|issue)$")


def _place_like(s: str) -> bool:
    """A town's name before a date: capitalised, up to three significant words, not a report's name
    ('Russian Offensive Campaign Update, February 17, 2024' is a title dated in its tail)."""
    w = [x for x in _words(s) if x.lower() not in _SMALL]
    return 0 < len(w) <= 3 and _looks_like_name(s) and not _REPORT_TAIL.search(s) and not _ORG_TAIL.search(s)


@lru_cache(maxsize=8)
def _read_meta(text: str) -> dict:
    """Memoised: the pipeline and the incident component both read the same article's header."""
    title = None
    names: list[str] = []  # outlet names the header lines give, in order
    desk = byline_outlet = byline_self = header_md = None
    dates: list[tuple[int, int, dt.date]] = []  # (rank, order, date)
    title_span = (None, None)
    body_start = 0
    dateline = None
    pos = 0
    seen = 0
    caps_body = issuer = None
    lines = text[:20000].split("\n", 40)
    field = None  # a key/value page ('Source' on one line, 'OCHA' on the next): the key just read
    for i, raw in enumerate(lines[:40]):
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
        if field is not None:  # the value of a 'Source' / 'Posted' key line
            if field == "name":
                names.extend(n for n in (_outlet_name(p) for p in re.split(r",\s*|\s+and\s+", s)[:1]) if n)
            elif field in ("orig", "date", "upd"):
                d = _header_date(s)
                if d is not None:
                    dates.append(({"orig": -1, "date": 0, "upd": 2}[field], len(dates), d))
            field = None
            body_start = pos
            continue
        fm = _FIELD.match(s) if len(s) <= 40 else None
        if fm:
            field = next((k for k in ("name", "orig", "date", "upd") if fm.group(k)), "skip")
            body_start = pos
            continue
        if _is_motto(s):
            body_start = pos  # "Unity – Progress – Justice": a state's motto above a communiqué
            continue
        if s.isupper() and not re.search(r"\d", s) and 2 <= len(_words(s)) <= 10 and _looks_like_name(s) \
                and _INSTITUTION.search(s) and not _is_label(s) and not _is_place(s, True) \
                and not _looks_like_title_case_headline(s):
            caps_body = _tidy_name(s)  # "ARMED FORCES GENERAL STAFF": an institution's line, perhaps the issuer
        elif _RELEASE.match(s) and caps_body:
            issuer = issuer or caps_body  # the last such line above "PRESS RELEASE" / "COMMUNIQUE" issued it
        acr = _acronym_line(s) if seen <= 12 else None
        if acr:
            names.append(acr)
            body_start = pos
            continue
        dl = None if _names_line(s) else find_dateline(text, lead)
        if dl:
            tail = text[dl["end"]:line_start + len(raw)].strip() if dl["end"] <= line_start + len(raw) else ""
            tail_date = _header_date(tail) if tail else None
            if tail_date is not None or (not tail and dl.get("date") and dl["end"] <= line_start + len(raw)):
                # "ANKARA (TRHaber English) - 16.08.2023": a dateline standing in the header, the story below
                dateline = dl
                if tail_date is not None:
                    dates.append((1, len(dates), tail_date))
                body_start = pos
                continue
            if len(_words(s)) >= 6:
                dateline = dl
                body_start = lead
                break
        if title is not None and s.strip().lower() == title.strip().lower():
            body_start = pos  # the headline repeated (page title and h1): still header
            continue
        date_line = bool(re.search(r"\d", s)) and len(s) <= 120 and (
            _header_date(s) is not None or (len(_words(s)) <= 16 and bool(_labelled_dates(s))))
        after_title = title is not None and not date_line and not _BYLINE.match(s) and (len(_words(s)) >= 8 or s[:1].islower()
                                                               or (len(_words(s)) >= 3 and s.rstrip()[-1:] in '.!?"”'))
        if after_title and len(_words(s)) < 60 and not _DATELINE.match(s) and _header_follows(lines, i):
            body_start = pos  # a standfirst under the headline, the byline and date still to come
            continue
        if _is_body_line(s) or seen > 12 or after_title or (s.endswith(":") and len(_words(s)) >= 3 and not _mostly_date(s)):
            # "Key events this week:" introduces a list: body, not the headline
            body_start = lead
            break
        parts = [q for p in _SPLIT.split(s) if p.strip() for q in _name_pieces(p.strip())]
        line_dated = any(re.search(r"\d", p) and _header_date(p) is not None for p in parts)
        for part in parts:
            d = _header_date(part)
            if d is not None:
                both = _labelled_dates(part) if len(part) > 24 else []
                if len(both) > 1:  # "Updated: 4 June 2024 Published: 3 June 2024" on one line
                    dates.extend((rank, len(dates), x) for rank, x in both)
                elif (rank := _date_rank(part)) is not None:
                    dates.append((rank, len(dates), d))
                continue
            if re.search(r"\d", part) and len(part) <= 60 and _mostly_date(part) and _date_rank(part) is not None \
                    and (md := _yearless(part)) is not None:
                header_md = header_md or md  # "Saturday, 3 March | 14:05": the day, its year left to the text
                continue
            if re.search(r"\d", part) and _CLOCK.search(part) and _mostly_date(part):
                continue  # "09:41 WAT", "17:05 GMT": the hour beside the date
            if _DATE_LABEL.match(part) and re.search(r"\d", part):
                continue  # "Data cut-off: 2:00pm ET on February 17", "Reporting period: 3-9 June"
            fm = _FIELD_INLINE.match(part)
            if fm:  # "Source: Xinhua", "Editor: huaxia"
                if fm.group("name"):
                    n = _outlet_name(fm.group("value"))
                    if n:
                        names.append(n)
                continue
            if _DOMAIN.match(part):
                names.append(part.strip())
                continue
            m = _DESK.match(part)
            if m and len(_words(part)) <= 7 and _looks_like_name(m.group("outlet")) \
                    and m.group("outlet").lower() not in ("by", "the", "our", "from"):
                desk = desk or _tidy_name(m.group("outlet"))
                continue
            bm = _BYLINE.match(part)
            if bm or (len(_words(part)) <= 16 and _labelled_dates(part)):
                # "by Jane Doe March 3, 2024 5:40 PM", "Jane Doe Published March 27, 2024", "By Jane Doe, BBC News"
                for rank, d in (_labelled_dates(part) or [(1, d) for _, d in _dates_in(part)]):
                    dates.append((rank, len(dates), d))
                if bm:
                    got, after_author = _byline_outlet(bm.group(1))
                    if after_author:
                        byline_outlet = byline_outlet or got
                    else:
                        byline_self = byline_self or got
                continue
            if _SECTION.match(part) or part.lower() in _SECTION_WORDS or _is_label(part) or (
                    _BREADCRUMB.search(part) and len(_words(part)) <= 10):
                continue  # sections, labels, 'News > Africa > Sahel' breadcrumbs
            if _FREQUENCY.match(part):
                continue  # "98.4 FM Bunia": the station's frequency and town beside its name
            if re.fullmatch(r"[\W\d]*", part) or re.search(r"\b(?:min(?:ute)?s?\s+read|photo|image|credit)\b", part, re.IGNORECASE):
                continue
            name = _outlet_name(part, beside_date=line_dated)
            if name and _significant(name) <= 6:
                org = _org_like(name)
                if _dateline_acronym(part, text):  # "Agencia Pacífico de Noticias (APN)" over "..., May 10 (APN) —"
                    names.insert(0, name)
                    continue
                # after the headline, a bare two-word name beside a date may be the author ('Jane Doe | 3.3.2024'):
                # an outlet there says so by its shape, its fame, or the body naming it as itself
                sure = org or part.strip().isupper() or _self_referenced(name, text)
                if not names and (org or (len(parts) > 1 and (title is None or sure)) or (title is None and (
                        not _looks_like_title_case_headline(part) or _self_referenced(name, text)))):
                    names.append(name)
                    continue
                if names and (org or len(parts) > 1) and not _looks_like_title_case_headline(part):
                    names.append(name)  # a second name: the report's or the programme's, not the headline
                    continue
                if len(parts) > 1 and title is not None:
                    continue
            bare = _PAREN_TAIL.sub("", part).strip()
            if title is None and len(_words(part)) >= 3 and not (_looks_like_name(bare) and _is_place(bare, line_dated)):
                if "," in part and len(_words(part)) <= 4 and _looks_like_name(part.replace(",", " ")):
                    continue  # "Chilpancingo, Guerrero": a place and its region
                title = part
                off = text.find(part, line_start)
                title_span = (off, off + len(part))
                continue
        body_start = pos
    else:
        body_start = min(pos, len(text))
    body_start = _past_headlines(text, body_start)
    if dateline is None:
        dateline = find_dateline(text, body_start) if body_start < len(text) else None
    published = min(dates)[2] if dates else None
    if dateline and published is None and dateline.get("date"):
        published = parse_date_text(dateline["date"])
    if published is None and title:
        # "Russian Offensive Campaign Assessment, November 3, 2025": a report dated in its title's tail
        m = _TITLE_DATE.search(title)
        published = parse_date_text(m.group(1)) if m else None
    if published is None:
        published = _footer_date(text)
    publisher = (issuer or _choose_name(names, text, body_start) or desk or byline_outlet or (dateline or {}).get("outlet")
                 or byline_self or _copyright_name(text))
    if publisher and dateline and publisher == dateline.get("outlet"):
        publisher = _tidy_name(publisher)
    return {"title": title, "publisher": publisher, "published": published, "body_start": body_start,
            "title_start": title_span[0], "title_end": title_span[1], "dateline": dateline,
            "story_starts": _story_starts(text, body_start, dateline), "header_month_day": header_md}


# the words an issuing body's name holds ('MINISTRY OF DEFENCE', 'ARMED FORCES GENERAL STAFF', 'POLICE HEADQUARTERS')
_INSTITUTION = re.compile(r"(?i)\b(?:ministry|minist[eè]re|ministerio|office|staff|forces|army|arm[ée]es?|police|command|"
                          r"directorate|direction|department|government|presidency|pr[ée]sidence|commission|council|agency|"
                          r"secretariat|embassy|mission|headquarters|authority|committee|bureau|service|party|front|"
                          r"movement|organi[sz]ation|union|coalition|network|observatory|monitor|institute|centre|center|"
                          r"federation|association|brigade|corps|navy|gendarmerie|state|republic|nations)\b")
_RELEASE = re.compile(r"(?i)^(?:press|news|media)\s+(?:release|statement|communiqu[eé])|^communiqu[eé](?:\s+de\s+presse)?\b"
                      r"|^(?:official|joint|press)\s+statement\b|^comunicado\b")
_MOTTO_SPLIT = re.compile(r"\s+[-–—•·|/]\s+|\s*[–—•·]\s*")


def _is_motto(s: str) -> bool:
    """'Unity – Progress – Justice', 'Un Peuple – Un But – Une Foi': three or more short capitalised pieces of
    plain words, none an outlet's, a label or a date: a state's motto printed above its communiqués."""
    pieces = [p.strip() for p in _MOTTO_SPLIT.split(s) if p.strip()]
    if len(pieces) < 3 or re.search(r"\d", s):
        return False
    for p in pieces:
        w = _words(p)
        if not 1 <= len(w) <= 3 or not p[0].isupper() or _org_like(p) or _is_label(p) or p.lower() in _SECTION_WORDS:
            return False
    return True


def _org_like(name: str) -> bool:
    """A name an outlet or organisation would have: an outlet word at its end ('Sahel Herald'), a broadcaster's or
    agency's word anywhere in it, in English or in its own language ('Radio Sauti ya Ituri', 'Agencia Pacífico de
    Noticias', 'Agence Ivoirienne de Presse'), or one the source table knows."""
    return bool(_ORG_TAIL.search(name)) or _known_outlet(name) or (
        bool(_STATION.search(name)) and not _looks_like_title_case_headline(name))


def _dateline_acronym(part: str, text: str) -> bool:
    """'Agencia Pacífico de Noticias (APN)' and a dateline '..., May 10 (APN) —': the outlet names itself there."""
    m = re.search(r"\(([A-Z][A-Z0-9&]{1,7})\)\s*$", part)
    return bool(m) and re.search(r"\(" + re.escape(m.group(1)) + r"\)\s*[-–—:]", text) is not None


# a bulletin's opening: "Good morning ... Here are the headlines." / "In the headlines this hour:" and its bullet list
_HEADLINES_CUE = re.compile(r"(?i)\b(?:here\s+are|these\s+are|first,?)\s+(?:the|our|today['’]s|this\s+(?:morning|evening)['’]s)\s+"
                            r"(?:main\s+|top\s+)?(?:headlines|stories|news)\b[^\n]{0,40}[.:]?[ \t]*$"
                            r"|\b(?:in\s+the|the)\s+(?:main\s+)?headlines(?:\s+this\s+(?:hour|morning|evening))?\s*[.:]?[ \t]*$",
                            re.MULTILINE)
_BULLET_LINE = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)])[ \t]+[^\n]{3,160}\n?")


def _past_headlines(text: str, body_start: int) -> int:
    """A broadcast's list of headlines only restates the stories below ('Here are the headlines.' then '— Djugu in
    mourning ...' lines): the body starts after that list. Only within the opening paragraph or two."""
    lo = max(0, body_start - 200)  # the cue may have been read as the last header line
    head = text[lo:body_start + 600]
    m = _HEADLINES_CUE.search(head)
    if m is None or head[max(0, body_start - lo):m.start()].strip("\n").count("\n\n") > 1:
        return body_start
    pos = lo + m.end()
    while pos < len(text) and text[pos] in "\r\n \t":
        pos += 1
    n = 0
    while True:
        b = _BULLET_LINE.match(text, pos)
        if b is None:
            break
        n += 1
        pos = b.end()
        while pos < len(text) and text[pos] in "\r\n":
            pos += 1
    return max(pos, body_start) if n >= 2 else body_start


def _self_referenced(name: str, text: str) -> bool:
    """The body names the outlet as itself: 'told Myanmar Voice', '(Horn Daily) -', 'Myanmar Voice has learned'."""
    n = re.escape(name)
    return re.search(r"(?i)\btold\s+(?:the\s+)?" + n + r"\b|\(" + n + r"\)\s*[-–—:]|\b" + n +
                     r"\s+(?:has\s+learned|has\s+learnt|reported|understands|obtained|spoke\s+to|contacted)\b",
                     text) is not None


def _choose_name(names: list[str], text: str, body_start: int) -> str | None:
    """The first outlet the header names, unless the body speaks of another one as itself."""
    if len(names) > 1:
        for n in names:
            if _self_referenced(n, text[body_start:]):
                return n
    return names[0] if names else None


_STORY_LINE = re.compile(r"\n[ \t]*(?=[A-Z])")


def _story_starts(text: str, body_start: int, dateline: dict | None) -> tuple[int, ...]:
    """Char offsets of later datelines in the body ('Raipur, Sep 3 (PTI): ...'): a roundup's next story.

    Only a dateline with a date or an outlet counts ('MOKOENA: And casualties?' is a speaker, not a story)."""
    out = []
    first = dateline["start"] if dateline else -1
    for m in _STORY_LINE.finditer(text, body_start):
        at = m.end()
        if at == first:
            continue
        dl = find_dateline(text, at) if at < len(text) else None
        if dl is None or not (dl["date"] or dl["outlet"]):
            continue
        line_end = text.find("\n", at)
        if len(_words(text[at:line_end if line_end >= 0 else len(text)][:200])) >= 6:
            out.append(at)
    return tuple(out)


_FULL_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8})\.?,?\s+((?:19|20)\d\d)\b"
    r"|\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b|\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")
_YEAR_MENTION = re.compile(r"\b(?:[A-Z][a-z]{2,8}\.?|in|since|during|of|early|late|mid-?|until|by|from)\s+((?:19|20)\d\d)\b")


def _full_date(m: re.Match) -> dt.date | None:
    from sitrep.extract.dates import MONTH_ABBR, MONTHS

    g = m.groups()
    try:
        if g[0]:
            mo = MONTHS.get(g[1].lower()) or MONTH_ABBR.get(g[1].lower())
            return dt.date(int(g[2]), mo, int(g[0])) if mo else None
        if g[3]:
            mo = MONTHS.get(g[3].lower()) or MONTH_ABBR.get(g[3].lower())
            return dt.date(int(g[5]), mo, int(g[4])) if mo else None
        if g[6]:
            return dt.date(int(g[6]), int(g[7]), int(g[8]))
        a, b, y = int(g[9]), int(g[10]), int(g[11])
        return dt.date(y, b, a) if b <= 12 else dt.date(y, a, b)
    except ValueError:
        return None


def _full_dates(text: str) -> list[dt.date]:
    """Every explicit day-month-year date written in the text."""
    return [d for d in map(_full_date, _FULL_DATE.finditer(text)) if d is not None]


def _yearless(s: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year: 'Saturday, 3 March', 'Mar 3 | 14:05'."""
    from sitrep.extract.dates import FOREIGN_MONTHS, MONTH_ABBR, MONTHS

    for rx, mi, di in ((DMY, 2, 1), (MDY, 1, 2), (FOREIGN_DMY, 2, 1)):
        m = rx.search(s)
        if m and not m.group(3):
            name = m.group(mi).lower().rstrip(".")
            mo = MONTHS.get(name) or MONTH_ABBR.get(name) or FOREIGN_MONTHS.get(name)
            if mo:
                return mo, int(m.group(di))
    return None


def _month_day(s: str) -> tuple[int, int] | None:
    """'Oct. 5', '5 October', 'Sept 3' -> (month, day)."""
    from sitrep.extract.dates import FOREIGN_MONTHS, MONTH_ABBR, MONTHS

    m = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})\b|(\d{1,2})(?:er|º)?\.?\s+(?:de\s+)?([^\W\d_]+)", s.strip())
    if not m:
        return None
    name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    mo = MONTHS.get(name.lower()) or MONTH_ABBR.get(name.lower()) or FOREIGN_MONTHS.get(name.lower())
    return (mo, int(day)) if mo else None


def anchor_date(text: str, published: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """(the day relative dates count from, how it was guessed or None when it is the publication date).

    Without a stated publication date: a year-less wire dateline ('KHARTOUM, Oct. 5 (Xinhua) --') or header
    date ('Saturday, 3 March') gives the day, the latest year the text writes gives its year (the next year when the text already tells of a later
    day of that year); else the latest full date the text writes. The guess never becomes `published`."""
    if published is not None:
        return published, None
    info = _read_meta(text)
    dates = _full_dates(text)
    latest = max(dates) if dates else None
    dl = info["dateline"]
    md = _month_day(dl["date"]) if dl and dl.get("date") and not re.search(r"\d{4}", dl["date"]) else None
    what = f"the dateline's {dl['date']}" if md else None
    if md is None and info.get("header_month_day"):
        md, what = info["header_month_day"], "the header's year-less date"
    if md is not None:
        years = [d.year for d in dates] + [int(y) for y in _YEAR_MENTION.findall(text)]
        if years:
            y = max(years)
            try:
                guess = dt.date(y, *md)
                if latest is not None and latest > guess and latest.year == y:
                    guess = dt.date(y + 1, *md)
            except ValueError:
                guess = None
            if guess is not None:
                return guess, f"{what} with the year {guess.year} the text implies"
    if latest is not None:
        return latest, "the latest full date the text writes"
    return None, None


_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|tv|co|io|me|ps|"
                     r"iq|sy|ye|sd|af|pk|in|ng|ke|so|ua|ru|il|lb|eg|uk|co\.uk|com\.[a-z]{2})/?$", re.IGNORECASE)
# what a date line holds besides its date: labels, clock times ('19:52', '6h30'), time zones ('GMT+3', '(ECT)'),
# weekdays in English and in the languages FOREIGN_DMY reads ('Mardi 13 juin 2023')
_TZ = (r"gmt|utc|bst|cet|cest|eet|eest|wet|west|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|ast|adt|eat|wat|cat|sast|ist|pkt|"
       r"aft|irst|gst|ict|wib|pht|hkt|sgt|jst|kst|aest|aedt|ect|cot|pet|bot|art|brt|clt|vet|hst|akst")
_DATE_FILLER = re.compile(r"(?i)\b(?:published|updated|posted|last|modified|on|at|date|time|" + _TZ + r"|"
                          r"am|pm|a\.m\.|p\.m\.|ago|hours?|hrs|minutes?|mins?|days?|read|\d+\s*min|local|le|el|"
                          r"publi[ée]e?|publicad[oa]|actualizad[oa]|atualizad[oa]|ver[öo]ffentlicht|aktualisiert|"
                          r"mis\s+[àa]\s+jour|modifi[ée]e?|a\s+las|[àa]s?|um|uhr|heures?|horas?|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|" +
                          FOREIGN_WEEKDAY_RE[3:-1] + r")\b\.?"
                          r"|\(\s*[A-Z]{2,5}(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?\s*\)|\b\d{1,2}h\d{2}\b"
                          r"|[\d:+.,/|()]+|(?<![A-Za-z])-|-(?![A-Za-z])")  # 'Port-au-Prince' stays one word


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
    for rx in (DMY, MDY, FOREIGN_DMY):
        rest = rx.sub(" ", rest)
    rest = _DATE_FILLER.sub(" ", rest)
    return len(_words(rest)) <= 2


_HEADLINE_VERB = re.compile(
    r"(?i)\b(?:kill|kills|killed|killing|attack|attacks|attacked|strike|strikes|struck|hit|hits|clash|clashes|say|says|"
    r"said|protest|protests|claims?|claimed|dies|die|dead|wounded|wounds?|bomb|bombs|bombed|seize|seizes|seized|storm|"
    r"storms|stormed|ambush|ambushes|ambushed|shell|shells|shelled|pound|pounds|raid|raids|raided|abduct|abducts|"
    r"abducted|kidnap|kidnaps|kidnapped|shoot|shoots|shot|launch|launches|launched|capture|captures|captured|"
    r"retake|retakes|flee|flees|fled|warn|warns|condemn|condemns|vow|vows|deny|denies|denied|blame|blames|blamed|"
    r"accuse|accuses|accused|massacre|down|downs|downed|target|targets|targeted|fire|fires|fired)\b")


_HEADLINE_LINK = re.compile(r"(?i)\b(?:after|amid|as|despite|following|over)\s+\w")  # 'Curfew After Clashes'


def _looks_like_title_case_headline(s: str) -> bool:
    """'Air Strike Kills 22 In Omdurman', 'GUNMEN KILL FIVE IN MOPTI' are headlines, 'Levant Ledger' an outlet:
    verbs give headlines away."""
    return len(_words(s)) >= 4 and bool(_HEADLINE_VERB.search(s) or _HEADLINE_LINK.search(s))


__all__ = ["DMY", "MDY", "anchor_date", "find_dateline", "read_meta"]
