"""Dates in news text: absolute dates, weekdays and relative phrases, resolved the way an ACLED coder would.

Pure functions, no spaCy. Two steps so the incident component can choose the anchor:
  find_times(text) -> [TimeExpr]          every time phrase with its offsets and what it means
  resolve(expr, published, anchor) -> When  the day (or window) it points to

Weekdays and "yesterday"/"last week" are anchored to the publication date; "a day earlier", "two days
after", "a week earlier" to the event just mentioned (anchor). Common shapes are regexes (fast);
dateparser is only a fallback for short header strings (parse_date_text).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
# Month names in French, Spanish, Portuguese, Italian and German, accents optional ("Mardi 13 juin 2023",
# "13 de junio de 2023", "13 de junho de 2023", "13. Juni 2023"): header lines of non-English outlets, quoted documents.
FOREIGN_MONTHS = {m: i for i, names in enumerate([
    "janvier enero janeiro gennaio januar jänner jaenner",
    "février fevrier febrero fevereiro febbraio februar",
    "mars marzo março marco märz maerz marz",
    "avril abril aprile april",
    "mai mayo maio maggio",
    "juin junio junho giugno juni",
    "juillet julio julho luglio juli",
    "août aout agosto august",
    "septembre septiembre setiembre setembro settembre september",
    "octobre octubre outubro ottobre oktober",
    "novembre noviembre novembro november",
    "décembre decembre diciembre dezembro dicembre dezember"], 1) for m in names.split()}
_FMONTH_RE = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
# weekday names of the same languages ("Mardi", "martes", "terça-feira", "Dienstag")
FOREIGN_WEEKDAY_RE = (r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|"
                      r"s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?|luned[iì]|marted[iì]|"
                      r"mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|"
                      r"samstag|sonnabend|sonntag)")
# "13 juin 2023", "1er mai 2023", "13 de junio de 2023", "13. Juni 2023", "13 de agosto del 2023": day, month, year
# (the day is required: a bare "mars"/"mayo" in English text is no date)
FOREIGN_DMY = re.compile(r"(?<![\d.])(\d{1,2})(?:er|º|°|ª|\.)?\s+(?:de\s+)?(" + _FMONTH_RE +
                         r")\.?(?:,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d))?(?![\w-])", re.IGNORECASE)
# the same shape with any word for the month, checked against FOREIGN_MONTHS after the match (a scan without the
# long case-insensitive alternation: find_times runs on every sentence)
_FOREIGN_SCAN = re.compile(r"(?<![\d.])(\d{1,2})(?:er|º|°|ª|\.)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?"
                           r"(?:,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d))?(?![\w-])")
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3, "several": 3}

_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|dawn|midday|noon))?"

DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_RE + r")(?:,?\s+(\d{4}))?(?![\w-])")
MDY = re.compile(r"\b(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\w-])")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# the part of a month or year a phrase names: "late June", "mid-March", "the end of May", "the first week of April"
_PART_RE = (r"(?:[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s+)?(?:end|beginning|start|middle|turn|"
            r"(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|half|fortnight)|(?:first|second)\s+half)"
            r"(?:\s+of)?)")
MONTH_YEAR = re.compile(r"\b(?:(?P<part>" + _PART_RE + r")[\s-]+)?(?P<month>" + _MONTH_RE +
                        r")(?:\s+(?:of\s+)?(?P<year>\d{4})|,?\s+(?:of\s+)?(?P<rel>last|this|the\s+previous|the\s+same|"
                        r"the\s+following)\s+year)?\b")
_YEAR_PART = (r"[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\s+)?(?:end|beginning|start|middle|turn|(?:first|second)\s+half)\s+of")
YEAR = re.compile(r"\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|of)\s+(?:(?P<p1>" + _YEAR_PART + r")[\s-]+)?|(?P<p2>" + _YEAR_PART +
                  r")[\s-]+)(?P<y>(?:19|20)\d\d)\b")
# "in the autumn of 2020", "summer 2014", "the winter of 2022": a season of a year (northern-hemisphere months)
SEASON = re.compile(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
                    r"\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)")
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
# "early this month", "late last year", "the end of last month": part of the month/year around publication
REL_PART = re.compile(r"\b(?P<part>" + _PART_RE + r")[\s-]+(?P<which>this|last|the\s+previous|the\s+past)\s+"
                      r"(?P<unit>week|month|year)\b")
# day ranges: "between Friday 6 and Saturday 7 December", "3-7 June", "from 30 November to 2 December", "June 3-7"
_ORD = r"(?:st|nd|rd|th)?"
_WDP = r"(?:" + _WD_RE + r",?\s+(?:the\s+)?)?"
DMY_RANGE = re.compile(
    r"\b(?:(?:between|from)\s+(?:the\s+(?:night\s+of\s+)?)?" + _WDP + r"(?P<d1>\d{1,2})" + _ORD +
    r"(?:\s+(?:of\s+)?(?P<m1>" + _MONTH_RE + r"))?\s*(?:\s(?:and|to|until|till|through)\s|[-–])\s*" + _WDP +
    r"|(?P<d1b>\d{1,2})" + _ORD + r"[-–]|(?P<d1c>\d{1,2})" + _ORD + r"\s+to\s+)"
    r"(?P<d2>\d{1,2})" + _ORD + r"\s+(?:of\s+)?(?P<m2>" + _MONTH_RE + r")(?:,?\s+(?P<y>\d{4}))?(?![\w-])")
# a dash with spaces after a month and day is a dateline's ("KYIV, March 3 - 12 people were killed"), not a range
MDY_RANGE = re.compile(
    r"\b(?:(?:between|from)\s+(?P<m1>" + _MONTH_RE + r")\s+(?P<d1>\d{1,2})" + _ORD +
    r"(?:\s*[-–]\s*|\s+(?:and|to|until|through)\s+)"
    r"|(?P<m1b>" + _MONTH_RE + r")\s+(?P<d1b>\d{1,2})" + _ORD + r"(?:[-–]|\s*[-–]\s*(?=" + _MONTH_RE + r"\s)))"
    r"(?:(?P<m2>" + _MONTH_RE + r")\s+)?(?P<d2>\d{1,2})" + _ORD + r"(?:,?\s+(?P<y>\d{4}))?(?![\w-])")
# "between Friday and Saturday", "overnight Saturday into Sunday", "the night of Saturday to Sunday"
WD_RANGE = re.compile(
    r"\b(?:(?:between|from|overnight(?:\s+from)?|(?:on\s+)?the\s+night\s+(?:of|from|between))\s+(?P<w1>" + _WD_RE +
    r")(?:\s+night)?\s+(?:and|to|into|until|through|-)\s+|(?P<into>overnight\s+(?:into|to))\s+)(?P<w2>" + _WD_RE + r")\b",
    re.IGNORECASE)
# "16.08.2023", "16/08/2023", "25-08-2024": day first, as most of the world writes it (month first only when day first is impossible)
NUMERIC = re.compile(r"(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)")
WEEKDAY = re.compile(r"\b(?:(last|this past|past|this|on|late on|early on|late|early|overnight|since|by|until|before|"
                     r"from|at dawn on|at dawn|before dawn on|in the early hours of)\s+)?(" + _WD_RE + r")"
                     r"(?:(['’]s)|" + _PART + r")", re.IGNORECASE)
REL_PUB = re.compile(
    r"\b(earlier today|today|this morning|this afternoon|this evening|tonight|late last night|last night|"
    r"the day before yesterday|yesterday|overnight|earlier this week|this week|last weekend|over the weekend|this weekend|"
    r"at the weekend|this past weekend|the past weekend|"
    r"last week|earlier this month|this month|last month|earlier this year|last year|in recent days|recent days|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|48|72)\s+hours|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+days|week|two\s+days|three\s+days)|"
    r"in recent weeks|recently|(" + _NUMW + r")\s+(days?|weeks?|months?)\s+ago)\b", re.IGNORECASE)
# feasts with a fixed date: "on Christmas Eve", "New Year's Day"
HOLIDAY = re.compile(r"\b(Christmas\s+(?:Eve|Day)|New\s+Year['’]?s\s+(?:Eve|Day)|Boxing\s+Day)\b")
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1),
             "boxing day": (12, 26)}
REL_PREV = re.compile(
    r"\b(?:(just|only|barely|some|mere|less\s+than|under|nearly|almost|more\s+than|over)\s+)?(?:(" + _NUMW + r")\s+)?(hours?|days?|weeks?|months?|years?)\s+"
    r"(earlier|later|before|after|prior)\b"
    r"|\b(the day before|the previous day|the next day|the following day|the same day|that same day|on the same day|"
    r"the day after|the previous night|the following night|that night|hours later|hours earlier|moments later|"
    r"shortly after(?:wards)?|later that day|earlier that day|the previous week|the following week|the week before|"
    r"the night before|the previous (?:evening|morning|afternoon)|the (?:following|next) (?:morning|evening|afternoon)|"
    r"that (?:same )?(?:evening|morning|afternoon)|the same night|(?:earlier|later) in the day)\b",
    re.IGNORECASE)

DAY = dt.timedelta(days=1)
_RANGE_QUALS = ("less than", "under", "nearly", "almost", "more than", "over")

# Cheap word anchors: each full pattern only runs in a window around one of its anchor words, so the cost
# follows the number of time words, not the length of the text times the size of the alternations.
_A_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_A_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_A_PUB = re.compile(r"(?i)\b(?:today|tonight|yesterday|overnight|week|weekend|month|year|night|morning|afternoon|evening|"
                    r"recent|recently|ago|past|last)\b")
_A_RANGE = re.compile(r"\d(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Z][a-z]+\.?)?(?:\s*[-–]|\s+(?:to|and|until|till|through)\s)")
_A_WD_RANGE = re.compile(r"(?i)\b(?:between|from|overnight|night\s+(?:of|from|between))\b")
_A_REL_PART = re.compile(r"(?i)\b(?:this|last|previous|past)\s+(?:week|month|year)\b")
_A_NUMERIC = re.compile(r"\d[./-]\d{1,2}[./-](?:19|20)\d\d")
_A_SEASON = re.compile(r"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b")
_SEASON_BITS = ("pring", "ummer", "utumn", "Fall", "fall", "inter")
_A_PREV = re.compile(r"(?i)\b(?:earlier|later|before|after|prior|previous|next|following|same|night|afterwards|that\s+(?:evening|morning|afternoon))\b")


def _windowed(rx, anchor, text: str, before: int = 45, after: int = 45):
    """Matches of rx that overlap an anchor word, searched only in windows around the anchors (overlapping
    windows merged, so each stretch of text is scanned once)."""
    anchors = [a.span() for a in anchor.finditer(text)]
    if not anchors:
        return
    windows = []
    for a0, a1 in anchors:
        lo, hi = max(0, a0 - before), min(len(text), a1 + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    starts = [a for a, _ in anchors]
    seen = set()
    for lo, hi in windows:
        for m in rx.finditer(text, lo, hi):
            # the match must overlap an anchor word
            k = bisect.bisect_right(starts, m.end()) - 1
            hit = False
            while k >= 0 and anchors[k][1] >= m.start():
                a0, a1 = anchors[k]
                if m.start() <= a0 < m.end() or m.start() < a1 <= m.end():
                    hit = True
                    break
                k -= 1
            if hit and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield m


@dataclass
class TimeExpr:
    start: int
    end: int
    kind: str  # date | weekday | rel_pub | rel_prev | after | month | year
    text: str
    value: dict


@dataclass
class When:
    event_date: dt.date | None  # None: the text's time phrase needs a publication date it does not give
    date_start: dt.date | None
    date_end: dt.date | None
    precision: int  # ACLED time_precision: 1 day, 2 week/range, 3 month or vaguer
    label: str | None = None  # the unresolved phrase ("on Tuesday") when the date is unknown

    @property
    def known(self) -> bool:
        return self.event_date is not None

    def same_day(self, other: When) -> bool:
        """Same day; two unknown dates are the same only when the text said the same thing ("on Tuesday")."""
        if self.known and other.known:
            return self.event_date == other.event_date
        return not self.known and not other.known and (self.label or "").lower() == (other.label or "").lower()


def unknown(label: str | None = None) -> When:
    """An event whose date the text does not let us resolve (no publication date to count from)."""
    return When(None, None, None, 3, label)


def _month(name: str) -> int | None:
    n = name.lower().rstrip(".")
    return MONTHS.get(n) or MONTH_ABBR.get(n) or FOREIGN_MONTHS.get(n)


def _count(word: str | None, default: int = 1) -> int:
    if not word:
        return default
    w = word.lower()
    if w.isdigit():
        return int(w)
    return SMALL.get(w, default)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def pick_year(month: int, day: int, published: dt.date | None) -> int:
    """A date without a year is the latest such date not after publication (news reports the past)."""
    if published is None:
        return dt.date.today().year
    d = _safe_date(published.year, month, day)
    if d is not None and d > published + dt.timedelta(days=2):
        return published.year - 1
    return published.year


def find_times(text: str) -> list[TimeExpr]:
    """Every time phrase in text, non-overlapping, in order. Longer and more specific shapes win."""
    found: list[TimeExpr] = []
    has_month = _A_MONTH.search(text) is not None
    for m in (_windowed(DMY, _A_MONTH, text, 12, 8) if has_month else ()):
        mo = _month(m.group(2))
        found.append(TimeExpr(m.start(), m.end(), "date", m.group(0),
                              {"day": int(m.group(1)), "month": mo, "year": int(m.group(3)) if m.group(3) else None}))
    for m in (_windowed(MDY, _A_MONTH, text, 2, 14) if has_month else ()):
        mo = _month(m.group(1))
        day = int(m.group(2))
        if day > 31:
            continue
        found.append(TimeExpr(m.start(), m.end(), "date", m.group(0),
                              {"day": day, "month": mo, "year": int(m.group(3)) if m.group(3) else None}))
    for m in (ISO.finditer(text) if "-" in text else ()):
        found.append(TimeExpr(m.start(), m.end(), "date", m.group(0),
                              {"day": int(m.group(3)), "month": int(m.group(2)), "year": int(m.group(1))}))
    for m in (HOLIDAY.finditer(text) if "Christmas" in text or "New Year" in text or "Boxing" in text else ()):
        mo, day = _HOLIDAYS[" ".join(m.group(1).lower().replace("’", "'").split())]
        found.append(TimeExpr(m.start(), m.end(), "date", m.group(0), {"day": day, "month": mo, "year": None}))
    for m in _FOREIGN_SCAN.finditer(text):  # "13 de junio de 2023", "13. Juni 2023", "Mardi 13 juin"
        if m.group(2).lower() not in FOREIGN_MONTHS:
            continue
        found.append(TimeExpr(m.start(), m.end(), "date", m.group(0),
                              {"day": int(m.group(1)), "month": _month(m.group(2)),
                               "year": int(m.group(3)) if m.group(3) else None}))
    for m in (NUMERIC.finditer(text) if _A_NUMERIC.search(text) else ()):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day, mo = (a, b) if _safe_date(y, b, a) else (b, a)
        if _safe_date(y, mo, day):
            found.append(TimeExpr(m.start(), m.end(), "date", m.group(0), {"day": day, "month": mo, "year": y}))
    for rx, before, after in ((DMY_RANGE, 70, 8), (MDY_RANGE, 10, 30)) if has_month and _A_RANGE.search(text) else ():
        for m in _windowed(rx, _A_MONTH, text, before, after):
            v = _range_value(m)
            if v is not None:
                found.append(TimeExpr(m.start(), m.end(), "date", m.group(0), v))
    for m in _windowed(WEEKDAY, _A_WEEKDAY, text, 30, 20):
        if not m.group(2)[0].isupper():
            continue
        mod = (m.group(1) or "").lower()
        found.append(TimeExpr(m.start(), m.end(), "weekday", m.group(0),
                              {"weekday": WEEKDAYS[m.group(2).lower()], "mod": mod, "possessive": bool(m.group(3))}))
    for m in (_windowed(WD_RANGE, _A_WD_RANGE, text, 8, 60) if _A_WEEKDAY.search(text) else ()):
        w1, w2 = m.group("w1"), m.group("w2")
        if not w2[0].isupper() or (w1 and not w1[0].isupper()):
            continue
        w2i = WEEKDAYS[w2.lower()]
        w1i = WEEKDAYS[w1.lower()] if w1 else (w2i - 1) % 7
        found.append(TimeExpr(m.start(), m.end(), "weekday", m.group(0),
                              {"weekday": w1i, "to_weekday": w2i, "mod": "", "possessive": False}))
    for m in _windowed(REL_PART, _A_REL_PART, text, 35, 0):
        found.append(TimeExpr(m.start(), m.end(), "rel_pub", m.group(0),
                              {"phrase": "part", "part": _part_key(m.group("part")),
                               "which": "this" if m.group("which").lower() == "this" else "last",
                               "unit": m.group("unit").lower(), "n": None}))
    for m in _windowed(REL_PUB, _A_PUB, text, 30, 20):
        found.append(TimeExpr(m.start(), m.end(), "rel_pub", m.group(0),
                              {"phrase": m.group(1).lower(), "n": m.group(2), "unit": m.group(3)}))
    for m in _windowed(REL_PREV, _A_PREV, text, 40, 30):
        if m.group(5):
            found.append(TimeExpr(m.start(), m.end(), "rel_prev", m.group(0), {"phrase": m.group(5).lower()}))
            continue
        unit = m.group(3).lower().rstrip("s")
        direction = m.group(4).lower()
        n = m.group(2)
        if n is None and not m.group(3).lower().endswith("s"):
            continue  # "day after" without a count is not a relative date
        kind = "after" if direction in ("after", "before") else "rel_prev"
        if kind == "after" and re.match(r"\s*(?:[,.;]|$)", text[m.end():m.end() + 3]):
            kind, direction = "rel_prev", ("earlier" if direction == "before" else "later")  # "Three days before, ..."
        qual = " ".join((m.group(1) or "").lower().split())
        # "less than three weeks after": the phrase still starts at its count (callers read 'N weeks after' there)
        start = m.start(2) if qual in _RANGE_QUALS and m.group(2) else m.start()
        found.append(TimeExpr(start, m.end(), kind, text[start:m.end()],
                              {"n": _count(n, 0) if n else None, "unit": unit, "dir": direction, "qual": qual}))
    for m in (_windowed(MONTH_YEAR, _A_MONTH, text, 30, 24) if has_month else ()):
        if m.group("month")[0].islower():
            continue
        if m.group("month") == "May" and not m.group("year") and not m.group("part") and not m.group("rel"):
            continue  # the modal verb
        rel = (m.group("rel") or "").lower()
        found.append(TimeExpr(m.start(), m.end(), "month", m.group(0),
                              {"month": _month(m.group("month")), "year": int(m.group("year")) if m.group("year") else None,
                               "part": _part_key(m.group("part")),
                               "rel_year": "last" if rel in ("last", "the previous") else "this" if rel == "this" else None}))
    for m in (_windowed(SEASON, _A_YEAR, text, 30, 0) if any(w in text for w in _SEASON_BITS) and _A_SEASON.search(text)
              else ()):
        found.append(TimeExpr(m.start(), m.end(), "year", m.group(0),
                              {"year": int(m.group("y")), "part": "", "season": m.group("season").lower()}))
    for m in _windowed(YEAR, _A_YEAR, text, 30, 0):
        found.append(TimeExpr(m.start(), m.end(), "year", m.group(0),
                              {"year": int(m.group("y")), "part": _part_key(m.group("p1") or m.group("p2"))}))
    # keep the longest phrase at each place; specific kinds beat vague ones of the same length
    rank = {"date": 0, "weekday": 1, "after": 2, "rel_prev": 3, "rel_pub": 4, "month": 5, "year": 6}
    found.sort(key=lambda t: (t.start, -(t.end - t.start), rank[t.kind]))
    out: list[TimeExpr] = []
    for t in found:
        if out and t.start < out[-1].end:
            prev = out[-1]
            if (t.end - t.start) > (prev.end - prev.start) and rank[t.kind] <= rank[prev.kind]:
                out[-1] = t
            continue
        out.append(t)
    # "Friday 6 December", "Tuesday, December 24": the explicit date is the day, not the weekday counted from publication
    merged: list[TimeExpr] = []
    for t in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == "weekday" and t.kind == "date" and "to_weekday" not in prev.value \
                and re.fullmatch(r",?\s*\(?(?:the\s+)?", text[prev.end:t.start]):
            merged[-1] = TimeExpr(prev.start, t.end, "date", text[prev.start:t.end], t.value)
            continue
        # "on 5 June last year": the date of the year before the paper's
        if prev is not None and prev.kind == "date" and prev.value.get("year") is None and "to" not in prev.value \
                and t.kind == "rel_pub" and t.value.get("phrase") == "last year" \
                and re.fullmatch(r",?\s+(?:of\s+)?", text[prev.end:t.start]):
            merged[-1] = TimeExpr(prev.start, t.end, "date", text[prev.start:t.end], {**prev.value, "rel_year": "last"})
            continue
        # "on Thursday last week": that weekday in the week before the paper's
        if prev is not None and prev.kind == "weekday" and t.kind == "rel_pub" and t.value.get("phrase") == "last week" \
                and "to_weekday" not in prev.value and re.fullmatch(r"\s+(?:of\s+)?", text[prev.end:t.start]):
            merged[-1] = TimeExpr(prev.start, t.end, "weekday", text[prev.start:t.end], {**prev.value, "mod": "last week"})
            continue
        merged.append(t)
    out = merged
    # "overnight on March 14", "yesterday, Friday": the explicit date names the day the vague phrase points at
    return [t for i, t in enumerate(out)
            if not (t.kind == "rel_pub" and i + 1 < len(out) and out[i + 1].kind in ("date", "weekday")
                    and re.fullmatch(r"[\s,(]*(?:on\s+|of\s+|into\s+)?", text[t.end:out[i + 1].start]))]


# the part of a month or of a year a phrase names, as a fraction window (first day share, last day share)
_PART_KEYS = (("first half", "first half"), ("second half", "second half"), ("first week", "first week"),
              ("second week", "second week"), ("third week", "third week"), ("fourth week", "fourth week"),
              ("last week", "last week"), ("final week", "last week"), ("fortnight", "first half"),
              ("first days", "early"), ("last days", "late"), ("final days", "late"), ("early", "early"),
              ("beginning", "early"), ("start", "early"), ("mid", "mid"), ("middle", "mid"), ("late", "late"),
              ("end", "late"), ("turn", "late"))


def _part_key(part: str | None) -> str:
    if not part:
        return ""
    p = " ".join(part.lower().replace("-", " ").split())
    if p.startswith(("the last fortnight", "last fortnight", "the final fortnight")):
        return "second half"
    for word, key in _PART_KEYS:
        if word in p:
            return key
    return ""


def _range_value(m) -> dict | None:
    """A day range's first and last day: 'between Friday 6 and Saturday 7 December', 'June 3-7'."""
    g = m.groupdict()
    d1 = int(g.get("d1") or g.get("d1b") or g.get("d1c"))
    d2 = int(g["d2"])
    m2 = _month(g["m2"]) if g["m2"] else None
    m1 = _month(g.get("m1") or g.get("m1b")) if (g.get("m1") or g.get("m1b")) else None
    if m2 is None:
        m2 = m1
    if m1 is None:
        m1 = m2
    y = int(m.group("y")) if m.group("y") else None
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1 == m2 and d2 <= d1):
        return None
    return {"day": d1, "month": m1, "year": y, "to": {"day": d2, "month": m2}}


def _window(d: dt.date, before: int, after: int, precision: int) -> When:
    return When(d, d - dt.timedelta(days=before), d + dt.timedelta(days=after), precision)


def last_weekday(weekday: int, ref: dt.date, strictly_before: bool = False) -> dt.date:
    """Most recent `weekday` on or before ref ("on Friday" in a Friday paper is that day)."""
    back = (ref.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return ref - dt.timedelta(days=back)


def resolve(expr: TimeExpr, published: dt.date | None, anchor: dt.date | None = None) -> When | None:
    """The day or window a time phrase points to. anchor = date of the event just mentioned."""
    v = expr.value
    pub = published
    if expr.kind == "date":
        to = v.get("to")
        if to:  # a day range: "between Friday 6 and Saturday 7 December"
            y2 = v["year"] or (pick_year(to["month"], to["day"], pub) if pub else None)
            if y2 is None:
                return None
            y1 = y2 if (v["month"], v["day"]) <= (to["month"], to["day"]) else y2 - 1
            a, b = _safe_date(y1, v["month"], v["day"]), _safe_date(y2, to["month"], to["day"])
            if a is None or b is None or (b - a).days > 62:
                return None
            return When(a, a, b, 2 if (b - a).days <= 14 else 3)
        y = v["year"] or (pick_year(v["month"], v["day"], pub) if pub else None)
        if y is None:
            return None
        if v.get("rel_year") == "last" and not v["year"]:
            y = pub.year - 1
        d = _safe_date(y, v["month"], v["day"])
        return When(d, d, d, 1) if d else None
    if expr.kind == "weekday":
        if pub is None:
            return None
        if "to_weekday" in v:  # "between Friday and Saturday", "overnight into Sunday": the night or days up to the last
            end = last_weekday(v["to_weekday"], pub)
            start = end - dt.timedelta(days=(v["to_weekday"] - v["weekday"]) % 7)
            if (end - start).days <= 1:  # one night: its small hours fall on the later day, as "overnight" does
                return When(end, start, end, 1)
            return When(start, start, end, 2)
        if v["mod"] == "last week":
            d = pub - dt.timedelta(days=pub.weekday() + 7 - v["weekday"])
            return When(d, d, d, 1)
        d = last_weekday(v["weekday"], pub, strictly_before=v["mod"] in ("last", "past", "this past"))
        if v["mod"] in ("since", "from"):
            return When(d, d, pub, 2)
        return When(d, d, d, 1)
    if expr.kind == "year" and v.get("season"):  # a season: its three months, dated at its middle
        y = v["year"]
        m0, m1 = _SEASON_MONTHS[v["season"]]
        start = dt.date(y - 1 if m0 > m1 else y, m0, 1)  # the winter of 2022 runs from December 2021
        end = _month_end(dt.date(y, m1, 1))
        mid = start + (end - start) // 2
        if pub and start > pub:
            return None
        if pub and end > pub:
            end = max(start, pub)
        return When(min(mid, end), start, end, 3)
    if expr.kind == "year":
        y = v["year"]
        start, end = _part_window(dt.date(y, 1, 1), dt.date(y, 12, 31), v.get("part"), year=True)
        if pub and end > pub:
            end = max(start, pub)
        return When(start, start, end, 3)
    if expr.kind == "month":
        y = v["year"]
        if y is None:
            if pub is None:
                return None
            if v.get("rel_year") == "last":
                y = pub.year - 1
            elif v.get("rel_year") == "this":
                y = pub.year
            else:
                y = pub.year if v["month"] <= pub.month else pub.year - 1
                if v["month"] == pub.month and _part_window(pub.replace(day=1), _month_end(pub), v.get("part"))[0] > pub:
                    y -= 1  # "late December" in a paper of 15 December: the last one that has begun
        first = dt.date(y, v["month"], 1)
        start, end = _part_window(first, _month_end(first), v.get("part"))
        if pub and end > pub:
            end = pub
        if pub and start > pub:
            return None  # a part of this month still to come
        return When(start, start, max(start, end), 2 if v.get("part") else 3)
    if expr.kind == "rel_pub":
        if pub is None:
            return None
        p = v["phrase"]
        if p in ("today", "earlier today", "this morning", "this afternoon", "this evening", "tonight"):
            return When(pub, pub, pub, 1)
        if p in ("yesterday", "last night", "late last night"):
            return When(pub - DAY, pub - DAY, pub - DAY, 1)
        if p == "overnight":  # the night before the paper: mostly its small hours, so the paper's own day
            return When(pub, pub - DAY, pub, 1)
        if p == "the day before yesterday":
            d = pub - 2 * DAY
            return When(d, d, d, 1)
        if p in ("this week", "earlier this week"):
            monday = pub - dt.timedelta(days=pub.weekday())
            end = pub - DAY if p.startswith("earlier") and pub > monday else pub
            return When(end, monday, end, 2)
        if p.startswith(("in the ", "over the ", "during the ")):  # "in the past 24 hours", "over the past week"
            n = {"24 hours": 1, "48 hours": 2, "72 hours": 3, "few days": 3, "two days": 2, "three days": 3,
                 "week": 7}
            p = " ".join(p.split())
            days = next((v for k, v in n.items() if p.endswith(k)), 7)
            return When(pub, pub - dt.timedelta(days=days), pub, 1 if days <= 1 else 2)
        if p in ("last weekend", "over the weekend", "this weekend", "at the weekend", "this past weekend",
                 "the past weekend"):
            sat = last_weekday(5, pub)
            return When(sat, sat, min(pub, sat + DAY), 2)
        if p == "last week":
            d = pub - dt.timedelta(days=7)
            return When(d, pub - dt.timedelta(days=10), pub - DAY, 2)
        if p in ("in recent days", "recent days"):
            return When(pub - 3 * DAY, pub - 7 * DAY, pub, 2)
        if p == "part":  # "early this month", "late last year", "the end of last month", "late last week"
            if v["unit"] == "week":
                monday = pub - dt.timedelta(days=pub.weekday() + (7 if v["which"] == "last" else 0))
                a, b = {"early": (0, 2), "mid": (2, 4), "late": (3, 6)}.get(v["part"], (0, 6))
                start, end = monday + dt.timedelta(days=a), monday + dt.timedelta(days=b)
                prec = 2
            elif v["unit"] == "month":
                first = pub.replace(day=1)
                if v["which"] == "last":
                    first = (first - DAY).replace(day=1)
                start, end = _part_window(first, _month_end(first), v["part"])
                prec = 2
            else:
                y = pub.year - (v["which"] == "last")
                start, end = _part_window(dt.date(y, 1, 1), dt.date(y, 12, 31), v["part"], year=True)
                prec = 3
            if start > pub:
                return None
            end = min(end, pub)
            return When(start, start, end, prec)
        if p in ("earlier this month", "this month"):
            start = pub.replace(day=1)
            return When(pub, start, pub, 3)
        if p == "last month":
            end = pub.replace(day=1) - DAY
            return When(end.replace(day=15), end.replace(day=1), end, 3)
        if p in ("earlier this year",):
            return When(pub, pub.replace(month=1, day=1), pub, 3)
        if p == "last year":
            y = pub.year - 1
            return When(dt.date(y, 1, 1), dt.date(y, 1, 1), dt.date(y, 12, 31), 3)
        if p in ("recently", "in recent weeks"):
            return When(pub, pub - dt.timedelta(days=30), pub, 3)
        if p.endswith("ago"):
            n = _count(v["n"])
            unit = (v["unit"] or "day").lower().rstrip("s")
            days = {"day": 1, "week": 7, "month": 30}[unit] * n
            d = pub - dt.timedelta(days=days)
            return When(d, d, d, 1) if unit == "day" else _window(d, 3, 3, 2 if unit == "week" else 3)
        return None
    if expr.kind in ("rel_prev", "after"):
        w = _relative(v, expr.kind, anchor or pub)
        if w is None or pub is None or w.event_date <= pub:
            return w
        # news reports the past: "a day later" with nothing before it to count from stops at publication
        return When(pub, min(w.date_start, pub), pub, w.precision)
    return None


def _month_end(first: dt.date) -> dt.date:
    return dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - DAY


def _part_window(first: dt.date, last: dt.date, part: str | None, year: bool = False) -> tuple[dt.date, dt.date]:
    """The days a part of a month (or year) covers: early 1-10, mid 11-20, late 21-end (ACLED's reading);
    for a year early Jan-Apr, mid May-Aug, late Sep-Dec; weeks and halves as said."""
    if not part:
        return first, last
    if year:
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "first half": (1, 6), "second half": (7, 12)}.get(part)
        if months is None:
            return first, last
        a = first.replace(month=months[0], day=1)
        return a, _month_end(first.replace(month=months[1], day=1))
    n = last.day
    days = {"early": (1, 10), "mid": (11, 20), "late": (21, n), "first half": (1, 15), "second half": (16, n),
            "first week": (1, 7), "second week": (8, 14), "third week": (15, 21), "fourth week": (22, 28),
            "last week": (n - 6, n)}.get(part, (1, n))
    return first.replace(day=days[0]), first.replace(day=days[1])


def _relative(v: dict, kind: str, ref: dt.date | None) -> When | None:
    """'a day earlier', 'two days after', 'the next day' counted from ref (the event just mentioned)."""
    if ref is None:
        return None
    p = v.get("phrase")
    if p:
        if p in ("the day before", "the previous day", "the previous night", "the night before", "the previous evening",
                 "the previous morning", "the previous afternoon"):
            d = ref - DAY
            return When(d, d, d, 1)
        if p in ("the next day", "the following day", "the day after", "the following night") \
                or p.startswith(("the next ", "the following ")) and not p.endswith("week"):
            d = ref + DAY
            return When(d, d, d, 1)
        if p in ("the previous week", "the week before"):
            d = ref - dt.timedelta(days=7)
            return _window(d, 3, 3, 2)
        if p == "the following week":
            d = ref + dt.timedelta(days=7)
            return _window(d, 3, 3, 2)
        return When(ref, ref, ref, 1)  # same day, hours later/earlier, that night
    unit = v["unit"]
    n = v["n"]
    sign = -1 if v["dir"] in ("earlier", "before", "prior") else 1
    if kind == "after":
        sign = -1 if v["dir"] == "after" else 1  # "X comes two days after Y": Y is two days before X
    per = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}[unit]
    if n is None:  # "days after": a range
        lo, hi = {"hour": (0, 0), "day": (1, 7), "week": (7, 28), "month": (30, 120), "year": (365, 1460)}[unit]
        a, b = ref + dt.timedelta(days=sign * lo), ref + dt.timedelta(days=sign * hi)
        start, end = min(a, b), max(a, b)
        mid = ref + dt.timedelta(days=sign * max(lo, (lo + hi) // 2 - (1 if unit == "day" else 0)))
        return When(mid, start, end, 1 if unit == "hour" else 2 if unit == "day" else 3)
    qual = v.get("qual") or ""
    if per and n and qual in _RANGE_QUALS:
        # "less than three weeks after": closer to three weeks than to two (15-20 days); "more than": 22-27 days
        lo, hi = ((n - 1) * per + 1, n * per - 1) if qual in ("less than", "under", "nearly", "almost") \
            else (n * per + 1, (n + 1) * per - 1)
        lo, hi = max(1, lo), max(1, lo, hi)
        a, b = ref + dt.timedelta(days=sign * lo), ref + dt.timedelta(days=sign * hi)
        mid = ref + dt.timedelta(days=sign * ((lo + hi) // 2))
        return When(mid, min(a, b), max(a, b), 1 if lo == hi else 2 if hi - lo <= 14 else 3)
    d = ref + dt.timedelta(days=sign * n * per)
    if unit in ("hour", "day"):
        return When(d, d, d, 1)
    return _window(d, 3, 3, 2 if unit == "week" else 3)


def calendar_first(times: list[TimeExpr]) -> list[TimeExpr]:
    """The clause's time phrases with its calendar dates ahead of the offsets counted from another event:
    'Just five weeks earlier, on 3 April, twenty inmates were killed' is dated by '3 April', exact, not by the rough
    'five weeks earlier'. A 'two days after X' phrase keeps its place (the date there may be X's, not the event's)."""
    if len(times) < 2 or not any(t.kind == "rel_prev" for t in times) or not any(t.kind == "date" for t in times) \
            or any(t.kind == "after" for t in times):
        return times
    return sorted(times, key=lambda t: 0 if t.kind == "date" else 1 if t.kind != "rel_prev" else 2)


_NUMWORD = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
            r"(?:[\s-](?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*|dozens|hundreds)")
# a time phrase that dates a report about an event, not the event: "the death toll from the riot rose to 44 on Tuesday",
# "had put the number of dead at 43 on Monday", "registered a case on Tuesday over the killing of ..."
_REPORT_BEFORE = re.compile(
    r"(?i)(?:\b(?:rose|risen|climbed|increased|jumped|reached|revised|raised)\s+(?:up\s+)?(?:to\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+)?(?:\d[\d,]*|" + _NUMWORD + r")"
    r"(?:\s+(?:dead|deaths|people|persons|killed|victims|fatalities))?\s*"
    r"|\b(?:toll|number\s+of\s+(?:dead|deaths|victims|fatalities|people\s+killed)|death\s+count)\b[^.;]{0,40}\b"
    r"(?:stood|stands|was|is)\s+at\s+[\w,]+\s*"
    r"|\b(?:put|puts|putting|placed|placing)\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:dead|deaths|victims))"
    r"\s+(?:at|to)\s+[\w,]+\s*"
    r"|\b(?:registered|lodged|filed|booked)\s+(?:an?\s+|the\s+)?(?:[\w'’()-]+\s+){0,5}?"
    r"(?:case|cases|fir|report|complaint|charges?)(?:\s+\([A-Z]+\))?\s*)$")
_REPORT_AFTER = re.compile(r"(?i)\s*,?\s*(?:registered|lodged|filed|booked)\s+(?:an?\s+|the\s+)?(?:[\w'’()-]+\s+){0,5}?"
                           r"(?:case|cases|fir|report|complaint|charges?)\b")


def report_time(text: str, t: TimeExpr) -> bool:
    """Whether time phrase t dates a report about an event rather than the event: a toll that rose or stood at a
    figure that day ('the toll from the riot rose to 44 on Tuesday', 'put the number of dead at 43 on Monday'), a case
    registered that day ('police on Tuesday registered an FIR over the killing'). The event itself is dated elsewhere."""
    before = text[max(0, t.start - 80):t.start]
    return _REPORT_BEFORE.search(before) is not None or _REPORT_AFTER.match(text, t.end) is not None


_SINCE = re.compile(r"\b[Ss]ince\s+")
_WHEN_AFTER = re.compile(r",?\s+when\b")


def since_when(text: str) -> list[tuple[TimeExpr, int]]:
    """'the deadliest attack since February 14, 2020, when soldiers killed 21 civilians in Ngarbuh': the date after
    'since' dates the when-clause (an event of its own), not the clause around it. [(the date's TimeExpr with offsets in
    text, offset where the when-clause starts)]. A 'since' with no 'when' after its date is left alone."""
    out = []
    for m in (_SINCE.finditer(text) if "ince" in text else ()):
        lo = m.start()
        for t in find_times(text[lo:lo + 60]):
            if t.start > m.end() - lo or t.kind not in ("date", "month", "year"):
                break
            w = _WHEN_AFTER.match(text, lo + t.end)
            if w is not None:
                out.append((TimeExpr(lo + t.start, lo + t.end, t.kind, t.text, t.value), w.end() - 4))
            break
    return out


_HEADER_DATE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|date)\s*[:\-]?\s*(?:on\s+)?)?"
    r"(?:" + _WD_RE + r",?\s+)?(?P<date>.+?)\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\w{2,4})?)?\s*$", re.IGNORECASE)


def parse_date_text(s: str) -> dt.date | None:
    """A header or dateline string that is (mostly) a full date: "Published 18 March 2023", "August 12, 2023"."""
    s = s.strip().strip("|·-–—,").strip()
    if not s or len(s) > 60:
        return None
    for rx in (DMY, MDY):
        m = rx.search(s)
        if m and m.group(3):
            if rx is DMY:
                return _safe_date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
            return _safe_date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    m = ISO.search(s)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = FOREIGN_DMY.search(s)
    if m and m.group(3):  # "Mardi 13 juin 2023", "13 de junio de 2023", "13. Juni 2023"
        return _safe_date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    m = re.search(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", s)
    if m:  # day-first, as most of the world writes it; fall back to month-first when impossible
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return _safe_date(y, b, a) or _safe_date(y, a, b)
    if not re.search(r"\d{4}", s):
        return None
    try:
        import dateparser

        got = dateparser.parse(s, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, TypeError, OverflowError, AttributeError):  # dateparser's odd inputs
        return None
    return got.date() if got else None
