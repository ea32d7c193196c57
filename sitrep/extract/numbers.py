"""Counts in news text and the fatality figure of a clause.

parse_count("over two dozen") -> 24; fatalities("... killing ten soldiers and two civilians") -> 12.
Only the killed count: wounded, injured and "casualties" are not fatalities (ACLED). Vague plurals follow
the ACLED convention: "dozens" 12, "scores" 20, "hundreds" 100 ("half a dozen" 6, "a handful" 3).
A figure counts the dead only when it counts people: "73 raids had killed five" is 5, and a singular person
joined to a count adds one ("two journalists and a police officer were killed" is 3).
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million"]
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "a dozen": 12, "a score": 20,
         "a hundred": 100, "a thousand": 1000, "tens": 10, "half a dozen": 6, "a half dozen": 6, "a handful": 3,
         "a handful of": 3}
_W = "|".join(UNITS)
NUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+"
       r"|half\s+a\s+dozen|a\s+half[\s-]+dozen|a\s+handful"
       r"|(?:a\s+)?(?:(?:" + _W + r")(?:[\s-]+(?:and\s+)?(?:" + _W + r"))*)(?:\s+dozen)?"
       r"|a\s+dozen|a\s+score|dozens|scores|hundreds|thousands|tens)")
MOD = r"(?:all|between|at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|roughly|approximately|an\s+estimated|at\s+most|fewer\s+than|less\s+than|a\s+further|another|only)"
NUM_RE = re.compile(r"\b(?:" + MOD + r"\s+)?(" + NUM + r")\b", re.IGNORECASE)


def parse_count(s: str) -> int | None:
    """A count phrase to an int: '33', '1,200', 'ten', 'twenty-five', 'over two dozen', 'dozens'."""
    s = re.sub(r"^\s*" + MOD + r"\s+", "", s.strip().lower())
    s = s.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s.strip()) else s
    s = " ".join(s.replace("-", " ").split()) if "half" in s or "handful" in s else s
    if s.isdigit():
        return int(s)
    if s in VAGUE:
        return VAGUE[s]
    mult = 1
    if s.endswith("dozen"):
        mult, s = 12, s[: -len("dozen")].strip()
        if s in ("", "a"):
            return 12
    s = s.removeprefix("a ")
    s = re.sub(r"\s*-\s*", " ", s)
    try:
        return text2num(s, "en") * mult
    except (ValueError, KeyError):
        return None


# one person, named by a singular noun: "a police officer", "their Pakistani driver", "the regional president"
PERSON_SG = (r"(?:man|woman|boy|girl|child|infant|baby|toddler|teenager|civilian|soldier|officer|policeman|policewoman|"
             r"constable|gendarme|fighter|militant|leader|commander|member|journalist|reporter|photographer|cameraman|"
             r"resident|person|farmer|herder|shepherd|fisherman|student|pupil|teacher|doctor|nurse|paramedic|medic|"
             r"worker|official|guard|bodyguard|driver|pilot|translator|interpreter|villager|trader|pilgrim|worshipper|"
             r"passenger|elder|chief|priest|pastor|imam|cleric|son|daughter|wife|husband|brother|sister|father|mother|"
             r"grandson|granddaughter|grandfather|grandmother|nephew|niece|cousin|uncle|aunt|relative|neighbour|neighbor|"
             r"colleague|companion|aide|assistant|adviser|advisor|president|governor|mayor|minister|deputy|chairman|"
             r"head|spokesman|spokeswoman|judge|lawmaker|senator|general|colonel|major|captain|lieutenant|sergeant)")
_SG_ITEM = r"(?:a|an|their|his|her|its|the)\s+(?:[\w'’-]+\s+){0,2}?" + PERSON_SG + r"\b(?![\w'’-])"
SG_IN_CHAIN = re.compile(r"\b(?:and|plus|as\s+well\s+as)\s+" + _SG_ITEM, re.IGNORECASE)
# what a number counts when it does not count people: "73 raids had killed five", "two days of fighting killed 30"
_NOT_PEOPLE = re.compile(
    r"(?:raid|(?:air[\s-]?)?strike|airstrike|drone|missile|rocket|shell|mortar|bomb|grenade|mine|ieds?|projectile|munition|"
    r"round|bullet|shot|sortie|attack|assault|operation|incident|explosion|blast|home|house|building|shop|vehicle|car|"
    r"truck|tank|boat|ship|vessel|aircraft|plane|jet|helicopter|village|town|site|target|position|base|checkpoint|"
    r"day|hour|week|month|year|minute|time|km|kilomet(?:re|er)|mile|met(?:re|er)|percent|per|%|ton|tonne|kg|dollar|case)s?")
_STOP_AFTER = re.compile(r"(?:of|in|on|at|from|by|with|and|or|were|was|had|have|has|are|is|be|been|who|which|that|to|for|"
                         r"the|a|an|this|these|those|their|its|his|her|during|after|before|when|while|as|across|near|"
                         r"inside|outside|including|among|amid|into|over|under|since|throughout|against|last|so|far|"
                         r"\w+ed|\w+ing)")
_PEOPLE = re.compile(PERSON_SG + r"s?|people|persons|men|women|children|civilians|soldiers|troops|policemen")
_TOKEN = re.compile(r"[\w'’%-]+|[^\w\s]")
_SHARE = re.compile(r"(?i)\s+(?:of\s+(?:them|whom|those)|among\s+them)\b")  # "21 people, 15 of them civilians"
_AGE = re.compile(r"(?i)[\s-](?:year|month|week|day)s?[\s-]old\b")


def counts_people(text: str, end: int) -> bool:
    """Whether the number ending at `end` counts people: the next few words name no thing or time
    ('73 raids', 'two days of fighting', 'a two-year-old' do not; '15 people', '22 killed', 'five of the fighters' do)."""
    if _AGE.match(text, end):
        return False
    for i, m in enumerate(_TOKEN.finditer(text, end, min(len(text), end + 40))):
        w = m.group(0).lower()
        if i >= 3 or _STOP_AFTER.fullmatch(w) or not (w[0].isalnum() or w == "%"):
            return True
        if _NOT_PEOPLE.fullmatch(w):
            return False
        if _PEOPLE.fullmatch(w):
            return True
    return True


KILL = (r"(?:killed|dead|died|martyred|slain|shot\s+dead|perished|lost\s+their\s+lives|executed|beheaded|"
        r"massacred|murdered|gunned\s+down|deaths|fatalities|bodies|(?:embraced|attained)\s+martyrdom|lynched|"
        r"neutrali[sz]ed|(?:stabbed|beaten|burned|burnt|hacked|bludgeoned|stoned|tortured)\s+to\s+death|"
        r"(?:ascended|rose|risen|fell|fallen)\s+(?:as\s+martyrs|to\s+martyrdom)|"
        r"succumbed\s+to\s+(?:their|his|her)\s+(?:\w+\s+)?(?:injuries|wounds))")
KILL_VERB = (r"(?:kill(?:ed|ing|s)?|claimed\s+the\s+lives\s+of|executed|executing|massacred|murdered|beheaded|shot\s+dead|"
             r"assassinated|assassinating|gunned\s+down|lynch(?:ed|ing)|neutrali[sz](?:ed|ing))")
HURT = r"(?:wounded|wounding|injured|injuring|injuries|hurt|casualties|maimed|missing|abducted|kidnapped|arrested|detained)"
_NP_WORD = r"(?:[A-Za-z][\w'’-]*)"
_CHAIN = r"(?:\s+" + _NP_WORD + r"){0,6}?"

# "killed at least 22 people", "killing ten soldiers and two civilians", "kills 22"
# a list of counts: "ten soldiers and two civilians", "3 soldiers, 2 police officers and a civilian"
_LIST_ITEM = r"(?:" + _SG_ITEM + r"|(?:" + MOD + r"\s+)?(?:" + NUM + r")\b)"
_LIST = (r"((?:" + _CHAIN + r"(?:,\s+(?:" + MOD + r"\s+)?(?:" + NUM + r")\b" + _CHAIN + r"){0,3}"
         r",?\s+(?:and|plus|as\s+well\s+as)\s+" + _LIST_ITEM + r")*)")
# "killed at least 22 people", "killing ten soldiers and two civilians", "kills 22"
OBJ = re.compile(r"\b" + KILL_VERB + r"\s+(?:" + MOD + r"\s+)?(" + NUM + r")\b" + _LIST, re.IGNORECASE)
# "15 people ... were killed", "five soldiers and two civilians dead", "22 killed"
SUBJ = re.compile(r"\b(?:" + MOD + r"\s+)?(" + NUM + r")\b" + _LIST + r"((?:,?\s+" + _NP_WORD +
                  r"){0,6}?(?:,\s+(?:including|among\s+them|mostly|many\s+of\s+them)"
                  r"\s+[^,;.]{1,40},)?),?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|been|"
                  r"reportedly|also|all|later|subsequently)\s+){0,3}" + KILL + r"\b", re.IGNORECASE)
# "a suicide bomber killed himself and 12 others": the text counts the bomber among the dead
SELF_AND = re.compile(r"\b(?:kill(?:ed|ing|s)|blew|blowing)\s+(?:himself|herself)\s+(?:up\s+)?and\s+(?:" + MOD + r"\s+)?(" +
                      NUM + r")\s+(?:other|others|people|persons)\b", re.IGNORECASE)
# "the attack claimed 12 lives", "claimed at least 30 more lives"
LIVES = re.compile(r"\b(?:claim(?:ed|ing|s)?|cost|took|taking|takes)\s+(?:the\s+)?(?:" + MOD + r"\s+)?(" + NUM +
                   r")\s+(?:more\s+|other\s+|civilian\s+|innocent\s+)?lives\b", re.IGNORECASE)
DEATH_OF = re.compile(r"\b(?:deaths?|killing|martyrdom|bodies|remains)\s+of\s+(?:" + MOD + r"\s+)?(" + NUM + r")\b", re.IGNORECASE)
# "the death toll from a riot at the Bellavista prison in Santo Domingo province rose to 44": the toll's 'from/in'
# phrase may run long, within one clause (no comma, no second verb of saying or joining word)
TOLL = re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|martyrs|victims|fatalities))\s+"
                  r"(?:(?!(?:and|but|while|said|says|after|when|as|which|who)\b)[\w'’-]+\s+){0,16}?"
                  r"(?:rose|risen|climbed|reached|stands|stood|jumped|increased|of|to|at|was|is|has)\s+(?:to\s+|at\s+)?"
                  r"(?:" + MOD + r"\s+)?(" + NUM + r")\b", re.IGNORECASE)
_NAME = r"(?:[A-Z][\w'’-]+|(?:al|el|ad|ar|as|bin|ibn|abu|de|van|von)[- ][A-Z][\w'’-]+)"
NAMED = re.compile(r"\b(?i:killed|killing|assassinated|assassinating)\s+(?:(?:[A-Z][\w'’-]+|senior|top|prominent|local|militant|"
                   r"rebel|army|military|commander|leader|general|colonel|cleric|journalist|activist)\s+){0,3}?" + _NAME +
                   r"(?:\s+" + _NAME + r"){1,3}(?=\s*(?:,|\.|;|$|\s+(?:a|an|the|who|in|on|near|and)\b))")
NAMED_SUBJ = re.compile(_NAME + r"(?:\s+" + _NAME + r"){1,3},?\s+(?:[^,.;]{0,40},\s+)?(?:was|had\s+been|has\s+been)\s+"
                        r"(?:\w+ly\s+)?(?i:killed|assassinated|shot\s+dead|executed)\b")
# "Ahmed Ali, 35, and Omar Said, 40, were killed", "Mohammed Saleh and Khaled Omar were martyred": one each
_PERSON = _NAME + r"(?:\s+" + _NAME + r"){1,3}(?:,\s+\d{1,2}(?=,))?"
NAMED_LIST = re.compile(r"\b" + _PERSON + r"(?:,\s+" + _PERSON + r"){0,8},?\s+and\s+" + _PERSON +
                        r",?\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?i:killed|martyred|shot\s+dead|executed|"
                        r"assassinated|slain|murdered)\b")
_AND_MORE = (r"(?:\s+(?:and|as\s+well\s+as)\s+(?:(?:his|her|their|its)\s+)?(?:" + MOD + r"\s+)?(" + NUM + r")\b(?![\w'’-])"
             r"|\s+(?:and|as\s+well\s+as)\s+" + _SG_ITEM + r")?")
# "killed a senior commander", "shot dead the regional president, X, and two of his advisers", "killed his wife and
# three children": one person named by a singular noun, plus whoever is joined to them
ONE = re.compile(r"\b" + KILL_VERB + r"\s+(?:(?:a|an|one)\s+(?!number|few|dozen|score|hundred|thousand|total|series)"
                 r"(?:[\w'’-]+\s+){0,4}?(?:" + PERSON_SG[3:-1] + r"|senior|prominent|top|local|key|mid-level|high-ranking)"
                 r"|(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?" + PERSON_SG +
                 r"|the\s+(?:[\w'’-]+\s+){0,3}?(?:president|governor|mayor|minister|chairman|commander|leader|chief|head|"
                 r"deputy|general|colonel|imam|priest|pastor|cleric|judge|lawmaker|senator|spokesman|driver))\b(?![\w'’-])"
                 r"(?:,?\s+[^,;.]{1,40},)?" + _AND_MORE, re.IGNORECASE)


# "a civilian was martyred", "The driver was killed", "a young man, Omar Haddad, 22, was shot dead": one person,
# named by a singular noun (a name and an age may stand beside it)
ONE_SUBJ = re.compile(r"\b(?:a|an|one|the)\s+(?:[\w'’-]+\s+){0,3}?" + PERSON_SG + r"\b(?![\w'’-])"
                      r"(?:,\s+(?-i:" + _NAME + r"(?:\s+" + _NAME + r"){0,3})(?:,\s+\d{1,2})?,)?" + _AND_MORE +
                      r"\s+(?:[^,.;]{0,40}?\s)?(?:(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+ly\s+)?"
                      r"(?:killed|martyred|shot\s+dead|slain|murdered|executed|beheaded|gunned\s+down|stabbed\s+to\s+death)"
                      r"|(?:ascended|rose|fell)\s+(?:as\s+a\s+martyr|to\s+martyrdom)|died|lost\s+(?:his|her)\s+life"
                      r"|succumbed\s+to\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds))\b",
                      re.IGNORECASE)
# "In November 2001, FARC guerrillas killed 12": a year is not a count
YEAR_NOT_COUNT = re.compile(r"(?:19|20)\d\d")
_MONTH_WORDS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
                "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:in|since|of|during|by|until|year|early|late|mid|" + _MONTH_WORDS + r")\.?|[-/])\s*$")


def _is_year(text: str, m) -> bool:
    g = m.group(1)
    if not YEAR_NOT_COUNT.fullmatch(g.strip()):
        return False
    return bool(_YEAR_BEFORE.search(text[max(0, m.start(1) - 12):m.start(1)])) or text[m.end(1):m.end(1) + 1] == ","


_MONTH_BEFORE = re.compile(r"(?i)\b(?:" + _MONTH_WORDS + r")\.?\s*$")
_MONTH_AFTER = re.compile(r"(?i)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_WORDS + r")\b")


def _in_date(text: str, m) -> bool:
    """'on March 13 killed a man', 'on 13 March killed': the day of a date is not a count."""
    return bool(_MONTH_BEFORE.search(text[max(0, m.start(1) - 12):m.start(1)])
                or _MONTH_AFTER.match(text, m.end(1)))


def _sum_chain(text: str, m, chain_end: int | None = None) -> int | None:
    """The first figure (group 1) plus each 'and N ...' / 'and a civilian' of the chain (group 2, cut at chain_end);
    figures of things ('73 raids', 'two days') are left out."""
    first_counts = counts_people(text, m.end(1))
    total = parse_count(m.group(1)) if first_counts else 0
    if total is None:
        return None
    c0, c1 = m.start(2), m.end(2) if chain_end is None else chain_end
    if c0 >= 0 and c1 > c0:
        for x in NUM_RE.finditer(text, c0, c1):
            v = parse_count(x.group(1))
            if v is not None and counts_people(text, x.end(1)) and not _SHARE.match(text, x.end(1)):
                total += v
        total += len(SG_IN_CHAIN.findall(text, c0, c1))
    return total if first_counts or total else None


_ANCHOR = re.compile(r"kill|dead|died|death|martyr|slain|perish|lives|execut|behead|massacr|murder|gunned|bodies|"
                     r"fatalit|toll|remains|assassinat|neutrali|lynch|succumb|\blife\b|victims")  # run on lowercased text: faster than re.I


def _windows(text: str, before: int, after: int):
    """Merged windows around the kill words: the figure regexes only run there (they are costly)."""
    spans = []
    for a in _ANCHOR.finditer(text.lower()):
        lo, hi = max(0, a.start() - before), min(len(text), a.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _finditer(rx, text, before, after):
    seen = set()
    for lo, hi in _windows(text, before, after):
        for m in rx.finditer(text, lo, hi):
            if m.span() not in seen:
                seen.add(m.span())
                yield m


# "three of the 15 killed", "one of the deadliest", "since": the figure is part of another count, or a tally;
# "200 relatives of the slain officers": the kill word names someone else ('the slain', 'the dead')
_PART_OF = re.compile(r"(?i)\b(?:since|out\s+of|of\s+(?:the|those|them)\s+(?:\d|(?:" + "|".join(UNITS) +
                      r")\b|\w+est\b|most\b|victims\b|deaths\b|bodies\b)|(?:the|their|his|her|its)\s*$)")


def _joined(text: str, m) -> int:
    """Those joined to a single victim ('a man and his two sons' 2, 'a woman and her son' 1), else 0."""
    if m.group(1):
        v = parse_count(m.group(1))
        return v if v is not None and counts_people(text, m.end(1)) else 0
    tail = m.group(0)
    return 1 if SG_IN_CHAIN.search(tail) else 0


# "Youssef Haddad, 22, was killed": an age set off by commas after a name
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")


def _is_age(text: str, m) -> bool:
    return (m.group(1).isdigit() and len(m.group(1)) <= 2 and _NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
            is not None and text[m.end(1):m.end(1) + 1] == ",")


def _subj_matches(text: str):
    """SUBJ matches whose head counts the dead. A rejected head (the day of a date, a year, an age, a count of
    things, a wounded figure) does not hide a count after it: 'On 3 April, twenty inmates were killed' is 20,
    'Five weeks earlier, twenty ...' too; the search starts again just after the rejected head."""
    for lo, hi in _windows(text, 160, 30):  # "succumbed to their injuries" runs past its anchor word
        pos = lo
        while pos < hi:
            m = SUBJ.search(text, pos, hi)
            if m is None:
                break
            between = (m.group(2) or "") + (m.group(3) or "")
            if _is_year(text, m) or _in_date(text, m) or _is_age(text, m) or not counts_people(text, m.end(1)) \
                    or re.search(HURT, between, re.IGNORECASE) or _PART_OF.search(m.group(3) or ""):
                pos = m.end(1)
                continue
            pos = m.end()
            yield m


# "between 20 and 30 people", "40-50 people", "some 40–50 killed": the upper figure blanked, offsets kept
_RANGE = re.compile(r"(?i)(\bbetween\s+(?:" + MOD + r"\s+)?(?:" + NUM + r"))\s+and\s+(?:" + NUM + r")\b(?=\s+[a-z])"
                    r"|(\b\d{1,3})\s*[-–]\s*\d{1,3}\b(?!\s*[-–/]\s*\d)(?=\s+[a-z])")
def _keep_lower(m) -> str:
    low = m.group(1) or m.group(2)
    return low + " " * (len(m.group(0)) - len(low))


# "Fatalities: 5", "Killed: 12", "Deaths: 3": a report's labelled figure
_LABELLED = re.compile(r"(?i)(?<![\w-])(?:fatalities|deaths|killed|dead|people\s+killed|persons\s+killed)\s*:\s*"
                       r"(?:" + MOD + r"\s+)?(" + NUM + r")\b(?!\s*(?:wounded|injured|hurt|missing))")
_REPEATED = re.compile(r"(?i)\b((?:" + _W + r"))\s*\(\s*\d[\d,]*\s*\)")


def fatalities(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) for every killed figure stated in text (a clause or sentence)."""
    return list(_fatalities(text))


@lru_cache(maxsize=2048)
def _fatalities(text: str) -> tuple[tuple[int, int, int], ...]:
    """Memoised: the incident rules ask about the same clause several times."""
    out = []
    if not _ANCHOR.search(text.lower()):
        return ()
    if "(" in text:  # "four hundred (400) terrorists": the figure spelled out, then in digits; blanked, offsets kept
        text = _REPEATED.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    if "between" in text or "-" in text or "–" in text:  # a range counts its lower figure (ACLED: the lowest estimate)
        text = _RANGE.sub(_keep_lower, text)
    for m in (_LABELLED.finditer(text) if ":" in text else ()):  # "Fatalities: 5", "Killed: 12; wounded: 30"
        v = parse_count(m.group(1))
        if v is not None:
            out.append((v, m.start(), m.end()))
    for m in _finditer(OBJ, text, 25, 160):  # 'claimed the lives of' starts before its anchor word
        chain = m.group(2) or ""
        # stop the chain at a wounded figure: "killing three men and wounding two others"
        hurt = re.search(HURT, chain, re.IGNORECASE)
        v = _sum_chain(text, m, m.start(2) + hurt.start() if hurt else None)
        if v is not None:
            out.append((v, m.start(), m.end()))
    for m in _subj_matches(text):
        if any(s <= m.start(1) < e for _, s, e in out):
            continue
        v = _sum_chain(text, m)
        if v is not None:
            out.append((v, m.start(), m.end()))
    for m in (_finditer(SELF_AND, text, 30, 60) if "self" in text else ()):
        v = parse_count(m.group(1))
        if v is not None and not any(s <= m.start(1) < e for _, s, e in out):
            out.append((v + 1, m.start(), m.end()))
    for m in _finditer(LIVES, text, 40, 5):
        v = parse_count(m.group(1))
        if v is not None and not any(s <= m.start(1) < e for _, s, e in out):
            out.append((v, m.start(), m.end()))
    for m in _finditer(DEATH_OF, text, 5, 60):
        v = parse_count(m.group(1))
        if v is not None and not any(s <= m.start(1) < e for _, s, e in out):
            out.append((v, m.start(), m.end()))
    for m in _finditer(TOLL, text, 60, 140):
        v = parse_count(m.group(1))
        if v is not None and not any(s <= m.start(1) < e for _, s, e in out):
            out.append((v, m.start(), m.end()))
    if not out:
        for m in _finditer(ONE, text, 5, 150):
            out.append((1 + _joined(text, m), m.start(), m.end()))
    if not out:
        for m in _finditer(ONE_SUBJ, text, 150, 30):
            out.append((1 + _joined(text, m), m.start(), m.end()))
    if not out:
        for m in _finditer(NAMED, text, 5, 60):
            out.append((1, m.start(), m.end()))
    if not out:
        for m in _finditer(NAMED_LIST, text, 300, 5):
            if re.search(r"(?i)\b(?:of|in|from|at|near|to|across|around)\s+$", text[max(0, m.start() - 12):m.start()]):
                continue  # "residents of Khan Younis and Deir al-Balah were killed": places, not names
            out.append((len(re.findall(r",\s+(?!\d)|\s+and\s+", m.group(0)[:m.group(0).rfind(" and ") + 5])) + 1,
                        m.start(), m.end()))
    if not out:
        for m in _finditer(NAMED_SUBJ, text, 90, 5):  # "commander Marwan Issa was killed"
            out.append((1, m.start(), m.end()))
    # a figure inside another's parenthetical ("104 people, including 35 children") is not a second count
    out = [f for f in out if not any(g is not f and g[1] < f[1] and f[2] <= g[2] for g in out)]
    out.sort(key=lambda t: t[1])
    return tuple(out)


def fatality_count(text: str) -> int | None:
    """The clause's killed figure, or None when it states none (several figures: the largest)."""
    got = fatalities(text)
    if not got:
        return None
    return max(v for v, _, _ in got)


_SIDE_WORDS = (
    ("forces", (r"soldiers?|troops|servicemen|officers?|policemen|police(?:men)?|personnel|guards?|constables?|"
                r"gendarmes|marines|commandos|security\s+forces|members\s+of\s+the\s+(?:army|security\s+forces|police)")),
    ("armed", (r"militants?|terrorists?|fighters?|rebels?|insurgents?|jihadists?|gunmen|attackers?|assailants?|"
               r"militiamen|bandits|combatants|miscreants|khawarij|dissidents")),
    ("civilians", (r"civilians?|people|villagers?|residents?|children|women|men|worshippers|passengers|farmers|"
                   r"traders|students|family|families|persons?|workers|pilgrims|displaced")),
)
_SIDES = [(k, re.compile(r"^(?:[\s,]+(?:[\w'’-]+\s+){0,2}?)?(?:" + v + r")\b", re.IGNORECASE)) for k, v in _SIDE_WORDS]
_SIDES_IN = [(k, re.compile(r"\b(?:" + v + r")\b", re.IGNORECASE)) for k, v in _SIDE_WORDS]
_SIDES_BEFORE = [(k, re.compile(r"\b(?:" + v + r")\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE))
                 for k, v in _SIDE_WORDS]


def victim_sides(text: str) -> set[str]:
    """Who the killed figures of a clause are: 'forces', 'armed' (militants) or 'civilians' (empty when unsaid).
    'killed three terrorists' and 'two soldiers embraced martyrdom' are two sides of one event's toll."""
    out = set()
    for _v, start, end in fatalities(text):
        span = text[start:end]
        nums = list(NUM_RE.finditer(span))
        tail = text[start + nums[-1].end():start + nums[-1].end() + 40] if nums else text[end:end + 40]
        head = text[max(0, start - 40):start]
        got = {k for k, rx in _SIDES if rx.match(tail)} | {k for k, rx in _SIDES_IN if rx.search(span)}
        got = got or {k for k, rx in _SIDES_BEFORE if rx.search(head)}
        out |= got
    return out
