"""Event triggers and the ACLED event type of a clause. Pure functions over text.

The trigger lexicon (sitrep/data/event_triggers.csv) gives each pattern a role:
  event       a word that reports an event by itself ("clashed", "air strike", "abducted", "rallied")
  blast       an explosion whose weapon is not named (an IED unless an instrument says otherwise)
  instrument  a weapon that sets the remote-violence sub-type ("rockets", "drone", "warplanes")
  weaponverb  a verb that makes an instrument an event ("drones targeted", "launched rockets")
  smallarms   weapons that keep an attack a battle ("rocket-propelled grenades")
  intervention  authorities stopping a protest ("tear gas", "dispersed")
  sd          strategic developments ("foiled", "arrested", "deployed")
The type then depends on who acted on whom, as an ACLED coder decides: armed groups fighting each other are
Battles, an armed group attacking unarmed people is Violence against civilians, protesters fighting is Riots.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.config import PACKAGE_DATA

TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments")
ERV = "Explosions/Remote violence"
SUB_RANK = {"Suicide bomb": 0, "Chemical weapon": 1, "Air/drone strike": 2, "Shelling/artillery/missile attack": 3,
            "Grenade": 4, "Remote explosive/landmine/IED": 5}

HYPOTHETICAL = re.compile(
    r"\b(?:plann(?:ed|ing)|plans?\s+to|plot(?:ted|ting)?\s+to|plot|threat(?:en(?:ed|s|ing)?)?\s+(?:to|of)|threatened|"
    r"vow(?:ed|s)?\s+to|would|could|might|(?-i:may)(?!\s+\d)|will|possible|potential|prepar(?:e|ed|ing)\s+for|to\s+prevent|"
    r"warn(?:ed|s|ing)?\s+(?:of|against|that)|fears?\s+(?:of|that)|risk\s+of|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|"
    r"in\s+case\s+of|deter|ready\s+to|called\s+for|urged|avoid|if)\b[^.;]{0,40}$", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:no|not|never|without|denied|deny|denies|den(?:y|ied)\s+(?:any\s+)?(?:involvement|responsibility))"
                     r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
AGGREGATE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|a\s+total\s+of|campaign\s+of|spate\s+of|string\s+of|series\s+of\s+(?:attacks|strikes|"
    r"assaults|raids|killings)|wave\s+of\s+(?:attacks|strikes|killings)|every\s+(?:day|week|month|year)|regularly|routinely|"
    r"frequently|often|(?:has|have)\s+been\s+waging|dozens\s+of\s+(?:attacks|strikes)|hundreds\s+of\s+(?:attacks|strikes)|"
    r"(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^.;]*\bsince|(?:has|have)\s+been\s+(?:killed|abducted|kidnapped)\s+since|"
    r"similar\s+(?:attacks|strikes|bombings|assaults|incidents)|such\s+attacks|in\s+the\s+past|previous\s+attacks|"
    r"(?:has|have)\s+(?:repeatedly\s+|frequently\s+|often\s+)?carried\s+out|"
    r"(?:were|have\s+been|had\s+been)\s+(?:killed|murdered|assassinated)\b[^.;]{0,40}\b(?:last|this|past|previous)\s+"
    r"(?:year|month)|(?:last|this|past|previous)\s+year\b[^.;]{0,40}\b(?:were|have\s+been|had\s+been)\s+killed)\b")
    # matched on lowercased text
SINCE_ZONE = re.compile(r"\bsince\b|\bone\s+of\s+the\s+(?:\w+est|most\s+\w+|worst)\b|\bamong\s+the\s+(?:\w+est|worst)\b", re.IGNORECASE)
ORDINAL = re.compile(r"\b(?:the|its|their|this)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))"
                     r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
NOUN_FORM = re.compile(r"(?i)(?:[\w-]+\s+)?(?:attacks?|strikes?|assaults?|bombings?|explosions?|blasts?|ambush(?:es)?|raids?|"
                       r"incidents?|clash(?:es)?|exchanges?\s+of\s+fire|firefights?|gunfights?|gun\s?battles?|killings?|protests?|rall(?:y|ies)|demonstrations?|abductions?|kidnappings?|"
                       r"massacres?|offensive|shelling|bombardment|airstrikes?|air\s+raids?)")
VERB_FORM = re.compile(r"(?i).*(?:ed|ing)|hit|struck|fought|shot dead|gunned down|slain|went off|opened fire|overran|"
                       r"came under (?:attack|fire)|exchanged fire|threw.*|hurled.*|lobbed.*|set .*|blew .*|took .*|"
                       r"kills?|shot at|fired .*|blocked .*|took control|seized control|rape|beat(?:en)? to death")
TOPIC_BEFORE = re.compile(r"(?i)\b(?:against|(?<!\bran\s)(?<!\brun\s)(?<!\bdrove\s)(?<!\brolled\s)(?<!\bdriven\s)over|denounc\w*|condemn\w*|protest\w*\s+(?:against|over)?|following|after|"
                          r"in\s+response\s+to|in\s+retaliation\s+for|to\s+avenge|revenge\s+for|mourn\w*)\s+"
                          r"(?:[\w'’-]+\s+){0,3}$")


AFTER_THE = re.compile(r"(?i)(?:\b(?:days?|hours?|weeks?|months?|minutes?|moments?|shortly|soon|just|only|a\s+day|"
                       r"an?\s+hour|a\s+week|the\s+day)\s+(?:after|before)|\bin\s+the\s+(?:wake|aftermath)\s+of|"
                       r"^\W*(?:after|following))\s+(?:the|this|that|last\s+\w+['’]s|\w+['’]s|Monday['’]s|their|its)\s+"
                       r"(?:[\w-]+\s+){0,2}$")


ARMED = ("unidentified", "armed group", "militia", "state forces", "police")


# "gunmen shot dead the regional president and two of his advisers": a targeted killing of a non-combatant
OFFICIAL_KILLED = re.compile(r"(?i)\b(?:killed|shot\s+dead|gunned\s+down|murdered|executed|stabbed\s+to\s+death|hacked\s+to\s+death)"
                            r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:president|vice-president|governor|mayor|"
                            r"officials?|ministers?|advisers?|advisors?|judges?|journalists?|reporters?|activists?|"
                            r"lawmakers?|MPs?|councillors?|clerics?|imams?|priests?|pastors?|teachers?|doctors?|"
                            r"candidates?|chiefs?|village\s+heads?|traditional\s+rulers?|aid\s+workers?)\b")


def is_nominal(trig: Trigger) -> bool:
    """'the attack', 'a landmine', 'clashes' name an event; 'attacked', 'struck', 'killing' report one."""
    return trig.role in ("event", "blast") and not VERB_FORM.fullmatch(trig.text)


DEFINITE = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|such|his|her)|['’]s)\s+"
                      r"(?:(?!(?:with|on|in|at|by|to|from|for|against|into|and|or|after|before|a|an|when|while|during|"
                      r"of)\s)[\w-]+\s+){0,3}$", re.IGNORECASE)
STRIKE_VERB = re.compile(r"(?i)struck|hit|targeted|targeting|pounded|kill(?:ed|ing|s)?")
GROUND = re.compile(r"(?i)\b(?:clash\w*|fight\w*|fought|gun\w*|ambush\w*|raid\w*|storm\w*|troops|soldiers|infantry|"
                    r"ground|operations?|exchanges?\s+of\s+fire|assault\w*|shot|firefight|battle\w*|tanks?|checkpoint|patrol|rifles?|knives|stabb\w*)\b")
RIOT_CUE = re.compile(r"\b(?:clash(?:ed|es)?|riot\w*|torched|set\s+fire|stones?|pelted|looted|looting|vandali[sz]ed|"
                      r"ransacked|stormed|mob|fought|attacked|beat|lynched|molotov)\b", re.IGNORECASE)


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    role: str
    event_type: str
    sub_event_type: str | None
    row: int


def _first_chars(pattern: str, k: int = 3) -> set[str]:
    """Every lowercase prefix (up to k chars) a pattern's match can start with; a shorter prefix means a
    wildcard or the end came first. Lets find_triggers try the big alternation only at likely words."""
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse
    C = sre_parse

    def seq(items, prefix):
        if len(prefix) >= k:
            return {prefix[:k]}
        if not items:
            return {prefix}
        op, av = items[0]
        rest = items[1:]
        out = set()
        if op is C.LITERAL:
            return seq(rest, prefix + chr(av).lower())
        if op is C.IN:
            chars = []
            for o, a in av:
                if o is C.LITERAL:
                    chars.append(chr(a).lower())
                elif o is C.RANGE and a[1] - a[0] < 30:
                    chars.extend(chr(c).lower() for c in range(a[0], a[1] + 1))
                else:
                    return {prefix}
            for ch in set(chars):
                out |= seq(rest, prefix + ch)
            return out
        if op is C.SUBPATTERN:
            sub = list(av[-1])
            return seq(sub + list(rest), prefix)
        if op is C.BRANCH:
            for b in av[1]:
                out |= seq(list(b) + list(rest), prefix)
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _hi, sub = av
            if lo == 0:
                out |= seq(rest, prefix)
            out |= seq(list(sub) + list(rest), prefix)
            return out
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return seq(rest, prefix)
        return {prefix}

    return seq(list(sre_parse.parse(pattern, re.IGNORECASE)), "")


@lru_cache(maxsize=1)
def _lexicon():
    """Rows of the trigger file, each compiled, and an index from a word's first letters to the rows that
    can start there (so a word is tried against a handful of patterns, not all of them)."""
    rows = []
    with open(PACKAGE_DATA / "event_triggers.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append((r["pattern"], r["role"], r["event_type"], r["sub_event_type"] or None))
    compiled = [re.compile(r"(?:" + p + r")(?![\w])", re.IGNORECASE) for p, *_r in rows]
    index: dict[str, list[int]] = {}
    for i, (p, *_r) in enumerate(rows):
        for pre in _first_chars(p):
            index.setdefault(pre, []).append(i)
    index = {k: sorted(set(v)) for k, v in index.items()}
    # a regex of the prefixes grouped by first letter finds candidate words fast (C speed, few branches)
    groups: dict[str, list[str]] = {}
    for pre in sorted(index, key=len, reverse=True):
        groups.setdefault(pre[0], []).append(pre[1:])
    alt = "|".join(re.escape(k) + "(?:" + "|".join(re.escape(x) for x in v) + ")" for k, v in groups.items())
    finder = re.compile(r"\b(?:" + alt + ")", re.IGNORECASE)
    return rows, compiled, index, finder


_WORD = re.compile(r"[A-Za-z]+")
_MONTH_MARCH = re.compile(r"\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?March\b|\bMarch\s+\d|\b(?:[Ii]n|[Ss]ince|[Oo]f|[Uu]ntil|[Bb]y|"
                          r"[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his|[Dd]uring|[Tt]o|[Ff]rom|[Ee]nd\s+of)\s+March\b")


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger in text, left to right; at one place the longest pattern wins (earlier row on ties)."""
    rows, compiled, index, finder = _lexicon()
    out = []
    end_prev = 0
    low = text.lower()
    for w in finder.finditer(text):
        start = w.start()
        if start < end_prev or (start and text[start - 1] == "-"):
            continue
        head = low[start:start + 3]
        cands = index.get(head, []) + index.get(head[:2], []) + index.get(head[:1], [])
        if not cands:
            continue
        best_i, best_end = -1, -1
        for i in cands:
            m = compiled[i].match(text, start)
            if m and m.end() > best_end:
                best_i, best_end = i, m.end()
        if best_i < 0:
            continue
        _p, role, et, st = rows[best_i]
        if text[start] == "M" and best_end - start == 5 and _MONTH_MARCH.search(text, max(0, start - 12), best_end + 8) \
                and text[start:best_end] == "March":
            end_prev = best_end
            continue  # "4 March:", "in March 2011": the month, not a march
        out.append(Trigger(start, best_end, text[start:best_end], role, et, st, best_i))
        end_prev = best_end
    return out


_HYPO_WORDS = ("plan", "plot", "threat", "vow", "would", "could", "might", "may", "will", "possib", "potential", "prepar",
               "prevent", "warn", "fear", "risk", "intend", "aim", "attempt", "tried", "case of", "deter", "ready",
               "called for", "urged", "avoid", "if")


TRIED = re.compile(r"(?i)\b(?:attempt(?:ed|s|ing)?|tried|trying|tries)\s+to\s+(?:[\w-]+\s+){0,1}$")


def is_hypothetical(clause: str, trig: Trigger) -> bool:
    """'threatened to attack', 'tried to kill' (the trigger is what was attempted); not 'a passenger who tried to
    escape was shot dead'."""
    window = clause[max(0, trig.start - 60):trig.start]
    low = window.lower()
    return any(w in low for w in _HYPO_WORDS) and bool(HYPOTHETICAL.search(window) or TRIED.search(window))


def is_negated(clause: str, trig: Trigger) -> bool:
    return bool(NEGATED.search(clause[max(0, trig.start - 40):trig.start]))


def is_definite(clause: str, trig: Trigger) -> bool:
    """'the attack', 'Saturday's attack', 'this strike': a noun that may point back to a reported event."""
    return bool(DEFINITE.search(clause[max(0, trig.start - 40):trig.start]))


_AGG_WORDS = ("so far", "to date", "in total", "total of", "campaign", "spate", "string of", "series of", "wave of",
              "every ", "regularly", "routinely", "frequently", "often", "waging", "dozens of", "hundreds of", "since",
              "similar", "such attacks", "in the past", "previous attacks", "carried out", " year")


LOOTING = re.compile(r"(?i)looted|looting|ransacked|torched|set (?:fire to|on fire|ablaze)|vandali[sz]ed")
MUTUAL = re.compile(r"(?i)clash(?:ed|es|ing)?|skirmish(?:ed|es)?|gun ?battles?|gunfights?|firefights?|fire ?fights?|"
                    r"exchanged fire|exchanges? of fire|heavy fighting|fierce fighting|fighting,? (?:(?:which|that) (?:had )?)?(?:erupted|broke out|raged|between)|"
                    r"fought|battled|battles? (?:for|over|raged|with|against)|engaged in combat")
BETWEEN_ARMED = re.compile(r"(?i)\bbetween\s+(?:the\s+)?(?:rival\s+|two\s+|armed\s+)+(?:armed\s+)?(?:groups|factions|militias|"
                           r"gangs|clans|tribes|forces)")
BOMBED = re.compile(r"(?i)bombed|bombings?")
KILLING = re.compile(r"(?i)kill|shot dead|gunned down|murder|slain|slaughter|massacr|behead|execut|lynch|martyr|assassinat|"
                     r"stabbed to death|hacked to death|burned alive")
NON_CONFLICT = re.compile(r"(?i)\b(?:car\s+crash|road\s+accident|traffic\s+accident|plane\s+crash|helicopter\s+crash|accident|"
                          r"earthquake|flood(?:s|ing)?|landslide|(?<!to\s)storm|cyclone|hurricane|drown(?:ed|ing)|disease|cholera|"
                          r"epidemic|heatwave|famine|starvation|malnutrition|lightning|stampede|gas\s+leak|"
                          r"(?:building|house|bridge|roof|wall|mine|tunnel|school|dam)s?\s+(?:that\s+)?collapsed?|"
                          r"collapse[ds]?\s+of\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?(?:building|house|bridge|roof|wall|"
                          r"mine|tunnel|school|dam))\b")


_NC_WORDS = ("crash", "accident", "earthquake", "flood", "landslide", "storm", "cyclone", "hurricane", "drown", "disease",
             "cholera", "epidemic", "heatwave", "famine", "starvation", "malnutrition", "lightning", "stampede", "collapse",
             "gas leak")


def is_non_conflict(clause: str) -> bool:
    """Deaths from accidents, disasters and disease are not political violence (ACLED does not code them)."""
    low = clause.lower()
    return any(w in low for w in _NC_WORDS) and bool(NON_CONFLICT.search(clause))


# Trends, running totals and background an ACLED coder never codes as one event: an abstract subject ("the
# insurgency has killed"), a span of time ("for more than 15 years", "in the first month", "during the reporting
# period"), a trend verb ("attacks intensified", "militant attacks rose sharply"), "before/previously".
_BG = [  # (cheap substrings, one of which must occur; the pattern), matched on lowercased text
    ((("has ", "have ", "had "), ("insurgen", " war", "conflict", "crisis", "rebellion", "uprising", "jihad", "violence",
                                    "unrest", "fighting")), (r"(?:\b(?:insurgency|war|conflict|crisis|rebellion|uprising|jihad)|(?<!the\s)(?<!this\s)"
     r"(?<!that\s)\b(?:violence|unrest|fighting))\b[^.;]{0,160}?\b(?:has|have|had)\s+"
     r"(?:\w+ly\s+|also\s+|so\s+far\s+|now\s+)?(?:killed|claimed|left|displaced|cost)\b")),
    ((("attack", "violence", "fighting", "killings", "clashes", "incidents", "strikes", "raids", "casualties",
        "hostilities", "assaults", "abductions", "kidnappings"), ("intensif", "escalat", "rose", "risen", "surged", "doubled", "tripled", "increas", "spiked", "soared", "jumped",
      "grown", "grew", "declin", "decreas", "fell", "dropped", "picked up", "ramped up", "multipl")),
     (r"\b(?:attacks?|violence|fighting|killings|clashes|incidents|strikes|raids|casualties|hostilities|assaults|"
     r"abductions|kidnappings)\b(?:\s+[^.;]{0,50}?)?\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:intensified|escalated|"
     r"rose|risen|surged|doubled|tripled|increased|spiked|soared|jumped|grown|grew|declined|decreased|fell|dropped|"
     r"picked\s+up|ramped\s+up|multiplied)\b")),
    (("war",), (r"\b(?:fought|waged)\s+(?:an?\s+|their\s+|a\s+brief\s+)?(?:[\w-]+\s+){0,3}?war\b[^.;]{0,120}?\b(?:that|which)\s+"
     r"(?:killed|claimed|left|cost)\b")),
    (("first time",), r"\b(?:is|was|isn['’]t|wasn['’]t)\s+not\s+the\s+first\s+time\b|\bnot\s+for\s+the\s+first\s+time\b"),
    (("years", "decades"), (r"\b(?:for|over)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+|some\s+|"
     r"the\s+(?:past|last)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|many|a\s+few)\s+"
     r"(?:years|decades)\b")),
    (("period",), r"\b(?:during|over|in)\s+the\s+(?:reporting\s+period|period\s+under\s+review|review\s+period)\b"),
    (("since",), r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of|(?:early|late|mid-?)\s*(?:19|20)\d\d)\b"),
    (("documented", "recorded", "registered", "counted", "tallied", "verified"),
     r"\b(?:has|have|had)\s+(?:so\s+far\s+)?(?:documented|recorded|registered|counted|tallied|verified)\b"),
    (("recent", "past few", "last few"), (r"\b(?:in|over|during)\s+(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+"
     r"(?:days|weeks|months|years)\b")),
    (("been fight", "been battl", "been clash", "been wag", "been attack", "been target"),
     r"\b(?:has|have|had)\s+(?:long\s+|also\s+)?been\s+(?:fighting|battling|clashing|waging|attacking|targeting)\b"),
    (("in the first", "in the second", "in the third", "in the fourth", "in the last", "in the final"),
     (r"\bin\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:month|months|weeks|quarter|half|year|years|"
     r"\w+\s+months|\w+\s+weeks)\b")),
    ((" year",), (r"\b(?:this|last|the\s+past)\s+year\b[^.;]{0,40}\b(?:violence|attacks|fighting)\b"
     r"|\b(?:violence|attacks|fighting|conflict)\b[^.;]{0,20}\b(?:this|last|the\s+past)\s+year\b")),
    ((" 19", " 20"), (r"\b(?:violence|attacks|fighting|conflict|clashes)\b[^.;]{0,40}\b(?:in|during|since)\s+(?:19|20)\d\d"
     r"\s*(?:[.;,]|$)")),
    (("before", "previously"), (r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:\w+ed)\s+(?:several\s+times\s+|repeatedly\s+|"
     r"many\s+times\s+)?(?:before|previously)\b|\b(?:has|have|had)\s+previously\s+been\b")),
    (("fought", "battled"), (r"\b(?:fought|battled)\s+(?:alongside|beside|together\s+with|side\s+by\s+side)\b"
     r"|\b(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?(?:long\s+|once\s+|previously\s+|also\s+)?(?:fought|battled)\b")),
]
BACKGROUND = [(tuple(re.compile("|".join(re.escape(w) for w in group))  # each word group screened by one C-level search
                     for group in (words if isinstance(words[0], tuple) else (words,))), re.compile(rx)) for words, rx in _BG]


def is_background(clause: str) -> bool:
    """'The insurgency has killed more than 40,000 people', 'attacks intensified during the reporting period',
    'the group, which has fought the government for more than 15 years': a trend or history, not one event."""
    low = clause.lower()
    for screens, rx in BACKGROUND:
        for sc in screens:  # a plain loop, not all(<genexpr>): this runs 15 times per clause
            if not sc.search(low):
                break
        else:
            if rx.search(low):
                return True
    return False


def is_aggregate(clause: str) -> bool:
    low = clause.lower()
    return (any(w in low for w in _AGG_WORDS) and bool(AGGREGATE.search(low))) or is_background(clause)


def skip_zones(clause: str) -> list[tuple[int, int]]:
    """Spans whose triggers are background, not events: 'since fighting broke out', 'one of the deadliest attacks'."""
    zones = []
    low = clause.lower()
    if "since" not in low and "one of the" not in low and "among the" not in low:
        return zones
    for m in SINCE_ZONE.finditer(clause):
        if m.group(0).lower() == "since":
            zones.append((m.start(), len(clause)))
        else:
            zones.append((m.start(), min(len(clause), m.end() + 25)))
    return zones


def live_triggers(clause: str, found: list[Trigger] | None = None) -> list[Trigger]:
    """Triggers that report an event in this clause (not hypothetical, negated, ordinal or background).
    found: the clause's triggers when already computed (offsets relative to the clause)."""
    zones = skip_zones(clause)
    out = []
    found = find_triggers(clause) if found is None else found
    disrupted = any(t.sub_event_type == "Disrupted weapons use" for t in found)
    for t in found:
        if any(a <= t.start < b for a, b in zones):
            continue
        if t.role in ("event", "blast", "weaponverb") and not disrupted and (
                is_hypothetical(clause, t) or is_negated(clause, t)):
            continue
        if t.role in ("event", "blast") and NOUN_FORM.fullmatch(t.text) and ORDINAL.search(clause[max(0, t.start - 40):t.start]):
            continue
        out.append(t)
    # "Three days after the ambush", "hours after the bombing": the noun only dates the clause (a back-reference)
    low = clause.lower()
    if "after" in low or "before" in low or "following" in low or "wake" in low or "aftermath" in low:
        out = [t for t in out if not (t.role in ("event", "blast") and (is_nominal(t) or NOUN_FORM.fullmatch(t.text))
                                      and AFTER_THE.search(clause[max(0, t.start - 60):t.start]))]
    # "demonstrated against the strikes", "retaliation for the attack": the topic, when the clause has its own event
    topics = [t for t in out if t.role in ("event", "blast") and is_nominal(t)
              and TOPIC_BEFORE.search(clause[max(0, t.start - 50):t.start])]
    if topics and any(t.role == "event" and t not in topics for t in out):
        out = [t for t in out if t not in topics
               and not (t.role == "instrument" and any(abs(t.start - x.start) < 40 for x in topics))]
    return out


def classify(trigs: list[Trigger], actor1_kind: str | None = None, actor2_kind: str | None = None,
             clause: str = "") -> tuple[str, str | None] | None:
    """(event_type, sub_event_type) for a clause's live triggers and the kinds of its two actors, or None."""
    roles = {t.role for t in trigs}
    events = [t for t in trigs if t.role == "event"]
    blasts = [t for t in trigs if t.role == "blast"]
    instruments = [t for t in trigs if t.role == "instrument"]
    weaponverbs = [t for t in trigs if t.role == "weaponverb"]
    smallarms = [t for t in trigs if t.role == "smallarms"]
    sds = [t for t in trigs if t.role == "sd"]
    kinds = {actor1_kind, actor2_kind}
    territory = [t for t in trigs if t.role == "territory"]
    if not (events or blasts or sds or territory or (instruments and weaponverbs)):
        return None
    if territory and not [t for t in events if t.event_type == ERV] and not blasts:
        if actor1_kind in ("state forces", "police"):
            return "Battles", "Government regains territory"
        if actor1_kind in ("armed group", "militia", "unidentified"):
            return "Battles", "Non-state actor overtakes territory"
    remote = [t for t in events if t.event_type == ERV]
    protest = [t for t in events if t.event_type == "Protests" and not re.search(r"(?:ers|ors)$", t.text.lower())
               and not (t.text.lower().startswith("blocked") and actor1_kind in ARMED)]  # gunmen blocking a road: no protest
    riot = [t for t in events if t.event_type == "Riots"]
    abduct = [t for t in events if t.sub_event_type == "Abduction/forced disappearance"]
    sexual = [t for t in events if t.sub_event_type == "Sexual violence"]
    fight = [t for t in events if t.event_type in ("Battles", "Violence against civilians") and t not in abduct + sexual]
    disrupted = [t for t in sds if t.sub_event_type == "Disrupted weapons use"]
    if disrupted and (remote or blasts or instruments) and not fight and not (
            weaponverbs and any(w.text.lower() in ("struck", "hit", "exploded", "slammed into", "landed") for w in weaponverbs)):
        return "Strategic developments", "Disrupted weapons use"
    # remote violence: explicit trigger, or a weapon with a verb, or a blast
    if remote or (instruments and (weaponverbs or fight or blasts)) or blasts:
        subs = [t.sub_event_type for t in remote]
        if not smallarms or remote:
            subs += [t.sub_event_type for t in instruments]
        if not subs and blasts:
            subs = [blasts[0].sub_event_type]
            if actor1_kind == "state forces" and any(BOMBED.fullmatch(t.text) for t in blasts):
                # "the military bombed a camp": a state's bombing is from the air (ACLED), not a planted device
                subs = ["Air/drone strike"]
        if subs:
            return ERV, min(subs, key=lambda s: SUB_RANK.get(s, 9))
    killing = [t for t in fight if KILLING.match(t.text)]
    if abduct and not (remote or blasts) and not killing:
        # "killed 20 villagers and abducted dozens more": the killing is the event ACLED codes (an attack)
        return "Violence against civilians", "Abduction/forced disappearance"
    if sexual:
        return "Violence against civilians", "Sexual violence"
    demo = protest or "protesters" in kinds or "rioters" in kinds
    if demo:
        mutual = any(MUTUAL.fullmatch(t.text) for t in fight)  # "police and protesters clashed": both sides fought
        violent = riot or "rioters" in kinds or (actor1_kind == "protesters" and (fight or RIOT_CUE.search(clause))) or (
            mutual and "protesters" in kinds)
        lethal = any(t.text.lower().startswith(("kill", "shot", "gunned")) for t in fight) or "opened fire" in clause.lower()
        if actor1_kind in ("state forces", "police") and fight and actor2_kind == "protesters" and lethal and not mutual:
            return "Protests", "Excessive force against protesters"
        if violent:
            if actor1_kind == "protesters" and actor2_kind == "protesters" and not protest:
                return "Riots", "Mob violence"
            return "Riots", "Violent demonstration"
        if "intervention" in roles or (actor1_kind in ("state forces", "police") and fight):
            return "Protests", "Protest with intervention"
        if protest:
            return "Protests", "Peaceful protest"
    if riot and not fight and actor1_kind in ("armed group", "militia", "state forces", "police") and not protest \
            and all(LOOTING.fullmatch(t.text) for t in riot):
        # "the RSF looted aid warehouses": an armed group's looting is a strategic development, not a riot
        return "Strategic developments", "Looting/property destruction"
    if riot and not fight:
        return "Riots", "Mob violence" if not protest else "Violent demonstration"
    if fight:
        mutual = any(MUTUAL.fullmatch(t.text) for t in fight)
        if mutual and actor1_kind in ("state forces", "police") and actor2_kind == "civilians" \
                and not BETWEEN_ARMED.search(clause):
            return "Riots", "Violent demonstration"  # "police clashed with residents": the residents riot
        if mutual and actor1_kind not in ("civilians", None) or (mutual and BETWEEN_ARMED.search(clause)):
            # "clashes between rival armed groups killed 55 people": fighting between armed sides is a battle,
            # whoever died in it
            return "Battles", "Armed clash"
        if actor2_kind == "civilians" and actor1_kind != "civilians":
            return "Violence against civilians", "Attack"
        if actor2_kind is None and actor1_kind in ("unidentified", "armed group", "militia", None) \
                and (any(t.text.lower().startswith("assassinat") for t in fight) or OFFICIAL_KILLED.search(clause)):
            # "gunmen assassinated a member of the reconciliation committee": a targeted killing of a non-combatant
            return "Violence against civilians", "Attack"
        if actor1_kind == "state forces" and all(STRIKE_VERB.fullmatch(t.text) for t in fight) and not GROUND.search(clause) \
                and not all(KILLING.match(t.text) for t in fight):
            # "the army said it struck a car": a state's remote strike unless the text speaks of ground combat
            return ERV, "Air/drone strike"
        if any(t.event_type == "Violence against civilians" for t in fight) and actor2_kind in (None, "civilians"):
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if abduct:
        return "Violence against civilians", "Abduction/forced disappearance"
    if sds:
        return "Strategic developments", sds[0].sub_event_type
    return None
